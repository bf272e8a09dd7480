"""The question engine's speed devices (:mod:`refugeelaw.questions`): the same questions, the same
answers, each answer's outcome still the outcome of assessing the claim again, for less around
that re-assessment.

- **Answers and questions built trusted.** An :class:`~refugeelaw.Answer` is made from the
  library's own values (an outcome the rules returned, a count), a :class:`~refugeelaw.Question`
  from the engine's own (``questions._new_question``), so each is built without its checks, as
  the results are (:func:`refugeelaw._speed.trusted`).
- **The position already taken.** A doctrinal question's answer that is the position the result
  already applies is the result itself: the evolve of a field to the value it holds (equal, of
  the same type, with no converter) gives the object back, and an answer whose doctrine is the
  result's own takes the result's outcome and open count, without assessing the same claim again.
- **Answered claims built from a plan.** The path of a question is read once; each object on it
  is copied field by field (one copier written per class) with the one changed field converted
  and checked, as :func:`refugeelaw._speed.checked_evolve` does. A path or value it cannot take
  goes to :func:`refugeelaw.questions.answered` itself, which gives the same claim or the same
  error.
- **The findings that need a fact, found once per result.** One walk of the result's tree finds
  the undecided findings waiting on each path (:func:`refugeelaw.questions._needing` walks once
  per question).

:func:`install` puts these in the question engine's namespace; :func:`refugeelaw._speed.off`
takes them away with the rest of the layer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import questions
from .._validate import _add, to_number, to_opt_number
from ..errors import InvalidInput, Problem
from ..logic import Finding, Verdict
from ..outcomes import ReturnOutcome, Status
from ..questions import _AGAIN, _STEP, Answer, Question
from . import _evolvable, _layout, checked_evolve, unfrozen

__all__ = ["forget", "install"]

_UNKNOWN = Verdict.UNKNOWN


def install(put: Callable[[Any, str, Any], None]) -> None:
    """Put the devices into :mod:`refugeelaw.questions` with ``put(module, name, value)`` (the
    layer's setter, which keeps the originals for :func:`refugeelaw._speed.uninstall`)."""
    _ORIGINAL.setdefault("answered", questions.answered)
    put(questions, "_answer", _answer)
    put(questions, "_needing", _needing)
    put(questions, "answered", _answered)
    put(questions, "evolve", _evolve)
    put(questions, "_new_question", _new_question)


_ORIGINAL: dict[str, Any] = {}


def forget() -> None:
    """Forget what the devices remember of the results and paths seen (the last tree walked for
    :func:`_needing`, the plans of the paths asked about); the code they generated stays."""
    _NEEDING.clear()
    _PLANS.clear()


# ---------------------------------------------------------------------------------------------
# Answers.
# ---------------------------------------------------------------------------------------------


def _new_answer(value: Any, label: str, status: Any, return_outcome: Any, still_open: int) -> Any:
    """An :class:`~refugeelaw.Answer` from the engine's own values (an outcome the rules
    returned, a count), without the checks."""
    return _builder(Answer)(value, label, status, return_outcome, still_open)


def _new_question(
    path: str,
    text: str,
    kind: Any,
    citations: tuple[Any, ...],
    standard: str | None,
    answers: tuple[Any, ...],
    decisive: bool,
    narrows: bool = False,
) -> Any:
    """A :class:`~refugeelaw.Question` from the engine's own values (its citations and answers
    already tuples, its kind a :class:`~refugeelaw.QuestionKind`), without the checks."""
    return _builder(Question)(path, text, kind, citations, standard, answers, decisive, narrows)


def _answer(
    result: Any,
    value: Any,
    label: str,
    *,
    claim: Any = None,
    doctrine: Any = None,
) -> Any:
    """:func:`refugeelaw.questions._answer`: the outcome of the case with one answer given and
    everything else unchanged."""
    if claim is None and doctrine is result.doctrine:
        redone = result  # the position the result already takes (see _evolve): the same case
    else:
        redone = _AGAIN[type(result)](
            result,
            result.claim if claim is None else claim,
            result.doctrine if doctrine is None else doctrine,
        )
    outcome = redone.outcome
    if isinstance(outcome, Status):
        return _new_answer(value, label, outcome, None, _open(redone))
    return _new_answer(value, label, None, ReturnOutcome(outcome.value), _open(redone))


def _open(result: Any) -> int:
    """``len(result.missing_facts())``: how many facts the answered case still waits on."""
    return len(result.missing_facts())


# ---------------------------------------------------------------------------------------------
# The finding that needs a fact.
# ---------------------------------------------------------------------------------------------

_NEEDING: list[
    tuple[Finding, dict[str, tuple[Finding, ...]]]
] = []  # the last tree walked, and its table


def _needing(root: Finding, path: str) -> tuple[Finding, ...]:
    """:func:`refugeelaw.questions._needing`: the findings, in explanation order, whose verdict
    waits on ``path``, from one walk of the tree per result (the last tree's table is kept, read
    once per call so that another thread's table is never read for this tree)."""
    last = _NEEDING[0] if _NEEDING else None
    if last is None or last[0] is not root:
        waiting: dict[str, list[Finding]] = {}
        stack = [root]
        while stack:  # the order of Finding.walk: depth first, children in order
            node = stack.pop()
            if node.verdict is _UNKNOWN:
                for waited in dict.fromkeys(node.missing):
                    waiting.setdefault(waited, []).append(node)
            stack.extend(reversed(node.children))
        table = {waited: tuple(nodes) for waited, nodes in waiting.items()}
        last = (root, table)
        _NEEDING[:] = [last]
    return last[1].get(path, ())


# ---------------------------------------------------------------------------------------------
# Answered claims.
# ---------------------------------------------------------------------------------------------

# A path's plan: each step as ("attr", name), ("index", i) or ("key", key); None where the
# engine's own ``answered`` must take it (not a path, or a pending clause decided).
_Plan = tuple[tuple[str, Any], ...]
_PLANS: dict[str, _Plan | None] = {}


def _plan(path: str) -> _Plan | None:
    steps = list(_STEP.finditer(path))
    if not steps or "".join(m[0] for m in steps) != path:
        return None
    if steps[0]["attr"] in ("exclusion_pending", "cessation_pending"):
        return None
    plan: list[tuple[str, Any]] = []
    for step in steps:
        if step["attr"]:
            plan.append(("attr", step["attr"]))
        elif step["index"]:
            plan.append(("index", int(step["index"])))
        else:
            plan.append(("key", step["key"]))
    return tuple(plan)


def _answered(claim: Any, path: str, value: Any) -> Any:
    """:func:`refugeelaw.questions.answered`: the same claim; anything unusual (a pending clause,
    a path that is not the claim's, a value refused) is left to the engine's own function, which
    says what is wrong as it always does."""
    if type(path) is not str:  # not a path at all
        return _ORIGINAL["answered"](claim, path, value)
    try:
        plan = _PLANS[path]
    except KeyError:
        if len(_PLANS) >= 4096:
            _PLANS.clear()
        plan = _PLANS[path] = _plan(path)
    if plan is not None:
        try:
            return _put(claim, plan, 0, value)
        except Exception:  # whatever it is, the engine's own function says it as it always does
            pass
    return _ORIGINAL["answered"](claim, path, value)


def _put(owner: Any, plan: _Plan, i: int, value: Any) -> Any:
    kind, step = plan[i]
    last = i == len(plan) - 1
    if kind == "attr":
        new = value if last else _put(getattr(owner, step), plan, i + 1, value)
        return _evolver(type(owner), step)(owner, new)
    if kind == "index":
        items = list(owner)
        items[step] = _put(items[step], plan, i + 1, value)
        return tuple(items)
    entries = dict(owner)
    entries[step] = value if last else _put(entries[step], plan, i + 1, value)
    return entries


def _evolve(inst: Any, **changes: Any) -> Any:
    """:func:`refugeelaw._speed.checked_evolve` (an equal object, the same error), by the written
    evolver of the one field that changes (a doctrinal position, a fact); where the value is the
    one the object holds already (equal, of the same type, and not converted), the object
    itself."""
    if len(changes) != 1:
        return checked_evolve(inst, **changes)
    ((name, value),) = changes.items()
    known = _evolvable(type(inst))
    if known is not None and name in known[0] and known[0][name][0] in _KEEPS_EQUALS:
        current = getattr(inst, name)
        if current is value or (type(current) is type(value) and current == value):
            return inst  # nothing changes: the same (immutable) object serves
    return _evolver(type(inst), name)(inst, value)


#: The converters (none, or one that maps equal numbers to equal numbers) under which a value
#: equal to the one held, of the same type, converts to that value.
_KEEPS_EQUALS = (None, to_number, to_opt_number)

_EVOLVERS: dict[tuple[type, str], Callable[[Any, Any], Any]] = {}


def _evolver(cls: type, name: str) -> Callable[[Any, Any], Any]:
    """``checked_evolve(inst, **{name: value})`` for one class and one field: the field converted
    and checked, the object copied (by :func:`_copier`) with the new value in place."""
    found = _EVOLVERS.get((cls, name))
    if found is None:
        found = _EVOLVERS[cls, name] = _field_evolver(cls, name)
    return found


def _field_evolver(cls: type, name: str) -> Callable[[Any, Any], Any]:
    known = _evolvable(cls)
    if known is None or name not in known[0]:
        return lambda inst, value: checked_evolve(inst, **{name: value})
    fields, crossed = known
    convert, check = fields[name]
    copy = _copier(cls)
    names, setters = _layout(cls)
    put = setters[names.index(name)]

    def evolve(inst: Any, value: Any) -> Any:
        if convert is not None:
            value = convert(value)
        problems: list[Problem] = []
        if check is not None:
            _add(problems, name, check(value) or None)
            if problems:
                raise InvalidInput(problems)
        obj = copy(inst)
        put(obj, value)
        if crossed:
            _add(problems, "", obj._cross_check())
            if problems:
                raise InvalidInput(problems)
        return obj

    return evolve


_COPIERS: dict[type, Callable[[Any], Any]] = {}
_BUILDERS: dict[type, Callable[..., Any]] = {}


def _copier(cls: type) -> Callable[[Any], Any]:
    """A copy of an instance of a slotted attrs class, field by field (attrs' hash cache, if
    any, left to be computed on first use)."""
    found = _COPIERS.get(cls)
    if found is None:
        found = _COPIERS[cls] = _written(cls, copy=True)
    return found


def _builder(cls: type) -> Callable[..., Any]:
    """A builder of a slotted attrs class from every field's value in order, without the
    checks (:func:`refugeelaw._speed.trusted`, for one call that names every field)."""
    found = _BUILDERS.get(cls)
    if found is None:
        found = _BUILDERS[cls] = _written(cls, copy=False)
    return found


def _written(cls: type, *, copy: bool) -> Callable[..., Any]:
    """The copier or builder of ``cls``, written out once, on first use (writing one costs as
    much as a few hundred calls save: the classes a question never builds are never written).
    It fills in the class's unfrozen twin with plain slot stores and then makes it a ``cls``, as
    :func:`refugeelaw._speed.fast_finding` does: a store through each slot's descriptor, called
    as a function, cost three times as much."""
    names, setters = _layout(cls)
    namespace: dict[str, Any] = {"new": object.__new__, "twin": unfrozen(cls), "cls": cls}
    params = "inst" if copy else ", ".join(f"a{i}" for i in range(len(names)))
    lines = [f"def write({params}):", "    obj = new(twin)"]
    for i, field in enumerate(names):
        lines.append(f"    obj.{field} = {f'inst.{field}' if copy else f'a{i}'}")
    if len(setters) > len(names):
        lines.append("    obj._attrs_cached_hash = None")
    lines += ["    obj.__class__ = cls", "    return obj"]
    exec("\n".join(lines), namespace)  # field names of a library class and fixed lines only
    return namespace["write"]  # type: ignore[no-any-return]
