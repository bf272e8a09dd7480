"""Contested places are not decided silently: Palestine's statehood (GA res. 67/19), Western
Sahara's belonging to Morocco (UN list of Non-Self-Governing Territories; ICJ, *Western Sahara*,
1975), Kosovo's user-assigned code; and the Federal Republic of Yugoslavia named by date."""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

import refugeelaw as rl
from refugeelaw.countries import country_name
from refugeelaw.law.terms import CONTROLLING_STATE_READING
from refugeelaw.sources import Source
from refugeelaw.sources.territories import contested, statehood


def contested_sources(code: str) -> tuple[Source, ...]:
    """The sources of a place's ``contested`` record."""
    record = contested(code)
    assert record is not None
    return record.sources


def _harm(country: str, actor: str | None = "state") -> rl.Harm:
    return rl.Harm(
        "detention for opinion",
        country,
        severity="threat_to_life_or_freedom",
        likelihood=0.9,
        actor=actor,
        reasons={"political_opinion"},
    )


def _problems(exc: pytest.ExceptionInfo[rl.InvalidInput]) -> dict[str, str]:
    return {p.path: p.message for p in exc.value.problems}


def test_palestinian_nationality_in_1980_is_refused_naming_ga_res_67_19_art_1a2() -> None:
    """Art 1A(2) weighs the protection of the country of nationality; the data reads Palestine as a
    State only from GA res. 67/19 (29 November 2012): before, a Palestinian nationality is refused
    (was: REFUGEE, "the state of Palestine is itself the persecutor"); the harm by "the state"
    there is not (the agents of a State in control of the place: CONTROLLING_STATE_READING)."""
    claim = rl.Claim(
        rl.Person("A", nationalities={"PSE"}, location="JOR"),
        fears=[_harm("PSE")],
        events_before_1951=True,
    )
    for on in ("1950-06-01", "1980-01-01", "2012-11-28"):
        with pytest.raises(rl.InvalidInput) as exc:
            rl.assess_status(claim, on=on)
        problems = _problems(exc)
        assert "2012-11-29" in problems["claim.person.nationalities"]
        assert "GA res. 67/19" in problems["claim.person.nationalities"]
        assert set(problems) == {"claim.person.nationalities"}


def test_stateless_palestinian_with_habitual_residence_in_palestine_1980_art_1a2() -> None:
    """A stateless Palestinian (Art 1A(2), "not having a nationality ... outside the country of his
    former habitual residence") with a habitual residence of 'PSE' in 1980: the place is accepted
    as a territory of its own, and the person in Jordan is outside it."""
    claim = rl.Claim(
        rl.Person("A", nationalities=set(), habitual_residence="PSE", location="JOR"),
        fears=[_harm("PSE", actor="non_state")],
    )
    d = rl.assess_status(claim, on="1980-01-01")
    outside = d.finding.find("outside the country of former habitual residence")
    assert outside is not None
    assert outside.verdict is rl.Verdict.MET
    assert d.outcome is not rl.Status.NOT_REFUGEE


def test_palestinian_nationality_after_ga_res_67_19_names_the_contested_reading() -> None:
    """From 29 November 2012 (GA res. 67/19) a Palestinian national is outside the country of
    nationality in Jordan (Art 1A(2)) on a reading the result names among its assumptions."""
    claim = rl.Claim(rl.Person("A", nationalities={"PSE"}, location="JOR"), fears=[_harm("PSE")])
    d = rl.assess_status(claim, on="2015-01-01")
    assert d.outcome is rl.Status.REFUGEE
    record = statehood("PSE")
    assert record is not None
    assert record.contested is not None
    assert record.since == dt.date(2012, 11, 29)
    outside = d.finding.find("outside the country of nationality")
    feared = d.finding.find("feared in a country of nationality")
    assert outside is not None
    assert record.contested in outside.assumptions
    assert feared is not None
    assert record.contested in feared.assumptions


def test_a_syrian_is_named_no_palestinian_reading() -> None:
    """The reading is named only where Palestine is a country of nationality (Art 1A(2))."""
    claim = rl.Claim(rl.Person("A", nationalities={"SYR"}, location="JOR"), fears=[_harm("SYR")])
    outside = rl.assess_status(claim, on="2015-01-01").finding.find(
        "outside the country of nationality"
    )
    assert outside is not None
    assert outside.assumptions == ()


def test_moroccan_fearing_moroccan_police_in_western_sahara_is_refused_un_nsgt_list() -> None:
    """Western Sahara is on the UN list of Non-Self-Governing Territories and Morocco holds it part
    of Morocco: whether harm feared in Laayoune is feared in Morocco (Art 1A(2)) is contested. Was
    NOT_REFUGEE ("Western Sahara, which is not Morocco"); now refused, naming why."""
    record = contested("ESH")
    assert record is not None
    assert record.claimed_by == "MAR"
    claim = rl.Claim(rl.Person("A", nationalities={"MAR"}, location="ESP"), fears=[_harm("ESH")])
    with pytest.raises(rl.InvalidInput) as exc:
        rl.assess_status(claim, on="2020-01-01")
    message = _problems(exc)["claim.fears[0].country"]
    assert "Non-Self-Governing Territories" in message
    assert "Morocco" in message


def test_moroccan_in_western_sahara_and_a_removal_there_are_refused_art_1a2_cat_3() -> None:
    """A Moroccan national in Western Sahara (outside the country of nationality? Art 1A(2)), and a
    removal from Morocco to Western Sahara (to another State? CAT art. 3(1)), are refused."""
    located = rl.Claim(rl.Person("A", nationalities={"MAR"}, location="ESH"), fears=[_harm("MAR")])
    with pytest.raises(rl.InvalidInput) as exc:
        rl.assess_status(located, on="2020-01-01")
    assert "claim.person.location" in _problems(exc)
    syrian = rl.Claim(rl.Person("A", nationalities={"SYR"}, location="MAR"), fears=[_harm("SYR")])
    with pytest.raises(rl.InvalidInput) as exc:
        rl.assess_return(syrian, by="MAR", to="ESH", on="2020-01-01")
    assert "to" in _problems(exc)


def test_western_sahara_without_morocco_is_assessed() -> None:
    """Where Morocco is named nowhere, nothing turns on the question: a Syrian in Western Sahara
    is outside Syria (Art 1A(2)); a Sahrawi who holds no nationality, coded stateless with a
    habitual residence of 'ESH', in Algeria and fearing an authority there that no one protects
    against, is outside the country of former habitual residence and a refugee (Art 1A(2), "not
    having a nationality ... unable ... to return to it"), in 1970 as in 2015."""
    claim = rl.Claim(rl.Person("A", nationalities={"SYR"}, location="ESH"), fears=[_harm("SYR")])
    assert rl.assess_status(claim, on="2020-01-01").outcome is rl.Status.REFUGEE
    sahrawi = rl.Claim(
        rl.Person("A", nationalities=set(), habitual_residence="ESH", location="DZA"),
        fears=[_harm("ESH", actor="non_state")],
        protection={"ESH": "unavailable"},
        internal_relocation=False,
    )
    for on in ("1970-01-01", "2015-01-01"):
        d = rl.assess_status(sahrawi, on=on)
        assert d.outcome is rl.Status.REFUGEE
        outside = d.finding.find("outside the country of former habitual residence")
        assert outside is not None
        assert outside.verdict is rl.Verdict.MET
        # Where the protection is not stated, it is asked, not presumed from a State persecutor.
        open_ = rl.assess_status(attrs.evolve(sahrawi, protection={}), on=on)
        assert open_.outcome is rl.Status.UNDETERMINED


def test_a_national_of_western_sahara_is_refused_naming_the_record_art_1a2() -> None:
    """Art 1A(2) weighs the protection "of the country of his nationality", a State's. Western
    Sahara is a Non-Self-Governing Territory on the United Nations' list, and the data takes no
    position that the Sahrawi Arab Democratic Republic is a State (its statehood record, 'never'):
    a nationality of 'ESH' is refused on every date, advising a stateless coding with a habitual
    residence there (status review F1: was REFUGEE, "the state of Western Sahara is itself the
    persecutor", in 1970 under Spanish administration as in 2015)."""
    record = statehood("ESH")
    assert record is not None
    assert record.never
    assert record.contested is not None
    assert {s.url for s in record.sources} == {s.url for s in contested_sources("ESH")}
    claim = rl.Claim(
        rl.Person("A", nationalities={"ESH"}, location="DZA"),
        fears=[_harm("ESH", actor="non_state")],
    )
    for on in ("1970-01-01", "2015-01-01"):
        with pytest.raises(rl.InvalidInput) as exc:
            rl.assess_status(claim, on=on)
        message = _problems(exc)["claim.person.nationalities"]
        assert "names no State on " + on in message
        assert "Non-Self-Governing Territory" in message
        assert "Sahrawi Arab Democratic Republic" in message
        assert "or none if they are stateless, with a habitual_residence of 'ESH'" in message


def test_a_state_harm_in_western_sahara_is_the_controlling_states_guidelines_4_para_7_i_b() -> None:
    """A harm there by "the state" is accepted (was: refused at ``fears[0].actor``, advising
    'non_state'), read as one by the agents of a State in control of the place: a State persecutor
    (UNHCR Guidelines No. 4 para. 7(I)(b): no internal flight alternative presumed; Art 1A(2): no
    protection there answers it), the place not called a State, the reading named."""
    claim = rl.Claim(
        rl.Person("A", nationalities=set(), habitual_residence="ESH", location="DZA"),
        fears=[_harm("ESH")],
    )
    for on in ("1970-01-01", "2015-01-01"):
        d = rl.assess_status(claim, on=on)
        assert d.outcome is rl.Status.REFUGEE, on
        assert d.missing_facts() == ()
        protection = d.finding.find("protection of Western Sahara")
        assert protection is not None
        assert protection.reason == (
            "the agents of a State in control of Western Sahara are the persecutors, so no "
            "protection there answers them"
        )
        assert CONTROLLING_STATE_READING in protection.assumptions
        assert CONTROLLING_STATE_READING in d.assumptions()
        assert "state of Western Sahara" not in d.explain()


def test_western_sahara_is_refused_as_a_state_accepted_as_a_place_cat_3() -> None:
    """Where a State is meant, 'ESH' is refused: a State in control of the person, the country
    whose authorities recognise the rights of a national (Art 1E), the returning State (CAT art.
    3(1), "to another State"), the State whose obligations or treaty participation are asked
    (the OAU Convention's record of the Sahrawi Arab Democratic Republic's signature stays data,
    not a State's participation). As a destination it is a place: the return is assessed."""
    syrian = rl.Claim(rl.Person("A", nationalities={"SYR"}, location="DZA"), fears=[_harm("SYR")])
    for field, claim in (
        ("claim.under_control_of", attrs.evolve(syrian, under_control_of={"ESH"})),
        ("claim.rights_of_national_in", attrs.evolve(syrian, rights_of_national_in="ESH")),
    ):
        with pytest.raises(rl.InvalidInput) as exc:
            rl.assess_status(claim, on="2015-01-01")
        assert "names no State" in _problems(exc)[field]
    sahrawi = rl.Claim(
        rl.Person("A", nationalities=set(), habitual_residence="ESH", location="ESH"),
        fears=[_harm("ESH", actor="non_state")],
    )
    with pytest.raises(rl.InvalidInput) as exc:
        rl.assess_return(sahrawi, by="ESH", to="DZA", on="2015-01-01")
    assert "names no State" in _problems(exc)["by"]
    for call in (
        lambda: rl.obligations_of("ESH", on="2019-01-01"),
        lambda: rl.party_status("ESH", "oau-refugee-convention-1969", on="2019-01-01"),
    ):
        with pytest.raises(rl.InvalidInput) as exc:
            call()
        assert "names no State" in _problems(exc)["state"]
    assert rl.states.participation("ESH", "oau-refugee-convention-1969") is not None
    there = attrs.evolve(sahrawi, person=attrs.evolve(sahrawi.person, location="DZA"))
    r = rl.assess_return(there, by="DZA", to="ESH", on="2015-01-01")
    assert r.outcome is not rl.ReturnOutcome.PERMITTED


def test_the_nationality_question_never_offers_western_sahara_art_1a2() -> None:
    """Nationality unknown, the person in Western Sahara: the question's answers are States (or
    none), never 'ESH', and asking raises nothing."""
    claim = rl.Claim(
        rl.Person("A", nationalities=None, location="ESH"),
        fears=[_harm("ESH", actor="non_state")],
    )
    d = rl.assess_status(claim, on="2015-01-01")
    assert "person.nationalities" in d.missing_facts()
    (asked,) = [q for q in d.questions() if q.path == "person.nationalities"]
    assert all("ESH" not in tuple(a.value) for a in asked.answers)


def test_kosovo_user_assigned_code_refused_saying_why() -> None:
    """'XKX' is a user-assigned code, not ISO 3166-1: refused, saying why and what to give."""
    with pytest.raises(rl.InvalidInput) as exc:
        rl.Harm("x", "XKX")
    message = exc.value.problems[0].message
    assert "user-assigned" in message
    assert "Kosovo" in message
    assert "'SRB'" in message


@pytest.mark.parametrize(
    ("on", "name"),
    [
        ("1992-04-26", "Serbia"),
        ("1992-04-27", "Federal Republic of Yugoslavia"),
        ("2003-02-03", "Federal Republic of Yugoslavia"),
        ("2003-02-04", "Serbia and Montenegro"),
        ("2006-06-05", "Serbia and Montenegro"),
        ("2006-06-06", "Serbia"),
    ],
)
def test_srb_named_by_date_69_fr_3188(on: str, name: str) -> None:
    """The FRY "changed its name to Serbia and Montenegro" on 4 February 2003 (69 FR 3188); Serbia
    continued the State Union from 5 June 2006."""
    assert country_name("SRB", dt.date.fromisoformat(on)) == name


def test_return_from_germany_in_1999_names_the_fry_cat_3() -> None:
    """Germany returning a national to the FRY in 1999: the header and the CAT art. 3(1) risk name
    the State as it was (was: "Return from Germany to Serbia")."""
    harm = rl.Harm(
        "prison for opinion",
        "SRB",
        severity="threat_to_life_or_freedom",
        likelihood=0.5,
        actor="state",
        reasons={"political_opinion"},
        torture=True,
        official_involvement=True,
    )
    claim = rl.Claim(rl.Person("x", {"SRB"}, location="DEU"), fears=(harm,))
    text = rl.assess_return(claim, by="DEU", to="SRB", on="1999-06-01").explain()
    assert (
        text.splitlines()[0] == "Return from Germany to Federal Republic of Yugoslavia: PROHIBITED"
    )
    assert "risk of torture in or from Federal Republic of Yugoslavia" in text
    later = rl.assess_return(claim, by="DEU", to="SRB", on="2010-06-01").explain()
    assert later.splitlines()[0] == "Return from Germany to Serbia: PROHIBITED"


def _palestinian(harm: rl.Harm) -> rl.Claim:
    """The status review's reproducer (F2): a stateless Palestinian in Jordan in 2005."""
    return rl.Claim(
        rl.Person("A", nationalities=set(), habitual_residence="PSE", location="JOR"),
        fears=[harm],
    )


def test_a_state_harm_in_palestine_before_ga_res_67_19_is_a_state_persecutors_guidelines_4_para_7_i_b() -> (
    None
):
    """Status review F2. Detention by the occupying forces in the West Bank in 2005, coded
    ``actor="state"``: was refused, advising 'non_state' ("a foreign State's forces among
    them"), and so coded the person was asked whether "Palestine" would protect them (available:
    NOT_REFUGEE) and whether they could relocate (yes: NOT_REFUGEE). The agents of an occupying
    State are State agents: now accepted, REFUGEE with nothing asked, the relocation presumption
    (UNHCR Guidelines No. 4 para. 7(I)(b)) and Art 1A(2)'s protection element applied as for any
    State persecutor, on the reading named, which no result calls Palestine a State on."""
    d = rl.assess_status(_palestinian(_harm("PSE")), on="2005-01-01")
    assert d.outcome is rl.Status.REFUGEE
    assert d.missing_facts() == ()
    flight = d.finding.find("no internal flight alternative")
    assert flight is not None
    assert flight.verdict is rl.Verdict.MET
    assert flight.reason.startswith("the agents of a State in control of the place are the ")
    assert CONTROLLING_STATE_READING in flight.assumptions
    assert "state of Palestine" not in d.explain()
    # The presumption rebutted by a finding: not a refugee, as for any State persecutor.
    moved = attrs.evolve(_palestinian(_harm("PSE")), internal_relocation=True)
    assert rl.assess_status(moved, on="2005-01-01").outcome is rl.Status.NOT_REFUGEE
    # Protection found available there does not answer the State's own agents (Art 1A(2)).
    offered = attrs.evolve(_palestinian(_harm("PSE")), protection={"PSE": "available"})
    found = rl.assess_status(offered, on="2005-01-01")
    assert found.outcome is rl.Status.REFUGEE
    protection = found.finding.find("protection of Palestine")
    assert protection is not None
    assert protection.reason.startswith(
        "protection in Palestine is found available, but the person has a well-founded fear of "
        "persecution by the agents of a State in control of Palestine (fears[0])"
    )
    assert CONTROLLING_STATE_READING in protection.assumptions


def test_the_reading_is_not_named_where_palestine_is_read_as_a_state_ga_res_67_19() -> None:
    """From 29 November 2012 (GA res. 67/19) Palestine is read as a State: a harm by "the state"
    there is that State's, as before, and the controlling State's reading is not named."""
    d = rl.assess_status(_palestinian(_harm("PSE")), on="2015-01-01")
    assert d.outcome is rl.Status.REFUGEE
    assert CONTROLLING_STATE_READING not in d.assumptions()
    protection = d.finding.find("protection of Palestine")
    assert protection is not None
    assert protection.reason == (
        "the state of Palestine is itself the persecutor, so its protection is unavailable"
    )


def test_private_harm_in_palestine_asks_the_authorities_in_control_art_1a2_horvath() -> None:
    """Harm from private persons there still asks the protection there (Art 1A(2); *Horvath*),
    now of "the authorities in control of Palestine", not whether "Palestine" would protect (it
    is no State before GA res. 67/19); the actor question offers "state", which now decides."""
    d = rl.assess_status(_palestinian(_harm("PSE", actor="non_state")), on="2005-01-01")
    assert d.outcome is rl.Status.UNDETERMINED
    (asked,) = [q for q in d.questions() if q.path == "protection['PSE']"]
    assert asked.text.startswith(
        "Would the authorities in control of Palestine protect this person if asked: do they have "
        "laws that punish the harm feared"
    )
    assert "Would Palestine protect" not in asked.text
    unknown = rl.assess_status(_palestinian(_harm("PSE", actor=None)), on="2005-01-01")
    (who,) = [q for q in unknown.questions() if q.path == "fears[0].actor"]
    assert ("state", rl.Status.REFUGEE) in [(a.value, a.outcome) for a in who.answers]


def test_a_return_to_palestine_names_the_reading_where_the_state_harm_decides_cat_3() -> None:
    """Jordan returning the person to the West Bank in 2005, torture by the occupying forces
    feared: accepted (was: refused), PROHIBITED, with the reading among the assumptions."""
    harm = attrs.evolve(_harm("PSE"), torture=True, official_involvement=True)
    r = rl.assess_return(_palestinian(harm), by="JOR", to="PSE", on="2005-01-01")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert CONTROLLING_STATE_READING in r.assumptions()


def _fry_national(on: str) -> rl.StatusDetermination:
    harm = rl.Harm(
        "prison for opinion",
        "SRB",
        severity="threat_to_life_or_freedom",
        likelihood=0.5,
        actor="state",
        reasons={"political_opinion"},
        torture=True,
    )
    claim = rl.Claim(rl.Person("x", {"SRB"}, location="DEU"), fears=(harm,))
    return rl.assess_status(claim, on=on)


@pytest.mark.parametrize(
    ("on", "name"),
    [
        ("1999-06-01", "Federal Republic of Yugoslavia"),
        ("2004-06-01", "Serbia and Montenegro"),
        ("2010-06-01", "Serbia"),
    ],
)
def test_art_1a2_status_findings_name_the_state_of_nationality_as_it_was_69_fr_3188(
    on: str, name: str
) -> None:
    """Art 1A(2), "outside the country of his nationality", feared there, and its protection: a
    national of the State coded 'SRB' in Germany is outside it under the name it bore on the day
    (was, in 1999: "outside Serbia", "the state of Serbia is itself the persecutor", where the
    return and the obligations said the Federal Republic of Yugoslavia)."""
    result = _fry_national(on)
    outside = result.finding.find("outside the country of nationality")
    assert outside is not None
    assert outside.reason == f"the person is in Germany, outside {name}"
    feared = result.finding.find("feared in a country of nationality")
    assert feared is not None
    assert feared.reason == f"the harm is feared in {name}"
    protection = result.finding.find(f"protection of {name}")
    assert protection is not None
    assert protection.reason.startswith(f"the state of {name} is itself the persecutor")
    others = {"Federal Republic of Yugoslavia", "Serbia and Montenegro"} - {name}
    assert not any(other in result.explain() for other in others)


def test_party_status_names_the_state_as_it_was_on_the_day_69_fr_3188() -> None:
    """CAT, in force for the State coded 'SRB' from 27 April 1992 (its succession of 12 March
    2001): in 1999 the party is named the Federal Republic of Yugoslavia, as the obligations and
    the return name it (was: "in force for Serbia since 1992-04-27")."""
    found = rl.party_status("SRB", "cat-1984", on="1999-01-01")
    assert found.element == "CAT binds Federal Republic of Yugoslavia on 1999-01-01"
    assert found.reason.startswith("in force for Federal Republic of Yugoslavia since 1992-04-27")
    assert "Serbia " not in found.reason
    later = rl.party_status("SRB", "cat-1984", on="2010-01-01")
    assert later.reason.startswith("in force for Serbia since 1992-04-27")


def test_a_stateless_persons_former_residences_are_named_as_they_were_handbook_104() -> None:
    """UNHCR Handbook para. 104: a stateless person with former habitual residences in the FRY
    and Bosnia and Herzegovina, in 1999; the inclusion in relation to each is named as the State
    was (the finding the status rests on is found again by that name)."""
    harm = rl.Harm(
        "prison for opinion",
        "SRB",
        severity="threat_to_life_or_freedom",
        likelihood=0.5,
        actor="state",
        reasons={"political_opinion"},
    )
    person = rl.Person(
        "s", set(), habitual_residence="SRB", other_habitual_residences={"BIH"}, location="DEU"
    )
    result = rl.assess_status(
        rl.Claim(person, fears=(harm,)),
        on="1999-06-01",
        doctrine=rl.Doctrine(return_to_other_residences=False),
    )
    assert result.outcome is rl.Status.REFUGEE
    inclusion = result.finding.find("inclusion (Art 1A(2))")
    assert inclusion is not None
    assert inclusion.reason.startswith(
        "every element of Art 1A(2) is met in relation to Federal Republic of Yugoslavia"
    )
    assert (
        result.finding.find("inclusion in relation to Federal Republic of Yugoslavia (Art 1A(2))")
        is not None
    )
    assert "Serbia" not in result.explain()


def test_western_sahara_is_refused_as_a_returning_or_obligated_state_cat_3_custom() -> None:
    """CAT art. 3(1) and customary non-refoulement bind States. Western Sahara's `contested`
    record (UN list of Non-Self-Governing Territories; Morocco holds it part of Morocco) leaves
    whether a State is bound there, and which, undecided; the Sahrawi Arab Democratic Republic's
    OAU signature filed under `ESH` does not settle it. Before: PROHIBITED "returning the person
    from Western Sahara to Iran would breach customary international law", and obligations of
    Western Sahara listed (obligations review F4); now refused at the argument's path, naming the
    reading its `statehood` record takes (a State on no date), as Palestine before 29 November
    2012 is. As a place it is still assessed."""
    record = contested("ESH")
    assert record is not None
    harm = rl.Harm("torture in detention", "IRN", severity="threat_to_life_or_freedom",
                   likelihood=0.9, actor="state", reasons={"political_opinion"}, torture=True)  # fmt: skip
    claim = rl.Claim(rl.Person("X", nationalities={"IRN"}, location="ESH"), fears=[harm],
                     protection={"IRN": "unavailable"}, internal_relocation=False)  # fmt: skip
    calls: list[tuple[str, Callable[[], object]]] = [
        ("by", lambda: rl.assess_return(claim, by="ESH", to="IRN", on="2020-01-01")),
        ("state", lambda: rl.obligations_of("ESH", on="2020-01-01")),
        ("state", lambda: rl.explain_obligations("ESH", on="1990-01-01")),
        ("state", lambda: rl.party_status("ESH", "cat-1984", on="2010-01-01")),
        ("state", lambda: rl.assess_status(claim, on="2020-01-01", state="ESH")),
    ]
    for path, call in calls:
        with pytest.raises(rl.InvalidInput) as exc:
            call()
        message = _problems(exc)[path]
        assert message.startswith("ESH (Western Sahara) names no State on ")
        assert "Non-Self-Governing Territory on the United Nations' list" in message
        assert "its 'contested' record" in message
    assert rl.assess_status(claim, on="2020-01-01").outcome is rl.Status.REFUGEE
    assert rl.states.participation("ESH", "oau-refugee-convention-1969") is not None


def _reproducer_f2() -> rl.ReturnAssessment:
    """The return review's F2: a national of the FRY in Germany in 1999, to be removed to Hungary,
    who fears beating by the police in the FRY and discrimination in Afghanistan."""
    beating = rl.Harm(
        "beating by police",
        "SRB",
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="state",
        reasons={"race"},
        torture=True,
        risk_to_life=False,
        irreparable=True,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    work = rl.Harm(
        "denial of work",
        "AFG",
        severity="discrimination",
        likelihood=0.8,
        actor="state",
        reasons={"political_opinion"},
        torture=False,
        risk_to_life=False,
        irreparable=False,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    claim = rl.Claim(
        rl.Person("A", nationalities={"SRB"}, location="DEU"),
        fears=[beating, work],
        onward_removal={"HUN": True},
    )
    return rl.assess_return(claim, by="DEU", to="HUN", on="1999-06-01")


def test_cat_3_onward_removal_in_1999_names_the_fry_in_its_reason_and_its_question() -> None:
    """CAT General Comment No. 4 para. 12 (the risk in the State the person is sent on to), 69 FR
    3188: Hungary sending the person on in 1999 to "a country where they fear harm" names the
    Federal Republic of Yugoslavia, in the finding and in the onward question's answers (was:
    "at risk in Serbia", "yes, to Serbia", under a header naming the FRY)."""
    result = _reproducer_f2()
    text = result.explain()
    assert "at risk in Federal Republic of Yugoslavia" in text
    assert "Serbia" not in text
    (asked,) = [q for q in result.questions() if q.path == "onward_removal['HUN']"]
    assert [a.label for a in asked.answers] == [
        "yes, to Federal Republic of Yugoslavia",
        "yes, to Afghanistan",
    ]


def test_iccpr_7_private_harm_the_fry_protects_against_in_1999_is_named_by_date() -> None:
    """ICCPR art. 7 (General Comment 31 para. 12), ECHR art. 3: "private persons, against whom
    the Federal Republic of Yugoslavia can and does protect" in 1999 (was: "against whom Serbia
    can and does protect")."""
    harm = rl.Harm(
        "beating by a militia",
        "SRB",
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="non_state",
        reasons={"race"},
        torture=True,
    )
    claim = rl.Claim(
        rl.Person("A", nationalities={"SRB"}, location="DEU"),
        fears=[harm],
        protection={"SRB": "available"},
    )
    text = rl.assess_return(claim, by="DEU", to="SRB", on="1999-06-01").explain()
    assert "against whom Federal Republic of Yugoslavia can and does protect" in text
    assert "Serbia" not in text


def _undated_calls(path: Path) -> list[str]:
    """The ``country_name(code)`` calls in ``path`` given no date (no second argument, no ``on=``)
    and not marked ``# undated:`` with a reason on their line."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name != "country_name":
            continue
        if len(node.args) >= 2 or any(k.arg == "on" for k in node.keywords):
            continue
        span = lines[node.lineno - 1 : (node.end_lineno or node.lineno)]
        if any("# undated:" in line and line.split("# undated:", 1)[1].strip() for line in span):
            continue
        found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_every_country_name_in_the_rules_and_questions_is_given_the_date() -> None:
    """69 FR 3188 (the FRY renamed Serbia and Montenegro on 4 February 2003): a result names a
    State as it was named on the day assessed, so every ``country_name`` call in ``law/`` and in
    ``questions.py`` passes the date (``countries.country_name(code, on)``); one that genuinely
    has none says why in a ``# undated:`` comment on its line."""
    package = Path(rl.__file__).parent
    files = [*sorted((package / "law").glob("*.py")), package / "questions.py"]
    assert len(files) > 20
    undated = [call for path in files for call in _undated_calls(path)]
    assert undated == []


def test_the_undated_call_check_finds_a_call_without_a_date(tmp_path: Path) -> None:
    """The check above can fail: a call without a date is found, one with it or with a reason is
    not."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "a = country_name(code)\n"
        "b = country_name(code, on)\n"
        "c = country_name(code, on=on)\n"
        "d = country_name(code)  # undated: a name for a table with no date\n"
        "e = countries.country_name(code)\n"
        "f = country_name(code)  # undated:\n",
        encoding="utf-8",
    )
    assert _undated_calls(sample) == [
        "sample.py:1: country_name(code)",
        "sample.py:5: countries.country_name(code)",
        "sample.py:6: country_name(code)",
    ]


@pytest.mark.parametrize(("by", "to", "on"), [("DZA", "ESH", "2020-01-01"), ("JOR", "PSE", "2010-01-01"), ("JOR", "PSE", "2014-01-01")])  # fmt: skip
def test_a_removal_to_a_territory_of_its_own_is_a_return_to_another_state_art_33_1_cat_3(
    by: str, to: str, on: str
) -> None:
    """Refugee Convention art. 33(1) ("the frontiers of territories") and CAT art. 3(1) ("to
    another State", read as reaching it): a removal from Algeria to Western Sahara, or from Jordan
    to Palestine before GA res. 67/19, crosses an international frontier to a territory the data
    reads as a place of its own; it was UNDETERMINED asking whether the place is part of the
    returning State (own-diff law review F5). Palestine from 29 November 2012 is a State by its
    record. On a torture risk with official involvement: PROHIBITED."""
    harm = rl.Harm("torture by an armed group with official involvement", to,
                   severity="threat_to_life_or_freedom", likelihood=0.9, actor="non_state",
                   reasons={"political_opinion"}, torture=True, official_involvement=True,
                   risk_to_life=True, death_penalty=False, irreparable=True)  # fmt: skip
    claim = rl.Claim(rl.Person("A", {"IRN"}, location=by), fears=[harm],
                     protection={to: "unavailable"}, internal_relocation=False)  # fmt: skip
    result = rl.assess_return(claim, by=by, to=to, on=on)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED, result.explain()
    assert not any(m.endswith(".territories") for m in result.missing_facts())
    named = any("as a place of its own, part of no State" in a for a in result.assumptions())
    assert named is (on < "2012-11-29" or to == "ESH")


def test_a_removal_to_palestine_in_1985_does_not_say_it_is_not_jordans_cat_3() -> None:
    """CAT art. 3(1) ("to another State") and Refugee Convention art. 33(1) ("territories"):
    Jordan's removal of a Syrian to Palestine in 1985 reads Palestine, before GA res. 67/19, as a
    territory of its own under the named reading. Jordan claimed the West Bank until 31 July 1988
    and Israel has occupied it since 1967 (return review F3; no such claim or occupation is in the
    data): the finding says the data records neither, rather than that the place is "not of
    Jordan", and the reading says a claim or an occupation is not weighed."""
    harm = rl.Harm(
        "torture by a militia",
        "PSE",
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="non_state",
        reasons={"political_opinion"},
        torture=True,
        official_involvement=True,
    )
    claim = rl.Claim(
        rl.Person("x", {"SYR"}, location="JOR"),
        fears=[harm],
        protection={"PSE": "unavailable"},
        internal_relocation=False,
    )
    result = rl.assess_return(claim, by="JOR", to="PSE", on="1985-01-01")
    places = [f for _, f in result.finding.walk() if f.element == "a return to another State"]
    assert places
    for place in places:
        assert place.verdict is rl.Verdict.MET
        assert "not of Jordan" not in place.reason
        assert place.reason.endswith(
            "so not read as part of Jordan (whether Jordan claimed it is not recorded)"
        )
    (reading,) = [a for a in result.assumptions() if a.startswith("a removal to a territory")]
    assert reading.endswith("a State's claim to the territory, or its occupation of it, is not "
                            "recorded and not weighed")  # fmt: skip
