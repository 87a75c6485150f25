"""A second questionnaire for the tests (tests/data/forms/casework-v1.toml): other ids,
paths, sections and labels than the built-in interview, the same roles. A helper module
(not a conftest), imported by the tests that take a record of it through the application.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from testimony_app.form import installed_forms
from testimony_app.form.loader import FORMS_ENV

FOLDER = Path(__file__).resolve().parent / "data" / "forms"
FORM_ID = "casework"

# Fictional: every name, number and place.
WITNESS = {"given": "سلمى", "father": "خالد", "family": "العبيدي",
           "latin": {"given": "Salma", "father": "Khaled", "family": "al-Obaidi"}}
BROTHER = {"given": "يوسف", "family": "الدوري", "latin": {"given": "Yousef"}}
PHONE = "07701234567"
CASEWORKER = "Huda Karimova"

ANSWERS = {
    "case": {"event_ref": "EV-7", "caseworker": CASEWORKER, "translator": "Samir Azizov"},
    "permission": {"agreed": True, "use": "anonymous_public", "may_quote": True},
    "person": {"names": WITNESS, "gender": "female", "born": 1980, "mobile": PHONE,
               "home": "House 14, Street 9"},
    "event": {"area": "old_town", "spot": "Behind the bakery", "on": "2017-03-17"},
    "family": {"members": [
        {"who": BROTHER, "kinship": "brother", "gender": "male", "years": 30, "fate": "killed"},
        {"who": {"given": "مريم"}, "kinship": "daughter", "gender": "female", "years": 8,
         "fate": "unhurt"},
    ]},
    "warnings": {"any_warning": "yes", "warnings": [
        {"from_whom": "army", "how": ["leaflet"], "when": "2017-03-10",
         "said": f"Leave by Friday. Questions to {PHONE}."}]},
    "story": {"told": "كنت في البيت مع أخي يوسف الدوري عندما سقطت القذيفة.",
              "english": "I was at home with my brother Yousef when the shell fell. "
                         "Huda Karimova wrote it down."},
}


def case_doc(**changes) -> dict:
    """A complete casework record; `changes` replace whole sections of its answers."""
    answers = copy.deepcopy(ANSWERS)
    answers.update(copy.deepcopy(changes))
    return {"form_id": FORM_ID, "form_version": 1, "status": "complete", "answers": answers}


@pytest.fixture
def casework(monkeypatch):
    """The casework questionnaire installed beside the built-in one (through the
    TESTIMONY_FORMS folder list), for the test only."""
    monkeypatch.setenv(FORMS_ENV, str(FOLDER))
    installed_forms.cache_clear()
    yield installed_forms()[(FORM_ID, 1)]
    monkeypatch.delenv(FORMS_ENV)
    installed_forms.cache_clear()
