"""Treaty data a lawyer can rely on (issue 14): comparisons with the instrument constants, party
status in three values with the data's horizon, reservations that bite, UN membership, dated
Art 1B(1) choices and successions from independence.

Each test names the provision or the record it rests on.
"""

from __future__ import annotations

import pytest

import refugeelaw as rl
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


def test_a_record_can_speak_for_a_later_date_than_the_dataset() -> None:
    """China's ICCPR signature record is confirmed (still not ratified) by a 2022 table."""
    p = rl.states.participation("CHN", "iccpr-1966")
    assert p is not None
    assert p.as_of is not None
    assert p.as_of.isoformat() == "2022-05-29"
    assert rl.party_status("CHN", "iccpr-1966", on="2022-05-29").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("CHN", "iccpr-1966", on="2022-05-30").verdict is rl.Verdict.UNKNOWN


def test_no_state_is_bound_before_the_treaty_itself_is_in_force() -> None:
    """CAT art. 27(1): in force 26 Jun 1987."""
    assert rl.party_status("SSD", "cat-1984", on="1987-01-01").verdict is rl.Verdict.NOT_MET


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


def test_yugoslavia_was_an_original_member_whose_end_the_sources_do_not_date() -> None:
    """The SFRY ratified on 19 Oct 1945 and was a Member 'until its dissolution following the
    ... admission as new Members' of its successors (22 May 1992 to 1 Nov 2000): in between the
    data cannot say."""
    assert rl.is_party("YUG", "un-charter-1945", on="1980-01-01") is True
    assert rl.party_status("YUG", "un-charter-1945", on="1995-01-01").verdict is rl.Verdict.UNKNOWN
    with pytest.raises(rl.BeyondData):
        rl.is_party("YUG", "un-charter-1945", on="1995-01-01")
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
