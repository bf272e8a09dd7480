"""The European Convention on Human Rights (1950) and its Protocols No. 6 and 13, as bars on return.

    Art. 2(1): "Everyone's right to life shall be protected by law. No one shall be deprived of his
    life intentionally save in the execution of a sentence of a court following his conviction of
    a crime for which this penalty is provided by law." Art. 3: "No one shall be subjected to
    torture or to inhuman or degrading treatment or punishment." Art. 6(1): "In the determination
    of his civil rights and obligations or of any criminal charge against him, everyone is
    entitled to a fair and public hearing [...]."
    Protocols No. 6 and 13, art. 1: "The death penalty shall be abolished. No one shall be
    condemned to such penalty or executed."

None of them names return. The European Court of Human Rights reads art. 3 to forbid removal where
there are substantial grounds for believing the person would face a real risk of treatment
contrary to it (*Soering v United Kingdom*, 1989), absolutely, whatever the person has done or
threatens (*Chahal v United Kingdom*, 1996; *Saadi v Italy*, 2008), from private persons too where
the state there cannot protect, and wherever the returning state has jurisdiction, interception
at sea included (*Hirsi Jamaa v Italy*, 2012); art. 15(2) admits no derogation from art. 3. The
library applies that reading from *Soering* (:data:`ART_3_REMOVALS`), the first judgment in which
the Court held a removal contrary to art. 3, and its reach to private persons from *Ahmed v
Austria* (17 December 1996; :data:`PRIVATE_HARM_REMOVALS`), the first it names holding a removal
contrary to art. 3 for such a risk; each to earlier removals as
``Doctrine.removal_readings_retrospective`` takes it. It
reads art. 6 to forbid removal to a real risk of a flagrant denial of justice (*Othman (Abu Qatada)
v United Kingdom*, 17 January 2012, the first judgment in which it held that an expulsion would
violate art. 6: the receiving state's own trial; a non-state group's de facto court is weighed as
private harm, :data:`PRIVATE_TRIAL_READING`), and art. 2 with the Protocols to forbid removal to a
real risk of the death penalty. The library applies the art. 6 reading from *Othman*
(:data:`OTHMAN_DAY`) and the Protocols' from *Soering* (:data:`SOERING_DAY`), and each to earlier
removals as the contested position ``Doctrine.removal_readings_retrospective`` takes it
(:func:`~refugeelaw.law.removal.stated_from`). It held a deportation contrary to art. 2 itself in
*Bader and Kanbor v Sweden* (8 November 2005: a death sentence imposed after an unfair trial), and
examines a risk to life on removal under arts 2 and 3 together (*F.G. v Sweden*, GC 2016): the
library reads art. 2 as it reads ICCPR art. 6(1), from that day, and before it as the contested
position ``Doctrine.bader_retrospective`` takes it (:func:`life_under_article_2`,
:data:`BADER_DAY`). In *Al-Saadoon and Mufdhi v United Kingdom* (2 March 2010), art. 2 read as
amended to prohibit the death penalty in all circumstances no longer prevented reading "inhuman or
degrading treatment or punishment" in art. 3 as including it (para. 120), and the Court held the
United Kingdom's transfer of 31 December 2008 contrary to art. 3; art. 3 bars removal to a real
risk of it by any state bound by the Convention, whether or not bound by either Protocol (*A.L.
(X.W.) v Russia*, 2015): :func:`inhuman_treatment`, from that transfer, and between *Soering v
United Kingdom* (1989), which read art. 3 otherwise, and it as the contested position
``Doctrine.al_saadoon_retrospective`` takes it (:func:`death_penalty_weighed`). The other cases are
named here, not cited in findings: the library holds no record of their texts (only of *Hirsi
Jamaa*'s paragraphs on jurisdiction, which the reach rule cites, and of the holdings of
*Soering*, *Ahmed*, *Al-Saadoon*, *A.L. (X.W.)*, *Bader and Kanbor* and *F.G.*).

Each bar is a row of :data:`refugeelaw.law.refoulement.BARS` (``regional=True``: shown only for a
state the Convention may bind). The Protocols' bars bind a state bound by the Convention and the
Protocol: the Protocols are open only to the Convention's signatories, and a member State may not
ratify either "unless it has, simultaneously or previously, ratified the Convention" (Protocol No. 6,
art. 7; Protocol No. 13, art. 6, in other words; both texts held).
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..doctrine import Doctrine
from ..facts import Actor, Harm, Protection
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .iccpr import LifeArticle, life_at_risk, not_escapable, penalty_not_escapable
from .removal import (
    DatedReading,
    ReturnCase,
    bound,
    harm_exposure,
    severe_harm,
    stated_from,
    torture_kind,
)
from .terms import NOT_FOUND, Relocation, claim_relocation

__all__ = [
    "AHMED",
    "AHMED_DAY",
    "AL_SAADOON",
    "AL_SAADOON_DAY",
    "AL_SAADOON_TRANSFER",
    "ART_2",
    "ART_2_READING",
    "ART_3_REMOVALS",
    "A_L_X_W",
    "BADER",
    "BADER_DAY",
    "ECHR_2",
    "ECHR_3",
    "ECHR_6",
    "OTHMAN",
    "OTHMAN_DAY",
    "P6_1",
    "P13_1",
    "PRIVATE_HARM_REMOVALS",
    "PRIVATE_TRIAL_READING",
    "SOERING",
    "SOERING_DAY",
    "death_penalty",
    "death_penalty_weighed",
    "echr_2_bar",
    "echr_3_bar",
    "echr_6_bar",
    "flagrant_denial",
    "inhuman_treatment",
    "life_under_article_2",
    "private_harm_dated",
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
    "Convention; it applies the reading from Soering v United Kingdom (7 July 1989), the first "
    "judgment it names in which the Court held a removal contrary to the Convention (art. 3), "
    "the principle the reading rests on, and to earlier removals as "
    "Doctrine.removal_readings_retrospective takes it; the first judgment it names holding a "
    "removal contrary to art. 1 of Protocol No. 6 itself, with arts 2 and 3, is Al Nashiri v "
    "Poland (24 July 2014)"
)

#: *Othman (Abu Qatada) v United Kingdom* (ECtHR, no. 8139/09, 17 January 2012): the applicant's
#: deportation to Jordan would violate art. 6, given the real risk that evidence obtained by
#: torture would be admitted at his retrial; in the Registrar's words, "the first time that the
#: Court has found that an expulsion would be in violation of Article 6" (no paragraph: the
#: judgment's paragraphs were not seen).
OTHMAN = Citation("ecthr-othman-2012", "art. 6")
#: The day of *Othman*'s judgment: art. 6 bars a removal to a real risk of a flagrant denial of
#: justice on or after it. *Soering v United Kingdom* (1989) had not excluded that an extradition
#: might raise an issue under art. 6, but in the judgments since the Court had found none that
#: would; *Othman* held that a deportation still to come would, so no earlier removal was before
#: it. As for art. 2 before *Bader and Kanbor* (:data:`BADER_DAY`), no authority the library holds
#: reads art. 6 *not* to bar such a removal before the day: whether the reading reaches earlier
#: removals is the contested position ``Doctrine.removal_readings_retrospective`` (``None``, the
#: default: a risk the reading would find is not known).
OTHMAN_DAY = dt.date(2012, 1, 17)
#: Art. 6 as a bar on removal, dated (:func:`~refugeelaw.law.removal.stated_from`).
ART_6_REMOVALS = DatedReading(
    "ECHR art. 6",
    OTHMAN_DAY,
    "Othman (Abu Qatada) v United Kingdom (17 January 2012), the first judgment in which the "
    "European Court of Human Rights held that an expulsion would violate art. 6 (Soering v United "
    "Kingdom, 1989, had not excluded that an extradition might)",
    (ECHR_6, OTHMAN),
)


#: *Al-Saadoon and Mufdhi v United Kingdom* (ECtHR, no. 61498/08, 2 March 2010), para. 120: art. 2
#: has been amended so as to prohibit the death penalty in all circumstances, and its wording no
#: longer bars reading "inhuman or degrading treatment or punishment" in art. 3 as including it.
AL_SAADOON = Citation("ecthr-al-saadoon-2010", "120")
#: *A.L. (X.W.) v Russia* (ECtHR, no. 44095/14, 29 October 2015): Russia, bound by neither Protocol,
#: would violate arts 2 and 3 by deporting the applicant to a real risk of the death penalty in
#: China (no paragraph: the judgment's paragraphs were not seen).
A_L_X_W = Citation("ecthr-al-xw-v-russia-2015", "arts 2 and 3")

#: The day of *Al-Saadoon*'s judgment (cited in findings that rely on its reading).
AL_SAADOON_DAY = dt.date(2010, 3, 2)

#: *Soering v United Kingdom* (ECtHR, 7 July 1989): art. 3 could not be read to prohibit the death
#: penalty as such, the wording of art. 2(1)'s second sentence standing in the way (as *Al-Saadoon*,
#: para. 120, recounts it; *Soering* found the "death row phenomenon" contrary to art. 3, which the
#: library does not model apart from ``Harm.irreparable``). The last judgment the library knows of
#: to read art. 3 so (*Öcalan v Turkey*, GC 2005, left open whether art. 2 had been amended): a
#: return on or before it is read as it read art. 3.
SOERING_DAY = dt.date(1989, 7, 7)

#: *Soering v United Kingdom* (ECtHR plenary, no. 14038/88, 7 July 1989): the applicant's
#: extradition to the United States would, if implemented, violate art. 3 (no paragraph: the
#: judgment's reasoning paragraphs were not seen).
SOERING = Citation("ecthr-soering-1989", "art. 3")

#: Art. 3 as a bar on removal, dated from *Soering* (:data:`SOERING_DAY`;
#: :func:`~refugeelaw.law.removal.stated_from`). Art. 3 does not name removal, and the Convention
#: bound states from 3 September 1953; *Soering* is the first judgment in which the Court held a
#: removal (an extradition) contrary to it, endorsing, as the Max Planck Encyclopedia puts it, the
#: European Commission of Human Rights' earlier case law (no decision of the Commission is held).
#: A removal before it is read as ``Doctrine.removal_readings_retrospective`` takes it (``None``,
#: the default: a risk the reading would find is not known), as ICCPR art. 7 is read before the
#: extraditions of *Kindler* and *Ng* (``law.iccpr.ICCPR_7_REMOVALS``), on the same position.
ART_3_REMOVALS = DatedReading(
    "ECHR art. 3",
    SOERING_DAY,
    "Soering v United Kingdom (7 July 1989), the first judgment in which the European Court of "
    "Human Rights held a removal (an extradition) contrary to art. 3 (the European Commission of "
    "Human Rights had read art. 3 so before it, in decisions the library does not hold)",
    (ECHR_3, SOERING),
)

#: *Ahmed v Austria* (ECtHR, no. 25964/94, 17 December 1996): the applicant's deportation to
#: Somalia would violate art. 3, no public authority there being able to protect him in the
#: civil war among clans (no paragraph: the judgment's reasoning paragraphs were not seen).
AHMED = Citation("ecthr-ahmed-v-austria-1996", "art. 3")
#: The day of *Ahmed*'s judgment, the first the library names in which the Court held a removal
#: contrary to art. 3 for a risk from others than the State's officials (clans fighting for
#: control of the country, against whom no public authority could protect); *H.L.R. v France*
#: (Grand Chamber, 29 April 1997), which found no violation, is the judgment later ones cite for
#: the principle (no record of it is held). Art. 3's reach on removal to ill-treatment by private
#: persons against whom the State there does not protect is dated from it
#: (:data:`PRIVATE_HARM_REMOVALS`).
AHMED_DAY = dt.date(1996, 12, 17)
#: Art. 3's reach to private harm on removal, dated from *Ahmed* (:func:`private_harm_dated`): a
#: return between *Soering* and that day of a person who fears ill-treatment by private persons is
#: read as ``Doctrine.removal_readings_retrospective`` takes it; one before *Soering* is read by
#: :data:`ART_3_REMOVALS` as a whole.
PRIVATE_HARM_REMOVALS = DatedReading(
    "ECHR art. 3, as read to reach ill-treatment by private persons against whom the State there "
    "does not protect,",
    AHMED_DAY,
    "Ahmed v Austria (17 December 1996), the first judgment the library names in which the "
    "European Court of Human Rights held a removal contrary to art. 3 for a risk from others than "
    "the State's officials (clans in civil war, against whom no public authority could protect)",
    (ECHR_3, AHMED),
)

#: The Protocols' art. 1 as a bar on removal, dated from *Soering* (:data:`SOERING_DAY`; the bar's
#: own Protocol is cited, :func:`protocol_bar`): Protocol No. 6 bound states from 1 March 1985,
#: and the library holds no statement of its reach to a removal before that judgment, the first
#: it names in which the Court held a removal contrary to the Convention (art. 3). A removal
#: before it is read as ``Doctrine.removal_readings_retrospective`` takes it
#: (:func:`~refugeelaw.law.removal.stated_from`).
PROTOCOL_REMOVALS = DatedReading(
    "ECHR Protocol No. 6 art. 1",
    SOERING_DAY,
    "Soering v United Kingdom (7 July 1989), the first judgment the library names in which the "
    "European Court of Human Rights held a removal contrary to the Convention (art. 3), the "
    "principle the Protocol's reading as a bar on removal rests on",
    (P6_1, ECHR_2),
)

#: The United Kingdom's transfer of the applicants to the Iraqi authorities, 31 December 2008,
#: which *Al-Saadoon* (2 March 2010) held contrary to art. 3: the Court applied its reading to a
#: removal of that day, so a return on or after it is read as *Al-Saadoon* read art. 3. A return
#: between :data:`SOERING_DAY` and this day is read as the contested position
#: ``Doctrine.al_saadoon_retrospective`` takes it (``None``, the default: a risk of the death
#: penalty is not known to be one art. 3 reaches), as ICCPR art. 6 between *Cox* and *Judge*'s own
#: removal is (``judge_v_canada_retrospective``). For a state bound by Protocol No. 6 or 13 the
#: Protocol bars reach the same returns either way.
AL_SAADOON_TRANSFER = dt.date(2008, 12, 31)


@reads("on", "doctrine.al_saadoon_retrospective")
def death_penalty_weighed(on: dt.date | None, doctrine: Doctrine) -> Verdict:
    """Whether art. 3 weighs the death penalty in a return on ``on``: on or after the transfer
    *Al-Saadoon* held contrary to it (:data:`AL_SAADOON_TRANSFER`), whoever would impose it (a
    private actor's, a non-state group's de facto court, as private harm:
    :func:`refugeelaw.law.iccpr.penalty_not_escapable`); not on or before *Soering*
    (:data:`SOERING_DAY`); between the two, as ``doctrine.al_saadoon_retrospective`` takes it
    (``None``: not known). ``on`` ``None`` (no date): not weighed."""
    if on is None or on <= SOERING_DAY:
        return Verdict.NOT_MET
    if on >= AL_SAADOON_TRANSFER:
        return Verdict.MET
    return Verdict.of(doctrine.al_saadoon_retrospective)


@reads(
    "harm.irreparable",
    "harm.torture",
    "harm.severity",
    "harm.prosecution",
    "harm.reasons",  # a prosecution by its reason (Harm.is_prosecution)
    "harm.disproportionate",
    "harm.death_penalty",
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
    "harm.internal_relocation",
    "harm.official_involvement",
    "on",
    "doctrine.al_saadoon_retrospective",
    "doctrine.removal_readings_retrospective",
)
def inhuman_treatment(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    protection: Protection | None,
    relocation: Relocation = NOT_FOUND,
    on: dt.date | None = None,
) -> Finding:
    """Art. 3: a real risk of torture or inhuman or degrading treatment (``Harm.irreparable`` or
    ``Harm.torture``), whoever inflicts it, unless the state there can and does protect against
    private harm (``protection``: what that country offers) or the person could relocate within
    it (``relocation``: ``Claim.internal_relocation``; *Salah Sheekh v Netherlands*, 2007).
    Ill-treatment already suffered (``Harm.suffered_before``) is itself an indication of a real
    risk, which only good reasons to consider that it will not be repeated displace (*J.K. and
    Others v Sweden*, GC 2016, paras 99-102: the Court's reading, not a contested position).

    In a return on or after 31 December 2008 (``on``: the transfer *Al-Saadoon and Mufdhi v
    United Kingdom* held contrary to art. 3), a real risk of the death penalty
    (``Harm.death_penalty``) is such a risk too: art. 3's "inhuman or degrading treatment or
    punishment" may be read as including it (*Al-Saadoon*, para. 120), and a state bound by the
    Convention may not deport a person to a real risk of it though bound by neither Protocol
    (*A.L. (X.W.) v Russia*, 2015). An unknown death penalty then leaves the element open where
    nothing else decides it; one feared from private persons (a non-state group's de facto court)
    is weighed as private harm, which the state's protection or a place to relocate answers
    (:func:`~refugeelaw.law.iccpr.penalty_not_escapable`). On or before *Soering v United
    Kingdom* (7 July 1989) it is not weighed, and a finding on a death penalty feared says so;
    between the two, as ``doctrine.al_saadoon_retrospective`` takes it
    (:func:`death_penalty_weighed`; ``None``: a risk the later reading would find is not
    known).

    In a return between *Soering* (7 July 1989) and *Ahmed v Austria* (17 December 1996), harm by
    private persons (``Harm.actor``; with no official found involved, ``Harm.official_involvement``)
    is weighed as ``doctrine.removal_readings_retrospective`` takes it, and harm by someone not
    yet known waits on who (:func:`private_harm_dated`)."""
    found = _ill_treatment(harm, path, doctrine, protection, relocation, on)
    return private_harm_dated(found, harm, path, doctrine, on)


def _ill_treatment(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    protection: Protection | None,
    relocation: Relocation,
    on: dt.date | None,
) -> Finding:
    """:func:`inhuman_treatment` as the Court reads art. 3 since *Ahmed v Austria*, whoever
    inflicts the harm."""
    prevented = not_escapable(harm, path, protection, "ECHR art. 3", relocation, doctrine, on=on)
    torture, by = torture_kind(harm, path)  # torture as CAT art. 1(1) defines it
    ill = severe_harm(
        harm, path, doctrine, Verdict.of(harm.irreparable) | torture, "irreparable",
        (ECHR_3, ON_REMOVAL), "a real risk of torture or inhuman or degrading treatment",
        prevented, reads=by or (f"{path}.torture",), past=PAST_ILL_TREATMENT,
    )  # fmt: skip
    weighed = death_penalty_weighed(on, doctrine)
    window = on is not None and SOERING_DAY < on < AL_SAADOON_TRANSFER
    position = (doctrine.position("al_saadoon_retrospective"),) if window else ()
    if weighed is Verdict.NOT_MET:
        if harm.death_penalty is True and on is not None and ill.verdict is not Verdict.MET:
            words = BEFORE_AL_SAADOON if window else UP_TO_SOERING
            return attrs.evolve(
                ill, reason=ill.reason + words, assumptions=(*ill.assumptions, *position)
            )
        return ill
    # Al-Saadoon: art. 3 may be read as including the death penalty. A penalty the state's own
    # courts impose reaches the whole country, so, as under the Protocols, neither the state's
    # protection nor a place to relocate answers it: it is weighed beside ill-treatment, not
    # through it. A private actor's (a de facto court's) is private harm, which they answer.
    if ill.verdict is Verdict.MET or harm.death_penalty is False:
        return ill
    penalty = severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.death_penalty),
        "death_penalty",
        (ECHR_3, AL_SAADOON, A_L_X_W),
        "a real risk of the death penalty, inhuman or degrading treatment or punishment under "
        "art. 3 as read in Al-Saadoon and Mufdhi v United Kingdom (2 March 2010)",
        penalty_not_escapable(harm, path, protection, "ECHR art. 3", relocation, doctrine, on=on),
    )
    if window and penalty.verdict is not Verdict.NOT_MET:
        # Read as Soering read art. 3, the death penalty is not weighed; as Al-Saadoon read it,
        # it is: with the position open, not known.
        penalty = finding(
            path,
            weighed & penalty.verdict,
            f"{penalty.reason}; "
            + (
                "the doctrine reads art. 3 so in a return after Soering v United Kingdom (7 July "
                "1989)"
                if weighed is Verdict.MET
                else "whether Al-Saadoon's reading governs a return between Soering v United "
                "Kingdom (7 July 1989) and 31 December 2008 (the transfer it held contrary to "
                "art. 3) is contested"
            ),
            *penalty.citations,
            children=(penalty,),
            assumptions=position,
            missing=() if weighed is Verdict.MET else ("doctrine.al_saadoon_retrospective",),
        )
    either = ill.verdict | penalty.verdict
    return finding(
        path,
        either,
        {
            Verdict.MET: "a real risk of treatment contrary to art. 3 (the death penalty included)",
            Verdict.NOT_MET: "no real risk of treatment contrary to art. 3 (the death penalty "
            "included)",
            Verdict.UNKNOWN: "not yet known whether there is a real risk of treatment contrary "
            "to art. 3 (the death penalty included)",
        }[either],
        ECHR_3,
        ON_REMOVAL,
        children=(ill, penalty),
    )


def private_harm_dated(
    found: Finding, harm: Harm, path: str, doctrine: Doctrine, on: dt.date | None
) -> Finding:
    """Art. 3 on one harm (``found``: as the Court reads it since *Ahmed v Austria*, whoever
    inflicts the harm), in a return on ``on``: from *Ahmed* (:data:`AHMED_DAY`), or before
    *Soering* (where :data:`ART_3_REMOVALS` dates the whole reading), or where the harm is not
    found, as found. Between the two, the State's own ill-treatment (``Harm.actor`` the state, or
    an official found involved, ``Harm.official_involvement``) is weighed as found; ill-treatment by
    private persons as ``doctrine.removal_readings_retrospective`` takes the reading that reaches
    it (:data:`PRIVATE_HARM_REMOVALS`; :func:`~refugeelaw.law.removal.stated_from`); and where who
    would inflict it, or whether an official is involved in a private person's, is not known, the
    State's is weighed as found and a private person's as the position takes it, so the harm waits
    on that fact unless the position is ``True``."""
    if on is None or not SOERING_DAY <= on < AHMED_DAY or found.verdict is Verdict.NOT_MET:
        return found
    if harm.actor is Actor.STATE or harm.official_involvement is True:
        return found
    position = doctrine.removal_readings_retrospective
    private_actor = harm.actor is Actor.NON_STATE
    if (private_actor and harm.official_involvement is False) or position:
        return stated_from(found, PRIVATE_HARM_REMOVALS, on, doctrine)
    reading = PRIVATE_HARM_REMOVALS
    private = (
        f"on the doctrine's reading, {reading.provision} does not bar a return made before "
        f"{reading.since}"
        if position is False
        else f"whether {reading.provision} bars a return made before {reading.since} is contested"
    )
    # Private persons' ill-treatment in which an official is involved is the State's (weighed as
    # found): while that is not known, the harm waits on it as on who would inflict it.
    who, asked = (
        (
            "whether an official is involved in the ill-treatment is not known",
            "official_involvement",
        )
        if private_actor
        else ("who would inflict the harm is not known", "actor")
    )
    return finding(
        path,
        Verdict.UNKNOWN,
        f"{who}: the State's own ill-treatment is weighed ({found.reason}); {private}",
        *reading.cites,
        children=(found,),
        assumptions=(doctrine.position("removal_readings_retrospective"),),
        missing=(
            f"{path}.{asked}",
            *(() if position is False else ("doctrine.removal_readings_retrospective",)),
        ),
    )


#: Added to the reason of an art. 3 finding on a feared death penalty in a return on or before
#: *Soering* (:data:`SOERING_DAY`).
UP_TO_SOERING = (
    "; the death penalty as such is not weighed under art. 3 in a return on or before Soering v "
    "United Kingdom (7 July 1989), which read art. 2(1) as standing in the way (the Protocol bars "
    "weigh it for a state they bind)"
)

#: Added to the reason of an art. 3 finding on a feared death penalty in a return between
#: *Soering* and the transfer *Al-Saadoon* held contrary to art. 3, on the reading that art. 3 did
#: not then reach it (``Doctrine.al_saadoon_retrospective=False``).
BEFORE_AL_SAADOON = (
    "; on the doctrine's reading, the death penalty as such is not weighed under art. 3 in a "
    "return before 31 December 2008, the transfer Al-Saadoon and Mufdhi v United Kingdom (2 "
    "March 2010) held contrary to art. 3 (the Protocol bars weigh it for a state they bind)"
)


#: *J.K. and Others v Sweden* (ECtHR GC, 2016): past ill-treatment as an indication of risk.
PAST_ILL_TREATMENT = Citation("ecthr-jk-v-sweden-2016", "99-102")


#: *Bader and Kanbor v Sweden* (ECtHR, no. 13284/04, 8 November 2005): Sweden's deportation of a
#: man sentenced to death in absentia in Syria after an unfair trial would violate arts 2 and 3
#: (no paragraph: the judgment's reasoning paragraphs were not seen).
BADER = Citation("ecthr-bader-kanbor-2005", "arts 2 and 3")
#: *F.G. v Sweden* (ECtHR GC, no. 43611/11, 23 March 2016): an expulsion examined under arts 2 and
#: 3 together, and held to violate both if carried out without assessing the risk the applicant's
#: conversion raised (no paragraph: the reviewer's para. 110 was not seen).
F_G = Citation("ecthr-fg-v-sweden-2016", "arts 2 and 3")

#: The day of *Bader and Kanbor*'s judgment: art. 2 bars a removal on or after it. It is the first
#: judgment the library holds in which the Court held a removal contrary to art. 2 (in the words of
#: Judge Cabral Barreto's concurring opinion, "the first time the Court has plainly stated" that a
#: removal to a risk of an unfair trial followed by capital punishment "will violate Article 2").
#: The Court held that the deportation, if carried out, would violate art. 2: it applied the
#: reading to a removal still to come, so no earlier removal was before it. Unlike art. 3's
#: death-penalty reading before :data:`AL_SAADOON_TRANSFER` (which *Soering* read the other way),
#: no authority the library holds reads art. 2 *not* to bar a removal before the day: whether a
#: judgment that states what art. 2 requires reaches earlier removals is a contested position,
#: ``Doctrine.bader_retrospective`` (``None``, the default: an earlier risk art. 2 would reach is
#: not known). Art. 3 (and the ICCPR, where it binds) are weighed all the same.
BADER_DAY = dt.date(2005, 11, 8)

#: How the library reads art. 2 as a bar on removal (stated in every finding relying on it).
ART_2_READING = (
    "that ECHR art. 2 bars removal to a real risk of arbitrary deprivation of life, read as the "
    "library reads ICCPR art. 6(1) (whoever would take the life, unless the state there can and "
    "does protect against private harm or the person could relocate within the country), is the "
    "library's reading of the European Court of Human Rights' case law: the Court held a "
    "deportation contrary to art. 2 in Bader and Kanbor v Sweden (8 November 2005; a death "
    "sentence after an unfair trial) and examined arts 2 and 3 together in F.G. v Sweden (GC, "
    "2016); the library applies the reading to removals from 8 November 2005, and to earlier "
    "ones as Doctrine.bader_retrospective takes it, and holds neither judgment's reasoning; the "
    "death penalty as such is weighed under Protocols No. 6 and 13 and, from the transfer "
    "Al-Saadoon (2010) judged (31 December 2008), art. 3, not under art. 2"
)

#: How the library reads art. 2 for a death sentence after an unfair trial (stated in every
#: finding relying on it).
UNFAIR_TRIAL_ART_2 = (
    "ECHR art. 2(1) permits a deprivation of life only in the execution of a sentence of a court "
    "following conviction; a death sentence imposed after a trial that would be a flagrant denial "
    "of justice (flagrant_denial_of_justice) is one whose execution the Court held would violate "
    "art. 2 in Bader and Kanbor v Sweden (2005), whether or not the returning state is bound by "
    "Protocol No. 6 or 13"
)

#: ECHR art. 2 as a bar on removal, weighed by the rule ICCPR art. 6(1) is weighed by
#: (:func:`refugeelaw.law.iccpr.life_at_risk`).
ART_2 = LifeArticle(
    "ECHR art. 2",
    (ECHR_2, BADER, F_G),
    (ECHR_2, BADER),
    "a real risk of a death sentence after a flagrantly unfair trial, contrary to art. 2 (Bader "
    "and Kanbor v Sweden, 2005)",
    "Bader and Kanbor v Sweden, 2005",
    UNFAIR_TRIAL_ART_2,
    (ART_2_READING,),
)


@reads(
    "harm.risk_to_life",
    "harm.death_penalty",
    "harm.flagrant_denial_of_justice",
    "harm.actor",
    "harm.protection_withheld_for",
    "harm.likelihood",
    "harm.country",
    "path",
    "doctrine.torture_threshold",
    "doctrine.relocation_presumption",
    "protection",
    "relocation",
    "harm.internal_relocation",
    "on",
    "doctrine.bader_retrospective",
)
def life_under_article_2(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    protection: Protection | None,
    relocation: Relocation = NOT_FOUND,
    on: dt.date | None = None,
) -> Finding:
    """Art. 2, in a return on ``on``: a real risk of arbitrary deprivation of life, whoever would
    take it, unless the state there can and does protect against private harm (``protection``) or
    the person could relocate within it (``relocation``, as under art. 3: *Salah Sheekh*), or of a
    death sentence after a flagrantly unfair trial (*Bader and Kanbor v Sweden*): the rule ICCPR
    art. 6(1) is weighed by (:func:`refugeelaw.law.iccpr.life_at_risk`), read as
    :data:`ART_2_READING` states. The death penalty as such is not weighed here: the Protocol
    bars and art. 3 (from the transfer *Al-Saadoon* judged, 31 December 2008, and before it as
    ``Doctrine.al_saadoon_retrospective`` takes it) weigh it (:func:`inhuman_treatment`).

    A removal before 8 November 2005 (:data:`BADER_DAY`) is read as the doctrine takes it
    (``Doctrine.bader_retrospective``): ``True``, as on or after the day; ``False``, art. 2 does
    not bar it, and a risk it would otherwise reach is not met, the finding saying why; ``None``
    (contested), a risk the later reading would find is not known."""
    found = life_at_risk(harm, path, doctrine, protection, relocation, ART_2, on)
    if on is None or on >= BADER_DAY or found.verdict is Verdict.NOT_MET:
        return found
    position = doctrine.bader_retrospective
    relied = (doctrine.position("bader_retrospective"),)
    if position:
        return attrs.evolve(found, assumptions=(*found.assumptions, *relied))
    if position is False:
        return finding(
            path,
            Verdict.NOT_MET,
            f"{BEFORE_BADER}, the first judgment the library holds in which the European Court "
            "of Human Rights held a removal contrary to it; art. 3 is weighed all the same",
            ECHR_2,
            BADER,
            facts=found.facts,
            assumptions=(ART_2_READING, *relied),
        )
    # Read as at the time, the element fails; as Bader and Kanbor read art. 2, it holds or is
    # open: not known.
    return finding(
        path,
        Verdict.UNKNOWN,
        f"whether ECHR art. 2 bars a removal before Bader and Kanbor v Sweden (8 November 2005) is "
        f"contested; on the Court's reading in that judgment: {found.reason}",
        ECHR_2,
        BADER,
        children=(found,),
        assumptions=relied,
        missing=("doctrine.bader_retrospective",),
    )


#: Why art. 2 does not bar a removal before :data:`BADER_DAY` on the reading that it did not
#: then (``Doctrine.bader_retrospective=False``), as the findings say it.
BEFORE_BADER = (
    "on the doctrine's reading, ECHR art. 2 does not bar a removal before Bader and Kanbor v "
    "Sweden (8 November 2005)"
)


def echr_2_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. 2: bound, within reach, a real risk of arbitrary deprivation of life (from *Bader and
    Kanbor*, 8 November 2005); absolute, with no exception for a danger to security or a crime
    (art. 15(2) admits no derogation from art. 2 save for deaths from lawful acts of war, which the
    library does not model)."""
    protection, relocation = (
        case.claim.protection,
        claim_relocation(case.claim, case.doctrine, case.on),
    )
    risk = harm_exposure(
        case,
        "arbitrary deprivation of life",
        lambda h, path: life_under_article_2(
            h, path, case.doctrine, protection.get(h.country), relocation, case.on
        ),
        ECHR_2,
        case.doctrine.torture_threshold,
    )
    if any(f.reason.startswith(BEFORE_BADER) for _, f in risk.walk()):
        # A risk art. 2 would reach today, in a removal before it was read to: the risk says so.
        risk = attrs.evolve(
            risk, reason=f"{BEFORE_BADER}, so a risk to life on return is not weighed under it"
        )
    return (binds, reach, risk)


#: How the library weighs a flagrant denial of justice feared from private persons (stated in
#: every finding relying on it).
PRIVATE_TRIAL_READING = (
    "a flagrant denial of justice feared from private persons (a trial by the de facto court of a "
    "non-state group) is weighed as private harm: not where the state there can and does protect "
    "against it, nor where the decision-maker finds a reasonable internal flight alternative "
    "(internal_relocation), as for the Court's other private harm on removal (Salah Sheekh v "
    "Netherlands, 2007); Othman (Abu Qatada) v United Kingdom (2012) weighed the receiving state's "
    "own trial, whose reach no place in the country escapes, so neither answers that"
)


@reads(
    "harm.flagrant_denial_of_justice",
    "harm.likelihood",
    "harm.actor",
    "harm.protection_withheld_for",
    "harm.country",
    "path",
    "doctrine.torture_threshold",
    "doctrine.relocation_presumption",
    "protection",
    "relocation",
    "harm.internal_relocation",
    "on",
)
def flagrant_denial(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    protection: Protection | None = None,
    relocation: Relocation = NOT_FOUND,
    on: dt.date | None = None,
) -> Finding:
    """Art. 6: a real risk of a flagrant denial of justice (a trial or detention so unfair that it
    destroys the very essence of the right; *Othman*). ``None``: not known, never a confident no.
    The state's own courts reach the whole country; a private actor's (a non-state group's de
    facto court) is private harm, which the state's protection there (``protection``) or a place
    to relocate (``relocation``: ``Claim.internal_relocation``) answers
    (:data:`PRIVATE_TRIAL_READING`). Where who would hold the trial is not stated, the risk holds
    only where it would hold from a private actor too; where that protection or relocation
    would answer a private actor's trial, it waits on who (``Harm.actor``). The state's officials
    found involved (``Harm.official_involvement``: by, at the instigation of or with the consent
    or acquiescence of a public official, CAT art. 1) do not say whose court it would be: a
    de facto court whose trial officials acquiesce in is still a private actor's."""
    return severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.flagrant_denial_of_justice),
        "flagrant_denial_of_justice",
        ECHR_6,
        "a real risk of a flagrant denial of justice",
        penalty_not_escapable(
            harm, path, protection, "ECHR art. 6", relocation, doctrine,
            on=on, reading=PRIVATE_TRIAL_READING,
        ),
    )  # fmt: skip


@reads(
    "harm.death_penalty",
    "harm.likelihood",
    "harm.actor",
    "harm.protection_withheld_for",
    "harm.country",
    "path",
    "doctrine.torture_threshold",
    "doctrine.relocation_presumption",
    "cite",
    "protection",
    "relocation",
    "harm.internal_relocation",
    "on",
)
def death_penalty(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    cite: Citation,
    protection: Protection | None = None,
    relocation: Relocation = NOT_FOUND,
    on: dt.date | None = None,
) -> Finding:
    """A real risk of the death penalty being imposed or carried out (``Harm.death_penalty``;
    reliable assurances that it will not be imposed or carried out are recorded as ``False``). One feared from private
    persons (a non-state group's de facto court) is private harm, which the state's protection
    there (``protection``) or a place to relocate (``relocation``: ``Claim.internal_relocation``)
    answers (:func:`~refugeelaw.law.iccpr.penalty_not_escapable`)."""
    return severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.death_penalty),
        "death_penalty",
        cite,
        "a real risk of the death penalty",
        penalty_not_escapable(harm, path, protection, str(cite), relocation, doctrine, on=on),
    )


def echr_3_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. 3: bound, within reach (effective control included, *Hirsi Jamaa*), a real risk of
    torture or inhuman or degrading treatment (the death penalty included from the transfer
    *Al-Saadoon* judged, 31 December 2008, and before it as the doctrine takes it); absolute, with
    no exception for a danger to security (*Chahal*, *Saadi*) and no derogation (art. 15(2)). In a
    return before *Soering* (7 July 1989), as ``Doctrine.removal_readings_retrospective`` takes it
    (:data:`ART_3_REMOVALS`); harm by private persons before *Ahmed v Austria* (17 December 1996)
    likewise (:func:`private_harm_dated`)."""
    protection, relocation = (
        case.claim.protection,
        claim_relocation(case.claim, case.doctrine, case.on),
    )
    risk = harm_exposure(
        case,
        "torture or inhuman or degrading treatment",
        lambda h, path: inhuman_treatment(
            h, path, case.doctrine, protection.get(h.country), relocation, case.on
        ),
        ECHR_3,
        case.doctrine.torture_threshold,
    )
    return (binds, reach, stated_from(risk, ART_3_REMOVALS, case.on, case.doctrine))


def echr_6_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. 6: bound, within reach, a real risk of a flagrant denial of justice (*Othman*; in a
    return before it, as ``Doctrine.removal_readings_retrospective`` takes it:
    :data:`OTHMAN_DAY`)."""
    protection, relocation = (
        case.claim.protection,
        claim_relocation(case.claim, case.doctrine, case.on),
    )
    risk = harm_exposure(
        case,
        "a flagrant denial of justice",
        lambda h, path: flagrant_denial(
            h, path, case.doctrine, protection.get(h.country), relocation, case.on
        ),
        ECHR_6,
        case.doctrine.torture_threshold,
    )
    return (binds, reach, stated_from(risk, ART_6_REMOVALS, case.on, case.doctrine))


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
    death penalty (the Protocol cited is the one in ``binds``; in a return before *Soering*, as
    ``Doctrine.removal_readings_retrospective`` takes it: :data:`PROTOCOL_REMOVALS`)."""
    cite = binds.citations[0]
    protection, relocation = (
        case.claim.protection,
        claim_relocation(case.claim, case.doctrine, case.on),
    )
    risk = harm_exposure(
        case,
        "the death penalty",
        lambda h, path: death_penalty(
            h, path, case.doctrine, cite, protection.get(h.country), relocation, case.on
        ),
        cite,
        case.doctrine.torture_threshold,
    )
    dated = PROTOCOL_REMOVALS._replace(provision=str(cite), cites=(cite, ECHR_2))
    risk = stated_from(risk, dated, case.on, case.doctrine)
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
