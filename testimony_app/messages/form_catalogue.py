"""The questionnaire layer's messages: what the validator finds wrong with an answer
(a clause after the field's name: "Age: must be at least 0"), records or
questionnaires this installation cannot use, and a questionnaire without a role a feature
reads."""

from __future__ import annotations

from .noop import QT_TRANSLATE_NOOP

FORM = {
    # A problem with one answer: shown after the field's label or path.
    "problem.required": QT_TRANSLATE_NOOP("Core", "is required"),
    "problem.rows_required": QT_TRANSLATE_NOOP("Core", "needs at least one row"),
    "problem.rows_min": QT_TRANSLATE_NOOP("Core", "needs at least {count} rows"),
    "problem.rows_max": QT_TRANSLATE_NOOP("Core", "has more than {count} rows"),
    "problem.rows_type": QT_TRANSLATE_NOOP("Core", "expects a list of rows"),
    "problem.integer": QT_TRANSLATE_NOOP("Core", "expects a whole number"),
    "problem.number": QT_TRANSLATE_NOOP("Core", "expects a number"),
    "problem.finite": QT_TRANSLATE_NOOP("Core", "expects a finite number"),
    "problem.minimum": QT_TRANSLATE_NOOP("Core", "must be at least {minimum}"),
    "problem.maximum": QT_TRANSLATE_NOOP("Core", "must be at most {maximum}"),
    "problem.date": QT_TRANSLATE_NOOP("Core", "expects a date as YYYY, YYYY-MM or YYYY-MM-DD"),
    "problem.calendar": QT_TRANSLATE_NOOP("Core", "is not a real calendar date"),
    "problem.time": QT_TRANSLATE_NOOP("Core", "expects a time as HH:MM"),
    "problem.datetime": QT_TRANSLATE_NOOP(
        "Core", "expects a date and time such as 2017-03-20T10:30+03:00"),
    "problem.offset": QT_TRANSLATE_NOOP("Core", "needs a time-zone offset, such as +03:00"),
    "problem.text": QT_TRANSLATE_NOOP("Core", "expects text"),
    "problem.nul": QT_TRANSLATE_NOOP("Core", "contains a NUL character"),
    "problem.too_long": QT_TRANSLATE_NOOP("Core", "is longer than {length} characters"),
    "problem.boolean": QT_TRANSLATE_NOOP("Core", "expects yes or no (true/false)"),
    "problem.choice": QT_TRANSLATE_NOOP("Core", "is not one of the choices"),
    "problem.choices": QT_TRANSLATE_NOOP("Core", "expects a list of choices"),
    "problem.choice_twice": QT_TRANSLATE_NOOP("Core", "lists a choice twice"),
    "problem.not_relevant": QT_TRANSLATE_NOOP(
        "Core", "is answered, but applies only when {condition}: remove the answer, or "
        "change the answer it depends on"),
    "problem.other_only": QT_TRANSLATE_NOOP("Core", "applies only when 'other' is chosen"),
    "problem.name_parts": QT_TRANSLATE_NOOP(
        "Core", "expects name parts (given, father, grandfather, family, kunya)"),
    "problem.unknown_parts": QT_TRANSLATE_NOOP("Core", "has unknown name part(s) {parts}"),
    "problem.name_part_text": QT_TRANSLATE_NOOP("Core", "name part {part} must be short text"),
    "problem.geo": QT_TRANSLATE_NOOP("Core", "expects lat, lon and precision"),
    "problem.geo_range": QT_TRANSLATE_NOOP("Core", "coordinates are out of range"),
    "problem.precision": QT_TRANSLATE_NOOP("Core", "precision is not one of the choices"),
    "problem.attachment": QT_TRANSLATE_NOOP("Core", "expects an attachment id"),
    "problem.value_type": QT_TRANSLATE_NOOP("Core", "cannot hold a value of type {type}"),
    "problem.unknown_field": QT_TRANSLATE_NOOP("Core", "is not a field of this questionnaire"),
    "problem.answers_object": QT_TRANSLATE_NOOP(
        "Core", "must be an object with one entry per section"),
    "problem.unknown_section": QT_TRANSLATE_NOOP(
        "Core", "is not a section of this questionnaire"),
    "problem.section_object": QT_TRANSLATE_NOOP("Core", "must be an object of answers"),
    # Records and questionnaires this installation cannot use.
    "form.unknown": QT_TRANSLATE_NOOP(
        "Core", "This record uses questionnaire {form} version {version}, which this "
        "installation does not have; update Testimony to open it."),
    # A feature that reads answers by role, on a questionnaire without that role.
    "form.missing_role": QT_TRANSLATE_NOOP(
        "Core", "Questionnaire {form} version {version} has no field with the role {role}."),
    "form.missing_role_statement": QT_TRANSLATE_NOOP(
        "Core", "Questionnaire {form} version {version} has no field with the role {role}; a "
        "statement needs it."),
    "form.missing_role_pseudonym": QT_TRANSLATE_NOOP(
        "Core", "Questionnaire {form} version {version} has no field with the role {role}; a "
        "statement's pseudonym needs it."),
}

# Why a record document does not fit (vault/records.py, vault/record_store.py): each a
# phrase after its place, as the validator's problems are.
RECORD = {
    "record.problem_at": QT_TRANSLATE_NOOP("Core", "{path}: {problem}"),
    "record.marks_list": QT_TRANSLATE_NOOP("Core", "must be a list"),
    "record.mark_shape": QT_TRANSLATE_NOOP(
        "Core", "must have section, field, row, start, end and kind"),
    "record.mark_not_text": QT_TRANSLATE_NOOP("Core", "does not point at a text answer"),
    "record.mark_span": QT_TRANSLATE_NOOP("Core", "the span is outside the text"),
    "record.mark_kind": QT_TRANSLATE_NOOP("Core", "kind must be one of {kinds}"),
    "record.status": QT_TRANSLATE_NOOP("Core", "must be 'draft' or 'complete', not {status}"),
    "record.not_uuid": QT_TRANSLATE_NOOP("Core", "{id} is not a UUID"),
    "record.stays_complete": QT_TRANSLATE_NOOP("Core", "a complete record stays complete"),
    "record.not_an_object": QT_TRANSLATE_NOOP("Core", "the record must be a JSON object"),
    "record.unknown_key": QT_TRANSLATE_NOOP("Core", "is not a record key"),
}
