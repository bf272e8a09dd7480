"""Treaty data a lawyer can rely on (issue 14): comparisons with the instrument constants, party
status in three values with the data's horizon, reservations that bite, UN membership, dated
Art 1B(1) choices and successions from independence.

Each test names the provision or the record it rests on.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import export, testing
from refugeelaw.countries import all_countries

C = "refugee-convention-1951"
P = "refugee-protocol-1967"


# ---------------------------------------------------------------------------------------------
# Comparisons that work
# ---------------------------------------------------------------------------------------------


def test_an_obligations_instrument_compares_equal_to_the_module_constant() -> None:
    """CAT art. 3(1) binds China from 3 Nov 1988: filtering by the constant finds it."""
    found = [
        o for o in rl.obligations_of("CHN", on="2004-06-30") if o.instrument == rl.instruments.CAT
    ]
    assert [o.provision for o in found] == ["3(1)"]
    assert all(o.instrument != rl.instruments.ICCPR for o in found)


def test_an_instrument_equals_its_key_and_hashes_like_it() -> None:
    assert rl.instruments.REFUGEE_CONVENTION == C
    assert C == rl.instruments.REFUGEE_CONVENTION
    assert rl.instruments.REFUGEE_CONVENTION != P
    assert {rl.instruments.REFUGEE_CONVENTION, C} == {C}
    assert rl.instruments.get(C) == rl.instruments.REFUGEE_CONVENTION
    assert rl.instruments.REFUGEE_CONVENTION != rl.instruments.REFUGEE_PROTOCOL


def test_a_citation_accepts_an_instrument_as_well_as_a_key() -> None:
    """UN Charter art. 102 (registration of treaties), cited through the constant."""
    cite = rl.Citation(rl.instruments.UN_CHARTER, "102")
    assert cite == rl.Citation("un-charter-1945", "102")
    assert cite.instrument == "un-charter-1945"


# ---------------------------------------------------------------------------------------------
# Party status in three values, with the data's horizon
# ---------------------------------------------------------------------------------------------


def test_every_core_dataset_states_its_horizon() -> None:
    """The UN Treaty Collection tables scraped in March 2015 record actions up to 12 Mar 2015."""
    for key in (C, P, "cat-1984", "iccpr-1966", "vclt-1969"):
        h = rl.states.horizon(key)
        assert h is not None
        assert str(h.date) == "2015-03-12"
        assert h.complete
        assert h.sources[0].commit == "003ce1309cc2a27a5a3909f39b7e6634550bf173"


def test_the_second_optional_protocol_data_is_complete_as_at_12_march_2015() -> None:
    """ICCPR Second Optional Protocol (UN Treaty Collection chapter IV-12, `untc-2015`: the
    zmjones/untreaties scrape at 003ce13, the same scrape as chapters IV-4 and IV-9): every
    participant it lists has a record (81 parties, 3 signatories), so the list is complete for
    12 March 2015 like theirs. India and Kenya, which it does not list, were not parties on
    1 January 2005 (they were UNKNOWN before); after the horizon they are unknown, as for CAT."""
    h = rl.states.horizon("iccpr-op2-1989")
    assert h is not None
    assert h.complete
    assert str(h.date) == "2015-03-12"
    assert any(s.commit == "003ce1309cc2a27a5a3909f39b7e6634550bf173" for s in h.sources)
    rows = [r for r in export.rows() if r["instrument"] == "iccpr-op2-1989"]
    from_table = [r for r in rows if r["action"] != "none"]
    assert len(from_table) == 84
    assert sum(r["action"] == "signature-only" for r in from_table) == 3
    for state in ("IND", "KEN"):
        found = rl.party_status(state, "iccpr-op2-1989", on="2005-01-01")
        assert found.verdict is rl.Verdict.NOT_MET
        assert "speaks for 2015-03-12" in found.reason
        later = rl.party_status(state, "iccpr-op2-1989", on="2016-01-01")
        assert later.verdict is rl.Verdict.UNKNOWN
    assert rl.party_status("AGO", "iccpr-op2-1989", on="2014-01-01").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("GBR", "iccpr-op2-1989", on="2005-01-01").verdict is rl.Verdict.MET


def test_guinea_bissau_is_bound_by_cat_from_the_thirtieth_day_after_its_2013_ratification() -> None:
    """CAT art. 27(2): ratified 24 Sep 2013 (2015 table), in force 24 Oct 2013. The 2013 table
    recorded only the signature of 12 Sep 2000."""
    assert rl.is_party("GNB", "cat-1984", on="2013-10-23") is False
    assert rl.is_party("GNB", "cat-1984", on="2013-10-24") is True
    found = rl.party_status("GNB", rl.instruments.CAT, on="2014-01-01")
    assert found.verdict is rl.Verdict.MET
    assert "2013-09-24" in found.reason


@pytest.mark.parametrize("instrument", ["cat-1984", "iccpr-1966", "vclt-1969"])
def test_state_of_palestine_acceded_on_2_april_2014(instrument: str) -> None:
    """The 2015 tables record the State of Palestine's accessions of 2 Apr 2014."""
    p = rl.states.participation("PSE", instrument)
    assert p is not None
    assert p.deposited is not None
    assert p.deposited.isoformat() == "2014-04-02"
    assert rl.is_party("PSE", instrument, on="2015-01-01") is True


def test_eritrea_acceded_to_cat_on_25_september_2014() -> None:
    """CAT art. 27(2): in force on the thirtieth day, 25 Oct 2014."""
    assert rl.is_party("ERI", "cat-1984", on="2014-10-25") is True
    assert rl.is_party("ERI", "cat-1984", on="2014-10-24") is False


def test_after_the_horizon_no_record_means_unknown_not_a_confident_no() -> None:
    """South Sudan acceded to the Convention in 2018 (UNHCR), after the tables' horizon: the data
    holds no record, so the answer is unknown, and is_party raises BeyondData naming the horizon."""
    before = rl.party_status("SSD", C, on="2014-01-01")
    after = rl.party_status("SSD", C, on="2019-01-01")
    assert before.verdict is rl.Verdict.NOT_MET
    assert after.verdict is rl.Verdict.UNKNOWN
    assert "2015-03-12" in after.reason
    with pytest.raises(rl.BeyondData) as info:
        rl.is_party("SSD", C, on="2019-01-01")
    assert (info.value.state, info.value.instrument) == ("SSD", C)
    assert str(info.value.horizon) == "2015-03-12"


def test_a_party_record_stays_met_after_the_horizon_with_a_note() -> None:
    """Convention art. 43(2): in force for China since 23 Dec 1982; a later denunciation (art. 44)
    would not be recorded, and the reason says so."""
    found = rl.party_status("CHN", C, on="2024-01-01")
    assert found.verdict is rl.Verdict.MET
    assert "later changes" in found.reason
    assert rl.is_party("CHN", C, on="2024-01-01") is True


def test_past_the_horizon_a_return_and_an_obligation_say_what_the_data_speaks_for() -> None:
    """Convention art. 33(1) and CAT art. 3(1) bind China from 1982 and 1988 and stay binding
    until a denunciation (Convention art. 44, CAT art. 31) takes effect: on 1 December 2026 the
    return bar and the obligations still bind, and each says the data speaks for 12 March 2015,
    so a later denunciation would not be recorded; on 30 June 2004 nothing is added."""
    late = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on="2026-12-01")
    for bar in ("Refugee Convention art. 33(1) bar", "CAT art. 3 bar"):
        found = late.finding.find(bar)
        assert found is not None
        bound = found.find("the state is bound")
        assert bound is not None
        assert bound.verdict is rl.Verdict.MET
        assert "the data speaks for 2015-03-12" in bound.reason
        assert "denunciation would not be recorded" in bound.reason
    early = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on="2004-06-30")
    bound = early.finding.find("the state is bound")
    assert bound is not None
    assert "speaks for" not in bound.reason
    cat = [o for o in rl.obligations_of("CHN", on="2026-12-01") if o.instrument == "cat-1984"]
    assert any("speaks for 2015-03-12" in note for o in cat for note in o.notes)
    cat = [o for o in rl.obligations_of("CHN", on="2004-06-30") if o.instrument == "cat-1984"]
    assert not any("speaks for" in note for o in cat for note in o.notes)


def test_past_the_horizon_a_state_with_no_record_is_not_said_to_be_bound_by_neither() -> None:
    """South Sudan acceded to the Convention and the Protocol in 2018, after the tables' horizon
    (12 March 2015): Art 1A(2) for South Sudan in 2019 is read as the Protocol reads it (art.
    I(2), as for a party to it), and the explanation no longer says South Sudan is bound by
    neither; before the horizon it is bound by neither, and says so."""
    escapee = testing.north_korean_escapee()
    after = rl.assess_status(escapee, on="2019-01-01", state="SSD")
    limits = after.finding.find("dateline and geographic limitation")
    assert limits is not None
    assert limits.verdict is rl.Verdict.MET
    assert "South Sudan is bound by neither" not in limits.reason
    assert "speaks for 2015-03-12" in limits.reason
    before = rl.assess_status(escapee, on="2014-01-01", state="SSD")
    limits = before.finding.find("dateline and geographic limitation")
    assert limits is not None
    assert "South Sudan is bound by neither the Convention nor the Protocol" in limits.reason


def test_past_the_horizon_a_party_to_the_convention_alone_may_have_lifted_its_dateline() -> None:
    """Madagascar is party to the 1951 Convention alone (accession 1967), keeping Art 1B(1)(a):
    before the horizon the dateline binds and a fear from events after 1951 fails Art 1A(2). After
    it, an accession to the Protocol (art. I(2)) would not be recorded, so the dateline is not
    known to bind: the same fear leaves the definition's limits unknown, not unmet, and the result
    waits on Madagascar's participation in the Protocol."""
    modern = rl.Claim(
        rl.Person("A", {"ERI"}, location="MDG"),
        fears=[rl.Harm("conscription", "ERI", severity="serious", likelihood=0.5, actor="state")],
        events_before_1951=False,
        events_in_europe=True,
    )
    then = rl.assess_status(modern, on="2010-01-01", state="MDG")
    limits = then.finding.find("dateline and geographic limitation")
    assert limits is not None
    assert limits.verdict is rl.Verdict.NOT_MET
    now = rl.assess_status(modern, on="2026-12-01", state="MDG")
    limits = now.finding.find("dateline and geographic limitation")
    assert limits is not None
    assert limits.verdict is rl.Verdict.UNKNOWN
    assert "states['MDG'].refugee-protocol-1967" in limits.missing
    old = rl.Claim(
        modern.person, fears=modern.fears, events_before_1951=True, events_in_europe=True
    )
    limits = rl.assess_status(old, on="2026-12-01", state="MDG").finding.find(
        "dateline and geographic limitation"
    )
    assert limits is not None
    assert limits.verdict is rl.Verdict.MET


def test_a_record_can_speak_for_a_later_date_than_the_dataset() -> None:
    """China's ICCPR signature record is confirmed (still not ratified) by a 2022 table."""
    p = rl.states.participation("CHN", "iccpr-1966")
    assert p is not None
    assert p.as_of is not None
    assert p.as_of.isoformat() == "2022-05-29"
    assert rl.party_status("CHN", "iccpr-1966", on="2022-05-29").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("CHN", "iccpr-1966", on="2022-05-30").verdict is rl.Verdict.UNKNOWN


def test_no_state_is_bound_before_the_treaty_itself_is_in_force() -> None:
    """CAT art. 27(1): in force 26 Jun 1987. (South Sudan, asked about here before, was then part
    of Sudan, not a State: its code is refused on that date, naming Sudan.)"""
    assert rl.party_status("IDN", "cat-1984", on="1987-01-01").verdict is rl.Verdict.NOT_MET
    with pytest.raises(rl.InvalidInput, match="part of Sudan on 1987-01-01, not a State"):
        rl.party_status("SSD", "cat-1984", on="1987-01-01")


def test_obligations_whose_participation_is_unknown_are_shown_as_unknown_not_absent() -> None:
    """ICCPR arts 6(1) and 7: China signed in 1998; whether it has ratified after 29 May 2022
    (the latest source the data holds) is beyond the data, so the obligations are listed with
    bound UNKNOWN, and the explanation says why."""
    obs = {str(o.citation): o for o in rl.obligations_of("CHN", on="2024-01-01")}
    assert obs["ICCPR art. 7"].bound is rl.Verdict.UNKNOWN
    assert obs["ICCPR art. 6(1)"].bound is rl.Verdict.UNKNOWN
    assert obs["CAT art. 3(1)"].bound is rl.Verdict.MET
    tree = rl.explain_obligations("CHN", on="2024-01-01").find("ICCPR art. 7")
    assert tree is not None
    assert tree.verdict is rl.Verdict.UNKNOWN
    assert "beyond the data" in tree.reason
    before = {str(o.citation) for o in rl.obligations_of("CHN", on="2022-01-01")}
    assert "ICCPR art. 7" not in before


def test_a_bar_whose_participation_is_unknown_is_undecided_not_absent() -> None:
    """ICCPR art. 7 (and art. 6(1)): for a state whose ICCPR status is beyond the data, the bar
    is undecided rather than absent; the return is not PERMITTED on the data's silence."""
    harm = rl.Harm(
        "cruel and inhuman treatment in detention",
        "PRK",
        likelihood=0.9,
        irreparable=True,
        actor=rl.Actor.STATE,
    )
    claim = rl.Claim(rl.Person(nationalities=frozenset({"PRK"}), location="CHN"), fears=(harm,))
    doctrine = rl.Doctrine(non_refoulement_customary=False)
    later = rl.assess_return(claim, by="CHN", to="PRK", on="2024-01-01", doctrine=doctrine)
    assert "ICCPR art. 7" in {str(o.citation) for o in later.undecided}
    assert all(str(o.citation) != "ICCPR art. 7" for o in later.breaches)
    earlier = rl.assess_return(claim, by="CHN", to="PRK", on="2022-01-01", doctrine=doctrine)
    assert "ICCPR art. 7" not in {str(o.citation) for o in earlier.undecided}


# ---------------------------------------------------------------------------------------------
# UN membership
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "clause"), [("echr-protocol-6-1983", "7"), ("echr-protocol-13-2002", "6")]
)
def test_every_echr_protocol_party_is_bound_by_the_convention_when_the_protocol_binds_it(
    protocol: str, clause: str
) -> None:
    """ECHR Protocol No. 6 art. 7 and Protocol No. 13 art. 6: a member State may not ratify the
    Protocol unless it has, simultaneously or previously, ratified the Convention. So wherever
    both are recorded, the Protocol enters into force for a state on or after the Convention
    does, and the Convention binds the state (or its record is in doubt, never ended) on that
    day; where only the Protocol is recorded (Greece, Cyprus), the Convention's record is inferred
    from it and binds from that day."""
    text = rl.provision(protocol, clause).text
    assert text is not None
    assert "ratif" in text
    assert "the Convention" in text
    checked = 0
    for state in rl.states.all_states():
        p = state.participation(protocol)
        if p is None or not p.action.binds or p.in_force is None:
            continue
        convention = state.participation("echr-1950")
        assert convention is not None, state.code
        assert convention.in_force is not None, state.code
        assert convention.in_force <= p.in_force, (state.code, convention.in_force, p.in_force)
        assert convention.bound_on(p.in_force) or convention.in_doubt_on(p.in_force), state.code
        checked += 1
    assert checked >= 39


def test_every_un_member_has_a_charter_record() -> None:
    """Charter arts 3-4: the 193 Members the UN lists (as at Jan 2026), each with its date."""
    current = [s for s in rl.states.participants("un-charter-1945") if s in all_countries()]
    assert len(current) == 193
    h = rl.states.horizon("un-charter-1945")
    assert h is not None
    assert h.complete
    for code in current:
        p = rl.states.participation(code, "un-charter-1945")
        assert p is not None
        assert p.in_force is not None
        assert p.source


@pytest.mark.parametrize("state", ["FRA", "USA", "GBR", "DEU"])
def test_france_and_others_are_bound_by_the_charter_and_owe_article_56(state: str) -> None:
    """Charter Art. 56 (with Art. 55(c)): every Member pledges joint and separate action; in
    2004 France, the US, the UK and Germany were Members, as China was."""
    assert rl.is_party(state, rl.instruments.UN_CHARTER, on="2004-06-30") is True
    cites = {str(o.citation) for o in rl.obligations_of(state, on="2004-06-30")}
    assert "UN Charter Art. 56" in cites


def test_germany_is_a_member_from_its_admission_on_18_september_1973() -> None:
    assert rl.is_party("DEU", "un-charter-1945", on="1973-09-17") is False
    assert rl.is_party("DEU", "un-charter-1945", on="1973-09-18") is True
    assert rl.is_party("DDR", "un-charter-1945", on="1980-01-01") is True
    assert rl.is_party("DDR", "un-charter-1945", on="1990-10-03") is False


def test_yugoslavia_was_an_original_member_bound_by_nothing_after_its_end() -> None:
    """The SFRY ratified on 19 Oct 1945 and was a Member 'until its dissolution following the
    ... admission as new Members' of its successors (22 May 1992 to 1 Nov 2000), a list that dates
    the admissions, not the dissolution. The statehood record reads the SFRY as a State only
    before 27 April 1992, and a State that had ceased to exist is bound by nothing (review of the
    treaty data, F2, the low item): in 1995 NOT_MET, saying so, where it was UNKNOWN while
    obligations_of refused the code on the same day."""
    assert rl.is_party("YUG", "un-charter-1945", on="1980-01-01") is True
    found = rl.party_status("YUG", "un-charter-1945", on="1995-01-01")
    assert found.verdict is rl.Verdict.NOT_MET
    assert found.reason.startswith("Yugoslavia had ceased to exist by 1992-04-27")
    with pytest.raises(rl.InvalidInput, match="names no State on 1995-01-01"):
        rl.obligations_of("YUG", on="1995-01-01")
    assert rl.is_party("YUG", "un-charter-1945", on="2001-01-01") is False
    assert rl.is_party("HRV", "un-charter-1945", on="1992-05-22") is True


def test_the_ussr_s_membership_is_continued_by_the_russian_federation() -> None:
    assert rl.is_party("SUN", "un-charter-1945", on="1980-01-01") is True
    assert rl.is_party("SUN", "un-charter-1945", on="1992-01-01") is False
    assert rl.is_party("RUS", "un-charter-1945", on="1980-01-01") is True
    ended = rl.party_status("SUN", "un-charter-1945", on="1992-01-01")
    assert "Russian Federation" in ended.reason


def test_czechoslovakia_ended_on_31_december_1992_and_its_successors_were_admitted() -> None:
    assert rl.is_party("CSK", "un-charter-1945", on="1992-12-31") is True
    assert rl.is_party("CSK", "un-charter-1945", on="1993-01-01") is False
    assert rl.is_party("CZE", "un-charter-1945", on="1993-01-19") is True
    assert rl.is_party("SVK", "un-charter-1945", on="1993-01-18") is False


def test_a_former_state_without_a_record_is_unknown_not_a_non_party() -> None:
    """The UN Treaty Collection tables list only states that exist when drawn up: Yugoslavia's
    participation in the Refugee Convention is not in them, so the data cannot say."""
    assert rl.party_status("YUG", C, on="1980-01-01").verdict is rl.Verdict.UNKNOWN
    with pytest.raises(rl.BeyondData):
        rl.is_party("YUG", C, on="1980-01-01")


def test_historic_codes_are_accepted_wherever_a_state_is() -> None:
    assert rl.states.get("YUG").name == "Yugoslavia"
    person = rl.Person(nationalities=frozenset({"YUG"}))
    assert person.nationalities == frozenset({"YUG"})
    assert any(
        str(o.citation) == "UN Charter Art. 56" for o in rl.obligations_of("SUN", on="1980-01-01")
    )


# ---------------------------------------------------------------------------------------------
# Reservations that bite
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "state", ["COG", "AGO", "BWA", "SLV", "GHA", "VCT", "TZA", "JAM", "CHN", "RWA"]
)
def test_a_reservation_to_protocol_article_iv_removes_that_obligation(state: str) -> None:
    """Protocol art. VII(1) allows reservations to art. IV (disputes to the ICJ); each of these
    states made one (UN Treaty Collection, chapter V-5, declarations and reservations)."""
    cites = {str(o.citation) for o in rl.obligations_of(state, on="2014-01-01")}
    assert "1967 Protocol art. IV" not in cites
    assert "1967 Protocol art. II(1)" in cites
    why = rl.explain_obligations(state, on="2014-01-01").find("1967 Protocol art. IV")
    assert why is not None
    assert why.verdict is rl.Verdict.NOT_MET
    assert "reservation" in why.reason


def test_venezuelas_reservation_to_protocol_article_iv_removes_it_from_its_accession() -> None:
    """1967 Protocol art. IV (disputes to the ICJ), reservable under art. VII(1): the UN Treaty
    Collection's text for Venezuela (`untc-2015-decl`, declarations/5-5.txt at 003ce13) says
    "The instrument of accession also contains a reservation in respect of article IV". It was
    stored unclassified, and art. IV was reported MET; from the accession of 19 September 1986
    (in force on deposit, art. VIII(2)) it is NOT_MET, and art. II(1) still binds."""
    p = rl.states.participation("VEN", P)
    assert p is not None
    (reservation,) = [r for r in p.reservations if r.excludes("IV")]
    assert "reservation in respect of article IV" in (reservation.text or "")
    assert [s.path for s in reservation.sources] == ["declarations/5-5.txt"]
    for on in ("1986-09-19", "2014-01-01"):
        cites = {str(o.citation) for o in rl.obligations_of("VEN", on=on)}
        assert "1967 Protocol art. IV" not in cites
        assert "1967 Protocol art. II(1)" in cites
    why = rl.explain_obligations("VEN", on="2014-01-01").find("1967 Protocol art. IV")
    assert why is not None
    assert why.verdict is rl.Verdict.NOT_MET
    assert "Venezuela's reservation" in why.reason


def test_rwanda_s_consent_clause_removes_protocol_article_iv_as_tanzania_s_does() -> None:
    """1967 Protocol art. IV requires a dispute to be referred to the ICJ "at the request of any
    one of the parties to the dispute"; art. VII(1) permits reservations to it. Rwanda's
    reservation ("recourse may be had to the International Court of Justice only with the prior
    agreement of the Rwandese Republic") removes exactly that duty, as Tanzania's ("except within
    the explicit consent") and Saint Vincent and the Grenadines' ("the express consent of all the
    parties to the dispute is required in each case") do: art. IV is excluded for Rwanda, as for
    them, not kept as binding with a note (review oblig F5; it was listed binding from
    1980-01-03)."""
    for state in ("RWA", "TZA", "VCT"):
        cites = {str(o.citation) for o in rl.obligations_of(state, on="2012-01-01")}
        assert "1967 Protocol art. IV" not in cites, state
        assert "1967 Protocol art. II(1)" in cites, state
    why = rl.explain_obligations("RWA", on="2012-01-01").find("1967 Protocol art. IV")
    assert why is not None
    assert why.verdict is rl.Verdict.NOT_MET
    assert why.reason.startswith("excluded by Rwanda's reservation")
    assert "prior agreement of Rwanda" in why.reason


#: The words of a reservation to a disputes clause that keeps recourse to the International Court
#: of Justice open only with the reserving state's (or every party's) consent.
_CONSENT_ONLY = re.compile(
    r"only with the (?:prior agreement|consent)|except with(?:in)? (?:its|the) explicit consent"
    r"|express consent of all the parties",
    re.IGNORECASE,
)


def test_consent_only_reservations_to_one_disputes_clause_are_classified_alike() -> None:
    """A reservation that allows reference to the ICJ only with the reserving state's consent
    removes the duty to refer at the request of one party (1967 Protocol art. IV, reservable
    under art. VII(1); CAT art. 30(1), under art. 30(2)): every such reservation in the data to
    the same article is classified alike, as excluding it (none ``qualifies``). The 1967
    Protocol's are Rwanda's, Tanzania's and Saint Vincent and the Grenadines' (UN Treaty
    Collection, chapter V-5); Rwanda's alone was marked as qualifying (review oblig F5)."""
    found: dict[tuple[str, str], dict[str, bool]] = {}
    for state in rl.states.all_states():
        for p in state.participations:
            for r in p.reservations:
                if r.kind == "reservation" and _CONSENT_ONLY.search(r.text or ""):
                    for pin in r.provisions:
                        found.setdefault((p.instrument, pin), {})[state.code] = r.qualifies
    assert set(found[(P, "IV")]) == {"RWA", "TZA", "VCT"}
    assert set(found[("cat-1984", "30(1)")]) == {"IDN"}
    for (instrument, pin), by_state in found.items():
        assert set(by_state.values()) == {False}, (instrument, pin, by_state)


@pytest.mark.parametrize(("state", "on"), [("BWA", "2014-01-01"), ("PNG", "2013-08-19")])
def test_botswana_and_papua_new_guinea_are_not_bound_by_convention_articles_31_and_32(
    state: str, on: str
) -> None:
    """Convention art. 42(1) permits reservations to arts 31 and 32 (not to art. 33): Botswana
    and Papua New Guinea made them; art. 33(1) still binds them (Papua New Guinea's, for every
    person until its partial withdrawal of 20 August 2013: see the test after this one)."""
    cites = {str(o.citation) for o in rl.obligations_of(state, on=on)}
    assert "Refugee Convention art. 31(1)" not in cites
    assert "Refugee Convention art. 32(1)" not in cites
    assert "Refugee Convention art. 33(1)" in cites
    why = rl.explain_obligations(state, on=on).find("Refugee Convention art. 32(1)")
    assert why is not None
    assert "reservation" in why.reason


def test_qualifying_reservations_keep_the_obligation_and_say_how_it_is_limited() -> None:
    """CAT art. 3(1) with the US understanding ('more likely than not'), and with its
    understandings II(1)(a)-(e) on art. 1, whose torture art. 3's is (custody; 'acquiescence'
    requiring awareness: data review s36 F2); ICCPR art. 7 with the US reservation tying it to
    the Fifth, Eighth and Fourteenth Amendments."""
    us = {str(o.citation): o for o in rl.obligations_of("USA", on="2014-01-01")}
    cat_3 = us["CAT art. 3(1)"]
    assert cat_3.bound is rl.Verdict.MET
    assert any("more likely than not" in n for n in cat_3.notes)
    on_art_1 = [n for n in cat_3.notes if 'understanding to CAT 1 (art. 3\'s "torture"' in n]
    assert len(on_art_1) == 1
    assert "custody or physical control" in on_art_1[0]
    assert "awareness" in on_art_1[0]
    assert any("Eighth" in n for n in us["ICCPR art. 7"].notes)


def test_reservations_that_remove_a_duty_for_a_time_or_in_full_exclude_it() -> None:
    """VCLT arts 2(1)(d), 21(1)(a); Refugee Convention art. 42(1) (data review s36 F1).
    Moldova's reservation no. 10 applies art. 31 only from the entry into force of its Law on
    Refugee Status (No. 1286-XV, adopted 25 July 2002; in force 1 January 2003 on a secondary
    source): art. 31(1) is excluded from Moldova's accession (31 January 2002, bound through the
    1967 Protocol art. I(1) and VII(2)) to 31 December 2002, and binds from 1 January 2003.
    Uganda's "unfettered right to expel any refugee", "without recourse to legal process",
    excludes art. 32, as Mexico's reservation to art. 32 does (2000-2014)."""
    for day in ("2002-03-01", "2002-06-01", "2002-12-31"):
        f = rl.explain_obligations("MDA", on=day).find("Refugee Convention art. 31(1)")
        assert f is not None
        assert f.verdict is rl.Verdict.NOT_MET, day
        assert f.reason.startswith("excluded by Moldova's reservation")
    f = rl.explain_obligations("MDA", on="2003-01-01").find("Refugee Convention art. 31(1)")
    assert f is not None
    assert f.verdict is rl.Verdict.MET
    assert "since 2003-01-01" in f.reason
    assert "ceased to apply on 2003-01-01" in f.reason
    for day in ("1977-01-01", "2000-01-01", "2014-01-01"):
        f = rl.explain_obligations("UGA", on=day).find("Refugee Convention art. 32(1)")
        assert f is not None
        assert f.verdict is rl.Verdict.NOT_MET, day
        assert "unfettered right to expel" in f.reason
    mx = rl.explain_obligations("MEX", on="2005-01-01").find("Refugee Convention art. 32(1)")
    assert mx is not None
    assert mx.verdict is rl.Verdict.NOT_MET
    # Art. 33(1) is saved by the reservation's own words and by art. 42(1).
    ug = {str(o.citation): o for o in rl.obligations_of("UGA", on="2014-01-01")}
    assert ug["Refugee Convention art. 33(1)"].bound is rl.Verdict.MET


def _biting() -> list[tuple[str, str, str]]:
    """Every reservation in the data that excludes a duty the library lists."""
    from refugeelaw.sources.duties import catalogue

    duties = [(d.instrument, d.provision) for d in catalogue()]
    out = []
    for state in rl.states.all_states():
        for p in state.participations:
            for r in p.reservations:
                for inst, pin in duties:
                    if (inst == p.instrument or (p.instrument == P and inst == C)) and r.excludes(
                        pin
                    ):
                        out.append((state.code, p.instrument, str(rl.Citation(inst, pin))))
    return sorted(set(out))


@pytest.mark.parametrize(("state", "instrument", "cite"), _biting())
def test_every_reservation_that_bites_is_applied_by_obligations_of(
    state: str, instrument: str, cite: str
) -> None:
    """The data's reservations that exclude a listed duty: on a date the treaty binds the state,
    obligations_of leaves the duty out (unless it binds through another instrument the state did
    not reserve) and explain_obligations names the reservation."""
    p = rl.states.participation(state, instrument)
    assert p is not None
    assert p.in_force is not None
    on = p.in_force
    tree = rl.explain_obligations(state, on=on)
    reasons = [f.reason for f in tree.children if f.element == cite]
    assert reasons
    if instrument == P and rl.is_party(state, C, on=on):
        conv = rl.states.participation(state, C)
        assert conv is not None
        if not any(r.excludes(cite.split()[-1]) for r in conv.reservations):
            return  # binds through the Convention itself
    assert cite not in {str(o.citation) for o in rl.obligations_of(state, on=on)}
    assert any("reservation" in r for r in reasons)


def test_the_biting_reservations_include_the_measured_cases() -> None:
    found = {(s, c) for s, _, c in _biting()}
    for state in ("COG", "AGO", "BWA", "SLV", "GHA", "VCT", "TZA", "JAM", "VEN"):
        assert (state, "1967 Protocol art. IV") in found
    for state in ("BWA", "PNG"):
        assert (state, "Refugee Convention art. 31(1)") in found
        assert (state, "Refugee Convention art. 32(1)") in found


# ---------------------------------------------------------------------------------------------
# Dated Art 1B(1) choices
# ---------------------------------------------------------------------------------------------


def _outside_europe() -> rl.Claim:
    from refugeelaw import testing

    return testing.north_korean_escapee(events_before_1951=True, events_in_europe=False)


def test_monaco_kept_the_geographic_limitation_until_2022() -> None:
    """Art 1B(1)(a), kept under the Protocol by its art. I(3) (Monaco acceded in 2010), until
    the extension under Art 1B(2) registered on 17 Feb 2022 (Journal de Monaco)."""
    in_2015 = rl.assess_status(_outside_europe(), on="2015-01-01", state="MCO")
    in_2023 = rl.assess_status(_outside_europe(), on="2023-01-01", state="MCO")
    assert in_2015.outcome is rl.Status.NOT_REFUGEE
    assert in_2023.outcome is rl.Status.REFUGEE
    assert rl.states.art_1b_choice("MCO", "2022-02-16")[0] == "a"
    assert rl.states.art_1b_choice("MCO", "2022-02-17")[0] == "b"


def test_congo_s_choice_after_the_protocol_stays_unknown_not_no_limitation() -> None:
    """Protocol art. I(3): an existing Art 1B(1)(a) declaration survives; whether Congo's did
    after 1970 the sources do not settle, so events outside Europe leave Art 1A(2) open. (Congo
    is bound by the OAU Convention too, whose art. I(1) has no geographic limitation: the person
    is a refugee under it.)"""
    d = rl.assess_status(_outside_europe(), on="2004-06-30", state="COG")
    assert d.inclusion.verdict is rl.Verdict.UNKNOWN
    assert d.outcome is rl.Status.REFUGEE
    assert d.definition == "OAU Refugee Convention art. I(1)"
    assert rl.states.art_1b_choice("COG", "2004-06-30")[0] is None
    assert rl.states.art_1b_choice("COG", "1965-01-01")[0] == "a"


def test_turkey_keeps_alternative_a_under_the_protocol() -> None:
    d = rl.assess_status(_outside_europe(), on="2004-06-30", state="TUR")
    assert d.outcome is rl.Status.NOT_REFUGEE


def test_a_state_not_listed_as_choosing_a_is_read_as_b_from_a_secondary_source() -> None:
    """Japan is not among the states the sources list as having chosen alternative (a), and its
    record dates no choice, so (b) is presumed. (Saint Kitts and Nevis, used here before, now has
    a dated (b) from an Austrian official notice, BGBl. III Nr. 217/2005.)"""
    choice, basis = rl.states.art_1b_choice("JPN", "2004-06-30")
    assert choice == "b"
    assert "secondary" in basis


# ---------------------------------------------------------------------------------------------
# Successions
# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# The data as a product
# ---------------------------------------------------------------------------------------------


def _conforms(value: object, schema: dict[str, object]) -> bool:
    """A small JSON Schema check (type, enum, properties, required, items, additionalProperties)."""
    kinds = {"string": str, "boolean": bool, "object": dict, "array": list, "null": type(None)}
    if "enum" in schema and value not in schema["enum"]:  # type: ignore[operator]
        return False
    t = schema.get("type")
    if t is not None:
        names = t if isinstance(t, list) else [t]
        if not any(isinstance(value, kinds[n]) for n in names):  # type: ignore[index]
            return False
    if isinstance(value, dict):
        props: dict[str, dict[str, object]] = schema.get("properties", {})  # type: ignore[assignment]
        if any(k not in value for k in schema.get("required", [])):  # type: ignore[attr-defined]
            return False
        if schema.get("additionalProperties") is False and set(value) - set(props):
            return False
        return all(_conforms(v, props[k]) for k, v in value.items() if k in props)
    if isinstance(value, list) and "items" in schema:
        return all(_conforms(v, schema["items"]) for v in value)  # type: ignore[arg-type]
    return True


def test_the_json_export_conforms_to_its_schema_and_states_each_horizon() -> None:
    from refugeelaw import export

    doc = export.document()
    assert _conforms(doc, export.schema())
    horizons = {h["instrument"]: h["date"] for h in doc["horizons"]}
    assert horizons["refugee-convention-1951"] == "2015-03-12"
    assert horizons["un-charter-1945"] == "2026-01-08"
    assert len([r for r in doc["records"] if r["instrument"] == "un-charter-1945"]) == 197


def test_the_csv_export_has_one_row_per_record_and_the_documented_columns() -> None:
    import csv
    import io

    from refugeelaw import export

    text = export.to_csv(export.rows("refugee-convention-1951"))
    table = list(csv.DictReader(io.StringIO(text)))
    assert tuple(table[0]) == export.COLUMNS
    assert len(table) == len(rl.states.participants("refugee-convention-1951"))
    mco = next(r for r in table if r["state"] == "MCO")
    assert mco["art_1b"] == "b"
    assert "2022-02-17" in mco["art_1b_history"]


def test_the_command_line_exports_the_data() -> None:
    import io
    import json

    from refugeelaw.cli import main

    out = io.StringIO()
    assert main(["data", "--format", "json", "--instrument", "cat-1984"], out=out) == 0
    doc = json.loads(out.getvalue())
    assert {r["instrument"] for r in doc["records"]} == {"cat-1984"}
    gnb = next(r for r in doc["records"] if r["state"] == "GNB")
    assert gnb["deposited"] == "2013-09-24"
    out = io.StringIO()
    assert main(["data", "--schema"], out=out) == 0
    assert json.loads(out.getvalue())["title"] == "refugeelaw participation data"
    err = io.StringIO()
    assert main(["data", "--instrument", "no-such-treaty"], out=io.StringIO(), err=err) == 2
    assert "unknown instrument 'no-such-treaty'" in err.getvalue()
    for ignored in (["--format", "csv"], ["--instrument", "cat-1984"]):  # refused, not ignored
        err = io.StringIO()
        assert main(["data", "--schema", *ignored], out=io.StringIO(), err=err) == 2
        assert "--format csv and --instrument do not apply to it" in err.getvalue()


_TABLES = {
    "refugee-convention-1951": "5-2",
    "refugee-protocol-1967": "5-5",
    "cat-1984": "4-9",
    "iccpr-1966": "4-4",
    "vclt-1969": "23-1",
}


@pytest.mark.parametrize("instrument", sorted(_TABLES))
def test_every_participant_the_2015_table_lists_has_a_record_with_its_dates(
    instrument: str,
) -> None:
    """The horizon's source (UN Treaty Collection tables, March 2015): each row is a record, with
    the table's action and dates unless the record says why it keeps other sources' dates."""
    from pathlib import Path

    from refugeelaw import untc

    path = Path(__file__).parent / "data" / "untc" / "2015" / f"{_TABLES[instrument]}.csv"
    table = untc.parse_status_table(path.read_text("utf-8"), instrument=instrument)
    assert table.problems == ()
    assert len(table.participations) > 100
    for row in table.participations:
        p = rl.states.participation(row.state, instrument)
        assert p is not None, row.state
        same = (p.action, p.deposited, p.signature) == (row.action, row.deposited, row.signature)
        assert same or any("2015 table records" in n for n in p.notes), row.state


def test_a_conflict_with_an_obligation_of_unknown_participation_is_itself_uncertain() -> None:
    """VCLT art. 30 and the peremptory norm rule presuppose that both obligations bind: where the
    data cannot say whether ICCPR art. 7 binds China (after May 2022), the ruling says so."""
    obs = {str(o.citation): o for o in rl.obligations_of("CHN", on="2024-01-01")}
    ruling = rl.resolve_conflict(
        obs["ICCPR art. 7"],
        obs["1986 China–DPRK Border Protocol, return"],
        between=("CHN", "PRK"),
        on="2024-01-01",
    )
    assert ruling.finding.verdict is rl.Verdict.UNKNOWN
    assert "beyond the data" in ruling.finding.reason
    note = ruling.finding.find("ICCPR art. 7 binds CHN")
    assert note is not None
    assert note.verdict is rl.Verdict.UNKNOWN


@pytest.mark.parametrize(
    ("state", "instrument"),
    [("MCO", C), ("YUG", "un-charter-1945"), ("USA", "cat-1984"), ("CHN", "iccpr-1966")],
)
def test_the_new_record_fields_survive_json(state: str, instrument: str) -> None:
    """Art 1B history, withdrawals in doubt, qualifying reservations, dated sources, as_of."""
    p = rl.states.participation(state, instrument)
    assert p is not None
    assert rl.from_json(rl.Participation, rl.to_json(p)) == p


def test_an_obligation_of_unknown_participation_survives_json() -> None:
    o = next(o for o in rl.obligations_of("CHN", on="2024-01-01") if o.bound is rl.Verdict.UNKNOWN)
    assert rl.from_json(rl.StateObligation, rl.to_json(o)) == o


def test_the_obligations_summary_counts_the_unknown_apart() -> None:
    """China on 2024-01-01, past the ICCPR data's horizon: whether it has ratified the ICCPR is
    beyond the data, so arts 6(1) and 7 and the VCLT art. 18 duty its signature carries are
    counted apart, not as binding; so is the 1964 China–DPRK protocol's duty to hand back, whose
    survival of the 1986 protocol no source shows (VCLT arts 59(1), 30(3)): before, 10 bound and
    3 were beyond the data. So is 1967 Protocol art. IV, which China's reservation excluded as at
    the Protocol data's horizon, a later withdrawal not being recorded (VCLT art. 22(1)): it was
    a decided ✗, and 4 were beyond the data. Refugee Convention art. 38, which admits no
    reservation (art. 42(1)), binds as the Convention does: 10, where 9 were before it was held
    (review s38 sd38 F1)."""
    tree = rl.explain_obligations("CHN", on="2024-01-01")
    assert tree.reason.endswith("whether 5 more do is beyond the data")
    assert tree.reason.startswith("10 refugee-relevant obligations bind China")


def test_the_importer_reads_the_declarations_the_data_stores() -> None:
    """refugeelaw.untc.parse_declarations reads the scrape's texts: each Protocol record's stored
    text is the one the March 2015 scrape gives (32 states made one)."""
    from pathlib import Path

    from refugeelaw import untc

    path = Path(__file__).parent / "data" / "untc" / "2015" / "declarations-5-5.txt"
    texts, problems = untc.parse_declarations(path.read_text("utf-8"))
    assert problems == ()
    assert len(texts) == 32
    for code, read in texts.items():
        p = rl.states.participation(code, P)
        assert p is not None
        stored = [r.text for r in p.reservations if r.kind == "text"]
        assert stored == [read.text], code
    assert "exception of article IV" in (texts["COG"].text or "")


def test_the_importer_names_a_participant_it_cannot_resolve() -> None:
    from refugeelaw import untc

    texts, problems = untc.parse_declarations("#Atlantis\nNo.\n#Congo\nWith a reservation.\n")
    assert list(texts) == ["COG"]
    assert [str(p) for p in problems] == ["line 1: unknown participant 'Atlantis'"]


def test_a_succession_takes_effect_from_the_date_of_succession_where_a_source_says_so() -> None:
    """VCSST art. 23(1), and the depositary's record (Netherlands Tractatenblad 2015 nr. 14):
    Algeria's succession to the Refugee Convention, notified on 21 Feb 1963, is in force from its
    independence on 3 July 1962, so from the notification it binds Algeria since that day. Before
    the notification (1 Dec 1962) art. 23(2) suspends the treaty's operation, a reading contested
    against the depositary's practice: unknown (was: bound), the reason naming both."""
    status = rl.party_status("DZA", "refugee-convention-1951", on="1963-03-01")
    assert status.verdict is rl.Verdict.MET
    assert "since 1962-07-03" in status.reason
    assert "Tractatenblad" in status.reason
    obs = {str(o.citation): o for o in rl.obligations_of("DZA", on="1963-03-01")}
    assert obs["Refugee Convention art. 33(1)"].bound is rl.Verdict.MET
    before = rl.party_status("DZA", "refugee-convention-1951", on="1962-12-01")
    assert before.verdict is rl.Verdict.UNKNOWN
    assert "art. 23(2)" in before.reason
    assert "Tractatenblad" in before.reason
    with pytest.raises(rl.BeyondData):
        rl.is_party("DZA", "refugee-convention-1951", on="1962-12-01")
    obs = {str(o.citation): o for o in rl.obligations_of("DZA", on="1962-12-01")}
    assert obs["Refugee Convention art. 33(1)"].bound is rl.Verdict.UNKNOWN


def test_bosnia_and_herzegovina_succeeded_to_the_iccpr_from_6_march_1992() -> None:
    """ICCPR: Bosnia and Herzegovina notified its succession on 1 Sep 1993; the UN status page (as
    at 23 Apr 2014) marks it with the Covenant's note 1, which refers to its note in the UN
    Treaty Collection's Historical Information (read in a mirror): notifications of succession
    "with effect from 6 March 1992". Bound from that day, not from the notification; not before
    it (the data gives no earlier date); the record says its source is a copy (secondary). The day
    before, "BIH" names no State (its ``statehood`` record: the day it assumed responsibility for
    its international relations) and is refused, naming Yugoslavia (was: NOT_MET)."""
    with pytest.raises(
        rl.InvalidInput, match=r"^state: BIH .* is part of Yugoslavia on 1992-03-05"
    ):
        rl.party_status("BIH", "iccpr-1966", on="1992-03-05")
    for day in ("1992-03-06", "1993-01-01", "1993-08-31"):
        found = rl.party_status("BIH", "iccpr-1966", on=day)
        assert found.verdict is rl.Verdict.MET, day
        assert "since 1992-03-06" in found.reason
    p = rl.states.participation("BIH", "iccpr-1966")
    assert p is not None
    assert p.deposited == dt.date(1993, 9, 1)
    assert p.in_force == dt.date(1992, 3, 6)
    assert p.status == "secondary"
    assert any("with effect from 6 March 1992" in n for n in p.notes)


def test_bosnia_and_herzegovina_succeeded_to_cat_from_6_march_1992() -> None:
    """CAT: Bosnia and Herzegovina notified its succession on 1 Sep 1993; a copy of the UN status
    page marks it with the Convention's note 4, and the UN Treaty Collection's Historical
    Information note 1 under "Bosnia and Herzegovina" (read in a mirror) gives its notifications
    of succession "with effect from 6 March 1992", as for the ICCPR. The SFRY was bound by CAT
    from 10 Oct 1991 (art. 27(2)), before that day. On 1 Jan 1993 CAT was UNKNOWN (VCSST art.
    23(1)) and is MET; the record says its source is a copy (secondary). Before 6 March 1992 the
    code names no State, and the SFRY's own participation is asked: MET, the SFRY bound to its
    last day for its entire territory (VCLT arts 26 and 29; was: UNKNOWN, in doubt from 25 June
    1991, review s33 F3)."""
    with pytest.raises(rl.InvalidInput, match=r"^state: BIH .* is part of Yugoslavia"):
        rl.party_status("BIH", "cat-1984", on="1992-03-05")
    assert rl.party_status("YUG", "cat-1984", on="1992-03-05").verdict is rl.Verdict.MET
    for day in ("1992-03-06", "1993-01-01", "1993-08-31"):
        found = rl.party_status("BIH", "cat-1984", on=day)
        assert found.verdict is rl.Verdict.MET, day
        assert "since 1992-03-06" in found.reason
    p = rl.states.participation("BIH", "cat-1984")
    assert p is not None
    assert (p.deposited, p.in_force, p.status) == (
        dt.date(1993, 9, 1),
        dt.date(1992, 3, 6),
        "secondary",
    )
    assert any("with effect from 6 March 1992" in n for n in p.notes)
    assert {s.url for s in p.source} >= {
        "https://mdsite.deno.dev/https://treaties.un.org/Pages/HistoricalInfo.aspx"
    }
    yug = rl.states.participation("YUG", "cat-1984")
    assert yug is not None
    assert yug.in_force == dt.date(1991, 10, 10)


def test_a_return_by_bosnia_and_herzegovina_in_1993_weighs_cat_art_3() -> None:
    """CAT art. 3(1): returning an Iranian whom Iran's officials would torture, from Bosnia and
    Herzegovina on 1 Jan 1993, before its notification of succession (1 Sep 1993) but after the
    date it took effect (6 March 1992): the bar's "the state is bound" was UNKNOWN, leaving the
    CAT bar open (the return was prohibited by the ICCPR art. 7 and custom alone); now CAT art.
    3(1) applies and is among the breaches."""
    person = rl.Person("X", nationalities={"IRN"}, location="BIH")
    harm = rl.Harm("torture in interrogation", "IRN", severity="serious", likelihood=0.9,
                   actor="state", torture=True)  # fmt: skip
    claim = rl.Claim(person, fears=[harm], protection={"IRN": "unavailable"},
                     internal_relocation=False)  # fmt: skip
    r = rl.assess_return(claim, by="BIH", to="IRN", on="1993-01-01")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    bar = r.finding.find("CAT art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.MET
    bound = bar.find("the state is bound")
    assert bound is not None
    assert bound.verdict is rl.Verdict.MET
    assert "since 1992-03-06" in bound.reason
    assert "CAT art. 3(1)" in str(r)


def test_bosnia_and_herzegovina_s_vclt_succession_is_not_read_back() -> None:
    """VCLT: the Historical Information note (6 March 1992) reaches only a treaty the SFRY was
    bound by, and the data holds no record of the SFRY's own VCLT participation, so Bosnia and
    Herzegovina's succession (notified 1 Sep 1993) stays UNKNOWN before the notification; the
    reason cites the rule for a separation of States (VCSST Part IV), not art. 23(1), which governs
    newly independent States (Part III); its record says why."""
    assert rl.states.participation("YUG", "vclt-1969") is None
    status = rl.party_status("BIH", "vclt-1969", on="1993-01-01")
    assert status.verdict is rl.Verdict.UNKNOWN
    assert "Part IV" in status.reason
    assert "art. 23(1)" not in status.reason
    p = rl.states.participation("BIH", "vclt-1969")
    assert p is not None
    assert p.in_force == dt.date(1993, 9, 1)
    assert any("Not read back to 6 March 1992" in n for n in p.notes)


def test_a_succession_whose_effective_date_is_unsourced_stays_unknown_before_notification() -> None:
    """Tunisia's succession (notified 1957) has no sourced effective date: before the notification
    the data cannot say whether Tunisia was bound."""
    p = rl.states.get("TUN").participation("refugee-convention-1951")
    assert p is not None
    assert p.deposited is not None
    day = p.deposited - dt.timedelta(days=1)
    assert rl.party_status("TUN", "refugee-convention-1951", on=day).verdict is rl.Verdict.UNKNOWN


def test_former_states_were_parties_until_they_ended() -> None:
    """Former states (ISO 3166-3 codes): Czechoslovakia acceded to the Refugee Convention on 26 Nov
    1991 (in force after 90 days, art. 43(2)) and ceased to exist at the end of 1992; the GDR
    ratified the ICCPR in 1973; the SFRY was bound by the ICCPR to its last day, 26 April 1992
    (VCLT arts 26 and 29; was: unknown from 25 June 1991, when its successors' notifications begin
    to take effect, review s33 F3)."""
    assert rl.party_status("CSK", C, on="1992-06-01").verdict is rl.Verdict.MET
    assert rl.party_status("CSK", C, on="1993-06-01").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("DDR", "iccpr-1966", on="1980-01-01").verdict is rl.Verdict.MET
    assert rl.party_status("DDR", "iccpr-1966", on="1991-01-01").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("YUG", "iccpr-1966", on="1980-01-01").verdict is rl.Verdict.MET
    assert rl.party_status("YUG", "iccpr-1966", on="1992-01-01").verdict is rl.Verdict.MET
    assert rl.party_status("YUG", "iccpr-1966", on="1992-04-27").verdict is rl.Verdict.NOT_MET
    # No source read dates the SFRY's ratification of the Refugee Convention: unknown, not False.
    assert rl.party_status("YUG", C, on="1980-01-01").verdict is rl.Verdict.UNKNOWN


def test_participants_are_the_states_with_a_record_for_the_instrument_in_code_order() -> None:
    """``states.participants`` reads an index made when the data is loaded: for every instrument
    (and for a key with no records) it names exactly the states with a participation record for
    it, sorted, as a scan of every state's records does."""
    from refugeelaw.instruments import all_instruments

    records = {s.code: s.participations for s in rl.states.all_states()}
    for key in [i.key for i in all_instruments()] + ["no-such-instrument"]:
        scanned = tuple(
            code for code in sorted(records) if any(p.instrument == key for p in records[code])
        )
        assert rl.states.participants(key) == scanned
    assert "CHN" in rl.states.participants("cat-1984")


def test_a_deposit_whose_entry_into_force_falls_beyond_the_calendar_is_invalid_input() -> None:
    """CAT art. 27(2) puts entry into force on the thirtieth day after deposit: a record of the
    user's deposited on 9999-12-30 would enter into force after the last date Python has. Bad
    input, named by its place among the records, never an OverflowError."""
    late = rl.Participation(
        state="DEU",
        instrument="cat-1984",
        action="ratification",
        deposited="9999-12-30",
        status="unverified",
    )
    with pytest.raises(rl.InvalidInput) as info:
        rl.party_status("DEU", "cat-1984", on="9999-12-31", extra=[late])
    assert [p.path for p in info.value.problems] == ["extra[0].deposited"]
    with pytest.raises(rl.InvalidInput):
        rl.is_party("DEU", "cat-1984", on="9999-12-31", extra=[late])


def test_echr_protocol_6_records_the_united_kingdom_and_others_from_their_sources() -> None:
    """ECHR Protocol No. 6 art. 8(2): in force for a later party on the first day of the month
    after its deposit. The United Kingdom deposited on 20 May 1999 (The Economist, 27 May 1999),
    so it is bound from 1 June 1999 and not before; Türkiye from 1 December 2003 (deposit 12
    November 2003). A UK return after that no longer asks for the UK's participation."""
    p6 = "echr-protocol-6-1983"
    assert rl.party_status("GBR", p6, on="1999-05-31").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("GBR", p6, on="1999-06-01").verdict is rl.Verdict.MET
    assert rl.party_status("TUR", p6, on="2003-11-30").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("TUR", p6, on="2003-12-01").verdict is rl.Verdict.MET
    claim = rl.Claim(rl.Person("p", {"IRN"}, location="GBR"))
    asked = rl.assess_return(claim, by="GBR", to="IRN", on="2010-01-01").missing_facts()
    assert f"states['GBR'].{p6}" not in asked
    # Norway is still unrecorded: unknown, never "not bound" (Sweden, unrecorded until 6 December
    # 2026, is bound from 1 January 1986 at the latest: BGBl. Nr. 138/1985).
    assert rl.party_status("NOR", p6, on="2010-01-01").verdict is rl.Verdict.UNKNOWN
    assert rl.party_status("SWE", p6, on="2010-01-01").verdict is rl.Verdict.MET


@pytest.mark.parametrize(("state", "name"), [("SWE", "Sweden"), ("LUX", "Luxembourg")])
def test_sweden_and_luxembourg_are_bound_by_echr_protocol_6_by_1_january_1986_bgbl_138_1985(
    state: str, name: str
) -> None:
    """ECHR Protocol No. 6 art. 8: in force generally on 1 March 1985 (art. 8(1), five consents),
    and for a later party on the first day of the month after its deposit (art. 8(2)). The
    Austrian Federal Law Gazette BGBl. Nr. 138/1985 (official, RIS) lists Denmark, Luxembourg,
    Sweden and Spain as having ratified, per the Secretary General's notifications, without the
    day: so each had deposited by 31 December 1985 and is bound from 1 January 1986 at the
    latest; from 1 March 1985 until then it is unknown, and before 1 March 1985 no one was bound.
    *Tapia Paez v Sweden* (CAT, 28 April 1997) no longer asks for Sweden's participation."""
    p6 = "echr-protocol-6-1983"
    assert rl.party_status(state, p6, on="1985-02-28").verdict is rl.Verdict.NOT_MET
    doubt = rl.party_status(state, p6, on="1985-03-01")
    assert doubt.verdict is rl.Verdict.UNKNOWN
    assert f"only the year 1985 for {name}'s deposit" in doubt.reason
    assert doubt.missing == (f"states['{state}'].{p6}",)
    assert rl.party_status(state, p6, on="1985-12-31").verdict is rl.Verdict.UNKNOWN
    bound = rl.party_status(state, p6, on="1997-04-28")
    assert bound.verdict is rl.Verdict.MET
    assert "since 1986-01-01 at the latest" in bound.reason
    assert "Austrian Federal Law Gazette BGBl. Nr. 138/1985" in bound.reason
    record = rl.states.participation(state, p6)
    assert record is not None
    assert record.deposited is None
    assert record.status == "secondary"
    # Austria's record names the same notice, which gives its own dates: 5 January 1984, in
    # force 1 March 1985.
    austria = rl.states.participation("AUT", p6)
    assert austria is not None
    assert austria.in_force == dt.date(1985, 3, 1)
    assert any("BGBl. Nr. 138/1985" in x.title for x in austria.source)
    harm = rl.Harm(
        "execution on return",
        "PER",
        severity="threat_to_life_or_freedom",
        likelihood=0.6,
        actor="state",
        reasons={"political_opinion"},
        death_penalty=True,
    )
    claim = rl.Claim(rl.Person("p", {"PER"}, location=state), fears=[harm])
    result = rl.assess_return(claim, by=state, to="PER", on="1997-04-28")
    assert f"states['{state}'].{p6}" not in result.missing_facts()
    assert "ECHR Protocol No. 6 art. 1" in [str(b.citation) for b in result.breaches]
    early = rl.assess_return(claim, by=state, to="PER", on="1985-06-01")
    assert f"states['{state}'].{p6}" in early.missing_facts()


def test_a_withdrawn_reservation_excludes_nothing_from_the_day_its_withdrawal_took_effect() -> None:
    """VCLT art. 22(3)(a): a withdrawal of a reservation takes effect when the other parties
    receive its notice. The Republic of Korea's reservations to ICCPR arts 23(4), 14(7) and 14(5)
    (withdrawn with effect from 15 March 1991, 21 January 1993 and 2 April 2007, per the record's
    source) excluded those provisions until then, and nothing after; its art. 22 reservation,
    never withdrawn, still does. Applied to a duty: China's reservation to 1967 Protocol art. IV,
    were it withdrawn, would remove that obligation only until the withdrawal."""
    import attrs

    from refugeelaw.law.obligations import _treaty_duty
    from refugeelaw.sources.duties import catalogue

    korea = rl.states.get("KOR").participation("iccpr-1966")
    assert korea is not None
    made = {r.provisions[0]: r for r in korea.reservations if r.kind == "reservation"}
    assert made["14(5)"].excludes("14(5)", dt.date(2007, 4, 1))
    assert not made["14(5)"].excludes("14(5)", dt.date(2007, 4, 2))
    assert made["14(7)"].excludes("14(7)(a)", dt.date(1993, 1, 20))
    assert not made["14(7)"].excludes("14(7)", dt.date(1993, 1, 21))
    assert not made["23(4)"].concerns("23(4)", dt.date(1991, 3, 15))
    assert made["22"].excludes("22", dt.date(2020, 1, 1))
    china = rl.states.get("CHN").participation("refugee-protocol-1967")
    assert china is not None
    withdrawn = attrs.evolve(
        china,
        reservations=[
            attrs.evolve(r, withdrawn=dt.date(2010, 1, 1)) if r.excludes("IV") else r
            for r in china.reservations
        ],
    )
    (duty,) = [
        d for d in catalogue() if (d.instrument, d.provision) == ("refugee-protocol-1967", "IV")
    ]
    before = _treaty_duty("CHN", duty, withdrawn, dt.date(2004, 6, 30), rl.Doctrine())
    after = _treaty_duty("CHN", duty, withdrawn, dt.date(2010, 1, 1), rl.Doctrine())
    assert (before.finding.verdict, before.obligation) == (rl.Verdict.NOT_MET, None)
    assert after.finding.verdict is rl.Verdict.MET
    assert after.obligation is not None


def test_the_ussr_is_bound_by_what_it_did_as_the_russian_federation_records_it() -> None:
    """The UN Treaty Collection lists the USSR's treaty actions under the Russian Federation,
    which continues its participation (its letter of 24 December 1991, the USSR's UN record): the
    USSR was bound by the ICCPR (ratified 16 October 1973, in force 23 March 1976, art. 49(1))
    and CAT (ratified 3 March 1987, in force 26 June 1987, art. 27(1)) until that day; the
    Russian Federation acceded to the Refugee Convention only in 1993, so the USSR was never a
    party to it. (It had been "unknown": no record for a former state.)"""
    iccpr = rl.party_status("SUN", "iccpr-1966", on="1990-01-01")
    assert iccpr.verdict is rl.Verdict.MET
    assert "1976-03-23" in iccpr.reason
    assert rl.party_status("SUN", "cat-1984", on="1987-06-25").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("SUN", "cat-1984", on="1987-06-26").verdict is rl.Verdict.MET
    after = rl.party_status("SUN", "cat-1984", on="1992-06-01")
    assert after.verdict is rl.Verdict.NOT_MET
    assert "continued by the Russian Federation" in after.reason
    refugees = rl.party_status("SUN", "refugee-convention-1951", on="1990-01-01")
    assert refugees.verdict is rl.Verdict.NOT_MET
    assert "not a party as at 1991-12-24" in refugees.reason
    # Russia's own answers are unchanged.
    assert rl.party_status("RUS", "cat-1984", on="1992-06-01").verdict is rl.Verdict.MET


def test_the_ussrs_records_are_the_states_own_wherever_they_are_read() -> None:
    """The USSR's records, read from the Russian Federation's, are part of the USSR's state
    record, so every way of reading the data finds them: ``State.participation``, the states
    listed for an instrument, and the exported table. That it was never a party to the Refugee
    Convention is an inference from the Russian Federation's accession of 1993, marked
    ``secondary``, not a record a source states."""
    ussr = rl.states.get("SUN")
    iccpr = ussr.participation("iccpr-1966")
    assert iccpr is not None
    assert iccpr.withdrawal is not None
    assert iccpr.withdrawal.effective == dt.date(1991, 12, 24)
    assert "SUN" in rl.states.participants("iccpr-1966")
    never = ussr.participation("refugee-convention-1951")
    assert never is not None
    assert never.action is rl.states.Action.NONE
    assert never.status == "secondary"
    rows = [r for r in export.rows("iccpr-1966") if r["state"] == "SUN"]
    assert len(rows) == 1


def test_after_its_participation_passed_to_the_russian_federation_the_ussr_is_a_party_to_none() -> (
    None
):
    """The USSR's participation in treaties, whatever it was, was continued by the Russian
    Federation from 24 December 1991 (its letter of that day; the USSR's UN record): after that
    day the USSR is a party to nothing, where the data's list is incomplete (the ECHR) or holds
    no record for it (the American Convention) as much as where it records that it never joined
    (it had been "unknown", as if a later ratification might not be recorded)."""
    for instrument in ("echr-1950", "achr-1969", "refugee-convention-1951"):
        later = rl.party_status("SUN", instrument, on="1995-01-01")
        assert later.verdict is rl.Verdict.NOT_MET, instrument
        assert "continued it from 1991-12-24" in later.reason
    assert rl.party_status("SUN", "echr-1950", on="1990-01-01").verdict is rl.Verdict.NOT_MET
    # Before then, ACHR art. 74(1): only members of the OAS, which the USSR never was.
    before = rl.party_status("SUN", "achr-1969", on="1990-01-01")
    assert before.verdict is rl.Verdict.NOT_MET
    assert "never a member" in before.reason


def test_koreas_reservation_to_refugee_convention_art_7_ends_on_its_withdrawal() -> None:
    """Refugee Convention art. 7 (exemption from reciprocity): the Republic of Korea's reservation
    on accession (3 December 1992) was withdrawn by Korean treaty No. 1970 of 8 September 2009
    (secondary sources; the UN's declarations text of March 2015 shows none for Korea). It
    excludes art. 7 until then and nothing after. Its Art 1B(1) choice is (b), from the start."""
    korea = rl.states.get("KOR").participation(C)
    assert korea is not None
    (art7,) = [r for r in korea.reservations if r.kind == "reservation"]
    assert art7.withdrawn == dt.date(2009, 9, 8)
    assert art7.status == "secondary"
    assert art7.excludes("7", dt.date(2009, 9, 7))
    assert not art7.excludes("7", dt.date(2009, 9, 8))
    assert rl.states.art_1b_choice("KOR", "2000-01-01")[0] == "b"


def test_cat_us_art_16_reservation_and_viet_nams_art_8_declaration_are_the_uns_text() -> None:
    """CAT art. 16 (the US reservation: bound only insofar as the Fifth, Eighth and/or Fourteenth
    Amendments prohibit the treatment), arts 1-16 (the US declaration that they are not
    self-executing) and art. 8 (Viet Nam does not take CAT as the direct legal basis for
    extradition): each is now the text of the UN's declarations page as scraped in March 2015
    (zmjones/untreaties declarations/4-9.txt at 003ce13), verified; the art. 16 reservation
    limits article 16 and does not exclude it."""
    usa = rl.states.get("USA").participation("cat-1984")
    vnm = rl.states.get("VNM").participation("cat-1984")
    assert usa is not None
    assert vnm is not None
    (art16,) = [r for r in usa.reservations if r.kind == "reservation" and r.provisions == ("16",)]
    (self_exec,) = [r for r in usa.reservations if r.provisions == ("1-16",)]
    (art8,) = [r for r in vnm.reservations if r.provisions == ("8",)]
    for r in (art16, self_exec, art8):
        assert r.status == "verified"
        assert [s.path for s in r.sources] == ["declarations/4-9.txt"]
        assert r.text
    assert "Fifth, Eighth, and/or Fourteenth Amendments" in (art16.text or "")
    assert art16.qualifies
    assert art16.concerns("16")
    assert not art16.excludes("16")
    assert "direct legal basis for extradition" in (art8.text or "")


def test_the_ussrs_cat_art_20_and_30_1_reservations_say_they_were_withdrawn_on_no_known_day() -> (
    None
):
    """CAT arts 20 and 30(1), the Russian Federation's record (the USSR's reservations): both
    were withdrawn (art. 30(1) by the decree of 10 February 1989, notified by March 1989; art. 20
    before the Committee's conclusions of November 1996), but no source seen gives the day the
    withdrawal took effect, so ``withdrawn`` stays empty rather than guessed; each is held as a
    withdrawal on a day not known (``in_doubt_from`` to ``withdrawn_by``; review s38 da38 F2: it
    was one reservation, standing on every date), and names its sources."""
    russia = rl.states.get("RUS").participation("cat-1984")
    assert russia is not None
    art30, art20 = [r for r in russia.reservations if r.kind == "reservation"]
    assert (art30.provisions, art20.provisions) == (("30(1)",), ("20",))
    for r in (art30, art20):
        assert r.withdrawn is None
        assert r.status == "secondary"
        assert "withdrawn" in r.summary
    assert (art30.in_doubt_from, art30.withdrawn_by) == (dt.date(1989, 2, 10), dt.date(1989, 3, 8))
    assert "10 February 1989" in art30.summary
    assert "Presidium" in " ".join(s.title for s in art30.sources)
    assert "withdrawal of the reservation to article 20" in " ".join(s.title for s in art20.sources)
    assert art20.withdrawn_by == dt.date(1996, 11, 30)


def test_the_gdrs_accession_to_the_refugee_convention_never_entered_into_force_art_43_2() -> None:
    """Refugee Convention art. 43(2): for a state acceding after the Convention's entry into
    force, it enters into force on the ninetieth day after the deposit. The GDR deposited on 4
    September 1990 (Tractatenblad 1995 nr. 136), so 3 December 1990; it ceased to exist on 3
    October 1990, before then. The Convention never bound it: NOT_MET on every date, and the
    reason says it never entered into force, not that it will or that a participation ended."""
    for day in ("1990-09-30", "1990-10-03", "1990-11-01", "1990-12-03", "1991-01-01"):
        found = rl.party_status("DDR", C, on=day)
        assert found.verdict is rl.Verdict.NOT_MET, day
        assert "never entered into force for German Democratic Republic" in found.reason
        assert "due to do so on 1990-12-03 (art. 43(2))" in found.reason
        assert "ended first, on 1990-10-03" in found.reason
        assert "ceased to exist" in found.reason
        assert "only on 1990-12-03" not in found.reason
        assert [str(c) for c in found.citations] == ["Refugee Convention art. 43(2)"]
        assert rl.is_party("DDR", C, on=day) is False
    record = rl.states.participation("DDR", C)
    assert record is not None
    assert record.never_in_force() is record.withdrawal
    assert not any("lasted" in n for n in record.notes)
    assert any("never entered into force for the GDR" in n for n in record.notes)
    # A record that entered into force before it ended is not such a record.
    czechoslovakia = rl.states.participation("CSK", C)
    assert czechoslovakia is not None
    assert czechoslovakia.never_in_force() is None


def test_any_participation_that_ends_before_entry_into_force_never_bound_cat_art_27_2() -> None:
    """The rule is general, not the GDR's: CAT art. 27(2) (the thirtieth day after deposit) for an
    accession deposited on 20 September 1990 by a state that ceased to exist on 3 October, before
    its 20 October entry into force."""
    ended = rl.Participation(
        state="DDR",
        instrument="cat-1984",
        action="accession",
        deposited="1990-09-20",
        withdrawal=rl.states.Withdrawal(
            effective="1990-10-03", summary="the state ceased to exist"
        ),
    )
    assert ended.never_in_force() is None  # no entry into force given: not known to end before it
    computed = rl.states.participation("DDR", "cat-1984", extra=[ended])
    assert computed is not None
    assert computed.in_force == dt.date(1990, 10, 20)
    assert computed.never_in_force() is computed.withdrawal
    for day in ("1990-09-25", "1990-10-25"):
        found = rl.party_status("DDR", "cat-1984", on=day, extra=[ended])
        assert found.verdict is rl.Verdict.NOT_MET
        assert "never entered into force" in found.reason
        assert "1990-10-20 (art. 27(2))" in found.reason
    # Ended after its entry into force: it bound the state until then, as before (a State in
    # being: North Korea, which has no CAT record of its own).
    later = attrs.evolve(
        ended, state="PRK", withdrawal=rl.states.Withdrawal(effective="1990-11-01")
    )
    computed = rl.states.participation("PRK", "cat-1984", extra=[later])
    assert computed is not None
    assert computed.never_in_force() is None
    assert rl.party_status("PRK", "cat-1984", on="1990-10-25", extra=[later]).verdict is (
        rl.Verdict.MET
    )
    # The GDR itself had ceased to exist on 3 October 1990 (statehood record): a record saying it
    # was bound later does not make it so (review of the treaty data, F2).
    gdr = attrs.evolve(later, state="DDR")
    found = rl.party_status("DDR", "cat-1984", on="1990-10-25", extra=[gdr])
    assert found.verdict is rl.Verdict.NOT_MET
    assert "had ceased to exist by 1990-10-03" in found.reason


def test_democratic_yemens_iccpr_accession_is_south_yemens_and_binds_the_republic_from_union() -> (
    None
):
    """ICCPR, the accession of 9 Feb 1987 that the UN Treaty Collection lists under "Yemen": the
    Human Rights Committee's concluding observations on Yemen (A/50/40 para 247, 1995) say the
    Covenant "was previously acceded to by the Democratic Republic of Yemen in 1987", and the
    accession's declaration (ICESCR texts, chapter IV.3, to which the ICCPR texts refer) is the
    People's Democratic Republic of Yemen's. So South Yemen (YMD) was bound from 9 May 1987, three
    months after the deposit (ICCPR art. 49(2)), until the union of 22 May 1990; North Yemen (YEM
    before that day) was not a party; the Republic of Yemen (YEM) is bound from 22 May 1990."""
    iccpr = "iccpr-1966"
    verdicts = {
        (code, on): rl.party_status(code, iccpr, on=on).verdict
        for code in ("YEM", "YMD")
        for on in ("1987-05-08", "1987-05-09", "1988-06-01", "1990-05-21", "1990-05-22")
    }
    assert verdicts[("YMD", "1987-05-08")] is rl.Verdict.NOT_MET  # art. 49(2): three months
    assert verdicts[("YMD", "1987-05-09")] is rl.Verdict.MET
    assert verdicts[("YMD", "1988-06-01")] is rl.Verdict.MET
    assert verdicts[("YMD", "1990-05-21")] is rl.Verdict.MET
    assert verdicts[("YMD", "1990-05-22")] is rl.Verdict.NOT_MET  # it ended with the union
    for on in ("1987-05-09", "1988-06-01", "1990-05-21"):
        assert verdicts[("YEM", on)] is rl.Verdict.NOT_MET, on  # North Yemen was not a party
    assert verdicts[("YEM", "1990-05-22")] is rl.Verdict.MET  # the Republic of Yemen
    assert rl.party_status("YEM", iccpr, on="2000-01-01").verdict is rl.Verdict.MET

    south = rl.states.participation("YMD", iccpr)
    republic = rl.states.participation("YEM", iccpr)
    assert south is not None
    assert republic is not None
    assert south.deposited == dt.date(1987, 2, 9)
    assert south.in_force == dt.date(1987, 5, 9)
    # The Republic succeeded on the day of the union; North Yemen deposited nothing, so no consent
    # to be bound, and no VCLT art. 18 duty pending entry into force, is ascribed to it.
    assert republic.action is rl.states.Action.SUCCESSION
    assert republic.deposited is None
    before = rl.obligations_of("YEM", on="1988-06-01")
    assert not [o for o in before if "ICCPR" in str(o)], before
    assert south.withdrawal is not None
    assert south.withdrawal.effective == dt.date(1990, 5, 22)
    assert republic.in_force == dt.date(1990, 5, 22)
    for p in (south, republic):
        titles = " ".join(s.title for s in p.source)
        assert "A/50/40" in titles
        assert "para 247" in titles
        assert "People's Democratic Republic of Yemen" in titles
        assert p.status == "secondary"
        assert p.notes
    assert any(s.url == "http://hrlibrary.umn.edu/hrcommittee/yemen1995.html" for s in south.source)


def test_yemens_other_pre_union_actions_are_north_yemens_and_south_yemen_stays_unknown() -> None:
    """The Refugee Convention and Protocol accessions of 18 Jan 1980 were the Yemen Arab
    Republic's (Netherlands Tractatenblad 1995 nr. 136: "Jemen (Noord-) 18 januari 1980"; Forced
    Migration Review, for both), and Yemen's UN admission of 1947 was North Yemen's: they stay
    under YEM (North Yemen before 22 May 1990, the Republic of Yemen since). Convention art. 43(2):
    in force on the ninetieth day (17 Apr 1980); Protocol art. VIII(2): on deposit. Democratic
    Yemen has no record for them, nor for CAT (acceded to by the Republic in 1991) or the UN
    Charter (its date of admission is not in any source read): unknown, not a confident answer."""
    assert rl.party_status("YEM", C, on="1980-04-16").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("YEM", C, on="1980-04-17").verdict is rl.Verdict.MET
    assert rl.party_status("YEM", P, on="1980-01-18").verdict is rl.Verdict.MET
    assert rl.party_status("YEM", "un-charter-1945", on="1988-06-01").verdict is rl.Verdict.MET
    convention = rl.states.participation("YEM", C)
    protocol = rl.states.participation("YEM", P)
    assert convention is not None
    assert protocol is not None
    assert any("Jemen (Noord-)" in n for n in convention.notes)
    assert protocol.status == "secondary"  # the attribution rests on a secondary source
    assert any("Yemen Arab Republic" in s.title for s in protocol.source)
    for instrument in (C, P, "cat-1984", "un-charter-1945"):
        assert rl.states.participation("YMD", instrument) is None
        found = rl.party_status("YMD", instrument, on="1988-06-01")
        assert found.verdict is rl.Verdict.UNKNOWN, instrument


def test_papua_new_guinea_binds_transferees_from_its_partial_withdrawal_of_20_august_2013() -> None:
    """Refugee Convention art. 42(2): Papua New Guinea withdrew its reservation to arts 17(1), 21,
    22(1), 26, 31, 32 and 34 "with immediate effect" on 20 August 2013 for refugees transferred to
    it by Australia, keeping it for all others (BGBl. III Nr. 5/2019, reproducing the Secretary-
    General's notification). The obligations of a state name no person: from that day arts 31(1)
    and 32(1) are unknown (bound towards a transferee, excluded for anyone else), the reason naming
    the transferees; neither a confident exclusion nor a confident duty towards everyone (the
    own-diff review found the duty read as binding everyone)."""
    before = rl.explain_obligations("PNG", on="2013-08-19").find("Refugee Convention art. 31(1)")
    assert before is not None
    assert before.verdict is rl.Verdict.NOT_MET
    after = {str(o.citation): o for o in rl.obligations_of("PNG", on="2014-01-01")}
    for cite in ("Refugee Convention art. 31(1)", "Refugee Convention art. 32(1)"):
        ob = after[cite]
        assert ob.bound is rl.Verdict.UNKNOWN
        assert any("everyone but refugees transferred to Papua New Guinea" in n for n in ob.notes)
    why = rl.explain_obligations("PNG", on="2014-01-01").find("Refugee Convention art. 32(1)")
    assert why is not None
    assert why.verdict is rl.Verdict.UNKNOWN
    assert "by the Government of Australia" in why.reason
    png = rl.states.get("PNG").participation("refugee-convention-1951")
    assert png is not None
    made, left = [r for r in png.reservations if r.kind == "reservation"]
    assert made.withdrawn == dt.date(2013, 8, 20)
    assert not made.qualifies
    assert left.since == dt.date(2013, 8, 20)
    assert not left.qualifies
    assert left.except_for is not None
    assert not left.excludes("32(1)", dt.date(2014, 1, 1))
    assert left.may_exclude("32(1)", dt.date(2014, 1, 1))
    assert left.standing(dt.date(2013, 8, 19)) is False
    assert any("BGBl. III Nr. 5/2019" in s.title for s in left.sources)
    # Art. 33(1), which art. 42(1) shields from reservation, binds throughout.
    assert after["Refugee Convention art. 33(1)"].bound is rl.Verdict.MET


def test_mexicos_reservation_to_art_32_excluded_it_from_accession_until_11_july_2014() -> None:
    """Refugee Convention art. 32: Mexico "lodges an express reservation to article 32" on
    accession (2000), referring to art. 33 of its Constitution (the 2013 UN text; gone from the
    2015 one), withdrawn on 11 July 2014 (BGBl. III Nr. 5/2019). Through the 1967 Protocol (art.
    VII(2)) it excluded art. 32(1) before the Convention was in force for Mexico too."""
    for on in ("2000-07-01", "2005-01-01", "2014-07-10"):
        why = rl.explain_obligations("MEX", on=on).find("Refugee Convention art. 32(1)")
        assert why is not None, on
        assert why.verdict is rl.Verdict.NOT_MET, on
        assert "Mexico's reservation to Refugee Convention 32" in why.reason
    early = rl.explain_obligations("MEX", on="2000-07-01").find("Refugee Convention art. 32(1)")
    assert early is not None
    assert "1967 Protocol art. VII(2)" in early.reason
    after = {str(o.citation): o for o in rl.obligations_of("MEX", on="2015-01-01")}
    assert after["Refugee Convention art. 32(1)"].since == dt.date(2014, 7, 11)
    assert after["Refugee Convention art. 33(1)"].bound is rl.Verdict.MET
    mex = rl.states.get("MEX").participation("refugee-convention-1951")
    assert mex is not None
    (art32,) = [r for r in mex.reservations if r.provisions == ("32",)]
    assert art32.withdrawn == dt.date(2014, 7, 11)
    assert "article 33 of the Political Constitution" in (art32.text or "")


def test_pakistans_cat_art_3_reservation_qualifies_then_may_then_does_not() -> None:
    """CAT art. 3: Pakistan's reservations on ratification to arts 3, 4, 6, 12, 13 and 16
    (subject to the Sharia and its laws; the Netherlands' objection of 30 June 2011) were
    withdrawn on a day no source seen gives, by the UN text scraped on 21 June 2013. Before July
    2011 the obligation is qualified; in between it may be (said so); after, it is not."""

    def reason(on: str) -> str:
        found = rl.explain_obligations("PAK", on=on).find("CAT art. 3(1)")
        assert found is not None
        assert found.verdict is rl.Verdict.MET
        return found.reason

    assert "Qualified by Pakistan's reservation to CAT 3/4/6/12/13/16" in reason("2011-01-01")
    assert "Possibly qualified by Pakistan's reservation" in reason("2012-06-01")
    assert "not known" in reason("2012-06-01")
    assert "Pakistan's reservation" not in reason("2014-01-01")
    pak = rl.states.get("PAK").participation("cat-1984")
    assert pak is not None
    (art3,) = [r for r in pak.reservations if r.names("3")]
    assert (art3.standing(dt.date(2011, 6, 30)), art3.standing(dt.date(2012, 6, 1))) == (True, None)
    assert art3.standing(dt.date(2013, 6, 21)) is False
    assert art3.withdrawn is None


def test_chiles_cat_art_3_reservation_excludes_it_from_entry_into_force_to_its_withdrawal() -> None:
    """CAT art. 3 and VCLT arts 21(1), 22(3)(a): Chile ratified on 30 September 1988 with a
    reservation to art. 3 ("by reason of the discretionary and subjective nature of the terms in
    which it is drafted"), withdrawn by its communication received on 7 September 1990 (the UN
    depositary's note, in bayefsky.com's copy). The 2015 UN text prints only what stood then, so
    the reservation is restored by hand (data review s35 F1). Before: CAT art. 3(1) bound Chile
    from 30 October 1988, unqualified; now it is excluded until 7 September 1990 and binds from
    that day, and a return from Chile in 1989 does not rest on CAT art. 3."""

    def art3(on: str) -> rl.Finding:
        found = rl.explain_obligations("CHL", on=on).find("CAT art. 3(1)")
        assert found is not None
        return found

    assert art3("1988-10-29").verdict is rl.Verdict.NOT_MET  # not yet in force (art. 27(2))
    for on in ("1988-10-30", "1989-06-01", "1990-09-06"):
        found = art3(on)
        assert found.verdict is rl.Verdict.NOT_MET, on
        assert found.reason.startswith("excluded by Chile's reservation to CAT 3:")
        assert "discretionary and subjective" in found.reason
        assert "(status: secondary)" in found.reason
    lifted = art3("1990-09-07")
    assert lifted.verdict is rl.Verdict.MET
    assert lifted.reason.startswith("binds Chile since 1990-09-07 (a reservation excluded it")
    assert not any(
        o.citation == rl.Citation("cat-1984", "3(1)")
        for o in rl.obligations_of("CHL", on="1989-06-01")
    )
    chl = rl.states.participation("CHL", "cat-1984")
    assert chl is not None
    (reservation,) = [r for r in chl.reservations if r.provisions == ("3",)]
    assert (reservation.kind, reservation.qualifies) == ("reservation", False)
    assert reservation.withdrawn == dt.date(1990, 9, 7)
    assert [s.url for s in reservation.sources] == ["http://www.bayefsky.com/html/chile_t2_cat.php"]
    (art_2_3,) = [r for r in chl.reservations if r.provisions == ("2(3)",)]
    assert art_2_3.qualifies
    assert art_2_3.withdrawn == dt.date(1990, 9, 7)
    person = rl.Person("P", nationalities={"PER"}, location="CHL")
    harm = rl.Harm(
        "torture in detention",
        "PER",
        severity="serious",
        likelihood=0.9,
        reasons={"political_opinion"},
        actor="state",
    )
    ret = rl.assess_return(rl.Claim(person, fears=[harm]), by="CHL", to="PER", on="1989-06-01")
    bar = ret.finding.find("CAT art. 3 bar")
    assert bar is not None
    bound = bar.find("the state is bound")
    assert bound is not None
    assert bound.verdict is rl.Verdict.NOT_MET
    assert bar.verdict is rl.Verdict.NOT_MET


def test_montenegros_protocol_13_succession_runs_from_the_day_its_source_gives() -> None:
    """ECHR Protocol No. 13 and VCSST art. 34(1): the Dutch treaty database, the record's source,
    reads "Montenegro 14-06-2006 (VG) 06-06-2006": in force from 6 June 2006, the day the
    Convention's record gives too. Before: dated from 14 June, unknown from 3 to 13 June; now
    unknown from independence (3 June) to 5 June, as the Convention is, and bound from 6 June
    (data review s35 F4)."""
    p13 = "echr-protocol-13-2002"
    for on in ("2006-06-03", "2006-06-05"):
        for key in ("echr-1950", p13):
            assert rl.party_status("MNE", key, on=on).verdict is rl.Verdict.UNKNOWN, (key, on)
    for on in ("2006-06-06", "2006-06-10", "2006-06-14"):
        found = rl.party_status("MNE", p13, on=on)
        assert found.verdict is rl.Verdict.MET, on
        assert found.reason.startswith("in force for Montenegro since 2006-06-06 at the latest")
        assert rl.party_status("MNE", "echr-1950", on=on).verdict is rl.Verdict.MET
    record = rl.states.participation("MNE", p13)
    assert record is not None
    assert (record.in_force, record.deposited) == (dt.date(2006, 6, 6), dt.date(2006, 6, 14))
    # Protocol No. 6: no source read dates Montenegro's succession; still no record.
    assert rl.states.participation("MNE", "echr-protocol-6-1983") is None


def test_pakistans_iccpr_reservations_to_arts_6_7_and_13_and_its_2013_declarations() -> None:
    """ICCPR arts 6 and 7: Pakistan applied them "to the extent that they are not repugnant to"
    its Constitution and the Sharia laws (reservation on ratification, quoted by the Human Rights
    Committee on 30 March 2011), and reserved art. 13 to apply its law on foreigners; withdrawn on
    a day not known, by 21 June 2013, when the UN text held declarations on arts 3 and 25."""
    for cite in ("ICCPR art. 6(1)", "ICCPR art. 7"):
        early = rl.explain_obligations("PAK", on="2011-01-01").find(cite)
        assert early is not None
        assert "Qualified by Pakistan's reservation" in early.reason
        middle = rl.explain_obligations("PAK", on="2012-01-01").find(cite)
        assert middle is not None
        assert "Possibly qualified" in middle.reason
    pak = rl.states.get("PAK").participation("iccpr-1966")
    assert pak is not None
    assert any(r.names("13") and r.qualifies for r in pak.reservations)
    assert any(r.kind == "text" and "Qanoon-e-Shahadat" in (r.text or "") for r in pak.reservations)


@pytest.mark.parametrize("state", ["THA", "LAO", "BWA", "ARE"])
def test_a_statement_on_cats_definition_of_torture_qualifies_art_3(state: str) -> None:
    """CAT art. 3's "torture" is art. 1's ("For the purposes of this Convention"): Thailand's
    declaration (2007-2023), Lao PDR's understanding, Botswana's reservation and the UAE's
    declaration on art. 1 qualify art. 3(1), as Botswana's same words qualify ICCPR art. 7."""
    found = rl.explain_obligations(state, on="2014-01-01").find("CAT art. 3(1)")
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert 'art. 3\'s "torture" is the torture art. 1 defines' in found.reason


def test_qatars_general_reservation_then_its_part_on_cat_arts_1_and_16_qualify_art_3() -> None:
    """CAT art. 3: Qatar acceded on 11 January 2000 with a general reservation excluding "any
    interpretation of the said Convention which would be incompatible with the precepts of Islamic
    Law and the Islamic Religion" (Portugal's objection, Diário da República Aviso n.º 16/2008);
    on 14 March 2013 it withdrew it in part, keeping "une réserve limitée générale dans le cadre
    des articles 1 et 16" (Mémorial notice of 17 April 2013). The general reservation reaches art.
    3 itself; the part kept reaches it through art. 1, whose torture art. 3's is (``DEFINED_BY``).
    The record held only the 2015 UN text, unclassified, and art. 3(1) was unqualified on every
    date (obligations review F4)."""

    def reason(on: str) -> str:
        found = rl.explain_obligations("QAT", on=on).find("CAT art. 3(1)")
        assert found is not None
        assert found.verdict is rl.Verdict.MET
        return found.reason

    general = reason("2005-01-01")
    assert "Qualified by Qatar's reservation to CAT 1-33: Qatar's general reservation" in general
    assert "precepts of Islamic Law and the Islamic Religion" in general
    assert "(status: secondary)" in general
    assert "CAT 1/16" not in reason("2013-03-13")
    kept = reason("2013-03-14")
    assert (
        "Qualified by Qatar's reservation to CAT 1/16 (art. 3's \"torture\" is the torture art."
        in kept
    )
    assert "(status: verified)" in kept
    assert "CAT 1-33" not in kept
    qat = rl.states.participation("QAT", "cat-1984")
    assert qat is not None
    whole, part = [r for r in qat.reservations if r.kind == "reservation"]
    assert whole.qualifies
    assert part.qualifies
    assert (whole.withdrawn, part.since) == (dt.date(2013, 3, 14), dt.date(2013, 3, 14))
    assert not any(r.excludes("3(1)") for r in qat.reservations)
    assert "loi islamique" in (part.text or "")
    cited = {s.url for r in (whole, part) for s in r.sources}
    assert "https://legilux.public.lu/eli/etat/leg/div/2013/04/17/n3/jo" in cited
    assert "https://dre.tretas.org/dre/227453/aviso-16-2008-de-24-de-janeiro" in cited


def test_thailands_declaration_on_cat_art_1_stops_qualifying_art_3_when_withdrawn() -> None:
    """Thailand withdrew its interpretative declaration on CAT arts 1, 4 and 5 with effect from
    15 September 2023 (Thai MFA, October 2023): art. 3(1) carries no note after."""
    found = rl.explain_obligations("THA", on="2024-01-01").find("CAT art. 3(1)")
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert "Qualified" not in found.reason


@pytest.mark.parametrize(
    ("state", "on", "cite", "excluded"),
    [
        ("PNG", "1986-08-01", "Refugee Convention art. 31(1)", True),
        ("PNG", "1986-08-01", "Refugee Convention art. 32(1)", True),
        # Both qualified the article until data review s36 F1; both exclude it.
        ("UGA", "1976-10-01", "Refugee Convention art. 32(1)", True),
        ("MDA", "2002-02-15", "Refugee Convention art. 31(1)", True),
    ],
)
def test_convention_reservations_govern_protocol_obligations_art_vii_2(
    state: str, on: str, cite: str, excluded: bool
) -> None:
    """1967 Protocol art. VII(2): "Reservations made by States Parties to the Convention in
    accordance with article 42 thereof shall, unless withdrawn, be applicable in relation to
    their obligations under the present Protocol." A state that deposited both on one day is
    bound through Protocol art. I(1) for 90 days first (Convention art. 43(2)); its Convention
    reservations govern those days too."""
    found = rl.explain_obligations(state, on=on).find(cite)
    assert found is not None
    assert "1967 Protocol art. VII(2)" in found.reason
    if excluded:
        assert found.verdict is rl.Verdict.NOT_MET
    else:
        assert found.verdict is rl.Verdict.MET
        assert "Qualified by" in found.reason


def test_a_protocol_only_partys_own_reservations_are_not_carried_by_art_vii_2() -> None:
    """Art. VII(2) carries reservations made to the Convention; the United States, a party to the
    Protocol alone, has only its own (art. VII(1)), and no Convention record to carry."""
    from refugeelaw.law.obligations import governing

    usa = rl.states.get("USA").participation("refugee-protocol-1967")
    assert usa is not None
    assert not any(g.under_vii_2 for g in governing(usa, dt.date(2000, 1, 1)))


def test_maltas_convention_reservations_of_unseen_content_leave_reservable_duties_unknown() -> None:
    """Refugee Convention art. 42(1): Malta made reservations on accession (1971; its Protocol
    text says so), whose content no source seen gives. A duty they may reach (art. 31(1)) is
    unknown, not bound nor excluded; one art. 42(1) shields (art. 33(1)) still binds."""
    obligations = {str(o.citation): o for o in rl.obligations_of("MLT", on="2000-01-01")}
    assert obligations["Refugee Convention art. 31(1)"].bound is rl.Verdict.UNKNOWN
    assert obligations["Refugee Convention art. 32(1)"].bound is rl.Verdict.UNKNOWN
    assert obligations["Refugee Convention art. 33(1)"].bound is rl.Verdict.MET
    why = rl.explain_obligations("MLT", on="2000-01-01").find("Refugee Convention art. 31(1)")
    assert why is not None
    assert why.verdict is rl.Verdict.UNKNOWN
    assert "content was not seen" in why.reason


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"withdrawn_by": "2013-06-21"}, "withdrawn_by"),
        ({"withdrawn_by": "2013-06-21", "in_doubt_from": "2013-06-21"}, "in_doubt_from"),
        (
            {
                "withdrawn": "2013-01-01",
                "withdrawn_by": "2013-06-21",
                "in_doubt_from": "2012-01-01",
            },
            "withdrawn_by",
        ),
        ({"since": "2014-01-01", "withdrawn": "2013-01-01"}, "since"),
        ({"unseen": True, "provisions": ("31",)}, "unseen"),
    ],
)
def test_the_loader_rejects_a_reservation_whose_dates_or_scope_contradict(
    fields: dict[str, object], problem: str
) -> None:
    """A withdrawal on a day not known needs both of its dates, in order; a reservation takes
    effect before it is withdrawn; one of unseen content names no provisions."""
    with pytest.raises(rl.InvalidInput) as raised:
        rl.states.Reservation(kind="reservation", **fields)  # type: ignore[arg-type]
    assert problem in str(raised.value)


# ---------------------------------------------------------------------------------------------
# Review of the obligations data (F1, F2, F5, F6)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("instrument", [C, P, "cat-1984", "iccpr-1966"])
def test_serbia_succeeded_with_effect_from_27_april_1992_under_one_notification(
    instrument: str,
) -> None:
    """Review obligations F1 (VCSST art. 23(1)): the FRY's one notification, received on 12 March
    2001, succeeded to the treaties of its Annex 1 with effect from 27 April 1992 (the UN note as
    WIPO Lex reproduces it; for the Convention, the Austrian BGBl. III Nr. 217/2005 'mit Wirkung
    vom 27. April 1992'). The Convention, CAT and the ICCPR were UNKNOWN in 1992-2001 while the
    Protocol, on the same notification, was MET; now all four bind Serbia in the Kosovo war. The
    day before, "SRB" names no State (its ``statehood`` record: the day the FRY was established)
    and is refused, naming Yugoslavia (was: NOT_MET)."""
    found = rl.party_status("SRB", instrument, on="1999-06-01")
    assert found.verdict is rl.Verdict.MET
    assert "since 1992-04-27" in found.reason
    with pytest.raises(rl.InvalidInput, match=r"^state: SRB \(Serbia\) is part of Yugoslavia"):
        rl.party_status("SRB", instrument, on="1992-04-26")


@pytest.mark.parametrize("instrument", ["cat-1984", "iccpr-1966"])
def test_the_sfrys_end_and_the_frys_start_rest_on_one_premise_no_gap(instrument: str) -> None:
    """Review obligations F1: the YUG records end the SFRY's participation on 27 April 1992
    because the FRY's succession takes effect that day; the SRB record now begins on that day,
    on the same source (WIPO Lex's copy of the UN note), so no day in 1992-2001 is one on which
    neither binds. The effective date is read in a copy of a note naming no treaty: secondary."""
    yug = rl.states.participation("YUG", instrument)
    srb = rl.states.participation("SRB", instrument)
    assert yug is not None
    assert yug.withdrawal is not None
    assert srb is not None
    assert srb.in_force == yug.withdrawal.effective == dt.date(1992, 4, 27)
    assert srb.status == "secondary"
    assert {s.url for s in srb.source} & {s.url for s in yug.withdrawal.sources}
    assert "Annex 1's list of treaties was not seen" in srb.notes[0]
    cat = [o for o in rl.obligations_of("SRB", on="1999-06-01") if o.instrument == instrument]
    assert cat
    assert all(o.bound is rl.Verdict.MET for o in cat)


def test_serbia_returning_in_1999_to_torture_is_prohibited_by_cat_article_3() -> None:
    """Review obligations F1: CAT art. 3(1) bound the FRY (SRB) in 1999; a return to torture in
    the DPRK is a breach of it, where the art. 3 bar was UNDETERMINED."""
    escapee = testing.north_korean_escapee()
    in_serbia = attrs.evolve(escapee, person=attrs.evolve(escapee.person, location="SRB"))
    result = rl.assess_return(in_serbia, by="SRB", to="PRK", on="1999-06-01")
    assert "CAT art. 3(1)" in [str(b.citation) for b in result.breaches]
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    cat = result.finding.find("CAT art. 3 bar")
    assert cat is not None
    assert cat.verdict is rl.Verdict.MET


def test_czechoslovakias_protocol_6_deposit_is_its_own_from_1_april_1992_article_8_2() -> None:
    """Review obligations F2: the Czech and Slovak Federal Republic signed Protocol No. 6 on
    21 February 1991 and deposited on 18 March 1992 (Trb. 1998, 91; the europeancourt.org P6
    tables' footnote); under art. 8(2) it was in force for Czechoslovakia from 1 April 1992 until
    the federation's end. The deposit was filed under Czechia (NOT_MET for it, UNKNOWN for
    Czechoslovakia); Czechia now succeeds from 1 January 1993, as for the Convention."""
    p6 = "echr-protocol-6-1983"
    assert rl.party_status("CSK", p6, on="1992-03-31").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("CSK", p6, on="1992-04-01").verdict is rl.Verdict.MET
    assert rl.party_status("CSK", p6, on="1993-01-01").verdict is rl.Verdict.NOT_MET
    csk = rl.states.participation("CSK", p6)
    cze = rl.states.participation("CZE", p6)
    assert csk is not None
    assert cze is not None
    assert (csk.signature, csk.deposited) == (dt.date(1991, 2, 21), dt.date(1992, 3, 18))
    assert cze.action is rl.states.Action.SUCCESSION
    assert (cze.signature, cze.deposited, cze.in_force) == (None, None, dt.date(1993, 1, 1))
    assert rl.party_status("CZE", p6, on="1993-01-01").verdict is rl.Verdict.MET
    assert (
        "ratification deposited 1992-03-18"
        not in rl.party_status("CZE", p6, on="1995-01-01").reason
    )


def test_germanys_cat_article_3_declaration_is_summarised_in_its_own_words() -> None:
    """Review obligations F5: Germany's declaration on ratification (UN text held, untc-2015-decl)
    reads art. 3 as prohibiting transfer 'directly' to a State where the person faces a 'concrete
    danger' of torture; the summary dropped both. It now quotes them, says the library states but
    does not apply the narrowing, and that no withdrawal was found in the sources searched."""
    (note,) = [
        n
        for o in rl.obligations_of("DEU", on="2010-01-01")
        if o.instrument == "cat-1984"
        for n in o.notes
        if "Germany's declaration" in n
    ]
    assert "directly" in note
    assert "concrete danger" in note
    assert "states this reading but does not apply it" in note
    assert "No withdrawal of the declaration was found" in note
    p = rl.states.participation("DEU", "cat-1984")
    assert p is not None
    text = p.reservations[0].text
    assert text is not None
    assert "concrete danger" in text


def test_thailands_cat_withdrawal_day_inferred_from_a_truncated_word_is_secondary() -> None:
    """Review obligations F6: the day Thailand's withdrawal of its CAT art. 1/4/5 declaration took
    effect (15 September 2023) is inferred from a Thai month name cut off at 'กั'; an inferred day
    is not 'verified'."""
    p = rl.states.participation("THA", "cat-1984")
    assert p is not None
    (declaration,) = [r for r in p.reservations if r.kind == "declaration"]
    assert declaration.withdrawn == dt.date(2023, 9, 15)
    assert declaration.status == "secondary"
    assert "inferred from a truncated word" in declaration.summary


def test_the_1986_protocols_chinese_text_is_recorded_with_its_hand_over_and_disaster_clause() -> (
    None
):
    """The 1986 China–DPRK protocol (seeds review s36 F2): a Chinese text titled as the protocol
    and made by the two security ministries is on fsou.com, undated. Art. 4(1): persons who
    entered "because of disasters of any kind or force majeure" are not illegal crossers; art.
    4(2): illegal crossers are handed over "according to the circumstances". The instrument
    keeps its date unknown and its status unverified; the provisions are verbatim, secondary; the
    duty states both clauses, and the disaster clause is not an exception a person at risk of
    persecution or torture could rely on, so the duty is still read as one without exception."""
    from refugeelaw.law.peremptory import hands_back_without_exception
    from refugeelaw.sources.duties import duty

    inst = rl.instruments.CHINA_DPRK_BORDER_PROTOCOL_1986
    assert inst.status == "unverified"
    assert inst.adopted is None
    art_4_1 = rl.provision("china-dprk-border-protocol-1986", "4(1)")
    art_4_2 = rl.provision("china-dprk-border-protocol-1986", "4(2)")
    assert art_4_1.text is not None
    assert art_4_2.text is not None
    assert "不可抗力" in art_4_1.text
    assert "不视为非法出入境者" in art_4_1.text
    assert "应根据情况" in art_4_2.text
    for p in (art_4_1, art_4_2):
        assert p.verbatim
        assert p.status == "secondary"
        assert p.source is not None
        assert "fsou.com" in (p.source.url or "")
    listed = duty("china-dprk-border-protocol-1986", "return")
    assert listed is not None
    assert listed.hands_back
    assert listed.removal == "requires"
    assert '"according to the circumstances" (art. 4(2))' in listed.duty
    assert "disasters or force majeure" in listed.duty
    assert listed.discretion is not None
    assert "根据情况" in listed.discretion
    assert listed.exceptions == ()
    ob = next(
        o
        for o in rl.obligations_of("CHN", on="2004-06-30")
        if o.instrument == "china-dprk-border-protocol-1986"
    )
    assert ob.bound is rl.Verdict.MET
    assert hands_back_without_exception(ob)


def test_the_return_note_on_the_1986_protocol_states_its_disaster_clause() -> None:
    """A North Korean who left for food (Handbook paras 62-64), returned by China on 2004-06-30:
    PERMITTED, and the note on the 1986 protocol says the duty it owes North Korea is to hand
    over illegal crossers "according to the circumstances", those who entered because of
    disasters or force majeure not being illegal crossers (art. 4(1)-(2) of the Chinese text);
    whether this person entered because of a disaster the claim's facts do not say."""
    from refugeelaw import testing

    r = rl.assess_return(testing.economic_migrant(), by="CHN", to="PRK", on="2004-06-30")
    assert r.outcome is rl.ReturnOutcome.PERMITTED
    note = r.finding.find("conflicting duty: 1986 China–DPRK Border Protocol, return")
    assert note is not None
    assert note.role == "note"
    assert '"according to the circumstances"' in note.reason
    assert "disasters or force majeure not being illegal crossers" in note.reason
