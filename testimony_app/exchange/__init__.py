"""Hand-in bundles between vaults: keys, sealing, opening, merging, duplicate witnesses.

Imports the vault and form layers only, never the GUI. Never writes plaintext outside the
vault: bundles are encrypted as they are written, and opened bundles go straight into
one vault transaction after every check.
"""

from .errors import BundleAlarm, BundleRejected, ExchangeError, KeyFileInvalid, KeyNotUsable

__all__ = ["BundleAlarm", "BundleRejected", "ExchangeError", "KeyFileInvalid",
           "KeyNotUsable"]
