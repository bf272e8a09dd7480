"""Treaty precedence: when two obligations conflict, which prevails, between whom, and why.

The rules are an ordered list (:data:`PRECEDENCE_RULES`), each a named rule of its own returning a
:class:`Decision`: peremptory norms (VCLT arts 53, 64), UN Charter Art. 103, conflict clauses
(VCLT art. 30(2)), lex posterior (art. 30(3), 30(4)(a)) or the treaty common to both states
(art. 30(4)(b)), lex specialis. The first rule that decides, decides; otherwise the conflict is
unresolved.

>>> import refugeelaw as rl
>>> obs = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on="2004-06-30")}
>>> art33 = obs[("refugee-convention-1951", "33(1)")]
>>> handback = obs[("china-dprk-border-protocol-1986", "return")]
>>> neither = rl.Doctrine(non_refoulement_peremptory=False,
...                      torture_non_refoulement_peremptory=False)
>>> ruling = rl.resolve_conflict(art33, handback, on="2004-06-30", doctrine=neither)
>>> ruling.rule.name, str(ruling.prevailing.citation)
('COMMON_TREATY', '1986 China–DPRK Border Protocol, return')
>>> print(ruling.residual_responsibility[0])
China remains responsible to the other parties of the Refugee Convention and the 1967 Protocol for any breach of art. 33(1) (VCLT art. 30(5))
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

import attrs

from .._arguments import Arguments, a_state
from ..countries import check_country, country_name
from ..doctrine import Doctrine
from ..errors import InvalidInput, Problem
from ..instruments import Instrument
from ..instruments import get as get_instrument
from ..logic import Finding, Verdict, finding
from ..results import (
    Basis,
    PrecedenceBranch,
    PrecedenceRule,
    PrecedenceRuling,
    StateObligation,
)
from ..sources import Citation
from ..sources.duties import duty
from ..states import Participation, Withdrawal, recorded
from .charter_103 import (
    charter_art_103,
    is_decision_duty,
    is_general_pledge,
    membership,
    unranked,
)
from .conflict import Conflict, Decision, as_given, given_party, is_signatory_duty
from .custom import EXCEPTIONS_READING
from .jus_cogens import BEFORE_EVIDENCE, as_reported, peremptory_norm
from .lex_specialis import lex_specialis
from .obligations import NOT_YET_SHOWN, before_the_evidence, owed_under, unrecorded_after
from .peremptory import (
    CUSTOM,
    NON_REFOULEMENT,
    TORTURE_LIMB_DATING_READING,
    TORTURE_LIMB_EVIDENCE,
    TORTURE_NON_REFOULEMENT,
    TORTURE_ONLY_READING,
    barred_parts,
    beyond_part,
    beyond_words,
    duty_name,
    hand_over_reading,
    held_limbs,
    not_held,
    part_words,
    peremptory_words,
    ruling_positions,
    torture_dating_decides,
    torture_only_decides,
)
from .vclt_30 import (
    conflict_clause,
    successive_treaties,
    yield_readings,
    yielded_parts,
    yields_to,
    yields_to_readings,
)

__all__ = ["PRECEDENCE_RULES", "resolve_conflict"]

_V = "vclt-1969"
_CHARTER = "un-charter-1945"

#: The rules of precedence in the order they are applied; the first that decides, decides.
PRECEDENCE_RULES: tuple[Callable[[Conflict], Decision], ...] = (
    peremptory_norm,
    charter_art_103,
    conflict_clause,
    successive_treaties,
    lex_specialis,
)


def named(obligation: StateObligation) -> str:
    """An obligation as a ruling names it: its citation, and for a signatory's duty under VCLT
    art. 18, owed once for each treaty signed and not yet ratified, the treaty it is owed under
    ("VCLT art. 18 (CAT)"), so that a ruling says which."""
    if is_signatory_duty(obligation):
        return f"{obligation.citation} ({signed_treaty(obligation)})"
    return str(obligation.citation)


def signed_treaty(obligation: StateObligation) -> str:
    """The treaty a signatory's duty under VCLT art. 18 is owed under, in words ("ICCPR")."""
    return obligation.owed_to.removeprefix("the parties to ")


def decide(c: Conflict) -> tuple[list[Finding], Decision]:
    """Apply the rules in order: every finding up to the deciding rule, and its decision (one with
    no rule if none decides). Where the rule decides for a part of the prevailing obligation only
    (:attr:`.conflict.Decision.part`: a duty peremptory only in its limbs held so, and not in its
    reach to other ill-treatment short of torture), the rest of it is decided as for a duty that
    is not peremptory, and the decision states both (:func:`beyond_the_part`). Where one
    obligation yields by its own terms in some parts of a bar (:func:`yielded_in_part`), the
    rules rank the two in the rest alone, and the decision says so (:func:`in_the_rest`); where
    it yields in every part left to decide, there is no conflict there."""
    yielded = yielded_in_part(c)
    # Every part left to decide of a duty peremptory only in part (the rest, after the
    # peremptory-norm rule decided the part): no conflict there. (Of a whole bar, :func:`no_conflict`
    # has said so, or a clause naming the bar's own treaty makes it prevail: art. 30(2).)
    if yielded is not None and not yielded[3] and yielded[0] in c.beyond:
        strong, weak, found, _ = yielded
        why = "; ".join(dict.fromkeys(found.values()))
        note = finding(
            f"{weak.citation} yields to {strong.citation}",
            Verdict.NOT_MET,
            f"{weak.citation} yields by its own terms in what {strong.citation} bars here: {why}; "
            "it requires nothing that part forbids, and the two do not conflict in it",
            Citation(_V, "30(1)"),
            Citation(_V, "30(2)"),
            assumptions=yield_readings(weak, tuple(found), c),
        )
        return [note], Decision(
            note,
            PrecedenceRule.NO_CONFLICT,
            statement=(
                f"{weak.citation} does not conflict with it there, yielding by its own terms: {why}"
            ),
        )
    findings = []
    for rule in PRECEDENCE_RULES:
        decision = rule(c)
        findings.append(decision.finding)
        if decision.rule is not None:
            if decision.part and decision.prevailing is not None:
                return beyond_the_part(c, findings, decision)
            return in_the_rest(findings, decision, yielded, c)
    bound = " and ".join(dict.fromkeys(country_name(o.state, c.on) for o in (c.first, c.second)))
    return in_the_rest(
        findings,
        Decision(
            findings[-1],
            PrecedenceRule.UNRESOLVED,
            statement=(
                f"no rule of precedence ranks {named(c.first)} and {named(c.second)} on the "
                f"facts the library holds and the doctrine applied: {bound} remains bound by both, "
                "and responsible for breaching either"
            ),
        ),
        yielded,
        c,
    )


#: One obligation of a pair, the bar set against it, the parts of that bar it yields in by its
#: own terms (each with why), and the parts left (:func:`yielded_in_part`).
Yielded = tuple[StateObligation, StateObligation, dict[str, str], tuple[str, ...]]


def yielded_in_part(c: Conflict) -> Yielded | None:
    """The bar of the pair (one whose whole content is its parts, :func:`.peremptory.bars_in_parts`:
    customary non-refoulement, CAT art. 3, ICCPR art. 7, ECHR art. 3), the obligation set against
    it, and the parts of the bar this conflict decides (for a duty among
    :attr:`.conflict.Conflict.beyond`, those beyond its limbs held peremptory) in which that
    obligation yields by its own terms (:func:`.vclt_30.yielded_parts`: a clause naming a
    treaty that states the part and binds the parties, or an exception), with the parts left.
    ``None`` where it yields in none. A duty that yields in every part of a bar does not conflict
    with it at all (:func:`no_conflict`); one that yields in some ranks against the rest alone."""
    for strong, weak in ((c.first, c.second), (c.second, c.first)):
        found = yielded_parts(weak, strong, c)
        if not found:
            continue
        parts = barred_parts(strong, c.doctrine, c.on)
        if strong in c.beyond:
            held = held_limbs(strong, c.doctrine)
            parts = tuple(p for p in parts if p not in held)
        found = {p: why for p, why in found.items() if p in parts}
        if found:
            return strong, weak, found, tuple(p for p in parts if p not in found)
    return None


def in_the_rest(
    findings: list[Finding], decision: Decision, yielded: Yielded | None, c: Conflict
) -> tuple[list[Finding], Decision]:
    """``decision``, ranking a bar against an obligation that yields by its own terms in some of
    its parts (``yielded``: :func:`yielded_in_part`), said of the rest alone: in the parts it
    yields in, the obligation requires nothing the bar forbids, and what the rules rank (which
    prevails, or governs between the parties) is the bar in the rest. Unchanged where nothing
    yields, or where the decision is the peremptory-norm rule's (which reads the same parts itself:
    :func:`.vclt_30.yields_in`) or the conflict clause's (the clause makes the bar prevail)."""
    skip = (PrecedenceRule.PEREMPTORY_NORM, PrecedenceRule.CONFLICT_CLAUSE)
    if yielded is None or decision.rule in skip or not yielded[3]:
        return findings, decision
    strong, weak, found, rest = yielded
    why = "; ".join(dict.fromkeys(found.values()))
    answered = tuple(found)
    said = (
        f"in so far as {duty_name(strong)} bars return {part_words(answered)}, {weak.citation} "
        f"does not conflict with it, yielding by its own terms: {why}"
    )
    note = finding(
        f"{weak.citation} yields in part of {strong.citation}",
        Verdict.MET,
        f"{said}; the rules rank the two only in so far as {duty_name(strong)} bars return "
        f"{part_words(rest, answered)}",
        Citation(_V, "30(1)"),
        Citation(_V, "30(2)"),
        role="note",
        assumptions=yield_readings(weak, answered, c),
    )
    statement = decision.statement or decision.finding.reason
    return [*findings, note], attrs.evolve(
        decision,
        statement=(
            f"{said}; in so far as it bars return {part_words(rest, answered)}: {statement}"
        ),
    )


def beyond_the_part(
    c: Conflict, findings: list[Finding], decision: Decision
) -> tuple[list[Finding], Decision]:
    """A decision for the part of a duty that is peremptory (:func:`.peremptory.beyond_peremptory`:
    ICCPR art. 7 and ECHR art. 3 in so far as they bar return to torture, on
    :data:`.peremptory.TORTURE_ONLY_READING`; customary non-refoulement in the limbs the doctrine
    holds peremptory, on that reading too where it reaches other ill-treatment), completed by the
    rest: the rules applied again to the pair, the duty taken as not peremptory in the rest (UN
    Charter Art. 103, read with Al-Jedda, or VCLT art. 30 then rank it as they rank any such
    duty). The ruling keeps the peremptory part's rule and prevailing obligation, and states the
    rest's outcome after it, with its findings and the responsibility it keeps. The reading is
    named where it decides (:func:`.peremptory.torture_only_decides`); a split that is the
    doctrine's own limb positions alone rests on those positions, named as they are.

    Where the part's decision voids the displaced obligation's treaty (VCLT arts 53, 64), it does
    so on the reading that the treaty requires return to what the part bars; on that reading the
    treaty, void, ranks against no part of the duty, which stands whole (arts 44(5), 71: as
    against a duty to hand back void by its own terms). The rest is then ranked only on the
    other reading, on which the treaty requires return to other ill-treatment alone and is not
    void (:attr:`.conflict.Decision.otherwise`), and the ruling's ``void`` is not that
    reading's."""
    partial, weak = decision.prevailing, decision.displaced
    assert partial is not None
    rest_findings, rest = decide(attrs.evolve(c, beyond=(*c.beyond, partial)))
    scope = beyond_part(partial, c.doctrine, c.on)
    rest_words = rest.statement or rest_findings[-1].reason
    why = not_held(partial, c.doctrine, c.on)
    reading = TORTURE_ONLY_READING if torture_only_decides(partial, c.doctrine, c.on) else ""
    ranked = Verdict.UNKNOWN if rest.rule is PrecedenceRule.UNRESOLVED else Verdict.MET
    cites = (
        partial.citation,
        Citation("icj-belgium-v-senegal-2012", "99"),
        Citation("ilc-peremptory-norms-2022", "annex(g)"),
    )
    element = f"{partial.citation} beyond the peremptory norm"
    if weak is None or not voided(weak, decision):
        part = finding(
            element,
            ranked,
            f"{scope}, it is not peremptory ({why}), and ranks as a duty that is not: {rest_words}",
            *cites,
            children=rest_findings,
            assumptions=(reading,) if reading else (),
        )
        return [*findings, part], attrs.evolve(
            decision,
            rest=rest,
            part_statement=decision.statement,
            part_reading=reading,
            void=tuple(dict.fromkeys((*decision.void, *rest.void))),
            residual=tuple(
                dict.fromkeys((*decision.residual, *(f"{scope}: {r}" for r in rest.residual)))
            ),
            statement=f"{decision.statement}; {scope}, which is not held peremptory: {rest_words}",
        )
    stands = stands_whole(partial, weak, c.doctrine, c.on)
    other = other_reading(partial, weak, c.doctrine, c.on)
    otherwise = finding(
        f"{weak.citation} not void, {other}",
        ranked,
        f"{other}, {weak.citation} does not conflict with the peremptory norm and is not void; "
        f"{scope}, it is not peremptory ({why}), and ranks as a duty that is not: {rest_words}",
        *cites,
        children=rest_findings,
        role="note",
    )
    part = finding(
        element,
        Verdict.MET,
        stands,
        *cites,
        Citation(_V, "44(5)"),
        Citation(_V, "71(1)"),
        children=[otherwise],
        assumptions=(reading,) if reading else (),
    )
    return [*findings, part], attrs.evolve(
        decision,
        otherwise=rest,
        part_statement=decision.statement,
        part_reading=reading,
        residual=tuple(
            dict.fromkeys((*decision.residual, *(f"{other}: {r}" for r in rest.residual)))
        ),
        statement=(
            f"{decision.statement}; {stands}; {other}, it is not void, and {partial.citation}, "
            f"which is not held peremptory in that part, ranks against it: {rest_words}"
        ),
    )


def voided(weak: StateObligation, decision: Decision) -> bool:
    """Whether ``decision`` voids the treaty ``weak`` arises under (VCLT arts 53, 64)."""
    return any(k in decision.void for k in (weak.instrument, weak.via) if k is not None)


def stands_whole(
    strong: StateObligation, weak: StateObligation, doctrine: Doctrine, on: dt.date
) -> str:
    """What follows, for a duty peremptory only in part on ``on``, from the void of ``weak``'s
    treaty on the reading that it requires return to what the part bars: the duty stands whole
    against it, the rest included, since a void treaty prevails over nothing (VCLT arts 44(5),
    71)."""
    return (
        f"on the reading that {weak.citation} requires return {peremptory_words(strong, doctrine)},"
        f" on which it is void, {strong.citation} stands whole against it, its bar on return "
        f"{beyond_words(strong, doctrine, on)} included: a void treaty prevails over nothing "
        "(VCLT arts 44(5), 71)"
    )


def other_reading(
    strong: StateObligation, weak: StateObligation, doctrine: Doctrine, on: dt.date
) -> str:
    """The reading on which ``weak``'s treaty, set against a duty peremptory only in part on
    ``on``, is not void: it requires return only to what the duty bars beyond that part."""
    return (
        f"on the reading that {weak.citation} requires return "
        f"{beyond_words(strong, doctrine, on)} alone"
    )


# ---------------------------------------------------------------------------------------------
# Before the rules: whether the obligations conflict at all, and what the argument cited.
# ---------------------------------------------------------------------------------------------


def corrections(cited: Iterable[Citation]) -> tuple[str, ...]:
    """Errors in the argument as put: UN Charter Art. 102 cited for the Charter's priority."""
    out = []
    for c in cited:
        if c.instrument == _CHARTER and c.provision.startswith("102"):
            out.append(
                "UN Charter Art. 102 concerns the registration of treaties (and, in 102(2), bars "
                "invoking an unregistered treaty before a UN organ); the priority of Charter "
                "obligations is Art. 103"
            )
    return tuple(out)


#: The sense of "conflict" in which VCLT arts 30, 53 and 64 rank or void: complying with one
#: obligation means breaching the other (a conflict in the strict sense: C. W. Jenks, "The
#: Conflict of Law-Making Treaties" (1953) 30 BYIL 401). Two duties that can both be performed by
#: not removing a person (a bar on return and a duty to co-operate with UNHCR, to refer disputes
#: to the ICJ, not to penalise illegal entry, or another bar) never put a State in that position.
STRICT_CONFLICT = (
    "a State performs both by not removing the person, so complying with one never means "
    "breaching the other: there is no conflict for VCLT art. 30 to rank, and none that could make "
    "a treaty void under arts 53 and 64"
)

#: Why a duty whose exception permits a removal (Refugee Convention arts 32(1), 33(2)) conflicts
#: with no bar on that removal, on the strict notion of conflict (:data:`STRICT_CONFLICT_READING`).
PERMISSION = (
    "a permission is not a requirement: an exception that permits a removal lifts a bar, it does "
    "not oblige the State to remove anyone, and a State that does not use it breaches nothing"
)


#: Why the obligations of two different States do not conflict: a conflict, for the rules of
#: precedence, is between obligations of one State, which cannot perform both. UN Charter Art. 103
#: ranks "the obligations of the Members of the United Nations under the present Charter and their
#: obligations under any other international agreement", each Member's against its own; VCLT art.
#: 30(1) determines "the rights and obligations of States parties to successive treaties"; and a
#: treaty is void under arts 53 and 64 where it conflicts with a peremptory norm, whatever another
#: State owes.
OTHER_STATES = (
    "obligations of different States do not conflict, since each State can perform its own "
    "whatever the other does; UN Charter Art. 103 ranks a Member's obligations under the Charter "
    "against its own obligations under other agreements, and VCLT arts 30, 53 and 64 rank or void "
    "the obligations of one State: set each against the other obligations of the same State"
)


#: The reading on which an exception that permits a removal conflicts with no bar on it, named
#: where it decides (:func:`permission_meets_bar`, and the rules of precedence, applied to the two
#: as in conflict, give another answer): the notion of conflict is itself contested. On the wider
#: notion, a permissive norm may conflict with a prescriptive one (E. Vranes, "The Definition of
#: 'Norm Conflict' in International Law and Legal Theory" (2006) 17 EJIL 395, arguing against the
#: narrow definition it describes as prevailing in doctrine), and the two are ranked.
STRICT_CONFLICT_READING = (
    "an exception that permits a removal (Refugee Convention arts 32(1), 33(2)) is read not to "
    "conflict with a bar on that removal, conflict being taken in the strict sense: complying with "
    'one obligation means breaching the other (C. W. Jenks, "The Conflict of Law-Making Treaties" '
    "(1953) 30 BYIL 401), the definition E. Vranes describes as prevailing in international law "
    "doctrine; on the wider notion he argues for, a permissive norm may conflict with a "
    "prescriptive one (\"The Definition of 'Norm Conflict' in International Law and Legal Theory\" "
    "(2006) 17 EJIL 395), and the two would conflict, the bar standing against the permission"
)


def permission_meets_bar(first: StateObligation, second: StateObligation) -> bool:
    """Whether one of two obligations permits, by an exception of its own, a removal the other bars
    (``Duty.removal`` ``"permits"``: Refugee Convention arts 32(1), 33(1); against a bar on return,
    ``norm`` non-refoulement, or a duty with other exceptions): the pairs in which only the strict
    notion of conflict finds none (:data:`STRICT_CONFLICT_READING`). Customary non-refoulement,
    whose exceptions the catalogue does not hold, is a bar on what the permission allows in its
    torture limb at least (:func:`custom_limbs_stand`, which reads its refugee limb with art.
    33(2)'s exceptions, as the return rules do). Two duties neither of which
    permits or requires a removal (Protocol art. IV, Convention arts 31(1), 35(1) against a bar)
    conflict on no notion: the State performs both, and neither allows what the other forbids."""
    for a, b in ((first, second), (second, first)):
        permits = duty(a.instrument, a.provision)
        if permits is None or permits.removal != "permits":
            continue
        other = duty(b.instrument, b.provision)
        if other is not None and other.removal == "permits":
            if set(other.exceptions) != set(permits.exceptions):
                return True
        elif b.norm == NON_REFOULEMENT:
            return True
    return False


#: The Refugee Convention, whose art. 5 keeps the rights granted to refugees apart from it.
_CONVENTION = "refugee-convention-1951"


class WideConflict(NamedTuple):
    """What the wider notion of conflict gives for a permission and a bar (:func:`bar_stands`):
    whether they conflict on it (``UNKNOWN`` where a limb of the bar is not shown on the date),
    why, in words, the provisions that rests on, and the reading it names where one decides."""

    verdict: Verdict
    words: str
    cites: tuple[Citation, ...]
    assumptions: tuple[str, ...] = ()


def bar_stands(first: StateObligation, second: StateObligation, on: dt.date) -> WideConflict:
    """What the wider notion of conflict (:data:`STRICT_CONFLICT_READING`) gives on ``on`` where one
    obligation's exception permits a removal the other bars (:func:`permission_meets_bar`): the
    bar stands. On that notion the conflict is between the permission (Refugee Convention art.
    33(2), or art. 32(1)'s grounds) and the bar, not between the whole of art. 33(1) or 32(1) and
    it; and nothing ranks the permission above the bar:

    - the permission lifts its own article's bar, not another's;
    - it cannot prevail as a peremptory norm: what a peremptory norm makes non-derogable is a
      prohibition (VCLT art. 53: "a norm from which no derogation is permitted"), not an
      exception to one, and a bar that forbids more (CAT art. 3, ECHR art. 3) derogates from
      nothing;
    - against a bar under another treaty, the Convention's own art. 5 ("Nothing in this
      Convention shall be deemed to impair any rights and benefits granted by a Contracting State
      to refugees apart from this Convention") is a clause of the kind VCLT art. 30(2) gives
      effect to; against the Convention's other article, the two are read together (VCLT art.
      31(1)), and a removal is permitted only where both permit it;
    - against customary non-refoulement, limb by limb (:func:`custom_limbs_stand`): its refugee
      limb is read with art. 33(2)'s exceptions (:data:`.custom.EXCEPTIONS_READING`, the reading
      the return rules apply), so art. 33(2)'s permission lifts it too, and conflicts with it on
      no notion; its torture limb, which admits no exception of that kind, stands from the
      earliest evidence the library holds of it, and before that whether it barred the removal
      at all is not shown (``UNKNOWN``).

    Only CAT art. 3, ICCPR art. 7 and ECHR art. 3 are said to admit no exception themselves: the
    catalogue's ``absolute`` marks every bar with no exception of art. 33(2)'s kind, and ECHR art.
    2(1) and ICCPR art. 6 name exceptions of their own (a sentence of a court), while ECHR art. 6
    reaches a removal only to a flagrant denial of justice."""
    pairs = ((first, second), (second, first))
    permit, bar = next(
        ((a, b) for a, b in pairs if _removal_words(a)[1]),
        pairs[0],
    )
    listed = duty(permit.instrument, permit.provision)
    excepts = tuple(x for x in (listed.exceptions if listed else ()) if x != permit.citation)
    what = (
        f"the exception in {' and '.join(map(str, excepts))} permits"
        if excepts
        else f"the grounds {permit.citation} names permit"
    )
    peremptory = (
        "nor can a permission prevail as a peremptory norm: what such a norm makes "
        'non-derogable (VCLT art. 53: "a norm from which no derogation is permitted") is a '
        "prohibition, not an exception to one, and a bar that forbids more derogates from nothing"
    )
    cites = [Citation(_V, "30(1)"), Citation(_V, "53")]
    if bar.instrument == CUSTOM:
        verdict, said, readings = custom_limbs_stand(permit, bar, excepts, what, on)
        return WideConflict(
            verdict,
            f"{said}; {peremptory}",
            (*cites, Citation(_CONVENTION, "33(2)")),
            readings,
        )
    words = [
        f"{what} a removal that {bar.citation} bars, and {bar.citation} stands: the "
        f"permission lifts the bar of {permit.citation}, not that of {bar.citation}",
        peremptory,
    ]
    if set(owed_under(permit)) & set(owed_under(bar)):
        words.append(
            "both are the Convention's own, read together (VCLT art. 31(1)): each bars a removal "
            "save on its own terms, so the State may remove only where both permit it"
        )
        cites.append(Citation(_V, "31(1)"))
    else:
        words.append(
            'the Convention provides that "nothing in this Convention shall be deemed to impair '
            "any rights and benefits granted by a Contracting State to refugees apart from this "
            'Convention" (art. 5), a clause of the kind VCLT art. 30(2) gives effect to: '
            f"{bar.citation} prevails over the permission"
        )
        cites += [Citation(_CONVENTION, "5"), Citation(_V, "30(2)")]
    if (bar.instrument, bar.provision.split("(")[0]) in TORTURE_NON_REFOULEMENT:
        words.append(f"{bar.citation} itself admits no exception")
    return WideConflict(Verdict.MET, "; ".join(words), tuple(cites))


def custom_limbs_stand(
    permit: StateObligation,
    bar: StateObligation,
    excepts: tuple[Citation, ...],
    what: str,
    on: dt.date,
) -> tuple[Verdict, str, tuple[str, ...]]:
    """Whether the permission of ``permit`` (its exceptions ``excepts``, in words ``what``)
    conflicts on the wider notion with customary non-refoulement (``bar``) on ``on``, limb by limb,
    why in words, and the readings named where they decide:

    - the refugee limb is read with the exceptions of Refugee Convention art. 33(2)
      (:data:`.custom.EXCEPTIONS_READING`, which the return rules apply: a ground of art. 33(2)
      lifts custom's refugee limb there too), so art. 33(2)'s permission lifts it, and the two do
      not conflict in it on any notion; art. 32(1)'s grounds are not among those exceptions, and
      the limb stands against them, whether custom admits art. 33(2)'s or none;
    - the torture limb admits no exception of art. 33(2)'s kind and stands, from the earliest
      evidence the library holds of it (:data:`.peremptory.TORTURE_LIMB_EVIDENCE`, CAT art. 3's
      adoption, on the reading :data:`.peremptory.TORTURE_LIMB_DATING_READING` names, where that
      decides); before that it is not shown to bar the removal at all, and whether the two
      conflict rests on it alone where the refugee limb does not (``UNKNOWN``)."""
    torture_shown = on >= TORTURE_LIMB_EVIDENCE
    torture = (
        f"{duty_name(bar)}'s torture limb, which admits no exception of art. 33(2)'s kind, "
        "stands against the permission"
        if torture_shown
        else f"whether {duty_name(bar)} then barred return to torture, which no exception of "
        "art. 33(2)'s kind "
        "lifts, is not shown before the earliest evidence the library holds of that limb (CAT "
        f"art. 3, adopted {TORTURE_LIMB_EVIDENCE.isoformat()}): if it did, that limb would stand "
        "against the permission"
    )
    lifted = Citation(_CONVENTION, "33(2)") in excepts
    if lifted:
        refugee = (
            f"{what} a removal that {permit.citation} bars, and lifts {duty_name(bar)}'s refugee "
            "limb too, which is read with the exceptions of Refugee Convention art. 33(2) (as the "
            "return rules read it): in that limb the two do not conflict on any notion"
        )
        verdict = Verdict.MET if torture_shown else Verdict.UNKNOWN
        # Only the torture limb stands against the permission: its date decides, where it does.
        dated = (TORTURE_LIMB_DATING_READING,) if torture_dating_decides(on) else ()
        return verdict, f"{refugee}; {torture}", (EXCEPTIONS_READING, *dated)
    refugee = (
        f"{what} a removal that {duty_name(bar)} bars, and its refugee limb stands: the "
        f"permission lifts the bar of {permit.citation}, not that limb, which admits the "
        "exceptions of Refugee Convention art. 33(2) at most"
    )
    return Verdict.MET, f"{refugee}; {torture}", ()


def requires_removal(ob: StateObligation) -> bool | None:
    """Whether ``ob``'s terms can require the State to remove a person (expel, return, hand back,
    extradite): ``True`` for a duty the catalogue marks ``"requires"`` (``Duty.removal``: the
    China–DPRK hand-back protocols), ``False`` for one it marks ``"permits"`` or ``"neither"``
    (Refugee Convention arts 31(1), 32(1), 33(1), 35(1); Protocol arts II(1), IV; the bars on
    return), for any obligation that states non-refoulement (``norm``: it forbids a return,
    custom and an obligation of the caller's own included) and for a signatory's duty under VCLT
    art. 18 (:func:`.conflict.is_signatory_duty`: "to refrain from acts", which requires none);
    ``None`` where its content is not known (an obligation of the caller's own, taken as stated,
    that names no norm)."""
    listed = duty(ob.instrument, ob.provision)
    if listed is not None:
        return listed.removal == "requires"
    if ob.norm == NON_REFOULEMENT or is_signatory_duty(ob):
        return False
    return None


def _removal_words(ob: StateObligation) -> tuple[str, bool]:
    """What ``ob`` says of removing a person, in words, and whether an exception of its own
    permits one (``Duty.removal`` ``"permits"``)."""
    listed = duty(ob.instrument, ob.provision)
    if listed is not None and listed.removal == "permits":
        others = [str(c) for c in listed.exceptions if c != ob.citation]
        if others:
            return (
                f"{ob.citation} bars a removal save where {' and '.join(others)} permits one",
                True,
            )
        return f"{ob.citation} bars a removal save on the grounds it names, which permit one", True
    if ob.norm == NON_REFOULEMENT:
        return f"{ob.citation} bars a return", False
    if is_signatory_duty(ob):
        return (
            f"{named(ob)} obliges the State only to refrain from acts which would defeat the "
            f"object and purpose of {signed_treaty(ob)}, and requires no act, a removal included",
            False,
        )
    return f"{ob.citation} is a duty {listed.duty if listed is not None else ob.duty}", False


def no_conflict(
    first: StateObligation,
    second: StateObligation,
    on: dt.date | None = None,
    c: Conflict | None = None,
) -> str | None:
    """Why two obligations do not conflict, if they do not: two expressions of one norm (e.g.
    non-refoulement in a treaty and in custom) can both be performed, a general pledge is not a
    specific obligation another can contradict, and two duties neither of which can require a
    removal (:func:`requires_removal`) can both be performed by not removing the person
    (:data:`STRICT_CONFLICT`), nor a duty about something other than removal
    (:func:`silent_on_removal`) and a duty to remove (the hand-back protocols), nor a
    signatory's duty under VCLT art. 18, which requires no removal, and a duty to remove, on the
    reading of art. 18 :func:`resolve_conflict` names (:func:`interim_against_removal`). A
    permission is not a requirement: Refugee Convention art. 32(1)'s grounds and art. 33(2) lift
    the Convention's own bar, and a State that does not use them breaches nothing, so neither
    conflicts with CAT art. 3 or ICCPR art. 7 on the strict notion of conflict, a reading
    :func:`resolve_conflict` names where it decides
    (:data:`STRICT_CONFLICT_READING`). Obligations of two different States never conflict
    (:data:`OTHER_STATES`), and a duty that yields by its own terms to the other, naming it in
    its exceptions or yielding in every part of a bar (:func:`.vclt_30.yields_to`, with ``c``,
    the pair as the rules would read it: the caller's instruments, the doctrine and the date),
    requires nothing it forbids. A duty of unknown content (the caller's own,
    naming no norm) is taken as stated: the rules rank it. ``on`` names the States as they were
    named that day."""
    if first == second:
        return (
            f"{first.citation} is given twice: an obligation does not conflict with itself, "
            "and there is nothing to rank"
        )
    if first.state != second.state:
        return (
            f"{named(first)} binds {country_name(first.state, on)} and {named(second)} binds "
            f"{country_name(second.state, on)}: {OTHER_STATES}"
        )
    if first.norm is not None and first.norm == second.norm:
        return (
            f"{first.citation} and {second.citation} both forbid the return: a state performs "
            "both by not returning the person, so they apply cumulatively and neither displaces "
            "the other"
        )
    pledge = next((o for o in (first, second) if is_general_pledge(o)), None)
    if pledge is not None:
        other = second if pledge is first else first
        return (
            f"{pledge.citation} is a general pledge to promote human rights, not a specific "
            f"obligation that {other.citation} contradicts: there is no conflict to resolve, "
            "under UN Charter Art. 103 or otherwise"
        )
    idle = next(
        (o for o in (first, second) if o.instrument == _CHARTER and not is_decision_duty(o)), None
    )
    if idle is not None:
        return unranked(idle, second if idle is first else first)
    if requires_removal(first) is False and requires_removal(second) is False:
        (words_a, permit_a), (words_b, permit_b) = _removal_words(first), _removal_words(second)
        return (
            f"neither {named(first)} nor {named(second)} can require a removal: {words_a}; "
            f"{words_b}; {STRICT_CONFLICT}" + (f"; {PERMISSION}" if permit_a or permit_b else "")
        )
    for a, b in ((first, second), (second, first)):
        saved = yields_to(a, b, c) if c is not None else ""
        if saved:
            return (
                f"{saved}: it requires nothing {b.citation} forbids, so a State performs both; "
                "there is no conflict for VCLT art. 30 to rank, and none that could make a treaty "
                "void under arts 53 and 64"
            )
    silent = next((o for o in (first, second) if silent_on_removal(o)), None)
    other = second if silent is first else first
    if silent is not None and requires_removal(other) is True:
        # A duty to remove (the catalogue's "requires": the hand-back protocols) against one about
        # something else; a duty of unknown content (a Council decision's) may require anything.
        return (
            f"{_removal_words(silent)[0]}, which says nothing of removing a person: a State "
            f"performs it whether or not it carries out any removal that {other.citation} may "
            f"require, so complying with one never means breaching the other: {NEITHER_ASKED}"
        )
    return interim_against_removal(first, second, on) or None


#: Why a duty about something other than removal conflicts with no duty to remove (on any notion
#: of conflict: neither forbids nor permits what the other requires).
NEITHER_ASKED = (
    "there is no conflict for VCLT art. 30 to rank, and none that could make a treaty void under "
    "arts 53 and 64; whether a removal is barred is a question for the bars on return"
)


#: The reading of VCLT art. 18 on which a signatory's duty does not conflict with a duty to remove
#: (:func:`interim_against_removal`), named where it decides: how far art. 18 reaches is
#: contested.
INTERIM_DUTY_READING = (
    "VCLT art. 18 is read to forbid a signatory only acts that would defeat the object and purpose "
    "of the treaty it signed as a whole, impairing an essential element of it so that its raison "
    "d'être goes (the test the ILC's Guide to Practice on Reservations to Treaties (2011), "
    "guideline 3.1.5, gives for a treaty's object and purpose, which A. Svetličič applies to art. "
    '18: "Obligation of a State not to Defeat the Object and Purpose of a Treaty between its '
    'Signature and Entry into Force", Pravnik 132 (2015) 361), not each act the treaty would '
    "forbid a party, so that performing a duty to hand a person back does not in itself breach "
    "it. Art. 18 defines neither its contours nor when it is breached (P. Gragl and M. "
    'Fitzmaurice, "The Legal Character of Article 18 of the Vienna Convention on the Law of '
    'Treaties", ICLQ 2019), and a wider reading has support for treaties that protect persons: '
    "the Constitutional Court of the Russian Federation, on 19 November 2009, kept the moratorium "
    "on the death penalty until Russia ratifies ECHR Protocol No. 6, which it had signed in 1997, "
    "citing art. 18 (JURIST's report); and J. Klabbers finds the interim obligation's traditional "
    "conception insufficient for normative treaties (\"How to Defeat a Treaty's Object and Purpose "
    'Pending Entry into Force: Toward Manifest Intent" (2001) 34 Vanderbilt Journal of '
    "Transnational Law 283). On that reading, returning a person to a harm the signed treaty's "
    "central guarantees forbid (torture, under CAT) may defeat its object and purpose, and a duty "
    "to hand persons back without exception, which may require such a return, would conflict "
    "with the signatory's duty and be ranked against it"
)


def interim_against_removal(
    first: StateObligation, second: StateObligation, on: dt.date | None = None
) -> str:
    """Why a signatory's duty under VCLT art. 18 (:func:`.conflict.is_signatory_duty`) does not
    conflict with a duty that can require a removal (:func:`requires_removal` ``True``: the
    China–DPRK hand-back protocols), on :data:`INTERIM_DUTY_READING`; ``""`` for any other
    pair. Art. 18: "A State is obliged to refrain from acts which would defeat the object and
    purpose of a treaty when: (a) it has signed the treaty [...] until it shall have made its
    intention clear not to become a party to the treaty". It obliges the signatory not to defeat
    the treaty, not to perform its provisions (were it so, signature would be ratification), and
    requires no removal; a removal the other duty requires does not by itself defeat the signed
    treaty's object and purpose, so complying with the other duty does not mean breaching art. 18
    (:data:`STRICT_CONFLICT`'s notion of conflict). Against a duty that requires no removal (a bar
    on return, above all), no reading is needed: :func:`no_conflict` finds that neither can
    require one."""
    for signed, other in ((first, second), (second, first)):
        if is_signatory_duty(signed) and requires_removal(other) is True:
            treaty = signed_treaty(signed)
            return (
                f"{named(signed)} obliges {country_name(signed.state, on)} only to refrain from "
                f"acts which would defeat the object and purpose of {treaty}, not to perform "
                f"{treaty}'s provisions; it requires no removal, and a removal that "
                f"{other.citation} may require does not by itself defeat {treaty}'s object and "
                f"purpose, so complying with one does not mean breaching the other: "
                f"{NEITHER_ASKED}"
            )
    return ""


def silent_on_removal(ob: StateObligation) -> bool:
    """Whether ``ob`` is a duty about something other than removing a person, which a removal
    neither performs nor breaches: the catalogue marks it ``"neither"`` (``Duty.removal``) and it
    states no bar on return (``norm``): co-operation with UNHCR (Refugee Convention art. 35(1),
    Protocol art. II(1)), non-penalisation of illegal entry (art. 31(1)), referral of disputes
    (Protocol art. IV). A bar without exception (CAT art. 3) is marked ``"neither"`` too, but
    forbids a return, so it is not silent on it."""
    listed = duty(ob.instrument, ob.provision)
    return listed is not None and listed.removal == "neither" and ob.norm is None


def silent_against_unread(first: StateObligation, second: StateObligation) -> str:
    """The premise a ruling rests on where one obligation is about something other than removal
    (:func:`silent_on_removal`: Refugee Convention art. 35(1), say) and the other is the caller's
    own, of a content the library cannot read (:func:`requires_removal` ``None``: a duty to
    readmit, given in words): a duty to remove and such a duty conflict on no notion
    (:func:`no_conflict`), but whether the caller's duty requires only removals the library
    cannot tell from its words, so the rules rank the two as given, and the ruling names the
    premise. ``""`` otherwise."""
    for silent, other in ((first, second), (second, first)):
        if silent_on_removal(silent) and requires_removal(other) is None:
            return (
                f"{other.citation} is ranked against {silent.citation} as given, taken to require "
                f"something {silent.citation} forbids: the library cannot tell from its words "
                f"whether it requires only the removal of persons, and if it does, "
                f"{silent.citation}, which says nothing of removing a person, does not conflict "
                f"with it on any notion of conflict ({NEITHER_ASKED}), and neither prevails"
            )
    return ""


def continuing(o: StateObligation, when: dt.date, extra: Iterable[Participation] = ()) -> str:
    """The position a ruling relies on where ``o``'s treaty binds its state on ``when`` only as
    the data's last word on it, read forward: the date is after the last the participation data
    speaks for (:func:`.obligations.unrecorded_after`), and no record of the caller's covers it.
    ``""`` where the data speaks for the date, or the obligation is not under a treaty the
    library holds, or its record gives no day from which the treaty bound the state, so that
    nothing is read forward (the 1964 China–DPRK protocol, whose entry into force no source
    gives)."""
    if (
        o.basis is not Basis.TREATY
        or any(p.state == o.state and p.instrument == o.instrument for p in extra)
        or _entry_undated(o)
    ):
        return ""
    try:
        inst = get_instrument(o.instrument)
    except InvalidInput:
        return ""  # an instrument of the caller's own: its records are the caller's
    later = unrecorded_after(o.state, inst, when)
    if not later:
        return ""
    return (
        f"{inst} is taken still to bind {country_name(o.state, when)} on {when.isoformat()}, as a "
        f"treaty in force does until it is shown to have ended (VCLT art. 42(2)): {later}"
    )


def taken_as_given(
    o: StateObligation,
    when: dt.date,
    instruments: Iterable[Instrument] = (),
    extra: Iterable[Participation] = (),
) -> str:
    """The premise a ruling rests on where ``o`` binds its state, or a counterparty it names, on
    ``when`` only as the caller gives it (``conflict.as_given``): no State has a participation
    record for its instrument, so the obligation is read as its own record, binding its state
    and the counterparties it is owed to; or, the caller giving records for some States and not
    for one the obligation names, the obligation is that State's record (for a bilateral
    treaty, the other party's record is, ``conflict.given_party``). ``""`` otherwise."""
    own = {i.key: i for i in instruments}
    extra = tuple(extra)
    inst = own.get(o.instrument)
    what = inst or o.instrument
    taken = [
        s
        for s in dict.fromkeys((o.state, *o.counterparties))
        for given in (as_given(o, when, own, extra, state=s),)
        if given is not None and given[0] is Verdict.MET
    ]
    if not taken:
        return ""
    since = f", from {o.since.isoformat()}" if o.since is not None else ""
    if not any(recorded(own.get(k, k), extra) for k in (o.instrument, o.via) if k is not None):
        if o.state not in taken:
            return ""
        who = " and ".join(
            country_name(s, when) for s in dict.fromkeys((o.state, *o.counterparties))
        )
        return (
            f"no State has a participation record for {what}: {named(o)} is taken to bind as "
            f"given{since}, and {who} to be "
            + ("parties" if o.counterparties else "a party")
            + " to it (VCLT arts 24, 26)"
        )
    premises = []
    for s in taken:
        other = given_party(o, s, own, extra)
        if other is not None:
            premises.append(
                f"{country_name(s, when)} is taken to be a party with "
                f"{country_name(other, when)}, as {country_name(other, when)}'s record shows, a "
                "bilateral treaty binding both its parties from the same day (VCLT art. 24)"
            )
        else:
            premises.append(
                f"{country_name(s, when)} is taken to be a party as {named(o)} gives it{since} "
                "(VCLT arts 24, 26)"
            )
    return (
        f"no participation record for {what} is given for "
        + " and ".join(country_name(s, when) for s in taken)
        + ": "
        + "; ".join(premises)
    )


def binding(
    o: StateObligation,
    when: dt.date,
    instruments: Iterable[Instrument] = (),
    extra: Iterable[Participation] = (),
) -> tuple[Verdict, str]:
    """Whether a treaty obligation binds its state on ``when`` (VCLT arts 24, 28: a treaty binds
    from its entry into force for the state, not before), and why not where it does not. The
    obligation may say since when it binds; on an earlier date, or where it does not say (an
    obligation a user built), the participation data decides, through any instrument the
    obligation arises under (:func:`.obligations.owed_under`: Convention arts 2–34 under the
    Convention and, by Protocol art. I(1), the Protocol, whatever ``via`` says); where the data
    cannot say (an undated record, a date beyond it), it is unknown. Customary non-refoulement
    binds from the library's earliest evidence that it was custom (ExCom Conclusion No. 6,
    adopted on 12 October 1977): before it, as :func:`refugeelaw.obligations_of` says, whether it
    bound is unknown. Other
    obligations (another custom, a peremptory norm) and dates from ``since`` on are taken as
    given. Under an instrument of the user's own that the data does not record, where its state
    has no participation record in ``extra`` (passed in ``instruments`` or not), the obligation
    is its own record (``conflict.as_given``, which ``Conflict.parties`` reads too): as the other
    party's record shows, for a bilateral treaty with one; else from ``since`` and not before;
    without ``since``, never before the instrument's adoption or its entry into force, and from
    a date of entry into force only where it is the State's (a bilateral's): otherwise unknown.
    An obligation under the UN Charter binds only a Member of the
    United Nations (:func:`.charter_103.membership`): there the data decides membership whatever
    an earlier ``since`` says, and a later ``since`` (a Security Council decision's adoption)
    still decides from when the obligation binds the Member: the later of the two."""
    member = membership(o, when, instruments, extra)
    if member is not None:
        return member
    if o.instrument == CUSTOM and o.norm == NON_REFOULEMENT and before_the_evidence(when):
        return Verdict.UNKNOWN, NOT_YET_SHOWN.format(on=when.isoformat())
    ended = _ended(o, extra)
    end = None if ended is None else (ended.in_doubt_from or ended.effective)
    if o.basis is not Basis.TREATY or (
        o.since is not None and when >= o.since and (end is None or when < end)
    ):
        # From ``since`` the obligation binds, until its participation ends or its end is in
        # doubt: from then the data decides (an obligation of 1980 under the 1964 China–DPRK
        # protocol, asked of 2020).
        return Verdict.MET, ""
    from ..states import party_status

    own = {i.key: i for i in instruments}
    given = as_given(o, when, own, extra)
    if given is not None:
        return given
    found = []
    for key in owed_under(o):
        try:
            found.append(party_status(o.state, own.get(key, key), on=when, extra=extra))
        except InvalidInput:  # an instrument of the user's own, not passed in ``instruments``
            continue
    if not found:  # ``since`` decides, or, not given, the obligation is taken as given
        return (Verdict.MET, "") if o.since is None else (Verdict.NOT_MET, "")
    verdict = Verdict.any([f.verdict for f in found])
    return verdict, "" if verdict is Verdict.MET else "; ".join(f.reason for f in found)


def _what_decides(o: StateObligation, when: dt.date, extra: Iterable[Participation] = ()) -> str:
    """What would decide whether ``o`` binds its state on ``when``, a date the data cannot speak
    to: for a signatory's duty (VCLT art. 18), whether the treaty it signed had come to bind it
    itself, or, as custom before its earliest evidence (the VCLT's adoption), whether custom
    already imposed it."""
    if is_signatory_duty(o) and o.basis is Basis.CUSTOM and o.since is not None and when < o.since:
        return (
            "evidence that VCLT art. 18's interim obligation was already customary law on that "
            "date, before the VCLT's adoption"
        )
    if is_signatory_duty(o):
        return (
            f"whether {country_name(o.state, when)} had by then become bound by the treaty it signed "
            f"(the duty is owed to {o.owed_to}; a participation record: see party_status)"
        )
    if o.basis is not Basis.TREATY:
        return f"evidence that {o.norm or o.provision} was already customary law on that date"
    if o.instrument == _CHARTER:
        return (
            f"the dates of {country_name(o.state, when)}'s membership of the United Nations "
            "(a participation record for the UN Charter: see party_status)"
        )
    doubt = _end_in_doubt(o, when, extra)
    if doubt is not None:
        # Bound once, and the sources leave open whether it still was (the 1964 China–DPRK
        # protocol from 1 January 1986: ended by the 1986 protocol, or not); where no source gives
        # the day it entered into force either (that protocol: data review s35 F3), both.
        still = (
            f"a source showing whether {country_name(o.state, when)} was still bound by "
            f"{o.citation} from {doubt.isoformat()}, which its participation record leaves open "
            "(see party_status)"
        )
        if _entry_undated(o, extra):
            return (
                f"the date on which {country_name(o.state, when)} became bound by {o.citation}, "
                f"which no source gives, and {still}"
            )
        return still
    if not recorded(o.instrument):
        # An instrument of the caller's own (``conflict.as_given``): its date, given either way.
        return (
            f"the date on which {country_name(o.state, when)} became bound by {o.citation} (the "
            "obligation's since, or a participation record: see party_status)"
        )
    return (
        f"the dates on which {country_name(o.state, when)} became bound by {o.citation} "
        "(a participation record: see party_status)"
    )


def _entry_undated(o: StateObligation, extra: Iterable[Participation] = ()) -> bool:
    """Whether the participation ``o`` arises under binds its state from a day no source gives
    (``Participation.in_force`` not known: the 1964 China–DPRK protocol)."""
    p = _participation_of(o, extra)
    return p is not None and p.action.binds and p.in_force is None


def _end_in_doubt(
    o: StateObligation, when: dt.date, extra: Iterable[Participation] = ()
) -> dt.date | None:
    """The day from which the participation data leaves open whether ``o``'s treaty still bound
    its state, where ``when`` is on or after it (``Withdrawal.in_doubt_from``: the 1964
    China–DPRK protocol from 1 January 1986, the first day the later protocol on the same subject
    may bind, VCLT arts 59(1), 30(3)); ``None`` otherwise, or for an instrument of the caller's
    own."""
    ended = _ended(o, extra)
    if ended is None or ended.in_doubt_from is None or when < ended.in_doubt_from:
        return None
    return ended.in_doubt_from


def _ended(o: StateObligation, extra: Iterable[Participation] = ()) -> Withdrawal | None:
    """The recorded end (or end in doubt) of the participation ``o`` arises under, if any."""
    p = _participation_of(o, extra)
    w = None if p is None else p.withdrawal
    return w if w is not None and w.accepted else None


def _participation_of(
    o: StateObligation, extra: Iterable[Participation] = ()
) -> Participation | None:
    """The participation record a treaty obligation ``o`` arises under; ``None`` for an obligation
    of another basis, a treaty with no record for the state, or an instrument of the caller's own."""
    if o.basis is not Basis.TREATY:
        return None
    from ..states import participation

    try:
        return participation(o.state, o.instrument, extra=extra)
    except InvalidInput:  # an instrument of the caller's own
        return None


def not_yet_binding(
    first: StateObligation,
    second: StateObligation,
    when: dt.date,
    instruments: Iterable[Instrument] = (),
    extra: Iterable[Participation] = (),
) -> str | None:
    """Why there is no conflict on ``when`` because one obligation did not bind its state
    (``None`` if each binds, or may)."""
    for o in (first, second):
        member = membership(o, when, instruments, extra)
        if member is not None and member[0] is Verdict.NOT_MET:
            return member[1]  # not a Member of the United Nations: in the Charter's own words
        verdict, why = binding(o, when, instruments, extra)
        if verdict is Verdict.NOT_MET:
            shown = (
                f"the data shows it binding from {o.since.isoformat()}"
                if o.since is not None
                else why
            )
            return (
                f"{o.citation} did not bind {country_name(o.state, when)} on {when.isoformat()} "
                f"({shown}; VCLT arts 24 and 28): there is no conflict to resolve on that date"
            )
    return None


def contested(
    first: StateObligation, second: StateObligation, doctrine: Doctrine, on: dt.date | None = None
) -> tuple[str, ...]:
    """The contested positions, left open by ``doctrine``, on which the ruling may turn: whether
    each obligation's norm is peremptory (for custom, in either limb: refugee non-refoulement and
    the duty not to return a person to torture), whether a treaty is void for conflict by its own
    terms with a limb of non-refoulement (a duty to hand back without exception, whatever it is
    set against: :func:`.peremptory.ruling_positions`), and whether UN Charter Art. 103 reaches
    custom where a Charter obligation meets a customary one. On ``on``, a limb left open that
    decides which part of a duty peremptory only in part is peremptory is one too."""
    names = list(ruling_positions(first, second, doctrine, on))
    charter = [o for o in (first, second) if is_decision_duty(o)]
    if len(charter) == 1 and (second if charter[0] is first else first).basis is not Basis.TREATY:
        names.append("article_103_reaches_custom")
    treaties = [o for o in (first, second) if o.basis is Basis.TREATY and not is_decision_duty(o)]
    if len(treaties) == 2 and not all(o.counterparties for o in treaties):
        # A duty owed to every party of a multilateral treaty against a later treaty whose
        # parties do not include them all: whether art. 41(1)(b) keeps the earlier duty (it
        # matters only where art. 30(4)(a) would apply, which who is party to the later treaty
        # decides, not whom its duty names: :func:`resolve_conflict` keeps it only if some view
        # turns on it).
        names.append("inter_se_modification")
    return tuple(n for n in dict.fromkeys(names) if getattr(doctrine, n) is None)


def _turns_on_inter_se(
    conflict: Callable[[Doctrine], Conflict], doctrine: Doctrine, questions: tuple[str, ...]
) -> bool:
    """Whether the ruling turns on ``inter_se_modification`` on some view of the other contested
    ``questions``: only where art. 30(4)(a) would apply between parties to both treaties."""
    others = [q for q in questions if q != "inter_se_modification"]
    for values in itertools.product((True, False), repeat=len(others)):
        chosen: dict[str, Any] = dict(zip(others, values, strict=True))
        view = attrs.evolve(doctrine, **chosen)
        rulings = {
            (d.rule, id(d.prevailing), *_rest_outcome(d))
            for d in (
                decide(conflict(attrs.evolve(view, inter_se_modification=v)))[1]
                for v in (True, False)
            )
        }
        if len(rulings) > 1:
            return True
    return False


def _rest_outcome(d: Decision) -> tuple[PrecedenceRule | None, int]:
    """The rule and prevailing obligation of the rest of a decision for a part (:attr:`.conflict.
    Decision.rest`), as :func:`_turns_on_inter_se` compares them: the rest may turn on a position
    where the part does not."""
    rest = d.rest or d.otherwise
    return (None, 0) if rest is None else (rest.rule, id(rest.prevailing))


def turns_on(questions: tuple[str, ...], branches: tuple[PrecedenceBranch, ...]) -> str:
    """What each view leads to, in one sentence: branches with the same outcome are stated once,
    named by the fewest conditions that hold in exactly their views (:func:`_views_words`), in
    the order :func:`itertools.product` made them."""
    views = list(itertools.product((True, False), repeat=len(questions)))
    groups: dict[tuple[PrecedenceRule, str], list[tuple[bool, ...]]] = {}
    for values, b in zip(views, branches, strict=True):
        outcome = (
            str(b.prevailing.citation)
            if b.prevailing
            else "unresolved"
            if b.rule is PrecedenceRule.UNRESOLVED
            else "neither prevails"
        )
        groups.setdefault((b.rule, outcome), []).append(values)
    parts = []
    for (rule, outcome), members in groups.items():
        parts.append(f"if {_views_words(questions, members, len(views))}, {rule.name} ({outcome})")
    return "; ".join(parts)


def _rests(
    questions: tuple[str, ...], branches: tuple[PrecedenceBranch, ...], decided: list[Decision]
) -> str:
    """Where every view decides for the part of a duty that is peremptory (:attr:`.conflict.
    Decision.part`) alike, but the rest of it turns on the views, what each view gives for the
    rest, in one sentence (:func:`turns_on`); ``""`` where it does not turn on them."""
    if not all((d.rest or d.otherwise) is not None and d.part_statement for d in decided):
        return ""
    if len({d.part_statement for d in decided}) > 1:
        return ""
    rests = tuple(
        PrecedenceBranch(b.assumption, rest.rule, rest.prevailing, b.reason)
        for b, d in zip(branches, decided, strict=True)
        for rest in (d.rest or d.otherwise,)
        if rest is not None and rest.rule is not None
    )
    if len(rests) != len(branches) or len({(r.rule, id(r.prevailing)) for r in rests}) < 2:
        return ""
    return turns_on(questions, rests)


def _residual_by_view(
    open_questions: tuple[str, ...], decided: Sequence[Decision]
) -> tuple[str, ...]:
    """The responsibility each view of the contested questions keeps (VCLT art. 30(5)), each
    prefixed by the view it holds on, in the order of ``itertools.product`` over the views."""
    views = itertools.product((True, False), repeat=len(open_questions))
    return tuple(
        dict.fromkeys(
            f"if {_condition_words(open_questions, values)}: {r}"
            for values, d in zip(views, decided, strict=True)
            for r in d.residual
        )
    )


def _condition_words(questions: tuple[str, ...], values: tuple[bool | None, ...]) -> str:
    """A condition on the positions in words: each value it fixes ("a=True and b=False"; a
    position it leaves open, ``None``, is not named)."""
    return " and ".join(f"{q}={v}" for q, v in zip(questions, values, strict=True) if v is not None)


def _views_words(questions: tuple[str, ...], members: list[tuple[bool, ...]], views: int) -> str:
    """The views ``members`` (values of ``questions``) in the fewest words: every view, or the
    fewest conditions (each some positions' values) that together hold in exactly those views,
    joined by "or". The search is exponential in the number of positions: a ruling turns on at
    most three (two limbs of non-refoulement and the reach of UN Charter Art. 103)."""
    group = set(members)
    if len(group) == views:
        return "every view"
    every = list(itertools.product((True, False), repeat=len(questions)))
    conditions = []  # (the values it fixes, None where any; the views in which it holds)
    for fixed in itertools.product((True, False, None), repeat=len(questions)):
        holds = {
            v for v in every if all(f is None or f == x for f, x in zip(fixed, v, strict=True))
        }
        if holds <= group:
            conditions.append((fixed, holds))
    for size in range(1, len(group) + 1):
        covers = [
            chosen
            for chosen in itertools.combinations(conditions, size)
            if set().union(*(holds for _, holds in chosen)) == group
        ]
        if covers:
            best = min(covers, key=lambda chosen: sum(f is not None for c in chosen for f in c[0]))
            return " or ".join(_condition_words(questions, fixed) for fixed, _ in best)
    raise AssertionError("each view is a condition of its own")  # pragma: no cover


def as_stated(ob: StateObligation) -> StateObligation:
    """``ob`` with the norm its provision states: a treaty obligation at a provision the duties
    catalogue holds as stating a norm (``Duty.norm``: CAT art. 3(1), "No State Party shall expel,
    return ('refouler') or extradite a person ..."; Refugee Convention art. 33(1); ICCPR art. 7;
    ECHR art. 3; ...) expresses that norm, whether or not the caller's own
    :class:`~refugeelaw.StateObligation` names it. What a provision forbids is the provision's,
    not a field left at its default: read without it, CAT art. 3(1) would be taken as a duty that
    "says nothing of removing a person", conflicting with no duty to hand persons back and
    yielding to a Security Council decision even where the duty not to return a person to torture
    is held peremptory (review s38 cf38 F1). A norm the caller names is kept; an obligation the
    catalogue does not hold, or holds as stating none, is unchanged."""
    if ob.norm is not None or ob.basis is not Basis.TREATY:
        return ob
    listed = duty(ob.instrument, ob.provision)
    if listed is None or listed.norm is None:
        return ob
    return attrs.evolve(ob, norm=listed.norm)


def resolve_conflict(
    first: StateObligation,
    second: StateObligation,
    *,
    between: Iterable[str] | None = None,
    on: dt.date | str | None = None,
    doctrine: Doctrine | None = None,
    cited: Iterable[Citation] = (),
    instruments: Iterable[Instrument] = (),
    extra: Iterable[Participation] = (),
) -> PrecedenceRuling:
    """Which of two conflicting obligations prevails, between which states, and why.

    Args:
        first, second: the conflicting obligations of one State (from
            :func:`refugeelaw.obligations_of`, or your own :class:`~refugeelaw.StateObligation`);
            the obligations of two different States do not conflict, and the ruling says so
            (``NO_CONFLICT``). Your own obligation at a provision that states a bar on return
            (CAT art. 3(1), say) is read as expressing it (``norm="non-refoulement"``) where you
            give no ``norm``, as the library's own is; the ruling's obligations are then so read.
        between: the states whose mutual relations are in question; by default the obligated
            states and the counterparties of a bilateral duty.
        on: the date (default: today).
        doctrine: contested positions; one left ``None`` that could decide the ruling (whether a
            norm is peremptory: ``non_refoulement_peremptory``, and for custom and the torture bars
            ``torture_non_refoulement_peremptory``; ``article_103_reaches_custom``) reports each
            branch.
        cited: provisions an argument relied on, to be checked (e.g. Charter Art. 102).
        instruments: your own instruments (e.g. a bilateral readmission agreement) that the
            obligations cite, with their dates and any conflict clause (``subject_to``).
        extra: your own participation records, used ahead of the library's data.

    Raises:
        InvalidInput: arguments of the wrong type, or bad state codes or date.
    """
    args = Arguments()
    args.instance("first", first, StateObligation)
    args.instance("second", second, StateObligation)
    mine = args.items("instruments", instruments, Instrument)
    cited = args.items("cited", cited, Citation)
    extra = args.items("extra", extra, Participation)
    if between is not None:
        before = len(args.problems)
        between = args.countries("between", between)
        if not between and len(args.problems) == before:
            args.problems.append(
                Problem(
                    "between",
                    "empty: name the states whose relations are in question, or leave it out "
                    "(the obligated states and the counterparties of a bilateral duty)",
                )
            )
    when = args.date("on", on)
    doctrine = args.doctrine(doctrine)
    args.done()
    # A bar on return is read as one whether or not the caller's obligation names its norm.
    first, second = as_stated(first), as_stated(second)
    # Every State the ruling reads, by the path it was given at: the obligations' own States and
    # counterparties, and ``between``'s. Each must name a State on the date (a code that names
    # none then, South Sudan in 2004, is refused where it was given, not deep in a rule that
    # asks for its participation); a State that had ceased to exist passes, as it does for
    # :func:`refugeelaw.party_status`, whose record says it was no party after its end.
    given = [
        *((f"{name}.state", o.state) for name, o in (("first", first), ("second", second))),
        *(
            (f"{name}.counterparties[{i}]", s)
            for name, o in (("first", first), ("second", second))
            for i, s in enumerate(o.counterparties)
        ),
    ]
    if between is None:
        states = [s for _, s in given]
    else:
        states = list(between)
        given += [(f"between[{i}]", s) for i, s in enumerate(states)]
    bad: list[Problem] = []
    for path, s in given:
        try:
            check_country(s, field=path)
            a_state(path, s, when, former=True)
        except InvalidInput as exc:
            bad.extend(exc.problems)
    if bad:
        raise InvalidInput(bad)
    pair = tuple(dict.fromkeys(states))
    found_corrections = corrections(cited)
    read = Conflict(first, second, pair, when, doctrine, {x.key: x for x in mine}, tuple(extra))
    unopposed = no_conflict(first, second, when, read)
    if unopposed is None:
        return _ranked(first, second, pair, when, doctrine, mine, extra, found_corrections)
    # Where one duty permits a removal the other bars, only the strict notion of conflict finds
    # none: what the wide notion gives (the bar stands) is said, and the reading named, unless
    # one did not bind on the date, when no notion of conflict finds one.
    # Obligations of two States conflict on no notion (the permission of one State's treaty and
    # the bar of another's): no note, and no reading relied on.
    wide = None
    if (
        first.state == second.state
        and permission_meets_bar(first, second)
        and not_yet_binding(first, second, when, mine, extra) is None
    ):
        known = all(
            binding(o, when, mine, extra)[0] is Verdict.MET and o.bound is not Verdict.UNKNOWN
            for o in (first, second)
        )
        wide = (bar_stands(first, second, when), known)
    # Where a signatory's duty under VCLT art. 18 meets a duty to remove, the reading of art. 18
    # on which they do not conflict is named, unless one did not bind on the date.
    readings: tuple[str, ...] = ()
    if (
        first.state == second.state
        and unopposed == interim_against_removal(first, second, when)
        and not_yet_binding(first, second, when, mine, extra) is None
    ):
        readings = (INTERIM_DUTY_READING,)
    # Where one duty yields to the other by its own terms on a reading (an exception naming
    # customary non-refoulement, :func:`.vclt_30.yields_to_readings`), that reading is named.
    for a, b in ((first, second), (second, first)):
        saved = yields_to(a, b, read)
        if saved:
            if unopposed.startswith(saved):
                readings += yields_to_readings(a, b, read)
            break
    readings += replaced(mine)
    return _unopposed(
        first, second, pair, when, doctrine, found_corrections, unopposed, wide, readings
    )


def replaced(mine: Iterable[Instrument]) -> tuple[str, ...]:
    """What a ruling says of each instrument of the caller's own given under the key of one the
    library holds, and differing from it (a clause added to the 1986 protocol, to ask what it
    would change): the caller's is read in its place, as given."""
    said = []
    for inst in mine:
        try:
            held = get_instrument(inst.key)
        except InvalidInput:
            continue
        if held != inst:
            said.append(
                f"the instrument given under the key {inst.key!r} is read in place of the "
                f"library's record of the {held}, its dates and clauses as given"
            )
    return tuple(said)


def _unopposed(
    first: StateObligation,
    second: StateObligation,
    pair: tuple[str, ...],
    when: dt.date,
    doctrine: Doctrine,
    found_corrections: tuple[str, ...],
    why: str,
    wide: tuple[WideConflict, bool] | None = None,
    readings: tuple[str, ...] = (),
) -> PrecedenceRuling:
    """The ruling where two obligations do not conflict (``why``); with ``wide``, what the wide
    notion of conflict gives, where the strict notion alone finds none
    (:data:`STRICT_CONFLICT_READING`, then named), and whether both obligations are known to bind:
    whether the two conflict on it (``UNKNOWN`` where whether both bind is beyond the data, or a
    limb of the bar is not shown on the date), why the bar stands (:func:`bar_stands`), the
    provisions that rests on, and the reading it names where one decides. ``readings``: any
    other reading ``why`` rests on (:data:`INTERIM_DUTY_READING`)."""
    notes: tuple[Finding, ...] = ()
    if wide is not None:
        given, known = wide
        verdict = given.verdict if known else Verdict.UNKNOWN
        unsure = "" if known else "if both bind, "
        conflict = "conflict" if given.verdict is Verdict.MET else "may conflict"
        notes = (
            finding(
                "conflict on the wider notion",
                verdict,
                f"on the wider notion, on which a permission conflicts with a bar, {unsure}"
                f"{named(first)} and {named(second)} {conflict}: {given.words}",
                *given.cites,
                role="note",
                assumptions=given.assumptions,
            ),
        )
    cites = [Citation(_V, "30(1)")]
    if is_signatory_duty(first) or is_signatory_duty(second):
        cites.append(Citation(_V, "18"))  # a signatory's duty, whose terms the reason reads
    root = finding(
        f"conflict between {named(first)} and {named(second)}",
        Verdict.NOT_MET,
        why,
        *cites,
        children=notes,
        role="conclusion",
        assumptions=((STRICT_CONFLICT_READING,) if wide is not None else ()) + readings,
    )
    return PrecedenceRuling(
        rule=PrecedenceRule.NO_CONFLICT,
        prevailing=None,
        displaced=None,
        between=pair,
        on=when,
        void=(),
        residual_responsibility=(),
        corrections=found_corrections,
        branches=(),
        finding=root,
        doctrine=doctrine,
    )


def _ranked(
    first: StateObligation,
    second: StateObligation,
    pair: tuple[str, ...],
    when: dt.date,
    doctrine: Doctrine,
    mine: tuple[Instrument, ...],
    extra: tuple[Participation, ...],
    found_corrections: tuple[str, ...],
) -> PrecedenceRuling:
    """The ruling on two obligations taken to conflict: none where one did not bind on the date
    (:func:`not_yet_binding`), else the rules of precedence applied, on each view of the contested
    positions that could decide."""
    unopposed = not_yet_binding(first, second, when, mine, extra)
    if unopposed is not None:
        return _unopposed(
            first, second, pair, when, doctrine, found_corrections, unopposed, None, replaced(mine)
        )
    unsure = []
    for o in (first, second):
        verdict, why = binding(o, when, mine, extra)
        if verdict is Verdict.UNKNOWN or o.bound is Verdict.UNKNOWN:
            unsure.append((o, why or "it was listed as not known to bind (see its notes)"))
    # What follows if both bind: each unsure obligation's treaty taken to bind (its instrument,
    # and the one it binds through).
    supposed = frozenset(k for o, _ in unsure for k in owed_under(o))

    def conflict(view: Doctrine) -> Conflict:
        return Conflict(
            first, second, pair, when, view, {x.key: x for x in mine}, tuple(extra), supposed
        )

    open_questions = contested(first, second, doctrine, when)
    if "inter_se_modification" in open_questions and not _turns_on_inter_se(
        conflict, doctrine, open_questions
    ):
        open_questions = tuple(q for q in open_questions if q != "inter_se_modification")
    branches: tuple[PrecedenceBranch, ...] = ()
    decided: list[Decision] = []
    # The readings on which a view's ruling dates the norm it holds peremptory (not yet so before
    # the earliest evidence that it was custom: :data:`.jus_cogens.BEFORE_EVIDENCE`): named, and
    # said where the ruling is the same "on every view".
    dated_views: list[str] = []
    if open_questions:
        # Contested positions: decide each combination of views, then see whether they agree.
        outcomes = []
        for values in itertools.product((True, False), repeat=len(open_questions)):
            chosen: dict[str, Any] = dict(zip(open_questions, values, strict=True))
            view = attrs.evolve(doctrine, **chosen)
            fs, branch = decide(conflict(view))
            assert branch.rule is not None
            decided.append(branch)
            dated_views += [a for f in fs for a in f.assumptions if a in BEFORE_EVIDENCE.values()]
            outcomes.append(
                PrecedenceBranch(
                    "; ".join(view.position(n) for n in open_questions),
                    branch.rule,
                    branch.prevailing,
                    branch.statement or fs[-1].reason,
                )
            )
        branches = tuple(outcomes)
    shown = conflict(doctrine)
    findings, decision = decide(shown)
    rule = decision.rule or PrecedenceRule.UNRESOLVED
    strong, weak = decision.prevailing, decision.displaced
    void, residual = decision.void, decision.residual
    every_view = "on every view of the contested questions" + (
        " (the norm taken, on the view that it is peremptory, not to have been so yet before the "
        "earliest evidence that it was customary law: a reading, named)"
        if dated_views
        else ""
    )
    if branches:
        first_view = branches[0].prevailing
        if first_view is not None and all(b.prevailing == first_view for b in branches):
            strong = first_view
            weak = second if strong is first else first
            rests = _rests(open_questions, branches, decided)
            if all(b.rule is branches[0].rule for b in branches) and rests:
                # The part of a duty peremptory only in part decides alike on every view, and
                # the rest turns on them (UN Charter Art. 103's reach over custom, say).
                rule = branches[0].rule
                residual = _residual_by_view(open_questions, decided)
                # The words of the part are those of every view (its statement is): the first's.
                every_true: dict[str, Any] = dict.fromkeys(open_questions, True)
                held = attrs.evolve(doctrine, **every_true)
                rest = (
                    f"{beyond_part(strong, held, when)}, which is not held peremptory, "
                    "the answer turns on them"
                )
                if decided[0].otherwise is not None:
                    # The part voids the other treaty on one reading; the rest is ranked, and
                    # turns on the views, only on the other (:func:`beyond_the_part`).
                    rest = (
                        f"{stands_whole(strong, weak, held, when)}; "
                        f"{other_reading(strong, weak, held, when)}, it is not void, and "
                        f"{strong.citation}, which is not held peremptory in that part, ranks "
                        "against it as the answer turns on them"
                    )
                reason = f"{every_view}, {decided[0].part_statement}; {rest}: {rests}"
            elif all(b.rule is branches[0].rule for b in branches) and (
                len({d.statement for d in decided}) == 1 or not any(d.part for d in decided)
            ):
                rule = branches[0].rule
                residual = tuple(dict.fromkeys(r for d in decided for r in d.residual))
                reason = f"{every_view}, {decided[0].statement}"
            elif all(b.rule is branches[0].rule for b in branches):
                # A duty peremptory only in part, whose part turns on a limb left open (customary
                # non-refoulement read to reach ill-treatment, its refugee limb open): the same
                # rule and obligation on every view, in a part that differs, each view stated.
                rule = branches[0].rule
                every = list(itertools.product((True, False), repeat=len(open_questions)))
                void = tuple(k for k in decided[0].void if all(k in d.void for d in decided))
                residual = _residual_by_view(open_questions, decided)
                said: dict[str, list[tuple[bool, ...]]] = {}
                for values, d in zip(every, decided, strict=True):
                    said.setdefault(d.statement, []).append(values)
                reason = (
                    f"{every_view}, {strong.citation} prevails over "
                    f"{weak.citation}, in a part that turns on them: "
                    + "; ".join(
                        f"if {_views_words(open_questions, members, len(every))}: {statement}"
                        for statement, members in said.items()
                    )
                )
            else:
                # The same obligation prevails on every view, but why turns on the contested
                # positions: a treaty void on one view is not void on the other, and the
                # responsibility VCLT art. 30(5) keeps holds only where the treaty is not void.
                # The rule reported is the one that decides on the view that takes no contested
                # position to hold (the last: every position False).
                rule, void = branches[-1].rule, ()
                residual = _residual_by_view(open_questions, decided)
                reason = (
                    f"{every_view}, {strong.citation} prevails over "
                    f"{weak.citation}, for reasons that turn on them: "
                    + turns_on(open_questions, branches)
                )
        else:
            rule, strong, weak, void, residual = PrecedenceRule.UNRESOLVED, None, None, (), ()
            reason = "the answer turns on contested positions: " + turns_on(
                open_questions, branches
            )
    elif strong is not None:
        reason = decision.statement or (
            f"{strong.citation} prevails over {weak.citation if weak else '?'} ({rule.name})"
        )
    else:
        reason = decision.statement
    for o, why in unsure:
        # Never more than the data knows: a conflict needs both obligations to bind. An element,
        # not a note: what it leaves open leaves the ruling unresolved.
        findings.append(
            finding(
                f"{o.citation} binds {o.state}",
                Verdict.UNKNOWN,
                f"whether {o.citation} binds {country_name(o.state, when)} on {when.isoformat()} is "
                f"beyond the data ({why}): there is a conflict only if it does, and "
                f"{_what_decides(o, when, extra)} would decide it",
                o.citation,
                # Under the caller's own instrument the State's participation record would (or
                # the obligation's since): ``conflict.as_given``.
                missing=[f"states[{o.state!r}].{o.instrument}"]
                if as_given(o, when, {x.key: x for x in mine}, extra) is not None
                else [],
            )
        )
    if unsure:
        # Neither a rule, nor a treaty void (VCLT arts 53, 64 void only by a norm that binds), nor
        # the responsibility art. 30(5) or art. 34 keeps, while the conflict itself is not known:
        # the ruling is unresolved, and its reason says what follows if both bind. No view of the
        # contested positions is reported as a branch: each would name a rule and an obligation
        # prevailing that the ruling does not hold (the reason keeps what they lead to).
        rule, strong, weak, void, residual = PrecedenceRule.UNRESOLVED, None, None, (), ()
        branches = ()
        reason = (
            "unresolved: whether "
            + " and ".join(f"{o.citation} bound {country_name(o.state, when)}" for o, _ in unsure)
            + f" on {when.isoformat()} is beyond the data ("
            + "; ".join(why for _, why in unsure)
            + "), so the conflict itself is uncertain; "
            + " and ".join(_what_decides(o, when, extra) for o, _ in unsure)
            + " would decide it; if both bind: "
            + reason
        )
    if found_corrections:
        findings.append(
            finding(
                "the argument as put",
                Verdict.NOT_MET,
                found_corrections[0],
                Citation(_CHARTER, "102(1)"),
                Citation(_CHARTER, "103"),
                role="note",
            )
        )
    # Whatever rule decides, it rests on each treaty being what the data reports it to be: where
    # that is secondary or unverified (the 1986 China–DPRK protocol), the ruling says so.
    treaties = [(shown.source_treaty(o), o.provision) for o in (first, second)]
    reported = [as_reported(inst, pin) for inst, pin in treaties if inst is not None]
    # And on each treaty still binding where the date is past what the data speaks for (the 1964
    # China–DPRK protocol from July 1964 to 1985): read as binding, as a treaty in force is until shown
    # ended (VCLT art. 42(2)), which the ruling names rather than holds.
    reported += [
        continuing(o, when, extra) for o in (first, second) if all(o is not u for u, _ in unsure)
    ]
    # And on an obligation under the caller's own instrument given without records, read as its
    # own record (the readmission agreement a caller defines and passes alone).
    reported += [taken_as_given(o, when, mine, extra) for o in (first, second)]
    # And, for a duty about something other than removal against a caller's duty of a content the
    # library cannot read, on that duty's conflicting with it at all.
    reported.append(silent_against_unread(first, second))
    # And, where a duty is peremptory only in part on some view and the reading that splits off
    # its reach to other ill-treatment decides it, on that reading (the view taken is named in the
    # findings below it; a branch's, here). A split the doctrine's limb positions make alone
    # rests on no reading: those positions are named as positions.
    reported += [d.part_reading for d in (decision, *decided)]
    # And, for a duty to hand over "according to the circumstances" (the 1986 China–DPRK
    # protocol's art. 4(2)), on its being one that can require the return the other forbids.
    reported += [hand_over_reading(o) for o in (first, second)]
    reported += dated_views
    # And on an instrument of the caller's own read in place of the library's record.
    reported += replaced(mine)
    root = finding(
        f"conflict between {named(first)} and {named(second)}",
        Verdict.UNKNOWN if rule is PrecedenceRule.UNRESOLVED or unsure else Verdict.MET,
        reason,
        Citation(_V, "30(1)"),
        children=findings,
        role="conclusion",
        assumptions=tuple(dict.fromkeys(r for r in reported if r)),
    )
    return PrecedenceRuling(
        rule=rule,
        prevailing=strong,
        displaced=weak,
        between=pair,
        on=when,
        void=void,
        residual_responsibility=residual,
        corrections=found_corrections,
        branches=branches,
        finding=root,
        doctrine=doctrine,
    )
