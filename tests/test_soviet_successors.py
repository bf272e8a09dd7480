"""The USSR's successors by separation (Vienna Convention on Succession of States in respect of
Treaties, Part IV, art. 34(1)(a): "any treaty in force at the date of the succession of States in
respect of the entire territory of the predecessor State continues in force in respect of each
successor State so formed"), read as Slovakia is before its notifications: from its date of
succession until its own ratification or accession takes effect, whether a treaty that bound the
USSR binds a republic is UNKNOWN. The Human Rights Committee holds that the Covenant's protection
"devolves with territory" (General Comment No. 26 (1997), para. 4); the republics acceded as new
parties, practice read as a clean slate; the data does not decide between them.

Before (review s34, data F1): the statehood record of the USSR listed no successor ("the other
former Soviet republics are new States"), so the USSR's ICCPR and CAT were NOT_MET for Kazakhstan,
Uzbekistan and the others until their own accessions, and a Kazakh return in 2000 to a real risk
of inhuman treatment was a decided PERMITTED.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import refugeelaw as rl
from refugeelaw import states
from refugeelaw._data import read_text
from refugeelaw.sources.territories import held, not_a_state, predecessor, state_of, statehood

_ICCPR, _CAT, _VCLT = "iccpr-1966", "cat-1984", "vclt-1969"
_C, _P = "refugee-convention-1951", "refugee-protocol-1967"

#: Each republic the data reads as part of the USSR before its independence, and its day of
#: independence (the act of its own legislature: its statehood record names the choice).
_REPUBLICS = {
    "GEO": dt.date(1991, 4, 9),
    "MDA": dt.date(1991, 8, 27),
    "KGZ": dt.date(1991, 8, 31),
    "UZB": dt.date(1991, 8, 31),
    "TJK": dt.date(1991, 9, 9),
    "ARM": dt.date(1991, 9, 23),
    "AZE": dt.date(1991, 10, 18),
    "TKM": dt.date(1991, 10, 27),
    "KAZ": dt.date(1991, 12, 16),
}


def _detainee() -> rl.Claim:
    """An Uzbek in Kazakhstan who fears beatings in pre-trial detention: a real risk of
    irreparable harm (ICCPR art. 7), not torture, and not for a Convention reason."""
    harm = rl.Harm("beatings in pre-trial detention", "UZB", severity="serious", likelihood=0.7,
                   actor="state", torture=False, irreparable=True, reasons={"personal"},
                   protection_withheld_for=set())  # fmt: skip
    return rl.Claim(rl.Person("Detainee", nationalities={"UZB"}, location="KAZ"), fears=[harm])


def test_a_kazakh_return_in_2000_to_inhuman_treatment_is_undetermined_iccpr_art_7_vcsst_art_34() -> (
    None
):
    """ICCPR art. 7 and VCSST art. 34(1)(a): the ICCPR was in force for the USSR from 23 March
    1976, for its entire territory; Kazakhstan, a State from 16 December 1991, ratified it only on
    24 January 2006 (in force 24 April 2006). Returning an Uzbek detainee from Kazakhstan on
    1 June 2000 to a real risk of inhuman treatment was PERMITTED, Kazakhstan "not bound by ICCPR
    art. 7"; now whether the Covenant bound Kazakhstan is unknown, the reason citing art. 34(1)(a)
    and General Comment No. 26 para. 4, and the return is UNDETERMINED, naming the succession
    fact. From 24 April 2006 the same return is PROHIBITED on art. 7."""
    ret = rl.assess_return(_detainee(), by="KAZ", to="UZB", on="2000-06-01")
    assert ret.outcome is rl.ReturnOutcome.UNDETERMINED  # was PERMITTED
    assert ret.breaches == ()
    assert "ICCPR art. 7" in [str(o.citation) for o in ret.undecided]
    bar = ret.finding.find("ICCPR art. 7 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    bound = bar.find("the state is bound")
    assert bound is not None
    assert bound.verdict is rl.Verdict.UNKNOWN  # was NOT_MET
    for words in ("art. 34(1)(a)", "continues in force in respect of each successor State so "
                  "formed", "art. 7(1)", "General Comment No. 26 (1997), para. 4", "2006-04-24"):  # fmt: skip
        assert words in bound.reason, words
    assert "states['KAZ'].iccpr-1966" in ret.missing_facts()
    after = rl.assess_return(_detainee(), by="KAZ", to="UZB", on="2006-04-24")
    assert after.outcome is rl.ReturnOutcome.PROHIBITED
    assert "ICCPR art. 7" in [str(b.citation) for b in after.breaches]


@pytest.mark.parametrize("code", sorted(_REPUBLICS))
@pytest.mark.parametrize("instrument", [_ICCPR, _CAT])
def test_the_ussrs_iccpr_and_cat_are_unknown_for_each_successor_until_its_own_accession(
    code: str, instrument: str
) -> None:
    """VCSST art. 34(1)(a): the ICCPR (in force for the USSR from 23 March 1976) and CAT (from
    26 June 1987) bound the USSR on each republic's eve of independence. On the eve the
    republic's code names part of the USSR and is refused; from its independence until its own
    ratification or accession takes effect the treaty is UNKNOWN (was NOT_MET), the reason citing
    art. 34(1)(a) and naming its own record; from then MET. The Covenant's reason also cites
    General Comment No. 26 para. 4."""
    since = _REPUBLICS[code]
    own = states.participation(code, instrument)
    assert own is not None
    assert own.action in (states.Action.ACCESSION, states.Action.RATIFICATION)
    assert own.in_force is not None
    assert own.in_force > since
    assert states.participation("SUN", instrument).bound_on(since - dt.timedelta(1))  # type: ignore[union-attr]
    with pytest.raises(rl.InvalidInput, match=rf"^state: {code} .* is part of USSR"):
        rl.party_status(code, instrument, on=since - dt.timedelta(1))
    for day in (since, own.in_force - dt.timedelta(1)):
        found = rl.party_status(code, instrument, on=day)
        assert found.verdict is rl.Verdict.UNKNOWN, (code, instrument, day)
        assert "art. 34(1)(a)" in found.reason
        assert "by separating from USSR" in found.reason
        assert own.in_force.isoformat() in found.reason
        assert found.missing == (f"states[{code!r}].{instrument}",)
        assert ("General Comment No. 26" in found.reason) is (instrument == _ICCPR)
    assert rl.party_status(code, instrument, on=own.in_force).verdict is rl.Verdict.MET


def test_the_refugee_convention_is_unaffected_the_ussr_was_never_a_party() -> None:
    """Art 34(1)(a) continues only a treaty "in force at the date of the succession of States" for
    the predecessor. The USSR never became a party to the Refugee Convention or the 1967 Protocol
    (the Russian Federation acceded to both in 1993: the data reads the USSR as never a party), so
    nothing passes: Kazakhstan's Convention is NOT_MET before its accession of 15 January 1999, as
    before, and the Kazakh return above owes nothing under art. 33(1) before it."""
    for instrument in (_C, _P):
        assert rl.party_status("SUN", instrument, on="1991-06-01").verdict is rl.Verdict.NOT_MET
        for code, since in _REPUBLICS.items():
            found = rl.party_status(code, instrument, on=since)
            assert found.verdict is rl.Verdict.NOT_MET, (code, instrument)
            assert "art. 34" not in found.reason
    assert rl.party_status("KAZ", _C, on="1998-12-31").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("KAZ", _C, on="1999-04-15").verdict is rl.Verdict.MET


def test_un_membership_does_not_pass_by_succession_vcsst_art_4_a() -> None:
    """VCSST art. 4(a): the Convention applies to the constituent instrument of an international
    organisation "without prejudice to the rules concerning acquisition of membership"; UN Charter
    art. 4: admission. The USSR's membership passed to none of its successors (the Russian
    Federation continues it): Kazakhstan is no Member on 1 January 1992, and a Member from its
    admission of 2 March 1992."""
    assert rl.party_status("KAZ", "un-charter-1945", on="1992-01-01").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("KAZ", "un-charter-1945", on="1992-03-02").verdict is rl.Verdict.MET


def test_azerbaijan_with_no_vclt_record_of_its_own_is_unknown_under_the_vclt() -> None:
    """VCSST art. 34(1)(a): the USSR acceded to the VCLT on 29 April 1986 (in force 29 May 1986,
    VCLT art. 84(2)); Azerbaijan has no ratification, accession or succession of its own in the
    UN table the data reads, so whether the VCLT binds it is UNKNOWN from its independence on
    18 October 1991, on every later date (was: NOT_MET)."""
    assert states.participation("AZE", _VCLT) is None
    for day in ("1991-10-18", "2000-01-01", "2015-03-12"):
        found = rl.party_status("AZE", _VCLT, on=day)
        assert found.verdict is rl.Verdict.UNKNOWN
        assert "no ratification, accession or succession of Azerbaijan's own" in found.reason
    assert rl.party_status("KAZ", _VCLT, on="1993-01-01").verdict is rl.Verdict.UNKNOWN
    assert rl.party_status("KAZ", _VCLT, on="1994-02-04").verdict is rl.Verdict.MET


def test_belarus_ukraine_and_the_baltic_states_are_as_before() -> None:
    """Belarus and Ukraine ratified the ICCPR (1973) and CAT (1987) in their own right and are
    States on every date: bound before and after 1991 by their own records. Estonia, Latvia and
    Lithuania hold themselves restored the States annexed in 1940, not successors of the USSR: no
    predecessor is recorded, and the USSR's treaties are NOT_MET for them until their own
    accessions (Estonia's ICCPR, acceded 21 October 1991, in force 21 January 1992)."""
    for code in ("BLR", "UKR"):
        assert predecessor(code) is not None
        assert statehood(code) is None  # a State on every date, no date of succession
        for day in ("1985-06-01", "1995-06-01"):
            assert rl.party_status(code, _ICCPR, on=day).verdict is rl.Verdict.MET
    for code in ("EST", "LVA", "LTU"):
        assert predecessor(code) is None
        assert statehood(code) is None
    assert rl.party_status("EST", _ICCPR, on="1991-12-01").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("EST", _ICCPR, on="1992-01-21").verdict is rl.Verdict.MET


def test_obligations_of_kazakhstan_in_1995_show_the_iccpr_and_cat_duties_unknown() -> None:
    """ICCPR arts 6(1) and 7, CAT art. 3(1): what Kazakhstan owed on 1 January 1995 under the
    USSR's treaties is unknown (was: not listed as binding), the Refugee Convention's duties not
    binding it (its accession of 1999)."""
    found = {
        (o.instrument, o.provision): o.bound for o in rl.obligations_of("KAZ", on="1995-01-01")
    }
    assert found[(_ICCPR, "7")] is rl.Verdict.UNKNOWN
    assert found[(_ICCPR, "6(1)")] is rl.Verdict.UNKNOWN
    assert found[(_CAT, "3(1)")] is rl.Verdict.UNKNOWN
    assert all(
        bound is not rl.Verdict.MET for (instrument, _), bound in found.items() if instrument == _C
    )


def test_a_kazakh_place_in_1985_is_in_the_ussr_and_a_kazakh_nationality_then_is_refused() -> None:
    """Art 1A(2) "outside the country of his nationality": Kazakhstan was part of the USSR (the
    Constitution of 5 December 1936, art. 13) until 15 December 1991, so a place there in 1985 is
    in the USSR, and a Kazakh nationality in 1985 is refused, naming the USSR (was: Kazakhstan read
    as a State on every date)."""
    assert state_of("KAZ", dt.date(1985, 6, 1)) == "SUN"
    assert held("KAZ", dt.date(1991, 12, 15)) == ("SUN", "part")
    assert not_a_state("KAZ", dt.date(1991, 12, 16)) is None
    harm = rl.Harm("prison", "SUN", severity="threat_to_life_or_freedom", likelihood=0.8,
                   actor="state", reasons={"political_opinion"})  # fmt: skip
    claim = rl.Claim(rl.Person("A", {"KAZ"}, location="FIN"), fears=[harm])
    with pytest.raises(
        rl.InvalidInput,
        match=r"^claim\.person\.nationalities: KAZ \(Kazakhstan\) names no State on 1985-06-01: "
        r"it is part of USSR then",
    ):
        rl.assess_status(claim, on="1985-06-01", state="FIN")


def test_the_ussr_record_lists_its_successors_with_sources_not_new_states() -> None:
    """Law as data: the USSR's statehood record lists its eleven successors (the ten Alma-Ata
    signatories besides the Russian Federation, and Georgia), names no Baltic State, and no longer
    says the other republics are new States; each of the nine republics it held has a dated,
    sourced record that names the choice of its day of independence and the other day sources
    give (the USSR's end, 26 December 1991)."""
    raw = json.loads(read_text("territories.json"))
    sun = raw["statehood"]["SUN"]
    assert sun["successors"] == [
        "ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "MDA", "TJK", "TKM", "UKR", "UZB"
    ]  # fmt: skip
    notes = " ".join(sun["notes"])
    assert "; the other former Soviet republics are new States" not in notes  # quoted as history
    assert "Estonia, Latvia and Lithuania are not among the successors" in notes
    assert "General Comment No. 26 (1997), para. 4" in notes
    for code, since in _REPUBLICS.items():
        record = raw["statehood"][code]
        assert record["since"] == since.isoformat()
        assert all(key in raw["sources"] for key in record["source"])
        assert "26 December 1991" in record["notes"][0]
        assert "a choice, named here" in record["notes"][0]
        (period,) = raw["territories"][code]["held"]
        assert period["state"] == "SUN"
        assert period["treaties"] == "entire"
        assert period["until"] == (since - dt.timedelta(1)).isoformat()
        before = predecessor(code)
        assert before is not None
        assert before.state == "SUN"
