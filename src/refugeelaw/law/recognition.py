"""A refugee already recognised stays one until a clause ends it.

Recognition declares a status the person already has (UNHCR Handbook para. 28); once declared, it
is ended by the Convention's own clauses — cessation (Art 1C) or exclusion (Arts 1D–1F) — not by a
fresh look at Art 1A(2). A lower present risk is a question for Art 1C(5) ("the circumstances in
connexion with which he has been recognized as a refugee have ceased to exist"), or for a refugee
who has no nationality Art 1C(6), which must be found, not an inclusion element that fails.

What a recognition declares is a status under the definition, and Art 1B(1) makes the definition's
limits in time and place a matter of each State's choice "for the purpose of its obligations under
this Convention"; a State that chose alternative (a) (events occurring in Europe) extends its
obligations only by notifying the Secretary-General (Art 1B(2)), and the Protocol keeps its
declaration (art. I(3)). So a recognition counts for a State only within the limits as they apply
to it: one made outside its regime (under UNHCR's mandate, or by another State) does not enlarge
its obligations to a person whose own facts put him outside them. The rule reads those facts, not
who recognised the person: a State's own recognition under its limited regime found them within
it, and whoever states that recognition can state them.
"""

from __future__ import annotations

from ..facts import Claim
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .limits import Regime, dateline

__all__ = ["NOT_EXTENDED", "beyond_limits", "counts_within", "recognised_refugee"]

#: Why a recognition does not reach a person outside the limits of Art 1B(1) binding the state, in
#: the words every rule that says so uses (the status's conclusion, Art 1C's "never reached").
NOT_EXTENDED = (
    "the person's recognition as a refugee does not extend the state's obligations beyond the "
    "limits in time or place that bind it (Art 1B(1)-(2))"
)

_LIMITS_CITED = (
    Citation("unhcr-handbook", "28"),
    Citation("refugee-convention-1951", "1B(1)"),
    Citation("refugee-convention-1951", "1B(2)"),
)


def counts_within(limits: Finding | None) -> Verdict:
    """Whether a recognition counts for the state, from the definition's limits in time and place
    as they apply to it and reach the person (``limits``: Art 1B(1)'s finding, ``None`` where no
    limit binds the state): only within them, and not yet while they are not known to reach the
    person. The one rule :func:`recognised_refugee` and Art 1C (whether the Convention, as the
    state applies it, reached a recognised refugee, so that it can cease to apply to him:
    ``law.art_1c``) read."""
    return Verdict.MET if limits is None else limits.verdict


@reads(
    "claim.recognised",
    "claim.statutory_refugee",
    "claim.events_before_1951",
    "claim.events_in_europe",
    "claim.person.nationalities",
    "regime.description",
    "regime.state",
    "regime.dateline",
    "regime.geographic_limitation",
    "regime.protocol_applies",
    "regime.choice_presumed",
)
def recognised_refugee(claim: Claim, regime: Regime) -> Finding:
    """Whether the person's status has already been recognised (by a state or UNHCR), or is a
    statutory refugee's: Art 1A(1) makes a refugee of anyone "considered a refugee" under the
    arrangements of 1926 to 1939 or the IRO Constitution, with no fresh test of fear, and that
    status too ends only by the Convention's clauses. The clause a lower present risk is a
    question for is the person's own: Art 1C(5) for a refugee with a nationality ("the country of
    his nationality"), Art 1C(6) for one who has none; both where whether the person has a
    nationality is not known.

    A recognition counts for the state whose obligations ``regime`` frames only where the
    definition's limits in time and place, as they apply to it (Art 1B(1), kept under the
    Protocol by its art. I(3)), reach the person: not where the person's own facts put him
    outside them, and not yet where those facts are not known. Art 1A(1) asks no such thing: the
    words Art 1B(1) defines ("events occurring before 1 January 1951") are Art 1A(2)'s."""
    person = claim.person
    clauses = (
        ("1C(6)",)
        if person.stateless
        else ("1C(5)",)
        if person.nationality_known
        else ("1C(5)", "1C(6)")
    )
    question = " or, for a refugee who has no nationality, Art ".join(clauses)
    cites = [Citation("refugee-convention-1951", c) for c in clauses]
    facts = [] if clauses == ("1C(5)",) else ["person.nationalities"]
    if claim.statutory_refugee:
        return finding(
            "recognised refugee",
            Verdict.MET,
            "the person is a refugee under Art 1A(1), considered a refugee under the earlier "
            "arrangements or the IRO Constitution: the status continues until a cessation or "
            "exclusion clause is found, without a fresh look at Art 1A(2)",
            Citation("refugee-convention-1951", "1A(1)"),
            *cites,
            facts=["statutory_refugee", *facts],
        )
    if not claim.recognised:
        return finding(
            "recognised refugee",
            Verdict.NOT_MET,
            "no recognition of refugee status is stated",
            Citation("unhcr-handbook", "28"),
            facts=["recognised"],
        )
    limits = dateline(claim, regime) if regime.limited else None
    counts = counts_within(limits)
    if limits is None or counts is Verdict.MET:
        return finding(
            "recognised refugee",
            Verdict.MET,
            "the person's refugee status has been recognised: it continues until a cessation or "
            f"exclusion clause is found, and a lower present risk is a question for Art {question}",
            Citation("unhcr-handbook", "28"),
            *cites,
            facts=["recognised", *facts],
            # The limits' positions (the data's presumption of a State's Art 1B(1) choice,
            # law.limits.PRESUMED_CHOICE_READING), where they decide that the recognition counts.
            assumptions=() if limits is None else limits.assumptions,
        )
    protocol = (Citation("refugee-protocol-1967", "I(3)"),) if regime.protocol_applies else ()
    if counts is Verdict.NOT_MET:
        return finding(
            "recognised refugee",
            Verdict.NOT_MET,
            "the person's refugee status has been recognised, but the definition's limits in time "
            "or place, as they apply here (Art 1B(1)), exclude the person, and a recognition does "
            "not extend them: it declares the status the person has under the definition, and "
            "one made outside the state's regime (under UNHCR's mandate, or by another State) "
            'cannot enlarge the obligations Art 1B(1) defines "for the purpose of its '
            'obligations", which a state extends only by its own notification (Art 1B(2))',
            *_LIMITS_CITED,
            *protocol,
            children=(limits,),
            facts=["recognised"],
        )
    return finding(
        "recognised refugee",
        Verdict.UNKNOWN,
        "the person's refugee status has been recognised, but whether the definition's limits in "
        "time or place, as they apply here (Art 1B(1)), reach the person is not yet known: a "
        "recognition counts for the state only within them (one made outside its regime, under "
        "UNHCR's mandate or by another State, cannot enlarge its obligations)",
        *_LIMITS_CITED,
        *protocol,
        children=(limits,),
        facts=["recognised"],
    )


def beyond_limits(found: Finding) -> bool:
    """Whether ``found`` (:func:`recognised_refugee`'s finding) is of a recognition stated that
    the limits of Art 1B(1) binding the state put the person outside of."""
    return found.verdict is Verdict.NOT_MET and bool(found.children)
