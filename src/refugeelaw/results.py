"""What the questions answer: status determinations, return assessments, precedence rulings and the
obligations they weigh. Data only: the rules in :mod:`refugeelaw.law` build these, and
:mod:`refugeelaw.render` and :mod:`refugeelaw.serialize` present them (``explain()`` and
``to_dict()`` are conveniences that hand the result to those).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import attrs

from . import _validate as v
from .countries import country_name
from .doctrine import Doctrine, position_key
from .errors import InvalidInput, Problem
from .facts import Claim
from .logic import Finding, Verdict, deciding_positions, missing_facts
from .outcomes import RETURN_VERDICT, STATUS_VERDICT, ReturnOutcome, Status
from .provenance import Provenance, provenance
from .questions import Question, questions
from .sources import Citation, _citation_problem, cite

if TYPE_CHECKING:
    from .render import Report, Section

__all__ = [
    "Basis",
    "DoctrineComparison",
    "FindingOutline",
    "PrecedenceBranch",
    "PrecedenceRule",
    "PrecedenceRuling",
    "ResultOutline",
    "ReturnAssessment",
    "ReturnOutcome",
    "StateObligation",
    "Status",
    "StatusDetermination",
    "citation_key",
    "missing_facts",  # logic's, named here: the speed layer puts its walker in this name
]


def _provenance(result: Any) -> Provenance | None:
    """A new result's provenance: the one shared by every result on its date under its doctrine
    (none where either is not one: the result's own checks then say what is wrong with it)."""
    doctrine, on = result.doctrine, result.on
    if not isinstance(doctrine, Doctrine) or not isinstance(on, dt.date):
        return None
    return provenance(doctrine, on)


_PROVENANCE = attrs.Factory(_provenance, takes_self=True)
_OPT_PROVENANCE = {"check": v.instance_of(Provenance, optional=True)}


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
        if self.outcome._name_ != "UNDETERMINED":  # the member's name (``name`` is a property)
            return ()
        return missing_facts(self.finding)

    def assumptions(self) -> tuple[str, ...]:
        """The doctrinal positions the result relied on: those of the findings that decide it. A
        finding its conclusion shows for information alone (role ``"note"`` among the
        conclusion's findings: a definition no answer can make decide, another being met, as
        Art 1A(2) for a recognised refugee with a clause pending, UNHCR Handbook para. 28)
        names none of its positions here, as :meth:`missing_facts` names none of its facts; nor
        does a finding left unknown below a decided one within the conclusion's findings
        (``refugeelaw.logic.deciding_positions``: a second fear whose Convention ground is
        open beside one that qualifies). Each of the conclusion's own findings keeps its
        positions, an open one too: a return's bars still open are part of its answer."""
        root = self.finding
        found = dict.fromkeys(root.assumptions)
        for child in root.children:
            if child.role != "note":
                found.update(dict.fromkeys(deciding_positions(child)))
        return tuple(found)

    def questions(self) -> tuple[Question, ...]:
        """The questions that would decide an ``UNDETERMINED`` outcome, ranked, each with the
        outcome every answer leads to (see :mod:`refugeelaw.questions`); empty when decided,
        except for a return prohibited only while the refugee status is pending
        (:meth:`~refugeelaw.ReturnAssessment.pending_status_facts`): the facts that status waits
        on."""
        return questions(self)

    def report(self) -> Report:
        """What the result says, before any format (see :mod:`refugeelaw.render`)."""
        raise NotImplementedError  # pragma: no cover - each result class says it

    def _deciding(self) -> str:
        """The heading of the facts :meth:`missing_facts` names, saying what they would decide:
        the outcome, which only an open result waits on (a decided one names none)."""
        return "Facts that would decide it:"

    def _positions(self) -> tuple[Section, ...]:
        """The sections every result's report ends with: the doctrinal positions relied on, and
        the facts of :meth:`missing_facts`, headed by what they would decide (:meth:`_deciding`)."""
        from .render import Section

        return (
            Section("Doctrinal positions relied on:", self.assumptions(), empty="none"),
            Section(self._deciding(), self.missing_facts()),
        )

    def explain(self, format: str = "text") -> str:
        """The reasoning, one line per finding, with citations, facts and doctrine.

        Args:
            format: ``"text"``, ``"markdown"``, ``"dot"`` (Graphviz), ``"html"`` (a
                self-contained, accessible fragment: :mod:`refugeelaw.render.html`) or
                ``"mermaid"`` (a flowchart: :mod:`refugeelaw.render.mermaid`); the diagrams draw
                the finding tree alone.
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


_VERDICT = v.to_enum(Verdict)
_IS_VERDICT = v.is_enum(Verdict)
_IS_OPT_VERDICT = v.is_enum(Verdict, optional=True)


def _opt_keys(value: Any) -> Iterable[Problem] | str | None:
    return None if value is None else v.tuple_of_str(value)


def _to_verdict(value: Any) -> Any:
    return _VERDICT(value)


def _compared(value: Any) -> Iterable[Problem] | str | None:
    """Named results of one kind of question (status, return or precedence)."""
    if not isinstance(value, Mapping):
        return f"expected a mapping of view name to result, got {type(value).__name__}"
    kinds = (StatusDetermination, ReturnAssessment, PrecedenceRuling)
    return [
        Problem(f"[{name!r}]", msg)
        for name, r in value.items()
        if (
            msg := v.non_empty_str(name)
            or (None if isinstance(r, kinds) else "expected a result of compare_doctrines")
        )
    ]


def _reasons(value: Any) -> Iterable[Problem] | str | None:
    """Named views on which the question does not arise, each with why (in words)."""
    if not isinstance(value, Mapping):
        return f"expected a mapping of view name to a reason, got {type(value).__name__}"
    return [
        Problem(f"[{name!r}]", msg)
        for name, why in value.items()
        if (msg := v.non_empty_str(name) or v.non_empty_str(why))
    ]


_STATUS = v.to_enum(Status)
_IS_STATUS = v.is_enum(Status)


def _to_status(value: Any) -> Any:
    return _STATUS(value)


def _views(value: Any) -> Iterable[Problem] | str | None:
    """Named status determinations (none, for a comparison of precedence rulings)."""
    if not isinstance(value, Mapping):
        return f"expected a mapping of view name to StatusDetermination, got {type(value).__name__}"
    return [
        Problem(f"[{name!r}]", msg)
        for name, d in value.items()
        if (
            msg := v.non_empty_str(name)
            or (None if isinstance(d, StatusDetermination) else "expected a StatusDetermination")
        )
    ]


#: The note on a return's conclusion where every bar that holds rests on a refugee status still
#: pending determination (:meth:`ReturnAssessment.pending_status_facts`).
PENDING_DETERMINATION = "refugee status pending determination"

#: The same note where what the bars that rest on refugee non-refoulement wait on is Art 33(2)'s
#: second ground, raised and not yet established, and no refugee status or clause is pending.
EXCEPTION_PENDING = "Art 33(2) exception raised, not yet established"


def _disagreement(outcome: enum.Enum, verdict: Verdict, expected: Verdict) -> Problem | None:
    """The problem with a result whose outcome its own conclusion does not bear out (JSON edited
    by hand, or put together from two results)."""
    if verdict is expected:
        return None
    return Problem(
        "outcome",
        f"{outcome.name} does not agree with the result's own conclusion, whose verdict is "
        f"{verdict.value} (expected {expected.value})",
    )


@attrs.frozen(repr=False)
class StatusDetermination(v.Checked, ExplainedResult):
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
            "OAU Refugee Convention art. I(2)", "OAU Refugee Convention art. I(1)", ...), whether
            or not a clause then displaces it; ``None`` where none is met.
        provenance: the library, schema and data versions, the doctrine and the date that produced
            it (made for you; ``None`` only for a result read from JSON of schema version 1, which
            did not record it).
    """

    outcome: Status = attrs.field(converter=_to_status, metadata={"check": _IS_STATUS})
    claim: Claim = attrs.field(metadata={"check": v.instance_of(Claim)})
    on: dt.date = attrs.field(converter=v.to_date, metadata={"check": v.is_date})
    finding: Finding = attrs.field(metadata={"check": v.instance_of(Finding)})
    doctrine: Doctrine = attrs.field(factory=Doctrine, metadata={"check": v.instance_of(Doctrine)})
    state: str | None = attrs.field(default=None, metadata={"check": v.opt_country})
    regime: str = attrs.field(default="", metadata={"check": v.is_str})
    displaced_by: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    definition: str | None = attrs.field(default=None, metadata={"check": v.opt_str})
    provenance: Provenance | None = attrs.field(default=_PROVENANCE, metadata=_OPT_PROVENANCE)

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
        ("provenance", "provenance"),
    )

    def _cross_check(self) -> Iterable[Problem]:
        problem = _disagreement(self.outcome, self.finding.verdict, STATUS_VERDICT[self.outcome])
        return () if problem is None else (problem,)

    def __repr__(self) -> str:
        return f"<StatusDetermination {self.outcome.name} on {self.on.isoformat()}>"

    def __str__(self) -> str:
        return f"{self.outcome.label.upper()} on {self.on.isoformat()}: {self.finding.reason}"

    @property
    def inclusion(self) -> Finding:
        """The Art 1A(2) finding (the first child of the explanation)."""
        return self.finding.children[0]

    def missing_facts(self) -> tuple[str, ...]:
        """Field paths of the unknown facts (or doctrinal choices) that would decide an
        ``UNDETERMINED`` outcome; empty for a decided one. A finding the conclusion shows for
        information alone (role ``"note"``: a definition whose verdict no answer can make decide,
        another being met, as Art 1A(2) for a recognised refugee: UNHCR Handbook para. 28) names
        none of its facts here."""
        if self.outcome is not Status.UNDETERMINED:
            return ()
        root = self.finding
        found = [m for child in root.children if child.role != "note" for m in missing_facts(child)]
        return tuple(dict.fromkeys([*root.missing, *found]))

    def report(self) -> Report:
        from .render import Report

        return Report(
            f"Refugee status: {self.outcome.label.upper()}",
            f"Assessed on {self.on.isoformat()}; {self.regime}.",
            self.finding,
            self._positions(),
        )


@attrs.frozen
class DoctrineComparison(v.Checked):
    """One question answered under several doctrines: the outcome per view, and where they part.

    Args:
        determinations: the refugee-status determination under each view (for a return, the
            one each assessment made; empty for precedence).
        diverges_at: the first element where the views' verdicts differ (``None``: they agree).
        results: what was compared under each view: status determinations, return assessments
            or precedence rulings.
        not_arising: the views on which the question does not arise, each with why: the words
            of the refusal the question meets on that view (on the reading that Taiwan is part of
            China, a removal from Taiwan to China is a move within a state, not a return to
            another State). Such a view has no result and no outcome, and the divergence is
            sought among the others.
    """

    determinations: Mapping[str, StatusDetermination] = attrs.field(metadata={"check": _views})
    diverges_at: str | None = attrs.field(metadata={"check": v.opt_str})
    results: Mapping[str, StatusDetermination | ReturnAssessment | PrecedenceRuling] = attrs.field(
        factory=dict, metadata={"check": _compared}
    )
    not_arising: Mapping[str, str] = attrs.field(factory=dict, metadata={"check": _reasons})

    def _cross_check(self) -> Iterable[Problem]:
        if not self.determinations and not self.results:
            yield Problem("determinations", "expected at least one view")
        for name in self.not_arising:
            if name in self.results or name in self.determinations:
                yield Problem(
                    f"not_arising[{name!r}]",
                    "a view on which the question does not arise has no result",
                )

    @property
    def outcomes(self) -> dict[str, enum.Enum]:
        """The outcome under each named view (a :class:`Status` or :class:`ReturnOutcome`, or
        for precedence the deciding :class:`PrecedenceRule`); a view on which the question does
        not arise has none (:attr:`not_arising`)."""
        compared = self.results or self.determinations
        return {
            name: r.rule if isinstance(r, PrecedenceRuling) else r.outcome
            for name, r in compared.items()
        }

    @property
    def outcomes_agree(self) -> bool:
        """Whether every view that answers reaches the same outcome (:attr:`outcomes`): views
        whose findings part (:attr:`diverges_at`) may still agree on it, as where a second fear's
        social group passes one test and is open on another beside a fear that qualifies on
        both (Art 1A(2) needs one)."""
        return len(set(self.outcomes.values())) <= 1

    def report(self) -> Report:
        """What the comparison says, before any format (see :mod:`refugeelaw.render`): whether the
        views agree and where they first part, then the outcome under each view, and the views on
        which the question does not arise, with why (where there are any). Views whose findings
        part but whose outcomes do not are said to "reach the same outcome", not to diverge. It
        has no finding tree of its own (each view's result has one)."""
        from .render import Report, Section

        diverges = self.diverges_at is not None
        views = "the views that answer" if self.not_arising else "the views"
        if not diverges:
            heading, said = f"{views} agree", "No element's verdict differs between them."
        elif self.outcomes_agree:
            heading = f"{views} reach the same outcome"
            said = (
                f"Their findings part first at: {self.diverges_at}, which does not change the "
                "outcome."
            )
        else:
            heading, said = f"{views} diverge", f"They diverge first at: {self.diverges_at}."
        if self.not_arising and len(self.results) == 1:
            heading = f"only {next(iter(self.results))!r} answers"
        return Report(
            f"Doctrines compared: {heading}",
            said,
            None,
            (
                Section(
                    "Outcome under each view:",
                    tuple([f"{name}: {outcome.name}" for name, outcome in self.outcomes.items()]),
                ),
                Section(  # left out where every view answers
                    "Views on which the question does not arise:",
                    tuple([f"{name}: {why}" for name, why in self.not_arising.items()]),
                ),
            ),
        )

    def explain(self, format: str = "text") -> str:
        """Whether the views agree, where they first part, and the outcome under each view, in
        any of the formats of :meth:`~refugeelaw.results.ExplainedResult.explain` (the diagrams
        draw the outcomes beneath the heading); the views' names and the element where they part
        (which may hold a harm's description) escaped as each format needs."""
        from .render import render_report

        return render_report(self.report(), format)


# ---------------------------------------------------------------------------------------------
# What does this state owe?
# ---------------------------------------------------------------------------------------------


class Basis(enum.Enum):
    """Why an obligation binds: a treaty in force, customary law, or a peremptory norm."""

    TREATY = "treaty"
    CUSTOM = "custom"
    PEREMPTORY = "peremptory"


_BASIS = v.to_enum(Basis)
_IS_BASIS = v.is_enum(Basis)


def _to_basis(value: Any) -> Any:
    return _BASIS(value)


@attrs.frozen
class StateObligation(v.Checked):
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
            :func:`refugeelaw.party_status`), or where it turns on a contested position the
            doctrine leaves open (customary non-refoulement for Taiwan, on
            ``Doctrine.taiwan_outside_china``). ``notes`` then say why.
    """

    state: str = attrs.field(metadata={"check": v.country})
    instrument: str = attrs.field(metadata={"check": v.non_empty_str})
    provision: str = attrs.field(metadata={"check": v.is_str})
    duty: str = attrs.field(metadata={"check": v.non_empty_str})
    basis: Basis = attrs.field(converter=_to_basis, metadata={"check": _IS_BASIS})
    since: dt.date | None = attrs.field(converter=v.to_date, metadata={"check": v.opt_date})
    owed_to: str = attrs.field(metadata={"check": v.is_str})
    peremptory: bool | None = attrs.field(default=False, metadata={"check": v.opt_bool})
    absolute: bool = attrs.field(default=False, metadata={"check": v.is_bool})
    exceptions: tuple[Citation, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of(Citation)}
    )
    via: str | None = attrs.field(default=None, metadata={"check": v.opt_str})
    contested: bool = attrs.field(default=False, metadata={"check": v.is_bool})
    notes: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    counterparties: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_countries}
    )
    norm: str | None = attrs.field(default=None, metadata={"check": v.opt_str})
    bound: Verdict = attrs.field(
        default=Verdict.MET, converter=_to_verdict, metadata={"check": _IS_VERDICT}
    )

    def _cross_check(self) -> Iterable[Problem]:
        problem = _citation_problem(self.instrument, self.provision)
        if problem is not None:
            yield problem if problem.path == "provision" else Problem("instrument", problem.message)

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


_RETURN_OUTCOME = v.to_enum(ReturnOutcome)
_IS_RETURN_OUTCOME = v.is_enum(ReturnOutcome)


def _to_return_outcome(value: Any) -> Any:
    return _RETURN_OUTCOME(value)


@attrs.frozen(repr=False)
class ReturnAssessment(v.Checked, ExplainedResult):
    """Whether state ``by`` may return the person to ``to`` on ``on``, and why.

    Args:
        outcome: a :class:`ReturnOutcome`.
        claim: the facts.
        by: the returning state.
        to: the destination.
        on: the date.
        breaches: the obligations the return would breach (empty unless PROHIBITED), those it
            would breach only provisionally included (``provisional``).
        finding: the explanation.
        status: the refugee status determination under the 1951 Convention (as the 1967
            Protocol amends it) as the returning state applies it, with the limits of Art 1B it
            keeps: the status art. 33(1)'s bar rests on (custom's refugee limb rests on the same
            determination without those limits). It is not a determination under a regional
            instrument: for a State bound by the OAU Convention,
            ``assess_status(claim, state=by)`` also weighs the definitions of its arts I(1) and
            I(2), and may differ (``EXCLUDED`` under art. I(2) where this is ``UNDETERMINED``,
            for one). The OAU Convention's art. II(3) bar asks no status: it protects any person
            threatened for the reasons of art. I(1) or I(2), unless arts I(4) and I(5) end the
            Convention's application to them, weighed as Art 1F is in this determination and as
            Art 1C is in the status the State determines with the OAU Convention (its finding is
            in ``finding``, under that bar).
        doctrine: the contested positions applied.
        undecided: the obligations whose bar is still unknown. Even where another bar already
            prohibits the return, a lawyer needs to know whether an absolute bar (CAT art. 3,
            ICCPR art. 7) also holds, since it survives Art 33(2); :meth:`missing_facts` names what
            would decide them. Where the return is prohibited only while the refugee status is
            pending, :meth:`pending_status_facts` names what that determination waits on.
        provisional: those of ``breaches`` that the return would breach only while what their
            bar rests on is undecided, in the order of ``breaches``: Refugee Convention art.
            33(1) (and custom's refugee limb, where custom holds by it alone) while the person's
            refugee status is pending determination (recognition is declaratory: UNHCR Handbook
            para. 28), or, for a recognised refugee, while a clause raised to end the status is
            undecided; OAU Convention art. II(3) while an exclusion (art. I(5)) or a cessation
            (art. I(4)) raised is undecided; art. 33(1) and custom's refugee limb while Art 33(2)'s
            second ground, raised, is not established (one limb established, the other not
            stated). :meth:`pending_status_facts` names what they wait on. Where every breach is provisional, so is the prohibition
            (:attr:`prohibited_only_provisionally`); where another bar holds whatever is
            decided, the return stays prohibited, and these are named as holding only for now.
            Empty where none is (and in JSON written before this field).
        provenance: what produced it (see :class:`StatusDetermination`).
    """

    outcome: ReturnOutcome = attrs.field(
        converter=_to_return_outcome, metadata={"check": _IS_RETURN_OUTCOME}
    )
    claim: Claim = attrs.field(metadata={"check": v.instance_of(Claim)})
    by: str = attrs.field(metadata={"check": v.country})
    to: str = attrs.field(metadata={"check": v.country})
    on: dt.date = attrs.field(converter=v.to_date, metadata={"check": v.is_date})
    breaches: tuple[StateObligation, ...] = attrs.field(
        converter=v.to_tuple, metadata={"check": v.tuple_of(StateObligation)}
    )
    finding: Finding = attrs.field(metadata={"check": v.instance_of(Finding)})
    status: StatusDetermination = attrs.field(
        metadata={"check": v.instance_of(StatusDetermination)}
    )
    doctrine: Doctrine = attrs.field(factory=Doctrine, metadata={"check": v.instance_of(Doctrine)})
    undecided: tuple[StateObligation, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of(StateObligation)}
    )
    provisional: tuple[StateObligation, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of(StateObligation)}
    )
    provenance: Provenance | None = attrs.field(default=_PROVENANCE, metadata=_OPT_PROVENANCE)

    __summary__ = (
        ("outcome", "outcome"),
        ("by", "by"),
        ("to", "to"),
        ("on", "on"),
        ("breaches", "breached_provisions"),
        ("provisional", "provisional_provisions"),
        ("undecided", "undecided_provisions"),
        ("missing_facts", "missing_facts"),
        ("pending_status_facts", "pending_status_facts"),
        ("assumptions", "assumptions"),
        ("finding", "finding"),
        ("provenance", "provenance"),
    )

    def _cross_check(self) -> Iterable[Problem]:
        problem = _disagreement(self.outcome, self.finding.verdict, RETURN_VERDICT[self.outcome])
        if problem is not None:
            yield problem
        for i, o in enumerate(self.provisional):
            if o not in self.breaches:
                yield Problem(
                    f"provisional[{i}]",
                    f"{o.citation} is not among the breaches: only an obligation the return "
                    "would breach is breached provisionally",
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

    def pending_status_facts(self) -> tuple[str, ...]:
        """Where the return is ``PROHIBITED`` and a bar that holds does so only because the
        person's refugee status is pending determination (recognition is declaratory, so an
        asylum seeker is protected until an individual determination says otherwise: UNHCR
        Handbook para. 28, ExCom Conclusion No. 6), the facts that determination waits on. The
        protection is provisional: an answer to one of them may end it, and with it those bars
        (:attr:`provisional`). So too where OAU Convention art. II(3), which protects a person
        whatever their status, holds only because an exclusion (art. I(5)) or a cessation (art.
        I(4)) raised against the person is not yet decided: the facts that decision waits on. So
        too where art. 33(1) (or custom's refugee limb) holds only because Art 33(2)'s second
        ground is raised and not established (a conviction for a particularly serious crime
        established, the danger to the community not stated: the exception is for the state to
        establish, and the bar holds until it is): the limb still open.
        Given whether or not another bar prohibits the return whatever the answers; where none
        does (:attr:`prohibited_only_provisionally`), an answer may end the prohibition itself,
        so :meth:`questions` asks them although the outcome is decided. Empty otherwise: a
        return not prohibited (an open one names such facts among its :meth:`missing_facts`),
        or one that only bars holding whatever the status prohibit (a bar against torture or
        ill-treatment, custom's limb against torture, or art. II(3) with no exclusion or
        cessation undecided)."""
        if self.outcome is not ReturnOutcome.PROHIBITED:
            return ()
        for child in self.finding.children:
            if child.role == "note" and child.element in (PENDING_DETERMINATION, EXCEPTION_PENDING):
                return child.missing
        return ()

    @property
    def prohibited_only_provisionally(self) -> bool:
        """Whether the return is ``PROHIBITED`` only by bars that hold provisionally (every one
        of ``breaches`` is :attr:`provisional`): an answer to one of
        :meth:`pending_status_facts` may then permit it."""
        return bool(self.provisional) and len(self.provisional) == len(self.breaches)

    @property
    def provisional_provisions(self) -> tuple[str, ...]:
        """The provisions the return would breach only provisionally (:attr:`provisional`), as
        cited."""
        return tuple(str(o.citation) for o in self.provisional)

    @property
    def undecided_provisions(self) -> tuple[str, ...]:
        """The provisions whose bar is still open, as cited."""
        return tuple(str(o.citation) for o in self.undecided)

    def missing_facts(self) -> tuple[str, ...]:
        """Field paths of the unknown facts (or doctrinal choices) that would decide an
        ``UNDETERMINED`` outcome, or, where the outcome is decided, the bars still open. Those of
        an open outcome include what the refugee status waits on where an open bar rests on it
        while it is pending (art. 33(1), custom's refugee limb; recognition is declaratory), and
        what an exclusion or cessation raised under the OAU Convention waits on where art.
        II(3)'s open bar rests on it, and the limb of Art 33(2)'s second ground still open where
        it is raised and an open bar that it would lift rests on it: a determination that the
        person is not a refugee (a second nationality's protection, Art 1A(2), second paragraph)
        may permit the return."""
        if self.outcome is ReturnOutcome.UNDETERMINED:
            return missing_facts(self.finding)
        found = [
            m
            for bar in self.finding.children
            if bar.role != "note"  # (what a pending status waits on: pending_status_facts)
            for m in missing_facts(bar)
        ]
        return tuple(dict.fromkeys(found))

    def _deciding(self) -> str:
        """What the facts :meth:`missing_facts` names would decide: the outcome, where it is
        open; where it is decided, only the bars still open, which it does not wait on (what a
        bar that holds only provisionally waits on is :meth:`pending_status_facts`, its own
        section)."""
        if self.outcome is ReturnOutcome.UNDETERMINED:
            return "Facts that would decide it:"
        return "Facts that would decide the bars still open:"

    def report(self) -> Report:
        from .render import Report, Section

        breaches = tuple(
            f"{o.citation} ({o.basis.value}{', absolute' if o.absolute else ''}"
            f"{', provisional' if o in self.provisional else ''})"
            for o in self.breaches
        )
        fears = tuple(
            f"fears[{i}]: {h.description} (in {country_name(h.country, self.on)})"
            for i, h in enumerate(self.claim.fears or ())
        )
        none = "none stated" if self.claim.fears is not None else "not known"
        return Report(
            f"Return from {country_name(self.by, self.on)} to {country_name(self.to, self.on)}: "
            f"{self.outcome.name}",
            f"Assessed on {self.on.isoformat()}.",
            self.finding,
            (
                Section("Fears weighed:", fears, empty=none),
                Section("Obligations the return would breach:", breaches, empty="none"),
                Section("Bars still open:", self.undecided_provisions),
                *self._positions(),
                # A return barred while the status is not determined (recognition is declaratory),
                # or while a clause or an exception raised is undecided: what would decide it, for
                # the bar may then lift.
                Section("Facts the provisional protection waits on:", self.pending_status_facts()),
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
    INTER_SE_BARRED = "inter_se_barred"
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
    "inter_se_barred": Citation(_V, "41(1)(b)"),
    "no_conflict": Citation(_V, "30(1)"),
    "unresolved": Citation(_V, "30(1)"),
}


_RULE = v.to_enum(PrecedenceRule)
_IS_RULE = v.is_enum(PrecedenceRule)


def _to_rule(value: Any) -> Any:
    return _RULE(value)


_OPT_OBLIGATION = v.instance_of(StateObligation, optional=True)


@attrs.frozen
class PrecedenceBranch(v.Checked):
    """The ruling on one side of a contested doctrinal question."""

    assumption: str = attrs.field(metadata={"check": v.non_empty_str})
    rule: PrecedenceRule = attrs.field(converter=_to_rule, metadata={"check": _IS_RULE})
    prevailing: StateObligation | None = attrs.field(metadata={"check": _OPT_OBLIGATION})
    reason: str = attrs.field(metadata={"check": v.non_empty_str})


@attrs.frozen(repr=False)
class PrecedenceRuling(v.Checked):
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
        provenance: what produced it (see :class:`StatusDetermination`).
    """

    rule: PrecedenceRule = attrs.field(converter=_to_rule, metadata={"check": _IS_RULE})
    prevailing: StateObligation | None = attrs.field(metadata={"check": _OPT_OBLIGATION})
    displaced: StateObligation | None = attrs.field(metadata={"check": _OPT_OBLIGATION})
    between: tuple[str, ...] = attrs.field(
        converter=v.to_tuple, metadata={"check": v.tuple_of_countries}
    )
    on: dt.date = attrs.field(converter=v.to_date, metadata={"check": v.is_date})
    void: tuple[str, ...] = attrs.field(converter=v.to_tuple, metadata={"check": v.tuple_of_str})
    residual_responsibility: tuple[str, ...] = attrs.field(
        converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    corrections: tuple[str, ...] = attrs.field(
        converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    branches: tuple[PrecedenceBranch, ...] = attrs.field(
        converter=v.to_tuple, metadata={"check": v.tuple_of(PrecedenceBranch)}
    )
    finding: Finding = attrs.field(metadata={"check": v.instance_of(Finding)})
    doctrine: Doctrine = attrs.field(factory=Doctrine, metadata={"check": v.instance_of(Doctrine)})
    provenance: Provenance | None = attrs.field(default=_PROVENANCE, metadata=_OPT_PROVENANCE)

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
                Section(
                    "Contested position, both branches:"
                    if len(branches) == 2
                    else "Contested positions, each view:",
                    branches,
                ),
                Section("Void:", self.void, inline=True),
                Section("Residual responsibility:", self.residual_responsibility),
                Section("Corrections to the argument:", self.corrections),
                Section("Doctrinal positions relied on:", self.finding.all_assumptions()),
            ),
        )

    def explain(self, format: str = "text") -> str:
        """The reasoning, rule by rule, with citations, branches and corrections, in any of
        the formats of :meth:`~refugeelaw.results.ExplainedResult.explain`."""
        from .render import render_report

        return render_report(self.report(), format)


# ---------------------------------------------------------------------------------------------
# The compact form: a result's outline, as the command line writes a caseload by default.
# ---------------------------------------------------------------------------------------------


def citation_key(citation: Citation) -> str:
    """A citation as one short string: its instrument's key, then a space and its pinpoint if it
    has one (``"refugee-convention-1951 1A(2)"``, ``"ins-v-cardoza-fonseca-1987"``)."""
    return (
        f"{citation.instrument} {citation.provision}" if citation.provision else citation.instrument
    )


@attrs.frozen(repr=False, cache_hash=True)
class FindingOutline(v.Checked):
    """A finding as the compact form gives it, leaving out what it shares with its parent: the
    element, its verdict and citation keys (unless the parent's), its children; its reason only
    where reasons were asked for.

    Not a :class:`~refugeelaw.Finding`, whose reason is required: an outline says what was decided
    and on what authority, the full form says why (``--detail full``, ``to_json``).

    A finding's verdict and citations are its own, or, where it leaves them out, its parent's
    (the root of a tree states its verdict): ``verdict`` ``None`` is the parent's verdict;
    ``also`` given is the parent's citations followed by the keys in ``also`` (``[]``: exactly
    the parent's), and then ``citations`` is empty; otherwise ``citations`` are all of them (none
    when empty). Nothing is lost: :meth:`resolved` states every verdict and every citation key of
    the tree. An outline written with every verdict and citation stated (as the compact form was
    first written) reads as it did.

    Args:
        element: what was decided, as the finding names it.
        verdict: the finding's verdict, or ``None``: its parent's.
        citations: each citation as its key (``refugeelaw.results.citation_key``): the
            instrument key, a space, the pinpoint; empty where ``also`` is given.
        children: the outlines of the findings it was computed from.
        reason: the finding's reason, or ``None`` where reasons were not asked for.
        also: ``None``, or the keys cited after its parent's citations, which it cites first.
        role: the finding's role (:attr:`refugeelaw.Finding.role`): ``"element"`` (the
            default, left out of the compact form), ``"exception"``, ``"conclusion"`` or
            ``"note"``, a finding shown for information whose facts cannot decide the outcome
            (a client looking for what is open leaves a note's subtree out, as
            ``missing_facts`` does).
    """

    element: str = attrs.field(metadata={"check": v.non_empty_str})
    verdict: Verdict | None = attrs.field(
        default=None, converter=_to_verdict, metadata={"check": _IS_OPT_VERDICT}
    )
    citations: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    children: tuple[FindingOutline, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        metadata={"check": lambda value: v.tuple_of(FindingOutline)(value)},
    )
    reason: str | None = attrs.field(default=None, metadata={"check": v.opt_str})
    also: tuple[str, ...] | None = attrs.field(
        default=None, converter=v.to_tuple, metadata={"check": _opt_keys}
    )
    role: str = attrs.field(default="element", metadata={"check": v.non_empty_str})

    def __repr__(self) -> str:
        verdict = "(as its parent)" if self.verdict is None else self.verdict.value
        return f"<FindingOutline {self.element!r}: {verdict}>"

    def _cross_check(self) -> Iterable[Problem]:
        if self.also is not None and self.citations:
            yield Problem(
                "also", "give the citations either in full or after the parent's, not both"
            )

    @classmethod
    def of(cls, finding: Finding, *, reasons: bool = False) -> FindingOutline:
        """The outline of ``finding``'s tree (with each reason if ``reasons``): the root states
        its verdict and citations, each finding below leaves out what it shares with its
        parent."""
        return cls._of(finding, None, reasons)

    @classmethod
    def _of(cls, finding: Finding, parent: Finding | None, reasons: bool) -> FindingOutline:
        cites = finding.citations
        also: tuple[str, ...] | None = None
        if (
            parent is not None
            and parent.citations
            and cites[: len(parent.citations)] == (parent.citations)
        ):
            also, cites = tuple(citation_key(c) for c in cites[len(parent.citations) :]), ()
        return cls(
            finding.element,
            None if parent is not None and finding.verdict is parent.verdict else finding.verdict,
            tuple(citation_key(c) for c in cites),
            tuple(cls._of(c, finding, reasons) for c in finding.children),
            finding.reason if reasons else None,
            also,
            finding.role,
        )

    def resolved(self, parent: FindingOutline | None = None) -> FindingOutline:
        """The same tree with every verdict and every citation key stated (no ``also``), given
        the resolved outline of this finding's parent (``None``: this is the root).

        Raises:
            InvalidInput: the root leaves its verdict out (it has no parent to take it from).
        """
        verdict = self.verdict
        if verdict is None:
            if parent is None:
                raise InvalidInput([Problem("verdict", "the root of a tree states its verdict")])
            verdict = parent.verdict
        cites = self.citations
        if self.also is not None:
            cites = (*(() if parent is None else parent.citations), *self.also)
        head = FindingOutline(self.element, verdict, cites, (), self.reason, role=self.role)
        if not self.children:
            return head
        return attrs.evolve(head, children=tuple(c.resolved(head) for c in self.children))


_QUESTIONS = ("status", "return")
_OUTCOMES = tuple(dict.fromkeys([*(s.value for s in Status), *(r.value for r in ReturnOutcome)]))


def _one_of(value: Any, allowed: tuple[str, ...]) -> str | None:
    if type(value) is str and value in allowed:
        return None
    return f"expected one of {', '.join(map(repr, allowed))}, got {v._describe(value)}"


@attrs.frozen(repr=False)
class ResultOutline(v.Checked):
    """A status determination or a return assessment in the compact form: what was asked, the
    outcome, what it rests on (the finding tree's outline) and what would decide it, without the
    claim, the doctrine's full record or the provenance (the full form, ``to_json``, has them).

    Args:
        question: ``"status"`` (a :class:`StatusDetermination`) or ``"return"`` (a
            :class:`ReturnAssessment`).
        outcome: the outcome's value (``"refugee"``, ``"prohibited"``, ...).
        on: the date of the assessment.
        finding: the outline of the result's finding tree (its root states its verdict; see
            :class:`FindingOutline` for what each finding below leaves out).
        state: for status, the state whose regime applied (``None``: none given).
        by: for return, the returning state.
        to: for return, the destination.
        displaced_by: for status, the clauses that displaced the Convention.
        definition: for status, the definition the status rests on, where another than Art 1A(2).
        breaches: for return, the provisions the return would breach, as cited.
        undecided: for return, the provisions whose bar is still open, as cited.
        missing_facts: the unknown facts (or doctrinal choices) the result names
            (:meth:`~refugeelaw.StatusDetermination.missing_facts`,
            :meth:`~refugeelaw.ReturnAssessment.missing_facts`):
            for an ``"undetermined"`` outcome, those that would decide it; for a decided return
            (``"prohibited"``, ``"permitted"``), those that would decide the bars still open
            (``undecided``), which the outcome does not wait on (what a bar that holds only
            provisionally waits on, on which the outcome may, is ``pending_status_facts``); a
            decided status names none.
        assumptions: the doctrinal positions relied on, each by its key (``"fear_threshold=0.1"``:
            the :class:`~refugeelaw.Doctrine` field and its value, whose words
            :meth:`~refugeelaw.Doctrine.position` gives), in words where reasons were asked for;
            a reading of the library's own, which has no key, in words.
        pending_status_facts: for return, the facts a pending refugee status (or a clause or an
            Art 33(2) ground raised) waits on where the return is prohibited only while it is
            pending (:meth:`~refugeelaw.ReturnAssessment.pending_status_facts`): an answer to one
            may end the prohibition, so a client reading only ``missing_facts`` would take it as
            final.
        provisional: for return, those of ``breaches`` that it would breach only while the
            refugee status (or an exclusion or cessation, or an Art 33(2) ground, raised) is
            undecided, as cited (:attr:`~refugeelaw.ReturnAssessment.provisional`); empty where
            none is, and where an outline written before this field is read.
    """

    question: Literal["status", "return"] = attrs.field(
        metadata={"check": lambda value: _one_of(value, _QUESTIONS)}
    )
    outcome: Literal[
        "refugee", "not_refugee", "excluded", "ceased", "undetermined", "prohibited", "permitted"
    ] = attrs.field(metadata={"check": lambda value: _one_of(value, _OUTCOMES)})
    on: dt.date = attrs.field(converter=v.to_date, metadata={"check": v.is_date})
    finding: FindingOutline = attrs.field(metadata={"check": v.instance_of(FindingOutline)})
    state: str | None = attrs.field(default=None, metadata={"check": v.opt_country})
    by: str | None = attrs.field(default=None, metadata={"check": v.opt_country})
    to: str | None = attrs.field(default=None, metadata={"check": v.opt_country})
    displaced_by: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    definition: str | None = attrs.field(default=None, metadata={"check": v.opt_str})
    breaches: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    undecided: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    missing_facts: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    assumptions: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    pending_status_facts: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    provisional: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )

    def __repr__(self) -> str:
        return f"<ResultOutline {self.question} {self.outcome} on {self.on.isoformat()}>"

    def _cross_check(self) -> Iterable[Problem]:
        """What the full form checks of the same fields: the outcome is one of the question's
        (a :class:`~refugeelaw.Status` for ``"status"``, a :class:`~refugeelaw.ReturnOutcome`
        for ``"return"``) and agrees with the root's verdict; each field a question does not
        have is left empty; a return names the returning State and the destination."""
        if self.finding.verdict is None:
            yield Problem("finding.verdict", "the root of a tree states its verdict")
        status = self.question == "status"
        kind: type[Status] | type[ReturnOutcome] = Status if status else ReturnOutcome
        verdicts: Mapping[Any, Verdict] = STATUS_VERDICT if status else RETURN_VERDICT
        try:
            outcome = kind(self.outcome)
        except ValueError:
            allowed = ", ".join(repr(o.value) for o in kind)
            yield Problem(
                "outcome",
                f"a {self.question} outline's outcome is one of {allowed}, got {self.outcome!r}",
            )
        else:
            if self.finding.verdict is not None:
                found = _disagreement(outcome, self.finding.verdict, verdicts[outcome])
                if found is not None:
                    yield found
        if status:
            foreign: tuple[tuple[str, object], ...] = (
                ("by", self.by),
                ("to", self.to),
                ("breaches", self.breaches),
                ("undecided", self.undecided),
                ("pending_status_facts", self.pending_status_facts),
                ("provisional", self.provisional),
            )
        else:
            foreign = (
                ("state", self.state),
                ("displaced_by", self.displaced_by),
                ("definition", self.definition),
            )
            for name in ("by", "to"):
                if getattr(self, name) is None:
                    yield Problem(
                        name, "a return outline names the returning State and the destination"
                    )
        other = "return" if status else "status"
        for name, value in foreign:
            if value is not None and value != ():  # given, even as "" (the schema's reading)
                yield Problem(name, f"only a {other} outline has {name}, not a {self.question} one")
        for i, cited in enumerate(self.provisional):
            if cited not in self.breaches:
                yield Problem(
                    f"provisional[{i}]",
                    f"{cited!r} is not among the breaches: only a provision the return would "
                    "breach is breached provisionally",
                )

    @classmethod
    def of(
        cls, result: StatusDetermination | ReturnAssessment, *, reasons: bool = False
    ) -> ResultOutline:
        """The outline of a status determination or a return assessment (with each finding's
        reason if ``reasons``)."""
        finding = FindingOutline.of(result.finding, reasons=reasons)
        missing, assumptions = result.missing_facts(), result.assumptions()
        if not reasons:
            assumptions = tuple([position_key(a) for a in assumptions])
        if isinstance(result, ReturnAssessment):
            return cls(
                "return",
                result.outcome.value,
                result.on,
                finding,
                by=result.by,
                to=result.to,
                breaches=result.breached_provisions,
                undecided=result.undecided_provisions,
                missing_facts=missing,
                assumptions=assumptions,
                pending_status_facts=result.pending_status_facts(),
                provisional=result.provisional_provisions,
            )
        return cls(
            "status",
            result.outcome.value,
            result.on,
            finding,
            state=result.state,
            displaced_by=result.displaced_by,
            definition=result.definition,
            missing_facts=missing,
            assumptions=assumptions,
        )
