"""One widget per field type of the questionnaire (docs/form-format.md).

Holds no field list of its own: every widget comes from the form definition.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...form import Field
from .choice_fields import AttachmentField, SelectMultipleField, SelectOneField
from .date_fields import DateField, DateTimeField, TimeField
from .field_base import FieldWidget
from .geo_field import GeopointField
from .marked_field import MarkedTextField
from .name_field import PersonNameField
from .text_fields import BoolField, GeneratedField, IntegerField, LongTextField, TextField

# Long texts whose sensitive spans are marked for redaction, by role: the account and the
# notes beside it, and the wording of instructions (published after redaction).
MARKED_ROLES = frozenset({"account_original", "account_translation", "account_notes",
                          "instruction_words"})

_BY_TYPE = {
    "text": TextField, "long_text": LongTextField, "integer": IntegerField,
    "decimal": TextField, "bool": BoolField, "select_one": SelectOneField,
    "select_multiple": SelectMultipleField, "date": DateField, "time": TimeField,
    "datetime": DateTimeField, "geopoint": GeopointField, "person_name": PersonNameField,
    "attachment": AttachmentField,
}


def make_field_widget(field: Field, lang: str, parent: QWidget | None = None) -> FieldWidget:
    if field.generated:
        return GeneratedField(field, lang, parent)
    if field.type == "long_text" and field.role in MARKED_ROLES:
        return MarkedTextField(field, lang, parent)
    return _BY_TYPE[field.type](field, lang, parent)
