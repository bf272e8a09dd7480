"""Rendering: finding trees and results as text, Markdown, Graphviz DOT, HTML and Mermaid, all
deterministic.

Every explanation the library prints is made here, and only here. A finding tree is rendered one
line (or node) per finding; a result is a :class:`Report` (what it concludes, as plain data)
around its tree: one header, the tree, then the result's sections. Adding an output format means
adding one renderer (below, or a module beside this one: :mod:`.html`, :mod:`.mermaid`) and its
name in :data:`FORMATS`; the rules and the results do not change.

This module reads findings by their fields alone (it imports neither the rules nor the result
classes), so the results can hand themselves to it without an import cycle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from ..errors import InvalidInput, Problem, shown
from ._line import one_line
from .nodes import NOTE, notes_marked, numbered

if TYPE_CHECKING:
    from ..logic import Finding

__all__ = [
    "FORMATS",
    "Report",
    "Section",
    "markdown_escape",
    "one_line",
    "render_report",
    "render_tree",
]

FORMATS = ("text", "markdown", "dot", "html", "mermaid")
"""The formats of ``explain(format=...)``: every result's, and every finding's."""

_DIAGRAMS = ("dot", "mermaid")  # formats that draw the tree alone


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
    the sections after it. A result with no finding tree of its own (a comparison of doctrines)
    has ``tree=None``: its sections say it all, and a diagram draws its title above one node per
    item of its sections."""

    title: str
    context: str
    tree: Finding | None
    sections: tuple[Section, ...] = ()


def _check(format: str) -> None:
    if format not in FORMATS:
        raise InvalidInput(
            [Problem("format", f"expected one of {', '.join(FORMATS)}, got {shown(format)}")]
        )


def render_tree(root: Finding, format: str = "text") -> str:
    """A finding tree alone: ``"text"`` (one indented line per finding), ``"markdown"`` (a nested
    list), ``"dot"`` (a Graphviz digraph coloured by verdict), ``"html"`` (a nested ``<ul>``
    list, see :mod:`refugeelaw.render.html`) or ``"mermaid"`` (a flowchart, see
    :mod:`refugeelaw.render.mermaid`)."""
    _check(format)
    if format == "dot":
        return "\n".join(_dot(root))
    if format == "mermaid":
        from .mermaid import tree_mermaid

        return "\n".join(tree_mermaid(root))
    if format == "html":
        from .html import tree_html

        return "\n".join(tree_html(root))
    return _tree_text(root, format)


def render_report(report: Report, format: str = "text") -> str:
    """A result: the header, the tree, then the sections (DOT and Mermaid draw the tree alone, or
    for a report with no tree its title and the items of its sections; HTML is one
    ``<article>`` fragment)."""
    _check(format)
    if format in _DIAGRAMS:
        if report.tree is not None:
            return render_tree(report.tree, format)
        if format == "dot":
            return "\n".join(_items_dot(report))
        from .mermaid import items_mermaid

        return "\n".join(items_mermaid(report))
    if format == "html":
        from .html import report_html

        return report_html(report, _header(report, format))
    sections = report.sections if format == "text" else _markdown_sections(report.sections)
    header = _header(report, format)
    if report.tree is None:  # the sections follow the header's blank line
        return "\n".join([*header[:-1], *_sections(sections)])
    return "\n".join([*header, _tree_text(report.tree, format), *_sections(sections)])


def _header(report: Report, format: str) -> list[str]:
    """The one header of every result: its title as a heading, then its line of context."""
    if format == "html":
        from .html import escape  # a control or bidirectional character as U+FFFD, as in all HTML

        return [f"<h2>{escape(report.title)}</h2>", f"<p>{escape(report.context)}</p>"]
    if format == "markdown":
        return [f"# {markdown_escape(report.title)}", markdown_escape(report.context), ""]
    return [one_line(report.title), one_line(report.context), ""]


# ---------------------------------------------------------------------------------------------
# Text the facts put in a line: a harm's description may hold a line break, or Markdown.
# ---------------------------------------------------------------------------------------------

# The ASCII characters that could make Markdown of a line's text: code, emphasis by asterisks,
# links and images, raw HTML and autolinks, entities, strikethrough, and emphasis by underscores:
# an underscore at the start or end of a word ("_x_", "__x__") opens or closes emphasis
# (CommonMark 0.31, 6.2: a "_" run opens or closes only where it is not both preceded and followed
# by an alphanumeric), so each underscore is escaped unless it stands between two letters or
# digits, as in NOT_REFUGEE, which makes no emphasis and is left alone.
_MARKDOWN = re.compile(r"([\\`*\[\]<&~]|(?<![^\W_])_|_(?![^\W_]))")


def markdown_escape(text: str) -> str:
    """``text`` as Markdown that renders as exactly that text, on one line (:func:`one_line`):
    each character Markdown gives a meaning inside a line backslash-escaped, so that a harm's
    description makes no link, image, HTML or emphasis (an underscore too, unless it stands
    between two letters or digits, where it makes none).

    >>> print(markdown_escape("<b>fears[0]</b> *x* _y_ __z__ NOT_REFUGEE"))
    \\<b>fears\\[0\\]\\</b> \\*x\\* \\_y\\_ \\_\\_z\\_\\_ NOT_REFUGEE
    """
    return _MARKDOWN.sub(r"\\\1", one_line(text))


_EDGE_SPACE = re.compile(r"^\s+|\s+$")


def _spaced(text: str) -> str:
    """Markdown ``text`` to put between emphasis marks: a space at its start or end (a
    description ending in one) would keep the marks from opening or closing (CommonMark 6.2,
    flanking), so it is written as a character reference."""
    return _EDGE_SPACE.sub(lambda m: "".join([f"&#{ord(c)};" for c in m[0]]), text)


def _markdown_sections(sections: Iterable[Section]) -> list[Section]:
    """The sections with every heading and item escaped for Markdown."""
    return [
        attrs.evolve(
            s,
            heading=markdown_escape(s.heading),
            items=tuple([markdown_escape(item) for item in s.items]),
            empty=None if s.empty is None else markdown_escape(s.empty),
        )
        for s in sections
    ]


def _sections(sections: Iterable[Section]) -> list[str]:
    """The sections' lines (an item from the facts, a harm's description, kept to one line)."""
    out: list[str] = []
    for section in sections:
        if not section.items and section.empty is None:
            continue
        out.append("")
        if section.inline:
            out.append(one_line(f"{section.heading} {', '.join(section.items)}"))
            continue
        out.append(section.heading)
        out += [f"- {one_line(item)}" for item in section.items] or [f"- {section.empty}"]
    return out


# ---------------------------------------------------------------------------------------------
# Text and Markdown: one line per finding, then its details, indented by depth.
# ---------------------------------------------------------------------------------------------


def _cites(f: Finding) -> str:
    return "; ".join(str(c) for c in f.citations)


def _details(f: Finding) -> list[tuple[str, str | tuple[str, ...]]]:
    """A finding's details, each a label and what it lists: the standard (a text), then the
    judgements, facts and missing facts (field paths)."""
    out: list[tuple[str, str | tuple[str, ...]]] = []
    if f.standard:
        out.append(("standard", f.standard))
    if f.judgements:
        out.append(("judgement", f.judgements))
    if f.facts:
        out.append(("facts", f.facts))
    if f.missing:
        out.append(("missing", f.missing))
    return out


def noted(f: Finding, top: bool) -> list[tuple[str, str | tuple[str, ...]]]:
    """The details of a finding in a note's subtree (the note itself or one below it): the
    note's mark (``refugeelaw.render.nodes.NOTE``) on the note at its ``top`` (a note below it
    is not marked again), then its details but the missing facts, which cannot decide the
    outcome."""
    marked: list[tuple[str, str | tuple[str, ...]]] = [NOTE] if top else []
    return marked + [d for d in _details(f) if d[0] != "missing"]


def _text(f: Finding, details: Iterable[tuple[str, str | tuple[str, ...]]]) -> tuple[str, ...]:
    cite = f" [{_cites(f)}]" if f.citations else ""
    head = one_line(f"{f.verdict.symbol} {f.element}: {f.reason}{cite}")
    return (
        head,
        *[
            f"    ({label}: {listed if isinstance(listed, str) else ', '.join(listed)})"
            for label, listed in details
        ],
    )


def _markdown(f: Finding, details: Iterable[tuple[str, str | tuple[str, ...]]]) -> tuple[str, ...]:
    cite = f" — *{markdown_escape(_cites(f))}*" if f.citations else ""
    element = _spaced(markdown_escape(f.element))
    head = f"- {f.verdict.symbol} **{element}**: {markdown_escape(f.reason)}"
    return (
        head + cite,
        *[
            f"  - {label}: "
            + (
                markdown_escape(listed)
                if isinstance(listed, str)
                else ", ".join([f"`{path}`" for path in listed])
            )
            for label, listed in details
        ],
    )


def text_lines(f: Finding) -> tuple[str, ...]:
    """One finding's own lines as text, before indentation (outside a note's subtree)."""
    return _text(f, _details(f))


def markdown_lines(f: Finding) -> tuple[str, ...]:
    """One finding's own lines as Markdown, before indentation: the texts escaped
    (:func:`markdown_escape`), the field paths as code (outside a note's subtree)."""
    return _markdown(f, _details(f))


def _body(root: Finding, format: str) -> Sequence[str]:
    """The tree's lines: each finding's own lines, indented two spaces a level; a note and the
    findings below it with the details :func:`noted` gives them."""
    out: list[str] = []
    stack: list[tuple[int, Finding, bool]] = [(0, root, False)]
    while stack:
        depth, f, within = stack.pop()
        top = not within and f.role == "note"
        within = within or top
        if format == "text":
            lines = _text(f, noted(f, top)) if within else text_lines(f)
        else:
            lines = _markdown(f, noted(f, top)) if within else markdown_lines(f)
        out += [f"{'  ' * depth}{line}" for line in lines]
        stack.extend((depth + 1, c, within) for c in reversed(f.children))
    return out


def _tree_text(root: Finding, format: str) -> str:
    """``"\\n".join(_body(root, format))``, built subtree by subtree (:func:`text_block`)."""
    return (text_block if format == "text" else markdown_block)(root, 0)


def text_block(f: Finding, depth: int) -> str:
    """A subtree as text, its root at ``depth``: each finding's lines, each line's start indented
    two spaces a level, joined by line breaks (what :func:`_body` gives for the subtree, joined).
    A subtree's block depends on nothing but the subtree and its depth, so the speed layer
    remembers it; a note's is :func:`note_block`'s."""
    if f.role == "note":
        return note_block(f, depth, "text")
    pad = "  " * depth
    own = "\n".join([pad + line for line in text_lines(f)])
    if not f.children:
        return own
    return "\n".join([own, *[text_block(child, depth + 1) for child in f.children]])


def markdown_block(f: Finding, depth: int) -> str:
    """A subtree as Markdown, as :func:`text_block` gives it as text."""
    if f.role == "note":
        return note_block(f, depth, "markdown")
    pad = "  " * depth
    own = "\n".join([pad + line for line in markdown_lines(f)])
    if not f.children:
        return own
    return "\n".join([own, *[markdown_block(child, depth + 1) for child in f.children]])


def note_block(f: Finding, depth: int, format: str, top: bool = True) -> str:
    """A note's subtree (the note at its ``top``; or a subtree below it) as text or Markdown,
    each finding's details as :func:`noted` gives them (not remembered: notes are few)."""
    details = noted(f, top)
    lines = _text(f, details) if format == "text" else _markdown(f, details)
    pad = "  " * depth
    own = "\n".join([pad + line for line in lines])
    below = [note_block(child, depth + 1, format, False) for child in f.children]
    return "\n".join([own, *below])


# ---------------------------------------------------------------------------------------------
# Graphviz DOT: a node per finding, coloured by verdict.
# ---------------------------------------------------------------------------------------------

_COLOURS = {"met": "palegreen", "not_met": "lightpink", "unknown": "lightgoldenrod"}


def _dot_escape(text: str) -> str:
    """``text`` for a quoted DOT label: on one line with every control character (a NUL, which
    Graphviz cannot read, an escape sequence, a bidirectional override) written as its escape
    (:func:`one_line`, as text and Markdown write it), then the backslash and the quote escaped
    (so no backslash of the text is read as Graphviz's ``\\n``, ``\\N``, ...)."""
    return one_line(text).replace("\\", "\\\\").replace('"', '\\"')


def _items_dot(report: Report) -> list[str]:
    """A report with no finding tree as a digraph: its title and context in one node, above one
    node for each item of its sections."""
    lines = [
        "digraph report {",
        '  node [shape=box, style="rounded", fontname="Helvetica"];',
        f'  n0 [label="{_dot_escape(report.title)}\\n{_dot_escape(report.context)}"];',
    ]
    items = [item for section in report.sections for item in section.items]
    lines += [f'  n{i} [label="{_dot_escape(item)}"];' for i, item in enumerate(items, 1)]
    lines += [f"  n0 -> n{i};" for i in range(1, len(items) + 1)]
    lines.append("}")
    return lines


def _dot(root: Finding) -> list[str]:
    lines = [
        "digraph finding {",
        '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
    ]
    nodes = numbered(root)
    marked = notes_marked(nodes)
    for node, f, _ in nodes:
        lines.append(
            f'  {node} [label="{_dot_escape(f.verdict.symbol + " " + f.element)}'
            + (f"\\n{_dot_escape(_cites(f))}" if f.citations else "")
            + (f"\\n({NOTE[0]}: {NOTE[1]})" if node in marked else "")
            + f'", fillcolor={_COLOURS[f.verdict.value]}'
            + (', style="rounded,filled,dashed"];' if node in marked else "];")
        )
    lines += [f"  {node} -> {child};" for node, _, children in nodes for child in children]
    lines.append("}")
    return lines
