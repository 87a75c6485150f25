"""The questionnaire: load and check form definitions, validate answers.

Imports nothing else of Testimony's (only `resources` for the shipped files and `i18n`
for the table of right-to-left languages).
"""

from .conditions import Condition, ConditionError, parse_condition
from .errors import FormError, UnknownForm
from .loader import (
    add_form_folder,
    current_form,
    get_form,
    installed_forms,
    installed_languages,
    load_form,
)
from .model import LANGUAGES, NAME_PARTS, Choice, Field, Form, MissingRole, RoleRef, Section, Text
from .normalise import fold, normalise_digits
from .roles import ROLES
from .validate import Problem, errors_of, validate

__all__ = [
    "LANGUAGES", "NAME_PARTS", "ROLES", "Choice", "Condition", "ConditionError", "Field",
    "Form", "FormError", "MissingRole", "Problem", "RoleRef", "Section", "Text",
    "UnknownForm", "add_form_folder", "current_form", "errors_of", "fold", "get_form",
    "installed_forms", "installed_languages", "load_form", "normalise_digits",
    "parse_condition", "validate",
]
