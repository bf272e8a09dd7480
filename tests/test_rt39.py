"""Review s39 rt39 (return): the reach of a State that does not hold the person, and CAT in Macao.

F1: a State returns a person only by acting on them. One who is in another State's territory, away
from the returning State's frontier, is within its reach only if its officials hold them
(``Claim.under_control_of``; HRC General Comment 31 para. 10, CAT General Comment 2 para. 16),
which a claim's silence does not deny: the reach waits on that fact (before: not met, and the
return "permitted").

F2: CAT art. 3(1) is shown to apply in Macao by 15 June 2006 (CAT/C/MAC/4, China's report on Macao
under art. 19), not only by 29 September 2008.
"""

from __future__ import annotations

import attrs

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.questions import questions

ON = "2004-06-30"


def _reach(result: rl.ReturnAssessment, bar: str, state: str) -> rl.Finding:
    found = result.finding.find(bar)
    assert found is not None, bar
    reach = found.find(f"within the reach of {state}")
    assert reach is not None, bar
    return reach


def test_cat_3_1_south_korea_does_not_hold_a_north_korean_in_china_the_reach_waits_on_control() -> (
    None
):
    """CAT art. 3(1), ICCPR art. 7, custom (HRC General Comment 31 para. 10): South Korea can send
    a North Korean who is in China to the DPRK only by taking them into its officials' power.
    Before: PERMITTED, "the person is in China, not in or at the frontier of South Korea"; now
    UNDETERMINED, asking ``under_control_of``, and PROHIBITED once South Korea holds them."""
    claim = testing.north_korean_escapee()
    result = rl.assess_return(claim, by="KOR", to="PRK", on=ON)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.missing_facts()[0] == "under_control_of"
    cat = _reach(result, "CAT art. 3 bar", "South Korea")
    assert cat.verdict is rl.Verdict.UNKNOWN
    assert cat.missing == ("under_control_of",)
    assert cat.reason.startswith(
        "the person is in China, not in or at the frontier of South Korea; the claim does not "
        "record them under the effective control of South Korea (under_control_of), and South "
        "Korea can return them only by taking them into its officials' power: if it holds them, "
    )
    assert "CAT General Comment No. 2 (2008) para. 16" in [str(c) for c in cat.citations]
    assert {str(o.citation) for o in result.undecided} >= {"CAT art. 3(1)", "ICCPR art. 7"}
    held = rl.assess_return(
        attrs.evolve(claim, under_control_of={"KOR"}), by="KOR", to="PRK", on=ON
    )
    assert held.outcome is rl.ReturnOutcome.PROHIBITED
    assert {str(o.citation) for o in held.breaches} >= {"CAT art. 3(1)", "ICCPR art. 7"}


def test_art_33_1_outside_the_territory_the_reach_waits_on_control_and_on_the_contested_reading() -> (
    None
):
    """Refugee Convention art. 33(1) (*Sale v Haitian Centers Council*; UNHCR Advisory Opinion,
    2007): held by South Korea in China, the person is reached only if art. 33(1) binds beyond the
    territory, so both the fact and the position are asked; on the territorial reading, holding
    them would not reach them, and the reach is not met, as before."""
    claim = testing.north_korean_escapee()
    result = rl.assess_return(claim, by="KOR", to="PRK", on=ON)
    art_33 = _reach(result, "Refugee Convention art. 33(1) bar", "South Korea")
    assert art_33.verdict is rl.Verdict.UNKNOWN
    assert art_33.missing == ("under_control_of", "doctrine.article_33_extraterritorial")
    territorial = rl.Doctrine(article_33_extraterritorial=False)
    read = rl.assess_return(claim, by="KOR", to="PRK", on=ON, doctrine=territorial)
    art_33 = _reach(read, "Refugee Convention art. 33(1) bar", "South Korea")
    assert art_33.verdict is rl.Verdict.NOT_MET
    assert art_33.reason == "the person is in China, not in or at the frontier of South Korea"


def test_art_33_1_a_person_still_in_their_own_country_is_not_reached_by_holding_them() -> None:
    """Refugee Convention art. 33(1) protects a refugee, who is outside their own country (Art
    1A(2)): a North Korean still in the DPRK is not reached even if China held them, so the reach
    stays not met; CAT art. 3(1), which protects any person, waits on whether China holds them."""
    claim = testing.north_korean_escapee()
    home = attrs.evolve(claim, person=attrs.evolve(claim.person, location="PRK"))
    result = rl.assess_return(home, by="CHN", to="PRK", on=ON)
    assert _reach(result, "Refugee Convention art. 33(1) bar", "China").verdict is (
        rl.Verdict.NOT_MET
    )
    assert _reach(result, "CAT art. 3 bar", "China").verdict is rl.Verdict.UNKNOWN
    assert result.missing_facts() == ("under_control_of",)


def test_a_person_at_risk_of_nothing_a_bar_covers_is_still_permitted_by_a_state_that_does_not_hold_them() -> (
    None
):
    """Refugee Convention art. 33(1), CAT art. 3(1): where no bar's risk is shown even were the
    State to hold the person, holding them changes nothing and is not asked: the economic migrant
    China returns to the DPRK in 2004 is PERMITTED, and so is the same return by China of one in
    Russia, as before."""
    migrant = testing.economic_migrant()
    assert rl.assess_return(migrant, by="CHN", to="PRK", on=ON).outcome is (
        rl.ReturnOutcome.PERMITTED
    )
    away = attrs.evolve(migrant, person=attrs.evolve(migrant.person, location="RUS"))
    result = rl.assess_return(away, by="CHN", to="PRK", on=ON)
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert "under_control_of" not in result.missing_facts()
    bar = result.finding.find("CAT art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET  # no risk of torture, held or not
    assert _reach(result, "CAT art. 3 bar", "China").verdict is rl.Verdict.UNKNOWN


def test_the_question_asks_whether_the_returning_state_holds_the_person_hrc_general_comment_31() -> (
    None
):
    """HRC General Comment 31 para. 10 ("anyone within the power or effective control"): the
    question names the returning State, and its one answer, that the State holds the person,
    decides the return (CAT art. 3(1): PROHIBITED)."""
    result = rl.assess_return(testing.north_korean_escapee(), by="KOR", to="PRK", on=ON)
    (asked,) = [q for q in questions(result) if q.path == "under_control_of"]
    assert asked.text == (
        "Is the person in the power or effective control of South Korea's officials (held by "
        "them, intercepted by them, on its ship or aircraft), as they would be if South Korea "
        "returned them?"
    )
    assert [(a.value, a.outcome) for a in asked.answers] == [
        (("KOR",), rl.ReturnOutcome.PROHIBITED)
    ]
    assert asked.decisive


def test_cat_3_1_applies_in_macao_by_15_june_2006_cat_c_mac_4() -> None:
    """CAT art. 3(1) in Macao (VCLT art. 29; China's report CAT/C/MAC/4, 15 June 2006): China's
    bar binds there from that day on the data (before: from 29 September 2008), and the day before
    it is still unknown, the start not being given by any source seen."""
    torture = rl.Harm(
        "torture by the security services",
        "PRK",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.8,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
        torture=True,
    )
    claim = rl.Claim(rl.Person("X", {"PRK"}, location="MAC"), fears=[torture])
    no_custom = rl.Doctrine(non_refoulement_customary=False)
    before = rl.assess_return(claim, by="CHN", to="PRK", on="2006-06-14", doctrine=no_custom)
    after = rl.assess_return(claim, by="CHN", to="PRK", on="2006-06-15", doctrine=no_custom)
    bound_before = before.finding.find("CAT art. 3 bar")
    bound_after = after.finding.find("CAT art. 3 bar")
    assert bound_before is not None
    assert bound_after is not None
    assert bound_before.verdict is rl.Verdict.UNKNOWN
    assert bound_after.verdict is rl.Verdict.MET
    assert "shown by 2006-06-15" in bound_after.children[0].reason
    assert "CAT/C/MAC/4, 15 June 2006" in bound_after.children[0].reason
    assert "CAT art. 3(1)" in [str(o.citation) for o in after.breaches]
