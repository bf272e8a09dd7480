"""Exceptions raised by refugeelaw.

A legal "no" is a result, never an exception. Exceptions mean the *input* was wrong: a malformed fact,
an unknown country code, an ambiguous date, a provision that is not in the library's data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

__all__ = ["BeyondData", "InvalidInput", "Problem", "UnknownProvision", "shown"]


def shown(value: object, limit: int = 80) -> str:
    """``repr(value)`` for an error message: cut to about ``limit`` characters (saying how long it
    was), and safe for integers too long to write out and for containers nested too deep to
    write."""
    try:
        text = repr(value)
    except ValueError:  # an integer of more than 4,300 digits
        return f"an integer of {value.bit_length():,} bits" if isinstance(value, int) else "?"
    except RecursionError:  # a list in a list in a list..., thousands deep
        return "(nested too deep to write out)"
    if len(text) <= limit:
        return text
    return f"{text[: limit - 20]}… ({len(text):,} characters)"


def _text(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise InvalidInput([Problem(name, f"expected a string, got {type(value).__name__}")])


@attrs.frozen
class Problem:
    """One thing wrong with an input: where (a field path such as ``fears[0].likelihood``) and what."""

    path: str = attrs.field(validator=lambda _, a, v: _text(a.name, v))
    message: str = attrs.field(validator=lambda _, a, v: _text(a.name, v))

    def __str__(self) -> str:
        """The path and the message on one line; a path from the input's own keys (a lone
        surrogate, an escape sequence) with each such character written as its escape, so that
        printing or logging the error never fails or drives a terminal."""
        if not self.path:
            return self.message
        path = self.path
        if not path.isprintable():
            path = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in path)
        return f"{path}: {self.message}"

    def under(self, prefix: str) -> Problem:
        """The same problem seen from an enclosing object whose field ``prefix`` holds this one."""
        if not prefix:
            return self
        if not self.path:
            return Problem(prefix, self.message)
        joiner = "" if self.path.startswith("[") else "."
        return Problem(f"{prefix}{joiner}{self.path}", self.message)


class InvalidInput(ValueError):
    """Input that cannot be used: every problem found, each with the path of the field at fault.

    >>> err = InvalidInput([Problem("fears[0].likelihood", "expected a number from 0 to 1, got 1.7")])
    >>> print(err)
    fears[0].likelihood: expected a number from 0 to 1, got 1.7
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem] | str) -> None:
        if isinstance(problems, str):
            problems = (Problem("", problems),)
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[InvalidInput], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))

    def under(self, prefix: str) -> InvalidInput:
        """The same error with every path placed under ``prefix``."""
        return type(self)([p.under(prefix) for p in self.problems])


class UnknownProvision(InvalidInput, LookupError):
    """A citation names an instrument or a pinpoint that the library's data does not hold."""


class BeyondData(LookupError):
    """A question the library's data cannot answer: whether a state is bound by a treaty on a date
    after the date its sources speak for (the *horizon*), where no record shows it joined, or where
    the data for that treaty is not complete. Ask :func:`refugeelaw.party_status` for the
    three-valued answer and its reason.

    Attributes:
        state: the state's ISO alpha-3 code.
        instrument: the instrument's key.
        horizon: the date the data speaks for (``None``: the data states none).
        reason: why the data cannot answer.
    """

    def __init__(
        self, state: str, instrument: str, horizon: dt.date | None, reason: str = ""
    ) -> None:
        self.state = state
        self.instrument = instrument
        self.horizon = horizon
        self.reason = reason
        until = horizon.isoformat() if horizon else "no stated date"
        super().__init__(
            f"{state}, {instrument}: beyond the data (horizon {until})"
            + (f": {reason}" if reason else "")
        )

    def __reduce__(self) -> tuple[type[BeyondData], tuple[str, str, dt.date | None, str]]:
        return (type(self), (self.state, self.instrument, self.horizon, self.reason))
