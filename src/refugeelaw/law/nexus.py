"""Art 1A(2): "for reasons of race, religion, nationality, membership of a particular social
group or political opinion". A Convention ground must be a reason for the persecution (UNHCR
Handbook paras 66-67); a particular social group is found by the test the doctrine names.
"""

from __future__ import annotations

from typing import NamedTuple

from ..doctrine import Doctrine
from ..facts import Ground, Harm, Motive
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .protection import OWN_REASONS_READING
from .terms import ART_1A2, handbook

__all__ = [
    "NO_EXIT_ROUTE",
    "SHAH_READING",
    "SOCIAL_GROUP_MOTIVE_READING",
    "ExitRoute",
    "exit_motives",
    "exit_route",
    "nexus",
    "persecutors_reasons",
    "prosecution_targeting",
    "social_group",
]


#: The reading applied by default where the harm arises in generalised violence or armed
#: conflict as well as for a Convention ground, named wherever a nexus rests on it (the other view
#: is ``Doctrine(differential_impact=True)``).
CONFLICT_READING = Doctrine().position("differential_impact")

#: The reading that a Convention reason for which the state withholds protection supplies the
#: nexus where the private persecutor's own reasons do not: the House of Lords' in *Islam; Shah*
#: [1999] 2 AC 629 and the High Court of Australia's in *Khawar* (2002). Not every jurisdiction
#: takes it: where "for reasons of" is read as the persecutor's motive alone (the United States
#: Supreme Court read its statute as making the persecutor's motive critical in *INS v
#: Elias-Zacarias*, 1992), the nexus is not met. Named wherever the nexus rests on the withheld
#: protection alone.
SHAH_READING = (
    "a Convention reason for which the state withholds protection supplies the nexus where the "
    "persecutor's own reasons do not (Islam; Shah; Khawar); where 'for reasons of' is read as "
    "the persecutor's motive alone (INS v Elias-Zacarias read the United States statute as "
    "making the persecutor's motive critical), it does not"
)
ADAN = Citation("adan-v-sshd-1998", "differential impact")


#: *Applicant S v MIMA* [2004] HCA 25: a group set apart from society at large by a characteristic
#: its members share, which that society need not perceive.
APPLICANT_S = Citation("applicant-s-v-mima-2004", "holding")


def social_group(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """A particular social group, by the test ``doctrine.social_group`` names."""
    group = harm.social_group
    cites: tuple[Citation, ...] = (ART_1A2, handbook("77-79"))
    if doctrine.social_group == "distinguished_from_society":
        cites = (*cites, APPLICANT_S)
    elif doctrine.social_group != "social_perception":  # Ward states the protected characteristics
        cites = (*cites, Citation("canada-v-ward-1993"))
    assume = [doctrine.position("social_group")]
    element = "a particular social group"
    if group is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            "no facts about the group are given",
            *cites,
            missing=[f"{path}.social_group"],
            assumptions=assume,
        )
    gpath = f"{path}.social_group"
    independent = Verdict.of(group.exists_independently)
    characteristic = Verdict.of(group.protected_characteristic)
    perceived = Verdict.of(group.socially_perceived)
    test = doctrine.social_group
    if test == "protected_characteristics":
        shown, needed = characteristic, ["protected_characteristic"]
    elif test == "social_perception":
        shown, needed = perceived, ["socially_perceived"]
    elif test == "either":
        shown, needed = (
            characteristic | perceived,
            ["protected_characteristic", "socially_perceived"],
        )
    elif test == "both":
        shown, needed = (
            characteristic & perceived,
            ["protected_characteristic", "socially_perceived"],
        )
    else:  # distinguished from society at large, perceived as a group or not (Applicant S)
        shown = Verdict.of(group.distinguished_from_society)
        needed = ["distinguished_from_society"]
    verdict = independent & shown
    missing = [f"{gpath}.{n}" for n in needed if getattr(group, n) is None]
    if group.exists_independently is None:
        missing.append(f"{gpath}.exists_independently")
    if independent is Verdict.NOT_MET:
        reason = (
            f"{group.description!r} is defined only by the persecution feared, and a group cannot "
            "be defined by the persecution alone"
        )
        cites = (*cites, Citation("applicant-a-v-miea-1997"))
    elif verdict is Verdict.MET:
        reason = f"{group.description!r} is a particular social group under the test applied"
    elif verdict is Verdict.NOT_MET:
        reason = f"{group.description!r} does not meet the test applied"
    else:
        reason = f"whether {group.description!r} is a particular social group is not yet shown"
    return finding(
        element, verdict, reason, *cites, facts=[gpath], missing=missing, assumptions=assume
    )


@reads(
    "harm.reasons",
    "harm.ground_central",
    "harm.social_group",
    "harm.discriminatory",
    "harm.law_contrary_to_human_rights",
    "harm.condemned_military_action",
    "harm.differential_risk",
    "harm.prosecution",
    "harm.exit_offence",
    "path",
    "doctrine.nexus",
    "doctrine.differential_impact",
    "doctrine.social_group",
    "doctrine.exit_motive_nexus",
    "withholding",
    "by_reading",
    "leaving",
)
def nexus(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    withholding: frozenset[Ground] | None,
    by_reading: bool,
    leaving: frozenset[Ground] | None,
) -> Finding:
    """ "For reasons of" a Convention ground: the persecutor's reasons
    (:func:`persecutors_reasons`), or, for a prosecution they do not show to be for one, a
    penalty for leaving without permission weighed by the person's motives for leaving
    (:func:`exit_motives`, UNHCR Handbook para. 61). ``leaving``: the Convention grounds those
    motives relate to (``Claim.reasons_for_leaving``; ``None``: not known).
    """
    own = persecutors_reasons(harm, path, doctrine, withholding, by_reading)
    # Two ways to the nexus for a prosecution, either sufficing: the punisher's reasons, and
    # para. 61. Para. 61 is weighed whenever the punisher's reasons do not supply the nexus,
    # refused or still open (a social group not yet tested, a central reason not yet found),
    # so that a route met decides whatever the other still waits on.
    if harm.is_prosecution and own.verdict is not Verdict.MET:
        return exit_motives(own, harm, path, doctrine, leaving)
    return own


def persecutors_reasons(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    withholding: frozenset[Ground] | None,
    by_reading: bool,
) -> Finding:
    """ "For reasons of" a Convention ground: a ground must be a reason for the persecution.

    Mixed motives do not defeat the nexus; purely economic (or other non-Convention) reasons do not
    qualify (Handbook 62–64); imputed grounds count, since the persecutor's reasons decide.
    Persecution is serious harm together with a failure of state protection, so where a private
    persecutor harms for personal reasons but the state withholds protection for a Convention
    reason, that reason supplies the nexus (*Islam; Shah* [1999] 2 AC 629; to the same effect the
    High Court of Australia in *Khawar*, 2002).

    A prosecution whose only reason given is the prosecution itself is not in itself for a
    Convention reason (Handbook 56). But where it is discriminatory, or the law punishes what human
    rights protect (Handbook 57-59), the reason it singles the person out may be a Convention
    ground (a law punishing a religion or a political opinion), and that is still to be stated:
    the nexus is left open, not refused.

    ``withholding``: the grounds for which the state withholds its protection from the harm, or
    ``None`` while not known (:func:`refugeelaw.law.protection.withheld_for`, which reads who
    inflicts it and why); ``by_reading``: that answer is "none" by the reading that a state
    acting for its own reasons has none to withhold, named where it refuses the nexus.
    """
    element = "for reasons of a Convention ground"
    facts = [f"{path}.reasons"]
    assume = [doctrine.position("nexus")]
    withheld = [g for g in Ground if withholding and g in withholding]
    if withheld:
        facts.append(f"{path}.protection_withheld_for")
    # Where the failure of protection supplies a ground the persecutor's reasons do not.
    supplied = (
        (Citation("islam-v-sshd-1999", "holding"),)
        if any(g not in harm.grounds for g in withheld)
        else ()
    )
    cites: tuple[Citation, ...] = (ART_1A2, handbook("66-86"), *supplied)
    if not harm.reasons and not withheld:
        return finding(
            element,
            Verdict.UNKNOWN,
            "the persecutor's reasons are not known",
            *cites,
            facts=facts,
            missing=[f"{path}.reasons"],
            assumptions=assume,
        )
    # in the Convention's order: the persecutor's grounds, and those for which protection is withheld
    grounds = [g for g in Ground if g in harm.grounds or g in withheld]
    motives = sorted(m.value.replace("_", " ") for m in harm.motives)
    if not grounds and (targeting := prosecution_targeting(harm, path)) is not None:
        why, missing = targeting
        return finding(
            element,
            Verdict.UNKNOWN,
            why,
            *cites,
            handbook("56-60"),
            *((handbook("171"),) if harm.condemned_military_action is not False else ()),
            facts=facts,
            missing=missing,
            assumptions=assume,
        )
    if not grounds and withholding is None:
        # Khawar's question: the persecutor's own reasons supply no ground, and whether the state
        # withholds its protection for one is not yet found.
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the reasons for the harm ({', '.join(motives)}) are not Convention grounds; whether "
            "the state withholds its protection from it for a Convention reason, which would "
            "supply the nexus, is not known",
            *cites,
            Citation("islam-v-sshd-1999", "holding"),
            facts=facts,
            missing=[f"{path}.protection_withheld_for"],
            assumptions=assume,
        )
    if not grounds:
        reason = f"the reasons for the harm ({', '.join(motives)}) are not Convention grounds"
        if Motive.ECONOMIC in harm.motives:  # Handbook 62-64: the economic migrant
            reason += "; a person moved by economic considerations alone is not a refugee"
            cites = (*cites, handbook("62-64"))
        if Motive.CRIMINAL_PROSECUTION in harm.motives:  # Handbook 56: prosecution as such
            reason += (
                "; persons fleeing prosecution or punishment for an offence are not normally "
                "refugees"
            )
            cites = (*cites, handbook("56-60"))
        if Motive.GENERAL_LAW in harm.motives:
            reason += (
                "; the law is enforced against everyone it reaches alike, and a harm that is "
                "persecution is still not for a Convention reason unless it is inflicted for one"
            )
        if by_reading:
            assume.append(OWN_REASONS_READING)
        return finding(element, Verdict.NOT_MET, reason, *cites, facts=facts, assumptions=assume)
    children = []
    ground_verdicts = []
    for ground in grounds:
        if ground is Ground.PARTICULAR_SOCIAL_GROUP:
            group = social_group(harm, path, doctrine)
            children.append(group)
            ground_verdicts.append(group.verdict)
        else:
            ground_verdicts.append(Verdict.MET)
    is_ground = Verdict.any(ground_verdicts)
    labels = ", ".join(g.label for g in grounds)
    central = Verdict.MET
    central_missing: list[str] = []
    if doctrine.nexus == "one_central_reason" and (motives or not harm.reasons):
        # Other reasons the ground must be central among: given, or not known (a ground supplied
        # by protection withheld, the persecutor's own reasons unknown).
        central = Verdict.of(harm.ground_central)
        facts.append(f"{path}.ground_central")
        if harm.ground_central is None:
            central_missing.append(f"{path}.ground_central")
    verdict = is_ground & central
    fighting = Motive.GENERALISED_VIOLENCE in harm.motives
    differential = Verdict.MET
    if fighting:
        assume.append(doctrine.position("differential_impact"))
        if doctrine.differential_impact:
            # Adan: in civil war, a risk over and above that of others caught in the fighting.
            differential = Verdict.of(harm.differential_risk)
            facts.append(f"{path}.differential_risk")
            if harm.differential_risk is None:
                central_missing.append(f"{path}.differential_risk")
            verdict = verdict & differential
    if verdict is Verdict.MET and not harm.grounds:
        own = (
            f"acts for reasons that are not Convention grounds ({', '.join(motives)})"
            if motives
            else "acts for reasons not shown"
        )
        reason = (
            f"the persecutor {own}, but the state withholds protection for reasons of {labels}: "
            "that failure of protection supplies the nexus"
        )
    elif verdict is Verdict.MET:
        reason = _whose(harm, withheld)
        if motives:
            reason += f"; mixed motives ({', '.join(motives)}) do not defeat the nexus"
        if fighting and doctrine.differential_impact:
            reason += ", and the person's risk is over and above that of others in the fighting"
    elif differential is Verdict.NOT_MET:
        reason = (
            f"{_amid(harm, labels, withheld)}, but the person's risk is no greater than that of others "
            "caught in the fighting: on the differential impact test, not persecution for a "
            "Convention reason"
        )
    elif differential is Verdict.UNKNOWN and is_ground is Verdict.MET and central is Verdict.MET:
        reason = (
            f"{_amid(harm, labels, withheld)}; whether the person's risk is over and above that of others "
            "caught in the fighting, as the differential impact test requires, is not known"
        )
    elif central is Verdict.NOT_MET:
        reason = f"{labels} is not at least one central reason, as the doctrine applied requires"
    elif is_ground is Verdict.NOT_MET:
        reason = f"the reasons given ({labels}) do not establish a Convention ground"
    else:
        reason = f"whether {labels} establishes the nexus is not yet known"
    if is_ground is Verdict.NOT_MET and withholding is None and differential is not Verdict.NOT_MET:
        # The grounds given are not established (a group that is none), and whether the state
        # withholds its protection for a Convention reason, which would supply another, is not
        # known (Islam; Shah). Not where the risk is no greater than others' in the fighting: on
        # the differential impact test no ground, however supplied, makes it persecution for a
        # Convention reason (Adan).
        verdict = Verdict.UNKNOWN
        reason += (
            "; whether the state withholds its protection for a Convention reason, which would "
            "supply the nexus, is not known"
        )
        central_missing.append(f"{path}.protection_withheld_for")
    if not harm.reasons and verdict is not Verdict.MET:
        # Only the withheld protection was given, and it does not (or not yet) supply the nexus:
        # the persecutor's own reasons, not known, still might.
        verdict = Verdict.UNKNOWN
        reason += "; the persecutor's own reasons are not known, and they may supply it"
        central_missing.append(f"{path}.reasons")
    # The Handbook on the grounds in general (paras 66-67: one ground or several, the examiner
    # ascertaining the reasons), then on each ground weighed (race 68-70, religion 71-73,
    # nationality 74-76, social group 77-79, political opinion 80-86).
    cites = (
        ART_1A2,
        handbook("66-67"),
        *(g.handbook for g in grounds),
        *supplied,
        *((ADAN,) if fighting and doctrine.differential_impact else ()),
    )
    if supplied and verdict is Verdict.MET and not harm.grounds:
        assume.append(SHAH_READING)  # the nexus rests on the withheld protection alone
    return finding(
        element,
        verdict,
        reason,
        *cites,
        children=children,
        facts=facts,
        missing=central_missing,
        assumptions=(
            [*assume, OWN_REASONS_READING] if verdict is Verdict.NOT_MET and by_reading else assume
        ),
    )


#: Handbook para. 61, in the library's own words: the offence, and what it turns on.
EXIT_OFFENCE = "leaving the country without permission or staying abroad without authorisation"
ELIAS_ZACARIAS = Citation("ins-v-elias-zacarias-1992", "holding")


#: Named where a motive for leaving related to membership of a particular social group supplies
#: the nexus under Handbook para. 61 (the interface review's F3).
SOCIAL_GROUP_MOTIVE_READING = (
    "a motive for leaving related to membership of a particular social group is taken as the "
    "decision-maker finds it (Claim.reasons_for_leaving): no test of a particular social group "
    "(Handbook paras 77-79; Doctrine.social_group) is applied to it, as none is to the group "
    "of a persecutor's reasons until the group is described (Harm.social_group)"
)


def exit_motives(
    own: Finding,
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    leaving: frozenset[Ground] | None,
) -> Finding:
    """UNHCR Handbook para. 61: where leaving the country without permission, or staying abroad
    without authorisation, exposes a person to severe penalties, recognition is justified if the
    motives for leaving or staying abroad relate to a Convention reason. A second way to the
    nexus for a prosecution (``Harm.is_prosecution``) whose persecutor's reasons do not, or do not
    yet, supply it (``own``, :func:`persecutors_reasons`, refused or open): met where the offence
    is one of leaving (``harm.exit_offence``) and the person's motives relate to a Convention
    ground (``leaving``, ``Claim.reasons_for_leaving``); open while either is not known; not met
    otherwise. Either way suffices, so the two are taken together as alternatives: this route met
    decides the element whatever ``own`` still waits on (a social group not yet tested, a
    central reason not yet found); not met, ``own`` decides alone; open, the element is met only
    if ``own`` is, and the facts of both are asked while neither is met. Whether the penalty is
    severe enough is the persecution element's, which takes the same route (:func:`exit_route`):
    where it holds, the penalty's severity alone decides there, not Handbook paras 56-60's
    further condition for a prosecution (``law.persecution.EXIT_PENALTY_READING``), so that both
    of the paragraph's conditions, and no third, are met where both elements are.

    The route is a position (``Doctrine.exit_motive_nexus``), named where it decides the element:
    where "for reasons of" is read as the persecutor's motive alone (*INS v Elias-Zacarias*), the
    person's motives do not supply the nexus, and ``own`` stands.
    """
    route = _leaving_route(harm, leaving)
    if harm.exit_offence is False:
        # Not an offence of leaving: para. 61 does not arise, and the persecutor's reasons decide
        # (the finding names the fact that set it aside).
        return finding(
            own.element,
            own.verdict,
            own.reason,
            *own.citations,
            children=own.children,
            facts=[*own.facts, f"{path}.exit_offence"],
            missing=own.missing,
            assumptions=own.assumptions,
        )
    # The position decides where the element would differ without it: this route met, or open
    # while the punisher's reasons are refused (``own`` is never met here).
    decides = route is Verdict.MET or (route is Verdict.UNKNOWN and own.verdict is Verdict.NOT_MET)
    refused = own.verdict is Verdict.NOT_MET
    facts = [
        *own.facts,
        *([f"{path}.exit_offence"] if harm.exit_offence is not None else []),
        *(["reasons_for_leaving"] if leaving is not None else []),
    ]
    position = doctrine.position("exit_motive_nexus")
    if not doctrine.exit_motive_nexus:
        if not decides:
            return own
        return finding(
            own.element,
            own.verdict,
            f"{own.reason}; only the persecutor's reasons supply the nexus on the position taken "
            "(INS v Elias-Zacarias read the United States statute as making the persecutor's "
            f"motive critical), so a penalty for {EXIT_OFFENCE} is not weighed by the person's "
            "motives for leaving, as UNHCR Handbook para. 61 would weigh it",
            *own.citations,
            ELIAS_ZACARIAS,
            children=own.children,
            facts=own.facts,
            missing=own.missing,
            assumptions=[*own.assumptions, position],
        )
    cites = (*own.citations, handbook("61"))
    labels = ", ".join(g.label for g in Ground if leaving and g in leaving)
    if route is Verdict.MET:
        # Para. 61 decides: the punisher's reasons refused it, or are still being weighed (and
        # whatever they prove to be, the element is met).
        if refused:
            why = (
                f"but the penalty feared is for {EXIT_OFFENCE}, and the person's motives for "
                f"leaving or staying abroad relate to {labels}: a severe penalty for that "
                "offence is for a Convention reason whatever the punisher's own reasons "
                "(Handbook 61)"
            )
        else:
            why = (
                "whatever the punisher's reasons prove to be, the nexus is met by Handbook 61: "
                f"the penalty feared is for {EXIT_OFFENCE}, and the person's motives for leaving "
                f"or staying abroad relate to {labels}, so a severe penalty for that offence is "
                "for a Convention reason on that account"
            )
        # A social group among the motives is taken as found, no group test applied: said so,
        # and the paragraphs of that test not cited as if it had been.
        group = leaving is not None and Ground.PARTICULAR_SOCIAL_GROUP in leaving
        return finding(
            own.element,
            Verdict.MET,
            f"{own.reason}; {why}, whether it is severe enough being the persecution element's, "
            "which weighs it by its severity alone",
            *cites,
            *(
                g.handbook
                for g in Ground
                if leaving and g in leaving and g is not Ground.PARTICULAR_SOCIAL_GROUP
            ),
            children=own.children,
            facts=facts,
            assumptions=[a for a in own.assumptions if a != OWN_REASONS_READING]
            + [position, *((SOCIAL_GROUP_MOTIVE_READING,) if group else ())],
        )
    if route is Verdict.NOT_MET:
        # The offence is one of leaving (or may be), and the motives relate to no ground: the
        # punisher's reasons decide alone, refused or still open.
        return finding(
            own.element,
            own.verdict,
            f"{own.reason}; nor do the person's motives for leaving or staying abroad relate to a "
            f"Convention ground, so a penalty for {EXIT_OFFENCE} is not for one on that account "
            "either (Handbook 61)",
            *cites,
            children=own.children,
            facts=[*own.facts, "reasons_for_leaving"],
            missing=own.missing,
            assumptions=own.assumptions,
        )
    missing = [
        *own.missing,
        *([f"{path}.exit_offence"] if harm.exit_offence is None else []),
        *(["reasons_for_leaving"] if leaving is None else []),
    ]
    if harm.exit_offence is None:
        open_ = f"whether the prosecution is for {EXIT_OFFENCE}"
        if leaving is None:
            open_ += ", and whether the person's motives for leaving relate to a Convention ground,"
        else:
            open_ += f" (the person's motives for leaving relate to {labels})"
    else:
        open_ = (
            f"the prosecution is for {EXIT_OFFENCE}; whether the person's motives for leaving or "
            "staying abroad relate to a Convention ground"
        )
    rule = (
        "a severe penalty for leaving is for a Convention reason where those motives relate to "
        "one, whatever the punisher's own reasons (Handbook 61)"
    )
    reason = (
        f"{own.reason}; but {open_} is not known: {rule}"
        if refused
        else f"{own.reason}; nor does Handbook 61 settle it yet: {open_} is not known, and {rule}, "
        "so either may supply the nexus"
    )
    return finding(
        own.element,
        Verdict.UNKNOWN,
        reason,
        *cites,
        children=own.children,
        facts=facts,
        missing=missing,
        assumptions=[*own.assumptions, position] if decides else own.assumptions,
    )


def _leaving_route(harm: Harm, leaving: frozenset[Ground] | None) -> Verdict:
    """Handbook para. 61's facts on the person's side: the offence is one of leaving without
    permission or staying abroad without authorisation (``harm.exit_offence``), and the motives
    for leaving or staying abroad relate to a Convention ground (``leaving``; ``None``: not known).
    The severity of the penalty, the paragraph's other condition, is the persecution element's."""
    motives = Verdict.UNKNOWN if leaving is None else Verdict.of(bool(leaving))
    return Verdict.of(harm.exit_offence) & motives


class ExitRoute(NamedTuple):
    """UNHCR Handbook para. 61's route for one feared penalty, as the persecution element takes it
    (:func:`exit_route`; ``law.persecution.persecution``): where the route holds, the penalty's
    severity alone makes it persecution.

    Args:
        verdict: whether the penalty is for leaving without permission or staying abroad and the
            person's motives for leaving relate to a Convention ground, on the position the
            doctrine takes (not met where the doctrine does not take the route).
        grounds: those grounds, in words (empty while not known).
        facts: the facts the route rests on, as far as they are known.
        missing: the facts it waits on.
        assumptions: the position it rests on (``Doctrine.exit_motive_nexus``).
    """

    verdict: Verdict
    grounds: str = ""
    facts: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    assumptions: tuple[str, ...] = ()


#: No route by Handbook para. 61: not a prosecution, not for leaving, motives related to no
#: Convention ground, or the position that only the persecutor's reasons count.
NO_EXIT_ROUTE = ExitRoute(Verdict.NOT_MET)


@reads(
    "harm.prosecution",
    "harm.reasons",
    "harm.exit_offence",
    "path",
    "doctrine.exit_motive_nexus",
    "leaving",
)
def exit_route(
    harm: Harm, path: str, doctrine: Doctrine, leaving: frozenset[Ground] | None
) -> ExitRoute:
    """Whether UNHCR Handbook para. 61 reaches the penalty feared (``harm``), as a whole: the
    offence is one of leaving (``harm.exit_offence``), the motives for leaving relate to a
    Convention ground (``leaving``, ``Claim.reasons_for_leaving``), and the doctrine takes the
    paragraph's route (``Doctrine.exit_motive_nexus``; not where "for reasons of" is read as the
    persecutor's motive alone, *INS v Elias-Zacarias*). The same facts :func:`exit_motives` weighs
    for the nexus; here they are handed to the persecution element, which then weighs the
    penalty by its severity alone (``law.persecution.EXIT_PENALTY_READING``), whatever the
    punisher's own reasons."""
    if not harm.is_prosecution or not doctrine.exit_motive_nexus:
        return NO_EXIT_ROUTE
    route = _leaving_route(harm, leaving)
    if route is Verdict.NOT_MET:
        return NO_EXIT_ROUTE
    return ExitRoute(
        route,
        ", ".join(g.label for g in Ground if leaving and g in leaving),
        (
            *([f"{path}.exit_offence"] if harm.exit_offence is not None else []),
            *(["reasons_for_leaving"] if leaving is not None else []),
        ),
        (
            *([f"{path}.exit_offence"] if harm.exit_offence is None else []),
            *(["reasons_for_leaving"] if leaving is None else []),
        ),
        (doctrine.position("exit_motive_nexus"),),
    )


def _whose(harm: Harm, withheld: list[Ground]) -> str:
    """The grounds as whose reasons they are: the persecutor's own, and those for which the state
    withholds protection that the persecutor's reasons do not include (*Islam; Shah*: two reasons
    of two actors, each said of its own)."""
    own = ", ".join(g.label for g in Ground if g in harm.grounds)
    only_withheld = ", ".join(g.label for g in withheld if g not in harm.grounds)
    words = f"the persecutor acts for reasons of {own}"
    if only_withheld:
        words += f", and the state withholds protection for reasons of {only_withheld}"
    return words


def _amid(harm: Harm, labels: str, withheld: list[Ground]) -> str:
    """Whose reasons the ground is, amid civil war or generalised violence: the persecutor's, or
    the state's in withholding protection (*Islam; Shah*)."""
    if harm.grounds:
        return f"{_whose(harm, withheld)}, amid civil war or generalised violence"
    return (
        f"the state withholds protection for reasons of {labels} from harm arising in civil war or "
        "generalised violence"
    )


_TARGETING = (
    ("discriminatory", "the prosecution is discriminatory"),
    (
        "law_contrary_to_human_rights",
        "the law punished is itself contrary to human-rights standards",
    ),
)


def prosecution_targeting(harm: Harm, path: str) -> tuple[str, list[str]] | None:
    """Where the only reason given for the harm is a criminal prosecution (whether or not the harm
    is flagged ``prosecution``: the reason says it is one): why its Convention reason is still
    open, and what would decide it, if the prosecution is or may be discriminatory or under a law
    contrary to human rights (Handbook 57-59); ``None`` where neither is or may be (a fair
    prosecution under a fair law: not for a Convention reason, Handbook 56)."""
    if harm.motives != {Motive.CRIMINAL_PROSECUTION}:
        return None
    found = [words for name, words in _TARGETING if getattr(harm, name) is True]
    if harm.condemned_military_action is True:
        # Handbook 171: "in the light of all other requirements of the definition", the nexus
        # among them (a conscience, or an opinion the refusal expresses or is imputed).
        found.append(
            "the prosecution punishes a refusal to take part in military action condemned as "
            "contrary to basic rules of human conduct"
        )
    if found:
        presumed = (
            "; EU law presumes strongly that the refusal of military service in a conflict in "
            "which war crimes are systematically committed is connected with a Convention ground "
            "(CJEU, EZ, C-238/19, 2020), a presumption the library does not apply: the reasons "
            "are for the decision-maker"
            if harm.condemned_military_action is True
            else ""
        )
        return (
            f"{' and '.join(found)}: whether it targets the person for a Convention ground (a "
            "religion, a political opinion, a race, a nationality, or membership of a social "
            "group that the law or its application reaches) is not yet stated; a reason given "
            f"beyond the prosecution itself would decide it{presumed}",
            [f"{path}.reasons"],
        )
    unknown = [f"{path}.{name}" for name, _ in _TARGETING if getattr(harm, name) is None]
    if harm.condemned_military_action is None:
        unknown.append(f"{path}.condemned_military_action")
    if not unknown:
        return None
    routes = ["it is discriminatory", "the law itself contrary to human-rights standards"]
    if harm.condemned_military_action is None:
        routes.append(
            "the punishment for refusing to take part in military action condemned as contrary "
            "to basic rules of human conduct"
        )
    return (
        f"the only reason given is the prosecution itself; whether {', '.join(routes[:-1])}, or "
        f"{routes[-1]}, is not known, and if {'either' if len(routes) == 2 else 'any'} is so, "
        "the ground it targets may be a Convention ground",
        unknown,
    )
