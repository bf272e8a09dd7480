"""Whether the returning state has abolished the death penalty, for ICCPR art. 6 as read in
*Judge v Canada* (2003).

    Second Optional Protocol to the ICCPR, art. 1: "1. No one within the jurisdiction of a State
    Party to the present Protocol shall be executed. 2. Each State Party shall take all necessary
    measures to abolish the death penalty within its jurisdiction." ECHR Protocols No. 6 and 13,
    art. 1: "The death penalty shall be abolished. No one shall be condemned to such penalty or
    executed."

A state has abolished the death penalty where a treaty binding it abolishes it (either Protocol to
the ECHR, or the Second Optional Protocol), or where its own law has, as ``data/abolition.json``
records with sources. It has not where no such treaty binds it and the data records the death
penalty retained in its law on the day (periods the sources speak for: the United States' federal
and state law, for one). Where the data shows neither, it is unknown, and the gap is named but not
asked (no answer of the user's fills it). A state "abolitionist in practice" (no executions for
years) has not abolished it in law; the data records that only where a source shows its law.

A removal from a territory of the state with a legal system of its own, where the state's treaties
apply only as it has declared (Hong Kong and Macao for China: ``law.territory.treaty_territory``),
is carried out under that territory's law, and it is that law's abolition that is read
(:data:`TERRITORY_LAW_READING`): Hong Kong's of 1993 and Macao's, which both kept after they
became part of China (Hong Kong Basic Law art. 8, Macao Basic Law art. 8, keeping the laws
previously in force), while the law of mainland China retains the death penalty.
"""

from __future__ import annotations

import datetime as dt

from ..countries import country_name
from ..doctrine import Doctrine
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from ..sources.abolition import Abolition, Retention, national_abolition, national_retention
from ..states import party_status
from .echr import P6_1, P13_1
from .iccpr import ICCPR_6
from .removal import bound

__all__ = ["OP2_1", "TERRITORY_LAW_READING", "abolished_by_law", "abolition"]

OP2 = "iccpr-op2-1989"
OP2_1 = Citation(OP2, "1")

#: How the library reads *Judge v Canada* for a removal from a territory of the returning state
#: that has a legal system of its own and in which the state's treaties apply only as it has
#: declared (Hong Kong and Macao for China, ``law.territory.treaty_territory``): whether the state
#: "has abolished the death penalty" is read from the law in force in that territory, under which
#: the removal is made and through which the Covenant is applied there (for Hong Kong, Basic Law
#: art. 39), not from the law of the rest of the state. The Committee has not, in the sources
#: read, decided the point; named where it decides (no treaty abolishing the penalty binds the
#: state, and the territory's law answers the question).
TERRITORY_LAW_READING = (
    "for a removal from a territory of the returning state with a legal system of its own, where "
    "the state's treaties apply only as it has declared (Hong Kong, Macao), whether the state has "
    "abolished the death penalty (Judge v Canada) is read from the law in force in that "
    "territory, under which the removal is made, not from the law of the rest of the state"
)


@reads("by", "on", "doctrine", "territory")
def abolition(by: str, on: dt.date, doctrine: Doctrine, territory: str | None = None) -> Finding:
    """Whether ``by`` has abolished the death penalty on ``on``: bound by a treaty abolishing it,
    or by its own law as the data records it; for a removal from ``territory`` (one of its own
    with a legal system of its own: Hong Kong, Macao), that territory's law
    (:data:`TERRITORY_LAW_READING`)."""
    treaties = (
        bound(P6_1, by, on, doctrine),
        bound(P13_1, by, on, doctrine),
        party_status(by, OP2, on=on),
    )
    place = by if territory is None else territory
    national = abolished_by_law(place, on)
    children = (*treaties, national)
    element = "the returning state has abolished the death penalty"
    law = f"the law of {country_name(place, on)}" + (
        "" if territory is None else ", where the person is and from where they are removed,"
    )
    if any(c.verdict is Verdict.MET for c in treaties):
        by_treaty = [
            cite
            for cite, c in zip((P6_1, P13_1, OP2_1), treaties, strict=True)
            if c.verdict is Verdict.MET
        ]
        how = f"it is bound by a treaty abolishing it ({'; '.join([str(c) for c in by_treaty])})"
        return finding(element, Verdict.MET, how, *by_treaty, children=children)
    # Where no treaty shows it, the territory's law decides, on the reading named.
    relied = () if territory is None else (TERRITORY_LAW_READING,)
    if national.verdict is Verdict.MET:
        # Abolition by law matters only for ICCPR art. 6 as Judge v Canada reads it: cited so.
        how = "its own law has abolished it" if territory is None else f"{law} has abolished it"
        return finding(element, Verdict.MET, how, ICCPR_6, children=children, assumptions=relied)
    if all(c.verdict is Verdict.NOT_MET for c in children):
        return finding(
            element,
            Verdict.NOT_MET,
            "no treaty abolishing the death penalty binds it (ECHR Protocols No. 6 and 13, the "
            f"ICCPR's Second Optional Protocol), and {law} retained it",
            P6_1,
            P13_1,
            OP2_1,
            children=children,
            assumptions=relied,
        )
    return finding(
        element,
        Verdict.UNKNOWN,
        "neither a treaty abolishing the death penalty (ECHR Protocols No. 6 and 13, the ICCPR's "
        f"Second Optional Protocol) nor {law} is shown to have abolished it",
        P6_1,
        P13_1,
        OP2_1,
        children=children,
        assumptions=relied,
    )


@reads("by", "on")
def abolished_by_law(by: str, on: dt.date) -> Finding:
    """Abolition by the state's own law, as the data records it (``data/abolition.json``):
    ``MET`` where an abolition is in effect, ``NOT_MET`` where a retention the sources speak for
    covers ``on``, and unknown elsewhere."""
    record = national_abolition(by, on)
    element = "abolished by the state's own law"
    # The state's law is weighed for ICCPR art. 6 as read in Judge v Canada, the provision cited.
    if record is not None:
        return finding(element, Verdict.MET, _law_words(record, on), ICCPR_6)
    kept = national_retention(by, on)
    if kept is not None:
        return finding(element, Verdict.NOT_MET, _retention_words(kept, on), ICCPR_6)
    return finding(
        element,
        Verdict.UNKNOWN,
        "the data records neither an abolition of the death penalty by the law of "
        f"{country_name(by, on)} in effect on {on.isoformat()} nor its retention on that day (it "
        "records both for a few states only, retention only for the days its sources speak for)",
        ICCPR_6,
        missing=(f"states[{by!r}].death_penalty_abolished",),  # a gap in the data, not asked
    )


def _law_words(record: Abolition, on: dt.date) -> str:
    when = (
        f"since {record.since.isoformat()}"
        if record.since is not None
        else f"in effect by {record.known_by} (the sources do not settle the day)"
    )
    sources = "; ".join([s.brief() for s in record.sources])
    return (
        f"{country_name(record.state, on)} abolished it for {record.scope} by its own law, {when} "
        f"(status: {record.status}; sources: {sources})"
    )


def _retention_words(record: Retention, on: dt.date) -> str:
    sources = "; ".join([s.brief() for s in record.sources])
    return (
        f"the law of {country_name(record.state, on)} retained the death penalty on the day: the "
        f"sources show it lawful from {record.start.isoformat()} to {record.end.isoformat()} "
        f"(status: {record.status}; sources: {sources})"
    )
