"""Review s39 da39: treaty data (the FRY's UN membership from 1992 to 2000; an applicant for
membership of the Council of Europe past the last day its roster speaks for)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

import refugeelaw as rl

CHARTER = "un-charter-1945"
ECHR_FILES = ("echr-1950", "echr-protocol-6-1983", "echr-protocol-13-2002")


def _council(state: str, since: str) -> rl.StateObligation:
    return rl.StateObligation(
        state=state,
        instrument=CHARTER,
        provision="25",
        duty="to carry out a Security Council decision to return every national of a State "
        "(hypothetical)",
        basis=rl.Basis.TREATY,
        since=since,
        owed_to="the United Nations and its Members",
    )


# --- F1: the Federal Republic of Yugoslavia's UN membership, 27 April 1992 to 1 November 2000 ---


@pytest.mark.parametrize("on", ["1992-04-27", "1995-06-30", "2000-10-31"])
def test_fry_membership_before_its_admission_is_unknown_naming_both_readings(on: str) -> None:
    """UN Charter Arts 3-4; GA res. 47/1 (1992) and the Legal Counsel's letter (A/47/485); the ICJ
    in Legality of Use of Force (2004). Whether the FRY was a Member before its admission of
    1 November 2000 is contested. Before: NOT_MET, "UN Charter enters into force for Federal
    Republic of Yugoslavia only on 2000-11-01", the ICJ's reading taken silently."""
    found = rl.party_status("SRB", CHARTER, on=on)
    assert found.verdict is rl.Verdict.UNKNOWN, found.reason
    assert "cannot continue automatically the membership" in found.reason
    assert "Legality of Use of Force (2004)" in found.reason
    assert "neither terminated nor suspended" in found.reason
    assert "A/47/485" in found.reason
    with pytest.raises(rl.BeyondData):
        rl.is_party("SRB", CHARTER, on=on)


def test_fry_a_member_from_its_admission_on_1_november_2000_on_every_reading() -> None:
    """UN Charter Art. 4: the FRY was admitted on 1 November 2000 (GA; the UN's list of Members),
    a Member from that day whichever reading holds of the years before."""
    found = rl.party_status("SRB", CHARTER, on="2000-11-01")
    assert found.verdict is rl.Verdict.MET
    assert "since 2000-11-01 at the latest" in found.reason
    assert rl.is_party("SRB", CHARTER, on="2010-01-01")


def test_article_103_for_an_fry_council_decision_in_1995_is_unresolved_not_no_conflict() -> None:
    """UN Charter Art. 103 ranks the obligations of Members: for the FRY in 1995 whether it was one
    is contested, so a Security Council decision against its CAT art. 3(1) bar is not dismissed.
    Before: NO_CONFLICT, "Federal Republic of Yugoslavia was not a Member of the United Nations
    on that date"."""
    obs = {(o.instrument, o.provision): o for o in rl.obligations_of("SRB", on="1995-06-30")}
    ruling = rl.resolve_conflict(
        _council("SRB", "1992-05-30"), obs[("cat-1984", "3(1)")], on="1995-06-30"
    )
    assert ruling.rule is rl.PrecedenceRule.UNRESOLVED, ruling.explain()
    assert "was not a Member of the United Nations on that date" not in ruling.explain()
    assert "Legality of Use of Force (2004)" in ruling.explain()


def test_fry_charter_record_cites_the_sources_of_both_readings() -> None:
    """Law is data with sources: the record that holds the FRY's membership in doubt names A/47/485,
    the ICJ case note and Aust's Handbook among its sources."""
    raw = json.loads(
        resources.files("refugeelaw")
        .joinpath("data/participation/un-charter-1945.json")
        .read_text(encoding="utf-8")
    )
    srb = next(r for r in raw["records"] if r["state"] == "SRB")
    assert srb["in_doubt_from"] == "1992-04-27"
    assert srb["deposited"] == "2000-11-01"
    assert {"un-a-47-485", "icj-luof-2004-note", "aust-handbook-fry"} <= set(srb["source"])
    assert any(n.startswith("DISPUTED") for n in srb["notes"])


# --- F2: Belarus, an applicant for membership of the Council of Europe -------------------------


@pytest.mark.parametrize("instrument", ECHR_FILES)
def test_belarus_not_a_party_while_the_roster_speaks_for_the_date(instrument: str) -> None:
    """ECHR art. 59(1), Protocol No. 6 art. 7, Protocol No. 13 art. 6: only members of the
    Council of Europe may become parties, and Belarus was not one on 25 October 2022 (the
    Secretary General's speech: 46 members). Unchanged: NOT_MET, now naming its application."""
    found = rl.party_status("BLR", instrument, on="2022-10-25")
    assert found.verdict is rl.Verdict.NOT_MET
    assert "applicant state for membership" in found.reason
    assert "a later admission would not be recorded" in found.reason


@pytest.mark.parametrize("instrument", ECHR_FILES)
def test_belarus_after_the_rosters_last_day_is_unknown_statute_article_4(instrument: str) -> None:
    """Statute of the Council of Europe art. 4 ("Any European State ... may be invited"); the
    Committee of Ministers "still considers [Belarus] as an applicant state for membership"
    (Doc. 9230, 2001). A roster speaks for its sources' dates: after 25 October 2022 an admission
    and ratification would not be recorded. Before: NOT_MET on every later date, the reason
    quoting a basis that says "cannot be a party on any date the list speaks for"."""
    found = rl.party_status("BLR", instrument, on="2030-01-01")
    assert found.verdict is rl.Verdict.UNKNOWN, found.reason
    assert "only up to 2022-10-25" in found.reason
    assert "an admission after that day would not be recorded" in found.reason
    assert rl.states.ineligible("BLR", instrument, rl.dates.parse_date("2030-01-01")) is None


@pytest.mark.parametrize("state", ["CHN", "USA", "VAT"])
def test_a_state_shown_no_applicant_stays_not_a_party_to_the_echr_art_59_1(state: str) -> None:
    """ECHR art. 59(1): a state never on the roster and not shown an applicant is still never a
    party (China, the United States; the Holy See, an observer with no application read)."""
    assert rl.party_status(state, "echr-1950", on="2030-01-01").verdict is rl.Verdict.NOT_MET


# --- F4: the United States and CAT: a copy that contradicts the record is not its source -------


def test_us_cat_record_does_not_cite_the_cfr_copy_that_contradicts_it_art_27_2() -> None:
    """CAT art. 27(2): in force for the United States on the thirtieth day after its deposit of
    21 October 1994, 20 November 1994. A copy of 22 CFR 95.1 in a software package says 10
    November; it was listed among the sources of the answer it contradicts. Before: the reason's
    sources ended "22 CFR §95.1 as quoted in PyPI package genocide-28 (gcd/trt.py)"."""
    found = rl.party_status("USA", "cat-1984", on="1994-11-20")
    assert found.verdict is rl.Verdict.MET
    assert "since 1994-11-20" in found.reason
    assert "95.1" not in found.reason
    assert rl.party_status("USA", "cat-1984", on="1994-11-19").verdict is rl.Verdict.NOT_MET
