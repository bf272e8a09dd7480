"""Art 1A(2): "... is unable or, owing to such fear, is unwilling to avail himself of the
protection of that country"; second paragraph: "... a person shall not be deemed to be lacking the
protection of the country of his nationality if, without any valid reason based on well-founded
fear, he has not availed himself of the protection of one of the countries of which he is a
national."
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Actor, Claim, Ground, Harm, Motive, Person, Protection
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from ..sources.territories import TAIWAN, in_china
from .iccpr import not_prevented
from .terms import (
    ART_1A2,
    CONTROLLING_STATE_READING,
    by_controlling_state,
    controlled_place,
    handbook,
    harm_path,
)
from .territory import same_state

__all__ = [
    "AGENT_READING",
    "OWN_REASONS_READING",
    "ROK_NATIONALITY_READING",
    "VALID_REASON_READING",
    "agent_on_own_account",
    "agents_on_own_account",
    "agents_reading_decides",
    "agents_reading_relied",
    "answered_by_protection",
    "declined_for_fear",
    "declined_where",
    "fears_there",
    "lacks_protection",
    "protection_of",
    "rok_reading",
    "state_persecutors",
    "unanswered_by_state",
    "unnamed_persecutors",
    "unprotected_there",
    "withheld_for",
    "withholding",
]


#: The UNHCR Handbook's paragraphs on the protection element: for a national (paras 97-100, and
#: 106-107 where there is more than one nationality) and for a stateless person (paras 101-105).
_NATIONAL, _DUAL, _STATELESS = handbook("97-100"), handbook("106-107"), handbook("101-105")


def _element_cites(stateless: bool, dual: bool) -> tuple[Citation, ...]:
    """What a country's protection element cites: Art 1A(2), the Handbook on the country of
    nationality (or former habitual residence), and on one of several countries of nationality
    (Art 1A(2), second paragraph), and para. 65 on agents of persecution."""
    return (
        ART_1A2,
        _STATELESS if stateless else _NATIONAL,
        *((_DUAL,) if dual and not stateless else ()),
        handbook("65"),
    )


#: *Horvath v SSHD* [2001] 1 AC 489: against harm from others, protection is a system of criminal
#: law and a reasonable willingness to enforce it, not a guarantee.
HORVATH = Citation("horvath-v-sshd-2000", "holding")
#: The reading that test is, named wherever available protection defeats a claim on it: other
#: jurisdictions ask whether the protection brings the risk below a well-founded fear.
HORVATH_READING = (
    "protection against harm from others is judged as Horvath v SSHD judges it: a system of law "
    "that punishes the harm and a reasonable willingness to enforce it suffice, whatever risk "
    "remains; whether protection must instead bring the risk below a well-founded fear is "
    "contested, and not modelled"
)

#: *Thabet v Canada (MCI)* [1998] 4 FC 21 (FCA): a stateless person with more than one country of
#: former habitual residence must show persecution in one of them and that they cannot return to
#: any other, read under ``Doctrine(return_to_other_residences=True)``: the position named in
#: every finding that applies it.
THABET = Citation("thabet-v-canada-1998", "holding")
THABET_READING = Doctrine(return_to_other_residences=True).position("return_to_other_residences")


def _who(path: str) -> str:
    """The fact that says who would inflict a fear's harm (``"fears"``: what is feared at all)."""
    return path if path == "fears" else f"{path}.actor"


class _Words:
    """How a country's protection element names the state that persecutes and the protection
    there: "the state of X" and "its protection"; for a place of its own that names no State on
    the date, "the agents of a State in control of X" and "protection there"
    (:data:`~refugeelaw.law.terms.CONTROLLING_STATE_READING`), the place not called a State;
    for Taiwan on the reading that it is part of China, the state of China."""

    __slots__ = ("controlled", "offered", "protector", "state", "the_protection")

    def __init__(self, country: str, name: str, on: dt.date | None, apart: bool | None) -> None:
        self.controlled = controlled_place(country, on)
        if self.controlled:
            self.state = f"the agents of a State in control of {name}"
            self.protector = f"the authorities in control of {name}"
            self.offered = f"protection in {name} is found available"
            self.the_protection = "the protection there"
        else:
            self.state = (
                f"the state of {country_name(in_china(TAIWAN), on)} ({name} part of it on the "
                "reading taken, taiwan_outside_china=False)"
                if country == TAIWAN and apart is False
                else f"the state of {name}"
            )
            self.protector = name
            self.offered = f"{name} is found to offer protection"
            self.the_protection = "its protection"

    def persecutes(self) -> str:
        """That the state is itself the persecutor, in words."""
        if self.controlled:
            return f"{self.state} are the persecutors"
        return f"{self.state} is itself the persecutor"

    def unavailable(self) -> str:
        """That, so, its protection is unavailable, in words."""
        if self.controlled:
            return "so no protection there answers them"
        return "so its protection is unavailable"

    def if_persecutes(self) -> str:
        """That were the state the persecutor, its protection would be unavailable, in words."""
        if self.controlled:
            return f"if {self.state} are the persecutors, no protection there answers them"
        return f"if {self.state} is the persecutor, its protection is unavailable"


@reads(
    "country",
    "stated",
    "persecutors",
    "unnamed",
    "stateless",
    "others",
    "withholding",
    "dual",
    "there",
    "on",
    "apart",
    "answered",
)
def protection_of(
    country: str,
    stated: Protection | None,
    persecutors: tuple[tuple[str, Verdict, tuple[str, ...]], ...],
    unnamed: tuple[str, ...] = (),
    stateless: bool = False,
    others: bool = False,
    withholding: tuple[str, ...] = (),
    dual: bool = False,
    there: tuple[tuple[str, Verdict, tuple[str, ...]], ...] | None = (),
    on: dt.date | None = None,
    apart: bool | None = None,
    answered: tuple[str, ...] = (),
) -> Finding:
    """Unable or, owing to the fear, unwilling to avail of this country's protection.

    Args:
        country: the country of nationality (or former habitual residence).
        stated: what the decision-maker found it offers (``None``: nothing stated).
        persecutors: the fears whose harm that country's state would inflict, or from whose harm
            it withholds its protection for a Convention reason (``withholding``), and which may
            qualify: each one's path, verdict and the facts it still needs. Protection withheld
            from a harm for a Convention reason is protection the person cannot have against it:
            persecution is serious harm together with that failure (*Islam; Shah*).
        unnamed: the paths of the fears in that country whose persecutor is not known: were it
            the state, its protection would be unavailable, so who it is may decide the element.
        stateless: the country is a stateless person's former habitual residence.
        others: some fear that may still qualify is not one of ``persecutors`` still open (a
            fear in another country of nationality, or of someone else): were those open fears
            to fail, this country's protection could still decide the case.
        dual: the person has more than one nationality (Art 1A(2), second paragraph).
        withholding: the paths among ``persecutors`` of the fears whose harm someone other
            than the state (or someone not known) would inflict, the state withholding its
            protection from it for a Convention reason (``Harm.protection_withheld_for``).
        there: every fear the claim states in this country, whoever would inflict it: each
            one's path, its verdict as a well-founded fear of being persecuted for a Convention
            reason, and the facts it still needs (``None``: what the person fears is not known).
            Read only where the protection is found declined for a valid reason based on
            well-founded fear (:func:`declined_for_fear`).
        on: the date, on which the country is named (``countries.country_name``). A place that
            names no State on it, a territory of its own (Palestine before 29 November 2012,
            Western Sahara), is not called a State: a harm by "the state" there is the agents'
            of a State in control of it, and no protection there answers it
            (:data:`~refugeelaw.law.terms.CONTROLLING_STATE_READING`, named where it decides).
        apart: ``Doctrine.taiwan_outside_china``: on ``False`` the state persecuting in Taiwan
            is named as China's, of which Taiwan is part on that reading.
        answered: the paths of the fears stated in this country whose harm others would inflict,
            the state not withholding its protection from it for a Convention reason, and which
            may still be a well-founded fear of persecution (:func:`answered_by_protection`).
            Where the country is found to offer protection, it is Horvath's test that makes that
            protection answer them (:data:`HORVATH_READING`, named): for one country of
            nationality always, and for one of several, or a stateless person's former home,
            where the claim states such a fear there.
    """
    name = country_name(country, on)
    path = f"protection[{country!r}]"
    element = f"protection of {name}"
    cites = _element_cites(stateless, dual)
    words = _Words(country, name, on, apart)
    #: The reading a finding that the state persecutes rests on, for a place of its own.
    controlling = (CONTROLLING_STATE_READING,) if words.controlled else ()
    if withholding:
        cites = (*cites, Citation("islam-v-sshd-1999", "holding"))
    paths = [p for p, _, _ in persecutors]

    def shown_by(fears: list[str]) -> list[str]:
        """The facts that show the state's protection cannot answer these fears."""
        return [f"{p}.protection_withheld_for" if p in withholding else f"{p}.actor" for p in fears]

    def withholds(fears: list[str]) -> str:
        """That the state withholds its protection from these fears' harm, in words."""
        feared = ", ".join(fears)
        if words.controlled:
            return (
                f"{words.protector} withhold their protection from the harm feared ({feared}) "
                "for a Convention reason"
            )
        return (
            f"{name} withholds its protection from the harm feared ({feared}) for a Convention "
            "reason"
        )

    def named(fears: list[str]) -> str:
        """What these fears say of the state, in words."""
        own = [p for p in fears if p not in withholding]
        withheld = [p for p in fears if p in withholding]
        return "; ".join(
            [
                *([f"{', '.join(own)} names {words.state} as the persecutor"] if own else []),
                *([withholds(withheld)] if withheld else []),
            ]
        )

    if stated is Protection.AVAILABLE:
        # Art 1A(2), second paragraph: not lacking protection who, "without any valid reason based
        # on well-founded fear", has not availed of it. A well-founded fear of persecution by the
        # state itself is such a reason.
        feared = [p for p, v, _ in persecutors if v is Verdict.MET]
        by_state = [p for p in feared if p not in withholding]
        if by_state:
            return finding(
                element,
                Verdict.MET,
                f"{words.offered}, but the person has a well-founded fear of persecution by "
                f"{words.state}{'' if words.controlled else ' itself'} ({', '.join(by_state)}): "
                f"owing to that fear, the person may refuse {words.the_protection}",
                *cites,
                facts=[path, *shown_by(by_state)],
                assumptions=controlling,
            )
        if feared:
            return finding(
                element,
                Verdict.MET,
                f"{words.offered}, but "
                + (f"{words.protector} withhold" if words.controlled else "withholds")
                + f" it from the harm feared ({', '.join(feared)}) for a Convention reason: "
                "against that harm the person has none",
                *cites,
                facts=[path, *shown_by(feared)],
            )
        usable = (
            f"protection in {name} is available, and the person could use it"
            if words.controlled
            else f"{name} offers protection that the person could use"
        )
        # Horvath's test answers a fear of others stated here: for one of several countries, or
        # a stateless person's former home, only where the claim states one (else the clause
        # below decides alone: a dual national who fears nothing in the other country).
        horvath = (
            f"against the harm feared there from others ({', '.join(answered)}), a system of law "
            "that punishes it and a reasonable willingness to enforce it suffice, so that "
            "protection answers it, and "
            if answered and (dual or stateless)
            else ""
        )
        reason = f"{usable}: {horvath}" + (
            # Thabet: another country of former habitual residence the person could return to.
            "a stateless person who could return, without a well-founded fear of persecution, to "
            "another of their countries of former habitual residence does not need international "
            "protection"
            if dual and stateless
            # Art 1A(2), second paragraph: each country of nationality in turn.
            else "a person is not lacking protection who, without valid reason based on fear, has "
            "not availed of it"
            if dual
            else "the person is neither unable nor, owing to a well-founded fear of being "
            "persecuted, unwilling to return to it"
            if stateless
            # Art 1A(2), first paragraph, against harm from others: protection need not be a
            # guarantee (Horvath).
            else "against harm from others, a system of law that punishes it and a reasonable "
            "willingness to enforce it suffice, so the person is neither unable nor, owing to a "
            "well-founded fear, unwilling to avail of it"
        )
        # Where a fear of the state is still open, the clause that settles it waits.
        so_far = reason if dual else usable
        if dual and stateless:
            cites = (*cites, THABET)
        if (not dual and not stateless) or horvath:
            cites = (*cites, HORVATH)
        if persecutors:
            return finding(
                element,
                Verdict.UNKNOWN,
                f"{so_far}; but {named(paths)}: if that fear is well-founded, "
                + (
                    "the state's protection does not answer it"
                    if any(p in withholding for p in paths)
                    else "it is a valid reason not to avail of the state's protection"
                ),
                *cites,
                facts=[path, *shown_by(paths)],
                missing=[
                    *[m for _, _, needs in persecutors for m in needs],
                    *[_who(p) for p in unnamed],
                ],
            )
        if unnamed == ("fears",):  # nothing feared is stated yet: the state may be the persecutor
            return finding(
                element,
                Verdict.UNKNOWN,
                f"{so_far}; but what the person fears is not known: a well-founded fear of "
                f"persecution by {words.state}{'' if words.controlled else ' itself'} would be a "
                f"valid reason not to avail of {words.the_protection}",
                *cites,
                facts=[path],
                missing=["fears"],
            )
        if unnamed:  # were the state the persecutor, a well-founded fear of it would be a reason
            return finding(
                element,
                Verdict.UNKNOWN,
                f"{so_far}; but who would inflict the harm feared there ({', '.join(unnamed)}) "
                f"is not known: if it is {words.state}, a well-founded fear of "
                f"it is a valid reason not to avail of {words.the_protection}",
                *cites,
                facts=[path],
                missing=[_who(p) for p in unnamed],
            )
        return finding(
            element,
            Verdict.NOT_MET,
            reason,
            *cites,
            facts=[path],
            assumptions=(HORVATH_READING,) if HORVATH in cites else (),
        )
    if stated is Protection.UNAVAILABLE:
        return finding(
            element,
            Verdict.MET,
            f"protection in {name} is unavailable"
            if words.controlled
            else f"{name}'s protection is unavailable",
            *cites,
            facts=[path],
        )
    if stated is Protection.REFUSED_FOR_VALID_REASON:
        return declined_for_fear(country, there, stateless, dual, on)
    # A fear of the state itself makes its protection unavailable if it is well-founded. One still
    # open decides the element only where nothing else feared could qualify: if it failed, no
    # fear would be left to make the person a refugee, so the protection would not matter.
    shown = [p for p, v, _ in persecutors if v is Verdict.MET or not others]
    if shown:
        withheld = [p for p in shown if p in withholding]
        own = [p for p in shown if p not in withholding]
        return finding(
            element,
            Verdict.MET,
            (
                withholds(withheld) + (f", and {words.persecutes()}" if own else "")
                if withheld
                else words.persecutes()
            )
            + f", {words.unavailable()}",
            *cites,
            facts=shown_by(shown),
            assumptions=controlling if own else (),
        )
    reason = f"whether {words.protector} would protect the person is not known"
    if paths:  # a fear the state's protection cannot answer, not yet shown to be well-founded
        reason += f"; {named(paths)}: if that fear is well-founded, its protection is unavailable"
    if unnamed == ("fears",):
        reason += f", nor what the person fears: {words.if_persecutes()}"
    elif unnamed:
        reason += (
            f", nor who would inflict the harm feared there ({', '.join(unnamed)}): "
            f"{words.if_persecutes()}"
        )
    return finding(
        element,
        Verdict.UNKNOWN,
        reason,
        *cites,
        facts=shown_by(paths),
        missing=[
            path,
            *[m for _, _, needs in persecutors for m in needs],
            *[_who(p) for p in unnamed],
        ],
    )


#: The reading :func:`declined_for_fear` applies, named wherever it decides.
VALID_REASON_READING = (
    'the "valid reason based on well-founded fear" for not availing oneself of the protection '
    "of a country of nationality (Art 1A(2), second paragraph) is read as a well-founded fear "
    "of being persecuted for a Convention reason in that country, the fear the definition "
    "speaks of (UNHCR Handbook paras 106-107: protection is needed only where the person cannot "
    "or will not use the protection of each country of nationality): where every fear the claim "
    "states there is found not to be one, the finding that its protection is declined for such "
    "a reason is not borne out by the claim, and is not relied on; whether a fear of harm that "
    "is not persecution for a Convention reason can be a valid reason is not modelled"
)


@reads("country", "there", "stateless", "dual", "on")
def declined_for_fear(
    country: str,
    there: tuple[tuple[str, Verdict, tuple[str, ...]], ...] | None,
    stateless: bool = False,
    dual: bool = False,
    on: dt.date | None = None,
) -> Finding:
    """A country's protection found declined "for a valid reason based on well-founded fear"
    (``Protection.REFUSED_FOR_VALID_REASON``), weighed against the fears the claim states there
    (``there``: each one's path, verdict and the facts it still needs; ``None``: what the person
    fears is not known). Art 1A(2), second paragraph: a person "shall not be deemed to be lacking
    the protection of the country of his nationality if, without any valid reason based on
    well-founded fear, he has not availed himself of the protection of one of the countries of
    which he is a national" (for a stateless person, "unable or, owing to such fear, is
    unwilling to return to it"). The reason is a well-founded fear of persecution there
    (:data:`VALID_REASON_READING`): one stated and met bears the finding out; one still open
    leaves it open; every one stated found not to be such a fear leaves the person declining
    protection without such a reason (the element not met); none stated, the finding stands,
    resting on a fear the claim does not record. The country is named as it was on ``on``."""
    name = country_name(country, on)
    path = f"protection[{country!r}]"
    element = f"protection of {name}"
    cites = _element_cites(stateless, dual)
    declined = (
        f"{name}'s protection is declined for a valid reason based on well-founded fear (a "
        "finding of the decision-maker)"
    )
    if there is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"{declined}, but what the person fears is not known, nor so whether a well-founded "
            f"fear of persecution in {name} is that reason",
            *cites,
            facts=[path],
            missing=["fears"],
        )
    met = [p for p, v, _ in there if v is Verdict.MET]
    if met:
        return finding(
            element,
            Verdict.MET,
            f"{declined}: the person has a well-founded fear of persecution there "
            f"({', '.join(met)})",
            *cites,
            facts=[path, *met],
        )
    still_open = [(p, needs) for p, v, needs in there if v is Verdict.UNKNOWN]
    if still_open:
        paths = ", ".join(p for p, _ in still_open)
        return finding(
            element,
            Verdict.UNKNOWN,
            f"{declined}, but whether what the person fears there ({paths}) is a well-founded "
            "fear of persecution is not yet known: if it is not, the protection is declined "
            "without such a reason",
            *cites,
            facts=[path, *(p for p, _ in still_open)],
            missing=dict.fromkeys([m for _, needs in still_open for m in needs]),
            assumptions=(VALID_REASON_READING,),
        )
    if there:
        paths = ", ".join(p for p, _, _ in there)
        who = (
            "a stateless person who could return to it without a well-founded fear is not "
            "unable or, owing to such fear, unwilling to return to it"
            if stateless
            else "a person is not lacking the protection of a country of which they are a "
            "national who, without any valid reason based on well-founded fear, has not "
            "availed themselves of it"
        )
        return finding(
            element,
            Verdict.NOT_MET,
            f"{name}'s protection is found declined for a valid reason based on well-founded "
            f"fear, but every fear the claim states there ({paths}) is found not to be a "
            f"well-founded fear of persecution: the protection is declined without such a "
            f"reason, and {who}",
            *cites,
            facts=[path, *(p for p, _, _ in there)],
            assumptions=(VALID_REASON_READING,),
        )
    return finding(
        element,
        Verdict.MET,
        f"{declined}; the claim states no fear in {name}: the finding rests on a fear the "
        "claim does not record",
        *cites,
        facts=[path, "fears"],
    )


def fears_there(
    claim: Claim,
    on: dt.date | None,
    feared: tuple[tuple[Verdict, tuple[str, ...]], ...],
) -> tuple[tuple[str, str, Verdict, tuple[str, ...]], ...] | None:
    """Each fear the claim states in a country whose protection is found declined for a valid
    reason based on well-founded fear (``Protection.REFUSED_FOR_VALID_REASON``), whoever would
    inflict it: (that country of reference, the fear's path, its verdict, the facts it still
    needs), for :func:`declined_for_fear` (``feared``: each fear's verdict and missing facts, in
    order; one with none given counts as undecided). ``None`` where what the person fears is not
    known; none where no country's protection is so found."""
    declined = {c for c, p in claim.protection.items() if p is Protection.REFUSED_FOR_VALID_REASON}
    if not declined:
        return ()
    if claim.fears is None:
        return None
    found = []
    for i, h in enumerate(claim.fears):
        where = _as_reference(h.country, claim, on)
        if where in declined:
            verdict, needs = feared[i] if i < len(feared) else (Verdict.UNKNOWN, ())
            found.append((where, harm_path(i), verdict, needs))
    return tuple(found)


def declined_where(claim: Claim, on: dt.date | None) -> frozenset[int]:
    """The indices of the fears stated in a country whose protection is found declined for a
    valid reason based on well-founded fear: their verdicts are what :func:`fears_there` weighs."""
    declined = {c for c, p in claim.protection.items() if p is Protection.REFUSED_FOR_VALID_REASON}
    if not declined:
        return frozenset()
    return frozenset(
        i
        for i, h in enumerate(claim.fears or ())
        if _as_reference(h.country, claim, on) in declined
    )


_EVERY_RESIDENCE_REASONS = {
    Verdict.MET: "the person is unable, or owing to a well-founded fear unwilling, to return to "
    "any of their countries of former habitual residence",
    Verdict.NOT_MET: "the person could return in safety to one of their countries of former "
    "habitual residence, and so does not need international protection",
    Verdict.UNKNOWN: "whether the person could return to any of their countries of former "
    "habitual residence is not known",
}
_EVERY_COUNTRY_REASONS = {
    Verdict.MET: "no country of nationality offers protection",
    Verdict.NOT_MET: "a country of nationality offers protection: a dual national must first seek it",
    Verdict.UNKNOWN: "whether every country of nationality fails to protect is not known",
}


#: What a country may be found to offer that the person may still lack: protection available,
#: declined owing to a well-founded fear of that state, or declined for a valid reason.
_OFFERED = frozenset({Protection.AVAILABLE, Protection.REFUSED_FOR_VALID_REASON})


def unanswered_by_state(harm: Harm) -> bool:
    """The state's protection cannot answer this fear: the state itself would inflict the harm,
    or it withholds its protection from the harm for a Convention reason (*Islam; Shah*)."""
    return harm.actor is Actor.STATE or bool(harm.protection_withheld_for)


#: The reading :func:`withheld_for` applies where the state itself would inflict the harm, named
#: wherever it closes the question.
OWN_REASONS_READING = (
    "where the state itself would inflict the harm for reasons of its own (a prosecution, a law "
    "or policy, fighting), it has no protection of its own to withhold, and its reasons alone "
    "are weighed; only an agent acting for private ends (personal or economic reasons: a "
    "vendetta, extortion) leaves open whether the state withholds protection from them for a "
    "Convention reason"
)


def withheld_for(harm: Harm) -> frozenset[Ground] | None:
    """The Convention grounds for which the state withholds its protection from this harm, or
    ``None`` while that is not known (*Islam; Shah* [1999] 2 AC 629).

    Where the state itself would inflict the harm for its own reasons (a prosecution, a law or
    policy it enforces, its part in fighting), there is no protection of its own to withhold
    from that act: its reasons are the persecutor's (``Harm.reasons``), so the question does not
    arise and the answer is none (:data:`OWN_REASONS_READING`, named where it decides). Where
    its agent would act, outside a prosecution, for private ends (``Motive.PERSONAL`` or
    ``ECONOMIC``: a vendetta, extortion), or its economic reasons are given (who is fed in a
    famine), whether the state withholds protection from that harm for a Convention reason is as
    open as for a private persecutor.
    """
    if harm.protection_withheld_for is not None or harm.actor is not Actor.STATE:
        return harm.protection_withheld_for
    if harm.state_acts_for_itself:  # (a ground given here is refused: ``Harm``'s cross-check)
        return frozenset()
    return None


def withheld_by_reading(harm: Harm, withheld: frozenset[Ground] | None) -> bool:
    """Whether :func:`withheld_for` answered "none" (``withheld``, its answer) by
    :data:`OWN_REASONS_READING`, not from a finding."""
    return harm.protection_withheld_for is None and withheld is not None


#: *Svazas v SSHD* [2002] EWCA Civ 74: harm from the state's own agents still asks whether the
#: state protects against them.
SVAZAS = Citation("svazas-v-sshd-2002", "holding")

#: The reading the library applies to harm from the state's agents, named wherever it decides
#: (:func:`lacks_protection`; for an agent on their own account, internal flight too).
AGENT_READING = (
    "harm from the state's agents is taken as the state's own: its protection against them is "
    "not weighed (a finding that it is available does not count), nor, where they act for "
    "personal reasons, is an internal flight alternative; whether the state would protect the "
    "person against its own agents (Svazas v SSHD, with Horvath's test) is not modelled"
)


def agent_on_own_account(harm: Harm) -> bool:
    """Whether the state's agent would inflict the harm for personal reasons (a vendetta,
    extortion for their own gain), outside any prosecution (:data:`AGENT_READING`). Economic
    reasons given for the state are its own (a policy, who is fed in a famine), not an agent's."""
    return harm.actor is Actor.STATE and not harm.is_prosecution and Motive.PERSONAL in harm.reasons


def agents_reading_decides(stated: Protection | None, on_own_account: bool) -> bool:
    """Whether :data:`AGENT_READING` decides whether the state protects against harm its agents
    would inflict: where it overrides what was found of that protection (available), or stands
    in for a finding not made for an agent acting on their own account; not where the finding
    (unavailable, or declined for a valid reason) decides."""
    return stated is Protection.AVAILABLE or (stated is None and on_own_account)


def agents_reading_relied(
    verdict: Verdict,
    protection: Mapping[str, Protection],
    persecutors: tuple[tuple[str, str, Verdict, tuple[str, ...]], ...],
    withheld: tuple[str, ...],
    agents: tuple[str, ...],
) -> bool:
    """Whether a protection finding of ``verdict`` over these fears of a state (``persecutors``,
    :func:`state_persecutors`) relies on :data:`AGENT_READING`: it is not a finding that the
    protection answers the person, and a state's own harm overrides what was found of that
    state's protection, or stands in for a finding not made (:func:`agents_reading_decides`),
    where the state itself would inflict it (not one of ``withheld``); ``agents``: the fears
    whose harm a state agent would inflict for personal reasons."""
    return verdict is not Verdict.NOT_MET and any(
        p not in withheld and agents_reading_decides(protection.get(where), p in agents)
        for where, p, _, _ in persecutors
    )


def agents_on_own_account(claim: Claim) -> tuple[str, ...]:
    """The paths of the fears whose harm a state agent would inflict for personal reasons."""
    return tuple([harm_path(i) for i, h in enumerate(claim.fears or ()) if agent_on_own_account(h)])


def withholding(claim: Claim) -> tuple[str, ...]:
    """The paths of the fears from whose harm the state withholds its protection for a Convention
    reason, where the state itself would not inflict it (:func:`unanswered_by_state`)."""
    return tuple(
        [
            harm_path(i)
            for i, h in enumerate(claim.fears or ())
            if h.protection_withheld_for and h.actor is not Actor.STATE
        ]
    )


def state_persecutors(
    claim: Claim,
    on: dt.date | None = None,
    feared: tuple[tuple[Verdict, tuple[str, ...]], ...] = (),
) -> tuple[tuple[str, str, Verdict, tuple[str, ...]], ...]:
    """Each fear that the state's protection cannot answer (:func:`unanswered_by_state`: it names
    a state as the persecutor, or the state withholds its protection from it for a Convention
    reason) and that may qualify: (that country, the fear's path, its verdict, the facts it still
    needs). ``feared``: each fear's verdict and missing facts, in order (a fear with none given
    counts as undecided); a fear found not to be a
    well-founded fear of persecution names no persecutor whose protection it could excuse. On
    ``on``, a fear in a territory that is part of a country of reference (Hong Kong and China after
    1 July 1997, either way round) names that country: the territory's authorities are its
    organs."""
    found = []
    for i, h in enumerate(claim.fears or ()):
        if not unanswered_by_state(h):
            continue
        verdict, needs = feared[i] if i < len(feared) else (Verdict.UNKNOWN, ())
        if verdict is not Verdict.NOT_MET:
            found.append((_as_reference(h.country, claim, on), harm_path(i), verdict, needs))
    return tuple(found)


def _as_reference(country: str, claim: Claim, on: dt.date | None) -> str:
    """``country`` as the country of reference it is part of, or that is part of it, on ``on``
    (itself where none is, or where no date is given)."""
    if on is None:
        return country
    references = claim.person.countries_of_reference()
    if country in references:
        return country
    return next((r for r in references if same_state(country, r, on)), country)


def unnamed_persecutors(
    claim: Claim, feared: tuple[Verdict, ...] = (), on: dt.date | None = None
) -> tuple[tuple[str, str], ...]:
    """Each fear whose persecutor is not known, and which may still be a well-founded fear of
    persecution (``feared``: each fear's verdict, in order; one not met cannot make the person a
    refugee, whoever its persecutor): (its country, the fear's path). Where nothing is stated of
    the state's protection, who the persecutor is changes only the reasons and the facts named;
    where protection is found available, it decides the element (a well-founded fear of the state
    is a valid reason not to avail of it). A fear the state's protection cannot answer whoever
    inflicts it (:func:`unanswered_by_state`) is not one of these.

    Where what the person fears is not known at all (``claim.fears`` is ``None``), any country of
    reference may be the persecutor, and ``"fears"`` stands for the fears still to be stated."""
    if claim.fears is None:
        return tuple([(country, "fears") for country in claim.person.countries_of_reference()])
    return _open_fears_by(None, claim, feared, on)


def answered_by_protection(
    claim: Claim, feared: tuple[Verdict, ...] = (), on: dt.date | None = None
) -> tuple[tuple[str, str], ...]:
    """Each fear whose harm others would inflict (``Actor.NON_STATE``), the state not withholding
    its protection from it for a Convention reason, and which may still be a well-founded fear of
    persecution (``feared``: each fear's verdict, in order): (its country of reference, the fear's
    path). Where a country of reference is found to offer protection, it is *Horvath*'s test that
    makes that protection answer these fears (:data:`HORVATH_READING`): read by
    :func:`protection_of` to name it for one of several countries of nationality, or a stateless
    person's former home, where the claim states such a fear there."""
    return _open_fears_by(Actor.NON_STATE, claim, feared, on)


def _open_fears_by(
    actor: Actor | None, claim: Claim, feared: tuple[Verdict, ...], on: dt.date | None
) -> tuple[tuple[str, str], ...]:
    """(country of reference, path) of each stated fear whose harm ``actor`` would inflict
    (``None``: not known who), which the state's protection may answer
    (:func:`unanswered_by_state` not), and which may still be a well-founded fear of persecution
    (``feared``: each fear's verdict, in order): :func:`unnamed_persecutors` and
    :func:`answered_by_protection`."""
    return tuple(
        [
            (_as_reference(h.country, claim, on), harm_path(i))
            for i, h in enumerate(claim.fears or ())
            if h.actor is actor
            and not unanswered_by_state(h)
            and (i >= len(feared) or feared[i] is not Verdict.NOT_MET)
        ]
    )


#: A North Korean listed as a national of North Korea alone. The Republic of Korea's law counts
#: North Koreans as its nationals (its Constitution, art. 3, on which the library's nationality
#: question relies; Wolman argues that "according to current Korean laws and jurisprudence most
#: North Korean escapees are indeed South Korean citizens": "The South Korean Citizenship of North
#: Korean Escapees in Law and Practice", KLRI Journal of Law and Legislation 4(2) (2014) 225,
#: abstract), and UK country guidance holds that "All North Korean citizens are also citizens of
#: South Korea" (*GP and others (South Korean citizenship) North Korea CG* [2014] UKUT 391,
#: headnote 3), so a decision-maker following it lists ``"KOR"`` and Art 1A(2)'s second paragraph
#: then asks whether the ROK's protection is available (Handbook paras 106-107). Others do not:
#: United States law for its own determinations does not consider a DPRK national a national of
#: the ROK (North Korean Human Rights Act of 2004, s. 302(b)), and Wolman names North Koreans whom
#: ROK law does not count (naturalised DPRK nationals of non-Korean ethnicity, those who took a
#: third country's nationality, and those of Korean lineage only by maternal descent before 14
#: June 1998). Which nationalities a person has is a finding for the decision-maker
#: (``Person.nationalities``), so the library takes the list as given; but where the lack of every
#: country's protection, and with it the status, rests on North Korea's alone, the choice is named
#: (review s37 sd37 F2).
ROK_NATIONALITY_READING = (
    "the person's nationalities are taken as listed, North Korea's without the Republic of "
    "Korea's: ROK law counts North Koreans as its nationals, and a decision-maker following GP "
    'and others (South Korean citizenship) North Korea CG [2014] UKUT 391 ("All North Korean '
    "citizens are also citizens of South Korea\") would list it (KOR) and ask whether the ROK's "
    "protection is available (Art 1A(2), second paragraph); United States law does not count a "
    "DPRK national as an ROK national (North Korean Human Rights Act of 2004, s. 302(b)), and "
    "ROK law itself does not count every North Korean"
)


def rok_reading(person: Person, protection: Finding, feared: Finding) -> Finding:
    """The lack-of-protection element (``protection``) with :data:`ROK_NATIONALITY_READING`
    named where it may decide: a national of North Korea not listed as one of the Republic of
    Korea, whose lack of protection is found, the well-founded fear (``feared``) not failing
    (where it fails, the ROK's protection could not change the outcome)."""
    listed = person.nationalities or frozenset()
    if (
        protection.verdict is not Verdict.MET
        or feared.verdict is Verdict.NOT_MET
        or "PRK" not in listed
        or "KOR" in listed
    ):
        return protection
    return attrs.evolve(protection, assumptions=(*protection.assumptions, ROK_NATIONALITY_READING))


@reads(
    "person.nationalities",
    "person.habitual_residence",
    "person.other_habitual_residences",
    "protection",
    "persecutors",
    "unnamed",
    "qualifying",
    "withheld",
    "agents",
    "there",
    "on",
    "apart",
    "answered",
)
def lacks_protection(
    person: Person,
    protection: Mapping[str, Protection],
    persecutors: tuple[tuple[str, str, Verdict, tuple[str, ...]], ...],
    unnamed: tuple[tuple[str, str], ...] = (),
    qualifying: tuple[str, ...] = (),
    withheld: tuple[str, ...] = (),
    agents: tuple[str, ...] = (),
    there: tuple[tuple[str, str, Verdict, tuple[str, ...]], ...] | None = (),
    on: dt.date | None = None,
    apart: bool | None = None,
    answered: tuple[tuple[str, str], ...] = (),
) -> Finding:
    """Unable or unwilling to avail of the protection of **each** country of nationality.

    Args:
        person: whose countries of nationality (or former habitual residence) count.
        protection: what the decision-maker found each country offers.
        persecutors: the fears naming a state as persecutor (see :func:`state_persecutors`).
        unnamed: the fears whose persecutor is not known (see :func:`unnamed_persecutors`).
        qualifying: the paths of the fears that may still qualify (not found not to be a
            well-founded fear of persecution).
        withheld: the paths among ``persecutors`` of the fears whose protection the state
            withholds, the state itself not inflicting the harm (see :func:`withholding`).
        agents: the paths of the fears whose harm a state agent would inflict for personal
            reasons (see :func:`agents_on_own_account`). :data:`AGENT_READING` is named where a
            state's harm overrides a finding that its protection is available, or, for these,
            stands in for a finding not made.
        there: the fears stated in a country whose protection is found declined for a valid
            reason based on well-founded fear (see :func:`fears_there`; ``None``: what the person
            fears is not known).
        on: the date, on which each country is named (``countries.country_name``).
        apart: ``Doctrine.taiwan_outside_china``, by which a state persecuting in Taiwan is named
            (:func:`protection_of`).
        answered: the fears of others that a country's protection, found available, answers on
            *Horvath*'s test (see :func:`answered_by_protection`).
    """
    references = person.countries_of_reference()
    if person.nationalities is None:
        return finding(
            "lacks the protection of every country of nationality",
            Verdict.UNKNOWN,
            "the person's nationality is not known: whose protection they must lack is not known",
            ART_1A2,
            missing=["person.nationalities"],
        )
    if person.stateless:
        element = (
            "unable or unwilling to return to each country of former habitual residence"
            if len(references) > 1
            else "unable or unwilling to return to the country of former habitual residence"
        )
        if not references:
            return finding(
                element,
                Verdict.UNKNOWN,
                "the former habitual residence is not known",
                ART_1A2,
                missing=["person.habitual_residence"],
            )
    else:
        element = "lacks the protection of every country of nationality"
    countries = []
    for country in references:
        own = tuple([(path, v, needs) for where, path, v, needs in persecutors if where == country])
        still_open = {path for path, v, _ in own if v is not Verdict.MET}
        countries.append(
            protection_of(
                country,
                protection.get(country),
                own,
                tuple([path for where, path in unnamed if where == country]),
                person.stateless,
                any(path not in still_open for path in qualifying),
                tuple([path for path, _, _ in own if path in withheld]),
                len(references) > 1,
                None
                if there is None
                else tuple(
                    [(path, v, needs) for where, path, v, needs in there if where == country]
                ),
                on,
                apart,
                tuple([path for where, path in answered if where == country]),
            )
        )
    verdict = Verdict.all([c.verdict for c in countries])
    if len(countries) == 1:
        reason = countries[0].reason
    elif person.stateless:  # several former homes: Thabet's reading (see law.inclusion.residences)
        reason = _EVERY_RESIDENCE_REASONS[verdict]
    elif verdict is Verdict.MET and any(
        protection.get(country) in _OFFERED for country in references
    ):
        # Some country offers protection that the person may decline: that none offers it would
        # be untrue, so each country's own reason is given.
        reason = "the person lacks the protection of each country of nationality: " + "; ".join(
            c.reason for c in countries
        )
    else:
        reason = _EVERY_COUNTRY_REASONS[verdict]
    several = len(countries) > 1
    if person.stateless:
        paras: tuple[Citation, ...] = (_STATELESS, *((THABET,) if several else ()))
    else:
        paras = (_NATIONAL, *((_DUAL,) if several else ()))
    relied = agents_reading_relied(verdict, protection, persecutors, withheld, agents)
    return finding(
        element,
        verdict,
        reason,
        ART_1A2,
        *paras,
        *((SVAZAS,) if relied else ()),
        children=countries,
        assumptions=[
            *([THABET_READING] if several and person.stateless else []),
            *([AGENT_READING] if relied else []),
        ],
    )


@reads(
    "harm.actor",
    "harm.protection_withheld_for",
    "harm.prosecution",
    "harm.reasons",
    "harm.country",
    "path",
    "protection",
    "element",
    "on",
)
def unprotected_there(
    harm: Harm, path: str, protection: Protection | None, element: str, on: dt.date | None = None
) -> Finding:
    """Whether a country that is not a country of reference (a country of residence under Art 1E,
    a third country under art. 33(1)) protects against the harm feared there: a state persecutor
    protects no one; against private persons, its protection as found (*Horvath*), unless it
    withholds that protection from this harm for a Convention reason (*Islam; Shah*). Persecution
    is serious harm together with that failure of protection, wherever it is feared. Decided as
    the bars read the protection of a destination (:func:`refugeelaw.law.iccpr.not_prevented`);
    ``element`` names the finding for the rule that asks; the country is named as it was on
    ``on``."""
    found = not_prevented(harm, path, protection, on=on)
    name = country_name(harm.country, on)
    controlled = found.verdict is Verdict.MET and by_controlling_state(harm, on)
    if found.verdict is Verdict.MET:
        reason = (
            f"the agents of a State in control of {name} would inflict the harm, and no "
            "protection there answers it"
            if controlled
            else f"{name} itself would inflict the harm, and so offers no protection against it"
            if harm.actor is Actor.STATE
            else f"{name} withholds its protection from the harm for a Convention reason"
            if harm.protection_withheld_for
            else f"{name}'s protection against the harm is not available to the person"
        )
    elif found.verdict is Verdict.NOT_MET:
        reason = f"the harm is feared from private persons, against whom {name} protects"
    elif protection is Protection.AVAILABLE:
        reason = (
            f"{name} protects against private persons, and who would inflict the harm is not known"
        )
    else:
        reason = f"whether {name} would protect the person against the harm is not known"
    # Harm from the state's agents is taken as the state's own: a reading (Svazas), where it decides.
    agents = (
        found.verdict is Verdict.MET
        and harm.actor is Actor.STATE
        and agents_reading_decides(protection, agent_on_own_account(harm))
    )
    return finding(
        element,
        found.verdict,
        reason,
        ART_1A2,
        *((HORVATH,) if found.verdict is Verdict.NOT_MET else ()),
        *((SVAZAS,) if agents else ()),
        facts=found.reads,
        missing=found.needs,
        assumptions=(HORVATH_READING,)
        if found.verdict is Verdict.NOT_MET
        else (*((AGENT_READING,) if agents else ()), *found.assumptions),
    )
