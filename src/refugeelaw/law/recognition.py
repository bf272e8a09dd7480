"""A refugee already recognised stays one until a clause ends it.

Recognition declares a status the person already has (UNHCR Handbook para. 28); once declared, it
is ended by the Convention's own clauses — cessation (Art 1C) or exclusion (Arts 1D–1F) — not by a
fresh look at Art 1A(2). A lower present risk is a question for Art 1C(5) ("the circumstances in
connexion with which he has been recognized as a refugee have ceased to exist"), or for a refugee
who has no nationality Art 1C(6), which must be found, not an inclusion element that fails.
"""

from __future__ import annotations

from ..facts import Claim
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation

__all__ = ["recognised_refugee"]


@reads("claim.recognised", "claim.statutory_refugee", "claim.person.nationalities")
def recognised_refugee(claim: Claim) -> Finding:
    """Whether the person's status has already been recognised (by a state or UNHCR), or is a
    statutory refugee's: Art 1A(1) makes a refugee of anyone "considered a refugee" under the
    arrangements of 1926 to 1939 or the IRO Constitution, with no fresh test of fear, and that
    status too ends only by the Convention's clauses. The clause a lower present risk is a
    question for is the person's own: Art 1C(5) for a refugee with a nationality ("the country of
    his nationality"), Art 1C(6) for one who has none; both where whether the person has a
    nationality is not known."""
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
    if claim.recognised:
        return finding(
            "recognised refugee",
            Verdict.MET,
            "the person's refugee status has been recognised: it continues until a cessation or "
            f"exclusion clause is found, and a lower present risk is a question for Art {question}",
            Citation("unhcr-handbook", "28"),
            *cites,
            facts=["recognised", *facts],
        )
    return finding(
        "recognised refugee",
        Verdict.NOT_MET,
        "no recognition of refugee status is stated",
        Citation("unhcr-handbook", "28"),
        facts=["recognised"],
    )
