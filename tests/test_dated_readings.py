"""Readings of the bars on return that the library dates (``Doctrine.removal_readings_retrospective``).

Each reading was first stated after the bar bound the returning State, by UNHCR's Executive
Committee, the Human Rights Committee or the European Court of Human Rights: Refugee Convention
art. 33(1) at the frontier from ExCom Conclusion No. 6 (12 October 1977), ICCPR arts 6(1) and 7
from the extraditions the Human Rights Committee weighed in *Kindler v Canada* and *Ng v Canada*
(26 September 1991), ECHR art. 6 from *Othman (Abu Qatada) v United Kingdom* (17 January 2012) and
Protocol No. 6 from *Soering v United Kingdom* (7 July 1989). A return on or after the day is
read as stated; an earlier one as the contested position takes it (``None``, the default: not
known, the position asked), as ECHR art. 2 is read before *Bader and Kanbor* (``test_echr.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import sources, testing
from refugeelaw.law import echr, iccpr, removal

FIELD = "doctrine.removal_readings_retrospective"
ART_33 = "Refugee Convention art. 33(1) bar"


def _doctrine(position: bool | None) -> rl.Doctrine:
    return rl.Doctrine(removal_readings_retrospective=position)


def _bar(result: rl.ReturnAssessment, element: str) -> rl.Finding:
    found = result.finding.find(element)
    assert found is not None, element
    return found


def _risk(bar: rl.Finding) -> rl.Finding:
    return next(f for f in bar.children if f.element.startswith(("risk of", "the death penalty")))


# Refugee Convention art. 33(1) at the frontier: ExCom Conclusion No. 6 (12 October 1977).


def hungarian_at_the_swiss_frontier() -> rl.Claim:
    """A Hungarian refugee turned back at the Swiss frontier from Austria, which would hand him on
    to Hungary (the review's scenario)."""
    harm = rl.Harm(
        "imprisonment for taking part in the 1956 uprising",
        "HUN",
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="state",
        reasons={"political_opinion"},
        torture=False,
        irreparable=True,
        risk_to_life=False,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    return rl.Claim(
        rl.Person("H", nationalities={"HUN"}, location="AUT"),
        fears=[harm],
        at_frontier=True,
        events_before_1951=True,
        events_in_europe=True,
        onward_removal={"AUT": {"HUN"}},
    )


def _swiss(on: str, position: bool | None = None, **changes: Any) -> rl.ReturnAssessment:
    claim = attrs.evolve(hungarian_at_the_swiss_frontier(), **changes)
    return rl.assess_return(claim, by="CHE", to="AUT", on=on, doctrine=_doctrine(position))


def _swiss_reach(result: rl.ReturnAssessment) -> rl.Finding:
    found = _bar(result, ART_33).find("within the reach of Switzerland")
    assert found is not None
    return found


@pytest.mark.parametrize("on", ["1955-06-01", "1960-06-01", "1977-10-11"])
def test_art_33_1_at_the_frontier_before_excom_conclusion_6_is_contested_not_prohibited(
    on: str,
) -> None:
    """Refugee Convention art. 33(1); ExCom Conclusion No. 6 (12 October 1977): a refugee at the
    Swiss frontier from Austria in 1955 or 1960 was held "returned" on every date, citing only the
    1977 conclusion, and the return was PROHIBITED. At the 1951 Conference the Netherlands had it
    placed on record that mass migrations across frontiers were not covered by art. 33
    (A/CONF.2/SR.35, as *Sale v Haitian Centers Council*, 509 US 155, 186 (1993), quotes it):
    before the conclusion the art. 33(1) reach is now the contested position, and the return in
    1955 and 1960 is UNDETERMINED (PROHIBITED → UNDETERMINED), asking it. (The day before the
    conclusion ECHR art. 3 binds Switzerland, but before *Soering v United Kingdom*, 1989, its
    reading as a bar on removal waits on the same position: UNDETERMINED there too.)"""
    result = _swiss(on)
    reach = _swiss_reach(result)
    assert reach.verdict is rl.Verdict.UNKNOWN
    assert reach.missing == (FIELD,)
    assert "before ExCom Conclusion No. 6 (12 October 1977)" in reach.reason
    assert "is contested" in reach.reason
    assert rl.Citation("sale-v-haitian-centers-council-1993", "186") in reach.citations
    assert removal.FRONTIER_READING in reach.assumptions
    assert rl.Doctrine().position("removal_readings_retrospective") in reach.assumptions
    assert _bar(result, ART_33).verdict is rl.Verdict.UNKNOWN
    assert FIELD in result.missing_facts()
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    question = next(q for q in result.questions() if q.path == FIELD)
    answers = {a.value: a.return_outcome for a in question.answers}
    assert answers[True] is rl.ReturnOutcome.PROHIBITED


def test_art_33_1_at_the_frontier_before_excom_6_on_the_later_reading_bars_the_return() -> None:
    """``removal_readings_retrospective=True``: ExCom Conclusion No. 6 stated what art. 33(1)
    already required, so rejection at the Swiss frontier in 1955 is return, and the position and
    the frontier reading are named."""
    result = _swiss("1955-06-01", True)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in result.breaches] == ["Refugee Convention art. 33(1)"]
    reach = _swiss_reach(result)
    assert reach.verdict is rl.Verdict.MET
    assert removal.FRONTIER_READING in reach.assumptions
    assert _doctrine(True).position("removal_readings_retrospective") in result.assumptions()


def test_art_33_1_at_the_frontier_before_excom_6_on_the_reading_then_is_not_return() -> None:
    """``removal_readings_retrospective=False``: art. 33(1) is read to reach rejection at the
    frontier only from ExCom Conclusion No. 6, so in 1955 the reach is not met and the finding says
    why (custom is not shown before 1977 at all, so the return stays undetermined)."""
    result = _swiss("1955-06-01", False)
    reach = _swiss_reach(result)
    assert reach.verdict is rl.Verdict.NOT_MET
    assert "on the doctrine's reading, rejection at the frontier is not return" in reach.reason
    assert reach.missing == ()
    assert FIELD not in result.missing_facts()
    assert _bar(result, ART_33).verdict is rl.Verdict.NOT_MET
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED  # custom: not shown before 1977


@pytest.mark.parametrize("position", [None, True, False])
@pytest.mark.parametrize("on", ["1977-10-12", "1978-06-01"])
def test_art_33_1_at_the_frontier_from_excom_6_is_return_with_the_reading_named(
    on: str, position: bool | None
) -> None:
    """From ExCom Conclusion No. 6 (12 October 1977), rejection at the frontier is return under
    art. 33(1) whatever the position, which is not named; the frontier reading is, and the
    conclusion is cited. (ECHR art. 3, before *Soering v United Kingdom*, 1989, still waits on
    the position, and asks it, but decides nothing here.)"""
    result = _swiss(on, position)
    reach = _swiss_reach(result)
    assert reach.verdict is rl.Verdict.MET
    assert rl.Citation("excom-conclusions", "6") in reach.citations
    assert removal.FRONTIER_READING in result.assumptions()
    assert not any(a.startswith("removal_readings_retrospective") for a in reach.assumptions)
    assert FIELD not in [m for _, f in _bar(result, ART_33).walk() for m in f.missing]
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert dt.date(1977, 10, 12) == removal.FRONTIER_DAY


def test_art_33_1_reaches_a_refugee_in_the_territory_in_1955_without_the_frontier_reading() -> None:
    """Art. 33(1) ("expel or return"): a refugee in Switzerland in 1955 is within its reach
    whatever the frontier reading, which is not named and not asked."""
    result = _swiss("1955-06-01", at_frontier=False, person=rl.Person("H", {"HUN"}, location="CHE"))
    reach = _swiss_reach(result)
    assert reach.verdict is rl.Verdict.MET
    assert removal.FRONTIER_READING not in result.assumptions()
    assert FIELD not in result.missing_facts()
    assert result.outcome is rl.ReturnOutcome.PROHIBITED


@pytest.mark.parametrize("location", ["AUT", "CHE"])
@pytest.mark.parametrize("on", ["1955-06-01", "1960-06-01", "1977-10-11"])
def test_art_33_1_at_the_frontier_before_excom_6_is_contested_whichever_side_the_location_names(
    on: str, location: str
) -> None:
    """Refugee Convention art. 33(1); ExCom Conclusion No. 6 (12 October 1977); *Sale v Haitian
    Centers Council*, 509 US 155, 186 (1993). ``at_frontier`` is "at the frontier of the state
    asked to admit them, not yet admitted": a Hungarian turned back at the Swiss frontier, entered
    as located in Switzerland itself (on its side of the border post, as the docs' own fence
    example puts the person in China), was PROHIBITED under art. 33(1) on every date, citing only
    the 1977 conclusion and naming no reading, while the same facts entered as located in Austria
    were UNDETERMINED, asking the position. Both encodings are now read alike: UNDETERMINED
    (location CHE: PROHIBITED → UNDETERMINED), the frontier reading named, *Sale* cited and the
    position asked; with ``True`` PROHIBITED, with ``False`` the art. 33(1) reach not met."""
    person = rl.Person("H", nationalities={"HUN"}, location=location)
    result = _swiss(on, person=person)
    reach = _swiss_reach(result)
    assert reach.verdict is rl.Verdict.UNKNOWN
    assert reach.missing == (FIELD,)
    assert "before ExCom Conclusion No. 6 (12 October 1977)" in reach.reason
    assert rl.Citation("sale-v-haitian-centers-council-1993", "186") in reach.citations
    assert rl.Citation("excom-conclusions", "6") in reach.citations
    assert removal.FRONTIER_READING in reach.assumptions
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert FIELD in result.missing_facts()
    later = _swiss(on, True, person=person)
    assert later.outcome is rl.ReturnOutcome.PROHIBITED
    assert "Refugee Convention art. 33(1)" in [str(b.citation) for b in later.breaches]
    assert removal.FRONTIER_READING in later.assumptions()
    then = _swiss_reach(_swiss(on, False, person=person))
    assert then.verdict is rl.Verdict.NOT_MET
    assert "rejection at the frontier is not return under art. 33(1)" in then.reason


def _haitian_at_the_us_frontier(location: str) -> rl.ReturnAssessment:
    harm = rl.Harm(
        "detention by the Tontons Macoutes",
        "HTI",
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="state",
        reasons={"political_opinion"},
        torture=False,
        irreparable=False,
        risk_to_life=False,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    claim = rl.Claim(rl.Person("P", {"HTI"}, location=location), fears=[harm], at_frontier=True)
    return rl.assess_return(claim, by="USA", to="HTI", on="1985-06-30")


@pytest.mark.parametrize("location", ["MEX", "USA"])
def test_from_excom_6_the_frontier_reading_is_named_whichever_side_the_location_names(
    location: str,
) -> None:
    """Refugee Convention art. 33(1) and customary non-refoulement; ExCom Conclusion No. 6: the
    United States turning back a Haitian at its frontier in 1985 breaches both, and the reading
    that rejection at the frontier is return (``FRONTIER_READING``) decides it, so it is named
    for both bars whether the person is entered as in Mexico or on the United States' own side of
    the border post (before, only the Mexican encoding named it). *Sale v Haitian Centers
    Council* (1993) read "return ('refouler')" as the exclusion of aliens on the threshold of
    initial entry (at 180): the same threshold on either side."""
    result = _haitian_at_the_us_frontier(location)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in result.breaches] == [
        "Refugee Convention art. 33(1)",
        "customary international law, non-refoulement",
    ]
    for bar in (ART_33, "customary non-refoulement bar"):
        reach = _bar(result, bar).find("within the reach of United States")
        assert reach is not None
        assert reach.verdict is rl.Verdict.MET
        assert "rejection at the frontier is return" in reach.reason
        assert removal.FRONTIER_READING in reach.assumptions
    assert removal.FRONTIER_READING in result.assumptions()


def test_the_docs_fence_example_names_the_frontier_reading_for_art_33_1_and_custom() -> None:
    """Refugee Convention art. 33(1), customary non-refoulement, CAT art. 3; ExCom Conclusion No.
    6: the docs' fence (``north_korean_escapee(at_frontier=True)``, located in China) breaches
    art. 33(1) and custom in 2004 on the frontier reading, now named for both (it was named for
    neither); CAT art. 3 reaches the person in China's territory by jurisdiction, no reading
    named there."""
    result = rl.assess_return(
        testing.north_korean_escapee(at_frontier=True), by="CHN", to="PRK", on="2004-06-30"
    )
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    for bar in (ART_33, "customary non-refoulement bar"):
        reach = _bar(result, bar).find("within the reach of China")
        assert reach is not None
        assert reach.verdict is rl.Verdict.MET
        assert removal.FRONTIER_READING in reach.assumptions
    cat = _bar(result, "CAT art. 3 bar").find("within the reach of China")
    assert cat is not None
    assert cat.verdict is rl.Verdict.MET
    assert removal.FRONTIER_READING not in cat.assumptions
    assert removal.FRONTIER_JURISDICTION_READING not in cat.assumptions


@pytest.mark.parametrize(("by", "on"), [("CHN", "2005-06-30"), ("GBR", "1990-06-30")])
def test_at_the_frontier_in_a_territory_the_state_holds_the_frontier_reading_is_named(
    by: str, on: str
) -> None:
    """Customary non-refoulement; ExCom Conclusion No. 6: a North Korean at the frontier in Hong
    Kong, not yet admitted (part of China in 2005; a territory for whose international relations
    the United Kingdom was responsible in 1990), is turned back at the frontier, not expelled
    from within: the custom reach is the frontier reading, named (before, "the person is in Hong
    Kong", nothing named), and the return is PROHIBITED as before."""
    claim = testing.north_korean_escapee(
        at_frontier=True, person=rl.Person("E", nationalities={"PRK"}, location="HKG")
    )
    result = rl.assess_return(claim, by=by, to="PRK", on=on)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    reach = _bar(result, "customary non-refoulement bar").children[1]
    assert reach.verdict is rl.Verdict.MET
    assert "at the frontier of" in reach.reason
    assert "Hong Kong" in reach.reason
    assert removal.FRONTIER_READING in reach.assumptions


def test_at_chinas_frontier_in_taiwan_read_as_part_of_china_the_frontier_reading_is_named() -> None:
    """Refugee Convention art. 33(1), customary non-refoulement; ExCom Conclusion No. 6; GA res.
    2758 (XXVI): on the reading that Taiwan is part of China (``taiwan_outside_china=False``), a
    North Korean at China's frontier in Taiwan, not yet admitted, is at its frontier on its own
    side: art. 33(1) and custom reach him as rejected at the frontier, the reading named (before,
    "in the territory of China", nothing named); CAT art. 3 reaches him in its territory, as
    before. The return in 2005 is PROHIBITED either way."""
    claim = testing.north_korean_escapee(
        at_frontier=True, person=rl.Person("E", nationalities={"PRK"}, location="TWN")
    )
    doctrine = rl.Doctrine(taiwan_outside_china=False)
    result = rl.assess_return(claim, by="CHN", to="PRK", on="2005-06-30", doctrine=doctrine)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    for bar in (ART_33, "customary non-refoulement bar"):
        reach = _bar(result, bar).find("within the reach of China")
        assert reach is not None
        assert reach.verdict is rl.Verdict.MET
        assert reach.reason.startswith("the person is at the frontier of China, in Taiwan")
        assert removal.FRONTIER_READING in reach.assumptions
        assert doctrine.position("taiwan_outside_china") in reach.assumptions
    cat = _bar(result, "CAT art. 3 bar").find("within the reach of China")
    assert cat is not None
    assert cat.reason.endswith("in the territory of China")
    assert removal.FRONTIER_READING not in cat.assumptions


def test_at_the_frontier_under_control_before_excom_6_the_open_position_keeps_the_reach_open() -> (
    None
):
    """Refugee Convention art. 33(1); ExCom Conclusion No. 6; *Sale v Haitian Centers Council*
    (1993). A Hungarian at the Swiss frontier from Austria in 1960, held there by Swiss officials:
    the frontier or the control may bring him within Switzerland's reach. On the territorial
    reading of art. 33(1) (``article_33_extraterritorial=False``) the control does not, but
    whether the frontier does is the position still open: the reach was NOT_MET, as if the
    frontier had been weighed and failed; it is now UNKNOWN, asking the position (with custom
    off, the return was PERMITTED: PERMITTED → UNDETERMINED). Entered as on Switzerland's own
    side of the border post, control beyond its territory is no question at all: the frontier
    reading alone reaches him, or not."""
    base = attrs.evolve(hungarian_at_the_swiss_frontier(), under_control_of={"CHE"})
    doctrine = rl.Doctrine(article_33_extraterritorial=False, non_refoulement_customary=False)
    result = rl.assess_return(base, by="CHE", to="AUT", on="1960-06-01", doctrine=doctrine)
    reach = _swiss_reach(result)
    assert reach.verdict is rl.Verdict.UNKNOWN
    assert FIELD in reach.missing
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    question = next(q for q in result.questions() if q.path == FIELD)
    answers = {a.value: a.return_outcome for a in question.answers}
    assert answers[True] is rl.ReturnOutcome.PROHIBITED
    assert answers[False] is rl.ReturnOutcome.PERMITTED
    inside = attrs.evolve(base, person=rl.Person("H", nationalities={"HUN"}, location="CHE"))
    for position, verdict in ((None, rl.Verdict.UNKNOWN), (True, rl.Verdict.MET)):
        own = rl.assess_return(
            inside,
            by="CHE",
            to="AUT",
            on="1960-06-01",
            doctrine=attrs.evolve(doctrine, removal_readings_retrospective=position),
        )
        found = _swiss_reach(own)
        assert found.verdict is verdict
        assert "effective control" not in found.reason
        assert "doctrine.article_33_extraterritorial" not in found.missing


def test_oau_article_ii_3_at_the_frontier_is_read_by_its_own_reading_not_the_frontier_one() -> None:
    """OAU Convention art. II(3), as the library reads it, bars rejection at the frontier in its
    own terms: Tanzania turning back a Ugandan at its frontier from Kenya in 1976 is barred by it,
    with neither the frontier reading nor the position relied on there (art. 33(1), which also
    binds Tanzania, waits on the position)."""
    harm = rl.Harm(
        "detention",
        "UGA",
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="state",
        reasons={"political_opinion"},
        torture=False,
    )
    claim = rl.Claim(
        rl.Person("U", nationalities={"UGA"}, location="KEN"),
        fears=[harm],
        at_frontier=True,
        onward_removal={"KEN": {"UGA"}},
    )
    result = rl.assess_return(claim, by="TZA", to="KEN", on="1976-06-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert "OAU Refugee Convention art. II(3)" in [str(b.citation) for b in result.breaches]
    oau = _bar(result, "OAU Convention art. II(3) bar").find("within the reach of Tanzania")
    assert oau is not None
    assert oau.verdict is rl.Verdict.MET
    assert removal.FRONTIER_READING not in oau.assumptions
    art_33 = _bar(result, ART_33).find("within the reach of Tanzania")
    assert art_33 is not None
    assert art_33.verdict is rl.Verdict.UNKNOWN


# ICCPR arts 6(1) and 7: the removals of 26 September 1991 (Kindler v Canada; Ng v Canada).


def _ill_treatment(**changes: Any) -> rl.Harm:
    facts: dict[str, Any] = {
        "severity": "threat_to_life_or_freedom",
        "likelihood": 0.7,
        "actor": "state",
        "reasons": {"criminal_prosecution"},
        "prosecution": True,
        "exit_offence": False,
        "disproportionate": False,
        "discriminatory": False,
        "law_contrary_to_human_rights": False,
        "torture": False,
        "irreparable": True,
        "risk_to_life": False,
        "death_penalty": False,
        "flagrant_denial_of_justice": False,
        "protection_withheld_for": frozenset(),
    }
    facts.update(changes)
    return rl.Harm("beatings in police custody", facts.pop("country", "IRN"), **facts)


def _canada(harm: rl.Harm, on: str, position: bool | None = None) -> rl.ReturnAssessment:
    claim = rl.Claim(rl.Person("A", nationalities={"IRN"}, location="CAN"), fears=[harm])
    return rl.assess_return(claim, by="CAN", to=harm.country, on=on, doctrine=_doctrine(position))


@pytest.mark.parametrize("on", ["1980-01-01", "1991-09-25"])
def test_iccpr_article_7_before_kindler_and_ng_is_contested_citing_general_comment_20(
    on: str,
) -> None:
    """ICCPR art. 7; HRC General Comment No. 20, para. 9 (10 March 1992); *Kindler v Canada*,
    *Ng v Canada* (extraditions of 26 September 1991): Canada's return of a person to cruel,
    inhuman or degrading treatment in Iran in 1980 was PROHIBITED under art. 7, citing General
    Comment 31 (2004) for the removal reading. Neither article names removal, and the Committee
    first weighed one under them in Kindler and Ng: before those extraditions the bar is the
    contested position (PROHIBITED → UNDETERMINED), and the earliest general statement, General
    Comment No. 20 para. 9, is cited."""
    result = _canada(_ill_treatment(), on)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.missing_facts() == (FIELD,)
    bar = _bar(result, "ICCPR art. 7 bar")
    assert bar.verdict is rl.Verdict.UNKNOWN
    risk = _risk(bar)
    assert "before 26 September 1991" in risk.reason
    assert "Kindler v Canada and Ng v Canada" in risk.reason
    assert iccpr.GC_20 in risk.citations
    harm = next(f for _, f in bar.walk() if f.element == "fears[0]")
    assert iccpr.GC_20 in harm.citations
    assert rl.Doctrine().position("removal_readings_retrospective") in result.assumptions()
    question = next(q for q in result.questions() if q.path == FIELD)
    answers = {a.value: a.return_outcome for a in question.answers}
    assert answers == {True: rl.ReturnOutcome.PROHIBITED, False: rl.ReturnOutcome.PERMITTED}
    assert [a.label for a in question.answers] == [
        "yes: the later statement states what the bar already required",
        "no: only returns made from the day it was stated",
    ]


def test_iccpr_article_7_before_kindler_and_ng_on_each_reading() -> None:
    """ICCPR art. 7: ``True``, the Committee's reading reaches the 1980 return (PROHIBITED, the
    position named); ``False``, art. 7 is not read to bar it (PERMITTED, the finding naming the
    day and the cases)."""
    later = _canada(_ill_treatment(), "1980-01-01", True)
    assert later.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in later.breaches] == ["ICCPR art. 7"]
    assert _doctrine(True).position("removal_readings_retrospective") in later.assumptions()
    then = _canada(_ill_treatment(), "1980-01-01", False)
    assert then.outcome is rl.ReturnOutcome.PERMITTED
    risk = _risk(_bar(then, "ICCPR art. 7 bar"))
    assert risk.verdict is rl.Verdict.NOT_MET
    assert risk.reason.startswith("on the doctrine's reading, ICCPR art. 7 does not bar")
    assert "not weighed" in risk.reason
    assert _doctrine(False).position("removal_readings_retrospective") in then.assumptions()


@pytest.mark.parametrize("position", [None, True, False])
def test_iccpr_article_7_from_the_kindler_and_ng_extraditions_bars_the_return(
    position: bool | None,
) -> None:
    """ICCPR art. 7 from 26 September 1991, the day of the extraditions the Committee weighed in
    Kindler and Ng: the return is PROHIBITED whatever the position, which is not named."""
    result = _canada(_ill_treatment(), "1991-09-26", position)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in result.breaches] == ["ICCPR art. 7"]
    assert not any(a.startswith("removal_readings_retrospective") for a in result.assumptions())
    assert dt.date(1991, 9, 26) == iccpr.ICCPR_REMOVALS_DAY


def test_iccpr_article_6_1_before_kindler_and_ng_is_contested_as_echr_article_2_is() -> None:
    """ICCPR art. 6(1) and ECHR art. 2 (*Bader and Kanbor*): Germany returning a person to a
    real risk of extrajudicial killing in Türkiye in 1990 had art. 6(1) MET while art. 2 was left
    open. Both are now open by default, each on its own position (ICCPR art. 6(1) MET → UNKNOWN),
    and both bar the return on the later readings."""
    harm = rl.Harm(
        "extrajudicial killing by security forces",
        "TUR",
        severity="threat_to_life_or_freedom",
        likelihood=0.6,
        actor="state",
        reasons={"criminal_prosecution"},
        prosecution=False,
        torture=False,
        irreparable=False,
        risk_to_life=True,
        death_penalty=False,
        flagrant_denial_of_justice=False,
        protection_withheld_for=frozenset(),
    )
    claim = rl.Claim(rl.Person("B", nationalities={"TUR"}, location="DEU"), fears=[harm])
    result = rl.assess_return(claim, by="DEU", to="TUR", on="1990-01-01")
    assert _bar(result, "ICCPR art. 6(1) bar").verdict is rl.Verdict.UNKNOWN
    assert _bar(result, "ECHR art. 2 bar").verdict is rl.Verdict.UNKNOWN
    assert {FIELD, "doctrine.bader_retrospective"} <= set(result.missing_facts())
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    both = rl.Doctrine(removal_readings_retrospective=True, bader_retrospective=True)
    later = rl.assess_return(claim, by="DEU", to="TUR", on="1990-01-01", doctrine=both)
    assert later.outcome is rl.ReturnOutcome.PROHIBITED
    assert {str(b.citation) for b in later.breaches} == {"ICCPR art. 6(1)", "ECHR art. 2(1)"}


def test_iccpr_article_6_1_alone_before_kindler_and_ng_shows_both_branches() -> None:
    """ICCPR art. 6(1): Canada, bound by the ICCPR and by no regional convention, returning a
    person to a real risk of extrajudicial killing in 1990: UNDETERMINED by default, PROHIBITED on
    the later reading, PERMITTED on the reading then."""
    harm = _ill_treatment(country="TUR", irreparable=False, risk_to_life=True)
    outcomes = {p: _canada(harm, "1990-01-01", p).outcome for p in (None, True, False)}
    assert outcomes == {
        None: rl.ReturnOutcome.UNDETERMINED,
        True: rl.ReturnOutcome.PROHIBITED,
        False: rl.ReturnOutcome.PERMITTED,
    }
    risk = _risk(_bar(_canada(harm, "1990-01-01"), "ICCPR art. 6(1) bar"))
    assert "whether ICCPR art. 6(1) bars a return made before 26 September 1991" in risk.reason


def test_a_harm_the_iccpr_would_not_reach_is_not_contested_before_kindler_and_ng() -> None:
    """A harm that is neither ill-treatment nor a risk to life is not met under arts 6(1) and 7
    on either reading: no position is relied on and nothing is asked."""
    harm = _ill_treatment(irreparable=False)
    result = _canada(harm, "1980-01-01")
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert FIELD not in result.missing_facts()
    assert not any(a.startswith("removal_readings_retrospective") for a in result.assumptions())


# ECHR art. 6: Othman (Abu Qatada) v United Kingdom (17 January 2012).


def show_trial_in_turkey() -> rl.Claim:
    """A Turkish national in Germany facing a show trial before a state security court: a real
    risk of a flagrant denial of justice, nothing else (the review's scenario)."""
    harm = rl.Harm(
        "show trial before a state security court",
        "TUR",
        severity="threat_to_life_or_freedom",
        likelihood=0.7,
        actor="state",
        reasons={"criminal_prosecution"},
        prosecution=True,
        exit_offence=False,
        disproportionate=False,
        discriminatory=False,
        law_contrary_to_human_rights=False,
        torture=False,
        irreparable=False,
        risk_to_life=False,
        death_penalty=False,
        flagrant_denial_of_justice=True,
    )
    return rl.Claim(rl.Person("C", nationalities={"TUR"}, location="DEU"), fears=[harm])


def test_echr_article_6_before_othman_is_contested_not_prohibited() -> None:
    """ECHR art. 6; *Othman (Abu Qatada) v United Kingdom* (17 January 2012), the first judgment
    in which the Court held that an expulsion would violate art. 6 (*Soering*, 1989, had not
    excluded that one might): Germany's return in 1995 to a flagrant denial of justice was
    PROHIBITED; it is now UNDETERMINED, asking the position, and cites *Othman*."""
    result = rl.assess_return(show_trial_in_turkey(), by="DEU", to="TUR", on="1995-01-01")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.missing_facts() == (FIELD,)
    risk = _risk(_bar(result, "ECHR art. 6 bar (flagrant denial of justice)"))
    assert risk.verdict is rl.Verdict.UNKNOWN
    assert echr.OTHMAN in risk.citations
    assert "Othman (Abu Qatada) v United Kingdom (17 January 2012)" in risk.reason
    assert "Soering v United Kingdom, 1989, had not excluded" in risk.reason


@pytest.mark.parametrize(
    ("on", "position", "outcome"),
    [
        ("1995-01-01", True, rl.ReturnOutcome.PROHIBITED),
        ("1995-01-01", False, rl.ReturnOutcome.PERMITTED),
        ("2012-01-16", False, rl.ReturnOutcome.PERMITTED),
        ("2012-01-17", None, rl.ReturnOutcome.PROHIBITED),
        ("2012-01-17", False, rl.ReturnOutcome.PROHIBITED),
    ],
)
def test_echr_article_6_before_and_from_othman_on_each_reading(
    on: str, position: bool | None, outcome: rl.ReturnOutcome
) -> None:
    """ECHR art. 6 (*Othman*, 17 January 2012): before the judgment, as the position takes it;
    from it, barred whatever the position."""
    result = rl.assess_return(
        show_trial_in_turkey(), by="DEU", to="TUR", on=on, doctrine=_doctrine(position)
    )
    assert result.outcome is outcome
    if outcome is rl.ReturnOutcome.PROHIBITED:
        assert [str(b.citation) for b in result.breaches] == ["ECHR art. 6(1)"]
    assert dt.date(2012, 1, 17) == echr.OTHMAN_DAY


# Protocol No. 6, art. 1: Soering v United Kingdom (7 July 1989).


def _capital_charge_in_the_usa(on: str, position: bool | None = None) -> rl.ReturnAssessment:
    harm = rl.Harm(
        "death sentence for murder",
        "USA",
        severity="threat_to_life_or_freedom",
        likelihood=0.7,
        actor="state",
        reasons={"criminal_prosecution"},
        prosecution=True,
        exit_offence=False,
        disproportionate=False,
        discriminatory=False,
        law_contrary_to_human_rights=False,
        death_penalty=True,
        torture=False,
        official_involvement=True,
        flagrant_denial_of_justice=False,
    )
    claim = rl.Claim(rl.Person("D", nationalities={"USA"}, location="FRA"), fears=[harm])
    return rl.assess_return(claim, by="FRA", to="USA", on=on, doctrine=_doctrine(position))


def test_protocol_6_before_soering_is_contested_not_prohibited() -> None:
    """ECHR Protocol No. 6, art. 1 (in force for France from 1 March 1986); *Soering v United
    Kingdom* (7 July 1989): France's return in 1987 of a person facing a capital charge in the
    United States was PROHIBITED under the Protocol, whose reading as a bar on removal the library
    had not dated. Before *Soering*, the first judgment the library names in which the Court held a
    removal contrary to the Convention, it is now the contested position (PROHIBITED →
    UNDETERMINED); the Protocol reading says from when the library applies it."""
    result = _capital_charge_in_the_usa("1987-01-01")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert FIELD in result.missing_facts()
    bar = _bar(result, "ECHR Protocol No. 6 art. 1 bar (death penalty)")
    assert bar.verdict is rl.Verdict.UNKNOWN
    risk = _risk(bar)
    assert "before Soering v United Kingdom (7 July 1989)" in risk.reason
    assert "from Soering v United Kingdom (7 July 1989)" in echr.PROTOCOL_READING
    assert echr.PROTOCOL_READING in result.assumptions()


@pytest.mark.parametrize(
    ("on", "position", "outcome"),
    [
        ("1987-01-01", True, rl.ReturnOutcome.PROHIBITED),
        ("1989-07-06", True, rl.ReturnOutcome.PROHIBITED),
        ("1989-07-07", None, rl.ReturnOutcome.PROHIBITED),
        ("1989-07-07", False, rl.ReturnOutcome.PROHIBITED),
    ],
)
def test_protocol_6_before_and_from_soering(
    on: str, position: bool | None, outcome: rl.ReturnOutcome
) -> None:
    """Protocol No. 6, art. 1 (*Soering*, 7 July 1989): before it, barred on the later reading;
    from it, barred whatever the position."""
    result = _capital_charge_in_the_usa(on, position)
    assert result.outcome is outcome
    assert "ECHR Protocol No. 6 art. 1" in [str(b.citation) for b in result.breaches]


def test_protocol_6_before_soering_on_the_reading_then_is_not_met_and_says_why() -> None:
    """``removal_readings_retrospective=False``: the Protocol is not read to bar France's return
    in 1987, and the finding names *Soering*."""
    result = _capital_charge_in_the_usa("1987-01-01", False)
    bar = _bar(result, "ECHR Protocol No. 6 art. 1 bar (death penalty)")
    assert bar.verdict is rl.Verdict.NOT_MET
    assert "does not bar a return made before Soering" in _risk(bar).reason
    assert "ECHR Protocol No. 6 art. 1" not in [str(b.citation) for b in result.breaches]


# The position itself.


@pytest.mark.parametrize("position", [None, True, False])
def test_the_position_has_words_a_question_and_a_command_line_type(
    position: bool | None,
) -> None:
    """A new contested position: its words name each dated reading's provision and day, and the
    command line reads it."""
    from refugeelaw.cli import _DOCTRINE_FIELDS
    from refugeelaw.questions import _DOCTRINE_TEXTS

    words = _doctrine(position).position("removal_readings_retrospective")
    assert words.startswith(f"removal_readings_retrospective={position!r}: ")
    if position is not True:
        for named in ("ExCom Conclusion No. 6", "Kindler v Canada", "Othman", "Soering"):
            assert named in words
    assert _DOCTRINE_FIELDS["removal_readings_retrospective"] == "bool?"
    assert "Kindler v Canada" in _DOCTRINE_TEXTS["removal_readings_retrospective"]


# ECHR art. 3: Soering v United Kingdom (7 July 1989); its reach to private harm, Ahmed v Austria
# (17 December 1996).


def _detention_in_turkey(**changes: Any) -> rl.Harm:
    """Inhuman pre-trial detention by the State: art. 3's harm, not torture, not a risk to life
    (the review's scenario)."""
    return _ill_treatment(country="TUR", **changes)


def _germany(
    harm: rl.Harm, on: str, position: bool | None = None, **changes: Any
) -> rl.ReturnAssessment:
    claim = rl.Claim(
        rl.Person("E", nationalities={harm.country}, location="DEU"),
        fears=[harm],
        protection={harm.country: rl.Protection.UNAVAILABLE},
        internal_relocation=False,
    )
    claim = attrs.evolve(claim, **changes)
    return rl.assess_return(claim, by="DEU", to=harm.country, on=on, doctrine=_doctrine(position))


ART_3 = "ECHR art. 3 bar"


@pytest.mark.parametrize("on", ["1958-06-01", "1988-06-01", "1989-07-06"])
def test_echr_article_3_before_soering_is_contested_not_prohibited_citing_soering_not_only_hirsi(
    on: str,
) -> None:
    """ECHR art. 3; *Soering v United Kingdom* (7 July 1989), the first judgment in which the
    Court held a removal contrary to art. 3: Germany's return of a person to inhuman detention in
    Türkiye in 1958 or 1988 was PROHIBITED under art. 3, citing only *Hirsi Jamaa v Italy* (2012)
    para. 123, with no position named, while every other removal reading was dated. Before
    *Soering* art. 3's reading as a bar on removal is now the contested position (PROHIBITED →
    UNDETERMINED), and the finding cites *Soering* and names it."""
    result = _germany(_detention_in_turkey(), on)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.missing_facts() == (FIELD,)
    risk = _risk(_bar(result, ART_3))
    assert risk.verdict is rl.Verdict.UNKNOWN
    assert echr.SOERING in risk.citations
    assert rl.Citation("ecthr-hirsi-jamaa-2012", "123") not in risk.citations
    assert (
        "whether ECHR art. 3 bars a return made before Soering v United Kingdom (7 July 1989)"
        in (risk.reason)
    )
    assert rl.Doctrine().position("removal_readings_retrospective") in risk.assumptions
    question = next(q for q in result.questions() if q.path == FIELD)
    answers = {a.value: a.return_outcome for a in question.answers}
    assert answers == {True: rl.ReturnOutcome.PROHIBITED, False: rl.ReturnOutcome.PERMITTED}


def test_echr_article_3_before_soering_on_each_reading() -> None:
    """ECHR art. 3 in 1958 (*Soering*, 1989): ``False``, art. 3 does not bar the return
    (PERMITTED, the finding naming *Soering* and citing it, not *Hirsi Jamaa*); ``True``, the
    Court's reading reaches it (PROHIBITED, the position named, *Soering* cited beside *Hirsi
    Jamaa* para. 123)."""
    then = _germany(_detention_in_turkey(), "1958-06-01", False)
    assert then.outcome is rl.ReturnOutcome.PERMITTED
    risk = _risk(_bar(then, ART_3))
    assert risk.verdict is rl.Verdict.NOT_MET
    assert risk.reason.startswith(
        "on the doctrine's reading, ECHR art. 3 does not bar a return made before Soering v United "
        "Kingdom (7 July 1989)"
    )
    assert risk.citations == (rl.Citation("echr-1950", "3"), echr.SOERING)
    assert _doctrine(False).position("removal_readings_retrospective") in then.assumptions()
    later = _germany(_detention_in_turkey(), "1958-06-01", True)
    assert later.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in later.breaches] == ["ECHR art. 3"]
    risk = _risk(_bar(later, ART_3))
    assert echr.SOERING in risk.citations
    assert _doctrine(True).position("removal_readings_retrospective") in risk.assumptions


@pytest.mark.parametrize("position", [None, True, False])
def test_echr_article_3_in_1988_waits_on_the_same_position_as_iccpr_article_7(
    position: bool | None,
) -> None:
    """ECHR art. 3 and ICCPR art. 7 in 1988, before *Soering* and before the *Kindler* and *Ng*
    extraditions: art. 7 waited on the position while art. 3 decided PROHIBITED on the same
    dating question. Both now take the one position alike: open together, barring together, or
    neither barring."""
    result = _germany(_detention_in_turkey(), "1988-06-01", position)
    echr_3 = _bar(result, ART_3).verdict
    iccpr_7 = _bar(result, "ICCPR art. 7 bar").verdict
    assert (
        echr_3
        is iccpr_7
        is {
            None: rl.Verdict.UNKNOWN,
            True: rl.Verdict.MET,
            False: rl.Verdict.NOT_MET,
        }[position]
    )


@pytest.mark.parametrize("position", [None, True, False])
@pytest.mark.parametrize("on", ["1989-07-07", "1990-06-01"])
def test_echr_article_3_from_soering_bars_the_return_whatever_the_position(
    on: str, position: bool | None
) -> None:
    """ECHR art. 3 from *Soering* (7 July 1989): the State's own ill-treatment bars the return
    whatever the position, which art. 3 does not name; *Hirsi Jamaa* para. 123 states the
    obligation."""
    result = _germany(_detention_in_turkey(), on, position)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert "ECHR art. 3" in [str(b.citation) for b in result.breaches]
    bar = _bar(result, ART_3)
    assert not any(
        a.startswith("removal_readings_retrospective") for _, f in bar.walk() for a in f.assumptions
    )
    harm = next(f for _, f in bar.walk() if f.element == "fears[0]")
    assert rl.Citation("ecthr-hirsi-jamaa-2012", "123") in harm.citations
    assert echr.ART_3_REMOVALS.day == echr.SOERING_DAY == dt.date(1989, 7, 7)


def _clan_militia(**changes: Any) -> rl.Harm:
    """Beatings by a clan militia in Somalia, with no State able to protect (the review's
    scenario)."""
    facts: dict[str, Any] = {"actor": "non_state", "official_involvement": False, **changes}
    return _ill_treatment(country="SOM", **facts)


def test_echr_article_3_against_private_persons_before_ahmed_is_contested() -> None:
    """ECHR art. 3 against private persons; *Ahmed v Austria* (17 December 1996), the first
    judgment the library names holding a removal contrary to art. 3 for a risk from others than
    the State's officials: Germany's return in 1990 of a person to beatings by a clan militia in
    Somalia was PROHIBITED under art. 3. It is now the contested position (PROHIBITED →
    UNDETERMINED): ICCPR art. 7 waits on it too, before *Kindler* and *Ng*. The harm's finding
    names *Ahmed* and cites it."""
    result = _germany(_clan_militia(), "1990-06-01")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.missing_facts() == (FIELD,)
    harm = next(f for _, f in _bar(result, ART_3).walk() if f.element == "fears[0]")
    assert harm.verdict is rl.Verdict.UNKNOWN
    assert echr.AHMED in harm.citations
    assert "before Ahmed v Austria (17 December 1996)" in harm.reason
    assert "is contested" in harm.reason


@pytest.mark.parametrize(
    ("on", "position", "outcome"),
    [
        ("1990-06-01", True, rl.ReturnOutcome.PROHIBITED),
        ("1990-06-01", False, rl.ReturnOutcome.PERMITTED),
        ("1996-12-16", False, rl.ReturnOutcome.PROHIBITED),  # ICCPR art. 7 from 1991
        ("1996-12-17", None, rl.ReturnOutcome.PROHIBITED),
        ("1996-12-17", False, rl.ReturnOutcome.PROHIBITED),
    ],
)
def test_echr_article_3_against_private_persons_before_and_from_ahmed(
    on: str, position: bool | None, outcome: rl.ReturnOutcome
) -> None:
    """ECHR art. 3 against private persons (*Ahmed*, 17 December 1996): before it, as the
    position takes it; from it, barred whatever the position."""
    result = _germany(_clan_militia(), on, position)
    assert result.outcome is outcome
    art_3 = _bar(result, ART_3).verdict
    if on >= "1996-12-17" or position:
        assert art_3 is rl.Verdict.MET
    else:
        assert art_3 is rl.Verdict.NOT_MET
        harm = next(f for _, f in _bar(result, ART_3).walk() if f.element == "fears[0]")
        assert "does not bar a return made before Ahmed v Austria" in harm.reason
    assert dt.date(1996, 12, 17) == echr.AHMED_DAY


def test_echr_article_3_before_ahmed_still_reaches_the_states_own_harm_and_private_harm_with_an_official() -> (
    None
):
    """Between *Soering* and *Ahmed*, the State's own ill-treatment, or private ill-treatment
    with an official found involved, is weighed as *Soering* read art. 3: the position is
    neither named nor asked under art. 3."""
    for harm in (_detention_in_turkey(), _clan_militia(official_involvement=True)):
        result = _germany(harm, "1993-06-01", False)
        assert _bar(result, ART_3).verdict is rl.Verdict.MET
        assert result.outcome is rl.ReturnOutcome.PROHIBITED


@pytest.mark.parametrize(
    ("position", "missing"),
    [
        (None, {"fears[0].actor", FIELD}),
        (False, {"fears[0].actor"}),
        (True, set()),
    ],
)
def test_echr_article_3_before_ahmed_with_the_actor_unknown_waits_on_who(
    position: bool | None, missing: set[str]
) -> None:
    """Between *Soering* and *Ahmed*, with no one able to protect but who would inflict the
    harm not known: the State's own would be barred by art. 3, a private person's only as the
    position takes it, so art. 3 waits on who (and on the position where none is taken); on the
    later reading it bars the return either way."""
    result = _germany(_clan_militia(actor=None, official_involvement=None), "1993-06-01", position)
    harm = next(f for _, f in _bar(result, ART_3).walk() if f.element == "fears[0]")
    assert set(harm.missing) == missing
    if position:
        assert harm.verdict is rl.Verdict.MET
    else:
        assert harm.verdict is rl.Verdict.UNKNOWN
        assert harm.reason.startswith("who would inflict the harm is not known")
        assert echr.AHMED in harm.citations


def test_the_soering_and_ahmed_records_are_held_with_their_sources() -> None:
    """The records the dated art. 3 readings cite: *Soering v United Kingdom* (7 July 1989) and
    *Ahmed v Austria* (17 December 1996), each from a BAILII copy, secondary, without a
    paragraph."""
    for cite, day, url in (
        (echr.SOERING, "1989-07-07", "http://www.bailii.org/eu/cases/ECHR/1989/14.html"),
        (echr.AHMED, "1996-12-17", "http://www.bailii.org/eu/cases/ECHR/1996/63.html"),
    ):
        assert cite.instrument in sources.source_keys()
        assert str(sources.adopted(cite.instrument)) == day
        held = rl.provision(cite.instrument, cite.provision)
        assert held.source is not None
        assert held.source.url == url
        assert held.status == "secondary"
        assert not held.verbatim
        assert "art. 3" in (held.text or "")


def test_between_soering_and_ahmed_a_private_harm_waits_on_whether_an_official_is_involved() -> (
    None
):
    """ECHR art. 3 on removal between *Soering* (1989) and *Ahmed v Austria* (1996): ill-treatment
    in which an official is involved is the State's, weighed as found; that of private persons as
    ``removal_readings_retrospective`` takes it. With the involvement not stated and the position
    False, the return to Somalia in 1990 waits on ``fears[0].official_involvement`` (was: a
    confident PERMITTED, which stating the involvement turned into PROHIBITED)."""

    def claim(involved: bool | None) -> rl.Claim:
        harm = rl.Harm(
            "beatings by a clan militia", "SOM", severity="serious", likelihood=0.8,
            actor="non_state", official_involvement=involved, reasons={"personal"},
            protection_withheld_for=frozenset(), torture=False, irreparable=True,
            risk_to_life=False, death_penalty=False, flagrant_denial_of_justice=False,
        )  # fmt: skip
        return rl.Claim(
            rl.Person("S", nationalities={"SOM"}, location="DEU"),
            fears=[harm],
            protection={"SOM": "unavailable"},
            internal_relocation=False,
        )

    doctrine = rl.Doctrine(removal_readings_retrospective=False, non_refoulement_customary=False)
    open_ = rl.assess_return(claim(None), by="DEU", to="SOM", on="1990-06-01", doctrine=doctrine)
    assert open_.outcome is rl.ReturnOutcome.UNDETERMINED
    assert open_.missing_facts() == ("fears[0].official_involvement",)
    involved = rl.assess_return(claim(True), by="DEU", to="SOM", on="1990-06-01", doctrine=doctrine)
    assert involved.outcome is rl.ReturnOutcome.PROHIBITED
    private = rl.assess_return(claim(False), by="DEU", to="SOM", on="1990-06-01", doctrine=doctrine)
    assert private.outcome is rl.ReturnOutcome.PERMITTED
