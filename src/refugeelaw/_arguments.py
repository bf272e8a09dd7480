"""The checks of the public functions' arguments, in one place (the rules in ``law/`` call them
once, at their entry point, and then trust what they were given).

Each check reports every problem at once, under the argument's name, and raises nothing but
:class:`~refugeelaw.errors.InvalidInput`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from . import _validate as v
from .countries import _table, check_country, country_name, withdrawn
from .dates import parse_date, today
from .doctrine import DEFAULT_DOCTRINE, Doctrine
from .errors import InvalidInput, Problem, shown
from .facts import Claim, harms_of, onward_itself_words
from .instruments import get as get_instrument
from .sources.territories import (
    TAIWAN,
    FormerCode,
    Statehood,
    administered,
    applications,
    contested,
    former_code,
    held,
    in_china,
    not_a_state,
    part_of,
    recorded,
    same_state,
    statehood,
    territories,
    unrecorded,
)

__all__ = ["Arguments", "return_arguments", "status_arguments"]


class Arguments:
    """Collects the problems of a call's arguments; :meth:`done` raises them all together."""

    __slots__ = ("problems",)

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def _fail(self, name: str, message: str) -> None:
        self.problems.append(Problem(name, message))

    def instance(self, name: str, value: Any, cls: type) -> None:
        if not isinstance(value, cls):
            self._fail(name, f"expected {v.article(cls.__name__)}, got {v._describe(value)}")

    def date(self, name: str, value: Any) -> dt.date:
        """``None`` is today; a date or an unambiguous date string otherwise."""
        if value is None:
            return today()
        if type(value) is dt.date:
            return value
        try:
            return parse_date(value, field=name)
        except InvalidInput as exc:
            self.problems.extend(exc.problems)
            return today()

    def country(self, name: str, value: Any, *, optional: bool = False) -> None:
        if optional and value is None:
            return
        try:
            check_country(value, field=name)
        except InvalidInput as exc:
            self.problems.extend(exc.problems)

    def doctrine(self, value: Any, name: str = "doctrine") -> Doctrine:
        if value is None:
            return DEFAULT_DOCTRINE
        if not isinstance(value, Doctrine):
            self._fail(name, f"expected a Doctrine, got {v._describe(value)}")
            return DEFAULT_DOCTRINE
        return value

    def items(self, name: str, value: Any, cls: type) -> tuple[Any, ...]:
        """A sequence (not a string, nor a mapping) of ``cls`` instances, as a tuple."""
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
            self._fail(name, f"expected a sequence of {cls.__name__}, got {v._describe(value)}")
            return ()
        items = tuple(value)
        for i, item in enumerate(items):
            self.instance(f"{name}[{i}]", item, cls)
        return items

    def countries(self, name: str, value: Any) -> tuple[Any, ...]:
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
            self._fail(name, f"expected a sequence of country codes, got {v._describe(value)}")
            return ()
        items = tuple(value)
        for i, item in enumerate(items):
            self.country(f"{name}[{i}]", item)
        return items

    def whole(self, name: str, value: Any, *, least: int = 0, most: int = 1 << 30) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            self._fail(name, f"expected a whole number, got {v._describe(value)}")
        elif not least <= value <= most:
            self._fail(name, f"expected {least:,} to {most:,}, got {shown(value)}")

    def done(self) -> None:
        if self.problems:
            raise InvalidInput(self.problems)


def _is_code(value: Any) -> bool:
    return type(value) is str and value in _table()


def status_arguments(claim: Any, on: Any, state: Any, doctrine: Any) -> tuple[dt.date, Doctrine]:
    """The arguments of ``assess_status``: the date to use and the doctrine. The common call (a
    ``Claim``, a ``date``, a known code or none, a ``Doctrine`` or none) is checked inline, at the
    cost of a few type tests; anything else goes through :class:`Arguments`."""
    if (
        type(claim) is Claim
        and type(on) is dt.date
        and (doctrine is None or type(doctrine) is Doctrine)
        and (state is None or _is_code(state))
    ):
        checked = DEFAULT_DOCTRINE if doctrine is None else doctrine
        if state is not None:
            a_state("state", state, on, doctrine=checked)
        claim_places(claim, on, doctrine=checked)
        return on, checked
    args = Arguments()
    args.instance("claim", claim, Claim)
    when = args.date("on", on)
    args.country("state", state, optional=True)
    checked = args.doctrine(doctrine)
    args.done()
    if state is not None:
        a_state("state", state, when, doctrine=checked)
    claim_places(claim, when, doctrine=checked)
    return when, checked


def return_arguments(
    claim: Any, by: Any, to: Any, on: Any, doctrine: Any
) -> tuple[dt.date, Doctrine]:
    """The arguments of ``assess_return`` (as :func:`status_arguments`). A destination within the
    returning state (the state itself, or a territory of it on the date, such as Hong Kong for China
    after 1 July 1997) is refused: moving a person within a state is not a return to another. So is
    a territory the returning state is responsible for (:func:`return_places`)."""
    if (
        type(claim) is Claim
        and type(on) is dt.date
        and (doctrine is None or type(doctrine) is Doctrine)
        and type(by) is str
        and type(to) is str
        and by in (codes := _table())
        and to in codes
    ):
        checked = DEFAULT_DOCTRINE if doctrine is None else doctrine
        return_places(by, to, on, "", checked)
        claim_places(claim, on, (("by", by), ("to", to)), doctrine=checked)
        return on, checked
    args = Arguments()
    args.instance("claim", claim, Claim)
    args.country("by", by)
    args.country("to", to)
    when = args.date("on", on)
    checked = args.doctrine(doctrine)
    args.done()
    return_places(by, to, when, "", checked)
    claim_places(claim, when, (("by", by), ("to", to)), doctrine=checked)
    return when, checked


def a_state(
    field: str,
    code: str,
    on: dt.date,
    *,
    former: bool = False,
    doctrine: Doctrine = DEFAULT_DOCTRINE,
) -> None:
    """Refuse a territory's code where a state's is needed (the returning state, the state whose
    obligations or regime apply): Hong Kong is not a State, and its treaties are those China (before
    1 July 1997, the United Kingdom) applies there. The rules read the territory from where the
    person is. So too a code on a date when it names no State (``data/territories.json``,
    ``statehood``): Eritrea before its independence on 24 May 1993 (part of Ethiopia), the USSR
    after it ceased to exist (the Russian Federation continues it). ``former``: a State that had
    ceased to exist is accepted (a treaty record's question: the USSR was no party in 1995, and
    its record says why), not a territory or a State yet to be. A formerly used code the data
    reads as a State on no date (``former_codes``: Johnston Island, Sikkim) is refused on every
    date, ``former`` or not. Taiwan, where the doctrine reads it as part of China
    (``Doctrine(taiwan_outside_china=False)``), is refused as Hong Kong is
    (:func:`taiwan_in_china_words`). Western Sahara, whose ``statehood`` record reads it as a State
    on no date (``never``: whether a State is bound there, and which, is the contested question, and
    the OAU Convention's record filed under its code does not settle it), is refused on every
    date as every code that names no State is; it stays usable as a place."""
    coded = former_code(code)
    if coded is not None:
        raise InvalidInput([Problem(field, former_code_words(code, coded))])
    if code == TAIWAN and doctrine.taiwan_outside_china is False:
        raise InvalidInput([Problem(field, taiwan_in_china_words())])
    found = held(code, on) if code in territories() else None
    if found is None:
        record = no_state(code, on)
        if record is not None and not (former and gone(record, on)):
            raise InvalidInput([Problem(field, no_state_words(code, record, on))])
        before = unrecorded(code, on) if record is None else None
        if before is not None:
            raise InvalidInput(
                [Problem(field, unrecorded_state_words(code, before.begins, on, STATE))]
            )
        return
    state, relation = found
    how = (
        f"part of {country_name(state, on)}"
        if relation == "part"
        else f"a territory for whose international relations {country_name(state)} was responsible"
    )
    raise InvalidInput(
        [
            Problem(
                field,
                f"{code} ({country_name(code)}) is {how} on {on.isoformat()}, not a State: give "
                f"{state!r} (where the person is in {country_name(code)}, the rules apply the "
                "treaties that apply there)",
            )
        ]
    )


def taiwan_in_china_words(*, nationality: bool = False) -> str:
    """Why Taiwan is refused where a State is needed (the State whose obligations, treaty
    participation or Art 1B regime is asked) on the reading that it is part of China
    (``Doctrine(taiwan_outside_china=False)``): on that reading it is no State, as Hong Kong and
    Macao are none, and China is the State to give. Which of China's treaties apply in Taiwan on
    that reading the data does not hold (the doctrine reads nothing else from the position).
    ``nationality``: refused as a nationality, as Hong Kong is (a nationality is a State's, Art
    1A(2): :func:`territory_nationality_words`), China's the one to give on that reading."""
    head = (
        f"{TAIWAN} ({country_name(TAIWAN)}) is part of {country_name(in_china(TAIWAN))} on the "
        "reading the doctrine takes, Taiwan part of China as Hong Kong and Macao are "
        "(taiwan_outside_china=False), not a State"
    )
    if nationality:
        return (
            f"{head}: a nationality is a State's (Art 1A(2)); give {NATIONALITY}"
            f"{_candidates([in_china(TAIWAN)], NATIONALITY)}"
        )
    return (
        f"{head}: give {in_china(TAIWAN)!r} (which of its treaties apply in Taiwan on that "
        "reading is not in the data)"
    )


def return_places(
    by: str, to: str, on: dt.date, prefix: str = "", doctrine: Doctrine = DEFAULT_DOCTRINE
) -> None:
    """Refuse a returning state that is a territory, a destination that had ceased to exist (the
    USSR in 1995), and a destination within the returning state, on ``on``: CAT art. 3(1) forbids
    sending a person "to another State", and Refugee Convention art. 33(1) and custom concern
    removal across a frontier; a move within one state is none of these. So too a destination
    for whose international relations the returning state is responsible on ``on`` (Hong Kong
    for the United Kingdom before 1 July 1997, Macao for Portugal before 20 December 1999): it is
    not another State, so CAT art. 3(1) does not reach the removal, and whether the bars that do
    not speak of another State reach it (art. 33(1), ECHR art. 3) is arguable and not assessed:
    the library does not decide such a removal (:func:`own_territory_words`). So too, where the doctrine reads
    Taiwan as part of China (``Doctrine(taiwan_outside_china=False)``), a removal between Taiwan
    and China (or Hong Kong or Macao, part of China). ``prefix``: before the names of the fields
    (``"--"`` on the command line)."""
    a_state(f"{prefix}by", by, on)
    ended(f"{prefix}to", to, on)
    if to == by:
        raise InvalidInput(
            [Problem(f"{prefix}to", f"the same state as by ({to}): a return is to another State")]
        )
    if part_of(to, on) == by:
        raise InvalidInput(
            [
                Problem(
                    f"{prefix}to",
                    f"{to} ({country_name(to)}) is part of {country_name(by)} on {on.isoformat()}: "
                    "a move within a state is not a return to another State",
                )
            ]
        )
    if held(to, on) == (by, "responsible"):
        raise InvalidInput([Problem(f"{prefix}to", own_territory_words(by, to, on))])
    if (
        doctrine.taiwan_outside_china is False
        and TAIWAN in (by, to)
        and in_china(by) == in_china(part_of(to, on) or to)
    ):
        raise InvalidInput(
            [
                Problem(
                    f"{prefix}to",
                    f"{to} ({country_name(to)}) and {by} ({country_name(by)}) are one State on the "
                    "reading the doctrine takes, Taiwan part of China (taiwan_outside_china="
                    "False): a move within a state is not a return to another State",
                )
            ]
        )


def own_territory_words(by: str, to: str, on: dt.date) -> str:
    """Why a removal by ``by`` to ``to``, a territory for whose international relations ``by`` is
    responsible on ``on``, is refused: the library does not decide it. The territory is not
    another State, so CAT art. 3(1) does not reach the removal; the person's treatment there is
    ``by``'s own to answer for, under the obligations it has extended to the territory (as
    ``data/territories.json`` records them), which the library does not weigh as bars on return;
    and whether the removal itself is barred by Refugee Convention art. 33(1) (the frontiers of
    "territories", not of States) or by ECHR art. 3 as *Soering* reads it (a removal from where
    the Convention applies) is arguable and not assessed (the data page's territory section). A
    removal onward from the territory is a return by ``by`` from it (the person located there),
    under the treaties that apply there, which is not the removal into the territory.
    Where ``by`` administered the territory but did not hold it part of its own, while another
    State did (``sources.territories.administered``: Macao under Portugal from 25 April 1976 until
    19 December 1999), that it is not another State rests on the library's reading of it as
    ``by``'s (``law.territory.ADMINISTERED_READING``), and the words say so, with what the other
    reading would give."""
    state, place = country_name(by), country_name(to)
    extended = "; ".join(
        get_instrument(a.instrument).short_title
        + (
            f", shown to apply there by {a.known_by.isoformat()}"
            if a.known_by is not None
            else f", from {a.since.isoformat()}"
            if a.since is not None
            else ""
        )
        for a in applications(to, by)
        if a.applies
    )
    recorded = f"recorded here: {extended}" if extended else "none recorded here"
    period = administered(to, on)
    reading = ""
    if period is not None and period.state == by:
        other = country_name(period.territory_of)
        reading = (
            f" on the library's reading, which reads {place} as {state}'s and outside {other} on "
            f"administration and jurisdiction alone (law.territory.ADMINISTERED_READING, named as "
            f"contested: {state} did not hold it part of its own territory, and {other} held it "
            f"part of its; on the other reading, {place} being {other}'s, the removal would be "
            f"one to {other}'s territory, though the person would stay within {state}'s "
            "jurisdiction, which alone was exercised there)"
        )
    return (
        f"{to} ({place}) is, on {on.isoformat()}, a territory for whose international relations "
        f"{state} is responsible, not another State{reading}: removing a person there is no "
        'return "to another State" (CAT art. 3(1)), and the library does not decide such a '
        "removal: it is refused as a move within a state is. What the person would face there "
        f"falls under {state}'s own obligations in the territory, as far as it has extended them "
        f"({recorded}), which the library does not weigh as bars on return; and whether the "
        'removal itself is barred by Refugee Convention art. 33(1), which speaks of "the '
        'frontiers of territories", not of States, or, for a state bound by it, by ECHR art. 3, '
        "which Soering v United Kingdom (1989) reads to reach a removal from where the Convention "
        "applies to ill-treatment anywhere, is arguable and not assessed here: weigh it outside "
        f"the library. A removal onward from {place} is a return by {by} from there: give "
        f"person.location {to!r}, and as the destination the State the person would be sent to "
        f"(that assesses the removal from {place}, under the treaties that apply there, not the "
        f"removal into {place})"
    )


#: What to give instead of the code of a code that names no State on the date: where a place on
#: the date is meant (it may be in any successor), a nationality held on the date, a country of
#: former habitual residence (Art 1A(2): the country the stateless person would return to, on
#: that date), or another State in being on the date (Art 1E's country of residence, a country
#: whose protection is weighed, a State in control of the person).
PLACE = "the State the place is in on that date"
NATIONALITY = "the nationality the person holds on that date under the law of a State then in being"
RESIDENCE = "the State, in being on that date, in which the former habitual residence lies"
STATE = "a State in being on that date"


def no_state_words(code: str, record: Statehood, on: dt.date, *, give: str | None = None) -> str:
    """Why ``code`` names no State on ``on``, and which code to give instead (``give``: where a
    place, a nationality, a former residence or a State is meant, :data:`PLACE`,
    :data:`NATIONALITY`, :data:`RESIDENCE` or :data:`STATE`, with the States that continue or
    succeed it, the State it is then part of, or the State then responsible for its international
    relations, as candidates; else the one State to give)."""
    name = f"{code} ({country_name(code)})"
    if record.same_as is not None and not gone(record, on):
        same = f"{record.same_as!r} ({country_name(record.same_as)})"
        if record.since is not None and on < record.since:
            return (
                f"{name} names no State on {on.isoformat()}: the name was taken on "
                f"{record.since.isoformat()} by a State the data records, under every name it "
                f"bore, as {same}: give {record.same_as!r}"
            )
        return (
            f"{name} on {on.isoformat()} is a State the data records, under every name it bore, "
            f"as {same}, and its treaty records are under that code: give {record.same_as!r}"
        )
    if record.ended_by is not None and on >= record.ended_by:  # (gone: said so for mypy)
        if give is not None:
            after = [c for c in (record.continued_by, record.joined, *record.successors) if c]
            return (
                f"{name} names no State on {on.isoformat()}: the data reads it as one only before "
                f"{record.ended_by.isoformat()}; give {give}" + _candidates(after, give)
            )
        instead = [
            *(
                f"{country_name(c)} continues it: give {c!r}"
                for c in (record.continued_by,)
                if c is not None
            ),
            *(
                f"it joined {country_name(c)}: give {c!r}"
                for c in (record.joined,)
                if c is not None
            ),
        ]
        if record.successors:
            others = ", ".join(f"{country_name(c)} ({c!r})" for c in record.successors)
            one = "its successor is" if len(record.successors) == 1 else "its successors are"
            instead.append(f"{'its other successors are' if instead else one} {others}")
        return (
            f"{name} names no State on {on.isoformat()}: the data reads it as one only before "
            f"{record.ended_by.isoformat()}; {'; '.join(instead)}"
        )
    whole = part_of(code, on)
    if record.contested is not None and whole is None:
        read = (
            f"on no date ({record.contested}), but"
            if record.since is None
            else f"only from {record.since.isoformat()} ({record.contested}), and before then"
        )
        return (
            f"{name} names no State on {on.isoformat()}: the data reads it as one {read} as a "
            "territory of its own, part of no State it records; give "
            + (f"{give}{_candidates([], give)}" if give is not None else "a State in being then")
            + (
                f", with a habitual_residence of {code!r} for one who lived there"
                if give == NATIONALITY
                else ""
            )
        )
    assert record.since is not None
    became = f"it became one on {record.since.isoformat()}"
    responsible_for = held(code, on) if whole is None else None
    if responsible_for is not None:
        # A territory for whose international relations a State was then responsible (Singapore,
        # a British colony until 15 September 1963): part of no State, but held by one.
        state = responsible_for[0]
        return (
            f"{name} names no State on {on.isoformat()}: it is a territory for whose "
            f"international relations {country_name(state, on)} is responsible then ({became}); "
            "give " + (f"{give}{_candidates([state], give)}" if give is not None else repr(state))
        )
    if whole is None:
        return (
            f"{name} names no State on {on.isoformat()}: {became}, and which state it was part "
            "of then is not in the data" + (f"; give {give}" if give is not None else "")
        )
    return (
        f"{name} names no State on {on.isoformat()}: it is part of {country_name(whole, on)} then "
        f"({became}); give "
        + (f"{give}{_candidates([whole], give)}" if give is not None else repr(whole))
    )


def former_code_words(code: str, record: FormerCode, *, give: str | None = None) -> str:
    """Why a formerly used code the data reads as a State on no date (``data/territories.json``,
    ``former_codes``) is refused, on any date, and what to give instead (``give``: as for
    :func:`no_state_words`, with the State whose area it is, where a source records it, as the
    candidate; else the State meant). ISO 3166-3 lists dependencies and other areas as well as
    States, so a code of its own is not statehood: Johnston Island is an area of the United
    States, not "a former state"."""
    named = [f"{country_name(c)} ({c!r})" for c in record.replaced_by]
    listed = " and ".join(filter(None, (", ".join(named[:-1]), named[-1])))
    what = {
        "name": f"its name changed to {listed}",
        "merger": f"merged into {listed}",
        "division": f"divided into {listed}",
    }[record.change]
    when = str(withdrawn(code))
    head = f"{code} ({country_name(code)}) is a formerly used code (ISO 3166-3: {what}; the code "
    head += f"withdrawn {'in' if len(when) == 4 else 'on'} {when})"
    if record.within is not None:
        head += f" for an area of {country_name(record.within)}: it names no State on any date"
    else:
        head += ": the data holds no record that it names a State on any date"
    # The State meant is offered only where a source records the area in it, or where ISO
    # records a change of name (the same State under another code): the codes that replaced one
    # merged or divided (named above) are places, not each a State (Antarctica for the Antarctic
    # territories; Curaçao, Sint Maarten for the Netherlands Antilles).
    if record.within is not None:
        candidates = [record.within]
    else:
        candidates = list(record.replaced_by) if record.change == "name" else []
    if give is None:
        shown = f" ({', '.join(repr(c) for c in candidates)}, or another)" if candidates else ""
        return f"{head}; give the code of the State meant{shown}"
    return f"{head}; give {give}{_candidates(candidates, give)}"


def _candidates(codes: list[str], give: str) -> str:
    """The codes ``no_state_words`` names as candidates, in its words."""
    return (f" ({', '.join(repr(c) for c in codes)}, or another)" if codes else "") + (
        ", or none if they are stateless" if give == NATIONALITY else ""
    )


def territory_nationality_words(code: str, on: dt.date) -> str:
    """Why a recorded territory held by a State on ``on`` (``data/territories.json``: Puerto Rico,
    the United States'; Hong Kong, the United Kingdom's before 1 July 1997 and China's after) is
    refused as a nationality: nationality is a State's (Art 1A(2): "the country of his
    nationality"), and the person's is that of the State, named, under its law (or none)."""
    found = held(code, on)
    assert found is not None  # only asked of a held territory
    state, relation = found
    how = (
        f"part of {country_name(state, on)}"
        if relation == "part"
        else f"a territory for whose international relations {country_name(state)} is responsible"
    )
    return (
        f"{code} ({country_name(code)}) is {how} on {on.isoformat()}, not a State: a nationality "
        f"is a State's (Art 1A(2)); give {NATIONALITY}{_candidates([state], NATIONALITY)}"
    )


def no_state(code: str, on: dt.date) -> Statehood | None:
    """The statehood record for which ``code`` is refused on ``on``: one under which it names no
    State then (gone, or not yet one: ``not_a_state``), or one that keeps the State under another
    code (``same_as``: Serbia and Montenegro, recorded as 'SRB'); ``None`` for any other code."""
    record = not_a_state(code, on)
    if record is None:
        coded = statehood(code)
        return coded if coded is not None and coded.same_as is not None else None
    return record


def gone(record: Statehood, on: dt.date) -> bool:
    """Whether ``record``'s State had ceased to exist by ``on`` (else it is not yet one)."""
    return record.ended_by is not None and on >= record.ended_by


def ended(field: str, code: str, on: dt.date, *, give: str | None = None) -> None:
    """Refuse the code of a State that had ceased to exist by ``on`` (the USSR in 1995): there is
    no such State to return a person to, or to fear harm in; its successor is named. A territory
    that became a State later (Eritrea in 1990) is not refused here: it is read as part of the
    state it belonged to (``part_of``). A formerly used code the data reads as a State on no date
    (``former_codes``: Johnston Island) is refused on every date."""
    coded = former_code(code)
    if coded is not None:
        raise InvalidInput([Problem(field, former_code_words(code, coded, give=give))])
    record = no_state(code, on)
    if record is not None and (gone(record, on) or record.same_as is not None):
        # Gone, or a State the data records under another code (Serbia and Montenegro: the
        # Federal Republic of Yugoslavia, 'SRB'), on any date (before 4 February 2003 a name not
        # yet taken).
        raise InvalidInput([Problem(field, no_state_words(code, record, on, give=give))])


def claim_places(
    claim: Claim,
    on: dt.date,
    others: Iterable[tuple[str, str]] = (),
    *,
    doctrine: Doctrine = DEFAULT_DOCTRINE,
) -> None:
    """Refuse, in a claim, a code that names no State on ``on`` (``data/territories.json``,
    ``statehood``) in every field that names a country, by one rule.

    Where a place on that date is meant (where a harm is feared, ``person.location``, a country
    the person may be sent on to, each country it would send them on to, and where the events of
    OAU art. I(2) that compelled the flight took place), a State gone names
    no place and is refused; a territory not yet a State (Eritrea in 1990) is read as part of the
    State it then belongs to (``part_of``).

    Where a State on that date is meant, both are refused: a nationality the person holds (no one
    holds the nationality of a State gone, nor of one yet to be: an Eritrean in 1990 was an
    Ethiopian national, and Art 1A(2) weighs the protection "of each of the countries of which
    he is a national"); a stateless person's country of former habitual residence, which Art
    1A(2) asks whether they are able or willing "to return to"; the country whose "competent
    authorities" recognise the person's rights of a national (Art 1E); and a State in control
    of the person (``under_control_of``). The protection stated for a country (``protection``'s
    keys) is read as a place's: the return's risk findings weigh it where the harm is feared
    (Eritrea in 1990, part of Ethiopia: the protection there).

    A recorded territory held by a State on that date (``territories``: Puerto Rico, Greenland,
    Hong Kong) is refused as a nationality, naming the State (:func:`territory_nationality_words`);
    as a place it is read as that State's by the rules (``law.territory.state_of``).

    A code the data keeps under another for the same State (``same_as``: Serbia and Montenegro,
    recorded as 'SRB') is refused in every field, naming that code: read as two States, the same
    place would be "elsewhere" than itself. So is, on every date, a formerly used code the data
    reads as a State on no date (``former_codes``: Johnston Island, Sikkim, Burma
    under its old name), naming the codes to give instead.

    Taiwan, where the doctrine reads it as part of China (``Doctrine(taiwan_outside_china=
    False)``), is refused as a nationality as Hong Kong is, China's the one to give
    (:func:`taiwan_in_china_words`, the words the refusal of it as a State gives).

    A code whose statehood the data dates by a contested reading (Palestine, from 29 November
    2012) names, before then, a territory of its own, part of no State: a place and a stateless
    person's former habitual residence, not a nationality (:func:`own_territory`); so does, on
    every date, one it reads as a State on no date (``never``: Western Sahara, a
    Non-Self-Governing Territory on the United Nations' list). A harm there by "the state" is
    accepted, read as one by the agents of a State in control of the place
    (``law.protection.CONTROLLING_STATE_READING``). A claim that names both a place whose belonging to a State is
    contested and that State (Western Sahara and Morocco; with ``others``, the returning State and
    the destination too) is refused (:func:`contested_problems`), and so is one that names, on a
    date before a recorded territory's record begins, both it and a State that holds it in the
    record (Puerto Rico and Spain or the United States before 19 March 1812)."""
    person = claim.person
    fields: tuple[tuple[str, str | None, str], ...] = (
        *(
            ("claim.person.nationalities", c, NATIONALITY)
            for c in sorted(person.nationalities or ())
        ),
        ("claim.person.habitual_residence", person.habitual_residence, RESIDENCE),
        *(
            ("claim.person.other_habitual_residences", c, RESIDENCE)
            for c in sorted(person.other_habitual_residences)
        ),
        ("claim.person.location", person.location, PLACE),
        *((f"claim.fears[{i}].country", h.country, PLACE) for i, h in enumerate(claim.fears or ())),
        ("claim.rights_of_national_in", claim.rights_of_national_in, STATE),
        *((f"claim.protection[{c!r}]", c, PLACE) for c in claim.protection),
        *(("claim.under_control_of", c, STATE) for c in sorted(claim.under_control_of)),
        *(("claim.flight_events_in", c, PLACE) for c in sorted(claim.flight_events_in or ())),
        *((f"claim.onward_removal[{c!r}]", c, PLACE) for c in claim.onward_removal),
        *(
            (f"claim.onward_removal[{c!r}]", onward, PLACE)
            for c, where in claim.onward_removal.items()
            if isinstance(where, frozenset)
            for onward in sorted(where)
        ),
    )
    known = recorded()  # any other code names a State on every date: nothing to refuse
    problems: list[Problem] = []
    for path, code, give in fields:
        if code == TAIWAN and give == NATIONALITY and doctrine.taiwan_outside_china is False:
            problems.append(Problem(path, taiwan_in_china_words(nationality=True)))
            continue
        if code is None or code not in known:
            continue
        coded = former_code(code)
        if coded is not None:
            problems.append(Problem(path, former_code_words(code, coded, give=give)))
            continue
        record = no_state(code, on)
        if record is None and give == NATIONALITY and code in territories() and held(code, on):
            problems.append(Problem(path, territory_nationality_words(code, on)))
            continue
        before = unrecorded(code, on) if record is None and give in (NATIONALITY, STATE) else None
        if before is not None:
            problems.append(Problem(path, unrecorded_state_words(code, before.begins, on, give)))
            continue
        if record is None or (give == PLACE and not gone(record, on) and record.same_as is None):
            continue
        if give == RESIDENCE and own_territory(code, record, on):
            continue
        problems.append(Problem(path, no_state_words(code, record, on, give=give)))
    for key, where in claim.onward_removal.items():
        # A place of the destination's own State on the date (Hong Kong for China after 1 July
        # 1997) is the destination itself, as the key would be (Taiwan, contested, is not).
        if isinstance(where, frozenset) and (key in known or not known.isdisjoint(where)):
            same = [c for c in sorted(where) if c != key and same_state(c, key, on)]
            if same:
                problems.append(
                    Problem(f"claim.onward_removal[{key!r}]", onward_itself_words(key, same[0], on))
                )
    problems.extend(apart_problems(claim, on))
    named = [(path, code) for path, code, _ in fields] + list(others)
    if any(code in known for _, code in named):
        problems.extend(contested_problems(named, on))
    if problems:
        raise InvalidInput(problems)


def apart_problems(claim: Claim, on: dt.date) -> list[Problem]:
    """An assessment or a finding for several harms together (``Claim.likelihood_of_any``,
    ``Claim.relocation_from_all``) that names harms feared in different States on ``on``, on
    either reading of Taiwan's relation to China: the rules take together only the harms feared in
    one State (``law.together``; a bar on return weighs the risk in each State of the route
    apart, ``law.removal.STATE_BY_STATE_READING``), so it would decide nothing, and is refused
    rather than passed over. An internal flight alternative is an area of one State."""
    fears = claim.fears or ()
    problems = []
    for field, given in (
        ("likelihood_of_any", claim.likelihood_of_any),
        ("relocation_from_all", claim.relocation_from_all),
    ):
        for key in given:
            first, *rest = harms_of(key)
            there = fears[first].country
            other = next(
                (i for i in rest if not same_state(fears[i].country, there, on, False)), None
            )
            if other is None:
                continue
            what = (
                "the likelihood that at least one of them befalls the person"
                if field == "likelihood_of_any"
                else "whether one area is free of them all"
            )
            problems.append(
                Problem(
                    f"claim.{field}[{key!r}]",
                    f"fears[{first}] is feared in {country_name(there, on)} and fears[{other}] in "
                    f"{country_name(fears[other].country, on)}, different States on "
                    f"{on.isoformat()}: only harms feared in one State are taken together (the risk "
                    f"in each State is weighed apart), so {what} would decide nothing; give it for "
                    "harms feared in one State",
                )
            )
    return problems


def place_of_its_own(code: str, on: dt.date) -> bool:
    """Whether ``code`` names, on ``on``, a territory of its own that is no State on the reading
    the data takes (:func:`own_territory`): Palestine before 29 November 2012, Western Sahara."""
    record = no_state(code, on)
    return record is not None and own_territory(code, record, on)


def own_territory(code: str, record: Statehood, on: dt.date) -> bool:
    """Whether ``code``, on ``on``, names a territory of its own, not a State on the reading the
    data takes and part of no State it records (Palestine before 29 November 2012, Western Sahara
    on every date): a place, where a person may be, fear harm, or have had their habitual
    residence (Art 1A(2): a stateless person's "country of his former habitual residence" need not
    be a State's), but no State."""
    return (
        record.contested is not None
        and not gone(record, on)
        and record.same_as is None
        and part_of(code, on) is None
    )


def contested_problems(
    fields: Iterable[tuple[str, str | None]], on: dt.date | None = None
) -> list[Problem]:
    """Refuse a claim that names both a place whose belonging to a State is not decided by the data
    and that State, at the place's path: whether a national of the State there is "outside the
    country of his nationality" (Art 1A(2)), whether harm feared there is feared in the State, or
    whether a removal between them is a return to another State (CAT art. 3(1)), turns on a
    question the data does not decide, and the library does not decide it silently either way.

    Two such places: one whose belonging is contested (``data/territories.json``, ``contested``:
    Western Sahara and Morocco); and, on ``on``, a recorded territory on a date before its record
    begins, with a State that holds it in the record (``sources.territories.unrecorded``: Puerto
    Rico and Spain or the United States before 19 March 1812, Greenland and Denmark before 5 June 1953),
    unless the record says that State did not hold it then (Eritrea and Ethiopia before 11
    September 1952). A claim that names only one of the two is assessed as before."""
    given = [(path, code) for path, code in fields if code is not None]
    codes = {code for _, code in given}
    problems: list[Problem] = []
    for path, code in given:
        before = None if on is None else unrecorded(code, on)
        named = [] if before is None else [s for s in before.states if s in codes]
        if before is not None and named:
            assert on is not None  # (``before`` is found only for a date)
            problems.append(Problem(path, unrecorded_words(code, before.begins, named[0], on)))
            continue
        record = contested(code)
        if record is None or record.claimed_by not in codes:
            continue
        state = country_name(record.claimed_by)
        problems.append(
            Problem(
                path,
                f"{code} ({country_name(code)}) is a place whose belonging to {state} is "
                f"contested: {record.why}. A claim that names both it "
                f"and {state} ({record.claimed_by!r}) turns on whether it is in {state} (outside "
                "the country of nationality, a harm's country, a return to another State), which "
                "the library does not decide: it cannot assess this claim",
            )
        )
    return problems


def unrecorded_words(code: str, begins: dt.date, state: str, on: dt.date) -> str:
    """Why a claim naming, on ``on``, a recorded territory before its record ``begins`` and a
    State that holds it in the record is refused (:func:`contested_problems`)."""
    name = country_name(state)
    return (
        f"{code} ({country_name(code)}): the data's record of it begins on {begins.isoformat()}, "
        f"and whether it was part of {name}, or held by it, on {on.isoformat()} is not recorded. A claim "
        f"that names both it and {name} ({state!r}) on that date turns on whether it is in "
        f"{name} (outside the country of nationality, a harm's country, a return to another "
        "State), which the library does not decide: it cannot assess this claim"
    )


def unrecorded_state_words(code: str, begins: dt.date, on: dt.date, give: str) -> str:
    """Why a recorded territory's code is refused where a State is meant (a nationality, a State
    in control, the State whose obligations are asked) on a date before its record ``begins``:
    the data records it as a territory of a State from then, and nothing of it before, so whether
    it was itself a State on ``on``, or whose territory it was, is not recorded (Puerto Rico in
    1800, before the record of it as part of Spain begins)."""
    return (
        f"{code} ({country_name(code)}): the data's record of it begins on {begins.isoformat()}, "
        f"as a territory of a State; whether it was a State on {on.isoformat()}, or whose "
        f"territory it was, is not recorded, and the library does not read it as a State: give "
        f"{give}"
    )
