"""Successor States before their notification of succession (VCSST art. 23(1) for a newly
independent State, Part IV for a separation or dissolution): the definition's
limits (Art 1B(1); Protocol art. I(2)-(3)) follow what ``party_status`` says of the Convention and
the Protocol, so a State whose participation the data cannot give on the day is never "bound by
neither" and never decided on a limit its participation could change."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import states
from refugeelaw.law.limits import treaty_regime
from refugeelaw.sources.territories import statehood

_C, _P = "refugee-convention-1951", "refugee-protocol-1967"
_PROTOCOL_IN_FORCE = dt.date(1967, 10, 4)  # Protocol art. VIII(1)


def _iranian(state: str) -> rl.Claim:
    """A political prisoner's fear of Iran, from events after 1951 and outside Europe."""
    harm = rl.Harm("prison for opinion", "IRN", severity="serious", likelihood=0.9, actor="state",
                   reasons={"political_opinion"})  # fmt: skip
    return rl.Claim(
        rl.Person("X", nationalities={"IRN"}, location=state),
        fears=[harm],
        protection={"IRN": "unavailable"},
        internal_relocation=False,
        events_before_1951=False,
        events_in_europe=False,
    )


def test_slovakia_before_its_notification_of_succession_vcsst_part_iv() -> None:
    """VCSST Part IV (uniting and separation of States): Slovakia notified its succession to the
    Convention and the Protocol on 4 February 1993, and no source read gives the day from which it
    took effect, so ``party_status`` is UNKNOWN on 15 January 1993, citing Part IV (the rule for a
    successor by separation or dissolution), not art. 23(1), which governs newly independent States
    (Part III; art. 2(1)(f)). The status header does not say "bound by neither", and the limits it
    would keep bound by the Convention alone (the dateline, Art 1B(1)) or by either (a declaration
    under Art 1B(1)(a), kept by Protocol art. I(3)) stay open (UNDETERMINED)."""
    for instrument in (_C, _P):
        status = rl.party_status("SVK", instrument, on="1993-01-15")
        assert status.verdict is rl.Verdict.UNKNOWN
        assert "as a successor of Czechoslovakia" in status.reason
        assert "Part IV, uniting and separation of States" in status.reason
        assert "art. 23(1)" not in status.reason
    d = rl.assess_status(_iranian("SVK"), on="1993-01-15", state="SVK")
    header = d.explain().splitlines()[1]
    assert "bound by neither" not in header
    assert "whether Slovakia is bound by the Convention or the Protocol on 1993-01-15" in header
    assert "Part IV" in header
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("states['SVK'].refugee-protocol-1967", "states['SVK'].art_1b")
    # After the notification Slovakia is bound by both, and the same claim succeeds.
    after = rl.assess_status(_iranian("SVK"), on="1993-03-01", state="SVK")
    assert after.outcome is rl.Status.REFUGEE


def test_a_newly_independent_state_before_its_notification_cites_vcsst_art_23_1() -> None:
    """VCSST art. 23(1) (Part III, newly independent States, art. 2(1)(f)): Fiji, a former
    dependent territory, notified its succession to the Convention on 12 June 1972; on 1 January
    1972 whether the Convention bound it is UNKNOWN, and the reason cites art. 23(1)."""
    status = rl.party_status("FJI", _C, on="1972-01-01")
    assert status.verdict is rl.Verdict.UNKNOWN
    assert "newly independent State" in status.reason
    assert "art. 23(1)" in status.reason
    assert "Part IV" not in status.reason


def test_croatia_is_bound_from_8_october_1991_as_the_un_depositary_note_gives() -> None:
    """VCSST Part IV and the UN depositary's note on Croatia (WIPO Lex's copy): Croatia's letter of
    27 July 1992 asks that its succession to the SFRY's treaties take effect from 8 October 1991.
    The Convention, the Protocol and the ICCPR bind Croatia from that day (status secondary: a
    third-party copy), so an Iranian political prisoner's claim in Croatia on 1 June 1992 no longer
    waits on its Protocol participation or on the dateline (before: UNDETERMINED, asking
    ``states['HRV'].refugee-protocol-1967`` and whether the events predate 1951). The day before,
    "Croatia" names no State (its ``statehood`` record, the same note: Croatia became independent
    on 8 October 1991), and is refused, naming Yugoslavia (was: NOT_MET, Croatia read as a State
    bound by nothing), which is bound that day by the Protocol and the ICCPR, an existing State
    bound by its treaties for its entire territory (VCLT arts 26 and 29; was: UNKNOWN, in doubt from
    25 June 1991, review s33 F3), and whose Convention participation no source read gives
    (UNKNOWN)."""
    for instrument in (_C, _P, "iccpr-1966"):
        with pytest.raises(rl.InvalidInput, match=r"^state: HRV \(Croatia\) is part of Yugoslavia"):
            rl.party_status("HRV", instrument, on="1991-10-07")
        sfry = rl.party_status("YUG", instrument, on="1991-10-07").verdict
        assert sfry is (rl.Verdict.UNKNOWN if instrument == _C else rl.Verdict.MET)
        on = rl.party_status("HRV", instrument, on="1991-10-08")
        assert on.verdict is rl.Verdict.MET
        assert "since 1991-10-08" in on.reason
        assert "status secondary" in on.reason
        assert "WIPO Lex" in on.reason
    claim = _iranian("HRV")
    claim = attrs.evolve(claim, events_before_1951=None, events_in_europe=None)
    d = rl.assess_status(claim, on="1992-06-01", state="HRV")
    assert d.outcome is rl.Status.REFUGEE
    assert d.missing_facts() == ()
    assert "Croatia is bound by the 1951 Convention and the 1967 Protocol" in d.explain()


def test_cat_binds_croatia_and_north_macedonia_no_earlier_than_it_bound_the_sfry_art_27_2() -> None:
    """CAT art. 27(2): the SFRY's ratification of 10 September 1991 put CAT in force for it on 10
    October 1991, after Croatia's date of succession (8 October 1991) and North Macedonia's (17
    September 1991), so no source read dates their succession to it: NOT_MET before 10 October
    1991, UNKNOWN from then until the notification (Croatia 12 October 1992, North Macedonia 12
    December 1994), MET from it."""
    for code, notified in (("HRV", dt.date(1992, 10, 12)), ("MKD", dt.date(1994, 12, 12))):
        verdicts = [
            rl.party_status(code, "cat-1984", on=d).verdict
            for d in (
                dt.date(1991, 10, 9),
                dt.date(1991, 10, 10),
                notified - dt.timedelta(1),
                notified,
            )
        ]
        assert verdicts == [
            rl.Verdict.NOT_MET,
            rl.Verdict.UNKNOWN,
            rl.Verdict.UNKNOWN,
            rl.Verdict.MET,
        ]


@pytest.mark.parametrize(
    ("code", "instrument", "first_day"),
    [
        ("MKD", _C, dt.date(1991, 9, 17)),
        ("MKD", "iccpr-1966", dt.date(1991, 9, 17)),
        ("MNE", _C, dt.date(2006, 6, 3)),
        ("MNE", "iccpr-1966", dt.date(2006, 6, 3)),
        ("MNE", "cat-1984", dt.date(2006, 6, 3)),
        ("MNE", "iccpr-op2-1989", dt.date(2006, 6, 3)),
        ("CZE", _C, dt.date(1993, 1, 1)),
        ("CZE", _P, dt.date(1993, 1, 1)),
        ("CZE", "iccpr-1966", dt.date(1993, 1, 1)),
        ("CZE", "cat-1984", dt.date(1993, 1, 1)),
    ],
)
def test_successors_by_separation_are_bound_from_the_date_their_notes_give(
    code: str, instrument: str, first_day: dt.date
) -> None:
    """VCSST Part IV and the depositaries' notes as copies give them: North Macedonia from 17
    September 1991 (the UN note), Montenegro from 3 June 2006 (the UN note and WIPO's remarks: the
    date of independence), the Czech Republic from 1 January 1993 (its general declaration): MET
    from that day, before the notification, on a record marked secondary. The day before the code
    names no State (its ``statehood`` record dates its independence from the same day) and is
    refused, naming the State it was part of (was: NOT_MET, a State bound by nothing)."""
    whole = {"MKD": "Yugoslavia", "MNE": "Serbia and Montenegro", "CZE": "Czechoslovakia"}[code]
    with pytest.raises(rl.InvalidInput, match=rf"^state: {code} .* is part of {whole} on"):
        rl.party_status(code, instrument, on=first_day - dt.timedelta(1))
    on = rl.party_status(code, instrument, on=first_day)
    assert on.verdict is rl.Verdict.MET
    assert "status secondary" in on.reason
    p = rl.states.participation(code, instrument)
    assert p is not None
    assert p.deposited is not None
    assert p.deposited > first_day


@pytest.mark.parametrize("instrument", [_C, _P, "iccpr-1966"])
def test_slovenia_between_independence_and_its_notification_is_unknown(instrument: str) -> None:
    """VCSST Part IV; the UN depositary's note on Slovenia (its letter of 1 July 1992, as WIPO Lex
    reproduces it): Slovenia recognised the continuity of the SFRY's treaties from its declaration
    of independence of 25 June 1991 only "en principe", each to receive "un examen juridique
    distinct", and the excerpt read stops before the day from which it considers itself bound. So
    whether the treaty binds it is UNKNOWN from 25 June 1991, and it binds it from the
    notification of 6 July 1992 at the latest (was: MET from 25 June 1991, on a date the source
    does not give; own-diff data review F3). Before 8 October 1991, the end of the Brioni
    moratorium on Slovenia's and Croatia's declarations (the day the data takes for both), "SVN"
    names no State (its ``statehood`` record) and is refused, naming Yugoslavia (was: SVN UNKNOWN
    from 25 June 1991; own-diff review F3), whose own participation answers then: the Protocol and
    the ICCPR bind it, a State still in being bound for its entire territory (VCLT arts 26 and 29;
    was: UNKNOWN from 25 June 1991, review s33 F3); the Convention's is unknown for want of a
    source."""
    for eve in ("1991-06-24", "1991-08-01", "1991-10-07"):
        with pytest.raises(
            rl.InvalidInput, match=r"^state: SVN \(Slovenia\) is part of Yugoslavia"
        ):
            rl.party_status("SVN", instrument, on=eve)
    sfry = rl.party_status("YUG", instrument, on="1991-08-01").verdict
    assert sfry is (rl.Verdict.UNKNOWN if instrument == _C else rl.Verdict.MET)
    for on in ("1991-10-08", "1992-07-05"):
        assert rl.party_status("SVN", instrument, on=on).verdict is rl.Verdict.UNKNOWN
    assert rl.party_status("SVN", instrument, on="1992-07-06").verdict is rl.Verdict.MET


def test_north_macedonia_s_protocol_between_the_un_date_and_the_swiss_date_is_unknown() -> None:
    """Protocol art. VIII and the sources' disagreement: the UN depositary's note gives North
    Macedonia's successions effect from 17 September 1991, the Swiss list of parties to the
    Protocol from 17 November 1991. Before the first "MKD" names no State (the same note: the day
    it assumed responsibility for its international relations) and is refused; between them
    whether the Protocol binds it is UNKNOWN ("the sources disagree"); from the second it binds it.
    A claim on 1 October 1991 (the Convention binding it, the Protocol unknown) leaves the
    dateline open."""
    with pytest.raises(rl.InvalidInput, match=r"^state: MKD .* is part of Yugoslavia"):
        rl.party_status("MKD", _P, on="1991-09-16")
    doubt = rl.party_status("MKD", _P, on="1991-10-01")
    assert doubt.verdict is rl.Verdict.UNKNOWN
    assert doubt.reason.startswith("the sources disagree")
    assert "17.11.1991" in doubt.reason
    assert rl.party_status("MKD", _P, on="1991-11-17").verdict is rl.Verdict.MET
    d = rl.assess_status(attrs.evolve(_iranian("MKD"), events_before_1951=None), on="1991-10-01",
                         state="MKD")  # fmt: skip
    assert d.outcome is rl.Status.UNDETERMINED
    assert "states['MKD'].refugee-protocol-1967" in d.missing_facts()
    assert "events_before_1951" in d.missing_facts()


def test_a_return_by_slovakia_before_its_notification_leaves_art_33_1_unknown() -> None:
    """Art 33(1) is owed by a State bound by the Convention: for Slovakia on 15 January 1993 that is
    UNKNOWN (VCSST Part IV), on the return side as on the status side, so the bar is neither
    applied nor set aside by the Convention; customary non-refoulement, which binds every State,
    decides the return."""
    r = rl.assess_return(_iranian("SVK"), by="SVK", to="IRN", on="1993-01-15")
    bar = r.finding.find("Refugee Convention art. 33(1) bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    bound = bar.find("the state is bound")
    assert bound is not None
    assert bound.verdict is rl.Verdict.UNKNOWN
    assert "Part IV" in bound.reason
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert "customary international law" in str(r)


def _samples() -> list[tuple[str, dt.date]]:
    """Days around each dated event of each Convention and Protocol record (a notification's eve,
    a deposit, a doubt's start, a withdrawal), up to the data's horizon, on which the code names a
    State (before its independence a successor's code is refused: Slovenia on 7 October 1991)."""
    horizon = states.horizon(_C)
    assert horizon is not None
    assert horizon.date is not None
    out = set()
    for s in states.all_states():
        for key in (_C, _P):
            p = s.participation(key)
            if p is None:
                continue
            days = [p.deposited, p.in_force, p.in_doubt_from, p.as_of]
            if p.withdrawal is not None:
                days += [p.withdrawal.in_doubt_from, p.withdrawal.effective]
            for day in days:
                if day is None:
                    continue
                for near in (day - dt.timedelta(1), day, day + dt.timedelta(1)):
                    if dt.date(1954, 4, 22) <= near <= horizon.date and not (
                        (record := statehood(s.code)) is not None
                        and record.since is not None
                        and near < record.since
                    ):
                        out.add((s.code, near))
    return sorted(out)


def test_no_state_whose_participation_is_unknown_is_bound_by_neither() -> None:
    """Art 1B(1) and Protocol art. I(2)-(3), over every State and day sampled from the data where
    ``party_status`` is UNKNOWN for the Convention or the Protocol (chiefly the eve of a
    notification of succession, VCSST art. 23(1) or Part IV): the regime never says "bound by
    neither";
    where the Convention may bind and the Protocol does not (or may not), the dateline and the
    geographic limitation stay open and an Iranian's claim from events after 1951 outside Europe
    is not decided; where only the Protocol is open, the definition reads the same either way."""
    seen = set()
    wrong: list[tuple[object, ...]] = []
    for code, day in _samples():
        conv = rl.party_status(code, _C, on=day).verdict
        prot = rl.party_status(code, _P, on=day).verdict
        if rl.Verdict.UNKNOWN not in (conv, prot):
            continue
        seen.add(code)
        regime = treaty_regime(code, day)
        if "bound by neither" in regime.description:
            wrong.append((code, day, regime.description))
        protocol, convention = states.participation(code, _P), states.participation(code, _C)
        if protocol is not None and protocol.before_notification(day):
            # VCSST art. 23: a newly independent State's Protocol succession, dated back to its
            # independence, before any notification to the Convention: read from independence it
            # is bound by the Protocol, read with art. 23(2) by neither yet; either way the
            # definition is the Protocol's, with no dateline (art. I(2)).
            if regime.dateline is not False or not regime.protocol_applies:
                wrong.append((code, day, "the Protocol read back, yet a dateline", regime))
            continue
        if convention is not None and convention.before_notification(day):
            # The same for the Convention, the Protocol not binding: the Convention alone or
            # neither; before the Protocol, the dateline either way, and a limitation to Europe
            # only as the State's own Art 1B(1) choice gives it.
            choice = states.art_1b_choice(code, day)[0]
            early = day < _PROTOCOL_IN_FORCE
            if regime.dateline is not (True if early else None) or (
                regime.geographic_limitation is not (False if choice == "b" else None)
            ):
                wrong.append((code, day, "the Convention read back", regime))
            continue
        if conv is rl.Verdict.UNKNOWN and prot is not rl.Verdict.MET:
            # Before the Protocol came into force every reading kept the dateline, so a fear from
            # events after 1951 fails whatever the State's participation; after it, nothing is
            # decided.
            early = day < _PROTOCOL_IN_FORCE
            if regime.geographic_limitation is not None or regime.dateline is not (
                True if early else None
            ):
                wrong.append((code, day, "limits decided", regime))
            try:
                outcome = rl.assess_status(_iranian(code), on=day, state=code).outcome
            except rl.InvalidInput:  # not a State on the day (the GDR after 3 October 1990)
                continue
            if outcome is not (rl.Status.NOT_REFUGEE if early else rl.Status.UNDETERMINED):
                wrong.append((code, day, outcome))
        if prot is rl.Verdict.UNKNOWN and conv is rl.Verdict.NOT_MET and regime.limited:
            wrong.append((code, day, "limited, though the Protocol or neither reads alike"))
        if rl.Verdict.MET not in (conv, prot) and "not known" not in regime.description:
            wrong.append((code, day, regime.description))
    assert not wrong
    # The successions the review named, and the decolonisation ones, were all exercised.
    assert {"MKD", "SVK", "DJI", "FJI", "TUV", "GMB"} <= seen


def test_djibouti_before_its_notifications_reads_the_protocol_either_way_art_i_3() -> None:
    """Protocol art. I(2)-(3) and VCSST art. 23: Djibouti notified its successions to the Protocol
    and the Convention on 9 August 1977; the Swiss list of parties dates the Protocol's from its
    independence on 27 June 1977 (art. 23(1)), while art. 23(2) suspends the treaty's operation
    until the notification. On 1 July 1977 whether either binds it is unknown (was: the Protocol
    MET), but every reading gives the Protocol's definition: read from independence Djibouti is
    bound by the Protocol (and perhaps the Convention, with no Art 1B(1)(a) declaration recorded),
    read with art. 23(2) by neither yet. The regime keeps no dateline and, Djibouti not among the
    States the data lists as having chosen alternative (a), no limitation: the Iranian is a
    refugee, as before."""
    assert rl.party_status("DJI", _P, on="1977-07-01").verdict is rl.Verdict.UNKNOWN
    assert rl.party_status("DJI", _C, on="1977-07-01").verdict is rl.Verdict.UNKNOWN
    regime = treaty_regime("DJI", dt.date(1977, 7, 1))
    assert regime.description.startswith(
        "whether Djibouti is bound by the 1967 Protocol on 1977-07-01 is not known (Djibouti, "
        "recorded as a newly independent State, notified its succession"
    )
    assert "neither the Protocol nor the Convention (notified on 1977-08-09) yet operated" in (
        regime.description
    )
    assert (regime.dateline, regime.geographic_limitation) == (False, False)
    d = rl.assess_status(_iranian("DJI"), on="1977-07-01", state="DJI")
    assert d.outcome is rl.Status.REFUGEE
    assert rl.party_status("DJI", _P, on="1977-08-09").verdict is rl.Verdict.MET


def test_a_convention_party_whose_protocol_participation_is_unknown_keeps_the_dateline_open() -> (
    None
):
    """Art 1B(1) and Protocol art. I(2): a party to the Convention alone keeps the 1951 dateline,
    which the Protocol lifts. North Macedonia is bound by the Convention from 17 September 1991
    (the UN note), while whether the Protocol binds it before 17 November 1991 is unknown (the
    Swiss list of parties gives that date): on 1 October 1991 the dateline is open (neither "the
    1951 Convention alone" nor lifted)."""
    assert rl.party_status("MKD", _C, on="1991-10-01").verdict is rl.Verdict.MET
    assert rl.party_status("MKD", _P, on="1991-10-01").verdict is rl.Verdict.UNKNOWN
    regime = treaty_regime("MKD", dt.date(1991, 10, 1))
    assert regime.dateline is None
    assert regime.description.startswith(
        "North Macedonia is bound by the 1951 Convention on 1991-10-01; whether it is also bound "
        "by the 1967 Protocol, which lifts the dateline, is not known (the sources disagree"
    )
