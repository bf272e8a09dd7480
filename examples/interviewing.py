"""Interviewing: what to ask next about a North Korean who says he will be punished for leaving.

The claim starts nearly empty. Each round prints the ranked questions, with the outcome every
answer would lead to; the caseworker's answer (from the facts the source articles report) is
written in, and the claim is assessed again, until it is decided. See docs/interviewing.md.

Run: python examples/interviewing.py
"""

from __future__ import annotations

from typing import Any

import refugeelaw as rl
from refugeelaw.questions import answered

# What the caseworker learns, question by question (the source articles' facts).
FINDINGS: dict[str, Any] = {
    "fears[0].likelihood": 0.8,  # country information: most returnees are detained
    "fears[0].reasons": ["political_opinion"],  # leaving is treated as political disloyalty
    "fears[0].actor": "state",
    "protection['PRK']": "unavailable",
    "fears[0].disproportionate": True,  # years in a labour camp for crossing a border
}


def main() -> None:
    claim = rl.Claim(
        rl.Person("Escapee", {"PRK"}, location="CHN"),
        fears=[
            rl.Harm(
                "punishment for leaving without permission",
                "PRK",
                prosecution=True,
                exit_offence=True,  # the offence is leaving (UNHCR Handbook para. 61)
            )
        ],
    )
    while True:
        result = rl.assess_status(claim, on="2004-06-30")
        print(result)
        asked = [q for q in result.questions() if q.path in FINDINGS]
        if not asked:
            break
        for q in result.questions():
            leads = ", ".join(f"{a.label} -> {a.outcome.name}" for a in q.answers)
            print(f"  [{q.kind.name.lower()}] {q.text}\n      {leads}")
        q = asked[0]
        print(f"answer to {q.path}: {FINDINGS[q.path]!r}\n")
        claim = answered(claim, q.path, FINDINGS[q.path])


if __name__ == "__main__":
    main()
