"""A deterministic synthetic caseload generator (same seed, same claims, byte for byte).

Run: python benchmarks/caseload.py 100000 > caseload.jsonl

The mix is not a statistic about any real caseload: it exercises every branch of Art 1A(2)
(alienage, severity, prosecution, nexus with mixed motives, protection, relocation, unknowns).
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from typing import Any

NATIONALITIES = ["PRK", "SYR", "AFG", "ERI", "MMR", "VEN", "SDN", "IRN"]
HOSTS = ["CHN", "DEU", "TUR", "USA", "KOR", "BGD", "MYS"]
SEVERITY = [None, "minor", "discrimination", "serious", "threat_to_life_or_freedom"]
REASONS = ["political_opinion", "religion", "race", "nationality", "economic", "personal",
           "generalised_violence"]  # fmt: skip


def claim_dict(rng: random.Random, n: int) -> dict[str, Any]:
    nationality = rng.choice(NATIONALITIES)
    nationalities = [nationality] + (["KOR"] if nationality == "PRK" and rng.random() < 0.2 else [])
    location = rng.choice([*HOSTS, nationality]) if rng.random() < 0.97 else None
    fears = []
    for _ in range(rng.choice((1, 1, 1, 2))):
        prosecution = rng.random() < 0.2
        fears.append(
            {
                "description": f"harm {n}",
                "country": nationality,
                "severity": rng.choice(SEVERITY),
                "likelihood": rng.choice((None, 0.05, 0.2, 0.5, 0.9)),
                "actor": rng.choice((None, "state", "state", "non_state")),
                "reasons": rng.sample(REASONS, rng.choice((0, 1, 1, 2))),
                "prosecution": prosecution,
                "disproportionate": rng.choice((None, True, False)) if prosecution else None,
                "sur_place": rng.random() < 0.1,
                # Stated, drawing nothing: "none", what the field meant when it was left out
                # before its default became "not known", so that revisions compare alike.
                "protection_withheld_for": [],
            }
        )
    protection = {
        c: rng.choice(("available", "unavailable")) for c in nationalities if rng.random() < 0.7
    }
    return {
        "person": {"name": f"claimant {n}", "nationalities": nationalities, "location": location},
        "fears": fears,
        "protection": protection,
        "internal_relocation": rng.choice((None, True, False)),
        "exclusion": ["1F(b)"] if rng.random() < 0.01 else [],
    }


def generate(count: int, seed: int = 1951) -> Iterator[str]:
    """``count`` claims as JSON Lines, deterministically from ``seed``."""
    rng = random.Random(seed)
    for n in range(count):
        yield json.dumps(claim_dict(rng, n), separators=(",", ":"))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    write = sys.stdout.write
    for line in generate(count):
        write(line + "\n")


if __name__ == "__main__":
    main()
