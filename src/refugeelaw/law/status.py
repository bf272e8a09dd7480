"""Refugee status: Article 1 of the 1951 Convention as amended by the 1967 Protocol.

Status is inclusion (Art 1A(2), :mod:`refugeelaw.law.inclusion`) followed by the clauses that
displace it, each a rule of its own, applied in the order of :data:`DISPLACING_CLAUSES`; the
result records which clause displaced inclusion (``displaced_by``).

>>> import refugeelaw as rl
>>> escapee = rl.Claim(
...     rl.Person("Escapee", nationalities={"PRK"}, location="CHN"),
...     fears=[rl.Harm("imprisonment and torture for leaving without permission", "PRK",
...                    severity="threat_to_life_or_freedom", likelihood=0.9, actor="state",
...                    reasons={"political_opinion"}, prosecution=True, disproportionate=True,
...                    sur_place=True)],
... )
>>> print(rl.assess_status(escapee, on="2004-06-30"))
REFUGEE on 2004-06-30: every element of Art 1A(2) is met and no exception applies
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import attrs

from .._arguments import status_arguments
from ..doctrine import Doctrine
from ..facts import Claim
from ..logic import Finding, Verdict, finding
from ..outcomes import STATUS_VERDICT
from ..questions import reassessable
from ..results import Status, StatusDetermination
from ..sources import Citation
from .art_1c import (
    CEASED_STATUS_READING,
    CONTINUITY_READING,
    CONTRADICTED_CLAUSE_READING,
    art_1c,
    in_issue,
)
from .art_1d import (
    NATIONAL_PROTECTION_READING,
    PRESENT_RECEIPT_READING,
    art_1d,
    entitlement,
    ipso_facto,
    national_protection,
)
from .art_1e import art_1e
from .art_1f import art_1f
from .inclusion import (
    alienage,
    best_first,
    fear_and_protection,
    in_relation_to_one,
    inclusion,
    inclusion_elements,
    inclusion_verdict,
    one_residence_suffices,
    residences,
)
from .limits import LIMITS, UNLIMITED, Regime, no_limits, regime_for
from .oau import (
    AFTER_ADMISSION_READING,
    OAU_I_1,
    OAU_I_2,
    after_admission,
    citing_counterparts,
    each_nationality,
    events_persist,
    oau_clauses,
    restated_definition,
    several_nationalities,
    wider_definition,
)
from .recognition import (
    NOT_EXTENDED,
    beyond_limits,
    for_state,
    not_binding,
    recognised_refugee,
    where_it_decides,
)
from .territory import regime_where

__all__ = [
    "DISPLACING_CLAUSES",
    "DisplacingClause",
    "assess_status",
    "ceased_whichever_first",
    "clause_finding",
    "decide",
    "determine",
    "outcome",
    "qualifies",
    "without_limits",
]

ART_1 = Citation("refugee-convention-1951", "1")
OAU_DEFINITION = "OAU Refugee Convention art. I(2)"
OAU_RESTATED = "OAU Refugee Convention art. I(1)"
#: The OAU Convention's definitions a status may rest on, and their pinpoints.
_OAU_DEFINITIONS = {OAU_RESTATED: "I(1)", OAU_DEFINITION: "I(2)"}
_OAU_CITATIONS = {OAU_RESTATED: OAU_I_1, OAU_DEFINITION: OAU_I_2}
_OAU_COUNTERPARTS = ("Art 1F", "Art 1C")
#: The definitions of the 1951 Convention a status may rest on other than Art 1A(2), as a
#: determination's ``definition`` names them (:func:`_resting_on`).
ENTITLED = "Refugee Convention art. 1D, second paragraph"
STATUTORY = "Refugee Convention art. 1A(1)"
RECOGNITION = "recognition already made (Refugee Convention art. 1C)"


@attrs.frozen
class DisplacingClause:
    """A clause that, where it applies, displaces inclusion.

    Args:
        name: the clause as cited ("Art 1F").
        rule: decides whether it applies, from the claim, the inclusion finding, the doctrine
            and the date (on which a territory is or is not part of a country: Art 1E).
        outcome: what it makes of a person who meets Art 1A(2) (``EXCLUDED`` or ``CEASED``).
        citation: the provision.
        regional: for a clause that weighs what the OAU Convention's definitions make of the
            status (Art 1C, read as OAU Convention arts I(4)(a)-(e)), the rule given also, as a
            fifth argument, whether a serious threat from the events of art. I(2) persists, where
            the status rests or may rest on that definition (``law.oau.events_persist``; Art
            1C(5)-(6) as art. I(4)(e)), and, as a sixth, the OAU definitions' findings (art. I(1),
            art. I(2)), where they are weighed beside an Art 1A(2) that Art 1B limits (a status
            resting on either the limits do not touch); ``None``: the clause reads nothing of
            them, and ``rule`` is asked.
    """

    name: str
    rule: Callable[[Claim, Finding, Doctrine, dt.date], Finding]
    outcome: Status
    citation: Citation
    regional: (
        Callable[[Claim, Finding, Doctrine, dt.date, Finding | None, tuple[Finding, ...]], Finding]
        | None
    ) = None

    def weigh(
        self,
        claim: Claim,
        included: Finding,
        doctrine: Doctrine,
        on: dt.date,
        events: Finding | None = None,
        oau: tuple[Finding, ...] = (),
    ) -> Finding:
        """Whether the clause applies: ``rule``, or ``regional`` given ``events`` where the status
        rests or may rest on art. I(2) (``events`` given), and ``oau``, the OAU definitions'
        findings, where they are weighed beside a limited Art 1A(2)."""
        if (events is not None or oau) and self.regional is not None:
            return self.regional(claim, included, doctrine, on, events, oau)
        return self.rule(claim, included, doctrine, on)


#: The clauses that displace inclusion, in the order they are applied. The Convention "shall not
#: apply" (1D, 1E, 1F) to persons it never reached before it can "cease to apply" (1C) to one it
#: did, and the first clause that applies decides the outcome.
DISPLACING_CLAUSES = (
    DisplacingClause("Art 1D", art_1d, Status.EXCLUDED, Citation("refugee-convention-1951", "1D")),
    DisplacingClause("Art 1E", art_1e, Status.EXCLUDED, Citation("refugee-convention-1951", "1E")),
    DisplacingClause("Art 1F", art_1f, Status.EXCLUDED, Citation("refugee-convention-1951", "1F")),
    DisplacingClause(
        "Art 1C",
        art_1c,
        Status.CEASED,
        Citation("refugee-convention-1951", "1C"),
        regional=art_1c,
    ),
)


def clause(name: str) -> DisplacingClause:
    """The displacing clause cited as ``name`` ("Art 1F")."""
    return next(c for c in DISPLACING_CLAUSES if c.name == name)


def clause_finding(status: StatusDetermination, name: str) -> Finding:
    """The finding of the displacing clause cited as ``name`` ("Art 1C") in the determination
    ``status``, as it weighed the clause (every determination weighs Art 1C and Art 1F, whatever
    definition the status rests on)."""
    return next(f for f in status.finding.children if f.element.startswith(f"{name}:"))


def ceased_whichever_first(status: StatusDetermination) -> bool:
    """Whether the determination ``status`` is open only on which clause ends the status: Art 1C
    is found to apply, and a clause that comes before it (Art 1D, 1E or 1F) is not yet decided
    (:func:`decide`). Whichever way that clause is decided, the person has no status under the
    Convention: excluded by it, or else ceased under Art 1C; only the ground is open."""
    return status.outcome is Status.UNDETERMINED and any(
        clause(name).outcome is Status.CEASED for name in status.displaced_by
    )


def qualifies(
    included: Verdict, entitled: Verdict, recognised: Verdict, regional: Verdict | None
) -> Verdict:
    """Whether the person comes within a definition before any clause displaces it: Art 1A(2)
    (``included``), Art 1D's second paragraph (``entitled``), a recognition already made
    (``recognised``: not yet known to count where the limits of Art 1B(1) that bind the state
    are not known to reach the person, ``law.recognition``), or, for a state bound by it, the
    OAU Convention's definitions (``regional``, art. I(1) or I(2), :func:`_either`; ``None``:
    not bound). One that is met suffices."""
    if Verdict.MET in (included, entitled, recognised, regional):
        return Verdict.MET
    if Verdict.UNKNOWN in (entitled, recognised, regional):
        return Verdict.UNKNOWN
    return included


def decide(qualified: Verdict, applying: Sequence[Status], undecided: bool) -> Status:
    """The outcome of Art 1, from whether the person qualifies (:func:`qualifies`), the outcomes
    of the displacing clauses that apply, in legal order (``applying``), and whether some clause is
    not yet known to apply or not (``undecided``).

    The first clause that applies decides: cessation ends a status; the Convention "shall not
    apply" to a person excluded, whether or not inclusion is met, so that only the ground of the
    negative outcome depends on it. Art 1C comes last: while a clause before it (Art 1D, 1E or
    1F) is not yet known to apply or not, which clause applies first, and so the outcome, is not
    known either, for a person who qualifies or may.

    One who does not qualify (never recognised, and outside every definition) and against whom
    Art 1C is found is ``CEASED`` whatever the clauses before it: found, not yet decided, or found
    not to apply. Art 1C ends the Convention's application to a person "falling under the terms of
    section A", and the library reads a clause found for such a person as the decision-maker's
    finding that the person had been a refugee whose status the circumstance found ended
    (:data:`~refugeelaw.law.art_1c.CEASED_STATUS_READING`, named wherever it decides): that is
    why the person does not meet Art 1A(2) now, and it is what the label reports. A clause
    before Art 1C would exclude in any case, and is said to; it is not what the label reports,
    because inclusion is weighed first and an exclusion only ever changes the ground of a
    negative outcome for one who does not qualify (with nothing ceased: ``NOT_REFUGEE``, and Art
    1F "would exclude in any case"). So deciding a clause before Art 1C never changes the label:
    no answer to it can turn the outcome (``CEASED``) into another.
    """
    if not applying:
        if qualified is Verdict.MET:
            return Status.UNDETERMINED if undecided else Status.REFUGEE
        return _BY_INCLUSION[qualified]
    if Status.CEASED in applying and qualified is Verdict.NOT_MET:
        return Status.CEASED
    if applying[0] is Status.CEASED:  # only Art 1C ceases, and it is last: any open clause precedes
        return Status.UNDETERMINED if undecided else Status.CEASED
    if qualified is Verdict.MET:
        return Status.EXCLUDED
    if qualified is Verdict.NOT_MET:
        return Status.NOT_REFUGEE
    return Status.UNDETERMINED


def _outcome(
    included: Finding,
    entitled: Finding,
    recognised: Finding,
    oau: Sequence[Finding],
    applying: Sequence[tuple[DisplacingClause, Finding]],
    open_clauses: Sequence[DisplacingClause],
    set_aside: Sequence[DisplacingClause] = (),
) -> tuple[Status, str]:
    """The outcome (:func:`decide`) and its reason, from inclusion (Art 1A(2), or ``entitled``
    under Art 1D's second paragraph, or the OAU Convention's definitions, ``oau``: art. I(1)'s
    and art. I(2)'s findings, those weighed), the clauses that apply (in order), and those not yet
    known to apply or not (``open_clauses``); ``set_aside``: the clauses that displace (or may)
    the 1951 status only, so that the status rests on an OAU definition (:func:`_set_aside`)."""
    regional = _either([f.verdict for f in oau]) if oau else None
    qualified = qualifies(included.verdict, entitled.verdict, recognised.verdict, regional)
    outcome = decide(qualified, [c.outcome for c, _ in applying], bool(open_clauses))
    met = [f for f in oau if f.verdict is Verdict.MET] if oau else []
    unmet = included.reason + (f"; {NOT_EXTENDED}" if beyond_limits(recognised) else "")
    if set_aside:
        names = " and ".join(c.name for c in set_aside)
        basis = (
            f"{_every_element(met[-1])}; {names}, which {_verb(set_aside, 'displaces')} (or may) "
            f"the person's status under the 1951 definition, {_verb(set_aside, 'does')} not reach "
            f"a status under art. {_pinpoint(met[-1])}"
        )
    elif included.verdict is Verdict.MET:
        basis = "every element of Art 1A(2) is met"
    elif entitled.verdict is Verdict.MET:
        basis = "the person is ipso facto entitled to the benefits of the Convention (Art 1D)"
    elif recognised.verdict is Verdict.MET:
        basis = "the person is a recognised refugee, whose status continues until a clause ends it"
    elif met:
        basis = _every_element(met[-1])
    elif recognised.verdict is Verdict.UNKNOWN:  # a recognition, the limits of Art 1B(1) open
        basis = recognised.reason
    elif entitled.verdict is Verdict.UNKNOWN and included.verdict is Verdict.NOT_MET:
        basis = (
            f"{unmet}, and whether the person is entitled to the benefits of the "
            "Convention under Art 1D's second paragraph is not yet known"
        )
    elif (
        entitled.verdict is Verdict.NOT_MET
        and included.verdict is Verdict.NOT_MET
        and NATIONAL_PROTECTION_READING in entitled.assumptions
    ):
        basis = (
            f"{unmet}; and though the UN protection or assistance the person received "
            "has ceased, Art 1D's second paragraph does not entitle a person with a nationality "
            "whose protection is available to them (a reading: see the positions relied on)"
        )
    elif regional is Verdict.UNKNOWN and included.verdict is Verdict.NOT_MET:
        pins = " or ".join(_pinpoint(f) for f in oau if f.verdict is Verdict.UNKNOWN)
        basis = (
            f"{unmet}, and whether the OAU Convention's definition (art. {pins}) is "
            "met is not yet known"
        )
    else:
        basis = unmet
    if not applying:
        if outcome is Status.REFUGEE:
            return outcome, f"{basis} and no exception applies"
        if qualified is Verdict.MET:
            names = " or ".join(c.name for c in open_clauses)  # whether one or another does
            return outcome, f"{basis}, but whether {names} displaces it is not yet decided"
        return outcome, basis
    first, found = applying[0]
    if outcome is Status.CEASED:
        return outcome, _ceased(applying, open_clauses)
    if first.outcome is Status.CEASED:  # undetermined: a clause that comes before Art 1C is open
        names = ", ".join(c.name for c in open_clauses)
        return outcome, (
            f"{found.reason}; but {names}, which {_verb(open_clauses, 'comes')} before Art 1C, "
            f"{_verb(open_clauses, 'is')} not yet decided, and a clause before it that applies "
            "decides the outcome in its place"
            + ("" if qualified is Verdict.MET else " if the person meets Art 1A(2)")
        )
    deciding = [c for c, _ in applying if c.outcome is first.outcome]
    names = ", ".join(c.name for c in deciding)
    if included.verdict is Verdict.MET:
        return outcome, f"the person meets Art 1A(2) but {names} {_verb(deciding, 'displaces')} it"
    if qualified is Verdict.MET:
        return outcome, f"{basis}, but {names} {_verb(deciding, 'displaces')} it"
    if qualified is Verdict.NOT_MET:
        return outcome, f"{basis} (and {names} would exclude in any case)"
    failing = (
        "Art 1C ended a status the person had"
        if applying[-1][0].outcome is Status.CEASED
        else "inclusion fails"
    )
    return outcome, (
        f"{names} {_verb(deciding, 'applies')}, so the person has no Convention status either way; whether "
        f"that is because of exclusion or because {failing} is not yet known"
    )


def _ceased(
    applying: Sequence[tuple[DisplacingClause, Finding]], open_clauses: Sequence[DisplacingClause]
) -> str:
    """Why the outcome is ``CEASED`` (:func:`decide`): Art 1C's finding (the last clause that
    applies), and, for a person who does not qualify, the clauses before it found (which would
    exclude in any case) and those not yet decided (which would, were they found)."""
    reason = applying[-1][1].reason
    excluding = [c for c, _ in applying if c.outcome is Status.EXCLUDED]
    if excluding:
        names = ", ".join(c.name for c in excluding)
        reason += f"; {names} would exclude in any case"
    if open_clauses:
        names = ", ".join(c.name for c in open_clauses)
        pronoun = "it" if len(open_clauses) == 1 else "they"
        reason += (
            f"; {names}, which {_verb(open_clauses, 'comes')} before Art 1C, "
            f"{_verb(open_clauses, 'is')} not yet decided and would exclude in any case were "
            f"{pronoun} found: either way the person has no status under the Convention"
        )
    return reason


def _relied_on(found: Finding, outcome: Status, before_open: bool = False) -> Finding:
    """A displacing clause's finding as the conclusion shows it: Art 1C's reading of a clause found
    for a person who shows no status (:data:`~refugeelaw.law.art_1c.CEASED_STATUS_READING`)
    named among its positions only where the outcome rests on it, ``CEASED`` (elsewhere, a person
    who may qualify with a clause before Art 1C found or undecided, the outcome is open whichever
    way the clause is read); and its presumption that a recognised refugee's status continues
    where the facts that would put a clause in issue are not stated
    (:data:`~refugeelaw.law.art_1c.CONTINUITY_READING`) only where the outcome is ``REFUGEE``
    (elsewhere another clause, found or not yet decided, decides it or leaves it open); its
    reading of Art 1D's "at present receiving" (:data:`~refugeelaw.law.art_1d.PRESENT_RECEIPT_READING`)
    only where the outcome is ``EXCLUDED`` (a person who does not qualify is not a refugee on
    either reading); and, for a status resting on the OAU Convention, its not weighing art.
    I(4)(f) for a crime Art 1F(b) does not reach (:data:`~refugeelaw.law.oau.AFTER_ADMISSION_READING`)
    only where the outcome is ``REFUGEE`` (that clause would end the status; another outcome
    stands whatever it finds); and its reading of a clause of Art 1C(1)-(3) whose terms the facts
    contradict as never having ended the status
    (:data:`~refugeelaw.law.art_1c.CONTRADICTED_CLAUSE_READING`) only where the outcome is not
    ``EXCLUDED`` (a clause before Art 1C decides it) and, ``UNDETERMINED``, is not open on a
    clause before Art 1C (``before_open``), which leaves it open whichever way the clause is
    read."""
    contradicted = (Status.REFUGEE, Status.NOT_REFUGEE) + (
        () if before_open else (Status.UNDETERMINED,)
    )
    dropped = [
        reading
        for reading, kept_for in (
            (CEASED_STATUS_READING, (Status.CEASED,)),
            (CONTINUITY_READING, (Status.REFUGEE,)),
            (PRESENT_RECEIPT_READING, (Status.EXCLUDED,)),
            (AFTER_ADMISSION_READING, (Status.REFUGEE,)),
            (CONTRADICTED_CLAUSE_READING, contradicted),
        )
        if outcome not in kept_for and reading in found.assumptions
    ]
    if not dropped:
        return found
    kept = tuple(a for a in found.assumptions if a not in dropped)
    return attrs.evolve(found, assumptions=kept)


def _verb(clauses: Sequence[DisplacingClause], singular: str) -> str:
    """``singular`` ("applies", "does") as the number of ``clauses`` needs it."""
    if len(clauses) == 1:
        return singular
    return {
        "does": "do",
        "reaches": "reach",
        "applies": "apply",
        "displaces": "displace",
        "comes": "come",
        "is": "are",
    }[singular]


def _either(verdicts: Sequence[Verdict]) -> Verdict | None:
    """Whether one of the OAU Convention's definitions weighed is met (``None``: none is
    weighed, the state not being bound)."""
    return Verdict.any(verdicts) if verdicts else None


def _pinpoint(oau: Finding) -> str:
    """The article of the OAU Convention whose definition ``oau`` finds ("I(1)", "I(2)")."""
    return oau.element.rsplit(" ", 1)[-1]


def _every_element(oau: Finding) -> str:
    """That every element of the OAU definition ``oau`` finds is met, in words."""
    if _pinpoint(oau) == "I(1)":
        return (
            "every element of the OAU Convention's definition in art. I(1) (the 1951 definition "
            "without its limits in time and place) is met"
        )
    return "every element of the OAU Convention's wider definition (art. I(2)) is met"


_BY_INCLUSION = {Verdict.NOT_MET: Status.NOT_REFUGEE, Verdict.UNKNOWN: Status.UNDETERMINED}


#: What the conclusion adds where a recognition is stated but the limits of Art 1B(1) that bind
#: the state put the person outside them (``law.recognition``).
def conclude(
    claim: Claim,
    on: dt.date,
    regime: Regime,
    doctrine: Doctrine,
    elements: tuple[Finding, ...],
    included: Finding | None = None,
    restating: tuple[Finding, ...] | None = None,
    stated: Claim | None = None,
    deciding: str | None = None,
) -> StatusDetermination:
    """Art 1: inclusion from its ``elements`` (or ``included``, found in relation to each of a
    stateless person's countries of former habitual residence, ``elements`` being those of the
    best), then each displacing clause in order. ``restating``: the elements the OAU
    Convention's art. I(1) weighs, where they are not ``elements`` (the best of several former
    homes once the limits of Art 1B, which art. I(1) does not have, are left aside).
    ``stated``: the claim as stated, where ``claim`` is it as the state weighs it (a
    recognition that does not bind the state left aside: ``law.recognition.for_state``); the
    recognition is found, and the result made, from the claim as stated, as one that does not
    bind ``deciding`` (the state assessing; default ``regime``'s)."""
    stated = claim if stated is None else stated
    restating = elements if restating is None else restating
    several = included is not None  # weighed in relation to each of several former homes
    included = inclusion(elements) if included is None else included
    # Art 1D, second paragraph: ceased, outside the country, and no nationality's protection
    entitled = entitlement(
        ipso_facto(claim, on), elements[0], national_protection(claim, elements[2])
    )
    if included.verdict is Verdict.MET:  # a refugee under Art 1A(2) whichever way Art 1D is read
        entitled = _relied_on(entitled, Status.NOT_REFUGEE)
    # A status already declared stays until a clause ends it, within the limits that bind the
    # state, where the declaration binds it (not one by UNHCR or another State: law.recognition)
    recognised = where_it_decides(
        recognised_refugee(stated, regime, on)
        if stated is claim
        else not_binding(stated, regime.state if deciding is None else deciding, on),
        included.verdict,
    )
    bound = regime.regional  # for a state bound by the OAU Convention, its definitions
    oau: tuple[Finding, ...] = ()
    if bound is not None:
        # Art. I(1) differs from Art 1A(2) where Art 1B limits the latter (weighed now), or where
        # a clause the OAU Convention has no counterpart for displaces it (weighed below).
        # For a person of several nationalities, art. I(3) as the library reads it for art. I(2).
        regional = wider_definition(
            claim,
            bound,
            elements[0],
            on,
            doctrine,
            each_nationality(claim, elements[1], doctrine, on),
        )
        oau = (restated_definition(bound, restating), regional) if regime.limited else (regional,)
    definition = _resting_on(
        included.verdict,
        entitled.verdict,
        recognised.verdict,
        [f.verdict for f in oau],
        statutory=claim.statutory_refugee,
    )
    # Where the status rests, or may rest, on art. I(2), the circumstances in connexion with which
    # it was recognised include the threat from its events (Art 1C(5)-(6) as art. I(4)(e)).
    events = (
        events_persist(claim, regional, doctrine, on)
        if bound is not None
        and in_issue(claim, on, doctrine)
        and regional.verdict is not Verdict.NOT_MET
        else None
    )
    # The OAU definitions, where weighed beside an Art 1A(2) that Art 1B limits (art. I(1), art.
    # I(2)): a status resting on either is one the limits do not touch, which Art 1C (as arts
    # I(4)(a)-(e)) can end.
    unlimited = oau if regime.limited else ()
    clauses = [
        (c, c.weigh(claim, included, doctrine, on, events, unlimited))
        for c in _clauses_for(definition)
    ]
    if definition in _OAU_DEFINITIONS:  # weighed as their OAU counterparts, and cited so
        clauses = [(c, citing_counterparts(f)) for c, f in clauses]
    set_aside: Sequence[DisplacingClause] = ()
    may_set_aside: Sequence[DisplacingClause] = ()
    beyond = False  # whether the OAU definitions' verdicts decide which clauses are set aside
    if bound is not None:
        verdicts = [(c, f.verdict) for c, f in clauses]
        beyond = _beyond_the_oau(definition, verdicts)
        if len(oau) == 1 and beyond:
            oau = (restated_definition(bound, restating), *oau)
        set_aside, may_set_aside = _set_aside(
            definition, _either([f.verdict for f in oau]), verdicts
        )
        if set_aside:  # shown all, weighed all but those set aside
            definition = _oau_definition([f.verdict for f in oau])
    weighed = [(c, f) for c, f in clauses if c not in set_aside]
    applying = [(c, f) for c, f in weighed if f.verdict is Verdict.MET]
    open_clauses = [c for c, f in weighed if f.verdict is Verdict.UNKNOWN]
    if may_set_aside:
        # Whether an OAU definition is met is not known: as a 1951 status alone, every clause
        # applies in its order; as an OAU status, those set aside do not reach it. The outcome
        # is the one both give, or not known.
        outcome, reason = _outcome(included, entitled, recognised, (), applying, open_clauses)
        as_oau = [c.outcome for c, _ in applying if c not in may_set_aside]
        as_either = decide(Verdict.MET, as_oau, bool(open_clauses))
        if as_either is not outcome or outcome is Status.UNDETERMINED:
            names = " and ".join(c.name for c in may_set_aside)
            outcome, reason = (
                Status.UNDETERMINED,
                (
                    f"{reason}; {names} {_verb(may_set_aside, 'reaches')} no status under the OAU "
                    "Convention (art. I(1) or I(2)), and whether the person has one is not yet known"
                ),
            )
    else:
        outcome, reason = _outcome(
            included, entitled, recognised, oau, applying, open_clauses, set_aside
        )
    pinpoint = _OAU_DEFINITIONS.get(definition or "")
    # Art 1C(5)-(6) weigh the fear as inclusion found it for the best of several former homes,
    # and which is the best is inclusion's to find: while Art 1C is open, inclusion may decide it.
    reread = several and any(
        c.name == "Art 1C" and f.verdict is Verdict.UNKNOWN for c, f in clauses
    )
    routes = (entitled, recognised) if reread else (included, entitled, recognised)
    # A recognition whose reach waits on the limits of Art 1B(1) carries them: inclusion, which
    # weighs the same limits, can make the person qualify only where the recognition does.
    carried = (included,) if recognised.verdict is Verdict.UNKNOWN and not reread else ()
    shown = _for_information(routes, oau, beyond, carried)
    root = finding(
        "refugee status",
        STATUS_VERDICT[outcome],
        reason,
        ART_1,
        *((_OAU_CITATIONS[definition],) if definition in _OAU_CITATIONS else ()),
        children=(
            shown(included),
            *((shown(entitled),) if _art_1d_raised(claim) else ()),
            *((recognised,) if stated.recognised or claim.statutory_refugee else ()),
            *map(shown, oau),
            *[
                _relied_on(
                    after_admission(found) if pinpoint else found,
                    outcome,
                    any(c.name != "Art 1C" for c in open_clauses),
                )
                for _, found in clauses
            ],
            *((oau_clauses([f for _, f in applying], pinpoint),) if pinpoint else ()),
        ),
        role="conclusion",
    )
    return StatusDetermination(
        outcome,
        stated,
        on,
        root,
        doctrine,
        regime.state,
        regime.description,
        tuple([c.name for c, _ in applying]),
        definition,
    )


def _for_information(
    routes: Sequence[Finding],
    oau: Sequence[Finding],
    beyond: bool,
    carried: Sequence[Finding] = (),
) -> Callable[[Finding], Finding]:
    """How the conclusion shows each definition's finding: as found, or, where no answer to its
    facts can change the outcome, as a note (shown for information; the determination's
    ``missing_facts()`` does not name its facts).

    One definition met suffices (:func:`qualifies`): where a route of the 1951 Convention is met
    (``routes``: Art 1A(2), Art 1D's second paragraph, a recognition already made or Art 1A(1)'s
    statutory status), the others, and the OAU Convention's definitions (``oau``), cannot make
    the person qualify or not, and the status does not rest on the OAU Convention
    (:func:`_resting_on`), so the same clauses are weighed whatever they find. Only clauses and
    findings that read them otherwise name their facts: Art 1C(5)-(6), which weighs the fear and
    the protection inclusion found (``law.art_1c``), and the threat from the events of art. I(2)
    (``law.oau.events_persist``), name what they need; but for the best of several former homes,
    which inclusion finds, Art 1C reads inclusion itself, and the caller then leaves it out of
    ``routes``. The OAU definitions are kept where their verdicts decide which clauses are set
    aside (``beyond``: :func:`_beyond_the_oau`). A
    recognised refugee with a clause pending is so asked about the clause, not about the
    persecution once recognised (recognition is declaratory: UNHCR Handbook para. 28).

    Where no route is met, ``carried`` are the findings another route stands in for: Art 1A(2),
    where a recognition waits only on the limits of Art 1B(1) that inclusion weighs as well
    (``law.recognition``), so that the recognised refugee is asked about the limits, not about
    the persecution."""
    if not any(f.verdict is Verdict.MET for f in routes):
        if not carried:
            return lambda f: f
        idle = list(carried)
    else:
        idle = [f for f in (*routes, *(() if beyond else oau)) if f.verdict is not Verdict.MET]

    def shown(f: Finding) -> Finding:
        return attrs.evolve(f, role="note") if any(f is i for i in idle) else f

    return shown


def _art_1d_raised(claim: Claim) -> bool:
    """Whether Art 1D's second paragraph is in issue, so that its finding is shown: the cessation
    of the assistance is stated, or whether the person receives or received it is not known."""
    return claim.unrwa_assistance_ceased is not None or claim.unrwa_assistance is None


def _resting_on(
    included: Verdict,
    entitled: Verdict,
    recognised: Verdict,
    oau: Sequence[Verdict],
    *,
    statutory: bool = False,
) -> str | None:
    """The definition the person qualifies under, cited (``None``: none is met); ``oau``: the
    verdicts of the OAU Convention's definitions weighed (:func:`_oau_definition`);
    ``statutory``: the recognition is a statutory refugee's, under Art 1A(1)."""
    if included is Verdict.MET:
        return "Refugee Convention art. 1A(2)"
    if entitled is Verdict.MET:
        return ENTITLED
    if recognised is Verdict.MET:
        if statutory:
            return STATUTORY
        return RECOGNITION
    return _oau_definition(oau) if oau else None


def _oau_definition(oau: Sequence[Verdict]) -> str | None:
    """The OAU Convention's definition met, of those weighed (``oau``: their verdicts, art.
    I(2)'s last): art. I(2) where both are, the wider definition, which no limit of the 1951 one
    touches (``None``: neither is met)."""
    if Verdict.MET not in oau:
        return None
    return OAU_DEFINITION if oau[-1] is Verdict.MET else OAU_RESTATED


def _beyond_the_oau(
    definition: str | None, verdicts: Sequence[tuple[DisplacingClause, Verdict]]
) -> bool:
    """Whether a clause the OAU Convention has no counterpart for (Art 1D, Art 1E) displaces, or
    may, a status that would rest on a 1951 definition (``definition``, if one is met), so that
    art. I(1) may hold where Art 1A(2) is displaced."""
    return definition not in _OAU_DEFINITIONS and any(
        c.name not in _OAU_COUNTERPARTS and v is not Verdict.NOT_MET for c, v in verdicts
    )


def _set_aside(
    definition: str | None,
    oau: Verdict | None,
    verdicts: Sequence[tuple[DisplacingClause, Verdict]],
) -> tuple[list[DisplacingClause], list[DisplacingClause]]:
    """The clauses set aside where a status that would rest on a 1951 definition rests instead on
    one of the OAU Convention's (art. I(1) or I(2), met: ``oau``, the better verdict of those
    weighed): Art 1D and Art 1E, where either displaces the 1951 status, or may (``verdicts``:
    each clause's), for neither reaches a status under the OAU Convention (see
    law.oau.CLAUSES_READING). A person who meets both keeps the OAU status where the 1951 one is
    displaced: meeting the 1951 definition as well never costs it. Then, where an OAU definition
    may be met (``oau`` unknown), the clauses that displace the 1951 status but may be set aside
    so: they leave the outcome open. Neither otherwise."""
    if oau in (None, Verdict.NOT_MET) or not _beyond_the_oau(definition, verdicts):
        return [], []
    beyond = [(c, v) for c, v in verdicts if c.name not in _OAU_COUNTERPARTS]
    if oau is Verdict.MET:
        return [c for c, v in beyond if v is not Verdict.NOT_MET], []
    return [], [c for c, v in beyond if v is Verdict.MET]


def _clauses_for(definition: str | None) -> tuple[DisplacingClause, ...]:
    """The displacing clauses, in order, for a status resting on ``definition``: one resting on
    art. I(1) or I(2) is displaced by the OAU clauses the library models, the counterparts of
    Art 1C and Art 1F (see law.oau.CLAUSES_READING)."""
    if definition not in _OAU_DEFINITIONS:
        return DISPLACING_CLAUSES
    return tuple([c for c in DISPLACING_CLAUSES if c.name in _OAU_COUNTERPARTS])


def determine(claim: Claim, on: dt.date, regime: Regime, doctrine: Doctrine) -> StatusDetermination:
    """Art 1 for a claim already checked: every element of Art 1A(2) once, then the conclusion.
    A stateless person with several countries of former habitual residence, where one suffices
    (UNHCR Handbook para. 104), is weighed in relation to each in turn. The regime is the one that
    reaches the person where they are (:func:`~refugeelaw.law.territory.regime_where`: in Hong Kong,
    China's treaties apply only as it has declared). A recognition by UNHCR or by a State other
    than ``regime``'s does not bind it: the claim is weighed without it
    (``law.recognition.for_state``), and the result keeps the claim as stated."""
    return _determine(for_state(claim, regime.state), on, regime, doctrine, claim, regime.state)


def _determine(
    claim: Claim,
    on: dt.date,
    regime: Regime,
    doctrine: Doctrine,
    stated: Claim,
    deciding: str | None,
) -> StatusDetermination:
    """:func:`determine` for ``claim`` as the state ``deciding`` weighs it (``stated``: as
    stated)."""
    regime = regime_where(regime, claim.person.location, on)
    several = residences(claim, doctrine)
    if not several:
        return conclude(
            claim,
            on,
            regime,
            doctrine,
            inclusion_elements(claim, doctrine, regime, on),
            stated=stated,
            deciding=deciding,
        )
    # Every element in relation to each, being outside it included: a person who fled one former
    # home to another has left the first (Handbook para. 104).
    each = [
        (country, inclusion_elements(alone, doctrine, regime, on)) for country, alone in several
    ]
    found = [(country, inclusion(elements, country, on)) for country, elements in each]
    best = best_first([f.verdict for _, f in found])
    restating = None
    if regime.regional is not None and regime.limited:
        # Art. I(1) has no dateline or geographic limitation: the best home without them.
        unlimited = [
            Verdict.all([e.verdict for e in els if e.element != LIMITS]) for _, els in each
        ]
        restating = each[best_first(unlimited)][1]
    return conclude(
        claim,
        on,
        regime,
        doctrine,
        each[best][1],
        in_relation_to_one(found, doctrine, on),
        restating,
        stated,
        deciding,
    )


def outcome(claim: Claim, on: dt.date, regime: Regime, doctrine: Doctrine) -> Status:
    """The outcome :func:`determine` gives, decided by the same rules, without the explanation.

    Every rule that decides an element or a clause is asked as :func:`determine` asks it, and
    their verdicts are put together as there (:func:`~refugeelaw.law.inclusion.inclusion_verdict`,
    :func:`qualifies`, :func:`decide`); only the findings that explain the whole (each fear's,
    inclusion's, the conclusion's) are not built, an element not met spares the rest of its
    conjunction, and the displacing clauses are asked only of a person who qualifies. Art 1C
    weighs the fear as inclusion found it, so a claim that puts cessation in issue (a clause
    found, or raised and pending) is determined in full, as is one before a state bound by the
    OAU Convention whose reading of Art 1A(2) is limited (Art 1B), where art. I(1) is weighed
    beside it (rare), or by a person of several nationalities before such a state, whose art.
    I(2) weighs each nationality's protection (art. I(3)) as Art 1A(2) does. A recognition that
    does not bind the state is left aside, as :func:`determine` leaves it.
    """
    claim = for_state(claim, regime.state)
    given, regime = regime, regime_where(regime, claim.person.location, on)
    if in_issue(claim, on, doctrine) or (
        regime.regional is not None and (regime.limited or several_nationalities(claim.person))
    ):
        return determine(claim, on, given, doctrine).outcome  # which reaches the person itself
    several = residences(claim, doctrine)
    if several:  # one of several countries of former habitual residence suffices: the best
        # (each weighed in relation to it alone, being outside it included, as determine asks)
        outsides = [alienage(alone, on, doctrine) for _, alone in several]
        verdicts = [
            inclusion_verdict(alone, doctrine, regime, outsides[i], on)
            for i, (_, alone) in enumerate(several)
        ]
        best = best_first(verdicts)
        outside, included = outsides[best], verdicts[best]
    else:
        outside = alienage(claim, on, doctrine)
        included = inclusion_verdict(claim, doctrine, regime, outside, on)
    ceased = ipso_facto(claim, on)
    # A nationality's protection, which the entitlement weighs (law.art_1d.national_protection),
    # is Art 1A(2)'s finding, asked here only where the entitlement may hold.
    national = (
        fear_and_protection(claim, doctrine, on)[1]
        if ceased.verdict is not Verdict.NOT_MET and not claim.person.stateless
        else None
    )
    entitled = entitlement(ceased, outside, national).verdict
    recognised = recognised_refugee(claim, regime, on).verdict
    bound = regime.regional
    regional = (
        [] if bound is None else [wider_definition(claim, bound, outside, on, doctrine).verdict]
    )
    qualified = qualifies(included, entitled, recognised, _either(regional))
    if qualified is not Verdict.MET:
        # Cessation not in issue, a clause that applies can only exclude, and an exclusion changes
        # only the ground of a negative or undecided outcome, never the outcome (see decide).
        return decide(qualified, (), False)
    definition = _resting_on(included, entitled, recognised, regional)
    # Arts 1D, 1E and 1F read the claim alone; Art 1C, not in issue here, has no clause to weigh
    # the fear by (the property tests hold every clause to this).
    weighed = [
        (c, c.rule(claim, _NOT_WEIGHED, doctrine, on).verdict) for c in _clauses_for(definition)
    ]
    set_aside: Sequence[DisplacingClause] = ()
    may_set_aside: Sequence[DisplacingClause] = ()
    if bound is not None:
        oau = regional
        if _beyond_the_oau(definition, weighed):
            # Art. I(1) without limits to set aside: Art 1A(2)'s elements, the state bound.
            oau = [bound.verdict & included, *regional]
        set_aside, may_set_aside = _set_aside(definition, _either(oau), weighed)
        weighed = [(c, v) for c, v in weighed if c not in set_aside]
    applying = [c.outcome for c, v in weighed if v is Verdict.MET]
    undecided = any(v is Verdict.UNKNOWN for _, v in weighed)
    found = decide(qualified, applying, undecided)
    if may_set_aside:  # as a 1951 status alone, and as an OAU status: the same, or not known
        # (a clause may be set aside only where the 1951 status is met, so qualifies alone)
        as_oau = [c.outcome for c, v in weighed if v is Verdict.MET and c not in may_set_aside]
        if decide(Verdict.MET, as_oau, undecided) is not found:
            return Status.UNDETERMINED
    return found


#: What the displacing clauses are given for inclusion when only the outcome is asked: no clause
#: that reads it is in issue then (see :func:`outcome`).
_NOT_WEIGHED = finding(
    "inclusion (Art 1A(2))",
    Verdict.UNKNOWN,
    "not weighed: only the outcome was asked",
    Citation("refugee-convention-1951", "1A(2)"),
)


def without_limits(status: StatusDetermination) -> StatusDetermination:
    """The same determination under the definition as the Protocol reads it (no dateline, no
    geographic limitation), from the same element findings: customary law knows no such limits.
    A stateless person weighed in relation to each of several former homes is weighed again
    without the limits (which may change which home is the best). A recognition that does not
    bind the state (``law.recognition.for_state``) binds it no more for being weighed so."""
    weighed = for_state(status.claim, status.state)
    if one_residence_suffices(status.claim.person, status.doctrine):
        return _determine(
            weighed, status.on, UNLIMITED, status.doctrine, status.claim, status.state
        )
    alienage, feared, protection, _ = status.inclusion.children
    return conclude(
        weighed,
        status.on,
        UNLIMITED,
        status.doctrine,
        (alienage, feared, protection, no_limits(UNLIMITED)),
        stated=status.claim,
        deciding=status.state,
    )


def assess_status(
    claim: Claim,
    *,
    on: dt.date | str | None = None,
    state: str | None = None,
    doctrine: Doctrine | None = None,
) -> StatusDetermination:
    """Is this person a refugee within Art 1 of the 1951 Convention (as amended by the Protocol)?

    Args:
        claim: the facts.
        on: the date of the assessment (default: today). It decides which treaties bind ``state``.
        state: ISO alpha-3 code of the state whose obligations frame the question. A party to the
            Convention alone keeps the 1951 dateline and, if it chose it, the geographic limitation
            (Art 1B); a party to the Protocol, or no state given, applies neither (before the
            Protocol came into force on 4 October 1967, the dateline applies to every state
            and with no state given: no instrument had lifted it yet).
        doctrine: the contested positions to apply (default :class:`Doctrine`).

    Returns:
        A :class:`StatusDetermination` whose ``finding`` explains every step.

    Raises:
        InvalidInput: ``claim`` is not a :class:`Claim`, or ``on``, ``state`` or ``doctrine`` is invalid.
    """
    when, doctrine = status_arguments(claim, on, state, doctrine)
    return determine(claim, when, regime_for(state, when), doctrine)


# Asked again with one fact or position changed, the same question (refugeelaw.questions).
reassessable(
    StatusDetermination,
    lambda d, claim, doctrine: assess_status(claim, on=d.on, state=d.state, doctrine=doctrine),
)
