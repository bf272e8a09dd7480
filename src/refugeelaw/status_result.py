"""The result of a status determination."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from ._validate import slot_setters
from .doctrine import Doctrine
from .explain import render
from .facts import Claim
from .logic import Finding, Verdict

__all__ = ["ExplainedResult", "Status", "StatusDetermination"]


class Status(enum.Enum):
    """The outcome of a refugee status determination."""

    REFUGEE = "refugee"
    NOT_REFUGEE = "not_refugee"
    EXCLUDED = "excluded"
    CEASED = "ceased"
    UNDETERMINED = "undetermined"

    __hash__ = object.__hash__  # members are singletons; see logic.Verdict

    @property
    def label(self) -> str:
        return self.name.replace("_", " ")


def missing_facts(root: Finding) -> tuple[str, ...]:
    """The unknown facts that could still change an undecided verdict, in tree order.

    Only unknown branches are followed: a decided element makes its unknown siblings irrelevant
    only where Kleene logic says so (an unmet conjunct, a met disjunct), and those siblings are not
    listed.
    """
    if root.verdict is not Verdict.UNKNOWN:
        return ()
    out: list[str] = []
    stack = [root]
    while stack:
        node = stack.pop()
        out.extend(node.missing)
        stack.extend(c for c in reversed(node.children) if c.verdict is Verdict.UNKNOWN)
    return tuple(dict.fromkeys(out))


class ExplainedResult:
    """What every result shares: the unknown facts that would decide it, the doctrinal positions
    it relied on, and a rendered explanation with those listed after the finding tree."""

    __slots__ = ()
    finding: Finding
    outcome: enum.Enum

    def missing_facts(self) -> tuple[str, ...]:
        """Field paths of the unknown facts (or doctrinal choices) that would decide an
        ``UNDETERMINED`` outcome; empty for a decided one."""
        if self.outcome.name != "UNDETERMINED":
            return ()
        return missing_facts(self.finding)

    def assumptions(self) -> tuple[str, ...]:
        """The doctrinal positions the result relied on."""
        return self.finding.all_assumptions()

    def _render(self, format: str, header: list[str], sections: list[str]) -> str:
        bullet = "- "
        footer = list(sections)
        footer += ["", "Doctrinal positions relied on:"]
        footer += [f"{bullet}{a}" for a in self.assumptions()] or [f"{bullet}none"]
        missing = self.missing_facts()
        if missing:
            footer += ["", "Facts that would decide it:"] + [f"{bullet}{m}" for m in missing]
        return render(self.finding, format=format, header=header, footer=footer)


@attrs.frozen(repr=False)
class StatusDetermination(ExplainedResult):
    """Whether a person is a refugee, on which date, and why.

    Args:
        outcome: a :class:`Status`.
        claim: the facts assessed.
        on: the date of the assessment.
        finding: the explanation, a tree of :class:`~refugeelaw.Finding`.
        doctrine: the contested positions applied.
        state: the state whose regime framed the question, if any.
        regime: the definition's limits as applied (Art 1B; Protocol art. I).
    """

    outcome: Status
    claim: Claim
    on: dt.date
    finding: Finding
    doctrine: Doctrine = attrs.field(factory=Doctrine)
    state: str | None = None
    regime: str = ""

    def __repr__(self) -> str:
        return f"<StatusDetermination {self.outcome.name} on {self.on.isoformat()}>"

    def __str__(self) -> str:
        return f"{self.outcome.label.upper()} on {self.on.isoformat()}: {self.finding.reason}"

    def explain(self, format: str = "text") -> str:
        """The reasoning, one line per finding, with citations, facts and doctrine.

        Args:
            format: ``"text"``, ``"markdown"`` or ``"dot"`` (Graphviz).
        """
        header = [
            f"{'# ' if format == 'markdown' else ''}Refugee status: {self.outcome.label.upper()}",
            f"Assessed on {self.on.isoformat()}; {self.regime}.",
            "",
        ]
        return self._render(format, header, [])

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary for embedding: outcome, date, missing facts, positions, tree."""
        from .serialize import to_dict

        return self._dict(to_dict(self.finding))

    def _dict(self, finding: Any) -> dict[str, Any]:
        from .serialize import to_dict

        return {
            "outcome": self.outcome.value,
            "on": self.on.isoformat(),
            "state": self.state,
            "regime": self.regime,
            "missing_facts": list(self.missing_facts()),
            "assumptions": list(self.assumptions()),
            "finding": finding,
            "claim": to_dict(self.claim),
        }


_new = object.__new__
_SETTERS = slot_setters(StatusDetermination)  # in field order


def trusted_determination(
    outcome: Status,
    claim: Claim,
    on: dt.date,
    finding: Finding,
    doctrine: Doctrine,
    state: str | None,
    regime: str,
) -> StatusDetermination:
    """Build a :class:`StatusDetermination` from values :func:`refugeelaw.assess_status` itself
    produced, without attrs' ``__init__`` (the class has no validators to skip; this only saves the
    call overhead on the hot path of a caseload)."""
    result: StatusDetermination = _new(StatusDetermination)
    set_outcome, set_claim, set_on, set_finding, set_doctrine, set_state, set_regime = _SETTERS
    set_outcome(result, outcome)
    set_claim(result, claim)
    set_on(result, on)
    set_finding(result, finding)
    set_doctrine(result, doctrine)
    set_state(result, state)
    set_regime(result, regime)
    return result
