"""Lex specialis derogat legi generali: a maxim of interpretation, not a treaty rule."""

from __future__ import annotations

from ..countries import country_name
from ..logic import Verdict, finding
from ..results import Basis, PrecedenceRule
from ..sources import Citation
from .conflict import Conflict, Decision
from .obligations import CUSTOM

__all__ = ["lex_specialis"]

_V = "vclt-1969"


def lex_specialis(c: Conflict) -> Decision:
    """A treaty obligation derogates, between its parties, from general custom.

    A customary obligation owed to every state (non-refoulement protects individuals and binds
    erga omnes) survives toward everyone else: a treaty between some states cannot take away the
    rights of others (cf. VCLT art. 41(1)(b)), so that responsibility is reported.
    """
    element = "lex specialis"
    cite = Citation(CUSTOM, "non-refoulement")
    for strong, weak in ((c.first, c.second), (c.second, c.first)):
        if strong.basis is Basis.TREATY and weak.basis is Basis.CUSTOM:
            residual: tuple[str, ...] = ()
            cites = [cite]
            reason = (
                f"{strong.citation} is a treaty rule between its parties and derogates from the "
                f"general customary rule {weak.citation}"
            )
            if weak.norm is not None and strong.norm != weak.norm:
                reason += (
                    ", but only as between the treaty's parties: the customary rule is owed to "
                    "every state and protects individuals"
                )
                residual = (
                    f"{country_name(weak.state)} remains bound toward every other state by "
                    f"{weak.citation}: a treaty between some states cannot release it (cf. VCLT "
                    "art. 41(1)(b))",
                )
                cites.append(Citation(_V, "41(1)(b)"))
            return Decision(
                finding(element, Verdict.MET, reason, *cites),
                PrecedenceRule.LEX_SPECIALIS,
                strong,
                weak,
                residual=residual,
            )
    return Decision(
        finding(
            element,
            Verdict.NOT_MET,
            "neither obligation is the more special rule on the facts the library holds",
            cite,
        )
    )


# The rules in the order they are applied; the first that decides, decides.
