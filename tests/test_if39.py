"""Interfaces review s39 (if39): what the JSON reader does with a number it cannot hold, and what
its errors tell a user who does not know a fact.

F1: a number too small for a binary64 float (``1e-400``) was read silently as 0, which the law
reads as a harm "certain not to happen" (``law.together``, ``law.removal``), and one too large
(``1e400``) as infinity (reported as "got inf", no JSON). RFC 8259 s. 6 lets a reader limit the
range of numbers it accepts, not change them: each is now refused at its path, as an integer too
long to read is, by ``from_json``, the command line (records and ``--doctrine``) and the assistant
server.

F2: a fact that may be unknown (``Claim.internal_relocation``, ``Harm.ground_central``,
``Harm.likelihood``...) given as a value of the wrong kind was refused with "expected true or
false", never naming null, and so told a user who does not know the fact to find it one way or
the other. The reader now says "expected true, false or null (unknown)", as the constructors'
own checks do (``_validate.opt_bool``); a fact that may not be null (``Claim.at_frontier``) keeps
"expected true or false".

F3: the JSON reader named the value given by Python's type names (``got NoneType None``, ``got
bool True``, ``got dict {}``); it now uses JSON's (RFC 8259 s. 1): ``null``, ``true``, ``an
object``, ``a list``, ``the string '…'``.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

import refugeelaw as rl
from refugeelaw import testing

ON = "2004-06-30"


def _claim_with(key: str, value: str, *, harm: bool = True) -> str:
    """The escapee's claim as JSON text, ``key`` of its harm (or of the claim) written as
    ``value`` (JSON text)."""
    doc = json.loads(rl.to_json(testing.north_korean_escapee()))
    if harm:
        doc["fears"][0][key] = "@@"
    else:
        doc[key] = "@@"
    return json.dumps(doc).replace('"@@"', value)


def _problems(text: str) -> list[tuple[str, str]]:
    with pytest.raises(rl.InvalidInput) as caught:
        rl.from_json(rl.Claim, text)
    return [(p.path, p.message) for p in caught.value.problems]


# -- F1 ------------------------------------------------------------------------------------------


def test_f1_a_likelihood_too_small_to_hold_is_refused_not_read_as_certain_not_to_happen() -> None:
    """Art 1A(2) well-founded fear: before, ``1e-400`` read as 0.0 (a harm certain not to happen,
    which ``law.together`` leaves out); after, refused at ``fears[0].likelihood``."""
    assert _problems(_claim_with("likelihood", "1e-400")) == [
        (
            "fears[0].likelihood",
            "not readable: too small a number to hold (1e-400 would be read as 0): give 0 if that "
            "is meant",
        )
    ]


@pytest.mark.parametrize("written", ["1e400", "-1E+400", "1" + "0" * 400 + ".5"])
def test_f1_a_likelihood_too_large_to_hold_is_refused_at_its_path(written: str) -> None:
    """Before: "expected a number from 0 to 1, got inf" (no JSON word); after: not readable."""
    ((path, message),) = _problems(_claim_with("likelihood", written))
    assert path == "fears[0].likelihood"
    assert message.startswith("not readable: too large a number to hold (")
    assert message.endswith("infinity)")


@pytest.mark.parametrize("written", ["0", "0.0", "-0.0", "0e-999", "5e-324", "2.5e-320", "1e-300"])
def test_f1_every_number_a_float_holds_still_reads_as_written(written: str) -> None:
    """Zero written any way, and the smallest numbers a float holds, read as before."""
    claim = rl.from_json(rl.Claim, _claim_with("likelihood", written))
    assert claim.fears is not None
    assert claim.fears[0].likelihood == float(written)


def test_f1_the_command_line_reports_the_record_and_writes_every_good_one(tmp_path: Any) -> None:
    """A caseload: the record holding ``1e-400`` reported at its path, the others written (rc 2)."""
    from refugeelaw.cli import main

    good = rl.to_json(testing.north_korean_escapee())
    path = tmp_path / "caseload.jsonl"
    path.write_text(f"{good}\n{_claim_with('likelihood', '1e-400')}\n{good}\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["assess", str(path), "--on", ON, "--format", "json"], out=out, err=err)
    assert code == 2
    assert [json.loads(line)["record"] for line in out.getvalue().splitlines()] == [1, 3]
    assert "record 2: fears[0].likelihood: not readable: too small a number to hold" in (
        err.getvalue()
    )


def test_f1_a_threshold_too_small_to_hold_is_not_reported_as_zero() -> None:
    """``--doctrine fear_threshold=1e-400`` (the well-founded fear standard): before, "got 0.0: at
    a threshold of 0 ...", a value the user never gave; after, the number named as written."""
    from refugeelaw.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["obligations", "CHN", "--on", ON, "--doctrine", "fear_threshold=1e-400"], out=out, err=err
    )
    assert code == 2
    assert "--doctrine fear_threshold: '1e-400' is too small a number to hold" in err.getvalue()
    assert "got 0.0" not in err.getvalue()


def test_f1_the_assistant_server_names_the_argument() -> None:
    """A tool call holding ``1e-400``: answered with the tool's error at the argument's path."""
    from refugeelaw.mcp_server import _screen

    claim = _claim_with("likelihood", "1e-400")
    line = (
        '{"jsonrpc": "2.0", "id": 9, "method": "tools/call", "params": {"name": "assess_status", '
        f'"arguments": {{"claim": {claim}}}}}}}'
    ).encode()
    message, reply = _screen(line, 10**7)
    assert message is None
    assert reply is not None
    assert reply["id"] == 9
    assert reply["result"]["isError"] is True
    assert reply["result"]["content"][0]["text"].startswith(
        "claim.fears[0].likelihood: not readable: too small a number to hold (1e-400"
    )


# -- F2 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "harm", "path"),
    [
        ("internal_relocation", "5", False, "internal_relocation"),  # Art 1A(2), Handbook 91
        ("danger_to_security", '"yes"', False, "danger_to_security"),  # Art 33(2)
        ("ground_central", '"yes"', True, "fears[0].ground_central"),  # nexus, one central reason
        ("disproportionate", "1", True, "fears[0].disproportionate"),  # Handbook 57
    ],
)
def test_f2_an_unknown_fact_is_offered_null_not_only_true_or_false(
    key: str, value: str, harm: bool, path: str
) -> None:
    """Before: "expected true or false", inviting a finding the user has not made; after: null
    (unknown) is named, as ``_validate.opt_bool`` names it."""
    ((where, message),) = _problems(_claim_with(key, value, harm=harm))
    assert where == path
    assert message.startswith("expected true, false or null (unknown), got ")


def test_f2_an_unknown_likelihood_and_actor_are_offered_null() -> None:
    """Art 1A(2) well-founded fear (likelihood) and agent of persecution (actor): each may be
    null."""
    ((_, likelihood),) = _problems(_claim_with("likelihood", '"0.8"'))
    assert likelihood == "expected a number or null, got the string '0.8'"
    ((_, actor),) = _problems(_claim_with("actor", '"government"'))
    assert actor.startswith("expected an Actor ('state', 'non_state') or null, got 'government'")


def test_f2_a_fact_that_may_not_be_null_still_asks_for_true_or_false() -> None:
    """``Claim.at_frontier`` (Art 33 at the frontier) is no unknown fact: null is refused."""
    assert _problems(_claim_with("at_frontier", "null", harm=False)) == [
        ("at_frontier", "expected true or false, got null")
    ]


# -- F3 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ("null", "got null"),
        ("true", "got true"),
        ("5", "got 5"),
        ("[1]", "got a list [1]"),
        ('"text"', "got the string 'text'"),
    ],
)
def test_f3_a_json_value_is_named_as_json_names_it(value: str, named: str) -> None:
    """The person of a claim (Art 1A(2): who is outside the country of nationality) given as a
    value that is no object: before "got NoneType None", "got bool True", "got dict {}"..."""
    text = _claim_with("person", value, harm=False)
    assert _problems(text) == [("person", f"expected an object (Person), {named}")]


def test_f3_an_object_is_named_an_object() -> None:
    """A harm's Convention grounds (Art 1A(2), "for reasons of") given as an object: before "got
    dict {}"."""
    assert _problems(_claim_with("reasons", "{}")) == [
        ("fears[0].reasons", "expected a list, got an object {}")
    ]


def test_f3_a_map_value_of_null_is_named_null() -> None:
    """``Claim.protection`` (Art 1A(2), the protection of the country of nationality): a value
    of null was "got None"."""
    doc = json.loads(rl.to_json(testing.north_korean_escapee()))
    doc["protection"] = {"PRK": None}
    ((path, message),) = _problems(json.dumps(doc))
    assert path == "protection['PRK']"
    assert message.endswith(", got null")
