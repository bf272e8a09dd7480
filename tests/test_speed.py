"""The speed layer never changes a result.

``refugeelaw._speed`` wraps the rules from outside: memos keyed on what each rule declares it reads,
a builder that skips re-checking the rules' own values, memos by identity for rendered and JSON text,
and pickling. Every claim below is decided with the layer on (memos warm from other claims,
doctrines and states) and off (the rules exactly as written), and the results must be equal field
for field, finding for finding, and render and serialise to the same text.
"""

from __future__ import annotations

import datetime as dt
import enum
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refugeelaw as rl
from refugeelaw import _speed, logic, questions, serialize, testing
from refugeelaw._frozenmap import FrozenMap
from refugeelaw.serialize import full_json, result_json
from test_status_properties import (
    STATES,
    claims,
    doctrines,
    harms,
    persons,
    recognised_claims,
    several_homes,
    social_groups,
)

ON = "2004-06-30"
RETURNS = (("CHN", "PRK"), ("MDG", "SYR"), ("TUR", "AFG"), ("KOR", "PRK"))
#: A claim, the doctrine, the state whose status is decided, and who returns the person where.
Case = tuple[rl.Claim, rl.Doctrine, "str | None", tuple[str, str]]
Result = rl.StatusDetermination | rl.ReturnAssessment


def decide(
    claim: rl.Claim, doctrine: rl.Doctrine, state: str | None, where: tuple[str, str]
) -> tuple[Result, Result]:
    by, to = where
    return (
        rl.assess_status(claim, on=ON, state=state, doctrine=doctrine),
        rl.assess_return(claim, by=by, to=to, on=ON, doctrine=doctrine),
    )


@settings(max_examples=150)
@given(
    st.lists(
        st.tuples(
            # A stateless person with several former homes now and then (Handbook para. 104); a
            # recognised refugee, a clause of Art 1C raised or in issue, now and then (Handbook 28).
            st.one_of(claims(), claims(), several_homes(), recognised_claims()),
            doctrines,
            st.sampled_from(STATES),
            st.sampled_from(RETURNS),
        ),
        min_size=2,
        max_size=5,
    )
)
def test_the_speed_layer_never_changes_a_status_or_return_result(cases: list[Case]) -> None:
    """Art 1 and the bars on return (Arts 33, CAT 3, ICCPR 6–7, custom): the same results, field
    for field, with the rules memoised and built fast, as with the rules run as written."""
    _speed.install()
    fast = [decide(*case) for case in cases]  # memos warm from the other cases
    with _speed.off():
        assert not _speed.installed()
        plain = [decide(*case) for case in cases]
    for ours, theirs in zip(fast, plain, strict=True):
        for a, b in zip(ours, theirs, strict=True):
            assert a == b
            assert attrs.asdict(a, recurse=False) == attrs.asdict(b, recurse=False)
            assert list(a.finding.walk()) == list(b.finding.walk())
            assert a.explain() == b.explain()
            assert a.explain("markdown") == b.explain("markdown")
            assert result_json(a) == result_json(b)
            assert full_json(a) == full_json(b)  # every field, the provenance included
            assert a.provenance is not None
            assert a.provenance == b.provenance
            assert a.provenance.doctrine == a.doctrine
            assert a.provenance.on == a.on
            assert a.missing_facts() == b.missing_facts()
            assert a.assumptions() == b.assumptions()


def written(result: rl.StatusDetermination | rl.ReturnAssessment) -> dict[str, object]:
    """Everything written about a result: its text and Markdown, its report, its full and
    compact JSON Lines (with and without reasons), its summary JSON, and what they are made
    from."""
    return {
        "text": result.explain(),
        "markdown": result.explain("markdown"),
        "report": result.report(),
        "full line": serialize.record_json(7, result),
        "compact line": serialize.outline_record_json(7, result),
        "compact line with reasons": serialize.outline_record_json(7, result, reasons=True),
        "summary": result_json(result),
        "finding": serialize.finding_json(result.finding),
        "missing": result.missing_facts(),
        "positions": result.assumptions(),
    }


def assert_written_alike(results: list[rl.StatusDetermination | rl.ReturnAssessment]) -> None:
    """Each result written with the layer on (its memos warm from the results before it) is
    written byte for byte as the readable writers write it with the layer off."""
    _speed.install()
    fast = [written(r) for r in results]
    with _speed.off():
        plain = [written(r) for r in results]
    for ours, theirs in zip(fast, plain, strict=True):
        for what, text in ours.items():
            assert text == theirs[what], what


@settings(max_examples=100)
@given(
    st.lists(
        st.tuples(claims(), doctrines, st.sampled_from(STATES), st.sampled_from(RETURNS)),
        min_size=2,
        max_size=5,
    )
)
def test_the_speed_layer_never_changes_what_is_written(cases: list[Case]) -> None:
    """Art 1 and the bars on return (Arts 33, CAT 3, ICCPR 6–7, custom): text, Markdown, the
    report and the full and compact JSON lines of generated claims' results are the readable
    writers' with the layer on as off."""
    assert_written_alike([r for case in cases for r in decide(*case)])


def test_the_speed_layer_never_changes_what_is_written_for_a_caseload() -> None:
    """Art 1 (status) and Arts 33, CAT 3, ICCPR 6–7 and custom (a return to each claim's first
    feared country): a generated caseload of 400 claims, whose findings repeat from claim to
    claim as in a real one, is written alike with the layer on and off, the first claims again
    at the end (after the memos have filled and started afresh)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import caseload

    sample = [rl.from_json(rl.Claim, line) for line in caseload.generate(400)]
    _speed.install()
    _speed.clear()
    results: list[rl.StatusDetermination | rl.ReturnAssessment] = []
    for claim in [*sample, *sample[:20]]:
        results.append(rl.assess_status(claim, on=ON))
        to = claim.fears[0].country if claim.fears else "PRK"
        results.append(rl.assess_return(claim, by="CHN", to=to, on=ON))
    assert {r.outcome.name for r in results} >= {"REFUGEE", "NOT_REFUGEE", "UNDETERMINED"}
    assert_written_alike(results)


findings_args = st.fixed_dictionaries(
    {
        "element": st.text(min_size=1).filter(str.strip),
        "verdict": st.sampled_from(list(rl.Verdict)),
        "reason": st.text(min_size=1).filter(str.strip),
        "children": st.lists(
            st.builds(
                rl.Finding, st.just("child"), st.sampled_from(list(rl.Verdict)), st.just("because")
            ),
            max_size=2,
        ),
        "assumptions": st.lists(st.text(), max_size=2),
        "facts": st.lists(st.text(), max_size=2),
        "missing": st.lists(st.text(), max_size=2),
        "standard": st.one_of(st.none(), st.text()),
        "role": st.sampled_from(["element", "exception", "input", "note", "conclusion"]),
    }
)


@given(findings_args, st.lists(st.sampled_from([rl.Citation("unhcr-handbook", "28")]), max_size=2))
def test_the_fast_builder_builds_exactly_what_the_checked_one_builds(
    kwargs: dict[str, Any], cites: list[rl.Citation]
) -> None:
    """Lists or tuples, known or unknown verdicts: ``fast_finding`` equals ``logic.finding``."""
    head = (kwargs.pop("element"), kwargs.pop("verdict"), kwargs.pop("reason"))
    a = _speed.fast_finding(*head, *cites, **kwargs)
    b = logic.finding(*head, *cites, **kwargs)
    assert a == b
    assert [getattr(a, f.name) for f in attrs.fields(rl.Finding)] == [
        getattr(b, f.name) for f in attrs.fields(rl.Finding)
    ]
    assert all(type(getattr(a, f)) is tuple for f in ("citations", "children", "facts", "missing"))


@pytest.mark.parametrize("given", [4, 7, 8, 9])
def test_the_trusted_result_builder_fills_defaults_as_the_class_does(given: int) -> None:
    """A status result built from its leading fields: the defaults, the provenance made from the
    fields before it, exactly as ``StatusDetermination(...)`` makes them."""
    made = rl.assess_status(
        testing.north_korean_escapee(), on="1999-01-02", state="CHN",
        doctrine=rl.Doctrine(nexus="one_central_reason"),
    )  # fmt: skip
    values = [getattr(made, f.name) for f in attrs.fields(rl.StatusDetermination)][:given]
    fast = _speed.trusted(rl.StatusDetermination)(*values)
    checked = rl.StatusDetermination(*values)
    assert fast == checked
    assert full_json(fast) == full_json(checked)
    assert fast.provenance is not None
    assert fast.provenance.on.isoformat() == "1999-01-02"
    assert fast.provenance.doctrine == (made.doctrine if given > 4 else rl.Doctrine())
    by_name = _speed.trusted(rl.StatusDetermination)(*values[:4], doctrine=made.doctrine)
    outcome, claim, on, finding = values[:4]
    assert by_name == rl.StatusDetermination(outcome, claim, on, finding, doctrine=made.doctrine)
    assert by_name.provenance is made.provenance


def test_each_rule_memo_key_is_generated_from_its_declaration() -> None:
    """A memoised rule reads exactly the values its ``@reads`` names: change one of them and the
    finding changes; change anything else and the same finding is handed back."""
    from refugeelaw.law import fear, together

    _speed.install()
    rule: Any = fear.well_founded  # as the speed layer has wrapped it
    assert rule.__wrapped__.__reads__ == (
        "harm.likelihood",
        "harm.suffered_before",
        "harm.good_reasons_not_repeated",
        "path",
        "doctrine.fear_threshold",
        "doctrine.past_persecution_presumption",
        "bounded",
    )
    harm = rl.Harm("beating", "PRK", likelihood=0.5)
    first = rule(harm, "fears[0]", rl.Doctrine())
    assert rule(attrs.evolve(harm, description="other"), "fears[0]", rl.Doctrine()) is first
    assert rule(attrs.evolve(harm, likelihood=0.05), "fears[0]", rl.Doctrine()).verdict is (
        rl.Verdict.NOT_MET
    )
    past = attrs.evolve(
        harm, likelihood=0.05, suffered_before=True, good_reasons_not_repeated=False
    )
    assert rule(past, "fears[0]", rl.Doctrine()).verdict is rl.Verdict.MET  # UNHCR Handbook 45
    # Not assessed alone: an assessment for a set holding it (likelihood_of_any) bounds it.
    unknown = attrs.evolve(harm, likelihood=None)
    assert rule(unknown, "fears[0]", rl.Doctrine()).verdict is rl.Verdict.UNKNOWN
    capped = together.Bounds(most=0.07, most_by="likelihood_of_any['0,1']")
    assert rule(unknown, "fears[0]", rl.Doctrine(), capped).verdict is rl.Verdict.NOT_MET


def test_an_enumeration_stands_in_for_the_rules_as_the_same_members() -> None:
    """In the law modules an enumeration stands in as its members and class methods (Python
    3.11's ``EnumType.__getattr__`` makes ``Verdict.MET`` slow): the same members in the same
    order, the same class methods, calls, ``in`` and ``isinstance``; off, the enumeration."""
    from refugeelaw.law import nexus as nexus_rules
    from refugeelaw.law import persecution as persecution_rules
    from refugeelaw.law import status as status_rules

    # The modules' namespaces, where the speed layer puts its stand-ins.
    nexus: Any = nexus_rules
    persecution: Any = persecution_rules
    status: Any = status_rules
    _speed.install()
    assert nexus.Ground is not rl.Ground  # the stand-in
    assert list(nexus.Ground) == list(rl.Ground)
    assert len(nexus.Ground) == len(rl.Ground)
    assert persecution.Severity.DISCRIMINATION is rl.Severity.DISCRIMINATION
    assert status.Verdict.all([rl.Verdict.MET, rl.Verdict.UNKNOWN]) is rl.Verdict.UNKNOWN
    assert status.Status("ceased") is status.Status["CEASED"] is rl.Status.CEASED
    assert isinstance(rl.Verdict.MET, status.Verdict)
    assert rl.Verdict.MET in status.Verdict
    assert not isinstance(rl.Status.REFUGEE, status.Verdict)
    assert status.Status.__qualname__ == "Status"
    assert repr(status.Status) == repr(rl.Status)
    with _speed.off():
        assert nexus.Ground is rl.Ground
        assert status.Verdict is rl.Verdict


def test_a_declaration_must_name_the_rules_own_parameters() -> None:
    import pytest

    with pytest.raises(TypeError, match=r"reads 'claim\.person'"):

        @logic.reads("claim.person")
        def rule(harm: rl.Harm) -> rl.Finding:  # pragma: no cover - never called
            raise AssertionError

    with pytest.raises(TypeError, match="reads 'harm\\.'"):

        @logic.reads("harm.")
        def other(harm: rl.Harm) -> rl.Finding:  # pragma: no cover - never called
            raise AssertionError


def test_off_runs_the_rules_as_written_and_on_puts_the_layer_back() -> None:
    from refugeelaw.law import fear

    _speed.install()
    wrapped: Any = fear.well_founded
    with _speed.off():
        assert fear.well_founded is wrapped.__wrapped__
        assert logic.finding is not _speed.fast_finding
    assert fear.well_founded is wrapped


def test_identity_memo_remembers_the_object_itself_not_its_equals() -> None:
    """Rendered lines and JSON text are remembered per finding object: an equal but distinct
    finding is not confused with it, and a full memo starts afresh."""
    memo = _speed.IdentityMemo(limit=2)
    seen: list[str] = []

    def element(f: rl.Finding) -> str:
        seen.append(f.element)
        return f.element

    remember = memo.wrap(element)
    a = rl.Finding("element", rl.Verdict.MET, "reason")
    twin = rl.Finding("element", rl.Verdict.MET, "reason")
    assert twin == a
    remember(a)
    remember(a)
    remember(twin)
    assert seen == ["element", "element"]  # a once, its twin once
    remember(rl.Finding("other", rl.Verdict.MET, "reason"))  # the third entry: full, starts afresh
    remember(a)
    assert seen == ["element", "element", "other", "element"]


def test_results_pickle_and_come_back_equal_with_or_without_the_layer() -> None:
    from refugeelaw import testing

    _speed.install()
    result = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on=ON)
    fast = pickle.loads(pickle.dumps(result))
    with _speed.off():
        plain = pickle.loads(pickle.dumps(result))
    assert fast == plain == result
    assert hash(fast.claim) == hash(result.claim)


# Values an answer (or a careless caller) may put into a fact: good ones in JSON form and as
# members, and bad ones that must be refused with the same problems as on construction.
_PUT = {
    "location": st.sampled_from(["CHN", "KOR", "PRK", "XXX", "", 7]),
    "name": st.sampled_from(["B", "", None]),
    "likelihood": st.sampled_from([0.05, 0.5, 1.0, 1.5, -0.1, "high", None]),
    "torture": st.sampled_from([True, False, None, "yes"]),
    # With torture true, "minor" and "discrimination" are refused across the fields (CAT art.
    # 1(1)), as torture true is where the severity is one of them.
    "severity": st.sampled_from(["minor", "discrimination", rl.Severity.SERIOUS, None, "grave"]),
    "protection": st.sampled_from(
        [{"PRK": "unavailable"}, {"PRK": rl.Protection.AVAILABLE}, {"PRK": "nonsense"}, {}]
    ),
}


def _outcome(build: Callable[[], object]) -> tuple[str, object]:
    try:
        return "ok", build()
    except rl.InvalidInput as exc:
        return "refused", str(exc)


@settings(max_examples=150)
@given(claims(), st.data())
def test_checking_only_what_changed_builds_what_evolve_builds(
    claim: rl.Claim, data: st.DataObject
) -> None:
    """The question engine's answered claims (``questions.answered``): checking only the field
    that changes gives the object ``attrs.evolve`` gives, and refuses a bad value with the same
    problems (the other fields were checked when the claim was built)."""
    targets: list[tuple[Any, str]] = [
        (claim.person, "location"),
        (claim.person, "name"),
        (claim, "protection"),
    ]
    fears = claim.fears or ()
    targets += [(harm, field) for harm in fears for field in ("likelihood", "torture", "severity")]
    owner, field = data.draw(st.sampled_from(targets))
    value = data.draw(_PUT[field])
    fast = _outcome(lambda: _speed.checked_evolve(owner, **{field: value}))
    slow = _outcome(lambda: attrs.evolve(owner, **{field: value}))
    assert fast == slow
    if fast[0] == "ok":
        assert [getattr(fast[1], f.name) for f in attrs.fields(type(owner))] == [
            getattr(slow[1], f.name) for f in attrs.fields(type(owner))
        ]
        assert hash(fast[1]) == hash(slow[1])


def test_an_answered_claim_with_a_bad_value_is_refused_naming_its_path_with_the_layer_on() -> None:
    """``questions.answered`` checks what changed, as construction would: a likelihood above 1 is refused."""
    _speed.install()
    claim = rl.Claim(rl.Person("A", {"PRK"}, location="CHN"), fears=[rl.Harm("detention", "PRK")])
    with pytest.raises(rl.InvalidInput) as refused:
        questions.answered(claim, "fears[0].likelihood", 1.5)
    assert [p.path for p in refused.value.problems] == ["fears[0].likelihood"]
    likely = questions.answered(claim, "fears[0].likelihood", 0.8)
    assert likely.fears is not None
    assert likely.fears[0].likelihood == 0.8


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(claims(), doctrines, st.sampled_from(STATES), st.sampled_from(RETURNS)),
        min_size=2,
        max_size=3,
    )
)
def test_the_speed_layer_never_changes_a_question_or_an_answer(cases: list[Case]) -> None:
    """Art 1 and the bars on return (Arts 33, CAT 3, ICCPR 6–7, custom): ``questions()`` asks
    the same questions in the same order, with the same texts, citations and standards, and
    each answer leads to the same outcome with the same count of open facts, with the question
    engine's speed devices in place (memos warm from the other cases) as with the rules and the
    engine run as written."""
    _speed.install()
    results = [decide(*case) for case in cases]
    fast = [r.questions() for pair in results for r in pair]
    with _speed.off():
        plain = [r.questions() for pair in results for r in pair]
    assert fast == plain
    assert repr(fast) == repr(plain)  # the answers' values of the same types (True is not 1)
    assert any(fast) or all(r.outcome.name != "UNDETERMINED" for p in results for r in p)


def _answered(claim: rl.Claim, path: str, value: object) -> tuple[object, ...]:
    try:
        made = questions.answered(claim, path, value)
    except rl.InvalidInput as exc:
        return "refused", str(exc), [p.path for p in exc.problems]
    return "ok", made, [getattr(made, f.name) for f in attrs.fields(rl.Claim)], hash(made)


@settings(max_examples=100, deadline=None)
@given(claims(), st.data())
def test_answered_claims_are_the_same_with_the_speed_layer(
    claim: rl.Claim, data: st.DataObject
) -> None:
    """``questions.answered`` with the layer on (a plan per path, one copier per class) gives the
    claim the engine's own function gives, or refuses with the same problems, for every open
    fact of the claim, a clause pending, a mapping key, and paths that are not the claim's."""
    result = rl.assess_status(claim, on=ON)
    paths = [p for p in result.missing_facts() if not p.startswith("states[")]
    paths += [f"exclusion_pending['{c.value}']" for c in claim.exclusion_pending]
    paths += ["protection['PRK']", "fears[7].likelihood", "person.nowhere", "fears[0]", "nonsense!"]
    path = data.draw(st.sampled_from(paths))
    value = data.draw(
        st.sampled_from(
            [True, False, None, 0.05, 0.5, 1.5, "unavailable", "state", "PRK", "XXX", ["race"]]
        )
    )
    _speed.install()
    fast = _answered(claim, path, value)
    with _speed.off():
        plain = _answered(claim, path, value)
    assert fast == plain


def test_a_doctrinal_answer_that_is_the_position_applied_is_that_result() -> None:
    """A doctrinal question's answer equal to the position already applied (INS v
    Cardoza-Fonseca's reasonable possibility, 0.1) leads where the result is; the speed layer's
    evolve gives the doctrine back unchanged only for an equal value of the same type."""
    _speed.install()
    engine: Any = questions  # its namespace, where the speed layer puts its evolve
    doctrine = rl.Doctrine()
    assert engine.evolve(doctrine, fear_threshold=0.1) is doctrine
    stricter = engine.evolve(doctrine, fear_threshold=0.5)
    assert stricter == attrs.evolve(doctrine, fear_threshold=0.5)
    assert stricter is not doctrine
    assert engine.evolve(doctrine, non_refoulement_customary=True) is doctrine
    with pytest.raises(rl.InvalidInput):  # 1 is not True: checked, not taken for the same value
        engine.evolve(doctrine, non_refoulement_customary=1)
    result = rl.assess_status(testing.north_korean_escapee(), on=ON)
    asked = questions.question(result, "doctrine.fear_threshold")
    with _speed.off():
        assert asked == questions.question(result, "doctrine.fear_threshold")
    (same,) = [a for a in asked.answers if a.value == result.doctrine.fear_threshold]
    assert same.outcome is result.outcome
    assert same.open == len(result.missing_facts())


# -- the facts built for less (_speed/facts.py) ------------------------------------------------

_MEMBERS = [m for e in (rl.Severity, rl.Actor, rl.Ground, rl.Motive, rl.Protection,
                        rl.Exclusion, rl.Cessation, rl.FlightCause) for m in e]  # fmt: skip
_WORDS = ["", " ", "PRK", "CHN", "XXX", "prk", "serious", "SERIOUS", "state", "religion",
          "POLITICAL_OPINION", "1F(b)", "ART_1C_5", "available", "occupation", "economic"]  # fmt: skip
_atoms = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2, 3),
    st.floats(),  # NaN and the infinities included
    st.sampled_from(_WORDS),
    st.sampled_from(_MEMBERS),
)
# Anything a field might be given, right or wrong: atoms, containers of them (a list holding a list
# is unhashable), mappings, and objects of the fact classes.
_junk = (
    st.recursive(
        _atoms,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3),
            st.tuples(inner),
            st.frozensets(_atoms, max_size=3),
            st.dictionaries(st.sampled_from(_WORDS), inner, max_size=2),
            st.dictionaries(st.sampled_from(_WORDS), inner, max_size=2).map(FrozenMap),
        ),
        max_leaves=4,
    )
    | persons
    | harms(("PRK",))
    | social_groups
)


def _forms(value: object) -> st.SearchStrategy[object]:
    """``value`` as a user might give it: itself, or a list, set or tuple of its items, a dict of
    a mapping, an enum member by its value or its name."""
    forms: list[object] = [value]
    if isinstance(value, frozenset | tuple):
        items = sorted(value, key=repr)
        forms += [items, set(items), tuple(items)]
        forms += [[m.value for m in items], [m.name for m in items]] if _all_members(items) else []
    elif isinstance(value, FrozenMap):
        forms += [dict(value), {k: getattr(v, "value", v) for k, v in value.items()}]
    elif isinstance(value, enum.Enum):
        forms += [value.value, value.name]
    return st.sampled_from(forms)


def _all_members(items: list[object]) -> bool:
    return bool(items) and all(isinstance(m, enum.Enum) for m in items)


@st.composite
def _arguments(
    draw: st.DrawFn, valid: rl.Person | rl.Harm | rl.Claim | rl.SocialGroup
) -> tuple[tuple[object, ...], dict[str, object]]:
    """Arguments for ``type(valid)``: each field left out, given as ``valid`` has it (in one of
    its forms), or given anything at all; some positionally."""
    fields = attrs.fields(type(valid))
    kwargs: dict[str, object] = {}
    junk = draw(st.sampled_from([0, 1, 4]))  # in 20 fields: none, one or so, several
    ways = ["out"] * 8 + ["valid"] * (12 - junk) + ["junk"] * junk
    for f in fields:
        how = draw(st.sampled_from(ways))
        if how == "valid" or (how == "out" and f.default is attrs.NOTHING):
            kwargs[f.name] = draw(_forms(getattr(valid, f.name)))
        elif how == "junk":
            kwargs[f.name] = draw(_junk)
    mistake = draw(st.sampled_from([None] * 8 + ["unknown", "missing"]))
    if mistake == "unknown":
        kwargs["unknown_fact"] = True
    elif mistake == "missing":
        kwargs.pop(fields[0].name, None)
    given = draw(st.integers(0, len(fields)))
    args = []
    for f in fields[:given]:
        if f.name not in kwargs:
            break
        args.append(kwargs.pop(f.name))
    return tuple(args), kwargs


def _built(cls: type, args: tuple[object, ...], kwargs: dict[str, object]) -> tuple[object, ...]:
    """What building ``cls`` gives: the object (with its repr, hash and each field's type), or
    the error (its type, its text and, for InvalidInput, its problems)."""
    try:
        obj = cls(*args, **kwargs)
    except rl.InvalidInput as exc:
        return ("invalid", str(exc), [(p.path, p.message) for p in exc.problems])
    except Exception as exc:
        return ("error", type(exc), str(exc))
    fields = attrs.fields(cls)
    return ("built", type(obj), obj, repr(obj), hash(obj),
            [type(getattr(obj, f.name)) for f in fields])  # fmt: skip


_examples = st.one_of(persons, harms(("PRK", "SYR")), claims(), social_groups.filter(bool))


@settings(max_examples=400)
@given(st.data())
def test_the_facts_are_built_alike_with_the_layer_on_and_off(data: st.DataObject) -> None:
    """A Person, Harm, Claim or SocialGroup built from valid and invalid values, as a user gives
    them: the same object (equal, of the same field types, the same repr and hash) or the same
    error (the same problems at the same paths) with the layer's fast ``__init__`` as with
    attrs' own."""
    valid: Any = data.draw(_examples)
    cls: Any = type(valid)
    args, kwargs = data.draw(_arguments(valid))
    _speed.install()
    assert cls.__init__ is not attrs_init(cls)
    fast = _built(cls, args, kwargs)
    with _speed.off():
        assert cls.__init__ is attrs_init(cls)
        plain = _built(cls, args, kwargs)
    assert fast == plain


def attrs_init(cls: Any) -> object:
    from refugeelaw._speed import _INSTALLED

    return _INSTALLED.get((cls, "__init__"), cls.__init__)


@pytest.mark.parametrize("torture", [True, False, None])
@pytest.mark.parametrize("severity", [None, *rl.Severity])
def test_a_harms_check_across_fields_is_skipped_only_where_it_finds_nothing(
    severity: rl.Severity | None, torture: bool | None
) -> None:
    """CAT art. 1(1): a harm that is torture is not minor or discrimination only. The fast
    ``__init__`` skips ``Harm._cross_check`` where ``Harm._cross_fine`` says it finds nothing
    (not torture): it builds, or refuses, every pair as attrs' own does."""
    if torture is not True:  # what _cross_fine relies on
        assert rl.Harm("beating", "PRK", severity=severity, torture=torture)._cross_check() == ()
    _speed.install()
    fast = _built(rl.Harm, ("beating", "PRK"), {"severity": severity, "torture": torture})
    with _speed.off():
        plain = _built(rl.Harm, ("beating", "PRK"), {"severity": severity, "torture": torture})
    assert fast == plain
    refused = torture is True and severity in (rl.Severity.MINOR, rl.Severity.DISCRIMINATION)
    assert fast[0] == ("invalid" if refused else "built")
    if refused:
        problems = fast[2]
        assert isinstance(problems, list)
        assert [path for path, _ in problems] == ["torture"]


def test_the_fast_init_builds_a_frozen_object_of_the_class_itself() -> None:
    _speed.install()
    harm = rl.Harm("beating", "PRK", severity="serious", reasons=["religion"])
    assert type(harm) is rl.Harm
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        harm.country = "CHN"  # type: ignore[misc]
    claim = rl.Claim(rl.Person(nationalities=["PRK"]), fears=[harm])
    assert type(claim) is rl.Claim
    assert claim.protection == FrozenMap()
    # A factory's empty, immutable map: one serves every claim built without one (attrs makes
    # one each; the two are equal, and neither can change).
    assert claim.protection is rl.Claim(claim.person).protection
    with _speed.off():
        assert rl.Claim(claim.person).protection == claim.protection
    assert pickle.loads(pickle.dumps(claim)) == claim


def test_a_subclass_of_a_fact_class_is_built_by_attrs_own_init() -> None:
    """The fast ``__init__`` fills in an object of the class itself; an instance of a plain
    subclass stays one (and is checked the same way)."""

    class Mine(rl.Person):
        __slots__ = ()

    _speed.install()
    mine = Mine("A", ["PRK"])
    assert type(mine) is Mine
    assert mine.nationalities == frozenset({"PRK"})
    with pytest.raises(rl.InvalidInput, match="location: unknown ISO 3166-1 alpha-3"):
        Mine(location="XXX")


def test_clear_forgets_what_the_question_engine_remembered() -> None:
    """Benchmarks that start cold clear the memos: the question engine's too (the last tree it
    walked, the plans of the paths it was asked about); the questions stay the same."""
    from refugeelaw._speed import answers

    _speed.install()
    escapee = testing.north_korean_escapee()
    assert escapee.fears is not None
    open_claim = attrs.evolve(escapee, fears=[attrs.evolve(escapee.fears[0], reasons=set())])
    undecided = rl.assess_status(open_claim, on=ON)
    assert undecided.outcome is rl.Status.UNDETERMINED
    asked = undecided.questions()
    assert answers._PLANS
    assert answers._NEEDING
    _speed.clear()
    assert not answers._PLANS
    assert not answers._NEEDING
    assert undecided.questions() == asked


def test_a_declaration_may_name_each_feared_harms_field_and_a_value_looked_up_by_a_parameter() -> (
    None
):
    """``claim.fears[].likelihood`` (each harm's likelihood, in order) and
    ``claim.onward_removal[to]`` (the map's value at the parameter ``to``) are read as such: the
    key holds the declared fields of each harm, in order, and the map's value by ``.get``."""

    @logic.reads("claim.fears[].country", "claim.fears[].likelihood", "claim.onward_removal[to]")
    def rule(claim: rl.Claim, to: str) -> rl.Finding:  # pragma: no cover - never called
        raise AssertionError

    declared: Any = rule
    exprs, names = _speed.key_parts(declared.__reads__)
    assert exprs == [
        "(claim.fears and tuple(map(_each0, claim.fears)))",
        "claim.onward_removal.get(to)",
    ]
    harm = rl.Harm("beating", "PRK", likelihood=0.5)
    assert names["_each0"](harm) == ("PRK", 0.5)
    with pytest.raises(TypeError, match=r"reads 'claim\.onward_removal\[where\]'"):

        @logic.reads("claim.onward_removal[where]")
        def unknown_key(claim: rl.Claim, to: str) -> rl.Finding:  # pragma: no cover
            raise AssertionError

    with pytest.raises(TypeError, match=r"reads 'claim\.fears\[\]'"):

        @logic.reads("claim.fears[]")
        def no_field(claim: rl.Claim) -> rl.Finding:  # pragma: no cover - never called
            raise AssertionError


def test_a_risk_on_return_is_remembered_on_each_feared_harms_facts_it_reads() -> None:
    """CAT art. 3's risk of torture (``law.cat_3.torture_risk``) is handed back for a claim that
    differs only in what the rule does not read (a harm's description), and decided afresh when a
    fact it reads changes: a harm's ``torture``, or whether the destination sends the person on."""
    from refugeelaw.law import cat_3

    _speed.install()
    rule = cat_3.torture_risk
    harm = rl.Harm("beating", "PRK", likelihood=0.5, actor="state")
    claim = rl.Claim(rl.Person("A", nationalities={"PRK"}, location="CHN"), fears=[harm])
    first = rule(claim, "PRK", rl.Doctrine())
    renamed = attrs.evolve(claim, fears=(attrs.evolve(harm, description="other"),))
    assert rule(renamed, "PRK", rl.Doctrine()) is first
    tortured = attrs.evolve(claim, fears=(attrs.evolve(harm, torture=True),))
    assert first.verdict is rl.Verdict.UNKNOWN
    assert rule(tortured, "PRK", rl.Doctrine()).verdict is rl.Verdict.MET  # CAT art. 3(1)
    onward = attrs.evolve(claim, fears=(attrs.evolve(harm, torture=True),))
    via = rule(onward, "RUS", rl.Doctrine())  # feared in North Korea, removed to Russia
    sent_on = attrs.evolve(onward, onward_removal={"RUS": True})
    assert via.verdict is rl.Verdict.UNKNOWN  # whether Russia sends the person on is not known
    # CAT art. 3(1) reaches removal to a state that would send the person on to the torture.
    assert rule(sent_on, "RUS", rl.Doctrine()).verdict is rl.Verdict.MET


def _not_itself(onward: dict[str, Any]) -> dict[str, Any]:
    """``Claim.onward_removal`` as it may be given: a list never names its own key (the
    destination itself, refused); one that named only its key sends the person on to none."""
    return {
        key: (where - {key} or False) if isinstance(where, frozenset) else where
        for key, where in onward.items()
    }


@settings(max_examples=100)
@given(
    st.lists(
        st.tuples(
            claims(),
            doctrines,
            st.sampled_from(["PRK", "SYR", "AFG", "CHN"]),
            st.dictionaries(
                st.sampled_from(["PRK", "SYR", "AFG", "CHN"]),
                st.booleans()
                | st.frozensets(st.sampled_from(["PRK", "SYR", "AFG", "CHN"]), min_size=1),
            ).map(_not_itself),
            st.sampled_from([None, "CHN", "DEU"]),
        ),
        min_size=2,
        max_size=6,
    )
)
def test_the_risks_on_return_remembered_on_facts_equal_the_rules_as_written(
    cases: list[tuple[rl.Claim, rl.Doctrine, str, dict[str, bool | frozenset[str]], str | None]],
) -> None:
    """The risks CAT art. 3 and ICCPR arts 6(1) and 7 cover, remembered on each feared harm's
    facts, the onward removal to the destination and the doctrine's threshold (and, for art. 6,
    whether the returning state has abolished the death penalty), are equal to the rules run as
    written, for generated claims with memos warm from the others."""
    from refugeelaw.law import abolition, cat_3, iccpr

    _speed.install()
    on = dt.date(2004, 6, 30)
    rules: tuple[Any, ...] = (cat_3.torture_risk, iccpr.ill_treatment_risk, iccpr.life_risk)
    for claim, doctrine, to, onward, by in cases:
        claim = attrs.evolve(claim, onward_removal=onward)
        abolished = None if by is None else abolition.abolition(by, on, doctrine)
        for rule in rules:
            args = (
                (claim, to, doctrine, abolished)
                if rule is iccpr.life_risk
                else (claim, to, doctrine)
            )
            fast = rule(*args)
            with _speed.off():
                plain = rule.__wrapped__(*args)
            assert fast == plain
            assert list(fast.walk()) == list(plain.walk())


def test_clear_forgets_what_the_writers_remembered() -> None:
    """Art 1A(2): after a result is written, the writers' own memos hold its citations' texts and
    its findings' members; ``clear()`` empties them, and the result is written the same again."""
    from refugeelaw._speed import writers

    _speed.install()
    result = rl.assess_status(testing.north_korean_escapee(), on=ON)
    text, line = result.explain(), serialize.record_json(1, result)
    assert all(writers._KEPT)
    _speed.clear()
    assert not any(writers._KEPT)
    assert (result.explain(), serialize.record_json(1, result)) == (text, line)


def _undeclared(source: str) -> list[str]:
    """The parameters a ``@reads`` rule in ``source`` uses but does not declare (neither the
    parameter itself, a field of it, nor a value looked up in it): a rule the speed layer would
    remember on less than it reads."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef):
            continue
        for decorator in node.decorator_list:
            if not (
                isinstance(decorator, ast.Call) and getattr(decorator.func, "id", None) == "reads"
            ):
                continue
            paths = [a.value for a in decorator.args if isinstance(a, ast.Constant)]
            for arg in (*node.args.args, *node.args.kwonlyargs):
                used = any(
                    isinstance(n, ast.Name) and n.id == arg.arg and isinstance(n.ctx, ast.Load)
                    for n in ast.walk(node)
                )
                declared = any(
                    str(p) == arg.arg or str(p).startswith((f"{arg.arg}.", f"{arg.arg}["))
                    for p in paths
                )
                if used and not declared:
                    found.append(f"{node.name}: {arg.arg}")
    return found


def test_every_rule_declares_each_parameter_it_uses() -> None:
    """A rule's declaration is what its findings are remembered on: a rule that names a country by
    the date (``country_name(code, on)``) but did not declare ``on`` gave, in one process, the
    name of the first date asked ("in or from Federal Republic of Yugoslavia" for a return in
    2004 after one in 1999). Every parameter a ``@reads`` rule uses is declared."""
    package = Path(rl.__file__).parent
    undeclared = [
        f"{path.relative_to(package)}: {each}"
        for path in sorted(package.rglob("*.py"))
        for each in _undeclared(path.read_text(encoding="utf-8"))
    ]
    assert undeclared == []


def test_the_declaration_check_finds_a_parameter_used_but_not_declared() -> None:
    """The check above can fail."""
    source = (
        "@reads('what')\n"
        "def words(what, on):\n"
        "    return country_name(what, on)\n"
        "@reads('what', 'on')\n"
        "def dated(what, on):\n"
        "    return country_name(what, on)\n"
    )
    assert _undeclared(source) == ["words: on"]


def test_a_return_in_2004_after_one_in_1999_names_serbia_and_montenegro_69_fr_3188() -> None:
    """69 FR 3188: the Federal Republic of Yugoslavia was renamed Serbia and Montenegro on
    4 February 2003. Asked in one process, a return in 1999 and one in 2004 each name the State as
    it was named that day (the risk's words were remembered without their date)."""
    harm = rl.Harm(
        "torture in detention",
        "SRB",
        severity="threat_to_life_or_freedom",
        likelihood=0.9,
        actor="state",
        reasons={"political_opinion"},
        torture=True,
    )
    claim = rl.Claim(rl.Person("A", nationalities={"SRB"}, location="DEU"), fears=[harm])
    early = rl.assess_return(claim, by="DEU", to="SRB", on="1999-06-01").explain()
    later = rl.assess_return(claim, by="DEU", to="SRB", on="2004-06-01").explain()
    assert "in or from Federal Republic of Yugoslavia" in early
    assert "in or from Serbia and Montenegro" in later
    assert "Federal Republic of Yugoslavia" not in later


def test_a_clause_raised_against_a_recognised_refugee_is_said_so_whatever_came_before() -> None:
    """Art 33(1) protects a recognised refugee until a cessation clause is established (UNHCR
    Handbook para. 28; Art 1C(5)): a clause the State raised (``cessation_pending``) is "raised
    against it", one open on the refugee's own facts only "in issue for it", with the layer warm
    from the other claim in either order (the protected-person rule reads each status child's
    missing facts)."""
    fear = rl.Harm(
        "threats by a local commander",
        "AFG",
        severity="minor",
        likelihood=0.6,
        actor="non_state",
        reasons={"political_opinion"},
    )

    def claim(**kw: Any) -> rl.Claim:
        return rl.Claim(
            rl.Person("A", {"AFG"}, location="DEU"), fears=[fear], recognised=True, **kw
        )

    in_issue = claim(cessation={"1C(5)"})  # found; the proviso (compelling reasons) not known
    raised = claim(cessation_pending={"1C(5)"})  # raised by the State, undecided

    def decided(c: rl.Claim) -> rl.ReturnAssessment:
        return rl.assess_return(c, by="DEU", to="AFG", on="2010-06-30")

    with _speed.off():
        plain = {"in issue": decided(in_issue), "raised": decided(raised)}
    assert "(Art 1C(5)) raised against it" in plain["raised"].explain()
    assert "(Art 1C(5)) in issue for it" in plain["in issue"].explain()
    for order in (("in issue", "raised"), ("raised", "in issue")):
        _speed.install()
        _speed.clear()
        claims = {"in issue": in_issue, "raised": raised}
        fast = {name: decided(claims[name]) for name in order}
        for name in order:
            assert fast[name] == plain[name], name
            assert fast[name].explain() == plain[name].explain(), name


def test_being_outside_a_former_home_is_weighed_afresh_under_each_doctrine() -> None:
    """Art 1A(2) for a stateless person in one of several former homes (*Thabet v Canada*, read
    under ``return_to_other_residences``; UNHCR Handbook para. 104): being outside turns on a
    well-founded fear in another home left, so on the fear threshold too. The alienage rule was
    remembered on the person's places, the fears and two doctrinal positions only, so a finding
    made under one threshold was given under the other."""
    harm = rl.Harm(
        "detention of a defector's family",
        "SYR",
        severity="threat_to_life_or_freedom",
        likelihood=0.3,
        actor="state",
        reasons={"political_opinion"},
    )
    claim = rl.Claim(
        rl.Person(
            "S",
            nationalities=set(),
            habitual_residence="PRK",
            location="PRK",
            other_habitual_residences={"SYR"},
        ),
        fears=[harm],
    )
    views = [
        rl.Doctrine(return_to_other_residences=True, fear_threshold=threshold)
        for threshold in (0.1, 0.5)
    ]

    def outside(d: rl.StatusDetermination) -> rl.Verdict:
        found = d.finding.find("outside every country of former habitual residence")
        assert found is not None
        return found.verdict

    with _speed.off():
        plain = [rl.assess_status(claim, on=ON, doctrine=view) for view in views]
    assert [outside(d) for d in plain] == [rl.Verdict.MET, rl.Verdict.NOT_MET]
    _speed.install()
    _speed.clear()
    fast = [rl.assess_status(claim, on=ON, doctrine=view) for view in views]
    assert fast == plain
