"""A duty that bars return to torture and to other ill-treatment is peremptory only in its torture
limb (``Doctrine.torture_non_refoulement_peremptory``; Belgium v Senegal para. 99; ILC 2022
conclusions, annex (g), as the library's records hold them).

ICCPR art. 7 and ECHR art. 3 forbid torture *and* cruel, inhuman or degrading treatment; customary
non-refoulement does too on ``Doctrine.custom_covers_ill_treatment``. Held peremptory, they prevail
as peremptory norms (over a Security Council decision, UN Charter Art. 103 set aside; voiding a
treaty, VCLT arts 53 and 64) only in so far as they bar return to torture: for the rest, UN Charter
Art. 103 (read with Al-Jedda para. 102) and VCLT art. 30 rank them as any duty that is not
peremptory, and the ruling says both.
"""

from __future__ import annotations

import datetime as dt
import itertools

import attrs

import refugeelaw as rl
from refugeelaw.law.charter_103 import CLEAR_TERMS
from refugeelaw.law.conflict import Conflict, Decision
from refugeelaw.law.peremptory import TORTURE_ONLY_READING
from refugeelaw.law.precedence import decide

GBR_2010 = "2010-01-01"
TORTURE = rl.Doctrine(torture_non_refoulement_peremptory=True)
WIDE = rl.Doctrine(torture_non_refoulement_peremptory=True, custom_covers_ill_treatment=True)
BEYOND = "beyond the peremptory norm"


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


def _beyond(ruling: rl.PrecedenceRuling) -> rl.Finding | None:
    return next((f for f in ruling.finding.children if f.element.endswith(BEYOND)), None)


def test_echr_3_prevails_over_a_security_council_decision_only_in_its_torture_limb() -> None:
    """GBR, 2010: on the view that the duty not to return a person to torture is peremptory, ECHR
    art. 3 prevails over UN Charter Art. 25 "for every state" (Art. 103 does not reach a
    peremptory norm) in so far as it bars return to torture; in so far as it bars return to
    inhuman or degrading treatment short of torture, Art. 103 gives the Council's decision
    priority, on the Al-Jedda para. 102 premise that the decision requires the transfer in clear
    terms. Before: ECHR art. 3 prevailed as a whole, Art. 103 set aside for ill-treatment too."""
    art3 = _obligations("GBR", GBR_2010, TORTURE)[("echr-1950", "3")]
    ruling = rl.resolve_conflict(_council(), art3, on=GBR_2010, doctrine=TORTURE)
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.prevailing == art3
    reason = ruling.finding.reason
    assert reason.startswith(
        "in so far as ECHR art. 3 bars return to torture, for every state, the peremptory norm of "
        "the duty not to return a person to torture, which ECHR art. 3 expresses, prevails over "
        "UN Charter Art. 25"
    )
    assert reason.endswith(
        "; in so far as ECHR art. 3 bars return to other cruel, inhuman or degrading treatment or "
        "punishment short of torture, which is not held peremptory: for United Kingdom, a Member "
        "of the United Nations, UN Charter Art. 25 prevails over ECHR art. 3 (UN Charter Art. 103)"
    )
    beyond = _beyond(ruling)
    assert beyond is not None
    assert beyond.verdict is rl.Verdict.MET
    assert rl.Citation("ilc-peremptory-norms-2022", "annex(g)") in beyond.citations
    assert rl.Citation("icj-belgium-v-senegal-2012", "99") in beyond.citations
    art103 = next(f for f in beyond.children if f.element == "UN Charter Art. 103")
    assert art103.verdict is rl.Verdict.MET
    assert rl.Citation("ecthr-al-jedda-2011", "102") in art103.citations
    assert CLEAR_TERMS.format(weak="ECHR art. 3") in ruling.finding.all_assumptions()


def test_iccpr_7_prevails_over_a_security_council_decision_only_in_its_torture_limb() -> None:
    """ICCPR art. 7 ("torture or ... cruel, inhuman or degrading treatment") is read as ECHR art.
    3 is: the peremptory norm prevails over UN Charter Art. 25 in the torture limb, Art. 103 ranks
    the rest; CAT art. 3(1), a bar on return to torture alone, prevails whole as before."""
    obs = _obligations("GBR", GBR_2010, TORTURE)
    art7 = rl.resolve_conflict(_council(), obs[("iccpr-1966", "7")], on=GBR_2010, doctrine=TORTURE)
    assert art7.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert art7.finding.reason.startswith("in so far as ICCPR art. 7 bars return to torture, ")
    assert "UN Charter Art. 25 prevails over ICCPR art. 7 (UN Charter Art. 103)" in (
        art7.finding.reason
    )
    cat = rl.resolve_conflict(_council(), obs[("cat-1984", "3(1)")], on=GBR_2010, doctrine=TORTURE)
    assert cat.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert cat.finding.reason.startswith(
        "for every state, the peremptory norm of the duty not to return a person to torture, "
        "which CAT art. 3(1) expresses, prevails over UN Charter Art. 25"
    )
    assert "Art. 103)" not in cat.finding.reason
    assert _beyond(cat) is None


def test_with_the_position_open_the_peremptory_branch_of_echr_3_states_both_parts() -> None:
    """With ``torture_non_refoulement_peremptory`` left open, the ruling reports each view: on the
    view that it is peremptory, ECHR art. 3 prevails in its torture limb and UN Charter Art. 103
    ranks the rest; on the other, Art. 103 decides the whole."""
    art3 = _obligations("GBR", GBR_2010, rl.Doctrine())[("echr-1950", "3")]
    ruling = rl.resolve_conflict(_council(), art3, on=GBR_2010)
    assert ruling.rule is rl.PrecedenceRule.UNRESOLVED
    held, not_held = ruling.branches
    assert held.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert held.reason.startswith("in so far as ECHR art. 3 bars return to torture, ")
    assert "which is not held peremptory: for United Kingdom" in held.reason
    assert not_held.rule is rl.PrecedenceRule.CHARTER_ART_103


def test_a_hand_back_duty_without_exception_is_void_whole_against_iccpr_7() -> None:
    """VCLT arts 53 and 64: the 1986 China–DPRK protocol's duty to hand back states no exception,
    so it requires by its terms the return of persons at risk of torture and conflicts with the
    peremptory norm whatever it is set against: against ICCPR art. 7 (North Korea, 2004) the
    protocol is void, and art. 7 stands whole, its ill-treatment limb included, since a void
    treaty cannot govern (art. 71)."""
    obs = _obligations("PRK", "2004-06-30", TORTURE)
    art7 = obs[("iccpr-1966", "7")]
    handback = obs[("china-dprk-border-protocol-1986", "return")]
    ruling = rl.resolve_conflict(art7, handback, on="2004-06-30", doctrine=TORTURE)
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.void == ("china-dprk-border-protocol-1986",)
    assert ruling.prevailing == art7
    assert ruling.finding.reason.startswith(
        "1986 China–DPRK Border Protocol, return gives way and ICCPR art. 7 stands: 1986 "
        "China–DPRK Border Protocol conflicts with the peremptory norm of the duty not to return "
        "a person to torture"
    )
    assert _beyond(ruling) is None


def _transfer_agreement() -> tuple[
    rl.instruments.Instrument, list[rl.Participation], rl.StateObligation
]:
    """A bilateral agreement to transfer a detainee (hypothetical), with its parties' records."""
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
    return agreement, parties, transfer


def test_a_transfer_treaty_void_against_iccpr_7_ranks_against_no_part_of_it() -> None:
    """VCLT arts 53 and 64 void a treaty that conflicts with the peremptory norm: set against ICCPR
    art. 7, a transfer agreement conflicts with the duty not to return a person to torture only in
    so far as it requires return to torture. On that named reading it is void, and a void treaty
    prevails over nothing (arts 44(5), 71): ICCPR art. 7 stands whole against it, as against the
    China–DPRK hand-back duty. Only on the other reading (it requires return to ill-treatment
    short of torture alone, and is not void) does VCLT art. 30 rank the two (art. 41(1)(b) read
    with art. 30(5): ICCPR art. 7 prevails between the parties on ``inter_se_modification=False``;
    the later agreement on ``True``). Before: the same ruling voided the agreement and let it
    "prevail as the later treaty" over art. 7's ill-treatment part."""
    agreement, parties, transfer = _transfer_agreement()
    art7 = _obligations("GBR", GBR_2010, TORTURE)[("iccpr-1966", "7")]
    other = (
        "on the reading that Example Transfer Agreement requires return to other cruel, inhuman or "
        "degrading treatment or punishment short of torture alone, it is not void"
    )
    prevails = "Example Transfer Agreement prevails as the later treaty"
    for view, later in ((True, prevails), (False, "")):
        doctrine = rl.Doctrine(torture_non_refoulement_peremptory=True, inter_se_modification=view)
        ruling = rl.resolve_conflict(
            art7, transfer, on=GBR_2010, doctrine=doctrine, instruments=[agreement], extra=parties
        )
        assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
        assert ruling.void == ("example-transfer-2005",)
        assert ruling.prevailing == art7
        reason = ruling.finding.reason
        void_reading, _, other_reading = reason.partition(other)
        assert (
            "on the reading that Example Transfer Agreement requires return to torture, on which "
            "it is void, ICCPR art. 7 stands whole against it, its bar on return to other cruel, "
            "inhuman or degrading treatment or punishment short of torture included: a void "
            "treaty prevails over nothing (VCLT arts 44(5), 71)"
        ) in void_reading
        assert "VCLT art. 30" not in void_reading
        assert other_reading, reason
        if later:
            assert later in other_reading
            assert later not in void_reading
        assert any(
            a.startswith(
                "Example Transfer Agreement is taken to require, among what ICCPR art. 7 forbids, "
                "return to torture: the ruling's void holds on that reading, on which ICCPR art. 7 "
                "stands whole against it"
            )
            for a in ruling.finding.all_assumptions()
        )
        beyond = _beyond(ruling)
        assert beyond is not None
        assert beyond.verdict is rl.Verdict.MET
        assert rl.Citation("vclt-1969", "44(5)") in beyond.citations
        # The art. 30 ranking is a note for the other reading, not an element of this one.
        (note,) = beyond.children
        assert note.role == "note"
        assert note.element == (
            "Example Transfer Agreement not void, on the reading that Example Transfer Agreement "
            "requires return to other cruel, inhuman or degrading treatment or punishment short of "
            "torture alone"
        )
        successive = next(f for f in note.children if f.element.startswith("successive treaties"))
        assert successive.verdict is rl.Verdict.MET
    # Left open, art. 41(1)(b) decides the rest on each view, on the other reading alone.
    open_ = rl.resolve_conflict(
        art7, transfer, on=GBR_2010, doctrine=TORTURE, instruments=[agreement], extra=parties
    )
    assert open_.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert open_.prevailing == art7
    assert open_.void == ("example-transfer-2005",)
    assert open_.finding.reason.endswith(
        f"{other}, and ICCPR art. 7, which is not held peremptory in that part, ranks against it "
        "as the answer turns on them: if inter_se_modification=True, LEX_POSTERIOR "
        "(Example Transfer Agreement); if inter_se_modification=False, INTER_SE_BARRED (ICCPR "
        "art. 7)"
    )


def _decisions() -> list[tuple[str, Decision]]:
    """Every ruling's decision the torture-limb split can reach: ICCPR art. 7, ECHR art. 3 and
    custom read to reach ill-treatment against a transfer agreement, a Security Council decision
    and the China–DPRK hand-back duty, on each view of the positions that decide them."""
    agreement, parties, transfer = _transfer_agreement()
    out = []
    views = itertools.product((True, False, None), (True, False), (True, False), (True, False))
    for refugee, torture, inter_se, reach in views:
        doctrine = rl.Doctrine(
            non_refoulement_peremptory=refugee,
            torture_non_refoulement_peremptory=torture,
            inter_se_modification=inter_se,
            article_103_reaches_custom=reach,
            custom_covers_ill_treatment=True,
        )
        gbr = _obligations("GBR", GBR_2010, doctrine)
        prk = _obligations("PRK", "2004-06-30", doctrine)
        handback = prk[("china-dprk-border-protocol-1986", "return")]
        custom = ("customary-international-law", "non-refoulement")
        pairs = [
            (gbr[key], weak, GBR_2010, ("GBR", "USA"))
            for key in (("iccpr-1966", "7"), ("echr-1950", "3"), custom)
            for weak in (transfer, _council())
        ] + [
            (prk[key], handback, "2004-06-30", ("PRK", "CHN"))
            for key in (("iccpr-1966", "7"), custom)
        ]
        for strong, weak, on, between in pairs:
            c = Conflict(
                strong,
                weak,
                between,
                dt.date.fromisoformat(on),
                doctrine,
                {agreement.key: agreement},
                tuple(parties),
            )
            out.append((f"{strong.citation} v {weak.citation} on {doctrine}", decide(c)[1]))
    return out


def test_no_ruling_voids_a_treaty_and_lets_it_prevail_over_the_rest() -> None:
    """VCLT arts 44(5), 53, 64 and 71: a treaty a ruling names void prevails over nothing, so no
    decision lists a treaty in ``void`` and as the instrument of the obligation prevailing in the
    rest of a duty peremptory only in part (ICCPR art. 7, ECHR art. 3, custom), on any view; where
    the void holds on a reading, the rest is ranked only as the other reading's."""
    decisions = _decisions()
    assert any(d.void and d.part for _, d in decisions)  # the case arises
    for name, d in decisions:
        if d.rest is not None and d.rest.prevailing is not None:
            assert d.rest.prevailing.instrument not in d.void, name
        if d.void and d.part:
            assert d.rest is None, name
            # The other reading's ranking voids nothing: the void is not that reading's.
            assert d.otherwise is not None, name
            assert not d.otherwise.void, name


def _custom(doctrine: rl.Doctrine) -> rl.StateObligation:
    return _obligations("GBR", GBR_2010, doctrine)[
        ("customary-international-law", "non-refoulement")
    ]


SHORT = "other cruel, inhuman or degrading treatment or punishment short of torture"


def test_customary_non_refoulement_read_to_reach_ill_treatment_is_peremptory_only_in_torture() -> (
    None
):
    """On ``custom_covers_ill_treatment`` (Lauterpacht and Bethlehem, 2001) customary
    non-refoulement bars return to other cruel, inhuman or degrading treatment too; held
    peremptory in its torture limb (Belgium v Senegal para. 99), it is so only in so far as it
    bars return to torture, the refugee limb left open named as open. The survey says so, and
    against a Security Council decision (UN Charter Art. 103) the ruling reports each view of the
    open refugee limb and of whether Art. 103 reaches custom. Before: the note called it
    peremptory in so far as it bars return "to persecution or to torture", the refugee limb open,
    and the ruling set Art. 103 aside for persecution on every view."""
    custom = _custom(WIDE)
    assert custom.basis is rl.Basis.PEREMPTORY
    assert custom.notes[-1].startswith(
        "Held peremptory only in so far as customary non-refoulement bars return to torture, not "
        f"in so far as it bars return to persecution or to {SHORT}: the position held names the "
        "duty not to return a person to torture"
    )
    assert (
        "non_refoulement_peremptory leaves open whether refugee non-refoulement"
        in (custom.notes[-1])
    )
    survey = rl.explain_obligations("GBR", on=GBR_2010, doctrine=WIDE)
    assert (
        "as a peremptory norm in its torture limb (the duty not to return a person to torture), "
        f"but not held so in so far as it bars return to persecution or to {SHORT}"
    ) in survey.explain()
    row = next(f for f in survey.children if f.element == "customary non-refoulement")
    assert TORTURE_ONLY_READING in row.assumptions
    ruling = rl.resolve_conflict(_council(), custom, on=GBR_2010, doctrine=WIDE)
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.prevailing == custom
    assert [b.assumption.split(":")[0] for b in ruling.branches[::2]] == [
        "non_refoulement_peremptory=True",
        "non_refoulement_peremptory=False",
    ]
    reason = ruling.finding.reason
    assert reason.startswith(
        "on every view of the contested questions, customary international law, non-refoulement "
        "prevails over UN Charter Art. 25, in a part that turns on them: if "
        "non_refoulement_peremptory=True and article_103_reaches_custom=True: in so far as "
        "customary non-refoulement bars return to persecution or to torture, for every state"
    )
    assert (
        "if non_refoulement_peremptory=False and article_103_reaches_custom=True: in so far as "
        "customary non-refoulement bars return to torture, for every state"
    ) in reason
    assert TORTURE_ONLY_READING in ruling.finding.all_assumptions()


def test_customary_non_refoulement_is_peremptory_only_in_the_limbs_held() -> None:
    """Customary non-refoulement read to reach ill-treatment, against a Security Council decision
    (UN Charter Art. 103 read as reaching custom): held peremptory only in the limbs the doctrine
    holds. The refugee limb alone (``non_refoulement_peremptory``): "to persecution", the rest
    (torture included) ranked under Art. 103; the torture limb alone: "to torture", a
    persecution-only risk ranked under Art. 103; both: "to persecution or to torture". Before:
    "to persecution or to torture" on each, Art. 103 set aside for persecution where the refugee
    limb was held not peremptory, and the note naming the torture position where only the refugee
    limb was held. The torture-only reading is named only where the torture limb is held (before:
    with the refugee limb alone held too, where the torture position held False decides the
    rest)."""
    cases = (
        (
            True,
            False,
            "to persecution",
            "to torture or to other cruel, inhuman or degrading "
            "treatment or punishment that is not persecution",
            "names refugee non-refoulement",
        ),
        (
            False,
            True,
            "to torture",
            f"to persecution or to {SHORT}",
            "names the duty not to return a person to torture",
        ),
        (
            True,
            True,
            "to persecution or to torture",
            f"to {SHORT}",
            "names refugee non-refoulement (the duty not to return a refugee to persecution) and the "
            "duty not to return a person to torture",
        ),
    )
    for refugee, torture, part, rest, names in cases:
        doctrine = rl.Doctrine(
            non_refoulement_peremptory=refugee,
            torture_non_refoulement_peremptory=torture,
            custom_covers_ill_treatment=True,
            article_103_reaches_custom=True,
        )
        custom = _custom(doctrine)
        note = custom.notes[-1]
        assert note.startswith(
            f"Held peremptory only in so far as customary non-refoulement bars return {part}, not "
            f"in so far as it bars return {rest}: the position held {names}"
        ), note
        for limb, view in (
            ("non_refoulement_peremptory", refugee),
            ("torture_non_refoulement_peremptory", torture),
        ):
            assert (f"; {limb}=False holds" in note) is (view is False), note
        ruling = rl.resolve_conflict(_council(), custom, on=GBR_2010, doctrine=doctrine)
        assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
        assert ruling.finding.reason.startswith(
            f"in so far as customary non-refoulement bars return {part}, for every state"
        ), ruling.finding.reason
        assert ruling.finding.reason.endswith(
            f"in so far as customary non-refoulement bars return {rest}, which is not held "
            "peremptory: for United Kingdom, a Member of the United Nations, UN Charter Art. 25 "
            "prevails over customary international law, non-refoulement, on the reading that UN "
            "Charter Art. 103 reaches customary law"
        ), ruling.finding.reason
        assert "customary international law, non-refoulement bars" not in ruling.finding.reason
        # The torture-only reading decides the ill-treatment part only where the torture limb is
        # held peremptory; with it held False, that position says the rest is not peremptory.
        assert (TORTURE_ONLY_READING in ruling.finding.all_assumptions()) is torture


def test_customary_non_refoulement_held_in_both_limbs_without_the_wider_reach_prevails_whole() -> (
    None
):
    """Without ``custom_covers_ill_treatment``, or before the earliest statement of that reading
    the library names (20 June 2001), the customary rule bars return to persecution or torture
    only; held peremptory in both limbs (``non_refoulement_peremptory`` and
    ``torture_non_refoulement_peremptory`` both ``True``), it prevails over UN Charter Art. 25
    whole (Art. 103 does not reach a peremptory norm), and no reading splits it. Held in one limb
    only, it does not (tests/test_custom_limb_scope.py). Before: held in the torture limb alone,
    the refugee limb open, custom was taken to prevail whole here too."""
    both = rl.Doctrine(
        non_refoulement_peremptory=True,
        torture_non_refoulement_peremptory=True,
        article_103_reaches_custom=True,
    )
    wide = attrs.evolve(both, custom_covers_ill_treatment=True)
    for doctrine, on in ((both, GBR_2010), (wide, "1995-01-01")):
        custom = _obligations("GBR", on, doctrine)[
            ("customary-international-law", "non-refoulement")
        ]
        assert custom.basis is rl.Basis.PEREMPTORY
        assert not any(n.startswith("Held peremptory only") for n in custom.notes)
        ruling = rl.resolve_conflict(_council(), custom, on=on, doctrine=doctrine)
        assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM, on
        assert ruling.prevailing == custom
        assert ruling.finding.reason.startswith(
            "for every state, customary international law, non-refoulement prevails over UN "
            "Charter Art. 25: the obligation to carry out a decision of a UN organ yields to a "
            "peremptory norm, which Art. 103 does not reach"
        )
        assert "in so far as" not in ruling.finding.reason
        assert not ruling.branches
        assert _beyond(ruling) is None
        assert TORTURE_ONLY_READING not in ruling.finding.all_assumptions()


def test_iccpr_7_and_echr_3_are_listed_as_peremptory_in_their_torture_limb() -> None:
    """``obligations_of`` notes that ICCPR art. 7 and ECHR art. 3, held peremptory, are so only in
    so far as they bar return to torture; CAT art. 3(1) carries no such note, and on the view that
    the torture limb is not peremptory neither does either."""
    held = _obligations("GBR", GBR_2010, TORTURE)
    not_held = _obligations("GBR", GBR_2010, rl.Doctrine(torture_non_refoulement_peremptory=False))
    for key, words in ((("iccpr-1966", "7"), "ICCPR art. 7"), (("echr-1950", "3"), "ECHR art. 3")):
        assert held[key].peremptory is True
        assert (
            held[key]
            .notes[-1]
            .startswith(
                f"Held peremptory only in so far as {words} bars return to torture, not in so far as "
                "it bars return to other cruel, inhuman or degrading treatment"
            )
        )
        assert not any(n.startswith("Held peremptory only") for n in not_held[key].notes)
    assert not any(n.startswith("Held peremptory only") for n in held[("cat-1984", "3(1)")].notes)


def test_the_torture_only_reading_is_named_where_it_decides() -> None:
    """The split of ICCPR art. 7 and ECHR art. 3 into a peremptory torture limb and the rest is a
    contested reading (the ILC's 2022 list, annex (g), names the prohibition of torture alone;
    some bodies treat the prohibition of other ill-treatment too as peremptory): it is named among
    the assumptions of the survey rows and rulings it decides, and nowhere else (CAT art. 3(1),
    a bar on return to torture alone; either duty where the torture limb is not held)."""
    held = rl.explain_obligations("GBR", on=GBR_2010, doctrine=TORTURE)
    not_held = rl.explain_obligations(
        "GBR", on=GBR_2010, doctrine=rl.Doctrine(torture_non_refoulement_peremptory=False)
    )
    for survey, named in ((held, {"ICCPR art. 7", "ECHR art. 3"}), (not_held, set())):
        assert {f.element for f in survey.children if TORTURE_ONLY_READING in f.assumptions} == (
            named
        )
    assert "annex (g)" in TORTURE_ONLY_READING
    assert "some bodies treat the prohibition of cruel, inhuman or degrading treatment too as " in (
        TORTURE_ONLY_READING
    )
    obs = _obligations("GBR", GBR_2010, TORTURE)
    art3 = rl.resolve_conflict(_council(), obs[("echr-1950", "3")], on=GBR_2010, doctrine=TORTURE)
    assert TORTURE_ONLY_READING in art3.finding.all_assumptions()
    cat = rl.resolve_conflict(_council(), obs[("cat-1984", "3(1)")], on=GBR_2010, doctrine=TORTURE)
    assert TORTURE_ONLY_READING not in cat.finding.all_assumptions()
    # Left open, the reading is named: it decides on the view that the limb is peremptory.
    open_ = rl.resolve_conflict(_council(), obs[("echr-1950", "3")], on=GBR_2010)
    assert TORTURE_ONLY_READING in open_.finding.assumptions
