"""Art 1A(2): "being persecuted". Persecution is a threat to life or freedom, or another serious
violation of human rights (UNHCR Handbook paras 51-53); discrimination is persecution only on
cumulative grounds (paras 53-55); prosecution only where the punishment is excessive or the law
itself contrary to human rights (paras 56-60), save that a severe penalty for leaving without
permission, for one whose motives for leaving relate to a Convention reason, is persecution by its
severity alone (para. 61, on the reading :data:`EXIT_PENALTY_READING` names).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

import attrs

from ..facts import BELOW_TORTURE, Claim, Harm, Severity
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .nexus import EXIT_OFFENCE, NO_EXIT_ROUTE, ExitRoute
from .terms import ART_1A2, handbook, harm_path, prosecution_fact
from .territory import same_state
from .together import likely_together

__all__ = [
    "EXIT_PENALTY_READING",
    "FORBIDDEN_PUNISHMENT",
    "LAWFUL_SANCTIONS_READING",
    "Measures",
    "cumulative_grounds",
    "discriminatory_measures",
    "persecution",
]


class Measures(NamedTuple):
    """The measures and adverse factors a person fears in one country, to be taken together
    (Handbook para. 53; :func:`discriminatory_measures` counts them).

    Args:
        found: how many are feared with good reason (the harm weighed among them).
        possible: ``found`` and those whose fear is not yet known to be well founded.
        open: the facts those wait on (their likelihood, mostly).
        standard: the likelihood they are counted to, in words ("with art. 33(1)'s likelihood
            of at least 0.5"), where a rule weighs the threat on a standard of its own; empty:
            the well-founded fear's ("feared with good reason").
    """

    found: int
    possible: int
    open: tuple[str, ...] = ()
    standard: str = ""


#: One measure alone: the harm weighed, nothing else feared in its country.
ALONE = Measures(1, 1)


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


#: CAT art. 1(1), whose definition of torture decides whether a punishment would be torture.
_TORTURE_DEFINED = FORBIDDEN_PUNISHMENT[0]


#: How the library reads "lawful sanctions" in CAT art. 1(1)'s last sentence, named wherever a
#: finding that a punishment would be torture decides (the own-diff review's F5): for a
#: prosecution that sentence is the part of the definition in issue, every punishment being pain
#: or suffering "intentionally inflicted [...] for such purposes as [...] punishing him". Whether
#: "lawful" means lawful under national law only, or under international law too, is contested:
#: the Netherlands' understanding and Luxembourg's declaration to the Convention read it as
#: lawful under both, the United Arab Emirates' declaration as lawful under national law (the
#: texts as the UN Treaty Collection prints them, held in ``data/participation/cat-1984.json``).
#: The torture question put for a prosecution states the reading, so that the answer is given
#: on it.
LAWFUL_SANCTIONS_READING = (
    "CAT art. 1(1)'s last sentence, leaving out of torture pain or suffering \"arising only from, "
    'inherent in or incidental to lawful sanctions", is read with "lawful" meaning lawful under '
    "international law as well as national law, as the Netherlands' understanding and "
    "Luxembourg's declaration to the Convention read it (UN Treaty Collection, MTDSG IV-9): a "
    "punishment lawful under the law of the country alone is not left out of torture by it; on "
    "the reading the United Arab Emirates' declaration states (lawful sanctions under national "
    "law), it would be"
)


#: How the library reads UNHCR Handbook para. 61 beside paras 56-60, named wherever it decides
#: the persecution element (the status review's F2): the paragraph states two conditions, severe
#: penalties for leaving without permission (or staying abroad without authorisation) and motives
#: for leaving that relate to a Convention reason, and where both hold it is applied as it stands,
#: not with paras 56-60's further condition for a prosecution.
EXIT_PENALTY_READING = (
    "UNHCR Handbook para. 61 is read as a route of its own: where the penalty feared is for "
    "leaving the country without permission or staying abroad without authorisation and the "
    "person's motives for leaving or staying abroad relate to a Convention reason, the penalty's "
    "severity alone makes it persecution (a threat to life or freedom or another serious "
    "violation of human rights; discrimination only on cumulative grounds), without paras "
    "56-60's further condition for a prosecution that the punishment be disproportionate or "
    "discriminatory or the law itself contrary to human rights; a stricter reading would ask "
    "that condition of a penalty for leaving too"
)


@reads(
    "harm.prosecution",
    "harm.reasons",
    "harm.disproportionate",
    "harm.discriminatory",
    "harm.law_contrary_to_human_rights",
    "harm.condemned_military_action",
    "harm.severity",
    "harm.torture",
    "path",
    "cumulative",
    "measures",
    "exit_route",
)
def persecution(
    harm: Harm,
    path: str,
    cumulative: bool | None = None,
    measures: Measures = ALONE,
    exit_route: ExitRoute = NO_EXIT_ROUTE,
) -> Finding:
    """Persecution: a threat to life or freedom, or another serious violation of human rights.

    Discrimination alone is not persecution (Handbook 54–55), but various measures not in
    themselves persecution may, taken together, amount to it "on cumulative grounds" (Handbook
    53): ``cumulative`` is that judgement, ``measures`` the measures and adverse factors feared in
    the harm's country (:func:`discriminatory_measures`). Prosecution is persecution only when the punishment is
    disproportionate or discriminatory, or the law itself is contrary to human rights (Handbook
    56–60), and then only where the punishment is severe enough: "excessive" (para. 57), that is,
    serious, or discrimination amounting to persecution on cumulative grounds.
    A punishment that would be torture is excessive whatever the offence: no offence justifies it
    (:data:`FORBIDDEN_PUNISHMENT`).

    Para. 61 is a route of its own for a penalty for leaving without permission or staying abroad
    without authorisation: where the person's motives for leaving relate to a Convention reason
    (``exit_route``, ``law.nexus.exit_route``, which also gives the nexus that way,
    ``law.nexus.exit_motives``), "severe penalties" are persecution, weighed by their severity
    alone, as a harm that is no prosecution is, without paras 56-60's further condition
    (:data:`EXIT_PENALTY_READING`, named where it decides). While it is open whether para. 61
    reaches the penalty (the offence or the motives not known), a severe penalty that condition
    refuses is not refused: the element waits on what decides the route.
    """
    if not harm.is_prosecution:
        return _severe(harm, path, cumulative, measures)
    found = _routes(harm)
    prosecuted = _prosecuted(harm, path, cumulative, measures, found)
    # A route of paras 56-60 found leaves only the penalty's severity to weigh, as para. 61 does:
    # para. 61 changes nothing there.
    if exit_route.verdict is Verdict.NOT_MET or any(found.values()):
        return _torture_in_punishment(prosecuted, path)
    return _torture_in_punishment(
        _penalty_for_leaving(
            prosecuted, _severe(harm, path, cumulative, measures), exit_route, path
        ),
        path,
    )


def _torture_in_punishment(found: Finding, path: str) -> Finding:
    """A prosecution's finding that waits on, or rests on, whether the punishment would be
    torture: CAT art. 1(1) defines it, and its last sentence, leaving out pain or suffering
    inherent in "lawful sanctions", is the part a punishment turns on. Where a finding that the
    punishment would be torture decides the element, it decides on the reading of "lawful"
    :data:`LAWFUL_SANCTIONS_READING` names."""
    torture = f"{path}.torture"
    relied = torture in found.facts and found.verdict is not Verdict.NOT_MET
    if not relied and torture not in found.missing:
        return found
    return attrs.evolve(
        found,
        citations=tuple(dict.fromkeys((*found.citations, _TORTURE_DEFINED))),
        assumptions=tuple(
            dict.fromkeys((*found.assumptions, *((LAWFUL_SANCTIONS_READING,) if relied else ())))
        ),
    )


_ELEMENT = "amounts to persecution"


def _routes(harm: Harm) -> dict[str, bool | None]:
    """Each route by which a prosecution may be persecution (Handbook 56-60, 171), by the fact it
    rests on, and what that fact says."""
    # A punishment found to be torture is excessive whatever the offence: that finding settles
    # its proportion, unless it is found disproportionate anyway (a judgement that it is not
    # excessive cannot stand beside it: ``Harm``'s cross-check refuses the pair).
    excessive = harm.torture is True and harm.disproportionate is None
    return {
        **({"torture": True} if excessive else {"disproportionate": harm.disproportionate}),
        "discriminatory": harm.discriminatory,
        "law_contrary_to_human_rights": harm.law_contrary_to_human_rights,
        # Handbook 171: a flag raised only for a deserter or draft evader, where it is found
        # (True) or raised and not yet decided (None).
        **(
            {"condemned_military_action": harm.condemned_military_action}
            if harm.condemned_military_action is not False
            else {}
        ),
    }


def _prosecuted(
    harm: Harm,
    path: str,
    cumulative: bool | None,
    measures: Measures,
    found: dict[str, bool | None],
) -> Finding:
    """Handbook paras 56-60: a prosecution is persecution only where the punishment is
    disproportionate or discriminatory, or the law contrary to human rights (``found``:
    :func:`_routes`), and severe enough."""
    element = _ELEMENT
    severity = harm.severity
    # A harm found to be torture is a serious violation of human rights: where the assessor has
    # not judged its severity, that finding settles it (one judged lower is refused with it:
    # ``Harm``'s cross-check, CAT art. 1(1)).
    tortured = harm.torture is True and severity is None
    if tortured:
        severity = Severity.SERIOUS
    cites: tuple[Citation, ...] = (ART_1A2, handbook("56-60"))
    excessive = "torture" in found
    # The facts relied on: the routes found (an unknown one is missing, not relied on).
    facts = [
        prosecution_fact(harm, path),
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
    # An unknown route matters only while no route is found. A finding that the punishment would
    # be torture is one (:func:`_routes`): no offence justifies it (Handbook 56-60, CAT art. 1(1)),
    # so it is asked beside the punishment's proportion while neither is known, and where the
    # grade is unknown (``tortured`` above) - not where the harm is judged below torture
    # (``Harm``'s cross-check refuses the finding there).
    torture_open = harm.torture is None and severity not in BELOW_TORTURE
    missing: list[str] = []
    if verdict is Verdict.UNKNOWN:
        for route, value in found.items():
            if value is None:
                missing.append(f"{path}.{route}")
                if route == "disproportionate" and torture_open:
                    missing.append(f"{path}.torture")
    if verdict is Verdict.NOT_MET:
        reason = (
            "the punishment is not disproportionate, the prosecution not discriminatory and "
            "the law not contrary to human rights: prosecution for an offence is then not "
            "persecution"
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
    elif harm.condemned_military_action:
        why = (
            "the punishment is for refusing to take part in military action condemned by the "
            "international community as contrary to basic rules of human conduct"
        )
        cites = (*cites, handbook("171"))
    else:
        why = f"whether {_open_routes(found)} is not known"
        if harm.condemned_military_action is None:
            cites = (*cites, handbook("171"))
    # Handbook 57: even then, the punishment must be severe enough to be persecution
    # ("excessive"): a serious violation of human rights, or discrimination found to amount
    # to persecution on cumulative grounds.
    if severity is None:
        # Either fact can settle the grade: a severity, or a finding that the punishment would
        # be torture (``tortured`` above), named once though it may settle the route too.
        graders = [f"{path}.severity", *([f"{path}.torture"] if torture_open else [])]
        return finding(
            element,
            verdict & Verdict.UNKNOWN,
            f"{why}; how severe the feared punishment would be is not known",
            *cites,
            facts=facts,
            missing=list(dict.fromkeys((*missing, *graders))),
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


def _severe(harm: Harm, path: str, cumulative: bool | None, measures: Measures) -> Finding:
    """Handbook paras 51-53: a threat to life or freedom, or another serious violation of human
    rights, is persecution; discrimination only on cumulative grounds."""
    element = _ELEMENT
    cites = (ART_1A2, handbook("51-53"))
    facts = [f"{path}.severity"]
    if harm.torture is True and harm.severity is None:
        return finding(
            element,
            Verdict.MET,
            "the harm would be torture, a serious violation of human rights",
            *cites,
            facts=[f"{path}.torture"],
        )
    if harm.severity is None:
        # Either fact can decide: a grade, or a finding that the harm would be torture (above).
        return finding(
            element,
            Verdict.UNKNOWN,
            "the severity of the harm is not known",
            *cites,
            facts=facts,
            missing=[f"{path}.severity", *([f"{path}.torture"] if harm.torture is None else [])],
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


def _penalty_for_leaving(
    prosecuted: Finding, severe: Finding, route: ExitRoute, path: str
) -> Finding:
    """UNHCR Handbook para. 61 beside paras 56-60, for a penalty that ``route``
    (``law.nexus.exit_route``) finds, or may find, to be for leaving without permission, for one
    whose motives for leaving relate to a Convention reason: there a severe penalty is persecution
    by its severity alone (``severe``, Handbook 51-53), without the further condition paras 56-60
    set for a prosecution (``prosecuted``, which found none of them), on the reading
    :data:`EXIT_PENALTY_READING` names. The route met, ``severe`` decides; open, a penalty
    ``prosecuted`` refuses or leaves open and ``severe`` does not refuse waits on what decides
    the route, and on ``severe``'s own facts; ``severe`` refused while the route is open,
    ``prosecuted`` stands as it is: the paragraph changes nothing there."""
    met = route.verdict is Verdict.MET
    if not met and severe.verdict is Verdict.NOT_MET:
        return prosecuted
    rule = (
        "a severe penalty for that offence is persecution by its severity alone, without that "
        "further condition (Handbook 61)"
    )
    if met:
        verdict = severe.verdict
        missing: tuple[str, ...] = severe.missing
        why = (
            f"but the penalty feared is for {EXIT_OFFENCE}, and the person's motives for leaving "
            f"or staying abroad relate to {route.grounds}: {rule}; {severe.reason}"
        )
    else:
        verdict = Verdict.UNKNOWN
        missing = (*prosecuted.missing, *severe.missing, *route.missing)
        offence = f"{path}.exit_offence" in route.missing
        if offence and "reasons_for_leaving" in route.missing:
            open_ = (
                f"whether the prosecution is for {EXIT_OFFENCE}, and whether the person's motives "
                "for leaving or staying abroad relate to a Convention ground, are not known"
            )
        elif offence:
            open_ = (
                f"whether the prosecution is for {EXIT_OFFENCE} is not known (the person's "
                f"motives for leaving relate to {route.grounds})"
            )
        else:
            open_ = (
                f"the prosecution is for {EXIT_OFFENCE}, and whether the person's motives for "
                "leaving or staying abroad relate to a Convention ground is not known"
            )
        why = f"but {open_}: if both hold, {rule}; {severe.reason}"
    # Named where they decide: where the element differs from what paras 56-60 alone would find
    # (not where they change only what is still asked).
    decides = verdict is not prosecuted.verdict
    return finding(
        _ELEMENT,
        verdict,
        f"{prosecuted.reason}; {why}",
        *dict.fromkeys((*prosecuted.citations, handbook("61"), *severe.citations)),
        facts=list(dict.fromkeys((*prosecuted.facts, *route.facts, *severe.facts))),
        missing=list(dict.fromkeys(missing)),
        assumptions=list(
            dict.fromkeys(
                (
                    *prosecuted.assumptions,
                    *severe.assumptions,
                    *((*route.assumptions, EXIT_PENALTY_READING) if decides else ()),
                )
            )
        ),
    )


#: Each route by which a prosecution may be persecution, as a question of whether it holds.
_ROUTES = {
    "disproportionate": "the punishment is disproportionate",
    "discriminatory": "the prosecution or punishment is discriminatory",
    "law_contrary_to_human_rights": "the law itself is contrary to human rights",
    "condemned_military_action": (
        "the punishment is for refusing to take part in military action condemned as contrary to "
        "basic rules of human conduct (Handbook 171)"
    ),
}


def _open_routes(found: dict[str, bool | None]) -> str:
    """The routes still open, in words: "A, B or C"."""
    words = [_ROUTES[route] for route, value in found.items() if value is None]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def cumulative_grounds(
    element: str,
    cumulative: bool | None,
    measures: Measures,
    cites: tuple[Citation, ...],
    facts: list[str],
) -> Finding:
    """Handbook para. 53: "various measures not in themselves amounting to persecution (e.g.
    discrimination in different forms), in some cases combined with other adverse factors [...]
    may, if taken together, [...] reasonably justify a claim to well-founded fear of persecution
    on 'cumulative grounds'"; paras 54–55: discrimination amounts to persecution where its
    consequences are substantially prejudicial. Only what the person fears with good reason is
    taken together (:func:`discriminatory_measures`): a judgement that the measures amount to
    persecution stands once two are so feared, and waits while one of them is not yet known to
    be. Where a rule weighs the threat on a likelihood of its own (art. 33(1) under
    ``Doctrine.return_threshold``), "with good reason" is that likelihood, and the words say so
    (``measures.standard``)."""
    cites = (*cites, handbook("53"), handbook("54-55"))
    feared = f"feared {measures.standard}" if measures.standard else "feared with good reason"
    judged = [*facts, "cumulative_persecution"]
    if measures.possible <= 1:
        # Nothing to take together: the other adverse factors para. 53 weighs are feared harms of
        # their own (counted in ``measures``), so a judgement on one measure alone is not weighed.
        alone = (
            "; a judgement that measures taken together amount to persecution needs more than "
            f"one: no other measure or adverse factor is {feared} in that country"
            if cumulative
            else ""
        )
        return finding(
            element,
            Verdict.NOT_MET,
            "discrimination that does not reach a serious violation of human rights is not "
            f"persecution on its own{alone}",
            *cites[:-2],
            handbook("54-55"),
            facts=judged if cumulative is not None else facts,
        )
    others = measures.possible - 1
    # Whether enough of them are feared with good reason is open only while fewer than two are.
    unsure = measures.open if measures.found <= 1 else ()
    pending = (
        f" (whether {'it is' if others == 1 else 'they are'} {feared} is not yet known)"
        if unsure
        else ""
    )
    what = (
        "the other measure or adverse factor"
        if others == 1
        else f"the {others} other measures and adverse factors"
    )
    where = f"feared {measures.standard}" if measures.standard else "feared"
    together = (
        "the discrimination feared is not persecution on its own, but it is to be taken together "
        f"with {what} {where} in the same country{pending}"
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
    if cumulative and not unsure:
        return finding(
            element,
            Verdict.MET,
            f"{together}, and taken together they are found to amount to persecution on "
            "cumulative grounds",
            *cites,
            facts=judged,
        )
    if cumulative:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"{together}; taken together they are found to amount to persecution, a judgement "
            f"that stands only on measures {feared}",
            *cites,
            facts=judged,
            missing=unsure,
        )
    return finding(
        element,
        Verdict.UNKNOWN,
        f"{together}: whether taken together they amount to persecution on cumulative grounds "
        "has not been judged",
        *cites,
        facts=judged,
        missing=["cumulative_persecution", *unsure],
    )


def discriminatory_measures(
    claim: Claim,
    harm: Harm,
    founded: Callable[[Harm, str], Finding],
    on: dt.date | None = None,
    standard: str = "",
    threshold: float | None = None,
) -> Measures:
    """The measures not in themselves persecution the person fears in ``harm``'s country, to be
    taken together with the "other adverse factors" Handbook para. 53 weighs with them: every
    other harm feared there counts, whatever its severity, known or not, if it is feared with good
    reason (``founded``: the well-founded fear element, :func:`~refugeelaw.law.fear.well_founded`),
    and may count while that is not yet known. One at the level of discrimination or found minor
    is such a measure (a prosecution too: a punishment at that level is weighed with the rest);
    one serious in itself but not persecution for want of another element (no Convention reason:
    "a general atmosphere of insecurity", para. 53's own example) is an adverse factor at least
    as grave; and one whose severity is not known is one or the other, so its severity does not
    change the count. A harm found not to be feared with good reason (a likelihood below the
    standard: the assessor's finding that it will not happen) bears on nothing and is not
    counted (the return and status reviews' F5/F3: counting it let a rejected fear reopen a
    decided claim). Only a harm at the level of discrimination is weighed with the others
    (:func:`persecution`), so for any other the count is not needed and not made (the harm
    alone), which keeps a claim of many harms from costing the square of their number. The
    country is the State on ``on``: a measure in Hong Kong after 1 July 1997 is taken together
    with one in mainland China (the status review's F3), as the other elements read the place.

    A rule that weighs the threat on a likelihood of its own counts to that likelihood: art. 33(1)
    under ``Doctrine.return_threshold`` (*INS v Stevic*'s "clear probability") passes its own
    finding as ``founded`` and its words as ``standard``, so that a measure feared with good
    reason but not as likely as that bar asks is not taken together for it (the return review's
    F1: the persecution "more likely than not" was the combination of the discrimination and a
    detention the same bar found not more likely than not), and one whose likelihood is not known
    stays open (``law.art_33.persecution_risk``).

    Other measures each below that likelihood (``threshold``: the likelihood ``founded`` asks)
    are taken together as Art 1A(2)'s fear is (``law.together``): that at least one of them is
    feared with good reason is a measure so feared, and, while their likelihoods added reach the
    threshold and the likeliest does not, one whose fear is not yet known to be, asking the
    likelihood that at least one of them befalls the person (``likelihood_of_any``; the fear
    review's F1: taken one at a time, several such measures were never taken together).

    Each entry of ``claim.fears`` is a measure, as the decision-maker listed it: entries are not
    merged, even two equal in every fact. (Merging equal entries was tried and taken out: two
    entries equal but for a fact one leaves unstated were then two measures, and stating the fact
    made them one, so a decided claim turned into the opposite answer; the own-diff law review's
    F2. Whether two entries describe one measure is the person listing them to say.)"""
    if harm.severity is not Severity.DISCRIMINATION:
        return ALONE
    country = harm.country
    found = possible = 1  # the harm weighed (its own fear is an element of its own)
    unsure: list[str] = []
    below: list[tuple[int, Verdict, float | None]] = []  # each feared, but not likely enough alone
    weighed = False  # (the harm itself, once: the same harm listed twice is two measures)
    for i, other in enumerate(claim.fears or ()):  # none known, none to count
        if other is harm and not weighed:
            weighed = True
            continue
        if other.country != country and (on is None or not same_state(other.country, country, on)):
            continue
        verdict = founded(other, harm_path(i))
        if verdict.verdict is Verdict.MET:
            found += 1
            possible += 1
        elif verdict.verdict is Verdict.UNKNOWN:
            possible += 1
            unsure.extend(verdict.missing)
        elif threshold is not None and other.likelihood:
            below.append((i, verdict.verdict, other.likelihood))
    if found == 1 and len(below) >= 2 and threshold is not None:
        # Taken together: at least one of them feared with good reason is one more measure.
        together = likely_together(below, claim, threshold)
        if together.verdict is not Verdict.NOT_MET:
            possible += len(below)
            found += together.verdict is Verdict.MET
            unsure.extend(together.asked)
    return Measures(found, possible, tuple(dict.fromkeys(unsure)), standard)
