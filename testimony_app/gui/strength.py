"""The live passphrase strength meter of the create-vault screen.

Driven by the core's `estimate()` (zxcvbn), shown as a bar, a verdict and a translated
guessing time. It only displays: the decision to refuse a passphrase is the core's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ..vault import Strength, estimate
from ..vault.passphrase import MIN_LENGTH

_COLOURS = ("#b3261e", "#b3261e", "#c77700", "#2e7d32", "#1b5e20")
_GUESSES_PER_SECOND = 1e4  # offline attack on SQLCipher's slow PBKDF2, as in `estimate`


class StrengthMeter(QWidget):
    def __init__(self, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.verdict)
        self.strength: Strength | None = None
        self.show_strength("")

    def show_strength(self, passphrase: str) -> Strength:
        strength = estimate(passphrase)
        self.strength = strength
        self.bar.setValue(strength.score if passphrase else 0)
        colour = _COLOURS[strength.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if not passphrase:
            self.verdict.setText(self.tr("Type a passphrase, or generate one."))
        elif strength.acceptable:
            self.verdict.setText(self.tr("Strong enough. Time to guess it: {time}.").format(
                time=self.guess_time(strength.guesses_log10)))
        else:
            self.verdict.setText(self.problem(strength, passphrase))
        return strength

    def problem(self, strength: Strength, passphrase: str) -> str:
        """Why a passphrase is refused, as one sentence in the interface language."""
        if len(passphrase) < MIN_LENGTH:
            return self.tr("Too short: use at least {n} characters; several unrelated "
                           "words are easiest.").format(n=MIN_LENGTH)
        if self.lang == "en":
            return strength.problem  # the core's own sentence, with zxcvbn's precise reason
        return self.tr("Too easy to guess: add more unrelated words.")

    def guess_time(self, guesses_log10: float) -> str:
        seconds = 10 ** guesses_log10 / _GUESSES_PER_SECOND
        bands = (
            (60, self.tr("under a minute")),
            (3600, self.tr("minutes")),
            (86400, self.tr("hours")),
            (86400 * 31, self.tr("days")),
            (86400 * 365, self.tr("months")),
            (86400 * 365 * 100, self.tr("years")),
        )
        for limit, text in bands:
            if seconds < limit:
                return text
        return self.tr("centuries")

    def clear(self) -> None:
        self.show_strength("")
