"""How people appear when their names are withheld: the witness as a stable per-incident
pseudonym ("Witness A", made by the vault when the record is saved) and other people as
their role ("her brother").

Pure functions; never look at a name.
"""

from __future__ import annotations

import re

_WITNESS = {"en": "Witness", "ar": "الشاهد", "ckb": "شایەت"}
_UNNAMED = {"en": "The witness", "ar": "الشاهد", "ckb": "شایەت"}
_POSSESSIVE = {"female": "her", "male": "his"}
_STORED = re.compile(r"^Witness ([A-Z]{1,3})$")


def witness_pseudonym(stored: str | None, lang: str) -> str:
    """The stored "Witness A" in `lang`; "The witness" when none was generated."""
    m = _STORED.match(str(stored or "").strip())
    if not m:
        return _UNNAMED.get(lang, _UNNAMED["en"])
    return f"{_WITNESS.get(lang, _WITNESS['en'])} {m.group(1)}"


def role(relationship_label: str, relationship: str | None, witness_sex: str | None,
         lang: str) -> str:
    """A person as their relation to the witness: "her brother" (English), "أخ"."""
    if lang != "en":
        return relationship_label
    if relationship == "self":
        return "the witness"
    if not relationship or relationship == "unknown":
        return "a person of unknown relation"
    owner = _POSSESSIVE.get(witness_sex or "", "the witness's")
    return f"{owner} {relationship_label.lower()}"
