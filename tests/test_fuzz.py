"""Nothing lost, no traceback: invalid and adversarial input to every public entry point.

The generators are those of ``benchmarks/fuzz.py`` (which runs 100,000 inputs and prints the
table of outcomes); here hypothesis draws the seeds, 100 runs of 200 inputs, about 20,000 in all:
every public constructor with one field replaced by a bad value (and, when it is accepted, the
object rendered, serialised and read back), ``from_json`` for every public class with mutated
documents and mangled text or bytes, every public function with one argument replaced, and the
command line with caseloads of good records among bad ones. Nothing may be raised but
``InvalidInput``, and the command line must write every good record and report every bad one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import fuzz  # the generators live with the benchmark script

INPUTS_PER_RUN = 200


@settings(max_examples=100, derandomize=True, database=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_nothing_but_invalid_input_whatever_the_input(seed: int) -> None:
    counts, examples = fuzz.run(INPUTS_PER_RUN, seed)
    assert fuzz.unexpected(counts) == 0, examples
    assert sum(n for key, n in counts.items() if key.endswith("tried")) == INPUTS_PER_RUN


def test_every_kind_of_input_is_tried() -> None:
    counts, _ = fuzz.run(2_000, 0)
    for kind in fuzz.GENERATORS:
        assert counts[f"{kind}: tried"] > 0
    assert counts["InvalidInput"] > 1_000  # mostly refused, as it should be
    assert counts["accepted"] > 0  # and some mutations are still valid input
