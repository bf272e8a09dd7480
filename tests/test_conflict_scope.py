"""Which treaties a conflict is between, and whether there is a conflict at all (review s33, oblig
F1 and F2).

F1. 1967 Protocol art. I(1): "The States Parties to the present Protocol undertake to apply
articles 2 to 34 inclusive of the Convention". Convention art. 33 is owed under the Protocol among
its parties, as under the Convention among the Convention's (VCLT art. 26): a State party to both
owes it under each. For VCLT art. 30(4) a State is a party "to the treaty" carrying art. 33, toward
the obligated State, where both are parties to one of the two instruments; a party to the
Convention alone and a party to the Protocol alone owe each other art. 33 under neither (VCLT art.
34), so between them the treaty both are party to governs (art. 30(4)(b)). Either side of the same
conflict gets the same ruling.

F2. VCLT arts 30, 53 and 64 rank, or void a treaty for, a conflict: complying with one obligation
means breaching the other (Jenks, "The Conflict of Law-Making Treaties" (1953) 30 BYIL 401). Two
duties neither of which can require a removal (the duties catalogue's ``removal``) never conflict;
a permission to expel or return (Convention arts 32(1), 33(2)) is not a requirement. That a
permission does not conflict with a bar on what it permits holds on that strict notion only, a
reading the ruling names where it decides (review s33 own1 F6).
"""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest

import refugeelaw as rl
from refugeelaw.law.precedence import (
    PERMISSION,
    STRICT_CONFLICT,
    STRICT_CONFLICT_READING,
    permission_meets_bar,
    requires_removal,
)
from refugeelaw.sources.duties import catalogue

C = "refugee-convention-1951"
P = "refugee-protocol-1967"
ON = "2010-01-01"
ELEMENT = "successive treaties (VCLT art. 30(3)–(5))"
NOT_PEREMPTORY = rl.Doctrine(
    non_refoulement_peremptory=False, torture_non_refoulement_peremptory=False
)
INTER_SE = {
    None: rl.PrecedenceRule.UNRESOLVED,
    True: rl.PrecedenceRule.LEX_POSTERIOR,
    False: rl.PrecedenceRule.INTER_SE_BARRED,
}


def _agreement(a: str, b: str) -> tuple[rl.instruments.Instrument, list[rl.Participation]]:
    """A bilateral return agreement of the caller's own between ``a`` and ``b``, concluded in 2004,
    with both parties' records (the review's Canada–US Safe Third Country Agreement, generalised)."""
    inst = rl.instruments.Instrument(
        key=f"{a.lower()}-{b.lower()}-return-agreement",
        title=f"{a}-{b} return agreement (hypothetical)",
        short_title=f"{a}-{b} agreement",
        kind="bilateral",
        adopted="2004-01-15",
        rule=rl.instruments.EntryIntoForceRule("none"),
        status="unverified",
    )
    records = [
        rl.Participation(
            state=s,
            instrument=inst.key,
            action="ratification",
            deposited="2004-12-29",
            status="unverified",
        )
        for s in (a, b)
    ]
    return inst, records


def _art33(state: str, on: str = ON) -> rl.StateObligation:
    return next(o for o in rl.obligations_of(state, on=on) if o.provision == "33(1)")


def _return_duty(state: str, other: str, inst: rl.instruments.Instrument) -> rl.StateObligation:
    return rl.StateObligation(
        state=state,
        instrument=inst.key,
        provision="",
        duty="to return the claimant to the other party",
        basis=rl.Basis.TREATY,
        since="2004-12-29",
        owed_to="the other party",
        counterparties=(other,),
    )


def _ruling(state: str, other: str, inter_se: bool | None) -> rl.PrecedenceRuling:
    """``state``'s art. 33(1) against its duty to return under an agreement with ``other``."""
    inst, records = _agreement(*sorted((state, other)))
    return rl.resolve_conflict(
        _art33(state),
        _return_duty(state, other, inst),
        on=ON,
        doctrine=rl.Doctrine(non_refoulement_peremptory=False, inter_se_modification=inter_se),
        instruments=[inst],
        extra=records,
    )


# ---------------------------------------------------------------------------------------------
# F1: Protocol art. I(1) in VCLT art. 30
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("inter_se", [None, True, False])
def test_canada_and_the_united_states_are_both_parties_to_the_treaty_carrying_article_33(
    inter_se: bool | None,
) -> None:
    """Canada (party to the Convention and the Protocol) and the United States (the Protocol
    alone) both owe art. 33 under the Protocol (art. I(1)), and both are parties to their
    agreement: VCLT art. 30(4)(a), read with arts 30(5) and 41(1)(b), from either side.
    Before: Canada's side was COMMON_TREATY (art. 30(4)(b)), the agreement governing even with
    ``inter_se_modification=False``, the United States "only" a party to the agreement."""
    canada, us = _ruling("CAN", "USA", inter_se), _ruling("USA", "CAN", inter_se)
    assert canada.rule is us.rule is INTER_SE[inter_se]
    for ruling in (canada, us):
        found = ruling.finding.find(ELEMENT)
        assert found is not None
        assert "every state concerned" in found.reason
        assert "is party to both treaties" in found.reason
        assert "1967 Protocol: adopted 1967-01-31" in found.reason or inter_se is True
        if inter_se is False:
            assert ruling.prevailing is not None
            assert ruling.prevailing.citation == rl.Citation(C, "33(1)")
        if inter_se is True:
            assert ruling.prevailing is not None
            assert ruling.prevailing.instrument == "can-usa-return-agreement"
    for ruling in (canada, us):
        found = ruling.finding.find(ELEMENT)
        assert found is not None
        assert "only to" not in found.reason
        assert "holds no rights" not in ruling.explain()


def test_china_and_the_united_states_share_the_protocol_so_article_33_governs_between_them() -> (
    None
):
    """VCLT art. 30(4)(b): China is party to the refugee treaties and to the 1986 protocol with the
    DPRK; the United States only to the 1967 Protocol, under whose art. I(1) China owes it art. 33.
    Between them the Protocol governs, as the Convention and Protocol do between China and South
    Korea. Before: UNRESOLVED, "not parties in a pattern art. 30 addresses"."""
    obs = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on="2010-06-30")}
    art33 = obs[(C, "33(1)")]
    handback = obs[("china-dprk-border-protocol-1986", "return")]
    for other, treaties in (("USA", "1967 Protocol"), ("KOR", "Refugee Convention and the 1967")):
        ruling = rl.resolve_conflict(
            art33, handback, on="2010-06-30", doctrine=NOT_PEREMPTORY, between=["CHN", other]
        )
        assert ruling.rule is rl.PrecedenceRule.COMMON_TREATY
        assert ruling.prevailing == art33
        found = ruling.finding.find(ELEMENT)
        assert found is not None
        assert rl.Citation("vclt-1969", "30(4)(b)") in found.citations
        assert f"only to {treaties}" in found.reason


def test_a_party_to_the_convention_alone_and_a_party_to_the_protocol_alone_share_neither() -> None:
    """Saint Kitts and Nevis is party to the Convention alone, the United States and Venezuela to the
    Protocol alone: neither instrument binds both, so neither owes the other art. 33 (VCLT arts 26,
    34; Protocol art. I(1) binds only the Protocol's parties), and between them their agreement
    governs (VCLT art. 30(4)(b)), each keeping its responsibility to the parties of the instrument
    it is party to (art. 30(5)). From either side."""
    for other in ("USA", "VEN"):
        kna, them = _ruling("KNA", other, False), _ruling(other, "KNA", False)
        for ruling, owed in ((kna, "Refugee Convention"), (them, "1967 Protocol")):
            assert ruling.rule is rl.PrecedenceRule.COMMON_TREATY, ruling.explain()
            assert ruling.prevailing is not None
            assert ruling.prevailing.instrument.endswith("-return-agreement")
            assert ruling.residual_responsibility[0].endswith(
                f"to the other parties of the {owed} for any breach of art. 33(1) (VCLT art. 30(5))"
            )
            assert f"holds no rights under the {owed}, whose" in str(ruling)


STATES = ("CAN", "USA", "CHN", "KOR", "KNA", "VEN")
#: The pairs that share neither refugee instrument: a Convention-only and a Protocol-only party.
SHARE_NEITHER = {frozenset({"KNA", "USA"}), frozenset({"KNA", "VEN"})}


@pytest.mark.parametrize("inter_se", [None, True, False])
@pytest.mark.parametrize("pair", list(itertools.combinations(STATES, 2)), ids="-".join)
def test_either_side_of_the_same_conflict_gets_the_same_ruling(
    pair: tuple[str, str], inter_se: bool | None
) -> None:
    """The same two States, the same two treaties (art. 33 and their agreement), asked from either
    side, get the same rule under VCLT art. 30: art. 30(4)(a) where both owe art. 33 under one of
    the refugee instruments (Protocol art. I(1)), art. 30(4)(b) where they share neither."""
    a, b = pair
    one, two = _ruling(a, b, inter_se), _ruling(b, a, inter_se)
    assert one.rule is two.rule, (one.explain(), two.explain())
    assert [x.rule for x in one.branches] == [x.rule for x in two.branches]
    shown = [r.prevailing.citation if r.prevailing else None for r in (one, two)]
    assert shown[0] == shown[1]
    if frozenset(pair) in SHARE_NEITHER:
        assert one.rule is rl.PrecedenceRule.COMMON_TREATY
    else:
        assert one.rule is INTER_SE[inter_se]


def test_a_user_built_article_33_for_a_protocol_party_binds_through_the_protocol() -> None:
    """An art. 33(1) obligation the caller builds for the United States without ``via`` still binds
    it through Protocol art. I(1), and gets the ruling ``obligations_of``'s does (before: "did
    not bind United States", NO_CONFLICT, the Convention alone consulted)."""
    listed = _art33("USA")
    built = rl.StateObligation(
        state="USA",
        instrument=C,
        provision="33(1)",
        duty=listed.duty,
        basis=rl.Basis.TREATY,
        since=None,
        owed_to=listed.owed_to,
        norm=listed.norm,
    )
    inst, records = _agreement("CAN", "USA")
    rulings = [
        rl.resolve_conflict(
            ob,
            _return_duty("USA", "CAN", inst),
            on=ON,
            doctrine=rl.Doctrine(non_refoulement_peremptory=False, inter_se_modification=False),
            instruments=[inst],
            extra=records,
        )
        for ob in (listed, built)
    ]
    assert [r.rule for r in rulings] == [rl.PrecedenceRule.INTER_SE_BARRED] * 2


def test_the_protocol_applies_articles_2_to_34_and_the_catalogue_agrees() -> None:
    """Protocol art. I(1): arts 2 to 34 inclusive; the duties catalogue's ``through_protocol`` says
    the same of each Convention duty it holds (33(1), 31(1), 32(1) yes; 35(1) no, the Protocol's
    own art. II(1) being its counterpart)."""
    from refugeelaw.law.obligations import applied_by_protocol

    assert applied_by_protocol(C, "2")
    assert applied_by_protocol(C, "34")
    assert not applied_by_protocol(C, "1A(2)")
    assert not applied_by_protocol(C, "35(1)")
    assert not applied_by_protocol(P, "33(1)")
    for d in catalogue():
        assert d.through_protocol == applied_by_protocol(d.instrument, d.provision), d


# ---------------------------------------------------------------------------------------------
# F2: duties that cannot require a removal do not conflict
# ---------------------------------------------------------------------------------------------


def _gbr() -> dict[tuple[str, str], rl.StateObligation]:
    return {(o.instrument, o.provision): o for o in rl.obligations_of("GBR", on=ON)}


PEREMPTORY = rl.Doctrine(torture_non_refoulement_peremptory=True, non_refoulement_peremptory=True)

#: The review's pairs, each with the doctrine it was run under and the rule it was given before.
REVIEW_PAIRS = [
    ((P, "IV"), ("cat-1984", "3(1)"), PEREMPTORY, rl.PrecedenceRule.PEREMPTORY_NORM),
    ((C, "33(1)"), (C, "35(1)"), PEREMPTORY, rl.PrecedenceRule.PEREMPTORY_NORM),
    ((C, "32(1)"), ("iccpr-1966", "7"), NOT_PEREMPTORY, rl.PrecedenceRule.UNRESOLVED),
    (
        (C, "31(1)"),
        ("customary-international-law", "non-refoulement"),
        NOT_PEREMPTORY,
        rl.PrecedenceRule.BETWEEN_PARTIES,
    ),
    ((C, "33(1)"), ("cat-1984", "3(1)"), rl.Doctrine(), rl.PrecedenceRule.NO_CONFLICT),
]


@pytest.mark.parametrize(
    ("first", "second", "doctrine", "before"),
    REVIEW_PAIRS,
    ids=[f"{a[1]}-{b[1]}" for a, b, _, _ in REVIEW_PAIRS],
)
def test_duties_that_cannot_require_a_removal_do_not_conflict(
    first: tuple[str, str],
    second: tuple[str, str],
    doctrine: rl.Doctrine,
    before: rl.PrecedenceRule,
) -> None:
    """VCLT arts 30, 53 and 64 rank, or void, only where complying with one obligation means
    breaching the other. Protocol art. IV (disputes to the ICJ), Convention art. 35(1)
    (co-operation with UNHCR), art. 31(1) (no penalties for illegal entry) and art. 32(1) (no
    expulsion save on grounds of national security or public order) can each be performed with
    every bar on return by not removing the person: NO_CONFLICT, either way round, and the 1967
    Protocol is never void. Before (the rule given): PEREMPTORY_NORM voiding the Protocol for art.
    IV against CAT art. 3(1), PEREMPTORY_NORM for art. 33(1) over art. 35(1), UNRESOLVED for art.
    32(1) and ICCPR art. 7 ("responsible for breaching either"), BETWEEN_PARTIES for art. 31(1)
    and custom; art. 33(1) and CAT art. 3(1) were already NO_CONFLICT."""
    obs = _gbr()
    for a, b in ((first, second), (second, first)):
        ruling = rl.resolve_conflict(obs[a], obs[b], on=ON, doctrine=doctrine)
        assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT, (before, ruling.explain())
        assert ruling.void == ()
        assert ruling.prevailing is None
        assert ruling.residual_responsibility == ()
        assert ruling.finding.verdict is rl.Verdict.NOT_MET
        if before is not rl.PrecedenceRule.NO_CONFLICT:
            assert STRICT_CONFLICT in ruling.finding.reason


def test_a_permission_to_expel_is_not_a_requirement() -> None:
    """Convention art. 32(1) ("shall not expel ... save on grounds of national security or public
    order") permits an expulsion it would otherwise bar and requires none; the ruling against
    ICCPR art. 7 says so, and names no responsibility "for breaching either"."""
    obs = _gbr()
    ruling = rl.resolve_conflict(
        obs[(C, "32(1)")], obs[("iccpr-1966", "7")], on=ON, doctrine=NOT_PEREMPTORY
    )
    assert PERMISSION in ruling.finding.reason
    assert "save on the grounds it names" in ruling.finding.reason
    assert "responsible for breaching either" not in ruling.finding.reason
    assert ruling.residual_responsibility == ()


#: The review's pairs again: whether one permits a removal the other bars, so that the strict
#: notion of conflict alone finds none, and the bar that stands on the wider notion.
WIDER = {
    "IV-3(1)": None,
    "33(1)-35(1)": None,
    "32(1)-7": "ICCPR art. 7",
    "31(1)-non-refoulement": None,
    "33(1)-3(1)": "CAT art. 3(1)",
}


@pytest.mark.parametrize(
    ("first", "second", "doctrine", "before"),
    REVIEW_PAIRS,
    ids=[f"{a[1]}-{b[1]}" for a, b, _, _ in REVIEW_PAIRS],
)
def test_the_strict_notion_of_conflict_is_named_where_a_permission_meets_a_bar(
    first: tuple[str, str],
    second: tuple[str, str],
    doctrine: rl.Doctrine,
    before: rl.PrecedenceRule,
) -> None:
    """Whether a permission conflicts with a prohibition is contested: on the strict notion
    (Jenks (1953) 30 BYIL 401) it does not, on the wider one a permissive norm may conflict with a
    prescriptive one (Vranes (2006) 17 EJIL 395). Convention art. 32(1) (expulsion permitted on
    grounds of national security or public order) against ICCPR art. 7, and art. 33(1) (refoulement
    permitted by art. 33(2)) against CAT art. 3(1), are NO_CONFLICT on the strict notion only: the
    ruling names STRICT_CONFLICT_READING among its positions and says, in a note, what the wider
    notion gives: the bar stands (review s34 conflict F2; before, the note ranked the whole of
    art. 32(1) or 33(1) against the bar: UNRESOLVED, here). Protocol art. IV, Convention arts
    35(1) and 31(1) neither permit nor require a removal: no notion finds a conflict, and no
    reading is named. Before (review s33 own1 F6): NO_CONFLICT on every pair, no reading named."""
    obs = _gbr()
    wider = WIDER[f"{first[1]}-{second[1]}"]
    for a, b in ((first, second), (second, first)):
        ruling = rl.resolve_conflict(obs[a], obs[b], on=ON, doctrine=doctrine)
        assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT
        assert permission_meets_bar(obs[a], obs[b]) is (wider is not None)
        named = STRICT_CONFLICT_READING in ruling.finding.all_assumptions()
        assert named is (wider is not None), ruling.explain()
        notes = [f for f in ruling.finding.children if f.element == "conflict on the wider notion"]
        if wider is None:
            assert notes == []
            continue
        assert len(notes) == 1
        assert notes[0].role == "note"
        assert f"and {wider} stands" in notes[0].reason
        assert "rules of precedence give" not in notes[0].reason


def test_a_permission_against_a_bar_not_yet_binding_names_no_reading() -> None:
    """VCLT arts 24, 28: on 1 January 1970 the ICCPR (in force 23 March 1976) bound no State, so
    there is no conflict on any notion with Convention art. 32(1), and the strict reading decides
    nothing: it is not named."""
    obs = _gbr()
    ruling = rl.resolve_conflict(
        obs[(C, "32(1)")], obs[("iccpr-1966", "7")], on="1970-01-01", doctrine=NOT_PEREMPTORY
    )
    assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT
    assert STRICT_CONFLICT_READING not in ruling.finding.all_assumptions()
    assert ruling.finding.children == ()


def test_the_1967_protocol_is_never_void_against_any_bar_on_return() -> None:
    """VCLT arts 53 and 64 void a treaty that "conflicts with" a peremptory norm. No duty of the
    1967 Protocol the library lists (arts II(1), IV, and the Convention's arts 31(1), 32(1), 33(1)
    it applies by art. I(1)) can require a return, so against no bar on return, on any view of
    which limbs are peremptory, is the Protocol void."""
    views = [
        rl.Doctrine(non_refoulement_peremptory=r, torture_non_refoulement_peremptory=t)
        for r, t in itertools.product((True, False, None), repeat=2)
    ]
    for state, on in (("GBR", ON), ("USA", ON), ("CHN", "2010-06-30")):
        obs = rl.obligations_of(state, on=on)
        protocol = [o for o in obs if P in (o.instrument, o.via)]
        bars = [o for o in obs if o.norm == "non-refoulement"]
        assert protocol
        assert bars
        for ours, bar in itertools.product(protocol, bars):
            for view in views:
                ruling = rl.resolve_conflict(ours, bar, on=on, doctrine=view)
                assert P not in ruling.void
                assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT, ruling.explain()


def test_a_duty_to_hand_back_still_conflicts_and_an_unknown_duty_is_taken_as_stated() -> None:
    """The rule reads only what the catalogue knows: the 1986 China–DPRK protocol's duty to hand
    back can require a return (``removal`` "requires"), so against art. 33(1) it is still ranked
    (VCLT art. 30(4)(b)); a duty of the caller's own naming no norm is of content the library
    does not know, and is ranked as stated."""
    obs = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on="2010-06-30")}
    handback = obs[("china-dprk-border-protocol-1986", "return")]
    assert requires_removal(handback) is True
    assert requires_removal(obs[(C, "33(1)")]) is False
    assert requires_removal(_gbr()[(P, "IV")]) is False
    ruling = rl.resolve_conflict(
        obs[(C, "33(1)")], handback, on="2010-06-30", doctrine=NOT_PEREMPTORY
    )
    assert ruling.rule is rl.PrecedenceRule.COMMON_TREATY
    inst, _records = _agreement("CAN", "USA")
    assert requires_removal(_return_duty("CAN", "USA", inst)) is None


@pytest.mark.parametrize(
    ("on", "protocol"),
    [
        ("2004-06-30", "china-dprk-border-protocol-1986"),
        ("1985-01-01", "china-dprk-border-protocol-1964"),
    ],
)
@pytest.mark.parametrize("other", [(C, "35(1)"), (P, "II(1)"), (C, "31(1)")])
@pytest.mark.parametrize(
    "doctrine",
    [
        rl.Doctrine(),
        NOT_PEREMPTORY,
        rl.Doctrine(non_refoulement_peremptory=False, torture_non_refoulement_peremptory=True),
    ],
)
def test_a_duty_to_hand_back_does_not_conflict_with_a_duty_about_something_else(
    on: str, protocol: str, other: tuple[str, str], doctrine: rl.Doctrine
) -> None:
    """Co-operation with UNHCR (Refugee Convention art. 35(1), Protocol art. II(1)) and no
    penalties for illegal entry (art. 31(1)) say nothing of removing a person: China hands a
    crosser back under the China-DPRK protocols and still performs them, so there is no conflict
    for VCLT art. 30 to rank nor for arts 53 and 64 to void, on every doctrine. Before: UNRESOLVED
    by default, COMMON_TREATY on the non-peremptory view ("China remains responsible ... for any
    breach of art. 35(1)") and PEREMPTORY_NORM voiding the protocol on the torture view. Against
    art. 33(1), a bar on return, the protocol is still ranked."""
    obs = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on=on)}
    handback = obs[(protocol, "return")]
    for a, b in ((obs[other], handback), (handback, obs[other])):
        ruling = rl.resolve_conflict(a, b, on=on, doctrine=doctrine)
        assert ruling.rule is rl.PrecedenceRule.NO_CONFLICT, ruling.explain()
        assert ruling.void == ()
        assert ruling.residual_responsibility == ()
        assert "which says nothing of removing a person" in ruling.finding.reason
    barred = rl.resolve_conflict(obs[(C, "33(1)")], handback, on=on, doctrine=NOT_PEREMPTORY)
    # Whether the 1964 protocol ever entered into force no source says (data review s35 F3): a
    # bar on return set against it is unresolved, not ranked.
    assert barred.rule is (
        rl.PrecedenceRule.COMMON_TREATY
        if protocol == "china-dprk-border-protocol-1986"
        else rl.PrecedenceRule.UNRESOLVED
    )


def test_the_catalogue_says_what_each_duty_can_require_of_a_removal() -> None:
    """``removal`` is one of three values; the duties to hand back require one, Convention arts
    32(1) and 33(1) permit one by their exceptions, and no other duty requires one."""
    for d in catalogue():
        assert d.removal in ("requires", "permits", "neither"), d
        assert (d.removal == "requires") == d.hands_back, d
        assert (d.removal == "permits") == (
            (d.instrument, d.provision) in {(C, "32(1)"), (C, "33(1)")}
        )


def _treaty_1960() -> tuple[rl.instruments.Instrument, list[rl.Participation], rl.StateObligation]:
    """A hypothetical return treaty of 1960 between Canada, Saint Kitts and Nevis and the United
    States, their records, and Canada's duty under it, owed to the other parties."""
    treaty = rl.instruments.Instrument(
        key="return-treaty-1960",
        title="A return treaty of 1960 (hypothetical)",
        short_title="1960 treaty",
        kind="treaty",
        adopted="1960-01-01",
        rule=rl.instruments.EntryIntoForceRule("none"),
        status="unverified",
    )
    records = [
        rl.Participation(
            state=s,
            instrument=treaty.key,
            action="ratification",
            deposited="1961-01-01",
            status="unverified",
        )
        for s in ("CAN", "KNA", "USA")
    ]
    duty = rl.StateObligation(
        state="CAN",
        instrument=treaty.key,
        provision="",
        duty="to return persons to the party they came from",
        basis=rl.Basis.TREATY,
        since="1961-01-01",
        owed_to="the other parties",
    )
    return treaty, records, duty


#: A record of the caller's showing the United Kingdom, a party to the Refugee Convention, no party
#: to the 1960 treaty on the date asked: then the treaty's parties do not include all the
#: Convention's.
NOT_A_PARTY = rl.Participation(
    state="GBR",
    instrument="return-treaty-1960",
    action="none",
    as_of="2010-06-30",
    status="unverified",
)


def _ruling_1960(
    *between: str, inter_se: bool | None = None, witness: bool = False
) -> rl.PrecedenceRuling:
    treaty, records, duty = _treaty_1960()
    return rl.resolve_conflict(
        _art33("CAN"),
        duty,
        between=between,
        on=ON,
        doctrine=rl.Doctrine(non_refoulement_peremptory=False, inter_se_modification=inter_se),
        instruments=[treaty],
        extra=[*records, *([NOT_A_PARTY] if witness else [])],
    )


def test_where_each_pair_owes_article_33_under_a_different_instrument_each_pair_is_asked() -> None:
    """VCLT art. 30(4)(a) between Canada (party to both refugee instruments), Saint Kitts and Nevis
    (the Convention alone) and the United States (the Protocol alone), all parties to a treaty of
    1960: between Canada and Saint Kitts and Nevis art. 33 is owed under the Convention (1951),
    earlier than the 1960 treaty; between Canada and the United States under the Protocol (1967,
    art. I(1)), later than it. No one ruling holds for the three, and the finding says to ask for
    each pair rather than ranking them by one date."""
    all_three = _ruling_1960("CAN", "KNA", "USA")
    assert all_three.rule is rl.PrecedenceRule.UNRESOLVED
    found = all_three.finding.find(ELEMENT)
    assert found is not None
    assert "ask for each pair" in found.reason
    assert rl.Citation("vclt-1969", "30(4)(a)") in found.citations


@pytest.mark.parametrize("inter_se", [None, True, False])
def test_a_treaty_of_three_of_the_conventions_parties_is_an_agreement_between_some_of_them(
    inter_se: bool | None,
) -> None:
    """VCLT art. 30(3) applies "when all the parties to the earlier treaty are parties also to the
    later treaty"; art. 30(4)(a), read with art. 30(5) ("without prejudice to article 41"), when
    they are not. The 1960 treaty of Canada, Saint Kitts and Nevis and the United States, against
    the Convention's art. 33(1) (1951, open to no reservation: art. 42(1)) between Canada and
    Saint Kitts and Nevis, is an agreement between some of the Convention's parties once a record
    shows a party to the Convention (the United Kingdom) no party to it: UNRESOLVED on
    ``inter_se_modification=None``, the 1960 treaty on ``True`` (art. 30(4)(a)), art. 33(1) on
    ``False`` (art. 41(1)(b)). Before (review s33 own1 F5): LEX_POSTERIOR on every view, the
    ruling citing art. 30(3), because the 1960 duty names no counterparty."""
    ruling = _ruling_1960("CAN", "KNA", inter_se=inter_se, witness=True)
    assert ruling.rule is INTER_SE[inter_se], ruling.explain()
    found = ruling.finding.find(ELEMENT)
    assert found is not None
    assert "United Kingdom is a party to the Refugee Convention and not to the 1960 treaty" in (
        found.reason
    )
    assert rl.Citation("vclt-1969", "30(3)") not in found.citations
    assert rl.Citation("vclt-1969", "30(4)(a)") in found.citations
    assert rl.Citation("vclt-1969", "41(1)(b)") in found.citations
    if inter_se is None:
        assert [(b.rule, b.prevailing and b.prevailing.instrument) for b in ruling.branches] == [
            (rl.PrecedenceRule.LEX_POSTERIOR, "return-treaty-1960"),
            (rl.PrecedenceRule.INTER_SE_BARRED, C),
        ]
    else:
        assert ruling.prevailing is not None
        assert ruling.prevailing.instrument == ("return-treaty-1960" if inter_se else C)
    if inter_se is False:
        assert (
            "the Convention's art. 42(1) permits no reservation to art. 33" in ruling.finding.reason
        )


@pytest.mark.parametrize("inter_se", [None, True, False])
def test_whether_every_party_to_the_convention_joined_the_1960_treaty_is_beyond_the_data(
    inter_se: bool | None,
) -> None:
    """The caller's records show three parties to the 1960 treaty, and nothing of any other State
    (``party_status``: unknown). Whether all the Convention's parties are parties to it, and so
    whether art. 30(3) or art. 30(4)(a) with art. 41(1)(b) applies, cannot be told: on
    ``inter_se_modification=True`` either way the 1960 treaty prevails (LEX_POSTERIOR, both
    paragraphs cited); on ``False`` the answer turns on it, and the ruling says so (UNRESOLVED,
    not the confident LEX_POSTERIOR of before, nor an INTER_SE_BARRED resting on an unknown)."""
    ruling = _ruling_1960("CAN", "KNA", inter_se=inter_se)
    found = ruling.finding.find(ELEMENT)
    assert found is not None
    assert (
        "whether every party to the Refugee Convention is a party also to the 1960 treaty is "
        "beyond the data"
    ) in found.reason
    assert {rl.Citation("vclt-1969", "30(3)"), rl.Citation("vclt-1969", "30(4)(a)")} <= set(
        found.citations
    )
    if inter_se is True:
        assert ruling.rule is rl.PrecedenceRule.LEX_POSTERIOR
        assert ruling.prevailing is not None
        assert ruling.prevailing.instrument == "return-treaty-1960"
    else:
        assert ruling.rule is rl.PrecedenceRule.UNRESOLVED, ruling.explain()
        assert ruling.prevailing is None
    if inter_se is False:
        assert found.verdict is rl.Verdict.UNKNOWN
        assert (
            "if every party to the Refugee Convention is a party also to the 1960 treaty, "
            "1960 treaty prevails (VCLT art. 30(3)); if not, Refugee Convention art. 33(1) "
            "prevails between them (VCLT arts 30(5), 41(1)(b))"
        ) in found.reason


@pytest.mark.parametrize("inter_se", [None, True, False])
def test_between_canada_and_the_united_states_the_protocol_is_later_than_the_1960_treaty(
    inter_se: bool | None,
) -> None:
    """Between Canada and the United States art. 33 is owed under the Protocol (1967, art. I(1)),
    the later treaty; Saint Kitts and Nevis, a party to the 1960 treaty and not to the Protocol,
    shows the Protocol's parties not to include all the 1960 treaty's (art. 30(4)(a)), and the
    1960 duty is owed to every other party of it: art. 41(1)(b) is asked as for any agreement
    between some of a treaty's parties. Before: LEX_POSTERIOR, art. 33(1) prevailing, on every
    view (art. 30(3) cited)."""
    ruling = _ruling_1960("CAN", "USA", inter_se=inter_se)
    assert ruling.rule is INTER_SE[inter_se], ruling.explain()
    found = ruling.finding.find(ELEMENT)
    assert found is not None
    assert "Saint Kitts and Nevis is a party to the 1960 treaty and not to the 1967 Protocol" in (
        found.reason
    )
    assert rl.Citation("vclt-1969", "30(3)") not in found.citations
    if inter_se is not None:
        assert ruling.prevailing is not None
        assert ruling.prevailing.instrument == (C if inter_se else "return-treaty-1960")


def test_a_later_treaty_binding_every_party_to_the_earlier_is_lex_posterior_under_30_3() -> None:
    """VCLT art. 30(3): the 1986 China–DPRK protocol binds both parties to the 1964 one (a
    bilateral treaty, whose parties no third State joins): the later prevails under art. 30(3)
    alone, art. 30(4)(a) not cited, and no responsibility toward other parties survives (there
    are none). Here the caller's records hold the 1964 protocol in force from 20 June 1964 to
    2004, and the caller states its obligation so (the library's data leaves its entry into force
    unknown: data review s35 F3)."""
    obs = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on="1985-06-30")}
    p64 = attrs.evolve(
        obs[("china-dprk-border-protocol-1964", "return")],
        bound=rl.Verdict.MET,
        since=dt.date(1964, 6, 20),
        notes=(),
    )
    p86 = next(
        o
        for o in rl.obligations_of("CHN", on="2004-06-30")
        if o.instrument == "china-dprk-border-protocol-1986"
    )
    kept = [
        rl.Participation(
            state=s,
            instrument="china-dprk-border-protocol-1964",
            action="bilateral",
            in_force="1964-06-20",
            status="unverified",
        )
        for s in ("CHN", "PRK")
    ]
    ruling = rl.resolve_conflict(p64, p86, on="2004-06-30", doctrine=NOT_PEREMPTORY, extra=kept)
    assert ruling.rule is rl.PrecedenceRule.LEX_POSTERIOR, ruling.explain()
    assert ruling.prevailing == p86
    assert ruling.residual_responsibility == ()
    found = ruling.finding.find(ELEMENT)
    assert found is not None
    assert rl.Citation("vclt-1969", "30(3)") in found.citations
    assert rl.Citation("vclt-1969", "30(4)(a)") not in found.citations
    assert "every party to the 1964 China–DPRK Border Protocol is a party also to the 1986" in (
        found.reason
    )


def test_a_treaty_supposed_to_bind_the_states_concerned_is_supposed_of_no_other_state() -> None:
    """Where whether Canada is bound by the 1960 treaty is beyond the data (no record of its own,
    no ``since``), the ruling says what follows if both bind, taking the treaty to bind the States
    concerned (``Conflict.supposed``). It supposes nothing of any other State: whether every
    party to the Convention is a party to the 1960 treaty (VCLT art. 30(3)) stays beyond the data,
    not "every party is" because every unknown State was taken to be bound."""
    treaty, records, duty = _treaty_1960()
    unsure = attrs.evolve(duty, since=None)
    ruling = rl.resolve_conflict(
        _art33("CAN"),
        unsure,
        between=("CAN", "KNA"),
        on=ON,
        doctrine=rl.Doctrine(non_refoulement_peremptory=False, inter_se_modification=False),
        instruments=[treaty],
        extra=[r for r in records if r.state != "CAN"],
    )
    assert ruling.rule is rl.PrecedenceRule.UNRESOLVED
    reason = ruling.finding.reason
    assert "if both bind: " in reason
    assert "prevails as the later treaty (VCLT art. 30(3))" not in reason
    assert (
        "whether every party to the Refugee Convention is a party also to the 1960 treaty is "
        "beyond the data"
    ) in reason
