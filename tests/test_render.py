"""HTML and Mermaid renderings of results and finding trees: well-formed, escaped, complete and
deterministic (text, Markdown and DOT are tested with the results they render)."""

from __future__ import annotations

import io
import json
import re
from html import escape
from html.parser import HTMLParser
from typing import Any

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.cli import main
from refugeelaw.render import FORMATS

ON = "2004-06-30"
HOSTILE = '<script>alert("x")</script> & <b>co</b>'


class _Tags(HTMLParser):
    """Every start and end tag of a fragment, checked to nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.starts.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.errors.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(fragment: str) -> _Tags:
    tags = _Tags()
    tags.feed(fragment)
    tags.close()
    assert tags.errors == []
    assert tags.stack == [], f"left open: {tags.stack}"
    return tags


def results() -> list[Any]:
    """One result of each kind that explains itself in every format, on the articles' case."""
    escapee = testing.north_korean_escapee()
    status = rl.assess_status(escapee, on=ON, state="CHN")
    ret = rl.assess_return(escapee, by="CHN", to="PRK", on=ON)
    obligations = rl.obligations_of("CHN", on=ON)
    first = next(o for o in obligations if "33(1)" in str(o.citation))
    second = next(o for o in obligations if "1986" in str(o.citation))
    ruling = rl.resolve_conflict(first, second, on=ON)
    return [status, ret, ruling, rl.explain_obligations("CHN", on=ON)]


@pytest.mark.parametrize("result", results(), ids=lambda r: type(r).__name__)
def test_html_is_a_balanced_fragment_with_every_finding_in_tree_order(result: Any) -> None:
    """Art 1A(2), Art 33(1) / CAT art. 3 and the precedence rules' trees, as HTML: the tags nest,
    one <li> per finding, each finding's verdict in words and its element in order."""
    html = result.explain(format="html")
    tags = parse(html)
    root = result if isinstance(result, rl.Finding) else result.finding
    findings = [f for _, f in root.walk()]
    items = [
        a
        for tag, a in tags.starts
        if tag == "li" and (a.get("class") or "").startswith("refugeelaw-")
    ]
    assert len(items) == len(findings)
    below = {id(c) for f in findings if f.role == "note" for _, c in f.walk() if c is not f}
    assert [a["class"] for a in items] == [  # a note not below another is marked as one
        f"refugeelaw-{f.verdict.value.replace('_', '-')}"
        + (" refugeelaw-note" if f.role == "note" and id(f) not in below else "")
        for f in findings
    ]
    strong = re.findall(r"<strong>(.*?)</strong>", html)
    assert [s for s in strong if not s.endswith(":")] == [escape(f.element) for f in findings]
    text = "".join(tags.text)
    for f in findings:  # the verdict in words, not colour alone
        assert f"{f.verdict.symbol} {f.verdict.value.replace('_', ' ')}: {f.element}" in text
    cited = {c for _, f in root.walk() for c in map(str, f.citations)}
    assert cited <= set(re.findall(r"<cite>(.*?)</cite>", html.replace("&amp;", "&")))
    assert ('aria-label="Findings"') in html
    assert "<script" not in html
    assert "style=" not in html
    assert "http" not in html


@pytest.mark.parametrize("result", results()[:3], ids=lambda r: type(r).__name__)
def test_an_html_result_has_its_title_as_a_heading_then_its_context(result: Any) -> None:
    tags = parse(result.explain(format="html"))
    assert tags.starts[0] == ("article", {"class": "refugeelaw-report"})
    assert tags.starts[1][0] == "h2"
    title = result.report().title
    assert "".join(tags.text).lstrip().startswith(title)


def test_every_string_from_the_claim_is_html_escaped() -> None:
    """The fears weighed (Art 33(1)) name the harm as the claim describes it: a description
    holding markup comes out as text."""
    claim = testing.north_korean_escapee(fears=(testing.escapee_harm(description=HOSTILE),))
    html = rl.assess_return(claim, by="CHN", to="PRK", on=ON).explain(format="html")
    tags = parse(html)
    assert "<script>" not in html
    assert "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;" in html
    assert f"fears[0]: {HOSTILE} (in North Korea)" in "".join(tags.text)
    assert {tag for tag, _ in tags.starts} <= {
        "article", "h2", "h3", "p", "ul", "li", "span", "strong", "cite", "dl", "dt", "dd",
    }  # fmt: skip


def test_a_control_character_in_the_claim_is_not_written_into_html() -> None:
    """HTML allows no control characters in text: a description holding one (an escape sequence
    pasted from a terminal) is shown with U+FFFD, the replacement character, in its place."""
    description = "beating \x1b[31mhard\x1b[0m\x00"
    claim = testing.north_korean_escapee(fears=(testing.escapee_harm(description=description),))
    html = rl.assess_return(claim, by="CHN", to="PRK", on=ON).explain(format="html")
    assert not any(ch in html for ch in "\x1b\x00")
    assert "beating \ufffd[31mhard\ufffd[0m\ufffd" in html


# Markdown's backslash escapes: a backslash before ASCII punctuation writes that character.
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def test_every_string_from_the_claim_is_markdown_escaped() -> None:
    """The fears weighed (Art 33(1)) name the harm as the claim describes it: in Markdown, a
    description holding markup, a link or an image comes out as its text, each character Markdown
    reads escaped; the field paths are code."""
    description = f"{HOSTILE} [link](javascript:x) ![i](http://e/x.png) *em* `c` ~~s~~ &amp;"
    claim = testing.north_korean_escapee(fears=(testing.escapee_harm(description=description),))
    markdown = rl.assess_return(claim, by="CHN", to="PRK", on=ON).explain(format="markdown")
    lines = [line for line in markdown.splitlines() if "javascript" in line]
    assert lines
    for line in lines:  # the description's, without the markup the library writes around it
        prose = re.sub(r"^ *- (. \*\*)?|\*\*:| — \*[^*]*\*$", "", line).replace("\\\\", "")
        assert re.search(r"(?<!\\)[<&\[\]`~*]", prose) is None, f"Markdown read in {line!r}"
    element = next(line for line in markdown.splitlines() if "**fears" in line)
    shown = element.split("**")[1]
    assert _UNESCAPE.sub(r"\1", shown) == "fears[0]"
    harm = next(line for line in markdown.splitlines() if line.startswith("- fears"))
    assert _UNESCAPE.sub(r"\1", harm) == f"- fears[0]: {description} (in North Korea)"
    assert "  - facts: `person.location`" in markdown


def test_a_line_break_in_the_claim_keeps_each_finding_to_one_line() -> None:
    """Text and Markdown write one line per finding: a description holding a line break or an
    escape sequence (pasted from a terminal) is written with the escapes in their place, as the
    command line writes its messages."""
    description = "beating\nand # heading\r\x1b[31mhard\u2028end"
    claim = testing.north_korean_escapee(fears=(testing.escapee_harm(description=description),))
    result = rl.assess_status(claim, on=ON)
    shown = "beating\\nand # heading\\r\\x1b[31mhard\\u2028end"
    text = result.explain()
    assert f"fears[0]: {shown}: " in text
    assert not any(ch in text for ch in "\r\x1b\u2028")
    assert len(text.splitlines()) == len(
        rl.assess_status(testing.north_korean_escapee(), on=ON).explain().splitlines()
    )
    markdown = result.explain(format="markdown")
    assert not any(ch in markdown for ch in "\r\x1b\u2028")
    assert "**fears\\[0\\]: beating\\\\nand # heading" in markdown


def test_a_finding_of_hostile_text_is_escaped_in_html_and_mermaid() -> None:
    leaf = rl.Finding(
        HOSTILE, rl.Verdict.UNKNOWN, 'a "reason" [x] {y} (z) | `w` #1;', missing=("a&b",)
    )
    root = rl.Finding("root\nsecond line", rl.Verdict.NOT_MET, "why", children=(leaf,))
    html = root.explain(format="html")
    tags = parse(html)
    assert HOSTILE in "".join(tags.text)
    assert "<dd>a&amp;b</dd>" in html
    mermaid = root.explain(format="mermaid")
    assert mermaid.splitlines()[1:3] == [
        '  n0["✗ root<br/>second line"]',
        '  n1["? #lt;script#gt;alert#40;#quot;x#quot;#41;#lt;/script#gt; #38; #lt;b#gt;co#lt;/b#gt;"]',
    ]
    label = rl.Finding('"q" [b] {c} (p) | `t` #35;', rl.Verdict.MET, "r").explain(format="mermaid")
    assert label.splitlines()[1] == (
        '  n0["✓ #quot;q#quot; #91;b#93; #123;c#125; #40;p#41; #124; #96;t#96; #35;35;"]'
    )


@pytest.mark.parametrize("result", results(), ids=lambda r: type(r).__name__)
def test_mermaid_has_one_node_per_finding_and_one_edge_per_child(result: Any) -> None:
    root = result if isinstance(result, rl.Finding) else result.finding
    findings = [f for _, f in root.walk()]
    lines = result.explain(format="mermaid").splitlines()
    assert lines[0] == "flowchart TD"
    nodes = [m.group(1, 2) for line in lines if (m := re.fullmatch(r'  (n\d+)\["(.*)"\]', line))]
    edges = [m.group(1, 2) for line in lines if (m := re.fullmatch(r"  (n\d+) --> (n\d+)", line))]
    ids = [node for node, _ in nodes]
    assert len(ids) == len(set(ids)) == len(findings)
    assert all('"' not in label for _, label in nodes)  # quotes inside a label are escaped
    assert len(edges) == sum(len(f.children) for f in findings)
    index = dict(zip(ids, findings, strict=True))
    for parent, child in edges:
        assert index[child] in index[parent].children
    assert next(label.split("<br/>")[0] for _, label in nodes).startswith(root.verdict.symbol)
    classed = [line.split()[1].split(",") for line in lines if line.startswith("  class ")]
    assert sorted(n for group in classed for n in group) == sorted(ids)  # every node coloured
    assert len(lines) == 1 + len(nodes) + len(edges) + 3 + len(classed)  # nothing else


@pytest.mark.parametrize("format", ["html", "mermaid"])
def test_the_same_result_renders_the_same_twice(format: str) -> None:
    one = rl.assess_status(testing.family_of_a_defector(), on=ON, state="CHN")
    two = rl.assess_status(testing.family_of_a_defector(), on=ON, state="CHN")
    assert one.explain(format=format) == two.explain(format=format)
    assert rl.from_json(rl.StatusDetermination, rl.to_json(one)).explain(format=format) == (
        one.explain(format=format)
    )


def test_an_unknown_format_is_refused_with_the_valid_ones_listed() -> None:
    result = rl.assess_status(testing.north_korean_escapee(), on=ON)
    with pytest.raises(rl.InvalidInput, match="expected one of text, markdown, dot, html, mermaid"):
        result.explain(format="pdf")
    with pytest.raises(rl.InvalidInput, match="html, mermaid, got 'svg'"):
        result.finding.explain(format="svg")
    assert FORMATS == ("text", "markdown", "dot", "html", "mermaid")


def _cli(*argv: str, stdin: str) -> tuple[int, str, str]:
    import sys

    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8")
    try:
        code = main(list(argv), out=out, err=err)
    finally:
        sys.stdin = old
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_writes_html_with_an_escaped_record_label() -> None:
    """refugeelaw return --format html: Art 33(1) bars the return; the person's name, in the
    record's label, is escaped like everything else."""
    claim = testing.north_korean_escapee()
    hostile = attrs.evolve(claim, person=attrs.evolve(claim.person, name=HOSTILE))
    stdin = rl.to_json(claim) + "\n" + rl.to_json(hostile) + "\n"
    code, out, err = _cli(
        "return", "--by", "CHN", "--to", "PRK", "--on", ON, "--format", "html", stdin=stdin
    )
    assert code == 0, err
    tags = parse(out)
    assert [a for tag, a in tags.starts if tag == "article"] == [{"class": "refugeelaw-report"}] * 2
    assert out.startswith(
        '<p class="refugeelaw-record">record 1 (North Korean escapee)</p>\n<article'
    )
    assert "record 2 (&lt;script&gt;" in out
    assert "<script>" not in out
    assert out.count("<h2>Return from China to North Korea: PROHIBITED</h2>") == 2


@pytest.mark.parametrize(
    ("format", "first"),
    [
        ("markdown", "<!-- record 1 (x- - -><img src=x> \\u202e%%{init}%%) -->"),
        ("mermaid", "%% record 1 (x---><img src=x> \\u202e#37;#37;#123;init#125;#37;#37;)"),
        ("text", "[record 1 (x---><img src=x> \\u202e%%{init}%%)]"),
        (
            "html",
            '<p class="refugeelaw-record">record 1 (x---&gt;&lt;img src=x&gt; \ufffd%%{init}%%)</p>',
        ),
    ],
)
def test_a_name_cannot_end_the_record_label_comment(format: str, first: str) -> None:
    """Art 1A(2) for a person whose name holds "--->", markup, a right-to-left override and a
    Mermaid directive: the record's label stays one plain line and a comment (Markdown: no "--"
    left inside; Mermaid: no directive, which it reads even in a comment); in HTML a paragraph,
    the markup escaped and the override shown as U+FFFD (it was written raw: own-data review
    F6)."""
    claim = testing.north_korean_escapee()
    name = "x---><img src=x> \u202e%%{init}%%"
    named = attrs.evolve(claim, person=attrs.evolve(claim.person, name=name))
    code, out, err = _cli("assess", "--on", ON, "--format", format, stdin=rl.to_json(named) + "\n")
    assert code == 0, err
    assert out.splitlines()[0] == first


def test_the_command_line_writes_mermaid_one_flowchart_per_record() -> None:
    stdin = (
        rl.to_json(testing.north_korean_escapee()) + "\n" + rl.to_json(testing.economic_migrant())
    )
    code, out, err = _cli("assess", "--on", ON, "--format", "mermaid", stdin=stdin)
    assert code == 0, err
    charts = out.split("%% record ")[1:]
    assert [c.splitlines()[0] for c in charts] == [
        "1 (North Korean escapee)",
        "2 (North Korean who left for food)",
    ]
    expected = [
        rl.assess_status(c, on=ON).explain(format="mermaid")
        for c in (testing.north_korean_escapee(), testing.economic_migrant())
    ]
    assert [c.split("\n", 1)[1].rstrip("\n") for c in charts] == expected


@pytest.mark.parametrize("format", ["html", "mermaid", "dot"])
def test_obligations_and_conflict_take_every_format(format: str) -> None:
    code, out, err = _cli("obligations", "CHN", "--on", ON, "--format", format, stdin="")
    assert code == 0, err
    assert out.rstrip("\n") == rl.explain_obligations("CHN", on=ON).explain(format=format)
    code, out, err = _cli(
        "conflict", "CHN", "33(1)", "1986", "--on", ON, "--format", format, stdin=""
    )
    assert code == 0, err
    assert out.rstrip("\n") == results()[2].explain(format=format)


def test_questions_keep_to_text_markdown_and_json() -> None:
    with pytest.raises(SystemExit):
        main(["questions", "--format", "html"], out=io.StringIO(), err=io.StringIO())


def test_the_command_line_questions_escape_the_claim_in_markdown_and_text(tmp_path: Any) -> None:
    """`refugeelaw questions`: the question about an open fact (Art 1A(2): the likelihood) names
    the harm as the claim describes it, escaped in Markdown and on one line in text."""
    harm = testing.escapee_harm(description="<b>beating</b>\nhard", likelihood=None)
    claim = testing.north_korean_escapee(fears=(harm,))
    path = tmp_path / "claim.json"
    path.write_text(rl.to_json(claim), encoding="utf-8")
    for format, expected in (
        ("markdown", "How likely is \\<b>beating\\</b>\\\\nhard in North Korea"),
        ("text", "How likely is <b>beating</b>\\nhard in North Korea"),
    ):
        out = io.StringIO()
        code = main(
            ["questions", str(path), "--on", ON, "--format", format], out=out, err=io.StringIO()
        )
        assert code == 0
        assert expected in out.getvalue()
        assert "\nhard" not in out.getvalue()
    assert "   `fears[0].likelihood`" in _questions_markdown(path)


def _questions_markdown(path: Any) -> str:
    out = io.StringIO()
    main(["questions", str(path), "--on", ON, "--format", "markdown"], out=out, err=io.StringIO())
    return out.getvalue()


@pytest.mark.parametrize(("format", "arrow"), [("mermaid", " --> "), ("dot", " -> ")])
def test_a_finding_that_occurs_twice_is_two_nodes_each_with_its_edge(
    format: str, arrow: str
) -> None:
    """The same Finding object may sit under two parents (or twice under one): each occurrence is
    a node of its own, and no edge is lost or doubled."""
    leaf = rl.Finding("leaf", rl.Verdict.MET, "r")
    mid = rl.Finding("mid", rl.Verdict.NOT_MET, "r", children=(leaf,))
    root = rl.Finding("root", rl.Verdict.NOT_MET, "r", children=(mid, mid, leaf))
    lines = root.explain(format=format).splitlines()
    edges = [line.strip().rstrip(";") for line in lines if arrow in line]
    assert edges == [
        f"n0{arrow}n1", f"n0{arrow}n3", f"n0{arrow}n5", f"n1{arrow}n2", f"n3{arrow}n4",
    ]  # fmt: skip
    assert sum(1 for line in lines if re.match(r"\s+n\d+ ?\[", line)) == 6


def test_an_underscore_at_a_word_boundary_makes_no_markdown_emphasis() -> None:
    """Art 1A(2) for a fear described as "_detention_ and __torture__": Markdown wrote the
    underscores as they stood, and a CommonMark reader made "detention" emphasis and "torture"
    strong. Every underscore that could open or close emphasis is escaped; one between two letters
    or digits (NOT_REFUGEE, 1_000), which cannot, is left alone."""
    from refugeelaw.render import markdown_escape

    description = "_detention_ and __torture__"
    claim = testing.north_korean_escapee(fears=(testing.escapee_harm(description=description),))
    markdown = rl.assess_status(claim, on=ON).explain(format="markdown")
    assert "**fears\\[0\\]: \\_detention\\_ and \\_\\_torture\\_\\_**" in markdown
    assert re.search(r"(?<!\\)_(?![A-Za-z0-9])|(?<![A-Za-z0-9\\])_", markdown) is None
    assert markdown_escape("NOT_REFUGEE 1_000 é_é") == "NOT_REFUGEE 1_000 é_é"
    assert markdown_escape("_x NOT_ _REFUGEE a_") == "\\_x NOT\\_ \\_REFUGEE a\\_"


# Texts a claim may hold that Markdown, a terminal, Graphviz or Mermaid would read as more than
# text: emphasis at word boundaries, a space at the edge of the bold element, block markers, a
# NUL, an escape sequence, a right-to-left override.
_HOSTILE_TEXTS = (
    "_x_ and __y__",
    "(_x_).",
    "ends in a space ",
    "\u00a0_x_\u00a0",
    "# h",
    "1. x",
    "> q",
    "=== ",
    "a\\_b *c* `d` ~~e~~ [f](g) <h> &amp;",
    "x\x00y \x1b[31mred\x1b[0m \u202eevil",
)


def _markdown_tokens(markdown: str) -> list[str]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(markdown)
    return [t.type for token in tokens for t in (token, *(token.children or ()))]


@pytest.mark.parametrize("description", _HOSTILE_TEXTS)
def test_a_description_leaves_the_markdown_structure_as_a_plain_one_does(description: str) -> None:
    """Art 33(1) and Art 1A(2) as Markdown, read by a CommonMark parser: a description (or a
    person's name) of any text gives the same blocks and inline markup, token for token, as a plain
    one; only the text differs (a trailing space kept the element's bold from closing)."""
    pytest.importorskip("markdown_it")

    def documents(text: str, name: str) -> list[str]:
        claim = testing.north_korean_escapee(fears=(testing.escapee_harm(description=text),))
        claim = attrs.evolve(claim, person=attrs.evolve(claim.person, name=name))
        return [
            rl.assess_return(claim, by="CHN", to="PRK", on=ON).explain(format="markdown"),
            rl.assess_status(claim, on=ON).explain(format="markdown"),
        ]

    plain = [_markdown_tokens(d) for d in documents("plain", "plain")]
    assert [_markdown_tokens(d) for d in documents(description, "plain")] == plain
    assert [_markdown_tokens(d) for d in documents("plain", description)] == plain


def test_markdown_escape_renders_as_exactly_the_text() -> None:
    """``markdown_escape``'s promise, checked with a CommonMark renderer: whatever the text, the
    inline HTML it renders to is that text (on one line, HTML-escaped), with no emphasis, code,
    link, image, HTML or entity made of it."""
    pytest.importorskip("markdown_it")
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from markdown_it import MarkdownIt

    from refugeelaw.render import markdown_escape, one_line

    renderer = MarkdownIt("commonmark")
    pieces = [*"_*`[]<>&~!#\\ ()a1é.:-\t\u00a0=|+\"'/", "http://x.y", "www.a.b", "&amp;", "&#32;"]

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(pieces), max_size=12).map("".join) | st.text(max_size=20))
    def check(text: str) -> None:
        shown = renderer.renderInline(markdown_escape(text))
        assert shown == escape(one_line(text), quote=False).replace('"', "&quot;"), text

    check()


@pytest.mark.parametrize("format", FORMATS)
def test_a_nul_an_escape_and_an_override_in_a_description_stay_out_of_every_format(
    format: str,
) -> None:
    """Art 1A(2) for a fear whose description holds a NUL, an escape sequence and a right-to-left
    override: no format writes them raw (DOT wrote all three into its labels, and Graphviz could
    not read a file with the NUL; Mermaid wrote them too; HTML wrote the override raw, reordering
    the rest of the list item in a browser: own-data review F6). Text, Markdown, DOT and Mermaid
    write each as its escape, HTML each as U+FFFD; each format has as many lines as for a plain
    description."""
    hostile = "x\x00y \x1b[31mred\x1b[0m \u202eevil"
    plain = testing.north_korean_escapee(fears=(testing.escapee_harm(description="xy red evil"),))
    claim = testing.north_korean_escapee(fears=(testing.escapee_harm(description=hostile),))
    out = rl.assess_status(claim, on=ON).explain(format=format)
    expected = rl.assess_status(plain, on=ON).explain(format=format)
    assert "\x00" not in out
    assert "\x1b" not in out
    assert "\u202e" not in out
    assert len(out.splitlines()) == len(expected.splitlines())
    if format == "html":
        assert "x\ufffdy \ufffd[31mred\ufffd[0m \ufffdevil" in out
    else:
        slash = "\\\\" if format == "dot" else "\\"  # DOT escapes the escape's backslash
        assert all(f"{slash}{e}" in out for e in ("x00y", "x1b", "u202eevil")), out
    if format == "dot":
        labels = [line for line in out.splitlines() if "[label=" in line]
        assert labels
        for line in labels:  # a quoted label: only escaped quotes inside, nothing after the node
            note = r'(?:, style="rounded,filled,dashed")?'  # a note's box is dashed
            assert re.fullmatch(
                rf'  n\d+ \[label="(?:[^"\\]|\\.)*", fillcolor=\w+{note}\];', line
            ), line


def test_graphviz_reads_the_dot_of_a_description_holding_a_nul() -> None:
    """Art 1A(2) for a fear described with a NUL: ``dot`` refused the file ("syntax error");
    it now draws it, the NUL shown as ``\\x00``."""
    import shutil
    import subprocess

    if shutil.which("dot") is None:
        pytest.skip("Graphviz is not installed")
    claim = testing.north_korean_escapee(fears=(testing.escapee_harm(description="x\x00y"),))
    dot = rl.assess_status(claim, on=ON).explain(format="dot")
    drawn = subprocess.run(
        ["dot", "-Tsvg"], input=dot.encode(), capture_output=True, timeout=60, check=False
    )
    assert drawn.returncode == 0, drawn.stderr.decode()
    assert b"x\\x00y" in drawn.stdout


def _comparison(names: tuple[str, str], diverges_at: str) -> rl.DoctrineComparison:
    """Art 1A(2) for the escapee under the usual threshold and a strict one (a reasonable
    possibility, *Cardoza-Fonseca*; 0.9), the views and the element where they part named as
    given."""
    claim = testing.north_korean_escapee(fears=(testing.escapee_harm(likelihood=0.3),))
    views = {names[0]: rl.Doctrine(), names[1]: rl.Doctrine(fear_threshold=0.9)}
    compared = rl.compare_doctrines(claim, views, on=ON)
    return attrs.evolve(compared, diverges_at=diverges_at)


@pytest.mark.parametrize("format", FORMATS)
def test_a_doctrine_comparison_explains_itself_in_every_format(format: str) -> None:
    """Art 1A(2) under two fear thresholds: ``DoctrineComparison.explain`` took no format (a
    TypeError for ``explain("markdown")``) and wrote the views' names and the element where they
    part as given, so a name holding a line break forged a row ("usual\\nb  REFUGEE"). It now
    renders like every other result, in every format, a name or element of any text escaped as
    the format needs: the same lines as for plain names, the same markup, nothing raw."""
    hostile = _comparison(
        ("usual\nb  REFUGEE <b>_x_</b> \x1b[31m", 'strict"] [x\u202e'),
        "fears[0]: <i>_y_</i>\x00\n",
    )
    plain = _comparison(("usual", "strict"), "fears[0]: y")
    out, expected = hostile.explain(format), plain.explain(format)
    assert out == hostile.explain(format=format)
    if format != "html":  # where a line break is only a space
        assert len(out.splitlines()) == len(expected.splitlines())
    assert not any(ch in out for ch in "\x00\x1b\u202e")  # HTML wrote the override raw (F6)
    if format in ("markdown", "html", "mermaid"):  # markup there; text in text and a DOT label
        assert re.search(r"(?<!\\)<[bi]>", out) is None
    if format == "text":
        assert out.splitlines() == [
            "Doctrines compared: the views diverge",
            "They diverge first at: fears[0]: <i>_y_</i>\\x00\\n.",
            "",
            "Outcome under each view:",
            "- usual\\nb  REFUGEE <b>_x_</b> \\x1b[31m: REFUGEE",
            '- strict"] [x\\u202e: NOT_REFUGEE',
        ]
    if format == "html":
        assert parse(out).starts == parse(expected).starts
        assert "".join(parse(out).text).count("NOT_REFUGEE") == 1
        assert "<li>strict&quot;] [x\ufffd: NOT_REFUGEE</li>" in out
    if format == "dot":
        for line in out.splitlines()[2:-1]:
            assert re.fullmatch(r'  n\d+ \[label="(?:[^"\\]|\\.)*"\];|  n0 -> n\d+;', line), line
    if format == "mermaid":
        for line in out.splitlines()[1:]:
            assert re.fullmatch(r'  n\d+\["[^"\[\]<>]*(?:<br/>[^"\[\]<>]*)*"\]|  n0 --> n\d+', line)
    if format == "markdown":
        pytest.importorskip("markdown_it")
        assert _markdown_tokens(out) == _markdown_tokens(expected)
    with pytest.raises(rl.InvalidInput, match=r"^format: expected one of text, markdown"):
        hostile.explain("pdf")


def _recognised_somali_with_a_clause_pending() -> rl.StatusDetermination:
    """A refugee recognised in Germany, a Somali national fearing killing by al-Shabaab, the
    persecutor's reasons, relocation and Somalia's protection not stated, Art 1F(b) raised
    (interface review F3)."""
    claim = rl.Claim(
        rl.Person("S", {"SOM"}, location="DEU"),
        fears=[
            rl.Harm("killing by al-Shabaab", "SOM", severity="threat_to_life_or_freedom",
                    likelihood=0.6, actor="non_state")
        ],
        recognised=True,
        exclusion_pending={"1F(b)"},
    )  # fmt: skip
    return rl.assess_status(claim, on="2010-01-01")


def test_a_note_is_marked_for_information_without_missing_facts_in_every_format() -> None:
    """UNHCR Handbook para. 28 (recognition is declaratory): for a recognised refugee with Art
    1F(b) pending only the clause decides, and Art 1A(2) is kept as a note. Every format showed
    it as an open element with "(missing: fears[0].reasons)", "internal_relocation" and
    "protection['SOM']", facts the same page said do not decide. Now the note is marked "for
    information: cannot decide the outcome" and nothing in its subtree is listed as missing; the
    clause is still what is missing and asked."""
    from refugeelaw.render.nodes import NOTE

    r = _recognised_somali_with_a_clause_pending()
    assert r.outcome is rl.Status.UNDETERMINED
    assert r.missing_facts() == ("exclusion_pending['1F(b)']",)
    assert [q.path for q in r.questions()] == ["exclusion_pending['1F(b)']"]
    marker = f"{NOTE[0]}: {NOTE[1]}"
    assert marker == "for information: cannot decide the outcome"
    text = r.explain()
    lines = text.splitlines()
    head = next(i for i, line in enumerate(lines) if "? inclusion (Art 1A(2))" in line)
    assert lines[head + 1] == f"      ({marker})"
    assert [line.strip() for line in lines if "(missing:" in line] == [
        "(missing: exclusion_pending['1F(b)'])"
    ]
    markdown = r.explain("markdown")
    assert f"  - {marker}" in markdown
    assert "- missing: `exclusion_pending['1F(b)']`" in markdown
    assert [line for line in markdown.splitlines() if "missing:" in line] == [
        "    - missing: `exclusion_pending['1F(b)']`"
    ]
    html = r.explain("html")
    assert '<li class="refugeelaw-unknown refugeelaw-note">' in html
    assert f"<dt>{NOTE[0]}</dt><dd>{NOTE[1]}</dd>" in html
    assert html.count("<dt>missing</dt>") == 1
    dot, mermaid = r.explain("dot"), r.explain("mermaid")
    assert f"\\n({marker})" in dot
    assert 'style="rounded,filled,dashed"' in dot
    assert "#40;for information: cannot decide the outcome#41;" in mermaid


def test_a_note_keeps_its_role_in_the_outline_and_its_positions_do_not_decide() -> None:
    """UNHCR Handbook para. 28: the compact outline (``ResultOutline``, the command line's
    default JSON) dropped the role, so a client walking the tree for open leaves found
    ``fears[0].reasons`` open under Art 1A(2); ``FindingOutline.role`` now says "note". And the
    positions relied on only inside the note (``nexus='contributing'``, ``fear_threshold=0.1``)
    are no longer listed among those the result relied on: no answer there decides."""
    import jsonschema

    from refugeelaw.serialize import outline_json

    r = _recognised_somali_with_a_clause_pending()
    outline = rl.ResultOutline.of(r)
    inclusion = outline.finding.children[0]
    assert (inclusion.element, inclusion.role) == ("inclusion (Art 1A(2))", "note")
    assert outline.finding.role == "conclusion"
    assert inclusion.children[0].role == "element"
    assert rl.from_json(rl.ResultOutline, rl.to_json(outline)) == outline
    line = json.loads(outline_json(r))
    assert line["finding"]["children"][0]["role"] == "note"
    assert "role" not in line["finding"]["children"][0]["children"][0]  # "element", the default
    assert rl.from_dict(rl.ResultOutline, line) == outline
    jsonschema.validate(line, rl.json_schema(rl.ResultOutline))
    assert outline.finding.resolved().children[0].role == "note"
    assert r.assumptions() == ()
    assert "Doctrinal positions relied on:\n- none" in r.explain()
    assert outline.assumptions == ()


def test_positions_that_decide_stay_listed_beside_notes() -> None:
    """Art 1A(2) for the North Korean escapee (a refugee sur place, UNHCR Handbook paras 94-96):
    the notes in his tree (the sur place reading, the Protocol's dateline) sit below the
    elements, and every position relied on is still listed, the sur place reading with them;
    a recognised refugee whose Art 1A(2) is met (no clause pending) keeps his too."""
    from refugeelaw.doctrine import position_key
    from refugeelaw.law.fear import SUR_PLACE_READING

    escapee = rl.assess_status(testing.north_korean_escapee(), on=ON)
    keys = [position_key(a) for a in escapee.assumptions()]
    assert "fear_threshold=0.1" in keys
    assert "nexus='contributing'" in keys
    assert SUR_PLACE_READING in escapee.assumptions()
    assert escapee.assumptions() == escapee.finding.all_assumptions()
    recognised = rl.assess_status(testing.north_korean_escapee(recognised=True), on=ON)
    assert recognised.outcome is rl.Status.REFUGEE
    assert recognised.assumptions() == recognised.finding.all_assumptions()


def test_a_note_below_a_note_is_not_marked_again() -> None:
    """VCLT art. 29: China's obligations in respect of Hong Kong are a note, each treaty's
    application there a note below it; the mark is said once, at the top of the note's
    subtree, in text and in the diagrams."""
    from refugeelaw.render.nodes import NOTE

    found = rl.explain_obligations("CHN", on=ON)
    text = found.explain()
    lines = text.splitlines()
    head = next(i for i, line in enumerate(lines) if "in respect of Hong Kong:" in line)
    marker = f"({NOTE[0]}: {NOTE[1]})"
    assert lines[head + 1].strip() == marker
    block = lines[
        head + 2 : next(i for i, line in enumerate(lines) if "in respect of Macao" in line)
    ]
    assert any("Refugee Convention in Hong Kong" in line for line in block)
    assert not any(marker in line for line in block)
    assert text.count(marker) == found.explain("dot").count(marker) == 2  # Hong Kong, Macao
