"""Treaty precedence: when two obligations conflict, which prevails, between whom, and why.

The rules are applied in order, each a named rule of its own: peremptory norms (VCLT arts 53, 64),
UN Charter Art. 103, conflict clauses (VCLT art. 30(2)), lex posterior (art. 30(3), 30(4)(a)) or the
treaty common to both states (art. 30(4)(b)), lex specialis; otherwise the conflict is unresolved.

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
import enum
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from typing import Any

import attrs

from . import _validate as v
from .countries import country_name
from .dates import parse_date, today
from .doctrine import DEFAULT_DOCTRINE, Doctrine
from .errors import InvalidInput, Problem
from .explain import render
from .instruments import Instrument
from .instruments import get as get_instrument
from .logic import Finding, Verdict
from .obligations import CUSTOM, Basis, StateObligation
from .sources import Citation
from .states import Participation, participation

__all__ = ["PrecedenceBranch", "PrecedenceRule", "PrecedenceRuling", "resolve_conflict"]

_V = "vclt-1969"
_CHARTER = "un-charter-1945"


class PrecedenceRule(enum.Enum):
    """The rule that decided which obligation prevails."""

    PEREMPTORY_NORM = "peremptory_norm"
    CHARTER_ART_103 = "charter_art_103"
    CONFLICT_CLAUSE = "conflict_clause"
    LEX_POSTERIOR = "lex_posterior"
    COMMON_TREATY = "common_treaty"
    LEX_SPECIALIS = "lex_specialis"
    NO_CONFLICT = "no_conflict"
    UNRESOLVED = "unresolved"

    @property
    def citation(self) -> Citation:
        return {
            "peremptory_norm": Citation(_V, "53"),
            "charter_art_103": Citation(_CHARTER, "103"),
            "conflict_clause": Citation(_V, "30(2)"),
            "lex_posterior": Citation(_V, "30(3)"),
            "common_treaty": Citation(_V, "30(4)(b)"),
            "lex_specialis": Citation(CUSTOM, "non-refoulement"),
            "no_conflict": Citation(_V, "30(1)"),
            "unresolved": Citation(_V, "30(1)"),
        }[self.value]


@attrs.frozen
class PrecedenceBranch:
    """The ruling on one side of a contested doctrinal question."""

    assumption: str
    rule: PrecedenceRule
    prevailing: StateObligation | None
    reason: str


@attrs.frozen(repr=False)
class PrecedenceRuling:
    """Which of two conflicting obligations prevails, between which states, and why.

    Args:
        rule: the deciding :class:`PrecedenceRule` (``UNRESOLVED`` if none decides, or if the
            answer turns on a contested position whose branches disagree).
        prevailing: the obligation that prevails (``None`` if unresolved).
        displaced: the obligation that gives way.
        between: the states in whose relations the ruling holds.
        on: the date.
        void: keys of instruments void for conflict with a peremptory norm (VCLT 53/64).
        residual_responsibility: responsibility that survives (VCLT art. 30(5)).
        corrections: errors in the argument as put (e.g. citing Charter Art. 102 for priority).
        branches: for a contested doctrinal position, the ruling on each side.
        finding: the explanation.
        doctrine: the positions applied.
    """

    rule: PrecedenceRule
    prevailing: StateObligation | None
    displaced: StateObligation | None
    between: tuple[str, ...]
    on: dt.date
    void: tuple[str, ...]
    residual_responsibility: tuple[str, ...]
    corrections: tuple[str, ...]
    branches: tuple[PrecedenceBranch, ...]
    finding: Finding
    doctrine: Doctrine = attrs.field(factory=Doctrine)

    def __repr__(self) -> str:
        return f"<PrecedenceRuling {self.rule.name}>"

    def __str__(self) -> str:
        return f"{self.rule.name}: {self.finding.reason}"

    def explain(self, format: str = "text") -> str:
        """The reasoning, rule by rule, with citations, branches and corrections."""
        header = [
            f"{'# ' if format == 'markdown' else ''}Precedence: {self.rule.name}",
            f"Between {', '.join(self.between)} on {self.on.isoformat()}.",
            "",
        ]
        footer: list[str] = []
        if self.branches:
            footer += ["", "Contested position, both branches:"]
            footer += [f"- if {b.assumption}: {b.rule.name} — {b.reason}" for b in self.branches]
        if self.void:
            footer += ["", "Void: " + ", ".join(self.void)]
        if self.residual_responsibility:
            footer += ["", "Residual responsibility:"] + [
                f"- {r}" for r in self.residual_responsibility
            ]
        if self.corrections:
            footer += ["", "Corrections to the argument:"] + [f"- {c}" for c in self.corrections]
        return render(self.finding, format=format, header=header, footer=footer)


def _f(element: str, verdict: Verdict, reason: str, *cites: Citation, **kw: Any) -> Finding:
    return Finding(element, verdict, reason, citations=cites, **kw)


@attrs.frozen
class _UserData:
    """Instruments and participations the caller supplied for one ruling (yours, not the data's)."""

    instruments: Mapping[str, Instrument] = attrs.field(factory=dict)
    extra: tuple[Participation, ...] = ()


_USER: ContextVar[_UserData | None] = ContextVar("refugeelaw_precedence_user", default=None)
_NO_USER_DATA = _UserData()


def _user() -> _UserData:
    return _USER.get() or _NO_USER_DATA


def _lookup(key: str | None) -> Instrument | None:
    if key is None or key == CUSTOM:
        return None
    mine = _user().instruments.get(key)
    if mine is not None:
        return mine
    try:
        return get_instrument(key)
    except InvalidInput:
        return None


def _instrument(ob: StateObligation) -> Instrument | None:
    return _lookup(ob.instrument)


def _is_peremptory(ob: StateObligation, doctrine: Doctrine) -> bool | None:
    if ob.basis is Basis.PEREMPTORY:
        return True
    if ob.norm == "non-refoulement":
        return doctrine.non_refoulement_peremptory
    return ob.peremptory


def _peremptory_rule(
    a: StateObligation,
    b: StateObligation,
    peremptory_a: bool | None,
    peremptory_b: bool | None,
    doctrine: Doctrine,
) -> tuple[Finding, StateObligation | None, StateObligation | None, tuple[str, ...]]:
    """VCLT art. 53: "A treaty is void if, at the time of its conclusion, it conflicts with a
    peremptory norm of general international law." Art. 64: a treaty that conflicts with a new
    peremptory norm "becomes void and terminates". Art. 44(5): no separation of provisions."""
    cites = (
        Citation(_V, "53"),
        Citation(_V, "64"),
        Citation(_V, "44(5)"),
        Citation("ilc-peremptory-norms-2022", ""),
    )
    element = "peremptory norm (VCLT arts 53, 64)"
    assume = (doctrine.position("non_refoulement_peremptory"),)
    # Compare the flags of this branch (not the doctrine's contested value): two expressions of
    # the same peremptory norm (Convention art. 33(1) and customary non-refoulement) do not rank.
    for strong, weak, flag, weak_flag in (
        (a, b, peremptory_a, peremptory_b),
        (b, a, peremptory_b, peremptory_a),
    ):
        if flag and not weak_flag:
            inst = _instrument(weak)
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
                return (
                    _f(element, Verdict.MET, reason, *cites, assumptions=assume),
                    strong,
                    weak,
                    (),
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
            return (
                _f(
                    element,
                    Verdict.MET,
                    reason,
                    *cites,
                    Citation(_V, "4"),
                    assumptions=(*assume, *caveats),
                ),
                strong,
                weak,
                (inst.key,),
            )
    if peremptory_a and peremptory_b:
        return (
            _f(
                element,
                Verdict.NOT_MET,
                "both obligations reflect peremptory norms: the hierarchy of art. 53 does not "
                "rank one above the other",
                *cites,
                assumptions=assume,
            ),
            None,
            None,
            (),
        )
    if peremptory_a is None or peremptory_b is None:
        return (
            _f(
                element,
                Verdict.UNKNOWN,
                "whether one of the norms is peremptory is contested; both branches are reported",
                *cites,
                assumptions=assume,
            ),
            None,
            None,
            (),
        )
    return (
        _f(
            element,
            Verdict.NOT_MET,
            "neither obligation reflects a peremptory norm on the doctrine applied",
            *cites,
            assumptions=assume,
        ),
        None,
        None,
        (),
    )


def _charter_rule(
    a: StateObligation, b: StateObligation
) -> tuple[Finding, StateObligation | None, StateObligation | None]:
    """UN Charter Art. 103: "In the event of a conflict between the obligations of the Members of
    the United Nations under the present Charter and their obligations under any other
    international agreement, their obligations under the present Charter shall prevail."""
    cite = Citation(_CHARTER, "103")
    element = "UN Charter Art. 103"
    charter = [o for o in (a, b) if o.instrument == _CHARTER]
    if len(charter) == 1:
        strong = charter[0]
        weak = b if strong is a else a
        if weak.basis is not Basis.TREATY:
            return (
                _f(
                    element,
                    Verdict.NOT_MET,
                    f"Art. 103 gives the Charter priority over other "
                    f"international agreements; {weak.citation} is not a treaty obligation",
                    cite,
                ),
                None,
                None,
            )
        if strong.provision in ("55", "56", "55(c)", "1(3)"):
            return (
                _f(
                    element,
                    Verdict.NOT_MET,
                    f"{strong.citation} is a general pledge to promote human rights, not a specific "
                    f"obligation that {weak.citation} contradicts: there is no conflict for Art. "
                    "103 to resolve (it reaches specific Charter obligations, such as binding "
                    "Security Council decisions under Art. 25)",
                    cite,
                    Citation(_CHARTER, "56"),
                ),
                None,
                None,
            )
        reason = (
            f"{strong.citation} is an obligation under the Charter and prevails over "
            f"{weak.citation}, an obligation under another international agreement"
        )
        return _f(element, Verdict.MET, reason, cite, Citation(_CHARTER, "25")), strong, weak
    if len(charter) == 2:
        return (
            _f(
                element,
                Verdict.NOT_MET,
                "both obligations arise under the Charter: Art. 103 does not rank them",
                cite,
            ),
            None,
            None,
        )
    return (
        _f(
            element,
            Verdict.NOT_MET,
            "Art. 103 gives priority only to obligations under the "
            f"Charter itself (including binding Security Council decisions, Art. 25); neither "
            f"{a.citation} nor {b.citation} is one, so Art. 103 does not reach this conflict",
            cite,
            Citation(_CHARTER, "25"),
        ),
        None,
        None,
    )


def _clause_rule(
    a: StateObligation, b: StateObligation
) -> tuple[Finding, StateObligation | None, StateObligation | None]:
    """VCLT art. 30(2): a treaty that "specifies that it is subject to, or that it is not to be
    considered as incompatible with, an earlier or later treaty" yields to that treaty."""
    cite = Citation(_V, "30(2)")
    ia, ib = _instrument(a), _instrument(b)
    for strong, weak, iw, is_ in ((a, b, ib, ia), (b, a, ia, ib)):
        if iw is not None and is_ is not None and is_.key in iw.subject_to:
            return (
                _f(
                    "conflict clause (VCLT art. 30(2))",
                    Verdict.MET,
                    f"{iw} declares itself subject to {is_}",
                    cite,
                ),
                strong,
                weak,
            )
    return (
        _f(
            "conflict clause (VCLT art. 30(2))",
            Verdict.NOT_MET,
            "neither treaty has a clause subordinating it to the other",
            cite,
        ),
        None,
        None,
    )


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


def _parties(ob: StateObligation, states: Iterable[str], on: dt.date) -> dict[str, bool]:
    # An obligation that binds through another instrument (Convention arts 2-34 through Protocol
    # art. I(1)) binds the parties to either instrument.
    treaties = [t for t in (_lookup(ob.instrument), _lookup(ob.via)) if t is not None]
    extra = _user().extra
    out = {}
    for s in states:
        ps = [participation(s, t, extra=extra) for t in treaties]
        out[s] = any(p is not None and p.bound_on(on) for p in ps)
    return out


def _source_treaty(ob: StateObligation) -> Instrument | None:
    """The treaty the obligation arises under: Protocol art. I(1) obligations arise under the
    Protocol (adopted 1967), not the 1951 Convention, for a Protocol-only party."""
    if ob.via is not None:
        return _lookup(ob.via)
    return _instrument(ob)


def _treaty_rules(
    a: StateObligation,
    b: StateObligation,
    between: tuple[str, ...],
    on: dt.date,
    doctrine: Doctrine,
) -> tuple[
    Finding, PrecedenceRule, StateObligation | None, StateObligation | None, tuple[str, ...]
]:
    """VCLT art. 30(3)–(5): lex posterior among common parties; the common treaty otherwise."""
    ia, ib = _source_treaty(a), _source_treaty(b)
    element = "successive treaties (VCLT art. 30(3)–(5))"
    if ia is None or ib is None or ia.key == ib.key:
        why = (
            "one obligation is not a treaty obligation"
            if ia is None or ib is None
            else "both obligations come from the same treaty"
        )
        return (
            _f(element, Verdict.NOT_MET, f"art. 30 does not apply: {why}", Citation(_V, "30(1)")),
            PrecedenceRule.UNRESOLVED,
            None,
            None,
            (),
        )
    if _CHARTER in (ia.key, ib.key):
        return (
            _f(
                element,
                Verdict.NOT_MET,
                "art. 30(1) is subject to UN Charter Art. 103: a Charter obligation is never "
                "displaced as an earlier treaty",
                Citation(_V, "30(1)"),
                Citation(_CHARTER, "103"),
            ),
            PrecedenceRule.UNRESOLVED,
            None,
            None,
            (),
        )
    if len(between) < 2:
        return (
            _f(
                element,
                Verdict.NOT_MET,
                "art. 30 settles the mutual relations of states; with one state there are none "
                "to settle: it owes each obligation to that treaty's parties (art. 30(5))",
                Citation(_V, "30(4)"),
                Citation(_V, "30(5)"),
            ),
            PrecedenceRule.UNRESOLVED,
            None,
            None,
            (),
        )
    pa, pb = _parties(a, between, on), _parties(b, between, on)
    both = [s for s in between if pa[s] and pb[s]]
    date_a, words_a = _date_of(ia, a, doctrine.later_treaty_by)
    date_b, words_b = _date_of(ib, b, doctrine.later_treaty_by)
    assume = (doctrine.position("later_treaty_by"),)
    if len(both) == len(between):
        if date_a is None or date_b is None or date_a == date_b:
            return (
                _f(
                    element,
                    Verdict.UNKNOWN,
                    f"which treaty is later cannot be told ({ia}: {words_a}; {ib}: {words_b})",
                    Citation(_V, "30(3)"),
                    assumptions=assume,
                ),
                PrecedenceRule.UNRESOLVED,
                None,
                None,
                (),
            )
        later, earlier = (a, b) if date_a > date_b else (b, a)
        reason = (
            f"every state concerned ({', '.join(between)}) is party to both treaties, so the "
            f"earlier applies only so far as compatible with the later: {ia} ({words_a}), "
            f"{ib} ({words_b}); {later.citation} prevails"
        )
        return (
            _f(
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
            (),
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
        return (
            _f(element, Verdict.MET, reason, Citation(_V, "30(4)(b)"), Citation(_V, "30(5)")),
            PrecedenceRule.COMMON_TREATY,
            common,
            other,
            residual,
        )
    return (
        _f(
            element,
            Verdict.NOT_MET,
            "the states concerned are not parties in a pattern art. 30 addresses",
            Citation(_V, "30(4)"),
        ),
        PrecedenceRule.UNRESOLVED,
        None,
        None,
        (),
    )


def _pinpoint(ob: StateObligation) -> str:
    p = ob.citation.provision
    return f"art. {p}" if p[:1].isdigit() or p[:1] in ("I", "V", "X") else f"its duty ({p})"


def _specialis_rule(
    a: StateObligation, b: StateObligation
) -> tuple[Finding, StateObligation | None, StateObligation | None, tuple[str, ...]]:
    """Lex specialis: a treaty obligation derogates, between its parties, from general custom.

    A customary obligation owed to every state (non-refoulement protects individuals and binds
    erga omnes) survives toward everyone else: a treaty between some states cannot take away the
    rights of others (cf. VCLT art. 41(1)(b)), so that responsibility is reported.
    """
    element = "lex specialis"
    cite = Citation(CUSTOM, "non-refoulement")
    for strong, weak in ((a, b), (b, a)):
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
            return _f(element, Verdict.MET, reason, *cites), strong, weak, residual
    return (
        _f(
            element,
            Verdict.NOT_MET,
            "neither obligation is the more special rule on the facts the library holds",
            cite,
        ),
        None,
        None,
        (),
    )


def _corrections(cited: Iterable[Citation]) -> tuple[str, ...]:
    out = []
    for c in cited:
        if c.instrument == _CHARTER and c.provision.startswith("102"):
            out.append(
                "UN Charter Art. 102 concerns the registration of treaties (and, in 102(2), bars "
                "invoking an unregistered treaty before a UN organ); the priority of Charter "
                "obligations is Art. 103"
            )
    return tuple(out)


def _decide(
    a: StateObligation,
    b: StateObligation,
    between: tuple[str, ...],
    on: dt.date,
    doctrine: Doctrine,
    peremptory_a: bool | None,
    peremptory_b: bool | None,
) -> tuple[
    list[Finding],
    PrecedenceRule,
    StateObligation | None,
    StateObligation | None,
    tuple[str, ...],
    tuple[str, ...],
]:
    findings = []
    per, strong, weak, void = _peremptory_rule(a, b, peremptory_a, peremptory_b, doctrine)
    findings.append(per)
    if per.verdict is Verdict.MET:
        return findings, PrecedenceRule.PEREMPTORY_NORM, strong, weak, void, ()
    charter, strong, weak = _charter_rule(a, b)
    findings.append(charter)
    if charter.verdict is Verdict.MET:
        return findings, PrecedenceRule.CHARTER_ART_103, strong, weak, (), ()
    clause, strong, weak = _clause_rule(a, b)
    findings.append(clause)
    if clause.verdict is Verdict.MET:
        return findings, PrecedenceRule.CONFLICT_CLAUSE, strong, weak, (), ()
    treaty, rule, strong, weak, residual = _treaty_rules(a, b, between, on, doctrine)
    findings.append(treaty)
    if treaty.verdict is Verdict.MET:
        return findings, rule, strong, weak, (), residual
    special, strong, weak, residual = _specialis_rule(a, b)
    findings.append(special)
    if special.verdict is Verdict.MET:
        return findings, PrecedenceRule.LEX_SPECIALIS, strong, weak, (), residual
    return findings, PrecedenceRule.UNRESOLVED, None, None, (), ()


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
    token = _USER.set(_UserData({x.key: x for x in mine}, tuple(extra)))
    try:
        return _resolve(first, second, between, on, doctrine, cited)
    finally:
        _USER.reset(token)


def _is_general_pledge(ob: StateObligation) -> bool:
    """UN Charter Arts 1(3), 55 and 56: pledges to promote, too general to conflict with a duty."""
    return ob.instrument == _CHARTER and ob.provision in ("1(3)", "55", "55(c)", "56")


def _no_conflict(
    first: StateObligation,
    second: StateObligation,
    between: tuple[str, ...],
    on: dt.date,
    corrections: tuple[str, ...],
    doctrine: Doctrine,
    reason: str,
) -> PrecedenceRuling:
    """Obligations that can both be performed do not conflict: two expressions of one norm (e.g.
    non-refoulement in a treaty and in custom), or a general pledge set against a specific duty."""
    root = _f(
        f"conflict between {first.citation} and {second.citation}",
        Verdict.NOT_MET,
        reason,
        Citation(_V, "30(1)"),
        role="conclusion",
    )
    return PrecedenceRuling(
        rule=PrecedenceRule.NO_CONFLICT,
        prevailing=None,
        displaced=None,
        between=between,
        on=on,
        void=(),
        residual_responsibility=(),
        corrections=corrections,
        branches=(),
        finding=root,
        doctrine=doctrine,
    )


def _resolve(
    first: StateObligation,
    second: StateObligation,
    between: Iterable[str] | None,
    on: dt.date | str | None,
    doctrine: Doctrine | None,
    cited: Iterable[Citation],
) -> PrecedenceRuling:
    when = today() if on is None else parse_date(on, field="on")
    doctrine = doctrine or DEFAULT_DOCTRINE
    if between is None:
        states = [first.state, second.state, *first.counterparties, *second.counterparties]
    else:
        states = list(between)
    bad = [Problem(f"between[{i}]", m) for i, s in enumerate(states) if (m := v.country(s))]
    if bad:
        raise InvalidInput(bad)
    pair = tuple(dict.fromkeys(states))
    corrections = _corrections(cited)
    if first.norm is not None and first.norm == second.norm:
        reason = (
            f"{first.citation} and {second.citation} both forbid the return: a state performs "
            "both by not returning the person, so they apply cumulatively and neither displaces "
            "the other"
        )
        return _no_conflict(first, second, pair, when, corrections, doctrine, reason)
    pledge = next((o for o in (first, second) if _is_general_pledge(o)), None)
    if pledge is not None:
        other = second if pledge is first else first
        reason = (
            f"{pledge.citation} is a general pledge to promote human rights, not a specific "
            f"obligation that {other.citation} contradicts: there is no conflict to resolve, "
            "under UN Charter Art. 103 or otherwise"
        )
        return _no_conflict(first, second, pair, when, corrections, doctrine, reason)
    pa, pb = _is_peremptory(first, doctrine), _is_peremptory(second, doctrine)
    branches: tuple[PrecedenceBranch, ...] = ()
    if pa is None or pb is None:
        outcomes = []
        for label, value in (
            ("the norm is peremptory", True),
            ("the norm is not peremptory", False),
        ):
            fa = value if pa is None else pa
            fb = value if pb is None else pb
            fs, rule, strong, _, _, _ = _decide(first, second, pair, when, doctrine, fa, fb)
            outcomes.append(PrecedenceBranch(label, rule, strong, fs[-1].reason))
        branches = tuple(outcomes)
    findings, rule, strong, weak, void, residual = _decide(
        first, second, pair, when, doctrine, pa, pb
    )
    if branches:
        same = (
            branches[0].prevailing == branches[1].prevailing and branches[0].prevailing is not None
        )
        if same:
            rule, strong = branches[0].rule, branches[0].prevailing
            weak = second if strong is first else first
            reason = f"{strong.citation if strong else '?'} prevails on either view of the contested question"
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
    if corrections:
        findings.append(
            _f(
                "the argument as put",
                Verdict.NOT_MET,
                corrections[0],
                Citation(_CHARTER, "102(1)"),
                Citation(_CHARTER, "103"),
                role="note",
            )
        )
    root = _f(
        f"conflict between {first.citation} and {second.citation}",
        Verdict.UNKNOWN if rule is PrecedenceRule.UNRESOLVED else Verdict.MET,
        reason,
        Citation(_V, "30(1)"),
        children=tuple(findings),
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
        corrections=corrections,
        branches=branches,
        finding=root,
        doctrine=doctrine,
    )
