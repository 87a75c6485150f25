"""The search mix for the benchmark: ~200 queries a researcher would type into the search
box of a large vault, drawn from the demo data's own vocabulary.

Deterministic for a given seed and set of documents, so two runs time the same queries.
It must never need the vault: the queries are made from the documents before they are stored.
"""

from __future__ import annotations

import random

# Names as the demo data stores them (with hamza, ta marbuta, alef maqsura).
ARABIC_NAMES = ["محمد", "أحمد", "علي", "عمر", "يوسف", "خالد", "حسين", "إبراهيم", "فاطمة",
                "زينب", "مريم", "نور", "هدى", "سارة", "أسماء", "رقية", "الجبوري", "الطائي",
                "العبيدي", "الحمداني", "الشمري", "النعيمي"]
# The same names as people type them on a phone: hamza dropped, ha for ta marbuta, ya for
# alef maqsura, a Persian-keyboard yeh. Only the app's folding makes these match.
ARABIC_VARIANTS = ["احمد", "ابراهيم", "فاطمه", "اسماء", "رقيه", "هدي", "ساره", "علی",
                   "إسماء", "آحمد"]
# Fully or partly vocalised spellings (tashkeel, shadda, tatweel).
ARABIC_DIACRITICS = ["أَحْمَد", "مُحَمَّد", "فَاطِمَة", "عَلِيّ", "إِبْرَاهِيم", "زَيْنَب",
                     "يُوسُف", "خـالـد", "حُسَيْن", "مَرْيَم"]
LATIN_NAMES = ["Muhammad", "Ahmad", "ali", "OMAR", "Yusuf", "Khalid", "hussein", "Ibrahim",
               "Fatima", "zainab", "Maryam", "Nour", "Huda", "Sara", "Asmaa", "Ruqayya",
               "al-Jubouri", "Tai", "Obaidi", "al-Hamdani", "Shammari", "Nuaimi", "Fátima"]
NARRATIVE = ["bomb", "leaflet", "corridor", "liberate", "civilians", "houses", "forces",
             "القنبلة", "المنشور", "ممر", "المدنيين", "تحريركم", "العائلة", "داعش", "منازلهم"]
PREFIXES = ["Ahm", "Fat", "Sham", "Jub", "lib", "cor", "الجب", "فاط", "محم", "الشم", "منز",
            "Hu"]
COMMON = ["fictional", "خيالي", "family", "demonstration", "تجريبي", "the", "stay"]
MISSING = ["xylophone", "طائرة مسيرة", "Kirkuk"]

# How many of each kind, out of 200.
MIX = {"arabic name": 40, "arabic variant": 30, "arabic diacritics": 20, "latin name": 30,
       "narrative": 20, "two words": 25, "prefix": 16, "rare": 8, "common": 7, "missing": 4}


def _rare(docs: list[dict], rng: random.Random) -> str:
    """A value that few records share: a phone number or an interview code number."""
    doc = rng.choice(docs)
    if rng.random() < 0.5:
        return doc["answers"]["witness"]["phone"]
    return doc["answers"]["interview"]["code"]


def _two_words(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(ARABIC_NAMES[:16])} {rng.choice(ARABIC_NAMES[16:])}"
    pairs = [("Fatima", "Tai"), ("Omar", "Shammari"), ("Ahmad", "Jubouri"), ("safe", "corridor"),
             ("Huda", "Obaidi"), ("Ali", "Hussein"), ("bomb", "fell")]
    return " ".join(rng.choice(pairs))


def make_queries(docs: list[dict], *, seed: int = 2017) -> list[tuple[str, str]]:
    """(kind, query) pairs in a shuffled but fixed order."""
    rng = random.Random(seed)
    pools = {"arabic name": ARABIC_NAMES, "arabic variant": ARABIC_VARIANTS,
             "arabic diacritics": ARABIC_DIACRITICS, "latin name": LATIN_NAMES,
             "narrative": NARRATIVE, "prefix": PREFIXES, "common": COMMON, "missing": MISSING}
    out: list[tuple[str, str]] = []
    for kind, count in MIX.items():
        for i in range(count):
            if kind == "rare":
                query = _rare(docs, rng)
            elif kind == "two words":
                query = _two_words(rng)
            else:
                pool = pools[kind]
                # Every word of the pool once before any repeats, then at random.
                query = pool[i] if i < len(pool) else rng.choice(pool)
            out.append((kind, query))
    rng.shuffle(out)
    return out
