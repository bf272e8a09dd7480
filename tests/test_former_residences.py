"""A stateless person with more than one country of former habitual residence (Refugee Convention
art. 1A(2): "not having a nationality and being outside the country of his former habitual
residence").

UNHCR Handbook para. 104: the definition does not require that the criteria be met in relation to
every such country (the default, ``Doctrine(return_to_other_residences=False)``). *Thabet v Canada
(MCI)* [1998] 4 FC 21 (FCA): the person must also be unable to return to any of the others
(``return_to_other_residences=True``). The facts follow *Thabet*: a stateless Palestinian who lived
in Kuwait and then the United States, and claimed in Canada.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import refugeelaw as rl
from refugeelaw.law.protection import THABET, THABET_READING

ON = "2020-01-01"
HANDBOOK_104 = rl.Citation("unhcr-handbook", "104")
HANDBOOK_READING = rl.Doctrine().position("return_to_other_residences")
TWO_HOMES = rl.Doctrine(return_to_other_residences=True)


def _thabet(*, kuwait: Any = "unavailable", usa: Any = None, **claim: Any) -> rl.Claim:
    protection = {
        country: offer for country, offer in (("KWT", kuwait), ("USA", usa)) if offer is not None
    }
    facts: dict[str, Any] = {
        "fears": [
            rl.Harm(
                "detention as a Palestinian",
                "KWT",
                severity="threat_to_life_or_freedom",
                likelihood=0.5,
                actor="state",
                reasons={"nationality"},
            )
        ],
        "protection": protection,
    }
    facts.update(claim)
    person = rl.Person(
        "Thabet", set(), habitual_residence="KWT", other_habitual_residences={"USA"}, location="CAN"
    )
    return rl.Claim(person, **facts)


def _assess(claim: rl.Claim, doctrine: rl.Doctrine | None = None) -> rl.StatusDetermination:
    return rl.assess_status(claim, on=ON, state="CAN", doctrine=doctrine or rl.Doctrine())


def test_the_countries_of_reference_are_every_former_home_habitual_residence_first() -> None:
    """Art 1A(2): each country of former habitual residence, the one named first, each once."""
    person = rl.Person(
        "T", set(), habitual_residence="USA", other_habitual_residences={"KWT", "USA", "JOR"}
    )
    assert person.countries_of_reference() == ("USA", "JOR", "KWT")
    national = rl.Person("N", {"JOR"}, other_habitual_residences={"KWT"})
    assert national.countries_of_reference() == ("JOR",)  # a national's is their nationality


def test_handbook_104_one_former_home_suffices_though_the_other_would_readmit_them() -> None:
    """UNHCR Handbook para. 104 (the default): persecution feared in Kuwait, which does not
    protect, makes the person a refugee though the United States would readmit them."""
    result = _assess(_thabet(usa="available"))
    assert result.outcome is rl.Status.REFUGEE
    inclusion = result.inclusion
    assert HANDBOOK_104 in inclusion.citations
    assert HANDBOOK_READING in result.assumptions()
    kuwait, usa = inclusion.children
    assert kuwait.element == "inclusion in relation to Kuwait (Art 1A(2))"
    assert kuwait.verdict is rl.Verdict.MET
    assert usa.element == "inclusion in relation to United States (Art 1A(2))"
    assert usa.verdict is rl.Verdict.NOT_MET  # nothing is feared there
    # Outside Kuwait, weighed in relation to Kuwait alone (para. 104).
    assert kuwait.children[0].element == "outside the country of former habitual residence"
    assert kuwait.children[0].verdict is rl.Verdict.MET
    assert "person.habitual_residence" in kuwait.children[0].facts
    assert "one suffices" in inclusion.reason


def test_thabet_a_former_home_the_person_can_return_to_in_safety_defeats_the_claim() -> None:
    """Thabet v Canada (FCA 1998): "any country plus Ward factor": the United States, another
    country of former habitual residence, would take the person back, and nothing is feared there."""
    result = _assess(_thabet(usa="available"), TWO_HOMES)
    assert result.outcome is rl.Status.NOT_REFUGEE
    protection = result.inclusion.children[2]
    assert protection.element == (
        "unable or unwilling to return to each country of former habitual residence"
    )
    assert protection.verdict is rl.Verdict.NOT_MET
    assert THABET in protection.citations
    assert THABET_READING in result.assumptions()
    usa = next(c for c in protection.children if "United States" in c.element)
    assert usa.verdict is rl.Verdict.NOT_MET
    assert "another of their countries of former habitual residence" in usa.reason


def test_thabet_asks_whether_the_person_could_return_to_the_other_former_home() -> None:
    """Thabet: whether the person can return to the United States is still open, and decides."""
    result = _assess(_thabet(), TWO_HOMES)
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("protection['USA']",)
    question = result.questions()[0]
    assert question.path == "protection['USA']"
    assert question.text.startswith("Could the person return to United States")
    outcomes = {a.value: a.outcome for a in question.answers}
    assert outcomes["available"] is rl.Status.NOT_REFUGEE
    assert outcomes["unavailable"] is rl.Status.REFUGEE
    # Under the Handbook's reading the same claim is decided without it.
    assert _assess(_thabet()).outcome is rl.Status.REFUGEE


def test_both_readings_agree_where_neither_former_home_would_take_the_person_back() -> None:
    """Handbook para. 104 and Thabet alike: unable to return to either country."""
    claim = _thabet(usa="unavailable")
    assert _assess(claim).outcome is rl.Status.REFUGEE
    assert _assess(claim, TWO_HOMES).outcome is rl.Status.REFUGEE


def test_harassment_in_the_second_home_is_not_persecution_in_relation_to_either() -> None:
    """Art 1A(2), Handbook para. 104: the definition is met in relation to neither country (the
    Board's finding in Thabet: no well-founded fear of persecution in Kuwait or the USA)."""
    harassment = rl.Harm(
        "harassment as a Palestinian during the Gulf War",
        "USA",
        severity="discrimination",
        likelihood=0.5,
        actor="non_state",
        reasons={"nationality"},
    )
    result = _assess(_thabet(fears=[harassment], usa="available"))
    assert result.outcome is rl.Status.NOT_REFUGEE
    assert "in relation to none" in result.inclusion.reason
    assert all(c.verdict is rl.Verdict.NOT_MET for c in result.inclusion.children)


def test_handbook_104_open_in_relation_to_one_home_names_only_what_that_home_needs() -> None:
    """Handbook para. 104: Kuwait's protection still open, nothing feared in the United States:
    the claim waits on Kuwait alone."""
    fear = rl.Harm(
        "detention as a Palestinian",
        "KWT",
        severity="threat_to_life_or_freedom",
        likelihood=0.5,
        actor="non_state",
        reasons={"nationality"},
    )
    result = _assess(_thabet(kuwait=None, fears=[fear], internal_relocation=False))
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("protection['KWT']",)
    assert "still open in relation to Kuwait" in result.inclusion.reason


def test_handbook_104_art_1e_reaches_a_former_home_granting_the_rights_of_a_national() -> None:
    """Art 1E under Handbook para. 104: the United States, a former home the definition is not
    asked of, is a country where the person has taken residence; rights of a national there
    exclude. Under Thabet it is a country of reference, and Art 1A(2) weighs its protection."""
    claim = _thabet(rights_of_national_in="USA")
    excluded = _assess(claim)
    assert excluded.outcome is rl.Status.EXCLUDED
    assert excluded.displaced_by == ("Art 1E",)
    two_homes = _assess(claim, TWO_HOMES)
    assert two_homes.outcome is rl.Status.UNDETERMINED
    assert two_homes.missing_facts() == ("protection['USA']",)
    # The position decides here: the undecided branch asks it, citing what the protection
    # element relying on it cites (Art 1A(2), Handbook paras 101-105, Thabet).
    question = next(q for q in two_homes.questions() if q.kind is rl.QuestionKind.DOCTRINE)
    assert question.path == "doctrine.return_to_other_residences"
    assert question.citations == (
        rl.Citation("refugee-convention-1951", "1A(2)"),
        rl.Citation("unhcr-handbook", "101-105"),
        THABET,
    )
    assert {a.value: a.outcome for a in question.answers} == {
        True: rl.Status.UNDETERMINED,
        False: rl.Status.EXCLUDED,
    }


def test_handbook_104_art_1e_does_not_reach_the_home_persecution_is_feared_in() -> None:
    """Art 1E with Handbook para. 104: rights of a national in Kuwait, where the person has a
    well-founded fear of persecution by the state, do not exclude (the rights of a national are no
    answer to persecution by the country that accords them)."""
    result = _assess(_thabet(rights_of_national_in="KWT"))
    assert result.outcome is rl.Status.REFUGEE


@pytest.mark.parametrize("doctrine", [rl.Doctrine(), TWO_HOMES], ids=["handbook", "thabet"])
@pytest.mark.parametrize("usa", [None, "available", "unavailable"])
def test_the_outcome_alone_agrees_with_the_explained_determination(
    doctrine: rl.Doctrine, usa: str | None
) -> None:
    """Art 1A(2) either way: the outcome-only path decides as the explained one does, for Art 1E
    too."""
    claims = [_thabet(usa=usa), _thabet(usa=usa, rights_of_national_in="USA")]
    explained = [_assess(claim, doctrine).outcome for claim in claims]
    assert rl.status_outcomes(claims, on=ON, state="CAN", doctrine=doctrine) == explained


def _in_the_usa(usa: str | None = None) -> rl.Claim:
    """The person of :func:`_thabet`, now in the United States, their other former home."""
    return rl.Claim(
        rl.Person(
            "T", set(), habitual_residence="KWT", other_habitual_residences={"USA"}, location="USA"
        ),
        fears=_thabet().fears,
        protection={"KWT": "unavailable", **({"USA": usa} if usa else {})},
    )


def test_handbook_104_a_person_in_another_former_home_has_left_the_one_feared() -> None:
    """Art 1A(2) "being outside the country of his former habitual residence", UNHCR Handbook
    para. 104 (the default): a stateless person who fears Kuwait and is now in the United States,
    another former home, is outside Kuwait, and one home suffices. Before: NOT_REFUGEE, "still in
    United States", whichever home the fear was about."""
    claim = _in_the_usa()
    result = _assess(claim)
    assert result.outcome is rl.Status.REFUGEE
    kuwait = result.inclusion.children[0]
    assert kuwait.element == "inclusion in relation to Kuwait (Art 1A(2))"
    outside = kuwait.children[0]
    assert outside.verdict is rl.Verdict.MET
    assert outside.reason == "the person is in United States, outside Kuwait"
    usa = result.inclusion.children[1]
    assert usa.children[0].verdict is rl.Verdict.NOT_MET  # still in the United States
    assert rl.status_outcomes([claim], on=ON, state="CAN") == [result.outcome]


@pytest.mark.parametrize(
    ("usa", "expected"),
    [
        (None, rl.Status.UNDETERMINED),
        ("available", rl.Status.NOT_REFUGEE),
        ("unavailable", rl.Status.REFUGEE),
    ],
)
def test_thabet_a_person_in_another_former_home_must_be_unable_to_remain_there(
    usa: str | None, expected: rl.Status
) -> None:
    """*Thabet v Canada* (FCA 1998): the person must be unable to return to every former home; to
    the United States, where they are, unable to remain, which its protection decides. Before:
    NOT_REFUGEE whatever the United States' protection ("still in United States")."""
    claim = _in_the_usa(usa)
    result = _assess(claim, TWO_HOMES)
    assert result.outcome is expected
    outside = result.finding.find("outside every country of former habitual residence")
    assert outside is not None
    assert outside.verdict is rl.Verdict.MET
    assert "outside Kuwait" in outside.reason
    assert "whether they can remain there is weighed with its protection" in outside.reason
    if usa is None:
        assert result.missing_facts() == ("protection['USA']",)
    assert rl.status_outcomes([claim], on=ON, state="CAN", doctrine=TWO_HOMES) == [expected]


@pytest.mark.parametrize("doctrine", [rl.Doctrine(), TWO_HOMES], ids=["handbook", "thabet"])
def test_a_person_in_the_only_former_home_they_fear_has_not_left_it(doctrine: rl.Doctrine) -> None:
    """Art 1A(2) and Handbook para. 88: a stateless person in the United States, one of their
    former homes, who fears harm only there, is not outside the country they fear, on either
    reading (Handbook para. 104 or *Thabet*)."""
    claim = rl.Claim(
        rl.Person(
            "T", set(), habitual_residence="KWT", other_habitual_residences={"USA"}, location="USA"
        ),
        fears=[attrs.evolve((_thabet().fears or ())[0], country="USA")],
        protection={"USA": "unavailable"},
    )
    result = _assess(claim, doctrine)
    assert result.outcome is rl.Status.NOT_REFUGEE
    assert result.missing_facts() == ()
    assert rl.status_outcomes([claim], on=ON, state="CAN", doctrine=doctrine) == [result.outcome]


def test_compare_doctrines_shows_each_reading() -> None:
    """The contested position is shown branch by branch (Handbook para. 104 against Thabet)."""
    comparison = rl.compare_doctrines(
        _thabet(usa="available"),
        {"Handbook para. 104": rl.Doctrine(), "Thabet": TWO_HOMES},
        on=ON,
        state="CAN",
    )
    assert comparison.determinations["Handbook para. 104"].outcome is rl.Status.REFUGEE
    assert comparison.determinations["Thabet"].outcome is rl.Status.NOT_REFUGEE
    assert comparison.diverges_at is not None


def test_other_habitual_residences_reads_from_json_and_rejects_a_bad_code() -> None:
    """The new fact travels through JSON like the others, and bad input names its path."""
    claim = rl.from_dict(
        rl.Claim,
        {
            "person": {
                "nationalities": [],
                "habitual_residence": "KWT",
                "other_habitual_residences": ["USA"],
                "location": "CAN",
            }
        },
    )
    assert claim.person.other_habitual_residences == frozenset({"USA"})
    assert rl.from_dict(rl.Claim, rl.to_dict(claim)) == claim
    with pytest.raises(rl.InvalidInput) as raised:
        rl.from_dict(
            rl.Claim,
            {"person": {"nationalities": [], "other_habitual_residences": ["XXX"]}},
        )
    assert "person.other_habitual_residences" in str(raised.value)


def test_thabet_a_person_left_to_another_former_home_is_outside_article_33() -> None:
    """Art 33(1) protects refugees: under Thabet, a stateless person whom the United States would
    take back is not one, so art. 33(1) does not bar Canada's return of him to Kuwait as the text
    reads; the result names that reading (as for a person of several nationalities, UNHCR Handbook
    paras 106-107), and a torture risk would still bar the return (CAT art. 3)."""
    from refugeelaw.law.art_33 import OTHER_RESIDENCE_READING, SECOND_NATIONALITY_READING

    harm = rl.Harm(
        "detention as a Palestinian",
        "KWT",
        severity="threat_to_life_or_freedom",
        likelihood=0.9,
        actor="state",
        reasons={"nationality"},
        torture=False,
        irreparable=False,
        risk_to_life=False,
    )
    claim = _thabet(usa="available", fears=[harm])
    left = rl.assess_return(claim, by="CAN", to="KWT", on=ON, doctrine=TWO_HOMES)
    assert left.status.outcome is rl.Status.NOT_REFUGEE
    assert OTHER_RESIDENCE_READING in left.finding.all_assumptions()
    assert SECOND_NATIONALITY_READING not in left.finding.all_assumptions()
    tortured = _thabet(usa="available", fears=[attrs.evolve(harm, torture=True)])
    barred = rl.assess_return(tortured, by="CAN", to="KWT", on=ON, doctrine=TWO_HOMES)
    assert barred.outcome is rl.ReturnOutcome.PROHIBITED
    # Under Handbook para. 104 the person is a refugee, and art. 33(1) bars the return.
    refugee = rl.assess_return(claim, by="CAN", to="KWT", on=ON)
    assert refugee.outcome is rl.ReturnOutcome.PROHIBITED
    assert OTHER_RESIDENCE_READING not in refugee.finding.all_assumptions()


def _kuwait_and_the_usa(*fears: rl.Harm | None) -> rl.Claim:
    """A stateless person of Kuwait and the United States, now in the United States, neither
    protecting them."""
    return rl.Claim(
        rl.Person(
            "T", set(), habitual_residence="KWT", other_habitual_residences={"USA"}, location="USA"
        ),
        fears=None if fears == (None,) else [f for f in fears if f is not None],
        protection={"KWT": "unavailable", "USA": "unavailable"},
    )


def _detention(country: str, likelihood: float) -> rl.Harm:
    return rl.Harm(
        "detention as a Palestinian",
        country,
        severity="threat_to_life_or_freedom",
        likelihood=likelihood,
        actor="state",
        reasons={"nationality"},
    )


def test_thabet_a_harm_in_the_home_left_that_is_no_well_founded_fear_leaves_no_home() -> None:
    """Art 1A(2): outside the country "owing to" the well-founded fear. Under *Thabet* a person in
    the United States, a former home, who fears persecution there with good reason and only a
    fine of 1 % likelihood in Kuwait, has left no home whose persecution they fear: NOT_REFUGEE,
    as under Handbook para. 104 (own-diff review F1: a listed harm in Kuwait made them REFUGEE)."""
    claim = _kuwait_and_the_usa(_detention("KWT", 0.01), _detention("USA", 0.9))
    for doctrine in (rl.Doctrine(), TWO_HOMES):
        result = _assess(claim, doctrine)
        assert result.outcome is rl.Status.NOT_REFUGEE, doctrine
        assert rl.status_outcomes([claim], on=ON, state="CAN", doctrine=doctrine) == [
            result.outcome
        ]
    outside = _assess(claim, TWO_HOMES).finding.find(
        "outside every country of former habitual residence"
    )
    assert outside is not None
    assert outside.verdict is rl.Verdict.NOT_MET
    assert "fears persecution with good reason in no other they have left" in outside.reason


def test_thabet_fears_not_stated_leave_being_outside_open() -> None:
    """Art 1A(2) and *Thabet*: whether a person in one former home has left another whose
    persecution they fear waits on their fears (own-diff review F2: a confident NOT_REFUGEE, "the
    Convention protects only those who have crossed an international frontier", that stating
    the fear in Kuwait turned into REFUGEE)."""
    unstated = _kuwait_and_the_usa(None)
    result = _assess(unstated, TWO_HOMES)
    assert result.outcome is rl.Status.UNDETERMINED
    assert "fears" in result.missing_facts()
    outside = result.finding.find("outside every country of former habitual residence")
    assert outside is not None
    assert outside.verdict is rl.Verdict.UNKNOWN
    stated = _kuwait_and_the_usa(_detention("KWT", 0.5))
    assert _assess(stated, TWO_HOMES).outcome is rl.Status.REFUGEE


def test_thabet_an_open_fear_in_the_home_left_leaves_being_outside_open() -> None:
    """*Thabet*: the fear in Kuwait not yet assessed (its likelihood), whether the person in the
    United States has left a home whose persecution they fear is open, and asks it."""
    open_fear = attrs.evolve(_detention("KWT", 0.5), likelihood=None)
    result = _assess(_kuwait_and_the_usa(open_fear), TWO_HOMES)
    assert result.outcome is rl.Status.UNDETERMINED
    assert "fears[0].likelihood" in result.missing_facts()


@pytest.mark.parametrize("thabet", [False, True])
def test_an_ipso_facto_refugee_with_a_national_s_rights_in_another_home_is_excluded_art_1e(
    thabet: bool,
) -> None:
    """Refugee Convention Art 1D, second paragraph, and Art 1E: a stateless Palestine refugee
    whose UNRWA assistance in Syria ceased is "ipso facto" entitled to the Convention's benefits,
    without Art 1A(2), and stays subject to Art 1E (CJEU *El Kott*, C-364/11); Egypt, another
    former home, accords them the rights of its nationals, so Art 1E excludes them on either
    reading of a stateless person's several homes (UNHCR Handbook para. 104, or *Thabet v
    Canada*, which reads Art 1A(2) only). Was: EXCLUDED under para. 104 but REFUGEE under the
    stricter *Thabet* reading, Art 1E sending Egypt "to Art 1A(2)", which the ipso facto route
    does not weigh."""
    person = rl.Person(
        "x", nationalities=set(), habitual_residence="SYR", other_habitual_residences={"EGY"},
        location="DEU",
    )  # fmt: skip
    claim = rl.Claim(person, fears=[], unrwa_assistance_ceased=True, rights_of_national_in="EGY")
    doctrine = rl.Doctrine(return_to_other_residences=thabet)
    status = rl.assess_status(claim, on="2015-06-30", state="DEU", doctrine=doctrine)
    assert status.outcome is rl.Status.EXCLUDED
    rights = status.finding.find("Art 1E: rights of a national in the country of residence")
    assert rights is not None
    assert rights.verdict is rl.Verdict.MET
    assert rights.reason.startswith("Egypt, where the person has taken residence")


def test_art_1d_names_its_reading_of_at_present_receiving_el_ali() -> None:
    """Refugee Convention Art 1D, first paragraph: "at present receiving" is read as at the time
    of the assessment (CJEU *Bolbol*, *El Kott*; UNHCR), so a person born in 1975 who receives
    UNRWA's assistance in Lebanon is outside the Convention; on *El-Ali v SSHD* [2002] EWCA Civ
    1103 (only those receiving it on or before 28 July 1951) Art 1D would not reach them and Art
    1A(2) would decide (REFUGEE here). The EXCLUDED result names the reading and cites El-Ali
    (was: no position named)."""
    fear = rl.Harm(
        "detention and ill-treatment", "LBN", severity="threat_to_life_or_freedom",
        likelihood=0.5, actor="state", reasons={"political_opinion"},
    )  # fmt: skip
    person = rl.Person("El-Ali", nationalities=set(), habitual_residence="LBN", location="GBR")
    receiving = rl.Claim(person, fears=[fear], unrwa_assistance=True)
    left = rl.Claim(person, fears=[fear], unrwa_assistance_ceased=False)
    for claim in (receiving, left):
        status = rl.assess_status(claim, on="2000-06-30", state="GBR")
        assert status.outcome is rl.Status.EXCLUDED
        assert any(a.startswith("Art 1D's 'at present receiving'") for a in status.assumptions())
        found = status.finding.find("Art 1D: other UN protection or assistance")
        assert found is not None
        assert rl.Citation("ewca-el-ali-2002", "holding") in found.citations
    plain = rl.assess_status(rl.Claim(person, fears=[fear]), on="2000-06-30", state="GBR")
    assert plain.outcome is rl.Status.REFUGEE
    assert not any("'at present receiving'" in a for a in plain.assumptions())


def test_the_el_ali_reading_is_named_where_art_1d_decides_and_only_there() -> None:
    """Art 1D and *El-Ali v SSHD* [2002] EWCA Civ 1103: on El-Ali's reading Art 1D does not reach a
    person who first received UNRWA's assistance after 28 July 1951, and Art 1A(2) decides. A
    Palestine refugee with no well-founded fear whose assistance ceased is a refugee only through
    Art 1D's second paragraph: the reading is named (was: not named). One who does not qualify is
    NOT_REFUGEE on either reading, and one who meets Art 1A(2) is a refugee on either: not named
    (was: named where the first paragraph applied)."""

    def status(likelihood: float, ceased: bool | None) -> rl.StatusDetermination:
        harm = rl.Harm(
            "detention", "SYR", severity="threat_to_life_or_freedom", likelihood=likelihood,
            actor="state", reasons={"political_opinion"},
        )  # fmt: skip
        person = rl.Person("x", nationalities=set(), habitual_residence="SYR", location="DEU")
        claim = rl.Claim(person, fears=[harm], unrwa_assistance_ceased=ceased)
        return rl.assess_status(claim, on="2015-06-30", state="DEU")

    def named(result: rl.StatusDetermination) -> bool:
        return any(a.startswith("Art 1D's 'at present receiving'") for a in result.assumptions())

    ipso_facto = status(0.0, True)
    assert ipso_facto.outcome is rl.Status.REFUGEE
    assert named(ipso_facto)
    for ceased in (False, None):
        refused = status(0.0, ceased)
        assert refused.outcome is rl.Status.NOT_REFUGEE
        assert not named(refused)
    both = status(0.5, True)
    assert both.outcome is rl.Status.REFUGEE
    assert not named(both)
