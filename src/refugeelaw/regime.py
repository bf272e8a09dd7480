"""Which version of the refugee definition a state applies on a date (Art 1B; Protocol art. I)."""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from .countries import check_country, country_name

__all__ = ["Regime", "regime_for"]

_CONVENTION = "refugee-convention-1951"
_PROTOCOL = "refugee-protocol-1967"


@attrs.frozen(cache_hash=True)
class Regime:
    """The definition's temporal and geographic limits as they apply to one state on one date.

    Args:
        description: the regime in words, shown in explanations.
        dateline: whether "events occurring before 1 January 1951" still limits the definition
            (a party to the Convention alone).
        geographic_limitation: whether the events must have occurred in Europe (Art 1B(1)(a),
            kept under the Protocol by its art. I(3)); ``None`` if the state's choice is not known.
        protocol_applies: whether the state applies the Protocol's definition.
    """

    description: str
    state: str | None = None
    dateline: bool = False
    geographic_limitation: bool | None = False
    protocol_applies: bool = True


@functools.lru_cache(maxsize=4096)
def regime_for(state: str | None, on: dt.date) -> Regime:
    """The regime of ``state`` on ``on``; with no state, the Convention as the Protocol amends it."""
    if state is None:
        return Regime("the Convention definition as amended by the 1967 Protocol (no state given)")
    from .states import participation

    check_country(state, field="state")
    name = country_name(state)
    conv = participation(state, _CONVENTION)
    prot = participation(state, _PROTOCOL)
    conv_bound = conv is not None and conv.bound_on(on)
    prot_bound = prot is not None and prot.bound_on(on)
    choice = conv.art_1b if conv_bound and conv is not None else None
    if prot_bound:
        geo = choice == "a"
        both = "the 1951 Convention and the 1967 Protocol" if conv_bound else "the 1967 Protocol"
        words = f"{name} is bound by {both} on {on.isoformat()}"
        if geo:
            words += ", keeping its Art 1B(1)(a) declaration (events in Europe) under art. I(3)"
        return Regime(
            words, state, dateline=False, geographic_limitation=geo, protocol_applies=True
        )
    if conv_bound:
        geo_known: bool | None = None if choice is None else choice == "a"
        words = f"{name} is bound by the 1951 Convention alone on {on.isoformat()}"
        return Regime(
            words, state, dateline=True, geographic_limitation=geo_known, protocol_applies=False
        )
    return Regime(
        f"{name} is bound by neither the Convention nor the Protocol on {on.isoformat()}; the "
        "definition is applied as the Protocol reads it, without creating a treaty duty for "
        f"{name}",
        state,
        protocol_applies=True,
    )
