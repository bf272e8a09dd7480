"""The speed room: everything that makes the rules fast, and nothing that decides anything.

The rules in :mod:`refugeelaw.law` are plain Python. This module wraps them from outside, at
:func:`install`, and :func:`off` takes the wrapping away again (for benchmarks and for the property
test that proves a result never changes):

- **Memoisation.** A rule declares with ``@reads(...)`` what its finding depends on; its wrapper
  keys a bounded memo on exactly those values, read in the same way (the key is generated from the
  declaration, never written by hand). Findings are immutable, so claims that share those facts
  share one finding: in a caseload most elements repeat. Whether a declaration covers what its
  rule reads is tested by :func:`checking` (private, for tests): inside it each memo hit is
  handed to a check, which recomputes the rule as written; outside it the generated wrappers
  hold nothing of it.
- **Fast builders.** Rules state findings through :func:`refugeelaw.logic.finding`, which
  validates every field; inside the rules the values are the library's own, so the wrapper builds
  the same object without the checks (as an unfrozen twin of the class, which then becomes the
  class: :func:`unfrozen`).
- **Identity memos.** What is derived from a finding (its rendered lines, a subtree's text at its
  depth, its full and compact JSON text, the doctrinal positions of its subtree) is remembered by
  the finding's identity; a finding's own rendered lines also by the fields they read, and the
  positions of a subtree by its own assumptions and its children's positions, so that the
  findings made anew for each claim above the claim's own cost nothing they cost before.
- **Checking only what changed.** The question engine's answered claims are the claim with one
  fact changed: :func:`checked_evolve` checks that fact (and the checks across fields), not the
  facts checked when the claim was built.
- **The collector kept aside.** A caseload whose results are kept (``list(assess_many(...))``)
  moves what it has made out of the cyclic collector's generations chunk by chunk
  (:func:`collector_aside`), so that the collector does not walk the kept findings again and again;
  the command line's stream does the same for the memos, in this process and in its workers
  (:func:`settle_worker`), with one full collection every :data:`STREAM_EVERY` chunks.
- **Enumerations by their members.** In the law modules an enumeration (``Verdict``,
  ``Status``...) stands in as an object holding its members and class methods as plain
  attributes (:mod:`refugeelaw._speed.members`): Python 3.11 looks up ``Verdict.MET`` through a
  hook costing more than the rest of the line.
- **Pickling.** Findings and checked classes unpickle without being checked again (they were
  checked when built), so worker processes are cheap to feed.

Installing replaces names in the law modules' namespaces (functions, and the functions held by the
tables of clauses, bars and precedence rules) with their wrapped versions; nothing in ``law/``
refers to this module. It wraps the law modules loaded so far, so the entry points call it after
loading the rules they use.
"""

from __future__ import annotations

import contextlib
import copyreg
import enum
import functools
import gc
import importlib
import operator
import sys
import types
from collections.abc import Callable, Hashable, Iterator
from typing import Any, TypeVar

import attrs

from .. import _FROZEN_AT_IMPORT, logic
from .._validate import Checked, _add
from ..errors import InvalidInput, Problem
from ..logic import Finding, Verdict
from .members import stand_in

__all__ = [
    "checked_evolve",
    "checking",
    "clear",
    "collector_aside",
    "fast_finding",
    "install",
    "installed",
    "memoised",
    "off",
    "settle_worker",
    "uninstall",
]

T = TypeVar("T")

MEMO_LIMIT = (
    1 << 14
)  # a caseload needs a few hundred entries; the limit bounds memory when facts never repeat


class Memo:
    """A bounded memo: a dict that starts afresh when full."""

    __slots__ = ("entries", "limit")

    def __init__(self, limit: int = MEMO_LIMIT) -> None:
        self.entries: dict[Hashable, Any] = {}
        self.limit = limit

    def learn(self, key: Hashable, value: T) -> T:
        if len(self.entries) >= self.limit:
            self.entries.clear()
        self.entries[key] = value
        return value


_MEMOS: list[Memo] = []
_CACHES: list[Any] = []  # functools.lru_cache wrappers (see memoised)


#: What :func:`checking` calls at each memo hit: ``verify(rule, first, now, remembered)``, with
#: the rule as written, the arguments of the call that made the entry and of this call (tuples,
#: in the order of the rule's parameters), and the value remembered.
Verify = Callable[[Callable[..., Any], tuple[Any, ...], tuple[Any, ...], Any], None]


def memoised(rule: Callable[..., T], verify: Verify | None = None) -> Callable[..., T]:
    """``rule`` remembered on the values its ``@reads`` declaration names.

    The wrapper is generated from the declaration, so that the key reads exactly the declared
    values (``harm.likelihood`` is read as ``harm.likelihood``) at the cost of one tuple and one
    dict look-up.

    ``verify`` (private, for :func:`checking`): the wrapper keeps with each entry the arguments
    that made it and calls ``verify`` at each hit; a rule that declares its parameters is then
    kept on the same key (its arguments) in a memo of this kind rather than ``lru_cache``. Without
    it, nothing of this is in the generated wrapper.
    """
    paths: tuple[str, ...] = rule.__reads__  # type: ignore[attr-defined]
    code = rule.__code__
    if code.co_kwonlyargcount or code.co_flags & (0x04 | 0x08):  # *args, **kwargs
        raise TypeError(f"{rule.__qualname__}: only positional parameters can be memoised")
    if verify is not None:
        return _verifying(rule, paths, verify)
    if paths == code.co_varnames[: code.co_argcount]:
        # The declaration names the parameters themselves, so the arguments are the key: the
        # standard library's cache, written in C, keeps it without a Python frame per call.
        cached = functools.lru_cache(maxsize=MEMO_LIMIT)(rule)
        _CACHES.append(cached)
        return cached
    params = ", ".join(code.co_varnames[: code.co_argcount])
    memo = Memo()
    _MEMOS.append(memo)
    exprs, names = key_parts(paths)
    source = (
        f"def {rule.__name__}({params}):\n"
        f"    key = ({''.join(f'{p}, ' for p in exprs)})\n"
        "    try:\n"
        "        return entries[key]\n"
        "    except KeyError:\n"
        f"        return learn(key, rule({params}))\n"
    )
    namespace: dict[str, Any] = {
        "entries": memo.entries,
        "learn": memo.learn,
        "rule": rule,
        **names,
    }
    return _compiled(rule, source, namespace, memo)


def _verifying(rule: Callable[..., T], paths: tuple[str, ...], verify: Verify) -> Callable[..., T]:
    """:func:`memoised`'s wrapper with the same key, whose hits are handed to ``verify``."""
    code = rule.__code__
    params = code.co_varnames[: code.co_argcount]
    memo = Memo()  # not in _MEMOS: it lives as long as the checking block (see clear)
    exprs, names = key_parts(paths)
    args = f"({''.join(f'{p}, ' for p in params)})"
    source = (
        f"def {rule.__name__}({', '.join(params)}):\n"
        f"    key = ({''.join(f'{p}, ' for p in exprs)})\n"
        "    try:\n"
        "        remembered, first = entries[key]\n"
        "    except KeyError:\n"
        f"        return learn(key, (rule{args}, {args}))[0]\n"
        f"    verify(rule, first, {args}, remembered)\n"
        "    return remembered\n"
    )
    namespace: dict[str, Any] = {
        "entries": memo.entries,
        "learn": memo.learn,
        "rule": rule,
        "verify": verify,
        **names,
    }
    return _compiled(rule, source, namespace, memo)


def _compiled(
    rule: Callable[..., T], source: str, namespace: dict[str, Any], memo: Memo
) -> Callable[..., T]:
    """The wrapper ``source`` defines (named as ``rule``, in ``namespace``), dressed as ``rule``
    and holding ``memo``."""
    exec(source, namespace)  # the declaration's paths were checked to be dotted names
    wrapper = namespace[rule.__name__]
    wrapper.__defaults__ = rule.__defaults__
    functools.update_wrapper(wrapper, rule)
    wrapper.__memo__ = memo
    return wrapper  # type: ignore[no-any-return]


def key_parts(paths: tuple[str, ...]) -> tuple[list[str], dict[str, Any]]:
    """The expressions a memo key is made of, one for each path a rule declares it reads, in
    order, and the names they use: a dotted path as it stands; a mapping's value at a parameter
    (``claim.protection[to]``) by ``.get``; and the fields read of each element of one sequence
    (``claim.fears[].actor``, ``claim.fears[].likelihood``) as one tuple, in the place of the
    first of them, holding those fields of each element (read by one ``operator.attrgetter``,
    without a Python frame), or the sequence itself where it is ``None`` or empty."""
    parts: list[str] = []
    each: dict[str, list[str]] = {}  # a sequence: the fields read of each of its elements
    for path in paths:
        if "[]." in path:
            sequence, field = path.split("[].", 1)
            if sequence not in each:
                each[sequence] = []
                parts.append(f"[]{sequence}")  # filled in below, once its fields are known
            each[sequence].append(field)
        elif path.endswith("]"):
            mapping, key = path[:-1].split("[", 1)
            parts.append(f"{mapping}.get({key})")
        else:
            parts.append(path)
    names: dict[str, Any] = {}
    exprs = []
    for part in parts:
        if part.startswith("[]"):
            name = f"_each{len(names)}"
            names[name] = operator.attrgetter(*each[part[2:]])
            # ``None`` (not known) stays ``None``, apart from ``()`` (none)
            part = f"({part[2:]} and tuple(map({name}, {part[2:]})))"
        exprs.append(part)
    return exprs, names


def clear() -> None:
    """Forget everything remembered (benchmarks that must start cold; results never change)."""
    for memo in _MEMOS:
        memo.entries.clear()
    for cached in _CACHES:
        cached.cache_clear()
    for checked in _CHECKING.values():
        checked.__memo__.entries.clear()
    for identity in _IDENTITY:
        identity.entries.clear()
    for forget in _FORGET:
        forget()
    writers = sys.modules.get(f"{__name__}.writers")  # the writers' own, once loaded
    if writers is not None:
        writers.forget()
    answers = sys.modules.get(f"{__name__}.answers")  # the question engine's, once loaded
    if answers is not None:
        answers.forget()


# ---------------------------------------------------------------------------------------------
# Fast builders.
# ---------------------------------------------------------------------------------------------


def _slot_setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    for klass in cls.__mro__:
        descriptor = vars(klass).get(name)
        if descriptor is not None and hasattr(descriptor, "__set__"):
            return descriptor.__set__  # type: ignore[no-any-return]
    return lambda obj, value: object.__setattr__(obj, name, value)


_LAYOUTS: dict[type, tuple[tuple[str, ...], tuple[Callable[[Any, Any], None], ...]]] = {}


def _layout(cls: type) -> tuple[tuple[str, ...], tuple[Callable[[Any, Any], None], ...]]:
    """The field names of a slotted attrs class and a setter for each (the slot's descriptor,
    bypassing the frozen ``__setattr__``), with attrs' hash cache slot last, if it has one."""
    found = _LAYOUTS.get(cls)
    if found is None:
        names = tuple(a.name for a in attrs.fields(cls))
        cached = any("_attrs_cached_hash" in vars(k).get("__slots__", ()) for k in cls.__mro__)
        wanted = [*names, *(["_attrs_cached_hash"] if cached else [])]
        found = _LAYOUTS[cls] = (names, tuple(_slot_setter(cls, n) for n in wanted))
    return found


_new = object.__new__


_UNFROZEN: dict[type, type] = {}


def unfrozen(cls: type) -> type:
    """``cls``'s very layout without its frozen ``__setattr__``: a builder fills one in with
    plain slot stores, then makes it a ``cls`` (``__class__`` assignment, allowed between classes
    of one layout). Setting each slot through its descriptor, called as a function, cost more
    than the rest of a builder. No instance of it outlives the builder."""
    found = _UNFROZEN.get(cls)
    if found is None:
        found = _UNFROZEN[cls] = type(
            f"Unfrozen{cls.__name__}",
            (cls,),
            {
                "__slots__": (),
                "__setattr__": object.__setattr__,
                "__delattr__": object.__delattr__,
                "__module__": __name__,
            },
        )
    return found


_Unfrozen = unfrozen(Finding)


_UNKNOWN = Verdict.UNKNOWN
# A one-citation tuple by its citation's identity (the rules cite module constants). Kept results
# hold fewer objects for the cyclic collector to walk: a tuple holding a citation is tracked.
_CITED: dict[int, tuple[Any, ...]] = {}


def fast_finding(
    element: str,
    verdict: Verdict,
    reason: str,
    *citations: Any,
    children: Any = (),
    assumptions: Any = (),
    facts: Any = (),
    missing: Any = (),
    standard: str | None = None,
    role: str = "element",
) -> Finding:
    """:func:`refugeelaw.logic.finding`, building the same :class:`Finding` without the checks."""
    f: Any = _new(_Unfrozen)  # a Finding once its fields are in (see _Unfrozen)
    f.element = element
    f.verdict = verdict
    f.reason = reason
    if len(citations) == 1:  # most findings cite one provision: share one tuple per citation
        shared = _CITED.get(id(citations[0]))
        if shared is not None and shared[0] is citations[0]:
            citations = shared
        else:
            if len(_CITED) >= 4096:
                _CITED.clear()
            _CITED[id(citations[0])] = citations
    f.citations = citations
    f.children = children if type(children) is tuple else tuple(children)
    f.assumptions = assumptions if type(assumptions) is tuple else tuple(assumptions)
    f.facts = facts if type(facts) is tuple else tuple(facts)
    f.missing = (
        (missing if type(missing) is tuple else tuple(missing)) if verdict is _UNKNOWN else ()
    )
    f.standard = standard
    f.role = role
    f._attrs_cached_hash = None  # attrs' hash cache: computed on first use
    f.__class__ = Finding
    return f  # type: ignore[no-any-return]  # a Finding now


# ---------------------------------------------------------------------------------------------
# Checking only what changed.
# ---------------------------------------------------------------------------------------------

_Field = tuple[Callable[[Any], Any] | None, Callable[[Any], Any] | None]  # converter, check
_EVOLVABLE: dict[type, tuple[dict[str, _Field], bool] | None] = {}


def _evolvable(cls: type) -> tuple[dict[str, _Field], bool] | None:
    """Each field's converter and check by name, and whether the class checks across fields, if
    :func:`checked_evolve` can build it: a checked class whose only checks are :class:`Checked`'s,
    with plain converter functions."""
    if cls not in _EVOLVABLE:
        fields = attrs.fields(cls) if attrs.has(cls) else ()
        plain = (
            issubclass(cls, Checked)
            and bool(fields)
            and getattr(cls, "__attrs_post_init__", None) is Checked.__attrs_post_init__
            and all(
                f.alias == f.name
                and (f.converter is None or isinstance(f.converter, types.FunctionType))
                for f in fields
            )
        )
        _EVOLVABLE[cls] = (
            (
                {f.name: (f.converter, f.metadata.get("check")) for f in fields},
                cls._cross_check is not Checked._cross_check,  # type: ignore[attr-defined]
            )
            if plain
            else None
        )
    return _EVOLVABLE[cls]


def checked_evolve(inst: T, **changes: Any) -> T:
    """``attrs.evolve(inst, **changes)``, checking only the fields that change (and the checks
    across fields): the others were checked when ``inst`` was built and cannot have changed since.
    The same object, and the same :class:`~refugeelaw.InvalidInput` for a bad value."""
    cls = type(inst)
    known = _evolvable(cls)
    if known is None or not changes.keys() <= known[0].keys():
        return attrs.evolve(inst, **changes)  # type: ignore[misc]  # attrs classes only
    fields, crossed = known
    names, setters = _layout(cls)
    obj = _new(cls)
    problems: list[Problem] = []
    for name, setter in zip(names, setters, strict=False):
        if name not in changes:
            setter(obj, getattr(inst, name))
            continue
        convert, check = fields[name]
        value = changes[name] if convert is None else convert(changes[name])
        setter(obj, value)
        if check is not None:
            _add(problems, name, check(value))
    if len(setters) > len(names):
        setters[-1](obj, None)  # attrs' hash cache: computed on first use
    if crossed and not problems:
        _add(problems, "", obj._cross_check())  # type: ignore[attr-defined]
    if problems:
        raise InvalidInput(problems)
    return obj


# ---------------------------------------------------------------------------------------------
# Identity memos.
# ---------------------------------------------------------------------------------------------


class IdentityMemo:
    """Values computed from immutable objects, remembered by the object's identity.

    Equality would be the wrong key (hashing a finding hashes its whole subtree); identity is
    cheap, and each entry holds the object itself, so an identity is never mistaken for a later
    object's. Bounded: starts afresh when full.
    """

    __slots__ = ("entries", "limit")

    def __init__(self, limit: int = 4096) -> None:
        self.entries: dict[int, tuple[object, Any]] = {}
        self.limit = limit

    def wrap(self, compute: Callable[[Any], T]) -> Callable[[Any], T]:
        entries = self.entries
        limit = self.limit

        @functools.wraps(compute)
        def remembered(obj: Any) -> T:
            hit = entries.get(id(obj))
            if hit is not None and hit[0] is obj:
                return hit[1]  # type: ignore[no-any-return]
            value = compute(obj)
            if len(entries) >= limit:
                entries.clear()
            entries[id(obj)] = (obj, value)
            return value

        return remembered


_IDENTITY: list[IdentityMemo] = []
_FORGET: list[Callable[[], None]] = []  # what else clear() empties (the writers' memos by depth)
_SEEN: dict[int, dict[int, tuple[object, Any]]] = {}  # a wrapped original's memo by identity


# ---------------------------------------------------------------------------------------------
# Kept results out of the cyclic collector's way.
# ---------------------------------------------------------------------------------------------


class Settler:
    """What :func:`collector_aside` gives as ``settle()``: each call moves every object made so
    far out of the cyclic garbage collector's generations (``gc.freeze()``); :meth:`release`
    puts them all back (``gc.unfreeze()``).

    Results are immutable trees without reference cycles, freed by reference counting alone, so
    the collector has nothing to find in them, nor in the speed layer's memos; without this it
    walks them all again at each full collection. Nothing is done where the collector is off, or
    where the program has frozen objects itself (putting them back would undo that): more than
    were frozen when the package was imported (the interpreter's own, ``_FROZEN_AT_IMPORT``; a
    program that froze objects before importing the package would have them put back).

    ``every``: for a stream that keeps nothing (the command line), each ``every``-th call first
    puts everything back and runs one full collection, so that cyclic garbage frozen meanwhile
    is collected and memory stays flat however long the stream; ``0`` never does (a caseload
    kept in memory, whose results a full collection would walk).
    """

    __slots__ = ("calls", "every", "managed")

    def __init__(self, every: int = 0) -> None:
        self.managed = gc.isenabled() and gc.get_freeze_count() <= _FROZEN_AT_IMPORT
        self.every = every
        self.calls = 0

    def __call__(self) -> None:
        if not self.managed:
            return
        self.calls += 1
        if self.every and self.calls % self.every == 0:
            gc.unfreeze()
            gc.collect()
        gc.freeze()

    def release(self) -> None:
        if self.managed:
            gc.unfreeze()


@contextlib.contextmanager
def collector_aside(every: int = 0) -> Iterator[Settler]:
    """For a caseload whose results the caller keeps, or a long stream: gives ``settle()`` (a
    :class:`Settler`), to call after each chunk, and puts everything back when the block ends.
    Cyclic garbage the program makes meanwhile is collected after the block (or at each
    ``every``-th settle), not while it is set aside."""
    settle = Settler(every)
    try:
        yield settle
    finally:
        settle.release()


_WORKER: list[Settler] = []  # a worker process's own settler, made on its first chunk


def settle_worker() -> None:
    """:class:`Settler` ``()`` for a worker process of a stream (the command line's
    ``--processes``), after each chunk it has done: the worker keeps nothing but the memos, and
    ends with its pool, so nothing needs putting back; every 64th chunk collects once."""
    if not _WORKER:
        _WORKER.append(Settler(every=STREAM_EVERY))
    _WORKER[0]()


#: A stream's full collection, once in so many chunks (of 256 records: once in 16,384 records).
STREAM_EVERY = 64


# ---------------------------------------------------------------------------------------------
# Pickling.
# ---------------------------------------------------------------------------------------------


def rebuild(cls: type[T], values: tuple[Any, ...]) -> T:
    """Unpickle an instance of a checked (or finding) class from its field values."""
    obj = _new(cls)
    names, setters = _layout(cls)
    for setter, value in zip(setters, values, strict=False):
        setter(obj, value)
    if len(setters) > len(names):
        setters[-1](obj, None)  # attrs' hash cache: computed again on first use
    return obj


def trusted(cls: type[T]) -> Callable[..., T]:
    """A builder of ``cls`` for the rules: the same object from the rules' own, already typed
    values (as ``cls(...)`` would make it), without the checks a user's call runs. The results
    are checked on construction (``Checked``); the rules, which build them from values they
    have checked, pay nothing for it.

    The builder is one function with the class's own parameters (each field's alias, its default
    the field's), written out without a loop: a result is built once per claim."""
    names, setters = _layout(cls)
    fields = attrs.fields(cls)  # type: ignore[arg-type]  # attrs classes only
    if any(f.kw_only or not f.init for f in fields):
        raise TypeError(f"{cls.__qualname__}: only classes whose fields are all positional")
    unset = object()  # a factory's default: made when the field is not given
    namespace: dict[str, Any] = {
        "_new": _new,
        "_cls": cls,
        "_unfrozen": unfrozen(cls),
        "_unset": unset,
    }
    params: list[str] = []
    lines: list[str] = []
    for i, field in enumerate(fields):
        name = field.alias
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            # A factory that takes the object (a result's provenance) is called with the fields
            # before it already set, as attrs does.
            namespace[f"_d{i}"] = field.default.factory
            made = "_d{0}(_obj)" if field.default.takes_self else "_d{0}()"
            params.append(f"{name}=_unset")
            lines.append(
                f"    _obj.{field.name} = {made.format(i)} if {name} is _unset else {name}"
            )
            continue
        if field.default is attrs.NOTHING:
            params.append(name)
        else:
            namespace[f"_d{i}"] = field.default
            params.append(f"{name}=_d{i}")
        lines.append(f"    _obj.{field.name} = {name}")
    if len(setters) > len(names):
        lines.append("    _obj._attrs_cached_hash = None")  # attrs' hash cache: made on first use
    source = "\n".join(
        [
            f"def build({', '.join(params)}):",
            "    _obj = _new(_unfrozen)",
            *lines,
            "    _obj.__class__ = _cls",
            "    return _obj",
        ]
    )
    exec(source, namespace)  # field names and counts only: nothing from the user
    build: Callable[..., T] = namespace["build"]
    # It stands in for the class where the rules name it (and where their annotations do).
    build.__name__, build.__qualname__ = cls.__name__, cls.__qualname__
    build.__module__, build.__doc__ = cls.__module__, cls.__doc__
    return build


def _result_builders() -> dict[int, Any]:
    """The result classes the rules build on every call, each with its trusted builder."""
    from ..results import ReturnAssessment, StatusDetermination

    for cls in (StatusDetermination, ReturnAssessment):
        if cls not in _TRUSTED:
            _TRUSTED[cls] = trusted(cls)
    return {id(cls): _TRUSTED[cls] for cls in (StatusDetermination, ReturnAssessment)}


_TRUSTED: dict[type, Any] = {}


def _reduce(obj: Any) -> tuple[Any, tuple[Any, ...]]:
    cls = type(obj)
    names, _ = _layout(cls)
    return rebuild, (cls, tuple([getattr(obj, name) for name in names]))


def _checked_classes() -> list[type]:
    found: list[type] = []
    stack = [Checked]
    while stack:
        for sub in stack.pop().__subclasses__():
            stack.append(sub)
            if (
                attrs.has(sub)
                and sub.__module__.startswith("refugeelaw.")
                and sub not in _UNFROZEN.values()
            ):
                found.append(sub)
    return found


# ---------------------------------------------------------------------------------------------
# Installing and removing.
# ---------------------------------------------------------------------------------------------

# (module or class, name) -> the original
_INSTALLED: dict[tuple[types.ModuleType | type, str], Any] = {}
_PATCHED: set[str] = set()  # the modules wrapped by the current installation
_WRAPPERS: dict[int, Any] = {}  # made once per original, so reinstalling keeps the memos
_CHECKING: dict[int, Any] = {}  # inside checking(): each rule's wrapper that verifies its hits
_VERIFY: list[Verify] = []  # inside checking(): the check those wrappers call
_ENUMS: dict[int, Any] = {}  # the enumerations the rules name, each with its stand-in


def _swaps(modules: list[types.ModuleType]) -> dict[int, Any]:
    """Each original (by identity) mapped to what stands in for it: every rule of ``modules``
    that declares what it reads, and every rule wrapped before (inside :func:`checking`, by its
    wrapper that verifies each hit)."""
    rules = _CHECKING if _VERIFY else _WRAPPERS
    for module in modules:
        for value in vars(module).values():
            if (
                isinstance(value, types.FunctionType)
                and hasattr(value, "__reads__")
                and value.__module__ == module.__name__
                and id(value) not in rules
            ):
                rules[id(value)] = memoised(value, *_VERIFY)
            elif (
                isinstance(value, type)
                and issubclass(value, enum.Enum)
                and value.__module__.startswith("refugeelaw.")
            ):
                _ENUMS[id(value)] = stand_in(value)  # see members.py: Python 3.11's hook
    return {
        id(logic.finding): fast_finding,
        **_result_builders(),
        **_ENUMS,
        **_WRAPPERS,
        **_CHECKING,
    }


def _swapped(value: Any, swaps: dict[int, Any]) -> Any:
    """``value`` with its originals replaced: a function, or a table (a tuple of functions or of
    attrs rows whose fields hold functions)."""
    if id(value) in swaps:
        return swaps[id(value)]
    if isinstance(value, tuple) and value:
        if all(isinstance(v, types.FunctionType) for v in value):
            new = tuple(swaps.get(id(v), v) for v in value)
        elif all(attrs.has(type(v)) for v in value):
            new = tuple(
                attrs.evolve(
                    row,
                    **{
                        f.alias: swaps[id(getattr(row, f.name))]
                        for f in attrs.fields(type(row))
                        if id(getattr(row, f.name)) in swaps
                    },
                )
                for row in value
            )
        else:
            return value
        return new if new != value else value
    return value


def _set(module: types.ModuleType | type, name: str, value: Any) -> None:
    _INSTALLED.setdefault((module, name), getattr(module, name))
    setattr(module, name, value)


def install() -> None:
    """Wrap the rules of every law module loaded so far, the renderers and the JSON writer.

    Idempotent, and incremental: the public entry points (``refugeelaw.assess_status`` and the
    others, the command line, ``assess_many``) call it after loading the rules they use, so that
    a rule module loaded later is wrapped then.
    """
    from .. import render, serialize  # what is derived from findings: wrapped once, up front

    modules = [
        module
        for name, module in list(sys.modules.items())
        if name.startswith(_LAW) and name not in _PATCHED and module is not None
    ]
    swaps = _swaps(modules)
    for module in modules:
        for name, value in list(vars(module).items()):
            if name.startswith("__"):
                continue
            new = _swapped(value, swaps)
            if new is not value:
                _set(module, name, new)
        _PATCHED.add(module.__name__)
    if "derived" not in _PATCHED:
        from .. import facts, questions, results  # answered claims check what changed; paths

        _set(questions, "evolve", checked_evolve)
        importlib.import_module(".answers", __name__).install(_set)  # questions' own devices
        importlib.import_module(".facts", __name__).install(_set)  # claims built for less
        _set(facts, "fact_field", _fact_fields())
        writers = importlib.import_module(".writers", __name__)
        for name, make in (("_cites", writers.cites), ("_details", writers.details)):
            original = getattr(render, name)  # the pieces of a finding's own lines
            if id(original) not in _WRAPPERS:
                made = make(str if name == "_cites" else facts.fact_field)
                _WRAPPERS[id(original)] = functools.update_wrapper(made, original)
            _set(render, name, _WRAPPERS[id(original)])
        for name in ("text_lines", "markdown_lines"):  # by identity, then by what they read
            original = getattr(render, name)
            if id(original) not in _WRAPPERS:
                memo = IdentityMemo()
                _IDENTITY.append(memo)
                _WRAPPERS[id(original)] = memo.wrap(_by_own_fields(original))
                _SEEN[id(original)] = memo.entries
            _set(render, name, _WRAPPERS[id(original)])
        # One walk each, each child looked up inline: the positions, and the missing facts.
        positions = functools.partial(writers.positions, logic.positions_in)
        walk = _walker(logic.positions_in, positions)
        _set(logic, "positions_in", walk)
        missing = functools.partial(writers.missing, Verdict.UNKNOWN)
        _set(results, "missing_facts", _walker(logic.missing_facts, missing))  # results' name
        explained = results.ExplainedResult
        if id(explained._positions) not in _WRAPPERS:  # a result's last sections, written once
            made, written, forget = writers.sections(explained._positions, render._sections, 256)
            _FORGET.append(forget)
            _WRAPPERS[id(explained._positions)] = functools.update_wrapper(
                made, explained._positions
            )
            _WRAPPERS[id(render._sections)] = functools.update_wrapper(written, render._sections)
        _set(render, "_sections", _WRAPPERS[id(render._sections)])
        _set(explained, "_positions", _WRAPPERS[id(explained._positions)])
        if id(serialize.finding_json) not in _WRAPPERS:  # by identity, children inline
            memo = IdentityMemo()
            _IDENTITY.append(memo)
            _WRAPPERS[id(serialize.finding_json)] = writers.finding_json(
                memo.entries, memo.limit, serialize._citation_json, serialize._strs, serialize._str
            )
            functools.update_wrapper(_WRAPPERS[id(serialize.finding_json)], serialize.finding_json)
        _set(serialize, "finding_json", _WRAPPERS[id(serialize.finding_json)])
        if id(serialize.finding_outline_json) not in _WRAPPERS:  # the compact outline
            roots: dict[bool, Callable[[Finding], str]] = {}
            unders: dict[bool, Callable[[Finding, Finding], str]] = {}
            for reasons in (False, True):
                memo = IdentityMemo()
                _IDENTITY.append(memo)
                roots[reasons], unders[reasons] = writers.outlines(
                    reasons,
                    memo.entries,  # lists: [finding, cites, same, other]
                    memo.limit,
                    serialize._citations_under,
                    serialize._key_json,
                    serialize._str,
                )

            def outline(finding: Finding, reasons: bool = False) -> str:
                return roots[bool(reasons)](finding)

            def under(finding: Finding, parent: Finding, reasons: bool = False) -> str:
                return unders[bool(reasons)](finding, parent)

            for original, fast in (
                (serialize.finding_outline_json, outline),
                (serialize.finding_outline_under_json, under),
            ):
                _WRAPPERS[id(original)] = functools.update_wrapper(fast, original)
        for name in ("finding_outline_json", "finding_outline_under_json"):
            _set(serialize, name, _WRAPPERS[id(getattr(serialize, name))])
        for name, lines in (("text_block", "text_lines"), ("markdown_block", "markdown_lines")):
            original = getattr(render, name)  # a subtree's text at its depth, in one function
            if id(original) not in _WRAPPERS:
                lines_of = getattr(render, lines)  # the remembered lines, installed above
                block, forget = writers.blocks(
                    lines_of,
                    _SEEN[id(_INSTALLED[(render, lines)])],
                    1024,  # per depth: what repeats is a few hundred subtrees
                    functools.partial(
                        render.note_block, format="text" if name == "text_block" else "markdown"
                    ),
                )
                _FORGET.append(forget)
                _WRAPPERS[id(original)] = functools.update_wrapper(block, original)
            _set(render, name, _WRAPPERS[id(original)])
        _PATCHED.add("derived")
    if modules:
        copyreg.pickle(Finding, _reduce)
        for cls in _checked_classes():
            copyreg.pickle(cls, _reduce)


_LAW = "refugeelaw.law."


def _walker(original: Callable[[Finding], T], make: Callable[..., Callable[[Finding], T]]) -> Any:
    """``original`` (a walk of a finding tree) made by ``make`` (one of :mod:`.writers`' walks),
    given a memo by identity and one by parts, made once so that reinstalling keeps them."""
    if id(original) not in _WRAPPERS:
        seen, parts = IdentityMemo(), Memo()
        _IDENTITY.append(seen)
        _MEMOS.append(parts)
        walk = make(seen.entries, parts.entries, parts.learn, seen.limit)
        _WRAPPERS[id(original)] = functools.update_wrapper(walk, original)
    return _WRAPPERS[id(original)]


def _by_own_fields(compute: Callable[[Finding], T]) -> Callable[[Finding], T]:
    """``compute`` of a finding's own lines, remembered by the fields those lines read (element,
    verdict, reason, citations, standard, facts, missing; never the children): a finding made
    anew for each claim above a claim's own findings (the inclusion, the conclusion) says what
    the same finding said for an earlier claim."""
    memo = Memo(limit=2048)  # a few hundred repeat; the rest are one claim's own
    _MEMOS.append(memo)
    entries, learn = memo.entries, memo.learn

    def remembered(f: Finding) -> T:
        key = (f.element, f.verdict, f.reason, f.citations, f.standard, f.facts, f.missing)
        try:
            return entries[key]  # type: ignore[no-any-return]
        except KeyError:
            return learn(key, compute(f))

    functools.update_wrapper(remembered, compute)
    return remembered


def _fact_fields() -> Callable[[str], str]:
    """``facts.fact_field`` remembered by path (a caseload's findings name a few hundred paths;
    each explanation asks which of them record a judgement)."""
    from ..facts import fact_field

    if id(fact_field) in _WRAPPERS:
        return _WRAPPERS[id(fact_field)]  # type: ignore[no-any-return]
    memo = Memo()
    entries, learn = memo.entries, memo.learn
    _MEMOS.append(memo)

    def remembered(path: str) -> str:
        try:
            return entries[path]  # type: ignore[no-any-return]
        except KeyError:
            return learn(path, fact_field(path))

    functools.update_wrapper(remembered, fact_field)
    _WRAPPERS[id(fact_field)] = remembered
    return remembered


def uninstall() -> None:
    """Put every original back (the rules then run exactly as written)."""
    for (module, name), original in _INSTALLED.items():
        setattr(module, name, original)
    _INSTALLED.clear()
    _PATCHED.clear()
    for cls in (Finding, *_checked_classes()):
        copyreg.dispatch_table.pop(cls, None)


def installed() -> bool:
    """Whether the speed layer is in place."""
    return bool(_INSTALLED)


@contextlib.contextmanager
def checking(verify: Verify) -> Iterator[None]:
    """Inside the block the layer is installed with every rule's memo handing each hit to
    ``verify(rule, first, now, remembered)`` (see :data:`Verify`), which may recompute the rule
    as written and compare: the test that a declaration covers what its rule reads
    (``tests/test_memo_hits.py``). Private, for tests (not thread-safe). The memos of the block
    start empty and are dropped at its end; the layer is then put back as it was (installed or
    not), with its own memos as they were. Outside the block the wrappers are generated without
    any of this, so it costs nothing."""
    was = installed()
    uninstall()
    _VERIFY[:] = [verify]
    _CHECKING.clear()
    try:
        install()  # the entry points' own install() calls inside the block keep checking
        yield
    finally:
        uninstall()
        _VERIFY.clear()
        _CHECKING.clear()
        if was:
            install()


@contextlib.contextmanager
def off() -> Iterator[None]:
    """Run the rules exactly as written inside the block (not thread-safe: for tests and
    benchmarks)."""
    was = installed()
    uninstall()
    try:
        yield
    finally:
        if was:
            install()
