"""When a country code names a State: seceded territories before independence, States that ceased
to exist, and destinations the data records neither as a State nor as a territory.

A territory that later became a State (Eritrea, independent on 24 May 1993; South Sudan, on 9 July
2011) was part of its predecessor until then: harm feared there was feared in the predecessor, the
person's country of nationality (Refugee Convention Art 1A(2)), and the code names no State that
returns or owes anything. A State that ceased to exist (the USSR, the GDR, Czechoslovakia, the
SFRY, Serbia and Montenegro) owes nothing after its end: its code is refused, naming the State that
continues it or its successors. CAT art. 3(1) bars return "to another State": a destination that
may be part of the returning state (Puerto Rico, Curaçao, Mayotte before 2011) leaves the bar
unknown, as the same code does for the person's location.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
from collections.abc import Callable

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw._data import read_text
from refugeelaw.countries import all_countries, historic_countries
from refugeelaw.sources.territories import (
    contested,
    former_code,
    former_state,
    not_a_state,
    part_of,
    statehood,
)

ART33 = "Refugee Convention art. 33(1)"


def _derg_harm(country: str) -> rl.Harm:
    return rl.Harm(
        "detention and beatings by the Derg security forces for suspected EPLF support",
        country,
        severity="threat_to_life_or_freedom",
        likelihood=0.6,
        actor="state",
        reasons={"political_opinion"},
        torture=False,
        irreparable=False,
        risk_to_life=False,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )


def _eritrean_in_kenya(country: str) -> rl.Claim:
    return rl.Claim(
        rl.Person("Eritrean in Kenya", nationalities={"ETH"}, location="KEN"),
        fears=[_derg_harm(country)],
        protection={"ETH": "unavailable"},
    )


# -- Eritrea, part of Ethiopia until 24 May 1993 -------------------------------------------------


def test_harm_feared_in_eritrea_in_1990_is_feared_in_ethiopia_article_1a2_and_33_1() -> None:
    """Refugee Convention Art 1A(2) and art. 33(1) (review: return F1). On 1 June 1990 Eritrea was
    part of Ethiopia (GA Res. 617 (VII); independent on 24 May 1993): the Derg's persecution of a
    suspected EPLF supporter in Asmara was persecution in the country of nationality. Coded "ERI",
    it was "feared in Eritrea, which is not Ethiopia": NOT_REFUGEE, and Kenya's return to Ethiopia
    PERMITTED with nothing asked. It is now the answer the code "ETH" gives: a refugee, and the
    return PROHIBITED under art. 33(1) and custom."""
    eri = rl.assess_return(_eritrean_in_kenya("ERI"), by="KEN", to="ETH", on="1990-06-01")
    eth = rl.assess_return(_eritrean_in_kenya("ETH"), by="KEN", to="ETH", on="1990-06-01")
    assert eri.status.outcome is rl.Status.REFUGEE
    feared = eri.status.finding.find("feared in a country of nationality")
    assert feared is not None
    assert feared.reason == "the harm is feared in Eritrea, part of Ethiopia on 1990-06-01"
    assert eri.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in eri.breaches] == [str(b.citation) for b in eth.breaches]
    assert ART33 in [str(b.citation) for b in eri.breaches]
    assert part_of("ERI", dt.date(1993, 5, 23)) == "ETH"
    assert part_of("ERI", dt.date(1993, 5, 24)) is None


def test_after_independence_eritrea_is_another_state_article_1a2() -> None:
    """Art 1A(2): from 24 May 1993 Eritrea is a State of its own; harm feared there by an
    Ethiopian national is not feared in the country of nationality, as before."""
    status = rl.assess_status(_eritrean_in_kenya("ERI"), on="1994-01-01")
    assert status.outcome is rl.Status.NOT_REFUGEE
    feared = status.finding.find("feared in a country of nationality")
    assert feared is not None
    assert "which is not Ethiopia" in feared.reason


def test_eritrea_before_independence_is_no_state_that_returns_or_owes() -> None:
    """A territory owes nothing as a State (review: return F1, "Eritrea" bound by custom in
    1985): as for Hong Kong, the code is refused where a State is needed, naming the State it was
    part of; before the federation of 1952, the data records no holder, and says so."""
    torture = rl.Harm("torture by Derg security forces", "ETH", severity="threat_to_life_or_freedom",
                      likelihood=0.6, actor="state", reasons={"political_opinion"}, torture=True)  # fmt: skip
    claim = rl.Claim(rl.Person("x", nationalities={"ETH"}, location="ERI"), fears=[torture])
    with pytest.raises(rl.InvalidInput, match=r"^by: ERI \(Eritrea\) is part of Ethiopia on 1985"):
        rl.assess_return(claim, by="ERI", to="ETH", on="1985-06-01")
    with pytest.raises(rl.InvalidInput, match="part of Ethiopia on 1985-06-01, not a State"):
        rl.obligations_of("ERI", on="1985-06-01")
    with pytest.raises(
        rl.InvalidInput, match="names no State on 1950-06-01: it became one on 1993"
    ):
        rl.obligations_of("ERI", on="1950-06-01")
    assert rl.obligations_of("ERI", on="1993-05-24")  # a State from its independence


def test_a_person_in_asmara_in_1990_is_still_in_ethiopia_article_1a2() -> None:
    """Art 1A(2) reaches only a person outside the country of nationality: an Ethiopian in
    Eritrea in 1990 was still in Ethiopia."""
    claim = attrs.evolve(
        _eritrean_in_kenya("ETH"),
        person=rl.Person("In Asmara", nationalities={"ETH"}, location="ERI"),
    )
    status = rl.assess_status(claim, on="1990-06-01")
    assert status.outcome is rl.Status.NOT_REFUGEE
    outside = status.finding.find("outside the country of nationality")
    assert outside is not None
    assert "Eritrea, part of Ethiopia on 1990-06-01" in outside.reason


# -- South Sudan, part of Sudan until 9 July 2011 ------------------------------------------------


def test_harm_feared_in_south_sudan_in_2005_is_feared_in_sudan_article_1a2() -> None:
    """Art 1A(2) (review: return F1): a Sudanese in Uganda on 1 January 2005 fearing harm in the
    South was "not a refugee" (harm "in South Sudan, which is not Sudan") and the return to Sudan
    waited on whether Sudan would send the person on to South Sudan, six years before it existed.
    South Sudan was part of Sudan until 9 July 2011: a refugee, the return PROHIBITED, nothing
    asked about onward removal."""
    claim = rl.Claim(
        rl.Person("Sudanese in Uganda", nationalities={"SDN"}, location="UGA"),
        fears=[_derg_harm("SSD")],
        protection={"SDN": "unavailable"},
    )
    result = rl.assess_return(claim, by="UGA", to="SDN", on="2005-01-01")
    assert result.status.outcome is rl.Status.REFUGEE
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART33 in [str(b.citation) for b in result.breaches]
    assert "onward_removal['SDN']" not in result.missing_facts()
    assert part_of("SSD", dt.date(2011, 7, 8)) == "SDN"
    assert part_of("SSD", dt.date(2011, 7, 9)) is None


def test_south_sudan_in_2005_is_refused_as_a_returning_or_assessing_state() -> None:
    """Review: interface F1 ("South Sudan is bound by neither the Convention nor the Protocol on
    2005-01-01"): on that date South Sudan was part of Sudan; its code is refused, naming Sudan."""
    escapee = testing.north_korean_escapee()
    with pytest.raises(
        rl.InvalidInput, match="part of Sudan on 2005-01-01, not a State: give 'SDN'"
    ):
        rl.assess_return(escapee, by="SSD", to="PRK", on="2005-01-01")
    with pytest.raises(rl.InvalidInput, match=r"^state: SSD"):
        rl.assess_status(escapee, on="2005-01-01", state="SSD")
    assert rl.assess_status(escapee, on="2012-01-01", state="SSD").outcome is not None


# -- States that ceased to exist ---------------------------------------------------------------

#: The candidates a refusal of the USSR's code names after its end: the Russian Federation, which
#: continues it, and its successors by separation (data/territories.json, statehood 'SUN'; review
#: s34 data F1: before, the Russian Federation alone).
_USSR_HEIRS = (
    "'RUS', 'ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'MDA', 'TJK', 'TKM', 'UKR', 'UZB', or another"
)


@pytest.mark.parametrize(
    ("code", "on", "words"),
    [
        ("SUN", "1995-06-30", "only before 1991-12-24; Russian Federation continues it: give 'RUS'"),
        ("DDR", "1995-06-30", "only before 1990-10-03; it joined Germany: give 'DEU'"),
        ("CSK", "1995-06-30", "only before 1993-01-01; its successors are Czechia ('CZE'), Slovakia ('SVK')"),
        ("YUG", "2001-01-01", "only before 1992-04-27; its successors are Slovenia"),
        ("SCG", "2007-01-01", "Serbia continues it: give 'SRB'; its other successors are Montenegro ('MNE')"),
        ("YMD", "2000-01-01", "only before 1990-05-22; its successor is Yemen ('YEM')"),
        ("VDR", "2020-01-01", "only before 1976-07-02; its successor is Vietnam ('VNM')"),
    ],
)  # fmt: skip
def test_a_state_that_had_ceased_to_exist_owes_nothing_and_its_code_is_refused(
    code: str, on: str, words: str
) -> None:
    """Review: interface F1 ("USSR is not bound by CAT art. 3(1) on 1995-06-30", a confident
    NOT_MET about a non-subject). After the day by which the sources show it had ceased to exist
    (the USSR: the Council of Republics' declaration of 26 December 1991; the GDR: its accession
    to the Federal Republic on 3 October 1990; Czechoslovakia: 31 December 1992; the SFRY: by the
    FRY's admission to the UN on 1 November 2000; Serbia and Montenegro: Montenegro's and
    Serbia's declarations of 3 and 5 June 2006), its code is refused as a returning state, a
    destination and a state whose obligations are asked, naming its continuator or successors."""
    escapee = testing.north_korean_escapee()
    with pytest.raises(
        rl.InvalidInput, match=rf"^state: {code} .*{words.replace('(', '.').replace(')', '.')}"
    ):
        rl.obligations_of(code, on=on)
    with pytest.raises(rl.InvalidInput, match=r"^by: "):
        rl.assess_return(escapee, by=code, to="PRK", on=on)
    with pytest.raises(rl.InvalidInput, match=r"^to: "):
        rl.assess_return(escapee, by="CHN", to=code, on=on)
    with pytest.raises(rl.InvalidInput, match=r"^state: "):
        rl.assess_status(escapee, on=on, state=code)


def test_the_ussr_before_its_end_is_still_a_state_and_its_record_still_answers() -> None:
    """Before 26 December 1991 the USSR is accepted as before; party_status, a question about
    the treaty record, still answers after the end, saying the Russian Federation continues it."""
    assert rl.obligations_of("SUN", on="1990-01-01")
    found = rl.party_status("SUN", "cat-1984", on="1995-01-01")
    assert found.verdict is rl.Verdict.NOT_MET
    assert "continued by the Russian Federation" in found.reason


def test_harm_feared_in_a_state_that_had_ceased_to_exist_is_refused_naming_the_path() -> None:
    """Where a place is meant (a feared harm's country, the person's location), a code of a State
    gone by that date names no place: the input is refused at its path, with the successors."""
    claim = attrs.evolve(_eritrean_in_kenya("ETH"), fears=[_derg_harm("SUN")])
    with pytest.raises(rl.InvalidInput, match=rf"^claim\.fears\[0\]\.country: SUN .*{_USSR_HEIRS}"):
        rl.assess_return(claim, by="KEN", to="ETH", on="1995-06-01")
    assert rl.assess_return(claim, by="KEN", to="ETH", on="1990-06-01").outcome is not None
    gone = rl.Claim(rl.Person("x", nationalities={"DEU"}, location="DDR"))
    with pytest.raises(rl.InvalidInput, match=r"^claim\.person\.location: DDR"):
        rl.assess_status(gone, on="1995-01-01")


def test_the_cli_refuses_a_state_that_had_ceased_to_exist(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Review: interface F1 (``obligations``/``assess --state SUN --on 1995-06-30`` ran)."""
    from refugeelaw.cli import main

    assert main(["obligations", "SUN", "--on", "1995-06-30"]) == 2
    assert "give 'RUS'" in capsys.readouterr().err


# -- A destination that is no State the data knows ---------------------------------------------


def test_a_destination_that_may_be_part_of_the_returning_state_leaves_cat_3_unknown() -> None:
    """CAT art. 3(1) bars return "to another State" (review: return F5). The Cook Islands, in free
    association with New Zealand, are recorded neither as a State (a UN Member) nor as a territory
    of another: whether New Zealand's removal there is to another State is unknown, the missing
    record named (a breach of CAT art. 3(1) was once asserted)."""
    by, to, on = "NZL", "COK", "2010-01-01"
    harm = testing.escapee_harm(country=to)
    claim = rl.Claim(rl.Person("x", nationalities={"COM"}, location=by), fears=[harm],
                     protection={"COM": "unavailable"})  # fmt: skip
    result = rl.assess_return(claim, by=by, to=to, on=on)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.breaches == ()
    assert f"states[{by!r}].territories" in result.missing_facts()
    cat = result.finding.find("CAT art. 3 bar")
    assert cat is not None
    place = cat.find("a return to another State")
    assert place is not None
    assert place.verdict is rl.Verdict.UNKNOWN
    assert "recorded neither as a State (a UN Member) nor as a territory of another" in place.reason


@pytest.mark.parametrize(
    ("by", "to", "on", "words"),
    [
        ("FRA", "MYT", "2005-01-01", "the data's record of it begins on 2011-03-31"),
        ("USA", "PRI", "2010-01-01", "a territory for whose international relations United States"),
        ("NLD", "CUW", "2012-01-01", "part of Netherlands on 2012-01-01"),
    ],
)
def test_a_removal_to_a_territory_the_state_may_hold_is_refused_cat_3(
    by: str, to: str, on: str, words: str
) -> None:
    """CAT art. 3(1), "to another State". Puerto Rico is the United States' from the Treaty of
    Paris (art. II; in force 11 April 1899) and Curaçao the Kingdom of the Netherlands' from the
    Charter of 15 December 1954: a removal there in 2010 or 2012 is a move within the State,
    refused (was UNDETERMINED while the data recorded them only from 9 December 2013). Mayotte is
    recorded as France's only from 31 March 2011: before, whether the removal is to another State
    is not in the data, and the claim is refused naming the record (was UNDETERMINED)."""
    harm = testing.escapee_harm(country=to)
    claim = rl.Claim(rl.Person("x", nationalities={"COM"}, location=by), fears=[harm],
                     protection={"COM": "unavailable"})  # fmt: skip
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_return(claim, by=by, to=to, on=on)
    problems = {p.path: p.message for p in raised.value.problems}
    assert words in problems["to"]


def test_a_destination_that_is_a_state_or_part_of_the_returning_state_is_as_before() -> None:
    """CAT art. 3(1): to the Comoros, a State, the bar is decided; to Mayotte from France after 31
    March 2011, part of France, the return is refused as a move within a state."""
    claim = rl.Claim(rl.Person("x", nationalities={"COM"}, location="FRA"),
                     fears=[testing.escapee_harm(country="COM")], protection={"COM": "unavailable"})  # fmt: skip
    result = rl.assess_return(claim, by="FRA", to="COM", on="2015-01-01")
    assert result.finding.find("a return to another State") is None
    assert "CAT art. 3(1)" in [str(b.citation) for b in result.breaches]
    with pytest.raises(rl.InvalidInput, match="part of France on 2015-01-01"):
        rl.assess_return(claim, by="FRA", to="MYT", on="2015-01-01")


def test_eritrea_before_the_federation_is_an_unknown_place_not_a_state() -> None:
    """Before 11 September 1952 Eritrea was no State and the data records no holder: a person
    there is not shown outside Ethiopia's reach (as for an unrecorded territory)."""
    claim = attrs.evolve(
        _eritrean_in_kenya("ETH"), person=rl.Person("x", nationalities={"ETH"}, location="ERI")
    )
    result = rl.assess_return(claim, by="ETH", to="SDN", on="1952-01-01")
    reach = result.finding.find("within the reach of Ethiopia")
    assert reach is not None
    assert reach.verdict is rl.Verdict.UNKNOWN
    assert "on 1952-01-01" in reach.reason


# -- The data -----------------------------------------------------------------------------------


def test_every_statehood_record_is_sourced_and_agrees_with_the_territory_records() -> None:
    """Law as data: each record names its sources; a seceded territory's last day as part of its
    predecessor is the day before its independence, and no date is recorded without a source."""
    raw = json.loads(read_text("territories.json"))
    assert set(raw["statehood"]) == {
        "ERI",
        "SSD",
        "BGD",
        "SGP",
        "DZA",
        "SVN",
        "HRV",
        "MKD",
        "BIH",
        "SRB",
        "MNE",
        "CZE",
        "SVK",
        "ARM",
        "AZE",
        "GEO",
        "KAZ",
        "KGZ",
        "TJK",
        "TKM",
        "UZB",
        "MDA",
        "SUN",
        "DDR",
        "CSK",
        "YUG",
        "SCG",
        "YMD",
        "VDR",
        "PSE",
        "ESH",
    }
    for code, record in raw["statehood"].items():
        assert record["source"], code
        assert all(key in raw["sources"] for key in record["source"]), code
        found = statehood(code)
        assert found is not None
        if found.same_as is not None:
            # A State the data records under another code: no State before its name was taken
            # (no territory record), then the other code's, until its end.
            assert found.since is not None
            assert found.ended_by is not None
            assert not_a_state(code, found.since - dt.timedelta(days=1)) is not None
            assert not_a_state(code, found.since) is None
            assert not_a_state(code, found.ended_by) is not None
        elif found.never:
            # A code that names a State on no date (Western Sahara): no dates, and the reading it
            # takes is named. A territory record may say which State held the place for a bounded
            # time (Spain, Western Sahara's administering Power until 1976), never the State whose
            # claim is contested, and never open-ended.
            assert found.since is None
            assert found.ended_by is None
            assert found.contested is not None
            claim = contested(code)
            for period in raw["territories"].get(code, {"held": []})["held"]:
                assert period["since"], code
                assert period["until"], code
                assert claim is None or period["state"] != claim.claimed_by, code
            assert not_a_state(code, dt.date(1900, 1, 1)) is not None
            assert not_a_state(code, dt.date(2100, 1, 1)) is not None
        elif found.contested is not None:
            # A contested statehood (Palestine): no territory record says which State held the
            # place before, and none is invented; it names no State before ``since``.
            assert found.since is not None
            assert code not in raw["territories"]
            assert not_a_state(code, found.since) is None
            assert not_a_state(code, found.since - dt.timedelta(days=1)) is not None
        elif found.since is not None:
            # The last period ends the day before independence (Montenegro's first period is
            # Yugoslavia's, its last the Federal Republic of Yugoslavia's); the periods meet.
            periods = raw["territories"][code]["held"]
            period = periods[-1]
            assert dt.date.fromisoformat(period["until"]) == found.since - dt.timedelta(days=1)
            for first, then in itertools.pairwise(periods):
                gap = dt.date.fromisoformat(then["since"]) - dt.date.fromisoformat(first["until"])
                assert gap == dt.timedelta(days=1), code
            # The predecessor each period names is a State on the period's last day (the SFRY's
            # code is refused from 27 April 1992, and no period of it runs that late).
            assert all(not_a_state(p["state"], dt.date.fromisoformat(p["until"])) is None
                       for p in periods), code  # fmt: skip
            assert not_a_state(code, found.since) is None
            assert not_a_state(code, found.since - dt.timedelta(days=1)) is not None
        else:
            assert found.ended_by is not None
            assert not_a_state(code, found.ended_by) is not None
            assert not_a_state(code, found.ended_by - dt.timedelta(days=1)) is None


def test_a_nationality_of_a_state_that_had_ceased_is_refused_naming_its_successor() -> None:
    """Refugee Convention art. 1A(2): the "country of his nationality" is a State in being on the
    date assessed. A person recorded in 1995 as a national of the USSR, which the data reads as a
    State only before 24 December 1991, would fear the Russian state outside their country of
    nationality; the nationality is refused at its path, naming the continuing State (own-diff
    review F3). Before that day it is accepted."""
    harm = rl.Harm("camp", "RUS", severity="threat_to_life_or_freedom", likelihood=0.8,
                   actor="state", reasons={"political_opinion"})  # fmt: skip
    claim = rl.Claim(rl.Person("x", nationalities={"SUN"}, location="DEU"), fears=[harm])
    with pytest.raises(rl.InvalidInput, match=r"claim\.person\.nationalities: SUN \(USSR\)") as e:
        rl.assess_status(claim, on="1995-06-30")
    assert "only before 1991-12-24" in str(e.value)
    assert _USSR_HEIRS in str(e.value)
    with pytest.raises(rl.InvalidInput, match=r"claim\.person\.nationalities"):
        rl.assess_return(claim, by="DEU", to="RUS", on="1995-06-30")
    outside = rl.assess_status(claim, on="1991-06-30").finding.find(
        "outside the country of nationality"
    )
    assert outside is not None
    assert outside.verdict is rl.Verdict.MET  # in Germany, outside the USSR


# -- Serbia and Montenegro: one State, coded 'SRB' ----------------------------------------------


@pytest.mark.parametrize("on", ["1975-01-01", "1999-06-01"])
def test_serbia_and_montenegro_before_its_name_was_taken_is_refused_naming_srb(on: str) -> None:
    """Review obligations F3: the Federal Republic of Yugoslavia took the name Serbia and
    Montenegro on 4 February 2003 (Constitutional Charter art. 1; 69 FR 3188). 'SCG' was accepted
    as a State on any earlier date (in 1975 too) and bound by nothing knowable, while 'SRB', the
    same State in the data, had decided answers; it is now refused, naming 'SRB'."""
    escapee = testing.north_korean_escapee()
    words = "the name was taken on 2003-02-04 by a State the data records, under every name it bore, as 'SRB' (Serbia): give 'SRB'"  # fmt: skip
    calls: list[tuple[Callable[[], object], str]] = [
        (lambda: rl.obligations_of("SCG", on=on), "state"),
        (lambda: rl.party_status("SCG", "cat-1984", on=on), "state"),
        (lambda: rl.assess_return(escapee, by="SCG", to="PRK", on=on), "by"),
        (lambda: rl.assess_return(escapee, by="CHN", to="SCG", on=on), "to"),
    ]
    for call, path in calls:
        with pytest.raises(rl.InvalidInput) as raised:
            call()
        assert str(raised.value).startswith(f"{path}: SCG (Serbia and Montenegro) names no State")
        assert words in str(raised.value)


def test_serbia_and_montenegro_in_2004_is_refused_as_a_state_pointing_to_srbs_records() -> None:
    """Review obligations F3: in 2004 'SCG' gave UNKNOWN for Refugee Convention art. 33(1), CAT
    art. 3(1) and ICCPR arts 6/7 where 'SRB' gave MET for the same State on the same day; as the
    State whose obligations are asked (or the returning State) it is refused, naming 'SRB'. As a
    destination it is a State then, as before."""
    escapee = testing.north_korean_escapee()
    with pytest.raises(
        rl.InvalidInput, match=r"^state: SCG .* on 2004-01-01 is a State the data records"
    ):
        rl.obligations_of("SCG", on="2004-01-01")
    with pytest.raises(rl.InvalidInput, match=r"^by: SCG .*give 'SRB'"):
        rl.assess_return(escapee, by="SCG", to="PRK", on="2004-01-01")
    bound = {str(o.citation): o.bound for o in rl.obligations_of("SRB", on="2004-01-01")}
    assert bound["Refugee Convention art. 33(1)"] is rl.Verdict.MET
    assert bound["CAT art. 3(1)"] is rl.Verdict.MET
    # As a destination, a harm's country or a nationality too (own-diff data review F1: read as
    # two States, Serbia would be "elsewhere" than Serbia and Montenegro).
    with pytest.raises(rl.InvalidInput, match=r"^to: SCG .*give 'SRB'"):
        rl.assess_return(escapee, by="CHN", to="SCG", on="2004-01-01")
    jail = rl.Harm("prison", "SCG", severity="serious", likelihood=0.9, actor="state",
                   reasons={"political_opinion"})  # fmt: skip
    for claim in (
        rl.Claim(rl.Person("A", {"SRB"}, location="DEU"), fears=[jail]),
        rl.Claim(
            rl.Person("A", {"SCG"}, location="DEU"), fears=[attrs.evolve(jail, country="SRB")]
        ),
    ):
        with pytest.raises(rl.InvalidInput, match=r"give 'SRB'"):
            rl.assess_status(claim, on="2004-01-01")


def test_serbia_and_montenegros_record_dates_its_name_from_the_constitutional_charter() -> None:
    """Law as data: the day the name was taken is sourced (the Charter's proclamation, the
    Federal Register notice), and the record names the code its treaty records are under."""
    record = statehood("SCG")
    assert record is not None
    assert record.since == dt.date(2003, 2, 4)
    assert record.same_as == "SRB"
    assert record.continued_by == "SRB"
    assert any("69 FR 3188" in s.title for s in record.sources)
    assert any("Constitutional Charter" in s.title for s in record.sources)


# -- Every field that names a country ------------------------------------------------------------


def _jail(country: str) -> rl.Harm:
    return rl.Harm("imprisonment for political opposition", country,
                   severity="threat_to_life_or_freedom", likelihood=0.8, actor="state",
                   reasons={"political_opinion"})  # fmt: skip


@pytest.mark.parametrize(
    ("nationalities", "code", "on", "holder", "feared"),
    [
        ({"ETH", "ERI"}, "ERI", "1990-06-01", "Ethiopia", "ETH"),
        ({"ERI"}, "ERI", "1993-05-23", "Ethiopia", "ETH"),
        ({"SSD"}, "SSD", "2005-06-01", "Sudan", "SDN"),
    ],
)  # fmt: skip
def test_a_nationality_of_a_state_not_yet_in_being_is_refused_article_1a2(
    nationalities: set[str], code: str, on: str, holder: str, feared: str
) -> None:
    """Refugee Convention Art 1A(2) weighs "the country of his nationality" and the protection "of
    each of the countries of which he is a national" (review: status-b F1, return F7). Eritrea was
    part of Ethiopia until its independence on 24 May 1993, South Sudan part of Sudan until 9 July
    2011 (``statehood`` records): an Eritrean in 1990 was an Ethiopian national. Given "ERI" in
    1990, the claim was a REFUGEE with "the state of Eritrea is itself the persecutor", and
    "Eritrea's protection" was asked beside Ethiopia's; it is now refused at its path, naming the
    State the territory was part of, as a nationality of a State gone is."""
    claim = rl.Claim(rl.Person("x", nationalities, location="KEN"), fears=[_jail(feared)])
    with pytest.raises(rl.InvalidInput) as e:
        rl.assess_status(claim, on=on, state="KEN")
    (problem,) = e.value.problems
    assert problem.path == "claim.person.nationalities"
    assert f"{code} (" in problem.message
    assert f"names no State on {on}: it is part of {holder} then" in problem.message
    assert "give the nationality the person holds on that date" in problem.message
    with pytest.raises(rl.InvalidInput, match=r"^claim\.person\.nationalities: "):
        rl.assess_return(claim, by="KEN", to=feared, on=on)


def test_a_nationality_is_accepted_from_the_day_of_independence_article_1a2() -> None:
    """Art 1A(2): from 24 May 1993 Eritrean nationality is a nationality of a State; the claim is
    weighed (an Eritrean in Kenya fearing Ethiopia is then outside nothing they are a national of
    that persecutes them: not a refugee on that harm)."""
    claim = rl.Claim(rl.Person("x", nationalities={"ERI"}, location="KEN"), fears=[_jail("ETH")])
    assert rl.assess_status(claim, on="1993-05-24").outcome is rl.Status.NOT_REFUGEE


def test_article_1e_by_a_state_gone_or_not_yet_in_being_is_refused() -> None:
    """Refugee Convention Art 1E: recognition "by the competent authorities of the country in
    which he has taken residence" of the rights "attached to the possession of the nationality of
    that country". The USSR in 1995 (ended by 24 December 1991) and Eritrea in 1990 (part of
    Ethiopia until 24 May 1993) had no such authorities nor nationality: both gave a confident
    EXCLUDED; both are now refused at ``claim.rights_of_national_in``. The USSR before its end,
    and the Russian Federation after, still exclude."""
    afghan = rl.Claim(rl.Person("x", {"AFG"}, location="FIN"), fears=[_jail("AFG")],
                      rights_of_national_in="SUN")  # fmt: skip
    with pytest.raises(
        rl.InvalidInput, match=rf"^claim\.rights_of_national_in: SUN .*{_USSR_HEIRS}"
    ):
        rl.assess_status(afghan, on="1995-01-01")
    somali = rl.Claim(rl.Person("x", {"SOM"}, location="KEN"), fears=[_jail("SOM")],
                      rights_of_national_in="ERI", protection={"SOM": "unavailable"})  # fmt: skip
    with pytest.raises(
        rl.InvalidInput, match=r"^claim\.rights_of_national_in: ERI .*part of Ethiopia then"
    ):
        rl.assess_status(somali, on="1990-01-01")
    assert rl.assess_status(afghan, on="1990-01-01").outcome is rl.Status.EXCLUDED
    russia = attrs.evolve(afghan, rights_of_national_in="RUS")
    assert rl.assess_status(russia, on="1995-01-01").outcome is rl.Status.EXCLUDED


def test_a_former_habitual_residence_in_a_state_gone_is_refused_naming_its_successor_article_1a2() -> (
    None
):
    """Art 1A(2): a stateless person is a refugee if, "being outside the country of his former
    habitual residence", he is unable or unwilling "to return to it". A stateless former resident
    of the USSR fearing the Russian state in 1995 was a confident NOT_REFUGEE: the fear was "in
    Russian Federation, which is not USSR". The USSR names no State after 24 December 1991, and
    no one returns to it: the residence is refused, naming the State that continues it, in either
    field; given as Russia, the fear is weighed and the person is a refugee."""
    stateless = rl.Person("x", set(), habitual_residence="SUN", location="FIN")
    claim = rl.Claim(stateless, fears=[_jail("RUS")])
    with pytest.raises(rl.InvalidInput) as e:
        rl.assess_status(claim, on="1995-01-01")
    (problem,) = e.value.problems
    assert problem.path == "claim.person.habitual_residence"
    assert f"in which the former habitual residence lies ({_USSR_HEIRS})" in problem.message
    others = attrs.evolve(
        claim, person=rl.Person("x", set(), habitual_residence="RUS",
                                other_habitual_residences={"SUN"}, location="FIN")
    )  # fmt: skip
    with pytest.raises(rl.InvalidInput, match=r"^claim\.person\.other_habitual_residences: SUN"):
        rl.assess_status(others, on="1995-01-01")
    russia = attrs.evolve(claim, person=attrs.evolve(stateless, habitual_residence="RUS"))
    assert rl.assess_status(russia, on="1995-01-01").outcome is rl.Status.REFUGEE
    before = attrs.evolve(claim, fears=[_jail("SUN")])
    assert rl.assess_status(before, on="1990-01-01").outcome is rl.Status.REFUGEE


def test_a_former_habitual_residence_not_yet_a_state_is_refused_naming_its_holder_article_1a2() -> (
    None
):
    """Art 1A(2): in 1990 a stateless person's residence in Asmara was in Ethiopia, the country
    they would return to; "ERI" is refused, naming Ethiopia."""
    claim = rl.Claim(rl.Person("x", set(), habitual_residence="ERI", location="KEN"),
                     fears=[_jail("ETH")])  # fmt: skip
    with pytest.raises(
        rl.InvalidInput, match=r"^claim\.person\.habitual_residence: ERI .*\('ETH', or another\)"
    ):
        rl.assess_status(claim, on="1990-01-01")


def test_protection_stated_for_a_place_is_read_there_and_for_a_state_gone_refused() -> None:
    """CAT art. 3 and ICCPR art. 7 weigh whether the State protects against private harm where
    the harm is feared: in Eritrea in 1990 (part of Ethiopia) that is ``protection['ERI']``, which
    the return asks and reads, and ``questions()`` puts (own-diff law review F2: the key was
    refused, so that asking it raised). Art 1A(2), second paragraph, weighs the nationalities
    alone, and an Eritrean nationality in 1990 is refused there. The protection of the USSR in
    1995, a State gone, is refused at its key."""
    private = rl.Harm("detention by a militia in Asmara", "ERI", severity="serious",
                      likelihood=0.9, actor="non_state", reasons={"political_opinion"})  # fmt: skip
    claim = rl.Claim(rl.Person("x", {"ETH"}, location="KEN"), fears=[private])
    asked = rl.assess_return(claim, by="KEN", to="ETH", on="1990-06-01")
    assert "protection['ERI']" in asked.missing_facts()
    assert "protection['ERI']" in [q.path for q in asked.questions()]
    answered = attrs.evolve(claim, protection={"ERI": "available"})
    again = rl.assess_return(answered, by="KEN", to="ETH", on="1990-06-01")
    assert "protection['ERI']" not in again.missing_facts()
    gone = rl.Claim(rl.Person("x", {"RUS"}, location="FIN"), fears=[_jail("RUS")],
                    protection={"SUN": "unavailable"})  # fmt: skip
    with pytest.raises(rl.InvalidInput, match=r"^claim\.protection\['SUN'\]: SUN"):
        rl.assess_status(gone, on="1995-01-01")


def test_control_and_onward_removal_by_a_state_gone_are_refused_cat_3() -> None:
    """CAT art. 3 and ICCPR duties follow a State's effective control, and a return bar weighs
    where a State would send the person on: a State gone neither controls nor sends. The USSR in
    1995 is refused in ``under_control_of`` and as a key of ``onward_removal``; a territory not yet
    a State is a place (Eritrea in 1990, in Ethiopia) and stays accepted there. Every problem is
    reported at once."""
    claim = rl.Claim(rl.Person("x", {"AFG"}, location="FIN"), fears=[_jail("AFG")],
                     under_control_of={"SUN"}, onward_removal={"SUN": True})  # fmt: skip
    with pytest.raises(rl.InvalidInput) as e:
        rl.assess_return(claim, by="FIN", to="AFG", on="1995-06-01")
    assert [p.path for p in e.value.problems] == [
        "claim.under_control_of",
        "claim.onward_removal['SUN']",
    ]
    eritrea = attrs.evolve(claim, under_control_of=frozenset(), onward_removal={"ERI": False})
    assert rl.assess_return(eritrea, by="FIN", to="AFG", on="1990-06-01").outcome is not None


# -- Formerly used codes (ISO 3166-3) the data dates as no State -------------------------------


def _south_yemeni_in_saudi_arabia() -> rl.Claim:
    harm = rl.Harm("prison for opinion", "YMD", severity="serious", likelihood=0.9, actor="state",
                   reasons={"political_opinion"})  # fmt: skip
    person = rl.Person("X", nationalities={"YMD"}, location="SAU")
    return rl.Claim(person, fears=[harm], protection={"YMD": "unavailable"},
                    internal_relocation=False)  # fmt: skip


def test_every_formerly_used_code_is_dated_as_a_state_or_refused_on_every_date() -> None:
    """Review of the treaty data, F2: of the 30 ISO 3166-3 codes the library accepts, only seven
    had statehood records; the other 23 were read as States on every date. Each now has one
    record: a former State's dates (statehood, with an end), or a former_codes record saying what
    ISO 3166-3 records replaced it, with sources, under which it names no State on any date. No
    date is recorded for a former_codes record; the codes named are current ones."""
    raw = json.loads(read_text("territories.json"))
    ended = {c for c, r in raw["statehood"].items() if "ended_by" in r}
    assert ended | set(raw["former_codes"]) == historic_countries()
    assert not ended & set(raw["former_codes"])
    for code, record in raw["former_codes"].items():
        assert record["source"], code
        assert all(k in raw["sources"] for k in record["source"]), code
        assert record["change"] in ("name", "merger", "division"), code
        assert set(record["replaced_by"]) <= all_countries(), code
        assert record.get("within") is None or record["within"] in all_countries(), code
        assert not {"since", "ended_by", "until"} & set(record), code  # no date invented
        found = former_code(code)
        assert found is not None
        assert not former_state(code)
        assert statehood(code) is None


def test_south_yemen_after_the_union_of_1990_is_refused_naming_yemen_iso_3166_3() -> None:
    """ISO 3166-3: YMD withdrawn, Democratic Yemen "merged into REPUBLIC OF YEMEN (YE) in 1990";
    the union of 22 May 1990 (US Department of State), the day the library's own ICCPR record
    ends South Yemen's participation and makes it the Republic of Yemen's (A/50/40 para 247).
    Before: a South Yemeni in Saudi Arabia in 2000 was a REFUGEE, and the return by Saudi Arabia
    "to South Yemen" PROHIBITED under custom. After: every field naming YMD is refused at its
    path, naming Yemen; the ICCPR record still answers while the State existed."""
    claim = _south_yemeni_in_saudi_arabia()
    with pytest.raises(rl.InvalidInput) as caught:
        rl.assess_status(claim, on="2000-01-01")
    paths = [p.path for p in caught.value.problems]
    assert paths == [
        "claim.person.nationalities",
        "claim.fears[0].country",
        "claim.protection['YMD']",
    ]
    assert all("only before 1990-05-22" in p.message and "('YEM', or another)" in p.message
               for p in caught.value.problems)  # fmt: skip
    with pytest.raises(rl.InvalidInput, match=r"^to: YMD .*its successor is Yemen \('YEM'\)"):
        rl.assess_return(claim, by="SAU", to="YMD", on="2000-01-01")
    # While it existed it is a State, and its ICCPR record answers (art. 49(2): from 9 May 1987).
    assert rl.assess_status(claim, on="1989-01-01").outcome is rl.Status.REFUGEE
    assert rl.party_status("YMD", "iccpr-1966", on="1988-06-01").verdict is rl.Verdict.MET
    record = statehood("YMD")
    assert record is not None
    assert record.ended_by == dt.date(1990, 5, 22)
    assert record.successors == ("YEM",)


def test_north_viet_nam_after_the_reunification_of_1976_is_refused_naming_viet_nam() -> None:
    """ISO 3166-3: VDR (Democratic Republic of Viet-Nam) merged into Viet Nam (VNM); North and
    South Vietnam were formally reunited as the Socialist Republic of Vietnam on 2 July 1976
    (EBSCO Research Starters). Before: 18 obligations were listed for VDR in 2020. After: the
    code is refused from that day, naming Viet Nam; party_status after it is NOT_MET (a State
    gone is bound by nothing), before it unknown (no record for the former State)."""
    with pytest.raises(rl.InvalidInput, match=r"^state: VDR .*only before 1976-07-02"):
        rl.obligations_of("VDR", on="2020-01-01")
    assert rl.party_status("VDR", "cat-1984", on="2020-01-01").verdict is rl.Verdict.NOT_MET
    early = rl.party_status("VDR", "un-charter-1945", on="1970-01-01")
    assert early.verdict is rl.Verdict.UNKNOWN
    assert "a former state" in early.reason


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("JTN", "merged into United States Minor Outlying Islands ('UMI'); the code withdrawn in 1986) for an area of United States: it names no State on any date; give the code of the State meant ('USA', or another)"),
        ("MID", "for an area of United States: it names no State on any date; give the code of the State meant ('USA', or another)"),
        ("WAK", "for an area of United States"),
        ("PUS", "for an area of United States"),
        ("FXX", "merged into France ('FRA'); the code withdrawn on 1997-07-14) for an area of France: it names no State on any date; give the code of the State meant ('FRA', or another)"),
        ("PCZ", "merged into Panama ('PAN'); the code withdrawn in 1980): the data holds no record that it names a State on any date; give the code of the State meant"),
        ("ATB", "merged into Antarctica ('ATA'); the code withdrawn in 1979): the data holds no record that it names a State on any date; give the code of the State meant"),
        ("NTZ", "divided into Iraq ('IRQ') and Saudi Arabia ('SAU')"),
        ("ATN", "merged into Antarctica ('ATA')"),
        ("SKM", "merged into India ('IND'); the code withdrawn in 1975): the data holds no record"),
        ("GEL", "divided into Kiribati ('KIR') and Tuvalu ('TUV')"),
    ],
)  # fmt: skip
def test_a_code_that_was_never_a_state_is_refused_not_called_a_former_state(
    code: str, words: str
) -> None:
    """ISO 3166-3 lists the names of "a country, dependency, or other area of particular
    geopolitical interest" (ISO): a code in it is not statehood. Johnston Island, Midway and Wake
    (merged into the United States Minor Outlying Islands, "under the sovereignty of the United
    States"), metropolitan France (merged into France), the Panama Canal Zone, the Neutral Zone,
    Dronning Maud Land: before, each was "a former state" bound by customary non-refoulement
    (explain_obligations("JTN", on="2020-01-01"): "1 refugee-relevant obligations bind Johnston
    Island"). Now each is refused on every date, as the State whose obligations are asked, the
    returning State, the destination, and in party_status, naming the State whose area it is
    where a source says so, and never "a former state"."""
    claim = rl.Claim(rl.Person("x", nationalities={"PRK"}, location="CHN"))
    for on in ("1970-01-01", "2020-01-01"):
        calls: list[Callable[[], object]] = [
            functools.partial(rl.explain_obligations, code, on=on),
            functools.partial(rl.party_status, code, "customary-international-law", on=on),
            functools.partial(rl.assess_return, claim, by=code, to="PRK", on=on),
            functools.partial(rl.assess_return, claim, by="CHN", to=code, on=on),
        ]
        for call in calls:
            with pytest.raises(rl.InvalidInput) as caught:
                call()
            (problem,) = caught.value.problems
            assert words in problem.message, problem.message
            assert "former state" not in problem.message
            if code in {"PCZ", "ATB", "ATN", "NTZ", "GEL", "SKM"}:
                # Merged or divided, no source naming the State the area is in: the codes ISO
                # lists are named, not offered as the State meant (Antarctica is no State; own-diff
                # data review F2).
                assert problem.message.endswith("give the code of the State meant")


def test_a_place_or_nationality_under_a_code_never_a_state_is_refused_at_its_path() -> None:
    """Refugee Convention Art 1A(2): the country of nationality is a State; where a place is meant
    (a feared harm's country, the person's location) the State it is in is asked for. Johnston
    Island names neither: each field is refused at its path, offering the United States."""
    harm = rl.Harm("prison", "JTN", severity="serious", likelihood=0.9, actor="state",
                   reasons={"political_opinion"})  # fmt: skip
    claim = rl.Claim(rl.Person("x", nationalities={"BUR"}, location="JTN"), fears=[harm])
    with pytest.raises(rl.InvalidInput) as caught:
        rl.assess_status(claim, on="2000-01-01")
    found = {p.path: p.message for p in caught.value.problems}
    assert set(found) == {"claim.person.nationalities", "claim.person.location",
                          "claim.fears[0].country"}  # fmt: skip
    assert found["claim.person.nationalities"].endswith(
        "under the law of a State then in being ('MMR', or another), or none if they are stateless"
    )
    assert "its name changed to Myanmar ('MMR')" in found["claim.person.nationalities"]
    assert found["claim.person.location"].endswith(
        "give the State the place is in on that date ('USA', or another)"
    )


@pytest.mark.parametrize(
    ("code", "instrument", "on", "words"),
    [
        ("SCG", "un-charter-1945", "2010-01-01", "recorded under 'SRB', not under this code"),
        ("DDR", "cat-1984", "1995-01-01", "German Democratic Republic had ceased to exist by 1990-10-03"),
        ("DDR", "customary-international-law", "2020-01-01", "(it joined Germany)"),
    ],
)  # fmt: skip
def test_party_status_of_a_state_after_its_end_is_not_met_as_for_the_ussr(
    code: str, instrument: str, on: str, words: str
) -> None:
    """Review of the treaty data, F2 (low): a State that has ceased to exist is bound by nothing
    after its end. party_status answered UNKNOWN ("the data holds no record for Serbia and
    Montenegro, a former state") for Serbia and Montenegro in 2010 and the GDR under CAT in 1995,
    while obligations_of refused the code on the same day and the USSR and Czechoslovakia
    answered NOT_MET. It is NOT_MET now, saying when the State ended, as theirs do; before its end
    the answer is as before."""
    found = rl.party_status(code, instrument, on=on)
    assert found.verdict is rl.Verdict.NOT_MET
    assert words in found.reason
    # A State continued under another code is not "bound by nothing" (own-diff data review F4):
    # its obligations are recorded under the continuing code.
    assert ("bound by nothing" in found.reason) is (code != "SCG")
    with pytest.raises(rl.InvalidInput):
        rl.obligations_of(code, on=on)
    assert rl.party_status("SUN", "cat-1984", on=on).verdict is rl.Verdict.NOT_MET
    before = rl.party_status("DDR", "refugee-protocol-1967", on="1980-01-01")
    assert before.verdict is rl.Verdict.UNKNOWN


def test_the_cli_refuses_a_code_never_a_state(capsys: pytest.CaptureFixture[str]) -> None:
    """Review of the treaty data, F2: ``obligations JTN --on 2020-01-01`` listed customary
    non-refoulement for Johnston Island; it is refused, naming the United States."""
    from refugeelaw.cli import main

    assert main(["obligations", "JTN", "--on", "2020-01-01"]) == 2
    assert "give the code of the State meant ('USA', or another)" in capsys.readouterr().err
