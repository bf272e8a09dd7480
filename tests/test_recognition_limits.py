"""A recognition counts for a state only within the limits in time and place that bind it.

Refugee Convention Art 1B(1): each Contracting State says which meaning of "events occurring
before 1 January 1951" it "applies for the purpose of its obligations under this Convention"; one
that chose alternative (a), events in Europe, extends its obligations only by its own notification
(Art 1B(2)); and the 1967 Protocol keeps an existing declaration under Art 1B(1)(a) (art. I(3)).
Recognition is declaratory (UNHCR Handbook para. 28): it declares the status the person has under
the definition, so one made outside a state's regime (under UNHCR's mandate, or by another State)
does not make a Convention refugee, for that state, of a person whose own facts put him outside
its limits (return review s34, F1).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import refugeelaw as rl

ON = "2010-06-01"
NO_CUSTOM = rl.Doctrine(non_refoulement_customary=False)
ART_1B_1 = rl.Citation("refugee-convention-1951", "1B(1)")
ART_1B_2 = rl.Citation("refugee-convention-1951", "1B(2)")
PROTOCOL_I_3 = rl.Citation("refugee-protocol-1967", "I(3)")
HB_28 = rl.Citation("unhcr-handbook", "28")
ART_33_1 = "Refugee Convention art. 33(1) bar"
PROTECTED = "a refugee, or an asylum seeker not yet determined"


def _dissident(state: str, **facts: Any) -> rl.Claim:
    """An Iranian dissident in ``state``, recognised as a refugee (by UNHCR under its mandate, or
    by another State), who fears imprisonment for his political activity in Iran, and nothing that
    a bar other than art. 33(1) weighs."""
    harm = rl.Harm("imprisonment for political activity", "IRN",
                   severity="threat_to_life_or_freedom", likelihood=0.8, actor="state",
                   reasons={"political_opinion"}, torture=False, irreparable=False,
                   risk_to_life=False, death_penalty=False,
                   flagrant_denial_of_justice=False)  # fmt: skip
    claim = rl.Claim(rl.Person("I", nationalities={"IRN"}, location=state), fears=[harm],
                     recognised=True, events_in_europe=False,
                     events_before_1951=False)  # fmt: skip
    return attrs.evolve(claim, **facts)


@pytest.mark.parametrize("state", ["TUR", "MDG"])
def test_a_recognition_outside_the_returning_states_limit_bars_no_return_art_1b_1(
    state: str,
) -> None:
    """Art 1B(1), Art 1B(2) and Protocol art. I(3): Türkiye (the Protocol, keeping its Art
    1B(1)(a) declaration) and Madagascar (the Convention alone, with alternative (a)) owe
    Convention duties only for events in Europe (Madagascar: before 1951 too). An Iranian whom
    UNHCR or another State recognised, fearing events in Iran, is no Convention refugee for them:
    NOT_REFUGEE, as he is unrecognised, and his return to Iran is not barred by art. 33(1).
    Before, the recognition made him a REFUGEE whatever the limits, and the return PROHIBITED
    under art. 33(1) as one who "meets the refugee definition"."""
    claim = _dissident(state)
    status = rl.assess_status(claim, on=ON, state=state)
    assert status.outcome is rl.Status.NOT_REFUGEE
    assert status.missing_facts() == ()
    assert "recognition as a refugee does not extend the state's obligations" in (
        status.finding.reason
    )
    recognition = status.finding.find("recognised refugee")
    assert recognition is not None
    assert recognition.verdict is rl.Verdict.NOT_MET
    assert {ART_1B_1, ART_1B_2, HB_28} <= set(recognition.citations)
    assert (PROTOCOL_I_3 in recognition.citations) is (state == "TUR")
    unrecognised = rl.assess_status(attrs.evolve(claim, recognised=False), on=ON, state=state)
    assert unrecognised.outcome is rl.Status.NOT_REFUGEE

    ret = rl.assess_return(claim, by=state, to="IRN", on=ON, doctrine=NO_CUSTOM)
    assert ret.outcome is rl.ReturnOutcome.PERMITTED
    bar = ret.finding.find(ART_33_1)
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    protected = bar.find(PROTECTED)
    assert protected is not None
    assert protected.verdict is rl.Verdict.NOT_MET
    assert "meets the refugee definition" not in protected.reason


def test_a_recognition_counts_where_the_limit_is_met_or_the_regime_unlimited_handbook_28() -> None:
    """UNHCR Handbook para. 28: within the limits that bind the state, or for a state bound by
    none, the recognition stands until a clause ends it, and art. 33(1) protects the person as a
    recognised refugee. Where the status rests on the recognition alone (his present fear no
    longer shown), the protection says so, not that he "meets the refugee definition" (before,
    it did)."""
    faded = attrs.evolve(_dissident("TUR").fears[0], likelihood=0.0)  # type: ignore[index]
    for state, facts in (
        ("TUR", {"events_in_europe": True}),
        ("MDG", {"events_in_europe": True, "events_before_1951": True}),
        ("DEU", {}),
    ):
        claim = _dissident(state, fears=[faded], **facts)
        status = rl.assess_status(claim, on=ON, state=state)
        assert status.outcome is rl.Status.REFUGEE, state
        assert status.definition == "recognition already made (Refugee Convention art. 1C)"
    # The person still at risk in Iran: art. 33(1) bars the return from Germany, on recognition.
    kept = rl.assess_return(_dissident("DEU", fears=[faded]), by="DEU", to="IRN", on=ON,
                            doctrine=NO_CUSTOM)  # fmt: skip
    protected = kept.finding.find(PROTECTED)
    assert protected is not None
    assert protected.verdict is rl.Verdict.MET
    assert protected.reason.startswith("the person's refugee status has been recognised")
    assert "meets the refugee definition" not in protected.reason
    assert HB_28 in protected.citations
    # Met on the definition itself, the words are as before.
    met = rl.assess_return(_dissident("DEU"), by="DEU", to="IRN", on=ON, doctrine=NO_CUSTOM)
    assert met.finding.find(PROTECTED).reason == (  # type: ignore[union-attr]
        "the person meets the refugee definition; formal recognition is not needed"
    )


def test_a_recognition_waits_on_the_limits_facts_while_they_are_unknown_art_1b_1() -> None:
    """Art 1B(1) and Protocol art. I(3): whether the events occurred in Europe decides whether
    the recognition counts for Türkiye, so while it is not known the status is open and asks that
    fact alone (yes: REFUGEE; no: NOT_REFUGEE), not the persecution the recognition declared
    (Handbook para. 28). Before, the recognition gave REFUGEE, which stating events outside Europe
    now turns into NOT_REFUGEE: the undecided answer keeps that from being a reversal. The
    return is barred provisionally meanwhile, as for an asylum seeker."""
    claim = _dissident("TUR", events_in_europe=None)
    status = rl.assess_status(claim, on=ON, state="TUR")
    assert status.outcome is rl.Status.UNDETERMINED
    assert status.missing_facts() == ("events_in_europe",)
    (asked,) = status.questions()
    assert {a.label: a.outcome for a in asked.answers} == {
        "yes": rl.Status.REFUGEE,
        "no": rl.Status.NOT_REFUGEE,
    }
    ret = rl.assess_return(claim, by="TUR", to="IRN", on=ON, doctrine=NO_CUSTOM)
    assert ret.outcome is rl.ReturnOutcome.PROHIBITED
    assert ret.pending_status_facts() == ("events_in_europe",)
    protected = ret.finding.find(PROTECTED)
    assert protected is not None
    assert protected.verdict is rl.Verdict.MET
    assert "whether the recognition reaches the state's obligations" in protected.reason
    assert ART_1B_1 in protected.citations


@pytest.mark.parametrize(
    ("state", "limit"), [("TUR", "events_in_europe"), ("MDG", "events_before_1951")]
)
def test_stating_the_limits_facts_never_reverses_a_recognised_refugees_status_art_1b_1(
    state: str, limit: str
) -> None:
    """Kleene monotonicity, for Art 1B(1) with Art 1C: a refugee recognised outside the state's
    regime, with Art 1C(2) found (he re-acquired the Iranian nationality he had lost; Art 1C(1),
    re-availment of Iran's protection, would be contradicted by his well-founded fear of the
    Iranian State itself: status review s35 F2), and his fear no longer well-founded (were it, he
    would meet Art 1A(2) again and Art 1C(2) could not keep him out: status review s36 F3). The
    Convention can
    "cease to apply" only to a person it reached: events outside the limits give NOT_REFUGEE
    (before: CEASED, the recognition counting whatever the limits); within them, CEASED; not yet
    known, UNDETERMINED asking the limit's fact. So no answer turns a decided outcome into
    another, with or without the clause."""
    inside = {"events_in_europe": True, "events_before_1951": True}
    for cessation in (set(), {rl.Cessation.ART_1C_2}):
        base = _dissident(state, **inside, cessation=cessation)
        if cessation:
            assert base.fears is not None
            base = attrs.evolve(base, fears=[attrs.evolve(base.fears[0], likelihood=0.01)])
        within = rl.assess_status(base, on=ON, state=state).outcome
        stated: dict[str, Any] = {limit: False}
        outside = rl.assess_status(attrs.evolve(base, **stated), on=ON, state=state)
        stated[limit] = None
        unknown = rl.assess_status(attrs.evolve(base, **stated), on=ON, state=state)
        assert within is (rl.Status.CEASED if cessation else rl.Status.REFUGEE)
        assert outside.outcome is rl.Status.NOT_REFUGEE
        assert unknown.outcome is rl.Status.UNDETERMINED
        assert limit in unknown.missing_facts()
        if cessation:
            clause = outside.finding.find("Art 1C: cessation")
            assert clause is not None
            assert clause.verdict is rl.Verdict.NOT_MET
            assert "never reached the person" in clause.reason


def test_a_statutory_refugee_is_not_limited_by_art_1b_1() -> None:
    """Art 1A(1) and Art 1B(1): the words Art 1B(1) defines, "events occurring before 1 January
    1951", are Art 1A(2)'s; a statutory refugee (considered a refugee under the arrangements of
    1926 to 1939 or the IRO Constitution) is one for Türkiye whatever the place of the events, and
    art. 33(1) says he is one under Art 1A(1)."""
    claim = _dissident("TUR", recognised=False, statutory_refugee=True)
    status = rl.assess_status(claim, on=ON, state="TUR")
    assert status.outcome is rl.Status.REFUGEE
    ret = rl.assess_return(claim, by="TUR", to="IRN", on=ON, doctrine=NO_CUSTOM)
    assert ret.outcome is rl.ReturnOutcome.PROHIBITED
    protected = ret.finding.find(PROTECTED)
    assert protected is not None
    assert protected.reason.startswith("the person is a refugee under Art 1A(1)")
    assert rl.Citation("refugee-convention-1951", "1A(1)") in protected.citations


def test_a_refugee_recognised_under_oau_art_i_2_alone_is_no_convention_refugee_for_germany() -> (
    None
):
    """OAU Convention art. I(2), Refugee Convention art. 1A(2) and art. 33(1): a Somali who fled
    the fighting and was recognised in Kenya under art. I(2) alone is a refugee for Kenya, bound
    by the OAU Convention, on that definition; he has no Convention ground, so Germany, bound by
    the 1951 Convention only, owes him nothing under art. 33(1); the bars against ill-treatment
    and arbitrary deprivation of life still forbid the return. ``Claim.recognised`` is a
    recognition under the 1951 definition: a recognition under art. I(2) alone is stated by its
    facts (``flight_causes``). (The entry "a recognised refugee with a clause pending" in the
    changelog had described its Kenya claim, which states ``recognised``, as recognised under art.
    I(2); Germany's art. 33(1) counted it as a Convention refugee.)"""
    fighting = rl.Harm("being killed in the fighting", "SOM",
                       severity="threat_to_life_or_freedom", likelihood=0.5, actor="non_state",
                       reasons={"generalised_violence"}, official_involvement=False,
                       protection_withheld_for=set(), torture=False, irreparable=True,
                       risk_to_life=True, death_penalty=False,
                       flagrant_denial_of_justice=False)  # fmt: skip
    claim = rl.Claim(rl.Person("K", nationalities={"SOM"}, location="DEU"), fears=[fighting],
                     flight_causes={rl.FlightCause.SERIOUS_PUBLIC_DISORDER},
                     flight_events_in={"SOM"}, protection={"SOM": "unavailable"},
                     internal_relocation=False)  # fmt: skip
    in_kenya = attrs.evolve(claim, person=attrs.evolve(claim.person, location="KEN"))
    kenya = rl.assess_status(in_kenya, on=ON, state="KEN")
    assert kenya.outcome is rl.Status.REFUGEE
    assert kenya.definition == "OAU Refugee Convention art. I(2)"
    germany = rl.assess_status(claim, on=ON, state="DEU")
    assert germany.outcome is rl.Status.NOT_REFUGEE
    ret = rl.assess_return(claim, by="DEU", to="SOM", on=ON)
    bar = ret.finding.find(ART_33_1)
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    assert ret.outcome is rl.ReturnOutcome.PROHIBITED
    assert "Refugee Convention art. 33(1)" not in [str(o.citation) for o in ret.breaches]
    assert "ECHR art. 3" in [str(o.citation) for o in ret.breaches]


def test_art_33_1_says_a_refugee_under_art_1d_is_entitled_not_that_he_meets_the_definition() -> (
    None
):
    """Art 1D, second paragraph: a person whose UN protection or assistance has ceased is "ipso
    facto entitled to the benefits of this Convention" without meeting Art 1A(2); art. 33(1)
    protects him as such, and says so (it said he "meets the refugee definition")."""
    stateless = rl.Person("P", nationalities=set(), habitual_residence="SYR", location="DEU")
    claim = rl.Claim(stateless, fears=[], unrwa_assistance_ceased=True)
    status = rl.assess_status(claim, on=ON, state="DEU")
    assert (status.outcome, status.definition) == (
        rl.Status.REFUGEE,
        "Refugee Convention art. 1D, second paragraph",
    )
    ret = rl.assess_return(claim, by="DEU", to="SYR", on=ON, doctrine=NO_CUSTOM)
    protected = ret.finding.find(PROTECTED)
    assert protected is not None
    assert protected.verdict is rl.Verdict.MET
    assert "ipso facto entitled to the benefits of the Convention" in protected.reason
    assert rl.Citation("refugee-convention-1951", "1D") in protected.citations


# A State whose 1951 definition Art 1B limits, bound by the OAU Convention (own-diff review s34 F1).

LIBERIA_1978 = "1978-06-01"  # the Convention alone, with its dateline; the OAU Convention too
OAU_I_1 = "OAU Refugee Convention art. I(1)"


def _guinean(likelihood: float | None = 0.6, **facts: Any) -> rl.Claim:
    """A Guinean dissident in Liberia who fears detention in Guinea, for events after 1951, found
    to have re-acquired the Guinean nationality he had lost (Art 1C(2): re-availment of Guinea's
    protection, Art 1C(1), would be contradicted by his fear of the Guinean State itself, status
    review s35 F2), and nothing that a bar other
    than the OAU Convention's art. II(3) weighs."""
    harm = rl.Harm("detention for dissent", "GIN", severity="threat_to_life_or_freedom",
                   likelihood=likelihood, actor="state", reasons={"political_opinion"},
                   torture=False, irreparable=False, risk_to_life=False, death_penalty=False,
                   flagrant_denial_of_justice=False)  # fmt: skip
    claim = rl.Claim(rl.Person("G", nationalities={"GIN"}, location="LBR"), fears=[harm],
                     cessation={"1C(2)"}, events_before_1951=False)  # fmt: skip
    return attrs.evolve(claim, **facts)


@pytest.mark.parametrize("recognised", [True, False])
@pytest.mark.parametrize("flight_causes", [None, frozenset()])
def test_oau_art_i_1_has_no_dateline_so_art_1c_reaches_a_status_resting_on_it_art_i_4_b(
    recognised: bool, flight_causes: frozenset[rl.FlightCause] | None
) -> None:
    """OAU Convention art. I(1) restates the refugee definition with no dateline or geographic
    limitation, and art. I(4)(b) ends it where, "having lost his nationality, he has voluntarily
    re-acquired it" (Art 1C(2), as law.oau.CLAUSES_READING applies it). Art 1B limits the 1951 Convention only. So for Liberia in 1978 (the Convention
    with its dateline, and the OAU Convention), Art 1C(2) found reaches a Guinean whose status
    rests on art. I(1). Before, the dateline was read as keeping Art 1C from a status that rests
    on art. I(1): a recognised refugee was REFUGEE (return PROHIBITED) once ``flight_causes`` was
    stated (none), and CEASED while it was not, so that stating it turned CEASED into REFUGEE (an
    unrecognised claimant likewise). It reaches him, but a Guinean who meets art. I(1) now, as
    this one does, falls again under its terms whatever status the act once ended: REFUGEE
    whether ``flight_causes`` is stated or not, his return to Guinea barred by art. II(3) (status
    review s36 F3: was CEASED, the return permitted)."""
    claim = _guinean(recognised=recognised, flight_causes=flight_causes)
    status = rl.assess_status(claim, on=LIBERIA_1978, state="LBR")
    assert status.outcome is rl.Status.REFUGEE
    assert status.definition == OAU_I_1
    assert rl.status_outcomes([claim], on=LIBERIA_1978, state="LBR") == [rl.Status.REFUGEE]
    clause = status.finding.find("Art 1C: cessation")
    assert clause is not None
    assert clause.verdict is rl.Verdict.NOT_MET
    assert "the person meets the OAU Convention's art. I(1) on the facts stated" in clause.reason
    assert rl.Citation("oau-refugee-convention-1969", "I(4)(b)") in clause.citations
    ret = rl.assess_return(claim, by="LBR", to="GIN", on=LIBERIA_1978, doctrine=NO_CUSTOM)
    assert ret.outcome is rl.ReturnOutcome.PROHIBITED


@pytest.mark.parametrize("recognised", [True, False])
def test_whether_a_status_rests_on_an_oau_definition_decides_whether_art_1c_reaches_it_art_1b_1(
    recognised: bool,
) -> None:
    """Art 1B(1) and OAU Convention arts I(1), I(2): outside the dateline, the Convention, as
    Liberia applied it in 1978, never reached the Guinean unless his status rests on an OAU
    definition. With no fear now and no events of art. I(2), it rests on none: NOT_REFUGEE, Art
    1C "never reached" him, saying that he meets neither OAU definition. With his present fear
    not known (art. I(1)), or what made him leave (art. I(2)), whether Art 1C(2) reaches him is
    not known: UNDETERMINED, asking them (before, with ``flight_causes`` not known, CEASED, which
    stating none turned into NOT_REFUGEE, or, for a recognised refugee whose limits were not
    known, into UNDETERMINED)."""
    settled = _guinean(0.0, recognised=recognised, flight_causes=frozenset())
    status = rl.assess_status(settled, on=LIBERIA_1978, state="LBR")
    assert status.outcome is rl.Status.NOT_REFUGEE
    clause = status.finding.find("Art 1C: cessation")
    assert clause is not None
    assert clause.verdict is rl.Verdict.NOT_MET
    assert "nor does the person meet the OAU Convention's definitions" in clause.reason
    for claim, asked in (
        (_guinean(None, recognised=recognised, flight_causes=frozenset()), "fears[0].likelihood"),
        (_guinean(0.0, recognised=recognised), "flight_causes"),
    ):
        open_ = rl.assess_status(claim, on=LIBERIA_1978, state="LBR")
        assert open_.outcome is rl.Status.UNDETERMINED, asked
        assert asked in open_.missing_facts()
        clause = open_.finding.find("Art 1C: cessation")
        assert clause is not None
        assert clause.verdict is rl.Verdict.UNKNOWN
        assert "never reached the person" in clause.reason
    # The present fear stated: art. I(1) is met (REFUGEE: Art 1C(2) cannot keep out a person who
    # meets it again, status review s36 F3; was CEASED) or not (NOT_REFUGEE).
    assert rl.assess_status(_guinean(0.6, recognised=recognised, flight_causes=frozenset()),
                            on=LIBERIA_1978, state="LBR").outcome is rl.Status.REFUGEE  # fmt: skip


def test_art_1c_and_the_recognition_read_one_rule_for_the_limits_art_1b_1() -> None:
    """Art 1B(1): a recognition counts for the state only within the limits that bind it
    (``law.recognition.counts_within``), the rule the recognition's own finding and Art 1C's
    reach (whether the Convention can cease to apply to the person) both read."""
    from refugeelaw.law import limits, recognition

    for facts, verdict in (
        ({"events_in_europe": True}, rl.Verdict.MET),
        ({"events_in_europe": False}, rl.Verdict.NOT_MET),
        ({"events_in_europe": None}, rl.Verdict.UNKNOWN),
    ):
        claim = _dissident("TUR", **facts)
        regime = limits.regime_for("TUR", dt.date.fromisoformat(ON))
        found = limits.dateline(claim, regime)
        assert recognition.counts_within(found) is verdict
        assert (
            recognition.recognised_refugee(claim, regime, dt.date.fromisoformat(ON)).verdict
            is verdict
        )
    assert recognition.counts_within(None) is rl.Verdict.MET
