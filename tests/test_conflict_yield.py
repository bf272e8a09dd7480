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
"""

from __future__ import annotations

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


def test_custom_held_peremptory_in_its_refugee_limb_voids_no_agreement_subject_to_the_convention() -> (
    None
):
    """VCLT arts 53 and 30(2): customary non-refoulement held peremptory in its refugee limb alone
    meets an agreement subject to the Refugee Convention, which states that limb: the agreement
    is not void; in the torture limb, held not peremptory, it ranks as against any custom
    (BETWEEN_PARTIES: it governs between its parties at most, VCLT art. 34). Before:
    PEREMPTORY_NORM, the agreement void."""
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


def test_whether_custom_admits_article_33_2_is_said_to_be_disputed_on_the_wider_notion() -> None:
    """Refugee Convention art. 33(2) and customary non-refoulement: whether custom admits the
    Convention's exceptions is disputed; on the wider notion the customary bar stands, and the
    note says that if custom admits them there is no conflict on any notion."""
    obs = _tur()
    ruling = rl.resolve_conflict(
        obs[(C, "33(1)")], obs[("customary-international-law", "non-refoulement")], on="2010-06-30"
    )
    assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT
    note = ruling.finding.find("conflict on the wider notion")
    assert note is not None
    assert "and customary international law, non-refoulement stands" in note.reason
    assert "is itself disputed" in note.reason


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
