"""Art 1D: persons receiving protection or assistance from other UN organs or agencies.

"This Convention shall not apply to persons who are at present receiving from organs or
agencies of the United Nations other than the United Nations High Commissioner for Refugees
protection or assistance."
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Claim
from ..logic import Finding, Verdict, finding, missing_facts, reads
from ..sources import Citation
from .terms import ART_1A2, handbook, names

__all__ = [
    "NATIONAL_PROTECTION_READING",
    "PRESENT_RECEIPT_READING",
    "UNRWA_FIELDS",
    "UNSETTLED_POSITION_READING",
    "art_1d",
    "entitlement",
    "ipso_facto",
    "national_protection",
]

ART_1D = Citation("refugee-convention-1951", "1D")
ART_1C3 = Citation("refugee-convention-1951", "1C(3)")
_NATIONALITY = (handbook("106-107"),)
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


#: Art 1D's second paragraph entitles the persons whose protection or assistance has ceased only
#: "without the position of such persons being definitively settled in accordance with the relevant
#: resolutions adopted by the General Assembly of the United Nations". The library holds none of
#: those resolutions and no record that any such person's position has been so settled; it reads
#: the condition as met, and names the reading wherever the entitlement is found (review s38 ex38
#: F1: it was applied without a word).
UNSETTLED_POSITION_READING = (
    "Art 1D's second paragraph entitles a person whose UN protection or assistance has ceased "
    "only 'without the position of such persons being definitively settled in accordance with "
    "the relevant resolutions adopted by the General Assembly of the United Nations': the library "
    "holds none of those resolutions and no record that the position of any such person has been "
    "so settled, and reads it as not settled; a person whose position has been definitively "
    "settled is not entitled under this paragraph"
)

#: El-Ali v SSHD [2002] EWCA Civ 1103: Art 1D reaches only those receiving the assistance on or
#: before 28 July 1951.
EL_ALI = Citation("ewca-el-ali-2002", "holding")

#: The reading of Art 1D's first paragraph the rules apply: "at present receiving" speaks of the
#: time of the assessment (the CJEU's reading in *Bolbol* and *El Kott*, binding in EU law, and
#: UNHCR's), so that a person born after 1951 who receives UNRWA's assistance is within it. The
#: English Court of Appeal read it as at the Convention's adoption (*El-Ali*), on which Art 1D
#: does not reach such a person at all and the claim falls to Art 1A(2). Named where Art 1D decides
#: the outcome: the first paragraph excluding the person (``law.status`` drops it where the outcome
#: rests on something else), and the second paragraph's entitlement.
PRESENT_RECEIPT_READING = (
    "Art 1D's 'at present receiving' is read as speaking of the time of the assessment, as the "
    "CJEU read it (Bolbol, C-31/09; El Kott, C-364/11) and UNHCR does: a person who receives the "
    "assistance now is within the first paragraph whenever they were born; on the English Court "
    "of Appeal's reading in El-Ali v SSHD ([2002] EWCA Civ 1103: only those receiving it on or "
    "before 28 July 1951), Art 1D would not reach a person who first received it later, and Art "
    "1A(2) would decide"
)


#: UNRWA's areas of operation ("fields"): the Gaza Strip and the West Bank (Palestine), Jordan,
#: Lebanon and Syria, as UNRWA describes them (seen in a secondary source only: ICS Legal, "Article
#: 1D of the Refugee Convention"). Used only to word a finding that rests on ``unrwa_assistance``
#: left at its default: it decides nothing (a stateless person from one of these countries need
#: not be a Palestine refugee).
UNRWA_FIELDS = frozenset({"PSE", "JOR", "LBN", "SYR"})

#: Whether the ipso facto entitlement of Art 1D's second paragraph is owed to a person who has a
#: nationality whose protection is available to them (a Palestine refugee who is also a Jordanian
#: national, say). No source read for this library settles it: UNHCR's Guidelines on International
#: Protection No. 13 on Art 1D (December 2017) could not be opened, so what they say of it is not
#: verified; UNHCR's 2002 Revised Note on Art 1D was seen in its opening paragraphs only; the
#: *El Kott* record is a secondary summary. The reading the rules apply is the conservative one
#: the Convention's structure points to, named wherever it decides.
NATIONAL_PROTECTION_READING = (
    "Art 1D's second paragraph is read as not entitling to the benefits of the Convention a "
    "person who has a nationality whose protection is available to them, with no valid reason "
    "based on well-founded fear for not availing of it: those benefits are international "
    "protection for persons who lack national protection, as Art 1A(2) second paragraph "
    "(Handbook paras 106-107) says of a person with a nationality and Art 1C(3) of a refugee who "
    "acquires a new nationality and enjoys its protection; and the ipso facto entitlement stays "
    "subject to the Convention's other clauses (CJEU El Kott, C-364/11). No decided case, and no "
    "UNHCR text read for this library, settles the point (UNHCR's Guidelines No. 13 on Art 1D "
    "not verified); where that protection is not yet known, the entitlement is not either"
)

#: CJEU *Bolbol* (C-31/09): Art 1D reaches a person who has actually had recourse to the
#: agency's protection or assistance, not one merely eligible for it.
BOLBOL = Citation("cjeu-bolbol-2010", "holding")


@reads(
    "claim.unrwa_assistance",
    "claim.unrwa_assistance_ceased",
    "claim.person.nationalities",
    "claim.person.habitual_residence",
    "claim.person.other_habitual_residences",
    "on",
)
def art_1d(claim: Claim, included: Finding, doctrine: Doctrine, on: dt.date) -> Finding:
    """Art 1D, first paragraph: the Convention does not apply while such assistance is received.

    A person who received it and left the agency's area of operations voluntarily is still
    within this paragraph: mere absence from that area, or a voluntary decision to leave it, is
    not cessation of the assistance (CJEU *El Kott*, C-364/11), and the assistance not having
    ceased, the second paragraph does not bring the person back within the Convention.

    Whether the person receives it or received it is a fact like any other: left unknown
    (``Claim.unrwa_assistance`` ``None``, and nothing said of its cessation), the paragraph is
    not known to apply or not, and both facts are asked. Left at its default (``False``), it is
    read as not stated to be received, and the finding says so rather than that none is.
    """
    element = "Art 1D: other UN protection or assistance"
    facts = ["unrwa_assistance"]
    ceased = claim.unrwa_assistance_ceased
    if ceased is not None:  # a departure from the agency's area is raised
        facts.append("unrwa_assistance_ceased")
    if claim.unrwa_assistance:
        return finding(
            element,
            Verdict.MET,
            "the person is at present receiving protection or assistance from a UN "
            "agency other than UNHCR",
            ART_1D,
            Citation("unhcr-handbook", "142-143"),
            BOLBOL,
            EL_ALI,
            facts=facts,
            role="exception",
            assumptions=[PRESENT_RECEIPT_READING],
        )
    if ceased is False:
        return finding(
            element,
            Verdict.MET,
            "the person received protection or assistance from a UN agency other than UNHCR and "
            "it has not ceased: they left it voluntarily, or can obtain it again in safety in the "
            "agency's area of operations, and the Convention still does not apply to them",
            ART_1D,
            EL_KOTT,
            EL_ALI,
            facts=facts,
            role="exception",
            assumptions=[EL_KOTT_READING, PRESENT_RECEIPT_READING],
        )
    if ceased is True:
        return finding(
            element,
            Verdict.NOT_MET,
            "the protection or assistance the person received from a UN agency other than UNHCR "
            "has ceased, so they are no longer receiving it: whether they are entitled to the "
            "benefits of the Convention is for the second paragraph",
            ART_1D,
            facts=facts,
            role="exception",
        )
    if claim.unrwa_assistance is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            "whether the person receives, or has received, protection or assistance from a UN "
            "agency other than UNHCR (UNRWA, for a Palestine refugee) is not known: actual "
            "recourse to it counts, not mere eligibility; a person who receives it, or who "
            "received it and for whom it has not ceased, is outside the Convention",
            ART_1D,
            BOLBOL,
            facts=facts,
            missing=["unrwa_assistance", "unrwa_assistance_ceased"],
            role="exception",
        )
    return finding(
        element,
        Verdict.NOT_MET,
        "protection or assistance from a UN agency other than UNHCR is not stated to be received "
        "(unrwa_assistance)" + _in_a_field(claim, on),
        ART_1D,
        facts=[*facts, *(["person.habitual_residence"] if _in_a_field(claim, on) else [])],
        role="exception",
    )


def _in_a_field(claim: Claim, on: dt.date) -> str:
    """For a stateless person with a country of former habitual residence in UNRWA's area of
    operations, words saying that Art 1D was not examined (the person may be a Palestine refugee):
    the finding rests on the default, not on a finding that none is received. Otherwise none."""
    person = claim.person
    fields = [c for c in person.countries_of_reference() if c in UNRWA_FIELDS]
    if not person.stateless or not fields:
        return ""
    return (
        f"; the person is stateless, and {names(fields, on)} is in UNRWA's area of operations: "
        "whether they are a Palestine refugee who receives or received UNRWA's assistance is "
        "not examined (give unrwa_assistance, or null where it is not known, to have it asked)"
    )


@reads(
    "claim.unrwa_assistance",
    "claim.unrwa_assistance_ceased",
    "claim.person.location",
    "claim.person.nationalities",
    "claim.person.habitual_residence",
    "claim.person.other_habitual_residences",
    "on",
)
def ipso_facto(claim: Claim, on: dt.date | None = None) -> Finding:
    """Art 1D, second paragraph: "ipso facto entitled to the benefits of this Convention" once the
    protection or assistance "has ceased for any reason" — read by CJEU *El Kott* (C-364/11) as
    ceased for a reason beyond the person's control (the person forced to leave the agency's area
    of operations); leaving voluntarily is not cessation, and leaves the person within the first
    paragraph (:func:`art_1d`). The entitlement arises only "without the position of such persons
    being definitively settled in accordance with the relevant resolutions adopted by the General
    Assembly": no record held says that any such person's position has been, and the finding that
    meets the paragraph names that reading (:data:`UNSETTLED_POSITION_READING`). Whether the
    person is outside the country, which the entitlement also needs, and whether a nationality's
    protection is available to them, are :func:`entitlement`'s. A person now in a part of the
    agency's area of operations other than the country they left is said to be there, the
    country named as it was on ``on`` (:func:`_within_the_area`)."""
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
        within = _within_the_area(claim, on)
        return finding(
            element,
            Verdict.MET,
            f"{_CEASED}, without their position being definitively settled in accordance with the "
            "relevant resolutions of the General Assembly (no record held says it has been): they "
            "are entitled to the benefits of the Convention without having to show a well-founded "
            f"fear under Art 1A(2){within}",
            ART_1D,
            EL_KOTT,
            facts=[*facts, *(["person.location"] if within else [])],
            assumptions=[EL_KOTT_READING, UNSETTLED_POSITION_READING],
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
    if claim.unrwa_assistance is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            "whether the person received protection or assistance from a UN agency other than "
            "UNHCR (UNRWA, for a Palestine refugee), and whether it ceased for a reason beyond "
            "their control, is not known: if it did, they are entitled to the benefits of the "
            "Convention without having to show a well-founded fear under Art 1A(2)",
            ART_1D,
            EL_KOTT,
            facts=facts,
            missing=facts,
            assumptions=[EL_KOTT_READING],
        )
    return finding(
        element,
        Verdict.NOT_MET,
        "no UN protection or assistance that has ceased is stated (unrwa_assistance_ceased)",
        ART_1D,
        facts=facts,
    )


def _within_the_area(claim: Claim, on: dt.date | None) -> str:
    """For a person whose assistance is found to have ceased and who is now in a part of UNRWA's
    area of operations other than the country they left (a Palestinian from Syria now in Jordan),
    words saying so: the cessation found (``unrwa_assistance_ceased``) is then the
    decision-maker's finding that the assistance cannot be obtained again in safety there, every
    field of the area the person can enter and safely remain in being weighed (CJEU *Alheto*,
    C-585/16; *XT*, C-507/19, 13 January 2021, operative part 1). Otherwise none (review s39 ex39
    F2: the entitlement was found with no word that the person was still in the area)."""
    person = claim.person
    where = person.location
    if where is None or where not in UNRWA_FIELDS or where in person.countries_of_reference():
        return ""
    return (
        f"; the person is now in {country_name(where, on)}, in UNRWA's area of operations: the "
        "cessation found is read as the decision-maker's finding that they cannot obtain the "
        "assistance again in safety there, or in any other part of that area they can enter and "
        "safely remain in (CJEU Alheto, C-585/16; XT, C-507/19)"
    )


_CEASED = (
    "the UN protection or assistance the person received has ceased for a reason beyond their "
    "control"
)
_MAY_HAVE_CEASED = (
    "whether the person received UN protection or assistance that has ceased for a reason beyond "
    "their control is not known"
)


def entitlement(ceased: Finding, outside: Finding, national: Finding | None = None) -> Finding:
    """Art 1D, second paragraph, whole: the assistance has ceased (``ceased``, from
    :func:`ipso_facto`), the person is outside the country (``outside``, the finding Art 1A(2)
    made), and, for a person with a nationality, its protection is not available to them
    (``national``: Art 1A(2)'s finding on the protection of every country of nationality;
    ``None`` for a stateless person, whose entitlement does not turn on it).

    The benefits of the Convention are owed to a person who has left the country, so one still
    in it is not entitled to them, and one whose whereabouts are unknown is not yet known to be.
    A person whose nationality's protection is available is not entitled to them either, by
    :data:`NATIONAL_PROTECTION_READING` (named where it decides); one whose nationality's
    protection is not yet known is not yet known to be."""
    if ceased.verdict is Verdict.NOT_MET:
        return ceased
    may = ceased.verdict is Verdict.UNKNOWN
    lead = _MAY_HAVE_CEASED if may else _CEASED
    facts = [*ceased.facts, *outside.facts]
    if outside.verdict is Verdict.NOT_MET:
        return finding(
            ceased.element,
            Verdict.NOT_MET,
            f"{lead}, but {outside.reason}",
            *ceased.citations,
            *outside.citations,
            facts=facts,
        )
    if national is not None and national.verdict is Verdict.NOT_MET:
        return finding(
            ceased.element,
            Verdict.NOT_MET,
            f"{lead}, but the person has a nationality whose protection is available to them "
            f"({national.reason}): the benefits of the Convention are international protection "
            "for a person who lacks national protection",
            *ceased.citations,
            ART_1A2,
            ART_1C3,
            *_NATIONALITY,
            facts=[*facts, *_read(national)],
            assumptions=[*ceased.assumptions, NATIONAL_PROTECTION_READING, *national.assumptions],
        )
    if not may and outside.verdict is Verdict.MET:
        if national is None:
            return attrs.evolve(ceased, assumptions=(*ceased.assumptions, PRESENT_RECEIPT_READING))
        if national.verdict is Verdict.MET:
            return finding(
                ceased.element,
                Verdict.MET,
                f"{ceased.reason}; and the person lacks the protection of their nationality "
                f"({national.reason})",
                *ceased.citations,
                ART_1A2,
                facts=[*facts, *_read(national)],
                assumptions=[*ceased.assumptions, *national.assumptions, PRESENT_RECEIPT_READING],
            )
    # Something is still open: the cessation, the person's whereabouts, or whether the protection
    # of their nationality is available.
    parts = []
    missing: list[str] = []
    if may:
        missing.extend(ceased.missing)
    if outside.verdict is Verdict.UNKNOWN:
        parts.append(
            f"whether they have left the country is not known ({outside.reason}): the benefits "
            "of the Convention are owed to a person outside it"
        )
        missing.extend(missing_facts(outside))
    open_nationality = national is not None and national.verdict is Verdict.UNKNOWN
    if national is not None and open_nationality:
        parts.append(
            "whether the protection of a country of their nationality is available to them is "
            f"not known ({national.reason}): if it is, they are not entitled"
        )
        missing.extend(missing_facts(national))
    reason = "; ".join([lead, *parts]) if may else f"{lead}, but " + "; and ".join(parts)
    return finding(
        ceased.element,
        Verdict.UNKNOWN,
        reason,
        *ceased.citations,
        *(outside.citations if outside.verdict is Verdict.UNKNOWN else ()),
        *((ART_1C3, *_NATIONALITY) if open_nationality else ()),
        facts=facts,
        missing=dict.fromkeys(missing),
        assumptions=[
            *ceased.assumptions,
            *((NATIONAL_PROTECTION_READING,) if open_nationality else ()),
        ],
    )


def _read(found: Finding) -> list[str]:
    """The facts ``found`` and the findings under it read, each once."""
    return list(dict.fromkeys([f for _, node in found.walk() for f in node.facts]))


def national_protection(claim: Claim, protection: Finding) -> Finding | None:
    """What :func:`entitlement` weighs of a person's nationality: Art 1A(2)'s finding on the
    protection of every country of nationality (``protection``), for a person who has, or may
    have, a nationality; ``None`` for a stateless person."""
    return None if claim.person.stateless else protection
