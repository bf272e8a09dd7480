"""The European Convention on Human Rights (1950), arts 3 and 6, as bars on return.

    Art. 3: "No one shall be subjected to torture or to inhuman or degrading treatment or
    punishment." Art. 6(1): "In the determination of his civil rights and obligations or of any
    criminal charge against him, everyone is entitled to a fair and public hearing [...]."

Neither names return. The European Court of Human Rights reads art. 3 to forbid removal where
there are substantial grounds for believing the person would face a real risk of treatment
contrary to it (*Soering v United Kingdom*, 1989), absolutely, whatever the person has done or
threatens (*Chahal v United Kingdom*, 1996; *Saadi v Italy*, 2008), from private persons too where
the state there cannot protect, and wherever the returning state has jurisdiction, interception
at sea included (*Hirsi Jamaa v Italy*, 2012); art. 15(2) admits no derogation from art. 3. It
reads art. 6 to forbid removal to a real risk of a flagrant denial of justice (*Othman (Abu Qatada)
v United Kingdom*, 2012). The cases are named here, not cited in findings: the library holds no
record of their texts.
"""

from __future__ import annotations

from ..doctrine import Doctrine
from ..facts import Claim, Harm, Protection
from ..logic import Finding, Verdict, reads
from ..sources import Citation
from .iccpr import not_prevented
from .removal import ReturnCase, exposure, severe_harm
from .terms import harm_path

__all__ = ["ECHR_3", "ECHR_6", "echr_3_bar", "echr_6_bar", "flagrant_denial", "inhuman_treatment"]

ECHR_3 = Citation("echr-1950", "3")
ECHR_6 = Citation("echr-1950", "6(1)")


@reads(
    "harm.irreparable",
    "harm.torture",
    "harm.actor",
    "harm.likelihood",
    "harm.country",
    "path",
    "doctrine.torture_threshold",
    "protection",
)
def inhuman_treatment(
    harm: Harm, path: str, doctrine: Doctrine, protection: Protection | None
) -> Finding:
    """Art. 3: a real risk of torture or inhuman or degrading treatment, whoever inflicts it,
    unless the state there can and does protect against private harm."""
    return severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.irreparable) | Verdict.of(harm.torture),
        "irreparable",
        ECHR_3,
        "a real risk of torture or inhuman or degrading treatment",
        not_prevented(harm, path, protection, "ECHR art. 3"),
    )


@reads("harm.flagrant_denial_of_justice", "harm.likelihood", "path", "doctrine.torture_threshold")
def flagrant_denial(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """Art. 6: a real risk of a flagrant denial of justice (a trial or punishment so unfair that
    it destroys the essence of the right)."""
    return severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.flagrant_denial_of_justice),
        "flagrant_denial_of_justice",
        ECHR_6,
        "a real risk of a flagrant denial of justice",
    )


def _risk(
    claim: Claim, to: str, what: str, test: list[tuple[str, Finding]], cite: Citation
) -> Finding:
    return exposure(to, what, tuple(test), claim.onward_removal.get(to), cite)


def echr_3_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. 3: bound, within reach, a real risk of torture or inhuman or degrading treatment;
    absolute (no exception for a danger to security, *Chahal*, *Saadi*)."""
    claim = case.claim
    tested = [
        (
            h.country,
            inhuman_treatment(h, harm_path(i), case.doctrine, claim.protection.get(h.country)),
        )
        for i, h in enumerate(claim.fears)
    ]
    return (
        binds,
        reach,
        _risk(claim, case.to, "torture or inhuman or degrading treatment", tested, ECHR_3),
    )


def echr_6_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. 6: bound, within reach, a real risk of a flagrant denial of justice (*Othman*)."""
    claim = case.claim
    tested = [
        (h.country, flagrant_denial(h, harm_path(i), case.doctrine))
        for i, h in enumerate(claim.fears)
    ]
    return (binds, reach, _risk(claim, case.to, "a flagrant denial of justice", tested, ECHR_6))
