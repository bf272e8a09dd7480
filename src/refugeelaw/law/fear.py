"""Art 1A(2): "owing to well-founded fear of being persecuted for reasons of race, religion,
nationality, membership of a particular social group or political opinion".

A claim may state several feared harms; each is weighed element by element (where it is feared,
well-founded, persecution, the nexus, no internal flight alternative), and at least one must
qualify. The fear is of being persecuted in any of the forms feared: harms feared in one country
that fail alone only on their likelihood or on internal relocation are taken together
(:mod:`refugeelaw.law.together`; :func:`taken_together`), and each such harm's failing element is
the finding on them all. Whether a harm is persecution is :mod:`refugeelaw.law.persecution`'s;
whether it is feared for a Convention reason, :mod:`refugeelaw.law.nexus`'s; the rest is here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

import attrs

from ..countries import country_name
from ..doctrine import Doctrine, fear_standard
from ..facts import Actor, Claim, Harm
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from ..sources.territories import same_state
from .nexus import exit_route, nexus
from .persecution import discriminatory_measures, persecution
from .protection import (
    AGENT_READING,
    SVAZAS,
    agent_on_own_account,
    withheld_by_reading,
    withheld_for,
)
from .terms import (
    ART_1A2,
    CONTROLLING_STATE_READING,
    by_controlling_state,
    claim_relocation,
    handbook,
    harm_path,
    likelihood_against,
    names,
    relocation_for,
    repetition,
)
from .territory import (
    GA_2758,
    TAIWAN_CONTESTED,
    TAIWAN_POSITION,
    administered_decides,
    administered_reading,
    administered_words,
    statehood_readings,
    taiwan_decides,
    taiwan_read,
    taiwan_together,
    taiwan_verdicts,
    within_countries,
)
from .together import AREA, Bounds, Part, Together, bounds, together_finding

__all__ = [
    "SUBJECTIVE_FEAR_READING",
    "SUR_PLACE_READING",
    "fear",
    "fear_elements",
    "fear_verdict",
    "feared_persecution",
    "feared_verdict",
    "harm_elements",
    "in_country_of_reference",
    "no_internal_flight",
    "past_persecution",
    "sur_place",
    "taken_together",
    "together_elements",
    "weighed_elements",
    "well_founded",
]


#: How the library reads "well-founded fear", named wherever a fear is found well founded (review
#: s37 st37 F3): on the likelihood of the harm alone. The Handbook's words (paras 37-50, as the
#: library's data paraphrases them: "a subjective element (the applicant's fear) and an objective
#: element") and the Supreme Court of Canada's bipartite test in *Canada (AG) v Ward* [1993] 2 SCR
#: 689 ask that the person also fear the harm; the claim records no such finding, and no rule reads
#: one. Art. 33(1)'s threat, which takes the element over, is not a fear and does not name it.
SUBJECTIVE_FEAR_READING = (
    "a well-founded fear is found on the likelihood of the harm alone, the person's own fear not "
    "weighed (the claim records none); the UNHCR Handbook (paras 37-50) speaks of a subjective "
    "element beside the objective one, and Canada (AG) v Ward [1993] 2 SCR 689 required that the "
    "claimant also subjectively fear persecution: on that bipartite reading, a finding that the "
    "person fears the harm is needed too"
)


@reads(
    "harm.likelihood",
    "harm.suffered_before",
    "harm.good_reasons_not_repeated",
    "path",
    "doctrine.fear_threshold",
    "doctrine.past_persecution_presumption",
    "bounded",
)
def well_founded(
    harm: Harm, path: str, doctrine: Doctrine, bounded: Bounds | None = None
) -> Finding:
    """The fear is well-founded if the harm reaches the doctrine's likelihood (by default a
    reasonable possibility: :func:`~refugeelaw.doctrine.fear_standard` names the band); a harm
    already suffered may raise a presumption that it is (:func:`past_persecution`). Its own
    likelihood not assessed, the assessments that at least one of several harms, it among them,
    befalls the person bound it (``bounded``: :func:`~refugeelaw.law.together.bounds`): no one of
    them is likelier than that, and that chance is at most their likelihoods added, so a bound
    on the one side of the threshold decides."""
    threshold = doctrine.fear_threshold
    standard = fear_standard(threshold)
    assessed = likelihood_against(
        "well-founded fear",
        harm.likelihood,
        path,
        threshold,
        standard,
        _FEAR,
        (doctrine.position("fear_threshold"),),
    )
    if harm.likelihood is None and bounded is not None:
        unassessed = "the likelihood of this harm alone has not been assessed, but "
        said = ""
        if bounded.most < threshold:
            fact, verdict = bounded.most_by, Verdict.NOT_MET
            said = (
                f"{unassessed}the likelihood that at least one of several harms, this among them, "
                f"befalls the person is assessed at {bounded.most:g} ({fact}), and no one of them "
                f"is likelier: below the threshold {threshold:g}"
            )
        elif bounded.least >= threshold:
            fact, verdict = bounded.least_by, Verdict.MET
            said = (
                f"{unassessed}the likelihood that at least one of several harms, this among them, "
                f"befalls the person is assessed ({fact}), and is at most their likelihoods "
                f"added, so this one is at least {bounded.least:g}, which reaches the threshold "
                f"{threshold:g}"
            )
        if said:
            assessed = finding(
                assessed.element,
                verdict,
                said,
                *assessed.citations,
                facts=[f"{path}.likelihood", fact],
                standard=standard,
                assumptions=assessed.assumptions,
            )
    found = past_persecution(assessed, harm, path, doctrine)
    if found.verdict is Verdict.MET:  # on the likelihood alone: the reading relied on, named
        return attrs.evolve(found, assumptions=(*found.assumptions, SUBJECTIVE_FEAR_READING))
    return found


def _founded(doctrine: Doctrine, claim: Claim) -> Callable[[Harm, str], Finding]:
    """:func:`well_founded` on ``doctrine``, for another harm of ``claim`` taken together with one
    weighed (``law.persecution.discriminatory_measures``)."""
    return lambda harm, path: well_founded(harm, path, doctrine, bounds(claim, path))


#: Past persecution as a presumption (UNHCR Handbook para. 45: a person who has already been the
#: victim of persecution "may be assumed" to fear it with good reason; EU law makes it "a serious
#: indication", United States law a rebuttable presumption) or as evidence only (Canada).
_PRESUMED = (
    handbook("45"),
    Citation("eu-qualification-directive-2011", "4(4)"),
    Citation("us-8-cfr-208-13", "208.13(b)(1)"),
)
_EVIDENCE = (Citation("irb-refugee-definition-ch5", "5.1"),)


def past_persecution(
    assessed: Finding,
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    presumed: str = "the fear is presumed well founded",
    provision: Citation = ART_1A2,
) -> Finding:
    """The well-founded fear (``assessed``: as the likelihood alone decides it) with a harm
    already suffered weighed. Nothing suffered, or a likelihood that suffices: ``assessed``. On
    the reading that past persecution raises a presumption (``Doctrine.past_persecution_presumption``),
    the fear is well founded unless there are good reasons to consider that the harm will not be
    repeated (:func:`~refugeelaw.law.terms.repetition`); once such reasons are found, the
    likelihood decides again. On the other reading it is evidence the assessed likelihood already
    weighs, and that likelihood decides. ``presumed`` and ``provision``: what is presumed, under
    which provision (Art 1A(2)'s fear; art. 33(1)'s threat, on a standard of its own)."""
    if harm.suffered_before is False or assessed.verdict is Verdict.MET:
        return assessed
    position = doctrine.position("past_persecution_presumption")
    assumptions = (*assessed.assumptions, position)
    if not doctrine.past_persecution_presumption:
        already = (
            "the harm already suffered is evidence weighed in that likelihood"
            if harm.suffered_before
            else "whether the harm was already suffered is evidence for that likelihood alone"
        )
        return finding(
            assessed.element,
            assessed.verdict,
            f"{assessed.reason}; {already}, not a presumption",
            *assessed.citations,
            *_EVIDENCE,
            missing=assessed.missing,
            facts=(*assessed.facts, f"{path}.suffered_before"),
            standard=assessed.standard,
            assumptions=assumptions,
        )
    verdict, facts, missing = repetition(
        harm, path, assessed.verdict, list(assessed.facts), list(assessed.missing)
    )
    rebuttal = harm.good_reasons_not_repeated
    if harm.suffered_before is None:
        reason = (
            f"{assessed.reason}, and whether the person has already suffered this harm is not "
            f"known: if so, {presumed} unless there are good reasons to consider that it will "
            "not be repeated"
        )
    elif rebuttal is False:  # the presumption stands: an estimate, if any, does not displace it
        estimated = harm.likelihood is not None
        return finding(
            assessed.element,
            verdict,
            "the person has already suffered this harm and there are no good reasons to consider "
            f"that it will not be repeated: {presumed}"
            + (
                f"; {assessed.reason}, but only such reasons displace the presumption"
                if estimated
                else ""
            ),
            provision,
            *_PRESUMED,
            facts=facts,
            standard=assessed.standard,
            assumptions=assumptions if estimated else (position,),
        )
    elif rebuttal:
        reason = (
            f"{assessed.reason}; the presumption raised by the harm already suffered is rebutted: "
            "there are good reasons to consider that it will not be repeated"
        )
    else:
        reason = (
            f"{assessed.reason}, but the person has already suffered this harm: {presumed} unless "
            "there are good reasons to consider that it will not be repeated, which is not yet found"
        )
    return finding(
        assessed.element,
        verdict,
        reason,
        *assessed.citations,
        *_PRESUMED,
        missing=missing,
        facts=facts,
        standard=assessed.standard,
        assumptions=assumptions,
    )


#: *Cardoza-Fonseca* held that a well-founded fear needs less than a probability: it is cited for a
#: threshold below one half, never for a stricter one, which its holding rejects (as art. 33(1)
#: cites *Stevic* only for its "clear probability"). It is cited on the harm's Art 1A(2) finding
#: (:func:`fear`), not on the well-founded element, which art. 33(1) takes over where it keeps the
#: fear's standard: the case set the asylum standard against *Stevic*'s for withholding, the
#: United States' art. 33(1), and is no authority for the article taking it.
_FEAR = (ART_1A2, handbook("37-50"))
CARDOZA_FONSECA = Citation("ins-v-cardoza-fonseca-1987")


@reads(
    "harm.country",
    "path",
    "claim.person.nationalities",
    "claim.person.habitual_residence",
    "claim.person.other_habitual_residences",
    "on",
    "doctrine.taiwan_outside_china",
)
def in_country_of_reference(
    harm: Harm, path: str, claim: Claim, on: dt.date, doctrine: Doctrine
) -> Finding:
    """The persecution must be feared in a country of nationality (or former habitual residence).
    A territory with a code of its own is part of the country it belongs to on ``on``: harm feared
    in Hong Kong after 1 July 1997 is feared in China. Whether harm feared in Taiwan by a national
    of China is feared in China is the position ``doctrine.taiwan_outside_china`` takes (unknown
    if it takes none). Harm feared in Macao before 20 December 1999 is feared in Portugal's
    territory, not China's; from 25 April 1976 that reading is contested, and named where it
    decides (``law.territory.ADMINISTERED_READING``)."""
    references = claim.person.countries_of_reference()
    element = "feared in a country of nationality"
    if claim.person.nationalities is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the harm is feared in {country_name(harm.country, on)}, and the person's nationality "
            "is not known: whether that is a country of nationality is not known",
            ART_1A2,
            facts=[f"{path}.country"],
            missing=["person.nationalities"],
        )
    if claim.person.stateless:
        element = (
            "feared in a country of former habitual residence"
            if len(references) > 1
            else "feared in the country of former habitual residence"
        )
        if not references:
            return finding(
                element,
                Verdict.UNKNOWN,
                "the former habitual residence is not known",
                ART_1A2,
                missing=["person.habitual_residence"],
            )
    # Hong Kong and Macao are part of China since 1997 and 1999: either way round, one is the other.
    # Taiwan is, or is not, as the doctrine reads it.
    apart = doctrine.taiwan_outside_china
    # A nationality whose statehood the data dates by a contested reading (Palestine) is read as
    # one on that reading, named.
    taken = statehood_readings(() if claim.person.stateless else references, on)
    if taiwan_decides(harm.country, references, on):
        if apart is None:
            return finding(
                element,
                Verdict.UNKNOWN,
                f"the harm is feared in {country_name(harm.country, on)}: whether that is in "
                f"{names(references, on)} {TAIWAN_CONTESTED}",
                ART_1A2,
                GA_2758,
                facts=[f"{path}.country"],
                missing=(TAIWAN_POSITION,),
            )
        taken = (*taken, doctrine.position("taiwan_outside_china"))
    within = within_countries(harm.country, references, on, apart is not False)
    met = within is not None
    where = country_name(harm.country, on) + (within or "")
    reason = (
        f"the harm is feared in {where}"
        if met
        else f"the harm is feared in {where}, which is not {names(references, on)}; fears elsewhere "
        "bear on non-refoulement, not on refugee status"
    )
    # A territory under another State's administration (Macao, from 1976 until 1999): read as
    # that State's, named where it decides.
    ruled = administered_decides(harm.country, references, on, apart is not False)
    if ruled is not None:
        taken = (*taken, administered_reading(ruled))
        reason += f" ({administered_words(ruled, on)})"
    return finding(
        element,
        Verdict.of(met),
        reason,
        ART_1A2,
        facts=[f"{path}.country"],
        assumptions=taken,
    )


#: The position the default doctrine takes where the state persecutes and no finding on internal
#: relocation is made (``Doctrine.relocation_presumption``).
PRESUMED_NOT_AVAILABLE = Doctrine().position("relocation_presumption")


@reads(
    "harm.actor",
    "harm.internal_relocation",
    "path",
    "claim.internal_relocation",
    "claim.fears[].country",
    "claim.fears[].actor",
    "claim.fears[].internal_relocation",
    "doctrine.relocation_presumption",
    "agent",
    "controlled",
    "on",
)
def no_internal_flight(
    harm: Harm,
    path: str,
    claim: Claim,
    doctrine: Doctrine,
    agent: bool,
    controlled: bool = False,
    on: dt.date | None = None,
) -> Finding:
    """Internal relocation: the fear need not extend to the whole country, but a person who could
    reasonably be expected to live safely in another part of it is not a refugee (Handbook 91).
    Where the state persecutes, an internal flight alternative is presumed not to be available,
    unless the decision-maker finds a reasonable one (UNHCR Guidelines on International
    Protection No. 4, para. 7(I)(b): "National authorities are presumed to act throughout the
    country"), or, under ``Doctrine(relocation_presumption=False)``, the element waits for that
    finding (*Januzi v SSHD* [2006] UKHL 5). ``agent``: the state's agent would act for personal
    reasons (:func:`~refugeelaw.law.protection.agent_on_own_account`), where the presumption is a
    reading of its own (:data:`~refugeelaw.law.protection.AGENT_READING`). ``controlled``: the
    harm is by "the state" in a place that names no State on the date
    (:func:`~refugeelaw.law.terms.by_controlling_state`): the agents of a State in control of
    it are the persecutors, presumed to act throughout it as national authorities are, on
    :data:`~refugeelaw.law.terms.CONTROLLING_STATE_READING`, named where the presumption
    decides."""
    element = "no internal flight alternative"
    cites: tuple[Citation, ...] = (ART_1A2, handbook("91"))
    # The harm's own finding, or the claim's for every harm; not yet made, the one asked for
    # (the claim's only where it answers nothing else: ``claim_relocation``).
    relocation, where = relocation_for(harm, path, claim_relocation(claim, doctrine, on))
    facts = [f"{path}.actor", where]
    if harm.actor is Actor.STATE:
        cites = (*cites, _STATE_AGENT)
        who = (
            "the agents of a State in control of the place are the persecutors"
            if controlled
            else "the state is the persecutor"
        )
        if relocation:
            return finding(
                element,
                Verdict.NOT_MET,
                f"{who}, which raises a presumption that no part of the country is safe, but "
                "the decision-maker finds a reasonable internal flight alternative, which rebuts it"
                if doctrine.relocation_presumption
                else f"{who}, but the decision-maker finds a reasonable internal flight "
                "alternative",
                *cites,
                facts=facts,
            )
        if relocation is False:
            reason = (
                f"{who}, and the decision-maker finds no reasonable internal flight alternative"
            )
        elif doctrine.relocation_presumption:
            reason = (
                f"{who}: an internal flight alternative is presumed unavailable and no finding "
                "rebuts the presumption"
            )
            facts = [f"{path}.actor"]  # the presumption rests on who persecutes, not a finding
            return finding(
                element,
                Verdict.MET,
                reason,
                *cites,
                *((SVAZAS,) if agent else ()),
                facts=facts,
                assumptions=[
                    doctrine.position("relocation_presumption"),
                    *([AGENT_READING] if agent else []),
                    *([CONTROLLING_STATE_READING] if controlled else []),
                ],
            )
        else:
            return finding(
                element,
                Verdict.UNKNOWN,
                f"{who}, which makes a reasonable internal flight alternative less likely but does "
                "not settle it: whether one exists is not yet found",
                *cites,
                facts=[f"{path}.actor"],
                missing=[where],
                assumptions=[doctrine.position("relocation_presumption")],
            )
        return finding(element, Verdict.MET, reason, *cites, facts=facts)
    if relocation is False:
        return finding(
            element,
            Verdict.MET,
            "no reasonable internal flight alternative exists (a finding of the decision-maker)",
            *cites,
            facts=facts,
        )
    if relocation:
        if harm.actor is None:
            # Whoever persecutes: a state's presumption that no part of the country is safe is
            # rebutted by the finding, as above.
            return finding(
                element,
                Verdict.NOT_MET,
                "the decision-maker finds a reasonable internal flight alternative: whoever the "
                "persecutor is (not known), it defeats the fear, for against the state it rebuts "
                "the presumption that no part of the country is safe",
                *cites,
                _STATE_AGENT,
                facts=facts,
            )
        return finding(
            element,
            Verdict.NOT_MET,
            "the persecutor is not the state and a reasonable internal "
            "flight alternative exists (a finding of the decision-maker)",
            *cites,
            facts=facts,
        )
    missing = [where] + ([f"{path}.actor"] if harm.actor is None else [])
    return finding(
        element,
        Verdict.UNKNOWN,
        "whether a reasonable internal flight alternative exists is not known",
        *cites,
        facts=facts,
        missing=missing,
    )


_STATE_AGENT = Citation("unhcr-guidelines-4-2003", "7(I)(b)")


#: How the library weighs a fear the person's own activities after leaving gave rise to (stated
#: wherever a fear is sur place). The claim records no motive for them.
SUR_PLACE_READING = (
    "a fear that arose after the person left is weighed like any other, on a careful examination "
    "of the circumstances (UNHCR Handbook para. 96), whatever the motive of any activities abroad "
    "that gave rise to it, the motive going at most to credibility (Danian v SSHD [1999] EWCA Civ "
    "3000, as its headnote reports it); "
    "EU Qualification Directive 2011/95 art. 5(3) lets a Member State normally refuse refugee "
    "status on a subsequent application where the risk rests on circumstances the applicant "
    "created by his own decision since leaving, and Australian law required such conduct in "
    "Australia to be disregarded unless shown not to have been engaged in to strengthen the "
    "claim (Migration Act 1958 s. 91R(3), now s. 5J(6)); the claim records no such motive"
)


@reads("harm.prosecution", "harm.reasons", "path")
def sur_place(harm: Harm, path: str) -> Finding:
    """A fear that arises after departure counts like any other (Handbook 94–96), whatever the
    motive of the activities that gave rise to it (:data:`SUR_PLACE_READING`, named)."""
    cites = [handbook("94-96")]
    reason = "the fear arose after the person left; a refugee sur place is a refugee all the same"
    if harm.is_prosecution:
        cites.append(handbook("61"))
        reason += (
            "; if the prosecution feared is for leaving without permission or staying abroad, a "
            "severe penalty for it justifies recognition where the motives for leaving relate to "
            "a Convention reason (Handbook 61): the nexus element weighs those motives where the "
            "reasons for which the penalty would be inflicted do not, or do not yet, supply a "
            "Convention ground, on "
            "the position the doctrine takes (exit_motive_nexus), and the persecution element "
            "weighs the penalty's severity"
        )
    return finding(
        "refugee sur place",
        Verdict.MET,
        reason,
        *cites,
        facts=[f"{path}.sur_place"],
        assumptions=(SUR_PLACE_READING,),
        role="note",
    )


def harm_elements(
    harm: Harm, path: str, claim: Claim, doctrine: Doctrine, on: dt.date
) -> tuple[Finding, Finding, Finding, Finding, Finding]:
    """The elements of one feared harm, as they stand on ``on``: where it is feared, and
    :func:`fear_elements`. The return rules (Art 33(1)) weigh the same elements."""
    return (
        in_country_of_reference(harm, path, claim, on, doctrine),
        *fear_elements(harm, path, claim, doctrine, on),
    )


def fear_elements(
    harm: Harm, path: str, claim: Claim, doctrine: Doctrine, on: dt.date | None = None
) -> tuple[Finding, Finding, Finding, Finding]:
    """The elements of one feared harm wherever it is feared: well-founded, persecution, nexus,
    and no internal flight alternative (Art 1E weighs them for a country of residence). ``on``:
    the day whose States tell which other harms are feared in the same country (Handbook para.
    53's measures taken together); ``None``: the places as given. The persecution and nexus
    elements both take UNHCR Handbook para. 61's route for a penalty for leaving without
    permission (``law.nexus.exit_route``): the person's motives for leaving supply the nexus, and
    the penalty's severity makes it persecution."""
    withheld = withheld_for(harm)
    return (
        well_founded(harm, path, doctrine, bounds(claim, path)),
        persecution(
            harm,
            path,
            claim.cumulative_persecution,
            discriminatory_measures(
                claim, harm, _founded(doctrine, claim), on, threshold=doctrine.fear_threshold
            ),
            exit_route(harm, path, doctrine, claim.reasons_for_leaving),
        ),
        nexus(
            harm,
            path,
            doctrine,
            withheld,
            withheld_by_reading(harm, withheld),
            claim.reasons_for_leaving,
        ),
        no_internal_flight(
            harm,
            path,
            claim,
            doctrine,
            agent_on_own_account(harm),
            by_controlling_state(harm, on),
            on,
        ),
    )


_FEAR_REASONS = {
    Verdict.MET: "a well-founded fear of being persecuted for a Convention reason",
    Verdict.NOT_MET: "not a well-founded fear of persecution for a Convention reason",
    Verdict.UNKNOWN: "whether this is a well-founded fear of persecution is not yet known",
}


def fear(
    harm: Harm,
    index: int,
    claim: Claim,
    doctrine: Doctrine,
    on: dt.date,
    elements: tuple[Finding, ...] | None = None,
) -> Finding:
    """One feared harm: every element must be met (a refugee sur place noted as such). The
    elements are :func:`harm_elements`, with the harm taken together with the others feared in
    the same country (:func:`taken_together`; ``elements``: already so weighed)."""
    path = harm_path(index)
    if elements is None:
        elements = _in_its_country(index, claim, doctrine, on)
    verdict = Verdict.all([e.verdict for e in elements])
    notes = (sur_place(harm, path),) if harm.sur_place else ()
    return finding(
        f"{path}: {harm.description}",
        verdict,
        _FEAR_REASONS[verdict],
        ART_1A2,
        *((CARDOZA_FONSECA,) if doctrine.fear_threshold < 0.5 else ()),
        children=(*elements, *notes),
    )


#: Where ``Claim.fears`` is ``None``: what the person fears is not known, which is not the same
#: as their fearing nothing (status is declaratory, Handbook para 28).
UNSTATED = "what harm, if any, the person fears is not known"

_ANY_FEAR_REASONS = {
    Verdict.MET: "at least one feared harm qualifies",
    Verdict.NOT_MET: "no feared harm qualifies",
    Verdict.UNKNOWN: "no feared harm qualifies yet, and at least one might",
}


def feared_persecution(claim: Claim, doctrine: Doctrine, on: dt.date) -> Finding:
    """At least one feared harm must be a well-founded fear of persecution for a Convention reason."""
    element = "well-founded fear of being persecuted for a Convention reason"
    if claim.fears is None:  # not known: not the same as none (Handbook para 28)
        return finding(
            element, Verdict.UNKNOWN, UNSTATED, ART_1A2, facts=["fears"], missing=["fears"]
        )
    if not claim.fears:
        return finding(
            element, Verdict.NOT_MET, "the person fears no harm", ART_1A2, facts=["fears"]
        )
    elements = weighed_elements(claim, doctrine, on)
    fears = [fear(harm, i, claim, doctrine, on, elements[i]) for i, harm in enumerate(claim.fears)]
    verdict = Verdict.any([f.verdict for f in fears])
    return finding(element, verdict, _ANY_FEAR_REASONS[verdict], ART_1A2, children=fears)


# The same two rules deciding only the verdict, for the outcome alone (law.status.outcome): the same
# elements, put together in the same way, with no finding built to explain them. Only the verdict
# is asked, so the first element not met settles a harm, and the first harm that qualifies settles
# the fear.


def fear_verdict(
    harm: Harm,
    index: int,
    claim: Claim,
    doctrine: Doctrine,
    on: dt.date,
    groups: dict[int, Together | None] | None = None,
) -> Verdict:
    """What :func:`fear` decides: every element of :func:`harm_elements` must be met, so the
    first element not met settles it (asked in the order :func:`harm_elements` gives them),
    save that a harm that fails alone, where another harm is feared in the same country, is
    taken together with it (:func:`taken_together`). ``groups``: the harms already taken
    together for this claim, by place (``None`` where taken together with none), which one
    caller asking of several harms of the claim shares, so that a country's harms are taken
    together once."""
    path = harm_path(index)
    where = in_country_of_reference(harm, path, claim, on, doctrine).verdict
    if where is Verdict.NOT_MET:
        return where
    founded = well_founded(harm, path, doctrine, bounds(claim, path)).verdict
    partners: list[int] | None = None  # the harms feared in the same country, once asked
    if founded is Verdict.NOT_MET:
        partners = _same_country(index, claim, doctrine, on)
        if len(partners) < 2:
            return founded
    measures = discriminatory_measures(
        claim, harm, _founded(doctrine, claim), on, threshold=doctrine.fear_threshold
    )
    leaving = exit_route(harm, path, doctrine, claim.reasons_for_leaving)
    persecuted = persecution(harm, path, claim.cumulative_persecution, measures, leaving).verdict
    if persecuted is Verdict.NOT_MET:
        return persecuted
    withheld = withheld_for(harm)
    by_reading = withheld_by_reading(harm, withheld)
    ground = nexus(harm, path, doctrine, withheld, by_reading, claim.reasons_for_leaving).verdict
    if ground is Verdict.NOT_MET:
        return ground
    flight = no_internal_flight(
        harm, path, claim, doctrine, agent_on_own_account(harm), by_controlling_state(harm, on), on
    ).verdict
    alone = Verdict.all([where, founded, persecuted, ground, flight])
    if alone is not Verdict.NOT_MET:
        return alone
    if partners is None:
        partners = _same_country(index, claim, doctrine, on)
    if len(partners) < 2:
        return alone
    # Failing alone only on its likelihood or on internal relocation: taken together with the
    # other harms feared in the same country, as :func:`fear` takes it (its failing element is
    # the finding on them all).
    if groups is not None and index in groups:
        together = groups[index]
    else:
        fears = claim.fears or ()
        each = {i: harm_elements(fears[i], harm_path(i), claim, doctrine, on) for i in partners}
        parts = _parts(claim, doctrine, on, each, 1, 4)
        found = taiwan_verdicts(
            taiwan_together(parts, claim, doctrine.fear_threshold, on, doctrine), doctrine
        )
        if groups is not None:
            groups.update({i: found.get(i) for i in partners})
        together = found.get(index)
    if together is None:
        return alone
    return Verdict.all(
        [
            where,
            persecuted,
            ground,
            together.verdict if founded is Verdict.NOT_MET else founded,
            together.verdict if flight is Verdict.NOT_MET else flight,
        ]
    )


def feared_verdict(
    claim: Claim,
    doctrine: Doctrine,
    on: dt.date,
    groups: dict[int, Together | None] | None = None,
) -> Verdict:
    """What :func:`feared_persecution` decides: at least one feared harm must qualify (none stated,
    none qualifies; none known, unknown). The first harm that qualifies settles it. ``groups``:
    as :func:`fear_verdict` shares them."""
    if claim.fears is None:
        return Verdict.UNKNOWN
    verdict = Verdict.NOT_MET
    shared: dict[int, Together | None] = {} if groups is None else groups
    for index, harm in enumerate(claim.fears):
        found = fear_verdict(harm, index, claim, doctrine, on, shared)
        if found is Verdict.MET:
            return found
        if found is Verdict.UNKNOWN:
            verdict = found
    return verdict


# Several harms feared in one country, taken together (law.together): each harm's elements as
# harm_elements gives them, and, for a harm that fails alone only on its likelihood or on internal
# relocation, the finding on the harms taken together in place of the element it fails.


def weighed_elements(
    claim: Claim, doctrine: Doctrine, on: dt.date
) -> tuple[tuple[Finding, ...], ...]:
    """Each feared harm's elements (:func:`harm_elements`), in order, the harms feared in one
    country taken together (:func:`taken_together`)."""
    each = {
        i: harm_elements(harm, harm_path(i), claim, doctrine, on)
        for i, harm in enumerate(claim.fears or ())
    }
    return tuple(taken_together(claim, doctrine, on, each).values())


def _same_country(index: int, claim: Claim, doctrine: Doctrine, on: dt.date) -> list[int]:
    """The places in ``fears`` of the harms feared in the same State as the one at ``index`` on
    ``on`` on some reading of Taiwan's relation to China (itself included; Taiwan and China are
    one on the reading that it is part of China: which reading decides is weighed where they are
    taken together, ``law.territory.taiwan_together``), which it may be taken together with."""
    fears = claim.fears or ()
    if len(fears) == 1:
        return [index]
    country = fears[index].country
    return [i for i, h in enumerate(fears) if same_state(h.country, country, on, False)]


def _in_its_country(
    index: int, claim: Claim, doctrine: Doctrine, on: dt.date
) -> tuple[Finding, ...]:
    """The elements of the harm at ``index``, taken together with the others feared in its
    country (:func:`taken_together`)."""
    fears = claim.fears or ()
    each = {
        i: harm_elements(fears[i], harm_path(i), claim, doctrine, on)
        for i in _same_country(index, claim, doctrine, on)
    }
    return taken_together(claim, doctrine, on, each)[index]


def taken_together(
    claim: Claim, doctrine: Doctrine, on: dt.date, each: Mapping[int, tuple[Finding, ...]]
) -> dict[int, tuple[Finding, ...]]:
    """The elements of feared harms (``each``: by place in ``fears``, as :func:`harm_elements`
    gives them), those feared in one country taken together (:func:`together_elements`): Art
    1A(2)'s fear is of "being persecuted", in any of the forms feared, so a harm that fails alone
    only on its likelihood or on internal relocation, otherwise persecution for a Convention
    reason or not yet known not to be, has in place of the element it fails the finding on the
    harms taken together."""
    return together_elements(
        claim,
        doctrine,
        on,
        each,
        threshold=doctrine.fear_threshold,
        likely_at=1,
        relocation_at=4,
        likely_cites=_FEAR_CITES,
    )


def together_elements(
    claim: Claim,
    doctrine: Doctrine,
    on: dt.date | None,
    each: Mapping[int, tuple[Finding, ...]],
    *,
    threshold: float,
    likely_at: int,
    relocation_at: int | None,
    likely_cites: tuple[Citation, ...],
    risk: str = "fear",
) -> dict[int, tuple[Finding, ...]]:
    """The elements of feared harms (``each``: by place in ``fears``), those feared in one
    country on ``on`` taken together (:func:`~refugeelaw.law.together.weigh`). The likelihood
    element is at ``likely_at``, weighed against ``threshold`` and citing ``likely_cites``;
    internal relocation at ``relocation_at`` (``None``: not weighed); every other element is what
    the harm must otherwise be; ``risk`` is what is weighed, in words ("fear", "threat"). A harm
    that fails alone only on its likelihood or on internal relocation has in place of the element
    it fails the finding on the harms taken together
    (:func:`~refugeelaw.law.together.together_finding`), where that finding is met or not yet
    known, or rests on an assessment of them together; elsewhere its own element stands. Art
    1A(2) weighs them so (:func:`taken_together`), art. 33(1) its threat
    (``law.art_33.persecution_risk``), and Art 1E the fear in a country of residence
    (``law.art_1e``). Harms feared in Taiwan and in China are feared in one State only on the
    reading that Taiwan is part of China: where the harms taken together differ on the two
    readings, an element that differs is found on the reading the doctrine takes, naming it, or,
    where it takes none, not known, asking it (``law.territory.taiwan_read``)."""
    failing = [i for i, elements in each.items() if _fails(elements)]
    if len(failing) < 2:  # at most one harm fails alone: nothing to take together
        return dict(each)
    parts = _parts(claim, doctrine, on, each, likely_at, relocation_at)
    # Taken together on each reading of Taiwan's relation to China that groups them otherwise: an
    # element that differs is found on the reading taken, or, none taken, not known.
    read = {
        apart: _with_together(
            claim, on, each, found, threshold, likely_at, relocation_at, likely_cites, risk
        )
        for apart, found in taiwan_together(parts, claim, threshold, on, doctrine).items()
    }
    if len(read) == 1:
        return next(iter(read.values()))
    return {
        i: tuple(
            taiwan_read({apart: read[apart][i][n] for apart in read}, doctrine)
            for n in range(len(elements))
        )
        for i, elements in each.items()
    }


def _with_together(
    claim: Claim,
    on: dt.date | None,
    each: Mapping[int, tuple[Finding, ...]],
    found: Mapping[int, Together],
    threshold: float,
    likely_at: int,
    relocation_at: int | None,
    likely_cites: tuple[Citation, ...],
    risk: str,
) -> dict[int, tuple[Finding, ...]]:
    """:func:`together_elements` on one grouping of the harms (``found``: the finding on the harms
    taken together, by place)."""
    weighed: dict[int, tuple[Finding, ...]] = dict(each)
    for i, together in found.items():
        if together.verdict is Verdict.NOT_MET and not together.used:
            continue  # nothing taken together changes, nor any finding on them together
        changed = list(each[i])
        if changed[likely_at].verdict is Verdict.NOT_MET:
            changed[likely_at] = together_finding(
                changed[likely_at], i, together, threshold, on, claim, likely_cites, risk=risk
            )
        if relocation_at is not None and changed[relocation_at].verdict is Verdict.NOT_MET:
            changed[relocation_at] = together_finding(
                changed[relocation_at],
                i,
                together,
                threshold,
                on,
                claim,
                _RELOCATION_CITES,
                relocation=True,
                risk=risk,
            )
        weighed[i] = tuple(changed)
    return weighed


def _parts(
    claim: Claim,
    doctrine: Doctrine,
    on: dt.date | None,
    each: Mapping[int, tuple[Finding, ...]],
    likely_at: int,
    relocation_at: int | None,
) -> list[Part]:
    """Each harm's elements (``each``) as :func:`~refugeelaw.law.together.weigh` takes them: every
    element but the likelihood (at ``likely_at``) and internal relocation (at ``relocation_at``,
    ``None``: not weighed) is what the harm must otherwise be."""
    relocation = claim_relocation(claim, doctrine, on)
    parts = []
    for i, elements in each.items():
        harm = (claim.fears or ())[i]
        _, answered = relocation_for(harm, harm_path(i), relocation)
        core = [e.verdict for n, e in enumerate(elements) if n not in (likely_at, relocation_at)]
        parts.append(
            Part(
                i,
                harm,
                Verdict.all(core),
                elements[likely_at].verdict,
                Verdict.MET if relocation_at is None else elements[relocation_at].verdict,
                "" if relocation_at is None else answered,
                tuple(elements),
            )
        )
    return parts


def _fails(elements: tuple[Finding, ...]) -> bool:
    """Whether some element of a harm is not met: only a harm that fails alone is taken together
    with others."""
    return any(e.verdict is Verdict.NOT_MET for e in elements)


#: What a harm's relocation element taken together with others cites: Art 1A(2), the Handbook's
#: internal flight paragraph, and UNHCR Guidelines No. 4, para. 6 ("a specific area of the
#: country where there is no risk of a well-founded fear of persecution").
_RELOCATION_CITES = (ART_1A2, handbook("91"), AREA)
_FEAR_CITES = (ART_1A2, handbook("37-50"))
