"""Customary non-refoulement held peremptory in one limb only is peremptory only in that limb.

Customary non-refoulement has two limbs, each with a :class:`~refugeelaw.Doctrine` position of its
own: the return of a refugee to persecution (``non_refoulement_peremptory``) and of anyone to
torture (``torture_non_refoulement_peremptory``). A peremptory norm prevails over a binding
Security Council decision (UN Charter Art. 103 does not reach it) and voids a treaty that
conflicts with it (VCLT arts 53, 64); a duty that is not peremptory is ranked against the decision
by Art. 103 (read with Al-Jedda para. 102) and against a treaty by the other rules (VCLT art. 30
among them). Held peremptory in one limb only, custom prevails as a peremptory norm in that limb
alone; in the other (held ``False``, or left open and reported view by view) it ranks as a duty
that is not peremptory. Before: held peremptory in either limb, it prevailed as a whole, in so far
as it bars return in the limb the doctrine holds not peremptory too.
"""

from __future__ import annotations

import datetime as dt

import pytest

import refugeelaw as rl
from refugeelaw.law.charter_103 import CLEAR_TERMS
from refugeelaw.law.peremptory import TORTURE_ONLY_READING, beyond_peremptory, beyond_words

GBR_2010 = "2010-01-01"
PRK_2004 = "2004-06-30"
CUSTOM = ("customary-international-law", "non-refoulement")
HANDBACK = ("china-dprk-border-protocol-1986", "return")
BEYOND = "customary international law, non-refoulement beyond the peremptory norm"
REFUGEE = "non_refoulement_peremptory"
TORTURE = "torture_non_refoulement_peremptory"


def _obligations(
    state: str, on: str, doctrine: rl.Doctrine
) -> dict[tuple[str, str], rl.StateObligation]:
    return {
        (o.instrument, o.provision): o for o in rl.obligations_of(state, on=on, doctrine=doctrine)
    }


def _council(state: str = "GBR") -> rl.StateObligation:
    """A binding Security Council decision requiring a transfer (hypothetical), as a user states
    it."""
    return rl.StateObligation(
        state=state,
        instrument="un-charter-1945",
        provision="25",
        duty="to carry out a Security Council decision requiring the person's transfer to Y",
        basis=rl.Basis.TREATY,
        since=dt.date(1945, 10, 24),
        owed_to="the United Nations and its Members",
    )


def _doctrine(refugee: bool | None, torture: bool | None, reach: bool = True) -> rl.Doctrine:
    return rl.Doctrine(
        non_refoulement_peremptory=refugee,
        torture_non_refoulement_peremptory=torture,
        article_103_reaches_custom=reach,
    )


def _beyond(ruling: rl.PrecedenceRuling) -> rl.Finding | None:
    return next((f for f in ruling.finding.children if f.element == BEYOND), None)


#: (non_refoulement_peremptory, torture_non_refoulement_peremptory, the part held peremptory,
#: the rest, how the peremptory norm is named in the ruling, what the survey row says of it).
SINGLE_LIMB = [
    (
        False,
        True,
        "to torture",
        "to persecution that is not torture",
        "the peremptory norm of the duty not to return a person to torture, which customary "
        "international law, non-refoulement includes,",
        "in its torture limb (the duty not to return a person to torture)",
    ),
    (
        True,
        False,
        "to persecution",
        "to torture that is not persecution",
        "customary international law, non-refoulement",
        "in its refugee limb (refugee non-refoulement)",
    ),
]


@pytest.mark.parametrize(("refugee", "torture", "part", "rest", "norm", "limb"), SINGLE_LIMB)
def test_custom_held_in_one_limb_prevails_over_a_council_decision_only_in_that_limb(
    refugee: bool, torture: bool, part: str, rest: str, norm: str, limb: str
) -> None:
    """GBR, 2010, against a binding Security Council decision (UN Charter Art. 25), on the
    reading that UN Charter Art. 103 reaches customary law: custom held peremptory in one limb
    prevails "for every state" in that limb (Art. 103 does not reach a peremptory norm); in the
    other, held not peremptory, Art. 103 gives the decision priority, on the Al-Jedda para. 102
    premise that it requires the transfer in clear terms. Before: custom prevailed whole, Art.
    103 set aside for the limb held not peremptory too."""
    doctrine = _doctrine(refugee, torture)
    custom = _obligations("GBR", GBR_2010, doctrine)[CUSTOM]
    assert custom.basis is rl.Basis.PEREMPTORY
    ruling = rl.resolve_conflict(_council(), custom, on=GBR_2010, doctrine=doctrine)
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.prevailing == custom
    assert ruling.branches == ()
    reason = ruling.finding.reason
    assert reason.startswith(
        f"in so far as customary non-refoulement bars return {part}, for every state, {norm} "
        "prevails over UN Charter Art. 25: the obligation to carry out a decision of a UN organ "
        "yields to a peremptory norm, which Art. 103 does not reach"
    ), reason
    assert reason.endswith(
        f"; in so far as customary non-refoulement bars return {rest}, which is not held "
        "peremptory: for United Kingdom, a Member of the United Nations, UN Charter Art. 25 "
        "prevails over customary international law, non-refoulement, on the reading that UN "
        "Charter Art. 103 reaches customary law"
    ), reason
    # Custom is not read to reach ill-treatment (custom_covers_ill_treatment=False).
    assert "cruel" not in reason
    norm_finding = ruling.finding.find("peremptory norm (VCLT arts 53, 64)")
    assert norm_finding is not None
    assert f"reflects a peremptory norm {limb.split(' (')[0]}" in norm_finding.reason
    beyond = _beyond(ruling)
    assert beyond is not None
    assert beyond.verdict is rl.Verdict.MET
    art103 = next(f for f in beyond.children if f.element == "UN Charter Art. 103")
    assert art103.verdict is rl.Verdict.MET
    assert rl.Citation("un-charter-1945", "103") in art103.citations
    relied = ruling.finding.all_assumptions()
    assert CLEAR_TERMS.format(weak="customary international law, non-refoulement") in relied
    # The split is the doctrine's own limb positions, each named; no reading decides it.
    assert doctrine.position(REFUGEE) in relied
    assert doctrine.position(TORTURE) in relied
    assert TORTURE_ONLY_READING not in relied


@pytest.mark.parametrize(("refugee", "torture", "part", "rest", "norm", "limb"), SINGLE_LIMB)
def test_obligations_of_lists_custom_held_in_one_limb_as_peremptory_in_that_limb_only(
    refugee: bool, torture: bool, part: str, rest: str, norm: str, limb: str
) -> None:
    """``obligations_of`` notes that custom held peremptory in one limb is so only in that limb,
    naming the position held ``False`` for the other and no other ill-treatment (custom not read
    to reach it), and the survey row names both limb positions and not the torture-only reading.
    Before: no note, and the row said "as a peremptory norm" without a part."""
    doctrine = _doctrine(refugee, torture)
    custom = _obligations("GBR", GBR_2010, doctrine)[CUSTOM]
    note = custom.notes[-1]
    assert note.startswith(
        f"Held peremptory only in so far as customary non-refoulement bars return {part}, not in "
        f"so far as it bars return {rest}: the position held names "
    ), note
    off = REFUGEE if refugee is False else TORTURE
    assert f"; {off}=False holds " in note
    assert "cruel" not in note
    assert "no position the library takes" not in note
    assert note.endswith(
        "Against that part, a treaty or a Security Council decision ranks as against a duty that "
        "is not peremptory (VCLT art. 30; UN Charter Art. 103)."
    )
    survey = rl.explain_obligations("GBR", on=GBR_2010, doctrine=doctrine)
    row = next(f for f in survey.children if f.element == "customary non-refoulement")
    assert row.reason == (
        f"binds every state as customary law, and as a peremptory norm {limb}, but not held so in "
        f"so far as it bars return {rest}"
    )
    assert doctrine.position(REFUGEE) in row.assumptions
    assert doctrine.position(TORTURE) in row.assumptions
    assert TORTURE_ONLY_READING not in row.assumptions


def test_beyond_peremptory_is_one_rule_for_the_limbs_and_for_ill_treatment() -> None:
    """``beyond_peremptory``: custom is peremptory only in part where a limb it states is not
    held peremptory, or where it reaches other ill-treatment (``custom_covers_ill_treatment``, from
    20 June 2001); held in both limbs without that reach, it is peremptory whole. Before CAT art.
    3's adoption (10 December 1984) custom states its refugee limb alone, so held in that limb it
    is peremptory whole. ``beyond_words`` names other ill-treatment only where custom reaches
    it."""
    custom = _obligations("GBR", GBR_2010, rl.Doctrine())[CUSTOM]
    on = dt.date(2010, 1, 1)
    cases = [
        (_doctrine(True, True), False, ""),
        (_doctrine(False, True), True, "to persecution that is not torture"),
        (_doctrine(None, True), True, "to persecution that is not torture"),
        (_doctrine(True, False), True, "to torture that is not persecution"),
        (_doctrine(True, None), True, "to torture that is not persecution"),
        (_doctrine(False, False), False, ""),
    ]
    for doctrine, partly, words in cases:
        assert beyond_peremptory(custom, doctrine, on) is partly, doctrine
        if partly:
            assert beyond_words(custom, doctrine, on) == words
    wide = rl.Doctrine(
        non_refoulement_peremptory=True,
        torture_non_refoulement_peremptory=True,
        custom_covers_ill_treatment=True,
    )
    assert beyond_peremptory(custom, wide, on)
    assert beyond_words(custom, wide, on) == (
        "to other cruel, inhuman or degrading treatment or punishment short of torture"
    )
    assert not beyond_peremptory(custom, wide, dt.date(1995, 1, 1))
    assert not beyond_peremptory(custom, _doctrine(True, False), dt.date(1980, 1, 1))


@pytest.mark.parametrize(("refugee", "torture"), [(None, True), (True, None)])
def test_with_the_other_limb_open_each_view_is_reported(
    refugee: bool | None, torture: bool | None
) -> None:
    """Custom held peremptory in one limb, the other left open: on the view that the open limb is
    peremptory, custom is peremptory in both limbs and prevails over the Council's decision whole;
    on the other, it prevails in the limb held, and UN Charter Art. 103 ranks the rest. The ruling
    reports both views (the same rule and obligation prevailing, in a part that turns on the open
    limb), names the open limb's position, and names no reading. Before: no branch, custom
    prevailing whole on the limb held alone."""
    doctrine = _doctrine(refugee, torture)
    open_limb, held_words, rest = (
        (REFUGEE, "to torture", "to persecution that is not torture")
        if refugee is None
        else (TORTURE, "to persecution", "to torture that is not persecution")
    )
    custom = _obligations("GBR", GBR_2010, doctrine)[CUSTOM]
    assert custom.notes[-1].startswith(
        f"Held peremptory only in so far as customary non-refoulement bars return {held_words}, "
        f"not in so far as it bars return {rest}"
    )
    assert f"; {open_limb} leaves open whether " in custom.notes[-1]
    assert (
        "Against that part (a limb left open: on the view that it is not peremptory),"
        in (custom.notes[-1])
    )
    ruling = rl.resolve_conflict(_council(), custom, on=GBR_2010, doctrine=doctrine)
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.prevailing == custom
    assert [b.assumption.split(":")[0] for b in ruling.branches] == [
        f"{open_limb}=True",
        f"{open_limb}=False",
    ]
    assert {(b.rule, b.prevailing) for b in ruling.branches} == {
        (rl.PrecedenceRule.PEREMPTORY_NORM, custom)
    }
    whole, split = ruling.branches
    assert "in so far as" not in whole.reason
    assert split.reason.startswith(
        f"in so far as customary non-refoulement bars return {held_words}, for every state"
    )
    assert split.reason.endswith(
        f"in so far as customary non-refoulement bars return {rest}, which is not held "
        "peremptory: for United Kingdom, a Member of the United Nations, UN Charter Art. 25 "
        "prevails over customary international law, non-refoulement, on the reading that UN "
        "Charter Art. 103 reaches customary law"
    )
    assert ruling.finding.reason.startswith(
        "on every view of the contested questions, customary international law, non-refoulement "
        f"prevails over UN Charter Art. 25, in a part that turns on them: if {open_limb}=True: "
    )
    relied = ruling.finding.all_assumptions()
    assert doctrine.position(open_limb) in relied
    assert TORTURE_ONLY_READING not in relied


def test_without_the_reach_of_article_103_over_custom_the_rest_is_unresolved() -> None:
    """On the reading that UN Charter Art. 103 reaches only obligations under other international
    agreements, nothing ranks the Council's decision against the part of custom held not
    peremptory (the return of a refugee to persecution that is not torture): the ruling states it
    unresolved, custom still prevailing as a peremptory norm in its torture limb. Before: custom
    prevailed whole."""
    doctrine = _doctrine(False, True, reach=False)
    custom = _obligations("GBR", GBR_2010, doctrine)[CUSTOM]
    ruling = rl.resolve_conflict(_council(), custom, on=GBR_2010, doctrine=doctrine)
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.finding.reason.endswith(
        "in so far as customary non-refoulement bars return to persecution that is not torture, "
        "which is not held peremptory: no rule of precedence ranks UN Charter Art. 25 and "
        "customary international law, non-refoulement on the facts the library holds and the "
        "doctrine applied: United Kingdom remains bound by both, and responsible for breaching "
        "either"
    )
    beyond = _beyond(ruling)
    assert beyond is not None
    assert beyond.verdict is rl.Verdict.UNKNOWN


@pytest.mark.parametrize(
    ("refugee", "torture", "norm"),
    [
        (False, True, "the duty not to return a person to torture"),
        (True, False, "non-refoulement"),
    ],
)
def test_the_1986_protocol_is_void_against_custom_held_in_either_limb_alone(
    refugee: bool, torture: bool, norm: str
) -> None:
    """VCLT art. 53 (and art. 64): the 1986 China–DPRK protocol's duty to hand back states no
    exception, so it requires by its terms the return of refugees to persecution and of persons
    at risk of torture alike; it conflicts with whichever limb of custom is held peremptory, and is
    void on that view whatever part of custom it is set against. Void, it governs nothing (arts
    44(5), 71): custom stands whole against it, the limb held not peremptory included. Before:
    void too, custom "prevailing" as the peremptory norm whole; the same rule, obligation and
    void."""
    doctrine = _doctrine(refugee, torture)
    prk = _obligations("PRK", PRK_2004, doctrine)
    ruling = rl.resolve_conflict(prk[CUSTOM], prk[HANDBACK], on=PRK_2004, doctrine=doctrine)
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.void == ("china-dprk-border-protocol-1986",)
    assert ruling.prevailing == prk[CUSTOM]
    assert ruling.finding.reason.startswith(
        "1986 China–DPRK Border Protocol, return gives way and customary international law, "
        "non-refoulement stands: 1986 China–DPRK Border Protocol conflicts with the peremptory "
        f"norm of {norm} and is void"
    )
    assert "in so far as" not in ruling.finding.reason
    assert _beyond(ruling) is None
    norm_finding = ruling.finding.find("peremptory norm (VCLT arts 53, 64)")
    assert norm_finding is not None
    assert rl.Citation("vclt-1969", "53") in norm_finding.citations
    assert "a duty to hand persons back that states no exception, requires by its terms" in (
        norm_finding.reason
    )


def test_the_1986_protocol_is_void_on_every_view_of_an_open_limb() -> None:
    """Custom held peremptory in its torture limb, the refugee limb left open: the protocol is
    void on each view (VCLT art. 53: it conflicts with the torture limb by its terms, and with the
    refugee limb too where that is held), and custom stands; the ruling reports both views."""
    doctrine = _doctrine(None, True)
    prk = _obligations("PRK", PRK_2004, doctrine)
    ruling = rl.resolve_conflict(prk[CUSTOM], prk[HANDBACK], on=PRK_2004, doctrine=doctrine)
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.void == ("china-dprk-border-protocol-1986",)
    assert ruling.prevailing == prk[CUSTOM]
    assert [b.rule for b in ruling.branches] == [rl.PrecedenceRule.PEREMPTORY_NORM] * 2
    assert all(b.prevailing == prk[CUSTOM] for b in ruling.branches)
    assert ruling.finding.reason.startswith("on every view of the contested questions, ")


def test_a_transfer_treaty_against_custom_held_in_its_torture_limb() -> None:
    """VCLT arts 53 and 30: a transfer agreement (hypothetical) set against custom held peremptory
    in its torture limb alone is void on the reading that it requires return to torture, and
    custom then stands whole against it; on the other reading (it requires return of a refugee to
    persecution that is not torture alone) it is not void, and custom, not peremptory in that
    part, is ranked as any duty that is not: VCLT art. 30 does not apply (custom is not a treaty),
    and no other rule ranks the two. Before: void, custom prevailing whole, no other reading."""
    agreement = rl.instruments.Instrument(
        key="example-transfer-2005",
        title="Example Transfer Agreement (hypothetical)",
        short_title="Example Transfer Agreement",
        kind="bilateral",
        adopted="2005-03-01",
        rule=rl.instruments.EntryIntoForceRule("days_after_deposit", days=30, provision="9"),
        status="unverified",
    )
    parties = [
        rl.Participation(
            state=s,
            instrument=agreement.key,
            action="ratification",
            deposited="2005-06-01",
            status="unverified",
        )
        for s in ("GBR", "USA")
    ]
    transfer = rl.StateObligation(
        state="GBR",
        instrument=agreement.key,
        provision="",
        duty="to transfer a named detainee to the other party",
        basis=rl.Basis.TREATY,
        since=None,
        owed_to="United States",
        counterparties=("USA",),
    )
    doctrine = _doctrine(False, True)
    custom = _obligations("GBR", GBR_2010, doctrine)[CUSTOM]
    ruling = rl.resolve_conflict(
        custom, transfer, on=GBR_2010, doctrine=doctrine, instruments=[agreement], extra=parties
    )
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.void == ("example-transfer-2005",)
    assert ruling.prevailing == custom
    reason = ruling.finding.reason
    assert (
        "on the reading that Example Transfer Agreement requires return to torture, on which it is "
        "void, customary international law, non-refoulement stands whole against it, its bar on "
        "return to persecution that is not torture included: a void treaty prevails over nothing "
        "(VCLT arts 44(5), 71)"
    ) in reason
    assert reason.endswith(
        "on the reading that Example Transfer Agreement requires return to persecution that is not "
        "torture alone, it is not void, and customary international law, non-refoulement, which "
        "is not held peremptory in that part, ranks against it: no rule of precedence ranks "
        "customary international law, non-refoulement and Example Transfer Agreement on the facts "
        "the library holds and the doctrine applied: United Kingdom remains bound by both, and "
        "responsible for breaching either"
    )
    beyond = _beyond(ruling)
    assert beyond is not None
    (note,) = beyond.children
    successive = next(f for f in note.children if f.element.startswith("successive treaties"))
    assert successive.verdict is rl.Verdict.NOT_MET
    assert "one obligation is not a treaty obligation" in successive.reason
    assert TORTURE_ONLY_READING not in ruling.finding.all_assumptions()


def test_before_the_torture_limb_is_shown_only_the_refugee_limb_decides() -> None:
    """Before CAT art. 3's adoption (10 December 1984), the earliest evidence of custom's torture
    limb the library holds, custom states its refugee limb alone: held peremptory in it, custom
    prevails over the Council's decision whole (no torture limb to split off). With the refugee
    limb left open and the torture limb held, the refugee limb decides: the ruling reports both
    views (peremptory on one, UN Charter Art. 103 ranking custom on the other). Before: no branch,
    Art. 103 deciding as though the refugee limb had not been open."""
    on = "1980-01-01"
    held = _doctrine(True, False)
    custom = _obligations("GBR", on, held)[CUSTOM]
    assert not any(n.startswith("Held peremptory only") for n in custom.notes)
    ruling = rl.resolve_conflict(_council(), custom, on=on, doctrine=held)
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert "in so far as" not in ruling.finding.reason
    open_ = _doctrine(None, True)
    ruling = rl.resolve_conflict(_council(), custom, on=on, doctrine=open_)
    assert ruling.rule is rl.PrecedenceRule.UNRESOLVED
    assert [(b.assumption.split(":")[0], b.rule) for b in ruling.branches] == [
        ("non_refoulement_peremptory=True", rl.PrecedenceRule.PEREMPTORY_NORM),
        ("non_refoulement_peremptory=False", rl.PrecedenceRule.CHARTER_ART_103),
    ]


@pytest.mark.parametrize(("on", "named"), [("1990-01-01", True), (PRK_2004, False)])
def test_the_1986_protocol_void_against_the_torture_limb_names_that_limbs_date_where_it_decides(
    on: str, named: bool
) -> None:
    """VCLT arts 53 and 64 with custom held peremptory in its torture limb alone: a norm is
    peremptory only once it is custom, and custom's torture limb is dated from CAT art. 3's
    adoption (10 December 1984) on a reading (``law.peremptory.TORTURE_LIMB_DATING_READING``;
    ILC Conclusions on identification of customary international law, 2018, concl. 11). In 1990
    the 1986 protocol's duty to hand persons back yields to the norm only on that reading (on the
    other, the limb is not shown before 20 June 2001), so the peremptory-norm finding names it
    (seed-articles review s35 F2); in 2004 both readings show the limb, and it is not named."""
    from refugeelaw.law.peremptory import TORTURE_LIMB_DATING_READING

    doctrine = _doctrine(False, True)
    owed = _obligations("CHN", on, doctrine)
    ruling = rl.resolve_conflict(owed[CUSTOM], owed[HANDBACK], on=on, doctrine=doctrine)
    norm = ruling.finding.find("peremptory norm (VCLT arts 53, 64)")
    assert norm is not None
    assert norm.verdict is rl.Verdict.MET
    assert "the duty not to return a person to torture" in norm.reason
    assert (TORTURE_LIMB_DATING_READING in norm.assumptions) is named
