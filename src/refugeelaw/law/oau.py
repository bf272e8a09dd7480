"""The OAU Convention Governing the Specific Aspects of Refugee Problems in Africa (1969).

    Art. I(2): "The term 'refugee' shall also apply to every person who, owing to external
    aggression, occupation, foreign domination or events seriously disturbing public order in
    either part or the whole of his country of origin or nationality, is compelled to leave his
    place of habitual residence in order to seek refuge in another place outside his country of
    origin or nationality."

A state bound by it applies the wider definition beside Art 1A(2), and art. I(1) restates the 1951
definition without its limits in time and place ("every person who, owing to a well-founded fear
of being persecuted ..."; no dateline, no geographic limitation): where Art 1B limits the 1951
definition as the state reads it, or where a 1951 clause the OAU Convention has no counterpart for
(Art 1D, Art 1E) displaces a status under it, the person may still be a refugee under art. I(1).
The status determination says on which definition the status rests.

    Art. I(3): "In the case of a person who has several nationalities, the term 'a country of
    which he is a national' shall mean each of the countries of which he is a national, and a
    person shall not be deemed to be lacking the protection of the country of which he is a
    national if, without any valid reason based on well-founded fear, he has not availed himself
    of the protection of one of the countries of which he is a national."

For art. I(1) it is the rule of Art 1A(2)'s second paragraph, in the same words save the term
it defines, and the library applies it there as for Art 1A(2)
(:func:`~refugeelaw.law.protection.lacks_protection`). Whether it also qualifies art. I(2), which
speaks of no protection, is a reading (:data:`SEVERAL_NATIONALITIES_READING`), applied by
:func:`each_nationality` and stated wherever it decides.

The texts of art. I(4)(d)-(g) (cessation), I(5) (exclusion) and II(3) (non-refoulement) were
not found in any source read: the library cites them and holds no words for them
(``Provision.wording`` says "text not held"). What it applies under them is its own
reading, stated as an assumption in every finding that relies on it: art. II(3) as a bar on
rejection at the frontier, return or expulsion of any person, refugee or not, who would face
persecution on a Convention ground or a serious threat from the events of art. I(2), with no
exception, though not of a person art. I(5) excludes from the Convention or to whom art. I(4)
says it "shall cease to apply" (a clause raised and not yet decided does not lift it); arts I(4)
and I(5) as the counterparts of the Art 1C and Art 1F facts the library models (I(4)(a)-(c),
whose texts are held, match Art 1C(1)-(3)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

import attrs

from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Cessation, Claim, Exclusion, FlightCause, Harm, Motive, Person, Severity
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .art_1f import art_1f
from .fear import in_country_of_reference
from .inclusion import declined_fears, weighed_fears
from .limits import LIMITS
from .protection import (
    AGENT_READING,
    SVAZAS,
    agents_on_own_account,
    agents_reading_relied,
    answered_by_protection,
    protection_of,
    state_persecutors,
    unnamed_persecutors,
    withholding,
)
from .removal import (
    ReturnCase,
    either_way,
    frontier_undecided,
    harm_exposure,
    home_fact,
    home_unknown,
    in_reach,
    still_at_home,
)
from .terms import harm_path, names
from .territory import (
    GA_2758,
    TAIWAN_CONTESTED,
    TAIWAN_POSITION,
    same_state,
    taiwan_decides,
    taiwan_read,
    taiwan_together,
    within_countries,
)
from .together import Part, in_its_state

__all__ = [
    "AFTER_ADMISSION_READING",
    "COMPELLED_READING",
    "ENDS",
    "OAU_II_3",
    "OAU_I_1",
    "OAU_I_2",
    "OAU_I_3",
    "ORIGIN_READING",
    "RELOCATION_READING",
    "SEVERAL_NATIONALITIES_READING",
    "citing_counterparts",
    "compelled_to_leave",
    "convention_applies",
    "counterparts",
    "each_nationality",
    "events_in_own_country",
    "events_persist",
    "fled_there",
    "oau_bar",
    "oau_clauses",
    "oau_reach",
    "pending_clauses",
    "restated_definition",
    "several_nationalities",
    "sur_place_threats",
    "wider_definition",
]

OAU = "oau-refugee-convention-1969"
OAU_I_1 = Citation(OAU, "I(1)")
OAU_I_2 = Citation(OAU, "I(2)")
OAU_I_3 = Citation(OAU, "I(3)")
OAU_II_3 = Citation(OAU, "II(3)")

#: The library's reading of art. II(3), whose text it does not hold.
II_3_READING = (
    "the text of OAU Convention art. II(3) is not held: the library reads it as barring "
    "rejection at the frontier, return or expulsion of any person (refugee or not) to a threat of "
    "persecution on a Convention ground (art. I(1)) or a serious threat from the events of "
    "art. I(2), with no exception (a person art. I(5) excludes, or to whom art. I(4) says the "
    "Convention shall cease to apply, is outside the Convention altogether; one against whom such "
    "a clause is raised and not yet decided is protected until it is found, exclusion and "
    "cessation being for the state to establish), including rejection at the frontier of a "
    "person who has not yet left the territory of the threat (a measure that would compel them "
    "to remain in it); check the text before relying on this"
)

#: The OAU clause the library applies for each Art 1F and Art 1C fact it models, where the
#: status rests on art. I(2) (the researchers' labels of the clauses whose texts are not held).
OAU_EXCLUSION = {
    Exclusion.ART_1F_A: "I(5)(a)",
    Exclusion.ART_1F_B: "I(5)(b)",
    Exclusion.ART_1F_C: "I(5)(d)",
}
OAU_CESSATION = {
    Cessation.ART_1C_1: "I(4)(a)",
    Cessation.ART_1C_2: "I(4)(b)",
    Cessation.ART_1C_3: "I(4)(c)",
    Cessation.ART_1C_4: "I(4)(d)",
    Cessation.ART_1C_5: "I(4)(e)",
    Cessation.ART_1C_6: "I(4)(e)",
}
CLAUSES_READING = (
    "the texts of OAU Convention arts I(4)(d)-(g) and I(5) are not held: the library applies "
    "the facts it finds under Art 1C and Art 1F to the OAU clauses the research labels as their "
    "counterparts (Art 1C(1)-(3) as I(4)(a)-(c), whose texts are held and match; Art 1C(4) as "
    "I(4)(d); Art 1C(5)-(6) as I(4)(e); Art 1F(a), (b), (c) as I(5)(a), (b), (d)); I(4)(f)-(g), "
    "I(5)(c) and I(6) are not modelled, and Art 1D and Art 1E, which have no counterpart among "
    "them, are not applied to a status resting on art. I(1) or I(2); the compelling-reasons "
    "proviso to Art 1C(5)-(6) is applied to I(4)(e) as Doctrine compelling_reasons reads it for "
    "Art 1C, whether or not I(4)(e)'s text has one"
)

#: The library's position on art. I(4)(f), whose text it does not hold, where the claim states a
#: serious non-political crime that Art 1F(b) does not reach (:func:`after_admission`).
AFTER_ADMISSION_READING = (
    "the text of OAU Convention art. I(4)(f) is not held (the research labels it a cessation "
    "clause: a serious non-political crime after admission) and the library does not weigh it: "
    "a serious non-political crime found against the person but committed in the country of "
    "refuge or after admission (crime_after_admission), which Art 1F(b) and its counterpart "
    "art. I(5)(b) do not reach, is not taken to end the OAU Convention's application to the "
    "person, nor is it asked where the crime was committed; check the text before relying on this"
)


def after_admission(found: Finding) -> Finding:
    """An Art 1F finding weighed for the OAU Convention (a status resting on art. I(1) or I(2), or
    art. II(3)'s bar), where it sets Art 1F(b) aside because the crime relied on was committed in
    the country of refuge or after admission (its facts name ``crime_after_admission``): Art 1F(b)
    does not reach such a crime, but the OAU Convention has a cessation clause of its own for a
    serious non-political crime after admission (art. I(4)(f), as the research labels it), whose
    text the library does not hold and which it does not weigh. The finding names the clause and
    cites it, and states :data:`AFTER_ADMISSION_READING` (the rule that shows it keeps the reading
    only where it decides). Any other finding is returned as it is."""
    if "crime_after_admission" not in found.facts:
        return found
    return attrs.evolve(
        found,
        reason=found.reason
        + "; under the OAU Convention such a crime may instead go to its cessation clause art. "
        "I(4)(f) (a serious non-political crime after admission, as the research labels it; its "
        "text is not held), which the library does not weigh",
        citations=(*found.citations, Citation(OAU, "I(4)(f)")),
        assumptions=(*found.assumptions, AFTER_ADMISSION_READING),
    )


def restated_definition(bound: Finding, elements: Sequence[Finding]) -> Finding:
    """Art. I(1), for a state bound by the OAU Convention (``bound``): "every person who, owing
    to a well-founded fear of being persecuted" for a Convention reason, is outside their country
    and unable or unwilling to avail themselves of its protection, with no dateline and no
    geographic limitation; so Art 1A(2)'s own elements (``elements``, as inclusion found them)
    but the limits of Art 1B."""
    children = (bound, *[e for e in elements if e.element != LIMITS])
    verdict = Verdict.all([e.verdict for e in children])
    reason = {
        Verdict.MET: "every element of the OAU Convention's definition in art. I(1) (the 1951 "
        "definition without its limits in time and place) is met",
        Verdict.NOT_MET: "an element of the OAU Convention's definition in art. I(1) is not met",
        Verdict.UNKNOWN: "whether the OAU Convention's definition in art. I(1) is met is not yet "
        "known",
    }[verdict]
    return finding("OAU Convention art. I(1)", verdict, reason, OAU_I_1, children=children)


@reads("claim.flight_causes")
def compelled_to_leave(claim: Claim) -> Finding:
    """Compelled to leave "owing to external aggression, occupation, foreign domination or events
    seriously disturbing public order": the events need not target the person (no individual
    fear, and no Convention ground, is asked)."""
    element = "compelled to leave owing to aggression, occupation, domination or serious disorder"
    causes = claim.flight_causes
    if causes is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            "what compelled the person to leave is not known",
            OAU_I_2,
            facts=["flight_causes"],
            missing=["flight_causes"],
        )
    if not causes:
        return finding(
            element,
            Verdict.NOT_MET,
            "none of the events of art. I(2) compelled the person to leave",
            OAU_I_2,
            facts=["flight_causes"],
        )
    found = ", ".join(c.value.replace("_", " ") for c in FlightCause if c in causes)
    return finding(
        element,
        Verdict.MET,
        f"the person was compelled to leave owing to {found}",
        OAU_I_2,
        facts=["flight_causes"],
    )


#: The library's reading of art. I(2)'s "is compelled to leave his place of habitual residence" for
#: a person already abroad when the events it names arose, stated where it decides
#: (:func:`wider_definition`: no such event compelled the person to leave, and a fear the claim
#: states arose after they left and may be a serious threat from such events in their country of
#: origin or nationality, every other element of the definition not failing). Whether the
#: definition reaches such a refugee sur place is open: the Refugee Law Reader (section
#: III.2.1.1, "Compelled to flee - a subjective element", read 7 December 2026 at
#: refugeelawreader.org) lists "Does the OAU Convention refugee definition exclude sur-place
#: refugees?" among its main debates, and among its main points that a "strict interpretation of
#: compelled to flee may exclude sur-place OAU Convention refugees", citing A. Edwards, "Refugee
#: Status Determination in Africa", African Journal of International and Comparative Law 14
#: (2006) 228-230; M. Sharpe, "The 1969 African Refugee Convention: Innovations, Misconceptions,
#: and Omissions", McGill Law Journal 58 (2012) 19-26; T. Schreier, "The OAU Refugee Convention
#: Definition" in F. Khan and T. Schreier (eds), Refugee Law in South Africa (2014) 86-88; and
#: M. Rankin, "Extending the Limits or Narrowing the Scope?", South African Journal of Human
#: Rights 21 (2005) 430-431. None of these was read here, so which way each comes down is not
#: said. The library reads the words strictly, and the claim holds no fact for events that arose
#: after the person left (``flight_causes`` records what compelled the flight).
COMPELLED_READING = (
    'OAU Convention art. I(2)\'s "is compelled to leave his place of habitual residence" is read '
    "strictly, as reaching a person whom the events it names compelled to leave, not one already "
    "abroad when they arose whom they compel to remain outside (a refugee sur place under art. "
    "I(2)); whether the definition excludes such a person is an open question in the literature "
    "(the Refugee Law Reader, III.2.1.1, lists it among the main debates), and the claim holds no "
    "fact for events that arose after the person left"
)


def sur_place_threats(claim: Claim, on: dt.date, doctrine: Doctrine) -> tuple[str, ...]:
    """The paths of the fears the claim states that arose after the person left (``sur_place``)
    and that may be a serious threat from the events of art. I(2) (:func:`threatened_by_the_events`,
    the events fled not standing for it) in a country of origin or nationality
    (:func:`~refugeelaw.law.fear.in_country_of_reference`): those on which a reading of art. I(2)
    that reaches a person compelled to remain outside would turn (:data:`COMPELLED_READING`)."""
    paths = []
    for i, harm in enumerate(claim.fears or ()):
        if not harm.sur_place:
            continue
        path = f"fears[{i}]"
        there = in_country_of_reference(harm, path, claim, on, doctrine)
        threat = threatened_by_the_events(
            harm, path, claim.flight_causes, doctrine.fear_threshold, presume=False
        )
        if there.verdict is not Verdict.NOT_MET and threat.verdict is not Verdict.NOT_MET:
            paths.append(path)
    return tuple(paths)


def _strictly(compelled: Finding, paths: tuple[str, ...]) -> Finding:
    """The element "compelled to leave" (``compelled``), not met because no event of art. I(2)
    compelled the person to leave, where fears that arose after they left may be a serious
    threat from such events (``paths``, :func:`sur_place_threats`): the strict reading of the
    words decides, said and named (:data:`COMPELLED_READING`)."""
    return finding(
        compelled.element,
        compelled.verdict,
        f"{compelled.reason}; the fear stated at {', '.join(paths)} arose after the person left "
        "and may be a serious threat from such events: whether art. I(2) reaches a person already "
        "abroad when the events arose, whom they compel to remain outside rather than to leave, "
        'is contested, and the library\'s strict reading of "compelled to leave" decides that it '
        "does not",
        *compelled.citations,
        facts=[*compelled.facts, *(f"{p}.sur_place" for p in paths)],
        assumptions=(COMPELLED_READING,),
    )


#: The library's reading of "his country of origin or nationality" in art. I(2), stated where it
#: decides (:func:`events_in_own_country`: the events took place elsewhere).
ORIGIN_READING = (
    'OAU Convention art. I(2)\'s "country of origin or nationality" is read as the country of '
    "the person's nationality or, for a stateless person, a country of their former habitual "
    "residence (the countries art. I(1) and Refugee Convention art. 1A(2) speak of): events "
    "seriously disturbing public order only in a country where a national of another lived (a "
    "migrant worker who fled the fighting in the country where they worked) do not meet it. "
    'Whether "country of origin" also reaches a national\'s country of habitual residence, or '
    "of birth, is not settled by any source the library has read, and the library does not read "
    "it so"
)


#: The library's reading of "in either part or the whole of his country of origin or
#: nationality" in art. I(2) for a person who could have found safety in another part of that
#: country, stated where it decides (:func:`_relocation_not_asked`: the decision-maker finds a
#: reasonable internal flight alternative, and the events took place in the person's country).
#: Whether an internal flight or relocation alternative applies to the wider definition is one of
#: the main debates the Refugee Law Reader lists (section III.2.1.4, "In whole or in part:
#: existence of an internal flight alternative", read 7 December 2026 at refugeelawreader.org);
#: its main point, after T. Schreier ("The OAU Refugee Convention Definition" in F. Khan and T.
#: Schreier (eds), Refugee Law in South Africa (2014) 85-86), is that it does not, the events
#: needing to occur only "in part" of the country. Those sources were not read here. The review
#: s38 st38 F1: a finding of a reasonable alternative, which defeats art. 1A(2) for a private
#: persecutor, was passed over under art. I(2) with no reading named; review s39 st39 F1: so was
#: an alternative not yet found either way, which the contrary reading would ask before deciding.
RELOCATION_READING = (
    "OAU Convention art. I(2)'s \"in either part or the whole of his country of origin or "
    'nationality" is read as asking no internal flight or relocation alternative: a person whom '
    "events in part of the country compelled to leave is a refugee though another part of it was "
    "or is safe for them; whether an internal flight alternative applies to the wider definition "
    "is debated (the Refugee Law Reader, III.2.1.4, lists it among the main debates, its main "
    "point being that it does not apply), and a State that applies one to art. I(2) would refuse "
    "a person for whom the decision-maker finds a reasonable one, and could not decide for a "
    "person for whom none has yet been found either way"
)


def _relocation_not_asked(place: Finding, claim: Claim, on: dt.date, doctrine: Doctrine) -> Finding:
    """The element "the events in part or the whole of the country" (``place``, met) where the
    decision-maker finds a reasonable internal flight alternative (``Claim.internal_relocation``,
    or ``Harm.internal_relocation`` for a harm feared where the events took place), or has not
    yet found either way whether there is one (the claim's ``None``, and no harm feared there
    found to have none): art. I(2) asks none, on :data:`RELOCATION_READING`, which then decides
    (a reading that asked one would refuse, or wait) and is named (the wider definition drops it
    where another element fails). Not named where none is found (``False``): every reading then
    comes to the same."""
    if place.verdict is not Verdict.MET:
        return place
    there = [
        (f"{harm_path(i)}.internal_relocation", harm.internal_relocation)
        for i, harm in enumerate(claim.fears or ())
        if harm.internal_relocation is not None and fled_there(harm.country, claim, on, doctrine)
    ]
    found = [path for path, value in there if value]
    if claim.internal_relocation:
        found.insert(0, "internal_relocation")
    if found:
        reason = "the decision-maker finds a reasonable internal flight alternative"
    elif claim.internal_relocation is None and not there:
        reason = "whether a reasonable internal flight alternative exists is not found"
    else:
        return place
    return attrs.evolve(
        place,
        reason=f"{place.reason}; {reason}, which art. I(2), reaching events in part of the "
        "country, is read not to ask",
        facts=tuple(dict.fromkeys((*place.facts, *found))),
        assumptions=tuple(dict.fromkeys((*place.assumptions, RELOCATION_READING))),
    )


@reads(
    "claim.flight_events_in",
    "claim.person.nationalities",
    "claim.person.habitual_residence",
    "claim.person.other_habitual_residences",
    "on",
    "doctrine.taiwan_outside_china",
)
def events_in_own_country(claim: Claim, on: dt.date, doctrine: Doctrine) -> Finding:
    """The events "in either part or the whole of his country of origin or nationality", as
    :data:`ORIGIN_READING` reads those words: where the events that compelled the flight took
    place (``Claim.flight_events_in``) is, or is part of, a country of nationality (for a
    stateless person, of former habitual residence). A territory its State holds on ``on`` is
    part of it, by the one comparison of places the rules make
    (:func:`~refugeelaw.law.territory.within_countries`: Hong Kong after 1 July 1997 is China);
    whether Taiwan is part of China is the position ``doctrine.taiwan_outside_china`` takes
    (unknown if it takes none). Events in several countries meet it if one of them is the
    person's: "either part or the whole"."""
    element = "the events in part or the whole of the country of origin or nationality"
    places = claim.flight_events_in
    person = claim.person
    if places is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            "where the events that compelled the person to leave took place is not known",
            OAU_I_2,
            facts=["flight_events_in"],
            missing=["flight_events_in"],
        )
    listed = tuple(sorted(places))
    where = names(listed, on)
    if person.nationalities is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the events took place in {where}, and the person's nationality is not known: "
            "whether that is their country of origin or nationality is not known",
            OAU_I_2,
            facts=["flight_events_in"],
            missing=["person.nationalities"],
        )
    references = person.countries_of_reference()
    own = "former habitual residence" if person.stateless else "nationality"
    if not references:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the events took place in {where}, and the stateless person's country of former "
            "habitual residence is not known",
            OAU_I_2,
            facts=["flight_events_in"],
            missing=["person.habitual_residence"],
        )
    apart = doctrine.taiwan_outside_china
    contested = [p for p in listed if taiwan_decides(p, references, on)]
    weighed = [p for p in listed if apart is not None or p not in contested]
    within = {p: within_countries(p, references, on, apart is not False) for p in weighed}
    inside = [p for p in weighed if within[p] is not None]
    taken = (doctrine.position("taiwan_outside_china"),)
    if inside:
        first = inside[0]
        return finding(
            element,
            Verdict.MET,
            f"the events that compelled the person to leave took place in "
            f"{country_name(first, on)}{within[first]}, their country of {own}",
            OAU_I_2,
            facts=["flight_events_in"],
            assumptions=taken if all(p in contested for p in inside) else (),
        )
    if len(weighed) < len(listed):
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the events took place in {where}: whether that is in {names(references, on)} "
            f"{TAIWAN_CONTESTED}",
            OAU_I_2,
            GA_2758,
            facts=["flight_events_in"],
            missing=(TAIWAN_POSITION,),
        )
    return finding(
        element,
        Verdict.NOT_MET,
        f"the events that compelled the person to leave took place in {where}, not in "
        f"{names(references, on)}, the person's country of {own}: art. I(2) reaches events in "
        "part or the whole of the country of origin or nationality, not events only in a "
        "country where the person lived or stayed",
        OAU_I_2,
        facts=["flight_events_in"],
        assumptions=(ORIGIN_READING, *(taken if contested else ())),
    )


def fled_there(place: str, claim: Claim, on: dt.date, doctrine: Doctrine) -> bool | None:
    """Whether the events that compelled the person to leave took place in ``place`` (or in a
    territory of its State on ``on``, or its State in it), by the comparison
    :func:`events_in_own_country` makes (:func:`~refugeelaw.law.territory.within_countries`):
    ``None`` where where they took place is not known (``Claim.flight_events_in``). Where the
    answer turns on Taiwan's relation to China, ``False``: no reading stands in for the place,
    so the events fled do not stand for a threat there (:func:`threatened_by_the_events`)."""
    places = claim.flight_events_in
    if places is None:
        return None
    if taiwan_decides(place, places, on):
        return False
    return (
        within_countries(place, places, on, doctrine.taiwan_outside_china is not False) is not None
    )


def wider_definition(
    claim: Claim,
    bound: Finding,
    outside: Finding,
    on: dt.date,
    doctrine: Doctrine,
    nationalities: Finding | None = None,
) -> Finding:
    """Art. I(2), for a state bound by the OAU Convention (``bound``): outside the country of
    origin or nationality (``outside``, the finding Art 1A(2) made), compelled to leave by the
    events it names, and those events "in either part or the whole of his country of origin or
    nationality" (:func:`events_in_own_country`; not asked where no such events compelled the
    flight, known); for a person of several nationalities, art. I(3) as the library reads it
    for this definition (``nationalities``, :func:`each_nationality`'s finding: lacking the
    protection of each country of nationality). Where no event compelled the person to leave but
    a fear that arose after they left may be a serious threat from such events, the strict
    reading of "compelled to leave" decides (:data:`COMPELLED_READING`, named unless another
    element fails)."""
    compelled = compelled_to_leave(claim)
    place = (
        ()
        if compelled.verdict is Verdict.NOT_MET
        else (
            _relocation_not_asked(events_in_own_country(claim, on, doctrine), claim, on, doctrine),
        )
    )
    if compelled.verdict is Verdict.NOT_MET:
        after = sur_place_threats(claim, on, doctrine)
        if after:
            compelled = _strictly(compelled, after)
    read = (
        *((compelled,) if compelled.assumptions else ()),
        *place,
        *((nationalities,) if nationalities is not None else ()),
    )
    others = (bound, outside, *(() if compelled.assumptions else (compelled,)))
    # A reading an element relies on (where the events took place; art. I(3)) decides nothing
    # where another element already fails: it is not stated as relied on there (the element is
    # still shown).
    elements = (
        *others,
        *[
            attrs.evolve(e, assumptions=())
            if e.assumptions
            and Verdict.all([o.verdict for o in (*others, *read) if o is not e]) is Verdict.NOT_MET
            else e
            for e in read
        ],
    )
    verdict = Verdict.all([e.verdict for e in elements])
    reason = {
        Verdict.MET: "every element of the OAU Convention's wider definition is met",
        Verdict.NOT_MET: "an element of the OAU Convention's wider definition is not met",
        Verdict.UNKNOWN: "whether the OAU Convention's wider definition is met is not yet known",
    }[verdict]
    return finding("OAU Convention art. I(2)", verdict, reason, OAU_I_2, children=elements)


#: The library's reading of art. I(3) for the wider definition, stated wherever it decides
#: (:func:`each_nationality`).
SEVERAL_NATIONALITIES_READING = (
    "OAU Convention art. I(3) is read to qualify the wider definition of art. I(2) as well as "
    "art. I(1); no source read says whether it does: its words follow Refugee Convention "
    "art. 1A(2), second paragraph, which qualifies the 1951 definition, but the term it defines "
    '("a country of which he is a national") is found in neither art. I(1) ("the country of his '
    'nationality") nor art. I(2) ("his country of origin or nationality"), and it speaks of '
    '"lacking the protection", which art. I(1) asks and art. I(2) does not. Read so, a person of '
    "several nationalities is a refugee under art. I(2) only if lacking the protection of each "
    "of them, and is not lacking it who, without any valid reason based on well-founded fear, "
    "has not availed himself of the protection of one of them; a serious threat from the events "
    "of art. I(2) in a country of nationality is such a reason, as is a well-founded fear of "
    "persecution its protection does not answer; and every country of nationality is weighed, "
    "the one where the events the person fled took place included (those events do not stand "
    "for a present threat there)"
)


def several_nationalities(person: Person) -> bool:
    """Whether the person is known to have more than one nationality: art. I(3)'s case."""
    return len(person.nationalities or ()) > 1


def each_nationality(
    claim: Claim, feared: Finding, doctrine: Doctrine, on: dt.date
) -> Finding | None:
    """Art. I(3) for the wider definition of art. I(2), as :data:`SEVERAL_NATIONALITIES_READING`
    reads it: a person of several nationalities lacks the protection of each country of
    nationality, that country's protection being unavailable, or refused for "any valid reason
    based on well-founded fear". Each country's protection is weighed by the rule Art 1A(2)'s
    second paragraph applies (:func:`~refugeelaw.law.protection.protection_of`; ``feared``: the
    well-founded-fear element Art 1A(2) found, whose verdicts say which fears of a state may be
    such a reason); a serious threat from the events of art. I(2) there
    (:func:`threatened_by_the_events`, the events fled not standing for it: a reading may not
    grant a status a fact, once given, would deny) is one too. ``None``: the person does not
    have several nationalities, known."""
    person = claim.person
    if not several_nationalities(person):
        return None
    fears = weighed_fears(claim, feared, True)
    persecutors = state_persecutors(claim, on, fears)
    unnamed = unnamed_persecutors(claim, tuple([v for v, _ in fears]), on)
    withheld, agents = withholding(claim), agents_on_own_account(claim)
    there = declined_fears(claim, feared, on)
    of_others = answered_by_protection(claim, tuple([v for v, _ in fears]), on)
    each = []
    for country in person.countries_of_reference():
        own = tuple([p for p in persecutors if p[0] == country])
        stated = claim.protection.get(country)
        # Art 1A(2)'s rule for this country, with the wider definition always left to qualify
        # (``others``): an open fear of this state does not stand for its protection failing.
        protection = protection_of(
            country,
            stated,
            tuple([(path, v, needs) for _, path, v, needs in own]),
            tuple([path for where, path in unnamed if where == country]),
            False,
            True,
            tuple([path for _, path, _, _ in own if path in withheld]),
            True,
            None
            if there is None
            else tuple([(path, v, needs) for where, path, v, needs in there if where == country]),
            on,
            doctrine.taiwan_outside_china,
            tuple([path for where, path in of_others if where == country]),
        )
        relied = agents_reading_relied(protection.verdict, claim.protection, own, withheld, agents)
        each.append(
            _lacking(country, protection, _events_in(country, claim, doctrine, on), relied, on)
        )
    verdict = Verdict.all([c.verdict for c in each])
    if verdict is Verdict.NOT_MET:
        answered = [
            c for c, f in zip(person.countries_of_reference(), each, strict=True)
            if f.verdict is Verdict.NOT_MET
        ]  # fmt: skip
        reason = (
            f"{names(tuple(answered), on)} {'offer' if len(answered) > 1 else 'offers'} protection "
            "the person could use, and they have no valid reason based on well-founded fear not "
            "to avail themselves of it: a person of "
            "several nationalities is not lacking the protection of the country of which they "
            "are a national"
        )
    elif verdict is Verdict.MET:
        reason = (
            "the person lacks the protection of each of their countries of nationality: each "
            "country's protection is unavailable, or they have a valid reason based on "
            "well-founded fear not to avail themselves of it"
        )
    else:
        reason = (
            "whether the person could avail themselves of the protection of one of their "
            "countries of nationality is not yet known"
        )
    return finding(
        "lacking the protection of each country of nationality (art. I(3))",
        verdict,
        reason,
        OAU_I_3,
        children=each,
        # Where the element is met, the other reading (art. I(3) not reaching art. I(2)) gives
        # the same: the reading decides nothing.
        assumptions=(SEVERAL_NATIONALITIES_READING,) if verdict is not Verdict.MET else (),
    )


def _lacking(
    country: str, protection: Finding, events: Finding, relied: bool, on: dt.date
) -> Finding:
    """One country of nationality, for :func:`each_nationality`: its protection, as Art 1A(2)'s
    rule finds it (``relied``: on :data:`~refugeelaw.law.protection.AGENT_READING`), or a serious
    threat from the events of art. I(2) there (``events``), the country named as it was on
    ``on``."""
    name = country_name(country, on)
    verdict = protection.verdict | events.verdict
    if events.verdict is Verdict.MET:
        reason = (
            f"the events of art. I(2) seriously threaten the person in {name}: a valid reason "
            "based on well-founded fear not to avail themselves of its protection"
        )
    elif protection.verdict is Verdict.MET:
        reason = f"the person cannot use the protection of {name} ({protection.reason})"
    elif verdict is Verdict.NOT_MET:
        reason = (
            f"{name} offers protection the person could use, and no serious threat from the "
            "events of art. I(2) there is shown: without any valid reason based on well-founded "
            "fear, the person has not availed themselves of it"
        )
    else:
        reason = (
            f"whether the person could avail themselves of the protection of {name} is not yet "
            "known"
        )
    agent = relied and events.verdict is not Verdict.MET
    return finding(
        f"lacking the protection of {name}",
        verdict,
        reason,
        OAU_I_3,
        *((SVAZAS,) if agent else ()),
        children=(protection, events),
        assumptions=(AGENT_READING,) if agent else (),
    )


def _events_in(country: str, claim: Claim, doctrine: Doctrine, on: dt.date) -> Finding:
    """Whether the events of art. I(2) seriously threaten the person in ``country``
    (:func:`threatened_by_the_events`, the events fled not standing for the threat): a valid
    reason based on well-founded fear not to avail themselves of its protection, as
    :data:`SEVERAL_NATIONALITIES_READING` reads art. I(3)."""
    name = country_name(country, on)
    element = f"a serious threat from the events of art. I(2) in {name}"
    if claim.fears is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            "what harm, if any, the person fears is not known",
            OAU_I_3,
            facts=["fears"],
            missing=["fears"],
        )

    def threat(harm: Harm, path: str) -> Finding:
        return threatened_by_the_events(
            harm, path, claim.flight_causes, doctrine.fear_threshold, presume=False
        )

    threats = tuple(
        _taken_together(
            claim,
            doctrine,
            on,
            {
                i: threat(harm, harm_path(i))
                for i, harm in enumerate(claim.fears)
                if same_state(harm.country, country, on)
            },
            threat,
        ).values()
    )
    verdict = Verdict.any([t.verdict for t in threats])
    reason = {
        Verdict.MET: f"the events of art. I(2) seriously threaten the person in {name}",
        Verdict.NOT_MET: f"no serious threat from the events of art. I(2) in {name} is shown"
        if threats
        else f"the person fears no harm in {name}",
        Verdict.UNKNOWN: f"whether the events of art. I(2) seriously threaten the person in "
        f"{name} is not yet known",
    }[verdict]
    return finding(
        element,
        verdict,
        reason,
        OAU_I_3,
        facts=["fears", *[f"{harm_path(i)}.country" for i in range(len(claim.fears))]],
        children=threats,
    )


@reads(
    "harm.severity",
    "harm.likelihood",
    "harm.reasons",
    "harm.country",
    "path",
    "causes",
    "threshold",
    "presume",
)
def threatened_by_the_events(
    harm: Harm,
    path: str,
    causes: frozenset[FlightCause] | None,
    threshold: float,
    presume: bool | None = True,
) -> Finding:
    """A serious threat from the events of art. I(2) (the library's reading of art. II(3), whose
    text it does not hold): serious harm, likely enough, that the events would inflict. The test
    looks forward: harm feared from generalised violence is harm from "events seriously
    disturbing public order", whatever made the person leave; harm feared for other reasons only
    (a prosecution, a private feud) is not a threat from the events, though the person fled them;
    where the reasons are not known, the events that compelled the flight are taken to be what
    threatens the person on return to the country where they took place (``presume``: the harm
    is feared there, :func:`fled_there`; ``None``: where they took place is not known, and so
    is whether they threaten until it is), and where none compelled it, whether the events
    threaten is not known until the reasons are (the test looks forward: events may threaten a
    person who did not flee them). Where the events fled took place elsewhere than the harm is
    feared (``presume`` false), or for cessation, where no reading may stand in for a fact
    (:func:`events_persist`), the events fled do not stand for the threat, and where the reasons
    are not known, whether the events threaten is not known until they are."""
    violence = Motive.GENERALISED_VIOLENCE in harm.reasons
    other = bool(harm.reasons) and not violence
    facts = [f"{path}.severity", f"{path}.likelihood", f"{path}.reasons"]
    if not harm.reasons and presume is not False:
        facts.append("flight_causes")
        if causes is None or causes:
            facts.append("flight_events_in")
    unexplained = not harm.reasons and (presume is False or (causes is not None and not causes))
    grave = (
        Verdict.UNKNOWN if harm.severity is None else Verdict.of(harm.severity >= Severity.SERIOUS)
    )
    likely = (
        Verdict.UNKNOWN if harm.likelihood is None else Verdict.of(harm.likelihood >= threshold)
    )
    if violence:
        events = Verdict.MET
    elif other:
        events = Verdict.NOT_MET
    else:
        events = Verdict.MET if causes and presume is True else Verdict.UNKNOWN
    verdict = grave & likely & events
    # What would decide the events: the reasons, where the events fled cannot stand for them;
    # else what compelled the flight, and where it took place, as far as they are not known.
    opened = (
        [f"{path}.reasons"]
        if unexplained
        else [
            *(["flight_causes"] if causes is None else []),
            *(["flight_events_in"] if presume is None else []),
        ]
    )
    missing = [
        *([f"{path}.severity"] if harm.severity is None else []),
        *([f"{path}.likelihood"] if harm.likelihood is None else []),
        *(opened if events is Verdict.UNKNOWN else []),
    ]
    # Where the reasons are not known, the events the person fled stand for what threatens on
    # return there: a reading, named as one (the reasons, once given, may show another cause).
    presumed = not harm.reasons and bool(causes) and presume is True
    words = {
        Verdict.MET: "a serious threat from the events of art. I(2)",
        Verdict.NOT_MET: "the harm is feared for reasons other than the events of art. I(2)"
        if other
        else "no serious threat from the events of art. I(2) is shown",
        Verdict.UNKNOWN: "not yet known whether the events of art. I(2) threaten the person "
        "seriously",
    }[verdict]
    return finding(
        path,
        verdict,
        words,
        OAU_II_3,
        facts=facts,
        missing=missing,
        assumptions=(FLED_EVENTS_READING,) if presumed and verdict is not Verdict.NOT_MET else (),
    )


def events_persist(claim: Claim, regional: Finding, doctrine: Doctrine, on: dt.date) -> Finding:
    """Whether the circumstances in connexion with which a status under art. I(2) (``regional``:
    that definition's finding, met or not yet known) was recognised persist, for Art 1C(5)-(6)
    read as its counterpart art. I(4)(e) (:data:`CLAUSES_READING`): cessation mirrors the grant
    (*Abdulla*, CJEU 2010; UNHCR Handbook para. 135), and the grant under art. I(2) rests on the
    events it names, not on a fear for a Convention reason. They persist while those events
    seriously threaten the person in a country of origin or nationality
    (:func:`~refugeelaw.law.fear.in_country_of_reference`), by the forward-looking test art. II(3)
    applies (:func:`threatened_by_the_events`), the harms feared in one country taken together as
    there (:func:`_taken_together`: the threat is of harm from the events in any of the forms
    feared); as there, and as in the definition, neither the
    protection of that country nor relocation within it is weighed; unlike there, the events the
    person fled do not stand for the threat where the reasons for the harm are not known (a
    reading may keep a person from return; it may not keep a status that a fact, once given,
    would end). A status that may rest on
    art. I(2) (``regional`` not yet known) may rest on these circumstances: the verdict is
    ``regional``'s and the threat's together."""
    element = "a serious threat from the events of art. I(2) persists"
    cites = (OAU_I_2, Citation(OAU, "I(4)(e)"))
    pending = (regional,) if regional.verdict is not Verdict.MET else ()
    if claim.fears is None and regional.verdict is not Verdict.NOT_MET:
        return finding(
            element,
            Verdict.UNKNOWN,
            "what harm, if any, the person fears is not known",
            *cites,
            facts=["fears"],
            missing=["fears"],
            children=pending,
            assumptions=(CLAUSES_READING,),
        )
    there = {
        i: _threat_there(harm, harm_path(i), claim, doctrine, on)
        for i, harm in enumerate(claim.fears or ())
    }
    threats = tuple(
        _taken_together(
            claim,
            doctrine,
            on,
            there,
            lambda harm, path: _threat_there(harm, path, claim, doctrine, on),
        ).values()
    )
    threat = Verdict.any([t.verdict for t in threats])
    verdict = regional.verdict & threat
    reason = {
        Verdict.MET: "the events of art. I(2), in connexion with which the status under it was "
        "recognised, still seriously threaten the person",
        Verdict.NOT_MET: "the status does not rest on art. I(2)"
        if regional.verdict is Verdict.NOT_MET
        else "the events of art. I(2) no longer seriously threaten the person"
        if claim.fears
        else "the person fears no harm",
        Verdict.UNKNOWN: "whether the events of art. I(2) still seriously threaten the person, "
        "on whose definition the status may rest, is not yet known",
    }[verdict]
    return finding(
        element,
        verdict,
        reason,
        *cites,
        facts=["fears"],
        children=(*pending, *threats),
        assumptions=(CLAUSES_READING,),
    )


def _threat_there(harm: Harm, path: str, claim: Claim, doctrine: Doctrine, on: dt.date) -> Finding:
    """One feared harm, for :func:`events_persist`: feared in a country of origin or nationality,
    and a serious threat from the events of art. I(2) there."""
    parts = (
        in_country_of_reference(harm, path, claim, on, doctrine),
        threatened_by_the_events(
            harm, path, claim.flight_causes, doctrine.fear_threshold, presume=False
        ),
    )
    verdict = Verdict.all([p.verdict for p in parts])
    return finding(
        f"{path}: {harm.description}",
        verdict,
        {
            Verdict.MET: "a serious threat from the events of art. I(2) in a country of origin "
            "or nationality",
            Verdict.NOT_MET: "not a serious threat from the events of art. I(2) in a country of "
            "origin or nationality",
            Verdict.UNKNOWN: "whether this is a serious threat from the events of art. I(2) is "
            "not yet known",
        }[verdict],
        OAU_I_2,
        children=parts,
    )


def _taken_together(
    claim: Claim,
    doctrine: Doctrine,
    on: dt.date,
    tested: Mapping[int, Finding],
    test: Callable[[Harm, str], Finding],
) -> dict[int, Finding]:
    """The threat from the events of art. I(2) in each feared harm (``tested``: by place in
    ``fears``, ``test(harm, path)`` on it), the harms feared in one State taken together
    (:func:`~refugeelaw.law.together.weigh`), as art. II(3) takes them
    (``law.removal.each_fear``) and Art 1A(2) its fear: the events threaten the person with harm
    in any of the forms feared, so harms each a serious threat from the events but for a
    likelihood below the threshold may together reach it (their chance lies between the likeliest
    alone and their likelihoods added; ``Claim.likelihood_of_any`` assesses it). A harm that
    fails alone only on its likelihood, and would otherwise be such a threat (``test`` on it
    were it certain to happen) or may be, has in place of its finding the one on them all."""
    threshold = doctrine.fear_threshold
    fears = claim.fears or ()
    below = [
        i
        for i, found in tested.items()
        if found.verdict is Verdict.NOT_MET and 0 < (fears[i].likelihood or 0) < threshold
    ]
    parts = []
    for i in below:
        harm = fears[i]
        # Feared in one State with another, on some reading of Taiwan (weighed below).
        if not any(j != i and same_state(fears[j].country, harm.country, on, False) for j in below):
            continue
        # The harm as the threat would be found were it certain to happen: every other condition.
        certain = test(attrs.evolve(harm, likelihood=1.0), harm_path(i))
        parts.append(Part(i, harm, certain.verdict, Verdict.NOT_MET, findings=(certain,)))
    weighed = dict(tested)
    if len(parts) < 2:
        return weighed
    # Taiwan and China one State or two as the doctrine reads Taiwan; asked where it decides.
    read = taiwan_together(parts, claim, threshold, on, doctrine)
    for i in dict.fromkeys(i for found in read.values() for i in found):
        weighed[i] = taiwan_read(
            {
                apart: in_its_state(
                    tested[i],
                    i,
                    found.get(i),
                    threshold,
                    on,
                    claim,
                    (OAU_II_3,),
                    "harm from the events of art. I(2)",
                    "threat",
                )
                for apart, found in read.items()
            },
            doctrine,
        )
    return weighed


#: The reading :func:`threatened_by_the_events` applies where the reasons for a harm are not known
#: and events of art. I(2) compelled the person's flight.
FLED_EVENTS_READING = (
    "where the reasons for a harm feared on return are not known, the events of art. I(2) that "
    "compelled the person to leave are read as what threatens them in the country where they "
    "took place (art. II(3) as the library reads it): reasons given for the harm other than "
    "generalised violence would show another cause, and the bar would then rest on persecution "
    "alone"
)


def oau_risk(case: ReturnCase) -> Finding:
    """The threat art. II(3) covers, as the library reads it (its text is not held): persecution
    on a Convention ground (art. I(1)) or a serious threat from the events of art. I(2)."""
    claim = case.claim
    persecution = case.risk("persecution (custom)")
    events = harm_exposure(
        case,
        "a threat for the reasons of art. I(2)",
        lambda h, path: threatened_by_the_events(
            h,
            path,
            claim.flight_causes,
            case.doctrine.fear_threshold,
            fled_there(h.country, claim, case.on, case.doctrine),
        ),
        OAU_II_3,
        case.doctrine.fear_threshold,
    )
    verdict = persecution.verdict | events.verdict
    return finding(
        "threat for the reasons of art. I(1) or I(2) (art. II(3))",
        verdict,
        {
            Verdict.MET: "the person would be threatened for the reasons of art. I(1) or I(2)",
            Verdict.NOT_MET: "no threat for the reasons of art. I(1) or I(2) is shown",
            Verdict.UNKNOWN: "whether there is a threat for the reasons of art. I(1) or I(2) is "
            "not yet known",
        }[verdict],
        OAU_II_3,
        children=(persecution, events),
        assumptions=(II_3_READING,),
    )


def oau_reach(claim: Claim, by: str, cite: Citation, on: dt.date, doctrine: Doctrine) -> Finding:
    """Who art. II(3) reaches, as the library reads it (its text is not held): whoever the state's
    jurisdiction reaches (:func:`~refugeelaw.law.removal.in_reach`), and a person at its frontier
    who is still in their own country — rejection at the frontier that would compel a person to
    remain where they are threatened is a measure the article names, though it is not
    "return" under Refugee Convention art. 33(1)."""
    where = claim.person.location
    if where is not None and frontier_undecided(claim, by, on, doctrine):
        return finding(
            f"within the reach of {country_name(by, on)}",
            Verdict.MET,
            either_way(where, by, on, "at the frontier of", "the article"),
            cite,
            GA_2758,
            facts=("at_frontier", "person.location"),
            assumptions=(II_3_READING,),
        )
    if where is not None and home_unknown(claim, by, on, doctrine):
        why = (
            "not known"
            if home_fact(claim) is not None
            else "it turns on Taiwan's relation to China"
        )
        return finding(
            f"within the reach of {country_name(by, on)}",
            Verdict.MET,
            f"the person is at the frontier of {country_name(by, on)}, in {country_name(where, on)}: "
            f"whether or not it is their own country ({why}), the article reaches them "
            "there, by rejection at the frontier or by return",
            cite,
            facts=("at_frontier", "person.location"),
            assumptions=(II_3_READING,),
        )
    if claim.at_frontier and where is None:
        return finding(
            f"within the reach of {country_name(by, on)}",
            Verdict.MET,
            f"the person is at the frontier of {country_name(by, on)}, where is not known: still in "
            "their own country or having left it, the article reaches them there, by rejection "
            "at the frontier or by return",
            cite,
            facts=("at_frontier",),
            assumptions=(II_3_READING,),
        )
    if where is not None and still_at_home(claim, by, on, doctrine):
        return finding(
            f"within the reach of {country_name(by, on)}",
            Verdict.MET,
            f"the person is at the frontier of {country_name(by, on)}, still in {country_name(where, on)}: "
            "rejecting them there would compel them to remain in the territory they seek to leave",
            cite,
            facts=("at_frontier", "person.location"),
            assumptions=(II_3_READING,),
        )
    return in_reach(claim, by, cite, on, doctrine)


def oau_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. II(3) as the library reads it: bound, within reach (rejection at the frontier
    included), a person the Convention applies to (arts I(4), I(5): :func:`convention_applies`),
    and a threat for the reasons of art. I(1) or I(2), whatever the person's status otherwise."""
    return (binds, reach, convention_applies(case), oau_risk(case))


#: The element of art. II(3)'s bar that asks whether the Convention applies to the person at all
#: (:func:`convention_applies`).
APPLIES = "a person the OAU Convention applies to (arts I(4), I(5))"

#: The clause each finding :func:`convention_applies` weighs stands for, and its article.
ENDS = (("exclusion", "I(5)"), ("cessation", "I(4)"))


def convention_applies(case: ReturnCase) -> Finding:
    """Arts I(4) and I(5): "This Convention shall cease to apply to any refugee if" one of the
    circumstances of art. I(4) occurs (the words of its chapeau and of I(4)(a)-(c) are held), and
    by art. I(5) it does not apply to a person the country of asylum has serious reasons for
    considering to have committed what its clauses name (its text is not held); art. II(3) is a
    provision of the Convention, so it does not protect such a person either. The library applies
    the Art 1F and Art 1C facts it finds as their counterparts (:data:`CLAUSES_READING`, by
    :func:`counterparts`, as the status does: :func:`oau_clauses`): Art 1F as the return's own
    determination weighs it, Art 1C as the returning state weighs it for the status it determines
    with the OAU Convention (Art 1C(5)-(6), read as art. I(4)(e), weighing the threat from the
    events of art. I(2) beside the fear: ``case.risk("cessation (OAU)")``). Like art. 33(1)'s,
    the protection holds for a person against whom such a clause is raised and not yet decided:
    exclusion and cessation are for the state to establish (:data:`II_3_READING`), and what the
    bar then rests on is the return's to name (:func:`pending_clauses`). Where no clause it
    weighs ends the Convention's application but Art 1F(b) is set aside for a crime committed in
    the country of refuge or after admission, art. I(4)(f), which it does not weigh, is named
    (:func:`after_admission`)."""
    excluded = art_1f(case.claim, case.status.inclusion, case.doctrine, case.on)
    ceased = case.risk("cessation (OAU)")
    weighed = (citing_counterparts(excluded), citing_counterparts(ceased))
    ending = [f for f in weighed if f.verdict is Verdict.MET]
    if ending:
        pinpoints = counterparts(ending)
        words = []
        if excluded.verdict is Verdict.MET:
            words.append(
                "the Convention does not apply to a person excluded under "
                + ", ".join(f"art. {p}" for p in pinpoints if p.startswith("I(5)"))
            )
        if ceased.verdict is Verdict.MET:
            words.append(
                'the Convention "shall cease to apply" to the person under '
                + ", ".join(f"art. {p}" for p in pinpoints if p.startswith("I(4)"))
            )
        return finding(
            APPLIES,
            Verdict.NOT_MET,
            "; ".join(words)
            + ", and art. II(3) with it; the bars against torture and ill-treatment, which know "
            "no exclusion or cessation, remain",
            *(Citation(OAU, p) for p in pinpoints),
            children=weighed,
            assumptions=(CLAUSES_READING,),
        )
    open_ = [
        kind for (kind, _), f in zip(ENDS, weighed, strict=True) if f.verdict is Verdict.UNKNOWN
    ]
    # No clause the library weighs ends the Convention's application; one it does not weigh may,
    # for a crime Art 1F(b) does not reach (AFTER_ADMISSION_READING).
    weighed = (after_admission(weighed[0]), weighed[1])
    return finding(
        APPLIES,
        Verdict.MET,
        "no exclusion (art. I(5)) or cessation (art. I(4)) is established"
        + (
            f": whether the {' and the '.join(open_)} raised "
            f"{'apply' if len(open_) > 1 else 'applies'} is not yet decided, and until "
            f"{'one is' if len(open_) > 1 else 'it is'} found the protection holds"
            if open_
            else ""
        ),
        Citation(OAU, "I(4)"),
        Citation(OAU, "I(5)"),
        children=weighed,
        assumptions=(CLAUSES_READING, *((II_3_READING,) if open_ else ())),
    )


def citing_counterparts(found: Finding) -> Finding:
    """An Art 1F or Art 1C finding weighed for the OAU Convention (art. II(3)'s bar, or a status
    resting on art. I(1) or I(2)), citing too the OAU clauses it stands for (:func:`counterparts`):
    a question that waits on it names the clause that decides it (art. I(5)(d) for Art 1F(c),
    whose tests differ: :data:`CLAUSES_READING`), not the 1951 clause alone."""
    more = [Citation(OAU, p) for p in counterparts([found])]
    if not more:
        return found
    return attrs.evolve(found, citations=(*found.citations, *more))


def pending_clauses(bar: Finding) -> tuple[tuple[str, Finding], ...]:
    """Where art. II(3)'s bar (``bar``: as the return found it) holds only because an exclusion
    (art. I(5)) or a cessation (art. I(4)) is raised against the person and not yet decided
    (:func:`convention_applies`), each such clause, as ``(article, finding)``: the protection
    lasts only until it is decided, and a finding that it applies ends it. Empty where the bar's
    protection rests on no undecided clause."""
    applies = bar.find(APPLIES)
    if applies is None or applies.verdict is not Verdict.MET:
        return ()
    return tuple(
        [
            (article, f)
            for (_, article), f in zip(ENDS, applies.children, strict=True)
            if f.verdict is Verdict.UNKNOWN
        ]
    )


def counterparts(applying: Sequence[Finding]) -> list[str]:
    """The OAU clauses (arts I(4) and I(5), :data:`CLAUSES_READING`) matching the Art 1F and Art
    1C clauses that apply, as their findings (``applying``) cite them, in order."""
    cited = {c for found in applying for c in found.citations}
    return list(
        dict.fromkeys(
            [OAU_EXCLUSION[c] for c in Exclusion if c.citation in cited]
            + [OAU_CESSATION[c] for c in Cessation if c.citation in cited]
        )
    )


def oau_clauses(applying: Sequence[Finding], pinpoint: str = "I(2)") -> Finding:
    """Arts I(4) and I(5) for a status resting on art. I(1) or I(2) (``pinpoint``): the OAU
    clauses matching the Art 1C and Art 1F clauses that apply (``applying``: their findings)."""
    pinpoints = counterparts(applying)
    element = "OAU Convention arts I(4) and I(5) (cessation and exclusion)"
    if not pinpoints:
        return finding(
            element,
            Verdict.NOT_MET,
            "no cessation or exclusion clause the library models applies",
            Citation(OAU, "I(4)"),
            Citation(OAU, "I(5)"),
            assumptions=(CLAUSES_READING,),
            facts=["exclusion", "cessation"],
        )
    return finding(
        element,
        Verdict.MET,
        f"the status under art. {pinpoint} is displaced by OAU Convention "
        + ", ".join(f"art. {p}" for p in pinpoints),
        *(Citation(OAU, p) for p in pinpoints),
        assumptions=(CLAUSES_READING,),
        facts=["exclusion", "cessation"],
    )
