"""Interfaces review s38 (if38): what an embedding tool reads back from JSON, and where a bad
value is.

F1: a result's JSON names the version of the library's JSON forms in
``provenance.schema_version``. A document naming a later version (written by a later library,
whose forms this one may misread) was read silently as if it were this version's, and one naming
version 1 (which had no provenance) while carrying a provenance was read too. Both are now
refused at their path; the JSON Schema says the same.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.provenance import SCHEMA_VERSION

ON = "2004-06-30"


def _results() -> list[Any]:
    escapee = testing.north_korean_escapee()
    return [
        rl.assess_status(escapee, on=ON, state="CHN"),
        rl.assess_return(escapee, by="CHN", to="PRK", on=ON),
    ]


@pytest.mark.parametrize("index", range(2), ids=["status", "return"])
def test_f1_a_result_written_under_a_later_schema_version_is_refused(index: int) -> None:
    """Before: ``schema_version`` 3 (or 99) read as a schema-2 result; after: refused at its path."""
    result = _results()[index]
    doc = json.loads(rl.to_json(result))
    assert doc["provenance"]["schema_version"] == SCHEMA_VERSION == 2
    assert rl.from_dict(type(result), doc) == result  # this version's own JSON still reads
    for later in (SCHEMA_VERSION + 1, 99, 1 << 70):
        doc["provenance"]["schema_version"] = later
        with pytest.raises(rl.InvalidInput) as caught:
            rl.from_dict(type(result), doc)
        (problem,) = caught.value.problems
        assert problem.path == "provenance.schema_version"
        assert "a later schema version than this library's (2)" in problem.message


def test_f1_a_provenance_naming_version_1_which_had_none_is_refused() -> None:
    """Version 1 of the JSON forms had no provenance: a provenance claiming it contradicts itself."""
    doc = json.loads(rl.to_json(_results()[0]))
    doc["provenance"]["schema_version"] = 1
    with pytest.raises(
        rl.InvalidInput, match=r"provenance\.schema_version: expected schema version 2, got 1"
    ):
        rl.from_dict(rl.StatusDetermination, doc)


def test_f1_a_document_of_version_1_without_provenance_still_reads() -> None:
    """The version-1 form (no provenance) is still read, its provenance ``None``."""
    doc = json.loads(rl.to_json(_results()[0]))
    del doc["provenance"]
    back = rl.from_dict(rl.StatusDetermination, doc)
    assert back.provenance is None
    assert back.outcome is rl.Status.REFUGEE


def test_f1_the_json_schema_refuses_what_the_parser_refuses() -> None:
    """Before: the schema admitted any schema version from 1 to 2**63 - 1; after: 2 only."""
    schema = rl.json_schema(rl.StatusDetermination)
    doc = json.loads(rl.to_json(_results()[0]))
    jsonschema.validate(doc, schema)
    for bad in (1, 3, 99):
        doc["provenance"]["schema_version"] = bad
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(doc, schema)
    prop = rl.json_schema(rl.Provenance)["properties"]["schema_version"]
    assert (prop["minimum"], prop["maximum"]) == (2, SCHEMA_VERSION)
