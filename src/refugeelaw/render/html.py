"""HTML: a self-contained, accessible fragment for a web page to embed.

No stylesheet or script, and nothing fetched: the finding tree is a nested list (``<ul>`` and
``<li>``), each finding's verdict written out in words ("met", "not met", "unknown") beside its
mark, so nothing rests on colour; class names (``refugeelaw-met``, ...) let the page style it.
Every string from the result is HTML-escaped, a control character (which HTML does not allow in
text) or a bidirectional formatting character (an override such as U+202E, which would reorder the
rest of the list item: its reason, its citations) shown as U+FFFD; citations are ``<cite>``
elements. The same result gives the same
fragment, byte for byte.

>>> import refugeelaw as rl
>>> from refugeelaw import testing
>>> d = rl.assess_status(testing.north_korean_escapee(), on="2004-06-30", state="CHN")
>>> print(d.finding.find("for reasons of a Convention ground").explain(format="html"))
<ul class="refugeelaw-findings" aria-label="Findings">
  <li class="refugeelaw-met"><span class="refugeelaw-verdict"><span aria-hidden="true">✓</span> met</span>: <strong>for reasons of a Convention ground</strong>: the persecutor acts for reasons of political opinion <span class="refugeelaw-citations">[<cite>Refugee Convention art. 1A(2)</cite>; <cite>UNHCR Handbook paras 66–67</cite>; <cite>UNHCR Handbook paras 80–86</cite>]</span>
    <dl class="refugeelaw-details"><dt>facts</dt><dd>fears[0].reasons</dd></dl>
  </li>
</ul>
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from .nodes import NOTE

if TYPE_CHECKING:
    from ..logic import Finding
    from . import Report, Section

__all__ = ["report_html", "tree_html"]

# Control characters, which HTML does not allow in text (a harm's description may hold one), and
# the bidirectional formatting characters (the Arabic letter mark, the left-to-right and
# right-to-left marks, embeddings, overrides and isolates, as ``one_line`` escapes them in the
# other formats), which would reorder what follows them in the element: a verdict, a citation.
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def escape(text: str) -> str:
    """``text`` HTML-escaped, each control character and each bidirectional formatting character
    shown as U+FFFD (the replacement character).

    >>> escape("x\\u202e<b>") == "x\\ufffd&lt;b&gt;"
    True
    """
    return _CONTROL.sub("\ufffd", html.escape(text))


def _verdict(f: Finding) -> str:
    words = f.verdict.value.replace("_", " ")
    return (
        f'<span class="refugeelaw-verdict"><span aria-hidden="true">{f.verdict.symbol}</span>'
        f" {words}</span>"
    )


def _citations(f: Finding) -> str:
    if not f.citations:
        return ""
    cites = "; ".join(f"<cite>{escape(str(c))}</cite>" for c in f.citations)
    return f' <span class="refugeelaw-citations">[{cites}]</span>'


def _details(f: Finding, within: bool, top: bool) -> str:
    """The standard, judgements, facts and missing facts: a description list; in a note's
    subtree (``within``) no missing facts, and the note at its ``top`` marked first (see
    ``refugeelaw.render.nodes.NOTE``)."""
    pairs = [
        (NOTE if top else ("", "")),
        ("standard", f.standard or ""),
        ("judgement", ", ".join(f.judgements)),
        ("facts", ", ".join(f.facts)),
        ("missing", "" if within else ", ".join(f.missing)),
    ]
    items = "".join(f"<dt>{term}</dt><dd>{escape(text)}</dd>" for term, text in pairs if text)
    return f'<dl class="refugeelaw-details">{items}</dl>' if items else ""


def _finding(f: Finding, depth: int, out: list[str], within: bool = False) -> None:
    pad = "  " * depth
    top = not within and f.role == "note"
    within = within or top
    note = " refugeelaw-note" if top else ""
    out.append(
        f'{pad}<li class="refugeelaw-{f.verdict.value.replace("_", "-")}{note}">{_verdict(f)}: '
        f"<strong>{escape(f.element)}</strong>: {escape(f.reason)}{_citations(f)}"
    )
    details = _details(f, within, top)
    if details:
        out.append(f"{pad}  {details}")
    if f.children:
        out.append(f"{pad}  <ul>")
        for child in f.children:
            _finding(child, depth + 2, out, within)
        out.append(f"{pad}  </ul>")
    out.append(f"{pad}</li>")


def tree_html(root: Finding) -> list[str]:
    """The finding tree as a nested list, one ``<li>`` per finding, labelled for assistive
    technology; a note (class ``refugeelaw-note``) marked as one, without missing facts in its
    subtree."""
    out = ['<ul class="refugeelaw-findings" aria-label="Findings">']
    _finding(root, 1, out)
    out.append("</ul>")
    return out


def _sections(sections: tuple[Section, ...]) -> list[str]:
    out: list[str] = []
    for section in sections:
        if not section.items and section.empty is None:
            continue
        heading = escape(section.heading)
        if section.inline:
            items = ", ".join(escape(i) for i in section.items)
            out.append(f"<p><strong>{heading}</strong> {items}</p>")
            continue
        out.append(f"<h3>{heading}</h3>")
        shown = [escape(i) for i in section.items] or [escape(section.empty or "")]
        out += ["<ul>", *(f"  <li>{item}</li>" for item in shown), "</ul>"]
    return out


def report_html(report: Report, header: list[str]) -> str:
    """A result as an ``<article>``: the header (a heading and a line of context), the finding
    tree, then the result's sections."""
    return "\n".join(
        [
            '<article class="refugeelaw-report">',
            *header,
            *(tree_html(report.tree) if report.tree is not None else ()),
            *_sections(report.sections),
            "</article>",
        ]
    )
