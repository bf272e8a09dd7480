"""Art 1D: persons receiving protection or assistance from other UN organs or agencies.

"This Convention shall not apply to persons who are at present receiving from organs or
agencies of the United Nations other than the United Nations High Commissioner for Refugees
protection or assistance."
"""

from __future__ import annotations

from ..facts import Claim
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation

__all__ = ["art_1d"]

ART_1D = Citation("refugee-convention-1951", "1D")


@reads("claim.unrwa_assistance")
def art_1d(claim: Claim, included: Finding) -> Finding:
    """Art 1D, first paragraph: the Convention does not apply while such assistance is received."""
    element = "Art 1D: other UN protection or assistance"
    if claim.unrwa_assistance:
        return finding(
            element,
            Verdict.MET,
            "the person is at present receiving protection or assistance from a UN "
            "agency other than UNHCR",
            ART_1D,
            Citation("unhcr-handbook", "140-163"),
            facts=["unrwa_assistance"],
            role="exception",
        )
    return finding(
        element,
        Verdict.NOT_MET,
        "no other UN agency's protection or assistance is received",
        ART_1D,
        facts=["unrwa_assistance"],
        role="exception",
    )
