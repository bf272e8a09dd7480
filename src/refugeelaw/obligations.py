"""What a state owes on a date: the refugee-relevant obligations that bind it, and why.

>>> import refugeelaw as rl
>>> def non_refoulement(state, on):
...     return [str(o.citation) for o in rl.obligations_of(state, on=on) if o.norm == "non-refoulement"]
>>> non_refoulement("CHN", "1979-06-01")   # before China joined any of the treaties
['customary international law, non-refoulement']
>>> non_refoulement("CHN", "1990-01-01")
['Refugee Convention art. 33(1)', 'CAT art. 3(1)', 'customary international law, non-refoulement']
>>> [str(o.citation) for o in rl.obligations_of("CHN", on="2004-06-30") if o.basis is rl.Basis.TREATY][:3]
['Refugee Convention art. 33(1)', 'Refugee Convention art. 31(1)', 'Refugee Convention art. 32(1)']
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Iterable

import attrs

from .countries import check_country, country_name
from .dates import parse_date, today
from .doctrine import DEFAULT_DOCTRINE, Doctrine
from .instruments import get as get_instrument
from .logic import Finding, Verdict
from .sources import Citation, cite
from .states import Participation, participation

__all__ = ["Basis", "StateObligation", "explain_obligations", "obligations_of"]

CUSTOM = "customary-international-law"


class Basis(enum.Enum):
    """Why an obligation binds: a treaty in force, customary law, or a peremptory norm."""

    TREATY = "treaty"
    CUSTOM = "custom"
    PEREMPTORY = "peremptory"


@attrs.frozen
class StateObligation:
    """One obligation of one state.

    Args:
        state: the bound state (ISO alpha-3).
        instrument: the instrument key, or ``"customary-international-law"``.
        provision: the pinpoint (``"33(1)"``) or the customary rule's name.
        duty: the duty in words.
        basis: :class:`Basis`.
        since: the date from which it binds the state (``None``: custom, no date).
        owed_to: to whom it is owed, in words (e.g. the other parties; the DPRK).
        peremptory: whether the norm is peremptory (``None``: contested).
        absolute: whether it admits no exception.
        exceptions: the provisions that state its exceptions.
        via: the instrument through which it binds, if another (e.g. Protocol art. I(1)).
        contested: whether the obligation exists only on a contested view of the law.
        notes: caveats, including unverified data behind it.
        counterparties: for a bilateral duty, the state(s) it is owed to (ISO alpha-3).
        norm: the general norm the obligation expresses, if any (``"non-refoulement"``); its
            peremptory status then follows the :class:`~refugeelaw.Doctrine` in force.
    """

    state: str
    instrument: str
    provision: str
    duty: str
    basis: Basis
    since: dt.date | None
    owed_to: str
    peremptory: bool | None = False
    absolute: bool = False
    exceptions: tuple[Citation, ...] = ()
    via: str | None = None
    contested: bool = False
    notes: tuple[str, ...] = ()
    counterparties: tuple[str, ...] = ()
    norm: str | None = None

    @property
    def citation(self) -> Citation:
        """The provision this obligation comes from."""
        return cite(self.instrument, self.provision)

    def __str__(self) -> str:
        since = f" since {self.since.isoformat()}" if self.since else ""
        return f"{self.state}: {self.citation} ({self.basis.value}{since}) — {self.duty}"


@attrs.frozen
class _Duty:
    instrument: str
    provision: str
    duty: str
    owed_to: str
    absolute: bool = False
    exceptions: tuple[Citation, ...] = ()
    non_refoulement: bool = False
    notes: tuple[str, ...] = ()


_C = "refugee-convention-1951"
_P = "refugee-protocol-1967"

# Convention duties the library reasons with. Protocol art. I(1) applies arts 2 to 34 to Protocol
# parties; art. 35 binds through the Convention only (the Protocol's own art. II is not in the data).
_CONVENTION_DUTIES = (
    _Duty(
        _C,
        "33(1)",
        "not to expel or return (refouler) a refugee in any manner whatsoever to the "
        "frontiers of territories where his life or freedom would be threatened on a Convention "
        "ground",
        "the other parties to the Convention or Protocol; it protects refugees, recognised or not",
        exceptions=(Citation(_C, "33(2)"),),
        non_refoulement=True,
    ),
    _Duty(
        _C,
        "31(1)",
        "not to penalise refugees coming directly from a territory of threat for "
        "illegal entry or presence",
        "the other parties to the Convention or Protocol",
        exceptions=(Citation(_C, "31(1)"),),
    ),
    _Duty(
        _C,
        "32(1)",
        "not to expel a refugee lawfully in its territory save on grounds of "
        "national security or public order",
        "the other parties to the Convention or Protocol",
        exceptions=(Citation(_C, "32(1)"),),
    ),
    _Duty(
        _C,
        "35(1)",
        "to co-operate with UNHCR and facilitate its supervisory duty",
        "the other parties to the Convention",
    ),
)
_PROTOCOL_DUTIES = (
    _Duty(
        _P,
        "IV",
        "to refer disputes about the Protocol's interpretation or application to the "
        "International Court of Justice at the request of a party to the dispute",
        "the other parties to the Protocol",
    ),
)
_CAT_DUTIES = (
    _Duty(
        "cat-1984",
        "3(1)",
        "not to expel, return (refouler) or extradite a person to a state "
        "where there are substantial grounds for believing he would be in danger of torture",
        "the other parties to CAT; it protects every person, whatever their status",
        absolute=True,
        non_refoulement=True,
        notes=("Art. 2(2): no exceptional circumstances whatsoever justify torture.",),
    ),
)
_ICCPR_DUTIES = (
    _Duty(
        "iccpr-1966",
        "6(1)",
        "not to deprive anyone arbitrarily of life, including by removal "
        "to a real risk of irreparable harm",
        "the other parties to the ICCPR; it protects "
        "everyone in the state's territory or jurisdiction",
        absolute=True,
        non_refoulement=True,
        notes=(
            "Non-derogable under art. 4(2). That arts 6 and 7 imply a duty of "
            "non-refoulement is the Human Rights Committee's reading (General Comment 31, "
            "unverified in the library's sources).",
        ),
    ),
    _Duty(
        "iccpr-1966",
        "7",
        "not to subject anyone to torture or cruel, inhuman or degrading "
        "treatment, including by removal to a real risk of it",
        "the other parties to the "
        "ICCPR; it protects everyone in the state's territory or jurisdiction",
        absolute=True,
        non_refoulement=True,
        notes=(
            "Non-derogable under art. 4(2); the implied non-refoulement duty is the Human "
            "Rights Committee's reading (unverified in the library's sources).",
        ),
    ),
)
_BILATERAL_DUTIES = {
    "china-dprk-border-protocol-1964": _Duty(
        "china-dprk-border-protocol-1964",
        "return",
        "to hand back persons who cross the border "
        "illegally, except those forced across by disaster (secondary sources only)",
        "",
        notes=("Article numbering and wording not verified (LAW.md section 5).",),
    ),
    "china-dprk-border-protocol-1986": _Duty(
        "china-dprk-border-protocol-1986",
        "return",
        "to hand back persons who cross the border "
        "illegally (as reported; text unpublished and unverified)",
        "",
        notes=(
            "Date, parties and content are unverified; the library treats it as binding from "
            "31 December 1986 at the latest.",
        ),
    ),
}
_CHARTER_DUTY = _Duty(
    "un-charter-1945",
    "56",
    "to take joint and separate action in co-operation with the UN to "
    "promote universal respect for, and observance of, human rights (Art. 55(c))",
    "the United Nations and its Members",
)


@attrs.frozen
class _Entry:
    finding: Finding
    obligation: StateObligation | None


def _treaty_entry(
    state: str,
    duty: _Duty,
    p: Participation | None,
    on: dt.date,
    *,
    via: str | None = None,
    peremptory: bool | None = False,
) -> _Entry:
    cite = Citation(duty.instrument, duty.provision)
    inst = get_instrument(via or duty.instrument)
    element = f"{cite}"
    if p is None or not p.bound_on(on):
        why = (
            f"{country_name(state)} is not bound by {inst} on {on.isoformat()}"
            if p is None or p.in_force is None or not p.action.binds
            else f"{inst} enters into force for {country_name(state)} only on "
            f"{p.in_force.isoformat()}"
        )
        return _Entry(Finding(element, Verdict.NOT_MET, why, citations=(cite,)), None)
    pin = "I(1)" if via == _P and duty.instrument == _C else duty.provision
    reserved = [r for r in p.reservations if r.excludes(duty.provision if via is None else pin)]
    if not reserved and via is None:
        reserved = [r for r in p.reservations if r.excludes(duty.provision)]
    if reserved:
        r = reserved[0]
        return _Entry(
            Finding(
                element,
                Verdict.NOT_MET,
                f"excluded by {country_name(state)}'s reservation to {inst} "
                f"{'/'.join(r.provisions)}: {r.summary} (status: {r.status})",
                citations=(cite,),
            ),
            None,
        )
    since = p.in_force
    owed = duty.owed_to or _bilateral_partner(duty.instrument, state)
    notes = (
        *duty.notes,
        *([f"Participation data status: {p.status}."] if p.status != "verified" else []),
    )
    ob = StateObligation(
        state=state,
        instrument=duty.instrument,
        provision=duty.provision,
        duty=duty.duty,
        basis=Basis.TREATY,
        since=since,
        owed_to=owed,
        peremptory=peremptory if duty.non_refoulement else False,
        absolute=duty.absolute,
        exceptions=duty.exceptions,
        via=via,
        notes=notes,
        counterparties=_BILATERAL_PARTNERS.get(state, ()) if not duty.owed_to else (),
        norm="non-refoulement" if duty.non_refoulement else None,
    )
    through = f" through {get_instrument(via)} art. I(1)" if via else ""
    return _Entry(
        Finding(
            element,
            Verdict.MET,
            f"binds {country_name(state)} since {since.isoformat() if since else '?'}"
            f"{through}: {duty.duty}",
            citations=(cite,),
        ),
        ob,
    )


_BILATERAL_PARTNERS = {"CHN": ("PRK",), "PRK": ("CHN",)}


def _bilateral_partner(instrument: str, state: str) -> str:
    other = _BILATERAL_PARTNERS.get(state)
    return country_name(other[0]) if other else "the other party"


@functools.lru_cache(maxsize=1024)
def _survey(state: str, on: dt.date, doctrine: Doctrine) -> tuple[_Entry, ...]:
    """Every duty considered for ``state`` on ``on``: a pure function of its arguments and the
    packaged data, so a caseload returned by one state on one date surveys it once."""
    entries: list[_Entry] = []
    peremptory = doctrine.non_refoulement_peremptory
    conv = participation(state, _C)
    prot = participation(state, _P)
    conv_bound = conv is not None and conv.bound_on(on)
    for duty in _CONVENTION_DUTIES:
        if conv_bound or prot is None or not prot.bound_on(on) or duty.provision.startswith("35"):
            entries.append(_treaty_entry(state, duty, conv, on, peremptory=peremptory))
        else:
            entries.append(_treaty_entry(state, duty, prot, on, via=_P, peremptory=peremptory))
    entries += [_treaty_entry(state, d, prot, on) for d in _PROTOCOL_DUTIES]
    cat = participation(state, "cat-1984")
    entries += [_treaty_entry(state, d, cat, on, peremptory=peremptory) for d in _CAT_DUTIES]
    iccpr = participation(state, "iccpr-1966")
    entries += [_treaty_entry(state, d, iccpr, on, peremptory=peremptory) for d in _ICCPR_DUTIES]
    entries += _signature_only(state, on, [conv, prot, cat, iccpr])
    for key, duty in _BILATERAL_DUTIES.items():
        p = participation(state, key)
        if p is not None:
            entries.append(_treaty_entry(state, duty, p, on))
    charter = participation(state, "un-charter-1945")
    if charter is not None:
        entries.append(_treaty_entry(state, _CHARTER_DUTY, charter, on))
    entries.append(_custom_entry(state, doctrine))
    return tuple(entries)


def _signature_only(state: str, on: dt.date, parts: Iterable[Participation | None]) -> list[_Entry]:
    """VCLT art. 18: a signatory must not defeat the object and purpose of the treaty it signed."""
    out = []
    vclt = participation(state, "vclt-1969")
    vclt_bound = vclt is not None and vclt.bound_on(on)
    for p in parts:
        if p is None or p.signature is None or p.action.binds or on < p.signature:
            continue
        inst = get_instrument(p.instrument)
        cite = Citation("vclt-1969", "18")
        duty = (
            f"to refrain from acts that would defeat the object and purpose of {inst}, signed "
            f"on {p.signature.isoformat()} and not ratified"
        )
        # VCLT art. 4: the Convention applies only to treaties concluded after it entered into force
        # for the state; for an older treaty (the ICCPR, 1966, for China) art. 18 binds as custom.
        as_treaty = (
            vclt_bound
            and vclt is not None
            and vclt.in_force is not None
            and inst.adopted is not None
            and inst.adopted >= vclt.in_force
        )
        basis = Basis.TREATY if as_treaty else Basis.CUSTOM
        if as_treaty:
            caveat: tuple[str, ...] = ()
        elif vclt_bound:
            caveat = (
                f"The VCLT binds the state, but {inst} was concluded before it entered into force "
                "for the state: under VCLT art. 4 art. 18 applies only as far as it reflects custom.",
            )
        else:
            caveat = (
                "VCLT not in force for the state: art. 18 applies only as far as it reflects custom.",
            )
        ob = StateObligation(
            state=state,
            instrument="vclt-1969",
            provision="18",
            duty=duty,
            basis=basis,
            since=p.signature,
            owed_to=f"the parties to {inst}",
            contested=not as_treaty,
            notes=caveat,
        )
        out.append(
            _Entry(
                Finding(
                    f"{cite} ({inst})",
                    Verdict.MET,
                    f"{country_name(state)} signed {inst} without ratifying: {duty}"
                    + (f" ({basis.value}: {caveat[0]})" if caveat else ""),
                    citations=(cite, *(() if as_treaty else (Citation("vclt-1969", "4"),))),
                ),
                ob,
            )
        )
    return out


def _custom_entry(state: str, doctrine: Doctrine) -> _Entry:
    cites = (
        Citation("excom-conclusions", "6"),
        Citation("excom-conclusions", "25"),
        Citation("icj-nicaragua-1986", "186"),
    )
    customary = doctrine.non_refoulement_customary
    peremptory = doctrine.non_refoulement_peremptory
    assumptions = (
        doctrine.position("non_refoulement_customary"),
        doctrine.position("non_refoulement_peremptory"),
    )
    element = "customary non-refoulement"
    if customary is False:
        return _Entry(
            Finding(
                element,
                Verdict.NOT_MET,
                "on the doctrine applied, non-refoulement binds only by treaty",
                citations=cites,
                assumptions=assumptions,
            ),
            None,
        )
    basis = Basis.PEREMPTORY if peremptory else Basis.CUSTOM
    ob = StateObligation(
        state=state,
        instrument=CUSTOM,
        provision="non-refoulement",
        duty="not to return anyone to a territory where they face a real risk of persecution or "
        "torture",
        basis=basis,
        since=None,
        owed_to="every state (the international community)",
        peremptory=peremptory,
        absolute=bool(peremptory),
        norm="non-refoulement",
        contested=customary is None or peremptory is None,
        notes=(
            "Customary status rests on state practice and opinio juris; see ExCom Conclusions "
            "No. 6 and No. 25 and Nicaragua para. 186 (paraphrased, unverified).",
        ),
    )
    reason = (
        "binds every state as customary law"
        if customary
        else "binds every state only if it is customary law, which is contested"
    )
    if peremptory:
        reason += ", and as a peremptory norm"
    verdict = Verdict.MET if customary else Verdict.UNKNOWN
    return _Entry(Finding(element, verdict, reason, citations=cites, assumptions=assumptions), ob)


def obligations_of(
    state: str, *, on: dt.date | str | None = None, doctrine: Doctrine | None = None
) -> tuple[StateObligation, ...]:
    """The refugee-relevant obligations that bind ``state`` on ``on``.

    Treaty obligations (Convention or, through Protocol art. I(1), the Convention's arts 2–34;
    CAT art. 3; ICCPR arts 6–7; bilateral border protocols; the Charter), VCLT art. 18 duties of a
    signatory, and customary non-refoulement as ``doctrine`` says. An obligation excluded by a
    reservation is left out; :func:`explain_obligations` says so.

    Raises:
        InvalidInput: unknown state code or bad date.
    """
    check_country(state, field="state")
    when = today() if on is None else parse_date(on, field="on")
    entries = _survey(state, when, doctrine or DEFAULT_DOCTRINE)
    return tuple(e.obligation for e in entries if e.obligation is not None)


def explain_obligations(
    state: str, *, on: dt.date | str | None = None, doctrine: Doctrine | None = None
) -> Finding:
    """A finding tree: every obligation considered, bound or not, and why (incl. reservations)."""
    check_country(state, field="state")
    when = today() if on is None else parse_date(on, field="on")
    entries = _survey(state, when, doctrine or DEFAULT_DOCTRINE)
    bound = [e for e in entries if e.obligation is not None]
    return Finding(
        f"obligations of {country_name(state)} on {when.isoformat()}",
        Verdict.MET if bound else Verdict.NOT_MET,
        f"{len(bound)} refugee-relevant obligations bind {country_name(state)}",
        children=tuple(e.finding for e in entries),
        role="conclusion",
    )
