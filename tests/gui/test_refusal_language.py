"""A refused bundle reads entirely in the interface language: with the window in Arabic or
Sorani, the sentence shown for a tampered, cut or foreign file has no Latin word or bare
number outside a bidi isolate (the parameters: a part number, a path). The refusal comes
from the core as a code and is rendered through the committed catalogues."""

from __future__ import annotations

import pytest
from file_dialog_driver import answering_file_dialog
from PySide6.QtWidgets import QApplication
from unit.exchange_parties import supervisor_key, supervisor_with, vault_bytes
from unit.wording_units import unisolated

from testimony_app.demo import demo_records
from testimony_app.exchange.seal import export_bundle
from testimony_app.gui.app import apply_language, remove_language
from testimony_app.gui.exchange.import_dialog import ImportDialog

WAIT = 60_000
REFUSED = {"ar": "رُفضت الحزمة ولم يتغيّر شيء.", "ckb": "بەستەکە ڕەتکرایەوە و هیچ نەگۆڕا."}


@pytest.fixture
def world(tmp_path):
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    res.add_many(demo_records(2, seed=11))
    bundle = tmp_path / "b.tbundle"
    export_bundle(res, [supervisor_key(res)], bundle)
    yield sup, bundle.read_bytes()
    sup.close()
    res.close()


def _tampered(data: bytes) -> bytes:
    flipped = bytearray(data)
    flipped[len(flipped) // 2] ^= 0x01
    return bytes(flipped)


KINDS = {
    "tampered": _tampered,
    "cut short": lambda data: data[:-100],
    "not a bundle": lambda data: b"%PDF-1.7 " + data[9:],
    "too short": lambda data: data[:10],
}


@pytest.mark.parametrize("lang", ["ar", "ckb"])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_refused_bundle_reads_entirely_in_the_interface_language(
        qtbot, world, tmp_path, user_config, lang, kind):
    sup, data = world
    path = tmp_path / "handed-in.tbundle"
    path.write_bytes(KINDS[kind](data))
    before = vault_bytes(sup)
    translators = apply_language(QApplication.instance(), lang)
    try:
        dialog = ImportDialog(sup, lang, None)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        with answering_file_dialog(str(path)):
            with qtbot.waitSignal(dialog.task.finished, timeout=WAIT):
                dialog.choose_button.click()
        [panel] = dialog.panels
        sentence = panel.refusal.text()
    finally:
        remove_language(QApplication.instance(), translators)
    assert sentence.startswith(REFUSED[lang]), sentence
    detail = sentence[len(REFUSED[lang]):]
    assert len(detail) > 20, sentence  # the reason is said, not dropped
    assert unisolated(sentence) == [], sentence
    assert vault_bytes(sup) == before
