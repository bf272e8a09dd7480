"""What a state owes on a date: the refugee-relevant obligations that bind it, and why.

The duties surveyed are data (:mod:`refugeelaw.sources.duties`); who is bound, since when and with
which reservations is data too (:mod:`refugeelaw.states`). The rules here apply them: a treaty
binds a party from its entry into force (Convention art. 43(2), Protocol art. VIII(2)), through the
Protocol where the state is party to it alone (Protocol art. I(1)), not where a reservation
excludes the provision; a signatory owes only VCLT art. 18; custom binds as
:class:`~refugeelaw.Doctrine` says.

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
from collections.abc import Iterable, Mapping

import attrs

from .._arguments import Arguments, a_state
from ..countries import country_name
from ..doctrine import Doctrine
from ..instruments import Instrument
from ..instruments import get as get_instrument
from ..logic import Finding, Verdict, finding, reads
from ..results import Basis, StateObligation
from ..sources import Citation
from ..sources.duties import Duty, catalogue
from ..sources.territories import (
    TAIWAN,
    Application,
    application,
    applications,
    held,
    held_by,
    recorded_for,
    treaties_as_state,
)
from ..states import (
    Action,
    Participation,
    Reservation,
    art_1b_choice,
    data_speaks_for,
    ineligible,
    inferred,
    participants,
    participation,
    party_status,
)
from .limits import treaty_regime
from .peremptory import (
    CUSTOM,
    ILL_TREATMENT_EVIDENCE,
    NON_REFOULEMENT,
    REFUGEE_LIMB,
    TORTURE_LIMB,
    TORTURE_LIMB_DATING_READING,
    TORTURE_LIMB_EVIDENCE,
    TORTURE_ONLY_READING,
    adopted_day,
    beyond_peremptory,
    beyond_words,
    held_peremptory,
    partly_peremptory,
    peremptory_positions,
    torture_dating_decides,
    torture_only_decides,
)

VCLT_29 = Citation("vclt-1969", "29")

__all__ = [
    "ARTICLE_38_SCOPE_READING",
    "BY_JURISDICTION",
    "EARLIEST_EVIDENCE",
    "FOR_REFUGEES",
    "ILL_TREATMENT_EVIDENCE",
    "ILL_TREATMENT_NOT_YET_SHOWN",
    "JURISDICTION_OF",
    "JURISDICTION_READING",
    "NOT_YET_SHOWN",
    "NO_RESERVATION",
    "TERRITORIAL_CLAUSE",
    "TORTURE_LIMB_EVIDENCE",
    "TORTURE_NOT_YET_SHOWN",
    "Survey",
    "application_words",
    "applied_by_protocol",
    "before_the_evidence",
    "by_jurisdiction",
    "dateline_only",
    "declared_words",
    "definition_limits",
    "explain_obligations",
    "jurisdiction_territory",
    "obligation_at",
    "obligation_in_territory",
    "obligations_of",
    "others_records",
    "owed_under",
    "signable",
    "survey",
    "territory_words",
    "unrecorded_after",
    "unrecorded_part",
    "unreservable",
]


#: The earliest evidence of the customary rule the library holds: ExCom Conclusion No. 6 (XXVIII),
#: adopted on 12 October 1977, which recalls that the fundamental humanitarian principle of
#: non-refoulement is generally accepted by States (para. (a)); the day is read from the
#: conclusion's record (``data/instruments/excom-conclusions.json``). Before it, whether the rule
#: was already custom is not shown.
EARLIEST_EVIDENCE = adopted_day("excom-conclusions", "6")


def before_the_evidence(on: dt.date) -> bool:
    """Whether ``on`` is before the library's earliest evidence of the customary rule."""
    return on < EARLIEST_EVIDENCE


#: Why custom is not shown before the evidence (said by this rule and by ``obligations_of``).
NOT_YET_SHOWN = (
    "whether non-refoulement was already customary law on {on} is not shown: the earliest "
    "evidence the library holds is ExCom Conclusion No. 6, adopted on "
    + EARLIEST_EVIDENCE.isoformat()
)


#: Why the torture limb is not shown before its evidence (said by the customary bar and by
#: ``obligations_of``).
TORTURE_NOT_YET_SHOWN = (
    "whether custom already barred return to a risk of torture alone on {on} is not shown: the "
    "earliest evidence of that limb the library holds is CAT art. 3, adopted on "
    + TORTURE_LIMB_EVIDENCE.isoformat()
)

#: Why the wider reach is not shown before its evidence (said by the customary bar).
ILL_TREATMENT_NOT_YET_SHOWN = (
    "whether custom already barred return to a risk of cruel, inhuman or degrading treatment "
    "short of torture on {on} is not shown, even on the reading that it now does: the earliest "
    "statement of that reading the library names is Lauterpacht and Bethlehem's Opinion for "
    "UNHCR, completed on " + ILL_TREATMENT_EVIDENCE.isoformat()
)

_C = "refugee-convention-1951"
_P = "refugee-protocol-1967"


def signable() -> tuple[str, ...]:
    """The treaties whose signature the survey weighs under VCLT art. 18: every treaty the duties
    catalogue (:mod:`refugeelaw.sources.duties`) holds a duty of, in its order, so that a
    signatory is held to the object and purpose of each treaty the survey would list for a party
    (Protocol No. 6 for the Russian Federation, the ACHR for the United States, the OAU Convention
    for Somalia). A treaty the catalogue holds no duty of (the ICCPR's Second Optional Protocol,
    the VCLT itself) is not surveyed, for its parties or its signatories."""
    return tuple(dict.fromkeys(d.instrument for d in catalogue()))


#: The articles the Refugee Convention permits no reservation to: art. 42(1), "articles 1, 3, 4,
#: 16(1), 33, 36-46 inclusive"; the 1967 Protocol's art. VII(1) keeps arts 1, 3, 4, 16(1) and 33
#: of the Convention, as the Protocol applies them, out of reach of reservations too.
NO_RESERVATION: Mapping[str, frozenset[str]] = {
    _C: frozenset({"1", "3", "4", "16(1)", "33", *(str(n) for n in range(36, 47))}),
    # Protocol art. VII(1): reservations only "in respect of article IV" and of the application
    # under art. I of the Convention's provisions (which the Convention's own list above bounds).
    _P: frozenset({"I", "II", "III", "V", "VI", "VII", "VIII", "IX", "X", "XI"}),
}


#: Refugee Convention art. 38: "Any dispute between parties to this Convention relating to its
#: interpretation or application, which cannot be settled by other means, shall be referred to the
#: International Court of Justice at the request of any one of the parties to the dispute." No
#: reservation to it is permitted (art. 42(1)); the 1967 Protocol's own clause, art. IV, may be
#: reserved (art. VII(1)), and the Protocol applies only the Convention's arts 2 to 34 (art. I(1)).
#: A State that excluded art. IV stays bound by art. 38, but whether art. 38 reaches a dispute about
#: a refugee whom only the Protocol's definition covers is not settled by any source the library
#: holds: named on its finding, not decided.
ARTICLE_38_SCOPE_READING = (
    "Refugee Convention art. 38 is listed as binding a State that excluded 1967 Protocol art. IV "
    "by reservation, since art. 42(1) permits no reservation to it; whether it reaches a dispute "
    "about a refugee whom only the Protocol's definition covers (events after 1 January 1951, or "
    "outside Europe), to whom the State applies the Convention's articles because the Protocol "
    "says so (art. I(1)), is not settled by any source the library holds: on one reading such a "
    "dispute relates to the Convention's application and art. 38 reaches it; on the other it "
    "relates to the Protocol's, and the reservation to art. IV leaves it without a reference to "
    "the International Court of Justice"
)


def _article_38_scope(found: Survey, state: str, on: dt.date) -> Survey:
    """``found``, naming :data:`ARTICLE_38_SCOPE_READING` on the finding (and the obligation's
    notes) of Refugee Convention art. 38 where it binds ``state`` on ``on`` and a reservation
    excludes 1967 Protocol art. IV for it that day (China's, Rwanda's): the question decides
    nothing where art. IV binds too, both clauses then reaching the Court."""
    ob = found.obligation
    if ob is None or (ob.instrument, ob.provision) != (_C, "38"):
        return found
    prot = participation(state, _P)
    if prot is None or not any(r.excludes("IV", on) for r in prot.reservations):
        return found
    f = found.finding
    said = (
        f"; {country_name(state, on)} excluded 1967 Protocol art. IV, and whether art. 38 reaches "
        "a dispute about a refugee whom only the Protocol's definition covers is not settled (the "
        "reading named)"
    )
    return Survey(
        attrs.evolve(
            f,
            reason=f.reason + said,
            citations=(*f.citations, Citation(_C, "42(1)"), Citation(_P, "IV")),
            assumptions=(*f.assumptions, ARTICLE_38_SCOPE_READING),
        ),
        attrs.evolve(ob, notes=(*ob.notes, f"{ARTICLE_38_SCOPE_READING}.")),
    )


def unreservable(instrument: str, provision: str) -> bool:
    """Whether ``instrument`` permits no reservation to ``provision`` (a pinpoint: "33(1)" is
    within article 33)."""
    listed = NO_RESERVATION.get(instrument, frozenset())
    return provision in listed or provision.split("(")[0] in listed


#: Provisions whose terms another article defines, so that a statement limiting the definition
#: reaches them: CAT art. 3's "torture" is the torture art. 1 defines ("For the purposes of this
#: Convention, the term 'torture' means ..."). A statement on the definition only qualifies the
#: provision that uses it; it never excludes it.
DEFINED_BY: Mapping[tuple[str, str], tuple[str, str]] = {
    ("cat-1984", "3"): ("1", 'art. 3\'s "torture" is the torture art. 1 defines'),
}

#: Protocol art. VII(2): "Reservations made by States Parties to the Convention in accordance
#: with article 42 thereof shall, unless withdrawn, be applicable in relation to their obligations
#: under the present Protocol."
VII_2 = Citation(_P, "VII(2)")
#: The Protocol's undertaking to apply the Convention's arts 2-34: the provision that makes a
#: Convention duty binding on a party to the Protocol (alone, or before the Convention binds it).
I_1 = Citation(_P, "I(1)")


def applied_by_protocol(instrument: str, provision: str) -> bool:
    """Whether the 1967 Protocol's art. I(1) applies the provision: "The States Parties to the
    present Protocol undertake to apply articles 2 to 34 inclusive of the Convention" (a pinpoint:
    "33(1)" is within article 33)."""
    number = provision.split("(")[0]
    return instrument == _C and number.isdigit() and 2 <= int(number) <= 34


def owed_under(ob: StateObligation) -> tuple[str, ...]:
    """The treaties ``ob`` is owed under: its instrument and the one it binds through (``via``)
    and, for a duty of the Convention's arts 2 to 34 (:func:`applied_by_protocol`), both the
    Convention and the Protocol. Each party to the Protocol undertakes by its art. I(1) to apply
    those articles, so the duty is owed under the Protocol among the Protocol's parties, as it is
    under the Convention among the Convention's (VCLT art. 26): a State party to both owes it
    under each, a State party to one under that one. Which of them binds a State on a date is the
    participation data's (:func:`refugeelaw.party_status`)."""
    keys = (ob.instrument, *((ob.via,) if ob.via is not None else ()))
    if applied_by_protocol(ob.instrument, ob.provision):
        keys = (*keys, _P)
    return tuple(dict.fromkeys(keys))


@attrs.frozen
class Governing:
    """A reservation or declaration that governs a participation's obligations: the record's
    own, or (``under_vii_2``) a Refugee Convention reservation made under its art. 42, which the
    1967 Protocol's art. VII(2) applies to the Protocol's obligations."""

    reservation: Reservation
    instrument: str
    under_vii_2: bool = False

    def words(self, state: str, on: dt.date | None) -> str:
        """ "Papua New Guinea's reservation to Refugee Convention 17(1)/21/...", with the rule that
        carries it to the Protocol where it does."""
        r = self.reservation
        named = _named(r.provisions)
        return (
            f"{country_name(state, on)}'s {r.kind} to {get_instrument(self.instrument)} {named}"
            + (f", applicable under {VII_2}" if self.under_vii_2 else "")
        )


def _named(provisions: tuple[str, ...]) -> str:
    """The provisions a reservation names, in words: "17(1)/21/31", or a run of whole articles
    as a range ("1-33", Qatar's general reservation to CAT, which names none)."""
    if not provisions:
        return "(provisions not seen)"
    numbers = [int(x) for x in provisions if x.isdigit()]
    if len(numbers) == len(provisions) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}-{numbers[-1]}"
    return "/".join(provisions)


def governing(p: Participation, on: dt.date) -> tuple[Governing, ...]:
    """The reservations and declarations that govern ``p``'s obligations on ``on``: the record's
    own and, for the 1967 Protocol, the state's reservations to the Convention (art. VII(2)), from
    the day it consented to be bound by the Convention (its instrument carries them) until its
    participation in the Convention ends; each applies only while it stands (withdrawals are the
    reservation's own)."""
    own = tuple(Governing(r, p.instrument) for r in p.reservations)
    if p.instrument != _P:
        return own
    conv = participation(p.state, _C)
    if conv is None or not conv.action.binds:
        return own
    consented = conv.deposited or conv.in_force
    w = conv.withdrawal
    if (
        consented is None
        or on < consented
        or (w is not None and w.accepted and w.effective is not None and on >= w.effective)
    ):
        return own
    return own + tuple(
        Governing(r, _C, under_vii_2=True) for r in conv.reservations if r.kind == "reservation"
    )


def _doubt_words(r: Reservation) -> str:
    """Why a reservation may exclude or qualify a duty without being shown to: it spares some
    persons, its withdrawal's day is not known, or its content was not seen."""
    if r.except_for is not None:
        return (
            f"it excludes it for everyone but {r.except_for}, and the obligations of a state "
            "name no person"
        )
    return (
        f"it was withdrawn by {r.withdrawn_by.isoformat()}, on a day no source seen gives; no "
        f"source seen shows it standing from {r.in_doubt_from.isoformat()}"
        if r.withdrawn_by is not None and r.in_doubt_from is not None
        else "its content was not seen"
        if r.unseen
        else "whether it still stood is not known"
    )


def qualified(p: Participation, provision: str, on: dt.date | None = None) -> tuple[str, ...]:
    """How ``p``'s state qualified ``provision`` without excluding it, one sentence each: its
    understandings, declarations and reservations that limit the obligation but keep it (the
    United States' understanding of CAT art. 3, "more likely than not"; its reservation to ICCPR
    art. 7), those on the article that defines the provision's terms (:data:`DEFINED_BY`:
    Thailand's declaration on CAT art. 1, 2007-2023, reaches art. 3), the Convention's reserved
    under the 1967 Protocol's art. VII(2), and those that may still have stood on ``on`` (a
    withdrawal whose day is not known: "Possibly qualified"). The obligation binds; what such a
    statement does to it internationally is contested (an interpretative declaration binds no
    other party; a reservation may be invalid, VCLT art. 19), so the rules state it rather than
    apply it."""
    rules = (
        governing(p, on)
        if on is not None
        else tuple(Governing(r, p.instrument) for r in p.reservations)
    )
    out = []
    for g in rules:
        r = g.reservation
        if r.excludes(provision, on):
            continue
        definition = DEFINED_BY.get((g.instrument, provision.split("(")[0]))
        if r.concerns(provision, on):
            out.append(f"Qualified by {g.words(p.state, on)}: {r.summary} (status: {r.status}).")
        elif definition is not None and r.concerns(definition[0], on):
            out.append(
                f"Qualified by {g.words(p.state, on)} ({definition[1]}): {r.summary} "
                f"(status: {r.status})."
            )
        elif not r.unseen and (
            r.may_concern(provision, on)
            or (definition is not None and r.may_concern(definition[0], on))
        ):
            out.append(
                f"Possibly qualified by {g.words(p.state, on)} ({_doubt_words(r)}; whether it "
                f"still stood on {on.isoformat() if on else '?'} is not known): {r.summary} "
                f"(status: {r.status})."
            )
    return tuple(out)


#: The Convention's articles among the surveyed duties that are owed to refugees ("refugees
#: unlawfully in the country", art. 31(1); "a refugee lawfully in their territory", art. 32(1); "a
#: refugee", art. 33(1)), so that who is a refugee for the state decides to whom they are owed.
#: Art 1B(1) reads the definition's "events occurring before 1 January 1951" "for the purpose of
#: [the state's] obligations under this Convention" as either "(a) events occurring in Europe before
#: 1 January 1951" or "(b) events occurring in Europe or elsewhere before 1 January 1951"; the 1967
#: Protocol drops the date (art. I(2)) and applies the definition "without any geographic
#: limitation, save that existing declarations made by States already Parties to the Convention in
#: accordance with article 1 B (1) (a) of the Convention, shall, unless extended under article 1 B
#: (2) thereof, apply also under the present Protocol" (art. I(3)).
FOR_REFUGEES = frozenset({"31", "32", "33"})

_ART_1B = Citation(_C, "1B(1)")
_ART_I_2 = Citation(_P, "I(2)")
_ART_I_3 = Citation(_P, "I(3)")


def definition_limits(
    state: str, provision: str, on: dt.date
) -> tuple[str, tuple[Citation, ...]] | None:
    """How the definition's limits qualify ``state``'s duty at ``provision`` (one of
    :data:`FOR_REFUGEES`) on ``on``, in a sentence, with the provisions they rest on: a State bound
    by the Convention alone owes the duty only to refugees as a result of events occurring before
    1 January 1951 (Art 1A(2) and 1B(1); the 1967 Protocol, art. I(2), drops the date for its own
    parties); and a declaration under Art 1B(1)(a) limits it to events occurring in Europe (before
    that date where it is bound by the Convention alone; at any date under the Protocol, which
    keeps the declaration by its art. I(3)), over the period the data dates the choice; "Possibly
    qualified" where its Art 1B(1) choice, or whether the Protocol binds it, on ``on`` is not
    known. ``None`` where neither limit applies (a party to the Protocol with alternative (b), or
    to the Protocol alone, which art. I(3) gives no geographic limitation). Whether a limit applies
    is the definition's rule (:func:`.limits.treaty_regime`), the one a status determination
    applies."""
    if provision.split("(")[0] not in FOR_REFUGEES:
        return None
    regime = treaty_regime(state, on)
    if regime.geographic_limitation is False:
        return dateline_only(state, regime.dateline, on)
    conv = participation(state, _C)
    assert conv is not None  # a limitation is read only from a Convention that binds the state
    name = country_name(state, on)
    choice, basis = art_1b_choice(state, on)
    cites = (_ART_1B, *((_ART_I_3,) if regime.protocol_applies else ()))
    kept = (
        f", which {get_instrument(_P)} art. I(3) keeps under the Protocol"
        if regime.protocol_applies
        else ""
    )
    if regime.protocol_applies:
        events = (
            "events occurring in Europe, at any date (the Protocol, art. I(2), drops the 1951 date)"
        )
    elif regime.dateline:
        events = 'events occurring "in Europe before 1 January 1951" (art. 1B(1)(a))'
    else:  # bound by the Convention; by the Protocol too, or not, beyond the data
        events = (
            "events occurring in Europe before 1 January 1951, or, if it has since become bound "
            "by the 1967 Protocol (which the data cannot show), in Europe at any date (art. I(2) "
            "and (3))"
        )
    if choice is None:
        return (
            f"Possibly qualified by a declaration under Refugee Convention art. 1B(1)(a){kept}: "
            f"whether {name} applies alternative (a) on {on.isoformat()} is not known ({basis}); "
            f"if it does, it owes the duty only to refugees as a result of {events}."
        ), cites
    held = conv.art_1b_on(on)
    start = held.since if held is not None and held.since is not None else conv.in_force
    after = next((c for c in conv.art_1b_history if c.since is not None and c.since > on), None)
    until = (
        ", with no extension under art. 1B(2) recorded"
        if after is None
        else f", until {after.since.isoformat() if after.since else '?'}, "
        + (
            "when it extended its obligations to alternative (b) under art. 1B(2)"
            if after.choice == "b"
            else "from when the sources cannot say whether it keeps it"
        )
    )
    # Past the data's horizon alternative (a) is given only where a source shows it still held
    # (art_1b_choice: an extension under Art 1B(2) may come at any time).
    speaks = data_speaks_for(state, _C)
    shown = held.as_of if held is not None else None
    return (
        f"Qualified by {name}'s declaration under Refugee Convention art. 1B(1)(a){kept}: it owes "
        f"the duty only to refugees as a result of {events}; alternative (a) from "
        f"{start.isoformat() if start else '?'}{until}"
        + (
            f" (shown still held on {shown.isoformat()}, after the data's horizon of "
            f"{speaks.isoformat()})"
            if speaks is not None and shown is not None and on > speaks and after is None
            else ""
        )
        + f" (recorded: {basis})."
    ), cites


def dateline_only(
    state: str, dateline: bool | None, on: dt.date
) -> tuple[str, tuple[Citation, ...]] | None:
    """:func:`definition_limits` for a State with no geographic limitation: bound by the
    Convention alone (``dateline`` True), it owes a duty to refugees only as a result of events
    before 1 January 1951 (Art 1A(2), Art 1B(1)(b)); ``None`` where the Protocol binds it too."""
    if dateline is False:
        return None
    name = country_name(state, on)
    if dateline is None:
        return (
            f"Possibly qualified by the Refugee Convention's dateline (Art 1A(2), Art 1B(1)(b)): "
            f"{name} is bound by the Convention, and whether it is also bound by the 1967 "
            f"Protocol on {on.isoformat()} is beyond the data; if it is not, it owes the duty only "
            "to refugees as a result of events occurring before 1 January 1951 (the Protocol, art. "
            "I(2), drops the date)."
        ), (_ART_1B, _ART_I_2)
    return (
        f"Qualified by the Refugee Convention's dateline (Art 1A(2), Art 1B(1)(b)): {name} is "
        f"bound by the Convention alone on {on.isoformat()}, so it owes the duty only to refugees "
        "as a result of events occurring before 1 January 1951 (the 1967 Protocol, art. I(2), "
        "which drops the date, does not bind it)."
    ), (_ART_1B, _ART_I_2)


def _sooner_through_protocol(
    state: str, duty: Duty, conv: Participation, on: dt.date
) -> dt.date | None:
    """The day a Convention duty the 1967 Protocol applies (art. I(1): arts 2 to 34) will bind
    ``state`` through the Protocol, where that is after ``on`` and before the Convention's own
    entry into force for it (``conv``): a State that deposits both on one day is bound by the
    Protocol on deposit (art. VIII(2)), ninety days before the Convention (art. 43(2)). ``None``
    otherwise."""
    if not duty.through_protocol or conv.in_force is None:
        return None
    prot = participation(state, _P)
    if prot is None or prot.in_force is None or not prot.action.binds:
        return None
    return prot.in_force if on < prot.in_force < conv.in_force else None


@attrs.frozen
class Survey:
    """One duty considered for a state: the finding, and the obligation where it binds."""

    finding: Finding
    obligation: StateObligation | None


def _treaty_duty(
    state: str,
    duty: Duty,
    p: Participation | None,
    on: dt.date,
    doctrine: Doctrine,
    via: str | None = None,
    earlier: Participation | None = None,
) -> Survey:
    """A treaty duty binds a party from the treaty's entry into force for it, unless reserved
    (``earlier``: the 1967 Protocol's participation, for a Convention duty it made binding first
    through its art. I(1): the duty then binds, without a break, from the earlier date)."""
    cite = Citation(duty.instrument, duty.provision)
    inst = get_instrument(via or duty.instrument)
    element = f"{cite}"
    status = party_status(state, inst, on=on)
    if status.verdict is Verdict.UNKNOWN:
        # Never answer more than the data knows: after its horizon a missing record is unknown.
        return _unknown_duty(state, duty, cite, status, doctrine, via, on)
    if p is None or not p.bound_on(on):
        if p is None or p.in_force is None or not p.action.binds:
            why = f"{country_name(state, on)} is not bound by {inst} on {on.isoformat()}"
        elif on < p.in_force and p.in_doubt_from is not None:
            why = status.reason  # a year alone: not bound before it, the reason says
        elif on < p.in_force and p.never_in_force() is not None:
            # Its participation ended before the day the treaty was due to enter into force for
            # it (the GDR's accession of 4 Sep 1990, due 3 Dec 1990 under Convention art. 43(2);
            # the GDR ended on 3 Oct 1990): that day never came, as the reason says.
            why = status.reason
        elif on < p.in_force:
            why = (
                f"{inst} enters into force for {country_name(state, on)} only on "
                f"{p.in_force.isoformat()}"
            )
            sooner = _sooner_through_protocol(state, duty, p, on) if via is None else None
            if sooner is not None:
                # Protocol art. VIII(2) (in force on deposit) and art. I(1): the duty binds
                # before the Convention's ninety days (art. 43(2)) run.
                why = (
                    f"{cite} binds {country_name(state, on)} only from {sooner.isoformat()}, "
                    f"through {get_instrument(_P)} art. I(1) ({why})"
                )
        else:  # in force for it once, and no longer (a denunciation, an expulsion)
            why = status.reason
        return Survey(finding(element, Verdict.NOT_MET, why, cite), None)
    # A reservation to the Protocol's art. I(1), or to a Convention article as the Protocol's
    # art. I(1) applies it (recorded under the Convention's pinpoint), reaches that article; so
    # do the state's Convention reservations, under the Protocol's art. VII(2).
    pins = ("I(1)", duty.provision) if via == _P else (duty.provision,)
    rules = governing(p, on)
    reserved = [g for g in rules if any(g.reservation.excludes(pin, on) for pin in pins)]
    # A provision the treaty permits no reservation to stays binding whatever a record says.
    shielded = unreservable(duty.instrument, duty.provision)
    void_reservation = bool(reserved) and shielded
    if void_reservation:
        reserved = []
    if reserved:
        g = reserved[0]
        r = g.reservation
        speaks = data_speaks_for(state, g.instrument)
        if speaks is not None and on > speaks:
            return _reserved_past_horizon(state, duty, cite, g, speaks, doctrine, via, p, on)
        return Survey(
            finding(
                element,
                Verdict.NOT_MET,
                f"excluded by {g.words(state, on)}: {r.summary} (status: {r.status})",
                cite,
                *((VII_2,) if g.under_vii_2 else ()),
            ),
            None,
        )
    # Who is a refugee for the state decides to whom a duty owed to refugees is owed (Art 1B(1)).
    europe = definition_limits(state, duty.provision, on) if duty.instrument == _C else None
    limited, limits = europe if europe is not None else (None, ())
    doubtful = (
        []
        if shielded
        else [
            g
            for g in rules
            if any(g.reservation.may_exclude(pin, on) for pin in pins)
            # One of unseen content may reach only the provisions of its own treaty.
            and (not g.reservation.unseen or g.instrument == duty.instrument)
        ]
    )
    if doubtful:
        # A reservation that would exclude the duty may still have stood (its withdrawal's day
        # is not known), or one of unseen content may reach it: not excluded, not shown bound.
        g = doubtful[0]
        r = g.reservation
        why = (
            f"whether {g.words(state, on)} excludes it on {on.isoformat()} is not known "
            f"({_doubt_words(r)}): {r.summary} (status: {r.status})"
        )
        obligation = _treaty_obligation(
            state,
            duty,
            doctrine,
            via,
            p.in_force,
            _owed_to(state, duty, on),
            (f"Reservation in doubt: {why}.", *((limited,) if limited else ()), *duty.notes),
            Verdict.UNKNOWN,
            on,
        )
        return Survey(
            finding(
                element,
                Verdict.UNKNOWN,
                f"{inst} binds {country_name(state, on)}, but {why}"
                + (f"; {limited[0].lower()}{limited[1:-1]}" if limited else ""),
                cite,
                *((VII_2,) if g.under_vii_2 else ()),
                *limits,
                missing=(f"states[{state!r}].{g.instrument}.reservations",),
            ),
            obligation,
        )
    since = p.in_force
    through = f" through {get_instrument(via)} art. I(1)" if via else ""
    route = via == _P  # the Protocol's art. I(1) makes the duty binding: it is cited
    if (
        earlier is not None
        and since is not None
        and earlier.in_force is not None
        and earlier.in_force < since
        and earlier.bound_on(on)
        and not any(
            g.reservation.excludes("I(1)", on) or g.reservation.excludes(duty.provision, on)
            for g in governing(earlier, on)
        )
    ):
        # Bound first through the Protocol's art. I(1), then by the Convention itself: one duty,
        # binding without a break from the earlier date.
        through = (
            f" (through {get_instrument(_P)} art. I(1) until the Convention came into force for "
            f"{country_name(state, on)} on {since.isoformat()})"
        )
        since = earlier.in_force
        route = True
    # A reservation that excluded the duty and was withdrawn (in whole, or in part: Papua New
    # Guinea's of 20 August 2013), or that ended by its own terms (Moldova's to art. 31, made to
    # apply until its Law on Refugee Status took effect), leaves it binding from that day, not from
    # entry into force.
    lifted = max(
        (
            g.reservation.withdrawn
            for g in (*rules, *(governing(earlier, on) if earlier is not None else ()))
            if g.reservation.kind == "reservation"
            and not g.reservation.qualifies
            and g.reservation.withdrawn is not None
            and g.reservation.withdrawn <= on
            and any(g.reservation.names(pin) for pin in pins)
        ),
        default=None,
    )
    if lifted is not None and not shielded and (since is None or since < lifted):
        since = lifted
        through = (
            f" through {get_instrument(via)} art. I(1)" if via else ""
        ) + f" (a reservation excluded it until it ceased to apply on {lifted.isoformat()})"
    owed = _owed_to(state, duty, on)
    qualifications = (*qualified(p, duty.provision, on), *((limited,) if limited else ()))
    later = unrecorded_after(state, inst, on)
    # A participation inferred from a Protocol's (Greece's in the ECHR), or one whose sources give
    # no day (a year alone): bound from that day at the latest, the day it first was not being in
    # the data.
    latest = since == p.in_force and (p.in_doubt_from is not None or inferred(p) is not None)
    how = inferred(p) if latest else None
    notes = (
        *([f"{how[0].upper()}{how[1:]}."] if how else []),
        *qualifications,
        *(
            [
                f"A reservation recorded as excluding {duty.provision} is without effect: the "
                "Convention permits no reservation to it (art. 42(1); 1967 Protocol art. VII(1))."
            ]
            if void_reservation
            else []
        ),
        *duty.notes,
        *([f"Participation data status: {p.status}."] if p.status != "verified" else []),
        *([f"{later[0].upper()}{later[1:]}."] if later else []),
    )
    obligation = _treaty_obligation(state, duty, doctrine, via, since, owed, notes, Verdict.MET, on)
    return Survey(
        finding(
            element,
            Verdict.MET,
            f"binds {country_name(state, on)} since {since.isoformat() if since else '?'}"
            f"{' at the latest' if latest else ''}{through}: {duty.duty}"
            + "".join(f"; {q[:-1]}" for q in qualifications)
            + (f" ({later})" if later else ""),
            cite,
            *((I_1,) if route else ()),
            *limits,
        ),
        obligation,
    )


#: VCLT art. 22(1): "Unless the treaty otherwise provides, a reservation may be withdrawn at any
#: time"; for the Refugee Convention, its own art. 42(2) ("may at any time withdraw the
#: reservation by a communication to that effect addressed to the Secretary-General"), and for
#: the 1967 Protocol its art. VII(3) ("may at any time withdraw such reservation by a
#: communication to that effect addressed to the Secretary-General of the United Nations").
_WITHDRAWAL = (Citation("vclt-1969", "22(1)"),)
_WITHDRAWAL_OF = {_C: Citation(_C, "42(2)"), _P: Citation(_P, "VII(3)")}


def _reserved_past_horizon(
    state: str,
    duty: Duty,
    cite: Citation,
    g: Governing,
    speaks: dt.date,
    doctrine: Doctrine,
    via: str | None,
    p: Participation,
    on: dt.date,
) -> Survey:
    """A duty a reservation excluded on the last day the data speaks for (``speaks``), asked of a
    later day: a reservation may be withdrawn at any time (VCLT art. 22(1); Refugee Convention
    art. 42(2)), and a withdrawal after that day would not be recorded, so whether the duty binds
    is unknown, the reservations named as the missing datum (as a treaty's participation is
    read past the horizon: :func:`unrecorded_after`)."""
    r = g.reservation
    why = (
        f"excluded by {g.words(state, on)} as at {speaks.isoformat()}: {r.summary} (status: "
        f"{r.status}); a later withdrawal of the reservation would not be recorded"
    )
    own_clause = _WITHDRAWAL_OF.get(g.instrument)
    withdrawal = (*_WITHDRAWAL, *((own_clause,) if own_clause is not None else ()))
    obligation = _treaty_obligation(
        state,
        duty,
        doctrine,
        via,
        p.in_force,
        _owed_to(state, duty, on),
        (f"Reservation past the data's horizon: {why}.", *duty.notes),
        Verdict.UNKNOWN,
        on,
    )
    return Survey(
        finding(
            f"{cite}",
            Verdict.UNKNOWN,
            why,
            cite,
            *((VII_2,) if g.under_vii_2 else ()),
            *withdrawal,
            missing=(f"states[{state!r}].{g.instrument}.reservations",),
        ),
        obligation,
    )


def unrecorded_after(state: str, instrument: str | Instrument, on: dt.date) -> str:
    """Where ``on`` is after the last date the participation data speaks for on ``state`` and
    ``instrument`` (:func:`refugeelaw.states.data_speaks_for`), the words that say what the data
    cannot show; else ``""``. A treaty in force stays in force until a withdrawal or denunciation
    takes effect (VCLT art. 42(2)), so it is still read as binding; the answer says on what."""
    until = data_speaks_for(state, instrument)
    if until is None or on <= until:
        return ""
    # A bilateral treaty's parties may also end it by a later agreement on the same subject
    # (VCLT art. 59), which, unpublished, no depositary would record (the China–DPRK protocols).
    ended = (
        "a later withdrawal, denunciation or agreement of the parties ending it (VCLT art. 59)"
        if get_instrument(instrument).kind == "bilateral"
        else "a later withdrawal or denunciation"
    )
    return f"the data speaks for {until.isoformat()}: {ended} would not be recorded"


def _owed_to(state: str, duty: Duty, on: dt.date | None) -> str:
    """To whom ``state`` owes ``duty``, whether or not the data shows it bound: the catalogue's
    words, or, for a duty the catalogue leaves to the treaty's parties (a bilateral treaty's),
    the other parties by name (the 1986 China–DPRK protocol: North Korea, on a date its binding
    is unknown as on one it is shown)."""
    if duty.owed_to:
        return duty.owed_to
    others = [country_name(s, on) for s in _other_parties(state, duty.instrument)]
    return ", ".join(others) or "the other party"


def _other_parties(state: str, instrument: str) -> tuple[str, ...]:
    """The States other than ``state`` with a record of taking part in ``instrument``: not one
    whose record says only that it never took part (the USSR's, inferred from a first action of
    the Russian Federation's after 24 December 1991, which would otherwise name the USSR a party
    to the 2016 Russia–DPRK agreement: review s38 rt38 F1)."""
    return tuple(
        s
        for s in participants(instrument)
        if s != state
        and (found := participation(s, instrument)) is not None
        and found.action is not Action.NONE
    )


def _treaty_obligation(
    state: str,
    duty: Duty,
    doctrine: Doctrine,
    via: str | None,
    since: dt.date | None,
    owed_to: str,
    notes: tuple[str, ...],
    bound: Verdict,
    on: dt.date,
) -> StateObligation:
    """The obligation a catalogued treaty duty puts on ``state`` on ``on`` (``bound``: whether the
    data says the treaty binds it, or cannot say). Held peremptory only in part (ICCPR art. 7 and
    ECHR art. 3: :func:`.peremptory.beyond_peremptory`), its notes say which part."""
    positions = peremptory_positions(duty.instrument, duty.provision, duty.norm)
    others = _other_parties(state, duty.instrument)
    obligation = StateObligation(
        state=state,
        instrument=duty.instrument,
        provision=duty.provision,
        duty=duty.duty,
        basis=Basis.TREATY,
        since=since,
        owed_to=owed_to,
        peremptory=held_peremptory(positions, doctrine),
        absolute=duty.absolute,
        exceptions=duty.exceptions,
        via=via,
        notes=notes,
        counterparties=others if duty.owed_to is None else (),
        norm=duty.norm,
        bound=bound,
    )
    if not beyond_peremptory(obligation, doctrine, on):
        return obligation
    return attrs.evolve(
        obligation, notes=(*obligation.notes, partly_peremptory(obligation, doctrine, on))
    )


def obligation_in_territory(
    state: str,
    cite: Citation,
    doctrine: Doctrine,
    since: dt.date | None,
    notes: tuple[str, ...],
    bound: Verdict,
    on: dt.date,
) -> StateObligation | None:
    """The catalogued duty at ``cite`` as it binds ``state`` in respect of one of its territories
    (``bound``: whether it does, or the data cannot say), whatever binds the rest of its territory
    (``None``: the catalogue holds no such duty), naming states as they were named on ``on``."""
    found = next(
        (
            d
            for d in catalogue()
            if d.instrument == cite.instrument and d.provision == cite.provision
        ),
        None,
    )
    if found is None:
        return None
    return _treaty_obligation(
        state,
        found,
        doctrine,
        None,
        since,
        _owed_to(state, found, on),
        (*notes, *found.notes),
        bound,
        on,
    )


def _unknown_duty(
    state: str,
    duty: Duty,
    cite: Citation,
    status: Finding,
    doctrine: Doctrine,
    via: str | None,
    on: dt.date,
) -> Survey:
    """A duty whose treaty the data cannot say binds the state: shown as unknown, not absent."""
    obligation = _treaty_obligation(
        state,
        duty,
        doctrine,
        via,
        None,
        _owed_to(state, duty, on),
        (f"Participation unknown: {status.reason}.", *duty.notes),
        Verdict.UNKNOWN,
        on,
    )
    return Survey(
        finding(
            f"{cite}",
            Verdict.UNKNOWN,
            f"whether it binds {country_name(state, on)} is beyond the data: {status.reason}",
            cite,
            missing=status.missing,
        ),
        obligation,
    )


def _pending(p: Participation, on: dt.date) -> tuple[dt.date, str] | None:
    """Whether VCLT art. 18 holds ``p``'s state to the treaty on ``on``, not yet binding it: from
    its signature until it ratifies, or never ratifying (18(a)), and from its consent to be bound
    until the treaty enters into force for it (18(b)); since when, and what it did, in words.
    Nothing once its participation has ended (a withdrawal, or the end of the state), even where
    that came before the treaty's entry into force for it."""
    w = p.withdrawal
    if w is not None and w.accepted and w.effective is not None and on >= w.effective:
        return None
    if p.action.binds:
        if (
            p.deposited is None
            and p.in_force is not None
            and p.signature is not None
            and p.signature <= on < p.in_force
        ):
            # Signed, and bound from a day the data gives while the day of its consent is not
            # (a ratification dated by its year alone): held to the treaty until it binds.
            sig, start, bound = p.signature, p.in_doubt_from, p.in_force
            if start is None:
                return sig, (
                    f"signed on {sig.isoformat()}, pending its entry into force for it on "
                    f"{bound.isoformat()} (the day of its consent to be bound is not in the data)"
                )
            if on < start:
                return sig, (
                    f"signed on {sig.isoformat()} and not yet ratified (its ratification or "
                    f"accession is dated by its year alone, from {start.isoformat()})"
                )
            return sig, (
                f"signed on {sig.isoformat()}; its ratification or accession is dated by its "
                f"year alone, from {start.isoformat()}, and the treaty binds it from "
                f"{bound.isoformat()} at the latest"
            )
        if p.deposited is None or p.in_force is None or on >= p.in_force:
            return None  # bound by the treaty itself (or the dates are not known)
        if on >= p.deposited:
            ended = p.never_in_force()
            if ended is not None and ended.effective is not None:
                # The day the treaty would have entered into force for it never came.
                inst = get_instrument(p.instrument)
                rule = f" under art. {inst.rule.provision}" if inst.rule.provision else ""
                return p.deposited, (
                    f"to which it expressed its consent to be bound on "
                    f"{p.deposited.isoformat()}, pending its entry into force for it, due on "
                    f"{p.in_force.isoformat()}{rule}, which never came, its participation having "
                    f"ended first, on {ended.effective.isoformat()}"
                    + (f": {ended.summary}" if ended.summary else "")
                )
            return p.deposited, (
                f"to which it expressed its consent to be bound on {p.deposited.isoformat()}, "
                f"pending its entry into force for it on {p.in_force.isoformat()}"
            )
        if p.signature is not None and on >= p.signature:
            return p.signature, (
                f"signed on {p.signature.isoformat()} and not yet ratified (its consent to be "
                f"bound followed on {p.deposited.isoformat()})"
            )
        return None
    if p.signature is None or on < p.signature:
        return None
    return p.signature, f"signed on {p.signature.isoformat()} and not ratified"


def _art_18_evidence() -> dt.date | None:
    """The earliest evidence the library holds of VCLT art. 18's interim obligation as custom:
    the VCLT's adoption (data/instruments/vclt-1969.json)."""
    return get_instrument("vclt-1969").adopted


def _signature_only(state: str, on: dt.date, parts: Iterable[Participation | None]) -> list[Survey]:
    """VCLT art. 18: a state must not defeat the object and purpose of a treaty it has signed,
    until it makes clear that it will not become a party (18(a)), or to which it has expressed
    its consent to be bound, pending the treaty's entry into force (18(b)). Nothing is pending
    once the state may no longer become a party (the treaty is open only to the members of an
    organisation, and it has left: the Russian Federation, expelled from the Council of Europe on
    16 March 2022, and Protocol No. 6, art. 7). Where the data cannot say whether the state has
    since become bound by the treaty itself (:func:`refugeelaw.party_status` is ``UNKNOWN``), the
    duty is listed with ``bound`` ``UNKNOWN``: it is owed only if it has not."""
    out = []
    vclt = participation(state, "vclt-1969")
    vclt_bound = vclt is not None and vclt.bound_on(on)
    cite = Citation("vclt-1969", "18")
    for p in parts:
        pending = None if p is None else _pending(p, on)
        if p is None or pending is None:
            continue
        since, done = pending
        inst = get_instrument(p.instrument)
        element = f"{cite} ({inst})"
        closed = ineligible(state, inst, on)
        if closed is not None:
            out.append(
                Survey(
                    finding(
                        element,
                        Verdict.NOT_MET,
                        f"{country_name(state, on)} may no longer become a party to {inst} ({done}), "
                        f"so nothing is pending under art. 18: {closed}",
                        cite,
                    ),
                    None,
                )
            )
            continue
        status = party_status(state, inst, on=on)
        if status.verdict is Verdict.MET:
            continue  # bound by the treaty itself: its duties are surveyed as a party's
        unknown = status.verdict is Verdict.UNKNOWN
        if unknown and not p.action.binds:
            done = f"signed on {since.isoformat()}, with no ratification the data records"
        duty = f"to refrain from acts that would defeat the object and purpose of {inst}, {done}"
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
        # As custom, the interim obligation is shown from the library's earliest evidence of it,
        # the VCLT's adoption: before it, whether custom imposed it is not shown (as customary
        # non-refoulement before its evidence).
        evidence = _art_18_evidence()
        early = not as_treaty and evidence is not None and on < evidence
        if not as_treaty and evidence is not None:
            caveat = (
                *caveat,
                f"As custom, the obligation is shown from {evidence.isoformat()}, the adoption of "
                "the VCLT, the earliest evidence of it the library holds"
                + (
                    f": whether custom imposed it on {on.isoformat()} is not shown."
                    if early
                    else "."
                ),
            )
        verdict = Verdict.UNKNOWN if early else status.verdict if unknown else Verdict.MET
        obligation = StateObligation(
            state=state,
            instrument="vclt-1969",
            provision="18",
            duty=duty,
            basis=basis,
            since=since if as_treaty or evidence is None else max(since, evidence),
            owed_to=f"the parties to {inst}",
            contested=not as_treaty,
            notes=((f"Participation unknown: {status.reason}.",) if unknown else ()) + caveat,
            bound=verdict,
        )
        said = (
            f"{country_name(state, on)} is not yet bound by {inst}: {duty}"
            if p.action.binds
            else f"{country_name(state, on)} signed {inst}: {duty}"
            if unknown
            else f"{country_name(state, on)} signed {inst} without ratifying: {duty}"
        ) + (f" ({basis.value}: {caveat[0]})" if caveat else "")
        out.append(
            Survey(
                finding(
                    element,
                    verdict,
                    (
                        f"{said}; whether custom imposed the obligation before the VCLT's "
                        f"adoption ({evidence.isoformat()}) is not shown"
                    )
                    if early and evidence is not None
                    else (
                        f"{said}; owed only if it has not since become bound by {inst} itself, "
                        f"which is beyond the data: {status.reason}"
                    )
                    if unknown
                    else said,
                    cite,
                    *(() if as_treaty else (Citation("vclt-1969", "4"),)),
                    missing=(
                        (f"states[{state!r}].customary-international-law",)
                        if early
                        else status.missing
                        if unknown
                        else ()
                    ),
                ),
                obligation,
            )
        )
    return out


#: The customary rule in its two limbs, and in its refugee limb alone (before the earliest evidence
#: of its torture limb, :data:`TORTURE_LIMB_EVIDENCE`).
BOTH_LIMBS = (
    "not to return anyone to a territory where they face a real risk of persecution or torture"
)
REFUGEE_LIMB_ONLY = (
    "not to return a refugee, or an asylum seeker whose status is not yet determined, to a "
    "territory where they face a real risk of persecution"
)
#: The customary rule as ``Doctrine.custom_covers_ill_treatment`` reads it, from the earliest
#: statement of that reading the library names (:data:`ILL_TREATMENT_EVIDENCE`).
WIDER_LIMBS = (
    "not to return anyone to a territory where they face a real risk of persecution, of torture, "
    "or of other cruel, inhuman or degrading treatment or punishment"
)


#: Why customary non-refoulement binds Taiwan on one reading of its status and not on the other
#: (``Doctrine.taiwan_outside_china``).
TAIWAN_OPEN = (
    "whether it binds Taiwan as a State turns on whether Taiwan is a country other than China, "
    "which is contested (taiwan_outside_china): on the reading that it is, it binds Taiwan as it "
    "binds every State; on the reading that Taiwan is part of China, as Hong Kong and Macao are, "
    "Taiwan is no State"
)
TAIWAN_APART = (
    "it binds Taiwan as it binds every State, on the reading the doctrine takes that Taiwan is a "
    "country other than China (taiwan_outside_china=True)"
)


def _sentence(words: str) -> str:
    return f"{words[0].upper()}{words[1:]}."


def _custom(state: str, on: dt.date, doctrine: Doctrine) -> Survey:
    """Customary non-refoulement binds every state, if it is custom (a Doctrine choice), from the
    library's earliest evidence of the rule (before it, not shown): in its refugee limb from
    ExCom Conclusion No. 6's adoption (12 October 1977), in its torture limb from CAT art. 3's
    adoption (10 December 1984), as the return's customary bar reads it (:mod:`.custom`). Before
    that day the duty stated is the refugee limb alone, and it is peremptory only where that limb
    is held so; ``since`` is the day from which the duty, as stated, is shown. Where the doctrine
    reads the rule to reach other cruel, inhuman or degrading treatment (``custom_covers_ill_treatment``),
    the duty stated says so from the earliest statement of that reading the library names
    (:data:`ILL_TREATMENT_EVIDENCE`); the position decides the duty's words from CAT art. 3's
    adoption, and is named from then on, whichever it is. Held peremptory, the human-rights limb
    is so as the duty not to return a person to torture, as ICCPR art. 7 is
    (``torture_non_refoulement_peremptory``), and, like ICCPR art. 7, not in its reach to other
    ill-treatment short of torture; held peremptory in one limb only, it is so in that limb alone
    (:func:`.peremptory.beyond_peremptory`). Taiwan is bound as a
    State is only on the reading that it is a country other than China (``taiwan_outside_china``, named): where the doctrine
    takes no position, whether the rule binds it is unknown, turning on that position (on the
    reading that it is part of China it is no State, and its code is refused before this)."""
    cites = (
        Citation("excom-conclusions", "6"),
        Citation("excom-conclusions", "25"),
        Citation("icj-nicaragua-1986", "186"),
    )
    customary = doctrine.non_refoulement_customary
    refugee_limb = doctrine.non_refoulement_peremptory
    torture_shown = on >= TORTURE_LIMB_EVIDENCE
    wide = doctrine.custom_covers_ill_treatment
    wider_shown = wide and on >= ILL_TREATMENT_EVIDENCE
    # The rule is peremptory where either limb is: its torture limb on the position of its own
    # (once that limb is shown at all).
    peremptory = held_peremptory(
        peremptory_positions(CUSTOM, NON_REFOULEMENT, NON_REFOULEMENT)
        if torture_shown
        else (REFUGEE_LIMB,),
        doctrine,
    )
    # Unless refugee non-refoulement is held peremptory, the torture limb decides whether the rule
    # is peremptory (or may); where it is, the torture limb's position decides whether the rule is
    # so in that limb too (:func:`.peremptory.beyond_peremptory`). Either way it is named once the
    # limb is shown.
    torture_decides = torture_shown and refugee_limb is not True
    assumptions = (
        doctrine.position("non_refoulement_customary"),
        doctrine.position(REFUGEE_LIMB),
        *((doctrine.position(TORTURE_LIMB),) if torture_shown else ()),
        # Which treatment the human-rights limb reaches decides the duty's words once it is shown.
        *((doctrine.position("custom_covers_ill_treatment"),) if torture_shown else ()),
    )
    element = "customary non-refoulement"
    early = bool(customary) and before_the_evidence(on)
    if customary is False:
        return Survey(
            finding(
                element,
                Verdict.NOT_MET,
                "on the doctrine applied, non-refoulement binds only by treaty",
                *cites,
                assumptions=assumptions,
            ),
            None,
        )
    # From CAT art. 3's adoption up to the later evidence, the duty stated (both limbs, and the
    # day since which it is shown) rests on the reading that dates the torture limb from the
    # adoption: named (on the other, the refugee limb alone would be shown).
    if torture_dating_decides(on):
        assumptions = (*assumptions, TORTURE_LIMB_DATING_READING)
    # Taiwan is a State that custom binds only on the reading that it is a country other than
    # China (on the reading that it is part of China, its code is refused as a State's: a_state).
    taiwan = state == TAIWAN
    taiwan_open = taiwan and doctrine.taiwan_outside_china is None
    if taiwan:
        assumptions = (*assumptions, doctrine.position("taiwan_outside_china"))
    no_torture_limb = TORTURE_NOT_YET_SHOWN.format(on=on.isoformat())
    limbs = (
        f"Its refugee limb is shown from {EARLIEST_EVIDENCE.isoformat()} (ExCom Conclusion No. "
        f"6's adoption), its torture limb from {TORTURE_LIMB_EVIDENCE.isoformat()} "
        "(CAT art. 3's adoption): the earliest evidence of each the library holds."
        if torture_shown
        else f"Its refugee limb only: {no_torture_limb}."
    )
    if wide and torture_shown:
        limbs += (
            " On the doctrine applied, its torture limb reaches other cruel, inhuman or degrading "
            f"treatment or punishment, shown from {ILL_TREATMENT_EVIDENCE.isoformat()} "
            "(Lauterpacht and Bethlehem's Opinion for UNHCR, the earliest statement of that "
            "reading the library names)" + ("." if wider_shown else f": not yet on {on}.")
        )
    obligation = StateObligation(
        state=state,
        instrument=CUSTOM,
        provision=NON_REFOULEMENT,
        duty=WIDER_LIMBS if wider_shown else BOTH_LIMBS if torture_shown else REFUGEE_LIMB_ONLY,
        basis=Basis.PEREMPTORY if peremptory else Basis.CUSTOM,
        since=None
        if before_the_evidence(on)
        else ILL_TREATMENT_EVIDENCE
        if wider_shown
        else TORTURE_LIMB_EVIDENCE
        if torture_shown
        else EARLIEST_EVIDENCE,
        owed_to="every state (the international community)",
        peremptory=peremptory,
        # Peremptory or not, the refugee limb keeps its Art 33(2) exceptions: a peremptory norm
        # admits no derogation by treaty (VCLT art. 53), not a reading without its exceptions.
        absolute=False,
        exceptions=(Citation("refugee-convention-1951", "33(2)"),),
        norm=NON_REFOULEMENT,
        contested=customary is None or peremptory is None or taiwan,
        bound=Verdict.UNKNOWN if early or taiwan_open else Verdict.MET,
        notes=(
            "Customary status rests on state practice and opinio juris; see ExCom Conclusions "
            "No. 6 and No. 25 and Nicaragua para. 186 (paraphrased, unverified).",
            (
                "Its refugee limb has the exceptions of Refugee Convention art. 33(2); its torture "
                + (
                    "limb (other ill-treatment included) has none."
                    if wider_shown
                    else "limb has none."
                )
                if torture_shown
                else "It has the exceptions of Refugee Convention art. 33(2)."
            )
            + (
                " Held peremptory, it admits no derogation by treaty (VCLT art. 53); that does "
                "not take away the exceptions within it."
                if peremptory
                else ""
            ),
            limbs,
            *((_sentence(TAIWAN_OPEN if taiwan_open else TAIWAN_APART),) if taiwan else ()),
        ),
    )
    # Held peremptory, its reach to other ill-treatment short of torture is not (one rule with
    # ICCPR art. 7 and ECHR art. 3: :func:`.peremptory.beyond_peremptory`).
    partly = beyond_peremptory(obligation, doctrine, on)
    if partly:
        obligation = attrs.evolve(
            obligation, notes=(*obligation.notes, partly_peremptory(obligation, doctrine, on))
        )
    reason = (
        "binds every state as customary law"
        if customary
        else "binds every state only if it is customary law, which is contested"
    )
    if peremptory:
        reason += ", and as a peremptory norm"
        if torture_decides:
            reason += " in its torture limb (the duty not to return a person to torture)"
        elif torture_shown and doctrine.torture_non_refoulement_peremptory is not True:
            reason += " in its refugee limb (refugee non-refoulement)"
        if partly:
            # Not held so in the rest: what it bars beyond the limbs held (a limb held not
            # peremptory, or left open, included).
            reason += ", but not held so in so far as it bars return " + beyond_words(
                obligation, doctrine, on
            )
    if not torture_shown:
        reason += f" in its refugee limb; {no_torture_limb}"
    if early:
        reason = NOT_YET_SHOWN.format(on=on.isoformat())
    if taiwan_open:
        reason += f"; {TAIWAN_OPEN}"
    elif taiwan:
        reason += f"; {TAIWAN_APART}"
    verdict = Verdict.MET if customary and not early and not taiwan_open else Verdict.UNKNOWN
    missing = (
        *((f"states[{state!r}].{CUSTOM}",) if early else ()),
        *(("doctrine.taiwan_outside_china",) if taiwan_open else ()),
    )
    return Survey(
        finding(
            element,
            verdict,
            reason,
            *cites,
            *(() if torture_shown else (Citation("cat-1984", "3(1)"),)),
            assumptions=assumptions,
            missing=missing,
        ),
        obligation,
    )


@reads("state", "on", "doctrine")
def survey(state: str, on: dt.date, doctrine: Doctrine) -> tuple[Survey, ...]:
    """Every duty of the catalogue considered for ``state`` on ``on``, then VCLT art. 18 for
    treaties signed and not ratified, then customary non-refoulement."""
    conv = participation(state, _C)
    prot = participation(state, _P)
    convention_binds = conv is not None and conv.bound_on(on)
    protocol_binds = prot is not None and prot.bound_on(on)
    # Before a newly independent State's notification of succession to the Protocol, which its
    # record dates from independence, the Protocol's participation is the one in question (VCSST
    # art. 23(2)): a Convention duty it would apply says so, through it.
    through_protocol = protocol_binds or (prot is not None and prot.before_notification(on))
    general: list[Survey] = []
    particular: list[Survey] = []
    for duty in catalogue():
        if duty.through_protocol and through_protocol and not convention_binds:
            # Protocol art. I(1): a party to the Protocol alone applies arts 2 to 34.
            general.append(_treaty_duty(state, duty, prot, on, doctrine, via=_P))
            continue
        p = participation(state, duty.instrument)
        if duty.listed == "always":
            earlier = prot if duty.through_protocol and protocol_binds else None
            general.append(_treaty_duty(state, duty, p, on, doctrine, earlier=earlier))
        elif p is not None or (
            get_instrument(duty.instrument).kind != "bilateral"
            and party_status(state, duty.instrument, on=on).verdict is Verdict.UNKNOWN
        ):
            particular.append(_treaty_duty(state, duty, p, on, doctrine))
    signed = _signature_only(state, on, [participation(state, key) for key in signable()])
    found = (*general, *signed, *particular, _custom(state, on, doctrine))
    return tuple(_article_38_scope(_reading_named(s, on, doctrine), state, on) for s in found)


def _reading_named(found: Survey, on: dt.date, doctrine: Doctrine) -> Survey:
    """``found``, its finding naming :data:`.peremptory.TORTURE_ONLY_READING` among its
    assumptions where that reading decides which part of the obligation is peremptory (ICCPR art.
    7, ECHR art. 3, custom read to reach ill-treatment, held peremptory in the torture limb:
    :func:`.peremptory.torture_only_decides`); not where the part is the doctrine's own limb
    positions alone (custom held peremptory in one limb), which the finding names as positions."""
    ob = found.obligation
    if ob is None or not torture_only_decides(ob, doctrine, on):
        return found
    f = found.finding
    named = attrs.evolve(f, assumptions=(*f.assumptions, TORTURE_ONLY_READING))
    return Survey(named, ob)


@reads("cite", "state", "on", "doctrine")
def obligation_at(
    cite: Citation, state: str, on: dt.date, doctrine: Doctrine
) -> StateObligation | None:
    """The obligation at ``cite`` that binds ``state`` on ``on``, if one does."""
    return next(
        (
            s.obligation
            for s in survey(state, on, doctrine)
            if s.obligation is not None and s.obligation.citation == cite
        ),
        None,
    )


def _arguments(
    state: str, on: dt.date | str | None, doctrine: Doctrine | None
) -> tuple[dt.date, Doctrine]:
    args = Arguments()
    args.country("state", state)
    when = args.date("on", on)
    checked = args.doctrine(doctrine)
    args.done()
    a_state("state", state, when, doctrine=checked)
    return when, checked


def obligations_of(
    state: str, *, on: dt.date | str | None = None, doctrine: Doctrine | None = None
) -> tuple[StateObligation, ...]:
    """The refugee-relevant obligations that bind ``state`` on ``on``.

    Treaty obligations (Convention or, through Protocol art. I(1), the Convention's arts 2–34;
    CAT art. 3; ICCPR arts 6–7; the OAU Convention, the ECHR and its Protocols No. 6 and 13, the
    ACHR, for a state with a record; bilateral border protocols; the Charter: no agreement
    between a State and UNHCR is held, such as China's of 1 December 1995 on UNHCR's office in
    China, whose text the library has not verified), the VCLT art. 18 duty of a signatory of any
    of these treaties not yet bound by it (until it may no longer become a party), and customary
    non-refoulement as ``doctrine`` says: in its refugee limb from 12 October 1977 (ExCom
    Conclusion No. 6's adoption) and in its torture limb from 10 December 1984 (CAT art. 3's),
    the earliest evidence of each the library holds (before it, whether that limb bound is
    unknown). An obligation excluded by a reservation is left out;
    :func:`explain_obligations` says so. An obligation whose treaty the data cannot say binds the
    state (after the data's horizon, see :func:`refugeelaw.party_status`) is listed with
    ``bound`` ``UNKNOWN``, not left out; so is a signatory's duty where the data cannot say
    whether the state has since become bound by the treaty itself.

    >>> import refugeelaw as rl
    >>> [o.owed_to for o in rl.obligations_of("USA", on="2009-01-01") if o.provision == "18"]
    ['the parties to American Convention on Human Rights']
    >>> owed = rl.obligations_of("CHN", on="1984-06-01")
    >>> (custom,) = [o for o in owed if o.instrument == "customary-international-law"]
    >>> print(custom.since, custom.duty)
    1977-10-12 not to return a refugee, or an asylum seeker whose status is not yet determined, to a territory where they face a real risk of persecution

    Raises:
        InvalidInput: unknown state code or bad date.
    """
    when, doctrine = _arguments(state, on, doctrine)
    return tuple(s.obligation for s in survey(state, when, doctrine) if s.obligation is not None)


def explain_obligations(
    state: str, *, on: dt.date | str | None = None, doctrine: Doctrine | None = None
) -> Finding:
    """A finding tree: every obligation considered, bound or not, and why (incl. reservations)."""
    when, doctrine = _arguments(state, on, doctrine)
    surveyed = survey(state, when, doctrine)
    bound = [s for s in surveyed if s.obligation is not None and s.obligation.bound is Verdict.MET]
    unknown = [
        s for s in surveyed if s.obligation is not None and s.obligation.bound is Verdict.UNKNOWN
    ]
    name = country_name(state, when)
    return finding(
        f"obligations of {name} on {when.isoformat()}",
        Verdict.MET if bound else Verdict.UNKNOWN if unknown else Verdict.NOT_MET,
        _bound_words(len(bound), name, unknown),
        children=[*[s.finding for s in surveyed], *_territories(state, when)],
        role="conclusion",
    )


def _bound_words(bound: int, name: str, unknown: list[Survey]) -> str:
    """How many obligations bind the state named ``name`` ("1 refugee-relevant obligation binds
    Chad"), and of those whose binding is unknown, how many turn on the data and how many on a
    contested position (its name), each in number agreement."""
    if bound == 0:
        head = f"no refugee-relevant obligation {'is shown to bind' if unknown else 'binds'} {name}"
    else:
        head = f"{bound} refugee-relevant obligation{'s bind' if bound > 1 else ' binds'} {name}"
    positions: dict[str, int] = {}
    data = 0
    for s in unknown:
        asked = [
            p.removeprefix("doctrine.") for p in s.finding.missing if p.startswith("doctrine.")
        ]
        if asked:
            key = ", ".join(asked)
            positions[key] = positions.get(key, 0) + 1
        else:
            data += 1
    parts = [head]
    if data:
        parts.append(f"whether {data} more {'does' if data == 1 else 'do'} is beyond the data")
    parts.extend(
        f"whether {n} more {'does' if n == 1 else 'do'} turns on a contested position ({key})"
        for key, n in positions.items()
    )
    return "; ".join(parts)


def territory_words(place: str, on: dt.date) -> str:
    """A held territory in words: "Hong Kong, part of China" or "Hong Kong, for whose international
    relations United Kingdom was responsible on 1995-01-01"."""
    found = held(place, on)
    assert found is not None  # only asked of a held territory
    state, relation = found
    if relation == "part":
        return f"{country_name(place, on)}, part of {country_name(state, on)}"
    return (
        f"{country_name(place, on)}, for whose international relations {country_name(state, on)} was "
        f"responsible on {on.isoformat()}"
    )


#: VCLT art. 29's presumption, in words that follow "binds it there as in the rest of its
#: territory" or the like.
PRESUMPTION = (
    "unless a different intention appears from the treaty or is otherwise established (VCLT art. "
    "29)"
)


def unrecorded_part(place: str, state: str, on: dt.date) -> str | None:
    """Where ``place`` is part of ``state``'s territory on ``on`` and the data records neither that
    its treaties bind it there as in the rest of its territory (``"treaties": "entire"``) nor
    any treaty's application there (Åland for Finland, Greenland for Denmark, Saint-Barthélemy
    for France), VCLT art. 29's presumption and what is not recorded, in words that follow the
    territory's ("Åland Islands, part of Finland: ..."); else ``None``. Such a place has a country
    code of its own, a State may declare a treaty's territorial reach for such a place, and no
    source read says whether it did, so whether a different intention was established there is
    left unknown, not presumed either way."""
    if held(place, on) != (state, "part") or treaties_as_state(place, on):
        return None
    if applications(place, state):
        return None
    return (
        f"{country_name(state, on)}'s treaties bind it there as in the rest of its territory "
        f"{PRESUMPTION}, and whether a different intention was established for "
        f"{country_name(place, on)} the data does not record"
    )


#: The texts that state how far a duty that follows jurisdiction reaches, each for its own treaty:
#: the Human Rights Committee's for the ICCPR ("anyone within the power or effective control of
#: that State Party"), the Committee against Torture's for CAT (art. 2(1), "any territory under its
#: jurisdiction"), the Second Optional Protocol's own art. 1 ("No one within the jurisdiction of a
#: State Party"), and the European Court's for the ECHR (the principle, para. 74, and its
#: application to interception at sea, para. 81).
JURISDICTION_OF: Mapping[str, tuple[Citation, ...]] = {
    "iccpr-1966": (Citation("hrc-general-comment-31", "10"),),
    "iccpr-op2-1989": (Citation("hrc-general-comment-31", "10"),),
    "cat-1984": (Citation("cat-general-comment-2", "16"),),
    **dict.fromkeys(
        ("echr-1950", "echr-protocol-6-1983", "echr-protocol-13-2002"),
        (Citation("ecthr-hirsi-jamaa-2012", "74"), Citation("ecthr-hirsi-jamaa-2012", "81")),
    ),
}

#: The treaties with a territorial-application clause of their own, by which a state extends them
#: to a territory for whose international relations it is responsible, in words: they bind it in
#: respect of such a territory only as it has declared. The ECHR's Protocols No. 6 and 13 have
#: clauses of their own like the Convention's (their texts are not held).
TERRITORIAL_CLAUSE: Mapping[str, str] = {
    _C: "Refugee Convention art. 40",
    _P: "1967 Protocol art. VII(4)",
    "echr-1950": "ECHR art. 56",
    "echr-protocol-6-1983": "ECHR Protocol No. 6's territorial-application clause",
    "echr-protocol-13-2002": "ECHR Protocol No. 13's territorial-application clause",
}

#: How the library reads a treaty that follows jurisdiction and has no territorial-application
#: clause (CAT, the ICCPR, its Second Optional Protocol: :func:`by_jurisdiction`) in a territory
#: for whose international relations a state party is responsible, or a part of it of which the
#: data records nothing (:func:`jurisdiction_territory`). Named where it decides.
JURISDICTION_READING = (
    "the library reads a treaty that reaches every person within a State party's jurisdiction "
    "and has no territorial-application clause (CAT, art. 2(1): 'any territory under its "
    "jurisdiction', CAT General Comment No. 2 para. 16; the ICCPR, art. 2(1), HRC General "
    "Comment No. 31 para. 10; its Second Optional Protocol, art. 1) as binding the State in "
    "respect of a territory for whose international relations it is responsible as it binds the "
    "State, and so, a fortiori, in respect of a part of its own territory with a code of its own "
    "of which the data records nothing of its treaties (Greenland, Curaçao, Åland): a person there "
    "is within its jurisdiction, a different intention appears from the treaty (VCLT art. 29), "
    "and there is nothing for the State to declare. State practice is "
    "mixed: the United Kingdom extended the ICCPR and CAT to Hong Kong by notification (the data "
    "records their application there from 1976 and 1992), and on that practice such a treaty "
    "binds a State in respect of such a territory only as it has extended it. A record in the "
    "data of the treaty's application in the territory is followed over this reading"
)


#: The treaties :data:`JURISDICTION_READING` reads: those that follow jurisdiction and have no
#: territorial-application clause (CAT, the ICCPR and its Second Optional Protocol).
BY_JURISDICTION = tuple([i for i in JURISDICTION_OF if i not in TERRITORIAL_CLAUSE])


def jurisdiction_territory(territory: str, state: str, on: dt.date) -> bool:
    """Whether :data:`JURISDICTION_READING` reaches ``territory`` of ``state`` on ``on``: one for
    whose international relations the state is responsible, or, a fortiori, a part of its own
    territory with a code of its own of which the data records nothing of its treaties
    (:func:`unrecorded_part`: Greenland, Curaçao, Åland), a person in which is within its
    jurisdiction as a person in the rest of it is. Not a part where a different intention is
    recorded (Hong Kong and Macao for China: their records decide) or where its treaties are
    recorded as binding it as in the rest of its territory (the French overseas départements)."""
    return (
        held(territory, on) == (state, "responsible")
        or unrecorded_part(territory, state, on) is not None
    )


def by_jurisdiction(instrument: str, territory: str, state: str, on: dt.date) -> bool:
    """Whether ``instrument`` binds ``state`` in respect of ``territory`` on ``on`` as it binds the
    state, on :data:`JURISDICTION_READING`: the instrument follows jurisdiction and has no
    territorial-application clause (:data:`JURISDICTION_OF`, less :data:`TERRITORIAL_CLAUSE`), the
    territory is one the reading reaches on ``on`` (:func:`jurisdiction_territory`: one for whose
    international relations the state is responsible, or a part of it with nothing recorded),
    and the data holds no record of the instrument's application there by ``state`` (which would
    decide)."""
    return (
        instrument in BY_JURISDICTION
        and jurisdiction_territory(territory, state, on)
        and application(territory, state, instrument) is None
    )


def others_records(instrument: str, territory: str, state: str, on: dt.date) -> str:
    """What the data records of ``instrument`` in ``territory`` for a State other than ``state``
    (China's record for Macao, asked of Portugal), in words that follow "the data records nothing
    of its application there by Portugal": ``""`` where it records none. Such a record speaks of
    its own State's application, not of ``state``'s."""
    found = [
        record
        for record in recorded_for(territory, instrument)
        if record.state != state and record.applies
    ]
    if not found:
        return ""
    said = "; ".join(
        f"{country_name(record.state, on)}'s, "
        + (
            f"from {record.since}"
            if record.since is not None
            else f"shown by {record.known_by}"
            if record.known_by is not None
            else "from a date it does not give"
        )
        for record in found
    )
    whose = country_name(state, on)
    return f" (it records only {said}, which does not say whether {whose} applied it there)"


def declared_words(instrument: str, territory: str, state: str, on: dt.date) -> str:
    """Why a treaty with no record of its application in a territory of ``state`` is not known to
    bind it there, in words that follow the territory's: its treaties apply there only as it has
    declared, by the treaty's own clause where it has one (Refugee Convention art. 40); for a part
    of the state with no record at all (Åland), VCLT art. 29's presumption
    (:func:`unrecorded_part`)."""
    presumed = unrecorded_part(territory, state, on)
    if presumed is not None:
        return f": {presumed}"
    name = country_name(state, on)
    clause = TERRITORIAL_CLAUSE.get(instrument)
    if clause is not None and held(territory, on) == (state, "responsible"):
        return (
            f", where {get_instrument(instrument)} applies only as {name} has declared "
            f"({clause}: it extends to a territory for whose international relations a state is "
            "responsible only as that state declares)"
        )
    return f", where {name}'s treaties apply only as it has declared"


def application_words(record: Application, on: dt.date) -> tuple[Verdict, str]:
    """Whether the instrument of ``record`` binds its state in respect of its territory on ``on``,
    and why, in words that follow the instrument's name ("binds China in respect of Hong Kong
    since 1997-07-01"): the record's status where it is not verified, and its notes."""
    state, name = country_name(record.state, on), country_name(record.territory, on)
    sourced = "" if record.status == "verified" else f" (status: {record.status})"
    applies = record.applies_on(on)
    if applies is False:
        verdict = Verdict.NOT_MET
        words = (
            f"does not apply in {name}{sourced}"
            if not record.applies
            else f"binds {state} in respect of {name} only from {record.since}{sourced}"
        )
    elif applies is None and not record.applies:
        # Past the last date a source shows it not applying there, an extension by the state's
        # notification would not be recorded (as a participation past the data's horizon).
        assert record.as_of is not None  # applies_on says so
        verdict = Verdict.UNKNOWN
        words = (
            f"did not apply in {name} on {record.as_of.isoformat()}, the last date a source the "
            f"data holds shows that{sourced}; {state} may have extended it there since by a "
            "notification, which the data would not record, so whether it applies there on "
            f"{on.isoformat()} is not known"
        )
    elif applies is None:
        verdict = Verdict.UNKNOWN
        words = (
            f"applies in {name}, but from a date the data does not give, and no source it holds "
            f"shows it applied there by {on.isoformat()}{sourced}"
        )
    else:
        verdict = Verdict.MET
        since = (
            f"since {record.since}"
            if record.since is not None
            else f"(shown by {record.known_by}; from when, the data does not say)"
        )
        words = f"binds {state} in respect of {name} {since}{sourced}"
    return verdict, words + "".join(f". {n.rstrip('.')}" for n in record.notes)


def _territories(state: str, on: dt.date) -> list[Finding]:
    """For each territory ``state`` holds on ``on`` where its treaties apply as it has declared
    (VCLT art. 29; Hong Kong and Macao for China), what the data records of each treaty there: the
    obligations above bind it in the rest of its territory, these in that territory."""
    notes = []
    for territory in held_by(state, on):
        name = country_name(territory, on)
        if treaties_as_state(territory, on) and not applications(territory, state):
            notes.append(
                finding(
                    f"in respect of {name}",
                    Verdict.MET,
                    f"{territory_words(territory, on)}: {country_name(state, on)}'s treaties bind it "
                    "there as in the rest of its territory (VCLT art. 29: no different intention "
                    "is recorded), so the obligations above bind it there",
                    VCLT_29,
                    role="note",
                )
            )
            continue
        # The treaties that reach it by jurisdiction, on the reading, among those that bind or may
        # bind the state on the day (a treaty that binds it nowhere reaches it nowhere).
        reached = [
            i
            for i in BY_JURISDICTION
            if by_jurisdiction(i, territory, state, on)
            and party_status(state, i, on=on).verdict is not Verdict.NOT_MET
        ]
        presumed = unrecorded_part(territory, state, on)
        if presumed is not None:
            notes.append(
                finding(
                    f"in respect of {name}",
                    Verdict.UNKNOWN,
                    f"{territory_words(territory, on)}: {presumed}, so whether the obligations "
                    "above bind it there is not known" + _reached_words(reached, part=True),
                    VCLT_29,
                    *dict.fromkeys(c for i in reached for c in JURISDICTION_OF[i]),
                    role="note",
                    assumptions=(JURISDICTION_READING,) if reached else (),
                )
            )
            continue
        children = []
        for record in applications(territory, state):
            verdict, words = application_words(record, on)
            inst = get_instrument(record.instrument)
            children.append(finding(f"{inst} in {name}", verdict, words, role="note"))
        notes.append(
            finding(
                f"in respect of {name}",
                Verdict.MET,
                f"{territory_words(territory, on)}: {country_name(state, on)}'s treaties apply there "
                "only as it has declared (VCLT art. 29, for a treaty it is a party to; a treaty it "
                "is not a party to applies there only by its notification"
                + (
                    "; by their own clauses where they have one: Refugee Convention art. 40, "
                    "1967 Protocol art. VII(4), ECHR art. 56 and the like clauses of its Protocols "
                    "No. 6 and 13)"
                    if held(territory, on) == (state, "responsible")
                    else ")"
                )
                + _reached_words(reached)
                + "; a treaty not listed here is not known to apply there or not",
                VCLT_29,
                *dict.fromkeys(c for i in reached for c in JURISDICTION_OF[i]),
                children=children,
                role="note",
                assumptions=(JURISDICTION_READING,) if reached else (),
            )
        )
    return notes


def _reached_words(reached: list[str], part: bool = False) -> str:
    """The treaties that follow jurisdiction and bind a state in respect of a territory the
    reading reaches as they bind the state (``reached``, keys, each binding or maybe binding the
    state on the day), in words that follow the rule for the others: none, ``""``. ``part``: the
    territory is part of the state with nothing recorded, a person there within its jurisdiction
    a fortiori."""
    if not reached:
        return ""
    named = ", ".join(str(get_instrument(i)) for i in reached)
    if part:
        return (
            f", save those that follow jurisdiction and have no territorial-application clause "
            f"({named}): in so far as they bind it (above), they bind it there too, a person in "
            "its own territory being within its jurisdiction (the library's reading, named)"
        )
    return (
        f", save those that follow jurisdiction and have no territorial-application clause "
        f"({named}): in so far as they bind it (above), they bind it there too, a person there "
        "being within its jurisdiction, unless a record listed here says otherwise (the "
        "library's reading, named)"
    )
