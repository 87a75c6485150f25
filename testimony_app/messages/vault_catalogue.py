"""The vault's messages (testimony_app/vault and what the front ends check before it)."""

from __future__ import annotations

from .noop import QT_TRANSLATE_NOOP

VAULT = {
    "vault.wrong_passphrase": QT_TRANSLATE_NOOP(
        "Core", "Wrong passphrase: the vault was not opened and nothing was changed."),
    "vault.not_found": QT_TRANSLATE_NOOP(
        "Core", "No vault at {path}: check the path, or create one with {command}."),
    "vault.exists": QT_TRANSLATE_NOOP(
        "Core", "{path} already exists: a new vault is never written over a file."),
    "vault.record_not_found": QT_TRANSLATE_NOOP("Core", "No record {record} in this vault."),
    "vault.ambiguous_record": QT_TRANSLATE_NOOP(
        "Core", "{name} is ambiguous: it names {count} records (ids {ids}); give the id "
        "instead."),
    "vault.does_not_fit": QT_TRANSLATE_NOOP(
        "Core", "The record does not fit the questionnaire: {problem}."),
    "vault.does_not_fit_more": QT_TRANSLATE_NOOP(
        "Core", "The record does not fit the questionnaire: {problem} (and {more} more)."),
    "vault.amend_reason": QT_TRANSLATE_NOOP(
        "Core", "This record is complete: an amendment needs a reason."),
    "vault.attachment_not_found": QT_TRANSLATE_NOOP(
        "Core", "No attachment {attachment} in this vault."),
    "vault.disk_full": QT_TRANSLATE_NOOP(
        "Core", "The disk is full: nothing was saved; free some space and try again."),
    "vault.record_exists": QT_TRANSLATE_NOOP(
        "Core", "Record {record} already exists: use edit to change it."),
    "vault.resolve_reason": QT_TRANSLATE_NOOP("Core", "Resolving a conflict needs a reason."),
    "vault.revision_ambiguous": QT_TRANSLATE_NOOP(
        "Core", "Revision {revision} is ambiguous: give more characters."),
    "vault.no_such_revision": QT_TRANSLATE_NOOP(
        "Core", "Record {record} has no revision {revision}."),
    "vault.filter_date": QT_TRANSLATE_NOOP(
        "Core", "{what} must be a date like 2017, 2017-03 or 2017-03-17."),
    "vault.filter_status": QT_TRANSLATE_NOOP("Core", "Status must be 'draft' or 'complete'."),
    "vault.filter_range": QT_TRANSLATE_NOOP("Core", "{what} range ends before it starts."),
    "vault.sort": QT_TRANSLATE_NOOP("Core", "Sort by one of: {sorts}."),
    "vault.passphrase_nul": QT_TRANSLATE_NOOP(
        "Core", "A passphrase cannot contain a NUL character."),
    "vault.passphrase_empty": QT_TRANSLATE_NOOP("Core", "The passphrase is empty."),
    "vault.passphrase_weak": QT_TRANSLATE_NOOP("Core", "Passphrase too weak: {problem}"),
    "vault.is_folder": QT_TRANSLATE_NOOP("Core", "{path} is a folder, not a vault file."),
    "vault.unreadable": QT_TRANSLATE_NOOP(
        "Core", "{path} cannot be read (permission denied)."),
    "vault.empty_file": QT_TRANSLATE_NOOP("Core", "{path} is empty: it is not a vault."),
    "vault.plain_sqlite": QT_TRANSLATE_NOOP(
        "Core", "{path} is an unencrypted SQLite database, not a Testimony vault."),
    "vault.not_a_vault": QT_TRANSLATE_NOOP("Core", "{path} is not a Testimony vault."),
    "vault.no_folder": QT_TRANSLATE_NOOP("Core", "The folder {path} does not exist."),
    "vault.unreadable_vault": QT_TRANSLATE_NOOP("Core", "{path} could not be read as a vault."),
    "vault.no_sqlcipher": QT_TRANSLATE_NOOP(
        "Core", "SQLCipher is not available: refusing to open without encryption."),
    "vault.newer_schema": QT_TRANSLATE_NOOP(
        "Core", "This vault was made by a newer Testimony (schema {schema}); update to open it."),
    "vault.other_database": QT_TRANSLATE_NOOP(
        "Core", "{path} is an encrypted database but not a Testimony vault."),
    "vault.file_exists": QT_TRANSLATE_NOOP(
        "Core", "{path} already exists: choose a new file name."),
    "vault.working_copy_damaged": QT_TRANSLATE_NOOP(
        "Core", "The unsaved copy of record {record} is damaged."),
    "vault.code_prefix": QT_TRANSLATE_NOOP(
        "Core", "The code prefix must be 2 to 8 Latin letters or digits (e.g. MOS7), one per "
        "researcher: nothing was created."),
    "vault.locked": QT_TRANSLATE_NOOP("Core", "The vault is locked."),
    "vault.not_a_setting": QT_TRANSLATE_NOOP(
        "Core", "'{key}' is not a setting that can be changed."),
    "vault.not_a_file": QT_TRANSLATE_NOOP("Core", "{path} is not a file."),
    "vault.audit_changed": QT_TRANSLATE_NOOP(
        "Core", "The audit log was changed outside Testimony, so nothing was saved; run "
        "{command} and report it."),
    "vault.busy": QT_TRANSLATE_NOOP(
        "Core", "The vault is busy in another Testimony window or command: nothing was "
        "saved; close the other one and try again."),
    "vault.other_record": QT_TRANSLATE_NOOP(
        "Core", "The file holds another record (its id differs)."),
}

# What `verify` finds: one problem each, said after "Verification found problems".
VERIFY = {
    "verify.encryption": QT_TRANSLATE_NOOP("Core", "Encryption check: {line}."),
    "verify.database": QT_TRANSLATE_NOOP("Core", "Database check: {line}."),
    "verify.audit_missing": QT_TRANSLATE_NOOP("Core", "Audit entry {entry} is missing."),
    "verify.audit_unlinked": QT_TRANSLATE_NOOP(
        "Core", "Audit entry {entry} does not follow the entry before it."),
    "verify.audit_altered": QT_TRANSLATE_NOOP("Core", "Audit entry {entry} was altered."),
    "verify.audit_cut": QT_TRANSLATE_NOOP(
        "Core", "The audit log does not end where it last ended: entries were removed."),
    "verify.audit_head": QT_TRANSLATE_NOOP(
        "Core", "The audit log's signed head does not verify."),
    "verify.revision_hash": QT_TRANSLATE_NOOP(
        "Core", "Revision {revision} does not match its hash."),
    "verify.unknown_author": QT_TRANSLATE_NOOP(
        "Core", "Revision {revision} is signed by an author whose key this vault does not "
        "know ({author})."),
    "verify.bad_signature": QT_TRANSLATE_NOOP(
        "Core", "The signature of revision {revision} does not verify against its author's "
        "key."),
    "verify.missing_head": QT_TRANSLATE_NOOP(
        "Core", "Record {record} points at a missing revision."),
    "verify.attachment": QT_TRANSLATE_NOOP(
        "Core", "Attachment {attachment} does not match its SHA-256."),
    "verify.manifest_unparsable": QT_TRANSLATE_NOOP(
        "Core", "The kept manifest of bundle {bundle} no longer parses."),
    "verify.manifest_signature": QT_TRANSLATE_NOOP(
        "Core", "The sender's signature on the kept manifest of bundle {bundle} no longer "
        "verifies."),
    "verify.manifest_differs": QT_TRANSLATE_NOOP(
        "Core", "What the vault kept of the import of bundle {bundle} differs from its "
        "manifest."),
    "verify.not_in_bundle": QT_TRANSLATE_NOOP(
        "Core", "Revision {revision} is not in the bundle it is said to come from."),
    "verify.altered_after_import": QT_TRANSLATE_NOOP(
        "Core", "Revision {revision} was altered after it was imported."),
}
