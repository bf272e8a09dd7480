"""Past persecution and the well-founded fear of Art 1A(2): UNHCR Handbook para. 45 ("may be
assumed"), EU Qualification Directive art. 4(4) ("a serious indication ... unless there are good
reasons"), 8 C.F.R. s. 208.13(b)(1) (a rebuttable presumption), against the forward-looking test
that takes it as evidence only (IRB, Interpretation of the Convention Refugee Definition, ch. 5);
and on return, ECHR art. 3 as *J.K. and Others v Sweden* (ECtHR GC, 2016) reads it: past
ill-treatment as an indication of a real risk.
"""

from __future__ import annotations

from typing import Any

import pytest

import refugeelaw as rl

ON = "2012-06-01"
EVIDENCE_ONLY = rl.Doctrine(past_persecution_presumption=False)


def _returnee(location: str = "GBR", **harm: Any) -> rl.Claim:
    """A North Korean beaten in a labour training camp after an earlier forced return (the
    punishment for leaving of Handbook para. 61, here imputed political opinion)."""
    facts: dict[str, Any] = {
        "severity": "threat_to_life_or_freedom",
        "actor": "state",
        "reasons": {"political_opinion"},
    }
    facts.update(harm)
    fear = rl.Harm("detention and beating for leaving without permission", "PRK", **facts)
    return rl.Claim(rl.Person("Returnee", {"PRK"}, location=location), fears=[fear])


def _well_founded(d: rl.StatusDetermination) -> rl.Finding:
    return next(f for _, f in d.finding.walk() if f.element == "well-founded fear")


def test_unrebutted_past_persecution_makes_the_fear_well_founded_without_a_likelihood() -> None:
    """Handbook para. 45 and Qualification Directive art. 4(4): no good reasons to consider that
    it will not be repeated, so the fear is presumed well founded."""
    d = rl.assess_status(_returnee(suffered_before=True, good_reasons_not_repeated=False), on=ON)
    assert d.outcome is rl.Status.REFUGEE
    found = _well_founded(d)
    assert found.verdict is rl.Verdict.MET
    assert {(c.instrument, c.provision) for c in found.citations} >= {
        ("unhcr-handbook", "45"),
        ("eu-qualification-directive-2011", "4(4)"),
        ("us-8-cfr-208-13", "208.13(b)(1)"),
    }
    assert "fears[0].likelihood" not in found.facts  # the presumption, not an estimate, decides
    assert any(a.startswith("past_persecution_presumption=True") for a in d.assumptions())


def test_the_presumption_outweighs_a_low_estimate_no_good_reason_explains() -> None:
    """Qualification Directive art. 4(4): only good reasons to consider that the harm will not be
    repeated displace the indication, not a low estimate alone."""
    claim = _returnee(likelihood=0.05, suffered_before=True, good_reasons_not_repeated=False)
    d = rl.assess_status(claim, on=ON)
    assert d.outcome is rl.Status.REFUGEE
    found = _well_founded(d)  # the estimate it outweighs is named, not hidden
    assert "the assessed likelihood 0.05 is below the threshold 0.1" in found.reason
    assert "fears[0].likelihood" in found.facts
    waiting = rl.assess_status(_returnee(likelihood=0.05, suffered_before=True), on=ON)
    assert waiting.outcome is rl.Status.UNDETERMINED
    assert waiting.missing_facts() == ("fears[0].good_reasons_not_repeated",)


def test_a_rebutted_presumption_leaves_the_likelihood_to_decide() -> None:
    """Qualification Directive art. 4(4), "unless there are good reasons": once they are found,
    the forward-looking estimate decides (here below the reasonable possibility of
    INS v Cardoza-Fonseca)."""
    rebutted = _returnee(likelihood=0.05, suffered_before=True, good_reasons_not_repeated=True)
    d = rl.assess_status(rebutted, on=ON)
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert "rebutted" in _well_founded(d).reason
    unestimated = _returnee(suffered_before=True, good_reasons_not_repeated=True)
    assert rl.assess_status(unestimated, on=ON).missing_facts() == ("fears[0].likelihood",)


def test_a_likelihood_that_reaches_the_threshold_needs_no_presumption() -> None:
    """Art 1A(2): a reasonable possibility suffices on its own; the position on past persecution
    is then not relied on."""
    d = rl.assess_status(_returnee(likelihood=0.6, suffered_before=True), on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert not any(a.startswith("past_persecution_presumption") for a in d.assumptions())


def test_whether_the_harm_was_suffered_before_is_asked_where_it_could_decide() -> None:
    """Handbook para. 45: with the estimate below the threshold, a harm raised but not found to
    have been suffered before leaves the fear open, not unfounded."""
    d = rl.assess_status(_returnee(likelihood=0.05, suffered_before=None), on=ON)
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("fears[0].suffered_before",)
    q = d.questions()[0]
    assert q.path == "fears[0].suffered_before"
    assert q.kind is rl.QuestionKind.FACT
    assert {a.label: a.outcome for a in q.answers} == {
        "yes": rl.Status.UNDETERMINED,  # then whether there are good reasons it will not recur
        "no": rl.Status.NOT_REFUGEE,
    }


def test_the_rebuttal_is_an_assessors_judgement_and_can_settle_the_case() -> None:
    """Qualification Directive art. 4(4): whether there are good reasons to consider that the harm
    will not be repeated is the decision-maker's evaluation; "no" settles the fear."""
    d = rl.assess_status(_returnee(suffered_before=True), on=ON)
    q = next(q for q in d.questions() if q.path == "fears[0].good_reasons_not_repeated")
    assert q.kind is rl.QuestionKind.JUDGMENT
    assert q.decisive
    assert {a.label: a.outcome for a in q.answers}["no"] is rl.Status.REFUGEE


@pytest.mark.parametrize(
    ("likelihood", "expected"),
    [(None, rl.Status.UNDETERMINED), (0.05, rl.Status.NOT_REFUGEE), (0.6, rl.Status.REFUGEE)],
)
def test_read_as_evidence_only_the_likelihood_decides(
    likelihood: float | None, expected: rl.Status
) -> None:
    """IRB, ch. 5, section 5.1: past persecution "is insufficient of itself to establish a fear of
    future persecution"; the assessed likelihood decides whatever was suffered."""
    claim = _returnee(likelihood=likelihood, suffered_before=True, good_reasons_not_repeated=False)
    d = rl.assess_status(claim, on=ON, doctrine=EVIDENCE_ONLY)
    assert d.outcome is expected
    if likelihood is not None and likelihood < 0.1:
        found = _well_founded(d)
        assert ("irb-refugee-definition-ch5", "5.1") in {
            (c.instrument, c.provision) for c in found.citations
        }
        assert any(a.startswith("past_persecution_presumption=False") for a in d.assumptions())


def test_a_claim_that_raises_no_past_harm_is_decided_as_before() -> None:
    """Art 1A(2): ``suffered_before`` defaults to False, so claims that never mention it keep
    their outcome and rely on no position about it."""
    d = rl.assess_status(_returnee(likelihood=0.05), on=ON)
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert not any(a.startswith("past_persecution_presumption") for a in d.assumptions())


def test_article_33_takes_the_presumption_with_the_well_founded_fears_standard() -> None:
    """Refugee Convention art. 33(1): with no standard of its own for return, the threat is the
    fear Art 1A(2) found, presumption included; China returning the returnee it holds breaches
    it."""
    claim = _returnee("CHN", suffered_before=True, good_reasons_not_repeated=False, torture=False)
    r = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert ("refugee-convention-1951", "33(1)") in {(b.instrument, b.provision) for b in r.breaches}
    evidence = rl.assess_return(claim, by="CHN", to="PRK", on=ON, doctrine=EVIDENCE_ONLY)
    assert evidence.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "fears[0].likelihood" in evidence.missing_facts()


def test_article_33_on_a_standard_of_its_own_keeps_the_presumption() -> None:
    """Refugee Convention art. 33(1) on INS v Stevic's clear probability: a stricter standard of
    likelihood does not set the presumption aside (Handbook para. 45; Qualification Directive art.
    4(4)); an estimate below one half is outweighed while no good reason is found."""
    stevic = rl.Doctrine(return_threshold=0.5, custom_follows_return_threshold=True)
    claim = _returnee(
        "CHN", likelihood=0.3, suffered_before=True, good_reasons_not_repeated=False, torture=False
    )
    r = rl.assess_return(claim, by="CHN", to="PRK", on=ON, doctrine=stevic)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert ("refugee-convention-1951", "33(1)") in {(b.instrument, b.provision) for b in r.breaches}
    threat = r.finding.find("life or freedom would be threatened")
    assert threat is not None
    assert threat.verdict is rl.Verdict.MET
    assert "the threat to life or freedom is presumed" in threat.reason
    rebutted = _returnee(
        "CHN", likelihood=0.3, suffered_before=True, good_reasons_not_repeated=True, torture=False
    )
    after = rl.assess_return(rebutted, by="CHN", to="PRK", on=ON, doctrine=stevic)
    rebutted_threat = after.finding.find("life or freedom would be threatened")
    assert rebutted_threat is not None
    assert rebutted_threat.verdict is rl.Verdict.NOT_MET


def test_the_new_facts_round_trip_through_json() -> None:
    claim = _returnee(suffered_before=None, good_reasons_not_repeated=True)
    assert rl.from_json(rl.Claim, rl.to_json(claim)) == claim
    with pytest.raises(rl.InvalidInput, match=r"fears\[0\]\.suffered_before"):
        rl.from_json(
            rl.Claim,
            '{"person": {"name": "A"}, "fears": [{"description": "x", "country": "PRK", '
            '"suffered_before": "often"}]}',
        )


def _attacked(**harm: Any) -> rl.Claim:
    """J.K. and Others v Sweden (ECtHR GC, 2016): an Iraqi family attacked by al-Qaeda, whom
    the Iraqi authorities could not protect."""
    facts: dict[str, Any] = {
        "severity": "threat_to_life_or_freedom",
        "actor": "non_state",
        "official_involvement": False,
        "irreparable": True,
        "torture": False,
        "risk_to_life": True,  # a daughter killed, the father shot twice
        "flagrant_denial_of_justice": False,
        "death_penalty": False,
    }
    facts.update(harm)
    fear = rl.Harm("attacks by al-Qaeda", "IRQ", **facts)
    person = rl.Person("J.K.", {"IRQ"}, location="SWE")
    return rl.Claim(
        person, fears=[fear], protection={"IRQ": "unavailable"}, internal_relocation=False
    )


def _echr_3(r: rl.ReturnAssessment) -> rl.Finding:
    return next(
        f
        for _, f in r.finding.walk()
        if f.element == "fears[0]"
        and any((c.instrument, c.provision) == ("echr-1950", "3") for c in f.citations)
    )


def test_echr_3_past_ill_treatment_nothing_dispels_bars_expulsion_jk_v_sweden() -> None:
    """ECHR art. 3, J.K. and Others v Sweden paras 99-102: with no estimate of the risk, ill-treatment
    already suffered and nothing to dispel its repetition make the risk real."""
    claim = _attacked(suffered_before=True, good_reasons_not_repeated=False)
    r = rl.assess_return(claim, by="SWE", to="IRQ", on="2016-08-23")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in r.breaches] == ["ECHR art. 3"]
    found = _echr_3(r)
    assert found.verdict is rl.Verdict.MET
    assert ("ecthr-jk-v-sweden-2016", "99-102") in {
        (c.instrument, c.provision) for c in found.citations
    }
    assert "fears[0].likelihood" not in found.facts


def test_echr_3_waits_on_whether_anything_dispels_the_risk_jk_v_sweden() -> None:
    """ECHR art. 3: the indication stands unless good reasons to consider that the ill-treatment
    will not be repeated are found; until then the bar is open, and once they are, the estimate
    decides."""
    waiting = rl.assess_return(_attacked(suffered_before=True), by="SWE", to="IRQ", on="2016-08-23")
    assert _echr_3(waiting).verdict is rl.Verdict.UNKNOWN
    assert "fears[0].good_reasons_not_repeated" in _echr_3(waiting).missing
    dispelled = _attacked(likelihood=0.05, suffered_before=True, good_reasons_not_repeated=True)
    r = rl.assess_return(dispelled, by="SWE", to="IRQ", on="2016-08-23")
    assert _echr_3(r).verdict is rl.Verdict.NOT_MET
    assert "no longer indicates it" in _echr_3(r).reason
    assert r.outcome is rl.ReturnOutcome.PERMITTED


def test_cat_3_takes_past_torture_as_evidence_not_as_an_indication() -> None:
    """CAT art. 3: the library holds no authority making past torture itself a real risk, so the
    bar still waits on the estimate where ECHR art. 3 (J.K. v Sweden) is met without one."""
    claim = _attacked(
        actor="state",
        torture=True,
        official_involvement=True,
        suffered_before=True,
        good_reasons_not_repeated=False,
    )
    r = rl.assess_return(claim, by="SWE", to="IRQ", on="2016-08-23")
    cat = next(
        f
        for _, f in r.finding.walk()
        if f.element == "fears[0]" and any(c.instrument == "cat-1984" for c in f.citations)
    )
    assert cat.verdict is rl.Verdict.UNKNOWN
    assert "fears[0].likelihood" in cat.missing
    assert _echr_3(r).verdict is rl.Verdict.MET


def test_echr_3_names_a_low_estimate_the_indication_outweighs_jk_v_sweden() -> None:
    """ECHR art. 3, J.K. and Others v Sweden: where an estimate below the threshold is given but no
    good reason is found to consider that the ill-treatment will not be repeated, the indication
    stands, and the finding says which estimate it outweighs."""
    claim = _attacked(likelihood=0.05, suffered_before=True, good_reasons_not_repeated=False)
    r = rl.assess_return(claim, by="SWE", to="IRQ", on="2016-08-23")
    found = _echr_3(r)
    assert found.verdict is rl.Verdict.MET
    assert "the assessed likelihood 0.05 is below the threshold 0.1" in found.reason
    assert "fears[0].likelihood" in found.facts
