"""The OAU Refugee Convention (1969): who is bound (its data), its wider definition (art. I(2))
and its bar on return (art. II(3)), whose text the library does not hold."""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from typing import Any, Literal

import attrs
import pytest

import refugeelaw as rl
from refugeelaw.law import oau
from refugeelaw.law.art_1c import CEASED_STATUS_READING

OAU = "oau-refugee-convention-1969"
ON = "2010-01-01"


def _somali(location: str = "KEN", **changes: Any) -> rl.Claim:
    harm = rl.Harm(
        "being killed in the fighting between armed groups",
        "SOM",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.5,
        actor=rl.Actor.NON_STATE,
        reasons={rl.Motive.GENERALISED_VIOLENCE},
        protection_withheld_for=frozenset(),  # Somalia's failure to protect: for no Convention reason
        torture=False,
        official_involvement=False,
        risk_to_life=False,
        irreparable=False,
        death_penalty=False,  # being killed in the fighting: no sentence of death
    )
    claim = rl.Claim(
        rl.Person("Somali civilian", {"SOM"}, location=location),
        fears=(harm,),
        internal_relocation=False,
        protection={"SOM": rl.Protection.UNAVAILABLE},
        flight_causes={rl.FlightCause.SERIOUS_PUBLIC_DISORDER},
        flight_events_in={"SOM"},  # the fighting in Somalia, his country of nationality
    )
    return attrs.evolve(claim, **changes)


# -- participation (AU status list of 16 May 2019) ------------------------------------------------


def _file() -> dict[str, Any]:
    path = resources.files("refugeelaw").joinpath(f"data/participation/{OAU}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_the_data_holds_the_55_au_member_states_and_46_parties() -> None:
    """AU status list of 16 May 2019: 46 parties among the 55 members (Wikipedia 2024: 46 of 55)."""
    raw = _file()
    records = raw["records"]
    assert isinstance(records, list)
    assert len(records) == 55
    assert len(raw["eligible"]["states"]) == 55
    bound = [r for r in records if r["action"] not in ("signature-only", "none")]
    disputed = [r for r in bound if r.get("in_doubt_from")]
    assert len(bound) - len([r for r in disputed if r["state"] in ("MUS", "MAR")]) == 46
    horizon = rl.states.horizon(OAU)
    assert horizon is not None
    assert horizon.date is not None
    assert horizon.date.isoformat() == "2019-05-16"


def test_kenya_is_bound_from_its_deposit_of_4_february_1993_article_xi() -> None:
    assert rl.party_status("KEN", OAU, on="1993-02-03").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("KEN", OAU, on="1993-02-04").verdict is rl.Verdict.MET


def test_an_early_party_is_bound_from_the_conventions_entry_into_force_20_june_1974() -> None:
    """Benin deposited on 12 Mar 1973; the Convention entered into force on 20 June 1974."""
    benin = rl.states.participation("BEN", OAU)
    assert benin is not None
    assert benin.in_force is not None
    assert benin.in_force.isoformat() == "1974-06-20"


@pytest.mark.parametrize("state", ["CHN", "PRK", "KOR", "USA", "GBR"])
@pytest.mark.parametrize("on", ["1980-01-01", "2015-01-01", "2030-01-01"])
def test_a_state_that_is_not_an_au_member_can_never_be_bound_article_x(state: str, on: str) -> None:
    """Only OAU/AU member states may become parties: NOT_MET on every date, never UNKNOWN."""
    found = rl.party_status(state, OAU, on=on)
    assert found.verdict is rl.Verdict.NOT_MET
    assert "not among them" in found.reason
    assert str(found.citations[0]) == "OAU Refugee Convention art. X"
    assert rl.is_party(state, OAU, on=on) is False


def test_an_au_member_that_only_signed_is_not_bound_up_to_the_horizon_and_unknown_after() -> None:
    """Somalia signed on 10 Sep 1969 and had not ratified by the AU list of 16 May 2019."""
    assert rl.party_status("SOM", OAU, on="2019-05-16").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("SOM", OAU, on="2019-05-17").verdict is rl.Verdict.UNKNOWN


def test_the_sahrawi_republic_is_recorded_under_western_saharas_code_with_the_mapping_noted() -> (
    None
):
    record = rl.states.participation("ESH", OAU)
    assert record is not None
    assert record.action is rl.states.Action.SIGNATURE_ONLY
    assert any("ESH" in n and "compiler" in n for n in record.notes)


def test_lesothos_two_deposit_dates_leave_the_decade_between_them_unknown() -> None:
    """AU list (ATTPv2 parse): deposited 30 Dec 1988; UNTS No. 14691: 30 Dec 1998. Never guessed:
    unknown between, bound after."""
    assert rl.party_status("LSO", OAU, on="1988-12-29").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("LSO", OAU, on="1990-01-01").verdict is rl.Verdict.UNKNOWN
    assert rl.party_status("LSO", OAU, on="1998-12-30").verdict is rl.Verdict.MET


@pytest.mark.parametrize("state", ["MUS", "MAR"])
def test_a_ratification_the_unts_shows_and_the_au_list_does_not_is_unknown(state: str) -> None:
    found = rl.party_status(state, OAU, on="2000-01-01")
    assert found.verdict is rl.Verdict.UNKNOWN
    assert "the sources disagree" in found.reason
    with pytest.raises(rl.BeyondData):
        rl.is_party(state, OAU, on="2000-01-01")


def test_a_ratification_only_the_unts_shows_binds_no_one_before_its_deposit() -> None:
    """The OAU Convention binds a party from its deposit (the library's rule for it; in force from
    20 June 1974): Morocco's ratification, which only the UNTS record shows, was deposited on 16
    July 1974, so neither source shows Morocco bound before that day. Before: UNKNOWN from 20 June
    to 15 July 1974 ("the date of entry into force is not known"); now NOT_MET, and UNKNOWN from
    the deposit, where the sources disagree (data review s35: a record with no entry into force
    whose doubt begins on a day is not bound before it)."""
    before = rl.party_status("MAR", OAU, on="1974-06-25")
    assert before.verdict is rl.Verdict.NOT_MET
    assert "the sources show it binding no earlier than 1974-07-16" in before.reason
    assert rl.party_status("MAR", OAU, on="1974-07-16").verdict is rl.Verdict.UNKNOWN


def test_the_central_african_republics_disputed_deposit_still_gives_a_certain_entry_into_force() -> (
    None
):
    """AU: 9 Aug 1970; UNTS: 7 Aug 1970. Both precede 20 June 1974, when it is bound either way."""
    record = rl.states.participation("CAF", OAU)
    assert record is not None
    assert record.deposited is None
    assert rl.party_status("CAF", OAU, on="1974-06-20").verdict is rl.Verdict.MET


def test_a_record_in_doubt_needs_its_doubt_to_begin_before_entry_into_force() -> None:
    with pytest.raises(rl.InvalidInput, match="in_doubt_from"):
        rl.Participation("LSO", OAU, "accession", in_force="1998-12-30", in_doubt_from="1999-01-01")


# -- art. I(2): the wider definition -------------------------------------------------------------


def test_a_somali_who_fled_generalised_violence_is_a_refugee_in_kenya_under_article_i2() -> None:
    d = rl.assess_status(_somali(), state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(2)"
    assert d.inclusion.verdict is rl.Verdict.NOT_MET  # no Convention ground: Art 1A(2) fails
    assert "OAU Refugee Convention art. I(2)" in [str(c) for c in d.finding.citations]


def test_a_state_not_bound_shows_no_oau_finding_at_all() -> None:
    """China is told nothing of a Convention it cannot join: its determination is the 1951 one."""
    d = rl.assess_status(_somali("CHN"), state="CHN", on=ON)
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert d.definition is None
    assert "OAU" not in d.explain()


def test_a_1951_refugee_in_kenya_rests_on_article_1a2_first() -> None:
    claim = _somali(
        fears=(
            rl.Harm(
                "killing by an armed group for his clan",
                "SOM",
                severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
                likelihood=0.5,
                actor=rl.Actor.NON_STATE,
                reasons={rl.Ground.RACE},
            ),
        )
    )
    d = rl.assess_status(claim, state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "Refugee Convention art. 1A(2)"


def test_exclusion_of_an_oau_refugee_cites_article_i5a_and_says_its_text_is_not_held() -> None:
    d = rl.assess_status(_somali(exclusion={rl.Exclusion.ART_1F_A}), state="KEN", on=ON)
    assert d.outcome is rl.Status.EXCLUDED
    oau = d.finding.find("OAU Convention arts I(4) and I(5) (cessation and exclusion)")
    assert oau is not None
    assert oau.verdict is rl.Verdict.MET
    assert [str(c) for c in oau.citations] == ["OAU Refugee Convention art. I(5)(a)"]
    assert "not held" in oau.assumptions[0]


def test_article_1d_does_not_displace_a_status_resting_on_article_i2() -> None:
    """The OAU clauses the library models are I(4) and I(5); Art 1D is not applied to I(2)."""
    d = rl.assess_status(_somali(unrwa_assistance=True), state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert d.finding.find("Art 1D: other UN protection or assistance") is None


def test_meeting_article_1a2_too_never_costs_an_oau_refugee_the_status_article_1e_does_not_reach() -> (
    None
):
    """Art 1E displaces a status under the 1951 definition only; the OAU clauses the library
    models (law.oau.CLAUSES_READING) do not include it. A Somali in Kenya who meets art. I(2),
    and whom Ethiopia would treat as a national, is a refugee under art. I(2) whether or not a
    well-founded fear is also shown: showing one (Art 1A(2) met, and then excluded by Art 1E)
    must not make him EXCLUDED, nor an unknown Art 1E leave him UNDETERMINED."""
    fear = rl.Harm(
        "killing by a clan militia", "SOM", severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.6, actor=rl.Actor.NON_STATE, reasons={rl.Ground.RACE},
    )  # fmt: skip
    for fears in (None, (), (fear,)):
        claim = _somali(fears=fears, rights_of_national_in="ETH")
        d = rl.assess_status(claim, state="KEN", on=ON)
        assert d.outcome is rl.Status.REFUGEE, fears
        assert d.definition == "OAU Refugee Convention art. I(2)"
        assert d.displaced_by == ()
    d = rl.assess_status(_somali(fears=(fear,), rights_of_national_in="ETH"), state="KEN", on=ON)
    assert "Art 1E" in d.finding.reason
    assert "does not reach a status under art. I(2)" in d.finding.reason
    # Art 1F does reach it, as art. I(5)(a)'s counterpart.
    excluded = _somali(
        fears=(fear,), rights_of_national_in="ETH", exclusion={rl.Exclusion.ART_1F_A}
    )
    assert rl.assess_status(excluded, state="KEN", on=ON).outcome is rl.Status.EXCLUDED
    # With no right of a national elsewhere, the status rests on Art 1A(2), as before.
    plain = rl.assess_status(_somali(fears=(fear,)), state="KEN", on=ON)
    assert plain.definition == "Refugee Convention art. 1A(2)"


def _rwandan(location: str, **changes: Any) -> rl.Claim:
    """A Rwandan opponent the state of Rwanda would imprison: Art 1A(2)'s elements are met, the
    fear results from events after 1951 outside Europe, and no event of art. I(2) made him
    leave."""
    fear = rl.Harm(
        "imprisonment for his opposition", "RWA", severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.8, actor=rl.Actor.STATE, reasons={rl.Ground.POLITICAL_OPINION},
    )  # fmt: skip
    claim = rl.Claim(
        rl.Person("Rwandan opponent", {"RWA"}, location=location),
        fears=(fear,),
        events_before_1951=False,
        events_in_europe=False,
        flight_causes=frozenset(),
    )
    return attrs.evolve(claim, **changes)


def test_a_rwandan_in_zaire_in_1974_is_a_refugee_under_article_i1_though_the_dateline_bars_1a2() -> (
    None
):
    """OAU Convention art. I(1): "every person who, owing to a well-founded fear of being
    persecuted ..." with no dateline ("events occurring before 1 January 1951", Art 1A(2)) and no
    geographic limitation. Zaire, bound by the 1951 Convention alone in July 1974 and by the OAU
    Convention from its entry into force (20 June 1974), owed him that status: NOT_REFUGEE under
    Art 1A(2) as Art 1B(1) limits it would be an answer the OAU Convention contradicts."""
    d = rl.assess_status(_rwandan("COD"), state="COD", on="1974-07-01")
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(1)"
    assert d.inclusion.verdict is rl.Verdict.NOT_MET  # the dateline (Art 1B(1))
    i1 = d.finding.find("OAU Convention art. I(1)")
    assert i1 is not None
    assert i1.verdict is rl.Verdict.MET
    assert [str(c) for c in i1.citations] == ["OAU Refugee Convention art. I(1)"]
    assert "dateline and geographic limitation" not in [c.element for c in i1.children]
    assert "art. I(1)" in d.finding.reason
    assert "without its limits" in d.finding.reason
    # Without a well-founded fear, art. I(1) fails as Art 1A(2) does.
    (fear,) = _rwandan("COD").fears or ()
    unfounded = _rwandan("COD", fears=(attrs.evolve(fear, likelihood=0.01),))
    assert rl.assess_status(unfounded, state="COD", on="1974-07-01").outcome is (
        rl.Status.NOT_REFUGEE
    )
    # Before Zaire was bound by the OAU Convention (in force 20 June 1974), the dateline decides.
    before = rl.assess_status(_rwandan("COD"), state="COD", on="1974-06-01")
    assert before.outcome is rl.Status.NOT_REFUGEE
    assert before.finding.find("OAU Convention art. I(1)") is None


def test_congos_unknown_article_1b_choice_does_not_matter_to_article_i1() -> None:
    """Congo's Art 1B(1) choice under the Protocol is not known (Art 1B(1), Protocol art. I(3)),
    so events outside Europe may not count for Art 1A(2); art. I(1), which binds Congo as a party
    to the OAU Convention, has no geographic limitation: nothing is missing."""
    from refugeelaw import testing

    claim = testing.north_korean_escapee(
        events_before_1951=True, events_in_europe=False, flight_causes=frozenset()
    )
    d = rl.assess_status(claim, on="2004-06-30", state="COG")
    assert d.inclusion.verdict is rl.Verdict.UNKNOWN
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(1)"
    assert d.missing_facts() == ()


def test_article_1e_leaves_a_1951_refugee_in_an_oau_state_a_refugee_under_article_i1() -> None:
    """Art 1E displaces a status under the 1951 definition; the OAU Convention has no such clause
    (its exclusions are art. I(5), its cessation art. I(4): law.oau.CLAUSES_READING), and art.
    I(1) restates the 1951 definition. A Rwandan whom Uganda treats as a national remains an OAU
    refugee there; in France, bound by no such instrument, Art 1E excludes him."""
    claim = _rwandan("UGA", rights_of_national_in="UGA")
    d = rl.assess_status(claim, state="UGA", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(1)"
    assert d.displaced_by == ()
    assert "Art 1E" in d.finding.reason
    assert "does not reach a status under art. I(1)" in d.finding.reason
    france = rl.assess_status(attrs.evolve(claim, person=attrs.evolve(claim.person, location="FRA")), state="FRA", on=ON)  # fmt: skip
    assert france.outcome is rl.Status.EXCLUDED
    assert france.displaced_by == ("Art 1E",)
    # Art 1F reaches an OAU status (art. I(5)(a)).
    excluded = attrs.evolve(claim, exclusion={rl.Exclusion.ART_1F_A})
    assert rl.assess_status(excluded, state="UGA", on=ON).outcome is rl.Status.EXCLUDED


ART_1F = "Art 1F: exclusion"
I_4_F = "OAU Refugee Convention art. I(4)(f)"


def test_a_crime_after_admission_that_art_1f_b_does_not_reach_names_oau_article_i4f_unweighed() -> (
    None
):
    """Art 1F(b) reaches only a serious non-political crime committed "outside the country of
    refuge prior to his admission to that country as a refugee"; the OAU Convention has a
    cessation clause of its own for such a crime after admission, art. I(4)(f) (as the research
    labels it: its text was not found in any source read, and the library does not weigh it). A
    Somali refugee in Kenya under art. I(2) alone, against whom a serious non-political crime is
    found but committed after admission, stays REFUGEE (nothing the library holds ends the status),
    but no longer silently (status review s34 F3): the Art 1F finding names art. I(4)(f), cites it
    and says it is not weighed, and the result lists AFTER_ADMISSION_READING, on which the
    outcome rests. Before: the finding sent the crime to Art 33(2) or Art 32 alone, and no
    position was named."""
    claim = _somali(exclusion={rl.Exclusion.ART_1F_B}, crime_after_admission=True)
    d = rl.assess_status(claim, state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(2)"
    assert d.missing_facts() == ()
    assert oau.AFTER_ADMISSION_READING in d.assumptions()
    art_1f = d.finding.find(ART_1F)
    assert art_1f is not None
    assert art_1f.verdict is rl.Verdict.NOT_MET
    assert I_4_F in [str(c) for c in art_1f.citations]
    assert "Art 33(2) or Art 32" in art_1f.reason
    assert "its cessation clause art. I(4)(f)" in art_1f.reason
    assert "which the library does not weigh" in art_1f.reason
    assert rl.provision(OAU, "I(4)(f)").text is None  # the words are not held
    # A crime outside the country of refuge before admission excludes under art. I(5)(b), the
    # counterpart of Art 1F(b): the reading is not needed.
    before = rl.assess_status(_somali(exclusion={rl.Exclusion.ART_1F_B}), state="KEN", on=ON)
    assert before.outcome is rl.Status.EXCLUDED
    assert oau.AFTER_ADMISSION_READING not in before.assumptions()


def test_oau_article_i4f_is_named_as_deciding_only_where_the_outcome_rests_on_it() -> None:
    """Art. I(4)(f), were it weighed and met, would end the status: it decides only a REFUGEE
    outcome resting on an OAU definition. Another clause found (Art 1F(a), art. I(5)(a)) excludes
    whatever it finds; one raised and not yet decided leaves the outcome open whatever it finds;
    and a status resting on Art 1A(2) is the 1951 Convention's, which art. I(4)(f) does not end
    (Art 1F(b) sets the crime aside, and Art 33(2) or Art 32 take it up)."""
    found = _somali(exclusion={"1F(a)", "1F(b)"}, crime_after_admission=True)
    d = rl.assess_status(found, state="KEN", on=ON)
    assert d.outcome is rl.Status.EXCLUDED
    assert oau.AFTER_ADMISSION_READING not in d.assumptions()
    pending = _somali(exclusion={"1F(b)"}, crime_after_admission=True, exclusion_pending={"1F(a)"})
    d = rl.assess_status(pending, state="KEN", on=ON)
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("exclusion_pending['1F(a)']",)
    assert oau.AFTER_ADMISSION_READING not in d.assumptions()
    art_1f = d.finding.find(ART_1F)
    assert art_1f is not None
    assert "art. I(4)(f)" in art_1f.reason  # still named: the crime set aside is the same
    # A Rwandan opponent in Kenya, a refugee under Art 1A(2): the status is not the OAU's.
    rwandan = _rwandan("KEN", exclusion={"1F(b)"}, crime_after_admission=True)
    d = rl.assess_status(rwandan, state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "Refugee Convention art. 1A(2)"
    assert oau.AFTER_ADMISSION_READING not in d.assumptions()
    art_1f = d.finding.find(ART_1F)
    assert art_1f is not None
    assert "I(4)(f)" not in art_1f.reason
    assert I_4_F not in [str(c) for c in art_1f.citations]


@pytest.mark.parametrize(
    ("claim", "definition"),
    [
        (_rwandan("UGA", rights_of_national_in="UGA"), "OAU Refugee Convention art. I(1)"),
        (
            _somali(
                fears=(
                    rl.Harm(
                        "killing by a clan militia", "SOM", likelihood=0.6,
                        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM, actor=rl.Actor.NON_STATE,
                        reasons={rl.Ground.RACE},
                    ),
                ),
                rights_of_national_in="ETH",
            ),
            "OAU Refugee Convention art. I(2)",
        ),
    ],
    ids=["art. I(1)", "art. I(2)"],
)  # fmt: skip
def test_oau_article_i4f_is_named_where_art_1e_leaves_the_status_resting_on_the_oau_convention(
    claim: rl.Claim, definition: str
) -> None:
    """Where Art 1E displaces the 1951 status and the status rests on art. I(1) or I(2) instead
    (Art 1E has no OAU counterpart), a crime after admission that Art 1F(b) does not reach is the
    case of art. I(4)(f), unweighed, as for a status resting on the OAU Convention alone."""
    d = rl.assess_status(
        attrs.evolve(claim, exclusion={"1F(b)"}, crime_after_admission=True), state=claim.person.location, on=ON
    )  # fmt: skip
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == definition
    assert oau.AFTER_ADMISSION_READING in d.assumptions()
    art_1f = d.finding.find(ART_1F)
    assert art_1f is not None
    assert I_4_F in [str(c) for c in art_1f.citations]


def test_article_ii3_protects_a_person_whose_crime_after_admission_art_1f_b_does_not_reach() -> (
    None
):
    """Art. II(3) protects a person the Convention applies to (arts I(4), I(5)). Art 1F(b), and
    art. I(5)(b) with it, do not reach a crime after admission; art. I(4)(f), which may end the
    Convention's application for such a crime, is not weighed: Kenya may not return the Somali,
    and the return names the clause and the reading its protection rests on (before: named
    neither)."""
    claim = _somali(exclusion={rl.Exclusion.ART_1F_B}, crime_after_admission=True)
    r = rl.assess_return(claim, by="KEN", to="SOM", on=ON)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert "OAU Refugee Convention art. II(3)" in r.breached_provisions
    applies = r.finding.find("a person the OAU Convention applies to (arts I(4), I(5))")
    assert applies is not None
    assert applies.verdict is rl.Verdict.MET
    art_1f = applies.find(ART_1F)
    assert art_1f is not None
    assert I_4_F in [str(c) for c in art_1f.citations]
    assert oau.AFTER_ADMISSION_READING in r.assumptions()
    # A clause the library weighs that ends the Convention's application decides without it.
    ended = _somali(exclusion={"1F(a)", "1F(b)"}, crime_after_admission=True)
    r = rl.assess_return(ended, by="KEN", to="SOM", on=ON)
    assert r.outcome is rl.ReturnOutcome.PERMITTED
    assert oau.AFTER_ADMISSION_READING not in r.assumptions()


def test_where_the_oau_convention_may_bind_article_1e_does_not_settle_the_outcome() -> None:
    """Madagascar signed the OAU Convention, and whether it binds Madagascar after the data's
    horizon is not known. Art 1E excludes from the 1951 status only: if Madagascar is bound, art.
    I(1) keeps the person a refugee. EXCLUDED would answer more than is known."""
    claim = _rwandan(
        "MDG", events_before_1951=True, events_in_europe=True, rights_of_national_in="MDG"
    )
    d = rl.assess_status(claim, state="MDG", on="2020-01-01")
    assert d.finding.find("OAU Convention art. I(1)") is not None
    assert d.finding.find("OAU Convention art. I(1)").verdict is rl.Verdict.UNKNOWN  # type: ignore[union-attr]
    assert d.outcome is rl.Status.UNDETERMINED
    assert "Art 1E reaches no status under the OAU Convention" in d.finding.reason


# -- art. II(3): the bar on return --------------------------------------------------------------


def test_kenya_may_not_reject_the_somali_at_its_frontier_article_ii3() -> None:
    r = rl.assess_return(_somali(at_frontier=True), by="KEN", to="SOM", on=ON)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in r.breaches] == ["OAU Refugee Convention art. II(3)"]
    bar = r.finding.find("OAU Convention art. II(3) bar")
    assert bar is not None
    risk = bar.find("threat for the reasons of art. I(1) or I(2) (art. II(3))")
    assert risk is not None
    assert "text of OAU Convention art. II(3) is not held" in risk.assumptions[0]


def test_article_ii3_does_not_protect_a_person_excluded_under_article_i5() -> None:
    """Art. I(5): the Convention's provisions "shall not apply" to a person the country of asylum
    has serious reasons for considering to have committed a serious non-political crime (I(5)(b),
    applied as the Art 1F(b) finding's counterpart): art. II(3) with them, as the status says.
    An exclusion raised and not yet decided does not lift the protection."""
    excluded = _somali(exclusion={rl.Exclusion.ART_1F_B})
    assert rl.assess_status(excluded, state="KEN", on=ON).outcome is rl.Status.EXCLUDED
    r = rl.assess_return(excluded, by="KEN", to="SOM", on=ON)
    assert r.outcome is rl.ReturnOutcome.PERMITTED
    scope = r.finding.find("a person the OAU Convention applies to (arts I(4), I(5))")
    assert scope is not None
    assert scope.verdict is rl.Verdict.NOT_MET
    assert [str(c) for c in scope.citations] == ["OAU Refugee Convention art. I(5)(b)"]
    # Only the clauses Art 1F applies: 1F(b) does not reach a crime after admission.
    both = _somali(exclusion={"1F(a)", "1F(b)"}, crime_after_admission=True)
    scope = rl.assess_return(both, by="KEN", to="SOM", on=ON).finding.find(
        "a person the OAU Convention applies to (arts I(4), I(5))"
    )
    assert scope is not None
    assert [str(c) for c in scope.citations] == ["OAU Refugee Convention art. I(5)(a)"]
    pending = _somali(exclusion_pending={rl.Exclusion.ART_1F_B})
    r = rl.assess_return(pending, by="KEN", to="SOM", on=ON)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in r.breaches] == ["OAU Refugee Convention art. II(3)"]
    scope = r.finding.find("a person the OAU Convention applies to (arts I(4), I(5))")
    assert scope is not None
    assert scope.verdict is rl.Verdict.MET


def _ethiopian(**changes: Any) -> rl.Claim:
    """An Ethiopian political opponent in Kenya fearing detention by the state for his opinion (a
    persecution, but no torture or other ill-treatment), recognised as a refugee, who has also
    acquired Tanzanian nationality and enjoys Tanzania's protection (the return review's F2)."""
    harm = rl.Harm(
        "detention for political opposition", "ETH", severity="threat_to_life_or_freedom",
        likelihood=0.6, actor="state", reasons={"political_opinion"}, torture=False,
        irreparable=False, risk_to_life=False, death_penalty=False,
        flagrant_denial_of_justice=False,
    )  # fmt: skip
    claim = rl.Claim(
        rl.Person("x", nationalities={"ETH", "TZA"}, location="KEN"),
        fears=[harm],
        protection={"ETH": "unavailable", "TZA": "available"},
        recognised=True,
    )
    return attrs.evolve(claim, **changes)


@pytest.mark.parametrize("customary", [False, True], ids=["treaty only", "with custom"])
@pytest.mark.parametrize(
    ("clause", "article"), [("1C(3)", "I(4)(c)"), ("1C(1)", "I(4)(a)")], ids=["new", "re-availed"]
)
def test_article_ii3_does_not_protect_a_person_to_whom_article_i4_says_it_ceases_to_apply(
    clause: str, article: str, customary: bool
) -> None:
    """Art. I(4): "This Convention shall cease to apply to any refugee if: ... (c) he has acquired
    a new nationality, and enjoys the protection of the country of his new nationality" (the
    held text; (a): re-availment), and art. II(3) is a provision of the Convention: a refugee whose
    status has ceased under Art 1C(3) (or 1C(1)), applied as its counterpart (CLAUSES_READING),
    is no longer protected by it (the return review's F2: the bar weighed exclusion, art. I(5),
    but never cessation, and the return was PROHIBITED by art. II(3) alone). The bars that know no
    cessation are still weighed: with torture feared, CAT art. 3(1) bars the return."""
    claim = _ethiopian(cessation={clause})
    doctrine = rl.Doctrine(non_refoulement_customary=customary)
    r = rl.assess_return(claim, by="KEN", to="ETH", on="2010-06-01", doctrine=doctrine)
    assert r.status.outcome is rl.Status.CEASED
    assert r.outcome is rl.ReturnOutcome.PERMITTED  # was PROHIBITED (art. II(3))
    assert r.pending_status_facts() == ()
    assert r.questions() == ()
    applies = r.finding.find("a person the OAU Convention applies to (arts I(4), I(5))")
    assert applies is not None
    assert applies.verdict is rl.Verdict.NOT_MET
    assert [str(c) for c in applies.citations] == [f"OAU Refugee Convention art. {article}"]
    assert f'the Convention "shall cease to apply" to the person under art. {article}' in (
        applies.reason
    )
    assert oau.CLAUSES_READING in r.assumptions()
    assert "shall cease to apply to any refugee" in (
        rl.provision(OAU, "I(4)").wording
    )  # the words quoted are held
    assert claim.fears is not None
    tortured = attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], torture=True)])
    r = rl.assess_return(tortured, by="KEN", to="ETH", on="2010-06-01", doctrine=doctrine)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert "CAT art. 3(1)" in r.breached_provisions
    assert "OAU Refugee Convention art. II(3)" not in r.breached_provisions


def test_article_ii3_rests_on_an_exclusion_raised_under_article_i5_and_asks_it() -> None:
    """Art. I(5) (its text not held; Art 1F(b) as the counterpart of I(5)(b)): a Somali who fled
    the fighting is not a refugee under Art 1A(2), so art. 33(1) does not protect him, but art.
    II(3) does, whatever his status, while the exclusion raised is undecided; that protection
    lasts only until it is decided (the return review's F1: nothing was asked, and the exclusion,
    once recorded, turned PROHIBITED into PERMITTED). The return says so, names and asks the fact,
    and each answer leads where the return assessed with it leads."""
    from refugeelaw.questions import answered

    claim = _somali(exclusion_pending={"1F(b)"})
    r = rl.assess_return(claim, by="KEN", to="SOM", on=ON)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.breached_provisions == ("OAU Refugee Convention art. II(3)",)
    assert r.status.outcome is rl.Status.NOT_REFUGEE  # under the 1951 definition
    assert r.pending_status_facts() == ("exclusion_pending['1F(b)']",)
    assert r.finding.reason.endswith(
        ", but only while the exclusion (art. I(5)) raised against the person under the OAU "
        "Convention is undecided, which waits on exclusion_pending['1F(b)']"
    )
    assert "refugee status is pending" not in r.finding.reason  # he is not a 1951 refugee
    note = r.finding.find("refugee status pending determination")
    assert note is not None
    assert note.citations == (rl.Citation(OAU, "I(5)"),)
    assert "art. II(3) protects the person, refugee or not, until it is found" in note.reason
    asked = r.questions()
    assert [q.path for q in asked] == ["exclusion_pending['1F(b)']"]
    outcomes = {a.value: a.outcome for a in asked[0].answers}
    assert outcomes == {True: rl.ReturnOutcome.PERMITTED, False: rl.ReturnOutcome.PROHIBITED}
    for value, outcome in outcomes.items():
        filled = answered(claim, asked[0].path, value)
        assert rl.assess_return(filled, by="KEN", to="SOM", on=ON).outcome is outcome


def test_article_ii3_rests_on_every_clause_raised_under_articles_i4_and_i5() -> None:
    """Arts I(4) and I(5) both raised and undecided (Art 1F(b) and Art 1C(1) pending, for a
    Somali recognised under art. I(2), Somalia's protection not stated, which the clause raised
    says he re-availed himself of): art. II(3)'s bar rests on both, and both are asked, each
    answer that ends the Convention's application permitting the return. One found ends it
    whatever the other decides: with Art 1C(1) found, the return is permitted and nothing is
    asked, whichever clause the status will say applies first (every completion permits it).
    (Art 1C(2), raised here before, can no longer end the status of a person who meets art. I(2)
    again, as he does: status review s36 F3.)"""
    both = _somali(recognised=True, exclusion_pending={"1F(b)"}, cessation_pending={"1C(1)"},
                   protection={})  # fmt: skip
    r = rl.assess_return(both, by="KEN", to="SOM", on=ON)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    # Somalia's protection, not stated, is asked beside Art 1C(1) raised: lacking it would
    # contradict the clause's terms (art_1c.CONTRADICTED_CLAUSE_READING).
    assert r.pending_status_facts() == (
        "exclusion_pending['1F(b)']",
        "cessation_pending['1C(1)']",
        "protection['SOM']",
    )
    assert "the exclusion (art. I(5)) and the cessation (art. I(4))" in r.finding.reason
    assert {a.outcome for q in r.questions() for a in q.answers} == {
        rl.ReturnOutcome.PERMITTED,
        rl.ReturnOutcome.PROHIBITED,
    }
    ceased = _somali(recognised=True, exclusion_pending={"1F(b)"}, cessation={"1C(1)"},
                     protection={})  # fmt: skip
    r = rl.assess_return(ceased, by="KEN", to="SOM", on=ON)
    assert r.status.outcome is rl.Status.UNDETERMINED  # which clause comes first is open
    assert r.outcome is rl.ReturnOutcome.PERMITTED
    assert r.pending_status_facts() == ()
    assert r.missing_facts() == ()
    for excluded in (True, False):
        answered_claim = attrs.evolve(
            ceased,
            exclusion_pending=frozenset(),
            exclusion={"1F(b)"} if excluded else frozenset(),
        )
        again = rl.assess_return(answered_claim, by="KEN", to="SOM", on=ON)
        assert again.outcome is rl.ReturnOutcome.PERMITTED


def test_article_ii3_weighs_cessation_as_the_status_under_the_oau_convention_does() -> None:
    """Art 1C(5) read as art. I(4)(e) (CLAUSES_READING) for a status under art. I(2) weighs the
    threat from the events of art. I(2), as the status Kenya determines does (law.oau.
    events_persist; Abdulla): a Somali recognised under it, whose threat from the fighting
    persists, has not ceased to be one, so art. II(3) protects him whatever the 1951 status
    says, and nothing is pending. The bar reads the same Art 1C finding as that status (one
    rule), not the 1951 determination's, which knows no events."""
    claim = _somali(recognised=True, cessation={"1C(5)"})
    assert rl.assess_status(claim, state="KEN", on=ON).outcome is rl.Status.REFUGEE
    r = rl.assess_return(claim, by="KEN", to="SOM", on=ON)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.breached_provisions == ("OAU Refugee Convention art. II(3)",)
    assert r.pending_status_facts() == ()
    applies = r.finding.find("a person the OAU Convention applies to (arts I(4), I(5))")
    assert applies is not None
    assert applies.verdict is rl.Verdict.MET
    ceased = applies.find("Art 1C: cessation")
    assert ceased is not None
    assert ceased.verdict is rl.Verdict.NOT_MET
    assert rl.Citation(OAU, "I(4)(e)") in ceased.citations
    assert "a serious threat from the events of art. I(2)" in ceased.reason


def test_the_same_return_before_kenya_was_bound_is_permitted() -> None:
    r = rl.assess_return(_somali(at_frontier=True), by="KEN", to="SOM", on="1990-01-01")
    assert r.outcome is rl.ReturnOutcome.PERMITTED
    assert r.finding.find("OAU Convention art. II(3) bar") is None


def test_article_ii3_looks_forward_generalised_violence_on_return_bars_it_whatever_the_flight() -> (
    None
):
    """Art. II(3) asks what would threaten the person on return "for the reasons set out in"
    art. I(2), not why they left: a likely threat to life from the fighting (generalised
    violence, events seriously disturbing public order) bars return though the person left for
    none of the I(2) events."""
    r = rl.assess_return(
        _somali(at_frontier=True, flight_causes=frozenset()), by="KEN", to="SOM", on=ON
    )
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in r.breaches] == ["OAU Refugee Convention art. II(3)"]


def test_a_personal_threat_from_none_of_the_events_is_not_covered_by_article_ii3() -> None:
    """A serious, likely threat for a personal motive, from a person who fled none of the I(2)
    events, is not a threat "for the reasons" of art. I(2) (nor of art. I(1))."""
    somali = _somali(at_frontier=True, flight_causes=frozenset())
    assert somali.fears is not None
    personal = attrs.evolve(somali.fears[0], reasons={rl.Motive.PERSONAL})
    r = rl.assess_return(attrs.evolve(somali, fears=[personal]), by="KEN", to="SOM", on=ON)
    assert r.outcome is rl.ReturnOutcome.PERMITTED


def test_whether_the_events_threaten_is_open_while_the_flight_is_unknown() -> None:
    """Where the harm's reasons are not known, the events that compelled the flight decide it;
    not known, the return is undetermined and names the fact."""
    somali = _somali(at_frontier=True, flight_causes=None)
    assert somali.fears is not None
    unexplained = attrs.evolve(somali.fears[0], reasons=frozenset())
    r = rl.assess_return(attrs.evolve(somali, fears=[unexplained]), by="KEN", to="SOM", on=ON)
    assert r.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "flight_causes" in r.missing_facts()


def test_a_threat_for_other_reasons_is_not_one_from_the_events_the_person_fled() -> None:
    """Art. II(3) covers a threat "for the reasons" of art. I(2): a person who fled events
    seriously disturbing public order, but fears on return only a private feud, faces no threat
    from those events (nor persecution under art. I(1))."""
    somali = _somali(
        at_frontier=True, flight_causes=frozenset({rl.FlightCause.SERIOUS_PUBLIC_DISORDER})
    )
    assert somali.fears is not None
    personal = attrs.evolve(somali.fears[0], reasons={rl.Motive.PERSONAL})
    r = rl.assess_return(attrs.evolve(somali, fears=[personal]), by="KEN", to="SOM", on=ON)
    assert r.outcome is rl.ReturnOutcome.PERMITTED
    ii_3 = (rl.Citation("oau-refugee-convention-1969", "II(3)"),)
    oau = next(f for _, f in r.finding.walk() if f.element == "fears[0]" and f.citations == ii_3)
    assert oau.verdict is rl.Verdict.NOT_MET
    assert oau.reason == "the harm is feared for reasons other than the events of art. I(2)"


# -- where the events took place: "in either part or the whole of his country of origin or
# nationality" (art. I(2)) -------------------------------------------------------------------------

LIBYA_2011 = "2011-04-01"


def _chadian(**changes: Any) -> rl.Claim:
    """A Chadian migrant worker who lived in Libya and fled the fighting there in 2011 to Niger
    (bound by the OAU Convention since 1974): the only harm he fears is the fighting in Libya."""
    fighting = rl.Harm(
        "being killed in the fighting in Tripoli",
        "LBY",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.5,
        actor=rl.Actor.NON_STATE,
        reasons={rl.Motive.GENERALISED_VIOLENCE},
    )
    claim = rl.Claim(
        rl.Person("Chadian migrant worker who lived in Libya", {"TCD"}, location="NER"),
        fears=[fighting],
        flight_causes={rl.FlightCause.SERIOUS_PUBLIC_DISORDER},
        flight_events_in={"LBY"},
    )
    return attrs.evolve(claim, **changes)


def test_a_chadian_who_fled_the_fighting_in_libya_is_not_a_refugee_in_niger_article_i2() -> None:
    """OAU Convention art. I(2) covers a person compelled to leave by events seriously disturbing
    public order "in either part or the whole of his country of origin or nationality". A
    Chadian national who fled the fighting in Libya, where he worked, meets neither definition:
    not Art 1A(2), whose fear must be of persecution in the country of nationality (T. Wood,
    "Legal protection frameworks", Forced Migration Review 39 (2012), on the third-country
    nationals in North Africa), nor art. I(2), the events being outside Chad. It was REFUGEE
    under art. I(2), nothing missing, no reading named (status review s33 F1)."""
    d = rl.assess_status(_chadian(), on=LIBYA_2011, state="NER")
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert d.definition is None
    assert d.missing_facts() == ()
    assert d.inclusion.verdict is rl.Verdict.NOT_MET
    place = d.finding.find(
        "the events in part or the whole of the country of origin or nationality"
    )
    assert place is not None
    assert place.verdict is rl.Verdict.NOT_MET
    assert place.citations == (rl.Citation(OAU, "I(2)"),)
    assert "took place in Libya, not in Chad" in place.reason
    wider = d.finding.find("OAU Convention art. I(2)")
    assert wider is not None
    assert wider.verdict is rl.Verdict.NOT_MET
    # The narrow reading of "country of origin" decides, so it is named.
    assert oau.ORIGIN_READING in d.assumptions()
    # The outcome alone, by the same rules.
    assert rl.status_outcomes([_chadian()], on=LIBYA_2011, state="NER") == [rl.Status.NOT_REFUGEE]


def test_an_ethiopian_who_fled_the_disorder_in_tigray_is_a_refugee_in_sudan_article_i2() -> None:
    """OAU Convention art. I(2), "either part or the whole of his country of origin or
    nationality": an Ethiopian national compelled in 2021 to leave by events seriously
    disturbing public order in Tigray, a part of Ethiopia, is a refugee in Sudan (bound since
    1975) under the wider definition, with no individual fear asked; no reading of "country of
    origin" decides."""
    claim = rl.Claim(
        rl.Person("Ethiopian from Tigray", {"ETH"}, location="SDN"),
        fears=[],
        flight_causes={rl.FlightCause.SERIOUS_PUBLIC_DISORDER},
        flight_events_in={"ETH"},
    )
    d = rl.assess_status(claim, on="2021-06-01", state="SDN")
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(2)"
    place = d.finding.find(
        "the events in part or the whole of the country of origin or nationality"
    )
    assert place is not None
    assert place.verdict is rl.Verdict.MET
    assert place.reason.startswith(
        "the events that compelled the person to leave took place in Ethiopia, their country of "
        "nationality; "
    )
    assert oau.ORIGIN_READING not in d.assumptions()
    # Whether another part of Ethiopia was safe is not found: art. I(2) is read not to ask it,
    # a debated reading that then decides (review s39 st39 F1).
    assert oau.RELOCATION_READING in d.assumptions()


def test_where_the_events_took_place_not_known_leaves_article_i2_open_and_asks_it() -> None:
    """OAU Convention art. I(2): a person compelled to leave by events seriously disturbing
    public order, where is not stated, is UNDETERMINED (it was REFUGEE): the place decides, and
    it is asked, each answer with its outcome (in Chad, his country of nationality: a refugee;
    in Libya: not)."""
    claim = _chadian(flight_events_in=None)
    d = rl.assess_status(claim, on=LIBYA_2011, state="NER")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("flight_events_in",)
    assert oau.ORIGIN_READING not in d.assumptions()
    (q,) = d.questions()
    assert q.path == "flight_events_in"
    assert q.kind is rl.QuestionKind.FACT
    assert q.decisive
    assert "did the events that compelled the person to leave" in q.text
    assert rl.Citation(OAU, "I(2)") in q.citations
    outcomes = {a.label: a.outcome for a in q.answers}
    assert outcomes["in Chad"] is rl.Status.REFUGEE
    assert outcomes["in Libya"] is rl.Status.NOT_REFUGEE
    assert rl.status_outcomes([claim], on=LIBYA_2011, state="NER") == [rl.Status.UNDETERMINED]


def test_events_in_several_countries_one_of_them_the_persons_meet_article_i2() -> None:
    """OAU Convention art. I(2), "either part or the whole": events that disturbed public order
    in Libya and in the person's own Chad meet it (the events in Chad suffice)."""
    d = rl.assess_status(_chadian(flight_events_in={"LBY", "TCD"}), on=LIBYA_2011, state="NER")
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(2)"


def test_a_stateless_persons_country_of_origin_is_that_of_former_habitual_residence() -> None:
    """OAU Convention art. I(2) for a stateless person: the "country of origin" is read as the
    country of former habitual residence (law.oau.ORIGIN_READING), the country art. I(1) and
    Refugee Convention art. 1A(2) speak of. A stateless person who lived in Côte d'Ivoire and
    fled events seriously disturbing public order there is a refugee in Liberia (bound since
    1974); one who lived there but fled events in Mali is not, and the reading is named; where
    the former home is not known, it is asked."""
    person = rl.Person("stateless", set(), habitual_residence="CIV", location="LBR")
    claim = rl.Claim(
        person,
        fears=[],
        flight_causes={rl.FlightCause.SERIOUS_PUBLIC_DISORDER},
        flight_events_in={"CIV"},
    )
    home = rl.assess_status(claim, on=LIBYA_2011, state="LBR")
    assert home.outcome is rl.Status.REFUGEE
    assert home.definition == "OAU Refugee Convention art. I(2)"
    place = home.finding.find(
        "the events in part or the whole of the country of origin or nationality"
    )
    assert place is not None
    # (then that no internal flight alternative is asked: review s39 st39 F1)
    assert place.reason.split("; ")[0].endswith("their country of former habitual residence")
    elsewhere = rl.assess_status(
        attrs.evolve(claim, flight_events_in={"MLI"}), on=LIBYA_2011, state="LBR"
    )
    assert elsewhere.outcome is rl.Status.NOT_REFUGEE
    assert oau.ORIGIN_READING in elsewhere.assumptions()
    unknown_home = attrs.evolve(claim, person=attrs.evolve(person, habitual_residence=None))
    found = oau.events_in_own_country(unknown_home, rl.dates.parse_date(LIBYA_2011), rl.Doctrine())
    assert found.verdict is rl.Verdict.UNKNOWN
    assert found.missing == ("person.habitual_residence",)


def test_events_in_a_territory_its_state_holds_are_in_that_state_hong_kong_after_1997() -> None:
    """OAU Convention art. I(2), "either part or the whole of his country": events in Hong Kong
    after 1 July 1997 are in China (law.territory.within_countries), before it they were not;
    where the nationality is not known, whether the place is the person's is not known."""
    claim = rl.Claim(
        rl.Person("Chinese national", {"CHN"}, location="KEN"),
        flight_causes={rl.FlightCause.SERIOUS_PUBLIC_DISORDER},
        flight_events_in={"HKG"},
    )
    after = oau.events_in_own_country(claim, dt.date(2020, 1, 1), rl.Doctrine())
    assert after.verdict is rl.Verdict.MET
    assert "part of China" in after.reason
    before = oau.events_in_own_country(claim, dt.date(1995, 1, 1), rl.Doctrine())
    assert before.verdict is rl.Verdict.NOT_MET
    unknown = attrs.evolve(claim, person=rl.Person("?", None, location="KEN"))
    found = oau.events_in_own_country(unknown, dt.date(2020, 1, 1), rl.Doctrine())
    assert found.verdict is rl.Verdict.UNKNOWN
    assert found.missing == ("person.nationalities",)


def test_events_in_taiwan_for_a_national_of_china_turn_on_the_taiwan_position() -> None:
    """Whether events in Taiwan are in China is Doctrine.taiwan_outside_china (GA res. 2758
    (XXVI)): unknown, and asked, where it takes no position; met where Taiwan is read as part of
    China, not met where it is read apart (both positions named)."""
    claim = rl.Claim(
        rl.Person("Chinese national", {"CHN"}, location="KEN"),
        flight_causes={rl.FlightCause.SERIOUS_PUBLIC_DISORDER},
        flight_events_in={"TWN"},
    )
    on = dt.date(2020, 1, 1)
    open_ = oau.events_in_own_country(claim, on, rl.Doctrine())
    assert open_.verdict is rl.Verdict.UNKNOWN
    assert open_.missing == ("doctrine.taiwan_outside_china",)
    part = rl.Doctrine(taiwan_outside_china=False)
    within = oau.events_in_own_country(claim, on, part)
    assert within.verdict is rl.Verdict.MET
    assert part.position("taiwan_outside_china") in within.assumptions
    apart = rl.Doctrine(taiwan_outside_china=True)
    outside = oau.events_in_own_country(claim, on, apart)
    assert outside.verdict is rl.Verdict.NOT_MET
    assert apart.position("taiwan_outside_china") in outside.assumptions


def test_where_the_events_took_place_is_not_asked_of_a_person_no_event_compelled() -> None:
    """Where no event of art. I(2) compelled the flight (known), art. I(2) fails on that, and
    where those events took place is neither shown nor asked."""
    d = rl.assess_status(
        _chadian(flight_causes=frozenset(), flight_events_in=None), on=LIBYA_2011, state="NER"
    )
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert (
        d.finding.find("the events in part or the whole of the country of origin or nationality")
        is None
    )
    assert "flight_events_in" not in d.missing_facts()


def test_the_reading_of_country_of_origin_is_not_named_where_another_element_already_fails() -> (
    None
):
    """law.oau.ORIGIN_READING decides nothing for a person still in Chad (not outside the
    country of nationality: art. I(2) fails on that), so it is not named there."""
    claim = _chadian(person=rl.Person("Chadian", {"TCD"}, location="TCD"))
    d = rl.assess_status(claim, on=LIBYA_2011, state="TCD")
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert oau.ORIGIN_READING not in d.assumptions()


def test_the_events_fled_stand_for_the_threat_on_return_only_where_they_took_place() -> None:
    """OAU art. II(3) as the library reads it (law.oau.FLED_EVENTS_READING): where the reasons for
    a harm are not known, the events that compelled the flight stand for the threat only in the
    country where they took place. The Chadian who fled the fighting in Libya, returned by Niger
    to Libya, harm there for reasons not stated: the bar holds on the reading. Returned to Chad,
    where he fears being killed for reasons not stated: the events in Libya do not stand for a
    threat in Chad (the return was PROHIBITED on the reading); whether the harm is from events
    of art. I(2) is asked of its reasons. Where the events took place is not known: asked."""
    unexplained = rl.Harm(
        "being killed", "LBY", severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM, likelihood=0.5,
        torture=False, irreparable=False, risk_to_life=False, death_penalty=False,
    )  # fmt: skip
    libya = rl.assess_return(_chadian(fears=[unexplained]), by="NER", to="LBY", on=LIBYA_2011)
    assert "OAU Refugee Convention art. II(3)" in libya.breached_provisions
    assert oau.FLED_EVENTS_READING in libya.assumptions()
    in_chad = attrs.evolve(unexplained, country="TCD")
    chad = rl.assess_return(_chadian(fears=[in_chad]), by="NER", to="TCD", on=LIBYA_2011)
    assert "OAU Refugee Convention art. II(3)" not in chad.breached_provisions
    assert chad.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "fears[0].reasons" in chad.missing_facts()
    assert "flight_causes" not in chad.missing_facts()
    assert oau.FLED_EVENTS_READING not in chad.assumptions()
    where = rl.assess_return(
        _chadian(fears=[unexplained], flight_events_in=None), by="NER", to="LBY", on=LIBYA_2011
    )
    assert where.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "flight_events_in" in where.missing_facts()
    asked = {q.path: q for q in where.questions()}["flight_events_in"]
    assert {a.label: a.outcome for a in asked.answers}["in Libya"] is rl.ReturnOutcome.PROHIBITED


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([], "flight_events_in: an empty set names no place"),
        (["XXX"], "flight_events_in['XXX']: unknown ISO 3166-1 alpha-3"),
        ("LBY", "flight_events_in: expected a set of country codes"),
    ],
)
def test_a_bad_place_of_the_events_is_refused_naming_the_field(value: Any, message: str) -> None:
    with pytest.raises(rl.InvalidInput, match=re.escape(message)):
        _chadian(flight_events_in=value)


def test_a_state_gone_by_the_date_is_refused_as_the_place_of_the_events() -> None:
    """A place is one on the date of the assessment (``_arguments.claim_places``): the Soviet
    Union, gone in 1991, names no place in 2011, and the refusal names the field."""
    with pytest.raises(rl.InvalidInput, match=re.escape("claim.flight_events_in")):
        rl.assess_status(_chadian(flight_events_in={"SUN"}), on=LIBYA_2011, state="NER")


def test_where_the_events_took_place_round_trips_through_json_and_old_json_reads_as_unknown() -> (
    None
):
    claim = _chadian()
    raw = json.loads(rl.to_json(claim))
    assert raw["flight_events_in"] == ["LBY"]
    assert rl.from_json(rl.Claim, rl.to_json(claim)) == claim
    del raw["flight_events_in"]
    assert rl.from_dict(rl.Claim, raw).flight_events_in is None
    raw["flight_events_in"] = ["ZZZ"]
    with pytest.raises(rl.InvalidInput, match=re.escape("flight_events_in[0]")):
        rl.from_dict(rl.Claim, raw)
    schema = rl.json_schema(rl.Claim)["properties"]["flight_events_in"]
    (listed,) = [b for b in schema["anyOf"] if b.get("type") == "array"]
    assert listed["minItems"] == 1


# -- JSON -----------------------------------------------------------------------------------------


def test_flight_causes_and_the_definition_relied_on_round_trip_through_json() -> None:
    claim = _somali()
    assert rl.from_json(rl.Claim, rl.to_json(claim)) == claim
    d = rl.assess_status(claim, state="KEN", on=ON)
    back = rl.from_json(rl.StatusDetermination, rl.to_json(d))
    assert back.definition == "OAU Refugee Convention art. I(2)"
    assert back == d


def test_json_of_the_previous_version_without_the_new_fields_still_reads() -> None:
    raw = json.loads(rl.to_json(_somali()))
    del raw["flight_causes"]
    assert rl.from_dict(rl.Claim, raw).flight_causes is None
    d = json.loads(rl.to_json(rl.assess_status(_somali("CHN"), state="CHN", on=ON)))
    del d["definition"]
    assert rl.from_dict(rl.StatusDetermination, d).definition is None


def test_a_provision_whose_text_is_not_held_round_trips_and_the_schema_says_so() -> None:
    unit = rl.provision(OAU, "II(3)")
    assert rl.from_json(rl.Provision, rl.to_json(unit)) == unit
    bad = json.loads(rl.to_json(unit))
    bad["status"] = "verified"
    with pytest.raises(rl.InvalidInput, match="not_found"):
        rl.from_dict(rl.Provision, bad)


def test_article_33_asks_for_a_1951_refugee_while_article_ii3_protects_any_person() -> None:
    """Refugee Convention art. 33(1) protects the Convention's refugees: the Somali, a refugee in
    Kenya only under OAU art. I(2), is not one for it; art. II(3) protects him all the same."""
    r = rl.assess_return(_somali(at_frontier=True), by="KEN", to="SOM", on=ON)
    assert r.status.outcome is rl.Status.NOT_REFUGEE
    assert r.status.definition is None
    art_33 = r.finding.find("Refugee Convention art. 33(1) bar")
    assert art_33 is not None
    assert art_33.verdict is rl.Verdict.NOT_MET
    assert [str(o.citation) for o in r.breaches] == ["OAU Refugee Convention art. II(3)"]


def test_protection_against_a_private_persecutor_fails_art_1a2_but_leaves_the_oau_definition_open() -> (
    None
):
    """Art 1A(2) (Handbook paras 65, 97-100): a person whose country protects against the private
    persecutor is not a refugee under it; a persecuting state protects no one. In a state bound by
    the OAU Convention the status may still rest on art. I(2), open while the causes of flight
    are unknown: the answer is undetermined, not a confident no."""
    harm = rl.Harm(
        "imprisonment for political opinion",
        "AFG",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.5,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
    )
    stateless = rl.Claim(rl.Person("P", habitual_residence="AFG", location="PRK"), fears=[harm])
    by_the_state = rl.assess_status(
        attrs.evolve(stateless, protection={"AFG": rl.Protection.AVAILABLE}),
        on="2004-06-30",
        state="KEN",
    )
    private = attrs.evolve(
        harm,
        description="imprisonment by a militia for political opinion",
        actor=rl.Actor.NON_STATE,
    )
    protected = rl.assess_status(
        attrs.evolve(stateless, fears=[private], protection={"AFG": rl.Protection.AVAILABLE}),
        on="2004-06-30",
        state="KEN",
    )
    assert by_the_state.outcome is rl.Status.REFUGEE
    assert protected.outcome is rl.Status.UNDETERMINED
    assert protected.inclusion.verdict is rl.Verdict.NOT_MET
    assert "flight_causes" in protected.missing_facts()


def test_article_ii3_reaches_a_person_at_the_frontier_wherever_they_stand() -> None:
    """OAU Convention art. II(3), as the library reads it, reaches a person at the frontier by
    rejection whether still in their own country or having left it, so where they stand is not
    asked (it is for Refugee Convention art. 33(1), which does not reach one who has not left)."""
    claim = _somali(at_frontier=True)
    claim = attrs.evolve(claim, person=attrs.evolve(claim.person, location=None))
    r = rl.assess_return(claim, by="KEN", to="SOM", on=ON)
    bar = r.finding.find("OAU Convention art. II(3) bar")
    assert bar is not None
    reach = bar.find("within the reach of Kenya")
    assert reach is not None
    assert reach.verdict is rl.Verdict.MET
    assert "person.location" not in reach.missing
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in r.breaches] == ["OAU Refugee Convention art. II(3)"]


@pytest.mark.parametrize(
    ("state", "on"),
    [("SUN", "1980-01-01"), ("CSK", "1980-01-01"), ("DDR", "1980-01-01"), ("YUG", "1980-01-01"),
     ("SCG", "2010-01-01")],  # Serbia and Montenegro: a name taken in 2003, its records 'SRB''s
)  # fmt: skip
def test_a_former_state_never_an_oau_member_is_never_bound_article_x(state: str, on: str) -> None:
    """Art. X: only OAU member States may become parties. The AU's list of today's members says
    nothing of former states; these are shown never to have been members (OAU Charter art. I(2):
    the continental African States, Madagascar and the islands surrounding Africa), so they are
    not bound, with the reason in words and art. X cited, rather than unknown."""
    found = rl.party_status(state, OAU, on=on)
    assert found.verdict is rl.Verdict.NOT_MET
    assert "a former state, is not listed, and it was never a member" in found.reason
    assert "OAU Charter art. I(2)" in found.reason
    assert "Charter of the Organization of African Unity" in found.reason
    assert [str(c) for c in found.citations] == ["OAU Refugee Convention art. X"]
    assert rl.is_party(state, OAU, on=on) is False


def test_a_former_state_not_shown_never_to_have_been_a_member_stays_unknown() -> None:
    """South Yemen (a State until the union of 22 May 1990: its statehood record) is not shown a
    member of the OAU or not: a list of today's members cannot say, so the answer stays
    unknown."""
    found = rl.party_status("YMD", OAU, on="1980-01-01")
    assert found.verdict is rl.Verdict.UNKNOWN
    with pytest.raises(rl.BeyondData):
        rl.is_party("YMD", OAU, on="1980-01-01")


@pytest.mark.parametrize(("old", "new"), [("ZAR", "COD"), ("DHY", "BEN")])
def test_a_state_under_a_former_name_is_refused_naming_its_code(old: str, new: str) -> None:
    """ISO 3166-3 records Zaire's and Dahomey's names changed to the Democratic Republic of the
    Congo's and Benin's; the data records those States' treaty participation under their current
    codes only, so the old code, which no statehood record dates, is refused on every date,
    naming the current one (review of the treaty data, F2): answered unknown under the old code
    while the current one answered from its records, one State would have two answers."""
    with pytest.raises(rl.InvalidInput, match=f"give the code of the State meant \\('{new}'"):
        rl.party_status(old, OAU, on="1980-01-01")


def test_article_i1_weighs_the_best_former_home_without_the_limits_handbook_104() -> None:
    """UNHCR Handbook para. 104: one of a stateless person's former homes suffices. Art. I(1) has
    no dateline, so the home it weighs is the best once the 1951 limits are left aside, whichever
    is listed first (with the limits every home fails, and the first would be kept)."""
    fear = rl.Harm(
        "imprisonment", "RWA", severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM, likelihood=0.8,
        actor=rl.Actor.STATE, reasons={rl.Ground.POLITICAL_OPINION},
    )  # fmt: skip
    for first, other in (("BDI", "RWA"), ("RWA", "BDI")):
        person = rl.Person(
            "stateless", frozenset(), habitual_residence=first,
            other_habitual_residences={other}, location="COD",
        )  # fmt: skip
        claim = rl.Claim(
            person, [fear], events_before_1951=False, events_in_europe=False,
            flight_causes=frozenset(),
        )  # fmt: skip
        d = rl.assess_status(claim, state="COD", on="1974-07-01")
        assert d.outcome is rl.Status.REFUGEE, first
        assert d.definition == "OAU Refugee Convention art. I(1)"
        assert rl.status_outcomes([claim], state="COD", on="1974-07-01") == [rl.Status.REFUGEE]


def test_a_clause_that_may_be_set_aside_leaves_the_order_of_the_clauses_open() -> None:
    """Arts 1D, 1E and 1F "shall not apply" before Art 1C "shall cease to apply" (the order of
    DISPLACING_CLAUSES). Where the OAU Convention may bind (Madagascar after the data's horizon),
    Art 1E excludes from the 1951 status but may not reach an OAU one, where Art 1C(1) would end
    it instead: EXCLUDED or CEASED, not known which, and so UNDETERMINED, not CEASED. In France
    Art 1E, applied first, excludes."""
    claim = _rwandan(
        "MDG", events_before_1951=True, events_in_europe=True, rights_of_national_in="MDG",
        cessation={rl.Cessation.ART_1C_1},
    )  # fmt: skip
    d = rl.assess_status(claim, state="MDG", on="2020-01-01")
    assert d.outcome is rl.Status.UNDETERMINED
    assert "states['MDG'].oau-refugee-convention-1969" in d.missing_facts()
    assert "Art 1E reaches no status under the OAU Convention" in d.finding.reason
    assert rl.status_outcomes([claim], state="MDG", on="2020-01-01") == [rl.Status.UNDETERMINED]
    france = attrs.evolve(claim, person=attrs.evolve(claim.person, location="FRA"))
    assert rl.assess_status(france, state="FRA", on="2020-01-01").outcome is rl.Status.EXCLUDED


def test_with_no_flight_from_the_events_and_reasons_unknown_article_ii3_waits_on_the_reasons() -> (
    None
):
    """Art. II(3) as the library reads it looks forward: harm from generalised violence on return
    is a threat from the events of art. I(2) whatever made the person leave. With the reasons for
    the harm not known, a person whom no such event compelled to leave may still face one: the
    bar waits on the reasons, and the return is not PERMITTED."""
    harm = rl.Harm("harm", "UGA", torture=False, death_penalty=False)
    claim = rl.Claim(rl.Person("p"), [harm], internal_relocation=True, flight_causes=())
    result = rl.assess_return(claim, by="KEN", to="UGA", on="2010-09-25")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "fears[0].reasons" in result.missing_facts()
    personal = attrs.evolve(claim, fears=[attrs.evolve(harm, reasons={rl.Motive.PERSONAL})])
    assert rl.assess_return(personal, by="KEN", to="UGA", on="2010-09-25").outcome is (
        rl.ReturnOutcome.PERMITTED
    )


@pytest.mark.parametrize(("reading", "outcome"), [("all", "REFUGEE"), ("statutory", "CEASED")])
def test_the_compelling_reasons_proviso_reaches_an_oau_status_only_as_the_doctrine_reads_it(
    reading: Literal["all", "statutory"], outcome: str
) -> None:
    """Art 1C(5)'s proviso (compelling reasons arising out of previous persecution) is applied to
    OAU art. I(4)(e), its counterpart, whose text the library does not hold: a Somali in Kenya
    whose status rests on art. I(2) alone keeps it with compelling reasons where the proviso is
    read to reach every refugee (UNHCR's reading), and loses it where it reaches only statutory
    refugees (the text). The reading is stated among the positions relied on."""
    claim = rl.Claim(
        rl.Person("S", {"SOM"}, location="KEN"), fears=[],
        flight_causes={"serious_public_disorder"}, flight_events_in={"SOM"}, cessation={"1C(5)"}, compelling_reasons=True,
    )  # fmt: skip
    d = rl.assess_status(
        claim, on="2015-01-01", state="KEN", doctrine=rl.Doctrine(compelling_reasons=reading)
    )
    assert d.outcome is rl.Status[outcome]
    assert d.definition == "OAU Refugee Convention art. I(2)"
    assert any("is applied to I(4)(e) as Doctrine compelling_reasons reads it" in a
               for a in d.assumptions())  # fmt: skip


def test_the_events_fled_stand_for_the_threat_on_return_only_as_a_named_reading() -> None:
    """OAU art. II(3) as the library reads it (its text is not held): a Somali who fled serious
    public disorder and fears being killed on return, the reasons for the harm not stated, is
    read as threatened by those events, and the bar holds; the explanation names that reading
    among the positions relied on, since reasons other than the violence (a personal feud) would
    show another cause and lift the bar."""
    claim = _somali()
    unstated = attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], reasons=frozenset())])  # type: ignore[index]
    r = rl.assess_return(unstated, by="KEN", to="SOM", on=ON)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert "OAU Refugee Convention art. II(3)" in r.breached_provisions
    assert oau.FLED_EVENTS_READING in r.assumptions()
    feud = attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], reasons={"personal"})])  # type: ignore[index]
    bar = rl.assess_return(feud, by="KEN", to="SOM", on=ON).finding.find(
        "OAU Convention art. II(3) bar"
    )
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    # Reasons stated (the violence itself): no reading is needed.
    assert (
        oau.FLED_EVENTS_READING
        not in rl.assess_return(claim, by="KEN", to="SOM", on=ON).assumptions()
    )


def test_the_oau_clauses_named_are_those_of_the_1951_clauses_that_apply() -> None:
    """OAU art. I(5) as the counterpart of Art 1F (law.oau.CLAUSES_READING): a Somali whose
    status rests on art. I(2) is excluded under art. I(5)(a), the counterpart of the Art 1F(a)
    found; Art 1F(b) is found too, but for a crime committed after admission, which 1F(b) does not
    reach, so art. I(5)(b) is not named (it was, read from the facts rather than from what Art 1F
    applied)."""
    claim = rl.Claim(
        rl.Person("S", {"SOM"}, location="KEN"), fears=[],
        flight_causes={"serious_public_disorder"}, flight_events_in={"SOM"}, exclusion={"1F(a)", "1F(b)"},
        crime_after_admission=True,
    )  # fmt: skip
    d = rl.assess_status(claim, on="2015-01-01", state="KEN")
    assert d.outcome is rl.Status.EXCLUDED
    clauses = d.finding.find("OAU Convention arts I(4) and I(5) (cessation and exclusion)")
    assert clauses is not None
    assert clauses.citations == (rl.Citation(OAU, "I(5)(a)"),)
    assert clauses.reason.endswith("displaced by OAU Convention art. I(5)(a)")


# -- cessation of a status under art. I(2): Art 1C(5) read as art. I(4)(e) ----------------------


def _ceasing(claim: rl.Claim, state: str = "KEN") -> rl.StatusDetermination:
    """``claim`` with Art 1C(5) found and no compelling reasons invoked."""
    return rl.assess_status(
        attrs.evolve(claim, cessation={"1C(5)"}, compelling_reasons=False), state=state, on=ON
    )


def _clan(claim: rl.Claim) -> rl.Claim:
    """The same facts, the harm feared for race (a Convention reason): Art 1A(2) is met."""
    return attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], reasons={"race"})])  # type: ignore[index]


def test_an_article_i2_status_does_not_cease_under_i4e_while_the_fighting_still_threatens() -> None:
    """OAU art. I(2), I(4)(e) (the library's counterpart of Refugee Convention art. 1C(5),
    law.oau.CLAUSES_READING): a Somali in Kenya whose status rests on art. I(2) (fled serious
    public disorder, still facing a 50% chance of being killed in the fighting, no protection)
    keeps it when Art 1C(5) is put: the circumstances in connexion with which he was recognised
    are the events of art. I(2), and they persist. Cessation mirrors the grant (Abdulla, CJEU
    C-175/08; UNHCR Handbook paras 111-139, 135). Before, the clause was weighed against the
    Art 1A(2) fear alone, which fails at the nexus, and the status "ceased"; the same facts with
    a Convention reason (race) kept it."""
    claim = _somali()
    d = _ceasing(claim)
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(2)"
    c = d.finding.find("Art 1C: cessation")
    assert c is not None
    assert c.verdict is rl.Verdict.NOT_MET
    assert "a serious threat from the events of art. I(2)" in c.reason
    assert rl.Citation(OAU, "I(4)(e)") in c.citations
    assert rl.Citation("cjeu-abdulla-2010", "holding") in c.citations
    events = c.find("a serious threat from the events of art. I(2) persists")
    assert events is not None
    assert events.verdict is rl.Verdict.MET
    # The same facts with a Convention reason: the Art 1A(2) fear persists, as before.
    clan = _ceasing(_clan(claim))
    assert clan.outcome is rl.Status.REFUGEE
    assert clan.definition == "Refugee Convention art. 1A(2)"


def test_an_article_i2_status_ceases_under_i4e_once_the_fighting_no_longer_threatens() -> None:
    """OAU art. I(4)(e) as Art 1C(5)'s counterpart: once the events of art. I(2) no longer
    seriously threaten the person (a 2% chance of harm, below the threshold), the circumstances
    in connexion with which the status was recognised have ceased, and with no compelling reasons
    invoked the status ceases (Abdulla: the conditions of the grant are no longer met)."""
    claim = _somali()
    ended = attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], likelihood=0.02)])  # type: ignore[index]
    d = _ceasing(ended)
    assert d.outcome is rl.Status.CEASED
    assert d.finding.reason == "refugee status has ceased under Art 1C(5)"
    assert d.displaced_by == ("Art 1C",)


def test_a_pending_1c5_asks_nothing_while_the_article_i2_events_still_threaten() -> None:
    """Art 1C(5) raised and not yet decided (OAU art. I(4)(e)): while the events of art. I(2)
    still threaten the person, finding the clause could not end the status, so the status holds
    (REFUGEE under art. I(2)) and no question is asked; it stayed UNDETERMINED, asking whether
    the clause applied, an answer that could not change the outcome."""
    claim = attrs.evolve(_somali(), cessation_pending={"1C(5)"})
    d = rl.assess_status(claim, state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(2)"
    assert d.questions() == ()
    # Once the fighting has ended, the pending clause could end the status: it stays open.
    ended = attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], likelihood=0.02)])  # type: ignore[index]
    open_ = rl.assess_status(ended, state="KEN", on=ON)
    assert open_.outcome is rl.Status.UNDETERMINED
    assert "cessation_pending['1C(5)']" in [q.path for q in open_.questions()]


def test_whether_the_article_i2_events_still_threaten_is_asked_where_it_decides_1c5() -> None:
    """OAU art. I(4)(e): where how likely the harm from the fighting is, or what compelled the
    flight (and so whether the status may rest on art. I(2)), is not known, 1C(5) waits on it, and
    the question put names each answer's outcome."""
    claim = _somali()
    unknown = attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], likelihood=None)])  # type: ignore[index]
    d = _ceasing(unknown)
    assert d.outcome is rl.Status.UNDETERMINED
    [q] = d.questions()
    assert q.path == "fears[0].likelihood"
    assert {a.outcome for a in q.answers} == {rl.Status.CEASED, rl.Status.REFUGEE}
    fled = _ceasing(attrs.evolve(claim, flight_causes=None))
    assert fled.outcome is rl.Status.UNDETERMINED
    assert [q.path for q in fled.questions()] == ["flight_causes"]


def test_a_state_bound_by_the_1951_convention_alone_weighs_1c5_against_the_1a2_fear_only() -> None:
    """Refugee Convention art. 1C(5) before a state the OAU Convention does not bind (the United
    Kingdom): the events of art. I(2) play no part, as before. With the fear for a Convention
    reason persisting the status holds; without one the clause is found."""
    claim = _somali("GBR")
    d = _ceasing(claim, "GBR")
    assert d.outcome is rl.Status.CEASED
    assert d.finding.reason.startswith("refugee status has ceased under Art 1C(5)")
    # Never recognised, and not meeting Art 1A(2) now: the clause found is read as ending a status
    # the person had, and the reading is named.
    assert CEASED_STATUS_READING in d.assumptions()
    c = d.finding.find("Art 1C: cessation")
    assert c is not None
    assert rl.Citation(OAU, "I(4)(e)") not in c.citations
    assert not c.children
    clan = _ceasing(_clan(claim), "GBR")
    assert clan.outcome is rl.Status.REFUGEE
    c = clan.finding.find("Art 1C: cessation")
    assert c is not None
    assert c.reason.startswith("Art 1C(5) needs the circumstances of the fear to have ceased")
    assert rl.Citation(OAU, "I(4)(e)") not in c.citations


def test_filling_in_a_fact_never_turns_a_decided_1c5_outcome_into_another() -> None:
    """Monotonicity of OAU art. I(4)(e) as weighed here: over what compelled the flight, how
    likely the harm is and why it would be inflicted (each known or not), with 1C(5) found or
    pending, an outcome decided with a fact unknown stays the same once the fact is given."""
    base = _somali()
    harm = base.fears[0]  # type: ignore[index]
    causes: list[Any] = [None, frozenset(), {"serious_public_disorder"}]
    likelihoods: list[float | None] = [None, 0.02, 0.5]
    reasons: list[Any] = [frozenset(), {"generalised_violence"}, {"race"}, {"personal"}]

    def claim(cause: Any, likelihood: float | None, why: Any, pending: bool) -> rl.Claim:
        raised: Any = {"1C(5)"}
        return attrs.evolve(
            base,
            flight_causes=cause,
            fears=[attrs.evolve(harm, likelihood=likelihood, reasons=why)],
            compelling_reasons=False,
            cessation=frozenset() if pending else raised,
            cessation_pending=raised if pending else frozenset(),
        )

    def status(c: rl.Claim) -> rl.Status:
        return rl.assess_status(c, state="KEN", on=ON).outcome

    for pending in (False, True):
        for cause in causes:
            for likelihood in likelihoods:
                for why in reasons:
                    known = status(claim(cause, likelihood, why, pending))
                    if known is rl.Status.UNDETERMINED:
                        continue
                    refined = [
                        *([claim(c, likelihood, why, pending) for c in causes[1:]] if cause is None else []),
                        *([claim(cause, x, why, pending) for x in likelihoods[1:]] if likelihood is None else []),
                        *([claim(cause, likelihood, r, pending) for r in reasons[1:]] if not why else []),
                    ]  # fmt: skip
                    for more in refined:
                        assert status(more) is known, (cause, likelihood, why, pending, more)


# -- art. I(3): a person of several nationalities, under art. I(2) (a named reading) -------------


def _dual(*fears: rl.Harm, **protection: str) -> rl.Claim:
    """A Somali who is also Ethiopian, in Kenya, who fled the fighting in Somalia (the repro of
    finding F6): Somalia's protection not stated, Ethiopia's as given."""
    claim = _somali()
    return attrs.evolve(
        claim,
        person=rl.Person("Somali and Ethiopian civilian", {"SOM", "ETH"}, location="KEN"),
        fears=fears or claim.fears,
        protection=protection,
    )


I3 = "lacking the protection of each country of nationality (art. I(3))"


def test_a_dual_national_whom_the_other_country_protects_is_not_a_refugee_under_article_i2() -> (
    None
):
    """OAU Convention art. I(3): "a person shall not be deemed to be lacking the protection of
    the country of which he is a national if, without any valid reason based on well-founded
    fear, he has not availed himself of the protection of one of the countries of which he is a
    national", read to reach art. I(2) (law.oau.SEVERAL_NATIONALITIES_READING, stated). A Somali
    who is also Ethiopian fled the fighting in Somalia and fears nothing in Ethiopia, whose
    protection is available: Art 1A(2) fails on it (UNHCR Handbook paras 106-107) and so, now,
    does art. I(2). Before: REFUGEE under art. I(2), which weighed no other nationality."""
    d = rl.assess_status(_dual(ETH="available"), state="KEN", on=ON)
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert d.definition is None
    regional = d.finding.find("OAU Convention art. I(2)")
    assert regional is not None
    assert regional.verdict is rl.Verdict.NOT_MET
    found = regional.find(I3)
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    assert found.citations == (rl.Citation(OAU, "I(3)"),)
    assert "Ethiopia offers protection" in found.reason
    assert oau.SEVERAL_NATIONALITIES_READING in d.assumptions()
    ethiopia = found.find("lacking the protection of Ethiopia")
    somalia = found.find("lacking the protection of Somalia")
    assert ethiopia is not None
    assert ethiopia.verdict is rl.Verdict.NOT_MET
    # Somalia's protection is not stated, but the fighting there is a valid reason based on fear.
    assert somalia is not None
    assert somalia.verdict is rl.Verdict.MET
    assert "seriously threaten the person in Somalia" in somalia.reason


def test_a_dual_nationals_other_protection_unknown_leaves_article_i2_open_and_asks_it() -> None:
    """Art. I(3), as read for art. I(2): whether Ethiopia would protect the person decides the
    wider definition, so it is not known, never a confident no, and it is asked; each answer's
    outcome is named. Before: REFUGEE under art. I(2)."""
    d = rl.assess_status(_dual(), state="KEN", on=ON)
    assert d.outcome is rl.Status.UNDETERMINED
    regional = d.finding.find("OAU Convention art. I(2)")
    assert regional is not None
    assert regional.verdict is rl.Verdict.UNKNOWN
    assert "protection['ETH']" in d.missing_facts()
    [question] = [q for q in d.questions() if q.path == "protection['ETH']"]
    outcomes = {a.value: a.outcome for a in question.answers}
    assert outcomes["available"] is rl.Status.NOT_REFUGEE
    assert outcomes["unavailable"] is rl.Status.REFUGEE


@pytest.mark.parametrize(
    "other",
    [
        pytest.param({"ETH": "unavailable"}, id="unavailable"),
        pytest.param({"ETH": "refused_for_valid_reason"}, id="refused_for_valid_reason"),
    ],
)
def test_a_dual_national_whose_other_country_does_not_protect_is_a_refugee_under_article_i2(
    other: dict[str, str],
) -> None:
    """Art. I(3): lacking the protection of each country of nationality. Ethiopia's protection
    unavailable, or refused for a valid reason based on well-founded fear (a finding): the
    status rests on art. I(2), and the reading, deciding nothing, is not stated."""
    d = rl.assess_status(_dual(**other), state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(2)"
    found = d.finding.find(I3)
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert oau.SEVERAL_NATIONALITIES_READING not in d.assumptions()


def test_fighting_in_the_other_country_too_is_a_valid_reason_based_on_well_founded_fear() -> None:
    """Art. I(3), "without any valid reason based on well-founded fear": a serious threat from
    the events of art. I(2) in Ethiopia as well (generalised violence there, likely enough) is
    such a reason, whatever protection Ethiopia offers against private persons; the events of
    art. I(2) are weighed as the definition weighs them, without that protection."""
    somalia = _somali().fears[0]  # type: ignore[index]
    ethiopia = attrs.evolve(somalia, description="being killed in the fighting in Ethiopia")
    ethiopia = attrs.evolve(ethiopia, country="ETH")
    d = rl.assess_status(_dual(somalia, ethiopia, ETH="available"), state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(2)"
    found = d.finding.find("lacking the protection of Ethiopia")
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    # The harm in Ethiopia feared for reasons not yet known: the events fled do not stand for
    # the threat there (a reading may not grant what a fact would deny), so the reasons are asked.
    unknown = attrs.evolve(ethiopia, reasons=frozenset())
    open_ = rl.assess_status(_dual(somalia, unknown, ETH="available"), state="KEN", on=ON)
    assert open_.outcome is rl.Status.UNDETERMINED
    assert "fears[1].reasons" in open_.missing_facts()


def test_a_well_founded_fear_of_persecution_by_the_other_state_is_a_valid_reason() -> None:
    """Art. I(3) (as Art 1A(2)'s second paragraph, UNHCR Handbook para. 106): a well-founded fear
    of persecution by the Ethiopian state itself is a valid reason not to avail of the
    protection Ethiopia is found to offer; the rule is the one Art 1A(2) applies
    (law.protection.protection_of), and the status rests on art. I(2)."""
    somalia = _somali().fears[0]  # type: ignore[index]
    persecuted = rl.Harm(
        "imprisonment for political opinion",
        "ETH",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.5,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
    )
    d = rl.assess_status(_dual(somalia, persecuted, ETH="available"), state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(2)"
    found = d.finding.find("lacking the protection of Ethiopia")
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert "the state of Ethiopia itself" in found.reason


def test_a_single_national_is_weighed_under_article_i2_as_before() -> None:
    """Art. I(3) speaks of "a person who has several nationalities": a Somali national alone is
    not asked about any other country, and no art. I(3) finding is shown."""
    d = rl.assess_status(_somali(protection={}), state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(2)"
    assert d.finding.find(I3) is None
    assert oau.SEVERAL_NATIONALITIES_READING not in d.assumptions()
    assert oau.each_nationality(_somali(), d.inclusion.children[1], rl.Doctrine(), d.on) is None


def test_a_dual_nationals_article_i2_status_still_holds_under_i4e_while_the_fighting_persists() -> (
    None
):
    """OAU art. I(4)(e) as Art 1C(5)'s counterpart (law.oau.events_persist): a dual national
    whose status rests on art. I(2) (Ethiopia's protection unavailable) keeps it while the events
    still threaten him, and it ceases once they no longer do. Where Ethiopia protects, the status
    cannot rest on art. I(2), so the clause is weighed as for the Somali before the United
    Kingdom (against the Art 1A(2) fear alone, without art. I(4)(e)), with the same outcome."""
    claim = _dual(ETH="unavailable")
    kept = _ceasing(claim)
    assert kept.outcome is rl.Status.REFUGEE
    assert kept.definition == "OAU Refugee Convention art. I(2)"
    events = kept.finding.find("a serious threat from the events of art. I(2) persists")
    assert events is not None
    assert events.verdict is rl.Verdict.MET
    ended = attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], likelihood=0.02)])  # type: ignore[index]
    assert _ceasing(ended).outcome is rl.Status.CEASED
    protected = _ceasing(_dual(ETH="available"))
    assert protected.outcome is _ceasing(_somali("GBR"), "GBR").outcome is rl.Status.CEASED
    assert protected.definition is None
    c = protected.finding.find("Art 1C: cessation")
    assert c is not None
    assert rl.Citation(OAU, "I(4)(e)") not in c.citations


def test_filling_in_a_fact_never_turns_a_decided_dual_national_outcome_into_another() -> None:
    """Monotonicity of art. I(2) read with art. I(3): over Ethiopia's protection, what would be
    feared in Ethiopia (nothing; the fighting, with reasons and likelihood known or not; the
    Ethiopian state's persecution, its likelihood known or not) and how likely the harm in
    Somalia is, an outcome decided with a fact unknown stays the same once the fact is given."""
    somalia = _somali().fears[0]  # type: ignore[index]
    fighting = attrs.evolve(somalia, description="the fighting in Ethiopia", country="ETH")
    state = rl.Harm(
        "imprisonment for political opinion",
        "ETH",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
    )
    offers: list[str | None] = [None, "available", "unavailable"]
    likelihoods: list[float | None] = [None, 0.02, 0.5]
    reasons: list[Any] = [frozenset(), {"generalised_violence"}, {"personal"}]
    kinds = ["none", "fighting", "state"]

    def claim(
        offer: str | None, kind: str, likely: float | None, why: Any, home: float | None
    ) -> rl.Claim:
        there = {
            "none": (),
            "fighting": (attrs.evolve(fighting, likelihood=likely, reasons=why),),
            "state": (attrs.evolve(state, likelihood=likely),),
        }[kind]
        fears = (attrs.evolve(somalia, likelihood=home), *there)
        return _dual(*fears, **({} if offer is None else {"ETH": offer}))

    def status(c: rl.Claim) -> rl.Status:
        return rl.assess_status(c, state="KEN", on=ON).outcome

    for offer in offers:
        for kind in kinds:
            for likely in likelihoods:
                for why in reasons:
                    for home in likelihoods:
                        known = status(claim(offer, kind, likely, why, home))
                        if known is rl.Status.UNDETERMINED:
                            continue
                        refined = [
                            *([claim(o, kind, likely, why, home) for o in offers[1:]] if offer is None else []),
                            *([claim(offer, kind, x, why, home) for x in likelihoods[1:]] if likely is None else []),
                            *([claim(offer, kind, likely, r, home) for r in reasons[1:]] if not why else []),
                            *([claim(offer, kind, likely, why, x) for x in likelihoods[1:]] if home is None else []),
                        ]  # fmt: skip
                        for more in refined:
                            assert status(more) is known, (offer, kind, likely, why, home, more)


def test_the_several_nationalities_reading_is_not_named_where_another_element_already_fails() -> (
    None
):
    """OAU art. I(2) read with I(3) (SEVERAL_NATIONALITIES_READING): a Somali-Ethiopian in Kenya
    whom no event of art. I(2) compelled to leave fails art. I(2) whatever Ethiopia's protection,
    so the reading on several nationalities decides nothing and is not named (the own-diff
    review)."""
    claim = _somali(
        person=rl.Person("Somali-Ethiopian", {"SOM", "ETH"}, location="KEN"),
        flight_causes=frozenset(),
        protection={"SOM": rl.Protection.UNAVAILABLE},
    )
    result = rl.assess_status(claim, state="KEN", on=ON)
    assert oau.SEVERAL_NATIONALITIES_READING not in result.assumptions()
    wider = result.finding.find("OAU Convention art. I(2)")
    assert wider is not None
    assert wider.verdict is rl.Verdict.NOT_MET


@pytest.mark.parametrize(
    ("raised", "path", "counterpart"),
    [
        ({"exclusion_pending": {"1F(b)"}}, "exclusion_pending['1F(b)']", "I(5)(b)"),
        ({"exclusion_pending": {"1F(c)"}}, "exclusion_pending['1F(c)']", "I(5)(d)"),
        (
            # Art 1C(1) (art. I(4)(a)), Somalia's protection not stated: Art 1C(2) (art.
            # I(4)(b)) cannot end the status of a person who meets art. I(2) again (s36 F3).
            {"cessation_pending": {"1C(1)"}, "protection": {}},
            "cessation_pending['1C(1)']",
            "I(4)(a)",
        ),
    ],
)
def test_a_question_an_oau_protection_waits_on_cites_the_oau_clause_that_decides_it(
    raised: dict[str, Any], path: str, counterpart: str
) -> None:
    """OAU Convention art. II(3), and a status resting on art. I(2), wait on an exclusion
    (art. I(5)) or cessation (art. I(4)) raised and undecided; the library applies the Art 1F and
    Art 1C facts as their counterparts (law.oau.CLAUSES_READING), whose tests may differ (art.
    I(5)(d), the counterpart of Art 1F(c), speaks of the United Nations' purposes and principles).
    The question asked cites the OAU clause as well as the 1951 one (interface review F5): a
    Somali in Kenya, 2010, who fled the fighting."""
    claim = _somali(**raised)
    cited = rl.Citation("oau-refugee-convention-1969", counterpart)
    r = rl.assess_return(claim, by="KEN", to="SOM", on=ON)
    (asked,) = [q for q in r.questions() if q.path == path]
    assert asked.decisive
    assert cited in asked.citations
    status = rl.assess_status(claim, on=ON, state="KEN")
    assert status.definition == "OAU Refugee Convention art. I(2)"
    (asked,) = [q for q in status.questions() if q.path == path]
    assert cited in asked.citations


# OAU Convention art. I(2) and a refugee sur place (status review s35 F4).

COMPELLED = "compelled to leave owing to aggression, occupation, domination or serious disorder"


def _student(**changes: Any) -> rl.Claim:
    """A Somali who went to Kenya to study in 2005, before the fighting he now fears began: no
    event of art. I(2) compelled him to leave, and his fear arose after he left."""
    harm = rl.Harm("being killed in the fighting", "SOM", severity="threat_to_life_or_freedom",
                   likelihood=0.5, actor="non_state", reasons={"generalised_violence"},
                   protection_withheld_for=set(), sur_place=True)  # fmt: skip
    return attrs.evolve(_somali(flight_causes=frozenset()), **{"fears": [harm], **changes})


def test_a_refugee_sur_place_under_article_i2_names_the_strict_reading_of_compelled_to_leave() -> (
    None
):
    """Art. I(2): "is compelled to leave his place of habitual residence". Whether that excludes
    a person already abroad when the events arose is an open question (the Refugee Law Reader,
    III.2.1.1, lists "Does the OAU Convention refugee definition exclude sur-place refugees?"
    among its main debates). The library reads it strictly; the student, with no Convention
    ground, was NOT_REFUGEE silently: the outcome is unchanged, but the finding now says that the
    strict reading decides, and the result names ``law.oau.COMPELLED_READING``."""
    result = rl.assess_status(_student(), state="KEN", on=ON)
    assert result.outcome is rl.Status.NOT_REFUGEE
    assert result.missing_facts() == ()
    assert oau.COMPELLED_READING in result.assumptions()
    compelled = result.finding.find(COMPELLED)
    assert compelled is not None
    assert compelled.verdict is rl.Verdict.NOT_MET
    assert "the fear stated at fears[0] arose after the person left" in compelled.reason
    assert 'the library\'s strict reading of "compelled to leave" decides' in compelled.reason
    assert "fears[0].sur_place" in compelled.facts
    # Fleeing the fighting, he is a refugee under art. I(2), and nothing is read.
    fled = rl.assess_status(
        _student(flight_causes={rl.FlightCause.SERIOUS_PUBLIC_DISORDER}), state="KEN", on=ON
    )
    assert fled.outcome is rl.Status.REFUGEE
    assert oau.COMPELLED_READING not in fled.assumptions()


def test_the_strict_reading_of_compelled_to_leave_is_named_only_where_it_decides() -> None:
    """Art. I(2): the strict reading decides only for a fear that arose after the person left
    (``sur_place``) and may be a serious threat from the events of art. I(2) in the country of
    origin or nationality, where every other element of the definition may be met, and where
    the 1951 definition does not already make the person a refugee (a definition met suffices:
    the OAU finding is then shown for information). Art. II(3), which looks forward whatever made
    the person leave, bars his return without it."""
    assert claim_names(_student()) is True
    assert claim_names(_student(fears=[attrs.evolve(_harm(), sur_place=False)])) is False
    # A sur place fear for a reason other than the events (a prosecution for his opinion): he is
    # a refugee under Art 1A(2), and the OAU definition decides nothing.
    political = attrs.evolve(_harm(), reasons={rl.Ground.POLITICAL_OPINION}, actor=rl.Actor.STATE)
    assert claim_names(_student(fears=[political])) is False
    # Still in Somalia: he is not outside his country, so nothing turns on the reading.
    home = _student(person=rl.Person("Student", {"SOM"}, location="SOM"))
    assert claim_names(home) is False
    ret = rl.assess_return(_student(), by="KEN", to="SOM", on=ON)
    assert ret.outcome is rl.ReturnOutcome.PROHIBITED
    assert "OAU Refugee Convention art. II(3)" in ret.breached_provisions
    assert oau.COMPELLED_READING not in ret.assumptions()


def _harm() -> rl.Harm:
    fears = _student().fears
    assert fears is not None
    return fears[0]


def claim_names(claim: rl.Claim) -> bool:
    """Whether the status of ``claim`` in Kenya names the strict reading of art. I(2)."""
    return oau.COMPELLED_READING in rl.assess_status(claim, state="KEN", on=ON).assumptions()
