"""Art 1D: persons receiving protection or assistance from other UN organs or agencies.

"This Convention shall not apply to persons who are at present receiving from organs or
agencies of the United Nations other than the United Nations High Commissioner for Refugees
protection or assistance."
"""

from __future__ import annotations

import datetime as dt

from ..doctrine import Doctrine
from ..facts import Claim
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation

__all__ = ["art_1d", "entitlement", "ipso_facto"]

ART_1D = Citation("refugee-convention-1951", "1D")
EL_KOTT = Citation("cjeu-el-kott-2012", "holding")

#: The reading of Art 1D's second paragraph the rules apply: the CJEU's, which binds in EU law.
#: How courts outside the EU read "ceased for any reason" is not recorded here, so the reading is
#: named where relied on.
EL_KOTT_READING = (
    "Art 1D's second paragraph is read as the CJEU read it in El Kott (C-364/11, binding in EU "
    "law): the protection or assistance ceases for a person forced to leave the agency's area "
    "for reasons beyond their control, who is then ipso facto entitled to the Convention's "
    "benefits without showing a well-founded fear; leaving voluntarily is not cessation"
)


@reads("claim.unrwa_assistance", "claim.unrwa_assistance_ceased")
def art_1d(claim: Claim, included: Finding, doctrine: Doctrine, on: dt.date) -> Finding:
    """Art 1D, first paragraph: the Convention does not apply while such assistance is received.

    A person who received it and left the agency's area of operations voluntarily is still
    within this paragraph: mere absence from that area, or a voluntary decision to leave it, is
    not cessation of the assistance (CJEU *El Kott*, C-364/11), and the assistance not having
    ceased, the second paragraph does not bring the person back within the Convention.
    """
    element = "Art 1D: other UN protection or assistance"
    facts = ["unrwa_assistance"]
    if claim.unrwa_assistance_ceased is not None:  # a departure from the agency's area is raised
        facts.append("unrwa_assistance_ceased")
    if claim.unrwa_assistance:
        return finding(
            element,
            Verdict.MET,
            "the person is at present receiving protection or assistance from a UN "
            "agency other than UNHCR",
            ART_1D,
            Citation("unhcr-handbook", "142-143"),
            facts=facts,
            role="exception",
        )
    if claim.unrwa_assistance_ceased is False:
        return finding(
            element,
            Verdict.MET,
            "the person received protection or assistance from a UN agency other than UNHCR and "
            "it has not ceased: they left it voluntarily, or can obtain it again in safety in the "
            "agency's area of operations, and the Convention still does not apply to them",
            ART_1D,
            EL_KOTT,
            facts=facts,
            role="exception",
            assumptions=[EL_KOTT_READING],
        )
    return finding(
        element,
        Verdict.NOT_MET,
        "no other UN agency's protection or assistance is received",
        ART_1D,
        facts=facts,
        role="exception",
    )


@reads("claim.unrwa_assistance", "claim.unrwa_assistance_ceased")
def ipso_facto(claim: Claim) -> Finding:
    """Art 1D, second paragraph: "ipso facto entitled to the benefits of this Convention" once the
    protection or assistance "has ceased for any reason" — read by CJEU *El Kott* (C-364/11) as
    ceased for a reason beyond the person's control (the person forced to leave the agency's area
    of operations); leaving voluntarily is not cessation, and leaves the person within the first
    paragraph (:func:`art_1d`). Whether the person is outside the country, which the entitlement
    also needs, is :func:`entitlement`'s."""
    element = "Art 1D, second paragraph: ipso facto entitled"
    facts = ["unrwa_assistance", "unrwa_assistance_ceased"]
    if claim.unrwa_assistance:
        return finding(
            element,
            Verdict.NOT_MET,
            "the protection or assistance has not ceased: the person still receives it",
            ART_1D,
            facts=facts,
        )
    if claim.unrwa_assistance_ceased:
        return finding(
            element,
            Verdict.MET,
            f"{_CEASED}: they are entitled to the benefits of the Convention without having to "
            "show a well-founded fear under Art 1A(2)",
            ART_1D,
            EL_KOTT,
            facts=facts,
            assumptions=[EL_KOTT_READING],
        )
    if claim.unrwa_assistance_ceased is False:
        return finding(
            element,
            Verdict.NOT_MET,
            "the agency's protection or assistance has not ceased: the person left it "
            "voluntarily, or can obtain it again in safety in the agency's area of operations, "
            "and the first paragraph still applies to them",
            ART_1D,
            EL_KOTT,
            facts=facts,
            assumptions=[EL_KOTT_READING],
        )
    return finding(
        element,
        Verdict.NOT_MET,
        "no ceased UN protection or assistance is stated",
        ART_1D,
        facts=facts,
    )


_CEASED = (
    "the UN protection or assistance the person received has ceased for a reason beyond their "
    "control"
)


def entitlement(ceased: Finding, outside: Finding) -> Finding:
    """Art 1D, second paragraph, whole: the assistance has ceased (``ceased``, from
    :func:`ipso_facto`) and the person is outside the country (``outside``, the finding Art 1A(2)
    made): the benefits of the Convention are owed to a person who has left it, so one still in
    it is not entitled to them, and one whose whereabouts are unknown is not yet known to be."""
    if ceased.verdict is not Verdict.MET or outside.verdict is Verdict.MET:
        return ceased
    facts = [*ceased.facts, *outside.facts]
    if outside.verdict is Verdict.NOT_MET:
        return finding(
            ceased.element,
            Verdict.NOT_MET,
            f"{_CEASED}, but {outside.reason}",
            *ceased.citations,
            *outside.citations,
            facts=facts,
        )
    return finding(
        ceased.element,
        Verdict.UNKNOWN,
        f"{_CEASED}, but whether they have left the country is not known ({outside.reason}): "
        "the benefits of the Convention are owed to a person outside it",
        *ceased.citations,
        *outside.citations,
        facts=facts,
        missing=outside.missing,
    )
