"""A Model Context Protocol server: ``refugeelaw mcp`` (the optional extra ``refugeelaw[mcp]``).

An AI assistant that speaks MCP starts ``refugeelaw mcp`` and talks to it over standard input and
output. Each tool takes the library's own JSON (its input schema is built from
:func:`refugeelaw.json_schema`, JSON Schema 2020-12) and returns the library's JSON as structured
content, with the explanation as text. Bad input is a tool error naming the JSON path, never a
crash.

This module is at the edge, like ``refugeelaw.cli``: the tools and their schemas are plain
Python (:func:`tools`, :func:`call`), and only :func:`serve` imports the ``mcp`` SDK.

>>> [t.name for t in tools()]
['assess_status', 'assess_return', 'obligations', 'party_status', 'resolve_conflict', 'provision', 'explain', 'questions']
>>> reply = call("provision", {"instrument": "refugee-convention-1951", "provision": "33(1)"})
>>> reply.error, reply.structured["citation"]
(False, {'instrument': 'refugee-convention-1951', 'provision': '33(1)'})
>>> reply = call("obligations", {"state": "XXX"})
>>> reply.error, reply.text
(True, "state: unknown ISO 3166-1 alpha-3 country code 'XXX'")
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from .dates import parse_date, today
from .doctrine import Doctrine
from .errors import InvalidInput, Problem, shown

if TYPE_CHECKING:
    from .sources import Provision

__all__ = ["INSTALL_HINT", "Param", "Reply", "Tool", "call", "serve", "tools"]

INSTALL_HINT = "the mcp command needs the optional extra: pip install 'refugeelaw[mcp]'"


class Reply(NamedTuple):
    """What a tool call gives back: the structured result (JSON-ready), its text, and whether it
    is a tool error (then ``structured`` is ``None`` and ``text`` names the path at fault)."""

    structured: dict[str, Any] | None
    text: str
    error: bool = False


class Tool(NamedTuple):
    """One tool: its name, description, input and output schemas, how its arguments are read
    (raising :class:`~refugeelaw.InvalidInput` naming each path at fault) and what it does with
    them (its structured result and its text)."""

    name: str
    description: str
    input_schema: dict[str, Any]
    output_schema: dict[str, Any]
    read: Callable[[Any], dict[str, Any]]
    run: Callable[[dict[str, Any]], tuple[dict[str, Any], str]]


class Param(NamedTuple):
    """A tool argument: its schema (a class of the library, or a schema of one of its fields),
    how it is read, and its default (``_REQUIRED``: none)."""

    schema: Any
    read: Callable[[Any, str], Any]
    default: Any
    description: str


_REQUIRED = object()
MAX_ERROR_CHARS = 2000  # a tool error's text is cut to about this length
_SCHEMA = "https://json-schema.org/draft/2020-12/schema"


# ---------------------------------------------------------------------------------------------
# Schemas: the library's own, composed into one document per tool
# ---------------------------------------------------------------------------------------------


def _embed(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """:func:`refugeelaw.serialize.embed_schema`, loaded when a schema is first built."""
    from .serialize import embed_schema

    return embed_schema(cls, defs)


def _field(cls: type, name: str) -> dict[str, Any]:
    """The schema of one field of a public class (its references made absolute), for an argument
    that takes what that field takes (one that refers to no other definition)."""
    defs: dict[str, Any] = {}
    schema: dict[str, Any] = copy.deepcopy(_embed(cls, defs)["properties"][name])
    if "$ref" in json.dumps(schema):
        raise TypeError(f"{cls.__name__}.{name}: a field schema with references")
    return schema


def _object(
    properties: Mapping[str, Any], required: list[str], defs: dict[str, Any], *, closed: bool
) -> dict[str, Any]:
    schema: dict[str, Any] = {"$schema": _SCHEMA, "type": "object", "properties": dict(properties)}
    if required:
        schema["required"] = required
    if closed:
        schema["additionalProperties"] = False
    if defs:
        schema["$defs"] = defs
    return _countries_once(schema)


def _input_schema(params: Mapping[str, Param]) -> dict[str, Any]:
    defs: dict[str, Any] = {}
    properties = {}
    for name, param in params.items():
        if isinstance(param.schema, type):
            _embed(param.schema, defs)
            prop: dict[str, Any] = {"$ref": f"#/$defs/{param.schema.__name__}"}
        else:
            prop = copy.deepcopy(param.schema)
        properties[name] = {**prop, "description": param.description}
    required = [n for n, p in params.items() if p.default is _REQUIRED]
    return _object(properties, required, defs, closed=True)


# What a summary (``to_dict()``) holds under a method's or property's name.
_STRINGS = {"type": "array", "items": {"type": "string"}}
_DERIVED = {
    "missing_facts": _STRINGS,
    "pending_status_facts": _STRINGS,
    "assumptions": _STRINGS,
    "breached_provisions": _STRINGS,
    "undecided_provisions": _STRINGS,
    "provisional_provisions": _STRINGS,
}


def _summary_schema(cls: Any) -> dict[str, Any]:
    """The JSON Schema of ``cls().to_dict()`` (a result's summary, see ``__summary__``): each key
    holds what the field of that name holds; a key the library adds later and this table does
    not know is left open."""
    defs: dict[str, Any] = {}
    body = _embed(cls, defs)
    properties = {
        key: copy.deepcopy(body["properties"].get(name, _DERIVED.get(name, {})))
        for key, name in cls.__summary__
    }
    return _object(properties, [key for key, _ in cls.__summary__], defs, closed=False)


def _class_schema(cls: type) -> dict[str, Any]:
    from .serialize import json_schema

    return _countries_once(json_schema(cls))


def _wrapped(properties: Mapping[str, Any]) -> dict[str, Any]:
    """An output object whose properties are classes (a list of them: ``[cls]``) or schemas."""
    defs: dict[str, Any] = {}
    props: dict[str, Any] = {}
    for name, spec in properties.items():
        if isinstance(spec, list):
            _embed(spec[0], defs)
            props[name] = {"type": "array", "items": {"$ref": f"#/$defs/{spec[0].__name__}"}}
        elif isinstance(spec, type):
            _embed(spec, defs)
            props[name] = {"$ref": f"#/$defs/{spec.__name__}"}
        else:
            props[name] = spec
    return _object(props, list(props), defs, closed=True)


def _countries_once(schema: dict[str, Any]) -> dict[str, Any]:
    """The same schema with the list of country codes written once, in ``$defs/country``, and
    referred to wherever it stood (the list is most of a claim's schema otherwise)."""
    from .countries import accepted_codes

    codes = sorted(accepted_codes())

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if node.get("enum") == codes:
                node = {k: v for k, v in node.items() if k != "enum"}
                node["$ref"] = "#/$defs/country"
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    text = json.dumps(schema)
    if json.dumps(codes) not in text:
        return schema
    out: dict[str, Any] = walk(schema)
    out.setdefault("$defs", {})["country"] = {
        "enum": codes,
        "description": "an ISO 3166-1 alpha-3 country code",
    }
    return out


# ---------------------------------------------------------------------------------------------
# Arguments
# ---------------------------------------------------------------------------------------------


def _of(cls: type) -> Callable[[Any, str], Any]:
    def read(value: Any, path: str) -> Any:
        from .serialize import from_dict

        try:
            return from_dict(cls, value)
        except InvalidInput as exc:
            raise exc.under(path) from None

    return read


def _date(value: Any, path: str) -> dt.date:
    return parse_date(value, field=path)


def _country(value: Any, path: str) -> str:
    from .countries import check_country

    return check_country(value, field=path)


def _opt_country(value: Any, path: str) -> str | None:
    return None if value is None else _country(value, path)


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput([Problem(path, f"expected a non-empty string, got {shown(value)}")])
    return value


def _format(value: Any, path: str) -> str:
    if value not in ("text", "markdown"):
        raise InvalidInput([Problem(path, f"expected 'text' or 'markdown', got {shown(value)}")])
    return str(value)


def _citations(value: Any, path: str) -> list[Any]:
    from .sources import Citation

    if not isinstance(value, list):
        raise InvalidInput([Problem(path, f"expected a list of citations, got {shown(value)}")])
    return [_of(Citation)(item, f"{path}[{i}]") for i, item in enumerate(value)]


def _parse(params: Mapping[str, Param], arguments: Any) -> dict[str, Any]:
    """The tool's arguments, each read by its parser; every problem found, with its path."""
    if arguments is None:
        arguments = {}
    if not isinstance(arguments, Mapping):
        raise InvalidInput([Problem("", f"expected a JSON object, got {shown(arguments)}")])
    problems = [
        Problem(str(name), f"unknown argument (expected one of: {', '.join(params)})")
        for name in arguments
        if name not in params
    ]
    values: dict[str, Any] = {}
    for name, param in params.items():
        if name not in arguments:
            if param.default is _REQUIRED:
                problems.append(Problem(name, "required"))
            else:
                values[name] = param.default() if callable(param.default) else param.default
            continue
        try:
            values[name] = param.read(arguments[name], name)
        except InvalidInput as exc:
            problems.extend(exc.problems)
    if problems:
        raise InvalidInput(problems)
    return values


# ---------------------------------------------------------------------------------------------
# The tools
# ---------------------------------------------------------------------------------------------


def _claim() -> Param:
    from .facts import Claim

    return Param(Claim, _of(Claim), _REQUIRED, "the facts of the case (the library's Claim)")


def _on() -> Param:
    from .results import StatusDetermination

    return Param(
        _field(StatusDetermination, "on"),
        _date,
        today,
        "the date of the assessment, ISO (YYYY-MM-DD); omit for today",
    )


def _doctrine() -> Param:
    return Param(
        Doctrine,
        _of(Doctrine),
        Doctrine,
        "contested positions to take (the command line's --doctrine keys); default: the "
        "library's defaults",
    )


def _status_params() -> dict[str, Param]:
    from .results import StatusDetermination

    return {
        "claim": _claim(),
        "on": _on(),
        "state": Param(
            _field(StatusDetermination, "state"),
            _opt_country,
            None,
            "the state whose regime applies (its dateline and geographic limitation); "
            "default: the Convention as amended by the 1967 Protocol",
        ),
        "doctrine": _doctrine(),
    }


def _return_params() -> dict[str, Param]:
    from .results import ReturnAssessment

    return {
        "claim": _claim(),
        "by": Param(_field(ReturnAssessment, "by"), _country, _REQUIRED, "the returning state"),
        "to": Param(_field(ReturnAssessment, "to"), _country, _REQUIRED, "the destination"),
        "on": _on(),
        "doctrine": _doctrine(),
    }


def _either_params() -> dict[str, Param]:
    """A claim's status, or with ``by`` and ``to`` its return."""
    from .results import ReturnAssessment

    params = _status_params()
    for name, what in (("by", "the returning state"), ("to", "the destination")):
        params[name] = Param(
            _field(ReturnAssessment, name),
            _country,
            None,
            f"for a return: {what} (give by and to together; without them, refugee status)",
        )
    return params


def _assess(args: dict[str, Any]) -> Any:
    from .law.refoulement import assess_return
    from .law.status import assess_status

    by, to = args.get("by"), args.get("to")
    if (by is None) != (to is None):
        missing = "to" if to is None else "by"
        raise InvalidInput([Problem(missing, "give by and to together (a return), or neither")])
    if by is not None and to is not None:
        if args.get("state") is not None:
            raise InvalidInput([Problem("state", "not used for a return (by and to say who)")])
        return assess_return(args["claim"], by=by, to=to, on=args["on"], doctrine=args["doctrine"])
    return assess_status(
        args["claim"], on=args["on"], state=args.get("state"), doctrine=args["doctrine"]
    )


def _run_status(args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    result = _assess(args)
    return result.to_dict(), result.explain()


def _run_return(args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    return _run_status(args)


def _run_obligations(args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    from .law.obligations import explain_obligations, obligations_of
    from .provenance import provenance
    from .render import render_tree
    from .serialize import to_dict

    state, on, doctrine = args["state"], args["on"], args["doctrine"]
    found = obligations_of(state, on=on, doctrine=doctrine)
    text = render_tree(explain_obligations(state, on=on, doctrine=doctrine), "text")
    made = to_dict(provenance(doctrine, on))
    listed = {"state": state, "on": on.isoformat(), "obligations": to_dict(list(found))}
    return {**listed, "provenance": made}, text


def _run_party(args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    from .render import render_tree
    from .serialize import to_dict
    from .states import party_status

    finding = party_status(
        args["state"], args["instrument"], on=args["on"], doctrine=args["doctrine"]
    )
    return to_dict(finding), render_tree(finding, "text")


def _pick(
    obligations: tuple[Any, ...], wanted: Any, path: str, state: str, under: str | None = None
) -> Any:
    """The obligation whose citation is ``wanted``; where several share it (VCLT art. 18, once for
    each treaty signed and not yet ratified), the one owed under the treaty ``under`` names (as
    the obligations tool's ``owed_to`` does, "the parties to CAT": "CAT"), never one of them
    picked silently."""
    match = [o for o in obligations if o.citation == wanted]
    if not match:
        known = "; ".join(f"{o.citation.instrument} {o.citation.provision}" for o in obligations)
        raise InvalidInput(
            [Problem(path, f"{wanted} is not an obligation of {state} then (known: {known})")]
        )
    treaties = [_owed_under(o) for o in match]
    if under is not None:
        chosen = [o for o, t in zip(match, treaties, strict=True) if t.lower() == under.lower()]
        if len(chosen) != 1:
            raise InvalidInput(
                [
                    Problem(
                        f"{path}_under",
                        f"{wanted} is owed by {state} then under: {'; '.join(treaties)}; "
                        f"{under!r} names none of them",
                    )
                ]
            )
        return chosen[0]
    if len(match) > 1:
        raise InvalidInput(
            [
                Problem(
                    path,
                    f"{wanted} is owed by {state} then under several treaties "
                    f"({'; '.join(treaties)}): say which with {path}_under",
                )
            ]
        )
    return match[0]


def _owed_under(obligation: Any) -> str:
    """The treaty an obligation is owed under, as the command line's ``conflict`` labels it."""
    owed: str = obligation.owed_to
    return owed.removeprefix("the parties to ")


def _run_conflict(args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    from .law.obligations import obligations_of
    from .law.precedence import resolve_conflict
    from .serialize import to_dict

    state, on, doctrine = args["state"], args["on"], args["doctrine"]
    found = obligations_of(state, on=on, doctrine=doctrine)
    first = _pick(found, args["first"], "first", state, args["first_under"])
    second = _pick(found, args["second"], "second", state, args["second_under"])
    ruling = resolve_conflict(first, second, on=on, doctrine=doctrine, cited=args["cited"])
    return to_dict(ruling), ruling.explain()


def _run_provision(args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    from .serialize import to_dict
    from .sources import _mark, _parts, provision

    cited = args["citation"]
    found = provision(cited.instrument, cited.provision)
    held = [p for p in _parts(cited.instrument, cited.provision) if p.held]
    mixed = found.held and len({(p.verbatim, p.status) for p in held}) > 1
    said = (
        "no text held"
        if not found.held
        else _mixed(held)
        if mixed
        else "verbatim"
        if found.verbatim
        else "the library's paraphrase, not a quotation"
    )
    status = f"{found.status}, the weakest of its parts" if mixed else found.status
    # Each part that is not a verbatim, verified text: marked after its citation in the text of an
    # instrument's provisions; for an article's sub-units, joined unlabelled, listed here.
    listed = [f"{p.citation}{_mark(p)}" for p in held if _mark(p)] if mixed else []
    lines = [
        f"{found.citation}",
        "",
        found.wording,
        "",
        f"({said}; status: {status})",
        *(
            (
                ["Each part not a verbatim, verified text is marked after its citation."]
                if not cited.provision
                else ["Parts not a verbatim, verified text:", *[f"- {x}" for x in listed]]
            )
            if listed
            else []
        ),
        *[f"Source: {source}" for source in found.sources],
    ]
    return to_dict(found), "\n".join(lines)


def _mixed(parts: list[Provision]) -> str:
    """What a provision joined from parts that differ in wording or status is: how many parts are
    verbatim, how many the library's paraphrase, and which statuses they have."""
    from .sources import _STATUSES

    n, verbatim = len(parts), sum(p.verbatim for p in parts)
    kinds = (
        f"all {n} parts verbatim"
        if verbatim == n
        else f"all {n} parts the library's paraphrase, not a quotation"
        if not verbatim
        else f"{verbatim} of its {n} parts verbatim, {n - verbatim} the library's paraphrase, "
        "not a quotation"
    )
    statuses = ", ".join(s for s in _STATUSES if any(p.status == s for p in parts))
    return f"mixed: {kinds}; statuses {statuses}"


def _run_explain(args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    result = _assess(args)
    text = result.explain(args["format"])
    return {"outcome": result.outcome.value, "format": args["format"], "explanation": text}, text


def _run_questions(args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    from .questions import askable, none_asked
    from .serialize import to_dict

    result = _assess(args)
    askable(result)  # a claim with very many open facts is refused, not asked about for hours
    asked = result.questions()
    lines = [str(result)]
    if not asked:  # decided, or undetermined with nothing the claim can answer
        said = none_asked(result)
        lines.append(f"{said[0].upper()}{said[1:]}.")
    for i, q in enumerate(asked, 1):
        cites = "; ".join(str(c) for c in q.citations)
        mark = " (decisive)" if q.decisive else ""
        lines.append(f"{i}. [{q.kind.value}] {q.text}{mark}")
        lines.append(f"   {q.path}" + (f" [{cites}]" if cites else ""))
        if q.standard:  # what a judgement's answer is weighed against, as the CLI prints it
            lines.append(f"   standard: {q.standard}")
        lines.extend(f"   {a.label} -> {a.outcome.name}" for a in q.answers)
    pending = getattr(result, "pending_status_facts", None)  # a return's provisional bar
    reply = {
        "outcome": result.outcome.value,
        "questions": to_dict(list(asked)),
        "missing_facts": list(result.missing_facts()),
        "pending_status_facts": list(pending()) if pending is not None else [],
    }
    return reply, "\n".join(lines)


def _build() -> tuple[Tool, ...]:
    from .logic import Finding
    from .provenance import Provenance
    from .questions import Question
    from .results import PrecedenceRuling, ReturnAssessment, StateObligation, StatusDetermination
    from .sources import Citation, Provision

    status, ret, either = _status_params(), _return_params(), _either_params()
    explain = {
        **either,
        "format": Param({"enum": ["text", "markdown"]}, _format, "text", "text or markdown"),
    }
    obligation_state = Param(
        _field(StateObligation, "state"), _country, _REQUIRED, "the state (ISO alpha-3)"
    )
    obligations = {"state": obligation_state, "on": _on(), "doctrine": _doctrine()}
    party = {
        "state": obligation_state,
        "instrument": Param(
            _field(Citation, "instrument"),
            _text,
            _REQUIRED,
            "the treaty's key, e.g. refugee-convention-1951, cat-1984",
        ),
        "on": _on(),
        "doctrine": _doctrine(),
    }
    pick = "an obligation of the state, by its citation (as the obligations tool lists it)"
    under = (
        "where several obligations share the citation (VCLT art. 18, once for each treaty signed "
        "and not yet ratified), the treaty it is owed under, as the obligations tool's owed_to "
        "names it without 'the parties to' (e.g. CAT)"
    )
    conflict = {
        "state": obligation_state,
        "first": Param(Citation, _of(Citation), _REQUIRED, pick),
        "second": Param(Citation, _of(Citation), _REQUIRED, pick),
        "first_under": Param({"type": "string", "minLength": 1}, _text, None, under),
        "second_under": Param({"type": "string", "minLength": 1}, _text, None, under),
        "on": _on(),
        "doctrine": _doctrine(),
        "cited": Param(
            {"type": "array", "items": {"$ref": "#/$defs/Citation"}},
            _citations,
            list,
            "provisions the argument for the conflict relied on, to be checked "
            "(e.g. the UN Charter's art. 102)",
        ),
    }

    def citation(arguments: Any) -> dict[str, Any]:
        """The provision tool's arguments: a citation, as the library's JSON writes one."""
        return {"citation": _of(Citation)({} if arguments is None else arguments, "")}

    def tool(
        name: str,
        description: str,
        params: dict[str, Param],
        output: dict[str, Any],
        run: Callable[[dict[str, Any]], tuple[dict[str, Any], str]],
    ) -> Tool:
        read = functools.partial(_parse, params)
        return Tool(name, description, _input_schema(params), output, read, run)

    return (
        tool(
            "assess_status",
            "Is this person a refugee (1951 Convention art. 1, as amended by the 1967 Protocol)? "
            "Returns the outcome (refugee, not_refugee, excluded, ceased, undetermined), the "
            "reasoning tree with citations, the facts that would decide an undetermined case "
            "and the doctrinal positions relied on.",
            status,
            _summary_schema(StatusDetermination),
            _run_status,
        ),
        tool(
            "assess_return",
            "May state `by` return this person to `to` on a date (Refugee Convention art. 33, "
            "CAT art. 3, ICCPR arts 6-7, customary non-refoulement)? Returns the outcome "
            "(PROHIBITED, PERMITTED, UNDETERMINED), the provisions the return would breach and "
            "the reasoning.",
            ret,
            _summary_schema(ReturnAssessment),
            _run_return,
        ),
        tool(
            "obligations",
            "What binds a state on a date (treaty, custom, peremptory norms), and why.",
            obligations,
            _wrapped(
                {
                    "state": _field(StateObligation, "state"),
                    "on": _field(StatusDetermination, "on"),
                    "obligations": [StateObligation],
                    "provenance": Provenance,
                }
            ),
            _run_obligations,
        ),
        tool(
            "party_status",
            "Is a state bound by a treaty on a date? A three-valued finding (met, not_met, "
            "unknown where the data cannot say) citing the record, its source and the data's "
            "horizon.",
            party,
            _class_schema(Finding),
            _run_party,
        ),
        tool(
            "resolve_conflict",
            "Two conflicting obligations of a state: which prevails (VCLT arts 30, 53, 64; UN "
            "Charter art. 103; lex specialis), between whom, and what responsibility remains.",
            conflict,
            _class_schema(PrecedenceRuling),
            _run_conflict,
        ),
        Tool(
            "provision",
            "The text of a provision the library holds, with its citation, sources and whether "
            "it is verbatim. An empty `provision` gives the provisions of the instrument the "
            "library holds (not the whole instrument), each under its citation, marked after it "
            'where it is not a verbatim, verified text ("[paraphrase, unverified]"); a parent '
            'pinpoint ("33") its sub-units in order. Parts that differ are said to be mixed.',
            _class_schema(Citation),  # a citation is the whole input
            _class_schema(Provision),
            citation,
            _run_provision,
        ),
        tool(
            "explain",
            "The reasoning on a claim as text or Markdown: its refugee status, or with `by` and "
            "`to` whether the return is barred.",
            explain,
            _wrapped(
                {
                    "outcome": {"type": "string"},
                    "format": {"enum": ["text", "markdown"]},
                    "explanation": {"type": "string"},
                }
            ),
            _run_explain,
        ),
        tool(
            "questions",
            "What to ask next about an undecided claim (its status, or with `by` and `to` its "
            "return): ranked questions, each with the outcome every answer leads to; empty "
            "when decided, except for a return prohibited only while the refugee status is "
            "pending determination: the facts that status waits on.",
            either,
            _wrapped(
                {
                    "outcome": {"type": "string"},
                    "questions": [Question],
                    "missing_facts": {"type": "array", "items": {"type": "string"}},
                    "pending_status_facts": {"type": "array", "items": {"type": "string"}},
                }
            ),
            _run_questions,
        ),
    )


_TOOLS: tuple[Tool, ...] | None = None


def tools() -> tuple[Tool, ...]:
    """The server's tools, in the order it lists them (built once)."""
    global _TOOLS
    if _TOOLS is None:
        _TOOLS = _build()
    return _TOOLS


def call(name: str, arguments: Any) -> Reply:
    """Run tool ``name`` on ``arguments`` (a JSON object). Never raises: bad input, an unknown
    tool or a fault of the library's is a tool error whose text says what went wrong and where."""
    from .serialize import shorten

    found = {t.name: t for t in tools()}.get(name)
    if found is None:
        return Reply(
            None, f"unknown tool {shown(name)} (tools: {', '.join(t.name for t in tools())})", True
        )
    try:
        structured, text = found.run(found.read(arguments))
    except InvalidInput as exc:
        return Reply(None, shorten(str(exc), MAX_ERROR_CHARS), True)
    except Exception as exc:  # a fault of the library's: reported, never a crash
        message = f"internal error ({type(exc).__name__}: {exc}); please report it"
        return Reply(None, shorten(message, MAX_ERROR_CHARS), True)
    return Reply(structured, text)


# ---------------------------------------------------------------------------------------------
# What the server reads: one JSON-RPC message a line, read strictly (as ``from_json`` reads)
# ---------------------------------------------------------------------------------------------

_PARSE_ERROR, _INVALID_REQUEST = -32700, -32600  # JSON-RPC 2.0's codes
# The id of a request too large to read, where it comes first (after "jsonrpc" or "method", as
# the SDK's clients write it): a top-level key, since no object or array can come before it.
_FIRST_ID = re.compile(
    rb'\s*\{(?:\s*"(?:jsonrpc|method)"\s*:\s*"[^"\\]*"\s*,)*\s*"id"\s*:\s*'
    rb'(-?[0-9]{1,19}|"[^"\\]*")\s*[,}]'
)


def _error(ident: Any, code: int, message: str) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": ident, "error": {"code": code, "message": message}}


def _ident(message: Any) -> Any:
    """A request's id (``None`` if it has none JSON-RPC allows)."""
    ident = message.get("id") if isinstance(message, dict) else None
    return ident if isinstance(ident, (int, str)) and not isinstance(ident, bool) else None


_BAD_ID = "id must be a string or an integer"


def _bad_id(message: Any) -> bool:
    """Whether ``message`` is a request whose id MCP does not allow (null, a fraction, a boolean,
    an array, an object). Only a message without an ``"id"`` key is a notification; the SDK would
    read such a request as one and leave it unanswered, so the server refuses it itself."""
    return (
        isinstance(message, dict)
        and "method" in message
        and "id" in message
        and _ident(message) is None
    )


def _argument_path(path: str) -> str | None:
    """A path under a tool call's arguments as the tool names it (``claim.fears``; a key that is
    no plain name quoted: ``['a.b']``), else None."""
    prefix = "params.arguments"
    if path == prefix:
        return ""
    if path.startswith(prefix + "["):
        return path[len(prefix) :]
    return path[len(prefix) + 1 :] if path.startswith(prefix + ".") else None


def _screen(line: bytes, limit: int) -> tuple[Any, dict[str, Any] | None]:
    """One line of the server's input (at most ``limit`` bytes, else cut to ``limit + 1``): its
    message, read as :func:`refugeelaw.serialize.loads` reads (UTF-8, no key given twice, no lone
    surrogate...), or ``None`` and the JSON-RPC reply refusing it (``None`` too for a notification
    refused, which no reply may answer).

    A request the server cannot read is answered, never dropped: text that is not JSON or not
    UTF-8 with a parse error (-32700, id null), a tool call whose arguments break a rule with a
    tool error naming the path, anything else with an invalid request error (-32600). A request
    whose id is not a string or an integer (null, 5.5, true, an array) is one of these, answered
    with id null: only a message without an ``"id"`` key is a notification.

    >>> line = b'{"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": "explain", '
    >>> line += b'"arguments": {"claim": {"fears": [{}], "fears": []}}}}'
    >>> _screen(line, 1000)[1]["result"]
    {'content': [{'type': 'text', 'text': 'claim.fears: the key is given twice in one object'}], 'isError': True}
    >>> _screen(b'{"jsonrpc": "2.0", "id": 8, "method": "ping"', 1000)[1]["error"]["code"]
    -32700
    >>> _screen(b'{"jsonrpc": "2.0", "id": 5.5, "method": "ping"}', 1000)[1]
    {'jsonrpc': '2.0', 'id': None, 'error': {'code': -32600, 'message': 'Invalid Request: id must be a string or an integer'}}
    """
    from .serialize import _long_int, loads, shorten

    if len(line) > limit and not line.endswith(b"\n"):
        found = _FIRST_ID.match(line)
        try:  # an id the server cannot read back (a control character, not UTF-8): none
            ident = _ident({"id": json.loads(found.group(1))}) if found else None
        except ValueError:
            ident = None
        limited = f"larger than {limit:,} bytes, the most the server reads in one request"
        return None, _error(ident, _INVALID_REQUEST, f"Invalid Request: {limited}")
    line = line.rstrip(b"\r\n")
    try:
        message = loads(line)
    except InvalidInput as exc:
        refused = exc
    else:
        if _bad_id(message):
            return None, _error(None, _INVALID_REQUEST, f"Invalid Request: {_BAD_ID}")
        return message, None
    text = shorten(str(refused), MAX_ERROR_CHARS)
    try:  # read leniently, for whose request it is (an integer too long to read kept as a mark)
        message = json.loads(line, parse_int=_long_int)
    except (ValueError, RecursionError):
        return None, _error(None, _PARSE_ERROR, f"Parse error: {text}")
    ident = _ident(message)
    if ident is None:  # a notification (no reply allowed) or no request at all
        notification = isinstance(message, dict) and "method" in message and "id" not in message
        return None, (
            None if notification else _error(None, _INVALID_REQUEST, f"Invalid Request: {text}")
        )
    paths = [_argument_path(p.path) for p in refused.problems]
    if message.get("method") == "tools/call" and None not in paths:
        moved = InvalidInput(
            [Problem(str(path), p.message) for path, p in zip(paths, refused.problems, strict=True)]
        )
        content = [{"type": "text", "text": shorten(str(moved), MAX_ERROR_CHARS)}]
        return None, {
            "jsonrpc": "2.0",
            "id": ident,
            "result": {"content": content, "isError": True},
        }
    return None, _error(ident, _INVALID_REQUEST, f"Invalid Request: {text}")


def _line(stream: Any, limit: int) -> bytes:
    """The next line of ``stream`` (``b""`` at its end), cut to ``limit + 1`` bytes; the rest of
    a line longer than that is read and dropped."""
    line: bytes = stream.readline(limit + 1)
    rest = line
    while len(line) > limit and rest and not rest.endswith(b"\n"):
        rest = stream.readline(1 << 16)
    return line


# ---------------------------------------------------------------------------------------------
# The server (the only part that needs the mcp SDK)
# ---------------------------------------------------------------------------------------------


def serve() -> None:
    """Serve the tools over standard input and output until the client closes its input; every
    request read by then is answered before the server ends.

    Each line is read as ``_screen`` reads it (a request larger than the command line's
    ``--max-record-bytes`` default is refused), and each tool call runs in a worker thread, so
    that a long one does not hold up pings or cancellation.

    Raises:
        ModuleNotFoundError: the optional extra is not installed (``pip install
            'refugeelaw[mcp]'``).
    """
    import sys

    import anyio
    import pydantic
    from mcp import types
    from mcp.server.lowlevel import Server
    from mcp.server.stdio import stdio_server
    from mcp.shared.message import SessionMessage

    from . import __version__
    from .serialize import MAX_RECORD_BYTES

    listed = [
        types.Tool(
            name=t.name,
            description=t.description,
            input_schema=t.input_schema,
            output_schema=t.output_schema,
            annotations=types.ToolAnnotations(
                read_only_hint=True, idempotent_hint=True, open_world_hint=False
            ),
        )
        for t in tools()
    ]

    async def list_tools(ctx: Any, params: Any) -> types.ListToolsResult:
        return types.ListToolsResult(tools=listed)

    async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        # In a worker thread: a cancelled call is left to finish there, unanswered.
        reply = await anyio.to_thread.run_sync(
            call, params.name, params.arguments, abandon_on_cancel=True
        )
        return types.CallToolResult(
            content=[types.TextContent(type="text", text=reply.text)],
            structured_content=reply.structured,
            is_error=reply.error,
        )

    server: Server[Any] = Server(
        "refugeelaw",
        version=__version__,
        instructions="International refugee law as explained, cited reasoning. Not legal advice.",
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )

    class Answers:
        """The server's write stream, keeping count of the requests not yet answered."""

        def __init__(self, stream: Any) -> None:
            self.stream = stream
            self.open: dict[Any, int] = {}
            self.idle = anyio.Event()

        def expect(self, ident: Any) -> None:
            self.open[ident] = self.open.get(ident, 0) + 1

        def settle(self, ident: Any) -> None:
            if ident in self.open:
                self.open[ident] -= 1
                if not self.open[ident]:
                    del self.open[ident]
                if not self.open:
                    self.idle.set()

        async def drained(self) -> None:
            while self.open:
                self.idle = anyio.Event()
                await self.idle.wait()

        async def send(self, item: SessionMessage) -> None:
            try:
                await self.stream.send(item)
            finally:
                if isinstance(item.message, (types.JSONRPCResponse, types.JSONRPCError)):
                    self.settle(item.message.id)

        async def aclose(self) -> None:
            await self.stream.aclose()

        async def __aenter__(self) -> Answers:
            return self

        async def __aexit__(self, *exc: object) -> None:
            await self.aclose()

    class Nothing:
        """The SDK's own reader's input: none (the lines are read by ``read`` below)."""

        def __aiter__(self) -> Nothing:
            return self

        async def __anext__(self) -> str:
            raise StopAsyncIteration

    async def read(send: Any, answers: Answers) -> None:
        stdin = sys.stdin.buffer
        async with send:
            while line := await anyio.to_thread.run_sync(
                _line, stdin, MAX_RECORD_BYTES, abandon_on_cancel=True
            ):
                if not line.strip():
                    continue
                data, reply = _screen(line, MAX_RECORD_BYTES)
                if reply is None and data is not None:
                    try:
                        message = types.jsonrpc_message_adapter.validate_python(data, by_name=False)
                    except pydantic.ValidationError:
                        request = isinstance(data, dict) and "id" in data
                        if not request and isinstance(data, dict) and "method" in data:
                            continue  # a notification: no reply may answer it
                        what = "Invalid Request: not a JSON-RPC 2.0 message the server reads"
                        reply = _error(_ident(data), _INVALID_REQUEST, what)
                    else:
                        if isinstance(message, types.JSONRPCRequest):
                            answers.expect(message.id)
                        elif (
                            isinstance(message, types.JSONRPCNotification)
                            and message.method == "notifications/cancelled"
                            and isinstance(message.params, dict)
                        ):
                            answers.settle(message.params.get("requestId"))
                        await send.send(SessionMessage(message))
                        continue
                if reply is not None:
                    refusal = types.jsonrpc_message_adapter.validate_python(reply, by_name=False)
                    with contextlib.suppress(anyio.BrokenResourceError, anyio.ClosedResourceError):
                        await answers.stream.send(SessionMessage(refusal))
            await answers.drained()  # the end of input, passed on once all is answered

    async def run() -> None:
        async with stdio_server(stdin=cast(Any, Nothing())) as (_, write):
            answers = Answers(write)
            send, receive = anyio.create_memory_object_stream[SessionMessage | Exception](0)
            async with anyio.create_task_group() as group:
                group.start_soon(read, send, answers)
                await server.run(receive, answers, server.create_initialization_options())

    anyio.run(run)
