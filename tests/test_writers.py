"""The fast writers say what the reference writers say (issue 20: explained output at speed).

The command line writes each result with writers generated from the classes' fields and with each
finding subtree's text remembered; these tests hold them, on generated claims (the property
tests' strategies), to the reference: ``to_json`` (cattrs and ``json.dumps``) for the full form,
``compact_dict(ResultOutline.of(result))`` for the compact form, and the line-by-line rendering
for text and Markdown. Each result is decided under Art 1 and the bars on return (Arts 33, CAT 3,
ICCPR 6-7, custom), with the speed layer on and off.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refugeelaw as rl
from refugeelaw import _speed, render, serialize, testing
from test_speed import RETURNS, Case, decide
from test_status_properties import STATES, claims, doctrines

ON = dt.date(2004, 6, 30)
cases = st.lists(
    st.tuples(claims(), doctrines, st.sampled_from(STATES), st.sampled_from(RETURNS)),
    min_size=1,
    max_size=4,
)


@settings(max_examples=100)
@given(cases)
def test_the_full_json_writer_is_to_json_byte_for_byte(cases: list[Case]) -> None:
    """Art 1A(2) and the bars on return: every result's full JSON line is ``to_json`` of it in
    the envelope, the claim, the doctrine and the provenance included, however often the shared
    texts (doctrine, provenance, citations, subtrees) were remembered."""
    _speed.install()
    for case in cases:
        for result in decide(*case):
            reference = rl.to_json(result)
            assert serialize.full_json(result) == reference
            line = serialize.record_json(7, result)
            assert json.loads(line) == {"record": 7, "result": json.loads(reference)}
            assert rl.from_json(type(result), serialize.full_json(result)) == result


@settings(max_examples=100)
@given(cases, st.booleans())
def test_the_compact_writer_is_the_results_outline(cases: list[Case], reasons: bool) -> None:
    """Art 1A(2) and the bars on return: the compact text is ``ResultOutline.of(result)`` with
    the fields at their defaults left out, reads back as that outline, and is the same with the
    speed layer off."""
    _speed.install()
    fast = [(r, serialize.outline_json(r, reasons=reasons)) for c in cases for r in decide(*c)]
    with _speed.off():
        plain = [serialize.outline_json(r, reasons=reasons) for c in cases for r in decide(*c)]
    for (result, text), reference in zip(fast, plain, strict=True):
        outline = rl.ResultOutline.of(result, reasons=reasons)
        assert json.loads(text) == serialize.compact_dict(outline)
        assert rl.from_json(rl.ResultOutline, text) == outline
        assert text == reference
        assert outline.outcome == result.outcome.value
        assert outline.missing_facts == result.missing_facts()
        assert [f.element for _, f in result.finding.walk()] == _elements(outline.finding)
        assert _stated(outline.finding.resolved()) == _cited(result.finding)  # nothing lost
        line = serialize.outline_record_json(3, result, reasons=reasons)
        assert json.loads(line) == {"record": 3, "result": json.loads(text)}
        _held_to_positions(outline, result, reasons)


def _held_to_positions(
    outline: rl.ResultOutline, result: rl.StatusDetermination | rl.ReturnAssessment, reasons: bool
) -> None:
    """The outline's assumptions are the result's, in order: in words with reasons; without, each
    doctrinal position by its key (the words of exactly that position follow it), and a reading
    of the library's own, which is no position, in words."""
    positions = [result.doctrine.position(f.name) for f in attrs.fields(rl.Doctrine)]
    for kept, words in zip(outline.assumptions, result.assumptions(), strict=True):
        if reasons or kept == words:
            assert kept == words
            assert reasons or words not in positions
        else:
            assert words == result.doctrine.position(kept.partition("=")[0])
            assert words.startswith(f"{kept}: ")


def _elements(outline: rl.FindingOutline) -> list[str]:
    return [outline.element, *(e for c in outline.children for e in _elements(c))]


def _stated(outline: rl.FindingOutline) -> list[tuple[str, rl.Verdict | None, tuple[str, ...]]]:
    """Each finding of a resolved outline: its element, verdict and citation keys."""
    assert outline.also is None
    own = (outline.element, outline.verdict, outline.citations)
    return [own, *(x for c in outline.children for x in _stated(c))]


def _cited(finding: rl.Finding) -> list[tuple[str, rl.Verdict | None, tuple[str, ...]]]:
    """Each finding of a tree: its element, verdict and citation keys."""
    keys = rl.results.citation_key
    return [(f.element, f.verdict, tuple(map(keys, f.citations))) for _, f in finding.walk()]


@settings(max_examples=100)
@given(cases)
def test_rendered_text_is_the_line_by_line_rendering(cases: list[Case]) -> None:
    """Art 1A(2) and the bars on return: text and Markdown built from remembered subtree blocks
    are, byte for byte, each finding's lines indented by depth, and the same with the speed
    layer off."""
    _speed.install()
    results = [r for case in cases for r in decide(*case)]
    fast = [(r.explain(), r.explain("markdown")) for r in results]
    with _speed.off():
        plain = [(r.explain(), r.explain("markdown")) for r in results]
    assert fast == plain
    for result, (text, markdown) in zip(results, fast, strict=True):
        for fmt, shown in (("text", text), ("markdown", markdown)):
            body = "\n".join(render._body(result.finding, fmt))
            assert body in shown
            assert render.render_tree(result.finding, fmt) == body


texts = st.text(min_size=1).filter(str.strip)
CITATIONS = [
    rl.Citation("refugee-convention-1951", "1A(2)"),
    rl.Citation("unhcr-handbook", "37-50"),
    rl.Citation("refugee-convention-1951", "1D"),
]


@st.composite
def trees(draw: st.DrawFn, depth: int = 3) -> rl.Finding:
    """Findings whose texts may hold line breaks of their own (then only each line's start is
    indented), with a subtree that occurs twice."""
    children: list[rl.Finding] = draw(st.lists(trees(depth - 1), max_size=3)) if depth else []
    if children and bool(draw(st.booleans())):  # bool(): else mypy types the draw as `children`
        children.append(children[0])  # the same object twice
    return rl.Finding(
        draw(texts),
        draw(st.sampled_from(list(rl.Verdict))),
        draw(st.one_of(texts, st.just("a\nb"))),
        citations=draw(st.lists(st.sampled_from(CITATIONS), max_size=3)),
        children=children,
        facts=draw(st.lists(st.sampled_from(["fears[0].likelihood", "person.location"]))),
        standard=draw(st.one_of(st.none(), texts)),
    )


@settings(max_examples=200)
@given(trees())
def test_any_tree_renders_and_writes_as_the_reference(tree: rl.Finding) -> None:
    """Any finding tree, line breaks in its texts included: the remembered text and JSON are
    the reference's, and the outline writer writes ``FindingOutline.of`` it."""
    _speed.install()
    for fmt in ("text", "markdown"):
        assert render.render_tree(tree, fmt) == "\n".join(render._body(tree, fmt))
    assert serialize.finding_json(tree) == json.dumps(rl.to_dict(tree), ensure_ascii=False)
    for reasons, write in (
        (False, serialize.finding_outline_json),
        (True, serialize.finding_outline_reasons_json),
    ):
        outline = rl.FindingOutline.of(tree, reasons=reasons)
        assert json.loads(write(tree)) == serialize.compact_dict(outline)
        assert rl.from_json(rl.FindingOutline, write(tree)) == outline
        assert _stated(outline.resolved()) == _cited(tree)


def _inclusion() -> rl.Finding:
    """A hand-made tree under Art 1A(2): children sharing the parent's citation, adding
    UNHCR Handbook paras 37-50 to it, citing nothing, citing Art 1D instead."""
    a12, handbook, art_1d = CITATIONS
    no, yes = rl.Verdict.NOT_MET, rl.Verdict.MET
    return rl.Finding(
        "inclusion",
        no,
        "r",
        citations=[a12],
        children=[
            rl.Finding("outside the country of nationality", yes, "r", citations=[a12]),
            rl.Finding("well-founded fear", no, "r", citations=[a12, handbook]),
            rl.Finding("no citation", no, "r"),
            rl.Finding("Art 1D", no, "r", citations=[art_1d]),
        ],
    )


# What the compact form wrote before findings left out what they share with their parent.
FIRST_FORM = (
    '{"element":"inclusion","verdict":"not_met","citations":["refugee-convention-1951 1A(2)"],'
    '"children":[{"element":"outside the country of nationality","verdict":"met",'
    '"citations":["refugee-convention-1951 1A(2)"]},{"element":"well-founded fear",'
    '"verdict":"not_met","citations":["refugee-convention-1951 1A(2)","unhcr-handbook 37-50"]},'
    '{"element":"no citation","verdict":"not_met"},{"element":"Art 1D","verdict":"not_met",'
    '"citations":["refugee-convention-1951 1D"]}]}'
)


def test_a_finding_leaves_out_what_it_shares_with_its_parent() -> None:
    """Art 1A(2): a child states its verdict only where it differs from its parent's; cites
    ``"also": []`` for exactly the parent's citations, ``"also"`` with the Handbook's paras
    37-50 for the parent's and those, nothing for none, and Art 1D in full."""
    _speed.install()
    text = serialize.finding_outline_json(_inclusion())
    assert text == (
        '{"element":"inclusion","verdict":"not_met","citations":["refugee-convention-1951 1A(2)"],'
        '"children":[{"element":"outside the country of nationality","verdict":"met","also":[]},'
        '{"element":"well-founded fear","also":["unhcr-handbook 37-50"]},'
        '{"element":"no citation"},'
        '{"element":"Art 1D","citations":["refugee-convention-1951 1D"]}]}'
    )
    outline = rl.from_json(rl.FindingOutline, text)
    fear = outline.children[1]
    assert (fear.verdict, fear.citations, fear.also) == (None, (), ("unhcr-handbook 37-50",))
    assert _stated(outline.resolved()) == _cited(_inclusion())
    assert rl.json_schema(rl.FindingOutline)["description"].startswith(
        "A finding as the compact form gives it, leaving out what it shares with its parent"
    )


def test_the_first_compact_form_still_reads_as_it_did() -> None:
    """Art 1A(2): an outline with every verdict and citation stated (as the compact form was
    first written) reads as before, a child without citations under a cited parent included,
    and states the same findings as the new form."""
    old = rl.from_json(rl.FindingOutline, FIRST_FORM)
    assert old.children[2].citations == ()
    assert old.children[2].also is None
    assert old.resolved() == old
    assert old == rl.FindingOutline.of(_inclusion()).resolved()
    assert _stated(old) == _cited(_inclusion())


def test_an_outline_says_which_citations_and_states_its_root_verdict() -> None:
    """Art 1A(2): citations in full and after the parent's at once are refused (by the parser
    and the schema), and so is a result's tree whose root leaves its verdict out."""
    both = {"element": "inclusion", "verdict": "met", "citations": ["x"], "also": []}
    with pytest.raises(rl.InvalidInput, match="also: give the citations either in full"):
        rl.from_dict(rl.FindingOutline, both)
    assert not _valid(rl.FindingOutline, both)
    line = json.loads(
        serialize.outline_json(rl.assess_status(testing.north_korean_escapee(), on=ON))
    )
    assert _valid(rl.ResultOutline, line)
    del line["finding"]["verdict"]
    with pytest.raises(rl.InvalidInput, match=r"finding\.verdict: the root of a tree states"):
        rl.from_dict(rl.ResultOutline, line)
    assert not _valid(rl.ResultOutline, line)
    with pytest.raises(rl.InvalidInput, match="verdict: the root of a tree states"):
        rl.FindingOutline("inclusion").resolved()


def test_the_compact_form_names_each_position_by_its_key_and_in_words_with_reasons() -> None:
    """Art 1A(2) for the North Korean escapee: the compact form (the command line's default)
    names the positions relied on by key, the Doctrine field and its value, and in words where
    reasons were asked for: among them the presumption that a state persecutor leaves no internal
    flight alternative (UNHCR Guidelines No. 4 para. 7(I)(b); ``relocation_presumption``), and,
    for a Convention ground amid generalised violence, the view taken of *Adan*'s differential
    impact test (``differential_impact``)."""
    result = rl.assess_status(testing.north_korean_escapee(), on=ON)
    words = result.assumptions()
    keys = rl.from_json(rl.ResultOutline, serialize.outline_json(result)).assumptions
    assert "fear_threshold=0.1" in keys
    assert "nexus='contributing'" in keys
    assert "relocation_presumption=True" in keys
    assert rl.Doctrine().position("relocation_presumption") in words
    assert rl.ResultOutline.of(result).assumptions == keys
    assert rl.ResultOutline.of(result, reasons=True).assumptions == words
    assert rl.Doctrine().position("fear_threshold") in words
    claim = testing.north_korean_escapee()
    assert claim.fears is not None
    amid = attrs.evolve(
        claim.fears[0], reasons={rl.Ground.POLITICAL_OPINION, rl.Motive.GENERALISED_VIOLENCE}
    )
    mixed = rl.assess_status(attrs.evolve(claim, fears=[amid]), on=ON)
    reading = [w for w in mixed.assumptions() if "differential impact" in w]
    assert reading == [rl.Doctrine().position("differential_impact")]
    assert "differential_impact=False" in rl.ResultOutline.of(mixed).assumptions
    assert reading[0] in rl.ResultOutline.of(mixed, reasons=True).assumptions


def _valid(cls: type, doc: object) -> bool:
    return jsonschema.Draft202012Validator(rl.json_schema(cls)).is_valid(doc)


def test_the_claim_writer_is_to_json_for_a_caseload() -> None:
    """Art 1A(2)'s facts: the generated writer writes each claim of a generated caseload as
    ``to_json`` does, sets in ``to_dict``'s order (by value: several Convention reasons, several
    nationalities) and empty containers included."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import caseload

    sample = [rl.from_json(rl.Claim, line) for line in caseload.generate(300)]
    write = serialize._writer(rl.Claim)
    for claim in sample:
        assert write(claim) == rl.to_json(claim)
    assert any(len(h.reasons) >= 2 for c in sample for h in c.fears or ())
    assert any(len(c.person.nationalities or ()) >= 2 for c in sample)
    assert any(not c.exclusion and not c.onward_removal for c in sample)
