"""The tiny condition language of `required`, `relevant` and `constraint`.

Grammar (parsed here, never evaluated as Python)::

    expr    := and_expr ("or" and_expr)*
    and_expr:= cmp ("and" cmp)*
    cmp     := sum (("==" | "!=" | "<" | ">" | "<=" | ">=" | "in") sum)? | "(" expr ")"
    sum     := term (("+" | "-") term)*
    term    := atom | "-" number | FUNC "(" args ")"
    atom    := NAME | NAME "." NAME | "${" NAME "}" | "." | 'string' | number | true | false
             | "[" atoms "]"
    FUNC    := count(repeat) | year(date field) | today()

A name is looked up by the caller's resolver (row, then section, then `section.field`);
`.` is the field a constraint belongs to. Unanswered values compare equal to '' and make
the ordering comparisons false; arithmetic with an unanswered value is unanswered.
Dates (values the resolver gives as `Span`, and `today()`) compare by the days they may
mean, so a partial date ("2017-03") fails a comparison only when every day of it would.
Nesting is bounded: a hostile file gets a ConditionError, never a RecursionError.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .normalise import normalise_digits

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<str>'(?:[^'\\]|\\.)*')
      | (?P<num>\d+(?:\.\d+)?)
      | (?P<ref>\$\{[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?\})
      | (?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,|\+|-)
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)
      | (?P<this>\.)
    )""",
    re.VERBOSE,
)
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_MAX_LENGTH = 2_000
_MAX_DEPTH = 24
_FUNCTIONS = {"count": 1, "year": 1, "today": 0}
_ORDER = ("<", ">", "<=", ">=")
THIS = "."  # the name of the field a constraint belongs to

Resolver = Callable[[str], Any]


class ConditionError(ValueError):
    """A condition string that does not parse."""


@dataclass(frozen=True)
class Ref:
    name: str


@dataclass(frozen=True)
class Call:
    func: str  # "count" | "year" | "today"
    arg: Ref | None


@dataclass(frozen=True)
class Arith:
    op: str  # "+" | "-"
    left: Any
    right: Any


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
class Span:
    """A date answer as the days it may mean: "2017-03" is 1 to 31 March 2017."""

    text: str
    first: dt.date
    last: dt.date


def date_span(value: Any) -> Span | None:
    """`value` ("YYYY", "YYYY-MM", "YYYY-MM-DD", or a datetime's date) as a Span, or None."""
    if isinstance(value, Span):
        return value
    if isinstance(value, dt.date):
        return Span(value.isoformat(), value, value)
    if not isinstance(value, str):
        return None
    text = normalise_digits(value).strip()
    m = _DATE.fullmatch(text[:10] if text[10:11] == "T" else text)
    if not m:
        return None
    year = int(m.group(1))
    month, day = (int(g) if g else None for g in m.groups()[1:])
    try:
        if month is not None and day is not None:  # a day comes only with its month
            first = last = dt.date(year, month, day)
        elif month is not None:
            first = dt.date(year, month, 1)
            last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        else:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
    return Span(text, first, last)


@dataclass(frozen=True)
class Condition:
    """A parsed condition; call `holds(resolve)` to evaluate it against answers."""

    source: str
    tree: Any

    def names(self) -> set[str]:
        """Every field name the condition reads (`count` arguments included)."""
        found: set[str] = set()
        _collect(self.tree, found, Ref)
        return found

    def counted(self) -> set[str]:
        """The names given to `count(...)`: each must be a repeat."""
        found: set[str] = set()
        _collect(self.tree, found, Call, "count")
        return found

    def dated(self) -> set[str]:
        """The names given to `year(...)`: each must be a date or date-and-time."""
        found: set[str] = set()
        _collect(self.tree, found, Call, "year")
        return found

    def holds(self, resolve: Resolver, today: dt.date | None = None) -> bool:
        return bool(_eval(self.tree, resolve, today or dt.date.today()))


def _collect(node: Any, found: set[str], kind: type, func: str = "") -> None:
    if isinstance(node, Ref) and kind is Ref:
        found.add(node.name)
    elif isinstance(node, Call):
        if kind is Call and node.func == func and node.arg is not None:
            found.add(node.arg.name)
        elif kind is Ref and node.arg is not None:
            found.add(node.arg.name)
    elif isinstance(node, Cmp | Arith):
        _collect(node.left, found, kind, func)
        _collect(node.right, found, kind, func)
    elif isinstance(node, BoolOp):
        for part in node.parts:
            _collect(part, found, kind, func)
    elif isinstance(node, list):
        for part in node:
            _collect(part, found, kind, func)


def _tokenise(source: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    pos = 0
    source = source.rstrip()
    while pos < len(source):
        m = _TOKEN.match(source, pos)
        if not m or m.end() == pos:
            raise ConditionError(f"unexpected text at position {pos}: {source[pos:pos + 12]!r}")
        kind = m.lastgroup
        assert kind is not None  # every alternative of _TOKEN is a named group
        value = m.group(kind)
        if kind == "ref":  # ${name}, as XLSForm writes it, is the plain name
            kind, value = "name", value[2:-1]
        tokens.append((kind, value))
        pos = m.end()
    return tokens


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.tokens = _tokenise(source)
        self.i = 0
        self.depth = 0

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
        if (tok := self.peek()) is not None:
            raise ConditionError(f"unexpected {tok[1]!r}")
        return tree

    def expr(self) -> Any:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ConditionError(f"nested more than {_MAX_DEPTH} deep")
        parts = [self.and_expr()]
        while self.peek() == ("name", "or"):
            self.take()
            parts.append(self.and_expr())
        self.depth -= 1
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
        left = self.sum()
        tok = self.peek()
        if tok and tok[1] in ("==", "!=", "in", *_ORDER) and tok[0] in ("op", "name"):
            self.take()
            return Cmp(tok[1], left, self.sum())
        if isinstance(left, Ref):  # a bare name is "answered and truthy"
            return Cmp("truthy", left, None)
        raise ConditionError("a comparison needs an operator")

    def sum(self) -> Any:
        left = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            left = Arith(op, left, self.term())
        return left

    def term(self) -> Any:
        tok = self.peek()
        if tok == ("op", "-"):  # a negative number, never "minus a field"
            self.take()
            kind, value = self.take()
            if kind != "num":
                raise ConditionError(f"expected a number after '-', found {value!r}")
            return -(float(value) if "." in value else int(value))
        if tok and tok[0] == "name" and self.i + 1 < len(self.tokens) \
                and self.tokens[self.i + 1] == ("op", "("):
            return self.call()
        return self.atom()

    def call(self) -> Call:
        name = self.take()[1]
        if name not in _FUNCTIONS:
            raise ConditionError(f"unknown function {name!r} (known: count, year, today)")
        self.take("(")
        arg = None
        if _FUNCTIONS[name]:
            kind, value = self.take()
            if kind == "this":
                arg = Ref(THIS)
            elif kind == "name" and value not in ("and", "or", "in", "true", "false"):
                arg = Ref(value)
            else:
                raise ConditionError(f"{name}() takes a field name, not {value!r}")
        self.take(")")
        return Call(name, arg)

    def atom(self) -> Any:
        kind, value = self.take()
        if kind == "str":
            return value[1:-1].replace("\\'", "'")
        if kind == "num":
            return float(value) if "." in value else int(value)
        if kind == "this":
            return Ref(THIS)
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
    if len(source) > _MAX_LENGTH:
        raise ConditionError(f"longer than {_MAX_LENGTH} characters")
    return Condition(source, _Parser(source).parse())


def _count(rows: Any) -> int:
    """Rows with anything answered (an added row left empty is not stored)."""
    if not isinstance(rows, list):
        return 0
    return sum(1 for r in rows if isinstance(r, dict)
               and any(v not in (None, "", [], {}) for v in r.values()))


def _value(node: Any, resolve: Resolver, today: dt.date) -> Any:
    if isinstance(node, Ref):
        value = resolve(node.name)
        return "" if value is None else value
    if isinstance(node, Call):
        if node.func == "today":
            return date_span(today)
        assert node.arg is not None  # the parser gives every other function its argument
        value = resolve(node.arg.name)
        if node.func == "count":
            return _count(value)
        span = date_span(value)  # year()
        return span.first.year if span and span.first.year == span.last.year else ""
    if isinstance(node, Arith):
        a = _number(_value(node.left, resolve, today))
        b = _number(_value(node.right, resolve, today))
        if a is None or b is None:
            return ""
        result = a + b if node.op == "+" else a - b
        return int(result) if result.is_integer() else result
    if isinstance(node, list):
        return [_value(n, resolve, today) for n in node]
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
    # A date compares as the text it was given as ("2017-03" == '2017-03').
    left = left.text if isinstance(left, Span) else left
    right = right.text if isinstance(right, Span) else right
    # Yes/no answers are not numbers: true == 1 is false (Python would say true).
    if isinstance(left, bool) != isinstance(right, bool):
        return False
    # A number compared with a numeric string ('١٧' == 17) compares as numbers, as < and > do.
    if isinstance(left, str) != isinstance(right, str):
        a, b = _number(left), _number(right)
        if a is not None and b is not None:
            return a == b
    return left == right


def _ordered(op: str, left: Any, right: Any) -> bool:
    if isinstance(left, Span) or isinstance(right, Span):
        a, b = date_span(left), date_span(right)
        if a is None or b is None:
            return False
        # True when some day `a` may mean stands so to some day `b` may mean.
        if op in ("<", "<="):
            return a.first < b.last if op == "<" else a.first <= b.last
        return a.last > b.first if op == ">" else a.last >= b.first
    x, y = _number(left), _number(right)
    if x is None or y is None:
        return False
    return {"<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y}[op]


def _eval(node: Any, resolve: Resolver, today: dt.date) -> bool:
    if isinstance(node, BoolOp):
        results = (_eval(p, resolve, today) for p in node.parts)
        return all(results) if node.op == "and" else any(results)
    left = _value(node.left, resolve, today)
    right = _value(node.right, resolve, today)
    op = node.op
    if op == "truthy":
        return left not in ("", False, [], {})
    if op in ("==", "!="):
        return _equal(left, right) == (op == "==")
    if op in _ORDER:
        return _ordered(op, left, right)
    if op == "in":
        if isinstance(right, list):
            return (left.text if isinstance(left, Span) else left) in right
        return False
    raise ConditionError(f"unknown operator {op!r}")
