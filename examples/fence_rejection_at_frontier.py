"""The 20-kilometre fence: rejection at the frontier is return "in any manner whatsoever".

The first article notes the fence China built "to prevent North Korean refugees from crossing the
border". A person who reaches China's frontier and is turned back is returned (ExCom Conclusion
No. 6); a person still inside the DPRK is not a refugee at all (art. 1A(2) requires them to be
outside their country).

Run: python examples/fence_rejection_at_frontier.py
"""

from __future__ import annotations

from pathlib import Path

import attrs

import refugeelaw as rl

CLAIM = Path(__file__).with_name("claims") / "fence_rejection_at_frontier.json"


def main() -> None:
    claim = rl.from_json(rl.Claim, CLAIM.read_text(encoding="utf-8"))
    print(rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30").explain())
    print()
    inside = attrs.evolve(claim, person=attrs.evolve(claim.person, location="PRK"))
    print("Still inside the DPRK:", rl.assess_status(inside, on="2004-06-30"))


if __name__ == "__main__":
    main()
