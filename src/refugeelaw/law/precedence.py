"""Treaty precedence: when two obligations conflict, which prevails, between whom, and why.

The rules are an ordered list (:data:`PRECEDENCE_RULES`), each a named rule of its own returning a
:class:`Decision`: peremptory norms (VCLT arts 53, 64), UN Charter Art. 103, conflict clauses
(VCLT art. 30(2)), lex posterior (art. 30(3), 30(4)(a)) or the treaty common to both states
(art. 30(4)(b)), lex specialis. The first rule that decides, decides; otherwise the conflict is
unresolved.

>>> import refugeelaw as rl
>>> obs = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on="2004-06-30")}
>>> art33 = obs[("refugee-convention-1951", "33(1)")]
>>> handback = obs[("china-dprk-border-protocol-1986", "return")]
>>> ruling = rl.resolve_conflict(art33, handback, on="2004-06-30",
...                              doctrine=rl.Doctrine(non_refoulement_peremptory=False))
>>> ruling.rule.name, str(ruling.prevailing.citation)
('COMMON_TREATY', '1986 China–DPRK Border Protocol, return')
>>> print(ruling.residual_responsibility[0])
China remains responsible to the other parties of the Refugee Convention for any breach of art. 33(1) (VCLT art. 30(5))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

import attrs

from ..countries import check_country, country_name
from ..dates import parse_date, today
from ..doctrine import DEFAULT_DOCTRINE, Doctrine
from ..errors import InvalidInput, Problem
from ..instruments import Instrument
from ..instruments import get as get_instrument
from ..logic import Finding, Verdict, finding
from ..results import (
    Basis,
    PrecedenceBranch,
    PrecedenceRule,
    PrecedenceRuling,
    StateObligation,
)
from ..sources import Citation
from ..states import Participation, participation
from .obligations import CUSTOM

__all__ = ["PRECEDENCE_RULES", "Conflict", "Decision", "resolve_conflict"]

_V = "vclt-1969"
_CHARTER = "un-charter-1945"


@attrs.frozen
class Conflict:
    """Two obligations in conflict, the states whose relations are in question, the date, the
    doctrine, whether each obligation is peremptory (in the branch being decided), and the
    caller's own instruments and participation records."""

    first: StateObligation
    second: StateObligation
    between: tuple[str, ...]
    on: dt.date
    doctrine: Doctrine
    peremptory: tuple[bool | None, bool | None]
    instruments: Mapping[str, Instrument] = attrs.field(factory=dict)
    extra: tuple[Participation, ...] = ()

    def treaty(self, key: str | None) -> Instrument | None:
        """The instrument ``key`` (the caller's own first), or ``None`` for custom or unknown."""
        if key is None or key == CUSTOM:
            return None
        mine = self.instruments.get(key)
        if mine is not None:
            return mine
        try:
            return get_instrument(key)
        except InvalidInput:
            return None

    def source_treaty(self, ob: StateObligation) -> Instrument | None:
        """The treaty the obligation arises under: Protocol art. I(1) obligations arise under the
        Protocol (adopted 1967), not the 1951 Convention, for a Protocol-only party."""
        return self.treaty(ob.via) if ob.via is not None else self.treaty(ob.instrument)

    def parties(self, ob: StateObligation) -> dict[str, bool]:
        """Which of the states concerned are bound by the obligation's treaty on the date. An
        obligation that binds through another instrument (Convention arts 2–34 through Protocol
        art. I(1)) binds the parties to either instrument."""
        treaties = [t for t in (self.treaty(ob.instrument), self.treaty(ob.via)) if t is not None]
        return {
            s: any(
                (p := participation(s, t, extra=self.extra)) is not None and p.bound_on(self.on)
                for t in treaties
            )
            for s in self.between
        }


@attrs.frozen
class Decision:
    """What one precedence rule found: its finding and, where it decides, the rule that decided,
    which obligation prevails over which, and what survives."""

    finding: Finding
    rule: PrecedenceRule | None = None
    prevailing: StateObligation | None = None
    displaced: StateObligation | None = None
    void: tuple[str, ...] = ()
    residual: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------
# VCLT arts 53, 64: "A treaty is void if, at the time of its conclusion, it conflicts with a
# peremptory norm of general international law." / "If a new peremptory norm of general
# international law emerges, any existing treaty which is in conflict with that norm becomes void
# and terminates."
# ---------------------------------------------------------------------------------------------


def peremptory_norm(c: Conflict) -> Decision:
    """A peremptory norm prevails over any obligation that is not one; a treaty that conflicts
    with it is void (art. 53) or becomes void (art. 64). Art. 44(5): no separation of provisions."""
    cites = (
        Citation(_V, "53"),
        Citation(_V, "64"),
        Citation(_V, "44(5)"),
        Citation("ilc-peremptory-norms-2022", ""),
    )
    element = "peremptory norm (VCLT arts 53, 64)"
    assume = (c.doctrine.position("non_refoulement_peremptory"),)
    pa, pb = c.peremptory
    # Compare the flags of this branch (not the doctrine's contested value): two expressions of
    # the same peremptory norm (Convention art. 33(1) and customary non-refoulement) do not rank.
    for strong, weak, flag, weak_flag in (
        (c.first, c.second, pa, pb),
        (c.second, c.first, pb, pa),
    ):
        if flag and not weak_flag:
            inst = c.treaty(weak.instrument)
            # A treaty is not void for conflict with a norm that it itself states (art. 53 voids
            # a treaty that conflicts with the norm; art. 33 expresses it).
            if inst is None or inst.key in (strong.instrument, _CHARTER):
                reason = (
                    f"{strong.citation} reflects a peremptory norm, from which no derogation "
                    f"is permitted: it prevails over {weak.citation}"
                )
                if inst is not None and inst.key == _CHARTER:
                    # Art. 53 voids a treaty concluded in conflict with jus cogens; the Charter is
                    # not such a treaty, and Art. 103 cannot give a Charter obligation (e.g. a
                    # Security Council decision) priority over a peremptory norm.
                    reason += (
                        "; Art. 103 of the Charter does not reach a peremptory norm, and the "
                        "Charter itself is not void"
                    )
                return Decision(
                    finding(element, Verdict.MET, reason, *cites, assumptions=assume),
                    PrecedenceRule.PEREMPTORY_NORM,
                    strong,
                    weak,
                )
            reason = (
                f"{strong.citation} reflects a peremptory norm: {inst} conflicts with it and "
                "is void — under art. 53 if the norm was peremptory when the treaty was "
                "concluded, otherwise under art. 64 from the norm's emergence — and, under "
                "art. 44(5), void as a whole"
            )
            caveats = [
                "VCLT arts 53 and 64 are applied as customary law where the VCLT does not bind "
                "the parties or predates the treaty (VCLT art. 4)"
            ]
            if inst.status != "verified":
                caveats.append(
                    f"{inst} is taken to be a treaty (VCLT art. 2(1)(a)) with the content reported "
                    f"for it, which is {inst.status}"
                )
            return Decision(
                finding(
                    element,
                    Verdict.MET,
                    reason,
                    *cites,
                    Citation(_V, "4"),
                    assumptions=(*assume, *caveats),
                ),
                PrecedenceRule.PEREMPTORY_NORM,
                strong,
                weak,
                void=(inst.key,),
            )
    if pa and pb:
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                "both obligations reflect peremptory norms: the hierarchy of art. 53 does not "
                "rank one above the other",
                *cites,
                assumptions=assume,
            )
        )
    if pa is None or pb is None:
        return Decision(
            finding(
                element,
                Verdict.UNKNOWN,
                "whether one of the norms is peremptory is contested; both branches are reported",
                *cites,
                assumptions=assume,
            )
        )
    return Decision(
        finding(
            element,
            Verdict.NOT_MET,
            "neither obligation reflects a peremptory norm on the doctrine applied",
            *cites,
            assumptions=assume,
        )
    )


# ---------------------------------------------------------------------------------------------
# UN Charter Art. 103: "In the event of a conflict between the obligations of the Members of the
# United Nations under the present Charter and their obligations under any other international
# agreement, their obligations under the present Charter shall prevail."
# ---------------------------------------------------------------------------------------------

_GENERAL_PLEDGES = ("1(3)", "55", "55(c)", "56")


def is_general_pledge(ob: StateObligation) -> bool:
    """UN Charter Arts 1(3), 55 and 56: pledges to promote, too general to conflict with a duty."""
    return ob.instrument == _CHARTER and ob.provision in _GENERAL_PLEDGES


def charter_art_103(c: Conflict) -> Decision:
    """An obligation under the Charter prevails over one under another international agreement."""
    a, b = c.first, c.second
    cite = Citation(_CHARTER, "103")
    element = "UN Charter Art. 103"
    charter = [o for o in (a, b) if o.instrument == _CHARTER]
    if len(charter) == 1:
        strong = charter[0]
        weak = b if strong is a else a
        if weak.basis is not Basis.TREATY:
            return Decision(
                finding(
                    element,
                    Verdict.NOT_MET,
                    f"Art. 103 gives the Charter priority over other "
                    f"international agreements; {weak.citation} is not a treaty obligation",
                    cite,
                )
            )
        if is_general_pledge(strong):
            return Decision(
                finding(
                    element,
                    Verdict.NOT_MET,
                    f"{strong.citation} is a general pledge to promote human rights, not a specific "
                    f"obligation that {weak.citation} contradicts: there is no conflict for Art. "
                    "103 to resolve (it reaches specific Charter obligations, such as binding "
                    "Security Council decisions under Art. 25)",
                    cite,
                    Citation(_CHARTER, "56"),
                )
            )
        reason = (
            f"{strong.citation} is an obligation under the Charter and prevails over "
            f"{weak.citation}, an obligation under another international agreement"
        )
        return Decision(
            finding(element, Verdict.MET, reason, cite, Citation(_CHARTER, "25")),
            PrecedenceRule.CHARTER_ART_103,
            strong,
            weak,
        )
    if len(charter) == 2:
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                "both obligations arise under the Charter: Art. 103 does not rank them",
                cite,
            )
        )
    return Decision(
        finding(
            element,
            Verdict.NOT_MET,
            "Art. 103 gives priority only to obligations under the "
            f"Charter itself (including binding Security Council decisions, Art. 25); neither "
            f"{a.citation} nor {b.citation} is one, so Art. 103 does not reach this conflict",
            cite,
            Citation(_CHARTER, "25"),
        )
    )


# ---------------------------------------------------------------------------------------------
# VCLT art. 30(2): "When a treaty specifies that it is subject to, or that it is not to be
# considered as incompatible with, an earlier or later treaty, the provisions of that other treaty
# prevail."
# ---------------------------------------------------------------------------------------------


def conflict_clause(c: Conflict) -> Decision:
    """A treaty that declares itself subject to another yields to it."""
    cite = Citation(_V, "30(2)")
    element = "conflict clause (VCLT art. 30(2))"
    ia, ib = c.treaty(c.first.instrument), c.treaty(c.second.instrument)
    for strong, weak, iw, is_ in ((c.first, c.second, ib, ia), (c.second, c.first, ia, ib)):
        if iw is not None and is_ is not None and is_.key in iw.subject_to:
            return Decision(
                finding(element, Verdict.MET, f"{iw} declares itself subject to {is_}", cite),
                PrecedenceRule.CONFLICT_CLAUSE,
                strong,
                weak,
            )
    return Decision(
        finding(
            element,
            Verdict.NOT_MET,
            "neither treaty has a clause subordinating it to the other",
            cite,
        )
    )


# ---------------------------------------------------------------------------------------------
# VCLT art. 30(3)–(5): "(3) When all the parties to the earlier treaty are parties also to the
# later treaty [...], the earlier treaty applies only to the extent that its provisions are
# compatible with those of the later treaty. (4) When the parties to the later treaty do not
# include all the parties to the earlier one: (a) as between States parties to both treaties the
# same rule applies as in paragraph 3; (b) as between a State party to both treaties and a State
# party to only one of the treaties, the treaty to which both States are parties governs their
# mutual rights and obligations. (5) Paragraph 4 is without prejudice to [...] any question of
# responsibility which may arise for a State from the conclusion or application of a treaty the
# provisions of which are incompatible with its obligations towards another State under another
# treaty."
# ---------------------------------------------------------------------------------------------


def _date_of(inst: Instrument, ob: StateObligation, how: str) -> tuple[dt.date | None, str]:
    if how == "adoption" and inst.adopted is not None:
        return inst.adopted, f"adopted {inst.adopted.isoformat()}"
    if how == "entry_into_force" and inst.entry_into_force is not None:
        return inst.entry_into_force, f"in force {inst.entry_into_force.isoformat()}"
    if ob.since is not None:
        return (
            ob.since,
            f"binding the state from {ob.since.isoformat()} (its {how} date is not known)",
        )
    return None, f"its {how} date is not known"


def _pinpoint(ob: StateObligation) -> str:
    p = ob.citation.provision
    return f"art. {p}" if p[:1].isdigit() or p[:1] in ("I", "V", "X") else f"its duty ({p})"


def successive_treaties(c: Conflict) -> Decision:
    """Lex posterior among common parties (30(3), 30(4)(a)); the common treaty otherwise
    (30(4)(b)), with the responsibility art. 30(5) keeps."""
    a, b, between = c.first, c.second, c.between
    ia, ib = c.source_treaty(a), c.source_treaty(b)
    element = "successive treaties (VCLT art. 30(3)–(5))"
    if ia is None or ib is None or ia.key == ib.key:
        why = (
            "one obligation is not a treaty obligation"
            if ia is None or ib is None
            else "both obligations come from the same treaty"
        )
        return Decision(
            finding(
                element, Verdict.NOT_MET, f"art. 30 does not apply: {why}", Citation(_V, "30(1)")
            )
        )
    if _CHARTER in (ia.key, ib.key):
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                "art. 30(1) is subject to UN Charter Art. 103: a Charter obligation is never "
                "displaced as an earlier treaty",
                Citation(_V, "30(1)"),
                Citation(_CHARTER, "103"),
            )
        )
    if len(between) < 2:
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                "art. 30 settles the mutual relations of states; with one state there are none "
                "to settle: it owes each obligation to that treaty's parties (art. 30(5))",
                Citation(_V, "30(4)"),
                Citation(_V, "30(5)"),
            )
        )
    pa, pb = c.parties(a), c.parties(b)
    both = [s for s in between if pa[s] and pb[s]]
    date_a, words_a = _date_of(ia, a, c.doctrine.later_treaty_by)
    date_b, words_b = _date_of(ib, b, c.doctrine.later_treaty_by)
    assume = (c.doctrine.position("later_treaty_by"),)
    if len(both) == len(between):
        if date_a is None or date_b is None or date_a == date_b:
            return Decision(
                finding(
                    element,
                    Verdict.UNKNOWN,
                    f"which treaty is later cannot be told ({ia}: {words_a}; {ib}: {words_b})",
                    Citation(_V, "30(3)"),
                    assumptions=assume,
                )
            )
        later, earlier = (a, b) if date_a > date_b else (b, a)
        reason = (
            f"every state concerned ({', '.join(between)}) is party to both treaties, so the "
            f"earlier applies only so far as compatible with the later: {ia} ({words_a}), "
            f"{ib} ({words_b}); {later.citation} prevails"
        )
        return Decision(
            finding(
                element,
                Verdict.MET,
                reason,
                Citation(_V, "30(3)"),
                Citation(_V, "30(4)(a)"),
                assumptions=assume,
            ),
            PrecedenceRule.LEX_POSTERIOR,
            later,
            earlier,
        )
    only_a = [s for s in between if pa[s] and not pb[s]]
    only_b = [s for s in between if pb[s] and not pa[s]]
    if both and (only_a or only_b) and not (only_a and only_b):
        common, other = (a, b) if only_a else (b, a)
        common_inst, other_inst = (ia, ib) if only_a else (ib, ia)
        outsiders = only_a or only_b
        names = ", ".join(country_name(s) for s in outsiders)
        residual = tuple(
            f"{country_name(s)} remains responsible to the other parties of the {other_inst} for any "
            f"breach of {_pinpoint(other)} "
            "(VCLT art. 30(5))"
            for s in both
        )
        reason = (
            f"{', '.join(country_name(s) for s in both)} is party to both treaties and "
            f"{names} only to {common_inst}: between them {common_inst} governs (art. "
            f"30(4)(b)); art. 30(5) keeps the responsibility owed under {other_inst} to its "
            "other parties"
        )
        return Decision(
            finding(element, Verdict.MET, reason, Citation(_V, "30(4)(b)"), Citation(_V, "30(5)")),
            PrecedenceRule.COMMON_TREATY,
            common,
            other,
            residual=residual,
        )
    return Decision(
        finding(
            element,
            Verdict.NOT_MET,
            "the states concerned are not parties in a pattern art. 30 addresses",
            Citation(_V, "30(4)"),
        )
    )


# ---------------------------------------------------------------------------------------------
# Lex specialis derogat legi generali (a maxim of interpretation, not a treaty rule).
# ---------------------------------------------------------------------------------------------


def lex_specialis(c: Conflict) -> Decision:
    """A treaty obligation derogates, between its parties, from general custom.

    A customary obligation owed to every state (non-refoulement protects individuals and binds
    erga omnes) survives toward everyone else: a treaty between some states cannot take away the
    rights of others (cf. VCLT art. 41(1)(b)), so that responsibility is reported.
    """
    element = "lex specialis"
    cite = Citation(CUSTOM, "non-refoulement")
    for strong, weak in ((c.first, c.second), (c.second, c.first)):
        if strong.basis is Basis.TREATY and weak.basis is Basis.CUSTOM:
            residual: tuple[str, ...] = ()
            cites = [cite]
            reason = (
                f"{strong.citation} is a treaty rule between its parties and derogates from the "
                f"general customary rule {weak.citation}"
            )
            if weak.norm is not None and strong.norm != weak.norm:
                reason += (
                    ", but only as between the treaty's parties: the customary rule is owed to "
                    "every state and protects individuals"
                )
                residual = (
                    f"{country_name(weak.state)} remains bound toward every other state by "
                    f"{weak.citation}: a treaty between some states cannot release it (cf. VCLT "
                    "art. 41(1)(b))",
                )
                cites.append(Citation(_V, "41(1)(b)"))
            return Decision(
                finding(element, Verdict.MET, reason, *cites),
                PrecedenceRule.LEX_SPECIALIS,
                strong,
                weak,
                residual=residual,
            )
    return Decision(
        finding(
            element,
            Verdict.NOT_MET,
            "neither obligation is the more special rule on the facts the library holds",
            cite,
        )
    )


# The rules in the order they are applied; the first that decides, decides.
PRECEDENCE_RULES: tuple[Callable[[Conflict], Decision], ...] = (
    peremptory_norm,
    charter_art_103,
    conflict_clause,
    successive_treaties,
    lex_specialis,
)


def decide(c: Conflict) -> tuple[list[Finding], Decision]:
    """Apply the rules in order: every finding up to the deciding rule, and its decision (one with
    no rule if none decides)."""
    findings = []
    for rule in PRECEDENCE_RULES:
        decision = rule(c)
        findings.append(decision.finding)
        if decision.rule is not None:
            return findings, decision
    return findings, Decision(findings[-1], PrecedenceRule.UNRESOLVED)


# ---------------------------------------------------------------------------------------------
# Before the rules: whether the obligations conflict at all, and what the argument cited.
# ---------------------------------------------------------------------------------------------


def corrections(cited: Iterable[Citation]) -> tuple[str, ...]:
    """Errors in the argument as put: UN Charter Art. 102 cited for the Charter's priority."""
    out = []
    for c in cited:
        if c.instrument == _CHARTER and c.provision.startswith("102"):
            out.append(
                "UN Charter Art. 102 concerns the registration of treaties (and, in 102(2), bars "
                "invoking an unregistered treaty before a UN organ); the priority of Charter "
                "obligations is Art. 103"
            )
    return tuple(out)


def no_conflict(first: StateObligation, second: StateObligation) -> str | None:
    """Why two obligations do not conflict, if they do not: two expressions of one norm (e.g.
    non-refoulement in a treaty and in custom) can both be performed, and a general pledge is not a
    specific obligation another can contradict."""
    if first.norm is not None and first.norm == second.norm:
        return (
            f"{first.citation} and {second.citation} both forbid the return: a state performs "
            "both by not returning the person, so they apply cumulatively and neither displaces "
            "the other"
        )
    pledge = next((o for o in (first, second) if is_general_pledge(o)), None)
    if pledge is not None:
        other = second if pledge is first else first
        return (
            f"{pledge.citation} is a general pledge to promote human rights, not a specific "
            f"obligation that {other.citation} contradicts: there is no conflict to resolve, "
            "under UN Charter Art. 103 or otherwise"
        )
    return None


def _is_peremptory(ob: StateObligation, doctrine: Doctrine) -> bool | None:
    if ob.basis is Basis.PEREMPTORY:
        return True
    if ob.norm == "non-refoulement":
        return doctrine.non_refoulement_peremptory
    return ob.peremptory


def resolve_conflict(
    first: StateObligation,
    second: StateObligation,
    *,
    between: Iterable[str] | None = None,
    on: dt.date | str | None = None,
    doctrine: Doctrine | None = None,
    cited: Iterable[Citation] = (),
    instruments: Iterable[Instrument] = (),
    extra: Iterable[Participation] = (),
) -> PrecedenceRuling:
    """Which of two conflicting obligations prevails, between which states, and why.

    Args:
        first, second: the conflicting obligations (from :func:`refugeelaw.obligations_of`, or
            your own :class:`~refugeelaw.StateObligation`).
        between: the states whose mutual relations are in question; by default the obligated
            states and the counterparties of a bilateral duty.
        on: the date (default: today).
        doctrine: contested positions; ``non_refoulement_peremptory=None`` reports both branches.
        cited: provisions an argument relied on, to be checked (e.g. Charter Art. 102).
        instruments: your own instruments (e.g. a bilateral readmission agreement) that the
            obligations cite, with their dates and any conflict clause (``subject_to``).
        extra: your own participation records, used ahead of the library's data.

    Raises:
        InvalidInput: arguments of the wrong type, or bad state codes or date.
    """
    problems = [
        Problem(n, f"expected a StateObligation, got {type(o).__name__}")
        for n, o in (("first", first), ("second", second))
        if not isinstance(o, StateObligation)
    ]
    mine = tuple(instruments)
    problems += [
        Problem(f"instruments[{i}]", f"expected an Instrument, got {type(x).__name__}")
        for i, x in enumerate(mine)
        if not isinstance(x, Instrument)
    ]
    if problems:
        raise InvalidInput(problems)
    when = today() if on is None else parse_date(on, field="on")
    doctrine = doctrine or DEFAULT_DOCTRINE
    if between is None:
        states = [first.state, second.state, *first.counterparties, *second.counterparties]
    else:
        states = list(between)
    bad: list[Problem] = []
    for i, s in enumerate(states):
        try:
            check_country(s, field=f"between[{i}]")
        except InvalidInput as exc:
            bad.extend(exc.problems)
    if bad:
        raise InvalidInput(bad)
    pair = tuple(dict.fromkeys(states))
    found_corrections = corrections(cited)
    unopposed = no_conflict(first, second)
    if unopposed is not None:
        root = finding(
            f"conflict between {first.citation} and {second.citation}",
            Verdict.NOT_MET,
            unopposed,
            Citation(_V, "30(1)"),
            role="conclusion",
        )
        return PrecedenceRuling(
            rule=PrecedenceRule.NO_CONFLICT,
            prevailing=None,
            displaced=None,
            between=pair,
            on=when,
            void=(),
            residual_responsibility=(),
            corrections=found_corrections,
            branches=(),
            finding=root,
            doctrine=doctrine,
        )

    def conflict(peremptory: tuple[bool | None, bool | None]) -> Conflict:
        return Conflict(
            first, second, pair, when, doctrine, peremptory, {x.key: x for x in mine}, tuple(extra)
        )

    pa, pb = _is_peremptory(first, doctrine), _is_peremptory(second, doctrine)
    branches: tuple[PrecedenceBranch, ...] = ()
    if pa is None or pb is None:
        # A contested position: decide each branch, then see whether they agree.
        outcomes = []
        for label, value in (
            ("the norm is peremptory", True),
            ("the norm is not peremptory", False),
        ):
            fs, branch = decide(
                conflict((value if pa is None else pa, value if pb is None else pb))
            )
            assert branch.rule is not None
            outcomes.append(PrecedenceBranch(label, branch.rule, branch.prevailing, fs[-1].reason))
        branches = tuple(outcomes)
    findings, decision = decide(conflict((pa, pb)))
    rule = decision.rule or PrecedenceRule.UNRESOLVED
    strong, weak = decision.prevailing, decision.displaced
    void, residual = decision.void, decision.residual
    if branches:
        if branches[0].prevailing == branches[1].prevailing and branches[0].prevailing is not None:
            rule, strong = branches[0].rule, branches[0].prevailing
            weak = second if strong is first else first
            reason = f"{strong.citation} prevails on either view of the contested question"
        else:
            rule, strong, weak, void, residual = PrecedenceRule.UNRESOLVED, None, None, (), ()
            reason = "the answer turns on whether non-refoulement is peremptory: " + "; ".join(
                f"if {b.assumption}, {b.rule.name} "
                f"({b.prevailing.citation if b.prevailing else 'unresolved'})"
                for b in branches
            )
    elif strong is not None:
        reason = f"{strong.citation} prevails over {weak.citation if weak else '?'} ({rule.name})"
    else:
        reason = "no rule of precedence decides the conflict on the facts the library holds"
    if found_corrections:
        findings.append(
            finding(
                "the argument as put",
                Verdict.NOT_MET,
                found_corrections[0],
                Citation(_CHARTER, "102(1)"),
                Citation(_CHARTER, "103"),
                role="note",
            )
        )
    root = finding(
        f"conflict between {first.citation} and {second.citation}",
        Verdict.UNKNOWN if rule is PrecedenceRule.UNRESOLVED else Verdict.MET,
        reason,
        Citation(_V, "30(1)"),
        children=findings,
        role="conclusion",
    )
    return PrecedenceRuling(
        rule=rule,
        prevailing=strong,
        displaced=weak,
        between=pair,
        on=when,
        void=void,
        residual_responsibility=residual,
        corrections=found_corrections,
        branches=branches,
        finding=root,
        doctrine=doctrine,
    )
