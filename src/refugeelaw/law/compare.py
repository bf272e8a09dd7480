"""One question under several doctrines: where the contested positions make the answer differ.

Every contested position is a :class:`~refugeelaw.Doctrine` field, and each question the library
answers can be put under several named views at once: refugee status (a claim), return (a claim,
a returning state and a destination) and precedence (two conflicting obligations).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .. import results as kinds  # the classes themselves, for isinstance (not their builders)
from .._arguments import Arguments
from .._validate import _describe
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

    A view on which the question does not arise (the claim or the arguments refused as input on
    that view's positions: on the reading that Taiwan is part of China, a removal from Taiwan to
    China is a move within a state, not a return) has no result: the comparison names it in
    ``not_arising`` with the refusal's words, and compares the views that answer.

    Raises:
        InvalidInput: no view, or a claim or argument the question cannot take; where no view
            answers, each view's refusal under ``views[name]`` (the input's own error where
            every view, of two or more, refuses it alike).
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
            if not isinstance(name, str) or not name:  # a view is named by a non-empty string
                args.problems.append(
                    Problem(
                        f"views[{name!r}]",
                        f"a view's name must be a non-empty string, got {_describe(name)}",
                    )
                )
            args.instance(f"views[{name!r}]", doctrine, Doctrine)
    args.country("state", state, optional=True)
    args.country("to", to, optional=True)
    when = args.date("on", on)
    args.done()
    if not views:
        raise InvalidInput([Problem("views", "give at least one named Doctrine")])
    if to is not None and state is None and not isinstance(claim, tuple):
        raise InvalidInput([Problem("state", "give the returning state to compare a return")])

    def answer(doctrine: Doctrine) -> StatusDetermination | ReturnAssessment | PrecedenceRuling:
        if isinstance(claim, tuple):
            first, second = claim
            return resolve_conflict(
                first,
                second,
                between=between,
                on=when,
                doctrine=doctrine,
                instruments=instruments,
                extra=extra,
            )
        if to is not None:
            assert state is not None  # refused above
            return assess_return(claim, by=state, to=to, on=when, doctrine=doctrine)
        return assess_status(claim, on=when, state=state, doctrine=doctrine)

    results: dict[str, StatusDetermination | ReturnAssessment | PrecedenceRuling] = {}
    refused: dict[str, InvalidInput] = {}
    for name, doctrine in views.items():
        try:
            results[name] = answer(doctrine)
        except InvalidInput as exc:
            # On this view the question does not arise (as questions() leaves such a position's
            # answer out): a removal between Taiwan and China, on the reading that Taiwan is part
            # of China, is a move within a state, not a return.
            refused[name] = exc
    if not results:
        raise _none_answers(refused, lambda: answer(Doctrine()))
    determinations = {
        name: r.status if isinstance(r, kinds.ReturnAssessment) else r
        for name, r in results.items()
        if not isinstance(r, kinds.PrecedenceRuling)
    }
    diverges = _first_divergence([r.finding for r in results.values()])
    return DoctrineComparison(
        determinations=_statuses(determinations),
        diverges_at=diverges,
        results=results,
        not_arising={name: str(exc) for name, exc in refused.items()},
    )


def _none_answers(
    refused: Mapping[str, InvalidInput], default: Callable[[], object]
) -> InvalidInput:
    """The error where no view answers: the input's own, where the refusal turns on no view
    (every view of two or more refuses it alike, or a single view's refusal is the default
    doctrine's too, ``default``); else each view's refusal, named ``views[name]``, the path it
    names kept in its words."""
    errors = list(refused.values())
    if all(e.problems == errors[0].problems for e in errors):
        if len(errors) > 1:
            return errors[0]
        try:
            default()
        except InvalidInput as own:
            if own.problems == errors[0].problems:
                return errors[0]
    return InvalidInput(
        [
            Problem(f"views[{name!r}]", f"the question does not arise on this view: {exc}")
            for name, exc in refused.items()
        ]
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
