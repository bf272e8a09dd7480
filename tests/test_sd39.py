"""Review s39 sd39: the seed articles (Qi 2019, Smith 2022).

F1: a duty to hand back reaches only illegal crossers (the 1986 China–DPRK protocol, art. 4(1)-(2),
in the Chinese text the library holds), and no fact of a claim says how or why the person crossed.
A return's note of the duty is therefore UNKNOWN, not MET, though the duty binds China.
F2: the 1979 arrivals from Viet Nam: their status turns on nationality (Art 1A(2)).
"""

from __future__ import annotations

import attrs

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.law.refoulement import REACH_UNKNOWN
from refugeelaw.sources.duties import catalogue, duty

NOTE_1986 = "conflicting duty: 1986 China–DPRK Border Protocol, return"
ON = "2004-06-30"


def _note(claim: rl.Claim, by: str = "CHN", on: str = ON) -> rl.Finding:
    r = rl.assess_return(claim, by=by, to="PRK", on=on)
    (note,) = [c for c in r.finding.children if c.role == "note" and "1986" in c.element]
    return note


def test_the_1986_protocol_note_is_unknown_for_a_person_who_left_for_food_art_4_1() -> None:
    """1986 China–DPRK protocol art. 4(1): persons who entered "because of disasters of any kind
    or force majeure" are not illegal crossers, and art. 4(2)'s hand-over is of illegal crossers.
    A North Korean who left for food (Handbook paras 62-64) may have crossed because of the
    floods: the note of the duty is UNKNOWN, not MET, and the outcome (PERMITTED) is unchanged.
    Before: MET, as if the duty reached him."""
    r = rl.assess_return(testing.economic_migrant(), by="CHN", to="PRK", on=ON)
    assert r.outcome is rl.ReturnOutcome.PERMITTED
    note = r.finding.find(NOTE_1986)
    assert note is not None
    assert (note.verdict, note.role) == (rl.Verdict.UNKNOWN, "note")
    assert note.reason.startswith("China also owes North Korea a duty to hand over")
    reaches = duty("china-dprk-border-protocol-1986", "return")
    assert reaches is not None
    assert reaches.reaches is not None
    assert REACH_UNKNOWN.format(reaches=reaches.reaches) in note.reason
    assert "disasters of any kind or force majeure" in note.reason
    assert "commit crimes after crossing" in note.reason  # art. 4(2), second sentence


def test_the_1986_protocol_note_is_unknown_for_a_person_turned_back_at_the_fence() -> None:
    """Refugee Convention art. 33(1) ("in any manner whatsoever") bars rejecting the escapee at
    the frontier, and the 1986 protocol's duty is about persons who crossed illegally: whether it
    reaches a person at the fence the claim does not say. PROHIBITED as before; the note UNKNOWN
    (before: MET)."""
    claim = testing.north_korean_escapee(at_frontier=True)
    r = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert _note(claim).verdict is rl.Verdict.UNKNOWN


def test_the_protocol_still_binds_china_in_its_obligations_1986_protocol() -> None:
    """The state-level answer is unchanged: the 1986 China–DPRK protocol binds China from
    30 June 2004 at the latest (obligations_of, explain_obligations); only the return's note,
    which speaks of one person, is unknown."""
    (ob,) = [
        o
        for o in rl.obligations_of("CHN", on=ON)
        if o.instrument == "china-dprk-border-protocol-1986"
    ]
    assert ob.bound is rl.Verdict.MET
    found = rl.explain_obligations("CHN", on=ON).find("1986 China–DPRK Border Protocol, return")
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert "whether it reaches this person" not in found.reason


def test_a_note_beyond_the_data_keeps_both_reasons_1986_protocol_before_2004() -> None:
    """Before 30 June 2004 whether the 1986 protocol bound China is beyond the data (its
    records); the note says so and, as well, that whether the duty reaches the person is not
    known (art. 4(1))."""
    note = _note(testing.north_korean_escapee(), on="2001-06-30")
    assert note.verdict is rl.Verdict.UNKNOWN
    assert note.reason.startswith("China may also owe North Korea")
    assert "is beyond the data" in note.reason
    assert "whether it reaches this person the claim does not say" in note.reason


def test_the_russia_dprk_agreement_note_says_whom_it_reaches() -> None:
    """The Russia–DPRK readmission agreement (signed 2 February 2016) reaches persons who
    "have illegally entered or are illegally staying", as reported of the 2014 draft: the
    note on a return by Russia says whether it reaches the person is not known."""
    claim = testing.north_korean_escapee(
        person=attrs.evolve(testing.north_korean_escapee().person, location="RUS")
    )
    r = rl.assess_return(claim, by="RUS", to="PRK", on="2017-06-30")
    (note,) = [c for c in r.finding.children if c.role == "note" and "Russia" in c.element]
    assert note.verdict is rl.Verdict.UNKNOWN
    assert "illegally entered or are illegally staying" in note.reason.split("reaches only")[1]


def test_every_hand_back_duty_says_whom_it_reaches() -> None:
    """Every duty to hand back in the catalogue (data/duties.json) names the persons it reaches,
    so that no return notes it as reaching a person no fact shows it reaches."""
    handing = [d for d in catalogue() if d.hands_back]
    assert {d.instrument for d in handing} >= {
        "china-dprk-border-protocol-1964",
        "china-dprk-border-protocol-1986",
        "russia-dprk-readmission-agreement-2016",
    }
    assert all(d.reaches for d in handing), [d.instrument for d in handing if not d.reaches]


def test_the_notes_ask_nothing_and_decide_nothing_refugee_convention_art_33() -> None:
    """A note decides no outcome: the escapee's return is PROHIBITED on art. 33(1), CAT art. 3(1)
    and custom, and no question about how he crossed is asked (no fact of a claim records it)."""
    r = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on=ON)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.missing_facts() == ()
    assert not any("china-dprk" in q.path for q in r.questions())


def _from_vietnam(*nationalities: str) -> rl.Claim:
    return testing.north_korean_escapee(
        person=rl.Person(
            "ethnic Chinese from Viet Nam", nationalities=set(nationalities), location="CHN"
        ),
        fears=[
            testing.escapee_harm(
                country="VNM",
                description="expulsion as ethnic Chinese",
                reasons={rl.Ground.RACE},
                prosecution=False,
                sur_place=False,
            )
        ],
        protection={"VNM": rl.Protection.UNAVAILABLE},
    )


def test_a_1979_arrival_from_viet_nam_whom_china_counts_as_its_national_is_not_a_refugee() -> None:
    """Art 1A(2): a person in a country of his nationality is not a refugee. An ethnic Chinese
    arrival from Viet Nam in 1979 (Smith's "returning Chinese"), China bound by neither the
    Convention nor the Protocol (the definition applied without a treaty duty): REFUGEE as a
    Vietnamese national only; NOT REFUGEE if also a Chinese national (review s39 sd39 F2)."""
    only = rl.assess_status(_from_vietnam("VNM"), on="1979-06-01", state="CHN")
    assert only.outcome is rl.Status.REFUGEE
    assert "bound by neither the Convention nor the Protocol" in only.explain()
    both = rl.assess_status(_from_vietnam("VNM", "CHN"), on="1979-06-01", state="CHN")
    assert both.outcome is rl.Status.NOT_REFUGEE
    outside = both.finding.find("outside the country of nationality")
    assert outside is not None
    assert outside.verdict is rl.Verdict.NOT_MET
