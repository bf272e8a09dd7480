"""Several feared harms taken together.

    Art 1A(2): "owing to well-founded fear of being persecuted for reasons of race, religion,
    nationality, membership of a particular social group or political opinion".

    CAT art. 3(1): "where there are substantial grounds for believing that he would be in danger
    of being subjected to torture".

The fear is of *being persecuted*, in whatever form the persecution would take: the question is the
chance of being persecuted at all, not the chance of each form of it alone. A person who fears
detention, torture and killing by the same State, each with a likelihood of 0.05, runs a risk of
persecution that lies between 0.05 and 0.15; written as one harm ("detention, torture or
killing") the same facts would be weighed as one likelihood. Whatever the dependence between the
harms, the chance that at least one of them befalls the person lies between the likeliest of them
alone and their likelihoods added (at most 1). So the harms feared in one country that are each
otherwise persecution (serious, for a Convention reason: every element but the likelihood and
internal relocation met, or not yet known) are taken together (:func:`weigh`): met where the
likeliest alone reaches the threshold (it is then met alone), not met where even their
likelihoods added stay below it, and otherwise not known until the likelihood that at least one
of them befalls the person is assessed (``Claim.likelihood_of_any``), which bounds every smaller
and larger set of them too. The bars on return that weigh a real risk of a kind of harm take the
same harms together the same way (:mod:`refugeelaw.law.removal`'s ``each_fear``): the danger of
being subjected to torture is the danger of torture in any of the forms feared.

An internal flight alternative is "a specific area of the country where there is no risk of a
well-founded fear of persecution" (UNHCR Guidelines on International Protection No. 4, para. 6): an
alternative found for each harm alone (``Harm.internal_relocation``) may be a different place for
each, and defeats the claim only where one place is free of a well-founded fear of them all. Where
several harms feared in one country are otherwise persecution and each has an alternative found
against it alone, nothing showing one place free of them all, whether there is one is asked
(``Claim.relocation_from_all``); one finding that answers them all (the claim's own,
``Claim.internal_relocation``, which names one area, so that a finding of no such area for harms
it answers is refused) shows it, and so, as the library reads a finding made for one harm alone
(:data:`ONE_AREA_READING`, named where it decides), does one whose area leaves only harms with
the same risk wherever the person goes (no alternative found against them: Guidelines No. 4,
para. 7(I)(b)-(c)), added together below the threshold. A harm whose relocation is not yet found,
or is answered by another finding, may carry any risk in that area (para. 7(I)(c): "Where there is
a risk that the non-State actor will persecute the claimant in the proposed area, then the area
will not be an internal flight or relocation alternative"), so shows nothing of it.

A set of harms whose risk can be weighed together is any set of them: the harms taken together are
those each of which fails alone only on its likelihood or on internal relocation, and the finding
is met where some set of them is persecution, likely enough together and not escapable in one
place (:func:`weigh`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ..countries import country_name
from ..facts import Claim, Harm, harms_key, harms_of
from ..logic import Finding, Verdict, finding, missing_facts
from ..sources import Citation
from ..sources.territories import same_state

__all__ = [
    "AREA",
    "ONE_AREA_READING",
    "Bounds",
    "Likely",
    "Part",
    "Together",
    "bounds",
    "in_its_state",
    "likely_together",
    "together_finding",
    "weigh",
]

#: UNHCR Guidelines on International Protection No. 4, para. 6: an internal flight alternative is
#: "a specific area of the country where there is no risk of a well-founded fear of persecution".
AREA = Citation("unhcr-guidelines-4-2003", "6")

#: How an area found safe from one harm alone shows one area free of several (:func:`_one_area`),
#: where no finding on them all is made: a reading of what a finding for one harm says of the
#: area, listed among a finding's assumptions where it decides.
ONE_AREA_READING = (
    "an internal flight alternative found against one feared harm alone is read as an area where "
    "that harm would not befall the person, and a harm with no alternative found against it as "
    "carrying there the likelihood assessed for it: where those others, added together, stay "
    "below the threshold, that area is read as free of a well-founded fear of them all (UNHCR "
    "Guidelines No. 4, paras 6 and 7(I)); a finding on them all (relocation_from_all), where "
    "made, decides instead"
)


class Part(NamedTuple):
    """One feared harm as a rule weighs it, for taking it together with the others feared in the
    same country.

    Args:
        place: its place in ``Claim.fears``.
        harm: the harm.
        core: every element the rule asks of it but its likelihood and internal relocation (for
            Art 1A(2): feared in a country of reference, persecution, the nexus).
        likely: the element that weighs its likelihood, for this harm alone (met, not met: its
            assessed likelihood is below the threshold, or unknown).
        relocation: the internal relocation element for this harm alone (met: no alternative, or
            one presumed unavailable; not met: an alternative found; unknown), met where the
            rule weighs no relocation of its own.
        answered_by: the finding on relocation that answers it, where one is made (its fact path:
            ``fears[i].internal_relocation``, or the claim's ``internal_relocation``, which
            answers every harm that states none of its own, and so names one area for them all).
        findings: the rule's findings on it, whose open ones name the facts it still needs
            (:attr:`missing`).
    """

    place: int
    harm: Harm
    core: Verdict
    likely: Verdict
    relocation: Verdict = Verdict.MET
    answered_by: str = ""
    findings: tuple[Finding, ...] = ()

    @property
    def alone(self) -> Verdict:
        """The harm's verdict alone: every element met."""
        return self.core & self.likely & self.relocation

    @property
    def missing(self) -> tuple[str, ...]:
        """The facts its open findings still need."""
        return tuple(
            dict.fromkeys(
                m for f in self.findings if f.verdict is Verdict.UNKNOWN for m in missing_facts(f)
            )
        )


class Likely(NamedTuple):
    """Whether at least one of a set of harms is likely enough (:func:`likely_together`).

    Args:
        verdict: met, not met, or not known.
        lower: the least the likelihood that at least one befalls the person can be (the
            likeliest alone, or an assessment for some of them).
        upper: the most it can be (their likelihoods added, at most 1, or an assessment for more
            of them); ``None`` where the likelihood of one of them is not known.
        stated: the assessed likelihood that at least one of exactly these befalls the person,
            where given.
        asked: the fact that would decide it (``likelihood_of_any['0,1']``), where it is open
            and every likelihood is known.
        used: the assessments of some or more of them relied on.
        lower_by: the places of the harms whose assessment (``Claim.likelihood_of_any``) sets
            ``lower``, where one does (empty: the likeliest alone).
        upper_by: the places of the harms whose assessment sets ``upper``, where one does
            (empty: their likelihoods added).
    """

    verdict: Verdict
    lower: float
    upper: float | None
    stated: float | None = None
    asked: tuple[str, ...] = ()
    used: tuple[str, ...] = ()
    lower_by: tuple[int, ...] = ()
    upper_by: tuple[int, ...] = ()


def _path(field: str, indices: Iterable[int]) -> str:
    return f"{field}[{harms_key(indices)!r}]"


class Bounds(NamedTuple):
    """What assessments of sets of harms (``Claim.likelihood_of_any``) say of the likelihood of
    one harm among them, not assessed alone (:func:`bounds`).

    Args:
        least: the least it can be: a set's assessment less the likelihoods of the others in it
            added (at least one of them befalls the person no more often than that).
        least_by: the fact path of the assessment that sets ``least`` (``""``: none does).
        most: the most it can be: the least assessment of a set that holds it.
        most_by: the fact path of that assessment (``""``: none).
    """

    least: float = 0.0
    least_by: str = ""
    most: float = 1.0
    most_by: str = ""


def bounds(claim: Claim, path: str) -> Bounds | None:
    """What the assessments that at least one of a set of harms befalls the person
    (``Claim.likelihood_of_any``) say of the likelihood of the harm at ``path`` (``fears[i]``):
    no one of them is likelier than that, so the least assessment of a set that holds it caps it;
    and that chance is at most their likelihoods added, so where the others' are all assessed, it
    is at least the set's assessment less theirs (``None``: no set holds it)."""
    if not claim.likelihood_of_any or not path.startswith("fears[") or not path.endswith("]"):
        return None
    index = path[len("fears[") : -1]
    if not index.isdigit():
        return None
    fears = claim.fears or ()
    found = Bounds()
    held = False
    for key, likelihood in claim.likelihood_of_any.items():
        places = harms_of(key)
        if int(index) not in places:
            continue
        held = True
        fact = _path("likelihood_of_any", places)
        if likelihood < found.most:
            found = found._replace(most=likelihood, most_by=fact)
        others = [fears[i].likelihood for i in places if i != int(index) and i < len(fears)]
        if None not in others:
            least = likelihood - sum(p or 0.0 for p in others)
            if least > found.least:
                found = found._replace(least=least, least_by=fact)
    return found if held else None


def likely_together(
    members: Sequence[tuple[int, Verdict, float | None]], claim: Claim, threshold: float
) -> Likely:
    """Whether at least one of several harms (``members``: each one's place in ``fears``, its
    likelihood element's verdict alone, and its assessed likelihood) befalls the person with a
    likelihood that reaches ``threshold``. One met alone: met. Their chance lies between the
    likeliest alone and their likelihoods added (at most 1), whatever their dependence on each
    other, and an assessment given for some of them (``Claim.likelihood_of_any``) is a floor, one
    given for more of them a ceiling: met where the floor reaches the threshold, not met where
    the ceiling stays below it, otherwise not known, asking the assessment for exactly these
    harms where every likelihood is known (one not known is asked first)."""
    places = frozenset(i for i, _, _ in members)
    if any(verdict is Verdict.MET for _, verdict, _ in members):
        return Likely(Verdict.MET, max([p for _, _, p in members if p is not None] or [0.0]), None)
    known = [p for _, verdict, p in members if verdict is Verdict.NOT_MET and p is not None]
    every = len(known) == len(members)
    lower = max(known, default=0.0)
    upper: float | None = min(1.0, sum(known)) if every else None
    used: list[str] = []
    stated = None
    lower_by: tuple[int, ...] = ()
    upper_by: tuple[int, ...] = ()
    for key, likelihood in claim.likelihood_of_any.items():
        named = frozenset(harms_of(key))
        if named == places:
            stated = likelihood
        if named <= places and likelihood > lower:
            lower, lower_by = likelihood, harms_of(key)
            used.append(f"likelihood_of_any[{key!r}]")
        if places <= named and (upper is None or likelihood < upper):
            upper, upper_by = likelihood, harms_of(key)
            used.append(f"likelihood_of_any[{key!r}]")
    by = (tuple(dict.fromkeys(used)), lower_by, upper_by)
    if lower >= threshold:
        return Likely(Verdict.MET, lower, upper, stated, (), *by)
    if upper is not None and upper < threshold:
        return Likely(Verdict.NOT_MET, lower, upper, stated, (), *by)
    asked = (_path("likelihood_of_any", places),) if every else ()
    return Likely(Verdict.UNKNOWN, lower, upper, stated, asked, *by)


class Together(NamedTuple):
    """The harms feared in one country taken together (:func:`weigh`).

    Args:
        members: the places in ``fears`` of the harms taken together: each fails alone only on
            its likelihood or on internal relocation, and is otherwise persecution (or within the
            bar), or may be.
        verdict: whether some set of them is persecution (or within the bar), likely enough
            together, and not escapable in one place: met, not met, or not known.
        likely: whether at least one of them all is likely enough (:class:`Likely`).
        escape: whether one area is free of a well-founded fear of them all (not met: no such
            area, met: one; unknown), ``None`` where no alternative is found against any of
            them alone.
        open_core: the places of those not yet known to be otherwise persecution.
        facts: the facts the finding rests on.
        missing: the facts that would decide it, where it is not known.
        used: the assessments and findings for these harms, or some or more of them
            (``Claim.likelihood_of_any``, ``Claim.relocation_from_all``), relied on, and the
            finding whose area is read as free of them all (``area_by``) where that decides.
        found_against: the places of those with an internal flight alternative found against
            them alone.
        area_by: the finding on relocation whose area is read as free of a well-founded fear of
            them all, where no finding on them all decides (:func:`_one_area`,
            :data:`ONE_AREA_READING`); ``""`` where none is.
        area_left: the places of those that area does not answer, each with the same risk
            wherever the person goes, which it leaves below the threshold together.
    """

    members: tuple[int, ...]
    verdict: Verdict
    likely: Likely
    escape: Verdict | None
    open_core: tuple[int, ...]
    facts: tuple[str, ...]
    missing: tuple[str, ...]
    used: tuple[str, ...] = ()
    found_against: tuple[int, ...] = ()
    area_by: str = ""
    area_left: tuple[int, ...] = ()


def weigh(
    parts: Sequence[Part],
    claim: Claim,
    threshold: float,
    on: dt.date | None,
    apart: bool = True,
) -> dict[int, Together]:
    """The harms of ``parts`` feared in one State (on ``on``; Taiwan apart from China unless
    ``apart`` is false) taken together, for each harm taken with others: its place in ``fears``
    and the finding on them all. Taken together are the harms that fail alone (:attr:`Part.alone`
    not met) only on their likelihood or on internal relocation, and whose other elements are met
    or not yet known; a harm found certain not to happen (a likelihood of 0) adds nothing and is
    left alone. Where fewer than two are, there is nothing to take together.

    Some set of them must be persecution (every other element met), likely enough together
    (:func:`likely_together`) and not escapable in one place: the set of all those otherwise
    persecution weighs most, and those still open may join it (met at most not known). A set is
    not escapable where those among it with no alternative found against them are together likely
    enough, wherever the person goes; or where, likely enough together, no one area is free of a
    well-founded fear of them all (:func:`_escape`)."""
    found: dict[int, Together] = {}
    groups: list[list[Part]] = []
    for part in parts:
        for group in groups:
            if same_state(part.harm.country, group[0].harm.country, on, apart):
                group.append(part)
                break
        else:
            groups.append([part])
    for group in groups:
        members = [
            p
            for p in group
            if p.alone is Verdict.NOT_MET
            and p.core is not Verdict.NOT_MET
            and not (p.likely is Verdict.NOT_MET and p.harm.likelihood == 0)
        ]
        if len(members) < 2:
            continue
        certain = [p for p in members if p.core is Verdict.MET]
        open_core = tuple([p.place for p in members if p.core is Verdict.UNKNOWN])
        best, asked, used = _at_risk(certain, claim, threshold)
        verdict = best
        if open_core:
            every, more_asked, more_used = _at_risk(members, claim, threshold)
            verdict = best | (Verdict.UNKNOWN & every)
            asked, used = (*asked, *more_asked), (*used, *more_used)
        likely = likely_together(_likelihoods(members), claim, threshold)
        escape: Verdict | None = None
        area_by = ""
        if _found_any(members):
            escape, _, shown = _escape(members, claim, threshold)
            if escape is Verdict.MET and not shown:  # shown by one finding's area, read so
                area_by = _one_area(members, threshold)
        facts = [
            *(f"fears[{p.place}].likelihood" for p in members if p.likely is Verdict.NOT_MET),
            *(p.answered_by for p in members if p.relocation is Verdict.NOT_MET),
            *used,
        ]
        missing: list[str] = []
        if verdict is Verdict.UNKNOWN:
            missing = [*asked, *(m for p in members for m in p.missing)]
        if area_by and verdict is not Verdict.MET and likely.verdict is not Verdict.NOT_MET:
            used = (*used, area_by)  # the area read as free of them all decides: say so
        together = Together(
            tuple([p.place for p in members]),
            verdict,
            likely,
            escape,
            open_core,
            tuple(dict.fromkeys(f for f in facts if f)),
            tuple(dict.fromkeys(missing)),
            tuple(dict.fromkeys(used)),
            tuple([p.place for p in members if p.relocation is Verdict.NOT_MET]),
            area_by,
            tuple(
                [
                    p.place
                    for p in members
                    if area_by
                    and not (p.relocation is Verdict.NOT_MET and p.answered_by == area_by)
                ]
            ),
        )
        for p in members:
            found[p.place] = together
    return found


def _likelihoods(parts: Sequence[Part]) -> tuple[tuple[int, Verdict, float | None], ...]:
    return tuple([(p.place, p.likely, p.harm.likelihood) for p in parts])


def _found_any(parts: Sequence[Part]) -> bool:
    """Whether an internal flight alternative is found against one of ``parts`` alone."""
    return any(p.relocation is Verdict.NOT_MET for p in parts)


def _at_risk(
    parts: Sequence[Part], claim: Claim, threshold: float
) -> tuple[Verdict, tuple[str, ...], tuple[str, ...]]:
    """Whether ``parts`` taken together put the person at risk wherever they could go: those with
    no alternative found against them (relocation met) likely enough together; or all of them
    likely enough together and no one area free of a well-founded fear of them all. The
    verdict, the facts it asks and the assessments it used."""
    if len(parts) < 2:  # one harm alone fails: nothing taken together
        return Verdict.NOT_MET, (), ()
    everywhere = [p for p in parts if p.relocation is Verdict.MET]
    stay = (
        likely_together(_likelihoods(everywhere), claim, threshold)
        if len(everywhere) >= 2
        else Likely(Verdict.NOT_MET, 0.0, 0.0)
    )
    likely = likely_together(_likelihoods(parts), claim, threshold)
    escape, asked, used = _escape(parts, claim, threshold)
    verdict = stay.verdict | (likely.verdict & ~escape)
    if verdict is not Verdict.UNKNOWN:
        return verdict, (), (*stay.used, *likely.used, *used)
    needs = [*stay.asked]
    if likely.verdict is Verdict.UNKNOWN:
        needs += likely.asked
    if escape is Verdict.UNKNOWN and likely.verdict is not Verdict.NOT_MET:
        needs += asked
    return verdict, tuple(needs), (*stay.used, *likely.used, *used)


def _escape(
    parts: Sequence[Part], claim: Claim, threshold: float
) -> tuple[Verdict, tuple[str, ...], tuple[str, ...]]:
    """Whether there is one area free of a well-founded fear of ``parts`` taken together (met:
    there is; not met: there is none; unknown). The decision-maker's finding for these harms or
    more (``Claim.relocation_from_all``: one area free of more is free of these) or for fewer of
    them (none free of fewer, none free of these), asked only where an alternative is found
    against one of them alone: where none is, none (each is the same wherever the person goes),
    or, where one's relocation is not yet found, not known. One finding whose area is safe from
    some of them (the claim's, or a harm's own), the others the same wherever the person goes and
    added together below the threshold: that area (:func:`_one_area`). Otherwise not known,
    asking the finding for exactly these harms. The verdict, what it asks and the findings it
    used."""
    if not _found_any(parts):  # none found against any of them alone: theirs decide
        every = Verdict.all([p.relocation for p in parts])
        return (Verdict.NOT_MET if every is Verdict.MET else Verdict.UNKNOWN), (), ()
    places = frozenset(p.place for p in parts)
    for key, found in claim.relocation_from_all.items():
        named = frozenset(harms_of(key))
        if found and places <= named:
            return Verdict.MET, (), (f"relocation_from_all[{key!r}]",)
    for key, found in claim.relocation_from_all.items():
        named = frozenset(harms_of(key))
        if not found and named <= places:
            return Verdict.NOT_MET, (), (f"relocation_from_all[{key!r}]",)
    if _one_area(parts, threshold):
        return Verdict.MET, (), ()
    return Verdict.UNKNOWN, (_path("relocation_from_all", places),), ()


def _one_area(parts: Sequence[Part], threshold: float) -> str:
    """The finding on relocation (its fact path) whose area is free of a well-founded fear of
    ``parts`` taken together, where one is shown without a finding on them all (``""``: none).
    The area it names is free of the harms it answers (the claim's own finding names one area for
    every harm it answers: ``Claim.internal_relocation``); a harm it does not answer counts there
    with the risk it carries in that area (UNHCR Guidelines No. 4, para. 7(I)(c): "Where there is
    a risk that the non-State actor will persecute the claimant in the proposed area, then the
    area will not be an internal flight or relocation alternative"), which its own likelihood
    shows only where that risk is the same wherever the person goes: no alternative is found
    against it (its relocation met: none found, or the State presumed to act throughout the
    country, para. 7(I)(b)). Those, added together, below the threshold: that area
    (:data:`ONE_AREA_READING`). A harm whose relocation is not yet found, or is answered by
    another finding, may carry any risk there, so shows nothing."""
    findings = dict.fromkeys(p.answered_by for p in parts if p.relocation is Verdict.NOT_MET)
    for answered in findings:
        rest = [
            p for p in parts if not (p.relocation is Verdict.NOT_MET and p.answered_by == answered)
        ]
        if all(
            p.relocation is Verdict.MET
            and p.likely is Verdict.NOT_MET
            and p.harm.likelihood is not None
            for p in rest
        ) and (sum(p.harm.likelihood or 0.0 for p in rest) < threshold):
            return answered
    return ""


def in_its_state(
    own: Finding,
    index: int,
    together: Together | None,
    threshold: float,
    on: dt.date | None,
    claim: Claim,
    citations: tuple[Citation, ...],
    what: str,
    risk: str,
) -> Finding:
    """A rule's finding on the harm at ``index`` (``own``), taken together with the others feared
    in its State (``together``: ``None`` where taken with none): the finding on them all
    (:func:`together_finding`), where it is met or not yet known or rests on an assessment of
    them together; else ``own``."""
    if together is None or (together.verdict is Verdict.NOT_MET and not together.used):
        return own
    return together_finding(own, index, together, threshold, on, claim, citations, what, risk=risk)


def together_finding(
    own: Finding,
    index: int,
    together: Together,
    threshold: float,
    on: dt.date | None,
    claim: Claim,
    citations: tuple[Citation, ...],
    what: str = "persecution",
    relocation: bool = False,
    risk: str = "fear",
) -> Finding:
    """The element ``own`` of the harm at ``index``, which it fails alone, as the harms taken
    together find it (``together``; ``threshold``: the likelihood the rule asks; ``what``: what
    the harms must each otherwise be; ``citations``: the element's; ``relocation``: the element
    is internal relocation, which the words then lead with, citing UNHCR Guidelines No. 4, para.
    6; ``risk``: what is weighed, "fear" or, for a bar on return, "risk"). Its own finding is its child; the harms' countries are named as they were on ``on``."""
    fears = claim.fears or ()
    others = [f"fears[{i}]" for i in together.members if i != index]
    place = country_name(fears[index].country, on)
    still = [f"fears[{i}]" for i in together.open_core]
    likely = _likely_words(together, fears, threshold)
    escape = _escape_words(together, fears, threshold, risk)
    first, then = (escape, likely) if relocation else (likely, escape)
    words = [
        f"{own.reason}; but the {risk} is of {what} in any of the forms feared, and "
        f"{_joined(others)}, also feared in {place}, "
        + ("is" if len(others) == 1 else "are")
        + f" otherwise {what} too"
        + (f" (or may be: {_joined(still)})" if still else "")
    ]
    words += [w for w in (first, then) if w]
    return finding(
        own.element,
        together.verdict,
        ": ".join(words[:2]) + "".join(f"; {w}" for w in words[2:]),
        *dict.fromkeys((*citations, *((AREA,) if together.escape is not None else ()))),
        children=(own,),
        facts=together.facts,
        missing=together.missing,
        standard=own.standard,
        assumptions=(
            (*own.assumptions, ONE_AREA_READING) if _area_decides(together) else own.assumptions
        ),
    )


def _area_decides(together: Together) -> bool:
    """Whether the area read as free of them all (:data:`ONE_AREA_READING`) decides the finding:
    without it, the harms taken together, likely enough or possibly so, would not be known to be
    escapable in one place (:func:`weigh` then lists the finding among those it used)."""
    return bool(together.area_by) and together.area_by in together.used


def _likely_words(together: Together, fears: tuple[Harm, ...], threshold: float) -> str:
    """Whether at least one of the harms taken together is likely enough, in words."""
    likely = together.likely
    alone = [f"fears[{i}]" for i in together.members if fears[i].likelihood is None]
    if likely.verdict is Verdict.MET and likely.upper is None and not likely.used:
        return "one of them alone is likely enough"
    least = (
        f"assessed for {_joined([f'fears[{i}]' for i in likely.lower_by])}"
        if likely.lower_by
        else "the likeliest alone"
    )
    most = (
        f"assessed for {_joined([f'fears[{i}]' for i in likely.upper_by])}"
        if likely.upper_by
        else "their likelihoods added"
    )
    if likely.upper is None:
        bounds = f"at least {likely.lower:g}" + (f" ({least})" if likely.lower_by else "")
    elif likely.upper > likely.lower:
        bounds = f"between {likely.lower:g} ({least}) and {likely.upper:g} ({most})"
    else:
        bounds = f"{likely.lower:g}"
    said = f"the likelihood that at least one of them befalls the person is {bounds}"
    if likely.stated is not None:
        said = f"the likelihood that at least one of them befalls the person is assessed at {likely.stated:g}"
    return (
        said
        + {
            Verdict.MET: f", which reaches the threshold {threshold:g}",
            Verdict.NOT_MET: f", below the threshold {threshold:g}",
            Verdict.UNKNOWN: f", and whether it reaches the threshold {threshold:g} is not yet "
            + ("known (" + _joined(alone) + " not yet assessed)" if alone else "assessed"),
        }[likely.verdict]
    )


def _escape_words(
    together: Together, fears: tuple[Harm, ...], threshold: float, risk: str = "fear"
) -> str:
    """Whether one area is free of a well-founded fear of the harms taken together (``risk``
    "risk", a bar on return: of a real risk of them), in words (none where no alternative is
    found against any of them alone), saying so where an area found against some of them alone
    is read as free of them all (:data:`ONE_AREA_READING`)."""
    if together.escape is None:
        return ""
    against = _joined([f"fears[{i}]" for i in together.found_against])
    free = "a real risk" if risk == "risk" else "a well-founded fear"
    if together.area_by:
        left = [f"fears[{i}]" for i in together.area_left]
        added = sum(fears[i].likelihood or 0.0 for i in together.area_left)
        one = len(left) == 1
        return (
            f"an internal flight alternative is found against {against}"
            + (", each alone" if len(together.found_against) > 1 else " alone")
            + f"; the area that {together.area_by} names "
            + (
                f"leaves {_joined(left)}, with no alternative found against "
                + ("it" if one else "them")
                + ", the same wherever the person goes, "
                + (
                    f"whose likelihood, {added:g}, stays"
                    if one
                    else f"whose likelihoods added, {added:g}, stay"
                )
                + f" below the threshold {threshold:g}: that area is read as free of "
                f"{free} of them all"
                if left
                else f"answers them all: one area free of {free} of them all"
            )
        )
    return (
        f"an internal flight alternative is found against {against}, each alone, "
        + {
            Verdict.MET: f"and one area is free of {free} of them all",
            Verdict.NOT_MET: f"but no one area is free of {free} of them all",
            Verdict.UNKNOWN: f"but an alternative is a specific area free of any {free[2:]}, "
            f"and whether one area is free of {free} of them all is not yet found",
        }[together.escape]
    )


def _joined(items: list[str]) -> str:
    """Items in words ("A, B and C")."""
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + " and " + items[-1]
