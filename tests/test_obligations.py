"""Law over time (issue 4): which refugee-relevant obligations bind a state on a given date, and why.

Each test pins one temporal edge or one rule of treaty law, and its docstring cites the provision.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import refugeelaw as rl

C = "refugee-convention-1951"
P = "refugee-protocol-1967"
CUSTOM = "customary-international-law"


def _obs(state: str, on: str, **doctrine: Any) -> dict[tuple[str, str], rl.StateObligation]:
    return {
        (o.instrument, o.provision): o
        for o in rl.obligations_of(state, on=on, doctrine=rl.Doctrine(**doctrine))
    }


def _instruments(state: str, on: str) -> set[str]:
    return {o.instrument for o in rl.obligations_of(state, on=on)}


# ---------------------------------------------------------------------------------------------
# China: the Convention, the Protocol and CAT
# ---------------------------------------------------------------------------------------------


def test_china_bound_by_article_33_through_the_protocol_from_the_day_of_deposit() -> None:
    """Protocol art. VIII(2): in force for an acceding state "on the date of deposit" (24 Sep 1982);
    art. I(1): Protocol parties apply Convention arts 2-34, so art. 33(1) binds China from that day."""
    assert (C, "33(1)") not in _obs("CHN", "1982-09-23")
    art33 = _obs("CHN", "1982-09-24")[(C, "33(1)")]
    assert art33.via == P
    assert art33.since == dt.date(1982, 9, 24)
    assert rl.is_party("CHN", P, on="1982-09-24")
    assert not rl.is_party("CHN", P, on="1982-09-23")


def test_china_bound_by_the_convention_itself_on_the_ninetieth_day_after_deposit() -> None:
    """Convention art. 43(2): in force "on the ninetieth day following the date of deposit" — deposit
    24 Sep 1982, so 23 Dec 1982. On 22 Dec art. 33(1) binds only through the Protocol and art. 35(1),
    which the Protocol does not incorporate (its art. I(1) covers arts 2-34), is absent."""
    before, on = _obs("CHN", "1982-12-22"), _obs("CHN", "1982-12-23")
    assert not rl.is_party("CHN", C, on="1982-12-22")
    assert rl.is_party("CHN", C, on="1982-12-23")
    assert before[(C, "33(1)")].via == P
    assert on[(C, "33(1)")].via is None
    # One duty without a break: bound through the Protocol from 24 Sep, by the Convention itself
    # from 23 Dec; ``since`` is when the duty began to bind.
    assert on[(C, "33(1)")].since == dt.date(1982, 9, 24)
    assert (C, "35(1)") not in before
    assert on[(C, "35(1)")].since == dt.date(1982, 12, 23)


def test_china_bound_by_cat_article_3_on_the_thirtieth_day_after_deposit() -> None:
    """CAT art. 27(2): in force "on the thirtieth day after the date of the deposit" — China deposited
    on 4 Oct 1988, so CAT art. 3(1) binds it from 3 Nov 1988."""
    assert ("cat-1984", "3(1)") not in _obs("CHN", "1988-11-02")
    cat = _obs("CHN", "1988-11-03")[("cat-1984", "3(1)")]
    assert cat.since == dt.date(1988, 11, 3)
    assert cat.absolute is True
    assert cat.exceptions == ()
    assert cat.basis is rl.Basis.TREATY


def test_china_in_1979_was_bound_by_none_of_the_four_treaties() -> None:
    """VCLT art. 28 (non-retroactivity): the 1979 Indo-Chinese intake predates every accession."""
    for key in (C, P, "cat-1984", "iccpr-1966"):
        assert not rl.is_party("CHN", key, on="1979-06-01"), key
    assert not _instruments("CHN", "1979-06-01") & {C, P, "cat-1984", "iccpr-1966", "vclt-1969"}
    # Only the Charter (an original member) and custom bind it then; the 1964 border protocol is
    # listed as a duty China may owe (whether it ever entered into force no source says).
    assert _instruments("CHN", "1979-06-01") == {
        "un-charter-1945",
        "china-dprk-border-protocol-1964",
        CUSTOM,
    }
    assert _obs("CHN", "1979-06-01")[("china-dprk-border-protocol-1964", "return")].bound is (
        rl.Verdict.UNKNOWN
    )


def test_china_is_never_bound_by_the_iccpr() -> None:
    """China signed the ICCPR on 5 Oct 1998 and had not ratified as at 29 May 2022 (the latest
    source the data holds): signature does not bind (VCLT art. 14). After that date the data
    cannot say."""
    for on in ("1998-10-05", "2004-06-30", "2022-05-29"):
        assert not rl.is_party("CHN", "iccpr-1966", on=on)
        assert "iccpr-1966" not in _instruments("CHN", on)
    assert rl.party_status("CHN", "iccpr-1966", on="2024-01-01").verdict is rl.Verdict.UNKNOWN
    explained = rl.explain_obligations("CHN", on="2004-06-30").find("ICCPR art. 7")
    assert explained is not None
    assert explained.verdict is rl.Verdict.NOT_MET


def test_china_owes_the_vclt_article_18_duty_from_its_iccpr_signature_as_custom() -> None:
    """VCLT art. 18(a): a signatory must not defeat the object and purpose of the treaty. China's VCLT
    accession (deposit 3 Sep 1997, in force 3 Oct 1997 under art. 84(2)) does not make art. 18 a treaty
    duty for the ICCPR: under VCLT art. 4 the VCLT applies only to treaties concluded after it entered
    into force for the state, and the ICCPR was concluded in 1966. The duty binds as custom."""
    assert ("vclt-1969", "18") not in _obs("CHN", "1998-10-04")
    duty = _obs("CHN", "1998-10-05")[("vclt-1969", "18")]
    assert duty.since == dt.date(1998, 10, 5)
    assert duty.basis is rl.Basis.CUSTOM
    assert duty.contested is True
    assert "ICCPR" in duty.duty
    assert any("art. 4" in n for n in duty.notes)
    assert rl.is_party("CHN", "vclt-1969", on="1997-10-03")
    assert not rl.is_party("CHN", "vclt-1969", on="1997-10-02")


@pytest.mark.parametrize(
    ("on", "since", "words"),
    [
        ("1987-06-01", dt.date(1986, 12, 12), "signed on 1986-12-12 and not yet ratified"),
        ("1988-10-20", dt.date(1988, 10, 4), "pending its entry into force for it on 1988-11-03"),
    ],
    ids=["18a_signed", "18b_consented"],
)
def test_vclt_article_18_holds_china_to_cat_until_cat_binds_it(
    on: str, since: dt.date, words: str
) -> None:
    """VCLT art. 18: a state must not defeat the object and purpose of a treaty it has signed
    (18(a)), or to which it has expressed its consent to be bound, pending the treaty's entry into
    force (18(b)). China signed CAT on 12 December 1986, deposited on 4 October 1988, and CAT
    entered into force for it on 3 November 1988 (art. 27(2)): art. 18 holds it in between, as
    custom (VCLT art. 4), and not once CAT itself binds it."""
    duty = _obs("CHN", on)[("vclt-1969", "18")]
    assert "CAT" in duty.duty
    assert words in duty.duty
    assert duty.since == since
    assert duty.basis is rl.Basis.CUSTOM
    assert ("vclt-1969", "18") not in _obs("CHN", "1988-11-03")
    assert ("vclt-1969", "18") not in _obs("CHN", "1986-12-11")


def test_chinas_reservation_to_protocol_article_iv_removes_that_obligation() -> None:
    """Protocol art. VII(1) allows reservations to art. IV (ICJ jurisdiction); China made one, so the
    obligation is not returned and the explanation says why."""
    assert (P, "IV") not in _obs("CHN", "2004-06-30")
    finding = rl.explain_obligations("CHN", on="2004-06-30").find("1967 Protocol art. IV")
    assert finding is not None
    assert finding.verdict is rl.Verdict.NOT_MET
    assert "reservation" in finding.reason
    # A Protocol party without that reservation owes it (the Republic of Korea).
    assert (P, "IV") in _obs("KOR", "2004-06-30")


def test_chinas_bilateral_hand_back_duties_are_owed_to_the_dprk() -> None:
    """The 1986 border protocol (date and content unverified). Only the year of its conclusion is
    sourced, and no source dates its entry into force (VCLT art. 24): before 1986 it did not
    exist; from 1 January 1986 until 30 June 2004, the first day a source speaks of it (Dong-A
    Ilbo), whether it bound is unknown, never a confident yes or no (the record's UNDATED doubt)."""
    assert ("china-dprk-border-protocol-1986", "return") not in _obs("CHN", "1985-12-31")
    for day in ("1986-08-12", "1986-12-31", "1987-03-01", "2004-06-29"):
        undated = _obs("CHN", day)[("china-dprk-border-protocol-1986", "return")]
        assert undated.bound is rl.Verdict.UNKNOWN, day
        status = rl.party_status("CHN", "china-dprk-border-protocol-1986", on=day)
        assert status.verdict is rl.Verdict.UNKNOWN
        assert status.reason.startswith("the sources give no date that settles whether")
        with pytest.raises(rl.BeyondData):
            rl.is_party("CHN", "china-dprk-border-protocol-1986", on=day)
    before = rl.party_status("CHN", "china-dprk-border-protocol-1986", on="1985-12-31")
    assert before.verdict is rl.Verdict.NOT_MET
    assert "binding no earlier than 1986-01-01, and from 2004-06-30 at the latest" in before.reason
    duty = _obs("CHN", "2004-06-30")[("china-dprk-border-protocol-1986", "return")]
    assert duty.bound is rl.Verdict.MET
    assert duty.since == dt.date(2004, 6, 30)
    assert duty.counterparties == ("PRK",)
    assert duty.owed_to == "North Korea"
    assert duty.norm is None
    assert duty.peremptory is False
    assert any("unverified" in n.lower() for n in duty.notes)
    assert (
        "since 2004-06-30 at the latest"
        in rl.party_status("CHN", "china-dprk-border-protocol-1986", on="2004-06-30").reason
    )


def test_the_border_protocols_are_read_past_their_horizons_as_any_treaty_in_force_and_say_so() -> (
    None
):
    """VCLT art. 42(2): a treaty in force binds until it is shown to have ended; past the last
    date its sources speak for, the library reads it so for a multilateral treaty (China and the
    Refugee Convention in 2030) and for the 1986 border protocol, and says that a later end (for a
    bilateral treaty, also an agreement of the parties ending it, art. 59, as the 2004 border
    agreement reported by Dong-A Ilbo might be) would not be recorded. The 1964 protocol is not
    shown ever to have entered into force (data review s35 F3), so nothing is read past its
    horizon: it is unknown there. Horizons: the DPRK's note of 1 July 1964 for the 1964
    protocol; the blog post of 28 February 2012 for 1986."""
    h64 = rl.states.horizon("china-dprk-border-protocol-1964")
    h86 = rl.states.horizon("china-dprk-border-protocol-1986")
    assert h64 is not None
    assert h86 is not None
    assert (h64.date, h64.complete) == (dt.date(1964, 7, 1), True)
    assert (h86.date, h86.complete) == (dt.date(2012, 2, 28), True)
    multilateral = rl.party_status("CHN", "refugee-convention-1951", on="2030-01-01")
    assert multilateral.verdict is rl.Verdict.MET
    assert "later changes (a withdrawal, a denunciation) are not recorded" in multilateral.reason
    key, until, on = "china-dprk-border-protocol-1986", "2012-02-28", "2030-01-01"
    status = rl.party_status("CHN", key, on=on)
    assert status.verdict is rl.Verdict.MET, key
    assert (
        f"the data speaks for {until}: later changes (a withdrawal, a denunciation, an "
        "agreement of the parties ending it) are not recorded"
    ) in status.reason
    assert rl.is_party("CHN", key, on=on) is True
    assert rl.states.data_speaks_for("CHN", key) == dt.date.fromisoformat(until)
    duty = _obs("CHN", on)[(key, "return")]
    assert duty.bound is rl.Verdict.MET
    assert any(f"The data speaks for {until}" in n and "art. 59" in n for n in duty.notes)
    # The 1964 protocol past its horizon: unknown, as it is within it; nothing read as binding.
    for on in ("1964-06-25", "1985-12-31"):
        p64 = rl.party_status("CHN", "china-dprk-border-protocol-1964", on=on)
        assert p64.verdict is rl.Verdict.UNKNOWN, on
        assert "not recorded" not in p64.reason
    # A third state is never a party to a bilateral treaty.
    korea = rl.party_status("KOR", "china-dprk-border-protocol-1986", on="2030-01-01")
    assert korea.verdict is rl.Verdict.NOT_MET
    assert "(a closed list)" in korea.reason


def test_the_1964_protocols_entry_into_force_is_not_sourced_so_it_is_unknown_from_signature() -> (
    None
):
    """VCLT art. 24(1)-(2): a treaty enters into force as it provides or as the negotiating
    States agree, or once consent to be bound has been established for all of them. Of the 1964
    China–DPRK protocol (signed on 9 June 1964) no source gives the entry-into-force clause or
    China's approval; the only source after signature, the DPRK Embassy's note of 1 July 1964,
    reports the DPRK's approval of 20 June 1964. One party's approval does not bring a bilateral
    treaty into force for either, and signature is not shown to have sufficed. Before: MET for
    both parties from 20 June 1964 (an assumption the reasons did not name) and NOT_MET on 15 June
    ("enters into force only on 1964-06-20"); now NOT_MET before signature and UNKNOWN from it,
    for each party, in party_status, is_party and obligations_of alike (data review s35 F3)."""
    key = "china-dprk-border-protocol-1964"
    for state in ("CHN", "PRK"):
        before = rl.party_status(state, key, on="1964-06-08")
        assert before.verdict is rl.Verdict.NOT_MET, state
        assert "the sources show it binding no earlier than 1964-06-09" in before.reason
        assert rl.is_party(state, key, on="1964-06-08") is False
        for on in (
            "1964-06-09",
            "1964-06-15",
            "1964-06-20",
            "1964-06-25",
            "1964-07-01",
            "1980-01-01",
        ):
            status = rl.party_status(state, key, on=on)
            assert status.verdict is rl.Verdict.UNKNOWN, (state, on)
            assert status.reason.startswith("the sources give no date that settles whether ")
            assert "no source seen gives the protocol's entry into force" in status.reason
            assert "VCLT art. 24(1)-(2)" in status.reason
            assert status.missing == (f"states[{state!r}].{key}",)
            with pytest.raises(rl.BeyondData):
                rl.is_party(state, key, on=on)
        record = rl.states.participation(state, key)
        assert record is not None
        assert (record.in_force, record.in_doubt_from) == (None, dt.date(1964, 6, 9))
    duty = _obs("CHN", "1980-01-01")[(key, "return")]
    assert duty.bound is rl.Verdict.UNKNOWN
    assert duty.since is None


@pytest.mark.parametrize("on", ["1986-01-01", "2000-01-01", "2004-06-30", "2020-01-01"])
def test_the_1964_protocol_is_unknown_from_the_first_day_the_1986_protocol_may_bind(
    on: str,
) -> None:
    """VCLT arts 59(1) and 30(3): a later treaty between all the parties on the same subject
    terminates the earlier where they so intended or the two cannot be applied together, and
    otherwise leaves it applying so far as compatible. The 1986 China–DPRK protocol may bind from
    1 January 1986 (its records' in_doubt_from) and no source says which befell the 1964 protocol,
    nor speaks of it after July 1964: from that day whether it binds China (and the DPRK) is
    unknown, not MET on a source of 1964, for each party, in party_status, is_party and
    obligations_of alike. Before: MET "in force for China since 1964-06-20" in 2020."""
    key = "china-dprk-border-protocol-1964"
    for state in ("CHN", "PRK"):
        status = rl.party_status(state, key, on=on)
        assert status.verdict is rl.Verdict.UNKNOWN, state
        # Whether it ever entered into force is not sourced (data review s35 F3), and, had it,
        # from 1986 whether it survived the 1986 protocol: both are said.
        assert "no source seen gives the protocol's entry into force" in status.reason
        assert "from 1986-01-01 the sources cannot say whether it still did" in status.reason
        assert "whether it terminated this protocol (VCLT art. 59(1))" in status.reason
        assert "compatible with the later protocol's (art. 30(3))" in status.reason
        assert status.missing == (
            f"states[{state!r}].{key}",
            f"states[{state!r}].{key}.withdrawal",
        )
        with pytest.raises(rl.BeyondData):
            rl.is_party(state, key, on=on)
    duty = _obs("CHN", on)[(key, "return")]
    assert duty.bound is rl.Verdict.UNKNOWN
    assert duty.since is None
    assert duty.owed_to == "North Korea"
    assert any(
        n.startswith("Participation unknown:") and "from 1986-01-01" in n for n in duty.notes
    )


def test_the_1964_protocols_doubt_begins_where_the_1986_protocols_records_allow_it_to_bind() -> (
    None
):
    """VCLT art. 59(1): the day the 1964 protocol's survival comes into doubt is the first day the
    data allows the 1986 protocol to bind (its participation records' in_doubt_from, its
    instrument's adopted_not_before), not a date of its own; the end is in doubt, not shown (no
    effective date), and rests on the sources that report the 1986 protocol."""
    p86 = {s: rl.states.participation(s, "china-dprk-border-protocol-1986") for s in ("CHN", "PRK")}
    for state in ("CHN", "PRK"):
        p = rl.states.participation(state, "china-dprk-border-protocol-1964")
        assert p is not None
        later = p86[state]
        assert later is not None
        w = p.withdrawal
        assert w is not None
        assert w.in_doubt_from == later.in_doubt_from == dt.date(1986, 1, 1)
        assert w.in_doubt_from == rl.sources.adopted_not_before("china-dprk-border-protocol-1986")
        assert (w.effective, w.notified, w.accepted) == (None, None, True)
        assert {x.url for x in w.sources} == {x.url for x in later.source}
    # The day before: unknown too, for its entry into force is not sourced (data review s35 F3),
    # and without the doubt about its survival.
    last = rl.party_status("CHN", "china-dprk-border-protocol-1964", on="1985-12-31")
    assert last.verdict is rl.Verdict.UNKNOWN
    assert "from 1986-01-01" not in last.reason


def test_dprk_bound_by_iccpr_articles_6_and_7_from_14_december_1981() -> None:
    """ICCPR art. 49(2): in force three months after deposit (14 Sep 1981), so 14 Dec 1981."""
    assert ("iccpr-1966", "7") not in _obs("PRK", "1981-12-13")
    obs = _obs("PRK", "1981-12-14")
    for pin in ("6(1)", "7"):
        assert obs[("iccpr-1966", pin)].since == dt.date(1981, 12, 14)
        assert obs[("iccpr-1966", pin)].absolute is True


def test_dprk_still_bound_by_the_iccpr_after_its_1997_withdrawal() -> None:
    """The ICCPR has no denunciation clause; HRC General Comment No. 26 (1997) and VCLT art. 56: the
    DPRK's August 1997 notification of withdrawal had no effect."""
    assert rl.is_party("PRK", "iccpr-1966", on="2004-06-30")
    obs = _obs("PRK", "2004-06-30")
    assert ("iccpr-1966", "6(1)") in obs
    assert ("iccpr-1966", "7") in obs
    record = rl.states.participation("PRK", "iccpr-1966")
    assert record is not None
    withdrawal = record.withdrawal
    assert withdrawal is not None
    assert withdrawal.accepted is False
    # The answer says what it relied on: the purported withdrawal, and why it was not given effect.
    reason = rl.party_status("PRK", "iccpr-1966", on="2004-06-30").reason
    assert reason.startswith(
        "in force for North Korea since 1981-12-14; a withdrawal notified on a day the data does "
        "not give was not given effect: In August 1997"
    )
    assert "General Comment No. 26" in reason


def test_dprk_bound_by_neither_refugee_instrument_nor_cat() -> None:
    """The DPRK is not listed as a party in UNTC chapters V-2, V-5 or IV-9."""
    for key in (C, P, "cat-1984"):
        assert not rl.is_party("PRK", key, on="2004-06-30"), key
    assert not _instruments("PRK", "2004-06-30") & {C, P, "cat-1984"}


def test_usa_bound_by_convention_articles_through_the_protocol_from_1_november_1968() -> None:
    """Protocol art. I(1) and art. VIII(2): the USA acceded to the Protocol only, on 1 Nov 1968."""
    assert (C, "33(1)") not in _obs("USA", "1968-10-31")
    obs = _obs("USA", "1968-11-01")
    for pin in ("33(1)", "31(1)", "32(1)"):
        assert obs[(C, pin)].via == P
        assert obs[(C, pin)].since == dt.date(1968, 11, 1)
    assert (C, "35(1)") not in obs  # art. 35 is outside arts 2-34
    assert not rl.is_party("USA", C, on="2004-06-30")


def test_usa_bound_by_cat_article_3_from_20_november_1994() -> None:
    """CAT art. 27(2): US ratification deposited 21 Oct 1994, in force on the thirtieth day (LAW.md notes
    that the '10 Nov 1994' of 22 CFR 95.1 is inconsistent with this rule)."""
    assert ("cat-1984", "3(1)") not in _obs("USA", "1994-11-19")
    assert _obs("USA", "1994-11-20")[("cat-1984", "3(1)")].since == dt.date(1994, 11, 20)


# ---------------------------------------------------------------------------------------------
# Custom, per Doctrine
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("customary", "peremptory", "basis"),
    [
        (True, False, rl.Basis.CUSTOM),
        (True, None, rl.Basis.CUSTOM),
        (True, True, rl.Basis.PEREMPTORY),
        (None, False, rl.Basis.CUSTOM),
    ],
)
def test_customary_non_refoulement_follows_the_doctrine(
    customary: bool | None, peremptory: bool | None, basis: rl.Basis
) -> None:
    """Customary non-refoulement (ExCom Conclusions No. 6 and No. 25); peremptory status per VCLT art. 53
    is the Doctrine's choice, and an obligation that exists only on a contested view says so.
    Peremptory or not, its refugee limb keeps the exceptions of art. 33(2): a peremptory norm
    admits no derogation by treaty (art. 53), which is not a rule without its exceptions."""
    obs = _obs(
        "MYS",
        "2004-06-30",
        non_refoulement_customary=customary,
        non_refoulement_peremptory=peremptory,
        torture_non_refoulement_peremptory=False,  # the torture limb: see the next test
    )
    custom = obs[(CUSTOM, "non-refoulement")]
    assert custom.basis is basis
    assert custom.absolute is False
    assert [str(c) for c in custom.exceptions] == ["Refugee Convention art. 33(2)"]
    assert any("no derogation by treaty" in n for n in custom.notes) is bool(peremptory)
    assert custom.peremptory is peremptory
    # The duty as stated, in both limbs, is shown from CAT art. 3's adoption (the torture limb).
    assert custom.since == dt.date(1984, 12, 10)
    assert custom.contested is (customary is None or peremptory is None)


@pytest.mark.parametrize(
    ("refugee", "torture", "peremptory"),
    [
        (False, True, True),
        (None, True, True),
        (False, None, None),
        (False, False, False),
        (True, False, True),
        (True, None, True),
        (None, None, None),
    ],
)
def test_customary_non_refoulement_is_peremptory_where_either_limb_is(
    refugee: bool | None, torture: bool | None, peremptory: bool | None
) -> None:
    """Customary non-refoulement protects a refugee from persecution and anyone from torture. Its
    torture limb is peremptory where the duty not to return a person to torture is
    (Doctrine.torture_non_refoulement_peremptory; the prohibition of torture itself is, ICJ
    Belgium v Senegal para. 99), whatever refugee non-refoulement is (VCLT art. 53); its
    exceptions stay those of the refugee limb. The torture position is named wherever it decides
    or may: whether custom is peremptory, unless refugee non-refoulement is held so, and where it
    is, whether it is so in its torture limb too (before: not named where refugee
    non-refoulement was held peremptory)."""
    obs = _obs(
        "MYS",
        "2004-06-30",
        non_refoulement_peremptory=refugee,
        torture_non_refoulement_peremptory=torture,
    )
    custom = obs[(CUSTOM, "non-refoulement")]
    assert custom.peremptory is peremptory
    assert (custom.basis is rl.Basis.PEREMPTORY) is bool(peremptory)
    assert custom.absolute is False  # its refugee limb keeps art. 33(2), peremptory or not
    assert custom.contested is (peremptory is None)
    survey = rl.explain_obligations(
        "MYS",
        on="2004-06-30",
        doctrine=rl.Doctrine(
            non_refoulement_peremptory=refugee, torture_non_refoulement_peremptory=torture
        ),
    )
    found = survey.find("customary non-refoulement")
    assert found is not None
    torture_position = rl.Doctrine(torture_non_refoulement_peremptory=torture).position(
        "torture_non_refoulement_peremptory"
    )
    assert torture_position in found.assumptions
    torture_decides = refugee is not True
    assert ("in its torture limb" in found.reason) is (torture_decides and peremptory is True)


def test_each_treaty_bar_follows_the_position_of_its_own_limb() -> None:
    """VCLT art. 53: ECHR art. 3 (Soering, Chahal) is a duty not to return a person to torture, as
    CAT art. 3 and ICCPR art. 7 are (Doctrine.torture_non_refoulement_peremptory); the duties not
    to return to a risk to life, a flagrant denial of justice or the death penalty (ICCPR art.
    6(1), ECHR art. 6(1), Protocols No. 6 and 13) are not peremptory on either position, however
    refugee non-refoulement (Convention art. 33(1)) is taken."""
    refugee_only = _obs(
        "GBR",
        "2020-01-01",
        non_refoulement_peremptory=True,
        torture_non_refoulement_peremptory=False,
    )
    torture_only = _obs(
        "GBR",
        "2020-01-01",
        non_refoulement_peremptory=False,
        torture_non_refoulement_peremptory=True,
    )
    for key in (("echr-1950", "3"), ("cat-1984", "3(1)"), ("iccpr-1966", "7")):
        assert refugee_only[key].peremptory is False, key
        assert torture_only[key].peremptory is True, key
    assert refugee_only[(C, "33(1)")].peremptory is True
    assert torture_only[(C, "33(1)")].peremptory is False
    for key in (
        ("iccpr-1966", "6(1)"),
        ("echr-1950", "6(1)"),
        ("echr-protocol-6-1983", "1"),
        ("echr-protocol-13-2002", "1"),
    ):
        assert refugee_only[key].peremptory is False, key
        assert torture_only[key].peremptory is False, key
        assert _obs("GBR", "2020-01-01")[key].peremptory is False, key  # not contested either


def test_no_customary_obligation_when_non_refoulement_binds_only_by_treaty() -> None:
    """On the view that non-refoulement is not customary, a non-party such as Malaysia owes nothing."""
    obs = _obs("MYS", "2004-06-30", non_refoulement_customary=False)
    assert (CUSTOM, "non-refoulement") not in obs
    assert not any(o.norm == "non-refoulement" for o in obs.values())
    finding = rl.explain_obligations(
        "MYS", on="2004-06-30", doctrine=rl.Doctrine(non_refoulement_customary=False)
    ).find("customary non-refoulement")
    assert finding is not None
    assert finding.verdict is rl.Verdict.NOT_MET


def test_treaty_non_refoulement_duties_carry_the_contested_peremptory_status() -> None:
    """Convention art. 33(1) and CAT art. 3(1) express the non-refoulement norm, whose peremptory status
    follows the Doctrine; other Convention duties (art. 31(1)) are not peremptory."""
    obs = _obs("CHN", "2004-06-30", non_refoulement_peremptory=True)
    assert obs[(C, "33(1)")].peremptory is True
    assert obs[(C, "33(1)")].norm == "non-refoulement"
    assert obs[(C, "31(1)")].peremptory is False
    assert obs[(C, "31(1)")].norm is None


def test_the_duty_not_to_return_to_torture_has_its_own_peremptory_position() -> None:
    """CAT art. 3(1) forbids return to torture, a prohibition peremptory on its own footing (ICJ
    Belgium v Senegal para. 99); whether the duty not to return shares that status is
    Doctrine.torture_non_refoulement_peremptory, not the refugee non-refoulement position."""
    refugee_only = _obs("CHN", "2004-06-30", non_refoulement_peremptory=True)
    assert refugee_only[("cat-1984", "3(1)")].peremptory is None
    both = _obs(
        "CHN",
        "2004-06-30",
        non_refoulement_peremptory=False,
        torture_non_refoulement_peremptory=True,
    )
    assert both[("cat-1984", "3(1)")].peremptory is True
    assert both[(C, "33(1)")].peremptory is False
    assert both[("cat-1984", "3(1)")].norm == "non-refoulement"


# ---------------------------------------------------------------------------------------------
# Every citation resolves; input errors
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "on"),
    [
        ("CHN", "1979-06-01"),
        ("CHN", "1982-12-22"),
        ("CHN", "2004-06-30"),
        ("PRK", "2004-06-30"),
        ("USA", "2004-06-30"),
        ("KOR", "2004-06-30"),
        ("MYS", "2004-06-30"),
        ("VNM", "2020-01-01"),
    ],
)
def test_every_obligation_cites_a_provision_the_library_holds(state: str, on: str) -> None:
    """Every StateObligation's citation resolves with rl.provision, and so do its exceptions."""
    obs = rl.obligations_of(state, on=on)
    assert obs
    for o in obs:
        assert o.state == state
        assert rl.provision(o.citation.instrument, o.citation.provision).text
        for e in o.exceptions:
            assert rl.provision(e.instrument, e.provision).text
        assert "\n" not in str(o)
        assert str(o.citation) in str(o)


def test_obligations_of_rejects_bad_input_naming_the_field() -> None:
    with pytest.raises(rl.InvalidInput) as err:
        rl.obligations_of("XXX", on="2004-06-30")
    assert err.value.problems[0].path == "state"
    with pytest.raises(rl.InvalidInput) as err:
        rl.obligations_of("CHN", on="03/04/1982")
    assert err.value.problems[0].path == "on"


def test_explain_obligations_considers_every_instrument() -> None:
    """The explanation lists bound and unbound obligations alike, so the reader sees why each is absent."""
    finding = rl.explain_obligations("CHN", on="1982-12-22")
    assert finding.element == "obligations of China on 1982-12-22"
    elements = [c.element for c in finding.children]
    for e in (
        "Refugee Convention art. 35(1)",
        "CAT art. 3(1)",
        "ICCPR art. 7",
        "customary non-refoulement",
    ):
        assert e in elements, e
    art35 = finding.find("Refugee Convention art. 35(1)")
    assert art35 is not None
    assert "1982-12-23" in art35.reason  # art. 35 is outside Protocol art. I(1) (arts 2-34)
    art33 = finding.find("Refugee Convention art. 33(1)")
    assert art33 is not None
    assert art33.reason.startswith("binds China since 1982-09-24 through 1967 Protocol art. I(1)")


# ---------------------------------------------------------------------------------------------
# User-defined instruments
# ---------------------------------------------------------------------------------------------


def _readmission() -> rl.instruments.Instrument:
    return rl.instruments.Instrument(
        key="chn-mng-readmission-2010",
        title="Hypothetical China–Mongolia Agreement on the Readmission of Persons Residing without Authorisation",
        short_title="China–Mongolia Readmission Agreement",
        kind="bilateral",
        adopted="2010-03-01",
        rule=rl.instruments.EntryIntoForceRule("days_after_deposit", days=30, provision="20(1)"),
        status="unverified",
        notes=("Hypothetical, for tests only.",),
    )


def test_user_defined_bilateral_agreement_binds_from_its_own_entry_into_force_rule() -> None:
    """A user instrument applies its own late-party rule (here 30 days after the exchange of
    ratifications) through rl.is_party(..., extra=[...])."""
    inst = _readmission()
    parts = [
        rl.Participation(
            state=s, instrument=inst.key, action="ratification", deposited="2010-06-01"
        )
        for s in ("CHN", "MNG")
    ]
    assert not rl.is_party("CHN", inst, on="2010-06-30", extra=parts)
    assert rl.is_party("CHN", inst, on="2010-07-01", extra=parts)
    assert rl.is_party("MNG", inst, on="2012-01-01", extra=parts)
    assert not rl.is_party("PRK", inst, on="2012-01-01", extra=parts)
    # Without any record, its parties are not in the data: not "a closed list" (review oblig F3).
    with pytest.raises(rl.BeyondData):
        rl.is_party("CHN", inst, on="2012-01-01")
    assert inst.in_force_for("2010-06-01") == dt.date(2010, 7, 1)
    assert str(inst) == "China–Mongolia Readmission Agreement"


def test_user_defined_participation_is_validated() -> None:
    """Signature must precede deposit; a binding action needs a date (InvalidInput names the field)."""
    with pytest.raises(rl.InvalidInput) as err:
        rl.Participation(
            state="CHN",
            instrument="chn-mng-readmission-2010",
            action="ratification",
            deposited="2010-06-01",
            signature="2010-07-01",
        )
    assert "signature" in str(err.value)
    with pytest.raises(rl.InvalidInput) as err:
        rl.Participation(state="CHN", instrument="x", action="ratification")
    assert "deposited" in str(err.value)


def test_a_party_to_the_protocol_owes_co_operation_with_unhcr_under_protocol_article_ii() -> None:
    """Protocol art. II(1): the States Parties to the Protocol undertake to co-operate with UNHCR
    and facilitate its supervisory duty; it binds them from the Protocol's entry into force for
    them (for China, the day of deposit, 24 September 1982: art. VIII(2))."""
    cite = rl.Citation("refugee-protocol-1967", "II(1)")
    before = {o.citation for o in rl.obligations_of("CHN", on="1982-09-23")}
    after = {o.citation: o for o in rl.obligations_of("CHN", on="1982-09-24")}
    assert cite not in before
    assert after[cite].since == dt.date(1982, 9, 24)
    assert "supervising the application of the Protocol" in after[cite].duty
    assert "co-operate with the Office of the United Nations High Commissioner" in cite.text


def test_a_reservation_recorded_against_article_33_is_without_effect() -> None:
    """Refugee Convention art. 42(1) permits no reservation to art. 33 (nor to arts 1, 3, 4, 16(1)
    and 36-46; 1967 Protocol art. VII(1) likewise): a record that classified one as excluding
    art. 33(1) would otherwise silently drop non-refoulement. The duty still binds, and a note
    says why. A reservation to an article the Convention allows one to (art. 17) still excludes."""
    import attrs

    from refugeelaw.law import obligations as ob
    from refugeelaw.sources.duties import duty
    from refugeelaw.states import Reservation

    china = rl.states.participation("CHN", "refugee-convention-1951")
    assert china is not None
    duty_33 = duty("refugee-convention-1951", "33(1)")
    assert duty_33 is not None
    hypothetical = Reservation(kind="reservation", provisions=("33",), summary="hypothetical")
    reserved = attrs.evolve(china, reservations=(hypothetical,))
    found = ob._treaty_duty("CHN", duty_33, reserved, dt.date(2000, 1, 1), rl.Doctrine())
    assert found.finding.verdict is rl.Verdict.MET
    assert found.obligation is not None
    assert any("art. 42(1)" in n for n in found.obligation.notes)
    assert ob.unreservable("refugee-convention-1951", "33(1)")
    assert ob.unreservable("refugee-convention-1951", "16(1)")
    assert not ob.unreservable("refugee-convention-1951", "16(2)")
    assert not ob.unreservable("refugee-convention-1951", "17")


def test_the_gdrs_vclt_article_18_duty_names_an_entry_into_force_that_never_came() -> None:
    """VCLT art. 18(b): a state that has expressed its consent to be bound must not defeat the
    treaty's object and purpose pending its entry into force. The GDR acceded to the Refugee
    Convention on 4 September 1990; art. 43(2) set entry into force for the ninetieth day, 3
    December 1990, but the GDR ceased to exist on 3 October 1990. Before then the duty is owed,
    and says the entry into force never came; from then there is no GDR to owe anything, and its
    code is refused, naming Germany, which its territory joined (it used to list no duties)."""
    (duty,) = [
        o
        for o in rl.obligations_of("DDR", on="1990-09-30")
        if o.provision == "18" and "Refugee Convention" in o.duty
    ]
    assert duty.since == dt.date(1990, 9, 4)
    assert "due on 1990-12-03 under art. 43(2), which never came" in duty.duty
    assert "ended first, on 1990-10-03" in duty.duty
    assert "pending its entry into force for it on 1990-12-03" not in duty.duty
    for day in ("1990-10-03", "1990-11-01"):
        with pytest.raises(rl.InvalidInput, match="only before 1990-10-03; it joined Germany"):
            rl.obligations_of("DDR", on=day)


def test_the_gdrs_convention_duties_never_entered_into_force_under_article_43_2() -> None:
    """Refugee Convention art. 43(2) and VCLT art. 24: the GDR's accession of 4 September 1990
    was due to take effect on the ninetieth day, 3 December 1990, a day that never came (the GDR
    ended on 3 October 1990). The survey's Convention rows (arts 33(1), 31(1), 32(1), 35(1)) say
    so, as party_status does, and no longer that the Convention "enters into force ... only on
    1990-12-03" (review oblig F4); the verdict, not bound, is unchanged."""
    survey = rl.explain_obligations("DDR", on="1990-09-20")
    status = rl.party_status("DDR", "refugee-convention-1951", on="1990-09-20")
    assert status.reason.startswith("Refugee Convention never entered into force")
    for pin in ("33(1)", "31(1)", "32(1)", "35(1)"):
        row = survey.find(f"Refugee Convention art. {pin}")
        assert row is not None
        assert row.verdict is rl.Verdict.NOT_MET
        assert row.reason == status.reason
        assert "due to do so on 1990-12-03 (art. 43(2))" in row.reason
        assert "ended first, on 1990-10-03" in row.reason
        assert "only on 1990-12-03" not in row.reason


# ---------------------------------------------------------------------------------------------
# VCLT art. 18 for every treaty the survey lists duties of (review R3b)
# ---------------------------------------------------------------------------------------------

V = "vclt-1969"


def _signatory_duties(state: str, on: str) -> dict[str, rl.StateObligation]:
    """The VCLT art. 18 duties of ``state`` on ``on``, by the treaty they are owed under."""
    return {
        o.owed_to.removeprefix("the parties to "): o
        for o in rl.obligations_of(state, on=on)
        if (o.instrument, o.provision) == (V, "18")
    }


def test_article_18_is_surveyed_for_every_treaty_the_duties_catalogue_holds() -> None:
    """VCLT art. 18: the survey holds a signatory to the object and purpose of each treaty whose
    duties it lists for a party, the list drawn from the duties catalogue (it weighed four treaties'
    signatures, and ignored those of the OAU Convention, the ECHR's Protocols and the ACHR). The
    ICCPR's Second Optional Protocol, whose duties are not listed for a party, is not surveyed."""
    from refugeelaw.law.obligations import signable
    from refugeelaw.sources.duties import catalogue

    assert set(signable()) == {d.instrument for d in catalogue()}
    assert signable()[:4] == (C, P, "cat-1984", "iccpr-1966")
    assert {"oau-refugee-convention-1969", "echr-protocol-6-1983", "achr-1969"} <= set(signable())
    assert "iccpr-op2-1989" not in signable()
    assert V not in signable()


def test_russias_protocol_6_signature_holds_it_under_article_18_until_its_expulsion() -> None:
    """VCLT art. 18(a): the Russian Federation signed ECHR Protocol No. 6 on 16 April 1997 and never
    ratified it; its Constitutional Court held on 19 November 2009 that the signature engaged art.
    18. Protocol No. 6 (1983) is older than the USSR's VCLT participation (in force 29 May 1986,
    continued by Russia): art. 18 binds as custom (VCLT art. 4), a contested basis. Protocol No. 6
    art. 7 opens it to the members of the Council of Europe only: expelled on 16 March 2022 (the
    roster the data holds), Russia may no longer become a party, and nothing is pending from that
    day (it ceased to be an ECHR party on 16 September 2022). Whether it ratified after 1998 is
    beyond the Protocol's participation data: the duty is then listed as not known to bind, never
    as binding or not."""
    assert "ECHR Protocol No. 6" not in _signatory_duties("RUS", "1997-04-15")
    duty = _signatory_duties("RUS", "2009-11-19")["ECHR Protocol No. 6"]
    assert duty.since == dt.date(1997, 4, 16)
    assert duty.basis is rl.Basis.CUSTOM
    assert duty.contested is True
    assert any("VCLT art. 4" in n for n in duty.notes)
    status = rl.party_status("RUS", "echr-protocol-6-1983", on="2009-11-19").verdict
    assert status is not rl.Verdict.MET
    assert duty.bound is (rl.Verdict.MET if status is rl.Verdict.NOT_MET else rl.Verdict.UNKNOWN)
    assert "ECHR Protocol No. 6" in _signatory_duties("RUS", "2022-03-15")
    for day in ("2022-03-16", "2022-09-16", "2022-10-25"):  # to the last day a source shows
        # Russia still outside the Council of Europe (review s38 da38 F1: was "2023-06-01")
        assert "ECHR Protocol No. 6" not in _signatory_duties("RUS", day)
    ended = rl.explain_obligations("RUS", on="2022-09-16").find(
        "VCLT art. 18 (ECHR Protocol No. 6)"
    )
    assert ended is not None
    assert ended.verdict is rl.Verdict.NOT_MET
    assert "ceased to be eligible on 2022-03-16" in ended.reason
    # Russia never signed Protocol No. 13: no duty is owed under it.
    assert "ECHR Protocol No. 13" not in _signatory_duties("RUS", "2009-11-19")


def test_the_united_states_owes_article_18_for_its_signature_of_the_achr() -> None:
    """VCLT art. 18(a): the United States signed the American Convention on Human Rights on 1 June
    1977 (President Carter's message to the Senate) and has not ratified it; the data records no
    statement that it does not intend to become a party, so the duty holds. The United States has
    only signed the VCLT: art. 18 binds it as custom, a contested basis."""
    assert "American Convention on Human Rights" not in _signatory_duties("USA", "1977-05-31")
    duty = _signatory_duties("USA", "2009-01-01")["American Convention on Human Rights"]
    assert duty.bound is rl.Verdict.MET
    assert duty.since == dt.date(1977, 6, 1)
    assert duty.basis is rl.Basis.CUSTOM
    assert duty.contested is True
    assert "signed on 1977-06-01 and not ratified" in duty.duty
    assert any("VCLT not in force for the state" in n for n in duty.notes)


def test_somalia_owes_article_18_for_its_signature_of_the_oau_convention() -> None:
    """VCLT art. 18(a): Somalia signed the OAU Refugee Convention on the day it was adopted, 10
    September 1969 (AU status list), and has not ratified it; a duty as custom (Somalia is no VCLT
    party), while the data speaks for Somalia's record (to 16 May 2019)."""
    assert "OAU Refugee Convention" not in _signatory_duties("SOM", "1969-09-09")
    duty = _signatory_duties("SOM", "2009-01-01")["OAU Refugee Convention"]
    assert duty.bound is rl.Verdict.MET
    assert duty.since == dt.date(1969, 9, 10)
    assert duty.basis is rl.Basis.CUSTOM
    found = rl.explain_obligations("SOM", on="2009-01-01").find(
        "VCLT art. 18 (OAU Refugee Convention)"
    )
    assert found is not None
    assert found.verdict is rl.Verdict.MET


def test_a_signatorys_duty_is_unknown_where_a_later_ratification_would_not_be_recorded() -> None:
    """VCLT art. 18 holds a signatory only while the treaty does not bind it. After the data's
    horizon for China's ICCPR record (29 May 2022), a later ratification would not be recorded
    (party_status is UNKNOWN): the duty is listed with bound UNKNOWN, saying why, not as a
    confident "signed and not ratified"."""
    assert _signatory_duties("CHN", "2004-06-30")["ICCPR"].bound is rl.Verdict.MET
    later = _signatory_duties("CHN", "2024-01-01")["ICCPR"]
    assert rl.party_status("CHN", "iccpr-1966", on="2024-01-01").verdict is rl.Verdict.UNKNOWN
    assert later.bound is rl.Verdict.UNKNOWN
    assert later.notes[0].startswith("Participation unknown: ")
    assert "not ratified" not in later.duty
    found = rl.explain_obligations("CHN", on="2024-01-01").find("VCLT art. 18 (ICCPR)")
    assert found is not None
    assert found.verdict is rl.Verdict.UNKNOWN
    assert found.missing == ("states['CHN'].iccpr-1966",)


# ---------------------------------------------------------------------------------------------
# Customary non-refoulement in its two limbs, dated as the return engine dates them (review R8)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "bound", "since", "torture"),
    [
        ("1977-10-11", rl.Verdict.UNKNOWN, None, False),
        ("1977-10-12", rl.Verdict.MET, dt.date(1977, 10, 12), False),
        ("1984-06-01", rl.Verdict.MET, dt.date(1977, 10, 12), False),
        ("1984-12-09", rl.Verdict.MET, dt.date(1977, 10, 12), False),
        ("1984-12-10", rl.Verdict.MET, dt.date(1984, 12, 10), True),
        ("2004-06-30", rl.Verdict.MET, dt.date(1984, 12, 10), True),
    ],
)
def test_customary_duty_states_the_torture_limb_only_from_cat_article_3s_adoption(
    on: str, bound: rl.Verdict, since: dt.date | None, torture: bool
) -> None:
    """Customary non-refoulement: the library's earliest evidence of the rule is ExCom Conclusion
    No. 6, adopted on 12 October 1977, which speaks of refugees; of its torture limb, CAT art. 3,
    adopted on 10 December 1984. The return engine holds the torture limb unknown before that day;
    the survey agrees: before it, it states the refugee limb alone (from 12 October 1977; before,
    not shown), and ``since`` is the day from which the duty, as stated, is shown."""
    custom = _obs("CHN", on)[(CUSTOM, "non-refoulement")]
    assert custom.bound is bound
    assert custom.since == since
    assert ("torture" in custom.duty) is torture
    # Both dates in its notes: the refugee limb's and the torture limb's.
    assert "1984-12-10" in custom.notes[-1]
    assert ("refugee limb is shown from 1977-10-12" in custom.notes[-1]) is torture
    found = rl.explain_obligations("CHN", on=on).find("customary non-refoulement")
    assert found is not None
    assert ("CAT art. 3, adopted on 1984-12-10" in found.reason) is (
        not torture and bound is rl.Verdict.MET
    )


@pytest.mark.parametrize("on", ["1977-10-12", "1977-11-01", "1977-12-30"])
def test_custom_is_shown_from_excom_conclusion_6s_adoption_not_the_end_of_1977(on: str) -> None:
    """ExCom Conclusion No. 6 (XXVIII), adopted on 12 October 1977, recalls that the fundamental
    humanitarian principle of non-refoulement is generally accepted by States (para. (a)): the
    library's earliest evidence that the rule was customary, dated from its adoption, as its record
    gives it. Seed-article review F4: from 12 to 30 December 1977 the survey said custom was "not
    shown" while naming that very conclusion as its evidence (the rules took the end of 1977).
    Before: China's customary duty UNKNOWN (``since`` None) and the escapee's return UNDETERMINED;
    after: MET since 1977-10-12, and the return PROHIBITED by custom."""
    from refugeelaw import testing
    from refugeelaw.law import obligations, removal

    excom_6 = dt.date(1977, 10, 12)
    # One day, read from the conclusion's record: the custom's evidence and the frontier reading.
    assert rl.sources.adopted("excom-conclusions", "6") == excom_6
    assert obligations.EARLIEST_EVIDENCE == removal.FRONTIER_DAY == excom_6
    text = rl.provision("excom-conclusions", "6").text
    assert text is not None
    assert "(para (a))" in text
    assert "generally accepted by States" in text
    custom = _obs("CHN", on)[(CUSTOM, "non-refoulement")]
    assert custom.bound is rl.Verdict.MET
    assert custom.since == excom_6
    found = rl.explain_obligations("CHN", on=on).find("customary non-refoulement")
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert found.reason.startswith("binds every state as customary law in its refugee limb")
    assert rl.Citation("excom-conclusions", "6") in found.citations
    result = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on=on)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(b.citation) for b in result.breaches] == [
        "customary international law, non-refoulement"
    ]


def test_custom_is_not_shown_the_day_before_excom_conclusion_6_was_adopted() -> None:
    """ExCom Conclusion No. 6 (adopted 12 October 1977): on 11 October 1977 the library holds no
    evidence yet that non-refoulement was customary, so whether custom bound China is unknown (not
    a confident False), the gap is named, and the reason gives the conclusion's day of adoption."""
    from refugeelaw import testing

    custom = _obs("CHN", "1977-10-11")[(CUSTOM, "non-refoulement")]
    assert custom.bound is rl.Verdict.UNKNOWN
    assert custom.since is None
    found = rl.explain_obligations("CHN", on="1977-10-11").find("customary non-refoulement")
    assert found is not None
    assert found.verdict is rl.Verdict.UNKNOWN
    assert found.reason == (
        "whether non-refoulement was already customary law on 1977-10-11 is not shown: the "
        "earliest evidence the library holds is ExCom Conclusion No. 6, adopted on 1977-10-12"
    )
    result = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on="1977-10-11")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.missing_facts() == ("states['CHN'].customary-international-law",)


def test_the_duties_to_co_operate_with_unhcr_say_the_1995_china_unhcr_agreement_is_not_held() -> (
    None
):
    """Convention art. 35(1) and Protocol art. II(1), China's duties to co-operate with UNHCR, are
    all the library holds on UNHCR's access in China (seed-article review F3): China's agreement
    with UNHCR of 1 December 1995 (art. III(5), reportedly unimpeded access to refugees) is not
    held, its text unverified, and the survey says so rather than answer as if it did not exist.
    Of bilateral treaties only the China–DPRK border protocols are held."""
    owed = _obs("CHN", "2004-06-30")
    for key in (("refugee-convention-1951", "35(1)"), ("refugee-protocol-1967", "II(1)")):
        duty = owed[key]
        assert duty.bound is rl.Verdict.MET
        (note,) = [n for n in duty.notes if "UNHCR" in n]
        assert "1 December 1995" in note
        assert "art. III(5)" in note
        assert "does not hold it" in note
    bilateral = {o.instrument for o in owed.values() if o.counterparties}
    assert bilateral == {"china-dprk-border-protocol-1964", "china-dprk-border-protocol-1986"}


def test_before_cat_the_customary_duty_is_peremptory_only_in_its_refugee_limb() -> None:
    """VCLT art. 53 and the torture limb's evidence (CAT art. 3, 10 December 1984): held peremptory
    in its torture limb alone, the customary duty is peremptory only from the day that limb is
    shown; before, the duty stated is the refugee limb, peremptory only where that limb is held so,
    and the torture position is not relied on."""
    doctrine: dict[str, Any] = {
        "non_refoulement_peremptory": False,
        "torture_non_refoulement_peremptory": True,
    }
    early = _obs("CHN", "1984-06-01", **doctrine)[(CUSTOM, "non-refoulement")]
    assert early.peremptory is False
    assert early.basis is rl.Basis.CUSTOM
    later = _obs("CHN", "1984-12-10", **doctrine)[(CUSTOM, "non-refoulement")]
    assert later.peremptory is True
    assert later.basis is rl.Basis.PEREMPTORY
    found = rl.explain_obligations("CHN", on="1984-06-01", doctrine=rl.Doctrine(**doctrine)).find(
        "customary non-refoulement"
    )
    assert found is not None
    assert not any("torture_non_refoulement_peremptory" in a for a in found.assumptions)


def test_the_survey_and_the_return_agree_on_customs_torture_limb_in_1984() -> None:
    """Review R8: on 1 June 1984 the return of a person protected by another nationality (so no
    refugee) who faces torture in North Korea is undetermined on custom (its torture limb is not
    shown before CAT art. 3's adoption), and the survey for the same day states no customary duty
    not to return anyone to torture; from 10 December 1984 both say it."""
    from refugeelaw import testing

    claim = testing.dual_national_with_rok_protection()
    early = rl.assess_return(claim, by="CHN", to="PRK", on="1984-06-01")
    assert early.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "torture" not in _obs("CHN", "1984-06-01")[(CUSTOM, "non-refoulement")].duty
    later = rl.assess_return(claim, by="CHN", to="PRK", on="1984-12-10")
    assert later.breached_provisions == ("customary international law, non-refoulement",)
    assert "torture" in _obs("CHN", "1984-12-10")[(CUSTOM, "non-refoulement")].duty


@pytest.mark.parametrize(
    ("on", "outcome", "named"),
    [
        ("1984-12-09", rl.ReturnOutcome.UNDETERMINED, False),
        ("1984-12-10", rl.ReturnOutcome.PROHIBITED, True),
        ("1986-06-01", rl.ReturnOutcome.PROHIBITED, True),
        ("2001-06-19", rl.ReturnOutcome.PROHIBITED, True),
        ("2001-06-20", rl.ReturnOutcome.PROHIBITED, False),
    ],
)
def test_the_torture_limbs_date_is_a_reading_named_where_it_decides(
    on: str, outcome: rl.ReturnOutcome, named: bool
) -> None:
    """Customary non-refoulement's torture limb, dated from CAT art. 3's adoption (10 December
    1984): adopting a text is not practice accepted as law (ILC Conclusions on identification of
    customary international law, 2018, concl. 11), and no source the library holds dates the
    crystallisation, so the date is a reading (``law.peremptory.TORTURE_LIMB_DATING_READING``),
    named wherever it decides: from the adoption to the later evidence it names (Lauterpacht and
    Bethlehem's Opinion, 20 June 2001). Seed-articles review s35 F2: the dual national, his South
    Korean protection answering the refugee limb, returned by China before CAT bound it (3
    November 1988), went from UNDETERMINED to PROHIBITED overnight on 10 December 1984 with
    nothing named. The outcomes stand; the reading is named on the return, on the survey of what
    China owes, and on the precedence ruling where only the torture limb stands."""
    from refugeelaw import testing
    from refugeelaw.law.peremptory import TORTURE_LIMB_DATING_READING

    result = rl.assess_return(
        testing.dual_national_with_rok_protection(), by="CHN", to="PRK", on=on
    )
    assert result.outcome is outcome
    assert (TORTURE_LIMB_DATING_READING in result.assumptions()) is named
    if named:
        # Named on the customary bar's torture limb, which holds.
        (limb,) = [
            f for _, f in result.finding.walk() if TORTURE_LIMB_DATING_READING in f.assumptions
        ]
        assert limb.verdict is rl.Verdict.MET
        assert limb.element.startswith("risk of torture")
        # Before CAT bound China (3 November 1988) custom alone bars it; after, CAT art. 3 too.
        assert result.breached_provisions[-1] == "customary international law, non-refoulement"
        assert ("CAT art. 3(1)" in result.breached_provisions) is (on >= "1988-11-03")
    survey = rl.explain_obligations("CHN", on=on).find("customary non-refoulement")
    assert survey is not None
    assert (TORTURE_LIMB_DATING_READING in survey.assumptions) is named
    # Art. 33(2)'s permission lifts custom's refugee limb: only the torture limb stands against
    # it, on the date the reading gives it (the wider notion of conflict).
    obs = _obs("CHN", on)
    ruling = rl.resolve_conflict(
        obs[("refugee-convention-1951", "33(1)")], obs[(CUSTOM, "non-refoulement")], on=on
    )
    note = ruling.finding.find("conflict on the wider notion")
    assert note is not None
    assert (TORTURE_LIMB_DATING_READING in note.assumptions) is named
    assert note.verdict is (rl.Verdict.MET if on >= "1984-12-10" else rl.Verdict.UNKNOWN)


def test_the_torture_limbs_date_is_not_named_where_the_limb_decides_nothing() -> None:
    """The reading that dates custom's torture limb from CAT art. 3's adoption decides only a risk
    of torture found: the economic migrant (Handbook 62-64), who fears no torture, returned by
    China in 1986 is PERMITTED without it, and so is no survey before CAT's adoption."""
    from refugeelaw import testing
    from refugeelaw.law.peremptory import TORTURE_LIMB_DATING_READING

    result = rl.assess_return(testing.economic_migrant(), by="CHN", to="PRK", on="1986-06-01")
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert TORTURE_LIMB_DATING_READING not in result.assumptions()
    early = rl.explain_obligations("CHN", on="1984-06-01").find("customary non-refoulement")
    assert early is not None
    assert TORTURE_LIMB_DATING_READING not in early.assumptions


def test_a_signatorys_duty_as_custom_is_not_shown_before_the_vclts_adoption() -> None:
    """VCLT art. 18 as custom (art. 4: the ECHR, 1950, predates the VCLT for France): the library's
    earliest evidence of the interim obligation is the VCLT's adoption (23 May 1969). France,
    which signed the ECHR on 4 November 1950 and ratified it on 3 May 1974, is not shown to owe it
    in 1960 (UNKNOWN, the gap named), and owes it from 1969-05-23 (the own-diff review: it was
    MET from 1950)."""

    def duty(on: str) -> rl.StateObligation:
        return next(
            o
            for o in rl.obligations_of("FRA", on=on)
            if o.provision == "18" and o.owed_to == "the parties to ECHR"
        )

    early = duty("1960-01-01")
    assert early.bound is rl.Verdict.UNKNOWN
    assert early.since == dt.date(1969, 5, 23)
    assert any("whether custom imposed it on 1960-01-01 is not shown" in n for n in early.notes)
    assert duty("1969-05-23").bound is rl.Verdict.MET
    assert duty("1970-01-01").bound is rl.Verdict.MET


@pytest.mark.parametrize(
    ("on", "wide", "since", "ill_treatment", "named"),
    [
        ("1984-06-01", True, dt.date(1977, 10, 12), False, False),
        ("1990-01-01", False, dt.date(1984, 12, 10), False, True),
        ("1990-01-01", True, dt.date(1984, 12, 10), False, True),
        ("2015-01-01", False, dt.date(1984, 12, 10), False, True),
        ("2001-06-20", True, dt.date(2001, 6, 20), True, True),
        ("2015-01-01", True, dt.date(2001, 6, 20), True, True),
    ],
)
def test_customary_duty_states_other_ill_treatment_only_on_the_wider_reading(
    on: str, wide: bool, since: dt.date, ill_treatment: bool, named: bool
) -> None:
    """``Doctrine.custom_covers_ill_treatment``: on Lauterpacht and Bethlehem's reading (Opinion
    for UNHCR, completed on 20 June 2001) the customary duty reaches other cruel, inhuman or
    degrading treatment or punishment, and the survey states it so from that day, as the return
    engine applies it; by default it states the torture limb as CAT art. 3 does. Which it is
    decides the duty's words from CAT art. 3's adoption on, so the position is named from then,
    either way, and not before (the refugee limb alone is stated then)."""
    doctrine = rl.Doctrine(custom_covers_ill_treatment=wide)
    custom = _obs("MYS", on, custom_covers_ill_treatment=wide)[(CUSTOM, "non-refoulement")]
    assert custom.since == since
    assert ("cruel, inhuman or degrading" in custom.duty) is ill_treatment
    if ill_treatment:
        assert "(other ill-treatment included) has none" in custom.notes[1]
    if wide and on >= "1984-12-10":
        assert "2001-06-20" in custom.notes[-1]
    found = rl.explain_obligations("MYS", on=on, doctrine=doctrine).find(
        "customary non-refoulement"
    )
    assert found is not None
    assert (doctrine.position("custom_covers_ill_treatment") in found.assumptions) is named


def test_the_wider_customary_duty_is_peremptory_as_the_duty_not_to_return_to_torture() -> None:
    """ICJ *Belgium v Senegal* (2012) para. 99: the prohibition of torture is peremptory. Held
    peremptory (``torture_non_refoulement_peremptory``), customary non-refoulement read to reach
    other ill-treatment is peremptory in its torture limb, as ICCPR art. 7 (torture and cruel,
    inhuman or degrading treatment) is under the same position; the wider reading changes the
    duty's words, not which position decides whether it is peremptory."""
    held: dict[str, Any] = {
        "non_refoulement_peremptory": False,
        "torture_non_refoulement_peremptory": True,
    }
    for wide in (False, True):
        custom = _obs("MYS", "2015-01-01", custom_covers_ill_treatment=wide, **held)[
            (CUSTOM, "non-refoulement")
        ]
        assert custom.basis is rl.Basis.PEREMPTORY
        assert custom.peremptory is True
    found = rl.explain_obligations(
        "MYS", on="2015-01-01", doctrine=rl.Doctrine(custom_covers_ill_treatment=True, **held)
    ).find("customary non-refoulement")
    assert found is not None
    assert "in its torture limb" in found.reason


# ---------------------------------------------------------------------------------------------
# Art 1B(1)(a): to whom the duties owed to refugees are owed
# ---------------------------------------------------------------------------------------------

_TO_REFUGEES = ("31(1)", "32(1)", "33(1)")
_EUROPE = "declaration under Refugee Convention art. 1B(1)(a)"


def _europe_notes(state: str, on: str) -> dict[str, tuple[str, ...]]:
    """The Art 1B(1)(a) notes on each Refugee Convention duty of ``state`` on ``on``."""
    return {
        o.provision: tuple(n for n in o.notes if _EUROPE in n)
        for o in rl.obligations_of(state, on=on)
        if o.instrument == C
    }


def test_turkiye_owes_articles_31_to_33_only_to_refugees_from_events_in_europe() -> None:
    """Refugee Convention art. 1B(1)(a), kept under the 1967 Protocol by its art. I(3) ("existing
    declarations made by States already Parties to the Convention in accordance with article 1 B
    (1) (a) ... shall, unless extended under article 1 B (2) thereof, apply also under the present
    Protocol"): Türkiye owes arts 31(1), 32(1) and 33(1) only to refugees as a result of events in
    Europe, at any date (Protocol art. I(2) drops the 1951 date), from its ratification; art.
    35(1), a duty to UNHCR, is not so limited. The survey said nothing of it (obligations review
    F3), while the status determination applied it."""
    notes = _europe_notes("TUR", "2010-01-01")
    for provision in _TO_REFUGEES:
        (note,) = notes[provision]
        assert note.startswith("Qualified by Türkiye's declaration under Refugee Convention")
        assert "1967 Protocol art. I(3) keeps under the Protocol" in note
        assert "events occurring in Europe, at any date" in note
        assert "alternative (a) from 1962-06-28, with no extension under art. 1B(2)" in note
        assert "(status: secondary)" in note
    assert notes["35(1)"] == ()
    found = rl.explain_obligations("TUR", on="2010-01-01").find("Refugee Convention art. 33(1)")
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert "1B(1)(a)" in found.reason
    cited = {str(c) for c in found.citations}
    assert {"Refugee Convention art. 1B(1)", "1967 Protocol art. I(3)"} <= cited


def test_madagascar_a_convention_party_alone_owes_them_for_events_in_europe_before_1951() -> None:
    """Art 1B(1)(a) as it reads for a party to the Convention alone: "events occurring in Europe
    before 1 January 1951" (Madagascar); no Protocol art. I(3) to keep it. After the data's
    horizon whether Madagascar has since acceded to the Protocol, which drops the date (art.
    I(2)), is not known, and the note says so; nor, by Art 1B(2), is whether it has since
    extended its obligations to alternative (b), so the duty is only possibly qualified (review
    s37 da37 F1; before, "Qualified", with the horizon in a parenthesis)."""
    (note,) = _europe_notes("MDG", "2010-01-01")["33(1)"]
    assert 'events occurring "in Europe before 1 January 1951"' in note
    assert "art. I(3)" not in note
    (later,) = _europe_notes("MDG", "2020-01-01")["33(1)"]
    assert "if it has since become bound by the 1967 Protocol" in later
    assert later.startswith("Possibly qualified by a declaration under Refugee Convention")
    assert "held only until 2015-03-12" in later
    assert "a later extension would not be recorded" in later


def test_monacos_limitation_qualifies_the_duties_until_its_extension_under_article_1b_2() -> None:
    """Art 1B(2): a state that chose alternative (a) "may at any time extend its obligations by
    adopting alternative (b)"; Monaco's extension was registered on 17 Feb 2022 (Journal de Monaco).
    Before its accession to the Protocol (2010) the limitation read with the 1951 date; after it,
    without it (Protocol art. I(2)-(3)); from the extension, no note."""
    (alone,) = _europe_notes("MCO", "2005-01-01")["33(1)"]
    assert "before 1 January 1951" in alone
    (kept,) = _europe_notes("MCO", "2015-01-01")["33(1)"]
    assert "art. I(3)" in kept
    assert "until 2022-02-17, when it extended its obligations to alternative (b)" in kept
    assert _europe_notes("MCO", "2023-01-01")["33(1)"] == ()


def test_a_choice_the_data_does_not_know_is_said_to_be_unknown() -> None:
    """Congo's Art 1B(1) choice from its Protocol accession (10 Jul 1970) is not known (the
    sources disagree whether it kept alternative (a)): the duties are "possibly qualified", not
    stated as owed to every refugee nor as limited to Europe."""
    (note,) = _europe_notes("COG", "2000-01-01")["33(1)"]
    assert note.startswith("Possibly qualified by a declaration under Refugee Convention")
    assert "whether Congo applies alternative (a) on 2000-01-01 is not known" in note
    (chosen,) = _europe_notes("COG", "1965-01-01")["33(1)"]
    assert chosen.startswith("Qualified by Congo's declaration")


@pytest.mark.parametrize(("state", "on"), [("USA", "2010-01-01"), ("CHN", "2010-01-01")])
def test_no_geographic_limitation_without_a_declaration_under_article_1b_1_a(
    state: str, on: str
) -> None:
    """Protocol art. I(3): a party to the Protocol alone (the United States) applies it "without
    any geographic limitation"; a party that chose alternative (b) (China) has none either."""
    assert all(notes == () for notes in _europe_notes(state, on).values())


@pytest.mark.parametrize("state", ["BRA", "COG", "HUN", "ITA", "MCO", "MDG", "MLT", "PRT", "TUR"])
def test_the_duties_are_qualified_exactly_where_the_status_determination_limits_the_definition(
    state: str,
) -> None:
    """One rule for both: the limits a status determination applies for the state on the date
    (``law.limits.treaty_regime``, Art 1B(1) and Protocol art. I(3)) decide whether the duties
    owed to refugees carry the Art 1B(1)(a) note."""
    from refugeelaw.law.limits import treaty_regime

    for year in range(1955, 2026, 5):
        on = f"{year}-06-01"
        notes = _europe_notes(state, on)
        if "33(1)" not in notes:
            continue
        limited = treaty_regime(state, dt.date(year, 6, 1)).geographic_limitation
        assert bool(notes["33(1)"]) is (limited is not False), (state, on)


# ---------------------------------------------------------------------------------------------
# A party known by the year of its instrument: bound at the latest from the year's end
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "year"), [("BHS", 2018), ("COM", 2017), ("GMB", 2018), ("SDN", 2021), ("STP", 2017)]
)
def test_a_cat_party_known_by_its_year_is_bound_thirty_days_after_the_years_end_at_the_latest(
    state: str, year: int
) -> None:
    """CAT art. 27(2): in force "on the thirtieth day after the date of the deposit". A source
    (world-politics-datalab, 2022) gives only the year of the state's ratification or accession:
    not bound before that year, unknown from its first day, bound from 30 January of the next year
    at the latest, as ECHR Protocol No. 6 binds Sweden and Luxembourg from 1 January 1986 (art.
    8(2)). Before, the state stayed unknown on every date after the data's horizon (obligations
    review F5)."""
    latest = dt.date(year + 1, 1, 30)
    verdicts = [
        rl.party_status(state, "cat-1984", on=on).verdict
        for on in (dt.date(year - 1, 12, 31), dt.date(year, 1, 1), latest - dt.timedelta(1), latest)
    ]
    assert verdicts == [rl.Verdict.NOT_MET, rl.Verdict.UNKNOWN, rl.Verdict.UNKNOWN, rl.Verdict.MET]
    found = rl.party_status(state, "cat-1984", on=latest)
    assert f"since {latest.isoformat()} at the latest" in found.reason
    cat = _obs(state, latest.isoformat())[("cat-1984", "3(1)")]
    assert (cat.bound, cat.since) == (rl.Verdict.MET, latest)


def test_the_vclt_article_18_duty_follows_a_ratification_known_by_its_year() -> None:
    """VCLT art. 18(a): a signatory must not defeat the treaty's object and purpose until it
    becomes a party. The Gambia signed CAT on 23 October 1985 and ratified or acceded in 2018:
    the duty holds until then, is owed "only if it has not since become bound" during 2018 and
    until 30 January 2019, and is gone once CAT binds it. Before, it was listed as unknown on
    every date after the data's horizon (2015), and CAT art. 3(1) unknown too."""

    def art_18(on: str) -> rl.StateObligation | None:
        return next(
            (
                o
                for o in rl.obligations_of("GMB", on=on)
                if o.provision == "18" and "CAT" in o.owed_to
            ),
            None,
        )

    early = art_18("2016-06-01")
    assert early is not None
    assert early.bound is rl.Verdict.MET
    assert (
        "not yet ratified (its ratification or accession is dated by its year alone" in early.duty
    )
    assert ("cat-1984", "3(1)") not in _obs("GMB", "2016-06-01")
    pending = art_18("2018-06-01")
    assert pending is not None
    assert pending.bound is rl.Verdict.UNKNOWN
    assert "binds it from 2019-01-30 at the latest" in pending.duty
    assert art_18("2019-01-30") is None
    assert _obs("GMB", "2019-01-30")[("cat-1984", "3(1)")].bound is rl.Verdict.MET


def test_angola_bound_by_cat_from_1_november_2019_its_deposit_of_2_october_2019() -> None:
    """CAT art. 27(2): Angola deposited its ratification on 2 October 2019 (UN Treaty
    Collection's French status page, Angola's initial report to the Committee, the Convention
    against Torture Initiative; `secondary`), so CAT binds it from 1 November 2019; VCLT art.
    18(a) held it from its signature (24 September 2013), art. 18(b) from its deposit."""
    p = rl.states.participation("AGO", "cat-1984")
    assert p is not None
    assert (p.deposited, p.in_force, p.status) == (
        dt.date(2019, 10, 2),
        dt.date(2019, 11, 1),
        "secondary",
    )
    assert any("cti2024.org" in (s.url or "") for s in p.source)
    assert rl.party_status("AGO", "cat-1984", on="2019-10-31").verdict is rl.Verdict.NOT_MET
    bound = rl.party_status("AGO", "cat-1984", on="2022-06-01")
    assert bound.verdict is rl.Verdict.MET
    assert "since 2019-11-01 (record" in bound.reason
    signed = [o for o in rl.obligations_of("AGO", on="2019-10-15") if o.provision == "18"]
    assert any("consent to be bound on 2019-10-02" in o.duty for o in signed)
    assert not [
        o
        for o in rl.obligations_of("AGO", on="2022-06-01")
        if o.provision == "18" and "CAT" in o.owed_to
    ]


def test_the_cat_bar_follows_a_ratification_known_by_its_year() -> None:
    """CAT art. 3(1) in a return by Sudan (ratified or acceded in 2021, source giving the year
    alone): the bar does not apply in 2020, is undetermined during 2021, and applies from 30
    January 2022 "at the latest". Before, it was undetermined on every date after 2015."""
    claim = rl.Claim(
        rl.Person("E", {"ERI"}, location="SDN"),
        fears=[
            rl.Harm(
                "torture in detention",
                "ERI",
                severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
                likelihood=0.8,
                actor=rl.Actor.STATE,
                torture=True,
            )
        ],
    )

    def bound(on: str) -> rl.Finding:
        result = rl.assess_return(claim, by="SDN", to="ERI", on=on)
        bar = result.finding.find("CAT art. 3 bar")
        assert bar is not None
        found = bar.find("the state is bound")
        assert found is not None
        return found

    assert bound("2020-06-01").verdict is rl.Verdict.NOT_MET
    assert bound("2021-06-01").verdict is rl.Verdict.UNKNOWN
    later = bound("2023-01-01")
    assert later.verdict is rl.Verdict.MET
    assert "since 2022-01-30 at the latest" in later.reason


def test_an_iccpr_party_known_by_its_year_is_bound_three_months_after_the_years_end() -> None:
    """ICCPR art. 49(2): in force "three months after the date of the deposit". Sao Tome and
    Principe ratified or acceded in 2017 (the source gives the year): not bound in 2016, unknown
    from 1 January 2017, bound from 31 March 2018 at the latest."""
    verdicts = [
        rl.party_status("STP", "iccpr-1966", on=on).verdict
        for on in ("2016-12-31", "2017-01-01", "2018-03-30", "2018-03-31")
    ]
    assert verdicts == [rl.Verdict.NOT_MET, rl.Verdict.UNKNOWN, rl.Verdict.UNKNOWN, rl.Verdict.MET]


@pytest.mark.parametrize("pin", ["33(1)", "31(1)", "32(1)"])
def test_a_duty_binding_through_the_protocol_cites_protocol_article_i_1(pin: str) -> None:
    """Review obligations F6: for the United States, a party to the 1967 Protocol alone, the
    finding says the Convention duty binds "through 1967 Protocol art. I(1)", but cited only the
    Convention article: a reader of the citations saw a Convention duty for a non-party. Protocol
    art. I(1), which creates the duty for it, is now cited beside it."""
    found = rl.explain_obligations("USA", on="1990-01-01").find(f"Refugee Convention art. {pin}")
    assert found is not None
    assert "through 1967 Protocol art. I(1)" in found.reason
    assert [str(c) for c in found.citations] == [
        f"Refugee Convention art. {pin}",
        "1967 Protocol art. I(1)",
    ]


def test_a_duty_bound_first_through_the_protocol_cites_it_and_a_convention_duty_does_not() -> None:
    """Protocol art. I(1): Afghanistan acceded to both in 2005, the Protocol binding first (30
    August) and the Convention on the 90th day (28 November, art. 43(2)); the finding says it was
    bound through the Protocol until then, and cites it. France, bound by the Convention itself
    since 1954, is cited the Convention alone."""
    afg = rl.explain_obligations("AFG", on="2010-01-01").find("Refugee Convention art. 33(1)")
    assert afg is not None
    assert "through 1967 Protocol art. I(1) until the Convention came into force" in afg.reason
    assert "1967 Protocol art. I(1)" in [str(c) for c in afg.citations]
    fra = rl.explain_obligations("FRA", on="2010-01-01").find("Refugee Convention art. 33(1)")
    assert fra is not None
    assert [str(c) for c in fra.citations] == ["Refugee Convention art. 33(1)"]


# ---------------------------------------------------------------------------------------------
# A reservation past the data's horizon (VCLT art. 22(1); Refugee Convention art. 42(2))
# ---------------------------------------------------------------------------------------------


def test_a_reservation_past_the_horizon_leaves_the_duty_unknown_vclt_22_1() -> None:
    """VCLT art. 22(1) ("a reservation may be withdrawn at any time") and Refugee Convention art.
    42(2): Botswana's reservation excludes arts 31 and 32. On 2014-01-01, within the Convention
    data (which speaks for 2015-03-12), they are excluded (✗); on 2022-01-01 a withdrawal after
    the horizon would not be recorded, so they are unknown, worded "excluded by ... as at
    2015-03-12", the reservations named as missing (before: ✗ with no caveat; obligations
    review F3)."""
    for provision in ("31(1)", "32(1)"):
        before = rl.explain_obligations("BWA", on="2014-01-01").find(
            f"Refugee Convention art. {provision}"
        )
        assert before is not None
        assert before.verdict is rl.Verdict.NOT_MET
        assert "excluded by Botswana's reservation" in before.reason
        assert "as at" not in before.reason
        assert (C, provision) not in _obs("BWA", "2014-01-01")
        after = rl.explain_obligations("BWA", on="2022-01-01").find(
            f"Refugee Convention art. {provision}"
        )
        assert after is not None
        assert after.verdict is rl.Verdict.UNKNOWN
        assert "excluded by Botswana's reservation to Refugee Convention" in after.reason
        assert "as at 2015-03-12" in after.reason
        assert after.reason.endswith("a later withdrawal of the reservation would not be recorded")
        assert after.missing == ("states['BWA'].refugee-convention-1951.reservations",)
        cited = [str(c) for c in after.citations]
        assert "VCLT art. 22(1)" in cited
        assert "Refugee Convention art. 42(2)" in cited
        obligation = _obs("BWA", "2022-01-01")[(C, provision)]
        assert obligation.bound is rl.Verdict.UNKNOWN
    vclt_22 = rl.Citation("vclt-1969", "22(1)")
    assert vclt_22.text.startswith("1. Unless the treaty otherwise provides, a reservation may be")


def test_a_return_does_not_rest_on_a_reservation_past_the_horizon_iccpr_7(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ICCPR art. 7 with VCLT art. 22(1): no shipped record reserves a bar on return, so this
    gives Thailand's ICCPR record a hypothetical reservation excluding art. 7. For a person facing
    inhuman prison conditions in Iran (no Convention reason, no torture), art. 7 alone prohibits
    the return. With the reservation, on 2010-01-01 (within the data) Thailand is not bound by
    art. 7; on 2020-01-01, past the ICCPR data's horizon (2015-03-12), whether it is bound is
    unknown, so the return is UNDETERMINED with the ICCPR record named, not decided either way."""
    import attrs

    from refugeelaw import _speed
    from refugeelaw.law import obligations as ob
    from refugeelaw.states import Reservation

    harm = rl.Harm("inhuman prison conditions", "IRN", severity="threat_to_life_or_freedom",
                   likelihood=0.9, actor="state", reasons=set(), torture=False,
                   risk_to_life=False, death_penalty=False, flagrant_denial_of_justice=False,
                   irreparable=True, prosecution=False, exit_offence=False)  # fmt: skip
    claim = rl.Claim(rl.Person("X", nationalities={"IRN"}, location="THA"), fears=[harm],
                     protection={"IRN": "unavailable"}, internal_relocation=False)  # fmt: skip
    for on in ("2010-01-01", "2020-01-01"):
        result = rl.assess_return(claim, by="THA", to="IRN", on=on)
        assert result.outcome is rl.ReturnOutcome.PROHIBITED
        assert [str(b.citation) for b in result.breaches] == ["ICCPR art. 7"]

    real = rl.states.participation
    hypothetical = Reservation(kind="reservation", provisions=("7",), summary="hypothetical")

    def reserved(state: str, instrument: str, **kw: Any) -> rl.Participation | None:
        p = real(state, instrument, **kw)
        if p is not None and (p.state, p.instrument) == ("THA", "iccpr-1966"):
            return attrs.evolve(p, reservations=(*p.reservations, hypothetical))
        return p

    monkeypatch.setattr(ob, "participation", reserved)
    _speed.clear()
    try:
        within = rl.assess_return(claim, by="THA", to="IRN", on="2010-01-01")
        past = rl.assess_return(claim, by="THA", to="IRN", on="2020-01-01")
    finally:
        monkeypatch.undo()
        _speed.clear()
    assert within.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "states['THA'].iccpr-1966" not in within.missing_facts()
    assert past.outcome is rl.ReturnOutcome.UNDETERMINED
    assert past.breaches == ()
    assert "states['THA'].iccpr-1966" in past.missing_facts()
    assert "excluded by Thailand's reservation to ICCPR 7 as at 2015-03-12" in past.explain()


def test_a_protocol_reservation_past_the_horizon_cites_protocol_art_vii_3() -> None:
    """1967 Protocol art. VII(3): a reservation "may at any time" be withdrawn. China's reservation
    to art. IV, asked of a day past the data's horizon, is unknown, citing the Protocol's own
    withdrawal clause beside VCLT art. 22(1) (own-diff law review F6)."""
    tree = rl.explain_obligations("CHN", on="2024-01-01")
    article_iv = tree.find("1967 Protocol art. IV")
    assert article_iv is not None
    assert article_iv.verdict is rl.Verdict.UNKNOWN
    cited = {str(c) for c in article_iv.citations}
    assert {"1967 Protocol art. VII(3)", "VCLT art. 22(1)"} <= cited


def test_a_party_to_the_convention_alone_owes_refugee_duties_within_the_dateline_art_1b_1() -> None:
    """Refugee Convention Art 1A(2) and 1B(1)(b): for a State bound by the Convention alone a
    refugee is one "as a result of events occurring before 1 January 1951"; only the 1967
    Protocol, art. I(2), drops the words. Saint Kitts and Nevis (the Convention, alternative (b),
    2002; not the Protocol) owes arts 31(1), 32(1) and 33(1) with that qualification (was: listed
    unqualified, while Madagascar's duties carried its Art 1B(1)(a) note); art. 35(1), owed to
    UNHCR, carries none, nor does a party to the Protocol."""
    duties = {o.provision: o for o in rl.obligations_of("KNA", on="2010-06-01")}
    for provision in ("31(1)", "32(1)", "33(1)"):
        note = next(n for n in duties[provision].notes if "dateline" in n)
        assert (
            "owes the duty only to refugees as a result of events occurring before 1 January 1951"
            in note
        )
        assert "art. I(2)" in note
    assert not any("dateline" in n for n in duties["35(1)"].notes)
    france = {o.provision: o for o in rl.obligations_of("FRA", on="2010-06-01")}
    assert not any("dateline" in n for n in france["33(1)"].notes)
    # Before the Protocol every party was bound by the Convention alone.
    before = {o.provision: o for o in rl.obligations_of("FRA", on="1960-06-01")}
    assert any("dateline" in n for n in before["33(1)"].notes)


def test_guatemala_s_reservation_of_unseen_content_leaves_the_reservable_duties_in_doubt() -> None:
    """Refugee Convention art. 42(1) and Protocol art. VII(1): Guatemala acceded to both on 22
    September 1983 with a reservation (Luxembourg's objection, in the UN texts the data cites,
    names it) whose content no source seen gives. Arts 31(1), 32(1), 35(1) and Protocol art. IV,
    to which reservations are permitted, are UNKNOWN ("reservation in doubt"; was: MET with no
    note); art. 33(1) (art. 42(1) permits none) and Protocol art. II(1) (art. VII(1) permits
    reservations only to art. IV and to the application of the Convention under art. I) stay MET."""
    duties = {(o.instrument, o.provision): o for o in rl.obligations_of("GTM", on="1990-06-01")}
    convention, protocol = "refugee-convention-1951", "refugee-protocol-1967"
    for key in (
        (convention, "31(1)"),
        (convention, "32(1)"),
        (convention, "35(1)"),
        (protocol, "IV"),
    ):
        assert duties[key].bound is rl.Verdict.UNKNOWN, key
        assert any(n.startswith("Reservation in doubt") for n in duties[key].notes), key
    assert duties[(convention, "33(1)")].bound is rl.Verdict.MET
    assert duties[(protocol, "II(1)")].bound is rl.Verdict.MET


@pytest.mark.parametrize(
    ("state", "on", "protocol", "convention"),
    [
        ("CHN", "1982-09-23", "1982-09-24", "1982-12-23"),
        ("CHN", "1949-10-01", "1982-09-24", "1982-12-23"),
        ("KOR", "1992-12-02", "1992-12-03", "1993-03-03"),
    ],
)
def test_before_accession_a_duty_the_protocol_applies_is_dated_from_the_protocol_art_viii_2(
    state: str, on: str, protocol: str, convention: str
) -> None:
    """1967 Protocol arts VIII(2) and I(1): a State that deposits both instruments on one day is
    bound by the Protocol on deposit, and through it by Convention arts 2 to 34, ninety days
    before the Convention itself enters into force for it (art. 43(2)). Before accession the
    survey dates art. 33(1) from the Protocol (was: "enters into force for China only on
    1982-12-23", ninety days late); art. 35(1), which art. I(1) does not apply, keeps the
    Convention's date."""
    survey = rl.explain_obligations(state, on=on)
    art_33 = survey.find("Refugee Convention art. 33(1)")
    assert art_33 is not None
    assert art_33.verdict is rl.Verdict.NOT_MET
    assert f"only from {protocol}, through 1967 Protocol art. I(1)" in art_33.reason
    assert f"only on {convention}" in art_33.reason
    art_35 = survey.find("Refugee Convention art. 35(1)")
    assert art_35 is not None
    assert art_35.reason.endswith(f"only on {convention}")
