"""Art 1C(1)-(3) weighed against the facts the claim states (status review s35 F2).

Refugee Convention art. 1C: "(1) He has voluntarily re-availed himself of the protection of the
country of his nationality; or (2) Having lost his nationality, he has voluntarily re-acquired
it, or (3) He has acquired a new nationality, and enjoys the protection of the country of his new
nationality". A clause found whose own terms the facts stated contradict (the protection it
speaks of lacking on them; the nationality it speaks of, for a person stated to hold none) does
not end the status; one the facts may contradict, on facts not yet known, leaves cessation open.
Re-availment needs the refugee actually to obtain the protection (UNHCR Handbook para. 119, as
*Nsende v Canada (MCI)*, 2008 FC 531, para. 13, reports it: the library's Handbook paras
118-125). Where the person meets Art 1A(2) now, a clause that once ended a status changes
nothing (he falls again under section A); elsewhere the library reads the clause as never having
ended the status (``law.art_1c.CONTRADICTED_CLAUSE_READING``, named where it decides)."""

from __future__ import annotations

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.law.art_1c import CONTRADICTED_CLAUSE_READING

ON = "2015-01-01"
CESSATION = "Art 1C: cessation"
REAVAILMENT = rl.Citation("unhcr-handbook", "118-125")


def _fear(country: str, likelihood: float | None = 0.5, actor: str = "state") -> rl.Harm:
    return rl.Harm(
        f"imprisonment by the state of {country}",
        country,
        severity="threat_to_life_or_freedom",
        likelihood=likelihood,
        actor=actor,
        reasons={"political_opinion"},
    )


def _clause(result: rl.StatusDetermination) -> rl.Finding:
    found = result.finding.find(CESSATION)
    assert found is not None
    return found


def test_a_new_nationality_whose_state_persecutes_does_not_end_the_status_art_1c3() -> None:
    """Art 1C(3)'s two conditions are cumulative ("and enjoys the protection"). A Syrian refugee
    who has acquired Turkish nationality, whom Turkey itself would imprison for his opinion as
    Syria would: the same tree finds that no country of his nationality offers protection. Was
    CEASED; now REFUGEE, the clause set aside and the reason saying why, no reading named (he
    meets Art 1A(2): a status the clause once ended he would have again)."""
    dual = rl.Person("A", {"SYR", "TUR"}, location="DEU")
    claim = rl.Claim(dual, fears=[_fear("SYR"), _fear("TUR")], cessation={"1C(3)"})
    result = rl.assess_status(claim, on=ON, state="DEU")
    assert result.outcome is rl.Status.REFUGEE, result.explain()
    assert result.missing_facts() == ()
    clause = _clause(result)
    assert clause.verdict is rl.Verdict.NOT_MET
    assert clause.reason.startswith(
        "Art 1C(3) needs the person to enjoy the protection of the country of his new "
        "nationality, but on the facts stated the person lacks the protection of every country "
        "of nationality"
    )
    assert "falls again under the terms of section A" in clause.reason
    assert CONTRADICTED_CLAUSE_READING not in result.assumptions()
    assert rl.Citation("refugee-convention-1951", "1C(3)") in clause.citations
    # Turkey's protection available and no fear there: the clause's terms hold, and it ends the
    # status (a never-recognised claimant, who no longer meets Art 1A(2): CEASED on that reading).
    settled = attrs.evolve(claim, fears=[_fear("SYR")], protection={"TUR": "available"})
    assert rl.assess_status(settled, on=ON, state="DEU").outcome is rl.Status.CEASED
    # Turkey's protection not stated, no fear there: the clause found says it is enjoyed.
    unstated = attrs.evolve(claim, fears=[_fear("SYR")], recognised=True)
    assert rl.assess_status(unstated, on=ON, state="DEU").outcome is rl.Status.CEASED
    # Turkey's protection stated unavailable: "no protection" contradicts the clause too.
    none = attrs.evolve(unstated, protection={"TUR": "unavailable"})
    assert rl.assess_status(none, on=ON, state="DEU").outcome is rl.Status.REFUGEE


@pytest.mark.parametrize("clause", ["1C(1)", "1C(2)", "1C(3)"])
def test_a_clause_that_speaks_of_a_nationality_cannot_end_a_stateless_persons_status(
    clause: str,
) -> None:
    """Art 1C(1) (the protection of "the country of his nationality"), 1C(2) (a nationality
    "re-acquired") and 1C(3) ("a new nationality" whose protection he "enjoys") cannot reach a
    person stated to be stateless: 1C(1) was set aside already, 1C(2) and 1C(3) gave CEASED. A
    stateless refugee from Syria who meets Art 1A(2) in relation to it: REFUGEE."""
    person = rl.Person("B", set(), habitual_residence="SYR", location="DEU")
    result = rl.assess_status(
        rl.Claim(person, fears=[_fear("SYR")], cessation={clause}), on=ON, state="DEU"
    )
    assert result.outcome is rl.Status.REFUGEE, result.explain()
    found = _clause(result)
    assert found.verdict is rl.Verdict.NOT_MET
    assert f"Art {clause} cannot apply: the person is stateless" in found.reason
    assert CONTRADICTED_CLAUSE_READING not in result.assumptions()
    # Art 1C(4) (re-establishment in the country he left) reaches a stateless refugee: back in
    # Syria, he does not meet Art 1A(2) again, and it ends the status.
    back = rl.Claim(attrs.evolve(person, location="SYR"), fears=[_fear("SYR")],
                    recognised=True, cessation={"1C(4)"})  # fmt: skip
    assert rl.assess_status(back, on=ON, state="DEU").outcome is rl.Status.CEASED


def test_re_availment_of_the_protection_of_a_state_that_persecutes_does_not_end_the_status_1c1() -> (
    None
):
    """Art 1C(1), UNHCR Handbook para. 119 (re-availment needs the refugee actually to obtain
    the protection): a Syrian whom the Syrian State itself would imprison, Art 1C(1) found. Was
    CEASED; now REFUGEE, citing Handbook paras 118-125, the protection the clause speaks of shown
    as the finding that keeps it off."""
    claim = rl.Claim(rl.Person("C", {"SYR"}, location="DEU"), fears=[_fear("SYR")],
                     cessation={"1C(1)"})  # fmt: skip
    result = rl.assess_status(claim, on=ON, state="DEU")
    assert result.outcome is rl.Status.REFUGEE, result.explain()
    clause = _clause(result)
    assert clause.verdict is rl.Verdict.NOT_MET
    assert REAVAILMENT in clause.citations
    assert "actually obtaining it" in clause.reason
    lacking = clause.find("the protection Art 1C(1) and 1C(3) speak of, lacking on the facts")
    assert lacking is not None
    assert lacking.verdict is rl.Verdict.MET
    # Syria's protection available against a fear that is not well-founded: the clause stands.
    gone = attrs.evolve(claim, fears=[_fear("SYR", 0.01)], protection={"SYR": "available"},
                        recognised=True)  # fmt: skip
    ceased = rl.assess_status(gone, on=ON, state="DEU")
    assert ceased.outcome is rl.Status.CEASED
    assert _clause(ceased).reason == "refugee status has ceased under Art 1C(1)"


def test_a_fear_of_the_state_not_yet_weighed_leaves_re_availment_open_art_1c1() -> None:
    """Contradicted only on facts not known: a recognised Syrian refugee, Art 1C(1) found, who
    fears imprisonment by the Syrian State with a likelihood not yet assessed. Was CEASED; now
    UNDETERMINED, asking the likelihood. Either answer decides without the library's reading: a
    well-founded fear makes the person meet Art 1A(2) (REFUGEE), and none leaves the clause's
    terms standing (CEASED), so the reading is not named."""
    claim = rl.Claim(rl.Person("C", {"SYR"}, location="DEU"), fears=[_fear("SYR", None)],
                     recognised=True, cessation={"1C(1)"})  # fmt: skip
    result = rl.assess_status(claim, on=ON, state="DEU")
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("fears[0].likelihood",)
    assert _clause(result).verdict is rl.Verdict.UNKNOWN
    assert CONTRADICTED_CLAUSE_READING not in result.assumptions()
    (asked,) = result.questions()
    assert {a.outcome for a in asked.answers} >= {rl.Status.REFUGEE, rl.Status.CEASED}
    high = attrs.evolve(claim, fears=[_fear("SYR", 0.5)])
    assert rl.assess_status(high, on=ON, state="DEU").outcome is rl.Status.REFUGEE
    low = attrs.evolve(claim, fears=[_fear("SYR", 0.01)])
    assert rl.assess_status(low, on=ON, state="DEU").outcome is rl.Status.CEASED


def test_the_reading_is_named_where_a_recognised_refugee_does_not_meet_art_1a2_now() -> None:
    """Art 1C(1) found for a recognised refugee whose fear is no longer well-founded, Syria's
    protection stated unavailable: the clause's terms are contradicted, but whether it never had
    its effect (the status continues) or had it and was undone since (the status ended, and the
    person, not meeting Art 1A(2) now, has none) is the library's reading: REFUGEE, naming
    CONTRADICTED_CLAUSE_READING. Art 1F(a) found as well: EXCLUDED whichever way, not named; Art
    1F(a) pending: open whichever way, not named."""
    claim = rl.Claim(rl.Person("C", {"SYR"}, location="DEU"),
                     fears=[_fear("SYR", 0.01, actor="non_state")],
                     protection={"SYR": "unavailable"}, recognised=True,
                     cessation={"1C(1)"})  # fmt: skip
    result = rl.assess_status(claim, on=ON, state="DEU")
    assert result.outcome is rl.Status.REFUGEE
    assert CONTRADICTED_CLAUSE_READING in result.assumptions()
    assert "is read as never having ended the status" in _clause(result).reason
    excluded = rl.assess_status(attrs.evolve(claim, exclusion={"1F(a)"}), on=ON, state="DEU")
    assert excluded.outcome is rl.Status.EXCLUDED
    assert CONTRADICTED_CLAUSE_READING not in excluded.assumptions()
    pending = rl.assess_status(attrs.evolve(claim, exclusion_pending={"1F(a)"}), on=ON, state="DEU")
    assert pending.outcome is rl.Status.UNDETERMINED
    assert CONTRADICTED_CLAUSE_READING not in pending.assumptions()


def test_a_clause_whose_terms_hold_beside_one_contradicted_still_ends_the_status() -> None:
    """Art 1C(3) contradicted (the person's only nationality is Syria's, which would imprison
    him) and Art 1C(4) found (re-established in Syria, where he now is): the status ceases under
    1C(4), the finding saying why 1C(3) is not relied on; no reading named. (Stated to be in
    Germany, he would meet Art 1A(2) again and 1C(4) could not keep him out: status review s36
    F3, :func:`test_a_person_who_meets_art_1a2_again_is_not_kept_out_by_art_1c2_or_1c4`.)"""
    claim = rl.Claim(rl.Person("C", {"SYR"}, location="SYR"), fears=[_fear("SYR")],
                     recognised=True, cessation={"1C(3)", "1C(4)"})  # fmt: skip
    result = rl.assess_status(claim, on=ON, state="DEU")
    assert result.outcome is rl.Status.CEASED
    assert _clause(result).reason == (
        "refugee status has ceased under Art 1C(4) (Art 1C(3) cannot be relied on while the "
        "person lacks the protection of every country of nationality)"
    )
    assert CONTRADICTED_CLAUSE_READING not in result.assumptions()


def test_the_proviso_is_weighed_where_only_art_1c5_ends_the_status_art_1c3_set_aside() -> None:
    """The proviso to Art 1C(5) keeps a status only 1C(5)-(6) would end. With Art 1C(3) found
    but contradicted (Syria's protection unavailable, his only nationality) and Art 1C(5) found
    (the fear gone), only 1C(5) ends it, so compelling reasons invoked keep the status: REFUGEE
    (before, 1C(3) was taken to end it and the proviso was not weighed: CEASED)."""
    claim = rl.Claim(rl.Person("C", {"SYR"}, location="DEU"), fears=[_fear("SYR", 0.01)],
                     protection={"SYR": "unavailable"}, recognised=True,
                     cessation={"1C(3)", "1C(5)"}, compelling_reasons=True)  # fmt: skip
    result = rl.assess_status(claim, on=ON, state="DEU")
    assert result.outcome is rl.Status.REFUGEE, result.explain()
    assert "the proviso to Art 1C(5)/(6) keeps the status" in _clause(result).reason
    without = rl.assess_status(attrs.evolve(claim, compelling_reasons=False), on=ON, state="DEU")
    assert without.outcome is rl.Status.CEASED


def test_a_clause_raised_that_the_facts_contradict_leaves_nothing_open_art_1c1() -> None:
    """A recognised North Korean refugee, whose State would punish him for leaving and whose
    protection is unavailable, against whom Art 1C(1) is raised and undecided: the clause could
    not end the status on the facts, so it is not asked (was UNDETERMINED, asking it)."""
    claim = testing.north_korean_escapee(recognised=True, cessation_pending={"1C(1)"})
    result = rl.assess_status(claim, on="2004-06-30")
    assert result.outcome is rl.Status.REFUGEE
    assert result.missing_facts() == ()
    assert "nor can Art 1C(1), raised and not yet decided: Art 1C(1) needs" in (
        _clause(result).reason
    )


def test_with_the_nationality_not_known_art_1c2_asks_it() -> None:
    """Art 1C(2) speaks of a nationality re-acquired: a person whose nationality is not known,
    found to fall under it, may be stateless (the clause cannot reach him) or not (it ends the
    status): UNDETERMINED, asking ``person.nationalities`` (was CEASED)."""
    person = rl.Person("D", None, habitual_residence="SYR", location="DEU")
    claim = rl.Claim(person, fears=[_fear("SYR")], recognised=True, cessation={"1C(2)"})
    result = rl.assess_status(claim, on=ON, state="DEU")
    assert result.outcome is rl.Status.UNDETERMINED
    assert "person.nationalities" in result.missing_facts()
    # A Syrian national whose fear has gone: the re-acquisition ends the status.
    syrian = attrs.evolve(claim, person=attrs.evolve(person, nationalities={"SYR"}),
                          fears=[_fear("SYR", 0.01)])  # fmt: skip
    assert rl.assess_status(syrian, on=ON, state="DEU").outcome is rl.Status.CEASED


def test_a_status_resting_on_oau_article_i2_is_regained_so_no_reading_is_named() -> None:
    """OAU Convention art. I(4)(a) (the words of Art 1C(1), held): a Somali who fled the fighting,
    a refugee in Kenya under art. I(2), Somalia's protection stated unavailable, with re-availment
    of it found. The clause's terms are contradicted (was CEASED); he meets art. I(2) now, so a
    status the clause had once ended he would have again: REFUGEE, no reading named, nor in the
    return, barred by art. II(3)."""
    harm = rl.Harm("being killed in the fighting", "SOM", severity="threat_to_life_or_freedom",
                   likelihood=0.5, actor="non_state", reasons={"generalised_violence"},
                   protection_withheld_for=frozenset())  # fmt: skip
    claim = rl.Claim(rl.Person("Somali civilian", {"SOM"}, location="KEN"), fears=[harm],
                     internal_relocation=False, protection={"SOM": "unavailable"},
                     flight_causes={"serious_public_disorder"}, flight_events_in={"SOM"},
                     cessation={"1C(1)"})  # fmt: skip
    result = rl.assess_status(claim, state="KEN", on="2010-01-01")
    assert result.outcome is rl.Status.REFUGEE
    assert result.definition == "OAU Refugee Convention art. I(2)"
    assert "meets an OAU Convention definition on the facts stated" in _clause(result).reason
    assert CONTRADICTED_CLAUSE_READING not in result.assumptions()
    returned = rl.assess_return(claim, by="KEN", to="SOM", on="2010-01-01")
    assert returned.outcome is rl.ReturnOutcome.PROHIBITED
    assert CONTRADICTED_CLAUSE_READING not in returned.assumptions()


@pytest.mark.parametrize("clause", ["1C(2)", "1C(4)"])
def test_a_person_who_meets_art_1a2_again_is_not_kept_out_by_art_1c2_or_1c4(clause: str) -> None:
    """Status review s36 F3. Art 1C opens "This Convention shall cease to apply to any person
    falling under the terms of section A"; Art 1A(2) applies the term to "any person who" meets
    it, and status is declaratory (UNHCR Handbook para. 28). A Syrian who re-acquired his
    nationality (Art 1C(2)), or went back and re-established himself in Syria (Art 1C(4)), and is
    now in Germany fearing imprisonment by the Syrian State (0.5): he meets Art 1A(2) again, so
    whatever status the act once ended, he falls again under section A. Was CEASED, and art.
    33(1) then found him "not a refugee" while finding his risk of persecution; now REFUGEE, the
    return to Syria barred by art. 33(1); no reading named. Back in Syria, or with the fear gone,
    the clause ends the status (CEASED); with the likelihood not known, UNDETERMINED, asking it."""
    person = rl.Person("Went back, fled again", {"SYR"}, location="DEU")
    claim = rl.Claim(person, fears=[_fear("SYR")], cessation={clause})
    result = rl.assess_status(claim, on=ON, state="DEU")
    assert result.outcome is rl.Status.REFUGEE, result.explain()
    assert result.missing_facts() == ()
    found = _clause(result)
    assert found.verdict is rl.Verdict.NOT_MET
    assert (
        "the person meets Art 1A(2) on the facts stated: whatever status the clause once ended"
        in (found.reason)
    )
    assert rl.Citation("unhcr-handbook", "28") in found.citations
    assert CONTRADICTED_CLAUSE_READING not in result.assumptions()
    returned = rl.assess_return(claim, by="DEU", to="SYR", on=ON)
    assert returned.outcome is rl.ReturnOutcome.PROHIBITED
    a33 = returned.finding.find("Refugee Convention art. 33(1) bar")
    assert a33 is not None
    assert a33.verdict is rl.Verdict.MET
    # Back in Syria (re-established), or with no well-founded fear now: the clause ends it.
    home = attrs.evolve(claim, person=attrs.evolve(person, location="SYR"), recognised=True)
    assert rl.assess_status(home, on=ON, state="DEU").outcome is rl.Status.CEASED
    gone = attrs.evolve(claim, fears=[_fear("SYR", 0.01)])
    assert rl.assess_status(gone, on=ON, state="DEU").outcome is rl.Status.CEASED
    # Whether he meets Art 1A(2) again not known: open, not CEASED, asking what decides it.
    unknown = rl.assess_status(attrs.evolve(claim, fears=[_fear("SYR", None)]), on=ON, state="DEU")
    assert unknown.outcome is rl.Status.UNDETERMINED
    assert "fears[0].likelihood" in unknown.missing_facts()
    assert "is not yet known" in _clause(unknown).reason
