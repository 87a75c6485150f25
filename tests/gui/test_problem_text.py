"""The validator's messages in the interface language: the table in problem_text covers
every message validate.py can produce (read from its source, so a new message fails here
until it is added), and with a real catalogue installed each one comes out translated with
its numbers and names kept."""

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
from testimony_app.gui.editor import problem_text as module
from testimony_app.gui.editor.problem_text import message_text, problem_text, templates

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "testimony_app" / "translations"
VALIDATE = ROOT / "testimony_app" / "form" / "validate.py"
_HOLE = re.compile(r"\{\w+\}")


def _shape(node: ast.expr) -> str | None:
    """A message argument as text with "{}" for each interpolated value, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "{}"
                       for part in node.values)
    return None


def validator_messages() -> set[str]:
    """Every message validate.py passes to _Invalid(code, message) or .add(path, code,
    message), in the "{}" shape."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(VALIDATE.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "_Invalid":
            message = node.args[1]
        elif isinstance(func, ast.Attribute) and func.attr == "add" and len(node.args) == 3:
            message = node.args[2]
        else:
            continue
        if isinstance(message, ast.Attribute) and message.attr == "message":
            continue  # passes on an _Invalid's message, found at its own call
        shape = _shape(message)
        assert shape is not None, f"a message that is not a literal: {ast.unparse(message)}"
        found.add(shape)
    return found


def test_the_table_covers_every_message_the_validator_can_produce():
    messages = validator_messages()
    assert len(messages) >= 30  # the parse found the messages, not nothing
    table = {_HOLE.sub("{}", t) for t in templates()}
    assert messages - table == set(), "add these to testimony_app/gui/editor/problem_text.py"
    assert table - messages == set(), "these are no longer produced by validate.py"


def test_each_key_is_the_source_text_of_its_translate_call():
    tree = ast.parse(Path(module.__file__).read_text("utf-8"))
    pairs = [(k.value, v) for node in ast.walk(tree) if isinstance(node, ast.Dict)
             for k, v in zip(node.keys, node.values, strict=True)]
    assert len(pairs) == len(templates())
    for key, call in pairs:
        assert isinstance(call, ast.Call) and ast.unparse(call.func) == \
            "QCoreApplication.translate", key
        assert [a.value for a in call.args] == ["ProblemText", key]


def test_in_english_every_real_message_is_unchanged(form):
    answers = {"witness": {"age_at_incident": "abc", "birth_year": 3000},
               "people": {"people": [{"age": -1}, "not a row"]}, "nowhere": {},
               "incident": {"date": "2017-13-40"}}
    _, problems = validate(form, answers, complete=True)
    assert len(problems) > 5
    for p in problems:
        assert problem_text(p, "en") == p.message


def test_a_message_the_table_does_not_know_stays_in_english():
    assert message_text("is something nobody wrote yet") == "is something nobody wrote yet"


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


@pytest.mark.parametrize(("lang", "expected"), [
    # The values put back are isolates (FSI … PDI): "-1" or "['a', 'b']" keep their order.
    ("ar", {"is required": "مطلوب",
            "must be at least -1": "يجب ألا يقل عن \u2068-1\u2069",
            "is longer than 200 characters": "طوله أكثر من \u2068200\u2069 من الحروف",
            "name part 'given' must be short text":
                "جزء الاسم \u2068'given'\u2069 يجب أن يكون نصًا قصيرًا"}),
    ("ckb", {"is required": "پێویستە",
             "must be at most 120": "دەبێت لە \u2068120\u2069 زیاتر نەبێت",
             "has unknown name part(s) ['a', 'b']":
                 "بەشی ناوی نەناسراوی تێدایە: \u2068['a', 'b']\u2069",
             "needs at least 2 rows": "لانیکەم \u20682\u2069 ڕیزی پێویستە"}),
])
def test_messages_come_out_in_the_interface_language(catalogue, lang, expected):
    catalogue(lang)
    for english, translated in expected.items():
        assert problem_text(Problem("a.b", "x", english), lang) == translated


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_every_template_has_a_translation_that_keeps_its_placeholders(catalogue, lang):
    catalogue(lang)
    for template in templates():
        filled = {name: f"<{name}>" for name in re.findall(r"\{(\w+)\}", template)}
        sample = template.format(**filled)
        out = message_text(sample)
        assert out != sample, template
        assert all(v in out for v in filled.values()), (template, out)


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
