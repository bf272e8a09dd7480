"""The pictures of the documentation, computed from the library (no Sphinx here).

Each function returns DOT code or SVG text from a real result, the participation data or the
rules' own tables; :mod:`refugeelaw_docs` puts them in the pages, and ``tests/test_docs_pictures.py``
checks them against the library.
"""

from __future__ import annotations

import ast
import datetime as dt
import enum
import html
import importlib
import inspect
import itertools
import re
import shutil
import subprocess
import textwrap
from typing import Any

_SVG_OPEN = re.compile(r"<svg\b[^>]*>", re.DOTALL)


def inline_svg(svg: str, alt: str) -> str:
    """The SVG document as an element of the page: no XML prolog, a role and a label, and a
    natural width it may shrink from (never grow beyond)."""
    body = svg[svg.index("<svg") :]
    opening = _SVG_OPEN.match(body)
    assert opening is not None
    tag = opening.group(0)
    width = re.search(r'\swidth="([\d.]+)(pt|px)?"', tag)
    natural = (
        float(width.group(1)) * (4 / 3 if width and width.group(2) == "pt" else 1) if width else 800
    )
    tag = re.sub(r'\s(width|height)="[^"]*"', "", tag)
    tag = tag[:-1] + (
        f' role="img" aria-label="{html.escape(alt)}" class="rl-svg"'
        f' style="width: {natural:.0f}px; max-width: 100%; height: auto">'
    )
    return tag + body[opening.end() :]


# -- Graphviz ------------------------------------------------------------------------------------


def render_dot(code: str) -> str:
    """Lay out DOT code with Graphviz; the SVG it writes."""
    exe = shutil.which("dot")
    if exe is None:
        raise RuntimeError(
            "Graphviz's 'dot' is needed to build the diagrams (apt-get install graphviz)"
        )
    done = subprocess.run(
        [exe, "-Tsvg"], input=code.encode(), capture_output=True, check=False, timeout=120
    )
    if done.returncode != 0:
        raise RuntimeError(f"dot failed: {done.stderr.decode(errors='replace')}")
    return done.stdout.decode()


_LABEL = re.compile(r'label="((?:[^"\\]|\\.)*)"')


def _wrap_labels(code: str, width: int) -> str:
    """Wrap each line of every label at ``width`` characters (the library's words unchanged)."""

    def wrap(match: re.Match[str]) -> str:
        lines = match.group(1).split("\\n")
        out = [piece for line in lines for piece in (textwrap.wrap(line, width) or [""])]
        return 'label="' + "\\n".join(out) + '"'

    return _LABEL.sub(wrap, code)


def tree_dot(result: Any, find: str | None = None, width: int = 34) -> str:
    """The DOT of a result's finding tree (or of the finding ``find``), laid out left to right
    with wrapped labels, from the library's own ``explain(format="dot")``."""
    target = result
    if find:
        root = result if not hasattr(result, "finding") else result.finding
        target = root.find(find)
        if target is None:
            raise ValueError(f"no finding {find!r} in the result")
    code = target.explain(format="dot")
    code = _wrap_labels(code, width)
    head, _, rest = code.partition("{")
    graph = '  rankdir=LR; bgcolor="white"; nodesep=0.12; ranksep=0.3;\n'
    graph += '  node [fontsize=11, margin="0.1,0.04"]; edge [color="#555555"];\n'
    return f"{head}{{\n{graph}{rest}"


# -- running the pages' examples ---------------------------------------------------------------


def _namespace() -> dict[str, Any]:
    import attrs

    import refugeelaw as rl
    from refugeelaw import testing

    return {"rl": rl, "testing": testing, "evolve": attrs.evolve, "dt": dt}


def run_source(source: str) -> Any:
    """Run statements and return the value of the last expression."""
    namespace = _namespace()
    code = source.strip()
    lines = code.splitlines()
    # the value is the last top-level expression: find where it starts
    tree = ast.parse(code)
    if not tree.body or not isinstance(tree.body[-1], ast.Expr):
        raise ValueError("the content must end with an expression (the result to draw)")
    start = tree.body[-1].lineno - 1
    exec(compile("\n".join(lines[:start]), "<refugeelaw-tree>", "exec"), namespace)
    return eval(compile("\n".join(lines[start:]), "<refugeelaw-tree>", "eval"), namespace)


# The timeline: one row per state and instrument, from party_status.

_COLOURS = {"met": "#2e8540", "not_met": "#d0d0d0", "unknown": "#e0a100"}
_WORDS = {"met": "bound", "not_met": "not bound", "unknown": "unknown (beyond the data)"}


def segments(
    state: str, instrument: str, start: dt.date, end: dt.date
) -> list[tuple[dt.date, dt.date, str]]:
    """The periods in which ``party_status`` gives one answer, between ``start`` and ``end``.

    The answer can change only on a date the data names (signature, deposit, entry into force,
    withdrawal, the start of a period the sources leave open, the horizon and the day after it),
    so it is asked on each of those dates."""
    import refugeelaw as rl

    p = rl.states.get(state).participation(instrument)
    inst = rl.instruments.get(instrument)
    h = rl.states.horizon(instrument)
    dates = {start, end}
    for d in (
        p and p.signature,
        p and p.deposited,
        p and p.in_force,
        p and p.as_of,
        p and p.in_doubt_from,
        p and p.withdrawal and p.withdrawal.effective,
        p and p.withdrawal and p.withdrawal.in_doubt_from,
        inst.entry_into_force,
        h and h.date,
    ):
        if isinstance(d, dt.date):
            dates.add(d)
            dates.add(d + dt.timedelta(days=1))
    points = sorted(d for d in dates if start <= d <= end)
    out: list[tuple[dt.date, dt.date, str]] = []
    for a, b in itertools.pairwise(points):
        verdict = rl.party_status(state, instrument, on=a).verdict.value
        if out and out[-1][2] == verdict:
            out[-1] = (out[-1][0], b, verdict)
        else:
            out.append((a, b, verdict))
    return out


def timeline_end(states: list[str]) -> dt.date:
    """The right edge of a timeline: the latest date any dataset shown speaks for (its horizon),
    not the day the site is built, so that the picture is the same on every build."""
    import refugeelaw as rl

    return max(
        h.date
        for code in states
        for p in rl.states.get(code).participations
        if (h := rl.states.horizon(p.instrument)) is not None and h.date is not None
    )


def timeline_svg(states: list[str], start: dt.date, end: dt.date) -> tuple[str, str]:
    """The SVG of the timeline, and a text alternative."""
    import refugeelaw as rl

    left, right, row_h, top = 300, 16, 22, 34
    width = 900
    span = (end - start).days

    def x(d: dt.date) -> float:
        return left + (width - left - right) * (d - start).days / span

    rows: list[tuple[str, str, str]] = []
    for code in states:
        st = rl.states.get(code)
        order = sorted(st.participations, key=lambda p: (p.in_force or dt.date.max, p.instrument))
        rows.extend((code, st.name, p.instrument) for p in order)
    height = top + row_h * (len(rows) + len(states)) + 8 * len(states) + 50
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}px" height="{height}px" '
        f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" '
        'font-size="13">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="white"/>',
    ]
    for year in range(start.year - start.year % 10 + 10, end.year + 1, 10):
        xx = x(dt.date(year, 1, 1))
        out.append(
            f'<line x1="{xx:.1f}" y1="{top - 6}" x2="{xx:.1f}" y2="{height - 44}" '
            'stroke="#e4e4e4"/>'
        )
        out.append(
            f'<text x="{xx:.1f}" y="{top - 10}" text-anchor="middle" fill="#444">{year}</text>'
        )
    alt: list[str] = []
    y = top
    previous = None
    for code, name, key in rows:
        if code != previous:
            if previous is not None:
                y += 8
                out.append(
                    f'<line x1="4" y1="{y - 4}" x2="{width - 4}" y2="{y - 4}" stroke="#999"/>'
                )
            out.append(
                f'<text x="6" y="{y + 15}" fill="#000" font-weight="bold">'
                f"{html.escape(name)}</text>"
            )
            y += row_h
            previous = code
        inst = rl.instruments.get(key)
        p = rl.states.get(code).participation(key)
        assert p is not None, (
            f"the picture lists {code} under {key}, which the data has no record of"
        )
        mark = "" if p.status == "verified" else f" [{p.status}]"
        label = f"{name}: {inst}{mark}"
        shown = f"{inst}{mark}"
        shown = shown if len(shown) <= 44 else shown[:43] + "…"
        out.append(f'<text x="16" y="{y + 15}" fill="#111">{html.escape(shown)}</text>')
        words = []
        for a, b, verdict in segments(code, key, start, end):
            out.append(
                f'<rect x="{x(a):.1f}" y="{y + 5}" width="{max(x(b) - x(a), 1):.1f}" height="12" '
                f'fill="{_COLOURS[verdict]}"><title>{html.escape(label)}: {_WORDS[verdict]} '
                f"{a.isoformat()} to {b.isoformat()}</title></rect>"
            )
            if verdict != "not_met":
                words.append(f"{_WORDS[verdict]} {a.isoformat()} to {b.isoformat()}")
        for when, mark in ((p.signature, "signature"), (p.deposited, "deposit")):
            if when is not None and start <= when <= end:
                xx = x(when)
                shape = (
                    f'<circle cx="{xx:.1f}" cy="{y + 11}" r="4" fill="white" stroke="#111"/>'
                    if mark == "signature"
                    else f'<path d="M{xx:.1f},{y + 3} l4,8 l-8,0 z" fill="#111"/>'
                )
                out.append(
                    f"<g><title>{html.escape(label)}: {mark} {when.isoformat()}</title>{shape}</g>"
                )
                words.append(f"{mark} {when.isoformat()}")
        alt.append(f"{label}: {'; '.join(words) or 'never bound'}")
        y += row_h
    y += 14
    legend = [
        ("met", "bound"),
        ("not_met", "not bound"),
        ("unknown", "unknown: beyond the data's horizon"),
    ]
    lx = 6
    for verdict, meaning in legend:
        out.append(f'<rect x="{lx}" y="{y}" width="18" height="12" fill="{_COLOURS[verdict]}"/>')
        out.append(f'<text x="{lx + 24}" y="{y + 11}" fill="#111">{meaning}</text>')
        lx += 40 + 7 * len(meaning)
    out.append(f'<circle cx="{lx + 6}" cy="{y + 6}" r="4" fill="white" stroke="#111"/>')
    out.append(f'<text x="{lx + 16}" y="{y + 11}" fill="#111">signature</text>')
    lx += 90
    out.append(f'<path d="M{lx + 6},{y} l4,8 l-8,0 z" fill="#111"/>')
    out.append(
        f'<text x="{lx + 16}" y="{y + 11}" fill="#111">deposit (ratification, accession, admission)</text>'
    )
    out.append("</svg>")
    return "\n".join(out), "Treaty timeline. " + ". ".join(alt)


# The precedence rules: the ordered table, as a decision chain.

_OUTCOME = re.compile(r"PrecedenceRule\.([A-Z0-9_]+)")


def _first_sentence(doc: str | None) -> str:
    text = " ".join((doc or "").split())
    # a sentence ends at a full stop followed by a capital letter (not "art. 53", "e.g. non-")
    match = re.match(r"(.+?\.)(?:\s+(?=[A-Z])|$)", text)
    return match.group(1) if match else text


def _outcomes(function: Any) -> list[str]:
    """The outcomes a rule's module can give (``PrecedenceRule.X`` in its source, and in the
    module's private helpers it calls; ``UNRESOLVED`` is the diagram's own last node)."""
    module = inspect.getmodule(function)
    source = inspect.getsource(module or function)
    own = inspect.getsource(function)
    seen = dict.fromkeys(_OUTCOME.findall(own))
    if not seen:  # a rule that delegates: what its module names
        seen = dict.fromkeys(_OUTCOME.findall(source))
    for name in dict.fromkeys(re.findall(r"\b(_[a-z_]+)\(", own)):
        helper = getattr(module, name, None)
        if inspect.isfunction(helper):
            seen.update(dict.fromkeys(_OUTCOME.findall(inspect.getsource(helper))))
    seen.pop("UNRESOLVED", None)
    return list(seen)


def _q(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def precedence_dot() -> str:
    from refugeelaw.law import precedence

    rules = precedence.PRECEDENCE_RULES
    check = _q(_wrap("no_conflict\n" + _first_sentence(precedence.no_conflict.__doc__), 46))
    lines = [
        "digraph precedence {",
        '  rankdir=TB; bgcolor="white"; nodesep=0.25; ranksep=0.35;',
        '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, fillcolor="#eef3fb"];',
        '  edge [fontname="Helvetica", fontsize=10, color="#555555"];',
        '  start [label="two obligations of one state", fillcolor="#ffffff"];',
        f'  check [label="{check}"];',
        "  start -> check;",
        '  none [label="NO_CONFLICT", style="filled", fillcolor="#d9f0d9"];',
        '  check -> none [label="no conflict"];',
        "  {rank=same; check; none}",
    ]
    previous = "check"
    for i, rule in enumerate(rules, start=1):
        words = f"{i}. {rule.__name__}  ({rule.__module__.rsplit('.', 1)[-1]})\n{_first_sentence(rule.__doc__)}"
        lines.append(f'  r{i} [label="{_q(_wrap(words, 46))}"];')
        lines.append(
            f'  {previous} -> r{i} [label="{"they conflict" if previous == "check" else "does not decide"}"];'
        )
        outcome = " / ".join(_outcomes(rule))
        lines.append(
            f'  o{i} [label="{_q(_wrap(outcome, 24))}", shape=box, style="filled", fillcolor="#d9f0d9"];'
        )
        lines.append(f'  r{i} -> o{i} [label="decides"];')
        lines.append(f"  {{rank=same; r{i}; o{i}}}")
        previous = f"r{i}"
    lines.append('  u [label="UNRESOLVED\\nbound by both", style="filled", fillcolor="#f6d8d8"];')
    lines.append(f'  {previous} -> u [label="none decides"];')
    lines.append("}")
    return "\n".join(lines)


def _wrap(text: str, width: int) -> str:
    return "\n".join(
        piece for line in text.split("\n") for piece in (textwrap.wrap(line, width) or [""])
    )


# The data flow: the rooms of docs/design.md, with what each exports.

_FLOW: list[tuple[str, str, tuple[str, ...]]] = [
    ("facts", "Facts and positions", ("refugeelaw.facts", "refugeelaw.doctrine")),
    (
        "data",
        "Sources and data",
        ("refugeelaw.sources", "refugeelaw.instruments", "refugeelaw.states"),
    ),
    (
        "law",
        "Rules (law/)",
        ("refugeelaw.law.status", "refugeelaw.law.refoulement", "refugeelaw.law.precedence"),
    ),
    ("logic", "Findings", ("refugeelaw.logic",)),
    ("results", "Results", ("refugeelaw.results",)),
    ("render", "Explanations", ("refugeelaw.render",)),
    ("serialize", "JSON", ("refugeelaw.serialize",)),
    ("edge", "Caseloads and command line", ("refugeelaw.batch", "refugeelaw.cli")),
    ("questions", "Questions", ("refugeelaw.questions",)),
    ("speed", "Speed layer (_speed/)", ("refugeelaw._speed",)),
]
_EDGES = [
    ("facts", "law", "read"),
    ("data", "law", "texts, citations, participation"),
    ("law", "logic", "state"),
    ("logic", "results", "trees"),
    ("results", "render", "text, Markdown, DOT"),
    ("results", "serialize", "JSON, JSON Schema"),
    ("results", "questions", "open facts"),
    ("questions", "law", "re-assess"),
    ("edge", "law", "caseloads"),
    ("speed", "law", "wraps from outside"),
]


def _is_enum(value: Any) -> bool:
    return inspect.isclass(value) and issubclass(value, enum.Enum)


def dataflow_dot() -> str:
    lines = [
        "digraph flow {",
        '  rankdir=TB; bgcolor="white"; nodesep=0.3; ranksep=0.5;',
        '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, fillcolor="#eef3fb"];',
        '  edge [fontname="Helvetica", fontsize=9, color="#555555"];',
    ]
    for key, title, modules in _FLOW:
        names: list[str] = []
        for name in modules:
            module = importlib.import_module(name)
            exported = [
                n
                for n in getattr(module, "__all__", ())
                if inspect.isclass(getattr(module, n, None))
                or (name.startswith("refugeelaw.law.") and n.isupper())  # the rules' tables
            ]
            # the rules' tables first, then classes, then enumerations
            exported.sort(key=lambda n: (not n.isupper(), _is_enum(getattr(module, n))))
            names.append(
                name.removeprefix("refugeelaw.")
                + (": " + ", ".join(exported[:4]) if exported else "")
            )
            if len(exported) > 4:
                names[-1] += ", …"
        label = title + "\n" + "\n".join(_wrap(n, 36) for n in names)
        fill = "#fff4d6" if key == "speed" else "#eef3fb"
        lines.append(f'  m_{key} [label="{_q(label)}", fillcolor="{fill}"];')
    for a, b, words in _EDGES:
        style = ', style="dashed"' if a in ("speed", "questions") else ""
        lines.append(f'  m_{a} -> m_{b} [label="{_q(words)}"{style}];')
    lines.append("}")
    return "\n".join(lines)
