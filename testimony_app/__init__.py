"""Testimony: offline, encrypted interview records for human-rights field research.

The packages under this one are Qt-free except ``gui``; see README.md for the layers.
"""

__version__ = "0.1.0"
