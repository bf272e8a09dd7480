"""The OAU Convention Governing the Specific Aspects of Refugee Problems in Africa (1969).

    Art. I(2): "The term 'refugee' shall also apply to every person who, owing to external
    aggression, occupation, foreign domination or events seriously disturbing public order in
    either part or the whole of his country of origin or nationality, is compelled to leave his
    place of habitual residence in order to seek refuge in another place outside his country of
    origin or nationality."

    Art. II(3): "No person shall be subjected by a Member State to measures such as rejection at
    the frontier, return or expulsion, which would compel him to return to or remain in a
    territory where his life, physical integrity or liberty would be threatened for the reasons
    set out in Article I, paragraphs 1 and 2."

A state bound by it applies the wider definition beside Art 1A(2) (art. I(1) repeats the 1951
definition); the status determination says on which definition the status rests. Art. II(3)
protects every person, refugee or not, and states no exception.
"""

from __future__ import annotations

from ..facts import Claim, FlightCause, Harm, Severity
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .removal import ReturnCase, exposure
from .terms import harm_path

__all__ = ["OAU_II_3", "OAU_I_2", "compelled_to_leave", "oau_bar", "wider_definition"]

OAU = "oau-refugee-convention-1969"
OAU_I_2 = Citation(OAU, "I(2)")
OAU_II_3 = Citation(OAU, "II(3)")


@reads("claim.flight_causes")
def compelled_to_leave(claim: Claim) -> Finding:
    """Compelled to leave "owing to external aggression, occupation, foreign domination or events
    seriously disturbing public order": the events need not target the person (no individual
    fear, and no Convention ground, is asked)."""
    element = "compelled to leave owing to aggression, occupation, domination or serious disorder"
    causes = claim.flight_causes
    if causes is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            "what compelled the person to leave is not known",
            OAU_I_2,
            facts=["flight_causes"],
            missing=["flight_causes"],
        )
    if not causes:
        return finding(
            element,
            Verdict.NOT_MET,
            "none of the events of art. I(2) compelled the person to leave",
            OAU_I_2,
            facts=["flight_causes"],
        )
    found = ", ".join(c.value.replace("_", " ") for c in FlightCause if c in causes)
    return finding(
        element,
        Verdict.MET,
        f"the person was compelled to leave owing to {found}",
        OAU_I_2,
        facts=["flight_causes"],
    )


def wider_definition(claim: Claim, bound: Finding, outside: Finding) -> Finding:
    """Art. I(2), for a state bound by the OAU Convention (``bound``): outside the country of
    origin or nationality (``outside``, the finding Art 1A(2) made) and compelled to leave by the
    events it names."""
    elements = (bound, outside, compelled_to_leave(claim))
    verdict = Verdict.all([e.verdict for e in elements])
    reason = {
        Verdict.MET: "every element of the OAU Convention's wider definition is met",
        Verdict.NOT_MET: "an element of the OAU Convention's wider definition is not met",
        Verdict.UNKNOWN: "whether the OAU Convention's wider definition is met is not yet known",
    }[verdict]
    return finding("OAU Convention art. I(2)", verdict, reason, OAU_I_2, children=elements)


@reads("harm.severity", "harm.likelihood", "harm.country", "path", "causes", "threshold")
def threatened_by_the_events(
    harm: Harm, path: str, causes: frozenset[FlightCause] | None, threshold: float
) -> Finding:
    """A threat to "life, physical integrity or liberty" for the reasons of art. I(2): harm of
    that gravity, likely enough, in a country the person fled for those events."""
    facts = [f"{path}.severity", f"{path}.likelihood", "flight_causes"]
    grave = (
        Verdict.UNKNOWN if harm.severity is None else Verdict.of(harm.severity >= Severity.SERIOUS)
    )
    likely = (
        Verdict.UNKNOWN if harm.likelihood is None else Verdict.of(harm.likelihood >= threshold)
    )
    events = Verdict.UNKNOWN if causes is None else Verdict.of(bool(causes))
    verdict = grave & likely & events
    missing = [
        p
        for p, v in (
            (f"{path}.severity", harm.severity),
            (f"{path}.likelihood", harm.likelihood),
            ("flight_causes", causes),
        )
        if v is None
    ]
    words = {
        Verdict.MET: "life, physical integrity or liberty threatened by the events of art. I(2)",
        Verdict.NOT_MET: "no threat to life, physical integrity or liberty from the events of art. "
        "I(2) is shown",
        Verdict.UNKNOWN: "not yet known whether the events of art. I(2) threaten life, physical "
        "integrity or liberty",
    }[verdict]
    return finding(path, verdict, words, OAU_II_3, facts=facts, missing=missing)


def oau_risk(case: ReturnCase) -> Finding:
    """The threat art. II(3) covers: for the reasons of art. I(1) (a well-founded fear of
    persecution on a Convention ground) or of art. I(2) (the events the person fled)."""
    claim = case.claim
    persecution = case.risks["persecution (custom)"]
    tested = tuple(
        [
            (
                h.country,
                threatened_by_the_events(
                    h, harm_path(i), claim.flight_causes, case.doctrine.fear_threshold
                ),
            )
            for i, h in enumerate(claim.fears)
        ]
    )
    events = exposure(
        case.to,
        "a threat for the reasons of art. I(2)",
        tested,
        claim.onward_removal.get(case.to),
        OAU_II_3,
    )
    verdict = persecution.verdict | events.verdict
    return finding(
        "threat to life, physical integrity or liberty (art. II(3))",
        verdict,
        {
            Verdict.MET: "the person's life, physical integrity or liberty would be threatened "
            "for the reasons of art. I(1) or I(2)",
            Verdict.NOT_MET: "no threat for the reasons of art. I(1) or I(2) is shown",
            Verdict.UNKNOWN: "whether there is a threat for the reasons of art. I(1) or I(2) is "
            "not yet known",
        }[verdict],
        OAU_II_3,
        children=(persecution, events),
    )


def oau_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """Art. II(3): bound, within reach (rejection at the frontier included), and a threat for the
    reasons of art. I(1) or I(2), whatever the person's status and conduct."""
    return (binds, reach, oau_risk(case))
