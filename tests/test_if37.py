"""Interfaces review s37 (if37): the explanation tree cites a provision at every element.

The README promises "the finding tree, one cited line per element", and the concepts page that each
finding "cites the provisions it applies". The risk on return is the element on which every bar
turns — Refugee Convention art. 33(1) ("where his life or freedom would be threatened"), CAT art.
3(1) ("substantial grounds for believing that he would be in danger of being subjected to
torture"), ICCPR arts 6 and 7 (HRC General Comment No. 31, para. 12: a "real risk of irreparable
harm"), OAU Convention art. II(3) — yet it cited nothing once any harm was stated (it did while
what the person fears was unknown). Whether the returning state has abolished the death penalty
by its own law, on which ICCPR art. 6(1) as read in Judge v Canada (2003) turns, cited nothing
either. Review s37 if37 F1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import refugeelaw as rl

CASES = Path(__file__).parent / "cases"
ON = "2004-06-30"


def _case(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _uncited(result: rl.StatusDetermination | rl.ReturnAssessment) -> list[str]:
    return [f.element for _, f in result.finding.walk() if not f.citations]


def _escapee(**harm: Any) -> rl.Claim:
    fields: dict[str, Any] = {
        "severity": "threat_to_life_or_freedom",
        "likelihood": 0.8,
        "actor": "state",
        "reasons": {"political_opinion"},
        "torture": True,
    }
    fields.update(harm)
    return rl.Claim(
        rl.Person("Escapee", nationalities={"PRK"}, location="CHN"),
        fears=[rl.Harm("detention for leaving", "PRK", **fields)],
    )


@pytest.mark.parametrize(
    "path", sorted((CASES / "return").glob("*.json")), ids=lambda p: p.stem[:60]
)
def test_every_finding_of_a_return_cites_a_provision(path: Path) -> None:
    """Art 33(1), CAT art. 3(1), ICCPR arts 6-7, ECHR, OAU art. II(3), custom: every element of
    every bar on return, the risk on which it turns included, names its authority."""
    case = _case(path)
    claim = rl.from_dict(rl.Claim, case["claim"])
    result = rl.assess_return(claim, by=case["by"], to=case["to"], on=case["on"])
    assert _uncited(result) == []


@pytest.mark.parametrize(
    "path", sorted((CASES / "status").glob("*.json")), ids=lambda p: p.stem[:60]
)
def test_every_finding_of_a_status_determination_cites_a_provision(path: Path) -> None:
    """Refugee Convention art. 1 (and OAU Convention art. I): every element cited."""
    case = _case(path)
    claim = rl.from_dict(rl.Claim, case["claim"])
    result = rl.assess_status(claim, on=case["on"], state=case.get("state"))
    assert _uncited(result) == []


@pytest.mark.parametrize(
    ("bar", "risk", "provision"),
    [
        (
            "Refugee Convention art. 33(1) bar",
            "risk of persecution on a Convention ground in or from North Korea",
            rl.Citation("refugee-convention-1951", "33(1)"),
        ),
        (
            "CAT art. 3 bar",
            "risk of torture in or from North Korea",
            rl.Citation("cat-1984", "3(1)"),
        ),
    ],
)
def test_the_risk_on_return_cites_the_bars_own_provision(
    bar: str, risk: str, provision: rl.Citation
) -> None:
    """Art 33(1) ("life or freedom would be threatened") and CAT art. 3(1) ("substantial grounds
    for believing that he would be in danger of being subjected to torture"): the risk element
    under each bar cites that bar's provision, whether or not the harm feared is stated."""
    stated = rl.assess_return(_escapee(), by="CHN", to="PRK", on=ON)
    found = stated.finding.find(bar)
    assert found is not None
    element = next(c for c in found.children if c.element == risk)
    assert element.verdict is rl.Verdict.MET
    assert element.citations == (provision,)
    unstated = rl.Claim(rl.Person("Escapee", nationalities={"PRK"}, location="CHN"), fears=None)
    open_bar = rl.assess_return(unstated, by="CHN", to="PRK", on=ON).finding.find(bar)
    assert open_bar is not None
    twin = next(c for c in open_bar.children if c.element == risk)
    assert twin.verdict is rl.Verdict.UNKNOWN
    assert twin.citations == element.citations


def test_abolition_by_canadas_own_law_cites_iccpr_article_6() -> None:
    """ICCPR art. 6(1) as read in Judge v Canada (2003): on 1 January 2000 no treaty abolishing
    the death penalty bound Canada (it acceded to the Second Optional Protocol only in 2005), so
    the bar rests on the abolition by its own law — a finding that now cites art. 6(1), as the
    finding it supports does. The outcome is unchanged: PROHIBITED under ICCPR art. 6(1)."""
    claim = rl.Claim(
        rl.Person("Fugitive", nationalities={"USA"}, location="CAN"),
        fears=[
            rl.Harm(
                "execution for murder",
                "USA",
                severity="threat_to_life_or_freedom",
                likelihood=0.8,
                actor="state",
                reasons=set(),
                prosecution=True,
                death_penalty=True,
            )
        ],
    )
    result = rl.assess_return(claim, by="CAN", to="USA", on="2000-01-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in result.breaches] == ["ICCPR art. 6(1)"]
    art_6 = rl.Citation("iccpr-1966", "6(1)")
    abolished = result.finding.find("the returning state has abolished the death penalty")
    by_law = result.finding.find("abolished by the state's own law")
    assert abolished is not None
    assert by_law is not None
    assert (abolished.verdict, abolished.citations) == (rl.Verdict.MET, (art_6,))
    assert (by_law.verdict, by_law.citations) == (rl.Verdict.MET, (art_6,))


def test_the_text_explanation_brackets_a_citation_on_every_line_of_the_tree() -> None:
    """README: "the finding tree, one cited line per element" — for a return too."""
    text = rl.assess_return(_escapee(), by="CHN", to="PRK", on=ON).explain()
    tree = text.split("\n\n")[1]
    elements = [line for line in tree.splitlines() if line.lstrip()[:1] in "✓✗?"]
    assert elements
    assert [line for line in elements if not line.endswith("]")] == []


def _beaten(**doctrine: Any) -> rl.ReturnAssessment:
    """A North Korean in China who fears a beating in detention by officials, for personal
    reasons (no Convention ground), its likelihood not yet assessed."""
    claim = rl.Claim(
        rl.Person("Detainee", nationalities={"PRK"}, location="CHN"),
        fears=[
            rl.Harm(
                "beating in detention",
                "PRK",
                severity="serious",
                actor="state",
                reasons={"personal"},
                torture=True,
                official_involvement=True,
            )
        ],
    )
    return rl.assess_return(claim, by="CHN", to="PRK", on=ON, doctrine=rl.Doctrine(**doctrine))


def test_a_likelihood_a_return_waits_on_states_cat_article_3s_standard_too() -> None:
    """CAT art. 3(1) ("substantial grounds for believing that he would be in danger of being
    subjected to torture"), with the United States' understanding of it as "more likely than not"
    (torture_threshold=0.5): the likelihood question's answer "at least 0.5" makes the return
    PROHIBITED under CAT art. 3 alone (no Convention ground is shown), yet the question named only
    Art 1A(2), the Handbook and the well-founded fear's "reasonable possibility (likelihood at
    least 0.1)". It now names every provision and standard that waits on the fact."""
    result = _beaten(torture_threshold=0.5)
    (q,) = [q for q in result.questions() if q.path == "fears[0].likelihood"]
    assert [(a.label, a.return_outcome) for a in q.answers] == [
        ("below 0.1", rl.ReturnOutcome.PERMITTED),
        ("at least 0.1", rl.ReturnOutcome.UNDETERMINED),
        ("at least 0.5", rl.ReturnOutcome.PROHIBITED),
    ]
    assert q.citations[:2] == (
        rl.Citation("refugee-convention-1951", "1A(2)"),
        rl.Citation("unhcr-handbook", "37-50"),
    )
    assert rl.Citation("cat-1984", "3(1)") in q.citations
    assert q.standard == (
        "a reasonable possibility (likelihood at least 0.1); substantial grounds for believing "
        "in a danger of torture (likelihood at least 0.5)"
    )


def test_a_fact_only_cat_article_3_waits_on_names_cat_alone() -> None:
    """CAT art. 1(1) ("by or at the instigation of or with the consent or acquiescence of a
    public official"): a fact only the torture bar waits on cites CAT alone, as before."""
    claim = rl.Claim(
        rl.Person("Escapee", nationalities={"PRK"}, location="CHN"), fears=[rl.Harm("x", "PRK")]
    )
    result = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    (q,) = [q for q in result.questions() if q.path == "fears[0].official_involvement"]
    assert {c.instrument for c in q.citations} <= {"cat-1984", "cat-general-comment-4"}
    assert rl.Citation("cat-1984", "3(1)") in q.citations


def test_a_status_question_keeps_the_well_founded_fears_standard_alone() -> None:
    """Art 1A(2), INS v Cardoza-Fonseca: a status determination weighs the likelihood as a
    well-founded fear only, and its question says so."""
    claim = rl.Claim(
        rl.Person("Escapee", nationalities={"PRK"}, location="CHN"), fears=[rl.Harm("x", "PRK")]
    )
    (q,) = [
        q
        for q in rl.assess_status(claim, on=ON, state="CHN").questions()
        if q.path == "fears[0].likelihood"
    ]
    assert q.standard == "a reasonable possibility (likelihood at least 0.1)"
    assert q.citations == (
        rl.Citation("refugee-convention-1951", "1A(2)"),
        rl.Citation("unhcr-handbook", "37-50"),
    )
