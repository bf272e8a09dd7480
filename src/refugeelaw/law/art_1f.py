"""Art 1F: exclusion of persons undeserving of international protection.

"The provisions of this Convention shall not apply to any person with respect to whom there are
serious reasons for considering that: (a) he has committed a crime against peace, a war crime,
or a crime against humanity [...]; (b) he has committed a serious non-political crime outside
the country of refuge prior to his admission to that country as a refugee; (c) he has been
guilty of acts contrary to the purposes and principles of the United Nations."
"""

from __future__ import annotations

from ..facts import Claim, Exclusion
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation

__all__ = ["art_1f"]


@reads("claim.exclusion", "claim.exclusion_pending")
def art_1f(claim: Claim, included: Finding) -> Finding:
    """Art 1F: the clauses for which the decision-maker has serious reasons for considering; a
    clause raised and not yet decided leaves exclusion open (UKSC *JS (Sri Lanka)* [2010] UKSC 15
    remitted such a question for reconsideration)."""
    standard = "serious reasons for considering"
    clauses = [c for c in Exclusion if c in claim.exclusion]  # (a), (b), (c) in order
    pending = [c for c in Exclusion if c in claim.exclusion_pending]
    if pending and not clauses:
        names = ", ".join(c.value for c in pending)
        return finding(
            "Art 1F: exclusion",
            Verdict.UNKNOWN,
            f"Art {names} has been raised and not yet decided: until it is, whether the person is "
            "excluded is not known",
            *(c.citation for c in pending),
            facts=["exclusion", "exclusion_pending"],
            missing=[f"exclusion_pending[{c.value!r}]" for c in pending],
            standard=standard,
            role="exception",
        )
    if clauses:
        return finding(
            "Art 1F: exclusion",
            Verdict.MET,
            "the decision-maker has serious reasons for considering that Art "
            f"{', '.join(c.value for c in clauses)} applies",
            *(c.citation for c in clauses),
            Citation("unhcr-handbook", "140-163"),
            facts=["exclusion"],
            standard=standard,
            role="exception",
        )
    return finding(
        "Art 1F: exclusion",
        Verdict.NOT_MET,
        "no exclusion clause is found to apply",
        Citation("refugee-convention-1951", "1F"),
        facts=["exclusion"],
        standard=standard,
        role="exception",
    )
