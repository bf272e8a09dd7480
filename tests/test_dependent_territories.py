"""Dependent and other territories with an ISO 3166-1 code of their own (Puerto Rico, New
Caledonia, Greenland, Gibraltar...), as ``data/territories.json`` records them after the
country-codes table (statoids.com) and the UN list of Non-Self-Governing Territories: each is
read as the State that holds it (Art 1A(2): "outside the country of his nationality"; CAT art.
3(1): "to another State"), is refused as a nationality, and leaves the State's treaties there
unknown where the data holds no record of their application (VCLT art. 29)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import refugeelaw as rl
from refugeelaw._data import read_text
from refugeelaw.sources.territories import held

ON = "2020-01-01"


def _fear(country: str) -> rl.Harm:
    return rl.Harm("detention for opinion", country, severity="threat_to_life_or_freedom",
                   likelihood=0.9, actor="state", reasons={"political_opinion"}, torture=True)  # fmt: skip


def _outside(nationality: str, location: str) -> rl.Finding:
    claim = rl.Claim(rl.Person("A", {nationality}, location=location), fears=[_fear(nationality)])
    found = rl.assess_status(claim, on=ON).finding.find("outside the country of nationality")
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("nationality", "location", "words"),
    [
        ("USA", "PRI", "Puerto Rico, a territory of United States"),
        ("FRA", "NCL", "New Caledonia, a territory of France"),
        ("DNK", "GRL", "Greenland, part of Denmark"),
        ("GBR", "GIB", "Gibraltar, a territory of United Kingdom"),
    ],
)
def test_a_national_in_a_territory_of_the_state_is_not_outside_it_article_1a2(
    nationality: str, location: str, words: str
) -> None:
    """Art 1A(2): "outside the country of his nationality" is outside the State; a US citizen in
    Puerto Rico (UN NSGT list and country-codes table: a territory of the United States) has
    crossed no international frontier. Before: REFUGEE, "in Puerto Rico, outside United States"."""
    found = _outside(nationality, location)
    assert found.verdict is rl.Verdict.NOT_MET
    assert f"still in {words} on {ON}" in found.reason
    assert "crossed an international frontier" in found.reason
    claim = rl.Claim(rl.Person("A", {nationality}, location=location), fears=[_fear(nationality)])
    assert rl.assess_status(claim, on=ON).outcome is rl.Status.NOT_REFUGEE
    assert _outside(nationality, "MEX").verdict is rl.Verdict.MET


def test_harm_feared_in_a_territory_is_feared_in_the_state_article_1a2() -> None:
    """Art 1A(2): a US citizen in Mexico fearing harm in Puerto Rico fears it in the country of
    his nationality."""
    claim = rl.Claim(rl.Person("A", {"USA"}, location="MEX"), fears=[_fear("PRI")])
    result = rl.assess_status(claim, on=ON)
    found = result.finding.find("feared in a country of nationality")
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert "a territory of United States" in found.reason
    assert result.outcome is rl.Status.REFUGEE


@pytest.mark.parametrize(
    ("code", "on", "state"),
    [
        ("PRI", ON, "'USA'"),
        ("GRL", ON, "'DNK'"),
        ("HKG", "1995-01-01", "'GBR'"),
        ("HKG", "2005-01-01", "'CHN'"),
    ],
)
def test_a_territory_is_refused_as_a_nationality_article_1a2(
    code: str, on: str, state: str
) -> None:
    """Art 1A(2), "the country of his nationality": nationality is a State's. Puerto Rico (the
    United States'), Greenland (part of Denmark) and Hong Kong (the United Kingdom's before 1 July
    1997, part of China after) are refused, naming the State. Before: accepted, "outside Puerto
    Rico"."""
    claim = rl.Claim(rl.Person("A", {code}, location="THA"), fears=[_fear(code)])
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_status(claim, on=on)
    (problem,) = raised.value.problems
    assert problem.path == "claim.person.nationalities"
    assert "not a State: a nationality is a State's (Art 1A(2))" in problem.message
    assert f"({state}, or another)" in problem.message


def test_a_removal_to_the_states_own_territory_is_no_return_to_another_state_cat_3() -> None:
    """CAT art. 3(1) bars return "to another State": the United States removing a person to Puerto
    Rico, or France to New Caledonia, is refused as input (as the United Kingdom to Hong Kong
    before 1997); Mexico returning a US citizen to Puerto Rico returns him to the State where he
    fears torture, and is prohibited."""
    claim = rl.Claim(rl.Person("A", {"USA"}, location="MEX"), fears=[_fear("USA")])
    for by, to in (("USA", "PRI"), ("FRA", "NCL")):
        with pytest.raises(rl.InvalidInput, match="not another State: removing a person there"):
            rl.assess_return(claim, by=by, to=to, on=ON)
    result = rl.assess_return(claim, by="MEX", to="PRI", on=ON)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert "CAT art. 3(1)" in [str(b.citation) for b in result.breaches]


def test_a_territory_has_no_obligations_of_its_own_vclt_29() -> None:
    """VCLT art. 29: a treaty binds the State in respect of its territory; Puerto Rico is not a
    State whose obligations can be asked (before: Refugee Convention obligations listed for it)."""
    with pytest.raises(rl.InvalidInput, match="not a State: give 'USA'"):
        rl.obligations_of("PRI", on=ON)


def test_a_states_treaties_in_a_territory_without_an_application_record_are_unknown_vclt_29() -> (
    None
):
    """VCLT art. 29 ("unless a different intention appears"): the data holds no record of which
    treaties the Netherlands applies in Curaçao, so whether CAT binds it there is unknown, said
    with the missing record, not invented; custom binds the State wherever it acts."""
    claim = rl.Claim(rl.Person("X", {"VEN"}, location="CUW"), fears=[_fear("VEN")])
    result = rl.assess_return(claim, by="NLD", to="VEN", on="2019-01-01")
    assert "states['NLD'].cat-1984.CUW" in result.missing_facts()
    reach = result.finding.find("within the reach of Netherlands")
    assert reach is not None
    assert reach.verdict is rl.Verdict.MET
    assert "customary international law, non-refoulement" in [
        str(b.citation) for b in result.breaches
    ]


def test_the_territory_records_are_sourced_and_leave_free_association_alone() -> None:
    """Law as data (UN NSGT list; the country-codes table): each record names its sources; a
    record no source read dates earlier (New Caledonia, Guernsey...) holds from the date of the
    earliest copy of the table read, 9 December 2013; the Cook Islands and Niue, self-governing in
    free association with New Zealand, are not recorded, nor is any date before the sources'."""
    raw = json.loads(read_text("territories.json"))
    for code in ("NCL", "GGY", "CXR", "TKL", "SJM", "ALA"):
        record = raw["territories"][code]
        assert "country-codes-statoids" in record["source"]
        ((period),) = record["held"]
        assert period["since"] == "2013-12-09"
        assert held(code, dt.date(2013, 12, 8)) is None
    assert raw["territories"]["GUM"]["source"][:2] == ["country-codes-statoids", "un-nsgt-2016"]
    assert "COK" not in raw["territories"]
    assert "NIU" not in raw["territories"]


def _death_penalty_claim(location: str) -> rl.Claim:
    harm = rl.Harm("death sentence after fair trial, economic crime", "IRN",
                   severity="threat_to_life_or_freedom", likelihood=0.9, actor="state",
                   reasons=set(), torture=False, risk_to_life=True, death_penalty=True,
                   prosecution=True, exit_offence=False, flagrant_denial_of_justice=False,
                   irreparable=True)  # fmt: skip
    person = rl.Person("X", nationalities={"IRN"}, location=location)
    return rl.Claim(person, fears=[harm], protection={"IRN": "unavailable"},
                    internal_relocation=False)  # fmt: skip


def test_a_part_of_a_state_with_no_record_states_the_vclt_29_presumption() -> None:
    """VCLT art. 29: "Unless a different intention appears from the treaty or is otherwise
    established, a treaty is binding upon each party in respect of its entire territory." Åland,
    recorded as part of Finland with no application record: the answer stays unknown (whether a
    different intention was established there is not recorded), but the finding no longer says
    Finland's treaties apply there "only as it has declared", which inverts art. 29 (obligations
    review F1); it states the presumption and what the data does not record."""
    result = rl.assess_return(_death_penalty_claim("ALA"), by="FIN", to="IRN", on=ON)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "states['FIN'].echr-protocol-6-1983.ALA" in result.missing_facts()
    text = result.explain()
    assert "only as it has declared" not in text
    assert (
        "the person is in Åland Islands, part of Finland: Finland's treaties bind it there as in "
        "the rest of its territory unless a different intention appears from the treaty or is "
        "otherwise established (VCLT art. 29), and whether a different intention was established "
        "for Åland Islands the data does not record; whether ICCPR art. 7 binds Finland in "
        "respect of Åland Islands is not in the data"
    ) in text
    mainland = rl.assess_return(_death_penalty_claim("FIN"), by="FIN", to="IRN", on=ON)
    assert mainland.outcome is rl.ReturnOutcome.PROHIBITED


@pytest.mark.parametrize(("state", "territory"), [("DNK", "GRL"), ("DNK", "FRO"), ("FRA", "BLM")])
def test_obligations_in_a_part_with_no_record_state_the_vclt_29_presumption(
    state: str, territory: str
) -> None:
    """VCLT art. 29: for Greenland, the Faroes and Saint-Barthélemy, recorded as parts of their
    State with no record of a different intention or of any treaty's application, the obligations
    note is unknown (before: ✓ "treaties apply there only as it has declared") and says the
    presumption holds unless a different intention was established, which is not recorded."""
    name = rl.countries.country_name(territory)
    note = rl.explain_obligations(state, on=ON).find(f"in respect of {name}")
    assert note is not None
    assert note.verdict is rl.Verdict.UNKNOWN
    assert "as in the rest of its territory unless a different intention appears" in note.reason
    assert f"whether a different intention was established for {name} the data does not" in (
        note.reason
    )
    assert "only as it has declared" not in note.reason


def test_only_as_declared_stays_for_dependent_territories_and_hong_kong_vclt_29_art_40() -> None:
    """Refugee Convention art. 40, 1967 Protocol art. VII(4), ECHR art. 56: a territory for whose
    international relations a State is responsible is reached only as it declares (Puerto Rico);
    for Hong Kong China's notifications established a different intention (VCLT art. 29). Both
    keep the words "only as it has declared"."""
    pri = rl.explain_obligations("USA", on=ON).find("in respect of Puerto Rico")
    hkg = rl.explain_obligations("CHN", on=ON).find("in respect of Hong Kong")
    assert pri is not None
    assert hkg is not None
    assert "apply there only as it has declared" in pri.reason
    assert "apply there only as it has declared" in hkg.reason
    result = rl.assess_return(_death_penalty_claim("PRI"), by="USA", to="IRN", on=ON)
    assert (
        "where 1967 Protocol applies only as United States has declared (1967 Protocol art. "
        "VII(4): it extends to a territory for whose international relations a state is "
        "responsible only as that state declares)"
    ) in result.explain()
