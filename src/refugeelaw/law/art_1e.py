"""Art 1E: persons with the rights of nationals in their country of residence.

"This Convention shall not apply to a person who is recognized by the competent authorities of
the country in which he has taken residence as having the rights and obligations which are
attached to the possession of the nationality of that country."
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Claim, Harm
from ..logic import Finding, Verdict, finding, missing_facts, reads
from ..sources import Citation
from ..sources.territories import administered, administered_places, as_claimed
from .fear import fear_elements, together_elements
from .inclusion import one_residence_suffices
from .protection import ROK_NATIONALITY_READING, unprotected_there
from .terms import ART_1A2, harm_path
from .territory import (
    GA_2758,
    TAIWAN_CONTESTED,
    TAIWAN_POSITION,
    administered_decides,
    administered_reading,
    administered_words,
    same_state,
    taiwan_decides,
    within_countries,
)

__all__ = [
    "FEAR_THERE_READING",
    "art_1e",
    "each_home_under_art_1d",
    "fears_in_residence",
    "residence_rights",
]

ART_1E = Citation("refugee-convention-1951", "1E")
_RIGHTS = Citation("unhcr-handbook", "144-146")
#: Art 1A(2), second paragraph: a national of several countries lacks protection only where a
#: "valid reason based on well-founded fear" keeps them from each; the rule Art 1E is read by.
_SECOND_PARAGRAPH = Citation("refugee-convention-1951", "1A(2)")
_IRB = Citation("irb-refugee-definition-ch10", "10.8")

#: How the library reads Art 1E where the person fears persecution in the country of residence
#: itself (stated in every finding that relies on it).
FEAR_THERE_READING = (
    "Art 1E is read, like the second paragraph of Art 1A(2) for a country of nationality, as "
    "excluding only a person whom the country of residence protects as it protects its "
    "nationals: a well-founded fear of being persecuted there, without its protection, is a valid "
    "reason not to avail oneself of the rights it accords, and Art 1E then does not apply (Canada's "
    "Immigration and Refugee Board asks about fear of persecution and state protection in the "
    "Article 1E country, Interpretation of the Convention Refugee Definition, ch. 10)"
)


@reads(
    "claim.rights_of_national_in",
    "claim.unrwa_assistance_ceased",
    "claim.person.nationalities",
    "claim.person.habitual_residence",
    "claim.person.other_habitual_residences",
    "one_of_several",
    "on",
    "doctrine.taiwan_outside_china",
)
def residence_rights(
    claim: Claim, one_of_several: bool, on: dt.date, doctrine: Doctrine
) -> Finding:
    """Art 1E's own words: someone treated as a national where they live.

    The country is the one "in which he has taken residence", away from the country the person
    is a refugee from: a country of the person's nationality (or, for a stateless person, of
    former habitual residence) is not one, since Art 1A(2) asks whether the person is outside it
    and lacks its protection. With ``one_of_several`` (a stateless person with several countries
    of former habitual residence, one of which suffices: UNHCR Handbook para. 104), Art 1A(2) is
    asked of each in turn and does not weigh the others' protection, so each may be a country in
    which the person has taken residence; a well-founded fear of persecution there keeps Art 1E
    from applying (:func:`art_1e`). Whether Taiwan is a country of residence for a national of
    China (or China one for a person of Taiwan) is the position ``doctrine.taiwan_outside_china``
    takes, as Art 1A(2) asks it: unknown, asking it, where none is taken, and named where it
    decides."""
    element = "Art 1E: rights of a national in the country of residence"
    where = claim.rights_of_national_in
    if where is not None and claim.person.nationalities is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person's nationality is not known: whether {country_name(where, on)} is their own "
            "country (a question for Art 1A(2)) or one in which they have taken residence is not "
            "known",
            ART_1E,
            facts=["rights_of_national_in"],
            missing=["person.nationalities"],
            role="exception",
        )
    if where is not None and claim.person.stateless and not claim.person.habitual_residence:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person is stateless, and their country of former habitual residence is not "
            f"known: whether {country_name(where, on)} is that country (a question for Art 1A(2)) "
            "or one in which they have taken residence is not known",
            ART_1E,
            facts=["rights_of_national_in", "person.nationalities"],
            missing=["person.habitual_residence"],
            role="exception",
        )
    apart = doctrine.taiwan_outside_china
    references = claim.person.countries_of_reference()
    contested = where is not None and not one_of_several and taiwan_decides(where, references, on)
    if contested and apart is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"whether {country_name(str(where), on)} is the person's own country (a question for "
            f"Art 1A(2)) or one in which they have taken residence {TAIWAN_CONTESTED}",
            ART_1E,
            GA_2758,
            facts=["rights_of_national_in", "person.nationalities"],
            missing=[TAIWAN_POSITION],
            role="exception",
        )
    taken = doctrine.position("taiwan_outside_china") if contested else None
    # A territory that is part of a country of reference on ``on`` is that country (Hong Kong,
    # for a Chinese national, after 1 July 1997; Taiwan, as the doctrine reads it).
    within = (
        within_countries(where, references, on, apart is not False)
        if where is not None and not one_of_several
        else None
    )
    # A territory under another State's administration (Macao, from 1976 until 1999) is read as
    # that State's, not as the country of reference that held it its territory: named where that
    # decides.
    ruled = (
        administered_decides(where, references, on, apart is not False)
        if where is not None and not one_of_several
        else None
    )
    read = (
        *(() if taken is None else (taken,)),
        *(() if ruled is None else (administered_reading(ruled),)),
    )
    said = "" if ruled is None else f" ({administered_words(ruled, on)})"
    if where is not None and within is not None:
        national = bool(claim.person.nationalities)
        own = "nationality" if national else "former habitual residence"
        return finding(
            element,
            Verdict.NOT_MET,
            f"{country_name(where, on)}{within + ',' if within else ''} is the person's country of "
            f"{own}, not a country in which they have taken residence: whether it protects them "
            "is for Art 1A(2), not Art 1E"
            + (
                " (and, the person's UN protection or assistance having ceased, for Art 1D's "
                "second paragraph, which weighs a nationality's protection)"
                if national and claim.unrwa_assistance_ceased is True
                else ""
            )
            + said,
            ART_1E,
            facts=[
                "rights_of_national_in",
                "person.nationalities" if national else "person.habitual_residence",
            ],
            role="exception",
            assumptions=read,
        )
    if where is not None:
        rok = _rok_unlisted(claim, where)
        return finding(
            element,
            Verdict.MET,
            f"{country_name(where, on)}, where the person has taken residence, recognises them as "
            "having the rights and obligations of its nationals (rights_of_national_in records "
            f"that finding: residence there, and rights the person can return to and enjoy){said}"
            + (_ROK_UNLISTED if rok else ""),
            ART_1E,
            _RIGHTS,
            facts=["rights_of_national_in", *(["person.nationalities"] if rok else [])],
            role="exception",
            assumptions=(*read, *((ROK_NATIONALITY_READING,) if rok else ())),
        )
    return finding(
        element,
        Verdict.NOT_MET,
        "no country of residence accords the person the rights of a national",
        ART_1E,
        facts=["rights_of_national_in"],
        role="exception",
    )


#: Said of the Republic of Korea as a North Korean's country of residence where the person is
#: listed as a national of North Korea alone (review s39 ex39 F1).
_ROK_UNLISTED = (
    "; the person's nationalities are taken as listed, North Korea's without the Republic of "
    "Korea's: were the Republic's listed (its law counts North Koreans as its nationals), South "
    "Korea would be a country of their nationality, whose protection is for Art 1A(2), second "
    "paragraph, not Art 1E"
)


def _rok_unlisted(claim: Claim, where: str) -> bool:
    """Whether Art 1E's country of residence (``where``) is the Republic of Korea for a person
    listed as a national of North Korea and not of the Republic: that it is a country of
    residence, not of nationality, then rests on the nationalities being taken as listed
    (``law.protection.ROK_NATIONALITY_READING``, which *GP* [2014] UKUT 391 would not take, and
    which ``Claim.rights_of_national_in`` documents), so the reading is named where Art 1E is
    found to apply."""
    listed = claim.person.nationalities or frozenset()
    return where == "KOR" and "PRK" in listed and "KOR" not in listed


def fears_in_residence(claim: Claim, on: dt.date) -> tuple[int, ...]:
    """The indexes of the feared harms stated for the country Art 1E names (none where it names
    none), a territory that is part of it on ``on`` counting as it (Hong Kong and China after 1
    July 1997, either way round): whether Art 1E applies turns on them."""
    where = claim.rights_of_national_in
    if where is None or not claim.fears:
        return ()
    return tuple([i for i, harm in enumerate(claim.fears) if same_state(harm.country, where, on)])


def each_home_under_art_1d(claim: Claim) -> bool:
    """Whether a stateless person's several countries of former habitual residence are each a
    country in which they may have taken residence because their claim rests on Art 1D's second
    paragraph (the UN assistance they received has ceased): that entitlement is "ipso facto",
    without Art 1A(2), so no former home is weighed there as a country of reference whose
    protection Art 1A(2) asks (as *Thabet*'s reading of Art 1A(2) weighs it), and a home where
    they have the rights of a national is for Art 1E, to which the entitlement stays subject (CJEU
    *El Kott*, C-364/11), as under UNHCR Handbook para. 104."""
    person = claim.person
    return (
        claim.unrwa_assistance_ceased is True
        and person.stateless
        and bool(person.other_habitual_residences)
        and len(person.countries_of_reference()) > 1
    )


def art_1e(claim: Claim, included: Finding, doctrine: Doctrine, on: dt.date) -> Finding:
    """Art 1E: the Convention does not apply to someone treated as a national where they live
    (:func:`residence_rights`), unless they fear persecution there (:data:`FEAR_THERE_READING`).

    A fear stated for the country of residence is weighed by the elements Art 1A(2) weighs a fear
    by (well-founded, persecution, a Convention reason), and by whether that country protects
    against it; not by ``internal_relocation``, the decision-maker's finding on the country the
    person fears as a refugee. Inclusion's own finding is not needed (``included`` is not read).
    A fear in a territory that is part of the country of residence on ``on`` (Hong Kong, for China,
    after 1 July 1997) is a fear there, weighed with the protection found for the territory.

    Where whether the country of residence is the person's own turns on Taiwan's relation to
    China (``doctrine.taiwan_outside_china``), both readings are weighed: the position is asked,
    or named, only where they differ (a well-founded fear of persecution in Taiwan keeps Art 1E
    from applying on either)."""
    each = one_residence_suffices(claim.person, doctrine) or each_home_under_art_1d(claim)
    where = claim.rights_of_national_in
    if (
        where is None
        or each
        or not taiwan_decides(where, claim.person.countries_of_reference(), on)
        or claim.person.nationalities is None
    ):
        return _art_1e(claim, each, doctrine, on)
    read = {
        apart: _art_1e(claim, each, attrs.evolve(doctrine, taiwan_outside_china=apart), on)
        for apart in (True, False)
    }
    if read[True].verdict is not read[False].verdict or Verdict.UNKNOWN in (
        read[True].verdict,
        read[False].verdict,
    ):
        return _art_1e(claim, each, doctrine, on)
    # The same answer on either reading: the position decides nothing, and is neither asked nor
    # named.
    taken = doctrine.taiwan_outside_china
    found = read[True if taken is None else taken]
    positions = {
        attrs.evolve(doctrine, taiwan_outside_china=a).position("taiwan_outside_china")
        for a in (True, False)
    }
    return attrs.evolve(
        found,
        reason=f"{found.reason}; on the reading that Taiwan is part of China it is the person's "
        "own country, for Art 1A(2): Art 1E does not apply on either reading"
        if taken is None
        else found.reason,
        assumptions=tuple(a for a in found.assumptions if a not in positions),
    )


def _art_1e(claim: Claim, each: bool, doctrine: Doctrine, on: dt.date) -> Finding:
    """:func:`art_1e` on the reading ``doctrine`` takes (``each``: every former home of a
    stateless person may be a country of residence)."""
    found = residence_rights(claim, each, on, doctrine)
    if found.verdict is not Verdict.MET:
        return found
    where = claim.rights_of_national_in
    assert where is not None  # residence_rights meets Art 1E only for a country named
    name = country_name(where, on)
    if claim.fears is None:
        return finding(
            found.element,
            Verdict.UNKNOWN,
            f"{name} accords the person the rights of its nationals, but what the person fears "
            f"is not known: a well-founded fear of being persecuted in {name} would keep Art 1E "
            "from applying",
            ART_1E,
            _RIGHTS,
            _SECOND_PARAGRAPH,
            facts=["rights_of_national_in", "fears"],
            missing=["fears"],
            assumptions=[FEAR_THERE_READING, *found.assumptions],
            role="exception",
        )
    there = fears_in_residence(claim, on)
    ruled = _residence_read(claim, there, doctrine, on)
    if ruled:
        found = attrs.evolve(found, assumptions=tuple(dict.fromkeys([*found.assumptions, *ruled])))
    if not there:
        return found
    threats = _feared_there(claim, there, doctrine, on)
    feared = Verdict.any([t.verdict for t in threats])
    paths = ", ".join([harm_path(i) for i in there])
    cites = (ART_1E, _RIGHTS, _SECOND_PARAGRAPH, _IRB)
    if feared is Verdict.MET:
        return finding(
            found.element,
            Verdict.NOT_MET,
            f"{name} accords the person the rights of its nationals, but the person has a "
            f"well-founded fear of being persecuted there, without its protection ({paths}): "
            "the rights of a national are no answer to persecution by the country that accords "
            "them, and Art 1E does not apply",
            *cites,
            children=threats,
            facts=["rights_of_national_in"],
            assumptions=[FEAR_THERE_READING, *found.assumptions],
            role="exception",
        )
    if feared is Verdict.UNKNOWN:
        return finding(
            found.element,
            Verdict.UNKNOWN,
            f"{name} accords the person the rights of its nationals, but whether the person has "
            f"a well-founded fear of being persecuted there, without its protection ({paths}), "
            "is not yet known: if so, Art 1E does not apply",
            *cites,
            children=threats,
            facts=["rights_of_national_in"],
            missing=[m for t in threats for m in missing_facts(t)],
            assumptions=[FEAR_THERE_READING, *found.assumptions],
            role="exception",
        )
    return finding(
        found.element,
        Verdict.MET,
        f"{found.reason}; the harm the person fears there ({paths}) is not a well-founded fear "
        "of being persecuted without its protection",
        *cites,
        children=threats,
        facts=["rights_of_national_in"],
        assumptions=[FEAR_THERE_READING, *found.assumptions],
        role="exception",
    )


def _residence_read(
    claim: Claim, there: tuple[int, ...], doctrine: Doctrine, on: dt.date
) -> tuple[str, ...]:
    """The reading of a territory under another State's administration (Macao, from 1976 until
    1999: ``law.territory.ADMINISTERED_READING``) where which fears are feared in the country of
    residence turns on it and the answer differs (a North Korean with the rights of a national in
    Macao who fears persecution in mainland China: on the other reading a fear there, which would
    keep Art 1E from applying): the reading in a tuple, else none."""
    where = claim.rights_of_national_in
    if where is None or not claim.fears:
        return ()
    places = {where, *(h.country for h in claim.fears)}
    if administered_places().isdisjoint(places):
        return ()
    home = as_claimed(where, on)
    other = tuple(
        [i for i, h in enumerate(claim.fears) if same_state(as_claimed(h.country, on), home, on)]
    )
    if other == there:
        return ()

    def outcome(indexes: tuple[int, ...]) -> Verdict:
        threats = _feared_there(claim, indexes, doctrine, on)
        return ~Verdict.any([t.verdict for t in threats]) if indexes else Verdict.MET

    if outcome(there) is outcome(other):
        return ()
    period = next(p for p in (administered(c, on) for c in sorted(places)) if p is not None)
    return (administered_reading(period),)


def _feared_there(
    claim: Claim, there: tuple[int, ...], doctrine: Doctrine, on: dt.date
) -> list[Finding]:
    """The harms feared in the country of residence (``there``: their places in ``fears``), each
    with the elements of a well-founded fear of persecution for a Convention reason, and that
    country's protection against it (the country named as it was on ``on``). The fear is of
    being persecuted in any of the forms feared there: harms that fail alone only on their
    likelihood are taken together (``law.fear.together_elements``)."""
    fears = claim.fears or ()
    each: dict[int, tuple[Finding, ...]] = {}
    for i in there:
        harm, path = fears[i], harm_path(i)
        # Well-founded, persecution, nexus; not internal flight: ``Claim.internal_relocation`` is
        # the decision-maker's finding on the country the person fears as a refugee, not on this
        # one.
        well_founded_, persecuted, ground, _ = fear_elements(harm, path, claim, doctrine)
        each[i] = (
            well_founded_,
            persecuted,
            ground,
            unprotected_there(
                harm,
                path,
                claim.protection.get(harm.country),
                "no protection in the country of residence",
                on,
            ),
        )
    weighed = together_elements(
        claim,
        doctrine,
        on,
        each,
        threshold=doctrine.fear_threshold,
        likely_at=0,
        relocation_at=None,
        likely_cites=(ART_1A2, _FEAR),
    )
    return [_threat(fears[i], harm_path(i), weighed[i]) for i in there]


#: The Handbook's paragraphs on the well-founded fear, cited by a harm's likelihood taken together.
_FEAR = Citation("unhcr-handbook", "37-50")


def _threat(harm: Harm, path: str, elements: tuple[Finding, ...]) -> Finding:
    """One harm feared in the country of residence, from its elements (:func:`_feared_there`)."""
    verdict = Verdict.all([e.verdict for e in elements])
    reason = {
        Verdict.MET: "a well-founded fear of being persecuted for a Convention reason, without "
        "the protection of the country of residence",
        Verdict.NOT_MET: "not a well-founded fear of persecution without protection there",
        Verdict.UNKNOWN: "whether this is a well-founded fear of persecution without protection "
        "there is not yet known",
    }[verdict]
    return finding(
        f"{path}: {harm.description} (in the country of residence)",
        verdict,
        reason,
        ART_1E,
        ART_1A2,
        children=elements,
    )
