"""The outcome alone (``rl.status_outcomes``, ``law.status.outcome``): the same rules as the explained
determination, put together in the same way, and never a different outcome (issue 20, point 6)."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refugeelaw as rl
from refugeelaw import _speed, testing
from refugeelaw.law import art_1c, fear, status
from refugeelaw.law.inclusion import inclusion, inclusion_elements, inclusion_verdict
from refugeelaw.law.limits import regime_for
from test_status_properties import STATES, claims, doctrines, several_homes

ON = "2004-06-30"

# What the shared generator leaves at its default: a recognition already made, Art 1D's second
# paragraph (with whether the assistance is received not known, now and then), a cessation clause
# raised and pending, a refugee under Art 1A(1).
more = st.fixed_dictionaries(
    {
        "recognised": st.booleans(),
        "unrwa_assistance": st.one_of(st.none(), st.booleans()),
        "unrwa_assistance_ceased": st.one_of(st.none(), st.booleans()),
        "cessation_pending": st.frozensets(st.sampled_from(list(rl.Cessation)), max_size=1),
        "statutory_refugee": st.booleans(),
    }
)


def _widen(claim: rl.Claim, changes: dict[str, Any], use: list[bool]) -> rl.Claim:
    picked = {k: v for (k, v), keep in zip(changes.items(), use, strict=True) if keep}
    for key in ("unrwa_assistance_ceased", "unrwa_assistance"):
        receiving = picked.get("unrwa_assistance", claim.unrwa_assistance)
        if (
            key in picked
            and receiving
            and picked.get("unrwa_assistance_ceased", claim.unrwa_assistance_ceased)
        ):
            # A contradiction, refused (test_facts): drop what was picked to make it (both, where
            # the claim's own value makes it with either: receiving picked, ceased already true).
            picked.pop(key)
    if "cessation_pending" in picked:  # a clause found is not also pending (test_facts)
        picked["cessation_pending"] = picked["cessation_pending"] - claim.cessation
    return attrs.evolve(claim, **picked)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            # A stateless person with several former homes now and then (Handbook para. 104).
            st.one_of(claims(), claims(), several_homes()),
            more,
            st.lists(st.booleans(), min_size=5, max_size=5),
            doctrines,
        ),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(STATES),
    st.booleans(),
)
def test_the_outcome_alone_is_the_explained_outcome(
    cases: list[tuple[rl.Claim, dict[str, Any], list[bool], rl.Doctrine]],
    state: str | None,
    fast: bool,
) -> None:
    """Art 1 (inclusion, Art 1D's second paragraph, recognition, the OAU's wider definition for a
    state bound by it, Arts 1C–1F): ``status_outcomes`` gives what ``assess_status`` concludes, for
    every claim, doctrine and state, with the speed layer on and off."""
    _speed.install()
    for claim, changes, use, doctrine in cases:
        claim = _widen(claim, changes, use)
        explained = rl.assess_status(claim, on=ON, state=state, doctrine=doctrine).outcome
        if fast:
            assert rl.status_outcomes([claim], on=ON, state=state, doctrine=doctrine) == [explained]
        else:
            with _speed.off():
                alone = rl.status_outcomes([claim], on=ON, state=state, doctrine=doctrine)
            assert alone == [explained]


@settings(max_examples=200, deadline=None)
@given(claims(), doctrines, st.sampled_from(STATES))
def test_each_part_decides_as_its_explained_finding(
    claim: rl.Claim, doctrine: rl.Doctrine, state: str | None
) -> None:
    """The parts the outcome is made of decide as the findings they stand for: each feared harm
    (its five elements of Art 1A(2), asked in order until one is not met) as its finding,
    inclusion (Art 1A(2)) as ``inclusion``'s finding, each displacing clause (Arts 1C–1F) given no
    inclusion to weigh as given the real one, where cessation is not in issue."""
    on = dt.date(2004, 6, 30)
    regime = regime_for(state, on)
    elements = inclusion_elements(claim, doctrine, regime, on)
    for index, (harm, found) in enumerate(
        zip(claim.fears or (), elements[1].children, strict=True)
    ):
        assert fear.fear_verdict(harm, index, claim, doctrine, on) is found.verdict, found.element
    included = inclusion(elements)
    assert inclusion_verdict(claim, doctrine, regime, elements[0], on) is included.verdict
    if art_1c.in_issue(claim, on, doctrine):
        return
    for clause in status.DISPLACING_CLAUSES:
        alone = clause.rule(claim, status._NOT_WEIGHED, doctrine, on)
        assert alone == clause.rule(claim, included, doctrine, on), clause.name


def test_the_caseload_agrees_claim_for_claim() -> None:
    """The project's benchmark caseload (2,000 claims, with and without a state's limits)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import caseload

    claims_ = [rl.from_json(rl.Claim, line) for line in caseload.generate(2000)]
    reached = set()
    for state in (None, "MDG", "KEN"):
        explained = [rl.assess_status(c, on=ON, state=state).outcome for c in claims_]
        assert rl.status_outcomes(claims_, on=ON, state=state) == explained
        reached.update(explained)
    assert len(reached) >= 3  # the caseload reaches several outcomes


def test_the_source_articles_cases() -> None:
    """The North Korean escapee (Art 1A(2): a refugee sur place, punished for leaving), the economic
    migrant (no Convention ground), the escapee found to fall within Art 1F(a), the escapee once
    recognised found to have re-availed himself of his country's protection (Art 1C(1)), which
    the facts contradict, North Korea's protection being unavailable (REFUGEE; it was CEASED:
    status review s35 F2), and found to have re-established himself there, where he now is (Art
    1C(4): CEASED; in China he would meet Art 1A(2) again, and it could not, s36 F3;
    each determined in full, since Art 1C weighs the fear and the protection), and Art 1D's
    first paragraph on the same facts with the
    receipt of another UN agency's assistance stated (hypothetical: in practice only UNRWA gives
    it, to Palestine refugees; the rule reads the stated fact)."""
    escapee = testing.north_korean_escapee()
    claims_ = [
        escapee,
        testing.economic_migrant(),
        attrs.evolve(escapee, exclusion={"1F(a)"}),
        attrs.evolve(escapee, recognised=True, cessation={"1C(1)"}),
        attrs.evolve(
            escapee,
            recognised=True,
            cessation={"1C(4)"},
            person=attrs.evolve(escapee.person, location="PRK"),
        ),
        attrs.evolve(escapee, unrwa_assistance=True),
    ]
    assert rl.status_outcomes(claims_, on=ON) == [
        rl.Status.REFUGEE,
        rl.Status.NOT_REFUGEE,
        rl.Status.EXCLUDED,
        rl.Status.REFUGEE,
        rl.Status.CEASED,
        rl.Status.EXCLUDED,
    ]
    assert rl.status_outcomes(iter(claims_), on=ON) == rl.status_outcomes(claims_, on=ON)
    assert rl.status_outcomes([], on=ON) == []


def test_a_clause_never_decides_for_a_person_who_does_not_qualify() -> None:
    """The displacing clauses are asked only of a person who qualifies: the Convention "shall not
    apply" under Art 1F(a) to the economic migrant, who fails Art 1A(2) anyway (no Convention
    ground), nor to an escapee whose fear is not yet weighed, and the outcome is then the one
    inclusion gives (``decide``), as in the explained determination, whose tree still shows the
    clause applying."""
    escapee = testing.north_korean_escapee()
    assert escapee.fears is not None
    unweighed = attrs.evolve(
        escapee, fears=[attrs.evolve(h, likelihood=None) for h in escapee.fears]
    )
    claims_ = [
        attrs.evolve(testing.economic_migrant(), exclusion={"1F(a)"}),
        attrs.evolve(unweighed, exclusion={"1F(a)"}),
    ]
    explained = [rl.assess_status(c, on=ON) for c in claims_]
    assert [d.outcome for d in explained] == [rl.Status.NOT_REFUGEE, rl.Status.UNDETERMINED]
    assert all(d.displaced_by == ("Art 1F",) for d in explained)
    assert rl.status_outcomes(claims_, on=ON) == [d.outcome for d in explained]


def test_bad_arguments_name_their_path() -> None:
    with pytest.raises(rl.InvalidInput) as caught:
        rl.status_outcomes(
            [testing.north_korean_escapee(), {"person": {}}],  # type: ignore[list-item]  # deliberately invalid
            on=ON,
        )
    assert caught.value.problems[0].path == "claims[1]"
    with pytest.raises(rl.InvalidInput) as caught:
        rl.status_outcomes([], on="30/06/2004x", state="XXX")
    assert {p.path for p in caught.value.problems} == {"on", "state"}
    with pytest.raises(rl.InvalidInput) as caught:
        rl.status_outcomes("claims.jsonl")  # type: ignore[arg-type]  # deliberately invalid: a path
    assert caught.value.problems[0].path == "claims"


@pytest.mark.parametrize("fast", [True, False], ids=["speed", "plain"])
def test_a_claim_assess_status_refuses_is_refused_named_by_its_index(fast: bool) -> None:
    """``status_outcomes`` gives the outcome ``assess_status`` gives, and so refuses what it
    refuses (interface review s36 F3): a claim naming the USSR in 2004 as a nationality and as
    where the harm is feared (the data's statehood record: gone since 24 December 1991) is
    refused, each path under the claim's place (``claims[1].person.nationalities``). Before, it
    was given an outcome (``UNDETERMINED``) where ``assess_status`` gave none; so was a ``state``
    naming no State (the USSR), given ``REFUGEE`` for the escapee, now refused at ``state``."""
    soviet = rl.Claim(
        rl.Person("B", nationalities={"SUN"}, location="DEU"),
        fears=[rl.Harm("detention", "SUN", likelihood=0.5)],
    )
    with pytest.raises(rl.InvalidInput) as explained:
        rl.assess_status(soviet, on=ON)
    escapee = testing.north_korean_escapee()
    with _speed.off() if not fast else contextlib.nullcontext():
        assert rl.status_outcomes([escapee], on=ON) == [rl.Status.REFUGEE]  # Art 1A(2) met
        with pytest.raises(rl.InvalidInput) as caught:
            rl.status_outcomes([escapee, soviet, escapee], on=ON)
        with pytest.raises(rl.InvalidInput, match=r"^state: SUN \(USSR\) names no State"):
            rl.status_outcomes([escapee], on=ON, state="SUN")
    assert [p.path for p in caught.value.problems] == [
        "claims[1].person.nationalities",
        "claims[1].fears[0].country",
    ]
    assert [p.message for p in caught.value.problems] == [
        p.message for p in explained.value.problems
    ]
