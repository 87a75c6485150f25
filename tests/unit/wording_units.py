"""Every piece of wording the app shows or prints in three languages, as (where, en, ar, ckb).

Read straight from the files a translator edits: the interface catalogues
(testimony_app/translations/*.ts), the questionnaire (testimony_app/data/forms/*.toml) and
the statement's fixed wording (testimony_app/reports/labels.py and levels.py). Shared by the
glossary and the bidi-isolate tests; nothing here needs a display.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "testimony_app" / "translations"
FORMS = ROOT / "testimony_app" / "data" / "forms"
LANGS = ("ar", "ckb")

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
_OPENERS = {LRI, FSI, "\u2067"}  # LRI, FSI, RLI
# Filled in at run time, never a literal: {name}, %n, %L1, %p; and file-dialog patterns,
# which Qt parses only when the parenthesis ends the filter (no isolate may follow it).
PLACEHOLDERS = re.compile(r"\{\w*\}|%L?n|%\d+|%[pvm]|\(\*[^)]*\)")
_ACCELERATOR = re.compile(r"&(?!&)")
# Arabic short vowels, shadda, sukun, superscript alef and tatweel: spelling aids that
# must not make a term look different.
_MARKS = re.compile(r"[\u064B-\u0652\u0670\u0640]")


@dataclass(frozen=True)
class Unit:
    where: str
    en: str
    text: dict[str, str]  # "ar" and "ckb" (absent when the source has none)


def plain(text: str) -> str:
    """Text as a reader sees its words: no accelerators, harakat, tatweel or isolates."""
    text = _ACCELERATOR.sub("", text)
    text = _MARKS.sub("", text)
    return re.sub("[\u2066-\u2069]", "", text)


def _catalogue_messages(lang: str) -> dict[tuple[str, str], str]:
    root = ET.parse(TRANSLATIONS / f"testimony_{lang}.ts").getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] \
                or [translation.text or ""]
            out[(name, message.findtext("source", ""))] = "\n".join(forms)
    return out


def catalogue_units() -> list[Unit]:
    by_lang = {lang: _catalogue_messages(lang) for lang in LANGS}
    return [Unit(f"testimony_*.ts [{context}]", source,
                 {lang: by_lang[lang].get((context, source), "") for lang in LANGS})
            for context, source in by_lang["ar"]]


def _texts(node, path: str):
    """Every three-language table in a parsed questionnaire, with its path."""
    if isinstance(node, dict):
        if isinstance(node.get("en"), str):
            yield path, node
            return
        name = node.get("name") or node.get("value")
        for key, value in node.items():
            yield from _texts(value, f"{path}.{name}.{key}" if name else f"{path}.{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _texts(item, f"{path}[{i}]")


def questionnaire_units() -> list[Unit]:
    units = []
    for form in sorted(FORMS.glob("*.toml")):
        data = tomllib.loads(form.read_text("utf-8"))
        for where, table in _texts(data, form.name):
            units.append(Unit(where, table["en"],
                              {lang: table[lang] for lang in LANGS if lang in table}))
    return units


def statement_label_units() -> list[Unit]:
    from testimony_app.reports.labels import LABELS

    return [Unit(f"reports/labels.py LABELS[{key!r}]", texts["en"],
                 {lang: texts[lang] for lang in LANGS if lang in texts})
            for key, texts in LABELS.items()]


def banner_units() -> list[Unit]:
    from testimony_app.reports.levels import BANNERS

    return [Unit(f"reports/levels.py BANNERS[{key!r}]", texts["en"],
                 {lang: texts[lang] for lang in LANGS if lang in texts})
            for key, texts in BANNERS.items()]


def unisolated(text: str) -> list[str]:
    """The Latin letters and ASCII digits of `text` that stand outside any bidi isolate,
    as the runs they form (placeholders and file-dialog patterns aside)."""
    text = PLACEHOLDERS.sub(" ", _ACCELERATOR.sub("", text))
    runs, current, depth = [], "", 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        bare = depth == 0 and ch.isascii() and ch.isalnum()
        if bare:
            current += ch
        elif current:
            runs.append(current)
            current = ""
    if current:
        runs.append(current)
    return runs
