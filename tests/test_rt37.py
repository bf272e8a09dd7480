"""Review s37 (rt37): may this State return this person — CAT art. 3's own standard, Refugee
Convention art. 32 beside a permitted return, and what an exclusion or art. 33(2) leaves."""

from __future__ import annotations

import attrs
import pytest

import refugeelaw as rl
from refugeelaw.law.cat_3 import cat_standard


def _egyptian(likelihood: float = 0.3) -> rl.Claim:
    """A person excluded under Art 1F(c) who fears torture by Egypt's security police."""
    return rl.Claim(
        rl.Person("E", {"EGY"}, location="USA"),
        fears=[
            rl.Harm(
                "torture by the security police",
                "EGY",
                severity="threat_to_life_or_freedom",
                likelihood=likelihood,
                actor="state",
                reasons={"political_opinion"},
                torture=True,
                irreparable=True,
            )
        ],
        exclusion={"1F(c)"},
    )


def _bar(r: rl.ReturnAssessment, element: str) -> rl.Finding:
    found = r.finding.find(element)
    assert found is not None, element
    return found


def _us_return(doctrine: rl.Doctrine) -> rl.ReturnAssessment:
    return rl.assess_return(_egyptian(), by="USA", to="EGY", on="2005-06-01", doctrine=doctrine)


# F1: the United States' "more likely than not" understanding qualifies CAT art. 3 alone.


def test_the_us_understanding_to_cat_article_3_does_not_lift_iccpr_article_7_or_custom() -> None:
    """CAT art. 3 with the US understanding (UNTC MTDSG IV-9): a 30% danger of torture fails
    "more likely than not", but ICCPR art. 7's real risk (HRC General Comment 31, para. 12) and
    customary non-refoulement's torture limb still bar the return."""
    r = _us_return(rl.Doctrine(cat_threshold=0.5))
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in r.breaches] == [
        "ICCPR art. 7",
        "customary international law, non-refoulement",
    ]
    assert _bar(r, "CAT art. 3 bar").verdict is rl.Verdict.NOT_MET
    assert rl.Doctrine(cat_threshold=0.5).position("cat_threshold") in r.assumptions()


def test_cat_article_3_is_weighed_on_its_own_standard_where_one_is_set() -> None:
    """CAT art. 3(1): the risk finding states the standard the article is weighed on."""
    r = _us_return(rl.Doctrine(cat_threshold=0.5))
    fear = _bar(r, "CAT art. 3 bar").find("fears[0]")
    assert fear is not None
    assert fear.standard is not None
    assert "likelihood at least 0.5" in fear.standard
    ill = _bar(r, "ICCPR art. 7 bar").find("fears[0]")
    assert ill is not None
    assert ill.standard is not None
    assert "at least 0.1" in ill.standard


def test_a_likely_danger_of_torture_bars_the_return_under_cat_article_3_on_the_us_standard() -> (
    None
):
    """CAT art. 3(1): a 60% danger is "more likely than not"."""
    r = rl.assess_return(
        _egyptian(0.6), by="USA", to="EGY", on="2005-06-01", doctrine=rl.Doctrine(cat_threshold=0.5)
    )
    assert _bar(r, "CAT art. 3 bar").verdict is rl.Verdict.MET


def test_without_a_standard_of_its_own_cat_article_3_takes_torture_threshold() -> None:
    """CAT art. 3(1): the default (``cat_threshold`` None) is the outcome as before, and a
    ``torture_threshold`` of 0.5 still holds every bar on a real risk to it."""
    assert cat_standard(rl.Doctrine()) == "torture_threshold"
    assert cat_standard(rl.Doctrine(cat_threshold=0.5)) == "cat_threshold"
    assert cat_standard(rl.Doctrine(cat_threshold=0.5), treaty=False) == "torture_threshold"
    default = _us_return(rl.Doctrine())
    assert [str(o.citation) for o in default.breaches] == [
        "CAT art. 3(1)",
        "ICCPR art. 7",
        "customary international law, non-refoulement",
    ]
    assert rl.Doctrine().position("cat_threshold") not in default.assumptions()
    assert _us_return(rl.Doctrine(torture_threshold=0.5)).outcome is rl.ReturnOutcome.PERMITTED


def test_cat_threshold_is_a_standard_of_likelihood() -> None:
    """CAT art. 3(1) "substantial grounds": a threshold above 0 and at most 1, or None."""
    for bad in (0, 1.5, -0.1):
        with pytest.raises(rl.InvalidInput, match="cat_threshold"):
            rl.Doctrine(cat_threshold=bad)
    assert rl.Doctrine(cat_threshold=None).cat_threshold is None


# F2: a permitted return of a refugee in the territory says that Refugee Convention art. 32 is
# not weighed.


def _recognised_afghan(**claim: object) -> rl.Claim:
    """A refugee recognised in the United Kingdom, who fears the Taliban in Afghanistan only."""
    taliban = rl.Harm(
        "Taliban reprisals",
        "AFG",
        severity="threat_to_life_or_freedom",
        likelihood=0.5,
        actor="state",
        reasons={"political_opinion"},
        torture=True,
        irreparable=True,
        risk_to_life=True,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    return rl.Claim(
        rl.Person("R", {"AFG"}, location="GBR"),
        fears=[taliban],
        recognised=True,
        onward_removal={"FRA": False},
        **claim,  # type: ignore[arg-type]
    )


def test_expelling_a_refugee_to_a_safe_country_is_permitted_but_art_32_is_named_unweighed() -> None:
    """Refugee Convention art. 32(1): "The Contracting States shall not expel a refugee lawfully
    in their territory save on grounds of national security or public order". No bar on
    refoulement holds (France would not send the person on), but the permitted return says that
    art. 32, which the library holds, was not weighed, and a note cites arts 32(1) and 32(2)."""
    r = rl.assess_return(_recognised_afghan(), by="GBR", to="FRA", on="2023-06-15")
    assert r.outcome is rl.ReturnOutcome.PERMITTED
    assert "nor is Refugee Convention art. 32" in str(r)
    note = r.finding.find("Refugee Convention art. 32 (expulsion): not weighed")
    assert note is not None
    assert note.role == "note"
    assert [str(c) for c in note.citations] == [
        "Refugee Convention art. 32(1)",
        "Refugee Convention art. 32(2)",
    ]
    assert r.missing_facts() == ()  # a note asks nothing
    assert not r.questions()


def test_no_art_32_note_for_a_person_who_is_not_a_refugee_or_not_in_the_territory() -> None:
    """Refugee Convention art. 32(1) protects "a refugee lawfully in their territory": no note for
    a person who is not a refugee (an economic migrant), nor for a refugee at the frontier."""
    migrant = rl.Claim(
        rl.Person("M", {"AFG"}, location="GBR"),
        fears=[
            rl.Harm(
                "unemployment",
                "AFG",
                severity="minor",
                likelihood=0.9,
                actor="non_state",
                reasons={"economic"},
            )
        ],
        onward_removal={"FRA": False},
    )
    for claim in (migrant, _recognised_afghan(at_frontier=True)):
        r = rl.assess_return(claim, by="GBR", to="FRA", on="2023-06-15")
        assert r.outcome is rl.ReturnOutcome.PERMITTED
        assert "art. 32" not in str(r)
        assert r.finding.find("Refugee Convention art. 32 (expulsion): not weighed") is None


def test_a_refugee_barred_from_return_gets_no_art_32_note() -> None:
    """Refugee Convention art. 33(1): returning the recognised refugee to Afghanistan is prohibited,
    and the note, which speaks to a permitted return, is not added."""
    r = rl.assess_return(_recognised_afghan(), by="GBR", to="AFG", on="2023-06-15")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.finding.find("Refugee Convention art. 32 (expulsion): not weighed") is None


# F3: what an exclusion or an Art 33(2) exception leaves in place, in words.


def test_an_art_33_2_danger_leaves_the_bars_on_a_risk_to_life_and_achr_article_22_8() -> None:
    """Refugee Convention art. 33(2) lifts refugee non-refoulement only: a danger to security
    does not lift ICCPR art. 6(1) or ACHR art. 22(8) ("In no case"), and the reason says so."""
    killing = rl.Harm(
        "killing by paramilitaries for politics",
        "COL",
        severity="threat_to_life_or_freedom",
        likelihood=0.6,
        actor="state",
        reasons={"political_opinion"},
        torture=False,
        irreparable=False,
        risk_to_life=True,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    claim = rl.Claim(
        rl.Person("X", {"COL"}, location="MEX"), fears=[killing], danger_to_security=True
    )
    r = rl.assess_return(claim, by="MEX", to="COL", on="2005-01-01")
    assert [str(o.citation) for o in r.breaches] == [
        "ICCPR art. 6(1)",
        "American Convention on Human Rights art. 22(8)",
    ]
    exception = r.finding.find("Art 33(2): danger to security or the community")
    assert exception is not None
    assert exception.verdict is rl.Verdict.MET
    assert "arbitrary deprivation of life" in exception.reason
    assert "ACHR art. 22(8)" in exception.reason
    excluded = attrs.evolve(claim, danger_to_security=None, exclusion={"1F(b)"})
    r = rl.assess_return(excluded, by="MEX", to="COL", on="2005-01-01")
    person = r.finding.find("a refugee, or an asylum seeker not yet determined")
    assert person is not None
    assert person.verdict is rl.Verdict.NOT_MET
    assert "arbitrary deprivation of life" in person.reason
    assert "ACHR art. 22(8)" in person.reason
    assert [str(o.citation) for o in r.breaches] == [
        "ICCPR art. 6(1)",
        "American Convention on Human Rights art. 22(8)",
    ]
