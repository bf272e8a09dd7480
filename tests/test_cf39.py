"""Review s39 cf39: conflict of norms (VCLT art. 30(4) where a State concerned's participation is
beyond the data; a caller's own instrument cited by its title, not its key)."""

from __future__ import annotations

import refugeelaw as rl

C = "refugee-convention-1951"
P86 = "china-dprk-border-protocol-1986"
NEITHER = rl.Doctrine(non_refoulement_peremptory=False, torture_non_refoulement_peremptory=False)
ON_2004 = "2004-06-30"
ON_2020 = "2020-01-01"


def _china(on: str, doctrine: rl.Doctrine = NEITHER) -> rl.PrecedenceRuling:
    """China's Refugee Convention art. 33(1) against its duty to hand back under the 1986
    protocol, between China and the DPRK."""
    obs = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on=on)}
    return rl.resolve_conflict(obs[(C, "33(1)")], obs[(P86, "return")], on=on, doctrine=doctrine)


def _mou(key: str, kind: str = "bilateral") -> rl.instruments.Instrument:
    return rl.instruments.Instrument(
        key=key,
        title="Thailand-Myanmar readmission memorandum (hypothetical)",
        short_title="Thai-Myanmar MOU",
        kind=kind,
        adopted="2015-01-15",
        status="unverified",
    )


# --- F1: VCLT art. 30(4) where whether the DPRK is a party is beyond the data -------------------


def test_vclt_30_4_china_dprk_after_the_horizon_names_the_missing_fact_and_each_answer() -> None:
    """VCLT art. 30(4)(a)/(b): past the participation data's horizon (2015-03-12) whether the
    DPRK has joined the Refugee Convention or the Protocol is unknown, and art. 30(4) turns on
    it: a party to both, art. 30(4)(a) (read with arts 30(5), 41(1)(b)); a party to the protocol
    alone, art. 30(4)(b), the protocol governing between China and the DPRK. Before: UNRESOLVED,
    "no rule of precedence ranks ... on the facts the library holds", no branch said."""
    ruling = _china(ON_2020)
    assert ruling.rule is rl.PrecedenceRule.UNRESOLVED
    reason = ruling.finding.reason
    assert "no rule of precedence ranks" not in reason
    assert reason.startswith(
        "whether North Korea is a party to the Refugee Convention and the 1967 Protocol on "
        "2020-01-01 is beyond the data (see party_status), and art. 30(3)-(4) turns on it: if it "
        "is, as between China and North Korea, parties to both treaties, whether 1986 China–DPRK "
        "Border Protocol, return governs their relations (art. 30(4)(a))"
    )
    assert (
        "; if a party to neither the Refugee Convention nor the 1967 Protocol, as between China "
        "and North Korea, 1986 China–DPRK Border Protocol, return governs their mutual relations "
        "(VCLT art. 30(4)(b))"
    ) in reason
    step = next(f for f in ruling.finding.children if f.element.startswith("successive treaties"))
    assert step.verdict is rl.Verdict.UNKNOWN
    cited = {str(x) for x in step.citations}
    assert {"VCLT art. 30(4)(a)", "VCLT art. 30(4)(b)", "VCLT art. 41(1)(b)"} <= cited
    # The contested position the party branch rests on is named among those relied on.
    assert any(a.startswith("inter_se_modification=None") for a in ruling.finding.all_assumptions())


def test_vclt_41_1_b_held_the_party_branch_keeps_article_33_the_other_governs_by_30_4_b() -> None:
    """VCLT art. 41(1)(b) held to bar an inter se modification of a duty owed to every party:
    were the DPRK a party, art. 33(1) would prevail between China and the DPRK (arts 30(5),
    41(1)(b)); were it not, the 1986 protocol governs (art. 30(4)(b)). Both are said in 2020."""
    ruling = _china(
        ON_2020,
        rl.Doctrine(
            non_refoulement_peremptory=False,
            torture_non_refoulement_peremptory=False,
            inter_se_modification=False,
        ),
    )
    assert ruling.rule is rl.PrecedenceRule.UNRESOLVED
    reason = ruling.finding.reason
    assert (
        "if it is, as between China and North Korea, parties to both treaties, Refugee "
        "Convention art. 33(1) prevails over the later 1986 China–DPRK Border Protocol, return"
    ) in reason
    assert "return governs their mutual relations (VCLT art. 30(4)(b))" in reason


def test_vclt_30_4_b_within_the_horizon_is_unchanged_the_protocol_governs_in_2004() -> None:
    """VCLT art. 30(4)(b) on 30 June 2004, within what the data speaks for: the DPRK no party to
    the Convention or the Protocol, the 1986 protocol governs between China and the DPRK, art.
    30(5) keeping China's responsibility (as before the change)."""
    ruling = _china(ON_2004)
    assert ruling.rule is rl.PrecedenceRule.COMMON_TREATY
    assert ruling.prevailing is not None
    assert str(ruling.prevailing.citation) == "1986 China–DPRK Border Protocol, return"
    assert "beyond the data" not in ruling.finding.reason


# --- F3: a caller's own instrument cited by its short title ------------------------------------


def test_a_callers_bilateral_treaty_is_cited_by_its_short_title_and_article() -> None:
    """A citation names a treaty as a lawyer writes it (``Citation.__str__``): a caller's own
    bilateral agreement by its short title, a numbered pinpoint as an article, a named part after
    a comma, as the library's own are. Before: "tha-mmr-mou-cf39 3", the key."""
    inst = _mou("tha-mmr-mou-cf39")
    assert str(rl.Citation(inst.key, "3")) == "Thai-Myanmar MOU art. 3"
    assert str(rl.Citation(inst.key, "return")) == "Thai-Myanmar MOU, return"
    assert str(rl.Citation(inst.key)) == "Thai-Myanmar MOU"


def test_a_callers_guidance_is_cited_by_its_title_without_an_article_label() -> None:
    """Only a treaty's numbered pinpoints are articles: a caller's own guidance (no treaty) is
    cited by its title and the pinpoint as given, never by its key."""
    inst = _mou("tha-mmr-guidance-cf39", kind="guidance")
    assert str(rl.Citation(inst.key, "8")) == "Thai-Myanmar MOU 8"


def test_vclt_30_4_b_ruling_on_a_callers_agreement_names_it_by_title_not_key() -> None:
    """CAT art. 3(1) of Thailand against its duty under a caller's Thailand–Myanmar agreement
    (Myanmar no party to CAT): between them the agreement governs (VCLT art. 30(4)(b)) on the
    view that the torture limb is not peremptory; the ruling names the agreement by its short
    title throughout. Before: "conflict between CAT art. 3(1) and tha-mmr-mou-cf39b 3"."""
    inst = _mou("tha-mmr-mou-cf39b")
    records = [
        rl.Participation(
            state=s,
            instrument=inst.key,
            action="ratification",
            deposited="2015-06-01",
            status="unverified",
        )
        for s in ("MMR", "THA")
    ]
    duty = rl.StateObligation(
        state="THA",
        instrument=inst.key,
        provision="3",
        duty="to return Myanmar nationals to Myanmar",
        basis=rl.Basis.TREATY,
        since="2015-06-01",
        owed_to="Myanmar",
        counterparties=("MMR",),
    )
    cat = next(
        o
        for o in rl.obligations_of("THA", on=ON_2020)
        if (o.instrument, o.provision)
        == (
            "cat-1984",
            "3(1)",
        )
    )
    ruling = rl.resolve_conflict(
        cat, duty, on=ON_2020, doctrine=NEITHER, instruments=[inst], extra=records
    )
    assert ruling.rule is rl.PrecedenceRule.COMMON_TREATY
    assert str(ruling).startswith(
        "COMMON_TREATY: as between Thailand and Myanmar, Thai-Myanmar MOU art. 3 governs their "
        "mutual relations (VCLT art. 30(4)(b))"
    )
    assert inst.key not in ruling.explain()
