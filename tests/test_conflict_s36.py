"""Which norm prevails, review s36 (conflict F1–F4).

F1. VCLT arts 53 and 64 void a treaty that "conflicts with" a peremptory norm; a duty that by its
own terms returns no one the norm protects does not (ILC Draft Conclusions on peremptory norms,
2022, concl. 20; Al-Jedda v United Kingdom para. 102 for a Security Council decision). A duty
"subject to non-refoulement", excepting what customary non-refoulement protects, excepts both its
limbs (refugee non-refoulement, which the library takes as the norm Refugee Convention art. 33(1)
expresses, and the duty not to return a person to torture, CAT art. 3's), as an exception naming
Convention art. 33 and CAT art. 3 does.

F2. VCLT art. 34: "A treaty does not create either obligations or rights for a third State without
its consent." The 1986 China–DPRK protocol governs no relation of South Korea or the United States;
between China and South Korea the rule binding both, customary non-refoulement, governs, as the
treaty both are party to does under art. 30(4)(b).

F3. Before the earliest evidence the library holds that non-refoulement was customary (ExCom
Conclusion No. 6, 12 October 1977), the view that it is peremptory is not applied: a dating, named
among the ruling's assumptions where it decides.

F4. VCLT art. 53 voids a treaty that conflicts with a peremptory norm "at the time of its
conclusion": a treaty in force in 1970 was concluded by then, before that evidence, whether or not
its adoption date is given, and meets the norm only under art. 64.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import refugeelaw as rl
from refugeelaw.law.jus_cogens import BEFORE_EVIDENCE
from refugeelaw.law.peremptory import REFUGEE_LIMB, TORTURE_LIMB_DATING_READING
from refugeelaw.law.vclt_30 import CUSTOM_AS_ARTICLE_33_READING

C = "refugee-convention-1951"
CUSTOM = rl.Citation("customary-international-law", "non-refoulement")
ELEMENT = "peremptory norm (VCLT arts 53, 64)"
P86 = "china-dprk-border-protocol-1986"

#: The views of the two limbs of non-refoulement: each held peremptory alone, neither, both open.
VIEWS = [
    rl.Doctrine(non_refoulement_peremptory=True, torture_non_refoulement_peremptory=False),
    rl.Doctrine(non_refoulement_peremptory=False, torture_non_refoulement_peremptory=True),
    rl.Doctrine(non_refoulement_peremptory=False, torture_non_refoulement_peremptory=False),
    rl.Doctrine(),
]


def _find(r: rl.PrecedenceRuling, element: str) -> rl.Finding:
    found = r.finding.find(element)
    assert found is not None, element
    return found


def _chn(on: str) -> dict[tuple[str, str], rl.StateObligation]:
    return {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on=on)}


def _deal(adopted: str = "2010-01-01") -> rl.Instrument:
    return rl.Instrument(
        key="chn-prk-readmission",
        title="A China–DPRK readmission agreement (hypothetical)",
        kind="bilateral",
        adopted=adopted,
        entry_into_force=adopted,
    )


def _hand_back(
    since: str = "2010-01-01", exceptions: tuple[rl.Citation, ...] = (CUSTOM,)
) -> rl.StateObligation:
    return rl.StateObligation(
        state="CHN",
        instrument="chn-prk-readmission",
        provision="1",
        basis="treaty",
        since=since,
        duty="to hand back border crossers, save where non-refoulement forbids",
        owed_to="North Korea",
        counterparties=("PRK",),
        exceptions=exceptions,
    )


def _council(exceptions: tuple[rl.Citation, ...] = (CUSTOM,)) -> rl.StateObligation:
    return rl.StateObligation(
        state="CHN",
        instrument="un-charter-1945",
        provision="25",
        basis="treaty",
        since="2013-01-01",
        duty="to repatriate certain DPRK nationals (a Council decision, hypothetical), subject to "
        "non-refoulement",
        owed_to="the United Nations",
        exceptions=exceptions,
    )


# --- F1 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bar", [("customary-international-law", "non-refoulement"), (C, "33(1)"), ("cat-1984", "3(1)")]
)
@pytest.mark.parametrize("view", VIEWS)
def test_a_duty_excepting_customary_non_refoulement_conflicts_with_no_bar_it_states_vclt_53_charter_103(
    bar: tuple[str, str], view: rl.Doctrine
) -> None:
    """Review s36 F1: before, a hand-back excepting custom was void against art. 33(1) held
    peremptory and prevailed over CAT art. 3(1) (COMMON_TREATY), and a Council decision "subject to
    non-refoulement" prevailed over CAT art. 3(1) under UN Charter Art. 103."""
    on = "2014-06-30"
    obs, deal = _chn(on), _deal()
    for duty in (_hand_back(), _council()):
        r = rl.resolve_conflict(obs[bar], duty, on=on, doctrine=view, instruments=[deal])
        assert r.rule is rl.PrecedenceRule.NO_CONFLICT, (bar, duty.instrument, str(r))
        assert r.void == ()


def test_an_exception_naming_custom_answers_art_33_1_on_a_named_reading() -> None:
    """Refugee Convention art. 33(1) is not a bar whose whole content is a limb: a duty yields to
    it by naming it, or by excepting custom, whose refugee limb the library takes as the norm
    art. 33(1) expresses, on the reading named (the custom exception alone)."""
    on = "2014-06-30"
    art33, deal = _chn(on)[(C, "33(1)")], _deal()
    r = rl.resolve_conflict(art33, _hand_back(), on=on, instruments=[deal])
    assert r.rule is rl.PrecedenceRule.NO_CONFLICT
    assert CUSTOM_AS_ARTICLE_33_READING in r.finding.all_assumptions()
    named = _hand_back(exceptions=(rl.Citation(C, "33"),))
    r = rl.resolve_conflict(art33, named, on=on, instruments=[deal])
    assert r.rule is rl.PrecedenceRule.NO_CONFLICT
    assert CUSTOM_AS_ARTICLE_33_READING not in r.finding.all_assumptions()


def test_an_exception_naming_custom_answers_cat_3_in_1990_on_the_torture_limb_dating_reading() -> (
    None
):
    """CAT art. 3: between its adoption (1984) and the later evidence the library names (2001),
    custom's torture limb is shown only on the reading that dates it from the adoption, and an
    exception naming custom answers CAT art. 3 on that reading alone: named."""
    on = "1990-06-30"
    cat = _chn(on)[("cat-1984", "3(1)")]
    deal = _deal("1989-01-01")
    r = rl.resolve_conflict(cat, _hand_back("1989-01-01"), on=on, instruments=[deal])
    assert r.rule is rl.PrecedenceRule.NO_CONFLICT
    assert TORTURE_LIMB_DATING_READING in r.finding.all_assumptions()
    later = rl.resolve_conflict(
        _chn("2014-06-30")[("cat-1984", "3(1)")],
        _hand_back(),
        on="2014-06-30",
        instruments=[_deal()],
    )
    assert TORTURE_LIMB_DATING_READING not in later.finding.all_assumptions()


def test_an_exception_naming_custom_answers_echr_3_beyond_torture_only_where_custom_reaches_it() -> (
    None
):
    """ECHR art. 3 bars return to torture and to inhuman or degrading treatment: an exception
    naming custom answers the rest only on ``custom_covers_ill_treatment``."""
    on = "2014-06-30"
    e3 = {(o.instrument, o.provision): o for o in rl.obligations_of("TUR", on=on)}[
        ("echr-1950", "3")
    ]
    deal = rl.Instrument(
        key="tur-syr-readmission",
        title="A Türkiye–Syria readmission agreement (hypothetical)",
        kind="bilateral",
        adopted="2010-01-01",
        entry_into_force="2010-01-01",
    )
    duty = rl.StateObligation(
        state="TUR",
        instrument="tur-syr-readmission",
        provision="1",
        basis="treaty",
        since="2010-01-01",
        duty="to hand back border crossers, save where non-refoulement forbids",
        owed_to="Syria",
        counterparties=("SYR",),
        exceptions=(CUSTOM,),
    )
    narrow = rl.resolve_conflict(e3, duty, on=on, instruments=[deal])
    assert narrow.rule is not rl.PrecedenceRule.NO_CONFLICT
    assert "in so far as ECHR art. 3 bars return to torture" in str(narrow)
    wide = rl.Doctrine(custom_covers_ill_treatment=True)
    assert rl.resolve_conflict(e3, duty, on=on, instruments=[deal], doctrine=wide).rule is (
        rl.PrecedenceRule.NO_CONFLICT
    )


def test_a_conflict_clause_naming_custom_is_refused_at_its_path_vclt_30_2() -> None:
    """VCLT art. 30(2) speaks of a treaty "subject to [...] an earlier or later treaty": customary
    law is none, and a clause naming it was accepted and changed nothing."""
    with pytest.raises(rl.InvalidInput) as caught:
        rl.Instrument(
            key="x-custom-clause", title="X", subject_to=(C, "customary-international-law")
        )
    assert [p.path for p in caught.value.problems] == ["subject_to[1]"]


# --- F2 -----------------------------------------------------------------------------------------

NEITHER = rl.Doctrine(non_refoulement_peremptory=False, torture_non_refoulement_peremptory=False)


def test_the_1986_protocol_does_not_govern_china_and_south_korea_against_custom_vclt_34() -> None:
    """Before: BETWEEN_PARTIES, the protocol governing "as between China at most"."""
    on = "2004-06-30"
    obs = _chn(on)
    custom, hand_back = (
        obs[("customary-international-law", "non-refoulement")],
        obs[(P86, "return")],
    )
    r = rl.resolve_conflict(custom, hand_back, on=on, doctrine=NEITHER, between=["CHN", "KOR"])
    assert r.rule is rl.PrecedenceRule.BETWEEN_PARTIES
    assert r.prevailing == custom
    assert "South Korea is no party to 1986 China–DPRK Border Protocol" in str(r)
    # On every view, custom prevails in China's relations with South Korea.
    r = rl.resolve_conflict(custom, hand_back, on=on, between=["CHN", "KOR"])
    assert r.prevailing == custom
    # Between China and North Korea, parties to it, the protocol governs at most, as before.
    r = rl.resolve_conflict(custom, hand_back, on=on, doctrine=NEITHER)
    assert r.rule is rl.PrecedenceRule.BETWEEN_PARTIES
    assert r.prevailing == hand_back
    assert "as between China and North Korea at most" in str(r)


def test_the_1986_protocol_governs_no_relation_of_states_other_than_china_vclt_34() -> None:
    """Before: "as between United States and South Korea at most, [the protocol] governs"."""
    on = "2004-06-30"
    obs = _chn(on)
    custom, hand_back = (
        obs[("customary-international-law", "non-refoulement")],
        obs[(P86, "return")],
    )
    r = rl.resolve_conflict(custom, hand_back, on=on, doctrine=NEITHER, between=["USA", "KOR"])
    assert r.rule is rl.PrecedenceRule.UNRESOLVED
    assert r.prevailing is None
    assert _find(r, "lex specialis").verdict is rl.Verdict.NOT_MET
    # With parties and a non-party among them, no one rule holds among them all.
    r = rl.resolve_conflict(
        custom, hand_back, on=on, doctrine=NEITHER, between=["CHN", "PRK", "KOR"]
    )
    assert r.rule is rl.PrecedenceRule.UNRESOLVED
    assert "ask for each pair" in _find(r, "lex specialis").reason


# --- F3 -----------------------------------------------------------------------------------------


def _fra_esp() -> tuple[rl.Instrument, rl.StateObligation]:
    deal = rl.Instrument(
        key="fra-esp-1960",
        title="A 1960 France–Spain hand-back agreement (hypothetical)",
        kind="bilateral",
        adopted="1960-01-01",
        entry_into_force="1960-01-01",
    )
    duty = rl.StateObligation(
        state="FRA",
        instrument="fra-esp-1960",
        provision="1",
        basis="treaty",
        since="1960-01-01",
        duty="to hand back persons who cross the border illegally",
        owed_to="Spain",
        counterparties=("ESP",),
    )
    return deal, duty


def test_art_33_1_before_excom_conclusion_6_names_the_dating_it_rests_on_vclt_64() -> None:
    """ExCom Conclusion No. 6 (1977): before it, on the view that non-refoulement is peremptory,
    art. 33(1) rulings rest on the norm's not being peremptory yet, now named; the default ruling no
    longer says "on every view of the contested questions" without it."""
    deal, duty = _fra_esp()
    on = "1970-06-30"
    art33 = {(o.instrument, o.provision): o for o in rl.obligations_of("FRA", on=on)}[(C, "33(1)")]
    held = rl.Doctrine(non_refoulement_peremptory=True)
    r = rl.resolve_conflict(art33, duty, on=on, doctrine=held, instruments=[deal])
    assert r.rule is rl.PrecedenceRule.COMMON_TREATY
    assert _find(r, ELEMENT).verdict is rl.Verdict.NOT_MET
    assert BEFORE_EVIDENCE[REFUGEE_LIMB] in r.finding.all_assumptions()
    default = rl.resolve_conflict(art33, duty, on=on, instruments=[deal])
    assert BEFORE_EVIDENCE[REFUGEE_LIMB] in default.finding.assumptions
    assert "a reading, named" in default.finding.reason
    # From the evidence on, the view is applied (the dating reading is not relied on).
    after = "1977-10-12"
    art33 = {(o.instrument, o.provision): o for o in rl.obligations_of("FRA", on=after)}[
        (C, "33(1)")
    ]
    r = rl.resolve_conflict(art33, duty, on=after, doctrine=held, instruments=[deal])
    assert r.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert BEFORE_EVIDENCE[REFUGEE_LIMB] not in r.finding.all_assumptions()


# --- F4 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dates",
    [
        {"adopted": "1970-01-01", "entry_into_force": "1970-01-01"},
        {"entry_into_force": "1970-01-01"},
        {},
    ],
)
def test_a_treaty_binding_in_1970_meets_the_norm_only_under_art_64_vclt_53(
    dates: dict[str, Any],
) -> None:
    """VCLT art. 53 ("at the time of its conclusion"): a treaty adopted, in force or binding the
    State in 1970 was concluded by then. Before: with no adoption date, "void as a whole (art. 53;
    art. 44(5) permits no separation)" was offered."""
    deal = rl.Instrument(
        key="chn-mng-1970",
        title="A China–Mongolia hand-back agreement (hypothetical)",
        kind="bilateral",
        **dates,
    )
    duty = rl.StateObligation(
        state="CHN",
        instrument="chn-mng-1970",
        provision="1",
        basis="treaty",
        since="1970-01-01",
        duty="to hand back persons who cross the border illegally",
        owed_to="Mongolia",
        counterparties=("MNG",),
    )
    on = "2004-06-30"
    art33 = _chn(on)[(C, "33(1)")]
    r = rl.resolve_conflict(
        art33,
        duty,
        on=on,
        doctrine=rl.Doctrine(non_refoulement_peremptory=True),
        instruments=[deal],
    )
    assert r.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert r.void == ("chn-mng-1970",)
    reason = _find(r, ELEMENT).reason
    assert "void as a whole (art. 53" not in reason
    assert "becomes void and terminates from the norm's emergence" in reason
    assert any("taken not to have conflicted" in a for a in r.finding.all_assumptions())


# --- Lesser note --------------------------------------------------------------------------------


def test_an_instrument_given_under_a_library_key_is_said_to_replace_its_record_vclt_30_2() -> None:
    """A caller may give the 1986 protocol a conflict clause (VCLT art. 30(2)) to ask what it would
    change; the ruling now says that its own instrument was read in place of the library's record,
    and says nothing where the instrument given is the library's own."""
    on = "2004-06-30"
    obs = _chn(on)
    art33, hand_back = obs[(C, "33(1)")], obs[(P86, "return")]
    held = rl.instruments.get(P86)
    clause = attrs.evolve(held, subject_to=(C,))
    r = rl.resolve_conflict(art33, hand_back, on=on, instruments=[clause])
    assert r.rule is rl.PrecedenceRule.CONFLICT_CLAUSE
    assert any("read in place of the library's record" in a for a in r.finding.assumptions)
    same = rl.resolve_conflict(art33, hand_back, on=on, instruments=[held])
    assert not any("read in place" in a for a in same.finding.assumptions)
