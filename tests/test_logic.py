"""Kleene's strong three-valued logic, and finding trees."""

from __future__ import annotations

import itertools

import attrs
import pytest

import refugeelaw as rl

T, F, U = rl.Verdict.MET, rl.Verdict.NOT_MET, rl.Verdict.UNKNOWN
ALL = (T, F, U)

# Reference tables, written out by hand from Kleene's strong logic (T = MET, F = NOT_MET, U = UNKNOWN).
AND_TABLE = {
    (T, T): T, (T, U): U, (T, F): F,
    (U, T): U, (U, U): U, (U, F): F,
    (F, T): F, (F, U): F, (F, F): F,
}  # fmt: skip
OR_TABLE = {
    (T, T): T, (T, U): T, (T, F): T,
    (U, T): T, (U, U): U, (U, F): U,
    (F, T): T, (F, U): U, (F, F): F,
}  # fmt: skip
NOT_TABLE = {T: F, U: U, F: T}


def test_reference_tables_cover_all_nine_pairs() -> None:
    pairs = set(itertools.product(ALL, ALL))
    assert set(AND_TABLE) == pairs
    assert set(OR_TABLE) == pairs
    assert set(NOT_TABLE) == set(ALL)


@pytest.mark.parametrize(("a", "b"), list(AND_TABLE))
def test_and_follows_kleene(a: rl.Verdict, b: rl.Verdict) -> None:
    assert (a & b) is AND_TABLE[a, b]


@pytest.mark.parametrize(("a", "b"), list(OR_TABLE))
def test_or_follows_kleene(a: rl.Verdict, b: rl.Verdict) -> None:
    assert (a | b) is OR_TABLE[a, b]


@pytest.mark.parametrize("a", ALL)
def test_not_follows_kleene(a: rl.Verdict) -> None:
    assert (~a) is NOT_TABLE[a]
    assert (~~a) is a


@pytest.mark.parametrize(("a", "b"), list(itertools.product(ALL, ALL)))
def test_de_morgan(a: rl.Verdict, b: rl.Verdict) -> None:
    assert ~(a & b) is (~a | ~b)
    assert ~(a | b) is (~a & ~b)


@pytest.mark.parametrize(("a", "b"), list(itertools.product(ALL, ALL)))
def test_and_or_are_commutative(a: rl.Verdict, b: rl.Verdict) -> None:
    assert (a & b) is (b & a)
    assert (a | b) is (b | a)


def test_unknown_is_not_excluded_middle() -> None:
    """In Kleene logic "p or not p" is not a tautology: an unknown fact stays unknown."""
    assert (U | ~U) is U
    assert (U & ~U) is U


def test_all_and_any_of_nothing_are_the_identities() -> None:
    assert rl.Verdict.all([]) is T
    assert rl.Verdict.any([]) is F
    assert rl.Verdict.all(iter(())) is T
    assert rl.Verdict.any(iter(())) is F


@pytest.mark.parametrize("verdicts", list(itertools.product(ALL, repeat=3)))
def test_all_and_any_fold_the_binary_operators(verdicts: tuple[rl.Verdict, ...]) -> None:
    a, b, c = verdicts
    assert rl.Verdict.all(verdicts) is (a & b & c)
    assert rl.Verdict.any(verdicts) is (a | b | c)


def test_all_is_decided_by_one_unmet_element_and_any_by_one_met() -> None:
    assert rl.Verdict.all([U, U, F]) is F
    assert rl.Verdict.any([U, U, T]) is T
    assert rl.Verdict.all([T, U]) is U
    assert rl.Verdict.any([F, U]) is U


@pytest.mark.parametrize("verdict", ALL)
def test_bool_of_a_verdict_raises(verdict: rl.Verdict) -> None:
    with pytest.raises(TypeError, match="three-valued"):
        bool(verdict)
    with pytest.raises(TypeError):
        _ = "yes" if verdict else "no"  # a silent truth value would turn UNKNOWN into an answer


def test_operators_refuse_plain_booleans() -> None:
    with pytest.raises(TypeError):
        _ = T & True  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = F | None  # type: ignore[operator]


@pytest.mark.parametrize(("value", "verdict"), [(True, T), (False, F), (None, U)])
def test_verdict_of_maps_three_valued_facts(value: bool | None, verdict: rl.Verdict) -> None:
    assert rl.Verdict.of(value) is verdict


def test_verdict_known_and_symbols() -> None:
    assert T.known
    assert F.known
    assert not U.known
    assert (T.symbol, F.symbol, U.symbol) == ("✓", "✗", "?")


# -- findings --------------------------------------------------------------------------------

ART_1A2 = rl.Citation("refugee-convention-1951", "1A(2)")
ART_33_1 = rl.Citation("refugee-convention-1951", "33(1)")


def tree() -> rl.Finding:
    """A small tree: root has children a (children a1, a2) and b."""
    a1 = rl.Finding("a1", "met", "because", assumptions=["x", "y"])
    a2 = rl.Finding("a2", T, "because", assumptions=["y"], citations=[ART_1A2])
    a = rl.Finding("a", U, "because", children=[a1, a2], assumptions=["z"])
    b = rl.Finding("b", F, "because", assumptions=["x", "w"])
    return rl.Finding("root", F, "because", children=[a, b], citations=[ART_33_1])


def test_walk_is_depth_first_preorder_with_depths() -> None:
    assert [(d, f.element) for d, f in tree().walk()] == [
        (0, "root"),
        (1, "a"),
        (2, "a1"),
        (2, "a2"),
        (1, "b"),
    ]


def test_walk_of_a_leaf_is_the_leaf() -> None:
    leaf = rl.Finding("leaf", U, "unknown")
    assert list(leaf.walk()) == [(0, leaf)]


def test_find_returns_the_first_match_or_none() -> None:
    root = tree()
    found = root.find("a2")
    assert found is not None
    assert found.verdict is T
    assert found.citations == (ART_1A2,)
    assert root.find("root") is root
    assert root.find("nothing") is None


def test_find_prefers_the_first_in_walk_order() -> None:
    first = rl.Finding("dup", T, "first")
    second = rl.Finding("dup", F, "second")
    root = rl.Finding("r", U, "r", children=[rl.Finding("p", U, "p", children=[first]), second])
    assert root.find("dup") is first


def test_all_assumptions_in_order_of_first_use_without_duplicates() -> None:
    assert tree().all_assumptions() == ("z", "x", "y", "w")
    assert rl.Finding("leaf", T, "r").all_assumptions() == ()


def test_finding_converts_verdict_strings_and_sequences() -> None:
    f = rl.Finding("e", "not_met", "r", citations=[ART_1A2], assumptions=["a"])
    assert f.verdict is F
    assert f.citations == (ART_1A2,)
    assert f.assumptions == ("a",)


def test_finding_reports_every_problem() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.Finding(
            "",
            "maybe",
            "",
            citations=["Refugee Convention art. 33"],
            children=[1],
            assumptions=[3],
        )
    assert {p.path for p in excinfo.value.problems} == {
        "element",
        "verdict",
        "reason",
        "citations[0]",
        "children[0]",
        "assumptions[0]",
    }


def test_finding_is_frozen_hashable_and_has_a_short_repr() -> None:
    root = tree()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        root.verdict = T  # type: ignore[misc]
    assert tree() == root
    assert hash(tree()) == hash(root)
    assert repr(root) == "<Finding 'root': not_met>"
