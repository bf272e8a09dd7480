"""Values computed from immutable objects, remembered by the object's identity.

The rules share findings among claims (a caseload's findings are mostly the same few hundred
objects), so anything derived from a finding — its JSON text, its rendered line, the doctrinal
positions its subtree relies on — can be computed once per finding rather than once per claim.
Equality would be the wrong key (hashing a finding hashes its whole subtree); identity is cheap,
and each entry holds the object itself, so an identity is never mistaken for a later object's.
Each memo is bounded and starts afresh when full.
"""

from __future__ import annotations

from typing import Generic, TypeVar

V = TypeVar("V")


class IdentityMemo(Generic[V]):
    """A bounded map from objects, by identity, to values computed from them."""

    __slots__ = ("_entries", "_limit")

    def __init__(self, limit: int = 4096) -> None:
        self._entries: dict[int, tuple[object, V]] = {}
        self._limit = limit

    def get(self, obj: object) -> V | None:
        """The value remembered for ``obj`` itself, or ``None``."""
        hit = self._entries.get(id(obj))
        return hit[1] if hit is not None and hit[0] is obj else None

    def put(self, obj: object, value: V) -> V:
        """Remember ``value`` for ``obj`` and return it."""
        if len(self._entries) >= self._limit:
            self._entries.clear()
        self._entries[id(obj)] = (obj, value)
        return value
