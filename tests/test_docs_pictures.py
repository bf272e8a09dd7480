"""The documentation's pictures say what the library says (docs/_ext/refugeelaw_pictures.py).

The pictures are computed when the site is built; these tests hold them to the library's answers
without Sphinx or Graphviz (the DOT and SVG text is checked, not its layout).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.law.precedence import PRECEDENCE_RULES

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))

import refugeelaw_pictures as pictures

START, END = dt.date(1945, 1, 1), dt.date(2026, 1, 8)


def test_timeline_china_bound_by_the_convention_from_the_ninetieth_day() -> None:
    """Refugee Convention art. 43(2): China, which acceded on 24 Sep 1982, is drawn as bound from
    23 Dec 1982 and not before."""
    assert pictures.segments("CHN", "refugee-convention-1951", START, END) == [
        (START, dt.date(1982, 12, 23), "not_met"),
        (dt.date(1982, 12, 23), END, "met"),
    ]


def test_timeline_dprk_iccpr_unbroken_by_the_1997_withdrawal() -> None:
    """ICCPR (no denunciation clause; HRC General Comment 26): the DPRK is drawn as bound from its
    entry into force, 14 Dec 1981, without a break in 1997."""
    assert pictures.segments("PRK", "iccpr-1966", START, END) == [
        (START, dt.date(1981, 12, 14), "not_met"),
        (dt.date(1981, 12, 14), END, "met"),
    ]


def test_timeline_dprk_convention_unknown_after_the_horizon() -> None:
    """After the data's horizon (12 Mar 2015) a state with no binding record is drawn as unknown,
    as rl.party_status answers, not as 'not bound'."""
    got = pictures.segments("PRK", "refugee-convention-1951", START, END)
    assert got[-1] == (dt.date(2015, 3, 13), END, "unknown")
    assert rl.party_status("PRK", "refugee-convention-1951", on="2016-01-01").verdict is (
        rl.Verdict.UNKNOWN
    )


def test_timeline_ends_at_the_latest_horizon_and_marks_unverified_records() -> None:
    """The right edge is a date the data speaks for (the UN membership list of 8 Jan 2026), not
    the build's date; the 1986 China–DPRK protocol, whose date is unverified, says so, and is
    drawn unknown from 1986, the year the sources give, until 30 June 2004, the first day a
    source speaks of it (Dong-A Ilbo)."""
    assert pictures.timeline_end(["CHN", "PRK", "KOR"]) == dt.date(2026, 1, 8)
    svg, alt = pictures.timeline_svg(["CHN"], START, END)
    assert pictures.segments("CHN", "china-dprk-border-protocol-1986", START, END) == [
        (START, dt.date(1986, 1, 1), "not_met"),
        (dt.date(1986, 1, 1), dt.date(2004, 6, 30), "unknown"),
        (dt.date(2004, 6, 30), END, "met"),
    ]
    assert "1986 China–DPRK Border Protocol [unverified]: unknown" in alt
    assert "bound 2004-06-30 to 2026-01-08" in alt
    assert "Refugee Convention: bound 1982-12-23 to 2026-01-08" in alt
    assert svg.startswith("<svg")
    assert svg.rstrip().endswith("</svg>")


def test_precedence_diagram_follows_the_table_order() -> None:
    """VCLT arts 53/64, Charter Art. 103, VCLT art. 30(2), art. 30(3)-(5) (with art. 41(1)(b)),
    lex specialis: the diagram numbers the rules in the order of PRECEDENCE_RULES, with the
    outcomes each can give."""
    dot = pictures.precedence_dot()
    numbered = re.findall(r'r(\d) \[label="\d\. (\w+)', dot)
    assert [name for _, name in numbered] == [rule.__name__ for rule in PRECEDENCE_RULES]
    assert 'o4 [label="LEX_POSTERIOR /\\nCOMMON_TREATY /\\nINTER_SE_BARRED"' in dot
    assert 'o2 [label="CHARTER_ART_103"' in dot
    assert "UNRESOLVED" in dot
    assert "NO_CONFLICT" in dot


def test_tree_is_the_librarys_own_dot_with_wrapped_labels() -> None:
    """Refugee Convention art. 33(1): the picture of the bar is explain(format="dot") of the bar's
    finding, every word of every label kept, only the lines wrapped."""
    r = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on="2004-06-30")
    bar = r.finding.find("Refugee Convention art. 33(1) bar")
    assert bar is not None
    original = bar.explain(format="dot")
    drawn = pictures.tree_dot(r, "Refugee Convention art. 33(1) bar", width=30)
    assert "rankdir=LR" in drawn
    labels = re.compile(r'label="((?:[^"\\]|\\.)*)"')
    before = [" ".join(x.replace("\\n", " ").split()) for x in labels.findall(original)]
    after = [" ".join(x.replace("\\n", " ").split()) for x in labels.findall(drawn)]
    assert before == after
    assert all(
        len(line) <= 30 for x in labels.findall(drawn) for line in x.split("\\n") if " " in line
    )


def test_run_source_returns_the_last_expression() -> None:
    """A tree directive's content: statements, then the result (Art 1A(2) for the escapee)."""
    result = pictures.run_source(
        'claim = testing.north_korean_escapee()\nrl.assess_status(claim, on="2004-06-30")'
    )
    assert result.outcome is rl.Status.REFUGEE


def test_dataflow_names_the_rules_tables_from_the_modules() -> None:
    """The design page's data flow lists each room's public classes and the rules' tables."""
    dot = pictures.dataflow_dot()
    for name in ("DISPLACING_CLAUSES", "BARS", "PRECEDENCE_RULES", "Claim", "Finding"):
        assert name in dot
