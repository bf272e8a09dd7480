"""Citations and names that the rules of Art 1 share."""

from __future__ import annotations

from collections.abc import Iterable

from ..countries import country_name
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation

__all__ = ["ART_1A2", "handbook", "harm_path", "likelihood_against", "names"]

_C = "refugee-convention-1951"
ART_1A2 = Citation(_C, "1A(2)")


@reads("paras")
def handbook(paras: str) -> Citation:
    """UNHCR Handbook paragraphs (the Handbook interprets; it does not bind)."""
    return Citation("unhcr-handbook", paras)


def names(codes: Iterable[str]) -> str:
    """Countries by name: "North Korea", "North Korea and South Korea"."""
    listed = [country_name(c) for c in codes]
    if len(listed) <= 1:
        return listed[0] if listed else "any country of reference"
    return ", ".join(listed[:-1]) + " and " + listed[-1]


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
