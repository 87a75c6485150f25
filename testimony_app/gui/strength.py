"""The live passphrase strength meter of the create-vault and change-passphrase screens.

Driven by the core's `estimate()` (zxcvbn), shown as a bar, a verdict and a translated
guessing time at the core's assumed GPU guess rate. It only displays: the decision to
refuse a passphrase is the core's, and it must never keep the passphrase it is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ..vault import Strength, estimate
from ..vault.passphrase import MIN_GUESSES_LOG10, MIN_LENGTH, guess_band

_RED, _AMBER, _GREEN = "#b3261e", "#c77700", "#2e7d32"


def bar_value(strength: Strength, passphrase: str) -> int:
    """0..100: how far the estimate goes towards the bar a passphrase must clear."""
    if not passphrase:
        return 0
    return max(1, min(100, round(100 * strength.guesses_log10 / MIN_GUESSES_LOG10)))


class StrengthMeter(QWidget):
    def __init__(self, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
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
        value = bar_value(strength, passphrase)
        self.bar.setValue(value)
        colour = _GREEN if strength.acceptable else _AMBER if value >= 60 else _RED
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
        return self.tr("Too easy to guess: a rack of graphics cards could find it in "
                       "{time}. Add more unrelated words.").format(
                           time=self.guess_time(strength.guesses_log10))

    def guess_time(self, guesses_log10: float) -> str:
        bands = (self.tr("under a minute"), self.tr("minutes"), self.tr("hours"),
                 self.tr("days"), self.tr("months"), self.tr("years"), self.tr("centuries"))
        return bands[guess_band(guesses_log10)]

    def clear(self) -> None:
        self.show_strength("")
