"""Citations and names that the rules of Art 1 share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..countries import country_name
from ..facts import Harm
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation

__all__ = [
    "ART_1A2",
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


def names(codes: Iterable[str], on: dt.date | None) -> str:
    """Countries by name, as named on ``on``: "North Korea", "North Korea and South Korea"."""
    listed = [country_name(c, on) for c in codes]
    if len(listed) <= 1:
        return listed[0] if listed else "any country of reference"
    return ", ".join(listed[:-1]) + " and " + listed[-1]


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
