"""Customary non-refoulement.

Customary law has no text; the library's statement of the rule (``customary-international-law``,
``non-refoulement``) is: a state may not return a person, in any manner whatsoever, to a territory
where the person faces a real risk of persecution or of torture. Whether the rule is customary,
and whether it is peremptory, are :class:`~refugeelaw.Doctrine` choices. It knows no dateline or
geographic limitation, so its refugee is the Protocol's. Like the human-rights duties it follows the
state's jurisdiction, effective control abroad included (UNHCR's Advisory Opinion of 2007 reads it
so); only for art. 33(1) is the reach beyond the territory a contested question.
"""

from __future__ import annotations

import datetime as dt

from ..doctrine import Doctrine
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .art_33 import art_33_2, protected_person
from .removal import ReturnCase

__all__ = ["custom_bar", "customary_rule_binds"]

CUSTOM_RULE = Citation("customary-international-law", "non-refoulement")


@reads("doctrine.non_refoulement_customary")
def customary_rule_binds(doctrine: Doctrine) -> Finding:
    """Whether non-refoulement binds as custom at all (a Doctrine choice)."""
    assumptions = (doctrine.position("non_refoulement_customary"),)
    customary = doctrine.non_refoulement_customary
    if customary is False:
        return finding(
            "customary rule binds",
            Verdict.NOT_MET,
            "on the doctrine applied, non-refoulement binds only by treaty",
            CUSTOM_RULE,
            assumptions=assumptions,
        )
    if customary is None:
        return finding(
            "customary rule binds",
            Verdict.UNKNOWN,
            "whether non-refoulement is "
            "customary law is contested; the result shows what turns on it",
            CUSTOM_RULE,
            assumptions=assumptions,
            missing=("doctrine.non_refoulement_customary",),
        )
    return finding(
        "customary rule binds",
        Verdict.MET,
        "non-refoulement binds every state as customary international law",
        CUSTOM_RULE,
        assumptions=assumptions,
    )


def custom_binds(cite: Citation, by: str, on: dt.date, doctrine: Doctrine) -> Finding:
    """Custom binds every state, whatever it has ratified, if the rule is custom."""
    return customary_rule_binds(doctrine)


def custom_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Bound, within reach, and a risk of persecution (a refugee, subject to the Art 33(2)
    exceptions) or of torture (anyone)."""
    persecution = (
        protected_person(case.general_status).verdict
        & case.risks["persecution (custom)"].verdict
        & ~art_33_2(case.claim).verdict
    )
    return (binds, reach, customary_risk(persecution, case.risks["torture"].verdict))


@reads("persecution", "torture")
def customary_risk(persecution: Verdict, torture: Verdict) -> Finding:
    """The risk the customary rule covers: persecution of a refugee (``persecution``, already
    subject to the Art 33(2) exceptions) or torture of anyone (``torture``)."""
    return finding(
        "risk the customary rule covers",
        persecution | torture,
        "persecution on a Convention ground (subject to the Art 33(2) exceptions) or torture",
        CUSTOM_RULE,
    )
