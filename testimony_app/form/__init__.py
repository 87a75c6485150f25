"""The questionnaire: load and check form definitions, validate answers.

Imports nothing else of Testimony's (only `resources` for the shipped files).
"""

from .conditions import Condition, ConditionError, parse_condition
from .errors import FormError, UnknownForm
from .loader import current_form, get_form, installed_forms, load_form
from .model import LANGUAGES, NAME_PARTS, Choice, Field, Form, Section, Text
from .normalise import fold, normalise_digits
from .validate import Problem, errors_of, validate

__all__ = [
    "LANGUAGES", "NAME_PARTS", "Choice", "Condition", "ConditionError", "Field", "Form",
    "FormError", "Problem", "Section", "Text", "UnknownForm", "current_form", "errors_of",
    "fold", "get_form", "installed_forms", "load_form", "normalise_digits",
    "parse_condition", "validate",
]
