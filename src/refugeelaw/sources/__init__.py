"""The law as data: citations, provision texts and the sources they were taken from.

Every provision the library applies lives once, in a versioned JSON file under
``refugeelaw/data/instruments/``, with its verbatim text (or, for Handbook paragraphs and case
holdings, a paraphrase marked as such) and the source it was taken from. Rules cite provisions by
:class:`Citation`; :func:`provision` returns the text.

>>> cite = Citation("refugee-convention-1951", "33(1)")
>>> str(cite)
'Refugee Convention art. 33(1)'
>>> print(provision("refugee-convention-1951", "33(1)").text[:60])
1. No Contracting State shall expel or return ("refouler") a
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .._data import json_names, read_text
from .._validate import (
    Checked,
    instance_of,
    is_bool,
    is_str,
    non_empty_str,
    opt_date,
    opt_str,
    to_date,
    to_tuple,
    tuple_of,
    tuple_of_str,
)
from ..errors import InvalidInput, Problem, UnknownProvision, shown

if TYPE_CHECKING:  # instruments imports this module
    from ..instruments import Instrument

__all__ = [
    "SOURCE_FIELDS",
    "Citation",
    "Provision",
    "Source",
    "adopted",
    "adopted_not_before",
    "provision",
    "register_instrument",
    "source_keys",
]

SOURCE_FIELDS = ("title", "url", "repo", "path", "commit", "date")
"""The fields of a :class:`Source` as the data files write them."""

_STATUSES = ("verified", "secondary", "unverified", "not_found")
"""How well a text is sourced, strongest first; ``"not_found"``: the library cites the provision
but holds no text for it (the searches tried are in its notes)."""


def iso_date(value: str | None) -> dt.date | None:
    """A date as the data files write it (ISO), or ``None``."""
    return None if value is None else dt.date.fromisoformat(value)


def _status(value: Any) -> str | None:
    return (
        None
        if value in _STATUSES
        else f"expected one of {', '.join(_STATUSES)}, got {shown(value)}"
    )


@attrs.frozen
class Source(Checked):
    """Where a fact or a text was seen: a title and, where there is one, an address.

    ``status`` is ``"verified"`` (seen in the source named), ``"secondary"`` (seen only in a secondary
    source) or ``"unverified"`` (general knowledge, not confirmed: treat as a lead, not a fact).
    ``date`` is the date the source speaks for (a status table's "status as at"), where known.
    """

    title: str = attrs.field(metadata={"check": non_empty_str})
    url: str | None = attrs.field(default=None, metadata={"check": opt_str})
    repo: str | None = attrs.field(default=None, metadata={"check": opt_str})
    path: str | None = attrs.field(default=None, metadata={"check": opt_str})
    commit: str | None = attrs.field(default=None, metadata={"check": opt_str})
    date: dt.date | None = attrs.field(
        default=None, converter=to_date, metadata={"check": opt_date}
    )

    def __str__(self) -> str:
        where = self.url or " ".join(x for x in (self.repo, self.path) if x)
        return f"{self.title} ({where})" if where else self.title

    def brief(self) -> str:
        """The source as a reason names it: its title's first phrase, and the date it speaks
        for."""
        title = self.title
        if len(title) > 80:
            title = next(part for part in (title.split(",")[0], title[:80]) if part).strip()
            if title.count("(") > title.count(")"):  # cut inside a parenthesis: before it
                title = title.split(" (")[0]
        return title + (f" as at {self.date.isoformat()}" if self.date else "")


def _instrument_key(value: Any) -> Any:
    """An :class:`~refugeelaw.instruments.Instrument` given where a key is expected: its key."""
    key = getattr(value, "key", None)
    return key if isinstance(key, str) and not isinstance(value, str) else value


@attrs.frozen(order=True)
class Citation(Checked):
    """A pinpoint reference to a provision: an instrument key and a pinpoint such as ``"1A(2)"``.

    ``str()`` gives the citation as a lawyer writes it. The pinpoint may be empty to cite a whole
    instrument (or a case). The instrument may be given as its key or as the
    :class:`~refugeelaw.instruments.Instrument` itself:

    >>> import refugeelaw as rl
    >>> str(Citation(rl.instruments.UN_CHARTER, "102"))
    'UN Charter Art. 102'
    """

    instrument: str = attrs.field(converter=_instrument_key, metadata={"check": non_empty_str})
    provision: str = attrs.field(default="", metadata={"check": is_str})

    def __attrs_post_init__(self) -> None:
        """The fields' checks, then: the instrument must be one the library holds or one the user
        defined (an :class:`~refugeelaw.instruments.Instrument` built in this process), and the
        pinpoint one of its provisions (or empty, for the whole instrument).

        Raises:
            UnknownProvision: naming the unknown instrument or pinpoint.
        """
        Checked.__attrs_post_init__(self)
        problem = _citation_problem(self.instrument, self.provision)
        if problem is not None:
            raise UnknownProvision([problem])

    def __str__(self) -> str:
        return _citation_text(self.instrument, self.provision)

    @property
    def text(self) -> str:
        """The provision's text as it may be shown (see :func:`provision` and
        ``Provision.wording``): a provision whose text was not found reads "text not held"."""
        return provision(self.instrument, self.provision).wording


# Instruments defined by the user: key -> the pinpoints of the provisions given with it (None:
# no texts were given, so any pinpoint is accepted).
_USER_INSTRUMENTS: dict[str, frozenset[str] | None] = {}
# How citations name each instrument defined by the user: (its short title or title, whether it is
# a treaty whose numbered pinpoints are articles). The latest definition of a key names it.
_USER_NAMES: dict[str, tuple[str, bool]] = {}


def register_instrument(
    key: str, pinpoints: Iterable[str] = (), name: str = "", articles: bool = False
) -> None:
    """Make citations to a user-defined instrument valid (an ``Instrument`` does this when it is
    built): ``pinpoints`` are those it holds texts for; with none, any pinpoint is accepted.
    ``name`` is how a citation names it (its short title, or title), as the library's own are
    named, and not by its key (review s39 cf39 F3); with ``articles``, a numbered pinpoint is an
    article ("Thai-Myanmar MOU art. 3")."""
    if key in _registry():
        return
    known = frozenset(pinpoints)
    _USER_INSTRUMENTS[key] = (_USER_INSTRUMENTS.get(key) or frozenset()) | known if known else None
    if name:
        _USER_NAMES[key] = (name, articles)
    _citation_problem.cache_clear()


@functools.lru_cache(maxsize=4096)
def _citation_problem(instrument: str, pinpoint: str) -> Problem | None:
    """Why a citation cannot be made, or ``None``: an unknown instrument, or a pinpoint that is
    not one of its provisions."""
    if instrument in _USER_INSTRUMENTS:
        pinpoints = _USER_INSTRUMENTS[instrument]
        if pinpoints is None or not pinpoint or pinpoint in pinpoints:
            return None
        return Problem("provision", f"{instrument} has no provision {shown(pinpoint)}")
    if instrument not in _registry():
        return Problem(
            "instrument",
            f"unknown instrument {shown(instrument)}: give one the library holds"
            " (refugeelaw.sources.source_keys()) or define it (refugeelaw.instruments.Instrument)",
        )
    try:
        provision(instrument, pinpoint)
    except UnknownProvision as exc:
        return Problem("provision", exc.problems[0].message)
    return None


def _data_citation(instrument: str, pinpoint: str) -> Citation:
    """A citation made from the library's own data as it loads (checked by the data tests)."""
    made: Citation = object.__new__(Citation)
    object.__setattr__(made, "instrument", instrument)
    object.__setattr__(made, "provision", pinpoint)
    return made


@functools.lru_cache(maxsize=1024)
def cite(instrument: str, provision: str = "") -> Citation:
    """The library's own citations, each built once (they are immutable); users call
    :class:`Citation`, which is the same thing."""
    return Citation(instrument, provision)


@functools.lru_cache(maxsize=4096)
def _citation_text(instrument: str, pinpoint: str) -> str:
    """A citation as a lawyer writes it (the instrument records never change once loaded)."""
    record = _registry().get(instrument)
    if record is None:
        name, articles = _USER_NAMES.get(instrument, (instrument, False))
        if not pinpoint:
            return name
        if pinpoint[0].islower():  # a named part: "return"
            return f"{name}, {pinpoint}" if instrument in _USER_NAMES else f"{name} {pinpoint}"
        numbered = pinpoint[0].isdigit() or pinpoint[0] in "IVX"
        return f"{name} art. {pinpoint}" if articles and numbered else f"{name} {pinpoint}"
    if not pinpoint:
        return record.short_title
    if pinpoint[0].islower():  # a named part: "return", "holding", "annex(g)"
        return f"{record.short_title}, {pinpoint}"
    label = f"{record.pinpoint_label} " if record.pinpoint_label else ""
    if label == "para. " and "-" in pinpoint:  # a range: "paras 37–50"
        return f"{record.short_title} paras {pinpoint.replace('-', '–')}"
    return f"{record.short_title} {label}{pinpoint}"


def _text(value: Any) -> str | None:
    return None if value is None else non_empty_str(value)


@attrs.frozen
class Provision(Checked):
    """A provision's text with its provenance.

    Args:
        citation: what this is.
        text: the authentic text, or (``verbatim=False``) the library's own paraphrase; ``None``
            where the text was not found (``status="not_found"``): the library can cite the
            provision but holds no words for it, and ``wording`` says so.
        heading: the article's heading, if it has one.
        verbatim: whether ``text`` is the authentic wording.
        status: how well the text is sourced: ``"verified"``, ``"secondary"``, ``"unverified"``
            or ``"not_found"`` (no text: ``text`` is ``None``).
        source: where it was taken from (for parts joined, the first part's source).
        notes: caveats (typos corrected, wording in doubt; for a text not found, the searches
            tried).
        sources: every distinct source the text was taken from, in order: ``(source,)`` for one
            unit; for parts joined (a parent pinpoint, or ``""``), each part's.

    >>> print(provision("oau-refugee-convention-1969", "II(3)").wording)
    [text not held: OAU Refugee Convention art. II(3) was not found in any source read]
    """

    citation: Citation = attrs.field(
        metadata={"check": lambda v: None if isinstance(v, Citation) else "expected a Citation"}
    )
    text: str | None = attrs.field(metadata={"check": _text})
    heading: str = attrs.field(default="", metadata={"check": is_str})
    verbatim: bool = attrs.field(default=True, metadata={"check": is_bool})
    status: str = attrs.field(default="verified", metadata={"check": _status})
    source: Source | None = attrs.field(
        default=None, metadata={"check": instance_of(Source, optional=True)}
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, metadata={"check": tuple_of_str}
    )
    sources: tuple[Source, ...] = attrs.field(
        default=attrs.Factory(lambda self: (self.source,) if self.source else (), takes_self=True),
        converter=to_tuple,
        metadata={"check": tuple_of(Source)},
    )

    def _cross_check(self) -> Iterable[Problem]:
        if (self.text is None) != (self.status == "not_found"):
            yield Problem(
                "text",
                "a provision has no text exactly when its status is 'not_found'"
                f" (status {self.status!r}, text {'absent' if self.text is None else 'given'})",
            )

    @property
    def held(self) -> bool:
        """Whether the library holds the provision's text."""
        return self.text is not None

    @property
    def wording(self) -> str:
        """The text, or, where it was not found, a line saying so (never words of its own)."""
        if self.text is not None:
            return self.text
        return f"[text not held: {self.citation} was not found in any source read]"

    def __str__(self) -> str:
        return f"{self.citation}\n{self.wording}"


@attrs.frozen
class _Record:
    """One instrument's text data as loaded from its JSON file (internal)."""

    key: str
    short_title: str
    pinpoint_label: str
    kind: str
    raw: Mapping[str, Any]
    provisions: Mapping[str, Provision]


def _source(raw: Mapping[str, Any] | None) -> Source | None:
    if not raw:
        return None
    return Source(**{k: raw[k] for k in SOURCE_FIELDS if k in raw})


def _load(raw: Mapping[str, Any]) -> _Record:
    key = raw["key"]
    default_source = _source(raw.get("source"))
    units: dict[str, Provision] = {}
    for unit in raw.get("provisions", ()):
        units[unit["pinpoint"]] = Provision(
            citation=_data_citation(key, unit["pinpoint"]),
            text=unit.get("text"),
            heading=unit.get("heading", ""),
            verbatim=unit.get("verbatim", True),
            status=unit.get("status", raw.get("status", "unverified")),
            source=_source(unit.get("source"))
            or (None if unit.get("status") == "not_found" else default_source),
            notes=tuple(unit.get("notes", ())),
        )
    return _Record(
        key=key,
        short_title=raw.get("short_title") or raw["title"],
        pinpoint_label=raw.get("pinpoint_label", ""),
        kind=raw.get("kind", "treaty"),
        raw=raw,
        provisions=units,
    )


@functools.cache
def _registry() -> dict[str, _Record]:
    records = {}
    for name in json_names("instruments"):
        record = _load(json.loads(read_text("instruments", name)))
        records[record.key] = record
    return records


def adopted(instrument: str, pinpoint: str = "") -> dt.date | None:
    """The day the instrument, guidance document or judgment was adopted, as its data records it
    (``None``: not recorded); with ``pinpoint``, the day that unit was adopted, for a collection
    whose units were adopted each on its own day (the ExCom conclusions), as the unit's record
    gives it (``None``: not recorded for the unit).

    >>> adopted("hrc-general-comment-31")
    datetime.date(2004, 3, 29)
    >>> adopted("excom-conclusions", "6")
    datetime.date(1977, 10, 12)
    """
    record = _registry()[instrument]
    if not pinpoint:
        return iso_date(record.raw.get("adopted"))
    for unit in record.raw.get("provisions", ()):
        if unit["pinpoint"] == pinpoint:
            return iso_date(unit.get("adopted"))
    return None


def adopted_not_before(instrument: str) -> dt.date | None:
    """The first day on which an instrument whose day of adoption is not known can have been
    adopted, as its data records it (``None``: not recorded, or not an instrument the library
    holds): the 1986 China–DPRK protocol is known only by its year.

    >>> adopted_not_before("china-dprk-border-protocol-1986")
    datetime.date(1986, 1, 1)
    """
    record = _registry().get(instrument)
    return None if record is None else iso_date(record.raw.get("adopted_not_before"))


def source_keys() -> tuple[str, ...]:
    """The keys of every instrument, guidance document and case whose text the library holds."""
    return tuple(_registry())


def _is_child(pinpoint: str, parent: str) -> bool:
    if not pinpoint.startswith(parent) or pinpoint == parent:
        return False
    nxt = pinpoint[len(parent)]
    return nxt == "(" or (parent[-1].isdigit() and nxt.isalpha() and nxt.isupper())


def provision(instrument: str | Instrument, pinpoint: str = "") -> Provision:
    """The text of a provision, with its source.

    A pinpoint that has sub-units in the data (``"33"``, ``"1C"``) returns them joined in order:
    the article as the treaty numbers it. ``""`` returns the provisions of the instrument the
    library holds, not the whole instrument: they may be a few articles far apart, in several
    languages or from several sources, so each part is given under its citation (as
    ``str(part)``: the citation, then its text), a part that is not a verbatim, verified text
    marked after its citation (``"CAT General Comment No. 4 (2017) para. 30 [paraphrase,
    unverified]"``), the parts separated by a blank line, with every source in ``sources``,
    ``verbatim`` only if every part held is and ``status`` that of the weakest.

    Args:
        instrument: an instrument key, e.g. ``"refugee-convention-1951"``, or the
            :class:`~refugeelaw.instruments.Instrument` itself (``rl.instruments.CAT``), as
            :class:`Citation` takes it.
        pinpoint: e.g. ``"33(1)"``, ``"1A(2)"``, ``"1F(b)"``; ``""`` for every provision of the
            instrument the library holds.

    Raises:
        UnknownProvision: the instrument or the pinpoint is not in the library's data; the message names it.
        InvalidInput: an argument of the wrong type (not a key or an instrument; a pinpoint that
            is not a string).

    >>> provision("refugee-convention-1951", "34")
    Traceback (most recent call last):
    ...
    refugeelaw.errors.UnknownProvision: pinpoint: Refugee Convention has no art. 34 in the library's data
    >>> import refugeelaw as rl
    >>> str(provision(rl.instruments.CAT, "3(1)").citation)
    'CAT art. 3(1)'
    """
    key = _instrument_key(instrument)
    problems = [
        Problem(name, f"expected {what}, got {type(x).__name__} {shown(x)}")
        for name, x, what in (
            ("instrument", key, "an instrument key or an Instrument"),
            ("pinpoint", pinpoint, "a string"),
        )
        if not isinstance(x, str)
    ]
    if problems:
        raise InvalidInput(problems)
    record = _registry().get(key)
    if record is None:
        known = ", ".join(sorted(_registry()))
        raise UnknownProvision(
            [Problem("instrument", f"unknown instrument {shown(key)} (known: {known})")]
        )
    parts = _units(record, pinpoint)
    if len(parts) == 1 and parts[0].citation.provision == pinpoint:
        return parts[0]
    if not parts:
        label = f"{record.pinpoint_label} " if record.pinpoint_label else ""
        raise UnknownProvision(
            [
                Problem(
                    "pinpoint",
                    f"{record.short_title} has no {label}{pinpoint} in the library's data",
                )
            ]
        )
    return _joined(_data_citation(key, pinpoint), parts, labelled=not pinpoint)


def _units(record: _Record, pinpoint: str) -> list[Provision]:
    """The units a provision is made of, in order: the unit itself, then its sub-units (every
    unit for ``""``); none where the record has no such pinpoint."""
    unit = record.provisions.get(pinpoint)
    parts = [p for k, p in record.provisions.items() if not pinpoint or _is_child(k, pinpoint)]
    return parts if unit is None else [unit, *parts]


def _parts(instrument: str, pinpoint: str) -> tuple[Provision, ...]:
    """The units :func:`provision` joins for ``(instrument, pinpoint)``, each with its own
    ``verbatim`` and ``status`` (the provision alone where it has no sub-units)."""
    provision(instrument, pinpoint)  # the same checks and errors
    return tuple(_units(_registry()[instrument], pinpoint))


def _mark(part: Provision) -> str:
    """What a part held is, after its citation where the provisions of an instrument are joined:
    nothing for a verbatim, verified text; else e.g. ``" [paraphrase, unverified]"`` (a text not
    held says so in its wording)."""
    if not part.held or (part.verbatim and part.status == "verified"):
        return ""
    return f" [{'verbatim' if part.verbatim else 'paraphrase'}, {part.status}]"


def _weakest(statuses: Iterable[str]) -> str:
    return max(statuses, key=_STATUSES.index)


def _joined(citation: Citation, parts: list[Provision], *, labelled: bool = False) -> Provision:
    """Sub-units joined in order; a part whose text is not held is shown as such, and the joined
    provision names the parts missing (its status is that of the parts held, its sources theirs).
    ``labelled`` (the provisions of a whole instrument the library holds, which need not be one
    article): each part under its citation, a part that is not verbatim and verified marked after
    it (``"... para. 30 [paraphrase, unverified]"``: the whole's ``verbatim`` and ``status`` are
    those of its weakest part), the parts a blank line apart, and a note saying it."""
    held = [p for p in parts if p.held]
    missing = [str(p.citation) for p in parts if not p.held]
    sources = tuple(dict.fromkeys(x for p in held or parts for x in p.sources))
    text = (
        "\n\n".join(f"{p.citation}{_mark(p)}\n{p.wording}" for p in parts)
        if labelled
        else "\n".join(p.wording for p in parts)
    )
    marked = any(_mark(p) for p in parts)
    said = (
        (
            f"Not the whole instrument: the {len(parts)} provision"
            f"{'' if len(parts) == 1 else 's'} of it in the library's data, each under its "
            "citation"
            + (f", taken from {len(sources)} sources (see sources)" if len(sources) > 1 else "")
            + "."
            + (
                " A part that is not a verbatim, verified text is marked after its citation"
                " (paraphrase or verbatim, and its status)."
                if marked
                else ""
            ),
        )
        if labelled
        else ()
    )
    return Provision(
        citation=citation,
        text=text if held else None,
        heading="" if labelled else parts[0].heading,
        verbatim=all(p.verbatim for p in held or parts),
        status=_weakest(p.status for p in held) if held else "not_found",
        source=sources[0] if sources else None,
        notes=said
        + tuple(dict.fromkeys(n for p in parts for n in p.notes))
        + ((f"text not held for: {', '.join(missing)}",) if held and missing else ()),
        sources=sources,
    )
