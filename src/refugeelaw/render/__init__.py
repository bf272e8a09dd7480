"""Rendering: finding trees and results as text, Markdown and Graphviz DOT, all deterministic.

Every explanation the library prints is made here, and only here. A finding tree is rendered one
line (or node) per finding; a result is a :class:`Report` (what it concludes, as plain data)
around its tree: one header, the tree, then the result's sections. Adding an output format means
adding one renderer below; the rules and the results do not change.

This module reads findings by their fields alone (it imports neither the rules nor the result
classes), so the results can hand themselves to it without an import cycle.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from ..errors import InvalidInput, Problem, shown

if TYPE_CHECKING:
    from ..logic import Finding

__all__ = ["FORMATS", "Report", "Section", "render_report", "render_tree"]

FORMATS = ("text", "markdown", "dot")


@attrs.frozen
class Section:
    """A list printed after the finding tree: a heading and its items.

    Args:
        heading: the section's heading ("Facts that would decide it:").
        items: one line each.
        empty: what to print for no items (``None``: leave the section out).
        inline: print the items on the heading's line, comma-separated ("Void: x, y").
    """

    heading: str
    items: tuple[str, ...] = ()
    empty: str | None = None
    inline: bool = False


@attrs.frozen
class Report:
    """What a result says about itself, before any format: a title, a line of context, the tree and
    the sections after it."""

    title: str
    context: str
    tree: Finding
    sections: tuple[Section, ...] = ()


def _check(format: str) -> None:
    if format not in FORMATS:
        raise InvalidInput(
            [Problem("format", f"expected one of {', '.join(FORMATS)}, got {shown(format)}")]
        )


def render_tree(root: Finding, format: str = "text") -> str:
    """A finding tree alone: ``"text"`` (one indented line per finding), ``"markdown"`` (a nested
    list) or ``"dot"`` (a Graphviz digraph coloured by verdict)."""
    _check(format)
    if format == "dot":
        return "\n".join(_dot(root))
    return "\n".join(_body(root, format))


def render_report(report: Report, format: str = "text") -> str:
    """A result: the header, the tree, then the sections (DOT draws the tree alone)."""
    _check(format)
    if format == "dot":
        return "\n".join(_dot(report.tree))
    header = [f"{'# ' if format == 'markdown' else ''}{report.title}", report.context, ""]
    return "\n".join([*header, *_body(report.tree, format), *_sections(report.sections)])


def _sections(sections: Iterable[Section]) -> list[str]:
    out: list[str] = []
    for section in sections:
        if not section.items and section.empty is None:
            continue
        out.append("")
        if section.inline:
            out.append(f"{section.heading} {', '.join(section.items)}")
            continue
        out.append(section.heading)
        out += [f"- {item}" for item in section.items] or [f"- {section.empty}"]
    return out


# ---------------------------------------------------------------------------------------------
# Text and Markdown: one line per finding, then its details, indented by depth.
# ---------------------------------------------------------------------------------------------


def _cites(f: Finding) -> str:
    return "; ".join(str(c) for c in f.citations)


def _details(f: Finding) -> list[str]:
    out = []
    if f.standard:
        out.append(f"standard: {f.standard}")
    if f.judgements:
        out.append("judgement: " + ", ".join(f.judgements))
    if f.facts:
        out.append("facts: " + ", ".join(f.facts))
    if f.missing:
        out.append("missing: " + ", ".join(f.missing))
    return out


def text_lines(f: Finding) -> tuple[str, ...]:
    """One finding's own lines as text, before indentation."""
    cite = f" [{_cites(f)}]" if f.citations else ""
    head = f"{f.verdict.symbol} {f.element}: {f.reason}{cite}"
    return (head, *(f"    ({d})" for d in _details(f)))


def markdown_lines(f: Finding) -> tuple[str, ...]:
    """One finding's own lines as Markdown, before indentation."""
    cite = f" — *{_cites(f)}*" if f.citations else ""
    head = f"- {f.verdict.symbol} **{f.element}**: {f.reason}{cite}"
    return (head, *(f"  - {d}" for d in _details(f)))


def _body(root: Finding, format: str) -> Sequence[str]:
    lines = text_lines if format == "text" else markdown_lines
    return [f"{'  ' * depth}{line}" for depth, f in root.walk() for line in lines(f)]


# ---------------------------------------------------------------------------------------------
# Graphviz DOT: a node per finding, coloured by verdict.
# ---------------------------------------------------------------------------------------------

_COLOURS = {"met": "palegreen", "not_met": "lightpink", "unknown": "lightgoldenrod"}


def _dot_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _dot(root: Finding) -> list[str]:
    lines = [
        "digraph finding {",
        '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
    ]
    ids: dict[int, str] = {}
    nodes: list[Finding] = []
    for n, (_, f) in enumerate(root.walk()):
        node = f"n{n}"
        ids[id(f)] = node
        lines.append(
            f'  {node} [label="{_dot_escape(f.verdict.symbol + " " + f.element)}'
            + (f"\\n{_dot_escape(_cites(f))}" if f.citations else "")
            + f'", fillcolor={_COLOURS[f.verdict.value]}];'
        )
        nodes.append(f)
    for f in nodes:
        for child in f.children:
            lines.append(f"  {ids[id(f)]} -> {ids[id(child)]};")
    lines.append("}")
    return lines
