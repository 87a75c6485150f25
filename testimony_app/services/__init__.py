"""Services: each workflow of the app written once, step by step, for both front ends.

The command line (cli/) and the desktop app (gui/) only gather inputs (paths,
passphrases, choices, a progress callback, a cancel check through it) and present what a
service returns or raises. One module per workflow:

- `vaults`: where the vault is, creating, opening, changing the passphrase, verifying
- `records`: adding, saving, deleting records; their history and what changed
- `editing`: one record being edited (its working copy, its revisions, resuming it)
- `attachments`: storing a file with a record, writing one out, reading one for preview
- `statements`: consent, pseudonym, redaction, layout, writing and the audit entry
- `keys`: this vault's public key, and enrolling, listing and revoking others'
- `handin`: sealing a bundle, previewing bundles, importing one, past imports
- `conflicts`: diverged histories after an import, and settling them
- `duplicates`: possible duplicate witnesses, and the decisions on them

Services may use exchange/, reports/, vault/ and form/; never Qt, argparse or printing.
Progress is reported as `progress(done, total)`; a front end stops a long workflow by
raising from that callback (the work is one transaction, rolled back).
"""
