"""Non-refoulement: may this state return this person to that country, on that date?

Each bar is a rule of its own: Refugee Convention art. 33(1) with its art. 33(2) exceptions, CAT
art. 3 (absolute), ICCPR arts 6 and 7 (absolute), and customary non-refoulement as
:class:`~refugeelaw.Doctrine` says. Recognition is declaratory (UNHCR Handbook para. 28), so an
asylum seeker whose status is still undetermined is protected too.

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
import enum
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from . import _validate as v
from .countries import check_country, country_name
from .dates import parse_date, today
from .doctrine import DEFAULT_DOCTRINE, Doctrine
from .errors import InvalidInput, Problem
from .facts import Claim, Harm
from .logic import Finding, Verdict, rule_finding
from .obligations import CUSTOM, StateObligation, _survey
from .sources import Citation
from .sources import cite as _cite
from .status import assess_status, harm_elements, harm_path
from .status_result import ExplainedResult, Status, StatusDetermination

__all__ = ["ReturnAssessment", "ReturnOutcome", "assess_return"]

_C = "refugee-convention-1951"
ART_33_1 = Citation(_C, "33(1)")
ART_33_2 = Citation(_C, "33(2)")
EXCOM_6 = Citation("excom-conclusions", "6")
HB_28 = Citation("unhcr-handbook", "28")
CAT_3 = Citation("cat-1984", "3(1)")
ICCPR_6 = Citation("iccpr-1966", "6(1)")
ICCPR_7 = Citation("iccpr-1966", "7")
CUSTOM_CITE = Citation("customary-international-law", "non-refoulement")


class ReturnOutcome(enum.Enum):
    """Whether the return is lawful."""

    PROHIBITED = "prohibited"
    PERMITTED = "permitted"
    UNDETERMINED = "undetermined"


_f = rule_finding


def in_reach(claim: Claim, by: str, cite: Citation = ART_33_1) -> Finding:
    """The state can return only someone in its territory or at its frontier."""
    element = f"within the reach of {country_name(by)}"
    where = claim.person.location
    if claim.at_frontier and where is not None and where not in (by,):
        return _f(
            element,
            Verdict.NOT_MET,
            f"the person is at the frontier but still in {country_name(where)}: turning back "
            "someone who has not left is not 'return' (the right to leave is ICCPR art. 12(2))",
            cite,
            _cite("iccpr-1966", "12(2)"),
            facts=("at_frontier", "person.location"),
        )
    if claim.at_frontier:
        return _f(
            element,
            Verdict.MET,
            f"the person is at the frontier of {country_name(by)}: "
            "rejection at the frontier is return 'in any manner whatsoever'",
            cite,
            EXCOM_6,
            facts=("at_frontier",),
        )
    if where is None:
        return _f(
            element,
            Verdict.UNKNOWN,
            "where the person is is not known",
            cite,
            facts=("person.location",),
            missing=("person.location",),
        )
    if where == by:
        return _f(
            element,
            Verdict.MET,
            f"the person is in {country_name(by)}",
            cite,
            facts=("person.location",),
        )
    return _f(
        element,
        Verdict.NOT_MET,
        f"the person is in {country_name(where)}, not in or at the frontier of {country_name(by)}",
        cite,
        facts=("person.location",),
    )


HarmTest = Callable[[Harm, int], Finding]


def exposure(claim: Claim, to: str, test: HarmTest, what: str) -> Finding:
    """Risk on return to ``to``: directly, or indirectly where ``to`` would send the person on."""
    direct = [test(h, i) for i, h in enumerate(claim.fears) if h.country == to]
    elsewhere = [test(h, i) for i, h in enumerate(claim.fears) if h.country != to]
    children = list(direct)
    verdict = Verdict.any(f.verdict for f in direct)
    onward = claim.onward_removal.get(to)
    risk_elsewhere = Verdict.any(f.verdict for f in elsewhere)
    if elsewhere and risk_elsewhere is not Verdict.NOT_MET:
        path = f"onward_removal[{to!r}]"
        if onward is None:
            chain = Verdict.UNKNOWN
            why = (
                f"whether {country_name(to)} would send the person on to where they are at risk "
                "is not known"
            )
        elif onward:
            chain = risk_elsewhere
            why = f"{country_name(to)} would send the person on to where they are at risk"
        else:
            chain = Verdict.NOT_MET
            why = (
                f"{country_name(to)} would not send the person on: return there is not "
                "refoulement unless the person is at risk there"
            )
        children.append(
            _f(
                f"indirect return through {country_name(to)}",
                chain,
                why,
                ART_33_1,
                facts=(path,),
                missing=(path,),
                children=tuple(elsewhere),
            )
        )
        verdict = verdict | chain
    if not children:
        reason = f"no harm is feared in or from {country_name(to)}"
    else:
        reason = {
            Verdict.MET: f"there is a risk of {what} on return to {country_name(to)}",
            Verdict.NOT_MET: f"there is no risk of {what} on return to {country_name(to)}",
            Verdict.UNKNOWN: f"whether there is a risk of {what} on return to {country_name(to)} "
            "is not known",
        }[verdict]
    return _f(
        f"risk of {what} in or from {country_name(to)}", verdict, reason, children=tuple(children)
    )


def _persecution_test(claim: Claim, doctrine: Doctrine) -> HarmTest:
    def test(harm: Harm, i: int) -> Finding:
        path = harm_path(i)
        parts = harm_elements(harm, path, claim, doctrine)[1:]  # where it is feared: see exposure
        verdict = Verdict.all([p.verdict for p in parts])
        return _f(
            f"{path}: {harm.description}",
            verdict,
            "life or freedom threatened on a Convention ground"
            if verdict is Verdict.MET
            else "not shown to threaten life or freedom on a Convention ground"
            if verdict is Verdict.NOT_MET
            else "threat on a Convention ground not yet known",
            ART_33_1,
            children=tuple(parts),
        )

    return test


def _severe_test(flag: str, doctrine: Doctrine, cite: Citation, standard: str) -> HarmTest:
    threshold = doctrine.torture_threshold

    def test(harm: Harm, i: int) -> Finding:
        path = f"fears[{i}]"
        kind = Verdict.of(getattr(harm, flag))
        if flag == "irreparable":  # ICCPR art. 7: torture is irreparable harm too
            kind = kind | Verdict.of(harm.torture)
        likely = (
            Verdict.UNKNOWN if harm.likelihood is None else Verdict.of(harm.likelihood >= threshold)
        )
        verdict = kind & likely
        missing = [f"{path}.{flag}"] if getattr(harm, flag) is None else []
        if harm.likelihood is None:
            missing.append(f"{path}.likelihood")
        return _f(
            f"{path}: {harm.description}",
            verdict,
            {
                Verdict.MET: f"{standard} (likelihood at least {threshold:g})",
                Verdict.NOT_MET: f"not shown: {standard}",
                Verdict.UNKNOWN: f"not yet known whether {standard}",
            }[verdict],
            cite,
            facts=(f"{path}.{flag}", f"{path}.likelihood"),
            missing=missing,
            standard=f"{standard} (likelihood at least {threshold:g})",
            assumptions=(doctrine.position("torture_threshold"),),
        )

    return test


def protected_person(status: StatusDetermination) -> Finding:
    """Art 33 protects refugees, recognised or not: recognition is declaratory (Handbook 28)."""
    element = "a refugee, or an asylum seeker not yet determined"
    exceptions = [
        f
        for f in status.finding.children
        if f.role == "exception" and f.verdict is Verdict.MET and not f.element.startswith("Art 1C")
    ]
    if exceptions:
        names = ", ".join(f.element.split(":")[0] for f in exceptions)
        return _f(
            element,
            Verdict.NOT_MET,
            f"{names} removes the protection of the Convention "
            "(the bars of CAT and the ICCPR remain)",
            _cite(_C, "1F"),
            ART_33_1,
        )
    if status.outcome is Status.REFUGEE:
        return _f(
            element,
            Verdict.MET,
            "the person meets the refugee definition; formal recognition is not needed",
            ART_33_1,
            HB_28,
        )
    if status.outcome is Status.UNDETERMINED:
        return _f(
            element,
            Verdict.MET,
            "no determination shows that the person is not a "
            "refugee; recognition is declaratory, so an asylum seeker is protected until an "
            "individual determination says otherwise",
            ART_33_1,
            HB_28,
            EXCOM_6,
        )
    return _f(
        element,
        Verdict.NOT_MET,
        f"the person is not a refugee ({status.outcome.label.lower()}: {status.finding.reason})",
        ART_33_1,
        _cite(_C, "1A(2)"),
    )


def art_33_2(claim: Claim) -> Finding:
    """Art 33(2): "The benefit of the present provision may not, however, be claimed by a refugee
    whom there are reasonable grounds for regarding as a danger to the security of the country in
    which he is, or who, having been convicted by a final judgement of a particularly serious
    crime, constitutes a danger to the community of that country."""
    danger = Verdict.of(claim.danger_to_security) | Verdict.of(claim.serious_crime_danger)
    facts = ("danger_to_security", "serious_crime_danger")
    element = "Art 33(2): danger to security or the community"
    if danger is Verdict.MET:
        which = (
            "a danger to the security of the country"
            if claim.danger_to_security
            else "convicted of a particularly serious crime and a danger to the community"
        )
        return _f(
            element,
            Verdict.MET,
            f"the person is {which}: the Convention bar is lifted (only the Convention bar)",
            ART_33_2,
            facts=facts,
            role="exception",
        )
    reason = "neither ground of Art 33(2) is established"
    assumptions: tuple[str, ...] = ()
    if danger is Verdict.UNKNOWN:
        reason += (
            "; an exception applies only when the returning state establishes it, so "
            "unknown facts leave the bar in place"
        )
        assumptions = (
            "Art 33(2) is an exception for the state to establish; unestablished "
            "facts do not lift the bar",
        )
    return _f(
        element,
        Verdict.NOT_MET,
        reason,
        ART_33_2,
        facts=facts,
        role="exception",
        assumptions=assumptions,
    )


def _bound(entry_ob: StateObligation | None, cite: Citation, by: str, on: dt.date) -> Finding:
    if entry_ob is None:
        return _f(
            "the state is bound",
            Verdict.NOT_MET,
            f"{country_name(by)} is not bound by {cite} on {on.isoformat()}",
            cite,
        )
    since = f" since {entry_ob.since.isoformat()}" if entry_ob.since else ""
    via = f" (through {_cite(entry_ob.via, 'I(1)')})" if entry_ob.via else ""
    return _f(
        "the state is bound",
        Verdict.MET,
        f"{country_name(by)} is bound by {cite}{since}{via}",
        cite,
    )


def _bar(
    element: str,
    parts: list[Finding],
    cite: Citation,
    absolute: bool,
    exception: Finding | None = None,
) -> Finding:
    verdict = Verdict.all(p.verdict for p in parts)
    children = list(parts)
    if exception is not None:
        children.append(exception)
        verdict = verdict & ~exception.verdict
    kind = "absolute, no exception" if absolute else "subject to its exceptions"
    reason = {
        Verdict.MET: f"the bar applies ({kind})",
        Verdict.NOT_MET: "the bar does not apply",
        Verdict.UNKNOWN: "whether the bar applies is not yet known",
    }[verdict]
    return _f(element, verdict, reason, cite, children=tuple(children))


@attrs.frozen(repr=False)
class ReturnAssessment(ExplainedResult):
    """Whether state ``by`` may return the person to ``to`` on ``on``, and why.

    Args:
        outcome: a :class:`ReturnOutcome`.
        claim: the facts.
        by: the returning state.
        to: the destination.
        on: the date.
        breaches: the obligations the return would breach (empty unless PROHIBITED).
        finding: the explanation.
        status: the refugee status determination the Convention bar relied on.
        doctrine: the contested positions applied.
    """

    outcome: ReturnOutcome
    claim: Claim
    by: str
    to: str
    on: dt.date
    breaches: tuple[StateObligation, ...]
    finding: Finding
    status: StatusDetermination
    doctrine: Doctrine = attrs.field(factory=Doctrine)

    def __repr__(self) -> str:
        return (
            f"<ReturnAssessment {self.outcome.name} {self.by}->{self.to} on {self.on.isoformat()}>"
        )

    def __str__(self) -> str:
        return f"{self.outcome.name} on {self.on.isoformat()}: {self.finding.reason}"

    def explain(self, format: str = "text") -> str:
        """The reasoning: every bar considered, why it applies or not, with citations."""
        bullet = "- "
        header = [
            f"{'# ' if format == 'markdown' else ''}Return from {country_name(self.by)} to "
            f"{country_name(self.to)}: {self.outcome.name}",
            f"Assessed on {self.on.isoformat()}.",
            "",
        ]
        breaches = ["", "Obligations the return would breach:"]
        breaches += [
            f"{bullet}{o.citation} ({o.basis.value}{', absolute' if o.absolute else ''})"
            for o in self.breaches
        ] or [f"{bullet}none"]
        return self._render(format, header, breaches)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary for embedding."""
        from .serialize import to_dict

        return self._dict(to_dict(self.finding))

    def _dict(self, finding: Any) -> dict[str, Any]:
        return {
            "outcome": self.outcome.value,
            "by": self.by,
            "to": self.to,
            "on": self.on.isoformat(),
            "breaches": [str(o.citation) for o in self.breaches],
            "missing_facts": list(self.missing_facts()),
            "assumptions": list(self.assumptions()),
            "finding": finding,
        }


def _conflicting_duties(obligations: Iterable[StateObligation], to: str) -> list[Finding]:
    out = []
    for ob in obligations:
        if ob.instrument.startswith("china-dprk-border-protocol") and ob.owed_to == country_name(
            to
        ):
            out.append(
                _f(
                    f"conflicting duty: {ob.citation}",
                    Verdict.MET,
                    f"{country_name(ob.state)} also owes {ob.owed_to} a duty {ob.duty}; it does not "
                    "lift the bars above: which obligation prevails is a question for "
                    "refugeelaw.resolve_conflict (VCLT arts 30, 53, 64; UN Charter Art. 103)",
                    ob.citation,
                    role="note",
                )
            )
    return out


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
        InvalidInput: bad claim, state codes, date or doctrine.
    """
    problems = []
    for name, code in (("by", by), ("to", to)):
        if msg := v.country(code):
            problems.append(Problem(name, msg))
    if not isinstance(claim, Claim):
        problems.append(Problem("claim", f"expected a Claim, got {type(claim).__name__}"))
    if doctrine is not None and not isinstance(doctrine, Doctrine):
        problems.append(Problem("doctrine", f"expected a Doctrine, got {doctrine!r}"))
    if problems:
        raise InvalidInput(problems)
    check_country(by)
    when = today() if on is None else parse_date(on, field="on")
    doctrine = doctrine or DEFAULT_DOCTRINE
    status = assess_status(claim, on=when, state=by, doctrine=doctrine)
    entries = _survey(by, when, doctrine)
    obligations = [e.obligation for e in entries if e.obligation is not None]

    def find(instrument: str, provision: str) -> StateObligation | None:
        return next(
            (o for o in obligations if o.instrument == instrument and o.provision == provision),
            None,
        )

    persecution_risk = exposure(
        claim, to, _persecution_test(claim, doctrine), "persecution on a Convention ground"
    )
    torture = exposure(
        claim,
        to,
        _severe_test(
            "torture", doctrine, CAT_3, "substantial grounds for believing in a danger of torture"
        ),
        "torture",
    )
    ill_treatment = exposure(
        claim,
        to,
        _severe_test(
            "irreparable",
            doctrine,
            ICCPR_7,
            "a real risk of torture or cruel, inhuman or degrading treatment",
        ),
        "irreparable harm",
    )
    life = exposure(
        claim,
        to,
        _severe_test(
            "risk_to_life", doctrine, ICCPR_6, "a real risk of arbitrary deprivation of life"
        ),
        "arbitrary deprivation of life",
    )
    protected = protected_person(status)
    exception = art_33_2(claim)

    conv_ob = find(_C, "33(1)")
    conv_bar = _bar(
        "Refugee Convention art. 33(1) bar",
        [_bound(conv_ob, ART_33_1, by, when), in_reach(claim, by), protected, persecution_risk],
        ART_33_1,
        absolute=False,
        exception=exception,
    )
    cat_ob = find("cat-1984", "3(1)")
    cat_bar = _bar(
        "CAT art. 3 bar",
        [_bound(cat_ob, CAT_3, by, when), in_reach(claim, by, CAT_3), torture],
        CAT_3,
        absolute=True,
    )
    life_ob, ill_ob = find("iccpr-1966", "6(1)"), find("iccpr-1966", "7")
    iccpr_6_bar = _bar(
        "ICCPR art. 6(1) bar",
        [_bound(life_ob, ICCPR_6, by, when), in_reach(claim, by, ICCPR_6), life],
        ICCPR_6,
        absolute=True,
    )
    iccpr_7_bar = _bar(
        "ICCPR art. 7 bar",
        [_bound(ill_ob, ICCPR_7, by, when), in_reach(claim, by, ICCPR_7), ill_treatment],
        ICCPR_7,
        absolute=True,
    )
    # Custom knows no dateline or geographic limitation: its protected person is assessed under
    # the definition as the Protocol reads it, whatever the returning state's treaty regime.
    general = (
        status
        if status.regime.startswith("the Convention definition")
        else assess_status(claim, on=when, doctrine=doctrine)
    )
    custom_bar, custom_ob = _custom_bar(
        doctrine,
        entries,
        in_reach(claim, by, CUSTOM_CITE),
        protected_person(general),
        persecution_risk,
        exception,
        torture,
    )
    bars: list[tuple[Finding, list[StateObligation | None]]] = [
        (conv_bar, [conv_ob]),
        (cat_bar, [cat_ob]),
        (iccpr_6_bar, [life_ob]),
        (iccpr_7_bar, [ill_ob]),
        (custom_bar, [custom_ob]),
    ]
    breaches = tuple(o for bar, obs in bars if bar.verdict is Verdict.MET for o in obs if o)
    verdicts = [bar.verdict for bar, _ in bars]
    if Verdict.MET in verdicts:
        outcome = ReturnOutcome.PROHIBITED
        reason = (
            f"returning the person from {country_name(by)} to {country_name(to)} would "
            f"breach {'; '.join(str(o.citation) for o in breaches)}"
        )
    elif Verdict.UNKNOWN in verdicts:
        outcome = ReturnOutcome.UNDETERMINED
        reason = "no bar is shown to apply, but some might: see the facts that would decide it"
        if status.outcome is Status.UNDETERMINED:
            reason += (
                "; no individual determination has been made, and recognition is declaratory: "
                "returning the person before one risks refoulement"
            )
    else:
        outcome = ReturnOutcome.PERMITTED
        reason = (
            f"no obligation of {country_name(by)} bars the return to {country_name(to)} on "
            f"{when.isoformat()}"
        )
    root = _f(
        f"return from {country_name(by)} to {country_name(to)}",
        {
            ReturnOutcome.PROHIBITED: Verdict.NOT_MET,
            ReturnOutcome.PERMITTED: Verdict.MET,
            ReturnOutcome.UNDETERMINED: Verdict.UNKNOWN,
        }[outcome],
        reason,
        ART_33_1,
        CAT_3,
        children=(
            conv_bar,
            cat_bar,
            iccpr_6_bar,
            iccpr_7_bar,
            custom_bar,
            *_conflicting_duties(obligations, to),
        ),
        role="conclusion",
    )
    return ReturnAssessment(
        outcome=outcome,
        claim=claim,
        by=by,
        to=to,
        on=when,
        breaches=breaches,
        finding=root,
        status=status,
        doctrine=doctrine,
    )


def _custom_bar(
    doctrine: Doctrine,
    entries: Iterable[Any],
    reach: Finding,
    protected: Finding,
    persecution_risk: Finding,
    exception: Finding,
    torture: Finding,
) -> tuple[Finding, StateObligation | None]:
    """Customary non-refoulement: persecution (with the Art 33(2) exceptions) or torture."""
    ob = next(
        (
            e.obligation
            for e in entries
            if e.obligation is not None and e.obligation.instrument == CUSTOM
        ),
        None,
    )
    cite = _cite(CUSTOM, "non-refoulement")
    assumptions = (doctrine.position("non_refoulement_customary"),)
    customary = doctrine.non_refoulement_customary
    if customary is False:
        binds = _f(
            "customary rule binds",
            Verdict.NOT_MET,
            "on the doctrine applied, non-refoulement binds only by treaty",
            cite,
            assumptions=assumptions,
        )
    elif customary is None:
        binds = _f(
            "customary rule binds",
            Verdict.UNKNOWN,
            "whether non-refoulement is "
            "customary law is contested; the result shows what turns on it",
            cite,
            assumptions=assumptions,
            missing=("doctrine.non_refoulement_customary",),
        )
    else:
        binds = _f(
            "customary rule binds",
            Verdict.MET,
            "non-refoulement binds every state as customary international law",
            cite,
            assumptions=assumptions,
        )
    persecution_branch = protected.verdict & persecution_risk.verdict & ~exception.verdict
    risk = _f(
        "risk the customary rule covers",
        persecution_branch | torture.verdict,
        "persecution on a Convention ground (subject to the Art 33(2) exceptions) or torture",
        cite,
    )
    bar = _bar(
        "customary non-refoulement bar",
        [binds, reach, risk],
        cite,
        absolute=bool(doctrine.non_refoulement_peremptory),
    )
    return bar, ob
