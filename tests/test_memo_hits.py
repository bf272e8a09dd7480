"""Every memo hit equals the rule as written.

The speed layer remembers each ``@reads`` rule on exactly the values its declaration names
(:func:`refugeelaw._speed.memoised`), so a declaration that names less than the rule reads hands
one question's answer to another. ``tests/test_speed.py`` checks that each parameter a rule uses
is declared (by reading the source) and that whole results are alike with the layer on and off;
this file checks the memo itself, hit by hit: inside :func:`refugeelaw._speed.checking` each hit
whose arguments differ from those of the call that made the entry is recomputed by the rule as
written and compared with what was remembered (a hit on equal arguments, of the same types, is
the rule's own answer to them, and is only counted). A throwaway form of this check found
``law.inclusion.alienage`` remembered without the doctrine and the rest of the claim (*Thabet*:
a fear in another former home weighs every element under every position), so that a finding made
under one fear threshold was given under another; the drawn claims below catch that declaration.

The corpus: every case file of ``tests/cases/`` (status, return, conflict) twice under its own
doctrine, and the questions each undecided one raises (the claim with one fact changed); each status case again under its doctrine changed to each position
``tests/test_compare.py`` compares, and each return case under a few of them in turn; each
comparison scenario itself; and the claims, doctrines, states and returns the speed layer's
property draws, each claim's status under every compared position, with the memos warm from all
that came before.
"""

from __future__ import annotations

import functools
import json
import pathlib
import sys
import types
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refugeelaw as rl
from refugeelaw import _speed
from refugeelaw._frozenmap import FrozenMap
from test_compare import SCENARIOS
from test_speed import ON, RETURNS, decide
from test_status_properties import STATES, claims, doctrines, recognised_claims, several_homes

CASES = pathlib.Path(__file__).parent / "cases"
Flip = tuple[str, Any]  # a Doctrine field and a position it may take
Where = tuple[str, str]  # who returns the person, and where


def _short(value: Any, width: int = 160) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def differences(first: Any, now: Any, path: str, out: list[str], depth: int = 0) -> None:
    """Where two arguments differ, as ``path: first → now`` (into fields of attrs objects and
    items of sequences and mappings, a few levels deep)."""
    if first is now or (first == now and type(first) is type(now)):
        return
    if depth < 5 and type(first) is type(now):
        if attrs.has(type(first)):
            for field in attrs.fields(type(first)):
                differences(
                    getattr(first, field.name), getattr(now, field.name),
                    f"{path}.{field.name}", out, depth + 1,
                )  # fmt: skip
            return
        if isinstance(first, tuple) and len(first) == len(now):
            for i, (a, b) in enumerate(zip(first, now, strict=True)):
                differences(a, b, f"{path}[{i}]", out, depth + 1)
            return
        if isinstance(first, dict | FrozenMap) and first.keys() == now.keys():
            for key in first:
                differences(first[key], now[key], f"{path}[{key!r}]", out, depth + 1)
            return
    out.append(f"{path}: {_short(first)} → {_short(now)}")


def _first_difference(remembered: Any, direct: Any) -> str:
    """The first finding of the two trees that differs (by walk order), or the values."""
    if isinstance(remembered, rl.Finding) and isinstance(direct, rl.Finding):
        for (_, a), (_, b) in zip(remembered.walk(), direct.walk(), strict=False):
            if attrs.evolve(a, children=()) != attrs.evolve(b, children=()):
                return (
                    f"remembered {a.element!r} {a.verdict.name}: {_short(a.reason)}; "
                    f"as written {b.element!r} {b.verdict.name}: {_short(b.reason)}"
                )
    return f"remembered {_short(remembered)}; as written {_short(direct)}"


@attrs.define
class Hits:
    """A :data:`refugeelaw._speed.Verify`: each hit recomputed by the rule as written, the hits
    counted by rule, and each rule's first mismatch said with its declaration and the arguments
    by which the call that made the entry differs from this one."""

    count: dict[str, int] = attrs.field(factory=dict)
    same: int = 0  # hits on the very arguments that made the entry (not recomputed)
    mismatches: dict[str, str] = attrs.field(factory=dict)

    def __call__(
        self,
        rule: Callable[..., Any],
        first: tuple[Any, ...],
        now: tuple[Any, ...],
        remembered: Any,
    ) -> None:
        name = f"{rule.__module__}.{rule.__qualname__}"
        self.count[name] = self.count.get(name, 0) + 1
        code = rule.__code__
        found: list[str] = []
        for param, a, b in zip(code.co_varnames[: code.co_argcount], first, now, strict=True):
            differences(a, b, param, found)
        if not found:  # the very arguments that made the entry: the rule's own answer to them
            self.same += 1
            return
        try:
            direct = rule(*now)
        except Exception as exc:  # the remembered call returned; the rule as written raised
            direct = exc
        if type(direct) is type(remembered) and direct == remembered:
            return
        if name in self.mismatches:
            return
        self.mismatches[name] = (
            f"{name} @reads{getattr(rule, '__reads__', ())}: a hit remembered from a call whose "
            f"arguments differ at {'; '.join(found)} — "
            f"{_first_difference(remembered, direct)}"
        )

    def assert_none(self) -> None:
        if self.mismatches:  # said alone (an assert would repeat every count after it)
            raise AssertionError("\n\n".join(self.mismatches.values()))


@pytest.fixture
def hits() -> Iterator[Hits]:
    """The layer installed with every memo hit checked by a fresh :class:`Hits`; afterwards the
    layer as it was before (installed or not, its own memos kept)."""
    check = Hits()
    with _speed.checking(check):
        yield check


def _load(kind: str) -> list[dict[str, Any]]:
    return [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((CASES / kind).glob("*.json"))
    ]


def _doctrine(case: dict[str, Any]) -> rl.Doctrine:
    return rl.Doctrine(**case.get("doctrine", {}))


def _status(case: dict[str, Any], doctrine: rl.Doctrine) -> rl.StatusDetermination:
    claim = rl.from_dict(rl.Claim, case["claim"])
    return rl.assess_status(claim, on=case["on"], state=case.get("state"), doctrine=doctrine)


def _return(case: dict[str, Any], doctrine: rl.Doctrine) -> rl.ReturnAssessment:
    claim = rl.from_dict(rl.Claim, case["claim"])
    return rl.assess_return(claim, by=case["by"], to=case["to"], on=case["on"], doctrine=doctrine)


@functools.cache
def flips() -> tuple[tuple[str, Any], ...]:
    """Each position ``tests/test_compare.py`` compares, as (field, value): a doctrine changed in
    one of them alone asks the same question under another position, so that a rule remembered
    without that field is handed a finding made under the other."""
    found: dict[tuple[str, str], tuple[str, Any]] = {}
    for field, scenario in SCENARIOS.items():
        _, _, (one, other), _ = scenario()
        for value in (one, other):
            found.setdefault((field, repr(value)), (field, value))
    return tuple(found[key] for key in sorted(found))


#: How many of the compared positions each return case is decided under, besides its own (in
#: turn, so that every position is taken by some cases; each status case is decided under all).
EACH_UNDER = 8


def test_every_memo_hit_on_the_case_files_and_the_comparisons_equals_the_rule_as_written(
    hits: Hits,
) -> None:
    """Art 1 (the status cases), the bars on return (Arts 33, CAT 3, ICCPR 6–7, the ECHR, the
    ACHR, the OAU Convention, custom: the return cases) and precedence (VCLT arts 30, 53, 64,
    Charter art. 103: the conflict cases, whose duties are surveyed by ``law.obligations``):
    every case file decided twice under its own doctrine (the second time the top rules hit),
    and the questions of those undecided (each answer the claim with one fact changed); then
    each status case under its doctrine changed to each position ``tests/test_compare.py``
    compares and each return case under a few of them in turn, and every comparison scenario:
    no memo hit differs from the rule as written."""
    from test_precedence import _resolve

    status, returns, conflicts = _load("status"), _load("return"), _load("conflict")
    assert status
    assert returns
    assert conflicts
    for _ in range(2):
        for case in status:
            _status(case, _doctrine(case))
        for case in returns:
            _return(case, _doctrine(case))
        for case in conflicts:
            _resolve(case)
    asked = [  # each answer is the claim re-assessed with one fact changed
        *(_status(case, _doctrine(case)).questions() for case in status),
        *(_return(case, _doctrine(case)).questions() for case in returns),
    ]
    assert sum(map(len, asked)) > 50
    changes = flips()
    assert {field for field, _ in changes} == set(SCENARIOS)
    for case in status:  # each status case under each other position
        for field, value in changes:
            _status(case, attrs.evolve(_doctrine(case), **{field: value}))
    for i, case in enumerate(returns):  # each return case under a few, in turn
        for j in range(EACH_UNDER):
            field, value = changes[(i * EACH_UNDER + j) % len(changes)]
            _return(case, attrs.evolve(_doctrine(case), **{field: value}))
    for field, scenario in SCENARIOS.items():
        subject, kwargs, (one, other), _ = scenario()
        base = rl.Doctrine(**kwargs.pop("base", {}))
        kwargs.setdefault("on", ON)
        compared = {
            "one": attrs.evolve(base, **{field: one}),
            "other": attrs.evolve(base, **{field: other}),
        }
        rl.compare_doctrines(subject, compared, **kwargs)
    hits.assert_none()
    # The check ran: hits on other arguments were recomputed, in the rules of status, of
    # return and of the survey of duties.
    assert sum(hits.count.values()) - hits.same > 10_000
    for rule in (
        "refugeelaw.law.inclusion.alienage",
        "refugeelaw.law.fear.well_founded",
        "refugeelaw.law.cat_3.torture_risk",
        "refugeelaw.law.obligations.survey",
    ):
        assert hits.count.get(rule, 0) > 0, rule


@st.composite
def in_a_former_home(draw: st.DrawFn) -> rl.Claim:
    """A stateless person with several former homes (:func:`several_homes`) now in one of them:
    read under ``return_to_other_residences`` (*Thabet*), being outside turns on a well-founded
    fear in another home, the branch of Art 1A(2) whose finding reads the most."""
    claim = draw(several_homes())
    person = claim.person
    homes = sorted({person.habitual_residence or "", *person.other_habitual_residences} - {""})
    here = draw(st.sampled_from(homes))
    return attrs.evolve(claim, person=attrs.evolve(person, location=here))


def test_every_memo_hit_on_drawn_claims_equals_the_rule_as_written(hits: Hits) -> None:
    """Art 1 and the bars on return (Arts 33, CAT 3, ICCPR 6–7, custom), for the claims,
    doctrines, states and returns the speed layer's property draws (``tests/test_speed.py``),
    stateless persons with several former homes (Handbook para. 104; *Thabet*) and recognised
    refugees (Handbook para. 28) among them: each claim's status decided under its doctrine
    changed in each compared position in turn, and its return under a few, with the memos warm
    from every example before. No hit differs from the rule as written. The mismatches are
    gathered across all examples and said at the end (the memos' contents, not the example
    alone, make a hit)."""

    @settings(max_examples=100, database=None)
    @given(
        st.lists(
            st.tuples(
                st.one_of(claims(), several_homes(), in_a_former_home(), recognised_claims()),
                doctrines,
                st.lists(st.sampled_from(flips()), min_size=1, max_size=3),
                st.sampled_from(STATES),
                st.sampled_from(RETURNS),
            ),
            min_size=1,
            max_size=3,
        )
    )
    def decided(cases: list[tuple[rl.Claim, rl.Doctrine, list[Flip], str | None, Where]]) -> None:
        for claim, doctrine, changes, state, where in cases:
            decide(claim, doctrine, state, where)
            for field, value in flips():  # the same claim's status under each other position
                rl.assess_status(
                    claim, on=ON, state=state, doctrine=attrs.evolve(doctrine, **{field: value})
                )
            for field, value in changes:  # and its return under a few
                decide(claim, attrs.evolve(doctrine, **{field: value}), state, where)

    decided()
    hits.assert_none()
    assert sum(hits.count.values()) - hits.same > 10_000  # hits on other arguments, recomputed


# ---------------------------------------------------------------------------------------------
# The check itself.
# ---------------------------------------------------------------------------------------------

_FIXTURE = "refugeelaw.law.memo_hits_fixture"  # a law module of two rules, for the test below
_RULES = """
import refugeelaw as rl
from refugeelaw.logic import finding, reads


@reads("harm.likelihood", "doctrine.fear_threshold")
def feared_in(harm, doctrine):
    # Under-declared on purpose: its words name the country feared, which it does not declare.
    met = harm.likelihood is not None and harm.likelihood >= doctrine.fear_threshold
    return finding(
        "well-founded fear",
        rl.Verdict.MET if met else rl.Verdict.NOT_MET,
        f"a reasonable possibility of the harm in {harm.country}",
        rl.Citation("unhcr-handbook", "42"),
    )


@reads("harm.likelihood", "harm.country", "doctrine.fear_threshold")
def feared_there(harm, doctrine):
    # The same rule, declared in full.
    met = harm.likelihood is not None and harm.likelihood >= doctrine.fear_threshold
    return finding(
        "well-founded fear",
        rl.Verdict.MET if met else rl.Verdict.NOT_MET,
        f"a reasonable possibility of the harm in {harm.country}",
        rl.Citation("unhcr-handbook", "42"),
    )
"""


def test_the_check_catches_a_rule_that_reads_more_than_it_declares() -> None:
    """UNHCR Handbook para. 42 (a reasonable possibility of the harm): a rule whose words name the
    country feared but whose declaration omits ``harm.country`` is remembered for one country
    and handed back for another; the check names the rule, its declaration and the argument
    that differs. The rule declared in full is not caught."""
    check = Hits()
    korea = rl.Harm("detention", "PRK", likelihood=0.5)
    syria = attrs.evolve(korea, country="SYR")
    with _speed.checking(check):
        module = types.ModuleType(_FIXTURE)  # a law module loaded after the layer, as any is
        sys.modules[_FIXTURE] = module
        try:
            exec(_RULES, module.__dict__)
            _speed.install()  # as an entry point does after loading the rules it uses
            under: Any = module.feared_in  # as the layer has wrapped it
            full: Any = module.feared_there
            assert under.__wrapped__.__module__ == _FIXTURE
            assert "PRK" in under(korea, rl.Doctrine()).reason
            assert "PRK" in under(syria, rl.Doctrine()).reason  # the memo's answer, for Korea
            assert "SYR" in full(syria, rl.Doctrine()).reason
            assert "PRK" in full(korea, rl.Doctrine()).reason
            assert "SYR" in full(syria, rl.Doctrine()).reason  # a hit, and a right one
        finally:
            del sys.modules[_FIXTURE]  # gone before the layer is put back
    assert list(check.mismatches) == [f"{_FIXTURE}.feared_in"]
    said = check.mismatches[f"{_FIXTURE}.feared_in"]
    assert "@reads('harm.likelihood', 'doctrine.fear_threshold')" in said
    assert "harm.country: 'PRK' → 'SYR'" in said
    assert "harm in PRK" in said
    assert "harm in SYR" in said
    assert check.count == {f"{_FIXTURE}.feared_in": 1, f"{_FIXTURE}.feared_there": 1}
    with pytest.raises(AssertionError, match="feared_in @reads"):
        check.assert_none()


def test_checking_puts_the_layer_back_as_it_was_and_costs_nothing_outside() -> None:
    """UNHCR Handbook para. 42 (``law.fear.well_founded``): after the block the layer is
    installed again with its own wrappers and what their memos held, or left off if it was off;
    inside it every rule's memo starts empty; the wrappers made outside the block hold no
    check."""
    from refugeelaw.law import fear as fear_rules
    from refugeelaw.law import limits as limit_rules

    fear: Any = fear_rules  # the module's namespace, where the layer puts its wrappers
    limits: Any = limit_rules
    harm = rl.Harm("beating", "PRK", likelihood=0.5)
    _speed.install()
    wrapped = fear.well_founded
    made = wrapped(harm, "fears[0]", rl.Doctrine())
    assert made.verdict is rl.Verdict.MET
    held = dict(wrapped.__memo__.entries)
    with _speed.checking(Hits()):
        checked = fear.well_founded
        assert checked is not wrapped
        assert checked.__wrapped__ is wrapped.__wrapped__
        assert not checked.__memo__.entries
        assert checked(harm, "fears[0]", rl.Doctrine()) == made
        with _speed.off():
            assert fear.well_founded is wrapped.__wrapped__
        assert fear.well_founded is checked  # still checking
    assert fear.well_founded is wrapped
    assert wrapped.__memo__.entries == held
    assert "verify" not in wrapped.__globals__
    assert hasattr(limits.regime_for, "cache_info")  # declared parameters: lru_cache, as before
    with _speed.off():
        with _speed.checking(Hits()):
            assert _speed.installed()
        assert not _speed.installed()
    assert fear.well_founded is wrapped
