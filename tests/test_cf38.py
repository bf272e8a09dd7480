"""Review s38 cf38: which norm prevails (a caller's own bar on return read as the provision states
it; UN Charter Art. 103 and the Al-Jedda presumption for every individual right held)."""

from __future__ import annotations

import refugeelaw as rl

CAT = "cat-1984"
P86 = "china-dprk-border-protocol-1986"
NEITHER = rl.Doctrine(non_refoulement_peremptory=False, torture_non_refoulement_peremptory=False)
TORTURE = rl.Doctrine(torture_non_refoulement_peremptory=True)
ON_2004 = "2004-06-30"
ON_2018 = "2018-06-01"


def _obs(state: str, on: str) -> dict[tuple[str, str], rl.StateObligation]:
    return {(o.instrument, o.provision): o for o in rl.obligations_of(state, on=on)}


def _own(
    state: str, instrument: str, provision: str, since: str | None = None
) -> rl.StateObligation:
    """A caller's own obligation, built without ``norm``."""
    return rl.StateObligation(
        state=state,
        instrument=instrument,
        provision=provision,
        duty="as the caller states it",
        basis=rl.Basis.TREATY,
        since=since,
        owed_to="every other party",
    )


def _council(state: str) -> rl.StateObligation:
    return rl.StateObligation(
        state=state,
        instrument="un-charter-1945",
        provision="25",
        duty="to carry out a Security Council decision to repatriate every national of a State "
        "(hypothetical)",
        basis=rl.Basis.TREATY,
        since=None,
        owed_to="the United Nations and its Members",
    )


# --- F1: a caller's own CAT art. 3(1) is the bar on return CAT art. 3(1) states ---------------


def test_own_cat_article_3_without_norm_conflicts_with_the_1986_protocol_like_the_librarys() -> (
    None
):
    """CAT art. 3(1): "No State Party shall expel, return ('refouler') or extradite a person" to a
    risk of torture. A caller's own CAT art. 3(1) for China, given without ``norm``, against the
    1986 China–DPRK protocol's duty to hand back gets the ruling the library's own does (VCLT art.
    30(4)(b), art. 30(5) responsibility kept). Before: NO_CONFLICT, CAT art. 3(1) read as a duty
    "which says nothing of removing a person"."""
    obs = _obs("CHN", ON_2004)
    handback = obs[(P86, "return")]
    own = _own("CHN", CAT, "3(1)", since="1988-11-03")
    assert own.norm is None
    mine = rl.resolve_conflict(own, handback, on=ON_2004, doctrine=NEITHER)
    library = rl.resolve_conflict(obs[(CAT, "3(1)")], handback, on=ON_2004, doctrine=NEITHER)
    assert mine.rule is rl.PrecedenceRule.COMMON_TREATY, mine.explain()
    assert str(mine) == str(library)
    assert "says nothing of removing a person" not in mine.explain()
    assert mine.residual_responsibility == library.residual_responsibility


def test_own_cat_article_3_held_peremptory_prevails_over_a_council_decision_ilc_conclusion_16() -> (
    None
):
    """CAT art. 3(1) on the view that the duty not to return a person to torture is peremptory: a
    Security Council decision does not prevail over it under UN Charter Art. 103 (ILC 2022 draft
    conclusion 16), the caller's own obligation as the library's. Before: CHARTER_ART_103, "UN
    Charter Art. 25 prevails over CAT art. 3(1)", the peremptory-norm rule finding "neither
    obligation reflects a peremptory norm"."""
    own = _own("GBR", CAT, "3(1)")
    library = _obs("GBR", ON_2018)[(CAT, "3(1)")]
    for ob in (own, library):
        r = rl.resolve_conflict(_council("GBR"), ob, on=ON_2018, doctrine=TORTURE)
        assert r.rule is rl.PrecedenceRule.PEREMPTORY_NORM, r.explain()
        assert r.prevailing is not None
        assert r.prevailing.citation == rl.Citation(CAT, "3(1)")
        assert r.prevailing.norm == "non-refoulement"
        assert TORTURE.position("torture_non_refoulement_peremptory") in (
            r.finding.all_assumptions()
        )


def test_own_cat_article_3_not_peremptory_yields_to_a_council_decision_on_the_al_jedda_premise() -> (
    None
):
    """UN Charter Art. 103 against CAT art. 3(1) held not peremptory: the decision prevails only on
    the premise that it requires the return in clear terms (Al-Jedda v United Kingdom, ECtHR GC
    2011), which the ruling names and cites for the caller's own obligation too. Before: the
    premise and the case were left out for it."""
    r = rl.resolve_conflict(
        _council("GBR"),
        _own("GBR", CAT, "3(1)"),
        on=ON_2018,
        doctrine=rl.Doctrine(torture_non_refoulement_peremptory=False),
    )
    assert r.rule is rl.PrecedenceRule.CHARTER_ART_103
    step = r.finding.find("UN Charter Art. 103")
    assert step is not None
    assert rl.Citation("ecthr-al-jedda-2011", "102") in step.citations
    assert any("clear and explicit terms" in a for a in r.finding.all_assumptions())


def test_a_provision_stating_no_bar_is_not_read_as_one_refugee_convention_art_35() -> None:
    """Only a provision the catalogue holds as a bar on return is read as one: Refugee Convention
    art. 35(1) (co-operation with UNHCR), the caller's own, stays a duty about something else and
    gets the ruling the library's own does."""
    obs = _obs("CHN", ON_2004)
    handback = obs[(P86, "return")]
    mine = rl.resolve_conflict(
        _own("CHN", "refugee-convention-1951", "35(1)"), handback, on=ON_2004
    )
    library = rl.resolve_conflict(obs[("refugee-convention-1951", "35(1)")], handback, on=ON_2004)
    assert mine.rule is library.rule is rl.PrecedenceRule.NO_CONFLICT, mine.explain()
    assert "says nothing of removing a person" in mine.explain()


# --- F2: UN Charter Art. 103 and the Al-Jedda presumption for every individual right held ------

#: Rights of refugees and aliens a Council decision to repatriate meets, besides the bars on return.
RIGHTS = (
    ("refugee-convention-1951", "31(2)"),
    ("refugee-convention-1951", "32(2)"),
    ("refugee-convention-1951", "32(3)"),
    ("iccpr-1966", "12(2)"),
    ("iccpr-1966", "13"),
    ("iccpr-1966", "14(1)"),
)


def test_council_decision_over_expulsion_safeguards_rests_on_al_jedda_refugee_convention_32_2() -> (
    None
):
    """UN Charter Art. 103 against Refugee Convention art. 32(2) ("only in pursuance of a decision
    reached in accordance with due process of law"), ICCPR art. 13 and the other rights listed: a
    Council decision prevails only on the premise that it requires the breach in clear and explicit
    terms (Al-Jedda v United Kingdom, ECtHR GC 2011, which read a resolution against the right to
    liberty, ECHR art. 5(1)), named and the case cited, as for art. 32(1). Before: "UN Charter Art.
    25 prevails over Refugee Convention art. 32(2)" with neither."""
    for instrument, provision in RIGHTS:
        right = _own("GBR", instrument, provision)
        r = rl.resolve_conflict(_council("GBR"), right, on=ON_2018)
        assert r.rule is rl.PrecedenceRule.CHARTER_ART_103, (provision, r.explain())
        step = r.finding.find("UN Charter Art. 103")
        assert step is not None
        assert rl.Citation("ecthr-al-jedda-2011", "102") in step.citations, provision
        premise = [a for a in r.finding.all_assumptions() if "clear and explicit terms" in a]
        assert premise == [
            "the Security Council decision is taken to require, in clear and explicit terms, what "
            f"{right.citation} forbids: a resolution is presumed not to oblige States to breach "
            "fundamental principles of human rights, and one that does not say so is read to "
            "avoid the conflict (Al-Jedda v United Kingdom, para. 102), leaving none for Art. 103 "
            "to resolve"
        ], provision


def test_council_decision_over_a_duty_to_co_operate_with_unhcr_names_no_al_jedda_premise() -> None:
    """Refugee Convention art. 35(1) (co-operation with UNHCR) is a duty owed to the other parties,
    not a right of the individual: the presumption about fundamental principles of human rights is
    not named against it."""
    art35 = _obs("GBR", ON_2018)[("refugee-convention-1951", "35(1)")]
    r = rl.resolve_conflict(_council("GBR"), art35, on=ON_2018)
    assert not any("clear and explicit terms" in a for a in r.finding.all_assumptions())


# --- F3: a peremptory norm against a Council decision: ILC 2022 conclusion 16, to the extent ---


def test_peremptory_norm_over_a_council_decision_cites_conclusion_16_not_vclt_44_5() -> None:
    """ILC Draft conclusions on peremptory norms (2022), conclusion 16: a decision "that would
    otherwise have binding effect does not create obligations under international law if and to
    the extent that they conflict with a peremptory norm". On the view that refugee
    non-refoulement is peremptory, Refugee Convention art. 33(1) prevails over a Council decision
    to that extent, the decision binding in the rest. Before: the ruling cited VCLT art. 44(5) (no
    separation of a treaty void under art. 53) and art. 64, and not conclusion 16."""
    art33 = _obs("CHN", "2010-01-01")[("refugee-convention-1951", "33(1)")]
    r = rl.resolve_conflict(
        _council("CHN"),
        art33,
        on="2010-01-01",
        doctrine=rl.Doctrine(non_refoulement_peremptory=True),
    )
    assert r.rule is rl.PrecedenceRule.PEREMPTORY_NORM
    assert r.void == ()
    step = r.finding.find("peremptory norm (VCLT arts 53, 64)")
    assert step is not None
    assert rl.Citation("ilc-peremptory-norms-2022", "conclusion(16)") in step.citations
    assert rl.Citation("vclt-1969", "44(5)") not in step.citations
    assert rl.Citation("vclt-1969", "64") not in step.citations
    assert str(r).endswith(
        "which Art. 103 does not reach: the decision creates no obligation to the extent that it "
        "conflicts with the norm, and binds in the rest (ILC Draft conclusions on peremptory "
        "norms, 2022, conclusion 16)"
    )


def test_peremptory_norm_over_the_1986_protocol_still_cites_vclt_44_5() -> None:
    """VCLT arts 53, 64 and 44(5) still govern a treaty void for conflict with a peremptory norm:
    the 1986 China–DPRK protocol's hand-back duty against art. 33(1) held peremptory."""
    obs = _obs("CHN", ON_2004)
    r = rl.resolve_conflict(
        obs[("refugee-convention-1951", "33(1)")],
        obs[(P86, "return")],
        on=ON_2004,
        doctrine=rl.Doctrine(non_refoulement_peremptory=True),
    )
    assert r.void == (P86,)
    step = r.finding.find("peremptory norm (VCLT arts 53, 64)")
    assert step is not None
    assert rl.Citation("vclt-1969", "44(5)") in step.citations
