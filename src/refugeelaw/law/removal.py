"""What every bar on return shares: the case, the state's reach, whether it is bound, and the risk.

A bar on return (:mod:`refugeelaw.law.refoulement`'s table) holds where the returning state is
bound by the obligation, the person is within its reach, and the risk the obligation covers is
shown on return to the destination, directly or through onward removal ("in any manner
whatsoever").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import NamedTuple

import attrs

from .._arguments import own_territory
from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import BELOW_TORTURE, Claim, Harm
from ..instruments import get as get_instrument
from ..logic import Finding, Verdict, finding, reads
from ..results import StatusDetermination
from ..sources import Citation, adopted
from ..sources.territories import (
    TAIWAN,
    administered,
    administered_places,
    as_claimed,
    former_state,
    not_a_state,
    statehood,
    territories,
)
from ..sources.territories import held as holder
from ..states import inferred, participation
from .obligations import JURISDICTION_OF, obligation_at, qualified, unrecorded_after
from .peremptory import adopted_day
from .terms import (
    claim_relocation,
    harm_path,
    likelihood_against,
    prosecution_fact,
    relocation_for,
    repetition,
)
from .territory import (
    GA_2758,
    TAIWAN_CONTESTED,
    TAIWAN_POSITION,
    administered_decides,
    administered_pair,
    administered_reading,
    administered_words,
    held_territory,
    same_state,
    taiwan_decides,
    taiwan_pair,
    taiwan_read,
    taiwan_together,
    territory_words,
    within_countries,
)
from .together import Part, in_its_state

__all__ = [
    "FRONTIER_DAY",
    "FRONTIER_JURISDICTION_READING",
    "FRONTIER_READING",
    "JURISDICTION",
    "STATE_BY_STATE_READING",
    "DatedReading",
    "Qualifier",
    "Reach",
    "ReturnCase",
    "at_home",
    "bar",
    "bound",
    "destination",
    "either_way",
    "exposure",
    "frontier_return",
    "frontier_undecided",
    "harm_exposure",
    "home_fact",
    "home_unknown",
    "home_words",
    "in_reach",
    "one_state",
    "outside",
    "reached_either_way",
    "rejected_at_the_frontier",
    "severe_harm",
    "stated_from",
    "still_at_home",
    "torture_kind",
    "unheld",
    "within_territory",
]

EXCOM_6 = Citation("excom-conclusions", "6")
#: *Sale v Haitian Centers Council* (1993) at 186, quoting the record of the 1951 Conference.
SALE_186 = Citation("sale-v-haitian-centers-council-1993", "186")

#: The day ExCom Conclusion No. 6 (XXVIII) was adopted (12 October 1977): non-refoulement "both
#: at the border and within the territory", the earliest statement the library holds that
#: Refugee Convention art. 33(1) reaches the rejection at the frontier of a refugee who has left
#: their own country. A return on or after it is read so (:data:`FRONTIER_READING`, named); an
#: earlier one as ``Doctrine.removal_readings_retrospective`` takes it (``None``, the default:
#: not known, the position asked). Customary non-refoulement, which follows the reading, is not
#: shown before the library's evidence of the rule at all (``law.obligations.NOT_YET_SHOWN``).
#: The day is read from the conclusion's record (``data/instruments/excom-conclusions.json``).
FRONTIER_DAY = adopted_day("excom-conclusions", "6")

#: How the library reads art. 33(1), and customary non-refoulement's refugee limb with it, at the
#: frontier (stated where rejection at the frontier is what brings a person who has left their
#: own country within the state's reach).
FRONTIER_READING = (
    "that Refugee Convention art. 33(1)'s 'return (\"refouler\") ... in any manner whatsoever' "
    "reaches the rejection at the frontier of a refugee who has left their own country, as "
    "customary non-refoulement's refugee limb does with it, is the reading UNHCR's Executive "
    "Committee stated in ExCom Conclusion No. 6 (12 October 1977: non-refoulement 'both at the "
    "border and within the territory'); the 1967 Declaration on Territorial Asylum, art. 3(1), is "
    "reported to say so earlier (its text was not seen); at the 1951 Conference the Netherlands "
    "representative, saying that five delegations had supported 'the Swiss interpretation', had "
    "it placed on record without objection that the Conference agreed that 'the possibility of "
    "mass migrations across frontiers or of attempted mass migrations was not covered by article "
    "33' (A/CONF.2/SR.35, as Sale v Haitian Centers Council, 509 US 155, 186 (1993), quotes it), "
    "while Sale itself read 'return (\"refouler\")' as the exclusion of aliens on the threshold "
    "of initial entry (at 180); the library applies the reading to returns from ExCom Conclusion "
    "No. 6, and to earlier ones as Doctrine.removal_readings_retrospective takes it"
)


#: How the library reads the duties that follow jurisdiction (the ECHR and its Protocols, the
#: ICCPR and its Second Optional Protocol, CAT, the American Convention) at a land frontier, for a
#: person who has left their own country and stands on a third State's soil at the frontier of the
#: returning State, not under its effective control (``Claim.under_control_of``): stated where
#: that is what brings the person within the State's reach (:func:`within_territory`). The two
#: cases it names are named, not cited: the library holds neither text (what it says of them is
#: from case summaries read in stored copies).
FRONTIER_JURISDICTION_READING = (
    "that a person who has left their own country and stands at a State's frontier, on a third "
    "State's soil and not under its effective control, is within its jurisdiction when its "
    "officials turn them back there is the library's reading of the duties that follow "
    "jurisdiction: of the European Court of Human Rights' test, a State's agents exercising "
    "'control and authority over an individual' (Hirsi Jamaa v Italy, para. 74, applied there to "
    "persons held on Italian ships, para. 81), of the Human Rights Committee's 'power or effective "
    "control' (General Comment 31, para. 10) and of the Committee against Torture's (General "
    "Comment 2, para. 16); it is contested: the European Court found jurisdiction at a land "
    "border where the applicants, once down from the border fences, were under the continuous and "
    "exclusive control of the State's officials (N.D. and N.T. v Spain, Chamber, 3 October 2017), "
    "and declined it for persons abroad, never under the de facto control of the State's agents, "
    "whom its decisions affected (M.N. and Others v Belgium, Grand Chamber decision, 5 May 2020); "
    "the library holds neither text, and no judgment it holds decides a refusal at the frontier "
    "of a person who stands on the other side of it"
)


class ReturnCase(NamedTuple):
    """One question of return: the facts, who returns whom where and when, under which doctrine,
    with the status determination (Art 1, made once) and the risks on return (each assessed once,
    when a bar first weighs it).

    Args:
        status: Art 1 under the returning state's own regime, on the 1951 definition alone (the
            refugees art. 33(1) protects; a regional definition such as OAU art. I(2) is not
            assessed here: the regional bar protects any person).
        general_status: Art 1 as the Protocol reads it (no dateline or geographic limitation), for
            customary law.
        abolished: whether the returning state has abolished the death penalty (*Judge v
            Canada*), for the risk to life.
        assess: how each kind of risk is assessed from the case, by name ("persecution",
            "torture", ...).
        risks: the risks assessed so far, by name (see :meth:`risk`).
    """

    claim: Claim
    by: str
    to: str
    on: dt.date
    doctrine: Doctrine
    status: StatusDetermination
    general_status: StatusDetermination
    abolished: Finding
    assess: Mapping[str, Callable[[ReturnCase], Finding]]
    risks: dict[str, Finding]

    def risk(self, name: str) -> Finding:
        """The finding on the risk ``name``, assessed when a bar first weighs it and the same for
        every bar after: a risk no bar in force weighs is not assessed."""
        found = self.risks.get(name)
        if found is None:
            found = self.risks[name] = self.assess[name](self)
        return found


def one_state(place: str, other: str, on: dt.date, doctrine: Doctrine) -> bool | None:
    """Whether two places are one State on ``on``, by the one comparison every rule makes
    (``sources.territories.same_state``: Greenland and Denmark, French Guiana and France, Hong Kong
    and China from 1 July 1997), Taiwan and China read as ``doctrine.taiwan_outside_china`` reads
    them: ``None`` where the answer turns on that reading and the doctrine takes none."""
    apart = same_state(place, other, on)
    if apart == same_state(place, other, on, False):
        return apart
    taken = doctrine.taiwan_outside_china
    return None if taken is None else same_state(place, other, on, taken)


def at_home(claim: Claim, on: dt.date, doctrine: Doctrine) -> bool | None:
    """Whether the person's location is in one of their countries of reference on ``on``
    (:func:`one_state`; ``False`` where the location is not known): ``None`` where that turns on
    Taiwan's relation to China and the doctrine takes no position."""
    where = claim.person.location
    if where is None:
        return False
    found = [one_state(where, r, on, doctrine) for r in claim.person.countries_of_reference()]
    return True if True in found else None if None in found else False


def _at_frontier_elsewhere(claim: Claim, by: str, on: dt.date, doctrine: Doctrine) -> bool:
    """Whether the person is at the frontier of ``by``, in another country they are known to be
    in (not in ``by``'s own territory, :func:`one_state`)."""
    where = claim.person.location
    return claim.at_frontier and where is not None and one_state(where, by, on, doctrine) is False


def still_at_home(claim: Claim, by: str, on: dt.date, doctrine: Doctrine) -> bool:
    """Whether the person is at the frontier of ``by`` but still in their own country (of
    nationality or former habitual residence), or in a territory that is part of it on ``on`` or
    in its charge (a Dane in Greenland; in Taiwan, a national of China on the reading that Taiwan
    is part of China): turned back there, they have not left it."""
    return _at_frontier_elsewhere(claim, by, on, doctrine) and at_home(claim, on, doctrine) is True


def home_unknown(claim: Claim, by: str, on: dt.date, doctrine: Doctrine) -> bool:
    """Whether the person is at the frontier of ``by``, in another country, and whether that is
    their own country is not known: their nationality is not, or they are stateless and their
    country of former habitual residence is not (:func:`home_fact`), or it turns on Taiwan's
    relation to China and the doctrine takes no position (a national of China in Taiwan)."""
    return _at_frontier_elsewhere(claim, by, on, doctrine) and (
        home_fact(claim) is not None or at_home(claim, on, doctrine) is None
    )


def frontier_undecided(claim: Claim, by: str, on: dt.date, doctrine: Doctrine) -> bool:
    """Whether the person is at the frontier of ``by`` and whether where they are is ``by``'s own
    territory turns on Taiwan's relation to China, on which the doctrine takes no position (a
    person in Taiwan at China's frontier)."""
    where = claim.person.location
    return claim.at_frontier and where is not None and one_state(where, by, on, doctrine) is None


def either_way(where: str, by: str, on: dt.date, how: str, what: str) -> str:
    """The words of a finding that a duty reaches a person in ``where`` (Taiwan) ``how`` ``by``
    (at the frontier of, under the effective control of China) whether or not that is ``by``'s
    territory: ``what`` (the article, the provision) reaches them there on either reading of
    Taiwan's relation to China, and the position is not asked."""
    return (
        f"the person is {how} {country_name(by, on)}, in {country_name(where, on)}: whether or not "
        f"that is its territory (it turns on Taiwan's relation to China), {what} reaches them there"
    )


#: A rule on whether a duty reaches the person (:func:`within_territory`, and those that build on
#: it).
Reach = Callable[[Claim, str, Citation, dt.date, Doctrine], Finding]


def reached_either_way(
    rule: Reach, claim: Claim, by: str, cite: Citation, on: dt.date, doctrine: Doctrine
) -> tuple[tuple[Citation, ...], tuple[str, ...]] | None:
    """Where ``rule`` with the doctrine's other positions reaches the person on both readings of
    Taiwan's relation to China (``doctrine.taiwan_outside_china`` ``False`` and ``True``): the
    citations both findings give beyond ``cite``, with GA res. 2758 (XXVI), and the assumptions
    either relies on other than the two readings; ``None`` where either reading does not reach
    them. Where the readings agree, the position decides nothing and is not asked (as
    :func:`exposure` does for the risk)."""
    readings = [attrs.evolve(doctrine, taiwan_outside_china=t) for t in (False, True)]
    taken = [rule(claim, by, cite, on, d) for d in readings]
    if any(f.verdict is not Verdict.MET for f in taken):
        return None
    named = {d.position("taiwan_outside_china") for d in readings}
    citations = dict.fromkeys(c for f in taken for c in (GA_2758, *f.citations) if c != cite)
    assumptions = dict.fromkeys(a for f in taken for a in f.assumptions if a not in named)
    return tuple(citations), tuple(assumptions)


def home_fact(claim: Claim) -> str | None:
    """The fact that would say which is the person's own country, where it is not known:
    ``person.nationalities``, or for a stateless person ``person.habitual_residence``."""
    person = claim.person
    if not person.nationality_known:
        return "person.nationalities"
    if person.stateless and not person.habitual_residence:
        return "person.habitual_residence"
    return None


def home_words(fact: str) -> str:
    """What is not known, in words, where :func:`home_fact` names ``fact``."""
    if fact == "person.nationalities":
        return "their nationality is not known"
    return "they are stateless, and their country of former habitual residence is not known"


#: The duties of refugee law, whose reach at the frontier is "return 'in any manner whatsoever'"
#: (Refugee Convention art. 33(1); ExCom Conclusion No. 6: non-refoulement "both at the border and
#: within the territory"); the others reach a person at the frontier as within the state's power.
REFUGEE_DUTIES = frozenset(
    {"refugee-convention-1951", "customary-international-law", "oau-refugee-convention-1969"}
)
#: Those of them read at the frontier by :data:`FRONTIER_READING` (the OAU Convention's art. II(3)
#: is read by its own named reading, which names rejection at the frontier).
FRONTIER_DUTIES = frozenset({"refugee-convention-1951", "customary-international-law"})
#: All of them: for a duty no text the library holds reads (custom, the regional conventions of
#: the Americas and Africa), which is read as they read theirs.
JURISDICTION = tuple(dict.fromkeys(c for cs in JURISDICTION_OF.values() for c in cs))


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
    "doctrine.taiwan_outside_china",
    "doctrine.removal_readings_retrospective",
)
def within_territory(
    claim: Claim, by: str, cite: Citation, on: dt.date, doctrine: Doctrine
) -> Finding:
    """The state can return someone in its territory or at its frontier: a person at the frontier
    who is still in their own country has not left it, and turning them back is not return; one
    who has left it and stands at the frontier, not yet admitted, is rejected at the frontier,
    whether their location names a third country or the state's own side of the border post (its
    own territory, or a territory it holds: ``Claim.at_frontier``, :func:`frontier_return`),
    which for the duties of refugee law is return "in any manner whatsoever" (ExCom Conclusion
    No. 6: for art. 33(1) and custom a reading named where it decides, :data:`FRONTIER_READING`,
    and for art. 33(1) in a return before that conclusion a contested position,
    :func:`rejected_at_the_frontier`; the OAU Convention's art. II(3) is read by its own named
    reading, which names rejection at the frontier), and for the others is an act within the
    state's jurisdiction (each treaty's own text, ``law.obligations.JURISDICTION_OF``): on its own
    side of the border post, as within its territory; on a third State's soil, where its
    officials have effective control over the person there (``Claim.under_control_of``), as the
    treaties' bodies read them, and where not, on a reading named where it decides,
    :data:`FRONTIER_JURISDICTION_READING`. A
    territory with a code of
    its own that is part of the state on ``on`` (Hong Kong, Macao) is its territory (which of its
    treaties apply there is a question of whether they bind it, :mod:`.territory`), and one that is
    part of the person's own State, or in its charge, is their own country (:func:`one_state`: a
    Dane in Greenland at Canada's frontier has not left Denmark; a Chinese national in Hong Kong
    before 1 July 1997 had left China). A person in
    Taiwan is in China's territory, and a national of China there in their own country, only on
    the reading that Taiwan is part of China (``doctrine.taiwan_outside_china``: unknown, asking
    it, where none is taken, and named where it decides), and on neither reading in another
    State's. Where none is taken and both readings reach the person (one in Taiwan at China's
    frontier: in its territory on the one, at its frontier on the other), the duty reaches them
    and the position is not asked (:func:`reached_either_way`)."""
    element = f"within the reach of {country_name(by, on)}"
    where = claim.person.location
    held = held_territory(where, by, on)
    if held is not None and claim.at_frontier and cite.instrument in FRONTIER_DUTIES:
        # At its frontier in a territory it holds, not yet admitted: the frontier, not the
        # territory, brings them within its reach, as on any other side of the border post.
        at = f"the person is at the frontier of {country_name(by, on)}, in {territory_words(held, on)}"
        return frontier_return(
            element, at, "", cite, on, doctrine, ("at_frontier", "person.location")
        )
    if held is not None:
        return finding(
            element,
            Verdict.MET,
            f"the person is in {territory_words(held, on)}",
            cite,
            facts=("person.location",),
        )
    if frontier_undecided(claim, by, on, doctrine):
        agreed = reached_either_way(within_territory, claim, by, cite, on, doctrine)
        if agreed is not None:
            citations, assumptions = agreed
            return finding(
                element,
                Verdict.MET,
                either_way(str(where), by, on, "at the frontier of", str(cite))
                + ", in its territory or at its frontier alike",
                cite,
                *citations,
                facts=("at_frontier", "person.location"),
                assumptions=assumptions,
            )
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person is at the frontier of {country_name(by, on)}, in "
            f"{country_name(str(where), on)}: whether that is within the territory of "
            f"{country_name(by, on)} " + TAIWAN_CONTESTED,
            cite,
            GA_2758,
            facts=("at_frontier", "person.location"),
            missing=(TAIWAN_POSITION,),
        )
    if (
        claim.at_frontier
        and where is not None
        and where != by
        and one_state(where, by, on, doctrine)
    ):
        # Taiwan read as part of China, with China on the other side (a place held by ``by`` is
        # above).
        place = f"{country_name(where, on)}{within_countries(where, (by,), on, False) or ''}"
        taken = (doctrine.position("taiwan_outside_china"),)
        if cite.instrument in FRONTIER_DUTIES:
            at = f"the person is at the frontier of {country_name(by, on)}, in {place}"
            return frontier_return(
                element, at, "", cite, on, doctrine, ("at_frontier", "person.location"), taken,
                (GA_2758,),
            )  # fmt: skip
        return finding(
            element,
            Verdict.MET,
            f"the person is in {place}: in the territory of {country_name(by, on)}",
            cite,
            GA_2758,
            facts=("person.location",),
            assumptions=taken,
        )
    elsewhere = _at_frontier_elsewhere(claim, by, on, doctrine)
    unknown = home_fact(claim)
    if unknown is not None and elsewhere:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person is at the frontier, in {country_name(str(where), on)}, and "
            f"{home_words(unknown)}: "
            "if it is their own country, turning them back is not 'return'; if they have left "
            "their own, rejection at the frontier is",
            cite,
            facts=("at_frontier", "person.location"),
            missing=(unknown,),
        )
    home = claim.person.countries_of_reference()
    if elsewhere and at_home(claim, on, doctrine) is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person is at the frontier of {country_name(by, on)}, in "
            f"{country_name(str(where), on)}: whether that is their own country "
            + TAIWAN_CONTESTED
            + ": if it is, turning them back is not 'return'; if they have left it, rejection "
            "at the frontier is",
            cite,
            GA_2758,
            facts=("at_frontier", "person.location"),
            missing=(TAIWAN_POSITION,),
        )
    # Where whether they have left their own country turns on Taiwan's relation to China, the
    # reading taken decides it, and the result names it.
    reading = (
        (doctrine.position("taiwan_outside_china"),)
        if where is not None and (taiwan_decides(where, home, on) or taiwan_pair(where, by, on))
        else ()
    )
    # So too where it turns on the reading of a territory under another State's administration
    # (a Chinese national in Macao before 1999, read as outside China, at China's frontier).
    ruled = (
        administered_decides(where, home, on, doctrine.taiwan_outside_china is not False)
        if where is not None and claim.at_frontier
        else None
    )
    said = ""
    if ruled is not None:
        reading = (*reading, administered_reading(ruled))
        said = f" ({administered_words(ruled, on)})"
    if still_at_home(claim, by, on, doctrine):
        part = within_countries(str(where), home, on, doctrine.taiwan_outside_china is not False)
        return finding(
            element,
            Verdict.NOT_MET,
            f"the person is at the frontier but still in {country_name(str(where), on)}{part or ''}: "
            "turning back someone who has not left is not 'return' (the right to leave is ICCPR "
            f"art. 12(2)){said}",
            cite,
            Citation("iccpr-1966", "12(2)"),
            facts=("at_frontier", "person.location"),
            assumptions=reading,
        )
    if claim.at_frontier and where is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person is at the frontier of {country_name(by, on)}, and where they are is not "
            "known: if still in their own country, turning them back is not 'return'; if they "
            "have left it, rejection at the frontier is",
            cite,
            facts=("at_frontier", "person.location"),
            missing=("person.location",),
        )
    if claim.at_frontier:
        coming = (
            f", from {country_name(str(where), on)}, having left their own country"
            if elsewhere
            else ""
        )
        facts = ("at_frontier", *(("person.location",) if coming else ()))
        if cite.instrument in REFUGEE_DUTIES:
            # From a third country or on the state's own side of the border post (``where`` is
            # ``by``): either way the frontier is what brings them within its reach.
            at = f"the person is at the frontier of {country_name(by, on)}{coming}"
            return frontier_return(
                element,
                at,
                said if coming else "",
                cite,
                on,
                doctrine,
                facts,
                reading if coming else (),
            )
        if coming and by in claim.under_control_of:
            # The State's officials hold the person there: its jurisdiction follows that control
            # (*Hirsi Jamaa*, para. 74), whatever the reading of the frontier.
            return finding(
                element,
                Verdict.MET,
                f"the person is at the frontier of {country_name(by, on)}{coming}, under the "
                f"effective control of its officials: one whom they hold and turn back there is "
                f"within its jurisdiction{said}",
                cite,
                *JURISDICTION_OF.get(cite.instrument, ()),
                facts=(*facts, "under_control_of"),
                assumptions=reading,
            )
        return finding(
            element,
            Verdict.MET,
            f"the person is at the frontier of {country_name(by, on)}{coming}: one whom its "
            f"officials turn back there is within their power, and so within its jurisdiction"
            f"{said if coming else ''}",
            cite,
            *JURISDICTION_OF.get(cite.instrument, ()),
            facts=facts,
            assumptions=(*reading, FRONTIER_JURISDICTION_READING) if coming else (),
        )
    if where is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            "where the person is is not known",
            cite,
            facts=("person.location",),
            missing=("person.location",),
        )
    if where == by:
        return finding(
            element, Verdict.MET, f"the person is in {country_name(by, on)}", cite,
            facts=("person.location",),
        )  # fmt: skip
    if where == TAIWAN:
        return _in_taiwan(element, by, cite, on, doctrine)
    unknown = unknown_place(where, on)
    if unknown is not None:
        # Not a State the data knows (never a UN Member), nor a territory it records (on that
        # date: Mayotte before it became a French département): Curaçao, Greenland or Puerto Rico
        # may be part of the returning state, or in its charge.
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person is in {country_name(where, on)}, which the data records neither as a State "
            f"(a UN Member) nor as a territory of another{unknown}: whether it is within the "
            f"territory or jurisdiction of {country_name(by, on)} is not in the data",
            cite,
            facts=("person.location",),
            missing=(f"states[{by!r}].territories",),
        )
    # In a territory under another State's administration that ``by`` held part of its
    # territory (Macao and China, from 1976 until 1999): read as outside ``by``, named.
    ruled = administered_pair(where, by, on)
    return finding(
        element,
        Verdict.NOT_MET,
        f"the person is in {country_name(where, on)}, not in or at the frontier of {country_name(by, on)}"
        + ("" if ruled is None else f" ({administered_words(ruled, on)})"),
        cite,
        facts=("person.location",),
        assumptions=() if ruled is None else (administered_reading(ruled),),
    )


def frontier_return(
    element: str,
    at: str,
    said: str,
    cite: Citation,
    on: dt.date,
    doctrine: Doctrine,
    facts: tuple[str, ...],
    assumptions: tuple[str, ...] = (),
    cites: tuple[Citation, ...] = (),
) -> Finding:
    """:func:`within_territory` for a person at the state's frontier, not yet admitted, under a
    duty of refugee law (``at``: where the person is, in words; ``said``: how a territory's status
    was read to find it; ``facts``, ``assumptions`` and ``cites``: what that rests on, beyond the
    duty and ExCom Conclusion No. 6): rejection there is
    return "in any manner whatsoever" (ExCom Conclusion No. 6). Under the OAU Convention's art.
    II(3), by its own reading, which names it; under art. 33(1) and custom, as
    :func:`rejected_at_the_frontier` reads it, whichever side of the border post the person's
    location names: a third State's (a Hungarian at the Swiss frontier from Austria) or the
    returning state's own, or a territory it holds (*Sale v Haitian Centers Council* (1993) read
    "return ('refouler')" as the exclusion of aliens on the threshold of initial entry, at 180;
    ExCom Conclusion No. 6: "both at the border and within the territory")."""
    rejected = finding(
        element,
        Verdict.MET,
        f"{at}: rejection at the frontier is return 'in any manner whatsoever'{said}",
        cite,
        EXCOM_6,
        *cites,
        facts=facts,
        assumptions=assumptions,
    )
    if cite.instrument not in FRONTIER_DUTIES:
        return rejected
    return rejected_at_the_frontier(rejected, at, said, cite, on, doctrine)


def rejected_at_the_frontier(
    rejected: Finding, at: str, said: str, cite: Citation, on: dt.date, doctrine: Doctrine
) -> Finding:
    """:func:`within_territory` for a person who has left their own country and stands at the
    state's frontier, not yet admitted, under art. 33(1) or custom, whichever side of the border
    post their location names (:func:`frontier_return`; ``rejected``: the finding that rejection there
    is return; ``at``: where the person is, in words, and ``said``: how a territory's status was
    read to find it): the reading that it is (:data:`FRONTIER_READING`) is named; under art.
    33(1), in a return before ExCom Conclusion No. 6 (:data:`FRONTIER_DAY`), the earliest
    statement of it the library holds, it is read as ``doctrine.removal_readings_retrospective``
    takes it: ``True``, as from that day; ``False``, rejection at the frontier is not return under
    the article, the finding saying why; ``None`` (contested, the default), not known, the
    position asked. Custom before that day is not shown at all (its own finding says so)."""
    relied: tuple[str, ...] = (FRONTIER_READING,)
    if cite.instrument != "refugee-convention-1951" or on >= FRONTIER_DAY:
        return attrs.evolve(rejected, assumptions=(*relied, *rejected.assumptions))
    position = doctrine.removal_readings_retrospective
    relied = (*relied, doctrine.position("removal_readings_retrospective"))
    if position:
        return attrs.evolve(rejected, assumptions=(*relied, *rejected.assumptions))
    before = (
        "before ExCom Conclusion No. 6 (12 October 1977), the earliest statement the library "
        "holds that art. 33(1) reaches it (the 1951 Conference had placed on record that mass "
        "migrations across frontiers were not covered by art. 33)"
    )
    if position is False:
        return finding(
            rejected.element,
            Verdict.NOT_MET,
            f"{at}: on the doctrine's reading, rejection at the frontier is not return under art. "
            f"33(1) in a return {before}{said}",
            *rejected.citations,
            SALE_186,
            facts=rejected.facts,
            assumptions=(*relied, *rejected.assumptions),
        )
    return finding(
        rejected.element,
        Verdict.UNKNOWN,
        f"{at}: whether rejection at the frontier is return 'in any manner whatsoever' under art. "
        f"33(1) in a return {before} is contested{said}",
        *rejected.citations,
        SALE_186,
        facts=rejected.facts,
        assumptions=(*relied, *rejected.assumptions),
        missing=("doctrine.removal_readings_retrospective",),
    )


class DatedReading(NamedTuple):
    """A reading of a bar on return that the library dates: it governs returns from ``day`` on,
    and earlier ones as ``Doctrine.removal_readings_retrospective`` takes it
    (:func:`stated_from`).

    Args:
        provision: the bar as a reason names it ("ICCPR art. 7").
        day: the first day on which the reading governs a return: the day of the earliest
            statement of it the library names, or of the earliest removal to which the body
            that stated it applied it.
        since: that statement or removal in words, as a reason names it after "before".
        cites: what a finding on a return before the day cites.
    """

    provision: str
    day: dt.date
    since: str
    cites: tuple[Citation, ...]


def stated_from(
    risk: Finding, reading: DatedReading, on: dt.date | None, doctrine: Doctrine
) -> Finding:
    """The risk a bar weighs under ``reading`` (``risk``: as the reading finds it), in a return on
    ``on``: as found from the reading's day, or where it is not found; before the day, as
    ``doctrine.removal_readings_retrospective`` takes it: ``True``, as found, the position named
    and the reading's statement cited; ``False``, not weighed under the bar, the finding saying
    why; ``None`` (contested, the default), a risk the later reading would find (or may) is not
    known, the position asked. As ECHR art. 2 is read before *Bader and Kanbor*
    (``law.echr.life_under_article_2``)."""
    if on is None or on >= reading.day or risk.verdict is Verdict.NOT_MET:
        return risk
    position = doctrine.removal_readings_retrospective
    relied = (doctrine.position("removal_readings_retrospective"),)
    if position:
        cited = tuple(c for c in reading.cites if c not in risk.citations)
        return attrs.evolve(
            risk,
            citations=(*risk.citations, *cited),
            assumptions=tuple(dict.fromkeys((*risk.assumptions, *relied))),
        )
    if position is False:
        return finding(
            risk.element,
            Verdict.NOT_MET,
            f"on the doctrine's reading, {reading.provision} does not bar a return made before "
            f"{reading.since}, so the risk is not weighed under it",
            *reading.cites,
            facts=risk.facts,
            assumptions=relied,
        )
    return finding(
        risk.element,
        Verdict.UNKNOWN,
        f"whether {reading.provision} bars a return made before {reading.since} is contested; "
        f"on the reading stated since: {risk.reason}",
        *reading.cites,
        children=(risk,),
        assumptions=relied,
        missing=("doctrine.removal_readings_retrospective",),
    )


def unknown_place(where: str, on: dt.date) -> str | None:
    """``None`` if ``where`` is, on ``on``, a State the data knows (a UN Member at some time, or a
    former State, and not shown to be no State on that date; or one its statehood record shows a
    State then) or a territory it records as held;
    otherwise the words that date it (``""`` where the code is never recorded as either): Curaçao,
    Puerto Rico; Mayotte before 31 March 2011; Eritrea before 11 September 1952."""
    recorded = where in territories()
    if recorded and holder(where, on) is not None:
        return None
    dated = f" on {on.isoformat()}"
    if not_a_state(where, on) is not None:
        return dated
    if statehood(where) is not None:  # a State on that date by its own record (Palestine from 2012)
        return None
    if participation(where, "un-charter-1945") is None and not former_state(where):
        return dated if recorded else ""
    return None


def _in_taiwan(element: str, by: str, cite: Citation, on: dt.date, doctrine: Doctrine) -> Finding:
    """:func:`within_territory` for a person in Taiwan, not at the frontier: in China's territory
    on the reading that Taiwan is part of China, not on the other (GA res. 2758 (XXVI)); in no
    other State's on either."""
    here = country_name(by, on)
    if not taiwan_pair(TAIWAN, by, on):
        return finding(
            element,
            Verdict.NOT_MET,
            f"the person is in Taiwan, not in or at the frontier of {here}: Taiwan is part of "
            "China or a country other than China, on either reading of its relation to China, "
            f"and on neither part of {here}",
            cite,
            GA_2758,
            facts=("person.location",),
        )
    apart = doctrine.taiwan_outside_china
    if apart is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person is in Taiwan: whether that is within the territory of {here} "
            + TAIWAN_CONTESTED,
            cite,
            GA_2758,
            facts=("person.location",),
            missing=(TAIWAN_POSITION,),
        )
    return finding(
        element,
        Verdict.NOT_MET if apart else Verdict.MET,
        f"the person is in Taiwan, read as a country other than China: not in or at the frontier "
        f"of {here}"
        if apart
        else f"the person is in Taiwan, read as part of China, as Hong Kong and Macao are: in the "
        f"territory of {here}",
        cite,
        GA_2758,
        facts=("person.location",),
        assumptions=(doctrine.position("taiwan_outside_china"),),
    )


@reads("by", "to", "cite.instrument", "cite.provision", "on", "doctrine.taiwan_outside_china")
def destination(
    by: str, to: str, cite: Citation, on: dt.date, doctrine: Doctrine
) -> Finding | None:
    """Whether the destination is outside the returning state, where the data cannot say: CAT
    art. 3(1) bars return "to another State", and art. 33(1) and custom a return across a
    frontier. A code that is neither a State the data knows on ``on`` nor a territory it records
    then (Puerto Rico, Curaçao, Mayotte before 2011) may name part of the returning state, where
    no return to another State takes place: that is unknown, not a breach (the same test as the
    person's location, :func:`within_territory`). So is a removal between Taiwan and China where
    the doctrine takes no position on whether Taiwan is a country other than China
    (``taiwan_outside_china``); on the reading that it is, the finding says the return relies on
    it; on the reading that it is not, the return is refused as input, as a move within a state
    is, and a removal to Taiwan from any other State is a return to China, a State. A removal
    from China to Macao before 20 December 1999 is a return to another State, Macao read as
    Portugal's: from 25 April 1976 a contested reading, which the finding names
    (``law.territory.ADMINISTERED_READING``; on the other reading it would cross no frontier of
    China's territory). A removal by Portugal of a person in Macao to China is a return to
    another State on either reading, and names none: CAT art. 3(1) bars sending a person "to
    another State", one other than the State party, and China is not Portugal whoever held Macao;
    the person passes out of the jurisdiction Portugal alone exercised there into China's (CAT
    General Comment No. 4, para. 12: the person at risk "should be allowed to remain in the
    territory under the jurisdiction or control or authority of the State party"). ``None`` where
    the destination is known: a State, or a recorded territory (one that is part of the returning
    state, or one it is responsible for, is refused as input; the refusal of Macao for Portugal
    says it rests on the reading)."""
    if taiwan_pair(by, to, on):
        apart = doctrine.taiwan_outside_china
        there, here = country_name(to, on), country_name(by, on)
        return finding(
            "a return to another State",
            Verdict.UNKNOWN if apart is None else Verdict.of(apart),
            f"whether removing the person from {here} to {there} is a return to another State "
            + TAIWAN_CONTESTED
            if apart is None
            else f"{there} is a State other than {here}: Taiwan is read as a country other than "
            "China"
            if apart
            else f"{there} and {here} are one State: Taiwan is read as part of China, and a move "
            "within a state is not a return to another State",
            cite,
            *((GA_2758,) if apart is None else ()),
            missing=(TAIWAN_POSITION,) if apart is None else (),
            assumptions=() if apart is None else (doctrine.position("taiwan_outside_china"),),
        )
    ruled = administered_pair(by, to, on)
    if ruled is not None:
        # China to Macao before 1999: read as outside China, a territory of the State that
        # administered it, so a return to another State; on the other reading a move within China.
        return finding(
            "a return to another State",
            Verdict.MET,
            f"removing the person from {country_name(by, on)} to {country_name(to, on)} crosses "
            f"an international frontier: {administered_words(ruled, on)}",
            cite,
            assumptions=(administered_reading(ruled),),
        )
    if to == TAIWAN:
        # From a State other than China (the pair is above): Taiwan is part of China or a country
        # other than China, and on neither reading part of the returning State, so the removal
        # crosses an international frontier whichever is taken (art. 33(1): "the frontiers of
        # territories"; CAT art. 3(1): "another State", China on the one reading, Taiwan itself on
        # the other). The reading is named where the doctrine takes one; none is needed.
        return _to_taiwan(by, cite, on, doctrine)
    own = not_a_state(to, on)
    if own is not None and own.contested is not None and own_territory(to, own, on):
        return _to_own_territory(to, by, own.contested, cite, on)
    unknown = unknown_place(to, on)
    if unknown is None:
        return None
    return finding(
        "a return to another State",
        Verdict.UNKNOWN,
        f"{country_name(to, on)} is recorded neither as a State (a UN Member) nor as a territory of "
        f"another{unknown}: whether it is part of {country_name(by, on)}, so that removing the person "
        "there is no return to another State, is not in the data",
        cite,
        missing=(f"states[{by!r}].territories",),
    )


#: How the bars read a removal to a territory the data reads as a place of its own, part of no
#: State it records (Western Sahara; Palestine before 29 November 2012): art. 33(1) and custom
#: bar return "to the frontiers of territories", which it is; CAT art. 3(1) says "to another
#: State", read as reaching it.
OWN_TERRITORY_READING = (
    "a removal to a territory the data reads as a place of its own, part of no State it records, "
    "is read as a return to another State: it crosses an international frontier to "
    "'territories' (Refugee Convention art. 33(1)), and CAT art. 3(1)'s 'to another State' is "
    "read as reaching a territory whose statehood the data does not take; a State's claim to the "
    "territory, or its occupation of it, is not recorded and not weighed"
)


def _to_own_territory(to: str, by: str, reading: str, cite: Citation, on: dt.date) -> Finding:
    """:func:`destination` for a territory of its own (``reading``: the data's words for how it
    reads the place): outside the returning State, which the data does not read it as part of."""
    return finding(
        "a return to another State",
        Verdict.MET,
        f"{country_name(to, on)} is a territory of its own on the reading the data takes "
        f"({reading}), part of no State the data records, so not read as part of "
        f"{country_name(by, on)} (whether {country_name(by, on)} claimed it is not recorded)",
        cite,
        assumptions=(OWN_TERRITORY_READING,),
    )


def _to_taiwan(by: str, cite: Citation, on: dt.date, doctrine: Doctrine) -> Finding:
    """:func:`destination` for a removal to Taiwan by a State other than China: a return to
    another State on every reading of Taiwan's relation to China (GA res. 2758 (XXVI))."""
    apart, here = doctrine.taiwan_outside_china, country_name(by, on)
    reason = (
        f"Taiwan is outside {here} on either reading of its relation to China, which is "
        f"contested: part of China, a State other than {here}, or a country other than China"
        if apart is None
        else f"Taiwan is read as a country other than China, and is a State other than {here}"
        if apart
        else f"Taiwan is read as part of China, a State other than {here}"
    )
    return finding(
        "a return to another State",
        Verdict.MET,
        reason,
        cite,
        GA_2758,
        assumptions=() if apart is None else (doctrine.position("taiwan_outside_china"),),
    )


def outside(claim: Claim, by: str, on: dt.date) -> str:
    """Where a person under a state's effective control is, in words, naming the places as they
    were named on ``on``."""
    where = claim.person.location
    if where is None:
        return f"under the effective control of {country_name(by, on)}"
    return f"in {country_name(where, on)} but under the effective control of {country_name(by, on)}"


#: The fact that brings a person outside a State's territory and away from its frontier within its
#: reach (:func:`unheld`).
CONTROL = "under_control_of"


def unheld(
    reach: Callable[[Claim, str, Citation, dt.date, Doctrine], Finding],
    claim: Claim,
    by: str,
    cite: Citation,
    on: dt.date,
    doctrine: Doctrine,
    territorial: Finding,
) -> Finding:
    """The reach of a person known to be outside the territory of ``by`` and away from its
    frontier, whom the claim does not record under its effective control (``territorial``: not met,
    from :func:`within_territory`). A State returns a person only by acting on them: it can send
    someone in another State's territory to a third only by taking them into its officials'
    power, and a duty that follows jurisdiction reaches "anyone within the power or effective
    control of that State Party, even if not situated within the territory" (HRC General Comment
    31 para. 10; ``law.obligations.JURISDICTION_OF``). ``Claim.under_control_of`` cannot say that
    no State holds the person (it defaults to none), so its silence is not read as a finding that
    ``by`` does not: where ``reach`` (the bar's own rule) would reach the person were ``by`` to
    hold them, the reach is unknown, waiting on that fact (review s39 rt39 F1; before, not met,
    and a return to torture by a State that does not hold the person was "permitted"); where it
    would not (art. 33(1) for a person in their own country, or read as territorial), not met,
    as ``territorial`` says."""
    where = claim.person.location
    if (
        territorial.verdict is not Verdict.NOT_MET
        or claim.at_frontier
        or where is None
        or by in claim.under_control_of
    ):
        return territorial
    held = reach(
        attrs.evolve(claim, under_control_of=claim.under_control_of | {by}), by, cite, on, doctrine
    )
    if held.verdict is Verdict.NOT_MET:
        return territorial
    state = country_name(by, on)
    return finding(
        territorial.element,
        Verdict.UNKNOWN,
        f"{territorial.reason}; the claim does not record them under the effective control of "
        f"{state} ({CONTROL}), and {state} can return them only by taking them into its "
        f"officials' power: if it holds them, {held.reason}",
        *dict.fromkeys((*territorial.citations, *held.citations)),
        facts=tuple(dict.fromkeys((*territorial.facts, CONTROL, *held.facts))),
        missing=tuple(dict.fromkeys((CONTROL, *held.missing))),
        assumptions=tuple(dict.fromkeys((*territorial.assumptions, *held.assumptions))),
    )


#: States on record as rejecting a treaty's reach to persons under their effective control abroad,
#: with the statement that says so: the reach is still read as the treaty's body reads it, and
#: the result names the reading and cites the objection.
OBJECTED: Mapping[tuple[str, str], Citation] = {
    ("iccpr-1966", "USA"): Citation("us-iccpr-scope-2007", "scope"),
}


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
    "doctrine.taiwan_outside_china",
    "doctrine.removal_readings_retrospective",
)
def in_reach(claim: Claim, by: str, cite: Citation, on: dt.date, doctrine: Doctrine) -> Finding:
    """A duty that follows jurisdiction reaches a person in the state's territory, at its
    frontier, or anywhere under its effective control, each treaty's as its own body reads it
    (``law.obligations.JURISDICTION_OF``: HRC General Comment 31 para. 10 for the ICCPR,
    "anyone within the power or effective control of that State Party, even if not situated within
    the territory";
    CAT General Comment 2 para. 16; *Hirsi Jamaa v Italy* paras 74 and 81 for the ECHR). Custom
    and the regional conventions of the Americas and Africa are read as those are, and the result
    says so. A state on record as rejecting that reach (:data:`OBJECTED`: the United States for
    the ICCPR) is still read so, and the result names the reading and cites the objection. The
    doctrine bears on it only for a person in Taiwan (:func:`within_territory`)."""
    territorial = within_territory(claim, by, cite, on, doctrine)
    if territorial.verdict is Verdict.MET:
        return territorial
    if by not in claim.under_control_of:
        # Elsewhere, and not recorded as held: asked (review s39 rt39 F1).
        return unheld(in_reach, claim, by, cite, on, doctrine, territorial)
    own = JURISDICTION_OF.get(cite.instrument)
    texts = own or JURISDICTION
    dates = {c: adopted(c.instrument) for c in texts}
    later = [str(c) for c, day in dates.items() if day is not None and day > on]
    undated = [str(c) for c, day in dates.items() if day is None]
    assumptions: list[str] = []
    if not own:
        assumptions.append(
            f"no text the library holds states how far {cite} reaches beyond the state's "
            "territory: it is read as the Human Rights Committee, the Committee against Torture "
            "and the European Court read the duties that follow jurisdiction"
        )
    read_as = []
    if later:
        read_as.append(f"texts adopted later state it ({'; '.join(later)})")
    if undated:
        read_as.append(
            f"texts whose day of adoption the library does not hold state it ({'; '.join(undated)})"
        )
    objection = OBJECTED.get((cite.instrument, by))
    if objection is not None:
        assumptions.append(
            f"the reach of the {get_instrument(cite.instrument).short_title} to a person under a state's "
            f"effective control abroad is read as the treaty's body reads it; {country_name(by, on)} "
            "rejects that reading: in its view the treaty reaches only individuals both within its "
            "territory and subject to its jurisdiction"
        )
        texts = (*texts, objection)
    elif rejected := [i for i, state in OBJECTED if state == by]:
        treaties = ", ".join(get_instrument(i).short_title for i in rejected)
        assumptions.append(
            f"the reach of the {get_instrument(cite.instrument).short_title} to a person under a "
            f"state's effective control abroad is read as the treaty's body reads it; "
            f"{country_name(by, on)} rejects that reading for the {treaties}, and whether it "
            "rejects it for this treaty is not recorded"
        )
    if read_as:
        assumptions.append(
            "the reach of a duty that follows jurisdiction to a person under a state's effective "
            f"control, on {on.isoformat()}, is read as {' and as '.join(read_as)}: the library "
            "takes them to state what the duty required then"
        )
    return finding(
        f"within the reach of {country_name(by, on)}",
        Verdict.MET,
        f"the person is {outside(claim, by, on)}: the duty follows the state's jurisdiction, which "
        "reaches wherever it exercises effective control over a person, not only its territory",
        cite,
        *texts,
        facts=("under_control_of", "person.location"),
        assumptions=assumptions,
    )


@reads("cite.instrument", "cite.provision", "by", "on", "doctrine")
def bound(cite: Citation, by: str, on: dt.date, doctrine: Doctrine) -> Finding:
    """The returning state is bound by the provision on the date (as ``obligations_of`` says)."""
    obligation = obligation_at(cite, by, on, doctrine)
    if obligation is None:
        return finding(
            "the state is bound",
            Verdict.NOT_MET,
            f"{country_name(by, on)} is not bound by {cite} on {on.isoformat()}",
            cite,
        )
    if obligation.bound is Verdict.UNKNOWN:
        return finding(
            "the state is bound",
            Verdict.UNKNOWN,
            f"whether {country_name(by, on)} is bound by {cite} on {on.isoformat()} is beyond the "
            f"data ({'; '.join(obligation.notes[:1])})",
            cite,
            missing=[f"states[{by!r}].{cite.instrument}"],
        )
    via = f" (through {Citation(obligation.via, 'I(1)')})" if obligation.via else ""
    later = unrecorded_after(by, obligation.via or cite.instrument, on)
    record = participation(by, obligation.via or cite.instrument)
    # Inferred from a Protocol's record (Greece and the ECHR), or a record whose sources give no
    # day (a year alone): from that day at the latest.
    latest = (
        record is not None
        and obligation.since == record.in_force
        and (record.in_doubt_from is not None or inferred(record) is not None)
    )
    how = inferred(record) if latest else None
    since = (
        f" since {obligation.since.isoformat()}"
        + (" at the latest" if latest else "")
        + (f", {how}" if how else "")
        if obligation.since
        else ""
    )
    qualifications = qualified(record, cite.provision, on) if record is not None else ()
    stated = "".join(f"; {q[0].lower()}{q[1:-1]}" for q in qualifications)
    return finding(
        "the state is bound",
        Verdict.MET,
        f"{country_name(by, on)} is bound by {cite}{since}{via}{stated}{f'; {later}' if later else ''}",
        cite,
        assumptions=[STATED_NOT_APPLIED] if qualifications else [],
    )


#: Where the returning state qualified the provision (an understanding, or a reservation that
#: keeps the obligation): the library's reading, named where relied on.
STATED_NOT_APPLIED = (
    "a qualification the returning state made to the provision is stated, not applied: the bar is "
    "weighed as the provision reads, whether an understanding or reservation narrows the "
    "obligation internationally being contested (a standard a state has stated can be set in the "
    "Doctrine: cat_threshold=0.5 for the United States' 'more likely than not' under CAT "
    "art. 3)"
)


#: What ``Claim.onward_removal`` records for a destination: ``True`` (it would send the person on
#: to a country where they fear harm, not said which), ``False`` (to none), the countries it would
#: send them on to, or ``None`` (not known).
Onward = bool | frozenset[str] | None


def exposure(
    to: str,
    what: str,
    tested: tuple[tuple[str, Finding], ...] | None,
    onward: Onward,
    cite: Citation,
    on: dt.date | None = None,
    *,
    doctrine: Doctrine,
) -> Finding:
    """Risk on return to ``to``: directly, or indirectly where ``to`` would send the person on.
    A harm feared in a territory that is part of the destination's state on ``on``, or in the
    state of which the destination is part, is feared in the destination (Hong Kong and China
    after 1 July 1997: the receiving State is China either way; places compared by
    ``sources.territories.same_state``). Macao before 20 December 1999 is read as Portugal's, not
    China's: from 25 April 1976 a contested reading, named where the risk turns on it
    (``law.territory.ADMINISTERED_READING``).

    Taiwan and China are one State, or two, as ``doctrine.taiwan_outside_china`` reads it: where
    the answer turns on it (a harm feared in China by a person a third State sends to Taiwan, on
    the reading that Taiwan is part of China, is feared in the destination; on the other, only
    an onward removal could expose them to it), the reading taken is named, and where none is
    taken the risk is unknown, citing GA res. 2758 (XXVI) and asking the position.

    The risk onward is the risk in the country the person would be sent on to, not in any country
    where they fear harm (CAT General Comment No. 4, para. 12: no deportation "to another State
    where he/she may subsequently face deportation to a third State in which there are
    substantial grounds for believing that he/she would be in danger of being subjected to
    torture"): ``onward_return``.

    Args:
        to: the destination.
        what: the risk, in words ("torture").
        tested: for each feared harm, where it is feared and the bar's finding on it; ``None``
            where what the person fears is not known (``Claim.fears`` is ``None``).
        onward: where ``to`` would send the person on, as ``Claim.onward_removal`` records it
            (``Onward``: true, false, the countries, or ``None``, not known).
        cite: the provision of the bar the risk belongs to (an indirect return breaches that
            provision, not another).
        on: the date of the return (``None``: places compared as given).
        doctrine: the doctrine, for Taiwan's relation to China (``taiwan_outside_china``).
    """
    if tested is None:
        return unstated_risk(what, to, cite, on)
    found = _read_exposure(to, what, tested, onward, cite, on, doctrine)
    places = {to, *(country for country, _ in tested)}
    if isinstance(onward, frozenset):
        places |= onward
    ruled = administered_places()
    if on is None or ruled.isdisjoint(places):
        return found
    # A territory under another State's administration (Macao, from 1976 until 1999) is read as
    # that State's: where reading it as the State that held it its territory would change the
    # risk (a harm feared in Macao, on a return to China), the reading is named.
    periods = [p for p in (administered(c, on) for c in sorted(places & ruled)) if p is not None]
    if not periods:
        return found
    otherwise = _read_exposure(
        as_claimed(to, on),
        what,
        tuple([(as_claimed(c, on), f) for c, f in tested]),
        frozenset([as_claimed(c, on) for c in onward]) if isinstance(onward, frozenset) else onward,
        cite,
        on,
        doctrine,
    )
    if otherwise.verdict is found.verdict:
        return found
    return attrs.evolve(
        found,
        reason=f"{found.reason} ({administered_words(periods[0], on)})",
        assumptions=(*found.assumptions, administered_reading(periods[0])),
    )


def _read_exposure(
    to: str,
    what: str,
    tested: tuple[tuple[str, Finding], ...],
    onward: Onward,
    cite: Citation,
    on: dt.date | None,
    doctrine: Doctrine,
) -> Finding:
    """:func:`exposure` for the risks stated, Taiwan read as ``doctrine`` reads it."""
    places = {to, *(country for country, _ in tested)}
    if isinstance(onward, frozenset):
        places |= onward
    if on is None or TAIWAN not in places:
        return _exposure(to, what, tested, onward, cite, on, True)
    apart = _exposure(to, what, tested, onward, cite, on, True)
    china = _exposure(to, what, tested, onward, cite, on, False)
    taken = doctrine.taiwan_outside_china
    if apart.verdict is china.verdict:  # the reading decides nothing
        return china if taken is False else apart
    if taken is not None:
        chosen = apart if taken else china
        return attrs.evolve(
            chosen,
            assumptions=(*chosen.assumptions, doctrine.position("taiwan_outside_china")),
        )
    element, _ = risk_words(what, to, Verdict.UNKNOWN, True)
    return finding(
        element,
        Verdict.UNKNOWN,
        f"the risk on return to {country_name(to, on)} {TAIWAN_CONTESTED}: read as a country other "
        f"than China, {apart.reason}; read as part of China, {china.reason}",
        cite,
        GA_2758,
        missing=(TAIWAN_POSITION,),
        children=(
            attrs.evolve(
                apart, element=f"{apart.element}, Taiwan read as a country other than China"
            ),
            attrs.evolve(china, element=f"{china.element}, Taiwan read as part of China"),
        ),
    )


def _exposure(
    to: str,
    what: str,
    tested: tuple[tuple[str, Finding], ...],
    onward: Onward,
    cite: Citation,
    on: dt.date | None,
    taiwan_apart: bool,
) -> Finding:
    """:func:`exposure` on one reading of Taiwan's relation to China (``taiwan_apart``)."""
    direct: list[Finding] = []  # feared in ``to`` itself
    elsewhere: list[tuple[str, Finding]] = []  # feared in another country
    for country, f in tested:
        if same_state(country, to, on, taiwan_apart):
            direct.append(f)
        else:
            elsewhere.append((country, f))
    verdict = Verdict.any([f.verdict for f in direct])
    if elsewhere:
        risks = tuple([(country, f.verdict) for country, f in elsewhere])
        indirect = onward_return(to, risks, onward, on, taiwan_apart)
        if indirect is not None:
            chain, why, weighed, asks = indirect
            path = f"onward_removal[{to!r}]"
            direct.append(
                finding(
                    f"indirect return through {country_name(to, on)}",
                    chain,
                    why,
                    cite,
                    facts=(path,),
                    # A fact given is not missing, unless it leaves open where the person goes.
                    missing=(path,) if asks else (),
                    children=[f for country, f in elsewhere if country in weighed],
                )
            )
            verdict = verdict | chain
    element, reason = risk_words(what, to, verdict, bool(direct), on)
    # The risk is the element of the bar's own provision ("would be threatened", "in danger of
    # being subjected to torture", "real risk"): cited as the unstated risk's twin cites it.
    return finding(element, verdict, reason, cite, children=direct)


def unstated_risk(what: str, to: str, cite: Citation, on: dt.date | None = None) -> Finding:
    """The risk where what the person fears is not known: not "no risk". The risk is the
    returning state's to examine, whether or not the person raised it (CAT art. 3(2): "all
    relevant considerations"; *Hirsi Jamaa v Italy*, 2012: a failure to ask for asylum expressly
    did not exempt Italy from its obligations)."""
    place = country_name(to, on)
    return finding(
        f"risk of {what} in or from {place}",
        Verdict.UNKNOWN,
        f"what harm, if any, the person fears in or from {place} is not known (the risk is for "
        "the returning state to examine, whether or not the person raised it)",
        cite,
        facts=["fears"],
        missing=["fears"],
    )


#: How the library weighs the risks on a return through one State to another (named where it
#: decides: :func:`each_fear`). CAT General Comment No. 4, para. 12 asks of the State the person
#: would be sent on to whether there are substantial grounds for believing that they would be in
#: danger there; the risk in the State of return is weighed as in any return. That the harms feared
#: in the two are not taken together, though the removal puts the person through both in turn, is
#: the library's own reading.
STATE_BY_STATE_READING = (
    "the risks on a return through one State to another are weighed State by State: the harms "
    "feared in one State are taken together, but not with those feared in a State the person "
    "would be sent on to, though the removal puts the person through both in turn (CAT General "
    "Comment No. 4, para. 12 asks of that third State whether 'there are substantial grounds for "
    "believing that he/she would be in danger of being subjected to torture' there); a reading "
    "of the library's own: taken together across the States of the route, the likelihood that at "
    "least one of them befalls the person may reach the threshold where each State's does not, "
    "and an assessment of it (likelihood_of_any) names harms feared in one State"
)


def each_fear(
    claim: Claim,
    test: Callable[[Harm, str], Finding],
    threshold: float | None = None,
    on: dt.date | None = None,
    doctrine: Doctrine | None = None,
    what: str = "",
    cite: Citation | None = None,
    to: str | None = None,
) -> tuple[tuple[str, Finding], ...] | None:
    """For :func:`exposure`: where each feared harm is feared, and ``test(harm, path)`` on it
    (``None`` where what the person fears is not known).

    With ``threshold`` (the likelihood ``test`` asks of a harm) the harms feared in one State on
    ``on`` are taken together (:func:`~refugeelaw.law.together.weigh`): the risk the bar weighs is
    of ``what`` in any of the forms feared (CAT art. 3(1): "in danger of being subjected to
    torture"), so a harm that fails alone only on its likelihood, or only on an internal flight
    alternative found against it alone, and would otherwise be within the bar (``test`` on it
    were it certain to happen, and no alternative found) or may be, is weighed with the others,
    its finding the one on them all (citing ``cite``). A bar that weighs an internal flight
    alternative (ECHR arts 2 and 3, ICCPR arts 6 and 7, ACHR art. 22(8):
    ``law.iccpr.RELOCATION_READING``) is escaped by relocation only to one area free of the real
    risk (*Salah Sheekh v Netherlands*, 2007, para. 141: the person must be able to settle in "the
    area" without it): alternatives found against each harm alone may be different areas, so
    whether one area is free of them all is asked (``Claim.relocation_from_all``), as Art 1A(2)
    asks it; a bar that weighs none (CAT art. 3) is not answered by one, so none is asked.

    Taiwan and China are one State or two as ``doctrine`` reads Taiwan; where it takes no
    position and the harms taken together differ on the two readings, the finding turns on it
    (``law.territory.taiwan_read``). ``to``: the destination; where the person would be sent on
    from it and harms feared in different States of the route, each failing alone, might
    together reach the threshold, the State-by-State reading decides, and is named
    (:data:`STATE_BY_STATE_READING`)."""
    if claim.fears is None:
        return None
    fears = claim.fears
    tested = [(h.country, test(h, harm_path(i))) for i, h in enumerate(fears)]
    if threshold is None or doctrine is None or cite is None:
        return tuple(tested)
    relocation = claim_relocation(claim, doctrine, on)
    # The harms that fail alone and may fail only on their likelihood or on an alternative found
    # against them alone (the finding on relocation that answers it, where one is found).
    failing: list[tuple[int, str]] = []
    for i, (_, found) in enumerate(tested):
        harm = fears[i]
        if found.verdict is not Verdict.NOT_MET or harm.likelihood == 0:
            continue  # a harm certain not to happen adds nothing
        here, where = relocation_for(harm, harm_path(i), relocation)
        low = harm.likelihood is not None and harm.likelihood < threshold
        if low or here is True:
            failing.append((i, where if here is True else ""))
    parts = []
    for i, where in failing:
        harm = fears[i]
        # Feared in one State with another, on some reading of Taiwan (weighed below).
        if not any(
            j != i and same_state(fears[j].country, harm.country, on, False) for j, _ in failing
        ):
            continue
        path = harm_path(i)
        # The harm as the bar would find it were it certain to happen: every other condition.
        certain = test(attrs.evolve(harm, likelihood=1.0), path)
        likelihood = harm.likelihood
        likely = Verdict.UNKNOWN if likelihood is None else Verdict.of(likelihood >= threshold)
        if where and certain.verdict is Verdict.NOT_MET:
            # ... and with no alternative found: the bar weighs one, and it is what fails.
            free = test(attrs.evolve(harm, likelihood=1.0, internal_relocation=False), path)
            if free.verdict is not Verdict.NOT_MET:
                asked = (
                    ()
                    if likelihood is not None
                    else (
                        likelihood_against(
                            f"risk of {what}",
                            None,
                            path,
                            threshold,
                            f"likelihood at least {threshold:g}",
                            (cite,),
                            (),
                        ),
                    )
                )
                parts.append(
                    Part(i, harm, free.verdict, likely, Verdict.NOT_MET, where, (free, *asked))
                )
                continue
        if likely is Verdict.NOT_MET:
            parts.append(Part(i, harm, certain.verdict, Verdict.NOT_MET, findings=(certain,)))
    read = taiwan_together(parts, claim, threshold, on, doctrine)
    for i in dict.fromkeys(i for found in read.values() for i in found):
        own = tested[i][1]
        tested[i] = (
            tested[i][0],
            taiwan_read(
                {
                    apart: in_its_state(
                        own, i, found.get(i), threshold, on, claim, (cite,), what, "risk"
                    )
                    for apart, found in read.items()
                },
                doctrine,
            ),
        )
    if to is not None and on is not None:
        below = [i for i, _ in failing if (fears[i].likelihood or threshold) < threshold]
        tested = _state_by_state(claim, to, tested, below, parts, test, threshold, on, doctrine)
    return tuple(tested)


def _state_by_state(
    claim: Claim,
    to: str,
    tested: list[tuple[str, Finding]],
    below: list[int],
    parts: list[Part],
    test: Callable[[Harm, str], Finding],
    threshold: float,
    on: dt.date,
    doctrine: Doctrine,
) -> list[tuple[str, Finding]]:
    """``tested`` with :data:`STATE_BY_STATE_READING` named on the findings it decides: on a
    return to ``to`` from which the person may be sent on (``Claim.onward_removal``: not known
    not to be), the harms that fail alone only on their likelihood (``below``: their places, of
    the harms that fail alone with a likelihood below ``threshold``; ``parts``: those taken
    together in their State), still not met, feared in different States the person would pass
    through (``to``'s and those it would send them on to: one of them where it is not said
    which), whose likelihoods added reach ``threshold``."""
    onward = claim.onward_removal.get(to)
    if onward is False or len(below) < 2:
        return tested
    fears = claim.fears or ()
    apart = doctrine.taiwan_outside_china is not False
    route = (to, *onward) if isinstance(onward, frozenset) else None

    def reach(places: list[int]) -> bool:
        """Whether the harms at ``places``, feared in two or more States of the route, might
        together reach the threshold."""
        added: dict[str, float] = {}
        for i in places:
            country = fears[i].country
            key = next((c for c in added if same_state(country, c, on, apart)), country)
            added[key] = added.get(key, 0.0) + (fears[i].likelihood or 0.0)
        home = next((c for c in added if same_state(c, to, on, apart)), None)
        if len(added) < 2:
            return False
        if route is not None:  # the person would reach every country named
            return sum(added.values()) >= threshold
        # Sent on to one country, not said which (or not known whether).
        return (
            home is not None
            and added[home] + max(v for c, v in added.items() if c != home) >= threshold
        )

    candidates = [
        i
        for i in below
        if tested[i][1].verdict is Verdict.NOT_MET
        and (route is None or any(same_state(fears[i].country, c, on, apart) for c in route))
    ]
    if not reach(candidates):
        return tested
    weighed = {p.place: p for p in parts}

    def otherwise(i: int) -> Verdict:
        """The harm at ``i`` as the bar would find it were it certain to happen."""
        part = weighed.get(i)
        if part is not None:
            return part.core if part.relocation is Verdict.MET else Verdict.NOT_MET
        return test(attrs.evolve(fears[i], likelihood=1.0), harm_path(i)).verdict

    named = [i for i in candidates if otherwise(i) is not Verdict.NOT_MET]
    if not reach(named):
        return tested
    return [
        (
            country,
            attrs.evolve(f, assumptions=(*f.assumptions, STATE_BY_STATE_READING))
            if i in named
            else f,
        )
        for i, (country, f) in enumerate(tested)
    ]


def harm_exposure(
    case: ReturnCase,
    what: str,
    test: Callable[[Harm, str], Finding],
    cite: Citation,
    threshold: float | None = None,
) -> Finding:
    """:func:`exposure` for a bar that tests each feared harm on its own: ``test(harm, path)``
    is the bar's finding on one harm, and the risk is on return to ``case.to`` or onward from it;
    with ``threshold`` (the likelihood ``test`` asks), the harms feared in one State are taken
    together (:func:`each_fear`)."""
    claim = case.claim
    tested = each_fear(claim, test, threshold, case.on, case.doctrine, what, cite, case.to)
    onward = claim.onward_removal.get(case.to)
    return exposure(case.to, what, tested, onward, cite, case.on, doctrine=case.doctrine)


@reads("to", "risks", "onward", "on", "taiwan_apart")
def onward_return(
    to: str,
    risks: tuple[tuple[str, Verdict], ...],
    onward: Onward,
    on: dt.date | None = None,
    taiwan_apart: bool = True,
) -> tuple[Verdict, str, frozenset[str], bool] | None:
    """Return "in any manner whatsoever" includes return to a country that would send the person
    on to where they are at risk. ``risks``: for each harm feared elsewhere than ``to``, where it
    is feared and whether it shows the risk. Whether the return is one, why, the countries whose
    harms were weighed, and whether where ``to`` would send the person on is still asked
    (``None``: no risk elsewhere).

    The risk is the one in the country the person would be sent on to (CAT General Comment No. 4,
    para. 12: "a third State in which there are substantial grounds"). Where the countries are
    named, only the harms feared there are weighed (each country named is one the person would
    reach). Where it is only said that ``to`` would send the person on to a country where they
    fear harm (``True``), not which, the risk is shown only if it is shown in every such country,
    excluded only if excluded in every one, and otherwise not known, asking which country: one
    harm's risk is not imputed to a removal to another country where a lesser harm is feared.
    Places are compared by state on ``on`` (Hong Kong and China after 1 July 1997: one
    country; Taiwan and China as ``taiwan_apart`` reads them: ``sources.territories.same_state``)."""
    if all(verdict is Verdict.NOT_MET for _, verdict in risks):
        return None
    place = country_name(to, on)
    everywhere = frozenset([country for country, _ in risks])
    if onward is None:
        why = f"whether {place} would send the person on to where they are at risk is not known"
        return Verdict.UNKNOWN, why, everywhere, True
    if onward is False:
        why = (
            f"{place} would not send the person on: return there is not refoulement unless the "
            "person is at risk there"
        )
        return Verdict.NOT_MET, why, everywhere, False
    if onward is True:
        groups = _by_state(risks, on, taiwan_apart)
        if len(groups) > 1:
            return _somewhere(place, groups, everywhere, on)
        (chain,) = groups.values()
        return (
            chain,
            f"{place} would send the person on to where they are at risk",
            everywhere,
            False,
        )
    sent = [c for c in sorted(onward) if not same_state(c, to, on, taiwan_apart)]
    weighed = frozenset(
        [c for c, _ in risks if any(same_state(c, listed, on, taiwan_apart) for listed in sent)]
    )
    chain = Verdict.any([verdict for country, verdict in risks if country in weighed])
    names = _listed([country_name(c, on) for c in sent]) if sent else "no other country"
    if not weighed:
        there = "where they fear no harm"
    else:
        there = {
            Verdict.MET: "where they are at risk",
            Verdict.NOT_MET: "where they are not at risk",
            Verdict.UNKNOWN: "where whether they are at risk is not yet known",
        }[chain]
    return chain, f"{place} would send the person on to {names}, {there}", weighed, False


def _by_state(
    risks: tuple[tuple[str, Verdict], ...], on: dt.date | None, taiwan_apart: bool
) -> dict[str, Verdict]:
    """The risk in each country where a harm is feared (places of one state on ``on`` taken
    together, named by the first given), in the order given."""
    groups: dict[str, list[Verdict]] = {}
    for country, verdict in risks:
        key = next((g for g in groups if same_state(country, g, on, taiwan_apart)), country)
        groups.setdefault(key, []).append(verdict)
    return {country: Verdict.any(verdicts) for country, verdicts in groups.items()}


def _somewhere(
    place: str, groups: dict[str, Verdict], everywhere: frozenset[str], on: dt.date | None
) -> tuple[Verdict, str, frozenset[str], bool]:
    """:func:`onward_return` where ``place`` would send the person on to a country where they
    fear harm, not said which, and they fear harm in more than one (``groups``: the risk in
    each)."""
    found = set(groups.values())
    named = {
        verdict: _listed([country_name(c, on) for c, v in groups.items() if v is verdict])
        for verdict in found
    }
    start = f"{place} would send the person on to a country where they fear harm"
    if found == {Verdict.MET}:
        why = f"{start}, and whichever it is ({named[Verdict.MET]}), they are at risk there"
        return Verdict.MET, why, everywhere, False
    if found == {Verdict.UNKNOWN}:
        why = (
            f"{start}; whether they are at risk in any ({named[Verdict.UNKNOWN]}) is not yet known"
        )
        return Verdict.UNKNOWN, why, everywhere, False
    parts = [
        words + named[verdict]
        for verdict, words in (
            (Verdict.MET, "at risk in "),
            (Verdict.NOT_MET, "not at risk in "),
            (Verdict.UNKNOWN, "not yet known in "),
        )
        if verdict in found
    ]
    why = f"{start}, not said which, and the risk differs between them: {'; '.join(parts)}"
    return Verdict.UNKNOWN, why, everywhere, True


def _listed(names: list[str]) -> str:
    """Names joined in words ("A, B and C")."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


@reads("what", "to", "verdict", "feared", "on")
def risk_words(
    what: str, to: str, verdict: Verdict, feared: bool, on: dt.date | None = None
) -> tuple[str, str]:
    """The risk finding's element and reason (``feared``: some harm is feared in or from ``to``;
    ``to`` named as it was on ``on``)."""
    place = country_name(to, on)
    element = f"risk of {what} in or from {place}"
    if not feared:
        return element, f"no harm is feared in or from {place}"
    if verdict is Verdict.MET:
        return element, f"there is a risk of {what} on return to {place}"
    if verdict is Verdict.NOT_MET:
        return element, f"there is no risk of {what} on return to {place}"
    return element, f"whether there is a risk of {what} on return to {place} is not known"


def bar(
    element: str,
    parts: tuple[Finding, ...],
    cite: Citation,
    absolute: bool,
    exception: Finding | None = None,
) -> Finding:
    """A bar holds where every part holds and no exception lifts it."""
    verdict = Verdict.all([p.verdict for p in parts])
    children = parts
    if exception is not None:
        children = (*parts, exception)
        verdict = verdict & ~exception.verdict
    return finding(element, verdict, _BAR_REASONS[verdict, absolute], cite, children=children)


#: A bar's reason, by its verdict and whether it is absolute. A qualified bar that applies has
#: had its exceptions weighed (art. 33(2), as ``bar`` and the customary rule's refugee limb apply
#: it) and none lifts it; the customary rule may apply through its torture limb, which has none.
_BAR_REASONS = {
    (Verdict.MET, True): "the bar applies (absolute, no exception)",
    (Verdict.MET, False): "the bar applies, and no exception lifts it",
    (Verdict.NOT_MET, True): "the bar does not apply",
    (Verdict.NOT_MET, False): "the bar does not apply",
    (Verdict.UNKNOWN, True): "whether the bar applies is not yet known",
    (Verdict.UNKNOWN, False): "whether the bar applies is not yet known",
}


@reads("standard", "threshold")
def with_threshold(standard: str, threshold: float) -> str:
    """A standard of proof with the likelihood the doctrine sets for it."""
    return f"{standard} (likelihood at least {threshold:g})"


class Qualifier(NamedTuple):
    """A further condition of an absolute bar on one harm (who inflicts it, whether the state
    there protects against it, whether the person could relocate): its verdict, a note on why it
    fails, the facts it reads, those it still needs, and the readings and texts it rests on."""

    verdict: Verdict
    why_not: str
    reads: tuple[str, ...]
    needs: tuple[str, ...]
    assumptions: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()


def torture_kind(harm: Harm, path: str) -> tuple[Verdict, tuple[str, ...]]:
    """Whether ``harm`` would be torture within CAT art. 1(1) (``Harm.torture``), and, where that
    is not stated, the other facts of the harm that decide it. Torture is "severe pain or
    suffering": a harm judged minor or discrimination only is not torture, though whether it is
    has not been asked; nor is a punishment judged not excessive, art. 1(1) leaving out pain or
    suffering "arising only from, inherent in or incidental to lawful sanctions" (``Harm``
    refuses each pair as a contradiction, so ``torture`` could only be answered ``False``). The
    one reading of torture for CAT art. 3 (``law.cat_3.danger_of_torture``) and for the bars that
    weigh it beside other ill-treatment (ICCPR art. 7, ECHR art. 3)."""
    if harm.torture is None and harm.severity in BELOW_TORTURE:
        return Verdict.NOT_MET, (f"{path}.severity",)
    if harm.torture is None and harm.punishment_not_excessive:
        return Verdict.NOT_MET, (prosecution_fact(harm, path), f"{path}.disproportionate")
    return Verdict.of(harm.torture), ()


def severe_harm(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    kind: Verdict,
    flag: str,
    cite: Citation | tuple[Citation, ...],
    standard: str,
    qualifier: Qualifier | None = None,
    *,
    reads: tuple[str, ...] = (),
    reading: tuple[str, ...] = (),
    past: Citation | None = None,
    standard_of: str = "torture_threshold",
) -> Finding:
    """A harm of the ``kind`` an absolute bar covers, likely enough on the doctrine's threshold
    (``standard_of``: the Doctrine field that sets it, ``doctrine.torture_threshold`` unless the
    bar has a standard of its own, as CAT art. 3 may: ``law.cat_3.cat_standard``); ``flag`` is
    the fact that records the kind; ``cite``, the
    bar's provision, with any text that states what it means on a removal. ``qualifier``: a
    further condition of the bar. ``reads``: other facts of the harm the kind rests on (as
    ``Harm.torture`` beside ``Harm.irreparable``); where the kind is open, each of them and the
    flag that is not stated is missing, so that an open finding names what would decide it;
    ``reading``: how the library reads the provision to reach it (stated as relied on).
    ``past``: the authority under which the harm already suffered is itself an indication of a
    real risk (:func:`repetition`), where the bar has one."""
    threshold: float = getattr(doctrine, standard_of)
    likely = (
        Verdict.UNKNOWN if harm.likelihood is None else Verdict.of(harm.likelihood >= threshold)
    )
    facts = [f"{path}.{flag}", *reads, f"{path}.likelihood"]
    # The kind open: every fact it rests on that is not stated could decide it.
    missing = [
        p
        for p in (f"{path}.{flag}", *reads)
        if kind is Verdict.UNKNOWN
        and p.startswith(f"{path}.")
        and getattr(harm, p[len(path) + 1 :]) is None
    ]
    if harm.likelihood is None:
        missing.append(f"{path}.likelihood")
    texts: tuple[Citation, ...] = ()
    repeated = False
    if past is not None and likely is not Verdict.MET and harm.suffered_before is not False:
        likely, facts, missing = repetition(harm, path, likely, facts, missing)
        repeated = likely is Verdict.MET
        texts = (past,)
    verdict = kind & likely
    why_not = ""
    relied: tuple[str, ...] = ()
    if qualifier is not None:
        if verdict is not Verdict.NOT_MET:  # the condition's readings matter only then
            relied, texts = qualifier.assumptions, (*texts, *qualifier.citations)
        verdict = verdict & qualifier.verdict
        why_not = qualifier.why_not
        facts += qualifier.reads
        missing += qualifier.needs
    # The facts relied on are those given: an unknown one is missing, or did not matter.
    facts = [
        p
        for p in facts
        if not p.startswith(f"{path}.") or getattr(harm, p[len(path) + 1 :], None) is not None
    ]
    applied = with_threshold(standard, threshold)
    if verdict is Verdict.MET and repeated:
        reason = (
            f"{standard}: the person has already suffered such treatment, and no good reason is "
            "found to consider that it will not be repeated"
        )
        if harm.likelihood is not None:  # an estimate below the threshold, outweighed: named
            reason += (
                f"; the assessed likelihood {harm.likelihood:g} is below the threshold "
                f"{threshold:g}, but only such reasons displace the indication"
            )
    elif verdict is Verdict.MET:
        reason = applied
    elif verdict is Verdict.NOT_MET:
        reason = why_not if why_not and kind is not Verdict.NOT_MET else f"not shown: {standard}"
        if texts[:1] == (past,) and likely is Verdict.NOT_MET and kind is not Verdict.NOT_MET:
            reason += (
                "; the ill-treatment already suffered no longer indicates it: there are good "
                "reasons to consider that it will not be repeated"
            )
    else:
        reason = f"not yet known whether {standard}"
    return finding(
        path,
        verdict,
        reason,
        *(cite if isinstance(cite, tuple) else (cite,)),
        *texts,
        facts=facts,
        missing=missing,
        standard=applied,
        assumptions=(doctrine.position(standard_of), *reading, *relied),
    )
