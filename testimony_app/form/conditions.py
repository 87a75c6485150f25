"""The tiny condition language of `required` and `relevant`.

Grammar (parsed here, never evaluated as Python)::

    expr    := and_expr ("or" and_expr)*
    and_expr:= cmp ("and" cmp)*
    cmp     := atom (("==" | "!=" | "<" | ">" | "in") atom)? | "(" expr ")"
    atom    := NAME | NAME "." NAME | 'string' | number | true | false | "[" atoms "]"

A name is looked up by the caller's resolver (row, then section, then `section.field`).
Unanswered values compare equal to '' and make `<` / `>` false.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .normalise import normalise_digits

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<str>'(?:[^'\\]|\\.)*')
      | (?P<num>-?\d+(?:\.\d+)?)
      | (?P<op>==|!=|<|>|\(|\)|\[|\]|,)
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)
    )""",
    re.VERBOSE,
)

Resolver = Callable[[str], Any]


class ConditionError(ValueError):
    """A condition string that does not parse."""


@dataclass(frozen=True)
class Ref:
    name: str


@dataclass(frozen=True)
class Cmp:
    op: str
    left: Any
    right: Any


@dataclass(frozen=True)
class BoolOp:
    op: str  # "and" | "or"
    parts: tuple


@dataclass(frozen=True)
class Condition:
    """A parsed condition; call `holds(resolve)` to evaluate it against answers."""

    source: str
    tree: Any

    def names(self) -> set[str]:
        found: set[str] = set()
        _collect(self.tree, found)
        return found

    def holds(self, resolve: Resolver) -> bool:
        return bool(_eval(self.tree, resolve))


def _collect(node: Any, found: set[str]) -> None:
    if isinstance(node, Ref):
        found.add(node.name)
    elif isinstance(node, Cmp):
        _collect(node.left, found)
        _collect(node.right, found)
    elif isinstance(node, BoolOp):
        for part in node.parts:
            _collect(part, found)
    elif isinstance(node, list):
        for part in node:
            _collect(part, found)


def _tokenise(source: str) -> list[tuple[str, str]]:
    tokens, pos = [], 0
    source = source.rstrip()
    while pos < len(source):
        m = _TOKEN.match(source, pos)
        if not m or m.end() == pos:
            raise ConditionError(f"unexpected text at position {pos}: {source[pos:pos + 12]!r}")
        kind = m.lastgroup
        tokens.append((kind, m.group(kind)))
        pos = m.end()
    return tokens


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.tokens = _tokenise(source)
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise ConditionError("condition ends too early")
        if value is not None and tok[1] != value:
            raise ConditionError(f"expected {value!r}, found {tok[1]!r}")
        self.i += 1
        return tok

    def parse(self) -> Any:
        tree = self.expr()
        if self.peek() is not None:
            raise ConditionError(f"unexpected {self.peek()[1]!r}")
        return tree

    def expr(self) -> Any:
        parts = [self.and_expr()]
        while self.peek() == ("name", "or"):
            self.take()
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else BoolOp("or", tuple(parts))

    def and_expr(self) -> Any:
        parts = [self.cmp()]
        while self.peek() == ("name", "and"):
            self.take()
            parts.append(self.cmp())
        return parts[0] if len(parts) == 1 else BoolOp("and", tuple(parts))

    def cmp(self) -> Any:
        if self.peek() == ("op", "("):
            self.take()
            inner = self.expr()
            self.take(")")
            return inner
        left = self.atom()
        tok = self.peek()
        if tok and tok[1] in ("==", "!=", "<", ">", "in"):
            self.take()
            return Cmp(tok[1], left, self.atom())
        if isinstance(left, Ref):  # a bare name is "answered and truthy"
            return Cmp("truthy", left, None)
        raise ConditionError("a comparison needs an operator")

    def atom(self) -> Any:
        kind, value = self.take()
        if kind == "str":
            return value[1:-1].replace("\\'", "'")
        if kind == "num":
            return float(value) if "." in value else int(value)
        if kind == "name":
            if value in ("true", "false"):
                return value == "true"
            if value in ("and", "or", "in"):
                raise ConditionError(f"unexpected {value!r}")
            return Ref(value)
        if value == "[":
            items = []
            while self.peek() != ("op", "]"):
                items.append(self.atom())
                if self.peek() != ("op", "]"):
                    self.take(",")  # "[1 2]" is a typo, not a two-item list
            self.take("]")
            return items
        raise ConditionError(f"unexpected {value!r}")


def parse_condition(source: str) -> Condition:
    if not isinstance(source, str) or not source.strip():
        raise ConditionError("empty condition")
    return Condition(source, _Parser(source).parse())


def _value(node: Any, resolve: Resolver) -> Any:
    if isinstance(node, Ref):
        value = resolve(node.name)
        return "" if value is None else value
    if isinstance(node, list):
        return [_value(n, resolve) for n in node]
    return node


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):  # an answer typed with Eastern Arabic or Persian digits
        try:
            return float(normalise_digits(value).strip())
        except ValueError:
            return None
    return None


def _equal(left: Any, right: Any) -> bool:
    # Yes/no answers are not numbers: true == 1 is false (Python would say true).
    if isinstance(left, bool) != isinstance(right, bool):
        return False
    # A number compared with a numeric string ('١٧' == 17) compares as numbers, as < and > do.
    if isinstance(left, str) != isinstance(right, str):
        a, b = _number(left), _number(right)
        if a is not None and b is not None:
            return a == b
    return left == right


def _eval(node: Any, resolve: Resolver) -> bool:
    if isinstance(node, BoolOp):
        results = (_eval(p, resolve) for p in node.parts)
        return all(results) if node.op == "and" else any(results)
    left, right = _value(node.left, resolve), _value(node.right, resolve)
    op = node.op
    if op == "truthy":
        return left not in ("", False, [], {})
    if op in ("==", "!="):
        return _equal(left, right) == (op == "==")
    if op in ("<", ">"):
        a, b = _number(left), _number(right)
        if a is None or b is None:
            return False
        return a < b if op == "<" else a > b
    if op == "in":
        if isinstance(right, list):
            return left in right
        return False
    raise ConditionError(f"unknown operator {op!r}")
