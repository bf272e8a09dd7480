"""Mermaid: the finding tree as a flowchart, one node per finding and one edge per child.

Node ids are ``n0``, ``n1``, ... in the tree's depth-first order, so the same tree gives the same
diagram. A label holds the verdict's mark, the element and its citations; every character Mermaid
reads as syntax (quotes, brackets, braces, parentheses, ``<``, ``>``, ``&``, ``#``, ``|``,
backticks) is written as a Mermaid entity code (``#quot;``, ``#91;``, ...) and a line break as
``<br/>``. Classes ``met``, ``not_met`` and ``unknown`` colour the nodes; the mark (✓, ✗, ?)
says the verdict in text too.

>>> import refugeelaw as rl
>>> from refugeelaw import testing
>>> d = rl.assess_status(testing.north_korean_escapee(), on="2004-06-30", state="CHN")
>>> print(d.finding.find("for reasons of a Convention ground").explain(format="mermaid"))
flowchart TD
  n0["✓ for reasons of a Convention ground<br/>Refugee Convention art. 1A#40;2#41;; UNHCR Handbook paras 66–67; UNHCR Handbook paras 80–86"]
  classDef met fill:palegreen,stroke:gray
  classDef not_met fill:lightpink,stroke:gray
  classDef unknown fill:lightgoldenrodyellow,stroke:gray
  class n0 met
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._line import one_line
from .nodes import NOTE, notes_marked, numbered

if TYPE_CHECKING:
    from ..logic import Finding
    from . import Report

__all__ = ["escape", "items_mermaid", "tree_mermaid"]

# "#" first: every other escape starts with it.
_ENTITIES = {
    "#": "#35;",
    '"': "#quot;",
    "&": "#38;",
    "<": "#lt;",
    ">": "#gt;",
    "[": "#91;",
    "]": "#93;",
    "{": "#123;",
    "}": "#125;",
    "(": "#40;",
    ")": "#41;",
    "|": "#124;",
    "`": "#96;",
}
_TABLE = str.maketrans(_ENTITIES)
_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")  # as str.splitlines()


def escape(text: str) -> str:
    """``text`` for a quoted Mermaid label: syntax characters as entity codes, each line break
    as ``<br/>``, every other control character (a NUL, an escape sequence, a bidirectional
    override) written as its escape, as text and Markdown write it
    (``refugeelaw.render.one_line``).

    >>> escape('the "A" [1] & <b>\\nnext\\x1b[0m')
    'the #quot;A#quot; #91;1#93; #38; #lt;b#gt;<br/>next\\\\x1b#91;0m'
    """
    return one_line(_BREAK.sub("<br/>", text.translate(_TABLE)))


def tree_mermaid(root: Finding) -> list[str]:
    """The tree as a top-down Mermaid flowchart (``flowchart TD``)."""
    lines = ["flowchart TD"]
    classes: dict[str, list[str]] = {"met": [], "not_met": [], "unknown": []}
    nodes = numbered(root)
    marked = notes_marked(nodes)
    for node, f, _ in nodes:
        label = escape(f"{f.verdict.symbol} {f.element}")
        if f.citations:
            label += "<br/>" + escape("; ".join(str(c) for c in f.citations))
        if node in marked:
            label += "<br/>" + escape(f"({NOTE[0]}: {NOTE[1]})")
        lines.append(f'  {node}["{label}"]')
        classes[f.verdict.value].append(node)
    lines += [f"  {node} --> {child}" for node, _, children in nodes for child in children]
    lines += [
        "  classDef met fill:palegreen,stroke:gray",
        "  classDef not_met fill:lightpink,stroke:gray",
        "  classDef unknown fill:lightgoldenrodyellow,stroke:gray",
    ]
    lines += [f"  class {','.join(nodes)} {name}" for name, nodes in classes.items() if nodes]
    return lines


def items_mermaid(report: Report) -> list[str]:
    """A report with no finding tree (a comparison of doctrines) as a flowchart: its title and
    context in one node, above one node for each item of its sections."""
    items = [item for section in report.sections for item in section.items]
    return [
        "flowchart TD",
        f'  n0["{escape(report.title)}<br/>{escape(report.context)}"]',
        *[f'  n{i}["{escape(item)}"]' for i, item in enumerate(items, 1)],
        *[f"  n0 --> n{i}" for i in range(1, len(items) + 1)],
    ]
