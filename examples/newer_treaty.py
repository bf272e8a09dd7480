"""Does the newer treaty win? The first article's lex posterior argument, and its correction.

The article argues that the newer China-DPRK border protocol might prevail over the Refugee
Convention, that a peremptory norm overrides it, and that "Article 102" of the UN Charter gives the
Charter priority. The ruling applies VCLT arts 53/64, Charter Art 103 and VCLT art. 30 in order,
reports both branches of the contested question, and corrects Art 102 to Art 103.

Run: python examples/newer_treaty.py
"""

from __future__ import annotations

import refugeelaw as rl


def main() -> None:
    obs = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on="2004-06-30")}
    art33 = obs[("refugee-convention-1951", "33(1)")]
    handback = obs[("china-dprk-border-protocol-1986", "return")]
    ruling = rl.resolve_conflict(
        art33, handback, on="2004-06-30", cited=[rl.Citation("un-charter-1945", "102")]
    )
    print(ruling.explain())


if __name__ == "__main__":
    main()
