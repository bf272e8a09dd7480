"""Where a state's own law abolished the death penalty, as data (``data/abolition.json``).

ICCPR art. 6 as the Human Rights Committee read it in *Judge v Canada* (2003) bars a state that has
abolished the death penalty from removing a person to a real risk of it. A treaty can show that a
state has abolished it (ECHR Protocols No. 6 and 13, the ICCPR's Second Optional Protocol: their
participation data); so can the state's own law, recorded here with its sources for the few states
the sources read give. Only abolitions are recorded: no record says nothing either way.

>>> import datetime as dt
>>> national_abolition("CAN", dt.date(1998, 8, 7)).scope
'ordinary crimes'
>>> national_abolition("CAN", dt.date(1976, 7, 1)) is None   # during 1976: the day is disputed
True
"""

from __future__ import annotations

import datetime as dt
import functools
import json

import attrs

from .._data import read_text
from . import Source, iso_date

__all__ = ["Abolition", "abolitions", "national_abolition"]


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


@functools.cache
def abolitions() -> tuple[Abolition, ...]:
    """Every record, in the data's order."""
    raw = json.loads(read_text("abolition.json"))
    sources = {key: Source(**value) for key, value in raw["sources"].items()}
    return tuple(
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


def national_abolition(state: str, on: dt.date) -> Abolition | None:
    """The widest abolition by ``state``'s own law the sources show in effect on ``on`` (all
    crimes before ordinary crimes; ``None``: none is shown)."""
    found = [a for a in abolitions() if a.state == state and a.in_effect_on(on)]
    found.sort(key=lambda a: a.scope != "all crimes")
    return found[0] if found else None
