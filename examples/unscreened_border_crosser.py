"""A North Korean presumed an economic migrant and never screened.

The second article reports that officials "presume that all North Koreans who enter their country
are doing so for economic reasons" without screening them. The library will not decide on a
presumption: status and return are UNDETERMINED, with the facts that would decide them named.
Supplying them (as a screening would) decides the return.

Run: python examples/unscreened_border_crosser.py
"""

from __future__ import annotations

from pathlib import Path

import refugeelaw as rl
from refugeelaw import testing

CLAIM = Path(__file__).with_name("claims") / "unscreened_border_crosser.json"


def main() -> None:
    claim = rl.from_json(rl.Claim, CLAIM.read_text(encoding="utf-8"))
    print(rl.assess_status(claim, on="2004-06-30", state="CHN"))
    ret = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    print(ret.explain())
    print()
    screened = testing.unscreened_border_crosser(fears=[testing.escapee_harm()])
    print("After screening:", rl.assess_return(screened, by="CHN", to="PRK", on="2004-06-30"))


if __name__ == "__main__":
    main()
