"""What the questions answer: status determinations, return assessments, precedence rulings and the
obligations they weigh. Data only: the rules in :mod:`refugeelaw.law` build these, and
:mod:`refugeelaw.render` and :mod:`refugeelaw.serialize` present them (``explain()`` and
``to_dict()`` are conveniences that hand the result to those).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .countries import country_name
from .doctrine import Doctrine
from .facts import Claim
from .logic import Finding, Verdict, missing_facts
from .outcomes import ReturnOutcome, Status
from .questions import Question, questions
from .sources import Citation, cite

if TYPE_CHECKING:
    from .render import Report, Section

__all__ = [
    "Basis",
    "DoctrineComparison",
    "PrecedenceBranch",
    "PrecedenceRule",
    "PrecedenceRuling",
    "ReturnAssessment",
    "ReturnOutcome",
    "StateObligation",
    "Status",
    "StatusDetermination",
]


class ExplainedResult:
    """What every result shares: the unknown facts that would decide it, the doctrinal positions
    it relied on, and its explanation and JSON form (made by :mod:`refugeelaw.render` and
    :mod:`refugeelaw.serialize` from :meth:`report` and ``__summary__``)."""

    __slots__ = ()
    finding: Finding
    outcome: enum.Enum
    # The JSON summary (``to_dict()``): (key, attribute or method name) in order.
    __summary__: ClassVar[tuple[tuple[str, str], ...]] = ()

    def missing_facts(self) -> tuple[str, ...]:
        """Field paths of the unknown facts (or doctrinal choices) that would decide an
        ``UNDETERMINED`` outcome; empty for a decided one."""
        if self.outcome.name != "UNDETERMINED":
            return ()
        return missing_facts(self.finding)

    def assumptions(self) -> tuple[str, ...]:
        """The doctrinal positions the result relied on."""
        return self.finding.all_assumptions()

    def questions(self) -> tuple[Question, ...]:
        """The questions that would decide an ``UNDETERMINED`` outcome, ranked, each with the
        outcome every answer leads to (see :mod:`refugeelaw.questions`); empty when decided."""
        return questions(self)

    def report(self) -> Report:
        """What the result says, before any format (see :mod:`refugeelaw.render`)."""
        raise NotImplementedError  # pragma: no cover - each result class says it

    def _positions(self) -> tuple[Section, ...]:
        from .render import Section

        return (
            Section("Doctrinal positions relied on:", self.assumptions(), empty="none"),
            Section("Facts that would decide it:", self.missing_facts()),
        )

    def explain(self, format: str = "text") -> str:
        """The reasoning, one line per finding, with citations, facts and doctrine.

        Args:
            format: ``"text"``, ``"markdown"`` or ``"dot"`` (Graphviz).
        """
        from .render import render_report

        return render_report(self.report(), format)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary for embedding (see :func:`refugeelaw.serialize.result_dict`)."""
        from .serialize import result_dict

        return result_dict(self)


# ---------------------------------------------------------------------------------------------
# Is this person a refugee?
# ---------------------------------------------------------------------------------------------


@attrs.frozen(repr=False)
class StatusDetermination(ExplainedResult):
    """Whether a person is a refugee, on which date, and why.

    Args:
        outcome: a :class:`Status`.
        claim: the facts assessed.
        on: the date of the assessment.
        finding: the explanation, a tree of :class:`~refugeelaw.Finding`: inclusion (Art 1A(2))
            first, then each displacing clause in the order it is applied.
        doctrine: the contested positions applied.
        state: the state whose regime framed the question, if any.
        regime: the definition's limits as applied (Art 1B; Protocol art. I).
        displaced_by: the clauses found to apply ("Art 1F", "Art 1C"), in the order applied; the
            first decides an ``EXCLUDED`` or ``CEASED`` outcome.
        definition: the definition the person qualifies under ("Refugee Convention art. 1A(2)",
            "OAU Convention art. I(2)", ...), whether or not a clause then displaces it;
            ``None`` where none is met.
    """

    outcome: Status
    claim: Claim
    on: dt.date
    finding: Finding
    doctrine: Doctrine = attrs.field(factory=Doctrine)
    state: str | None = None
    regime: str = ""
    displaced_by: tuple[str, ...] = ()
    definition: str | None = None

    __summary__ = (
        ("outcome", "outcome"),
        ("on", "on"),
        ("state", "state"),
        ("regime", "regime"),
        ("displaced_by", "displaced_by"),
        ("definition", "definition"),
        ("missing_facts", "missing_facts"),
        ("assumptions", "assumptions"),
        ("finding", "finding"),
        ("claim", "claim"),
    )

    def __repr__(self) -> str:
        return f"<StatusDetermination {self.outcome.name} on {self.on.isoformat()}>"

    def __str__(self) -> str:
        return f"{self.outcome.label.upper()} on {self.on.isoformat()}: {self.finding.reason}"

    @property
    def inclusion(self) -> Finding:
        """The Art 1A(2) finding (the first child of the explanation)."""
        return self.finding.children[0]

    def report(self) -> Report:
        from .render import Report

        return Report(
            f"Refugee status: {self.outcome.label.upper()}",
            f"Assessed on {self.on.isoformat()}; {self.regime}.",
            self.finding,
            self._positions(),
        )


@attrs.frozen
class DoctrineComparison:
    """One question answered under several doctrines: the outcome per view, and where they part.

    Args:
        determinations: the refugee-status determination under each view (for a return, the
            one each assessment made; empty for precedence).
        diverges_at: the first element where the views' verdicts differ (``None``: they agree).
        results: what was compared under each view: status determinations, return assessments
            or precedence rulings.
    """

    determinations: Mapping[str, StatusDetermination]
    diverges_at: str | None
    results: Mapping[str, StatusDetermination | ReturnAssessment | PrecedenceRuling] = attrs.field(
        factory=dict
    )

    @property
    def outcomes(self) -> dict[str, enum.Enum]:
        """The outcome under each named view (a :class:`Status` or :class:`ReturnOutcome`, or
        for precedence the deciding :class:`PrecedenceRule`)."""
        compared = self.results or self.determinations
        return {
            name: r.rule if isinstance(r, PrecedenceRuling) else r.outcome
            for name, r in compared.items()
        }

    def explain(self) -> str:
        """A short table of the outcome per view and the first element where they differ."""
        outcomes = self.outcomes
        width = max(len(n) for n in outcomes)
        lines = [f"{name:<{width}}  {outcome.name}" for name, outcome in outcomes.items()]
        lines.append(
            f"views diverge first at: {self.diverges_at}" if self.diverges_at else "views agree"
        )
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# What does this state owe?
# ---------------------------------------------------------------------------------------------


class Basis(enum.Enum):
    """Why an obligation binds: a treaty in force, customary law, or a peremptory norm."""

    TREATY = "treaty"
    CUSTOM = "custom"
    PEREMPTORY = "peremptory"


@attrs.frozen
class StateObligation:
    """One obligation of one state.

    Args:
        state: the bound state (ISO alpha-3).
        instrument: the instrument key, or ``"customary-international-law"``.
        provision: the pinpoint (``"33(1)"``) or the customary rule's name.
        duty: the duty in words.
        basis: :class:`Basis`.
        since: the date from which it binds the state (``None``: custom, no date).
        owed_to: to whom it is owed, in words (e.g. the other parties; the DPRK).
        peremptory: whether the norm is peremptory (``None``: contested).
        absolute: whether it admits no exception.
        exceptions: the provisions that state its exceptions.
        via: the instrument through which it binds, if another (e.g. Protocol art. I(1)).
        contested: whether the obligation exists only on a contested view of the law.
        notes: caveats, including unverified data behind it.
        counterparties: for a bilateral duty, the state(s) it is owed to (ISO alpha-3).
        norm: the general norm the obligation expresses, if any (``"non-refoulement"``); its
            peremptory status then follows the :class:`~refugeelaw.Doctrine` in force.
        bound: whether it binds the state: ``MET``, or ``UNKNOWN`` where the data cannot say
            whether the state is a party on the date (after the data's horizon; see
            :func:`refugeelaw.party_status`). ``notes`` then say why.
    """

    state: str
    instrument: str
    provision: str
    duty: str
    basis: Basis
    since: dt.date | None
    owed_to: str
    peremptory: bool | None = False
    absolute: bool = False
    exceptions: tuple[Citation, ...] = ()
    via: str | None = None
    contested: bool = False
    notes: tuple[str, ...] = ()
    counterparties: tuple[str, ...] = ()
    norm: str | None = None
    bound: Verdict = Verdict.MET

    @property
    def citation(self) -> Citation:
        """The provision this obligation comes from."""
        return cite(self.instrument, self.provision)

    def __str__(self) -> str:
        since = f" since {self.since.isoformat()}" if self.since else ""
        unknown = ", participation unknown" if self.bound is Verdict.UNKNOWN else ""
        return f"{self.state}: {self.citation} ({self.basis.value}{since}{unknown}) — {self.duty}"


# ---------------------------------------------------------------------------------------------
# May this state return this person?
# ---------------------------------------------------------------------------------------------


@attrs.frozen(repr=False)
class ReturnAssessment(ExplainedResult):
    """Whether state ``by`` may return the person to ``to`` on ``on``, and why.

    Args:
        outcome: a :class:`ReturnOutcome`.
        claim: the facts.
        by: the returning state.
        to: the destination.
        on: the date.
        breaches: the obligations the return would breach (empty unless PROHIBITED).
        finding: the explanation.
        status: the refugee status determination the Convention bar relied on.
        doctrine: the contested positions applied.
        undecided: the obligations whose bar is still unknown. Even where another bar already
            prohibits the return, a lawyer needs to know whether an absolute bar (CAT art. 3,
            ICCPR art. 7) also holds, since it survives Art 33(2); :meth:`missing_facts` names what
            would decide them.
    """

    outcome: ReturnOutcome
    claim: Claim
    by: str
    to: str
    on: dt.date
    breaches: tuple[StateObligation, ...]
    finding: Finding
    status: StatusDetermination
    doctrine: Doctrine = attrs.field(factory=Doctrine)
    undecided: tuple[StateObligation, ...] = ()

    __summary__ = (
        ("outcome", "outcome"),
        ("by", "by"),
        ("to", "to"),
        ("on", "on"),
        ("breaches", "breached_provisions"),
        ("undecided", "undecided_provisions"),
        ("missing_facts", "missing_facts"),
        ("assumptions", "assumptions"),
        ("finding", "finding"),
    )

    def __repr__(self) -> str:
        return (
            f"<ReturnAssessment {self.outcome.name} {self.by}->{self.to} on {self.on.isoformat()}>"
        )

    def __str__(self) -> str:
        return f"{self.outcome.name} on {self.on.isoformat()}: {self.finding.reason}"

    @property
    def breached_provisions(self) -> tuple[str, ...]:
        """The provisions the return would breach, as cited."""
        return tuple(str(o.citation) for o in self.breaches)

    @property
    def undecided_provisions(self) -> tuple[str, ...]:
        """The provisions whose bar is still open, as cited."""
        return tuple(str(o.citation) for o in self.undecided)

    def missing_facts(self) -> tuple[str, ...]:
        """Field paths of the unknown facts (or doctrinal choices) that would decide an
        ``UNDETERMINED`` outcome, or, where the outcome is decided, the bars still open."""
        if self.outcome is ReturnOutcome.UNDETERMINED:
            return missing_facts(self.finding)
        found = [m for bar in self.finding.children for m in missing_facts(bar)]
        return tuple(dict.fromkeys(found))

    def report(self) -> Report:
        from .render import Report, Section

        breaches = tuple(
            f"{o.citation} ({o.basis.value}{', absolute' if o.absolute else ''})"
            for o in self.breaches
        )
        fears = tuple(
            f"fears[{i}]: {h.description} (in {country_name(h.country)})"
            for i, h in enumerate(self.claim.fears)
        )
        return Report(
            f"Return from {country_name(self.by)} to {country_name(self.to)}: {self.outcome.name}",
            f"Assessed on {self.on.isoformat()}.",
            self.finding,
            (
                Section("Fears weighed:", fears, empty="none stated"),
                Section("Obligations the return would breach:", breaches, empty="none"),
                Section("Bars still open:", self.undecided_provisions),
                *self._positions(),
            ),
        )


# ---------------------------------------------------------------------------------------------
# Which norm prevails?
# ---------------------------------------------------------------------------------------------

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
    BETWEEN_PARTIES = "between_parties"
    NO_CONFLICT = "no_conflict"
    UNRESOLVED = "unresolved"

    @property
    def citation(self) -> Citation:
        return _RULE_CITATIONS[self.value]


_RULE_CITATIONS = {
    "peremptory_norm": Citation(_V, "53"),
    "charter_art_103": Citation(_CHARTER, "103"),
    "conflict_clause": Citation(_V, "30(2)"),
    "lex_posterior": Citation(_V, "30(3)"),
    "common_treaty": Citation(_V, "30(4)(b)"),
    "lex_specialis": Citation("customary-international-law", "non-refoulement"),
    "between_parties": Citation(_V, "34"),
    "no_conflict": Citation(_V, "30(1)"),
    "unresolved": Citation(_V, "30(1)"),
}


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

    def report(self) -> Report:
        """What the ruling says, before any format (see :mod:`refugeelaw.render`)."""
        from .render import Report, Section

        branches = tuple(f"if {b.assumption}: {b.rule.name} — {b.reason}" for b in self.branches)
        return Report(
            f"Precedence: {self.rule.name}",
            f"Between {', '.join(self.between)} on {self.on.isoformat()}.",
            self.finding,
            (
                Section("Contested position, both branches:", branches),
                Section("Void:", self.void, inline=True),
                Section("Residual responsibility:", self.residual_responsibility),
                Section("Corrections to the argument:", self.corrections),
            ),
        )

    def explain(self, format: str = "text") -> str:
        """The reasoning, rule by rule, with citations, branches and corrections."""
        from .render import render_report

        return render_report(self.report(), format)
