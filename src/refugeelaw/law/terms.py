"""Citations and names that the rules of Art 1 share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .._arguments import place_of_its_own
from ..countries import country_name
from ..facts import Actor, Harm
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation

__all__ = [
    "ART_1A2",
    "CONTROLLING_STATE_READING",
    "by_controlling_state",
    "controlled_place",
    "handbook",
    "harm_path",
    "likelihood_against",
    "names",
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


@reads("harm.internal_relocation", "path", "claimed")
def relocation_for(harm: Harm, path: str, claimed: bool | None) -> tuple[bool | None, str]:
    """The finding on internal relocation that answers ``harm`` (at ``path``), and the fact it is:
    the harm's own (``fears[i].internal_relocation``), found for its country and persecutor, or
    else the claim's (``claimed``: ``Claim.internal_relocation``), found for every harm."""
    if harm.internal_relocation is not None:
        return harm.internal_relocation, f"{path}.internal_relocation"
    return claimed, "internal_relocation"


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
