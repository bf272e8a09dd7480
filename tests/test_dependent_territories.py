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
from refugeelaw.law.obligations import JURISDICTION_READING
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
    treaties the Netherlands applies in Curaçao, so whether the Refugee Convention binds it there
    is unknown, said with the missing record, not invented; CAT, which reaches every person within
    a party's jurisdiction (art. 2(1)), is no longer asked (before: ``states['NLD'].cat-1984.CUW``;
    own-diff review F1); custom binds the State wherever it acts."""
    claim = rl.Claim(rl.Person("X", {"VEN"}, location="CUW"), fears=[_fear("VEN")])
    result = rl.assess_return(claim, by="NLD", to="VEN", on="2019-01-01")
    assert "states['NLD'].refugee-convention-1951.CUW" in result.missing_facts()
    assert "states['NLD'].cat-1984.CUW" not in result.missing_facts()
    reach = result.finding.find("within the reach of Netherlands")
    assert reach is not None
    assert reach.verdict is rl.Verdict.MET
    assert "customary international law, non-refoulement" in [
        str(b.citation) for b in result.breaches
    ]


def test_the_territory_records_are_sourced_and_leave_free_association_alone() -> None:
    """Law as data (UN NSGT list; the country-codes table): each record names its sources, and
    none holds from the date of the earliest copy of the table read (9 December 2013), which says
    what a territory was then, not when its State came to hold it: each holds from the day a
    source gives (New Caledonia from 1946, the year it became an overseas territory; Guernsey
    from Alderney's liberation on 16 May 1945; Christmas Island from its transfer on 1 October
    1958...), and the day before is not recorded; the Cook Islands and Niue, self-governing in
    free association with New Zealand, are not recorded, nor is any date before the sources'."""
    raw = json.loads(read_text("territories.json"))
    for code, since in (("NCL", "1946-12-31"), ("GGY", "1945-05-16"), ("CXR", "1958-10-01"),
                        ("TKL", "1949-01-01"), ("SJM", "1929-05-08"), ("ALA", "1921-06-24")):  # fmt: skip
        record = raw["territories"][code]
        assert "country-codes-statoids" in record["source"]
        assert len(record["source"]) > 1
        ((period),) = record["held"]
        assert period["since"] == since
        first = dt.date.fromisoformat(since)
        assert held(code, first - dt.timedelta(days=1)) is None
        assert held(code, first) is not None
    assert not [
        code
        for code, record in raw["territories"].items()
        if any(period.get("since") == "2013-12-09" for period in record["held"])
    ]
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
    recorded as part of Finland with no application record: for a treaty with a territorial
    clause (ECHR Protocol No. 6) the answer stays unknown (whether a different intention was
    established there is not recorded), and the finding does not say Finland's treaties apply
    there "only as it has declared", which inverts art. 29 (obligations review F1); it states the
    presumption and what the data does not record. The ICCPR (art. 2(1)) binds Finland there as
    it binds it, a person in its own territory being within its jurisdiction (own-diff review F1:
    before, UNDETERMINED; now PROHIBITED on ICCPR arts 6(1) and 7, the reading named)."""
    result = rl.assess_return(_death_penalty_claim("ALA"), by="FIN", to="IRN", on=ON)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert "ICCPR art. 6(1)" in [str(o.citation) for o in result.breaches]
    assert JURISDICTION_READING in result.assumptions()
    assert "states['FIN'].echr-protocol-6-1983.ALA" in result.missing_facts()
    assert "states['FIN'].iccpr-1966.ALA" not in result.missing_facts()
    text = result.explain()
    assert "only as it has declared" not in text
    assert (
        "the person is in Åland Islands, part of Finland: Finland's treaties bind it there as in "
        "the rest of its territory unless a different intention appears from the treaty or is "
        "otherwise established (VCLT art. 29), and whether a different intention was established "
        "for Åland Islands the data does not record; whether ECHR Protocol No. 6 art. 1 binds "
        "Finland in respect of Åland Islands is not in the data"
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
    # CAT art. 2(1), ICCPR art. 2(1): the treaties that follow jurisdiction bind it there as they
    # bind it, a person in its own territory being within its jurisdiction (own-diff review F1).
    assert "(ICCPR, ICCPR Second Optional Protocol, CAT)" in note.reason
    assert "a person in its own territory being within its jurisdiction" in note.reason
    assert note.assumptions == (JURISDICTION_READING,)


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


def _torture_claim(location: str) -> rl.Claim:
    person = rl.Person("X", nationalities={"IRN"}, location=location)
    return rl.Claim(person, fears=[_fear("IRN")], protection={"IRN": "unavailable"},
                    internal_relocation=False)  # fmt: skip


def _bound_in(result: rl.ReturnAssessment, bar: str) -> rl.Finding:
    found = result.finding.find(bar)
    assert found is not None
    return next(c for c in found.children if c.element == "the state is bound")


TREATY_ONLY = rl.Doctrine(non_refoulement_customary=False)


@pytest.mark.parametrize(("state", "territory"), [("USA", "GUM"), ("GBR", "GIB")])
def test_cat_3_and_iccpr_7_bind_a_state_in_its_dependent_territory_by_jurisdiction(
    state: str, territory: str
) -> None:
    """CAT art. 3(1) and ICCPR art. 7 have no territorial-application clause; they reach every
    person within a party's jurisdiction (CAT art. 2(1), CAT General Comment No. 2 para. 16; ICCPR
    art. 2(1), HRC General Comment No. 31 para. 10), as a person in Guam or Gibraltar is. A removal
    to Iran in 2015 of a person facing torture by the State, customary law off: before,
    UNDETERMINED ("treaties apply only as it has declared"; the same removal from the mainland
    PROHIBITED); now PROHIBITED on both, with the reading named (VCLT art. 29: a different
    intention appears from the treaty)."""
    claim = _torture_claim(territory)
    result = rl.assess_return(claim, by=state, to="IRN", on="2015-01-01", doctrine=TREATY_ONLY)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    breached = [str(o.citation) for o in result.breaches]
    assert "CAT art. 3(1)" in breached
    assert "ICCPR art. 7" in breached
    assert JURISDICTION_READING in result.assumptions()
    cat = _bound_in(result, "CAT art. 3 bar")
    assert cat.verdict is rl.Verdict.MET
    assert rl.Citation("cat-general-comment-2", "16") in cat.citations
    assert "CAT has no territorial-application clause" in cat.reason
    assert JURISDICTION_READING in cat.assumptions
    iccpr = _bound_in(result, "ICCPR art. 7 bar")
    assert iccpr.verdict is rl.Verdict.MET
    assert rl.Citation("hrc-general-comment-31", "10") in iccpr.citations
    missing = result.missing_facts()
    assert f"states[{state!r}].cat-1984.{territory}" not in missing
    assert f"states[{state!r}].iccpr-1966.{territory}" not in missing
    name = rl.countries.country_name(territory)
    (cat_breach,) = [o for o in result.breaches if str(o.citation) == "CAT art. 3(1)"]
    assert f"in respect of {name} as it binds it" in cat_breach.notes[-1]
    mainland = rl.assess_return(_torture_claim(state), by=state, to="IRN", on="2015-01-01",
                                doctrine=TREATY_ONLY)  # fmt: skip
    assert JURISDICTION_READING not in mainland.assumptions()


@pytest.mark.parametrize(
    ("state", "territory", "asked", "clause"),
    [
        ("USA", "GUM", "refugee-protocol-1967", "1967 Protocol art. VII(4)"),
        ("GBR", "GIB", "refugee-convention-1951", "Refugee Convention art. 40"),
    ],
)
def test_the_refugee_convention_in_a_dependent_territory_stays_as_declared_art_40_vii_4(
    state: str, territory: str, asked: str, clause: str
) -> None:
    """Refugee Convention art. 40 and 1967 Protocol art. VII(4) extend them to a territory for
    whose international relations a State is responsible only as it declares: with no record,
    art. 33(1) stays unknown in Guam and Gibraltar, naming the clause and the missing record. The
    United States, party to the Protocol alone, is bound by art. 33(1) only through Protocol art.
    I(1): the Protocol's application is asked, never the Convention's (before:
    ``states['USA'].refugee-convention-1951.GUM``)."""
    result = rl.assess_return(
        _torture_claim(territory), by=state, to="IRN", on="2015-01-01", doctrine=TREATY_ONLY
    )
    art_33 = _bound_in(result, "Refugee Convention art. 33(1) bar")
    assert art_33.verdict is rl.Verdict.UNKNOWN
    assert f"only as {rl.countries.country_name(state)} has declared ({clause}" in art_33.reason
    assert art_33.missing == (f"states[{state!r}].{asked}.{territory}",)
    assert "Refugee Convention art. 33(1)" in [str(o.citation) for o in result.undecided]
    assert JURISDICTION_READING not in art_33.assumptions
    if state == "GBR":  # the ECHR too: art. 56
        echr = _bound_in(result, "ECHR art. 3 bar")
        assert echr.verdict is rl.Verdict.UNKNOWN
        assert "(ECHR art. 56:" in echr.reason


@pytest.mark.parametrize("territory", ["PRI", "GUM", "VIR"])
def test_a_protocol_only_party_is_not_asked_the_convention_in_its_territories_vii_4(
    territory: str,
) -> None:
    """1967 Protocol art. VII(4); Refugee Convention art. 40 binds only a party to the
    Convention. The United States is party to the Protocol alone: no result for a person in one
    of its territories asks ``states['USA'].refugee-convention-1951.<territory>``, on the default
    doctrine (before: asked, with ``cat-1984`` and ``iccpr-1966``) or without custom; the status
    finding names the Protocol's application alone."""
    claim = _torture_claim(territory)
    for doctrine in (rl.Doctrine(), TREATY_ONLY):
        result = rl.assess_return(claim, by="USA", to="IRN", on="2015-01-01", doctrine=doctrine)
        asked = result.missing_facts()
        assert not [m for m in asked if "refugee-convention-1951" in m]
        assert f"states['USA'].refugee-protocol-1967.{territory}" in asked
        assert not [m for m in asked if "cat-1984" in m or "iccpr-1966" in m]
    status = rl.assess_status(claim, state="USA", on="2015-01-01").explain()
    assert "whether the Protocol applies in" in status
    assert "whether the Convention and the Protocol apply" not in status
    both = rl.assess_status(_torture_claim("GIB"), state="GBR", on="2015-01-01").explain()
    assert "whether the Convention and the Protocol apply in Gibraltar" in both


def test_a_record_of_application_decides_over_the_reach_by_jurisdiction_vclt_29() -> None:
    """The United Kingdom extended CAT to Hong Kong in 1992 (the data's record, known applied by
    the end of 1992): on 1 June 1992 the record leaves CAT art. 3(1) unknown there, and the
    reading that CAT reaches by jurisdiction does not override it; the finding says the record is
    followed."""
    claim = rl.Claim(rl.Person("X", {"PRK"}, location="HKG"), fears=[_fear("PRK")])
    result = rl.assess_return(claim, by="GBR", to="PRK", on="1992-06-01", doctrine=TREATY_ONLY)
    cat = _bound_in(result, "CAT art. 3 bar")
    assert cat.verdict is rl.Verdict.UNKNOWN
    assert "the data's record of its application there is followed" in cat.reason
    assert JURISDICTION_READING not in result.assumptions()


def test_the_obligations_note_for_a_dependent_territory_names_the_jurisdiction_reading() -> None:
    """VCLT art. 29 with CAT art. 2(1) and ICCPR art. 2(1): the obligations survey of the United
    States notes for Guam that its treaties with a territorial clause apply there only as
    declared (Convention art. 40, Protocol art. VII(4)), and that CAT and the ICCPR bind it there
    as they bind it, on the named reading; for Hong Kong in 1995 (United Kingdom) CAT and the
    ICCPR follow their records and are not said to reach by jurisdiction. The ICCPR's Second
    Optional Protocol, which binds neither the United States nor (before 2000) the United
    Kingdom, is listed for neither, and the reading is not named for Hong Kong (before: listed
    for both, the reading named for Hong Kong for it alone; own-diff review F8)."""
    survey = rl.explain_obligations("USA", on="2015-01-01")
    guam = survey.find("in respect of Guam")
    assert guam is not None
    assert "Refugee Convention art. 40, 1967 Protocol art. VII(4), ECHR art. 56" in guam.reason
    assert "(ICCPR, CAT)" in guam.reason
    assert guam.assumptions == (JURISDICTION_READING,)
    assert rl.Citation("cat-general-comment-2", "16") in guam.citations
    hong_kong = rl.explain_obligations("GBR", on="1995-01-01").find("in respect of Hong Kong")
    assert hong_kong is not None
    assert "follow jurisdiction" not in hong_kong.reason
    assert hong_kong.assumptions == ()
    chinese = rl.explain_obligations("CHN", on="2005-01-01").find("in respect of Hong Kong")
    assert chinese is not None
    assert chinese.assumptions == ()
    assert "follow jurisdiction" not in chinese.reason


@pytest.mark.parametrize(
    ("state", "territory", "part"),
    [("DNK", "GRL", True), ("NLD", "CUW", True), ("FIN", "ALA", True), ("FRA", "SPM", True),
     ("USA", "GUM", False)],
)  # fmt: skip
def test_cat_2_1_reaches_a_part_of_the_state_a_fortiori_as_a_dependent_territory(
    state: str, territory: str, part: bool
) -> None:
    """CAT art. 2(1) ("any territory under its jurisdiction"; CAT General Comment No. 2 para. 16)
    and ICCPR art. 2(1) (HRC General Comment No. 31 para. 10): a person in Greenland, Curaçao,
    Åland or Saint-Pierre, parts of their States with nothing recorded of their treaties, is in the
    State's own territory, within its jurisdiction a fortiori, as a person in Guam is within the
    United States'. A removal to Iran in 2015 of a person facing torture, custom off: before,
    UNDETERMINED from the parts (asking ``states[...].cat-1984.<part>``) and PROHIBITED from Guam;
    now PROHIBITED from each, the reading named (own-diff review F1). Refugee Convention art. 33(1)
    keeps VCLT art. 29's presumption in a part (art. 40 in Guam): unknown, its record asked."""
    result = rl.assess_return(
        _torture_claim(territory), by=state, to="IRN", on="2015-06-01", doctrine=TREATY_ONLY
    )
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert "CAT art. 3(1)" in [str(o.citation) for o in result.breaches]
    assert JURISDICTION_READING in result.assumptions()
    cat = _bound_in(result, "CAT art. 3 bar")
    assert cat.verdict is rl.Verdict.MET
    assert cat.missing == ()
    assert ("(its own territory, a fortiori)" in cat.reason) is part
    assert f"states[{state!r}].cat-1984.{territory}" not in result.missing_facts()
    assert f"states[{state!r}].iccpr-1966.{territory}" not in result.missing_facts()
    art_33 = _bound_in(result, "Refugee Convention art. 33(1) bar")
    assert art_33.verdict is rl.Verdict.UNKNOWN
    if part:
        assert "unless a different intention appears from the treaty" in art_33.reason
        assert "only as" not in art_33.reason
    mainland = rl.assess_return(
        _torture_claim(state), by=state, to="IRN", on="2015-06-01", doctrine=TREATY_ONLY
    )
    assert mainland.outcome is result.outcome


@pytest.mark.parametrize("territory", ["USA", "PRI", "GUM"])
def test_a_state_party_to_neither_refugee_treaty_is_bound_in_no_territory_art_40(
    territory: str,
) -> None:
    """Refugee Convention art. 40(1)-(2): a State extends the Convention to a territory for whose
    international relations it is responsible at signature, ratification or accession, or by
    notification thereafter; 1967 Protocol art. VII(4) likewise. The United States, party to
    neither in 1960 (it acceded to the Protocol alone in 1968), extended neither to Puerto Rico
    or Guam: a removal to Iran from there in 1960, custom off, is PERMITTED like one from the
    mainland (before: UNDETERMINED, asking ``states['USA'].refugee-convention-1951.PRI`` with an
    art. 40 "as it has declared" reason; own-diff review F4)."""
    result = rl.assess_return(
        _torture_claim(territory), by="USA", to="IRN", on="1960-06-01", doctrine=TREATY_ONLY
    )
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert result.missing_facts() == ()
    art_33 = _bound_in(result, "Refugee Convention art. 33(1) bar")
    assert art_33.verdict is rl.Verdict.NOT_MET
    if territory != "USA":
        assert "(Refugee Convention art. 40: a party extends it" in art_33.reason
        assert "is not bound by Refugee Convention art. 33(1) at all on 1960-06-01" in (
            art_33.reason
        )


def test_a_convention_only_party_is_asked_the_convention_alone_in_its_territory_art_40() -> None:
    """Refugee Convention art. 40; the 1967 Protocol entered into force on 4 October 1967. In 1960
    the United Kingdom, bound by the Convention alone, is asked whether the Convention applies in
    Gibraltar, citing art. 40 alone (before: "whether the Convention and the Protocol apply",
    citing Protocol art. VII(4) too; own-diff review F7). Where the data records that it does not
    apply (Hong Kong), the definition is the Convention's own as it then stood, with its
    dateline, not the Protocol's (before: "as the Protocol reads it"). The United States, party
    to the Protocol alone, is asked the Protocol's application in Puerto Rico in 2020 too, past
    the data's horizon for the Convention, as the obligations survey binds it through the
    Protocol (art. I(1), art. VII(4))."""
    gibraltar = rl.assess_status(_torture_claim("GIB"), state="GBR", on="1960-06-01").explain()
    assert "whether the Convention applies in Gibraltar" in gibraltar
    assert "the data does not fully say (Refugee Convention art. 40)." in gibraltar
    assert "Protocol apply" not in gibraltar
    hong_kong = rl.assess_status(_torture_claim("HKG"), state="GBR", on="1960-06-01")
    assert "but it does not apply in Hong Kong" in hong_kong.explain()
    assert "before the 1967 Protocol came into force on 1967-10-04, is applied" in (
        hong_kong.explain()
    )
    assert "as the Protocol reads it" not in hong_kong.explain()
    both = rl.assess_status(_torture_claim("GIB"), state="GBR", on="2015-01-01").explain()
    assert "whether the Convention and the Protocol apply in Gibraltar" in both
    puerto_rico = rl.assess_return(_torture_claim("PRI"), by="USA", to="IRN", on="2020-01-01")
    asked = puerto_rico.missing_facts()
    assert "states['USA'].refugee-protocol-1967.PRI" in asked
    assert not [m for m in asked if "refugee-convention-1951" in m]
