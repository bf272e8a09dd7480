"""Review s37 (ex37): exclusion and the other clauses (Art 1F(b) and the crime after admission)."""

from __future__ import annotations

import itertools
from typing import Any

import attrs

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.law import oau

ON = "2004-06-30"
ART_1F = "Art 1F: exclusion"
C = "refugee-convention-1951"


def _art_1f(result: rl.StatusDetermination) -> rl.Finding:
    found = result.finding.find(ART_1F)
    assert found is not None
    return found


def test_a_pending_art_1f_b_is_set_aside_by_a_crime_committed_after_admission() -> None:
    """Refugee Convention art. 1F(b) reaches only "a serious non-political crime outside the
    country of refuge prior to his admission to that country as a refugee". A 1F(b) question raised
    and not yet decided (``exclusion_pending``) about a crime committed in the country of refuge
    or after admission to it (``crime_after_admission``) cannot be answered so as to exclude: found,
    the clause is set aside (the claim with ``exclusion={"1F(b)"}`` is REFUGEE). Before (review s37
    ex37 F1): UNDETERMINED, asking ``exclusion_pending['1F(b)']``, a question whose answer could
    not change the outcome."""
    raised = testing.north_korean_escapee(exclusion_pending={"1F(b)"}, crime_after_admission=True)
    found = testing.north_korean_escapee(exclusion={"1F(b)"}, crime_after_admission=True)
    for claim in (raised, found):
        result = rl.assess_status(claim, on=ON)
        assert result.outcome is rl.Status.REFUGEE, result.explain()
        assert result.missing_facts() == ()
        clause = _art_1f(result)
        assert clause.verdict is rl.Verdict.NOT_MET
        assert rl.Citation(C, "1F(b)") in clause.citations
        assert rl.Citation(C, "33(2)") in clause.citations
        assert "after admission to it" in clause.reason
    clause = _art_1f(rl.assess_status(raised, on=ON))
    assert "raised and not yet decided, cannot apply whatever is decided" in clause.reason
    assert "exclusion_pending" in clause.facts
    # Not stated where the crime was committed, the question stays open and is asked.
    open_ = testing.north_korean_escapee(exclusion_pending={"1F(b)"})
    result = rl.assess_status(open_, on=ON)
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("exclusion_pending['1F(b)']",)


def test_another_pending_clause_stays_open_beside_a_pending_art_1f_b_set_aside_js_sri_lanka() -> (
    None
):
    """Art 1F(b) set aside for a crime after admission decides nothing of Art 1F(a) (*JS (Sri
    Lanka)* [2010] UKSC 15 remitted a 1F(a) question): with both raised and not yet decided, only
    1F(a) is asked, and the finding says 1F(b) does not reach the crime."""
    claim = testing.north_korean_escapee(
        exclusion_pending={"1F(a)", "1F(b)"}, crime_after_admission=True
    )
    result = rl.assess_status(claim, on=ON)
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("exclusion_pending['1F(a)']",)
    clause = _art_1f(result)
    assert clause.verdict is rl.Verdict.UNKNOWN
    assert "Art 1F(b) does not reach the crime relied on" in clause.reason


def test_the_bar_on_return_does_not_wait_on_a_pending_art_1f_b_that_cannot_reach_the_crime() -> (
    None
):
    """Refugee Convention art. 33(1), for a person who meets Art 1A(2): a pending 1F(b) about a
    crime after admission cannot lift the bar, so the bar is not provisional and waits on nothing
    (the crime goes to Art 33(2), which the bar weighs on its own facts). Before: PROHIBITED "only
    while the person's refugee status is pending determination", waiting on
    ``exclusion_pending['1F(b)']``."""
    claim = testing.north_korean_escapee(exclusion_pending={"1F(b)"}, crime_after_admission=True)
    result = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED, result.explain()
    assert "exclusion_pending['1F(b)']" not in result.missing_facts()
    assert "pending determination" not in str(result)


def _somali(**changes: Any) -> rl.Claim:
    """A Somali civilian in Kenya who fled the fighting: a refugee under OAU art. I(2) alone."""
    harm = rl.Harm(
        "being killed in the fighting between armed groups",
        "SOM",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.5,
        actor=rl.Actor.NON_STATE,
        reasons={rl.Motive.GENERALISED_VIOLENCE},
        protection_withheld_for=frozenset(),
        torture=False,
        official_involvement=False,
        risk_to_life=False,
        irreparable=False,
        death_penalty=False,
    )
    claim = rl.Claim(
        rl.Person("Somali civilian", {"SOM"}, location="KEN"),
        fears=(harm,),
        internal_relocation=False,
        protection={"SOM": rl.Protection.UNAVAILABLE},
        flight_causes={rl.FlightCause.SERIOUS_PUBLIC_DISORDER},
        flight_events_in={"SOM"},
    )
    return attrs.evolve(claim, **changes)


def test_an_oau_status_is_not_held_open_on_a_pending_art_1f_b_for_a_crime_after_admission() -> None:
    """OAU Convention art. I(2), with Art 1F(b) applied as its counterpart art. I(5)(b)
    (``law.oau.CLAUSES_READING``): a pending 1F(b) about a crime after admission is set aside as
    a found one is, and the finding names art. I(4)(f), which the library does not weigh
    (``law.oau.AFTER_ADMISSION_READING``, named). Before: UNDETERMINED, asking
    ``exclusion_pending['1F(b)']``."""
    claim = _somali(exclusion_pending={"1F(b)"}, crime_after_admission=True)
    result = rl.assess_status(claim, state="KEN", on="2010-01-01")
    assert result.outcome is rl.Status.REFUGEE, result.explain()
    assert result.definition == "OAU Refugee Convention art. I(2)"
    assert result.missing_facts() == ()
    assert oau.AFTER_ADMISSION_READING in result.assumptions()
    assert "OAU Refugee Convention art. I(4)(f)" in [str(c) for c in _art_1f(result).citations]


def test_a_crime_after_admission_as_a_refugee_in_another_state_is_within_art_1f_b_febles() -> None:
    """*Febles v Canada* 2014 SCC 68: a Cuban admitted to the United States as a refugee and
    convicted there of serious crimes was excluded under Art 1F(b) in Canada: the crimes were
    committed outside Canada, the country of refuge, before his admission to it. The claim states
    the 1F(b) finding and leaves ``crime_after_admission`` unstated (it speaks of admission to
    the country deciding): the person is excluded, whoever recognised them before."""
    cuban = rl.Person("Cuban admitted to the US as a refugee", {"CUB"}, location="CAN")
    harm = rl.Harm("imprisonment for political opinion", "CUB", severity="serious",
                   likelihood=0.5, actor="state", reasons={"political_opinion"})  # fmt: skip
    claim = rl.Claim(
        cuban,
        fears=[harm],
        internal_relocation=False,
        protection={"CUB": "unavailable"},
        exclusion={"1F(b)"},
        recognised=True,
        recognised_by="USA",
    )
    result = rl.assess_status(claim, state="CAN", on="2010-01-01")
    assert result.outcome is rl.Status.EXCLUDED, result.explain()
    assert "outside the country of refuge" in _art_1f(result).reason


def test_an_art_1f_clause_raised_is_asked_only_where_deciding_it_could_change_the_outcome() -> None:
    """Refugee Convention art. 1F: a clause raised and not yet decided (``exclusion_pending``) is a
    question for the decision-maker only where its answer matters. For each clause, with and
    without a crime after admission (Art 1F(b)'s "outside the country of refuge prior to his
    admission to that country"), recognised or not, and with a fear that is or is not
    well-founded: where the clause found and the clause not raised give the same outcome, with
    nothing left to ask, the pending clause is not asked and gives that outcome too."""
    for clause in ("1F(a)", "1F(b)", "1F(c)"):
        for after, recognised, likelihood in itertools.product(
            (None, True), (False, True), (0.01, 0.9)
        ):
            escapee = testing.north_korean_escapee(
                crime_after_admission=after, recognised=recognised
            )
            assert escapee.fears is not None
            harm = attrs.evolve(escapee.fears[0], likelihood=likelihood)
            claim = attrs.evolve(escapee, fears=(harm,))
            changes: tuple[dict[str, Any], ...] = (
                {"exclusion": {clause}},
                {},
                {"exclusion_pending": {clause}},
            )
            found, not_raised, pending = (
                rl.assess_status(attrs.evolve(claim, **change), on=ON) for change in changes
            )
            decided = found.outcome is not_raised.outcome and not (
                found.missing_facts() or not_raised.missing_facts()
            )
            asked = f"exclusion_pending[{clause!r}]" in pending.missing_facts()
            assert asked is not decided, (clause, after, recognised, likelihood)
            if decided:
                assert pending.outcome is found.outcome
