"""Dates: ISO strings or dates written with a month name; ambiguous numeric dates are refused.

>>> parse_date("1982-09-24")
datetime.date(1982, 9, 24)
>>> parse_date("24 September 1982")
datetime.date(1982, 9, 24)
>>> parse_date("03/04/1982")
Traceback (most recent call last):
...
refugeelaw.errors.InvalidInput: ambiguous numeric date '03/04/1982': write it as ISO (YYYY-MM-DD) or with a month name (24 September 1982)
"""

from __future__ import annotations

import datetime as dt
import re

from .errors import InvalidInput, Problem, shown

__all__ = ["parse_date", "today"]

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_SENTINELS = (dt.datetime(1, 1, 1), dt.datetime(2, 2, 2))
_MONTH_NAME = re.compile(
    r"(?<![A-Za-z])(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
    r"|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)(?![A-Za-z])",
    re.IGNORECASE,
)
# A weekday as it may be written, Monday first (a word that merely begins like one, "mon..." in
# "Monaco", is not one).
_WEEKDAY_WORDS = (
    ("mon", "monday"),
    ("tue", "tues", "tuesday"),
    ("wed", "wednesday"),
    ("thu", "thur", "thurs", "thursday"),
    ("fri", "friday"),
    ("sat", "saturday"),
    ("sun", "sunday"),
)
_WEEKDAY = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", re.IGNORECASE)
_DAY_OF = {word: day for day, words in enumerate(_WEEKDAY_WORDS) for word in words}
_DIGIT = re.compile(r"\d")
_LONG_YEAR = re.compile(r"^[0-9]{5,}-[0-9]{1,2}-[0-9]{1,2}$")  # ISO's form, a year too long
_ISO_INSIDE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
_LONG_NUMBER = re.compile(r"\d{5,}")  # in a worded date: a year too long, as "1 January 10000"
_NUMBER = re.compile(r"\d+")
# A word standing alone (not an ordinal's ending, as "th" in "24th" or "er" in "1er").
_WORD = re.compile(r"(?<![A-Za-z0-9])[^\W\d_]+(?![^\W\d_])")
# Words a numeric date may carry beside its numbers that are no attempt at a month: a weekday, or
# a word dateutil passes over or reads as a time ("at noon", "10 am", "GMT").
# Articles and prepositions a date written in another language carries ("le 3 mars 2010", "3 de
# marzo de 2010") are no attempt at a month either: the word named is the one that is ("mars").
_NOT_A_MONTH = frozenset(_DAY_OF) | {
    "the", "of", "on", "at", "and", "ad", "am", "pm", "noon", "gmt", "utc", "z", "t",
    "le", "la", "les", "l", "de", "del", "du", "des", "d", "el", "los", "las", "di", "da", "do",
    "dos", "das", "der", "den", "dem", "im", "vom", "von", "en", "em", "a", "au", "y", "e", "et",
    "und", "i", "op", "van", "het",
}  # fmt: skip
# A year alone, or a decade ("1990", "1990s", "1990's"): a date without its day and month.
_YEAR_ONLY = re.compile(r"^\d{4}(?:'?s)?$", re.IGNORECASE)
# "the", which dateutil does not pass over as it does "of" ("Friday, the 24th of September 1982").
_THE = re.compile(r"(?<![A-Za-z])the(?![A-Za-z])", re.IGNORECASE)
_EXPECTED = (
    "expected one as ISO (YYYY-MM-DD, e.g. 1982-09-24) or with a month name (24 September 1982)"
)


MAX_DATE_CHARS = 100  # "Friday, the 24th of September 1982" is 34


def today() -> dt.date:
    """The date used when a question is asked without ``on=``."""
    return dt.date.today()


def parse_date(value: object, *, field: str = "") -> dt.date:
    """Read a date argument as the API promises.

    Args:
        value: a :class:`datetime.date` (a ``datetime`` is reduced to its date), an ISO string
            (``"1982-09-24"``) or a string with a month name (``"24 September 1982"``, ``"Sep 24, 1982"``).
        field: the field path to name in the error.

    Raises:
        InvalidInput: for numeric dates other than ISO, incomplete dates, impossible dates, text
            that is no date (no number and no month name, or a word where the month would be
            that names none: "1 janvier 2010") and other types.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InvalidInput(
            [Problem(field, f"expected a date, got {type(value).__name__} {shown(value)}")]
        )
    text = value.strip()
    if len(text) > MAX_DATE_CHARS:
        raise InvalidInput(
            [
                Problem(
                    field,
                    f"{len(text):,} characters is too long for a date (at most {MAX_DATE_CHARS})",
                )
            ]
        )
    if not text:
        raise InvalidInput([Problem(field, "empty date: give a date such as 1982-09-24")])
    if text[0] in "+-\u2212":
        raise InvalidInput(
            [Problem(field, f"{shown(value)} has a sign: give a date such as 1982-09-24")]
        )
    if len(_YEAR.findall(text)) > 1:
        raise InvalidInput(
            [Problem(field, f"{shown(value)} names more than one year: give one date")]
        )
    if any(c.isdigit() and not c.isascii() for c in text):  # Arabic-Indic, full-width...
        raise InvalidInput([Problem(field, f"{shown(value)}: write the digits of a date as 0-9")])
    if _LONG_YEAR.match(text):
        raise InvalidInput(
            [
                Problem(
                    field,
                    f"{shown(value)}: a year has at most four digits (dates run to 9999-12-31)",
                )
            ]
        )
    if _ISO_DATETIME.match(text):
        raise InvalidInput(
            [Problem(field, f"{shown(value)} is a date and time: give the date alone (YYYY-MM-DD)")]
        )
    if _ISO.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError as exc:
            raise InvalidInput([Problem(field, f"impossible date {shown(value)}: {exc}")]) from None
    month = _MONTH_NAME.search(text)
    if not month and not _DIGIT.search(text):
        # No number and no month name ("CHN", "yesterday", "today"): nothing of a date to complete.
        raise InvalidInput(
            [
                Problem(
                    field,
                    f"not a date: {shown(value)}; {_EXPECTED}",
                )
            ]
        )
    # (A text with no month name has a digit from here on.)
    numeric = not month and not _ISO_INSIDE.search(text)
    if numeric and _YEAR_ONLY.match(_THE.sub("", text).strip()):
        # A year alone, the commonest partial date (a year of flight): it reads one way, and
        # what it lacks is the day and the month, not a form.
        raise InvalidInput(
            [
                Problem(
                    field,
                    f"incomplete date {shown(value)}: give the day and the month (1982-09-24, or "
                    "24 September 1982)",
                )
            ]
        )
    words = [w.group() for w in _WORD.finditer(text) if w.group().lower() not in _NOT_A_MONTH]
    if numeric and words and len(_NUMBER.findall(text)) < 3:
        # Too few numbers for the month to be one of them, and a word where a month name would
        # stand that is none ("1 janvier 2010"): no month is found, rather than two.
        named = ", ".join(repr(w) for w in dict.fromkeys(words))
        raise InvalidInput(
            [
                Problem(
                    field,
                    f"not a date: {shown(value)} names no month ({named}: not an English month "
                    "name); write it as ISO (YYYY-MM-DD) or with an English month name (24 "
                    "September 1982)",
                )
            ]
        )
    if numeric:
        # No month name and no year-first date: the month is a number and so is the day, and
        # "03/04/1982" reads two ways whatever words (a weekday, a time) stand around it.
        raise InvalidInput(
            [
                Problem(
                    field,
                    f"ambiguous numeric date {shown(value)}: write it as ISO (YYYY-MM-DD)"
                    " or with a month name (24 September 1982)",
                )
            ]
        )
    if not _YEAR.search(text):
        if _LONG_NUMBER.search(text):
            raise InvalidInput(
                [
                    Problem(
                        field,
                        f"{shown(value)}: a year has at most four digits (dates run to 9999-12-31)",
                    )
                ]
            )
        raise InvalidInput(
            [Problem(field, f"incomplete date {shown(value)}: give the year in full, e.g. 1982")]
        )
    return _parse_worded(text, value, field)


def _parse_worded(text: str, original: str, field: str) -> dt.date:
    from dateutil import parser  # dateutil.parser is only needed for worded dates

    text = _THE.sub(" ", text)
    results = []
    for default in _SENTINELS:
        try:
            read = parser.parse(text, default=default)
        except (ValueError, OverflowError, TypeError, RecursionError) as exc:
            if "out of range" in str(exc):  # "31 June 1990": a date the calendar does not have
                raise InvalidInput(
                    [Problem(field, f"impossible date {shown(original)}: {str(exc).split(':')[0]}")]
                ) from None
            raise InvalidInput(
                [Problem(field, f"not a date: {shown(original)}; {_EXPECTED}")]
            ) from None
        if read.time() != default.time() or read.tzinfo is not None:
            # A time of day (or a stray number read as one): refused as an ISO date and time is.
            raise InvalidInput(
                [Problem(field, f"{original!r} is a date and time: give the date alone")]
            )
        results.append(read.date())
    if results[0] != results[1]:
        raise InvalidInput(
            [Problem(field, f"incomplete date {original!r}: give the day, the month and the year")]
        )
    try:  # a second reading (day first, year first) would be a guess: refuse it
        readings = {
            parser.parse(text, default=_SENTINELS[0], dayfirst=day, yearfirst=year).date()
            for day in (False, True)
            for year in (False, True)
        }
    except (ValueError, OverflowError, TypeError, RecursionError):  # pragma: no cover
        raise InvalidInput(
            [Problem(field, f"not a date: {shown(original)}; {_EXPECTED}")]
        ) from None
    if len(readings) > 1:
        both = " or ".join(sorted(d.isoformat() for d in readings))
        raise InvalidInput([Problem(field, f"ambiguous date {original!r}: it reads as {both}")])
    found = results[0]
    year = _YEAR.search(text)
    if year is not None and int(year.group()) != found.year:
        # dateutil reads a four-digit year below 100 ("0050") as a two-digit one (2050)
        raise InvalidInput(
            [
                Problem(
                    field,
                    f"{original!r}: write a year before 100 in ISO form (e.g. "
                    f"{int(year.group()):04d}-01-01)",
                )
            ]
        )
    for word in _WEEKDAY.finditer(text):
        day = _DAY_OF.get(word.group().lower())
        if day is not None and day != found.weekday():
            raise InvalidInput(
                [
                    Problem(
                        field,
                        f"{original!r}: {found.isoformat()} was a "
                        f"{_WEEKDAY_WORDS[found.weekday()][-1].capitalize()}, not a "
                        f"{_WEEKDAY_WORDS[day][-1].capitalize()}",
                    )
                ]
            )
    return found
