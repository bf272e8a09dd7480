"""A small immutable, hashable mapping (frozen attrs classes need hashable fields)."""

from __future__ import annotations

from typing import Any, NoReturn, TypeVar

K = TypeVar("K")
V = TypeVar("V")


_set = object.__setattr__


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

    # The hash, once made, in the instance; until then, the class's None (no __init__ of its own:
    # the dict's, written in C, makes it).
    _hash: int | None = None

    def __hash__(self) -> int:  # type: ignore[override]
        found = self._hash
        if found is None:
            found = hash(frozenset(self.items()))
            _set(self, "_hash", found)
        return found

    __setattr__ = __delattr__ = _immutable
    __setitem__ = __delitem__ = __ior__ = _immutable
    clear = pop = popitem = setdefault = update = _immutable

    def copy(self) -> FrozenMap[K, V]:
        """Itself: it never changes."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"

    def __reduce__(self) -> tuple[type[FrozenMap[K, V]], tuple[dict[K, V]]]:
        return (type(self), (dict(self),))
