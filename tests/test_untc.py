"""Tests for the UN Treaty Collection status-table importer (refugeelaw.untc).

The samples in tests/data/untc/ are hand-written in the layout of a UNTC status page; every date in
them is one the package's own participation data records, so reading a sample and comparing the
result with the library's records is a cross-check of the importer against the data.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import untc
from refugeelaw.errors import InvalidInput, Problem
from refugeelaw.sources import SOURCE_FIELDS, Source
from refugeelaw.states import Action, Participation, Reservation, _load_file

DATA = Path(__file__).parent / "data" / "untc"
CONVENTION = "refugee-convention-1951"
PROTOCOL = "refugee-protocol-1967"
ICCPR = "iccpr-1966"
DEPOSIT_HEADING = "Ratification, Accession(a), Succession(d)"


def sample(name: str) -> str:
    return (DATA / name).read_text("utf-8")


def line_of(text: str, start: str) -> str:
    """``"line N"`` for the first line of ``text`` that starts with ``start``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(start):
            return f"line {number}"
    raise AssertionError(f"no line starts with {start!r}")


def package_file(instrument: str) -> dict[str, Any]:
    folder = resources.files("refugeelaw").joinpath("data/participation")
    raw: dict[str, Any] = json.loads(folder.joinpath(f"{instrument}.json").read_text("utf-8"))
    return raw


def package_records(instrument: str) -> list[Participation]:
    return _load_file(package_file(instrument))


def package_sources(instrument: str) -> dict[str, Source]:
    return {
        k: Source(**{f: s[f] for f in SOURCE_FIELDS if f in s})
        for k, s in package_file(instrument)["sources"].items()
    }


def assert_matches_package(imported: tuple[Participation, ...], instrument: str) -> None:
    for p in imported:
        mine = rl.states.participation(p.state, instrument)
        assert mine is not None, p.state
        got = (p.action, p.signature, p.deposited, p.in_force)
        if (
            p.action is Action.SUCCESSION
            and mine.in_force
            and mine.deposited is not None
            and mine.in_force < mine.deposited
        ):
            # The package dates this succession from the date of succession, from a source the
            # UN Treaty Collection's tables do not carry (their footnotes): the rest agrees.
            got = (p.action, p.signature, p.deposited, mine.in_force)
        assert got == (mine.action, mine.signature, mine.deposited, mine.in_force), p.state


# -- the three layouts, checked against the package's data ------------------------------------


def test_v2_tab_sample_reproduces_package_records() -> None:
    result = untc.parse_status_table(sample("v2-refugee-convention.tsv"), instrument=CONVENTION)
    states = [p.state for p in result.participations]
    assert states == [
        "AFG", "AUT", "BEN", "BOL", "CHN", "COG", "CIV", "DEU", "VAT", "IRN", "KOR", "TUR", "GBR",
    ]  # fmt: skip
    assert_matches_package(result.participations, CONVENTION)
    chn = result.participations[states.index("CHN")]
    assert (chn.action, chn.deposited, chn.in_force) == (
        Action.ACCESSION,
        dt.date(1982, 9, 24),
        dt.date(1982, 12, 23),  # art. 43(2): the ninetieth day
    )
    assert result.participations[states.index("BEN")].action is Action.SUCCESSION
    tur = result.participations[states.index("TUR")]
    assert (tur.signature, tur.deposited) == (dt.date(1951, 8, 24), dt.date(1962, 3, 30))
    assert all(p.instrument == CONVENTION and p.status == "verified" for p in result.participations)


def test_v2_sample_reports_bad_rows_by_line_and_keeps_the_rest() -> None:
    text = sample("v2-refugee-convention.tsv")
    result = untc.parse_status_table(text, instrument=CONVENTION)
    assert result.problems == (
        Problem(line_of(text, "Narnia"), "unknown participant 'Narnia'"),
        Problem(line_of(text, "Netherlands"), "unreadable date '3 Mya 1956'"),
    )
    assert "NLD" not in {p.state for p in result.participations}


def test_iv4_space_aligned_sample_with_signature_only_rows() -> None:
    result = untc.parse_status_table(sample("iv4-iccpr.txt"), instrument=ICCPR)
    assert result.problems == ()
    assert len(result.participations) == 11
    assert_matches_package(result.participations, ICCPR)
    by_state = {p.state: p for p in result.participations}
    chn = by_state["CHN"]
    assert (chn.action, chn.signature, chn.deposited, chn.in_force) == (
        Action.SIGNATURE_ONLY,
        dt.date(1998, 10, 5),
        None,
        None,
    )
    assert by_state["CUB"].action is Action.SIGNATURE_ONLY
    assert by_state["PRK"].in_force == dt.date(1981, 12, 14)  # art. 49(2): three months
    assert by_state["BIH"].action is Action.SUCCESSION


def test_v5_csv_sample() -> None:
    result = untc.parse_status_table(sample("v5-refugee-protocol.csv"), instrument=PROTOCOL)
    assert result.problems == ()
    assert {p.state for p in result.participations} == {
        "BIH", "CHN", "CZE", "COD", "IRN", "MKD", "KOR", "TUR", "USA", "VEN",
    }  # fmt: skip
    assert_matches_package(result.participations, PROTOCOL)
    # Protocol art. VIII(2): in force on the day of deposit.
    assert all(p.in_force == p.deposited for p in result.participations)


def test_imported_records_answer_is_party() -> None:
    result = untc.parse_status_table(sample("v2-refugee-convention.tsv"), instrument=CONVENTION)
    chn = next(p for p in result.participations if p.state == "CHN")
    extra = [attrs.evolve(chn, deposited=dt.date(1983, 1, 3), in_force=None)]
    # The registry computes entry into force from the imported record's (altered) deposit date.
    assert not rl.is_party("CHN", CONVENTION, on="1983-01-03", extra=extra)
    assert rl.is_party("CHN", CONVENTION, on="1983-04-03", extra=extra)


# -- layout details --------------------------------------------------------------------------------


def test_page_text_blank_lines_and_later_tables_are_skipped() -> None:
    text = (
        "Status as at : 1 January 2000\n\n"
        "Participant\tSignature\tRatification, Accession(a), Succession(d)\n"
        "\n"
        "China 5\t\t24 Sep 1982 a\n"
        "Note: see the footnotes below\n"
        "Participant\tValid from\tValid until\n"
        "Austria\t28 Jul 1951\t1 Nov 1954\n"
    )
    result = untc.parse_status_table(text, instrument=CONVENTION)
    assert [p.state for p in result.participations] == ["CHN"]
    assert result.problems == ()


@pytest.mark.parametrize(
    "header",
    [
        "Participant\tSignature, Succession to signature(d)\t" + DEPOSIT_HEADING,
        "PARTICIPANT 1\tsignature\t"
        "Approval(AA), Acceptance(A), Accession(a), Succession(d), Ratification",
        "Participant\tSignature\tDefinitive signature(s), Ratification, Accession(a)",
    ],
)
def test_header_variants(header: str) -> None:
    text = f"{header}\nRepublic of Korea\t\t3 Dec 1992 a\nTürkiye\t24 Aug 1951\t30 Mar 1962\n"
    result = untc.parse_status_table(text, instrument=CONVENTION)
    assert [(p.state, p.action) for p in result.participations] == [
        ("KOR", Action.ACCESSION),
        ("TUR", Action.RATIFICATION),
    ]


def test_space_layout_with_collapsed_empty_signature_cell() -> None:
    # Not aligned: the date starts nearer the Signature heading, but "a" never marks a signature.
    text = (
        "Participant      Signature      Ratification, Accession(a), Succession(d)\n"
        "China 5          24 Sep 1982 a\n"
        "Türkiye          24 Aug 1951    30 Mar 1962\n"
    )
    result = untc.parse_status_table(text, instrument=CONVENTION)
    chn, tur = result.participations
    assert (chn.signature, chn.deposited) == (None, dt.date(1982, 9, 24))
    assert chn.action is Action.ACCESSION
    assert (tur.signature, tur.deposited) == (dt.date(1951, 8, 24), dt.date(1962, 3, 30))


def test_row_that_cannot_be_split_is_reported() -> None:
    text = f"Participant\tSignature\t{DEPOSIT_HEADING}\nChina 24 Sep 1982 a\n"
    result = untc.parse_status_table(text, instrument=CONVENTION)
    assert result.participations == ()
    assert result.problems == (
        Problem("line 2", "cannot tell the columns apart in 'China 24 Sep 1982 a'"),
    )


def test_duplicate_and_empty_rows_are_reported() -> None:
    text = (
        "Participant\tSignature\tRatification, Accession(a), Succession(d)\n"
        "China\t\t24 Sep 1982 a\n"
        "China 5\t\t24 Sep 1982 a\n"
        "Austria\t\t\n"
    )
    result = untc.parse_status_table(text, instrument=CONVENTION)
    assert [p.state for p in result.participations] == ["CHN"]
    assert result.problems == (
        Problem("line 3", "CHN already read on line 2"),
        Problem("line 4", "no signature or deposit date"),
    )


def test_a_row_entering_into_force_beyond_the_calendar_is_a_problem_of_that_row() -> None:
    """``strict=False`` skips a row it cannot read and names its line: a deposit on 9999-12-31,
    whose entry into force (art. 43(2): the ninetieth day) falls beyond the calendar, is such a
    row; the table's other rows are kept (it raised, and the whole table was lost)."""
    text = (
        "Participant\tSignature\tRatification, Accession(a), Succession(d)\n"
        "China\t\t24 Sep 1982 a\n"
        "Republic of Korea\t\t31 Dec 9999 a\n"
    )
    result = untc.parse_status_table(text, instrument=CONVENTION)
    assert [p.state for p in result.participations] == ["CHN"]
    ((problem),) = result.problems
    assert problem.path == "line 3"
    assert "beyond the calendar" in problem.message


def test_signature_after_deposit_is_reported() -> None:
    text = "Participant\tSignature\tRatification\nTürkiye\t30 Mar 1962\t24 Aug 1951\n"
    result = untc.parse_status_table(text, instrument=CONVENTION)
    assert result.participations == ()
    assert result.problems == (
        Problem("line 2", "signature: signature 1962-03-30 is after deposit 1951-08-24"),
    )


def test_no_header_raises() -> None:
    with pytest.raises(InvalidInput, match="no header row"):
        untc.parse_status_table("China\t\t24 Sep 1982 a\n", instrument=CONVENTION)


def test_unknown_instrument_raises() -> None:
    with pytest.raises(InvalidInput, match="unknown instrument 'nope'"):
        untc.parse_status_table(sample("v5-refugee-protocol.csv"), instrument="nope")


def test_strict_raises_with_every_problem() -> None:
    text = sample("v2-refugee-convention.tsv")
    with pytest.raises(InvalidInput) as info:
        untc.parse_status_table(text, instrument=CONVENTION, strict=True)
    assert info.value.problems == (
        Problem(line_of(text, "Narnia"), "unknown participant 'Narnia'"),
        Problem(line_of(text, "Netherlands"), "unreadable date '3 Mya 1956'"),
    )
    clean = untc.parse_status_table(sample("iv4-iccpr.txt"), instrument=ICCPR, strict=True)
    assert len(clean.participations) == 11


def test_source_default_title_and_override() -> None:
    text = sample("v5-refugee-protocol.csv")
    default = untc.parse_status_table(text, instrument=PROTOCOL)
    assert {p.source for p in default.participations} == {
        (Source("UN Treaty Collection status table (imported)"),)
    }
    mine = Source("UNTC V-5, copied 2024", url="https://treaties.un.org/")
    assert {p.source for p in untc.parse_status_table(text, instrument=PROTOCOL, source=mine).
            participations} == {(mine,)}  # fmt: skip
    titled = untc.parse_status_table(text, instrument=PROTOCOL, source="my copy")
    assert titled.participations[0].source == (Source("my copy"),)


# -- cells -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "date", "suffix"),
    [
        ("24 Sep 1982", dt.date(1982, 9, 24), ""),
        ("24 Sep 1982 a", dt.date(1982, 9, 24), "a"),
        ("3 Dec 1992 a", dt.date(1992, 12, 3), "a"),
        ("10 Nov 1969 d", dt.date(1969, 11, 10), "d"),
        ("5 Nov 1969 A", dt.date(1969, 11, 5), "A"),
        ("1 Nov 1968 AA", dt.date(1968, 11, 1), "AA"),
        ("1 Dec 1953 4", dt.date(1953, 12, 1), ""),
        ("24 Sep 1982 a 5, 6", dt.date(1982, 9, 24), "a"),
        ("24\u00a0Sep\u00a01982\u00a0a⁵", dt.date(1982, 9, 24), "a"),
        ("24 September 1982 d", dt.date(1982, 9, 24), "d"),
    ],
)
def test_parse_date_cell(cell: str, date: dt.date, suffix: str) -> None:
    assert untc.parse_date_cell(cell) == (date, suffix)


@pytest.mark.parametrize("cell", ["3 Mya 1956", "31 Feb 1990", "1990-01-01", "24 Sep 1982 x", ""])
def test_parse_date_cell_refuses(cell: str) -> None:
    with pytest.raises(InvalidInput, match="unreadable date"):
        untc.parse_date_cell(cell, field="deposit")


@pytest.mark.parametrize(
    ("suffix", "action"),
    [
        ("", Action.RATIFICATION),
        (" a", Action.ACCESSION),
        (" d", Action.SUCCESSION),
        (" A", Action.ACCEPTANCE),
        (" AA", Action.APPROVAL),
    ],
)
def test_suffix_gives_action(suffix: str, action: Action) -> None:
    # The dates are China's accession date; only the suffix letter is varied.
    text = f"Participant\tSignature\tRatification\nChina\t\t24 Sep 1982{suffix}\n"
    (record,) = untc.parse_status_table(text, instrument=CONVENTION).participations
    assert record.action is action


def test_definitive_signature_and_succession_to_signature_are_noted() -> None:
    text = (
        "Participant\tSignature, Succession to signature(d)\t"
        "Definitive signature(s), Ratification\n"
        "Austria\t28 Jul 1951 d\t1 Nov 1954 s\n"
    )
    (record,) = untc.parse_status_table(text, instrument=CONVENTION).participations
    assert record.action is Action.RATIFICATION
    assert any("Definitive signature" in n for n in record.notes)
    assert any("Succession to signature" in n for n in record.notes)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Bolivia (Plurinational State of)", "BOL"),
        ("China", "CHN"),
        ("Côte d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Czech Republic", "CZE"),
        ("Czechia", "CZE"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("Democratic Republic of the Congo", "COD"),
        ("Congo", "COG"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Lao People's Democratic Republic", "LAO"),
        ("Micronesia (Federated States of)", "FSM"),
        ("Netherlands (Kingdom of the)", "NLD"),
        ("Republic of Korea", "KOR"),
        ("Republic of Moldova", "MDA"),
        ("Russian Federation", "RUS"),
        ("Saint Kitts and Nevis", "KNA"),
        ("Syrian Arab Republic", "SYR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
        ("United Republic of Tanzania", "TZA"),
        ("United States of America", "USA"),
        ("Venezuela (Bolivarian Republic of)", "VEN"),
        ("Viet Nam", "VNM"),
        ("State of Palestine", "PSE"),
        ("Holy See", "VAT"),
        ("North Macedonia", "MKD"),
        ("Eswatini", "SWZ"),
        ("Cabo Verde", "CPV"),
        ("Gambia", "GMB"),
        ("Bosnia and Herzegovina", "BIH"),
        # footnote marks
        ("China 5, 6", "CHN"),
        ("Germany 4,7", "DEU"),
        ("China⁵", "CHN"),
        ("Holy See*", "VAT"),
        ("Germany (footnote)", "DEU"),
        ("Netherlands (Kingdom of the) 3", "NLD"),
    ],
)
def test_resolve_participant(name: str, code: str) -> None:
    assert untc.resolve_participant(name) == code


@pytest.mark.parametrize("name", ["Narnia", "Korea", "Yugoslavia (former)", ""])
def test_resolve_participant_unknown(name: str) -> None:
    assert untc.resolve_participant(name) is None


# -- merge -----------------------------------------------------------------------------------------


def test_merge_keeps_what_the_table_cannot_show() -> None:
    existing = package_records(CONVENTION)
    old = {p.state: p for p in existing}
    imported = untc.parse_status_table(
        sample("v2-refugee-convention.tsv"), instrument=CONVENTION
    ).participations
    merged = untc.merge(existing, imported)
    by_state = {p.state: p for p in merged}
    assert len(merged) == len(existing)  # every imported state already had a record
    assert [p.state for p in merged] == sorted(by_state)
    chn = by_state["CHN"]
    assert chn.reservations == old["CHN"].reservations
    assert [r.provisions for r in chn.reservations if r.kind != "text"] == [("14",), ("16(3)",)]
    assert chn.notes == old["CHN"].notes
    assert chn.source[0] == untc.DEFAULT_SOURCE
    assert set(old["CHN"].source) <= set(chn.source)
    assert by_state["TUR"].art_1b == "a"
    assert by_state["TUR"].reservations == old["TUR"].reservations
    # Records the import does not touch are kept unchanged.
    assert by_state["USA"] == old["USA"]
    # Nothing carried over: the record is the import's, with its source only.
    assert by_state["BOL"] == next(p for p in imported if p.state == "BOL")
    # The Art 1B history and notes the table cannot show are kept (Afghanistan's (b), from an
    # Austrian official notice).
    assert by_state["AFG"].art_1b_history == old["AFG"].art_1b_history
    assert by_state["AFG"].art_1b == "b"
    assert by_state["AFG"].notes == old["AFG"].notes


def test_merge_keeps_withdrawal_and_sorts_by_instrument_then_state() -> None:
    iccpr = package_records(ICCPR)
    conv = package_records(CONVENTION)
    imported = untc.parse_status_table(sample("iv4-iccpr.txt"), instrument=ICCPR).participations
    merged = untc.merge([*iccpr, *conv], imported)
    assert [(p.instrument, p.state) for p in merged] == sorted(
        (p.instrument, p.state) for p in [*iccpr, *conv]
    )
    prk = next(p for p in merged if p.instrument == ICCPR and p.state == "PRK")
    assert prk.withdrawal is not None
    assert prk.withdrawal.accepted is False
    assert prk.bound_on(dt.date(2004, 1, 1))
    kor = next(p for p in merged if p.instrument == ICCPR and p.state == "KOR")
    assert len([r for r in kor.reservations if r.kind != "text"]) == 4


def test_merge_replaces_dates_and_prefers_imported_reservations() -> None:
    note = Reservation(kind="declaration", provisions=("1B(1)",), summary="mine")
    old = Participation(
        state="CHN",
        instrument=CONVENTION,
        action="accession",
        deposited="1990-01-01",
        reservations=(note,),
        notes=("old note",),
    )
    new_res = Reservation(kind="reservation", provisions=("14",), summary="new")
    new = Participation(
        state="CHN",
        instrument=CONVENTION,
        action="accession",
        deposited="1982-09-24",
        reservations=(new_res,),
        notes=("new note",),
    )
    (merged,) = untc.merge([old], [new])
    assert merged.deposited == dt.date(1982, 9, 24)
    assert merged.reservations == (new_res,)
    assert merged.notes == ("old note", "new note")


def test_merge_adds_new_states() -> None:
    imported = untc.parse_status_table(sample("iv4-iccpr.txt"), instrument=ICCPR).participations
    merged = untc.merge([], imported)
    assert [p.state for p in merged] == sorted(p.state for p in imported)


# -- saving ----------------------------------------------------------------------------------------


def test_to_data_file_round_trips_through_the_loader() -> None:
    existing = package_records(CONVENTION)
    imported = untc.parse_status_table(
        sample("v2-refugee-convention.tsv"), instrument=CONVENTION
    ).participations
    merged = untc.merge(existing, imported)
    sources = {**package_sources(CONVENTION), "untc-import": untc.DEFAULT_SOURCE}
    data = untc.to_data_file(merged, instrument=CONVENTION, sources=sources)
    reloaded = _load_file(json.loads(json.dumps(data, ensure_ascii=False)))
    assert reloaded == list(merged)
    assert data["instrument"] == CONVENTION
    assert data["sources"]["untc-import"] == {
        "title": "UN Treaty Collection status table (imported)"
    }
    chn = next(r for r in data["records"] if r["state"] == "CHN")
    assert chn["deposited"] == "1982-09-24"
    assert chn["source"][0] == "untc-import"
    assert "in_force" not in chn  # computed by the loader from art. 43(2)


def test_to_data_file_has_the_package_file_shape() -> None:
    package = package_file(CONVENTION)
    data = untc.to_data_file(
        package_records(CONVENTION),
        instrument=CONVENTION,
        sources=package_sources(CONVENTION),
        horizon=rl.states.horizon(CONVENTION),
        keep={"art_1b": package["art_1b"]},
    )
    assert list(data) == list(package)
    assert data["horizon"] == package["horizon"]
    assert [list(r) for r in data["records"]] == [list(r) for r in package["records"]]
    # The package's own file is reproduced, except for source fields the loader does not keep.
    assert data["records"] == package["records"]


def test_to_data_file_for_iccpr_writes_no_art_1b() -> None:
    imported = untc.parse_status_table(sample("iv4-iccpr.txt"), instrument=ICCPR).participations
    data = untc.to_data_file(imported, instrument=ICCPR, sources={"v": untc.DEFAULT_SOURCE})
    assert all("art_1b" not in r for r in data["records"])
    assert _load_file(data) == sorted(imported, key=lambda p: p.state)


def test_to_data_file_refuses_unlisted_sources_and_other_instruments() -> None:
    imported = untc.parse_status_table(sample("iv4-iccpr.txt"), instrument=ICCPR).participations
    with pytest.raises(InvalidInput, match="source not in sources") as info:
        untc.to_data_file(imported, instrument=ICCPR, sources={})
    assert len(info.value.problems) == len(imported)
    with pytest.raises(InvalidInput, match="record is for iccpr-1966"):
        untc.to_data_file(imported, instrument=CONVENTION, sources={"v": untc.DEFAULT_SOURCE})


@pytest.mark.parametrize(
    "instrument",
    sorted(
        e.name.removesuffix(".json")
        for e in resources.files("refugeelaw").joinpath("data/participation").iterdir()
        if e.name.endswith(".json")
    ),
)
def test_to_data_file_reproduces_every_package_file(instrument: str) -> None:
    package = package_file(instrument)
    data = untc.to_data_file(
        package_records(instrument), instrument=instrument, sources=package_sources(instrument)
    )
    expected = json.loads(json.dumps(package["records"]))
    assert data["records"] == expected
