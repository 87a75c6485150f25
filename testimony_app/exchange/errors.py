"""The exchange layer's exceptions. Each carries a `message` (a code of
testimony_app.messages); str() is its English sentence, one a user can act on, never
holding testimony, a key or a passphrase."""

from __future__ import annotations

from typing import Any

from ..messages import CodedError, Message


class ExchangeError(CodedError):
    """Base of every error the exchange layer raises on purpose."""


class KeyFileInvalid(ExchangeError):
    """A public key file (.tpub) that cannot be read as one."""


class KeyNotUsable(ExchangeError):
    """A key that exists but may not be used for this (revoked, wrong role, unknown)."""


class BundleRejected(ExchangeError):
    """A bundle refused before anything was written. `why` is the reason's code (a
    "bundle.…" clause); `reason` its English, as the refusal says it."""

    def __init__(self, code: str | Message, /, **params: Any):
        self.why = code if isinstance(code, Message) else Message(code, **params)
        self.reason = str(self.why)
        super().__init__("bundle.refused", reason=self.why)


class BundleAlarm(BundleRejected):
    """A refusal that suggests tampering or forgery (same bundle id with other bytes)."""
