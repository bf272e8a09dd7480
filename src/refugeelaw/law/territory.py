"""Where a state's treaties apply: a territory of its own whose treaty relations differ.

VCLT art. 29:

    Unless a different intention appears from the treaty or is otherwise established, a treaty
    is binding upon each party in respect of its entire territory.

For Hong Kong (part of China since 1 July 1997) and Macao (since 20 December 1999) a different
intention is established: China's treaties apply there as it has notified the depositaries. A
treaty China is a party to may not apply in Hong Kong (the Refugee Convention and its Protocol
were never extended to it), and one China is not a party to may (the ICCPR, which continued to
apply to Hong Kong from 1 July 1997). A person in Hong Kong is in China's territory and within its
jurisdiction; China, returning them, is bound by what applies in Hong Kong. Which territories and
treaties the data records is in ``data/territories.json`` (:mod:`refugeelaw.sources.territories`);
a treaty it holds no record of for such a territory is not known to bind there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

import attrs

from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Claim
from ..instruments import get as get_instrument
from ..logic import Finding, Verdict, finding
from ..results import StateObligation
from ..sources import Citation
from ..sources.territories import (
    TAIWAN,
    Administered,
    administered,
    administered_places,
    application,
    applications,
    as_claimed,
    held,
    in_china,
    part_of,
    responsible,
    same_state,
    state_of,
    statehood,
    territories,
    treaties_as_state,
)
from ..states import participants, participation, party_status
from .limits import Regime, before_the_protocol
from .obligations import (
    BY_JURISDICTION,
    JURISDICTION_OF,
    JURISDICTION_READING,
    TERRITORIAL_CLAUSE,
    VCLT_29,
    application_words,
    by_jurisdiction,
    declared_words,
    jurisdiction_territory,
    obligation_in_territory,
    others_records,
    territory_words,
)
from .together import Part, Together, weigh

#: The instruments whose application in a territory decides the definition a person there is
#: assessed under (:func:`regime_where`).
CONVENTION, PROTOCOL = "refugee-convention-1951", "refugee-protocol-1967"

__all__ = [
    "ADMINISTERED_READING",
    "GA_2758",
    "TAIWAN_CONTESTED",
    "TAIWAN_POSITION",
    "VCLT_29",
    "administered_decides",
    "administered_pair",
    "administered_reading",
    "administered_words",
    "bound_in_territory",
    "held_territory",
    "refugee_treaties",
    "regime_where",
    "same_state",
    "state_of",
    "statehood_readings",
    "taiwan_decides",
    "taiwan_pair",
    "taiwan_read",
    "taiwan_together",
    "taiwan_verdicts",
    "territory_words",
    "treaty_territory",
    "within_countries",
]


def held_territory(place: str | None, by: str, on: dt.date) -> str | None:
    """``place`` if it is a recorded territory that ``by`` held on ``on``, as part of its territory
    or as the state responsible for it (a person there is within ``by``'s jurisdiction), else
    ``None``."""
    if place is None or place == by:
        return None
    return place if responsible(place, on) == by else None


def treaty_territory(place: str | None, by: str, on: dt.date) -> str | None:
    """``place`` if it is a territory of ``by`` on ``on`` where the data does not show ``by``'s
    treaties binding it as in the rest of its territory (:func:`bound_in_territory` reads each
    treaty's record): one where they apply only as it has declared (Hong Kong and Macao for
    China; a territory for whose international relations it is responsible, save the treaties that
    reach it by jurisdiction, ``law.obligations.by_jurisdiction``), or part of it where
    whether a different intention was established (VCLT art. 29) is not recorded (Åland for
    Finland). Else ``None``: the person is then in ``by``'s territory for its treaties too, as in a
    French overseas département, part of France, where no different intention is recorded (VCLT
    art. 29) and no application record says otherwise."""
    held = held_territory(place, by, on)
    if held is None or (treaties_as_state(held, on) and not applications(held, by)):
        return None
    return held


def statehood_readings(codes: Iterable[str], on: dt.date) -> tuple[str, ...]:
    """The contested readings of statehood the data takes for ``codes`` on ``on``, in words, for a
    result's assumptions: a nationality of Palestine is one only on the reading that Palestine is a
    State from 29 November 2012 (GA res. 67/19; ``data/territories.json``, ``statehood``), and a
    result that reads it so says so. Before that day the code is refused as a nationality, so no
    reading is named for it."""
    found = []
    for code in codes:
        record = statehood(code)
        if record is not None and record.contested is not None and record.exists_on(on):
            found.append(record.contested)
    return tuple(dict.fromkeys(found))


# ---------------------------------------------------------------------------------------------
# Taiwan and China. Whether Taiwan is a country other than China is contested
# (Doctrine.taiwan_outside_china): the People's Republic of China holds it part of China, GA res.
# 2758 (XXVI) seated the People's Republic's representatives as "the only lawful representatives
# of China to the United Nations", ISO 3166 lists it as "Taiwan, Province of China", and it is
# governed separately. The data records no period in which it is part of any state
# (``data/territories.json`` holds no record for it), so the rules below read it either way only
# as the doctrine says, and where the answer turns on it and no position is taken, say so.
# ---------------------------------------------------------------------------------------------

#: The position, as a result's missing facts name it where the answer turns on it.
TAIWAN_POSITION = "doctrine.taiwan_outside_china"

#: GA res. 2758 (XXVI) (25 October 1971), preamble: the People's Republic's representatives "the
#: only lawful representatives of China to the United Nations" (its text does not name Taiwan).
GA_2758 = Citation("un-ga-res-2758-1971", "preamble")


def taiwan_decides(place: str, countries: Iterable[str], on: dt.date) -> bool:
    """Whether ``place`` is one of ``countries`` on ``on`` (:func:`within_countries`) only on one
    reading of Taiwan's relation to China: a national of China in Taiwan, a person of Taiwan in
    China, a harm feared in the one by a national of the other (Hong Kong and Macao counted as
    part of China, whichever is given)."""
    given = tuple(countries)
    if place != TAIWAN and TAIWAN not in given:
        return False
    apart = within_countries(place, given, on) is None
    return apart != (within_countries(place, given, on, False) is None)


def taiwan_pair(place: str, other: str, on: dt.date) -> bool:
    """Whether two places are one state on ``on`` (:func:`same_state`) only on one reading of
    Taiwan's relation to China: Taiwan and China (or Hong Kong or Macao after they became part
    of it)."""
    return taiwan_decides(place, (other,), on)


#: Why an answer that turns on Taiwan's relation to China is not known, where the doctrine takes
#: no position: after the question, in words ("whether the person, in Taiwan, is outside China").
TAIWAN_CONTESTED = (
    "turns on whether Taiwan is a country other than China, which is contested: the People's "
    "Republic of China holds it part of China; GA res. 2758 (XXVI) (25 October 1971) recognised "
    'the representatives of its Government as "the only lawful representatives of China to the '
    'United Nations" (the resolution does not name Taiwan); ISO 3166 lists it as "Taiwan, '
    'Province of China"; and it is governed separately. The doctrine takes no position '
    "(taiwan_outside_china)"
)


#: Why harms feared in Taiwan and in China, taken together on one reading of Taiwan's relation to
#: China and not on the other, give a finding that turns on it (:func:`taiwan_read`).
_TOGETHER_CONTESTED = (
    "whether the harms feared in Taiwan and in China are feared in one State, and so taken "
    f"together, {TAIWAN_CONTESTED}"
)


def taiwan_together(
    parts: Sequence[Part],
    claim: Claim,
    threshold: float,
    on: dt.date | None,
    doctrine: Doctrine,
) -> dict[bool, dict[int, Together]]:
    """The harms of ``parts`` taken together (:func:`~refugeelaw.law.together.weigh`) on each
    reading of Taiwan's relation to China (``True``: a country other than China; ``False``: part
    of it) where two of them are feared in one State on one reading only (:func:`taiwan_pair`:
    Taiwan and China, or Hong Kong or Macao after they became part of it); elsewhere on the
    reading the doctrine takes alone (apart unless it reads Taiwan as part of China). The harms
    feared in one State are taken together, so the reading that decides whether Taiwan and China
    are one decides which are: :func:`taiwan_read` and :func:`taiwan_verdicts` weigh the two."""
    countries = list(dict.fromkeys(p.harm.country for p in parts))
    if on is None or not any(
        taiwan_pair(a, b, on) for n, a in enumerate(countries) for b in countries[n + 1 :]
    ):
        apart = doctrine.taiwan_outside_china is not False
        return {apart: weigh(parts, claim, threshold, on, apart)}
    return {apart: weigh(parts, claim, threshold, on, apart) for apart in (True, False)}


def taiwan_verdicts(
    found: Mapping[bool, Mapping[int, Together]], doctrine: Doctrine
) -> dict[int, Together]:
    """The harms taken together on each reading (:func:`taiwan_together`), for the verdict alone:
    for each harm taken together on some reading, the finding on them all with the verdict on
    the reading the doctrine takes where the two differ (on the reading where it is taken
    together with none, its own element stands, which it fails), or not known where it takes
    none; the same verdict on both, that one."""
    if len(found) == 1:
        return dict(next(iter(found.values())))
    taken = doctrine.taiwan_outside_china
    weighed: dict[int, Together] = {}
    for i in dict.fromkeys([*found[False], *found[True]]):
        read = {
            apart: together.verdict if (together := found[apart].get(i)) else Verdict.NOT_MET
            for apart in (True, False)
        }
        if read[True] is read[False]:
            verdict = read[True]
        else:
            verdict = Verdict.UNKNOWN if taken is None else read[taken]
        weighed[i] = (found[False].get(i) or found[True][i])._replace(verdict=verdict)
    return weighed


def taiwan_read(read: Mapping[bool, Finding], doctrine: Doctrine) -> Finding:
    """One element of a harm found on each reading of Taiwan's relation to China (``read``, by
    reading: ``True``, a country other than China; ``False``, part of it), the harms feared in one
    State taken together on each (:func:`taiwan_together`): the same verdict on both, the
    doctrine's reading's finding, naming no position; different, the finding on the reading the
    doctrine takes, naming it, or, where it takes none, not known, citing GA res. 2758 (XXVI) and
    asking the position (as the other findings that turn on it do)."""
    if len(read) == 1:
        return next(iter(read.values()))
    apart, china = read[True], read[False]
    taken = doctrine.taiwan_outside_china
    if apart.verdict is china.verdict:
        return china if taken is False else apart
    if taken is not None:
        chosen = read[taken]
        return attrs.evolve(
            chosen,
            assumptions=(*chosen.assumptions, doctrine.position("taiwan_outside_china")),
        )
    return finding(
        apart.element,
        Verdict.UNKNOWN,
        f"{_TOGETHER_CONTESTED}: read as a country other than China, {apart.reason}; read as "
        f"part of China, {china.reason}",
        *dict.fromkeys((*apart.citations, *china.citations, GA_2758)),
        missing=(TAIWAN_POSITION,),
        standard=apart.standard,
        children=(
            attrs.evolve(
                apart, element=f"{apart.element}, Taiwan read as a country other than China"
            ),
            attrs.evolve(china, element=f"{china.element}, Taiwan read as part of China"),
        ),
    )


# ---------------------------------------------------------------------------------------------
# A territory under another State's administration. Macao, from 25 April 1976 until 19 December
# 1999: Portugal administered it and answered for its international relations, but its
# Constitution of 1976 did not count it in Portugal's territory (art. 5(1)), China held it Chinese
# territory, and by the Joint Declaration of 1987 (in force 15 January 1988) both declared that it
# "is Chinese territory" (para. 1). No source read holds it outside China: what is contested is
# the library's own reading, which keeps the territory with the administering State
# (``state_of``), outside the other, on administration and jurisdiction alone. The data records
# the period, with the other State, as data (``data/territories.json``: ``territory_of``, with the
# words in ``contested``; ``sources.territories.administered``). The rules decide as before; a
# result names the reading where its answer turns on it (:func:`administered_decides`), and its
# finding says so in words (:func:`administered_words`). Hong Kong has no such period: China's
# claim alone.
# ---------------------------------------------------------------------------------------------

#: How the library reads such a territory, named (after the period's own words, which say what the
#: sources hold against it) where an answer turns on it.
ADMINISTERED_READING = (
    "the library reads a territory that a State administered and for whose international "
    "relations it was responsible, but did not hold part of its own territory, while another "
    "State held it part of its (data/territories.json, 'territory_of'), as the administering "
    "State's and outside the other, until the other resumed the exercise of sovereignty there. "
    "That reading, not the other State's title, is the contested point: in the sources cited, "
    "the administering State did not count the territory in its own territory, the other held it "
    "part of its, and where the two agreed they declared it the other's; none holds it outside "
    "the other State. The library takes it on administration and jurisdiction alone: the "
    "administering State alone exercised jurisdiction there and conducted the territory's "
    "international relations, extending its treaties to it, and the other exercised none, so "
    "that a person there was within the administering State's reach and beyond the other's. On "
    "the other reading, the territory "
    "being the other State's: a national of that State there would not be outside the country of "
    "his nationality (Refugee Convention art. 1A(2)), and harm feared there would be feared in "
    "that State; a removal by that State into the territory would cross no frontier of its "
    "territory, a move within it rather than a return to another State (CAT art. 3(1)), though "
    "it would hand the person to the administering State's jurisdiction; one by the "
    "administering State to the territory would be a removal to the other State's territory, "
    "though not out of the administering State's jurisdiction; and a national of the "
    "administering State there would be outside his own country. A removal by the administering "
    "State from the territory to the other State is a return to another State on either "
    "reading: the person passes out of its jurisdiction into that of a State other than itself "
    "(CAT art. 3(1), 'to another State')"
)


def administered_decides(
    place: str, countries: Iterable[str], on: dt.date, taiwan_apart: bool = True
) -> Administered | None:
    """The administered period (``sources.territories.administered``) on which whether ``place``
    is one of ``countries`` on ``on`` (:func:`within_countries`, Taiwan as ``taiwan_apart`` reads
    it) turns: the answer differs when the territory is read as the State that held it part of
    its territory (``sources.territories.as_claimed``: Macao as China, in 1990). ``None``: it
    turns on no such reading (a North Korean in Macao, a harm feared in China by a Portuguese
    national, any place after 19 December 1999)."""
    given = tuple(countries)
    ruled = administered_places()
    if place not in ruled and ruled.isdisjoint(given):
        return None
    periods = [p for p in (administered(c, on) for c in (place, *given)) if p is not None]
    if not periods:
        return None
    taken = within_countries(place, given, on, taiwan_apart) is None
    other = tuple([as_claimed(c, on) for c in given])
    otherwise = within_countries(as_claimed(place, on), other, on, taiwan_apart) is None
    return periods[0] if taken != otherwise else None


def administered_pair(place: str, other: str, on: dt.date) -> Administered | None:
    """The administered period on which whether two places are one State on ``on``
    (:func:`same_state`) turns: Macao and China, or Macao and Portugal, in 1990."""
    return administered_decides(place, (other,), on)


def administered_reading(period: Administered) -> str:
    """The reading, named among a result's assumptions where its answer turns on ``period``: the
    period's own words (why it is contested), then :data:`ADMINISTERED_READING`."""
    return f"{period.contested}: {ADMINISTERED_READING}"


def administered_words(period: Administered, on: dt.date) -> str:
    """The words a finding that turns on ``period`` adds to its reason: "Macao, under the
    administration of Portugal, is read as Portugal's and outside China" (a reading, named with
    them: not that Macao was Portugal's territory, which its Constitution of 1976 did not count it
    in)."""
    state = country_name(period.state, on)
    return (
        f"{country_name(period.place, on)}, under the administration of {state}, is read as "
        f"{state}'s and outside {country_name(period.territory_of, on)}"
    )


def within_countries(
    place: str, countries: Iterable[str], on: dt.date, taiwan_apart: bool = True
) -> str | None:
    """Whether ``place`` is one of ``countries`` on ``on``, counting a territory that is part of a
    state, or one for whose international relations it is responsible, as that state
    (:func:`state_of`), whichever of the two is given (Hong Kong and China after 1 July 1997):
    ``""`` if it is one of them as given, the words that say why if it is so only by such a
    territory, ``None`` if it is not. ``taiwan_apart``: Taiwan read as a country other than China
    (``False``: as part of it, the words then saying so; a rule that can tell which it must read
    asks :func:`taiwan_decides`)."""
    if not taiwan_apart:
        countries = tuple(countries)
    if not taiwan_apart and (place == TAIWAN or TAIWAN in countries):
        found = within_countries(in_china(place), tuple(map(in_china, countries)), on)
        if found is None or place in countries:
            return found
        if place == TAIWAN:
            return ", part of China on the reading taken (taiwan_outside_china=False)"
        return f"{found}, of which Taiwan is part on the reading taken (taiwan_outside_china=False)"
    if place in countries:
        return ""
    recorded = territories()
    if place not in recorded and recorded.isdisjoint(countries):
        return None
    whole = state_of(place, on)
    if whole != place and whole in countries:
        return f", {_held_words(place, on)} on {on.isoformat()}"
    for country in countries:
        if state_of(country, on) == place != country:
            how = "is part" if part_of(country, on) == place else "is a territory"
            return f", of which {country_name(country, on)} {how} on {on.isoformat()}"
    return None


def _held_words(place: str, on: dt.date) -> str:
    """How a held territory belongs to its State, in words: "part of China", "a territory of
    United States" (one for whose international relations it is responsible); one under a State's
    administration that did not hold it part of its territory, while another did
    (``sources.territories.administered``), "a territory under the administration of Portugal"
    (Macao from 1976 until 1999: the Constitution of 1976, art. 5(4), "under Portuguese
    administration"), the words claiming no more than both readings hold."""
    state = state_of(place, on)
    if part_of(place, on) == state:
        return f"part of {country_name(state, on)}"
    if administered(place, on) is not None:
        return f"a territory under the administration of {country_name(state, on)}"
    return f"a territory of {country_name(state, on)}"


def bound_in_territory(
    cite: Citation,
    by: str,
    on: dt.date,
    doctrine: Doctrine,
    territory: str,
    state_binds: Finding,
    obligation: StateObligation | None,
) -> tuple[Finding, StateObligation | None]:
    """Whether the obligation at ``cite`` binds ``by`` in respect of ``territory`` on ``on``, and
    the obligation if it does or might: a treaty binds there as the data records it applies
    there (VCLT art. 29 for a party; for a treaty the state is not a party to, as it has notified
    that the treaty continues to apply there), whatever binds the rest of the state's territory
    (``state_binds``, ``obligation``). With no record: a treaty that follows jurisdiction and has
    no territorial-application clause (CAT, the ICCPR) binds the state in respect of a territory
    for whose international relations it is responsible, or of a part of it with nothing recorded
    (Greenland, Åland), as it binds the state, on ``law.obligations.JURISDICTION_READING`` (named;
    ``law.obligations.jurisdiction_territory``); a treaty with a territorial clause that binds the
    state nowhere binds it in no territory for whose international relations it is responsible
    (Refugee Convention art. 40: a party extends it); any other treaty is unknown there, said as
    "only as it has declared" where the state has declared its treaties' application there (Hong
    Kong) or is responsible for the territory (by the treaty's own clause, Refugee Convention art.
    40; a Convention duty is asked through the refugee treaty that binds the state,
    :func:`refugee_treaties`: for a party to the 1967 Protocol alone, the Protocol's application,
    art. VII(4)); for a part of the state with no record at all (Åland), as art. 29's presumption
    with whether a different intention was established not recorded. A rule of custom binds the
    state wherever it acts."""
    inst = get_instrument(cite.instrument)
    if inst.kind != "treaty":
        return state_binds, obligation
    if inst.entry_into_force is not None and on < inst.entry_into_force:
        # Not yet in force anywhere: it binds the state in no territory of its (the state's own
        # finding says so).
        return state_binds, obligation
    state, name, where = (
        country_name(by, on),
        country_name(territory, on),
        territory_words(territory, on),
    )
    # Art. 29 sets the territorial scope of a treaty for a party; a treaty the state is not a party
    # to binds it there only by its own notification, which the record's sources give.
    scope = (VCLT_29,) if state_binds.verdict is not Verdict.NOT_MET else ()
    element = "the state is bound"
    if by_jurisdiction(cite.instrument, territory, by, on):
        others = others_records(cite.instrument, territory, by, on)
        part = held(territory, on) == (by, "part")
        return _by_jurisdiction(
            cite, (state, name, where, others), part, scope, state_binds, obligation
        )
    # A Convention duty that binds the state through the Protocol alone (art. I(1)) reaches the
    # territory as the Protocol does (art. VII(4)): the Convention's art. 40 does not bind it.
    # Which refugee treaty binds it is one rule, the one the status rules ask (refugee_treaties).
    through = cite.instrument
    if cite.instrument == CONVENTION and refugee_treaties(by, on) == (PROTOCOL,):
        through = PROTOCOL
    applied = get_instrument(through)
    record = application(territory, by, through)
    asked = (f"states[{by!r}].{through}.{territory}",)
    if (
        record is None
        and state_binds.verdict is Verdict.NOT_MET
        and held(territory, on) == (by, "part")
        and not _ever_in_force_for(territory, through)
    ):
        # A treaty binds a party in respect of its territory (art. 29); a State bound by it
        # nowhere is bound by it in no part of its territory either, and the data records no
        # notification that would bind it there. A part that is or was a party in its own right
        # is left to its record (a treaty in force for a State that unites with another may
        # continue in respect of it, VCSST art. 31): the data does not say, so it stays unknown.
        return (
            finding(
                element,
                Verdict.NOT_MET,
                f"the person is in {where}; {state} is not bound by {cite} at all on "
                f"{on.isoformat()} (below), so it is bound by it in no part of its territory "
                "(a treaty binds a party in respect of its territory, VCLT art. 29), and the data "
                "records no application of it there",
                cite,
                VCLT_29,
                children=(state_binds,),
            ),
            None,
        )
    if (
        record is None
        and state_binds.verdict is Verdict.NOT_MET
        and through in TERRITORIAL_CLAUSE
        and held(territory, on) == (by, "responsible")
    ):
        # The clause lets a party extend the treaty to such a territory (Refugee Convention art.
        # 40(1)-(2): at signature, ratification or accession, or by notification thereafter): a
        # State bound by it nowhere has extended it nowhere, and is not bound there either.
        clause = TERRITORIAL_CLAUSE[through]
        return (
            finding(
                element,
                Verdict.NOT_MET,
                f"the person is in {where}, where {applied} reaches {state} only as it extends "
                f"it ({clause}: a party extends it to a territory for whose international "
                f"relations it is responsible); {state} is not bound by {cite} at all on "
                f"{on.isoformat()} (below) and the data records no application of it there, so "
                "it does not bind it there either",
                cite,
                children=(state_binds,),
            ),
            None,
        )
    if record is None:
        reason = f"the person is in {where}{declared_words(through, territory, by, on)}"
        if through != cite.instrument:
            reason += f"; {state} is bound by {cite} only through {applied} (art. I(1))"
        reason += f"; whether {applied if through != cite.instrument else cite} binds {state} in "
        reason += f"respect of {name} is not in the data"
        return (
            finding(
                element,
                Verdict.UNKNOWN,
                reason,
                cite,
                *scope,
                missing=asked,
                children=(state_binds,),
            ),
            obligation_in_territory(
                by,
                cite,
                doctrine,
                None,
                (f"Application in {name} unknown: {reason}.",),
                Verdict.UNKNOWN,
                on,
            ),
        )
    verdict, words = application_words(record, on)
    said = f"{cite if through == cite.instrument else applied} {words}"
    if cite.instrument in BY_JURISDICTION and jurisdiction_territory(territory, by, on):
        # Where the reading of reach by jurisdiction would otherwise apply, the record decides.
        said += " (the data's record of its application there is followed)"
    if verdict is Verdict.NOT_MET:
        reason = f"the person is in {where}: {said}, so it does not bind {state} there, whatever "
        reason += "binds it elsewhere"
        obligation = None
    elif verdict is Verdict.UNKNOWN:
        reason = f"the person is in {where}: {said}"
        obligation = obligation_in_territory(by, cite, doctrine, None, (f"{said}.",), verdict, on)
    else:
        reason = f"the person is in {where}, and {said}"
        obligation = obligation_in_territory(
            by, cite, doctrine, record.since, (f"{said}.",), verdict, on
        )
    return (
        finding(
            element,
            verdict,
            reason,
            cite,
            *scope,
            missing=asked,
            children=(state_binds,),
        ),
        obligation,
    )


def _ever_in_force_for(state: str, instrument: str) -> bool:
    """Whether the data records ``instrument`` in force for ``state`` in its own right on some
    date (a part of a State that was a party before it joined it)."""
    record = participation(state, instrument) if state in participants(instrument) else None
    return record is not None and record.in_force is not None


def _by_jurisdiction(
    cite: Citation,
    names: tuple[str, str, str, str],
    part: bool,
    scope: tuple[Citation, ...],
    state_binds: Finding,
    obligation: StateObligation | None,
) -> tuple[Finding, StateObligation | None]:
    """:func:`bound_in_territory` for a treaty that follows jurisdiction and has no
    territorial-application clause, in a territory the reading reaches
    (``law.obligations.jurisdiction_territory``: one for whose international relations the state
    is responsible, or a part of it with nothing recorded) where the data records nothing of the
    state's application of it (``names``: the state's, the territory's, the territory in words,
    :func:`territory_words`, and what the data records of it there for another State,
    ``law.obligations.others_records``; ``part``: the territory is part of the state, a person
    there within its jurisdiction a fortiori): it binds the state there as it binds the state, on
    ``law.obligations.JURISDICTION_READING``, named where it decides (not where the state is not
    bound at all)."""
    inst = get_instrument(cite.instrument)
    state, name, where, others = names
    verdict = state_binds.verdict
    own = " (its own territory, a fortiori)" if part else ""
    binds = {
        Verdict.MET: f"so {cite} binds {state} there as it binds it",
        Verdict.NOT_MET: f"so {cite} would bind {state} there as it binds it, and it does not",
        Verdict.UNKNOWN: f"so {cite} binds {state} there as it binds it, which the data cannot say",
    }[verdict]
    reason = (
        f"the person is in {where}, and so within {state}'s jurisdiction{own}: {inst} has no "
        "territorial-application clause and reaches every person within a party's jurisdiction "
        f"({'; '.join(str(c) for c in JURISDICTION_OF[cite.instrument])}), {binds}; the data "
        f"records nothing of its application there by {state}{others}"
    )
    read = verdict is not Verdict.NOT_MET
    if obligation is not None and read:
        obligation = attrs.evolve(
            obligation,
            notes=(
                *obligation.notes,
                f"Binds {state} in respect of {name} as it binds it: {JURISDICTION_READING}.",
            ),
        )
    return (
        finding(
            "the state is bound",
            verdict,
            reason,
            cite,
            *JURISDICTION_OF[cite.instrument],
            *scope,
            children=(state_binds,),
            assumptions=(JURISDICTION_READING,) if read else (),
        ),
        obligation,
    )


def refugee_treaties(state: str, on: dt.date) -> tuple[str, ...]:
    """The refugee treaties, of the 1951 Convention and the 1967 Protocol, that bind or may bind
    ``state`` on ``on`` (``states.party_status`` not ``NOT_MET``): both for a party to both, the
    Convention alone for a party to it alone (every party before the Protocol of 1967), the
    Protocol alone for a party to it alone (the United States: Protocol art. I(1)), none for a
    State bound by neither. Where the Protocol binds and the Convention is not known to (a
    ratification or accession after the data's horizon would not be recorded), the Convention's
    duties bind through the Protocol whatever the answer (art. I(1)), as the obligations survey
    reads them: the Protocol alone. The one rule by which :func:`regime_where` asks which of them
    apply in a territory (Refugee Convention art. 40, 1967 Protocol art. VII(4)) and
    :func:`bound_in_territory` asks through which a Convention duty reaches it."""
    verdicts = {i: party_status(state, i, on=on).verdict for i in (CONVENTION, PROTOCOL)}
    if verdicts[PROTOCOL] is Verdict.MET and verdicts[CONVENTION] is not Verdict.MET:
        return (PROTOCOL,)
    return tuple(i for i, verdict in verdicts.items() if verdict is not Verdict.NOT_MET)


def regime_where(regime: Regime, place: str | None, on: dt.date) -> Regime:
    """``regime`` as it reaches a person in ``place`` on ``on``: where that is a territory of the
    state in which its treaties are not shown to apply as in the rest of its territory
    (:func:`treaty_territory`; Hong Kong for China: VCLT art. 29,
    ``data/territories.json``), the Convention and the Protocol bind the state there only as the
    data records their application. Where neither applies there (the Convention and the Protocol
    were never extended to Hong Kong), the definition is applied as it is for a state bound by
    neither, as the Protocol reads it, without creating a treaty duty; where the data does not
    say whether one applies there, the words say so and the limits stay the state's (China, the
    one state for whose territories the data records such applications, keeps none, so the
    definition is the same either way). Elsewhere, ``regime`` itself."""
    state = regime.state
    if state is None or place is None or place == state:
        return regime
    from ..sources.territories import application, territories

    if place not in territories():
        return regime
    where = treaty_territory(place, state, on)
    if where is None:
        return regime
    # Only the refugee treaties that bind (or may bind) the state on the day are asked there: a
    # party to the Protocol alone is bound by neither the Convention nor its art. 40 (art.
    # VII(4)); before the Protocol (1967) a party is bound by the Convention alone (art. 40).
    bound = refugee_treaties(state, on)
    if not bound:
        return regime
    verdicts = []
    for instrument in bound:
        record = application(where, state, instrument)
        verdicts.append(Verdict.UNKNOWN if record is None else application_words(record, on)[0])
    name, there = country_name(state, on), territory_words(where, on)
    # A territory that is part of the state: a treaty binds it in respect of its entire territory
    # unless a different intention is established (VCLT art. 29). One for whose international
    # relations it is responsible: the Convention and the Protocol reach it only as the state
    # extends them (Convention art. 40; Protocol art. VII(4)).
    one = len(bound) == 1
    clauses = " and ".join(str(TERRITORIAL_CLAUSE[i]) for i in bound)
    rule = (
        "VCLT art. 29: a treaty binds a party in respect of its entire territory unless a "
        "different intention is established"
        if held(where, on) == (state, "part")
        else f"{clauses}: {'it extends' if one else 'they extend'} to a territory for whose "
        "international relations a state is responsible only as the state declares"
    )
    named = {CONVENTION: "the Convention", PROTOCOL: "the Protocol"}
    which = " and ".join(named[i] for i in bound) + (" applies" if one else " apply")
    if all(v is Verdict.NOT_MET for v in verdicts):
        # As for a State bound by neither (``limits.treaty_regime``): before the Protocol came
        # into force, the Convention's own definition, with its dateline.
        earlier = before_the_protocol(on)
        applied = (
            f"{earlier}, is applied"
            if earlier
            else "the definition is applied as the Protocol reads it"
        )
        return attrs.evolve(
            regime,
            description=(
                f"{regime.description}, but {'it does not apply' if one else 'neither applies'} "
                f"in {there}, where the person is ({rule}): {applied}, without creating a treaty "
                f"duty for {name} there"
            ),
            dateline=earlier is not None,
            geographic_limitation=False,
            protocol_applies=earlier is None,
        )
    if any(v is Verdict.UNKNOWN for v in verdicts):
        return attrs.evolve(
            regime,
            description=(
                f"{regime.description}; whether {which} in "
                f"{there}, where the person is, the data does not fully say ({rule.split(':')[0]})"
            ),
        )
    return regime
