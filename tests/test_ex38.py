"""Review s38 ex38: exclusion, cessation and Arts 1D-1F (findings F1-F4 of the review)."""

from __future__ import annotations

import attrs

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
    assert found is not None
    assert found.verdict is rl.Verdict.MET
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


def test_art_1d_settled_position_reading_not_named_where_the_person_is_still_in_the_country() -> (
    None
):
    """Refugee Convention art. 1D, second paragraph: a person still in Lebanon is not entitled
    (not outside the country), so the outcome does not rest on the reading."""
    inside = rl.assess_status(
        rl.Claim(_camp("LBN"), fears=[], unrwa_assistance_ceased=True), on="2013-01-01"
    )
    assert inside.outcome is rl.Status.NOT_REFUGEE
    assert art_1d.UNSETTLED_POSITION_READING not in inside.assumptions()


_EXCLUSION = "Art 1F: exclusion"


def test_art_1f_b_set_aside_beside_another_clause_is_said_to_be() -> None:
    """Refugee Convention art. 1F(b) reaches only a crime "outside the country of refuge prior to
    his admission to that country as a refugee" (*Pushpanathan v Canada* [1998] 1 SCR 982: a
    crime in Canada, not 1F(b)). Found with 1F(a) for a crime after admission, the person is
    excluded by 1F(a) alone. Before (s38 ex38 F2) the finding named 1F(a) only, with no word of
    the 1F(b) finding the claim records nor of ``crime_after_admission`` among the facts read;
    after, it says why 1F(b) is set aside and records the fact."""
    both = testing.north_korean_escapee(exclusion={"1F(a)", "1F(b)"}, crime_after_admission=True)
    status = rl.assess_status(both, on="2004-06-30")
    assert status.outcome is rl.Status.EXCLUDED
    found = status.finding.find(_EXCLUSION)
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert "(Art 1F(a)); Art 1F(b), found, does not reach the crime relied on" in found.reason
    assert "crime_after_admission" in found.facts
    assert [str(c) for c in found.citations] == [
        "Refugee Convention art. 1F(a)",
        "UNHCR Handbook paras 147–163",
    ]


def test_art_1f_b_raised_and_set_aside_beside_a_clause_found_is_said_to_be() -> None:
    """Refugee Convention art. 1F(c) found, 1F(b) raised and not yet decided for a crime committed
    after admission (which it cannot reach, *Pushpanathan*): excluded under 1F(c), the finding
    saying the raised 1F(b) does not reach the crime, and recording both facts read."""
    claim = testing.north_korean_escapee(
        exclusion={"1F(c)"}, exclusion_pending={"1F(b)"}, crime_after_admission=True
    )
    found = rl.assess_status(claim, on="2004-06-30").finding.find(_EXCLUSION)
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert "(Art 1F(c)); Art 1F(b), raised, does not reach the crime relied on" in found.reason
    assert {"exclusion_pending", "crime_after_admission"} <= set(found.facts)


def test_art_1f_clause_found_without_after_admission_is_worded_as_before() -> None:
    """Refugee Convention art. 1F(a) and (b) found, nothing said of where the crime was committed:
    both clauses apply, and nothing is said to be set aside."""
    both = testing.north_korean_escapee(exclusion={"1F(a)", "1F(b)"})
    found = rl.assess_status(both, on="2004-06-30").finding.find(_EXCLUSION)
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert "(Art 1F(a)); has committed a serious non-political crime" in found.reason
    assert "does not reach" not in found.reason
    assert found.facts == ("exclusion",)


_CESSATION = "Art 1C: cessation"


def test_art_1c_5_proviso_is_worded_as_1c_5_words_it() -> None:
    """Refugee Convention art. 1C(5), proviso: compelling reasons arising out of previous
    persecution "for refusing to avail himself of the protection of the country of nationality".
    Before (s38 ex38 F4) the open question read "for refusing to return", 1C(6)'s words; after, it
    reads 1C(5)'s. The outcome (UNDETERMINED, asking ``compelling_reasons``) is unchanged."""
    gone = testing.north_korean_escapee(
        recognised=True, cessation={"1C(5)"}, fears=[testing.escapee_harm(likelihood=0.02)]
    )
    status = rl.assess_status(gone, on="2004-06-30")
    assert status.outcome is rl.Status.UNDETERMINED
    assert status.missing_facts() == ("compelling_reasons",)
    found = status.finding.find(_CESSATION)
    assert found is not None
    assert found.reason == (
        "refugee status has ceased under Art 1C(5), unless the person can invoke compelling "
        "reasons arising out of previous persecution for refusing to avail himself of the "
        "protection of the country of nationality, which is not known"
    )
    kept = rl.assess_status(
        testing.north_korean_escapee(
            recognised=True,
            cessation={"1C(5)"},
            compelling_reasons=True,
            fears=[testing.escapee_harm(likelihood=0.02)],
        ),
        on="2004-06-30",
    )
    assert kept.outcome is rl.Status.REFUGEE
    kept_found = kept.finding.find(_CESSATION)
    assert kept_found is not None
    assert "for refusing to avail himself of the protection of the country of nationality" in (
        kept_found.reason
    )
    assert "refusing to return" not in kept_found.reason


def test_art_1c_6_proviso_keeps_its_own_words() -> None:
    """Refugee Convention art. 1C(6), proviso, for a stateless refugee: "for refusing to return to
    the country of his former habitual residence"."""
    stateless = rl.Claim(
        rl.Person(
            "Stateless refugee", nationalities=set(), habitual_residence="MMR", location="BGD"
        ),
        fears=[testing.escapee_harm(country="MMR", likelihood=0.01)],
        recognised=True,
        cessation={"1C(6)"},
    )
    found = rl.assess_status(stateless, on="2004-06-30").finding.find(_CESSATION)
    assert found is not None
    assert found.verdict is rl.Verdict.UNKNOWN
    assert "for refusing to return to the country of his former habitual residence" in found.reason
    assert "avail himself" not in found.reason


def test_several_open_clauses_are_asked_one_or_another() -> None:
    """Refugee Convention arts 1F and 1C: a recognised refugee against whom Art 1F(a) is raised
    and Art 1C(3) is pending (*JS (Sri Lanka)* [2010] UKSC 15 remitted an exclusion question). The
    outcome waits on whether one or the other displaces the status: before (s38 ex38 F5) the
    reason read "whether Art 1F, Art 1C displaces it", after "whether Art 1F or Art 1C"."""
    claim = testing.north_korean_escapee(
        recognised=True,
        cessation_pending={"1C(3)"},
        exclusion_pending={"1F(a)"},
        person=rl.Person("Escapee", nationalities={"PRK", "KOR"}, location="KOR"),
        protection={"PRK": "unavailable", "KOR": "available"},
    )
    status = rl.assess_status(claim, on="2004-06-30")
    assert status.outcome is rl.Status.UNDETERMINED
    assert status.missing_facts() == ("exclusion_pending['1F(a)']", "cessation_pending['1C(3)']")
    assert status.finding.reason.endswith(
        "but whether Art 1F or Art 1C displaces it is not yet decided"
    )


def test_art_1c_1_raised_asks_the_protection_whose_absence_would_set_it_aside() -> None:
    """Art 1C(1) ("voluntarily re-availed himself of the protection of the country of his
    nationality") raised and not decided, for a recognised North Korean back in North Korea whose
    fear is not known: stating North Korea's protection unavailable would set the clause aside (a
    protection that is lacking cannot have been re-availed of), so the open status names it among
    the facts still needed, as well as the fear (found by the property test of the facts an open
    status does not name; before, only the clause and the fear were named)."""
    person = rl.Person("P", nationalities={"PRK"}, location="PRK")
    claim = rl.Claim(person, recognised=True, cessation_pending={"1C(1)"})
    open_ = rl.assess_status(claim, on="2004-06-30")
    assert open_.outcome is rl.Status.UNDETERMINED
    assert "protection['PRK']" in open_.missing_facts()
    assert {"cessation_pending['1C(1)']", "fears"} <= set(open_.missing_facts())
    stated = attrs.evolve(claim, protection={"PRK": rl.Protection.UNAVAILABLE})
    assert rl.assess_status(stated, on="2004-06-30").outcome is rl.Status.REFUGEE
