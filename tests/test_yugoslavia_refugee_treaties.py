"""The Socialist Federal Republic of Yugoslavia (``YUG``) and the refugee treaties: what the sources
read give of its participation, and nothing more.

The 1967 Protocol: Austria's official notice of the Protocol (BGBl. Nr. 78/1974, its consolidated
text on RIS) lists Yugoslavia among the parties by the Secretary-General's communications received
up to 21 December 1973; no source read gives the day of its accession (the Protocol is open to
accession only, art. V; it binds an acceding State from the day of deposit, art. VIII(2)), so the
record is undated: unknown from the Protocol's entry into force (4 October 1967, art. VIII(1)),
bound from 21 December 1973 at the latest. Its end is the one its CAT and ICCPR records give:
bound to its last day, 26 April 1992 (VCLT arts 26 and 29), ended on 27 April 1992, its
successors bound from their own dates of succession (VCSST Part IV).

The 1951 Convention: no source read gives Yugoslavia's ratification (arts 39 and 43), so the data
still holds no record and its participation stays unknown after the Convention came into force.
"""

from __future__ import annotations

import pytest

import refugeelaw as rl

_C, _P = "refugee-convention-1951", "refugee-protocol-1967"
NO_CUSTOM = rl.Doctrine(non_refoulement_customary=False)


def _romanian_dissident() -> rl.Claim:
    """A Romanian dissident in Yugoslavia who fears prison in Romania for his opinions: events in
    Europe and after 1951, so neither the dateline nor an Art 1B(1)(a) declaration can bear."""
    harm = rl.Harm("prison for political opposition", "ROU", severity="threat_to_life_or_freedom",
                   likelihood=0.8, actor="state", reasons={"political_opinion"})  # fmt: skip
    return rl.Claim(
        rl.Person("D", nationalities={"ROU"}, location="YUG"),
        fears=[harm],
        protection={"ROU": "unavailable"},
        internal_relocation=False,
        events_before_1951=False,
        events_in_europe=True,
    )


def test_the_protocol_binds_yugoslavia_from_21_december_1973_at_the_latest_art_viii() -> None:
    """Protocol arts V and VIII: before it entered into force on 4 October 1967 (art. VIII(1)) it
    bound no State; it binds an acceding State from the day of deposit (art. VIII(2)). The Austrian
    notice (BGBl. Nr. 78/1974) lists Yugoslavia among its parties by the communications received up
    to 21 December 1973, and no source read dates the accession: UNKNOWN from 4 October 1967, MET
    from 21 December 1973 "at the latest" (was: UNKNOWN on every date after 4 October 1967, "the
    data holds no record for Yugoslavia")."""
    assert rl.party_status("YUG", _P, on="1967-10-03").verdict is rl.Verdict.NOT_MET
    for on in ("1967-10-04", "1970-01-01", "1973-12-20"):
        status = rl.party_status("YUG", _P, on=on)
        assert status.verdict is rl.Verdict.UNKNOWN
        assert "the sources give no date that settles whether" in status.reason
        assert "UNDATED" in status.reason
    for on in ("1973-12-21", "1985-06-01", "1991-06-24"):
        status = rl.party_status("YUG", _P, on=on)
        assert status.verdict is rl.Verdict.MET
        assert "since 1973-12-21 at the latest" in status.reason
        assert "status secondary" in status.reason
        assert "Austria's notice of the 1967 Protocol (BGBl. Nr. 78/1974)" in status.reason
    record = rl.states.participation("YUG", _P)
    assert record is not None
    assert record.deposited is None
    assert record.in_doubt_from is not None
    assert record.in_doubt_from.isoformat() == "1967-10-04"


def test_in_the_dissolution_the_protocol_passes_to_the_successors_vcsst_part_iv() -> None:
    """VCSST Part IV (separation and dissolution) and VCLT arts 26 and 29: the SFRY, a State until
    27 April 1992 (its statehood record), is bound by the Protocol to its last day in respect of
    the territory still its own (was: in doubt from 25 June 1991, Slovenia's declaration of
    independence, from which its notification keeps the SFRY's treaties in force "en principe";
    review s33 F3); its participation ends on 27 April 1992, the day from which the Federal
    Republic of Yugoslavia (SRB) is bound, so no day is one on which neither is bound; Croatia is
    bound from 8 October 1991, Bosnia and Herzegovina from 6 March 1992, as their records give. The
    same end as the SFRY's CAT and ICCPR records."""
    for on in ("1991-06-25", "1991-10-08", "1992-04-26"):
        status = rl.party_status("YUG", _P, on=on)
        assert status.verdict is rl.Verdict.MET
        assert "since 1973-12-21 at the latest" in status.reason
    ended = rl.party_status("YUG", _P, on="1992-04-27")
    assert ended.verdict is rl.Verdict.NOT_MET
    assert "participation ended on 1992-04-27" in ended.reason
    for state, first in (("HRV", "1991-10-08"), ("BIH", "1992-03-06"), ("SRB", "1992-04-27")):
        assert rl.party_status(state, _P, on=first).verdict is rl.Verdict.MET
    for instrument in ("cat-1984", "iccpr-1966"):
        other = rl.states.participation("YUG", instrument)
        mine = rl.states.participation("YUG", _P)
        assert other is not None
        assert other.withdrawal is not None
        assert mine is not None
        assert mine.withdrawal is not None
        assert mine.withdrawal.effective == other.withdrawal.effective
        assert mine.withdrawal.in_doubt_from == other.withdrawal.in_doubt_from


@pytest.mark.parametrize(
    ("on", "verdict"),
    [
        ("1954-04-21", rl.Verdict.NOT_MET),  # art. 43(1): in force from 22 April 1954
        ("1959-12-01", rl.Verdict.UNKNOWN),
        ("1960-06-01", rl.Verdict.UNKNOWN),
        ("1985-06-01", rl.Verdict.UNKNOWN),
        ("1991-08-01", rl.Verdict.UNKNOWN),
        ("1992-04-27", rl.Verdict.NOT_MET),  # Yugoslavia had ceased to exist
    ],
)
def test_the_convention_stays_unknown_for_want_of_a_source_arts_39_and_43(
    on: str, verdict: rl.Verdict
) -> None:
    """Refugee Convention arts 39 and 43: a signatory is bound only by its ratification, and a
    State ratifying after the Convention came into force (22 April 1954, art. 43(1)) from the 90th
    day after its deposit (art. 43(2)). No source read gives Yugoslavia's deposit (its decree,
    published in Službeni list FNRJ - Međunarodni ugovori no. 7/60, is domestic, and the
    depositary's note on it was not seen), so the data holds no record: before the Convention came
    into force it bound no one; afterwards whether it bound Yugoslavia stays UNKNOWN, never a
    confident answer; from 27 April 1992 Yugoslavia is no State."""
    status = rl.party_status("YUG", _C, on=on)
    assert status.verdict is verdict
    if verdict is rl.Verdict.UNKNOWN:
        assert "the data holds no record for Yugoslavia, a former state" in status.reason
    assert rl.states.participation("YUG", _C) is None


def test_a_return_by_yugoslavia_in_1985_to_persecution_breaches_art_33_1_through_protocol_i_1() -> (
    None
):
    """Refugee Convention art. 33(1), binding a party to the 1967 Protocol through its art. I(1):
    Yugoslavia returning a Romanian dissident to prison in Romania on 1 June 1985, customary
    non-refoulement not taken. Before, UNDETERMINED, asking whether Yugoslavia was bound by the
    Convention (``states['YUG'].refugee-convention-1951``); now PROHIBITED on art. 33(1), the
    Protocol binding it since 21 December 1973 at the latest. In 1970, before that day, the answer
    is still open."""
    claim = _romanian_dissident()
    ret = rl.assess_return(claim, by="YUG", to="ROU", on="1985-06-01", doctrine=NO_CUSTOM)
    assert ret.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in ret.breaches] == ["Refugee Convention art. 33(1)"]
    bound = ret.finding.find("the state is bound")
    assert bound is not None
    assert bound.verdict is rl.Verdict.MET
    assert "since 1973-12-21 at the latest (through 1967 Protocol art. I(1))" in bound.reason
    status = rl.assess_status(claim, on="1985-06-01", state="YUG")
    assert status.outcome is rl.Status.REFUGEE
    header = status.explain().splitlines()[1]
    assert "Yugoslavia is bound by the 1967 Protocol on 1985-06-01" in header
    assert "whether it is also bound by the 1951 Convention is not known" in header
    earlier = rl.assess_return(claim, by="YUG", to="ROU", on="1970-06-01", doctrine=NO_CUSTOM)
    assert earlier.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "states['YUG'].refugee-convention-1951" in earlier.missing_facts()
