"""Territories that are part of a state, and where its treaties apply in them, as data
(``data/territories.json``).

A territory with a country code of its own (Hong Kong, Macao) is part of a state's territory from a
date; VCLT art. 29 has a treaty bind a party "in respect of its entire territory" unless a
different intention is established, and for such a territory the state has said which treaties
apply there. The return rules read this data; they hold no list of their own.

>>> held("HKG", dt.date(1997, 6, 30)), held("HKG", dt.date(1997, 7, 1))
(('GBR', 'responsible'), ('CHN', 'part'))
>>> part_of("HKG", dt.date(1997, 6, 30)), part_of("HKG", dt.date(1997, 7, 1))
(None, 'CHN')
>>> application("HKG", "CHN", "cat-1984").since
datetime.date(1997, 7, 1)
>>> application("HKG", "CHN", "refugee-convention-1951").applies
False

A territory may have had an earlier holder, recorded where a source dates it: Puerto Rico was
part of Spain until the Treaty of Paris took effect on 11 April 1899.

>>> held("PRI", dt.date(1890, 1, 1)), held("PRI", dt.date(1899, 4, 11))
(('ESP', 'part'), ('USA', 'responsible'))

A code may name a State only for a time: Eritrea was part of Ethiopia until its independence on
24 May 1993, and the USSR is no State in the data from 24 December 1991 (its participation passes
to the Russian Federation that day). Western Sahara names a State on no date: a Non-Self-Governing
Territory on the United Nations' list, administered by Spain until 1976 and read since as a
territory of its own.

>>> part_of("ERI", dt.date(1990, 6, 1)), not_a_state("ERI", dt.date(1990, 6, 1)) is not None
('ETH', True)

So were the republics of a State that dissolved or from which they separated: Croatia was part of
the Socialist Federal Republic of Yugoslavia until its independence on 8 October 1991, and
Montenegro part of the Federal Republic of Yugoslavia (``"SRB"``) until 3 June 2006.

>>> part_of("HRV", dt.date(1985, 6, 1)), not_a_state("HRV", dt.date(1991, 10, 8)) is None
('YUG', True)
>>> part_of("MNE", dt.date(2000, 6, 1)), predecessor("MNE").state
('SRB', 'SCG')
>>> not_a_state("SUN", dt.date(1995, 6, 30)).continued_by
'RUS'

And the USSR's republics: Kazakhstan was part of the USSR from the Constitution of 5 December
1936 until its independence on 16 December 1991, and is one of the USSR's successors.

>>> part_of("KAZ", dt.date(1985, 6, 1)), not_a_state("KAZ", dt.date(1991, 12, 16)) is None
('SUN', True)
>>> predecessor("KAZ").state
'SUN'
>>> [not_a_state("ESH", dt.date(y, 1, 1)) is not None for y in (1970, 2020)]
[True, True]
>>> held("ESH", dt.date(1970, 1, 1)), held("ESH", dt.date(2020, 1, 1))
(('ESP', 'responsible'), None)

A formerly used code (ISO 3166-3) with no statehood record names a State on no date: Johnston
Island, merged into the United States Minor Outlying Islands, is an area of the United States.

>>> former_code("JTN").replaced_by, former_code("JTN").within, former_state("JTN")
(('UMI',), 'USA', False)
>>> former_state("YMD"), former_state("ERI")
(True, False)
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any

import attrs

from .._data import read_text
from . import Source, iso_date

__all__ = [
    "Administered",
    "Application",
    "Contested",
    "FormerCode",
    "Statehood",
    "Unrecorded",
    "administered",
    "administered_places",
    "application",
    "applications",
    "as_claimed",
    "contested",
    "former_code",
    "former_state",
    "held",
    "held_by",
    "in_china",
    "not_a_state",
    "part_of",
    "predecessor",
    "recorded",
    "recorded_for",
    "responsible",
    "same_state",
    "state_of",
    "statehood",
    "territories",
    "territory_sources",
    "treaties_as_state",
    "unrecorded",
]


@attrs.frozen
class Application:
    """Whether an instrument applies in a territory of a state, and from when.

    Args:
        territory, state, instrument: the territory, the state it is part of, the instrument.
        applies: whether the instrument applies there.
        since: from when it applies (``None``: not known, or it does not apply).
        known_by: where ``since`` is not known, a date by which a source shows it applies.
        status: how well the record is sourced (``"verified"``, ``"secondary"``...).
        sources: where it was seen.
        notes: caveats.
        as_of: for an instrument that does not apply there, the last date a source shows it not
            applying (``None``: the sources speak for every date the record can be asked of).
            After it the state may have extended it there by a notification the data would not
            record (China's notifications are how its treaties came to apply in Hong Kong and
            Macao; VCLT art. 29), so whether it applies is not known.
    """

    territory: str
    state: str
    instrument: str
    applies: bool
    since: dt.date | None
    status: str
    sources: tuple[Source, ...]
    notes: tuple[str, ...] = ()
    known_by: dt.date | None = None
    as_of: dt.date | None = None

    def applies_on(self, on: dt.date) -> bool | None:
        """Whether the instrument applies there on ``on`` (``None``: it applies from a date the data
        does not give, and ``on`` is before any date a source shows it applied by; or it was shown
        not to apply, and ``on`` is after the last date a source shows that, ``as_of``)."""
        if not self.applies:
            return False if self.as_of is None or on <= self.as_of else None
        if self.since is not None:
            return on >= self.since
        if self.known_by is not None and on >= self.known_by:
            return True
        return None


@attrs.frozen
class Statehood:
    """When a code names a State: from its independence (``since``), or until the first day by
    which the sources show it had ceased to exist (``ended_by``), with the State that continues it
    (``continued_by``), the State it joined (``joined``) or its successors (``successors``).

    Args:
        state: the code.
        since: the day it became a State (``None``: before the library's dates, or not recorded).
        ended_by: the first day on which the sources show it no longer existed (``None``: it
            exists).
        continued_by: the State that continues it.
        joined: the State whose territory it became (the German Democratic Republic: Germany).
        successors: the States that succeeded it (other than ``continued_by``).
        status, sources, notes: how well the record is sourced, where it was seen, caveats.
        same_as: the code under which the data records the same State's treaty participation,
            by every name it bore (Serbia and Montenegro, the Federal Republic of Yugoslavia
            renamed on 4 February 2003: ``"SRB"``). Where the State whose obligations are asked is
            meant, the code is refused on every date, naming it: before ``since`` it named no
            State, and from then the State's records are those of ``same_as``.
        contested: where the statehood the record dates is contested, the reading the data takes,
            in words (Palestine from GA res. 67/19 of 29 November 2012): a result that turns on
            it names it among its assumptions (``law.territory.statehood_readings``). On a date
            when the code names no State it is read as a territory of its own, part of no State
            the data records: a place, not a nationality or a State.
        never: the code names a State on no date (Western Sahara, a Non-Self-Governing Territory
            on the United Nations' list: the data takes no position that the Sahrawi Arab
            Democratic Republic is a State); ``since`` and ``ended_by`` are then ``None``.
    """

    state: str
    since: dt.date | None
    ended_by: dt.date | None
    continued_by: str | None
    successors: tuple[str, ...]
    status: str
    sources: tuple[Source, ...]
    notes: tuple[str, ...] = ()
    joined: str | None = None
    same_as: str | None = None
    contested: str | None = None
    never: bool = False

    def exists_on(self, on: dt.date) -> bool:
        """Whether the code names a State on ``on``."""
        return (
            not self.never
            and (self.since is None or on >= self.since)
            and (self.ended_by is None or on < self.ended_by)
        )


@attrs.frozen
class FormerCode:
    """A formerly used code (ISO 3166-3) that the data reads as a State on no date: a territory's
    (Johnston Island, metropolitan France), or one whose statehood, and its dates, no source read
    gives (Sikkim), or an old name of a State whose records are under its current code (Burma).

    Args:
        code: the ISO 3166-3 alpha-3 code.
        change: what ISO 3166-3 records of it: a change of ``"name"``, a ``"merger"`` into, or a
            ``"division"`` into the codes ``replaced_by``.
        replaced_by: the ISO 3166-1 codes that replaced it.
        within: the State whose territory the area is part of, where a source says so (``None``:
            not recorded).
        status, sources, notes: how well the record is sourced, where it was seen, caveats.
    """

    code: str
    change: str
    replaced_by: tuple[str, ...]
    within: str | None
    status: str
    sources: tuple[Source, ...]
    notes: tuple[str, ...] = ()


@attrs.frozen
class Contested:
    """A place whose belonging to a State is contested, and the State that holds it its own
    (``data/territories.json``, ``contested``): Western Sahara, a Non-Self-Governing Territory on
    the United Nations' list, which Morocco holds part of Morocco. The data does not say whether
    it is, and the public functions refuse a claim whose answer turns on it.

    Args:
        place: the code.
        claimed_by: the State that holds it part of its territory.
        why: why it is contested, in words for a refusal ("it is on the United Nations' list of
            Non-Self-Governing Territories, ...").
        status, sources, notes: how well the record is sourced, where it was seen, caveats.
    """

    place: str
    claimed_by: str
    why: str
    status: str
    sources: tuple[Source, ...]
    notes: tuple[str, ...] = ()


@attrs.frozen
class Administered:
    """A period in which a recorded territory was held by a State responsible for its
    international relations (``"relation": "responsible"``) that did not hold it part of its own
    territory, while another State held it part of its (``territory_of``): Macao, under
    Portugal's administration, from 25 April 1976 (Portugal's Constitution of 1976 did not count
    it in Portugal's territory, art. 5(1)) until 19 December 1999, China holding it Chinese
    territory (its letter of 8 March 1972) and, from 15 January 1988, both declaring that it "is
    Chinese territory" (the Joint Declaration of 1987, para. 1). The data still reads the
    territory as the administering State's, outside the other (:func:`state_of`), on
    administration and jurisdiction alone: Portugal alone exercised jurisdiction there and
    conducted its international relations, extending its treaties to it, and China exercised
    none. That reading, not the other State's title, is what is contested (none of the period's
    sources holds the territory outside the other State), and a result that turns on it names it
    (``law.territory.ADMINISTERED_READING``).

    Args:
        place: the code.
        state: the administering State.
        territory_of: the State that held it part of its territory.
        since, until: the period.
        contested: the reading, in words: that it is the contested point, what the sources hold
            against it, and why the library takes it.
        status, sources: how well the period is sourced, and where it was seen.
    """

    place: str
    state: str
    territory_of: str
    since: dt.date | None
    until: dt.date | None
    contested: str
    status: str
    sources: tuple[Source, ...]


@functools.cache
def _administered() -> dict[str, tuple[Administered, ...]]:
    territories = _data()["territories"]
    assert isinstance(territories, dict)
    sources = _sources()
    found: dict[str, tuple[Administered, ...]] = {}
    for code, record in territories.items():
        periods = tuple(
            Administered(
                place=code,
                state=period["state"],
                territory_of=period["territory_of"],
                since=iso_date(period.get("since")),
                until=iso_date(period.get("until")),
                contested=period["contested"],
                status=period["status"],
                sources=tuple(sources[key] for key in period["source"]),
            )
            for period in record["held"]
            if "territory_of" in period
        )
        if periods:
            found[code] = periods
    return found


@functools.cache
def administered_places() -> frozenset[str]:
    """The codes of the recorded territories with an :class:`Administered` period (whatever the
    date): the only places whose comparison with a State can turn on its reading."""
    return frozenset(_administered())


def administered(place: str | None, on: dt.date) -> Administered | None:
    """The :class:`Administered` period of ``place`` covering ``on`` (``None``: none; Macao before
    25 April 1976 or from 20 December 1999, Hong Kong on every date)."""
    if place is None:
        return None
    for period in _administered().get(place, ()):
        if (period.since is None or on >= period.since) and (
            period.until is None or on <= period.until
        ):
            return period
    return None


def as_claimed(code: str, on: dt.date) -> str:
    """``code`` as the reading the data does not take reads it on ``on``: an administered
    territory (:func:`administered`) as the State that held it part of its territory (Macao, in
    1990, as China), any other code as it is. The rules compare places by :func:`same_state`;
    compared again with both codes read so, the answer shows whether it turns on that reading
    (``law.territory.administered_decides``)."""
    period = administered(code, on)
    return code if period is None else period.territory_of


@functools.cache
def _contested() -> dict[str, Contested]:
    raw = _data().get("contested", {})
    assert isinstance(raw, dict)
    sources = _sources()
    return {
        code: Contested(
            place=code,
            claimed_by=r["claimed_by"],
            why=r["why"],
            status=r["status"],
            sources=tuple(sources[key] for key in r["source"]),
            notes=tuple(r.get("notes", ())),
        )
        for code, r in raw.items()
    }


def contested(code: str | None) -> Contested | None:
    """The record of a place whose belonging to a State is contested (``None``: no record)."""
    return None if code is None else _contested().get(code)


@functools.cache
def _data() -> dict[str, object]:
    return json.loads(read_text("territories.json"))  # type: ignore[no-any-return]


@functools.cache
def _sources() -> dict[str, Source]:
    raw = _data()["sources"]
    assert isinstance(raw, dict)
    return {key: Source(**value) for key, value in raw.items()}


@functools.cache
def held(place: str, on: dt.date) -> tuple[str, str] | None:
    """The state that held a recorded territory on ``on``, and how: ``"part"`` (part of its
    territory) or ``"responsible"`` (administered by it, responsible for its international
    relations). ``None``: ``place`` is not a recorded territory, or the data does not say for that
    date."""
    period = _period(place, on)
    return None if period is None else (str(period["state"]), str(period["relation"]))


@functools.cache
def treaties_as_state(place: str, on: dt.date) -> bool:
    """Whether the state a recorded territory is part of on ``on`` is bound there by its treaties
    as in the rest of its territory (VCLT art. 29, no different intention recorded: a French
    overseas département, ``"treaties": "entire"`` in the data), rather than only as it has
    declared (Hong Kong and Macao for China). ``False`` where the territory is not part of a
    state on that date, or the data does not say so."""
    period = _period(place, on)
    return (
        period is not None and period["relation"] == "part" and period.get("treaties") == "entire"
    )


def _period(place: str, on: dt.date) -> dict[str, Any] | None:
    """The period of a recorded territory's record (``held``) that covers ``on``: who held it and
    how. ``None``: ``place`` is not a recorded territory, or no period covers that date."""
    territories = _data()["territories"]
    assert isinstance(territories, dict)
    record = territories.get(place)
    if record is None:
        return None
    for period in record["held"]:
        since, until = iso_date(period.get("since")), iso_date(period.get("until"))
        if (since is None or on >= since) and (until is None or on <= until):
            assert isinstance(period, dict)
            return period
    return None


@attrs.frozen
class Unrecorded:
    """A recorded territory on a date before its record's first period: the data does not say
    whether it was then part of, or held by, any of the States its record names (Puerto Rico
    before 19 March 1812, Greenland before 5 June 1953).

    Args:
        place: the code.
        begins: the first day of the record's earliest period.
        states: the States that hold it in the record's periods.
    """

    place: str
    begins: dt.date
    states: tuple[str, ...]


@functools.cache
def unrecorded(place: str | None, on: dt.date) -> Unrecorded | None:
    """Whether ``on`` precedes a recorded territory's record (no period covers it, and it is before
    the first ``since``), and the record does not say that its States did not hold it then
    (``not_held_before``: Eritrea, under British administration before the Federation with
    Ethiopia of 11 September 1952). ``None``: not a recorded territory, a period covers ``on``, the
    record's first period has no start (Hong Kong), or the record says so."""
    recorded = _data()["territories"]
    assert isinstance(recorded, dict)
    record = None if place is None else recorded.get(place)
    if place is None or record is None or record.get("not_held_before"):
        return None
    if _period(place, on) is not None:
        return None
    starts = [iso_date(period.get("since")) for period in record["held"]]
    if any(start is None for start in starts):
        return None
    begins = min(start for start in starts if start is not None)
    if on >= begins:
        return None
    states = tuple(dict.fromkeys(str(period["state"]) for period in record["held"]))
    return Unrecorded(place=place, begins=begins, states=states)


@functools.cache
def recorded() -> frozenset[str]:
    """Every code this data holds a record of: a territory, a State's dates, a formerly used code,
    a contested place. Only these can read otherwise than as a State on every date; any other
    code is one, so a rule that refuses or re-reads codes by this data need look at no other."""
    return frozenset(
        territories() | _statehoods().keys() | _former_codes().keys() | _contested().keys()
    )


@functools.cache
def territories() -> frozenset[str]:
    """The codes of every recorded territory (whatever the date)."""
    recorded = _data()["territories"]
    assert isinstance(recorded, dict)
    return frozenset(recorded)


@functools.cache
def _statehoods() -> dict[str, Statehood]:
    raw = _data()["statehood"]
    assert isinstance(raw, dict)
    sources = _sources()
    return {
        code: Statehood(
            state=code,
            since=iso_date(r.get("since")),
            ended_by=iso_date(r.get("ended_by")),
            continued_by=r.get("continued_by"),
            successors=tuple(r.get("successors", ())),
            status=r["status"],
            sources=tuple(sources[key] for key in r["source"]),
            notes=tuple(r.get("notes", ())),
            joined=r.get("joined"),
            same_as=r.get("same_as"),
            contested=r.get("contested"),
            never=r.get("never", False),
        )
        for code, r in raw.items()
    }


@functools.cache
def _former_codes() -> dict[str, FormerCode]:
    raw = _data()["former_codes"]
    assert isinstance(raw, dict)
    sources = _sources()
    return {
        code: FormerCode(
            code=code,
            change=r["change"],
            replaced_by=tuple(r["replaced_by"]),
            within=r.get("within"),
            status=r["status"],
            sources=tuple(sources[key] for key in r["source"]),
            notes=tuple(r.get("notes", ())),
        )
        for code, r in raw.items()
    }


def former_code(code: str | None) -> FormerCode | None:
    """The record of a formerly used code that names a State on no date (``None``: ``code`` is
    not one; a former State with dates has a :func:`statehood` record instead)."""
    return None if code is None else _former_codes().get(code)


def former_state(code: str) -> bool:
    """Whether the data records ``code`` as a State that ceased to exist (a :func:`statehood`
    record with an end): the USSR, South Yemen; not Johnston Island, nor Eritrea."""
    record = _statehoods().get(code)
    return record is not None and record.ended_by is not None


def statehood(code: str) -> Statehood | None:
    """The record of when ``code`` names a State (``None``: no record; the code is read as a
    State whenever the rest of the data shows it one)."""
    return _statehoods().get(code)


def predecessor(code: str) -> Statehood | None:
    """The record of the former State that ``code`` succeeded by a uniting or a separation of
    States (the record lists it among its ``successors``: Croatia, the Socialist Federal Republic
    of Yugoslavia's; Slovakia, Czechoslovakia's; Montenegro, Serbia and Montenegro's; Kazakhstan,
    the USSR's), or
    ``None``: no such record (a State that was a dependent territory, a newly independent State
    in the Vienna Convention on Succession of States in respect of Treaties, art. 2(1)(f), has
    none)."""
    for record in _statehoods().values():
        if code in record.successors:
            return record
    return None


def not_a_state(code: str | None, on: dt.date) -> Statehood | None:
    """The record showing that ``code`` names no State on ``on``: Eritrea before 24 May 1993,
    the USSR from 26 December 1991, Western Sahara on every date (``None``: it is one, or the
    data does not say otherwise)."""
    record = None if code is None else _statehoods().get(code)
    return None if record is None or record.exists_on(on) else record


def responsible(place: str | None, on: dt.date) -> str | None:
    """The state that held a recorded territory on ``on``, either way (it can return a person from
    it, and its treaties bind it there as :func:`held` and the application records say)."""
    found = None if place is None else held(place, on)
    return None if found is None else found[0]


def part_of(place: str | None, on: dt.date) -> str | None:
    """The state a recorded territory was part of on ``on`` (``None``: not part of any state's
    territory in the data, e.g. a dependent territory administered by another): a person there is in
    that state, and harm feared there is feared in it."""
    found = None if place is None else held(place, on)
    return None if found is None or found[1] != "part" else found[0]


#: Taiwan and China. The data records no period in which Taiwan is part of any state: whether it
#: is part of China is a contested position (``Doctrine.taiwan_outside_china``), not data, and the
#: rules read it either way only as the doctrine says (``law.territory.taiwan_decides``).
TAIWAN, CHINA = "TWN", "CHN"


def in_china(code: str) -> str:
    """``code`` as the reading that Taiwan is part of China takes it
    (``Doctrine(taiwan_outside_china=False)``): China for Taiwan, any other code as it is."""
    return CHINA if code == TAIWAN else code


def same_state(place: str, other: str, on: dt.date | None, taiwan_apart: bool = True) -> bool:
    """Whether two places are in one state on ``on``, counting a territory that is part of a state,
    or one for whose international relations it is responsible, as that state (:func:`state_of`:
    Hong Kong and China after 1 July 1997, Puerto Rico and the United States): harm feared in the one is feared in the
    other, and a removal to the one is a return to the other. The one comparison of two places
    every rule makes (the bars on return, the onward question, Art 1A(2)'s country of reference).
    ``on`` ``None``: territories compared as given. ``taiwan_apart``: Taiwan read as a country
    other than China (``False``: as part of it, ``Doctrine(taiwan_outside_china=False)``; a rule
    that can tell which it must read asks ``law.territory.taiwan_decides``)."""
    if not taiwan_apart:
        place, other = in_china(place), in_china(other)
    recorded = territories()
    if place == other or on is None or (place not in recorded and other not in recorded):
        return place == other
    return state_of(place, on) == state_of(other, on)


def state_of(place: str, on: dt.date) -> str:
    """The State ``place`` is in on ``on``: the State a recorded territory is part of, or the one
    responsible for its international relations (Hong Kong: China from 1 July 1997, the United
    Kingdom before; Puerto Rico: the United States), else ``place`` itself. Art 1A(2)'s "country
    of his nationality" is the State, and a person who moves between it and a territory it holds
    crosses no frontier into another State (the return rules refuse such a move as no return "to
    another State", CAT art. 3(1)); the treaties that apply in the territory are another question
    (VCLT art. 29, ``law.territory.treaty_territory``). Macao before 20 December 1999 is
    Portugal's, outside China: from 25 April 1976 a contested reading (:func:`administered`)."""
    return responsible(place, on) or place


@functools.cache
def _applications() -> dict[tuple[str, str, str], Application]:
    raw = _data()["application"]
    assert isinstance(raw, list)
    sources = _sources()
    return {
        (a["territory"], a["state"], a["instrument"]): Application(
            territory=a["territory"],
            state=a["state"],
            instrument=a["instrument"],
            applies=a["applies"],
            since=iso_date(a.get("since")),
            status=a["status"],
            sources=tuple(sources[key] for key in a["source"]),
            notes=tuple(a.get("notes", ())),
            known_by=iso_date(a.get("known_by")),
            as_of=iso_date(a.get("as_of")),
        )
        for a in raw
    }


def application(territory: str, state: str, instrument: str) -> Application | None:
    """Whether ``instrument`` applies in ``territory`` as part of ``state`` (``None``: no record)."""
    return _applications().get((territory, state, instrument))


def held_by(state: str, on: dt.date) -> tuple[str, ...]:
    """The recorded territories ``state`` held on ``on`` (part of it, or under its responsibility)."""
    territories = _data()["territories"]
    assert isinstance(territories, dict)
    return tuple(code for code in territories if responsible(code, on) == state)


def applications(territory: str, state: str) -> tuple[Application, ...]:
    """What the data records of each instrument in ``territory`` as held by ``state``, in the data's
    order."""
    return tuple(
        a for a in _applications().values() if (a.territory, a.state) == (territory, state)
    )


def recorded_for(territory: str, instrument: str) -> tuple[Application, ...]:
    """What the data records of ``instrument`` in ``territory``, for every State that held it, in
    the data's order (Macao's ICCPR: Portugal's and China's)."""
    return tuple(
        a
        for a in _applications().values()
        if (a.territory, a.instrument) == (territory, instrument)
    )


def territory_sources(territory: str) -> tuple[Source, ...]:
    """The sources of a recorded territory's sovereignty."""
    territories = _data()["territories"]
    assert isinstance(territories, dict)
    sources = _sources()
    return tuple(sources[key] for key in territories[territory]["source"])
