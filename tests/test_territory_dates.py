"""Dependent territories from the dates their sources give (``data/territories.json``), and the
years before a territory's record begins: Art 1A(2)'s "outside the country of his nationality"
and CAT art. 3(1)'s "to another State" read a territory as its State from the treaty or act that
gave it to the State (the Treaty of Paris 1898 for Puerto Rico and Guam, the Treaty of Utrecht
1713 for Gibraltar...); before the record begins, a claim naming both the territory and the State
is refused, as a contested place is."""

from __future__ import annotations

import datetime as dt

import pytest

import refugeelaw as rl
from refugeelaw.sources.territories import held, unrecorded


def _fear(country: str) -> rl.Harm:
    return rl.Harm("detention for opinion", country, severity="threat_to_life_or_freedom",
                   likelihood=0.9, actor="state", reasons={"political_opinion"})  # fmt: skip


def _national_in(nationality: str, location: str) -> rl.Claim:
    return rl.Claim(rl.Person("A", {nationality}, location=location), fears=[_fear(nationality)],
                    events_before_1951=True)  # fmt: skip


def _problems(raised: pytest.ExceptionInfo[rl.InvalidInput]) -> dict[str, str]:
    return {p.path: p.message for p in raised.value.problems}


def test_us_citizen_in_puerto_rico_in_2010_is_not_outside_treaty_of_paris_1898_art_ii() -> None:
    """Treaty of Paris (1898) art. II: "Spain cedes to the United States the island of Porto Rico";
    in force 11 April 1899. A US citizen in Puerto Rico in 2010 has crossed no international
    frontier (Art 1A(2)): NOT_REFUGEE (was REFUGEE, the data recording Puerto Rico only from 9
    December 2013 and the code read as a place of its own)."""
    result = rl.assess_status(_national_in("USA", "PRI"), on="2010-01-01")
    assert result.outcome is rl.Status.NOT_REFUGEE
    outside = result.finding.find("outside the country of nationality")
    assert outside is not None
    assert outside.verdict is rl.Verdict.NOT_MET
    assert "Puerto Rico, a territory of United States" in outside.reason


@pytest.mark.parametrize(
    ("code", "since", "state", "relation"),
    [
        ("PRI", "1899-04-11", "USA", "responsible"),  # Treaty of Paris 1898 art. II
        ("GUM", "1899-04-11", "USA", "responsible"),  # Treaty of Paris 1898 art. II
        ("ASM", "1900-02-16", "USA", "responsible"),  # Tripartite Convention 1899
        ("VIR", "1917-03-31", "USA", "responsible"),  # Treaty of the Danish West Indies 1916
        ("GIB", "1713-07-13", "GBR", "responsible"),  # Treaty of Utrecht 1713 art. X
        ("GRL", "1953-06-05", "DNK", "part"),  # Danish Constitution 1953
        ("CUW", "1954-12-15", "NLD", "part"),  # Charter for the Kingdom 1954
        ("SXM", "1954-12-15", "NLD", "part"),  # Charter for the Kingdom 1954
        ("BES", "1954-12-15", "NLD", "part"),  # Charter for the Kingdom 1954
        ("ABW", "1954-12-15", "NLD", "part"),  # Charter 1954; status aparte 1 January 1986
        ("BLM", "1963-12-31", "FRA", "part"),  # arrondissement of Guadeloupe from 1963
        ("MAF", "1963-12-31", "FRA", "part"),  # arrondissement of Guadeloupe from 1963
        ("CCK", "1955-11-23", "AUS", "responsible"),  # Cocos (Keeling) Islands Act 1955
    ],
)
def test_a_territory_is_held_from_the_date_its_source_gives(
    code: str, since: str, state: str, relation: str
) -> None:
    """Law as data: each record holds from the day its source gives (the treaty's entry into
    force, the transfer, the constitution or charter), not from the earliest copy of the
    country-codes table read (9 December 2013); the day before, nothing is recorded."""
    first = dt.date.fromisoformat(since)
    assert held(code, first) == (state, relation)
    assert held(code, dt.date(2013, 12, 8)) == (state, relation)
    assert held(code, first - dt.timedelta(days=1)) is None
    assert unrecorded(code, first - dt.timedelta(days=1)) is not None
    assert unrecorded(code, first) is None


@pytest.mark.parametrize(
    ("nationality", "location", "on"),
    [
        ("USA", "GUM", "1960-01-01"),  # Treaty of Paris 1898 art. II
        ("GBR", "GIB", "1900-01-01"),  # Treaty of Utrecht 1713 art. X
        ("DNK", "GRL", "1970-01-01"),  # Danish Constitution 1953
        ("NLD", "CUW", "1990-01-01"),  # Charter for the Kingdom 1954
        ("USA", "VIR", "1950-06-01"),  # Transfer Day, 31 March 1917
    ],
)
def test_a_national_in_a_territory_on_a_sourced_earlier_date_is_not_outside_article_1a2(
    nationality: str, location: str, on: str
) -> None:
    """Art 1A(2): on a date the sources now cover, a national in the State's territory is not
    "outside the country of his nationality" (was MET: the code read as a place of its own)."""
    result = rl.assess_status(_national_in(nationality, location), on=on)
    outside = result.finding.find("outside the country of nationality")
    assert outside is not None
    assert outside.verdict is rl.Verdict.NOT_MET
    assert result.outcome is rl.Status.NOT_REFUGEE


@pytest.mark.parametrize(
    ("nationality", "location", "on", "begins"),
    [
        ("USA", "PRI", "1890-01-01", "1899-04-11"),  # before the Treaty of Paris 1898
        ("DNK", "GRL", "1950-01-01", "1953-06-05"),  # before the Danish Constitution 1953
        ("GBR", "FLK", "2010-01-01", "2013-12-09"),  # no earlier source read
        ("SDN", "SSD", "1955-06-01", "1956-01-01"),  # before Sudan's independence
    ],
)
def test_a_territory_and_its_state_before_the_record_begins_are_refused_article_1a2(
    nationality: str, location: str, on: str, begins: str
) -> None:
    """Art 1A(2): whether a national of the State in the territory is "outside the country of his
    nationality" turns on whether the territory was the State's, which the data does not record
    before its record begins: the claim is refused at the place's path, naming the record's first
    day (was: assessed, the code read as a State of its own: "outside the United States")."""
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_status(_national_in(nationality, location), on=on)
    problems = _problems(raised)
    message = problems["claim.person.location"]
    assert f"the data's record of it begins on {begins}" in message
    assert f"on {on} is not recorded" in message
    assert "it cannot assess this claim" in message


def test_a_removal_between_a_territory_and_its_state_before_the_record_is_refused_cat_3() -> None:
    """CAT art. 3(1), "to another State": the United States removing a person to Puerto Rico in
    1890, before the Treaty of Paris (1898) record begins, turns on the same question: refused at
    ``to``. A harm feared in Puerto Rico by a US citizen in Mexico, likewise, at the harm."""
    claim = rl.Claim(rl.Person("A", {"MEX"}, location="USA"), fears=[_fear("MEX")],
                     events_before_1951=True)  # fmt: skip
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_return(claim, by="USA", to="PRI", on="1890-01-01")
    assert "1899-04-11" in _problems(raised)["to"]
    feared = rl.Claim(rl.Person("A", {"USA"}, location="MEX"), fears=[_fear("PRI")],
                      events_before_1951=True)  # fmt: skip
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_status(feared, on="1890-01-01")
    assert "1899-04-11" in _problems(raised)["claim.fears[0].country"]


def test_a_territory_before_its_record_without_its_state_is_assessed_article_1a2() -> None:
    """Where the State is named nowhere, nothing turns on it: a Syrian in Puerto Rico in 1890 is
    outside Syria (Art 1A(2)); a French national there is assessed too (Treaty of Paris 1898
    record: only the United States holds it)."""
    for nationality in ("SYR", "FRA"):
        result = rl.assess_status(_national_in(nationality, "PRI"), on="1890-01-01")
        outside = result.finding.find("outside the country of nationality")
        assert outside is not None
        assert outside.verdict is rl.Verdict.MET


def test_eritrea_before_the_federation_is_not_ethiopias_ga_res_617_vii() -> None:
    """GA res. 390 A (V), recalled in res. 617 (VII): Eritrea was to be "federated with Ethiopia
    under the sovereignty of the Ethiopian Crown", proclaimed 11 September 1952; before, it was
    under British administration, and its record says Ethiopia did not hold it
    (``not_held_before``). An Ethiopian in Eritrea in 1950 is outside Ethiopia, as before: not
    refused."""
    assert unrecorded("ERI", dt.date(1950, 1, 1)) is None
    result = rl.assess_status(_national_in("ETH", "ERI"), on="1950-01-01")
    outside = result.finding.find("outside the country of nationality")
    assert outside is not None
    assert outside.verdict is rl.Verdict.MET


def test_a_record_with_no_first_day_has_no_earlier_gap_joint_declaration_1984() -> None:
    """Hong Kong's record (Sino-British Joint Declaration; the United Kingdom's until 30 June 1997)
    has no first day: no date precedes it, and nothing is refused for it."""
    assert unrecorded("HKG", dt.date(1900, 1, 1)) is None
    assert held("HKG", dt.date(1900, 1, 1)) == ("GBR", "responsible")


def test_a_territory_before_its_record_begins_is_no_state_treaty_of_paris_1898() -> None:
    """Art 1A(2) weighs the protection of "the country of his nationality", a State's. Puerto
    Rico's record begins when the Treaty of Paris took effect (11 April 1899), as a territory of
    the United States; before it the data records nothing, so its code is not read as a State: a
    Puerto Rican nationality in 1890 is refused (was: REFUGEE, "the state of Puerto Rico is itself
    the persecutor"), and so is Greenland as the State whose treaty participation is asked the day
    before its record begins (was: NOT_MET, "not bound"), where the day after it is refused as a
    part of Denmark (own-diff data review F2). As a place it is still accepted."""
    claim = rl.Claim(rl.Person("A", {"PRI"}, location="DEU"), fears=[_fear("PRI")])
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_status(claim, on="1890-01-01")
    message = _problems(raised)["claim.person.nationalities"]
    assert "begins on 1899-04-11" in message
    assert "does not read it as a State" in message
    for on in ("1953-06-04", "1953-06-05"):
        with pytest.raises(rl.InvalidInput) as raised:
            rl.party_status("GRL", "cat-1984", on=on)
        assert "state" in _problems(raised)
    iranian = rl.Claim(rl.Person("A", {"IRN"}, location="PRI"), fears=[_fear("IRN")],
                      events_before_1951=True)  # fmt: skip
    assert rl.assess_status(iranian, on="1890-01-01").outcome is rl.Status.REFUGEE
