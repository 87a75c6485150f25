"""Settings a user may change in the vault (the organisation named on statements), and the
vault's own bookkeeping in the same table, which cannot be written that way."""

from __future__ import annotations

import pytest

from testimony_app.vault import Vault, VaultError


def test_organisation_is_kept_across_opening(vault, vault_path, passphrase):
    assert vault.setting("organisation", "none yet") == "none yet"
    vault.set_setting("organisation", "  Field Office North ")
    assert vault.setting("organisation") == "Field Office North"
    vault.close()
    with Vault.open(vault_path, passphrase) as again:
        assert again.setting("organisation") == "Field Office North"
        assert again.verify() == []  # the audit head was re-signed with the change


@pytest.mark.parametrize("key", ["audit_head", "audit_head_sig", "code_prefix", "app"])
def test_bookkeeping_is_not_a_setting(vault, key):
    before = vault.setting(key, "absent")
    with pytest.raises(VaultError, match="not a setting"):
        vault.set_setting(key, "changed")
    assert vault.setting(key, "absent") == before
