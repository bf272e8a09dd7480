"""The Socialist Federal Republic of Yugoslavia (``YUG``) bound by its treaties to its last day,
and Slovakia's successions as the data dates them (review s33, F3 and F4).

VCLT art. 26: "Every treaty in force is binding upon the parties to it and must be performed by
them in good faith"; art. 29: "a treaty is binding upon each party in respect of its entire
territory". The data reads the SFRY as a State until 27 April 1992 (its statehood record), and its
successors as parts of it until the days their territory records give; so the SFRY is bound by the
ICCPR, CAT and the 1967 Protocol until that day in respect of the territory still its own (VCSST
art. 35 for a State continuing after a separation, art. 34 for its successors), as Czechoslovakia
is bound to its last day. Its records were in doubt from 25 June 1991, so that a return from
Belgrade on 1 January 1992 was UNDETERMINED where it is PROHIBITED.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

import refugeelaw as rl
from refugeelaw import states
from refugeelaw.sources.territories import statehood

NO_CUSTOM = rl.Doctrine(non_refoulement_customary=False)
_SFRY_TREATIES = ("iccpr-1966", "cat-1984", "refugee-protocol-1967")
_END = dt.date(1992, 4, 27)  # the SFRY's statehood record: ended_by


def _return(
    location: str, harm: rl.Harm, to: str, on: str, doctrine: rl.Doctrine | None = None
) -> rl.ReturnAssessment:
    """A return by the SFRY of a person in ``location``, who fears ``harm`` in ``to``."""
    claim = rl.Claim(
        rl.Person("A", nationalities={to}, location=location),
        fears=[harm],
        danger_to_security=False,
        serious_crime_danger=False,
    )
    return rl.assess_return(claim, by="YUG", to=to, on=on, doctrine=doctrine)


#: ICCPR art. 7 read as barring removal before 26 September 1991 (the returns the Human Rights
#: Committee weighed in Kindler and Ng) too: these tests are about whether the SFRY was bound.
EARLIER = rl.Doctrine(removal_readings_retrospective=True)


def _ill_treatment() -> rl.Harm:
    """Inhuman and degrading detention in Albania: within ICCPR art. 7, not torture."""
    return rl.Harm("inhuman and degrading detention", "ALB", severity="serious", likelihood=0.8,
                   actor="state", torture=False, irreparable=True)  # fmt: skip


@pytest.mark.parametrize("on", ["1991-06-24", "1992-01-01", "1992-04-26"])
def test_a_return_from_belgrade_on_1_january_1992_breaches_iccpr_article_7(on: str) -> None:
    """ICCPR art. 7, bound by the SFRY since the Covenant entered into force (23 March 1976), and
    VCLT arts 26 and 29: the review's row, a return from Yugoslavia to inhuman detention in
    Albania on 1 January 1992, was UNDETERMINED ("from 1991-06-25 the sources cannot say whether
    Yugoslavia was still bound") and is PROHIBITED on ICCPR art. 7, as it was on 24 June 1991 and
    is to the SFRY's last day."""
    result = _return("YUG", _ill_treatment(), "ALB", on, doctrine=EARLIER)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in result.breaches] == ["ICCPR art. 7"]
    bar = result.finding.find("ICCPR art. 7 bar")
    assert bar is not None
    bound = bar.find("the state is bound")
    assert bound is not None
    assert bound.verdict is rl.Verdict.MET
    assert "since 1976-03-23" in bound.reason


def test_from_27_april_1992_the_sfry_returns_no_one_its_code_is_refused() -> None:
    """VCLT art. 26 binds a party, and a State that has ceased to exist is none: from 27 April 1992
    the code is refused as the returning State (its statehood record), naming its successors, and
    its treaty records say its participation ended that day, the day the Federal Republic of
    Yugoslavia (``SRB``) is bound from, so no day is one on which neither is bound."""
    with pytest.raises(
        rl.InvalidInput, match=r"^by: YUG \(Yugoslavia\) names no State on 1992-04-27"
    ):
        _return("YUG", _ill_treatment(), "ALB", "1992-04-27")
    for instrument in _SFRY_TREATIES:
        last = rl.party_status("YUG", instrument, on=_END - dt.timedelta(days=1))
        assert last.verdict is rl.Verdict.MET
        ended = rl.party_status("YUG", instrument, on=_END)
        assert ended.verdict is rl.Verdict.NOT_MET
        assert ended.reason.startswith("Yugoslavia's participation ended on 1992-04-27")
        assert "(VCLT art. 26)" in ended.reason
        assert rl.party_status("SRB", instrument, on=_END).verdict is rl.Verdict.MET


def test_cat_article_3_binds_the_sfry_from_10_october_1991_to_its_end_article_27_2() -> None:
    """CAT art. 3(1) and art. 27(2): the SFRY itself deposited its ratification on 10 September
    1991 and CAT entered into force for it on 10 October 1991, after Slovenia's declaration of
    independence. A return from Belgrade (Serbia, part of the SFRY until 26 April 1992) to torture
    in Albania, customary non-refoulement not taken, was UNDETERMINED on 1 January 1992 (CAT and
    the ICCPR in doubt) and is PROHIBITED on CAT art. 3(1) and ICCPR art. 7; on 9 October 1991 CAT
    did not yet bind it."""
    torture = rl.Harm("torture in custody", "ALB", severity="serious", likelihood=0.8,
                      actor="state", torture=True)  # fmt: skip
    after = _return("SRB", torture, "ALB", "1992-01-01", doctrine=NO_CUSTOM)
    assert after.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in after.breaches] == ["CAT art. 3(1)", "ICCPR art. 7"]
    cat = after.finding.find("CAT art. 3 bar")
    assert cat is not None
    bound = cat.find("the state is bound")
    assert bound is not None
    assert bound.verdict is rl.Verdict.MET
    assert "since 1991-10-10" in bound.reason
    before = _return("SRB", torture, "ALB", "1991-10-09", doctrine=NO_CUSTOM)
    assert [str(b.citation) for b in before.breaches] == ["ICCPR art. 7"]
    early = before.finding.find("CAT art. 3 bar")
    assert early is not None
    assert early.verdict is rl.Verdict.NOT_MET


@pytest.mark.parametrize(("place", "on"), [("BIH", "1992-01-01"), ("SVN", "1991-08-01")])
def test_a_return_from_a_republic_not_yet_separated_is_the_sfrys_vclt_article_29(
    place: str, on: str
) -> None:
    """VCLT art. 29 and VCSST art. 35: Bosnia and Herzegovina was part of the SFRY until 5 March
    1992, Slovenia until 7 October 1991, the end of the Brioni moratorium (their territory
    records), so the SFRY's treaties bound it there: a return from Sarajevo on 1 January 1992, or
    from Ljubljana on 1 August 1991, to inhuman detention in Albania was UNDETERMINED and is
    PROHIBITED on ICCPR art. 7."""
    result = _return(place, _ill_treatment(), "ALB", on, doctrine=EARLIER)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in result.breaches] == ["ICCPR art. 7"]


def test_a_refugee_returned_by_the_sfry_on_1_january_1992_art_33_1_through_the_protocol() -> None:
    """Refugee Convention art. 33(1), binding a party to the 1967 Protocol through its art. I(1):
    the SFRY returning a Romanian dissident to prison in Romania on 1 January 1992, customary
    non-refoulement not taken, was UNDETERMINED (the Protocol in doubt from 25 June 1991) and is
    PROHIBITED, the Protocol binding it to its last day."""
    harm = rl.Harm("prison for political opposition", "ROU", severity="threat_to_life_or_freedom",
                   likelihood=0.8, actor="state", reasons={"political_opinion"})  # fmt: skip
    claim = rl.Claim(
        rl.Person("D", nationalities={"ROU"}, location="YUG"),
        fears=[harm],
        protection={"ROU": "unavailable"},
        internal_relocation=False,
        events_before_1951=False,
        events_in_europe=True,
    )
    result = rl.assess_return(claim, by="YUG", to="ROU", on="1992-01-01", doctrine=NO_CUSTOM)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in result.breaches] == ["Refugee Convention art. 33(1)"]


def test_no_former_states_treaty_record_is_in_doubt_while_the_state_exists_vclt_article_26() -> (
    None
):
    """VCLT art. 26: a State in being is bound by the treaties in force for it. For every former
    State with an end in the statehood data, no binding record of it leaves its participation in
    doubt before that end, and a record that ends ends by it: Czechoslovakia, the GDR, the USSR,
    Democratic Yemen and the SFRY alike (the SFRY's CAT, ICCPR and Protocol records were in doubt
    from 25 June 1991, ten months before its end). The SFRY's UN membership record, whose doubt
    begins after its end (the admissions of its successors, 1992-2000), never answers while it is
    a State."""
    seen = set()
    for state in states.all_states():
        record = statehood(state.code)
        if record is None or record.ended_by is None:
            continue
        for p in state.participations:
            w = p.withdrawal
            if not p.action.binds or w is None or not w.accepted:
                continue
            seen.add(state.code)
            if w.in_doubt_from is not None:
                assert w.in_doubt_from >= record.ended_by, (state.code, p.instrument)
            if p.instrument != "un-charter-1945":
                assert w.effective == record.ended_by, (state.code, p.instrument)
    assert {"CSK", "DDR", "SUN", "YMD", "YUG"} <= seen


def test_the_sfrys_record_names_why_it_is_bound_to_its_end() -> None:
    """The records name the rule and what the sources leave open: the SFRY's end (its statehood
    record), not whether a State still in being was bound; VCLT arts 26 and 29; the Badinter
    Commission's Opinion No. 1 (29 November 1991: "in process of dissolution"), read in a summary
    and cited as one."""
    for instrument in _SFRY_TREATIES:
        p = states.participation("YUG", instrument)
        assert p is not None
        assert p.withdrawal is not None
        assert p.withdrawal.in_doubt_from is None
        assert p.withdrawal.effective == _END
        assert p.withdrawal.status == "secondary"
        assert "VCLT art. 26" in p.withdrawal.summary
        assert "art. 29" in p.withdrawal.summary
        assert any("garciacastillo" in (s.url or "") for s in p.withdrawal.sources)
    for instrument in ("iccpr-1966", "cat-1984"):
        p = states.participation("YUG", instrument)
        assert p is not None
        assert any(n.startswith("Bound to its last day") and "VCSST art. 35" in n for n in p.notes)


@pytest.mark.parametrize(
    ("instrument", "notified"),
    [
        ("refugee-convention-1951", dt.date(1993, 2, 4)),
        ("refugee-protocol-1967", dt.date(1993, 2, 4)),
        ("iccpr-1966", dt.date(1993, 5, 28)),
        ("cat-1984", dt.date(1993, 5, 28)),
    ],
)
def test_slovakias_un_successions_are_unknown_until_notified_as_its_statehood_note_says(
    instrument: str, notified: dt.date
) -> None:
    """VCSST Part IV (separation of States): no notification of Slovakia's to the Secretary-General
    was read, so its successions to the UN treaties are UNKNOWN from 1 January 1993 until notified,
    while the Czech Republic's general declaration dates its own from 1 January 1993 (MET). The
    statehood record of Slovakia said "the library's treaty records date the successions from 1
    January 1993", which they do not; it now says what they do (review s33 F4)."""
    eve = notified - dt.timedelta(days=1)
    for on in (dt.date(1993, 1, 1), eve):
        assert rl.party_status("SVK", instrument, on=on).verdict is rl.Verdict.UNKNOWN
        assert rl.party_status("CZE", instrument, on=on).verdict is rl.Verdict.MET
    assert rl.party_status("SVK", instrument, on=notified).verdict is rl.Verdict.MET
    p = states.participation("SVK", instrument)
    assert p is not None
    assert p.in_force == p.deposited == notified  # no date of effect before the notification
    data = resources.files("refugeelaw") / "data" / "territories.json"
    (note,) = json.loads(data.read_text(encoding="utf-8"))["statehood"]["SVK"]["notes"]
    assert "date the successions from 1 January 1993." not in note
    assert "only where a source read gives that day" in note
    assert "is UNKNOWN" in note
    assert rl.party_status("SVK", "echr-1950", on="1993-01-01").verdict is rl.Verdict.MET
