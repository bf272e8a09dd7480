"""Treaty data a lawyer can rely on (issue 14): comparisons with the instrument constants, party
status in three values with the data's horizon, reservations that bite, UN membership, dated
Art 1B(1) choices and successions from independence.

Each test names the provision or the record it rests on.
"""

from __future__ import annotations

import pytest

import refugeelaw as rl

C = "refugee-convention-1951"
P = "refugee-protocol-1967"


# ---------------------------------------------------------------------------------------------
# Comparisons that work
# ---------------------------------------------------------------------------------------------


def test_an_obligations_instrument_compares_equal_to_the_module_constant() -> None:
    """CAT art. 3(1) binds China from 3 Nov 1988: filtering by the constant finds it."""
    found = [
        o for o in rl.obligations_of("CHN", on="2004-06-30") if o.instrument == rl.instruments.CAT
    ]
    assert [o.provision for o in found] == ["3(1)"]
    assert all(o.instrument != rl.instruments.ICCPR for o in found)


def test_an_instrument_equals_its_key_and_hashes_like_it() -> None:
    assert rl.instruments.REFUGEE_CONVENTION == C
    assert C == rl.instruments.REFUGEE_CONVENTION
    assert rl.instruments.REFUGEE_CONVENTION != P
    assert {rl.instruments.REFUGEE_CONVENTION, C} == {C}
    assert rl.instruments.REFUGEE_CONVENTION == rl.instruments.get(C)
    assert rl.instruments.REFUGEE_CONVENTION != rl.instruments.REFUGEE_PROTOCOL


def test_a_citation_accepts_an_instrument_as_well_as_a_key() -> None:
    """UN Charter art. 102 (registration of treaties), cited through the constant."""
    cite = rl.Citation(rl.instruments.UN_CHARTER, "102")
    assert cite == rl.Citation("un-charter-1945", "102")
    assert cite.instrument == "un-charter-1945"
