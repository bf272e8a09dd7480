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

import refugeelaw as rl
from refugeelaw.law.charter_103 import CLEAR_TERMS

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


def test_a_transfer_treaty_is_void_against_iccpr_7_only_on_the_reading_that_it_requires_torture() -> (
    None
):
    """VCLT arts 53 and 64 void a treaty that conflicts with the peremptory norm: set against ICCPR
    art. 7, a transfer agreement conflicts with the duty not to return a person to torture only in
    so far as it requires return to torture. The ruling's void holds on that named reading; in
    so far as art. 7 bars return to other ill-treatment, VCLT art. 30 ranks the two as treaties
    (art. 41(1)(b) read with art. 30(5): ICCPR art. 7 prevails between the parties on
    ``inter_se_modification=False``; the later agreement on ``True``)."""
    agreement, parties, transfer = _transfer_agreement()
    art7 = _obligations("GBR", GBR_2010, TORTURE)[("iccpr-1966", "7")]
    barred = rl.Doctrine(torture_non_refoulement_peremptory=True, inter_se_modification=False)
    ruling = rl.resolve_conflict(
        art7, transfer, on=GBR_2010, doctrine=barred, instruments=[agreement], extra=parties
    )
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.void == ("example-transfer-2005",)
    assert any(
        a.startswith(
            "example-transfer-2005 is taken to require, among what ICCPR art. 7 forbids, return to "
            "torture: the ruling's void holds on that reading"
        )
        for a in ruling.finding.all_assumptions()
    )
    assert "in so far as example-transfer-2005 requires return to torture" in (
        ruling.finding.children[0].reason
    )
    beyond = _beyond(ruling)
    assert beyond is not None
    successive = next(f for f in beyond.children if f.element.startswith("successive treaties"))
    assert successive.verdict is rl.Verdict.MET
    assert "which is not held peremptory: as between United Kingdom and United States" in (
        ruling.finding.reason
    )
    # Left open, art. 41(1)(b) decides the rest on each view, and the ruling says so.
    open_ = rl.resolve_conflict(
        art7, transfer, on=GBR_2010, doctrine=TORTURE, instruments=[agreement], extra=parties
    )
    assert open_.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert open_.prevailing == art7
    assert open_.finding.reason.endswith(
        "which is not held peremptory, the answer turns on them: if inter_se_modification=True, "
        "LEX_POSTERIOR (example-transfer-2005); if inter_se_modification=False, INTER_SE_BARRED "
        "(ICCPR art. 7)"
    )


def test_customary_non_refoulement_read_to_reach_ill_treatment_is_peremptory_only_in_torture() -> (
    None
):
    """On ``custom_covers_ill_treatment`` (Lauterpacht and Bethlehem, 2001) customary
    non-refoulement bars return to other cruel, inhuman or degrading treatment too; held
    peremptory, it is so in its torture limb (and refugee limb), not in that reach. The survey
    says so, and against a Security Council decision the rest turns on whether UN Charter Art.
    103 reaches custom. Before: listed peremptory as a whole, the decision set aside for
    ill-treatment too."""
    custom = _obligations("GBR", GBR_2010, WIDE)[("customary-international-law", "non-refoulement")]
    assert custom.basis is rl.Basis.PEREMPTORY
    assert custom.notes[-1].startswith(
        "Held peremptory only in so far as customary international law, non-refoulement bars "
        "return to persecution or to torture, not in so far as it bars return to other cruel, "
        "inhuman or degrading treatment or punishment short of torture"
    )
    survey = rl.explain_obligations("GBR", on=GBR_2010, doctrine=WIDE).explain()
    assert (
        "as a peremptory norm in its torture limb (the duty not to return a person to torture), "
        "but not in its reach to other cruel, inhuman or degrading treatment or punishment short "
        "of torture"
    ) in survey
    ruling = rl.resolve_conflict(_council(), custom, on=GBR_2010, doctrine=WIDE)
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.prevailing == custom
    assert ruling.finding.reason.endswith(
        "which is not held peremptory, the answer turns on them: if article_103_reaches_custom="
        "True, CHARTER_ART_103 (UN Charter Art. 25); if article_103_reaches_custom=False, "
        "UNRESOLVED (unresolved)"
    )


def test_customary_non_refoulement_without_the_wider_reach_prevails_whole() -> None:
    """Without ``custom_covers_ill_treatment``, or before the earliest statement of that reading
    the library names (20 June 2001), the customary rule bars return to persecution or torture
    only, and held peremptory prevails over UN Charter Art. 25 whole, as before."""
    for doctrine, on in ((TORTURE, GBR_2010), (WIDE, "1995-01-01")):
        custom = _obligations("GBR", on, doctrine)[
            ("customary-international-law", "non-refoulement")
        ]
        assert not any(n.startswith("Held peremptory only") for n in custom.notes)
        ruling = rl.resolve_conflict(_council(), custom, on=on, doctrine=doctrine)
        assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM, on
        assert "for every state, the peremptory norm of the duty not to return a person to " in (
            ruling.finding.reason
        )
        assert "in so far as" not in ruling.finding.reason
        assert _beyond(ruling) is None


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
