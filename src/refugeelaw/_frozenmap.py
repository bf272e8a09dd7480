"""A small immutable, hashable mapping (frozen attrs classes need hashable fields)."""

from __future__ import annotations

from typing import Any, NoReturn, TypeVar

K = TypeVar("K")
V = TypeVar("V")


def _immutable(self: Any, *args: Any, **kwargs: Any) -> NoReturn:
    raise TypeError(f"{type(self).__name__} is immutable")


class FrozenMap(dict[K, V]):
    """An immutable mapping that compares equal to a ``dict`` with the same items.

    A ``dict`` that refuses every change, so that looking up, iterating and comparing it cost
    what they cost for a ``dict`` (the rules and the memos keyed on a claim's mappings do all
    three for every claim); hashable, by its items, once.

    >>> m = FrozenMap({"PRK": 1})
    >>> m == {"PRK": 1}, hash(m) == hash(FrozenMap({"PRK": 1}))
    (True, True)
    >>> m["KOR"] = 2
    Traceback (most recent call last):
    ...
    TypeError: FrozenMap is immutable
    """

    __slots__ = ("_hash",)

    def __hash__(self) -> int:  # type: ignore[override]
        try:
            return self._hash
        except AttributeError:
            self._hash: int = hash(frozenset(self.items()))
            return self._hash

    __setitem__ = __delitem__ = __ior__ = _immutable
    clear = pop = popitem = setdefault = update = _immutable

    def copy(self) -> FrozenMap[K, V]:
        """Itself: it never changes."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"

    def __reduce__(self) -> tuple[type[FrozenMap[K, V]], tuple[dict[K, V]]]:
        return (type(self), (dict(self),))
