"""Which obligations state a peremptory norm (VCLT art. 53), and on which contested position.

Non-refoulement has two limbs, and whether either is peremptory is contested, each on a
:class:`~refugeelaw.Doctrine` position of its own: the duty not to return a refugee to persecution
(``non_refoulement_peremptory``) and the duty not to return anyone to torture
(``torture_non_refoulement_peremptory``). Each treaty bar states one limb; customary
non-refoulement states both, and is peremptory where either is, in the limbs held so alone
(:func:`beyond_peremptory`). The precedence rules
(:mod:`.jus_cogens`, :mod:`.conflict`) and the survey of what a state owes (:mod:`.obligations`)
read these rules.
"""

from __future__ import annotations

import datetime as dt

from ..doctrine import Doctrine
from ..instruments import get as get_instrument
from ..results import Basis, StateObligation
from ..sources import adopted
from ..sources.duties import catalogue

__all__ = [
    "CIRCUMSTANCES_READING",
    "CUSTOM",
    "ILL_TREATMENT_EVIDENCE",
    "ILL_TREATMENT_PART",
    "ILL_TREATMENT_TOO",
    "NON_REFOULEMENT",
    "REFUGEE_LIMB",
    "REFUGEE_NON_REFOULEMENT",
    "TORTURE_LIMB",
    "TORTURE_LIMB_DATING_READING",
    "TORTURE_LIMB_EVIDENCE",
    "TORTURE_NON_REFOULEMENT",
    "TORTURE_ONLY_READING",
    "adopted_day",
    "barred_parts",
    "bars_in_parts",
    "beyond_part",
    "beyond_peremptory",
    "beyond_words",
    "custom_limbs",
    "custom_parts",
    "custom_reaches_ill_treatment",
    "deciding_positions",
    "duty_name",
    "hand_over_reading",
    "hands_back_without_exception",
    "held_limbs",
    "held_peremptory",
    "is_peremptory",
    "limbs_stated_by",
    "not_held",
    "part_words",
    "partly_peremptory",
    "parts_stated_by",
    "peremptory_limb",
    "peremptory_part",
    "peremptory_positions",
    "peremptory_words",
    "reaches_ill_treatment",
    "ruling_positions",
    "stated_limbs",
    "states_norm",
    "torture_dating_decides",
    "torture_only_decides",
    "voiding_limbs",
    "voiding_positions",
    "within",
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


def adopted_day(key: str, pinpoint: str = "") -> dt.date:
    """The day an instrument (with ``pinpoint``, one of its units adopted on a day of its own: an
    ExCom conclusion) was adopted, as its data records it (:func:`refugeelaw.sources.adopted`): the
    day from which the rules take it as evidence. The data file says when; without it there is no
    evidence to date, and the library does not guess one."""
    day = adopted(key, pinpoint)
    if day is None:
        where = f"{key} {pinpoint}".strip()
        raise RuntimeError(f"{where}: the data gives no date of adoption")
    return day


#: The earliest evidence the library holds of the customary rule's torture limb: CAT art. 3, adopted
#: on 10 December 1984 (``data/instruments/cat-1984.json``). ExCom Conclusion No. 6 (12 October
#: 1977), the evidence for the rule itself, speaks of refugees, not of torture. Read by the
#: return's customary bar (:mod:`.custom`), by the survey of what a state owes, by the
#: peremptory-norm rule, and here: before it, customary non-refoulement states its refugee limb
#: alone (:func:`stated_limbs`).
TORTURE_LIMB_EVIDENCE = adopted_day("cat-1984")

#: How the library dates the customary torture limb, named wherever the date decides (the seed
#: articles review's F2): from CAT art. 3's adoption (:data:`TORTURE_LIMB_EVIDENCE`). Adopting a
#: treaty's text is not itself practice accepted as law, and a treaty rule reflects custom only
#: if it codified a rule existing when the treaty was concluded, crystallised one then emerging,
#: or has since given rise to a general practice accepted as law (ILC Conclusions on
#: identification of customary international law, 2018, concl. 11(1)). Taking the limb from the
#: adoption reads art. 3 the first or second way, as the Nowak commentary reads it ("codifies
#: [...] a norm of customary international law": Ammer and Schuechner on art. 3, in Nowak, Birk
#: and Monina (eds), The United Nations Convention against Torture and its Optional Protocol: A
#: Commentary, 2nd edn). On the third reading the limb is not shown until later evidence of
#: practice and opinio juris; the earliest later statement the library names that the customary
#: rule bars return to torture is Lauterpacht and Bethlehem's Opinion for UNHCR
#: (:data:`ILL_TREATMENT_EVIDENCE`, 20 June 2001; its paragraph on the point not verified), and
#: Hathaway writes that until the mid-1980s only refugees could invoke international law to
#: resist removal to a dangerous country ("Leveraging Asylum", Texas International Law Journal,
#: 2010). No source the library holds dates the crystallisation, so the date is a reading: it
#: decides from the adoption up to that Opinion (:func:`torture_dating_decides`).
TORTURE_LIMB_DATING_READING = (
    "customary non-refoulement's torture limb is dated from CAT art. 3's adoption on "
    + TORTURE_LIMB_EVIDENCE.isoformat()
    + ", art. 3 read as codifying or crystallising a customary rule (ILC Conclusions on "
    "identification of customary international law, 2018, concl. 11(1)(a)-(b); the Nowak "
    "commentary reads art. 3 as codifying a norm of customary international law); adopting a "
    "text is not itself practice accepted as law, and on the reading that the limb became "
    "custom only through later general practice (concl. 11(1)(c)) it is not shown before later "
    "evidence, the earliest the library names being Lauterpacht and Bethlehem's Opinion for "
    "UNHCR of " + ILL_TREATMENT_EVIDENCE.isoformat() + " (Hathaway, 2010: until the mid-1980s "
    "only refugees could invoke international law to resist removal)"
)


def torture_dating_decides(on: dt.date) -> bool:
    """Whether the date from which the customary torture limb is shown
    (:data:`TORTURE_LIMB_DATING_READING`) decides on ``on``: from CAT art. 3's adoption, where it
    is dated, up to the later evidence that reading names, before which the other reading does
    not show it."""
    return TORTURE_LIMB_EVIDENCE <= on < ILL_TREATMENT_EVIDENCE


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


#: The 1967 Protocol, whose parties undertake to apply the Convention's arts 2 to 34 (art. I(1)).
_PROTOCOL = "refugee-protocol-1967"


def within(provision: str, cited: str) -> bool:
    """Whether ``provision`` is the provision ``cited``, or lies within it: ``cited`` ``""`` names
    the whole treaty, ``"33"`` its art. 33, of which ``"33(1)"`` is a paragraph."""
    return not cited or provision == cited or provision.startswith(f"{cited}(")


def limbs_stated_by(instrument: str, provision: str = "") -> tuple[str, ...]:
    """The limbs of non-refoulement (:func:`peremptory_positions`) that the treaty ``instrument``
    states in a duty the catalogue holds, or with ``provision`` the duty at that provision or
    within it (:func:`within`): refugee non-refoulement in Refugee Convention art. 33(1) (and so
    in the 1967 Protocol, which applies it by art. I(1)), OAU Convention art. II(3) and ACHR art.
    22(8); the duty not to return a person to torture in CAT art. 3, ICCPR art. 7 and ECHR art.
    3. None for a treaty that states neither (the China–DPRK protocols, the UN Charter)."""
    found: list[str] = []
    for d in catalogue():
        if d.norm != NON_REFOULEMENT:
            continue
        stated = d.instrument == instrument and within(d.provision, provision)
        # The Protocol states what it applies of the Convention (art. I(1)), as a whole.
        applied = instrument == _PROTOCOL and d.through_protocol and not provision
        if stated or applied:
            found.extend(peremptory_positions(d.instrument, d.provision, d.norm))
    return tuple(dict.fromkeys(found))


#: The part of a bar on return beyond the two limbs of non-refoulement: its reach to other cruel,
#: inhuman or degrading treatment or punishment short of torture (:func:`reaches_ill_treatment`),
#: which no :class:`~refugeelaw.Doctrine` position holds peremptory. With the limbs, the parts
#: in which a duty may yield to a bar by its own terms (:func:`parts_stated_by`).
ILL_TREATMENT_PART = "other ill-treatment"


def parts_stated_by(instrument: str, provision: str = "") -> tuple[str, ...]:
    """The parts of a bar on return that the treaty ``instrument`` (with ``provision``, the duty at
    that provision or within it) states: its limbs of non-refoulement (:func:`limbs_stated_by`),
    and :data:`ILL_TREATMENT_PART` where it bars return to other cruel, inhuman or degrading
    treatment too (ICCPR art. 7, ECHR art. 3: :data:`ILL_TREATMENT_TOO`)."""
    ill = any(i == instrument and within(art, provision) for i, art in ILL_TREATMENT_TOO)
    return (*limbs_stated_by(instrument, provision), *((ILL_TREATMENT_PART,) if ill else ()))


def bars_in_parts(ob: StateObligation) -> bool:
    """Whether what ``ob`` bars is its parts (:func:`barred_parts`) and nothing more, as the library
    states it: customary non-refoulement (the library's statement of the rule: a refugee's
    persecution, anyone's torture, and other ill-treatment as the doctrine reads it) and the
    torture bars (CAT art. 3, ICCPR art. 7, ECHR art. 3). A duty that yields by its own terms in
    every part of such a bar requires nothing it forbids. Not Convention art. 33(1), OAU art.
    II(3) or ACHR art. 22(8): each protects the persons its own treaty defines (the OAU
    Convention's refugees under art. I(2) too, the ACHR's aliens), which a limb does not exhaust,
    and a duty yields to them only by naming them."""
    if ob.norm != NON_REFOULEMENT:
        return False
    return (
        ob.instrument == CUSTOM
        or (
            ob.instrument,
            ob.provision.split("(")[0],
        )
        in TORTURE_NON_REFOULEMENT
    )


def barred_parts(ob: StateObligation, doctrine: Doctrine, on: dt.date) -> tuple[str, ...]:
    """The parts of what ``ob`` bars on ``on``: the limbs it states then (:func:`stated_limbs`),
    and its reach to other ill-treatment where it has one (:func:`reaches_ill_treatment`)."""
    wide = reaches_ill_treatment(ob, doctrine, on)
    return (*stated_limbs(ob, on), *((ILL_TREATMENT_PART,) if wide else ()))


def part_words(parts: tuple[str, ...], beside: tuple[str, ...] = ()) -> str:
    """What a bar bars return to in ``parts``, in words, apart from what it bars in ``beside``
    (the parts already answered): "to torture that is not persecution", "to persecution or to
    other cruel, inhuman or degrading treatment or punishment short of torture"."""
    words = []
    for part in parts:
        if part == REFUGEE_LIMB:
            words.append(
                "to persecution" + (" that is not torture" if TORTURE_LIMB in beside else "")
            )
        elif part == TORTURE_LIMB:
            words.append(
                "to torture" + (" that is not persecution" if REFUGEE_LIMB in beside else "")
            )
        else:
            words.append(
                "to other cruel, inhuman or degrading treatment or punishment short of torture"
            )
    return " or ".join(words)


def peremptory_limb(ob: StateObligation, doctrine: Doctrine) -> str | None:
    """The position on which ``ob`` is peremptory on ``doctrine``: that of the first of its limbs
    the doctrine holds peremptory (``None``: none is held so)."""
    for position in peremptory_positions(ob.instrument, ob.provision, ob.norm):
        if getattr(doctrine, position) is True:
            return position
    return None


def custom_limbs(on: dt.date) -> tuple[str, ...]:
    """The limbs customary non-refoulement states on ``on``: its refugee limb, and its torture limb
    from the earliest evidence of it the library holds (:data:`TORTURE_LIMB_EVIDENCE`: before it,
    the rule stated is the refugee limb alone)."""
    return (REFUGEE_LIMB, *((TORTURE_LIMB,) if on >= TORTURE_LIMB_EVIDENCE else ()))


def custom_reaches_ill_treatment(doctrine: Doctrine, on: dt.date) -> bool:
    """Whether customary non-refoulement bars return to cruel, inhuman or degrading treatment or
    punishment short of torture on ``on``: on ``Doctrine.custom_covers_ill_treatment``, from
    :data:`ILL_TREATMENT_EVIDENCE` on."""
    return bool(doctrine.custom_covers_ill_treatment) and on >= ILL_TREATMENT_EVIDENCE


def custom_parts(doctrine: Doctrine, on: dt.date) -> tuple[str, ...]:
    """The parts of a bar on return that customary non-refoulement states on ``on``
    (:func:`custom_limbs`, and :data:`ILL_TREATMENT_PART` where it reaches other ill-treatment on
    ``doctrine``: :func:`custom_reaches_ill_treatment`): what a duty excepting "what customary
    non-refoulement protects" (``StateObligation.exceptions`` naming it) excepts, the library
    stating the customary rule as those parts (:func:`bars_in_parts`). The exception answers
    custom as it stands when the duty is performed, as one naming a treaty provision answers
    that provision (:func:`parts_stated_by`)."""
    wide = custom_reaches_ill_treatment(doctrine, on)
    return (*custom_limbs(on), *((ILL_TREATMENT_PART,) if wide else ()))


def stated_limbs(ob: StateObligation, on: dt.date) -> tuple[str, ...]:
    """The limbs of ``ob`` (:func:`peremptory_positions`) that it states on ``on``: every limb of a
    treaty bar; customary non-refoulement's limbs as it states them then (:func:`custom_limbs`)."""
    positions = peremptory_positions(ob.instrument, ob.provision, ob.norm)
    if ob.instrument == CUSTOM:
        return tuple(p for p in positions if p in custom_limbs(on))
    return positions


def reaches_ill_treatment(ob: StateObligation, doctrine: Doctrine, on: dt.date) -> bool:
    """Whether ``ob`` bars return to cruel, inhuman or degrading treatment or punishment short of
    torture on ``on``: ICCPR art. 7 and ECHR art. 3 (:data:`ILL_TREATMENT_TOO`); customary
    non-refoulement on ``Doctrine.custom_covers_ill_treatment``, from
    :data:`ILL_TREATMENT_EVIDENCE` on."""
    if (ob.instrument, ob.provision.split("(")[0]) in ILL_TREATMENT_TOO:
        return True
    return (
        ob.instrument == CUSTOM
        and ob.norm == NON_REFOULEMENT
        and custom_reaches_ill_treatment(doctrine, on)
    )


def beyond_peremptory(ob: StateObligation, doctrine: Doctrine, on: dt.date) -> bool:
    """Whether ``ob``, held peremptory on ``doctrine`` in a limb it states on ``on``
    (:func:`stated_limbs`), bars return to more than its limbs held peremptory do:

    - to cruel, inhuman or degrading treatment or punishment short of torture
      (:func:`reaches_ill_treatment`: ICCPR art. 7 and ECHR art. 3; customary non-refoulement on
      ``Doctrine.custom_covers_ill_treatment``), which no position the library takes holds
      peremptory (:data:`TORTURE_ONLY_READING`);
    - for customary non-refoulement, in a limb it states that ``doctrine`` does not hold
      peremptory: held ``False``, or left open (``None``: a ruling reports each view of it).
      Held peremptory in its torture limb alone (``torture_non_refoulement_peremptory``), it bars
      the return of a refugee to persecution that is not torture beyond it; in its refugee limb
      alone (``non_refoulement_peremptory``), the return of anyone to torture that is not
      persecution.

    Such a duty is peremptory only in so far as it bars return in its limbs held so
    (:func:`peremptory_part`); for the rest it ranks as a duty that is not peremptory (UN Charter
    Art. 103, VCLT art. 30)."""
    limbs = stated_limbs(ob, on)
    held = [limb for limb in limbs if getattr(doctrine, limb) is True]
    if not held:
        return False
    return reaches_ill_treatment(ob, doctrine, on) or len(held) < len(limbs)


def torture_only_decides(ob: StateObligation, doctrine: Doctrine, on: dt.date) -> bool:
    """Whether :data:`TORTURE_ONLY_READING` decides which part of ``ob`` is peremptory on
    ``doctrine`` on ``on``: ``ob`` is peremptory only in part (:func:`beyond_peremptory`), held so
    as a duty not to return a person to torture, and bars return to other ill-treatment too
    (:func:`reaches_ill_treatment`). Where the part is the doctrine's own limb positions alone
    (customary non-refoulement held peremptory in one limb, not reaching ill-treatment), or the
    torture limb is not held peremptory, no reading decides it: a limb held ``False`` says so
    itself, and one left open is a contested position its :class:`~refugeelaw.Doctrine` field
    names."""
    return (
        beyond_peremptory(ob, doctrine, on)
        and getattr(doctrine, TORTURE_LIMB) is True
        and reaches_ill_treatment(ob, doctrine, on)
    )


#: The reading on which a duty that bars return to torture and to other ill-treatment is
#: peremptory, where the duty not to return a person to torture is held so, only in so far as it
#: bars return to torture (:func:`beyond_peremptory`). It is a contested position, named where it
#: decides (a ruling's and an obligation's assumptions: :func:`torture_only_decides`), and no
#: :class:`~refugeelaw.Doctrine` position sets it: the ILC's 2022 list of peremptory norms names
#: the prohibition of torture alone (Conclusions on peremptory norms, annex (g)), while some
#: bodies treat the prohibition of cruel, inhuman or degrading treatment too as peremptory (the
#: library holds no verified text of such a statement, and cites none).
TORTURE_ONLY_READING = (
    "a duty that bars return to torture and to other cruel, inhuman or degrading treatment or "
    "punishment (ICCPR art. 7, ECHR art. 3, customary non-refoulement read to reach other "
    "ill-treatment) is read, on the view that the duty not to return a person to torture is "
    "peremptory, as peremptory only in so far as it bars return to torture: the ILC's 2022 list "
    "of peremptory norms names the prohibition of torture alone (annex (g)); some bodies treat "
    "the prohibition of cruel, inhuman or degrading treatment too as peremptory, and on that "
    "reading the duty would prevail whole, which no position the library takes provides for"
)

#: What each limb of non-refoulement bars return to, in words.
_LIMB_WORDS = {REFUGEE_LIMB: "to persecution", TORTURE_LIMB: "to torture"}

#: What each limb's position names, in words, as :func:`not_held` says it.
_LIMB_NAMES = {
    REFUGEE_LIMB: "refugee non-refoulement (the duty not to return a refugee to persecution)",
    TORTURE_LIMB: (
        "the duty not to return a person to torture (beside the prohibition of torture: Belgium "
        "v Senegal para. 99; ILC Conclusions on Peremptory Norms (2022), annex (g))"
    ),
}


def duty_name(ob: StateObligation) -> str:
    """``ob`` as a sentence names it: its citation, customary non-refoulement by that name."""
    return "customary non-refoulement" if ob.instrument == CUSTOM else str(ob.citation)


def held_limbs(ob: StateObligation, doctrine: Doctrine) -> tuple[str, ...]:
    """The limbs of ``ob`` (:func:`peremptory_positions`) that ``doctrine`` holds peremptory."""
    positions = peremptory_positions(ob.instrument, ob.provision, ob.norm)
    return tuple(p for p in positions if getattr(doctrine, p) is True)


def peremptory_part(ob: StateObligation, doctrine: Doctrine) -> str:
    """The part of ``ob``, a duty peremptory only in part (:func:`beyond_peremptory`), that is
    peremptory on ``doctrine``, in words: its bar on return in each limb held peremptory (ICCPR
    art. 7 and ECHR art. 3: to torture; customary non-refoulement: to persecution, to torture, or
    to either, as ``doctrine`` holds its limbs)."""
    return f"in so far as {duty_name(ob)} bars return {peremptory_words(ob, doctrine)}"


def peremptory_words(ob: StateObligation, doctrine: Doctrine) -> str:
    """What ``ob`` bars return to in the limbs ``doctrine`` holds peremptory, in words ("to
    torture"; "to persecution or to torture")."""
    return " or ".join(_LIMB_WORDS[limb] for limb in held_limbs(ob, doctrine))


def beyond_words(ob: StateObligation, doctrine: Doctrine, on: dt.date) -> str:
    """What ``ob``, a duty peremptory only in part on ``on`` (:func:`beyond_peremptory`), bars
    return to beyond its peremptory part on ``doctrine``, in words: everything else it bars, a
    limb held not peremptory or left open included (a ruling reports an open limb's views as
    branches), and other cruel, inhuman or degrading treatment or punishment only where it
    reaches that (:func:`reaches_ill_treatment`)."""
    held = held_limbs(ob, doctrine)
    wide = reaches_ill_treatment(ob, doctrine, on)
    short = "other cruel, inhuman or degrading treatment or punishment short of torture"
    if TORTURE_LIMB not in held:
        if wide:
            return (
                "to torture or to other cruel, inhuman or degrading treatment or punishment that "
                "is not persecution"
            )
        return "to torture that is not persecution"
    if REFUGEE_LIMB in stated_limbs(ob, on) and REFUGEE_LIMB not in held:
        return f"to persecution or to {short}" if wide else "to persecution that is not torture"
    return f"to {short}"


def beyond_part(ob: StateObligation, doctrine: Doctrine, on: dt.date) -> str:
    """The part of ``ob``, a duty peremptory only in part on ``on`` (:func:`beyond_peremptory`),
    that is not peremptory on ``doctrine``, in words (:func:`beyond_words`)."""
    return f"in so far as {duty_name(ob)} bars return {beyond_words(ob, doctrine, on)}"


def not_held(ob: StateObligation, doctrine: Doctrine, on: dt.date) -> str:
    """Why a duty peremptory only in part on ``on`` (:func:`beyond_peremptory`) is not peremptory
    in the rest on ``doctrine``: what the position held names (each limb held), what a position
    held false or left open says of a limb not held, and, where the duty reaches other
    ill-treatment (:func:`reaches_ill_treatment`), that no position reaches that
    (:data:`TORTURE_ONLY_READING`)."""
    held = held_limbs(ob, doctrine)
    words = ["the position held names " + " and ".join(_LIMB_NAMES[limb] for limb in held)]
    for limb in stated_limbs(ob, on):
        view = getattr(doctrine, limb)
        if view is False:
            words.append(f"{limb}=False holds {_LIMB_NAMES[limb]} not peremptory")
        elif view is None:
            words.append(f"{limb} leaves open whether {_LIMB_NAMES[limb]} is peremptory")
    if reaches_ill_treatment(ob, doctrine, on):
        words.append("no position the library takes holds the rest peremptory")
    return "; ".join(words)


def partly_peremptory(ob: StateObligation, doctrine: Doctrine, on: dt.date) -> str:
    """What a duty peremptory only in part on ``on`` (:func:`beyond_peremptory`) is peremptory in
    on ``doctrine``, as a note on the obligation says it."""
    open_ = any(getattr(doctrine, limb) is None for limb in stated_limbs(ob, on))
    return (
        f"Held peremptory only {peremptory_part(ob, doctrine)}, not in so far as it bars return "
        f"{beyond_words(ob, doctrine, on)}: {not_held(ob, doctrine, on)}. Against that part"
        + (" (a limb left open: on the view that it is not peremptory)" if open_ else "")
        + ", a treaty or a Security Council decision ranks as against a duty that is not "
        "peremptory (VCLT art. 30; UN Charter Art. 103)."
    )


def deciding_positions(
    ob: StateObligation, doctrine: Doctrine, on: dt.date | None = None
) -> tuple[str, ...]:
    """The positions that decide whether ``ob`` is peremptory on ``doctrine``: the limb held
    peremptory, where one is (the others cannot change that), else every limb's. On ``on``, the
    limb held is one ``ob`` states then (:func:`stated_limbs`: customary non-refoulement's torture
    limb not before its evidence, so that before it a refugee limb left open decides), and where
    ``ob`` is peremptory only in part (:func:`beyond_peremptory`) the other limbs it states decide
    which part, and are named too: a limb held ``False`` (the part it would add is not
    peremptory) or left open (a ruling reports each view of it)."""
    positions = peremptory_positions(ob.instrument, ob.provision, ob.norm)
    if on is None:
        limb = peremptory_limb(ob, doctrine)
        return positions if limb is None else (limb,)
    stated = stated_limbs(ob, on)
    held = [p for p in stated if getattr(doctrine, p) is True]
    if not held:
        return positions
    if beyond_peremptory(ob, doctrine, on):
        return (held[0], *(p for p in stated if p != held[0]))
    return (held[0],)


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


#: The reading on which a duty to hand over illegal crossers "according to the circumstances" is
#: ranked against an obligation that bars their return, named wherever a ruling ranks the two
#: (:func:`hand_over_reading`). The 1986 China–DPRK protocol, in the Chinese text found (fsou.com,
#: secondary, undated), art. 4(2): "对于非法出入境人员,应根据情况将其名单和有关材料一并移交对方"
#: ("as to illegal crossers, [a party] shall, according to the circumstances, hand them over to the
#: other party together with their lists and related materials"). Whether 根据情况 leaves the
#: hand-over to the party's judgement, or governs only its manner, the text does not settle; the
#: rules keep reading the duty as one that can require a removal (``Duty.removal`` "requires"),
#: and say so. ``{inst}``: the protocol; ``{words}``: the words (``Duty.discretion``).
CIRCUMSTANCES_READING = (
    "{inst}'s duty to hand over illegal crossers {words} is read as one that can require of the "
    "State a hand-over the other obligation forbids, or forbid one it requires, so that the two "
    "conflict; if those words leave the hand-over to the State's judgement of the circumstances, "
    "the State can perform the protocol in whatever way the other obligation requires (handing "
    "over no one a bar on return protects), and on the strict notion of conflict (complying with "
    "one obligation means breaching the other) the two do not conflict: the protocol then neither "
    "prevails over the other obligation nor governs against it (VCLT art. 30) and is not void "
    "for conflict with a peremptory norm (VCLT arts 53, 64), a rule being, as far as possible, "
    "interpreted and applied consistently with a peremptory norm (ILC Draft Conclusions on "
    "peremptory norms, 2022)"
)


def hand_over_reading(ob: StateObligation) -> str:
    """The reading a ruling that ranks ``ob`` against another obligation rests on where ``ob`` is
    a duty to hand back whose text may leave the hand-over to the party's judgement
    (``Duty.discretion``: the 1986 China–DPRK protocol's "according to the circumstances"):
    :data:`CIRCUMSTANCES_READING`, filled in; ``""`` for any other obligation."""
    listed = next(
        (
            d
            for d in catalogue()
            if d.hands_back and (d.instrument, d.provision) == (ob.instrument, ob.provision)
        ),
        None,
    )
    if listed is None or listed.discretion is None:
        return ""
    return CIRCUMSTANCES_READING.format(inst=get_instrument(ob.instrument), words=listed.discretion)


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
    first: StateObligation, second: StateObligation, doctrine: Doctrine, on: dt.date | None = None
) -> tuple[str, ...]:
    """The positions on which the peremptory-norm rule may turn for a pair, each once: whether
    either obligation is peremptory (:func:`deciding_positions`), and whether either's treaty is
    void for conflict by its own terms with a limb of non-refoulement
    (:func:`voiding_positions`); on ``on``, a limb left open that decides which part of a duty is
    peremptory (:func:`deciding_positions`)."""
    names = [
        n
        for o in (first, second)
        for n in (*deciding_positions(o, doctrine, on), *voiding_positions(o, doctrine))
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
