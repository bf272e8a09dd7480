"""JSON in and out: lossless round trips, InvalidInput (and nothing else) for bad input, schemas."""

from __future__ import annotations

import datetime as dt
import json
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.countries import all_countries
from refugeelaw.sources.territories import (
    contested,
    same_state,
    statehood,
    territories,
    unrecorded,
)

# -- strategies for valid objects ------------------------------------------------------------

#: The date the generated claims are assessed on.
ASSESSED = dt.date(2004, 6, 30)
#: Codes that name a State on every date the tests assess (not Eritrea before 1993 nor the USSR
#: after 1991, nor Western Sahara on any date: ``data/territories.json``, ``statehood``, refused
#: in a claim where a State is meant), and
#: no place whose belonging to a State is not decided by the data: one contested (Western Sahara:
#: a claim naming it and Morocco is refused, ``contested``), or a territory whose record begins
#: after the date assessed (Mayotte, recorded as France's from 31 March 2011: a claim naming it
#: and France in 2004 is refused, ``unrecorded``).
COUNTRIES = sorted(
    c
    for c in all_countries()
    if statehood(c) is None and contested(c) is None and unrecorded(c, ASSESSED) is None
)
countries = st.sampled_from(COUNTRIES)
#: Codes a person can hold as a nationality: not a territory the data records as held by a State
#: (Puerto Rico, Hong Kong: refused as a nationality, Art 1A(2), naming the State).
nationality_codes = st.sampled_from([c for c in COUNTRIES if c not in territories()])
opt_bools = st.none() | st.booleans()
#: Any unicode text that is not blank (descriptions must say something).
words = st.text(min_size=1, max_size=30).filter(lambda s: bool(s.strip()))
probabilities = st.floats(min_value=0, max_value=1, allow_nan=False) | st.sampled_from([0, 1])
# A doctrine's standard of likelihood is above 0 (at 0 a nil likelihood would reach it).
thresholds = st.floats(min_value=0, max_value=1, exclude_min=True, allow_nan=False) | st.just(1)

persons = st.builds(
    rl.Person,
    name=st.text(max_size=20),
    nationalities=st.frozensets(nationality_codes, max_size=3),
    habitual_residence=st.none() | countries,
    other_habitual_residences=st.frozensets(countries, max_size=2),
    location=st.none() | countries,
)
social_groups = st.builds(
    rl.SocialGroup,
    description=words,
    protected_characteristic=opt_bools,
    socially_perceived=opt_bools,
    exists_independently=opt_bools,
    distinguished_from_society=opt_bools,
)
#: Torture is severe pain or suffering (CAT art. 1(1)): ``Harm`` refuses it judged minor or
#: discrimination only.
BELOW_TORTURE = frozenset({rl.Severity.MINOR, rl.Severity.DISCRIMINATION})


def torture_for(
    severity: rl.Severity | None, prosecution: bool, disproportionate: bool | None
) -> st.SearchStrategy[bool | None]:
    """Whether a harm of ``severity`` is torture, as far as its other facts allow: not one judged
    minor or discrimination only, nor a punishment judged not excessive (CAT art. 1(1))."""
    below = severity in BELOW_TORTURE or (prosecution and disproportionate is False)
    return st.sampled_from([None, False]) if below else opt_bools


def _harm_of(
    severity: rl.Severity | None, prosecution: bool, disproportionate: bool | None
) -> st.SearchStrategy[rl.Harm]:
    """Any valid harm of ``severity``: torture only where its other facts allow it (CAT art.
    1(1): not for a harm judged minor or discrimination only, nor a punishment judged not
    excessive), nor a ground of withheld protection a state acting for itself does not give
    (*Islam; Shah*: it has no protection of its own to withhold)."""
    return st.builds(
        _harm,
        description=words,
        country=countries,
        severity=st.just(severity),
        likelihood=st.none() | probabilities,
        actor=st.none() | st.sampled_from(rl.Actor),
        reasons=st.frozensets(st.sampled_from([*rl.Ground, *rl.Motive]), max_size=4),
        prosecution=st.just(prosecution),
        disproportionate=st.just(disproportionate),
        discriminatory=opt_bools,
        law_contrary_to_human_rights=opt_bools,
        sur_place=st.booleans(),
        torture=torture_for(severity, prosecution, disproportionate),
        irreparable=opt_bools,
        risk_to_life=opt_bools,
        ground_central=opt_bools,
        social_group=st.none() | social_groups,
        flagrant_denial_of_justice=opt_bools,
        death_penalty=opt_bools,
        condemned_military_action=opt_bools,
        protection_withheld_for=st.none()
        | st.frozensets(st.sampled_from(list(rl.Ground)), max_size=2),
        differential_risk=opt_bools,
        suffered_before=opt_bools,
        good_reasons_not_repeated=opt_bools,
        internal_relocation=opt_bools,
    )


def _harm(**facts: Any) -> rl.Harm:
    """``rl.Harm(**facts)``, keeping of the grounds of withheld protection only those a state
    acting for itself gives itself (``Harm.state_acts_for_itself``), and not torture for a
    punishment judged not excessive where the reasons make it a prosecution
    (``Harm.is_prosecution``: CAT art. 1(1), as :func:`torture_for` for the flag)."""
    withheld = facts.pop("protection_withheld_for")
    if (
        facts["torture"] is True
        and facts["disproportionate"] is False
        and rl.Motive.CRIMINAL_PROSECUTION in facts["reasons"]
    ):
        facts["torture"] = None
    harm = rl.Harm(**facts)
    if withheld and harm.state_acts_for_itself:
        withheld = withheld & harm.grounds
    return attrs.evolve(harm, protection_withheld_for=withheld)


harms = st.tuples(st.none() | st.sampled_from(rl.Severity), st.booleans(), opt_bools).flatmap(
    lambda facts: _harm_of(*facts)
)
claims = st.builds(
    rl.Claim,
    person=persons,
    fears=st.lists(harms, max_size=3),
    protection=st.dictionaries(countries, st.sampled_from(rl.Protection), max_size=3),
    internal_relocation=opt_bools,
    exclusion=st.frozensets(st.sampled_from(rl.Exclusion)),
    cessation=st.frozensets(st.sampled_from(rl.Cessation)),
    unrwa_assistance=st.none() | st.booleans(),
    rights_of_national_in=st.none() | countries,
    events_before_1951=opt_bools,
    events_in_europe=opt_bools,
    danger_to_security=opt_bools,
    serious_crime_danger=opt_bools,
    at_frontier=st.booleans(),
    # Never a list naming its own key, the destination itself, nor a place in the same State on
    # the date assessed (Guam for Puerto Rico: both the United States'), which is no onward
    # removal (refused: Claim.onward_removal, and the assessment's check of the places).
    onward_removal=st.lists(
        countries.flatmap(
            lambda to: st.tuples(
                st.just(to),
                st.booleans()
                | st.frozensets(
                    countries.filter(lambda c: c != to and not same_state(c, to, ASSESSED)),
                    min_size=1,
                    max_size=2,
                ),
            )
        ),
        max_size=2,
        unique_by=lambda pair: pair[0],
    ).map(dict),
)
doctrines = st.builds(
    rl.Doctrine,
    non_refoulement_customary=opt_bools,
    non_refoulement_peremptory=opt_bools,
    fear_threshold=thresholds,
    torture_threshold=thresholds,
    return_threshold=st.none() | thresholds,
    nexus=st.sampled_from(["contributing", "one_central_reason"]),
    social_group=st.sampled_from(
        [
            "protected_characteristics",
            "social_perception",
            "either",
            "both",
            "distinguished_from_society",
        ]
    ),
    later_treaty_by=st.sampled_from(["adoption", "entry_into_force"]),
    differential_impact=st.booleans(),
    return_to_other_residences=st.booleans(),
    past_persecution_presumption=st.booleans(),
    cat_non_state_actors=opt_bools,
    taiwan_outside_china=opt_bools,
)
citations = st.sampled_from(
    [
        ("refugee-convention-1951", "33(1)"),
        ("refugee-convention-1951", "1A(2)"),
        ("refugee-convention-1951", ""),
        ("cat-1984", "3(1)"),
        ("unhcr-handbook", "66-86"),
        ("ins-v-cardoza-fonseca-1987", ""),
        ("customary-international-law", "non-refoulement"),
    ]
).map(lambda pair: rl.Citation(*pair))


def _finding(children: st.SearchStrategy[list[rl.Finding]]) -> st.SearchStrategy[rl.Finding]:
    return st.builds(
        rl.Finding,
        element=words,
        verdict=st.sampled_from(rl.Verdict),
        reason=words,
        citations=st.lists(citations, max_size=3),
        children=children,
        assumptions=st.lists(st.text(max_size=15), max_size=2),
        facts=st.lists(st.text(max_size=15), max_size=2),
        missing=st.lists(st.text(max_size=15), max_size=2),
        standard=st.none() | st.text(max_size=15),
        role=st.sampled_from(["element", "exception", "input", "conclusion"]),
    )


findings = st.recursive(
    _finding(st.just([])), lambda inner: _finding(st.lists(inner, max_size=3)), max_leaves=8
)


# -- round trips -----------------------------------------------------------------------------


def assert_round_trips(obj: object) -> None:
    text = rl.to_json(obj)
    back = rl.from_json(type(obj), text)
    assert back == obj
    assert type(back) is type(obj)
    assert rl.to_json(back) == text  # the JSON form is canonical
    json.loads(text)  # and it is plain JSON


@given(claims)
def test_every_valid_claim_round_trips(claim: rl.Claim) -> None:
    assert_round_trips(claim)


@given(persons)
def test_every_valid_person_round_trips(person: rl.Person) -> None:
    assert_round_trips(person)


@given(harms)
def test_every_valid_harm_round_trips(harm: rl.Harm) -> None:
    assert_round_trips(harm)


@given(doctrines)
def test_every_valid_doctrine_round_trips(doctrine: rl.Doctrine) -> None:
    assert_round_trips(doctrine)


@given(findings)
def test_every_valid_finding_tree_round_trips(finding: rl.Finding) -> None:
    assert_round_trips(finding)


# -- the command line's fast JSON ---------------------------------------------------------------


@given(findings)
def test_the_fast_finding_json_is_json_dumps_of_to_dict_byte_for_byte(finding: rl.Finding) -> None:
    """The command line writes finding trees through a cache of their JSON text; any text (quotes,
    control characters, non-ASCII) must come out exactly as ``json.dumps(to_dict(...))``."""
    from refugeelaw import serialize

    expected = json.dumps(rl.to_dict(finding), ensure_ascii=False)
    assert serialize.finding_json(finding) == expected
    assert serialize.finding_json(finding) == expected  # and again, from the speed layer's memo


@given(claims)
def test_result_json_is_json_dumps_of_to_dict_byte_for_byte(claim: rl.Claim) -> None:
    """Status (Art 1) and return (Art 33) determinations, as the command line's JSON Lines."""
    from refugeelaw.serialize import result_json

    for result in (
        rl.assess_status(claim, on=ASSESSED),
        rl.assess_return(claim, by="CHN", to="PRK", on=ASSESSED),
    ):
        assert result_json(result) == json.dumps(result.to_dict(), ensure_ascii=False)


def test_enums_travel_as_values_and_sets_as_sorted_lists() -> None:
    harm = rl.Harm(
        "d",
        "PRK",
        severity="serious",
        reasons={rl.Motive.ECONOMIC, rl.Ground.RACE, rl.Ground.RELIGION},
    )
    data = rl.to_dict(harm)
    assert data["severity"] == "serious"
    # Ground members before Motive members, each sorted by value.
    assert data["reasons"] == ["race", "religion", "economic"]
    claim = rl.Claim(rl.Person(nationalities={"PRK", "KOR"}), protection={"PRK": "unavailable"})
    data = rl.to_dict(claim)
    assert data["person"]["nationalities"] == ["KOR", "PRK"]
    assert data["protection"] == {"PRK": "unavailable"}


def test_unicode_is_written_as_is() -> None:
    person = rl.Person("김정은 / Ким / Ω")
    assert "김정은" in rl.to_json(person)
    assert rl.from_json(rl.Person, rl.to_json(person)) == person


def test_a_determination_round_trips_with_its_date() -> None:
    claim = rl.Claim(
        rl.Person("E", {"PRK"}, location="CHN"),
        fears=[rl.Harm("prison", "PRK", severity="serious", likelihood=0.9, actor="state",
                       reasons={"political_opinion"})],
    )  # fmt: skip
    determination = rl.assess_status(claim, on="2004-06-30")
    assert rl.to_dict(determination)["on"] == "2004-06-30"
    assert_round_trips(determination)


def test_library_data_objects_round_trip() -> None:
    assert_round_trips(rl.states.get("PRK"))
    assert_round_trips(rl.provision("refugee-convention-1951", "33"))
    assert_round_trips(rl.Problem("fears[0].likelihood", "expected a number from 0 to 1, got 1.7"))


def test_from_json_accepts_bytes() -> None:
    person = rl.Person("A", {"PRK"})
    assert rl.from_json(rl.Person, rl.to_json(person).encode("utf-8")) == person


def test_from_json_skips_a_byte_order_mark_before_the_text_as_the_command_line_does() -> None:
    """RFC 8259 section 8.1 lets a parser ignore a byte-order mark; an editor may write one. One
    elsewhere is no JSON whitespace, and is refused."""
    person = rl.Person("A", {"PRK"})
    text = rl.to_json(person)
    assert rl.from_json(rl.Person, "\ufeff" + text) == person
    assert rl.from_json(rl.Person, ("\ufeff" + text).encode("utf-8")) == person
    with pytest.raises(rl.InvalidInput, match="not valid JSON"):
        rl.from_json(rl.Person, text.replace(",", ",\ufeff", 1))


def test_missing_optional_fields_take_their_defaults() -> None:
    claim = rl.from_json(rl.Claim, '{"person": {}}')
    assert claim == rl.Claim(rl.Person())


def test_json_dates_must_be_unambiguous() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.from_dict(rl.Participation, {"state": "CHN", "instrument": "x", "action": "accession",
                                        "deposited": "09/24/1982"})  # fmt: skip
    assert [p.path for p in excinfo.value.problems] == ["deposited"]
    p = rl.from_dict(rl.Participation, {"state": "CHN", "instrument": "x", "action": "accession",
                                        "deposited": "24 September 1982"})  # fmt: skip
    assert p.deposited == dt.date(1982, 9, 24)


# -- invalid input: always InvalidInput, with the path of the fault ---------------------------

Step = tuple[str, Any]  # ("attr", name) | ("index", i) | ("member", i) | ("key", mapping key)


def path_of(steps: list[Step]) -> str:
    """The problem path the library uses: ``fears[0].likelihood``, ``protection['PRK']``."""
    out = ""
    for kind, step in steps:
        if kind == "attr":
            out += f".{step}" if out else step
        elif kind in ("index", "member"):
            out += f"[{step}]"
        else:
            out += f"[{step!r}]"
    return out


@attrs.frozen
class Site:
    """One place in a claim's JSON form, with the Python type the model declares there."""

    steps: list[Step]
    tp: Any
    owner: type | None = None  # the attrs class whose field this is


def _unoptional(tp: Any) -> tuple[Any, bool]:
    args = typing.get_args(tp)
    if type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return (rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]), True  # noqa: UP007
    return tp, False


def sites(data: Any, tp: Any, steps: list[Step], owner: type | None = None) -> Iterator[Site]:
    yield Site(steps, tp, owner)
    base, _ = _unoptional(tp)
    if data is None:
        return
    if isinstance(base, type) and attrs.has(base):
        hints = typing.get_type_hints(base)
        for f in attrs.fields(base):
            yield from sites(data[f.name], hints[f.name], [*steps, ("attr", f.name)], base)
    elif typing.get_origin(base) in (tuple, frozenset):
        item = typing.get_args(base)[0]
        kind = "index" if typing.get_origin(base) is tuple else "member"
        for i, x in enumerate(data):
            yield from sites(x, item, [*steps, (kind, i)])
    elif typing.get_origin(base) in (Mapping, dict, typing.Mapping):
        value_tp = typing.get_args(base)[1]
        for k, x in data.items():
            yield from sites(x, value_tp, [*steps, ("key", k)])


def reported_at(steps: list[Step]) -> str:
    """The path a fault at ``steps`` must be reported under.

    A set has no order, so the model names a bad member by its value (``nationalities['XYZ']``)
    where the JSON list would use an index; either way the path starts with the set's own path.
    """
    for i, (kind, _) in enumerate(steps):
        if kind == "member":
            return path_of(steps[:i])
    return path_of(steps)


def get_at(data: Any, steps: list[Step]) -> Any:
    for _, step in steps:
        data = data[step]
    return data


def set_at(data: Any, steps: list[Step], value: Any) -> None:
    parent = get_at(data, steps[:-1])
    parent[steps[-1][1]] = value


def _is_enum(tp: Any) -> bool:
    args = typing.get_args(tp) or (tp,)
    return all(isinstance(a, type) and issubclass(a, __import__("enum").Enum) for a in args)


def wrong_type_for(tp: Any, field: str) -> Any:
    """A JSON value of the wrong type for ``tp`` (never valid, whatever the field)."""
    base, _ = _unoptional(tp)
    if base is bool:
        return "yes"
    if base is float:
        return "high"
    if base is str or _is_enum(base):
        return 7
    if typing.get_origin(base) in (tuple, frozenset):
        return "not a list"
    if typing.get_origin(base) in (Mapping, dict, typing.Mapping):
        return 7
    if attrs.has(base):
        return 7
    if typing.get_origin(base) in (typing.Union, types.UnionType):  # bool | frozenset[str]
        return "yes"  # neither a boolean nor a list
    raise AssertionError(f"no wrong value for {field}: {tp!r}")  # pragma: no cover


COUNTRY_FIELDS = {"country", "location", "habitual_residence", "rights_of_national_in"}


@st.composite
def mutated_claims(draw: st.DrawFn, kind: str) -> tuple[dict[str, Any], str]:
    """A valid claim's JSON form with one fault of ``kind``, and the path the fault must be reported at."""
    claim = draw(claims)
    data = rl.to_dict(claim)
    every = list(sites(data, rl.Claim, []))

    def pick(predicate: typing.Callable[[Site], bool]) -> Site:
        candidates = [s for s in every if predicate(s)]
        assume(candidates)
        return draw(st.sampled_from(candidates))

    if kind == "wrong_type":
        site = pick(lambda s: bool(s.steps))
        set_at(data, site.steps, wrong_type_for(site.tp, path_of(site.steps)))
        return data, reported_at(site.steps)
    if kind == "likelihood_out_of_range":
        site = pick(lambda s: s.steps[-1:] == [("attr", "likelihood")])
        set_at(data, site.steps, draw(st.sampled_from([1.7, -0.1, 1.0000001, 100])))
        return data, reported_at(site.steps)
    if kind == "unknown_country":
        site = pick(
            lambda s: (
                bool(s.steps)
                and (
                    s.steps[-1][1] in COUNTRY_FIELDS
                    or s.steps[-2:-1] == [("attr", "nationalities")]
                )
            )
        )
        set_at(data, site.steps, draw(st.sampled_from(["XYZ", "prk", "China", "CN", ""])))
        return data, reported_at(site.steps)
    if kind == "unknown_country_key":
        site = pick(
            lambda s: s.steps[-1:] == [("attr", "protection")] and bool(get_at(data, s.steps))
        )
        mapping = get_at(data, site.steps)
        key = draw(st.sampled_from(sorted(mapping)))
        bad = draw(st.sampled_from(["XYZ", key.lower()]))
        mapping[bad] = mapping.pop(key)
        return data, path_of([*site.steps, ("key", bad)])
    if kind == "unknown_enum":
        site = pick(lambda s: bool(s.steps) and _is_enum(_unoptional(s.tp)[0]))
        set_at(data, site.steps, draw(st.sampled_from(["no-such-value", "SERIOUS!", "Race"])))
        return data, reported_at(site.steps)
    if kind == "extra_key":
        site = pick(lambda s: attrs.has(_unoptional(s.tp)[0]) and get_at(data, s.steps) is not None)
        get_at(data, site.steps)["surprise"] = 1
        return data, path_of([*site.steps, ("attr", "surprise")])
    if kind == "missing_required":
        site = pick(
            lambda s: (
                s.owner is not None
                and bool(s.steps)
                and attrs.fields_dict(s.owner)[s.steps[-1][1]].default is attrs.NOTHING
            )
        )
        del get_at(data, site.steps[:-1])[site.steps[-1][1]]
        return data, reported_at(site.steps)
    if kind == "list_for_object":
        site = pick(
            lambda s: (
                bool(s.steps)
                and (
                    attrs.has(_unoptional(s.tp)[0])
                    or typing.get_origin(_unoptional(s.tp)[0]) in (Mapping, dict, typing.Mapping)
                )
            )
        )
        set_at(data, site.steps, draw(st.sampled_from([[], [1], ["PRK"]])))
        return data, reported_at(site.steps)
    raise AssertionError(kind)  # pragma: no cover


def assert_invalid_at(data: Any, prefix: str) -> None:
    """``from_json`` raises InvalidInput (any other exception fails the test) and every problem it
    lists lies under ``prefix``."""
    text = json.dumps(data, ensure_ascii=False)
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.from_json(rl.Claim, text)
    problems = excinfo.value.problems
    assert problems, "an InvalidInput must list at least one problem"
    assert all(p.path.startswith(prefix) for p in problems), (prefix, [str(p) for p in problems])
    assert all(p.message for p in problems)


MUTATIONS = [
    "wrong_type",
    "likelihood_out_of_range",
    "unknown_country",
    "unknown_country_key",
    "unknown_enum",
    "extra_key",
    "missing_required",
    "list_for_object",
]


@pytest.mark.parametrize("kind", MUTATIONS)
@given(data=st.data())
def test_invalid_claim_json_raises_invalid_input_at_the_fault(
    kind: str, data: st.DataObject
) -> None:
    mutated, prefix = data.draw(mutated_claims(kind))
    assert_invalid_at(mutated, prefix)


@given(claims, st.data())
def test_non_json_text_raises_invalid_input(claim: rl.Claim, data: st.DataObject) -> None:
    text = rl.to_json(claim)
    cut = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    garbage = data.draw(st.sampled_from(["", "}", "'", "\x00", "{{", ",]"]))
    broken = text[:cut] + garbage
    try:
        json.loads(broken)
    except ValueError:
        pass
    else:
        assume(False)  # cutting and appending happened to give valid JSON (e.g. "{}")
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.from_json(rl.Claim, broken)
    assert [p.path for p in excinfo.value.problems] == [""]


@pytest.mark.parametrize("text", ["", "null", "[]", '"claim"', "1", "true", "{", "nul", "[1,2"])
def test_top_level_that_is_not_an_object_is_invalid_input(text: str) -> None:
    with pytest.raises(rl.InvalidInput):
        rl.from_json(rl.Claim, text)


def test_two_faults_are_both_reported_with_their_json_paths() -> None:
    text = json.dumps(
        {
            "person": {"location": "XYZ"},
            "fears": [{"description": "beating", "country": "PRK", "likelihood": 1.7}],
        }
    )
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.from_json(rl.Claim, text)
    assert {str(p) for p in excinfo.value.problems} == {
        "person.location: unknown ISO 3166-1 alpha-3 country code 'XYZ'",
        "fears[0].likelihood: expected a number from 0 to 1, got 1.7",
    }


def test_a_huge_integer_likelihood_is_invalid_input() -> None:
    text = (
        '{"person": {}, "fears": [{"description": "d", "country": "PRK", "likelihood": 1'
        + "0" * 400
        + "}]}"
    )
    with pytest.raises(rl.InvalidInput):
        rl.from_json(rl.Claim, text)


def test_bytes_that_are_not_utf8_are_invalid_input() -> None:
    with pytest.raises(rl.InvalidInput):
        rl.from_json(rl.Claim, b'{"person": {"name": "\xff"}}')


# -- JSON schema -----------------------------------------------------------------------------


def public_attrs_classes() -> list[type]:
    out = []
    for name in rl.__all__:
        obj = getattr(rl, name)
        if isinstance(obj, type) and attrs.has(obj):
            out.append(obj)
    return out


def test_the_public_attrs_classes_include_the_core() -> None:
    names = {c.__name__ for c in public_attrs_classes()}
    assert {"Claim", "Harm", "Person", "Doctrine", "Finding", "StatusDetermination", "SocialGroup",
            "Citation", "Provision", "Participation"} <= names  # fmt: skip


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref is None:
        return node
    return typing.cast(dict[str, Any], schema["$defs"][ref.rsplit("/", 1)[1]])


@pytest.mark.parametrize("cls", public_attrs_classes(), ids=lambda c: c.__name__)
def test_json_schema_describes_every_field(cls: type) -> None:
    schema = rl.json_schema(cls)
    assert isinstance(schema, dict)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    fields = attrs.fields(cls)
    assert list(schema["properties"]) == [f.name for f in fields]
    required = [f.name for f in fields if f.default is attrs.NOTHING]
    assert schema.get("required", []) == required
    json.dumps(schema)  # the schema itself is JSON


@pytest.mark.parametrize("cls", public_attrs_classes(), ids=lambda c: c.__name__)
def test_every_reference_in_a_schema_resolves(cls: type) -> None:
    schema = rl.json_schema(cls)
    text = json.dumps(schema)
    for name in {part.split('"')[0] for part in text.split('"#/$defs/')[1:]}:
        definition = schema.get("$defs", {})[name]
        assert definition["type"] == "object"
        assert "properties" in definition


def test_claim_schema_constrains_the_leaves() -> None:
    schema = rl.json_schema(rl.Claim)
    harm = schema["$defs"]["Harm"]
    likelihood = harm["properties"]["likelihood"]["anyOf"]
    assert {"type": "number", "minimum": 0, "maximum": 1} in likelihood
    assert {"type": "null"} in likelihood
    severity = harm["properties"]["severity"]
    assert any(
        opt.get("enum") == [s.value for s in rl.Severity]
        for opt in severity.get("anyOf", [severity])
    )
    assert harm["required"] == ["description", "country"]
    exclusion = schema["properties"]["exclusion"]
    assert exclusion["type"] == "array"
    assert "uniqueItems" not in exclusion  # a member repeated is read as the same member
    assert exclusion["items"] == {"enum": ["1F(a)", "1F(b)", "1F(c)"]}
    reasons = harm["properties"]["reasons"]["items"]["enum"]
    assert set(reasons) == {m.value for m in [*rl.Ground, *rl.Motive]}
    person = _resolve(schema, schema["properties"]["person"])
    # A set of country codes, or null: not known (the elements that turn on it are then unknown).
    nationalities = person["properties"]["nationalities"]["anyOf"]
    assert {"type": "null"} in nationalities
    listed = next(b for b in nationalities if b.get("type") == "array")
    assert "uniqueItems" not in listed
    assert "PRK" in listed["items"]["enum"]


def test_finding_schema_nests_findings_in_children() -> None:
    schema = rl.json_schema(rl.Finding)
    assert schema["required"] == ["element", "verdict", "reason"]
    items = schema["properties"]["children"]["items"]
    assert items.get("$ref") in ("#", "#/$defs/Finding")


@given(claims)
def test_to_dict_output_has_only_schema_properties(claim: rl.Claim) -> None:
    """A structural check in place of a JSON Schema validator: every key the library writes is in
    the schema, and every required property is written."""
    schema = rl.json_schema(rl.Claim)

    def check(data: Any, node: dict[str, Any]) -> None:
        node = _resolve(schema, node)
        if "anyOf" in node:
            if data is None:
                assert {"type": "null"} in node["anyOf"]
                return
            node = _resolve(schema, next(o for o in node["anyOf"] if o != {"type": "null"}))
        if node.get("type") == "object" and "properties" in node:
            assert set(data) <= set(node["properties"])
            assert set(node.get("required", [])) <= set(data)
            for k, x in data.items():
                check(x, node["properties"][k])
        elif node.get("type") == "array":
            assert isinstance(data, list)
            for x in data:
                check(x, node["items"])
        elif "enum" in node:
            assert data in node["enum"]
        elif node.get("type") == "string":
            assert isinstance(data, str)
        elif node.get("type") == "boolean":
            assert isinstance(data, bool)
        elif node.get("type") == "number":
            assert isinstance(data, (int, float))
            assert not isinstance(data, bool)

    check(rl.to_dict(claim), schema)


def test_a_recursive_class_refers_to_the_schema_root() -> None:
    """Finding.children holds Findings: the schema's own root, ``#``, not a missing $defs entry."""
    schema = rl.json_schema(rl.Finding)
    assert schema["properties"]["children"]["items"] == {"$ref": "#"}
    assert "Finding" not in schema.get("$defs", {})


# -- from_json raises nothing but InvalidInput, whatever the text -------------------------------


@pytest.mark.parametrize(
    ("cls", "text", "message"),
    [
        (rl.Claim, "[" * 1000 + "]" * 1000, "nested 1,000 levels deep: at most 200 are read"),
        (rl.Harm, '{"likelihood": ' + "9" * 4301 + "}", "an integer of more than 4,300 digits"),
        (rl.Harm, '{"description": "x", "country": "PRK", "likelihood": NaN}', "likelihood: NaN"),
        (
            rl.Harm,
            '\n {"description": "x", "country": "PRK", "likelihood": NaN}',
            "likelihood: NaN",
        ),
        (rl.Person, '{"name": -Infinity}', "name: -Infinity is not valid JSON"),
        (rl.Person, '{"name": "\\ud800"}', "name: a lone surrogate (\\ud800) is not text"),
        (rl.Doctrine, '{"nexus": "x"}', "nexus: expected one of 'contributing', 'one_central_"),
        (
            rl.Claim,
            "[" + "1, " * 100_000 + "1]",
            "expected a JSON object for Claim, got a list [1, 1,",
        ),
    ],
)
def test_hostile_text_is_invalid_input_at_its_path(cls: type, text: str, message: str) -> None:
    with pytest.raises(rl.InvalidInput) as caught:
        rl.from_json(cls, text)
    assert str(caught.value).startswith(message) or message in str(caught.value)
    assert len(str(caught.value)) < 300


def test_an_integer_beyond_the_programs_own_digit_limit_names_that_limit() -> None:
    """Python refuses to read an integer of more digits than its limit (4,300 unless the
    program sets another, ``sys.set_int_max_str_digits``); the message gives the limit in force,
    on every Python the library supports (3.10's words for it differ from 3.11's)."""
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(640)  # the least Python allows
    try:
        with pytest.raises(rl.InvalidInput) as caught:
            rl.from_json(rl.Harm, '{"likelihood": ' + "9" * 641 + "}")
    finally:
        sys.set_int_max_str_digits(before)
    assert str(caught.value) == "likelihood: not readable: an integer of more than 640 digits"


def test_an_argument_nested_too_deep_to_write_is_invalid_input_naming_it() -> None:
    """A value nested thousands deep cannot be written into the message (``repr`` recurses): the
    public API still raises ``InvalidInput`` naming the argument, never ``RecursionError``."""
    deep: list[Any] = []
    for _ in range(3000):
        deep = [deep]
    claim = testing.north_korean_escapee()
    calls: dict[str, Callable[[], object]] = {
        "on": lambda: rl.assess_status(claim, on=deep),  # type: ignore[arg-type]
        "name": lambda: rl.Person(deep),  # type: ignore[arg-type]
        "by": lambda: rl.assess_return(claim, by=deep, to="PRK", on="2004-06-30"),  # type: ignore[arg-type]
    }
    for path, call in calls.items():
        with pytest.raises(rl.InvalidInput) as caught:
            call()
        assert str(caught.value).startswith(f"{path}: expected"), str(caught.value)
        assert str(caught.value).endswith("got list (nested too deep to write out)")


def test_a_lone_surrogate_is_neither_written_nor_read_whichever_way_it_comes() -> None:
    """JSON text is Unicode (RFC 8259 s. 8.1), and a lone surrogate is not a character: the
    library refuses one escaped in the text (``\\ud800``), and now also one a Python string holds
    itself, whether read (``from_json`` of a ``str``) or written (``to_json`` of a ``Person``
    named with one, which no UTF-8 file could hold and ``from_json`` would refuse)."""
    with pytest.raises(rl.InvalidInput) as caught:
        rl.to_json(rl.Person("a\ud800b"))
    assert str(caught.value) == "obj.name: a lone surrogate (\\ud800) is not text"
    for text in ('{"name": "a\ud800b"}', '{"name": "a\\ud800b"}'):
        with pytest.raises(rl.InvalidInput) as caught:
            rl.from_json(rl.Person, text)
        assert str(caught.value) == "name: a lone surrogate (\\ud800) is not text"
    named = rl.Person("Zoë ✓")
    assert rl.from_json(rl.Person, rl.to_json(named)) == named


def test_a_key_given_twice_is_invalid_input_at_its_path() -> None:
    """JSON leaves an object that names a key twice open to any reading, and Python's keeps the
    last: a second ``"fears": []`` would silently turn a refugee into none. Each such key is
    refused at its path, however deep."""
    claim = json.loads(rl.to_json(testing.north_korean_escapee()))
    text = json.dumps(claim)[:-1] + ', "fears": []}'
    with pytest.raises(rl.InvalidInput) as caught:
        rl.from_json(rl.Claim, text)
    assert str(caught.value) == "fears: the key is given twice in one object"
    nested = '{"fears": [{"description": "a", "country": "PRK", "country": "CHN"}]}'
    with pytest.raises(rl.InvalidInput) as caught:
        rl.from_json(rl.Claim, nested)
    assert str(caught.value) == "fears[0].country: the key is given twice in one object"
    assert rl.from_json(rl.Claim, json.dumps(claim)) == testing.north_korean_escapee()


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=8,
)
_PIECES = st.sampled_from(
    ["", " ", "\n", "\r\n", "\t", "\ufeff", "NaN", "-Infinity", ',"a":1', '"a":1,"a":2', "}", "x"]
)


@given(_JSON_VALUES, _PIECES, _PIECES, st.booleans(), st.data())
def test_the_quick_reading_of_json_text_is_the_careful_one(
    value: Any, before: str, after: str, spaced: bool, data: st.DataObject
) -> None:
    """Whatever the text (whitespace or a byte-order mark around the value, something after it,
    a ``NaN`` or a key given twice within it), ``loads`` gives what the careful reading gives:
    the same value, or an InvalidInput saying the same, at the same paths."""
    from refugeelaw import serialize

    text = json.dumps(value, separators=(", ", ": ") if spaced else (",", ":"))
    at = data.draw(st.integers(0, len(text)))
    inside = data.draw(_PIECES)
    for candidate in (before + text + after, before + text[:at] + inside + text[at:] + after):
        try:
            expected: Any = ("value", serialize._constants(candidate.removeprefix("\ufeff")))
        except rl.InvalidInput as exc:
            expected = ("error", str(exc))
        try:
            got: Any = ("value", serialize.loads(candidate))
        except rl.InvalidInput as exc:
            got = ("error", str(exc))
        assert got == expected


def test_a_paired_surrogate_escape_is_one_character() -> None:
    assert rl.from_json(rl.Person, '{"name": "\\ud83d\\ude00"}').name == "\U0001f600"


def test_a_finding_tree_of_99_levels_round_trips_and_the_limit_is_named() -> None:
    tree = rl.Finding("leaf", rl.Verdict.MET, "r")
    for _ in range(98):
        tree = rl.Finding("node", rl.Verdict.MET, "r", children=(tree,))
    assert rl.from_json(rl.Finding, rl.to_json(tree)) == tree
    deeper = rl.Finding("node", rl.Verdict.MET, "r", children=(tree, tree))
    deeper = rl.Finding("node", rl.Verdict.MET, "r", children=(deeper,))
    # Nothing is written that cannot be read back: the writer names the same limit.
    with pytest.raises(rl.InvalidInput, match="levels deep as JSON: at most 200 can be read back"):
        rl.to_json(deeper)
    text = rl.to_json(tree).replace('"children": []', '"children": [' + rl.to_json(tree) + "]")
    with pytest.raises(rl.InvalidInput, match="levels deep: at most 200 are read"):
        rl.from_json(rl.Finding, text)


def test_from_dict_refuses_what_is_not_a_public_class() -> None:
    with pytest.raises(rl.InvalidInput, match="expected a public class or enumeration of"):
        rl.from_dict(int, 3)


def test_every_public_enumeration_round_trips_and_has_a_schema() -> None:
    """API contract: ``to_json``, ``from_json`` and ``json_schema`` for every public class,
    lossless (``from_json(type(x), to_json(x)) == x``): the enumerations too (``Verdict``,
    ``Status``...), whose JSON form is the member's value; a value that is none is refused by
    name, with the values allowed."""
    import enum

    import jsonschema

    enums = [getattr(rl, n) for n in rl.__all__ if isinstance(getattr(rl, n), enum.EnumMeta)]
    assert {rl.Verdict, rl.Status, rl.ReturnOutcome, rl.Ground} <= set(enums)
    for cls in enums:
        schema = rl.json_schema(cls)
        for member in cls:
            text = rl.to_json(member)
            assert rl.from_json(cls, text) is member
            jsonschema.validate(json.loads(text), schema)
        with pytest.raises(rl.InvalidInput, match="expected one of"):
            rl.from_json(cls, '"no such value"')


# -- the quick reader of claims (issue 20) ------------------------------------------------------
#
# from_dict reads the classes of a claim with a generated reader that gives up on anything it is
# not sure of, and then cattrs reads the document (the reference, which names each fault's path).
# The two must agree: whatever the quick reader returns is what cattrs returns, field for field,
# and whatever the public from_dict raises is what cattrs raises.

_CLAIM_CLASSES = (rl.Claim, rl.Person, rl.Harm, rl.SocialGroup)
_GAVE_UP = object()


def _both(cls: type, doc: Any) -> tuple[Any, Any]:
    from refugeelaw import serialize

    try:
        reference: Any = serialize._read_by_cattrs(cls, doc)
    except rl.InvalidInput as exc:
        reference = exc.problems
    reader = serialize._quick_reader(cls)
    assert reader is not None, cls
    try:
        quick = reader(json.loads(json.dumps(doc)))
    except Exception:  # it gives up on anything it is not sure of
        quick = _GAVE_UP
    return reference, quick


def _agree(cls: type, doc: Any) -> bool:
    """Assert that the quick reader and cattrs agree on ``doc``; whether the quick one read it."""
    reference, quick = _both(cls, doc)
    if quick is not _GAVE_UP:
        assert not isinstance(reference, tuple), (doc, reference)
        assert quick == reference
        assert repr(quick) == repr(reference)
        assert rl.to_json(quick) == rl.to_json(reference)
    try:
        public: Any = rl.from_dict(cls, json.loads(json.dumps(doc)))
    except rl.InvalidInput as exc:
        public = exc.problems
    assert public == reference
    return quick is not _GAVE_UP


@given(claims)
def test_the_quick_reader_reads_every_valid_claim_as_cattrs_does(claim: rl.Claim) -> None:
    assert _agree(rl.Claim, rl.to_dict(claim))


@pytest.mark.parametrize("kind", MUTATIONS)
@given(data=st.data())
def test_the_quick_reader_gives_up_where_cattrs_finds_a_fault(
    kind: str, data: st.DataObject
) -> None:
    mutated, _ = data.draw(mutated_claims(kind))
    assert not _agree(rl.Claim, mutated)


def test_the_quick_reader_agrees_with_cattrs_on_mutated_documents() -> None:
    """Documents of each claim class with one to three values replaced, deleted or added (the
    fuzzer's mutations): some still valid, most not."""
    import random
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import caseload
    import fuzz

    rng = random.Random(20)
    pool = fuzz.samples()
    read = refused = 0
    for n in range(3000):
        cls = rng.choice(_CLAIM_CLASSES)
        if cls is rl.Claim and rng.random() < 0.5:
            doc = caseload.claim_dict(rng, n)
        else:
            doc = json.loads(rl.to_json(rng.choice(pool[cls])))
        if rng.random() < 0.8:
            for _ in range(rng.choice((1, 1, 2, 3))):
                doc = fuzz._mutate(rng, doc)
        if isinstance(doc, dict):
            if _agree(cls, doc):
                read += 1
            else:
                refused += 1
    assert read > 300  # both ways were tried
    assert refused > 1000


def test_the_quick_reader_reads_the_caseload_and_the_other_classes_go_to_cattrs() -> None:
    import sys
    from pathlib import Path

    from refugeelaw import serialize

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import caseload

    reader = serialize._quick_reader(rl.Claim)
    for line in caseload.generate(500):
        assert reader(json.loads(line)) == serialize._read_by_cattrs(rl.Claim, json.loads(line))
    # a result records its provenance by schema version, a doctrine has choices: cattrs reads them
    assert serialize._quick_reader(rl.StatusDetermination) is None
    assert serialize._quick_reader(rl.Doctrine) is None


@pytest.mark.parametrize(
    ("result", "edited"),
    [
        (lambda: rl.assess_status(testing.economic_migrant(), on="2004-06-30"), "refugee"),
        (
            lambda: rl.assess_return(
                testing.north_korean_escapee(), by="CHN", to="PRK", on="2004-06-30"
            ),
            "permitted",
        ),
    ],
)
def test_a_result_whose_outcome_its_own_conclusion_contradicts_is_refused(
    result: Any, edited: str
) -> None:
    """Art 1A(2) (an economic migrant, NOT REFUGEE) and art. 33(1) (the escapee's return,
    PROHIBITED): a result read back must agree with its own explanation, so an outcome edited by
    hand is refused at ``outcome``, naming the conclusion's verdict."""
    made = result()
    data = json.loads(rl.to_json(made))
    assert rl.from_json(type(made), json.dumps(data)) == made
    data["outcome"] = edited
    with pytest.raises(rl.InvalidInput) as caught:
        rl.from_json(type(made), json.dumps(data))
    assert str(caught.value).startswith(
        f"outcome: {edited.upper()} does not agree with the result's own conclusion, whose "
        "verdict is not_met"
    )


def test_error_messages_name_what_is_allowed_and_read_as_words() -> None:
    """A wrong enum value lists the values allowed (a Harm's severity, Handbook paras 51-55),
    and JSON's own messages are not doubled ("at at")."""
    bad = '{"person": {}, "fears": [{"description": "x", "country": "PRK", "severity": "grave"}]}'
    with pytest.raises(rl.InvalidInput) as caught:
        rl.from_json(rl.Claim, bad)
    assert str(caught.value) == (
        "fears[0].severity: expected a Severity ('minor', 'discrimination', 'serious', "
        "'threat_to_life_or_freedom') or null, got 'grave'"
    )
    with pytest.raises(rl.InvalidInput) as caught:
        rl.from_json(rl.Person, '{"name": "a\x01b"}')
    assert str(caught.value) == "not valid JSON: Invalid control character at line 1 column 12"


def test_a_missing_required_field_does_not_hide_the_other_problems_of_its_object() -> None:
    """``from_json`` lists every problem at once: a fear lacking its country is never built, yet
    its likelihood of 2 is reported too (not only on a second try)."""
    text = '{"person": {}, "fears": [{"description": "x", "likelihood": 2}]}'
    with pytest.raises(rl.InvalidInput) as info:
        rl.from_json(rl.Claim, text)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("fears[0].country", "required field is missing"),
        ("fears[0].likelihood", "expected a number from 0 to 1, got 2"),
    ]


def test_a_key_that_is_no_string_is_named_as_an_unknown_field_by_its_repr() -> None:
    """A dict of Python values may hold a key that is no string: the problem names it (``[1]``),
    rather than the library failing to build its own error about it."""
    with pytest.raises(rl.InvalidInput) as info:
        rl.from_dict(rl.Claim, {"person": {}, 1: 2})
    assert [(p.path, p.message) for p in info.value.problems] == [("[1]", "unknown field")]


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        ('{"person": {"name": "A", "": 1}}', ["person['']"]),
        ('{"person": {"name": "A", "location.x": 1}}', ["person['location.x']"]),
        ('{"person": {"name": "A"}, "fears[0]": 1}', ["['fears[0]']"]),
        ('{"": 1}', ["person", "['']"]),
        ('{"person": {"name": "A", "it\'s": 1}}', ['person["it\'s"]']),
        ('{"person": {"name": "A", "nationality": 1}}', ["person.nationality"]),
    ],
)
def test_an_unknown_key_that_is_no_plain_name_is_quoted_as_a_maps_keys_are(
    text: str, paths: list[str]
) -> None:
    """Paths join names with ``.`` and ``[i]``: an unknown key that is empty or holds ``.`` or
    ``[`` read as another field (``person.location.x``, ``fears[0]``, ``person`` itself) or as
    none (``""``). Such a key is quoted, as a map's keys are (``protection['PRK']``), so that
    the path names that key and no other; a plain name is not."""
    with pytest.raises(rl.InvalidInput) as info:
        rl.from_json(rl.Claim, text)
    assert [p.path for p in info.value.problems] == paths


def test_a_key_given_twice_or_a_lone_surrogate_is_quoted_where_it_is_no_plain_name() -> None:
    with pytest.raises(rl.InvalidInput, match=r"^person\['a\.b'\]: the key is given twice"):
        rl.from_json(rl.Claim, '{"person": {"a.b": 1, "a.b": 2}}')
    with pytest.raises(rl.InvalidInput, match=r"^person\['a b'\]: a lone surrogate"):
        rl.from_json(rl.Claim, '{"person": {"a b": "\\ud800"}}')
    with pytest.raises(rl.InvalidInput, match=r"^person\.name: a lone surrogate"):
        rl.from_json(rl.Claim, '{"person": {"name": "\\ud800"}}')


def test_json_lists_every_problem_of_a_record_as_the_constructor_does() -> None:
    """A field that cannot be read does not hide the problems of the fields beside it: the JSON
    reader lists them all, as ``Harm(...)`` does."""
    line = '{"description": "x", "country": "PRK", "likelihood": 2, "severity": "bad"}'
    with pytest.raises(rl.InvalidInput) as read:
        rl.from_json(rl.Harm, line)
    with pytest.raises(rl.InvalidInput) as built:
        rl.Harm("x", "PRK", likelihood=2, severity="bad")
    assert sorted(p.path for p in read.value.problems) == ["likelihood", "severity"]
    assert sorted(p.path for p in built.value.problems) == ["likelihood", "severity"]


def test_a_bad_reason_is_named_before_the_list_of_those_allowed() -> None:
    """The message is shortened; what was given must survive the shortening."""
    line = '{"description": "x", "country": "PRK", "reasons": ["POLITICAL_OPINION"]}'
    with pytest.raises(rl.InvalidInput) as read:
        rl.from_json(rl.Harm, line)
    (problem,) = read.value.problems
    assert problem.message.startswith(
        "expected a Ground or Motive, got the string 'POLITICAL_OPINION'"
    )


def test_a_negative_zero_likelihood_is_read_as_zero_and_changes_no_later_result() -> None:
    """-0.0 equals 0.0, so the speed layer's memos key them alike: the value is read as 0.0, and a
    claim assessed after one given as -0.0 says what it says alone (the layer never changes a
    result)."""

    def claim(likelihood: float) -> rl.Claim:
        harm = rl.Harm("x", "PRK", severity="serious", likelihood=likelihood, actor="state")
        return rl.Claim(rl.Person("a", {"PRK"}, location="CHN"), fears=[harm])

    negative = claim(-0.0)
    assert negative.fears is not None
    assert str(negative.fears[0].likelihood) == "0.0"
    line = '{"description": "x", "country": "PRK", "likelihood": -0.0}'
    assert str(rl.from_json(rl.Harm, line).likelihood) == "0.0"
    with pytest.raises(rl.InvalidInput, match=r"got 0\.0:"):  # a threshold is above 0 (either 0)
        rl.Doctrine(fear_threshold=-0.0)
    rl.assess_status(negative, on="2004-06-30")
    found = rl.assess_status(claim(0.0), on="2004-06-30").finding.find("well-founded fear")
    assert found is not None
    assert "likelihood 0 is below" in found.reason


def test_an_error_naming_a_key_from_the_input_can_always_be_printed() -> None:
    """Nothing lost, no traceback: a JSON key holding a lone surrogate or an escape sequence is
    named in the error as its escape, so an embedder printing or logging ``str(error)`` as UTF-8
    neither fails nor drives a terminal (the command line already wrote it so)."""
    with pytest.raises(rl.InvalidInput) as err:
        rl.from_json(rl.Claim, '{"person": {"\\ud800\\u001b": 1}}')
    message = str(err.value)
    assert message == "person['\\ud800\\x1b']: unknown field"  # no plain name: quoted
    assert message.encode("utf-8").decode("utf-8") == message


@pytest.mark.parametrize(
    ("on", "message"),
    [
        ("CHN", "on: not a date: 'CHN'; expected one as ISO (YYYY-MM-DD, e.g. 1982-09-24)"),
        ("1 janvier 2010", "on: not a date: '1 janvier 2010' names no month ('janvier'"),
    ],
)
def test_from_json_says_a_word_for_a_date_is_not_a_date(on: str, message: str) -> None:
    """The interface review's F3: a result outline whose ``on`` is a word ("CHN") was refused as
    an "incomplete date", and "1 janvier 2010" as an "ambiguous numeric date"; each is now said
    to be no date, naming the path and the form expected."""
    result = rl.assess_status(testing.unscreened_border_crosser(), on="2004-06-30")
    data = json.loads(rl.to_json(rl.ResultOutline.of(result)))
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.from_json(rl.ResultOutline, json.dumps({**data, "on": on}))
    assert str(excinfo.value).startswith(message)
    assert excinfo.value.problems[0].path == "on"
