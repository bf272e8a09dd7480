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


# F2: an integer of more digits than Python reads (4,300 unless the program sets another limit) is
# valid JSON (RFC 8259 s. 6 sets no limit) that the library cannot read. It was reported with no
# path ("not readable: ..."), unlike NaN, a lone surrogate or a key given twice, and the assistant
# server answered a tool call holding one with a JSON-RPC parse error addressed to no request.

_LONG = "9" * 5000


def test_f2_an_integer_too_long_to_read_is_reported_at_its_path() -> None:
    """Before: ``not readable: …`` at path ``''``; after: at ``fears[0].likelihood``."""
    text = (
        '{"person": {"location": "CHN"}, "fears": [{"description": "x", "country": "PRK", '
        f'"likelihood": {_LONG}}}]}}'
    )
    with pytest.raises(rl.InvalidInput) as caught:
        rl.from_json(rl.Claim, text)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("fears[0].likelihood", "not readable: an integer of more than 4,300 digits")
    ]


def test_f2_each_problem_of_the_text_is_reported_with_a_long_integer() -> None:
    """A long integer beside NaN and a lone surrogate: all three, each at its path."""
    with pytest.raises(rl.InvalidInput) as caught:
        rl.from_json(rl.Claim, f'[-{_LONG}, NaN, "\\ud800"]')
    assert [p.path for p in caught.value.problems] == ["[0]", "[1]", "[2]"]
    assert "an integer of more than 4,300 digits" in caught.value.problems[0].message


def test_f2_the_command_line_reports_the_record_and_the_path(tmp_path: Any) -> None:
    """A caseload: the bad record reported with its path, the good ones still written (rc 2)."""
    import io

    from refugeelaw.cli import main

    good = rl.to_json(testing.north_korean_escapee())
    bad = good.replace('"likelihood": 0.8', f'"likelihood": {_LONG}', 1)
    assert bad != good
    path = tmp_path / "caseload.jsonl"
    path.write_text(f"{good}\n{bad}\n{good}\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["assess", str(path), "--on", ON, "--format", "json"], out=out, err=err)
    assert code == 2
    assert [json.loads(line)["record"] for line in out.getvalue().splitlines()] == [1, 3]
    assert "record 2: fears[0].likelihood: not readable: an integer of more than 4,300 digits" in (
        err.getvalue()
    )


def test_f2_the_assistant_server_answers_the_request_that_held_it() -> None:
    """Before: a JSON-RPC parse error (-32700) with ``id`` null, so the request went unanswered;
    after: the tool call's own error result, naming the argument's path."""
    from refugeelaw.mcp_server import _screen

    line = (
        '{"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": "assess_status", '
        '"arguments": {"claim": {"person": {"location": "CHN"}, "fears": [{"description": "x", '
        f'"country": "PRK", "likelihood": {_LONG}}}]}}}}}}}}'
    ).encode()
    message, reply = _screen(line, 10**7)
    assert message is None
    assert reply is not None
    assert reply["id"] == 7
    assert reply["result"]["isError"] is True
    assert reply["result"]["content"][0]["text"] == (
        "claim.fears[0].likelihood: not readable: an integer of more than 4,300 digits"
    )
