"""``refugeelaw mcp`` end to end: the official MCP SDK's own client (``stdio_client`` and
``ClientSession``) starts ``python -m refugeelaw mcp`` and talks to it over stdio.

One server process serves the whole module. The client checks every structured result against the
tool's output schema itself (``ClientSession.validate_tool_result``), so each successful call here
also shows the output schema holds. The legal case is the articles' North Korean in China
(examples/north_korean_escapee.py): a refugee sur place (Handbook paras 94-96) whose return by
China in 2004 breaches Refugee Convention art. 33(1) and CAT art. 3(1).
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("mcp", reason="the optional extra refugeelaw[mcp]")

import jsonschema
from anyio.from_thread import BlockingPortal, start_blocking_portal
from mcp import ClientSession, types
from mcp.client.stdio import StdioServerParameters, get_default_environment, stdio_client

import refugeelaw as rl
from refugeelaw import mcp_server
from refugeelaw.cli import main

ROOT = Path(__file__).resolve().parents[1]
CLAIM = json.loads((ROOT / "examples" / "claims" / "north_korean_escapee.json").read_text())
TOOLS = [
    "assess_status",
    "assess_return",
    "obligations",
    "party_status",
    "resolve_conflict",
    "provision",
    "explain",
    "questions",
]


class Client:
    """The SDK's client session, called from synchronous tests through a blocking portal."""

    def __init__(self, portal: BlockingPortal, session: ClientSession) -> None:
        self.portal = portal
        self.session = session

    def tools(self) -> list[types.Tool]:
        return self.portal.call(self.session.list_tools).tools

    def call(self, name: str, arguments: dict[str, Any]) -> types.CallToolResult:
        result = self.portal.call(self.session.call_tool, name, arguments)
        assert isinstance(result, types.CallToolResult)
        return result

    def ok(self, name: str, arguments: dict[str, Any]) -> tuple[dict[str, Any], str]:
        """A call that must succeed: its structured content and its text."""
        result = self.call(name, arguments)
        text = result.content[0]
        assert isinstance(text, types.TextContent)
        assert not result.is_error, text.text
        assert isinstance(result.structured_content, dict)
        return result.structured_content, text.text

    def error(self, name: str, arguments: dict[str, Any]) -> str:
        """A call that must be a tool error (not a protocol error, not a crash): its text."""
        result = self.call(name, arguments)
        assert result.is_error
        assert result.structured_content is None
        text = result.content[0]
        assert isinstance(text, types.TextContent)
        assert "Traceback" not in text.text
        return text.text


@contextlib.asynccontextmanager
async def _connect() -> AsyncIterator[ClientSession]:
    # The server imports the package these tests import (the client passes the child only a
    # default environment, without PYTHONPATH: a checkout other than the installed one would
    # otherwise be tested against the installed one's server).
    source = str(Path(rl.__file__).resolve().parents[1])
    server = StdioServerParameters(
        command=sys.executable,
        args=["-m", "refugeelaw", "mcp"],
        env={**get_default_environment(), "PYTHONPATH": source},
    )
    async with stdio_client(server) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        yield session


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        start_blocking_portal() as portal,
        portal.wrap_async_context_manager(_connect()) as session,
    ):
        listed = Client(portal, session)
        listed.tools()  # the client learns the output schemas it then checks results against
        yield listed


def _expand(schema: Any, defs: dict[str, Any]) -> Any:
    """``schema`` with each ``$ref`` to the shared country list written out again."""
    if isinstance(schema, dict):
        if schema.get("$ref") == "#/$defs/country":
            rest = {k: _expand(v, defs) for k, v in schema.items() if k != "$ref"}
            return {**rest, "enum": defs["country"]["enum"]}
        return {k: _expand(v, defs) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_expand(v, defs) for v in schema]
    return schema


def test_the_server_lists_its_tools_with_the_librarys_json_schemas(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server is a fresh process: no instrument a user (another test) defined is in its
    # schemas, so the library's schemas here are made without them too.
    monkeypatch.setattr(rl.sources, "_USER_INSTRUMENTS", {})
    listed = {t.name: t for t in client.tools()}
    assert list(listed) == TOOLS
    for tool in listed.values():
        assert tool.description
        assert tool.annotations is not None
        assert tool.annotations.read_only_hint
        for schema in (tool.input_schema, tool.output_schema):
            assert schema is not None
            assert schema["type"] == "object"
            assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
            jsonschema.Draft202012Validator.check_schema(schema)
    status = listed["assess_status"].input_schema
    assert status["required"] == ["claim"]
    assert set(status["properties"]) == {"claim", "on", "state", "doctrine"}
    # The claim and the doctrine are the library's own schemas (the country list written once).
    defs = status["$defs"]
    for cls in (rl.Claim, rl.Doctrine):
        own = rl.json_schema(cls)
        body = {k: v for k, v in own.items() if k not in ("$schema", "$defs", "$id")}
        body = json.loads(
            json.dumps(body).replace('"$ref": "#"', f'"$ref": "#/$defs/{cls.__name__}"')
        )
        assert _expand(defs[cls.__name__], defs) == body
        for name, sub in own.get("$defs", {}).items():
            assert _expand(defs[name], defs) == sub
    # The doctrine's keys are the command line's --doctrine keys.
    from refugeelaw.cli import _DOCTRINE_FIELDS

    assert set(defs["Doctrine"]["properties"]) == set(_DOCTRINE_FIELDS)
    # A citation is the provision tool's whole input: the library's schema as it is.
    assert listed["provision"].input_schema == rl.json_schema(rl.Citation)
    # The schemas accept the real case and refuse what the library refuses.
    validator = jsonschema.Draft202012Validator(status)
    assert validator.is_valid({"claim": CLAIM, "on": "2004-06-30", "state": "CHN"})
    bad = {**CLAIM, "fears": [{**CLAIM["fears"][0], "likelihood": 1.7}]}
    assert not validator.is_valid({"claim": bad})
    assert not validator.is_valid({"claim": CLAIM, "state": "XXX"})
    assert not validator.is_valid({"claim": CLAIM, "doctrine": {"nexus": "any"}})


def test_assess_status_finds_the_north_korean_a_refugee_sur_place(client: Client) -> None:
    """Refugee Convention art. 1A(2) as amended by the 1967 Protocol, which China joined in 1982;
    fear of punishment for illegal exit arising after departure (Handbook paras 94-96)."""
    result, text = client.ok("assess_status", {"claim": CLAIM, "on": "2004-06-30", "state": "CHN"})
    assert (
        result
        == rl.assess_status(rl.from_dict(rl.Claim, CLAIM), on="2004-06-30", state="CHN").to_dict()
    )
    assert result["outcome"] == "refugee"
    assert (result["on"], result["state"], result["missing_facts"]) == ("2004-06-30", "CHN", [])
    assert text.startswith("Refugee status: REFUGEE")


def test_assess_return_says_china_may_not_return_him_to_the_dprk(client: Client) -> None:
    """Refugee Convention art. 33(1) and CAT art. 3(1) both bar the return (2004)."""
    result, text = client.ok(
        "assess_return", {"claim": CLAIM, "by": "CHN", "to": "PRK", "on": "2004-06-30"}
    )
    assert result["outcome"] == "prohibited"
    assert {"Refugee Convention art. 33(1)", "CAT art. 3(1)"} <= set(result["breaches"])
    assert "PROHIBITED" in text


def test_obligations_of_china_in_2004_include_article_33_and_the_1986_protocol(
    client: Client,
) -> None:
    result, text = client.ok("obligations", {"state": "CHN", "on": "2004-06-30"})
    cited = {(o["instrument"], o["provision"]) for o in result["obligations"]}
    assert ("refugee-convention-1951", "33(1)") in cited
    assert ("china-dprk-border-protocol-1986", "return") in cited
    assert (result["state"], result["on"]) == ("CHN", "2004-06-30")
    assert "China" in text


def test_party_status_china_bound_by_the_convention_since_1982_north_korea_not(
    client: Client,
) -> None:
    """China acceded on 24 September 1982; in force 90 days later (Convention art. 43(2))."""
    args = {"state": "CHN", "instrument": "refugee-convention-1951", "on": "2004-06-30"}
    result, text = client.ok("party_status", args)
    assert result["verdict"] == "met"
    assert "1982-12-23" in text
    result, _ = client.ok("party_status", {**args, "state": "PRK"})
    assert result["verdict"] == "not_met"


def test_party_status_takes_the_doctrine_the_other_tools_take(client: Client) -> None:
    """Taiwan as a treaty party follows `Doctrine.taiwan_outside_china`, as `obligations_of` does.

    On the reading that Taiwan is part of China (as Hong Kong and Macao are) it is no State whose
    participation could be asked about (VCLT art. 29: China's treaties reach its territory).
    """
    args = {"state": "TWN", "instrument": "cat-1984", "on": "2020-01-01"}
    result, _ = client.ok("party_status", args)
    assert result["verdict"] == "unknown"
    refused = client.error("party_status", {**args, "doctrine": {"taiwan_outside_china": False}})
    assert "part of China" in refused
    assert "give 'CHN'" in refused


def test_resolve_conflict_between_article_33_and_the_1986_border_protocol(client: Client) -> None:
    """Art 33(1) against the 1986 China-DPRK Protocol's duty to hand back border-crossers: with
    non-refoulement taken as peremptory it prevails (VCLT art. 53); left open, the ruling is
    unresolved and shows both branches."""
    args = {
        "state": "CHN",
        "first": {"instrument": "refugee-convention-1951", "provision": "33(1)"},
        "second": {"instrument": "china-dprk-border-protocol-1986", "provision": "return"},
        "on": "2004-06-30",
        "cited": [{"instrument": "un-charter-1945", "provision": "102"}],
    }
    result, _ = client.ok("resolve_conflict", args)
    assert result["rule"] == "unresolved"
    assert result["between"] == ["CHN", "PRK"]
    peremptory = {**args, "doctrine": {"non_refoulement_peremptory": True}}
    result, text = client.ok("resolve_conflict", peremptory)
    assert result["rule"] == "peremptory_norm"
    assert result["prevailing"]["instrument"] == "refugee-convention-1951"
    assert "PEREMPTORY_NORM" in text


def test_resolve_conflict_asks_which_treatys_article_18_duty_where_several_share_it(
    client: Client,
) -> None:
    """VCLT art. 18: the United States in 1990 had signed and not ratified CAT, the ICCPR and the
    American Convention, so it owed art. 18 three times, each under its treaty. The tool picked
    one of them silently; it now asks which (``first_under``), as the command line's labels do,
    and takes the one named."""
    args = {
        "state": "USA",
        "first": {"instrument": "vclt-1969", "provision": "18"},
        "second": {"instrument": "refugee-protocol-1967", "provision": "II(1)"},
        "on": "1990-06-01",
    }
    error = client.error("resolve_conflict", args)
    assert "first: VCLT art. 18 is owed by USA then under several treaties" in error
    assert "CAT; ICCPR; American Convention on Human Rights" in error
    assert "first_under" in error
    _, text = client.ok("resolve_conflict", {**args, "first_under": "cat"})
    # The ruling is on the duty named (its outcome, NO_CONFLICT: tests/test_precedence.py).
    assert "conflict between VCLT art. 18 (CAT) and 1967 Protocol art. II(1)" in text
    obligations = rl.obligations_of("USA", on="1990-06-01")
    wanted = rl.Citation("vclt-1969", "18")
    chosen = mcp_server._pick(obligations, wanted, "first", "USA", "ICCPR")
    assert chosen.owed_to == "the parties to ICCPR"
    wrong = client.error("resolve_conflict", {**args, "first_under": "ECHR"})
    assert "first_under: VCLT art. 18 is owed by USA then under: CAT; ICCPR" in wrong


def test_provision_gives_article_33_1_verbatim_with_its_citation(client: Client) -> None:
    result, text = client.ok(
        "provision", {"instrument": "refugee-convention-1951", "provision": "33(1)"}
    )
    assert result["verbatim"] is True
    assert result["text"].startswith("1. No Contracting State shall expel or return")
    assert text.startswith("Refugee Convention art. 33(1)\n\n1. No Contracting State")


def test_explain_as_markdown_and_as_text(client: Client) -> None:
    args = {"claim": CLAIM, "on": "2004-06-30", "state": "CHN", "format": "markdown"}
    result, text = client.ok("explain", args)
    assert result["outcome"] == "refugee"
    assert result["explanation"] == text
    assert text.startswith("# Refugee status: REFUGEE")
    result, text = client.ok(
        "explain", {"claim": CLAIM, "by": "CHN", "to": "PRK"} | {"on": "2004-06-30"}
    )
    assert result["outcome"] == "prohibited"
    assert "Refugee Convention art. 33(1)" in text


def test_questions_ask_for_the_reasons_when_they_are_unknown(client: Client) -> None:
    """Without the persecutor's reasons the nexus of Art 1A(2) is open: that is the question,
    and political opinion (imputed, for leaving) would make him a refugee."""
    unknown = {k: v for k, v in CLAIM["fears"][0].items() if k != "reasons"}
    args = {"claim": {**CLAIM, "fears": [unknown]}, "on": "2004-06-30", "state": "CHN"}
    result, text = client.ok("questions", args)
    assert result["outcome"] == "undetermined"
    first = result["questions"][0]
    assert (first["path"], first["kind"], first["decisive"]) == ("fears[0].reasons", "fact", True)
    leads = {a["label"]: a["status"] for a in first["answers"]}
    assert leads["political opinion"] == "refugee"
    assert "fears[0].reasons" in text
    result, text = client.ok("questions", {**args, "claim": CLAIM})
    assert (result["outcome"], result["questions"]) == ("refugee", [])
    assert "nothing left to ask" in text


def test_questions_text_states_the_standard_a_judgement_is_weighed_against(client: Client) -> None:
    """Art 1A(2)'s well-founded fear: the likelihood question carries the standard (a reasonable
    possibility, *Cardoza-Fonseca*), in the tool's text as in ``refugeelaw questions``."""
    unknown = {k: v for k, v in CLAIM["fears"][0].items() if k != "likelihood"}
    args = {"claim": {**CLAIM, "fears": [unknown]}, "on": "2004-06-30", "state": "CHN"}
    result, text = client.ok("questions", args)
    asked = {q["path"]: q for q in result["questions"]}
    standard = asked["fears[0].likelihood"]["standard"]
    assert standard
    assert f"   standard: {standard}" in text


@pytest.mark.parametrize(
    ("tool", "arguments", "message"),
    [
        (
            "assess_status",
            {"claim": {**CLAIM, "fears": [{**CLAIM["fears"][0], "likelihood": 1.7}]}},
            "claim.fears[0].likelihood: expected a number from 0 to 1, got 1.7",
        ),
        ("assess_status", {"claim": "x"}, "claim: expected a JSON object for Claim"),
        ("assess_status", {"claim": CLAIM, "colour": 1}, "colour: unknown argument"),
        ("assess_status", {"claim": CLAIM, "on": "03/04/1982"}, "on: "),
        ("assess_status", {"claim": CLAIM, "doctrine": {"nexus": "any"}}, "doctrine.nexus: "),
        ("assess_return", {"claim": CLAIM, "by": "CHN"}, "to: required"),
        ("assess_return", {"claim": CLAIM, "by": "CHN", "to": "XXX"}, "to: unknown ISO"),
        ("obligations", {"state": "XXX"}, "state: unknown ISO 3166-1 alpha-3 country code"),
        ("party_status", {"state": "CHN", "instrument": "nope", "on": "2004-06-30"}, "nope"),
        (
            "provision",
            {"instrument": "refugee-convention-1951", "provision": "99"},
            "provision: Refugee Convention has no art. 99",
        ),
        (
            "resolve_conflict",
            {
                "state": "CHN",
                "first": {"instrument": "refugee-convention-1951", "provision": "33(1)"},
                "second": {"instrument": "cat-1984", "provision": "2"},
            },
            "second: CAT art. 2 is not an obligation of CHN",
        ),
        ("explain", {"claim": CLAIM, "format": "html"}, "format: expected 'text' or 'markdown'"),
        ("questions", {"claim": CLAIM, "to": "PRK"}, "by: give by and to together"),
        (
            "questions",
            {
                "claim": {
                    **CLAIM,
                    "fears": [{"description": f"h{i}", "country": "PRK"} for i in range(150)],
                }
            },
            "more than the 100 that are asked about at once",
        ),
        ("no_such_tool", {}, "unknown tool 'no_such_tool'"),
    ],
)
def test_bad_input_is_a_tool_error_naming_the_path(
    client: Client, tool: str, arguments: dict[str, Any], message: str
) -> None:
    assert message in client.error(tool, arguments)


def test_the_server_keeps_serving_after_errors(client: Client) -> None:
    client.error("assess_status", {"claim": {"person": 7}})
    result, _ = client.ok("assess_status", {"claim": CLAIM, "on": "2004-06-30"})
    assert result["outcome"] == "refugee"


def test_without_the_extra_the_command_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "mcp", None)  # `import mcp` now fails as if not installed
    out, err = io.StringIO(), io.StringIO()
    assert main(["mcp"], out=out, err=err) == 69
    assert err.getvalue() == (
        "refugeelaw: the mcp command needs the optional extra: pip install 'refugeelaw[mcp]'\n"
    )
    assert out.getvalue() == ""


_INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2024-11-05",
        "capabilities": {},
        "clientInfo": {"name": "test", "version": "1"},
    },
}


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_failing_stream_is_the_systems_failure_not_the_librarys() -> None:
    """The documented exit statuses: 74 where the system could not read the input or write the
    output (a full disk; standard input closed), never 70, a fault of the library's, which the
    server's task group made of the write error it wrapped."""
    request = (json.dumps(_INITIALIZE) + "\n").encode()
    argv = [sys.executable, "-m", "refugeelaw", "mcp"]
    with open("/dev/full", "wb") as full:
        run = subprocess.run(argv, input=request, stdout=full, capture_output=False,
                             stderr=subprocess.PIPE, check=False)  # fmt: skip
    assert run.returncode == 74, run.stderr
    assert run.stderr.decode().startswith("refugeelaw: input or output failed")
    closed = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, check=False,
                            close_fds=True, preexec_fn=_close_stdin)  # fmt: skip
    assert closed.returncode == 74, closed.stderr
    assert b"standard input is closed" in closed.stderr


def _close_stdin() -> None:
    import os

    os.close(0)


def test_importing_the_library_and_its_server_module_does_not_import_the_sdk() -> None:
    code = (
        "import sys, refugeelaw, refugeelaw.cli, refugeelaw.mcp_server\n"
        "refugeelaw.mcp_server.tools()\n"
        "print(sorted(m for m in sys.modules if m == 'mcp' or m.startswith('mcp.')))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
    assert mcp_server.INSTALL_HINT.endswith("pip install 'refugeelaw[mcp]'")


def test_a_tool_error_stays_short_whatever_the_input() -> None:
    """Every problem is found, but the text an assistant reads is cut to about 2,000 characters."""
    fears = [{**CLAIM["fears"][0], "likelihood": 1.7}] * 500
    reply = mcp_server.call("assess_status", {"claim": {**CLAIM, "fears": fears}})
    assert reply.error
    assert reply.text.startswith("claim.fears[0].likelihood: expected a number from 0 to 1")
    assert len(reply.text) < mcp_server.MAX_ERROR_CHARS + 20
    assert reply.text.endswith("characters)")


def test_on_says_to_omit_it_for_today_and_the_word_today_is_refused_as_not_a_date() -> None:
    """The interface review's F3: every tool's ``on`` said "default: today", which invited
    ``"on": "today"``, refused as an "incomplete date". The description says to omit it for today,
    and the word is refused as not a date, naming the form expected."""
    described = {
        t.name: t.input_schema["properties"]["on"]["description"]
        for t in mcp_server.tools()
        if "on" in t.input_schema["properties"]
    }
    assert set(described) >= {"assess_status", "assess_return", "obligations", "party_status"}
    assert all(d.endswith("; omit for today") for d in described.values()), described
    assert not any("default: today" in d for d in described.values())
    reply = mcp_server.call(
        "party_status", {"state": "CHN", "instrument": "cat-1984", "on": "today"}
    )
    assert reply.error
    assert reply.text == (
        "on: not a date: 'today'; expected one as ISO (YYYY-MM-DD, e.g. 1982-09-24) or with a "
        "month name (24 September 1982)"
    )
    reply = mcp_server.call("obligations", {"state": "CHN", "on": "1 janvier 2010"})
    assert reply.error
    assert reply.text.startswith("on: not a date: '1 janvier 2010' names no month ('janvier'")
    omitted = mcp_server.call("party_status", {"state": "CHN", "instrument": "cat-1984"})
    assert not omitted.error


def _session(*lines: bytes) -> list[dict[str, Any]]:
    """The replies of a server given ``lines`` (after the handshake), its input then closed."""
    start = [
        json.dumps(_INITIALIZE).encode(),
        b'{"jsonrpc": "2.0", "method": "notifications/initialized"}',
    ]
    run = subprocess.run([sys.executable, "-m", "refugeelaw", "mcp"],
                         input=b"\n".join([*start, *lines]) + b"\n", capture_output=True,
                         check=False, timeout=300)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert b"Traceback" not in run.stderr
    replies = [json.loads(line) for line in run.stdout.splitlines()]
    assert replies[0]["id"] == 1  # the handshake
    return replies[1:]


def _tool_call(ident: int, name: str, arguments: str) -> bytes:
    head = (
        f'{{"jsonrpc": "2.0", "id": {ident}, "method": "tools/call", "params": {{"name": "{name}"'
    )
    return f'{head}, "arguments": {arguments}}}}}'.encode()


def test_a_key_given_twice_is_refused_at_its_path_as_from_json_and_the_cli_refuse_it() -> None:
    """The SDK would keep the last ``fears`` (none) and answer not_refugee: the server reads the
    line itself, as ``from_json`` reads it."""
    claim = json.dumps(CLAIM)
    twice = claim[:-1] + ', "fears": []}'  # the claim's harms, then none
    with pytest.raises(rl.InvalidInput, match=r"^fears: the key is given twice in one object$"):
        rl.from_json(rl.Claim, twice)
    replies = _session(
        _tool_call(2, "assess_status", f'{{"claim": {claim}, "on": "2004-06-30"}}'),
        _tool_call(3, "assess_status", f'{{"claim": {twice}, "on": "2004-06-30"}}'),
        _tool_call(4, "assess_status", f'{{"claim": {claim}, "claim": {{}}}}'),
    )
    replies.sort(key=lambda r: r["id"])  # the refusals come first, as soon as read
    assert [r["id"] for r in replies] == [2, 3, 4]
    assert replies[0]["result"]["structuredContent"]["outcome"] == "refugee"
    for reply, path in zip(replies[1:], ["claim.fears", "claim"], strict=True):
        assert reply["result"]["isError"] is True
        text = reply["result"]["content"][0]["text"]
        assert text == f"{path}: the key is given twice in one object"


def test_unreadable_lines_are_answered_with_a_parse_error_never_left_unanswered() -> None:
    replies = _session(
        b'{"jsonrpc": "2.0", "id": 2, "method": "ping", "params": {"x": "Zo\xeb"}}',  # Latin-1
        b'{"jsonrpc": "2.0", "id": 3, "method": "tools/ca',  # cut short
        _tool_call(4, "provision", '{"instrument": "\\ud800", "provision": "1"}'),
        b'{"jsonrpc": "2.0", "id": 5, "method": "ping", "params": {}, "params": {}}',
        b"[1, 2]",
        b'{"jsonrpc": "2.0", "id": 6, "method": "ping"}',
    )
    assert replies[0] == {
        "jsonrpc": "2.0",
        "id": None,
        "error": {
            "code": -32700,
            "message": "Parse error: not UTF-8 text: invalid continuation byte at byte 65",
        },
    }
    assert replies[1]["id"] is None
    assert replies[1]["error"]["code"] == -32700
    assert replies[1]["error"]["message"].startswith(
        "Parse error: not valid JSON: Unterminated string"
    )
    assert replies[2]["id"] == 4
    assert replies[2]["result"]["isError"] is True
    assert (
        replies[2]["result"]["content"][0]["text"]
        == "instrument: a lone surrogate (\\ud800) is not text"
    )
    assert replies[3]["id"] == 5
    assert replies[3]["error"] == {
        "code": -32600,
        "message": "Invalid Request: params: the key is given twice in one object",
    }
    assert replies[4]["id"] is None
    assert replies[4]["error"]["code"] == -32600
    assert replies[5] == {"jsonrpc": "2.0", "id": 6, "result": {}}
    assert len(replies) == 6


@pytest.mark.parametrize("ident", [b"null", b"5.5", b"5.0", b"true", b"[1]", b"{}"])
def test_a_request_whose_id_is_not_a_string_or_an_integer_is_refused_with_id_null(
    ident: bytes,
) -> None:
    """The SDK reads such a request as a notification and leaves it unanswered (the client waits
    for ever); the server answers it -32600 with id null (JSON-RPC 2.0, section 5): only a message
    without an ``"id"`` key is a notification, which no reply may answer."""
    refused = {
        "jsonrpc": "2.0",
        "id": None,
        "error": {"code": -32600, "message": "Invalid Request: id must be a string or an integer"},
    }
    replies = _session(
        b'{"jsonrpc": "2.0", "id": ' + ident + b', "method": "ping"}',
        b'{"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 99}}',
        b'{"jsonrpc": "2.0", "id": ' + ident + b', "method": "tools/call", "params": '
        b'{"name": "explain", "arguments": {"claim": {"fears": [], "fears": []}}}}',
        b'{"jsonrpc": "2.0", "id": 9, "method": "ping"}',
    )
    assert replies[0] == refused
    assert replies[1]["id"] is None  # unreadable arguments, and no id to answer a tool error to
    assert replies[1]["error"]["code"] == -32600
    assert replies[2] == {"jsonrpc": "2.0", "id": 9, "result": {}}
    assert len(replies) == 3  # the notification is not answered
    assert mcp_server._screen(b'{"id": ' + ident + b', "method": "x"}', 100) == (None, refused)


@pytest.mark.parametrize(
    ("arguments", "text"),
    [
        (b'{"claim": {"a.b": 1, "a.b": 2}}', "claim['a.b']: the key is given twice in one object"),
        (b'{"": 1, "": 2}', "['']: the key is given twice in one object"),
    ],
)
def test_a_key_of_a_tools_arguments_that_is_no_plain_name_is_quoted_in_its_tool_error(
    arguments: bytes, text: str
) -> None:
    """A key that is empty or holds ``.`` is quoted in the path (as ``from_json`` quotes it), and
    the refusal is still the tool's error naming it, not an invalid request."""
    line = b'{"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "explain", '
    message, reply = mcp_server._screen(line + b'"arguments": ' + arguments + b"}}", 1000)
    assert message is None
    assert reply is not None
    assert reply["result"] == {"content": [{"type": "text", "text": text}], "isError": True}


def test_a_request_over_the_size_limit_is_refused_naming_the_limit() -> None:
    from refugeelaw.serialize import MAX_RECORD_BYTES

    big = json.dumps({"claim": {**CLAIM, "notes": "x" * MAX_RECORD_BYTES}})
    replies = _session(
        _tool_call(2, "assess_status", big), b'{"jsonrpc": "2.0", "id": 3, "method": "ping"}'
    )
    assert replies == [
        {
            "jsonrpc": "2.0",
            "id": 2,
            "error": {
                "code": -32600,
                "message": "Invalid Request: larger than 1,048,576 bytes, the most the server reads "
                "in one request",
            },
        },
        {"jsonrpc": "2.0", "id": 3, "result": {}},
    ]


def test_every_request_read_before_the_input_closes_is_answered() -> None:
    calls = [
        _tool_call(i, "obligations", '{"state": "CHN", "on": "2004-06-30"}') for i in range(2, 22)
    ]
    replies = _session(*calls)
    assert sorted(r["id"] for r in replies) == list(range(2, 22))
    assert not any(r["result"]["isError"] for r in replies)


@pytest.mark.parametrize(
    "head",
    [
        b'{"id": "\x01abc", "method": "ping", "params": "',  # a control character in the id
        b'{"id": "\xff\xfe", "method": "ping", "params": "',  # an id that is not UTF-8
        b'{"id": ' + b"9" * 5000 + b', "method": "ping", "params": "',  # too many digits
        b'{"id": 12.5, "method": "ping", "params": "',  # not an id JSON-RPC allows
    ],
)
def test_an_over_long_request_whose_id_cannot_be_read_back_is_refused_with_id_null(
    head: bytes,
) -> None:
    """A request over the size limit is answered from its first bytes; an id those bytes cannot
    give back exactly is answered with id null (JSON-RPC 2.0, section 5), never raised out of the
    reader (which ended the server) nor read as another request's id (12.5 as 12)."""
    from refugeelaw.mcp_server import _screen

    message, reply = _screen(head + b"x" * 200, 100)
    assert message is None
    assert reply is not None
    assert reply["id"] is None
    assert reply["error"]["code"] == -32600
    assert "larger than 100 bytes" in reply["error"]["message"]


def test_assess_return_flags_art_33_1_provisional_beside_cat() -> None:
    """Refugee Convention art. 33(1) with Art 1F(b) raised and undecided, beside CAT art. 3(1)
    (an escapee facing torture, China 2004): the tool's output lists art. 33(1) among the
    ``breaches`` and in ``provisional``, names what it waits on (interface review F1), and
    validates against the tool's output schema. (In process: the stdio server runs the
    installed package.)"""
    from refugeelaw import testing

    claim = rl.to_dict(testing.north_korean_escapee(exclusion_pending={"1F(b)"}))
    reply = mcp_server.call(
        "assess_return", {"claim": claim, "by": "CHN", "to": "PRK", "on": "2004-06-30"}
    )
    structured = reply.structured
    assert structured is not None
    assert structured["outcome"] == "prohibited"
    assert structured["provisional"] == ["Refugee Convention art. 33(1)"]
    assert "Refugee Convention art. 33(1)" in structured["breaches"]
    assert structured["pending_status_facts"] == ["exclusion_pending['1F(b)']"]
    tool = next(t for t in mcp_server.tools() if t.name == "assess_return")
    jsonschema.Draft202012Validator(tool.output_schema).validate(structured)
