"""The articles' central case: a North Korean in China who fears punishment for leaving.

Both source articles argue that China's repatriation of North Koreans breaches non-refoulement.
This script runs that argument: is the person a refugee (sur place, Handbook paras 61 and 94-96),
and may China return them to the DPRK in 2004 (Refugee Convention art. 33, CAT art. 3)?

Run: python examples/north_korean_escapee.py
"""

from __future__ import annotations

from pathlib import Path

import refugeelaw as rl

CLAIM = Path(__file__).with_name("claims") / "north_korean_escapee.json"


def main() -> None:
    claim = rl.from_json(rl.Claim, CLAIM.read_text(encoding="utf-8"))
    status = rl.assess_status(claim, on="2004-06-30", state="CHN")
    print(status.explain())
    print()
    ret = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    print(ret.explain())


if __name__ == "__main__":
    main()
