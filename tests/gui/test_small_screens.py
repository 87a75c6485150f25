"""Every window fits a 1024×600 screen at scale 1 and a 1366×768 screen at scale 1.5
(911×512 logical pixels), in English, Arabic and Sorani.

Qt fixes the screen when the application starts, so each size runs screen_walk.py in a
fresh process on the offscreen platform with a screen of that size (the plugin's
configfile option) and QT_SCALE_FACTOR: the windows meet a real QScreen of that size, as
they would on such a laptop, not a size handed to them by the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent

SCREENS = [  # physical size, scale factor, the logical size the app sees
    pytest.param(1024, 600, "1", "1024x600", id="1024x600"),
    pytest.param(1366, 768, "1.5", "911x512", id="1366x768@1.5"),
]


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize(("width", "height", "scale", "logical"), SCREENS)
def test_every_window_fits_a_small_screen(tmp_path, width, height, scale, logical):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "small", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=scale, TESTIMONY_SCREEN=logical)
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
         "--basetemp", str(tmp_path / "walk"), str(HERE / "screen_walk.py")],
        cwd=HERE.parent.parent, env=env, capture_output=True, text=True, timeout=580)
    assert run.returncode == 0, run.stdout[-12_000:] + run.stderr[-3_000:]
    assert "3 passed" in run.stdout, run.stdout[-3_000:]
