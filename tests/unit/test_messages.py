"""The core's messages as codes (testimony_app/messages): one catalogue, every code in it
used and every code used in it, each English template a sentence (or a clause that only
ever sits in one), and every template translated in both interface catalogues with its
placeholders kept. Read from the syntax tree and the .ts XML; nothing needs a display."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from testimony_app.exchange import BundleAlarm, BundleRejected
from testimony_app.form import UnknownForm
from testimony_app.messages import CATALOGUE, CONTEXT, CodedError, Message, render
from testimony_app.vault import AmbiguousRecord, VaultNotFound

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "testimony_app"
# A code is a layer's name, a dot and a snake_case name.
CODE = re.compile(r"^(vault|verify|bundle|key|seal|conflict|link|problem|record|form|report|"
                  r"consent|duplicate|preview|part)\.[a-z0-9_]+$")
# Phrases that sit after a field's label or in a list, never alone: not sentences.
FRAGMENTS = ("problem.", "record.", "duplicate.", "part.")
_HOLE = re.compile(r"\{(\w+)\}")
# Sentences that begin with the command they are about, as it is typed ("--take …").
COMMAND_FIRST = {"key.enrol_usage", "key.revoke_usage", "conflict.take_pair",
                 "conflict.take_needs_merge"}


def codes_in_source() -> dict[str, list[str]]:
    """Every string constant in the package outside the catalogue that has a code's shape."""
    found: dict[str, list[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        if "messages" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and CODE.match(node.value):
                found.setdefault(node.value, []).append(str(path.relative_to(ROOT)))
    return found


def test_every_code_used_is_in_the_catalogue_and_every_code_in_it_is_used():
    used = codes_in_source()
    assert len(used) > 150  # the parse found the raise sites, not nothing
    assert {c: w for c, w in used.items() if c not in CATALOGUE} == {}
    assert [c for c in CATALOGUE if c not in used] == []


def test_a_code_outside_the_catalogue_is_refused():
    with pytest.raises(KeyError):
        Message("bundle.no_such_thing")


def _sample(code: str) -> Message:
    """The code with each placeholder filled (a nested reason where one belongs)."""
    params: dict[str, object] = {name: f"<{name}>" for name in _HOLE.findall(CATALOGUE[code])}
    if code == "bundle.refused":
        params["reason"] = Message("bundle.cut_short")
    if code == "vault.passphrase_weak":  # the strength estimator's own sentence
        params["problem"] = "Add more unrelated words."
    if code == "consent.of_record":
        params["reason"] = Message("consent.none")
    if code.startswith("bundle.") and "where" in params:
        params["where"] = Message("part.revision_of_record", number=2, revision="ab12",
                                  record="r")
    return Message(code, **params)


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_the_english_of_each_code_is_a_sentence(code):
    text = str(_sample(code))
    assert "{" not in text and "}" not in text, text
    if code.startswith(FRAGMENTS):
        assert not text.endswith("."), text  # a field's label or a list comes first
        return
    assert text.endswith((".", "?", "!")), text
    # A clause is said inside "Bundle refused: …" or "MOS-0001: …".
    if text[0].islower() and code not in COMMAND_FIRST:
        assert code.startswith(("bundle.", "consent.")), text
        wrapper = "bundle.refused" if code.startswith("bundle.") else "consent.of_record"
        assert str(Message(wrapper, reason=_sample(code), record="MOS-0001"))[0].isupper()


def test_errors_carry_their_message_and_say_it_in_english():
    refused = BundleRejected("bundle.damaged", part=3)
    assert refused.message == Message("bundle.refused", reason=Message("bundle.damaged", part=3))
    assert str(refused) == "Bundle refused: the bundle is damaged or was altered (at part 3)."
    assert refused.reason == "the bundle is damaged or was altered (at part 3)."
    assert str(BundleAlarm("bundle.forged")).startswith("Bundle refused: ALARM: ")
    assert str(VaultNotFound("/x/v.vault")) == \
        "No vault at /x/v.vault: check the path, or create one with 'testimony init'."
    assert str(AmbiguousRecord("MOS-1", ["a" * 9, "b" * 9])) == \
        "MOS-1 is ambiguous: it names 2 records (ids aaaaaaaa, bbbbbbbb); give the id instead."
    assert str(UnknownForm("interview", 9)) == (
        "This record uses questionnaire 'interview' version 9, which this installation "
        "does not have; update Testimony to open it.")
    assert isinstance(UnknownForm("x", 1), CodedError)


def test_render_translates_the_template_and_wraps_each_parameter():
    said = BundleRejected("bundle.damaged", part=3).message
    table = {CATALOGUE["bundle.refused"]: "REFUSED: {reason}",
             CATALOGUE["bundle.damaged"]: "damaged at {part}."}
    out = render(said, lambda context, text: table.get(text, text), lambda v: f"[{v}]")
    assert out == "REFUSED: damaged at [3]."
    # A translation that lost its placeholder falls back to the English template.
    broken = render(Message("vault.record_not_found", record="r1"), lambda c, t: "{oops}")
    assert broken == "No record r1 in this vault."


def _translations(lang: str) -> dict[str, str]:
    root = ET.parse(PACKAGE / "translations" / f"testimony_{lang}.ts").getroot()
    out = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") is None:
                out[message.findtext("source")] = translation.text or ""
    return out


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_every_template_is_translated_with_its_placeholders(lang):
    held = _translations(lang)
    for code, template in CATALOGUE.items():
        assert held.get(template), f"{code}: no {lang} translation of {template!r}"
        assert sorted(_HOLE.findall(held[template])) == sorted(_HOLE.findall(template)), code


def test_the_catalogue_has_one_context_lupdate_reads():
    for path in (PACKAGE / "messages").glob("*_catalogue.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == \
                    "QT_TRANSLATE_NOOP":
                assert [type(a) for a in node.args] == [ast.Constant, ast.Constant]
                assert node.args[0].value == CONTEXT
