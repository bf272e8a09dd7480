"""Treaties and other instruments as data: dates, the rule for late parties, and their provisions.

>>> from refugeelaw import instruments
>>> conv = instruments.REFUGEE_CONVENTION
>>> conv.entry_into_force
datetime.date(1954, 4, 22)
>>> conv.in_force_for(deposited="24 September 1982")   # art. 43(2): the ninetieth day
datetime.date(1982, 12, 23)
>>> instruments.REFUGEE_PROTOCOL.in_force_for(deposited="1982-09-24")   # art. VIII(2): that day
datetime.date(1982, 9, 24)
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from . import _validate as v
from .dates import parse_date
from .errors import InvalidInput, Problem, shown
from .sources import Citation, Provision, Source, _registry, _source, register_instrument

__all__ = [
    "CAT",
    "CHINA_DPRK_BORDER_PROTOCOL_1964",
    "CHINA_DPRK_BORDER_PROTOCOL_1986",
    "ICCPR",
    "REFUGEE_CONVENTION",
    "REFUGEE_PROTOCOL",
    "UN_CHARTER",
    "VCLT",
    "EntryIntoForceRule",
    "Instrument",
    "all_instruments",
    "get",
]

_RULE_KINDS = (
    "days_after_deposit",
    "months_after_deposit",
    "first_of_month_after",
    "on_deposit",
    "none",
)
_MAX_PERIOD = 1200  # days or months after deposit


def _rule_kind(value: Any) -> str | None:
    return None if value in _RULE_KINDS else f"expected one of {_RULE_KINDS}"


def _period(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_PERIOD:
        return f"expected a whole number from 0 to {_MAX_PERIOD:,}, got {v._describe(value)}"
    return None


_KINDS = (
    "treaty",
    "bilateral",
    "guidance",
    "case",
    "custom",
    "statement",
    "legislation",
    "resolution",
)


def _kind(value: Any) -> str | None:
    return (
        None
        if value in _KINDS
        else f"expected one of {', '.join(_KINDS)}, got {v._describe(value)}"
    )


_STATUSES = ("verified", "secondary", "unverified")


def _instrument_status(value: Any) -> str | None:
    return (
        None
        if value in _STATUSES
        else f"expected one of {', '.join(_STATUSES)}, got {v._describe(value)}"
    )


@attrs.frozen
class EntryIntoForceRule(v.Checked):
    """When a treaty enters into force for a state that joins after its general entry into force.

    Args:
        kind: ``"days_after_deposit"`` (Convention art. 43(2): the 90th day; CAT art. 27(2): the
            30th), ``"months_after_deposit"`` (ICCPR art. 49(2): three months),
            ``"first_of_month_after"`` (the first day of the month following the deposit, or
            following the expiration of ``months`` months after it: ECHR Protocol No. 6 art.
            8(2), no months; Protocol No. 13 art. 7(2), three), ``"on_deposit"`` (Protocol art.
            VIII(2)), or ``"none"`` (no such rule: bilateral treaties, the Charter).
        days, months: the period for the first three kinds.
        provision: the pinpoint of the article that states the rule.
    """

    kind: str = attrs.field(metadata={"check": _rule_kind})
    days: int = attrs.field(default=0, metadata={"check": _period})
    months: int = attrs.field(default=0, metadata={"check": _period})
    provision: str | None = attrs.field(default=None, metadata={"check": v.opt_str})

    def apply(self, deposited: dt.date) -> dt.date:
        """The date of entry into force for a state that deposited on ``deposited``."""
        if type(deposited) is not dt.date:
            deposited = parse_date(deposited, field="deposited")
        try:
            if self.kind == "days_after_deposit":
                return deposited + dt.timedelta(days=self.days)
            if self.kind == "months_after_deposit":
                return deposited + relativedelta(months=self.months)
            if self.kind == "first_of_month_after":
                expired = deposited + relativedelta(months=self.months)
                return expired.replace(day=1) + relativedelta(months=1)
        except (OverflowError, ValueError):  # past 9999-12-31, the last date Python has
            raise InvalidInput(
                [
                    Problem(
                        "deposited",
                        f"a deposit on {deposited.isoformat()} would enter into force after "
                        "9999-12-31, beyond the calendar",
                    )
                ]
            ) from None
        return deposited


#: Customary international law, as instruments and obligations name it.
_CUSTOM = "customary-international-law"


@attrs.frozen(repr=False, eq=False)
class Instrument(v.Checked):
    """A treaty (or another source of law) with the dates that decide when it binds.

    Users can define their own, for example a bilateral readmission agreement, and pass it wherever
    an instrument key is accepted.

    Args:
        key: a stable identifier, e.g. ``"refugee-convention-1951"``.
        title: the full title.
        short_title: how citations name it ("Refugee Convention").
        kind: ``"treaty"``, ``"bilateral"``, ``"guidance"``, ``"case"``, ``"custom"``,
            ``"statement"`` (a state's statement of its own reading of a treaty),
            ``"legislation"`` (a state's or the European Union's own law, cited for how it reads
            a treaty, not as international law) or ``"resolution"`` (a resolution of an organ of
            the United Nations, cited for what it decided).
        adopted: date of adoption or signature (conclusion); ``None`` if not known.
        entry_into_force: general entry into force; ``None`` if not known.
        rule: the entry-into-force rule for late parties.
        provisions: the provision texts the library holds.
        status: how well the record is sourced (``"verified"``, ``"secondary"``, ``"unverified"``).
        source: where it was taken from.
        notes: caveats.
        subject_to: keys of instruments this one declares itself subject to, or not incompatible
            with (a conflict clause, VCLT art. 30(2)). It makes a duty under this one yield to what
            the named treaty protects where that treaty binds the duty's State on the date,
            whether or not it binds the counterparties, who agreed to the clause (arts 30(1),
            34; ``law.vclt_30.yields_in``). Customary law is no treaty and is refused here: a
            duty that keeps what customary non-refoulement protects names it in
            ``StateObligation.exceptions``.
    """

    key: str = attrs.field(metadata={"check": v.non_empty_str})
    title: str = attrs.field(metadata={"check": v.non_empty_str})
    short_title: str = attrs.field(default="", metadata={"check": v.is_str})
    kind: str = attrs.field(default="treaty", metadata={"check": _kind})
    adopted: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    entry_into_force: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    rule: EntryIntoForceRule = attrs.field(
        factory=lambda: EntryIntoForceRule("none"),
        metadata={"check": v.instance_of(EntryIntoForceRule)},
    )
    provisions: tuple[Provision, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of(Provision)}
    )
    status: str = attrs.field(default="verified", metadata={"check": _instrument_status})
    source: Source | None = attrs.field(
        default=None, metadata={"check": v.instance_of(Source, optional=True)}
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    subject_to: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )

    def _cross_check(self) -> Iterable[Problem]:
        # A conflict clause names a treaty (VCLT art. 30(2)); customary law is none, and a duty
        # that keeps what customary non-refoulement protects says so in its exceptions, which the
        # precedence rules read (``law.vclt_30.excepted_parts``).
        custom = [
            Problem(
                f"subject_to[{i}]",
                "customary international law is not a treaty, and a conflict clause (VCLT art. "
                "30(2)) names a treaty: to keep what customary non-refoulement protects, name "
                "Citation('customary-international-law', 'non-refoulement') in the obligation's "
                "exceptions",
            )
            for i, key in enumerate(self.subject_to)
            if key == _CUSTOM
        ]
        if custom:
            return custom
        # Defining an instrument makes citations to it valid (Citation checks its instrument).
        register_instrument(
            self.key,
            (p.citation.provision for p in self.provisions),
            name=self.short_title or self.title,
            articles=self.kind in ("treaty", "bilateral"),
        )
        return ()

    def __repr__(self) -> str:
        return f"<Instrument {self.key}>"

    def __eq__(self, other: object) -> bool:
        """An instrument equals an instrument with the same fields, and its own key: an
        obligation's ``instrument`` (a key) compares equal to the module constant.

        >>> import refugeelaw as rl
        >>> rl.instruments.CAT == "cat-1984", "cat-1984" == rl.instruments.CAT
        (True, True)
        """
        if isinstance(other, str):
            return other == self.key
        if isinstance(other, Instrument):
            return attrs.astuple(self, recurse=False) == attrs.astuple(other, recurse=False)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(self.key)  # equal to its key's hash, as it compares equal to its key

    def __str__(self) -> str:
        return self.short_title or self.title

    def in_force_for(self, deposited: dt.date | str) -> dt.date:
        """Entry into force for a state that deposited its instrument on ``deposited``.

        Never earlier than the treaty's general entry into force.
        """
        when = self.rule.apply(parse_date(deposited, field="deposited"))
        if self.entry_into_force is not None and when < self.entry_into_force:
            return self.entry_into_force
        return when

    def provision(self, pinpoint: str) -> Provision:
        """The text of one provision (see :func:`refugeelaw.provision`)."""
        for p in self.provisions:
            if p.citation.provision == pinpoint:
                return p
        from .sources import provision

        return provision(self.key, pinpoint)

    def cite(self, pinpoint: str = "") -> Citation:
        """A citation to a provision of this instrument."""
        return Citation(self.key, pinpoint)


def _from_record(raw: dict[str, Any]) -> Instrument:
    rule = raw.get("late_party_rule") or {"kind": "none"}
    record = _registry()[raw["key"]]
    return Instrument(
        key=raw["key"],
        title=raw["title"],
        short_title=raw.get("short_title") or "",
        kind=raw.get("kind", "treaty"),
        adopted=raw.get("adopted"),
        entry_into_force=raw.get("entry_into_force"),
        rule=EntryIntoForceRule(
            kind=rule["kind"],
            days=rule.get("days", 0),
            months=rule.get("months", 0),
            provision=rule.get("provision"),
        ),
        provisions=tuple(record.provisions.values()),
        status=raw.get("status", "unverified"),
        source=_source(raw.get("source")),
        notes=tuple(raw.get("notes", ())),
        subject_to=tuple(raw.get("subject_to", ())),
    )


@functools.cache
def _instruments() -> dict[str, Instrument]:
    return {
        key: _from_record(dict(record.raw))
        for key, record in _registry().items()
        if record.kind in ("treaty", "bilateral", "custom")
    }


def all_instruments() -> tuple[Instrument, ...]:
    """Every treaty the library holds (not guidance or cases)."""
    return tuple(_instruments().values())


def get(key: str | Instrument) -> Instrument:
    """The instrument with this key (an :class:`Instrument` is returned as it is).

    Raises:
        InvalidInput: no such instrument; the message names the key and the known keys.
    """
    if isinstance(key, Instrument):
        return key
    found = _instruments().get(key) if isinstance(key, str) else None
    if found is None:
        known = ", ".join(sorted(_instruments()))
        raise InvalidInput(
            [Problem("instrument", f"unknown instrument {shown(key)} (known: {known})")]
        )
    return found


_CONSTANTS = {
    "REFUGEE_CONVENTION": "refugee-convention-1951",
    "REFUGEE_PROTOCOL": "refugee-protocol-1967",
    "CAT": "cat-1984",
    "ICCPR": "iccpr-1966",
    "UN_CHARTER": "un-charter-1945",
    "VCLT": "vclt-1969",
    "CHINA_DPRK_BORDER_PROTOCOL_1964": "china-dprk-border-protocol-1964",
    "CHINA_DPRK_BORDER_PROTOCOL_1986": "china-dprk-border-protocol-1986",
}

REFUGEE_CONVENTION: Instrument
REFUGEE_PROTOCOL: Instrument
CAT: Instrument
ICCPR: Instrument
UN_CHARTER: Instrument
VCLT: Instrument
CHINA_DPRK_BORDER_PROTOCOL_1964: Instrument
CHINA_DPRK_BORDER_PROTOCOL_1986: Instrument


def __getattr__(name: str) -> Instrument:
    """Load the instrument constants lazily, so that importing the package reads no data."""
    if name in _CONSTANTS:
        return get(_CONSTANTS[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
