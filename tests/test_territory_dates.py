"""Dependent territories from the dates their sources give (``data/territories.json``), and the
years before a territory's record begins: Art 1A(2)'s "outside the country of his nationality"
and CAT art. 3(1)'s "to another State" read a territory as its State from the treaty or act that
gave it to the State (the Treaty of Paris 1898 for Puerto Rico and Guam, the Treaty of Utrecht
1713 for Gibraltar...); before the record begins, a claim naming both the territory and the State
is refused, as a contested place is."""

from __future__ import annotations

import datetime as dt

import attrs
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
        ("PRI", "1812-03-19", "ESP", "part"),  # Constitution of Cádiz 1812, until 1899
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
        ("CCK", "1857-12-31", "GBR", "responsible"),  # annexed to the British Crown 1857
        ("CCK", "1955-11-23", "AUS", "responsible"),  # Cocos (Keeling) Islands Act 1955
        ("ESH", "1965-12-16", "ESP", "responsible"),  # GA res. 2072 (XX), administering Power
        ("MNP", "1986-11-04", "USA", "responsible"),  # Proclamation 5564, 3 November 1986
        ("UMI", "1945-09-04", "USA", "responsible"),  # Wake Island's surrender, 4 September 1945
        ("SPM", "1976-07-19", "FRA", "part"),  # loi n° 76-664 du 19 juillet 1976 (département)
        ("WLF", "1961-07-29", "FRA", "responsible"),  # loi n° 61-814 du 29 juillet 1961
        ("NCL", "1946-12-31", "FRA", "responsible"),  # overseas territory from 1946
        ("PYF", "1946-12-31", "FRA", "responsible"),  # overseas territory from 1946
        ("ATF", "2007-02-22", "FRA", "responsible"),  # loi n° 2007-224 (Îles Éparses joined)
        ("FRO", "1948-04-01", "DNK", "part"),  # Home Rule Act 1948, s. 1
        ("BMU", "1684-12-31", "GBR", "responsible"),  # royal colony from 1684
        ("CYM", "1959-07-04", "GBR", "responsible"),  # separate colony, 4 July 1959
        ("VGB", "1956-07-01", "GBR", "responsible"),  # Leeward Islands federation dissolved
        ("TCA", "1959-07-04", "GBR", "responsible"),  # separate colony, 4 July 1959
        ("MSR", "1956-07-01", "GBR", "responsible"),  # Leeward Islands federation dissolved
        ("AIA", "1980-12-19", "GBR", "responsible"),  # separation from St Kitts-Nevis-Anguilla
        ("FLK", "1982-06-15", "GBR", "responsible"),  # after the Argentine surrender of 14 June
        ("SHN", "1938-01-12", "GBR", "responsible"),  # Tristan da Cunha added, 12 January 1938
        ("PCN", "1902-12-31", "GBR", "responsible"),  # Henderson, Ducie and Oeno claimed 1902
        ("IOT", "1965-11-08", "GBR", "responsible"),  # BIOT Order 1965, s. 3
        ("SGS", "1985-10-03", "GBR", "responsible"),  # SGSSI Order 1985
        ("GGY", "1945-05-16", "GBR", "responsible"),  # Alderney's liberation, 16 May 1945
        ("JEY", "1945-05-09", "GBR", "responsible"),  # Jersey's liberation, 9 May 1945
        ("IMN", "1765-05-10", "GBR", "responsible"),  # Isle of Man Purchase Act 1765
        ("CXR", "1958-10-01", "AUS", "responsible"),  # transfer to Australia, 1 October 1958
        ("NFK", "1914-07-01", "AUS", "responsible"),  # Norfolk Island Act 1913, 1 July 1914
        ("HMD", "1947-12-26", "AUS", "responsible"),  # Australian declaration, 26 December 1947
        ("TKL", "1949-01-01", "NZL", "responsible"),  # Tokelau Act 1948, s. 3
        ("SJM", "1929-05-08", "NOR", "responsible"),  # Royal Decree on Jan Mayen, 8 May 1929
        ("BVT", "1928-01-23", "NOR", "responsible"),  # Royal Decree on Bouvet, 23 January 1928
        ("ALA", "1921-06-24", "FIN", "part"),  # League of Nations Council, 24 June 1921
    ],
)
def test_a_territory_is_held_from_the_date_its_source_gives(
    code: str, since: str, state: str, relation: str
) -> None:
    """Law as data: each record holds from the day its source gives (the treaty's entry into
    force, the transfer, the constitution or charter), not from the earliest copy of the
    country-codes table read (9 December 2013); the day before, the earlier holder's period if a
    source dates it (Spain's Puerto Rico until the Treaty of Paris took effect), else nothing."""
    first = dt.date.fromisoformat(since)
    day_before = first - dt.timedelta(days=1)
    assert held(code, first) == (state, relation)
    earlier = {("PRI", "USA"): ("ESP", "part"), ("CCK", "AUS"): ("GBR", "responsible")}
    if (code, state) in earlier:
        assert held(code, day_before) == earlier[code, state]
        assert unrecorded(code, day_before) is None
        return
    if (code, state) not in {("PRI", "ESP"), ("CCK", "GBR"), ("ESH", "ESP")}:  # earlier holders
        assert held(code, dt.date(2013, 12, 8)) == (state, relation)
    assert held(code, day_before) is None
    assert unrecorded(code, day_before) is not None
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
        ("USA", "PRI", "1800-01-01", "1812-03-19"),  # before Spain's record (1812) begins
        ("ESP", "PRI", "1800-01-01", "1812-03-19"),  # before the Constitution of Cádiz 1812
        ("GBR", "CCK", "1850-01-01", "1857-12-31"),  # before the annexation of 1857
        ("ESP", "ESH", "1950-01-01", "1965-12-16"),  # before GA res. 2072 (XX)
        ("DNK", "GRL", "1950-01-01", "1953-06-05"),  # before the Danish Constitution 1953
        ("GBR", "FLK", "1980-01-01", "1982-06-15"),  # before the Argentine surrender of 1982
        ("GBR", "JEY", "1930-01-01", "1945-05-09"),  # before the liberation of 1945
        ("FIN", "ALA", "1919-01-01", "1921-06-24"),  # before the League of Nations' decision
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
    1800, before the record begins (Spain's, from the Constitution of Cádiz of 1812), turns on the
    same question: refused at ``to``. A harm feared in Puerto Rico by a US citizen in Mexico,
    likewise, at the harm."""
    claim = rl.Claim(rl.Person("A", {"MEX"}, location="USA"), fears=[_fear("MEX")],
                     events_before_1951=True)  # fmt: skip
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_return(claim, by="USA", to="PRI", on="1800-01-01")
    assert "1812-03-19" in _problems(raised)["to"]
    feared = rl.Claim(rl.Person("A", {"USA"}, location="MEX"), fears=[_fear("PRI")],
                      events_before_1951=True)  # fmt: skip
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_status(feared, on="1800-01-01")
    assert "1812-03-19" in _problems(raised)["claim.fears[0].country"]


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
    part of Denmark (own-diff data review F2). As a place it is still accepted. Since Spain's
    period is recorded (from 19 March 1812), 1890 is within the record: the nationality is refused
    as a part of Spain, naming 'ESP'; before 1812, as before the record."""
    claim = rl.Claim(rl.Person("A", {"PRI"}, location="DEU"), fears=[_fear("PRI")])
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_status(claim, on="1800-01-01")
    message = _problems(raised)["claim.person.nationalities"]
    assert "begins on 1812-03-19" in message
    assert "does not read it as a State" in message
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_status(claim, on="1890-01-01")
    message = _problems(raised)["claim.person.nationalities"]
    assert "PRI (Puerto Rico) is part of Spain on 1890-01-01, not a State" in message
    assert "'ESP'" in message
    for on in ("1953-06-04", "1953-06-05"):
        with pytest.raises(rl.InvalidInput) as raised:
            rl.party_status("GRL", "cat-1984", on=on)
        assert "state" in _problems(raised)
    iranian = rl.Claim(rl.Person("A", {"IRN"}, location="PRI"), fears=[_fear("IRN")],
                      events_before_1951=True)  # fmt: skip
    assert rl.assess_status(iranian, on="1890-01-01").outcome is rl.Status.REFUGEE


# -- The earlier holder (Spain before the Treaty of Paris; the United Kingdom before 1955; Spain
# -- as Western Sahara's administering Power) ---------------------------------------------------


def _outside(result: rl.StatusDetermination) -> rl.Finding:
    found = result.finding.find("outside the country of nationality")
    assert found is not None
    return found


def test_a_spaniard_in_puerto_rico_in_1890_is_not_outside_spain_treaty_of_paris_art_ii() -> None:
    """Treaty of Paris (1898) art. II: "Spain cedes to the United States the island of Porto Rico
    and other islands now under Spanish sovereignty"; in force 11 April 1899. Before, the island
    was Spain's (part of Spain from at least the Constitution of Cádiz, 19 March 1812). A Spaniard
    in Puerto Rico in 1890 fearing harm in Cuba has crossed no international frontier: Art 1A(2)'s
    "outside the country of his nationality" is NOT_MET (was MET, "in Puerto Rico, outside Spain":
    the data recorded no holder before 1899). Fearing the same harm in Spain he is NOT_REFUGEE
    (was REFUGEE)."""
    claim = rl.Claim(rl.Person("A", {"ESP"}, location="PRI"), fears=[_fear("CUB")],
                     events_before_1951=True)  # fmt: skip
    result = rl.assess_status(claim, on="1890-01-01")
    assert result.outcome is rl.Status.NOT_REFUGEE
    outside = _outside(result)
    assert outside.verdict is rl.Verdict.NOT_MET
    assert "still in Puerto Rico, part of Spain on 1890-01-01" in outside.reason
    at_home = rl.assess_status(_national_in("ESP", "PRI"), on="1890-01-01")
    assert at_home.outcome is rl.Status.NOT_REFUGEE
    assert _outside(at_home).verdict is rl.Verdict.NOT_MET
    assert held("PRI", dt.date(1899, 4, 10)) == ("ESP", "part")
    assert held("PRI", dt.date(1899, 4, 11)) == ("USA", "responsible")


def test_puerto_rico_in_1890_is_not_the_united_states_treaty_of_paris_1898_art_ii() -> None:
    """CAT art. 3(1), "to another State", and the reach of the returning State: in 1890 Puerto Rico
    was Spain's, not the United States' (the Treaty of Paris took effect on 11 April 1899). The
    United States removing a person to Puerto Rico in 1890 was refused (no record before 1899); it
    is now a removal to another State (Spain's territory), assessed: no treaty bound the United
    States in 1890, and whether non-refoulement was custom then is asked. A person in Puerto Rico in 1890 is not within the
    United States' territory (was: refused), and within its reach only if its officials hold them,
    which the claim does not record (review s39 rt39 F1: was not met). Spain's own removal to the island, a move within Spain,
    is refused at ``to``, as a return to another State it is not."""
    claim = rl.Claim(rl.Person("A", {"MEX"}, location="USA"), fears=[_fear("MEX")],
                     events_before_1951=True)  # fmt: skip
    result = rl.assess_return(claim, by="USA", to="PRI", on="1890-01-01")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    there = attrs.evolve(claim, person=attrs.evolve(claim.person, location="PRI"))
    away = rl.assess_return(there, by="USA", to="MEX", on="1890-01-01")
    reach = away.finding.find("within the reach of United States")
    assert reach is not None
    assert reach.verdict is rl.Verdict.UNKNOWN
    assert "under_control_of" in reach.missing
    assert "in Puerto Rico, not in or at the frontier of United States" in reach.reason
    from_spain = attrs.evolve(claim, person=attrs.evolve(claim.person, location="ESP"))
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_return(from_spain, by="ESP", to="PRI", on="1890-01-01")
    assert "PRI (Puerto Rico) is part of Spain on 1890-01-01" in _problems(raised)["to"]


def test_a_briton_in_the_cocos_islands_in_1954_is_not_outside_the_uk_cocos_act_1955() -> None:
    """The Cocos (Keeling) Islands, annexed to the British Crown in 1857, passed to Australia on
    23 November 1955 (Cocos (Keeling) Islands Act 1955 and the parallel United Kingdom Act). A
    Briton there in 1954 is in a territory of the United Kingdom: not "outside the country of his
    nationality" (Art 1A(2)), NOT_REFUGEE (was REFUGEE, "outside United Kingdom")."""
    result = rl.assess_status(_national_in("GBR", "CCK"), on="1954-01-01")
    assert result.outcome is rl.Status.NOT_REFUGEE
    outside = _outside(result)
    assert outside.verdict is rl.Verdict.NOT_MET
    assert "Cocos (Keeling) Islands, a territory of United Kingdom on 1954-01-01" in outside.reason
    assert held("CCK", dt.date(1955, 11, 22)) == ("GBR", "responsible")
    assert held("CCK", dt.date(1955, 11, 23)) == ("AUS", "responsible")
    # An Australian there in 1954 is outside Australia, not yet its territory.
    australian = rl.assess_status(_national_in("AUS", "CCK"), on="1954-01-01")
    assert _outside(australian).verdict is rl.Verdict.MET


def test_the_uk_s_treaties_in_the_cocos_islands_are_not_recorded_convention_art_40() -> None:
    """Refugee Convention art. 40: it extends to a territory for whose international relations a
    State is responsible only as the State declares. The data records no declaration of the
    United Kingdom for the Cocos Islands: a removal by it from there in 1955 leaves the
    Convention's and the ECHR's application there unknown, asked, not invented."""
    harm = rl.Harm("torture in detention", "IRN", severity="threat_to_life_or_freedom",
                   likelihood=0.9, actor="state", reasons={"political_opinion"}, torture=True)  # fmt: skip
    claim = rl.Claim(rl.Person("X", {"IRN"}, location="CCK"), fears=[harm],
                     protection={"IRN": "unavailable"}, internal_relocation=False)  # fmt: skip
    result = rl.assess_return(claim, by="GBR", to="IRN", on="1955-06-01")
    missing = result.missing_facts()
    assert "states['GBR'].refugee-convention-1951.CCK" in missing
    assert "states['GBR'].echr-1950.CCK" in missing


def test_a_spaniard_in_western_sahara_in_1970_is_not_outside_spain_ga_res_2072_xx() -> None:
    """GA res. 2072 (XX) (16 December 1965) urged Spain "as the administering Power" of Spanish
    Sahara to decolonise it; Spain notified its withdrawal on 26 February 1976 (A/31/56), after the
    Madrid Accords of 14 November 1975. A Spaniard in Western Sahara in 1970 is in a territory of
    Spain: not "outside the country of his nationality" (Art 1A(2)), NOT_REFUGEE (was REFUGEE).
    After the withdrawal nothing changes: the place is read as a territory of its own, part of no
    State (the ICJ's Western Sahara opinion of 16 October 1975 found no tie of territorial
    sovereignty with Morocco), and a Spaniard there in 1980 is outside Spain, as before."""
    result = rl.assess_status(_national_in("ESP", "ESH"), on="1970-01-01")
    assert result.outcome is rl.Status.NOT_REFUGEE
    outside = _outside(result)
    assert outside.verdict is rl.Verdict.NOT_MET
    assert "Western Sahara, a territory of Spain on 1970-01-01" in outside.reason
    assert held("ESH", dt.date(1976, 2, 25)) == ("ESP", "responsible")
    assert held("ESH", dt.date(1976, 2, 26)) is None
    assert unrecorded("ESH", dt.date(1976, 2, 26)) is None
    later = rl.assess_status(_national_in("ESP", "ESH"), on="1980-01-01")
    assert _outside(later).verdict is rl.Verdict.MET


def test_western_sahara_under_spain_is_still_no_state_and_not_morocco_s_icj_1975() -> None:
    """Western Sahara, Advisory Opinion (ICJ, 16 October 1975): no tie of territorial sovereignty
    with Morocco. Spain's period as administering Power does not make the code a State, nor decide
    Morocco's claim: a Moroccan in Western Sahara in 1970 is refused as on every date (the
    'contested' record), 'ESH' as a nationality or returning State in 1970 is refused, naming
    Spain, and a stateless Sahrawi's former habitual residence there is a place, as before."""
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_status(_national_in("MAR", "ESH"), on="1970-01-01")
    assert "whose belonging to Morocco is contested" in _problems(raised)["claim.person.location"]
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_status(_national_in("ESH", "DZA"), on="1970-01-01")
    assert "claim.person.nationalities" in _problems(raised)
    syrian = rl.Claim(rl.Person("A", {"SYR"}, location="ESH"), fears=[_fear("SYR")],
                      events_before_1951=True)  # fmt: skip
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_return(syrian, by="ESH", to="SYR", on="1970-01-01")
    assert "give 'ESP'" in _problems(raised)["by"]
    feared = rl.Harm("detention for opinion", "ESH", severity="threat_to_life_or_freedom",
                     likelihood=0.9, actor="non_state", reasons={"political_opinion"})  # fmt: skip
    sahrawi = rl.Claim(
        rl.Person("A", nationalities=set(), habitual_residence="ESH", location="DZA"),
        fears=[feared], protection={"ESH": "unavailable"}, internal_relocation=False,
    )  # fmt: skip
    assert rl.assess_status(sahrawi, on="1970-01-01").outcome is rl.Status.REFUGEE


# -- The 29 records once held only from the country-codes table's first copy (9 December 2013) --


def _torture(country: str) -> rl.Harm:
    return rl.Harm("torture in detention", country, severity="threat_to_life_or_freedom",
                   likelihood=0.9, actor="state", reasons={"political_opinion"}, torture=True)  # fmt: skip


def test_australia_removing_a_person_from_christmas_island_in_2012_cat_3() -> None:
    """CAT art. 3(1): "No State Party shall expel, return ("refouler") or extradite a person to
    another State where there are substantial grounds for believing that he would be in danger of
    being subjected to torture." Christmas Island passed from British to Australian hands on 1
    October 1958 (House of Commons written answer, 23 June 1977; the Shire's notice of 2008).
    Australia removing a Sri Lankan who faces torture by the State from Christmas Island in 2012,
    the years of its offshore processing there, is PROHIBITED, the person within Australia's
    reach (was: refused, the data holding the island only from 9 December 2013). The day before
    the transfer is not recorded, and the claim is refused naming the record's first day."""
    claim = rl.Claim(rl.Person("P", {"LKA"}, location="CXR"), fears=[_torture("LKA")],
                     protection={"LKA": "unavailable"}, internal_relocation=False)  # fmt: skip
    result = rl.assess_return(claim, by="AUS", to="LKA", on="2012-08-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert "CAT art. 3(1)" in [str(b.citation) for b in result.breaches]
    reach = result.finding.find("within the reach of Australia")
    assert reach is not None
    assert reach.verdict is rl.Verdict.MET
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_return(claim, by="AUS", to="LKA", on="1958-09-30")
    assert "begins on 1958-10-01" in _problems(raised)["claim.person.location"]


@pytest.mark.parametrize(
    ("nationality", "location", "on", "words"),
    [
        ("GBR", "JEY", "2005-01-01", "Jersey, a territory of United Kingdom"),  # liberated 1945
        ("FIN", "ALA", "1930-01-01", "Åland Islands, part of Finland"),  # League Council 1921
        ("USA", "MNP", "1990-01-01", "Northern Mariana Islands, a territory of United States"),
        ("GBR", "FLK", "1990-01-01", "Falkland Islands (Malvinas), a territory of United Kingdom"),
        ("NOR", "SJM", "1950-01-01", "Svalbard and Jan Mayen, a territory of Norway"),  # 1929
    ],
)
def test_a_national_in_a_newly_dated_territory_is_not_outside_article_1a2(
    nationality: str, location: str, on: str, words: str
) -> None:
    """Art 1A(2): a national of the State in its territory, on a date the record now covers
    (Jersey from its liberation on 9 May 1945; Åland from the League of Nations Council's decision
    of 24 June 1921; the Northern Mariana Islands from Proclamation 5564 of 3 November 1986...), is
    not "outside the country of his nationality": NOT_REFUGEE (was: refused, the data holding each
    only from 9 December 2013)."""
    result = rl.assess_status(_national_in(nationality, location), on=on)
    assert result.outcome is rl.Status.NOT_REFUGEE
    outside = _outside(result)
    assert outside.verdict is rl.Verdict.NOT_MET
    assert words in outside.reason


def test_the_falklands_during_the_occupation_of_1982_are_not_recorded() -> None:
    """The Argentine forces in the Falkland Islands surrendered with effect from 2359 hours ZULU on
    14 June 1982 (2059 local); the record begins on 15 June 1982, and the weeks of the occupation,
    like the years before it, are not recorded: a Briton there on 1 May 1982 is refused at the
    place, naming the record's first day, not answered either way (Art 1A(2))."""
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_status(_national_in("GBR", "FLK"), on="1982-05-01")
    assert "begins on 1982-06-15" in _problems(raised)["claim.person.location"]
    assert held("FLK", dt.date(1982, 6, 14)) is None
    assert held("FLK", dt.date(1982, 6, 15)) == ("GBR", "responsible")
