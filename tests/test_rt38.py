"""Review s38 rt38: return (non-refoulement) and the duties that pull the other way.

F1: the Russia–DPRK readmission agreement signed at Moscow on 2 February 2016 (KCNA, 3 February
2016; The Moscow Times, 4 February 2016) was not held, so a return of a North Korean from Russia
named no duty to hand them back, while one from China names the China–DPRK protocols. It is now
held from its signature, its entry into force unknown (no source gives it).
"""

from __future__ import annotations

import datetime as dt

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.law.obligations import survey
from refugeelaw.law.peremptory import hand_over_reading

AGREEMENT = "russia-dprk-readmission-agreement-2016"
SIGNED = dt.date(2016, 2, 2)


def _in_russia() -> rl.Claim:
    return testing.north_korean_escapee(
        person=rl.Person("Escapee", nationalities={"PRK"}, location="RUS")
    )


def _notes(result: rl.ReturnAssessment) -> list[rl.Finding]:
    return [b for b in result.finding.children if b.element.startswith("conflicting duty")]


def test_return_from_russia_names_the_2016_russia_dprk_readmission_agreement_as_a_conflicting_duty() -> (
    None
):
    """A North Korean returned from Russia in 2020: before, no conflicting duty was named; after,
    the 2016 agreement is, as one Russia may owe North Korea (entry into force not sourced), and
    it does not lift the bars (CAT art. 3(1), ICCPR art. 7, ECHR art. 3, custom)."""
    result = rl.assess_return(_in_russia(), by="RUS", to="PRK", on="2020-06-30")
    notes = _notes(result)
    assert [n.element for n in notes] == [
        "conflicting duty: 2016 Russia–DPRK Readmission Agreement, return"
    ]
    (note,) = notes
    assert note.verdict is rl.Verdict.UNKNOWN
    assert "may also owe North Korea a duty to transfer" in note.reason
    assert "USSR" not in note.reason  # owed to its other party, not the USSR it never bound
    assert "UNDATED" in note.reason
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert "cat-1984" in {o.citation.instrument for o in result.breaches}


def test_the_2016_agreement_binds_neither_party_before_its_signature_and_is_unknown_from_it() -> (
    None
):
    """VCLT arts 12 and 24: signature does not by itself bring a treaty into force, and no source
    gives the agreement's entry into force: not bound the day before signature, unknown from it."""
    for state in ("RUS", "PRK"):
        before = rl.party_status(state, AGREEMENT, on=SIGNED - dt.timedelta(days=1))
        assert before.verdict is rl.Verdict.NOT_MET
        for on in (SIGNED, dt.date(2020, 6, 30)):
            assert rl.party_status(state, AGREEMENT, on=on).verdict is rl.Verdict.UNKNOWN
    day_before = rl.assess_return(
        _in_russia(), by="RUS", to="PRK", on=SIGNED - dt.timedelta(days=1)
    )
    assert _notes(day_before) == []


def test_the_2016_agreement_is_owed_to_the_other_party_only() -> None:
    """A bilateral duty is owed to its other party: Russia's to North Korea, North Korea's to
    Russia; not to the USSR, whose record the data infers from the Russian Federation's (a first
    action after 24 December 1991: the USSR was never a party)."""
    on = dt.date(2020, 6, 30)
    russia = next(
        s.obligation
        for s in survey("RUS", on, rl.Doctrine())
        if s.obligation is not None and s.obligation.instrument == AGREEMENT
    )
    assert russia.counterparties == ("PRK",)
    assert russia.owed_to == "North Korea"
    assert russia.bound is rl.Verdict.UNKNOWN
    dprk = next(o for o in rl.obligations_of("PRK", on=on) if o.instrument == AGREEMENT)
    assert dprk.counterparties == ("RUS",)
    assert dprk.owed_to == "Russian Federation"


def test_cat_article_3_against_the_2016_agreement_is_unresolved_and_names_its_reported_safeguard() -> (
    None
):
    """CAT art. 3(1) against the agreement's duty to transfer: whether the agreement binds is
    unknown, so the conflict is; the ruling names the reading it takes of the power the 2014
    draft was reported to give each State to deny a request where the person would face torture,
    ill-treatment, the death penalty or persecution."""
    on = dt.date(2020, 6, 30)
    obs = {(o.instrument, o.provision): o for o in rl.obligations_of("RUS", on=on)}
    agreement = obs[(AGREEMENT, "return")]
    ruling = rl.resolve_conflict(
        obs[("cat-1984", "3(1)")],
        agreement,
        on=on,
        doctrine=rl.Doctrine(
            non_refoulement_peremptory=False, torture_non_refoulement_peremptory=False
        ),
    )
    assert ruling.rule is rl.PrecedenceRule.UNRESOLVED
    reading = hand_over_reading(agreement)
    assert "deny a request" in reading
    assert "persecution" in reading
    assert reading in ruling.finding.all_assumptions()
