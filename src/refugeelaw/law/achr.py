"""The American Convention on Human Rights (1969), art. 22(8), as a bar on return.

    Art. 22(8): "In no case may an alien be deported or returned to a country, regardless of
    whether or not it is his country of origin, if in that country his right to life or personal
    freedom is in danger of being violated because of his race, nationality, religion, social
    status, or political opinions."

The text (held: the Inter-American Commission's quotation, with the French authentic text) gives
the bar its shape: it protects any alien, refugee or not; it reaches return to any country, the
country of origin or another; and "in no case" admits no exception, so a danger to security or
the community (Refugee Convention art. 33(2)) does not lift it. The Inter-American Court of Human
Rights reads it broadly (*Pacheco Tineo Family v Bolivia*, 2013; Advisory Opinion OC-21/14,
2014); the cases are named here, not cited in findings: the library holds no text of them.

What the library supplies is stated in every finding that relies on it:

- "social status" (*condición social*, *condition sociale*) is not the 1951 Convention's
  "membership of a particular social group". A harm for reasons of a particular social group is
  counted as a harm because of social status only as a stated assumption
  (:data:`SOCIAL_STATUS_READING`); the library models no other fact of social status.
- "right to life or personal freedom is in danger of being violated": a harm the assessor grades
  a threat to life or freedom (:attr:`~refugeelaw.Severity.THREAT_TO_LIFE_OR_FREEDOM`) or an
  arbitrary deprivation of life (``Harm.risk_to_life``), likely enough on the well-founded fear's
  threshold (``Doctrine.fear_threshold``), from the state or from private persons it does not
  protect against (:data:`DANGER_READING`). Refugee Convention art. 33(1)'s like words ("life or
  freedom would be threatened") the library reads more widely, as persecution, a harm graded
  lower included (``law.art_33.THREAT_READING``), so the same harm can bar a return under art.
  33(1) and not under art. 22(8).
- "in that country": a danger the decision-maker finds the person can avoid by a reasonable
  internal flight alternative (``Claim.internal_relocation``) is weighed as ICCPR arts 6 and 7
  weigh it, by the same rule (``law.iccpr.not_escapable``), and the reading
  (``law.iccpr.RELOCATION_READING``) is named where it decides: art. 22(8) is no wider than art.
  33(1) or the ICCPR on a danger confined to one part of the country. No text of the
  Inter-American Court on internal relocation under art. 22(8) is held.

The bar is a row of :data:`refugeelaw.law.refoulement.BARS` (``regional=True``: shown only for a
state the Convention may bind; only members of the Organization of American States may become
parties, art. 74(1)).
"""

from __future__ import annotations

import datetime as dt

from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Claim, Ground, Harm, Protection, Severity
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .iccpr import not_escapable
from .nexus import prosecution_targeting
from .protection import OWN_REASONS_READING, withheld_by_reading, withheld_for
from .removal import ReturnCase, harm_exposure
from .terms import NOT_FOUND, Relocation, claim_relocation

__all__ = [
    "ACHR_22_8",
    "DANGER_READING",
    "SOCIAL_STATUS_READING",
    "achr_bar",
    "alien",
    "in_danger",
]

ACHR = "achr-1969"
ACHR_22_8 = Citation(ACHR, "22(8)")

#: The five reasons of art. 22(8) that the Convention grounds name exactly.
NAMED = {
    Ground.RACE: "race",
    Ground.NATIONALITY: "nationality",
    Ground.RELIGION: "religion",
    Ground.POLITICAL_OPINION: "political opinions",
}

#: How the library reads "social status" (stated in every finding that relies on it).
SOCIAL_STATUS_READING = (
    "art. 22(8) names 'social status' (French 'condition sociale'), not 'membership of a "
    "particular social group': the library counts a harm for reasons of a particular social "
    "group as one because of social status, an assumption of its own (the Inter-American Court "
    "reads art. 22(8) broadly, but the library holds no text of its decisions); check it before "
    "relying on it"
)

#: How the library reads "in danger of being violated" (stated in every finding on a harm).
DANGER_READING = (
    "the library reads 'his right to life or personal freedom is in danger of being violated' as "
    "a harm graded a threat to life or freedom (or an arbitrary deprivation of life), likely "
    "enough on the well-founded fear's threshold, from the state or from private persons the "
    "state there does not protect against"
)


@reads("claim.person.nationalities", "by", "on")
def alien(claim: Claim, by: str, on: dt.date) -> Finding:
    """Art. 22(8) protects "an alien": anyone who is not a national of the returning state,
    refugee or not, stateless persons included (its own nationals are protected from expulsion
    by art. 22(5), which the library does not model)."""
    element = f"an alien in {country_name(by, on)}"
    if claim.person.nationalities is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person's nationality is not known: whether they are a national of "
            f"{country_name(by, on)} is not known",
            ACHR_22_8,
            missing=("person.nationalities",),
        )
    if by in claim.person.nationalities:
        return finding(
            element,
            Verdict.NOT_MET,
            f"the person is a national of {country_name(by, on)}, not an alien (art. 22(5), not "
            "modelled, protects nationals from expulsion)",
            ACHR_22_8,
            facts=("person.nationalities",),
        )
    who = "stateless" if claim.person.stateless else "not a national of " + country_name(by, on)
    return finding(
        element,
        Verdict.MET,
        f"the person is {who}: an alien, whether or not a refugee",
        ACHR_22_8,
        facts=("person.nationalities",),
    )


@reads(
    "harm.severity",
    "harm.risk_to_life",
    "harm.likelihood",
    "harm.reasons",
    "harm.discriminatory",
    "harm.law_contrary_to_human_rights",
    "harm.condemned_military_action",
    "harm.protection_withheld_for",
    "harm.actor",
    "harm.prosecution",
    "harm.country",
    "harm.internal_relocation",
    "path",
    "doctrine.fear_threshold",
    "doctrine.relocation_presumption",
    "protection",
    "relocation",
    "on",
)
def in_danger(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    protection: Protection | None,
    on: dt.date | None = None,
    relocation: Relocation = NOT_FOUND,
) -> Finding:
    """The right to life or personal freedom in danger of being violated because of race,
    nationality, religion, social status or political opinions (as :data:`DANGER_READING` and
    :data:`SOCIAL_STATUS_READING` state). A threat to life or freedom and an arbitrary
    deprivation of life each suffice, so a harm graded below the first is no danger only once
    ``risk_to_life`` is answered ``False``; until then the element waits on it. A danger "in that
    country" is weighed as ICCPR art. 7 weighs a real risk, by the same rule
    (``law.iccpr.not_escapable``): not one the state there protects against, nor
    one the decision-maker finds the person can avoid by a reasonable internal flight alternative
    (``relocation``: ``Claim.internal_relocation``; the harm's own finding answers first), the
    reading named where it decides."""
    facts = [f"{path}.severity", f"{path}.likelihood", f"{path}.reasons"]
    missing: list[str] = []
    # Life or personal freedom.
    # Either suffices: a harm graded below a threat to life or freedom may still be an arbitrary
    # deprivation of life, so it is a danger to neither only once both are answered.
    if harm.severity is Severity.THREAT_TO_LIFE_OR_FREEDOM or harm.risk_to_life is True:
        grave = Verdict.MET
    elif harm.severity is None:
        grave = Verdict.UNKNOWN
        missing.append(f"{path}.severity")
    elif harm.risk_to_life is None:
        grave = Verdict.UNKNOWN
        missing.append(f"{path}.risk_to_life")
    else:
        grave = Verdict.NOT_MET
    if harm.risk_to_life is not None:
        facts.append(f"{path}.risk_to_life")
    # In danger: likely enough.
    threshold = doctrine.fear_threshold
    if harm.likelihood is None:
        likely = Verdict.UNKNOWN
        missing.append(f"{path}.likelihood")
    else:
        likely = Verdict.of(harm.likelihood >= threshold)
    # Because of one of the five reasons.
    withholding = withheld_for(harm)
    grounds = harm.grounds | (withholding or frozenset())
    named = [NAMED[g] for g in Ground if g in grounds and g in NAMED]
    social = Ground.PARTICULAR_SOCIAL_GROUP in grounds
    assumptions = [DANGER_READING, doctrine.position("fear_threshold")]
    if named or social:
        because = Verdict.MET
        if not named:
            assumptions.append(SOCIAL_STATUS_READING)
    elif harm.reasons and (targeting := prosecution_targeting(harm, path)) is not None:
        # A prosecution that is (or may be) discriminatory, or under a law contrary to human
        # rights, may be "because of" the opinion, religion or status it reaches, as for the
        # Refugee Convention's nexus (UNHCR Handbook 57-59).
        because = Verdict.UNKNOWN
        missing += targeting[1]
        facts += [f"{path}.discriminatory", f"{path}.law_contrary_to_human_rights"]
    elif harm.reasons and withholding is None:
        # The reasons given are none of the five: whether the state withholds protection for one
        # (as for the Refugee Convention's nexus, *Islam; Shah*) is not known.
        because = Verdict.UNKNOWN
        missing.append(f"{path}.protection_withheld_for")
    elif harm.reasons:
        because = Verdict.NOT_MET
        if withheld_by_reading(harm, withholding):
            assumptions.append(OWN_REASONS_READING)
    else:
        because = Verdict.UNKNOWN
        missing.append(f"{path}.reasons")
    if withholding:
        facts.append(f"{path}.protection_withheld_for")
    # Violated: by the state, or by private persons it does not protect against; and in that
    # country, not avoidable by a reasonable internal flight alternative (as ICCPR art. 7).
    prevented = not_escapable(harm, path, protection, "art. 22(8)", relocation, doctrine, on=on)
    protected, why_not, read, needs = (
        prevented.verdict,
        prevented.why_not,
        prevented.reads,
        prevented.needs,
    )
    facts += [f for f in read if f not in facts]
    verdict = grave & likely & because & protected
    if grave & likely & because is not Verdict.NOT_MET:
        # The relocation reading (and any presumption) matter only then, as for ICCPR art. 7.
        assumptions += [a for a in prevented.assumptions if a not in assumptions]
    if verdict is Verdict.UNKNOWN:
        missing += [n for n in needs if protected is Verdict.UNKNOWN and n not in missing]
    # The facts relied on are those given: an unknown one is missing, or did not matter.
    facts = [
        p
        for p in facts
        if not p.startswith(f"{path}.") or getattr(harm, p[len(path) + 1 :], None) is not None
    ]
    reasons = ", ".join(
        named + (["social status (as a particular social group)"] if social else [])
    )
    if verdict is Verdict.MET:
        reason = f"life or personal freedom in danger because of {reasons}"
    elif verdict is Verdict.NOT_MET:
        if grave is Verdict.NOT_MET:
            reason = (
                "the harm is graded below a threat to life or freedom and is not an arbitrary "
                "deprivation of life: the person's right to life or personal freedom is not in "
                "danger of being violated"
            )
        elif likely is Verdict.NOT_MET:
            reason = f"the danger is below the likelihood threshold {threshold:g}"
        elif because is Verdict.NOT_MET:
            reason = (
                "not because of race, nationality, religion, social status or political opinions"
            )
        else:
            reason = why_not or "no danger of violation"
    else:
        reason = (
            "not yet known whether life or personal freedom is in danger on a ground of art. 22(8)"
        )
    return finding(
        path,
        verdict,
        reason,
        ACHR_22_8,
        facts=facts,
        missing=missing,
        standard=f"in danger of being violated (likelihood at least {threshold:g})",
        assumptions=assumptions,
    )


def achr_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. 22(8): bound, within reach, an alien, and life or personal freedom in danger on one of
    its five grounds in the country of return, or onward from it; no exception ("in no case")."""
    protection = case.claim.protection
    relocation = claim_relocation(case.claim, case.doctrine, case.on)
    risk = harm_exposure(
        case,
        "a danger to life or personal freedom on a ground of art. 22(8)",
        lambda h, path: in_danger(
            h, path, case.doctrine, protection.get(h.country), case.on, relocation
        ),
        ACHR_22_8,
        case.doctrine.fear_threshold,
    )
    return (binds, reach, alien(case.claim, case.by, case.on), risk)
