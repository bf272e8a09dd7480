"""Citations and names that the rules of Art 1 share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from .._arguments import place_of_its_own
from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Actor, Claim, Harm
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from ..sources.territories import same_state

__all__ = [
    "ART_1A2",
    "CONTROLLING_STATE_READING",
    "NOT_FOUND",
    "Relocation",
    "by_controlling_state",
    "claim_relocation",
    "controlled_place",
    "handbook",
    "harm_path",
    "likelihood_against",
    "names",
    "prosecution_fact",
    "relocation_for",
    "repetition",
]

_C = "refugee-convention-1951"
ART_1A2 = Citation(_C, "1A(2)")


@reads("paras")
def handbook(paras: str) -> Citation:
    """UNHCR Handbook paragraphs (the Handbook interprets; it does not bind)."""
    return Citation("unhcr-handbook", paras)


def names(codes: Iterable[str], on: dt.date | None = None) -> str:
    """Countries by name: "North Korea", "North Korea and South Korea"; with ``on``, each by the
    name it bore that day (``countries.country_name``)."""
    listed = [country_name(c, on) for c in codes]
    if len(listed) <= 1:
        return listed[0] if listed else "any country of reference"
    return ", ".join(listed[:-1]) + " and " + listed[-1]


#: How the library reads a harm by "the state" (``Actor.STATE``) in a place the data reads as no
#: State on the date, a territory of its own, part of no State it records (Palestine before 29
#: November 2012, Western Sahara: ``_arguments.own_territory``), named wherever it decides: the
#: agents of a State in control of the place (an occupying or administering State's forces) are
#: State agents, whatever the territory's status, so the rules for a State persecutor apply.
CONTROLLING_STATE_READING = (
    "a harm by 'the state' in a place the data reads as no State on the date, a territory of its "
    "own (Palestine before 29 November 2012, Western Sahara), is read as harm by the agents of a "
    "State in control of the place: a State's harm, not private harm, so no protection there is "
    "weighed against it, and those agents are read as national authorities are, presumed to act "
    "throughout the place where the doctrine presumes so (UNHCR Guidelines on International "
    "Protection No. 4, para. 7(I)(b)); the place is not thereby read as a State, and which State "
    "is in control, and how far its control runs, are not modelled"
)


@reads("country", "on")
def controlled_place(country: str, on: dt.date | None) -> bool:
    """Whether ``country`` is, on ``on``, a place whose harm by "the state" is read by
    :data:`CONTROLLING_STATE_READING`: a territory of its own that names no State then
    (``None``: no date, no such place)."""
    return on is not None and place_of_its_own(country, on)


@reads("harm.actor", "harm.country", "on")
def by_controlling_state(harm: Harm, on: dt.date | None) -> bool:
    """Whether ``harm`` is one by "the state" read by :data:`CONTROLLING_STATE_READING`."""
    return harm.actor is Actor.STATE and controlled_place(harm.country, on)


class Relocation(NamedTuple):
    """The claim's finding on internal relocation (``Claim.internal_relocation``) as it answers a
    harm that states none of its own: the finding (``found``; ``None``: not made) and, while it
    is not made, whether it is the claim's finding that is asked for (``claimed``) or each
    harm's own (:func:`claim_relocation` says which)."""

    found: bool | None
    claimed: bool = True


#: No finding on internal relocation made for the claim, and none asked of each harm instead.
NOT_FOUND = Relocation(None)


@reads(
    "claim.internal_relocation",
    "claim.fears[].country",
    "claim.fears[].actor",
    "claim.fears[].internal_relocation",
    "doctrine.relocation_presumption",
    "on",
)
def claim_relocation(claim: Claim, doctrine: Doctrine, on: dt.date | None) -> Relocation:
    """An internal flight alternative is found for "a specific area of the country" (UNHCR
    Guidelines on International Protection No. 4, para. 6; Handbook para. 91: "another part of
    the same country"), and against a particular persecutor: "National authorities are presumed
    to act throughout the country. If they are the feared persecutors, there is a presumption in
    principle that an internal flight or relocation alternative is not available" (para.
    7(I)(b)); a non-State agent's reach "will depend on a determination of whether the
    persecutor is likely to pursue the claimant to the area" (para. 7(I)(c)).

    The claim's finding (``Claim.internal_relocation``) answers every harm that states none of
    its own, so, not yet made, it is the finding asked for only where those harms are all feared
    in one country (one State on ``on``: Hong Kong and the mainland are China's from 1 July
    1997) and none is the State's own harm under the presumption
    (``Doctrine.relocation_presumption``): otherwise one answer about the relocation in issue
    would stand as a finding about another country, or as rebutting a presumption about the
    State that it never weighed, and each harm's own finding is asked for instead
    (``fears[i].internal_relocation``, found for its country and persecutor:
    :func:`relocation_for`). A finding made for the claim answers every such harm, as it says."""
    answered = [h for h in claim.fears or () if h.internal_relocation is None]
    one_country = all(same_state(h.country, answered[0].country, on) for h in answered[1:])
    presumed = doctrine.relocation_presumption and any(h.actor is Actor.STATE for h in answered)
    return Relocation(claim.internal_relocation, one_country and not presumed)


@reads("harm.internal_relocation", "path", "claimed")
def relocation_for(harm: Harm, path: str, claimed: Relocation) -> tuple[bool | None, str]:
    """The finding on internal relocation that answers ``harm`` (at ``path``), and the fact it is:
    the harm's own (``fears[i].internal_relocation``), found for its country and persecutor, or
    else the claim's (``claimed``: :func:`claim_relocation`), found for every harm; where neither
    is made, the one to ask for: the claim's where :func:`claim_relocation` says it answers only
    what is in issue, else the harm's own."""
    if harm.internal_relocation is not None:
        return harm.internal_relocation, f"{path}.internal_relocation"
    if claimed.found is not None or claimed.claimed:
        return claimed.found, "internal_relocation"
    return None, f"{path}.internal_relocation"


def prosecution_fact(harm: Harm, path: str) -> str:
    """The fact that makes the harm at ``path`` a prosecution (``Harm.is_prosecution``, UNHCR
    Handbook paras 56-61): its flag where it is set, and otherwise its reasons, among which
    ``criminal_prosecution`` says so."""
    return f"{path}.prosecution" if harm.prosecution else f"{path}.reasons"


@reads("index")
def harm_path(index: int) -> str:
    """``fears[index]``, the field path of a feared harm."""
    return f"fears[{index}]"


def likelihood_against(
    element: str,
    likelihood: float | None,
    path: str,
    threshold: float,
    standard: str,
    citations: tuple[Citation, ...],
    assumptions: tuple[str, ...],
) -> Finding:
    """A risk assessed against a doctrine's threshold: met where the assessed likelihood reaches
    it, unknown where it has not been assessed."""
    if likelihood is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            "the likelihood of the harm has not been assessed",
            *citations,
            missing=[f"{path}.likelihood"],
            facts=[f"{path}.likelihood"],
            standard=standard,
            assumptions=assumptions,
        )
    met = likelihood >= threshold
    relation = "reaches" if met else "is below"
    return finding(
        element,
        Verdict.of(met),
        f"the assessed likelihood {likelihood:g} {relation} the threshold {threshold:g}",
        *citations,
        facts=[f"{path}.likelihood"],
        standard=standard,
        assumptions=assumptions,
    )


def repetition(
    harm: Harm, path: str, likely: Verdict, facts: list[str], missing: list[str]
) -> tuple[Verdict, list[str], list[str]]:
    """Whether the risk is real where the estimate alone does not show it (``likely``: not
    reached, or not estimated) and the harm may have been suffered before: an indication of a
    real risk, which only good reasons to consider that it will not be repeated displace. The
    verdict, and the facts relied on and still needed in place of ``facts`` and ``missing``."""
    suffered = f"{path}.suffered_before"
    rebuttal = f"{path}.good_reasons_not_repeated"
    if harm.suffered_before is None:  # not yet found: it could make the risk real
        return Verdict.UNKNOWN, [*facts, suffered], [*missing, suffered]
    estimate = f"{path}.likelihood"
    if harm.good_reasons_not_repeated is False:  # the indication stands: no estimate is needed
        kept = facts if harm.likelihood is not None else [p for p in facts if p != estimate]
        return Verdict.MET, [*kept, suffered, rebuttal], [p for p in missing if p != estimate]
    if harm.good_reasons_not_repeated:  # displaced: the estimate decides
        return likely, [*facts, suffered, rebuttal], missing
    return Verdict.UNKNOWN, [*facts, suffered, rebuttal], [rebuttal, *missing]
