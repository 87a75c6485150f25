"""The validator's messages in the interface language: every problem validate.py can
report is a code of the core's catalogue (read from its source, so a new message fails
here until it is added), and with a real catalogue installed each one comes out translated
with its numbers and names kept."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest
from editor_driver import choose, field, new_interview_page, type_into
from PySide6.QtCore import Qt, QTranslator

from testimony_app.form import Problem, validate
from testimony_app.gui.messages import message_text, problem_text
from testimony_app.messages import CATALOGUE, Message

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "testimony_app" / "translations"
VALIDATOR = [ROOT / "testimony_app" / "form" / name for name in ("validate.py", "values.py")]
PROBLEMS = {code for code in CATALOGUE if code.startswith("problem.")}


def validator_codes() -> set[str]:
    """Every code the validator (validate.py, values.py) passes to InvalidAnswer(kind, code,
    ...) or .add(path, kind, code, ...)."""
    found: set[str] = set()
    trees = [ast.parse(path.read_text("utf-8")) for path in VALIDATOR]
    for node in (n for tree in trees for n in ast.walk(tree)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "InvalidAnswer":
            code = node.args[1]
        elif isinstance(func, ast.Attribute) and func.attr == "add" and len(node.args) == 3:
            code = node.args[2]
        else:
            continue
        if isinstance(code, ast.Attribute) and code.attr == "said":
            continue  # passes on an InvalidAnswer's message, found at its own call
        assert isinstance(code, ast.Constant), f"a code that is not a literal: {ast.unparse(code)}"
        found.add(code.value)
    return found


def test_the_catalogue_covers_every_message_the_validator_can_produce():
    codes = validator_codes()
    assert len(codes) >= 30  # the parse found the messages, not nothing
    assert codes - PROBLEMS == set(), "add these to testimony_app/messages/form_catalogue.py"
    assert PROBLEMS - codes == set(), "these are no longer produced by the validator"


def test_in_english_every_real_message_is_unchanged(form):
    answers = {"witness": {"age_at_incident": "abc", "birth_year": 3000},
               "people": {"people": [{"age": -1}, "not a row"]}, "nowhere": {},
               "incident": {"date": "2017-13-40"}}
    _, problems = validate(form, answers, complete=True)
    assert len(problems) > 5
    for p in problems:
        assert problem_text(p, "en") == p.message


def test_a_message_without_a_code_stays_in_english():
    assert problem_text(Problem("a.b", "x", "is something nobody wrote yet"), "ar") == \
        "is something nobody wrote yet"


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    assert beside.exists(), "pyside6-lrelease ships with PySide6"
    return str(beside)


@pytest.fixture
def catalogue(qapp, tmp_path):
    """Build testimony_<lang>.qm from the committed .ts into tmp_path and install it."""
    installed: list[QTranslator] = []

    def install(lang: str) -> None:
        qm = tmp_path / f"testimony_{lang}.qm"
        subprocess.run([_lrelease(), str(CATALOGUES / f"testimony_{lang}.ts"),
                        "-qm", str(qm)], check=True, capture_output=True, timeout=120)
        translator = QTranslator()
        assert translator.load(str(qm))
        assert qapp.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


def _problem(code: str, **params) -> Problem:
    said = Message(code, **params)
    return Problem("a.b", "x", str(said), said=said)


@pytest.mark.parametrize(("lang", "expected"), [
    # The values put back are isolates (FSI … PDI): "-1" or "['a', 'b']" keep their order.
    ("ar", [("problem.required", {}, "مطلوب"),
            ("problem.minimum", {"minimum": "-1"}, "يجب ألا يقل عن \u2068-1\u2069"),
            ("problem.too_long", {"length": 200}, "طوله أكثر من \u2068200\u2069 من الحروف"),
            ("problem.name_part_text", {"part": "'given'"},
             "جزء الاسم \u2068'given'\u2069 يجب أن يكون نصًا قصيرًا")]),
    ("ckb", [("problem.required", {}, "پێویستە"),
             ("problem.maximum", {"maximum": "120"}, "دەبێت لە \u2068120\u2069 زیاتر نەبێت"),
             ("problem.unknown_parts", {"parts": ["a", "b"]},
              "بەشی ناوی نەناسراوی تێدایە: \u2068['a', 'b']\u2069"),
             ("problem.rows_min", {"count": 2}, "لانیکەم \u20682\u2069 ڕیزی پێویستە")]),
])
def test_messages_come_out_in_the_interface_language(catalogue, lang, expected):
    catalogue(lang)
    for code, params, translated in expected:
        assert problem_text(_problem(code, **params), lang) == translated


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_every_template_has_a_translation_that_keeps_its_placeholders(catalogue, lang):
    catalogue(lang)
    for code in sorted(PROBLEMS):
        filled = {name: f"<{name}>" for name in re.findall(r"\{(\w+)\}", CATALOGUE[code])}
        said = Message(code, **filled)
        out = message_text(said)
        assert out != str(said), code
        assert all(f"\u2068{v}\u2069" in out for v in filled.values()), (code, out)


@pytest.fixture
def arabic_editor(qtbot, vault, catalogue):
    catalogue("ar")
    page = new_interview_page(qtbot, vault, "ar")
    yield page
    page.clear()


def _check_list(editor) -> list[str]:
    return [editor.problems.list.item(i).text() for i in range(editor.problems.list.count())]


def test_the_editor_shows_a_wrong_number_in_arabic_under_the_field(qtbot, arabic_editor):
    age = field(arabic_editor, "witness", "age_at_incident")
    arabic_editor.go_to_section("witness")
    type_into(qtbot, age.edit, "abc")
    qtbot.waitUntil(lambda: age.error() == "يجب أن يكون عددًا صحيحًا")
    age.edit.clear()
    type_into(qtbot, age.edit, "-3")
    qtbot.waitUntil(lambda: age.error() == "يجب ألا يقل عن \u20680\u2069")
    assert age.error_label.isVisible()
    qtbot.mouseClick(arabic_editor.complete_button, Qt.MouseButton.LeftButton)
    assert any(t.endswith("العمر وقت الحادثة: يجب ألا يقل عن \u20680\u2069")
               for t in _check_list(arabic_editor))
    assert any(t.endswith("صفة الشاهد: مطلوب") for t in _check_list(arabic_editor))
    age.edit.clear()
    type_into(qtbot, age.edit, "٣٤")
    qtbot.waitUntil(lambda: age.error() == "")


def test_the_check_list_names_a_missing_answer_in_arabic(qtbot, arabic_editor, vault,
                                                        sample_doc):
    answers = sample_doc["answers"]
    answers["consent"].pop("given")
    arabic_editor._load(answers, [], "account")
    arabic_editor.dirty = True
    qtbot.mouseClick(arabic_editor.complete_button, Qt.MouseButton.LeftButton)
    texts = _check_list(arabic_editor)
    assert len(texts) == 1
    assert texts[0].endswith("أعطى الشاهد موافقته المستنيرة: مطلوب"), texts[0]
    assert "required" not in texts[0]
    choose(qtbot, field(arabic_editor, "consent", "given").combo, True)
    qtbot.mouseClick(arabic_editor.complete_button, Qt.MouseButton.LeftButton)
    assert arabic_editor.problems.list.count() == 0
    assert vault.get(arabic_editor.session.record_id).status == "complete"
