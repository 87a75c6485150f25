"""How people appear when their names are withheld: the witness as a stable per-incident
pseudonym ("Witness A", made by the vault when the record is saved, printed in the letters
of the statement's language: «الشاهدة ب», «شایەت ب») and other people as their relation to
the witness ("her brother", «أخ للشاهدة», «برای شایەت»).

Pure functions; never look at a name.
"""

from __future__ import annotations

import re

# The stored pseudonym's letter, A = 1 … Z = 26, AA = 27 (spreadsheet-style).
_STORED = re.compile(r"^Witness ([A-Z]{1,3})$")
# Lettered lists: Arabic in abjad order (هـ written with its tail, not to be read as ٥);
# Sorani in its alphabet, without the hamza seat ئ and the letters that differ from
# another only by a mark (ڕ ڵ ۆ ە ێ), so that a letter read aloud is not mistaken.
_ALPHABETS = {
    "en": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ar": ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع",
           "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"),
    "ckb": ("ا", "ب", "پ", "ت", "ج", "چ", "ح", "خ", "د", "ر", "ز", "ژ", "س", "ش", "ع", "غ",
            "ف", "ڤ", "ق", "ک", "گ", "ل", "م", "ن", "و", "ه", "ی"),
}
_WITNESS = {"en": {None: "Witness"}, "ar": {None: "الشاهد", "female": "الشاهدة"},
            "ckb": {None: "شایەت"}}
_UNNAMED = {"en": {None: "The witness"}, "ar": {None: "الشاهد", "female": "الشاهدة"},
            "ckb": {None: "شایەت"}}


def witness_word(lang: str, sex: str | None = None) -> str:
    """"Witness" as a heading: «الشاهد», «الشاهدة» for a woman, «شایەت»."""
    return _by_sex(_WITNESS, lang, sex)


def _by_sex(table: dict, lang: str, sex: str | None) -> str:
    words = table.get(lang, table["en"])
    return words.get(sex, words[None])


def _number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n


def _letters(n: int, lang: str) -> str:
    """n in the statement's letters: 1 -> A / أ / ا; past the alphabet, letters joined by a
    hyphen (Arabic letters written together would join into a word)."""
    alphabet = _ALPHABETS.get(lang, _ALPHABETS["en"])
    out: list[str] = []
    while n > 0:
        n, rem = divmod(n - 1, len(alphabet))
        out.insert(0, alphabet[rem])
    return ("" if lang == "en" else "-").join(out)


def witness_pseudonym(stored: str | None, lang: str, sex: str | None = None) -> str:
    """The stored "Witness B" in `lang`: «الشاهد ب» («الشاهدة ب» for a woman), «شایەت ب»;
    "The witness" when none was generated. The same stored pseudonym always gives the
    same words in each language."""
    m = _STORED.match(str(stored or "").strip())
    if not m:
        return _by_sex(_UNNAMED, lang, sex)
    return f"{_by_sex(_WITNESS, lang, sex)} {_letters(_number(m.group(1)), lang)}"


# Relationship words that depend on the person's sex, where the questionnaire's choice
# label covers both ("Spouse", «زوج أو زوجة»): value -> sex -> language -> word.
_BY_SEX = {
    "spouse": {"female": {"en": "Wife", "ar": "زوجة", "ckb": "ژن"},
               "male": {"en": "Husband", "ar": "زوج", "ckb": "مێرد"}},
    "grandchild": {"female": {"en": "Granddaughter", "ar": "حفيدة", "ckb": "نەوە"},
                   "male": {"en": "Grandson", "ar": "حفيد", "ckb": "نەوە"}},
    "neighbour": {"female": {"en": "Neighbour", "ar": "جارة", "ckb": "دراوسێ"}},
    "other_relative": {"female": {"en": "Other relative", "ar": "قريبة أخرى",
                                  "ckb": "خزمێکی تر"}},
}


def relationship_word(choice_label: str, relationship: str | None, sex: str | None,
                      lang: str) -> str:
    """The relationship as a word for this person: "Wife" rather than "Spouse"."""
    word = _BY_SEX.get(relationship or "", {}).get(sex or "", {}).get(lang)
    return word or choice_label


_POSSESSIVE = {"female": "her", "male": "his"}


def role(relationship_label: str, relationship: str | None, witness_sex: str | None,
         lang: str, sex: str | None = None) -> str:
    """A person as their relation to the witness: "her brother", «أخ للشاهدة»,
    «برای شایەت»."""
    word = relationship_word(relationship_label, relationship, sex, lang)
    witness = _by_sex(_UNNAMED, lang, witness_sex)
    if relationship == "self":
        return {"en": "the witness", "ar": f"{witness} نفسه" if witness_sex != "female"
                else f"{witness} نفسها", "ckb": "خودی شایەت"}.get(lang, "the witness")
    if not relationship or relationship == "unknown":
        return {"en": "a person of unknown relation to the witness",
                "ar": f"شخص صلته ب{witness} غير معروفة",
                "ckb": "کەسێک کە پەیوەندیی بە شایەتەوە نەزانراوە"}.get(lang, "")
    if lang == "ar":
        # «أخ للشاهدة»: the preposition works for every noun, where the construct state
        # would change some (أخو، أبو).
        return f"{word} لل{witness[2:]}"
    if lang == "ckb":
        return f"{word}ی شایەت"
    owner = _POSSESSIVE.get(witness_sex or "", "the witness's")
    return f"{owner} {word.lower()}"
