"""The facts' speed device (:mod:`refugeelaw.facts`): a claim, a harm, a person and a social group
built from a user's values for less, with the same conversions, defaults, checks and errors.

attrs' ``__init__`` of a frozen class sets each field through ``object.__setattr__`` (a call that
looks the name up, for each of a claim's 55 fields or so), then :class:`refugeelaw._validate.Checked`
reads every field back for its quick test. :func:`fast_init` writes, per class, an ``__init__``
with the very same parameters that

1. converts every value with the field's own converter, in field order (a factory's default made
   and converted as attrs does), into local variables; a default left as it is where converting
   it gives it back (the converters are pure), and a factory's product shared where it is an
   empty immutable container (an empty ``FrozenMap``, frozenset or tuple), equal to a new one;
2. runs the class's quick test (:func:`refugeelaw._validate._quick_test`'s inline templates) on
   those locals;
3. stores them with plain slot stores into the object made an unfrozen twin of its class for the
   while (:func:`refugeelaw._speed.unfrozen`: the same layout, so ``__class__`` assignment is
   allowed both ways), and makes it its class again;
4. where the quick test could not say "fine", runs ``__attrs_post_init__`` as attrs' ``__init__``
   does, which runs every check and raises the same :class:`~refugeelaw.InvalidInput`.

A value is converted and checked by the same functions as without the device, so the object, or
the error, is the same (``tests/test_speed.py`` proves it on generated values). An instance of a
subclass (which the twin is not) is built by attrs' own ``__init__``.

:func:`install` puts these ``__init__`` methods on the classes; :func:`refugeelaw._speed.off`
puts attrs' own back.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

import attrs

from .._frozenmap import FrozenMap
from .._validate import Checked, cross_fine_source
from ..facts import Claim, Harm, Person, SocialGroup
from . import _layout, unfrozen

__all__ = ["fast_init", "install"]

CLASSES = (SocialGroup, Person, Harm, Claim)

_set_class = object.__setattr__

#: Types whose empty instance is immutable: a field's factory making one may share it.
_EMPTY_ALIKE = (FrozenMap, frozenset, tuple)


def install(put: Callable[[Any, str, Any], None]) -> None:
    """Put each fact class's fast ``__init__`` on it with ``put(cls, "__init__", init)`` (the
    layer's setter, which keeps attrs' own for :func:`refugeelaw._speed.uninstall`)."""
    for cls in CLASSES:
        if cls not in _INITS:
            _INITS[cls] = fast_init(cls)
        put(cls, "__init__", _INITS[cls])


_INITS: dict[type, Any] = {}


def fast_init(cls: type) -> Callable[..., None]:
    """An ``__init__`` for the checked attrs class ``cls`` doing what attrs' does (see above).

    Raises:
        TypeError: ``cls`` is not a class this can build: one whose fields all take a plain
            converter function (or none) and a ``check``, with no validator, no alias and no
            ``init=False``, checked by :class:`~refugeelaw._validate.Checked` alone.
    """
    original = cls.__dict__["__init__"]
    fields = attrs.fields(cls)
    if (
        not issubclass(cls, Checked)
        or getattr(cls, "__attrs_post_init__", None) is not Checked.__attrs_post_init__
        or getattr(cls, "__attrs_pre_init__", None) is not None
    ):
        raise TypeError(f"{cls.__qualname__}: not checked by Checked alone")
    for f in fields:
        if (
            not f.init
            or f.validator is not None
            or f.alias != f.name
            or f.name.startswith("_")
            or f.name in ("self", "fine")
            or "check" not in f.metadata
            or not (f.converter is None or isinstance(f.converter, types.FunctionType))
        ):
            raise TypeError(f"{cls.__qualname__}.{f.name}: not a field this builds")
    names, setters = _layout(cls)
    namespace: dict[str, Any] = {
        "_cls": cls,
        "_twin": unfrozen(cls),
        "_set_class": _set_class,
        "_original": original,
        "_NOTHING": attrs.NOTHING,
    }
    params: list[str] = []
    keywords: list[str] = []  # the keyword-only fields' parameters, after a bare "*"
    converting: list[str] = []
    tests: list[str] = []
    for i, f in enumerate(fields):
        name = f.name
        default = f.default
        convert = f.converter
        if convert is not None:
            namespace[f"_c{i}"] = convert
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                raise TypeError(f"{cls.__qualname__}.{name}: a factory taking the object")
            namespace[f"_f{i}"] = default.factory
            (keywords if f.kw_only else params).append(f"{name}=_NOTHING")
            made = default.factory()
            if convert is not None:
                made = convert(made)
            if type(made) in _EMPTY_ALIKE and not made:
                # Every one made is empty and immutable (a FrozenMap, a frozenset, a tuple),
                # so one serves them all, as equal as a new one.
                namespace[f"_m{i}"] = made
                converting.append(f"    if {name} is _NOTHING:")
                converting.append(f"        {name} = _m{i}")
                if convert is not None:
                    converting.append("    else:")
                    converting.append(f"        {name} = _c{i}({name})")
                convert = None  # converted above
            else:
                converting.append(f"    if {name} is _NOTHING:")
                converting.append(f"        {name} = _f{i}()")
        elif default is attrs.NOTHING:
            (keywords if f.kw_only else params).append(name)
        else:
            namespace[f"_d{i}"] = default
            (keywords if f.kw_only else params).append(f"{name}=_d{i}")
            if convert is not None and convert(default) is default:
                # The default, not given: its conversion is itself (the converters are pure).
                converting.append(f"    if {name} is not _d{i}:")
                converting.append(f"        {name} = _c{i}({name})")
                convert = None  # converted above
        if convert is not None:
            converting.append(f"    {name} = _c{i}({name})")
        check = f.metadata["check"]
        template, env = getattr(check, "quick", ("not {e}({v})", check))
        namespace[f"_e{i}"] = env
        tests.append(f"({template.format(v=name, e=f'_e{i}')})")
    stores = [f"    self.{name} = {name}" for name in names]
    # A class that checks across fields: its fields fine, those checks decide (the slow check,
    # called where they find something, raises what they found). Where the class says inline
    # that they certainly find nothing (``_cross_fine``, on the local values), they do not run.
    crossed = cls._cross_check is not Checked._cross_check
    across = cross_fine_source(cls, "")
    cross = "_crossed(self)" if across is None else f"not ({across}) and _crossed(self)"
    check = cls._cross_check
    # Whether it finds anything: a check may return a tuple or yield (a generator is truthy).
    namespace["_crossed"] = lambda obj: next(iter(check(obj)), None) is not None
    if len(setters) > len(names):
        stores.append("    self._attrs_cached_hash = None")  # attrs' hash cache: made on first use
    # A subclass's call goes on to attrs' own __init__, keyword-only fields by keyword.
    forward = [f.name for f in fields if not f.kw_only]
    forward += [f"{f.name}={f.name}" for f in fields if f.kw_only]
    source = "\n".join(
        [
            f"def __init__(self, {', '.join([*params, *(['*', *keywords] if keywords else [])])}):",
            "    if self.__class__ is not _cls:  # a subclass: attrs' own __init__",
            f"        _original(self, {', '.join(forward)})",
            "        return",
            *converting,
            f"    fine = {' and '.join(tests)}",
            "    _set_class(self, '__class__', _twin)",
            *stores,
            "    self.__class__ = _cls",
            f"    if not fine or {cross}:" if crossed else "    if not fine:",
            "        self.__attrs_post_init__()",
        ]
    )
    code = compile(source, f"<refugeelaw._speed.facts: {cls.__qualname__}.__init__>", "exec")
    exec(code, namespace)  # field names and fixed templates only: nothing from the user
    init: Callable[..., None] = namespace["__init__"]
    init.__qualname__ = original.__qualname__
    init.__module__ = original.__module__
    init.__doc__ = original.__doc__
    init.__annotations__ = dict(original.__annotations__)
    return init
