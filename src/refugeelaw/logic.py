"""Three-valued verdicts (Kleene's strong logic) and the finding trees that explain them.

A fact the user has not given is *unknown*, not false, so every element of the law is decided as
:attr:`Verdict.MET`, :attr:`Verdict.NOT_MET` or :attr:`Verdict.UNKNOWN`:

>>> Verdict.MET & Verdict.UNKNOWN
<Verdict.UNKNOWN: 'unknown'>
>>> Verdict.NOT_MET & Verdict.UNKNOWN      # one unmet element decides a conjunction
<Verdict.NOT_MET: 'not_met'>
>>> Verdict.MET | Verdict.UNKNOWN          # one met alternative decides a disjunction
<Verdict.MET: 'met'>
>>> ~Verdict.UNKNOWN
<Verdict.UNKNOWN: 'unknown'>
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import attrs

from ._validate import Checked, non_empty_str, opt_str, to_tuple, tuple_of, tuple_of_str
from .sources import Citation

__all__ = ["Finding", "Verdict", "finding", "missing_facts", "reads"]

F = TypeVar("F", bound=Callable[..., object])


class Verdict(enum.Enum):
    """The value of one element of a rule: met, not met, or unknown for want of facts."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, value: bool | None) -> Verdict:
        """``True`` → MET, ``False`` → NOT_MET, ``None`` → UNKNOWN."""
        if value is None:
            return _UNKNOWN
        return _MET if value else _NOT_MET

    @classmethod
    def all(cls, verdicts: Iterable[Verdict]) -> Verdict:
        """Kleene conjunction of any number of verdicts (``MET`` for none)."""
        seen = verdicts if isinstance(verdicts, (list, tuple)) else tuple(verdicts)
        if _NOT_MET in seen:
            return _NOT_MET
        return _UNKNOWN if _UNKNOWN in seen else _MET

    @classmethod
    def any(cls, verdicts: Iterable[Verdict]) -> Verdict:
        """Kleene disjunction of any number of verdicts (``NOT_MET`` for none)."""
        seen = verdicts if isinstance(verdicts, (list, tuple)) else tuple(verdicts)
        if _MET in seen:
            return _MET
        return _UNKNOWN if _UNKNOWN in seen else _NOT_MET

    # Members are singletons, so identity is their equality and may be their hash (Enum's default
    # hashes the name, in Python, on every dict look-up).
    __hash__ = object.__hash__

    def __and__(self, other: Verdict) -> Verdict:
        try:
            return _AND[self, other]
        except (KeyError, TypeError):  # not a Verdict
            return NotImplemented

    def __or__(self, other: Verdict) -> Verdict:
        try:
            return _OR[self, other]
        except (KeyError, TypeError):  # not a Verdict
            return NotImplemented

    def __invert__(self) -> Verdict:
        return _NOT[self]

    def __bool__(self) -> bool:
        raise TypeError(
            "a Verdict is three-valued and has no truth value; compare it with Verdict.MET, "
            "Verdict.NOT_MET or Verdict.UNKNOWN"
        )

    @property
    def known(self) -> bool:
        """Whether the verdict is decided (MET or NOT_MET)."""
        return self is not Verdict.UNKNOWN

    @property
    def symbol(self) -> str:
        """A one-character mark used in explanations: ``✓``, ``✗`` or ``?``."""
        return _SYMBOLS[self]


_MET, _NOT_MET, _UNKNOWN = Verdict.MET, Verdict.NOT_MET, Verdict.UNKNOWN
_SYMBOLS = {_MET: "✓", _NOT_MET: "✗", _UNKNOWN: "?"}

# Kleene's strong three-valued logic, as truth tables: a conjunction fails if any conjunct fails
# and holds only if all hold; a disjunction holds if any disjunct holds and fails only if all fail;
# whatever is left is unknown.
_AND = {
    (_MET, _MET): _MET,
    (_MET, _UNKNOWN): _UNKNOWN,
    (_MET, _NOT_MET): _NOT_MET,
    (_UNKNOWN, _MET): _UNKNOWN,
    (_UNKNOWN, _UNKNOWN): _UNKNOWN,
    (_UNKNOWN, _NOT_MET): _NOT_MET,
    (_NOT_MET, _MET): _NOT_MET,
    (_NOT_MET, _UNKNOWN): _NOT_MET,
    (_NOT_MET, _NOT_MET): _NOT_MET,
}
_OR = {
    (_MET, _MET): _MET,
    (_MET, _UNKNOWN): _MET,
    (_MET, _NOT_MET): _MET,
    (_UNKNOWN, _MET): _MET,
    (_UNKNOWN, _UNKNOWN): _UNKNOWN,
    (_UNKNOWN, _NOT_MET): _UNKNOWN,
    (_NOT_MET, _MET): _MET,
    (_NOT_MET, _UNKNOWN): _UNKNOWN,
    (_NOT_MET, _NOT_MET): _NOT_MET,
}
_NOT = {_MET: _NOT_MET, _NOT_MET: _MET, _UNKNOWN: _UNKNOWN}


def _verdict(value: object) -> object:
    if isinstance(value, str):
        try:
            return Verdict(value)
        except ValueError:
            return value
    return value


def _is_verdict(value: object) -> str | None:
    return None if isinstance(value, Verdict) else f"expected a Verdict, got {type(value).__name__}"


@attrs.frozen(repr=False, cache_hash=True)  # immutable, so its hash never changes
class Finding(Checked):
    """One step of reasoning: an element of a rule, its verdict, why, and on what authority.

    Findings form a tree: ``children`` are the sub-elements the verdict was computed from.

    Args:
        element: what was decided, in words a lawyer would use ("well-founded fear").
        verdict: the three-valued outcome of this element.
        reason: one sentence saying why.
        citations: the provisions (and Handbook paragraphs, cases) the step applies.
        children: the findings this one was computed from.
        assumptions: the contested doctrinal positions this step relied on.
        facts: the field paths of the facts relied on (``"fears[0].likelihood"``).
        missing: the field paths of unknown facts that would decide this step.
        standard: the standard of proof applied, where one applies.
        role: ``"element"`` (a rule applied to facts), ``"exception"`` (a rule that displaces
            another), ``"conclusion"`` or ``"note"``. Whether an element rests on a plain fact or
            on an assessor's judgement is not a role: :attr:`judgements` and :attr:`basis` say
            it, the same way for every finding, from the facts it relied on.
    """

    element: str = attrs.field(metadata={"check": non_empty_str})
    verdict: Verdict = attrs.field(converter=_verdict, metadata={"check": _is_verdict})
    reason: str = attrs.field(metadata={"check": non_empty_str})
    citations: tuple[Citation, ...] = attrs.field(
        default=(), converter=to_tuple, metadata={"check": tuple_of(Citation)}
    )
    children: tuple[Finding, ...] = attrs.field(
        default=(), converter=to_tuple, metadata={"check": lambda v: tuple_of(Finding)(v)}
    )
    assumptions: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, metadata={"check": tuple_of_str}
    )
    facts: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, metadata={"check": tuple_of_str}
    )
    missing: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, metadata={"check": tuple_of_str}
    )
    standard: str | None = attrs.field(default=None, metadata={"check": opt_str})
    role: str = attrs.field(default="element", metadata={"check": non_empty_str})

    def __repr__(self) -> str:
        return f"<Finding {self.element!r}: {self.verdict.value}>"

    @property
    def judgements(self) -> tuple[str, ...]:
        """The facts this finding relied on that record an assessor's judgement (likelihood,
        gravity, proportionality, reasonableness, perception, an Art 1F or 1C(5)-(6) clause:
        ``refugeelaw.facts.records_judgement``, the test that gives a question its kind), as
        given (an unknown one is in :attr:`missing`, not here)."""
        from .facts import records_judgement

        return tuple(p for p in self.facts if records_judgement(p) and p not in self.missing)

    @property
    def basis(self) -> str:
        """``"judgement"`` where the finding rests on an assessor's judgement, ``"fact"`` where
        it records plain facts (a leaf that relied on facts and no judgement), ``"rule"``
        otherwise (a rule applied to other findings, or to no fact of the claim)."""
        if self.judgements:
            return "judgement"
        return "fact" if self.facts and not self.children else "rule"

    def walk(self) -> Iterator[tuple[int, Finding]]:
        """Every finding in the tree, depth first, with its depth (the root is 0)."""
        stack: list[tuple[int, Finding]] = [(0, self)]
        while stack:
            depth, node = stack.pop()
            yield depth, node
            stack.extend((depth + 1, c) for c in reversed(node.children))

    def find(self, element: str) -> Finding | None:
        """The first finding in the tree whose ``element`` is ``element`` (``None`` if none)."""
        return next((f for _, f in self.walk() if f.element == element), None)

    def explain(self, format: str = "text") -> str:
        """The tree rendered as ``"text"``, ``"markdown"``, ``"dot"`` (Graphviz), ``"html"``
        or ``"mermaid"``, one line (or node, or list item) per finding."""
        from .render import render_tree

        return render_tree(self, format)

    def all_assumptions(self) -> tuple[str, ...]:
        """The doctrinal positions relied on anywhere in the tree, in order of first use."""
        return positions_in(self)


def positions_in(root: Finding) -> tuple[str, ...]:
    """The doctrinal positions relied on anywhere in ``root``'s tree, in order of first use."""
    found = dict.fromkeys(root.assumptions)
    for child in root.children:
        found.update(dict.fromkeys(positions_in(child)))
    return tuple(found)


def deciding_positions(root: Finding) -> tuple[str, ...]:
    """The doctrinal positions relied on in ``root``'s tree by the findings that decide it, in
    order of first use: as :func:`positions_in`, but a finding left unknown below a decided one
    is passed over, with everything below it. Kleene's logic is monotone: where a verdict is
    decided while one of the findings it was computed from is unknown, no answer to that finding
    changes it (a fear not yet shown to be for a Convention reason beside one that is: Art 1A(2)
    needs one), so nothing that finding relied on decided it, as :func:`missing_facts` names
    none of its facts."""
    found: dict[str, None] = {}
    stack = [root]
    while stack:  # depth first, in the order positions_in takes them
        node = stack.pop()
        found.update(dict.fromkeys(node.assumptions))
        if node.verdict is _UNKNOWN:
            stack.extend(reversed(node.children))
        else:
            stack.extend([c for c in reversed(node.children) if c.verdict is not _UNKNOWN])
    return tuple(found)


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
        for child in reversed(node.children):
            if child.verdict is Verdict.UNKNOWN:
                stack.append(child)
    return tuple(dict.fromkeys(out))


def finding(
    element: str,
    verdict: Verdict,
    reason: str,
    *citations: Citation,
    children: Iterable[Finding] = (),
    assumptions: Iterable[str] = (),
    facts: Iterable[str] = (),
    missing: Iterable[str] = (),
    standard: str | None = None,
    role: str = "element",
) -> Finding:
    """A rule's finding: how every rule in :mod:`refugeelaw.law` states what it decided.

    ``missing`` is kept only where the verdict is unknown: a decided element needs no more facts.
    """
    return Finding(
        element,
        verdict,
        reason,
        citations=citations,
        children=tuple(children),
        assumptions=tuple(assumptions),
        facts=tuple(facts),
        missing=tuple(missing) if verdict is Verdict.UNKNOWN else (),
        standard=standard,
        role=role,
    )


_NAME = r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*"
# A dotted path; each element's field of a sequence (``claim.fears[].likelihood``); or a mapping's
# value at a parameter (``claim.onward_removal[to]``).
_READ = re.compile(rf"{_NAME}(?:\[\]\.{_NAME}|\[[A-Za-z_]\w*\])?")


def reads(*paths: str) -> Callable[[F], F]:
    """Declare everything a rule's finding depends on: its parameters, or fields of them.

    ``@reads("harm.likelihood", "path", "doctrine.fear_threshold")`` says that the rule's finding
    is a function of those values alone, so that two calls that agree on them get equal findings.
    A rule that weighs every feared harm names each harm's field it reads with ``[]``
    (``"claim.fears[].likelihood"``: the likelihood of each, in order), and a value it looks up in
    a mapping by a parameter with that parameter in brackets (``"claim.onward_removal[to]"``).
    The declaration is part of the rule's contract (a property test checks it); it changes nothing
    about how the rule runs.

    Raises:
        TypeError: a path does not start with one of the rule's positional parameters.
    """

    def declare(rule: F) -> F:
        code = rule.__code__
        params = code.co_varnames[: code.co_argcount]
        for path in paths:
            looked_up = path[path.index("[") + 1 : -1] if path.endswith("]") else None
            if (
                not _READ.fullmatch(path)
                or path.split(".")[0].split("[")[0] not in params
                or (looked_up is not None and looked_up not in params)
            ):
                raise TypeError(f"{rule.__qualname__} reads {path!r}, which is not one of {params}")
        rule.__reads__ = paths  # type: ignore[attr-defined]
        return rule

    return declare
