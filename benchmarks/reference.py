"""A small, fixed reference rule for comparisons with other engines: the outcome only.

It decides the outcome of Art 1A(2) for the benchmark caseload's claims as a bare function of the
facts, with no explanation, no citations and no unknowns carried beyond a single ``None``. It is
deliberately *not* a copy of the library's rules: it never changes when a reason is reworded, and
nothing checks that its answers match the library's (they differ wherever the library is more
careful). It stands for what "plain Python deciding a yes or no" costs, the way peers such as
clingo or OpenFisca are timed answering a bare question.
"""

from __future__ import annotations

from typing import Any

GROUNDS = {"race", "religion", "nationality", "particular_social_group", "political_opinion"}
SERIOUS = {"serious", "threat_to_life_or_freedom"}


def _fear(harm: dict[str, Any], nationalities: list[str]) -> bool | None:
    if harm["country"] not in nationalities:
        return False
    likely = harm.get("likelihood")
    if likely is None:
        return None
    if harm.get("prosecution"):
        grave = harm.get("disproportionate")
    else:
        grave = None if harm.get("severity") is None else harm["severity"] in SERIOUS
    reasons = set(harm.get("reasons", ()))
    nexus = None if not reasons else bool(reasons & GROUNDS)
    parts = [likely >= 0.1, grave, nexus]
    if False in parts:
        return False
    return None if None in parts else True


def decide(claim: dict[str, Any]) -> bool | None:
    """Refugee (True), not (False) or undetermined (None), from a claim as JSON gives it."""
    person = claim["person"]
    nationalities = person["nationalities"]
    if person.get("location") is None:
        return None
    if person["location"] in nationalities or claim.get("exclusion"):
        return False
    fears = [_fear(h, nationalities) for h in claim.get("fears", ())]
    if True not in fears:
        return None if None in fears else False
    protection = claim.get("protection", {})
    offered = [protection.get(c) for c in nationalities]
    if "available" in offered:
        return False
    return None if None in offered else True
