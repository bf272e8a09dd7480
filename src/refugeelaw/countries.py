"""ISO 3166-1 alpha-3 country codes, checked against an embedded table.

>>> country_name("PRK")
'North Korea'
>>> check_country("XYZ")
Traceback (most recent call last):
...
refugeelaw.errors.InvalidInput: unknown ISO 3166-1 alpha-3 country code 'XYZ'
"""

from __future__ import annotations

import functools
import json
from typing import Any

from ._data import read_text
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
    elif isinstance(code, str):
        msg = f"unknown ISO 3166-1 alpha-3 country code {shown(code)}"
    else:
        msg = (
            f"expected an ISO 3166-1 alpha-3 country code, got {type(code).__name__} {shown(code)}"
        )
    raise InvalidInput([Problem(field, msg)])


@functools.lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The short English name of a country (``"CHN"`` → ``"China"``)."""
    return str(_table()[check_country(code)]["name"])
