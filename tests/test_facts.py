"""The fact model: valid input is normalised, bad input is refused with every problem and its path."""

from __future__ import annotations

import contextlib
import json
import pickle
import re
from collections.abc import Callable
from typing import Any, cast

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import _speed, questions, serialize, testing

PUBLIC_FACT_CLASSES = (rl.Person, rl.Harm, rl.Claim, rl.SocialGroup, rl.Doctrine)


def problems_of(excinfo: pytest.ExceptionInfo[rl.InvalidInput]) -> dict[str, str]:
    """The problems of an InvalidInput as {path: message}."""
    return {p.path: p.message for p in excinfo.value.problems}


def escapee_harm(**changes: Any) -> rl.Harm:
    fields: dict[str, Any] = {
        "description": "imprisonment for leaving without permission",
        "country": "PRK",
        "severity": rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        "likelihood": 0.8,
        "actor": rl.Actor.STATE,
        "reasons": {rl.Ground.POLITICAL_OPINION},
        "sur_place": True,
    }
    fields.update(changes)
    return rl.Harm(**fields)


# -- valid input ----------------------------------------------------------------------------


def test_person_defaults_describe_an_unknown_stateless_person() -> None:
    person = rl.Person()
    assert person.name == ""
    assert person.nationalities == frozenset()
    assert person.stateless is True
    assert person.habitual_residence is None
    assert person.location is None


def test_person_converts_nationalities_to_a_frozenset() -> None:
    person = rl.Person("A", nationalities=["PRK", "KOR", "PRK"], location="CHN")
    assert person.nationalities == frozenset({"PRK", "KOR"})
    assert isinstance(person.nationalities, frozenset)
    assert person.stateless is False
    assert person.countries_of_reference() == ("KOR", "PRK")


def test_stateless_person_refers_to_former_habitual_residence() -> None:
    person = rl.Person(habitual_residence="VNM")
    assert person.countries_of_reference() == ("VNM",)


def test_harm_converts_enum_values_and_names() -> None:
    harm = rl.Harm(
        "beating",
        "PRK",
        severity="serious",
        actor="NON_STATE",
        reasons=["political_opinion", "ECONOMIC", rl.Ground.RELIGION],
    )
    assert harm.severity is rl.Severity.SERIOUS
    assert harm.actor is rl.Actor.NON_STATE
    assert harm.reasons == frozenset(
        {rl.Ground.POLITICAL_OPINION, rl.Motive.ECONOMIC, rl.Ground.RELIGION}
    )
    assert harm.grounds == frozenset({rl.Ground.POLITICAL_OPINION, rl.Ground.RELIGION})
    assert harm.motives == frozenset({rl.Motive.ECONOMIC})


def test_harm_defaults_are_unknown_not_false() -> None:
    harm = rl.Harm("beating", "PRK")
    assert harm.severity is None
    assert harm.likelihood is None
    assert harm.actor is None
    assert harm.disproportionate is None
    assert harm.torture is None
    assert harm.irreparable is None
    assert harm.reasons == frozenset()
    assert harm.prosecution is False
    assert harm.sur_place is False


@pytest.mark.parametrize("likelihood", [0, 0.0, 0.1, 0.5, 1, 1.0])
def test_harm_accepts_likelihood_from_zero_to_one_inclusive(likelihood: float) -> None:
    assert rl.Harm("x", "PRK", likelihood=likelihood).likelihood == likelihood


def test_claim_converts_fears_protection_exclusion_and_cessation() -> None:
    claim = rl.Claim(
        rl.Person(nationalities={"PRK"}, location="CHN"),
        fears=[escapee_harm()],
        protection={"PRK": "unavailable"},
        exclusion=["1F(b)"],
        cessation=["ART_1C_5"],
    )
    assert isinstance(claim.fears, tuple)
    assert claim.fears == (escapee_harm(),)
    assert claim.protection == {"PRK": rl.Protection.UNAVAILABLE}
    assert claim.exclusion == frozenset({rl.Exclusion.ART_1F_B})
    assert claim.cessation == frozenset({rl.Cessation.ART_1C_5})


def test_social_group_accepts_three_valued_facts() -> None:
    group = rl.SocialGroup("family of a defector", protected_characteristic=True)
    assert group.protected_characteristic is True
    assert group.socially_perceived is None
    harm = rl.Harm("reprisal", "PRK", social_group=group)
    assert harm.social_group == group


def test_doctrine_defaults_follow_the_api_contract() -> None:
    d = rl.Doctrine()
    assert d.non_refoulement_customary is True
    assert d.non_refoulement_peremptory is None
    assert d.fear_threshold == 0.1
    assert d.later_treaty_by == "adoption"


# -- invalid input: every problem, each with its path ----------------------------------------


def test_harm_with_bad_likelihood_and_bad_country_reports_both() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.Harm("beating", "XYZ", likelihood=1.7)
    assert problems_of(excinfo) == {
        "country": "unknown ISO 3166-1 alpha-3 country code 'XYZ'",
        "likelihood": "expected a number from 0 to 1, got 1.7",
    }


def test_invalid_input_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="likelihood"):
        rl.Harm("beating", "PRK", likelihood=-0.1)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("description", ""),
        ("description", 3),
        ("country", "XYZ"),
        ("country", "prk"),
        ("country", None),
        ("severity", "grave"),
        ("severity", 3),
        ("likelihood", 1.7),
        ("likelihood", -0.01),
        ("likelihood", float("nan")),
        ("likelihood", "0.5"),
        ("likelihood", True),
        ("actor", "god"),
        ("reasons", {"greed"}),
        ("reasons", "political_opinion"),
        ("prosecution", None),
        ("prosecution", "yes"),
        ("disproportionate", 1),
        ("sur_place", "no"),
        ("torture", "yes"),
        ("irreparable", 0),
        ("ground_central", "y"),
        ("social_group", "family"),
    ],
)
def test_harm_rejects_each_bad_field_naming_it(field: str, value: object) -> None:
    fields: dict[str, object] = {"description": "beating", "country": "PRK", field: value}
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.Harm(**fields)  # type: ignore[arg-type]
    assert list(problems_of(excinfo)) == [field]


def test_harm_reports_every_problem_at_once() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.Harm(
            "",
            "prk",
            severity="grave",
            likelihood=2,
            actor="god",
            reasons={"greed"},
            prosecution=None,  # type: ignore[arg-type]
            sur_place="no",  # type: ignore[arg-type]
        )
    assert set(problems_of(excinfo)) == {
        "description",
        "country",
        "severity",
        "likelihood",
        "actor",
        "reasons",
        "prosecution",
        "sur_place",
    }
    assert "write 'PRK'" in problems_of(excinfo)["country"]


def test_person_reports_bad_nationalities_by_code() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.Person(name=7, nationalities={"PRK", "XXX", "chn"}, location="ZZZ")  # type: ignore[arg-type]
    problems = problems_of(excinfo)
    assert set(problems) == {"name", "nationalities['XXX']", "nationalities['chn']", "location"}
    assert "write 'CHN'" in problems["nationalities['chn']"]


@pytest.mark.parametrize("nationalities", ["PRK", 5, {"PRK": 1}])
def test_person_rejects_nationalities_that_are_not_a_collection(nationalities: object) -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.Person(nationalities=nationalities)
    assert list(problems_of(excinfo)) == ["nationalities"]


def test_claim_reports_every_problem_with_its_path() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.Claim(
            rl.Person(nationalities={"PRK"}),
            fears=[escapee_harm(), 1],
            protection={"chn": "available", "PRK": "bad"},
            internal_relocation="yes",  # type: ignore[arg-type]
            exclusion={"1F(z)"},
            cessation="1C(1)",
            unrwa_assistance="no",  # type: ignore[arg-type]
            rights_of_national_in="KOREA",
            events_before_1951="no",  # type: ignore[arg-type]
            danger_to_security=0,  # type: ignore[arg-type]
        )
    assert set(problems_of(excinfo)) == {
        "fears[1]",
        "protection['chn']",
        "protection['PRK']",
        "internal_relocation",
        "exclusion",
        "cessation",
        "unrwa_assistance",
        "rights_of_national_in",
        "events_before_1951",
        "danger_to_security",
    }


def test_claim_rejects_a_person_that_is_not_a_person() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.Claim("Escapee")  # type: ignore[arg-type]
    assert list(problems_of(excinfo)) == ["person"]


@pytest.mark.parametrize("protection", [5, "PRK", ["PRK"]])
def test_claim_rejects_protection_that_is_not_a_mapping(protection: object) -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.Claim(rl.Person(), protection=protection)
    assert list(problems_of(excinfo)) == ["protection"]


def test_social_group_reports_every_problem() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.SocialGroup("  ", protected_characteristic="y", socially_perceived=2)  # type: ignore[arg-type]
    assert set(problems_of(excinfo)) == {
        "description",
        "protected_characteristic",
        "socially_perceived",
    }


def test_doctrine_reports_every_problem() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.Doctrine(
            non_refoulement_customary=1,  # type: ignore[arg-type]
            non_refoulement_peremptory="yes",  # type: ignore[arg-type]
            fear_threshold=1.5,
            nexus="x",  # type: ignore[arg-type]
            social_group="y",  # type: ignore[arg-type]
            later_treaty_by="z",  # type: ignore[arg-type]
        )
    assert set(problems_of(excinfo)) == {
        "non_refoulement_customary",
        "non_refoulement_peremptory",
        "fear_threshold",
        "nexus",
        "social_group",
        "later_treaty_by",
    }


def test_doctrine_fear_threshold_cannot_be_unknown() -> None:
    with pytest.raises(rl.InvalidInput, match="fear_threshold"):
        rl.Doctrine(fear_threshold=None)  # type: ignore[arg-type]


def _doctrine(field: str, value: Any) -> rl.Doctrine:
    """``Doctrine`` with ``field`` set to ``value``."""
    changes: dict[str, Any] = {field: value}
    return rl.Doctrine(**changes)


@pytest.mark.parametrize("field", ["fear_threshold", "torture_threshold", "return_threshold"])
def test_a_threshold_of_0_is_refused_so_a_nil_likelihood_never_reaches_a_standard(
    field: str,
) -> None:
    """*INS v Cardoza-Fonseca* (a well-founded fear needs a reasonable possibility) and CAT art.
    3(1) ("substantial grounds for believing" a person would be in danger): no standard is met by
    a risk found to be nil. A likelihood reaches a threshold at or above it, so a threshold of 0
    made the North Korean escapee, his harm assessed at likelihood 0, a REFUGEE and his return by
    China PROHIBITED; 0 is now refused, by the class, by from_json and by the JSON Schema, and
    the smallest positive threshold is not."""
    import jsonschema

    with pytest.raises(rl.InvalidInput, match=f"^{field}: expected a number above 0 and at most"):
        _doctrine(field, 0)
    with pytest.raises(rl.InvalidInput, match=f"^{field}: expected a number above 0"):
        rl.from_json(rl.Doctrine, json.dumps({field: 0.0}))
    schema = rl.json_schema(rl.Doctrine)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({field: 0}, schema)
    smallest = _doctrine(field, 5e-324)
    jsonschema.validate(json.loads(rl.to_json(smallest)), schema)
    with pytest.raises(rl.InvalidInput, match=f"^{field}: expected a number above 0 and at most"):
        _doctrine(field, 1.5)
    nil = testing.north_korean_escapee(fears=[testing.escapee_harm(likelihood=0.0)])
    lowest = _doctrine(field, 5e-324)
    assert rl.assess_status(nil, on="2010-01-01", doctrine=lowest).outcome is not rl.Status.REFUGEE
    returned = rl.assess_return(nil, by="CHN", to="PRK", on="2010-01-01", doctrine=lowest)
    assert returned.outcome is not rl.ReturnOutcome.PROHIBITED


# -- frozen, slotted, hashable, equal --------------------------------------------------------


def _instances() -> list[object]:
    return [
        rl.Person("A", nationalities={"PRK"}, location="CHN"),
        escapee_harm(social_group=rl.SocialGroup("family", protected_characteristic=True)),
        rl.Claim(
            rl.Person("A", nationalities={"PRK"}, location="CHN"),
            fears=[escapee_harm()],
            protection={"PRK": "unavailable"},
        ),
        rl.SocialGroup("family of a defector"),
        rl.Doctrine(non_refoulement_peremptory=True),
    ]


@pytest.mark.parametrize("obj", _instances(), ids=lambda o: type(o).__name__)
def test_public_fact_classes_are_frozen(obj: Any) -> None:
    first = attrs.fields(type(obj))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, first, getattr(obj, first))


@pytest.mark.parametrize("obj", _instances(), ids=lambda o: type(o).__name__)
def test_public_fact_classes_are_slotted(obj: object) -> None:
    assert not hasattr(obj, "__dict__")
    with pytest.raises((AttributeError, TypeError)):
        obj.not_a_field = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("obj", _instances(), ids=lambda o: type(o).__name__)
def test_equal_instances_are_equal_and_hash_alike(obj: Any) -> None:
    twin = attrs.evolve(obj)
    assert twin == obj
    assert twin is not obj
    assert hash(twin) == hash(obj)
    assert len({obj, twin}) == 1


@pytest.mark.parametrize("obj", _instances(), ids=lambda o: type(o).__name__)
def test_instances_survive_pickling(obj: object) -> None:
    """Unpickling sets the fields back without re-running the checks: the copy is equal, hashes
    alike (a class that caches its hash starts with an empty cache) and is still frozen."""
    copy = pickle.loads(pickle.dumps(obj))
    assert copy == obj
    assert type(copy) is type(obj)
    assert hash(copy) == hash(obj)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        copy.not_a_field = 1  # type: ignore[attr-defined]


def test_instances_differing_in_one_field_are_unequal() -> None:
    assert escapee_harm(likelihood=0.8) != escapee_harm(likelihood=0.7)
    assert rl.Person(location="CHN") != rl.Person(location="KOR")


def test_evolve_revalidates() -> None:
    with pytest.raises(rl.InvalidInput, match="likelihood"):
        attrs.evolve(escapee_harm(), likelihood=3)


def test_every_public_fact_class_is_an_attrs_class() -> None:
    for cls in PUBLIC_FACT_CLASSES:
        assert attrs.has(cls), cls
        assert "__slots__" in cls.__dict__, cls


# -- the enums -------------------------------------------------------------------------------


def test_severity_order_follows_handbook_paras_51_to_55() -> None:
    """MINOR < DISCRIMINATION < SERIOUS < THREAT_TO_LIFE_OR_FREEDOM (Handbook paras 51–55)."""
    order = [
        rl.Severity.MINOR,
        rl.Severity.DISCRIMINATION,
        rl.Severity.SERIOUS,
        rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
    ]
    assert sorted(order) == order
    for i, low in enumerate(order):
        for high in order[i + 1 :]:
            assert low < high
            assert high > low
            assert low <= high
            assert not high <= low
    assert max(order) is rl.Severity.THREAT_TO_LIFE_OR_FREEDOM
    assert [s.rank for s in order] == [0, 1, 2, 3]


def test_severity_does_not_compare_with_other_types() -> None:
    with pytest.raises(TypeError):
        _ = rl.Severity.SERIOUS < 2


@pytest.mark.parametrize("ground", list(rl.Ground))
def test_every_ground_comes_from_art_1a_2(ground: rl.Ground) -> None:
    """Art 1A(2): "for reasons of race, religion, nationality, membership of a particular social
    group or political opinion"."""
    assert ground.citation == rl.Citation("refugee-convention-1951", "1A(2)")
    assert str(ground.citation) == "Refugee Convention art. 1A(2)"
    assert ground.label in ground.citation.text


def test_each_ground_cites_its_own_handbook_paragraphs() -> None:
    """UNHCR Handbook paras 66-86 on the grounds: race 68-70, religion 71-73, nationality 74-76,
    social group 77-79, political opinion 80-86 (LAW.md §3.1); not the whole section, nor
    para. 80 alone for political opinion. Each range is a record the library holds."""
    paras = {g: g.handbook for g in rl.Ground}
    assert {g.name: c.provision for g, c in paras.items()} == {
        "RACE": "68-70",
        "RELIGION": "71-73",
        "NATIONALITY": "74-76",
        "PARTICULAR_SOCIAL_GROUP": "77-79",
        "POLITICAL_OPINION": "80-86",
    }
    for ground, cite in paras.items():
        assert cite.instrument == "unhcr-handbook"
        record = rl.provision(cite.instrument, cite.provision)
        assert record.text is not None
        assert ground.label in record.text.lower(), ground
        assert str(cite) == f"UNHCR Handbook paras {cite.provision.replace('-', '–')}"


def test_there_are_exactly_five_convention_grounds() -> None:
    assert {g.name for g in rl.Ground} == {
        "RACE",
        "RELIGION",
        "NATIONALITY",
        "PARTICULAR_SOCIAL_GROUP",
        "POLITICAL_OPINION",
    }


def test_motives_are_not_convention_grounds() -> None:
    assert {m.name for m in rl.Motive} >= {
        "ECONOMIC",
        "GENERALISED_VIOLENCE",
        "NATURAL_DISASTER",
        "PERSONAL",
        "CRIMINAL_PROSECUTION",
    }
    assert not {m.value for m in rl.Motive} & {g.value for g in rl.Ground}


@pytest.mark.parametrize("clause", list(rl.Exclusion) + list(rl.Cessation))
def test_exclusion_and_cessation_clauses_cite_provisions_that_exist(
    clause: rl.Exclusion | rl.Cessation,
) -> None:
    assert clause.citation.instrument == "refugee-convention-1951"
    assert clause.citation.provision == clause.value
    assert clause.citation.text.strip()


def test_each_quick_test_passes_only_what_its_check_passes() -> None:
    """Checked classes first test all their fields at once (a generated test, issue 20), and run
    each field's check only when that test fails: the test must never pass a value that the
    check would report, for any field of any public class, on valid values and on bad ones."""
    import sys
    import types
    from pathlib import Path

    from refugeelaw import _validate

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import fuzz

    pool = fuzz.samples()
    passed = 0
    for cls in fuzz.public_classes():
        if not issubclass(cls, _validate.Checked):
            continue
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", cls)):
            check = field.metadata.get("check")
            if check is None:
                continue
            quick = _validate._quick_test(((field.name, check),))
            values = [*fuzz.BAD_VALUES, *(getattr(x, field.name) for x in pool.get(cls, []))]
            if field.converter is not None:
                values += [field.converter(x) for x in fuzz.BAD_VALUES]
            for value in values:
                if quick(types.SimpleNamespace(**{field.name: value})):
                    assert not check(value), (cls.__name__, field.name, value)
                    passed += 1
    assert passed > 500  # and it does pass what is fine


def test_a_claim_failing_its_quick_test_reports_every_problem_with_its_path() -> None:
    """When the quick test fails, every check runs as before: all the problems at once."""
    person = rl.Person(nationalities={"PRK"})
    with pytest.raises(rl.InvalidInput) as err:
        rl.Claim(
            person,
            protection={"PRK": "nope"},
            exclusion=["1F(z)"],
            at_frontier=None,  # type: ignore[arg-type]  # deliberately invalid: the check under test
        )
    assert [p.path for p in err.value.problems] == [
        "protection['PRK']",
        "exclusion",
        "at_frontier",
    ]
    # and one bad field among good ones, each kind of field in turn
    assert rl.Claim(person, internal_relocation=True).internal_relocation is True
    bad_fields: tuple[tuple[str, Any], ...] = (
        ("recognised", None),
        ("rights_of_national_in", "chn"),
        ("fears", [1]),
    )
    for field, bad in bad_fields:
        with pytest.raises(rl.InvalidInput, match=field):
            rl.Claim(person, **{field: bad})


def test_unrwa_assistance_at_present_received_cannot_also_have_ceased() -> None:
    """Refugee Convention art. 1D: the first paragraph is for persons "at present receiving"
    protection or assistance, the second for those whose protection or assistance "has ceased"
    (CJEU *El Kott*, C-364/11). A claim saying both is refused, naming the fact, by every way in:
    it was read against the person, silently, as still receiving it."""
    camp = rl.Person("El Kott", nationalities=set(), habitual_residence="LBN", location="HUN")
    with pytest.raises(rl.InvalidInput) as raised:
        rl.Claim(camp, unrwa_assistance=True, unrwa_assistance_ceased=True)
    (problem,) = raised.value.problems
    assert problem.path == "unrwa_assistance_ceased"
    assert "unrwa_assistance is false" in problem.message
    receiving = rl.Claim(camp, unrwa_assistance=True)
    with pytest.raises(rl.InvalidInput, match="unrwa_assistance_ceased: true, yet"):
        attrs.evolve(receiving, unrwa_assistance_ceased=True)
    record = {**rl.to_dict(receiving), "unrwa_assistance_ceased": True}
    with pytest.raises(rl.InvalidInput, match="unrwa_assistance_ceased: true, yet"):
        rl.from_dict(rl.Claim, record)
    with _speed.off(), pytest.raises(rl.InvalidInput, match="unrwa_assistance_ceased: true, yet"):
        rl.Claim(camp, unrwa_assistance=True, unrwa_assistance_ceased=True)
    # Either alone stands, and so does assistance received and left voluntarily.
    assert rl.Claim(camp, unrwa_assistance_ceased=True).unrwa_assistance_ceased is True
    assert rl.Claim(camp, unrwa_assistance=True, unrwa_assistance_ceased=False).unrwa_assistance


@pytest.mark.parametrize(
    ("both", "convicted", "danger"),
    [(True, False, None), (True, None, False), (True, False, False), (False, True, True)],
)
def test_art_33_2_second_ground_stated_at_once_cannot_contradict_its_limbs(
    both: bool, convicted: bool | None, danger: bool | None
) -> None:
    """Refugee Convention art. 33(2), second ground: "having been convicted by a final judgment
    of a particularly serious crime, constitutes a danger to the community". ``serious_crime_danger``
    states both limbs at once; beside limbs that say otherwise it was read over them (the
    exception found on the limbs vanished when the shorthand said false). Refused, naming it, by
    every way in."""
    person = rl.Person("p", nationalities={"CHN"}, location="KOR")
    facts = {
        "serious_crime_danger": both,
        "convicted_particularly_serious_crime": convicted,
        "danger_to_community": danger,
    }
    with pytest.raises(rl.InvalidInput) as raised:
        rl.Claim(person, **facts)  # type: ignore[arg-type]
    (problem,) = raised.value.problems
    assert problem.path == "serious_crime_danger"
    assert "both limbs of Art 33(2)'s second ground" in problem.message
    with _speed.off(), pytest.raises(rl.InvalidInput, match="serious_crime_danger: "):
        rl.Claim(person, **facts)  # type: ignore[arg-type]
    record = {**rl.to_dict(rl.Claim(person)), **facts}
    with pytest.raises(rl.InvalidInput, match="serious_crime_danger: "):
        rl.from_dict(rl.Claim, record)


def test_art_33_2_second_ground_stated_at_once_stands_beside_limbs_that_agree() -> None:
    """The shorthand beside limbs that agree with it, or are not known, stands; so does a
    shorthand false beside one limb found (the other not)."""
    person = rl.Person("p", nationalities={"CHN"}, location="KOR")
    for both, convicted, danger in [(True, True, True), (True, None, True), (False, True, None),
                                    (False, False, False), (False, True, False)]:  # fmt: skip
        claim = rl.Claim(
            person, serious_crime_danger=both, convicted_particularly_serious_crime=convicted,
            danger_to_community=danger,
        )  # fmt: skip
        assert claim.serious_crime_danger is both


@pytest.mark.parametrize(
    ("field", "clause"),
    [
        ("exclusion", "1F(b)"),
        ("exclusion", "1F(a)"),
        ("cessation", "1C(1)"),
        ("cessation", "1C(5)"),
    ],
)
def test_a_clause_given_both_as_found_and_as_pending_is_refused(field: str, clause: str) -> None:
    """A clause of Art 1F or 1C raised is decided (``exclusion``, ``cessation``) or not yet decided
    (``exclusion_pending``, ``cessation_pending``), not both: given both ways (a finding remitted
    for reconsideration, its old value not cleared), it was read as decided and the answer was a
    firm EXCLUDED or CEASED with nothing missing. Refused at the pending clause, by every way in."""
    claim = testing.north_korean_escapee()
    both: dict[str, Any] = {field: {clause}, f"{field}_pending": {clause}}
    path = f"{field}_pending[{clause!r}]"
    with pytest.raises(rl.InvalidInput) as raised:
        attrs.evolve(claim, **both)
    (problem,) = raised.value.problems
    assert problem.path == path
    assert problem.message.startswith(f"given as found (in {field}) and as pending")
    with _speed.off(), pytest.raises(rl.InvalidInput, match=re.escape(path)):
        attrs.evolve(claim, **both)
    record = {**rl.to_dict(claim), field: [clause], f"{field}_pending": ["1C(2)", clause]}
    if field == "exclusion":
        record[f"{field}_pending"] = ["1F(c)", clause]
    with pytest.raises(rl.InvalidInput) as raised:
        rl.from_json(rl.Claim, json.dumps(record))
    assert [p.path for p in raised.value.problems] == [f"{field}_pending[1]"]  # its JSON index
    # Either alone stands, and so do other clauses found and pending side by side.
    other = "1F(c)" if field == "exclusion" else "1C(2)"
    stands: list[dict[str, Any]] = [
        {field: {clause}},
        {f"{field}_pending": {clause}},
        {field: {clause}, f"{field}_pending": {other}},
    ]
    for changes in stands:
        assert attrs.evolve(claim, **changes) is not None


def test_every_clause_found_and_pending_is_refused_and_the_other_checks_still_run() -> None:
    """Each clause given both ways is a problem of its own; with none given both ways, the
    clauses found and pending side by side do not spare the other checks across fields."""
    claim = testing.north_korean_escapee()
    with pytest.raises(rl.InvalidInput) as raised:
        attrs.evolve(claim, exclusion={"1F(a)", "1F(b)"}, exclusion_pending={"1F(b)", "1F(a)"},
                     cessation={"1C(3)"}, cessation_pending={"1C(3)"})  # fmt: skip
    assert [p.path for p in raised.value.problems] == [
        "exclusion_pending['1F(a)']",
        "exclusion_pending['1F(b)']",
        "cessation_pending['1C(3)']",
    ]
    with pytest.raises(rl.InvalidInput, match=r"^unrwa_assistance_ceased: true, yet"):
        attrs.evolve(claim, exclusion={"1F(a)"}, exclusion_pending={"1F(b)"},
                     unrwa_assistance=True, unrwa_assistance_ceased=True)  # fmt: skip


@pytest.mark.parametrize("severity", [rl.Severity.MINOR, rl.Severity.DISCRIMINATION])
def test_a_harm_that_is_torture_cannot_be_minor_or_mere_discrimination(
    severity: rl.Severity,
) -> None:
    """CAT art. 1(1): torture is "severe pain or suffering" intentionally inflicted, so a harm
    that is torture is at least a serious violation of human rights (Art 1A(2): at least
    ``serious``). A harm saying it is torture and minor, or discrimination only, is refused at
    ``torture``, naming the severity given and those allowed, by every way in: it was accepted,
    and then read as "minor" (not persecution) by the status rules and as torture by CAT art. 3."""
    person = rl.Person("A", {"PRK"}, location="CHN")
    with pytest.raises(rl.InvalidInput) as raised:
        rl.Harm("beating", "PRK", severity=severity, torture=True)
    (problem,) = raised.value.problems
    assert problem.path == "torture"
    assert f"severity is {severity.value!r}" in problem.message
    assert "CAT art. 1(1)" in problem.message
    assert "None (not judged), 'serious' or 'threat_to_life_or_freedom'" in problem.message
    with _speed.off(), pytest.raises(rl.InvalidInput, match=r"^torture: true, yet severity"):
        rl.Harm("beating", "PRK", severity=severity.value, torture=True)
    judged = rl.Harm("beating", "PRK", severity=severity)
    tortured = rl.Harm("beating", "PRK", torture=True)
    claim = rl.Claim(person, fears=[rl.Harm("detention", "PRK"), judged])
    where = "fears[1].torture: true, yet severity"
    # One field changed, either of the pair: attrs' evolve, the speed layer's, an answer.
    changed: tuple[Callable[[], object], ...] = (
        lambda: attrs.evolve(judged, torture=True),
        lambda: attrs.evolve(tortured, severity=severity),
        lambda: _speed.checked_evolve(judged, torture=True),
        lambda: _speed.checked_evolve(tortured, severity=severity.value),
    )
    for built in changed:
        with pytest.raises(rl.InvalidInput, match=r"^torture: true, yet severity"):
            built()
    _speed.install()
    for layer in (contextlib.nullcontext(), _speed.off()):
        with layer, pytest.raises(rl.InvalidInput, match=re.escape(where)):
            questions.answered(claim, "fears[1].torture", True)
    # Read from JSON: the quick reader and cattrs, as a claim names it.
    record = rl.to_dict(claim)
    record["fears"][1]["torture"] = True
    reads: tuple[Callable[[], object], ...] = (
        lambda: rl.from_json(rl.Claim, json.dumps(record)),
        lambda: serialize._read_by_cattrs(rl.Claim, record),
    )
    for read in reads:
        with pytest.raises(rl.InvalidInput) as raised:
            read()
        assert [p.path for p in raised.value.problems] == ["fears[1].torture"]
        assert str(raised.value).startswith(where)
    # Torture of a severity not judged, or judged serious or worse, stands; so does a minor harm
    # that is not torture, or not known to be.
    for allowed in (None, rl.Severity.SERIOUS, rl.Severity.THREAT_TO_LIFE_OR_FREEDOM):
        assert rl.Harm("beating", "PRK", severity=allowed, torture=True).torture is True
    assert rl.Harm("beating", "PRK", severity=severity, torture=False).severity is severity
    assert judged.torture is None


def test_a_punishment_that_would_be_torture_cannot_be_judged_not_excessive() -> None:
    """CAT art. 1(1) leaves out of torture only pain or suffering inherent in lawful sanctions, and
    ICCPR art. 7 (with art. 4(2)) forbids torture as punishment: a punishment that would be
    torture is excessive whatever the offence (Handbook 56-57). A prosecution whose punishment is
    judged not excessive and would be torture is refused at ``torture`` by every way in, naming
    the judgement that contradicts it and where torture apart from the punishment belongs."""
    with pytest.raises(rl.InvalidInput) as raised:
        rl.Harm("punishment for leaving", "PRK", prosecution=True, disproportionate=False,
                torture=True)  # fmt: skip
    (problem,) = raised.value.problems
    assert problem.path == "torture"
    assert "disproportionate false" in problem.message
    assert "CAT art. 1(1); ICCPR arts 7 and 4(2)" in problem.message
    assert "torture apart from the punishment is a harm of its own" in problem.message
    judged = rl.Harm("punishment for leaving", "PRK", prosecution=True, disproportionate=False)
    tortured = rl.Harm("punishment for leaving", "PRK", prosecution=True, torture=True)
    changed: tuple[Callable[[], object], ...] = (
        lambda: attrs.evolve(judged, torture=True),
        lambda: attrs.evolve(tortured, disproportionate=False),
        lambda: _speed.checked_evolve(judged, torture=True),
        lambda: _speed.checked_evolve(tortured, disproportionate=False),
    )
    for built in changed:
        with pytest.raises(rl.InvalidInput, match=r"^torture: true for a prosecution"):
            built()
    person = rl.Person("A", {"PRK"}, location="CHN")
    record = rl.to_dict(rl.Claim(person, fears=[judged]))
    record["fears"][0]["torture"] = True
    with pytest.raises(rl.InvalidInput) as raised:
        rl.from_json(rl.Claim, json.dumps(record))
    assert [p.path for p in raised.value.problems] == ["fears[0].torture"]
    # Excessive, or not judged; or no prosecution (torture as such): each stands.
    for disproportionate in (True, None):
        assert rl.Harm("p", "PRK", prosecution=True, disproportionate=disproportionate,
                       torture=True).torture is True  # fmt: skip
    assert rl.Harm("p", "PRK", disproportionate=False, torture=True).torture is True
    assert judged.torture is None


def test_what_the_person_fears_may_be_unknown_which_is_not_fearing_nothing() -> None:
    """``Claim.fears``: ``None`` (left out, or null in JSON) is not known; empty is none. Both
    survive a round trip through JSON as they were."""
    person = rl.Person("P", nationalities={"PRK"}, location="CHN")
    assert rl.Claim(person).fears is None
    assert rl.Claim(person, fears=[]).fears == ()
    assert rl.from_dict(rl.Claim, {"person": rl.to_dict(person)}).fears is None
    for claim in (rl.Claim(person), rl.Claim(person, fears=[])):
        assert rl.from_json(rl.Claim, rl.to_json(claim)) == claim
    with pytest.raises(rl.InvalidInput, match=r"fears: expected a sequence of Harm.*or null"):
        rl.Claim(person, fears=3)


def test_positional_arguments_follow_the_api_contracts_order() -> None:
    """design/API.md gives ``Harm(description, country, severity, likelihood, actor, reasons,
    prosecution, disproportionate, sur_place, torture, irreparable)`` and ``Claim(person, fears,
    protection, internal_relocation, exclusion, cessation, unrwa_assistance, rights_of_national_in,
    events_before_1951, danger_to_security, serious_crime_danger)``: a positional call in that
    order sets those fields, and the fields added since are keyword-only (a positional call can no
    longer set one silently in another's place)."""
    harm = rl.Harm(
        "punishment for illegal exit", "PRK", "serious", 0.8, "state", {"political_opinion"},
        True, False, True, False, True,
    )  # fmt: skip
    assert (harm.prosecution, harm.disproportionate) == (True, False)
    assert (harm.sur_place, harm.torture, harm.irreparable) == (True, False, True)
    assert (harm.discriminatory, harm.law_contrary_to_human_rights) == (None, None)
    assert harm.official_involvement is None
    person = rl.Person("A", {"PRK"}, location="CHN")
    claim = rl.Claim(
        person, (harm,), {"PRK": "unavailable"}, False, {"1F(b)"}, {"1C(1)"}, False, "KOR",
        False, False, True,
    )  # fmt: skip
    assert claim.exclusion == {rl.Exclusion.ART_1F_B}
    assert claim.cessation == {rl.Cessation.ART_1C_1}
    assert (claim.unrwa_assistance, claim.rights_of_national_in) == (False, "KOR")
    assert (claim.events_before_1951, claim.danger_to_security) == (False, False)
    assert claim.serious_crime_danger is True
    defaults = [f.default for f in attrs.fields(rl.Harm)[2:] if not f.kw_only]
    every_positional: list[Any] = ["x", "PRK", *defaults]  # the 21 positional fields
    assert len(every_positional) == 21
    assert rl.Harm(*every_positional).good_reasons_not_repeated is None
    with pytest.raises(TypeError):  # and not one more
        rl.Harm(*every_positional, True)  # type: ignore[call-arg]


def test_a_threshold_given_as_the_integer_1_is_the_float_it_equals() -> None:
    """Doctrine(fear_threshold=1) and Doctrine(fear_threshold=1.0) are equal, and the speed layer
    keys its memos on equal values: each must give the same results, words included, whichever
    is asked first (as -0.0 and 0.0 already do). The integers 0 and 1 are read as 0.0 and 1.0,
    for a doctrine's thresholds (which cannot be 0) and a harm's likelihood alike."""
    claim = rl.Claim(rl.Person("A", {"PRK"}, location="CHN"), [rl.Harm("x", "PRK", likelihood=1)])
    assert claim.fears is not None
    assert claim.fears[0].likelihood.__class__ is float
    assert rl.Harm("x", "PRK", likelihood=0).likelihood.__class__ is float
    for first, second in ((1, 1.0), (1.0, 1)):
        for threshold in (first, second):
            doctrine = rl.Doctrine(fear_threshold=threshold)
            assert doctrine.fear_threshold.__class__ is float
            result = rl.assess_status(claim, on="2004-06-30", doctrine=doctrine)
            assert "fear_threshold=1.0:" in result.explain(), threshold


def test_a_subclass_of_a_class_with_keyword_only_fields_builds_as_attrs_builds_it() -> None:
    """The speed layer's __init__ hands a subclass to attrs' own, keyword-only fields by keyword
    (Harm.discriminatory, Claim.recognised): a user's subclass builds and evolves as before."""
    rl.assess_status(rl.Claim(rl.Person("A", {"PRK"}, location="CHN")), on="2004-06-30")

    class MyHarm(rl.Harm):
        pass

    class MyClaim(rl.Claim):
        pass

    harm = MyHarm("x", "PRK", discriminatory=True)
    assert harm.discriminatory is True
    assert attrs.evolve(harm, torture=True).torture is True
    assert MyClaim(rl.Person("A"), recognised=True).recognised is True
