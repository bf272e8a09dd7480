"""International Covenant on Civil and Political Rights arts 6(1) and 7, as bars on return.

    Art. 6(1): "Every human being has the inherent right to life. [...] No one shall be arbitrarily
    deprived of his life." Art. 7: "No one shall be subjected to torture or to cruel, inhuman or
    degrading treatment or punishment."

Neither names return; that both forbid removal to a real risk of irreparable harm is the Human
Rights Committee's reading (General Comment 31, para. 12). Both are non-derogable (art. 4(2)), so
the bars are absolute.
"""

from __future__ import annotations

from ..doctrine import Doctrine
from ..facts import Claim, Harm
from ..logic import Finding, Verdict, reads
from ..sources import Citation
from .removal import ReturnCase, exposure, severe_harm
from .terms import harm_path

__all__ = [
    "arbitrary_deprivation_of_life",
    "iccpr_6_bar",
    "iccpr_7_bar",
    "ill_treatment_risk",
    "irreparable_harm",
    "life_risk",
]

ICCPR_6 = Citation("iccpr-1966", "6(1)")
ICCPR_7 = Citation("iccpr-1966", "7")


@reads("harm.irreparable", "harm.torture", "harm.likelihood", "path", "doctrine.torture_threshold")
def irreparable_harm(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """Art. 7: a real risk of torture or cruel, inhuman or degrading treatment (torture is
    irreparable harm too)."""
    return severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.irreparable) | Verdict.of(harm.torture),
        "irreparable",
        ICCPR_7,
        "a real risk of torture or cruel, inhuman or degrading treatment",
    )


@reads("harm.risk_to_life", "harm.likelihood", "path", "doctrine.torture_threshold")
def arbitrary_deprivation_of_life(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """Art. 6(1): a real risk of arbitrary deprivation of life."""
    return severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.risk_to_life),
        "risk_to_life",
        ICCPR_6,
        "a real risk of arbitrary deprivation of life",
    )


def ill_treatment_risk(claim: Claim, to: str, doctrine: Doctrine) -> Finding:
    """The risk art. 7 covers, on return to ``to`` or onward from it."""
    tested = tuple(
        [
            (h.country, irreparable_harm(h, harm_path(i), doctrine))
            for i, h in enumerate(claim.fears)
        ]
    )
    return exposure(to, "irreparable harm", tested, claim.onward_removal.get(to), ICCPR_7)


def life_risk(claim: Claim, to: str, doctrine: Doctrine) -> Finding:
    """The risk art. 6(1) covers, on return to ``to`` or onward from it."""
    tested = tuple(
        [
            (h.country, arbitrary_deprivation_of_life(h, harm_path(i), doctrine))
            for i, h in enumerate(claim.fears)
        ]
    )
    return exposure(
        to, "arbitrary deprivation of life", tested, claim.onward_removal.get(to), ICCPR_6
    )


def iccpr_6_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. 6(1): bound, within reach, a real risk of arbitrary deprivation of life."""
    return (binds, reach, case.risks["life"])


def iccpr_7_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. 7: bound, within reach, a real risk of torture or ill-treatment."""
    return (binds, reach, case.risks["ill_treatment"])
