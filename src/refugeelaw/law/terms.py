"""Citations and names that the rules of Art 1 share."""

from __future__ import annotations

from collections.abc import Iterable

from ..countries import country_name
from ..sources import Citation

__all__ = ["ART_1A2", "handbook", "harm_path", "names"]

_C = "refugee-convention-1951"
ART_1A2 = Citation(_C, "1A(2)")


def handbook(paras: str) -> Citation:
    """UNHCR Handbook paragraphs (the Handbook interprets; it does not bind)."""
    return Citation("unhcr-handbook", paras)


def names(codes: Iterable[str]) -> str:
    """Countries by name: "North Korea", "North Korea and South Korea"."""
    listed = [country_name(c) for c in codes]
    if len(listed) <= 1:
        return listed[0] if listed else "any country of reference"
    return ", ".join(listed[:-1]) + " and " + listed[-1]


def harm_path(index: int) -> str:
    """``fears[index]``, the field path of a feared harm."""
    return f"fears[{index}]"
