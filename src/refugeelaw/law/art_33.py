"""Refugee Convention art. 33: the prohibition of expulsion or return ("refoulement").

    "1. No Contracting State shall expel or return ("refouler") a refugee in any manner whatsoever
    to the frontiers of territories where his life or freedom would be threatened on account of his
    race, religion, nationality, membership of a particular social group or political opinion.
    2. The benefit of the present provision may not, however, be claimed by a refugee whom there
    are reasonable grounds for regarding as a danger to the security of the country in which he
    is, or who, having been convicted by a final judgement of a particularly serious crime,
    constitutes a danger to the community of that country."

Recognition is declaratory (UNHCR Handbook para. 28), so an asylum seeker whose status is still
undetermined is protected too. A refugee already recognised is protected as one until a clause
raised to end the status (Art 1C, or Art 1D-1F) is established: his status is not "pending
determination" (:func:`protected_person`).

Art 33(2) is an exception for the returning state to establish (:func:`art_33_2`): its grounds are
the decision-maker's judgements, which the library takes as stated, weighing nothing against them
(:data:`PROPORTIONALITY_READING`), and its second ground has two limbs (:data:`CONVICTION_READING`);
a ground raised and not established holds the bar only until it is (:func:`second_ground_open`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs

from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Actor, Claim, Harm, Severity
from ..logic import Finding, Verdict, finding, reads
from ..results import Status, StatusDetermination
from ..sources import Citation
from .art_1c import CONTRADICTED_CLAUSE_READING, ROK_HELD_READING
from .fear import (
    SUBJECTIVE_FEAR_READING,
    no_internal_flight,
    past_persecution,
    together_elements,
)
from .inclusion import feared_element, protection_element
from .limits import PRESUMED_CHOICE_READING
from .nexus import exit_route
from .persecution import discriminatory_measures, persecution
from .protection import ROK_NATIONALITY_READING, agent_on_own_account, unprotected_there
from .removal import (
    ReturnCase,
    at_home,
    either_way,
    exposure,
    home_fact,
    home_words,
    outside,
    reached_either_way,
    unheld,
    within_territory,
)
from .status import (
    DISPLACING_CLAUSES,
    ENTITLED,
    RECOGNITION,
    STATUTORY,
    DisplacingClause,
    ceased_whichever_first,
    clause,
)
from .terms import by_controlling_state, harm_path, likelihood_against
from .territory import (
    ADMINISTERED_READING,
    GA_2758,
    TAIWAN_CONTESTED,
    TAIWAN_POSITION,
    administered_decides,
    administered_reading,
    administered_words,
    held_territory,
    taiwan_decides,
    within_countries,
)

__all__ = [
    "BURDEN_READING",
    "CONVICTION_READING",
    "PROPORTIONALITY_READING",
    "THREAT_READING",
    "art_33_2",
    "clauses_raised",
    "persecution_risk",
    "positions_relied_on",
    "protected_person",
    "provisional",
    "raised_against_recognised",
    "raised_citations",
    "second_ground_open",
    "threat_reading",
    "threatened_on_a_ground",
]

ART_1A2 = Citation("refugee-convention-1951", "1A(2)")
ART_33_1 = Citation("refugee-convention-1951", "33(1)")
ART_33_2 = Citation("refugee-convention-1951", "33(2)")
HB_28 = Citation("unhcr-handbook", "28")
HB_37_50 = Citation("unhcr-handbook", "37-50")
#: The element of the status determination that finds a recognition (``law.recognition``).
_RECOGNISED = "recognised refugee"
EXCOM_6 = Citation("excom-conclusions", "6")

#: The Handbook's paragraphs on each clause that ends or withholds a status, as the library holds
#: them (its records of paras 111-139, 142-143, 144-146 and 147-163).
_HANDBOOK_ON = {
    "Art 1C": Citation("unhcr-handbook", "111-139"),
    "Art 1D": Citation("unhcr-handbook", "142-143"),
    "Art 1E": Citation("unhcr-handbook", "144-146"),
    "Art 1F": Citation("unhcr-handbook", "147-163"),
}

#: How each clause is read, where the Handbook's paragraphs the library holds say so (the
#: cessation clauses, paras 111-139; Art 1F, paras 147-163).
_READ_RESTRICTIVELY = {
    "Art 1C": "the cessation clauses are exhaustive and read restrictively",
    "Art 1F": "the exclusion clauses of Art 1F are read restrictively",
}


@reads(
    "status.outcome",
    "status.displaced_by",
    "status.definition",
    "status.finding.reason",
    "status.finding.children[].element",
    "status.finding.children[].verdict",
    "status.finding.children[].citations",
    "status.finding.children[].missing",  # a clause raised, or only in issue (_raised)
    "status.claim.recognised",
    "status.claim.statutory_refugee",
    "status.claim.person.nationalities",
    "status.claim.person.habitual_residence",
    "status.claim.person.other_habitual_residences",
    "status.doctrine.return_to_other_residences",
    "status.inclusion.children[].verdict",
    "relied",
)
def protected_person(status: StatusDetermination, relied: tuple[str, ...]) -> Finding:
    """Art 33 protects refugees, recognised or not: recognition is declaratory (Handbook 28).

    Where the status determination decided the question (a refugee, or excluded, ceased or not a
    refugee), this element rests on it, and so on the contested positions it relied on
    (``relied``: :func:`positions_relied_on`); an undetermined claim is protected whatever they
    are, provisionally (:func:`provisional`): an asylum seeker until the determination, a refugee
    already recognised until a clause raised to end the status is established (Art 1C, or Art
    1D-1F: :func:`raised_against_recognised`); what either waits on is the return's to name
    (``law.refoulement.pending_determination``)."""
    element = "a refugee, or an asylum seeker not yet determined"
    exclusions = _exclusions(status)
    if exclusions:
        names = ", ".join(c.name for c in exclusions)
        return finding(
            element,
            Verdict.NOT_MET,
            # Shared by the Convention bar and custom's refugee limb (for a state the Convention
            # may not bind): the bars that know no exclusion are named by what they forbid.
            f"{names} excludes the person from the protection owed to refugees; the bars that "
            "know no exclusion remain: those against torture and ill-treatment, or an arbitrary "
            'deprivation of life or the death penalty, and ACHR art. 22(8) ("in no case")',
            *(c.citation for c in exclusions),
            ART_33_1,
            assumptions=relied,
        )
    if status.outcome is Status.REFUGEE:
        reason, cited = _AS_A_REFUGEE.get(status.definition or "", _DEFINITION_MET)
        return finding(element, Verdict.MET, reason, ART_33_1, cited, assumptions=relied)
    if ceased_whichever_first(status):
        return finding(
            element,
            Verdict.NOT_MET,
            f"the person is not a refugee, whichever clause applies first ({status.finding.reason}): "
            "excluded by a clause before Art 1C, or else no longer a refugee under it, so that "
            "no determination to come can find the person a refugee",
            ART_33_1,
            *(clause(name).citation for name in status.displaced_by),
            assumptions=relied,
        )
    raised = raised_against_recognised(status)
    if raised:
        return finding(
            element,
            Verdict.MET,
            f"{_recognised(status)}, whose status continues until a clause that ends it is "
            f"established: {clauses_raised(raised, 'it')} "
            f"{'are' if len(raised) > 1 else 'is'} not yet decided, and until "
            f"{'one is' if len(raised) > 1 else 'it is'} found the person is protected as a "
            f"refugee{_how_read(raised)}",
            ART_33_1,
            *raised_citations(raised),
        )
    if status.outcome is Status.UNDETERMINED and _recognition(status) is Verdict.UNKNOWN:
        return finding(
            element,
            Verdict.MET,
            "the person's refugee status has been recognised, and whether the recognition reaches "
            "the state's obligations, which the definition's limits in time or place (Art 1B(1)) "
            "bound, is pending determination: recognition is declaratory, so until then the "
            "person is protected as an asylum seeker is, a provisional protection which a "
            "determination that the limits exclude the person ends",
            ART_33_1,
            Citation("refugee-convention-1951", "1B(1)"),
            HB_28,
            EXCOM_6,
        )
    if status.outcome is Status.UNDETERMINED:
        return finding(
            element,
            Verdict.MET,
            "the refugee status is pending determination, and no determination shows that the "
            "person is not a refugee; recognition is declaratory, so an asylum seeker is "
            "protected until an individual determination says otherwise: a provisional "
            "protection, which a determination that the person is not a refugee ends",
            ART_33_1,
            HB_28,
            EXCOM_6,
        )
    return finding(
        element,
        Verdict.NOT_MET,
        f"the person is not a refugee ({status.outcome.label.lower()}: {status.finding.reason})",
        ART_33_1,
        ART_1A2,
        assumptions=[*relied, *_left_to_another_country(status)],
    )


#: Why a refugee (``Status.REFUGEE``) is one art. 33(1) protects, by the definition the status
#: rests on (``StatusDetermination.definition``), with what it cites: the definition met (Art
#: 1A(2)), or else the other way in, said as such (a recognition alone does not show that the
#: person meets the definition now, and Art 1D's second paragraph entitles without it).
_DEFINITION_MET = (
    "the person meets the refugee definition; formal recognition is not needed",
    HB_28,
)
_AS_A_REFUGEE: dict[str, tuple[str, Citation]] = {
    RECOGNITION: (
        "the person's refugee status has been recognised, and the recognition, declaratory, "
        "stands until a cessation or exclusion clause is found: the protection rests on it, "
        "not on the refugee definition being shown to be met now",
        HB_28,
    ),
    STATUTORY: (
        "the person is a refugee under Art 1A(1) (a statutory refugee), whose status continues "
        "until a cessation or exclusion clause is found",
        Citation("refugee-convention-1951", "1A(1)"),
    ),
    ENTITLED: (
        "the person is ipso facto entitled to the benefits of the Convention under Art 1D's "
        "second paragraph, without meeting Art 1A(2)",
        Citation("refugee-convention-1951", "1D"),
    ),
}


def _exclusions(status: StatusDetermination) -> list[DisplacingClause]:
    """The clauses found to exclude the person in the determination ``status`` (Art 1D-1F)."""
    return [clause(name) for name in status.displaced_by if clause(name).outcome is Status.EXCLUDED]


def provisional(status: StatusDetermination) -> bool:
    """Whether :func:`protected_person` protects the person only provisionally: the determination
    ``status`` is not made (``UNDETERMINED``), no clause is found to exclude the person, and the
    status is not ceased whichever clause applies first (:func:`ceased_whichever_first`), so that a
    determination to come could still find the person a refugee, or not."""
    return (
        status.outcome is Status.UNDETERMINED
        and not _exclusions(status)
        and not ceased_whichever_first(status)
    )


def raised_against_recognised(status: StatusDetermination) -> tuple[Finding, ...]:
    """Where the person's refugee status has been recognised (``Claim.recognised``, or Art 1A(1)'s
    statutory refugee), the recognition counting for the state (within the limits of Art 1B(1)
    that bind it: :func:`_recognition`), and is protected only provisionally
    (:func:`provisional`), the findings of the clauses that would end it and are not yet decided
    (Art 1C, 1D, 1E or 1F, in the order applied): the status is not pending determination but
    continues until one of them is established (recognition is declaratory, and once declared a
    status ends only by the Convention's own clauses: ``law.recognition``). None for anyone
    else."""
    if _recognition(status) is not Verdict.MET or not provisional(status):
        return ()
    heads = tuple(f"{c.name}:" for c in DISPLACING_CLAUSES)
    return tuple(
        f
        for f in status.finding.children
        if f.verdict is Verdict.UNKNOWN and f.element.startswith(heads)
    )


def _recognition(status: StatusDetermination) -> Verdict:
    """Whether the determination ``status`` found a recognition (``Claim.recognised``, or Art
    1A(1)'s statutory status) that counts for the state: met, not yet known (the limits of Art
    1B(1) that bind it not yet known to reach the person: ``law.recognition``), or not met (none
    stated, or one those limits exclude)."""
    found = next((f for f in status.finding.children if f.element == _RECOGNISED), None)
    return Verdict.NOT_MET if found is None else found.verdict


def _clause_name(raised: Finding) -> str:
    """The clause whose finding ``raised`` is ("Art 1C")."""
    return raised.element.split(":", 1)[0]


def _pinpoints(raised: Finding) -> list[str]:
    """The provisions of the clause a clause's finding ``raised`` cites ("1C(3)"), or the clause
    itself ("1C")."""
    article = _clause_name(raised).removeprefix("Art ")
    named = [
        c.provision
        for c in raised.citations
        if c.instrument == ART_33_1.instrument and c.provision.startswith(article)
    ]
    return list(dict.fromkeys(named)) or [article]


def clauses_raised(raised: tuple[Finding, ...], against: str) -> str:
    """The clauses that would end a recognised refugee's status and are not yet decided
    (``raised``: :func:`raised_against_recognised`), in words, each with how it came to be open
    (``against``: whom, "it" or "this recognised refugee"): "the cessation (Art 1C(3)) raised
    against it", for a clause raised and undecided (``exclusion_pending``, ``cessation_pending``);
    "the exclusion (Art 1D) in issue for it", for one no one has raised whose facts are not yet
    known (whether UNRWA assists the person)."""
    groups = [
        (
            " and ".join(
                f"the {'cessation' if _clause_name(f) == 'Art 1C' else 'exclusion'} "
                f"(Art {', '.join(_pinpoints(f))})"
                for f in raised
                if _raised(f) is was_raised
            ),
            f"raised against {against}" if was_raised else f"in issue for {against}",
        )
        for was_raised in (True, False)
    ]
    return " and ".join(f"{names} {how}" for names, how in groups if names)


def _raised(found: Finding) -> bool:
    """Whether a clause's finding waits on the clause being raised and undecided, not only on
    facts no one has stated."""
    return any(m.startswith(("exclusion_pending[", "cessation_pending[")) for m in found.missing)


def raised_citations(raised: tuple[Finding, ...]) -> tuple[Citation, ...]:
    """What the protection of a recognised refugee against whom ``raised`` is raised rests on: the
    clauses raised (as their findings cite them) and the Handbook's paragraphs on each."""
    cites = [Citation(ART_33_1.instrument, p) for f in raised for p in _pinpoints(f)] + [
        _HANDBOOK_ON[_clause_name(f)] for f in raised
    ]
    return tuple(dict.fromkeys(cites))


def _recognised(status: StatusDetermination) -> str:
    """Who the person is, whose status has been declared: in words."""
    if status.claim.statutory_refugee:
        return "the person is a refugee under Art 1A(1) (a statutory refugee)"
    return "the person is a recognised refugee"


def _how_read(raised: tuple[Finding, ...]) -> str:
    """How the clauses ``raised`` are read, as the Handbook's paragraphs held say ("" if none)."""
    said = [_READ_RESTRICTIVELY.get(_clause_name(f), "") for f in raised]
    return "".join(f"; {s}" for s in said if s)


#: The burden the exceptions of art. 33(2) carry, named where a fact they turn on is unknown: the
#: returning State must establish the danger, so an unstated ground leaves the bar in place, and a
#: ground later established lifts it (a decided return resting on this can change when the fact is
#: stated, as a presumption rebutted).
BURDEN_READING = (
    "Art 33(2) is an exception for the state to establish; unestablished facts do not lift the bar"
)


#: The reading relied on where a person with more than one nationality is not a refugee only
#: because one of those countries would protect him (Art 1A(2), second paragraph).
SECOND_NATIONALITY_READING = (
    "a person who is not a refugee only because a country of his nationality would protect him "
    "(Art 1A(2), second paragraph) is read as outside Art 33(1), and custom's refugee limb, "
    "whatever the destination, even the country he fears, as the text gives it: the Convention "
    "leaves him to that protection (UNHCR Handbook paras 106-107); whether he can in fact reach "
    "it from the returning state is for the protection finding, and the bars against torture and "
    "ill-treatment remain"
)


#: The same reading for a stateless person whom another country of former habitual residence
#: would take back, under ``Doctrine(return_to_other_residences=True)`` (*Thabet v Canada*).
OTHER_RESIDENCE_READING = (
    "a stateless person who is not a refugee only because another country of former habitual "
    "residence would take him back (Thabet v Canada, as Doctrine return_to_other_residences "
    "reads Art 1A(2)) is read as outside Art 33(1), and custom's refugee limb, whatever the "
    "destination, even the country he fears, as for a person of several nationalities: whether "
    "he can in fact return there from the returning state is for the protection finding, and the "
    "bars against torture and ill-treatment remain"
)


def positions_relied_on(status: StatusDetermination) -> tuple[str, ...]:
    """The contested positions a return relies on through the status determination beyond those
    its own findings name: art. 33(1) (and custom's refugee limb) protect "a refugee", and the
    threat they weigh is Art 1A(2)'s own elements for each fear (well-founded, persecution,
    nexus, internal flight, and the country's protection: :func:`persecution_risk`), which name
    their positions there. What they do not weigh is a clause that takes the person outside the
    Convention (excluded, or a status ceased), so the positions that clause rests on are named
    (Art 1E read with *Horvath*, for one); an undetermined claim is protected whatever they are
    (Handbook para. 28). Nor do they weigh whether the person is outside the country, or fears
    harm in it, where that turns on the reading of a territory under another State's
    administration (a Chinese national in Macao before 1999: ``law.territory.ADMINISTERED_READING``):
    a status decided on it (a refugee, or not one) names it here too, as is the data's presumption
    of a State's Art 1B(1) choice (``law.limits.PRESUMED_CHOICE_READING``) and the reading of a
    cessation clause the facts contradict (``law.art_1c.CONTRADICTED_CLAUSE_READING``) where the
    status of a refugee names them, and so are the readings of a North Korean's nationality of the
    Republic of Korea (``law.protection.ROK_NATIONALITY_READING``: not listed, so not weighed;
    ``law.art_1c.ROK_HELD_READING``: listed, and held, not new)."""
    read: tuple[str, ...] = ()
    if status.outcome in (Status.REFUGEE, Status.NOT_REFUGEE):
        read = tuple(
            [a for a in status.inclusion.all_assumptions() if a.endswith(ADMINISTERED_READING)]
        )
    if status.outcome is Status.REFUGEE:
        # That the person is a refugee for this state at all may rest on the data's presumption
        # of its Art 1B(1) choice (law.limits), or on a cessation clause the facts contradict
        # being read as never having ended the status (law.art_1c), or on a North Korean's
        # nationalities read without, or with a held, ROK nationality (law.protection,
        # law.art_1c: review s37 sd37 F1-F2): named too.
        read = (
            *read,
            *[
                a
                for a in status.assumptions()
                if a
                in (
                    PRESUMED_CHOICE_READING,
                    CONTRADICTED_CLAUSE_READING,
                    ROK_NATIONALITY_READING,
                    ROK_HELD_READING,
                )
            ],
        )
    if status.outcome not in (Status.EXCLUDED, Status.CEASED) and not ceased_whichever_first(
        status
    ):
        return read
    clauses = [
        c
        for c in status.finding.children
        if c.verdict is Verdict.MET
        and any(c.element.startswith(f"{name}:") for name in status.displaced_by)
    ]
    return tuple(dict.fromkeys([*read, *(p for c in clauses for p in c.all_assumptions())]))


def _left_to_another_country(status: StatusDetermination) -> list[str]:
    """The reading relied on where the person fails Art 1A(2) on the protection element alone (no
    other element is found not met) because another country would protect them: a country of
    their nationality (Art 1A(2), second paragraph), or under *Thabet*'s reading another country
    of former habitual residence; none otherwise."""
    person = status.claim.person
    if len(person.nationalities or ()) >= 2:
        reading = SECOND_NATIONALITY_READING
    elif (
        person.stateless
        and status.doctrine.return_to_other_residences
        and len(person.countries_of_reference()) >= 2
    ):
        reading = OTHER_RESIDENCE_READING
    else:
        return []
    protection = protection_element(status.inclusion)
    alone = protection.verdict is Verdict.NOT_MET and not any(
        e.verdict is Verdict.NOT_MET for e in status.inclusion.children if e is not protection
    )
    return [reading] if alone else []


#: How the library reads art. 33(1)'s "where his life or freedom would be threatened" on account
#: of a Convention ground: as Art 1A(2)'s "being persecuted", its elements as the status
#: determination found them. Named where it decides (:func:`threat_reading`): a harm found to be
#: persecution though not graded a threat to life or freedom. The words differ from Art 1A(2)'s;
#: UNHCR's Note on Non-Refoulement (EC/SCP/2, 1977, para. 4, the library's record of ExCom
#: Conclusion No. 6 notes it) reads the travaux préparatoires as not meant to set a stricter
#: criterion than the well-founded fear of persecution. ACHR art. 22(8)'s like words ("his right
#: to life or personal freedom is in danger") the library reads the narrower way, by the grade
#: (``law.achr.DANGER_READING``).
THREAT_READING = (
    "the library reads art. 33(1)'s 'where his life or freedom would be threatened' on account of "
    "a Convention ground as co-extensive with Art 1A(2)'s 'being persecuted': a harm found to be "
    "persecution threatens life or freedom though graded below a threat to life or freedom (a "
    "serious violation of human rights, or measures that amount to persecution only on "
    "cumulative grounds, UNHCR Handbook para. 53), as UNHCR reads the travaux préparatoires "
    "(Note on Non-Refoulement, EC/SCP/2, 1977, para. 4: the words were not meant to set a "
    "stricter criterion than the well-founded fear of persecution); on a narrower reading, of a "
    "threat to life or freedom itself, as the library reads ACHR art. 22(8)'s 'life or personal "
    "freedom is in danger', such a harm would not bar the return"
)


def threat_reading(harm: Harm, elements: tuple[Finding, ...]) -> tuple[str, ...]:
    """:data:`THREAT_READING` where it decides whether the fear of ``harm`` threatens life or
    freedom under art. 33(1) (``elements``: the fear's elements as :func:`threatened_on_a_ground`
    takes them, persecution second); none elsewhere. It decides where no element is found not met
    and the harm is found to be persecution, or may yet be, without being a threat to life or
    freedom on every reading: graded below one (a serious violation of human rights;
    discrimination amounting to persecution on cumulative grounds), or found persecution with no
    grade given (a harm found to be torture, which persecution weighs as a serious violation), and
    not found an arbitrary deprivation of life (``Harm.risk_to_life``). A harm graded a threat to
    life or freedom needs no reading; one whose grade is still to be given waits for it."""
    persecuted = elements[1]
    if (
        Verdict.all([e.verdict for e in elements]) is Verdict.NOT_MET
        or harm.severity is Severity.THREAT_TO_LIFE_OR_FREEDOM
        or harm.risk_to_life is True
        or (harm.severity is None and persecuted.verdict is not Verdict.MET)
    ):
        return ()
    return (THREAT_READING,)


def threatened_on_a_ground(
    path: str, elements: tuple[Finding, ...], assumptions: tuple[str, ...] = ()
) -> Finding:
    """Life or freedom threatened on a Convention ground: the elements of Art 1A(2) that the status
    determination found for the fear at ``path`` (well-founded, persecution, nexus, no internal
    flight), but not where it is feared: for art. 33(1) the destination decides that
    (``assumptions``: the contested positions that reading relies on)."""
    verdict = Verdict.all([e.verdict for e in elements])
    return finding(
        path,
        verdict,
        _THREAT_REASONS[verdict],
        ART_33_1,
        children=elements,
        assumptions=assumptions,
    )


_THREAT_REASONS = {
    Verdict.MET: "life or freedom threatened on a Convention ground",
    Verdict.NOT_MET: "not shown to threaten life or freedom on a Convention ground",
    Verdict.UNKNOWN: "threat on a Convention ground not yet known",
}


@reads(
    "harm.likelihood",
    "harm.suffered_before",
    "harm.good_reasons_not_repeated",
    "path",
    "doctrine.return_threshold",
    "doctrine.past_persecution_presumption",
)
def would_be_threatened(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """Art 33(1): life or freedom "would be threatened", on the standard the doctrine sets for
    return where it differs from the well-founded fear's (``Doctrine.return_threshold``). A harm
    already suffered weighs as it does for the fear (:func:`~refugeelaw.law.fear.past_persecution`):
    a stricter standard of likelihood does not set aside the presumption a harm already suffered
    raises, which speaks of the risk itself."""
    threshold = doctrine.return_threshold
    assert threshold is not None  # only asked where the doctrine sets its own standard
    stevic = (Citation("ins-v-stevic-1984", "holding"),) if threshold >= 0.5 else ()
    assessed = likelihood_against(
        "life or freedom would be threatened",
        harm.likelihood,
        path,
        threshold,
        f"a threat on return with a likelihood of at least {threshold:g}",
        (ART_33_1, *stevic),
        (doctrine.position("return_threshold"),),
    )
    return past_persecution(
        assessed,
        harm,
        path,
        doctrine,
        "the threat to life or freedom is presumed",
        ART_33_1,
    )


def persecution_risk(status: StatusDetermination, to: str, for_article_33: bool = True) -> Finding:
    """The risk art. 33(1) covers, on return to ``to`` or onward from it, from the fears the
    status determination weighed (Art 1 is not decided again). Where the doctrine sets its own
    standard for return under art. 33(1) (``for_article_33``), that standard replaces the
    well-founded fear's likelihood; other rules (custom) keep the well-founded fear's. It
    replaces it for the measures taken together on cumulative grounds too (Handbook para. 53):
    the persecution whose threat must reach that standard is the measures taken together, so only
    those feared to it are counted (``law.persecution.discriminatory_measures``, with this bar's
    own finding, :func:`would_be_threatened`, as what is "founded"). The threat is of
    persecution in any of the forms feared: harms feared in one country that fail alone only on
    their likelihood or on internal relocation are taken together, on the standard the bar
    weighs (``law.fear.together_elements``; the fear review's F1 and F3)."""
    claim, doctrine = status.claim, status.doctrine
    if claim.fears is None:
        return exposure(
            to,
            "persecution on a Convention ground",
            None,
            None,
            ART_33_1,
            status.on,
            doctrine=doctrine,
        )
    fears = feared_element(status.inclusion).children if claim.fears else ()
    # With no standard of its own for return, art. 33(1) takes the well-founded fear's: a
    # contested reading (INS v Stevic asks more of withholding), so it is named where relied on.
    same_standard = (
        (doctrine.position("return_threshold"),)
        if for_article_33 and doctrine.return_threshold is None
        else ()
    )
    own_standard = for_article_33 and doctrine.return_threshold is not None
    protections = _protection_by_country(status)
    references = claim.person.countries_of_reference()
    each: dict[int, tuple[Finding, ...]] = {}
    for i, (harm, fear) in enumerate(zip(claim.fears, fears, strict=False)):
        path = harm_path(i)
        elements = fear.children[1:5]  # well-founded, persecution, nexus, no internal flight
        if for_article_33:
            # A threat to life or freedom is not a fear: the element art. 33(1) takes over does
            # not rest on the reading of the fear's subjective element.
            elements = (_threat_not_fear(elements[0]), *elements[1:])
        if own_standard:
            measures = discriminatory_measures(
                claim,
                harm,
                _threatened(doctrine),
                status.on,
                _standard_words(doctrine),
                threshold=doctrine.return_threshold,
            )
            leaving = exit_route(harm, path, doctrine, claim.reasons_for_leaving)
            persecuted = persecution(harm, path, claim.cumulative_persecution, measures, leaving)
            # Relocation for this harm alone: the harms are taken together below, on this
            # bar's own standard of likelihood.
            flight = no_internal_flight(
                harm,
                path,
                claim,
                doctrine,
                agent_on_own_account(harm),
                by_controlling_state(harm, status.on),
                status.on,
            )
            elements = (would_be_threatened(harm, path, doctrine), persecuted, elements[2], flight)
        if _protection_in_issue(harm):
            own = protections.get(harm.country)
            if own is not None:
                elements = (*elements, own)  # that country's protection, as Art 1A(2) found it
            elif within_countries(harm.country, references, status.on) is None:
                # A third country (or one not known to be a country of reference): its own
                # protection against the harm, as the finding records it.
                elements = (*elements, third_country_protection(harm, path, claim, status.on))
        each[i] = tuple(elements)
    # The threat is of persecution in any of the forms feared: the harms feared in one country
    # that fail alone only on their likelihood or on internal relocation are taken together, on
    # this bar's standard (law.together; Art 1A(2)'s fear takes them so too).
    each = together_elements(
        claim,
        doctrine,
        status.on,
        each,
        threshold=doctrine.fear_threshold
        if doctrine.return_threshold is None or not for_article_33
        else doctrine.return_threshold,
        likely_at=0,
        relocation_at=3,
        likely_cites=(ART_33_1,) if own_standard else (ART_1A2, HB_37_50),
        risk="threat",
    )
    tested = []
    for i, harm in enumerate(claim.fears):
        if i not in each:
            continue
        elements = each[i]
        read = (*same_standard, *threat_reading(harm, elements))
        tested.append((harm.country, threatened_on_a_ground(harm_path(i), elements, read)))
    return exposure(
        to,
        "persecution on a Convention ground",
        tuple(tested),
        claim.onward_removal.get(to),
        ART_33_1,
        status.on,
        doctrine=doctrine,
    )


def _threat_not_fear(found: Finding) -> Finding:
    """The well-founded-fear element as art. 33(1) takes it over, without
    :data:`~refugeelaw.law.fear.SUBJECTIVE_FEAR_READING`: "would be threatened" asks the risk,
    not the person's fear."""
    if SUBJECTIVE_FEAR_READING not in found.assumptions:
        return found
    kept = tuple([a for a in found.assumptions if a != SUBJECTIVE_FEAR_READING])
    return attrs.evolve(found, assumptions=kept)


def _threatened(doctrine: Doctrine) -> Callable[[Harm, str], Finding]:
    """:func:`would_be_threatened` on ``doctrine``, for another harm taken together with one
    weighed (``law.persecution.discriminatory_measures``)."""
    return lambda harm, path: would_be_threatened(harm, path, doctrine)


def _standard_words(doctrine: Doctrine) -> str:
    """Art. 33(1)'s own standard of likelihood, in the words the measures taken together are
    counted to (``law.persecution.Measures.standard``)."""
    return f"with art. 33(1)'s likelihood of at least {doctrine.return_threshold:g}"


def _protection_in_issue(harm: Harm) -> bool:
    """Whether the state's protection against this harm is a question at all: not where the state
    itself would inflict it (it cannot protect against its own harm, and the library takes its
    agents' harm as its own: :data:`~refugeelaw.law.protection.AGENT_READING`), nor where it
    withholds its protection from it for a Convention reason (which is itself the failure of
    protection, *Islam; Shah*). Asked of that harm alone: the country's finding, made for all of
    its fears, would otherwise let another fear's open facts hold this one open."""
    return harm.actor is not Actor.STATE and not harm.protection_withheld_for


def third_country_protection(
    harm: Harm, path: str, claim: Claim, on: dt.date | None = None
) -> Finding:
    """The protection of a country that is not a country of reference (a third country, such as
    the destination of a readmission or "safe third country" transfer) against a harm feared
    there from private persons, or from persons not known. Art 33(1) speaks of "territories where
    his life or freedom would be threatened", any territory; and the threat is read as persecution
    (:data:`THREAT_READING`), serious harm together with a failure of state protection (*Horvath
    v SSHD* [2001] 1 AC 489; *Islam; Shah*), so that country's protection is weighed as for a
    country of nationality: found available, it answers private harm unless withheld for a
    Convention reason; not yet found, the threat waits for it (``protection[...]``, as the
    human-rights bars ask it). Art 1A(2) does not ask it (status turns on the country of
    nationality alone). The country is named as it was on ``on``."""
    return unprotected_there(
        harm,
        path,
        claim.protection.get(harm.country),
        f"no protection in {country_name(harm.country, on)}",
        on,
    )


def _protection_by_country(status: StatusDetermination) -> dict[str, Finding]:
    """Art 1A(2)'s finding on each country of nationality's (or former habitual residence's)
    protection, by country, as the status determination made it. Persecution is serious harm
    together with a failure of state protection (*Horvath*; *Islam; Shah*), so a life or freedom
    "threatened" in that country under art. 33(1) is one its protection does not answer: where
    that protection is available the threat fails, and where it is not yet known, so is the
    threat. A country the person has no tie to (a third country) has no such finding: its
    protection is weighed by :func:`third_country_protection`."""
    references = status.claim.person.countries_of_reference()
    if not references or status.claim.fears is None:
        return {}
    countries = protection_element(status.inclusion).children
    if len(countries) != len(references):  # several former homes weighed one by one
        return {}
    return dict(zip(references, countries, strict=True))


#: How the library reads the grounds of Art 33(2), where one lifts a bar that would otherwise hold
#: (or may hold): as the decision-maker's judgements, which the facts record, with no weighing of
#: its own. Whether art. 33(2) requires the danger to be weighed against the persecution the
#: refugee faces on return is contested; the sources on either side are not held by the library.
PROPORTIONALITY_READING = (
    "Art 33(2) is read with no weighing of the library's own: a ground stated true lifts the bar, "
    "danger_to_security, danger_to_community and serious_crime_danger being the decision-maker's "
    "judgement that the ground holds, with any weighing of the danger against the persecution "
    "the refugee faces on return that its reading of art. 33(2) calls for already made; whether "
    "art. 33(2) requires that weighing (proportionality: UNHCR's view and much commentary, among "
    "it Lauterpacht and Bethlehem's Opinion for UNHCR, 2001) or not (the practice of the United "
    "States) is contested, and the library holds none of these sources"
)

#: How the library reads Art 33(2)'s second ground, where a conviction is established and the
#: danger to the community is not, and the bar would otherwise hold (or may hold).
CONVICTION_READING = (
    "Art 33(2)'s second ground is read as its text gives it, with two limbs the returning state "
    'must both establish (a refugee "who, having been convicted by a final judgement of a '
    'particularly serious crime, constitutes a danger to the community"): a conviction for a '
    "particularly serious crime does not by itself show the danger to the community; that it "
    "does is the practice of the United States, which the library holds no source for"
)

#: Each limb of Art 33(2)'s second ground, by the fact that states it: what it says of the person.
_LIMBS = {
    "convicted_particularly_serious_crime": "convicted by a final judgement of a particularly "
    "serious crime",
    "danger_to_community": "a danger to the community of the country",
}


@reads(
    "claim.danger_to_security",
    "claim.serious_crime_danger",
    "claim.convicted_particularly_serious_crime",
    "claim.danger_to_community",
)
def second_ground_open(claim: Claim) -> tuple[str, ...]:
    """Where Art 33(2)'s second ground is raised and not yet established, the limb still open:
    one limb is established (the conviction, or the danger to the community) and the other is not
    stated, nor both at once (``serious_crime_danger``), and no danger to security lifts the bar
    anyway. Like a clause of Art 1F raised and not yet decided, the exception is for the returning
    state to establish, so the bar holds until it is; but only until then, and a finding that the
    open limb holds lifts it, so the return names that limb as what its bar waits on
    (``law.refoulement.pending_determination``). Empty where the ground is not raised (no limb
    established: a danger not stated is not asked of every refugee), or is decided."""
    if claim.danger_to_security or claim.serious_crime_danger is not None:
        return ()
    limbs = {f: getattr(claim, f) for f in _LIMBS}
    if True not in limbs.values():
        return ()
    return tuple([f for f, given in limbs.items() if given is None])


@reads(
    "claim.danger_to_security",
    "claim.serious_crime_danger",
    "claim.convicted_particularly_serious_crime",
    "claim.danger_to_community",
    "held",
)
def art_33_2(claim: Claim, held: Verdict) -> Finding:
    """Art 33(2): a danger to the security of the country; or, having been convicted by a final
    judgment of a particularly serious crime, a danger to the community. The second ground has two
    limbs, and both must hold: a conviction alone does not lift the bar
    (:data:`CONVICTION_READING`). A ground stated true lifts the bar with no weighing of the
    danger against the persecution feared (:data:`PROPORTIONALITY_READING`). ``held``: the
    verdict of the bar (or custom's refugee limb) the exception may lift, without it; the readings
    are named only where they decide, where that bar holds or may hold."""
    security = Verdict.of(claim.danger_to_security)
    if claim.serious_crime_danger is not None:  # the shorthand for both limbs
        convicted_and_dangerous = Verdict.of(claim.serious_crime_danger)
        facts: tuple[str, ...] = ("danger_to_security", "serious_crime_danger")
    else:
        convicted_and_dangerous = Verdict.of(
            claim.convicted_particularly_serious_crime
        ) & Verdict.of(claim.danger_to_community)
        facts = (
            "danger_to_security",
            "convicted_particularly_serious_crime",
            "danger_to_community",
        )
    danger = security | convicted_and_dangerous
    facts = tuple(f for f in facts if getattr(claim, f) is not None)  # those established or not
    element = "Art 33(2): danger to security or the community"
    decides = held is not Verdict.NOT_MET  # the bar holds, or may, but for the exception
    if danger is Verdict.MET:
        which = (
            "a danger to the security of the country"
            if security is Verdict.MET
            else "convicted by a final judgment of a particularly serious crime and a danger to "
            "the community"
        )
        return finding(
            element,
            Verdict.MET,
            # Shared by the Convention bar and custom's refugee limb, which takes the same
            # exceptions; the bars against torture and ill-treatment (CAT art. 3, ICCPR art. 7,
            # ECHR art. 3, custom's torture limb) are absolute (Chahal v UK, 1996, para. 80).
            f"the person is {which}: the exception to refugee non-refoulement applies; the bars "
            "with no exception are not lifted: those against torture and ill-treatment, or an "
            "arbitrary deprivation of life or the death penalty, and OAU Convention art. II(3) "
            'and ACHR art. 22(8) ("in no case")',
            ART_33_2,
            facts=facts,
            role="exception",
            assumptions=(PROPORTIONALITY_READING,) if decides else (),
        )
    reason = "neither ground of Art 33(2) is established"
    if claim.convicted_particularly_serious_crime and claim.danger_to_community is not True:
        reason += (
            "; a conviction for a particularly serious crime lifts the bar only if the person "
            "also constitutes a danger to the community"
        )
    assumptions: tuple[str, ...] = ()
    if danger is Verdict.UNKNOWN:
        reason += (
            "; an exception applies only when the returning state establishes it, so "
            "unknown facts leave the bar in place"
        )
        assumptions = (BURDEN_READING,)
    open_ = second_ground_open(claim)
    if open_:
        shown = next(f for f in _LIMBS if f not in open_)
        reason += (
            f"; its second ground is raised (the person is {_LIMBS[shown]}) but not "
            f"established, {' and '.join(open_)} not being stated: until the returning state "
            f"establishes that the person is also {' and '.join(_LIMBS[f] for f in open_)}, the "
            "exception does not apply, and a finding that they are would make it apply"
        )
    if decides and claim.convicted_particularly_serious_crime:
        assumptions = (*assumptions, CONVICTION_READING)
    return finding(
        element,
        Verdict.NOT_MET,
        reason,
        ART_33_2,
        facts=facts,
        role="exception",
        assumptions=assumptions,
    )


@reads(
    "claim.at_frontier",
    "claim.person.location",
    "claim.person.nationalities",
    "claim.person.habitual_residence",
    "claim.person.other_habitual_residences",
    "claim.under_control_of",
    "by",
    "cite.instrument",
    "cite.provision",
    "on",
    "doctrine.article_33_extraterritorial",
    "doctrine.taiwan_outside_china",
    "doctrine.removal_readings_retrospective",
)
def art_33_reach(claim: Claim, by: str, cite: Citation, on: dt.date, doctrine: Doctrine) -> Finding:
    """Whom art. 33(1) reaches: a refugee in the state's territory or at its frontier; beyond
    them, under its effective control, only on one side of a contested question — "return
    ('refouler')" read as territorial (*Sale v Haitian Centers Council*, 1993: not on the high
    seas), or as binding wherever the state exercises jurisdiction (UNHCR Advisory Opinion on the
    Extraterritorial Application of Non-Refoulement Obligations, 2007). A person at its frontier
    from a third country and under its control there is within its reach if either the frontier
    or the control brings them within it: where the frontier's does not yet show (a return before
    ExCom Conclusion No. 6, the position not taken), the control's reach not shown leaves it
    unknown, never not met. One at its frontier on its own side (``person.location`` the state or
    a territory it holds) is reached, or not, by the frontier alone."""
    territorial = within_territory(claim, by, cite, on, doctrine)
    where = claim.person.location
    if territorial.verdict is Verdict.MET or (
        claim.at_frontier and (where == by or held_territory(where, by, on) is not None)
    ):
        return territorial
    if by not in claim.under_control_of:
        # Elsewhere, and not recorded as held: asked where holding them would reach them (review
        # s39 rt39 F1; law.removal.unheld).
        return unheld(art_33_reach, claim, by, cite, on, doctrine, territorial)
    beyond = _beyond_territory(claim, by, cite, on, doctrine, territorial)
    if beyond.verdict is Verdict.MET or RETROSPECTIVE not in territorial.missing:
        return beyond
    return finding(
        territorial.element,
        Verdict.UNKNOWN,
        f"{territorial.reason}; and {beyond.reason}",
        *dict.fromkeys((*territorial.citations, *beyond.citations)),
        facts=tuple(dict.fromkeys((*territorial.facts, *beyond.facts))),
        missing=tuple(dict.fromkeys((*territorial.missing, *beyond.missing))),
        assumptions=tuple(dict.fromkeys((*territorial.assumptions, *beyond.assumptions))),
    )


#: The position that decides art. 33(1) at the frontier in a return before ExCom Conclusion No. 6
#: (``law.removal.rejected_at_the_frontier``).
RETROSPECTIVE = "doctrine.removal_readings_retrospective"


def _beyond_territory(
    claim: Claim, by: str, cite: Citation, on: dt.date, doctrine: Doctrine, territorial: Finding
) -> Finding:
    """:func:`art_33_reach` for a person under the state's effective control whom its territory
    and frontier do not (or not yet) show within its reach (``territorial``)."""
    element = f"within the reach of {country_name(by, on)}"
    home = claim.person.location
    # On the territorial reading, art. 33(1) reaches them there whether or not it is their own
    # country: not at all. Otherwise which it is decides.
    territorial_reading = doctrine.article_33_extraterritorial is False
    unknown = home_fact(claim)  # which is their own country is not known
    if home is not None and home != by and unknown is not None and not territorial_reading:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person is in {country_name(home, on)} and {home_words(unknown)}: if it is their own "
            "country, "
            "art. 33(1) does not reach them (a refugee is outside it)",
            cite,
            facts=("person.location",),
            missing=(unknown,),
        )
    there = at_home(claim, on, doctrine)  # Greenland for a Dane; Taiwan as the doctrine reads it
    if home is not None and there is None and not territorial_reading:
        agreed = reached_either_way(art_33_reach, claim, by, cite, on, doctrine)
        if agreed is not None:
            # In the territory of China on the one reading, under its control beyond it on the
            # other (art. 33(1) read as extraterritorial): reached on both.
            citations, assumptions = agreed
            return finding(
                element,
                Verdict.MET,
                either_way(home, by, on, "under the effective control of", "art. 33(1)")
                + ", in its territory or under its effective control beyond it alike",
                cite,
                *citations,
                facts=("under_control_of", "person.location"),
                assumptions=assumptions,
            )
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person is in {country_name(home, on)}: whether that is their own country "
            + TAIWAN_CONTESTED
            + ": if it is, art. 33(1) does not reach them (a refugee is outside it)",
            cite,
            GA_2758,
            facts=("under_control_of", "person.location"),
            missing=(TAIWAN_POSITION,),
        )
    # Where whether they have left their own country turns on Taiwan's relation to China, the
    # reading taken decides it, and the result names it.
    reading = (
        (doctrine.position("taiwan_outside_china"),)
        if home is not None
        and not territorial_reading
        and doctrine.taiwan_outside_china is not None
        and taiwan_decides(home, claim.person.countries_of_reference(), on)
        else ()
    )
    # So too the reading of a territory under another State's administration (a Chinese national
    # in Macao before 1999, read as outside China).
    ruled = (
        administered_decides(
            home,
            claim.person.countries_of_reference(),
            on,
            doctrine.taiwan_outside_china is not False,
        )
        if home is not None and not territorial_reading
        else None
    )
    if ruled is not None:
        reading = (*reading, administered_reading(ruled))
    if home is not None and there:
        # Not a question of reach at all: art. 33(1) protects a refugee, and one who has not left
        # the country of nationality (or former habitual residence) is not one, nor "returned" to
        # it (R (European Roma Rights Centre) v Immigration Officer at Prague Airport, 2004).
        return finding(
            element,
            Verdict.NOT_MET,
            f"the person is still in {country_name(home, on)}, their own country: art. 33(1) protects "
            "a refugee, who is outside that country (Art 1A(2)), so it does not reach a person "
            "who has not left it, whoever controls them there (a handover there may still engage "
            "the bars that protect everyone, such as CAT art. 3)"
            + ("" if ruled is None else f" ({administered_words(ruled, on)})"),
            cite,
            ART_1A2,
            facts=("under_control_of", "person.location"),
            assumptions=reading,
        )
    position = doctrine.article_33_extraterritorial
    assume = (doctrine.position("article_33_extraterritorial"), *reading)
    where = outside(claim, by, on)
    for_ = Citation("unhcr-extraterritorial-2007", "")
    against = Citation("sale-v-haitian-centers-council-1993", "holding")
    if position is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person is {where}; whether art. 33(1) binds a state beyond its territory is "
            "contested (Sale v Haitian Centers Council: not on the high seas; UNHCR's Advisory "
            "Opinion of 2007: wherever it exercises jurisdiction): the result shows what turns "
            "on it",
            cite,
            against,
            for_,
            facts=("under_control_of", "person.location"),
            missing=("doctrine.article_33_extraterritorial",),
            assumptions=assume,
        )
    if position:
        return finding(
            element,
            Verdict.MET,
            f"the person is {where}: art. 33(1) binds wherever the state exercises "
            "jurisdiction, including effective control outside its territory",
            cite,
            for_,
            facts=("under_control_of", "person.location"),
            assumptions=assume,
        )
    if TAIWAN_POSITION in territorial.missing:
        # On the territorial reading art. 33(1) reaches whom its territory and frontier reach, and
        # whether the person is there turns on Taiwan's relation to China, on which the doctrine
        # takes no position (in Taiwan under China's control): not "outside its territory".
        return finding(
            element,
            Verdict.UNKNOWN,
            f"{territorial.reason}; on the territorial reading of art. 33(1), control beyond its "
            "territory does not bring them within its reach",
            *territorial.citations,
            against,
            facts=dict.fromkeys((*territorial.facts, "under_control_of")),
            missing=territorial.missing,
            assumptions=dict.fromkeys((*territorial.assumptions, *assume)),
        )
    return finding(
        element,
        Verdict.NOT_MET,
        f"the person is {where}: on the territorial reading of art. 33(1), a state does not "
        "'return' someone it controls outside its territory",
        cite,
        against,
        facts=("under_control_of", "person.location"),
        assumptions=assume,
    )


def convention_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art 33(1): bound, within reach, a refugee (or asylum seeker), at risk of persecution."""
    status = case.status
    return (
        binds,
        reach,
        protected_person(status, positions_relied_on(status)),
        case.risk("persecution"),
    )
