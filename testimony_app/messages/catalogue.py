"""Every code the core may say, with its English template: one dict, gathered from one
module per layer. Templates use named placeholders ({path}, {count}); a test checks that
every code is used somewhere and every code used is here."""

from __future__ import annotations

from .exchange_catalogue import DUPLICATE_REASONS, EXCHANGE
from .form_catalogue import FORM, RECORD
from .report_catalogue import REPORT
from .vault_catalogue import VAULT, VERIFY

CONTEXT = "Core"  # the translation files' context of every template

CATALOGUE: dict[str, str] = {**VAULT, **VERIFY, **EXCHANGE, **DUPLICATE_REASONS, **FORM,
                             **RECORD, **REPORT}
