"""What every precedence rule reads (a :class:`Conflict`) and states (a :class:`Decision`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import attrs

from ..doctrine import Doctrine
from ..errors import InvalidInput
from ..instruments import Instrument
from ..instruments import get as get_instrument
from ..logic import Finding, Verdict
from ..results import Basis, PrecedenceRule, StateObligation
from ..states import Participation, party_status, recorded
from .peremptory import CUSTOM, is_peremptory, peremptory_limb

__all__ = ["Conflict", "Decision", "as_given", "is_signatory_duty", "signatory_words"]


def is_signatory_duty(ob: StateObligation) -> bool:
    """Whether ``ob`` is a signatory's obligation not to defeat the object and purpose of a treaty
    it signed (VCLT art. 18): owed in respect of that treaty, to its parties, and not itself a
    treaty on any subject-matter the precedence rules compare."""
    return ob.instrument == "vclt-1969" and ob.provision.split("(")[0] == "18"


def signatory_words(ob: StateObligation) -> str:
    """What a signatory's duty (:func:`is_signatory_duty`) is and to whom it is owed, in words."""
    return f"{ob.citation} is the obligation of a signatory ({ob.duty}), owed to {ob.owed_to}"


def as_given(
    ob: StateObligation,
    on: dt.date,
    instruments: Mapping[str, Instrument],
    extra: Iterable[Participation] = (),
) -> tuple[Verdict, str] | None:
    """Whether a treaty obligation binds its state on ``on`` on its own terms, and why not where
    it does not, where no State has a participation record for the treaty it arises under (nor
    for one it binds through), in the library's data or in ``extra``: an instrument of the
    caller's own, given without records. The obligation is then its own participation record: it
    binds from its ``since``, and not before (VCLT arts 24, 26); without ``since``, from the
    entry into force the caller gives the instrument, or, with neither, as given. ``None`` where
    there are records (they decide, :func:`refugeelaw.party_status`) or the obligation is not
    a treaty's."""
    if ob.basis is not Basis.TREATY:
        return None
    keys = [k for k in (ob.instrument, ob.via) if k is not None]
    if any(recorded(instruments.get(k, k), extra) for k in keys):
        return None
    inst = instruments.get(ob.instrument)
    if ob.since is not None:
        if on >= ob.since:
            return Verdict.MET, ""
        return Verdict.NOT_MET, f"as given, it binds from {ob.since.isoformat()}"
    if inst is not None and inst.entry_into_force is not None and on < inst.entry_into_force:
        return Verdict.NOT_MET, f"{inst} enters into force only on {inst.entry_into_force}"
    return Verdict.MET, ""


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
    #: ECHR art. 3) whose other part this conflict decides: their bar on return to other cruel,
    #: inhuman or degrading treatment short of torture, which ranks as a duty that is not
    #: peremptory (the peremptory-norm rule has decided the part that is).
    beyond: tuple[StateObligation, ...] = ()

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

    def source_treaty(self, ob: StateObligation) -> Instrument | None:
        """The treaty the obligation arises under: Protocol art. I(1) obligations arise under the
        Protocol (adopted 1967), not the 1951 Convention, for a Protocol-only party."""
        return self.treaty(ob.via) if ob.via is not None else self.treaty(ob.instrument)

    def parties(self, ob: StateObligation) -> dict[str, Verdict]:
        """Whether each of the states concerned is bound by the obligation's treaty on the date
        (``UNKNOWN`` where the data cannot say, see :func:`refugeelaw.party_status`). An
        obligation that binds through another instrument (Convention arts 2–34 through Protocol
        art. I(1)) binds the parties to either instrument. A treaty among :attr:`supposed` binds
        a state the data cannot settle, as the ruling supposes.

        Where no State has a record for the obligation's treaty (an instrument of the caller's
        own, given without records: ``as_given``), the obligation is its own record: its
        state, and the counterparties it is owed to, are parties as far as it binds (a bilateral
        treaty binds both parties from the same day), and a bilateral treaty whose counterparties
        it names has no other party."""
        treaties = [t for t in (self.treaty(ob.instrument), self.treaty(ob.via)) if t is not None]
        given = as_given(ob, self.on, self.instruments, self.extra)
        named = (ob.state, *ob.counterparties) if given is not None else ()
        closed = bool(ob.counterparties) and any(t.kind == "bilateral" for t in treaties)
        out = {}
        for s in self.between:
            if given is not None and s in named:
                out[s] = given[0]
            elif given is not None and closed:
                out[s] = Verdict.NOT_MET  # the two parties the obligation names
            else:
                out[s] = Verdict.any(
                    [
                        Verdict.MET if v is Verdict.UNKNOWN and t.key in self.supposed else v
                        for t in treaties
                        for v in (party_status(s, t, on=self.on, extra=self.extra).verdict,)
                    ]
                )
        return out


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
    #: as it bars return to torture: ``peremptory.beyond_peremptory``), that part in words;
    #: the rest is decided as for a duty that is not peremptory (``precedence.decide``).
    part: str = ""
    #: With :attr:`part`: the decision for the rest, and the statement for the part alone.
    rest: Decision | None = None
    part_statement: str = ""
    #: With :attr:`part`, where the part's decision voids the displaced obligation's treaty (VCLT
    #: arts 53, 64) on the reading that it requires return to what the part bars: the decision
    #: for the rest on the other reading, on which the treaty is not void (it requires return to
    #: other ill-treatment alone). On the reading taken the void treaty ranks against no part of
    #: ``prevailing``, which stands whole (arts 44(5), 71), so :attr:`rest` is then ``None``.
    otherwise: Decision | None = None
