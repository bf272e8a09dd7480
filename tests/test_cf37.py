"""Review s37 cf37: which norm prevails (UN Charter Art. 103 read with the ILC's 2022 conclusion 16;
VCLT art. 30(4)(b) and the person a bar on return protects)."""

from __future__ import annotations

import refugeelaw as rl
from refugeelaw.law.jus_cogens import BEFORE_EVIDENCE
from refugeelaw.law.peremptory import TORTURE_LIMB, TORTURE_LIMB_DATING_READING

C = "refugee-convention-1951"
P86 = "china-dprk-border-protocol-1986"
CONCLUSION_16 = rl.Citation("ilc-peremptory-norms-2022", "conclusion(16)")
ELEMENT_103 = "UN Charter Art. 103"
TORTURE_ONLY = rl.Doctrine(
    non_refoulement_peremptory=False, torture_non_refoulement_peremptory=True
)
NEITHER = rl.Doctrine(non_refoulement_peremptory=False, torture_non_refoulement_peremptory=False)
#: Where the decision binds only outside what the torture norm forbids (F1).
SAVE = (
    "in so far as UN Charter Art. 25 would require returning to torture a refugee whom Refugee "
    "Convention art. 33(1) protects, it creates no obligation"
)


def _obs(state: str, on: str) -> dict[tuple[str, str], rl.StateObligation]:
    return {(o.instrument, o.provision): o for o in rl.obligations_of(state, on=on)}


def _council(state: str = "CHN", exceptions: tuple[rl.Citation, ...] = ()) -> rl.StateObligation:
    return rl.StateObligation(
        state=state,
        instrument="un-charter-1945",
        provision="25",
        duty="to carry out a Security Council decision to return all nationals of a State "
        "(hypothetical)",
        basis=rl.Basis.TREATY,
        since=None,
        owed_to="the United Nations and its Members",
        exceptions=exceptions,
    )


# --- F1: a Council decision against a bar on returning a refugee, ILC 2022 conclusion 16 -------


def test_council_decision_binds_over_art_33_1_only_outside_the_torture_norm_ilc_conclusion_16() -> (
    None
):
    """UN Charter Art. 103 with ILC Draft conclusions on peremptory norms (2022), conclusion 16: a
    decision "does not create obligations under international law if and to the extent that they
    conflict with a peremptory norm". On the view that the duty not to return a person to torture
    is peremptory (refugee non-refoulement not), a decision taken to require what Refugee
    Convention art. 33(1) forbids binds over it only outside that norm. Before: "UN Charter Art. 25
    prevails over Refugee Convention art. 33(1)" in full, the torture position not named."""
    on = "2010-01-01"
    art33 = _obs("CHN", on)[(C, "33(1)")]
    for a, b in ((_council(), art33), (art33, _council())):
        r = rl.resolve_conflict(a, b, on=on, doctrine=TORTURE_ONLY)
        assert r.rule is rl.PrecedenceRule.CHARTER_ART_103, r.explain()
        assert r.prevailing == _council()
        text = str(r)
        assert text.startswith(
            "CHARTER_ART_103: for China, a Member of the United Nations, UN Charter Art. 25 "
            "prevails over Refugee Convention art. 33(1) (UN Charter Art. 103), save that, the duty "
            "not to return a person to torture being peremptory, " + SAVE
        )
        assert text.endswith("and Refugee Convention art. 33(1) is not displaced there")
        step = r.finding.find(ELEMENT_103)
        assert step is not None
        assert CONCLUSION_16 in step.citations
        assert TORTURE_ONLY.position(TORTURE_LIMB) in r.finding.all_assumptions()


def test_council_decision_over_art_33_1_names_the_torture_position_left_open_un_charter_103() -> (
    None
):
    """UN Charter Art. 103, the torture position left open (the default): the branch on which
    refugee non-refoulement is not peremptory states both views of the duty not to return a person
    to torture (ILC 2022 conclusion 16 on one; the decision binding in full on the other) and
    names the position."""
    on = "2010-01-01"
    art33 = _obs("CHN", on)[(C, "33(1)")]
    r = rl.resolve_conflict(_council(), art33, on=on)
    assert r.rule is rl.PrecedenceRule.UNRESOLVED
    branch = next(b for b in r.branches if b.rule is rl.PrecedenceRule.CHARTER_ART_103)
    assert (
        "on the view that the duty not to return a person to torture is peremptory, " + SAVE
    ) in branch.reason
    assert branch.reason.endswith("on the view that it is not, the decision binds in full")
    assert rl.Doctrine().position(TORTURE_LIMB) in r.finding.all_assumptions()


def test_council_decision_binds_in_full_where_the_torture_duty_is_not_peremptory_art_103() -> None:
    """UN Charter Art. 103 (Lockerbie para. 39): on the view that neither limb of non-refoulement
    is peremptory, the decision prevails over art. 33(1) in full, as before, and the ruling names
    the torture position it rests on."""
    on = "2010-01-01"
    r = rl.resolve_conflict(_council(), _obs("CHN", on)[(C, "33(1)")], on=on, doctrine=NEITHER)
    assert r.rule is rl.PrecedenceRule.CHARTER_ART_103
    assert str(r) == (
        "CHARTER_ART_103: for China, a Member of the United Nations, UN Charter Art. 25 prevails "
        "over Refugee Convention art. 33(1) (UN Charter Art. 103)"
    )
    step = r.finding.find(ELEMENT_103)
    assert step is not None
    assert CONCLUSION_16 not in step.citations
    assert NEITHER.position(TORTURE_LIMB) in r.finding.all_assumptions()


def test_council_decision_excepting_cat_3_binds_over_art_33_1_in_full_vclt_30_2() -> None:
    """A decision that excepts what CAT art. 3 protects requires no return to torture (its own
    terms: VCLT art. 30(2) as the library reads exceptions), so ILC 2022 conclusion 16 has nothing
    to take from it: against art. 33(1) it prevails under UN Charter Art. 103 unqualified."""
    on = "2010-01-01"
    council = _council(exceptions=(rl.Citation("cat-1984", "3"),))
    r = rl.resolve_conflict(council, _obs("CHN", on)[(C, "33(1)")], on=on, doctrine=TORTURE_ONLY)
    assert r.rule is rl.PrecedenceRule.CHARTER_ART_103, r.explain()
    assert str(r).endswith("prevails over Refugee Convention art. 33(1) (UN Charter Art. 103)")
    assert TORTURE_ONLY.position(TORTURE_LIMB) not in r.finding.all_assumptions()


def test_council_decision_before_cat_3_is_not_limited_and_says_why_before_evidence() -> None:
    """UN Charter Art. 103 on 1 June 1983 (China bound by the Convention from 1982): before CAT
    art. 3's adoption (10 December 1984), the earliest evidence the library holds of the torture
    limb, the duty is taken not to have been peremptory, so the decision binds in full, on the
    named reading (jus_cogens.BEFORE_EVIDENCE)."""
    on = "1983-06-01"
    r = rl.resolve_conflict(_council(), _obs("CHN", on)[(C, "33(1)")], on=on, doctrine=TORTURE_ONLY)
    assert r.rule is rl.PrecedenceRule.CHARTER_ART_103, r.explain()
    assert SAVE not in str(r)
    assert BEFORE_EVIDENCE[TORTURE_LIMB] in r.finding.all_assumptions()


def test_council_decision_in_1990_names_the_torture_limb_dating_reading_conclusion_16() -> None:
    """Between CAT art. 3's adoption (1984) and the later evidence the library names (2001), the
    torture norm is shown only on the reading that dates it from CAT art. 3's adoption: the
    limitation of ILC 2022 conclusion 16 rests on it, and the ruling names it."""
    on = "1990-01-01"
    r = rl.resolve_conflict(_council(), _obs("CHN", on)[(C, "33(1)")], on=on, doctrine=TORTURE_ONLY)
    assert r.rule is rl.PrecedenceRule.CHARTER_ART_103
    assert SAVE in str(r)
    assert TORTURE_LIMB_DATING_READING in r.finding.all_assumptions()


def test_the_treaty_path_agrees_a_hand_back_protocol_gives_way_to_art_33_1_vclt_53() -> None:
    """The same view against the 1986 protocol's hand-back duty, which states no exception: VCLT
    arts 53 and 64 void the protocol, and art. 33(1) stands. A Council decision is not void (the
    Charter is no treaty arts 53 and 64 reach) but creates no obligation to that extent
    (conclusion 16): both say that art. 33(1) is not displaced for a refugee at risk of
    torture."""
    on = "2004-06-30"
    obs = _obs("CHN", on)
    r = rl.resolve_conflict(obs[(C, "33(1)")], obs[(P86, "return")], on=on, doctrine=TORTURE_ONLY)
    assert r.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert r.void == (P86,)
    council = rl.resolve_conflict(_council(), obs[(C, "33(1)")], on=on, doctrine=TORTURE_ONLY)
    assert council.void == ()
    assert "Refugee Convention art. 33(1) is not displaced there" in str(council)


# --- F2: VCLT art. 30(4)(b) and the person a bar on return protects ------------------------------

#: What the art. 30(4)(b) ruling now says of the person (F2).
PERSON = (
    "the person art. {art} protects is no party to either treaty: 1986 China–DPRK Border Protocol "
    "governing their mutual relations does not release China from the duty not to return the "
    "person, and a return assessment weighs that duty as before"
)


def test_common_treaty_between_china_and_dprk_does_not_release_china_from_art_33_1_vclt_30_4_b() -> (
    None
):
    """VCLT art. 30(4)(b): between China (party to both) and the DPRK (party to the 1986 protocol
    alone) the protocol governs "their mutual rights and obligations"; art. 33(1) is owed to the
    Convention's other parties (art. 30(5)) for a person who is party to neither treaty, so the
    ruling says the protocol does not release China from the duty not to return the person, as
    the art. 30(4)(a) ruling has said since the second return review (F4). Before: silent. The
    same for CAT art. 3(1), to which the DPRK is no party either."""
    on = "2004-06-30"
    obs = _obs("CHN", on)
    for bar, art in (((C, "33(1)"), "33(1)"), (("cat-1984", "3(1)"), "3(1)")):
        r = rl.resolve_conflict(obs[bar], obs[(P86, "return")], on=on, doctrine=NEITHER)
        assert r.rule is rl.PrecedenceRule.COMMON_TREATY, r.explain()
        assert r.prevailing == obs[(P86, "return")]
        text = str(r)
        assert PERSON.format(art=art) in text
        assert text.endswith(f"for any breach of art. {art} (VCLT art. 30(5))")
        assert r.residual_responsibility[0].startswith("China remains responsible")


def test_common_treaty_where_the_bar_governs_says_nothing_of_the_person_vclt_30_4_b() -> None:
    """VCLT art. 30(4)(b) the other way: between China and South Korea, both parties to the
    Refugee Convention and the ROK no party to the 1986 protocol, art. 33(1) governs; the
    displaced duty is the hand-back, which protects no one, and nothing is said of a person."""
    on = "2004-06-30"
    obs = _obs("CHN", on)
    r = rl.resolve_conflict(
        obs[(C, "33(1)")], obs[(P86, "return")], on=on, doctrine=NEITHER, between=["CHN", "KOR"]
    )
    assert r.rule is rl.PrecedenceRule.COMMON_TREATY
    assert r.prevailing == obs[(C, "33(1)")]
    assert "the person" not in str(r)


# --- F4: VCLT art. 71(1)(a), the acts performed in reliance on a treaty void under art. 53 -------

A71_1_A = rl.Citation("vclt-1969", "71(1)(a)")
UNDO = (
    "its parties must eliminate as far as possible the consequences of any act performed in "
    "reliance on its conflicting provisions, the hand-overs made under it among them (art. "
    "71(1)(a))"
)


def test_a_hand_back_protocol_void_under_art_53_leaves_the_hand_overs_to_undo_vclt_71_1_a() -> None:
    """VCLT art. 71(1)(a): the parties to a treaty void under art. 53 "shall eliminate as far as
    possible the consequences of any act performed in reliance on any provision which conflicts
    with the peremptory norm". The 1986 protocol (undated, so possibly void from its conclusion)
    on either limb held peremptory: the finding says so of the hand-overs and cites art.
    71(1)(a), once. Before: art. 71(1)(b) alone, or no art. 71(1) at all."""
    on = "2004-06-30"
    obs = _obs("CHN", on)
    for doctrine in (rl.Doctrine(non_refoulement_peremptory=True), TORTURE_ONLY):
        r = rl.resolve_conflict(obs[(C, "33(1)")], obs[(P86, "return")], on=on, doctrine=doctrine)
        assert r.rule is rl.PrecedenceRule.PEREMPTORY_NORM
        assert r.void == (P86,)
        norm = r.finding.find("peremptory norm (VCLT arts 53, 64)")
        assert norm is not None
        assert UNDO in norm.reason
        assert norm.citations.count(A71_1_A) == 1


def test_a_protocol_concluded_before_the_evidence_meets_art_64_alone_without_art_71_1_a() -> None:
    """VCLT arts 64 and 71(2): the 1964 protocol, concluded before CAT art. 3's adoption (the
    earliest evidence of the torture limb), is taken to meet that limb only under art. 64, whose
    consequences are art. 71(2)'s: art. 71(1)(a) is not said or cited."""
    on = "1990-01-01"
    obs = _obs("CHN", on)
    r = rl.resolve_conflict(
        obs[("cat-1984", "3(1)")],
        obs[("china-dprk-border-protocol-1964", "return")],
        on=on,
        doctrine=TORTURE_ONLY,
    )
    norm = r.finding.find("peremptory norm (VCLT arts 53, 64)")
    assert norm is not None
    assert norm.verdict is rl.Verdict.MET
    assert "71(1)(a)" not in norm.reason
    assert A71_1_A not in norm.citations
