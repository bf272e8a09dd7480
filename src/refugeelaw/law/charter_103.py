"""UN Charter Art. 103.

"In the event of a conflict between the obligations of the Members of the United Nations under
the present Charter and their obligations under any other international agreement, their
obligations under the present Charter shall prevail."
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..countries import country_name
from ..errors import InvalidInput
from ..instruments import Instrument
from ..logic import Verdict, finding
from ..results import Basis, PrecedenceRule, StateObligation
from ..sources import Citation
from ..states import Participation, participation, party_status
from .conflict import Conflict, Decision
from .jus_cogens import BEFORE_EVIDENCE
from .peremptory import (
    REFUGEE_LIMB,
    TORTURE_LIMB,
    TORTURE_LIMB_DATING_READING,
    TORTURE_LIMB_EVIDENCE,
    peremptory_positions,
    torture_dating_decides,
)
from .vclt_30 import yields_in

__all__ = [
    "CLEAR_TERMS",
    "against_custom",
    "charter_art_103",
    "is_decision_duty",
    "is_general_pledge",
    "membership",
    "protects_individuals",
    "torture_extent",
    "unranked",
]

_CHARTER = "un-charter-1945"
_GENERAL_PLEDGES = ("1", "1(3)", "55", "55(a)", "55(b)", "55(c)", "56")
#: The Charter obligations Art. 103 can rank against another duty: to accept and carry out the
#: Security Council's decisions (Arts 25, 48 and 49).
_DECISIONS = ("25", "48", "49")
_AL_JEDDA = Citation("ecthr-al-jedda-2011", "102")

#: What a Council decision must be taken to say before it can prevail over a duty protecting
#: individuals: Al-Jedda v United Kingdom (ECtHR GC 2011) presumes that the Council does not
#: intend States to breach fundamental principles of human rights, and reads an ambiguous
#: resolution so as to avoid the conflict (para. 102; the library's record is unverified).
CLEAR_TERMS = (
    "the Security Council decision is taken to require, in clear and explicit terms, what "
    "{weak} forbids: a resolution is presumed not to oblige States to breach fundamental "
    "principles of human rights, and one that does not say so is read to avoid the conflict "
    "(Al-Jedda v United Kingdom, para. 102), leaving none for Art. 103 to resolve"
)


#: Treaty duties that protect individuals besides the bars on return (whose norm is
#: non-refoulement): the rights of refugees and of aliens among the provisions the library holds,
#: Refugee Convention arts 31 (no penalties for illegal entry; no restriction of movement beyond the
#: necessary) and 32 (no expulsion of a refugee lawfully in the territory save on its grounds, and
#: then only by a decision reached in accordance with due process of law, with a reasonable
#: period to seek admission elsewhere), ICCPR arts 12(2) (freedom to leave any country), 13
#: (expulsion of an alien only by a decision reached in accordance with law, with its procedural
#: guarantees) and 14(1) (a fair hearing). The presumption that a Council decision does not oblige
#: States to breach fundamental principles of human rights (:data:`CLEAR_TERMS`) is not confined to
#: the bars on return: *Al-Jedda* itself read a resolution against the right to liberty (ECHR art.
#: 5(1)), and a decision to repatriate meets the expulsion safeguards first (review s38 cf38 F2).
_PROTECTIVE = frozenset(
    {
        ("refugee-convention-1951", "31(1)"),
        ("refugee-convention-1951", "31(2)"),
        ("refugee-convention-1951", "32(1)"),
        ("refugee-convention-1951", "32(2)"),
        ("refugee-convention-1951", "32(3)"),
        ("iccpr-1966", "12(2)"),
        ("iccpr-1966", "13"),
        ("iccpr-1966", "14(1)"),
    }
)


#: ILC Draft conclusions on peremptory norms (2022), conclusion 16: a resolution, decision or other
#: act of an international organization "that would otherwise have binding effect does not create
#: obligations under international law if and to the extent that they conflict with a peremptory
#: norm of general international law (jus cogens)" (the library's record is secondary).
_CONCLUSION_16 = Citation("ilc-peremptory-norms-2022", "conclusion(16)")


def torture_extent(
    c: Conflict, strong: StateObligation, weak: StateObligation
) -> tuple[str, tuple[str, ...]]:
    """How far ``strong``, the duty to carry out a Security Council decision taken to require what
    ``weak`` forbids (:data:`CLEAR_TERMS`), binds where ``weak`` is a treaty's bar on returning a
    refugee (Refugee Convention art. 33(1), OAU Convention art. II(3), ACHR art. 22(8): refugee
    non-refoulement alone, :func:`.peremptory.peremptory_positions`), in words, and the positions
    and readings it rests on: ``("", ())`` where it binds in full, or the question does not arise.

    What such a bar forbids includes returning a refugee to torture. On the view that the duty not
    to return a person to torture is peremptory (``Doctrine.torture_non_refoulement_peremptory``),
    a decision "does not create obligations under international law if and to the extent that"
    it conflicts with it (ILC Draft conclusions on peremptory norms, 2022, conclusion 16): Art. 103
    gives it priority over ``weak`` only in the rest, and in so far as it would require the return
    of a refugee to torture ``weak`` is not displaced, as customary non-refoulement held peremptory
    in its torture limb is not (review s37 cf37 F1). Nothing is said where the decision yields by
    its own terms in that limb (:func:`.vclt_30.yields_in`: an exception naming CAT art. 3 or
    customary non-refoulement); on the view that the duty is not peremptory, or before the
    earliest evidence the library holds that it was customary law at all, before which it is
    taken not to have been peremptory (:data:`.jus_cogens.BEFORE_EVIDENCE`), the decision binds in
    full, and the position (and that reading) is named."""
    view = getattr(c.doctrine, TORTURE_LIMB)
    if (
        weak.basis is not Basis.TREATY
        or peremptory_positions(weak.instrument, weak.provision, weak.norm) != (REFUGEE_LIMB,)
        or yields_in(strong, TORTURE_LIMB, c)
    ):
        return "", ()
    position = c.doctrine.position(TORTURE_LIMB)
    if view is False:
        return "", (position,)  # the decision binds in full on this view: said
    if c.on < TORTURE_LIMB_EVIDENCE:
        return "", (position, BEFORE_EVIDENCE[TORTURE_LIMB])
    dating = (TORTURE_LIMB_DATING_READING,) if torture_dating_decides(c.on) else ()
    extent = (
        f"in so far as {strong.citation} would require returning to torture a refugee whom "
        f"{weak.citation} protects, it creates no obligation (a decision does not create "
        "obligations if and to the extent that they conflict with a peremptory norm: ILC Draft "
        f"conclusions on peremptory norms, 2022, conclusion 16), and {weak.citation} is not "
        "displaced there"
    )
    if view is None:
        return (
            "; on the view that the duty not to return a person to torture is peremptory, "
            f"{extent}; on the view that it is not, the decision binds in full",
            (position, *dating),
        )
    return (
        f", save that, the duty not to return a person to torture being peremptory, {extent}",
        (position, *dating),
    )


def protects_individuals(ob: StateObligation) -> bool:
    """Whether ``ob`` is a duty that protects individuals: a bar on return (its norm is
    non-refoulement), or another of the rights of refugees and aliens the library lists
    (:data:`_PROTECTIVE`)."""
    return ob.norm == "non-refoulement" or (ob.instrument, ob.provision) in _PROTECTIVE


def is_general_pledge(ob: StateObligation) -> bool:
    """UN Charter Arts 1, 55 and 56: purposes and pledges to promote, too general to conflict with
    a duty."""
    return ob.instrument == _CHARTER and ob.provision in _GENERAL_PLEDGES


def is_decision_duty(ob: StateObligation) -> bool:
    """UN Charter Arts 25, 48 and 49: the duty to accept and carry out the Security Council's
    decisions, the Charter obligation that can require what another duty forbids."""
    return ob.instrument == _CHARTER and ob.provision in _DECISIONS


def membership(
    ob: StateObligation,
    on: dt.date,
    instruments: Iterable[Instrument] = (),
    extra: Iterable[Participation] = (),
) -> tuple[Verdict, str] | None:
    """Whether the state of ``ob``, an obligation under the Charter, was a Member of the United
    Nations on ``on``, and why not where it was not (``None``: ``ob`` is not under the Charter, or
    the Charter is an instrument of the caller's own without records). Art. 103 ranks "the
    obligations of the Members of the United Nations under the present Charter", and the duty to
    carry out the Council's decisions is one "the Members ... agree" to (Art. 25): the Charter
    binds a state from its membership, as an original Member (Art. 3) or by admission (Art. 4),
    not before. The participation data (the caller's own records, ``extra``, first) decides
    membership, whatever the obligation says about since when it binds; where the data cannot
    say, it is unknown. Nor does an obligation the caller dates after ``on`` bind the State on
    ``on``, Member or not (``StateObligation.since``: "the date from which it binds the state"):
    a Security Council decision binds the Members from its adoption, not before (Art. 25: they
    "agree to accept and carry out the decisions of the Security Council"; resolution 2397, for
    one, from 22 December 2017), and on an earlier date there is no decision for Art. 103 to give
    priority to. The obligation binds from its ``since`` or from membership, whichever is later:
    ``NOT_MET`` before either, with why."""
    if ob.instrument != _CHARTER:
        return None
    own = {i.key: i for i in instruments}
    try:
        status = party_status(ob.state, own.get(_CHARTER, _CHARTER), on=on, extra=extra)
    except InvalidInput:  # an instrument of the caller's own without records
        return None
    name, day = country_name(ob.state, on), on.isoformat()
    if status.verdict is not Verdict.NOT_MET and ob.since is not None and on < ob.since:
        # A Member (or a State whose membership the data cannot settle) is bound by a decision
        # only once it is taken: the obligation's own date, later than ``on``, decides.
        member = (
            f"{name} was a Member of the United Nations on that date, but"
            if status.verdict is Verdict.MET
            else f"whether or not {name} was then a Member of the United Nations (beyond the "
            f"participation data: {status.reason}),"
        )
        return (
            Verdict.NOT_MET,
            f"{ob.citation} did not bind {name} on {day} (as given, it binds from "
            f"{ob.since.isoformat()}): {member} a Security Council decision binds the Members "
            "from its adoption, not before (Art. 25), so the Charter imposed no obligation on "
            "it for Art. 103 to rank: there is no conflict to resolve on that date",
        )
    if status.verdict is Verdict.MET:
        return Verdict.MET, ""
    if status.verdict is Verdict.UNKNOWN:
        return (
            Verdict.UNKNOWN,
            f"whether {name} was a Member of the United Nations on {day} is beyond the "
            f"participation data: {status.reason}",
        )
    record = participation(ob.state, own.get(_CHARTER, _CHARTER), extra=extra)
    ours = any(p.state == ob.state and p.instrument == _CHARTER for p in extra)
    if not ours and record is not None and record.in_force is not None and record.in_force <= on:
        # A membership the data records as ended (the SFRY's, under YUG, to 1 November 2000),
        # while the obligation is given as binding that state's code later: the code may name a
        # state whose membership the data records under another (the FRY's, from that day, is
        # Serbia's). Not a Member on the data, then, is not shown: the caller's records decide.
        return (
            Verdict.UNKNOWN,
            f"the data's record of {name}'s membership of the United Nations ended before {day} "
            f"({status.reason}); whether the obligation given is that of a state the data "
            "records under another code is not known (records of your own, passed as extra, "
            "decide it)",
        )
    given = (
        f"; the obligation as given binds from {ob.since.isoformat()}, which the data "
        "contradicts (records of your own, passed as extra, are used ahead of it)"
        if ob.since is not None and ob.since <= on
        else ""
    )
    return (
        Verdict.NOT_MET,
        f"{ob.citation} did not bind {name} on {day}: {name} was not a Member of the United "
        f"Nations on that date (per the participation data: {status.reason}{given}), so the "
        "Charter imposed no obligation on it for Art. 103 to rank (Art. 103 ranks the "
        "obligations of the Members; membership by Arts 3 and 4): there is no conflict to "
        "resolve on that date",
    )


def unranked(ob: StateObligation, other: StateObligation) -> str:
    """Why ``ob``, a Charter provision that is neither a general pledge nor the duty to carry out
    the Security Council's decisions, does not conflict with ``other``."""
    return (
        f"{ob.citation} states no obligation that requires what {other.citation} forbids: UN "
        "Charter Art. 103 ranks specific obligations under the Charter, such as accepting and "
        "carrying out binding Security Council decisions (Art. 25), and there is no conflict "
        "for it to resolve"
    )


def against_custom(c: Conflict, strong: StateObligation, weak: StateObligation) -> Decision:
    """A Charter obligation against customary law. Art. 103 names "any other international
    agreement"; whether it reaches custom too is contested (for: the ILC Study Group on
    Fragmentation, conclusion 35, that Charter obligations "may" prevail over inconsistent
    customary law too; against: the text, limited to agreements), a
    :class:`~refugeelaw.Doctrine` choice. *Lockerbie* (1992) and *Al-Jedda* (2011) are not cited
    for it: both concern treaty obligations and neither decides it. Either way it is an Art. 103
    question, not one for the maxim lex specialis."""
    element = "UN Charter Art. 103"
    cites = (Citation(_CHARTER, "103"), Citation("ilc-fragmentation-2006", "conclusion(35)"))
    assume = (c.doctrine.position("article_103_reaches_custom"),)
    reaches = c.doctrine.article_103_reaches_custom
    if reaches is None:
        return Decision(
            finding(
                element,
                Verdict.UNKNOWN,
                f"Art. 103 gives the Charter priority over obligations under 'any other "
                f"international agreement'; whether it also reaches {weak.citation}, a customary "
                "obligation, is contested: both branches are reported",
                *cites,
                assumptions=assume,
            )
        )
    if reaches:
        # How the resolution is read (Al-Jedda para. 102) holds whatever duty it would breach; the
        # case is named in the premise, not cited for Art. 103's reach over custom.
        clear = (CLEAR_TERMS.format(weak=weak.citation),) if protects_individuals(weak) else ()
        return Decision(
            finding(
                element,
                Verdict.MET,
                f"{strong.citation} is an obligation under the Charter and, on the reading that "
                f"Art. 103 reaches customary law too, prevails over {weak.citation}",
                *cites,
                Citation(_CHARTER, "25"),
                assumptions=(*assume, *clear),
            ),
            PrecedenceRule.CHARTER_ART_103,
            strong,
            weak,
            statement=(
                f"for {country_name(strong.state, c.on)}, a Member of the United Nations, "
                f"{strong.citation} prevails over {weak.citation}, on the reading that UN "
                "Charter Art. 103 reaches customary law"
            ),
        )
    return Decision(
        finding(
            element,
            Verdict.NOT_MET,
            f"on the reading that Art. 103 reaches only obligations under other international "
            f"agreements, it does not rank {strong.citation} above {weak.citation}, a customary "
            f"obligation: {country_name(strong.state, c.on)} remains bound by both",
            *cites,
            assumptions=assume,
        )
    )


def charter_art_103(c: Conflict) -> Decision:
    """An obligation under the Charter prevails over one under another international agreement."""
    a, b = c.first, c.second
    cite = Citation(_CHARTER, "103")
    element = "UN Charter Art. 103"
    charter = [o for o in (a, b) if o.instrument == _CHARTER]
    if len(charter) == 1:
        strong = charter[0]
        weak = b if strong is a else a
        if is_general_pledge(strong):
            return Decision(
                finding(
                    element,
                    Verdict.NOT_MET,
                    f"{strong.citation} is a general pledge to promote human rights, not a specific "
                    f"obligation that {weak.citation} contradicts: there is no conflict for Art. "
                    "103 to resolve (it reaches specific Charter obligations, such as binding "
                    "Security Council decisions under Art. 25)",
                    cite,
                    Citation(_CHARTER, "56"),
                )
            )
        if not is_decision_duty(strong):
            return Decision(
                finding(
                    element,
                    Verdict.NOT_MET,
                    unranked(strong, weak),
                    cite,
                    Citation(_CHARTER, "25"),
                )
            )
        if weak.basis is not Basis.TREATY:
            return against_custom(c, strong, weak)
        reason = (
            f"{strong.citation} is an obligation under the Charter and prevails over "
            f"{weak.citation}, an obligation under another international agreement"
        )
        # Against a duty that protects individuals, only a decision that requires the breach: a
        # resolution is read so as not to oblige States to breach fundamental human rights.
        protects = protects_individuals(weak)
        # How far the decision binds at all against a bar on returning a refugee, on the view that
        # the duty not to return a person to torture is peremptory (ILC 2022, conclusion 16).
        extent, rests = torture_extent(c, strong, weak)
        return Decision(
            finding(
                element,
                Verdict.MET,
                reason + extent,
                cite,
                Citation(_CHARTER, "25"),
                Citation("icj-lockerbie-1992", "39"),  # a Council decision over a treaty's terms
                *((_AL_JEDDA,) if protects else ()),
                *((_CONCLUSION_16,) if extent else ()),
                assumptions=(
                    *((CLEAR_TERMS.format(weak=weak.citation),) if protects else ()),
                    *rests,
                ),
            ),
            PrecedenceRule.CHARTER_ART_103,
            strong,
            weak,
            statement=(
                f"for {country_name(strong.state, c.on)}, a Member of the United Nations, "
                f"{strong.citation} prevails over {weak.citation} (UN Charter Art. 103){extent}"
            ),
        )
    if len(charter) == 2:
        return Decision(
            finding(
                element,
                Verdict.NOT_MET,
                "both obligations arise under the Charter: Art. 103 does not rank them",
                cite,
            )
        )
    return Decision(
        finding(
            element,
            Verdict.NOT_MET,
            "Art. 103 gives priority only to obligations under the "
            f"Charter itself (including binding Security Council decisions, Art. 25); neither "
            f"{a.citation} nor {b.citation} is one, so Art. 103 does not reach this conflict",
            cite,
            Citation(_CHARTER, "25"),
        )
    )
