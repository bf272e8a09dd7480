"""The European Convention on Human Rights (1950) and its Protocols No. 6 and 13, as bars on return.

    Art. 3: "No one shall be subjected to torture or to inhuman or degrading treatment or
    punishment." Art. 6(1): "In the determination of his civil rights and obligations or of any
    criminal charge against him, everyone is entitled to a fair and public hearing [...]."
    Protocols No. 6 and 13, art. 1: "The death penalty shall be abolished. No one shall be
    condemned to such penalty or executed."

None of them names return. The European Court of Human Rights reads art. 3 to forbid removal where
there are substantial grounds for believing the person would face a real risk of treatment
contrary to it (*Soering v United Kingdom*, 1989), absolutely, whatever the person has done or
threatens (*Chahal v United Kingdom*, 1996; *Saadi v Italy*, 2008), from private persons too where
the state there cannot protect, and wherever the returning state has jurisdiction, interception
at sea included (*Hirsi Jamaa v Italy*, 2012); art. 15(2) admits no derogation from art. 3. It
reads art. 6 to forbid removal to a real risk of a flagrant denial of justice (*Othman (Abu Qatada)
v United Kingdom*, 2012), and art. 2 with the Protocols to forbid removal to a real risk of the
death penalty. The cases are named here, not cited in findings: the library holds no record of
their texts (only of *Hirsi Jamaa*'s paragraphs on jurisdiction, which the reach rule cites).

Each bar is a row of :data:`refugeelaw.law.refoulement.BARS` (``regional=True``: shown only for a
state the Convention may bind). The Protocols' bars bind a state bound by the Convention and the
Protocol: the Protocols are open only to the Convention's signatories (the Council of Europe's
summary of Protocol No. 13; the final clauses of neither are held).
"""

from __future__ import annotations

import datetime as dt

from ..doctrine import Doctrine
from ..facts import Harm, Protection
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .iccpr import not_escapable
from .removal import ReturnCase, bound, harm_exposure, severe_harm

__all__ = [
    "ECHR_2",
    "ECHR_3",
    "ECHR_6",
    "P6_1",
    "P13_1",
    "death_penalty",
    "echr_3_bar",
    "echr_6_bar",
    "flagrant_denial",
    "inhuman_treatment",
    "protocol_bar",
    "protocol_binds",
]

ECHR = "echr-1950"
ECHR_2 = Citation(ECHR, "2(1)")
ECHR_3 = Citation(ECHR, "3")
#: Why art. 3 bars a removal: the obligation not to remove a person where there are substantial
#: grounds for believing in a real risk of treatment contrary to it (*Hirsi Jamaa v Italy*, para.
#: 123, restating the Court's case law).
ON_REMOVAL = Citation("ecthr-hirsi-jamaa-2012", "123")
ECHR_6 = Citation(ECHR, "6(1)")
P6_1 = Citation("echr-protocol-6-1983", "1")
P13_1 = Citation("echr-protocol-13-2002", "1")

#: How the library reads the Protocols as bars on return (stated in every finding relying on it).
PROTOCOL_READING = (
    "that art. 1 of Protocols No. 6 and 13, read with ECHR art. 2, bars removal to a real risk of "
    "the death penalty is the European Court of Human Rights' reading as the library states it; "
    "the library holds no judgment text, and the Protocols bind only a state bound by the "
    "Convention"
)


@reads(
    "harm.irreparable",
    "harm.torture",
    "harm.actor",
    "harm.protection_withheld_for",
    "harm.likelihood",
    "harm.suffered_before",
    "harm.good_reasons_not_repeated",
    "harm.country",
    "path",
    "doctrine.torture_threshold",
    "doctrine.relocation_presumption",
    "protection",
    "relocation",
)
def inhuman_treatment(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    protection: Protection | None,
    relocation: bool | None = None,
) -> Finding:
    """Art. 3: a real risk of torture or inhuman or degrading treatment (``Harm.irreparable`` or
    ``Harm.torture``), whoever inflicts it, unless the state there can and does protect against
    private harm (``protection``: what that country offers) or the person could relocate within
    it (``relocation``: ``Claim.internal_relocation``; *Salah Sheekh v Netherlands*, 2007).
    Ill-treatment already suffered (``Harm.suffered_before``) is itself an indication of a real
    risk, which only good reasons to consider that it will not be repeated displace (*J.K. and
    Others v Sweden*, GC 2016, paras 99-102: the Court's reading, not a contested position)."""
    prevented = not_escapable(harm, path, protection, "ECHR art. 3", relocation, doctrine)
    return severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.irreparable) | Verdict.of(harm.torture),
        "irreparable",
        (ECHR_3, ON_REMOVAL),
        "a real risk of torture or inhuman or degrading treatment",
        prevented,
        past=PAST_ILL_TREATMENT,
    )


#: *J.K. and Others v Sweden* (ECtHR GC, 2016): past ill-treatment as an indication of risk.
PAST_ILL_TREATMENT = Citation("ecthr-jk-v-sweden-2016", "99-102")


@reads("harm.flagrant_denial_of_justice", "harm.likelihood", "path", "doctrine.torture_threshold")
def flagrant_denial(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """Art. 6: a real risk of a flagrant denial of justice (a trial or detention so unfair that it
    destroys the very essence of the right; *Othman*). ``None``: not known, never a confident no."""
    return severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.flagrant_denial_of_justice),
        "flagrant_denial_of_justice",
        ECHR_6,
        "a real risk of a flagrant denial of justice",
    )


@reads("harm.death_penalty", "harm.likelihood", "path", "doctrine.torture_threshold", "cite")
def death_penalty(harm: Harm, path: str, doctrine: Doctrine, cite: Citation) -> Finding:
    """A real risk of the death penalty being imposed or carried out (``Harm.death_penalty``;
    reliable assurances that it will not be are recorded as ``False``)."""
    return severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.death_penalty),
        "death_penalty",
        cite,
        "a real risk of the death penalty",
    )


def echr_3_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. 3: bound, within reach (effective control included, *Hirsi Jamaa*), a real risk of
    torture or inhuman or degrading treatment; absolute, with no exception for a danger to
    security (*Chahal*, *Saadi*) and no derogation (art. 15(2))."""
    protection, relocation = case.claim.protection, case.claim.internal_relocation
    risk = harm_exposure(
        case,
        "torture or inhuman or degrading treatment",
        lambda h, path: inhuman_treatment(
            h, path, case.doctrine, protection.get(h.country), relocation
        ),
        ECHR_3,
    )
    return (binds, reach, risk)


def echr_6_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. 6: bound, within reach, a real risk of a flagrant denial of justice (*Othman*)."""
    risk = harm_exposure(
        case,
        "a flagrant denial of justice",
        lambda h, path: flagrant_denial(h, path, case.doctrine),
        ECHR_6,
    )
    return (binds, reach, risk)


@reads("cite.instrument", "cite.provision", "by", "on", "doctrine")
def protocol_binds(cite: Citation, by: str, on: dt.date, doctrine: Doctrine) -> Finding:
    """A Protocol's bar binds a state bound by the Convention and by the Protocol on the date."""
    convention = bound(ECHR_3, by, on, doctrine)
    protocol = bound(cite, by, on, doctrine)
    verdict = convention.verdict & protocol.verdict
    reason = {
        Verdict.MET: "bound by the Convention and the Protocol",
        Verdict.NOT_MET: "not bound by the Convention and the Protocol",
        Verdict.UNKNOWN: "whether it is bound by the Convention and the Protocol is beyond the data",
    }[verdict]
    return finding("the state is bound", verdict, reason, cite, children=(convention, protocol))


def protocol_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Protocol No. 6 or 13, art. 1, with ECHR art. 2: bound, within reach, a real risk of the
    death penalty (the Protocol cited is the one in ``binds``)."""
    cite = binds.citations[0]
    risk = harm_exposure(
        case, "the death penalty", lambda h, path: death_penalty(h, path, case.doctrine, cite), cite
    )
    reading = finding(
        "the death penalty (ECHR art. 2 with the Protocol)",
        risk.verdict,
        risk.reason,
        cite,
        ECHR_2,
        children=(risk,),
        assumptions=(PROTOCOL_READING,),
    )
    return (binds, reach, reading)
