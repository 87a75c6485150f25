"""Progress reports of export, preview and import: they move from 0 to the total, and a
callback that raises midway (a cancelled task) leaves no bundle file (not even its .part)
and a vault exactly as it was."""

from __future__ import annotations

import io
import os

import pytest
from exchange_parties import supervisor_key, supervisor_with, vault_bytes

from testimony_app.demo import demo_records
from testimony_app.exchange.bundle_format import CHUNK
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.preview import preview_bundle
from testimony_app.exchange.seal import export_bundle


class Stop(Exception):
    pass


def stop_after(calls: int, seen: list):
    def report(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) > calls:
            raise Stop()
    return report


@pytest.fixture
def pair(tmp_path):
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    res.add_many(demo_records(4, seed=3))
    rid = res.list_records(limit=1)[0].id
    res.attach(rid, io.BytesIO(os.urandom(6 * CHUNK + 5)), name="recording.ogg")
    yield sup, res
    sup.close()
    res.close()


def _climbs(seen: list) -> None:
    totals = {t for _, t in seen}
    assert len(totals) == 1 and seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_export_preview_and_import_report_progress(pair, tmp_path):
    sup, res = pair
    out = tmp_path / "b.tbundle"
    seen: list = []
    export_bundle(res, [supervisor_key(res)], out, progress=lambda d, t: seen.append((d, t)))
    _climbs(seen)
    assert len(seen) >= 6  # a 390 KiB attachment reports chunk by chunk
    previewed: list = []
    preview = preview_bundle(sup, out, progress=lambda d, t: previewed.append((d, t)))
    _climbs(previewed)
    assert previewed[-1] == (out.stat().st_size, out.stat().st_size)
    merged: list = []
    assert import_bundle(sup, out, preview=preview,
                         progress=lambda d, t: merged.append((d, t))).applied
    _climbs(merged)


def test_import_without_preview_reports_both_passes_as_one_bar(pair, tmp_path):
    sup, res = pair
    out = tmp_path / "b.tbundle"
    export_bundle(res, [supervisor_key(res)], out)
    seen: list = []
    import_bundle(sup, out, progress=lambda d, t: seen.append((d, t)))
    _climbs(seen)
    assert seen[-1][1] == 2 * out.stat().st_size
    assert any(d == out.stat().st_size for d, _ in seen)


def test_export_stopped_midway_leaves_no_file_and_no_memory(pair, tmp_path):
    sup, res = pair
    folder = tmp_path / "out"
    folder.mkdir()
    before = vault_bytes(res)
    seen: list = []
    with pytest.raises(Stop):
        export_bundle(res, [supervisor_key(res)], folder / "b.tbundle",
                      progress=stop_after(3, seen))
    assert 0 < seen[-1][0] < seen[-1][1]  # it really stopped in the middle
    assert os.listdir(folder) == []
    assert vault_bytes(res)[""] == before[""]
    # Nothing of the attempt is remembered: the next export is bundle 1 with every record.
    result = export_bundle(res, [supervisor_key(res)], folder / "b.tbundle")
    assert (result.sequence, result.records) == (1, 4)


def test_import_stopped_midway_changes_nothing(pair, tmp_path):
    sup, res = pair
    out = tmp_path / "b.tbundle"
    export_bundle(res, [supervisor_key(res)], out)
    preview = preview_bundle(sup, out)
    before = vault_bytes(sup)
    seen: list = []
    with pytest.raises(Stop):
        import_bundle(sup, out, preview=preview, progress=stop_after(3, seen))
    assert 0 < seen[-1][0] < seen[-1][1]
    assert vault_bytes(sup)[""] == before[""]
    assert sup.count() == 0 and sup.verify() == []
    assert import_bundle(sup, out, preview=preview).applied  # and it can be done again
    assert sup.count() == 4


def test_preview_stopped_midway_writes_nothing(pair, tmp_path):
    sup, res = pair
    out = tmp_path / "b.tbundle"
    export_bundle(res, [supervisor_key(res)], out)
    before = vault_bytes(sup)
    with pytest.raises(Stop):
        preview_bundle(sup, out, progress=stop_after(2, []))
    assert vault_bytes(sup) == before
