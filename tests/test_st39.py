"""Review s39 (st39): Art 1A(2) inclusion and the OAU Convention's wider definition.

F1: OAU Convention art. I(2) ("in either part or the whole of his country of origin or
nationality") was found met, with no reading named, for a person for whom no internal flight
alternative had been found either way: the reading that art. I(2) asks none
(``law.oau.RELOCATION_READING``, debated: Refugee Law Reader III.2.1.4) decides there too, a
State that asked one having to wait for the finding. It is now named.

F2: a conscientious objector's claim turns on ``Harm.law_contrary_to_human_rights``, whose answer
is contested (*Sepet & Bulbul* [2003] UKHL 15 against *Bayatyan v Armenia* [GC] 2011 and the
Human Rights Committee in *Jeong v Republic of Korea*, 2011): the fact's documentation now says
so.

F4: a case file still called the cumulative social-group test the Qualification Directive's
approach, which the library (review s38 st38 F2) names as a literal reading only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs

import refugeelaw as rl
from refugeelaw.law.oau import ORIGIN_READING, RELOCATION_READING

ON = "2010-01-01"
PLACE = "the events in part or the whole of the country of origin or nationality"
CASES = Path(__file__).parent / "cases" / "status"


def _somali(**changes: Any) -> rl.Claim:
    """A Somali in Kenya who fled the fighting in Somalia, with no Convention ground (Kenya has
    been bound by the OAU Convention since 4 February 1993); no internal flight alternative
    found either way."""
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
        flight_causes={"serious_public_disorder"},
        flight_events_in={"SOM"},
    )
    return attrs.evolve(claim, **changes)


def test_oau_i2_met_with_the_internal_flight_alternative_not_found_names_the_reading() -> None:
    """OAU art. I(2), "in either part or the whole": no internal flight alternative found either
    way (``internal_relocation`` unknown). Before: REFUGEE on art. I(2), no reading named; after:
    the same outcome, ``RELOCATION_READING`` named (a State applying an alternative to the wider
    definition would wait for the finding), and the place element says it is not asked."""
    d = rl.assess_status(_somali(), state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(2)"
    assert RELOCATION_READING in d.assumptions()
    assert "could not decide for a person for whom none has yet been found" in RELOCATION_READING
    place = d.finding.find(PLACE)
    assert place is not None
    assert RELOCATION_READING in place.assumptions
    assert place.reason.endswith(
        "; whether a reasonable internal flight alternative exists is not found, which art. I(2), "
        "reaching events in part of the country, is read not to ask"
    )
    assert "internal_relocation" not in place.facts
    assert d.missing_facts() == ()


def test_oau_i2_relocation_reading_not_named_where_none_is_found_for_the_harm_there() -> None:
    """OAU art. I(2): the claim's finding unknown, but for the harm feared where the events took
    place the decision-maker finds no reasonable alternative (``Harm.internal_relocation`` False,
    UNHCR Handbook para. 91 "the area concerned"): every reading comes to the same, none named."""
    claim = _somali()
    assert claim.fears is not None
    claim = attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], internal_relocation=False)])
    d = rl.assess_status(claim, state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert RELOCATION_READING not in d.assumptions()
    place = d.finding.find(PLACE)
    assert place is not None
    assert place.reason == (
        "the events that compelled the person to leave took place in Somalia, their country of "
        "nationality"
    )


def test_oau_i2_with_no_alternative_found_names_no_relocation_reading() -> None:
    """OAU art. I(2): ``Claim.internal_relocation`` False (no reasonable alternative found): the
    reading decides nothing and is not named."""
    d = rl.assess_status(_somali(internal_relocation=False), state="KEN", on=ON)
    assert d.outcome is rl.Status.REFUGEE
    assert RELOCATION_READING not in d.assumptions()


def test_oau_i2_unknown_alternative_not_named_where_the_events_were_abroad() -> None:
    """OAU art. I(2): events only in Ethiopia, not the person's country, fail the definition
    (``ORIGIN_READING`` decides); an alternative not found in Somalia decides nothing there."""
    d = rl.assess_status(_somali(flight_events_in={"ETH"}), state="KEN", on=ON)
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert RELOCATION_READING not in d.assumptions()
    assert ORIGIN_READING in d.assumptions()


def test_oau_i2_unknown_alternative_named_while_the_flight_causes_are_open() -> None:
    """OAU art. I(2): what compelled the flight not known (UNDETERMINED, asked); the place element
    met still names the relocation reading it would rest on, as for an alternative found."""
    d = rl.assess_status(_somali(flight_causes=None), state="KEN", on=ON)
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("flight_causes",)
    place = d.finding.find(PLACE)
    assert place is not None
    assert RELOCATION_READING in place.assumptions


def _objector(law_contrary: bool) -> rl.Claim:
    """A Jehovah's Witness of the Republic of Korea facing 18 months' imprisonment for refusing
    conscription (the facts of *Jeong et al. v Republic of Korea*, Human Rights Committee, 24
    March 2011), the prosecution otherwise fair."""
    harm = rl.Harm(
        "imprisonment for refusing conscription for reasons of religious conscience",
        "KOR",
        severity="serious",
        likelihood=0.95,
        actor="state",
        reasons={"religion"},
        prosecution=True,
        exit_offence=False,
        disproportionate=False,
        discriminatory=False,
        law_contrary_to_human_rights=law_contrary,
    )
    person = rl.Person("objector", nationalities={"KOR"}, location="CAN")
    return rl.Claim(person, fears=[harm], protection={"KOR": "unavailable"})


def test_conscientious_objection_turns_on_the_contested_law_contrary_to_human_rights() -> None:
    """UNHCR Handbook paras 59, 170-174: a conscientious objector's claim turns on whether the
    law punishing the refusal is contrary to human rights, which *Sepet & Bulbul* [2003] UKHL 15
    denied and *Bayatyan v Armenia* [GC] (2011) and *Jeong v Republic of Korea* (HRC, 2011)
    affirm: the answer decides the outcome, and the fact's documentation names both sides."""
    on = "2012-06-01"
    assert rl.assess_status(_objector(True), on=on).outcome is rl.Status.REFUGEE
    assert rl.assess_status(_objector(False), on=on).outcome is rl.Status.NOT_REFUGEE
    doc = rl.Harm.__doc__ or ""
    field = doc[doc.index("law_contrary_to_human_rights:") : doc.index("sur_place:")]
    for words in ("Sepet & Bulbul", "[2003] UKHL 15", "Bayatyan v Armenia", "7 July 2011"):
        assert words in field
    assert "Jeong et al. v Republic of Korea" in field
    assert "HCR/GIP/13/10" in field


def test_case_file_no_longer_calls_the_cumulative_social_group_test_the_qd_approach() -> None:
    """Art 1A(2), particular social group: ``Doctrine(social_group="both")`` is QD art.
    10(1)(d) read literally, contra *DH (Particular Social Group: Mental Health) Afghanistan*
    [2020] UKUT 223 (IAC); the case file's authority no longer calls it the Directive's
    approach."""
    path = (
        CASES / "group_with_protected_characteristic_but_no_social_perception_fails_the_"
        "cumulative_eu_test.json"
    )
    authority = json.loads(path.read_text(encoding="utf-8"))["authority"]
    assert "EU Qualification Directive approach" not in authority
    assert "art. 10(1)(d) read literally" in authority
    assert "[2020] UKUT 223 (IAC)" in authority
