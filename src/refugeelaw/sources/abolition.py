"""Where a state's own law abolished or retained the death penalty, as data
(``data/abolition.json``).

ICCPR art. 6 as the Human Rights Committee read it in *Judge v Canada* (2003) bars a state that has
abolished the death penalty from removing a person to a real risk of it. A treaty can show that a
state has abolished it (ECHR Protocols No. 6 and 13, the ICCPR's Second Optional Protocol: their
participation data); so can the state's own law, recorded here with its sources for the few states
the sources read give. Retention is recorded too, as periods during which the sources show the
death penalty lawful somewhere in the state's law (a retention ends on the latest day a source read
speaks for, not today); a date in no record says nothing either way. A retention may not overlap
an abolition of the same state, nor another retention (checked on loading).

>>> import datetime as dt
>>> national_abolition("CAN", dt.date(1998, 8, 7)).scope
'ordinary crimes'
>>> national_abolition("CAN", dt.date(1976, 7, 1)) is None   # during 1976: the day is disputed
True
>>> national_retention("USA", dt.date(2016, 6, 1)).status
'verified'
>>> national_retention("USA", dt.date(1976, 7, 1)) is None   # before Gregg v Georgia: no record
True
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
    "Abolition",
    "Retention",
    "abolitions",
    "load",
    "national_abolition",
    "national_retention",
    "retentions",
]


@attrs.frozen
class Abolition:
    """A state's abolition of the death penalty by its own law.

    Args:
        state: the state.
        scope: ``"all crimes"`` or ``"ordinary crimes"`` (those of the general criminal law: not
            military crimes, nor crimes in time of war).
        since: the day it took effect (``None``: the sources do not settle it).
        known_by: where ``since`` is not known, a date by which the sources show it had.
        status: how well the record is sourced (``"verified"``, ``"secondary"``...).
        sources: where it was seen.
        notes: caveats.
    """

    state: str
    scope: str
    since: dt.date | None
    known_by: dt.date | None
    status: str
    sources: tuple[Source, ...]
    notes: tuple[str, ...] = ()

    def in_effect_on(self, on: dt.date) -> bool:
        """Whether the sources show the abolition in effect on ``on``."""
        first = self.since if self.since is not None else self.known_by
        return first is not None and on >= first


@attrs.frozen
class Retention:
    """A period during which the sources show the death penalty lawful somewhere in a state's
    law (federal or state law, ordinary or military crimes): not abolished, for *Judge v Canada*.

    Args:
        state: the state.
        start: the first day a source read speaks for.
        end: the last day a source read speaks for (not today: beyond it the data does not know).
        status: how well the record is sourced (``"verified"``, ``"secondary"``...).
        sources: where it was seen.
        notes: caveats.
    """

    state: str
    start: dt.date
    end: dt.date
    status: str
    sources: tuple[Source, ...]
    notes: tuple[str, ...] = ()

    def in_effect_on(self, on: dt.date) -> bool:
        """Whether the sources show the death penalty retained on ``on``."""
        return self.start <= on <= self.end


def load(raw: dict[str, Any]) -> tuple[tuple[Abolition, ...], tuple[Retention, ...]]:
    """The abolition and retention records of ``raw`` (the data's JSON), checked: a retention
    runs forward (``from`` not after ``to``) and overlaps neither another retention of the same
    state nor an abolition of it (in effect from its ``since`` or ``known_by`` onwards)."""
    sources = {key: Source(**value) for key, value in raw["sources"].items()}
    found = tuple(
        Abolition(
            state=r["state"],
            scope=r["scope"],
            since=iso_date(r.get("since")),
            known_by=iso_date(r.get("known_by")),
            status=r["status"],
            sources=tuple(sources[key] for key in r["source"]),
            notes=tuple(r.get("notes", ())),
        )
        for r in raw["records"]
    )
    kept: list[Retention] = []
    for r in raw.get("retentions", ()):
        start, end = iso_date(r["from"]), iso_date(r["to"])
        if start is None or end is None or start > end:
            raise ValueError(f"retention of {r['state']}: 'from' must be a date not after 'to'")
        kept.append(
            Retention(
                state=r["state"],
                start=start,
                end=end,
                status=r["status"],
                sources=tuple(sources[key] for key in r["source"]),
                notes=tuple(r.get("notes", ())),
            )
        )
    for i, one in enumerate(kept):
        for other in kept[i + 1 :]:
            if one.state == other.state and one.start <= other.end and other.start <= one.end:
                raise ValueError(
                    f"retentions of {one.state} overlap: {one.start}..{one.end} and "
                    f"{other.start}..{other.end}"
                )
        for abolition in found:
            first = abolition.since or abolition.known_by
            if abolition.state == one.state and first is not None and one.end >= first:
                raise ValueError(
                    f"retention of {one.state} to {one.end} overlaps its abolition "
                    f"({abolition.scope}) in effect from {first}"
                )
    return found, tuple(kept)


@functools.cache
def _records() -> tuple[tuple[Abolition, ...], tuple[Retention, ...]]:
    records: tuple[tuple[Abolition, ...], tuple[Retention, ...]] = load(
        json.loads(read_text("abolition.json"))
    )
    return records


def abolitions() -> tuple[Abolition, ...]:
    """Every abolition record, in the data's order."""
    return _records()[0]


def retentions() -> tuple[Retention, ...]:
    """Every retention record, in the data's order."""
    return _records()[1]


def national_abolition(state: str, on: dt.date) -> Abolition | None:
    """The widest abolition by ``state``'s own law the sources show in effect on ``on`` (all
    crimes before ordinary crimes; ``None``: none is shown)."""
    found = [a for a in abolitions() if a.state == state and a.in_effect_on(on)]
    found.sort(key=lambda a: a.scope != "all crimes")
    return found[0] if found else None


def national_retention(state: str, on: dt.date) -> Retention | None:
    """The retention of the death penalty in ``state``'s law the sources show on ``on``
    (``None``: none is shown)."""
    return next((r for r in retentions() if r.state == state and r.in_effect_on(on)), None)
