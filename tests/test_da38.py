"""Review s38 da38: treaty data, what a State owes on a date.

F1. ECHR art. 59(1), Protocol No. 6 art. 7, Protocol No. 13 art. 6: the Convention and its
Protocols are open to the members of the Council of Europe, and "Any European State ... may be
invited" to become one (Statute of the Council of Europe, art. 4). The Russian Federation,
expelled on 16 March 2022, was answered "not a party" on every later date, the answer itself
saying that "a later readmission would not be recorded". The roster speaks for its sources' dates:
the last that shows Russia outside is the Secretary General's speech of 25 October 2022 (46
members). Up to that day: NOT_MET; after it: UNKNOWN, naming the expulsion and that day.

F2. CAT arts 20 and 30(1), VCLT art. 22(3)(a): the USSR's reservations, withdrawn on days no
source gives (art. 30(1) by the decree of 10 February 1989 and the letter the UN released on 8
March 1989; art. 20 before the Committee against Torture's conclusions of November 1996), were
one record standing on every date, its summary saying the data model had no "withdrawn, date
unknown". Each is now a withdrawal on a day not known: standing, then in doubt, then gone.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

import refugeelaw as rl
from refugeelaw import states

ECHR, P6, P13 = "echr-1950", "echr-protocol-6-1983", "echr-protocol-13-2002"


@pytest.mark.parametrize("instrument", [ECHR, P6, P13])
def test_russia_expelled_from_the_council_of_europe_is_not_a_party_while_shown_outside(
    instrument: str,
) -> None:
    """ECHR art. 59(1) (and the Protocols' signature clauses): from its expulsion (16 March 2022;
    for the Convention itself, from 16 September 2022, when its participation ended, art. 58(3)) to
    25 October 2022, the last day a source shows it still outside, Russia is not a party and may
    not become one; the reason names that day."""
    for day in ("2022-09-16", "2022-10-25"):
        found = rl.party_status("RUS", instrument, on=day)
        assert found.verdict is rl.Verdict.NOT_MET, (instrument, day)
    found = rl.party_status("RUS", instrument, on="2022-10-25")
    assert "ceased to be eligible on 2022-03-16" in found.reason
    assert "still outside on 2022-10-25" in found.reason


@pytest.mark.parametrize("instrument", [ECHR, P6, P13])
def test_russia_after_the_rosters_last_source_is_unknown_not_a_confident_non_party(
    instrument: str,
) -> None:
    """ECHR art. 59(1); Statute of the Council of Europe art. 4: a former member may be invited
    again, and the roster does not speak past 25 October 2022. Before (review s38 da38 F1):
    NOT_MET on 2024-01-01 and 2040-01-01, "a later readmission would not be recorded"; after:
    UNKNOWN, the reason naming the expulsion and the last day the sources show Russia outside."""
    for day in ("2022-10-26", "2024-01-01", "2040-01-01"):
        found = rl.party_status("RUS", instrument, on=day)
        assert found.verdict is rl.Verdict.UNKNOWN, (instrument, day, found.reason)
        assert "ceased to be eligible on 2022-03-16" in found.reason
        assert "still outside only up to 2022-10-25" in found.reason
        assert found.missing


def test_the_russian_duty_under_echr_art_3_is_open_after_the_rosters_last_source() -> None:
    """ECHR art. 3 (Soering): a Russian removal to torture. On 25 October 2022 the Convention does
    not bind Russia and leaves nothing open; in 2024 whether it binds is beyond the data, so the
    art. 3 bar is undecided (before: not bound, no bar asked). Other bars (CAT art. 3(1)) still
    prohibit the return."""
    claim = rl.Claim(
        rl.Person("Dissident", nationalities={"TJK"}, location="RUS"),
        fears=[rl.Harm("torture in custody", "TJK", actor="state", likelihood=0.8, torture=True)],
    )
    then = rl.assess_return(claim, by="RUS", to="TJK", on="2022-10-25")
    assert not any(o.instrument == ECHR for o in then.undecided)
    later = rl.assess_return(claim, by="RUS", to="TJK", on="2024-01-01")
    assert later.outcome is rl.ReturnOutcome.PROHIBITED
    assert any(o.instrument == ECHR for o in later.undecided)


def test_vclt_art_18_for_russias_protocol_6_signature_is_not_pending_while_it_is_outside() -> None:
    """VCLT art. 18(a): Russia signed Protocol No. 6 on 16 April 1997. Nothing is pending while it
    may not become a party (expelled, to 25 October 2022); after that day whether it may is not
    known, and neither is whether the duty is owed."""
    on_day = rl.explain_obligations("RUS", on="2022-10-25").find(
        "VCLT art. 18 (ECHR Protocol No. 6)"
    )
    assert on_day is not None
    assert on_day.verdict is rl.Verdict.NOT_MET
    later = [
        o
        for o in rl.obligations_of("RUS", on="2024-01-01")
        if o.provision == "18" and "Protocol No. 6" in str(o.notes) + str(o.duty)
    ]
    assert later
    assert all(o.bound is rl.Verdict.UNKNOWN for o in later)


def test_states_never_members_of_the_council_of_europe_are_unchanged() -> None:
    """ECHR art. 59(1): a non-member the roster never listed is still not a party (China, the
    United States); the fix reaches only a State that left the roster."""
    for state in ("CHN", "USA"):
        assert rl.party_status(state, ECHR, on="2040-01-01").verdict is rl.Verdict.NOT_MET


@pytest.mark.parametrize("instrument", [ECHR, P6, P13])
def test_a_departure_from_a_roster_must_name_the_last_day_a_source_shows_it_outside(
    instrument: str,
) -> None:
    """Law is data with sources: each roster's departure names `as_of` and a source for it in its
    own file; one without, or with a day before the departure, is refused at load."""
    raw = json.loads(
        resources.files("refugeelaw").joinpath(f"data/participation/{instrument}.json").read_text()
    )
    roster = states._load_eligible(raw)
    assert roster is not None
    until, seen = roster.still_out["RUS"]
    assert until == dt.date(2022, 10, 25)
    assert [s.date for s in seen] == [dt.date(2022, 10, 25)]
    gone = raw["eligible"]["left"]["RUS"]
    for broken, message in (
        ({"as_of": None}, "still outside"),
        ({"as_of_source": []}, "still outside"),
        ({"as_of": "2022-03-01"}, "before it left"),
        ({"as_of_source": ["nowhere"]}, "nowhere"),
    ):
        raw["eligible"]["left"]["RUS"] = {**gone, **broken}
        with pytest.raises(ValueError, match=message):
            states._load_eligible(raw)


def test_the_ussrs_cat_art_30_1_reservation_is_gone_by_march_1989_not_standing_today() -> None:
    """CAT art. 30(1) (disputes to the ICJ): the USSR's reservation stands until the Presidium's
    decree of 10 February 1989, is in doubt from it, and is gone by 8 March 1989, when the UN
    released the letter notifying its withdrawal. Before (review s38 da38 F2): standing on every
    date, 2020 included; after: not standing from 8 March 1989."""
    (art30,) = [
        r
        for r in rl.states.get("RUS").participation("cat-1984").reservations  # type: ignore[union-attr]
        if r.kind == "reservation" and r.provisions == ("30(1)",)
    ]
    assert art30.standing(dt.date(1988, 1, 1)) is True
    assert art30.standing(dt.date(1989, 2, 10)) is None
    assert art30.standing(dt.date(1989, 3, 8)) is False
    assert art30.standing(dt.date(2020, 1, 1)) is False
    assert not art30.concerns("30(1)", dt.date(2020, 1, 1))


def test_the_ussrs_cat_art_20_reservation_is_gone_by_the_committees_1996_conclusions() -> None:
    """CAT art. 20 (the Committee's inquiry competence): the Committee welcomed "the withdrawal of
    the reservation to article 20" in November 1996 (CAT/C/17/Add.15 conclusions); no source seen
    shows the reservation standing after ratification (3 March 1987) or dates its withdrawal.
    Before (review s38 da38 F2): standing on every date; after: in doubt from 4 March 1987, gone
    by 30 November 1996. The summary no longer says the data model cannot hold this."""
    (art20,) = [
        r
        for r in rl.states.get("RUS").participation("cat-1984").reservations  # type: ignore[union-attr]
        if r.kind == "reservation" and r.provisions == ("20",)
    ]
    assert art20.standing(dt.date(1987, 3, 3)) is True
    assert art20.standing(dt.date(1995, 1, 1)) is None
    assert art20.standing(dt.date(1996, 11, 30)) is False
    assert "data model has no" not in art20.summary
    # No duty in the catalogue rests on arts 20 or 30(1): CAT art. 3(1) binds Russia throughout.
    for day in ("1988-01-01", "1995-01-01", "2020-01-01"):
        cat3 = rl.explain_obligations("RUS", on=day).find("CAT art. 3(1)")
        assert cat3 is not None
        assert cat3.verdict is rl.Verdict.MET, day
