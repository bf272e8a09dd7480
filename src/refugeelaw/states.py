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
from ._arguments import Arguments, a_state
from ._data import json_names, read_text
from .countries import check_country, country_name
from .dates import parse_date
from .doctrine import Doctrine
from .errors import BeyondData, InvalidInput, Problem
from .instruments import Instrument
from .instruments import get as get_instrument
from .logic import Finding, Verdict, finding
from .sources import SOURCE_FIELDS, Citation, Source
from .sources.territories import Statehood, former_state, not_a_state, predecessor, statehood

__all__ = [
    "Action",
    "Art1BChoice",
    "Horizon",
    "Participation",
    "Reservation",
    "State",
    "Withdrawal",
    "all_states",
    "art_1b_choice",
    "art_1b_presumed",
    "data_speaks_for",
    "get",
    "horizon",
    "ineligible",
    "inferred",
    "is_party",
    "participants",
    "participation",
    "party_status",
    "recorded",
    "recorded_by",
]

_STATUSES = ("verified", "secondary", "unverified")
_RESERVATION_KINDS = ("reservation", "declaration", "understanding", "objection", "text")


def _status(value: Any) -> str | None:
    if value in _STATUSES:
        return None
    return f"expected one of {', '.join(map(repr, _STATUSES))}, got {v._describe(value)}"


class Action(enum.Enum):
    """How a state took part in a treaty (as the UN Treaty Collection records it;
    ``RATIFICATION_OR_ACCESSION``: a binding instrument whose kind the source does not say, as in
    the African Union's status lists)."""

    RATIFICATION = "ratification"
    ACCESSION = "accession"
    RATIFICATION_OR_ACCESSION = "ratification-or-accession"
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
    modifies that obligation for the reserving state (``qualifies``: it limits the obligation
    without removing it; the obligation is kept with a note). ``"text"`` holds the state's reservations and
    declarations as the source prints them, not yet classified: it excludes nothing by itself.
    ``withdrawn``: the day its withdrawal took effect (VCLT art. 22(3)(a): on receipt of the
    notice by the other parties, unless the treaty says otherwise), or the day a reservation made
    for a time ended by its own terms (Moldova's to Refugee Convention art. 31, to apply the
    article only from the entry into force of its Law on Refugee Status), from which it excludes
    and qualifies nothing; ``None``: no withdrawal or end recorded.

    ``since``: the day it took effect, where that is later than the state's consent to be bound:
    the part of a reservation left standing by a partial withdrawal (Papua New Guinea's reservation
    to Refugee Convention arts 17(1) to 34, withdrawn on 20 August 2013 for refugees transferred by
    Australia and kept for all others); before it, it excludes and qualifies nothing.

    ``withdrawn_by`` and ``in_doubt_from``: a withdrawal whose day no source seen gives. A source
    shows the reservation standing until ``in_doubt_from`` and another shows it gone by
    ``withdrawn_by``; in between whether it still held is not known (:meth:`standing` is
    ``None``), and the rules answer so (a duty it would exclude is unknown, not excluded; one it
    would qualify carries a note saying it may be). The two come together, and never with
    ``withdrawn``.

    ``except_for``: the persons the reservation does not reach, in words (Papua New Guinea's,
    from 20 August 2013: "refugees transferred to Papua New Guinea by the Government of
    Australia"). It excludes the provisions it names for everyone else; since the data knows no
    person, a duty it names is unknown, not excluded (:meth:`may_exclude`).

    ``unseen``: a reservation the sources show was made but whose content no source seen gives
    (Malta's to the Refugee Convention on accession, 1971): ``provisions`` is empty, and it may
    reach any provision the treaty permits reservations to, so that a duty the treaty does not
    shield from reservation is unknown while it stands.
    """

    kind: str = attrs.field(
        metadata={
            "check": lambda x: (
                None
                if x in _RESERVATION_KINDS
                else f"expected one of {', '.join(_RESERVATION_KINDS)}, got {v._describe(x)}"
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
    qualifies: bool = attrs.field(default=False, metadata={"check": v.is_bool})
    withdrawn: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    since: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    withdrawn_by: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    in_doubt_from: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    unseen: bool = attrs.field(default=False, metadata={"check": v.is_bool})
    except_for: str | None = attrs.field(default=None, metadata={"check": v.opt_str})

    def _cross_check(self) -> Iterable[Problem]:
        if self.except_for is not None and (self.kind != "reservation" or self.qualifies):
            yield Problem(
                "except_for", "only a reservation that excludes provisions has persons it spares"
            )
        if (self.withdrawn_by is None) != (self.in_doubt_from is None):
            yield Problem(
                "withdrawn_by",
                "a withdrawal on a day not known needs both withdrawn_by (the day a source shows "
                "it gone) and in_doubt_from (the day after the last source showing it standing)",
            )
        if self.withdrawn is not None and self.withdrawn_by is not None:
            yield Problem(
                "withdrawn_by", "a reservation withdrawn on a known day has no withdrawn_by"
            )
        if (
            self.withdrawn_by is not None
            and self.in_doubt_from is not None
            and self.in_doubt_from >= self.withdrawn_by
        ):
            yield Problem(
                "in_doubt_from",
                f"doubt from {self.in_doubt_from} must begin before withdrawn_by {self.withdrawn_by}",
            )
        end = self.withdrawn or self.in_doubt_from
        if self.since is not None and end is not None and self.since >= end:
            yield Problem("since", f"it takes effect on {self.since}, not before {end}")
        if self.kind == "text" and (
            self.since or self.withdrawn or self.withdrawn_by or self.unseen or self.qualifies
        ):
            yield Problem("kind", "an unclassified text has no dates, scope or qualification")
        if self.unseen and (self.provisions or self.kind != "reservation"):
            yield Problem(
                "unseen",
                "a reservation of unseen content is a 'reservation' and names no provisions",
            )

    def standing(self, on: dt.date | None) -> bool | None:
        """Whether it stands on ``on``: ``True``; ``False`` before ``since`` or once withdrawn
        (``withdrawn``, or ``withdrawn_by``); ``None`` while the sources cannot say (from
        ``in_doubt_from`` to ``withdrawn_by``). ``on`` ``None``: whatever the date."""
        if self.kind == "text":
            return False
        if on is None:
            return True
        if self.since is not None and on < self.since:
            return False
        if self.withdrawn is not None and on >= self.withdrawn:
            return False
        if self.withdrawn_by is not None and on >= self.withdrawn_by:
            return False
        if self.in_doubt_from is not None and on >= self.in_doubt_from:
            return None
        return True

    def names(self, pinpoint: str) -> bool:
        """Whether it names ``pinpoint`` or the article that contains it."""
        if not isinstance(pinpoint, str):
            raise InvalidInput(
                [Problem("pinpoint", f"expected a string, got {v._describe(pinpoint)}")]
            )
        return any(pinpoint == p or pinpoint.startswith(p + "(") for p in self.provisions)

    def concerns(self, pinpoint: str, on: dt.date | None = None) -> bool:
        """Whether it names ``pinpoint`` (or the article that contains it), and (``on``) is
        shown to stand on that day (taken effect, not withdrawn, not in doubt)."""
        named = self.names(pinpoint)
        return named and self.standing(on) is True

    def may_concern(self, pinpoint: str, on: dt.date | None = None) -> bool:
        """Whether it may reach ``pinpoint`` on ``on`` without being shown to: it names it and
        whether it still stood is not known, or its content was not seen (``unseen``) and it
        is not shown withdrawn (the caller decides whether the treaty permits a reservation to
        ``pinpoint`` at all)."""
        standing = self.standing(on)
        if self.unseen:
            return standing is not False
        return standing is None and self.names(pinpoint)

    def may_exclude(self, pinpoint: str, on: dt.date | None = None) -> bool:
        """Whether, as :meth:`may_concern`, it may exclude ``pinpoint`` (a reservation that
        does not only qualify it); or it excludes it for everyone but some persons
        (``except_for``), so that whether it excludes it for a given person is not known."""
        if self.kind != "reservation" or self.qualifies:
            return False
        if self.except_for is not None:
            return self.concerns(pinpoint, on)
        return self.may_concern(pinpoint, on)

    def excludes(self, pinpoint: str, on: dt.date | None = None) -> bool:
        """Whether this is a reservation that excludes ``pinpoint`` (or the article that contains
        it) for the reserving state (``on`` that day: not once withdrawn), for everyone; one that
        only ``qualifies`` the provision does not, nor one that spares some persons
        (``except_for``)."""
        return (
            self.kind == "reservation"
            and not self.qualifies
            and self.except_for is None
            and self.concerns(pinpoint, on)
        )


@attrs.frozen
class Withdrawal(v.Checked):
    """A denunciation or withdrawal (or the end of a state that was a party, or of the treaty),
    and whether it took effect. ``in_doubt_from``: from this date until ``effective`` (on every
    later date, where no ``effective`` is given) the sources cannot say whether the state was
    still bound (the SFRY's UN membership, 1992-2000; the 1964 China–DPRK border protocol from
    1 January 1986, the first day the 1986 protocol on the same subject may bind, which may have
    terminated it, VCLT art. 59(1), or left it applying so far as compatible, art. 30(3))."""

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
    in_doubt_from: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )


@attrs.frozen
class Art1BChoice(v.Checked):
    """A state's choice under Refugee Convention Art 1B(1), from a date.

    Args:
        choice: ``"a"`` (events in Europe), ``"b"`` (in Europe or elsewhere) or ``None`` (from
            ``since`` the sources cannot say).
        since: the date from which it holds (``None``: from the state's participation).
        summary: what the source says.
        status: how well it is sourced.
        sources: where it was seen.
        as_of: the last date a source seen shows the choice still held, where that is later than
            the date the data speaks for on the state's participation (``None``: none later). A
            State that adopted alternative (a) "may at any time extend its obligations by
            adopting alternative (b)" (Art 1B(2)): after both dates, and with no later choice
            recorded, alternative (a) is not known to hold (:func:`art_1b_choice`).
    """

    choice: str | None = attrs.field(
        metadata={
            "check": lambda x: (
                None if x in ("a", "b", None) else f"expected 'a', 'b' or None, got {x!r}"
            )
        }
    )
    since: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    summary: str = attrs.field(default="", metadata={"check": v.is_str})
    status: str = attrs.field(default="unverified", metadata={"check": _status})
    sources: tuple[Source, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of(Source)}
    )
    as_of: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )


@attrs.frozen
class Horizon(v.Checked):
    """What a participation dataset can speak for: the date its sources speak for and whether it
    holds a record for every participant they list.

    After ``date`` (or at any date, where the dataset is not ``complete``) the absence of a record
    means the data does not know, not that the state is not a party.

    Args:
        instrument: the instrument's key.
        date: the date the dataset's sources speak for (``None``: none is stated). A bilateral
            treaty's two parties are a closed list on every date; its date is the last on which a
            source speaks of the treaty as operative.
        complete: whether every participant the sources list, up to ``date``, has a record.
        basis: how the date was found, in words.
        sources: the sources it rests on.
    """

    instrument: str = attrs.field(metadata={"check": v.non_empty_str})
    date: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    complete: bool = attrs.field(default=False, metadata={"check": v.is_bool})
    basis: str = attrs.field(default="", metadata={"check": v.is_str})
    sources: tuple[Source, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of(Source)}
    )

    def __str__(self) -> str:
        if self.date is None:
            return "a closed list of parties" if self.complete else "no stated horizon"
        return self.date.isoformat() + ("" if self.complete else " (incomplete)")


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
            ``"b"`` (in Europe or elsewhere), or ``None`` (not known); the latest, where
            ``art_1b_history`` dates the choices.
        art_1b_history: the dated Art 1B(1) choices and extensions under Art 1B(2), oldest first.
        withdrawal: a withdrawal or denunciation, if any.
        as_of: the latest date a source of this record speaks for, where that is later than the
            dataset's horizon (e.g. a stored status page of 2024 confirming a signature is still
            not followed by ratification); ``None``: the dataset's horizon.
        reported_later: what sources later than the horizon report without a date the data can
            use; said where the answer is unknown. (A ratification a source dates by its year
            alone is a record instead: ``in_doubt_from`` the year's first day, ``in_force`` the
            treaty's delay after its last, at the latest.)
        in_doubt_from: from this date until ``in_force`` (or on every later date, where
            ``in_force`` is not known) the sources disagree whether the state is bound (two
            deposit dates, or a ratification one source shows and another does not), or give no
            exact date (a year alone): the answer is unknown, and the record's notes say why
            (a note beginning "DISPUTED" or "UNDATED").
        newly_independent: a succession by a newly independent State (Vienna Convention on
            Succession of States in respect of Treaties, art. 2(1)(f): "a successor State the
            territory of which immediately before the date of the succession of States was a
            dependent territory for the international relations of which the predecessor State
            was responsible"; its Part III), which the record's notes show with a source. Between
            the date of succession (``in_force``) and the notification (``deposited``) whether
            the treaty bound the State is then unknown (:func:`party_status`, art. 23(2)).
            ``False``: not recorded as one; a successor by a uniting or a separation of States
            (Part IV) is named by the statehood data instead
            (``refugeelaw.sources.territories.predecessor``), and the library's data says
            which of the two every succession reaching back before its notification is.
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
    as_of: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    art_1b_history: tuple[Art1BChoice, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of(Art1BChoice)}
    )
    reported_later: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, metadata={"check": v.tuple_of_str}
    )
    in_doubt_from: dt.date | None = attrs.field(
        default=None, converter=v.to_date, metadata={"check": v.opt_date}
    )
    newly_independent: bool = attrs.field(default=False, metadata={"check": v.is_bool})

    def in_doubt_on(self, on: dt.date) -> bool:
        """Whether the sources disagree, on ``on``, whether this record binds the state."""
        if type(on) is not dt.date:
            on = parse_date(on, field="on")
        return (
            self.in_doubt_from is not None
            and on >= self.in_doubt_from
            and (self.in_force is None or on < self.in_force)
        )

    def before_notification(self, on: dt.date) -> bool:
        """Whether ``on`` falls between a newly independent State's date of succession, from
        which its record is in force, and the day it made its notification of succession, when
        what the treaty required of it is contested (:func:`party_status` says why)."""
        if type(on) is not dt.date:
            on = parse_date(on, field="on")
        return (
            self.newly_independent
            and self.in_force is not None
            and self.deposited is not None
            and self.in_force <= on < self.deposited
        )

    def art_1b_on(self, on: dt.date) -> Art1BChoice | None:
        """The Art 1B(1) choice that holds on ``on`` (``None``: the data dates none)."""
        current = None
        for c in self.art_1b_history:
            if c.since is None or c.since <= on:
                current = c
        return current

    def _cross_check(self) -> Iterable[Problem]:
        if (
            self.action.binds
            and self.deposited is None
            and self.in_force is None
            and (self.action is not Action.ORIGINAL_MEMBER)
            and self.in_doubt_from is None  # disputed: the sources give no date to rely on
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
        if self.in_doubt_from and self.in_force and self.in_doubt_from >= self.in_force:
            yield Problem(
                "in_doubt_from",
                f"doubt from {self.in_doubt_from} must begin before entry into force {self.in_force}",
            )
        if (
            self.deposited
            and self.in_force
            and self.in_force < self.deposited
            and self.action is not Action.SUCCESSION  # a succession may take effect earlier
        ):
            yield Problem(
                "in_force", f"entry into force {self.in_force} is before deposit {self.deposited}"
            )
        if self.newly_independent and self.action is not Action.SUCCESSION:
            yield Problem(
                "newly_independent",
                f"only a succession is a newly independent State's, not a {self.action.value}",
            )
        if self.newly_independent and (before := predecessor(self.state)) is not None:
            yield Problem(
                "newly_independent",
                f"the statehood data names {self.state} a successor of {before.state} by a "
                "uniting or separation of States (VCSST Part IV), not a newly independent State",
            )

    def never_in_force(self) -> Withdrawal | None:
        """The end of this participation (a withdrawal, or the end of the state) where it took
        effect before the treaty entered into force for the state, so that it never did (the GDR's
        accession to the Refugee Convention: deposited 4 September 1990, due in force on 3
        December 1990, art. 43(2); the GDR ceased to exist on 3 October 1990); ``None``
        otherwise."""
        w = self.withdrawal
        if (
            self.action.binds
            and self.in_force is not None
            and w is not None
            and w.accepted
            and w.effective is not None
            and w.effective <= self.in_force
        ):
            return w
        return None

    def bound_on(self, on: dt.date) -> bool:
        """Whether this participation binds the state on ``on``."""
        if type(on) is not dt.date:
            on = parse_date(on, field="on")
        if not self.action.binds or self.in_force is None or on < self.in_force:
            return False
        if self.before_notification(on):
            return False  # not shown to bind: party_status says UNKNOWN (VCSST art. 23(2))
        w = self.withdrawal
        if w and w.accepted and w.in_doubt_from and on >= w.in_doubt_from:
            return False  # not shown to bind: party_status says UNKNOWN
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
        k: Source(**{f: s[f] for f in SOURCE_FIELDS if f in s}) for k, s in raw["sources"].items()
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
                    qualifies=x.get("qualifies", False),
                    withdrawn=x.get("withdrawn"),
                    since=x.get("since"),
                    withdrawn_by=x.get("withdrawn_by"),
                    in_doubt_from=x.get("in_doubt_from"),
                    unseen=x.get("unseen", False),
                    except_for=x.get("except_for"),
                )
                for x in r.get("reservations", ())
            ),
            as_of=r.get("as_of"),
            reported_later=tuple(r.get("reported_later", ())),
            in_doubt_from=r.get("in_doubt_from"),
            art_1b_history=tuple(
                Art1BChoice(
                    choice=c.get("choice"),
                    since=c.get("since"),
                    summary=c.get("summary", ""),
                    status=c.get("status", "unverified"),
                    sources=cite(c.get("source", ()), f"records[{n}].art_1b_history.source"),
                    as_of=c.get("as_of"),
                )
                for c in r.get("art_1b_history", ())
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
                in_doubt_from=w.get("in_doubt_from"),
            ),
            newly_independent=r.get("newly_independent", False),
        )
        if (
            p.action is Action.SUCCESSION
            and p.deposited is not None
            and p.in_force is not None
            and p.in_force < p.deposited
            and not p.newly_independent
            and predecessor(p.state) is None
        ):
            # Which succession it was decides what the time before the notification holds (VCSST
            # art. 23(2) for a newly independent State; no such clause in Part IV, art. 34).
            raise InvalidInput(
                [
                    Problem(
                        f"records[{n}].newly_independent",
                        f"{p.state}'s succession takes effect on {p.in_force}, before its "
                        f"notification of {p.deposited}: the record must say whether it is a "
                        "newly independent State's (newly_independent, VCSST Part III), unless "
                        "the statehood data names the State a successor by a uniting or "
                        "separation of States (Part IV)",
                    )
                ]
            )
        out.append(_with_in_force(p, instrument))
    return out


@functools.cache
def _alternative_a() -> tuple[frozenset[str], str] | None:
    """The Convention file's list of the states that chose Art 1B(1)(a), if it states one."""
    raw = json.loads(read_text("participation", "refugee-convention-1951.json"))
    listed = raw.get("art_1b")
    if not listed:
        return None
    return frozenset(listed["alternative_a"]), listed["basis"]


def art_1b_choice(state: str, on: dt.date | str) -> tuple[str | None, str]:
    """The Art 1B(1) choice of a party to the Refugee Convention on ``on``, and where it comes
    from: a dated choice of its record, its undated choice, or (for a state not among those the
    sources list as having chosen alternative (a)) alternative (b). ``None``: not known.

    >>> import refugeelaw as rl
    >>> rl.states.art_1b_choice("MCO", "2015-01-01")[0], rl.states.art_1b_choice("MCO", "2023-01-01")[0]
    ('a', 'b')
    """
    choice, basis, _ = _art_1b(state, parse_date(on, field="on"))
    return choice, basis


def art_1b_presumed(state: str, on: dt.date | str) -> bool:
    """Whether the Art 1B(1) choice :func:`art_1b_choice` gives for ``state`` on ``on`` is the
    data's presumption rather than a record: alternative (b), for a party not among the states
    the sources list as having chosen alternative (a), a list the data says is not complete.

    >>> import refugeelaw as rl
    >>> rl.states.art_1b_presumed("ARG", "1965-01-01"), rl.states.art_1b_presumed("TUR", "1965-01-01")
    (True, False)
    """
    return _art_1b(state, parse_date(on, field="on"))[2]


def _art_1b(state: str, when: dt.date) -> tuple[str | None, str, bool]:
    """:func:`art_1b_choice`'s answer, and whether it is the presumption for a party not listed
    (:func:`art_1b_presumed`)."""
    p = participation(state, "refugee-convention-1951")
    if p is not None:
        dated = p.art_1b_on(when)
        if dated is not None:
            since = f" from {dated.since.isoformat()}" if dated.since else ""
            words = f"{dated.summary}{since} (status: {dated.status})"
            unseen = _extension_unseen(p, when, dated) if dated.choice == "a" else ""
            return (None, words + unseen, False) if unseen else (dated.choice, words, False)
        if p.art_1b is not None:
            words = f"the record's choice (status: {p.status})"
            unseen = _extension_unseen(p, when, None) if p.art_1b == "a" else ""
            return (None, words + unseen, False) if unseen else (p.art_1b, words, False)
    closed = _alternative_a()
    if closed is not None and state not in closed[0]:
        return "b", f"not among the states that chose alternative (a): {closed[1]}", True
    return None, "the data records no choice", False


def _extension_unseen(p: Participation, when: dt.date, held: Art1BChoice | None) -> str:
    """Why alternative (a), which ``p``'s record gives on ``when``, is not known to hold then
    (``""``: it is). Art 1B(2): "Any Contracting State which has adopted alternative (a) may at any
    time extend its obligations by adopting alternative (b) by means of a notification addressed
    to the Secretary-General of the United Nations." A later dated choice shows what held until
    it; without one, the choice is known only up to the later of the date the data speaks for on
    the State's participation and the last date a source shows the choice still held
    (``Art1BChoice.as_of``): after that an extension would not be recorded (Monaco's, registered
    on 17 February 2022, came after the Convention data's horizon of 12 March 2015)."""
    if any(c.since is not None and c.since > when for c in p.art_1b_history):
        return ""
    dates = [
        d
        for d in (_known_until(horizon(p.instrument), p), held.as_of if held else None)
        if d is not None
    ]
    until = max(dates) if dates else None
    if until is None or when <= until:
        return ""
    return (
        f"; but the sources show it held only until {until.isoformat()}: a State that adopted "
        "alternative (a) 'may at any time extend its obligations by adopting alternative (b) by "
        "means of a notification addressed to the Secretary-General' (Art 1B(2)), and a later "
        "extension would not be recorded, so which alternative it applies is not known"
    )


def _load_horizon(raw: Mapping[str, Any]) -> Horizon:
    h = raw.get("horizon") or {}
    keys = h.get("source", ())
    return Horizon(
        instrument=raw["instrument"],
        date=h.get("date"),
        complete=h.get("complete", False),
        basis=h.get("basis", ""),
        sources=tuple(
            Source(**{f: s[f] for f in SOURCE_FIELDS if f in s})
            for s in (raw["sources"][k] for k in keys)
        ),
    )


@attrs.frozen
class _Eligible:
    """The only states that may become parties to an instrument (internal): a closed roster, its
    basis and the provision that limits participation; ``left``: the states that ceased to be
    eligible (a member expelled from the organisation), with the day, why and the sources;
    ``never``: the former states that sources of their own show were never members of the
    organisation, with the last day those sources speak for (``None``: the state's whole life),
    why and the sources. A roster of today's members says nothing of any other former state.
    ``applicants``: states never on the roster that sources show may be admitted (an applicant
    for membership, a European State, Statute of the Council of Europe, art. 4), with why, the
    sources, and the last day a source shows each still outside (review s39 da39 F2)."""

    states: frozenset[str]
    basis: str
    provision: str
    sources: tuple[Source, ...]
    left: Mapping[str, tuple[dt.date, str, tuple[Source, ...]]] = attrs.field(factory=dict)
    never: Mapping[str, tuple[dt.date | None, str, tuple[Source, ...]]] = attrs.field(factory=dict)
    still_out: Mapping[str, tuple[dt.date, tuple[Source, ...]]] = attrs.field(factory=dict)
    applicants: Mapping[str, tuple[str, tuple[Source, ...]]] = attrs.field(factory=dict)

    def excludes(self, state: str, on: dt.date) -> bool:
        """Whether ``state`` may not be a party on ``on``: never listed, or no longer eligible; a
        former state only where it is shown never to have been a member, up to the day that is
        shown for. A state that left (``left``) was a member and may be admitted again (Statute of
        the Council of Europe, art. 4: "Any European State ... may be invited"): it is ruled out
        from the day it left to the last day a source shows it still outside (``still_out``), and
        after that day the roster says nothing of it (a readmission would not be recorded). So
        for an applicant never on the roster (``applicants``): ruled out only up to the last day a
        source shows it still outside, after which an admission would not be recorded."""
        never = self.never.get(state)
        if never is not None:
            return never[0] is None or on <= never[0]
        if former_state(state):
            return False  # not on today's list, which says nothing of whether it was a member
        gone = self.left.get(state)
        if gone is not None:
            return gone[0] <= on <= self.still_out[state][0]
        if state in self.applicants:
            return on <= self.still_out[state][0]
        return state not in self.states


def _load_eligible(raw: Mapping[str, Any]) -> _Eligible | None:
    e = raw.get("eligible")
    if not e:
        return None
    states = frozenset(e["states"])
    for code in sorted(states):
        check_country(code, field=f"{raw['instrument']}.eligible.states")
    left = {}
    still_out = {}
    for code, gone in e.get("left", {}).items():
        where = f"{raw['instrument']}.eligible.left.{code}"
        if code not in states:
            raise ValueError(f"{where}: {code} is not on the roster")
        if not gone.get("source"):
            raise ValueError(f"{where}: names no source")
        left[code] = (
            dt.date.fromisoformat(gone["on"]),
            gone["why"],
            _roster_sources(raw, gone["source"], where),
        )
        # The last day a source shows it still outside: a roster speaks for its sources' dates,
        # not for every later day (review s38 da38 F1).
        if not gone.get("as_of") or not gone.get("as_of_source"):
            raise ValueError(
                f"{where}: names no day a source shows it still outside (as_of, as_of_source)"
            )
        out_until = dt.date.fromisoformat(gone["as_of"])
        if out_until < left[code][0]:
            raise ValueError(f"{where}: as_of {out_until} is before it left, {gone['on']}")
        still_out[code] = (out_until, _roster_sources(raw, gone["as_of_source"], where))
    applicants = {}
    for code, asked in e.get("applicants", {}).items():
        where = f"{raw['instrument']}.eligible.applicants.{code}"
        check_country(code, field=where)
        if code in states or former_state(code):
            raise ValueError(f"{where}: {code} is on the roster or a former state")
        if not asked.get("why") or not asked.get("source"):
            raise ValueError(f"{where}: says not why, or names no source")
        if not asked.get("as_of") or not asked.get("as_of_source"):
            raise ValueError(
                f"{where}: names no day a source shows it still outside (as_of, as_of_source)"
            )
        applicants[code] = (asked["why"], _roster_sources(raw, asked["source"], where))
        still_out[code] = (
            dt.date.fromisoformat(asked["as_of"]),
            _roster_sources(raw, asked["as_of_source"], where),
        )
    never = {}
    for code, shown in e.get("never_members", {}).items():
        where = f"{raw['instrument']}.eligible.never_members.{code}"
        check_country(code, field=where)
        if not former_state(code):
            raise ValueError(
                f"{where}: {code} is not a former state (the roster speaks for the rest)"
            )
        if code in states:
            raise ValueError(f"{where}: {code} is on the roster")
        if not shown.get("source"):
            raise ValueError(f"{where}: names no source")
        if not shown.get("why"):
            raise ValueError(f"{where}: says not why")
        until = shown.get("until")
        never[code] = (
            None if until is None else dt.date.fromisoformat(until),
            shown["why"],
            _roster_sources(raw, shown["source"], where),
        )
    return _Eligible(
        states,
        e["basis"],
        e["provision"],
        _roster_sources(raw, e.get("source", ()), f"{raw['instrument']}.eligible"),
        left,
        never,
        still_out,
        applicants,
    )


def _roster_sources(raw: Mapping[str, Any], keys: Iterable[str], where: str) -> tuple[Source, ...]:
    """The file's sources named by ``keys``; a key the file does not define is an error."""
    unknown = [k for k in keys if k not in raw["sources"]]
    if unknown:
        raise ValueError(f"{where}: no source {', '.join(unknown)} in the file")
    return tuple(
        Source(**{f: s[f] for f in SOURCE_FIELDS if f in s})
        for s in (raw["sources"][k] for k in keys)
    )


@functools.cache
def _datasets() -> tuple[
    dict[str, tuple[Participation, ...]],
    dict[str, Horizon],
    dict[str, _Eligible],
    dict[str, tuple[str, ...]],
]:
    """The participation records by state, the horizons and rosters by instrument, and the
    states with a record for each instrument (sorted), read once."""
    by_state: dict[str, list[Participation]] = {}
    horizons: dict[str, Horizon] = {}
    eligible: dict[str, _Eligible] = {}
    for name in json_names("participation"):
        raw = json.loads(read_text("participation", name))
        horizons[raw["instrument"]] = _load_horizon(raw)
        roster = _load_eligible(raw)
        if roster is not None:
            eligible[raw["instrument"]] = roster
        for p in _load_file(raw):
            by_state.setdefault(p.state, []).append(p)
    by_state[_USSR] = _with_the_ussrs(by_state.get(_USSR, []), by_state.get("RUS", []))
    for code, records in by_state.items():
        records.extend(_parents_inferred(code, records, horizons))
    by_instrument: dict[str, list[str]] = {}
    for code in sorted(by_state):
        for key in dict.fromkeys(p.instrument for p in by_state[code]):
            by_instrument.setdefault(key, []).append(code)
    return (
        {k: tuple(ps) for k, ps in by_state.items()},
        horizons,
        eligible,
        {k: tuple(codes) for k, codes in by_instrument.items()},
    )


#: Protocols open only to the parties to a Convention, by key: the Convention, the Protocol's
#: ratification clause and its relationship clause. A member State "may not ratify, accept or
#: approve this Protocol unless it has, simultaneously or previously, ratified the Convention"
#: (ECHR Protocol No. 6, art. 7; Protocol No. 13, art. 6, "without previously or simultaneously
#: ratifying the Convention"), and the Protocol's articles are "additional articles to the
#: Convention", to which "all the provisions of the Convention shall apply" (arts 6 and 5).
_PARENTS: dict[str, tuple[str, str, str]] = {
    "echr-protocol-6-1983": ("echr-1950", "7", "6"),
    "echr-protocol-13-2002": ("echr-1950", "6", "5"),
}

#: The note that marks a record inferred from another treaty's record (:func:`inferred`).
_INFERRED = "INFERRED"


def _clause(text: str | None) -> str | None:
    """The sentence of a ratification clause that requires the Convention's ratification."""
    sentences = [x.strip().rstrip(".") for x in (text or "").split(". ")]
    return next((x for x in sentences if "may not ratify" in x and "Convention" in x), None)


def _parents_inferred(
    code: str, records: list[Participation], horizons: Mapping[str, Horizon]
) -> list[Participation]:
    """The participations of ``code`` in a Convention that the data holds no record of, inferred
    from its record of a Protocol open only to the Convention's parties (:data:`_PARENTS`), one
    that binds it with no withdrawal: the Convention bound it on the day the Protocol entered into
    force for it (the earliest, where it is bound by several) at the latest, and as long as the
    Protocol's records speak for. Before that day whether it did is unknown (``in_doubt_from``:
    the Convention's entry into force): Greece denounced the ECHR in 1969 and ratified it again
    after 1974 (Legislative Decree 53/1974), deposits the data does not hold. No inference where
    the Protocol's ratification clause is not held."""
    have = {p.instrument for p in records}
    out = []
    for parent in dict.fromkeys(rule[0] for rule in _PARENTS.values()):
        grounds = [
            p
            for p in records
            if p.instrument in _PARENTS
            and _PARENTS[p.instrument][0] == parent
            and p.action.binds
            and p.in_force is not None
            and p.withdrawal is None
            and _clause(get_instrument(p.instrument).provision(_PARENTS[p.instrument][1]).text)
        ]
        if parent in have or not grounds:
            continue
        out.append(_parent_inferred(code, parent, grounds, horizons))
    return out


def _parent_inferred(
    code: str, key: str, grounds: list[Participation], horizons: Mapping[str, Horizon]
) -> Participation:
    """``code``'s participation in the Convention ``key``, inferred from ``grounds``, its
    records of Protocols open only to the Convention's parties (:func:`_parents_inferred`)."""
    parent = get_instrument(key)
    first = min(grounds, key=lambda p: (p.in_force, p.instrument))
    protocol = get_instrument(first.instrument)
    ratify, relation = (protocol.provision(pin) for pin in _PARENTS[first.instrument][1:])
    since = first.in_force
    assert since is not None
    name = country_name(code)
    clauses = [
        get_instrument(p.instrument).provision(pin)
        for p in grounds
        for pin in _PARENTS[p.instrument][1:]
    ]
    sources = tuple(
        dict.fromkeys(
            [*(x for p in grounds for x in p.source)]
            + [x.source for x in clauses if x.source is not None]
        )
    )
    inferred = (
        f"{_INFERRED} from {protocol}, in force for {name} from {since.isoformat()}"
        + (f" (deposited {first.deposited.isoformat()})" if first.deposited else "")
        + f': "{_clause(ratify.text)}" ({protocol} art. {ratify.citation.provision}), and its '
        f'articles are "additional articles to the Convention" (art. '
        f"{relation.citation.provision}), so the Convention bound {name} on that day at the latest, "
        f"and binds it while the Protocol does"
        + "".join(
            f"; {get_instrument(p.instrument)}, in force for {name} from "
            f"{p.in_force.isoformat()}, shows the same from that day (its art. "
            f"{_PARENTS[p.instrument][1]})"
            for p in sorted(grounds, key=lambda p: (p.in_force, p.instrument))
            if p is not first and p.in_force is not None
        )
        + f"; the data holds no record of {name}'s own ratification, so the day it first did "
        "is not known"
    )
    undated = (
        f"UNDATED: the data holds no record of {name}'s own participation in {parent}; it is "
        f"inferred to bind {name} from {since.isoformat()} at the latest (from {protocol}), and "
        "whether it did before that day is not known"
    )
    parent_until = horizons[key].date if key in horizons else None
    speaks = max(
        (d for p in grounds if (d := _known_until(horizons.get(p.instrument), p)) is not None),
        default=None,
    )
    ended = None
    if speaks is not None and parent_until is not None and speaks < parent_until:
        # The Protocols' records speak for an earlier day than the Convention's data: after it,
        # neither a denunciation nor its absence is shown.
        ended = Withdrawal(
            accepted=True,
            in_doubt_from=speaks + dt.timedelta(days=1),
            summary=f"the Protocol records it rests on speak for {speaks.isoformat()} only, and "
            f"the data holds no record of {name}'s own participation in {parent}",
            status="secondary",
            sources=sources,
        )
    return Participation(
        state=code,
        instrument=key,
        action=Action.RATIFICATION,  # "ratified the Convention", the clause says
        in_force=since,
        in_doubt_from=parent.entry_into_force or parent.adopted,
        status="secondary",
        source=sources,
        withdrawal=ended,
        as_of=speaks
        if speaks is not None and (parent_until is None or speaks > parent_until)
        else None,
        notes=(inferred, undated),
    )


def inferred(p: Participation | None) -> str | None:
    """How ``p`` was inferred from another treaty's record, in words ("inferred from ECHR Protocol
    No. 6, ..."), or ``None`` for a record the data holds.

    >>> import refugeelaw as rl
    >>> print(rl.states.inferred(rl.states.participation("GRC", "echr-1950"))[:70])
    inferred from ECHR Protocol No. 6, in force for Greece from 1998-10-01
    """
    note = next((n for n in (p.notes if p is not None else ()) if n.startswith(_INFERRED)), None)
    return None if note is None else "inferred" + note[len(_INFERRED) :]


def _participations() -> dict[str, tuple[Participation, ...]]:
    return _datasets()[0]


def horizon(instrument: str | Instrument) -> Horizon | None:
    """The horizon of the library's participation data for ``instrument`` (``None``: it holds
    none, as for an instrument of your own).

    >>> import refugeelaw as rl
    >>> str(rl.states.horizon("refugee-convention-1951").date)
    '2015-03-12'
    """
    key = get_instrument(instrument).key
    return _datasets()[1].get(key)


def data_speaks_for(state: str | State, instrument: str | Instrument) -> dt.date | None:
    """The last date the library's participation data speaks for, on ``state`` and
    ``instrument``: the dataset's horizon, or its record's own later verification (``None``: no
    dated source, such as a bilateral treaty of your own). After it, a withdrawal or denunciation
    (or, for a bilateral treaty, a later agreement ending it) would not be recorded, and a later
    ratification neither (no third state joins a bilateral treaty).

    >>> import refugeelaw as rl
    >>> str(rl.states.data_speaks_for("THA", "cat-1984"))
    '2015-03-12'
    """
    inst = get_instrument(instrument)
    return _known_until(horizon(inst), participation(state, inst))


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
    return _datasets()[3].get(instrument, ())


def recorded(instrument: str | Instrument, extra: Iterable[Participation] = ()) -> bool:
    """Whether any State has a participation record for ``instrument``, in the library's data
    or in ``extra``, or the data states a horizon for it. ``False`` for an instrument of the
    caller's own given without records: what its parties are is then not in the data (a bilateral
    one's parties are not "a closed list", :func:`~refugeelaw.party_status`). Without ``extra``:
    whether the instrument's participation is the library's data at all."""
    key = instrument.key if isinstance(instrument, Instrument) else instrument
    return bool(participants(key)) or key in _datasets()[1] or bool(recorded_by(key, extra))


def recorded_by(
    instrument: str | Instrument, extra: Iterable[Participation] = ()
) -> tuple[str, ...]:
    """The States with a participation record for ``instrument`` in ``extra`` (the caller's
    records), in the order given. A caller's bilateral instrument (one the library's data does
    not record, :func:`recorded`) has a closed list of parties only once two States have one:
    a record for one party says nothing of who the other is."""
    key = instrument.key if isinstance(instrument, Instrument) else instrument
    return tuple(dict.fromkeys(p.state for p in extra if p.instrument == key))


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
    for i, p in enumerate(extra):
        if p.state == s.code and p.instrument == inst.key:
            try:
                return _with_in_force(p, inst)
            except InvalidInput as exc:  # beyond the calendar: the record's deposit, by its place
                raise InvalidInput(
                    [Problem(f"extra[{i}].{q.path}", q.message) for q in exc.problems]
                ) from None
    return s.participation(inst.key)


#: The USSR, and the day the Russian Federation's letter to the Secretary-General said that it
#: continues the USSR's membership (the UN Charter record of the USSR); the UN Treaty Collection
#: lists the USSR's treaty actions under the Russian Federation, whose records say so.
_USSR, _CONTINUED = "SUN", dt.date(1991, 12, 24)
_AS_THE_USSR = "Action taken as the USSR"


def _with_the_ussrs(ussr: list[Participation], russia: list[Participation]) -> list[Participation]:
    """The USSR's own records, and for each instrument it has none for, what the Russian
    Federation's record says of the USSR (:func:`_ussr`)."""
    membership = next((p for p in ussr if p.instrument == "un-charter-1945"), None)
    have = {p.instrument for p in ussr}
    derived = [_ussr(r, membership) for r in russia if r.instrument not in have]
    return [*ussr, *[p for p in derived if p is not None]]


def _ussr(russia: Participation, membership: Participation | None) -> Participation | None:
    """The USSR's participation in ``russia``'s instrument, from the Russian Federation's record:
    an action it records as taken by the USSR was the USSR's, until the Russian Federation
    continued it (``membership``: the USSR's UN Charter record, whose withdrawal gives the
    sources); a later first action by the Russian Federation (an accession of 1993) shows the USSR
    never became a party, which the continuator would not have needed to join: an inference, so
    ``secondary``. Otherwise (no date to tell): no record."""
    if any(n.startswith(_AS_THE_USSR) for n in russia.notes):
        ended = membership.withdrawal if membership is not None else None
        continued = Withdrawal(
            notified=_CONTINUED,
            effective=_CONTINUED,
            accepted=True,
            summary="the USSR's participation was continued by the Russian Federation (letter of "
            "24 December 1991); from then on it is the Russian Federation's record",
            status="secondary",
            sources=ended.sources if ended is not None else (),
        )
        return attrs.evolve(
            russia,
            state=_USSR,
            withdrawal=continued,
            notes=(*russia.notes, "The USSR's own action, recorded under the Russian Federation."),
        )
    first = russia.deposited or russia.signature or russia.in_force
    if first is not None and first > _CONTINUED:
        return Participation(
            state=_USSR,
            instrument=russia.instrument,
            action=Action.NONE,
            status="secondary",
            source=russia.source,
            as_of=_CONTINUED,
            notes=(
                f"The Russian Federation, which continues the USSR's participation in treaties, "
                f"first acted on {first.isoformat()}: the USSR was never a party (inferred).",
            ),
        )
    return None


def _record_words(p: Participation) -> str:
    sources = "; ".join(x.brief() for x in p.source)
    return (
        f"record: {p.state} {p.action.value}"
        + (f" deposited {p.deposited.isoformat()}" if p.deposited else "")
        + f", status {p.status}"
        + (f", source: {sources}" if sources else "")
    )


def _known_until(h: Horizon | None, p: Participation | None) -> dt.date | None:
    dates = [d for d in ((h.date if h else None), (p.as_of if p else None)) if d is not None]
    return max(dates) if dates else None


def _doubt_notes(p: Participation) -> list[str]:
    """The notes of a record that say why its answer is unknown for a while: the sources
    disagree ("DISPUTED ...") or give no exact date ("UNDATED ...")."""
    return [n for n in p.notes if n.startswith(("DISPUTED", "UNDATED"))]


def _article(provision: str) -> str:
    """A provision as a reason names it: an article ("art. 59(1)", "art. X"), or a part named in
    words (a provision whose number the library does not hold)."""
    return provision if " " in provision else f"art. {provision}"


def _still_out(roster: _Eligible, code: str, later: str) -> str:
    """The last day a source shows a state outside a roster, and what the data could not show
    after it (a later admission or readmission), in words."""
    out_until, seen = roster.still_out[code]
    return (
        f"a source shows it still outside on {out_until.isoformat()} ("
        + "; ".join(x.brief() for x in seen)
        + f"), and a later {later} would not be recorded"
    )


def _not_eligible(inst: Instrument, name: str, roster: _Eligible, code: str) -> str:
    """Why a state on no roster, or gone from it, may not be a party, in words."""
    gone = roster.left.get(code)
    where = _article(roster.provision)
    never = roster.never.get(code)
    if never is not None:
        until, why, sources = never
        return (
            f"only the states listed as eligible, the organisation's members, may become parties "
            f"to {inst} ({where}); {name}, a former state, is not listed, and it was never a member"
            + ("" if until is None else f" (shown up to {until.isoformat()})")
            + f": {why} (sources: "
            + "; ".join(x.brief() for x in sources)
            + ")"
        )
    if gone is not None:
        return (
            f"only the states listed as eligible may become parties to {inst} ({where}), "
            f"and {name} ceased to be eligible on {gone[0].isoformat()}: {gone[1]}; "
            + _still_out(roster, code, "readmission")
        )
    asked = roster.applicants.get(code)
    if asked is not None:
        return (
            f"only the states listed as eligible may become parties to {inst} ({where}), "
            f"and {name} is not among them: {asked[0]}; " + _still_out(roster, code, "admission")
        )
    return (
        f"only the states listed as eligible may become parties to {inst} ({where}), "
        f"and {name} is not among them: {roster.basis}"
    )


def ineligible(state: str | State, instrument: str | Instrument, on: dt.date) -> str | None:
    """Why ``state`` may not become a party to ``instrument`` on ``on``, in words, where the
    instrument is open only to the states on a roster (the members of the Council of Europe, for
    the ECHR and its Protocols) and the state is not on it, or has left it (the Russian Federation,
    expelled on 16 March 2022); ``None`` where the data bars nothing.

    >>> import datetime as dt, refugeelaw as rl
    >>> rl.states.ineligible("RUS", "echr-protocol-6-1983", dt.date(2022, 3, 15)) is None
    True
    >>> print(rl.states.ineligible("RUS", "echr-protocol-6-1983", dt.date(2022, 3, 16))[:74])
    only the states listed as eligible may become parties to ECHR Protocol No.
    """
    s = get(state)
    inst = get_instrument(instrument)
    roster = _datasets()[2].get(inst.key)
    if roster is None or not roster.excludes(s.code, on):
        return None
    return _not_eligible(inst, _name_on(s, on), roster, s.code)


def _name_on(s: State, on: dt.date) -> str:
    """The state's name on ``on`` (``countries.country_name``: the Federal Republic of Yugoslavia
    for ``'SRB'`` in 1999), where it bears the library's name; a name given it otherwise, as
    given."""
    return country_name(s.code, on) if s.name == country_name(s.code) else s.name


def _doubt_words(p: Participation) -> str:
    if any(n.startswith("DISPUTED") for n in p.notes):
        return "the sources disagree"
    return "the sources give no date that settles"


def _ended_in_record(p: Participation | None, on: dt.date) -> bool:
    """Whether ``p`` binds and its own record says the participation had ended by ``on`` (its
    words then answer for a State gone: the USSR's, Czechoslovakia's)."""
    w = None if p is None or not p.action.binds else p.withdrawal
    return w is not None and w.accepted and w.effective is not None and on >= w.effective


def _gone_words(name: str, record: Statehood) -> str:
    """Why a State that had ceased to exist by ``record.ended_by`` is bound by nothing then."""
    assert record.ended_by is not None
    after = [
        *(f"{country_name(c)} continues it" for c in (record.continued_by,) if c),
        *(f"it joined {country_name(c)}" for c in (record.joined,) if c),
    ]
    if record.successors:
        label = ("its other " if after else "its ") + (
            "successor" if len(record.successors) == 1 else "successors"
        )
        after.append(f"{label}: {', '.join(country_name(c) for c in record.successors)}")
    if record.continued_by:
        # The State goes on under another code: not "bound by nothing", but not under this one.
        return (
            f"the data reads {name} as a State under this code only before "
            f"{record.ended_by.isoformat()}: {'; '.join(after)}, and what binds it from then is "
            f"recorded under {record.continued_by!r}, not under this code"
            + f" (statehood record, {record.status}: {'; '.join(x.brief() for x in record.sources)})"
        )
    return (
        f"{name} had ceased to exist by {record.ended_by.isoformat()}: the data reads it as a "
        "State only before that day, and a State that no longer exists is bound by nothing"
        + (f" ({'; '.join(after)})" if after else "")
        + f" (statehood record, {record.status}: {'; '.join(x.brief() for x in record.sources)})"
    )


#: The words a successor's answer adds for a treaty whose own body has said how its protection
#: passes with territory: the Human Rights Committee, General Comment No. 26 (1997), para. 4 (read
#: in its Chinese text, ``data/territories.json``, source ``hrc-gc26-zh``; the ICCPR participation
#: data cites the same comment, ``hrc-gc26``, for paras 1-3).
_DEVOLVES = {
    "iccpr-1966": "the Human Rights Committee holds that the rights enshrined in the Covenant "
    "belong to the people living in the territory of the State party, and that once the people "
    "are accorded its protection it devolves with territory and continues to belong to them, "
    "notwithstanding change in government (General Comment No. 26 (1997), para. 4)",
}


def _successor_open(
    s: State, inst: Instrument, when: dt.date, p: Participation | None, name: str
) -> tuple[str, Statehood] | None:
    """Why whether ``inst`` binds ``s`` on ``when`` is not known, where ``s`` separated from a
    State the treaty bound, and its own record has not yet taken effect; ``None`` otherwise.

    Vienna Convention on Succession of States in respect of Treaties, art. 34(1): "When a part or
    parts of the territory of a State separate to form one or more States, whether or not the
    predecessor State continues to exist: (a) any treaty in force at the date of the succession of
    States in respect of the entire territory of the predecessor State continues in force in
    respect of each successor State so formed". The successor is the statehood data's
    (:func:`~refugeelaw.sources.territories.predecessor`: the USSR's republics, the SFRY's,
    Czechoslovakia's, Montenegro), the date of succession its statehood record's ``since``, and
    the treaty one its predecessor's record binds on the eve of that date (its last day in respect
    of the territory). Whether that continuity holds is not known, and the data does not decide it:
    the Convention applies only to a succession after its entry into force (art. 7(1)), so art. 34
    reaches the successions of 1991-1993 only as far as it states custom, which is contested (the
    clean slate against automatic succession, above all to human rights treaties); a successor that
    ratified or acceded as a new party has shown its own reading, and one that notified its
    succession dates its participation itself (its record answers, as for Slovakia, above).
    Membership of an international organisation does not pass: the Convention applies to its
    constituent instrument "without prejudice to the rules concerning acquisition of membership"
    (art. 4(a)), so a predecessor's admission or original membership (the UN Charter) continues in
    none of its successors, each admitted anew."""
    record = statehood(s.code)
    before = predecessor(s.code)
    if record is None or record.since is None or before is None or when < record.since:
        return None
    if (
        p is not None
        and p.action.binds
        and (p.action is Action.SUCCESSION or p.in_force is None or when >= p.in_force)
    ):
        return None  # its own record answers (a notified succession dates itself)
    last = record.since - dt.timedelta(days=1)
    if before.ended_by is not None and before.ended_by <= record.since:
        last = before.ended_by - dt.timedelta(days=1)
    q = participation(before.state, inst)
    if (
        q is None
        or q.action in (Action.ORIGINAL_MEMBER, Action.ADMISSION)  # membership: art. 4(a)
        or not q.bound_on(last)
    ):
        return None
    predecessor_name = country_name(before.state, last)
    if p is None or not p.action.binds:
        own = (
            "the data records "
            + (
                f"only a signature of {p.signature.isoformat()}"
                if p is not None and p.signature is not None
                else "no ratification, accession or succession"
            )
            + f" of {name}'s own"
        )
    else:
        assert p.in_force is not None
        own = (
            f"{name} made no notification of succession: its own {p.action.value}"
            + (f", deposited {p.deposited.isoformat()}," if p.deposited else "")
            + f" takes effect only on {p.in_force.isoformat()}, as a new party's would"
        )
    devolves = _DEVOLVES.get(inst.key)
    return (
        f"{name} became a State on {record.since.isoformat()} by separating from "
        f"{predecessor_name} (statehood record, {record.status}), for which {inst} was in force "
        f"at that date ({_record_words(q)}); under the Vienna Convention on Succession of States "
        "in respect of Treaties, art. 34(1)(a), a treaty in force at the date of the succession "
        "of States in respect of the entire territory of the predecessor State 'continues in "
        "force in respect of each successor State so formed', a rule that reaches a succession "
        "before the Convention's entry into force only as far as it states custom (art. 7(1)), "
        "which is contested"
        + (f"; {devolves}" if devolves else "")
        + f"; {own}, and whether {inst} bound {name} from {record.since.isoformat()} until then "
        "is not known" + (f" ({_record_words(p)})" if p is not None else ""),
        before,
    )


def _shown_a_state(s: State) -> bool:
    """Whether the data shows ``s`` to be a State: a member of the United Nations at some time
    under its code, or named by any treaty record (a party, a signatory, or one shown not a
    party). Taiwan (the Republic of China held China's seat until 1971, under China's code) and
    states in free association (the Cook Islands, Niue) are not shown so, and are unknown."""
    return bool(s.participations)  # a former state with no record is answered before this


def party_status(
    state: str | State,
    instrument: str | Instrument,
    *,
    on: dt.date | str,
    extra: Iterable[Participation] = (),
    doctrine: Doctrine | None = None,
) -> Finding:
    """Whether ``instrument`` binds ``state`` on ``on``, in three values, with the reason.

    ``MET``: a record shows the treaty in force for the state (where ``on`` is after the data's
    horizon the reason says that later changes, such as a withdrawal, are not recorded). A state
    with no record of its own for the ECHR but one binding it to Protocol No. 6 or 13, which a
    member State may not ratify "unless it has, simultaneously or previously, ratified the
    Convention" (Greece, Cyprus), is bound by the Convention from the Protocol's entry into force
    for it at the latest, and the reason says it is inferred (:func:`~refugeelaw.states.inferred`); before that day
    it is ``UNKNOWN``.
    ``NOT_MET``: not yet in force (before ``in_doubt_from``, for a record whose sources give
    no day), withdrawn or ended, or no binding record where the data is
    complete and speaks for ``on``, or where a source shows no action (or only a signature) as at
    a date on or after ``on`` (``Participation.as_of``). ``UNKNOWN``: no binding record (or only a signature) after the
    data's horizon or where the data is not complete; an instrument of the caller's own with no
    record for any State, in the data or in ``extra`` (a bilateral one's parties are a closed list
    only where they are recorded: :func:`~refugeelaw.states.recorded`), or, for a bilateral one,
    a State without a record where ``extra`` gives fewer than two (a record for one party does
    not say who the other is: :func:`~refugeelaw.states.recorded_by`); a former state with no
    record (the status tables list only states that exist); the time before a notification of succession (which may
    take effect from independence); for a successor by separation the statehood data names (the
    USSR's republics, Kazakhstan among them), a treaty its predecessor was bound by, from the date
    of succession until its own ratification or accession takes effect (VCSST art. 34(1)(a),
    whose continuity the data does not decide), and for a newly independent State
    (``Participation.newly_independent``) even where the record dates it from independence: the
    treaty's operation is suspended until the notification (VCSST art. 23(2)), a reading
    contested against the depositary's practice; a period the sources leave open
    (``Withdrawal.in_doubt_from``).
    The reason names the record, its sources with the dates they speak for, and the horizon.

    >>> import refugeelaw as rl
    >>> rl.party_status("CHN", "iccpr-1966", on="2004-06-30").verdict   # signed 1998, not ratified
    <Verdict.NOT_MET: 'not_met'>

    Args:
        state: ISO alpha-3 code or :class:`State`.
        instrument: a key or an :class:`~refugeelaw.instruments.Instrument` (yours included).
        on: the date.
        extra: participation records to use in addition to (and ahead of) the library's data.
        doctrine: the contested positions (default: :class:`~refugeelaw.Doctrine`'s): on the
            reading that Taiwan is part of China (``taiwan_outside_china=False``), ``'TWN'`` is
            no State, and is refused as Hong Kong is.

    Raises:
        InvalidInput: unknown state code, unknown instrument key, or a bad date; a territory, or
            a code naming no State on the date, where the State is meant.
    """
    args = Arguments()
    if not isinstance(state, State):
        args.country("state", state)
    if not isinstance(instrument, (str, Instrument)):
        args.instance("instrument", instrument, Instrument)
    extra = args.items("extra", extra, Participation)
    checked = args.doctrine(doctrine)
    args.done()
    when = parse_date(on, field="on")
    if not isinstance(state, State):
        # Hong Kong is not a State: its treaties are those China (before 1 July 1997, the United
        # Kingdom) applies there, as obligations_of says; nor is Eritrea before 24 May 1993. A
        # State that has ceased to exist has a record that says it was no party after its end.
        # Nor is Taiwan, on the reading that it is part of China.
        a_state("state", state, when, former=True, doctrine=checked)
    s = get(state)
    inst = get_instrument(instrument)
    p = participation(s, inst, extra=extra)
    h = horizon(inst)
    # An instrument of the caller's own with no record for any State: its parties are not in the
    # data, whatever its kind (a bilateral one's two parties are not "a closed list" here). Nor
    # are they where the caller gives one party's record of a bilateral and not the other's: a
    # State without a record is then not shown a non-party (review own1 F4).
    unrecorded = not recorded(inst, extra)
    half = (
        inst.kind == "bilateral"
        and not unrecorded
        and not recorded(inst)
        and len(recorded_by(inst, extra)) < 2
    )
    bilateral = inst.kind == "bilateral" and not unrecorded and not half
    if bilateral:
        # A bilateral treaty's parties are a closed list on every date (no third state accedes);
        # the date its sources speak for it as operative, where the data gives one, still bounds
        # what the data can say of a party's continuing to be bound.
        h = Horizon(inst.key, date=h.date if h else None, complete=True)
    name = _name_on(s, when)
    element = f"{inst} binds {name} on {when.isoformat()}"
    cite = Citation(inst.key, inst.rule.provision or "")
    until = _known_until(h, p)
    beyond = until is not None and when > until
    horizon_words = (
        f"the data speaks for {until.isoformat()}"
        if until
        else ("the data states no horizon" if h is None or not h.complete else "a closed list")
    )
    if bilateral and (p is None or not p.action.binds):
        # No state joins a bilateral treaty later: one not among its parties never is.
        beyond, horizon_words = False, "a closed list"
    if s.code == _USSR and when >= _CONTINUED and (p is None or not p.action.binds):
        # A state that no longer exists becomes a party to nothing (one it was a party to says
        # so in its own record, from the same day).
        return finding(
            element,
            Verdict.NOT_MET,
            f"whatever {name}'s participation in treaties was, the Russian Federation continued "
            f"it from {_CONTINUED.isoformat()} (letter of 24 December 1991): from that day "
            f"{name} is a party to none" + (f" ({_record_words(p)})" if p is not None else ""),
            cite,
        )
    roster = _datasets()[2].get(inst.key)
    # A state gone from the roster, past the last day a source shows it still outside: the
    # roster no longer rules it out, and an unknown answer says why (review s38 da38 F1).
    left_words = ""
    if roster is not None and s.code in roster.left and when > roster.still_out[s.code][0]:
        gone_on, why, _ = roster.left[s.code]
        left_words = (
            f"; {name} ceased to be eligible on {gone_on.isoformat()}: {why}; the sources show "
            f"it still outside only up to {roster.still_out[s.code][0].isoformat()}, and a "
            "readmission after that day would not be recorded"
        )
    if roster is not None and s.code in roster.applicants and when > roster.still_out[s.code][0]:
        # An applicant never on the roster, past the last day a source shows it still outside: an
        # admission after that day would not be recorded (review s39 da39 F2).
        left_words = (
            f"; {name} was not a member of the organisation whose members alone may become "
            f"parties: {roster.applicants[s.code][0]}; the sources show it still outside only up "
            f"to {roster.still_out[s.code][0].isoformat()}, and an admission after that day "
            "would not be recorded"
        )
    # Not eligible; a former state only where it is shown never to have been a member.
    if roster is not None and roster.excludes(s.code, when) and (p is None or not p.action.binds):
        return finding(
            element,
            Verdict.NOT_MET,
            _not_eligible(inst, name, roster, s.code),
            Citation(inst.key, roster.provision),
        )
    gone = not_a_state(s.code, when)
    if gone is not None and gone.ended_by is not None and not _ended_in_record(p, when):
        # A State that had ceased to exist is bound by nothing after its end (statehood record),
        # as obligations_of and the assessments refuse its code then: not "beyond the data".
        return finding(element, Verdict.NOT_MET, _gone_words(name, gone), cite)
    if inst.entry_into_force is not None and when < inst.entry_into_force:
        return finding(
            element,
            Verdict.NOT_MET,
            f"{inst} enters into force only on {inst.entry_into_force.isoformat()}",
            cite,
        )
    if p is not None and p.action.binds and p.in_doubt_on(when):
        # Whether it ever entered into force is in doubt; so may be, from a later day, whether it
        # still bound (the 1964 China–DPRK protocol: no source gives its entry into force, and
        # from 1 January 1986 none says whether the 1986 protocol ended it): both are said.
        w = p.withdrawal
        survival = w.in_doubt_from if w is not None and w.accepted else None
        notes = "; ".join(_doubt_notes(p))
        also = ""
        if w is not None and survival is not None and when >= survival:
            notes = notes.rstrip(".")
            also = (
                f"; and, had it bound {name}, from {survival.isoformat()} the sources cannot say "
                f"whether it still did: {w.summary}"
            )
        return finding(
            element,
            Verdict.UNKNOWN,
            f"{_doubt_words(p)} whether {inst} binds {name} on {when.isoformat()}: {notes}{also}"
            f" ({_record_words(p)})",
            cite,
            missing=[
                f"states[{s.code!r}].{inst.key}",
                *([f"states[{s.code!r}].{inst.key}.withdrawal"] if also else []),
            ],
        )
    successor = _successor_open(s, inst, when, p, name)
    if successor is not None:
        # A successor by separation (VCSST Part IV, art. 34) before its own record takes effect,
        # or with none (the USSR's republics before their accessions): _successor_open says why
        # this is unknown. A notified succession is its own record's (below).
        return finding(
            element,
            Verdict.UNKNOWN,
            successor[0],
            cite,
            missing=[f"states[{s.code!r}].{inst.key}"],
        )
    if p is not None and p.action.binds:
        if p.in_force is None and p.in_doubt_from is not None and when < p.in_doubt_from:
            # No source gives the day it entered into force, but none shows it binding before
            # in_doubt_from (the 1964 China–DPRK protocol before its signature; Morocco's OAU
            # ratification, which only the UN's record shows, before its deposit): not yet bound.
            return finding(
                element,
                Verdict.NOT_MET,
                f"{inst} does not yet bind {name}: the sources show it binding no earlier than "
                f"{p.in_doubt_from.isoformat()}, and none gives the day it entered into force for "
                f"{name} ({_record_words(p)})",
                cite,
            )
        if p.in_force is None:
            return finding(
                element,
                Verdict.UNKNOWN,
                f"{_record_words(p)}; the date of entry into force is not known",
                cite,
                missing=[f"states[{s.code!r}].{inst.key}.in_force"],
            )
        if (
            when < p.in_force
            and p.action is Action.SUCCESSION
            and p.in_force == p.deposited
            and p.in_doubt_from is None  # the sources bound the time: not_met before it
        ):
            # Neither the date from which the succession took effect nor the notification's terms
            # are in the data. Which rule says it may reach back depends on the succession: VCSST
            # art. 23(1) (Part III) for a newly independent State, a former dependent territory
            # (art. 2(1)(f)); Part IV (arts 31-38, uniting and separation of States) for a
            # successor the statehood data names (Croatia, Slovakia, Montenegro ...), whose
            # predecessor's treaties continue for it from the date of succession (art. 34(1):
            # "any treaty in force at the date of the succession of States in respect of the
            # entire territory of the predecessor State continues in force in respect of each
            # successor State so formed"). A newly independent State's treaty, even once notified,
            # does not operate before the notification on the reading of art. 23(2) (below).
            before = predecessor(s.code)
            rule = (
                f"as a successor of {country_name(before.state)}, {name} may be bound by its "
                "predecessor's treaties from the date of succession, before any notification "
                "(Vienna Convention on Succession of States in respect of Treaties, Part IV, "
                "uniting and separation of States)"
                if before is not None
                else "a notification of succession by a newly independent State may take effect "
                "from the date of independence (Vienna Convention on Succession of States in "
                "respect of Treaties, art. 23(1)), though the treaty's operation is suspended "
                "until the notification (art. 23(2))"
            )
            return finding(
                element,
                Verdict.UNKNOWN,
                f"{name} notified its succession to {inst} on {p.deposited.isoformat()}; {rule}, "
                f"and neither that date for {inst} nor the notification's terms are in the data "
                f"({_record_words(p)})",
                cite,
                missing=[f"states[{s.code!r}].{inst.key}.in_force"],
            )
        first = p.never_in_force()
        if first is not None and first.effective is not None:
            # Its participation ended before the day the treaty would have entered into force for
            # it: the treaty never bound it, before that end or after.
            rule = f" ({_article(inst.rule.provision)})" if inst.rule.provision else ""
            why = f": {first.summary}" if first.summary else ""
            return finding(
                element,
                Verdict.NOT_MET,
                f"{inst} never entered into force for {name}: it was due to do so on "
                f"{p.in_force.isoformat()}{rule}, but {name}'s participation ended first, on "
                f"{first.effective.isoformat()}{why} ({_record_words(p)})",
                cite,
            )
        if when < p.in_force:
            return finding(
                element,
                Verdict.NOT_MET,
                (
                    f"{name} succeeds to {inst} only on {p.in_force.isoformat()}"
                    if p.action is Action.SUCCESSION and p.deposited is None
                    # Sources that give no exact day, or disagree: bound from in_force at
                    # the latest, and not before in_doubt_from (in between, unknown).
                    else (
                        f"{inst} does not yet bind {name}: the sources show it binding no "
                        f"earlier than {p.in_doubt_from.isoformat()}, and from "
                        f"{p.in_force.isoformat()} at the latest"
                        if p.in_doubt_from is not None
                        else f"{inst} enters into force for {name} only on {p.in_force.isoformat()}"
                    )
                )
                + f" ({_record_words(p)})",
                cite,
            )
        if p.before_notification(when):
            # A newly independent State (VCSST art. 2(1)(f)) "is not bound to maintain in force, or
            # to become a party to, any treaty by reason only of the fact that at the date of the
            # succession of States the treaty was in force in respect of the territory" (art. 16,
            # the clean slate). Once it notifies its succession it "shall be considered a party to
            # the treaty from the date of the succession of States" (art. 23(1)), as the
            # depositary's practice dates it; "Nevertheless, the operation of the treaty shall be
            # considered as suspended as between the newly independent State and the other
            # parties to the treaty until the date of making of the notification of succession"
            # (art. 23(2)). Whether it owed the treaty's performance before the notification is
            # contested (continuity of human rights treaties is argued for against art. 23(2)),
            # and the data does not decide it; a successor by a uniting or separation of States
            # (Part IV: art. 34 has no such clause) is bound from the date of succession.
            assert p.deposited is not None  # before_notification says so
            return finding(
                element,
                Verdict.UNKNOWN,
                f"{name}, recorded as a newly independent State, notified its succession to "
                f"{inst} on {p.deposited.isoformat()}, and its record dates its participation "
                f"from {p.in_force.isoformat()}, the date of succession, as the depositary's "
                "practice does (VCSST art. 23(1): it 'shall be considered a party to the treaty "
                "from the date of the succession of States'); but 'the operation of the treaty "
                "shall be considered as suspended as between the newly independent State and the "
                "other parties to the treaty until the date of making of the notification of "
                "succession' (art. 23(2)): "
                f"read from the date of succession, {inst} binds {name} on {when.isoformat()}; "
                f"read with art. 23(2), its operation for {name} was suspended until "
                f"{p.deposited.isoformat()}, and which reading governs the time before the "
                f"notification is contested ({_record_words(p)})",
                cite,
                missing=[f"states[{s.code!r}].{inst.key}"],
            )
        w = p.withdrawal
        if w and w.accepted and w.effective and when >= w.effective:
            ended = f": {w.summary}" if w.summary else ""
            if roster is not None and roster.excludes(s.code, when):
                # It left, and it may not rejoin while it is not a member: Russia, expelled from
                # the Council of Europe, up to the last day a source shows it still outside (after
                # it, the horizon's rule below: a readmission would not be recorded).
                return finding(
                    element,
                    Verdict.NOT_MET,
                    f"{name}'s participation ended on {w.effective.isoformat()}{ended} "
                    f"({_record_words(p)}); {_not_eligible(inst, name, roster, s.code)}",
                    cite,
                    Citation(inst.key, roster.provision),
                )
            if beyond and when > w.effective and not former_state(s.code):
                # A state that left may join again (Greece left the ECHR in 1970 and rejoined in
                # 1974): past the data's horizon, a return would not be recorded.
                return finding(
                    element,
                    Verdict.UNKNOWN,
                    f"{name}'s participation ended on {w.effective.isoformat()}{ended}; "
                    f"{horizon_words}, and a later ratification or accession would not be "
                    f"recorded ({_record_words(p)}){left_words}",
                    cite,
                    missing=[f"states[{s.code!r}].{inst.key}"],
                )
            return finding(
                element,
                Verdict.NOT_MET,
                f"{name}'s participation ended on {w.effective.isoformat()}{ended} "
                f"({_record_words(p)})",
                cite,
            )
        if w and w.accepted and w.in_doubt_from and when >= w.in_doubt_from:
            return finding(
                element,
                Verdict.UNKNOWN,
                f"from {w.in_doubt_from.isoformat()} the sources cannot say whether {name} was "
                f"still bound: {w.summary} ({_record_words(p)})",
                cite,
                missing=[f"states[{s.code!r}].{inst.key}.withdrawal"],
            )
        later = (
            f"; {horizon_words}: later changes (a withdrawal, a denunciation"
            + (", an agreement of the parties ending it" if bilateral else "")
            + ") are not recorded"
            if beyond
            else ""
        )
        refused = (  # a withdrawal the treaty does not allow: still bound, and said so
            f"; a withdrawal{_notified(w.notified)} was not given effect: {w.summary}"
            if w and not w.accepted and w.summary and (w.notified is None or when >= w.notified)
            else ""
        )
        # A record whose sources give no day (a year alone), or disagree, or that is inferred,
        # binds from its in_force at the latest: before it, from in_doubt_from, it is unknown.
        latest = p.in_doubt_from is not None
        how = inferred(p)
        return finding(
            element,
            Verdict.MET,
            f"in force for {name} since {p.in_force.isoformat()}"
            + (" at the latest" if latest or how else "")
            + (f", {how}" if how else "")
            + f"{refused} ({_record_words(p)}){later}",
            cite,
        )
    what = (
        f"only a signature of {p.signature.isoformat()}"
        if p is not None and p.signature is not None
        else "no ratification, accession or succession"
    )
    if former_state(s.code) and p is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the data holds no record for {name}, a former state: the status tables list only "
            "the states that exist when they are drawn up",
            cite,
            missing=[f"states[{s.code!r}].{inst.key}"],
        )
    if p is None and not _shown_a_state(s):
        # A code of its own is not statehood: Puerto Rico, Guam, Antarctica have ISO codes, and a
        # treaty binds a territory through the State responsible for it (VCLT art. 29).
        return finding(
            element,
            Verdict.UNKNOWN,
            f"nothing in the data shows {name} to be a State: no membership of the United "
            "Nations is recorded under its code, and no treaty record names it; if it is a "
            "territory, its treaty obligations are those of the State responsible for it (VCLT "
            "art. 29), which the data does not record for it, and if a State, its own "
            "participation is not in the data",
            cite,
            missing=[f"states[{s.code!r}].{inst.key}"],
        )
    if p is not None and p.action is Action.NONE and p.as_of is not None and when <= p.as_of:
        # A source that speaks for a date shows the state had taken no action by then, whether or
        # not the data lists every party.
        return finding(
            element,
            Verdict.NOT_MET,
            f"the data shows {name} not a party as at {p.as_of.isoformat()} ({_record_words(p)})",
            cite,
        )
    if (
        p is not None
        and p.action is Action.SIGNATURE_ONLY
        and p.as_of is not None
        and when <= p.as_of
        and (h is None or not h.complete)
    ):
        # Likewise a signature a source shows still not followed by ratification on a later date
        # (Russia and ECHR Protocol No. 6, 2019), where the dataset is not a complete list.
        return finding(
            element,
            Verdict.NOT_MET,
            f"the data shows {name} not a party as at {p.as_of.isoformat()}: it records {what} "
            f"({_record_words(p)})",
            cite,
        )
    if unrecorded:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the data holds no participation record for {inst} for any State, in the library's "
            "data or in the records given with it (extra): its parties are not in the data"
            + (", so they are no closed list" if inst.kind == "bilateral" else "")
            + f", and whether it binds {name} is not known; participation records would decide",
            cite,
            missing=[f"states[{s.code!r}].{inst.key}"],
        )
    if half and p is None:
        given = " and ".join(_name_on(get(c), when) for c in recorded_by(inst, extra))
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the records given with {inst} (extra) are {given}'s alone: a bilateral treaty has "
            f"two parties, and a record for one does not say who the other is, so they are no "
            f"closed list, and whether it binds {name} is not known; its record would decide",
            cite,
            missing=[f"states[{s.code!r}].{inst.key}"],
        )
    if h is None or not h.complete:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the data records {what} for {name}, but it is not a complete list of the parties "
            f"({horizon_words}){left_words}",
            cite,
            missing=[f"states[{s.code!r}].{inst.key}"],
        )
    if beyond:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the data records {what} for {name}, but {horizon_words}: a later ratification or "
            "accession would not be recorded"
            + "".join(f"; reported later: {x}" for x in (p.reported_later if p else ()))
            + left_words,
            cite,
            missing=[f"states[{s.code!r}].{inst.key}"],
        )
    return finding(
        element,
        Verdict.NOT_MET,
        f"the data records {what} for {name} ({horizon_words}"
        + (f"; {_record_words(p)}" if p is not None else "")
        + ")",
        cite,
    )


def _notified(day: dt.date | None) -> str:
    """When a withdrawal was notified, as a clause ("" where the data does not give the day)."""
    return " notified on a day the data does not give" if day is None else f" notified on {day}"


def is_party(
    state: str | State,
    instrument: str | Instrument,
    *,
    on: dt.date | str,
    extra: Iterable[Participation] = (),
) -> bool:
    """Whether ``instrument`` is in force for ``state`` on ``on``.

    Signature alone does not bind (VCLT art. 18 creates only an obligation not to defeat the
    treaty's object and purpose; see :func:`refugeelaw.obligations_of`). Where the data cannot
    say (:func:`party_status` is ``UNKNOWN``) this raises :class:`~refugeelaw.BeyondData` rather
    than answer ``False``.

    Args:
        state: ISO alpha-3 code or :class:`State`.
        instrument: a key or an :class:`~refugeelaw.instruments.Instrument` (yours included).
        on: the date.
        extra: participation records to use in addition to (and ahead of) the library's data.

    Raises:
        InvalidInput: unknown state code, unknown instrument key, or a bad date.
        BeyondData: the data cannot say (after its horizon, or incomplete for the instrument).
    """
    f = party_status(state, instrument, on=on, extra=extra)
    if f.verdict is Verdict.UNKNOWN:
        inst = get_instrument(instrument)
        code = state.code if isinstance(state, State) else state
        h = horizon(inst)
        raise BeyondData(code, inst.key, h.date if h else None, f.reason)
    return f.verdict is Verdict.MET
