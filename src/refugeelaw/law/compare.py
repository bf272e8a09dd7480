"""One question under several doctrines: where the contested positions make the answer differ.

Every contested position is a :class:`~refugeelaw.Doctrine` field, and each question the library
answers can be put under several named views at once: refugee status (a claim), return (a claim,
a returning state and a destination) and precedence (two conflicting obligations).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from .. import results as kinds  # the classes themselves, for isinstance (not their builders)
from .._arguments import Arguments
from ..doctrine import Doctrine
from ..errors import InvalidInput, Problem
from ..facts import Claim
from ..instruments import Instrument
from ..logic import Finding
from ..results import (
    DoctrineComparison,
    PrecedenceRuling,
    ReturnAssessment,
    StateObligation,
    StatusDetermination,
)
from ..states import Participation
from .precedence import resolve_conflict
from .refoulement import assess_return
from .status import assess_status

__all__ = ["compare_doctrines"]


def compare_doctrines(
    claim: Claim | tuple[StateObligation, StateObligation],
    views: Mapping[str, Doctrine],
    *,
    on: dt.date | str | None = None,
    state: str | None = None,
    to: str | None = None,
    between: Iterable[str] | None = None,
    instruments: Iterable[Instrument] = (),
    extra: Iterable[Participation] = (),
) -> DoctrineComparison:
    """Answer one question under several named doctrines and report where the views diverge.

    Args:
        claim: a :class:`~refugeelaw.Claim` (refugee status, or return where ``to`` is given),
            or two conflicting :class:`~refugeelaw.StateObligation` (precedence).
        views: the doctrines, by name.
        on: the date (default: today).
        state: for status, the assessing state (its Art 1B regime); for return, the returning
            state (required).
        to: for return, the destination.
        between: for precedence, the states whose relations are in question.
        instruments, extra: for precedence, your own instruments and participation records, as
            :func:`~refugeelaw.resolve_conflict` takes them.

    The divergence point is the first element, in the order the explanation lists them, whose
    verdict differs between any two views and none of whose sub-elements differ: the rule the
    doctrine actually changes, not the conclusions that merely inherit the difference (which would
    always be the root whenever the outcomes differ).

    Raises:
        InvalidInput: no view, or a claim or argument the question cannot take.
    """
    args = Arguments()
    if isinstance(claim, tuple):
        if len(claim) != 2:
            args.problems.append(Problem("claim", "give a Claim, or two conflicting obligations"))
        else:
            for i, ob in enumerate(claim):
                args.instance(f"claim[{i}]", ob, StateObligation)
    else:
        args.instance("claim", claim, Claim)
    args.instance("views", views, Mapping)
    if isinstance(views, Mapping):
        for name, doctrine in views.items():
            args.instance(f"views[{name!r}]", doctrine, Doctrine)
    args.country("state", state, optional=True)
    args.country("to", to, optional=True)
    args.done()
    if not views:
        raise InvalidInput([Problem("views", "give at least one named Doctrine")])
    results: dict[str, StatusDetermination | ReturnAssessment | PrecedenceRuling]
    if isinstance(claim, tuple):
        first, second = claim
        results = {
            name: resolve_conflict(
                first,
                second,
                between=between,
                on=on,
                doctrine=doctrine,
                instruments=instruments,
                extra=extra,
            )
            for name, doctrine in views.items()
        }
    elif to is not None:
        if state is None:
            raise InvalidInput([Problem("state", "give the returning state to compare a return")])
        results = {
            name: assess_return(claim, by=state, to=to, on=on, doctrine=doctrine)
            for name, doctrine in views.items()
        }
    else:
        results = {
            name: assess_status(claim, on=on, state=state, doctrine=doctrine)
            for name, doctrine in views.items()
        }
    determinations = {
        name: r.status if isinstance(r, kinds.ReturnAssessment) else r
        for name, r in results.items()
        if not isinstance(r, kinds.PrecedenceRuling)
    }
    diverges = _first_divergence([r.finding for r in results.values()])
    return DoctrineComparison(
        determinations=_statuses(determinations), diverges_at=diverges, results=results
    )


def _statuses(found: Mapping[str, Any]) -> dict[str, StatusDetermination]:
    return {name: d for name, d in found.items() if isinstance(d, kinds.StatusDetermination)}


def _first_divergence(nodes: list[Finding]) -> str | None:
    """The most specific element, in explanation order, where the parallel trees differ."""
    for children in zip(*(n.children for n in nodes), strict=False):
        found = _first_divergence(list(children))
        if found is not None:
            return found
    if len({(n.element, n.verdict) for n in nodes}) > 1:
        return nodes[0].element
    return None
