"""Import a UN Treaty Collection status table, as users copy it from the web page.

Select the participant table on a UNTC status page (``treaties.un.org``), paste it into a text
file and read it here: the result is a set of :class:`~refugeelaw.states.Participation` records
that can be passed to :func:`refugeelaw.is_party` as ``extra=``, merged with the library's own
records (:func:`merge`) or saved in the package's data format (:func:`to_data_file`).

>>> paste = (
...     "Participant\\tSignature\\tRatification, Accession(a), Succession(d)\\n"
...     "China 5\\t\\t24 Sep 1982 a\\n"
...     "Republic of Korea\\t\\t3 Dec 1992 a\\n"
...     "Türkiye\\t24 Aug 1951\\t30 Mar 1962\\n"
... )
>>> result = parse_status_table(paste, instrument="refugee-convention-1951")
>>> for p in result.participations:
...     print(p.state, p.action.value, p.signature, p.deposited, p.in_force)
CHN accession None 1982-09-24 1982-12-23
KOR accession None 1992-12-03 1993-03-03
TUR ratification 1951-08-24 1962-03-30 1962-06-28
>>> result.problems
()

Three layouts are read: tab-separated cells (what a browser gives when a table is copied), cells
separated by runs of two or more spaces, and CSV with a header row. The header row names the
columns (``Participant``, ``Signature``, ``Ratification, Accession(a), Succession(d)`` and their
variants) and may come after other lines of the page, which are skipped, as are blank lines and
lines of text that are not table rows (a single cell, or cells with no date in them). In
space-separated text an empty cell leaves no trace, so an empty ``Signature`` cell is recognised
by the column the date starts in: keep the columns aligned under the header, or use tabs.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from .countries import _table as _country_table
from .dates import parse_date
from .errors import InvalidInput, Problem
from .instruments import Instrument
from .instruments import get as get_instrument
from .sources import SOURCE_FIELDS, Source
from .states import Action, Horizon, Participation, Reservation, Withdrawal, _with_in_force

__all__ = [
    "DEFAULT_SOURCE",
    "ImportResult",
    "merge",
    "parse_date_cell",
    "parse_declarations",
    "parse_status_table",
    "resolve_participant",
    "to_data_file",
]

DEFAULT_SOURCE = Source(title="UN Treaty Collection status table (imported)")
"""The source given to imported records when the caller names none."""

# UN spellings (as the status tables write them) that differ from the names in the country table,
# plus the former names users still meet in older copies.
_ALIASES: dict[str, str] = {
    "Bolivia (Plurinational State of)": "BOL",
    "Cabo Verde": "CPV",
    "Cape Verde": "CPV",
    "China": "CHN",
    "Congo": "COG",
    "Côte d'Ivoire": "CIV",
    "Czech Republic": "CZE",
    "Czechia": "CZE",
    "Democratic People's Republic of Korea": "PRK",
    "Democratic Republic of the Congo": "COD",
    "Eswatini": "SWZ",
    "Swaziland": "SWZ",
    "Holy See": "VAT",
    "Iran (Islamic Republic of)": "IRN",
    "Lao People's Democratic Republic": "LAO",
    "Micronesia (Federated States of)": "FSM",
    "Netherlands (Kingdom of the)": "NLD",
    "Netherlands": "NLD",
    "North Macedonia": "MKD",
    "The former Yugoslav Republic of Macedonia": "MKD",
    "Republic of Korea": "KOR",
    "Republic of Moldova": "MDA",
    "Russian Federation": "RUS",
    "Saint Kitts and Nevis": "KNA",
    "St. Kitts and Nevis": "KNA",
    "St. Lucia": "LCA",
    "St. Vincent and the Grenadines": "VCT",
    "State of Palestine": "PSE",
    "Syrian Arab Republic": "SYR",
    "Türkiye": "TUR",
    "Turkey": "TUR",
    "United Kingdom of Great Britain and Northern Ireland": "GBR",
    "United Republic of Tanzania": "TZA",
    "United States of America": "USA",
    "Venezuela (Bolivarian Republic of)": "VEN",
    "Viet Nam": "VNM",
}

# Suffix letters of the deposit column (UNTC legend) and the action each records.
_DEPOSIT_SUFFIXES: dict[str, Action] = {
    "": Action.RATIFICATION,
    "a": Action.ACCESSION,
    "d": Action.SUCCESSION,
    "A": Action.ACCEPTANCE,
    "AA": Action.APPROVAL,
    "s": Action.RATIFICATION,  # definitive signature: see _DEFINITIVE_SIGNATURE_NOTE
}
_DEFINITIVE_SIGNATURE_NOTE = (
    "Definitive signature (s) in the UNTC table: consent to be bound expressed by signature;"
    " recorded as a ratification on the date of signature."
)
_SUCCESSION_TO_SIGNATURE_NOTE = "Succession to signature (d) in the UNTC table."

_SUPERSCRIPTS = str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹*†‡")
_SPACES = re.compile(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000]")
_MULTISPACE = re.compile(r"\S+(?: \S+)*")
_DATE_CELL = re.compile(
    r"^(?P<date>\d{1,2}\s+[A-Za-z]{3,}\.?\s+\d{4})"
    r"(?:\s*(?P<suffix>AA|A|a|d|s)(?![A-Za-z]))?"
    r"(?P<notes>[\d\s,]*)$"
)
_LOOKS_LIKE_DATE = re.compile(r"\d{1,2}\s+[A-Za-z]{3,}\.?\s+\d{4}")
_NAME_FOOTNOTES = re.compile(r"(?:\s*\((?:footnote|note|\d[\d\s,]*)\))+\s*$", re.IGNORECASE)
_TRAILING_MARKS = re.compile(r"[\s\d,]+$")

_PARTICIPANT, _SIGNATURE, _DEPOSIT = "participant", "signature", "deposit"
_DEPOSIT_WORDS = ("ratification", "accession", "acceptance", "approval", "definitive")


@attrs.frozen
class ImportResult:
    """What :func:`parse_status_table` read.

    Args:
        participations: one record per table row that could be read, in table order.
        problems: the rows that could not be read, each with its line number
            (``Problem(path="line 17", message="unknown participant 'Narnia'")``).
    """

    participations: tuple[Participation, ...] = ()
    problems: tuple[Problem, ...] = ()


# -- names ---------------------------------------------------------------------------------------


def _normalise(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\s+", " ", text).strip().casefold()
    return text.removeprefix("the ")


def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, row in _country_table().items():
        for field in ("name", "iso_name", "official_name"):
            if row.get(field):
                index.setdefault(_normalise(str(row[field])), code)
    for alias, code in _ALIASES.items():
        index[_normalise(alias)] = code
    return index


@functools.cache
def _index() -> dict[str, str]:
    """The name index, built on first use so that importing the module reads no data."""
    return _name_index()


def _strip_name_marks(cell: str) -> str:
    """The participant's name without footnote marks (``"China 5, 6"`` -> ``"China"``)."""
    name = _NAME_FOOTNOTES.sub("", cell.translate(_SUPERSCRIPTS))
    return _TRAILING_MARKS.sub("", name).strip()


def resolve_participant(name: str) -> str | None:
    """The ISO alpha-3 code for a participant as a UNTC table names it, or ``None``.

    Footnote marks are ignored; UN spellings such as ``"Iran (Islamic Republic of)"`` are known.

    Args:
        name: the text of the Participant cell.

    Returns:
        The code, or ``None`` if the name is not a state the library knows.

    >>> resolve_participant("Germany 4,7"), resolve_participant("Viet Nam")
    ('DEU', 'VNM')
    >>> print(resolve_participant("Narnia"))
    None
    """
    key = _normalise(_strip_name_marks(name))
    found = _index().get(key)
    if found is None:
        # "Name (Qualifier of the)" -> "Qualifier of the Name", the official-name order.
        inverted = re.fullmatch(r"(.+?) \((.+)\)", key)
        if inverted:
            found = _index().get(f"{inverted.group(2)} {inverted.group(1)}")
    return found


# -- dates ---------------------------------------------------------------------------------------


def parse_date_cell(cell: str, *, field: str = "") -> tuple[dt.date, str]:
    """Read a date cell of a UNTC table: the date and its suffix letter.

    Args:
        cell: e.g. ``"24 Sep 1982 a"``, ``"1 Nov 1968 AA"``, ``"1 Dec 1953 4"`` (a footnote mark).
        field: the field path to name in an error.

    Returns:
        The date and the suffix (``""``, ``"a"``, ``"d"``, ``"A"``, ``"AA"`` or ``"s"``).

    Raises:
        InvalidInput: the cell is not a date in that form.

    >>> parse_date_cell("24 Sep 1982 a")
    (datetime.date(1982, 9, 24), 'a')
    >>> parse_date_cell("5 Nov 1969 A 3")
    (datetime.date(1969, 11, 5), 'A')
    """
    text = _SPACES.sub(" ", cell).translate(_SUPERSCRIPTS).strip()
    match = _DATE_CELL.match(text)
    if match is None:
        raise InvalidInput([Problem(field, f"unreadable date {cell.strip()!r}")])
    try:
        when = parse_date(match.group("date"), field=field)
    except InvalidInput:
        raise InvalidInput([Problem(field, f"unreadable date {cell.strip()!r}")]) from None
    return when, match.group("suffix") or ""


# -- table layout --------------------------------------------------------------------------------

_Cell = tuple[int, str]  # (start column, text)


def _split_tab(line: str) -> list[_Cell]:
    return [(i, c.strip()) for i, c in enumerate(line.split("\t"))] if "\t" in line else []


def _split_spaces(line: str) -> list[_Cell]:
    cells = [(m.start(), m.group()) for m in _MULTISPACE.finditer(line)]
    return cells if len(cells) > 1 else []


def _split_csv(line: str) -> list[_Cell]:
    if "," not in line:
        return []
    row = next(csv.reader([line]), [])
    return [(i, c.strip()) for i, c in enumerate(row)]


_SPLITTERS: tuple[Callable[[str], list[_Cell]], ...] = (_split_tab, _split_spaces, _split_csv)


def _column_role(cell: str) -> str | None:
    text = _normalise(_strip_name_marks(cell))
    if text.startswith("participant"):
        return _PARTICIPANT
    if any(w in text for w in _DEPOSIT_WORDS):
        return _DEPOSIT
    if "signature" in text:
        return _SIGNATURE
    if "succession" in text:
        return _DEPOSIT
    return None


@attrs.frozen
class _Header:
    split: Callable[[str], list[_Cell]]
    positional: bool  # cells are placed by character column (space-separated layout)
    starts: tuple[tuple[int, str | None], ...]  # (start, role) of each header cell

    def place(self, cells: list[_Cell]) -> dict[str, str]:
        """The row's cells by role; the first column of each role wins."""
        out: dict[str, str] = {}
        if not self.positional or len(cells) >= len(self.starts):
            for (_, role), (_, text) in zip(self.starts, cells, strict=False):
                if role and role not in out:
                    out[role] = text
            return out
        bounds = [s for s, _ in self.starts]
        for start, text in cells:
            nearest = min(range(len(bounds)), key=lambda i: abs(bounds[i] - start))
            role = self.starts[nearest][1]
            if role == _SIGNATURE and re.search(r"\d{4}\s*(?:AA|A|a|s)\b", text):
                role = _DEPOSIT  # these suffixes never mark a signature
            if role and role not in out:
                out[role] = text
        return out


def _header(line: str) -> _Header | None:
    for split in _SPLITTERS:
        cells = split(line)
        roles = [_column_role(text) for _, text in cells]
        if len(roles) > 1 and roles[0] == _PARTICIPANT:
            return _Header(
                split=split,
                positional=split is _split_spaces,
                starts=tuple((start, role) for (start, _), role in zip(cells, roles, strict=True)),
            )
    return None


def _is_row(cells: list[_Cell]) -> bool:
    """Whether a line of several cells is a table row (rather than page text)."""
    first = cells[0][1]
    if not re.match(r"[^\W\d_]", first):
        return False
    return resolve_participant(first) is not None or any(
        re.search(r"\d", text) for _, text in cells[1:]
    )


# -- rows ----------------------------------------------------------------------------------------


def _read_row(
    placed: Mapping[str, str], *, instrument: Instrument, source: Source
) -> tuple[Participation | None, list[str]]:
    errors: list[str] = []
    name_cell = placed.get(_PARTICIPANT, "")
    state = resolve_participant(name_cell)
    if state is None:
        errors.append(f"unknown participant {_strip_name_marks(name_cell)!r}")
    notes: list[str] = []
    signature: dt.date | None = None
    deposited: dt.date | None = None
    action = Action.SIGNATURE_ONLY
    if placed.get(_SIGNATURE):
        try:
            signature, suffix = parse_date_cell(placed[_SIGNATURE])
        except InvalidInput as exc:
            errors.extend(p.message for p in exc.problems)
        else:
            if suffix == "d":
                notes.append(_SUCCESSION_TO_SIGNATURE_NOTE)
            elif suffix:
                errors.append(f"unexpected mark {suffix!r} in the signature column")
    if placed.get(_DEPOSIT):
        try:
            deposited, suffix = parse_date_cell(placed[_DEPOSIT])
        except InvalidInput as exc:
            errors.extend(p.message for p in exc.problems)
        else:
            action = _DEPOSIT_SUFFIXES[suffix]
            if suffix == "s":
                notes.append(_DEFINITIVE_SIGNATURE_NOTE)
    elif not placed.get(_SIGNATURE):
        errors.append("no signature or deposit date")
    if errors or state is None:
        return None, errors
    try:
        record = Participation(
            state=state,
            instrument=instrument.key,
            action=action,
            deposited=deposited,
            signature=signature,
            status="verified",
            source=(source,),
            notes=tuple(notes),
        )
        # Entry into force is computed from the deposit, and may fall beyond the calendar: a
        # problem of this row, not of the table.
        return _with_in_force(record, instrument), []
    except InvalidInput as exc:
        return None, [str(p) for p in exc.problems]


def parse_status_table(
    text: str,
    *,
    instrument: str | Instrument,
    source: Source | str | None = None,
    strict: bool = False,
) -> ImportResult:
    """Read a UNTC status table pasted as text.

    Suffix letters after a deposit date give the action: none, ratification; ``a``, accession;
    ``d``, succession; ``A``, acceptance; ``AA``, approval; ``s``, definitive signature (recorded
    as a ratification, with a note). A row with a signature and no deposit is a signature only.
    Footnote marks after names and dates are dropped (the footnotes' text is not in the table).
    Entry into force for each state is computed from the instrument's own rule.

    Args:
        text: the pasted table, with or without the page's text around it.
        instrument: the key of the instrument the table is for (or an :class:`~refugeelaw.instruments.Instrument`).
        source: where the table was copied from: a :class:`~refugeelaw.sources.Source`, or a
            title; by default :data:`DEFAULT_SOURCE`.
        strict: raise instead of skipping rows that cannot be read.

    Returns:
        The records read and the problems met, each problem naming its line (``"line 17"``).

    Raises:
        InvalidInput: unknown instrument; no header row in ``text``; with ``strict=True``, any
            row that cannot be read (every such row is listed).
    """
    inst = get_instrument(instrument)
    src = (
        DEFAULT_SOURCE
        if source is None
        else Source(title=source)
        if isinstance(source, str)
        else source
    )
    header: _Header | None = None
    records: list[Participation] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = _SPACES.sub(" ", raw_line).rstrip(" \r\n")
        if not line.strip():
            continue
        new_header = _header(line)
        if new_header is not None:
            roles = {role for _, role in new_header.starts}
            if _DEPOSIT in roles or _SIGNATURE in roles:
                header = new_header
                continue
            if header is not None:
                break  # a later table on the page (e.g. declarations under an article)
            continue
        if header is None:
            continue
        where = f"line {number}"
        cells = header.split(line)
        if len(cells) < 2 or not _is_row(cells):
            if _LOOKS_LIKE_DATE.search(line):
                message = f"cannot tell the columns apart in {line.strip()!r}"
                problems.append(Problem(where, message))
            continue
        record, errors = _read_row(header.place(cells), instrument=inst, source=src)
        problems.extend(Problem(where, e) for e in errors)
        if record is None:
            continue
        if record.state in seen:
            problems.append(
                Problem(where, f"{record.state} already read on line {seen[record.state]}")
            )
            continue
        seen[record.state] = number
        records.append(record)
    if header is None:
        raise InvalidInput(
            [Problem("", "no header row (Participant, Signature, Ratification, ...) was found")]
        )
    if strict and problems:
        raise InvalidInput(problems)
    return ImportResult(participations=tuple(records), problems=tuple(problems))


# -- merging and saving --------------------------------------------------------------------------


def parse_declarations(
    text: str, *, source: Source = DEFAULT_SOURCE
) -> tuple[dict[str, Reservation], tuple[Problem, ...]]:
    r"""Read the declarations and reservations of a status page, one state at a time.

    The layout is the one the UN Treaty Collection scrape ``zmjones/untreaties`` writes
    (``declarations/<chapter>.txt``): a line ``#<participant>`` followed by the state's text. Each
    state's text becomes one unclassified :class:`~refugeelaw.states.Reservation` of kind
    ``"text"`` (classify the ones that bite by hand: which provision, whether it excludes or
    qualifies). States with no text are left out.

    >>> texts, problems = parse_declarations("#Congo\nThe Protocol is accepted with the exception of article IV.\n")
    >>> texts["COG"].kind, texts["COG"].text
    ('text', 'The Protocol is accepted with the exception of article IV.')

    Returns:
        The texts by ISO alpha-3 code, and the participants that could not be resolved.
    """
    out: dict[str, Reservation] = {}
    problems: list[Problem] = []
    current: str | None = None
    lines: list[str] = []

    def flush(line_no: int) -> None:
        if current is None:
            return
        body = "\n".join(lines).strip()
        code = resolve_participant(current)
        if code is None:
            problems.append(Problem(f"line {line_no}", f"unknown participant {current!r}"))
        elif body:
            out[code] = Reservation(
                kind="text",
                summary="the reservations and declarations as the UN Treaty Collection prints "
                "them (unclassified)",
                text=body,
                status="verified" if source is not DEFAULT_SOURCE else "unverified",
                sources=(source,),
            )

    start = 0
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            flush(start)
            current, lines, start = line[1:].strip(), [], n
        elif current is not None:
            lines.append(line)
    flush(start)
    return out, tuple(problems)


def _unique(items: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(items))


def merge(
    existing: Iterable[Participation], imported: Iterable[Participation]
) -> tuple[Participation, ...]:
    """Bring existing records up to date with imported ones.

    An imported record replaces the existing record for the same state and instrument, but what a
    status table cannot show is kept from the existing record: its reservations and declarations,
    its Art 1B(1) choice and its withdrawal (when the import has none), whether a succession was
    a newly independent State's, and its notes (followed by the import's own). The existing
    record's sources are kept after the import's when anything was carried over, since they
    support what was kept. States only in one of the inputs are kept.

    Args:
        existing: the records to update (e.g. the library's, or a data file loaded).
        imported: records from :func:`parse_status_table`.

    Returns:
        Every record, sorted by (instrument, state).
    """
    out: dict[tuple[str, str], Participation] = {(p.instrument, p.state): p for p in existing}
    for new in imported:
        key = (new.instrument, new.state)
        old = out.get(key)
        if old is None:
            out[key] = new
            continue
        reservations = new.reservations or old.reservations
        art_1b = new.art_1b if new.art_1b is not None else old.art_1b
        history = new.art_1b_history or old.art_1b_history
        later = new.reported_later or old.reported_later
        withdrawal = new.withdrawal if new.withdrawal is not None else old.withdrawal
        carried = (
            bool(old.notes)
            or (not new.reservations and bool(old.reservations))
            or (new.art_1b is None and old.art_1b is not None)
            or (not new.art_1b_history and bool(old.art_1b_history))
            or (not new.reported_later and bool(old.reported_later))
            or (new.withdrawal is None and old.withdrawal is not None)
            or (old.newly_independent and not new.newly_independent)
        )
        out[key] = attrs.evolve(
            new,
            reservations=reservations,
            art_1b=art_1b,
            art_1b_history=history,
            reported_later=later,
            withdrawal=withdrawal,
            newly_independent=new.newly_independent or old.newly_independent,
            notes=_unique((*old.notes, *new.notes)),
            source=_unique((*new.source, *old.source)) if carried else new.source,
        )
    return tuple(out[k] for k in sorted(out))


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def to_data_file(
    participations: Iterable[Participation],
    *,
    instrument: str | Instrument,
    sources: Mapping[str, Source],
    horizon: Horizon | None = None,
    keep: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The records as a participation data file of the package (``data/participation/*.json``).

    ``json.dumps(result, ensure_ascii=False, indent=2)`` gives a file the library loads as it
    loads its own. Records are sorted by state; ``in_force`` is written only where it differs from
    what the instrument's rule gives (the loader computes it otherwise), and ``art_1b`` only for
    the Refugee Convention (or where a record has one).

    Args:
        participations: records for ``instrument`` (records for other instruments are refused).
        instrument: the instrument key (or :class:`~refugeelaw.instruments.Instrument`) the file is for.
        sources: every source the records and their reservations cite, by the key to write.
        horizon: the date the records' sources speak for and whether they list every party
            (:class:`~refugeelaw.states.Horizon`); written as the file's ``horizon``.
        keep: other top-level entries to write as they are, after ``horizon`` (the Refugee
            Convention file's ``art_1b``: the states the sources list as having chosen Art
            1B(1)(a)).

    Returns:
        A JSON-ready dict with the keys ``instrument``, ``horizon`` (where given), ``sources``
        and ``records``.

    Raises:
        InvalidInput: a record is for another instrument, or cites a source not in ``sources``.
    """
    inst = get_instrument(instrument)
    keys = {src: key for key, src in sources.items()}
    records = sorted(participations, key=lambda p: p.state)
    with_art_1b = inst.key == "refugee-convention-1951" or any(p.art_1b for p in records)
    problems: list[Problem] = []

    def source_keys(items: Iterable[Source], path: str) -> list[str]:
        found = []
        for s in items:
            if s in keys:
                found.append(keys[s])
            else:
                problems.append(Problem(path, f"source not in sources: {s.title!r}"))
        return found

    out: list[dict[str, Any]] = []
    for i, p in enumerate(records):
        path = f"records[{i}]"
        if p.instrument != inst.key:
            message = f"{p.state} record is for {p.instrument}"
            problems.append(Problem(f"{path}.instrument", message))
        row: dict[str, Any] = {
            "state": p.state,
            "signature": _iso(p.signature),
            "action": p.action.value,
            "deposited": _iso(p.deposited),
        }
        computed = (
            None
            if p.deposited is None and p.action is not Action.ORIGINAL_MEMBER
            else _with_in_force(attrs.evolve(p, in_force=None), inst).in_force
        )
        if p.in_force != computed:
            row["in_force"] = _iso(p.in_force)
        if p.newly_independent:
            row["newly_independent"] = True
        row["status"] = p.status
        row["source"] = source_keys(p.source, f"{path}.source")
        row["reservations"] = [
            _reservation(r, source_keys(r.sources, f"{path}.reservations[{j}].source"))
            for j, r in enumerate(p.reservations)
        ]
        if with_art_1b:
            row["art_1b"] = p.art_1b
        row["withdrawal"] = _withdrawal(
            p.withdrawal,
            source_keys(p.withdrawal.sources, f"{path}.withdrawal.source") if p.withdrawal else [],
        )
        row["notes"] = list(p.notes)
        if p.as_of is not None:
            row["as_of"] = _iso(p.as_of)
        if p.reported_later:
            row["reported_later"] = list(p.reported_later)
        if p.in_doubt_from is not None:
            row["in_doubt_from"] = _iso(p.in_doubt_from)
        if p.art_1b_history:
            row["art_1b_history"] = [
                {
                    "choice": c.choice,
                    "since": _iso(c.since),
                    "summary": c.summary,
                    "status": c.status,
                    "source": source_keys(c.sources, f"{path}.art_1b_history[{j}].source"),
                    **({"as_of": _iso(c.as_of)} if c.as_of is not None else {}),
                }
                for j, c in enumerate(p.art_1b_history)
            ]
        out.append(row)
    head: dict[str, Any] = {"instrument": inst.key}
    if horizon is not None:
        head["horizon"] = {
            "date": _iso(horizon.date),
            "complete": horizon.complete,
            "basis": horizon.basis,
            "source": source_keys(horizon.sources, "horizon.source"),
        }
    head.update(keep or {})
    if problems:
        raise InvalidInput(problems)
    return {
        **head,
        "sources": {
            key: {
                f: _iso(getattr(s, f)) if f == "date" else getattr(s, f)
                for f in SOURCE_FIELDS
                if getattr(s, f) is not None
            }
            for key, s in sources.items()
        },
        "records": out,
    }


def _reservation(r: Reservation, source: list[str]) -> dict[str, Any]:
    return {
        "kind": r.kind,
        "provisions": list(r.provisions),
        "summary": r.summary,
        **({"withdrawn": r.withdrawn.isoformat()} if r.withdrawn else {}),
        **({"since": r.since.isoformat()} if r.since else {}),
        **({"withdrawn_by": r.withdrawn_by.isoformat()} if r.withdrawn_by else {}),
        **({"in_doubt_from": r.in_doubt_from.isoformat()} if r.in_doubt_from else {}),
        **({"unseen": True} if r.unseen else {}),
        **({"except_for": r.except_for} if r.except_for is not None else {}),
        "text": r.text,
        "status": r.status,
        "source": source,
        **({"qualifies": True} if r.qualifies else {}),
    }


def _withdrawal(w: Withdrawal | None, source: list[str]) -> dict[str, Any] | None:
    if w is None:
        return None
    return {
        "notified": _iso(w.notified),
        "effective": _iso(w.effective),
        "accepted": w.accepted,
        "summary": w.summary,
        "status": w.status,
        "source": source,
        **({"in_doubt_from": _iso(w.in_doubt_from)} if w.in_doubt_from else {}),
    }
