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
