"""Family as a particular social group: relatives punished for a defector's opposition.

The first article: "If an individual openly opposes the Kim regime, the whole family will be
punished." The family is a particular social group under the protected-characteristics test (Ward)
and under the EU's cumulative test; this script shows both views, then the finding tree as a
Graphviz diagram (render it with `dot -Tsvg` if Graphviz is installed).

Run: python examples/family_as_social_group.py
"""

from __future__ import annotations

from pathlib import Path

import refugeelaw as rl

CLAIM = Path(__file__).with_name("claims") / "family_as_social_group.json"


def main() -> None:
    claim = rl.from_json(rl.Claim, CLAIM.read_text(encoding="utf-8"))
    views = {"Ward": rl.Doctrine(), "both tests (EU)": rl.Doctrine(social_group="both")}
    print(rl.compare_doctrines(claim, views, on="2004-06-30").explain())
    print()
    status = rl.assess_status(claim, on="2004-06-30", state="CHN")
    print(status.explain())
    print()
    print(status.explain(format="dot"))


if __name__ == "__main__":
    main()
