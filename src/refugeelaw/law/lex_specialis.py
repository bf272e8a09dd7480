"""Lex specialis derogat legi generali: a maxim of interpretation, not a treaty rule."""

from __future__ import annotations

from ..countries import country_name
from ..logic import Verdict, finding
from ..results import Basis, PrecedenceRule, StateObligation
from ..sources import Citation
from .conflict import Conflict, Decision, is_signatory_duty, signatory_words
from .terms import names

__all__ = ["lex_specialis"]

_V = "vclt-1969"
_CHARTER = "un-charter-1945"


#: The maxim is studied in the ILC Study Group's Fragmentation report (2006), not stated in a
#: treaty: the report is cited for it as a whole (the library does not hold its lex specialis
#: paragraphs).
MAXIM = Citation("ilc-fragmentation-2006")

#: The reading on which a treaty between some states governs, between them, against a customary
#: duty that protects individuals.
BENEFICIARIES = (
    "the treaty is taken to govern between its parties at most; the ILC Study Group's "
    "conclusions (2006) doubt that special law may derogate even so far where it would frustrate "
    "the purpose of the general law or affect those who benefit from it, as the persons "
    "non-refoulement protects do"
)


def _outside(
    c: Conflict, strong: StateObligation, weak: StateObligation, treaty: str
) -> Decision | None:
    """The decision where ``strong``, a treaty duty set against the customary ``weak``, is not
    one its parties can set up against every State concerned (``None`` where every one of them is
    a party to it). A treaty "does not create either obligations or rights for a third State
    without its consent" (VCLT art. 34): it governs no relation of a State not party to it, which
    the customary rule binding both governs, as the treaty both are parties to governs under art.
    30(4)(b) (:func:`.vclt_30.successive_treaties`):

    - the relations in question are not those of the State both obligations bind: neither
      governs them, and the maxim ranks nothing (``NOT_MET``);
    - whether a State concerned is a party is beyond the data (``UNKNOWN``);
    - none of them is a party but the State bound (with a non-party): the customary rule governs
      their relations (``BETWEEN_PARTIES``, the customary rule prevailing);
    - some pairs of them are parties to the treaty and others not: no one rule holds among them
      all (``NOT_MET``: ask for each pair)."""
    element = "lex specialis"
    state = weak.state
    concerned = names(c.between, c.on)
    if state not in c.between:
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                f"{strong.citation} and {weak.citation} are obligations of "
                f"{country_name(state, c.on)}, which is not among the states whose relations are "
                f"in question ({concerned}): neither governs the relations of other States, and "
                f"{treaty} creates neither obligations nor rights for a State not party to it "
                "(VCLT art. 34)",
                MAXIM,
                Citation(_V, "34"),
            )
        )
    bound = c.parties(strong)
    unknown = [s for s in c.between if bound[s] is Verdict.UNKNOWN]
    if unknown:
        return Decision(
            finding(
                element,
                Verdict.UNKNOWN,
                f"whether {names(unknown, c.on)} is a party to {treaty} on {c.on.isoformat()} is "
                "beyond the data (see party_status): a treaty governs only between its parties "
                "(VCLT art. 34), so whether it governs their relations cannot be told",
                MAXIM,
                Citation(_V, "34"),
            )
        )
    outsiders = [s for s in c.between if bound[s] is not Verdict.MET]
    if not outsiders:
        return None
    parties = [s for s in c.between if bound[s] is Verdict.MET]
    why = (
        f"{names(outsiders, c.on)} {'is' if len(outsiders) == 1 else 'are'} no party to "
        f"{treaty}, which creates neither obligations nor rights for a third State without its "
        "consent (VCLT art. 34)"
    )
    if len(parties) > 1:
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                f"{why}: between {names(parties, c.on)} {treaty} governs at most, and between "
                f"each of them and {names(outsiders, c.on)} {weak.citation} governs; no one rule "
                "holds among them all (ask for each pair)",
                MAXIM,
                Citation(_V, "34"),
            )
        )
    name = country_name(state, c.on)
    statement = (
        f"as between {concerned}, {weak.citation} governs: {why}, and {name} cannot set "
        f"{strong.citation} up against {names(outsiders, c.on)}; {treaty} governs, at most, "
        "between its parties"
    )
    return Decision(
        finding(
            element,
            Verdict.MET,
            f"{why}: as between {concerned}, {weak.citation}, which binds {name} toward every "
            f"state, governs, and {treaty} governs, at most, between its parties",
            MAXIM,
            weak.citation,
            Citation(_V, "34"),
        ),
        PrecedenceRule.BETWEEN_PARTIES,
        weak,
        strong,
        statement=statement,
    )


def lex_specialis(c: Conflict) -> Decision:
    """A treaty obligation derogates, between its parties, from general custom.

    Not from a customary obligation owed to every state that protects individuals (non-refoulement
    binds erga omnes): a treaty between some states does not "specialise" it. At most the treaty
    governs between its parties, and the duty toward every other state, with the responsibility
    for breaching it, remains (VCLT art. 34; cf. art. 41(1)(b)). Nor does the maxim rank a Charter
    obligation against custom: that is a question for UN Charter Art. 103.
    """
    element = "lex specialis"
    cite = MAXIM
    signed = next((o for o in (c.first, c.second) if is_signatory_duty(o)), None)
    if signed is not None:
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                f"{signatory_words(signed)}: not a general rule that a treaty between some "
                "states specialises",
                cite,
                Citation(_V, "18"),
            )
        )
    for strong, weak in ((c.first, c.second), (c.second, c.first)):
        if strong.basis is not Basis.TREATY or weak.basis is not Basis.CUSTOM:
            continue
        if strong.instrument == _CHARTER:
            return Decision(
                finding(
                    element,
                    Verdict.NOT_MET,
                    f"{strong.citation} is an obligation under the Charter: whether it prevails "
                    f"over {weak.citation} is a question for UN Charter Art. 103, not for the "
                    "maxim lex specialis",
                    cite,
                    Citation(_CHARTER, "103"),
                )
            )
        inst = c.treaty(strong.instrument)
        treaty = str(inst) if inst is not None else str(strong.citation)
        unranked = _outside(c, strong, weak, treaty)
        if unranked is not None:
            return unranked
        parties = [s for s in c.between if c.parties(strong)[s] is Verdict.MET]
        # One State has no relations with itself: the treaty governs, at most, between its parties.
        among = names(parties, c.on) if len(parties) > 1 else f"the parties to {treaty}"
        if weak.norm is not None and strong.norm != weak.norm:
            state = country_name(weak.state, c.on)
            residual = (
                f"{state} remains bound toward every other state by {weak.citation}, and "
                f"responsible to them for any breach: {treaty} cannot release it (VCLT art. 34; "
                "cf. art. 41(1)(b))",
            )
            reason = (
                f"{weak.citation} is owed to every state and protects individuals: {treaty} does "
                "not specialise it. At most it governs between its parties; the customary duty "
                "toward every other state remains"
            )
            return Decision(
                finding(
                    element,
                    Verdict.MET,
                    reason,
                    cite,
                    weak.citation,
                    Citation(_V, "34"),
                    Citation(_V, "41(1)(b)"),
                    assumptions=(BENEFICIARIES,),
                ),
                PrecedenceRule.BETWEEN_PARTIES,
                strong,
                weak,
                residual=residual,
                statement=(f"as between {among} at most, {strong.citation} governs; {residual[0]}"),
            )
        return Decision(
            finding(
                element,
                Verdict.MET,
                f"{strong.citation} is a treaty rule between its parties and derogates from the "
                f"general customary rule {weak.citation}",
                cite,
            ),
            PrecedenceRule.LEX_SPECIALIS,
            strong,
            weak,
            statement=(
                f"as between {among}, {strong.citation} derogates from {weak.citation} as the "
                "more special rule"
            ),
        )
    return Decision(
        finding(
            element,
            Verdict.NOT_MET,
            "neither obligation is the more special rule on the facts the library holds",
            cite,
        )
    )
