"""Successive treaties: VCLT art. 30.

"(2) When a treaty specifies that it is subject to, or that it is not to be considered as
incompatible with, an earlier or later treaty, the provisions of that other treaty prevail.
(3) When all the parties to the earlier treaty are parties also to the later treaty [...], the
earlier treaty applies only to the extent that its provisions are compatible with those of the
later treaty. (4) When the parties to the later treaty do not include all the parties to the
earlier one: (a) as between States parties to both treaties the same rule applies as in
paragraph 3; (b) as between a State party to both treaties and a State party to only one of the
treaties, the treaty to which both States are parties governs their mutual rights and
obligations. (5) Paragraph 4 is without prejudice to [...] any question of responsibility which
may arise for a State from the conclusion or application of a treaty the provisions of which
are incompatible with its obligations towards another State under another treaty."
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from ..countries import country_name
from ..doctrine import Doctrine
from ..errors import InvalidInput
from ..instruments import Instrument
from ..logic import Finding, Verdict, finding
from ..results import PrecedenceRule, StateObligation
from ..sources import Citation, adopted_not_before
from ..sources.duties import catalogue
from ..states import all_states, participants, recorded_by
from .conflict import Conflict, Decision, is_signatory_duty, signatory_words, treaty_names
from .obligations import applied_by_protocol, owed_under
from .peremptory import (
    CUSTOM,
    ILL_TREATMENT_PART,
    NON_REFOULEMENT,
    REFUGEE_LIMB,
    TORTURE_LIMB,
    TORTURE_LIMB_DATING_READING,
    barred_parts,
    bars_in_parts,
    custom_parts,
    parts_stated_by,
    torture_dating_decides,
    within,
)
from .terms import names

__all__ = [
    "AS_CUSTOM",
    "AS_SAME_SUBJECT",
    "CUSTOM_AS_ARTICLE_33_READING",
    "clause_not_counted",
    "conflict_clause",
    "every_party",
    "excepted_parts",
    "successive_treaties",
    "yield_readings",
    "yielded_parts",
    "yields_in",
    "yields_to",
    "yields_to_readings",
]

_V = "vclt-1969"
_CHARTER = "un-charter-1945"
_PROTOCOL = "refugee-protocol-1967"


# ---------------------------------------------------------------------------------------------
# A duty that yields by its own terms: one rule, read by the precedence rules and the
# peremptory-norm rule alike.
# ---------------------------------------------------------------------------------------------

#: Each part of a bar on return (:func:`.peremptory.parts_stated_by`), by name.
_PART_NAMES = {
    REFUGEE_LIMB: "refugee non-refoulement",
    TORTURE_LIMB: "the duty not to return a person to torture",
    ILL_TREATMENT_PART: "the bar on return to other cruel, inhuman or degrading treatment",
}


def _carried_by(key: str, part: str) -> tuple[str, ...]:
    """The treaties that bind a State to the provisions of the treaty ``key`` stating ``part`` of
    a bar on return: ``key`` itself and, for the Refugee Convention's art. 33 (refugee
    non-refoulement), the Convention and the 1967 Protocol alike, the Protocol's art. I(1) binding
    its parties "to apply articles 2 to 34 inclusive of the Convention"
    (:func:`.obligations.applied_by_protocol`): the duty is owed under either
    (:func:`.obligations.owed_under`), and a clause naming either names art. 33."""
    keys = [key]
    for d in catalogue():
        applied = applied_by_protocol(d.instrument, d.provision)
        if (
            applied
            and key in (d.instrument, _PROTOCOL)
            and part in parts_stated_by(d.instrument, d.provision)
        ):
            keys += [d.instrument, _PROTOCOL]
    return tuple(dict.fromkeys(keys))


def _bound_by(ob: StateObligation, named: Instrument, part: str, c: Conflict) -> Instrument | None:
    """The treaty under which the provisions of ``named`` stating ``part`` bind ``ob``'s State on
    the date (:func:`_carried_by`: ``named`` itself, or for the Convention's art. 33 the Protocol
    or the Convention), or ``None``: only where they bind it do they prevail over its duty, the
    clause being counted (VCLT art. 30(2)). Art. 30 determines "the rights and obligations of
    States parties to successive treaties" (art. 30(1)): what prevails for the State is its own
    obligations under the treaty named, and a treaty that does not bind it imposes none (art.
    34). Whether it binds the counterparties does not matter: the clause is a term of their own
    agreement, to which they consented (art. 26), and it asks of them nothing the treaty named
    does; the conflict-clause rule (:func:`conflict_clause`) counts it the same way. Where the
    data cannot say, it is not shown to bind, and not relied on."""
    treaties = (t for t in map(c.treaty, _carried_by(named.key, part)) if t is not None)
    return next((t for t in treaties if c.binds(ob.state, t) is Verdict.MET), None)


def yields_in(ob: StateObligation, part: str, c: Conflict) -> str:
    """Why ``ob`` yields by its own terms in ``part`` of a bar on return (a limb of
    non-refoulement, or the reach to other ill-treatment: :func:`.peremptory.parts_stated_by`),
    requiring the return of no one that part protects, or ``""`` where nothing in its terms says
    so:

    - its treaty "specifies that it is subject to, or that it is not to be considered as
      incompatible with" a treaty that states that part (VCLT art. 30(2): "the provisions of that
      other treaty prevail"; ``Instrument.subject_to``), and that treaty binds the obligation's
      State on the date (:func:`_bound_by`), whether or not it binds the counterparties, who
      agreed to the clause: a China–DPRK agreement subject to the Refugee Convention and CAT,
      which bind China and not the DPRK, makes China's duty yield to China's obligations under
      them; a Thailand–Myanmar agreement subject to the Refugee Convention, which binds neither,
      yields to nothing, Thailand having no obligations under it that could prevail
      (:func:`clause_not_counted`);
    - its duty excepts what a provision stating that part protects (``StateObligation.exceptions``:
      a duty to readmit "save refugees art. 33(1) protects"), or what customary non-refoulement
      protects (an exception naming it: "save where non-refoulement forbids", as readmission
      agreements and Security Council decisions keep it; :func:`excepted_parts`), an exception
      being part of the duty's own content whatever binds.

    Each answers the part the provision it names states, and no other: an agreement subject to the
    Refugee Convention alone still requires, if its duty does, the return of a person who is no
    refugee to torture. The refugee limb is taken as the norm Convention art. 33(1) expresses.
    The peremptory-norm rule, the ranking of the rest (:func:`yielded_parts`) and the
    conflict-clause rule (:func:`conflict_clause`) count a clause alike, so one ruling never
    gives it effect on one view and denies it on another."""
    return _yields_in(ob, part, c, custom=True)


def _yields_in(ob: StateObligation, part: str, c: Conflict, *, custom: bool) -> str:
    """:func:`yields_in`, with (``custom``) or without an exception naming customary
    non-refoulement counted: :func:`yield_readings` asks whether the yield rests on it alone."""
    inst = c.treaty(ob.instrument)
    for key in inst.subject_to if inst is not None else ():
        named = c.treaty(key)
        through = (
            _bound_by(ob, named, part, c)
            if named is not None and part in parts_stated_by(key)
            else None
        )
        if named is not None and through is not None:
            how = "" if through.key == named.key else f" (through the {through})"
            return (
                f"{inst} declares itself subject to {named}, which states {_PART_NAMES[part]} and "
                f"binds {country_name(ob.state, c.on)}{how} on {c.on.isoformat()} (VCLT art. "
                "30(2))"
            )
    for cited in ob.exceptions:
        if cited.instrument == CUSTOM and not custom:
            continue
        if part in excepted_parts(cited, c):
            return f"{ob.citation} excepts what {cited} protects, which states {_PART_NAMES[part]}"
    return ""


def excepted_parts(cited: Citation, c: Conflict) -> tuple[str, ...]:
    """The parts of a bar on return that an exception naming ``cited`` excepts on the ruling's
    date: those the treaty provision states (:func:`.peremptory.parts_stated_by`), or, for
    customary non-refoulement, those the customary rule states on the date and the doctrine
    (:func:`.peremptory.custom_parts`: its refugee limb, its torture limb from CAT art. 3's
    adoption, its reach to other ill-treatment where the doctrine holds it), as the library
    states the rule."""
    if cited.instrument == CUSTOM:
        return custom_parts(c.doctrine, c.on) if within(NON_REFOULEMENT, cited.provision) else ()
    return parts_stated_by(cited.instrument, cited.provision)


def yield_readings(ob: StateObligation, parts: Iterable[str], c: Conflict) -> tuple[str, ...]:
    """The readings on which ``ob`` yields by its own terms in ``parts`` (:func:`yields_in`),
    named where they decide: where it yields in the torture limb only by an exception naming
    customary non-refoulement, on a date on which that limb is shown only on the reading that
    dates it from CAT art. 3's adoption (:data:`.peremptory.TORTURE_LIMB_DATING_READING`: on the
    other, custom then states no torture limb for the exception to except)."""
    rests = (
        TORTURE_LIMB in parts
        and torture_dating_decides(c.on)
        and not _yields_in(ob, TORTURE_LIMB, c, custom=False)
    )
    return (TORTURE_LIMB_DATING_READING,) if rests else ()


def clause_not_counted(ob: StateObligation, part: str, c: Conflict) -> str:
    """Why a clause of ``ob``'s treaty naming a treaty that states ``part`` does not make ``ob``
    yield in it (:func:`yields_in`): the treaty it names is not shown to bind ``ob``'s State on
    the date, which then has no obligations under it that could prevail over its duty (VCLT arts
    30(1), 30(2), 34). ``""`` where no such clause is unheeded, or ``ob`` yields in ``part``."""
    inst = c.treaty(ob.instrument)
    if inst is None or yields_in(ob, part, c):
        return ""
    for key in inst.subject_to:
        named = c.treaty(key)
        if named is not None and part in parts_stated_by(key):
            state = country_name(ob.state, c.on)
            return (
                f"{inst} declares itself subject to {named}, which is not shown to bind {state} "
                f"on {c.on.isoformat()}: a treaty that does not bind {state} imposes on it no "
                "obligations that could prevail over its duty (VCLT arts 30(1), 30(2), 34), and "
                "the clause does not make it yield"
            )
    return ""


def yielded_parts(ob: StateObligation, other: StateObligation, c: Conflict) -> dict[str, str]:
    """The parts of what ``other`` bars on the date (:func:`.peremptory.barred_parts`) in which
    ``ob`` yields by its own terms (:func:`yields_in`), each with why; none where ``other`` is not
    a bar whose whole content is its parts (:func:`.peremptory.bars_in_parts`)."""
    if not bars_in_parts(other):
        return {}
    parts = barred_parts(other, c.doctrine, c.on)
    return {p: why for p in parts for why in (yields_in(ob, p, c),) if why}


#: The reading on which a duty that excepts what customary non-refoulement protects yields to
#: Refugee Convention art. 33(1) as a whole (:func:`yields_to`), named where it decides. The
#: library takes the customary rule's refugee limb as the norm art. 33(1) expresses, stated
#: without the Convention's dateline or geographic limitation (``law.status.without_limits``), so
#: that it protects every refugee art. 33(1) protects; what art. 33(1) adds is who it protects
#: under the Convention, not what it forbids. Whether the customary rule reaches every Convention
#: refugee is contested (some writers doubt that it is custom at all, or hold it narrower), and on
#: that reading the duty would still require the return of a refugee art. 33(1) alone protects.
#: Not said of OAU Convention art. II(3) or ACHR art. 22(8), which protect persons the customary
#: refugee limb is not stated to reach (the OAU Convention's refugees under its art. I(2), the
#: ACHR's aliens): a duty yields to them only by naming them.
CUSTOM_AS_ARTICLE_33_READING = (
    "an exception naming customary non-refoulement is read as excepting every refugee Refugee "
    "Convention art. 33(1) protects: the library takes the customary rule's refugee limb as the "
    "norm art. 33(1) expresses, without the Convention's dateline or geographic limitation; on the "
    "reading that the customary rule protects fewer refugees than art. 33(1), the duty would "
    "still require the return of a refugee art. 33(1) alone protects, and conflict with it"
)


def _excepts_custom_against_33(ob: StateObligation, other: StateObligation) -> Citation | None:
    """The exception of ``ob`` naming customary non-refoulement, where ``other`` is Refugee
    Convention art. 33 (:data:`CUSTOM_AS_ARTICLE_33_READING`), or ``None``."""
    if other.instrument != "refugee-convention-1951" or other.norm != NON_REFOULEMENT:
        return None
    if other.provision.split("(")[0] != "33":
        return None
    return next(
        (
            x
            for x in ob.exceptions
            if x.instrument == CUSTOM and within(NON_REFOULEMENT, x.provision)
        ),
        None,
    )


def yields_to_readings(ob: StateObligation, other: StateObligation, c: Conflict) -> tuple[str, ...]:
    """The readings on which ``ob`` yields to ``other`` (:func:`yields_to`), named where they
    decide: :data:`CUSTOM_AS_ARTICLE_33_READING` where it yields to Convention art. 33 by an
    exception naming customary non-refoulement; :func:`yield_readings` where it yields in every
    part of a bar. None where it yields by naming ``other`` itself, or not at all."""
    why = yields_to(ob, other, c)
    if not why:
        return ()
    if any(
        x.instrument in owed_under(other) and within(other.provision, x.provision)
        for x in ob.exceptions
    ):
        return ()
    if _excepts_custom_against_33(ob, other) is not None:
        return (CUSTOM_AS_ARTICLE_33_READING,)
    return yield_readings(ob, barred_parts(other, c.doctrine, c.on), c)


def yields_to(ob: StateObligation, other: StateObligation, c: Conflict) -> str:
    """Why ``ob`` requires, by its own terms, nothing ``other`` forbids, or ``""``:

    - its exceptions name ``other``: a provision of a treaty ``other`` is owed under
      (:func:`.obligations.owed_under`), at ``other``'s provision or containing it (a duty to
      readmit "save refugees art. 33(1) protects", against art. 33(1));
    - ``other`` is Refugee Convention art. 33 and ``ob`` excepts what customary non-refoulement
      protects, whose refugee limb the library takes as the norm art. 33(1) expresses (on the
      reading :data:`CUSTOM_AS_ARTICLE_33_READING` names, :func:`yields_to_readings`);
    - ``other`` is a bar whose whole content is its parts (customary non-refoulement, CAT art. 3,
      ICCPR art. 7, ECHR art. 3: :func:`.peremptory.bars_in_parts`), and ``ob`` yields in every
      part it bars on the date (:func:`yielded_parts`), unless ``ob``'s treaty declares itself
      subject to ``other``'s own: that clause is art. 30(2)'s, and the conflict-clause rule ranks
      the two (``other`` prevails).

    The peremptory-norm rule reads the same parts (:func:`yields_in`), so a duty that yields in
    every part of a bar is void for conflict with none of it."""
    cited = next(
        (
            x
            for x in ob.exceptions
            if x.instrument in owed_under(other) and within(other.provision, x.provision)
        ),
        None,
    )
    if cited is not None:
        return f"{ob.citation} excepts what {cited} protects"
    inst = c.treaty(ob.instrument)
    if inst is not None and set(inst.subject_to) & set(owed_under(other)):
        return ""
    custom = _excepts_custom_against_33(ob, other)
    if custom is not None:
        return (
            f"{ob.citation} excepts what {custom} protects, whose refugee limb is taken as the "
            f"norm {other.citation} expresses"
        )
    parts = barred_parts(other, c.doctrine, c.on) if bars_in_parts(other) else ()
    found = yielded_parts(ob, other, c)
    if not parts or len(found) < len(parts):
        return ""
    return f"{ob.citation} yields in every part of what {other.citation} bars: " + "; ".join(
        dict.fromkeys(found.values())
    )


def conflict_clause(c: Conflict) -> Decision:
    """A treaty that declares itself subject to another yields to it."""
    cite = Citation(_V, "30(2)")
    element = "conflict clause (VCLT art. 30(2))"
    ia, ib = c.treaty(c.first.instrument), c.treaty(c.second.instrument)
    for strong, weak, iw in ((c.first, c.second, ib), (c.second, c.first, ia)):
        # A duty owed under more than one treaty (Convention art. 33, applied by Protocol art.
        # I(1)) yields to none of them: a clause subordinating ``iw`` to either reaches it. The
        # clause counts as :func:`yields_in` counts it: ``strong`` binds its State (which the
        # ruling establishes before any rule runs), so the treaty named binds it in ``strong``'s
        # provision; whether it binds the counterparties, who agreed to the clause, is not asked.
        is_ = next(
            (t for t in map(c.treaty, owed_under(strong)) if iw and t and t.key in iw.subject_to),
            None,
        )
        if iw is not None and is_ is not None:
            return Decision(
                finding(element, Verdict.MET, f"{iw} declares itself subject to {is_}", cite),
                PrecedenceRule.CONFLICT_CLAUSE,
                strong,
                weak,
                statement=(
                    f"as between {names(c.between, c.on)}, {strong.citation} prevails: {iw} declares "
                    f"itself subject to {is_} (VCLT art. 30(2))"
                ),
            )
    unseen = [_unseen(i) for i in dict.fromkeys(i for i in (ia, ib) if i is not None)]
    unseen = [words for words in unseen if words]
    if not unseen:
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                "neither treaty has a clause subordinating it to the other",
                cite,
            )
        )
    return Decision(
        finding(
            element,
            Verdict.NOT_MET,
            "neither treaty, as far as the library holds its text, has a clause subordinating it "
            "to the other",
            cite,
            assumptions=(
                f"{'; '.join(unseen)}: {'it is' if len(unseen) == 1 else 'each is'} taken to have "
                "no clause saying it is subject to, or not incompatible with, the other treaty "
                "(VCLT art. 30(2)), which would make it yield to that treaty",
            ),
        )
    )


def _unseen(inst: Instrument) -> str:
    """What of a treaty's text the library does not hold, as far as a conflict clause goes, in
    words (``""``: none). A bilateral agreement known only from descriptions (or whose provisions
    the caller did not give) may have a clause unseen; one given whole, each provision verbatim,
    has none unseen. Of a multilateral convention the library holds the articles it applies, not
    the whole text (not CAT art. 16(2) or ECHR art. 53, say, whose words it has not read), so it
    does not claim that no such clause is in the rest."""
    if inst.kind != "bilateral":
        return f"only some provisions of the {inst} are held, not its whole text"
    if inst.provisions and all(p.verbatim for p in inst.provisions):
        return ""
    return f"the text of {inst} is not held"


#: When a treaty's date, on the doctrine's reading of "later", can have been: the first and the
#: last day (``None``: no bound known), and the words that say so.
Period = tuple[dt.date | None, dt.date | None, str]


def _date_of(inst: Instrument, ob: StateObligation, how: str) -> Period:
    """The date that makes a treaty "later" on the doctrine (``how``), or the period it lies in
    where the day is not known: no earlier than the first day the data gives for the treaty's
    conclusion, and no later than the day it bound the state (a treaty binds only once adopted
    and in force)."""
    if how == "adoption" and inst.adopted is not None:
        return inst.adopted, inst.adopted, f"adopted {inst.adopted.isoformat()}"
    if how == "entry_into_force" and inst.entry_into_force is not None:
        day = inst.entry_into_force
        return day, day, f"in force {day.isoformat()}"
    first, last = adopted_not_before(inst.key), ob.since
    bounds = [
        *([f"no earlier than {first.isoformat()}"] if first is not None else []),
        *([f"no later than {last.isoformat()}, when it bound the state"] if last else []),
    ]
    return (
        first,
        last,
        f"its {how} date is not known" + (f", but {' and '.join(bounds)}" if bounds else ""),
    )


def _later_of(a: Period, b: Period) -> int | None:
    """``1`` where the first treaty is the later, ``-1`` where the second is, ``None`` where their
    dates cannot tell (the same day, or periods that overlap)."""
    (first_a, last_a, _), (first_b, last_b, _) = a, b
    if first_a is not None and last_b is not None and first_a > last_b:
        return 1
    if first_b is not None and last_a is not None and first_b > last_a:
        return -1
    return None


def _integral(ob: StateObligation) -> bool:
    """A multilateral obligation owed to every other party, not to one state in particular."""
    return not ob.counterparties


def _pinpoint(ob: StateObligation) -> str:
    p = ob.citation.provision
    if not p:
        return "its duty"
    return f"art. {p}" if p[:1].isdigit() or p[:1] in ("I", "V", "X") else f"its duty ({p})"


def every_party(
    c: Conflict, earlier: StateObligation, later: StateObligation
) -> tuple[Verdict, str]:
    """VCLT art. 30(3) applies "when all the parties to the earlier treaty are parties also to the
    later treaty", art. 30(4) "when the parties to the later treaty do not include all the parties
    to the earlier one": whether they are, on the date, and why, in words. ``NOT_MET`` needs one
    State shown a party to the earlier treaty and not to the later (a bilateral agreement against
    a multilateral convention: any third party to the convention); ``MET``, every State that is or
    may be a party to the earlier shown a party to the later; ``UNKNOWN`` otherwise (a treaty of
    the caller's own given with records for some States only: whether any other State is a party
    is not in the data, :func:`refugeelaw.party_status`). Whether the States concerned are parties
    to both is asked before, and decides nothing here: the question is about all the parties."""
    te, tl = c.source_treaty(earlier), c.source_treaty(later)
    assert te is not None
    assert tl is not None
    first = dict.fromkeys(
        (
            *recorded_by(tl, c.extra),
            *participants(te.key),
            *recorded_by(te, c.extra),
            earlier.state,
            *earlier.counterparties,
            *c.between,
        )
    )
    # Every other State the data knows is asked too (one may be bound through a record the
    # data infers, or be of unknown status past the data's horizon), save for a bilateral
    # treaty, which no third State joins.
    rest = [] if te.kind == "bilateral" else [s.code for s in all_states() if s.code not in first]
    open_: str | None = None
    for state in (*first, *rest):
        try:
            to_earlier = c.party_to(earlier, te, state)
            if to_earlier is Verdict.NOT_MET:
                continue
            to_later = c.party_to(later, tl, state)
        except InvalidInput:
            continue  # no State on the date: a party to nothing
        if to_earlier is Verdict.MET and to_later is Verdict.NOT_MET:
            return Verdict.NOT_MET, (
                f"{country_name(state, c.on)} is a party to the {te} and not to the {tl}: the parties "
                "to the later treaty do not include all the parties to the earlier (art. 30(4))"
            )
        if to_later is not Verdict.MET and open_ is None:
            open_ = state
    if open_ is None:
        return Verdict.MET, f"every party to the {te} is a party also to the {tl} (art. 30(3))"
    return Verdict.UNKNOWN, (
        f"whether every party to the {te} is a party also to the {tl} is beyond the data (for "
        f"{country_name(open_, c.on)}, among others: see party_status), so whether art. 30(3) "
        "applies, or art. 30(4) (the later treaty's parties not including all the earlier's), "
        "cannot be told"
    )


#: Art. 30(1) governs "successive treaties relating to the same subject-matter": whether a border
#: security protocol and a human-rights treaty do is itself disputed (read strictly, or as any two
#: treaties whose performance collides, as the ILC's Fragmentation study prefers). Where art. 30
#: decides, the ruling says it took them to.
AS_SAME_SUBJECT = (
    "the two treaties are taken to relate to the same subject-matter (VCLT art. 30(1)), so far "
    "as performing one affects performing the other"
)

#: The footing on which art. 30 is applied where the VCLT itself does not govern: it applies only
#: to treaties concluded after it entered into force for the states concerned (art. 4), so for a
#: state not party to it, or a treaty concluded earlier, the rule applies as the customary law it
#: is widely taken to reflect (as arts 53 and 64 are, :mod:`.jus_cogens`).
AS_CUSTOM = (
    "VCLT art. 30 is applied as customary law where the VCLT does not bind the states concerned "
    "or predates the treaties (VCLT art. 4)"
)


def _modification(
    doctrine: Doctrine, later: StateObligation, earlier: StateObligation, barred: str
) -> Finding:
    """VCLT art. 41(1)(b), as the doctrine takes it: whether a later agreement between some parties
    of a multilateral treaty takes effect between them against a duty owed to every party."""
    element = "modification between some parties (VCLT art. 41(1)(b))"
    cites = (Citation(_V, "41(1)(b)"), Citation(_V, "30(5)"))
    view = doctrine.inter_se_modification
    position = doctrine.position("inter_se_modification")
    if view is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"{barred}; whether {later.citation} still governs the relations of its parties (art. "
            "30(4)(a)), their responsibility to the other parties kept, is contested: the Vienna "
            "Convention does not say what follows from a modification art. 41 does not permit",
            *cites,
            assumptions=(position,),
        )
    if view:
        return finding(
            element,
            Verdict.MET,
            f"{later.citation} governs the relations of its parties as written (art. 30(4)(a)), "
            f"their responsibility toward the other parties for any breach of {earlier.citation} "
            "kept (art. 30(5))",
            *cites,
            assumptions=(position,),
        )
    return finding(
        element,
        Verdict.NOT_MET,
        f"{barred}: {later.citation} does not set it aside between its parties",
        *cites,
        assumptions=(position,),
    )


def _inter_se_ruling(
    element: str,
    modification: Finding,
    later: StateObligation,
    earlier: StateObligation,
    between: tuple[str, ...],
    parties: str,
    barred: str,
    assumptions: tuple[str, ...],
    on: dt.date,
) -> Decision:
    """Art. 30(4)(a) read with arts 30(5) and 41(1)(b), where the ``modification`` (art. 41) is
    found not to take effect (the earlier duty prevails) or is contested: the ruling on
    successive treaties then."""
    children = (modification,)
    cites = (
        Citation(_V, "30(4)(a)"),
        Citation(_V, "30(5)"),
        Citation(_V, "41(1)(b)"),
        Citation(_V, "4"),
    )
    if modification.verdict is Verdict.UNKNOWN:
        contested = (
            f"whether {later.citation} governs their relations (art. 30(4)(a)) or "
            f"{earlier.citation} prevails between them too (art. 41(1)(b)) is contested"
        )
        return Decision(
            finding(
                element,
                Verdict.UNKNOWN,
                f"{parties}; {contested}",
                *cites,
                children=children,
                assumptions=assumptions,
            ),
            PrecedenceRule.UNRESOLVED,
            statement=f"as between {names(between, on)}, parties to both treaties, {contested}",
        )
    return Decision(
        finding(
            element,
            Verdict.MET,
            f"{parties}; but the later agreement cannot set the earlier duty aside between them: "
            f"{earlier.citation} prevails",
            *cites,
            children=children,
            assumptions=assumptions,
        ),
        PrecedenceRule.INTER_SE_BARRED,
        earlier,
        later,
        statement=(
            f"as between {names(between, on)}, parties to both treaties, {earlier.citation} prevails "
            f"over the later {later.citation}: {barred} (VCLT arts 30(5), 41(1)(b))"
        ),
    )


def _parties_unknown(
    element: str,
    modification: Finding,
    later: StateObligation,
    earlier: StateObligation,
    c: Conflict,
    parties: str,
    assumptions: tuple[str, ...],
) -> Decision:
    """The ruling where the data cannot say whether every party to the earlier treaty is a party
    also to the later (:func:`every_party`), and the answer turns on it: the later prevails if they
    all are (art. 30(3)); if not, it is an agreement between some of the earlier treaty's parties,
    which ``modification`` (art. 41(1)(b)) finds does not set the earlier duty aside, or leaves
    contested."""
    te, tl = c.source_treaty(earlier), c.source_treaty(later)
    if modification.verdict is Verdict.NOT_MET:
        otherwise = f"{earlier.citation} prevails between them (VCLT arts 30(5), 41(1)(b))"
    else:
        otherwise = (
            f"whether {later.citation} governs their relations (art. 30(4)(a)) or "
            f"{earlier.citation} prevails between them too (art. 41(1)(b)) is contested"
        )
    turns = (
        f"if every party to the {te} is a party also to the {tl}, {later.citation} prevails (VCLT art. "
        f"30(3)); if not, {otherwise}"
    )
    return Decision(
        finding(
            element,
            Verdict.UNKNOWN,
            f"{parties}; {turns}",
            Citation(_V, "30(3)"),
            Citation(_V, "30(4)(a)"),
            Citation(_V, "30(5)"),
            Citation(_V, "41(1)(b)"),
            Citation(_V, "4"),
            children=(modification,),
            assumptions=assumptions,
        ),
        PrecedenceRule.UNRESOLVED,
        statement=(
            f"as between {names(c.between, c.on)}, parties to both treaties, whether every party "
            f"to the {te} is a party also to the {tl} is beyond the data: {turns}"
        ),
    )


def _each_way(c: Conflict, unknown: list[str], element: str) -> Decision | None:
    """Where whether States concerned (``unknown``) are parties to a treaty the conflict turns on
    is beyond the data (the DPRK's participation in the Refugee Convention and the Protocol after
    the data's horizon), what art. 30(3)-(4) gives each way: the States taken to be parties to
    those treaties, and taken not to be (:attr:`.conflict.Conflict.supposed`,
    :attr:`.conflict.Conflict.denied`). Art. 30(4) decides each pair of States by the treaties
    both are parties to, so one fact decides, and the ruling names it with what follows from
    each answer rather than finding that no rule ranks the two (review s39 cf39 F1). ``None``
    where the data cannot settle something else (an instrument of the caller's own given without
    records), or either supposition leaves the parties unsettled."""
    a, b = c.first, c.second
    # The obligated State is bound by both obligations, as the ruling has established before any
    # rule runs: it is never supposed a non-party to the treaties they are owed under.
    others = [s for s in unknown if s not in (a.state, b.state)]
    treaties = dict.fromkeys(
        t
        for t in map(c.treaty, (*owed_under(a), *owed_under(b)))
        if t is not None
        and t.key not in c.supposed
        and any(c.binds(s, t) is Verdict.UNKNOWN for s in others)
    )
    if not treaties:
        return None
    keys = frozenset(t.key for t in treaties)
    denied = frozenset((s, k) for s in others for k in keys)
    ways = (attrs.evolve(c, supposed=c.supposed | keys), attrs.evolve(c, denied=c.denied | denied))
    for way in ways:
        pa, pb = way.parties(a), way.parties(b)
        if any(Verdict.UNKNOWN in (pa[s], pb[s]) for s in c.between):
            return None
    yes, no = (successive_treaties(way) for way in ways)
    who, listed = names(others, c.on), tuple(treaties)
    verb, party = ("is", "a party") if len(others) == 1 else ("are", "parties")
    neither = (
        f"neither the {treaty_names(listed, 'nor')}" if len(listed) > 1 else f"not the {listed[0]}"
    )
    turns = (
        f"whether {who} {verb} {party} to the {treaty_names(listed)} on {c.on.isoformat()} is "
        "beyond the data (see party_status), and art. 30(3)-(4) turns on it: if "
        f"{'it is' if len(others) == 1 else 'they are'}, {yes.statement or yes.finding.reason}; "
        f"if {party} to {neither}, {no.statement or no.finding.reason}"
    )
    return Decision(
        finding(
            element,
            Verdict.UNKNOWN,
            turns,
            *dict.fromkeys((*yes.finding.citations, *no.finding.citations)),
            assumptions=tuple(
                dict.fromkeys((*yes.finding.all_assumptions(), *no.finding.all_assumptions()))
            ),
        ),
        PrecedenceRule.UNRESOLVED,
        statement=turns,
    )


def successive_treaties(c: Conflict) -> Decision:
    """Lex posterior among common parties (30(3), 30(4)(a)); the common treaty otherwise
    (30(4)(b)), with the responsibility art. 30(5) keeps."""
    a, b, between = c.first, c.second, c.between
    ia, ib = c.source_treaty(a), c.source_treaty(b)
    element = "successive treaties (VCLT art. 30(3)–(5))"
    signed = next((o for o in (a, b) if is_signatory_duty(o)), None)
    if signed is not None:
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                f"art. 30 does not apply: {signatory_words(signed)}, not a treaty relating to "
                "the subject-matter of the other",
                Citation(_V, "30(1)"),
                Citation(_V, "18"),
            )
        )
    if ia is None or ib is None or set(owed_under(a)) & set(owed_under(b)):
        why = (
            "one obligation is not a treaty obligation"
            if ia is None or ib is None
            else "both obligations come from the same treaty"
        )
        return Decision(
            finding(
                element, Verdict.NOT_MET, f"art. 30 does not apply: {why}", Citation(_V, "30(1)")
            )
        )
    if _CHARTER in (ia.key, ib.key):
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                "art. 30(1) is subject to UN Charter Art. 103: a Charter obligation is never "
                "displaced as an earlier treaty",
                Citation(_V, "30(1)"),
                Citation(_CHARTER, "103"),
            )
        )
    if len(between) < 2:
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                "art. 30 settles the mutual relations of states; with one state there are none "
                "to settle: it owes each obligation to that treaty's parties (art. 30(5))",
                Citation(_V, "30(4)"),
                Citation(_V, "30(5)"),
            )
        )
    pa, pb = c.parties(a), c.parties(b)
    unknown = [s for s in between if Verdict.UNKNOWN in (pa[s], pb[s])]
    if unknown:
        each_way = _each_way(c, unknown, element)
        if each_way is not None:
            return each_way
        unknown_names = ", ".join(country_name(s, c.on) for s in unknown)
        return Decision(
            finding(
                element,
                Verdict.UNKNOWN,
                f"whether {unknown_names} is party to both treaties on {c.on.isoformat()} is beyond the "
                "data (see party_status), so art. 30(3)-(4) cannot be applied",
                Citation(_V, "30(4)"),
            )
        )
    both = [s for s in between if pa[s] is Verdict.MET and pb[s] is Verdict.MET]
    dated_a = _date_of(ia, a, c.doctrine.later_treaty_by)
    dated_b = _date_of(ib, b, c.doctrine.later_treaty_by)
    words_a, words_b = dated_a[2], dated_b[2]
    order = _later_of(dated_a, dated_b)
    assume = (c.doctrine.position("later_treaty_by"),)
    # Where no one treaty carries an obligation among all the states concerned (Convention art.
    # 33 owed to a party to the Convention alone under it, and to one to the Protocol alone under
    # the Protocol), each pair has its own: the order must be the same by each.
    orders = {
        _later_of(
            _date_of(ta, a, c.doctrine.later_treaty_by), _date_of(tb, b, c.doctrine.later_treaty_by)
        )
        for ta in c.dated(a)
        for tb in c.dated(b)
    }
    if len(both) == len(between) and len(orders) > 1:
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                "art. 30(4)(a) decides each pair of states by the treaties they are both party "
                "to, and here one is the later for some pairs and the earlier for others (the "
                f"obligation is owed under {treaty_names(c.dated(a) if len(c.dated(a)) > 1 else c.dated(b))} "
                "to different states): no one ruling holds among them all (ask for each pair)",
                Citation(_V, "30(4)(a)"),
                assumptions=assume,
            )
        )
    if len(both) == len(between):
        if order is None:
            return Decision(
                finding(
                    element,
                    Verdict.UNKNOWN,
                    f"which treaty is later cannot be told ({ia}: {words_a}; {ib}: {words_b})",
                    Citation(_V, "30(3)"),
                    assumptions=assume,
                )
            )
        later, earlier = (a, b) if order > 0 else (b, a)
        earlier_inst = treaty_names(c.carriers(earlier))
        # Art. 30(3) needs every party to the earlier treaty to be a party also to the later; where
        # the later's parties do not include them all (an agreement of two or three of a
        # convention's parties), art. 30(4)(a) applies between the parties to both, read with art.
        # 30(5), "without prejudice to article 41". Where the data cannot say, either may apply.
        every, every_words = every_party(c, earlier, later)
        te, tl = c.source_treaty(earlier), c.source_treaty(later)
        # Responsibility toward the other parties survives only where there are others: never
        # under art. 30(3), every party having agreed to the later treaty.
        residual: tuple[str, ...] = (
            (
                (
                    ""
                    if every is Verdict.NOT_MET
                    else f"unless every party to the {te} is a party also to the {tl}, "
                )
                + f"{country_name(earlier.state, c.on)} remains responsible to the other parties of "
                f"the {earlier_inst} for any breach of {_pinpoint(earlier)} (VCLT art. 30(5); cf. "
                "art. 41(1)(b))",
            )
            if _integral(earlier) and every is not Verdict.MET
            else ()
        )
        # Art. 33 admits no reservation under either instrument it is owed under between them:
        # the Convention's art. 42(1), and the Protocol's art. VII(1) ("other than those contained
        # in articles 1, 3, 4, 16 (1) and 33").
        unreservable = {
            "refugee-convention-1951": "the Convention's art. 42(1)",
            "refugee-protocol-1967": "the Protocol's art. VII(1)",
        }
        barring = [
            unreservable[t.key]
            for t in c.common(earlier)
            if t.key in unreservable and earlier.instrument == "refugee-convention-1951"
        ]
        no_reservation = (
            f" ({' and '.join(barring)} permit{'s' if len(barring) == 1 else ''} no reservation "
            "to art. 33)"
            if barring and earlier.provision.split("(")[0] == "33"
            else ""
        )
        # A duty owed to every party of a multilateral treaty, against a later treaty whose parties
        # do not include them all: an agreement between some of them, art. 30(4)(a) read with art.
        # 30(5) and art. 41 (whether an inter se modification art. 41(1)(b) does not permit still
        # governs their relations is the contested position ``inter_se_modification``). Not who
        # the later duty names as its counterparties, but who is party to the later treaty,
        # decides it (review s33 own1 F5).
        inter_se = _integral(earlier) and every is not Verdict.MET
        children: tuple[Finding, ...] = ()
        parties = (
            f"every state concerned ({', '.join(between)}) is party to both treaties, and "
            f"{later.citation} is the later ({ia}: {words_a}; {ib}: {words_b}); {every_words}"
        )
        if inter_se:
            barred = (
                f"art. 41(1)(b) lets parties of the {treaty_names(c.common(earlier))} modify it "
                "between themselves "
                "only where the modification neither affects the other parties' rights nor "
                "relates to a provision derogation from which is incompatible with the treaty's "
                f"object and purpose, and {_pinpoint(earlier)} is owed to every party"
                f"{no_reservation}"
            )
            modification = _modification(c.doctrine, later, earlier, barred)
            children = (modification,)
            if modification.verdict is not Verdict.MET and every is Verdict.UNKNOWN:
                return _parties_unknown(
                    element,
                    modification,
                    later,
                    earlier,
                    c,
                    parties,
                    (*assume, AS_SAME_SUBJECT, AS_CUSTOM),
                )
            if modification.verdict is not Verdict.MET:
                return _inter_se_ruling(
                    element,
                    modification,
                    later,
                    earlier,
                    between,
                    parties,
                    barred,
                    (*assume, AS_SAME_SUBJECT, AS_CUSTOM),
                    c.on,
                )
        arts = {Verdict.MET: "30(3)", Verdict.NOT_MET: "30(4)(a)"}.get(every, "30(3) or 30(4)(a)")
        statement = (
            f"as between {names(between, c.on)}, parties to both treaties, {later.citation} "
            f"prevails as the later treaty (VCLT art. {arts})"
        )
        if residual:
            statement += (
                f"; {earlier.citation} is owed to every other party of the {earlier_inst}, and "
                "responsibility toward them for any breach remains"
                + ("" if every is Verdict.NOT_MET else f" unless they are all parties to the {tl}")
            )
        if residual and earlier.norm == "non-refoulement":
            # The person the duty protects is no party to either treaty: priority between the
            # treaty's parties (art. 30(4)(a)) governs their mutual relations, not the duty owed to
            # the person, which the return assessment weighs as before.
            statement += (
                "; the person it protects is no party to either treaty: the later treaty's "
                "priority between its parties does not release the state from the duty not to "
                "return the person, and a return assessment weighs that duty as before"
            )
        reason = (
            f"every state concerned ({', '.join(between)}) is party to both treaties, so the "
            f"earlier applies only so far as compatible with the later: {ia} ({words_a}), "
            f"{ib} ({words_b}); {every_words}; {later.citation} prevails"
        )
        return Decision(
            finding(
                element,
                Verdict.MET,
                reason,
                *((Citation(_V, "30(3)"),) if every is not Verdict.NOT_MET else ()),
                *((Citation(_V, "30(4)(a)"),) if every is not Verdict.MET else ()),
                *((Citation(_V, "30(5)"), Citation(_V, "41(1)(b)")) if inter_se else ()),
                Citation(_V, "4"),
                children=children,
                assumptions=(*assume, AS_SAME_SUBJECT, AS_CUSTOM),
            ),
            PrecedenceRule.LEX_POSTERIOR,
            later,
            earlier,
            residual=residual,
            statement=statement,
        )
    only_a = [s for s in between if pa[s] is Verdict.MET and pb[s] is Verdict.NOT_MET]
    only_b = [s for s in between if pb[s] is Verdict.MET and pa[s] is Verdict.NOT_MET]
    if both and (only_a or only_b) and not (only_a and only_b):
        common, other = (a, b) if only_a else (b, a)
        common_inst = treaty_names(c.common(common))
        governs = "govern" if len(c.common(common)) > 1 else "governs"
        owed, owed_none = treaty_names(c.carriers(other)), treaty_names(c.carriers(other), "or")
        their = "their" if len(c.carriers(other)) > 1 else "its"
        outsiders = only_a or only_b
        outsider_names = ", ".join(country_name(s, c.on) for s in outsiders)
        residual = tuple(
            f"{country_name(s, c.on)} remains responsible to the other parties of the {owed} for any "
            f"breach of {_pinpoint(other)} "
            "(VCLT art. 30(5))"
            for s in both
        )
        reason = (
            f"{', '.join(country_name(s, c.on) for s in both)} is party to both treaties and "
            f"{outsider_names} only to {common_inst}: between them {common_inst} {governs} (art. "
            f"30(4)(b)); art. 30(5) keeps the responsibility owed under {owed} to {their} other "
            "parties"
        )
        statement = (
            f"as between {names(both, c.on)} and {names(outsiders, c.on)}, {common.citation} governs "
            "their mutual relations (VCLT art. 30(4)(b))"
        )
        if _integral(other):
            statement += (
                f"; {names(outsiders, c.on)} holds no rights under the {owed_none}, whose "
                f"{_pinpoint(other)} is owed to every other party, not to one state"
            )
        if other.norm == "non-refoulement":
            # As under art. 30(4)(a): the common treaty governs the mutual relations of its
            # parties, and the person the displaced bar protects is party to neither treaty; the
            # State's duty not to return the person, owed to the bar's other parties (art. 30(5)),
            # is not lifted by it (review s37 cf37 F2).
            statement += (
                f"; the person {_pinpoint(other)} protects is no party to either treaty: "
                f"{common_inst} governing their mutual relations does not release "
                f"{names(both, c.on)} from the duty not to return the person, and a return "
                "assessment weighs that duty as before"
            )
        statement += "; " + "; ".join(residual)
        return Decision(
            finding(
                element,
                Verdict.MET,
                reason,
                Citation(_V, "30(4)(b)"),
                Citation(_V, "30(5)"),
                Citation(_V, "4"),
                assumptions=(AS_SAME_SUBJECT, AS_CUSTOM),
            ),
            PrecedenceRule.COMMON_TREATY,
            common,
            other,
            residual=residual,
            statement=statement,
        )
    if both and only_a and only_b:
        # Art. 30(4)(b) decides each pair of states, and here differently: no one treaty governs
        # among them all, so no rule ranks the two for the whole group.
        pairs = "; ".join(
            f"between {names([*both, *only], c.on)}, {treaty_names(c.common(ob, [*both, *only]))} "
            + ("govern" if len(c.common(ob, [*both, *only])) > 1 else "governs")
            for only, ob in ((only_a, a), (only_b, b))
        )
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                f"art. 30(4)(b) decides each pair of states by the treaty both are party to: {pairs}; "
                "no one treaty governs among them all (ask for each pair)",
                Citation(_V, "30(4)(b)"),
                Citation(_V, "30(5)"),
                assumptions=(AS_SAME_SUBJECT, AS_CUSTOM),
            )
        )
    return Decision(
        finding(
            element,
            Verdict.NOT_MET,
            "the states concerned are not parties in a pattern art. 30 addresses",
            Citation(_V, "30(4)"),
        )
    )
