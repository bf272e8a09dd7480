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

from ..countries import country_name
from ..doctrine import Doctrine
from ..instruments import get as get_instrument
from ..logic import Finding, Verdict, finding
from ..results import StateObligation
from ..sources import Citation
from ..sources.territories import application, sovereign
from .obligations import obligation_in_territory

__all__ = ["VCLT_29", "bound_in_territory", "held_territory"]

VCLT_29 = Citation("vclt-1969", "29")


def held_territory(place: str | None, by: str, on: dt.date) -> str | None:
    """``place`` if it is a recorded territory that is part of ``by``'s territory on ``on`` (a
    person there is in ``by``'s territory), else ``None``."""
    if place is None or place == by:
        return None
    return place if sovereign(place, on) == by else None


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
    the obligation if it does or might: a treaty binds there only as the data records it applies
    there (VCLT art. 29), whatever binds the rest of the state's territory (``state_binds``,
    ``obligation``). A rule of custom binds the state wherever it acts."""
    if get_instrument(cite.instrument).kind != "treaty":
        return state_binds, obligation
    state, place = country_name(by), country_name(territory)
    record = application(territory, by, cite.instrument)
    element = "the state is bound"
    if record is None:
        reason = (
            f"the person is in {place}, part of {state}'s territory, where {state}'s treaties "
            f"apply only as it has declared; whether {cite} applies in {place} is not in the data"
        )
        return (
            finding(
                element,
                Verdict.UNKNOWN,
                reason,
                cite,
                VCLT_29,
                missing=(f"states[{by!r}].{cite.instrument}.{territory}",),
                children=(state_binds,),
            ),
            obligation_in_territory(
                by,
                cite,
                doctrine,
                None,
                (f"Application in {place} unknown: {reason}.",),
                Verdict.UNKNOWN,
            ),
        )
    sourced = f" (status: {record.status})" if record.status != "verified" else ""
    applies = record.applies_on(on)
    if applies is False:
        why = (
            f"{cite} does not apply in {place}{sourced}"
            if not record.applies
            else f"{cite} applies in {place} only from {record.since}{sourced}"
        )
        return (
            finding(
                element,
                Verdict.NOT_MET,
                f"the person is in {place}, part of {state}'s territory: {why}, so it does not "
                f"bind {state} there, whatever binds it elsewhere",
                cite,
                VCLT_29,
                children=(state_binds,),
            ),
            None,
        )
    if applies is None:
        reason = f"{cite} applies in {place} from a date the data does not give{sourced}"
        return (
            finding(
                element,
                Verdict.UNKNOWN,
                f"the person is in {place}, part of {state}'s territory: {reason}",
                cite,
                VCLT_29,
                missing=(f"states[{by!r}].{cite.instrument}.{territory}",),
                children=(state_binds,),
            ),
            obligation_in_territory(by, cite, doctrine, None, (f"{reason}.",), Verdict.UNKNOWN),
        )
    note = f"{cite} applies in {place} since {record.since}{sourced}" + "".join(
        f"; {n.rstrip('.')}" for n in record.notes
    )
    return (
        finding(
            element,
            Verdict.MET,
            f"the person is in {place}, part of {state}'s territory, and {note}",
            cite,
            VCLT_29,
            children=(state_binds,),
        ),
        obligation_in_territory(by, cite, doctrine, record.since, (f"{note}.",), Verdict.MET),
    )
