"""The statements' messages (testimony_app/reports): refused levels and languages.

"consent.…" codes are clauses: alone they are the refusal; with a record's code they sit
in "consent.of_record"."""

from __future__ import annotations

from .noop import QT_TRANSLATE_NOOP

REPORT = {
    "report.unknown_level": QT_TRANSLATE_NOOP(
        "Core", "Unknown redaction level '{level}': use one of {levels}."),
    "report.unknown_language": QT_TRANSLATE_NOOP(
        "Core", "Unknown statement language '{lang}': use en, ar or ckb."),
    "report.doubtful": QT_TRANSLATE_NOOP(
        "Core", "{count} of {total} statements would show words that may name someone or give "
        "an address away; read them in the record, mark what must be withheld, then run again "
        "(with --checked once they are checked). Nothing was written."),
    "consent.of_record": QT_TRANSLATE_NOOP("Core", "{record}: {reason}"),
    "consent.withdrawn": QT_TRANSLATE_NOOP(
        "Core", "the witness withdrew consent; only an internal statement can be made."),
    "consent.minor": QT_TRANSLATE_NOOP(
        "Core", "the witness was under 18 and no guardian consent is recorded; only an "
        "internal statement can be made."),
    "consent.none": QT_TRANSLATE_NOOP(
        "Core", "no consent scope is recorded; only an internal statement can be made."),
    "consent.scope": QT_TRANSLATE_NOOP(
        "Core", "the witness's consent ({scope}) does not allow a {level} statement; allowed: "
        "{allowed}."),
}
