"""Peremptory norms: VCLT arts 53 and 64 (and 44(3), 44(5)).

Art. 53: "A treaty is void if, at the time of its conclusion, it conflicts with a peremptory
norm of general international law. [...] a peremptory norm of general international law is a
norm accepted and recognized by the international community of States as a whole as a norm
from which no derogation is permitted [...]."
Art. 64: "If a new peremptory norm of general international law emerges, any existing treaty
which is in conflict with that norm becomes void and terminates."
Art. 71(1): "In the case of a treaty which is void under article 53 the parties shall: [...] (b)
bring their mutual relations into conformity with the peremptory norm of general international
law." Art. 71(2): "In the case of a treaty which becomes void and terminates under article 64, the
termination of the treaty: (a) releases the parties from any obligation further to perform the
treaty; (b) does not affect any right, obligation or legal situation of the parties created
through the execution of the treaty prior to its termination; provided that those rights,
obligations or situations may thereafter be maintained only to the extent that their maintenance
is not in itself in conflict with the new peremptory norm of general international law."
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..doctrine import Doctrine
from ..errors import InvalidInput
from ..instruments import Instrument
from ..logic import Verdict, finding
from ..results import Basis, PrecedenceRule, StateObligation
from ..sources import Citation
from .conflict import Conflict, Decision, is_signatory_duty
from .obligations import EARLIEST_EVIDENCE
from .peremptory import (
    CUSTOM,
    REFUGEE_LIMB,
    TORTURE_LIMB,
    TORTURE_LIMB_DATING_READING,
    TORTURE_LIMB_EVIDENCE,
    beyond_peremptory,
    beyond_words,
    hands_back_without_exception,
    held_limbs,
    peremptory_limb,
    peremptory_part,
    peremptory_words,
    ruling_positions,
    states_norm,
    torture_dating_decides,
    voiding_limbs,
    voiding_positions,
)
from .vclt_30 import clause_not_counted, yield_readings, yields_in

__all__ = ["BEFORE_EVIDENCE", "deciding", "peremptory_norm", "positions"]

_V = "vclt-1969"
_CHARTER = "un-charter-1945"
_TORTURE = Citation("icj-belgium-v-senegal-2012", "99")
#: ILC Draft conclusions on peremptory norms (2022), conclusion 16: a decision of an international
#: organization "that would otherwise have binding effect does not create obligations under
#: international law if and to the extent that they conflict with a peremptory norm" (the
#: library's record is secondary; :data:`.charter_103._CONCLUSION_16` cites it alike).
_CONCLUSION_16 = Citation("ilc-peremptory-norms-2022", "conclusion(16)")


def deciding(c: Conflict) -> tuple[str, ...]:
    """The positions that decide whether either obligation is peremptory, or either's treaty void
    for conflict with a limb of non-refoulement, each once."""
    return ruling_positions(c.first, c.second, c.doctrine, c.on)


def positions(c: Conflict) -> tuple[str, ...]:
    """The contested positions that decide whether either obligation is peremptory, in words."""
    return tuple(c.doctrine.position(n) for n in deciding(c))


def against_torture(ob: StateObligation, doctrine: Doctrine) -> bool:
    """Whether the obligation is peremptory on ``doctrine`` as a duty not to return a person to
    torture (``Doctrine.torture_non_refoulement_peremptory``): CAT art. 3 or ICCPR art. 7, or
    customary non-refoulement held peremptory in its torture limb alone."""
    return peremptory_limb(ob, doctrine) == TORTURE_LIMB


def footing(ob: StateObligation, doctrine: Doctrine, partly: bool = False) -> str:
    """Why an obligation is peremptory, in words: the duty not to return a person to torture
    stands on the doctrine's view, beside the prohibition of torture, peremptory on its own.
    ``partly``: the obligation bars return to more than its limbs held peremptory do, and is
    peremptory only in so far as it bars return to torture (ICCPR art. 7, ECHR art. 3), or, for
    customary non-refoulement, in the limb held (:func:`.peremptory.beyond_peremptory`)."""
    if against_torture(ob, doctrine):
        part = (
            " in its torture limb"
            if ob.instrument == CUSTOM
            else " in so far as it bars return to torture"
            if partly
            else ""
        )
        return (
            f"{ob.citation} reflects a peremptory norm{part} (the prohibition of torture is "
            "peremptory, ICJ Belgium v Senegal para. 99, and on the doctrine applied so is the "
            "duty not to return a person to torture)"
        )
    if ob.instrument == CUSTOM and partly and getattr(doctrine, TORTURE_LIMB) is not True:
        # Held peremptory in its refugee limb alone: its torture limb is held not peremptory, or
        # left open (:func:`.peremptory.beyond_peremptory`).
        return (
            f"{ob.citation} reflects a peremptory norm in its refugee limb (refugee "
            "non-refoulement)"
        )
    return f"{ob.citation} reflects a peremptory norm"


def norm_words(limb: str) -> str:
    """The peremptory norm a limb of non-refoulement is, in words."""
    if limb == TORTURE_LIMB:
        return "the duty not to return a person to torture"
    return "non-refoulement"


def footing_by_terms(strong: StateObligation, weak: StateObligation, limb: str) -> str:
    """Why ``weak``'s treaty meets a peremptory norm that ``strong`` is not held to state: ``weak``
    requires, by its terms, the return of persons the norm protects (a duty to hand back without
    exception, :func:`.peremptory.hands_back_without_exception`)."""
    if limb == TORTURE_LIMB:
        persons, why = (
            "persons at risk of torture",
            "the prohibition of torture is peremptory, ICJ Belgium v Senegal para. 99, and on the "
            "doctrine applied so is the duty not to return a person to torture",
        )
    else:
        persons, why = "refugees at risk of persecution", "on the doctrine applied"
    return (
        f"{weak.citation}, a duty to hand persons back that states no exception, requires by its "
        f"terms the return of {persons}: it conflicts with the peremptory norm of "
        f"{norm_words(limb)} ({why}), whatever obligation it is set against, here "
        f"{strong.citation}; so"
    )


def prevails_for_every_state(
    strong: StateObligation, weak: StateObligation, doctrine: Doctrine, part: str = ""
) -> str:
    """What prevails for every state: the peremptory norm itself, which a treaty provision may
    express but never extends to a state not party to it (VCLT art. 34); for a duty peremptory
    only in ``part`` of it (:func:`.peremptory.peremptory_part`), in that part."""
    # On the torture branch the peremptory norm is the duty not to return a person to torture,
    # which the doctrine keeps apart from refugee non-refoulement (custom holds both).
    torture = against_torture(strong, doctrine)
    scope = f"{part}, " if part else ""
    if strong.norm is None or (strong.instrument == CUSTOM and not torture):
        return f"{scope}for every state, {strong.citation} prevails over {weak.citation}"
    norm = "the duty not to return a person to torture" if torture else strong.norm
    states = "includes" if strong.instrument == CUSTOM else "expresses"
    return (
        f"{scope}for every state, the peremptory norm of {norm}, which {strong.citation} "
        f"{states}, prevails over {weak.citation}"
    )


def voidable(inst: Instrument | None, strong: StateObligation) -> bool:
    """Whether ``inst``, the treaty of an obligation set against ``strong``, is one a peremptory
    norm ``strong`` states could void: a treaty (not custom), neither ``strong``'s own nor the UN
    Charter, and not one that itself states ``strong``'s norm (art. 53 voids a treaty that
    conflicts with the norm; the Refugee Convention's art. 33 expresses it, whichever of its
    provisions is set against it)."""
    return (
        inst is not None
        and inst.key not in (strong.instrument, _CHARTER)
        and not states_norm(inst.key, strong.norm)
    )


def its_treaty(weak: StateObligation, c: Conflict) -> Instrument | None:
    """The treaty a peremptory norm could void for ``weak``'s conflict with it (arts 53 and 64
    void "a treaty"): the one ``weak`` arises under. ``None`` where ``weak`` is no treaty's own
    duty: custom (its ``basis``, whatever instrument it names), or a signatory's duty under VCLT
    art. 18 (:func:`.conflict.is_signatory_duty`), which the signatory owes under the law of
    treaties, as custom or under the VCLT, and which is no provision of the treaty it signed:
    neither that treaty nor the VCLT, which states arts 53 and 64 themselves, is void for it."""
    if weak.basis is not Basis.TREATY or is_signatory_duty(weak):
        return None
    return c.treaty(weak.instrument)


def evidence_of_custom(limb: str | None) -> tuple[dt.date, str] | None:
    """The earliest evidence the library holds that non-refoulement, in the peremptory ``limb``,
    was customary law at all, and what it is: a norm cannot have been peremptory before it was
    even custom. ``None`` for another peremptory norm (genocide, say), which the library does not
    date."""
    if limb is None:
        return None
    if limb == TORTURE_LIMB:
        return TORTURE_LIMB_EVIDENCE, f"CAT art. 3, adopted {TORTURE_LIMB_EVIDENCE.isoformat()}"
    return EARLIEST_EVIDENCE, f"ExCom Conclusion No. 6, {EARLIEST_EVIDENCE.year}"


def _dated(limb: str) -> tuple[dt.date, str]:
    """The earliest evidence the library holds that ``limb`` was customary law, and what it is."""
    dated = evidence_of_custom(limb)
    assert dated is not None  # a limb of non-refoulement is dated
    return dated


def _evidence(limb: str) -> dt.date:
    """The date of the earliest evidence the library holds that ``limb`` was customary law."""
    return _dated(limb)[0]


#: How the library applies the doctrine's view that a norm is peremptory on a date after the
#: evidence that it was customary: it does not date the norm's emergence as peremptory.
UNDATED_EMERGENCE = (
    "the doctrine's view that the norm is peremptory is applied as of {on}: the library does not "
    "date its emergence as a peremptory norm, before which art. 64 voids nothing and leaves what "
    "was done under the treaty untouched (art. 71(2))"
)

#: What the library cites of a limb's emergence as peremptory, said after
#: :data:`UNDATED_EMERGENCE` where that limb decides: ExCom Conclusion No. 25 (1982) concerns
#: refugee non-refoulement, and is not cited where the duty not to return a person to torture
#: alone decides.
EMERGENCE_WORDS = {
    REFUGEE_LIMB: (
        "ExCom Conclusion No. 25 (1982) spoke of non-refoulement as progressively acquiring that "
        "character"
    ),
}


def undated_emergence(on: dt.date, limb: str | None) -> str:
    """:data:`UNDATED_EMERGENCE` on ``on``, with what the library cites of the emergence of the
    deciding ``limb`` as peremptory (:data:`EMERGENCE_WORDS`), where it cites anything."""
    said = EMERGENCE_WORDS.get(limb or "")
    return UNDATED_EMERGENCE.format(on=on.isoformat()) + (f"; {said}" if said else "")


#: The position on which a treaty concluded before the earliest evidence that the limb of
#: non-refoulement it conflicts with was custom (``{norm}``, dated by ``{evidence}``: ExCom
#: Conclusion No. 6, 1977, for refugee non-refoulement; CAT art. 3, adopted 10 December 1984, for
#: the duty not to return a person to torture) meets the norm only under art. 64: the absence of
#: evidence, not evidence of absence.
NOT_PEREMPTORY_AT_CONCLUSION = (
    "{inst} is taken not to have conflicted with a peremptory norm when it was concluded "
    "({year}): {norm} is taken not to have been peremptory before the earliest evidence "
    "the library holds that it was customary law ({evidence}), a doctrinal "
    "judgement the data does not show; had it been peremptory then, the treaty would be void as "
    "a whole from its conclusion (art. 53; art. 44(5) permits no separation of its provisions) "
    "and its consequences those of art. 71(1), not art. 71(2)"
)

#: The reading on which, on the view that a limb of non-refoulement is peremptory, it is taken not
#: to have been peremptory before the earliest evidence the library holds that it was customary
#: law at all (ExCom Conclusion No. 6, 12 October 1977, for refugee non-refoulement; CAT art. 3,
#: adopted 10 December 1984, for the duty not to return a person to torture), named wherever that
#: date decides a ruling (review s36 F3): before it the peremptory-norm rule ranks nothing and
#: voids no treaty, and from it the view is applied (:data:`UNDATED_EMERGENCE`). It is the same
#: judgement :data:`NOT_PEREMPTORY_AT_CONCLUSION` names for a treaty's conclusion: the absence of
#: evidence, not evidence of absence. When the rule became custom is itself contested, and the
#: library holds no source that dates it; had the norm been peremptory already, the obligation
#: stating it would prevail and a treaty conflicting with it would be void.
BEFORE_EVIDENCE = {
    limb: (
        f"on the view that {norm_words(limb)} is peremptory, it is taken not to have been "
        "peremptory before the earliest evidence the library holds that it was customary law "
        f"({what}), before which the peremptory-norm rule ranks nothing and voids no treaty: the "
        "absence of evidence, not evidence of absence, a doctrinal judgement the data does not "
        "show (when the rule became customary is contested, and the library holds no source that "
        "dates it); had the norm been peremptory already, the obligation stating it would prevail "
        "and a treaty conflicting with it would be void (arts 53, 64)"
    )
    for limb in (REFUGEE_LIMB, TORTURE_LIMB)
    for _, what in (_dated(limb),)
}

#: The reading on which a treaty duty to hand persons back is void, rather than inapplicable to
#: those the peremptory norm protects.
AS_REQUIRING_RETURN = (
    "the treaty's duty is taken to require, by its terms, the return of persons the peremptory "
    "norm protects; if it can be read and applied consistently with the norm (ILC Draft "
    "Conclusions on peremptory norms, 2022), it does not apply to them, and the treaty is not void"
)

#: The reading on which a treaty set against a duty peremptory only in part (ICCPR art. 7, ECHR
#: art. 3, customary non-refoulement: :func:`.peremptory.beyond_peremptory`) conflicts with the
#: peremptory norm, and is void: it requires what the duty forbids in its peremptory part
#: (``{to}``: "to torture"; for custom held peremptory in its refugee limb alone, "to
#: persecution"), and what it forbids beyond that is ``{rest}``. On that
#: reading the treaty is void and ranks against no part of the duty (VCLT arts 44(5), 71); on the
#: other, it is not void, and the ruling ranks it against the rest (:func:`.precedence.decide`).
AS_REQUIRING_RETURN_TO_TORTURE = (
    "{weak} is taken to require, among what {strong} forbids, return {to}: the ruling's void "
    "holds on that reading, on which {strong} stands whole against it, since a void treaty "
    "prevails over nothing (VCLT arts 44(5), 71); if what it requires is return {rest} alone, it "
    "does not conflict with the peremptory norm, is not void for it, and ranks against {strong} "
    "as the ruling says of that reading"
)

#: What ``void`` names on the art. 64 path: the treaty, whose conflicting provisions alone may go.
AS_WHOLE_TREATY = (
    "the ruling's void names {inst} itself: under art. 64 only its conflicting provisions go "
    "where they are separable from the rest (art. 44(3)), which the library does not decide"
)


def dating_limb(limbs: Iterable[str | None], on: dt.date) -> str | None:
    """Of the limbs of non-refoulement, each held peremptory, that a treaty conflicts with on
    ``on`` (``None``: a peremptory norm the library does not date), the one whose earliest evidence
    of custom (:func:`evidence_of_custom`) the library holds first: the treaty may have conflicted
    with a peremptory norm at its conclusion (art. 53) only if it was concluded after that
    evidence. ``None`` where no limb shown customary on ``on`` is among them."""
    shown = tuple(dict.fromkeys(x for x in limbs if x is not None and on >= _evidence(x)))
    return min(shown, key=_evidence, default=None)


def concluded_by(inst: Instrument, ob: StateObligation | None = None) -> tuple[dt.date, str] | None:
    """The latest day by which ``inst`` was concluded, as the data bounds it, and how, in words
    (the parenthesis of :data:`NOT_PEREMPTORY_AT_CONCLUSION`): its adoption, where the data gives
    it; else its entry into force, or the day ``ob``, an obligation under it, bound its State (a
    treaty binds only once concluded: review s36 F4). ``None`` where nothing bounds it."""
    if inst.adopted is not None:
        return inst.adopted, str(inst.adopted.year)
    if inst.entry_into_force is not None:
        day = inst.entry_into_force
        return day, f"by {day.isoformat()}, when it entered into force"
    if ob is not None and ob.since is not None:
        return ob.since, f"by {ob.since.isoformat()}, when it bound the state"
    return None


def concluded_before_custom(
    inst: Instrument, limb: str | None, ob: StateObligation | None = None
) -> bool:
    """Whether ``inst`` was concluded before the earliest evidence the library holds that the
    limb ``limb`` of non-refoulement (peremptory on the doctrine's view, whichever instrument
    states it; :func:`dating_limb`) was customary at all, that limb's own evidence
    (:func:`evidence_of_custom`: ExCom Conclusion No. 6, 1977, for refugee non-refoulement; CAT
    art. 3, adopted 10 December 1984, for the duty not to return a person to torture): a treaty
    cannot have conflicted at its conclusion with a peremptory norm that was not yet even custom
    (art. 53), and meets it only on its emergence (art. 64). Its conclusion is dated by its
    adoption, or bounded by its entry into force or the day ``ob``, an obligation under it, bound
    its State (:func:`concluded_by`)."""
    by = concluded_by(inst, ob)
    return limb is not None and by is not None and by[0] < _evidence(limb)


def at_conclusion(
    inst: Instrument, limb: str | None, ob: StateObligation | None = None
) -> tuple[str, str, tuple[str, ...]]:
    """How ``inst``, conflicting with the peremptory norm whose limb ``limb`` dates it
    (:func:`dating_limb`), is void, in words: the reason's clause and the statement's, and the
    caveat a treaty concluded before that limb's evidence rests on
    (:data:`NOT_PEREMPTORY_AT_CONCLUSION`; none otherwise). ``ob``: the obligation under it,
    whose ``since`` bounds its conclusion where the data dates neither its adoption nor its entry
    into force (:func:`concluded_by`)."""
    dated = evidence_of_custom(limb)
    by = concluded_by(inst, ob)
    if dated is None or by is None or not concluded_before_custom(inst, limb, ob):
        # Void under art. 53, it leaves its parties bound to undo what was done in reliance on
        # it (art. 71(1)(a)): for a duty to hand persons back, the hand-overs made under it
        # (review s37 cf37 F4).
        acts = (
            ", the hand-overs made under it among them"
            if ob is not None and hands_back_without_exception(ob)
            else ""
        )
        return (
            "if the norm was peremptory when the treaty was concluded, the treaty is void as a "
            "whole (art. 53; art. 44(5) permits no separation), and its parties must eliminate as "
            "far as possible the consequences of any act performed in reliance on its conflicting "
            f"provisions{acts} (art. 71(1)(a)); if the norm emerged later, the "
            "treaty becomes void and terminates from then (art. 64), and only its conflicting "
            "provisions go where they are separable (art. 44(3))",
            "is void, or void from the norm's emergence (VCLT arts 53, 64)",
            (),
        )
    # Art. 53 voids a treaty that conflicts with a peremptory norm "at the time of its
    # conclusion": a treaty concluded before the earliest evidence that the norm was even
    # customary can meet it only under art. 64.
    year = by[1]
    return (
        f"concluded {'in ' if inst.adopted is not None else ''}{year}, before the earliest "
        "evidence the library holds that "
        f"{norm_words(limb or '')} was customary law ({dated[1]}), it is taken not to have been "
        "void when concluded (art. 53); it becomes void and terminates from the norm's "
        "emergence as peremptory (art. 64), and only its conflicting provisions go where they "
        "are separable (art. 44(3))",
        "becomes void from the norm's emergence (VCLT art. 64)",
        (
            NOT_PEREMPTORY_AT_CONCLUSION.format(
                inst=inst, year=year, norm=norm_words(limb or ""), evidence=dated[1]
            ),
        ),
    )


def consequences(under_53: bool) -> tuple[str, tuple[Citation, ...]]:
    """What the invalidity of a treaty in conflict with a peremptory norm entails for its parties
    (art. 71), in words, and the paragraphs cited: art. 71(1) only where the treaty may be void
    under art. 53 (``under_53``), art. 71(2) where it becomes void and terminates under art. 64,
    which is open for every such treaty."""
    if under_53:
        return (
            "if void under art. 53, its parties must bring their mutual relations into "
            "conformity with the norm, art. 71(1)(b); if it terminates under art. 64, they are "
            "released from performing it further, art. 71(2)(a)",
            (Citation(_V, "71(1)(a)"), Citation(_V, "71(1)(b)"), Citation(_V, "71(2)(a)")),
        )
    return (
        "terminated under art. 64, it releases its parties from performing it further, art. "
        "71(2)(a), and leaves what was done under it before then, so far as maintaining that "
        "does not itself conflict with the norm, art. 71(2)(b)",
        (Citation(_V, "71(2)(a)"), Citation(_V, "71(2)(b)")),
    )


def as_reported(inst: Instrument, pinpoint: str) -> str:
    """The caveat a ruling rests on where the treaty or the provision set against the other is
    not verified (the 1986 China–DPRK protocol, known from secondary sources): ``""`` where both
    are."""
    content = _weakest_status(inst, pinpoint)
    if content == "verified":
        return ""
    return (
        f"{inst} is taken to be a treaty (VCLT art. 2(1)(a)) with the content reported for it, "
        f"which is {content}"
    )


def _weakest_status(inst: Instrument, pinpoint: str) -> str:
    """How well the treaty and the provision set against the norm are sourced: the instrument's
    status, or the provision's where the instrument is verified and the provision is not (the
    1964 protocol is a verified text whose hand-back provision is a secondary paraphrase)."""
    if inst.status != "verified":
        return inst.status
    try:
        return inst.provision(pinpoint).status
    except InvalidInput:
        return inst.status


def peremptory_norm(c: Conflict) -> Decision:
    """A peremptory norm prevails over any obligation that is not one; a treaty that conflicts
    with it is void (art. 53) or becomes void (art. 64). Art. 44(5) bars separating the provisions
    of a treaty void under art. 53 only; one that becomes void under art. 64 follows art. 44(3).
    Which of the two may apply is dated by the limb of non-refoulement the treaty conflicts with
    (:func:`dating_limb`, each limb by its own evidence of custom), and so are the consequences
    stated: art. 71(1) only where art. 53 may apply, art. 71(2) where art. 64 does.
    Voidness is the treaty's, not the pair's: a treaty whose duty conflicts by its own terms with
    a limb of non-refoulement held peremptory (:func:`.peremptory.voiding_limbs`) is void whatever
    it is set against, and the obligation set against it stands, peremptory or not."""
    cites = (
        Citation(_V, "53"),
        Citation(_V, "64"),
        Citation(_V, "44(5)"),
        Citation("ilc-peremptory-norms-2022", ""),
    )
    element = "peremptory norm (VCLT arts 53, 64)"
    assume = positions(c)
    pa, pb = c.peremptory
    # Each obligation, the one set against it, and the limb held peremptory in which the second
    # yields to the norm by its own terms (:func:`.vclt_30.yields_in`).
    yielded: list[tuple[StateObligation, StateObligation, str]] = []
    # Compare the flags of this branch (not the doctrine's contested value): two expressions of
    # the same peremptory norm (Convention art. 33(1) and customary non-refoulement) do not rank.
    for strong, weak, flag, weak_flag in (
        (c.first, c.second, pa, pb),
        (c.second, c.first, pb, pa),
    ):
        if weak_flag:
            continue
        # The limbs of non-refoulement held peremptory that ``weak``'s treaty conflicts with:
        # ``strong``'s own, or one ``weak`` conflicts with by its own terms whatever it is set
        # against (a treaty void under art. 53 is void as a whole, art. 44(5), in every ruling).
        own = c.limb(strong)
        # A treaty that yields by its own terms to the norm in a limb held peremptory does not
        # conflict with it there (:func:`.vclt_30.yields_in`): ``strong`` prevails as peremptory
        # only in a limb held so that ``weak`` does not yield to, and if there is none, not at all.
        if own is not None and yields_in(weak, own, c):
            yielded.append((strong, weak, own))
            own = next(
                (x for x in held_limbs(strong, c.doctrine) if not yields_in(weak, x, c)),
                None,
            )
            flag = own is not None
        # A peremptory norm the library does not date (genocide, say) decides on its own.
        limbs = () if flag and own is None else voiding_limbs(weak, own, c.doctrine)
        yielded += [(strong, weak, x) for x in limbs if x != own and yields_in(weak, x, c)]
        limbs = tuple(x for x in limbs if x == own or not yields_in(weak, x, c))
        if not flag and not limbs:
            continue
        # The limb that decides: the first the library shows as custom by the date, if any.
        limb = next((x for x in limbs if c.on >= _evidence(x)), limbs[0] if limbs else None)
        by_terms = limb is not None and limb != own
        # A duty peremptory only in part (ICCPR art. 7, ECHR art. 3 in so far as they bar return
        # to torture; customary non-refoulement in the limbs held peremptory) prevails as
        # peremptory in that part alone, and the rest is decided as for a duty that is not
        # peremptory; but a treaty void by its own terms (a duty to hand back without exception,
        # which requires return to persecution and to torture alike) is void whatever part of
        # ``strong`` it is set against, and ``strong`` then stands whole.
        partly = own is not None and beyond_peremptory(strong, c.doctrine, c.on)
        if partly and not by_terms:
            terms = [
                x
                for x in voiding_positions(weak, c.doctrine)
                if getattr(c.doctrine, x) is True
                and c.on >= _evidence(x)
                and not yields_in(weak, x, c)
            ]
            if terms and voidable(its_treaty(weak, c), strong):
                limb, by_terms = terms[0], True
        part = peremptory_part(strong, c.doctrine) if partly and not by_terms else ""
        # The torture limb shown on the date only on the reading that dates it from CAT art. 3's
        # adoption decides whether it ranks at all: named (on the other, not shown yet).
        by_date = (
            (TORTURE_LIMB_DATING_READING,)
            if limb == TORTURE_LIMB and torture_dating_decides(c.on)
            else ()
        )
        dated = evidence_of_custom(limb)
        if dated is not None and c.on < dated[0]:
            if by_terms:
                continue  # not shown peremptory on the date, and ``strong`` is not held so
            what = dated[1]
            # A norm is peremptory only once accepted as such, and custom first: before the
            # earliest evidence that it was custom at all, it is not shown to rank above
            # anything, and art. 64 voids no treaty before the norm emerges (art. 71(2)).
            return Decision(
                finding(
                    element,
                    Verdict.NOT_MET,
                    f"{strong.citation} reflects a peremptory norm on the doctrine's view, "
                    f"but on {c.on.isoformat()}, before the earliest evidence the library "
                    f"holds that the norm was customary law at all ({what}), it is not "
                    "shown to have been peremptory: "
                    "no treaty is void for conflict with it on that date (arts 53, 64, "
                    "71(2)), and this rule does not rank the two",
                    *cites,
                    Citation(_V, "71(2)"),
                    assumptions=(*assume, *((BEFORE_EVIDENCE[limb],) if limb is not None else ())),
                )
            )
        inst = its_treaty(weak, c)
        torture = (_TORTURE,) if limb == TORTURE_LIMB else ()
        # A treaty is not void for conflict with a norm that it itself states (art. 53 voids
        # a treaty that conflicts with the norm; the Refugee Convention's art. 33 expresses
        # it, whichever of its provisions is set against it).
        if inst is None or not voidable(inst, strong):
            if by_terms or not flag:
                continue  # only a treaty is void; ``strong`` is not itself held peremptory
            reason = (
                f"{footing(strong, c.doctrine, bool(part))}, from which no derogation is "
                f"permitted: {'in that part ' if part else ''}it prevails over {weak.citation}"
            )
            charter = inst is not None and inst.key == _CHARTER
            if charter:
                # Art. 53 voids a treaty concluded in conflict with jus cogens; the Charter is
                # not such a treaty, and Art. 103 cannot give a Charter obligation (e.g. a
                # Security Council decision) priority over a peremptory norm. The decision
                # creates no obligation "if and to the extent that" it conflicts with the norm
                # (ILC 2022, conclusion 16): not art. 44(5)'s whole-treaty voidness, nor art.
                # 64's, which are the treaty's (review s38 cf38 F3).
                reason += (
                    "; Art. 103 of the Charter does not reach a peremptory norm, and the "
                    "Charter itself is not void: a decision that would otherwise bind creates no "
                    "obligation if and to the extent that it conflicts with a peremptory norm "
                    "(ILC Draft conclusions on peremptory norms, 2022, conclusion 16)"
                )
            cited = (Citation(_V, "53"), _CONCLUSION_16) if charter else cites
            return Decision(
                finding(
                    element,
                    Verdict.MET,
                    reason,
                    *cited,
                    *torture,
                    assumptions=(*assume, *by_date),
                ),
                PrecedenceRule.PEREMPTORY_NORM,
                strong,
                weak,
                part=part,
                statement=(
                    f"{prevails_for_every_state(strong, weak, c.doctrine, part)}: "
                    + (
                        "the obligation to carry out a decision of a UN organ yields to a "
                        "peremptory norm, which Art. 103 does not reach: the decision creates no "
                        "obligation to the extent that it conflicts with the norm, and binds in "
                        "the rest (ILC Draft conclusions on peremptory norms, 2022, conclusion "
                        "16)"
                        if charter
                        else "a peremptory norm permits no derogation (VCLT art. 53)"
                    )
                ),
            )
        premise = (
            footing_by_terms(strong, weak, limb)
            if by_terms and limb is not None
            else f"{footing(strong, c.doctrine, True)} and, in so far as {weak.citation} "
            f"requires return {peremptory_words(strong, c.doctrine)},"
            if part
            else f"{footing(strong, c.doctrine)} and"
        )
        # The limb that dates the treaty against arts 53 and 64: of those it conflicts with on
        # the date, the one the library shows customary first (the deciding limb's own evidence,
        # not another's: a treaty concluded in 1980 cannot have conflicted at its conclusion with
        # the duty not to return a person to torture, dated from CAT's adoption in 1984).
        dating = dating_limb((limb, *limbs), c.on)
        words, how, before = at_conclusion(inst, dating, weak)  # ``before``: art. 64 alone, why
        # A treaty concluded after CAT art. 3's adoption and before the later evidence of the
        # torture limb (the 1986 protocol) may have met it at its conclusion (art. 53) only on the
        # reading that dates the limb from the adoption: named (on the other, art. 64 alone).
        if dating == TORTURE_LIMB and inst.adopted is not None and not before:
            by_date = (
                (TORTURE_LIMB_DATING_READING,) if torture_dating_decides(inst.adopted) else by_date
            )
        reason = f"{premise} {inst} conflicts with it: {words}"
        # A clause naming a treaty that states the limb but does not bind the parties answers
        # nothing (VCLT arts 30(2), 34): said, so that the void is not read past it.
        unheeded = clause_not_counted(weak, limb, c) if limb is not None else ""
        if unheeded:
            reason += f"; {unheeded}"
        caveats = [
            "VCLT arts 53 and 64 are applied as customary law where the VCLT does not bind "
            "the parties or predates the treaty (VCLT art. 4)",
            *before,
            *by_date,
            # The emergence and the hand-back reading are non-refoulement's (``dated``).
            *((undated_emergence(c.on, limb),) if dated is not None else ()),
            AS_WHOLE_TREATY.format(inst=inst),
            *((AS_REQUIRING_RETURN,) if dated is not None and weak.norm is None else ()),
            *(
                (
                    AS_REQUIRING_RETURN_TO_TORTURE.format(
                        weak=weak.citation,
                        strong=strong.citation,
                        to=peremptory_words(strong, c.doctrine),
                        rest=beyond_words(strong, c.doctrine, c.on),
                    ),
                )
                if part
                else ()
            ),
        ]
        reported = as_reported(inst, weak.provision)
        if reported:
            caveats.append(reported)
        # The treaty ``strong`` arises under may be void by its own terms too (two duties to hand
        # back, each without exception): then neither governs, and nothing is left to rank.
        also = c.treaty(strong.instrument)
        # Filtered by the same rule as ``weak``'s limbs: a protocol that yields by its own terms
        # in a limb is void for conflict with it on no view, whichever side of the pair it is
        # (voidness is the treaty's, not the pair's: VCLT art. 44(5)).
        also_limbs = [
            x
            for x in voiding_positions(strong, c.doctrine)
            if getattr(c.doctrine, x) is True
            and c.on >= _evidence(x)
            and not yields_in(strong, x, c)
        ]
        if also is not None and also_limbs:
            both = tuple(dict.fromkeys((inst.key, also.key)))
            also_words, also_how, also_before = at_conclusion(
                also, dating_limb(also_limbs, c.on), strong
            )
            # Each treaty is void under art. 53 or 64 as its own conclusion and the norm's
            # evidence date it, and its consequences are those of art. 71(1) or 71(2) accordingly
            # (each: the treaty, whether art. 53 may apply, how it is void).
            each = {inst.key: (inst, not before, how), also.key: (also, not also_before, also_how)}
            named = [each[k] for k in both]
            if len({(u, h) for _, u, h in named}) == 1:
                how_both = (
                    ", and are void, or void from the norm's emergence (VCLT arts 53, 64)"
                    if named[0][1]
                    else ", and become void from the norm's emergence (VCLT art. 64)"
                )
                after = consequences(named[0][1])[0]
            else:
                how_both = ": " + ", and ".join(f"{t} {h}" for t, _, h in named)
                after = "; ".join(f"for {t}, {consequences(u)[0]}" for t, u, _ in named)
            return Decision(
                finding(
                    element,
                    Verdict.MET,
                    f"{reason}; {strong.citation} is a duty to hand persons back that states no "
                    f"exception too, and {also} conflicts with the norm in the same way"
                    + (f": {also_words}" if also_words != words else ""),
                    *cites,
                    Citation(_V, "44(3)"),
                    Citation(_V, "4"),
                    *dict.fromkeys(x for _, u, _ in named for x in consequences(u)[1]),
                    *torture,
                    assumptions=(*assume, *caveats, *also_before),
                ),
                PrecedenceRule.PEREMPTORY_NORM,
                void=both,
                statement=(
                    f"neither prevails: {' and '.join(str(t) for t, _, _ in named)} each "
                    f"conflict with the peremptory norm of {norm_words(limb or '')} by their "
                    f"duties to hand persons back{how_both}; a void or terminated treaty cannot "
                    f"govern ({after}), so no conflict between them remains"
                ),
            )
        if by_terms and limb is not None:
            # ``strong`` is not the peremptory norm: it stands because the treaty set against it
            # cannot govern, void or terminated (art. 71), under art. 30(4)(b) or otherwise.
            after, extra = consequences(not before)
            statement = (
                f"{weak.citation} gives way and {strong.citation} stands: {inst} conflicts "
                f"with the peremptory norm of {norm_words(limb)} and {how}; a void or "
                "terminated treaty cannot govern, under VCLT art. 30(4)(b) or otherwise "
                f"({after})"
            )
        else:
            statement = (
                f"{prevails_for_every_state(strong, weak, c.doctrine, part)}: {inst} conflicts "
                f"with a peremptory norm and {how}"
            )
            extra = ()
        return Decision(
            finding(
                element,
                Verdict.MET,
                reason,
                *cites,
                Citation(_V, "44(3)"),
                Citation(_V, "4"),
                *((Citation(_V, "71(1)(a)"),) if not before and not extra else ()),
                Citation(_V, "71(2)"),
                *extra,
                *torture,
                assumptions=(*assume, *caveats),
            ),
            PrecedenceRule.PEREMPTORY_NORM,
            strong,
            weak,
            void=(inst.key,),
            statement=statement,
            part=part,
        )
    if pa and pb:
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                "both obligations reflect peremptory norms: the hierarchy of art. 53 does not "
                "rank one above the other",
                *cites,
                assumptions=assume,
            )
        )
    if pa is None or pb is None:
        contested = [n for n in deciding(c) if getattr(c.doctrine, n) is None]
        views = "both branches are" if len(contested) == 1 else "each view is"
        return Decision(
            finding(
                element,
                Verdict.UNKNOWN,
                f"whether one of the norms is peremptory is contested; {views} reported",
                *cites,
                assumptions=assume,
            )
        )
    if yielded:
        strong, weak, limb = yielded[0]
        held = getattr(c.doctrine, limb) is True and limb in held_limbs(strong, c.doctrine)
        which = (
            f", which {strong.citation} {'includes' if strong.instrument == CUSTOM else 'expresses'}"
            if held and strong.norm is not None
            else ""
        )
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                f"{weak.citation} does not conflict with the peremptory norm of "
                f"{norm_words(limb)}{which}: {yields_in(weak, limb, c)}; art. 53 voids a "
                "treaty that conflicts with a peremptory norm, and one that yields to it by its "
                "own terms does not: this rule neither voids it nor ranks the two",
                *cites,
                Citation(_V, "30(2)"),
                assumptions=(*assume, *yield_readings(weak, (limb,), c)),
            )
        )
    beyond = " in the part of it decided here" if c.beyond else ""
    return Decision(
        finding(
            element,
            Verdict.NOT_MET,
            f"neither obligation reflects a peremptory norm{beyond} on the doctrine applied",
            *cites,
            assumptions=assume,
        )
    )
