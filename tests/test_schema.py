"""The published JSON Schema and the parser agree: a document the schema accepts is one
``from_json`` reads, and the other way round; every ``to_json`` output validates."""

from __future__ import annotations

import copy
import json
import random
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refugeelaw as rl

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import fuzz  # the mutations of the fuzz script

CLASSES = fuzz.public_classes()


def _validator(cls: type) -> Any:
    return jsonschema.Draft202012Validator(
        rl.json_schema(cls), format_checker=jsonschema.FormatChecker()
    )


VALIDATORS = {cls: _validator(cls) for cls in CLASSES}


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_to_json_output_validates_against_its_schema(cls: type) -> None:
    objects = fuzz.samples().get(cls, [])
    assert objects, f"no sample {cls.__name__} in benchmarks/fuzz.py"
    for obj in objects:
        VALIDATORS[cls].validate(json.loads(rl.to_json(obj)))


def test_every_instrument_the_library_holds_validates_and_reads_back() -> None:
    # Not mutated with the other classes (fuzz.DEFINING): building one defines an instrument.
    validator = _validator(rl.Instrument)
    held = rl.instruments.all_instruments()
    assert {"refugee-convention-1951", "refugee-protocol-1967", "cat-1984"} <= {i.key for i in held}
    for instrument in held:
        text = rl.to_json(instrument)
        validator.validate(json.loads(text))
        back = rl.from_json(rl.Instrument, text)
        assert (back.key, back.entry_into_force, back.rule) == (
            instrument.key,
            instrument.entry_into_force,
            instrument.rule,
        )


@pytest.mark.parametrize(
    ("field", "value"),
    [("kind", "statute"), ("status", "checked"), ("rule", {"kind": "on_ratification"})],
)
def test_an_instrument_the_schema_refuses_the_parser_refuses(field: str, value: Any) -> None:
    doc = rl.to_dict(rl.instruments.REFUGEE_CONVENTION)
    doc[field] = value
    assert not _validator(rl.Instrument).is_valid(doc)
    with pytest.raises(rl.InvalidInput, match=field):
        rl.from_dict(rl.Instrument, doc)


def test_a_caseload_summary_with_deciding_elements_validates() -> None:
    summary = rl.CaseloadSummary(3, {"REFUGEE": 1, "NOT_REFUGEE": 2}, (("nexus", 2),))
    VALIDATORS[rl.CaseloadSummary].validate(json.loads(rl.to_json(summary)))
    assert rl.from_json(rl.CaseloadSummary, rl.to_json(summary)) == summary


def _parser_accepts(cls: type, doc: Any) -> bool:
    try:
        rl.from_dict(cls, doc)
    except rl.InvalidInput:
        return False
    return True


def _sums_disagree(cls: type, doc: Any) -> bool:
    """The rules a schema cannot state, a summary's: its counts add up to its total; each
    deciding element is listed once, and the deciding counts together are at most the claims
    not decided in the person's favour; the provisional prohibitions are at most the returns
    PROHIBITED. A return's (and its outline's): each provisional breach is one of its breaches."""
    if cls in (rl.ReturnAssessment, rl.ResultOutline):
        provisional, breaches = doc.get("provisional"), doc.get("breaches", [])
        return (
            isinstance(provisional, list)
            and isinstance(breaches, list)
            and any(p not in breaches for p in provisional)
        )
    if cls is not rl.CaseloadSummary or not isinstance(doc.get("outcomes"), dict):
        return False
    counts = {k: n for k, n in doc["outcomes"].items() if type(n) is int}
    if sum(counts.values()) != doc.get("total"):
        return True
    provisional = doc.get("provisional", 0)
    if type(provisional) is int and provisional > counts.get("PROHIBITED", 0):
        return True
    deciding = doc.get("deciding")
    if not isinstance(deciding, list):
        return False
    pairs = [p for p in deciding if isinstance(p, list) and len(p) == 2]
    elements = [json.dumps(p[0]) for p in pairs]
    favourable = "PERMITTED" if doc.get("question") == "return" else "REFUGEE"
    against = sum(n for k, n in counts.items() if k != favourable)
    counted = sum(p[1] for p in pairs if type(p[1]) is int)
    return len(set(elements)) < len(elements) or counted > against


@settings(max_examples=50, derandomize=True, database=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_for_mutated_documents_the_schema_and_the_parser_agree(seed: int) -> None:
    rng = random.Random(seed)
    pool = fuzz.samples()
    disagreements = []
    for _ in range(100):
        cls = rng.choice([c for c in CLASSES if c in pool])
        doc = copy.deepcopy(rl.to_dict(rng.choice(pool[cls])))
        for _ in range(rng.choice((1, 1, 2))):
            doc = fuzz._mutate(rng, doc)
        schema_says = VALIDATORS[cls].is_valid(doc)
        if schema_says != _parser_accepts(cls, doc) and not _sums_disagree(cls, doc):
            disagreements.append((cls.__name__, schema_says, json.dumps(doc)[:300]))
    assert disagreements == []


@pytest.mark.parametrize(
    ("cls", "doc"),
    [
        (rl.Person, {"location": "chn"}),
        (rl.Person, {"nationalities": ["XXX"]}),
        (rl.Harm, {"description": " ", "country": "PRK"}),
        (rl.Citation, {"instrument": "un-charter", "provision": "102"}),
        (rl.Citation, {"instrument": "un-charter-1945", "provision": "999"}),
        (rl.Provision, {"citation": {"instrument": "un-charter-1945"}, "text": "x", "status": "x"}),
        (rl.CaseloadSummary, {"total": 1, "outcomes": {"MAYBE": 1}, "deciding": []}),
        (rl.Participation, {"state": "CHN", "instrument": "vclt-1969", "action": "accession"}),
        # CAT art. 1(1): torture is severe pain or suffering, never minor.
        (
            rl.Harm,
            {"description": "beating", "country": "PRK", "severity": "minor", "torture": True},
        ),
        # Art 1D: assistance at present received has not ceased.
        (
            rl.Claim,
            {
                "person": {"nationalities": [], "habitual_residence": "PSE", "location": "JOR"},
                "unrwa_assistance": True,
                "unrwa_assistance_ceased": True,
            },
        ),
        # Art 33(2): the second ground stated at once agrees with its limbs.
        (
            rl.Claim,
            {
                "person": {"nationalities": ["CHN"]},
                "serious_crime_danger": True,
                "danger_to_community": False,
            },
        ),
        (
            rl.Claim,
            {
                "person": {"nationalities": ["CHN"]},
                "serious_crime_danger": False,
                "convicted_particularly_serious_crime": True,
                "danger_to_community": True,
            },
        ),
    ],
)
def test_what_the_parser_refuses_the_schema_refuses(cls: type, doc: Any) -> None:
    assert not _parser_accepts(cls, doc)
    assert not VALIDATORS[cls].is_valid(doc)


def _outline(question: str) -> dict[str, Any]:
    from refugeelaw import testing

    claim = testing.north_korean_escapee()
    result = (
        rl.assess_status(claim, on="2004-06-30")
        if question == "status"
        else rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    )
    doc: dict[str, Any] = rl.to_dict(rl.ResultOutline.of(result))
    return doc


@pytest.mark.parametrize(
    ("question", "change", "path"),
    [
        # the outcome against the root's verdict (REFUGEE: met), as StatusDetermination checks
        ("status", {"outcome": "not_refugee"}, "outcome"),
        ("status", {"outcome": "undetermined"}, "outcome"),
        # a return's outcome and fields on a status outline
        ("status", {"outcome": "prohibited"}, "outcome"),
        ("status", {"by": "CHN"}, "by"),
        ("status", {"to": "PRK"}, "to"),
        ("status", {"breaches": ["CAT art. 3(1)"]}, "breaches"),
        ("status", {"undecided": ["CAT art. 3(1)"]}, "undecided"),
        (
            "status",
            {"pending_status_facts": ["exclusion_pending['1F(b)']"]},
            "pending_status_facts",
        ),
        # art. 33(1) breached only while the status is pending: a return's (interface review F1)
        ("status", {"provisional": ["Refugee Convention art. 33(1)"]}, "provisional"),
        # a status's outcome and fields on a return outline (PROHIBITED: not met)
        ("return", {"outcome": "refugee"}, "outcome"),
        ("return", {"outcome": "permitted"}, "outcome"),
        ("return", {"state": "CHN"}, "state"),
        ("return", {"displaced_by": ["1D"]}, "displaced_by"),
        ("return", {"definition": "OAU art. I(2)"}, "definition"),
        ("return", {"by": None}, "by"),
        ("return", {"to": None}, "to"),
    ],
)
def test_an_outline_is_held_to_the_rules_of_its_full_form(
    question: str, change: dict[str, Any], path: str
) -> None:
    """The compact form (``ResultOutline``, the command line's default JSON) checks what
    ``StatusDetermination`` and ``ReturnAssessment`` check of the same fields (interface review
    F5): an outcome of its own question (Refugee Convention art. 1A(2) status, or art. 33(1)
    return) that agrees with its own conclusion's verdict, no field of the other question, and a
    return that names both States. The parser names the path; the schema refuses it too."""
    doc = _outline(question)
    assert _parser_accepts(rl.ResultOutline, doc)
    assert VALIDATORS[rl.ResultOutline].is_valid(doc)
    doc.update(change)
    with pytest.raises(rl.InvalidInput) as err:
        rl.from_dict(rl.ResultOutline, doc)
    assert any(p.path == path for p in err.value.problems), str(err.value)
    assert not VALIDATORS[rl.ResultOutline].is_valid(doc)


def test_an_undetermined_outline_of_either_question_reads_with_an_unknown_root() -> None:
    """ "undetermined" is an outcome of both questions: an unknown verdict in both, the schema's
    rule for it shared."""
    for question in ("status", "return"):
        doc = _outline(question)
        doc["outcome"] = "undetermined"
        doc["finding"]["verdict"] = "unknown"
        doc.pop("breaches", None)
        assert rl.from_dict(rl.ResultOutline, doc).outcome == "undetermined"
        assert VALIDATORS[rl.ResultOutline].is_valid(doc)


@pytest.mark.parametrize("severity", [None, "minor", "discrimination", "serious",
                                      "threat_to_life_or_freedom"])  # fmt: skip
def test_the_schema_and_the_parser_refuse_torture_judged_minor_or_discrimination(
    severity: str | None,
) -> None:
    """CAT art. 1(1): torture is severe pain or suffering, at least a serious violation of human
    rights. A harm that is torture and judged ``minor`` or ``discrimination`` is refused by the
    schema and by ``from_json``, alone and in a claim (at ``fears[0].torture``); one of a
    severity not judged, ``serious`` or worse is accepted by both."""
    harm = {"description": "beating", "country": "PRK", "severity": severity, "torture": True}
    claim = {"person": {"nationalities": ["PRK"], "location": "CHN"}, "fears": [harm]}
    allowed = severity not in ("minor", "discrimination")
    assert VALIDATORS[rl.Harm].is_valid(harm) is allowed
    assert VALIDATORS[rl.Claim].is_valid(claim) is allowed
    if allowed:
        assert rl.from_json(rl.Claim, json.dumps(claim)).fears[0].torture is True  # type: ignore[index]
        return
    with pytest.raises(rl.InvalidInput, match=r"^torture: true, yet severity .*CAT art\. 1\(1\)"):
        rl.from_json(rl.Harm, json.dumps(harm))
    with pytest.raises(rl.InvalidInput) as raised:
        rl.from_json(rl.Claim, json.dumps(claim))
    assert [p.path for p in raised.value.problems] == ["fears[0].torture"]
    # Not torture, or not known to be, a harm of that severity stands.
    for torture in (False, None):
        assert VALIDATORS[rl.Harm].is_valid({**harm, "torture": torture})
        assert _parser_accepts(rl.Harm, {**harm, "torture": torture})


@pytest.mark.parametrize("disproportionate", [None, True, False])
def test_the_schema_and_the_parser_refuse_torture_as_a_punishment_judged_not_excessive(
    disproportionate: bool | None,
) -> None:
    """CAT art. 1(1), ICCPR arts 7 and 4(2): a punishment that would be torture is excessive
    whatever the offence. A prosecution that is torture and judged not excessive is refused by
    the schema and by ``from_json`` alike; one judged excessive, or not judged, is accepted by
    both, as is torture that is no prosecution."""
    harm = {"description": "punishment", "country": "PRK", "prosecution": True,
            "disproportionate": disproportionate, "torture": True}  # fmt: skip
    allowed = disproportionate is not False
    assert VALIDATORS[rl.Harm].is_valid(harm) is allowed
    assert _parser_accepts(rl.Harm, harm) is allowed
    assert VALIDATORS[rl.Harm].is_valid({**harm, "prosecution": False})
    assert _parser_accepts(rl.Harm, {**harm, "prosecution": False})


@pytest.mark.parametrize("prosecution", [True, False, None])
@pytest.mark.parametrize("exit_offence", [True, False, None])
def test_the_schema_and_the_parser_refuse_a_penalty_for_leaving_that_is_no_prosecution(
    prosecution: bool | None, exit_offence: bool | None
) -> None:
    """UNHCR Handbook para. 61 ("severe penalties" for leaving without permission): a penalty for
    that offence is a punishment, so a harm with ``exit_offence`` true and ``prosecution`` false
    or left out (read as false) is refused by the schema and by ``from_json`` alike; with
    ``prosecution`` true, or ``exit_offence`` false or null, both accept it."""
    harm: dict[str, Any] = {"description": "camp sentence", "country": "PRK"}
    harm["exit_offence"] = exit_offence
    if prosecution is not None:
        harm["prosecution"] = prosecution
    allowed = exit_offence is not True or prosecution is True
    assert VALIDATORS[rl.Harm].is_valid(harm) is allowed
    assert _parser_accepts(rl.Harm, harm) is allowed


@pytest.mark.parametrize(
    ("field", "clauses"), [("exclusion", list(rl.Exclusion)), ("cessation", list(rl.Cessation))]
)
def test_the_schema_and_the_parser_refuse_a_clause_both_found_and_pending(
    field: str, clauses: list[Any]
) -> None:
    """A clause of Art 1F or 1C is found or pending, never both: for each clause, the schema and
    ``from_json`` refuse it given both ways and accept it beside another clause pending."""
    person = {"nationalities": ["PRK"], "location": "CHN"}
    for clause in clauses:
        other = next(c for c in clauses if c is not clause)
        both = {"person": person, field: [clause.value], f"{field}_pending": [clause.value]}
        assert not VALIDATORS[rl.Claim].is_valid(both)
        assert not _parser_accepts(rl.Claim, both)
        apart = {**both, f"{field}_pending": [other.value]}
        assert VALIDATORS[rl.Claim].is_valid(apart)
        assert _parser_accepts(rl.Claim, apart)


def test_a_schema_made_after_a_user_defines_an_instrument_admits_its_citations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A citation of a user-defined instrument is valid from the moment the instrument is built;
    the JSON schema made afterwards must admit it too (it was cached from the first schema)."""
    monkeypatch.setattr(rl.sources, "_USER_INSTRUMENTS", {})
    cite = json.loads(rl.to_json(rl.Citation("refugee-convention-1951", "33(1)")))
    cite["instrument"] = "schema-test-readmission-agreement"
    before = rl.json_schema(rl.Citation)
    assert not jsonschema.Draft202012Validator(before).is_valid(cite)
    rl.instruments.Instrument(key="schema-test-readmission-agreement", title="A readmission deal")
    after = rl.json_schema(rl.Citation)
    assert jsonschema.Draft202012Validator(after).is_valid(cite)
    assert rl.from_json(rl.Citation, json.dumps(cite)).instrument == cite["instrument"]


def test_the_schema_accepts_the_codes_of_former_states_as_the_parser_does() -> None:
    """A claim about a Soviet national in the GDR (ISO 3166-3 codes SUN and DDR, which the library
    accepts for dates before those states ended) writes JSON its own schema accepts."""
    claim = rl.Claim(rl.Person("A", nationalities={"SUN"}, location="DDR"))
    jsonschema.validate(json.loads(rl.to_json(claim)), rl.json_schema(rl.Claim))
    from refugeelaw.countries import accepted_codes, historic_countries

    assert historic_countries() <= accepted_codes()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"person": {"location": "XXX"}}, rl.json_schema(rl.Claim))


def test_a_member_repeated_in_a_set_is_read_by_both_the_schema_and_the_parser() -> None:
    """A person's nationalities and a harm's reasons are sets: a country or reason given twice is
    the same one, so the schema does not refuse what ``from_json`` reads (and writes once)."""
    doc = {
        "person": {"name": "A", "nationalities": ["PRK", "PRK"], "location": "CHN"},
        "fears": [
            {"description": "x", "country": "PRK", "reasons": ["religion", "religion"]},
        ],
    }
    VALIDATORS[rl.Claim].validate(doc)
    claim = rl.from_json(rl.Claim, json.dumps(doc))
    assert claim.person.nationalities == frozenset({"PRK"})
    assert json.loads(rl.to_json(claim))["person"]["nationalities"] == ["PRK"]


@pytest.mark.parametrize(
    ("cls", "minimal"),
    [
        (rl.Person, {}),
        (rl.Harm, {"description": "beating", "country": "PRK"}),
        (rl.Claim, {"person": {"nationalities": ["PRK"]}}),
        (rl.Doctrine, {}),
    ],
    ids=lambda x: getattr(x, "__name__", ""),
)
def test_each_default_the_schema_states_is_what_a_field_left_out_reads_as(
    cls: type, minimal: dict[str, Any]
) -> None:
    """The schema tells a JSON writer what leaving a field out means (a ``Person`` with no
    ``nationalities`` is stateless; an unknown fact is ``null``): each stated default is what
    ``from_dict`` reads the field as when it is left out."""
    read: Any = rl.from_dict(cls, minimal)
    properties = rl.json_schema(cls)["properties"]
    stated = {name: p["default"] for name, p in properties.items() if "default" in p}
    assert set(stated) == {name for name in properties if name not in minimal} - set(
        rl.json_schema(cls).get("required", ())
    )
    for name, default in stated.items():
        value = rl.to_dict(getattr(read, name))
        if isinstance(value, (list, tuple, set, frozenset)):
            value = sorted(value)
        assert value == default, name
    if cls is rl.Person:
        assert stated["nationalities"] == []
        assert read.stateless
