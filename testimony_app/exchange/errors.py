"""The exchange layer's exceptions. Each message is one sentence a user can act on; none
ever holds testimony, a key or a passphrase."""

from __future__ import annotations


class ExchangeError(Exception):
    """Base of every error the exchange layer raises on purpose."""


class KeyFileInvalid(ExchangeError):
    """A public key file (.tpub) that cannot be read as one."""


class KeyNotUsable(ExchangeError):
    """A key that exists but may not be used for this (revoked, wrong role, unknown)."""


class BundleRejected(ExchangeError):
    """A bundle refused before anything was written; `reason` says why in one sentence."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(f"Bundle refused: {reason}")


class BundleAlarm(BundleRejected):
    """A refusal that suggests tampering or forgery (same bundle id with other bytes)."""
