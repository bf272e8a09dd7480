"""Review s38 ex38: exclusion, cessation and Arts 1D-1F (findings F1-F4 of the review)."""

from __future__ import annotations

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.law import art_1d

_ENTITLED = "Art 1D, second paragraph: ipso facto entitled"


def _camp(location: str = "HUN") -> rl.Person:
    return rl.Person(
        "Palestinian from a camp in Lebanon",
        nationalities=set(),
        habitual_residence="LBN",
        location=location,
    )


def test_art_1d_second_paragraph_names_its_definitively_settled_condition() -> None:
    """Refugee Convention art. 1D, second paragraph: the ipso facto entitlement arises when the
    assistance has ceased "without the position of such persons being definitively settled in
    accordance with the relevant resolutions adopted by the General Assembly". Before (s38 ex38
    F1) the person forced out of UNRWA's area (CJEU *El Kott*, C-364/11) was entitled with no word
    of that condition; after, the finding states it and the reading the library takes of it is
    named among the positions the REFUGEE outcome relied on."""
    forced = rl.assess_status(rl.Claim(_camp(), unrwa_assistance_ceased=True), on="2013-01-01")
    assert forced.outcome is rl.Status.REFUGEE
    assert forced.definition == "Refugee Convention art. 1D, second paragraph"
    found = forced.finding.find(_ENTITLED)
    assert found is not None and found.verdict is rl.Verdict.MET
    assert "without their position being definitively settled" in found.reason
    assert art_1d.UNSETTLED_POSITION_READING in found.assumptions
    assert art_1d.UNSETTLED_POSITION_READING in forced.assumptions()


def test_art_1d_settled_position_reading_not_named_where_the_assistance_has_not_ceased() -> None:
    """Refugee Convention art. 1D: a person who left UNRWA's area voluntarily (*El Kott*: not
    cessation) is not entitled under the second paragraph whatever the position's settlement, so
    the reading on it is not relied on; nor where no assistance is stated at all."""
    left = rl.assess_status(
        rl.Claim(_camp(), fears=[], unrwa_assistance_ceased=False), on="2013-01-01"
    )
    assert left.outcome is rl.Status.NOT_REFUGEE
    assert art_1d.UNSETTLED_POSITION_READING not in left.finding.all_assumptions()
    never = rl.assess_status(rl.Claim(_camp(), fears=[]), on="2013-01-01")
    assert art_1d.UNSETTLED_POSITION_READING not in never.finding.all_assumptions()


def test_art_1d_settled_position_reading_not_named_where_the_person_is_still_in_the_country() -> None:
    """Refugee Convention art. 1D, second paragraph: a person still in Lebanon is not entitled
    (not outside the country), so the outcome does not rest on the reading."""
    inside = rl.assess_status(
        rl.Claim(_camp("LBN"), fears=[], unrwa_assistance_ceased=True), on="2013-01-01"
    )
    assert inside.outcome is rl.Status.NOT_REFUGEE
    assert art_1d.UNSETTLED_POSITION_READING not in inside.assumptions()
