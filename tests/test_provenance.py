"""Every result says what produced it (issue 18, point 2): the library and JSON schema versions,
each dataset with its horizon and content hash, the doctrine in force and the date assessed."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import refugeelaw as rl
from refugeelaw import provenance as prov
from refugeelaw import testing
from refugeelaw.cli import main, output_schema
from refugeelaw.serialize import full_json, record_json

ON = dt.date(2004, 6, 30)
DATA = Path(rl.__file__).parent / "data"
V1 = Path(__file__).parent / "data" / "v1"  # written by main at 5e04a1c, before provenance


def _ruling(doctrine: rl.Doctrine | None = None) -> rl.PrecedenceRuling:
    obligations = rl.obligations_of("CHN", on=ON)
    art33 = next(o for o in obligations if o.provision == "33(1)")
    border = next(o for o in obligations if o.instrument.startswith("china-dprk"))  # 1964
    return rl.resolve_conflict(art33, border, on=ON, doctrine=doctrine)


def _results() -> tuple[rl.StatusDetermination, rl.ReturnAssessment, rl.PrecedenceRuling]:
    claim = testing.north_korean_escapee()
    return (
        rl.assess_status(claim, on=ON, state="CHN"),
        rl.assess_return(claim, by="CHN", to="PRK", on=ON),
        _ruling(),
    )


@pytest.mark.parametrize("index", range(3), ids=["status", "return", "precedence"])
def test_every_result_kind_records_library_schema_doctrine_and_date(index: int) -> None:
    """Art 1A(2) status, Art 33(1) return and VCLT art. 30 precedence results each carry it."""
    result = _results()[index]
    p = result.provenance
    assert isinstance(p, rl.Provenance)
    assert p.library_version == rl.__version__
    assert p.schema_version == prov.SCHEMA_VERSION == 2
    assert p.doctrine == result.doctrine
    assert p.on == result.on == ON
    assert [d.name for d in p.datasets] == [d.name for d in prov.datasets()]


def test_each_dataset_is_named_with_its_horizon_and_the_sha256_of_its_bytes() -> None:
    p = rl.assess_status(testing.north_korean_escapee(), on=ON).provenance
    assert p is not None
    convention = p.dataset("participation/refugee-convention-1951")
    horizon = rl.states.horizon("refugee-convention-1951")
    assert horizon is not None
    assert convention.horizon == horizon.date == dt.date(2015, 3, 12)
    raw = (DATA / "participation" / "refugee-convention-1951.json").read_bytes()
    assert convention.sha256 == hashlib.sha256(raw).hexdigest()
    assert (
        p.dataset("duties").sha256
        == hashlib.sha256((DATA / "duties.json").read_bytes()).hexdigest()
    )
    # A folder: `sha256sum *.json | sha256sum`.
    listing = "".join(
        f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.name}\n"
        for f in sorted((DATA / "instruments").glob("*.json"))
    )
    assert p.dataset("instruments").sha256 == hashlib.sha256(listing.encode()).hexdigest()
    # A bilateral protocol's horizon: the last date a source speaks of it as operative (the
    # Hanguk Story blog post of 28 February 2012 for the 1986 China–DPRK protocol).
    assert p.dataset("participation/china-dprk-border-protocol-1986").horizon == dt.date(
        2012, 2, 28
    )
    with pytest.raises(KeyError):
        p.dataset("no-such-dataset")


def test_each_participation_datasets_horizon_is_the_one_the_participation_data_states() -> None:
    found = [d for d in prov.datasets() if d.name.startswith("participation/")]
    assert len(found) == len(list((DATA / "participation").glob("*.json")))
    for dataset in found:
        horizon = rl.states.horizon(dataset.name.removeprefix("participation/"))
        assert dataset.horizon == (horizon.date if horizon else None), dataset.name


def test_a_return_and_the_status_it_relied_on_share_one_provenance_per_doctrine_and_date() -> None:
    status, returned, ruling = _results()
    assert returned.provenance is status.provenance is returned.status.provenance
    assert ruling.provenance is status.provenance
    other = rl.assess_status(testing.north_korean_escapee(), on="2010-01-01")
    strict = rl.assess_status(
        testing.north_korean_escapee(), on=ON, doctrine=rl.Doctrine(nexus="one_central_reason")
    )
    assert other.provenance is not None
    assert other.provenance.on == dt.date(2010, 1, 1)
    assert strict.provenance is not None
    assert strict.provenance.doctrine.nexus == "one_central_reason"
    assert len({id(status.provenance), id(other.provenance), id(strict.provenance)}) == 3


def test_compare_doctrines_gives_each_view_its_own_doctrine_in_its_provenance() -> None:
    views = {"default": rl.Doctrine(), "strict": rl.Doctrine(fear_threshold=0.9)}
    compared = rl.compare_doctrines(testing.north_korean_escapee(), views, on=ON)
    for name, result in compared.results.items():
        assert result.provenance is not None
        assert result.provenance.doctrine == views[name]


def _copy_readers(  # a copy of the package's data, read as the package reads its own
    root: Path,
) -> tuple[Callable[..., bytes], Callable[[str], list[str]]]:
    def read(*parts: str) -> bytes:
        return root.joinpath(*parts).read_bytes()

    def names(folder: str) -> list[str]:
        return sorted(p.name for p in (root / folder).glob("*.json"))

    return read, names


def test_a_dataset_hash_changes_when_its_data_changes_and_only_that_one(tmp_path: Path) -> None:
    root = tmp_path / "data"
    shutil.copytree(DATA, root)
    assert prov.read_datasets(*_copy_readers(root)) == prov.datasets()
    duties = root / "duties.json"
    duties.write_bytes(duties.read_bytes().replace(b"refoul", b"REFOUL", 1))
    text = root / "instruments" / "vclt-1969.json"
    text.write_bytes(text.read_bytes() + b"\n")
    changed = {
        new.name
        for new, old in zip(prov.read_datasets(*_copy_readers(root)), prov.datasets(), strict=True)
        if new != old
    }
    assert changed == {"duties", "instruments"}


@pytest.mark.parametrize("index", range(3), ids=["status", "return", "precedence"])
def test_provenance_round_trips_through_json(index: int) -> None:
    result = _results()[index]
    data = json.loads(rl.to_json(result))
    assert data["provenance"]["schema_version"] == 2
    assert data["provenance"]["library_version"] == rl.__version__
    assert data["provenance"]["on"] == "2004-06-30"
    assert all(len(d["sha256"]) == 64 for d in data["provenance"]["datasets"])
    back = rl.from_json(type(result), rl.to_json(result))
    assert back == result
    assert back.provenance == result.provenance
    assert rl.from_json(rl.Provenance, rl.to_json(result.provenance)) == result.provenance
    if hasattr(result, "to_dict"):  # the summary of a status or return result carries it too
        assert result.to_dict()["provenance"] == data["provenance"]
    if index < 2:  # the command line's writer, byte for byte
        assert full_json(result) == rl.to_json(result)


def test_a_provenance_is_checked_like_every_public_object() -> None:
    p = _results()[0].provenance
    assert p is not None
    with pytest.raises(rl.InvalidInput, match="sha256: expected 64 lower-case"):
        rl.Dataset("duties", None, "abc")
    with pytest.raises(rl.InvalidInput, match="schema_version"):
        rl.Provenance(p.library_version, 0, p.datasets, p.doctrine, p.on)
    bad = json.loads(rl.to_json(p))
    bad["datasets"][0]["horizon"] = "2015-02-30"
    with pytest.raises(rl.InvalidInput, match=r"datasets\[0\]\.horizon"):
        rl.from_dict(rl.Provenance, bad)


def test_the_command_lines_json_lines_carry_each_results_provenance(tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(rl.to_json(testing.north_korean_escapee()) + "\n")
    for command in (["assess", "--state", "CHN"], ["return", "--by", "CHN", "--to", "PRK"]):
        out = io.StringIO()
        argv = [*command, str(claims), "--on", "2004-06-30", "--format", "json", "--detail", "full"]
        assert main(argv, out=out) == 0
        line = json.loads(out.getvalue())
        jsonschema.validate(line, output_schema(command[0]))
        p = rl.from_dict(rl.Provenance, line["result"]["provenance"])
        assert p.on == ON
        assert p.library_version == rl.__version__
        assert p.datasets == prov.datasets()


def test_the_questions_json_lines_carry_the_provenance_of_the_result_asked_about(
    tmp_path: Path,
) -> None:
    """Questions carry no provenance of their own: their line carries their result's."""
    claim = rl.Claim(rl.Person("A", {"PRK"}, location="CHN"), fears=[rl.Harm("detention", "PRK")])
    claims = tmp_path / "claims.jsonl"
    claims.write_text(rl.to_json(claim) + "\n")
    out = io.StringIO()
    argv = ["questions", str(claims), "--on", "2004-06-30", "--format", "json"]
    assert main(argv, out=out) == 0
    line = json.loads(out.getvalue())
    jsonschema.validate(line, output_schema("questions"))
    assert line["result"]  # an undecided claim has questions
    p = rl.from_dict(rl.Provenance, line["provenance"])
    assert p == rl.assess_status(claim, on=ON).provenance


def test_record_json_writes_the_provenance_as_to_json_does() -> None:
    status, returned, _ = _results()
    line = json.loads(record_json(7, [status, returned]))
    assert line["result"][1]["provenance"] == json.loads(rl.to_json(returned.provenance))


@pytest.mark.parametrize(
    "cls", [rl.StatusDetermination, rl.ReturnAssessment, rl.PrecedenceRuling, rl.Claim]
)
def test_json_written_before_provenance_still_reads_with_none_recorded(cls: type) -> None:
    """Schema version 1 (main at 5e04a1c): the same results, with provenance None (not recorded,
    never the reader's own)."""
    text = (V1 / f"{cls.__name__}.json").read_text()
    old: Any = rl.from_json(cls, text)
    assert "provenance" not in json.loads(text)
    jsonschema.validate(json.loads(text), rl.json_schema(cls))  # the current schema accepts it
    if cls is rl.Claim:
        example = Path(__file__).parents[1] / "examples" / "claims" / "north_korean_escapee.json"
        assert old == rl.from_json(rl.Claim, example.read_text())
        return
    assert old.provenance is None
    again: dict[type, Callable[[Any], object]] = {
        rl.StatusDetermination: lambda c: rl.assess_status(c, on=ON, state="CHN"),
        rl.ReturnAssessment: lambda c: rl.assess_return(c, by="CHN", to="PRK", on=ON),
        rl.PrecedenceRuling: lambda c: _ruling(),
    }
    now = again[cls](old.claim if cls is not rl.PrecedenceRuling else None)
    assert attrs_without_provenance(old) == attrs_without_provenance(now)
    assert json.loads(rl.to_json(old))["provenance"] is None


def attrs_without_provenance(result: Any) -> dict[str, object]:
    import attrs

    values = attrs.asdict(result, recurse=False)
    values.pop("provenance")
    # Schema version 1 did not record the definition a status rests on either (issue 17 added
    # it, with the OAU's); read back it is None, "not recorded".
    values.pop("definition", None)
    if "status" in values:
        values["status"] = attrs_without_provenance(values["status"])
    return values


def test_json_lines_written_before_provenance_still_read() -> None:
    lines = (V1 / "assess.jsonl").read_text().splitlines()
    status = rl.from_dict(rl.StatusDetermination, json.loads(lines[0])["result"])
    returned = rl.from_dict(rl.ReturnAssessment, json.loads(lines[1])["result"])
    assert status.outcome is rl.Status.REFUGEE
    assert status.provenance is None
    assert returned.outcome is rl.ReturnOutcome.PROHIBITED
    assert returned.status.provenance is None


@pytest.mark.parametrize("cls", [rl.StatusDetermination, rl.Provenance, rl.Dataset, rl.Claim])
def test_the_json_schema_has_a_versioned_id(cls: type) -> None:
    schema = rl.json_schema(cls)
    assert schema["$id"] == f"urn:refugeelaw:schema:2:{cls.__name__}"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_the_schema_of_a_result_describes_its_provenance() -> None:
    schema = rl.json_schema(rl.ReturnAssessment)
    assert schema["properties"]["provenance"] == {
        "anyOf": [{"$ref": "#/$defs/Provenance"}, {"type": "null"}]
    }
    assert "provenance" not in schema["required"]  # documents of version 1 have none
    dataset = schema["$defs"]["Dataset"]["properties"]
    assert dataset["sha256"]["pattern"] == "^[0-9a-f]{64}$"
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    data = json.loads(rl.to_json(_results()[1]))
    assert not list(validator.iter_errors(data))
    data["provenance"]["datasets"][0]["sha256"] = "not a hash"
    assert list(validator.iter_errors(data))


@pytest.mark.parametrize("index", range(3), ids=["status", "return", "precedence"])
@pytest.mark.parametrize("field", ["on", "doctrine"])
def test_a_result_built_with_an_unhashable_date_or_doctrine_is_refused_as_invalid_input(
    index: int, field: str
) -> None:
    # The provenance a new result is given is made from its date and doctrine: where either is
    # not one (a list), the result's own checks say so, at the field, not a TypeError.
    import attrs

    result: Any = _results()[index]
    given = {f.name: getattr(result, f.name) for f in attrs.fields(type(result)) if f.init}
    del given["provenance"]  # made anew from the date and the doctrine
    given[field] = []
    with pytest.raises(rl.InvalidInput, match=rf"^{field}: expected a (date|Doctrine), got list"):
        type(result)(**given)
