"""Review s39 (dn39): doctrine branches — a comparison whose views reach one outcome is not said to
diverge (F1), and the doctrinal positions relied on leave out those of findings that decided
nothing (F2)."""

from __future__ import annotations

import refugeelaw as rl
from refugeelaw import testing

ON = "2004-06-30"


def _two_fears() -> rl.Claim:
    """A North Korean in China fearing a prison camp for political opinion (Art 1A(2) met on it
    alone) and the punishment of a defector's family, a group with a protected characteristic
    that exists independently of the persecution, whose social perception is not found."""
    family = rl.SocialGroup(
        "family of a defector",
        protected_characteristic=True,
        socially_perceived=None,
        exists_independently=True,
    )
    return rl.Claim(
        rl.Person("Escapee", nationalities={"PRK"}, location="CHN"),
        fears=[
            rl.Harm(
                "prison camp",
                "PRK",
                severity="threat_to_life_or_freedom",
                likelihood=0.6,
                actor="state",
                reasons={"political_opinion"},
            ),
            rl.Harm(
                "punishment of the family",
                "PRK",
                severity="serious",
                likelihood=0.6,
                actor="state",
                reasons={"particular_social_group"},
                social_group=family,
            ),
        ],
    )


def _keys(result: rl.StatusDetermination | rl.ReturnAssessment) -> list[str]:
    return [a.partition(":")[0] for a in result.assumptions()]


# F1: DoctrineComparison.report headed "the views diverge" where every view's outcome was the same.


def test_views_that_grant_status_alike_are_not_said_to_diverge_art_1a2_one_fear_suffices() -> None:
    """Art 1A(2) needs one well-founded fear for a Convention reason: the prison camp (political
    opinion) qualifies on every social-group test, so *Ward*'s test and the EU's cumulative one
    (QD art. 10(1)(d)) both grant status though they part on the family fear. Before: "the views
    diverge" / "They diverge first at: a particular social group."."""
    views = {"Ward": rl.Doctrine(), "EU both": rl.Doctrine(social_group="both")}
    comparison = rl.compare_doctrines(_two_fears(), views, on=ON)
    assert comparison.diverges_at == "a particular social group"
    assert comparison.outcomes_agree
    assert comparison.explain().splitlines() == [
        "Doctrines compared: the views reach the same outcome",
        "Their findings part first at: a particular social group, which does not change the "
        "outcome.",
        "",
        "Outcome under each view:",
        "- Ward: REFUGEE",
        "- EU both: REFUGEE",
    ]


def test_views_that_part_on_the_outcome_still_diverge_ins_v_cardoza_fonseca() -> None:
    """A one-in-five chance of a prison camp is a reasonable possibility (*INS v Cardoza-Fonseca*)
    but not more likely than not: the outcomes differ, and the heading says the views diverge."""
    claim = testing.north_korean_escapee(fears=(testing.escapee_harm(likelihood=0.2),))
    views = {"usual": rl.Doctrine(), "strict": rl.Doctrine(fear_threshold=0.51)}
    comparison = rl.compare_doctrines(claim, views, on=ON)
    assert not comparison.outcomes_agree
    assert comparison.explain().splitlines()[:2] == [
        "Doctrines compared: the views diverge",
        "They diverge first at: well-founded fear.",
    ]


# F2: ExplainedResult.assumptions named the positions of findings left unknown below decided ones.


def test_a_social_group_test_on_an_open_second_fear_is_not_relied_on_art_1a2() -> None:
    """Art 1A(2): status rests on the prison camp (political opinion) alone; the family fear is
    open on the EU's cumulative test (social perception not found), so that test decided nothing
    and is not among the positions relied on. Its finding still shows it (``all_assumptions``).
    Where the family fear qualifies too (*Ward*'s test), the test is named: it supports status."""
    strict = rl.assess_status(_two_fears(), on=ON, doctrine=rl.Doctrine(social_group="both"))
    assert strict.outcome is rl.Status.REFUGEE
    assert "social_group='both'" not in _keys(strict)
    assert "fear_threshold=0.1" in _keys(strict)  # the qualifying fear's standard
    assert any(a.startswith("social_group='both'") for a in strict.finding.all_assumptions())
    ward = rl.assess_status(_two_fears(), on=ON)
    assert "social_group='protected_characteristics'" in _keys(ward)


def test_customs_open_torture_limb_is_not_relied_on_where_its_refugee_limb_bars_return() -> None:
    """China returning the escapee on 1 June 1979, bound by customary non-refoulement alone: its
    refugee limb bars the return, its torture limb is not shown before CAT art. 3 (adopted 10
    December 1984) and stays open,
    so the torture standard (``torture_threshold``, CAT art. 3(1)) decided nothing. Before: it
    was listed among the positions relied on."""
    r = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on="1979-06-01")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.breached_provisions == ("customary international law, non-refoulement",)
    limb = r.finding.find("risk of torture (custom)")
    assert limb is not None
    assert limb.verdict is rl.Verdict.UNKNOWN
    assert any(a.startswith("torture_threshold=0.1") for a in limb.all_assumptions())
    assert "torture_threshold=0.1" not in _keys(r)
    assert "fear_threshold=0.1" in _keys(r)  # the refugee limb's
    assert "non_refoulement_customary=True" in _keys(r)


def test_a_person_still_in_their_country_is_not_a_refugee_on_no_standard_of_fear_art_1a2() -> None:
    """Art 1A(2) "outside the country of his nationality": a North Korean still in North Korea is
    not a refugee whatever the fear, so the standard of likelihood, weighed on a fear whose
    likelihood is not assessed, was not relied on."""
    claim = testing.north_korean_escapee(
        person=rl.Person("x", nationalities={"PRK"}, location="PRK"),
        fears=(testing.escapee_harm(likelihood=None),),
    )
    s = rl.assess_status(claim, on=ON)
    assert s.outcome is rl.Status.NOT_REFUGEE
    assert s.finding.find("well-founded fear") is not None
    assert "fear_threshold=0.1" not in _keys(s)


def test_an_open_bar_keeps_its_positions_art_33_1_malaysia_beyond_the_datas_horizon() -> None:
    """Malaysia returning a North Korean on 1 January 2024: custom bars the return; Refugee
    Convention art. 33(1) is a bar still open (Malaysia's participation is beyond the data), and
    its standard (``return_threshold``) is still named, as its missing facts are."""
    claim = testing.north_korean_escapee(
        person=rl.Person("x", nationalities={"PRK"}, location="MYS"),
        fears=(testing.escapee_harm(likelihood=0.3, reasons={rl.Motive.CRIMINAL_PROSECUTION}),),
    )
    r = rl.assess_return(claim, by="MYS", to="PRK", on="2024-01-01")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert "Refugee Convention art. 33(1)" in r.undecided_provisions
    assert "return_threshold=None" in _keys(r)
