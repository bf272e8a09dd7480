"""Inclusion: Article 1A(2) of the 1951 Convention, as the 1967 Protocol reads it.

    "[any person who] owing to well-founded fear of being persecuted for reasons of race,
    religion, nationality, membership of a particular social group or political opinion, is
    outside the country of his nationality and is unable or, owing to such fear, is unwilling to
    avail himself of the protection of that country; or who, not having a nationality and being
    outside the country of his former habitual residence [...], is unable or, owing to such fear,
    is unwilling to return to it."

Each element is a rule under the words it applies, and returns a :class:`~refugeelaw.Finding`:
being outside the country (below), the feared persecution (:mod:`refugeelaw.law.fear`), the lack
of protection (:mod:`refugeelaw.law.protection`) and the dateline and geographic limitation
(:mod:`refugeelaw.law.limits`). :func:`inclusion` puts them together; the clauses that displace
inclusion (Arts 1C–1F) are rules of their own, in :mod:`refugeelaw.law.status`'s table.
"""

from __future__ import annotations

import datetime as dt

import attrs

from .. import results
from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Claim, Person
from ..logic import Finding, Verdict, finding, reads
from .fear import fear, fear_verdict, feared_persecution, feared_verdict, weighed_elements
from .limits import LIMITS, PRESUMED_CHOICE_READING, Regime, dateline
from .protection import (
    agents_on_own_account,
    answered_by_protection,
    declined_where,
    fears_there,
    lacks_protection,
    rok_reading,
    state_persecutors,
    unanswered_by_state,
    unnamed_persecutors,
    withholding,
)
from .terms import ART_1A2, handbook, harm_path, names
from .territory import (
    GA_2758,
    TAIWAN_CONTESTED,
    TAIWAN_POSITION,
    administered_decides,
    administered_reading,
    administered_words,
    statehood_readings,
    taiwan_decides,
    within_countries,
)
from .together import Together

__all__ = [
    "alienage",
    "best_first",
    "declined_fears",
    "fear_and_protection",
    "fear_and_protection_again",
    "feared_element",
    "in_relation_to_one",
    "inclusion",
    "inclusion_elements",
    "inclusion_verdict",
    "one_residence_suffices",
    "protection_element",
    "residences",
    "weighed_fears",
]


# ---------------------------------------------------------------------------------------------
# "... is outside the country of his nationality ..." / "... not having a nationality and being
# outside the country of his former habitual residence ..."
# ---------------------------------------------------------------------------------------------


# The whole claim and doctrine: for a stateless person in one of several former homes, being
# outside turns on a well-founded fear in another (*Thabet*: :func:`_in_another_home`), which
# weighs each harm's every element (``law.fear.fear``), the harms taken together
# (``Claim.likelihood_of_any``, ``Claim.relocation_from_all``), under the doctrine's every
# position.
@reads("claim", "on", "doctrine")
def alienage(claim: Claim, on: dt.date, doctrine: Doctrine) -> Finding:
    """Outside every country of nationality (a stateless person: of former habitual residence). A
    territory with a code of its own is part of the country it belongs to on ``on``: a Chinese
    national in Hong Kong after 1 July 1997 has not left China. Whether a Chinese national in
    Taiwan has is the position ``doctrine.taiwan_outside_china`` takes (unknown if it takes none).
    A Chinese national in Macao before 20 December 1999 has, Macao read as Portugal's; from 25
    April 1976 that reading is contested, and named where it decides
    (``law.territory.ADMINISTERED_READING``).
    """
    person = claim.person
    element = "outside the country of nationality"
    facts = ["person.location", "person.nationalities"]
    if person.nationalities is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            "the person's nationality is not known, nor so whether they are outside their "
            "country of nationality (or, if stateless, of former habitual residence)",
            ART_1A2,
            facts=facts,
            missing=["person.nationalities", *(["person.location"] if not person.location else [])],
        )
    if person.stateless:
        several = len(person.countries_of_reference()) > 1
        element = (
            "outside every country of former habitual residence"
            if several
            else "outside the country of former habitual residence"
        )
        facts = [
            "person.location",
            "person.habitual_residence",
            *(["person.other_habitual_residences"] if several else []),
        ]
        if person.habitual_residence is None:
            return finding(
                element,
                Verdict.UNKNOWN,
                "the former habitual residence of this stateless person is not known",
                ART_1A2,
                facts=facts,
                missing=["person.habitual_residence"],
            )
    if person.location is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            "where the person now is is not known",
            ART_1A2,
            facts=facts,
            missing=["person.location"],
        )
    references = person.countries_of_reference()
    # Hong Kong and Macao are part of China since 1997 and 1999: either way round, one is the other.
    # Taiwan is, or is not, as the doctrine reads it.
    apart = doctrine.taiwan_outside_china
    # A nationality whose statehood the data dates by a contested reading (Palestine) is read as
    # one on that reading, named.
    taken = statehood_readings(() if person.stateless else references, on)
    decides = taiwan_decides(person.location, references, on)
    if decides:
        if apart is None:
            return finding(
                element,
                Verdict.UNKNOWN,
                f"whether the person, in {country_name(person.location, on)}, is outside "
                f"{names(references, on)} {TAIWAN_CONTESTED}",
                ART_1A2,
                GA_2758,
                facts=facts,
                missing=(TAIWAN_POSITION,),
            )
        taken = (*taken, doctrine.position("taiwan_outside_china"))
    within = within_countries(person.location, references, on, apart is not False)
    # A territory under another State's administration, which a country of reference held part of
    # its territory (Macao and China, from 1976 until 1999), is read as the administering State's:
    # where that decides, the reading is named and the reason says so.
    ruled = administered_decides(person.location, references, on, apart is not False)
    said = ""
    if ruled is not None:
        taken = (*taken, administered_reading(ruled))
        said = f" ({administered_words(ruled, on)})"
    if within is not None and _in_one_of_several_homes(claim, references, doctrine):
        here = country_name(person.location, on) + within
        return _in_another_home(claim, person.location, here, references, on, doctrine, taken)
    if within is not None:
        where = country_name(person.location, on) + within
        if len(person.nationalities or ()) > 1:
            # Art 1A(2), second paragraph: for a person of several nationalities, "the country of
            # his nationality" is each of them; one who is in one of them is not outside it.
            return finding(
                element,
                Verdict.NOT_MET,
                f"the person is in {where}, one of the countries of their nationality: Art 1A(2) "
                "reaches only a person outside the country of nationality, which for a person "
                f"of several nationalities means each of them (second paragraph){said}",
                ART_1A2,
                handbook("106-107"),
                facts=facts,
                assumptions=taken,
            )
        return finding(
            element,
            Verdict.NOT_MET,
            f"the person is still in {where}: the Convention protects only those who have "
            f"crossed an international frontier{said}",
            ART_1A2,
            handbook("88-93"),
            facts=facts,
            assumptions=taken,
        )
    return finding(
        element,
        Verdict.MET,
        f"the person is in {country_name(person.location, on)}, outside {names(references, on)}"
        + (" (Taiwan read as a country other than China)" if decides else "")
        + said,
        ART_1A2,
        facts=facts,
        assumptions=taken,
    )


# ---------------------------------------------------------------------------------------------
# "... the country of his former habitual residence ...": a stateless person who has had more
# than one.
# ---------------------------------------------------------------------------------------------


def _in_one_of_several_homes(claim: Claim, references: tuple[str, ...], doctrine: Doctrine) -> bool:
    """Whether being outside is weighed for a stateless person with several countries of former
    habitual residence, in one of them, in relation to all of them together (*Thabet*):
    :func:`_in_another_home`."""
    stateless = claim.person.stateless
    return stateless and doctrine.return_to_other_residences and len(references) > 1


def _in_another_home(
    claim: Claim,
    location: str,
    here: str,
    references: tuple[str, ...],
    on: dt.date,
    doctrine: Doctrine,
    taken: tuple[str, ...],
) -> Finding:
    """Being outside the country of former habitual residence, for a stateless person in one of
    several former homes, weighed in relation to all of them together (*Thabet v Canada*): met
    where they fear persecution with good reason in another home they have left (Art 1A(2): they
    are outside it "owing to" that fear). *Thabet* then asks that they be unable to return to
    every home, and to the one they are in, that they be unable to remain in it, which its
    protection decides (the protection element). A harm feared in the home they are in, or one
    in a home left that is no well-founded fear of persecution, makes no home left; while the
    fears are not stated, or one in a home left is open, whether they have left one is unknown.
    ``here``: where the person is, in words."""
    element = "outside every country of former habitual residence"
    facts = ["person.location", "person.habitual_residence", "person.other_habitual_residences"]
    taken = (*taken, doctrine.position("return_to_other_residences"))
    if claim.fears is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person is in {here}, one of their countries of former habitual residence: "
            "whether they are outside another whose persecution they fear is not known until "
            "their fears are stated (Thabet)",
            ART_1A2,
            handbook("104"),
            facts=[*facts, "fears"],
            missing=["fears"],
            assumptions=taken,
        )
    left = [c for c in references if within_countries(location, (c,), on) is None]
    elements = weighed_elements(claim, doctrine, on)
    weighed = [
        (country, fear(harm, i, claim, doctrine, on, elements[i]))
        for i, harm in enumerate(claim.fears)
        for country in left
        if within_countries(harm.country, (country,), on) is not None
    ]
    met = [country for country, f in weighed if f.verdict is Verdict.MET]
    if met:
        return finding(
            element,
            Verdict.MET,
            f"the person is outside {country_name(met[0], on)}, a country of former habitual "
            f"residence whose persecution they fear with good reason, and in {here}, another: "
            "whether they can remain there is weighed with its protection, as their return to "
            "each other country is (Thabet)",
            ART_1A2,
            handbook("104"),
            facts=[*facts, "fears"],
            assumptions=taken,
        )
    open_ = [(country, f) for country, f in weighed if f.verdict is Verdict.UNKNOWN]
    if open_:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person is in {here}, one of their countries of former habitual residence: "
            f"whether they are outside another whose persecution they fear (with good reason) "
            f"turns on the harm feared in {names(tuple(dict.fromkeys(c for c, _ in open_)), on)}",
            ART_1A2,
            handbook("104"),
            facts=[*facts, "fears"],
            missing=list(dict.fromkeys(m for _, f in open_ for m in results.missing_facts(f))),
            assumptions=taken,
        )
    return finding(
        element,
        Verdict.NOT_MET,
        f"the person is in {here}, one of their countries of former habitual residence, and fears "
        "persecution with good reason in no other they have left: Art 1A(2) reaches a person "
        "outside the country whose persecution they fear",
        ART_1A2,
        handbook("88-93"),
        facts=[*facts, "fears"],
        assumptions=taken,
    )


def one_residence_suffices(person: Person, doctrine: Doctrine) -> bool:
    """Whether the definition is applied to each of a stateless person's countries of former
    habitual residence in turn, one sufficing (UNHCR Handbook para. 104, paraphrased: the
    definition does not require the criteria to be met in relation to all of them), rather than to
    all of them together, as to a person of several nationalities (*Thabet v Canada*, read under
    ``Doctrine(return_to_other_residences=True)``, which :func:`inclusion_elements` then applies
    through the countries of reference)."""
    return (
        bool(person.other_habitual_residences)
        and not doctrine.return_to_other_residences
        and person.stateless
        and len(person.countries_of_reference()) > 1
    )


def residences(claim: Claim, doctrine: Doctrine) -> tuple[tuple[str, Claim], ...]:
    """Where :func:`one_residence_suffices`, each country of former habitual residence with the
    claim as it stands in relation to that country alone, ``habitual_residence`` first; otherwise
    none. Whether the person is outside is asked of each of these too: a person who fled one
    former home to another has left the first (para. 104), and is still in the second."""
    person = claim.person
    if not one_residence_suffices(person, doctrine):
        return ()
    return tuple(
        [
            (
                country,
                attrs.evolve(
                    claim,
                    person=attrs.evolve(
                        person, habitual_residence=country, other_habitual_residences=frozenset()
                    ),
                ),
            )
            for country in person.countries_of_reference()
        ]
    )


_BEST_FIRST = {Verdict.MET: 0, Verdict.UNKNOWN: 1, Verdict.NOT_MET: 2}


def best_first(verdicts: list[Verdict]) -> int:
    """The index of the best of ``verdicts`` (met, else unknown, else not met; the first of
    equals): the country of former habitual residence a stateless person's status rests on."""
    return min(range(len(verdicts)), key=lambda i: _BEST_FIRST[verdicts[i]])


def in_relation_to_one(
    each: list[tuple[str, Finding]], doctrine: Doctrine, on: dt.date | None = None
) -> Finding:
    """Art 1A(2) for a stateless person with more than one country of former habitual residence,
    under UNHCR Handbook para. 104: met if the definition is met in relation to any one of them
    (``each``: every country with inclusion in relation to it alone). The finding the status rests
    on comes first among the children (see :func:`feared_element`). Each country is named as it
    was on ``on``."""
    verdicts = [f.verdict for _, f in each]
    verdict = Verdict.any(verdicts)
    best = best_first(verdicts)
    ordered = [each[best][1], *[f for i, (_, f) in enumerate(each) if i != best]]
    if verdict is Verdict.MET:
        reason = (
            f"every element of Art 1A(2) is met in relation to {country_name(each[best][0], on)}, "
            "one of the person's countries of former habitual residence: one suffices"
        )
    elif verdict is Verdict.NOT_MET:
        reason = (
            "the definition is met in relation to none of the person's countries of former "
            "habitual residence"
        )
    else:
        reason = (
            "the definition is not met in relation to any of the person's countries of former "
            "habitual residence yet, and is still open in relation to "
            + names(tuple([c for c, f in each if f.verdict is Verdict.UNKNOWN]), on)
        )
    return finding(
        "inclusion (Art 1A(2))",
        verdict,
        reason,
        ART_1A2,
        handbook("104"),
        children=ordered,
        assumptions=[doctrine.position("return_to_other_residences")],
    )


# ---------------------------------------------------------------------------------------------
# Every element must be met.
# ---------------------------------------------------------------------------------------------


def inclusion_elements(
    claim: Claim, doctrine: Doctrine, regime: Regime, on: dt.date
) -> tuple[Finding, Finding, Finding, Finding]:
    """The four elements of Art 1A(2) as ``regime`` reads it on ``on``: outside the country, the
    feared persecution, the lack of protection, and the dateline and geographic limitation
    (Art 1B)."""
    feared, protection = fear_and_protection(claim, doctrine, on)
    return (alienage(claim, on, doctrine), feared, protection, dateline(claim, regime))


def fear_and_protection(claim: Claim, doctrine: Doctrine, on: dt.date) -> tuple[Finding, Finding]:
    """The feared persecution and the lack of protection against it, the two elements of Art
    1A(2) that weigh the fear (:func:`inclusion_elements`' second and third)."""
    feared = feared_persecution(claim, doctrine, on)
    # Each fear's verdict (the protection element reads the fears of a state).
    fears = (
        weighed_fears(claim, feared, False)
        if any(unanswered_by_state(h) for h in claim.fears or ())
        else ()
    )
    persecutors = state_persecutors(claim, on, fears)
    qualifying = _qualifying(persecutors, [f.verdict for f in feared.children])
    withheld = withholding(claim)
    agents = agents_on_own_account(claim)
    there = declined_fears(claim, feared, on)
    # The fears of others a country's protection, found available, answers on Horvath's test.
    answered = answered_by_protection(claim, tuple([f.verdict for f in feared.children]), on)

    def protection_against(
        persecutors: tuple[tuple[str, str, Verdict, tuple[str, ...]], ...],
        unnamed: tuple[tuple[str, str], ...] = (),
    ) -> Finding:
        return lacks_protection(
            claim.person,
            claim.protection,
            persecutors,
            unnamed,
            qualifying,
            withheld,
            agents,
            there,
            on,
            doctrine.taiwan_outside_china,
            answered,
        )

    protection = protection_against(persecutors)
    if protection.verdict is not Verdict.MET and any(
        v is Verdict.UNKNOWN for _, _, v, _ in persecutors
    ):
        # An open fear of a state leaves that country's protection open (and the element, unless
        # another country's protection decides it): asked again with what each such fear still
        # needs, which the finding names (the facts named change, never the verdict).
        persecutors = state_persecutors(claim, on, weighed_fears(claim, feared, True))
        protection = protection_against(persecutors)
    if protection.verdict is not Verdict.MET:
        # Who would inflict a fear that may still qualify can decide the protection element (a
        # persecuting state protects no one, and a well-founded fear of it is a valid reason not
        # to avail of protection it offers): asked again naming those fears.
        unnamed = unnamed_persecutors(claim, tuple([f.verdict for f in feared.children]), on)
        if unnamed:
            protection = protection_against(persecutors, unnamed)
    # A North Korean listed without the ROK's nationality: the reading named where it may decide.
    return feared, rok_reading(claim.person, protection, feared)


def declined_fears(
    claim: Claim, feared: Finding, on: dt.date
) -> tuple[tuple[str, str, Verdict, tuple[str, ...]], ...] | None:
    """The fears stated in a country whose protection is found declined for a valid reason based
    on well-founded fear, each with its verdict (``feared``: the well-founded-fear element) and,
    while open, what it still needs (:func:`~refugeelaw.law.protection.fears_there`)."""
    declined = declined_where(claim, on)
    return fears_there(
        claim,
        on,
        tuple(
            [
                (
                    f.verdict,
                    results.missing_facts(f)
                    if i in declined and f.verdict is Verdict.UNKNOWN
                    else (),
                )
                for i, f in enumerate(feared.children)
            ]
        ),
    )


def inclusion(
    elements: tuple[Finding, ...], country: str | None = None, on: dt.date | None = None
) -> Finding:
    """Art 1A(2): every element must be met (in relation to ``country``, one of a stateless
    person's countries of former habitual residence, where it is given, named as it was on
    ``on``). Where an element other than the limits in time and place fails, the data's
    presumption of the state's Art 1B(1) choice (law.limits.PRESUMED_CHOICE_READING) decides
    nothing: the limits' finding is shown without it."""
    verdict = Verdict.all([e.verdict for e in elements])
    if verdict is Verdict.NOT_MET and any(
        e.element == LIMITS and PRESUMED_CHOICE_READING in e.assumptions for e in elements
    ):
        elements = tuple(
            [
                attrs.evolve(
                    e, assumptions=tuple([a for a in e.assumptions if a != PRESUMED_CHOICE_READING])
                )
                if e.element == LIMITS
                and any(o.verdict is Verdict.NOT_MET for o in elements if o is not e)
                else e
                for e in elements
            ]
        )
    if verdict is Verdict.NOT_MET:
        failed = [e for e in elements if e.verdict is Verdict.NOT_MET]
        if [e.element for e in failed] == [LIMITS] and all(
            e.verdict is Verdict.MET for e in elements if e is not failed[0]
        ):
            # Art 1B(1) limits the Convention "for the purposes of" a state's obligations: the
            # person meets the definition itself, and the limits as they apply here exclude them.
            reason = (
                "every other element of Art 1A(2) is met, but the definition's limits in time or "
                "place, as they apply here (Art 1B(1)), exclude the person"
            )
        else:
            unmet = "; ".join([e.element for e in failed])
            reason = f"an element of Art 1A(2) is not met: {unmet}"
    elif verdict is Verdict.MET:
        reason = "every element of Art 1A(2) is met"
    else:
        reason = "no element of Art 1A(2) fails, but some are not yet known"
    if country is None:
        return finding("inclusion (Art 1A(2))", verdict, reason, ART_1A2, children=elements)
    return finding(
        f"{_IN_RELATION_TO} {country_name(country, on)} (Art 1A(2))",
        verdict,
        reason,
        ART_1A2,
        handbook("104"),
        children=elements,
    )


#: How the inclusion finding in relation to one of several countries of former habitual residence
#: begins (:func:`inclusion`, :func:`in_relation_to_one`).
_IN_RELATION_TO = "inclusion in relation to"


def inclusion_verdict(
    claim: Claim, doctrine: Doctrine, regime: Regime, outside: Finding, on: dt.date
) -> Verdict:
    """What :func:`inclusion` decides of :func:`inclusion_elements`, without their findings (for the
    outcome alone): every element must be met, so the first element not met settles it, and the
    feared persecution, the element that weighs most, is asked last. ``outside`` is
    :func:`alienage`'s finding, which the caller has already."""
    if outside.verdict is Verdict.NOT_MET:
        return outside.verdict
    # A fear of a state persecutor counts as its verdict, as does a fear in a country whose
    # protection is found declined for a valid reason based on fear; only the verdict is asked.
    declined = declined_where(claim, on)
    groups: dict[int, Together | None] = {}  # the harms taken together, once for the claim
    fears = tuple(
        [
            (
                fear_verdict(h, i, claim, doctrine, on, groups)
                if unanswered_by_state(h) or h.actor is None or i in declined
                else Verdict.UNKNOWN,
                (),
            )
            for i, h in enumerate(claim.fears or ())
        ]
    )
    persecutors = state_persecutors(claim, on, fears)
    # A fear the state's protection answers counts as open here: the outcome comes out the same.
    verdicts = [v for v, _ in fears]
    qualifying = _qualifying(persecutors, verdicts)
    protection = lacks_protection(
        claim.person,
        claim.protection,
        persecutors,
        unnamed_persecutors(claim, tuple(verdicts), on),
        qualifying,
        withholding(claim),
        (),
        fears_there(claim, on, fears),
        on,
        doctrine.taiwan_outside_china,
    ).verdict
    if protection is Verdict.NOT_MET:
        return protection
    limits = dateline(claim, regime).verdict
    if limits is Verdict.NOT_MET:
        return limits
    return Verdict.all(
        [outside.verdict, protection, limits, feared_verdict(claim, doctrine, on, groups)]
    )


def weighed_fears(
    claim: Claim, feared: Finding, needs: bool
) -> tuple[tuple[Verdict, tuple[str, ...]], ...]:
    """Each fear's verdict as the well-founded-fear element (``feared``) found it and, with
    ``needs``, what an open fear of a state still needs: what
    :func:`~refugeelaw.law.protection.state_persecutors` reads, for the protection element here
    and for OAU Convention art. I(3) (:func:`refugeelaw.law.oau.each_nationality`)."""
    return tuple(
        [
            (
                f.verdict,
                results.missing_facts(f)
                if needs and f.verdict is Verdict.UNKNOWN and unanswered_by_state(h)
                else (),
            )
            for h, f in zip(claim.fears or (), feared.children, strict=False)
        ]
    )


def _qualifying(
    persecutors: tuple[tuple[str, str, Verdict, tuple[str, ...]], ...], verdicts: list[Verdict]
) -> tuple[str, ...]:
    """The paths of the fears that may still qualify, which the protection element reads where a
    fear of a state is still open (see :func:`refugeelaw.law.protection.protection_of`); none
    where no such fear is."""
    if not any(v is Verdict.UNKNOWN for _, _, v, _ in persecutors):
        return ()
    return tuple([harm_path(i) for i, v in enumerate(verdicts) if v is not Verdict.NOT_MET])


def _rests_on(included: Finding) -> Finding:
    """The inclusion finding whose elements the status rests on: ``included`` itself, or for a
    stateless person with several countries of former habitual residence the finding in relation
    to the best of them (the first child of :func:`in_relation_to_one`)."""
    if included.children and included.children[0].element.startswith(_IN_RELATION_TO):
        return included.children[0]
    return included


def feared_element(included: Finding) -> Finding:
    """The well-founded-fear element of an inclusion finding (the second of its elements, in the
    order :func:`inclusion_elements` gives them)."""
    return _rests_on(included).children[1]


def protection_element(included: Finding) -> Finding:
    """The lack-of-protection element of an inclusion finding (the third of its elements, in the
    order :func:`inclusion_elements` gives them)."""
    return _rests_on(included).children[2]


def fear_and_protection_again(
    claim: Claim, included: Finding, doctrine: Doctrine, on: dt.date
) -> tuple[Finding, Finding]:
    """The feared persecution and the lack of protection (:func:`fear_and_protection`) weighed
    again for ``claim``, the claim some facts of which are read otherwise, where ``included``
    was found: for a stateless person with several countries of former habitual residence, in
    relation to the one the status rests on (:func:`feared_element`)."""
    rests = _rests_on(included)
    for country, alone in residences(claim, doctrine):
        if rests.element == f"{_IN_RELATION_TO} {country_name(country, on)} (Art 1A(2))":
            return fear_and_protection(alone, doctrine, on)
    return fear_and_protection(claim, doctrine, on)
