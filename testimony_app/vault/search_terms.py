"""The terms a folded word is indexed under and looked up by, beyond the word itself.

Arabic attaches the conjunction و, the prepositions ب and ل and the article ال to the next
word ("والنساء", "بالموصل", "للجبوري"), so a record that says "الموصل" must be found by
"موصل" and the other way round. Every Arabic-script word is indexed under its *bases*
(the word with those proclitics stripped) and under a light stem of each (a sound plural
ending ون/ين/ات dropped: "المدنيين" ~ "مدنيون" ~ "مدني"); a query word is looked up as
a prefix of itself (as before) or as exactly one of its own bases and stems. Lookups
stay exact term lookups: nothing here makes the index walk more prefixes.

Transliterated names differ mostly in their vowels ("Ahmad", "Ahmed", أحمد): a name is
also indexed under its consonant skeleton (`form.skeletons`, shared with redaction),
as a term of its own ("qxl…" for a Latin spelling, "qxa…" for an Arabic one) that no
typed word begins with. Skeletons are made of the words of name fields and of
capitalised Latin words elsewhere (names in English text), never of every Arabic word
of a narrative: an ordinary word is not a name spelt otherwise.

Pure functions on strings; never touch the vault.
"""

from __future__ import annotations

import re

from ..form.skeletons import is_latin, skeleton

# A word as the FTS5 tokenizer (unicode61) sees one: letters and digits; "_" separates.
WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Proclitics stripped from any Arabic-script word: conjunction و, prepositions ب, ل, and
# the article. ف ("so") and ك ("like") begin too many names and words (فريد, فراس, كريم,
# كمال) to be stripped on their own: only before the article (فالقصف, كالموصل).
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_ALWAYS = frozenset("وبل")
ARTICLE = "ال"
# A base shorter than this would meet too many unrelated words ("بكر" is not "كر"); after
# the article two letters do ("الحي", "اليد"): few words begin with ال by chance.
MIN_BASE = 3
MIN_AFTER_ARTICLE = 2
# Sound plural and dual endings (after folding): dropped for a light stem.
_PLURALS = ("ون", "ين", "ات")
# A Latin article typed as its own word before a name ("al Jubouri", "al-Jubouri").
LATIN_ARTICLES = frozenset({"al", "el", "ul"})
LATIN_SKELETON = "qxl"
ARABIC_SKELETON = "qxa"


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
# Letters a proclitic or the article begins with: a word that begins otherwise (and has
# no plural ending) has no base but itself.
_PROCLITIC_STARTS = frozenset("وفبلكا")


def is_arabic_script(word: str) -> bool:
    return _ARABIC_LETTER.search(word) is not None


def _cut_points(word: str) -> set[int]:
    """Where the word may begin once its proclitics are taken off (0: none taken)."""
    points = {0}
    if word[:1] in _CONJUNCTIONS:
        points.add(1)
    for at in list(points):
        if word[at:at + 1] in _PREPOSITIONS:
            points.add(at + 1)
    for at in list(points):
        if word.startswith(ARTICLE, at):
            points.add(at + 2)
        elif at and word[at - 1] == "ل" and word[at:at + 1] == "ل":
            points.add(at + 1)  # "للجبوري": lam and the article without its alef
    article_after = {at for at in points if at >= 2 and word[at - 2:at] in (ARTICLE, "لل")}
    # ف and ك alone are not proclitics (see above): keep only cuts that reach the article.
    return {at for at in points
            if at == 0 or (at in article_after and len(word) - at >= MIN_AFTER_ARTICLE)
            or (set(word[:at]) <= _ALWAYS and len(word) - at >= MIN_BASE)}


def arabic_bases(word: str) -> set[str]:
    """A folded Arabic-script word without its proclitics, and light stems of each
    (the word itself included)."""
    if word[:1] not in _PROCLITIC_STARTS and not word.endswith(_PLURALS):
        return {word}  # no proclitic or ending to take off: most words
    forms = {word[at:] for at in _cut_points(word)}
    forms |= {f[:-2] for f in forms if f.endswith(_PLURALS) and len(f) - 2 >= MIN_BASE}
    return forms


def skeleton_term(word: str) -> str | None:
    """The skeleton term of a folded name word, in its script's namespace, or None."""
    found = skeleton(word)
    if not found:
        return None
    prefix = LATIN_SKELETON if is_latin(word) else ARABIC_SKELETON
    # FTS5 folds case, and "_" is no token character: "S" (sh) and "_" (vowel start) are
    # written with letters no skeleton uses otherwise.
    return prefix + found.replace("_", "v").replace("S", "q")


def extra_terms(words: set[str], names: set[str], capitalised: set[str]) -> set[str]:
    """The terms a record's folded `words` are indexed under besides themselves: bases
    and stems of Arabic-script words, skeletons of the words of `names` and of the Latin
    words that were `capitalised` in running text. One tight loop: it runs for every
    word of every record saved."""
    extra = set()
    for word in words:
        first = word[0]
        if "\u0600" <= first <= "\u06ff" and (first in _PROCLITIC_STARTS
                                             or word.endswith(_PLURALS)):
            extra.update(arabic_bases(word))
        if word in names or word in capitalised:
            # Of the word as written: a name seldom carries a proclitic (وليد is Walid),
            # and the skeleton drops the article itself.
            term = skeleton_term(word)
            if term:
                extra.add(term)
    return extra - words


def query_group(folded: str) -> list[str]:
    """FTS5 alternatives for one folded query word: the word as a prefix, its bases and
    stems exactly, and the skeleton of a name spelt in the other script (or, for Latin,
    spelt otherwise in Latin too)."""
    group = [f'"{folded}"*']
    if is_arabic_script(folded):
        bases = arabic_bases(folded)
        group += [f'"{b}"' for b in sorted(bases - {folded})]
        latin = {f"{LATIN_SKELETON}{t[len(ARABIC_SKELETON):]}"
                 for t in map(skeleton_term, bases) if t}
        group += [f'"{t}"' for t in sorted(latin)]
    elif is_latin(folded):
        term = skeleton_term(folded)
        if term:
            rest = term[len(LATIN_SKELETON):]
            group += [f'"{LATIN_SKELETON}{rest}"', f'"{ARABIC_SKELETON}{rest}"']
    return group
