"""How the statement window words redaction levels and consent refusals, in the
interface language.

The core refuses a level with an English sentence for the command line and the reasons as
codes (`ConsentRefused.reason`, `.scope`, `.level`, `.allowed`); here those codes become a
sentence in the interface language, naming the consent scope as the questionnaire does and
the levels as the window does. Holds no testimony: only the record's code.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from ...form import Form
from ...i18n import isolate
from ...reports import ConsentRefused


def default_level(allowed: tuple[str, ...]) -> str:
    """A report writer opening this window usually wants a statement they may pass on:
    the public level that shows least (anonymous) when consent allows it, else internal,
    which every record allows. A more open level is always a deliberate choice."""
    return "public-anonymous" if "public-anonymous" in allowed else "internal"


class LevelWords(QObject):
    def __init__(self, form: Form, code: str, lang: str, parent: QObject | None = None):
        super().__init__(parent)
        self.form, self.code, self.lang = form, code, lang

    def names(self) -> dict[str, str]:
        return {"internal": self.tr("Internal"), "partner": self.tr("Partner"),
                "public-named": self.tr("Public, named"),
                "public-anonymous": self.tr("Public, anonymous")}

    def notes(self) -> dict[str, str]:
        return {
            "internal": self.tr("Everything, names and contact details included. For your "
                                "organisation only."),
            "partner": self.tr("Names kept; contact details, coordinates and interviewers "
                               "withheld. Not for publication."),
            "public-named": self.tr("For publication: the witness and the dead by name, "
                                    "living people as roles, marked details withheld."),
            "public-anonymous": self.tr("For publication: the witness by pseudonym, every "
                                        "name and marked detail withheld."),
        }

    def refusal(self, exc: ConsentRefused) -> str:
        """The core's refusal worded in the interface language."""
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # A Latin code in an Arabic or Sorani sentence is isolated so that it reads whole.
        code = isolate(self.code) if rtl else self.code
        if exc.reason == "withdrawn":
            return self.tr("{code}: the witness withdrew consent; only an internal "
                           "statement can be made.").format(code=code)
        if exc.reason == "minor":
            return self.tr("{code}: the witness was under 18 and no guardian consent is "
                           "recorded; only an internal statement can be made.").format(code=code)
        if exc.reason == "none":
            return self.tr("{code}: no consent scope is recorded; only an internal statement "
                           "can be made.").format(code=code)
        names = self.names()
        where = self.form.role("consent_scope")
        field = where.field if where is not None else None
        choice = field.choice(exc.scope) if field is not None else None
        scope = choice.label.get(self.lang) if choice is not None else str(exc.scope)
        # Level names hold commas ("Public, anonymous"): each is quoted in the list.
        opening, closing, comma = ("«", "»", "، ") if rtl else ("“", "”", ", ")
        return self.tr("{code}: the witness's consent ({scope}) does not allow a statement "
                       "at the level {level}; allowed: {allowed}.").format(
            code=code, scope=scope,
            level=f"{opening}{names.get(exc.level, exc.level)}{closing}",
            allowed=comma.join(f"{opening}{names.get(x, x)}{closing}" for x in exc.allowed))
