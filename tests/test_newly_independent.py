"""Newly independent States before their notification of succession (Vienna Convention on
Succession of States in respect of Treaties, Part III): art. 16, the clean slate ("A newly
independent State is not bound to maintain in force, or to become a party to, any treaty by
reason only of the fact that at the date of the succession of States the treaty was in force in
respect of the territory"); art. 23(1), a notifying State "shall be considered a party to the
treaty from the date of the succession of States"; art. 23(2), "Nevertheless, the operation of
the treaty shall be considered as suspended as between the newly independent State and the other
parties to the treaty until the date of making of the notification of succession". Where a
record dates a newly independent State's participation from its independence, whether the treaty
bound it before the notification is unknown, the reason naming both readings and the
notification's date; from the notification it binds the State. A successor by a separation or
dissolution (Part IV: art. 34 has no suspension clause) is bound from the date of succession, as
before."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import export, states
from refugeelaw.sources.territories import not_a_state, predecessor
from refugeelaw.states import Participation, _load_file

_C, _P = "refugee-convention-1951", "refugee-protocol-1967"

#: The records the data dates from independence, with their notification of succession.
_READ_BACK = {
    ("BEN", _C): (dt.date(1960, 8, 1), dt.date(1962, 4, 4)),
    ("CAF", _C): (dt.date(1960, 8, 13), dt.date(1962, 9, 4)),
    ("COG", _C): (dt.date(1960, 8, 15), dt.date(1962, 10, 15)),
    ("CYP", _C): (dt.date(1960, 8, 16), dt.date(1963, 5, 16)),
    ("DZA", _C): (dt.date(1962, 7, 3), dt.date(1963, 2, 21)),
    ("DJI", _P): (dt.date(1977, 6, 27), dt.date(1977, 8, 9)),
    ("FJI", _P): (dt.date(1970, 10, 10), dt.date(1972, 6, 12)),
}


def _hungarian_in(state: str, **facts: Any) -> rl.Claim:
    """A Hungarian who fears prison for his opinions, in ``state``."""
    harm = rl.Harm("prison for opinion", "HUN", severity="threat_to_life_or_freedom",
                   likelihood=0.8, actor="state", reasons={"political_opinion"})  # fmt: skip
    return rl.Claim(
        rl.Person("A", {"HUN"}, location=state),
        fears=[harm],
        danger_to_security=False,
        serious_crime_danger=False,
        **facts,
    )


def _bound_line(result: rl.ReturnAssessment) -> str:
    return next(
        line
        for line in result.explain().splitlines()
        if "the state is bound" in line and "33(1)" in line
    )


def test_fiji_under_the_protocol_in_1971_is_unknown_until_its_notification_vcsst_art_23_2() -> None:
    """VCSST arts 16 and 23, 1967 Protocol art. I(1), Refugee Convention art. 33(1): Fiji became
    independent on 10 October 1970 and notified its succession to the Protocol on 12 June 1972,
    which the Swiss list of parties dates from independence. On 1 June 1971 whether the Protocol
    bound it is unknown, the reason naming both readings (art. 23(1), as the depositary's
    practice dates it; art. 23(2), suspending its operation until the notification) and the
    notification's date; with custom not shown for 1971, returning a Hungarian political prisoner
    from Fiji is UNDETERMINED (was: PROHIBITED on art. 33(1) alone). From 12 June 1972 it is
    PROHIBITED, Fiji bound since 10 October 1970."""
    status = rl.party_status("FJI", _P, on="1971-06-01")
    assert status.verdict is rl.Verdict.UNKNOWN
    for words in ("newly independent State", "1972-06-12", "1970-10-10", "art. 23(1)",
                  "art. 23(2)", "suspended", "contested"):  # fmt: skip
        assert words in status.reason, words
    assert not states.participation("FJI", _P).bound_on(dt.date(1971, 6, 1))  # type: ignore[union-attr]
    before = rl.assess_return(_hungarian_in("FJI"), by="FJI", to="HUN", on="1971-06-01")
    assert before.outcome is rl.ReturnOutcome.UNDETERMINED
    assert before.breaches == ()
    line = _bound_line(before)
    assert line.lstrip().startswith("? the state is bound")
    assert "art. 23(2)" in line
    assert "1972-06-12" in line
    obligations = {str(o.citation): o for o in rl.obligations_of("FJI", on="1971-06-01")}
    assert obligations["Refugee Convention art. 33(1)"].bound is rl.Verdict.UNKNOWN
    after = rl.assess_return(_hungarian_in("FJI"), by="FJI", to="HUN", on="1972-06-12")
    assert after.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in after.breaches] == ["Refugee Convention art. 33(1)"]
    met = rl.party_status("FJI", _P, on="1972-06-12")
    assert met.verdict is rl.Verdict.MET
    assert "since 1970-10-10" in met.reason


def test_benin_under_the_convention_in_1961_is_unknown_until_its_notification_vcsst_art_23_2() -> (
    None
):
    """VCSST arts 16 and 23, Refugee Convention art. 33(1): Benin (Dahomey) became independent on
    1 August 1960 and notified its succession to the Convention on 4 April 1962, which the Dutch
    treaty gazette dates from independence. On 1 January 1961 whether the Convention bound it is
    unknown, and returning a Hungarian refugee of events in Europe before 1951 is UNDETERMINED
    (was: PROHIBITED); from 4 April 1962 it is PROHIBITED, Benin bound since 1 August 1960."""
    facts = {"events_before_1951": True, "events_in_europe": True}
    status = rl.party_status("BEN", _C, on="1961-01-01")
    assert status.verdict is rl.Verdict.UNKNOWN
    assert "art. 23(2)" in status.reason
    assert "1962-04-04" in status.reason
    before = rl.assess_return(_hungarian_in("BEN", **facts), by="BEN", to="HUN", on="1961-01-01")
    assert before.outcome is rl.ReturnOutcome.UNDETERMINED
    assert before.breaches == ()
    assert "1962-04-04" in _bound_line(before)
    after = rl.assess_return(_hungarian_in("BEN", **facts), by="BEN", to="HUN", on="1962-04-04")
    assert after.outcome is rl.ReturnOutcome.PROHIBITED
    assert "since 1960-08-01" in rl.party_status("BEN", _C, on="1962-04-04").reason


@pytest.mark.parametrize(("code", "instrument"), sorted(_READ_BACK))
def test_every_newly_independent_record_read_back_is_unknown_until_the_notification(
    code: str, instrument: str
) -> None:
    """VCSST art. 23: for each record the data dates from a newly independent State's
    independence (the Convention: Algeria, Benin, the Central African Republic, Congo, Cyprus; the
    Protocol: Djibouti, Fiji), NOT_MET the day before independence (no earlier date in the data;
    refused where the statehood data says the code named no State then), UNKNOWN from independence to the eve of the notification, MET from the notification; the
    record says it is a newly independent State's, with a source, and ``bound_on`` agrees."""
    since, notified = _READ_BACK[(code, instrument)]
    record = states.participation(code, instrument)
    assert record is not None
    assert record.newly_independent
    assert (record.in_force, record.deposited) == (since, notified)
    assert predecessor(code) is None
    eve = since - dt.timedelta(1)
    if not_a_state(code, eve) is not None:  # a territory the statehood data dates (Algeria)
        with pytest.raises(rl.InvalidInput, match=f"^state: {code} "):
            rl.party_status(code, instrument, on=eve)
    else:
        assert rl.party_status(code, instrument, on=eve).verdict is rl.Verdict.NOT_MET
    days = (since, notified - dt.timedelta(1), notified)
    verdicts = [rl.party_status(code, instrument, on=d).verdict for d in days]
    assert verdicts == [rl.Verdict.UNKNOWN, rl.Verdict.UNKNOWN, rl.Verdict.MET]
    assert [record.bound_on(d) for d in (eve, *days)] == [False, False, False, True]
    assert any("newly independent State (VCSST art. 2(1)(f)" in n for n in record.notes)


def test_part_iv_successors_are_bound_from_the_date_of_succession_vcsst_art_34() -> None:
    """VCSST art. 34 (separation of parts of a State: the predecessor's treaties continue "in
    respect of each successor State so formed") has no suspension clause: Croatia (from 8 October
    1991) and the Czech Republic (from 1 January 1993) are bound by the Convention and the
    Protocol before their notifications (12 October 1992; 11 May 1993), as before, and a
    Hungarian's return from either is PROHIBITED on art. 33(1)."""
    for code, days in (
        ("HRV", ("1991-12-01", "1992-06-01")),
        ("CZE", ("1993-02-01",)),
    ):
        assert predecessor(code) is not None
        for instrument in (_C, _P):
            record = states.participation(code, instrument)
            assert record is not None
            assert not record.newly_independent
            for day in days:
                assert rl.party_status(code, instrument, on=day).verdict is rl.Verdict.MET
        for day in days:
            r = rl.assess_return(_hungarian_in(code), by=code, to="HUN", on=day)
            assert r.outcome is rl.ReturnOutcome.PROHIBITED, (code, day)
            assert "Refugee Convention art. 33(1)" in [str(b.citation) for b in r.breaches]


def test_the_loader_requires_a_succession_read_back_to_say_which_it_was() -> None:
    """VCSST Part III or Part IV: a succession whose record is in force before its notification
    must be marked a newly independent State's unless the statehood data names the State a
    successor by a uniting or separation of States; the mark is refused on anything but a
    succession, and on a successor the statehood data names (Croatia). The record is Fiji's
    Protocol record without its mark."""
    raw: dict[str, Any] = {
        "instrument": _C,
        "sources": {},
        "records": [
            {
                "state": "FJI",
                "action": "succession",
                "deposited": "1972-06-12",
                "in_force": "1970-10-10",
            },
        ],
    }
    with pytest.raises(rl.InvalidInput, match=r"records\[0\]\.newly_independent: FJI's succession"):
        _load_file(raw)
    marked = {**raw, "records": [{**raw["records"][0], "newly_independent": True}]}
    (loaded,) = _load_file(marked)
    assert loaded.newly_independent
    assert loaded.before_notification(dt.date(1971, 6, 1))
    part_iv = {**raw, "records": [{**raw["records"][0], "state": "HRV"}]}
    assert not _load_file(part_iv)[0].newly_independent  # named by the statehood data
    with pytest.raises(rl.InvalidInput, match="newly_independent: only a succession"):
        Participation("FJI", _C, "accession", deposited="1972-06-12", newly_independent=True)
    with pytest.raises(rl.InvalidInput, match="successor of YUG"):
        Participation(
            "HRV", _C, "succession", deposited="1992-10-12", in_force="1991-10-08",
            newly_independent=True,
        )  # fmt: skip
    fiji = states.participation("FJI", _P)
    assert fiji is not None
    assert attrs.evolve(fiji, newly_independent=False).bound_on(dt.date(1971, 6, 1))


def test_the_export_carries_the_mark() -> None:
    """The participation export (CSV and JSON) carries whether a succession was a newly
    independent State's (VCSST Part III)."""
    rows = {(r["state"], r["instrument"]): r for r in export.rows(_P)}
    assert rows[("FJI", _P)]["newly_independent"] is True
    assert rows[("HRV", _P)]["newly_independent"] is False
    assert "newly_independent" in export.COLUMNS


def test_the_definition_before_the_notification_is_the_same_on_either_reading_art_1b() -> None:
    """Art 1B(1) and Protocol art. I(2): before its notification Benin is bound, read from
    independence, by the Convention alone, and read with VCSST art. 23(2) by neither; in 1961,
    before the Protocol, the dateline holds either way, and Benin, not among the States the data
    lists as having chosen alternative (a), keeps no limitation to Europe either way: a Hungarian
    of events before 1951 outside Europe is a refugee, as before; Congo, recorded as having chosen
    alternative (a), leaves the place of the events open. The header names both readings."""
    facts = {"events_before_1951": True, "events_in_europe": False}
    d = rl.assess_status(_hungarian_in("BEN", **facts), on="1961-01-01", state="BEN")
    assert d.outcome is rl.Status.REFUGEE
    header = d.explain().splitlines()[1]
    assert "whether Benin is bound by the 1951 Convention on 1961-01-01 is not known" in header
    assert "the Convention does not yet operate for it" in header
    congo = rl.assess_status(_hungarian_in("COG", **facts), on="1961-01-01", state="COG")
    assert congo.outcome is rl.Status.UNDETERMINED
    assert "states['COG'].art_1b" in congo.missing_facts()
