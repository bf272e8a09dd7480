"""An "economic migrant": a North Korean who left for food and fears only hunger on return.

China's position, reported by both articles, is that North Koreans crossing the border are economic
migrants. For this person that is right: hunger is not persecution *for a Convention reason*
(UNHCR Handbook paras 62-64), so neither status nor art. 33 protects them. Compare
family_as_social_group.py and unscreened_border_crosser.py.

Run: python examples/economic_migrant.py
"""

from __future__ import annotations

from pathlib import Path

import refugeelaw as rl

CLAIM = Path(__file__).with_name("claims") / "economic_migrant.json"


def main() -> None:
    claim = rl.from_json(rl.Claim, CLAIM.read_text(encoding="utf-8"))
    status = rl.assess_status(claim, on="2004-06-30", state="CHN")
    print(status.explain())
    print()
    print(rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30"))


if __name__ == "__main__":
    main()
