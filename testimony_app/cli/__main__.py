"""`python -m testimony_app.cli`: the same as the `testimony` command."""

from . import run

run()
