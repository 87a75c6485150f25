"""The desktop shell (PySide6): windows, dialogs and Qt models around the Qt-free core.

The only package that imports Qt. It adds windows, not rules: every check lives in the
core. It never writes testimony outside the vault (no caches, no temp files, no settings
holding content) and clears every widget holding testimony when the vault locks.
"""
