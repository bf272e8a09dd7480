"""Macao under Portuguese administration: read as Portugal's and outside China until 20 December
1999, a contested reading named where the answer turns on it.

Sino-Portuguese Joint Declaration (signed 13 April 1987, in force 15 January 1988), para. 1: the
two Governments "declare that the Macao area ... is Chinese territory", China to resume the
exercise of sovereignty from 20 December 1999; Portugal's Constitution of 1976 counted Macao not
in Portugal's territory (art. 5(1)) but as "under Portuguese administration" (art. 5(4)). No
source cited holds Macao outside China: what is contested is the library's own reading, which
keeps Macao with Portugal, outside China, until 19 December 1999 on administration and
jurisdiction alone (Portugal alone exercised jurisdiction there and conducted its international
relations), and from 25 April 1976 names it (``law.territory.ADMINISTERED_READING``) where a
result turns on it: Art 1A(2)'s "outside the country of his nationality" and "feared in a country
of nationality", Art 1E's country of residence, and, on return, the reach of China's duties,
whether a removal from China to Macao is one "to another State" (CAT art. 3(1)) and where the
risk is feared; Portugal's refusal of a removal to Macao says it rests on the reading. Portugal's
removal of a person from Macao to China is a return to another State on either reading, and names
nothing. No outcome changes.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import refugeelaw as rl
from refugeelaw.law.territory import (
    ADMINISTERED_READING,
    administered_decides,
    administered_pair,
)
from refugeelaw.sources.territories import administered, as_claimed, held, state_of

CAT3 = rl.Citation("cat-1984", "3(1)")
JOINT_DECLARATION = "by the Joint Declaration signed on 13 April 1987 (in force 15 January 1988)"
WORDS = "Macao, under the administration of Portugal, is read as Portugal's and outside China"


def _harm(country: str) -> rl.Harm:
    return rl.Harm(
        "detention for religion",
        country,
        severity=rl.Severity.SERIOUS,
        likelihood=0.6,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.RELIGION},
        torture=True,
    )


def _claim(nationality: str, location: str, feared_in: str) -> rl.Claim:
    return rl.Claim(
        person=rl.Person(nationalities={nationality}, location=location),
        fears=(_harm(feared_in),),
    )


def _element(result: rl.StatusDetermination, name: str) -> rl.Finding:
    found = [f for _, f in result.finding.walk() if f.element == name]
    assert len(found) == 1, name
    return found[0]


def _named(result: rl.StatusDetermination | rl.ReturnAssessment) -> list[str]:
    return [a for a in result.assumptions() if a.endswith(ADMINISTERED_READING)]


def test_the_data_records_the_contested_period_from_the_1976_constitution() -> None:
    """Joint Declaration para. 1; Constitution of Portugal (1976) art. 5(4). Portugal held Macao
    throughout ('responsible'); from 25 April 1976 until 19 December 1999 the record names China
    as the State that held it its territory, with the words and sources of the reading; before,
    and in Hong Kong on every date, no such period."""
    period = administered("MAC", dt.date(1990, 6, 1))
    assert period is not None
    assert (period.state, period.territory_of) == ("PRT", "CHN")
    assert (period.since, period.until) == (dt.date(1976, 4, 25), dt.date(1999, 12, 19))
    assert "'is Chinese territory'" in period.contested
    assert "(para. 1)" in period.contested
    assert JOINT_DECLARATION in period.contested
    assert period.status == "secondary"  # the Constitution's text and date read in copies
    # The contested point is the library's reading, not China's title (review s33 own1 F7): the
    # words say so, what the sources hold against it, and why the library takes it.
    assert "its belonging to China is contested" not in period.contested
    assert "that reading is the contested point, not China's title" in period.contested
    assert "did not count Macao in Portugal's territory (art. 5(1))" in period.contested
    assert "on administration and jurisdiction alone" in period.contested
    assert "Portugal alone exercised jurisdiction there" in period.contested
    assert any("41/92" in s.title for s in period.sources)  # the ICCPR extended to Macao
    assert any("Parecer n.º 89/1996" in s.title for s in period.sources)  # in force 15 Jan 1988
    assert any("is Chinese territory" in s.title for s in period.sources)  # para. 1, read
    assert administered("MAC", dt.date(1976, 4, 24)) is None
    assert administered("MAC", dt.date(1999, 12, 20)) is None
    assert administered("HKG", dt.date(1990, 6, 1)) is None  # China's claim alone
    # The library's reading is unchanged: Portugal's, outside China.
    assert held("MAC", dt.date(1990, 6, 1)) == ("PRT", "responsible")
    assert state_of("MAC", dt.date(1990, 6, 1)) == "PRT"
    assert as_claimed("MAC", dt.date(1990, 6, 1)) == "CHN"
    assert as_claimed("MAC", dt.date(2005, 1, 1)) == "MAC"


def test_the_reading_decides_only_where_macao_and_china_or_portugal_are_compared() -> None:
    """Art 1A(2): whether a place is one of the person's countries turns on the reading only where
    the answer differs with Macao read as China: Macao and China, Macao and Portugal; not Macao
    and North Korea, nor China and Portugal."""
    on = dt.date(1990, 6, 1)
    assert administered_decides("MAC", ("CHN",), on) is not None
    assert administered_decides("MAC", ("PRT",), on) is not None
    assert administered_decides("CHN", ("MAC",), on) is not None
    assert administered_decides("MAC", ("PRK",), on) is None
    assert administered_pair("CHN", "PRT", on) is None
    assert administered_decides("MAC", ("CHN",), dt.date(1975, 6, 1)) is None


def test_a_chinese_national_in_macao_in_1990_is_outside_china_on_the_named_reading() -> None:
    """Refugee Convention art. 1A(2), "outside the country of his nationality"; Joint Declaration
    para. 1. A Chinese national in Macao on 1 June 1990 fearing State persecution in China: a
    refugee, as before, the outside element met; its reason says that Macao is read as outside
    China, and the reading is named among the result's assumptions, in the text and Markdown
    explanations alike."""
    result = rl.assess_status(_claim("CHN", "MAC", "CHN"), on="1990-06-01")
    assert result.outcome is rl.Status.REFUGEE
    outside = _element(result, "outside the country of nationality")
    assert outside.verdict is rl.Verdict.MET
    assert outside.reason == f"the person is in Macao, outside China ({WORDS})"
    (reading,) = _named(result)
    assert reading in outside.assumptions
    assert JOINT_DECLARATION in reading
    for text in (result.explain(), result.explain("markdown")):
        assert WORDS in text
        assert "'is Chinese territory', China to resume the exercise of sovereignty" in text
        assert "a national of that State there would not be outside the country" in text


def test_a_north_korean_in_macao_in_1990_names_no_reading() -> None:
    """Refugee Convention art. 1A(2): a North Korean in Macao fearing the DPRK is outside North
    Korea on either reading of Macao: a refugee, and nothing turns on Macao's belonging."""
    result = rl.assess_status(_claim("PRK", "MAC", "PRK"), on="1990-06-01")
    assert result.outcome is rl.Status.REFUGEE
    assert _named(result) == []
    assert WORDS not in result.explain()


@pytest.mark.parametrize("on", ["1975-06-01", "1976-04-24"])
def test_before_25_april_1976_macao_is_recorded_as_portugal_s_and_no_reading_is_named(
    on: str,
) -> None:
    """Refugee Convention art. 1A(2): before Portugal's Constitution of 1976 came into force, the
    data records Portugal's holding of Macao and China's claim alone, as for Hong Kong: a Chinese
    national in Macao is outside China, and no reading is named."""
    result = rl.assess_status(_claim("CHN", "MAC", "CHN"), on=on)
    assert result.outcome is rl.Status.REFUGEE
    assert _named(result) == []
    outside = _element(result, "outside the country of nationality")
    assert outside.reason == "the person is in Macao, outside China"


def test_hong_kong_before_1997_is_given_no_such_reading() -> None:
    """Refugee Convention art. 1A(2): a Chinese national in Hong Kong in 1990 is outside China,
    Hong Kong a British dependent territory; China's claim to it (its letter of 8 March 1972) was
    its own alone, and no reading is named."""
    result = rl.assess_status(_claim("CHN", "HKG", "CHN"), on="1990-06-01")
    assert result.outcome is rl.Status.REFUGEE
    assert _named(result) == []
    assert _element(result, "outside the country of nationality").reason == (
        "the person is in Hong Kong, outside China"
    )


def test_from_20_december_1999_a_chinese_national_in_macao_has_not_left_china() -> None:
    """Refugee Convention art. 1A(2); Joint Declaration para. 1: from 20 December 1999 Macao is
    part of China, recorded, not a reading."""
    result = rl.assess_status(_claim("CHN", "MAC", "CHN"), on="2005-06-01")
    assert result.outcome is rl.Status.NOT_REFUGEE
    assert _element(result, "outside the country of nationality").verdict is rl.Verdict.NOT_MET
    assert _named(result) == []


def test_a_portuguese_national_in_macao_in_1990_is_not_outside_portugal_only_on_the_reading() -> (
    None
):
    """Refugee Convention art. 1A(2), "outside the country of his nationality"; Constitution of
    Portugal (1976) art. 5(1), (4). A Portuguese national in Macao in 1990 is in a territory that
    Portugal's own Constitution did not count in its territory: he is "not outside Portugal" only
    on the library's reading (Macao read as Portugal's, on the jurisdiction Portugal alone
    exercised there), and on the other, Macao Chinese territory, he would be outside it. Not a
    refugee, as before; the result names the reading, and the words claim no more than it: Macao
    is "a territory under the administration of Portugal" (art. 5(4)), read as Portugal's, not
    "a territory of Portugal" (was: "the person is still in Macao, a territory of Portugal on
    1990-06-01 ... (Macao, under the administration of Portugal, is read as outside China)")."""
    result = rl.assess_status(_claim("PRT", "MAC", "PRT"), on="1990-06-01")
    assert result.outcome is rl.Status.NOT_REFUGEE
    outside = _element(result, "outside the country of nationality")
    assert outside.verdict is rl.Verdict.NOT_MET
    assert outside.reason == (
        "the person is still in Macao, a territory under the administration of Portugal on "
        "1990-06-01: the Convention protects only those who have crossed an international "
        f"frontier ({WORDS})"
    )
    assert "a territory of Portugal" not in result.explain()
    (reading,) = _named(result)
    assert reading in outside.assumptions
    assert "did not count Macao in Portugal's territory (art. 5(1))" in reading
    assert "a national of the administering State there would be outside his own country" in reading


def test_harm_feared_in_macao_in_1990_is_not_feared_in_china_on_the_named_reading() -> None:
    """Refugee Convention art. 1A(2), "feared in a country of nationality": a Chinese national in
    Japan fearing detention in Macao in 1990 fears it outside China on the reading taken; not a
    refugee, as before, the element naming the reading."""
    result = rl.assess_status(_claim("CHN", "JPN", "MAC"), on="1990-06-01")
    assert result.outcome is rl.Status.NOT_REFUGEE
    feared = _element(result, "feared in a country of nationality")
    assert feared.verdict is rl.Verdict.NOT_MET
    assert feared.reason.endswith(f"not on refugee status ({WORDS})")
    assert len(_named(result)) == 1


def test_a_removal_from_china_to_macao_in_1990_is_a_return_to_another_state_named() -> None:
    """CAT art. 3(1), "to another State"; Joint Declaration para. 1. In 1990 China removing a
    North Korean to Macao crosses an international frontier on the reading taken (on the other, a
    move within China, refused); the finding says so and names the reading. From 2000 the move is
    within China, and refused."""
    claim = _claim("PRK", "CHN", "PRK")
    result = rl.assess_return(claim, by="CHN", to="MAC", on="1990-06-01")
    places = [f for _, f in result.finding.walk() if f.element == "a return to another State"]
    assert places
    assert all(f.verdict is rl.Verdict.MET for f in places)
    assert places[0].reason == (
        f"removing the person from China to Macao crosses an international frontier: {WORDS}"
    )
    assert len(_named(result)) == 1
    with pytest.raises(rl.InvalidInput, match="part of China"):
        rl.assess_return(claim, by="CHN", to="MAC", on="2000-01-01")


def test_china_s_duties_do_not_reach_a_person_in_macao_in_1990_on_the_named_reading() -> None:
    """CAT art. 3(1): a North Korean in Macao in 1990 is not within China's territory on the
    reading taken (Portugal alone exercised jurisdiction there); on the other reading they would
    be. Outside its territory, China reaches them only by holding them, which the claim does not
    record (review s39 rt39 F1: was PERMITTED, reach not met): the reach waits on
    ``under_control_of``, the reading named."""
    claim = _claim("PRK", "MAC", "PRK")
    result = rl.assess_return(claim, by="CHN", to="PRK", on="1990-06-01")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    reach = [f for _, f in result.finding.walk() if f.element == "within the reach of China"]
    assert reach
    assert all(f.verdict is rl.Verdict.UNKNOWN for f in reach)
    assert reach[0].reason.startswith(
        f"the person is in Macao, not in or at the frontier of China ({WORDS}); "
    )
    assert "under_control_of" in result.missing_facts()
    assert len(_named(result)) == 1


def test_torture_feared_in_macao_on_a_return_to_china_in_1990_names_the_reading() -> None:
    """CAT art. 3(1): returned to China in 1990, a person who fears torture in Macao is at risk
    there only if China would send them on (Macao read as outside China); on the other reading the
    torture would be feared in the receiving State. The risk names the reading."""
    claim = _claim("PRK", "GBR", "MAC")
    result = rl.assess_return(claim, by="GBR", to="CHN", on="1990-06-01")
    risk = [f for _, f in result.finding.walk() if f.element == "risk of torture in or from China"]
    assert risk
    assert risk[0].reason.endswith(f"({WORDS})")
    assert any(a.endswith(ADMINISTERED_READING) for a in risk[0].assumptions)


def test_portugal_returning_a_chinese_national_from_macao_names_the_reading_of_the_status() -> None:
    """Refugee Convention art. 33(1) protects "a refugee", and the person is one only as outside
    China, Macao read as Portugal's (Art 1A(2)); CAT art. 3(1) bars the return whatever the
    status. PROHIBITED, as before; the refugee element names the reading."""
    claim = _claim("CHN", "MAC", "CHN")
    result = rl.assess_return(claim, by="PRT", to="CHN", on="1990-06-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert CAT3 in [o.citation for o in result.breaches]
    refugee = [
        f
        for _, f in result.finding.walk()
        if f.element == "a refugee, or an asylum seeker not yet determined"
    ]
    assert refugee
    assert all(len(_named_in(f)) == 1 for f in refugee)


def _named_in(found: rl.Finding) -> list[str]:
    return [a for a in found.assumptions if a.endswith(ADMINISTERED_READING)]


def test_macao_as_the_country_of_residence_of_a_chinese_national_names_the_reading() -> None:
    """Refugee Convention art. 1E: the country "in which he has taken residence" is not a country
    of nationality; a Chinese national with the rights of a national in Macao in 1990 has them in
    a country other than China on the reading taken. The finding names it."""
    claim = rl.Claim(
        person=rl.Person(nationalities={"CHN"}, location="JPN"),
        fears=(_harm("CHN"),),
        rights_of_national_in="MAC",
    )
    result = rl.assess_status(claim, on="1990-06-01")
    residence = [
        f
        for _, f in result.finding.walk()
        if f.element == "Art 1E: rights of a national in the country of residence"
    ]
    assert residence
    assert residence[0].verdict is rl.Verdict.MET
    assert WORDS in residence[0].reason
    assert len(_named_in(residence[0])) == 1


def test_a_chinese_national_at_china_s_frontier_from_macao_in_1990_has_left_china() -> None:
    """Refugee Convention art. 33(1), return "in any manner whatsoever" (ExCom Conclusion No. 6):
    a Chinese national at China's frontier in Macao in 1990 has left China on the reading taken,
    and turning them back there is return; on the other reading, still in China, it would not be
    (ICCPR art. 12(2)). The reach is met, as before, the reading named."""
    claim = attrs.evolve(_claim("CHN", "MAC", "CHN"), at_frontier=True)
    result = rl.assess_return(claim, by="CHN", to="PRK", on="1990-06-01")
    reach = [f for _, f in result.finding.walk() if f.element == "within the reach of China"]
    assert reach
    assert all(f.verdict is rl.Verdict.MET for f in reach)
    assert all(f.reason.endswith(f"({WORDS})") and len(_named_in(f)) == 1 for f in reach)
    assert "having left their own country" in reach[0].reason


def _cat_bar(result: rl.ReturnAssessment) -> rl.Finding:
    (bar,) = [f for _, f in result.finding.walk() if f.element == "CAT art. 3 bar"]
    return bar


@pytest.mark.parametrize("nationality", ["PRK", "VNM", "CHN"])
def test_portugal_removing_a_person_from_macao_to_china_in_1995_is_a_return_on_either_reading(
    nationality: str,
) -> None:
    """CAT art. 3(1): "No State Party shall expel, return ... or extradite a person to another
    State": another than the State party. Portugal sending a person in Macao to China in 1995
    sends them to China, a State other than Portugal, whether Macao is read as Portugal's or as
    Chinese territory (Joint Declaration para. 1): the person passes out of the jurisdiction
    Portugal alone exercised in Macao into China's (CAT General Comment No. 4, para. 12: a person
    at risk "should be allowed to remain in the territory under the jurisdiction or control or
    authority of the State party"). So the CAT bar, which weighs no refugee status, holds on
    either reading and names none (review s33 own1 F3, which read the reading's old words, "a
    removal between the territory and that State would be no return to another State", as
    covering Portugal's removals: they covered China's only, and now say so). PROHIBITED, as
    before. For a Chinese national, art. 33(1)'s refugee element still names the reading (he is
    outside China only on it)."""
    harm = attrs.evolve(_harm("CHN"), likelihood=0.9)
    claim = rl.Claim(person=rl.Person(nationalities={nationality}, location="MAC"), fears=(harm,))
    result = rl.assess_return(claim, by="PRT", to="CHN", on="1995-06-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert CAT3 in [o.citation for o in result.breaches]
    cat = _cat_bar(result)
    assert cat.verdict is rl.Verdict.MET
    assert not any(_named_in(f) for _, f in cat.walk())
    assert len(_named(result)) == (1 if nationality == "CHN" else 0)
    assert (
        "A removal by the administering State from the territory to the other State is a return "
        "to another State on either reading" in ADMINISTERED_READING
    )


def test_portugal_s_removal_to_macao_in_1990_is_refused_on_the_reading_it_names() -> None:
    """CAT art. 3(1), "to another State"; Constitution of Portugal (1976) art. 5(1); Joint
    Declaration para. 1. Portugal removing a person to Macao in 1990 is refused as a move within
    a state, Macao being a territory for whose international relations Portugal was responsible,
    not another State. That rests on the library's reading of Macao as Portugal's: on the other,
    Macao Chinese territory, the removal would be one to China's territory, though the person
    would stay within Portugal's jurisdiction. The refusal now says so (review s33 own1 F3; it
    was silent). Before 25 April 1976 no reading is recorded, and the refusal names none."""
    claim = _claim("PRK", "PRT", "PRK")
    with pytest.raises(rl.InvalidInput) as refused:
        rl.assess_return(claim, by="PRT", to="MAC", on="1990-06-01")
    (problem,) = refused.value.problems
    assert problem.path == "to"
    words = str(problem)
    assert "not another State on the library's reading" in words
    assert "law.territory.ADMINISTERED_READING" in words
    assert (
        "on the other reading, Macao being China's, the removal would be one to China's "
        "territory, though the person would stay within Portugal's jurisdiction" in words
    )
    with pytest.raises(rl.InvalidInput) as before:
        rl.assess_return(claim, by="PRT", to="MAC", on="1975-06-01")
    assert "ADMINISTERED_READING" not in str(before.value)
    assert "not another State: removing a person there" in str(before.value)


def test_the_reading_s_words_say_it_is_the_contested_point_and_why_it_is_taken() -> None:
    """Joint Declaration para. 1; Constitution of Portugal (1976) art. 5(1) (review s33 own1 F7):
    the named reading says that the library's reading, not the other State's title, is what is
    contested, that the library takes it on administration and jurisdiction alone, and what the
    other reading would give, China's removal into Macao crossing no frontier of its territory."""
    assert "That reading, not the other State's title, is the contested point" in (
        ADMINISTERED_READING
    )
    assert "on administration and jurisdiction alone" in ADMINISTERED_READING
    assert "a removal by that State into the territory would cross no frontier of its" in (
        ADMINISTERED_READING
    )
