"""A hand-written, plain-Python version of the same simplified rule: the practical speed limit.

It decides Art 1A(2) and the exceptions on the same facts as :func:`refugeelaw.assess_status`
and builds the same list of findings (element, verdict, reason, citations), but with tuples and
strings instead of the library's classes, and without the explanation's facts, missing-fact paths
or doctrine bookkeeping. The benchmark compares the library against it in the same process.
"""

from __future__ import annotations

from typing import Any

from refugeelaw import Claim

Row = tuple[str, str, str, tuple[str, ...]]
A1A2 = "Refugee Convention art. 1A(2)"
SERIOUS = {"serious", "threat_to_life_or_freedom"}
GROUNDS = {"race", "religion", "nationality", "particular_social_group", "political_opinion"}


def _and(*vs: str) -> str:
    if "not_met" in vs:
        return "not_met"
    return "unknown" if "unknown" in vs else "met"


def _or(*vs: str) -> str:
    if "met" in vs:
        return "met"
    return "unknown" if "unknown" in vs else "not_met"


def _of(x: bool | None) -> str:
    return "unknown" if x is None else ("met" if x else "not_met")


def decide(claim: Claim, threshold: float = 0.1) -> tuple[str, list[Row]]:
    rows: list[Row] = []
    person = claim.person
    refs = sorted(person.nationalities) or (
        [person.habitual_residence] if person.habitual_residence else []
    )
    if person.location is None:
        alien = "unknown"
    else:
        alien = "not_met" if person.location in refs else "met"
    rows.append(("outside the country of nationality", alien, f"in {person.location}", (A1A2,)))
    fear_vs = []
    for i, h in enumerate(claim.fears):
        where = "met" if h.country in refs else "not_met"
        rows.append(
            ("feared in a country of nationality", where, f"feared in {h.country}", (A1A2,))
        )
        wf = (
            "unknown"
            if h.likelihood is None
            else ("met" if h.likelihood >= threshold else "not_met")
        )
        rows.append(("well-founded fear", wf, f"likelihood {h.likelihood}", (A1A2, "HB 37-50")))
        sev: Any = h.severity.value if h.severity else None
        if h.prosecution:
            pers = _or(
                _of(h.disproportionate), _of(h.discriminatory), _of(h.law_contrary_to_human_rights)
            )
            if sev == "minor":
                pers = "not_met"
        else:
            pers = "unknown" if sev is None else ("met" if sev in SERIOUS else "not_met")
        rows.append(("amounts to persecution", pers, f"severity {sev}", (A1A2, "HB 51-53")))
        reasons = {r.value for r in h.reasons}
        nexus = "unknown" if not reasons else ("met" if reasons & GROUNDS else "not_met")
        rows.append(
            ("for reasons of a Convention ground", nexus, ", ".join(sorted(reasons)), (A1A2,))
        )
        actor = h.actor.value if h.actor else None
        if actor == "state":
            ifa = "not_met" if claim.internal_relocation else "met"
        elif claim.internal_relocation is None:
            ifa = "unknown"
        elif not claim.internal_relocation:
            ifa = "met"
        else:
            ifa = "unknown" if actor is None else "not_met"
        rows.append(("no internal flight alternative", ifa, "relocation", (A1A2, "HB 91")))
        v = _and(where, wf, pers, nexus, ifa)
        rows.append((f"fears[{i}]: {h.description}", v, "fear", (A1A2,)))
        fear_vs.append(v)
    fear_v = _or(*fear_vs) if fear_vs else "not_met"
    rows.append(("well-founded fear of being persecuted", fear_v, "fears", (A1A2,)))
    prot_vs = []
    for c in refs:
        p = claim.protection.get(c)
        if p is not None:
            pv = "not_met" if p.value == "available" else "met"
        elif any(
            h.country == c and h.actor is not None and h.actor.value == "state" for h in claim.fears
        ):
            pv = "met"
        else:
            pv = "unknown"
        rows.append((f"protection of {c}", pv, "protection", (A1A2, "HB 106-107")))
        prot_vs.append(pv)
    prot = _and(*prot_vs) if refs else "unknown"
    rows.append(("lacks the protection of every country of nationality", prot, "", (A1A2,)))
    rows.append(("dateline and geographic limitation", "met", "Protocol", ("Protocol I(2)",)))
    inc = _and(alien, fear_v, prot)
    rows.append(("inclusion (Art 1A(2))", inc, "", (A1A2,)))
    excl = (
        claim.unrwa_assistance or claim.rights_of_national_in is not None or bool(claim.exclusion)
    )
    rows.append(("Art 1D", _of(claim.unrwa_assistance), "", ("art. 1D",)))
    rows.append(("Art 1E", _of(claim.rights_of_national_in is not None), "", ("art. 1E",)))
    rows.append(("Art 1F", _of(bool(claim.exclusion)), "", ("art. 1F",)))
    rows.append(("Art 1C", _of(bool(claim.cessation)), "", ("art. 1C",)))
    if excl:
        outcome = {"met": "excluded", "not_met": "not_refugee", "unknown": "undetermined"}[inc]
    elif claim.cessation:
        outcome = "ceased"
    else:
        outcome = {"met": "refugee", "not_met": "not_refugee", "unknown": "undetermined"}[inc]
    rows.append(("refugee status", outcome, "", ("art. 1",)))
    return outcome, rows
