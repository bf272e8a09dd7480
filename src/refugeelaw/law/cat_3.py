"""Convention against Torture art. 3: no return to a danger of torture.

    "1. No State Party shall expel, return ("refouler") or extradite a person to another State
    where there are substantial grounds for believing that he would be in danger of being subjected
    to torture. 2. For the purpose of determining whether there are such grounds, the competent
    authorities shall take into account all relevant considerations [...]."

The bar is absolute: art. 2(2), "No exceptional circumstances whatsoever [...] may be invoked as a
justification of torture", and art. 3 has no exception like the Refugee Convention's art. 33(2).
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..doctrine import Doctrine
from ..facts import BELOW_TORTURE, Actor, Claim, Harm
from ..logic import Finding, Verdict, reads
from ..sources import Citation
from .removal import Qualifier, ReturnCase, each_fear, exposure, severe_harm

__all__ = ["cat_bar", "danger_of_torture", "torture_risk"]

CAT_3 = Citation("cat-1984", "3(1)")
#: Torture as art. 3 uses the word: art. 1(1)'s definition, whose public official decides a
#: private harm.
TORTURE_DEFINED = Citation("cat-1984", "1(1)")


def official_involvement(harm: Harm, path: str) -> Qualifier:
    """CAT art. 1: torture is pain or suffering "inflicted by or at the instigation of or with the
    consent or acquiescence of a public official or other person acting in an official capacity".
    A state actor implies it."""
    facts = (f"{path}.actor", f"{path}.official_involvement")
    if harm.actor is Actor.STATE or harm.official_involvement:
        return Qualifier(Verdict.MET, "", facts, ())
    if harm.official_involvement is False and harm.actor is None:
        # A state actor implies official involvement whatever this finding says: who would
        # inflict the harm decides.
        return Qualifier(Verdict.UNKNOWN, "", facts, (f"{path}.actor",))
    if harm.official_involvement is False:
        return Qualifier(
            Verdict.NOT_MET,
            "private violence without the instigation, consent or acquiescence of a public "
            "official is not torture within CAT art. 1, so CAT art. 3 does not reach it",
            facts,
            (),
        )
    return Qualifier(Verdict.UNKNOWN, "", facts, (f"{path}.official_involvement",))


@reads(
    "harm.torture",
    "harm.severity",
    "harm.actor",
    "harm.official_involvement",
    "harm.likelihood",
    "harm.prosecution",
    "harm.disproportionate",
    "path",
    "doctrine.torture_threshold",
)
def danger_of_torture(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """Substantial grounds for believing the person would be in danger of torture within CAT
    art. 1: by or with the involvement of a public official. Torture is "severe pain or
    suffering": a harm judged minor, or discrimination only, is not torture, though whether it
    is has not been asked; nor is a punishment judged not excessive, art. 1(1) leaving out pain
    or suffering "arising only from, inherent in or incidental to lawful sanctions" (``Harm``
    refuses each pair as a contradiction)."""
    kind = Verdict.of(harm.torture)
    reads_too: tuple[str, ...] = ()
    if harm.torture is None and harm.severity in BELOW_TORTURE:
        kind, reads_too = Verdict.NOT_MET, (f"{path}.severity",)
    elif harm.torture is None and harm.punishment_not_excessive:
        kind, reads_too = Verdict.NOT_MET, (f"{path}.prosecution", f"{path}.disproportionate")
    found = severe_harm(
        harm,
        path,
        doctrine,
        kind,
        "torture",
        (CAT_3, TORTURE_DEFINED),
        "substantial grounds for believing in a danger of torture",
        official_involvement(harm, path),
        reads=reads_too,
    )
    if reads_too and found.verdict is Verdict.NOT_MET:
        if harm.severity in BELOW_TORTURE:
            judged = harm.severity.value.replace("_", " ") if harm.severity else ""
            reason = (
                f"the harm is judged {judged}, not the severe pain or suffering that torture is"
            )
        else:
            reason = (
                "the punishment is judged not excessive (neither out of proportion to the "
                "offence nor of a kind no offence justifies): pain or suffering arising only "
                "from, inherent in or incidental to lawful sanctions is not torture"
            )
        return attrs.evolve(found, reason=reason)
    return found


@reads(
    "claim.fears[].country",
    "claim.fears[].torture",
    "claim.fears[].severity",
    "claim.fears[].actor",
    "claim.fears[].official_involvement",
    "claim.fears[].likelihood",
    "claim.fears[].prosecution",
    "claim.fears[].disproportionate",
    "claim.onward_removal[to]",
    "to",
    "doctrine.torture_threshold",
    "on",
)
def torture_risk(claim: Claim, to: str, doctrine: Doctrine, on: dt.date | None = None) -> Finding:
    """The risk CAT art. 3 covers, on return to ``to`` or onward from it (on ``on``, where a
    territory's state may be the destination's: :func:`~refugeelaw.law.removal.exposure`)."""
    tested = each_fear(claim, lambda harm, path: danger_of_torture(harm, path, doctrine))
    return exposure(to, "torture", tested, claim.onward_removal.get(to), CAT_3, on)


def cat_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """CAT art. 3: bound, within reach, in danger of torture (whatever the person's status)."""
    return (binds, reach, case.risk("torture"))
