"""A finding tree as a diagram's nodes, numbered the one way for every diagram (DOT, Mermaid), and
what every format says of a note."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..logic import Finding

__all__ = ["NOTE", "notes_marked", "numbered"]

NOTE = ("for information", "cannot decide the outcome")
"""What every format says of a note (a finding of role ``"note"``, shown for information: a
definition kept beside the one that decides, as Art 1A(2) for a recognised refugee with a clause
pending, recognition being declaratory, UNHCR Handbook para. 28; a conflicting duty that lifts no
bar): a label and its words. No fact a note or a finding below it waits on is listed as missing
(the result's ``missing_facts()`` names none of them either). The one place for these words."""


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


def notes_marked(nodes: list[tuple[str, Finding, list[str]]]) -> set[str]:
    """The ids of the nodes (as :func:`numbered` gives them) that a diagram marks as a note
    (:data:`NOTE`): each note not below another (a note below one is not marked again)."""
    inside: set[str] = set()
    marked: set[str] = set()
    for node, f, children in nodes:  # depth first: a parent comes before its children
        if node in inside:
            inside.update(children)
        elif f.role == "note":
            marked.add(node)
            inside.update(children)
    return marked
