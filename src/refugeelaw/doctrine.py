"""Contested legal positions, made explicit and overridable.

Where lawyers disagree, refugeelaw does not pick silently: a :class:`Doctrine` names the position
taken, every result lists the positions it relied on, and :func:`refugeelaw.compare_doctrines`
runs one claim under several.

>>> Doctrine().fear_threshold
0.1
>>> Doctrine(fear_threshold=1.5)
Traceback (most recent call last):
...
refugeelaw.errors.InvalidInput: fear_threshold: expected a number above 0 and at most 1, got 1.5
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Literal

import attrs

from . import _validate as v

__all__ = ["Doctrine", "fear_standard", "position_key"]

NexusStandard = Literal["contributing", "one_central_reason"]
SocialGroupTest = Literal[
    "protected_characteristics", "social_perception", "either", "both", "distinguished_from_society"
]
LaterTreatyBy = Literal["adoption", "entry_into_force"]
CompellingReasons = Literal["statutory", "all"]


def _one_of(*allowed: str) -> v.Check:
    def check(value: Any) -> str | None:
        if value in allowed:
            return None
        return f"expected one of {', '.join(map(repr, allowed))}, got {v._describe(value)}"

    return check


_ABOVE_ZERO = "expected a number above 0 and at most 1"


def _threshold(value: Any) -> str | None:
    """A standard of likelihood (``fear_threshold``, ``torture_threshold``): a number above 0 and
    at most 1. At 0 a likelihood found to be nil would reach it (a likelihood reaches a threshold
    at or above it), and no standard the library reads is met by a risk found to be nil: not a
    well-founded fear (*INS v Cardoza-Fonseca*: a reasonable possibility), nor "substantial
    grounds for believing" a person would be in danger (CAT art. 3(1))."""
    if value is None:
        return f"{_ABOVE_ZERO}, got None"
    problem = v.probability(value)
    if problem is not None:
        return problem.replace("expected a number from 0 to 1", _ABOVE_ZERO)
    if value == 0:
        return (
            f"{_ABOVE_ZERO}, got {value!r}: at a threshold of 0 a likelihood found to be nil "
            "would reach it, and no standard of likelihood is met by a risk found to be nil "
            "(a well-founded fear needs a reasonable possibility, INS v Cardoza-Fonseca; CAT "
            "art. 3(1) substantial grounds for believing in a danger)"
        )
    return None


def _opt_threshold(value: Any) -> str | None:
    """``return_threshold``, ``cat_threshold``: ``None`` (another standard's), or a
    :func:`_threshold`."""
    return None if value is None else _threshold(value)


@attrs.frozen(cache_hash=True)
class Doctrine(v.Checked):
    """The contested positions a result may rely on.

    Args:
        non_refoulement_customary: non-refoulement binds every state as customary international
            law. ``True`` (the default) is a position taken, and every result that relies on it
            names it; ``False`` reads the duty as binding only by treaty; ``None`` treats it as
            contested, and results show both branches.
        non_refoulement_peremptory: non-refoulement is a peremptory norm (jus cogens). ``None``
            (the default): contested — ExCom Conclusion No. 25 (1982) spoke of it "progressively
            acquiring the character of a peremptory rule"; the ILC's 2022 list does not include it.
            The duty not to return a person to torture has a position of its own
            (``torture_non_refoulement_peremptory``); customary non-refoulement held peremptory on
            this one alone is peremptory in its refugee limb only.
        fear_threshold: the likelihood from which a fear is well-founded, above 0 and at most
            1 (0 is refused: a likelihood found to be nil would reach it). 0.1 is a "reasonable
            possibility" (*INS v Cardoza-Fonseca*: a 10% chance may suffice).
        nexus: ``"contributing"`` — a Convention ground need only contribute to the persecution;
            ``"one_central_reason"`` — US law's stricter test.
        social_group: the test for a particular social group: ``"protected_characteristics"``
            (*Ward*), ``"social_perception"``, ``"either"`` suffices, ``"both"`` cumulatively
            (EU Qualification Directive art. 10(1)(d) read literally, its two limbs joined by
            "and"; the UK Upper Tribunal in *DH (Particular Social Group: Mental Health)
            Afghanistan* [2020] UKUT 223 (IAC) reads them as alternatives, ``"either"``), or
            ``"distinguished_from_society"``: a characteristic common to the members, other than
            the shared fear, that distinguishes them from society at large, whether or not that
            society perceives them as a group (*Applicant S v MIMA* [2004] HCA 25, the High Court
            of Australia).
        torture_threshold: the likelihood from which there are "substantial grounds for believing"
            a person would be in danger of torture (CAT art. 3) or a real risk of irreparable harm
            (ICCPR arts 6–7), above 0 and at most 1 as ``fear_threshold``. 0.1 by default; 0.5
            is "more likely than not", for every bar that weighs it: to reproduce the US
            understanding to CAT art. 3 alone, set ``cat_threshold`` instead. ECHR arts 2, 3 and
            6, the Protocols' bars and customary non-refoulement's torture limb weigh it too.
        later_treaty_by: which date makes a treaty "later" for VCLT art. 30(3): its ``"adoption"``
            (conclusion) or its ``"entry_into_force"``.
        return_threshold: the likelihood from which life or freedom "would be threatened" under
            Refugee Convention art. 33(1) (customary non-refoulement's refugee limb takes it only
            with ``custom_follows_return_threshold``), above 0 and at most 1 as
            ``fear_threshold``. ``None`` (the default): the same as the well-founded fear
            (``fear_threshold``); 0.5 reproduces the US "clear probability" standard for
            withholding of removal (*INS v Stevic*, 467 US 407 (1984)). The standard holds for
            measures taken together on cumulative grounds too (UNHCR Handbook para. 53): only
            those feared to it are counted for art. 33(1).
        custom_follows_return_threshold: whether customary non-refoulement's refugee limb takes
            art. 33(1)'s standard of likelihood (``return_threshold``), its content being read as
            the article's, or (``False``, the default) keeps the well-founded fear's. The
            standard of proof of the customary rule is not settled by any authority the library
            holds; a state that reads art. 33(1) as *Stevic* did may read custom the same way.
            Only matters where ``return_threshold`` is set; the OAU Convention's bar is not
            affected.
        cat_threshold: CAT art. 3's own standard of "substantial grounds for believing", where a
            State's understanding states one: 0.5 reproduces the United States' ("more likely
            than not", recorded from the UN Treaty Collection's text of the US declarations,
            MTDSG IV-9; a return from the United States states that understanding in the finding
            that it is bound). ``None`` (the default): ``torture_threshold``. It is CAT art. 3's
            alone: an understanding to one treaty qualifies no other obligation, so ICCPR arts 6
            and 7, the ECHR's bars and customary non-refoulement's torture limb (weighed as CAT
            art. 3 weighs torture, not as a State qualified its treaty duty) keep
            ``torture_threshold``. Whether the understanding narrows the US obligation
            internationally is itself contested (``law.removal.STATED_NOT_APPLIED``).
        relocation_presumption: where the state is the persecutor and no finding on internal
            relocation has been made, whether an internal flight alternative is presumed not to
            be available until a finding rebuts it (``True``, the default: UNHCR Guidelines on
            International Protection No. 4, para. 7(I)(b), "National authorities are presumed to
            act throughout the country"), or is left for a finding (``False``: the state's role
            makes a safe place less likely but does not settle it, as the House of Lords treated
            it in *Januzi v SSHD* [2006] UKHL 5), so that the element waits for one.
        relocation_in_cessation: whether an internal flight alternative found after recognition
            can make "the circumstances in connexion with which he has been recognized as a
            refugee" cease under Art 1C(5)–(6). ``False`` (the default): it cannot; a recognition
            found no reasonable alternative, so one found now is a change in part of the country
            only, or the same facts judged otherwise, and the clauses are read restrictively
            (UNHCR Handbook paras 111–139): the fear is weighed for them without the relocation
            element of Art 1A(2). ``True``: status may cease because the refugee can now relocate
            internally, as the UK Court of Appeal held in *SSHD v MS (Somalia)* [2019] EWCA Civ
            1345 (as the headnote of *SB (refugee revocation; IDP camps) Somalia* [2019] UKUT 358
            (IAC) reports it; the judgment itself was not read). UNHCR's Guidelines on
            International Protection No. 3 (2003) are reported to take the default's view; their
            text was not seen.
        compelling_reasons: who may invoke the proviso to Art 1C(5)–(6) (compelling reasons
            arising out of previous persecution): ``"statutory"`` refugees only, as the text says,
            or ``"all"`` refugees (UNHCR Handbook para. 136; EU law), the default.
        article_33_extraterritorial: whether Refugee Convention art. 33(1) binds a state wherever
            it has effective control over a person (interception at sea, offshore processing),
            as UNHCR's Advisory Opinion (2007) holds, or only at and within its territory, as
            *Sale v Haitian Centers Council* (1993) held. ``None`` (the default): contested,
            results show both branches. (CAT art. 3 and the ICCPR follow jurisdiction in any
            case: HRC General Comment 31 para. 10; CAT General Comment 2 para. 16.)
        article_103_reaches_custom: whether UN Charter Art. 103 gives Charter obligations (such as
            a binding Security Council decision) priority over customary law as well as over
            "any other international agreement" (for: the ILC Study Group on Fragmentation,
            conclusion 35, "may"; against: the text, limited to agreements; *Lockerbie* 1992 and
            *Al-Jedda* 2011 concern treaty obligations and decide neither way). ``None`` (the
            default): contested, results show both branches.
        torture_non_refoulement_peremptory: whether the duty not to return a person to torture
            (CAT art. 3; ICCPR art. 7) shares the peremptory character of the prohibition of
            torture itself (ICJ *Belgium v Senegal* 2012 para. 99; ILC 2022 conclusions, annex).
            A position separate from ``non_refoulement_peremptory`` (refugee non-refoulement);
            customary non-refoulement holds both duties and is peremptory where either is, in the
            limbs held so alone: held peremptory in one, it is not peremptory in so far as it bars
            return in the other (a refugee to persecution that is not torture, or anyone to
            torture that is not persecution), which ranks as a duty that is not peremptory where
            that limb's position is ``False``, and on the view that it is not where it is left
            open (results show both branches). A duty that also bars return to other cruel,
            inhuman or degrading treatment (ICCPR art. 7, ECHR art. 3; custom on
            ``custom_covers_ill_treatment``) is held peremptory only in so far as it bars return
            to torture (a named reading, listed where it decides:
            ``law.peremptory.TORTURE_ONLY_READING``); the rest ranks as a duty that is not
            peremptory. ``None`` (the default): contested, results show both branches.
        judge_v_canada_retrospective: whether ICCPR art. 6 as the Human Rights Committee read it
            in *Judge v Canada* (2003) — a state that has abolished the death penalty may not
            remove a person to a real risk of it — governs a removal after *Cox v Canada* (Views
            of 31 October 1994, the last to follow *Kindler v Canada*, 1993) and before 7 August
            1998, the day of the removal *Judge* held to breach art. 6. ``True``: the
            Committee's later reading; ``False``: its reading at the time; ``None`` (the
            default): contested, results show both branches. Removals before and after that
            window are read as the Committee read them.
        al_saadoon_retrospective: whether ECHR art. 3, read in *Al-Saadoon and Mufdhi v United
            Kingdom* (2 March 2010) as including the death penalty, governs a removal made after
            *Soering v United Kingdom* (7 July 1989), the last judgment to read art. 3 otherwise,
            and before 31 December 2008, the day of the transfer *Al-Saadoon* held contrary to
            art. 3. ``True``: *Al-Saadoon*'s reading; ``False``: *Soering*'s; ``None`` (the
            default): contested, results show both branches. Removals before and after that
            window are read as the Court read them then.
        bader_retrospective: whether ECHR art. 2 bars a removal to a real risk to life made
            before *Bader and Kanbor v Sweden* (8 November 2005), the first judgment the library
            holds in which the European Court of Human Rights held a removal contrary to art. 2.
            ``True``: a judgment states what the Convention already required, so art. 2 bars such
            a removal from the day the Convention binds the state; ``False``: art. 2 is read to
            bar a removal only from that judgment; ``None`` (the default): contested, results show
            both branches. Removals on or after the day are read as the Court read them.
        removal_readings_retrospective: whether a reading of a bar on return first stated after
            the bar bound the returning State governs a return made before it was stated. The
            library dates six such readings, each from the earliest statement or holding it
            names: Refugee Convention art. 33(1) reaching the rejection at the frontier of a
            refugee who has left their own country, from ExCom Conclusion No. 6 (12 October
            1977; the 1951 Conference had placed on record that mass migrations across frontiers
            were not covered by art. 33: ``law.removal.FRONTIER_READING``); ICCPR arts 6(1) and 7
            as bars on removal, from 26 September 1991, the day of the extraditions the Human
            Rights Committee weighed under them in its first Views on a removal, *Kindler v
            Canada* and *Ng v Canada* (1993; its first general statement that art. 7 bars one is
            General Comment No. 20, para. 9, 10 March 1992); ECHR art. 6 as a bar on removal to a
            flagrant denial of justice, from *Othman (Abu Qatada) v United Kingdom* (17 January
            2012), the first judgment in which the European Court of Human Rights held that an
            expulsion would violate art. 6 (*Soering v United Kingdom*, 1989, had not excluded
            that one might); ECHR art. 3 as a bar on removal, and with it art. 1 of Protocol No.
            6, from *Soering v United Kingdom* (7 July 1989), the first judgment in which the
            Court held a removal contrary to art. 3 (the Convention bound States from 1953); and
            art. 3's reach on removal to ill-treatment by private persons against whom the State
            there does not protect, from *Ahmed v Austria* (17 December 1996), the first judgment
            the library names holding a removal contrary to art. 3 for such a risk. ``True``: a later statement states what the provision already required,
            so the reading governs every return made while the provision bound the State;
            ``False``: the reading governs returns only from the day; ``None`` (the default):
            contested, results show both branches. Returns on or after each day are read as
            stated. ECHR art. 2 before *Bader and Kanbor*, art. 3's death-penalty reading and
            ICCPR art. 6 as read in *Judge v Canada* have positions of their own.
        differential_impact: where the harm arises in civil war or generalised violence
            (``Motive.GENERALISED_VIOLENCE`` among its reasons) as well as for a Convention ground,
            whether the person must show a risk over and above that of others caught in the
            fighting (``True``: the House of Lords' "differential impact" test in *Adan v SSHD*
            [1999] 1 AC 293, a fact for the decision-maker, ``Harm.differential_risk``), or the
            ground suffices as any mixed motive does (``False``, the default: the Convention's
            text asks only that the persecution be for a Convention reason).
        return_to_other_residences: for a stateless person who has had more than one country of
            former habitual residence (``Person.other_habitual_residences``), whether they must
            also be unable, or owing to a well-founded fear unwilling, to return to every other
            (``True``: *Thabet v Canada (MCI)* [1998] 4 FC 21 (FCA), the definition applied to
            any one of them together with *Ward*'s principle that international protection is
            the last resort, as Art 1A(2), second paragraph, applies it to a person of several
            nationalities), or need meet the definition in relation to one of them only
            (``False``, the default: UNHCR Handbook para. 104, the definition not requiring that
            the criteria be met in relation to all of them).
        inter_se_modification: where a later agreement between some parties of a multilateral
            treaty (a bilateral readmission or hand-back agreement) conflicts with an obligation
            of the earlier treaty owed to every party (Refugee Convention art. 33(1), CAT art.
            3), whether the later agreement governs their mutual relations (``True``: VCLT art.
            30(4)(a) as written, the responsibility owed to the other parties kept by art. 30(5))
            or the earlier obligation prevails between them too (``False``: art. 30(5) is
            "without prejudice to article 41", and art. 41(1)(b) does not permit parties to
            modify the treaty between themselves where the modification affects the other
            parties' rights or relates to a provision from which derogation is incompatible with
            the treaty's object and purpose, as a duty open to no reservation is: Refugee
            Convention art. 42(1)). The Vienna Convention does not say what follows from a
            modification art. 41 does not permit. ``None`` (the default): contested, results show
            both branches.
        past_persecution_presumption: where the person has already suffered the harm feared
            (``Harm.suffered_before``), whether that raises a presumption that the fear is well
            founded, displaced only by good reasons to consider that it will not be repeated
            (``True``, the default: UNHCR Handbook para. 45, "may be assumed"; EU Qualification
            Directive art. 4(4), "a serious indication"; 8 C.F.R. s. 208.13(b)(1) in the United
            States), or is evidence the assessor weighs in the likelihood like any other
            (``False``: the forward-looking test as Canada's Immigration and Refugee Board states
            it, past persecution being "insufficient of itself"). Either way an assessed
            likelihood that reaches the threshold suffices.
        custom_covers_ill_treatment: the scope of customary non-refoulement beyond refugees:
            whether it bars return to a real risk of cruel, inhuman or degrading treatment or
            punishment as well as of torture (``True``: Sir Elihu Lauterpacht and Daniel
            Bethlehem, *The Scope and Content of the Principle of Non-Refoulement: Opinion*,
            written for UNHCR and completed on 20 June 2001, published in Feller, Türk and
            Nicholson (eds), *Refugee Protection in International Law* (CUP 2003); the risk is
            weighed as ICCPR art. 7 weighs it, with the state's protection and an internal flight
            alternative), or of torture only, as CAT art. 3 weighs it (``False``, the default:
            the Convention against Torture states its duty not to return a person for torture
            alone, and its art. 16(1) extends arts 10 to 13 to other cruel, inhuman or degrading
            treatment, not art. 3; the wider duty rests on the Human Rights Committee's reading of
            ICCPR art. 7 and the European Court's of ECHR art. 3, which bind their parties). The
            opinion's date and publication were seen; the paragraph stating its conclusion
            (recalled as para. 253) and its words were not. Custom's wider reach is not shown
            before that opinion (the earliest statement of it the library names), as its torture
            limb is not before CAT art. 3.
        cat_non_state_actors: whether CAT art. 3 reaches torture by non-State actors that the
            State of destination does not protect against, though no public official instigates,
            consents to or acquiesces in it (``Harm.official_involvement`` ``False``). ``True``:
            the Committee against Torture's General Comment No. 4 (CAT/C/GC/4, adopted 6 December
            2017), which (as a contemporary summary reports it; the paragraph was not seen) has
            sending States weigh torture by non-State actors as well as by State actors; the risk
            is then not reached where the State there can and does protect against it (as ICCPR
            art. 7 weighs private harm), but no internal flight alternative is weighed, as the
            library weighs none under art. 3 on either reading. ``False``: art. 3 reaches only the torture art. 1 defines, pain or
            suffering inflicted "by or at the instigation of or with the consent or acquiescence
            of a public official or other person acting in an official capacity", as the
            Committee's earlier case law read it (a faction exercising quasi-governmental
            authority where no central government exists may act in an official capacity, *Elmi
            v Australia*, 1999: ``official_involvement`` ``True``). ``None`` (the default):
            contested, results show both branches. A General Comment is not binding, the
            definition in art. 1 is the treaty's text, and the library holds neither the
            Committee's later views applying the reading nor States' reactions to it, so it takes
            no side. The position is weighed only in a return on or after the day General Comment
            No. 4 was adopted: before it, the Committee's own reading was the narrow one (with
            *Elmi*'s exception), and a treaty body's later general comment is not read to change
            what a State owed under its earlier reading (as ICCPR art. 6 is read as *Kindler v
            Canada* read it before *Cox v Canada*). Customary non-refoulement's torture limb,
            weighed as CAT art. 3 weighs it, follows the same position on every date, before
            General Comment No. 4 too: that day dates the Committee's reading of the treaty, and
            a treaty body's comment does not date a change in custom, "a general practice
            accepted as law" (ICJ Statute art. 38(1)(b)). ``True`` then has custom reach such
            torture before 2017 as after, ``False`` reach only art. 1's torture, and ``None``
            leaves a return that turns on it undetermined, asking the position.
        exit_motive_nexus: whether a severe penalty for leaving the country without permission
            or staying abroad without authorisation (``Harm.exit_offence``) is for a Convention
            reason where the person's motives for leaving or staying abroad relate to one
            (``Claim.reasons_for_leaving``), though the punisher's own reasons supply none, or
            while a ground they give is still open (a social group not yet tested, a central
            reason not yet found), as UNHCR Handbook para. 61 states (``True``, the default: the
            two ways are alternatives, either sufficing); or whether only the
            persecutor's reasons decide the nexus (``False``: "for reasons of" read as the
            persecutor's motive, as the United States Supreme Court read its statute in *INS v
            Elias-Zacarias*, 502 US 478 (1992), holding that the statute makes the persecutor's
            motive critical; on that reading the person's own motives for leaving do not supply
            the nexus, though an opinion the punisher imputes to those who leave still does).
            ``True`` takes para. 61's route as a whole: the motive supplies the nexus, and the
            penalty's severity, not the further condition Handbook paras 56-60 set for a
            prosecution (a punishment disproportionate or discriminatory, or a law contrary to
            human rights), makes it persecution (a threat to life or freedom or another serious
            violation of human rights; discrimination only on cumulative grounds), the reading
            ``law.persecution.EXIT_PENALTY_READING`` names where it decides; while the offence or
            the motives are not known, a severe penalty that condition refuses is left open, not
            refused. ``False`` weighs a penalty for leaving as any prosecution, by that condition.
            The library names no court that has refused para. 61 itself.
        taiwan_outside_china: whether Taiwan is a country other than China for the rules that
            ask whether two places are one country: whether a national of China in Taiwan (or a
            person of Taiwan in China) is "outside the country of his nationality" (Art 1A(2)),
            and whether a removal between Taiwan and China is a return to another State (CAT art.
            3(1); Refugee Convention art. 33(1); custom), or a person in Taiwan within China's
            territory, for the reach of a bar on return. Taiwan's status is contested: the
            People's Republic of China holds it part of China; UN General Assembly resolution
            2758 (XXVI) of 25 October 1971 recognised the representatives of the People's
            Republic's Government as "the only lawful representatives of China to the United
            Nations" (its text does not name Taiwan); ISO 3166, from which the library's country
            names come, lists it as "Taiwan, Province of China"; and it is governed separately.
            ``True``: Taiwan is read as a country other than China (such a person is outside
            China, a person in Taiwan is not in China's territory, and a removal by Taiwan to
            China is a return to another State; Taiwan, whose participation in no treaty the data
            holds, is bound by customary non-refoulement as any State is). ``False``: Taiwan is
            read as part of China, as Hong Kong and Macao are (such a person has not left China, a
            person in Taiwan is in China's territory, and a removal between them is a move within
            a State, refused as input as one from China to Hong Kong is; and ``'TWN'`` is refused
            where a State is meant, as ``'HKG'`` is: the State whose obligations, treaty
            participation or Art 1B regime is asked, ``obligations_of``, ``party_status``,
            ``assess_status(state=...)``). A removal to Taiwan by any other State is a return to
            another State on either reading. ``None`` (the default): contested, so an element that
            turns on it is unknown and a result that depends on it asks the position (so too
            whether customary non-refoulement binds Taiwan, in ``obligations_of``). Nothing else
            is read from it: which treaties bind Taiwan, or China in respect of Taiwan, the data
            does not hold either way.
    """

    non_refoulement_customary: bool | None = attrs.field(
        default=True, metadata={"check": v.opt_bool}
    )
    non_refoulement_peremptory: bool | None = attrs.field(
        default=None, metadata={"check": v.opt_bool}
    )
    fear_threshold: float = attrs.field(
        default=0.1, converter=v.to_number, metadata={"check": _threshold}
    )
    nexus: NexusStandard = attrs.field(
        default="contributing", metadata={"check": _one_of("contributing", "one_central_reason")}
    )
    social_group: SocialGroupTest = attrs.field(
        default="protected_characteristics",
        metadata={
            "check": _one_of(
                "protected_characteristics",
                "social_perception",
                "either",
                "both",
                "distinguished_from_society",
            )
        },
    )
    torture_threshold: float = attrs.field(
        default=0.1, converter=v.to_number, metadata={"check": _threshold}
    )
    later_treaty_by: LaterTreatyBy = attrs.field(
        default="adoption", metadata={"check": _one_of("adoption", "entry_into_force")}
    )
    return_threshold: float | None = attrs.field(
        default=None, converter=v.to_opt_number, metadata={"check": _opt_threshold}
    )
    custom_follows_return_threshold: bool = attrs.field(
        default=False, metadata={"check": v.is_bool}
    )
    compelling_reasons: CompellingReasons = attrs.field(
        default="all", metadata={"check": _one_of("statutory", "all")}
    )
    relocation_presumption: bool = attrs.field(default=True, metadata={"check": v.is_bool})
    relocation_in_cessation: bool = attrs.field(default=False, metadata={"check": v.is_bool})
    article_33_extraterritorial: bool | None = attrs.field(
        default=None, metadata={"check": v.opt_bool}
    )
    article_103_reaches_custom: bool | None = attrs.field(
        default=None, metadata={"check": v.opt_bool}
    )
    torture_non_refoulement_peremptory: bool | None = attrs.field(
        default=None, metadata={"check": v.opt_bool}
    )
    judge_v_canada_retrospective: bool | None = attrs.field(
        default=None, metadata={"check": v.opt_bool}
    )
    al_saadoon_retrospective: bool | None = attrs.field(
        default=None, metadata={"check": v.opt_bool}
    )
    bader_retrospective: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    removal_readings_retrospective: bool | None = attrs.field(
        default=None, metadata={"check": v.opt_bool}
    )
    differential_impact: bool = attrs.field(default=False, metadata={"check": v.is_bool})
    return_to_other_residences: bool = attrs.field(default=False, metadata={"check": v.is_bool})
    inter_se_modification: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    past_persecution_presumption: bool = attrs.field(default=True, metadata={"check": v.is_bool})
    custom_covers_ill_treatment: bool = attrs.field(default=False, metadata={"check": v.is_bool})
    cat_non_state_actors: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    exit_motive_nexus: bool = attrs.field(default=True, metadata={"check": v.is_bool})
    taiwan_outside_china: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    cat_threshold: float | None = attrs.field(
        default=None, converter=v.to_opt_number, metadata={"check": _opt_threshold}
    )

    def position(self, name: str) -> str:
        """The position on ``name`` in words, as results list it.

        >>> Doctrine().position("fear_threshold")[:75]
        'fear_threshold=0.1: a well-founded fear needs a reasonable possibility (INS'
        >>> words = Doctrine().position("fear_threshold")
        >>> [name in words for name in ("Cardoza-Fonseca", "Sivakumaran", "Chan Yee Kin")]
        [True, True, True]
        """
        if not isinstance(name, str) or name not in _WORDS:
            raise v.InvalidInput(
                [v.Problem("name", f"expected one of {', '.join(_WORDS)}, got {v._describe(name)}")]
            )
        value = getattr(self, name)
        return _position(name, value, repr(value))


@functools.lru_cache(maxsize=256)
def _position(name: str, value: Any, shown: str) -> str:
    # Keyed by the value as written (``shown``): equal values written apart (0 and 0.0, -0.0)
    # are not one position's words.
    return f"{name}={shown}: {_WORDS[name](value)}"


@functools.lru_cache(maxsize=1024)
def position_key(assumption: str) -> str:
    """An assumption as the compact form writes it without reasons: a doctrinal position by its
    key, the field and the value it takes (the words are the position's, which
    :meth:`Doctrine.position` gives back from them); a reading of the library's own, which no
    :class:`Doctrine` field holds and so has no key, in its words.

    >>> position_key(Doctrine().position("nexus"))
    "nexus='contributing'"
    >>> position_key("a reading of the library's own: it has no key")
    "a reading of the library's own: it has no key"
    """
    key, said, _ = assumption.partition(": ")
    name = key.partition("=")[0]
    if said and name in _WORDS and key != name:
        return key
    return assumption


def _customary(value: bool | None) -> str:
    if value is None:
        return "whether non-refoulement is customary law is treated as contested"
    if value:
        return "non-refoulement binds every state as customary international law"
    return "non-refoulement is treated as binding only by treaty"


def _peremptory(value: bool | None) -> str:
    # Refugee non-refoulement: the duty not to return a person to torture has a position of its
    # own (torture_non_refoulement_peremptory), and customary non-refoulement holds both.
    if value is None:
        return "whether refugee non-refoulement is peremptory (jus cogens) is treated as contested"
    if value:
        return "refugee non-refoulement is treated as a peremptory norm (jus cogens)"
    return "refugee non-refoulement is treated as not peremptory"


def fear_standard(value: float) -> str:
    """A fear threshold (``Doctrine.fear_threshold``) in words, by the band it falls in: none at
    all at 0; up to 0.1, a "reasonable possibility" (*INS v Cardoza-Fonseca*: a 10% chance may
    suffice); from 0.5 to 0.51, "more likely than not" (the test that case rejected for asylum,
    as the library reads the other thresholds at 0.5); above, stricter still; between, the
    likelihood alone.

    >>> fear_standard(0.51)
    'more likely than not (likelihood at least 0.51)'
    >>> fear_standard(0.9)
    'likely at 0.9 at least, stricter than more likely than not'
    """
    if value == 0:
        return "any likelihood at all (likelihood at least 0)"
    if value <= 0.1:
        return f"a reasonable possibility (likelihood at least {value:g})"
    if 0.5 <= value <= 0.51:
        return f"more likely than not (likelihood at least {value:g})"
    if value > 0.51:
        return f"likely at {value:g} at least, stricter than more likely than not"
    return f"a likelihood of at least {value:g}"


def _threshold_words(value: float) -> str:
    if value == 0:
        return f"a well-founded fear needs {fear_standard(value)}"
    if value <= 0.1:
        return (
            "a well-founded fear needs a reasonable possibility (INS v Cardoza-Fonseca; to the "
            "same effect a reasonable degree of likelihood, R v SSHD ex p Sivakumaran, and a real "
            "chance, Chan Yee Kin v MIEA)"
        )
    if value >= 0.5:
        return (
            f"a well-founded fear needs the harm to be {fear_standard(value)}: INS v "
            "Cardoza-Fonseca rejected a test of more likely than not, holding a reasonable "
            "possibility enough"
        )
    return f"a well-founded fear needs {fear_standard(value)}"


def _nexus_words(value: str) -> str:
    if value == "contributing":
        return "a Convention ground need only be a contributing reason"
    return "a Convention ground must be at least one central reason (US law)"


def _psg_words(value: str) -> str:
    return {
        "protected_characteristics": "a social group is defined by a protected characteristic (Ward)",
        "social_perception": "a social group is one that society perceives as a group",
        "either": "a social group may be shown by a protected characteristic or social perception",
        "both": "a social group needs a protected characteristic and social perception (EU "
        "Qualification Directive art. 10(1)(d) read literally, its two limbs joined by 'and'; the "
        "UK Upper Tribunal, in DH (Particular Social Group: Mental Health) Afghanistan [2020] UKUT "
        "223 (IAC), reads them as alternatives, 'or', as Doctrine(social_group='either') does)",
        "distinguished_from_society": "a social group is one whose common characteristic "
        "distinguishes it from society at large, perceived as a group or not (Applicant S v MIMA)",
    }[value]


def _stricter(value: float) -> str | None:
    """A standard above "more likely than not" in words (``fear_standard``'s band above 0.51),
    which no authority the library names for it takes: ``None`` for one at or below that band.
    A threshold of 0.9, or of 1, is not the *Stevic* "clear probability" or the United States'
    understanding to CAT art. 3, both "more likely than not" (review s38 dn38 F2)."""
    return fear_standard(value) if value > 0.51 else None


def _torture_words(value: float) -> str:
    if (stricter := _stricter(value)) is not None:
        return f"substantial grounds for believing in a danger of torture need it to be {stricter}"
    if value >= 0.5:
        return "substantial grounds for believing in a danger of torture need it to be more likely than not"
    return f"substantial grounds for believing in a danger of torture need a likelihood of at least {value:g}"


def _cat_words(value: float | None) -> str:
    if value is None:
        return "CAT art. 3 needs the likelihood torture_threshold sets, as the other bars do"
    if (stricter := _stricter(value)) is not None:
        return (
            f"CAT art. 3 alone needs torture to be {stricter} (the United States' understanding "
            "is more likely than not); the other bars keep torture_threshold"
        )
    if value >= 0.5:
        return (
            "CAT art. 3 alone needs torture to be more likely than not (the United States' "
            "understanding); the other bars keep torture_threshold"
        )
    return (
        f"CAT art. 3 alone needs a likelihood of torture of at least {value:g}; the other bars "
        "keep torture_threshold"
    )


def _later_words(value: str) -> str:
    if value == "adoption":
        return "the later treaty is the one adopted later"
    return "the later treaty is the one that entered into force later"


def _return_words(value: float | None) -> str:
    if value is None:
        return "a threat on return under art. 33(1) needs the likelihood of a well-founded fear"
    if (stricter := _stricter(value)) is not None:
        return (
            f"a threat on return under art. 33(1) needs it to be {stricter} (INS v Stevic's clear "
            "probability is more likely than not)"
        )
    if value >= 0.5:
        return (
            "a threat on return under art. 33(1) needs it to be more likely than not "
            "(clear probability, INS v Stevic)"
        )
    return f"a threat on return under art. 33(1) needs a likelihood of at least {value:g}"


_WORDS: dict[str, Callable[[Any], str]] = {
    "non_refoulement_customary": _customary,
    "non_refoulement_peremptory": _peremptory,
    "fear_threshold": _threshold_words,
    "nexus": _nexus_words,
    "social_group": _psg_words,
    "torture_threshold": _torture_words,
    "later_treaty_by": _later_words,
    "return_threshold": _return_words,
    "cat_threshold": _cat_words,
    "compelling_reasons": lambda value: (
        "the compelling-reasons proviso to Art 1C(5)-(6) reaches only statutory refugees"
        if value == "statutory"
        else "the compelling-reasons proviso to Art 1C(5)-(6) reaches every refugee"
    ),
    "differential_impact": lambda value: (
        "in civil war or generalised violence, a Convention ground suffices only with a risk over "
        "and above that of others caught in the fighting (the House of Lords' 'differential "
        "impact' test, Adan v SSHD [1999] 1 AC 293)"
        if value
        else "harm in civil war or generalised violence that is also for a Convention ground is "
        "read as any mixed motive is: the ground suffices, with no risk over and above that of "
        "others caught in the fighting required (Adan v SSHD's 'differential impact' test is not "
        "applied)"
    ),
    "return_to_other_residences": lambda value: (
        "a stateless person with more than one country of former habitual residence is a refugee "
        "only if they would be persecuted in one of them and cannot return to any other (Thabet v "
        "Canada, FCA 1998: the definition applied to any of them, with protection elsewhere "
        "sought first)"
        if value
        else "a stateless person with more than one country of former habitual residence need "
        "meet the definition in relation to one of them only (UNHCR Handbook para. 104)"
    ),
    "relocation_presumption": lambda value: (
        "where the state is the persecutor, an internal flight alternative is presumed not to be "
        "available until a finding rebuts it (UNHCR Guidelines on International Protection No. "
        '4, para. 7(I)(b): "National authorities are presumed to act throughout the country"); '
        "guidance, not the Convention's text"
        if value
        else "where the state is the persecutor, whether an internal flight alternative exists is "
        "left for a finding: the state's role makes one less likely but does not settle it "
        "(Januzi v SSHD [2006] UKHL 5)"
    ),
    "relocation_in_cessation": lambda value: (
        "Art 1C(5)-(6) may be met because the refugee can now relocate internally (SSHD v MS "
        "(Somalia) [2019] EWCA Civ 1345, as SB (refugee revocation; IDP camps) Somalia [2019] UKUT "
        "358 (IAC) reports it)"
        if value
        else "Art 1C(5)-(6) are not met by an internal flight alternative: whether the "
        "circumstances in connexion with which the person was recognised as a refugee persist is "
        "weighed on the fear and the lack of protection against it without the relocation element "
        "of Art 1A(2), for the recognition found no reasonable alternative, and one found now is a "
        "change in part of the country only, or the same facts judged otherwise (the clauses read "
        "restrictively, UNHCR Handbook paras 111-139); UK courts read them otherwise (SSHD v MS "
        "(Somalia) [2019] EWCA Civ 1345)"
    ),
    "article_33_extraterritorial": lambda value: (
        "whether art. 33(1) binds beyond a state's territory is treated as contested"
        if value is None
        else "art. 33(1) binds wherever the state has effective control over the person "
        "(UNHCR Advisory Opinion, 2007)"
        if value
        else "art. 33(1) binds only at and within the state's territory (Sale v Haitian Centers "
        "Council)"
    ),
    "article_103_reaches_custom": lambda value: (
        "whether UN Charter Art. 103 reaches customary law is treated as contested"
        if value is None
        else "UN Charter Art. 103 gives Charter obligations priority over customary law too"
        if value
        else "UN Charter Art. 103 reaches only obligations under other international agreements"
    ),
    "torture_non_refoulement_peremptory": lambda value: (
        "whether the duty not to return a person to torture is peremptory is treated as contested"
        if value is None
        else "the duty not to return a person to torture is treated as a peremptory norm"
        if value
        else "the duty not to return a person to torture is treated as not peremptory (the "
        "prohibition of torture itself is)"
    ),
    "custom_follows_return_threshold": lambda value: (
        "customary non-refoulement takes art. 33(1)'s standard of likelihood (return_threshold), "
        "its content being read as the article's"
        if value
        else "customary non-refoulement keeps the well-founded fear's standard of likelihood "
        "(fear_threshold): return_threshold sets the standard of art. 33(1) alone"
    ),
    "inter_se_modification": lambda value: (
        "whether a later agreement between some parties of a multilateral treaty can set aside "
        "between them an obligation owed to every party (VCLT arts 30(4)(a), 30(5), 41(1)(b)) is "
        "treated as contested"
        if value is None
        else "a later agreement between some parties governs their mutual relations (VCLT art. "
        "30(4)(a)), their responsibility to the other parties kept (art. 30(5))"
        if value
        else "an obligation owed to every party prevails over a later agreement between some of "
        "them: VCLT art. 41(1)(b) does not permit the modification (art. 30(5))"
    ),
    "past_persecution_presumption": lambda value: (
        "a person who has already suffered the harm feared is presumed to have a well-founded "
        "fear of it unless there are good reasons to consider that it will not be repeated (UNHCR "
        "Handbook para. 45; EU Qualification Directive art. 4(4); 8 C.F.R. s. 208.13(b)(1))"
        if value
        else "past persecution is evidence the assessor weighs in the likelihood, not a "
        "presumption: the fear is assessed looking forward (IRB, Interpretation of the Convention "
        "Refugee Definition, ch. 5, section 5.1)"
    ),
    "judge_v_canada_retrospective": lambda value: (
        "whether Judge v Canada's reading of ICCPR art. 6 governs a removal between Cox v Canada "
        "(1994) and Judge's own removal (7 August 1998) is treated as contested"
        if value is None
        else "Judge v Canada's reading of ICCPR art. 6 governs removals after Cox v Canada (1994), "
        "as the Committee applied it to a removal of 7 August 1998"
        if value
        else "ICCPR art. 6 is read as in Kindler v Canada until Judge's own removal (7 August "
        "1998), as the Committee read it until it departed from Kindler in Judge (2003)"
    ),
    "al_saadoon_retrospective": lambda value: (
        "whether ECHR art. 3, read in Al-Saadoon and Mufdhi v United Kingdom (2010) as including "
        "the death penalty, governs a removal between Soering v United Kingdom (7 July 1989) and "
        "31 December 2008 (the transfer it held contrary to art. 3) is treated as contested"
        if value is None
        else "Al-Saadoon and Mufdhi v United Kingdom's reading of ECHR art. 3 (the death penalty "
        "included) governs removals after Soering v United Kingdom (7 July 1989), the last "
        "judgment to read art. 3 otherwise"
        if value
        else "ECHR art. 3 is read as Soering v United Kingdom (1989) read it, not to include the "
        "death penalty as such, until 31 December 2008, the transfer Al-Saadoon and Mufdhi v "
        "United Kingdom (2010) held contrary to art. 3"
    ),
    "custom_covers_ill_treatment": lambda value: (
        "customary non-refoulement bars return to a real risk of torture or of other cruel, "
        "inhuman or degrading treatment or punishment, weighed as ICCPR art. 7 weighs it "
        "(Lauterpacht and Bethlehem, The Scope and Content of the Principle of Non-Refoulement: "
        "Opinion, for UNHCR, 2001)"
        if value
        else "customary non-refoulement bars return to a real risk of persecution of a refugee or "
        "of torture as CAT art. 3 weighs it, not of other cruel, inhuman or degrading treatment: "
        "CAT states its duty not to return a person for torture alone (art. 16(1) extends arts "
        "10-13 to other ill-treatment, not art. 3); Lauterpacht and Bethlehem's Opinion for UNHCR "
        "(2001) reads the customary rule to reach such treatment too"
    ),
    "cat_non_state_actors": lambda value: (
        "whether CAT art. 3 reaches torture by non-State actors against whom the State of "
        "destination does not protect, without a public official's instigation, consent or "
        "acquiescence, is treated as contested (for CAT art. 3 from the Committee against "
        "Torture's General Comment No. 4, 6 December 2017; for customary non-refoulement's "
        "torture limb, which follows this position, on every date)"
        if value is None
        else "from the Committee against Torture's General Comment No. 4 (6 December 2017), CAT "
        "art. 3 reaches torture by non-State actors against whom the State of destination does "
        "not protect, the State's protection weighed as ICCPR art. 7 weighs it for private harm "
        "(no internal flight alternative is weighed under art. 3); customary non-refoulement's "
        "torture limb follows this position on every date, before the General Comment too (a "
        "treaty body's comment does not date a change in custom)"
        if value
        else "CAT art. 3 reaches only torture as art. 1 defines it, inflicted by or with the "
        "instigation, consent or acquiescence of a public official or other person acting in an "
        "official capacity (Elmi v Australia's quasi-official faction included), not torture by "
        "non-State actors the State cannot control, though the Committee against Torture's "
        "General Comment No. 4 (2017) reads it to reach them; customary non-refoulement's torture "
        "limb follows this position on every date"
    ),
    "exit_motive_nexus": lambda value: (
        "a severe penalty for leaving the country without permission or staying abroad without "
        "authorisation is for a Convention reason where the person's motives for leaving or "
        "staying abroad relate to one, whatever the punisher's reasons (UNHCR Handbook para. 61); "
        "where 'for reasons of' is read as the persecutor's motive alone (INS v Elias-Zacarias "
        "read the United States statute as making the persecutor's motive critical), it is not"
        if value
        else "only the persecutor's reasons supply the nexus, as INS v Elias-Zacarias (1992) read "
        "the United States statute, making the persecutor's motive critical: the person's own "
        "motives for leaving do not make a penalty for leaving without permission one for a "
        "Convention reason (UNHCR Handbook para. 61 is not applied)"
    ),
    "taiwan_outside_china": lambda value: (
        "whether Taiwan is a country other than China, so that a national of China there is "
        "outside the country of nationality (Art 1A(2)) and a removal between Taiwan and China is "
        "a return to another State, is treated as contested (the People's Republic of China holds "
        "it part of China; GA res. 2758 (XXVI) of 1971 seated the People's Republic's "
        "representatives as the only lawful representatives of China; ISO 3166 lists 'Taiwan, "
        "Province of China'; Taiwan is governed separately)"
        if value is None
        else "Taiwan is read as a country other than China: a national of China there is outside "
        "the country of nationality (Art 1A(2)), and a removal between Taiwan and China is a "
        "return to another State (Taiwan is governed separately; the People's Republic of China "
        "holds it part of China)"
        if value
        else "Taiwan is read as part of China, as Hong Kong and Macao are: a national of China "
        "there has not left the country of nationality (Art 1A(2)), and a removal between Taiwan "
        "and China is a move within one State, not a return to another (the People's Republic of "
        "China's position; ISO 3166 lists 'Taiwan, Province of China'; Taiwan is governed "
        "separately)"
    ),
    "bader_retrospective": lambda value: (
        "whether ECHR art. 2 bars a removal made before Bader and Kanbor v Sweden (8 November "
        "2005) is treated as contested"
        if value is None
        else "ECHR art. 2 bars a removal to a real risk to life from the day the Convention binds "
        "the state: Bader and Kanbor v Sweden (2005) stated what art. 2 already required"
        if value
        else "ECHR art. 2 is read to bar a removal only from Bader and Kanbor v Sweden (8 "
        "November 2005), the first judgment in which the Court held a removal contrary to it"
    ),
    "removal_readings_retrospective": lambda value: (
        "whether a reading of a bar on return first stated after the bar bound the State (art. "
        "33(1) at the frontier before ExCom Conclusion No. 6, 12 October 1977; ICCPR arts 6(1) "
        "and 7 before the removals of 26 September 1991 the Human Rights Committee weighed in "
        "Kindler v Canada and Ng v Canada; ECHR art. 6 before Othman (Abu Qatada) v United "
        "Kingdom, 17 January 2012; ECHR art. 3 and Protocol No. 6 before Soering v United Kingdom, "
        "7 July 1989; art. 3's reach to ill-treatment by private persons before Ahmed v Austria, "
        "17 December 1996) governs a return made before it was stated is treated as contested"
        if value is None
        else "a later statement of what a bar on return requires states what it already "
        "required: art. 33(1) at the frontier, ICCPR arts 6(1) and 7, ECHR arts 3 (ill-treatment "
        "by private persons included) and 6 and Protocol No. 6 bar a return on every date on "
        "which they bound the State, before the statements the library dates them from too"
        if value
        else "a reading of a bar on return governs only returns made from the day it was first "
        "stated: art. 33(1) at the frontier from ExCom Conclusion No. 6 (12 October 1977), ICCPR "
        "arts 6(1) and 7 from the removals of 26 September 1991 weighed in Kindler v Canada and "
        "Ng v Canada, ECHR art. 6 from Othman (Abu Qatada) v United Kingdom (17 January 2012), "
        "ECHR art. 3 and Protocol No. 6 from Soering v United Kingdom (7 July 1989), art. 3's "
        "reach to ill-treatment by private persons from Ahmed v Austria (17 December 1996)"
    ),
}


DEFAULT_DOCTRINE = Doctrine()  # the defaults, built once: a Doctrine is immutable
