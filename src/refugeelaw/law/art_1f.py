"""Art 1F: exclusion of persons undeserving of international protection.

"The provisions of this Convention shall not apply to any person with respect to whom there are
serious reasons for considering that: (a) he has committed a crime against peace, a war crime,
or a crime against humanity [...]; (b) he has committed a serious non-political crime outside
the country of refuge prior to his admission to that country as a refugee; (c) he has been
guilty of acts contrary to the purposes and principles of the United Nations."
"""

from __future__ import annotations

import datetime as dt

from ..doctrine import Doctrine
from ..facts import Claim, Exclusion
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation

__all__ = ["art_1f"]


#: What each clause says of the person, in its own words ("has committed", "has been guilty of").
_WHAT = {
    Exclusion.ART_1F_A: "has committed a crime against peace, a war crime or a crime against "
    "humanity",
    Exclusion.ART_1F_B: "has committed a serious non-political crime outside the country of refuge "
    "prior to admission as a refugee",
    Exclusion.ART_1F_C: "has been guilty of acts contrary to the purposes and principles of the "
    "United Nations",
}


@reads("claim.exclusion", "claim.exclusion_pending", "claim.crime_after_admission")
def art_1f(claim: Claim, included: Finding, doctrine: Doctrine, on: dt.date) -> Finding:
    """Art 1F: the clauses for which the decision-maker has serious reasons for considering; a
    clause raised and not yet decided leaves exclusion open (UKSC *JS (Sri Lanka)* [2010] UKSC 15
    remitted such a question for reconsideration)."""
    standard = "serious reasons for considering"
    clauses = [c for c in Exclusion if c in claim.exclusion]  # (a), (b), (c) in order
    pending = [c for c in Exclusion if c in claim.exclusion_pending]
    after_admission = claim.crime_after_admission is True and Exclusion.ART_1F_B in (
        *clauses,
        *pending,
    )
    if after_admission:
        # 1F(b) reaches only crimes committed outside the country of refuge before admission to
        # it: one committed there, or later, is a matter for its criminal law and for Art 33(2)
        # (return) or Art 32 (expulsion), not for exclusion. That holds of the clause found and
        # of the clause raised and not yet decided alike: deciding it could not make it reach
        # the crime, so it is not asked.
        for raised in (clauses, pending):
            if Exclusion.ART_1F_B in raised:
                raised.remove(Exclusion.ART_1F_B)
    open_ = Exclusion.ART_1F_B in claim.exclusion_pending  # 1F(b) raised, not yet decided
    if after_admission and not clauses and not pending:
        return finding(
            "Art 1F: exclusion",
            Verdict.NOT_MET,
            "Art 1F(b) reaches only a serious non-political crime committed outside the country "
            "of refuge prior to admission to that country as a refugee; the crime relied on was "
            "committed in the country of refuge or after admission to it, which goes to Art "
            "33(2) or Art 32, not to exclusion"
            + (
                ", so the clause, raised and not yet decided, cannot apply whatever is decided"
                if open_
                else ""
            ),
            Citation("refugee-convention-1951", "1F(b)"),
            Citation("refugee-convention-1951", "33(2)"),
            Citation("refugee-convention-1951", "32(1)"),
            facts=[
                "exclusion",
                *(["exclusion_pending"] if open_ else []),
                "crime_after_admission",
            ],
            standard=standard,
            role="exception",
        )
    if pending and not clauses:
        # A clause still open stays open though another (1F(b) for a crime after admission) has
        # been set aside: no known answer to it is given by setting the other aside.
        names = ", ".join(c.value for c in pending)
        aside = (
            "; Art 1F(b) does not reach the crime relied on, committed in the country of refuge "
            "or after admission to it"
            if after_admission
            else ""
        )
        return finding(
            "Art 1F: exclusion",
            Verdict.UNKNOWN,
            f"Art {names} has been raised and not yet decided: until it is, whether the person is "
            f"excluded is not known{aside}",
            *(c.citation for c in pending),
            *([Citation("refugee-convention-1951", "1F(b)")] if after_admission else []),
            facts=[
                "exclusion",
                "exclusion_pending",
                *(["crime_after_admission"] if after_admission else []),
            ],
            missing=[f"exclusion_pending[{c.value!r}]" for c in pending],
            standard=standard,
            role="exception",
        )
    if clauses:
        # Another clause applies; a 1F(b) set aside for a crime after admission is said to be, as
        # where it is the only clause, so that what the claim records of it is not lost.
        set_aside = "found" if Exclusion.ART_1F_B in claim.exclusion else "raised"
        return finding(
            "Art 1F: exclusion",
            Verdict.MET,
            "the decision-maker has serious reasons for considering that the person "
            + "; ".join(f"{_WHAT[c]} (Art {c.value})" for c in clauses)
            + (
                f"; Art 1F(b), {set_aside}, does not reach the crime relied on, committed in the "
                "country of refuge or after admission to it, which goes to Art 33(2) or Art 32, "
                "not to exclusion"
                if after_admission
                else ""
            ),
            *(c.citation for c in clauses),
            Citation("unhcr-handbook", "147-163"),
            facts=[
                "exclusion",
                *(["exclusion_pending"] if after_admission and set_aside == "raised" else []),
                *(["crime_after_admission"] if after_admission else []),
            ],
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
