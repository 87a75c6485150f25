"""Benchmarks are run by `make bench`, never collected by pytest: they measure, they do not
assert, and the full run takes minutes."""

collect_ignore_glob = ["*.py"]
