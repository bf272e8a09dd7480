"""Which obligations state a peremptory norm (VCLT art. 53), and on which contested position.

Non-refoulement has two limbs, and whether either is peremptory is contested, each on a
:class:`~refugeelaw.Doctrine` position of its own: the duty not to return a refugee to persecution
(``non_refoulement_peremptory``) and the duty not to return anyone to torture
(``torture_non_refoulement_peremptory``). Each treaty bar states one limb; customary
non-refoulement states both, and is peremptory where either is. The precedence rules
(:mod:`.jus_cogens`, :mod:`.conflict`) and the survey of what a state owes (:mod:`.obligations`)
read these rules.
"""

from __future__ import annotations

import datetime as dt

from ..doctrine import Doctrine
from ..results import Basis, StateObligation
from ..sources.duties import catalogue

__all__ = [
    "CUSTOM",
    "ILL_TREATMENT_EVIDENCE",
    "ILL_TREATMENT_TOO",
    "NON_REFOULEMENT",
    "NOT_HELD",
    "REFUGEE_LIMB",
    "REFUGEE_NON_REFOULEMENT",
    "TORTURE_LIMB",
    "TORTURE_NON_REFOULEMENT",
    "beyond_peremptory",
    "deciding_positions",
    "hands_back_without_exception",
    "held_peremptory",
    "ill_treatment_part",
    "is_peremptory",
    "partly_peremptory",
    "peremptory_limb",
    "peremptory_part",
    "peremptory_positions",
    "ruling_positions",
    "states_norm",
    "voiding_limbs",
    "voiding_positions",
]

#: Customary international law, as the duties and obligations name it (``instrument``).
CUSTOM = "customary-international-law"

#: The duties not to return a person to torture (CAT art. 3; ICCPR art. 7 and ECHR art. 3, which
#: forbid torture and cruel, inhuman or degrading treatment, and are peremptory, where this limb
#: is held so, only in so far as they bar return to torture: :data:`ILL_TREATMENT_TOO`). The
#: prohibition of torture is peremptory on its own footing (ICJ, Belgium v Senegal, 2012, para.
#: 99); whether the duty not to return a person to torture shares that status is a position of its
#: own, apart from refugee non-refoulement.
TORTURE_NON_REFOULEMENT = frozenset({("cat-1984", "3"), ("iccpr-1966", "7"), ("echr-1950", "3")})

#: The torture bars that bar return to other cruel, inhuman or degrading treatment or punishment
#: too: ICCPR art. 7 and ECHR art. 3 ("No one shall be subjected to torture or to cruel, inhuman or
#: degrading treatment or punishment"; "... to torture or to inhuman or degrading treatment or
#: punishment"). The position ``torture_non_refoulement_peremptory`` names the duty not to return a
#: person to torture, beside the prohibition of torture, which is peremptory (Belgium v Senegal
#: para. 99; the ILC's 2022 list names the prohibition of torture, annex (g)); neither names the
#: rest, so held peremptory they are so only in so far as they bar return to torture
#: (:func:`beyond_peremptory`).
ILL_TREATMENT_TOO = frozenset({("iccpr-1966", "7"), ("echr-1950", "3")})

#: The earliest statement the library names of the reading that the customary rule reaches other
#: cruel, inhuman or degrading treatment or punishment (``Doctrine.custom_covers_ill_treatment``):
#: Lauterpacht and Bethlehem's Opinion for UNHCR, which its published text says was completed on
#: 20 June 2001 (the library holds no record of its text). On that reading, the wider reach is not
#: shown before that day, as the torture limb is not before CAT art. 3's adoption.
ILL_TREATMENT_EVIDENCE = dt.date(2001, 6, 20)

#: The duties not to return a refugee (or, in the Americas, an alien) to persecution: Convention
#: art. 33(1), OAU Convention art. II(3), ACHR art. 22(8). Whether refugee non-refoulement is
#: peremptory is ``Doctrine.non_refoulement_peremptory``.
REFUGEE_NON_REFOULEMENT = frozenset(
    {("refugee-convention-1951", "33"), ("oau-refugee-convention-1969", "II"), ("achr-1969", "22")}
)


#: The positions on whether a limb of non-refoulement is peremptory: refugee non-refoulement,
#: and the duty not to return a person to torture.
REFUGEE_LIMB = "non_refoulement_peremptory"
TORTURE_LIMB = "torture_non_refoulement_peremptory"
#: The norm the duties not to return a person name (``Duty.norm``).
NON_REFOULEMENT = "non-refoulement"


def peremptory_positions(instrument: str, provision: str, norm: str | None) -> tuple[str, ...]:
    """The :class:`~refugeelaw.Doctrine` positions that decide whether an obligation's norm is
    peremptory, one for each limb of it (none: no contested position; the obligation says so
    itself). The treaty bars have one limb each; customary non-refoulement has two, since it
    protects a refugee from persecution and anyone from torture (:mod:`.custom`). The duties not
    to return a person to a risk to life, to a flagrant denial of justice or to the death penalty
    (ICCPR art. 6(1), ECHR art. 6(1), Protocols No. 6 and 13) have none: no position the library
    takes holds them peremptory (the ILC's 2022 list names neither), so they are not."""
    if norm != NON_REFOULEMENT:
        return ()
    article = (instrument, provision.split("(")[0])
    if article in TORTURE_NON_REFOULEMENT:
        return (TORTURE_LIMB,)
    if instrument == CUSTOM:
        return (REFUGEE_LIMB, TORTURE_LIMB)
    if article in REFUGEE_NON_REFOULEMENT:
        return (REFUGEE_LIMB,)
    return ()


def states_norm(instrument: str, norm: str | None) -> bool:
    """Whether the treaty ``instrument`` itself states ``norm`` in one of the duties catalogued
    for it (the Refugee Convention states non-refoulement in art. 33(1))."""
    return norm is not None and any(
        d.instrument == instrument and d.norm == norm for d in catalogue()
    )


def peremptory_limb(ob: StateObligation, doctrine: Doctrine) -> str | None:
    """The position on which ``ob`` is peremptory on ``doctrine``: that of the first of its limbs
    the doctrine holds peremptory (``None``: none is held so)."""
    for position in peremptory_positions(ob.instrument, ob.provision, ob.norm):
        if getattr(doctrine, position) is True:
            return position
    return None


def beyond_peremptory(ob: StateObligation, doctrine: Doctrine, on: dt.date) -> bool:
    """Whether ``ob``, held peremptory on ``doctrine``, bars return to more than its peremptory
    limbs do: to cruel, inhuman or degrading treatment or punishment short of torture (ICCPR art.
    7 and ECHR art. 3, :data:`ILL_TREATMENT_TOO`; customary non-refoulement on
    ``Doctrine.custom_covers_ill_treatment``, from :data:`ILL_TREATMENT_EVIDENCE` on). Such a duty
    is peremptory only in so far as it bars return to torture (for custom, to persecution or to
    torture: :func:`peremptory_part`); for the rest it ranks as a duty that is not peremptory."""
    if peremptory_limb(ob, doctrine) is None:
        return False
    if (ob.instrument, ob.provision.split("(")[0]) in ILL_TREATMENT_TOO:
        return True
    return (
        ob.instrument == CUSTOM
        and ob.norm == NON_REFOULEMENT
        and doctrine.custom_covers_ill_treatment
        and on >= ILL_TREATMENT_EVIDENCE
    )


def peremptory_part(ob: StateObligation) -> str:
    """The part of ``ob``, a duty peremptory only in part (:func:`beyond_peremptory`), that is
    peremptory, in words: its bar on return to torture (for customary non-refoulement, which is
    peremptory where either limb is, to persecution or to torture)."""
    if ob.instrument == CUSTOM:
        return f"in so far as {ob.citation} bars return to persecution or to torture"
    return f"in so far as {ob.citation} bars return to torture"


def ill_treatment_part(ob: StateObligation) -> str:
    """The part of ``ob``, a duty peremptory only in part (:func:`beyond_peremptory`), that is
    not peremptory, in words."""
    return (
        f"in so far as {ob.citation} bars return to other cruel, inhuman or degrading treatment "
        "or punishment short of torture"
    )


#: Why a duty peremptory only in part (:func:`beyond_peremptory`) is not peremptory in the rest.
NOT_HELD = (
    "the position held names the duty not to return a person to torture, beside the prohibition "
    "of torture (Belgium v Senegal para. 99; ILC Conclusions on Peremptory Norms (2022), annex "
    "(g)), and no position the library takes holds the rest peremptory"
)


def partly_peremptory(ob: StateObligation) -> str:
    """What a duty peremptory only in part (:func:`beyond_peremptory`) is peremptory in, as a note
    on the obligation says it."""
    return (
        f"Held peremptory only {peremptory_part(ob)}, not in so far as it bars return to other "
        f"cruel, inhuman or degrading treatment or punishment short of torture: {NOT_HELD}. "
        "Against that part, a treaty or a Security Council decision ranks as against a duty that "
        "is not peremptory (VCLT art. 30; UN Charter Art. 103)."
    )


def deciding_positions(ob: StateObligation, doctrine: Doctrine) -> tuple[str, ...]:
    """The positions that decide whether ``ob`` is peremptory on ``doctrine``: the limb held
    peremptory, where one is (the others cannot change that), else every limb's."""
    limb = peremptory_limb(ob, doctrine)
    if limb is not None:
        return (limb,)
    return peremptory_positions(ob.instrument, ob.provision, ob.norm)


def hands_back_without_exception(ob: StateObligation) -> bool:
    """Whether ``ob`` is a duty to hand persons back (``Duty.hands_back``: the China–DPRK
    protocols' return clauses) that states no exception a person at risk could rely on (no
    ``exceptions``). Read as requiring, by its terms, the return of everyone it covers, it
    conflicts with non-refoulement in each limb: it requires the return of a refugee to
    persecution and of anyone to torture alike, whatever obligation it is set against."""
    return (
        ob.norm is None
        and not ob.exceptions
        and any(
            d.hands_back and (d.instrument, d.provision) == (ob.instrument, ob.provision)
            for d in catalogue()
        )
    )


def voiding_positions(ob: StateObligation, doctrine: Doctrine) -> tuple[str, ...]:
    """The positions that decide whether ``ob``'s treaty conflicts, by ``ob``'s own terms, with a
    limb of non-refoulement held peremptory (VCLT arts 53, 64), whatever it is set against: for a
    duty to hand back without exception (:func:`hands_back_without_exception`), the limb held
    peremptory, where one is, else every limb's; none for any other obligation (whether it
    conflicts with a norm is then the pair's: see :func:`voiding_limb`)."""
    if not hands_back_without_exception(ob):
        return ()
    limbs = (REFUGEE_LIMB, TORTURE_LIMB)
    held = next((limb for limb in limbs if getattr(doctrine, limb) is True), None)
    return (held,) if held is not None else limbs


def voiding_limbs(weak: StateObligation, own: str | None, doctrine: Doctrine) -> tuple[str, ...]:
    """The limbs of non-refoulement, held peremptory on ``doctrine``, with which ``weak``'s treaty
    conflicts where ``weak`` is set against an obligation peremptory in the limb ``own`` (``None``:
    in none, or not in the part of it the ruling decides): ``own`` first (the pair conflicts),
    then those ``weak`` conflicts with by its own terms (:func:`voiding_positions`). One rule for
    every pair: invalidity under VCLT art. 53 is the treaty's as a whole (art. 44(5)), not the
    pair's, so a treaty void for conflict with one limb is void whichever obligation it is set
    against."""
    held = [limb for limb in voiding_positions(weak, doctrine) if getattr(doctrine, limb) is True]
    return tuple(dict.fromkeys([*([own] if own is not None else []), *held]))


def ruling_positions(
    first: StateObligation, second: StateObligation, doctrine: Doctrine
) -> tuple[str, ...]:
    """The positions on which the peremptory-norm rule may turn for a pair, each once: whether
    either obligation is peremptory (:func:`deciding_positions`), and whether either's treaty is
    void for conflict by its own terms with a limb of non-refoulement
    (:func:`voiding_positions`)."""
    names = [
        n
        for o in (first, second)
        for n in (*deciding_positions(o, doctrine), *voiding_positions(o, doctrine))
    ]
    return tuple(dict.fromkeys(names))


def held_peremptory(positions: tuple[str, ...], doctrine: Doctrine) -> bool | None:
    """Whether a norm whose limbs ``positions`` decide is peremptory on ``doctrine`` (``None``:
    contested): it is where any limb is, and is not where none is."""
    views = [getattr(doctrine, position) for position in positions]
    if True in views:
        return True
    return None if None in views else False


def is_peremptory(ob: StateObligation, doctrine: Doctrine) -> bool | None:
    """Whether an obligation reflects a peremptory norm on ``doctrine`` (``None``: contested): a
    norm with a peremptory limb is peremptory in it. Where that is a contested position,
    ``doctrine`` decides it, whatever the doctrine under which the obligation was listed (its
    ``basis`` records that one's answer, not this ruling's)."""
    positions = peremptory_positions(ob.instrument, ob.provision, ob.norm)
    if positions:
        return held_peremptory(positions, doctrine)
    if ob.basis is Basis.PEREMPTORY:
        return True
    return ob.peremptory
