"""A national at a foreign frontier in a part of their own State that has a code of its own.

Turning back at the frontier someone who has not left their own country is not "return" (*R
(European Roma Rights Centre) v Immigration Officer at Prague Airport* [2004] UKHL 55; the right
to leave is ICCPR art. 12(2); docs/non-refoulement.md, step 4). Whether they have left it is the
one comparison of places every rule makes (``sources.territories.same_state``): a Dane in
Greenland, a French national in French Guiana and a Chinese national in Hong Kong after 1 July
1997 are still in their own State; a Chinese national in Hong Kong before that day was in a
territory for whose international relations the United Kingdom was responsible, not in China;
a Chinese national in Taiwan is in China only on the reading that Taiwan is part of China
(``Doctrine.taiwan_outside_china``, GA res. 2758 (XXVI)). The frontier rule compared codes
instead (adversarial review ret.md F1): a Dane in Greenland at Canada's frontier was rejected
"having left their own country", PROHIBITED, where the same Dane on the mainland is PERMITTED.
"""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refugeelaw as rl
from refugeelaw.law import removal
from refugeelaw.law.art_33 import art_33_reach
from refugeelaw.law.oau import oau_reach
from refugeelaw.law.removal import in_reach, within_territory
from refugeelaw.sources import Citation
from refugeelaw.sources.territories import held_by
from test_taiwan import APART, DOCTRINES, GA_2758, PART, POSITION, branches_agree, named

ERRC = "turning back someone who has not left is not 'return'"
OAU_II_3 = Citation("oau-refugee-convention-1969", "II(3)")


def torture_in(country: str) -> rl.Harm:
    """Torture by the State, feared for a political opinion (the review's reproducer)."""
    return rl.Harm(
        "torture",
        country,
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="state",
        reasons={"political_opinion"},
        torture=True,
    )


def at_frontier(national: str, location: str, **facts: object) -> rl.Claim:
    person = rl.Person("x", {national}, location=location)
    return rl.Claim(person, fears=[torture_in(national)], at_frontier=True, **facts)  # type: ignore[arg-type]


def reaches(result: rl.ReturnAssessment) -> list[rl.Finding]:
    """Every bar's finding on whether the returning state reaches the person."""
    return [f for _, f in result.finding.walk() if f.element.startswith("within the reach of ")]


def test_errc_prague_airport_a_dane_in_greenland_at_canadas_frontier_has_not_left_denmark() -> None:
    """R (ERRC) v Immigration Officer at Prague Airport; ICCPR art. 12(2); CAT art. 3(1): Greenland
    is part of Denmark (2010), so a Dane there at Canada's frontier has not left Denmark, as one on
    the mainland has not: PERMITTED for both (before: PROHIBITED from Greenland under CAT art. 3(1),
    ICCPR art. 7 and custom, "from Greenland, having left their own country")."""
    for location in ("DNK", "GRL"):
        result = rl.assess_return(at_frontier("DNK", location), by="CAN", to="DNK", on="2010-01-01")
        assert result.outcome is rl.ReturnOutcome.PERMITTED, location
        assert result.status.outcome is rl.Status.NOT_REFUGEE
        found = reaches(result)
        assert len(found) >= 4
        assert all(f.verdict is rl.Verdict.NOT_MET for f in found)
        assert all(ERRC in f.reason for f in found)
        assert all("ICCPR art. 12(2)" in [str(c) for c in f.citations] for f in found)
    (cat,) = [f for f in found if "CAT art. 3(1)" in [str(c) for c in f.citations]]
    assert cat.reason.startswith(
        "the person is at the frontier but still in Greenland, part of Denmark on 2010-01-01: "
    )


def test_achr_22_8_a_french_national_in_french_guiana_at_surinames_frontier_is_still_in_france() -> (
    None
):
    """ACHR art. 22(8), ICCPR art. 7, custom; ICCPR art. 12(2): French Guiana is part of France, so
    Suriname turning back a French national there is not "return" (before: PROHIBITED under ICCPR
    art. 7, custom and ACHR art. 22(8), "from French Guiana, having left their own country")."""
    result = rl.assess_return(at_frontier("FRA", "GUF"), by="SUR", to="FRA", on="2010-01-01")
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert result.breaches == ()
    found = reaches(result)
    achr = [f for f in found if f.citations[0].instrument == "achr-1969"]
    assert achr
    assert all(f.verdict is rl.Verdict.NOT_MET for f in found)
    assert all("still in French Guiana, part of France on 2010-01-01" in f.reason for f in found)


def test_errc_prague_airport_hong_kong_is_china_from_1_july_1997_and_was_not_before() -> None:
    """ICCPR art. 12(2), R (ERRC) v Prague Airport, Art 1A(2): a Chinese national in Hong Kong at
    Japan's frontier in 2010 is still in China (part of it since 1 July 1997): PERMITTED (before:
    PROHIBITED, "having left their own country"). In 1990 Hong Kong was a territory for whose
    international relations the United Kingdom was responsible, so the same person had left
    China, and rejecting them at the frontier is return (art. 33(1), ExCom Conclusion No. 6):
    PROHIBITED, as before."""
    after = rl.assess_return(at_frontier("CHN", "HKG"), by="JPN", to="CHN", on="2010-01-01")
    assert after.outcome is rl.ReturnOutcome.PERMITTED
    assert all(f.verdict is rl.Verdict.NOT_MET for f in reaches(after))
    assert all(
        "still in Hong Kong, part of China on 2010-01-01" in f.reason for f in reaches(after)
    )
    before = rl.assess_return(at_frontier("CHN", "HKG"), by="JPN", to="CHN", on="1990-01-01")
    assert before.outcome is rl.ReturnOutcome.PROHIBITED
    assert "Refugee Convention art. 33(1)" in [str(b.citation) for b in before.breaches]
    assert all(f.verdict is rl.Verdict.MET for f in reaches(before))
    assert all("from Hong Kong, having left their own country" in f.reason for f in reaches(before))
    # A British national there in 1990 was in a territory of the United Kingdom: not returned.
    briton = rl.assess_return(at_frontier("GBR", "HKG"), by="JPN", to="GBR", on="1990-01-01")
    assert briton.outcome is rl.ReturnOutcome.PERMITTED
    assert all(f.verdict is rl.Verdict.NOT_MET for f in reaches(briton))


def test_errc_prague_airport_a_chinese_national_in_taiwan_at_japans_frontier_turns_on_ga_res_2758() -> (
    None
):
    """ICCPR art. 12(2), R (ERRC) v Prague Airport, CAT art. 3(1), GA res. 2758 (XXVI): a Chinese
    national in Taiwan at Japan's frontier has left China only on the reading that Taiwan is a
    country other than China. ``taiwan_outside_china=False``: still in China, PERMITTED (before:
    PROHIBITED, "from Taiwan, having left their own country", the reading taken ignored); ``True``:
    rejection is return, PROHIBITED, the reading named; no position: UNDETERMINED, asking it (before:
    PROHIBITED, no reading named)."""
    results = {
        d.taiwan_outside_china: rl.assess_return(
            at_frontier("CHN", "TWN"), by="JPN", to="CHN", on="2010-01-01", doctrine=d
        )
        for d in DOCTRINES
    }
    default, apart, part = results[None], results[True], results[False]
    assert part.outcome is rl.ReturnOutcome.PERMITTED
    assert all(f.verdict is rl.Verdict.NOT_MET for f in reaches(part))
    assert all(
        "still in Taiwan, part of China on the reading taken (taiwan_outside_china=False)"
        in f.reason
        for f in reaches(part)
    )
    assert named(part) == [PART.position("taiwan_outside_china")]
    assert apart.outcome is rl.ReturnOutcome.PROHIBITED
    assert {"CAT art. 3(1)", "ICCPR art. 7"} <= {str(b.citation) for b in apart.breaches}
    assert all("from Taiwan, having left their own country" in f.reason for f in reaches(apart))
    assert named(apart) == [APART.position("taiwan_outside_china")]
    assert default.outcome is rl.ReturnOutcome.UNDETERMINED
    assert POSITION in default.missing_facts()
    assert all(f.verdict is rl.Verdict.UNKNOWN for f in reaches(default))
    assert all(f.missing == (POSITION,) for f in reaches(default))
    assert all(GA_2758 in [str(c) for c in f.citations] for f in reaches(default))
    branches_agree(default, {True: apart, False: part})


def test_ga_res_2758_a_person_in_taiwan_at_chinas_frontier_is_reached_on_either_reading() -> None:
    """CAT art. 3(1), Refugee Convention art. 33(1) and custom (ExCom Conclusion No. 6: "both at
    the border and within the territory"), GA res. 2758 (XXVI): a Japanese national in Taiwan at
    China's frontier is in China's territory on the reading that Taiwan is part of China (reach
    met, the reading named), and on the other at its frontier from a country not their own (reach
    met, as rejection at the frontier). The readings agree, so with no position the reach is met,
    whether or not Taiwan is China's territory, and the position is not asked (before: unknown,
    asking it, and the return UNDETERMINED where every reading gives PROHIBITED; review own1.md
    F5). OAU art. II(3), as the library reads it, reaches them on every reading, in the same
    words. At the frontier, CAT's reach to a person on the other side of it, not under China's
    effective control, rests on the reading the library names
    (``law.removal.FRONTIER_JURISDICTION_READING``), listed on the reading that Taiwan is not
    China's territory and so where the readings agree."""
    cite = Citation("cat-1984", "3(1)")
    on = dt.date(2010, 1, 1)
    claim = at_frontier("JPN", "TWN")
    part = within_territory(claim, "CHN", cite, on, PART)
    assert part.verdict is rl.Verdict.MET
    assert part.reason == (
        "the person is in Taiwan, part of China on the reading taken (taiwan_outside_china=False): "
        "in the territory of China"
    )
    assert part.assumptions == (PART.position("taiwan_outside_china"),)
    apart = within_territory(claim, "CHN", cite, on, APART)
    assert apart.verdict is rl.Verdict.MET
    assert "from Taiwan, having left their own country" in apart.reason
    assert apart.assumptions == (
        APART.position("taiwan_outside_china"),
        removal.FRONTIER_JURISDICTION_READING,
    )
    default = within_territory(claim, "CHN", cite, on, rl.Doctrine())
    assert default.verdict is rl.Verdict.MET
    assert default.reason == (
        "the person is at the frontier of China, in Taiwan: whether or not that is its territory "
        "(it turns on Taiwan's relation to China), CAT art. 3(1) reaches them there, in its "
        "territory or at its frontier alike"
    )
    assert default.missing == ()
    assert default.assumptions == (removal.FRONTIER_JURISDICTION_READING,)
    said = [str(c) for c in default.citations]
    assert said[:2] == ["CAT art. 3(1)", GA_2758]
    assert "CAT General Comment No. 2 (2008) para. 16" in said  # at the frontier, in its power
    art_33 = within_territory(
        claim, "CHN", Citation("refugee-convention-1951", "33(1)"), on, rl.Doctrine()
    )
    assert art_33.verdict is rl.Verdict.MET
    assert "ExCom Conclusion No. 6" in [str(c) for c in art_33.citations]
    for doctrine in DOCTRINES:
        oau = oau_reach(claim, "CHN", OAU_II_3, on, doctrine)
        assert oau.verdict is rl.Verdict.MET
    assert oau_reach(claim, "CHN", OAU_II_3, on, rl.Doctrine()).reason == (
        "the person is at the frontier of China, in Taiwan: whether or not that is its territory "
        "(it turns on Taiwan's relation to China), the article reaches them there"
    )
    assert GA_2758 in [
        str(c) for c in oau_reach(claim, "CHN", OAU_II_3, on, rl.Doctrine()).citations
    ]


def test_cat_3_1_a_person_in_taiwan_rejected_at_chinas_frontier_is_prohibited_on_every_reading() -> (
    None
):
    """Refugee Convention art. 33(1), CAT art. 3(1), custom, GA res. 2758 (XXVI): China rejecting at its frontier a
    Vietnamese national in Taiwan who fears torture in Viet Nam (the review's reproducer): the
    return is PROHIBITED with no position on Taiwan, as on each (before: UNDETERMINED, every bar's
    reach unknown, asking ``doctrine.taiwan_outside_china``)."""
    results = {
        d.taiwan_outside_china: rl.assess_return(
            at_frontier("VNM", "TWN"), by="CHN", to="VNM", on="2010-01-01", doctrine=d
        )
        for d in DOCTRINES
    }
    default = results[None]
    assert default.outcome is rl.ReturnOutcome.PROHIBITED
    assert POSITION not in default.missing_facts()
    assert named(default) == []
    assert [str(b.citation) for b in default.breaches] == [
        "Refugee Convention art. 33(1)",
        "CAT art. 3(1)",
        "customary international law, non-refoulement",
    ]  # China is not a party to the ICCPR
    assert all(f.verdict is rl.Verdict.MET for f in reaches(default))
    assert all("whether or not that is its territory" in f.reason for f in reaches(default))
    branches_agree(default, {True: results[True], False: results[False]})


def test_errc_prague_airport_a_taiwanese_national_at_chinas_frontier_still_turns_on_ga_res_2758() -> (
    None
):
    """R (ERRC) v Prague Airport, ICCPR art. 12(2), CAT art. 3(1), GA res. 2758 (XXVI): where the
    readings differ the position is still asked. A national of Taiwan in Taiwan at China's
    frontier is in China's territory on the reading that Taiwan is part of China (reached), and
    still in their own country at its frontier on the other (turning them back is not return):
    with no position the reach is unknown, asking it."""
    cite = Citation("cat-1984", "3(1)")
    on = dt.date(2010, 1, 1)
    claim = at_frontier("TWN", "TWN")
    assert within_territory(claim, "CHN", cite, on, PART).verdict is rl.Verdict.MET
    assert within_territory(claim, "CHN", cite, on, APART).verdict is rl.Verdict.NOT_MET
    default = within_territory(claim, "CHN", cite, on, rl.Doctrine())
    assert default.verdict is rl.Verdict.UNKNOWN
    assert default.missing == (POSITION,)


def test_art_33_1_a_chinese_national_in_taiwan_under_chinas_control_is_reached_on_either_reading() -> (
    None
):
    """Refugee Convention art. 33(1), GA res. 2758 (XXVI), UNHCR Advisory Opinion (2007), Sale v
    Haitian Centers Council (1993): a Chinese national in Taiwan under China's effective control.
    Art. 33(1) read as extraterritorial, they are in China's territory on the one reading of
    Taiwan and under its control beyond it on the other: reached on both, so with no position
    reached, the extraterritorial reading named and Taiwan's not asked (before: unknown, asking
    it). Read as territorial (Sale), art. 33(1) reaches them only if Taiwan is China's territory:
    with no position, unknown, asking it (before: not reached, "a state does not 'return'
    someone it controls outside its territory", a confident answer where the readings differ)."""
    cite = Citation("refugee-convention-1951", "33(1)")
    on = dt.date(2010, 1, 1)
    person = rl.Person("x", {"CHN"}, location="TWN")
    claim = rl.Claim(person, fears=[torture_in("CHN")], under_control_of={"CHN"})
    wide = rl.Doctrine(article_33_extraterritorial=True)
    reach = {
        d.taiwan_outside_china: art_33_reach(
            claim, "CHN", cite, on, attrs.evolve(d, article_33_extraterritorial=True)
        )
        for d in DOCTRINES
    }
    assert reach[False].verdict is rl.Verdict.MET
    assert reach[True].verdict is rl.Verdict.MET
    assert reach[None].verdict is rl.Verdict.MET
    assert reach[None].reason.startswith(
        "the person is under the effective control of China, in Taiwan: whether or not that is its "
        "territory (it turns on Taiwan's relation to China), art. 33(1) reaches them there"
    )
    assert reach[None].assumptions == (wide.position("article_33_extraterritorial"),)
    assert GA_2758 in [str(c) for c in reach[None].citations]
    sale = rl.Doctrine(article_33_extraterritorial=False)
    narrow = {
        d.taiwan_outside_china: art_33_reach(
            claim, "CHN", cite, on, attrs.evolve(d, article_33_extraterritorial=False)
        )
        for d in DOCTRINES
    }
    assert narrow[False].verdict is rl.Verdict.MET
    assert narrow[True].verdict is rl.Verdict.NOT_MET
    assert narrow[None].verdict is rl.Verdict.UNKNOWN
    assert narrow[None].missing == (POSITION,)
    assert sale.position("article_33_extraterritorial") in narrow[None].assumptions


REACH_RULES = {
    Citation("refugee-convention-1951", "33(1)"): art_33_reach,
    Citation("cat-1984", "3(1)"): in_reach,
    Citation("iccpr-1966", "7"): in_reach,
    Citation("customary-international-law", "non-refoulement"): in_reach,
    OAU_II_3: oau_reach,
}
PEOPLE: tuple[dict[str, object], ...] = (
    {"nationalities": {"CHN"}},
    {"nationalities": {"TWN"}},
    {"nationalities": {"JPN"}},
    {"nationalities": {"CHN", "JPN"}},
    {"nationalities": set(), "habitual_residence": "TWN"},
    {"nationalities": None},
)


@pytest.mark.parametrize("cite", list(REACH_RULES), ids=str)
def test_ga_res_2758_a_reach_the_readings_agree_on_is_decided_without_the_position(
    cite: Citation,
) -> None:
    """GA res. 2758 (XXVI); each bar's reach (Refugee Convention art. 33(1), CAT art. 3(1), ICCPR
    art. 7, custom, OAU art. II(3)) for a person in Taiwan, China or Hong Kong, at the frontier
    of, or under the control of, China, Japan or Taiwan: where both readings of Taiwan's relation
    to China reach the person, so does the finding with no position, asking nothing; and a
    finding with no position that decides gives what both readings give (art. 33(1) aside where
    it finds the person still in their own country, which holds on both readings though on the
    one that makes Taiwan part of China the reach is met and the refugee element fails instead)."""
    rule = REACH_RULES[cite]
    on = dt.date(2010, 1, 1)
    checked = 0
    for facts, where, by, frontier, control, wide in itertools.product(
        PEOPLE, ("TWN", "CHN", "HKG"), ("CHN", "JPN", "TWN"), (False, True), (False, True),
        (None, True, False),
    ):  # fmt: skip
        if where == by:
            continue
        person = rl.Person("x", location=where, **facts)  # type: ignore[arg-type]
        claim = rl.Claim(person, at_frontier=frontier, under_control_of={by} if control else set())
        found = {
            d.taiwan_outside_china: rule(
                claim, by, cite, on, attrs.evolve(d, article_33_extraterritorial=wide)
            ).verdict
            for d in DOCTRINES
        }
        default, branches = found[None], {found[False], found[True]}
        if branches == {rl.Verdict.MET}:
            assert default is rl.Verdict.MET, (facts, where, by, frontier, control, wide)
            checked += 1
        if default is not rl.Verdict.UNKNOWN:
            own = rule is art_33_reach and default is rl.Verdict.NOT_MET and control
            assert branches == {default} or own, (facts, where, by, frontier, control, wide)
    assert checked


def test_art_33_1_a_chinese_national_in_taiwan_under_japanese_control_turns_on_ga_res_2758() -> (
    None
):
    """Refugee Convention art. 33(1), Art 1A(2), R (ERRC) v Prague Airport: art. 33(1) does not
    reach a person under a state's control in their own country, who is no refugee. A Chinese
    national in Taiwan under Japan's control, art. 33(1) read as extraterritorial: on the reading
    that Taiwan is part of China, still in China, not reached; on the other, reached, the reading
    named; with none, unknown, asking it (before: reached on every reading, none named)."""
    cite = Citation("refugee-convention-1951", "33(1)")
    on = dt.date(2010, 1, 1)
    person = rl.Person("x", {"CHN"}, location="TWN")
    claim = rl.Claim(person, fears=[torture_in("CHN")], under_control_of={"JPN"})
    reach = {
        d.taiwan_outside_china: art_33_reach(
            claim, "JPN", cite, on, attrs.evolve(d, article_33_extraterritorial=True)
        )
        for d in DOCTRINES
    }
    assert reach[False].verdict is rl.Verdict.NOT_MET
    assert "still in Taiwan, their own country" in reach[False].reason
    assert PART.position("taiwan_outside_china") in reach[False].assumptions
    assert reach[True].verdict is rl.Verdict.MET
    assert APART.position("taiwan_outside_china") in reach[True].assumptions
    assert reach[None].verdict is rl.Verdict.UNKNOWN
    assert reach[None].missing == (POSITION,)
    # Sale's territorial reading: not reached on any reading of Taiwan, none named.
    sale = art_33_reach(claim, "JPN", cite, on, rl.Doctrine(article_33_extraterritorial=False))
    assert sale.verdict is rl.Verdict.NOT_MET
    assert not [a for a in sale.assumptions if a.startswith("taiwan_outside_china")]


ON_DAYS = ("1990-01-01", "2000-01-01", "2010-01-01", "2020-01-01")


@st.composite
def parts_of_a_state(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """A date, a State that holds territories with codes of their own then (part of it, or in its
    charge), one of those territories, and a third State at whose frontier a national stands."""
    on = draw(st.sampled_from(ON_DAYS))
    day = dt.date.fromisoformat(on)
    state = draw(st.sampled_from(("DNK", "FRA", "NLD", "USA", "GBR", "AUS", "CHN")))
    held = held_by(state, day)
    if not held:
        state, held = "FRA", held_by("FRA", day)
    territory = draw(st.sampled_from(sorted(held)))
    by = draw(st.sampled_from([s for s in ("CAN", "JPN", "BRA", "DEU", "KEN") if s != state]))
    return on, state, territory, by


@settings(max_examples=40, deadline=None)
@given(parts_of_a_state())
def test_errc_prague_airport_a_part_of_the_state_is_the_state_at_a_foreign_frontier(
    case: tuple[str, str, str, str],
) -> None:
    """ICCPR art. 12(2), R (ERRC) v Prague Airport (docs/non-refoulement.md, step 4): a national
    at a foreign frontier in a territory that is part of their State, or in its charge, on the
    date has not left it, as one on the mainland has not: every bar's reach, and the outcome, is
    the same from the territory as from the mainland."""
    on, state, territory, by = case
    results = [
        rl.assess_return(at_frontier(state, place), by=by, to=state, on=on)
        for place in (state, territory)
    ]
    mainland, part = results
    assert part.outcome is mainland.outcome
    assert [f.verdict for f in reaches(part)] == [f.verdict for f in reaches(mainland)]
    # Not "return" for any bar; OAU art. II(3), as the library reads it, reaches rejection at
    # the frontier of one still in their own country (Kenya).
    assert all(
        f.verdict
        is (
            rl.Verdict.MET
            if f.citations[0].instrument == OAU_II_3.instrument
            else rl.Verdict.NOT_MET
        )
        for f in reaches(part)
    )
