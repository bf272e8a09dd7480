"""The American Convention on Human Rights (1969), art. 22(8), as a bar on return: who is bound
(its data) and the elements of the bar.

*Pacheco Tineo Family v Bolivia* (2013) is a decided case whose facts the first scenario
simplifies; the library holds no text of the judgment, so the tests check the rule as the library
states it, on the participation data it holds.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import attrs
import pytest

import refugeelaw as rl
from refugeelaw.law.achr import SOCIAL_STATUS_READING
from refugeelaw.law.iccpr import RELOCATION_READING

ACHR = "achr-1969"
ART_22_8 = "American Convention on Human Rights art. 22(8)"


def _harm(country: str, **changes: Any) -> rl.Harm:
    """Detention for political opinion on return: a threat to liberty by the state, and no other
    bar's special facts (no torture, no irreparable harm)."""
    harm = rl.Harm(
        "detention and prosecution for political activity",
        country,
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.6,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
        torture=False,
        official_involvement=True,
        irreparable=False,
        risk_to_life=False,
        flagrant_denial_of_justice=False,
        death_penalty=False,
    )
    return attrs.evolve(harm, **changes)


def _claim(harm: rl.Harm, location: str, **changes: Any) -> rl.Claim:
    claim = rl.Claim(
        rl.Person("applicant", {harm.country}, location=location),
        fears=(harm,),
        internal_relocation=False,
        protection={harm.country: rl.Protection.UNAVAILABLE},
    )
    return attrs.evolve(claim, **changes)


def _bar(result: rl.ReturnAssessment) -> rl.Finding | None:
    return next((b for b in result.finding.children if b.element.startswith("ACHR")), None)


def _cited(result: rl.ReturnAssessment) -> list[str]:
    return [str(o.citation) for o in result.breaches]


def _file() -> dict[str, Any]:
    path = resources.files("refugeelaw").joinpath(f"data/participation/{ACHR}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# -- the data -------------------------------------------------------------------------------------


def test_the_text_of_article_22_8_is_held_from_the_iachrs_quotation() -> None:
    text = rl.provision(ACHR, "22(8)").text
    assert text == (
        "8. In no case may an alien be deported or returned to a country, regardless of whether "
        "or not it is his country of origin, if in that country his right to life or personal "
        "freedom is in danger of being violated because of his race, nationality, religion, "
        "social status, or political opinions."
    )
    assert rl.provision(ACHR, "22(8)").status == "secondary"


def test_a_later_party_is_bound_from_its_deposit_article_74_2() -> None:
    """Art. 74(2): in force generally on 18 July 1978; for a later party on its deposit (Mexico
    deposited on 24 March 1981, per the depositary)."""
    assert rl.party_status("MEX", ACHR, on="1981-03-23").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("MEX", ACHR, on="1981-03-24").verdict is rl.Verdict.MET
    assert rl.party_status("CRI", ACHR, on="1978-07-17").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("CRI", ACHR, on="1978-07-18").verdict is rl.Verdict.MET


def test_the_data_names_every_oas_member_and_is_complete_as_of_2010() -> None:
    horizon = rl.states.horizon(ACHR)
    assert horizon is not None
    assert horizon.date is not None
    assert (horizon.date.isoformat(), horizon.complete) == ("2010-01-01", True)
    records = _file()["records"]
    assert len(records) == 35
    assert len(_file()["eligible"]["states"]) == 35
    bound = [r for r in records if r["action"] not in ("none", "signature-only")]
    assert len(bound) == 25


@pytest.mark.parametrize("state", ["CHN", "PRK", "GBR", "DEU", "KEN"])
def test_a_state_outside_the_oas_is_never_bound_article_74_1(state: str) -> None:
    found = rl.party_status(state, ACHR, on="2030-01-01")
    assert found.verdict is rl.Verdict.NOT_MET
    assert "74(1)" in found.reason


def test_the_united_states_and_canada_are_not_parties_while_a_dated_source_says_so() -> None:
    """The US signed and never ratified (dated to June 2020), Canada took no action (dated to
    September 2017); after those dates the data does not know."""
    assert rl.party_status("USA", ACHR, on="2004-06-30").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("USA", ACHR, on="2020-06-01").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("USA", ACHR, on="2020-06-02").verdict is rl.Verdict.UNKNOWN
    assert rl.party_status("CAN", ACHR, on="2017-09-01").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("CAN", ACHR, on="2020-01-01").verdict is rl.Verdict.UNKNOWN


# -- the bar --------------------------------------------------------------------------------------


def test_bolivia_may_not_return_a_peruvian_refugee_family_to_peru_through_chile_pacheco_tineo() -> (
    None
):
    """Bolivia (bound since its accession deposited 19 July 1979) expels a Peruvian family, whose
    refugee status had been recognised in Chile, to Peru or to Chile, which would send them on:
    art. 22(8) bars return to any country, 'whether or not it is his country of origin'."""
    harm = _harm("PER")
    family = _claim(harm, "BOL", onward_removal={"CHL": True}, recognised=True)
    to_peru = rl.assess_return(family, by="BOL", to="PER", on="2001-02-24")
    assert to_peru.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART_22_8 in _cited(to_peru)
    via_chile = rl.assess_return(family, by="BOL", to="CHL", on="2001-02-24")
    assert via_chile.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART_22_8 in _cited(via_chile)
    bar = _bar(via_chile)
    assert bar is not None
    assert bar.verdict is rl.Verdict.MET
    assert "indirect return through Chile" in via_chile.explain()


def test_an_alien_who_is_not_a_refugee_is_still_protected_by_article_22_8() -> None:
    """A person outside Art 1A(2) (here: excluded under Art 1F(b)) loses the Convention's art. 33
    but not art. 22(8), which protects any alien."""
    harm = _harm("PER")
    claim = _claim(harm, "BOL", exclusion={rl.Exclusion.ART_1F_B})
    result = rl.assess_return(claim, by="BOL", to="PER", on="2001-02-24")
    assert result.status.outcome is rl.Status.EXCLUDED
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(result) == [ART_22_8]


def test_a_national_of_the_returning_state_is_not_an_alien_under_article_22_8() -> None:
    harm = _harm("PER")
    claim = _claim(harm, "BOL", person=rl.Person("dual", {"PER", "BOL"}, location="BOL"))
    bar = _bar(rl.assess_return(claim, by="BOL", to="PER", on="2001-02-24"))
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    assert any(
        c.element.startswith("an alien") and c.verdict is rl.Verdict.NOT_MET for c in bar.children
    )


def test_article_22_8_admits_no_exception_for_a_danger_to_security_unlike_article_33_2() -> None:
    """'In no case': the danger the person poses lifts the art. 33(1) bar, not this one."""
    harm = _harm("PER")
    claim = _claim(harm, "BOL", danger_to_security=True, recognised=True)
    result = rl.assess_return(claim, by="BOL", to="PER", on="2001-02-24")
    assert "Refugee Convention art. 33(1)" not in _cited(result)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(result) == [ART_22_8]


def test_harm_for_a_particular_social_group_counts_as_social_status_only_as_a_stated_assumption() -> (
    None
):
    harm = _harm("PER", reasons={rl.Ground.PARTICULAR_SOCIAL_GROUP})
    result = rl.assess_return(_claim(harm, "BOL"), by="BOL", to="PER", on="2001-02-24")
    assert ART_22_8 in _cited(result)
    assert SOCIAL_STATUS_READING in result.finding.all_assumptions()


def test_a_named_ground_needs_no_assumption_about_social_status() -> None:
    harm = _harm("PER", reasons={rl.Ground.RELIGION})
    result = rl.assess_return(_claim(harm, "BOL"), by="BOL", to="PER", on="2001-02-24")
    assert ART_22_8 in _cited(result)
    assert SOCIAL_STATUS_READING not in result.finding.all_assumptions()


def test_harm_for_no_ground_of_article_22_8_is_no_bar() -> None:
    """Generalised violence is none of race, nationality, religion, social status or political
    opinions."""
    harm = _harm("PER", reasons={rl.Motive.GENERALISED_VIOLENCE})
    bar = _bar(rl.assess_return(_claim(harm, "BOL"), by="BOL", to="PER", on="2001-02-24"))
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET


def test_harm_short_of_a_danger_to_life_or_personal_freedom_is_no_bar_under_article_22_8() -> None:
    harm = _harm("PER", severity=rl.Severity.DISCRIMINATION)
    bar = _bar(rl.assess_return(_claim(harm, "BOL"), by="BOL", to="PER", on="2001-02-24"))
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET


def test_harm_graded_below_a_threat_to_life_waits_on_the_risk_to_life_under_article_22_8() -> None:
    """ACHR art. 22(8), "his right to life or personal freedom is in danger of being violated": a
    harm graded a threat to life or freedom, or an arbitrary deprivation of life, is one. A beating
    by the police graded only serious is not a danger to life while ``risk_to_life`` is unknown:
    the bar waits on it and asks it; once it is answered, the return is decided either way (it
    was a confident PERMITTED, turned PROHIBITED by stating the risk to life). Haiti, 1985
    (bound by the Convention since 1977): the other bars are answered, the Refugee Convention's
    by art. 33(2) (a danger to security, which "in no case" does not admit), and neither the
    ICCPR nor CAT binds Haiti yet."""
    beating = _harm("HND", severity=rl.Severity.SERIOUS, risk_to_life=None)

    def assess(harm: rl.Harm) -> rl.ReturnAssessment:
        return rl.assess_return(
            _claim(harm, "HTI", danger_to_security=True), by="HTI", to="HND", on="1985-06-01"
        )

    unknown = assess(beating)
    assert unknown.outcome is rl.ReturnOutcome.UNDETERMINED
    bar = _bar(unknown)
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert unknown.missing_facts() == ("fears[0].risk_to_life",)
    asked = unknown.questions()
    assert [q.path for q in asked] == ["fears[0].risk_to_life"]
    assert {a.value: a.outcome for a in asked[0].answers} == {
        True: rl.ReturnOutcome.PROHIBITED,
        False: rl.ReturnOutcome.PERMITTED,
    }
    killed = assess(attrs.evolve(beating, risk_to_life=True))
    assert killed.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(killed) == [ART_22_8]
    beaten = assess(attrs.evolve(beating, risk_to_life=False))
    assert beaten.outcome is rl.ReturnOutcome.PERMITTED
    bar = _bar(beaten)
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    assert "graded below a threat to life or freedom and is not an arbitrary deprivation" in (
        beaten.explain()
    )
    # Neither graded nor answered: the grade is asked first; the risk to life alone decides it.
    ungraded = attrs.evolve(beating, severity=None)
    assert "fears[0].severity" in assess(ungraded).missing_facts()
    assert assess(attrs.evolve(ungraded, risk_to_life=True)).outcome is (
        rl.ReturnOutcome.PROHIBITED
    )
    assert "fears[0].severity" in assess(attrs.evolve(ungraded, risk_to_life=False)).missing_facts()


@pytest.mark.parametrize(
    "severity",
    [None, rl.Severity.DISCRIMINATION, rl.Severity.SERIOUS, rl.Severity.THREAT_TO_LIFE_OR_FREEDOM],
)
def test_stating_the_risk_to_life_never_turns_one_article_22_8_answer_into_another(
    severity: rl.Severity | None,
) -> None:
    """Monotonicity of ACHR art. 22(8)'s "right to life or personal freedom": filling in an
    unknown severity or risk to life may decide an open return, never change a decided one."""
    start = _harm("HND", severity=severity, risk_to_life=None)

    def outcome(harm: rl.Harm) -> rl.ReturnOutcome:
        claim = _claim(harm, "HTI", danger_to_security=True)
        return rl.assess_return(claim, by="HTI", to="HND", on="1985-06-01").outcome

    before = outcome(start)
    for risk in (True, False):
        after = outcome(attrs.evolve(start, risk_to_life=risk))
        assert before is rl.ReturnOutcome.UNDETERMINED or after is before, (severity, risk)
    if severity is rl.Severity.THREAT_TO_LIFE_OR_FREEDOM:
        assert before is rl.ReturnOutcome.PROHIBITED
    else:
        assert before is rl.ReturnOutcome.UNDETERMINED


def test_unknown_grounds_leave_the_article_22_8_bar_open() -> None:
    harm = _harm("PER", reasons=frozenset())
    result = rl.assess_return(_claim(harm, "BOL"), by="BOL", to="PER", on="2001-02-24")
    bar = _bar(result)
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert "fears[0].reasons" in result.missing_facts()


def test_a_prosecution_of_unknown_fairness_leaves_the_article_22_8_ground_open() -> None:
    """Art. 22(8) "because of [...] political opinions": a prosecution given as the only reason
    may be because of the opinion it reaches, if it is discriminatory or under a law contrary to
    human rights (as for the Refugee Convention's nexus, UNHCR Handbook paras 57-59), so while
    neither is known the bar is open and asks for them; a fair prosecution under a fair law is
    none of the five grounds."""
    harm = _harm("PER", reasons={rl.Motive.CRIMINAL_PROSECUTION}, prosecution=True)
    result = rl.assess_return(_claim(harm, "BOL"), by="BOL", to="PER", on="2001-02-24")
    bar = _bar(result)
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert {"fears[0].discriminatory", "fears[0].law_contrary_to_human_rights"} <= set(
        result.missing_facts()
    )
    fair = attrs.evolve(harm, discriminatory=False, law_contrary_to_human_rights=False)
    bar = _bar(rl.assess_return(_claim(fair, "BOL"), by="BOL", to="PER", on="2001-02-24"))
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    unfair = attrs.evolve(harm, discriminatory=True)
    result = rl.assess_return(_claim(unfair, "BOL"), by="BOL", to="PER", on="2001-02-24")
    bar = _bar(result)
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert "fears[0].reasons" in result.missing_facts()


def test_venezuela_after_10_september_2013_is_shown_no_article_22_8_bar() -> None:
    """Venezuela's denunciation took effect on 6 September 2013 (ASIL Insights, 2013) or on 10
    September 2013 (the Court's ABC): before, the bar holds; between the two dates it is open;
    from 10 September it is not shown (the universal bars remain)."""
    harm = _harm("COL")
    claim = _claim(harm, "VEN")
    before = rl.assess_return(claim, by="VEN", to="COL", on="2013-09-05")
    assert ART_22_8 in _cited(before)
    doubt = _bar(rl.assess_return(claim, by="VEN", to="COL", on="2013-09-09"))
    assert doubt is not None
    assert doubt.verdict is rl.Verdict.UNKNOWN
    after = rl.assess_return(claim, by="VEN", to="COL", on="2013-09-10")
    assert _bar(after) is None
    assert ART_22_8 not in _cited(after)


def test_trinidad_and_tobago_not_bound_from_26_may_1999_as_the_depositary_said() -> None:
    """ACHR art. 78(1): denounced by notice of 26 May 1998, one year in advance; the OAS, the
    depositary, said on 26 May 1999 that the withdrawal "takes effect today". Before: 26 and 27
    May were unknown (a second source gave 28 May)."""
    harm = _harm("VEN")
    claim = _claim(harm, "TTO")
    bound = rl.assess_return(claim, by="TTO", to="VEN", on="1999-05-25")
    assert ART_22_8 in _cited(bound)
    for day in ("1999-05-26", "1999-05-27", "1999-05-28"):
        after = rl.assess_return(claim, by="TTO", to="VEN", on=day)
        assert _bar(after) is None
        assert ART_22_8 not in _cited(after)
        assert rl.party_status("TTO", "achr-1969", on=day).verdict is rl.Verdict.NOT_MET


def test_a_state_outside_the_oas_is_shown_no_article_22_8_bar() -> None:
    harm = _harm("PER")
    result = rl.assess_return(_claim(harm, "CHN"), by="CHN", to="PER", on="2001-02-24")
    assert _bar(result) is None
    assert ART_22_8 not in _cited(result)


def test_the_united_states_in_2004_is_shown_no_article_22_8_bar() -> None:
    """A signatory that has not ratified is not bound (the US, before the date its record speaks
    for)."""
    harm = _harm("HTI")
    result = rl.assess_return(_claim(harm, "USA"), by="USA", to="HTI", on="2004-06-30")
    assert _bar(result) is None


def test_an_oas_member_beyond_what_the_data_speaks_for_leaves_the_bar_open() -> None:
    """Canada after September 2017: whether it has since joined is beyond the data; with a danger
    on a ground of art. 22(8) the bar is open, never silently dropped."""
    harm = _harm("HTI")
    result = rl.assess_return(_claim(harm, "CAN"), by="CAN", to="HTI", on="2020-01-01")
    bar = _bar(result)
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert "states['CAN'].achr-1969" in rl.logic.missing_facts(bar)


@pytest.mark.parametrize(
    ("state", "on"),
    [("SUN", "1980-01-01"), ("CSK", "1980-01-01"), ("DDR", "1980-01-01"), ("YUG", "1980-01-01"),
     ("SCG", "2010-01-01")],  # Serbia and Montenegro: a name taken in 2003, its records 'SRB''s
)  # fmt: skip
def test_a_former_state_never_an_oas_member_is_never_bound_article_74_1(
    state: str, on: str
) -> None:
    """Art. 74(1): only member states of the OAS. The list of today's 35 members says nothing of
    former states; these were not American States (OAS Charter arts 4, 6 and 8) and no list of the
    Charter's ratifications since 1948 names them: not bound, art. 74(1) cited, never unknown."""
    found = rl.party_status(state, ACHR, on=on)
    assert found.verdict is rl.Verdict.NOT_MET
    assert "was never a member" in found.reason
    assert "not an American State" in found.reason
    assert [str(c) for c in found.citations] == ["American Convention on Human Rights art. 74(1)"]
    assert rl.is_party(state, ACHR, on=on) is False


def test_a_former_state_the_oas_data_says_nothing_of_stays_unknown() -> None:
    found = rl.party_status("YMD", ACHR, on="1980-01-01")
    assert found.verdict is rl.Verdict.UNKNOWN


def _gang(**changes: Any) -> rl.Harm:
    """Killing by a gang for political activity in Honduras, against which the state does not
    protect: a danger to life under art. 22(8), irreparable harm under ICCPR arts 6 and 7, no
    official involved (return review F2)."""
    harm = rl.Harm(
        "killing by a gang for political activity",
        "HND",
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="non_state",
        reasons={"political_opinion"},
        torture=False,
        official_involvement=False,
        risk_to_life=True,
        irreparable=True,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    return attrs.evolve(harm, **changes)


def _gang_return(harm: rl.Harm, **claim: Any) -> rl.ReturnAssessment:
    """Mexico (bound by the ACHR and the ICCPR) returns the person to Honduras in 2015."""
    return rl.assess_return(_claim(harm, "MEX", **claim), by="MEX", to="HND", on="2015-01-01")


def test_a_reasonable_internal_flight_alternative_answers_a_private_danger_under_article_22_8() -> (
    None
):
    """ACHR art. 22(8), "if in that country his right to life or personal freedom is in danger":
    a gang's threat the decision-maker finds the person can avoid by a reasonable internal flight
    alternative is no danger in that country, weighed as ICCPR arts 6 and 7 weigh it
    (RELOCATION_READING, named). It was PROHIBITED on art. 22(8) alone, every other bar answered by
    the relocation found, the reading unnamed (return review F2)."""
    result = _gang_return(_gang(), internal_relocation=True)
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    bar = _bar(result)
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    harm = bar.children[-1].children[0]
    assert harm.reason == (
        "the decision-maker finds a reasonable internal flight alternative in Honduras: no real "
        "risk under art. 22(8) where the person can relocate"
    )
    assert "internal_relocation" in harm.facts
    assert RELOCATION_READING in harm.assumptions
    # Found no alternative: the danger stands, as under ICCPR arts 6 and 7.
    stands = _gang_return(_gang(), internal_relocation=False)
    assert stands.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART_22_8 in _cited(stands)
    assert "ICCPR art. 7" in _cited(stands)


def test_an_unanswered_internal_flight_alternative_leaves_a_private_danger_open_under_article_22_8() -> (
    None
):
    """ACHR art. 22(8) and ICCPR art. 7 alike: private harm the state does not prevent waits for
    the finding on internal relocation, and the reading it waits on is named; the finding decides
    the return either way (it was PROHIBITED on art. 22(8) before the finding was made)."""
    result = _gang_return(_gang(), internal_relocation=None)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    bar = _bar(result)
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert "internal_relocation" in {m for _, f in bar.walk() for m in f.missing}
    assert RELOCATION_READING in bar.all_assumptions()
    asked = {q.path: q for q in result.questions()}
    assert {a.value: a.outcome for a in asked["internal_relocation"].answers} == {
        True: rl.ReturnOutcome.PERMITTED,
        False: rl.ReturnOutcome.PROHIBITED,
    }


def test_the_harms_own_relocation_finding_answers_article_22_8_before_the_claims() -> None:
    """ACHR art. 22(8), by the rule ICCPR art. 7 uses (``relocation_for``): a finding on
    relocation made for this harm and persecutor prevails over the claim's."""
    own = _bar(_gang_return(_gang(internal_relocation=True), internal_relocation=False))
    assert own is not None
    assert own.verdict is rl.Verdict.NOT_MET
    assert "fears[0].internal_relocation" in own.children[-1].children[0].facts
    none_here = _bar(_gang_return(_gang(internal_relocation=False), internal_relocation=True))
    assert none_here is not None
    assert none_here.verdict is rl.Verdict.MET


def test_a_relocation_found_answers_the_states_own_danger_under_article_22_8_as_under_iccpr_art_7() -> (
    None
):
    """ACHR art. 22(8), as ICCPR art. 7 and Art 1A(2): where the state itself is the source, no
    alternative is presumed (doctrine relocation_presumption, named) until the decision-maker finds
    one; a reasonable one found answers the danger. Detention by the state for political activity,
    Mexico returning to Honduras in 2016: it was PROHIBITED on art. 22(8) alone."""
    detention = _harm("HND", severity=rl.Severity.SERIOUS, risk_to_life=True)
    found = rl.assess_return(
        _claim(detention, "MEX", internal_relocation=True), by="MEX", to="HND", on="2016-06-01"
    )
    assert found.outcome is rl.ReturnOutcome.PERMITTED
    presumed = rl.assess_return(
        _claim(detention, "MEX", internal_relocation=None), by="MEX", to="HND", on="2016-06-01"
    )
    assert presumed.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART_22_8 in _cited(presumed)
    bar = _bar(presumed)
    assert bar is not None
    assert rl.Doctrine().position("relocation_presumption") in bar.all_assumptions()
    strict = rl.assess_return(
        _claim(detention, "MEX", internal_relocation=None),
        by="MEX",
        to="HND",
        on="2016-06-01",
        doctrine=rl.Doctrine(relocation_presumption=False),
    )
    assert strict.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "internal_relocation" in strict.missing_facts()


@pytest.mark.parametrize("actor", ["state", "non_state", None])
@pytest.mark.parametrize("protection", ["available", "unavailable", None])
@pytest.mark.parametrize("relocation", [True, False, None])
@pytest.mark.parametrize("presumption", [True, False])
def test_article_22_8_weighs_protection_and_relocation_by_the_rule_of_iccpr_art_7(
    actor: str | None, protection: str | None, relocation: bool | None, presumption: bool
) -> None:
    """ACHR art. 22(8) and ICCPR art. 7 weigh who inflicts the harm, the protection there and an
    internal flight alternative by one rule: for a harm that is a danger to life on a ground of
    art. 22(8) and irreparable harm under art. 7 alike, the two bars always agree."""
    harm = _gang(actor=actor)
    claim = rl.Claim(
        rl.Person("applicant", {"HND"}, location="MEX"),
        fears=(harm,),
        internal_relocation=relocation,
        protection={} if protection is None else {"HND": protection},
    )
    result = rl.assess_return(
        claim,
        by="MEX",
        to="HND",
        on="2015-01-01",
        doctrine=rl.Doctrine(relocation_presumption=presumption),
    )
    achr = _bar(result)
    assert achr is not None
    iccpr = result.finding.find("ICCPR art. 7 bar")
    assert iccpr is not None
    assert achr.verdict is iccpr.verdict
