"""Pictures and quotations made by the library itself, when the documentation is built.

Nothing here is drawn by hand: every diagram is computed from a real result, the participation
data or the rules' own tables each time Sphinx runs, so a page cannot show what the library no
longer does. Graphviz (``dot``) lays out the graphs; the timeline is SVG written here. Each picture
is put inline in the page (so it scales to the text column and needs no network or script) and is
also written to ``_images/`` so that a reader can open it full size.

Directives:

``refugeelaw-tree``
    The finding tree of a result, from ``explain(format="dot")``. The content is Python: statements,
    then an expression whose value is the result (``rl`` and ``testing`` are imported). ``:find:``
    draws only the subtree of the finding with that element (``Finding.find``).
``refugeelaw-timeline``
    When each treaty bound each of the states named (the arguments), from ``rl.party_status``:
    bound, not bound, and unknown (beyond the data's horizon), with signatures and deposits.
``refugeelaw-precedence``
    The decision order of ``refugeelaw.law.precedence.PRECEDENCE_RULES``, each rule with its
    docstring's first sentence and the outcomes its source code can give.
``refugeelaw-dataflow``
    The data flow through the package's rooms, each box listing the public names its modules
    export (``__all__``), so that a renamed or removed module fails the build.
``refugeelaw-provision``
    A provision's text from the library's sources, as a block quote with its citation, status and
    source; a paraphrase (``verbatim=False``) is labelled as the library's words, not quoted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from refugeelaw_pictures import (
    dataflow_dot,
    inline_svg,
    precedence_dot,
    render_dot,
    run_source,
    timeline_end,
    timeline_svg,
    tree_dot,
)
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

# -- the node ------------------------------------------------------------------------------------


class diagram(nodes.General, nodes.Element):  # noqa: N801 - docutils names nodes in lower case
    """A picture made at build time: its SVG text, a caption and a text alternative."""


def _visit_diagram_html(self: Any, node: diagram) -> None:
    svg: str = node["svg"]
    name = f"refugeelaw-{hashlib.sha1(svg.encode(), usedforsecurity=False).hexdigest()[:16]}.svg"
    outdir = Path(self.builder.outdir) / self.builder.imagedir
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / name).write_text(svg, encoding="utf-8")
    href = f"{self.builder.imgpath}/{name}"
    kind = html.escape(node["kind"])
    self.body.append(f'<figure class="rl-diagram rl-{kind}">\n')
    self.body.append(f'<div class="rl-diagram-picture">{inline_svg(svg, node["alt"])}</div>\n')
    self.body.append("<figcaption>")
    if node["caption"]:
        self.body.append(f"{html.escape(node['caption'])} ")
    self.body.append(f'<a class="rl-full-size" href="{href}">Open full size</a>')
    self.body.append("</figcaption>\n</figure>\n")
    raise nodes.SkipNode


def _skip(self: Any, node: diagram) -> None:
    raise nodes.SkipNode


# -- the directives ------------------------------------------------------------------------------


class _Diagram(SphinxDirective):
    option_spec: ClassVar[dict[str, Any]] = {
        "caption": directives.unchanged,
        "alt": directives.unchanged,
    }

    def node(self, kind: str, svg: str, alt: str) -> list[nodes.Node]:
        # Drawn from the library, not from the page: read the page again at every build, so that
        # a change in the library shows even where the page did not change.
        self.env.note_reread()
        node = diagram()
        node["svg"] = svg
        node["kind"] = kind
        node["caption"] = self.options.get("caption", "")
        node["alt"] = self.options.get("alt", alt)
        self.set_source_info(node)
        return [node]

    def fail(self, error: Exception) -> list[nodes.Node]:
        raise self.error(f"{self.name}: {error}")


class TreeDirective(_Diagram):
    """``refugeelaw-tree``: a result's finding tree."""

    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {
        **_Diagram.option_spec,
        "find": directives.unchanged,
        "wrap": int,
    }

    def run(self) -> list[nodes.Node]:
        try:
            result = run_source("\n".join(self.content))
            code = tree_dot(result, self.options.get("find"), self.options.get("wrap", 34))
            svg = render_dot(code)
        except Exception as error:
            return self.fail(error)
        root = result.finding if hasattr(result, "finding") else result
        alt = f"Finding tree: {root.find(self.options['find']).element if 'find' in self.options else root.element}"
        return self.node("tree", svg, alt)


class TimelineDirective(_Diagram):
    """``refugeelaw-timeline CHN PRK KOR``: when each treaty bound each state."""

    required_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Any]] = {
        **_Diagram.option_spec,
        "start": directives.unchanged,
        "end": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        try:
            states = self.arguments[0].split()
            start = dt.date.fromisoformat(self.options.get("start", "1945-01-01"))
            end = (
                dt.date.fromisoformat(self.options["end"])
                if "end" in self.options
                else timeline_end(states)
            )
            svg, alt = timeline_svg(states, start, end)
        except Exception as error:
            return self.fail(error)
        return self.node("timeline", svg, alt)


class PrecedenceDirective(_Diagram):
    """``refugeelaw-precedence``: the order of the precedence rules, from their table."""

    def run(self) -> list[nodes.Node]:
        from refugeelaw.law.precedence import PRECEDENCE_RULES

        try:
            svg = render_dot(precedence_dot())
        except Exception as error:
            return self.fail(error)
        order = ", then ".join(r.__name__ for r in PRECEDENCE_RULES)
        return self.node("precedence", svg, f"Precedence rules in the order applied: {order}")


class DataflowDirective(_Diagram):
    """``refugeelaw-dataflow``: the data flow through the package's rooms."""

    def run(self) -> list[nodes.Node]:
        try:
            svg = render_dot(dataflow_dot())
        except Exception as error:
            return self.fail(error)
        return self.node(
            "dataflow",
            svg,
            "Data flow: facts and data are read by the rules, which "
            "state findings; results are rendered, serialised and questioned",
        )


# The provision as quoted text.


class ProvisionDirective(SphinxDirective):
    """``refugeelaw-provision <instrument> <pinpoint>``: the provision's text as a quotation."""

    required_arguments = 2

    def run(self) -> list[nodes.Node]:
        import refugeelaw as rl

        try:
            p = rl.provision(self.arguments[0], self.arguments[1])
            self.env.note_reread()  # the text comes from the library's data, not the page
        except Exception as error:
            raise self.error(f"{self.name}: {error}") from error
        if p.text is None:
            raise self.error(f"{self.name}: the library holds no words for {p.citation}")
        paragraphs = [nodes.paragraph(text=line) for line in p.text.split("\n") if line.strip()]
        status = f"status: {p.status}"
        source = f"; {'sources' if len(p.sources) > 1 else 'source'}: " + "; ".join(
            map(str, p.sources)
        )
        source = source if p.sources else ""
        if p.verbatim:
            quote = nodes.block_quote("", *paragraphs, classes=["rl-provision"])
            quote += nodes.attribution(text=f"{p.citation} ({status}{source})")
            return [quote]
        note = nodes.paragraph(
            text=f"The library's paraphrase of {p.citation}, not a quotation ({status}{source}):"
        )
        return [nodes.container("", note, *paragraphs, classes=["rl-provision", "rl-paraphrase"])]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_node(
        diagram,
        html=(_visit_diagram_html, None),
        latex=(_skip, None),
        text=(_skip, None),
        man=(_skip, None),
        texinfo=(_skip, None),
    )
    app.add_directive("refugeelaw-tree", TreeDirective)
    app.add_directive("refugeelaw-timeline", TimelineDirective)
    app.add_directive("refugeelaw-precedence", PrecedenceDirective)
    app.add_directive("refugeelaw-dataflow", DataflowDirective)
    app.add_directive("refugeelaw-provision", ProvisionDirective)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
