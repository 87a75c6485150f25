"""Words a statement shows that may still identify someone: the statement's maker checks
them before saving (the statement window lists them; `testimony pdf` refuses without
--checked). They are words no recorded name or address matched, so redaction cannot know:

- the word after a kinship word or title ("Abu Samir", "أم سلمى", "ابن جاسم", "کاک
  ئاراس", "my cousin Rami"): a name of someone nobody recorded;
- a capitalised Latin word inside a sentence that is neither common English nor a word
  of the questionnaire's lists ("Rami", "Qusay"): maybe a name, maybe a place;
- an address word with a number no recorded address holds ("house 12", "دار ٩").

Pure functions on strings; never looks at anything but what it is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..form import fold
from ..form.normalise import is_function_word
from ..form.skeletons import is_latin
from .addresses import address_numbers, is_address_word
from .english_words import COMMON
from .names import ARTICLE, key, word_forms

# After these (folded, clitics aside) comes a person's name in Arabic and Sorani.
_HEADS_ARABIC = frozenset(fold(w) for w in (
    "أبو", "أبي", "أبا", "أم", "ابن", "بن", "بنت", "الحاج", "الحاجة", "حجي", "حجية", "الشيخ",
    "شيخ", "السيد", "سيد", "السيدة", "الملا", "ملا", "أخي", "أختي", "أخوي", "ابني", "بنتي",
    "زوجي", "زوجتي", "عمي", "عمتي", "خالي", "خالتي", "جدي", "جدتي", "جارنا", "جارتنا",
    "کاک", "مام", "خاتوو", "حاجی", "شێخ", "سەید", "مەلا", "پورە", "برام", "خوشکم", "کوڕم",
    "کچم",
))
# In Latin text, before a capitalised word.
_HEADS_LATIN = frozenset((
    "abu", "abou", "abo", "umm", "um", "om", "ibn", "bin", "bint", "haji", "hajji", "hajja",
    "sheikh", "sheik", "sayyid", "sayed", "mullah", "mulla", "kak", "kaka", "mam", "mr",
    "mrs", "ms", "brother", "sister", "son", "daughter", "father", "mother", "uncle", "aunt",
    "cousin", "husband", "wife", "nephew", "niece", "neighbour", "neighbor", "friend",
    "grandfather", "grandmother", "grandson", "granddaughter", "doctor", "dr",
))
# Capitalised words an account uses that are neither names nor common English.
_KNOWN_LATIN = frozenset((
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "iraq", "iraqi", "iraqis", "mosul", "baghdad", "erbil",
    "kurdistan", "kurdish", "kurd", "kurds", "nineveh", "ninewa", "ninawa", "tigris",
    "syria", "syrian", "daesh", "isis", "isil", "islamic", "state", "coalition", "american",
    "americans", "british", "french", "arab", "arabs", "arabic", "english", "sorani",
    "muslim", "muslims", "christian", "christians", "yazidi", "yazidis", "shia", "sunni",
    "ramadan", "eid", "quran", "west", "east", "north", "south", "old", "city", "army",
    "police", "red", "crescent", "cross", "un", "unicef", "unhcr", "msf", "ngo", "ok",
))
# Common Arabic and Sorani words that follow a kinship word without being a name ("أبي في
# البيت", my father was at home; "باوکم لە ماڵ").
_COMMON_AFTER_KIN = frozenset(fold(w) for w in (
    "في", "من", "إلى", "على", "مع", "عن", "كان", "كانت", "قال", "قالت", "هو", "هي", "ثم",
    "لم", "لا", "ما", "قد", "الذي", "التي", "هذا", "هذه", "ذلك", "تلك", "عند", "بعد", "قبل",
    "حتى", "كل", "أيضا", "وهو", "وهي", "كانوا", "جاء", "جاءت", "ذهب", "ذهبت", "بقي", "و",
    "لە", "بە", "کە", "بۆ", "لەگەڵ", "بوو", "بوون", "وتی", "گوتی", "هات", "چوو", "لەوێ", "ئەو",
    "هەروەها", "یەک", "دوو",
))
_SENTENCE_ENDS = frozenset('.!?:;\n"«»“”([–—•*')


def known_words(labels: Iterable[str]) -> frozenset[str]:
    """Folded words of the questionnaire's own labels (neighbourhoods, weapons…)."""
    return frozenset(key(w) for text in labels for w in re.findall(r"[^\W\d_]+", text))


def _is_head(word: str) -> bool:
    folded = key(word)
    if is_latin(folded):
        return folded in _HEADS_LATIN
    return any(form in _HEADS_ARABIC for form in word_forms(folded))


def doubtful(text: str, words: list[re.Match], withheld: list[tuple[int, int]],
             known: frozenset[str], numbers: frozenset[str], *, names: bool) -> list[str]:
    """The doubtful words of `text` that it still shows after the `withheld` spans; with
    `names` false (a partner statement keeps names), only address numbers."""
    hidden = bytearray(len(text))  # 1 where a withheld span covers the character
    for a, b in withheld:
        hidden[a:b] = b"\x01" * (b - a)

    def shown(m: re.Match) -> bool:
        return not any(hidden[m.start():m.end()])

    out = []
    for i, m in enumerate(words if names else ()):
        if not shown(m):
            continue
        word, folded = m.group(), key(m.group())
        # "Dr. Hameed": an abbreviated title ends with a full stop.
        after = text[words[i - 1].end():m.start()].strip() in ("", ".") if i else False
        if after and _is_head(words[i - 1].group()):
            if _name_like(word, folded):
                out.append(f"{words[i - 1].group()} {word}")
                continue
        if (is_latin(folded) and word[:1].isupper() and len(folded) >= 3 and
                not word.isupper() and not _starts_sentence(text, m.start()) and
                not is_address_word(word) and
                folded not in COMMON | _KNOWN_LATIN | _HEADS_LATIN | known and
                not (i and _is_head(words[i - 1].group()))):
            out.append(word)
    for start, end, number in address_numbers(text, words):
        if number not in numbers and not any(hidden[start:end]):
            out.append(text[start:end])
    return out


def _starts_sentence(text: str, start: int) -> bool:
    """Whether a word at `start` opens a sentence, a line or a quotation (where English
    capitalises any word)."""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_ENDS


def _name_like(word: str, folded: str) -> bool:
    """A word after a kinship word that may be a name: capitalised in Latin; in Arabic
    script any word but a common one, or one with the article ("ابن الجيران", the
    neighbours' son)."""
    if (len(folded) < 2 or folded.isdigit() or _is_head(word) or is_function_word(word) or
            folded in _COMMON_AFTER_KIN):
        return False
    if is_latin(folded):
        return word[:1].isupper() and folded not in COMMON
    return not folded.startswith(ARTICLE)
