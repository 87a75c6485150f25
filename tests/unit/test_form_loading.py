"""Loading questionnaire definitions: the shipped one, and broken ones that must be refused.

A broken definition must never half-load: it is rejected with a FormError naming the file,
the field and the reason, so whoever edits the TOML can fix it.
"""

from __future__ import annotations

import pytest

from testimony_app.form import FormError, current_form, get_form, load_form
from testimony_app.form.errors import UnknownForm

SECTIONS = [
    ("A", "interview"), ("B", "consent"), ("C", "witness"), ("D", "incident"),
    ("E", "people"), ("F", "instructions"), ("G", "account"), ("H", "attachments"),
]

# A small but complete definition; each broken case below changes one thing in it.
VALID = """
id = "mini"
version = 1
title = { en = "Mini", ar = "مصغر", ckb = "بچووک" }

[[choices.yes_no]]
value = "yes"
label = { en = "Yes", ar = "نعم", ckb = "بەڵێ" }

[[choices.yes_no]]
value = "no"
label = { en = "No", ar = "لا", ckb = "نەخێر" }

[[sections]]
name = "first"
key = "A"
label = { en = "First" }

[[sections.fields]]
name = "answer"
type = "select_one"
choices = "yes_no"
label = { en = "Answer" }
sensitivity = "public"

[[sections.fields]]
name = "detail"
type = "text"
label = { en = "Detail" }
relevant = "answer == 'yes'"

[[sections.fields]]
name = "rows"
type = "repeat"
label = { en = "Rows" }

[[sections.fields.fields]]
name = "cell"
type = "integer"
label = { en = "Cell" }
"""


def write(tmp_path, text: str, name: str = "mini.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def broken(tmp_path, old: str, new: str):
    assert old in VALID, old
    return write(tmp_path, VALID.replace(old, new, 1))


# -- the shipped questionnaire ----------------------------------------------------------


def test_shipped_questionnaire_has_sections_a_to_h(form):
    assert [(s.key, s.name) for s in form.sections] == SECTIONS
    assert form.id == "testimony-interview"
    assert form.version == 1
    assert get_form(form.id, 1) is form
    assert current_form() is form


def test_shipped_questionnaire_fields_that_records_depend_on(form):
    interview = form.section("interview")
    assert interview.field("code").generated == "interview_code"
    assert interview.field("code").required is True
    assert form.section("witness").field("pseudonym").generated == "pseudonym"
    people = form.section("people").field("people")
    assert people.type == "repeat"
    assert people.fields[0].name == "ref" and people.fields[0].generated == "person_ref"
    assert form.section("consent").field("method").required_when.source == "given == true"
    instructions = form.section("instructions").field("instructions")
    assert instructions.relevant.source == "received == 'yes'"
    assert {f.name for f in instructions.fields} >= {"words_original", "words_translation"}


def test_every_text_has_arabic_and_sorani_translations(form):
    missing = []
    count = 0
    for path, text in form.texts():
        count += 1
        for lang in ("ar", "ckb"):
            value = getattr(text, lang)
            if not value:
                missing.append(f"{path} [{lang}] missing")
            elif value == text.en:
                missing.append(f"{path} [{lang}] same as English: {value!r}")
    assert count > 300  # labels, hints and choice labels were all walked
    assert not missing, "untranslated texts:\n" + "\n".join(missing)


def test_unknown_form_version_is_refused(form):
    with pytest.raises(UnknownForm, match="version 99"):
        get_form(form.id, 99)
    with pytest.raises(UnknownForm):
        get_form("no-such-form", 1)


# -- small definitions in tmp_path ------------------------------------------------------


def test_valid_small_definition_loads(tmp_path):
    form = load_form(write(tmp_path, VALID))
    assert form.id == "mini" and form.source == "mini.toml"
    detail = form.section("first").field("detail")
    assert detail.max_length == 2000  # the documented default for text
    assert detail.sensitivity == "internal"  # the safe default
    assert form.section("first").label.get("ar") == "First"  # falls back to English
    assert form.section("first").label.missing() == ["ar", "ckb"]


def assert_refused(path, where: str, reason: str) -> FormError:
    with pytest.raises(FormError) as info:
        load_form(path)
    err = info.value
    message = str(err)
    assert message.startswith(path.name), message
    assert where in err.where, f"{where!r} not in {err.where!r} ({message})"
    assert reason in err.reason, f"{reason!r} not in {err.reason!r} ({message})"
    return err


def test_unknown_type(tmp_path):
    path = broken(tmp_path, 'type = "text"', 'type = "essay"')
    assert_refused(path, "first.detail", "unknown type 'essay'")


def test_unknown_choice_list(tmp_path):
    path = broken(tmp_path, 'choices = "yes_no"', 'choices = "yes_no_maybe"')
    assert_refused(path, "first.answer", "choice list 'yes_no_maybe' is not defined")


@pytest.mark.parametrize("condition", [
    "answer = 'yes'", "answer == 'yes' and", "__import__('os')", "(answer == 'yes'",
])
def test_bad_condition_syntax(tmp_path, condition):
    path = broken(tmp_path, "relevant = \"answer == 'yes'\"", f'relevant = "{condition}"')
    err = assert_refused(path, "first.detail", "relevant condition")
    assert condition in err.reason


def test_required_condition_syntax(tmp_path):
    path = broken(tmp_path, "relevant = \"answer == 'yes'\"", "required = \"answer ==\"")
    assert_refused(path, "first.detail", "required condition")


def test_condition_naming_an_unknown_field(tmp_path):
    path = broken(tmp_path, "relevant = \"answer == 'yes'\"", "relevant = \"answr == 'yes'\"")
    assert_refused(path, "first.detail", "unknown field 'answr'")


def test_condition_naming_an_unknown_section(tmp_path):
    path = broken(tmp_path, "relevant = \"answer == 'yes'\"",
                  "relevant = \"second.answer == 'yes'\"")
    assert_refused(path, "first.detail", "unknown field 'second.answer'")


def test_repeat_field_condition_sees_its_own_row(tmp_path):
    text = VALID + '\n[[sections.fields.fields]]\nname = "note"\ntype = "text"\n' \
        'label = { en = "Note" }\nrelevant = "cell > 3"\n'
    form = load_form(write(tmp_path, text))
    assert form.section("first").field("rows").fields[1].relevant.names() == {"cell"}


def test_duplicate_field_name(tmp_path):
    path = broken(tmp_path, 'name = "detail"', 'name = "answer"')
    assert_refused(path, "first", "field name 'answer' appears twice")


def test_duplicate_field_name_inside_a_repeat(tmp_path):
    text = VALID + '\n[[sections.fields.fields]]\nname = "cell"\ntype = "text"\n' \
        'label = { en = "Again" }\n'
    assert_refused(write(tmp_path, text), "first.rows", "field name 'cell' appears twice")


def test_nested_repeat(tmp_path):
    path = broken(tmp_path, 'name = "cell"\ntype = "integer"\nlabel = { en = "Cell" }',
                  'name = "cell"\ntype = "repeat"\nlabel = { en = "Cell" }\n'
                  '[[sections.fields.fields.fields]]\nname = "deep"\ntype = "text"\n'
                  'label = { en = "Deep" }')
    assert_refused(path, "first.rows.cell", "cannot be nested")


def test_missing_english_label(tmp_path):
    path = broken(tmp_path, 'label = { en = "Detail" }', 'label = { ar = "تفاصيل" }')
    assert_refused(path, "first.detail.label", "'en'")


def test_empty_english_label(tmp_path):
    path = broken(tmp_path, 'label = { en = "Detail" }', 'label = { en = "" }')
    assert_refused(path, "first.detail.label", "'en'")


def test_unknown_language(tmp_path):
    path = broken(tmp_path, 'label = { en = "Detail" }', 'label = { en = "Detail", fr = "x" }')
    assert_refused(path, "first.detail.label", "unknown language")


def test_bad_sensitivity(tmp_path):
    path = broken(tmp_path, 'sensitivity = "public"', 'sensitivity = "secret"')
    assert_refused(path, "first.answer", "sensitivity must be one of public, partner, internal")


def test_unknown_field_key(tmp_path):
    path = broken(tmp_path, 'sensitivity = "public"', 'sensitivty = "public"')
    assert_refused(path, "first.answer", "unknown key(s) ['sensitivty']")


def test_bad_choice_value(tmp_path):
    path = broken(tmp_path, 'value = "no"', 'value = "No Way"')
    assert_refused(path, "choices.yes_no", "not snake_case")


def test_duplicate_choice_value(tmp_path):
    path = broken(tmp_path, 'value = "no"', 'value = "yes"')
    assert_refused(path, "choices.yes_no", "appears twice")


def test_duplicate_section_name(tmp_path):
    text = VALID + '\n[[sections]]\nname = "first"\nlabel = { en = "Again" }\n' \
        '[[sections.fields]]\nname = "x"\ntype = "text"\nlabel = { en = "X" }\n'
    assert_refused(write(tmp_path, text), "sections", "unique")


def test_bad_version(tmp_path):
    assert_refused(broken(tmp_path, "version = 1", "version = 0"), "version", ">= 1")
    assert_refused(broken(tmp_path, "version = 1", 'version = "1"'), "version", ">= 1")


def test_not_toml(tmp_path):
    path = write(tmp_path, "id = \"mini\"\nthis is [not toml\n", name="broken.toml")
    err = assert_refused(path, "", "not valid TOML")
    assert err.source == "broken.toml"


def test_missing_file(tmp_path):
    with pytest.raises(FormError) as info:
        load_form(tmp_path / "absent.toml")
    assert info.value.source == "absent.toml"
    assert "file not found" in str(info.value)
