"""Every option of the `testimony` command that takes several values also takes them
repeated: argparse's default for `--opt a --opt b` keeps only b, silently (a bundle was once
sealed to the last --to alone)."""

from __future__ import annotations

import argparse

from testimony_app.cli import _parser


def _every_parser(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _every_parser(sub)


def test_options_with_several_values_accumulate_when_repeated():
    checked, loose = 0, []
    for parser in _every_parser(_parser()):
        for action in parser._actions:
            if action.option_strings and action.nargs in ("+", "*"):
                checked += 1
                if not isinstance(action, argparse._ExtendAction):
                    loose.append(f"{parser.prog} {action.option_strings[0]}")
    assert checked >= 2 and loose == []


def test_repeated_and_listed_recipients_mean_the_same():
    parser = _parser()
    repeated = parser.parse_args(["export", "--to", "a", "--to", "b", "--out", "x"])
    listed = parser.parse_args(["export", "--to", "a", "b", "--out", "x"])
    assert repeated.to == listed.to == ["a", "b"]
