"""Review s38 (st38): Art 1A(2) inclusion and the OAU Convention's wider definition.

F1: OAU Convention art. I(2) ("events seriously disturbing public order in either part or the
whole of his country of origin or nationality") was found met for a person for whom the
decision-maker found a reasonable internal flight alternative, with no reading named. Whether an
internal flight alternative applies to the wider definition is debated (Refugee Law Reader,
III.2.1.4): the reading the library takes, that it does not, is now named where it decides
(``law.oau.RELOCATION_READING``).
"""

from __future__ import annotations

from typing import Any

import attrs

import refugeelaw as rl
from refugeelaw.law.oau import ORIGIN_READING, RELOCATION_READING

ON = "2010-01-01"
PLACE = "the events in part or the whole of the country of origin or nationality"


def _somali(**changes: Any) -> rl.Claim:
    """A Somali in Kenya who fled the fighting in Somalia, with no Convention ground (Kenya has
    been bound by the OAU Convention since 4 February 1993)."""
    claim = rl.Claim(
        rl.Person("Somali civilian", {"SOM"}, location="KEN"),
        fears=[
            rl.Harm(
                "being killed in the fighting",
                "SOM",
                severity="threat_to_life_or_freedom",
                likelihood=0.5,
                actor="non_state",
                reasons={"generalised_violence"},
                protection_withheld_for=set(),
            )
        ],
        protection={"SOM": "unavailable"},
        internal_relocation=False,
        flight_causes={"serious_public_disorder"},
        flight_events_in={"SOM"},
    )
    return attrs.evolve(claim, **changes)


def test_oau_i2_met_despite_a_reasonable_internal_flight_alternative_names_the_reading() -> None:
    """OAU art. I(2), "in either part or the whole": a reasonable internal flight alternative
    found (which defeats Art 1A(2) for a private persecutor, UNHCR Handbook para. 91) is not
    asked under the wider definition, on a debated reading, now named. Before: REFUGEE on art.
    I(2) with no reading named; after: REFUGEE, RELOCATION_READING named and the place element
    saying so."""
    d = rl.assess_status(_somali(internal_relocation=True), state="KEN", on=ON)
    assert (d.outcome.name, d.definition) == ("REFUGEE", "OAU Refugee Convention art. I(2)")
    assert RELOCATION_READING in d.assumptions()
    place = d.finding.find(PLACE)
    assert place is not None
    assert RELOCATION_READING in place.assumptions
    assert "internal_relocation" in place.facts
    assert "reasonable internal flight alternative" in place.reason


def test_oau_i2_relocation_found_for_the_harm_alone_names_the_reading() -> None:
    """OAU art. I(2): the finding for the harm feared where the events took place
    (``Harm.internal_relocation``) decides as the claim's does."""
    claim = _somali(internal_relocation=None)
    assert claim.fears is not None
    claim = attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], internal_relocation=True)])
    d = rl.assess_status(claim, state="KEN", on=ON)
    assert d.outcome.name == "REFUGEE"
    place = d.finding.find(PLACE)
    assert place is not None
    assert "fears[0].internal_relocation" in place.facts
    assert RELOCATION_READING in d.assumptions()


def test_oau_i2_with_no_internal_flight_alternative_names_no_relocation_reading() -> None:
    """OAU art. I(2): where the decision-maker finds no reasonable alternative, the reading
    decides nothing and is not named (the Somali of docs/two-definitions.md)."""
    d = rl.assess_status(_somali(), state="KEN", on=ON)
    assert d.outcome.name == "REFUGEE"
    assert RELOCATION_READING not in d.assumptions()


def test_oau_i2_relocation_reading_not_named_where_the_events_were_abroad() -> None:
    """OAU art. I(2): events only in Ethiopia, not the person's country, fail the definition;
    an internal flight alternative found in Somalia decides nothing there (ORIGIN_READING does)."""
    d = rl.assess_status(
        _somali(internal_relocation=True, flight_events_in={"ETH"}), state="KEN", on=ON
    )
    assert d.outcome.name == "NOT_REFUGEE"
    assert RELOCATION_READING not in d.assumptions()
    assert ORIGIN_READING in d.assumptions()


def test_oau_i2_relocation_reading_not_named_where_no_event_compelled_the_flight() -> None:
    """OAU art. I(2): no event of art. I(2) compelled the flight, so the definition fails
    whatever the reading of "part or the whole"."""
    d = rl.assess_status(_somali(internal_relocation=True, flight_causes=set()), state="KEN", on=ON)
    assert d.outcome.name == "NOT_REFUGEE"
    assert RELOCATION_READING not in d.assumptions()


def test_cumulative_social_group_test_is_named_as_a_literal_reading_of_the_qd_not_settled() -> None:
    """Art 1A(2), membership of a particular social group: ``Doctrine(social_group="both")``
    was named "(EU QD)", as if the Qualification Directive settled a cumulative test; art.
    10(1)(d) joins its two limbs by "and", but the UK Upper Tribunal in *DH (Particular Social
    Group: Mental Health) Afghanistan* [2020] UKUT 223 (IAC) reads them as alternatives. Before:
    "(EU QD)"; after: the literal reading and DH named. A group society perceives, with no
    protected characteristic, fails the cumulative test and meets the alternative one (no
    outcome changes)."""
    words = rl.Doctrine(social_group="both").position("social_group")
    assert "(EU QD)" not in words
    assert "art. 10(1)(d) read literally" in words
    assert "[2020] UKUT 223 (IAC)" in words
    claim = rl.Claim(
        rl.Person("Applicant", {"AFG"}, location="GBR"),
        fears=[
            rl.Harm(
                "beatings and detention",
                "AFG",
                severity="serious",
                likelihood=0.5,
                actor="state",
                reasons={"particular_social_group"},
                social_group=rl.SocialGroup(
                    "persons perceived as mentally ill",
                    protected_characteristic=False,
                    socially_perceived=True,
                    exists_independently=True,
                ),
            )
        ],
    )
    both = rl.Doctrine(social_group="both")
    either = rl.Doctrine(social_group="either")
    outcomes = rl.compare_doctrines(claim, {"both": both, "either": either}, on=ON).outcomes
    assert outcomes == {"both": rl.Status.NOT_REFUGEE, "either": rl.Status.REFUGEE}
    assert words in rl.assess_status(claim, on=ON, doctrine=both).assumptions()
