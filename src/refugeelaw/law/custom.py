"""Customary non-refoulement.

Customary law has no text; the library's statement of the rule (``customary-international-law``,
``non-refoulement``) is: a state may not return a person, in any manner whatsoever, to a territory
where the person faces a real risk of persecution or of torture. Whether the rule is customary,
and whether it is peremptory, are :class:`~refugeelaw.Doctrine` choices; so is whether its
human-rights limb reaches other cruel, inhuman or degrading treatment or punishment
(``custom_covers_ill_treatment``: Lauterpacht and Bethlehem's Opinion for UNHCR, 2001, reads it
so), the risk then weighed as ICCPR art. 7 weighs it
(:func:`~refugeelaw.law.iccpr.irreparable_harm`). It knows no dateline or
geographic limitation, so its refugee is the Protocol's. It follows the state's jurisdiction,
effective control abroad included, for the risk of torture, as the human-rights duties do. For the
risk of persecution of a refugee, whether it reaches beyond the state's territory is the question
art. 33(1) raises, and it is contested in the same terms: *Sale v Haitian Centers Council* (1993)
read "return" as territorial, and UNHCR's Advisory Opinion of 2007 reads both the treaty and the
customary rule as binding wherever the state exercises jurisdiction. The refugee limb therefore
follows ``Doctrine.article_33_extraterritorial`` beyond the territory, and says so.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import attrs

from ..doctrine import Doctrine
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .art_33 import ART_33_1, art_33_2, art_33_reach, positions_relied_on, protected_person
from .obligations import (
    ILL_TREATMENT_EVIDENCE,
    ILL_TREATMENT_NOT_YET_SHOWN,
    NOT_YET_SHOWN,
    TORTURE_LIMB_EVIDENCE,
    TORTURE_NOT_YET_SHOWN,
    before_the_evidence,
)
from .peremptory import TORTURE_LIMB_DATING_READING, torture_dating_decides
from .removal import ReturnCase, within_territory

__all__ = [
    "EXCEPTIONS_READING",
    "TORTURE_LIMB_EVIDENCE",
    "HumanRightsLimb",
    "custom_bar",
    "customary_rule_binds",
    "human_rights_limb",
    "ill_treatment_limb",
    "refugee_limb",
    "refugee_limb_alone",
    "torture_limb",
]

CUSTOM_RULE = Citation("customary-international-law", "non-refoulement")

#: The customary rule has no text of its own to say what exceptions it has. Its refugee limb is
#: read with those of Refugee Convention art. 33(2), whether the rule is held peremptory or not
#: (VCLT art. 53 forbids derogation from a peremptory norm by treaty; it does not take away limits
#: within the norm). That it has none, or narrower ones, is argued: a position, named wherever an
#: exception lifts the limb or may.
EXCEPTIONS_READING = (
    "the customary rule's refugee limb is read with the exceptions of Refugee Convention art. "
    "33(2), held peremptory or not; whether the customary (or peremptory) rule admits them, "
    "narrower ones or none is contested, and not modelled"
)


@reads("doctrine.non_refoulement_customary", "on", "by")
def customary_rule_binds(
    doctrine: Doctrine, on: dt.date | None = None, by: str | None = None
) -> Finding:
    """Whether non-refoulement binds as custom at all (a Doctrine choice), on ``on`` (``None``:
    whatever the date): not shown before the library's earliest evidence of the rule (a gap in the
    data, named for ``by`` and not asked)."""
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
    if on is not None and before_the_evidence(on):
        return finding(
            "customary rule binds",
            Verdict.UNKNOWN,
            NOT_YET_SHOWN.format(on=on.isoformat()),
            CUSTOM_RULE,
            Citation("excom-conclusions", "6"),
            assumptions=assumptions,
            missing=(f"states[{by!r}].{CUSTOM_RULE.instrument}",) if by is not None else (),
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
    return customary_rule_binds(doctrine, on, by)


def custom_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Bound, within reach, and a risk of persecution (a refugee, subject to the Art 33(2)
    exceptions, and beyond the state's territory only as art. 33(1) reaches there) or of torture
    (anyone), or, as ``Doctrine.custom_covers_ill_treatment`` reads the rule, of other cruel,
    inhuman or degrading treatment (anyone)."""
    claim = case.claim
    # Under the state's effective control beyond its territory and frontier (at sea, abroad).
    abroad = (
        case.by in claim.under_control_of
        and within_territory(claim, case.by, CUSTOM_RULE, case.on, case.doctrine).verdict
        is not Verdict.MET
    )
    beyond_reach = (
        (art_33_reach(claim, case.by, ART_33_1, case.on, case.doctrine),) if abroad else ()
    )
    # Where the doctrine sets art. 33(1) a standard of its own, whether custom takes it is a
    # position of the doctrine's, named where relied on.
    own_standard = case.doctrine.return_threshold is not None
    follows = own_standard and case.doctrine.custom_follows_return_threshold
    refugee = (
        protected_person(case.general_status, positions_relied_on(case.general_status)),
        case.risk("persecution" if follows else "persecution (custom)"),
        *beyond_reach,
    )
    exception = art_33_2(claim, Verdict.all([f.verdict for f in refugee]))
    # The contested position, where the reach turned on it (not for a person still in their own
    # country, whom art. 33(1) does not reach whatever the position).
    beyond = (
        case.doctrine.position("article_33_extraterritorial")
        if beyond_reach and beyond_reach[0].assumptions
        else ""
    )
    standard = case.doctrine.position("custom_follows_return_threshold") if own_standard else ""
    torture = torture_limb(case.risk("torture (custom)"), case.on, case.by)
    # The risk of other ill-treatment (as ICCPR art. 7 weighs it, whether or not it binds) is
    # weighed only where it could decide: not where the torture limb holds, nor, on the narrow
    # reading, where the refugee limb already holds (the position would decide nothing there).
    refugee_holds = Verdict.all([f.verdict for f in refugee]) & ~exception.verdict
    weighs_ill = torture.verdict is not Verdict.MET and (
        case.doctrine.custom_covers_ill_treatment or refugee_holds is not Verdict.MET
    )
    ill = case.risk("ill_treatment") if weighs_ill else None
    human = human_rights_limb(torture, ill, case.doctrine, case.on, case.by)
    return (binds, reach, customary_risk(refugee, exception, human, beyond, standard))


def torture_limb(torture: Finding, on: dt.date, by: str) -> Finding:
    """The customary rule's torture limb: the risk of torture as CAT art. 3 weighs it (``torture``;
    ``Doctrine.cat_non_state_actors`` weighed on every date, not only from the Committee against
    Torture's General Comment No. 4, whose day dates its reading of the treaty, not a change in
    custom: ``refoulement.customary_torture``), but before that article was
    adopted a risk of torture alone is not shown to be barred by custom (a gap in
    the data, named for ``by`` and not asked of the user). A risk found from the adoption up to
    the later evidence is barred on the reading that dates the limb from the adoption
    (:data:`.peremptory.TORTURE_LIMB_DATING_READING`), named there: on the other it would not be
    shown."""
    found = _shown_from(
        torture, TORTURE_LIMB_EVIDENCE, "risk of torture (custom)", TORTURE_NOT_YET_SHOWN, on,
        by, Citation("cat-1984", "3(1)"),
    )  # fmt: skip
    if found.verdict is not Verdict.MET or not torture_dating_decides(on):
        return found
    return attrs.evolve(
        found,
        assumptions=tuple(dict.fromkeys((*found.assumptions, TORTURE_LIMB_DATING_READING))),
    )


def ill_treatment_limb(ill: Finding, on: dt.date, by: str) -> Finding:
    """The risk of cruel, inhuman or degrading treatment as ICCPR art. 7 weighs it (``ill``: its
    finding, torture included), for the customary rule's human-rights limb as
    ``Doctrine.custom_covers_ill_treatment`` reads it; but before the earliest statement of that
    reading the library names (:data:`ILL_TREATMENT_EVIDENCE`), such a risk alone is not shown
    to be barred by custom (a gap in the data, named for ``by`` and not asked of the user), as
    the torture limb is not before CAT art. 3 (:func:`torture_limb`)."""
    return _shown_from(
        ill, ILL_TREATMENT_EVIDENCE, "risk of cruel, inhuman or degrading treatment (custom)",
        ILL_TREATMENT_NOT_YET_SHOWN, on, by,
    )  # fmt: skip


def _shown_from(
    risk: Finding,
    evidence: dt.date,
    element: str,
    not_yet: str,
    on: dt.date,
    by: str,
    *cites: Citation,
) -> Finding:
    """A limb of the customary rule, shown from the earliest evidence of it the library holds
    (``evidence``): a ``risk`` found before that day is not shown to be barred by custom, a gap
    in the data named for ``by`` (``not_yet``: the words, given the date) and not asked."""
    if on >= evidence or risk.verdict is not Verdict.MET:
        return risk
    return finding(
        element,
        Verdict.UNKNOWN,
        not_yet.format(on=on.isoformat()),
        CUSTOM_RULE,
        *cites,
        children=(risk,),
        missing=(f"states[{by!r}].{CUSTOM_RULE.instrument}",),
    )


class HumanRightsLimb(NamedTuple):
    """The customary rule's limb that protects anyone, whatever their status, as the doctrine
    reads its scope: its finding, what the rule covers in words, and the narrow reading where it
    decides (stated on the finding above the limb, which is then CAT art. 3's own; ``""``
    otherwise)."""

    finding: Finding
    covered: str
    narrow: str


def human_rights_limb(
    torture: Finding, ill: Finding | None, doctrine: Doctrine, on: dt.date, by: str
) -> HumanRightsLimb:
    """The customary rule's human-rights limb on ``Doctrine.custom_covers_ill_treatment``: a real
    risk of torture as CAT art. 3 weighs it (``torture``), or, on the wider reading, that or a
    real risk of torture or other cruel, inhuman or degrading treatment as ICCPR art. 7 weighs it
    (``ill``: its finding, with the state's protection and an internal flight alternative; not
    shown before :data:`ILL_TREATMENT_EVIDENCE`, :func:`ill_treatment_limb`). The position
    decides where the torture limb does not hold and the wider risk holds or may: it is then
    named, either way (the wider reading on the limb's own finding). The narrow reading keeps the
    torture limb, shared with CAT art. 3's bar, as its finding: ``ill`` is not weighed under it,
    so it asks nothing, and the finding above says what it leaves out. ``ill`` ``None``: not
    weighed, where it could decide nothing (the torture limb holds, or on the narrow reading the
    refugee limb does)."""
    wider = None if ill is None else ill_treatment_limb(ill, on, by)
    decides = (
        torture.verdict is not Verdict.MET
        and wider is not None
        and wider.verdict is not Verdict.NOT_MET
    )
    position = doctrine.position("custom_covers_ill_treatment") if decides else ""
    if not doctrine.custom_covers_ill_treatment:
        covered = (
            "persecution on a Convention ground (subject to the Art 33(2) exceptions) or torture"
        )
        if decides and ill is not None:
            shown = "is" if ill.verdict is Verdict.MET else "may be"
            covered += (
                f"; not other cruel, inhuman or degrading treatment, of which there {shown} a "
                "real risk here as ICCPR art. 7 weighs it (the scope of the customary rule is "
                "contested)"
            )
        return HumanRightsLimb(torture, covered, position)
    verdict = torture.verdict if wider is None else torture.verdict | wider.verdict
    limb = finding(
        "torture or other ill-treatment (custom)",
        verdict,
        _HUMAN_RIGHTS_LIMB_REASONS[verdict],
        CUSTOM_RULE,
        children=(torture,) if wider is None else (torture, wider),
        assumptions=(position,) if position else (),
    )
    covered = (
        "persecution on a Convention ground (subject to the Art 33(2) exceptions), torture, or "
        "other cruel, inhuman or degrading treatment or punishment"
    )
    return HumanRightsLimb(limb, covered, "")


_HUMAN_RIGHTS_LIMB_REASONS = {
    Verdict.MET: "a real risk of torture, or of other cruel, inhuman or degrading treatment or "
    "punishment, which the customary rule is read to bar",
    Verdict.NOT_MET: "no real risk of torture, nor of other cruel, inhuman or degrading treatment "
    "or punishment",
    Verdict.UNKNOWN: "whether there is a real risk of torture, or of other cruel, inhuman or "
    "degrading treatment or punishment, is not yet known",
}


#: The element of the risk the customary rule covers: its children are its two limbs, the
#: persecution of a refugee and the ill-treatment of anyone (:func:`customary_risk`).
RISK_COVERED = "risk the customary rule covers"


def refugee_limb(bar: Finding) -> Finding | None:
    """The refugee limb of a customary bar (:func:`custom_bar`'s finding): the persecution of a
    refugee, the limb that rests on the refugee status (``None`` where the bar weighed no risk, as
    where custom does not bind the state)."""
    risk = bar.find(RISK_COVERED)
    return None if risk is None else risk.children[0]


def refugee_limb_alone(bar: Finding) -> bool:
    """Whether a customary bar (:func:`custom_bar`'s finding) that holds does so by its refugee
    limb alone: its limb that protects anyone, whatever their status (torture, and other
    ill-treatment as the doctrine reads the rule), does not hold. Such a bar lasts no longer than
    the refugee status it rests on."""
    risk = bar.find(RISK_COVERED)
    return risk is not None and risk.children[1].verdict is not Verdict.MET


def customary_risk(
    refugee: tuple[Finding, ...],
    exception: Finding,
    human: HumanRightsLimb,
    beyond: str = "",
    standard: str = "",
) -> Finding:
    """The risk the customary rule covers, shown by its two limbs: the persecution of a refugee
    (``refugee``: a refugee or asylum seeker, the risk of persecution, and beyond the state's
    territory the reach of art. 33(1); none of it lifted by the Art 33(2) ``exception``), or the
    ill-treatment of anyone (``human``: torture, or as the doctrine reads the rule other cruel,
    inhuman or degrading treatment too, :func:`human_rights_limb`). ``beyond``: for a person
    under the state's control beyond its territory, the position on whether the refugee limb
    reaches them (as art. 33(1) does or does not); ``standard``: stated where a doctrine sets
    art. 33(1) a standard of likelihood of its own, which the customary rule does not take."""
    at_risk = Verdict.all([f.verdict for f in refugee])
    persecution = at_risk & ~exception.verdict
    reason = _REFUGEE_LIMB_REASONS[persecution]
    if beyond:
        reason += (
            "; beyond the state's territory, the risk of persecution counts only as far as "
            "art. 33(1) reaches there (contested: Sale v Haitian Centers Council; UNHCR Advisory "
            "Opinion, 2007), the risk of torture wherever the state has jurisdiction"
        )
    # The exceptions are a reading where they decide: they lift (or may lift) a limb that would
    # otherwise hold, or may hold (not where none applies, nor where the limb fails anyway).
    excepted = (
        EXCEPTIONS_READING
        if exception.verdict is not Verdict.NOT_MET and at_risk is not Verdict.NOT_MET
        else ""
    )
    limb = finding(
        "persecution of a refugee",
        persecution,
        reason,
        CUSTOM_RULE,
        children=(*refugee, exception),
        assumptions=tuple([a for a in (beyond, standard, excepted) if a]),
    )
    return finding(
        RISK_COVERED,
        persecution | human.finding.verdict,
        human.covered,
        CUSTOM_RULE,
        children=(limb, human.finding),
        assumptions=(human.narrow,) if human.narrow else (),
    )


_REFUGEE_LIMB_REASONS = {
    # Not the words of its first element (the protected person), which it would print again.
    Verdict.MET: "the person is one the refugee limb protects and at risk of persecution on a "
    "Convention ground, and no Art 33(2) exception applies",
    Verdict.NOT_MET: "not a refugee at risk of persecution on a Convention ground, or an Art 33(2) "
    "exception applies",
    Verdict.UNKNOWN: "whether this is a refugee at risk of persecution on a Convention ground, with "
    "no Art 33(2) exception, is not yet known",
}
