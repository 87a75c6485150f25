"""Fictional demonstration interviews, in English and Arabic, for training and trying the
app. Every one is marked FICTIONAL in its narrative and its incident reference; none
describes a real person.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

FICTIONAL_EN = "FICTIONAL DEMONSTRATION RECORD — not a real testimony."
FICTIONAL_AR = "سجل تجريبي خيالي — ليست شهادة حقيقية."

_GIVEN_M = [("محمد", "Muhammad"), ("أحمد", "Ahmad"), ("علي", "Ali"), ("عمر", "Omar"),
            ("يوسف", "Yusuf"), ("خالد", "Khalid"), ("حسين", "Hussein"), ("إبراهيم", "Ibrahim")]
_GIVEN_F = [("فاطمة", "Fatima"), ("زينب", "Zainab"), ("مريم", "Maryam"), ("نور", "Nour"),
            ("هدى", "Huda"), ("سارة", "Sara"), ("أسماء", "Asmaa"), ("رقية", "Ruqayya")]
_FAMILY = [("الجبوري", "al-Jubouri"), ("الطائي", "al-Tai"), ("العبيدي", "al-Obaidi"),
           ("الحمداني", "al-Hamdani"), ("الشمري", "al-Shammari"), ("النعيمي", "al-Nuaimi")]
_NEIGHBOURHOODS = ["al_jadida", "al_zahra", "old_city", "al_risala", "al_yarmuk"]
_OUTCOMES = ["killed", "injured", "unhurt", "missing", "died_later"]
_RELATIONS = ["spouse", "son", "daughter", "father", "mother", "brother", "sister", "neighbour"]

_WORDS_AR = [
    "ابقوا في بيوتكم ولا تخرجوا، القوات قادمة لتحريركم",
    "على المدنيين البقاء في منازلهم والابتعاد عن مواقع داعش",
    "لا تغادروا المنازل، سيتم فتح ممر آمن قريباً",
]
_WORDS_EN = [
    "Stay in your homes and do not go out, the forces are coming to liberate you",
    "Civilians must stay in their houses and keep away from IS positions",
    "Do not leave your homes, a safe corridor will open soon",
]


def _name(rng: random.Random, female: bool) -> dict:
    given = rng.choice(_GIVEN_F if female else _GIVEN_M)
    father, grandfather = rng.choice(_GIVEN_M), rng.choice(_GIVEN_M)
    family = rng.choice(_FAMILY)
    return {
        "given": given[0], "father": father[0], "grandfather": grandfather[0],
        "family": family[0],
        "latin": {"given": given[1], "father": father[1], "grandfather": grandfather[1],
                  "family": family[1]},
    }


def demo_record(n: int, rng: random.Random, code_prefix: str = "") -> dict:
    """Interview n of the demonstration. `code_prefix` (the vault's) goes into its code,
    DEMO-MOS7-0001, so two researchers' demo records never share a code once merged."""
    arabic = n % 2 == 0
    female = rng.random() < 0.5
    age = rng.randint(18, 75)
    day = rng.choice(["2017-03-17", "2017-03-16", "2017-03-18"])
    people = []
    for _ in range(rng.randint(1, 6)):
        relationship = rng.choice(_RELATIONS)
        people.append({
            "name": _name(rng, relationship in ("daughter", "mother", "sister")),
            "relationship": relationship,
            "sex": "female" if relationship in ("daughter", "mother", "sister") else "male",
            "age": rng.randint(1, 80),
            "present": True,
            "outcome": rng.choice(_OUTCOMES),
            "certainty": rng.choice(["confirmed", "probable", "possible"]),
        })
    which = rng.randrange(len(_WORDS_AR))
    narrative = (
        f"{FICTIONAL_AR} كنا في البيت مع العائلة عندما سقطت القنبلة. "
        f"قالوا لنا في المنشور: «{_WORDS_AR[which]}»."
        if arabic else
        f"{FICTIONAL_EN} We were at home with the family when the bomb fell. "
        f"The leaflet said: \"{_WORDS_EN[which]}\"."
    )
    return {
        "status": "complete",
        "answers": {
            "interview": {
                "code": f"DEMO-{code_prefix}-{n:04d}" if code_prefix else
                        f"DEMO-{n:04d}", "incident_ref": "DEMO-FICTIONAL-INCIDENT",
                "interviewers": "Noor Saleh", "witness_type": "survivor",
                "languages": ["arabic" if arabic else "english"],
            },
            "consent": {"given": True, "method": "verbal_noted",
                        "scope": rng.choice(["anonymous_public", "named_public",
                                             "partner_share", "internal_only"])},
            "witness": {"full_name": _name(rng, female), "sex": "female" if female else "male",
                        "age_at_incident": age, "phone": f"0770{rng.randint(0, 9999999):07d}"},
            "incident": {"country": "iq", "governorate": "nineveh", "district": "mosul",
                         "city_side": "west", "neighbourhood": rng.choice(_NEIGHBOURHOODS),
                         "date": day, "attack_type": "airstrike"},
            "people": {"people": people},
            "instructions": {
                "received": "yes",
                "instructions": [{
                    "source": "iraqi_government", "channel": ["leaflet"],
                    "content": ["stay_home"],
                    "words_original": _WORDS_AR[which], "words_translation": _WORDS_EN[which],
                    "frequency": "repeatedly",
                }],
            },
            "account": {"narrative_original": narrative},
        },
    }


def demo_records(count: int, *, seed: int | None = None, start: int = 1,
                 code_prefix: str = "") -> Iterator[dict]:
    rng = random.Random(seed)
    for n in range(start, start + count):
        yield demo_record(n, rng, code_prefix)
