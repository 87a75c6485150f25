"""The exchange layer's messages: refused bundles, keys, hand-ins, conflicts, links.

A bundle's refusal is "bundle.refused" around one reason ("bundle.…", a clause starting in
lower case); "part.…" codes are phrases that only ever sit inside another message.
"""

from __future__ import annotations

from .noop import QT_TRANSLATE_NOOP

EXCHANGE = {
    "bundle.refused": QT_TRANSLATE_NOOP("Core", "Bundle refused: {reason}"),
    "bundle.forged": QT_TRANSLATE_NOOP(
        "Core", "ALARM: a different bundle with this bundle's id was imported before; this "
        "file may be forged or altered. Nothing was changed."),
    "bundle.not_a_file": QT_TRANSLATE_NOOP("Core", "{path} is not a file."),
    "bundle.some_refused": QT_TRANSLATE_NOOP(
        "Core", "{refused} of {count} bundles were refused (see above); nothing of those was "
        "imported."),
    # the file and its encryption
    "bundle.too_short": QT_TRANSLATE_NOOP(
        "Core", "the file is too short to be a Testimony bundle."),
    "bundle.not_a_bundle": QT_TRANSLATE_NOOP("Core", "this file is not a Testimony bundle."),
    "bundle.unsupported": QT_TRANSLATE_NOOP(
        "Core", "bundle format {version} suite {suite} is not supported by this version of "
        "Testimony."),
    "bundle.header_length": QT_TRANSLATE_NOOP(
        "Core", "the bundle header length is out of range."),
    "bundle.header_cut": QT_TRANSLATE_NOOP(
        "Core", "the bundle is cut short (inside its header)."),
    "bundle.recipient_count": QT_TRANSLATE_NOOP(
        "Core", "the bundle header's recipient count is out of range."),
    "bundle.no_recipient_key": QT_TRANSLATE_NOOP(
        "Core", "this vault has no recipient key, so no bundle is addressed to it."),
    "bundle.header_altered": QT_TRANSLATE_NOOP("Core", "the bundle header was altered."),
    "bundle.not_addressed": QT_TRANSLATE_NOOP(
        "Core", "this bundle is not addressed to this vault."),
    "bundle.cut_short": QT_TRANSLATE_NOOP("Core", "the bundle is cut short."),
    "bundle.damaged": QT_TRANSLATE_NOOP(
        "Core", "the bundle is damaged or was altered (at part {part})."),
    "bundle.ends_early": QT_TRANSLATE_NOOP("Core", "the bundle's contents end too early."),
    "bundle.holds_more": QT_TRANSLATE_NOOP(
        "Core", "the bundle holds more than its manifest lists."),
    # the signed manifest
    "bundle.manifest_large": QT_TRANSLATE_NOOP("Core", "the bundle's manifest is too large."),
    "bundle.manifest_invalid": QT_TRANSLATE_NOOP(
        "Core", "the bundle's manifest is invalid ({what})."),
    "bundle.bad_signature": QT_TRANSLATE_NOOP(
        "Core", "the sender's signature does not verify."),
    "bundle.foreign_header": QT_TRANSLATE_NOOP(
        "Core", "the bundle's header does not belong to its signed manifest."),
    "bundle.sender_key_mismatch": QT_TRANSLATE_NOOP(
        "Core", "the sender's key does not match the sender named in the bundle."),
    "bundle.author_key_mismatch": QT_TRANSLATE_NOOP(
        "Core", "an author's key in the bundle does not match the author it is listed for."),
    "bundle.attachment_name": QT_TRANSLATE_NOOP(
        "Core", "an attachment name in the bundle is a path or holds control characters."),
    "bundle.not_for_this_vault": QT_TRANSLATE_NOOP(
        "Core", "this bundle's signed recipients do not include this vault."),
    "bundle.own_bundle": QT_TRANSLATE_NOOP("Core", "this bundle was made by this vault."),
    "bundle.changed_since_preview": QT_TRANSLATE_NOOP(
        "Core", "the file changed between the preview and the import."),
    "bundle.padding_not_zero": QT_TRANSLATE_NOOP(
        "Core", "the bundle's padding is not all zero bytes."),
    # entries
    "bundle.entry_hash": QT_TRANSLATE_NOOP(
        "Core", "an entry's hash does not match ({kind} of record {record})."),
    "bundle.revision_not_json": QT_TRANSLATE_NOOP(
        "Core", "a revision of record {record} is not valid JSON."),
    "bundle.revision_not_canonical": QT_TRANSLATE_NOOP(
        "Core", "a revision of record {record} is not in canonical form."),
    "bundle.revision_other_record": QT_TRANSLATE_NOOP(
        "Core", "a revision of record {record} names another record."),
    "bundle.history_broken": QT_TRANSLATE_NOOP(
        "Core", "the history of record {record} is not one unbroken chain."),
    "bundle.revision_no_form": QT_TRANSLATE_NOOP(
        "Core", "a revision of record {record} names no valid form."),
    "bundle.revision_invalid_field": QT_TRANSLATE_NOOP(
        "Core", "a revision of record {record} has an invalid {key}."),
    "bundle.revision_invalid_reason": QT_TRANSLATE_NOOP(
        "Core", "a revision of record {record} has an invalid reason."),
    "bundle.unknown_form": QT_TRANSLATE_NOOP(
        "Core", "record {record} uses a form this Testimony does not have ({form} version "
        "{version})."),
    "bundle.does_not_fit": QT_TRANSLATE_NOOP(
        "Core", "record {record} does not fit the questionnaire: {problem}."),
    "bundle.attachment_id_taken": QT_TRANSLATE_NOOP(
        "Core", "an attachment in the bundle has the id of a different one in this vault."),
    "bundle.attachment_hash": QT_TRANSLATE_NOOP(
        "Core", "an attachment's hash does not match (record {record})."),
    "bundle.audit_not_json": QT_TRANSLATE_NOOP(
        "Core", "an audit entry in the bundle is not valid JSON."),
    "bundle.audit_not_list": QT_TRANSLATE_NOOP(
        "Core", "an audit entry in the bundle is not a list of events."),
    "bundle.audit_malformed": QT_TRANSLATE_NOOP(
        "Core", "an audit event in the bundle is malformed."),
    "bundle.audit_hash": QT_TRANSLATE_NOOP("Core", "an audit event's hash does not match."),
    # the sender and the authors of revisions
    "bundle.sender_revoked": QT_TRANSLATE_NOOP(
        "Core", "the sender's key ({sender}) was revoked."),
    "bundle.sender_unknown": QT_TRANSLATE_NOOP(
        "Core", "the sender ({sender}) is not enrolled: compare this fingerprint with them and "
        "enrol them first (in the import window, or with import --enrol-sender FINGERPRINT)."),
    "part.revision_of_record": QT_TRANSLATE_NOOP(
        "Core", "revision {number} ({revision}) of record {record}"),
    "bundle.invalid_time": QT_TRANSLATE_NOOP("Core", "{where} has an invalid time."),
    "bundle.dated_before_parent": QT_TRANSLATE_NOOP(
        "Core", "{where} is dated before the revision it amends."),
    "bundle.author_invalid": QT_TRANSLATE_NOOP(
        "Core", "{where} names no valid author (not a key fingerprint)."),
    "bundle.author_revoked": QT_TRANSLATE_NOOP(
        "Core", "{where} names an author whose key this vault revoked ({author})."),
    "bundle.author_unsigned": QT_TRANSLATE_NOOP(
        "Core", "{where} names {author} as its author but carries no signature of theirs, and "
        "they did not send this bundle."),
    "bundle.author_key_missing": QT_TRANSLATE_NOOP(
        "Core", "{where} is signed, but the bundle lacks the key of its author ({author})."),
    "bundle.author_signature": QT_TRANSLATE_NOOP(
        "Core", "{where}: its signature does not verify against the author it names "
        "({author})."),
    "bundle.author_unknown_revoked_sender": QT_TRANSLATE_NOOP(
        "Core", "{where} names an author this vault does not know ({author}), and the sender's "
        "key was revoked here."),
    "bundle.author_unknown_no_relay": QT_TRANSLATE_NOOP(
        "Core", "{where} names an author this vault does not know ({author}), and the sender "
        "is not a supervisor or headquarters enrolled here to pass on others' work."),
    # key files and enrolled keys
    "key.recipient_unsigned": QT_TRANSLATE_NOOP(
        "Core", "A recipient key is written only with its signature."),
    "key.label_long": QT_TRANSLATE_NOOP("Core", "A key label is at most {limit} characters."),
    "key.too_large": QT_TRANSLATE_NOOP(
        "Core", "This file is too large to be a Testimony public key."),
    "key.not_utf8": QT_TRANSLATE_NOOP(
        "Core", "This file is not a Testimony public key (not UTF-8 text)."),
    "key.not_a_key": QT_TRANSLATE_NOOP("Core", "This file is not a Testimony public key."),
    "key.unexpected_line": QT_TRANSLATE_NOOP(
        "Core", "This public key file has an unexpected line."),
    "key.incomplete": QT_TRANSLATE_NOOP(
        "Core", "This public key file lacks its signing key or fingerprint."),
    "key.first_format": QT_TRANSLATE_NOOP(
        "Core", "This key file was made by an earlier Testimony and cannot be used to send "
        "bundles: ask its owner for a new one (Keys, Save my public key)."),
    "key.fingerprint_mismatch": QT_TRANSLATE_NOOP(
        "Core", "This public key file is damaged: its fingerprint does not match."),
    "key.recipient_not_signed": QT_TRANSLATE_NOOP(
        "Core", "This public key file is damaged or altered: its recipient key is not signed "
        "by its owner."),
    "key.bad_base64": QT_TRANSLATE_NOOP("Core", "This public key file is damaged (bad base64)."),
    "key.wrong_length": QT_TRANSLATE_NOOP(
        "Core", "This public key file is damaged (a key has the wrong length)."),
    "key.invalid_recipient": QT_TRANSLATE_NOOP(
        "Core", "This public key file holds an invalid recipient key."),
    "key.role": QT_TRANSLATE_NOOP("Core", "The role must be one of {roles}."),
    "key.cannot_receive_role": QT_TRANSLATE_NOOP(
        "Core", "This key cannot receive bundles (it has no recipient key), so it cannot be "
        "enrolled as {role}."),
    "key.own_key": QT_TRANSLATE_NOOP(
        "Core", "This is this vault's own key: enrol the other person's key."),
    "key.already_enrolled": QT_TRANSLATE_NOOP(
        "Core", "This key is already enrolled ({fingerprint})."),
    "key.already_revoked_key": QT_TRANSLATE_NOOP(
        "Core", "This key is already revoked ({fingerprint})."),
    "key.short_prefix": QT_TRANSLATE_NOOP(
        "Core", "Give at least 8 hex digits of the key's fingerprint."),
    "key.no_single_key": QT_TRANSLATE_NOOP(
        "Core", "No single enrolled key has the fingerprint {fingerprint}."),
    "key.already_revoked": QT_TRANSLATE_NOOP(
        "Core", "The key {fingerprint} is already revoked."),
    "key.sender_enrolled": QT_TRANSLATE_NOOP(
        "Core", "The sender ({sender}) is already enrolled."),
    "key.sender_revoked": QT_TRANSLATE_NOOP("Core", "The sender ({sender}) is already revoked."),
    "key.compared_mismatch": QT_TRANSLATE_NOOP(
        "Core", "The fingerprint compared ({compared}) is not this bundle's sender's "
        "({sender}), or is shorter than 16 digits: nobody was enrolled."),
    "key.not_enrolled": QT_TRANSLATE_NOOP(
        "Core", "{target} is not enrolled: run {command} first, after comparing "
        "its fingerprint."),
    # handing in
    "seal.recipient_count": QT_TRANSLATE_NOOP(
        "Core", "A bundle is sealed to 1 to 16 recipients."),
    "seal.recipient_revoked": QT_TRANSLATE_NOOP(
        "Core", "The key {fingerprint} ({label}) is revoked: bundles are not sealed to it."),
    "seal.cannot_receive": QT_TRANSLATE_NOOP(
        "Core", "The key {fingerprint} cannot receive bundles."),
    "seal.file_exists": QT_TRANSLATE_NOOP(
        "Core", "{path} already exists: choose a new file name."),
    "seal.no_folder": QT_TRANSLATE_NOOP("Core", "The folder {path} does not exist."),
    "seal.nothing_new": QT_TRANSLATE_NOOP(
        "Core", "Nothing to hand in: every record was already handed in to these recipients."),
    "seal.diverged": QT_TRANSLATE_NOOP(
        "Core", "Record {record} has two diverged histories; resolve the conflict before "
        "handing it in."),
    "seal.attachment_damaged": QT_TRANSLATE_NOOP(
        "Core", "Attachment {attachment} is damaged in this vault: run {command}; no "
        "bundle was written."),
    "seal.author_key_missing": QT_TRANSLATE_NOOP(
        "Core", "Revision {revision} is signed by an author whose key this vault does not "
        "hold: run {command}; no bundle was written."),
    "seal.padding_unknown": QT_TRANSLATE_NOOP(
        "Core", "Padding {padding} is not understood: give none, pow2 or a bucket size such "
        "as 512K, 16M or 1G."),
    "seal.padding_large": QT_TRANSLATE_NOOP("Core", "The padding asked for is too large."),
    "seal.padding_none_fits": QT_TRANSLATE_NOOP(
        "Core", "No padding fits this bundle; choose another padding."),
    # what a bundle's preview warns of (exchange/preview.py)
    "preview.repeated_sequence": QT_TRANSLATE_NOOP(
        "Core", "Another bundle from this sender already had sequence number {sequence}."),
    "preview.missing_sequence": QT_TRANSLATE_NOOP(
        "Core", "A bundle from this researcher is missing (sequence {sequences})."),
    "preview.sender_unknown": QT_TRANSLATE_NOOP(
        "Core", "The sender is not enrolled: compare the fingerprint {fingerprint} with the "
        "researcher before importing."),
    "preview.code_clash": QT_TRANSLATE_NOOP(
        "Core", "The code {code} is already used by another record ({ids}): after the import "
        "give the id instead of the code, and give each researcher a prefix of their own."),
    # conflicts and links
    "conflict.none": QT_TRANSLATE_NOOP("Core", "Record {record} has no open conflict."),
    "conflict.none_with": QT_TRANSLATE_NOOP(
        "Core", "Record {record} has no open conflict with that revision."),
    "conflict.several": QT_TRANSLATE_NOOP(
        "Core", "Record {record} has {count} open conflicts: name the other revision "
        "({revisions})."),
    "conflict.revision_missing": QT_TRANSLATE_NOOP(
        "Core", "Revision {revision} is missing from this vault: run {command}."),
    "conflict.say_which": QT_TRANSLATE_NOOP(
        "Core", "Say which content to keep: the local head, the imported head, or an edited "
        "document."),
    "conflict.keep": QT_TRANSLATE_NOOP("Core", "Keep 'local' or 'imported', not {keep}."),
    "conflict.reason": QT_TRANSLATE_NOOP("Core", "Resolving a conflict needs a reason."),
    "conflict.not_an_object": QT_TRANSLATE_NOOP(
        "Core", "The resolved record must be a JSON object."),
    "conflict.field_same": QT_TRANSLATE_NOOP(
        "Core", "{field} does not differ between the two versions: take only fields that do "
        "(see {command})."),
    "conflict.side": QT_TRANSLATE_NOOP(
        "Core", "Take {field} from 'local' or 'imported', not {side}."),
    "conflict.undecided": QT_TRANSLATE_NOOP(
        "Core", "Both sides changed {fields} since their common revision: choose a side for "
        "each."),
    "conflict.undecided_take": QT_TRANSLATE_NOOP(
        "Core", "Both sides changed {fields} since their common revision: choose each with "
        "--take FIELD=local or --take FIELD=imported."),
    "conflict.take_pair": QT_TRANSLATE_NOOP(
        "Core", "--take {pair}: write FIELD=local or FIELD=imported."),
    "conflict.take_needs_merge": QT_TRANSLATE_NOOP(
        "Core", "--take chooses fields of a merge: use it with --merge."),
    "key.enrol_usage": QT_TRANSLATE_NOOP("Core", "keys enrol needs a .tpub file and --role."),
    "key.revoke_usage": QT_TRANSLATE_NOOP("Core", "keys revoke needs a fingerprint."),
    "conflict.other_forms": QT_TRANSLATE_NOOP(
        "Core", "The two versions use different questionnaires: keep one of them whole."),
    "conflict.changed": QT_TRANSLATE_NOOP(
        "Core", "The record changed since the merge was shown: look at it again."),
    "link.kind": QT_TRANSLATE_NOOP("Core", "A link is 'same' or 'distinct'."),
    "link.itself": QT_TRANSLATE_NOOP("Core", "A record cannot be linked to itself."),
}

# Why two witnesses may be one person (exchange/duplicates.py): phrases listed after a score.
DUPLICATE_REASONS = {
    "duplicate.given": QT_TRANSLATE_NOOP("Core", "given name"),
    "duplicate.father": QT_TRANSLATE_NOOP("Core", "father name"),
    "duplicate.grandfather": QT_TRANSLATE_NOOP("Core", "grandfather name"),
    "duplicate.family": QT_TRANSLATE_NOOP("Core", "family name"),
    "duplicate.kunya": QT_TRANSLATE_NOOP("Core", "kunya"),
    "duplicate.phone": QT_TRANSLATE_NOOP("Core", "phone"),
    "duplicate.incident_date": QT_TRANSLATE_NOOP("Core", "incident date"),
    "duplicate.incident_place": QT_TRANSLATE_NOOP("Core", "incident date and place"),
    "duplicate.household": QT_TRANSLATE_NOOP("Core", "{count} household member(s)"),
}
