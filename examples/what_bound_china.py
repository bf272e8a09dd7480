"""What bound China, and when: the treaty dates both articles turn on.

China received the Indo-Chinese refugees in 1979 before any refugee treaty bound it, acceded to the
Convention and Protocol on 24 September 1982 (the Convention in force for it on 23 December 1982),
ratified CAT (in force 3 November 1988), signed but never ratified the ICCPR (1998).

Run: python examples/what_bound_china.py
"""

from __future__ import annotations

import refugeelaw as rl

DATES = (
    "1979-06-01",
    "1982-09-24",
    "1982-12-23",
    "1988-11-03",
    "1998-10-05",
    "2001-06-30",
    "2004-06-30",
)


def main() -> None:
    for day in DATES:
        bound = [
            str(o.citation) for o in rl.obligations_of("CHN", on=day) if o.norm == "non-refoulement"
        ]
        print(f"{day}: {'; '.join(bound)}")
    print()
    tree = rl.explain_obligations("CHN", on="2004-06-30")
    print(f"{tree.element}: {tree.reason}")
    for finding in tree.children:
        print(f"  {finding.verdict.symbol} {finding.element}: {finding.reason}")


if __name__ == "__main__":
    main()
