"""Rendering finding trees: plain text, Markdown and Graphviz DOT, all deterministic."""

from __future__ import annotations

from collections.abc import Iterable

from ._identity import IdentityMemo
from .errors import InvalidInput, Problem
from .logic import Finding, Verdict

__all__ = ["render"]

FORMATS = ("text", "markdown", "dot")


def _cites(f: Finding) -> str:
    return "; ".join(str(c) for c in f.citations)


def _details(f: Finding) -> list[str]:
    out = []
    if f.standard:
        out.append(f"standard: {f.standard}")
    if f.role == "input":
        out.append("a finding of the decision-maker, taken as given")
    if f.facts:
        out.append("facts: " + ", ".join(f.facts))
    if f.missing:
        out.append("missing: " + ", ".join(f.missing))
    return out


# A finding's own lines, before indentation: the same for every tree that shares the finding.
_TEXT: IdentityMemo[tuple[str, ...]] = IdentityMemo()
_MARKDOWN: IdentityMemo[tuple[str, ...]] = IdentityMemo()


def _text_lines(f: Finding) -> tuple[str, ...]:
    known = _TEXT.get(f)
    if known is None:
        cite = f" [{_cites(f)}]" if f.citations else ""
        head = f"{f.verdict.symbol} {f.element}: {f.reason}{cite}"
        known = _TEXT.put(f, (head, *(f"    ({d})" for d in _details(f))))
    return known


def _markdown_lines(f: Finding) -> tuple[str, ...]:
    known = _MARKDOWN.get(f)
    if known is None:
        cite = f" — *{_cites(f)}*" if f.citations else ""
        head = f"- {f.verdict.symbol} **{f.element}**: {f.reason}{cite}"
        known = _MARKDOWN.put(f, (head, *(f"  - {d}" for d in _details(f))))
    return known


def _text(root: Finding) -> list[str]:
    return [f"{'  ' * depth}{line}" for depth, f in root.walk() for line in _text_lines(f)]


def _markdown(root: Finding) -> list[str]:
    return [f"{'  ' * depth}{line}" for depth, f in root.walk() for line in _markdown_lines(f)]


_COLOURS = {
    Verdict.MET: "palegreen",
    Verdict.NOT_MET: "lightpink",
    Verdict.UNKNOWN: "lightgoldenrod",
}


def _dot_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _dot(root: Finding) -> list[str]:
    lines = [
        "digraph finding {",
        '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
    ]
    ids: dict[int, str] = {}
    parents: list[tuple[int, Finding]] = []
    for n, (depth, f) in enumerate(root.walk()):
        node = f"n{n}"
        ids[id(f)] = node
        lines.append(
            f'  {node} [label="{_dot_escape(f.verdict.symbol + " " + f.element)}'
            + (f"\\n{_dot_escape(_cites(f))}" if f.citations else "")
            + f'", fillcolor={_COLOURS[f.verdict]}];'
        )
        parents.append((depth, f))
    for _, f in parents:
        for child in f.children:
            lines.append(f"  {ids[id(f)]} -> {ids[id(child)]};")
    lines.append("}")
    return lines


def render(
    root: Finding,
    *,
    format: str = "text",
    header: Iterable[str] = (),
    footer: Iterable[str] = (),
) -> str:
    """Render a finding tree.

    Args:
        root: the tree.
        format: ``"text"`` (one line per finding, indented), ``"markdown"`` (a nested list) or
            ``"dot"`` (a Graphviz digraph coloured by verdict).
        header, footer: lines to put before and after the tree (ignored for ``"dot"``).
    """
    if format == "text":
        body = _text(root)
    elif format == "markdown":
        body = _markdown(root)
    elif format == "dot":
        return "\n".join(_dot(root))
    else:
        raise InvalidInput(
            [Problem("format", f"expected one of {', '.join(FORMATS)}, got {format!r}")]
        )
    return "\n".join([*header, *body, *footer])
