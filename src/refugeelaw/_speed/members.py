"""Enumerations as the rules name them, without Python 3.11's hook on class attributes.

Python 3.11's ``enum.EnumType`` defines ``__getattr__``, so every ``Verdict.MET``,
``Status.REFUGEE`` or ``Verdict.all`` in a rule is looked up through ``type.__getattribute__``
called as a method wrapper made for the occasion: some 870 machine instructions, thirty-odd
times a claim (an eighth of a status determination). The stand-in holds the same members and
class methods as plain attributes (a dict look-up), and hands everything else (iterating,
calling, ``len``, ``in``, ``isinstance``) to the enumeration itself: the rules get the very
same objects. (Python 3.12 drops the hook; the stand-in then costs nothing and gains nothing.)
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import Any

__all__ = ["Members", "stand_in"]


class Members:
    """An enumeration's members and class-level names as instance attributes; the rest is the
    enumeration's own."""

    def __init__(self, cls: type[enum.Enum]) -> None:
        names: dict[str, Any] = {}
        for name in {n: None for klass in cls.__mro__ for n in vars(klass)}:
            if name.startswith("__"):
                continue
            try:
                names[name] = getattr(cls, name)
            except AttributeError:  # a member's property (name, value), not the class's
                continue
        names.update(cls.__members__)  # aliases too
        for name in ("__name__", "__qualname__", "__module__", "__doc__"):  # as the class says
            names[name] = getattr(cls, name)
        vars(self).update(names)
        vars(self)["__enumeration__"] = cls

    def __iter__(self) -> Iterator[Any]:
        return iter(self.__enumeration__)

    def __reversed__(self) -> Iterator[Any]:
        return reversed(self.__enumeration__)

    def __len__(self) -> int:
        return len(self.__enumeration__)

    def __contains__(self, value: object) -> bool:
        return value in self.__enumeration__  # type: ignore[operator]  # any value may be asked

    def __getitem__(self, name: str) -> Any:
        return self.__enumeration__[name]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.__enumeration__(*args, **kwargs)

    def __instancecheck__(self, value: object) -> bool:
        return isinstance(value, self.__enumeration__)

    def __subclasscheck__(self, cls: type) -> bool:
        return issubclass(cls, self.__enumeration__)

    def __repr__(self) -> str:
        return repr(self.__enumeration__)

    __enumeration__: type[enum.Enum]


_STAND_INS: dict[type[enum.Enum], Members] = {}


def stand_in(cls: type[enum.Enum]) -> Members:
    """The stand-in for ``cls`` (one per enumeration, so that reinstalling keeps it)."""
    found = _STAND_INS.get(cls)
    if found is None:
        found = _STAND_INS[cls] = Members(cls)
    return found
