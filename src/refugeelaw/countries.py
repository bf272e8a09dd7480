"""ISO 3166-1 alpha-3 country codes, checked against an embedded table.

>>> country_name("PRK")
'North Korea'
>>> check_country("XYZ")
Traceback (most recent call last):
...
refugeelaw.errors.InvalidInput: unknown ISO 3166-1 alpha-3 country code 'XYZ'
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any

from ._data import read_text
from .dates import parse_date
from .errors import InvalidInput, Problem, shown

__all__ = [
    "accepted_codes",
    "all_countries",
    "check_country",
    "country_name",
    "historic_countries",
    "is_historic",
    "withdrawn",
]


@functools.cache
def _tables() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    raw = json.loads(read_text("countries.json"))
    return raw["countries"], raw.get("historic", {}).get("countries", {})


def _table() -> dict[str, dict[str, Any]]:
    """Every code accepted: the current ISO 3166-1 codes and the historic ISO 3166-3 ones."""
    return _all()


@functools.cache
def _all() -> dict[str, dict[str, Any]]:
    current, historic = _tables()
    return {**historic, **current}


def all_countries() -> frozenset[str]:
    """Every current ISO 3166-1 alpha-3 code the library knows."""
    return frozenset(_tables()[0])


def historic_countries() -> frozenset[str]:
    """The formerly used codes (ISO 3166-3) the library accepts as codes: former States' (``"YUG"``,
    ``"SUN"``, ``"CSK"``) and territories' (``"JTN"``, Johnston Island). Which of them names a State
    on a date is ``data/territories.json``'s to say (``statehood``, ``former_codes``)."""
    return frozenset(_tables()[1])


def accepted_codes() -> frozenset[str]:
    """Every code :func:`check_country` accepts: the current ones and the formerly used ones."""
    return frozenset(_all())


def is_historic(code: str) -> bool:
    """Whether ``code`` is a formerly used code (ISO 3166-3): a former State's (``"YUG"``:
    Yugoslavia) or a territory's (``"JTN"``: Johnston Island, never a State)."""
    return code in _tables()[1]


def withdrawn(code: str) -> str | None:
    """When ISO withdrew a formerly used code (``"1986"``, ``"1990-08-14"``): the date of the
    code's withdrawal, not of any change of status; ``None`` for a current code."""
    record = _tables()[1].get(code)
    return None if record is None else str(record["withdrawal_date"])


#: Codes in use that ISO 3166-1 does not assign, and why each is refused: Kosovo's ``XKX``, a
#: user-assigned code element, not an ISO 3166-1 code (the European Union uses it).
USER_ASSIGNED = {
    "XKX": (
        "'XKX' is not an ISO 3166-1 code: it is a user-assigned code, used by the European Union "
        "and others for Kosovo, which ISO 3166-1 gives no code. Kosovo's statehood is contested, "
        "and the library holds no record of it (no statehood, no treaty participation), so it "
        "cannot represent Kosovo as a State or as a place apart from one: give the nationality "
        "the person holds under the law of a State the library knows (or none if stateless); a "
        "claim that turns on harm by Kosovo's own authorities, or on a return to Kosovo, cannot "
        "be assessed here (coding it 'SRB' would name the wrong State's authorities)"
    ),
}


def check_country(code: object, *, field: str = "") -> str:
    """Return ``code`` if it is an ISO 3166-1 alpha-3 code, or a formerly used ISO 3166-3 code
    (``"YUG"``, ``"SUN"``, ``"CSK"``); raise :class:`InvalidInput` otherwise. Whether the code
    names a State on a date is checked where a State is needed, not here.

    Codes are case-sensitive upper case, as ISO writes them: ``"chn"`` is refused with a hint.
    """
    if isinstance(code, str) and code in _table():
        return code
    if isinstance(code, str) and code.upper() in _table():
        msg = f"country codes are upper case: write {shown(code.upper())}, not {shown(code)}"
    elif isinstance(code, str) and code in USER_ASSIGNED:
        msg = USER_ASSIGNED[code]
    elif isinstance(code, str):
        msg = f"unknown ISO 3166-1 alpha-3 country code {shown(code)}"
    else:
        msg = (
            f"expected an ISO 3166-1 alpha-3 country code, got {type(code).__name__} {shown(code)}"
        )
    raise InvalidInput([Problem(field, msg)])


def country_name(code: str, on: dt.date | str | None = None) -> str:
    """The short English name of a country (``"CHN"`` → ``"China"``); with ``on``, the name the
    State bore that day where the data dates a change of name under one code
    (``data/territories.json``, ``names``: ``"SRB"`` is the Federal Republic of Yugoslavia from
    27 April 1992 to 3 February 2003, Serbia and Montenegro to 5 June 2006, then Serbia). ``on``
    is a date or a string, as every public date parameter is (an ISO date, "1 June 1999"); a bad
    one raises :class:`~refugeelaw.InvalidInput` naming ``on``, whatever the code.

    >>> country_name("SRB", dt.date(1999, 6, 1)), country_name("SRB", "2010-01-01")
    ('Federal Republic of Yugoslavia', 'Serbia')
    """
    if on is not None:
        if type(on) is not dt.date:
            on = parse_date(on, field="on")
        for since, until, dated in _dated_names().get(code, ()):
            if since <= on <= until:
                return dated
    return _name(code)


@functools.lru_cache(maxsize=512)
def _name(code: str) -> str:
    """The undated short name, cached (behind :func:`country_name`: the cache's wrapper checks
    no argument types)."""
    return str(_table()[check_country(code)]["name"])


@functools.cache
def _dated_names() -> dict[str, tuple[tuple[dt.date, dt.date, str], ...]]:
    """``data/territories.json``'s dated names: for a code, each period (first day, last day,
    name). Read here, not through ``sources.territories``, which imports this module."""
    raw = json.loads(read_text("territories.json")).get("names", {})
    return {
        code: tuple(
            (dt.date.fromisoformat(p["since"]), dt.date.fromisoformat(p["until"]), p["name"])
            for p in periods
        )
        for code, periods in raw.items()
        if code != "about"
    }
