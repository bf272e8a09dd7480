"""Art 1A(2): "owing to well-founded fear of being persecuted for reasons of race, religion,
nationality, membership of a particular social group or political opinion".

A claim may state several feared harms; each is weighed element by element (where it is feared,
well-founded, persecution, the nexus, no internal flight alternative), and at least one must
qualify.
"""

from __future__ import annotations

import datetime as dt

from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Actor, Claim, Ground, Harm, Motive, Severity
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .terms import ART_1A2, handbook, harm_path, likelihood_against, names
from .territory import within_countries

__all__ = [
    "FORBIDDEN_PUNISHMENT",
    "fear",
    "fear_verdict",
    "feared_persecution",
    "feared_verdict",
    "harm_elements",
    "in_country_of_reference",
    "nexus",
    "no_internal_flight",
    "persecution",
    "social_group",
    "sur_place",
    "well_founded",
]


@reads("harm.likelihood", "path", "doctrine.fear_threshold")
def well_founded(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """The fear is well-founded if the harm has at least a reasonable possibility of happening."""
    threshold = doctrine.fear_threshold
    return likelihood_against(
        "well-founded fear",
        harm.likelihood,
        path,
        threshold,
        f"a reasonable possibility (likelihood at least {threshold:g})",
        _FEAR_BELOW_PROBABILITY if threshold < 0.5 else _FEAR,
        (doctrine.position("fear_threshold"),),
    )


#: *Cardoza-Fonseca* held that a well-founded fear needs less than a probability: it is cited for a
#: threshold below one half, never for a stricter one, which its holding rejects (as art. 33(1)
#: cites *Stevic* only for its "clear probability").
_FEAR = (ART_1A2, handbook("37-50"))
_FEAR_BELOW_PROBABILITY = (*_FEAR, Citation("ins-v-cardoza-fonseca-1987"))


#: Why a punishment that would be torture is excessive whatever the offence: the Convention
#: against Torture leaves out of torture only pain or suffering "arising only from, inherent in or
#: incidental to lawful sanctions" (art. 1(1)), and the ICCPR forbids "torture or [...] cruel,
#: inhuman or degrading treatment or punishment" (art. 7), with no derogation even in an emergency
#: (art. 4(2)).
FORBIDDEN_PUNISHMENT = (
    Citation("cat-1984", "1(1)"),
    Citation("iccpr-1966", "7"),
    Citation("iccpr-1966", "4(2)"),
)


@reads(
    "harm.prosecution",
    "harm.disproportionate",
    "harm.discriminatory",
    "harm.law_contrary_to_human_rights",
    "harm.severity",
    "harm.torture",
    "path",
    "cumulative",
    "measures",
)
def persecution(
    harm: Harm, path: str, cumulative: bool | None = None, measures: int = 1
) -> Finding:
    """Persecution: a threat to life or freedom, or another serious violation of human rights.

    Discrimination alone is not persecution (Handbook 54–55), but various measures not in
    themselves persecution may, taken together, amount to it "on cumulative grounds" (Handbook
    53): ``cumulative`` is that judgement, ``measures`` the number of discrimination-level
    measures feared in the harm's country. Prosecution is persecution only when the punishment is
    disproportionate or discriminatory, or the law itself is contrary to human rights (Handbook
    56–60), and then only where the punishment is severe enough: "excessive" (para. 57), that is,
    serious, or discrimination amounting to persecution on cumulative grounds. (Para. 61, on
    severe penalties for leaving without permission, is the sur place note's: the facts do not
    say which offence a prosecution is for.)
    A punishment that would be torture is excessive whatever the offence: no offence justifies it
    (:data:`FORBIDDEN_PUNISHMENT`).
    """
    element = "amounts to persecution"
    severity = harm.severity
    # A harm found to be torture is a serious violation of human rights: where the assessor has
    # not judged its severity, that finding settles it (a severity judged lower is left as judged).
    tortured = harm.torture is True and severity is None
    if tortured:
        severity = Severity.SERIOUS
    if harm.prosecution:
        cites: tuple[Citation, ...] = (ART_1A2, handbook("56-60"))
        # A punishment found to be torture is excessive whatever the offence: that finding settles
        # its proportion, unless it is found disproportionate anyway (a judgement that it is
        # proportionate cannot stand beside it).
        excessive = harm.torture is True and harm.disproportionate is not True
        # Each route, by the fact it rests on, and what that fact says.
        found = {
            **({"torture": True} if excessive else {"disproportionate": harm.disproportionate}),
            "discriminatory": harm.discriminatory,
            "law_contrary_to_human_rights": harm.law_contrary_to_human_rights,
        }
        # The facts relied on: the routes found (an unknown one is missing, not relied on).
        facts = [
            f"{path}.prosecution",
            *(f"{path}.{r}" for r, value in found.items() if value is not None),
        ]
        verdict = Verdict.any(Verdict.of(value) for value in found.values())
        if severity is Severity.MINOR:
            # Handbook 57: excessive punishment can amount to persecution; a minor penalty,
            # even an unfair one, does not reach the level of a serious violation.
            return finding(
                element,
                Verdict.NOT_MET,
                "the feared punishment is minor: even if unfair, it is not persecution",
                *cites,
                facts=[*facts, f"{path}.severity"],
            )
        # An unknown route matters only while no route is found.
        missing = (
            [f"{path}.{r}" for r, value in found.items() if value is None]
            if verdict is Verdict.UNKNOWN
            else []
        )
        if verdict is Verdict.NOT_MET:
            reason = (
                "fair prosecution, under a law consistent with human rights, with proportionate "
                "punishment is not persecution"
            )
            return finding(element, verdict, reason, *cites, facts=facts)
        if excessive:
            why = "the feared punishment would be torture, which no offence justifies"
            cites = (*cites, *FORBIDDEN_PUNISHMENT)
        elif harm.disproportionate:
            why = "the feared punishment is disproportionate"
        elif harm.discriminatory:
            why = "the prosecution or punishment is discriminatory"
        elif harm.law_contrary_to_human_rights:
            why = "the law punished is itself contrary to human-rights standards"
            cites = (*cites, handbook("59"))
        else:
            why = (
                "whether the punishment is disproportionate or discriminatory, or the law itself "
                "contrary to human rights, is not known"
            )
        # Handbook 57: even then, the punishment must be severe enough to be persecution
        # ("excessive"): a serious violation of human rights, or discrimination found to amount
        # to persecution on cumulative grounds.
        if severity is None:
            return finding(
                element,
                verdict & Verdict.UNKNOWN,
                f"{why}; how severe the feared punishment would be is not known",
                *cites,
                facts=facts,
                missing=[*missing, f"{path}.severity"],
            )
        graded = f"{path}.torture" if tortured else f"{path}.severity"
        if graded not in facts:  # (a punishment found to be torture is a route already)
            facts.append(graded)
        if severity is Severity.DISCRIMINATION:
            # Weighed with the other measures in that country (``measures`` counts this one).
            weighed = cumulative_grounds(element, cumulative, measures, cites, facts)
            return finding(
                element,
                verdict & weighed.verdict,
                f"{why}; but the punishment is at the level of discrimination: {weighed.reason}",
                *weighed.citations,
                facts=weighed.facts,
                missing=[*missing, *weighed.missing],
            )
        if verdict is Verdict.MET:
            severe = "would be torture" if tortured else "is severe"
            reason = f"{why}, and the punishment {severe}, so the prosecution is persecution"
        else:
            reason = why
        return finding(element, verdict, reason, *cites, facts=facts, missing=missing)
    cites = (ART_1A2, handbook("51-53"))
    facts = [f"{path}.severity"]
    if tortured:
        return finding(
            element,
            Verdict.MET,
            "the harm would be torture, a serious violation of human rights",
            *cites,
            facts=[f"{path}.torture"],
        )
    if harm.severity is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            "the severity of the harm is not known",
            *cites,
            facts=facts,
            missing=[f"{path}.severity"],
        )
    if harm.severity >= Severity.SERIOUS:
        words = (
            "a threat to life or freedom"
            if harm.severity is Severity.THREAT_TO_LIFE_OR_FREEDOM
            else "a serious violation of human rights"
        )
        return finding(element, Verdict.MET, f"the harm is {words}", *cites, facts=facts)
    if harm.severity is Severity.DISCRIMINATION:
        return cumulative_grounds(element, cumulative, measures, cites, facts)
    return finding(
        element,
        Verdict.NOT_MET,
        "the harm is not serious enough to be persecution",
        *cites,
        facts=facts,
    )


def cumulative_grounds(
    element: str,
    cumulative: bool | None,
    measures: int,
    cites: tuple[Citation, ...],
    facts: list[str],
) -> Finding:
    """Handbook para. 53: "various measures not in themselves amounting to persecution (e.g.
    discrimination in different forms), in some cases combined with other adverse factors [...]
    may, if taken together, [...] reasonably justify a claim to well-founded fear of persecution
    on 'cumulative grounds'"; paras 54–55: discrimination amounts to persecution where its
    consequences are substantially prejudicial."""
    cites = (*cites, handbook("53"), handbook("54-55"))
    judged = [*facts, "cumulative_persecution"]
    if cumulative:
        return finding(
            element,
            Verdict.MET,
            "the measures feared are not persecution on their own, but taken together they are "
            "found to amount to persecution on cumulative grounds",
            *cites,
            facts=judged,
        )
    if cumulative is False:
        return finding(
            element,
            Verdict.NOT_MET,
            "discrimination that does not reach a serious violation of human rights is not "
            "persecution on its own, and the measures feared are found not to amount to "
            "persecution taken together",
            *cites,
            facts=judged,
        )
    if measures > 1:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"none of the {measures} measures and adverse factors feared in the same country is "
            "persecution on its own, but taken together they may amount to persecution on "
            "cumulative grounds: that judgement has not been made",
            *cites,
            facts=judged,
            missing=["cumulative_persecution"],
        )
    return finding(
        element,
        Verdict.NOT_MET,
        "discrimination that does not reach a serious violation of human rights is not "
        "persecution on its own",
        *cites[:-2],
        handbook("54-55"),
        facts=facts,
    )


def discriminatory_measures(claim: Claim, country: str) -> int:
    """How many measures not in themselves persecution the person fears in ``country``: those at
    the level of discrimination, and the "other adverse factors" Handbook para. 53 weighs with
    them (a harm found minor), prosecutions among them (a punishment at that level is weighed
    with the rest)."""
    count = 0
    for h in claim.fears:
        severity = h.severity
        if (severity is Severity.DISCRIMINATION or severity is Severity.MINOR) and (
            h.country == country
        ):
            count += 1
    return count


def social_group(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """A particular social group, by the test ``doctrine.social_group`` names."""
    group = harm.social_group
    cites: tuple[Citation, ...] = (ART_1A2, handbook("77-79"))
    if doctrine.social_group != "social_perception":  # Ward states the protected characteristics
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
    else:
        shown, needed = (
            characteristic & perceived,
            ["protected_characteristic", "socially_perceived"],
        )
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
    "harm.protection_withheld_for",
    "harm.ground_central",
    "harm.social_group",
    "path",
    "doctrine.nexus",
    "doctrine.social_group",
)
def nexus(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """ "For reasons of" a Convention ground: a ground must be a reason for the persecution.

    Mixed motives do not defeat the nexus; purely economic (or other non-Convention) reasons do not
    qualify (Handbook 62–64); imputed grounds count, since the persecutor's reasons decide.
    Persecution is serious harm together with a failure of state protection, so where a private
    persecutor harms for personal reasons but the state withholds protection for a Convention
    reason, that reason supplies the nexus (*Islam; Shah* [1999] 2 AC 629; to the same effect the
    High Court of Australia in *Khawar*, 2002).
    """
    element = "for reasons of a Convention ground"
    facts = [f"{path}.reasons"]
    assume = [doctrine.position("nexus")]
    withheld = [g for g in Ground if g in harm.protection_withheld_for]
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
    if not grounds:
        reason = f"the reasons for the harm ({', '.join(motives)}) are not Convention grounds"
        if Motive.ECONOMIC in harm.motives:  # Handbook 62-64: the economic migrant
            reason += "; a person moved by economic considerations alone is not a refugee"
            cites = (*cites, handbook("62-64"))
        if Motive.CRIMINAL_PROSECUTION in harm.motives:  # Handbook 56: prosecution as such
            reason += "; prosecution or punishment for an offence is not in itself persecution"
            cites = (*cites, handbook("56-60"))
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
    if doctrine.nexus == "one_central_reason" and motives:
        central = Verdict.of(harm.ground_central)
        facts.append(f"{path}.ground_central")
        if harm.ground_central is None:
            central_missing.append(f"{path}.ground_central")
    verdict = is_ground & central
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
        reason = f"the persecutor acts for reasons of {labels}"
        if motives:
            reason += f"; mixed motives ({', '.join(motives)}) do not defeat the nexus"
    elif central is Verdict.NOT_MET:
        reason = f"{labels} is not at least one central reason, as the doctrine applied requires"
    elif is_ground is Verdict.NOT_MET:
        reason = f"the reasons given ({labels}) do not establish a Convention ground"
    else:
        reason = f"whether {labels} establishes the nexus is not yet known"
    if not harm.reasons and verdict is not Verdict.MET:
        # Only the withheld protection was given, and it does not (or not yet) supply the nexus:
        # the persecutor's own reasons, not known, still might.
        verdict = Verdict.UNKNOWN
        reason += "; the persecutor's own reasons are not known, and they may supply it"
        central_missing.append(f"{path}.reasons")
    # The Handbook on the grounds in general (paras 66-67: one ground or several, the examiner
    # ascertaining the reasons), then on each ground weighed (race 68-70, religion 71-73,
    # nationality 74-76, social group 77-79, political opinion 80-86).
    cites = (ART_1A2, handbook("66-67"), *(g.handbook for g in grounds), *supplied)
    return finding(
        element,
        verdict,
        reason,
        *cites,
        children=children,
        facts=facts,
        missing=central_missing,
        assumptions=assume,
    )


@reads(
    "harm.country", "path", "claim.person.nationalities", "claim.person.habitual_residence", "on"
)
def in_country_of_reference(harm: Harm, path: str, claim: Claim, on: dt.date) -> Finding:
    """The persecution must be feared in a country of nationality (or former habitual residence).
    A territory with a code of its own is part of the country it belongs to on ``on``: harm feared
    in Hong Kong after 1 July 1997 is feared in China."""
    references = claim.person.countries_of_reference()
    element = "feared in a country of nationality"
    if claim.person.nationalities is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the harm is feared in {country_name(harm.country)}, and the person's nationality "
            "is not known: whether that is a country of nationality is not known",
            ART_1A2,
            facts=[f"{path}.country"],
            missing=["person.nationalities"],
        )
    if claim.person.stateless:
        element = "feared in the country of former habitual residence"
        if not references:
            return finding(
                element,
                Verdict.UNKNOWN,
                "the former habitual residence is not known",
                ART_1A2,
                missing=["person.habitual_residence"],
            )
    # Hong Kong and Macao are part of China since 1997 and 1999: either way round, one is the other.
    within = within_countries(harm.country, references, on)
    met = within is not None
    where = country_name(harm.country) + (within or "")
    reason = (
        f"the harm is feared in {where}"
        if met
        else f"the harm is feared in {where}, which is not {names(references)}; fears elsewhere "
        "bear on non-refoulement, not on refugee status"
    )
    return finding(element, Verdict.of(met), reason, ART_1A2, facts=[f"{path}.country"])


PRESUMED_NOT_AVAILABLE = (
    "where the state is the persecutor, an internal flight alternative is presumed not to be "
    "available until a finding rebuts it (UNHCR Guidelines on International Protection No. 4, "
    'para. 7(I)(b): "National authorities are presumed to act throughout the country"); '
    "guidance, not the Convention's text"
)


@reads("harm.actor", "path", "claim.internal_relocation")
def no_internal_flight(harm: Harm, path: str, claim: Claim) -> Finding:
    """Internal relocation: the fear need not extend to the whole country, but a person who could
    reasonably be expected to live safely in another part of it is not a refugee (Handbook 91).
    Where the state persecutes, an internal flight alternative is presumed not to be available,
    unless the decision-maker finds a reasonable one (UNHCR Guidelines on International
    Protection No. 4, para. 7(I)(b): "National authorities are presumed to act throughout the
    country")."""
    element = "no internal flight alternative"
    cites: tuple[Citation, ...] = (ART_1A2, handbook("91"))
    facts = [f"{path}.actor", "internal_relocation"]
    if harm.actor is Actor.STATE:
        cites = (*cites, _STATE_AGENT)
        if claim.internal_relocation:
            return finding(
                element,
                Verdict.NOT_MET,
                "the state is the persecutor, which raises a presumption that no part of the "
                "country is safe, but the decision-maker finds a reasonable internal flight "
                "alternative, which rebuts it",
                *cites,
                facts=facts,
            )
        if claim.internal_relocation is False:
            reason = (
                "the state is the persecutor, and the decision-maker finds no reasonable internal "
                "flight alternative"
            )
        else:
            reason = (
                "the state is the persecutor: an internal flight alternative is presumed "
                "unavailable and no finding rebuts the presumption"
            )
            facts = [f"{path}.actor"]  # the presumption rests on who persecutes, not a finding
            return finding(
                element,
                Verdict.MET,
                reason,
                *cites,
                facts=facts,
                assumptions=[PRESUMED_NOT_AVAILABLE],
            )
        return finding(element, Verdict.MET, reason, *cites, facts=facts)
    if claim.internal_relocation is False:
        return finding(
            element,
            Verdict.MET,
            "no reasonable internal flight alternative exists (a finding of the decision-maker)",
            *cites,
            facts=facts,
        )
    if claim.internal_relocation:
        if harm.actor is None:
            return finding(
                element,
                Verdict.UNKNOWN,
                "a reasonable internal flight alternative exists, which "
                "defeats the claim only if the persecutor is not the state, and who the persecutor "
                "is is not known",
                *cites,
                facts=facts,
                missing=[f"{path}.actor"],
            )
        return finding(
            element,
            Verdict.NOT_MET,
            "the persecutor is not the state and a reasonable internal "
            "flight alternative exists (a finding of the decision-maker)",
            *cites,
            facts=facts,
        )
    missing = ["internal_relocation"] + ([f"{path}.actor"] if harm.actor is None else [])
    return finding(
        element,
        Verdict.UNKNOWN,
        "whether a reasonable internal flight alternative exists is not known",
        *cites,
        facts=facts,
        missing=missing,
    )


_STATE_AGENT = Citation("unhcr-guidelines-4-2003", "7(I)(b)")


@reads("harm.prosecution", "path")
def sur_place(harm: Harm, path: str) -> Finding:
    """A fear that arises after departure counts like any other (Handbook 94–96)."""
    cites = [handbook("94-96")]
    reason = "the fear arose after the person left; a refugee sur place is a refugee all the same"
    if harm.prosecution:
        cites.append(handbook("61"))
        reason += (
            "; if the prosecution feared is for leaving without permission or staying abroad, a "
            "severe penalty for it justifies recognition where the motives for leaving relate to "
            "a Convention reason (Handbook 61): the claim records neither the offence nor the "
            "motives, so the fear is weighed, as any other, on the reasons for which the penalty "
            "would be inflicted and on its severity"
        )
    return finding(
        "refugee sur place", Verdict.MET, reason, *cites, facts=[f"{path}.sur_place"], role="note"
    )


def harm_elements(
    harm: Harm, path: str, claim: Claim, doctrine: Doctrine, on: dt.date
) -> tuple[Finding, Finding, Finding, Finding, Finding]:
    """The elements of one feared harm, as they stand on ``on``: where it is feared, well-founded,
    persecution, nexus, and no internal flight alternative. The return rules (Art 33(1)) weigh the
    same elements."""
    return (
        in_country_of_reference(harm, path, claim, on),
        well_founded(harm, path, doctrine),
        persecution(
            harm,
            path,
            claim.cumulative_persecution,
            discriminatory_measures(claim, harm.country),
        ),
        nexus(harm, path, doctrine),
        no_internal_flight(harm, path, claim),
    )


_FEAR_REASONS = {
    Verdict.MET: "a well-founded fear of being persecuted for a Convention reason",
    Verdict.NOT_MET: "not a well-founded fear of persecution for a Convention reason",
    Verdict.UNKNOWN: "whether this is a well-founded fear of persecution is not yet known",
}


def fear(harm: Harm, index: int, claim: Claim, doctrine: Doctrine, on: dt.date) -> Finding:
    """One feared harm: every element must be met (a refugee sur place noted as such)."""
    path = harm_path(index)
    elements = harm_elements(harm, path, claim, doctrine, on)
    verdict = Verdict.all([e.verdict for e in elements])
    notes = (sur_place(harm, path),) if harm.sur_place else ()
    return finding(
        f"{path}: {harm.description}",
        verdict,
        _FEAR_REASONS[verdict],
        ART_1A2,
        children=(*elements, *notes),
    )


_ANY_FEAR_REASONS = {
    Verdict.MET: "at least one feared harm qualifies",
    Verdict.NOT_MET: "no feared harm qualifies",
    Verdict.UNKNOWN: "no feared harm qualifies yet, and at least one might",
}


def feared_persecution(claim: Claim, doctrine: Doctrine, on: dt.date) -> Finding:
    """At least one feared harm must be a well-founded fear of persecution for a Convention reason."""
    element = "well-founded fear of being persecuted for a Convention reason"
    if not claim.fears:
        return finding(
            element, Verdict.NOT_MET, "the claim states no feared harm", ART_1A2, facts=["fears"]
        )
    fears = [fear(harm, i, claim, doctrine, on) for i, harm in enumerate(claim.fears)]
    verdict = Verdict.any([f.verdict for f in fears])
    return finding(element, verdict, _ANY_FEAR_REASONS[verdict], ART_1A2, children=fears)


# The same two rules deciding only the verdict, for the outcome alone (law.status.outcome): the same
# elements, put together in the same way, with no finding built to explain them. Only the verdict
# is asked, so the first element not met settles a harm, and the first harm that qualifies settles
# the fear.


def fear_verdict(harm: Harm, index: int, claim: Claim, doctrine: Doctrine, on: dt.date) -> Verdict:
    """What :func:`fear` decides: every element of :func:`harm_elements` must be met, so the
    first element not met settles it (asked in the order :func:`harm_elements` gives them)."""
    path = harm_path(index)
    where = in_country_of_reference(harm, path, claim, on).verdict
    if where is Verdict.NOT_MET:
        return where
    founded = well_founded(harm, path, doctrine).verdict
    if founded is Verdict.NOT_MET:
        return founded
    measures = discriminatory_measures(claim, harm.country)
    persecuted = persecution(harm, path, claim.cumulative_persecution, measures).verdict
    if persecuted is Verdict.NOT_MET:
        return persecuted
    ground = nexus(harm, path, doctrine).verdict
    if ground is Verdict.NOT_MET:
        return ground
    flight = no_internal_flight(harm, path, claim).verdict
    return Verdict.all([where, founded, persecuted, ground, flight])


def feared_verdict(claim: Claim, doctrine: Doctrine, on: dt.date) -> Verdict:
    """What :func:`feared_persecution` decides: at least one feared harm must qualify (none stated,
    none qualifies). The first harm that qualifies settles it."""
    verdict = Verdict.NOT_MET
    for index, harm in enumerate(claim.fears):
        found = fear_verdict(harm, index, claim, doctrine, on)
        if found is Verdict.MET:
            return found
        if found is Verdict.UNKNOWN:
            verdict = found
    return verdict
