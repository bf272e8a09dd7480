"""Non-refoulement: may this state return this person to that country, on that date?

Return is a table of bars (:data:`BARS`), each a rule of its own: Refugee Convention art. 33(1)
with its art. 33(2) exceptions, CAT art. 3 (absolute), ICCPR arts 6 and 7 (absolute), and
customary non-refoulement as :class:`~refugeelaw.Doctrine` says; and, for a state a regional
instrument may bind, OAU Refugee Convention art. II(3), the ECHR (arts 2, 3 and 6, Protocols
No. 6 and 13) and American Convention on Human Rights art. 22(8). The return is prohibited if any
bar holds. Art 1 is determined once, under the returning state's own regime; recognition is
declaratory (UNHCR Handbook para. 28), so an asylum seeker whose status is still undetermined is
protected too, and a refugee already recognised stays protected as one until a clause raised to
end the status is established.

>>> import refugeelaw as rl
>>> escapee = rl.Claim(
...     rl.Person("Escapee", nationalities={"PRK"}, location="CHN"),
...     fears=[rl.Harm("torture in a detention centre for leaving without permission", "PRK",
...                    severity="threat_to_life_or_freedom", likelihood=0.8, actor="state",
...                    reasons={"political_opinion"}, prosecution=True, disproportionate=True,
...                    sur_place=True, torture=True)],
... )
>>> result = rl.assess_return(escapee, by="CHN", to="PRK", on="2004-06-30")
>>> print(result)
PROHIBITED on 2004-06-30: returning the person from China to North Korea would breach Refugee Convention art. 33(1); CAT art. 3(1); customary international law, non-refoulement
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

import attrs

from .._arguments import return_arguments
from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Claim
from ..instruments import get as get_instrument
from ..logic import Finding, Verdict, finding, missing_facts, reads
from ..outcomes import RETURN_VERDICT
from ..questions import reassessable
from ..results import (
    EXCEPTION_PENDING,
    PENDING_DETERMINATION,
    ReturnAssessment,
    ReturnOutcome,
    StateObligation,
    Status,
    StatusDetermination,
)
from ..sources import Citation
from ..sources.duties import duty
from ..states import party_status
from .abolition import abolition
from .achr import ACHR_22_8, achr_bar
from .art_1c import in_issue
from .art_33 import (
    ART_33_2,
    art_33_2,
    art_33_reach,
    clauses_raised,
    convention_bar,
    persecution_risk,
    provisional,
    raised_against_recognised,
    raised_citations,
    second_ground_open,
)
from .cat_3 import CAT_3, GENERAL_COMMENT_4_DAY, cat_bar, cat_standard, torture_risk
from .custom import CUSTOM_RULE, custom_bar, custom_binds, refugee_limb, refugee_limb_alone
from .echr import (
    ECHR_2,
    ECHR_3,
    ECHR_6,
    P6_1,
    P13_1,
    echr_2_bar,
    echr_3_bar,
    echr_6_bar,
    protocol_bar,
    protocol_binds,
)
from .iccpr import ICCPR_6, ICCPR_7, iccpr_6_bar, iccpr_7_bar, ill_treatment_risk, life_risk
from .limits import Regime, convention_regime, regime_for
from .oau import ENDS, OAU_II_3, oau_bar, oau_reach, pending_clauses
from .obligations import obligation_at, survey, unrecorded_after
from .recognition import for_state
from .removal import ReturnCase, bar, bound, destination, in_reach, within_territory
from .status import clause_finding, determine, without_limits
from .territory import bound_in_territory, treaty_territory

__all__ = [
    "BARS",
    "RISKS",
    "Bar",
    "BarInForce",
    "Pending",
    "assess_return",
    "bars_in_force",
    "pending_determination",
    "resting_on_open_status",
]

ART_33_1 = Citation("refugee-convention-1951", "33(1)")
HB_28 = Citation("unhcr-handbook", "28")

#: What a permitted return says, and no more (the seed-articles review's F4): no bar the library
#: holds (:data:`BARS`, each shown where it may bind) bars the return. It is not a finding that
#: no obligation of the State does: the library does not hold every instrument a State may be
#: bound by. ``{of}``: the State, where it is named. Read by the outcome's reason here and by the
#: caseload summary's label (``batch``).
PERMITTED_WORDS = "no non-refoulement obligation{of} that the library holds bars the return"

#: Said with a permitted return: what it did not weigh. The Convention on the Rights of the Child
#: is named because its Committee addresses non-refoulement of children (General Comment No. 6,
#: CRC/GC/2005/6, 1 September 2005, section IV(f), "Respect for the principle of
#: non-refoulement", paras 26-28: the heading seen in the document's contents, the text not
#: verified), and the library holds neither the instrument nor a person's age.
NOT_WEIGHED = (
    "obligations the library does not hold, such as any under the Convention on the Rights of "
    "the Child, are not weighed"
)
EXCOM_6 = Citation("excom-conclusions", "6")

ART_32_1 = Citation("refugee-convention-1951", "32(1)")
ART_32_2 = Citation("refugee-convention-1951", "32(2)")
#: The element of the note :func:`expulsion_of_a_refugee` makes.
EXPULSION_NOT_WEIGHED = "Refugee Convention art. 32 (expulsion): not weighed"
#: Said with a permitted return of a refugee in the returning State's territory
#: (:func:`expulsion_of_a_refugee`): the limit on expulsion the library holds and does not weigh.
ART_32_NOT_WEIGHED = (
    "nor is Refugee Convention art. 32, which the library holds: a refugee lawfully in the "
    "territory may be expelled only on grounds of national security or public order, by a "
    "decision reached in accordance with due process of law"
)


def expulsion_of_a_refugee(case: ReturnCase, convention: Finding) -> Finding | None:
    """Refugee Convention art. 32(1): "The Contracting States shall not expel a refugee lawfully
    in their territory save on grounds of national security or public order"; art. 32(2): "only
    in pursuance of a decision reached in accordance with due process of law". Not a bar on
    refoulement: it limits the expulsion of a refugee lawfully in the territory to any country,
    a safe one included. The library holds it (``obligations_of``) but does not weigh it on a
    return, whether the person is lawfully in the territory not being among the facts it holds;
    where a refugee (``case.status``, under the returning State's regime) is in the territory of
    a State the Convention binds there (``convention``: the art. 33(1) bar's finding that it
    binds, the two articles applying in the same territories), a note says so, so that a
    permitted return is not read as a finding that art. 32 allows it. ``None`` elsewhere."""
    if case.status.outcome is not Status.REFUGEE or convention.verdict is not Verdict.MET:
        return None
    claim = case.claim
    inside = within_territory(claim, case.by, ART_32_1, case.on, case.doctrine)
    if claim.at_frontier or inside.verdict is not Verdict.MET:
        return None
    return finding(
        EXPULSION_NOT_WEIGHED,
        Verdict.UNKNOWN,
        f"the person is a refugee in the territory of {country_name(case.by, case.on)}: art. 32(1) "
        "forbids expelling a refugee lawfully in the territory save on grounds of national "
        "security or public order, and art. 32(2) allows it only by a decision reached in "
        "accordance with due process of law; it is a limit on expulsion, not a bar on "
        "refoulement, and the library does not weigh it (whether the person is lawfully in the "
        "territory is not among the facts it holds)",
        ART_32_1,
        ART_32_2,
        role="note",
    )


def treaty_binds(cite: Citation, by: str, on: dt.date, doctrine: Doctrine) -> Finding:
    """A treaty bar binds the returning state where it is bound by the provision on the date."""
    return bound(cite, by, on, doctrine)


@attrs.frozen
class Bar:
    """One bar on return.

    Args:
        element: the bar as the explanation names it.
        citation: the obligation it enforces (as ``obligations_of`` lists it).
        absolute: whether no exception lifts it. Customary non-refoulement is not: its refugee
            limb keeps the Art 33(2) exceptions even where the rule is held peremptory (a
            peremptory norm admits no derogation by treaty, VCLT art. 53; the exceptions are
            part of its content), and only its torture limb (with other ill-treatment, on
            ``Doctrine.custom_covers_ill_treatment``) has none.
        binds: whether the obligation binds the returning state on the date.
        test: the bar's elements, given whether it binds and whether the person is within reach.
        exception: the exception that lifts it, if it has one, given the claim and the verdict
            of the bar's own elements (a reading it rests on is named only where it decides).
        reach: whom the obligation reaches: by default the state's jurisdiction (territory,
            frontier, or effective control anywhere); art. 33(1) has its own, contested rule.
        regional: a regional instrument's bar, shown only for a state it may bind (a state
            not bound by the OAU Convention is not told that its bar fails).
    """

    element: str
    citation: Citation
    absolute: bool
    binds: Callable[[Citation, str, dt.date, Doctrine], Finding]
    test: Callable[[ReturnCase, Finding, Finding], tuple[Finding, ...]]
    exception: Callable[[Claim, Verdict], Finding] | None = None
    reach: Callable[[Claim, str, Citation, dt.date, Doctrine], Finding] = in_reach
    regional: bool = False

    @property
    def instrument(self) -> str:
        return self.citation.instrument

    @property
    def provision(self) -> str:
        return self.citation.provision


#: The bars on return, each a rule of its own; the return is prohibited if any of them holds.
BARS = (
    Bar(
        "Refugee Convention art. 33(1) bar",
        ART_33_1,
        absolute=False,
        binds=treaty_binds,
        test=convention_bar,
        exception=art_33_2,
        reach=art_33_reach,
    ),
    Bar("CAT art. 3 bar", CAT_3, True, treaty_binds, cat_bar),
    Bar("ICCPR art. 6(1) bar", ICCPR_6, True, treaty_binds, iccpr_6_bar),
    Bar("ICCPR art. 7 bar", ICCPR_7, True, treaty_binds, iccpr_7_bar),
    Bar("customary non-refoulement bar", CUSTOM_RULE, False, custom_binds, custom_bar),
    Bar(
        "OAU Convention art. II(3) bar",
        OAU_II_3,
        True,
        treaty_binds,
        oau_bar,
        reach=oau_reach,
        regional=True,
    ),
    Bar("ECHR art. 2 bar", ECHR_2, True, treaty_binds, echr_2_bar, regional=True),
    Bar("ECHR art. 3 bar", ECHR_3, True, treaty_binds, echr_3_bar, regional=True),
    Bar(
        "ECHR art. 6 bar (flagrant denial of justice)",
        ECHR_6,
        True,
        treaty_binds,
        echr_6_bar,
        regional=True,
    ),
    Bar(
        "ECHR Protocol No. 6 art. 1 bar (death penalty)",
        P6_1,
        True,
        protocol_binds,
        protocol_bar,
        regional=True,
    ),
    Bar(
        "ECHR Protocol No. 13 art. 1 bar (death penalty)",
        P13_1,
        True,
        protocol_binds,
        protocol_bar,
        regional=True,
    ),
    Bar("ACHR art. 22(8) bar", ACHR_22_8, True, treaty_binds, achr_bar, regional=True),
)


class BarInForce(NamedTuple):
    """A bar as it stands for one state on one date: whether it binds, and the obligation it
    enforces (``None`` if none binds)."""

    bar: Bar
    binds: Finding
    obligation: StateObligation | None


@reads("by", "on", "doctrine", "territory")
def bars_in_force(
    by: str, on: dt.date, doctrine: Doctrine, territory: str | None = None
) -> tuple[BarInForce, ...]:
    """Every bar of :data:`BARS` for state ``by`` on ``on`` (a regional bar only where it may
    bind): the same for every person it returns from its territory, or (``territory``) from one of
    its territories where its treaties apply otherwise (:mod:`.territory`)."""
    found = []
    for row in BARS:
        binds = row.binds(row.citation, by, on, doctrine)
        if row.regional and binds.verdict is Verdict.NOT_MET:
            continue
        obligation = obligation_at(row.citation, by, on, doctrine)
        if territory is not None:
            binds, obligation = bound_in_territory(
                row.citation, by, on, doctrine, territory, binds, obligation
            )
        found.append(BarInForce(row, binds, obligation))
    return tuple(found)


#: Said of a duty to hand back that reaches only some persons (``Duty.reaches``: the 1986
#: China–DPRK protocol's illegal crossers, art. 4(1), not those who entered because of disasters or
#: force majeure): no fact of a claim says how or why the person crossed, so whether the duty
#: pulls against this return is not known, though the state is bound by it (review s39 sd39 F1).
#: ``{reaches}``: the persons it reaches.
REACH_UNKNOWN = (
    "whether it reaches this person the claim does not say, no fact of it saying how or why the "
    "person crossed or entered: it reaches only {reaches}"
)


@reads("by", "to", "on", "doctrine")
def conflicting_duties(by: str, to: str, on: dt.date, doctrine: Doctrine) -> tuple[Finding, ...]:
    """Duties of ``by`` to hand persons back to ``to``: they do not lift a bar, but a lawyer needs
    to know they pull the other way (which prevails is :func:`refugeelaw.resolve_conflict`'s).
    A duty whose treaty the data cannot show binding the state on ``on`` is noted as one it may
    owe, ``UNKNOWN``, with the reason (the 1986 China–DPRK protocol before 30 June 2004, the 1964
    one on every date from its signature, its entry into force not being sourced). A duty that
    binds but reaches only some persons (``Duty.reaches``: illegal crossers) is noted
    ``UNKNOWN`` too, the claim recording nothing of how or why the person crossed
    (:data:`REACH_UNKNOWN`); a note decides no outcome."""
    out = []
    for s in survey(by, on, doctrine):
        ob = s.obligation
        catalogued = None if ob is None else duty(ob.instrument, ob.provision)
        if (
            ob is not None
            and catalogued is not None
            and catalogued.hands_back
            and to in ob.counterparties
        ):
            state = country_name(ob.state, on)
            # Past the data's horizon the duty is read as binding still (VCLT art. 42(2)), and
            # the note says on what, as party_status does.
            later = unrecorded_after(by, ob.instrument, on)
            owes = f"{state} also owes {ob.owed_to} a duty {ob.duty}" + (
                f" ({later})" if later else ""
            )
            if ob.bound is not Verdict.MET:
                status = party_status(by, ob.instrument, on=on)
                owes = f"{state} may also owe {ob.owed_to} a duty {ob.duty}; " + (
                    f"whether {get_instrument(ob.instrument)} bound {state} on {on.isoformat()} "
                    f"is beyond the data: {status.reason}"
                    if status.verdict is Verdict.UNKNOWN
                    else s.finding.reason  # bound, but a reservation may exclude the duty
                )
            verdict = ob.bound
            if catalogued.reaches is not None:
                # Art. 4(1) of the 1986 protocol: the duty is about illegal crossers alone.
                owes += "; " + REACH_UNKNOWN.format(reaches=catalogued.reaches)
                if verdict is Verdict.MET:
                    verdict = Verdict.UNKNOWN
            out.append(
                finding(
                    f"conflicting duty: {ob.citation}",
                    verdict,
                    f"{owes}; it does not lift the bars above: which obligation prevails is a "
                    "question for refugeelaw.resolve_conflict (VCLT arts 30, 53, 64; UN Charter "
                    "Art. 103)",
                    ob.citation,
                    role="note",
                )
            )
    return tuple(out)


class ReturnSetting(NamedTuple):
    """What a return by one state to one country on one date brings into play, whoever is
    returned: the state's regime under the 1951 definition, the bars in force for it, whether it
    has abolished the death penalty, and its duties that pull the other way."""

    regime: Regime
    bars: tuple[BarInForce, ...]
    abolished: Finding
    duties: tuple[Finding, ...]


@reads("by", "to", "on", "doctrine", "territory")
def return_setting(
    by: str, to: str, on: dt.date, doctrine: Doctrine, territory: str | None = None
) -> ReturnSetting:
    """The :class:`ReturnSetting` of a return by ``by`` to ``to`` on ``on``: the same for every
    person returned (from ``territory``, where it is one of ``by``'s own, :func:`bars_in_force`)."""
    return ReturnSetting(
        convention_regime(by, on),
        bars_in_force(by, on, doctrine, territory),
        abolition(by, on, doctrine, territory),
        # The state's bilateral agreements apply in such a territory only as it has declared (for
        # Hong Kong, Basic Law art. 153), and the data records none there.
        conflicting_duties(by, to, on, doctrine) if territory is None else (),
    )


@reads("by", "to", "on", "doctrine", "verdicts", "undetermined", "territory", "raised")
def outcome_of(
    by: str,
    to: str,
    on: dt.date,
    doctrine: Doctrine,
    verdicts: tuple[Verdict, ...],
    undetermined: bool,
    territory: str | None = None,
    raised: str = "",
) -> tuple[ReturnOutcome, tuple[StateObligation, ...], tuple[StateObligation, ...], str]:
    """The return is prohibited if any bar holds, permitted if none can, undetermined otherwise:
    with the obligations it would breach, those whose bar is still open, and the reason
    (``verdicts``: each bar's, in the order of :data:`BARS`; ``undetermined``: a bar that rests
    on the refugee status, art. 33(1) or custom's refugee limb, is open while that status
    protects the person only provisionally, :func:`resting_on_open_status`; ``raised``: where the
    person is a recognised refugee, the clauses raised against the status and not yet decided,
    in words, ``law.art_33.clauses_raised``)."""
    in_force = bars_in_force(by, on, doctrine, territory)
    breaches = tuple(
        [
            b.obligation
            for b, v in zip(in_force, verdicts, strict=True)
            if v is Verdict.MET and b.obligation
        ]
    )
    undecided = tuple(
        [
            b.obligation
            for b, v in zip(in_force, verdicts, strict=True)
            if v is Verdict.UNKNOWN and b.obligation
        ]
    )
    if Verdict.MET in verdicts:
        return ReturnOutcome.PROHIBITED, breaches, undecided, _would_breach(by, to, on, breaches)
    if Verdict.UNKNOWN in verdicts:
        reason = "no bar is shown to apply, but some might: see the facts that would decide it"
        if undetermined and raised:
            reason += (
                f"; the person is a recognised refugee, whose status continues until {raised} "
                "is established: returning the person before then risks refoulement"
            )
        elif undetermined:
            reason += (
                "; no individual determination has been made, and recognition is declaratory: "
                "returning the person before one risks refoulement"
            )
        return ReturnOutcome.UNDETERMINED, breaches, undecided, reason
    # Only the bars on refoulement the library holds are weighed (BARS): other limits on removal
    # (Convention art. 32 for a refugee lawfully in the territory, procedural duties) and the
    # obligations of instruments it does not hold are not (docs: non-refoulement).
    reason = (
        f"{PERMITTED_WORDS.format(of=f' of {country_name(by, on)}')} to "
        f"{country_name(to, on)} on {on.isoformat()} ({NOT_WEIGHED})"
    )
    return ReturnOutcome.PERMITTED, breaches, undecided, reason


def _would_breach(by: str, to: str, on: dt.date, breaches: tuple[StateObligation, ...]) -> str:
    """What a prohibited return would breach (``breaches``), in words."""
    cited = "; ".join([str(o.citation) for o in breaches])
    return (
        f"returning the person from {country_name(by, on)} to {country_name(to, on)} would "
        f"breach {cited}"
    )


def conclusion(
    by: str,
    to: str,
    on: dt.date,
    doctrine: Doctrine,
    bars: tuple[Finding, ...],
    open_status: StatusDetermination | None,
    duties: tuple[Finding, ...],
    territory: str | None = None,
    pending: Pending | None = None,
    expulsion: Finding | None = None,
) -> tuple[
    ReturnOutcome,
    tuple[StateObligation, ...],
    tuple[StateObligation, ...],
    tuple[StateObligation, ...],
    Finding,
]:
    """The outcome, the obligations the return would breach, those whose bar is still open, those
    it would breach only while what they rest on is pending, and the finding that explains it
    (``open_status``: the refugee status an open bar rests on while it protects the person only
    provisionally, from :func:`resting_on_open_status`; ``duties``: the conflicting duties it
    notes, from :func:`conflicting_duties`; ``territory``: the territory of ``by`` the person is
    in, where its treaties apply otherwise; ``pending``: where the return is barred only while
    the refugee status is pending determination (or, for a recognised refugee, while a clause
    raised to end it is undecided), or while an exclusion or cessation raised under the OAU
    Convention is undecided, or while Art 33(2)'s second ground raised is not established, what
    it waits on, from :func:`pending_determination`, noted: where
    other bars hold whatever is decided, the return is prohibited by them, and the bars that hold
    only provisionally are named after them with how long they hold; where the return is open,
    what those open bars wait on is named as well, since an answer may decide it; ``expulsion``:
    where the person is a refugee in the territory, the note that Refugee Convention art. 32 is
    not weighed, from :func:`expulsion_of_a_refugee`, shown with a permitted return)."""
    verdicts = tuple([b.verdict for b in bars])
    raised = (
        "" if open_status is None else clauses_raised(raised_against_recognised(open_status), "it")
    )
    outcome, breaches, undecided, reason = outcome_of(
        by, to, on, doctrine, verdicts, open_status is not None, territory, raised
    )
    notes = duties
    provisionally: tuple[StateObligation, ...] = ()
    if pending is not None and pending.facts:
        if outcome is ReturnOutcome.PROHIBITED:
            provisionally = pending.obligations
            if pending.firm and provisionally:
                # Other bars hold whatever is decided: they are named first, and those that hold
                # only until then after them, with how long they hold.
                firm = tuple([o for o in breaches if o not in provisionally])
                cited = "; ".join([str(o.citation) for o in provisionally])
                reason = f"{_would_breach(by, to, on, firm)}; and {cited}"
            reason += _only_while(pending)
        notes = (_pending_note(pending), *duties)
    if outcome is ReturnOutcome.PERMITTED and expulsion is not None:
        # Permitted by the bars on refoulement, not by art. 32, which is not weighed.
        reason = f"{reason.removesuffix(')')}; {ART_32_NOT_WEIGHED})"
        notes = (*notes, expulsion)
    root = finding(
        f"return from {country_name(by, on)} to {country_name(to, on)}",
        RETURN_VERDICT[outcome],
        reason,
        *_deciding_citations(outcome, bars),
        children=(*bars, *notes),
        role="conclusion",
    )
    return outcome, breaches, undecided, provisionally, root


class Pending(NamedTuple):
    """What the bars that decide a return wait on where they hold (or are open) only
    provisionally (:func:`pending_determination`).

    Args:
        facts: the facts whose answers may end the provisional protection, and so the bars.
        status: whether a bar rests on the refugee status pending determination (art. 33(1),
            custom's refugee limb).
        clauses: the articles of the OAU Convention ("I(5)", "I(4)") whose clause, raised and
            not yet decided, art. II(3)'s bar rests on, in that order.
        recognised: where the status a bar rests on has been recognised, the findings of the
            clauses raised to end it and not yet decided
            (:func:`~refugeelaw.law.art_33.raised_against_recognised`): that status is not pending
            determination, but continues until one of them is established.
        obligations: the obligations whose bars rest on what is pending, in the order of
            :data:`BARS`: where the return is prohibited, those it would breach only until that
            is decided (``ReturnAssessment.provisional``).
        firm: whether another bar holds whatever is decided, so that the return stays
            prohibited whatever the answers.
        exception: where art. 33(1) (or custom's refugee limb, which takes its exceptions) holds
            only because Art 33(2)'s second ground is raised and not yet established, the limb
            still open (:func:`~refugeelaw.law.art_33.second_ground_open`), among ``facts``.
    """

    facts: tuple[str, ...]
    status: bool
    clauses: tuple[str, ...]
    recognised: tuple[Finding, ...] = ()
    obligations: tuple[StateObligation, ...] = ()
    firm: bool = False
    exception: tuple[str, ...] = ()


def pending_determination(
    case: ReturnCase, in_force: tuple[BarInForce, ...], bars: tuple[Finding, ...]
) -> Pending | None:
    """What the bars that decide the return (``bars``, in the order of ``in_force``: those that
    hold, or where none holds, those still open) wait on where they rest on a protection that
    lasts only until something is decided: the person's refugee status pending determination,
    an asylum seeker being protected until then (recognition is declaratory: UNHCR Handbook para.
    28; ExCom Conclusion No. 6); for a refugee already recognised, a clause raised to end the
    status (Art 1C, or Art 1D-1F) and not yet decided, the status continuing until one is
    established (:func:`~refugeelaw.law.art_33.raised_against_recognised`:
    ``Pending.recognised``); for OAU Convention art. II(3), an exclusion (art. I(5)) or a
    cessation (art. I(4)) raised against the person and not yet decided
    (:func:`~refugeelaw.law.oau.pending_clauses`); for art. 33(1) and custom's refugee limb,
    Art 33(2)'s second ground raised and not yet established, the exception being for the state
    to establish (:func:`~refugeelaw.law.art_33.second_ground_open`: ``Pending.exception``).
    Their answers may end that protection, and with it those bars (``Pending.obligations``),
    though other bars hold whatever they are (``Pending.firm``). Art. 33(1) rests on the status for the returning state
    (``case.status``); the customary rule's refugee limb on the status without the Art 1B
    limitations (``case.general_status``), and a customary bar on it only where its limb that
    protects anyone does not hold (or, for one still open, where its refugee limb is not found
    not to); art. II(3), which protects a person whatever their status, on the clauses alone.
    ``None`` where no bar holds or is open, or where none of those that decide rests on such a
    protection."""
    held = any(f.verdict is Verdict.MET for f in bars)
    deciding = Verdict.MET if held else Verdict.UNKNOWN
    facts: list[str] = []
    status = False
    clauses: list[str] = []
    recognised: list[Finding] = []
    obligations: list[StateObligation] = []
    firm = False
    # Art 33(2)'s second ground raised and not yet established: the limb still open.
    excepted = second_ground_open(case.claim)
    exception: list[str] = []
    for (row, _, obligation), found in zip(in_force, bars, strict=True):
        if found.verdict is not deciding:
            continue
        refugee_limb = row.citation == CUSTOM_RULE and _on_its_refugee_limb(found, held)
        open_ = excepted if (row.citation == ART_33_1 or refugee_limb) else ()
        if row.citation == ART_33_1 and provisional(case.status):
            facts.extend(case.status.missing_facts())
            recognised.extend(raised_against_recognised(case.status))
            status = True
        elif refugee_limb and provisional(case.general_status):
            facts.extend(case.general_status.missing_facts())
            recognised.extend(raised_against_recognised(case.general_status))
            status = True
        elif row.citation == OAU_II_3 and (undecided := pending_clauses(found)):
            for article, clause in undecided:
                facts.extend(missing_facts(clause))
                clauses.append(article)
        elif not open_:
            firm = firm or held  # a bar that holds whatever the status
            continue
        exception.extend(open_)
        if obligation is not None:
            obligations.append(obligation)
    exception = list(dict.fromkeys(exception))
    if not status and not clauses and not exception:
        return None
    return Pending(
        tuple(dict.fromkeys([*facts, *exception])),
        status,
        tuple(dict.fromkeys(clauses)),
        tuple(dict.fromkeys(recognised)),
        tuple(obligations),
        firm,
        tuple(exception),
    )


def _on_its_refugee_limb(custom: Finding, held: bool) -> bool:
    """Whether a customary bar (``custom``: :func:`custom_bar`'s finding) rests on its refugee
    limb, and so on the refugee status: one that holds (``held``), where it holds by that limb
    alone (:func:`~refugeelaw.law.custom.refugee_limb_alone`); one still open, where that limb
    is not found not to hold."""
    if held:
        return refugee_limb_alone(custom)
    limb = refugee_limb(custom)
    return limb is not None and limb.verdict is not Verdict.NOT_MET


def resting_on_open_status(
    case: ReturnCase, in_force: tuple[BarInForce, ...], bars: tuple[Finding, ...]
) -> StatusDetermination | None:
    """The refugee status that a bar still open (``bars``, in the order of ``in_force``) rests on
    while that status protects the person only provisionally
    (:func:`~refugeelaw.law.art_33.provisional`): art. 33(1) on the status for the returning
    state (``case.status``), custom's refugee limb, where it is not found not to hold, on the
    status without the Art 1B limitations (``case.general_status``). ``None`` where no such bar
    is open: where only a bar that knows no status (CAT art. 3, ICCPR arts 6 and 7, the ECHR,
    art. II(3) of the OAU Convention) is, or where the status cannot make the person a refugee
    (Art 1F found, or a status ceased whichever clause applies first), since no determination to
    come would then protect the person as one."""
    for (row, _, _), found in zip(in_force, bars, strict=True):
        if found.verdict is not Verdict.UNKNOWN:
            continue
        if row.citation == ART_33_1 and provisional(case.status):
            return case.status
        if (
            row.citation == CUSTOM_RULE
            and provisional(case.general_status)
            and _on_its_refugee_limb(found, False)
        ):
            return case.general_status
    return None


#: What each OAU clause a return's bar may wait on is, in words (its article: its kind).
_OAU_CLAUSES = {article: kind for kind, article in ENDS}


def _undecided(clauses: tuple[str, ...]) -> str:
    """The OAU clauses raised and not yet decided (``clauses``: their articles), in words."""
    return " and ".join(f"the {_OAU_CLAUSES[c]} (art. {c})" for c in clauses)


#: Art 33(2)'s second ground raised and not established (``Pending.exception``), in words.
_EXCEPTION_OPEN = "the second ground of Art 33(2) raised against the person is not established"


def _only_while(pending: Pending) -> str:
    """How long the return's bars hold, where they hold only provisionally (``pending``)."""
    waits = ", ".join(pending.facts)
    verb = "wait" if pending.status and pending.clauses else "waits"
    if pending.exception:
        if not pending.status and not pending.clauses:
            return f", but only while {_EXCEPTION_OPEN}, which waits on {waits}"
        # The rest as it would be without the exception, and the exception after it.
        rest = pending._replace(
            facts=tuple([f for f in pending.facts if f not in pending.exception]), exception=()
        )
        limbs = ", ".join(pending.exception)
        return f"{_only_while(rest)}; and while {_EXCEPTION_OPEN}, which waits on {limbs}"
    raised = (
        f"{_undecided(pending.clauses)} raised against the person under the OAU Convention "
        f"{'are' if len(pending.clauses) > 1 else 'is'} undecided"
    )
    several = len(pending.recognised) > 1
    status = (
        f"{clauses_raised(pending.recognised, 'this recognised refugee')} "
        f"{'are' if several else 'is'} undecided (the status continues until "
        f"{'one is' if several else 'it is'} established)"
        if pending.recognised
        else "the person's refugee status is pending determination (recognition is declaratory)"
    )
    if not pending.clauses:
        return f", but only while {status}, which waits on {waits}"
    if not pending.status:
        return f", but only while {raised}, which {verb} on {waits}"
    return f", but only while {status} and {raised}, which {verb} on {waits}"


def _pending_note(pending: Pending) -> Finding:
    """The note that names what the bars that decide a return wait on where they hold (or are
    open) only provisionally (``pending``)."""
    if pending.exception:
        return _exception_note(pending)
    waits = ", ".join(pending.facts)
    status = (
        "whether the person is a refugee is not yet determined, and an asylum seeker is "
        "protected until it is"
    )
    not_a_refugee = (
        "one that finds the person not a refugee ends this provisional protection, and with it "
        "the bars that rest on it"
    )
    ends = (
        "a determination that finds the person not a refugee ends the provisional protection of "
        "the bars that rest on the status"
    )
    if pending.recognised:
        several_raised = len(pending.recognised) > 1
        status = (
            "the person is a recognised refugee, whose status continues until a clause that ends "
            f"it is established: {clauses_raised(pending.recognised, 'it')} "
            f"{'are' if several_raised else 'is'} not yet decided"
        )
        not_a_refugee = (
            f"a finding that {'one applies' if several_raised else 'it applies'} ends the "
            "status, and with it the bars that rest on it"
        )
        ends = (
            f"a finding that {'one of the clauses' if several_raised else 'the clause'} raised "
            "under Art 1 applies ends the recognised status, and with it the bars that rest on it"
        )
    several = len(pending.clauses) > 1
    clauses = (
        f"{_undecided(pending.clauses)} raised against the person under the OAU Convention "
        f"{'are' if several else 'is'} not yet decided, and its art. II(3) protects the person, "
        f"refugee or not, until {'one is' if several else 'it is'} found"
    )
    found = (
        f"a finding that {'one applies' if several else 'it applies'} ends that protection, and "
        "with it the bar under art. II(3)"
    )
    if not pending.clauses:
        decision = "decision" if pending.recognised else "determination"
        reason = f"{status}; the {decision} waits on {waits}, and {not_a_refugee}"
    elif not pending.status:
        reason = f"{clauses}; the decision waits on {waits}, and {found}"
    else:
        reason = f"{status}; and {clauses}; both wait on {waits}: {ends}, and {found}"
    if pending.firm:
        reason += "; the other bars that apply hold whatever is decided, and prohibit the return"
    status_cites = raised_citations(pending.recognised) if pending.recognised else (HB_28, EXCOM_6)
    return finding(
        PENDING_DETERMINATION,
        Verdict.UNKNOWN,
        reason,
        *(status_cites if pending.status else ()),
        *[Citation(OAU_II_3.instrument, c) for c in pending.clauses],
        missing=pending.facts,
        role="note",
    )


def _exception_note(pending: Pending) -> Finding:
    """The note of :func:`_pending_note` where art. 33(1) (or custom's refugee limb) holds, or is
    open, only while Art 33(2)'s second ground raised is not established (``pending.exception``):
    what that waits on, after what any other pending protection waits on."""
    limbs = ", ".join(pending.exception)
    said = (
        f"{_EXCEPTION_OPEN}: the exception is for the returning state to establish, so the bars "
        f"it would lift hold until then; the decision waits on {limbs}, and a finding that the "
        "person is both convicted by a final judgement of a particularly serious crime and a "
        "danger to the community lifts them (art. 33(1), and custom's refugee limb, which takes "
        "its exceptions), though not the bars against torture or ill-treatment, which have none"
    )
    # A pending status, or a clause raised under the OAU Convention, besides: named first.
    rest = pending._replace(
        facts=tuple([f for f in pending.facts if f not in pending.exception]),
        exception=(),
        firm=False,
    )
    others = _pending_note(rest) if pending.status or pending.clauses else None
    if others is not None:
        said = f"{others.reason}; and {said}"
    if pending.firm:
        said += "; the other bars that apply hold whatever is decided, and prohibit the return"
    return finding(
        PENDING_DETERMINATION if others is not None else EXCEPTION_PENDING,
        Verdict.UNKNOWN,
        said,
        *(others.citations if others is not None else ()),
        ART_33_2,
        missing=pending.facts,
        role="note",
    )


#: The verdict of the bars that decide each outcome: a return is prohibited by the bars that
#: apply and left open by those that might; one permitted rests on every bar weighed.
_DECIDED_BY = {
    ReturnOutcome.PROHIBITED: Verdict.MET,
    ReturnOutcome.UNDETERMINED: Verdict.UNKNOWN,
    ReturnOutcome.PERMITTED: Verdict.NOT_MET,
}


def _deciding_citations(outcome: ReturnOutcome, bars: tuple[Finding, ...]) -> list[Citation]:
    """The provisions the outcome rests on: those of the bars that decide it (each bar cites its
    own provision, so none is cited twice)."""
    deciding = _DECIDED_BY[outcome]
    return [c for b in bars if b.verdict is deciding for c in b.citations]


def customary_persecution(case: ReturnCase) -> Finding:
    """The risk of persecution that customary law (and the OAU Convention) weighs: on the
    well-founded fear's standard, since ``Doctrine.return_threshold`` sets the standard of art.
    33(1) alone. Where art. 33(1) has weighed the risk on that same standard, its finding; else
    the risk assessed anew, without art. 33(1)'s position (a state not bound by art. 33(1) does
    not rely on it)."""
    if case.doctrine.return_threshold is None and "persecution" in case.risks:
        return case.risks["persecution"]
    return persecution_risk(case.status, case.to, False)


def oau_cessation(case: ReturnCase) -> Finding:
    """Art 1C as the returning state weighs it for the status it determines with the OAU
    Convention (art. I(2) beside Art 1A(2), and Art 1C(5)-(6), read as art. I(4)(e), weighing the
    threat from the events of art. I(2) beside the fear: ``law.oau.events_persist``): the finding
    art. II(3)'s bar reads as arts I(4)(a)-(e) (``law.oau.CLAUSES_READING``). The status is
    determined again only where a cessation clause is found or raised; otherwise no clause
    applies, as the return's own determination found."""
    if not in_issue(for_state(case.claim, case.by), case.on, case.doctrine):
        return clause_finding(case.status, "Art 1C")
    regional = determine(case.claim, case.on, regime_for(case.by, case.on), case.doctrine)
    return clause_finding(regional, "Art 1C")


def customary_torture(case: ReturnCase) -> Finding:
    """The risk of torture customary non-refoulement's torture limb weighs: as CAT art. 3 weighs
    it, ``Doctrine.cat_non_state_actors`` included, but on every date, not only from the day the
    Committee against Torture adopted its General Comment No. 4: that day dates the Committee's
    reading of the treaty, and a treaty body's comment does not date a change in custom, "a
    general practice accepted as law" (ICJ Statute art. 38(1)(b)). From that day, CAT art. 3's
    own finding (the two are then one), unless the doctrine sets CAT art. 3 a standard of its own
    (``Doctrine.cat_threshold``, the United States' understanding): a State's understanding to the
    treaty qualifies its treaty duty, not the customary rule, whose torture limb keeps
    ``torture_threshold`` (:func:`~refugeelaw.law.cat_3.cat_standard`; review s38 dn38 F1)."""
    if case.on >= GENERAL_COMMENT_4_DAY and cat_standard(case.doctrine) == cat_standard(
        case.doctrine, treaty=False
    ):
        return case.risk("torture")
    return torture_risk(case.claim, case.to, case.doctrine, case.on, False)


#: How each risk on return that a bar weighs is assessed from the case, by name; each is assessed
#: once, when a bar first asks for it (:meth:`~refugeelaw.law.removal.ReturnCase.risk`). So is
#: the cessation art. II(3) of the OAU Convention weighs (arts I(4)(a)-(e)), which needs the
#: status the returning state determines with that Convention.
RISKS: dict[str, Callable[[ReturnCase], Finding]] = {
    "persecution": lambda case: persecution_risk(case.status, case.to),
    "persecution (custom)": lambda case: customary_persecution(case),
    "torture": lambda case: torture_risk(case.claim, case.to, case.doctrine, case.on),
    "torture (custom)": lambda case: customary_torture(case),
    "ill_treatment": lambda case: ill_treatment_risk(case.claim, case.to, case.doctrine, case.on),
    "life": lambda case: life_risk(case.claim, case.to, case.doctrine, case.abolished, case.on),
    "cessation (OAU)": oau_cessation,
}


def assess_return(
    claim: Claim,
    *,
    by: str,
    to: str,
    on: dt.date | str | None = None,
    doctrine: Doctrine | None = None,
) -> ReturnAssessment:
    """May state ``by`` return this person to ``to`` on ``on``?

    Args:
        claim: the facts.
        by: ISO alpha-3 code of the returning state.
        to: ISO alpha-3 code of the destination.
        on: date of the return (default: today).
        doctrine: contested positions (default :class:`Doctrine`).

    Returns:
        A :class:`ReturnAssessment`: ``PROHIBITED`` if any bar applies (``breaches`` lists
        them), ``PERMITTED`` if none does, ``UNDETERMINED`` if one might (missing facts named).

    Raises:
        InvalidInput: bad claim, state codes, date or doctrine; or a destination within the
            returning state (``to`` the same as ``by``, or part of it on the date, such as Hong
            Kong for China after 1 July 1997): a move within a state is not a return; or a
            territory for whose international relations the returning state is responsible on
            the date (Hong Kong for the United Kingdom before 1 July 1997), which is not another
            State (CAT art. 3(1)).
    """
    when, doctrine = return_arguments(claim, by, to, on, doctrine)
    territory = treaty_territory(claim.person.location, by, when)  # Hong Kong, for China
    setting = return_setting(by, to, when, doctrine, territory)
    regime = setting.regime
    status = determine(claim, when, regime, doctrine)  # Art 1, once
    case = ReturnCase(
        claim,
        by,
        to,
        when,
        doctrine,
        status,
        without_limits(status) if regime.limited else status,
        setting.abolished,
        RISKS,
        {},
    )
    bars = []
    for row, binds, _ in setting.bars:
        if binds.verdict is Verdict.NOT_MET:
            # An obligation the state is not bound by bars no return: neither the person's reach
            # nor the risk it covers is weighed under it.
            bars.append(bar(row.element, (binds,), row.citation, row.absolute))
            continue
        parts = row.test(case, binds, row.reach(claim, by, row.citation, when, doctrine))
        place = destination(
            by, to, row.citation, when, doctrine
        )  # Puerto Rico from the United States
        if place is not None:
            parts = (*parts, place)
        # The exception weighed against what the bar's own elements found (its readings are
        # named only where it decides: art. 33(2), law.art_33.art_33_2).
        exception = (
            None
            if row.exception is None
            else row.exception(claim, Verdict.all([p.verdict for p in parts]))
        )
        bars.append(bar(row.element, parts, row.citation, row.absolute, exception))
    found = tuple(bars)
    outcome, breaches, undecided, provisionally, root = conclusion(
        by,
        to,
        when,
        doctrine,
        found,
        resting_on_open_status(case, setting.bars, found),
        setting.duties,
        territory,
        pending_determination(case, setting.bars, found),
        expulsion_of_a_refugee(
            case, next(b.binds for b in setting.bars if b.bar.citation == ART_33_1)
        ),
    )
    return ReturnAssessment(
        outcome, claim, by, to, when, breaches, root, status, doctrine, undecided, provisionally
    )


# Asked again with one fact or position changed, the same question (refugeelaw.questions).
reassessable(
    ReturnAssessment,
    lambda r, claim, doctrine: assess_return(claim, by=r.by, to=r.to, on=r.on, doctrine=doctrine),
)
