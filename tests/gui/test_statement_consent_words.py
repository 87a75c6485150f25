"""The statement window words consent refusals in the interface language: the scope as
the questionnaire names it and the levels as the window names them, never the core's
English codes."""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from testimony_app.demo import demo_record
from testimony_app.form import current_form
from testimony_app.gui.app import apply_language, remove_language
from testimony_app.gui.statement.statement_dialog import StatementDialog


@pytest.fixture
def arabic():
    app = QApplication.instance()
    translators = apply_language(app, "ar")
    yield
    remove_language(app, translators)


_PARENTS: list[QWidget] = []  # a window is its parent's child: keep parents alive


def _open(qtbot, vault, scope: str, lang: str, **consent) -> StatementDialog:
    doc = demo_record(4, random.Random(11))
    doc["answers"]["consent"] = {"given": True, "method": "verbal_noted", "scope": scope,
                                 "quotes_allowed": False, **consent}
    record = vault.add(doc)
    parent = QWidget()
    qtbot.addWidget(parent)
    _PARENTS.append(parent)
    dialog = StatementDialog(vault, record.id, lang, parent)
    dialog.open()
    return dialog


def _refusals(dialog) -> dict[str, str]:
    model = dialog.level.model()
    return {dialog.level.itemData(i): model.item(i).toolTip()
            for i in range(dialog.level.count()) if not model.item(i).isEnabled()}


def test_an_arabic_refusal_names_the_scope_and_levels_in_arabic(qtbot, vault, arabic):
    dialog = _open(qtbot, vault, "anonymous_public", "ar")
    refusals = _refusals(dialog)
    assert set(refusals) == {"partner", "public-named"}
    scope_label = current_form().section("consent").field("scope") \
        .choice("anonymous_public").label.get("ar")
    for tip in refusals.values():
        assert scope_label in tip
        assert "anonymous_public" not in tip and "consent" not in tip
        assert dialog.level.itemText(0) in tip  # "internal", as the chooser names it
    assert dialog.consent_note.text() and "consent" not in dialog.consent_note.text()


def test_english_refusals_keep_their_meaning(qtbot, vault):
    dialog = _open(qtbot, vault, "internal_only", "en")
    refusals = _refusals(dialog)
    assert set(refusals) == {"partner", "public-named", "public-anonymous"}
    assert "does not allow a statement at the level “Public, anonymous”" in \
        refusals["public-anonymous"]
    assert "(Internal use only) does not allow a statement at the level “Partner”; "\
        "allowed: “Internal”." in refusals["partner"]
    withdrawn = _open(qtbot, vault, "named_public", "en", withdrawn_at="2018-01-02")
    assert all("withdrew consent" in tip for tip in _refusals(withdrawn).values())
