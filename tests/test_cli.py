"""The command line: `python -m refugeelaw` reads JSON claims and caseloads, and fails cleanly."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.cli import _Job, _records, main

if TYPE_CHECKING:
    import jsonschema


def run(*argv: str, stdin: str | bytes = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    try:
        code = main(list(argv), out=out, err=err)
    finally:
        sys.stdin = old
    return code, out.getvalue(), err.getvalue()


#: JSON documents as a caseload may hold them: an object at the top (a claim or anything else),
#: with nested objects, arrays and scalars (strings with brackets, quotes and commas inside).
_JSON_DOCUMENTS = st.dictionaries(
    st.text(max_size=5),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(alphabet='{}[],:"\\ ab', max_size=6),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
        ),
        max_leaves=12,
    ),
    max_size=4,
)


@pytest.fixture
def caseload(tmp_path: Path) -> Path:
    path = tmp_path / "caseload.jsonl"
    lines = [
        rl.to_json(testing.north_korean_escapee()),
        rl.to_json(testing.economic_migrant()),
        '{"person": {"location": "XXX"}}',
        rl.to_json(testing.north_korean_escapee()),
        "not json",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_assess_one_claim_prints_the_explained_determination() -> None:
    """Art 1A(2): the articles' escapee is a refugee; the text names the provision."""
    code, out, err = run(
        "assess", "--on", "2004-06-30", stdin=rl.to_json(testing.north_korean_escapee())
    )
    assert code == 0, err
    # Each text result is labelled with its record number and the person's name.
    assert out.startswith("[record 1 (North Korean escapee)]\nRefugee status: REFUGEE")
    assert "Refugee Convention art. 1A(2)" in out


def test_a_pretty_printed_claim_is_one_record(tmp_path: Path) -> None:
    path = tmp_path / "claim.json"
    path.write_text(rl.to_json(testing.economic_migrant(), indent=2), encoding="utf-8")
    code, out, _ = run("assess", str(path), "--on", "2004-06-30", "--format", "json")
    assert code == 0
    line = json.loads(out)
    assert line["record"] == 1
    assert line["result"]["outcome"] == "not_refugee"


def test_a_caseload_keeps_the_good_records_and_reports_the_bad_by_number(caseload: Path) -> None:
    code, out, err = run("assess", str(caseload), "--on", "2004-06-30", "--format", "json")
    assert code == 2
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(x["record"], x["result"]["outcome"]) for x in lines] == [
        (1, "refugee"), (2, "not_refugee"), (4, "refugee"),
    ]  # fmt: skip
    assert "record 3: person.location: unknown ISO 3166-1 alpha-3 country code 'XXX'" in err
    assert "record 5: not valid JSON" in err


def test_strict_stops_at_the_first_bad_record(caseload: Path) -> None:
    code, out, err = run(
        "assess", str(caseload), "--strict", "--on", "2004-06-30", "--format", "json"
    )
    assert code == 2
    assert len(out.splitlines()) == 2
    reported, stopped = err.splitlines()
    assert reported.startswith("record ")
    assert stopped == (
        "stopped at the first bad record (--strict): any records after it were not read"
    )


def test_strict_with_a_summary_says_the_summary_counts_the_records_before_the_stop(
    caseload: Path,
) -> None:
    """--strict --summary: the summary counts only the records read before the first bad one, and
    says so rather than look complete."""
    code, out, err = run("assess", str(caseload), "--strict", "--summary", "--on", "2004-06-30")
    assert code == 2
    assert err.splitlines()[-1].endswith(", and the summary counts those before it only")
    assert out.startswith("2 claims")


def test_return_summary_counts_outcomes_and_the_bars_that_decided_them(caseload: Path) -> None:
    """refugeelaw return --summary: the escapee's return is barred first by Art 33(1) (twice), the
    migrant's permitted; the bad records are reported, not counted, and their number given."""
    argv = ("return", str(caseload), "--by", "CHN", "--to", "PRK", "--on", "2004-06-30")
    code, out, err = run(*argv, "--summary", "--format", "json")
    assert code == 2
    assert err.count("record ") == 2
    summary = rl.from_json(rl.CaseloadSummary, out)
    assert summary == rl.CaseloadSummary(
        3,
        {"PROHIBITED": 2, "PERMITTED": 1},
        (("Refugee Convention art. 33(1)", 2),),
        "return",
        refused=2,
    )
    _, text, _ = run(*argv, "--summary")
    assert text == (
        "3 returns\n"
        "  PROHIBITED   2\n"
        "  PERMITTED    1\n"
        "most common deciding element: Refugee Convention art. 33(1) (2)\n"
        "refused: 2 records, not counted above (each reported)\n"
    )
    _, printed, _ = run("schema", "summary")
    _validator(json.loads(printed)).validate(json.loads(out))


def test_return_summary_names_the_fact_that_would_decide_an_open_return() -> None:
    """An unscreened border crosser whose fear is unassessed: the return is UNDETERMINED for want
    of fears[0].likelihood (Art 33(1), CAT art. 3); the summary says so, as summarize() does."""
    claims = [
        testing.unscreened_border_crosser(),
        testing.north_korean_escapee(),
        testing.unscreened_border_crosser(),
    ]
    stdin = "\n".join(rl.to_json(c) for c in claims)
    argv = ("return", "--by", "CHN", "--to", "PRK", "--on", "2004-06-30", "--summary")
    code, out, err = run(*argv, "--format", "json", stdin=stdin)
    assert code == 0, err
    summary = rl.from_json(rl.CaseloadSummary, out)
    assert summary.question == "return"
    assert summary.outcomes == {"PROHIBITED": 1, "UNDETERMINED": 2}
    assert summary.deciding == (
        ("fears[0].likelihood", 2), ("Refugee Convention art. 33(1)", 1),
    )  # fmt: skip
    assessed = [rl.assess_return(c, by="CHN", to="PRK", on="2004-06-30") for c in claims]
    assert rl.summarize(assessed) == summary
    # Processes give the same counts as one.
    assert run(*argv, "--processes", "2", "--format", "json", stdin=stdin)[1] == out


def test_summary_counts_outcomes_and_the_deciding_element(caseload: Path) -> None:
    code, out, _ = run(
        "assess", str(caseload), "--summary", "--on", "2004-06-30", "--format", "json"
    )
    summary = json.loads(out)
    assert summary["total"] == 3
    assert summary["outcomes"] == {"REFUGEE": 2, "NOT_REFUGEE": 1}
    assert summary["deciding"][0] == ["for reasons of a Convention ground", 1]
    assert code == 2


@pytest.fixture
def long_caseload(tmp_path: Path) -> Path:
    """600 records (more than two chunks per worker), with a bad record at 400 and 599."""
    good = [rl.to_json(testing.north_korean_escapee()), rl.to_json(testing.economic_migrant())]
    lines = [good[n % 2] for n in range(600)]
    lines[399] = '{"person": {"location": "XXX"}}'
    lines[598] = "not json"
    path = tmp_path / "long.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "extra",
    [("--format", "json"), ("--summary", "--format", "json"), ("--strict", "--format", "json")],
)
def test_two_worker_processes_give_the_same_output_as_one(
    long_caseload: Path, extra: tuple[str, ...]
) -> None:
    """The workers read, assess and render their records; the output, its order, the errors by
    record number and the exit status are those of a single process."""
    argv = ("assess", str(long_caseload), "--on", "2004-06-30", *extra)
    one = run(*argv)
    two = run(*argv, "--processes", "2")
    assert two == one
    assert one[0] == 2
    if "--strict" in extra:
        assert len(one[1].splitlines()) == 399
        assert one[2] == (
            "record 400: person.location: unknown ISO 3166-1 alpha-3 country code 'XXX'\n"
            "stopped at the first bad record (--strict): any records after it were not read\n"
        )


def test_a_stream_sets_the_collector_aside_while_it_runs_and_puts_everything_back(
    long_caseload: Path,
) -> None:
    """Nothing a caseload run makes is kept, and the memos live long: between chunks the run moves
    what exists out of the cyclic collector's generations (the collector need not walk the memos
    at every full collection), and puts it all back when it ends, also when it stops early."""
    import gc

    seen: list[int] = []

    class Watching(io.StringIO):
        def write(self, text: str) -> int:
            seen.append(gc.get_freeze_count())
            return super().write(text)

    argv = ["assess", str(long_caseload), "--on", "2004-06-30", "--format", "json"]
    for extra in ([], ["--strict"]):
        seen.clear()
        out = Watching()
        assert main([*argv, *extra], out=out, err=io.StringIO()) == 2
        assert min(seen) > 0  # each chunk's lines are written once what exists is set aside
        assert gc.get_freeze_count() == 0  # and everything is put back
        assert out.getvalue() == run(*argv, *extra)[1]


def test_a_stream_collects_its_cyclic_garbage_every_so_many_chunks() -> None:
    """A stream's settler puts everything back and runs a full collection once in ``every``
    calls, so garbage with cycles frozen meanwhile does not outlive a long run."""
    import gc
    import weakref

    from refugeelaw import _speed

    class Node:
        me: Node

    with _speed.collector_aside(every=2) as settle:
        if not settle.managed:
            pytest.skip("the collector is off, or the test runner froze objects itself")
        node = Node()
        node.me = node  # a cycle, freed only by the collector
        gone = weakref.ref(node)
        del node
        settle()  # frozen: not collected while set aside
        gc.collect()
        assert gone() is not None
        settle()  # the second call: everything back, one full collection
        assert gone() is None
        assert gc.get_freeze_count() > 0  # and set aside again
    assert gc.get_freeze_count() == 0


def _settled_in_worker(task: tuple[_Job, list[tuple[int, bytes | str]]]) -> int:
    """A worker's chunk as the command line runs it, then how much it has set aside."""
    import gc

    from refugeelaw.cli import _work_settled

    _work_settled(task)
    return gc.get_freeze_count()


def test_a_worker_process_sets_its_collector_aside_after_each_chunk() -> None:
    """With --processes, each worker settles after the chunks it does (and ends with its pool,
    so nothing needs putting back); the parent keeps only its own."""
    import gc

    from refugeelaw.batch import ordered_map

    job = _Job("assess", dt.date(2004, 6, 30), None, "", "", rl.Doctrine(), "json", True)
    line = rl.to_json(testing.north_korean_escapee()).encode()
    chunks: list[tuple[_Job, list[tuple[int, bytes | str]]]] = [(job, [(1, line)])] * 4
    assert gc.get_freeze_count() == 0  # nothing frozen here: what a worker has frozen is its own
    frozen = list(ordered_map(_settled_in_worker, chunks, processes=2))
    assert all(n > 0 for n in frozen)


def test_return_runs_a_caseload_on_two_processes(long_caseload: Path) -> None:
    """Convention art. 33(1): each good record is assessed for return; bad ones are reported."""
    argv = ("return", str(long_caseload), "--by", "CHN", "--to", "PRK", "--on", "2004-06-30")
    one = run(*argv, "--format", "json")
    two = run(*argv, "--format", "json", "--processes", "2")
    assert two == one
    assert len(one[1].splitlines()) == 598
    assert one[2].count("record ") == 2


def test_processes_must_be_at_least_one(long_caseload: Path) -> None:
    code, _, err = run("assess", str(long_caseload), "--processes", "0")
    assert code == 2
    assert err == "refugeelaw: --processes: expected from 1 to 1,024, got 0\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("return", "--by", "CHN", "--to", "CHN"), "--to: the destination must be another state"),
        (
            ("questions", "--by", "CHN", "--to", "PRK", "--state", "CHN"),
            "--state: a return is assessed under the returning state's own regime",
        ),
        (("assess", "--summary", "--format", "html"), "--summary: writes text or --format json"),
        (("assess", "--detail", "full"), "--detail and --reasons shape the JSON output"),
        (("assess", "--reasons"), "--detail and --reasons shape the JSON output"),
        (
            ("assess", "--format", "json", "--detail", "full", "--reasons"),
            "--reasons: the full form gives every reason already",
        ),
        (
            (
                "assess",
                "--doctrine",
                "nexus=contributing",
                "--doctrine",
                "nexus=one_central_reason",
            ),
            "--doctrine nexus: given twice",
        ),
        (("assess", "--processes", "5000"), "--processes: expected from 1 to 1,024, got 5,000"),
    ],
)
def test_options_that_contradict_or_would_be_ignored_are_refused(
    argv: tuple[str, ...], message: str
) -> None:
    """An option a user gives is one they expect to matter: contradictory or ignored ones are
    one clear line, exit 2, before any record is read."""
    code, out, err = run(*argv, "--on", "2004-06-30", "-", stdin=GOOD)
    assert (code, out) == (2, "")
    assert err.startswith(f"refugeelaw: {message}")


@pytest.mark.parametrize("option", ["--processes", "--max-record-bytes"])
@pytest.mark.parametrize("raw", ["\u0661", "1_000", "+2", " 3"])
def test_whole_number_options_take_ascii_digits_only(
    option: str, raw: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``int()`` takes digits of any script and underscores ("\u0661", "1_000"); these options,
    like ``--doctrine``'s numbers, take digits 0-9 alone, refused by the argument parser with the
    value named, exit 2, before any record is read."""
    with pytest.raises(SystemExit) as info:
        run("assess", option, raw, "--on", "2004-06-30", "-", stdin=GOOD)
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"argument {option}: expected a whole number in digits 0-9, got {raw!r}" in captured.err


def test_return_command_names_the_breached_obligations() -> None:
    """Convention art. 33(1) and CAT art. 3 bar China's return of the escapee in 2004."""
    code, out, _ = run(
        "return", "--by", "CHN", "--to", "PRK", "--on", "2004-06-30", "--format", "json",
        "--detail", "full", stdin=rl.to_json(testing.north_korean_escapee()),
    )  # fmt: skip
    assert code == 0
    result = rl.from_dict(rl.ReturnAssessment, json.loads(out)["result"])
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert "CAT art. 3(1)" in result.breached_provisions


def test_obligations_command_lists_what_binds_china_in_1990() -> None:
    code, out, _ = run("obligations", "CHN", "--on", "1990-01-01", "--format", "json")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    obligations = [rl.from_dict(rl.StateObligation, line["result"]) for line in lines]
    assert {rl.from_dict(rl.Provenance, line["provenance"]).on for line in lines} == {
        dt.date(1990, 1, 1)
    }
    cites = {(o.instrument, o.provision) for o in obligations}
    assert ("refugee-convention-1951", "33(1)") in cites
    assert ("cat-1984", "3(1)") in cites
    assert ("iccpr-1966", "7") not in cites


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html", "dot", "mermaid"])
def test_obligations_command_without_on_answers_for_today_in_every_format(
    fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--on`` defaults to today for every command: ``obligations CHN --format json`` without it
    failed with exit 2 ("on: expected a date, got NoneType None"), the provenance being given the
    raw ``None``. The date is read once and both the obligations (Refugee Convention art. 33(1),
    binding China since 1982) and the provenance name it."""
    monkeypatch.setattr("refugeelaw.cli.today", lambda: dt.date(1990, 1, 1))
    code, out, err = run("obligations", "CHN", "--format", fmt)
    assert (code, err) == (0, "")
    if fmt == "json":
        lines = [json.loads(line) for line in out.splitlines()]
        assert {rl.from_dict(rl.Provenance, line["provenance"]).on for line in lines} == {
            dt.date(1990, 1, 1)
        }
        assert ("refugee-convention-1951", "33(1)") in {
            (line["result"]["instrument"], line["result"]["provision"]) for line in lines
        }
    else:
        assert "obligations of China on 1990-01-01" in out
        assert "Refugee Convention art. 33" in out


def test_obligations_and_conflict_name_the_on_option_in_a_bad_date() -> None:
    """A bad ``--on`` is the option's fault, and is named as such (it was reported as ``on``)."""
    for argv in (("obligations", "CHN"), ("conflict", "CHN", "33(1)", "1986")):
        code, _, err = run(*argv, "--on", "1990-13-01", "--format", "json")
        assert code == 2
        assert err.startswith("refugeelaw: --on: "), err


def test_conflict_command_flags_the_article_102_citation() -> None:
    """The first article cites Charter Art. 102 where Art. 103 is meant."""
    code, out, _ = run(
        "conflict", "CHN", "33(1)", "1986", "--on", "2004-06-30",
        "--cited", "un-charter-1945:102", "--doctrine", "non_refoulement_peremptory=false",
        "--doctrine", "torture_non_refoulement_peremptory=false",
    )  # fmt: skip
    assert code == 0
    assert "Precedence: COMMON_TREATY" in out
    assert "Art. 102 concerns the registration of treaties" in out


def test_conflict_tells_apart_obligations_that_share_a_citation() -> None:
    """VCLT art. 18: Andorra in 2004 had signed CAT and the ICCPR without ratifying them, and owes
    an art. 18 duty under each. ``conflict`` matches the labels ``obligations`` shows ("VCLT art.
    18 (CAT)"), picks the one named, and calls "18" ambiguous, listing both (it kept one of the
    two, silently, and could match neither label)."""
    code, out, _ = run("obligations", "AND", "--on", "2004-06-30")
    assert code == 0
    assert "VCLT art. 18 (CAT)" in out
    assert "VCLT art. 18 (ICCPR)" in out
    base = ("conflict", "AND", "--on", "2004-06-30", "--format", "json")
    for treaty in ("CAT", "ICCPR"):
        code, out, err = run(*base[:2], f"VCLT art. 18 ({treaty})", "customary", *base[2:])
        assert (code, err) == (0, "")
        weighed = set(re.findall(r"object and purpose of ([A-Z]+)", out))
        assert weighed == {treaty}  # the art. 18 duty weighed is the one named
    code, out, err = run(*base[:2], "18", "customary", *base[2:])
    assert (code, out) == (2, "")
    assert "'18' matches 2 obligations of AND" in err
    assert "VCLT art. 18 (CAT); VCLT art. 18 (ICCPR)" in err


def test_conflict_labels_an_article_18_duty_owed_under_a_regional_treaty() -> None:
    """VCLT art. 18 for every treaty the survey lists duties of: São Tomé and Príncipe in 2012 had
    signed CAT, the ICCPR and the OAU Refugee Convention without ratifying them; ``obligations``
    shows three art. 18 duties and ``conflict`` picks the one owed under the OAU Convention."""
    code, out, _ = run("obligations", "STP", "--on", "2012-06-01")
    assert code == 0
    for treaty in ("CAT", "ICCPR", "OAU Refugee Convention"):
        assert f"VCLT art. 18 ({treaty})" in out
    code, out, err = run(
        "conflict", "STP", "VCLT art. 18 (OAU Refugee Convention)", "customary",
        "--on", "2012-06-01", "--format", "json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert set(re.findall(r"object and purpose of ([A-Z][A-Za-z ]+?),", out)) == {
        "OAU Refugee Convention"
    }


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("obligations", "XXX"), "unknown ISO 3166-1 alpha-3 country code 'XXX'"),
        (("obligations", "CHN", "--on", "03/04/1982"), "ambiguous numeric date"),
        # the interface review's F3: a word, and a month the library does not read
        (("obligations", "CHN", "--on", "CHN"), "--on: not a date: 'CHN'; expected one as ISO"),
        (("obligations", "CHN", "--on", "yesterday"), "--on: not a date: 'yesterday'"),
        (
            ("obligations", "CHN", "--on", "1 janvier 2010"),
            "--on: not a date: '1 janvier 2010' names no month ('janvier': not an English month",
        ),
        (("assess", "--doctrine", "nexus"), "expected KEY=VALUE"),
        (("assess", "--doctrine", "fear_threshold=high"), "expected a number"),
        (("assess", "--doctrine", "fear_threshold=1_0"), "expected a number, got '1_0'"),
        (("assess", "--doctrine", "fear_threshold=\uff11"), "expected a number"),  # full-width 1
        (
            ("assess", "--doctrine", "custom_follows_return_threshold=none"),
            "custom_follows_return_threshold: expected true or false, got 'none'",
        ),
        (
            ("assess", "--doctrine", "nexus=bogus"),  # the position's own check, named as given
            "--doctrine nexus: expected one of 'contributing', 'one_central_reason'",
        ),
        (("assess", "/no/such/file.json"), "cannot read"),
        (("schema", "Nothing"), "no public class or command named 'Nothing'"),
        (
            ("conflict", "CHN", "33(1)", "1986", "--cited", "un-charter-1945:999"),
            "--cited un-charter-1945:999: provision: UN Charter has no Art. 999",
        ),
        (("conflict", "CHN", "33(1)", "1986", "--cited", "un-charter:102"), "unknown instrument"),
    ],
)
def test_bad_input_exits_2_with_one_clear_line(argv: tuple[str, ...], message: str) -> None:
    code, _, err = run(*argv, stdin='{"person": {}}')
    assert code == 2
    assert message in err
    assert err.count("\n") == 1


def test_an_empty_input_path_is_named_as_such_not_as_a_directory() -> None:
    code, _, err = run("assess", "", "--on", "2004-06-30")
    assert code == 2
    assert "the input's path is empty" in err


def test_schema_command_prints_the_claim_schema() -> None:
    code, out, _ = run("schema", "Claim")
    assert code == 0
    assert json.loads(out)["title"] == "Claim"
    code, out, _ = run("schema", "Verdict")  # a public enumeration: its values
    assert code == 0
    assert json.loads(out)["enum"] == ["met", "not_met", "unknown"]


def test_python_dash_m_runs_the_demo() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "refugeelaw", "demo"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert "Refugee status: REFUGEE" in proc.stdout
    assert "Return from China to North Korea: PROHIBITED" in proc.stdout


def test_every_command_has_help() -> None:
    for command in ("assess", "return", "obligations", "conflict", "demo", "schema"):
        proc = subprocess.run(
            [sys.executable, "-m", "refugeelaw", command, "--help"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert proc.returncode == 0
        assert "usage: refugeelaw" in proc.stdout


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("flag", "terminal", "shown"),
    [
        ((), True, True),  # the default: only on a terminal
        ((), False, False),
        (("--progress",), False, True),  # forced on, even into a file
        (("--progress",), True, True),
        (("--no-progress",), True, False),  # forced off, even on a terminal
    ],
)
def test_progress_is_forced_on_or_off_or_follows_the_terminal(
    long_caseload: Path, flag: tuple[str, ...], terminal: bool, shown: bool
) -> None:
    """--progress / --no-progress / neither mean what assess_many(progress=True/False/None) means."""
    argv = ["assess", str(long_caseload), "--on", "2004-06-30", "--summary", *flag]
    err = _Terminal() if terminal else io.StringIO()
    out = io.StringIO()
    assert main(argv, out=out, err=err) == 2
    assert out.getvalue().startswith("598 claims")
    text = err.getvalue()
    assert ("600/600" in text and "claims/s, ETA" in text) is shown
    # The two bad records are reported either way, each on its own line.
    assert "record 400: person.location" in text
    assert "record 599: not valid JSON" in text
    if not shown:
        assert text.count("\n") == 2


# -- nothing lost: each record is read on its own, from bytes ---------------------------------

GOOD = rl.to_json(testing.north_korean_escapee()).encode()


def caseload_around(bad: bytes, good: int = 3) -> bytes:
    """``good`` good records, with ``bad`` as the second record."""
    return b"\n".join([GOOD, bad, *[GOOD] * (good - 1)]) + b"\n"


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (b'{"person": {"name": "\xff"}}', "record 2: not UTF-8 text: invalid start byte"),
        (b"[" * 5000 + b"]" * 5000, "record 2: nested 5,000 levels deep: at most 200 are read"),
        (b"[" * 5000, "record 2: nested 5,000 levels deep"),
        (
            b'{"person": {}, "x": ' + b"9" * 5000 + b"}",
            "record 2: x: not readable: an integer of more than 4,300 digits",
        ),
        (b'{"person": {"name": "\\ud800"}}', "record 2: person.name: a lone surrogate"),
        (b'{"person": {"name": NaN}}', "record 2: person.name: NaN is not valid JSON"),
        (b'{"person": {', "record 2: not valid JSON"),
        (b"not json", "record 2: not valid JSON"),
    ],
)
def test_a_bad_record_spoils_only_itself(bad: bytes, message: str) -> None:
    code, out, err = run(
        "assess", "--on", "2004-06-30", "--format", "json", stdin=caseload_around(bad)
    )
    assert code == 2
    assert len(out.splitlines()) == 3
    assert err.startswith(message), err
    assert err.count("\n") == 1


def test_a_bad_first_line_spoils_only_itself() -> None:
    code, out, err = run(
        "assess",
        "--on",
        "2004-06-30",
        "--summary",
        stdin=b"oops\n" + GOOD * 0 + b"\n".join([GOOD] * 5),
    )
    assert code == 2
    assert out.startswith("5 claims")
    assert err == "record 1: not valid JSON: Expecting value at line 1 column 1\n"


def test_a_byte_order_mark_at_the_start_is_not_data() -> None:
    code, out, err = run(
        "assess", "--on", "2004-06-30", "--summary", stdin=b"\xef\xbb\xbf" + GOOD + b"\n" + GOOD
    )
    assert (code, err) == (0, "")
    assert out.startswith("2 claims")


def test_pretty_printed_documents_one_after_another_are_records() -> None:
    docs = [
        rl.to_json(testing.north_korean_escapee(), indent=2),
        rl.to_json(testing.economic_migrant(), indent=4),
    ]
    code, out, err = run("assess", "--on", "2004-06-30", "--summary", stdin="\n".join(docs))
    assert (code, err) == (0, "")
    assert out.splitlines()[:3] == ["2 claims", "  REFUGEE       1", "  NOT_REFUGEE   1"]


def test_a_record_left_open_ends_where_the_next_record_starts() -> None:
    code, out, err = run(
        "assess",
        "--on",
        "2004-06-30",
        "--summary",
        stdin=b'{"person": {\n  "name": "x",\n' + GOOD + b"\n" + GOOD,
    )
    assert code == 2
    assert out.startswith("2 claims")
    assert err.startswith("record 1: not valid JSON")


def test_a_record_cut_short_does_not_swallow_the_pretty_printed_records_after_it() -> None:
    """Nothing lost: a claim cut off mid-way leaves the documents after it readable. Its last
    line ends a value, so a line opening an object cannot continue it (JSON's grammar)."""
    cut = b'{"person": {"nationalities": ["PRK"]\n'
    docs = [
        rl.to_json(testing.north_korean_escapee(), indent=2).encode(),
        rl.to_json(testing.economic_migrant(), indent=2).encode(),
    ]
    code, out, err = run("assess", "--on", "2004-06-30", "--summary", stdin=cut + b"\n".join(docs))
    assert code == 2
    assert out.splitlines()[:3] == ["2 claims", "  REFUGEE       1", "  NOT_REFUGEE   1"]
    assert err.splitlines() == [
        "record 1: not valid JSON: Expecting ',' delimiter at line 2 column 1"
    ]


def test_a_record_cut_after_a_comma_keeps_the_records_after_it() -> None:
    """A cut after a comma inside an object: only a key may come next, so the next document's
    opening brace starts a record of its own."""
    cut = b'{"person": {"nationalities": ["PRK"],\n'
    doc = rl.to_json(testing.economic_migrant(), indent=2).encode()
    code, out, err = run("assess", "--on", "2004-06-30", "--summary", stdin=cut + doc)
    assert code == 2
    assert out.startswith("1 claim")
    assert err.startswith("record 1: not valid JSON")
    assert err.count("\n") == 1


def test_a_record_cut_inside_an_array_keeps_the_pretty_printed_records_after_it() -> None:
    """Cut just after ``"fears": [``, JSON's grammar would let an object come next; but in an
    indented document an object opened at the margin is the next record, not a fear."""
    whole = rl.to_json(testing.north_korean_escapee(), indent=2).encode().splitlines()
    cut = b"\n".join(whole[: whole.index(b'  "fears": [') + 1])
    docs = [
        rl.to_json(testing.economic_migrant(), indent=2).encode(),
        rl.to_json(testing.north_korean_escapee(), indent=2).encode(),
    ]
    code, out, err = run(
        "assess", "--on", "2004-06-30", "--summary", stdin=b"\n".join([cut, *docs])
    )
    assert code == 2
    assert out.splitlines()[:3] == ["2 claims", "  REFUGEE       1", "  NOT_REFUGEE   1"]
    assert len(err.splitlines()) == 1
    assert err.startswith("record 1: not valid JSON")


def test_each_line_after_a_broken_line_is_reported_on_its_own() -> None:
    """Every bad record is reported by its own number, even after a line left open."""
    stdin = b"\n".join([b"{bad json", b"[1, 2]", b'"text"', GOOD])
    code, out, err = run("assess", "--on", "2004-06-30", "--summary", stdin=stdin)
    assert code == 2
    assert out.startswith("1 claim")
    assert [line.split(":")[0] for line in err.splitlines()] == [
        "record 1",
        "record 2",
        "record 3",
    ]
    assert "got a list [1, 2]" in err
    assert "got the string 'text'" in err


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(_JSON_DOCUMENTS, st.sampled_from([None, 0, 1, 2, 4, "\t"])),
        min_size=1,
        max_size=5,
    )
)
def test_valid_documents_in_any_layout_are_read_whole(docs: list[tuple[Any, Any]]) -> None:
    """The record splitter never cuts a valid document, however it is laid out (indent 0
    included, where every line is at the margin): each comes back whole, from its first line."""
    texts = [json.dumps(doc, indent=indent) for doc, indent in docs]
    stream = io.BytesIO("\n".join(texts).encode())
    records = list(_records(stream))
    assert [json.loads(text) for _, text in records] == [doc for doc, _ in docs]
    starts, line = [], 1
    for text in texts:
        starts.append(line)
        line += text.count("\n") + 1
    assert [n for n, _ in records] == starts


@settings(max_examples=200, deadline=None)
@given(
    _JSON_DOCUMENTS,
    st.data(),
    st.lists(st.tuples(_JSON_DOCUMENTS, st.sampled_from([None, 2])), min_size=1, max_size=4),
)
def test_a_document_cut_short_loses_none_of_the_documents_after_it(
    cut: dict[str, Any], data: st.DataObject, after: list[tuple[Any, Any]]
) -> None:
    """Nothing lost: a pretty-printed document cut off at any line is one bad record, and every
    document after it is read whole — even cut just after ``[`` or ``,`` inside an array, where
    JSON's grammar would let the next document be an element of it: in an indented document, an
    object opened at the margin is the next record."""
    lines = json.dumps(cut, indent=2).splitlines()
    if len(lines) < 3:
        return
    kept = lines[: data.draw(st.integers(1, len(lines) - 2))]
    texts = [json.dumps(doc, indent=indent) for doc, indent in after]
    stream = io.BytesIO("\n".join([*kept, *texts]).encode())
    records = [text for _, text in _records(stream)]
    with pytest.raises(json.JSONDecodeError):
        json.loads(records[0])
    read = []
    for text in records[1:]:
        read.append(json.loads(text))
    assert read == [doc for doc, _ in after]


def test_a_record_over_the_size_limit_is_refused_and_the_rest_read() -> None:
    big = b'{"person": {"name": "' + b"a" * 5000 + b'"}}'
    pretty = json.dumps(
        {"person": {"name": "b" * 3000, "nationalities": ["PRK"]}}, indent=2
    ).encode()
    stdin = b"\n".join([GOOD, big, pretty, GOOD])
    code, out, err = run(
        "assess", "--on", "2004-06-30", "--summary", "--max-record-bytes", "2000", stdin=stdin
    )
    assert code == 2
    assert out.startswith("2 claims")
    assert (
        err
        == "record 2: larger than 2,000 bytes (raise the limit with --max-record-bytes)\nrecord 3: larger than 2,000 bytes (raise the limit with --max-record-bytes)\n"
    )
    assert run("assess", "--on", "2004-06-30", "--summary", stdin=stdin)[1].startswith("4 claims")


def test_binary_input_ends_with_one_line() -> None:
    code, out, err = run("assess", "--on", "2004-06-30", stdin=b"\0" * 3_000_000)
    assert (code, out, err) == (2, "", "refugeelaw: the input is binary, not JSON text\n")


def test_a_record_with_a_nul_byte_is_refused_alone_even_on_the_first_line() -> None:
    """Nothing lost: a stray NUL inside the first record makes that record bad, not the whole
    caseload binary (which the first line alone was taken to show); a binary file is still one
    line of error."""
    nul = GOOD.replace(b"North", b"No\0rth", 1)
    code, out, err = run("assess", "--on", "2004-06-30", stdin=nul + b"\n" + GOOD + b"\n" + GOOD)
    assert code == 2
    assert out.count("[record ") == 2
    assert err.startswith("record 1: ")
    assert "binary" not in err


def test_utf_16_without_a_mark_is_binary_and_a_stray_byte_beside_a_nul_is_one_bad_record() -> None:
    """A binary input is one line of error, not a line per "record": UTF-16 without a
    byte-order mark (a NUL in every other byte, though its first character is "{"). But a first
    record with a NUL and a byte that is not UTF-8 beside it is a bad record, refused alone, and
    the records after it are decided (nothing lost)."""
    utf16 = '{"a": 1}\n'.encode("utf-16-le") * 300
    code, out, err = run("assess", "--on", "2004-06-30", stdin=utf16)
    assert (code, out, err) == (2, "", "refugeelaw: the input is binary, not JSON text\n")
    latin = b'{"person": {"name": "Jos\xe9\x00"}}'
    code, out, err = run("assess", "--on", "2004-06-30", stdin=latin + b"\n" + GOOD + b"\n" + GOOD)
    assert code == 2
    assert out.count("[record ") == 2
    assert err.startswith("record 1: ")


def test_a_byte_order_mark_does_not_count_against_the_limit_or_shift_the_numbers() -> None:
    """A record at exactly --max-record-bytes, after a byte-order mark (not data), is read whole,
    and the records after it keep their line numbers (it was cut in two, and a phantom record
    shifted every later number by one)."""
    limit = str(len(GOOD))
    code, out, err = run("assess", "--on", "2004-06-30", "--max-record-bytes", limit,
                         stdin=b"\xef\xbb\xbf" + GOOD + b"\n" + GOOD + b"\n")  # fmt: skip
    assert (code, err) == (0, "")
    assert [int(n) for n in re.findall(r"\[record (\d+)", out)] == [1, 2]


def test_hand_formatted_documents_with_members_at_the_margin_are_each_one_record() -> None:
    """Nothing lost: a claim written by hand, its first member on the opening line and the rest
    (a nested object among them) at the margin, is one record; two such claims are two."""
    claim = (
        b'{"person": {\n"name": "A",\n"nationalities": ["PRK"],\n"location": "CHN"\n},\n'
        b'"fears": [\n{\n"description": "punishment",\n"country": "PRK"\n}\n]\n}\n'
    )
    code, out, err = run("assess", "--on", "2010-01-01", "--summary", stdin=claim + claim)
    assert (code, err) == (0, "")
    assert out.startswith("2 claims")


def test_an_error_line_is_bounded() -> None:
    bad = b'{"person": {"name": 1}, "fears": "' + b"x" * 100_000 + b'"}'
    code, _, err = run("assess", "--on", "2004-06-30", stdin=bad)
    assert code == 2
    assert len(err) < 1100
    assert err.startswith("record 1: ")


def test_no_input_is_one_line() -> None:
    assert run("assess", stdin=b"\n\n") == (
        2,
        "",
        "refugeelaw: no input: give a JSON claim or a JSON Lines caseload\n",
    )


def test_schema_of_something_that_is_not_a_class_is_one_line() -> None:
    code, out, err = run("schema", "InvalidInput")
    assert (code, out) == (2, "")
    assert err.startswith("refugeelaw: no public class or command named 'InvalidInput'")
    assert err.count("\n") == 1
    assert "classes: Actor, Answer, " in err  # what it can name instead
    assert ", Claim, " in err


def _caseload_file(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "many.jsonl"
    path.write_bytes(b"\n".join([GOOD] * n) + b"\n")
    return path


def _first_line_then_closed(argv: list[str]) -> tuple[bytes, int, bytes]:
    """Run ``refugeelaw argv``, read its first line and close its output, as ``| head -1`` does:
    that line, the exit status and what it wrote on standard error."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "refugeelaw", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    return first, proc.wait(), err


def test_a_closed_pipe_ends_quietly_with_141(tmp_path: Path) -> None:
    path = _caseload_file(tmp_path, 3000)
    first, code, err = _first_line_then_closed(["assess", str(path), "--on", "2004-06-30"])
    assert (code, err) == (141, b"")
    assert first.startswith(b"[record 1")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_data_table_to_a_reader_that_stops_early_ends_with_141(fmt: str) -> None:
    """`refugeelaw data | head -1`: the table is megabytes, and one write of it to a pipe that
    closes was cut short with no error and exit 0 (CPython reports none for the part a closed
    pipe did not take). Written a piece at a time, the closed output is seen: 141, as --help
    says, and nothing on standard error."""
    first, code, err = _first_line_then_closed(["data", "--format", fmt])
    assert (code, err) == (141, b"")
    assert first.startswith(b"state," if fmt == "csv" else b"{")


@pytest.mark.parametrize("processes", ["1", "2"])
def test_a_record_from_a_slow_pipe_is_written_before_the_next_one_comes(processes: str) -> None:
    """`tail -f caseload.jsonl | refugeelaw assess -`: each record that has come is decided and
    written (and the output flushed) before the command waits for the next, not when a chunk of
    256 has filled; with worker processes too (before, a record sent to a worker waited there
    until more input came, or the input ended)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "refugeelaw", "assess", "-", "--on", "2004-06-30", "--format",
         "json", "--processes", processes],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdin is not None
    assert proc.stdout is not None
    read: queue.Queue[bytes] = queue.Queue()
    stdout = proc.stdout

    def reader() -> None:
        for line in iter(stdout.readline, b""):
            read.put(line)

    threading.Thread(target=reader, daemon=True).start()
    try:
        for n in (1, 2):
            proc.stdin.write(GOOD + b"\n")  # one record, and the input stays open
            proc.stdin.flush()
            try:  # held back until more input came, the line would never come: fail, not hang
                line = read.get(timeout=120)
            except queue.Empty:
                proc.kill()
                pytest.fail(f"record {n} was not written while the input stayed open")
            assert json.loads(line)["record"] == n
    finally:
        proc.stdin.close()
        proc.wait()
    assert read.empty()
    assert proc.returncode == 0


@pytest.mark.parametrize(("processes", "group"), [("1", False), ("2", False), ("2", True)])
@pytest.mark.parametrize(
    ("signum", "status", "stopped"),
    [(signal.SIGINT, 130, b"interrupted"), (signal.SIGTERM, 143, b"terminated")],
)
def test_ctrl_c_or_sigterm_ends_quietly_saying_how_far_it_got(
    tmp_path: Path, processes: str, group: bool, signum: int, status: int, stopped: bytes
) -> None:
    # SIGTERM (a service manager, kill, timeout) stops a caseload as Ctrl-C does: the chunk
    # under way is written and counted, the workers stopped, and the status says which signal;
    # sent to the whole process group (Ctrl-C at a terminal, systemd), the workers it ends are
    # not taken for workers lost (71), and none hangs the run.
    path = _caseload_file(tmp_path, 3000)
    argv = ["assess", "-", "--on", "2004-06-30", "--processes", processes]
    out = tmp_path / "out.txt"
    with out.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "refugeelaw", *argv],
            stdin=subprocess.PIPE, stdout=sink, stderr=subprocess.PIPE, start_new_session=group,
        )  # fmt: skip
        assert proc.stdin is not None
        assert proc.stderr is not None
        proc.stdin.write(path.read_bytes())  # the input stays open: the run waits for more
        proc.stdin.flush()
        while out.stat().st_size == 0 and proc.poll() is None:  # wait until the run is under way
            time.sleep(0.1)
        if group:
            os.killpg(proc.pid, signum)
        else:
            proc.send_signal(signum)
        err = proc.stderr.read()
        assert proc.wait() == status
    message = re.fullmatch(
        rb"refugeelaw: " + stopped + rb": the first ([\d,]+) records written or reported; the "
        rb"rest were not\n",
        err,
    )
    assert message is not None, err
    # Nothing written is left out of the count, nor counted without being written.
    assert int(message[1].replace(b",", b"")) == out.read_bytes().count(b"[record ")


def test_a_worker_process_that_dies_ends_the_run_with_71_after_the_records_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nothing lost that could be kept: with --processes, a worker killed by the system (out of
    # memory, a signal) leaves the records of the chunks before its own written, and the run
    # says how far it got rather than waiting for the lost chunk for ever.
    from concurrent.futures.process import BrokenProcessPool

    from refugeelaw import batch

    real = batch.ordered_map

    def dying(fn: Any, tasks: Any, processes: int = 1, **kw: Any) -> Any:
        results = real(fn, tasks, 1, **kw)
        yield next(results)  # the first chunk's records come back; then a worker dies
        raise BrokenProcessPool("A process in the process pool was terminated abruptly")

    monkeypatch.setattr(batch, "ordered_map", dying)
    path = _caseload_file(tmp_path, 600)
    out, err = io.StringIO(), io.StringIO()
    argv = ["assess", str(path), "--on", "2004-06-30", "--processes", "2"]
    assert main(argv, out=out, err=err) == 71
    assert out.getvalue().count("[record ") == 256  # the first chunk, all of it
    assert err.getvalue() == (
        "refugeelaw: a worker process stopped before it finished its records (killed by the "
        "system: out of memory, or a signal): the first 256 records written or reported; the "
        "rest were not\n"
    )


def test_ctrl_c_while_the_command_line_loads_ends_quietly_with_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The `refugeelaw` command's entry point loads the command line itself: a Ctrl-C in the
    # first moments (while it loads, or reads its arguments) is no traceback either.
    import importlib.abc

    from refugeelaw import cli
    from refugeelaw.__main__ import main as command

    class Interrupting(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: object, target: object = None) -> None:
            if name == "refugeelaw.cli":
                raise KeyboardInterrupt

    monkeypatch.delitem(sys.modules, "refugeelaw.cli")
    monkeypatch.setattr(sys, "meta_path", [Interrupting(), *sys.meta_path])
    assert command() == 130
    assert capsys.readouterr().err == "refugeelaw: interrupted\n"

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_parser", interrupted)
    err = io.StringIO()
    assert cli.main(["assess", "-"], out=io.StringIO(), err=err) == 130
    assert err.getvalue() == "refugeelaw: interrupted\n"


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_a_standard_error_that_cannot_be_written_loses_no_record(tmp_path: Path) -> None:
    # Nothing lost: with standard error on a full disk (2>/dev/full), a refused record's message
    # is dropped, not the run: every good record is still written, and the status says 2.
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join([GOOD, b"{}", GOOD, b"not json", GOOD]) + b"\n")
    out = io.StringIO()
    argv = ["assess", str(path), "--on", "2004-06-30", "--format", "json"]
    assert main(argv, out=out, err=_FullDisk()) == 2
    assert [json.loads(line)["record"] for line in out.getvalue().splitlines()] == [1, 3, 5]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("unbuffered", ["", "1"])
@pytest.mark.parametrize("argv", [["--help"], ["assess", "--help"], ["--version"]])
def test_help_or_version_into_a_full_disk_says_so_with_74(argv: list[str], unbuffered: str) -> None:
    # argparse drops a failed write of its help in silence (unbuffered output), or Python
    # complains at exit with status 120 (buffered): either way, the command says what failed.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = unbuffered
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "refugeelaw", *argv],
            stdout=full, stderr=subprocess.PIPE, env=env, check=False,
        )  # fmt: skip
    assert proc.returncode == 74
    assert proc.stderr.decode() == ("refugeelaw: input or output failed: No space left on device\n")


class _InterruptedWhileWriting(io.StringIO):
    """Standard output that receives Ctrl-C (SIGINT to this process) during its ``at``-th write."""

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at, self.calls = at, 0

    def write(self, text: str) -> int:
        self.calls += 1
        if self.calls == self.at:
            os.kill(os.getpid(), signal.SIGINT)  # handled at the next instruction: mid-write
        return super().write(text)


@pytest.mark.parametrize("at", [1, 7, 300])
def test_ctrl_c_while_writing_counts_exactly_what_was_written(tmp_path: Path, at: int) -> None:
    # Ctrl-C in the middle of writing a chunk is held back until the chunk is written, flushed
    # and counted: the count the user is told is the records in the output, none lost from a
    # stream's buffer (a text stream drops its pending text when interrupted part way).
    path = _caseload_file(tmp_path, 600)
    out, err = _InterruptedWhileWriting(at), io.StringIO()
    assert main(["assess", str(path), "--on", "2004-06-30"], out=out, err=err) == 130
    written = out.getvalue().count("[record ")
    assert 0 < written < 600
    assert written % 256 == 0  # whole chunks (of 256 records): the one under way finished
    assert err.getvalue() == (
        f"refugeelaw: interrupted: the first {written:,} records written or reported; the rest "
        "were not\n"
    )
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # Python's own, back
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


# -- one JSON contract: the command line writes the library's own JSON -----------------------


def _validator(schema: dict[str, object]) -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize(
    ("argv", "cls", "schema"),
    [
        (("assess", "--state", "CHN"), rl.StatusDetermination, "assess"),
        (("return", "--by", "CHN", "--to", "PRK"), rl.ReturnAssessment, "return"),
    ],
)
def test_json_lines_out_are_the_librarys_json_in_an_envelope(
    argv: tuple[str, ...], cls: type, schema: str
) -> None:
    claims = [testing.north_korean_escapee(), testing.economic_migrant()]
    stdin = "\n".join([rl.to_json(claims[0]), "oops", rl.to_json(claims[1])])
    argv = (*argv, "--on", "2004-06-30", "--format", "json")
    code, out, err = run(*argv, "--detail", "full", stdin=stdin)
    assert code == 2
    assert err.startswith("record 2: ")
    _, printed, _ = run("schema", schema)
    validator = _validator(json.loads(printed))
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["record"] for line in lines] == [1, 3]
    results = []
    for line, claim in zip(lines, claims, strict=True):
        validator.validate(line)
        result: Any = rl.from_dict(cls, line["result"])
        assert result.claim == claim
        assert rl.to_json(result) == json.dumps(line["result"], ensure_ascii=False)
        results.append(result)
    # The default, --detail compact: each result's outline, valid under the same schema, read
    # back as the outline of the full result; --reasons adds each finding's reason.
    for extra, reasons in (((), False), (("--reasons",), True)):
        code, out, _ = run(*argv, *extra, stdin=stdin)
        assert code == 2
        compact = [json.loads(line) for line in out.splitlines()]
        assert [line["record"] for line in compact] == [1, 3]
        for line, result in zip(compact, results, strict=True):
            validator.validate(line)
            outline = rl.from_dict(rl.ResultOutline, line["result"])
            assert outline == rl.ResultOutline.of(result, reasons=reasons)
            assert outline.outcome == result.outcome.value
            assert (outline.finding.reason is not None) is reasons


def test_the_summary_conflict_and_obligations_are_the_librarys_json() -> None:
    _, summary, _ = run("assess", "--summary", "--on", "2004-06-30", "--format", "json",
                        stdin=rl.to_json(testing.economic_migrant()))  # fmt: skip
    _, conflict, _ = run("conflict", "CHN", "33(1)", "1986", "--on", "2004-06-30", "--format",
                         "json", "--cited", "un-charter-1945:102")  # fmt: skip
    _, obligations, _ = run("obligations", "CHN", "--on", "2004-06-30", "--format", "json")
    for command, text in (("summary", summary), ("conflict", conflict)):
        _validator(json.loads(run("schema", command)[1])).validate(json.loads(text))
    assert rl.from_json(rl.CaseloadSummary, summary).total == 1
    ruling = rl.from_json(rl.PrecedenceRuling, conflict)
    assert any("Art. 102" in c for c in ruling.corrections)
    validator = _validator(json.loads(run("schema", "obligations")[1]))
    for line in obligations.splitlines():
        validator.validate(json.loads(line))
        assert rl.from_dict(rl.StateObligation, json.loads(line)["result"]).state == "CHN"


def test_a_json_line_stays_one_line_whatever_the_claim_holds() -> None:
    """U+2028, U+2029 and U+0085 are line ends to some readers (str.splitlines, JavaScript)."""
    claim = testing.north_korean_escapee(
        person=rl.Person(name="a\u2028b\u2029c\x85d", nationalities={"PRK"})
    )
    argv = ("assess", "--on", "2004-06-30", "--format", "json", "--detail", "full")
    code, out, _ = run(*argv, stdin=rl.to_json(claim))
    assert code == 0
    assert len(out.splitlines()) == 1
    assert rl.from_dict(rl.StatusDetermination, json.loads(out)["result"]).claim == claim
    harm = testing.escapee_harm(description="a\u2028b\u2029c\x85d")  # in a compact line's tree
    code, out, _ = run(*argv[:-2], stdin=rl.to_json(testing.north_korean_escapee(fears=[harm])))
    assert code == 0
    assert len(out.splitlines()) == 1
    outline = rl.from_dict(rl.ResultOutline, json.loads(out)["result"])
    assert "a\u2028b\u2029c\x85d" in outline.finding.children[0].children[1].children[0].element


def test_questions_lists_what_to_ask_next_for_each_record_and_skips_only_bad_ones() -> None:
    """``refugeelaw questions``: for each undecided claim, the ranked questions with the outcome
    each answer leads to (Art 1A(2) "for reasons of": the persecutor's reasons decide); a bad
    record is reported and the good ones still written; the JSON is the library's own
    (``Question``), valid against ``refugeelaw schema questions``."""
    import jsonschema

    open_claim = rl.to_json(
        testing.north_korean_escapee(fears=[testing.escapee_harm(reasons=frozenset())])
    )
    decided = rl.to_json(testing.north_korean_escapee())
    stdin = "\n".join([open_claim, "{not json", decided]) + "\n"
    code, out, err = run("questions", "-", "--on", "2004-06-30", "--format", "json", stdin=stdin)
    assert code == 2
    assert "record 2" in err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["record"] for line in lines] == [1, 3]
    first = rl.from_json(rl.Question, json.dumps(lines[0]["result"][0]))
    assert first.path == "fears[0].reasons"
    assert first.decisive
    assert lines[1]["result"] == []  # decided: nothing to ask
    code, schema, _ = run("schema", "questions")
    assert code == 0
    for line in lines:
        jsonschema.validate(line, json.loads(schema))
    code, text, _ = run("questions", "-", "--on", "2004-06-30", stdin=open_claim)
    assert code == 0
    assert "political opinion -> REFUGEE" in text


def test_questions_refuses_a_claim_with_too_many_open_facts_and_answers_the_rest() -> None:
    """Each open fact costs about a re-assessment, and each costs more the more harms the claim
    holds: a claim of 150 bare harms (a few hundred open facts) would keep ``questions`` busy for
    a long time, so it is refused as a record (the limit named), and the other records are still
    asked about."""
    bare = {"person": {"name": "K", "nationalities": ["PRK"], "location": "CHN"},
            "fears": [{"description": f"harm {i}", "country": "PRK"} for i in range(150)]}  # fmt: skip
    open_claim = rl.to_json(
        testing.north_korean_escapee(fears=[testing.escapee_harm(reasons=frozenset())])
    )
    stdin = json.dumps(bare) + "\n" + open_claim + "\n"
    code, out, err = run("questions", "-", "--on", "2004-06-30", "--format", "json", stdin=stdin)
    assert code == 2
    assert err.startswith("record 1: ")
    assert "more than the 100 that are asked about at once" in err
    assert [json.loads(line)["record"] for line in out.splitlines()] == [2]


def test_questions_about_a_return_need_both_states() -> None:
    code, _, err = run("questions", "-", "--by", "CHN", stdin="{}")
    assert code == 2
    assert "--by and --to together" in err


def test_every_doctrine_position_can_be_taken_on_the_command_line() -> None:
    """Every contested position (each Doctrine field) is a --doctrine KEY=VALUE: Art 33(1)'s reach
    abroad (Sale v Haitian Centers Council against UNHCR's Advisory Opinion, 2007) decides a
    return from the command line as from the library."""
    import attrs

    from refugeelaw.cli import _DOCTRINE_FIELDS

    assert set(_DOCTRINE_FIELDS) == {f.name for f in attrs.fields(rl.Doctrine)}
    claim = rl.Claim(
        rl.Person("H", {"HTI"}),
        fears=[
            rl.Harm(
                "detention",
                "HTI",
                severity="threat_to_life_or_freedom",
                likelihood=0.5,
                actor="state",
                reasons={"political_opinion"},
                torture=False,
                irreparable=False,
                risk_to_life=False,
            )
        ],
        under_control_of={"USA"},
    )
    base = ["return", "-", "--by", "USA", "--to", "HTI", "--on", "1992-06-01", "--format", "json"]
    base += ["--doctrine", "non_refoulement_customary=false"]
    for position, outcome in (("true", "prohibited"), ("false", "permitted")):
        code, out, _ = run(
            *base, "--doctrine", f"article_33_extraterritorial={position}", stdin=rl.to_json(claim)
        )
        assert code == 0
        assert json.loads(out)["result"]["outcome"] == outcome
    code, _, _ = run(*base, "--doctrine", "return_threshold=none", stdin=rl.to_json(claim))
    assert code == 0


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"refugeelaw {rl.__version__}"


def test_summaries_of_a_caseloads_parts_add_up_to_the_summary_of_the_whole() -> None:
    """Per-partition summaries combine (``+``, ``sum``): with every deciding element kept
    (``top=None``) the merged summary equals the summary of the whole caseload."""
    claims = [
        testing.north_korean_escapee(),
        testing.economic_migrant(),
        testing.unscreened_border_crosser(),
        testing.family_of_a_defector(),
        testing.economic_migrant(),
    ]
    results = [rl.assess_status(c, on="2004-06-30") for c in claims]
    parts = [rl.summarize(results[:2], top=None), rl.summarize(results[2:], top=None)]
    assert sum(parts) == parts[0] + parts[1] == rl.summarize(results, top=None)
    with pytest.raises(TypeError):
        parts[0] + 1


def test_return_summaries_add_up_and_never_mix_with_status_summaries() -> None:
    """Summaries of return assessments (Art 33(1), CAT art. 3) combine like those of status, keep
    their own outcome keys, and refuse to be added to, or read as, a status summary."""
    claims = [
        testing.north_korean_escapee(),
        testing.economic_migrant(),
        testing.unscreened_border_crosser(),
        testing.north_korean_escapee(),
    ]
    returns = [rl.assess_return(c, by="CHN", to="PRK", on="2004-06-30") for c in claims]
    parts = [rl.summarize(returns[:2], top=None), rl.summarize(returns[2:], top=None)]
    whole = rl.summarize(returns, top=None)
    assert sum(parts) == whole
    assert whole.outcomes == {"PROHIBITED": 2, "PERMITTED": 1, "UNDETERMINED": 1}
    assert whole.deciding == (("Refugee Convention art. 33(1)", 2), ("fears[0].likelihood", 1))
    status = rl.summarize([rl.assess_status(claims[0], on="2004-06-30")])
    with pytest.raises(rl.InvalidInput, match="question: cannot add a summary of 'status'"):
        whole + status
    with pytest.raises(rl.InvalidInput, match=r"determinations\[1\]: expected a ReturnAssessment"):
        rl.summarize(
            [returns[0], rl.assess_status(claims[0], on="2004-06-30")],  # type: ignore[arg-type]  # deliberately mixed
        )
    # JSON written before the field existed reads as a status summary; the keys must fit.
    old = '{"total": 1, "outcomes": {"REFUGEE": 1}, "deciding": []}'
    assert rl.from_json(rl.CaseloadSummary, old) == status
    with pytest.raises(rl.InvalidInput, match=r"outcomes\['PROHIBITED'\]: expected one of REFUGEE"):
        rl.from_json(
            rl.CaseloadSummary, '{"total": 1, "outcomes": {"PROHIBITED": 1}, "deciding": []}'
        )
    assert rl.from_json(rl.CaseloadSummary, rl.to_json(whole)) == whole


def test_added_summaries_keep_the_records_each_refused_and_to_dict_says_how_many() -> None:
    """A summary counts what it refused (``refused``), and so does the sum of two: ``+`` reset it
    to 0, and ``to_dict`` left it out, so a merged caseload summary hid its refused records."""
    read = '{"total": 1, "outcomes": {"REFUGEE": 1}, "deciding": [], "refused": 810}'
    part = rl.from_json(rl.CaseloadSummary, read)
    counted = rl.summarize([rl.assess_status(testing.north_korean_escapee(), on="2004-06-30")])
    assert (part + counted).refused == (counted + part).refused == 810
    assert part + counted + part == sum([part, counted, part])
    assert (part + counted + part).refused == 1620
    assert part.to_dict()["refused"] == 810
    assert counted.to_dict() == {
        "total": 1,
        "outcomes": {"REFUGEE": 1},
        "deciding": [],
        "question": "status",
        "refused": 0,
        "provisional": 0,
    }


def test_an_empty_summary_adds_to_a_summary_of_either_question() -> None:
    """An empty part of a caseload (a Dask partition with no records) is summarised as no
    records of no question in particular: ``summarize([])`` could be of ``"status"`` only, and a
    return caseload with an empty part could not be merged. ``question=`` says which question
    an empty stream's summary answers, and checks every item against it."""
    claim = testing.north_korean_escapee()
    returns = [rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")]
    full, empty = rl.summarize(returns, top=None), rl.summarize([], top=None)
    assert empty.question == "status"
    assert full + empty == empty + full == sum([empty, full, empty]) == full
    assert (empty + full).question == "return"
    assert rl.summarize([], question="return") == rl.CaseloadSummary(0, {}, (), "return")
    assert rl.summarize(returns, question="return", top=None) == full
    status = rl.summarize([rl.assess_status(claim, on="2004-06-30")])
    with pytest.raises(rl.InvalidInput, match=r"^question: cannot add a summary of 'status'"):
        full + status
    # An empty summary that refused records is a part's summary still: its question holds.
    refused = rl.CaseloadSummary(0, {}, (), "status", refused=1)
    with pytest.raises(rl.InvalidInput, match=r"^question: cannot add a summary of 'status'"):
        full + refused
    assert (rl.CaseloadSummary(0, {}, (), "return", refused=1) + full).refused == 1
    with pytest.raises(rl.InvalidInput, match=r"^determinations\[0\]: expected a ReturnAssessment"):
        rl.summarize([rl.assess_status(claim, on="2004-06-30")], question="return")
    with pytest.raises(rl.InvalidInput, match=r"^question: expected 'status' or 'return'"):
        rl.summarize([], question="both")  # type: ignore[arg-type]


_AGAINST = {"NOT_REFUGEE": 2}  # two claims, each with one deciding element


@pytest.mark.parametrize(
    ("outcomes", "deciding", "path", "message"),
    [
        ({"REFUGEE": 1}, [["x", 999]], "deciding[0][1]", "999 is more than the 0 claims not RE"),
        (
            _AGAINST,
            [["x", 1], ["x", 1]],
            "deciding[1]",
            "'x' is listed twice (first at deciding[0])",
        ),
        (_AGAINST, [["x", 2], ["y", 1]], "deciding", "the counts add up to 3, more than the 2 "),
        (_AGAINST, [["x", -5]], "deciding[0][1]", "expected a whole number from 0"),
        (_AGAINST, [["", 1]], "deciding[0][0]", "must not be empty"),
    ],
)
def test_a_summary_with_deciding_counts_no_caseload_has_is_refused(
    outcomes: dict[str, int], deciding: list[Any], path: str, message: str
) -> None:
    """A deciding element is counted once for each claim not decided in the person's favour: a
    count above those claims, or an element listed twice (which ``+`` then folded into one,
    losing a count), is no caseload's summary. Refused at its path."""
    doc = {"total": sum(outcomes.values()), "outcomes": outcomes, "deciding": deciding}
    with pytest.raises(rl.InvalidInput) as raised:
        rl.from_json(rl.CaseloadSummary, json.dumps(doc))
    assert [p.path for p in raised.value.problems] == [path]
    assert raised.value.problems[0].message.startswith(message)


def test_a_summarys_deciding_counts_may_reach_but_not_pass_the_claims_against_the_person() -> None:
    """Every claim not decided in the person's favour has one deciding element: their counts
    may add up to those claims (``top=None``) or fewer (a ``top`` cut-off), for a return as for
    status, and the favourable outcome's claims are not among them."""
    ok = rl.CaseloadSummary(3, {"REFUGEE": 1, "NOT_REFUGEE": 2}, (("x", 1), ("y", 1)))
    assert ok + ok == rl.CaseloadSummary(6, {"REFUGEE": 2, "NOT_REFUGEE": 4}, (("x", 2), ("y", 2)))
    rl.CaseloadSummary(2, {"PERMITTED": 1, "PROHIBITED": 1}, (("art. 33(1)", 1),), "return")
    with pytest.raises(rl.InvalidInput, match=r"^deciding\[0\]\[1\]: 2 is more than the 1 return "):
        rl.CaseloadSummary(2, {"PERMITTED": 1, "PROHIBITED": 1}, (("art. 33(1)", 2),), "return")


def test_every_subcommand_explains_itself_with_a_description_an_example_and_option_help() -> None:
    """The command line explains itself: a description and an example for each subcommand, help
    for every option, the valid --doctrine keys and the default date."""
    import argparse

    from refugeelaw.cli import _DOCTRINE_FIELDS, _parser

    parser = _parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        assert command.description, name
        assert command.epilog, name
        assert "example:" in command.epilog, name
        for action in command._actions:
            if not isinstance(action, argparse._HelpAction):
                assert action.help, (name, action.dest)
    text = sub.choices["assess"].format_help()
    assert "(default: today)" in text
    assert all(key in text for key in _DOCTRINE_FIELDS)


def test_summary_counts_merged_chunk_by_chunk_are_those_counted_one_by_one() -> None:
    """--summary: each worker counts its chunk and the parent merges the counts in input order;
    the totals, and the order in which tied deciding elements are listed (first counted first),
    are those of one tally adding every record's key in turn."""
    from refugeelaw.batch import Tally

    keys: list[tuple[str, str | None, bool]] = [
        ("NOT_REFUGEE", "b", False),
        ("UNDETERMINED", "a", False),
        ("REFUGEE", None, False),
        ("NOT_REFUGEE", "a", False),
        ("NOT_REFUGEE", "b", False),
        ("UNDETERMINED", "c", False),
        ("EXCLUDED", "c", False),
    ]
    one = Tally()
    for key in keys:
        one.add(key)
    assert one.summary(None).deciding == (("b", 2), ("a", 2), ("c", 2))
    for cut in range(len(keys) + 1):
        merged, part = Tally(), Tally()
        for key in keys[:cut]:
            merged.add(key)
        for key in keys[cut:]:
            part.add(key)
        merged.merge(part)
        assert merged.summary(None) == one.summary(None)
        assert merged.summary(2) == one.summary(2)
    # A return's key also says whether its prohibition is provisional (pending determination,
    # Handbook para. 28): merged chunk by chunk, the count is the one counted key by key.
    returns: list[tuple[str, str | None, bool]] = [
        ("PROHIBITED", "art. 33(1), while what it rests on is undecided", True),
        ("PERMITTED", None, False),
        ("PROHIBITED", "CAT art. 3(1)", False),
        ("PROHIBITED", "art. 33(1), while what it rests on is undecided", True),
    ]
    for cut in range(len(returns) + 1):
        merged, part = Tally("return"), Tally("return")
        for key in returns[:cut]:
            merged.add(key)
        for key in returns[cut:]:
            part.add(key)
        merged.merge(part)
        assert merged.summary(1).provisional == 2
        assert merged.summary(1).outcomes == {"PROHIBITED": 3, "PERMITTED": 1}


@pytest.mark.parametrize("strict", [False, True])
def test_records_keep_their_order_and_their_own_errors_across_blocks(
    monkeypatch: pytest.MonkeyPatch, strict: bool
) -> None:
    """Records are read, decided and written a block at a time (``cli.BLOCK``): each good record
    is written in input order, each bad one reported by its number whatever step it failed at
    (reading, or a fault of the library's while deciding), and ``--strict`` stops at the first."""
    from refugeelaw import cli

    faulty = testing.north_korean_escapee(person=rl.Person("Faulty", {"PRK"}, location="CHN"))
    real = cli.assess_status  # type: ignore[attr-defined]  # the module's own reference, replaced below

    def assess(claim: rl.Claim, **kwargs: Any) -> rl.StatusDetermination:
        if claim.person.name == "Faulty":
            raise RuntimeError("a fault of the library's")
        return real(claim, **kwargs)

    monkeypatch.setattr(cli, "assess_status", assess)
    n = 2 * cli.BLOCK + 6
    # Not JSON (1-based): either side of a block's end, the last, and the first (but not with
    # --strict, which would stop there).
    bad_json = {cli.BLOCK, cli.BLOCK + 1, n} | (set() if strict else {1})
    faults = {cli.BLOCK - 1, 2 * cli.BLOCK + 2}
    lines = [
        b"not json"
        if k in bad_json
        else rl.to_json(faulty).encode()
        if k in faults
        else rl.to_json(
            testing.north_korean_escapee(person=rl.Person(f"P{k}", {"PRK"}, location="CHN"))
        ).encode()
        for k in range(1, n + 1)
    ]
    argv = ["assess", "--on", "2004-06-30", "--format", "json", *(["--strict"] if strict else [])]
    code, out, err = run(*argv, stdin=b"\n".join(lines) + b"\n")
    assert code == 70  # a fault of the library's outranks bad input: a bug to report
    written = [json.loads(line)["record"] for line in out.splitlines()]
    records = [line for line in err.splitlines() if line.startswith("record ")]
    reported = [int(line.split(":")[0].removeprefix("record ")) for line in records]
    if strict:  # the first bad record is a fault while deciding, in the first block
        assert (written, reported) == (list(range(1, cli.BLOCK - 1)), [cli.BLOCK - 1])
        return
    assert written == [k for k in range(1, n + 1) if k not in bad_json | faults]
    assert reported == sorted(bad_json | faults)
    for line in records:
        number = int(line.split(":")[0].removeprefix("record "))
        assert ("internal error (RuntimeError" in line) == (number in faults), line


# -- what the operating system does to the streams ---------------------------------------------


def test_a_progress_line_over_a_pipe_reads_the_records_once() -> None:
    """Counting the records for the progress line's ETA must not consume a pipe given as a path
    (``/dev/stdin``, ``<(...)``), which can be read only once: every record is still assessed."""
    if not Path("/dev/stdin").exists():
        pytest.skip("no /dev/stdin here")
    argv = ["assess", "/dev/stdin", "--on", "2004-06-30", "--summary", "--progress"]
    proc = subprocess.run(
        [sys.executable, "-m", "refugeelaw", *argv],
        input=GOOD + b"\n" + GOOD + b"\n", capture_output=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().startswith("2 claims")
    assert "2 claims, " in proc.stderr.decode()  # a count without a total: no ETA


def test_an_error_starts_its_own_line_after_the_progress_line(caseload: Path) -> None:
    """Each bad record's line begins a line of stderr, so `grep '^record '` finds every one."""
    err = _Terminal()
    main(
        ["assess", str(caseload), "--on", "2004-06-30", "--progress", "--summary"],
        out=io.StringIO(),
        err=err,
    )
    lines = err.getvalue().split("\n")
    assert next(ln for ln in lines if "record 3:" in ln).startswith("record 3:")
    assert next(ln for ln in lines if "record 5:" in ln).startswith("record 5:")


def test_control_characters_from_the_input_are_written_as_escapes() -> None:
    """An escape sequence in a field name or a person's name would drive the reader's terminal:
    errors and record labels show it escaped."""
    bad = json.dumps({"person": {"name": "x"}, "\x1b[31mRED": 1})
    code, _, err = run("assess", "-", "--on", "2004-06-30", stdin=bad)
    assert code == 2
    assert "\x1b" not in err
    assert "\\x1b[31mRED" in err
    named = rl.to_json(
        attrs.evolve(
            testing.north_korean_escapee(), person=rl.Person("\x1b[2Jx", {"PRK"}, location="CHN")
        )
    )
    _, out, _ = run("assess", "-", "--on", "2004-06-30", stdin=named + "\n" + named)
    assert "[record 1 (\\x1b[2Jx)]" in out
    assert "\x1b" not in out.splitlines()[0]


def test_a_full_disk_is_the_systems_failure_not_the_librarys() -> None:
    """Writing to /dev/full fails with ENOSPC: one line naming it, exit 74, never "internal
    error" (70, which is kept for the library's own faults)."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    example = Path(__file__).parents[1] / "examples" / "claims" / "north_korean_escapee.json"
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "refugeelaw", "assess", str(example), "--on", "2004-06-30"],
            stdout=full, stderr=subprocess.PIPE, check=False,
        )  # fmt: skip
    assert proc.returncode == 74
    assert proc.stderr.decode().startswith("refugeelaw: input or output failed: No space left")


@pytest.mark.parametrize(
    ("closed", "code", "message"),
    [
        ("<&-", 2, "refugeelaw: standard input is closed"),
        (">&-", 74, "refugeelaw: standard output is closed"),
    ],
)
def test_a_closed_standard_stream_is_one_line(closed: str, code: int, message: str) -> None:
    """Started with standard input or output closed (``<&-``, ``>&-``): one line, no traceback."""
    proc = subprocess.run(
        ["sh", "-c", f'"$0" -m refugeelaw assess - --on 2004-06-30 {closed}', sys.executable],
        capture_output=True, check=False,
    )  # fmt: skip
    assert proc.returncode == code
    assert proc.stderr.decode().startswith(message)
    assert b"Traceback" not in proc.stderr


def test_the_record_size_limit_has_a_ceiling() -> None:
    """--max-record-bytes beyond what a read can take is bad input, not an internal error."""
    code, _, err = run("assess", "-", "--on", "2004-06-30", "--max-record-bytes", str(2**63 - 1))
    assert code == 2
    assert err.startswith("refugeelaw: --max-record-bytes: expected from 1 to ")


def test_a_caseload_written_as_one_json_array_is_told_how_to_give_it() -> None:
    """A file of claims written as one JSON array is one record, not a claim: the error says
    what to give instead, before anything a long message could cut off."""
    stdin = json.dumps([json.loads(GOOD), json.loads(GOOD)])
    code, _, err = run("assess", "-", "--on", "2004-06-30", stdin=stdin)
    assert code == 2
    assert err.startswith("record 1: a JSON array, not a claim (give one claim per line")


def test_an_array_written_a_claim_a_line_is_told_how_to_give_it_at_each_piece() -> None:
    """An array written one claim per line is cut where its last claim, a whole object at the
    margin, stands alone: its other pieces (the opening with the claims before, the closing
    ``]``) are each told they are pieces of a JSON array and how to give the claims, not only
    "not valid JSON"; the claim standing alone is still assessed."""
    a = json.dumps(json.loads(GOOD))
    stdin = "[\n" + a + ",\n" + a + "\n]\n"
    code, out, err = run("assess", "-", "--on", "2004-06-30", "--format", "json", stdin=stdin)
    assert code == 2
    lines = err.splitlines()
    assert [line.split(":", 1)[0] for line in lines] == ["record 1", "record 4"]
    assert all(": a JSON array, not a claim (give one claim per line" in line for line in lines)
    assert len(out.splitlines()) == 1  # the claim on line 3


def test_utf16_input_is_named_as_such() -> None:
    """UTF-16 (what Windows PowerShell 5 writes by default) is named, not called binary."""
    stdin = (GOOD.decode() + "\n").encode("utf-16")
    code, out, err = run("assess", "-", "--on", "2004-06-30", stdin=stdin)
    assert code == 2
    assert out == ""
    assert err.startswith("refugeelaw: the input is UTF-16 text: records are read as UTF-8")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--by", "CHN", "--to", "HKG"], "--to: HKG (Hong Kong) is part of China on 2020-06-30"),
        (["--by", "HKG", "--to", "PRK"], "--by: HKG (Hong Kong) is part of China on 2020-06-30"),
    ],
)
def test_a_return_the_date_makes_no_return_is_refused_once_before_any_record(
    tmp_path: Path, options: list[str], message: str
) -> None:
    """A destination within the returning state, or a territory given as the returning state, is
    refused once for the run (the date is the run's), not for each record."""
    path = _caseload_file(tmp_path, 3)
    code, out, err = run("return", str(path), *options, "--on", "2020-06-30")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert message in err


@pytest.mark.parametrize(
    ("fmt", "escaped"), [("text", "\\u2717"), ("markdown", "\\u2717"), ("html", "&#10007;")]
)
def test_output_that_cannot_encode_the_explanations_symbols_still_gets_every_record(
    fmt: str, escaped: str
) -> None:
    """An ASCII or code-page stdout (``LC_ALL=C``, a Windows console) cannot encode ✗: each record
    is still written, the symbol as an escape (in HTML, a character reference), not a crash at
    the first record (exit 70)."""
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="ascii")
    argv = ["assess", "-", "--on", "2004-06-30", "--format", fmt]
    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(GOOD + b"\n" + GOOD + b"\n"), encoding="utf-8")
    try:
        code = main(argv, out=out, err=io.StringIO())
    finally:
        sys.stdin = old
    out.flush()
    written = raw.getvalue().decode("ascii")
    assert code == 0
    assert escaped in written
    assert written.count("North Korean") >= 2  # both records


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "utf-16"])
@pytest.mark.parametrize(
    "argv",
    [
        ["assess", "-", "--on", "2004-06-30", "--format", "json", "--detail", "full"],
        ["assess", "-", "--on", "2004-06-30", "--format", "json"],
        ["data", "--format", "json"],
        ["data", "--format", "csv"],
        ["data"],  # CSV, the default
        ["data", "--schema"],
    ],
)
def test_json_and_csv_are_written_in_utf_8_where_the_output_cannot_encode_them(
    encoding: str, argv: list[str]
) -> None:
    """JSON and CSV are data: on an ASCII or code-page stdout (a Windows console or file, a C
    locale), an escape such as ``\\xeb`` would make the JSON invalid and change the data, so
    they are written in UTF-8 (RFC 8259, s. 8.1), byte for byte what a UTF-8 stdout gets."""
    named = json.loads(GOOD)
    named["person"]["name"] = "Zoë 😀 처벌"
    named["fears"][0]["description"] += " (처벌 😀)"  # the compact form carries the description
    line = json.dumps(named, ensure_ascii=False).encode("utf-8") + b"\n"

    def run(enc: str) -> bytes:
        raw = io.BytesIO()
        out = io.TextIOWrapper(raw, encoding=enc)
        old = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(line), encoding="utf-8")
        try:
            assert main(argv, out=out, err=io.StringIO()) == 0
        finally:
            sys.stdin = old
        out.flush()
        return raw.getvalue()

    written = run(encoding)
    assert written == run("utf-8")
    text = written.decode("utf-8")
    if argv[0] == "assess":
        assert "(처벌 😀)" in text
        (record,) = [json.loads(x) for x in text.splitlines() if x.strip()]
        assert record["record"] == 1
    elif argv[-1] in ("json", "--schema"):
        json.loads(text)
    else:
        assert "Côte d’Ivoire" in text  # a CSV row's state name, not \xf4


def test_a_byte_order_mark_at_the_start_of_a_later_record_is_not_data() -> None:
    """Two files put one after another (``cat a.jsonl b.jsonl``), the second saved with a
    byte-order mark: every record is read, none lost."""
    code, out, err = run(
        "assess",
        "--on",
        "2004-06-30",
        "--format",
        "json",
        stdin=caseload_around(b"\xef\xbb\xbf" + GOOD),
    )
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 4


def test_records_separated_by_carriage_returns_alone_are_refused_with_the_cause_named() -> None:
    """Lines that end in CR alone (old Mac files, some exports) read as one line: the error says
    so, rather than only "Extra data"."""
    code, _, err = run(
        "assess", "--on", "2004-06-30", "--summary", stdin=GOOD + b"\r" + GOOD + b"\r"
    )
    assert code == 2
    assert "carriage return alone (CR): convert them to LF" in err


def test_help_states_every_exit_status() -> None:
    """The exit statuses are documented where a user of the command line looks: ``--help``."""
    out = io.StringIO()
    with pytest.raises(SystemExit), contextlib.redirect_stdout(out):
        main(["--help"])
    text = " ".join(out.getvalue().split())
    for status in ("0 done", "2 bad input", "70 a fault", "74 input or output", "141 output"):
        assert status in text


@pytest.mark.skipif(os.name != "posix", reason="the output's descriptor is written on POSIX")
@pytest.mark.parametrize("budget", [0, 1, 700, 1500, 4000, 9999, 25_000])
def test_output_cut_short_counts_only_the_records_that_reached_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, budget: int
) -> None:
    # A second Ctrl-C while the output is blocked (a stalled pipe) stops the run part-way through
    # writing a chunk: the line counts the records that reached the output whole, and says so
    # where the next one reached it in part. Before, the text a text stream held back was
    # dropped, and the count was of the chunks before (records written were left out of it).
    other = attrs.evolve(
        testing.north_korean_escapee(),
        person=attrs.evolve(testing.north_korean_escapee().person, name="Kim Ŭn-ju"),
    )
    lines = [GOOD if i % 3 else rl.to_json(other).encode() for i in range(40)]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    real, left = os.write, [budget]
    with (tmp_path / "out.jsonl").open("w", encoding="utf-8") as sink:

        def write(fd: int, data: Any) -> int:
            if fd != sink.fileno():
                return real(fd, data)
            if not left[0]:
                raise KeyboardInterrupt  # the second Ctrl-C, while the write waits
            n = real(fd, bytes(data[: min(len(data), left[0], 1000)]))  # a pipe's part-writes
            left[0] -= n
            return n

        monkeypatch.setattr(os, "write", write)
        monkeypatch.setattr(sys, "stdout", sink)  # the command line's own output
        err = io.StringIO()
        code = main(["assess", str(path), "--on", "2004-06-30", "--format", "json"], err=err)
        monkeypatch.undo()
    written = (tmp_path / "out.jsonl").read_bytes()
    assert len(written) == budget
    whole = written.count(b"\n")
    for line in written.splitlines(keepends=True)[:whole]:
        assert json.loads(line)["record"]  # each one whole
    cut = (
        ""
        if written.endswith(b"\n") or not written
        else ", and the start of the next one (cut short)"
    )
    assert (code, err.getvalue()) == (
        130,
        f"refugeelaw: interrupted: the first {whole} record{'' if whole == 1 else 's'} written "
        f"or reported{cut}; the rest were not\n",
    )


@pytest.mark.parametrize("processes", ["1", "2"])
def test_binary_input_after_good_records_keeps_them(tmp_path: Path, processes: str) -> None:
    # Nothing lost: a binary line (here, NUL bytes over --max-record-bytes) ends the run, after
    # every record before it is written; the line says where. Before, the records read with it
    # in the same chunk (up to 255) were dropped.
    path = tmp_path / "then-binary.jsonl"
    path.write_bytes(b"\n".join([GOOD] * 300) + b"\n" + b"\0" * 9000 + b"\n" + GOOD + b"\n")
    out, err = io.StringIO(), io.StringIO()
    argv = ["assess", str(path), "--on", "2004-06-30", "--max-record-bytes", "4096"]
    assert main([*argv, "--processes", processes], out=out, err=err) == 2
    assert out.getvalue().count("[record ") == 300
    assert err.getvalue() == (
        "refugeelaw: the input is binary from line 301, not JSON text: the records before it were "
        "written or reported; the rest were not read\n"
    )


@pytest.mark.skipif(
    not Path("/proc/self/task").exists(), reason="finds the workers in /proc (Linux)"
)
def test_a_worker_process_killed_ends_the_run_with_71_saying_how_far_it_got(
    tmp_path: Path,
) -> None:
    # A worker killed by the system (here kill -9, as the out-of-memory killer does): the run
    # ends with status 71, and what was written is exactly what the line counts.
    path = _caseload_file(tmp_path, 3000)
    out = tmp_path / "out.txt"
    with out.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "refugeelaw", "assess", "-", "--on", "2004-06-30",
             "--processes", "2"],
            stdin=subprocess.PIPE, stdout=sink, stderr=subprocess.PIPE,
        )  # fmt: skip
        assert proc.stdin is not None
        assert proc.stderr is not None
        proc.stdin.write(path.read_bytes())  # the input stays open: the run waits for more
        proc.stdin.flush()
        while out.stat().st_size == 0 and proc.poll() is None:  # under way
            time.sleep(0.1)
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        assert len(children) == 2
        os.kill(int(children[0]), signal.SIGKILL)
        # On a fast machine every record may be decided before the kill, the worker dying idle:
        # the run learns of it from the next chunk of records it gives that worker (each takes
        # every other chunk), so a few more come, one at a time (records that arrive together are
        # one chunk, which the live worker may take), and the input ends. (Without them the run
        # waited for more input for ever, the death unseen.)
        with contextlib.suppress(BrokenPipeError):
            for _ in range(4):
                proc.stdin.write(GOOD + b"\n")
                proc.stdin.flush()
                time.sleep(0.2)
            proc.stdin.close()
        err = proc.stderr.read()
        status = proc.wait(timeout=120)
    message = re.fullmatch(
        rb"refugeelaw: a worker process stopped before it finished its records \(killed by the "
        rb"system: out of memory, or a signal\): the first ([\d,]+) records written or reported; "
        rb"the rest were not\n",
        err,
    )
    assert (status, message is not None) == (71, True), err
    assert message is not None
    assert int(message[1].replace(b",", b"")) == out.read_bytes().count(b"[record ")


def test_a_second_ctrl_c_while_the_workers_are_stopped_keeps_the_line_saying_how_far(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Once a run is stopping, a second Ctrl-C while the worker processes are being stopped has
    # nothing left to stop: the line still says how far the run got. Before, the second one was
    # raised there, and the line became a bare "interrupted".
    from refugeelaw import _workers

    real = _workers.Workers.close

    def close(self: Any, *, finished: bool) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # the second Ctrl-C
        real(self, finished=finished)

    class Stopped(io.StringIO):
        def write(self, text: str) -> int:
            if self.tell() > 0:
                raise KeyboardInterrupt  # the first Ctrl-C, once the first run is written
            return super().write(text)

    monkeypatch.setattr(_workers.Workers, "close", close)
    path = _caseload_file(tmp_path, 600)
    out, err = Stopped(), io.StringIO()
    argv = ["assess", str(path), "--on", "2004-06-30", "--processes", "2", "--format", "json"]
    assert main(argv, out=out, err=err) == 130
    assert err.getvalue() == (
        "refugeelaw: interrupted: the first 256 records written or reported; the rest were not\n"
    )
    assert out.getvalue().count("\n") == 256


_WORKER_FAULT = """
import io, sys
sys.path.insert(0, sys.argv[1])
from refugeelaw import _speed, cli

chunks = 0

def fault() -> None:  # in the workers (forked): a fault of the library's, not a record's
    global chunks
    chunks += 1
    if chunks == 2:
        raise OSError(28, "No space left on device")

_speed.settle_worker = fault
err = io.StringIO()
code = cli.main(["assess", sys.argv[2], "--on", "2004-06-30", "--processes", "2"], err=err)
sys.stdout.flush()
sys.stderr.write(f"{code}\\n{err.getvalue()}")
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the fault is patched into forked workers")
def test_a_fault_in_a_worker_process_is_the_librarys_not_the_outputs(tmp_path: Path) -> None:
    # A worker's own exception (here an OSError, outside any record) is reported as a fault of
    # the library's in a worker, 70, with how far the run got: never as the parent's own (an
    # OSError there means the output failed, 74; a BrokenPipeError, a reader gone, 141).
    path = _caseload_file(tmp_path, 3000)
    src = str(Path(rl.__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", _WORKER_FAULT, src, str(path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    code, line = done.stderr.split("\n", 1)
    written = done.stdout.count("[record ")
    assert (int(code), line) == (
        70,
        "refugeelaw: internal error in a worker process (OSError: [Errno 28] No space left on "
        f"device); please report it: the first {written:,} records written or reported; the "
        "rest were not\n",
    )
    assert written % 256 == 0  # whole chunks, those before the fault


@pytest.mark.skipif(sys.platform != "linux", reason="sets a resource limit for the child")
def test_too_many_worker_processes_for_the_system_says_so(tmp_path: Path) -> None:
    # --processes beyond what the system gives (each worker needs a few file descriptors): one
    # line saying so, status 71 (EX_OSERR), no process left; not "input or output failed".
    import resource

    def few_files() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))

    path = _caseload_file(tmp_path, 3)
    done = subprocess.run(
        [sys.executable, "-m", "refugeelaw", "assess", str(path), "--on", "2004-06-30",
         "--processes", "40"],
        capture_output=True, text=True, timeout=120, preexec_fn=few_files,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (71, "")
    assert done.stderr == (
        "refugeelaw: could not start 40 worker processes (Too many open files): give fewer "
        "with --processes\n"
    )


def test_chunks_of_large_records_are_cut_by_size() -> None:
    # The chunks in flight hold at most about 4 MiB of record text each, however large the
    # records (up to --max-record-bytes), not 256 records of any size.
    from refugeelaw.cli import _CHUNK_BYTES, _chunks

    big = b"x" * (1 << 20)
    chunks = list(_chunks(iter([(n, big) for n in range(1, 11)]), lambda: False))
    assert [len(c) for c in chunks] == [4, 4, 2]
    assert all(sum(len(r) for _, r in c) <= _CHUNK_BYTES for c in chunks)


@pytest.mark.skipif(os.name != "posix", reason="the output's descriptor is written on POSIX")
@pytest.mark.parametrize("step", [500, 4096, 20_000])
def test_a_second_ctrl_c_as_a_write_returns_counts_what_it_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: int
) -> None:
    # Two Ctrl-Cs during one chunk's write, each as a write returns having written part of it (a
    # slow reader): the first waits for the chunk, the second stops the run, and the line counts
    # every record that reached the output whole. Before, the second was raised as the write
    # returned, before the bytes it had written were counted (a slow reader: 7 runs in 12).
    path = _caseload_file(tmp_path, 40)
    real, calls = os.write, [0]
    with (tmp_path / "out.txt").open("w", encoding="utf-8") as sink:

        def write(fd: int, data: Any) -> int:
            if fd != sink.fileno():
                return real(fd, data)
            calls[0] += 1
            if calls[0] <= 2:
                os.kill(os.getpid(), signal.SIGINT)  # handled as this write returns
            return real(fd, bytes(data[:step]))

        monkeypatch.setattr(os, "write", write)
        monkeypatch.setattr(sys, "stdout", sink)
        err = io.StringIO()
        code = main(["assess", str(path), "--on", "2004-06-30", "--format", "json"], err=err)
        monkeypatch.undo()
    written = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert len(written.encode()) == 2 * step  # the write after the second signal never came
    whole = written.count("\n")  # a record a line
    message = re.fullmatch(
        r"refugeelaw: interrupted: the first (\d+) records? written or reported(, and the start "
        r"of the next one \(cut short\))?; the rest were not\n",
        err.getvalue(),
    )
    assert (code, message is not None) == (130, True), err.getvalue()
    assert message is not None
    assert int(message[1]) == whole


def test_the_record_size_limit_does_not_count_a_crlf_line_ending() -> None:
    """A record at the limit is read whether its line ends in LF or CRLF (a file written on
    Windows); one byte over, it is refused either way."""
    record = json.dumps({"person": {"nationalities": ["PRK"], "location": "CHN"}})
    size = len(record.encode())

    def summary(stdin: bytes, limit: int) -> tuple[int, str, str]:
        argv = ("assess", "-", "--on", "2004-06-30", "--summary", "--max-record-bytes", str(limit))
        return run(*argv, stdin=stdin)

    for ending in ("\n", "\r\n"):
        stdin = (record + ending).encode()
        code, out, err = summary(stdin, size)
        assert (code, err) == (0, ""), ending
        assert out.startswith("1 claim\n")
        _, _, err = summary(stdin, size - 1)
        assert err.startswith(f"record 1: larger than {size - 1:,} bytes"), ending


def _kenya_somalia_caseload() -> list[rl.Claim]:
    """Kenya, 2010, returning Somalis (interface review F1): fifteen returns a bar prohibits
    whatever the status (Refugee Convention art. 33(1) for a recognised political opinion, OAU
    Convention art. II(3) for flight from generalised violence, CAT art. 3 for torture, ICCPR
    art. 7 for irreparable harm, ICCPR art. 6(1) for a risk to life), three of each, and two that
    OAU art. II(3) prohibits only while an Art 1F(b) exclusion raised (OAU art. I(5)) is
    undecided."""

    def harm(**changes: Any) -> rl.Harm:
        base = rl.Harm(
            "prosecution",
            "SOM",
            severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
            likelihood=0.5,
            actor=rl.Actor.STATE,
            reasons={rl.Motive.CRIMINAL_PROSECUTION},
            torture=False,
            official_involvement=True,
            irreparable=False,
            death_penalty=False,
            risk_to_life=False,
            flagrant_denial_of_justice=False,
        )
        return attrs.evolve(base, **changes)

    def claim(fear: rl.Harm) -> rl.Claim:
        return rl.Claim(
            rl.Person("x", {"SOM"}, location="KEN"),
            fears=(fear,),
            protection={"SOM": rl.Protection.UNAVAILABLE},
        )

    def somali(**changes: Any) -> rl.Claim:
        fighting = rl.Harm(
            "being killed in the fighting",
            "SOM",
            severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
            likelihood=0.5,
            actor=rl.Actor.NON_STATE,
            reasons={rl.Motive.GENERALISED_VIOLENCE},
            protection_withheld_for=frozenset(),
            torture=False,
            official_involvement=False,
            risk_to_life=False,
            irreparable=False,
            death_penalty=False,
        )
        base = rl.Claim(
            rl.Person("S", {"SOM"}, location="KEN"),
            fears=(fighting,),
            internal_relocation=False,
            protection={"SOM": rl.Protection.UNAVAILABLE},
            flight_causes={rl.FlightCause.SERIOUS_PUBLIC_DISORDER},
            flight_events_in={"SOM"},
        )
        return attrs.evolve(base, **changes)

    return [
        *[claim(harm(reasons={rl.Ground.POLITICAL_OPINION}))] * 3,
        *[somali()] * 3,
        *[claim(harm(torture=True))] * 3,
        *[claim(harm(irreparable=True))] * 3,
        *[claim(harm(risk_to_life=True))] * 3,
        *[somali(exclusion_pending=frozenset({"1F(b)"}))] * 2,
    ]


def test_a_summary_counts_the_prohibitions_that_hold_only_while_the_status_is_pending() -> None:
    """OAU Convention art. II(3) with an art. I(5) (Art 1F(b)) exclusion raised and undecided,
    UNHCR Handbook para. 28: the prohibition holds only until the exclusion is decided. Kenya
    2010, 17 returns to Somalia, 2 of them provisional: the summary counted 17 PROHIBITED and,
    the provisional ones' deciding element cut by ``top=5``, said nothing of them; it now counts
    them (``provisional``), whatever ``top`` keeps, in the text and the JSON."""
    returns = [
        rl.assess_return(c, by="KEN", to="SOM", on="2010-01-01") for c in _kenya_somalia_caseload()
    ]
    assert [r.outcome.name for r in returns] == ["PROHIBITED"] * 17
    assert [bool(r.pending_status_facts()) for r in returns] == [False] * 15 + [True] * 2
    summary = rl.summarize(returns)
    assert summary.provisional == 2
    assert len(summary.deciding) == 5
    assert not any("undecided" in element for element, _ in summary.deciding)  # cut by top=5
    assert summary.to_dict()["provisional"] == 2
    assert rl.from_json(rl.CaseloadSummary, rl.to_json(summary)) == summary
    assert summary.explain().splitlines()[:2] == [
        "17 returns",
        "  PROHIBITED   17 (2 only while the refugee status, or an exclusion, cessation or "
        "Art 33(2) ground raised, is undecided)",
    ]
    everything = rl.summarize(returns, top=None)
    assert everything.provisional == 2
    assert (
        "OAU Refugee Convention art. II(3), while what it rests on is undecided",
        2,
    ) in everything.deciding
    # A prohibition that holds whatever the status says nothing more.
    final = rl.summarize(returns[:15])
    assert final.provisional == 0
    assert final.explain().splitlines()[1] == "  PROHIBITED   15"


def test_provisional_prohibitions_add_up_across_parts_whatever_each_part_kept() -> None:
    """Summaries of a caseload's parts (``+``, ``sum``), each cut to its top deciding element:
    the provisional prohibitions (OAU art. II(3) pending an art. I(5) decision) add up exactly,
    as the totals do, though the cut lost the element that named them."""
    returns = [
        rl.assess_return(c, by="KEN", to="SOM", on="2010-01-01") for c in _kenya_somalia_caseload()
    ]
    parts = [rl.summarize(returns[i : i + 6], top=1) for i in range(0, 17, 6)]
    assert [p.provisional for p in parts] == [0, 0, 2]
    merged = sum(parts)
    assert isinstance(merged, rl.CaseloadSummary)
    assert merged.provisional == 2 == rl.summarize(returns, top=None).provisional
    assert merged.total == 17
    assert sum(parts[:2]).provisional == 0  # type: ignore[union-attr]


def test_the_command_lines_summary_counts_the_provisional_prohibitions() -> None:
    """refugeelaw return --by KEN --to SOM --on 2010-01-01 --summary (OAU art. II(3), Handbook
    para. 28): the two returns prohibited only while an Art 1F(b) exclusion is undecided are
    counted in the text and in the JSON, whatever the five deciding elements kept, and with
    worker processes as without."""
    stdin = "".join(rl.to_json(c) + "\n" for c in _kenya_somalia_caseload())
    argv = ("return", "--by", "KEN", "--to", "SOM", "--on", "2010-01-01", "--summary")
    code, text, err = run(*argv, stdin=stdin)
    assert (code, err) == (0, "")
    assert text.splitlines()[:2] == [
        "17 returns",
        "  PROHIBITED   17 (2 only while the refugee status, or an exclusion, cessation or "
        "Art 33(2) ground raised, is undecided)",
    ]
    for extra in ((), ("--processes", "2")):
        code, out, err = run(*argv, "--format", "json", *extra, stdin=stdin)
        assert (code, err) == (0, "")
        doc = json.loads(out)
        assert doc["provisional"] == 2
        assert doc["outcomes"] == {"PROHIBITED": 17}
        assert len(doc["deciding"]) == 5
        _, printed, _ = run("schema", "summary")
        _validator(json.loads(printed)).validate(doc)


def test_a_summary_written_before_provisional_reads_with_none_and_a_wrong_count_is_refused() -> (
    None
):
    """A summary JSON without ``provisional`` (written before it) reads as 0 provisional (a new
    field with a default: no breaking change). Only a prohibited return is provisional (Handbook
    para. 28): more provisional than PROHIBITED, or any for status, is no caseload's summary,
    refused at the path, by ``from_json`` and (for status) by the schema."""
    old = '{"total": 2, "outcomes": {"PROHIBITED": 2}, "deciding": [], "question": "return"}'
    assert rl.from_json(rl.CaseloadSummary, old).provisional == 0
    too_many = json.loads(old) | {"provisional": 3}
    with pytest.raises(rl.InvalidInput) as raised:
        rl.from_dict(rl.CaseloadSummary, too_many)
    assert [p.path for p in raised.value.problems] == ["provisional"]
    assert raised.value.problems[0].message.startswith("3 is more than the 2 returns PROHIBITED")
    assert rl.from_dict(rl.CaseloadSummary, json.loads(old) | {"provisional": 2}).provisional == 2
    status = {"total": 1, "outcomes": {"REFUGEE": 1}, "deciding": [], "provisional": 1}
    with pytest.raises(rl.InvalidInput, match=r"^provisional: expected 0 for question='status'"):
        rl.from_dict(rl.CaseloadSummary, status)
    _, printed, _ = run("schema", "summary")
    assert not _validator(json.loads(printed)).is_valid(status)
    assert _validator(json.loads(printed)).is_valid(status | {"provisional": 0})


@pytest.mark.parametrize("processes", ["1", "2"])
@pytest.mark.parametrize("command", [["assess"], ["return", "--by", "DEU", "--to", "RUS"]])
def test_a_caseload_names_a_field_the_statehood_rule_refuses_by_the_record_s_own_path(
    tmp_path: Path, command: list[str], processes: str
) -> None:
    """A caseload reports each bad record at the path of the field within the record, as the
    errors in reading it do (``person.location``), also where the refusal is the statehood
    rule's (the USSR names no State in 2010: the data's statehood record, dissolved 1991), which
    names the assessment functions' argument (``claim.person.nationalities``) when they are
    called from Python (interface review F4); the good records are still written, in this
    process and from worker processes (``--processes 2``) alike."""
    soviet = json.loads(GOOD)
    soviet["person"]["nationalities"] = ["SUN"]
    path = tmp_path / "caseload.jsonl"
    path.write_text(
        "\n".join([GOOD.decode(), json.dumps(soviet), '{"person": {"location": "xx"}}']) + "\n"
    )
    out, err = io.StringIO(), io.StringIO()
    argv = [*command, str(path), "--on", "2010-01-01", "--processes", processes]
    assert main(argv, out=out, err=err) == 2
    lines = err.getvalue().splitlines()
    assert lines[0].startswith("record 2: person.nationalities: SUN ")
    assert "claim." not in lines[0]
    assert lines[1].startswith("record 3: person.")
    assert out.getvalue().count("record 1") == 1
    with pytest.raises(rl.InvalidInput) as raised:
        rl.assess_status(rl.from_json(rl.Claim, json.dumps(soviet)), on="2010-01-01")
    assert [p.path for p in raised.value.problems] == ["claim.person.nationalities"]


def test_a_caseload_names_an_onward_list_naming_the_destination_by_the_record_s_own_path(
    tmp_path: Path,
) -> None:
    """CAT art. 3 (the risk in the third State the person is sent on to): a record whose onward
    list names the destination itself (``{"CHN": ["CHN"]}``, refused as it is read) or a place of
    its State on the day (Hong Kong, part of China in 2005, refused at assessment) is reported at
    ``onward_removal['CHN']``, the record's own path, not the functions' ``claim.`` one; the good
    records are still written."""
    itself, hong_kong = json.loads(GOOD), json.loads(GOOD)
    itself["onward_removal"] = {"CHN": ["CHN"]}
    hong_kong["onward_removal"] = {"CHN": ["HKG"]}
    path = tmp_path / "caseload.jsonl"
    path.write_text("\n".join([GOOD.decode(), json.dumps(itself), json.dumps(hong_kong)]) + "\n")
    out, err = io.StringIO(), io.StringIO()
    command = ["return", str(path), "--by", "KOR", "--to", "CHN", "--on", "2005-01-01"]
    assert main(command, out=out, err=err) == 2
    lines = err.getvalue().splitlines()
    assert lines[0].startswith(
        "record 2: onward_removal['CHN']: the list names 'CHN', the destination itself"
    )
    assert lines[1].startswith(
        "record 3: onward_removal['CHN']: the list names 'HKG', part of the same State as 'CHN' "
        "on 2005-01-01"
    )
    assert out.getvalue().count("record 1") == 1


def test_return_json_flags_art_33_1_provisional_beside_cat_and_the_summary_counts_it_final() -> (
    None
):
    """Refugee Convention art. 33(1) with Art 1F(b) raised and undecided, beside CAT art. 3(1)
    (an escapee facing torture, China 2004): the command line's outline line (``--format json``,
    compact and ``--detail full``) lists art. 33(1) among ``breaches`` and, new, in
    ``provisional``, with the fact it waits on (interface review F1); both validate against
    ``schema return``. The prohibition holds whatever the exclusion decides, so the summary
    counts it PROHIBITED and not provisional, decided by CAT art. 3(1)."""
    claim = testing.north_korean_escapee(exclusion_pending={"1F(b)"})
    argv = ("return", "-", "--by", "CHN", "--to", "PRK", "--on", "2004-06-30", "--format", "json")
    _, printed, _ = run("schema", "return")
    validator = _validator(json.loads(printed))
    for detail in ("compact", "full"):
        code, out, err = run(*argv, "--detail", detail, stdin=rl.to_json(claim))
        assert (code, err) == (0, "")
        line = json.loads(out)
        validator.validate(line)
        result = line["result"]
        if detail == "compact":
            assert result["breaches"] == [
                "Refugee Convention art. 33(1)",
                "CAT art. 3(1)",
                "customary international law, non-refoulement",
            ]
            assert result["provisional"] == ["Refugee Convention art. 33(1)"]
            assert result["pending_status_facts"] == ["exclusion_pending['1F(b)']"]
        else:
            back = rl.from_dict(rl.ReturnAssessment, result)
            assert back.provisional_provisions == ("Refugee Convention art. 33(1)",)
    code, out, _ = run(*argv[:-2], "--summary", "--format", "json", stdin=rl.to_json(claim))
    summary = rl.from_json(rl.CaseloadSummary, out)
    assert (summary.provisional, summary.deciding) == (0, (("CAT art. 3(1)", 1),))
