"""The shape of the code: rules in ``law/`` and nothing else there, no import cycles, Art 1 once per
return, and each table (displacing clauses, bars, precedence rules) in legal order."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import testing

PACKAGE = Path(rl.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, top_level_only: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement, outside ``if TYPE_CHECKING:`` blocks (never run); with
    ``top_level_only``, only those run when the module is imported (not inside functions)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif top_level_only and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        else:
            yield from _imports(node, top_level_only)


def imports_of(module: str, *, top_level_only: bool = False) -> set[str]:
    """The library's own modules that ``module`` imports."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in _imports(ast.parse(path.read_text()), top_level_only):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            base = f"{base}.{node.module}" if node.level and node.module else node.module or base
            targets = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names
            ]
        found.update(t for t in targets if t in MODULES and t != module)
    return found


def test_no_module_imports_itself_back_through_any_path() -> None:
    """No import cycles, counting imports inside functions too (only ``TYPE_CHECKING`` blocks,
    which never run, are left out)."""
    graph = {m: imports_of(m) for m in MODULES}
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


LAW = sorted(m for m in MODULES if m.startswith("refugeelaw.law"))
FORBIDDEN = ("refugeelaw.render", "refugeelaw.serialize", "refugeelaw.cli", "refugeelaw.batch",
             "refugeelaw.untc", "refugeelaw._speed", "refugeelaw.__main__")  # fmt: skip


@pytest.mark.parametrize("module", LAW)
def test_the_rules_import_no_rendering_json_command_line_batch_or_speed_code(module: str) -> None:
    """``law/`` holds the rules and nothing but the rules, whatever else they lead to importing."""
    seen, todo = set(), [module]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(imports_of(current, top_level_only=True))
    assert not [m for m in seen if m.startswith(FORBIDDEN)]


SPEED_WORDS = ("memo", "lru_cache", "functools.cache", "trusted", "slot_setter", "IdentityMemo",
               "_attrs_cached_hash", "__reduce__", "copyreg", "cache_hash")  # fmt: skip


@pytest.mark.parametrize("module", LAW)
def test_the_rules_hold_no_speed_device(module: str) -> None:
    source = MODULES[module].read_text()
    assert [w for w in SPEED_WORDS if w in source] == []


def test_a_return_determines_refugee_status_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Art 1 is determined once per return, even where the state's regime has limits and
    customary law needs the definition without them (Madagascar: Convention alone, 1951 dateline
    and Europe; the Art 1A(2) elements are not computed again)."""
    from refugeelaw.law import refoulement, status

    calls = {"determine": 0, "inclusion_elements": 0}
    # The rule modules' own references, which the test replaces to count the calls.
    determine = refoulement.determine  # type: ignore[attr-defined]
    elements = status.inclusion_elements  # type: ignore[attr-defined]

    def counting_determine(*args: object) -> object:
        calls["determine"] += 1
        return determine(*args)  # type: ignore[arg-type]

    def counting_elements(*args: object) -> object:
        calls["inclusion_elements"] += 1
        return elements(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(refoulement, "determine", counting_determine)
    monkeypatch.setattr(status, "inclusion_elements", counting_elements)
    for by in ("CHN", "MDG", "TUR"):
        claim = testing.north_korean_escapee(
            person=rl.Person("E", nationalities={"PRK"}, location=by)
        )
        calls.update(determine=0, inclusion_elements=0)
        result = rl.assess_return(claim, by=by, to="PRK", on="2004-06-30")
        assert calls == {"determine": 1, "inclusion_elements": 1}, by
        assert result.outcome is rl.ReturnOutcome.PROHIBITED


def test_displacing_clauses_are_a_table_in_the_order_applied() -> None:
    """Art 1D, 1E and 1F ("shall not apply") before Art 1C ("shall cease to apply")."""
    from refugeelaw.law.status import DISPLACING_CLAUSES

    assert [c.name for c in DISPLACING_CLAUSES] == ["Art 1D", "Art 1E", "Art 1F", "Art 1C"]
    assert [c.outcome for c in DISPLACING_CLAUSES] == [rl.Status.EXCLUDED] * 3 + [rl.Status.CEASED]


def test_the_result_records_which_clause_displaced_inclusion() -> None:
    """Art 1F(b) displaces a met inclusion: EXCLUDED, displaced_by names it (not a sentence).
    Art 1C(2) found beside it does not apply to the escapee, who meets Art 1A(2) again (status
    review s36 F3); Art 1C(4) found for a recognised refugee back in North Korea does, and is
    recorded after Art 1F."""
    claim = testing.north_korean_escapee(exclusion={"1F(b)"}, cessation={"1C(2)"})
    d = rl.assess_status(claim, on="2004-06-30")
    assert d.outcome is rl.Status.EXCLUDED
    assert d.displaced_by == ("Art 1F",)
    home = attrs.evolve(claim.person, location="PRK")
    back = attrs.evolve(claim, person=home, recognised=True, cessation={"1C(4)"})
    d = rl.assess_status(back, on="2004-06-30")
    assert d.outcome is rl.Status.EXCLUDED
    assert d.displaced_by == ("Art 1F", "Art 1C")
    assert rl.assess_status(testing.north_korean_escapee(), on="2004-06-30").displaced_by == ()


def test_bars_on_return_are_a_table() -> None:
    from refugeelaw.law.refoulement import BARS

    assert [(b.instrument, b.provision, b.absolute) for b in BARS] == [
        ("refugee-convention-1951", "33(1)", False),
        ("cat-1984", "3(1)", True),
        ("iccpr-1966", "6(1)", True),
        ("iccpr-1966", "7", True),
        ("customary-international-law", "non-refoulement", False),
        ("oau-refugee-convention-1969", "II(3)", True),
        ("echr-1950", "2(1)", True),
        ("echr-1950", "3", True),
        ("echr-1950", "6(1)", True),
        ("echr-protocol-6-1983", "1", True),
        ("echr-protocol-13-2002", "1", True),
        ("achr-1969", "22(8)", True),
    ]
    assert [b.exception is not None for b in BARS] == [True] + [False] * 11
    assert [b.regional for b in BARS] == [False] * 5 + [True] * 7


def test_precedence_rules_are_an_ordered_list_of_named_rules() -> None:
    from refugeelaw.law.precedence import PRECEDENCE_RULES

    assert [r.__name__ for r in PRECEDENCE_RULES] == [
        "peremptory_norm",
        "charter_art_103",
        "conflict_clause",
        "successive_treaties",
        "lex_specialis",
    ]


def test_protected_person_cites_the_clause_that_removed_the_protection() -> None:
    """Art 33(1) reaches no one to whom the Convention does not apply: the finding cites the
    clause that applies (Art 1D here), not Art 1F."""
    claim = testing.north_korean_escapee(unrwa_assistance=True)
    result = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    protected = result.finding.find("a refugee, or an asylum seeker not yet determined")
    assert protected is not None
    assert [str(c) for c in protected.citations] == [
        "Refugee Convention art. 1D",
        "Refugee Convention art. 33(1)",
    ]
