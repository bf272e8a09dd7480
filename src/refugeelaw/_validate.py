"""Validation that reports *every* problem of an object at once, each with its field path.

attrs runs field validators one at a time and stops at the first failure. Users of a law library
want the whole list ("fears[0].likelihood: ...; person.location: ..."), so public classes declare a
``check`` in each field's metadata and inherit :class:`Checked`, whose ``__attrs_post_init__`` runs
every check and raises one :class:`~refugeelaw.errors.InvalidInput`. Converters here are *tolerant*:
they normalise what they can and pass anything else through unchanged for the check to report.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

from .countries import _all as _codes  # every code accepted, as check_country reads them
from .countries import check_country
from .dates import parse_date
from .errors import InvalidInput, Problem, shown

__all__ = ["Check", "Checked", "InvalidInput", "Problem", "parse_date"]

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")
Check = Callable[[Any], "str | Iterable[Problem] | None"]

_Checks = tuple[
    tuple[tuple[str, Check], ...], bool, Callable[[Any], bool], Callable[[Any], bool] | None
]
_CHECKS: dict[type, _Checks] = {}


class Checked:
    """Mixin for attrs classes: run every field's ``check`` after ``__init__``, then ``_cross_check``.

    Each class's checks are first run as one generated test (:func:`_quick_test`) that only says
    whether every field is certainly fine; when it cannot say so, every check runs as written and
    reports each problem. A test that says "fine" only where the check would find nothing cannot
    change what is accepted or what an error says (``tests/test_facts.py`` proves it field by field).

    A class whose ``_cross_check`` finds something only rarely may say when it certainly finds
    nothing, as ``_cross_fine``: a template of an expression in its fields, each written
    ``{name}`` (``Harm``: ``"{torture} is not True"``). Where it is true, ``_cross_check`` is not
    called (here, and in the speed layer's ``__init__``, ``refugeelaw._speed.facts``).
    """

    __slots__ = ()

    def __attrs_post_init__(self) -> None:
        cls = type(self)
        found = _CHECKS.get(cls)
        if found is None:
            found = _CHECKS[cls] = _checks_of(cls)
        checks, crossed, quick, across = found
        if quick(self):
            if crossed and (across is None or not across(self)):
                problems: list[Problem] = []
                _add(problems, "", self._cross_check())
                if problems:
                    raise InvalidInput(problems)
            return
        problems = []
        for name, check in checks:
            result = check(getattr(self, name))
            if result:  # None, or an empty list of problems: the field is fine
                _add(problems, name, result)
        if crossed and not problems:
            _add(problems, "", self._cross_check())
        if problems:
            raise InvalidInput(problems)

    def _cross_check(self) -> Iterable[Problem]:
        """Checks that involve several fields; run only when every field is valid on its own."""
        return ()


def _checks_of(cls: type) -> _Checks:
    checks = tuple(
        (f.name, f.metadata["check"])
        for f in attrs.fields(cls)  # attrs subclasses only
        if "check" in f.metadata
    )
    crossed = cls._cross_check is not Checked._cross_check  # type: ignore[attr-defined]
    return checks, crossed, _quick_test(checks), _cross_fine(cls, "self.")


def _cross_fine(cls: type, prefix: str) -> Callable[[Any], bool] | None:
    """The class's ``_cross_fine`` (see :class:`Checked`) as a function of the object, each field
    read as ``prefix`` and its name; ``None`` where the class has none."""
    template = cross_fine_source(cls, prefix)
    if template is None:
        return None
    namespace: dict[str, Any] = {}
    exec(f"def fine(self):\n    return {template}", namespace)  # field names only
    return namespace["fine"]  # type: ignore[no-any-return]


def cross_fine_source(cls: type, prefix: str) -> str | None:
    """The class's ``_cross_fine`` expression, each field read as ``prefix`` and its name."""
    template: str | None = getattr(cls, "_cross_fine", None)
    if template is None:
        return None
    return template.format_map({f.name: prefix + f.name for f in attrs.fields(cls)})


def _quick_test(checks: tuple[tuple[str, Check], ...]) -> Callable[[Any], bool]:
    """One function testing every field of an object at once: true only if each field's check
    would find nothing. A check may say how to test it inline (its ``quick`` attribute: a template
    of an expression in ``{v}``, the value, and ``{e}``, one object it needs); any other check is
    called, and the field passes where it returns nothing."""
    lines = ["def quick(self):"]
    namespace: dict[str, Any] = {}
    for i, (name, check) in enumerate(checks):
        template, env = getattr(check, "quick", ("not {e}({v})", check))
        namespace[f"e{i}"] = env
        lines.append(f"    v{i} = self.{name}")
        lines.append(f"    if not ({template.format(v=f'v{i}', e=f'e{i}')}):")
        lines.append("        return False")
    lines.append("    return True")
    exec("\n".join(lines), namespace)  # field names and fixed templates only
    return namespace["quick"]  # type: ignore[no-any-return]


def quick(template: str, env: Any = None) -> Callable[[T], T]:
    """Give a check its inline test (see :func:`_quick_test`)."""

    def give(check: T) -> T:
        check.quick = (template, env)  # type: ignore[attr-defined]
        return check

    return give


def _add(problems: list[Problem], name: str, result: str | Iterable[Problem] | None) -> None:
    if result is None:
        return
    if isinstance(result, str):
        problems.append(Problem(name, result))
    else:
        problems.extend(p.under(name) for p in result)


# -- what the quick tests call (see _quick_test) --------------------------------------------------


def _all_countries(values: Iterable[Any]) -> bool:
    table = _codes()
    for code in values:  # noqa: SIM110 - a loop is quicker than all() of a generator
        if code.__class__ is not str or code not in table:
            return False
    return True


def _all_str(values: Iterable[Any]) -> bool:
    for item in values:  # noqa: SIM110
        if item.__class__ is not str:
            return False
    return True


def _all_of(*classes: type) -> Callable[[Iterable[Any]], bool]:
    """A test that every item's class is one of ``classes`` (exactly: no subclass)."""
    if len(classes) == 1:
        (only,) = classes

        def one(values: Iterable[Any]) -> bool:
            for item in values:  # noqa: SIM110
                if item.__class__ is not only:
                    return False
            return True

        return one
    allowed = frozenset(classes)

    def test(values: Iterable[Any]) -> bool:
        for item in values:  # noqa: SIM110
            if item.__class__ not in allowed:
                return False
        return True

    return test


# -- converters (tolerant) ---------------------------------------------------------------------


def to_tuple(value: Any) -> Any:
    if isinstance(value, tuple):
        return value
    if type(value) is list:  # what JSON gives; the checks below are slow (ABCs)
        return tuple(value)
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        return value
    return tuple(value)


def to_number(value: float) -> float:
    """A number as given, but ``-0.0`` as ``0.0``, and the integers 0 and 1 as ``0.0`` and
    ``1.0``: each pair is equal, so a result must not say which was given (the speed layer keys
    its memos on equal values); anything else, of any type, is left for the field's check."""
    if value.__class__ is float and value == 0.0:
        return 0.0
    if value.__class__ is int and (value == 0 or value == 1):
        return float(value)
    return value


def to_opt_number(value: float | None) -> float | None:
    """:func:`to_number`, keeping ``None`` (not known)."""
    if value.__class__ is float and value == 0.0:
        return 0.0
    if value.__class__ is int and (value == 0 or value == 1):
        return float(value)
    return value


def to_opt_frozenset(value: Any) -> Any:
    """:func:`to_frozenset`, keeping ``None`` (not known)."""
    return None if value is None else to_frozenset(value)


def to_frozenset(value: Any) -> Any:
    if isinstance(value, frozenset):
        return value
    if type(value) is list:
        try:
            return frozenset(value)
        except TypeError:
            return value
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        return value
    try:
        return frozenset(value)
    except TypeError:
        return value


def to_enum(enum_cls: type[E]) -> Callable[[Any], Any]:
    """Accept a member, its value (``"serious"``) or its name (``"SERIOUS"``)."""

    by_value = enum_cls._value2member_map_  # what enum_cls(value) looks in first

    def convert(value: Any) -> Any:
        if value.__class__ is str:
            member = by_value.get(value)
            if member is not None:
                return member
        if isinstance(value, enum_cls) or not isinstance(value, str):
            return value
        try:
            return enum_cls(value)
        except ValueError:
            return enum_cls.__members__.get(value, value)

    return convert


def to_enum_set(*enum_classes: type[enum.Enum]) -> Callable[[Any], Any]:
    converters = [(to_enum(enum_cls), enum_cls) for enum_cls in enum_classes]
    # What each string becomes, as the loop below finds it (the first class's values, then its
    # names, then the next class's): looked up at once for the plain strings JSON gives.
    words: dict[str, enum.Enum] = {}
    for enum_cls in reversed(enum_classes):
        words.update(enum_cls.__members__)
        words.update({member.value: member for member in enum_cls if type(member.value) is str})
    members = _all_of(*enum_classes)

    def convert(value: Any) -> Any:
        kind = value.__class__
        if kind is frozenset and members(value):
            return value
        if kind is list or kind is tuple:
            out = []
            for item in value:
                member = words.get(item) if item.__class__ is str else None
                if member is None:
                    break
                out.append(member)
            else:
                return frozenset(out)
        items = to_tuple(value)
        if not isinstance(items, tuple):
            return value
        out = []
        for item in items:
            for to_member, enum_cls in converters:
                converted = to_member(item)
                if isinstance(converted, enum_cls):
                    out.append(converted)
                    break
            else:
                out.append(item)
        try:
            return frozenset(out)
        except TypeError:
            return value

    return convert


def to_date(value: Any) -> Any:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    try:
        return parse_date(value)
    except InvalidInput:
        return value


_MAX_COUNT = (1 << 63) - 1


# -- checks: return None when fine, else a message (or problems with sub-paths) ----------------


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {shown(value)}"


@quick("{v}.__class__ is str")
def is_str(value: Any) -> str | None:
    return None if isinstance(value, str) else f"expected a string, got {_describe(value)}"


@quick("({v}.__class__ is str and {v}.strip() != '')")
def non_empty_str(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"expected a string, got {_describe(value)}"
    return None if value.strip() else "must not be empty"


@quick("({v} is None or {v}.__class__ is str)")
def opt_str(value: Any) -> str | None:
    return None if value is None else is_str(value)


@quick("({v} is True or {v} is False)")
def is_bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"expected true or false, got {_describe(value)}"


@quick("({v} is None or {v} is True or {v} is False)")
def opt_bool(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    return f"expected true, false or null (unknown), got {_describe(value)}"


@quick("({v} is None or ({v}.__class__ is float or {v}.__class__ is int) and 0 <= {v} <= 1)")
def probability(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"expected a number from 0 to 1, got {_describe(value)}"
    if isinstance(value, float) and math.isnan(value):
        return "expected a number from 0 to 1, got NaN"
    if 0 <= value <= 1:
        return None
    return f"expected a number from 0 to 1, got {shown(value, 40)}"


@quick("({v}.__class__ is str and {v} in {e}())", _codes)
def country(value: Any) -> str | None:
    try:
        check_country(value)
    except InvalidInput as exc:
        return exc.problems[0].message
    return None


@quick("({v} is None or {v}.__class__ is str and {v} in {e}())", _codes)
def opt_country(value: Any) -> str | None:
    return None if value is None else country(value)


@quick("({v}.__class__ is frozenset and (not {v} or {e}({v})))", _all_countries)
def country_set(value: Any) -> Iterable[Problem] | str | None:
    if not isinstance(value, frozenset):
        return f"expected a set of country codes, got {_describe(value)}"
    return [Problem(f"[{c!r}]", msg) for c in sorted(map(str, value)) if (msg := country(c))]


@quick("({v} is None or {v}.__class__ is frozenset and (not {v} or {e}({v})))", _all_countries)
def opt_country_set(value: Any) -> Iterable[Problem] | str | None:
    if value is None:
        return None
    if not isinstance(value, frozenset):
        return f"expected a set of country codes, or null (not known), got {_describe(value)}"
    return country_set(value)


@quick("{v}.__class__ is {e}", dt.date)
def is_date(value: Any) -> str | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return None
    try:
        parse_date(value)
    except InvalidInput as exc:
        return exc.problems[0].message
    return None  # pragma: no cover - to_date would have converted it


@quick("({v} is None or {v}.__class__ is {e})", dt.date)
def opt_date(value: Any) -> str | None:
    return None if value is None else is_date(value)


def article(word: str) -> str:
    """``"a Harm"``, ``"an Actor"``."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def is_enum(enum_cls: type[enum.Enum], *, optional: bool = False) -> Callable[[Any], str | None]:
    names = ", ".join(repr(m.value) for m in enum_cls)

    def check(value: Any) -> str | None:
        if isinstance(value, enum_cls) or (optional and value is None):
            return None
        return f"expected {article(enum_cls.__name__)} ({names}), got {_describe(value)}"

    check.quick = (  # type: ignore[attr-defined]
        ("({v} is None or {v}.__class__ is {e})" if optional else "{v}.__class__ is {e}"),
        enum_cls,
    )
    return check


def enum_set(*enum_classes: type[enum.Enum], optional: bool = False) -> Check:
    """A set of the members of ``enum_classes`` (or, ``optional``, ``None``: not known)."""
    label = " or ".join(c.__name__ for c in enum_classes)
    unknown = " or null (unknown)" if optional else ""

    def check(value: Any) -> Iterable[Problem] | str | None:
        if value is None and optional:
            return None
        if not isinstance(value, frozenset):
            return f"expected a set of {label} members{unknown}, got {_describe(value)}"
        bad = sorted(repr(v) for v in value if not isinstance(v, enum_classes))
        if not bad:
            return None
        allowed = ", ".join(repr(m.value) for c in enum_classes for m in c)
        return f"expected {label} members ({allowed}), got {', '.join(bad)}"

    quick = "({v}.__class__ is frozenset and (not {v} or {e}({v})))"
    check.quick = (f"({{v}} is None or {quick})" if optional else quick, _all_of(*enum_classes))  # type: ignore[attr-defined]
    return check


def tuple_of(item_cls: type, *, name: str | None = None) -> Check:
    label = name or item_cls.__name__

    def check(value: Any) -> Iterable[Problem] | str | None:
        if not isinstance(value, tuple):
            return f"expected a sequence of {label}, got {_describe(value)}"
        return [
            Problem(f"[{i}]", f"expected {article(label)}, got {_describe(v)}")
            for i, v in enumerate(value)
            if not isinstance(v, item_cls)
        ]

    check.quick = ("({v}.__class__ is tuple and {e}({v}))", _all_of(item_cls))  # type: ignore[attr-defined]
    return check


@quick("({v}.__class__ is tuple and {e}({v}))", _all_str)
def tuple_of_str(value: Any) -> Iterable[Problem] | str | None:
    if not isinstance(value, tuple):
        return f"expected a sequence of strings, got {_describe(value)}"
    return [
        Problem(f"[{i}]", is_str(v) or "") for i, v in enumerate(value) if not isinstance(v, str)
    ]


@quick("({v}.__class__ is tuple and {e}({v}))", _all_countries)
def tuple_of_countries(value: Any) -> Iterable[Problem] | str | None:
    if not isinstance(value, tuple):
        return f"expected a sequence of country codes, got {_describe(value)}"
    return [Problem(f"[{i}]", msg) for i, c in enumerate(value) if (msg := country(c))]


@quick("({v}.__class__ is int and 0 <= {v} <= {e})", _MAX_COUNT)
def non_negative_int(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return f"expected a whole number, got {_describe(value)}"
    if 0 <= value <= _MAX_COUNT:
        return None
    return f"expected a whole number from 0 to {_MAX_COUNT:,}, got {shown(value)}"


def instance_of(cls: type, *, optional: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, cls) or (optional and value is None):
            return None
        return f"expected {article(cls.__name__)}, got {_describe(value)}"

    check.quick = (  # type: ignore[attr-defined]
        ("({v} is None or {v}.__class__ is {e})" if optional else "{v}.__class__ is {e}"),
        cls,
    )
    return check
