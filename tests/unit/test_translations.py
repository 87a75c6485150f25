"""The interface catalogues (testimony_app/translations/*.ts): fresh, complete and well-formed.

Fresh: every string the desktop shell passes to tr()/translate() — as pyside6-lupdate
extracts them from testimony_app/gui — and every template of the core's message catalogue
(testimony_app/messages) is in both catalogues, and nothing else is.
Complete: each message has a finished translation into Arabic or Sorani, with every
placeholder, accelerator, file-filter pattern and key name of the English kept, and
every plural form filled. Only the .ts XML is read here; nothing needs a display.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "testimony_app" / "translations"
GUI = ROOT / "testimony_app" / "gui"
MESSAGES = ROOT / "testimony_app" / "messages"  # the core's catalogue, QT_TRANSLATE_NOOP
# Catalogue, TS language attribute, plural forms Qt uses for it. Qt has no plural rules for
# Sorani (ckb) and lupdate refuses to update a catalogue in a language without them, so the
# Sorani file declares Kurdish (ku, whose two forms suit Sorani: nouns after numbers stay
# singular, so both forms read the same).
CATALOGUES = {"ar": ("ar_IQ", 6), "ckb": ("ku", 2)}
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none"]

# What must survive translation unchanged: named and numbered placeholders, plural %n,
# file-dialog patterns and separators, and key names.
_MARKERS = re.compile(r"\{\w*\}|%L?n|%\d+|%[pvm]|\(\*[^)]*\)|;;|\b(?:Ctrl|Alt|Shift|Meta)\+\w+")
_ACCELERATOR = re.compile(r"&(?!&)")
_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u066E-\u06D5\u06EE-\u06FF]")
# Letters that belong to one language and not the other, to catch swapped or mixed text.
_SORANI_ONLY = set("ڕڵۆێەیکگپچژ")
_ARABIC_NOT_SORANI = set("كيىة")


@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    kind: str | None  # the translation's type attribute: unfinished, obsolete, vanished…
    forms: list[str]  # the translation, or each plural form


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as the running Python."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} not found (it ships with PySide6)"
    return found


def read_catalogue(text: str) -> tuple[str, list[Message]]:
    """The TS language and its messages."""
    root = ET.fromstring(text)
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms, kind = [], "missing"
            elif numerus:
                forms = [form.text or "" for form in translation.findall("numerusform")]
                kind = translation.get("type")
            else:
                forms, kind = [translation.text or ""], translation.get("type")
            messages.append(Message(name, message.findtext("source", ""), numerus, kind, forms))
    return root.get("language", ""), messages


def markers(text: str) -> Counter:
    return Counter(_MARKERS.findall(text)) + Counter({"&": len(_ACCELERATOR.findall(text))})


def only_symbols(text: str) -> bool:
    """True for sources with nothing to translate: placeholders, punctuation, digits."""
    return _LETTER.search(_MARKERS.sub("", text)) is None


def problems(lang: str, text: str) -> list[str]:
    """Everything wrong with one catalogue's translations, one line each."""
    expected_language, forms_wanted = CATALOGUES[lang]
    language, messages = read_catalogue(text)
    found = []
    if language != expected_language:
        found.append(f"language is {language!r}, not {expected_language!r}")
    for m in messages:
        where = f"{m.context}: {m.source!r}"
        if m.kind is not None:
            found.append(f"{where}: translation is {m.kind}")
        if m.numerus and len(m.forms) != forms_wanted:
            found.append(f"{where}: {len(m.forms)} plural forms, not {forms_wanted}")
        for form in m.forms:
            if not form.strip():
                found.append(f"{where}: empty translation")
                continue
            if markers(form) != markers(m.source):
                found.append(f"{where}: {form!r} does not keep {dict(markers(m.source))}")
            if not only_symbols(m.source) and (
                    form == m.source or not _ARABIC_LETTER.search(_MARKERS.sub("", form))):
                found.append(f"{where}: {form!r} is not translated")
            letters = set(form)
            wrong = letters & (_SORANI_ONLY if lang == "ar" else _ARABIC_NOT_SORANI)
            if wrong:
                found.append(f"{where}: {form!r} has letters of the other language "
                             f"{''.join(sorted(wrong))}")
    return found


def run_lupdate(*ts: Path) -> str:
    sources = sorted(str(p) for p in [*GUI.rglob("*.py"), *MESSAGES.glob("*.py")])
    proc = subprocess.run([tool("pyside6-lupdate"), *sources, *LUPDATE_OPTIONS,
                           "-ts", *map(str, ts)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def interface_strings(tmp_path_factory) -> set[tuple[str, str, bool]]:
    """(context, source, plural) of every translatable string in the GUI's code, now."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh_ar.ts"
    run_lupdate(fresh)
    _language, messages = read_catalogue(fresh.read_text("utf-8"))
    return {(m.context, m.source, m.numerus) for m in messages}


def catalogue(lang: str) -> Path:
    return TRANSLATIONS / f"testimony_{lang}.ts"


# -- the catalogues ------------------------------------------------------------------------

def test_the_gui_has_strings_to_translate(interface_strings):
    assert len(interface_strings) > 50
    assert ("UnlockScreen", "Unlock", False) in interface_strings
    assert ("Messages", "Wrong passphrase: the vault was not opened and nothing was changed.",
            False) in interface_strings
    assert ("RecordsPage", "Records: %n", True) in interface_strings


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_catalogue_holds_exactly_the_interface_strings(interface_strings, lang):
    _language, messages = read_catalogue(catalogue(lang).read_text("utf-8"))
    held = {(m.context, m.source, m.numerus) for m in messages}
    assert sorted(interface_strings - held) == [], "run `make update-translations`"
    assert sorted(held - interface_strings) == [], "strings no longer in the code"
    assert len(messages) == len(held)  # no message twice


def _contexts_qt_looks_up() -> set[str]:
    """Class names in the GUI (tr() looks a string up under the class of the object and
    its bases), the literal contexts of QCoreApplication.translate calls, and the context
    the GUI renders the core's messages in."""
    import ast

    from testimony_app.messages import CONTEXT

    names: set[str] = {CONTEXT}
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr == "translate" and node.args
                  and isinstance(node.args[0], ast.Constant)):
                names.add(node.args[0].value)
    return names


def test_every_context_is_one_qt_looks_up(interface_strings):
    # lupdate names the context after the variable in `page.tr(...)` or loses it after a
    # nested def; Qt then never finds the translation and the user sees English.
    wrong = {context for context, _source, _numerus in interface_strings
             if context not in _contexts_qt_looks_up()}
    assert wrong == set(), "use self.tr() in a class, or QCoreApplication.translate()"


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_every_message_is_translated_whole(lang):
    assert problems(lang, catalogue(lang).read_text("utf-8")) == []


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_plural_messages_fill_every_form(lang):
    _language, messages = read_catalogue(catalogue(lang).read_text("utf-8"))
    plural = [m for m in messages if m.numerus]
    assert plural  # the count labels and the auto-lock note
    for m in plural:
        assert len(m.forms) == CATALOGUES[lang][1]
        assert all("%n" in form for form in m.forms), m.source


def test_arabic_distinguishes_its_plural_forms():
    """Qt's Arabic order is 0, 1, 2, 3–10, 11–99, 100+: the dual and the 3–10 plural differ."""
    _language, messages = read_catalogue(catalogue("ar").read_text("utf-8"))
    locked = next(m for m in messages if m.source.startswith("Locked after %n min"))
    assert locked.forms[2] != locked.forms[3] != locked.forms[4]


def test_sorani_is_written_with_sorani_letters():
    _language, messages = read_catalogue(catalogue("ckb").read_text("utf-8"))
    text = "".join(form for m in messages for form in m.forms)
    assert {"ڕ", "ڵ", "ۆ", "ێ", "ە", "ی", "ک", "گ", "پ", "چ", "ژ"} <= set(text)


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_lupdate_leaves_the_committed_catalogues_as_they_are(tmp_path, lang):
    """Canonical (as lupdate writes them, no source locations) and updatable by lupdate."""
    copy = tmp_path / catalogue(lang).name
    shutil.copyfile(catalogue(lang), copy)
    output = run_lupdate(copy)
    assert "won't be updated" not in output
    assert "0 new" in output
    assert copy.read_bytes() == catalogue(lang).read_bytes()


# -- the checks themselves -----------------------------------------------------------------

def _ts(language: str, source: str, translation: str, *, numerus: bool = False) -> str:
    attrs = ' numerus="yes"' if numerus else ""
    return (f'<TS version="2.1" language="{language}"><context><name>C</name>'
            f"<message{attrs}><source>{source}</source>{translation}</message>"
            "</context></TS>")


@pytest.mark.parametrize(("lang", "source", "translation", "complaint"), [
    ("ar", "Unlock", '<translation type="unfinished">فتح</translation>', "unfinished"),
    ("ar", "Unlock", "<translation></translation>", "empty"),
    ("ar", "Unlock", "<translation>Unlock</translation>", "not translated"),
    ("ar", "Vault: {path}", "<translation>الخزنة: {name}</translation>", "does not keep"),
    ("ar", "Vault: {path}", "<translation>الخزنة</translation>", "does not keep"),
    ("ar", "&amp;Lock", "<translation>قفل</translation>", "does not keep"),
    ("ar", "Open (*.vault);;All (*)", "<translation>فتح (*.vault)</translation>",
     "does not keep"),
    ("ar", "Lock with Ctrl+L.", "<translation>أقفلها.</translation>", "does not keep"),
    ("ar", "Unlock", "<translation>کردنەوە</translation>", "other language"),
    ("ckb", "Type", "<translation>اكتب</translation>", "other language"),
    ("ar", "Records: %n", "<translation><numerusform>السجلات: %n</numerusform>"
     "</translation>", "plural forms"),
    ("ckb", "Records: %n", "<translation><numerusform>تۆمارەکان: %n</numerusform>"
     "<numerusform></numerusform></translation>", "empty"),
    ("ckb", "Records: %n", "<translation><numerusform>تۆمارەکان: %n</numerusform>"
     "<numerusform>تۆمارەکان</numerusform></translation>", "does not keep"),
])
def test_problems_are_found(lang, source, translation, complaint):
    language = CATALOGUES[lang][0]
    numerus = "<numerusform>" in translation
    found = problems(lang, _ts(language, source, translation, numerus=numerus))
    assert any(complaint in line for line in found), found


def test_a_good_message_and_a_symbols_only_source_pass():
    assert problems("ar", _ts("ar_IQ", "&amp;Lock (Ctrl+L)",
                              "<translation>&amp;قفل (Ctrl+L)</translation>")) == []
    assert problems("ar", _ts("ar_IQ", "{a} — {b}", "<translation>{a} — {b}</translation>")) == []
    assert problems("ckb", _ts("ckb_IQ", "x", "<translation>ی</translation>")) \
        == ["language is 'ckb_IQ', not 'ku'"]
