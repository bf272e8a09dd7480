"""JSON in and out, at the edge: the model knows nothing of its wire format.

Every public class round-trips losslessly (``from_json(type(x), to_json(x)) == x``); enums travel as
their values, dates as ISO strings, sets as sorted lists. Input errors are collected and each names
its JSON path:

>>> import refugeelaw as rl
>>> rl.from_json(rl.Harm, '{"description": "beating", "country": "PRK", "likelihood": 1.7}')
Traceback (most recent call last):
...
refugeelaw.errors.InvalidInput: likelihood: expected a number from 0 to 1, got 1.7
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import operator
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._frozenmap import FrozenMap
from ._validate import _add
from .dates import parse_date
from .doctrine import position_key
from .errors import InvalidInput, Problem, shown
from .provenance import SCHEMA_VERSION

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "compact_dict",
    "embed_schema",
    "finding_json",
    "finding_outline_json",
    "from_dict",
    "from_json",
    "full_json",
    "json_schema",
    "outline_json",
    "outline_record_json",
    "record_json",
    "result_dict",
    "result_json",
    "to_dict",
    "to_json",
]

T = TypeVar("T")


def _sort_key(value: Any) -> Any:
    return (type(value).__name__, value.value if isinstance(value, enum.Enum) else value)


def _describe(value: Any) -> str:
    """A value as a reading error names it: a JSON value by JSON's names for it (RFC 8259 s. 1),
    not Python's (``null``, not ``NoneType None``; ``true``, not ``bool True``; a string, an
    object, a list); any other value (a tuple, a date given to ``from_dict``) by its type's name.

    >>> [_describe(x) for x in (None, True, "0.7", {}, [1], 5)]
    ['null', 'true', "the string '0.7'", 'an object {}', 'a list [1]', '5']
    """
    kind = value.__class__
    if value is None or kind is bool:
        return json.dumps(value)
    if kind is str:
        return f"the string {shown(value)}"
    if kind is dict:
        return f"an object {shown(value)}"
    if kind is list:
        return f"a list {shown(value)}"
    if kind is int or kind is float:
        return shown(value)
    return f"{kind.__name__} {shown(value)}"


def shorten(text: str, limit: int = 80) -> str:
    """``text`` cut to about ``limit`` characters, saying how much was left out (error messages
    stay readable whatever the input held)."""
    if len(text) <= limit:
        return text
    return f"{text[: limit - 20]}… ({len(text):,} characters)"


MAX_DEPTH = 200  # JSON nesting levels a document may have (a finding tree of 99 levels fits)
# The default size limit of a record read: the command line's --max-record-bytes, and a request
# to the assistant server.
MAX_RECORD_BYTES = 1 << 20


def _structure_date(value: Any, _: type) -> dt.date:
    if not isinstance(value, str):
        raise ValueError(f"expected a date string (YYYY-MM-DD), got {_describe(value)}")
    return parse_date(value)


def _strict(kind: type, words: str) -> Any:
    def structure(value: Any, _: type) -> Any:
        if type(value) is not kind:
            raise ValueError(f"expected {words}, got {_describe(value)}")
        return value

    return structure


def _number(value: Any, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"expected a number, got {_describe(value)}")
    return value


@functools.lru_cache(maxsize=256)
def _type_args(tp: Any) -> tuple[Any, ...]:
    return typing.get_args(tp)


def _is_var_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_fixed_tuple(tp: Any) -> bool:
    return typing.get_origin(tp) is tuple and not _is_var_tuple(tp)


def _is_frozenset(tp: Any) -> bool:
    return typing.get_origin(tp) is frozenset


def _is_mapping(tp: Any) -> bool:
    return typing.get_origin(tp) in (Mapping, dict, typing.Mapping)


def _is_flag_or_set(tp: Any) -> bool:
    """``bool | frozenset[X]`` (``Claim.onward_removal``'s values: true, false, or the countries)."""
    args = typing.get_args(tp)
    return (
        typing.get_origin(tp) in (typing.Union, types.UnionType)
        and len(args) == 2
        and args[0] is bool
        and typing.get_origin(args[1]) is frozenset
    )


def _is_optional(tp: Any) -> bool:
    """``X | None``: a value, or null (not known)."""
    args = typing.get_args(tp)
    return (
        typing.get_origin(tp) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def or_unknown(message: str) -> str:
    """An error's expectation (``expected X, got Y``) of a field that may also be null, saying so:
    a fact true, false or null (unknown), as ``_validate.opt_bool`` says; any other value, or
    null (what null means there, unknown or none, the field's documentation says).

    >>> or_unknown("expected true or false, got 5")
    'expected true, false or null (unknown), got 5'
    >>> or_unknown("expected a number, got '0.7'")
    "expected a number or null, got '0.7'"
    """
    expected, sep, got = message.partition(", got ")
    if not sep or not expected.startswith("expected "):
        return message
    if expected == "expected true or false":
        return f"expected true, false or null (unknown), got {got}"
    return f"{expected} or null, got {got}"


def _is_enum_union(tp: Any) -> bool:
    args = typing.get_args(tp)
    origin = typing.get_origin(tp)
    return (
        origin in (typing.Union, types.UnionType)
        and len(args) > 1
        and all(isinstance(a, type) and issubclass(a, enum.Enum) for a in args)
    )


def _structure_enum_union(value: Any, tp: Any) -> Any:
    for enum_cls in typing.get_args(tp):
        try:
            return enum_cls(value)
        except ValueError:
            continue
    # What was given comes first: the list of what is allowed is long, and messages are shortened.
    kinds = " or ".join(c.__name__ for c in typing.get_args(tp))
    allowed = ", ".join(repr(m.value) for c in typing.get_args(tp) for m in c)
    raise ValueError(f"expected a {kinds}, got {_describe(value)}: one of {allowed}")


def _is_literal(tp: Any) -> bool:
    return typing.get_origin(tp) is typing.Literal


def _structure_literal(value: Any, tp: Any) -> Any:
    allowed = typing.get_args(tp)
    if type(value) is str and value in allowed:
        return value
    words = ", ".join(map(repr, allowed))
    raise ValueError(f"expected one of {words}, got {_describe(value)}")


@functools.cache
def _converter() -> cattrs.Converter:
    import cattrs  # loaded on first use: `import refugeelaw` stays light
    from cattrs.gen import make_dict_structure_fn

    conv = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook_func(_is_enum_union, _structure_enum_union)
    conv.register_structure_hook_func(_is_literal, _structure_literal)
    conv.register_unstructure_hook_func(_is_enum_union, lambda v: v.value)

    def structure_items(value: Any, item_type: Any) -> list[Any]:
        if type(value) is not list and (  # a list, what JSON gives, needs no slow ABC checks
            isinstance(value, (str, Mapping))
            or not isinstance(value, (list, tuple, set, frozenset))
        ):
            raise ValueError(f"expected a list, got {_describe(value)}")
        out, problems = [], []
        for i, item in enumerate(value):
            try:
                out.append(conv.structure(item, item_type))
            except _input_errors() as exc:
                problems.extend(_problems(exc, f"[{i}]"))
        if problems:
            raise InvalidInput(problems)
        return out

    def structure_frozenset(value: Any, tp: Any) -> frozenset[Any]:
        return frozenset(structure_items(value, _type_args(tp)[0]))

    def structure_tuple(value: Any, tp: Any) -> tuple[Any, ...]:
        return tuple(structure_items(value, _type_args(tp)[0]))

    def unstructure_frozenset(value: frozenset[Any]) -> list[Any]:
        return [conv.unstructure(x) for x in sorted(value, key=_sort_key)]

    def structure_mapping(value: Any, tp: Any) -> FrozenMap[Any, Any]:
        if type(value) is not dict and not isinstance(value, Mapping):
            raise ValueError(f"expected an object, got {_describe(value)}")
        key_type, value_type = _type_args(tp)
        out, problems = {}, []
        for k, x in value.items():
            try:
                out[conv.structure(k, key_type)] = conv.structure(x, value_type)
            except _input_errors() as exc:
                problems.extend(_problems(exc, f"[{k!r}]"))
        if problems:
            raise InvalidInput(problems)
        return FrozenMap(out)

    def attrs_factory(cls: type) -> Any:
        inner: Any = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
        # A result of schema version 1 records no provenance: read as None (not recorded), never
        # as the provenance of the library reading it.
        versioned = any(f.name == "provenance" for f in attrs.fields(cls))

        def structure(value: Any, tp: Any) -> Any:
            if type(value) is not dict and not isinstance(value, Mapping):
                raise ValueError(f"expected an object ({cls.__name__}), got {_describe(value)}")
            if versioned and "provenance" not in value:
                value = {**value, "provenance": None}
            try:
                return inner(value, tp)
            except _input_errors() as exc:
                # The object was never built (a field could not be read, or a required one is
                # missing), so the fields read before and after it were never checked: check those
                # given, so that every problem is listed at once, as the constructor lists them.
                problems = _problems(exc)
                raise InvalidInput([*problems, *given_problems(cls, value, problems)]) from None

        return structure

    def given_problems(cls: type, value: Mapping[str, Any], found: list[Problem]) -> list[Problem]:
        """The problems of the fields given to ``cls`` that its own checks find (fields whose
        reading already failed are in ``found``, and not checked again)."""
        failed = {m.group(1) for m in (_SEGMENT.match(p.path) for p in found) if m is not None}
        hints = typing.get_type_hints(cls)
        out: list[Problem] = []
        for f in attrs.fields(cls):
            if f.name not in value or f.name in failed or "check" not in f.metadata:
                continue
            try:
                x = conv.structure(value[f.name], hints[f.name])
                if f.converter is not None:
                    x = f.converter(x)
            except _input_errors():
                continue  # already reported by the reading itself
            result = f.metadata["check"](x)
            if result:
                _add(out, f.name, result)
        return out

    conv.register_structure_hook_factory(attrs.has, attrs_factory)
    conv.register_structure_hook_func(_is_var_tuple, structure_tuple)
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(bool, _strict(bool, "true or false"))
    conv.register_structure_hook(int, _strict(int, "an integer"))
    conv.register_structure_hook(float, _number)
    conv.register_structure_hook_func(_is_frozenset, structure_frozenset)
    conv.register_unstructure_hook_func(_is_frozenset, unstructure_frozenset)
    conv.register_unstructure_hook_func(
        _is_fixed_tuple, lambda value: [conv.unstructure(x) for x in value]
    )
    conv.register_structure_hook_func(_is_mapping, structure_mapping)

    def structure_flag_or_set(value: Any, tp: Any) -> Any:
        if value is True or value is False:
            return value
        if type(value) is not list:  # a string is not read as its letters, nor null as false
            raise ValueError(f"expected true, false or a list, got {_describe(value)}")
        return structure_frozenset(value, _type_args(tp)[1])

    def unstructure_flag_or_set(value: Any) -> Any:
        return value if value is True or value is False else unstructure_frozenset(value)

    conv.register_structure_hook_func(_is_flag_or_set, structure_flag_or_set)

    def structure_optional(value: Any, tp: Any) -> Any:
        # A fact that may be unknown: an error of its kind says that null (unknown) is allowed, as
        # the constructors' own checks say (``_validate.opt_bool``), lest a user who does not know
        # it be told to choose true or false, and so give a finding that was never made.
        if value is None:
            return None
        inner = next(a for a in _type_args(tp) if a is not type(None))
        try:
            return conv.structure(value, inner)
        except ValueError as exc:
            if type(exc) is not ValueError:  # InvalidInput: a problem inside the value
                raise
            raise ValueError(or_unknown(_clean(str(exc)))) from None

    conv.register_structure_hook_func(_is_optional, structure_optional)
    conv.register_unstructure_hook_func(_is_flag_or_set, unstructure_flag_or_set)
    conv.register_unstructure_hook(
        FrozenMap,
        lambda m: {conv.unstructure(k): conv.unstructure(x) for k, x in sorted(m.items())},
    )
    # A set met without its type (a map's value, ``Claim.onward_removal``'s countries): a sorted
    # list, as a typed one is written.
    conv.register_unstructure_hook(frozenset, unstructure_frozenset)
    return conv


_MISSING = "required field is missing"


def _problems(exc: BaseException, path: str = "") -> list[Problem]:
    """Flatten cattrs' exception groups into problems with JSON paths."""
    from cattrs.errors import (
        AttributeValidationNote,
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
    )

    if isinstance(exc, InvalidInput):
        return [p.under(path) for p in exc.problems]
    if isinstance(exc, ForbiddenExtraKeysError):
        # A key that is no plain name (empty, holding "." or "[", no string at all: a dict of
        # Python values may hold one) is quoted, as a map's keys are, so that the path names it
        # and no other field.
        keys = sorted(exc.extra_fields, key=lambda k: (not isinstance(k, str), repr(k)))
        return [Problem(_key_path(path, k), "unknown field") for k in keys]
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        out: list[Problem] = []
        with_notes, others = exc.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                sub = f"{path}.{note.name}" if path else note.name
            else:
                index = note.index
                sub = f"{path}[{index!r}]" if isinstance(index, str) else f"{path}[{index}]"
            out.extend(_problems(inner, sub))
        for inner in others:
            out.extend(_problems(inner, path))
        return out
    if isinstance(exc, KeyError):
        return [Problem(path, _MISSING)]
    if isinstance(exc, (ValueError, TypeError, AttributeError)):
        return [Problem(path, shorten(_clean(str(exc)), 200))]
    return [Problem(path, f"cannot be read: {shorten(str(exc), 200)}")]


_SEGMENT = re.compile(r"\.?([A-Za-z_]\w*)|\[(\d+|'[^']*')\]")
_NAME = re.compile(r"[A-Za-z_]\w*")


def _key_path(path: str, key: Any) -> str:
    """The path of an object's member ``key`` under ``path``: ``path.key`` for a plain name,
    else the key quoted as a map's keys are (``person['']``, ``['fears[0]']``), so that the path
    names that member and no other.

    >>> _key_path("person", "location"), _key_path("person", "location.x"), _key_path("", "")
    ('person.location', "person['location.x']", "['']")
    """
    if isinstance(key, str) and _NAME.fullmatch(key):
        return f"{path}.{key}" if path else key
    return f"{path}[{key!r}]"


def _json_path(problem: Problem, data: Any) -> Problem:
    """Rewrite a set member's path (``nationalities['XYZ']``) as its JSON index (``[0]``)."""
    if "['" not in problem.path:
        return problem
    matches = list(_SEGMENT.finditer(problem.path))
    if "".join(m[0] for m in matches) != problem.path:
        return problem  # a quoted key that is no set member's (holding a quote mark, say)
    node: Any = data
    out: list[str] = []
    for match in matches:
        name, index = match.groups()
        if name is not None:
            out.append(("." if out else "") + name)
            node = node.get(name) if isinstance(node, Mapping) else None
        elif index.startswith("'") and isinstance(node, list) and index[1:-1] in node:
            position = node.index(index[1:-1])
            out.append(f"[{position}]")
            node = node[position]
        else:
            key: Any = index[1:-1] if index.startswith("'") else int(index)
            out.append(f"[{index}]")
            if isinstance(node, Mapping):
                node = node.get(key)
            elif isinstance(node, list) and isinstance(key, int) and key < len(node):
                node = node[key]
            else:
                node = None
    return Problem("".join(out), problem.message)


_JSON_WORDS = {"None": "null", "True": "true", "False": "false"}


def _clean(message: str) -> str:
    if " is not a valid " in message:  # enum ValueError: "'x' is not a valid Severity"
        value, _, enum_name = message.partition(" is not a valid ")
        value = _JSON_WORDS.get(value, value)  # "None": null, as JSON writes it
        from ._validate import article

        return f"expected {article(enum_name)}{_allowed(enum_name)}, got {value}"
    return message


def _allowed(enum_name: str) -> str:
    """The values a public enum of the package takes, as an error lists them ("" if unknown)."""
    import refugeelaw

    cls = getattr(refugeelaw, enum_name, None)
    if not (isinstance(cls, type) and issubclass(cls, enum.Enum)):
        return ""
    return " (" + ", ".join(repr(m.value) for m in cls) + ")"


@functools.cache
def _input_errors() -> tuple[type[BaseException], ...]:
    """The exceptions that mean bad input while structuring (cattrs loaded lazily)."""
    from cattrs.errors import (
        BaseValidationError,
        CattrsError,
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
    )

    return (
        ClassValidationError,
        IterableValidationError,
        BaseValidationError,
        InvalidInput,
        ForbiddenExtraKeysError,
        CattrsError,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
    )


def to_dict(obj: Any) -> Any:
    """The JSON-ready form of a public object (dicts, lists, strings, numbers, ``None``)."""
    return _converter().unstructure(obj)


def result_dict(result: Any) -> dict[str, Any]:
    """The JSON-ready summary of a status or return result (its ``to_dict()``): the fields its
    class names in ``__summary__``, in that order, each converted as :func:`to_dict` converts it
    (a method named there is called)."""
    return {key: _summary_value(result, name) for key, name in type(result).__summary__}


def _summary_value(result: Any, name: str) -> Any:
    value = getattr(result, name)
    value = to_dict(value() if callable(value) else value)
    return list(value) if isinstance(value, tuple) else value


_dumps = json.JSONEncoder(ensure_ascii=False).encode
_str = json.encoder.encode_basestring  # what json.dumps(..., ensure_ascii=False) writes for a str


def _strs(items: tuple[str, ...]) -> str:
    return f"[{', '.join(map(_str, items))}]" if items else "[]"


def _citation_json(citation: Any) -> str:
    """One citation as :func:`to_json` writes it (remembered: the rules cite a few hundred
    provisions, each from a constant of their own)."""
    hit = _CITATIONS.get(id(citation))
    if hit is not None and hit[0] is citation:
        return hit[1]
    text = f'{{"instrument": {_str(citation.instrument)}, "provision": {_str(citation.provision)}}}'
    if len(_CITATIONS) >= 4096:
        _CITATIONS.clear()
    _CITATIONS[id(citation)] = (citation, text)
    return text


_CITATIONS: dict[int, tuple[Any, str]] = {}  # by identity, each entry holding its citation


def finding_json(finding: Any) -> str:
    """``json.dumps(to_dict(finding), ensure_ascii=False)``, byte for byte, written directly (the
    command line writes every finding of a caseload this way)."""
    f = finding
    cites = ", ".join([_citation_json(c) for c in f.citations])
    children = ", ".join([finding_json(c) for c in f.children])
    standard = "null" if f.standard is None else _str(f.standard)
    return (
        f'{{"element": {_str(f.element)}, "verdict": "{f.verdict._value_}", '
        f'"reason": {_str(f.reason)}, "citations": [{cites}], '
        f'"children": [{children}], '
        f'"assumptions": {_strs(f.assumptions)}, "facts": {_strs(f.facts)}, '
        f'"missing": {_strs(f.missing)}, "standard": {standard}, "role": {_str(f.role)}}}'
    )


_FINDING_MARK = "\x00finding\x00"  # never in the library's own summary fields


def result_json(result: Any) -> str:
    """``json.dumps(result.to_dict(), ensure_ascii=False)`` for a status or return result, byte for
    byte, with the finding tree written by :func:`finding_json` (the command line's JSON Lines)."""
    summary = {}
    for key, name in type(result).__summary__:
        if key == "finding":
            summary[key] = _FINDING_MARK
            continue
        summary[key] = _summary_value(result, name)
    text: str = _dumps(summary)
    return text.replace(_dumps(_FINDING_MARK), finding_json(result.finding), 1)


@functools.cache
def _field_types(cls: Any) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in attrs.fields(cls))


def full_json(result: Any) -> str:
    """``to_json(result)`` for a status or return result, byte for byte, with each finding tree
    written by :func:`finding_json` (the command line's JSON Lines: the library's own JSON,
    readable with :func:`from_json`)."""
    text: str = _writer(typing.cast(Any, type(result)))(result)
    return text


# A writer per class: the text ``json.dumps(to_dict(obj), ensure_ascii=False)`` gives, written
# field by field from the class's annotations (the command line writes a caseload's claims and
# results this way; a property test holds it to ``to_json``).


def _enum_text(value: Any) -> str:
    return _dumps(value.value)


def _number_text(value: float) -> str:
    return _dumps(value)


def _string_enum(tp: Any) -> bool:
    """An enum (or a union of enums) whose values are all strings."""
    classes = typing.get_args(tp) if _is_enum_union(tp) else (tp,)
    return all(type(m.value) is str for c in classes for m in c)


def _order(tp: Any) -> str:
    """The sort key, in a generated writer, of a set of ``tp`` items: :func:`_sort_key`, which
    orders by type name and then value; for strings, or members of one enum with string values,
    the value alone gives that order."""
    if tp is str:
        return "None"
    if isinstance(tp, type) and issubclass(tp, enum.Enum) and _string_enum(tp):
        return "_by_value"
    return "_sort_key"


class _Code:
    """The parts of a generated writer: helper functions by name, in one namespace."""

    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {
            "_str": _str,
            "_dumps": _dumps,
            "_sort_key": _sort_key,
            "_by_value": operator.attrgetter("_value_"),
        }

    def helper(self, function: Any) -> str:
        name = f"w{len(self.namespace)}"
        self.namespace[name] = function
        return name

    def expr(self, tp: Any, var: str) -> str:
        """A Python expression giving the JSON text of ``var`` (a name or an attribute, read
        without side effects) of type ``tp``, as ``to_json`` writes it."""
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if tp is str:
            return f"_str({var})"
        if tp is bool:
            return f"('true' if {var} else 'false')"
        if tp is dt.date:
            return f"('\"' + {var}.isoformat() + '\"')"
        if (isinstance(tp, type) and issubclass(tp, enum.Enum)) or _is_enum_union(tp):
            return f"_str({var}._value_)" if _string_enum(tp) else f"_dumps({var}.value)"
        if origin in (typing.Union, types.UnionType) and type(None) in args and len(args) == 2:
            inner = next(a for a in args if a is not type(None))
            return f"('null' if {var} is None else {self.expr(inner, var)})"
        if _is_flag_or_set(tp):
            also = self.expr(args[1], var)
            return f"(('true' if {var} else 'false') if {var}.__class__ is bool else {also})"
        # A container is written item by item, an empty one as itself (most of a claim's are).
        if origin is tuple and _is_var_tuple(tp):
            item = self.expr(args[0], "x")
            return f"(('[' + ', '.join([{item} for x in {var}]) + ']') if {var} else '[]')"
        if origin is frozenset:
            item = self.expr(args[0], "x")
            return (
                f"(('[' + ', '.join([{item} for x in sorted({var}, key={_order(args[0])})]) + ']')"
                f" if {var} else '[]')"
            )
        if _is_mapping(tp) and args[0] is str:  # in the order given, as cattrs writes a Mapping
            item = self.expr(args[1], "x")
            pairs = f"', '.join([_str(k) + ': ' + {item} for k, x in {var}.items()])"
            return f"(('{{' + {pairs} + '}}') if {var} else '{{}}')"
        if isinstance(tp, type) and attrs.has(tp):
            if tp.__name__ == "Finding":  # looked up on each call: the speed layer's memo, if any
                return f"{self.helper(lambda value: finding_json(value))}({var})"
            if tp.__name__ == "Provenance":
                return f"{self.helper(_provenance_json)}({var})"
            return f"{self.helper(_writer(tp))}({var})"
        if tp in (int, float):
            return f"_dumps({var})"
        conv = _converter()
        write = self.helper(lambda value: _dumps(conv.unstructure(value, unstructure_as=tp)))
        return f"{write}({var})"


@functools.cache
def _writer(cls: Any) -> Any:
    """The writer of an attrs class, generated from its fields as one f-string (the text is
    built once, not copied piece by piece); only field names, which are identifiers, and the
    code's own helper names reach the code."""
    code = _Code()
    fields = _field_types(cls)
    lines = [f"    v{i} = {code.expr(tp, 'o.' + name)}" for i, (name, tp) in enumerate(fields)]
    text = ", ".join([f'"{name}": {{v{i}}}' for i, (name, _) in enumerate(fields)])
    source = "\n".join(["def write(o):", *lines, f"    return f'{{{{{text}}}}}'"])
    exec(source, code.namespace)
    write = code.namespace["write"]
    if cls.__name__ in _SHARED:
        return _shared(write)
    return write


_SHARED = {"Doctrine", "Provenance"}  # one object shared by a caseload's results


def _shared(write: Any) -> Any:
    """``write`` remembered for the last few objects written (by identity: each entry holds its
    object, so an identity is never mistaken for a later object's)."""
    seen: dict[int, tuple[Any, str]] = {}

    def remembered(obj: Any) -> str:
        hit = seen.get(id(obj))
        if hit is not None and hit[0] is obj:
            return hit[1]
        if len(seen) >= 64:
            seen.clear()
        text: str = write(obj)
        seen[id(obj)] = (obj, text)
        return text

    return remembered


@functools.lru_cache(maxsize=64)
def _provenance_json(provenance: Any) -> str:
    """A result's provenance as :func:`to_json` writes it (the results of a run share one)."""
    return _dumps(_converter().unstructure(provenance))


def record_json(number: int, result: Any, provenance: Any = None, about: Any = None) -> str:
    """One line of the command line's JSON output: ``{"record": N, "result": ...}``, the record
    number (the input line it starts on) and the result (or a list of them) as :func:`to_json`
    writes it (with
    U+0085, U+2028 and U+2029 escaped, so that the line is one line to every reader), and, for a
    list of things that carry no provenance of their own (the questions of a result), the
    ``provenance`` of what they came from; with ``about`` (the result the questions are of),
    what they are about: its ``outcome``, and where not empty its ``missing_facts`` and (a
    return's) ``pending_status_facts``."""
    body = (
        "[" + ", ".join(full_json(r) for r in result) + "]"
        if isinstance(result, (list, tuple))
        else full_json(result)
    )
    head = f'{{"record": {number}, "result": {body}'
    if about is not None:
        head += f', "outcome": "{about.outcome._value_}"'
        pending = getattr(about, "pending_status_facts", None)
        for key, items in (
            ("missing_facts", about.missing_facts()),
            ("pending_status_facts", pending() if pending is not None else ()),
        ):
            if items:
                head += f', "{key}": [{", ".join(map(_str, items))}]'
    if provenance is None:
        line = head + "}"
    else:
        line = f'{head}, "provenance": {_provenance_json(provenance)}}}'
    if not line.isascii() and ("\x85" in line or "\u2028" in line or "\u2029" in line):
        line = line.translate(_SEPARATORS)  # characters some readers take for a line's end
    return line


def outline_record_json(number: int, result: Any, *, reasons: bool = False) -> str:
    """One line of the command line's compact JSON output: ``{"record":N,"result":...}`` with
    the result as :func:`outline_json` writes it (escaped as :func:`record_json` escapes)."""
    line = f'{{"record":{number},"result":{outline_json(result, reasons=reasons)}}}'
    if not line.isascii() and ("\x85" in line or "\u2028" in line or "\u2029" in line):
        line = line.translate(_SEPARATORS)
    return line


def outline_json(result: Any, *, reasons: bool = False) -> str:
    """The compact form of a status or return result: ``ResultOutline.of(result, reasons=...)``
    as JSON without spaces, a field at its default left out (``from_json`` gives it back);
    written directly from the result, each finding subtree's text by
    :func:`finding_outline_json`."""
    finding = finding_outline_json(result.finding, reasons)
    missing, assumptions = result.missing_facts(), result.assumptions()
    if hasattr(result, "to"):  # a return assessment
        head = (
            f'{{"question":"return","outcome":"{result.outcome._value_}",'
            f'"on":"{result.on.isoformat()}","finding":{finding},'
            f'"by":{_str(result.by)},"to":{_str(result.to)}'
        )
        tail = [
            _compact_strs("breaches", result.breached_provisions),
            _compact_strs("undecided", result.undecided_provisions),
        ]
    else:
        state = "" if result.state is None else f',"state":{_str(result.state)}'
        head = (
            f'{{"question":"status","outcome":"{result.outcome._value_}",'
            f'"on":"{result.on.isoformat()}","finding":{finding}{state}'
        )
        definition = result.definition
        tail = [
            _compact_strs("displaced_by", result.displaced_by),
            "" if definition is None else f',"definition":{_str(definition)}',
        ]
    tail.append(_compact_strs("missing_facts", missing))
    if not reasons:  # each doctrinal position by its key (see ResultOutline)
        assumptions = tuple([position_key(a) for a in assumptions])
    tail.append(_compact_strs("assumptions", assumptions))
    if hasattr(result, "to"):  # what a provisional protection waits on (ResultOutline)
        tail.append(_compact_strs("pending_status_facts", result.pending_status_facts()))
        tail.append(_compact_strs("provisional", result.provisional_provisions))
    return head + "".join(tail) + "}"


def _compact_strs(key: str, items: tuple[str, ...]) -> str:
    return f',"{key}":[{",".join(map(_str, items))}]' if items else ""


def finding_outline_json(finding: Any, reasons: bool = False) -> str:
    """``FindingOutline.of(finding, reasons=reasons)`` in the compact form (see
    :func:`outline_json`): the root with its verdict and citations, each finding below as
    ``finding_outline_under_json`` writes it, and each finding's reason with ``reasons``."""
    f = finding
    cites = f.citations
    children = f.children
    return (
        f'{{"element":{_str(f.element)},"verdict":"{f.verdict._value_}"'
        + ("" if f.role == "element" else f',"role":{_str(f.role)}')
        + (f',"citations":[{",".join([_key_json(c) for c in cites])}]' if cites else "")
        + (
            f',"children":[{",".join([finding_outline_under_json(c, f, reasons) for c in children])}]'
            if children
            else ""
        )
        + (f',"reason":{_str(f.reason)}}}' if reasons else "}")
    )


def finding_outline_reasons_json(finding: Any) -> str:
    """``finding_outline_json(finding, reasons=True)``."""
    return finding_outline_json(finding, True)


def finding_outline_under_json(finding: Any, parent: Any, reasons: bool = False) -> str:
    """The compact form of ``finding``'s outline under ``parent`` (a finding, of which it is a
    child): its verdict only where it differs from the parent's; its citations as ``"also"`` (the
    keys after the parent's) where the parent's begin them, else in full (``"citations"``, left
    out when none); its reason with ``reasons``. It depends on the parent's verdict and citations
    alone, and is remembered by them in the speed room."""
    f = finding
    children = f.children
    return (
        f'{{"element":{_str(f.element)}'
        + ("" if f.verdict is parent.verdict else f',"verdict":"{f.verdict._value_}"')
        + ("" if f.role == "element" else f',"role":{_str(f.role)}')
        + _citations_under(f.citations, parent.citations)
        + (
            f',"children":[{",".join([finding_outline_under_json(c, f, reasons) for c in children])}]'
            if children
            else ""
        )
        + (f',"reason":{_str(f.reason)}}}' if reasons else "}")
    )


def _citations_under(cites: tuple[Any, ...], inherited: tuple[Any, ...]) -> str:
    """The ``"also"`` or ``"citations"`` member of a finding citing ``cites`` under a parent
    citing ``inherited`` (with a leading comma; empty without citations)."""
    n = len(inherited)
    if n and (cites is inherited or cites[:n] == inherited):
        return f',"also":[{",".join([_key_json(c) for c in cites[n:]])}]'
    if cites:
        return f',"citations":[{",".join([_key_json(c) for c in cites])}]'
    return ""


def _key_json(citation: Any) -> str:
    """A citation's key (``refugeelaw.results.citation_key``) as a JSON string, remembered."""
    hit = _KEYS.get(id(citation))
    if hit is not None and hit[0] is citation:
        return hit[1]
    key = citation.instrument
    if citation.provision:
        key = f"{key} {citation.provision}"
    if len(_KEYS) >= 4096:
        _KEYS.clear()
    text = _str(key)
    _KEYS[id(citation)] = (citation, text)
    return text


_KEYS: dict[int, tuple[Any, str]] = {}  # by identity, each entry holding its citation


def compact_dict(obj: Any) -> Any:
    """``to_dict(obj)`` with every field at its default left out, all the way down: what the
    compact form writes (:func:`outline_json` is held to it)."""
    if attrs.has(type(obj)):
        out = {}
        for field in attrs.fields(type(obj)):
            value = getattr(obj, field.name)
            default = field.default
            plain = default is not attrs.NOTHING and not isinstance(default, attrs.Factory)  # type: ignore[arg-type]
            if plain and value == default:
                continue
            out[field.name] = compact_dict(value)
        return out
    if isinstance(obj, tuple):
        return [compact_dict(x) for x in obj]
    return to_dict(obj)


# U+0085, U+2028 and U+2029 are line ends to str.splitlines() (and to JavaScript): written as
# escapes, the JSON reads the same and each record stays on one line.
_SEPARATORS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


# -- reading claims quickly ---------------------------------------------------------------------
#
# cattrs reads any public class, collecting every problem with its path; most documents have none.
# For the classes of a claim, a reader is generated (once per class) that accepts only what cattrs
# would accept and turn into the same values: JSON's own types, exactly (a str, a list, a dict, a
# bool), enum members by their value, every field known. It builds the object through the same
# constructor, which converts and checks as for cattrs. Anything else (an unknown key, a value of
# another type, an enum written by its name, a check that fails) makes it give up, and the
# document is read by cattrs, which says what is wrong and where. ``tests/test_serialize.py``
# proves the two agree on generated valid and invalid documents.


class _NotQuick(Exception):
    """The quick reader gives the document to cattrs."""


_READERS: dict[type, Any] = {}


def _quick_reader(cls: type) -> Any:
    """The generated reader of ``cls``, or ``None`` where it has a field of a type not covered."""
    if cls in _READERS:
        return _READERS[cls]
    _READERS[cls] = None  # while it is being made, and for good if it cannot be
    try:
        reader = _make_reader(cls)
    except Exception:  # a type it does not cover, or annotations it cannot resolve: cattrs reads it
        return None
    _READERS[cls] = reader
    return reader


def _make_reader(cls: type) -> Any:
    attrs.resolve_types(cls)
    fields = attrs.fields(cls)
    if any(not f.init or f.alias != f.name or f.name == "provenance" for f in fields):
        raise _NotQuick  # aliases, or a result's versioned provenance: cattrs' own business
    namespace: dict[str, Any] = {"cls": cls, "NotQuick": _NotQuick, "FrozenMap": FrozenMap}
    names = frozenset(f.name for f in fields)
    namespace["known"] = names
    lines = [
        "def read(d):",
        "    if d.__class__ is not dict or not known.issuperset(d):",
        "        raise NotQuick",
    ]
    counter = iter(range(10_000))
    for i, f in enumerate(fields):
        lines.append(f"    if {f.name!r} in d:")
        lines.append(f"        x = d[{f.name!r}]")
        lines.extend(_read_value(f.type, "x", f"a{i}", "        ", namespace, counter))
        lines.append("    else:")
        if f.default is attrs.NOTHING:
            lines.append("        raise NotQuick")
        else:  # what the constructor takes for a field not given (a factory: attrs' NOTHING)
            namespace[f"d{i}"] = (
                attrs.NOTHING if isinstance(f.default, attrs.Factory) else f.default  # type: ignore[arg-type]
            )
            lines.append(f"        a{i} = d{i}")
    # Every field given, by position where it can be: cheaper than a dict of the keys given.
    given = [f"a{i}" for i, f in enumerate(fields) if not f.kw_only]
    given += [f"{f.name}=a{i}" for i, f in enumerate(fields) if f.kw_only]
    lines.append(f"    return cls({', '.join(given)})")
    exec("\n".join(lines), namespace)  # field names and types only: nothing from the user
    return namespace["read"]


def _read_value(
    tp: Any, src: str, dst: str, pad: str, ns: dict[str, Any], counter: Any
) -> list[str]:
    """Statements reading the JSON value ``src`` as ``tp`` into ``dst``, or raising NotQuick."""
    n = next(counter)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType) and type(None) in args:
        rest = tuple(a for a in args if a is not type(None))
        inner = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007
        return [
            f"{pad}if {src} is None:",
            f"{pad}    {dst} = None",
            f"{pad}else:",
            *_read_value(inner, src, dst, pad + "    ", ns, counter),
        ]
    if _is_flag_or_set(tp):
        return [
            f"{pad}if {src} is True or {src} is False:",
            f"{pad}    {dst} = {src}",
            f"{pad}else:",
            *_read_value(args[1], src, dst, pad + "    ", ns, counter),
        ]
    if tp is str or tp is int:
        ns[f"t{n}"] = tp
        return [
            f"{pad}if {src}.__class__ is not t{n}:",
            f"{pad}    raise NotQuick",
            f"{pad}{dst} = {src}",
        ]
    if tp is bool:
        return [f"{pad}if {src} is not True and {src} is not False:", f"{pad}    raise NotQuick",
                f"{pad}{dst} = {src}"]  # fmt: skip
    if tp is float:
        return [f"{pad}if {src}.__class__ is not float and {src}.__class__ is not int:",
                f"{pad}    raise NotQuick", f"{pad}{dst} = {src}"]  # fmt: skip
    enums = args if origin in (typing.Union, types.UnionType) else (tp,)
    if all(isinstance(e, type) and issubclass(e, enum.Enum) for e in enums):
        by_value: dict[str, Any] = {}
        for e in reversed(enums):  # the first class whose value it is, as cattrs tries them
            by_value.update({m.value: m for m in e if type(m.value) is str})
        if any(type(m.value) is not str for e in enums for m in e):
            raise _NotQuick
        ns[f"m{n}"] = by_value
        return [f"{pad}{dst} = m{n}.get({src}) if {src}.__class__ is str else None",
                f"{pad}if {dst} is None:", f"{pad}    raise NotQuick"]  # fmt: skip
    if origin in (frozenset, tuple) and (
        origin is frozenset or (len(args) == 2 and args[1] is ...)
    ):
        build = "frozenset" if origin is frozenset else "tuple"
        return [
            f"{pad}if {src}.__class__ is not list:",
            f"{pad}    raise NotQuick",
            f"{pad}out{n} = []",
            f"{pad}for i{n} in {src}:",
            *_read_value(args[0], f"i{n}", f"o{n}", pad + "    ", ns, counter),
            f"{pad}    out{n}.append(o{n})",
            f"{pad}{dst} = {build}(out{n})",
        ]
    if origin in (Mapping, dict, typing.Mapping) and args[0] is str:
        return [
            f"{pad}if {src}.__class__ is not dict:",
            f"{pad}    raise NotQuick",
            f"{pad}out{n} = {{}}",
            f"{pad}for k{n}, i{n} in {src}.items():",
            *_read_value(args[1], f"i{n}", f"o{n}", pad + "    ", ns, counter),
            f"{pad}    if k{n}.__class__ is not str:",
            f"{pad}        raise NotQuick",
            f"{pad}    out{n}[k{n}] = o{n}",
            f"{pad}{dst} = FrozenMap(out{n})",
        ]
    if isinstance(tp, type) and attrs.has(tp):
        ns[f"r{n}"] = _quick_reader(tp)
        if ns[f"r{n}"] is None:
            raise _NotQuick
        return [f"{pad}{dst} = r{n}({src})"]
    raise _NotQuick


def public_enum(cls: Any) -> bool:
    """Whether ``cls`` is one of the library's public enumerations (``Verdict``, ``Status``...),
    whose JSON form is a member's value."""
    import refugeelaw

    return (
        isinstance(cls, type)
        and issubclass(cls, enum.Enum)
        and cls.__name__ in refugeelaw.__all__
        and getattr(refugeelaw, cls.__name__) is cls
    )


def _member(cls: type[T], data: Any) -> T:
    """The member of a public enumeration whose value ``data`` is."""
    members: Any = cls
    for m in members:
        if m.value == data and type(m.value) is type(data):
            return typing.cast(T, m)
    values = ", ".join(repr(m.value) for m in members)
    raise InvalidInput([Problem("", f"expected one of {values}, got {_describe(data)}")])


def from_dict(cls: type[T], data: Any) -> T:
    """Build ``cls`` (a public class, or a public enumeration from its value) from its
    JSON-ready form.

    Raises:
        InvalidInput: listing every problem with its path.
    """
    # A class with a reader is an attrs class, and a dict is a mapping: the checks below pass.
    reader = _READERS.get(cls) if isinstance(cls, type) and data.__class__ is dict else None
    if reader is None:
        if public_enum(cls):
            return _member(cls, data)
        if not isinstance(cls, type) or not attrs.has(typing.cast(Any, cls)):
            raise InvalidInput(
                [
                    Problem(
                        "",
                        "expected a public class or enumeration of refugeelaw, got "
                        f"{_describe(cls)}",
                    )
                ]
            )
        if not isinstance(data, Mapping):
            name = cls.__name__
            raise InvalidInput(
                [Problem("", f"expected a JSON object for {name}, got {_describe(data)}")]
            )
        reader = _READERS[cls] if cls in _READERS else _quick_reader(cls)
    if reader is not None:
        try:
            return reader(data)  # type: ignore[no-any-return]
        except Exception:
            pass  # read again by cattrs, which says what is wrong
    return _read_by_cattrs(cls, data)


def _read_by_cattrs(cls: type[T], data: Mapping[str, Any]) -> T:
    """The reference reader: every problem collected, each at its JSON path."""
    try:
        return _converter().structure(data, cls)
    except RecursionError:
        raise InvalidInput([Problem("", "nested too deeply to be read")]) from None
    except _input_errors() as exc:
        raise InvalidInput([_json_path(p, data) for p in _problems(exc)]) from None


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Serialise a public object to JSON (keys in field order; sets as sorted lists).

    Raises:
        InvalidInput: ``obj`` is not something the library writes (a public object, or a list,
            tuple or dict of them).
    """
    if indent is not None and (isinstance(indent, bool) or not isinstance(indent, int)):
        raise InvalidInput(
            [Problem("indent", f"expected a whole number or None, got {_describe(indent)}")]
        )
    try:
        text = json.dumps(to_dict(obj), indent=indent, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(
            [
                Problem(
                    "obj", f"cannot be written as JSON ({shorten(str(exc), 120)}): {_describe(obj)}"
                )
            ]
        ) from None
    except RecursionError:
        raise InvalidInput([Problem("obj", "nested too deeply to be written as JSON")]) from None
    # Nothing is written that from_json could not read back: no lone surrogate (a Python string
    # may hold one; JSON text, which is Unicode, cannot), and no nesting beyond what it reads.
    if _raw_surrogate(text):
        raise InvalidInput(
            [
                Problem(f"obj.{q.path}" if q.path else "obj", q.message)
                for q in _lone_surrogates(json.loads(text))
            ]
        )
    if text.count("[") + text.count("{") > MAX_DEPTH and (depth := _depth(text)) > MAX_DEPTH:
        raise InvalidInput(
            [
                Problem(
                    "obj",
                    f"nested {depth:,} levels deep as JSON: at most {MAX_DEPTH} can be read back",
                )
            ]
        )
    return text


class _Constant:
    """``NaN``, ``Infinity`` or ``-Infinity`` in the text: not JSON, reported at its path."""

    __slots__ = ("word",)

    def __init__(self, word: str) -> None:
        self.word = word


class _LongInt:
    """An integer of more digits than Python reads (4,300 unless the program sets another limit),
    or a number beyond a float's range (:func:`float_words`): valid JSON (RFC 8259 sets no limit),
    but unreadable here, reported at its path."""

    __slots__ = ("words",)

    def __init__(self, words: str) -> None:
        self.words = words


def _long_int(digits: str) -> Any:
    """``int(digits)``, or for an integer too long to read a :class:`_LongInt` to say where it is
    (the ``parse_int`` of the decoders that read a text again to find its problems' paths)."""
    try:
        return int(digits)
    except ValueError as exc:
        return _LongInt(_int_words(exc))


def float_words(text: str) -> str | None:
    """Why the JSON number ``text`` (written with a fraction or an exponent) cannot be read as it
    is written, or ``None``. RFC 8259 s. 6 lets a reader limit the range of numbers, and this one
    holds each as a binary64 float: a number too small for one (``1e-400``) would be read as 0,
    a harm "certain not to happen" (``law.together``, ``law.removal``), and one too large
    (``1e400``) as infinity; each is refused, not silently changed.

    >>> float_words("1e-400")
    'too small a number to hold (1e-400 would be read as 0): give 0 if that is meant'
    >>> float_words("5e-324") is None, float_words("0.0e-400") is None
    (True, True)
    """
    value = float(text)
    if value == 0.0:
        digits = text.lower().partition("e")[0]
        if digits.strip("-+0.") == "":
            return None
        written = shorten(text, 40)
        return f"too small a number to hold ({written} would be read as 0): give 0 if that is meant"
    if value - value != 0.0:  # infinity
        written, sign = shorten(text, 40), "-" if value < 0 else ""
        return f"too large a number to hold ({written} would be read as {sign}infinity)"
    return None


def _float(text: str) -> float:
    """``float(text)``; a number :func:`float_words` refuses raises :class:`_TooLong`, for the
    text to be read again to say where (the ``parse_float`` of the quick decoders)."""
    value = float(text)
    if (value == 0.0 or value - value != 0.0) and float_words(text) is not None:
        raise _TooLong
    return value


def _careful_float(text: str) -> Any:
    """``float(text)``, or for a number :func:`float_words` refuses a :class:`_LongInt` (a
    number not readable) to say where it is (the ``parse_float`` of the careful decoders)."""
    words = float_words(text)
    return float(text) if words is None else _LongInt(words)


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _raw_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate itself (a Python string may; text read from UTF-8
    bytes cannot): encoding it says so, faster than searching for one."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _depth(text: str) -> int:
    """How deeply the JSON ``text`` nests (strings skipped): 1 for ``{}``, 2 for ``{"a": []}``."""

    depth = deepest = 0
    for char in _BRACKETS.findall(_STRING.sub("", text)):
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


_BRACKETS = re.compile(r"[\[\]{}]")


def _lone_surrogates(node: Any, path: str = "") -> list[Problem]:
    """Problems for ``NaN``/``Infinity``, for integers too long to read and for strings holding a
    lone surrogate (``\\ud800``)."""
    if isinstance(node, _Constant):
        return [Problem(path, f"{node.word} is not valid JSON: give a number")]
    if isinstance(node, _LongInt):
        return [Problem(path, f"not readable: {node.words}")]
    if isinstance(node, str):
        try:
            node.encode("utf-8")
        except UnicodeEncodeError as exc:
            return [Problem(path, f"a lone surrogate (\\u{ord(node[exc.start]):04x}) is not text")]
        return []
    out: list[Problem] = []
    if isinstance(node, dict):
        for key, value in node.items():
            out.extend(_lone_surrogates(value, _key_path(path, key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out.extend(_lone_surrogates(value, f"{path}[{i}]"))
    return out


class _Duplicate(Exception):
    """An object names a key twice (JSON leaves the meaning open; Python keeps the last)."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object, refused where it names a key twice: a second ``"fears"`` would silently replace
    the first, and with it the outcome."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _Duplicate
    return obj


_decoder = json.JSONDecoder(
    parse_constant=_Constant,
    object_pairs_hook=_object,
    parse_int=_long_int,
    parse_float=_careful_float,
)  # made once
# (json.loads with a keyword argument makes one a call)


def _decode(text: str, decoder: json.JSONDecoder = _decoder) -> Any:
    """``json.loads(text, parse_constant=_Constant, object_pairs_hook=_object,
    parse_int=_long_int)`` (or with
    ``decoder``'s hooks)."""
    if text.startswith("\ufeff"):  # as json.loads refuses it
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    return decoder.decode(text)


class _Unusual(Exception):
    """``NaN``, ``Infinity`` or ``-Infinity`` met while reading: the text is read again by
    :func:`_decode`, which keeps each as a :class:`_Constant` to report it at its path."""


def _unusual(word: str) -> Any:
    raise _Unusual


_usual_decoder = json.JSONDecoder(
    parse_constant=_unusual, object_pairs_hook=_object, parse_float=_float
)
# Its scanner, which its decode() calls (not in the typing stubs).
_usual: Callable[[str, int], tuple[Any, int]] = typing.cast(Any, _usual_decoder).scan_once
_JSON_SPACE = " \t\n\r"


def _decode_usual(text: str) -> Any:
    """:func:`_decode` for text that holds no constant (``NaN``...: else :class:`_Unusual` is
    raised), read from its first character by the scanner ``json.loads`` calls, without the
    decoder's two searches for whitespace; text with whitespace before or after its value, or
    that is no JSON, is left to the decoder (with the same hooks), which reads it or says what
    is wrong."""
    try:
        data, end = _usual(text, 0)
    except StopIteration:  # no value begins the text (whitespace, a BOM, nothing)
        return _decode(text, _usual_decoder)
    if end != len(text) and text[end:].strip(_JSON_SPACE):
        return _decode(text, _usual_decoder)  # something after the value: it says what
    return data


def _duplicates(node: Any, path: str = "") -> list[Problem]:
    """Each key an object names twice, at its JSON path (``node`` as decoded with every object
    kept as its list of pairs)."""
    out: list[Problem] = []
    if isinstance(node, _Pairs):
        seen: set[str] = set()
        for key, value in node:
            where = _key_path(path, key)
            if key in seen:
                out.append(Problem(where, "the key is given twice in one object"))
            seen.add(key)
            out.extend(_duplicates(value, where))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out.extend(_duplicates(value, f"{path}[{i}]"))
    return out


class _Pairs(list[tuple[str, Any]]):
    """An object's members in order, as read (to find a key given twice)."""


_PAIRS = json.JSONDecoder(
    parse_constant=_Constant,
    object_pairs_hook=_Pairs,
    parse_int=_long_int,
    parse_float=_careful_float,
)


class _TooLong(Exception):
    """An integer too long to read, or a number beyond a float's range, met while reading: the
    text is read again by :func:`_constants`, which keeps each as a :class:`_LongInt` to report
    it at its path."""


def _parsed(decode: Callable[[str], Any], text: str) -> Any:
    """``decode(text)``, its errors as :class:`InvalidInput` (a key given twice, or an integer too
    long to read, is left to the caller, which reads the text again to say where)."""
    try:
        return decode(text)
    except json.JSONDecodeError as exc:
        what = exc.msg.removesuffix(" at")  # "Invalid control character at" has its own "at"
        # Lines that end in a carriage return alone (old Mac files, some exports) are one line.
        hint = (
            ": the lines end in a carriage return alone (CR): convert them to LF"
            if what == "Extra data" and "\r" in text and "\n" not in text.rstrip("\r\n")
            else ""
        )
        raise InvalidInput(
            [Problem("", f"not valid JSON: {what} at line {exc.lineno} column {exc.colno}{hint}")]
        ) from None
    except RecursionError:  # pragma: no cover - the depth check comes first
        raise InvalidInput([Problem("", "nested too deeply to be read")]) from None
    except ValueError:  # an integer beyond Python's 4,300 digits
        raise _TooLong from None


def loads(text: str | bytes) -> Any:
    """Parse JSON text strictly, raising only :class:`InvalidInput`: UTF-8 only (bytes), nesting
    at most :data:`MAX_DEPTH` levels, integers of at most 4,300 digits, no number a float cannot
    hold (:func:`float_words`), no ``NaN`` or ``Infinity``, no lone surrogates, no key given twice
    in one object (each reported at its JSON path). A byte-order mark before the text is skipped, as the command line skips one."""
    given = text  # text decoded from UTF-8 bytes holds no lone surrogate; a str may
    if isinstance(text, (bytes, bytearray, memoryview)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                [Problem("", f"not UTF-8 text: {exc.reason} at byte {exc.start}")]
            ) from None
    elif not isinstance(text, str):
        raise InvalidInput([Problem("", f"expected JSON text, got {_describe(text)}")])
    if text.startswith("\ufeff"):  # a byte-order mark some editors write: RFC 8259 section 8.1
        text = text[1:]  # lets a parser ignore it, and the command line skips it
    if text.count("[") + text.count("{") > MAX_DEPTH:  # else it cannot nest too deeply
        depth = _depth(text)
        if depth > MAX_DEPTH:
            raise InvalidInput(
                [Problem("", f"nested {depth:,} levels deep: at most {MAX_DEPTH} are read")]
            )
    try:
        data = _parsed(_decode_usual, text)
    except _Duplicate:  # read again, slowly, for where (and for any error after it)
        raise InvalidInput(_duplicates(_parsed(_PAIRS.decode, text))) from None
    except (_Unusual, _TooLong):  # a constant or a long integer: read again, to say where
        return _constants(text)
    if ("\\" in text and _SURROGATE_ESCAPE.search(text)) or (
        isinstance(given, str) and _raw_surrogate(text)
    ):
        problems = _lone_surrogates(data)
        if problems:
            raise InvalidInput(problems)
    return data


def _constants(text: str) -> Any:
    """:func:`loads` read carefully, for text in which a constant (``NaN``, ``Infinity``) or an
    integer too long to read was met: each is reported at its path, with any lone surrogate (a key
    given twice is reported first). Any text it reads as :func:`loads` does (the tests hold them
    to it)."""
    try:
        data = _parsed(_decode, text)
    except _Duplicate:
        raise InvalidInput(_duplicates(_parsed(_PAIRS.decode, text))) from None
    problems = _lone_surrogates(data)
    if problems:
        raise InvalidInput(problems)
    return data


def from_json(cls: type[T], text: str | bytes) -> T:
    """Parse JSON text into ``cls``.

    Raises:
        InvalidInput: the text is not JSON, or does not describe a valid ``cls``; every problem is
            listed with its JSON path. Nothing else is raised, whatever the text (see
            ``refugeelaw.serialize.loads`` for the limits).
    """
    return from_dict(cls, loads(text))


def json_schema(cls: type[Any]) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) describing ``cls``'s JSON form.

    >>> import refugeelaw as rl
    >>> schema = rl.json_schema(rl.Harm)
    >>> schema["properties"]["likelihood"]
    {'anyOf': [{'type': 'number', 'minimum': 0, 'maximum': 1}, {'type': 'null'}], 'default': None}
    """
    if public_enum(cls):
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": schema_id(cls.__name__),
            "title": cls.__name__,
            "enum": [m.value for m in cls],
        }
    if not isinstance(cls, type) or not attrs.has(typing.cast(Any, cls)):
        raise InvalidInput(
            [
                Problem(
                    "cls",
                    f"expected a public class or enumeration of refugeelaw, got {_describe(cls)}",
                )
            ]
        )
    defs: dict[str, Any] = {}
    root = _schema_for(cls, defs)
    schema: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    if "$ref" in root:
        name = root["$ref"].rsplit("/", 1)[1]
        schema["$id"] = schema_id(name)
        schema.update(defs.pop(name))
        schema["title"] = name
        _retarget(schema, f"#/$defs/{name}", "#")
        for body in defs.values():
            _retarget(body, f"#/$defs/{name}", "#")
    else:
        schema.update(root)
    if defs:
        schema["$defs"] = defs
    return schema


def embed_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """Put :func:`json_schema` of ``cls`` among ``defs`` (with its own definitions), as a part
    of a larger schema (the command line's output schemas, the assistant server's tools), and
    return its body, with references to its root made references to ``#/$defs/<name>``."""
    name = cls.__name__
    body = json_schema(cls)  # a new document: changed in place
    own = body.pop("$defs", {})
    body.pop("$schema", None)
    body.pop("$id", None)  # embedded, it is no longer a document of its own (nor a base URI)
    for node in (body, *own.values()):
        _retarget(node, "#", f"#/$defs/{name}")
    for key, value in own.items():
        defs.setdefault(key, value)
    return defs.setdefault(name, body)  # type: ignore[no-any-return]


def schema_id(name: str) -> str:
    """The ``$id`` of the JSON Schema called ``name``: a URN naming the schema version
    (:data:`refugeelaw.provenance.SCHEMA_VERSION`), an identifier only (nothing is fetched).

    >>> schema_id("StatusDetermination")
    'urn:refugeelaw:schema:2:StatusDetermination'
    """
    from .provenance import SCHEMA_VERSION

    return f"urn:refugeelaw:schema:{SCHEMA_VERSION}:{name}"


def _retarget(node: Any, old: str, new: str) -> None:
    """Point references to the root class, which lives at the top of the schema, at ``#``."""
    if isinstance(node, dict):
        if node.get("$ref") == old:
            node["$ref"] = new
        for value in node.values():
            _retarget(value, old, new)
    elif isinstance(node, list):
        for value in node:
            _retarget(value, old, new)


_BOUNDED = {"likelihood"}  # a likelihood from 0 to 1
#: The form of a key naming a set of feared harms (``facts._HARMS_KEY``): two or more places in
#: ``fears``, joined by commas, no leading zeros.
_HARMS_KEY_PATTERN = "^(0|[1-9][0-9]*)(,(0|[1-9][0-9]*))+$"
# A standard of likelihood: above 0 (at 0 a likelihood found to be nil would reach it), at most 1.
_THRESHOLDS = {"fear_threshold", "torture_threshold", "return_threshold", "cat_threshold"}


@functools.cache
def _refinements() -> dict[int, Any]:
    """What a field's check adds to the schema of its type, by the check's identity: the schema
    says what the parser accepts (country codes as an enumeration, non-empty strings, closed
    sets, ranges), so that a document the schema accepts is one ``from_json`` reads."""
    from . import _validate as v
    from . import facts, instruments, states
    from . import sources as src
    from .countries import accepted_codes

    codes = {"enum": sorted(accepted_codes())}  # the former states' (ISO 3166-3) too
    text = {"minLength": 1, "pattern": "\\S"}
    statuses = {"enum": list(src._STATUSES)}
    return {
        id(v.country): codes,
        id(v.opt_country): codes,
        id(v.tuple_of_countries): {"items": codes},
        id(v.country_set): {"items": codes},
        id(v.opt_country_set): {"items": codes},
        id(v.non_empty_str): text,
        id(v.non_negative_int): {"minimum": 0, "maximum": v._MAX_COUNT},
        id(src._status): statuses,
        id(states._status): {"enum": list(states._STATUSES)},
        id(facts._check_protection): {"propertyNames": codes},
        # Sets of feared harms named by their places in fears, ascending and joined by commas
        # ("0,2"): the pattern says the form; that the places ascend, each once, and name harms
        # given, and the bounds between sets and the harms' own likelihoods, from_json checks.
        id(facts._check_likelihoods): {
            "propertyNames": {"pattern": _HARMS_KEY_PATTERN},
            "additionalProperties": {"type": "number", "minimum": 0, "maximum": 1},
            "description": "the likelihood that at least one of several feared harms befalls the "
            "person, each set named by its harms' places in fears, ascending and joined by "
            "commas ('0,2'); from 0 to 1, between the likeliest of them alone and their "
            "likelihoods added",
        },
        id(facts._check_findings): {
            "propertyNames": {"pattern": _HARMS_KEY_PATTERN},
            "additionalProperties": {"type": "boolean"},
            "description": "whether one area of the country is free of a well-founded fear of "
            "several feared harms taken together, each set named by its harms' places in fears, "
            "ascending and joined by commas ('0,2')",
        },
        # Where the events of OAU art. I(2) took place: a place named, or null (an empty list is
        # refused: ``facts._check_flight_events_in``).
        id(facts._check_flight_events_in): {"items": codes, "minItems": 1},
        # Who recognised the person: a State, or UNHCR under its mandate.
        id(facts._check_recogniser): {"enum": [*codes["enum"], facts.UNHCR]},
        id(facts._check_onward): {
            "propertyNames": codes,
            "additionalProperties": {
                "anyOf": [{"type": "boolean"}, {"type": "array", "items": codes, "minItems": 1}]
            },
            # A list does not name its own key, the destination itself (``facts._check_onward``):
            # one rule a code, as a schema cannot compare a key with its value otherwise.
            "dependentSchemas": {
                code: {
                    "properties": {code: {"not": {"type": "array", "contains": {"const": code}}}}
                }
                for code in codes["enum"]
            },
        },
        id(instruments._kind): {"enum": list(instruments._KINDS)},
        id(instruments._instrument_status): {"enum": list(instruments._STATUSES)},
        id(instruments._rule_kind): {"enum": list(instruments._RULE_KINDS)},
        id(instruments._period): {"minimum": 0, "maximum": instruments._MAX_PERIOD},
    }


def _refine(schema: dict[str, Any], check: Any, cls: type, name: str) -> dict[str, Any]:
    extra = _refinements().get(id(check))
    if extra is None:
        extra = _FIELD_REFINEMENTS.get((cls.__name__, name))
    if extra is None:
        return schema
    if "anyOf" in schema:  # an optional value: refine the branch that is not null
        return {
            "anyOf": [
                b if b == {"type": "null"} else {**b, **_for(b, extra)} for b in schema["anyOf"]
            ]
        }
    return {**schema, **_for(schema, extra)}


def _for(schema: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    if "items" in extra and "items" in schema:
        rest = {k: value for k, value in extra.items() if k != "items"}
        return {**rest, "items": {**schema["items"], **extra["items"]}}
    return extra


# Closed sets and shapes checked by a field's own lambda.
_FIELD_REFINEMENTS: dict[tuple[str, str], dict[str, Any]] = {
    ("Reservation", "kind"): {
        "enum": ["reservation", "declaration", "understanding", "objection", "text"]
    },
    ("Answer", "open"): {"minimum": 0, "maximum": (1 << 30) - 1},
    ("Answer", "value"): {
        "anyOf": [
            {"type": ["null", "boolean", "string"]},
            {"type": "number", "minimum": -1e300, "maximum": 1e300},
            {"type": "array", "items": {"type": "string"}},
        ]
    },
    ("Participation", "art_1b"): {"enum": ["a", "b"]},
    ("Provision", "text"): {"minLength": 1, "pattern": "\\S"},
    ("Dataset", "sha256"): {"pattern": "^[0-9a-f]{64}$"},
    # From 2, the version that added the provenance, to the library's own (a later one refused).
    ("Provenance", "schema_version"): {"minimum": 2, "maximum": SCHEMA_VERSION},
    ("CaseloadSummary", "outcomes"): {
        "propertyNames": {
            "enum": [
                *("REFUGEE", "NOT_REFUGEE", "EXCLUDED", "CEASED", "UNDETERMINED"),
                *("PROHIBITED", "PERMITTED"),
            ]
        },
        "additionalProperties": {"type": "integer", "minimum": 0},
    },
}


# Cross-checks a JSON Schema cannot state (it has no arithmetic): said in the schema, checked by
# from_json.
_UNSTATABLE: dict[str, str] = {
    "CaseloadSummary": "the counts in 'outcomes' add up to 'total'; each element of 'deciding' is "
    "listed once, and its count, like all of them together, is at most the claims not decided in "
    "the person's favour (not REFUGEE; for a return, not PERMITTED); 'provisional' is at most the "
    "count of PROHIBITED: from_json checks these; a JSON Schema cannot state a sum or a "
    "comparison of counts",
    "ReturnAssessment": "each obligation in 'provisional' is one of 'breaches': from_json checks "
    "this; a JSON Schema cannot state that one list is part of another",
    "ResultOutline": "each provision in 'provisional' is one of 'breaches': from_json checks "
    "this; a JSON Schema cannot state that one list is part of another",
}

# Cross-checks of a class that a schema can state.
#: A harm that is a prosecution (``Harm.is_prosecution``), as the JSON Schema states it: flagged,
#: or with "criminal_prosecution" among its reasons.
_FLAGGED: dict[str, Any] = {
    "required": ["prosecution"],
    "properties": {"prosecution": {"const": True}},
}
_PROSECUTED_FOR: dict[str, Any] = {
    "required": ["reasons"],
    "properties": {"reasons": {"contains": {"const": "criminal_prosecution"}}},
}

_CLASS_RULES: dict[str, list[dict[str, Any]]] = {
    # Art 1D: assistance "at present" received has not "ceased" (``Claim``'s own cross-check).
    "Claim": [
        # Who recognised the person is stated only for a recognition (``Claim``'s cross-check).
        {
            "if": {
                "required": ["recognised_by"],
                "properties": {"recognised_by": {"type": "string"}},
            },
            "then": {"required": ["recognised"], "properties": {"recognised": {"const": True}}},
        },
        # Handbook para. 53: measures taken together are more than one harm (``Claim``'s
        # cross-check; stated here too, which the schema had not said).
        {
            "not": {
                "required": ["cumulative_persecution", "fears"],
                "properties": {
                    "cumulative_persecution": {"const": True},
                    "fears": {"type": "array", "minItems": 1, "maxItems": 1},
                },
            }
        },
        {
            "not": {
                "required": ["unrwa_assistance", "unrwa_assistance_ceased"],
                "properties": {
                    "unrwa_assistance": {"const": True},
                    "unrwa_assistance_ceased": {"const": True},
                },
            }
        },
        # Art 33(2): serious_crime_danger is the shorthand for both limbs of the second ground,
        # so it does not contradict them.
        *(
            {
                "not": {
                    "required": ["serious_crime_danger", limb],
                    "properties": {
                        "serious_crime_danger": {"const": True},
                        limb: {"const": False},
                    },
                }
            }
            for limb in ("convicted_particularly_serious_crime", "danger_to_community")
        ),
        {
            "not": {
                "required": [
                    "serious_crime_danger",
                    "convicted_particularly_serious_crime",
                    "danger_to_community",
                ],
                "properties": {
                    "serious_crime_danger": {"const": False},
                    "convicted_particularly_serious_crime": {"const": True},
                    "danger_to_community": {"const": True},
                },
            }
        },
    ],
    # CAT art. 1(1): torture is severe pain or suffering, at least a serious violation of human
    # rights, so a harm that is torture is not minor or discrimination only; nor, as a punishment,
    # one judged not excessive; and a penalty for leaving is a punishment (``Harm``'s own
    # cross-check).
    "Harm": [
        {
            "not": {
                "required": ["torture", "severity"],
                "properties": {
                    "torture": {"const": True},
                    "severity": {"enum": ["minor", "discrimination"]},
                },
            }
        },
        # A punishment that would be torture is excessive whatever the offence (a prosecution:
        # flagged, or "criminal_prosecution" among the reasons, ``Harm.is_prosecution``).
        {
            "not": {
                "required": ["torture", "disproportionate"],
                "properties": {
                    "torture": {"const": True},
                    "disproportionate": {"const": False},
                },
                "anyOf": [_FLAGGED, _PROSECUTED_FOR],
            }
        },
        # A penalty for leaving without permission is a punishment (UNHCR Handbook para. 61,
        # "severe penalties"): a harm for that offence is a prosecution (flagged, or with
        # "criminal_prosecution" among its reasons; neither, it is not).
        {
            "if": {"required": ["exit_offence"], "properties": {"exit_offence": {"const": True}}},
            "then": {"anyOf": [_FLAGGED, _PROSECUTED_FOR]},
        },
    ],
    # A finding's citations are given in full or after its parent's, not both.
    "FindingOutline": [
        {
            "not": {
                "required": ["also", "citations"],
                "properties": {"also": {"type": "array"}, "citations": {"minItems": 1}},
            }
        }
    ],
    # The root of an outline's tree states its verdict (it has no parent to take it from); the
    # outcome is one of its question's and agrees with that verdict; each field the question does
    # not have is empty, and a return names both States (``ResultOutline``'s own cross-check):
    # see _outline_rules.
    # A provision has no text exactly when its text was not found.
    "Provision": [
        {
            "if": {"required": ["status"], "properties": {"status": {"const": "not_found"}}},
            "then": {"properties": {"text": {"type": "null"}}},
            "else": {"properties": {"text": {"type": "string"}}},
        }
    ],
    # At least one view, of status (determinations) or of any question (results).
    "DoctrineComparison": [
        {
            "anyOf": [
                {"properties": {"determinations": {"minProperties": 1}}},
                {"required": ["results"], "properties": {"results": {"minProperties": 1}}},
            ]
        }
    ],
    # A summary counts the outcomes of its own question: Status names, or ReturnOutcome names;
    # only a return's prohibition is provisional.
    "CaseloadSummary": [
        {
            "if": {"required": ["question"], "properties": {"question": {"const": "return"}}},
            "then": {
                "properties": {
                    "outcomes": {
                        "propertyNames": {"enum": ["PROHIBITED", "PERMITTED", "UNDETERMINED"]}
                    }
                }
            },
            "else": {
                "properties": {
                    "outcomes": {
                        "propertyNames": {
                            "enum": ["REFUGEE", "NOT_REFUGEE", "EXCLUDED", "CEASED", "UNDETERMINED"]
                        }
                    },
                    "provisional": {"const": 0},
                }
            },
        }
    ],
    # An answer leads to the outcome of a status question or of a return question, not both.
    "Answer": [
        {
            "anyOf": [
                {
                    "required": ["status"],
                    "properties": {
                        "status": {"type": "string"},
                        "return_outcome": {"type": "null"},
                    },
                },
                {
                    "required": ["return_outcome"],
                    "properties": {
                        "return_outcome": {"type": "string"},
                        "status": {"type": "null"},
                    },
                },
            ]
        }
    ],
}


# Where a class's first line is not enough to read its JSON.
_DESCRIPTIONS: dict[str, str] = {
    "FindingOutline": "A finding as the compact form gives it, leaving out what it shares with "
    "its parent: 'verdict' left out (or null) is the parent's verdict (the root of a tree states "
    "its own); 'also' given is the parent's citation keys followed by these ([]: exactly the "
    "parent's); otherwise 'citations' are all of its citation keys (none when left out). "
    "'reason' only where reasons were asked for.",
}


def _outline_rules() -> list[dict[str, Any]]:
    """``ResultOutline``'s cross-checks, as the full forms check them: the root states its
    verdict; a status outline's outcome is a ``Status`` value and it has no ``by``, ``to``,
    ``breaches``, ``undecided``, ``pending_status_facts`` or ``provisional``; a return outline's is a
    ``ReturnOutcome`` value, it names ``by`` and ``to`` and has no ``state``, ``displaced_by`` or
    ``definition``; and each outcome's root verdict is the one its full form requires
    (``outcomes.STATUS_VERDICT``, ``outcomes.RETURN_VERDICT``)."""
    from .outcomes import RETURN_VERDICT, STATUS_VERDICT, ReturnOutcome, Status

    empty = {"maxItems": 0}
    none = {"type": "null"}
    named = {"type": "string"}
    # "undetermined", an outcome of both questions, is an unknown verdict in both
    verdicts = {
        outcome.value: verdict.value
        for table in (STATUS_VERDICT, RETURN_VERDICT)
        for outcome, verdict in table.items()
    }
    return [
        {
            "properties": {
                "finding": {"required": ["verdict"], "properties": {"verdict": {"type": "string"}}}
            }
        },
        {
            "if": {"required": ["question"], "properties": {"question": {"const": "status"}}},
            "then": {
                "properties": {
                    "outcome": {"enum": [s.value for s in Status]},
                    "by": none,
                    "to": none,
                    "breaches": empty,
                    "undecided": empty,
                    "pending_status_facts": empty,
                    "provisional": empty,
                }
            },
            "else": {
                "required": ["by", "to"],
                "properties": {
                    "outcome": {"enum": [r.value for r in ReturnOutcome]},
                    "by": named,
                    "to": named,
                    "state": none,
                    "displaced_by": empty,
                    "definition": none,
                },
            },
        },
        *(
            {
                "if": {"required": ["outcome"], "properties": {"outcome": {"const": outcome}}},
                "then": {
                    "properties": {"finding": {"properties": {"verdict": {"const": verdict}}}}
                },
            }
            for outcome, verdict in verdicts.items()
        ),
    ]


def _participation_rules() -> list[dict[str, Any]]:
    """``Participation``'s cross-checks that a schema can state (the order of the dates it
    cannot)."""
    from .states import Action

    binding = [a.value for a in Action if a.binds and a is not Action.ORIGINAL_MEMBER]
    idle = [a.value for a in Action if not a.binds]
    dated = {"type": "string"}
    return [
        {
            "if": {"properties": {"action": {"enum": binding}}},
            "then": {
                "anyOf": [
                    {"required": ["deposited"], "properties": {"deposited": dated}},
                    {"required": ["in_force"], "properties": {"in_force": dated}},
                    {"required": ["in_doubt_from"], "properties": {"in_doubt_from": dated}},
                ]
            },
        },
        {
            "if": {"properties": {"action": {"enum": idle}}},
            "then": {"properties": {"deposited": {"type": "null"}}},
        },
    ]


def _found_or_pending_rules() -> list[dict[str, Any]]:
    """``Claim``'s rule that a clause of Art 1F or 1C is given as found or as pending, not both,
    and an Art 1C clause found not to apply (``cessation_ruled_out``) as neither: one rule a
    clause (a schema cannot compare two arrays' members otherwise)."""
    from .facts import Cessation, Exclusion

    return [
        {
            "not": {
                "required": [field, f"{field}_pending"],
                "properties": {
                    field: {"contains": {"const": clause.value}},
                    f"{field}_pending": {"contains": {"const": clause.value}},
                },
            }
        }
        for field, clauses in (("exclusion", Exclusion), ("cessation", Cessation))
        for clause in clauses
    ] + [
        # An Art 1C clause found not to apply is neither found to apply nor pending.
        {
            "not": {
                "required": [other, "cessation_ruled_out"],
                "properties": {
                    other: {"contains": {"const": clause.value}},
                    "cessation_ruled_out": {"contains": {"const": clause.value}},
                },
            }
        }
        for other in ("cessation", "cessation_pending")
        for clause in Cessation
    ]


def _citable() -> dict[str, Any]:
    """The instrument and pinpoint pairs a citation may name: one branch per instrument, the
    user's own included as they stand now (an instrument defined after a first schema was made
    is in the next one, as citations to it are already valid)."""
    from .sources import _USER_INSTRUMENTS

    return _citable_for(tuple(sorted(_USER_INSTRUMENTS.items())))


@functools.lru_cache(maxsize=8)
def _citable_for(user: tuple[tuple[str, frozenset[str] | None], ...]) -> dict[str, Any]:
    """:func:`_citable` for the user's instruments ``user`` (key, pinpoints)."""
    from .sources import _registry, provision

    branches = []
    for key, record in sorted(_registry().items()):
        pinpoints = {""}
        for pinpoint in record.provisions:
            pinpoints.add(pinpoint)
            for cut in range(1, len(pinpoint)):
                parent = pinpoint[:cut]
                if parent not in pinpoints and (pinpoint[cut] == "(" or pinpoint[cut].isupper()):
                    try:
                        provision(key, parent)
                    except InvalidInput:
                        continue
                    pinpoints.add(parent)
        branches.append(
            {"properties": {"instrument": {"const": key}, "provision": {"enum": sorted(pinpoints)}}}
        )
    for key, known in user:
        provision_schema = {"type": "string"} if known is None else {"enum": sorted({"", *known})}
        branches.append(
            {"properties": {"instrument": {"const": key}, "provision": provision_schema}}
        )
    return {
        "type": "object",
        "description": "an instrument the library holds (or the user defined) and one of its pinpoints",
        "properties": {"instrument": {"type": "string"}, "provision": {"type": "string"}},
        "anyOf": branches,
    }


def _schema_for(tp: Any, defs: dict[str, Any], field: str = "") -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        base: dict[str, Any] = {"type": "number"}
        if field in _BOUNDED:
            base.update(minimum=0, maximum=1)
        elif field in _THRESHOLDS:
            base.update(exclusiveMinimum=0, maximum=1)
        return base
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    if tp is typing.Any:
        return {}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        if _is_enum_union(tp):
            return {"enum": [m.value for a in args for m in a]}
        return {"anyOf": [_schema_for(a, defs, field) for a in args]}
    if origin is tuple and not _is_var_tuple(tp):  # a fixed pair, e.g. (element, count)
        items = [_schema_for(a, defs, field) for a in args]
        if items[0] == {"type": "string"}:
            items[0] = {"type": "string", "minLength": 1, "pattern": "\\S"}
        if items[-1] == {"type": "integer"}:
            items[-1] = {"type": "integer", "minimum": 0}
        return {"type": "array", "prefixItems": items, "minItems": len(args), "maxItems": len(args)}
    if origin is tuple:
        return {"type": "array", "items": _schema_for(args[0], defs, field)}
    if origin is frozenset:
        # A set is written once per member, sorted; read, a member repeated is the same member, so
        # the schema does not refuse what the parser accepts (no "uniqueItems").
        return {"type": "array", "items": _schema_for(args[0], defs, field)}
    if _is_mapping(tp):
        return {"type": "object", "additionalProperties": _schema_for(args[1], defs, field)}
    if isinstance(tp, type) and attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder: recursive classes refer to themselves
            hints = typing.get_type_hints(tp)
            props = {}
            required = []
            for f in attrs.fields(tp):
                field_schema = _schema_for(hints[f.name], defs, f.name)
                props[f.name] = _refine(field_schema, f.metadata.get("check"), tp, f.name)
                if f.default is attrs.NOTHING:
                    required.append(f.name)
                elif not getattr(f.default, "takes_self", False):  # one not made from the others
                    # what a field left out reads as (an empty set of nationalities: stateless)
                    default = _json_default(f.default, hints[f.name])
                    props[f.name] = {**props[f.name], "default": default}
            body: dict[str, Any] = {"type": "object", "properties": props}
            if required:
                body["required"] = required
            body["additionalProperties"] = False
            if name == "Participation":
                body["allOf"] = _participation_rules()
            if name == "ResultOutline":
                body["allOf"] = _outline_rules()
            if name in _CLASS_RULES:
                body["allOf"] = _CLASS_RULES[name]
            if name == "Claim":
                body["allOf"] = [*_CLASS_RULES[name], *_found_or_pending_rules()]
            if name in _UNSTATABLE:
                body["$comment"] = _UNSTATABLE[name]
            if name in ("Citation", "StateObligation"):  # the pair must name a known provision
                body["allOf"] = [{"$ref": "#/$defs/citable"}]
                defs["citable"] = _citable()
            doc = (tp.__doc__ or "").strip().splitlines()
            if name in _DESCRIPTIONS:
                body["description"] = _DESCRIPTIONS[name]
            elif doc:
                body["description"] = doc[0]
            defs[name] = body
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON schema for type {tp!r}")  # pragma: no cover


def _json_default(default: Any, tp: Any) -> Any:
    """A field's default (of type ``tp``) as the JSON that reads as it (a factory's product, for a
    factory)."""
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        default = default.factory()
    value = _converter().unstructure(default, unstructure_as=tp)
    return sorted(value) if isinstance(value, (set, frozenset)) else value


def _int_words(exc: ValueError) -> str:
    # Python's limit on an integer's digits (4,300 unless the program sets another), in its
    # message's words of 3.11 and later ("Exceeds the limit (4300 digits) for integer string
    # conversion") or of 3.10 ("Exceeds the limit (4300) for integer string conversion").
    limit = _INT_LIMIT.search(str(exc))
    if limit:
        return f"an integer of more than {int(limit[1]):,} digits"
    return shorten(str(exc), 120)  # pragma: no cover - json raises no other ValueError


_INT_LIMIT = re.compile(r"limit \((\d+)(?: digits)?\) for integer string conversion")
