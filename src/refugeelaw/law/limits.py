"""The definition's limits in time and place: Art 1B of the 1951 Convention and Protocol art. I.

Art 1A(2) covers fear "as a result of events occurring before 1 January 1951"; Art 1B(1) lets each
state read those events as "(a) events occurring in Europe" or "(b) events occurring in Europe or
elsewhere". The 1967 Protocol, art. I(2)–(3), drops the dateline and applies the definition
"without any geographic limitation", save a declaration under Art 1B(1)(a) that a Convention
party chose to keep.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..countries import check_country, country_name
from ..facts import Claim
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation

__all__ = [
    "LIMITS",
    "PRESUMED_CHOICE_READING",
    "Regime",
    "before_the_protocol",
    "convention_regime",
    "dateline",
    "no_limits",
    "regime_for",
]

_CONVENTION = "refugee-convention-1951"
_PROTOCOL = "refugee-protocol-1967"
_OAU = "oau-refugee-convention-1969"


@attrs.frozen
class Regime:
    """The definition's temporal and geographic limits as they apply to one state on one date.

    Args:
        description: the regime in words, shown in explanations.
        state: the state (``None``: no state given).
        dateline: whether "events occurring before 1 January 1951" still limits the definition
            (a party to the Convention alone); ``None`` where the state is bound by the Convention
            and whether it is also bound by the Protocol is beyond the data.
        geographic_limitation: whether the events must have occurred in Europe (Art 1B(1)(a),
            kept under the Protocol by its art. I(3)); ``None`` if the state's choice is not known.
        protocol_applies: whether the state applies the Protocol's definition.
        regional: whether the state is bound by the OAU Convention on the date (its finding,
            MET, or UNKNOWN where the data cannot say), so that it applies the wider definition of
            art. I(2) too; ``None`` where it is not.
        choice_presumed: for a state the Convention's own limits bind (its dateline: bound by the
            Convention without the Protocol, or perhaps so), the words saying that its Art 1B(1)
            choice, alternative (b), is the data's presumption for a party not listed among those
            that chose alternative (a) (:data:`PRESUMED_CHOICE_READING`); empty where the choice
            is recorded, not known, or not what limits the definition.
    """

    description: str
    state: str | None = None
    dateline: bool | None = False
    geographic_limitation: bool | None = False
    protocol_applies: bool = True
    regional: Finding | None = None
    choice_presumed: str = ""

    @property
    def limited(self) -> bool:
        """Whether the dateline or a (possible) geographic limitation narrows the definition."""
        return self.dateline is not False or self.geographic_limitation is not False


#: The element the definition's limits in time and place make (:func:`dateline`).
LIMITS = "dateline and geographic limitation"

UNLIMITED = Regime("the Convention definition as amended by the 1967 Protocol (no state given)")

#: The presumption the data makes of the Art 1B(1) choice of a party to the Convention that its
#: sources do not list among the states that chose alternative (a) ("events occurring in Europe"):
#: that it chose alternative (b) ("events occurring in Europe or elsewhere"). The data's own basis
#: (``data/participation/refugee-convention-1951.json``, ``art_1b``) says that the list is not
#: complete (the UN Treaty Collection's list of the declarations under section B of article 1 was
#: not seen; six states beyond the four of its first source were found from their own texts) and
#: that the presumption, from secondary sources, is weakest for early dates. Stated in the limits'
#: finding wherever the Convention's own limits bind the state on it (:func:`dateline`), and named
#: among the positions relied on where it decides: the events are not known to have occurred in
#: Europe, and the dateline does not already exclude the person. Under the Protocol, whose art.
#: I(3) applies it "without any geographic limitation" save declarations under Art 1B(1)(a) that
#: a party already made, the library applies that rule to a party with no such declaration
#: recorded and does not name the presumption (the four states UNHCR's list of parties notes as
#: still keeping the limitation, Congo, Madagascar, Monaco and Türkiye, are in the data's list, as
#: are the six found to have kept it and extended it since): a known limit of the data, not a
#: finding that no other party kept alternative (a).
PRESUMED_CHOICE_READING = (
    "a party to the 1951 Convention that the data does not list among the states that chose "
    "alternative (a) of Art 1B(1) (events occurring in Europe) is presumed to have chosen "
    "alternative (b) (events occurring in Europe or elsewhere): the list is not complete (the UN "
    "Treaty Collection's list of the declarations under section B of article 1 was not seen), "
    "and the presumption, drawn from secondary sources, is weakest for early dates"
)


def _presumed(state: str, on: dt.date) -> str:
    """The words saying that ``state``'s Art 1B(1) choice on ``on`` is the data's presumption
    (:data:`PRESUMED_CHOICE_READING`), or ``""`` where the data records it."""
    from ..states import art_1b_presumed

    if not art_1b_presumed(state, on):
        return ""
    return (
        f"{country_name(state, on)} is not among the states the data knows to have chosen "
        "alternative (a) of Art 1B(1) (events occurring in Europe), a list the data says is not "
        "complete: its choice is presumed to be alternative (b), events occurring in Europe or "
        "elsewhere"
    )


def before_the_protocol(on: dt.date) -> str | None:
    """Before the 1967 Protocol came into force, no instrument had lifted the 1951 dateline: the
    definition was the Convention's own, with "events occurring before 1 January 1951" (Art
    1A(2)). Where ``on`` is that early, how the definition then stood, in words (``None``
    after)."""
    from ..instruments import get

    protocol, convention = get(_PROTOCOL), get(_CONVENTION)
    if protocol.entry_into_force is None or on >= protocol.entry_into_force:
        return None
    came = f"before the 1967 Protocol came into force on {protocol.entry_into_force.isoformat()}"
    if convention.adopted is not None and on < convention.adopted:
        return (
            f"the 1951 Convention's definition, {came}: the Convention itself was adopted only "
            f"on {convention.adopted.isoformat()}, after {on.isoformat()}, so its definition is "
            "applied here as a measure"
        )
    return f"the 1951 Convention's definition as it stood on {on.isoformat()}, {came}"


@reads("state", "on")
def regime_for(state: str | None, on: dt.date) -> Regime:
    """The regime of ``state`` on ``on``; with no state, the Convention as the Protocol amends it
    (before the Protocol came into force, as the Convention stood: with its dateline, and with
    no geographic limitation, which only a state's declaration under Art 1B(1)(a) imposes). A
    state bound by the OAU Convention (or perhaps bound: the data cannot say) applies its wider
    definition too."""
    if state is None:
        earlier = before_the_protocol(on)
        if earlier is None:
            return UNLIMITED
        return Regime(f"{earlier} (no state given)", dateline=True, protocol_applies=False)
    regime = treaty_regime(state, on)
    bound = oau_bound(state, on)
    return regime if bound is None else attrs.evolve(regime, regional=bound)


@reads("state", "on")
def convention_regime(state: str, on: dt.date) -> Regime:
    """The regime of ``state`` on ``on`` for the 1951 definition alone, without a regional one:
    the refugees art. 33(1) protects are the Convention's (a regional bar, such as OAU art.
    II(3), protects any person and asks no status)."""
    return attrs.evolve(regime_for(state, on), regional=None)


def oau_bound(state: str, on: dt.date) -> Finding | None:
    """Whether the OAU Convention binds ``state`` on ``on`` (``None``: it does not)."""
    from ..states import party_status

    status = party_status(state, _OAU, on=on)
    return None if status.verdict is Verdict.NOT_MET else status


def treaty_regime(state: str, on: dt.date) -> Regime:
    """The 1951 Convention's and the 1967 Protocol's limits for ``state`` on ``on``."""
    from ..states import art_1b_choice, data_speaks_for, participation

    check_country(state, field="state")
    name = country_name(state, on)

    def beyond(instrument: str) -> str | None:
        """The date the data speaks for on the state's participation in ``instrument``, where
        ``on`` is after it (a later change would not be recorded)."""
        until = data_speaks_for(state, instrument)
        return until.isoformat() if until is not None and on > until else None

    conv = participation(state, _CONVENTION)
    prot = participation(state, _PROTOCOL)
    conv_bound = conv is not None and conv.bound_on(on)
    prot_bound = prot is not None and prot.bound_on(on)

    def open_on(instrument: str) -> str | None:
        """Why the data cannot say whether ``instrument`` binds the state on ``on`` (a notification
        of succession that may reach back to the date of succession, VCSST art. 23(1) for a newly
        independent State, Part IV for a separation or dissolution; the time before a newly
        independent State's notification, which art. 23(2) suspends; a period the sources
        leave open; a former State the tables no longer list), or ``None``. Past the data's
        horizon the question is the horizon's (below), not this."""
        return None if beyond(instrument) else unrecorded(state, on, instrument)

    conv_open = None if conv_bound else open_on(_CONVENTION)
    if (
        not prot_bound
        and not conv_bound
        and prot is not None
        and prot.before_notification(on)
        and (conv is None or (conv.deposited is not None and on < conv.deposited))
    ):
        # A newly independent State before its notification of succession to the Protocol, which
        # its record dates from independence, and before any notification to the Convention:
        # read from the date of succession it is bound by the Protocol (and, were its Convention
        # succession read back too, by the Convention); read with VCSST art. 23(2), by neither
        # yet (party_status says why). Either way the definition is the Protocol's, with no
        # dateline (art. I(2)); only a declaration under Art 1B(1)(a), which art. I(3) keeps for a
        # party to the Convention, could limit it.
        choice = art_1b_choice(state, on)[0] if conv is not None else "b"
        words = (
            f"whether {name} is bound by the 1967 Protocol on {on.isoformat()} is not known "
            f"({open_on(_PROTOCOL)}); read from the date of succession it is, and read with VCSST "
            "art. 23(2) neither the Protocol nor the Convention"
            + (
                f" (notified on {conv.deposited.isoformat()})"
                if conv is not None and conv.deposited is not None
                else ""
            )
            + " yet operated for it: either way the definition is applied as the Protocol reads it"
        )
        if choice != "b":
            words += (
                ", and whether an Art 1B(1)(a) declaration (events in Europe), which art. I(3) "
                "keeps for a party to the Convention, limits it is not known"
            )
        return Regime(
            words,
            state,
            dateline=False,
            geographic_limitation=False if choice == "b" else None,
            protocol_applies=True,
        )
    if (
        not conv_bound
        and not prot_bound
        and conv is not None
        and conv.before_notification(on)
        and open_on(_PROTOCOL) is None
    ):
        # The same for the Convention, the Protocol not binding the State: read from the date of
        # succession it is bound by the Convention alone, read with VCSST art. 23(2) by neither
        # yet. Before the Protocol came into force both keep the dateline; after it, the two
        # readings part (the Convention alone keeps it, neither is read as the Protocol reads
        # it). Only the State's own choice under Art 1B(1) could limit the events to Europe.
        choice = art_1b_choice(state, on)[0]
        earlier = before_the_protocol(on)
        words = (
            f"whether {name} is bound by the 1951 Convention on {on.isoformat()} is not known "
            f"({conv_open}); read from the date of succession it is bound by the Convention "
            "alone, and read with VCSST art. 23(2) the Convention does not yet operate for it: "
            + (
                f"either way {earlier}, is applied"
                if earlier
                else "bound by the Convention alone it would keep the dateline, which the "
                "definition as the Protocol reads it, applied to a State bound by neither, does "
                "not"
            )
            + (
                ""
                if choice == "b"
                else ", and bound by the Convention it would keep its declaration under Art "
                "1B(1)(a) (events in Europe)"
                if choice == "a"
                else ", and whether it chose alternative (a) of Art 1B(1) (events in Europe) is "
                "not known"
            )
        )
        return Regime(
            words,
            state,
            dateline=True if earlier else None,
            geographic_limitation=False if choice == "b" else None,
            protocol_applies=not earlier,
            choice_presumed=_presumed(state, on) if choice == "b" else "",
        )
    if prot_bound:
        # Art I(3): only an existing declaration under Art 1B(1)(a) survives; unknown stays unknown.
        # A Convention that may bind (its participation not known) may carry one too.
        choice = art_1b_choice(state, on)[0] if conv_bound or conv_open else "b"
        geo: bool | None = None if choice is None else choice == "a"
        both = "the 1951 Convention and the 1967 Protocol" if conv_bound else "the 1967 Protocol"
        words = f"{name} is bound by {both} on {on.isoformat()}"
        if conv_open:
            words += f" (whether it is also bound by the 1951 Convention is not known: {conv_open})"
        later = beyond(_PROTOCOL)
        if later:
            words += (
                f" (the data speaks for {later}: a later withdrawal or denunciation would not be "
                "recorded)"
            )
        if geo:
            words += ", keeping its Art 1B(1)(a) declaration (events in Europe) under art. I(3)"
        elif geo is None:
            words += (
                ", and whether it keeps an Art 1B(1)(a) declaration under art. I(3) is not known"
            )
        return Regime(
            words, state, dateline=False, geographic_limitation=geo, protocol_applies=True
        )
    prot_open = open_on(_PROTOCOL)
    if conv_bound:
        held = art_1b_choice(state, on)[0]
        geo_known: bool | None = None if held is None else held == "a"
        later = beyond(_PROTOCOL)
        if later or prot_open:
            # Never more than the data knows: an accession to the Protocol since (or a succession
            # to it reaching back) would lift the dateline.
            why = (
                f"is not known ({prot_open})"
                if prot_open
                else f"is beyond the data (the data speaks for {later}: a later accession would "
                "not be recorded)"
            )
            words = (
                f"{name} is bound by the 1951 Convention on {on.isoformat()}; whether it is also "
                f"bound by the 1967 Protocol, which lifts the dateline, {why}"
            )
            return Regime(
                words,
                state,
                dateline=None,
                geographic_limitation=geo_known,
                protocol_applies=False,
                choice_presumed=_presumed(state, on) if held == "b" else "",
            )
        words = f"{name} is bound by the 1951 Convention alone on {on.isoformat()}"
        return Regime(
            words,
            state,
            dateline=True,
            geographic_limitation=geo_known,
            protocol_applies=False,
            choice_presumed=_presumed(state, on) if held == "b" else "",
        )
    neither = f"{name} is bound by neither the Convention nor the Protocol on {on.isoformat()}"
    earlier = before_the_protocol(on)
    if conv_open:
        # Not known to be bound by neither (a successor State before its notification of
        # succession, which may take effect from the date of succession, VCSST art. 23(1) for a
        # newly independent State, Part IV for a separation or dissolution; a former State
        # the status tables no longer list; a code not shown to be a State): bound by the
        # Convention alone, it would keep the dateline; bound by either, perhaps a declaration
        # under Art 1B(1)(a) (which the Protocol keeps, art. I(3)); bound by neither, no limit.
        which = "the Convention or the Protocol" if prot_open else "the Convention"
        applied = (
            f"{earlier}, is applied"
            if earlier
            else "the definition is applied as the "
            "Protocol reads it, were the state bound by it or by neither"
        )
        return Regime(
            f"whether {name} is bound by {which} on {on.isoformat()} is not known ({conv_open}): "
            f"{applied}; were it bound by the Convention alone, the dateline would apply, and were "
            "it bound by either, a declaration under Art 1B(1)(a) (which the Protocol keeps, art. "
            "I(3)) would limit the events to Europe",
            state,
            dateline=True if earlier else None,
            geographic_limitation=None,
            protocol_applies=not earlier,
        )
    if prot_open:
        # Not bound by the Convention, and bound by the Protocol or by neither: the definition
        # reads the same either way (art. I(2); art. I(3) keeps only a Convention party's
        # declaration).
        return Regime(
            f"{name} is not bound by the 1951 Convention on {on.isoformat()}, and whether it is "
            f"bound by the 1967 Protocol is not known ({prot_open}): the definition is applied as "
            "the Protocol reads it, which it is whether the Protocol binds it or not",
            state,
            protocol_applies=True,
        )
    if earlier is not None:
        return Regime(
            f"{neither}; {earlier}, is applied, without creating a treaty duty for {name}",
            state,
            dateline=True,
            protocol_applies=False,
        )
    later = beyond(_CONVENTION) or beyond(_PROTOCOL)
    if later:
        # Not known to be bound by either; were it bound by the Protocol, the reading would be
        # the same (only an accession to the Convention alone would keep the dateline).
        return Regime(
            f"the data records no participation of {name} in the Convention or the Protocol but "
            f"speaks for {later} (a later accession would not be recorded): the definition is "
            "applied as the Protocol reads it, as it is for a party to the Protocol and for a "
            "state bound by neither",
            state,
            protocol_applies=True,
        )
    return Regime(
        f"{neither}; the definition is applied as the Protocol reads it, without creating a "
        f"treaty duty for {name}",
        state,
        protocol_applies=True,
    )


def unrecorded(state: str, on: dt.date, instrument: str = _CONVENTION) -> str | None:
    """Why the data cannot say whether ``instrument`` (the Convention, unless another is named)
    binds ``state`` on ``on`` (the participation finding's words, where :func:`party_status
    <refugeelaw.party_status>` is UNKNOWN), or ``None`` where it can."""
    from ..states import party_status

    status = party_status(state, instrument, on=on)
    return status.reason if status.verdict is Verdict.UNKNOWN else None


_PROTOCOL_ART_I = (Citation(_PROTOCOL, "I(2)"), Citation(_PROTOCOL, "I(3)"))


@reads("regime.description")
def no_limits(regime: Regime) -> Finding:
    """The Protocol's definition: no dateline, no geographic limitation (the same for every claim)."""
    return finding(
        LIMITS,
        Verdict.MET,
        regime.description + ": no dateline or geographic limitation applies",
        *_PROTOCOL_ART_I,
        role="note",
    )


@reads(
    "claim.events_before_1951",
    "claim.events_in_europe",
    "regime.description",
    "regime.state",
    "regime.dateline",
    "regime.geographic_limitation",
    "regime.protocol_applies",
    "regime.choice_presumed",
)
def dateline(claim: Claim, regime: Regime) -> Finding:
    """The 1951 dateline (Art 1B(1)) binds only a party to the Convention alone; the geographic
    limitation (Art 1B(1)(a)) binds a state that declared it, under the Protocol too (art. I(3)).
    Where the Convention's own limits bind the state and its choice of alternative (b) is the
    data's presumption (``regime.choice_presumed``), the finding says so, and names
    :data:`PRESUMED_CHOICE_READING` where the presumption decides it: the events not known to
    have occurred in Europe, and the dateline not already unmet."""
    if not regime.limited:
        return no_limits(regime)
    parts = []
    missing = []
    reasons = []
    if regime.dateline is not False:
        before = Verdict.of(claim.events_before_1951)
        if regime.dateline is None:
            # Bound by the Convention, and by the Protocol too or not, beyond the data: events
            # before 1951 satisfy the definition either way.
            before = before | Verdict.UNKNOWN
            reasons.append(
                "whether the dateline still binds the state is not known: only a fear resulting "
                "from events before 1 January 1951 is covered either way"
            )
            if before is Verdict.UNKNOWN:
                # Not a fact of the claim: the state's participation is missing from the data.
                missing.append(f"states[{regime.state!r}].{_PROTOCOL}")
        else:
            reasons.append("the fear must result from events occurring before 1 January 1951")
        parts.append(before)
        if claim.events_before_1951 is None:
            missing.append("events_before_1951")
    if regime.geographic_limitation is not False:
        europe = Verdict.of(claim.events_in_europe)
        if regime.geographic_limitation is None:
            # The state's Art 1B(1) choice is unknown: events in Europe satisfy either alternative.
            europe = europe | Verdict.UNKNOWN
            reasons.append(
                "the state's Art 1B(1) choice is not known, so events outside Europe may not count"
            )
        else:
            reasons.append(
                "the state keeps alternative (a): the events must have occurred in Europe"
            )
        parts.append(europe)
        if claim.events_in_europe is None:
            missing.append("events_in_europe")
        if europe is Verdict.UNKNOWN and regime.geographic_limitation is None:
            # Not a fact of the claim: the state's declaration is missing from the data.
            missing.append(f"states[{regime.state!r}].art_1b")
    presumed = regime.choice_presumed if regime.geographic_limitation is False else ""
    if presumed:
        reasons.append(presumed)
    # Alternative (a) would ask for events in Europe: the presumption decides where they are not
    # known to have occurred there and the dateline does not already exclude the person.
    decides = bool(presumed) and claim.events_in_europe is not True and Verdict.NOT_MET not in parts
    cites = (
        Citation(_CONVENTION, "1A(2)"),
        Citation(_CONVENTION, "1B(1)"),
        *(_PROTOCOL_ART_I if regime.protocol_applies else ()),
    )
    return finding(
        LIMITS,
        Verdict.all(parts),
        f"{regime.description}; " + "; ".join(reasons),
        *cites,
        facts=["events_before_1951", "events_in_europe"],
        missing=missing,
        assumptions=(PRESUMED_CHOICE_READING,) if decides else (),
    )
