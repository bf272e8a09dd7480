"""Successor States before their notification of succession (VCSST art. 23(1)): the definition's
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
from refugeelaw.states import Participation

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


def test_croatia_on_1_january_1992_before_its_notification_of_succession_vcsst_23_1() -> None:
    """VCSST art. 23(1): Croatia notified its succession to the Convention and the Protocol on 12
    October 1992, and a notification of succession may take effect from independence, so
    ``party_status`` is UNKNOWN on 1 January 1992. The status header said Croatia was "bound by
    neither the Convention nor the Protocol" and an Iranian whose events were outside Europe was a
    REFUGEE; now whether it is bound is not known, and the limits it would keep bound by the
    Convention alone (the dateline, Art 1B(1)) or by either (a declaration under Art 1B(1)(a),
    kept by Protocol art. I(3)) stay open, as for Yugoslavia in 1990 (UNDETERMINED)."""
    for instrument in (_C, _P):
        status = rl.party_status("HRV", instrument, on="1992-01-01")
        assert status.verdict is rl.Verdict.UNKNOWN
        assert "art. 23(1)" in status.reason
    d = rl.assess_status(_iranian("HRV"), on="1992-01-01", state="HRV")
    header = d.explain().splitlines()[1]
    assert "bound by neither" not in header
    assert "whether Croatia is bound by the Convention or the Protocol on 1992-01-01" in header
    assert "is not known (Croatia notified its succession to Refugee Convention" in header
    assert "art. 23(1)" in header
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("states['HRV'].refugee-protocol-1967", "states['HRV'].art_1b")
    # After the notification Croatia is bound by both, and the same claim succeeds.
    after = rl.assess_status(_iranian("HRV"), on="1993-01-01", state="HRV")
    assert after.outcome is rl.Status.REFUGEE
    assert "Croatia is bound by the 1951 Convention and the 1967 Protocol" in after.explain()


def test_a_return_by_croatia_before_its_notification_leaves_art_33_1_unknown() -> None:
    """Art 33(1) is owed by a State bound by the Convention: for Croatia on 1 January 1992 that is
    UNKNOWN (VCSST art. 23(1)), on the return side as on the status side, so the bar is neither
    applied nor set aside by the Convention; customary non-refoulement, which binds every State,
    decides the return."""
    r = rl.assess_return(_iranian("HRV"), by="HRV", to="IRN", on="1992-01-01")
    bar = r.finding.find("Refugee Convention art. 33(1) bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    bound = bar.find("the state is bound")
    assert bound is not None
    assert bound.verdict is rl.Verdict.UNKNOWN
    assert "art. 23(1)" in bound.reason
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert "customary international law" in str(r)


def _samples() -> list[tuple[str, dt.date]]:
    """Days around each dated event of each Convention and Protocol record (a notification's eve,
    a deposit, a doubt's start, a withdrawal), up to the data's horizon."""
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
                    if dt.date(1954, 4, 22) <= near <= horizon.date:
                        out.add((s.code, near))
    return sorted(out)


def test_no_state_whose_participation_is_unknown_is_bound_by_neither() -> None:
    """Art 1B(1) and Protocol art. I(2)-(3), over every State and day sampled from the data where
    ``party_status`` is UNKNOWN for the Convention or the Protocol (chiefly the eve of a
    notification of succession, VCSST art. 23(1)): the regime never says "bound by neither";
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
    assert {"HRV", "SVN", "MKD", "SVK", "CZE", "DJI", "FJI", "TUV", "GMB"} <= seen


def test_djibouti_bound_by_the_protocol_before_its_convention_succession_art_i_3() -> None:
    """Protocol art. I(3): a party to the Protocol applies its definition without geographic
    limitation save an existing declaration under Art 1B(1)(a). Djibouti acceded to the Protocol
    on 27 June 1977 and notified its succession to the Convention on 9 August 1977; between the
    two whether the Convention binds it is unknown (VCSST art. 23(1)), and the header says so,
    while Djibouti, not among the States the data lists as having chosen alternative (a), keeps
    no limitation either way: the Iranian is a refugee."""
    assert rl.party_status("DJI", _P, on="1977-07-01").verdict is rl.Verdict.MET
    assert rl.party_status("DJI", _C, on="1977-07-01").verdict is rl.Verdict.UNKNOWN
    regime = treaty_regime("DJI", dt.date(1977, 7, 1))
    assert regime.description.startswith(
        "Djibouti is bound by the 1967 Protocol on 1977-07-01 (whether it is also bound by the "
        "1951 Convention is not known: Djibouti notified its succession"
    )
    assert (regime.dateline, regime.geographic_limitation) == (False, False)
    d = rl.assess_status(_iranian("DJI"), on="1977-07-01", state="DJI")
    assert d.outcome is rl.Status.REFUGEE


def test_a_convention_party_whose_protocol_succession_is_pending_keeps_the_dateline_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Art 1B(1) and Protocol art. I(2): a party to the Convention alone keeps the 1951 dateline,
    which the Protocol lifts. The data holds no State bound by the Convention while its Protocol
    succession is pending, so this takes Croatia's records with a hypothetical Convention in force
    from 8 October 1991: on 1 January 1992 its Protocol participation is UNKNOWN (VCSST art.
    23(1)), so the dateline is open (neither "the 1951 Convention alone" nor lifted)."""
    real = states.participation

    def hypothetical(state: object, instrument: object, **kw: object) -> Participation | None:
        p = real(state, instrument, **kw)  # type: ignore[arg-type]
        if p is not None and p.state == "HRV" and p.instrument == _C:
            return attrs.evolve(p, in_force=dt.date(1991, 10, 8))
        return p

    monkeypatch.setattr(states, "participation", hypothetical)
    assert rl.party_status("HRV", _C, on="1992-01-01").verdict is rl.Verdict.MET
    assert rl.party_status("HRV", _P, on="1992-01-01").verdict is rl.Verdict.UNKNOWN
    regime = treaty_regime("HRV", dt.date(1992, 1, 1))
    assert regime.dateline is None
    assert regime.description.startswith(
        "Croatia is bound by the 1951 Convention on 1992-01-01; whether it is also bound by the "
        "1967 Protocol, which lifts the dateline, is not known (Croatia notified its succession"
    )
