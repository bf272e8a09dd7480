"""States and their participation in treaties: who is bound by what, and since when.

>>> import refugeelaw as rl
>>> rl.is_party("CHN", "refugee-convention-1951", on="1982-12-22")   # deposit + 89 days
False
>>> rl.is_party("CHN", "refugee-convention-1951", on="1982-12-23")   # art. 43(2): the 90th day
True
>>> rl.is_party("PRK", "iccpr-1966", on="2004-01-01")   # the 1997 withdrawal had no effect
True
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from . import _validate as v
from ._arguments import Arguments
from ._data import json_names, read_text
from .countries import check_country, country_name
from .dates import parse_date
from .errors import InvalidInput, Problem
from .instruments import Instrument
from .instruments import get as get_instrument
from .sources import Source

__all__ = [
    "Action",
    "Participation",
    "Reservation",
    "State",
    "Withdrawal",
    "all_states",
    "get",
    "is_party",
    "participants",
    "participation",
]

_STATUSES = ("verified", "secondary", "unverified")


def _status(value: Any) -> str | None:
    if value in _STATUSES:
        return None
    return f"expected one of {', '.join(map(repr, _STATUSES))}, got {v._describe(value)}"


class Action(enum.Enum):
    """How a state took part in a treaty (as the UN Treaty Collection records it)."""

    RATIFICATION = "ratification"
    ACCESSION = "accession"
    SUCCESSION = "succession"
    ACCEPTANCE = "acceptance"
    APPROVAL = "approval"
    SIGNATURE_ONLY = "signature-only"
    NONE = "none"
    BILATERAL = "bilateral"
    ORIGINAL_MEMBER = "original-member"
    ADMISSION = "admission"

    @property
    def binds(self) -> bool:
        """Whether the action makes the state a party (signature alone does not)."""
        return self not in (Action.SIGNATURE_ONLY, Action.NONE)


@attrs.frozen
class Reservation(v.Checked):
    """A reservation, declaration, understanding or objection made by a state to a treaty.

    ``provisions`` are the pinpoints it affects; a ``"reservation"`` to a provision excludes or
    modifies that obligation for the reserving state.
    """

    kind: str = attrs.field(
        metadata={
            "check": lambda x: (
                None
                if x in ("reservation", "declaration", "understanding", "objection")
                else f"expected reservation, declaration, understanding or objection, got {v._describe(x)}"
            )
        }
    )
    provisions: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    summary: str = attrs.field(default="", metadata={"check": v.is_str})
    text: str | None = attrs.field(default=None, metadata={"check": v.opt_str})
    status: str = attrs.field(default="unverified", metadata={"check": _status})
    sources: tuple[Source, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of(Source)}
    )

    def excludes(self, pinpoint: str) -> bool:
        """Whether this is a reservation to ``pinpoint`` (or to the article that contains it)."""
        if not isinstance(pinpoint, str):
            raise InvalidInput(
                [Problem("pinpoint", f"expected a string, got {v._describe(pinpoint)}")]
            )
        if self.kind != "reservation":
            return False
        return any(pinpoint == p or pinpoint.startswith(p + "(") for p in self.provisions)


@attrs.frozen
class Withdrawal(v.Checked):
    """A denunciation or withdrawal, and whether it took effect."""

    notified: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    effective: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    accepted: bool = attrs.field(default=True, metadata={"check": v.is_bool})
    summary: str = attrs.field(default="", metadata={"check": v.is_str})
    status: str = attrs.field(default="unverified", metadata={"check": _status})
    sources: tuple[Source, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of(Source)}
    )


_ACTION = v.to_enum(Action)


def _to_action(value: Any) -> Any:
    return _ACTION(value)


@attrs.frozen
class Participation(v.Checked):
    """One state's participation in one instrument.

    Args:
        state: ISO alpha-3 code.
        instrument: the instrument's key.
        action: ratification, accession, succession, …; ``SIGNATURE_ONLY`` and ``NONE`` bind nothing.
        deposited: the date the instrument of ratification / accession / succession was deposited
            (for the Charter: admission).
        in_force: when the treaty entered into force for the state. Computed from the treaty's own
            rule when not given (Convention art. 43(2): 90th day; Protocol art. VIII(2): the day).
        reservations: reservations and declarations.
        notes: caveats and context.
        source: where the record was seen.
        signature: date of signature, if any.
        status: how well the record is sourced.
        art_1b: for the Refugee Convention, the Art 1B(1) choice: ``"a"`` (events in Europe only),
            ``"b"`` (in Europe or elsewhere), or ``None`` (not known).
        withdrawal: a withdrawal or denunciation, if any.
    """

    state: str = attrs.field(metadata={"check": v.country})
    instrument: str = attrs.field(metadata={"check": v.non_empty_str})
    action: Action = attrs.field(converter=_to_action, metadata={"check": v.is_enum(Action)})
    deposited: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    in_force: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    reservations: tuple[Reservation, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of(Reservation)}
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    source: tuple[Source, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of(Source)}
    )
    signature: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    status: str = attrs.field(
        default="unverified",
        metadata={"check": _status},
    )
    art_1b: str | None = attrs.field(
        default=None,
        metadata={
            "check": lambda x: (
                None
                if x in (None, "a", "b")
                else f"expected 'a', 'b' or null, got {v._describe(x)}"
            )
        },
    )
    withdrawal: Withdrawal | None = attrs.field(
        default=None, metadata={"check": v.instance_of(Withdrawal, optional=True)}
    )

    def _cross_check(self) -> Iterable[Problem]:
        if (
            self.action.binds
            and self.deposited is None
            and self.in_force is None
            and (self.action is not Action.ORIGINAL_MEMBER)
        ):
            yield Problem(
                "deposited", f"a {self.action.value} needs a deposit date or an in_force date"
            )
        if not self.action.binds and self.deposited is not None:
            yield Problem("deposited", f"a {self.action.value} record cannot have a deposit date")
        if self.signature and self.deposited and self.signature > self.deposited:
            yield Problem(
                "signature", f"signature {self.signature} is after deposit {self.deposited}"
            )
        if self.deposited and self.in_force and self.in_force < self.deposited:
            yield Problem(
                "in_force", f"entry into force {self.in_force} is before deposit {self.deposited}"
            )

    def bound_on(self, on: dt.date) -> bool:
        """Whether this participation binds the state on ``on``."""
        if type(on) is not dt.date:
            on = parse_date(on, field="on")
        if not self.action.binds or self.in_force is None or on < self.in_force:
            return False
        w = self.withdrawal
        return not (w and w.accepted and w.effective and on >= w.effective)


@attrs.frozen(repr=False)
class State(v.Checked):
    """A state and its treaty participations."""

    code: str = attrs.field(metadata={"check": v.country})
    name: str = attrs.field(metadata={"check": v.non_empty_str})
    participations: tuple[Participation, ...] = attrs.field(
        converter=v.to_tuple, metadata={"check": v.tuple_of(Participation)}
    )

    def __repr__(self) -> str:
        return f"<State {self.code} {self.name}>"

    def participation(self, instrument: str | Instrument) -> Participation | None:
        """This state's participation in ``instrument`` (``None`` if the data has no record)."""
        key = instrument.key if isinstance(instrument, Instrument) else instrument
        return next((p for p in self.participations if p.instrument == key), None)


def _with_in_force(p: Participation, instrument: Instrument) -> Participation:
    if p.in_force is not None or not p.action.binds:
        return p
    if p.action is Action.ORIGINAL_MEMBER and p.deposited is None:
        return attrs.evolve(p, in_force=instrument.entry_into_force)
    if p.deposited is None:
        return p
    if p.action in (Action.ADMISSION, Action.ORIGINAL_MEMBER, Action.SUCCESSION):
        # A successor state is bound from its notification at the latest (often from independence,
        # which the UNTC tables do not give): the late-party rule does not apply to succession.
        return attrs.evolve(p, in_force=p.deposited)
    return attrs.evolve(p, in_force=instrument.in_force_for(p.deposited))


def _load_file(raw: Mapping[str, Any]) -> list[Participation]:
    instrument = get_instrument(raw["instrument"])
    sources = {
        k: Source(**{f: s[f] for f in ("title", "url", "repo", "path", "commit") if f in s})
        for k, s in raw["sources"].items()
    }

    def cite(keys: Iterable[str], where: str) -> tuple[Source, ...]:
        unknown = [k for k in keys if k not in sources]
        if unknown:
            raise InvalidInput(
                [Problem(where, f"unknown source key(s) {unknown} (not in 'sources')")]
            )
        return tuple(sources[k] for k in keys)

    out = []
    for n, r in enumerate(raw["records"]):
        w = r.get("withdrawal")
        p = Participation(
            state=r["state"],
            instrument=instrument.key,
            action=r["action"],
            deposited=r.get("deposited"),
            in_force=r.get("in_force"),
            signature=r.get("signature"),
            status=r.get("status", "unverified"),
            source=cite(r.get("source", ()), f"records[{n}].source"),
            art_1b=r.get("art_1b"),
            notes=tuple(r.get("notes", ())),
            reservations=tuple(
                Reservation(
                    kind=x["kind"],
                    provisions=tuple(x.get("provisions", ())),
                    summary=x.get("summary", ""),
                    text=x.get("text"),
                    status=x.get("status", "unverified"),
                    sources=cite(x.get("source", ()), f"records[{n}].reservations.source"),
                )
                for x in r.get("reservations", ())
            ),
            withdrawal=None
            if not w
            else Withdrawal(
                notified=w.get("notified"),
                effective=w.get("effective"),
                accepted=w.get("accepted", True),
                summary=w.get("summary", ""),
                status=w.get("status", "unverified"),
                sources=cite(w.get("source", ()), f"records[{n}].withdrawal.source"),
            ),
        )
        out.append(_with_in_force(p, instrument))
    return out


@functools.cache
def _participations() -> dict[str, tuple[Participation, ...]]:
    by_state: dict[str, list[Participation]] = {}
    for name in json_names("participation"):
        for p in _load_file(json.loads(read_text("participation", name))):
            by_state.setdefault(p.state, []).append(p)
    return {k: tuple(ps) for k, ps in by_state.items()}


def get(code: str | State) -> State:
    """The state with this ISO alpha-3 code, with every participation the data records.

    A valid code with no records gives a state with no participations (bound by no treaty the
    library holds); an invalid code raises :class:`~refugeelaw.InvalidInput`.
    """
    if isinstance(code, State):
        return code
    check_country(code, field="state")
    return State(code, country_name(code), _participations().get(code, ()))


def participants(instrument: str) -> tuple[str, ...]:
    """The states with a participation record for ``instrument`` (ISO alpha-3, sorted)."""
    return tuple(
        code
        for code, records in sorted(_participations().items())
        if any(p.instrument == instrument for p in records)
    )


def all_states() -> tuple[State, ...]:
    """Every state with at least one participation record."""
    return tuple(get(code) for code in sorted(_participations()))


def participation(
    state: str | State,
    instrument: str | Instrument,
    *,
    extra: Iterable[Participation] = (),
) -> Participation | None:
    """The participation of ``state`` in ``instrument``; ``extra`` records (yours) take precedence."""
    s = get(state)
    inst = get_instrument(instrument)
    for p in extra:
        if p.state == s.code and p.instrument == inst.key:
            return _with_in_force(p, inst)
    return s.participation(inst.key)


def is_party(
    state: str | State,
    instrument: str | Instrument,
    *,
    on: dt.date | str,
    extra: Iterable[Participation] = (),
) -> bool:
    """Whether ``instrument`` is in force for ``state`` on ``on``.

    Signature alone does not bind (VCLT art. 18 creates only an obligation not to defeat the
    treaty's object and purpose; see :func:`refugeelaw.obligations_of`).

    Args:
        state: ISO alpha-3 code or :class:`State`.
        instrument: a key or an :class:`~refugeelaw.instruments.Instrument` (yours included).
        on: the date.
        extra: participation records to use in addition to (and ahead of) the library's data.

    Raises:
        InvalidInput: unknown state code, unknown instrument key, or a bad date.
    """
    args = Arguments()
    if not isinstance(state, State):
        args.country("state", state)
    if not isinstance(instrument, (str, Instrument)):
        args.instance("instrument", instrument, Instrument)
    extra = args.items("extra", extra, Participation)
    args.done()
    when = parse_date(on, field="on")
    p = participation(state, instrument, extra=extra)
    return p is not None and p.bound_on(when)
