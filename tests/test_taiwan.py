"""Taiwan and China: the contested position ``Doctrine.taiwan_outside_china``, named where it
decides. Whether a national of China in Taiwan is "outside the country of his nationality" (Art
1A(2)), and whether a removal between Taiwan and China is a return to another State (CAT art.
3(1); Refugee Convention art. 33(1); custom), turn on Taiwan's status: the People's Republic of
China holds it part of China, GA res. 2758 (XXVI) (25 October 1971) recognised the People's
Republic's representatives as "the only lawful representatives of China to the United Nations",
ISO 3166 lists "Taiwan, Province of China", and it is governed separately. The scenario is the
adversarial review's (interfaces F2): a Falun Gong practitioner, a national of China, in Taiwan in
2005, facing prison in China."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import refugeelaw as rl
from refugeelaw.questions import questions

ON = "2005-01-01"
POSITION = "doctrine.taiwan_outside_china"
APART = rl.Doctrine(taiwan_outside_china=True)
PART = rl.Doctrine(taiwan_outside_china=False)
DOCTRINES = (rl.Doctrine(), APART, PART)
OUTSIDE = "outside the country of nationality"
GA_2758 = "GA res. 2758 (XXVI), preamble"
CUSTOM = "customary international law, non-refoulement"


def prison(country: str = "CHN") -> rl.Harm:
    return rl.Harm(
        "prison for Falun Gong",
        country,
        severity="threat_to_life_or_freedom",
        likelihood=0.5,
        actor="state",
        reasons={rl.Ground.RELIGION},
        torture=True,
        official_involvement=True,
    )


def claim(nationality: str = "CHN", location: str = "TWN", **harm: Any) -> rl.Claim:
    return rl.Claim(rl.Person("x", {nationality}, location=location), fears=(prison(**harm),))


def found(result: rl.StatusDetermination, element: str = OUTSIDE) -> rl.Finding:
    """The finding on ``element`` (Art 1A(2)'s "outside the country of nationality")."""
    finding = result.finding.find(element)
    assert finding is not None, element
    return finding


def named(result: rl.StatusDetermination | rl.ReturnAssessment) -> list[str]:
    return [a for a in result.assumptions() if a.startswith("taiwan_outside_china=")]


def test_art_1a2_a_chinese_national_in_taiwan_is_undetermined_by_default_asking_the_position() -> (
    None
):
    """Art 1A(2) ("outside the country of his nationality"), GA res. 2758 (XXVI): with no position
    taken, whether Taiwan is outside China is unknown, not silently yes (before: REFUGEE, "the
    person is in Taiwan, outside China"); the result asks the position, each answer deciding it."""
    result = rl.assess_status(claim(), on=ON)
    assert result.outcome is rl.Status.UNDETERMINED
    outside = found(result)
    assert outside.verdict is rl.Verdict.UNKNOWN
    assert "turns on whether Taiwan is a country other than China, which is contested" in (
        outside.reason
    )
    assert GA_2758 in [str(c) for c in outside.citations]
    assert result.missing_facts() == (POSITION,)
    assert named(result) == []
    (asked,) = [q for q in questions(result) if q.path == POSITION]
    assert asked.kind is rl.QuestionKind.DOCTRINE
    assert "GA res. 2758 (XXVI)" in asked.text
    assert [(a.value, a.outcome) for a in asked.answers] == [
        (True, rl.Status.REFUGEE),
        (False, rl.Status.NOT_REFUGEE),
    ]


def test_art_1a2_taiwan_read_as_a_country_other_than_china_a_chinese_national_there_is_outside() -> (
    None
):
    """Art 1A(2): ``taiwan_outside_china=True`` gives the old answer, REFUGEE, and names the
    position among the assumptions."""
    result = rl.assess_status(claim(), on=ON, doctrine=APART)
    assert result.outcome is rl.Status.REFUGEE
    outside = found(result)
    assert outside.verdict is rl.Verdict.MET
    assert outside.reason == (
        "the person is in Taiwan, outside China (Taiwan read as a country other than China)"
    )
    assert named(result) == [APART.position("taiwan_outside_china")]


def test_art_1a2_taiwan_read_as_part_of_china_a_chinese_national_there_has_not_left_china() -> None:
    """Art 1A(2), UNHCR Handbook paras 88-93: ``taiwan_outside_china=False`` reads Taiwan as the
    library reads Hong Kong and Macao: the person has crossed no international frontier."""
    result = rl.assess_status(claim(), on=ON, doctrine=PART)
    assert result.outcome is rl.Status.NOT_REFUGEE
    outside = found(result)
    assert outside.verdict is rl.Verdict.NOT_MET
    assert outside.reason.startswith(
        "the person is still in Taiwan, part of China on the reading taken "
        "(taiwan_outside_china=False): the Convention protects only those who have crossed an "
        "international frontier"
    )
    assert named(result) == [PART.position("taiwan_outside_china")]


def test_art_1a2_a_person_of_taiwan_in_china_turns_on_the_same_position() -> None:
    """Art 1A(2), either way round: a national of Taiwan (as the claim gives it) in mainland China
    is outside the country of nationality if Taiwan is apart, and the position is asked without
    one. On the reading that Taiwan is part of China, as Hong Kong and Macao are, 'TWN' is no
    nationality ("the country of his nationality" is a State's), refused as 'HKG' is, with
    China's to give (was: accepted, NOT_REFUGEE, "still in China")."""
    person = claim(nationality="TWN", location="CHN")
    assert found(rl.assess_status(person, on=ON)).verdict is rl.Verdict.UNKNOWN
    apart = found(rl.assess_status(person, on=ON, doctrine=APART))
    assert apart.verdict is rl.Verdict.MET
    with pytest.raises(rl.InvalidInput) as exc:
        rl.assess_status(person, on=ON, doctrine=PART)
    ((path, message),) = [(p.path, p.message) for p in exc.value.problems]
    assert path == "claim.person.nationalities"
    assert "a nationality is a State's (Art 1A(2))" in message
    assert "('CHN', or another), or none if they are stateless" in message


def test_art_1a2_harm_feared_in_taiwan_by_a_chinese_national_abroad_is_feared_in_china_only_on_one_reading() -> (
    None
):
    """Art 1A(2): the persecution must be feared in the country of nationality. A national of
    China in Germany fearing prison in Taiwan: in China only if Taiwan is part of it; unknown
    while no position is taken (before: "not China", silently)."""
    person = claim(location="DEU", country="TWN")
    element = "feared in a country of nationality"

    def where(doctrine: rl.Doctrine) -> rl.Finding:
        return found(rl.assess_status(person, on=ON, doctrine=doctrine), element)

    assert where(rl.Doctrine()).verdict is rl.Verdict.UNKNOWN
    assert POSITION in where(rl.Doctrine()).missing
    assert where(APART).verdict is rl.Verdict.NOT_MET
    assert where(PART).verdict is rl.Verdict.MET
    assert where(PART).assumptions == (PART.position("taiwan_outside_china"),)


def test_art_33_1_and_custom_a_removal_from_taiwan_to_china_is_undetermined_by_default() -> None:
    """CAT art. 3(1) ("to another State"), Refugee Convention art. 33(1), custom: whether a
    removal from Taiwan to China is a return to another State is the contested position; with
    none taken the return is UNDETERMINED (before: PROHIBITED under custom, silently), and the
    question offers the one reading on which it is a return."""
    result = rl.assess_return(claim(), by="TWN", to="CHN", on=ON)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.breaches == ()
    assert POSITION in result.missing_facts()
    another = [f for _, f in result.finding.walk() if f.element == "a return to another State"]
    assert another
    assert all(f.verdict is rl.Verdict.UNKNOWN for f in another)
    assert all(POSITION in f.missing for f in another)
    (asked,) = [q for q in questions(result) if q.path == POSITION]
    assert [(a.value, a.outcome) for a in asked.answers] == [(True, rl.ReturnOutcome.PROHIBITED)]
    assert "not assessed as one" in asked.text


def test_custom_binds_taiwan_read_as_a_country_other_than_china_returning_to_china() -> None:
    """Customary non-refoulement: on ``taiwan_outside_china=True`` the removal is a return to
    another State, and custom bars it (the old answer), the position named."""
    result = rl.assess_return(claim(), by="TWN", to="CHN", on=ON, doctrine=APART)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in result.breaches] == [CUSTOM]
    assert named(result) == [APART.position("taiwan_outside_china")]


@pytest.mark.parametrize(("by", "to"), [("TWN", "CHN"), ("CHN", "TWN"), ("TWN", "HKG")])
def test_cat_3_1_taiwan_read_as_part_of_china_a_removal_between_them_is_no_return(
    by: str, to: str
) -> None:
    """CAT art. 3(1) ("to another State"): on ``taiwan_outside_china=False`` a removal between
    Taiwan and China (Hong Kong, part of China in 2005, included) is a move within one State,
    refused as input as one from China to Hong Kong is, naming the reading."""
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_return(claim(), by=by, to=to, on=ON, doctrine=PART)
    (problem,) = raised.value.problems
    assert problem.path == "to"
    assert "taiwan_outside_china=False" in problem.message
    assert "a move within a state is not a return to another State" in problem.message


def test_art_1a2_claims_that_do_not_turn_on_taiwan_are_the_same_under_every_position() -> None:
    """Art 1A(2): a Syrian in Taiwan, or a national of China in Germany or in Hong Kong, is
    decided as before whatever the position, which no result names."""
    cases = [
        (claim(nationality="SYR", country="SYR"), rl.Status.REFUGEE),
        (claim(location="DEU"), rl.Status.REFUGEE),
        (claim(location="HKG"), rl.Status.NOT_REFUGEE),
    ]
    for case, expected in cases:
        results = [rl.assess_status(case, on=ON, doctrine=d) for d in DOCTRINES]
        assert {r.outcome for r in results} == {expected}
        assert {found(r).reason for r in results} == {found(results[0]).reason}
        assert all(named(r) == [] and POSITION not in r.missing_facts() for r in results)


def test_custom_a_removal_by_taiwan_of_a_syrian_to_syria_is_the_same_under_every_position() -> None:
    """Customary non-refoulement: a removal from Taiwan to a third State does not turn on the
    position (nothing else is read from it)."""
    syrian = claim(nationality="SYR", country="SYR")
    results = [rl.assess_return(syrian, by="TWN", to="SYR", on=ON, doctrine=d) for d in DOCTRINES]
    assert {r.outcome for r in results} == {rl.ReturnOutcome.PROHIBITED}
    assert all(named(r) == [] and POSITION not in r.missing_facts() for r in results)


def test_ga_res_2758_is_cited_from_a_record_that_holds_its_words() -> None:
    """GA res. 2758 (XXVI): the record holds the words the findings quote, and says its text does
    not name Taiwan."""
    preamble = rl.provision("un-ga-res-2758-1971", "preamble").text
    operative = rl.provision("un-ga-res-2758-1971", "operative").text
    assert preamble is not None
    assert operative is not None
    assert "the only lawful representatives of China to the United Nations" in preamble
    assert "Chiang Kai-shek" in operative
    assert "Taiwan" not in preamble + operative


# ---------------------------------------------------------------------------------------------
# A third State's removal to Taiwan, or to China: whether a harm feared in the one is feared in the
# destination (own-law review F1). Art 33(1) ("to the frontiers of territories where his life or
# freedom would be threatened") and CAT art. 3 ("to another State where there are substantial
# grounds"), as Hong Kong after 1997 is for a harm feared in mainland China.
# ---------------------------------------------------------------------------------------------


def falun_gong(country: str = "CHN") -> rl.Harm:
    """The review's reproducer: prison for Falun Gong practice, a serious harm by the State."""
    return rl.Harm(
        "prison for Falun Gong practice",
        country,
        actor="state",
        severity="serious",
        likelihood=0.9,
        reasons={rl.Ground.RELIGION},
    )


def read_as(national: str, doctrine: rl.Doctrine) -> str:
    """A nationality as a claim gives it on ``doctrine``: a national of Taiwan is one of China on
    the reading that Taiwan is part of China (Art 1A(2): 'TWN' is refused as a nationality then,
    as 'HKG' is, China's the one to give)."""
    return "CHN" if national == "TWN" and doctrine.taiwan_outside_china is False else national


def sent_to(
    to: str, doctrine: rl.Doctrine, *, national: str = "CHN", feared: str = "CHN", by: str = "DEU"
) -> rl.ReturnAssessment:
    person = rl.Person("P", {read_as(national, doctrine)}, location=by)
    case = rl.Claim(person, fears=[falun_gong(feared)], onward_removal={to: False})
    return rl.assess_return(case, by=by, to=to, on=ON, doctrine=doctrine)


def test_art_33_1_germany_to_taiwan_harm_feared_in_china_turns_on_ga_res_2758_position() -> None:
    """Art 33(1), CAT art. 3, GA res. 2758 (XXVI): Germany removes a national of China who fears
    prison in China to Taiwan, which would send him on nowhere. Taiwan read as part of China: the
    harm is feared in the destination, PROHIBITED under art. 33(1) (as Germany to Hong Kong is);
    read as a country other than China: PERMITTED (no onward removal), as before; no position:
    UNDETERMINED asking it, citing the resolution (before: PERMITTED under every setting, no
    position named)."""
    part, apart, default = (sent_to("TWN", d) for d in (PART, APART, rl.Doctrine()))
    assert part.outcome is rl.ReturnOutcome.PROHIBITED
    assert "Refugee Convention art. 33(1)" in [str(b.citation) for b in part.breaches]
    assert named(part) == [PART.position("taiwan_outside_china")]
    assert not any(m.startswith("onward_removal") for m in part.missing_facts())
    assert apart.outcome is rl.ReturnOutcome.PERMITTED
    assert named(apart) == [APART.position("taiwan_outside_china")]
    assert default.outcome is rl.ReturnOutcome.UNDETERMINED
    assert default.breaches == ()
    assert POSITION in default.missing_facts()
    risk = default.finding.find("risk of persecution on a Convention ground in or from Taiwan")
    assert risk is not None
    assert risk.verdict is rl.Verdict.UNKNOWN
    assert GA_2758 in [str(c) for c in risk.citations]
    assert risk.missing == (POSITION,)
    (asked,) = [q for q in questions(default) if q.path == POSITION]
    assert {(a.value, a.outcome) for a in asked.answers} == {
        (True, rl.ReturnOutcome.PERMITTED),
        (False, rl.ReturnOutcome.PROHIBITED),
    }


def test_art_33_1_without_onward_facts_taiwan_read_as_part_of_china_asks_no_onward_question() -> (
    None
):
    """Art 33(1), GA res. 2758 (XXVI): with nothing said of where Taiwan would send the person,
    on the reading that Taiwan is part of China the harm is feared there and no onward removal is
    asked (before: UNDETERMINED asking ``onward_removal['TWN']`` under every setting); on the other
    reading it is still asked."""
    person = rl.Person("P", {"CHN"}, location="DEU")
    case = rl.Claim(person, fears=[falun_gong()])
    part = rl.assess_return(case, by="DEU", to="TWN", on=ON, doctrine=PART)
    apart = rl.assess_return(case, by="DEU", to="TWN", on=ON, doctrine=APART)
    assert part.outcome is rl.ReturnOutcome.PROHIBITED
    assert "onward_removal['TWN']" not in part.missing_facts()
    assert apart.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "onward_removal['TWN']" in apart.missing_facts()


def test_cat_3_united_states_to_china_harm_feared_in_taiwan_turns_on_ga_res_2758_position() -> None:
    """CAT art. 3, art. 33(1) as the United States is bound through the Protocol, GA res. 2758
    (XXVI): the United States removes a person of Taiwan who fears prison in Taiwan to China, which
    would send him on nowhere: PROHIBITED where Taiwan is read as part of China, PERMITTED where
    not, UNDETERMINED asking the position with none (before: PERMITTED under every setting)."""
    outcomes = {
        d.taiwan_outside_china: sent_to("CHN", d, national="TWN", feared="TWN", by="USA")
        for d in DOCTRINES
    }
    assert outcomes[False].outcome is rl.ReturnOutcome.PROHIBITED
    assert outcomes[True].outcome is rl.ReturnOutcome.PERMITTED
    assert outcomes[None].outcome is rl.ReturnOutcome.UNDETERMINED
    assert POSITION in outcomes[None].missing_facts()
    assert all(named(outcomes[t]) for t in (True, False))


@pytest.mark.parametrize(
    ("to", "feared", "national", "expected"),
    [
        ("HKG", "CHN", "CHN", rl.ReturnOutcome.PROHIBITED),  # Hong Kong, part of China since 1997
        ("SYR", "SYR", "SYR", rl.ReturnOutcome.PROHIBITED),
        ("TUR", "SYR", "SYR", rl.ReturnOutcome.PERMITTED),  # no onward removal, harm elsewhere
    ],
)
def test_art_33_1_removals_that_do_not_turn_on_taiwan_are_the_same_under_every_position(
    to: str, feared: str, national: str, expected: rl.ReturnOutcome
) -> None:
    """Art 33(1): Germany to Hong Kong for a harm feared in mainland China (one State since 1
    July 1997), to Syria, or to Turkey for a Syrian who fears Syria and would not be sent on, do
    not turn on Taiwan's position, which no result names or asks."""
    results = [sent_to(to, d, national=national, feared=feared) for d in DOCTRINES]
    assert {r.outcome for r in results} == {expected}
    assert all(named(r) == [] and POSITION not in r.missing_facts() for r in results)


@pytest.mark.parametrize(
    ("to", "feared", "national", "by"),
    [("TWN", "CHN", "CHN", "DEU"), ("CHN", "TWN", "TWN", "USA"), ("TWN", "SYR", "SYR", "DEU")],
)
def test_art_33_1_the_default_answer_is_one_of_the_ga_res_2758_branches_or_asks_it(
    to: str, feared: str, national: str, by: str
) -> None:
    """Art 33(1), CAT art. 3, GA res. 2758 (XXVI): with no position taken, the return is decided
    only where both readings decide it alike, and otherwise waits on the position."""
    default, apart, part = (
        sent_to(to, d, national=national, feared=feared, by=by) for d in DOCTRINES
    )
    if apart.outcome is part.outcome:
        assert default.outcome in (apart.outcome, rl.ReturnOutcome.UNDETERMINED)
    else:
        assert default.outcome is rl.ReturnOutcome.UNDETERMINED
        assert POSITION in default.missing_facts()


def test_onward_question_to_taiwan_offers_china_only_where_taiwan_is_read_apart() -> None:
    """CAT General Comment No. 4 para. 12 and GA res. 2758 (XXVI): the onward question for a
    removal to Taiwan of a person who fears harm in China (how likely not known) and in Syria
    offers "yes, to China" only on the reading that Taiwan is a country other than China; read as
    part of China, harm in China is feared in Taiwan itself, Syria is the one country the person
    might be sent on to, and the question is yes or no."""
    person = rl.Person("P", {"CHN"}, location="DEU")
    unsure = rl.Harm(
        "prison for Falun Gong practice",
        "CHN",
        actor="state",
        severity="serious",
        reasons={rl.Ground.RELIGION},
    )
    case = rl.Claim(person, fears=[unsure, falun_gong("SYR")])

    def offered(doctrine: rl.Doctrine) -> list[str]:
        result = rl.assess_return(case, by="DEU", to="TWN", on=ON, doctrine=doctrine)
        asked = [q for q in questions(result) if q.path == "onward_removal['TWN']"]
        return [a.label for q in asked for a in q.answers]

    assert offered(APART) == ["yes", "no", "yes, to China", "yes, to Syria"]
    assert offered(PART) == ["yes", "no"]


# ---------------------------------------------------------------------------------------------
# Taiwan as the State whose obligations, treaty participation or Art 1B regime is asked
# ---------------------------------------------------------------------------------------------


def _customary(state: str, doctrine: rl.Doctrine) -> rl.StateObligation:
    (custom,) = [
        o
        for o in rl.obligations_of(state, on=ON, doctrine=doctrine)
        if o.instrument == "customary-international-law"
    ]
    return custom


def test_on_the_reading_that_taiwan_is_part_of_china_it_is_refused_as_a_state_as_hong_kong_is() -> (
    None
):
    """GA res. 2758 (XXVI); VCLT art. 29: on the reading that Taiwan is part of China, as Hong Kong
    and Macao are (``taiwan_outside_china=False``), 'TWN' names no State whose obligations, treaty
    participation or Art 1B regime can be asked, and is refused naming 'CHN', as 'HKG' is (before:
    "obligations of Taiwan", customary non-refoulement binding it "as every state")."""
    calls: list[Callable[[], object]] = [
        lambda: rl.obligations_of("TWN", on=ON, doctrine=PART),
        lambda: rl.explain_obligations("TWN", on=ON, doctrine=PART),
        lambda: rl.party_status("TWN", "cat-1984", on=ON, doctrine=PART),
        lambda: rl.assess_status(claim(location="DEU"), on=ON, state="TWN", doctrine=PART),
    ]
    for call in calls:
        with pytest.raises(rl.InvalidInput) as info:
            call()
        (problem,) = info.value.problems
        assert problem.path == "state"
        assert "TWN (Taiwan) is part of China on the reading the doctrine takes" in problem.message
        assert "(taiwan_outside_china=False)" in problem.message
        assert "give 'CHN'" in problem.message
    # On the other readings Taiwan is taken where a State is meant, as before.
    for doctrine in (APART, rl.Doctrine()):
        assert rl.party_status("TWN", "cat-1984", on=ON, doctrine=doctrine).verdict is (
            rl.Verdict.UNKNOWN
        )
        rl.assess_status(claim(location="DEU"), on=ON, state="TWN", doctrine=doctrine)


def test_the_command_line_refuses_state_twn_on_the_reading_that_taiwan_is_part_of_china(
    tmp_path: Path,
) -> None:
    """``--state TWN --doctrine taiwan_outside_china=false`` is refused as ``--state HKG`` is
    (before: "Taiwan's" Art 1B regime assessed, UNDETERMINED); so is ``obligations TWN``."""
    from refugeelaw.cli import main

    record = tmp_path / "claim.jsonl"
    record.write_text(rl.to_json(claim(location="DEU")) + "\n", encoding="utf-8")
    position = ["--doctrine", "taiwan_outside_china=false", "--on", ON]
    for argv in (
        ["assess", str(record), "--state", "TWN", *position],
        ["obligations", "TWN", *position],
    ):
        assert main(argv) == 2, argv


def test_custom_binds_taiwan_only_on_the_reading_that_it_is_apart_and_is_unknown_without_one() -> (
    None
):
    """Customary non-refoulement (ExCom Conclusion No. 6; Nicaragua para. 186) binds every State:
    Taiwan as one only on the reading that it is a country other than China. With no position
    taken, whether it binds Taiwan is unknown, turning on ``doctrine.taiwan_outside_china``, named
    (before: bound, "as every state", the position not named); with the position, bound, the
    position named among the finding's assumptions. Eleven treaty duties are beyond the data since
    Refugee Convention art. 38 is held (ten before: review s38 sd38 F1)."""
    open_ = _customary("TWN", rl.Doctrine())
    assert open_.bound is rl.Verdict.UNKNOWN
    assert open_.contested
    tree = rl.explain_obligations("TWN", on=ON)
    custom = tree.find("customary non-refoulement")
    assert custom is not None
    assert custom.verdict is rl.Verdict.UNKNOWN
    assert POSITION in custom.missing
    assert any(a.startswith("taiwan_outside_china=None") for a in custom.assumptions)
    assert tree.reason == (
        "no refugee-relevant obligation is shown to bind Taiwan; whether 11 more do is beyond the "
        "data; whether 1 more does turns on a contested position (taiwan_outside_china)"
    )
    apart = _customary("TWN", APART)
    assert apart.bound is rl.Verdict.MET
    tree = rl.explain_obligations("TWN", on=ON, doctrine=APART)
    custom = tree.find("customary non-refoulement")
    assert custom is not None
    assert custom.verdict is rl.Verdict.MET
    assert any(a.startswith("taiwan_outside_china=True") for a in custom.assumptions)
    assert "(taiwan_outside_china=True)" in custom.reason
    assert tree.reason == (
        "1 refugee-relevant obligation binds Taiwan; whether 11 more do is beyond the data"
    )
    # Any other State: the position is not read.
    china = rl.explain_obligations("CHN", on=ON).find("customary non-refoulement")
    assert china is not None
    assert not any(a.startswith("taiwan_outside_china=") for a in china.assumptions)
    assert _customary("CHN", rl.Doctrine()).bound is rl.Verdict.MET


# ---------------------------------------------------------------------------------------------
# A removal to Taiwan by a State other than China, and a person in Taiwan (return review F1): on
# either reading of GA res. 2758 (XXVI) Taiwan is part of China or a country other than China,
# never part of the United States or Germany.
# ---------------------------------------------------------------------------------------------

ANOTHER = "a return to another State"


def torture_in(country: str) -> rl.Harm:
    """The review's reproducer: torture by the police, a threat to life or freedom."""
    return rl.Harm(
        "torture by the police",
        country,
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="state",
        reasons={rl.Ground.POLITICAL_OPINION},
        torture=True,
        risk_to_life=False,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )


def elements(result: rl.ReturnAssessment, start: str) -> list[rl.Finding]:
    return [f for _, f in result.finding.walk() if f.element.startswith(start)]


def branches_agree(result: rl.ReturnAssessment, rerun: dict[bool, rl.ReturnAssessment]) -> None:
    """The doctrine-branch property for the Taiwan position: a decided default is what every
    reading gives; an undecided one asks the position, and each answer is the re-assessment."""
    if result.outcome is not rl.ReturnOutcome.UNDETERMINED:
        assert {r.outcome for r in rerun.values()} == {result.outcome}
        assert POSITION not in result.missing_facts()
        return
    asked = [q for q in questions(result) if q.path == POSITION]
    if len({r.outcome for r in rerun.values()}) > 1:
        assert asked
    for q in asked:
        for answer in q.answers:
            assert answer.outcome is rerun[answer.value].outcome


@pytest.mark.parametrize(
    ("by", "national", "feared"),
    [("USA", "TWN", "TWN"), ("DEU", "CHN", "TWN"), ("DEU", "TWN", "TWN")],
)
def test_cat_3_1_art_33_1_a_third_state_removal_to_taiwan_crosses_a_frontier_on_every_reading(
    by: str, national: str, feared: str
) -> None:
    """CAT art. 3(1) ("to another State"), Refugee Convention art. 33(1) ("to the frontiers of
    territories"), custom, ECHR art. 3, GA res. 2758 (XXVI): the United States or Germany removing
    a person who fears torture in Taiwan to Taiwan is a return to another State whatever the
    position, part of
    China or a country other than China (before: UNDETERMINED under None and True, "whether it is
    part of United States ... is not in the data", missing ``states['USA'].territories``)."""
    results = {
        d.taiwan_outside_china: rl.assess_return(
            rl.Claim(
                rl.Person("K", {read_as(national, d)}, location=by), fears=[torture_in(feared)]
            ),
            by=by,
            to="TWN",
            on="2010-01-01",
            doctrine=d,
        )
        for d in DOCTRINES
    }
    for position, result in results.items():
        assert result.outcome is rl.ReturnOutcome.PROHIBITED, position
        breached = [str(b.citation) for b in result.breaches]
        assert {"CAT art. 3(1)", CUSTOM} <= set(breached)
        # A national of China fearing harm in Taiwan is a refugee (and art. 33(1) protects him)
        # only where Taiwan is read as part of China (Art 1A(2): feared in the country of
        # nationality); the CAT bar does not ask.
        if national == "TWN" or position is False:
            assert "Refugee Convention art. 33(1)" in breached
        if by == "DEU":
            assert "ECHR art. 3" in breached
        assert not any("territories" in m for m in result.missing_facts())
        another = elements(result, ANOTHER)
        assert another
        for element in another:
            assert element.verdict is rl.Verdict.MET
            assert GA_2758 in [str(c) for c in element.citations]
            assert element.missing == ()
    default = elements(results[None], ANOTHER)[0]
    assert default.reason.startswith("Taiwan is outside ")
    assert "on either reading of its relation to China" in default.reason
    assert default.assumptions == ()
    assert named(results[None]) == []
    assert elements(results[True], ANOTHER)[0].assumptions == (
        APART.position("taiwan_outside_china"),
    )
    assert elements(results[False], ANOTHER)[0].assumptions == (
        PART.position("taiwan_outside_china"),
    )
    branches_agree(results[None], {True: results[True], False: results[False]})


def north_korean_in_taiwan(**facts: Any) -> rl.Claim:
    """A national of North Korea in Taiwan who fears torture in North Korea."""
    person = rl.Person("K", {"PRK"}, location="TWN")
    return rl.Claim(person, fears=[torture_in("PRK")], **facts)


def reach(result: rl.ReturnAssessment, by: str = "China") -> list[rl.Finding]:
    return elements(result, f"within the reach of {by}")


def test_art_33_1_china_returning_a_person_in_taiwan_reaches_them_only_if_taiwan_is_part_of_china() -> (
    None
):
    """Refugee Convention art. 33(1), CAT art. 3(1), custom, GA res. 2758 (XXVI): China would
    return to North Korea a North Korean who is in Taiwan. Read as part of China, Taiwan is China's
    territory: PROHIBITED. Read as a country other than China, the person is not in China's
    territory nor at its frontier, and within its reach only if its officials hold them, which the
    claim does not record: UNDETERMINED, waiting on ``under_control_of`` (review s39 rt39 F1; was
    PERMITTED, no bar reaching them). No position: UNDETERMINED, asking it, each answer the
    re-assessment (before: UNDETERMINED on every reading, "whether it is within the territory or
    jurisdiction of China is not in the data", missing ``states['CHN'].territories``)."""
    results = {
        d.taiwan_outside_china: rl.assess_return(
            north_korean_in_taiwan(), by="CHN", to="PRK", on="2010-01-01", doctrine=d
        )
        for d in DOCTRINES
    }
    default, apart, part = results[None], results[True], results[False]
    assert part.outcome is rl.ReturnOutcome.PROHIBITED
    assert {str(b.citation) for b in part.breaches} == {
        "Refugee Convention art. 33(1)",
        "CAT art. 3(1)",
        CUSTOM,
    }
    assert all(f.verdict is rl.Verdict.MET for f in reach(part))
    assert "read as part of China, as Hong Kong and Macao are: in the territory of China" in (
        reach(part)[0].reason
    )
    assert named(part) == [PART.position("taiwan_outside_china")]
    assert apart.outcome is rl.ReturnOutcome.UNDETERMINED
    assert all(f.verdict is rl.Verdict.UNKNOWN for f in reach(apart))
    assert all("under_control_of" in f.missing for f in reach(apart))
    assert named(apart) == [APART.position("taiwan_outside_china")]
    assert default.outcome is rl.ReturnOutcome.UNDETERMINED
    assert default.missing_facts() == (POSITION,)
    assert all(f.verdict is rl.Verdict.UNKNOWN for f in reach(default))
    assert all(f.missing == (POSITION,) for f in reach(default))
    assert all(GA_2758 in [str(c) for c in f.citations] for f in reach(default))
    (asked,) = [q for q in questions(default) if q.path == POSITION]
    assert "a person in Taiwan is outside China's territory" in asked.text
    assert {(a.value, a.outcome) for a in asked.answers} == {
        (True, rl.ReturnOutcome.UNDETERMINED),
        (False, rl.ReturnOutcome.PROHIBITED),
    }
    branches_agree(default, {True: apart, False: part})


def test_cat_3_1_china_returning_a_person_in_taiwan_under_its_control_reaches_them_either_way() -> (
    None
):
    """CAT art. 3(1) and General Comment No. 2 para. 16: a person in Taiwan under China's
    effective control is within its jurisdiction on the reading that Taiwan is a country other
    than China, as anywhere abroad, so the position no longer decides CAT's reach."""
    case = north_korean_in_taiwan(under_control_of={"CHN"})
    apart = rl.assess_return(case, by="CHN", to="PRK", on="2010-01-01", doctrine=APART)
    cat = [f for f in reach(apart) if "CAT art. 3(1)" in [str(c) for c in f.citations]]
    assert cat
    assert all(f.verdict is rl.Verdict.MET for f in cat)
    assert "CAT art. 3(1)" in [str(b.citation) for b in apart.breaches]


@pytest.mark.parametrize("by", ["USA", "JPN"])
def test_art_33_1_a_person_in_taiwan_is_outside_any_state_but_china_on_every_reading(
    by: str,
) -> None:
    """Refugee Convention art. 33(1), GA res. 2758 (XXVI): a North Korean in Taiwan is not in the
    territory of the United States or Japan on either reading (before: UNDETERMINED, "whether it
    is within the territory or jurisdiction of United States is not in the data"), so either
    reaches them only if its officials hold them, which the claim does not record (review s39 rt39
    F1: was PERMITTED): the same under every position, none named or asked."""
    for doctrine in DOCTRINES:
        result = rl.assess_return(
            north_korean_in_taiwan(), by=by, to="PRK", on="2010-01-01", doctrine=doctrine
        )
        assert result.outcome is rl.ReturnOutcome.UNDETERMINED
        found_reach = elements(result, "within the reach of ")
        assert found_reach
        assert all(f.verdict is rl.Verdict.UNKNOWN for f in found_reach)
        assert all("on either reading of its relation to China" in f.reason for f in found_reach)
        assert named(result) == []
        assert "under_control_of" in result.missing_facts()
        assert "doctrine.taiwan_outside_china" not in result.missing_facts()


@pytest.mark.parametrize(
    ("by", "to", "location", "national", "feared"),
    [
        ("USA", "TWN", "USA", "TWN", "TWN"),
        ("DEU", "TWN", "DEU", "CHN", "TWN"),
        ("CHN", "PRK", "TWN", "PRK", "PRK"),
        ("USA", "PRK", "TWN", "PRK", "PRK"),
    ],
)
def test_cat_3_1_every_answer_for_a_removal_touching_taiwan_is_the_reassessment(
    by: str, to: str, location: str, national: str, feared: str
) -> None:
    """CAT art. 3(1), Refugee Convention art. 33(1), GA res. 2758 (XXVI): for each of the review's
    Taiwan cases, every question the default result asks (the position among them where it
    decides) lists for each answer the outcome of assessing again with it, as the property of
    ``tests/test_questions.py`` checks for its own generated returns."""
    from test_questions import _check

    person = rl.Person("K", {national}, location=location)
    case = rl.Claim(person, fears=[torture_in(feared)])
    result = rl.assess_return(case, by=by, to=to, on="2010-01-01")
    _check(result, lambda c, d: rl.assess_return(c, by=by, to=to, on="2010-01-01", doctrine=d))


def _of_taiwan(nationalities: set[str] | None, harm: str = "TWN") -> rl.Claim:
    """A person whose former home is Taiwan, in Germany, fearing detention in ``harm``."""
    fear = rl.Harm(
        "detention",
        harm,
        severity="threat_to_life_or_freedom",
        likelihood=0.9,
        actor="state",
        reasons={rl.Ground.POLITICAL_OPINION},
    )
    person = rl.Person("A", nationalities, location="DEU", habitual_residence="TWN")
    return rl.Claim(person, fears=[fear])


def test_art_1a2_nationality_question_offers_taiwan_as_the_position_reads_it() -> None:
    """Art 1A(2) ("the country of his nationality", a State's), GA res. 2758 (XXVI): the
    nationality question offers China, not Taiwan, where Taiwan is read as part of China (as it
    offers China for a place in Hong Kong: 'TWN' is refused as a nationality then); Taiwan where
    it is read apart; both where no position is taken, each answer's outcome its own (was: "a
    national of Taiwan" on every reading)."""

    def offered(doctrine: rl.Doctrine) -> list[tuple[tuple[str, ...], rl.Status | None]]:
        result = rl.assess_status(_of_taiwan(None), on=ON, doctrine=doctrine)
        (asked,) = [q for q in questions(result) if q.path == "person.nationalities"]
        return [(tuple(a.value), a.status) for a in asked.answers]

    part = offered(PART)
    assert [v for v, _ in part] == [("CHN",), ("DEU",), ()]
    # An answer the rules assess (not refused): whose protection then counts against a harm in
    # Taiwan is the known "protection's country of reference" item, asked here.
    assert dict(part)[("CHN",)] is rl.Status.UNDETERMINED
    assert dict(part)[("DEU",)] is rl.Status.NOT_REFUGEE
    assert [v for v, _ in offered(APART)] == [("TWN",), ("DEU",), ()]
    assert [v for v, _ in offered(rl.Doctrine())] == [("TWN",), ("CHN",), ("DEU",), ()]


def test_art_1a2_protection_names_the_state_of_china_where_taiwan_is_read_part_of_it() -> None:
    """Art 1A(2), UNHCR Handbook paras 101-105: a stateless person whose former home is Taiwan,
    fearing the state there: on the reading that Taiwan is part of China the persecuting State is
    China, so named (was: "the state of Taiwan is itself the persecutor", the same result saying
    Taiwan is part of China); read apart, Taiwan's, as before."""
    part = rl.assess_status(_of_taiwan(set()), on=ON, doctrine=PART)
    protection = part.finding.find("protection of Taiwan")
    assert protection is not None
    assert protection.reason == (
        "the state of China (Taiwan part of it on the reading taken, taiwan_outside_china=False) "
        "is itself the persecutor, so its protection is unavailable"
    )
    assert "state of Taiwan" not in part.explain()
    apart = rl.assess_status(_of_taiwan(set()), on=ON, doctrine=APART)
    found = apart.finding.find("protection of Taiwan")
    assert found is not None
    assert found.reason == (
        "the state of Taiwan is itself the persecutor, so its protection is unavailable"
    )
    assert part.outcome is apart.outcome is rl.Status.REFUGEE


@pytest.mark.parametrize(
    ("apart", "outcome"),
    [
        (None, rl.Status.UNDETERMINED),
        (False, rl.Status.REFUGEE),
        (True, rl.Status.EXCLUDED),
    ],
)
def test_art_1e_asks_whether_taiwan_is_a_country_of_residence_for_a_national_of_china(
    apart: bool | None, outcome: rl.Status
) -> None:
    """Refugee Convention Art 1E reaches only "the country in which he has taken residence": a
    country of the person's nationality is not one (its protection is for Art 1A(2)). Whether
    Taiwan is a country other than China for a Chinese national with the rights of a national
    there is the contested position ``taiwan_outside_china`` (GA res. 2758 (XXVI)): unknown,
    asking it, where none is taken; on the reading that Taiwan is part of China, Art 1E does not
    apply and Art 1A(2) decides (REFUGEE here); on the other, Art 1E excludes. Each decided
    result names the reading. Was: EXCLUDED on every reading, nothing asked or named."""
    fear = rl.Harm(
        "detention for dissent", "CHN", severity="threat_to_life_or_freedom", likelihood=0.5,
        actor="state", reasons={"political_opinion"},
    )  # fmt: skip
    claim = rl.Claim(
        rl.Person("x", nationalities={"CHN"}, location="GBR"),
        fears=[fear],
        rights_of_national_in="TWN",
    )
    status = rl.assess_status(
        claim, on="2010-06-30", state="GBR", doctrine=rl.Doctrine(taiwan_outside_china=apart)
    )
    assert status.outcome is outcome
    if apart is None:
        assert status.missing_facts() == ("doctrine.taiwan_outside_china",)
    else:
        assert any("taiwan_outside_china" in a for a in status.assumptions())


def test_art_1e_does_not_ask_the_taiwan_position_where_a_fear_in_taiwan_answers_either_way() -> (
    None
):
    """Refugee Convention Art 1E: a well-founded fear of persecution in Taiwan, without its
    protection, keeps Art 1E from applying on the reading that Taiwan is a country of residence
    (the rights of a national are no answer to persecution by the country that accords them),
    and on the other it is the person's own country, for Art 1A(2): REFUGEE on either reading,
    with the position neither asked nor named by Art 1E (was: UNDETERMINED asking
    ``taiwan_outside_china``, both of whose answers gave REFUGEE)."""

    def fear(country: str) -> rl.Harm:
        return rl.Harm(
            "detention for dissent", country, severity="threat_to_life_or_freedom",
            likelihood=0.5, actor="state", reasons={"political_opinion"},
        )  # fmt: skip

    claim = rl.Claim(
        rl.Person("x", nationalities={"CHN"}, location="GBR"),
        fears=[fear("CHN"), fear("TWN")],
        rights_of_national_in="TWN",
        protection={"TWN": "unavailable"},
    )
    status = rl.assess_status(claim, on="2010-06-30", state="GBR")
    assert status.outcome is rl.Status.REFUGEE
    assert status.missing_facts() == ()
    rights = status.finding.find("Art 1E: rights of a national in the country of residence")
    assert rights is not None
    assert rights.verdict is rl.Verdict.NOT_MET
    assert not any("taiwan_outside_china" in a for a in rights.assumptions)
    assert "does not apply on either reading" in rights.reason


# ---------------------------------------------------------------------------------------------
# Harms feared in Taiwan and in China taken together only on one reading (iface s36 F2, return
# s36 F2)
# ---------------------------------------------------------------------------------------------


def _dissident(**facts: Any) -> rl.Claim:
    def harm(what: str, country: str) -> rl.Harm:
        return rl.Harm(
            what,
            country,
            severity="threat_to_life_or_freedom",
            likelihood=0.06,
            actor="state",
            reasons={"political_opinion"},
            torture=True,
        )

    return rl.Claim(
        rl.Person("Dissident", nationalities={"CHN"}, location="USA"),
        fears=[harm("detention on the mainland", "CHN"), harm("abduction by PRC agents", "TWN")],
        protection={"CHN": "unavailable"},
        **facts,
    )


def test_art_1a2_harms_in_china_and_taiwan_taken_together_only_if_taiwan_is_part_of_china() -> None:
    """Art 1A(2), "being persecuted" in any of the forms feared: harms in China and in Taiwan at
    0.06 each, assessed together at 0.11, are one fear only on the reading that Taiwan is part
    of China (GA res. 2758 (XXVI)); with no position taken, the outcome asks it (before: a
    confident NOT_REFUGEE); each position taken gives its own branch, named."""
    claim = _dissident(likelihood_of_any={"0,1": 0.11})
    default = rl.assess_status(claim, on="2010-06-30", state="USA")
    assert default.outcome is rl.Status.UNDETERMINED
    assert default.missing_facts() == (POSITION,)
    assert rl.status_outcomes([claim], on="2010-06-30", state="USA") == [rl.Status.UNDETERMINED]
    apart = rl.assess_status(claim, on="2010-06-30", state="USA", doctrine=APART)
    part = rl.assess_status(claim, on="2010-06-30", state="USA", doctrine=PART)
    assert (apart.outcome, part.outcome) == (rl.Status.NOT_REFUGEE, rl.Status.REFUGEE)
    assert any(a.startswith("taiwan_outside_china=True") for a in named(apart))
    assert any(a.startswith("taiwan_outside_china=False") for a in named(part))
    # Assessed below the threshold, they are no fear on either reading: nothing asked or named.
    low = rl.assess_status(
        _dissident(likelihood_of_any={"0,1": 0.08}), on="2010-06-30", state="USA"
    )
    assert low.outcome is rl.Status.NOT_REFUGEE
    assert not any("taiwan_outside_china" in a for a in named(low))


def test_cat_3_harms_in_taiwan_and_china_on_a_return_to_taiwan_ask_the_position() -> None:
    """CAT art. 3(1), "in danger of being subjected to torture": on a return to Taiwan, which
    would not send the person on, torture at 0.06 in Taiwan and 0.06 on the mainland is a danger
    between 0.06 and 0.12 on the reading that Taiwan is part of China, and 0.06 on the other:
    the bar turns on the position, which is asked (before: a confident PERMITTED), citing GA res.
    2758 (XXVI)."""
    claim = _dissident(onward_removal={"TWN": False})
    default = rl.assess_return(claim, by="USA", to="TWN", on="2016-06-01")
    assert default.outcome is rl.ReturnOutcome.UNDETERMINED
    assert POSITION in default.missing_facts()
    assert "likelihood_of_any['0,1']" in default.missing_facts()
    cat = default.finding.find("CAT art. 3 bar")
    assert cat is not None
    assert cat.verdict is rl.Verdict.UNKNOWN
    assert rl.Citation("un-ga-res-2758-1971", "preamble") in {
        c for _, f in cat.walk() for c in f.citations
    }
    apart = rl.assess_return(claim, by="USA", to="TWN", on="2016-06-01", doctrine=APART)
    assert apart.outcome is rl.ReturnOutcome.PERMITTED
    assert any(a.startswith("taiwan_outside_china=True") for a in named(apart))
