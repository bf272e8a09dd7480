"""The point the articles do not raise: North Koreans as nationals of the Republic of Korea.

If the escapee is also a national of the ROK and its protection is available, the second paragraph
of Convention art. 1A(2) says they are not a refugee (UK country guidance, GP (South Korean
citizenship) [2014] UKUT 391). But return to the DPRK is still barred by CAT art. 3, which protects
everyone; transfer to the ROK is not.

Run: python examples/dual_nationality_rok.py
"""

from __future__ import annotations

from pathlib import Path

import attrs

import refugeelaw as rl

CLAIM = Path(__file__).with_name("claims") / "dual_nationality_rok.json"


def main() -> None:
    claim = rl.from_json(rl.Claim, CLAIM.read_text(encoding="utf-8"))
    print(rl.assess_status(claim, on="2004-06-30", state="CHN").explain())
    print()
    print(rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30").explain())
    print()
    to_rok = attrs.evolve(claim, onward_removal={"KOR": False})
    print(rl.assess_return(to_rok, by="CHN", to="KOR", on="2004-06-30"))


if __name__ == "__main__":
    main()
