"""What a treaty that yields, a permission and another State's duty rank against (review s34,
conflict F1–F3).

F1. VCLT art. 53 voids a treaty that "conflicts with" a peremptory norm; art. 30(2): "When a
treaty specifies that it is subject to, or that it is not to be considered as incompatible with,
an earlier or later treaty, the provisions of that other treaty prevail." A readmission agreement
that says it is subject to the Refugee Convention, CAT and the ECHR requires the return of no one
they protect, and so conflicts with no peremptory norm they state; a duty whose own exceptions
name art. 33(1) requires nothing art. 33(1) forbids. Neither is void, on any view.

F2. On the wider notion of conflict (a permission conflicts with a bar), what conflicts with CAT
art. 3 or ECHR art. 3 is the permission of Convention art. 33(2) (or art. 32(1)'s grounds), and
the bar stands: a permission cannot prevail as a peremptory norm (what is non-derogable is the
prohibition, VCLT art. 53), and the Convention's art. 5 keeps "any rights and benefits granted by
a Contracting State to refugees apart from this Convention" (a clause of the kind VCLT art. 30(2)
gives effect to).

F3. UN Charter Art. 103 ranks "the obligations of the Members [...] under the present Charter and
their obligations under any other international agreement"; VCLT art. 30(1) "the rights and
obligations of States parties to successive treaties": the obligations of one State. Obligations of
two different States do not conflict.

Review s34 own2 (F1–F6): one rule says when a duty yields (``law.vclt_30.yields_in``), by part of a
bar, against a treaty bar and custom alike; a clause counts only where the treaty it names binds the
State whose duty it is (VCLT arts 30(1), 30(2), 34; review s35 conflict F2: not the counterparties
too, who agreed to the clause); voidness is the treaty's whichever side it is on (art. 44(5)); on the
wider notion custom goes limb by limb; two States' obligations get no note; only the torture bars
"admit no exception" themselves; a caller's duty ranked against art. 35(1) names its premise.
"""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest

import refugeelaw as rl
from refugeelaw.law.precedence import STRICT_CONFLICT_READING

C = "refugee-convention-1951"
ON = "2015-01-01"
ELEMENT = "peremptory norm (VCLT arts 53, 64)"

#: Every view of the two limbs of non-refoulement and of art. 41(1)(b).
VIEWS = [
    rl.Doctrine(
        non_refoulement_peremptory=r, torture_non_refoulement_peremptory=t, inter_se_modification=i
    )
    for r, t, i in itertools.product((True, False, None), repeat=3)
]


def _deu(on: str = ON) -> dict[tuple[str, str], rl.StateObligation]:
    return {(o.instrument, o.provision): o for o in rl.obligations_of("DEU", on=on)}


def _deal(subject_to: tuple[str, ...] = ()) -> rl.Instrument:
    """A Germany–Türkiye readmission agreement of the caller's own (dates for this test only),
    with its conflict clause (``subject_to``)."""
    return rl.Instrument(
        key="deu-tur-readmission",
        title="A Germany–Türkiye readmission agreement (hypothetical)",
        kind="bilateral",
        adopted="2013-12-16",
        entry_into_force="2014-10-01",
        subject_to=subject_to,
    )


def _readmit(exceptions: tuple[rl.Citation, ...] = ()) -> rl.StateObligation:
    return rl.StateObligation(
        state="DEU",
        instrument="deu-tur-readmission",
        provision="",
        duty="to readmit persons who entered irregularly",
        basis=rl.Basis.TREATY,
        since="2014-10-01",
        owed_to="Türkiye",
        counterparties=("TUR",),
        exceptions=exceptions,
    )


WITHOUT_PREJUDICE = (C, "echr-1950", "cat-1984")


@pytest.mark.parametrize(
    "bar", [(C, "33(1)"), ("cat-1984", "3(1)"), ("echr-1950", "3")], ids=["33(1)", "CAT", "ECHR"]
)
def test_an_agreement_subject_to_the_convention_cat_and_echr_is_void_on_no_view_vclt_30_2_53(
    bar: tuple[str, str],
) -> None:
    """VCLT arts 30(2), 53 and 64: a readmission agreement that declares itself subject to the
    Refugee Convention, CAT and the ECHR yields to each; against art. 33(1), CAT art. 3(1) or ECHR
    art. 3 the bar prevails by the clause (CONFLICT_CLAUSE) and nothing is void, on every view of
    either limb of non-refoulement and of art. 41(1)(b), and every branch agrees. Before:
    PEREMPTORY_NORM, the agreement void ("void as a whole (art. 53; art. 44(5) ...)") wherever
    the bar's limb was held peremptory."""
    deal, ob = _deal(WITHOUT_PREJUDICE), _readmit()
    strong = _deu()[bar]
    for view in VIEWS:
        for a, b in ((strong, ob), (ob, strong)):
            ruling = rl.resolve_conflict(a, b, on=ON, doctrine=view, instruments=[deal])
            assert ruling.rule is rl.PrecedenceRule.CONFLICT_CLAUSE, (view, ruling.explain())
            assert ruling.prevailing == strong
            assert ruling.void == ()
            assert all(x.rule is rl.PrecedenceRule.CONFLICT_CLAUSE for x in ruling.branches)
            clause = ruling.finding.find("conflict clause (VCLT art. 30(2))")
            assert clause is not None
            assert clause.verdict is rl.Verdict.MET


def test_the_peremptory_rule_says_why_a_treaty_that_yields_is_not_void_vclt_53_30_2() -> None:
    """VCLT art. 53 voids a treaty that "conflicts with" a peremptory norm: where art. 33(1) is
    held to express one, an agreement subject to the Refugee Convention does not conflict with it,
    and the peremptory-norm rule says so, citing art. 30(2), and decides nothing."""
    deal, ob = _deal((C,)), _readmit()
    ruling = rl.resolve_conflict(
        _deu()[(C, "33(1)")],
        ob,
        on=ON,
        doctrine=rl.Doctrine(non_refoulement_peremptory=True),
        instruments=[deal],
    )
    assert ruling.rule is rl.PrecedenceRule.CONFLICT_CLAUSE
    found = ruling.finding.find(ELEMENT)
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    assert "does not conflict with the peremptory norm of non-refoulement" in found.reason
    assert "declares itself subject to Refugee Convention" in found.reason
    assert rl.Citation("vclt-1969", "30(2)") in found.citations
    assert not any(
        a.startswith("the treaty's duty is taken") for a in ruling.finding.all_assumptions()
    )


def test_a_clause_answers_only_the_limb_its_treaty_states_vclt_53() -> None:
    """VCLT art. 53: an agreement subject to the Refugee Convention alone yields in refugee
    non-refoulement, not in the duty not to return a person to torture, which the Convention does
    not state: against CAT art. 3(1), that limb held peremptory, it may require the return of a
    person (a refugee or not) to torture, and is void on the reading the ruling names, as before.
    Against art. 33(1) it is void on no view."""
    deal, ob = _deal((C,)), _readmit()
    obs = _deu()
    torture = rl.Doctrine(non_refoulement_peremptory=True, torture_non_refoulement_peremptory=True)
    ruling = rl.resolve_conflict(
        obs[("cat-1984", "3(1)")], ob, on=ON, doctrine=torture, instruments=[deal]
    )
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.void == (deal.key,)
    ruling = rl.resolve_conflict(obs[(C, "33(1)")], ob, on=ON, doctrine=torture, instruments=[deal])
    assert ruling.rule is rl.PrecedenceRule.CONFLICT_CLAUSE
    assert ruling.void == ()


def test_custom_held_peremptory_in_its_refugee_limb_ranks_an_agreement_subject_to_the_convention_in_its_torture_limb_alone_vclt_53_30_2() -> (
    None
):
    """VCLT arts 53 and 30(2): customary non-refoulement held peremptory in its refugee limb alone
    meets an agreement subject to the Refugee Convention, which states that limb and binds
    Germany: the agreement is not void, and in that limb it does not conflict with custom at all;
    in the torture limb, held not peremptory, it ranks as against any custom (BETWEEN_PARTIES: it
    governs between its parties at most, VCLT art. 34), and the ruling says it is that limb alone.
    Before (review s34 own2 F1): "as between Germany and Türkiye at most, deu-tur-readmission
    governs", over the whole of custom, the refugee limb held peremptory included."""
    deal, ob = _deal((C,)), _readmit()
    view = rl.Doctrine(non_refoulement_peremptory=True, torture_non_refoulement_peremptory=False)
    custom = _deu()[("customary-international-law", "non-refoulement")]
    ruling = rl.resolve_conflict(custom, ob, on=ON, doctrine=view, instruments=[deal])
    assert ruling.void == ()
    assert ruling.rule is rl.PrecedenceRule.BETWEEN_PARTIES
    found = ruling.finding.find(ELEMENT)
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    assert "which customary international law, non-refoulement includes" in found.reason
    assert ruling.finding.reason.startswith(
        "in so far as customary non-refoulement bars return to persecution, A Germany–Türkiye "
        "readmission agreement (hypothetical) does not conflict with it, yielding by its own terms"
    )
    assert (
        "in so far as it bars return to torture that is not persecution: as between Germany and "
        "Türkiye at most, A Germany–Türkiye readmission agreement (hypothetical) governs"
        in ruling.finding.reason
    )
    note = ruling.finding.find(
        "A Germany–Türkiye readmission agreement (hypothetical) yields in part of "
        + str(custom.citation)
    )
    assert note is not None
    assert rl.Citation("vclt-1969", "30(2)") in note.citations


@pytest.mark.parametrize("subject_to", [WITHOUT_PREJUDICE, (C, "cat-1984")], ids=["all", "two"])
def test_an_agreement_yielding_in_every_limb_of_custom_does_not_conflict_with_it_vclt_53_30_2(
    subject_to: tuple[str, ...],
) -> None:
    """VCLT arts 53 and 30(2): a readmission agreement subject to the Refugee Convention and CAT
    (and the ECHR), each binding Germany and Türkiye, requires the return of no one customary
    non-refoulement protects, in either limb: NO_CONFLICT on every view, either way round, nothing
    void and nothing prevailing. Before (review s34 own2 F1): both limbs held peremptory,
    BETWEEN_PARTIES, "as between Germany and Türkiye at most, deu-tur-readm governs" (the agreement
    prevailing over the norm), while the same agreement without the clause was void."""
    deal, ob = _deal(subject_to), _readmit()
    custom = _deu()[("customary-international-law", "non-refoulement")]
    for view in VIEWS:
        for a, b in ((custom, ob), (ob, custom)):
            ruling = rl.resolve_conflict(a, b, on=ON, doctrine=view, instruments=[deal])
            assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT, (view, ruling.explain())
            assert ruling.prevailing is None
            assert ruling.void == ()
            assert (
                "yields in every part of what customary international law" in ruling.finding.reason
            )
    bare = rl.resolve_conflict(
        custom,
        ob,
        on=ON,
        doctrine=rl.Doctrine(
            non_refoulement_peremptory=True, torture_non_refoulement_peremptory=True
        ),
        instruments=[_deal()],
    )
    assert bare.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert bare.void == ("deu-tur-readmission",)


def test_a_clause_naming_a_treaty_that_binds_neither_party_yields_to_nothing_vclt_30_2_34() -> None:
    """VCLT arts 30(2) ("the provisions of that other treaty prevail") and 34: a Thailand–Myanmar
    readmission agreement declaring itself subject to the Refugee Convention, which binds neither
    State, has no provisions of that treaty to give way to; against customary non-refoulement held
    peremptory in its refugee limb it is void on the reading named, as without the clause, and the
    ruling says why the clause answers nothing. Before (review s34 own2 F1): BETWEEN_PARTIES, the
    agreement governing, nothing void."""
    tha = {(o.instrument, o.provision): o for o in rl.obligations_of("THA", on=ON)}
    assert rl.party_status("THA", C, on=ON).verdict is rl.Verdict.NOT_MET
    assert rl.party_status("MMR", C, on=ON).verdict is rl.Verdict.NOT_MET
    deal = rl.Instrument(
        key="tha-mmr-readmission",
        title="A Thailand–Myanmar readmission agreement (hypothetical)",
        kind="bilateral",
        adopted="2013-12-16",
        entry_into_force="2014-10-01",
        subject_to=(C,),
    )
    ob = rl.StateObligation(
        state="THA",
        instrument=deal.key,
        provision="",
        duty="to readmit persons who entered irregularly",
        basis=rl.Basis.TREATY,
        since="2014-10-01",
        owed_to="Myanmar",
        counterparties=("MMR",),
    )
    view = rl.Doctrine(non_refoulement_peremptory=True, torture_non_refoulement_peremptory=False)
    custom = tha[("customary-international-law", "non-refoulement")]
    ruling = rl.resolve_conflict(custom, ob, on=ON, doctrine=view, instruments=[deal])
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.prevailing == custom
    assert ruling.void == (deal.key,)
    found = ruling.finding.find(ELEMENT)
    assert found is not None
    assert "which is not shown to bind Thailand on 2015-01-01" in found.reason
    assert "(VCLT arts 30(1), 30(2), 34)" in found.reason


def _chn_prk_2004() -> tuple[rl.Instrument, rl.StateObligation]:
    """A China–DPRK border agreement of the caller's own (2004, hypothetical) "without prejudice
    to" the Refugee Convention and CAT, which bind China and not the DPRK, and China's duty under
    it to hand back border-crossers (review s35 conflict F2)."""
    deal = rl.Instrument(
        key="chn-prk-2004",
        title="A 2004 China–DPRK border agreement (hypothetical)",
        kind="bilateral",
        adopted="2004-06-01",
        entry_into_force="2004-06-01",
        subject_to=(C, "cat-1984"),
    )
    handback = rl.StateObligation(
        state="CHN",
        instrument=deal.key,
        provision="",
        duty="to hand back persons who cross the border illegally",
        basis=rl.Basis.TREATY,
        since="2004-06-01",
        owed_to="North Korea",
        counterparties=("PRK",),
    )
    return deal, handback


def test_a_china_dprk_clause_naming_treaties_that_bind_china_alone_counts_in_every_rule_vclt_30_1_30_2() -> (
    None
):
    """VCLT art. 30(1) ("the rights and obligations of States parties to successive treaties") and
    30(2) ("the provisions of that other treaty prevail"): a China–DPRK agreement subject to the
    Refugee Convention and CAT subordinates China's duty to hand back to China's own obligations
    under them; the DPRK, bound by neither, agreed to the clause (art. 26), and art. 34 does not
    discount it. Against art. 33(1) or CAT art. 3(1): CONFLICT_CLAUSE, nothing void, in every
    branch, on every view of either limb and of art. 41(1)(b); against customary
    non-refoulement: NO_CONFLICT on every view (the agreement yields in both limbs). Before
    (review s35 conflict F2): on the default doctrine the refugee-limb branch was PEREMPTORY_NORM
    with ``void=('chn-prk-2004',)`` ("not shown to bind China and North Korea ... the clause does
    not make it yield") while the other branch was CONFLICT_CLAUSE; against custom with neither
    limb peremptory, BETWEEN_PARTIES, the agreement governing."""
    on = "2004-06-30"
    assert rl.party_status("PRK", C, on=on).verdict is rl.Verdict.NOT_MET
    assert rl.party_status("PRK", "cat-1984", on=on).verdict is rl.Verdict.NOT_MET
    deal, handback = _chn_prk_2004()
    chn = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on=on)}
    custom = chn[("customary-international-law", "non-refoulement")]
    default = rl.resolve_conflict(chn[(C, "33(1)")], handback, on=on, instruments=[deal])
    assert default.rule is rl.PrecedenceRule.CONFLICT_CLAUSE, default.explain()
    assert default.void == ()
    assert [b.rule for b in default.branches] == [rl.PrecedenceRule.CONFLICT_CLAUSE] * 2
    for view in VIEWS[::2]:
        for bar in (chn[(C, "33(1)")], chn[("cat-1984", "3(1)")]):
            ruling = rl.resolve_conflict(bar, handback, on=on, doctrine=view, instruments=[deal])
            assert ruling.rule is rl.PrecedenceRule.CONFLICT_CLAUSE, (view, ruling.explain())
            assert ruling.prevailing == bar
            assert ruling.void == ()
            assert all(b.rule is rl.PrecedenceRule.CONFLICT_CLAUSE for b in ruling.branches)
        ruling = rl.resolve_conflict(custom, handback, on=on, doctrine=view, instruments=[deal])
        assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT, (view, ruling.explain())
        assert ruling.void == ()
        assert "which states refugee non-refoulement and binds China on 2004-06-30" in (
            ruling.finding.reason
        )
    held = rl.Doctrine(non_refoulement_peremptory=True, torture_non_refoulement_peremptory=True)
    found = rl.resolve_conflict(
        chn[(C, "33(1)")], handback, on=on, doctrine=held, instruments=[deal]
    ).finding.find(ELEMENT)
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    assert "does not conflict with the peremptory norm of non-refoulement" in found.reason
    assert "not shown to bind" not in found.reason


def test_a_clause_naming_the_convention_counts_for_a_party_to_the_protocol_alone_protocol_i_1() -> (
    None
):
    """1967 Protocol art. I(1) ("to apply articles 2 to 34 inclusive of the Convention") and VCLT
    art. 30(2): the United States, party to the Protocol and not the Convention, is bound by art.
    33 of the Convention; a US–Mexico agreement "subject to" the Convention yields to it. Refugee
    non-refoulement held peremptory, against art. 33(1): CONFLICT_CLAUSE, nothing void, as the
    conflict-clause rule already counted the clause; against custom held peremptory in its refugee
    limb alone, the agreement yields in that limb and ranks against the torture limb alone.
    Before (review s35 conflict F2): PEREMPTORY_NORM, ``void=('usa-mex',)``, the Convention "not
    shown to bind" the United States."""
    on = "2004-06-30"
    assert rl.party_status("USA", C, on=on).verdict is rl.Verdict.NOT_MET
    usa = {(o.instrument, o.provision): o for o in rl.obligations_of("USA", on=on)}
    deal = rl.Instrument(
        key="usa-mex",
        title="A US–Mexico agreement (hypothetical)",
        kind="bilateral",
        adopted="2004-06-01",
        entry_into_force="2004-06-01",
        subject_to=(C,),
    )
    ob = rl.StateObligation(
        state="USA",
        instrument=deal.key,
        provision="",
        duty="to return persons who crossed irregularly",
        basis=rl.Basis.TREATY,
        since="2004-06-01",
        owed_to="Mexico",
        counterparties=("MEX",),
    )
    ruling = rl.resolve_conflict(
        usa[(C, "33(1)")],
        ob,
        on=on,
        doctrine=rl.Doctrine(non_refoulement_peremptory=True),
        instruments=[deal],
    )
    assert ruling.rule is rl.PrecedenceRule.CONFLICT_CLAUSE, ruling.explain()
    assert ruling.void == ()
    refugee_only = rl.Doctrine(
        non_refoulement_peremptory=True, torture_non_refoulement_peremptory=False
    )
    custom = usa[("customary-international-law", "non-refoulement")]
    ruling = rl.resolve_conflict(custom, ob, on=on, doctrine=refugee_only, instruments=[deal])
    assert ruling.rule is rl.PrecedenceRule.BETWEEN_PARTIES, ruling.explain()
    assert ruling.void == ()
    assert "binds United States (through the 1967 Protocol) on 2004-06-30" in ruling.finding.reason
    assert "in so far as it bars return to torture that is not persecution:" in (
        ruling.finding.reason
    )


def test_a_duty_excepting_one_limb_ranks_against_customs_other_limb_alone_and_one_excepting_both_does_not_conflict() -> (
    None
):
    """One rule for a duty that excepts a bar, against a treaty bar and against custom alike (VCLT
    arts 30, 53): a duty to readmit "save refugees art. 33(1) protects" requires nothing custom's
    refugee limb forbids, and ranks against custom's torture limb alone (neither limb held
    peremptory: BETWEEN_PARTIES, said of that limb); one that excepts CAT art. 3 too requires
    nothing custom forbids: NO_CONFLICT on every view. Before (review s34 own2 F1): the first
    governed over the whole of custom ("deu-tur-readm2 governs"), the second likewise where
    neither limb was held peremptory."""
    deal = _deal()
    custom = _deu()[("customary-international-law", "non-refoulement")]
    neither = rl.Doctrine(
        non_refoulement_peremptory=False, torture_non_refoulement_peremptory=False
    )
    one = _readmit(exceptions=(rl.Citation(C, "33(1)"),))
    ruling = rl.resolve_conflict(custom, one, on=ON, doctrine=neither, instruments=[deal])
    assert ruling.rule is rl.PrecedenceRule.BETWEEN_PARTIES
    assert ruling.finding.reason.startswith(
        "in so far as customary non-refoulement bars return to persecution, A Germany–Türkiye "
        "readmission agreement (hypothetical) does not conflict with it, yielding by its own "
        "terms: A Germany–Türkiye readmission agreement (hypothetical) excepts what Refugee "
        "Convention art. 33(1) protects"
    )
    assert (
        "in so far as it bars return to torture that is not persecution:" in ruling.finding.reason
    )
    both = _readmit(exceptions=(rl.Citation(C, "33(1)"), rl.Citation("cat-1984", "3")))
    for view in VIEWS:
        ruling = rl.resolve_conflict(custom, both, on=ON, doctrine=view, instruments=[deal])
        assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT, (view, ruling.explain())
        assert ruling.void == ()


def test_an_agreement_yielding_in_the_torture_limb_ranks_against_echr_3_in_other_ill_treatment_alone() -> (
    None
):
    """VCLT arts 30(2), 53 and ECHR art. 3: an agreement subject to CAT (binding Germany and Türkiye)
    yields in the duty not to return a person to torture, which ECHR art. 3 states; it is not
    void where that limb is held peremptory, and it ranks against ECHR art. 3 only in its bar on
    return to other inhuman or degrading treatment, which the ruling says. Before (review s34
    own2 F1): LEX_POSTERIOR, "deu-tur-readmission prevails" over the whole of ECHR art. 3."""
    deal, ob = _deal(("cat-1984",)), _readmit()
    view = rl.Doctrine(torture_non_refoulement_peremptory=True, inter_se_modification=True)
    ruling = rl.resolve_conflict(
        _deu()[("echr-1950", "3")], ob, on=ON, doctrine=view, instruments=[deal]
    )
    assert ruling.void == ()
    assert ruling.rule is rl.PrecedenceRule.LEX_POSTERIOR
    assert ruling.finding.reason.startswith(
        "in so far as ECHR art. 3 bars return to torture, A Germany–Türkiye readmission "
        "agreement (hypothetical) does not conflict with it"
    )
    assert (
        "in so far as it bars return to other cruel, inhuman or degrading treatment or punishment "
        "short of torture:" in ruling.finding.reason
    )


def test_a_duty_excepting_article_33_1_does_not_conflict_with_it_on_any_view() -> None:
    """Refugee Convention art. 33(1); VCLT arts 30, 53 and 64: a duty to readmit "save refugees
    art. 33(1) protects" (its ``exceptions`` name art. 33(1)) requires nothing art. 33(1) forbids:
    NO_CONFLICT, nothing void, either way round, on every view. Before: PEREMPTORY_NORM, the
    agreement void, where refugee non-refoulement was held peremptory; LEX_POSTERIOR, the
    agreement prevailing over art. 33(1), where it was not and ``inter_se_modification=True``."""
    deal = _deal()
    ob = _readmit(exceptions=(rl.Citation(C, "33(1)"),))
    art33 = _deu()[(C, "33(1)")]
    for view in VIEWS:
        for a, b in ((art33, ob), (ob, art33)):
            ruling = rl.resolve_conflict(a, b, on=ON, doctrine=view, instruments=[deal])
            assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT, (view, ruling.explain())
            assert ruling.void == ()
            assert ruling.prevailing is None
            assert "excepts what Refugee Convention art. 33(1) protects" in ruling.finding.reason


def test_an_exception_for_art_33_leaves_the_torture_limb_vclt_53() -> None:
    """VCLT art. 53: a duty excepting only what Convention art. 33(1) protects may still require
    the return of a person who is no refugee to torture: against CAT art. 3(1), the torture limb
    held peremptory, the agreement is void on the reading named (as before)."""
    deal = _deal()
    ob = _readmit(exceptions=(rl.Citation(C, "33"),))
    view = rl.Doctrine(non_refoulement_peremptory=True, torture_non_refoulement_peremptory=True)
    ruling = rl.resolve_conflict(
        _deu()[("cat-1984", "3(1)")], ob, on=ON, doctrine=view, instruments=[deal]
    )
    assert ruling.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert ruling.void == (deal.key,)


P64, P86 = "china-dprk-border-protocol-1964", "china-dprk-border-protocol-1986"


def test_voidness_is_the_treatys_whichever_side_a_protocol_that_yields_is_on_vclt_44_5_53_64() -> (
    None
):
    """VCLT arts 53, 44(5) and 30(2): a treaty's invalidity is its own, not the pair's. The 1986
    China–DPRK protocol given a clause subjecting it to the Refugee Convention, which binds China,
    yields in refugee non-refoulement: held peremptory in that limb alone, the 1986 protocol is
    void in no ruling, against art. 33(1), custom or the 1964 protocol, either way round, whether
    or not the DPRK is given (hypothetically) a record as a party to the Convention: the clause
    subordinates China's duty to China's own obligations under it (art. 30(1): "the rights and
    obligations of States parties to successive treaties"), and the DPRK agreed to it. Before
    (review s35 conflict F2): without that record, void in every ruling ("the Convention binds
    the DPRK not at all"), while the conflict-clause rule gave the same clause effect. Before
    (review s34 own2 F2): against the 1964 protocol both were void, against art. 33(1) and custom
    neither, on the same view. The 1964 protocol, concluded before the earliest evidence of the
    customary rule (1977), meets the norm under art. 64 alone, and is said to. (The 1964 protocol
    is taken in force from 20 June 1964 on the caller's records and obligation, a hypothetical:
    the library's data leaves its entry into force unknown, data review s35 F3.)"""
    on = "2004-06-30"
    unended = tuple(
        attrs.evolve(p, withdrawal=None, in_force=dt.date(1964, 6, 20), in_doubt_from=None)
        for p in (rl.states.participation(s, P64) for s in ("CHN", "PRK"))
        if p is not None
    )
    prk = rl.Participation(
        state="PRK", instrument=C, action="accession", deposited="1990-01-01", in_force="1990-04-01"
    )
    chn = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on=on)}
    o86 = chn[(P86, "return")]
    (listed,) = [o for o in rl.obligations_of("CHN", on="1985-12-31") if o.instrument == P64]
    o64 = attrs.evolve(listed, bound=rl.Verdict.MET, since=dt.date(1964, 6, 20), notes=())
    clause = [attrs.evolve(rl.instruments.get(P86), subject_to=(C,))]
    refugee_only = rl.Doctrine(
        non_refoulement_peremptory=True, torture_non_refoulement_peremptory=False
    )
    against = (chn[(C, "33(1)")], chn[("customary-international-law", "non-refoulement")], o64)
    for extra in ((*unended, prk), unended):
        for other in against:
            for a, b in ((other, o86), (o86, other)):
                ruling = rl.resolve_conflict(
                    a, b, on=on, doctrine=refugee_only, extra=extra, instruments=clause
                )
                assert P86 not in ruling.void, (other.citation, ruling.explain())
                assert (P64 in ruling.void) is (other is o64)
                if other is o64:
                    assert ruling.prevailing == o86
                    assert "becomes void from the norm's emergence (VCLT art. 64)" in (
                        ruling.finding.reason
                    )
    torture = rl.Doctrine(non_refoulement_peremptory=False, torture_non_refoulement_peremptory=True)
    ruling = rl.resolve_conflict(
        chn[("cat-1984", "3(1)")], o86, on=on, doctrine=torture, extra=(prk,), instruments=clause
    )
    assert ruling.void == (P86,)


# ---------------------------------------------------------------------------------------------
# F2: the wider notion of conflict
# ---------------------------------------------------------------------------------------------


def _tur(on: str = "2010-06-30") -> dict[tuple[str, str], rl.StateObligation]:
    return {(o.instrument, o.provision): o for o in rl.obligations_of("TUR", on=on)}


@pytest.mark.parametrize(
    ("permission", "bar", "doctrine", "between"),
    [
        ((C, "33(1)"), ("cat-1984", "3(1)"), (True, False), None),
        ((C, "33(1)"), ("echr-1950", "3"), (True, False), None),
        ((C, "33(1)"), ("cat-1984", "3(1)"), (False, False), ("TUR", "GRC")),
        ((C, "32(1)"), ("echr-1950", "3"), (False, False), ("TUR", "GRC")),
        ((C, "33(1)"), ("cat-1984", "3(1)"), (True, True), None),
    ],
    ids=["33-CAT-peremptory", "33-ECHR-peremptory", "33-CAT-inter-se", "32-ECHR-inter-se", "both"],
)
def test_on_the_wider_notion_the_bar_stands_against_the_permission_vclt_53_30_2(
    permission: tuple[str, str],
    bar: tuple[str, str],
    doctrine: tuple[bool, bool],
    between: tuple[str, ...] | None,
) -> None:
    """VCLT art. 53 (a peremptory norm is one "from which no derogation is permitted": a
    prohibition, not an exception to one), Refugee Convention art. 5 and VCLT art. 30(2): on the
    wider notion of conflict the permission of art. 33(2) (or art. 32(1)'s grounds) conflicts with
    CAT art. 3(1) or ECHR art. 3, and the bar stands. The ruling itself is NO_CONFLICT on the
    strict notion, as before. Before, the note ranked the whole of art. 33(1) or 32(1) against the
    bar: "PEREMPTORY_NORM (Refugee Convention art. 33(1) prevails)", "INTER_SE_BARRED (Refugee
    Convention art. 33(1) prevails)", "LEX_POSTERIOR (Refugee Convention art. 32(1))"."""
    obs = _tur()
    r, t = doctrine
    view = rl.Doctrine(non_refoulement_peremptory=r, torture_non_refoulement_peremptory=t)
    for inter_se in (True, False, None):
        ruling = rl.resolve_conflict(
            obs[permission],
            obs[bar],
            on="2010-06-30",
            doctrine=attrs.evolve(view, inter_se_modification=inter_se),
            between=between,
        )
        assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT
        assert STRICT_CONFLICT_READING in ruling.finding.all_assumptions()
        note = ruling.finding.find("conflict on the wider notion")
        assert note is not None
        assert note.verdict is rl.Verdict.MET
        stands = str(obs[bar].citation)
        assert f"and {stands} stands" in note.reason
        assert f"{stands} prevails over the permission" in note.reason
        for wrong in ("PEREMPTORY_NORM", "INTER_SE_BARRED", "LEX_POSTERIOR", "UNRESOLVED"):
            assert wrong not in note.reason
        assert f"{obs[permission].citation} prevails" not in note.reason
        assert rl.Citation("vclt-1969", "53") in note.citations
        assert rl.Citation(C, "5") in note.citations
        assert rl.Citation("vclt-1969", "30(2)") in note.citations


def test_two_articles_of_the_convention_are_read_together_on_the_wider_notion_vclt_31_1() -> None:
    """Refugee Convention arts 32(1) and 33(1), VCLT art. 31(1): on the wider notion art. 33(2)
    permits a refoulement art. 32(1) may bar, and art. 32(1)'s grounds an expulsion art. 33(1) may
    bar; both are the Convention's, read together, and the State may remove only where both
    permit it. Before: the note applied the rules of precedence to two articles of one treaty."""
    obs = _tur()
    ruling = rl.resolve_conflict(obs[(C, "33(1)")], obs[(C, "32(1)")], on="2010-06-30")
    assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT
    note = ruling.finding.find("conflict on the wider notion")
    assert note is not None
    assert "the State may remove only where both permit it" in note.reason
    assert rl.Citation("vclt-1969", "31(1)") in note.citations
    assert rl.Citation(C, "5") not in note.citations


def test_on_the_wider_notion_custom_is_split_by_limb_with_the_exceptions_reading_named() -> None:
    """Refugee Convention art. 33(2) and customary non-refoulement, on the wider notion of conflict:
    custom's refugee limb is read with art. 33(2)'s exceptions (``law.custom.EXCEPTIONS_READING``,
    as the return rules read it), so the permission lifts it and the two do not conflict in it on
    any notion; custom's torture limb admits no such exception and stands, from CAT art. 3's
    adoption (10 December 1984) on. Before it, the limb is not shown: UNKNOWN. Against art.
    32(1)'s grounds the refugee limb stands too, and the reading decides nothing. Before (review
    s34 own2 F4): "customary international law, non-refoulement stands" whole, MET, the reading
    not named, and "if it does, the two do not conflict on any notion" (ignoring the torture
    limb)."""
    from refugeelaw.law.custom import EXCEPTIONS_READING

    rows = [
        ("2010-06-30", "33(1)", rl.Verdict.MET, True),
        ("1983-06-01", "33(1)", rl.Verdict.UNKNOWN, True),
        ("2010-06-30", "32(1)", rl.Verdict.MET, False),
    ]
    for on, permission, verdict, named in rows:
        obs = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on=on)}
        ruling = rl.resolve_conflict(
            obs[(C, permission)], obs[("customary-international-law", "non-refoulement")], on=on
        )
        assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT
        assert STRICT_CONFLICT_READING in ruling.finding.all_assumptions()
        note = ruling.finding.find("conflict on the wider notion")
        assert note is not None
        assert note.verdict is verdict, (on, permission, note.reason)
        assert (EXCEPTIONS_READING in ruling.finding.all_assumptions()) is named
        assert "non-refoulement stands:" not in note.reason
        assert "if it does, the two do not conflict on any notion" not in note.reason
        if named:
            assert "in that limb the two do not conflict on any notion" in note.reason
        else:
            assert "its refugee limb stands" in note.reason
        if verdict is rl.Verdict.MET:
            assert "torture limb, which admits no exception of art. 33(2)'s kind, stands" in (
                note.reason
            )
        else:
            assert "is not shown before the earliest evidence the library holds" in note.reason


@pytest.mark.parametrize(
    ("bar", "absolute"),
    [
        (("cat-1984", "3(1)"), True),
        (("echr-1950", "3"), True),
        (("iccpr-1966", "7"), True),
        (("echr-1950", "2(1)"), False),
        (("echr-1950", "6(1)"), False),
        (("iccpr-1966", "6(1)"), False),
    ],
)
def test_only_the_torture_bars_are_said_to_admit_no_exception_themselves(
    bar: tuple[str, str], absolute: bool
) -> None:
    """CAT art. 3, ICCPR art. 7 and ECHR art. 3 state no exception; ECHR art. 2(1) excepts "the
    execution of a sentence of a court", ICCPR art. 6(2) permits the death penalty where it is not
    abolished, and ECHR art. 6 bars a removal only to a flagrant denial of justice (*Othman*). The
    wider notion's note says "itself admits no exception" of the first three alone. Before (review
    s34 own2 F5): of all six."""
    deu = _deu()
    ruling = rl.resolve_conflict(deu[(C, "33(1)")], deu[bar], on=ON)
    note = ruling.finding.find("conflict on the wider notion")
    assert note is not None
    said = f"{deu[bar].citation} itself admits no exception" in note.reason
    assert said is absolute


def test_the_convention_article_5_is_held_verbatim() -> None:
    """Refugee Convention art. 5, the clause the wider notion's note quotes: held verbatim, from
    the same authentic text as the Convention's other articles."""
    held = rl.provision(C, "5")
    assert held.text == (
        "Nothing in this Convention shall be deemed to impair any rights and benefits granted by "
        "a Contracting State to refugees apart from this Convention."
    )
    assert held.verbatim


def test_the_conflict_clause_rule_claims_no_absence_in_a_text_it_holds_only_in_part_vclt_30_2() -> (
    None
):
    """VCLT art. 30(2): of CAT the library holds the articles it applies, not art. 16(2) or the
    rest; that CAT has no clause subordinating it to a later agreement is an assumption named,
    not a fact stated. Before: "neither treaty has a clause subordinating it to the other", for
    every multilateral treaty."""
    deal, ob = _deal(), _readmit()
    ruling = rl.resolve_conflict(
        _deu()[("cat-1984", "3(1)")],
        ob,
        on=ON,
        doctrine=rl.Doctrine(torture_non_refoulement_peremptory=False, inter_se_modification=True),
        instruments=[deal],
    )
    found = ruling.finding.find("conflict clause (VCLT art. 30(2))")
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    assert "as far as the library holds its text" in found.reason
    (stated,) = found.assumptions
    assert "only some provisions of the CAT are held, not its whole text" in stated
    assert stated in ruling.finding.all_assumptions()


# ---------------------------------------------------------------------------------------------
# F3: obligations of two different States
# ---------------------------------------------------------------------------------------------


def test_two_states_obligations_do_not_conflict_un_charter_103_vclt_30() -> None:
    """UN Charter Art. 103 ("the obligations of the Members [...] under the present Charter and
    their obligations under any other international agreement") and VCLT art. 30(1) rank the
    obligations of one State. The United States' duty under Art. 25 and China's art. 33(1), or
    the United States' art. 33(1) and China's duty under the 1986 protocol: NO_CONFLICT, on every
    view, either way round. Before: CHARTER_ART_103 ("for United States [...] UN Charter Art. 25
    prevails over Refugee Convention art. 33(1)"), and UNRESOLVED ("United States and China
    remains bound by both")."""
    on = "2004-06-30"
    chn = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on=on)}
    usa = {(o.instrument, o.provision): o for o in rl.obligations_of("USA", on=on)}
    council = rl.StateObligation(
        state="USA",
        instrument="un-charter-1945",
        provision="25",
        duty="to carry out a binding Security Council decision",
        basis=rl.Basis.TREATY,
        since=None,
        owed_to="the UN",
    )
    pairs = [
        (council, chn[(C, "33(1)")]),
        (usa[(C, "33(1)")], chn[("china-dprk-border-protocol-1986", "return")]),
    ]
    for view in VIEWS[::4]:
        for first, second in pairs:
            for a, b in ((first, second), (second, first)):
                ruling = rl.resolve_conflict(a, b, on=on, doctrine=view)
                assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT, ruling.explain()
                assert ruling.prevailing is None
                assert ruling.void == ()
                assert ruling.residual_responsibility == ()
                assert "obligations of different States do not conflict" in ruling.finding.reason
                assert "remains bound by both" not in ruling.explain()


def test_two_states_permission_and_bar_conflict_on_no_notion_and_name_no_reading() -> None:
    """UN Charter Art. 103 and VCLT art. 30(1) rank the obligations of one State: Türkiye's
    permission under Refugee Convention art. 33(2) cannot conflict with Germany's CAT art. 3(1)
    bar on any notion of conflict, so the ruling has no note on the wider notion and names no
    reading of it. Before (review s34 own2 F3): a note "MET ... conflict" and
    STRICT_CONFLICT_READING named."""
    on = "2010-06-30"
    tur, deu = _tur(on), _deu(on)
    for a, b in (
        (tur[(C, "33(1)")], deu[("cat-1984", "3(1)")]),
        (deu[("cat-1984", "3(1)")], tur[(C, "33(1)")]),
    ):
        ruling = rl.resolve_conflict(a, b, on=on)
        assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT
        assert "obligations of different States do not conflict" in ruling.finding.reason
        assert ruling.finding.find("conflict on the wider notion") is None
        assert STRICT_CONFLICT_READING not in ruling.finding.all_assumptions()


def test_a_callers_duty_ranked_against_article_35_1_names_what_it_is_taken_to_require() -> None:
    """Refugee Convention art. 35(1) (co-operation with UNHCR) says nothing of removing a person,
    and conflicts on no notion with a duty to remove (the hand-back protocols: NO_CONFLICT). A
    caller's duty to readmit states no removal kind the library can read, so the rules rank it
    as given (LEX_POSTERIOR, unchanged), and the ruling now names that premise: if the duty
    requires only removals, the two do not conflict and neither prevails (review s34 own2 F6)."""
    view = rl.Doctrine(
        non_refoulement_peremptory=False,
        torture_non_refoulement_peremptory=False,
        inter_se_modification=True,
    )
    ruling = rl.resolve_conflict(
        _deu()[(C, "35(1)")], _readmit(), on=ON, doctrine=view, instruments=[_deal()]
    )
    assert ruling.rule is rl.PrecedenceRule.LEX_POSTERIOR
    premise = next(
        a
        for a in ruling.finding.all_assumptions()
        if a.startswith("A Germany–Türkiye readmission agreement (hypothetical) is ranked")
    )
    assert "whether it requires only the removal of persons" in premise
    assert "does not conflict with it on any notion of conflict" in premise
    on = "2004-06-30"
    chn = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on=on)}
    ruling = rl.resolve_conflict(chn[(C, "35(1)")], chn[(P86, "return")], on=on, doctrine=view)
    assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT
