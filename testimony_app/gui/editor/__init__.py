"""The interview editor: the questionnaire as a desktop form, built from the form definition.

Holds testimony in widgets only while the vault is open; never writes it outside the vault.
"""
