"""The law as data: treaty participation records, instrument records, and the dates that decide
when a treaty binds a state.

The temporal tests pin the edges the articles turn on: what bound China, and North Korea, when.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from importlib import resources
from typing import Any

import pytest

import refugeelaw as rl
from refugeelaw.countries import all_countries, historic_countries

CONVENTION = "refugee-convention-1951"
PROTOCOL = "refugee-protocol-1967"
CAT = "cat-1984"
ICCPR = "iccpr-1966"
STATUSES = {"verified", "secondary", "unverified"}
DATASETS = {CONVENTION, PROTOCOL, CAT, ICCPR, "vclt-1969", "un-charter-1945"}


def _files(folder: str) -> list[tuple[str, dict[str, Any]]]:
    root = resources.files("refugeelaw").joinpath(f"data/{folder}")
    return [
        (entry.name, json.loads(entry.read_text("utf-8")))
        for entry in sorted(root.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json")
    ]


PARTICIPATION_FILES = _files("participation")
INSTRUMENT_FILES = _files("instruments")
RECORDS = [(raw["instrument"], raw, r) for _, raw in PARTICIPATION_FILES for r in raw["records"]]
RECORD_IDS = [f"{key}:{r['state']}" for key, _, r in RECORDS]


# -- participation records -------------------------------------------------------------------


def test_there_are_participation_files_for_the_core_treaties() -> None:
    keys = {raw["instrument"] for _, raw in PARTICIPATION_FILES}
    assert {CONVENTION, PROTOCOL, CAT, ICCPR} <= keys
    assert len(RECORDS) > 500


@pytest.mark.parametrize(("key", "raw", "record"), RECORDS, ids=RECORD_IDS)
def test_every_record_cites_at_least_one_known_source(
    key: str, raw: dict[str, Any], record: dict[str, Any]
) -> None:
    keys = record.get("source", [])
    assert keys, "a record with no source"
    for k in keys:
        assert k in raw["sources"], k
        assert raw["sources"][k]["title"].strip()
    # Sources cited by reservations and withdrawals must exist too (the loader drops unknown ones).
    nested = [x for res in record.get("reservations", ()) for x in res.get("source", ())]
    nested += (record.get("withdrawal") or {}).get("source", [])
    assert set(nested) <= set(raw["sources"])


@pytest.mark.parametrize(("key", "raw", "record"), RECORDS, ids=RECORD_IDS)
def test_every_record_names_a_known_state_and_instrument(
    key: str, raw: dict[str, Any], record: dict[str, Any]
) -> None:
    assert record["state"] in all_countries() | historic_countries()
    assert rl.instruments.get(key).key == key
    assert record.get("status", "unverified") in STATUSES


@pytest.mark.parametrize(("key", "raw", "record"), RECORDS, ids=RECORD_IDS)
def test_dates_are_in_order_signature_deposit_entry_into_force(
    key: str, raw: dict[str, Any], record: dict[str, Any]
) -> None:
    p = rl.states.get(record["state"]).participation(key)
    assert p is not None
    if p.signature and p.deposited:
        assert p.signature <= p.deposited
    if p.deposited and p.in_force and p.action is not rl.states.Action.SUCCESSION:
        assert p.deposited <= p.in_force
    if (
        p.action is rl.states.Action.SUCCESSION
        and p.in_force
        and p.deposited
        and p.in_force < p.deposited
    ):
        # A succession in force before its notification: from the date of succession, which a
        # source must give (VCSST art. 23(1)).
        assert any("date of succession" in n for n in p.notes)
        assert len(p.source) > 1
    if p.action.binds and p.deposited:
        assert p.in_force is not None, "a binding deposit must give an entry into force"
    if not p.action.binds:
        assert p.deposited is None


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


#: Records whose entry into force the library computes from the treaty's late-party rule.
LATE_PARTY_ACTIONS = ("ratification", "accession", "acceptance", "approval")
COMPUTED = [
    (key, raw, r)
    for key, raw, r in RECORDS
    if "in_force" not in r and r["action"] in LATE_PARTY_ACTIONS and r.get("deposited")
]


def test_most_records_have_a_computed_entry_into_force() -> None:
    assert len(COMPUTED) > 400


@pytest.mark.parametrize(
    ("key", "raw", "record"), COMPUTED, ids=[f"{k}:{r['state']}" for k, _, r in COMPUTED]
)
def test_computed_entry_into_force_follows_the_treatys_late_party_rule(
    key: str, raw: dict[str, Any], record: dict[str, Any]
) -> None:
    """Computed independently of the library: the treaty's own rule (Convention art. 43(2): the
    ninetieth day after deposit; Protocol art. VIII(2): the day of deposit; CAT art. 27(2): the
    thirtieth day; ICCPR art. 49(2): three months), never before general entry into force."""
    instrument = rl.instruments.get(key)
    deposited = dt.date.fromisoformat(record["deposited"])
    rule = instrument.rule
    if rule.kind == "days_after_deposit":
        expected = deposited + dt.timedelta(days=rule.days)
    elif rule.kind == "months_after_deposit":
        expected = _add_months(deposited, rule.months)
    elif rule.kind == "first_of_month_after":
        expired = _add_months(deposited, rule.months)
        expected = _add_months(expired.replace(day=1), 1)
    else:
        expected = deposited
    if instrument.entry_into_force:
        expected = max(expected, instrument.entry_into_force)
    p = rl.states.get(record["state"]).participation(key)
    assert p is not None
    assert p.in_force == expected


@pytest.mark.parametrize(
    ("name", "raw"), PARTICIPATION_FILES, ids=[n for n, _ in PARTICIPATION_FILES]
)
def test_no_state_appears_twice_for_one_instrument(name: str, raw: dict[str, Any]) -> None:
    states = [r["state"] for r in raw["records"]]
    duplicates = sorted({s for s in states if states.count(s) > 1})
    assert duplicates == []
    assert name == raw["instrument"] + ".json"


# -- instrument records ----------------------------------------------------------------------


@pytest.mark.parametrize(("name", "raw"), INSTRUMENT_FILES, ids=[n for n, _ in INSTRUMENT_FILES])
def test_every_instrument_file_has_key_title_status_and_source(
    name: str, raw: dict[str, Any]
) -> None:
    assert raw["key"] + ".json" == name
    assert raw["title"].strip()
    assert raw["status"] in STATUSES
    assert raw["source"]["title"].strip()


def test_the_late_party_rules_are_those_the_treaties_state() -> None:
    assert rl.instruments.REFUGEE_CONVENTION.rule.kind == "days_after_deposit"
    assert rl.instruments.REFUGEE_CONVENTION.rule.days == 90
    assert rl.instruments.REFUGEE_CONVENTION.rule.provision == "43(2)"
    assert rl.instruments.REFUGEE_PROTOCOL.rule.kind == "on_deposit"
    assert rl.instruments.REFUGEE_PROTOCOL.rule.provision == "VIII(2)"
    assert (rl.instruments.CAT.rule.kind, rl.instruments.CAT.rule.days) == (
        "days_after_deposit",
        30,
    )
    assert rl.instruments.CAT.rule.provision == "27(2)"
    assert (rl.instruments.ICCPR.rule.kind, rl.instruments.ICCPR.rule.months) == (
        "months_after_deposit",
        3,
    )
    assert rl.instruments.ICCPR.rule.provision == "49(2)"
    for key, months, provision in (
        ("echr-protocol-6-1983", 0, "8(2)"),
        ("echr-protocol-13-2002", 3, "7(2)"),
    ):
        rule = rl.instruments.get(key).rule
        assert (rule.kind, rule.months, rule.provision) == (
            "first_of_month_after",
            months,
            provision,
        )


def test_general_entry_into_force_dates() -> None:
    assert rl.instruments.REFUGEE_CONVENTION.entry_into_force == dt.date(1954, 4, 22)
    assert rl.instruments.REFUGEE_PROTOCOL.entry_into_force == dt.date(1967, 10, 4)
    assert rl.instruments.CAT.entry_into_force == dt.date(1987, 6, 26)
    assert rl.instruments.ICCPR.entry_into_force == dt.date(1976, 3, 23)


# -- China -----------------------------------------------------------------------------------


def test_convention_enters_into_force_on_ninetieth_day_art_43_2() -> None:
    """Convention art. 43(2): "For each State ratifying or acceding to the Convention after the
    deposit of the sixth instrument ..., the Convention shall enter into force on the ninetieth
    day following the day of deposit". China acceded on 24 September 1982, so it was bound from
    23 December 1982, not on the 22nd."""
    assert rl.is_party("CHN", CONVENTION, on="1982-12-22") is False
    assert rl.is_party("CHN", CONVENTION, on="1982-12-23") is True
    assert rl.is_party("CHN", CONVENTION, on="2004-06-30") is True


def test_protocol_enters_into_force_on_the_day_of_deposit_art_viii_2() -> None:
    """Protocol art. VIII(2): "For each State ... acceding to the Protocol after the deposit of the
    sixth instrument ..., the Protocol shall enter into force on the date of deposit by such State
    of its instrument". China deposited on 24 September 1982."""
    assert rl.is_party("CHN", PROTOCOL, on="1982-09-23") is False
    assert rl.is_party("CHN", PROTOCOL, on="1982-09-24") is True


def test_china_bound_by_protocol_before_convention_in_autumn_1982() -> None:
    """Between 24 September and 22 December 1982 China was bound by the Protocol (which applies
    arts 2–34 of the Convention itself, art. I(1)) but not yet by the Convention."""
    on = "1982-11-01"
    assert rl.is_party("CHN", PROTOCOL, on=on) is True
    assert rl.is_party("CHN", CONVENTION, on=on) is False


def test_cat_enters_into_force_on_thirtieth_day_art_27_2() -> None:
    """CAT art. 27(2): the Convention enters into force "on the thirtieth day after the date of the
    deposit of its own instrument". China ratified on 4 October 1988."""
    assert rl.is_party("CHN", CAT, on="1988-11-02") is False
    assert rl.is_party("CHN", CAT, on="1988-11-03") is True


def test_signature_alone_does_not_bind_china_to_the_iccpr() -> None:
    """China signed the ICCPR on 5 October 1998 and has not ratified it: a signatory is not a party
    (VCLT arts 14 and 18 — signature subject to ratification only obliges it not to defeat the
    treaty's object and purpose)."""
    p = rl.states.get("CHN").participation(ICCPR)
    assert p is not None
    assert p.signature == dt.date(1998, 10, 5)
    assert p.deposited is None
    for on in ("1998-10-05", "2001-01-01", "2004-06-30", "2020-01-01"):  # known to 29 May 2022
        assert rl.is_party("CHN", ICCPR, on=on) is False


@pytest.mark.parametrize("instrument", [CONVENTION, PROTOCOL, CAT, ICCPR])
def test_china_in_1979_was_bound_by_none_of_the_four(instrument: str) -> None:
    """1979, when China took in Indo-Chinese refugees: before any of its accessions."""
    assert rl.is_party("CHN", instrument, on="1979-06-30") is False


# -- North Korea -----------------------------------------------------------------------------


@pytest.mark.parametrize("on", ["1982-12-23", "2004-06-30", "2015-03-12"])
def test_dprk_is_bound_by_neither_refugee_instrument(on: str) -> None:
    assert rl.is_party("PRK", CONVENTION, on=on) is False
    assert rl.is_party("PRK", PROTOCOL, on=on) is False


def test_after_the_horizon_the_dprk_s_refugee_treaty_status_is_unknown() -> None:
    """The UN Treaty Collection tables the data holds speak for 12 Mar 2015: a later accession
    would not be recorded, so in 2020 the data cannot say (and is_party refuses to guess)."""
    assert rl.party_status("PRK", CONVENTION, on="2020-01-01").verdict is rl.Verdict.UNKNOWN
    with pytest.raises(rl.BeyondData, match="2015-03-12"):
        rl.is_party("PRK", CONVENTION, on="2020-01-01")


def test_iccpr_enters_into_force_three_months_after_deposit_art_49_2() -> None:
    """ICCPR art. 49(2): for a state acceding after the 35th instrument, the Covenant "shall enter
    into force three months after the date of the deposit of its own instrument". The DPRK acceded
    on 14 September 1981."""
    assert rl.is_party("PRK", ICCPR, on="1981-12-13") is False
    assert rl.is_party("PRK", ICCPR, on="1981-12-14") is True


def test_dprk_withdrawal_from_iccpr_was_ineffective_general_comment_26() -> None:
    """The ICCPR has no denunciation clause; the Human Rights Committee (General Comment No. 26,
    1997) held that a state party cannot withdraw, so the DPRK's 1997 notice had no effect and the
    Covenant still bound it in 2004."""
    p = rl.states.get("PRK").participation(ICCPR)
    assert p is not None
    assert p.withdrawal is not None
    assert p.withdrawal.accepted is False
    assert rl.is_party("PRK", ICCPR, on="1997-09-01") is True
    assert rl.is_party("PRK", ICCPR, on="2004-06-30") is True


def test_a_withdrawal_that_took_effect_ends_the_obligation() -> None:
    """Contrast with the DPRK: a denunciation accepted as effective ends participation from its
    effective date (a user-supplied record, since the library's data has none for these states)."""
    mine = rl.Participation(
        state="PRK",
        instrument=ICCPR,
        action="accession",
        deposited="1981-09-14",
        withdrawal=rl.states.Withdrawal(notified="1997-08-23", effective="1998-08-23"),
    )
    assert rl.is_party("PRK", ICCPR, on="1998-08-22", extra=[mine]) is True
    assert rl.is_party("PRK", ICCPR, on="1998-08-23", extra=[mine]) is False


@pytest.mark.parametrize("code", ["ATA", "PRI", "GUM"])
def test_a_code_that_is_no_state_in_the_data_is_not_said_to_be_bound_by_nothing(code: str) -> None:
    """An ISO code is not statehood. Antarctica, Puerto Rico and Guam have codes of their own
    and no treaty records, and none has been a member of the United Nations; a treaty binds a
    territory through the State responsible for it (VCLT art. 29): the 1967 Protocol applies in
    Puerto Rico through the United States. "Not bound" would be wrong for Puerto Rico, so the
    data's answer is unknown, and says why."""
    state = rl.states.get(code)
    assert state.participations == ()
    for key in (CONVENTION, PROTOCOL, CAT, ICCPR):
        found = rl.party_status(state, key, on="2004-06-30")
        assert found.verdict is rl.Verdict.UNKNOWN
        assert "nothing in the data shows" in found.reason
        assert "VCLT art. 29" in found.reason
        with pytest.raises(rl.BeyondData):
            rl.is_party(state, key, on="2004-06-30")
    # A State the data knows is still "not bound" where it is not: North Korea and the Convention.
    assert rl.is_party("PRK", CONVENTION, on="2004-06-30") is False


def test_data_files_are_found_through_importlib_resources_when_not_on_disk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A package imported from a zip archive has no data directory on disk: the data files are
    then read through ``importlib.resources``, with the same content."""
    from refugeelaw import _data

    on_disk = _data.read_text("countries.json"), _data.json_names("instruments")
    monkeypatch.setattr(_data, "_HERE", "/nonexistent/refugeelaw/data")
    assert (_data.read_text("countries.json"), _data.json_names("instruments")) == on_disk
    assert "refugee-convention-1951.json" in on_disk[1]


def test_every_verified_record_names_a_source_with_the_date_it_speaks_for() -> None:
    """Issue 14: 'verified' only for what a dated source states."""
    undated = [
        (p.state, p.instrument)
        for s in rl.states.all_states()
        for p in s.participations
        if p.status == "verified" and not any(x.date for x in p.source)
    ]
    assert undated == []


@pytest.mark.parametrize("key", sorted(DATASETS))
def test_every_multilateral_dataset_states_a_dated_horizon_within_its_sources(key: str) -> None:
    h = rl.states.horizon(key)
    assert h is not None
    assert h.date is not None
    assert h.sources
    assert any(s.date == h.date for s in h.sources)


# A record's own words that the date it relies on came from a third party's copy only.
_THIRD_PARTY = re.compile(r"third-party copy", re.IGNORECASE)


def _secondary_dates(record: dict[str, Any]) -> list[str]:
    """The notes of ``record`` saying that a date it relies on comes only from a third party's
    copy of a source ("as the Swiss official list of parties records it (a third-party copy:
    secondary)"). (A research line marking a date secondary is not enough: a record two sources
    agree on is verified by agreement, as Slovakia's ECHR record is.)"""
    return [n for n in record.get("notes") or () if isinstance(n, str) and _THIRD_PARTY.search(n)]


def _verified_on_secondary(node: object, path: str) -> list[tuple[str, str]]:
    """Every record under ``node`` marked 'verified' whose notes say a date it relies on is
    secondary, with its path."""
    out: list[tuple[str, str]] = []
    if isinstance(node, dict):
        if node.get("status") == "verified":
            out += [(path, note[:120]) for note in _secondary_dates(node)]
        for k, v in node.items():
            out += _verified_on_secondary(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _verified_on_secondary(v, f"{path}[{i}]")
    return out


def _every_data_file() -> list[tuple[str, Any]]:
    root = resources.files("refugeelaw").joinpath("data")
    out = [
        (e.name, json.loads(e.read_text("utf-8")))
        for e in root.iterdir()
        if e.name.endswith(".json")
    ]
    for folder in ("participation", "instruments"):
        out += [(f"{folder}/{name}", raw) for name, raw in _files(folder)]
    return out


def test_no_verified_record_rests_its_date_on_a_third_party_copy() -> None:
    """Review of the treaty data, F6: 'verified' is kept for what a dated official source states,
    so a record whose own notes say the date it relies on comes from a third-party copy ("a
    third-party copy: secondary") or a source the research marked secondary is 'secondary' (the
    1967 Protocol's succession records of Bosnia and Herzegovina, Djibouti, Fiji, Montenegro and
    Serbia, dated from a copy of the Swiss list of parties, were 'verified'). Every data file is
    swept, participation, instruments, territories and the rest."""
    files = _every_data_file()
    assert len(files) > 20
    wrong = [(name, *hit) for name, raw in files for hit in _verified_on_secondary(raw, "")]
    assert wrong == []


def test_the_sweep_finds_a_verified_record_dated_from_a_third_party_copy() -> None:
    """The check above can fail: a record like the Protocol's Fijian one before the review (status
    'verified', its date 'as the Swiss official list of parties records it (a third-party copy:
    secondary)') is found; the same record marked 'secondary', or one whose notes name no copy, is
    not."""
    fiji = {"status": "verified", "notes": ["in force from 1970-10-10, as the Swiss official list "
            "of parties records it (a third-party copy: secondary)"]}  # fmt: skip
    fine = {"status": "verified", "notes": ["Gazette: in force 1970-10-10."]}
    assert [p for p, _ in _verified_on_secondary({"records": [fine, fiji]}, "")] == [".records[1]"]
    assert _verified_on_secondary({**fiji, "status": "secondary"}, "") == []
