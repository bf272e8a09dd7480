"""International Covenant on Civil and Political Rights arts 6(1) and 7, as bars on return.

    Art. 6(1): "Every human being has the inherent right to life. [...] No one shall be arbitrarily
    deprived of his life." Art. 7: "No one shall be subjected to torture or to cruel, inhuman or
    degrading treatment or punishment."

Neither names return; that both forbid removal to a real risk of irreparable harm is the Human
Rights Committee's reading (for art. 7 first in general terms in General Comment No. 20, para. 9,
10 March 1992; for both, General Comment 31, para. 12). Both are non-derogable (art. 4(2)), so
the bars are absolute. The Committee first weighed a removal under arts 6 and 7 in *Kindler v
Canada* and *Ng v Canada* (Views of 30 July and 5 November 1993), on the extraditions of both men
on 26 September 1991: the library applies its reading to removals from that day
(:data:`ICCPR_REMOVALS_DAY`), and to earlier ones as the contested position
``Doctrine.removal_readings_retrospective`` takes it (``None``, the default: a risk the reading
would find is not known), as ECHR art. 2 is read before *Bader and Kanbor*. The cases are named
here, not cited in findings: the library holds no record of their texts.

Art. 6 as the Committee read it in *Judge v Canada* (2003): a state that has abolished the death
penalty may not remove a person to a real risk of its being imposed or carried out (reliable
assurances aside, recorded as ``Harm.death_penalty`` ``False``); until *Cox v Canada* (1994) the
Committee read it as *Kindler v Canada* (1993) had, and which reading governs a removal between
*Cox* and *Judge*'s own (7 August 1998) is a contested position
(``Doctrine.judge_v_canada_retrospective``). Abolition is established where a treaty abolishing
it binds the returning state (ECHR Protocols No. 6 and 13, the ICCPR's Second
Optional Protocol) or where the data records abolition by its own law
(:func:`refugeelaw.law.abolition.abolition`); where the data records its law retaining the death
penalty on the day (and no such treaty binds it), the element fails; elsewhere a feared death
penalty leaves it unknown. An unknown death penalty is asked only where abolition is established. A death penalty feared from private persons (a
non-state group's de facto court) is weighed as private harm (:func:`penalty_not_escapable`). The
case is named here, not cited in findings: the library holds no record of its text.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import attrs

from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Actor, Claim, Harm, Protection
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .removal import (
    DatedReading,
    Qualifier,
    ReturnCase,
    each_fear,
    exposure,
    severe_harm,
    stated_from,
    torture_kind,
)
from .terms import (
    CONTROLLING_STATE_READING,
    NOT_FOUND,
    Relocation,
    by_controlling_state,
    claim_relocation,
    harm_path,
    relocation_for,
)

__all__ = [
    "ICCPR_6_REMOVALS",
    "ICCPR_7_REMOVALS",
    "ICCPR_LIFE",
    "ICCPR_REMOVALS_DAY",
    "UNFAIR_TRIAL_READING",
    "LifeArticle",
    "arbitrary_deprivation_of_life",
    "death_penalty_after_abolition",
    "iccpr_6_bar",
    "iccpr_7_bar",
    "ill_treatment_risk",
    "irreparable_harm",
    "life_risk",
    "penalty_not_escapable",
]

ICCPR_6 = Citation("iccpr-1966", "6(1)")
ICCPR_7 = Citation("iccpr-1966", "7")
#: Art. 6(2): where the death penalty is not abolished, a sentence of death may be imposed only
#: "not contrary to the provisions of the present Covenant"; art. 14(1), a fair hearing.
ICCPR_6_2 = Citation("iccpr-1966", "6(2)")
ICCPR_14_1 = Citation("iccpr-1966", "14(1)")

#: How the library reads art. 6 for a death sentence after an unfair trial (stated in every finding
#: relying on it).
UNFAIR_TRIAL_READING = (
    'ICCPR art. 6(2) permits a sentence of death only where it is "not contrary to the '
    'provisions of the present Covenant": one imposed after a trial that would be a flagrant '
    "denial of justice (flagrant_denial_of_justice) is contrary to art. 14, so its imposition or "
    "execution would be an arbitrary deprivation of life under art. 6(1), whether or not the "
    "returning state has abolished the death penalty and whichever reading of Judge v Canada "
    "governs the date"
)
#: Why arts 6 and 7 bar a removal: the Human Rights Committee's "obligation not to extradite,
#: deport, expel or otherwise remove a person [...] where there are substantial grounds for
#: believing that there is a real risk of irreparable harm, such as that contemplated by articles
#: 6 and 7" (General Comment 31, para. 12).
ON_REMOVAL = Citation("hrc-general-comment-31", "12")
#: The Committee's first general statement that art. 7 bars a removal: States parties must not
#: "expose individuals to the danger of torture or cruel, inhuman or degrading treatment or
#: punishment upon return to another country by way of their extradition, expulsion or
#: refoulement" (General Comment No. 20, para. 9, 10 March 1992).
GC_20 = Citation("hrc-general-comment-20", "9")

#: The day Canada extradited Mr Kindler and Mr Ng to the United States (26 September 1991), the
#: removals the Human Rights Committee weighed under arts 6 and 7 in its first Views on a removal
#: (*Kindler v Canada*, No. 470/1991, Views of 30 July 1993; *Ng v Canada*, No. 469/1991, Views of
#: 5 November 1993; each author "on 26 September 1991 extradited to the United States", para. 1).
#: The Committee applied its reading of the articles as bars on removal to removals of that day,
#: so a return on or after it is read as the Committee read them (as *Judge v Canada*'s reading
#: governs from the removal it judged, :data:`JUDGE_REMOVED`); its General Comment No. 20 (10
#: March 1992) followed. No authority the library holds reads the articles *not* to bar a removal
#: before then: whether the reading reaches earlier returns is the contested position
#: ``Doctrine.removal_readings_retrospective`` (``None``, the default: a risk the reading would
#: find is not known).
ICCPR_REMOVALS_DAY = dt.date(1991, 9, 26)

_KINDLER_NG = (
    "26 September 1991, the day of the extraditions the Human Rights Committee weighed under arts "
    "6 and 7 in its first Views on a removal (Kindler v Canada and Ng v Canada, 1993"
)
#: Art. 7 as a bar on removal, dated (:func:`~refugeelaw.law.removal.stated_from`).
ICCPR_7_REMOVALS = DatedReading(
    "ICCPR art. 7",
    ICCPR_REMOVALS_DAY,
    f"{_KINDLER_NG}; its first general statement that art. 7 bars one is General Comment No. 20, "
    "para. 9, 10 March 1992)",
    (ICCPR_7, GC_20),
)
#: Art. 6(1) as a bar on removal, dated (:func:`~refugeelaw.law.removal.stated_from`).
ICCPR_6_REMOVALS = DatedReading(
    "ICCPR art. 6(1)", ICCPR_REMOVALS_DAY, f"{_KINDLER_NG})", (ICCPR_6,)
)


#: The European Court's guarantees for relying on an internal flight alternative under art. 3:
#: the person must be able to travel to the area, gain admittance and settle there (*Salah Sheekh
#: v Netherlands*, 2007, repeated in *Sufi and Elmi v United Kingdom*, 2011).
RELOCATION = Citation("ecthr-salah-sheekh-2007", "141")

#: How the library weighs ``Claim.internal_relocation`` in the absolute bars of ECHR arts 2 and 3
#: and ICCPR arts 6 and 7, and in ACHR art. 22(8) (stated in every finding relying on it). CAT
#: art. 3 weighs none, on either reading of ``Doctrine.cat_non_state_actors``
#: (``law.cat_3.public_official``), and the words say so.
RELOCATION_READING = (
    "an internal flight alternative answers a real risk under ECHR art. 3 where the person can "
    "travel to the area, gain admittance and settle there (Salah Sheekh v Netherlands, 2007); "
    "the library reads a reasonable one (internal_relocation) as meeting those guarantees, and "
    "reads ICCPR arts 6 and 7, ECHR art. 2 and ACHR art. 22(8) the same way (for art. 22(8), a "
    "danger the person can avoid in another part of the country is read as no danger 'in that "
    "country', a reading of the library's own: it holds no text of the Inter-American Court on "
    "it); it weighs no internal flight alternative under CAT art. 3, on either reading of "
    "doctrine cat_non_state_actors; where the state inflicts the harm and no finding is made, no "
    "alternative is presumed, as for Art 1A(2) (doctrine relocation_presumption)"
)


def not_prevented(
    harm: Harm,
    path: str,
    protection: Protection | None,
    article: str = "art. 7",
    *,
    on: dt.date | None,
) -> Qualifier:
    """Arts 6 and 7 reach harm by private persons too, where the state cannot or will not prevent
    it (Human Rights Committee, General Comment 31, para. 12); not private harm that the state of
    the destination can and does protect against, unless it withholds that protection from this
    harm (``Harm.protection_withheld_for``). A finding that protection is available is a finding
    that it is available to this person, so it answers whether it is withheld unless a ground is
    stated beside it, which prevails, as in Art 1A(2). Where it is not known who would inflict the
    harm, or whether the state would protect against a private one, that stays open. The regional
    bars that read private harm the same way name their own ``article`` in the reason; the
    country is named as it was on ``on``. Harm by "the state" in a place that names no State on
    ``on`` is the agents' of a State in control of it, which no protection there answers
    (:data:`~refugeelaw.law.terms.CONTROLLING_STATE_READING`, named)."""
    where = f"protection[{harm.country!r}]"
    facts = (f"{path}.actor", *((where,) if protection is not None else ()))
    if harm.protection_withheld_for and harm.actor is not Actor.STATE:
        # The state withholds its protection from this harm (for a Convention reason): whatever
        # it offers others, it does not protect this person (*Islam; Shah*).
        return Qualifier(Verdict.MET, "", (f"{path}.protection_withheld_for",), ())
    stated = protection in (Protection.UNAVAILABLE, Protection.REFUSED_FOR_VALID_REASON)
    if harm.actor is Actor.STATE or stated:
        # Where the protection is stated to fail, that decides; else the state persecutes, and a
        # State in control of a place of its own is one only on the reading named.
        read = (CONTROLLING_STATE_READING,) if not stated and by_controlling_state(harm, on) else ()
        return Qualifier(Verdict.MET, "", facts, (), read)
    if protection is Protection.AVAILABLE:
        if harm.actor is Actor.NON_STATE:
            return Qualifier(
                Verdict.NOT_MET,
                f"the harm is feared from private persons, against whom "
                f"{country_name(harm.country, on)} can and does protect: no real risk under {article}",
                facts,
                (),
            )
        return Qualifier(Verdict.UNKNOWN, "", facts, (f"{path}.actor",))
    needs = (where,) if harm.actor is Actor.NON_STATE else (f"{path}.actor", where)
    return Qualifier(Verdict.UNKNOWN, "", facts, needs)


def not_escapable(
    harm: Harm,
    path: str,
    protection: Protection | None,
    article: str,
    relocation: Relocation,
    doctrine: Doctrine,
    *,
    on: dt.date | None,
) -> Qualifier:
    """:func:`not_prevented`, for the bars that also weigh an internal flight alternative (ECHR
    arts 2 and 3, ICCPR arts 6 and 7, ACHR art. 22(8); :data:`RELOCATION_READING`). One the
    decision-maker finds (``relocation``: ``Claim.internal_relocation``, as
    :func:`~refugeelaw.law.terms.claim_relocation` reads it) means no real risk in the country,
    whoever inflicts the harm. Where none is found yet, private harm the state does not prevent
    waits for that finding; harm the state inflicts waits only where
    ``doctrine.relocation_presumption`` is off. The harm's own finding on relocation
    (``Harm.internal_relocation``) answers before the claim's, and is the one asked for where the
    claim's would answer more than is in issue (:func:`~refugeelaw.law.terms.relocation_for`)."""
    found_here, where = relocation_for(harm, path, relocation)
    reading = (RELOCATION_READING,)
    # The European Court's own guarantees (Salah Sheekh) are cited for its own articles.
    texts = (RELOCATION,) if article.startswith("ECHR") else ()
    if found_here is True:
        return Qualifier(
            Verdict.NOT_MET,
            "the decision-maker finds a reasonable internal flight alternative in "
            f"{country_name(harm.country, on)}: no real risk under {article} where the person can "
            "relocate",
            (where,),
            (),
            reading,
            texts,
        )
    found = not_prevented(harm, path, protection, article, on=on)
    if found_here is False or found.verdict is Verdict.NOT_MET:
        # No alternative found (or the state there protects): the risk stands as found.
        read = (*found.reads, where) if found_here is False else found.reads
        return found._replace(reads=read)
    presumed = doctrine.relocation_presumption
    presumption = (doctrine.position("relocation_presumption"),)
    if harm.actor is Actor.STATE:
        if presumed:
            return found._replace(assumptions=(*reading, *presumption, *found.assumptions))
        return Qualifier(
            Verdict.UNKNOWN,
            "",
            found.reads,
            (where,),
            (*reading, *presumption),
            texts,
        )
    # Private harm the state does not prevent, or harm by someone not yet known: a finding on
    # relocation could still answer it (and, where the state's own harm is presumed a real risk,
    # so could who inflicts it).
    who = (
        (f"{path}.actor",)
        if harm.actor is None and found.verdict is Verdict.MET and presumed
        else ()
    )
    return Qualifier(
        Verdict.UNKNOWN,
        "",
        found.reads,
        (*found.needs, *who, where),
        (*reading, *(presumption if harm.actor is None else ())),
        texts,
    )


#: How the library weighs a death penalty feared from private persons (stated in every finding
#: relying on it).
PRIVATE_PENALTY_READING = (
    "a death penalty feared from private persons (a sentence passed by the de facto court of a "
    "non-state group, such as al-Shabaab or ISIL) is weighed as the death penalty wherever the "
    "death penalty is weighed, but as private harm: not where the state there can and does protect "
    "against it, nor where the decision-maker finds a reasonable internal flight alternative "
    "(internal_relocation), as for any private harm under ICCPR arts 6 and 7 (General Comment 31, "
    "para. 12); a penalty the state itself imposes reaches the whole country, so neither answers it"
)


def penalty_not_escapable(
    harm: Harm,
    path: str,
    protection: Protection | None,
    article: str,
    relocation: Relocation,
    doctrine: Doctrine,
    *,
    on: dt.date | None,
    reading: str = PRIVATE_PENALTY_READING,
) -> Qualifier | None:
    """The further condition of a bar on a real risk of the death penalty (ICCPR art. 6 as read
    in *Judge v Canada*, ECHR art. 3 after *Al-Saadoon*, Protocols No. 6 and 13), by who would
    impose it (:data:`PRIVATE_PENALTY_READING`). The state's own: none (``None``), since its courts'
    sentence reaches the whole country. A private actor's (a non-state group's de facto court; the
    Committee against Torture treated a faction exercising quasi-governmental authority as acting
    in an official capacity, *Elmi v Australia*, 1999): :func:`not_escapable`, as for its other
    harm. Where it is not known who would impose it, the risk holds only where it would hold from
    a private actor too; otherwise it waits on who (and on what that reading still needs).

    ``reading``: how the library reads the bar for a private actor's proceedings (a flagrant denial
    of justice by a de facto court under ECHR art. 6 is weighed the same way:
    :data:`refugeelaw.law.echr.PRIVATE_TRIAL_READING`)."""
    readings = (reading,)
    if harm.actor is Actor.STATE:
        return None
    if harm.actor is Actor.NON_STATE:
        found = not_escapable(harm, path, protection, article, relocation, doctrine, on=on)
        return found._replace(assumptions=(*found.assumptions, *readings))
    private = not_escapable(
        attrs.evolve(harm, actor=Actor.NON_STATE),
        path,
        protection,
        article,
        relocation,
        doctrine,
        on=on,
    )
    if private.verdict is Verdict.MET:
        return private._replace(assumptions=(*private.assumptions, *readings))
    open_ = private.needs if private.verdict is Verdict.UNKNOWN else ()
    return Qualifier(
        Verdict.UNKNOWN,
        "",
        private.reads,
        (f"{path}.actor", *(n for n in open_ if n != f"{path}.actor")),
        (*private.assumptions, *readings),
        private.citations,
    )


@reads(
    "harm.irreparable",
    "harm.torture",
    "harm.severity",
    "harm.prosecution",
    "harm.reasons",  # a prosecution by its reason (Harm.is_prosecution)
    "harm.disproportionate",
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
)
def irreparable_harm(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    protection: Protection | None,
    relocation: Relocation = NOT_FOUND,
    on: dt.date | None = None,
) -> Finding:
    """Art. 7: a real risk of torture or cruel, inhuman or degrading treatment (torture is
    irreparable harm too), whoever inflicts it, unless the state there can and does protect
    against private harm (``protection``: what that country offers). Torture is read as CAT art.
    1(1) defines it (:func:`~refugeelaw.law.removal.torture_kind`); where neither it nor other
    irreparable harm is ruled out, each of the two not stated is asked."""
    torture, by = torture_kind(harm, path)
    return severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.irreparable) | torture,
        "irreparable",
        (ICCPR_7, GC_20, ON_REMOVAL),
        "a real risk of torture or cruel, inhuman or degrading treatment",
        not_escapable(harm, path, protection, "art. 7", relocation, doctrine, on=on),
        reads=by or (f"{path}.torture",),
    )


class LifeArticle(NamedTuple):
    """A provision read as barring removal to a real risk of arbitrary deprivation of life, as
    :func:`life_at_risk` weighs it: ICCPR art. 6(1) (:data:`ICCPR_LIFE`), or ECHR art. 2 as the
    library reads the European Court's case law (:data:`refugeelaw.law.echr.ART_2`).

    Args:
        article: the provision as a reason names it ("art. 6(1)", "ECHR art. 2").
        cites: what a finding on a risk to life cites: the provision, with the texts that state
            what it means on a removal.
        unfair_cites: what a finding on a death sentence after a flagrantly unfair trial cites.
        unfair_standard: that risk, in words, as the provision reaches it.
        unfair_source: what says the provision reaches it, as a reason names it.
        unfair_reading: how the library reads the provision to reach that risk.
        reading: how the library reads the provision as a bar on removal at all, where that is a
            reading it names (none for ICCPR art. 6(1), whose texts say so).
    """

    article: str
    cites: tuple[Citation, ...]
    unfair_cites: tuple[Citation, ...]
    unfair_standard: str
    unfair_source: str
    unfair_reading: str
    reading: tuple[str, ...] = ()


#: ICCPR art. 6(1), as the Human Rights Committee reads it (General Comment 31, para. 12), with
#: art. 6(2)'s own terms for a death sentence after an unfair trial (:data:`UNFAIR_TRIAL_READING`).
ICCPR_LIFE = LifeArticle(
    "art. 6(1)",
    (ICCPR_6, ON_REMOVAL),
    (ICCPR_6, ICCPR_6_2, ICCPR_14_1, ON_REMOVAL),
    "a real risk of a death sentence after a flagrantly unfair trial, which art. 6(2) does not "
    "permit: an arbitrary deprivation of life",
    "art. 6(2)",
    UNFAIR_TRIAL_READING,
)


def life_at_risk(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    protection: Protection | None,
    relocation: Relocation,
    article: LifeArticle,
    on: dt.date | None = None,
) -> Finding:
    """A real risk of arbitrary deprivation of life under ``article``, whoever would take it,
    unless the state there can and does protect against private harm (``protection``: what that
    country offers) or the person could relocate within it (``relocation``), or of a death
    sentence after a trial that would be a flagrant denial of justice (``article``'s own
    reading of it). The one rule for ICCPR art. 6(1) (:func:`arbitrary_deprivation_of_life`) and
    ECHR art. 2 (:func:`refugeelaw.law.echr.life_under_article_2`), each of which declares what
    it reads."""
    escapable = not_escapable(harm, path, protection, article.article, relocation, doctrine, on=on)
    if harm.death_penalty is True and harm.flagrant_denial_of_justice is True:
        return severe_harm(
            harm,
            path,
            doctrine,
            Verdict.MET,
            "death_penalty",
            article.unfair_cites,
            article.unfair_standard,
            escapable,
            reads=(f"{path}.flagrant_denial_of_justice",),
            reading=(*article.reading, article.unfair_reading),
        )
    # The death sentence after a flagrantly unfair trial: only a stated fact rules it out (either
    # of the two false). Until one does, and not both are shown, it may still be the risk, so
    # each of the two not stated is asked (of a private actor's too, a de facto court's: the
    # qualifier already answers it where the state protects or the person can relocate).
    unfair = Verdict.of(harm.death_penalty) & Verdict.of(harm.flagrant_denial_of_justice)
    limb = tuple(
        f"{path}.{name}"
        for name, value in (
            ("death_penalty", harm.death_penalty),
            ("flagrant_denial_of_justice", harm.flagrant_denial_of_justice),
        )
        if unfair is Verdict.UNKNOWN or value is False
    )
    found = severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.risk_to_life) | unfair,
        "risk_to_life",
        article.cites,
        "a real risk of arbitrary deprivation of life",
        escapable,
        reads=limb,
        reading=article.reading,
    )
    if unfair is Verdict.UNKNOWN and found.verdict is Verdict.UNKNOWN:
        return attrs.evolve(
            found,
            reason=f"{found.reason}, or of a death sentence after a flagrantly unfair trial "
            f"({article.unfair_source})",
            assumptions=(*found.assumptions, article.unfair_reading),
        )
    return found


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
)
def arbitrary_deprivation_of_life(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    protection: Protection | None,
    relocation: Relocation = NOT_FOUND,
    on: dt.date | None = None,
) -> Finding:
    """Art. 6(1): a real risk of arbitrary deprivation of life, whoever would take it, unless the
    state there can and does protect against private harm (``protection``: what that country
    offers) — the same "real risk of irreparable harm, such as that contemplated by articles 6
    and 7" (General Comment 31, para. 12) as art. 7.

    A death sentence after a trial that would be a flagrant denial of justice is such a
    deprivation, by art. 6(2)'s own terms (:data:`UNFAIR_TRIAL_READING`). The rule is
    :func:`life_at_risk`, shared with ECHR art. 2."""
    return life_at_risk(harm, path, doctrine, protection, relocation, ICCPR_LIFE, on)


#: How the library applies *Judge v Canada* (stated in every finding relying on it).
JUDGE_READING = (
    "ICCPR art. 6 as the Human Rights Committee read it in Judge v Canada (2003): a state that "
    "has abolished the death penalty may not remove a person to a real risk of it; the library "
    "takes abolition as established for a state bound by ECHR Protocol No. 6 or 13 or by the "
    "ICCPR's Second Optional Protocol, or whose own law the data shows has abolished it for "
    "ordinary crimes at least (as Canada had in 1998), and applies the reading to removals from "
    "7 August 1998 (the removal Judge held to breach art. 6), not to those on or before 31 "
    "October 1994 (until Cox v Canada the Committee read art. 6 as in Kindler v Canada, 1993)"
)

#: *Cox v Canada* (No. 539/1993), Views of 31 October 1994: the last Views in which the Committee
#: read art. 6 as *Kindler v Canada* (1993) had (Canada's extradition without assurances breached
#: neither art. 6 nor art. 7). A removal on or before that day is read as *Kindler* read it.
COX = dt.date(1994, 10, 31)

#: *Judge v Canada* (No. 829/1998, Views of 2003) held Canada's removal of Mr Judge to the United
#: States, on 7 August 1998 (para. 1), to breach art. 6. A removal on or after that day is read as
#: *Judge* read it; one between *Cox* and then, as the contested position
#: ``Doctrine.judge_v_canada_retrospective`` takes it.
JUDGE_REMOVED = dt.date(1998, 8, 7)


@reads(
    "harm.death_penalty",
    "harm.risk_to_life",
    "harm.likelihood",
    "harm.actor",
    "harm.protection_withheld_for",
    "harm.country",
    "path",
    "doctrine.torture_threshold",
    "doctrine.relocation_presumption",
    "doctrine.judge_v_canada_retrospective",
    "abolished",
    "on",
    "protection",
    "relocation",
    "harm.internal_relocation",
)
def death_penalty_after_abolition(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    abolished: Finding,
    on: dt.date | None = None,
    protection: Protection | None = None,
    relocation: Relocation = NOT_FOUND,
) -> Finding | None:
    """Art. 6 as read in *Judge v Canada*: a real risk of the death penalty, for a returning state
    that has abolished it (``abolished``: whether the data establishes that), for a removal on
    ``on``. ``None``: not applied (no death penalty is said to be feared, and the data records
    the state's law retaining it, or the harm is a private one already found a risk to life: the
    arbitrary deprivation of life weighs that with the same protection and relocation, and no
    answer here could add to it). Where abolition is not known, an unknown death penalty is open
    and asked: a death penalty stated would leave the element waiting on the data, so a return
    decided while it was unknown would not stay decided.

    A death penalty feared from private persons (a non-state group's de facto court) is weighed
    as private harm (:func:`penalty_not_escapable`): not where the state there can and does
    protect against it (``protection``: what that country offers) or the person could relocate
    (``relocation``: ``Claim.internal_relocation``). Where that leaves it open, an unknown one is
    asked, as for the state's own, so that stating it never turns a decided return into another.

    The Committee read art. 6 as *Kindler* did until *Cox v Canada* (31 October 1994), and as
    *Judge* did for a removal of 7 August 1998; a removal between the two is read as the doctrine
    takes it (``judge_v_canada_retrospective``; ``None``: contested, so a risk *Judge* would bar
    is unknown)."""
    if harm.death_penalty is None and (
        abolished.verdict is Verdict.NOT_MET
        or (harm.actor is Actor.NON_STATE and harm.risk_to_life is True)
    ):
        return None
    between = on is not None and COX < on < JUDGE_REMOVED
    position = doctrine.judge_v_canada_retrospective
    relied = (
        (JUDGE_READING, doctrine.position("judge_v_canada_retrospective"))
        if between
        else (JUDGE_READING,)
    )
    if (on is not None and on <= COX) or (between and position is False):
        return finding(
            f"{path}: the death penalty (Judge v Canada)",
            Verdict.NOT_MET,
            "until Cox v Canada (1994) the Committee read art. 6 not to bar a removal by a state "
            "that had abolished the death penalty to a real risk of it (Kindler v Canada, 1993)"
            + (
                "; the doctrine reads it so until Judge's own removal (7 August 1998)"
                if between
                else ""
            ),
            ICCPR_6,
            facts=(f"{path}.death_penalty",) if harm.death_penalty is not None else (),
            assumptions=relied,
        )
    risk = severe_harm(
        harm,
        path,
        doctrine,
        Verdict.of(harm.death_penalty),
        "death_penalty",
        ICCPR_6,
        "a real risk of the death penalty",
        penalty_not_escapable(harm, path, protection, "art. 6(1)", relocation, doctrine, on=on),
    )
    verdict = risk.verdict & abolished.verdict
    reason = {
        Verdict.MET: "a real risk of the death penalty, and the returning state has abolished it",
        Verdict.NOT_MET: risk.reason
        if risk.verdict is Verdict.NOT_MET
        else "the returning state has not abolished the death penalty (Judge v Canada binds only "
        "a state that has)",
        Verdict.UNKNOWN: risk.reason
        if risk.verdict is Verdict.UNKNOWN
        else "a real risk of the death penalty, but whether the returning state has abolished it "
        "is not in the data",
    }[verdict]
    contested: tuple[str, ...] = ()
    if between and position is None and verdict is not Verdict.NOT_MET:
        # Read as in Kindler, the element fails; as in Judge, it holds or is open: not known.
        contested = ("doctrine.judge_v_canada_retrospective",)
        reason = (
            "whether Judge's reading governs a removal between Cox v Canada (1994) and Judge's "
            f"own removal (7 August 1998) is contested; on it: {reason}"
        )
        verdict = Verdict.UNKNOWN
    return finding(
        f"{path}: the death penalty (Judge v Canada)",
        verdict,
        reason,
        ICCPR_6,
        children=(risk, abolished),
        assumptions=relied,
        missing=contested,
    )


@reads(
    "claim.fears[].country",
    "claim.fears[].irreparable",
    "claim.fears[].torture",
    "claim.fears[].severity",
    "claim.fears[].prosecution",
    "claim.fears[].reasons",  # a prosecution by its reason (Harm.is_prosecution)
    "claim.fears[].disproportionate",
    "claim.fears[].actor",
    "claim.fears[].protection_withheld_for",
    "claim.fears[].likelihood",
    "claim.protection",
    "claim.internal_relocation",
    "claim.fears[].internal_relocation",
    "claim.likelihood_of_any",
    "claim.relocation_from_all",
    "claim.onward_removal[to]",
    "to",
    "doctrine.torture_threshold",
    "doctrine.taiwan_outside_china",
    "doctrine.relocation_presumption",
    "on",
)
def ill_treatment_risk(
    claim: Claim, to: str, doctrine: Doctrine, on: dt.date | None = None
) -> Finding:
    """The risk art. 7 covers, on return to ``to`` or onward from it (on ``on``)."""
    relocation = claim_relocation(claim, doctrine, on)
    tested = each_fear(
        claim,
        lambda harm, path: irreparable_harm(
            harm, path, doctrine, claim.protection.get(harm.country), relocation, on
        ),
        doctrine.torture_threshold,
        on,
        doctrine,
        "irreparable harm",
        ICCPR_7,
        to,
    )
    onward = claim.onward_removal.get(to)
    return exposure(to, "irreparable harm", tested, onward, ICCPR_7, on, doctrine=doctrine)


@reads(
    "claim.fears[].country",
    "claim.fears[].risk_to_life",
    "claim.fears[].death_penalty",
    "claim.fears[].flagrant_denial_of_justice",
    "claim.fears[].actor",
    "claim.fears[].protection_withheld_for",
    "claim.fears[].likelihood",
    "claim.protection",
    "claim.internal_relocation",
    "claim.fears[].internal_relocation",
    "claim.likelihood_of_any",
    "claim.relocation_from_all",
    "claim.onward_removal[to]",
    "to",
    "doctrine.torture_threshold",
    "doctrine.taiwan_outside_china",
    "doctrine.relocation_presumption",
    "doctrine.judge_v_canada_retrospective",
    "abolished",
    "on",
)
def life_risk(
    claim: Claim,
    to: str,
    doctrine: Doctrine,
    abolished: Finding | None = None,
    on: dt.date | None = None,
) -> Finding:
    """The risk art. 6(1) covers, on return to ``to`` or onward from it: arbitrary deprivation of
    life, or (``abolished``: whether the returning state has abolished the death penalty) the
    death penalty as *Judge v Canada* reads art. 6."""
    if claim.fears is None:
        return exposure(
            to, "arbitrary deprivation of life", None, None, ICCPR_6, on, doctrine=doctrine
        )
    relocation = claim_relocation(claim, doctrine, on)

    def at_risk(h: Harm, path: str) -> Finding:
        """A real risk to life art. 6(1) covers, from one harm."""
        arbitrary = arbitrary_deprivation_of_life(
            h, path, doctrine, claim.protection.get(h.country), relocation, on
        )
        judge = (
            None
            if abolished is None
            else death_penalty_after_abolition(
                h, path, doctrine, abolished, on, claim.protection.get(h.country), relocation
            )
        )
        if judge is None:
            return arbitrary
        either = arbitrary.verdict | judge.verdict
        return finding(
            path,
            either,
            {
                Verdict.MET: "a real risk to life art. 6(1) covers",
                Verdict.NOT_MET: "no real risk to life art. 6(1) covers",
                Verdict.UNKNOWN: "not yet known whether there is a real risk to life "
                "art. 6(1) covers",
            }[either],
            ICCPR_6,
            ON_REMOVAL,
            children=(arbitrary, judge),
        )

    # The death penalty after abolition is not an arbitrary deprivation of life (Judge did not
    # call it one): where it is weighed, for some harm, the risk is named by the article.
    weighed = abolished is not None and any(
        death_penalty_after_abolition(
            h, harm_path(i), doctrine, abolished, on, claim.protection.get(h.country), relocation
        )
        is not None
        for i, h in enumerate(claim.fears)
    )
    what = (
        "deprivation of life contrary to art. 6(1)" if weighed else "arbitrary deprivation of life"
    )
    tested = each_fear(claim, at_risk, doctrine.torture_threshold, on, doctrine, what, ICCPR_6, to)
    return exposure(
        to,
        what,
        tested,
        claim.onward_removal.get(to),
        ICCPR_6,
        on,
        doctrine=doctrine,
    )


def iccpr_6_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. 6(1): bound, within reach, a real risk of arbitrary deprivation of life (in a return
    before 26 September 1991, as ``Doctrine.removal_readings_retrospective`` takes it:
    :data:`ICCPR_REMOVALS_DAY`)."""
    risk = stated_from(case.risk("life"), ICCPR_6_REMOVALS, case.on, case.doctrine)
    return (binds, reach, risk)


def iccpr_7_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. 7: bound, within reach, a real risk of torture or ill-treatment (in a return before
    26 September 1991, as ``Doctrine.removal_readings_retrospective`` takes it:
    :data:`ICCPR_REMOVALS_DAY`)."""
    risk = stated_from(case.risk("ill_treatment"), ICCPR_7_REMOVALS, case.on, case.doctrine)
    return (binds, reach, risk)
