"""Whether the returning state has abolished the death penalty, for ICCPR art. 6 as read in
*Judge v Canada* (2003).

    Second Optional Protocol to the ICCPR, art. 1: "1. No one within the jurisdiction of a State
    Party to the present Protocol shall be executed. 2. Each State Party shall take all necessary
    measures to abolish the death penalty within its jurisdiction." ECHR Protocols No. 6 and 13,
    art. 1: "The death penalty shall be abolished. No one shall be condemned to such penalty or
    executed."

A state has abolished the death penalty where a treaty binding it abolishes it (either Protocol to
the ECHR, or the Second Optional Protocol), or where its own law has, as ``data/abolition.json``
records with sources. The data holds no record of retention: where neither shows abolition, it is
unknown, never ``NOT_MET``, and the gap is named but not asked (no answer of the user's fills it).
"""

from __future__ import annotations

import datetime as dt

from ..countries import country_name
from ..doctrine import Doctrine
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from ..sources.abolition import Abolition, national_abolition
from ..states import party_status
from .echr import P6_1, P13_1
from .removal import bound

__all__ = ["OP2_1", "abolished_by_law", "abolition"]

OP2 = "iccpr-op2-1989"
OP2_1 = Citation(OP2, "1")


@reads("by", "on", "doctrine")
def abolition(by: str, on: dt.date, doctrine: Doctrine) -> Finding:
    """Whether ``by`` has abolished the death penalty on ``on``: bound by a treaty abolishing it,
    or by its own law as the data records it."""
    treaties = (
        bound(P6_1, by, on, doctrine),
        bound(P13_1, by, on, doctrine),
        party_status(by, OP2, on=on),
    )
    national = abolished_by_law(by, on)
    children = (*treaties, national)
    element = "the returning state has abolished the death penalty"
    if any(c.verdict is Verdict.MET for c in children):
        by_treaty = [
            cite
            for cite, c in zip((P6_1, P13_1, OP2_1), treaties, strict=True)
            if c.verdict is Verdict.MET
        ]
        how = (
            f"it is bound by a treaty abolishing it ({'; '.join([str(c) for c in by_treaty])})"
            if by_treaty
            else "its own law has abolished it"
        )
        return finding(element, Verdict.MET, how, *by_treaty, children=children)
    return finding(
        element,
        Verdict.UNKNOWN,
        "neither a treaty abolishing the death penalty (ECHR Protocols No. 6 and 13, the ICCPR's "
        f"Second Optional Protocol) nor the law of {country_name(by)} is shown to have abolished it",
        P6_1,
        P13_1,
        OP2_1,
        children=children,
    )


@reads("by", "on")
def abolished_by_law(by: str, on: dt.date) -> Finding:
    """Abolition by the state's own law, as the data records it (``data/abolition.json``)."""
    record = national_abolition(by, on)
    element = "abolished by the state's own law"
    if record is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the data records no abolition of the death penalty by the law of {country_name(by)} "
            f"in effect on {on.isoformat()} (it records abolitions only, for a few states)",
            missing=(f"states[{by!r}].death_penalty_abolished",),  # a gap in the data, not asked
        )
    return finding(element, Verdict.MET, _law_words(record))


def _law_words(record: Abolition) -> str:
    when = (
        f"since {record.since.isoformat()}"
        if record.since is not None
        else f"in effect by {record.known_by} (the sources do not settle the day)"
    )
    sources = "; ".join([s.brief() for s in record.sources])
    return (
        f"{country_name(record.state)} abolished it for {record.scope} by its own law, {when} "
        f"(status: {record.status}; sources: {sources})"
    )
