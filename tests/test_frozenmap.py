"""The claim's mappings (``Claim.protection``, ``Claim.onward_removal``): immutable, hashable,
equal to a ``dict`` with the same items."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from typing import Any

import pytest

import refugeelaw as rl
from refugeelaw._frozenmap import FrozenMap


def _claim() -> rl.Claim:
    return rl.Claim(
        rl.Person("A", {"PRK"}, location="CHN"),
        fears=[rl.Harm("detention", "PRK")],
        protection={"PRK": "unavailable"},
    )


def test_a_claims_mapping_cannot_be_changed() -> None:
    protection: Any = _claim().protection  # typed a Mapping: what a user may try on it
    changes: tuple[Callable[[Any], object], ...] = (
        lambda m: m.__setitem__("KOR", rl.Protection.AVAILABLE),
        lambda m: m.__delitem__("PRK"),
        lambda m: m.update({"KOR": rl.Protection.AVAILABLE}),
        lambda m: m.setdefault("KOR", rl.Protection.AVAILABLE),
        lambda m: m.pop("PRK"),
        lambda m: m.popitem(),
        lambda m: m.clear(),
        lambda m: m.__ior__({"KOR": rl.Protection.AVAILABLE}),
        lambda m: setattr(m, "data", {}),
        lambda m: delattr(m, "_hash"),
    )
    for change in changes:
        with pytest.raises(TypeError, match="FrozenMap is immutable"):
            change(protection)
    assert protection == {"PRK": rl.Protection.UNAVAILABLE}


def test_equal_to_a_dict_and_hashable_by_its_items() -> None:
    a, b = FrozenMap({"PRK": 1, "KOR": 2}), FrozenMap({"KOR": 2, "PRK": 1})
    assert a == b == {"PRK": 1, "KOR": 2}
    assert a != {"PRK": 1}
    assert hash(a) == hash(b)
    assert len({a, b}) == 1
    assert hash(_claim()) == hash(_claim())  # a claim holding one is hashable


def test_copies_pickles_and_json() -> None:
    m: Any = _claim().protection
    assert copy.copy(m) == m
    assert copy.deepcopy(m) == m
    assert m.copy() is m  # it never changes: its copy is itself
    again = pickle.loads(pickle.dumps(m))
    assert type(again) is FrozenMap
    assert again == m
    onward = FrozenMap({"PRK": True})  # a dict to the standard library's JSON writer
    assert json.loads(json.dumps(onward)) == {"PRK": True}
    assert repr(FrozenMap({"PRK": 1})) == "FrozenMap({'PRK': 1})"
    assert m | {"KOR": rl.Protection.AVAILABLE} == {  # a new dict: the map itself is unchanged
        "PRK": rl.Protection.UNAVAILABLE,
        "KOR": rl.Protection.AVAILABLE,
    }
    assert m == {"PRK": rl.Protection.UNAVAILABLE}
