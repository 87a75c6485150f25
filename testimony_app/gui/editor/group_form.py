"""The fields of one section, or of one row of a repeat, as a labelled form.

Built from the questionnaire only. Knows each field's path ("people.people[2].outcome")
so that validation messages, relevance and "jump to" can find the right widget.
Never validates by itself: messages and relevance come from `validate`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ...form import Field
from .field_base import FieldWidget
from .field_factory import make_field_widget
from .marked_field import MarkedTextField


class GroupForm(QWidget):
    changed = Signal()

    def __init__(self, fields: tuple[Field, ...], lang: str, path: str, section: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from .repeat_editor import RepeatEditor  # rows hold no repeats: no cycle at runtime

        self.fields, self.lang, self.path, self.section = fields, lang, path, section
        self.widgets: dict[str, FieldWidget] = {}
        self.repeats: dict[str, RepeatEditor] = {}
        self.form_layout = QFormLayout(self)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading
                                           | Qt.AlignmentFlag.AlignTop)
        for f in fields:
            if f.type == "note":
                note = QLabel(f.label.get(lang), self)
                note.setWordWrap(True)
                self.form_layout.addRow(note)
                continue
            if f.type == "repeat":
                editor = RepeatEditor(f, lang, f"{path}.{f.name}", section, self)
                editor.changed.connect(self.changed)
                self.repeats[f.name] = editor
                self.form_layout.addRow(editor)
                continue
            widget = make_field_widget(f, lang, self)
            widget.setObjectName(f"field_{f.name}")
            widget.changed.connect(self.changed)
            label = QLabel(self._label_text(f), self)
            label.setObjectName(f"label_{f.name}")
            label.setWordWrap(True)
            label.setBuddy(widget.focusProxy() or widget)
            label.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
            widget.setAccessibleName(f.label.get(lang))
            self.widgets[f.name] = widget
            self.form_layout.addRow(label, widget)

    def _label_text(self, f: Field) -> str:
        text = f.label.get(self.lang)
        return f"{text} *" if f.required else text

    # -- values ----------------------------------------------------------------------------

    def value(self) -> dict:
        out: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            value = widget.value()
            if value is not None:
                out[name] = value
            out.update(widget.extra_answers())
        for name, editor in self.repeats.items():
            rows = editor.value()
            if rows:
                out[name] = rows
        return out

    def set_value(self, answers: dict | None) -> None:
        answers = answers if isinstance(answers, dict) else {}
        for name, widget in self.widgets.items():
            widget.set_value(answers.get(name))
            widget.set_extra_answers(answers)
        for name, editor in self.repeats.items():
            editor.set_value(answers.get(name) or [])

    def clear(self) -> None:
        for widget in self.widgets.values():
            widget.clear()
            widget.set_extra_answers({})
        for editor in self.repeats.values():
            editor.clear()

    def set_path(self, path: str) -> None:
        self.path = path
        for name, editor in self.repeats.items():
            editor.set_path(f"{path}.{name}")

    def focus_first(self) -> None:
        """Keyboard focus on the first field the user can type into."""
        for widget in self.widgets.values():
            if not widget.field.generated and not widget.isHidden():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
        for editor in self.repeats.values():
            editor.add_button.setFocus(Qt.FocusReason.TabFocusReason)
            return

    # -- validation display ------------------------------------------------------------------

    def apply_hidden(self, hidden: set[str]) -> None:
        for name, widget in self.widgets.items():
            self.form_layout.setRowVisible(widget, f"{self.path}.{name}" not in hidden)
        for name, editor in self.repeats.items():
            self.form_layout.setRowVisible(editor, f"{self.path}.{name}" not in hidden)
            editor.apply_hidden(hidden)

    def apply_errors(self, errors: dict[str, str]) -> None:
        for name, widget in self.widgets.items():
            here = f"{self.path}.{name}"
            widget.set_error(errors.get(here) or errors.get(f"{here}_other") or "")
        for editor in self.repeats.values():
            editor.apply_errors(errors)

    def find(self, path: str) -> QWidget | None:
        """The widget showing `path` (a field, a repeat, or a field in one of its rows)."""
        for name, widget in self.widgets.items():
            if path in (f"{self.path}.{name}", f"{self.path}.{name}_other"):
                return widget
        for editor in self.repeats.values():
            found = editor.find(path)
            if found is not None:
                return found
        return None

    def path_of(self, widget: QWidget) -> str | None:
        """The path of the field holding `widget` (the inverse of `find`)."""
        for name, field_widget in self.widgets.items():
            if field_widget is widget or field_widget.isAncestorOf(widget):
                return f"{self.path}.{name}"
        for editor in self.repeats.values():
            for form in editor.row_forms():
                found = form.path_of(widget)
                if found is not None:
                    return found
        return None

    # -- marks, suggestions, attachments -----------------------------------------------------

    def marked_widgets(self) -> list[tuple[str, int | None, MarkedTextField]]:
        """(field as marks name it, 1-based row or None, widget) for every marked text."""
        out = [(name, None, w) for name, w in self.widgets.items()
               if isinstance(w, MarkedTextField)]
        for name, editor in self.repeats.items():
            for row, form in enumerate(editor.row_forms(), 1):
                out += [(f"{name}.{sub}", row, w) for sub, _, w in form.marked_widgets()]
        return out

    def attachment_fields(self) -> list[FieldWidget]:
        out = [w for w in self.widgets.values() if w.field.type == "attachment"]
        for editor in self.repeats.values():
            for form in editor.row_forms():
                out += form.attachment_fields()
        return out
