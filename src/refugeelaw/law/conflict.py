"""What every precedence rule reads (a :class:`Conflict`) and states (a :class:`Decision`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import attrs

from ..countries import country_name
from ..doctrine import Doctrine
from ..errors import InvalidInput
from ..instruments import Instrument
from ..instruments import get as get_instrument
from ..logic import Finding, Verdict
from ..results import Basis, PrecedenceRule, StateObligation
from ..states import Participation, party_status, recorded, recorded_by
from .obligations import owed_under
from .peremptory import CUSTOM, is_peremptory, peremptory_limb

__all__ = [
    "Conflict",
    "Decision",
    "as_given",
    "given_party",
    "is_signatory_duty",
    "signatory_words",
    "treaty_names",
]


def is_signatory_duty(ob: StateObligation) -> bool:
    """Whether ``ob`` is a signatory's obligation not to defeat the object and purpose of a treaty
    it signed (VCLT art. 18): owed in respect of that treaty, to its parties, and not itself a
    treaty on any subject-matter the precedence rules compare."""
    return ob.instrument == "vclt-1969" and ob.provision.split("(")[0] == "18"


def signatory_words(ob: StateObligation) -> str:
    """What a signatory's duty (:func:`is_signatory_duty`) is and to whom it is owed, in words."""
    return f"{ob.citation} is the obligation of a signatory ({ob.duty}), owed to {ob.owed_to}"


def given_party(
    ob: StateObligation,
    state: str,
    instruments: Mapping[str, Instrument],
    extra: Iterable[Participation] = (),
) -> str | None:
    """The party whose record ``state`` follows for a bilateral instrument of the caller's own:
    where ``state`` is one of the two the obligation names (its state and counterparty) and has
    no participation record, and the other has one, a bilateral treaty being in force for both
    its parties from the same day (VCLT art. 24(1)–(2): as it provides, or once both have
    consented). ``None`` otherwise."""
    inst = instruments.get(ob.instrument)
    if inst is None or inst.kind != "bilateral" or recorded(inst):
        return None
    extra = tuple(extra)
    holders = recorded_by(inst, extra)
    named = (ob.state, *ob.counterparties)
    if state not in named or state in holders:
        return None
    return next((t for t in named if t != state and t in holders), None)


def as_given(
    ob: StateObligation,
    on: dt.date,
    instruments: Mapping[str, Instrument],
    extra: Iterable[Participation] = (),
    state: str | None = None,
) -> tuple[Verdict, str] | None:
    """Whether a treaty obligation under an instrument of the caller's own binds ``state`` (its
    own state by default, or a counterparty it names) on ``on``, where that State has no
    participation record for it in ``extra`` and the library's data records none (for the
    instrument, nor for one it binds through), and why not where it does not. The obligation is
    then that State's record:

    - a bilateral instrument with a record for the other party the obligation names binds this
      one as that record shows (a bilateral treaty is in force for both parties from the same
      day: ``given_party``);
    - otherwise it binds from the obligation's ``since``, and not before (VCLT arts 24, 26);
    - without ``since``, not before the instrument was adopted (a treaty binds no State before it
      exists: VCLT arts 24, 28), nor before its entry into force where the caller gives one; it
      binds from that date only for a bilateral instrument (the date is both parties'); with no
      date of entry into force for the State, it is ``UNKNOWN``, not taken as given.

    ``None`` where the State has a record (it decides, :func:`refugeelaw.party_status`), the
    data records the instrument, the State is not one the obligation names, or the obligation
    is not a treaty's."""
    if ob.basis is not Basis.TREATY:
        return None
    who = ob.state if state is None else state
    keys = [k for k in (ob.instrument, ob.via) if k is not None]
    if any(recorded(instruments.get(k, k)) for k in keys):
        return None  # the library's data decides
    extra = tuple(extra)
    if who not in (ob.state, *ob.counterparties) or any(who in recorded_by(k, extra) for k in keys):
        return None
    inst = instruments.get(ob.instrument)
    name = country_name(who, on)
    other = given_party(ob, who, instruments, extra)
    if inst is not None and other is not None:
        status = party_status(other, inst, on=on, extra=extra)
        if status.verdict is Verdict.MET:
            return Verdict.MET, ""
        return status.verdict, (
            f"a bilateral treaty binds both its parties from the same day, and for "
            f"{country_name(other, on)}, its other party: {status.reason}"
        )
    if ob.since is not None:
        if on >= ob.since:
            return Verdict.MET, ""
        return Verdict.NOT_MET, f"as given, it binds from {ob.since.isoformat()}"
    if inst is not None and inst.adopted is not None and on < inst.adopted:
        return Verdict.NOT_MET, (
            f"{inst} was adopted only on {inst.adopted.isoformat()}: a treaty binds no State "
            "before it exists"
        )
    if inst is not None and inst.entry_into_force is not None and on < inst.entry_into_force:
        return Verdict.NOT_MET, f"{inst} enters into force only on {inst.entry_into_force}"
    if inst is not None and inst.entry_into_force is not None and inst.kind == "bilateral":
        return Verdict.MET, ""
    if inst is None:
        missing = "neither the instrument nor a participation record is given"
    elif inst.kind == "bilateral":
        missing = (
            "neither party's participation record nor the instrument's entry into force is given"
        )
    elif inst.entry_into_force is None:
        missing = (
            f"neither a participation record for {name} nor the instrument's entry into force "
            "is given"
        )
    else:
        missing = (
            f"no participation record for {name} is given, and the instrument's entry into force "
            f"on {inst.entry_into_force.isoformat()} is its first parties', not every party's"
        )
    return Verdict.UNKNOWN, (
        f"the date {inst or ob.instrument} entered into force for {name} is not known: the "
        f"obligation gives no since, and {missing}"
    )


@attrs.frozen
class Conflict:
    """Two obligations in conflict, the states whose relations are in question, the date, the
    doctrine (on a contested question, the view of the branch being decided), and the caller's own
    instruments and participation records."""

    first: StateObligation
    second: StateObligation
    between: tuple[str, ...]
    on: dt.date
    doctrine: Doctrine
    instruments: Mapping[str, Instrument] = attrs.field(factory=dict)
    extra: tuple[Participation, ...] = ()
    #: The treaties of obligations whose binding force on the date is beyond the data, each
    #: taken to bind every state concerned whose participation the data cannot settle, so that a
    #: ruling can say what follows "if both bind" (the 1964 China–DPRK protocol from 1986).
    supposed: frozenset[str] = frozenset()
    #: Obligations peremptory only in part (``peremptory.beyond_peremptory``: ICCPR art. 7,
    #: ECHR art. 3, customary non-refoulement) whose other part this conflict decides: their bar
    #: on return to other cruel, inhuman or degrading treatment short of torture, or in a limb not
    #: held peremptory, which ranks as a duty that is not peremptory (the peremptory-norm rule has
    #: decided the part that is).
    beyond: tuple[StateObligation, ...] = ()
    #: The States concerned, each with a treaty, taken NOT to be bound by it where the data
    #: cannot settle it: the other supposition to :attr:`supposed`, so that art. 30(4) can say
    #: what follows each way where whether a State concerned is a party is beyond the data
    #: (``vclt_30.successive_treaties``; review s39 cf39 F1).
    denied: frozenset[tuple[str, str]] = frozenset()

    @property
    def peremptory(self) -> tuple[bool | None, bool | None]:
        """Whether each obligation reflects a peremptory norm on the doctrine (``None``:
        contested), in the part of it this conflict decides (:attr:`beyond`)."""
        return (
            False if self.first in self.beyond else is_peremptory(self.first, self.doctrine),
            False if self.second in self.beyond else is_peremptory(self.second, self.doctrine),
        )

    def limb(self, ob: StateObligation) -> str | None:
        """The limb of non-refoulement in which ``ob`` is peremptory on the doctrine, in the part
        of it this conflict decides (``None``: none, or ``ob`` is among :attr:`beyond`)."""
        return None if ob in self.beyond else peremptory_limb(ob, self.doctrine)

    def treaty(self, key: str | None) -> Instrument | None:
        """The instrument ``key`` (the caller's own first), or ``None`` for custom or unknown."""
        if key is None or key == CUSTOM:
            return None
        mine = self.instruments.get(key)
        if mine is not None:
            return mine
        try:
            return get_instrument(key)
        except InvalidInput:
            return None

    def _status(self, state: str, inst: Instrument) -> Verdict:
        """Whether ``state`` is bound by ``inst`` on the date, a treaty among :attr:`supposed`
        binding where the data cannot settle it, not binding where :attr:`denied` says so."""
        verdict = party_status(state, inst, on=self.on, extra=self.extra).verdict
        if verdict is Verdict.UNKNOWN and inst.key in self.supposed:
            return Verdict.MET
        denied = (state, inst.key) in self.denied
        return Verdict.NOT_MET if verdict is Verdict.UNKNOWN and denied else verdict

    def binds(self, state: str, inst: Instrument) -> Verdict:
        """Whether ``inst`` binds ``state`` on the date (``UNKNOWN``: the data cannot say), a treaty
        among :attr:`supposed` binding where the data cannot settle it."""
        return self._status(state, inst)

    def carriers(self, ob: StateObligation) -> tuple[Instrument, ...]:
        """The treaties the obligation is owed under (``law.obligations.owed_under``) that bind,
        or may bind, its state on the date: for a duty of the Convention's arts 2 to 34, the
        Convention, the Protocol (art. I(1)) or both, as the State is party to one or both. Every
        one of them where none binds it, or the obligation has one."""
        treaties = tuple(t for t in map(self.treaty, owed_under(ob)) if t is not None)
        if len(treaties) < 2:
            return treaties
        bound = tuple(t for t in treaties if self._status(ob.state, t) is not Verdict.NOT_MET)
        return bound or treaties

    def common(
        self, ob: StateObligation, states: Iterable[str] | None = None
    ) -> tuple[Instrument, ...]:
        """Of the :meth:`carriers`, those that bind every one of ``states`` (by default the states
        concerned), each owing the duty under each of them to the others; the carriers themselves
        where none does, or the obligation has one."""
        carriers = self.carriers(ob)
        if len(carriers) < 2:
            return carriers
        among = tuple(self.between if states is None else states)
        shared = tuple(t for t in carriers if all(self._status(s, t) is Verdict.MET for s in among))
        return shared or carriers

    def dated(self, ob: StateObligation) -> tuple[Instrument, ...]:
        """The treaties whose dates make the obligation earlier or later than another (VCLT art.
        30(3)-(4)). Of those it is owed under among all the states concerned (:meth:`common`),
        the later: Protocol art. I(1) obligations arise under the Protocol (adopted 1967), not
        the 1951 Convention, for a Protocol-only party, and between parties to the Protocol they
        arise under it in any case (a treaty concluded between them after 1951 and before 1967
        is earlier than the Protocol, by which they undertook again to apply the duty). Where no
        one of them binds all the states concerned (a party to the Convention alone and one to
        the Protocol alone, each owed the duty by a party to both), each pair has its own: all
        the :meth:`carriers`."""
        carriers = self.carriers(ob)
        if len(carriers) < 2:
            return carriers
        shared = [
            t for t in carriers if all(self._status(s, t) is Verdict.MET for s in self.between)
        ]
        return (max(shared, key=_adopted),) if shared else carriers

    def source_treaty(self, ob: StateObligation) -> Instrument | None:
        """The treaty the obligation arises under as between the states concerned (the later of
        :meth:`dated`)."""
        dated = self.dated(ob)
        return max(dated, key=_adopted) if dated else None

    def _treaties(self, ob: StateObligation) -> list[Instrument]:
        """The instruments ``ob`` names (its own and the one it binds through)."""
        return [t for t in (self.treaty(ob.instrument), self.treaty(ob.via)) if t is not None]

    def _as_given(self, ob: StateObligation, state: str, suppose: bool = True) -> Verdict | None:
        """Whether ``state`` is a party to ``ob``'s instrument of the caller's own, as the
        obligation gives it (:meth:`parties`, second paragraph): ``None`` where the records
        decide. With ``suppose``, a treaty among :attr:`supposed` binds it where that is
        unknown."""
        own = [t for t in self._treaties(ob) if not recorded(t)]
        given = as_given(ob, self.on, self.instruments, self.extra, state=state)
        if given is not None:
            supposed = (
                suppose and given[0] is Verdict.UNKNOWN and any(t.key in self.supposed for t in own)
            )
            return Verdict.MET if supposed else given[0]
        closed = bool(ob.counterparties) and any(t.kind == "bilateral" for t in own)
        if (
            closed
            and state not in (ob.state, *ob.counterparties)
            and not any(state in recorded_by(t, self.extra) for t in own)
        ):
            return Verdict.NOT_MET  # the two parties the obligation names
        return None

    def party_to(self, ob: StateObligation, treaty: Instrument, state: str) -> Verdict:
        """Whether ``state`` is a party to ``treaty``, one that ``ob`` is owed under, on the
        date: its own participation, of any State, toward no State in particular (what VCLT art.
        30(3) and (4) ask of "all the parties to the earlier treaty"), read as :meth:`parties`
        reads it, an instrument of the caller's own as the obligation gives it. A treaty among
        :attr:`supposed` is taken to bind the states concerned alone, where that is unknown: the
        ruling supposes nothing of any other State.

        Raises:
            InvalidInput: ``state`` names no State on the date (:func:`refugeelaw.party_status`).
        """
        concerned = state in self.between
        given = self._as_given(ob, state, suppose=concerned)
        if given is not None:
            return given
        if concerned:
            return self._status(state, treaty)
        return party_status(state, treaty, on=self.on, extra=self.extra).verdict

    def parties(self, ob: StateObligation) -> dict[str, Verdict]:
        """Whether each of the states concerned is bound by the obligation's treaty on the date
        (``UNKNOWN`` where the data cannot say, see :func:`refugeelaw.party_status`). An
        obligation owed under more than one treaty (the Convention's arts 2 to 34, owed under the
        Convention and, through Protocol art. I(1), under the Protocol: :meth:`carriers`) binds a
        state toward the obligation's own where both are party to one of them: a party to the
        Protocol alone and a party to the Convention alone owe each other the duty under neither
        (VCLT arts 26, 34), and each is then a party "to only one of the treaties" for the other's
        (art. 30(4)(b)). A treaty among :attr:`supposed` binds a state the data cannot settle, as
        the ruling supposes.

        Under an instrument of the caller's own that the library's data does not record, a State
        the obligation names (its state, and the counterparties it is owed to) without a record
        of its own in ``extra`` is a party as the obligation is its record (``as_given``: as the
        other party's record shows, for a bilateral treaty; else as far as it binds, from its
        ``since``), and a bilateral treaty whose counterparties the obligation names has no
        other party: the list is closed for every State but those it names, whichever of them
        the caller gives records for (a record for one party never makes the other a
        non-party)."""
        treaties = self._treaties(ob)
        carriers = self.carriers(ob)
        out = {}
        for s in self.between:
            given = self._as_given(ob, s)
            if given is not None:
                out[s] = given
            elif len(carriers) > 1:
                # Owed under each treaty to its parties: a state is a party toward the obligated
                # one where both are parties to the same one of them.
                out[s] = Verdict.any(
                    [
                        self._status(s, t)
                        if s == ob.state
                        else self._status(ob.state, t) & self._status(s, t)
                        for t in carriers
                    ]
                )
            else:
                out[s] = Verdict.any([self._status(s, t) for t in carriers or treaties])
        return out


def _adopted(inst: Instrument) -> dt.date:
    return inst.adopted or dt.date.min


def treaty_names(treaties: Iterable[Instrument], conj: str = "and") -> str:
    """Treaties in words, for a duty owed under more than one: "Refugee Convention and the 1967
    Protocol" (``conj`` "or": under neither)."""
    return f" {conj} the ".join(str(t) for t in treaties)


@attrs.frozen
class Decision:
    """What one precedence rule found: its finding and, where it decides, the rule that decided,
    which obligation prevails over which, what survives, and the ruling in one sentence that
    leads with the relation it holds in (``statement``)."""

    finding: Finding
    rule: PrecedenceRule | None = None
    prevailing: StateObligation | None = None
    displaced: StateObligation | None = None
    void: tuple[str, ...] = ()
    residual: tuple[str, ...] = ()
    statement: str = ""
    #: Where the rule decides for a part of ``prevailing`` only (a duty peremptory only in so far
    #: as it bars return to torture, or in the limbs held peremptory:
    #: ``peremptory.beyond_peremptory``), that part in words;
    #: the rest is decided as for a duty that is not peremptory (``precedence.decide``).
    part: str = ""
    #: With :attr:`part`: the decision for the rest, and the statement for the part alone.
    rest: Decision | None = None
    part_statement: str = ""
    #: With :attr:`part`: the named reading the split rests on, where one decides it
    #: (``peremptory.TORTURE_ONLY_READING``: ``peremptory.torture_only_decides``); ``""`` where
    #: the split is the doctrine's own limb positions alone (customary non-refoulement held
    #: peremptory in one limb, not read to reach other ill-treatment).
    part_reading: str = ""
    #: With :attr:`part`, where the part's decision voids the displaced obligation's treaty (VCLT
    #: arts 53, 64) on the reading that it requires return to what the part bars: the decision
    #: for the rest on the other reading, on which the treaty is not void (it requires return to
    #: other ill-treatment alone). On the reading taken the void treaty ranks against no part of
    #: ``prevailing``, which stands whole (arts 44(5), 71), so :attr:`rest` is then ``None``.
    otherwise: Decision | None = None
