"""A finding tree as a diagram's nodes, numbered the one way for every diagram (DOT, Mermaid)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..logic import Finding

__all__ = ["numbered"]


def numbered(root: Finding) -> list[tuple[str, Finding, list[str]]]:
    """Every finding of the tree as a diagram's node: its id (``n0``, ``n1``, ... in depth-first
    order), the finding, and its children's ids in order. A finding that occurs twice in the
    tree (the same object) is two nodes, so every child has its own edge."""
    out: list[tuple[str, Finding, list[str]]] = []
    stack: list[tuple[Finding, list[str] | None]] = [(root, None)]
    while stack:
        f, siblings = stack.pop()
        node, children = f"n{len(out)}", list[str]()
        out.append((node, f, children))
        if siblings is not None:
            siblings.append(node)
        stack.extend((child, children) for child in reversed(f.children))
    return out
