"""The catalogue of duties the library surveys for a state, as data (``data/duties.json``).

Each duty is the library's statement of what a provision requires of a party; the provision's own
text and source are in the instrument's data file, and who is bound when is in the participation
data. :func:`refugeelaw.obligations_of` reads this catalogue; it holds no list of its own.
"""

from __future__ import annotations

import functools
import json

import attrs

from .._data import read_text
from . import Citation

__all__ = ["Duty", "catalogue", "duty"]


@attrs.frozen
class Duty:
    """One duty of the catalogue.

    Args:
        instrument, provision: where it is stated.
        duty: what it requires, in words.
        owed_to: to whom, in words (``None``: a bilateral duty, owed to the other parties).
        absolute: whether it admits no exception.
        exceptions: the provisions that state its exceptions.
        norm: the general norm it expresses (``"non-refoulement"``), if any.
        through_protocol: Protocol art. I(1) applies it to a party to the Protocol alone.
        hands_back: a duty to hand persons back to the other party.
        removal: what its terms can say of removing a person from the State's territory:
            ``"requires"`` (it can require one: a duty to hand back), ``"permits"`` (it bars one
            save where its own exception permits it, and never requires one: Refugee Convention
            arts 32(1) and 33) or ``"neither"`` (a bar without exception, or a duty about
            something else).
        listed: ``"always"`` (a finding for every state) or ``"with_record"`` (only for states with
            a participation record).
        discretion: for a duty to hand back, the words that may leave the hand-over to the
            party's judgement, if its text has any (the 1986 China–DPRK protocol's "according to
            the circumstances", art. 4(2)); ``None``: none.
        reaches: for a duty to hand back, the persons it reaches, in its text's terms (the 1986
            China–DPRK protocol's illegal crossers, art. 4(1), not those who entered because of
            disasters or force majeure); ``None``: not stated. No fact of a claim says how or why
            a person crossed, so a return notes whether the duty reaches the person as unknown.
        notes: caveats about the duty or its sources.
    """

    instrument: str
    provision: str
    duty: str
    owed_to: str | None
    absolute: bool = False
    exceptions: tuple[Citation, ...] = ()
    norm: str | None = None
    through_protocol: bool = False
    hands_back: bool = False
    removal: str = "neither"
    listed: str = "always"
    notes: tuple[str, ...] = ()
    discretion: str | None = None
    reaches: str | None = None


@functools.cache
def catalogue() -> tuple[Duty, ...]:
    """Every duty, in the order the survey lists them."""
    raw = json.loads(read_text("duties.json"))
    return tuple(
        Duty(
            instrument=d["instrument"],
            provision=d["provision"],
            duty=d["duty"],
            owed_to=d["owed_to"],
            absolute=d["absolute"],
            exceptions=tuple(Citation(i, p) for i, p in d["exceptions"]),
            norm=d["norm"],
            through_protocol=d["through_protocol"],
            hands_back=d["hands_back"],
            removal=d["removal"],
            listed=d["listed"],
            notes=tuple(d["notes"]),
            discretion=d.get("discretion"),
            reaches=d.get("reaches"),
        )
        for d in raw["duties"]
    )


def duty(instrument: str, provision: str) -> Duty | None:
    """The catalogue's duty at ``instrument`` ``provision``, if it holds one."""
    return next(
        (d for d in catalogue() if d.instrument == instrument and d.provision == provision), None
    )
