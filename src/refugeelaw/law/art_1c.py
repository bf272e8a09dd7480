"""Art 1C: cessation.

    "This Convention shall cease to apply to any person falling under the terms of section A if:
    (1) He has voluntarily re-availed himself of the protection of the country of his nationality;
    or (2) Having lost his nationality, he has voluntarily re-acquired it; or (3) He has acquired a
    new nationality, and enjoys the protection of the country of his new nationality; or (4) He has
    voluntarily re-established himself in the country which he left [...]; or (5) He can no longer,
    because the circumstances in connexion with which he has been recognized as a refugee have
    ceased to exist, continue to refuse to avail himself of the protection of the country of his
    nationality; [...] (6) [the same for a stateless person and the country of former habitual
    residence]."

The clauses are exhaustive and read restrictively (Handbook 111–139). Each clause found is weighed
against the facts the claim states, not taken as ending the status whatever they show: 1C(5) and
1C(6) against whether the circumstances of the recognition persist; 1C(1) and 1C(3) against
whether the person lacks the protection of every country of nationality (the protection they speak
of, re-availed of or enjoyed); 1C(1), 1C(2) and 1C(3) against a person stated to hold no
nationality (:func:`standing`, :func:`misfits`, :data:`CONTRADICTED_CLAUSE_READING`); 1C(2) and
1C(4), acts of the person's own, against whether he meets Art 1A(2) again on those facts, which
no such act can undo (:data:`_REGAINED`: he falls again under the terms of section A).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import attrs

from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Cessation, Claim, Protection
from ..logic import Finding, Verdict, finding, missing_facts, reads
from ..sources import Citation
from .inclusion import (
    fear_and_protection,
    fear_and_protection_again,
    feared_element,
    protection_element,
)
from .limits import LIMITS
from .recognition import NOT_EXTENDED, counts_within
from .terms import names as named
from .territory import within_countries

__all__ = [
    "CEASED_STATUS_READING",
    "CONTINUITY_READING",
    "CONTRADICTED_CLAUSE_READING",
    "NO_STATUS_TO_KEEP",
    "ROK_HELD_READING",
    "InIssue",
    "art_1c",
    "cessation_found",
    "compelling_reasons",
    "held_not_new",
    "in_issue",
    "kept_out",
    "lacking_protection",
    "misfits",
    "on_the_facts",
    "presumed",
    "standing",
]

_CHANGED_CIRCUMSTANCES = frozenset({Cessation.ART_1C_5, Cessation.ART_1C_6})
ABDULLA = Citation("cjeu-abdulla-2010", "holding")
#: The OAU Convention's definitions, art. I(1) and art. I(2), in the order ``oau`` gives them.
_OAU_DEFINITIONS = (
    Citation("oau-refugee-convention-1969", "I(1)"),
    Citation("oau-refugee-convention-1969", "I(2)"),
)

#: The clauses written for a refugee with a nationality ("the country of his nationality": 1C(1),
#: 1C(5); "having lost his nationality, he has voluntarily re-acquired it": 1C(2); "a new
#: nationality, and enjoys the protection of the country of his new nationality": 1C(3)) and for
#: one without ("the country of his former habitual residence": 1C(6)).
_FOR_NATIONALS = frozenset(
    {Cessation.ART_1C_1, Cessation.ART_1C_2, Cessation.ART_1C_3, Cessation.ART_1C_5}
)
_FOR_STATELESS = frozenset({Cessation.ART_1C_6})

#: The clauses that speak of the protection of a country of the person's nationality, which the
#: facts stated may show the person to lack (:func:`lacking_protection`): 1C(1), "He has
#: voluntarily re-availed himself of the protection of the country of his nationality", and
#: 1C(3), "He has acquired a new nationality, and enjoys the protection of the country of his new
#: nationality".
_OF_PROTECTION = frozenset({Cessation.ART_1C_1, Cessation.ART_1C_3})

#: The clauses that record an act whose terms the facts stated for the date of the determination
#: may contradict (the nationality or the protection they speak of), where the act may have had
#: its effect and been undone since: :data:`CONTRADICTED_CLAUSE_READING`.
_BY_TERMS = frozenset({Cessation.ART_1C_1, Cessation.ART_1C_2, Cessation.ART_1C_3})

#: The clauses that record an act of the person's own no fact the claim states for the date of
#: the determination contradicts: 1C(2), "Having lost his nationality, he has voluntarily
#: re-acquired it", and 1C(4), "He has voluntarily re-established himself in the country which he
#: left or outside which he remained owing to fear of persecution". The act may have ended a
#: status; it cannot keep outside the Convention a person who, on those facts, meets Art 1A(2)
#: again (:data:`_REGAINED`).
_BY_ACT = frozenset({Cessation.ART_1C_2, Cessation.ART_1C_4})

#: Why a clause of :data:`_BY_ACT` found does not end the status of a person who meets Art 1A(2)
#: (or an OAU Convention definition) on the facts stated for the date of the determination. Art
#: 1C speaks of "any person falling under the terms of section A", and Art 1A(2) applies the term
#: "refugee" to "any person who" meets it: status is declaratory (UNHCR Handbook para. 28), so a
#: person whose status an act of his own once ended, and who is outside the country again with a
#: well-founded fear of being persecuted there and without its protection, is a refugee again on
#: a fresh claim. Nothing in Art 1C bars him (contrast Art 1F, which applies whatever the fear),
#: and cessation "goes no further than verifying whether the grounds for recognition continue to
#: exist" (*Abdulla*, as the library's record of it paraphrases the holding). The library's own
#: reading of a clause the facts contradict (:data:`CONTRADICTED_CLAUSE_READING`) already holds
#: that a status so ended is regained "by meeting Art 1A(2) anew"; 1C(1) and 1C(3) reach the same
#: through their terms (:func:`_set_aside`). The Handbook's paragraphs on re-acquisition and
#: re-establishment, and Hathaway and Foster, *The Law of Refugee Status* (2nd ed, 2014) ch. 7,
#: were not opened (status review s36 F3); no authority was found for the contrary reading, that
#: a clause once found keeps out a person who meets the definition again.
_REGAINED = (
    "whatever status the clause once ended, a person who meets the definition again falls again "
    'under its terms (Art 1C: "any person falling under the terms of section A"; a fresh claim, '
    "status being declaratory: UNHCR Handbook para. 28), and the clause cannot keep him outside "
    "the Convention"
)

#: What a clause a stateless person's facts contradict speaks of, in words (:func:`misfits`).
_SPEAKS_OF = {
    Cessation.ART_1C_1: "the protection of the country of his nationality",
    Cessation.ART_1C_2: "a nationality lost and re-acquired",
    Cessation.ART_1C_3: "a new nationality, whose protection he enjoys",
    Cessation.ART_1C_5: "the protection of the country of his nationality",
}

#: How the library reads a cessation clause found for a person never recognised who does not
#: meet Art 1A(2) now, or is not shown to (stated wherever it decides). Art 1C opens "This Convention shall cease to
#: apply to any person falling under the terms of section A": a clause found presupposes a status
#: the person had. Status is declaratory (UNHCR Handbook para. 28), and the clauses' acts (re-
#: availment, re-acquisition, a new nationality, re-establishment, changed circumstances) are
#: themselves what defeats Art 1A(2) now, so the decision-maker's finding of a clause is read as a
#: finding that the person had been a refugee whose status it ended: CEASED, not NOT_REFUGEE. The
#: library holds no fact for the person's status before the decision, so the reading is named.
#: A clause before Art 1C (1D, 1E, 1F) found or not yet decided does not change that label
#: (``law.status.decide``: it would exclude in any case); the reading is named wherever the
#: outcome is CEASED on it, and not where the outcome is open whichever way the clause is read.
CEASED_STATUS_READING = (
    "a cessation clause found for a person never recognised as a refugee who does not meet Art "
    "1A(2) now, or is not shown to, is read as the decision-maker's finding that the person had been a refugee "
    "(status is declaratory: UNHCR Handbook para. 28) whose status the circumstance found ended "
    "(Art 1C: the Convention 'shall cease to apply to any person falling under the terms of "
    "section A'); the library holds no fact for the person's status before the decision"
)

#: What the library says of compelling reasons invoked by a person with no status for the proviso
#: to Art 1C(5)-(6) to keep: never recognised, and not meeting Art 1A(2) now. Whether the proviso
#: reaches such a claimant, who was a refugee when they fled, is contested and not modelled.
#: Canada's Federal Court of Appeal applied its statutory counterpart to a claimant who no longer
#: feared persecution (Canada (Minister of Employment and Immigration) v Obstoj [1992] 2 FC 739,
#: under the Immigration Act s. 2(3): the headnote was read, not the reasons); the Immigration and
#: Refugee Protection Act s. 108(4) now carries it (seen only as a heading of the Immigration and
#: Refugee Board's paper on the definition, ch. 7). Whether the UK's *Ravichandran* (Court of
#: Appeal, 1995) speaks to the proviso was NOT verified (only its catchwords, on the date at which
#: a claim is judged, were seen), so it is not named.
NO_STATUS_TO_KEEP = (
    "the proviso to Art 1C(5)/(6) (compelling reasons arising out of previous persecution) is not "
    "weighed for a person not recognised as a refugee who does not meet Art 1A(2) now: the clause "
    'and its proviso speak of a person "recognized as a refugee", and whether the proviso reaches '
    "a claimant who was a refugee when they fled but is not one at the decision is contested "
    "(Canadian law extends it to such a claimant by statute: Canada (MEI) v Obstoj [1992] 2 FC "
    "739 (FCA)) and is not modelled"
)


#: How the library reads a recognised (or statutory) refugee's status where the facts that would
#: put a cessation clause in issue on the claim's own facts (:func:`on_the_facts`) are not stated:
#: where the person now is, what they fear, their nationalities (and for a stateless person the
#: former home). Refugee status, once determined, "is maintained unless he comes within the terms
#: of one of the cessation clauses" (UNHCR Handbook para. 112); the clauses are exhaustive and read
#: restrictively (paras 111, 116), and it is for the State invoking one to show that it applies
#: (the burden of proof, UNHCR Guidelines on International Protection No. 3, HCR/GIP/03/03, 2003,
#: para. 25). So a fact left unstated does not reopen a recognition: the status is presumed to
#: continue, where some value of the fact would put a clause in issue (:func:`presumed`), and
#: stating the fact may rebut the presumption (being back in the country feared puts Art 1C(4) in
#: issue). Where the facts that are stated put a clause in issue, it is asked; the protection of a
#: nationality shown, which Art 1C(3)'s own words ask about, is asked where not stated, not
#: presumed. Named where it decides: a REFUGEE outcome (``law.status``). Sources: the words of
#: Handbook para. 112 are those the project's review quoted (the paragraph was not opened here,
#: and its number follows the standard numbering, as every Handbook unit's does); Guidelines No. 3
#: were seen only in a copy of their para. 1 (a status "is maintained unless they fall within the
#: terms of the cessation clauses or their status is cancelled or revoked"), and the number of
#: the paragraph on the burden of proof, 25, was not opened.
CONTINUITY_READING = (
    "a recognised (or statutory) refugee's status is presumed to continue where the facts that "
    "would put a cessation clause in issue on the claim's own facts are not stated (where the "
    "person now is, what they fear, their nationalities or a stateless person's former home): "
    "refugee status, once determined, is maintained unless the person comes within the terms of "
    "one of the cessation clauses (UNHCR Handbook para. 112), which are read restrictively and "
    "are for the State invoking them to establish (UNHCR Guidelines on International Protection "
    "No. 3, 2003); stating such a fact may rebut the presumption"
)


#: How the library reads a clause of Art 1C(1)-(3) found (or raised) whose own terms the facts
#: the claim states for the date of the determination contradict: the protection of a country of
#: nationality that 1C(1) ("re-availed himself of the protection of the country of his
#: nationality") and 1C(3) ("and enjoys the protection of the country of his new nationality")
#: speak of, which the person lacks on those facts (:func:`lacking_protection`: the State itself
#: the persecutor, its protection unavailable, or declined for a valid reason based on
#: well-founded fear); the nationality that 1C(2) ("re-acquired") and 1C(3) ("a new nationality")
#: speak of, for a person stated to hold none (:func:`misfits`). Such a clause either never had
#: the effect it names (a passport obtained from a State that persecutes its holder is no
#: re-availment of its protection: re-availment needs the refugee "actually" to obtain it, UNHCR
#: Handbook para. 119 as *Nsende v Canada (MCI)*, 2008 FC 531, para. 13, reports it), or had it
#: and was undone since (protection lost again, a nationality withdrawn). Where the person meets
#: Art 1A(2) on the facts (or an OAU Convention definition), both come to the same: a status never
#: ended, or one regained by a person who again falls "under the terms of section A", of which
#: Art 1C speaks; the reading then decides nothing and is not named (:func:`_set_aside` says why
#: instead). Elsewhere (a recognised refugee who does not meet Art 1A(2) now, or a person never
#: recognised who does not) they part, and the library reads the clause as never having ended the
#: status, not as an act whose effect has since been undone. Named where it decides: not where
#: another clause ends the status, nor where the outcome is EXCLUDED or open on a clause before
#: Art 1C whichever way this one is read (``law.status``).
CONTRADICTED_CLAUSE_READING = (
    "a cessation clause of Art 1C(1)-(3) found whose own terms the facts stated for the date of "
    "the determination contradict (the protection of a country of nationality that 1C(1) and "
    "1C(3) speak of, which the person lacks; the nationality that 1C(2) and 1C(3) speak of, for "
    "a person stated to hold none) is read as never having ended the status, not as an act whose "
    "effect has since been undone (protection lost again, a nationality withdrawn), which would "
    "have ended a status the person could regain only by meeting Art 1A(2) anew"
)


#: How the library reads the Republic of Korea's nationality of a recognised refugee who is also a
#: national of North Korea and fears persecution there (review s37 sd37 F1). Art 1C(3) speaks of
#: one who "has acquired a new nationality". ROK law counts North Koreans as its nationals (its
#: Constitution, art. 3), and UK country guidance holds that "All North Korean citizens are also
#: citizens of South Korea" (*GP and others (South Korean citizenship) North Korea CG* [2014] UKUT
#: 391, headnote 3): a nationality held with the North Korean one, not one acquired after the
#: recognition. A nationality the person already held when recognised is, in UNHCR's words, a
#: circumstance showing "that a person should never have been recognized as a refugee in the first
#: place; e.g. ... that the person concerned possesses another nationality", and the decision
#: "will normally be cancelled" (UNHCR Handbook para. 117, as UNHCR's Procedural Standards
#: summary at rsdwatch.com quotes it): cancellation, which the library does not model, not
#: cessation. So the ROK nationality listed beside North Korea's puts Art 1C(3) in issue only
#: where found or raised (``cessation``, ``cessation_pending``): for a North Korean whom ROK law
#: did not count and who later acquired it (Wolman, KLRI Journal of Law and Legislation 4(2)
#: (2014) 225, abstract, names naturalised DPRK nationals of non-Korean ethnicity, those who took a
#: third country's nationality, and those of Korean lineage only by maternal descent before 14
#: June 1998), the decision-maker states the clause. A person now in the ROK, or whose whereabouts
#: are not stated, may have taken up its documents and protection since the recognition (without
#: an entrance permit or documents the citizenship may in some circumstances be ineffective, Wolman
#: finds), which the decision-maker weighs: for them the clause is put in issue as before. Named
#: where it keeps the clause out.
ROK_HELD_READING = (
    "the Republic of Korea's nationality of a North Korean is read as one held with the North "
    "Korean nationality (ROK Constitution art. 3; GP and others (South Korean citizenship) North "
    'Korea CG [2014] UKUT 391: "All North Korean citizens are also citizens of South Korea"), not '
    'as "a new nationality" acquired after the recognition (Art 1C(3)): that the person held it '
    "when recognised is a question of cancellation (UNHCR Handbook para. 117: the person "
    '"possesses another nationality"), which the library does not model, not of cessation; a '
    "North Korean whom ROK law did not count and who acquired it since is one for whom the "
    "clause is stated (cessation_pending); for one now in the ROK, who may have taken up its "
    "documents and protection since, the clause is asked"
)


def _held_with(
    nationality: str, about: Iterable[str], place: str | None, on: dt.date, taiwan_apart: bool
) -> bool:
    """Whether ``nationality`` is one :data:`ROK_HELD_READING` reads as held with a nationality
    the status is about (``about``), not as new: the Republic of Korea's, beside North Korea's,
    of a person known to be elsewhere than in the ROK (``place``, on ``on``, Taiwan apart from
    China or not). One living in the ROK, or not known not to be, may have acted on it since the
    recognition (taken up its documents and protection), which the decision-maker weighs: the
    clause is put in issue, as for any other nationality."""
    return (
        nationality == "KOR"
        and "PRK" in about
        and place is not None
        and within_countries(place, ("KOR",), on, taiwan_apart) is None
    )


@reads("cessation", "stateless")
def misfits(cessation: frozenset[Cessation], stateless: bool) -> frozenset[Cessation]:
    """The clauses found that cannot reach this person, the facts stated contradicting their
    terms: for a ``stateless`` person (one stated to hold no nationality), 1C(1) and 1C(5), which
    speak of "the country of his nationality", 1C(2), of a nationality "re-acquired", and 1C(3),
    of "a new nationality" whose protection he "enjoys" (a stateless person holds none, and enjoys
    no nationality's protection); for a person with a nationality, 1C(6), which speaks of a person
    "who has no nationality". Whether a clause found for a stateless person that speaks of a
    nationality may once have applied, the nationality having been lost again since, is
    :data:`CONTRADICTED_CLAUSE_READING`'s question (named where it decides: :func:`_set_aside`)."""
    return cessation & (_FOR_NATIONALS if stateless else _FOR_STATELESS)


#: The changed-circumstances clause of a refugee with a nationality (1C(5)) and of one without
#: (1C(6)), each the other's counterpart.
_COUNTERPART = {Cessation.ART_1C_5: Cessation.ART_1C_6, Cessation.ART_1C_6: Cessation.ART_1C_5}


@attrs.frozen
class InIssue:
    """An Art 1C clause no one has raised that the claim itself puts in issue (:func:`on_the_facts`,
    or a changed-circumstances clause found for a person it cannot reach): the ``clause``, why, in
    words, the facts that show it, those not yet known that would take it out of issue, and the
    doctrinal positions that put it in issue (Taiwan's relation to China, where it decides)."""

    clause: Cessation
    why: str
    facts: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    assumptions: tuple[str, ...] = ()


@reads(
    "claim.recognised",
    "claim.statutory_refugee",
    "claim.person.nationalities",
    "claim.person.location",
    "claim.person.habitual_residence",
    "claim.person.other_habitual_residences",
    "claim.fears[].country",
    "claim.protection",
    "claim.cessation",
    "claim.cessation_pending",
    "claim.cessation_ruled_out",
    "on",
    "doctrine.taiwan_outside_china",
)
def on_the_facts(claim: Claim, on: dt.date, doctrine: Doctrine) -> tuple[InIssue, ...]:
    """The clauses a recognised (or statutory) refugee's own facts put in issue though no one has
    raised them: a status once declared continues until a clause is found (UNHCR Handbook para.
    28), but where the claim itself shows what a clause speaks of, whether it applies is a question
    for the decision-maker, not a clause that does not apply.

    - Art 1C(3): "He has acquired a new nationality, and enjoys the protection of the country of
      his new nationality". Some persecution is feared in a country of the person's nationality,
      the country the status is about, and the person is also a national of another country, in
      which none is feared and whose protection is available or not stated (unavailable, or
      declined for a valid reason, it is not "enjoyed"). A fear of persecution by the country of
      the new nationality is a new situation, weighed in relation to it (Art 1A(2)), so a
      nationality where persecution is feared puts nothing in issue; nor does a person's only
      nationality, nor any nationality where no fear stated lies in one (the fear stated is then a
      third country's, as in a return to it, and no nationality is shown beside the one the status
      is about: the clause needs "a new nationality"). Whether the nationality is new, acquired
      after the recognition, the claim does not say: one the person already held then makes the
      recognition a question of cancellation, which the library does not model, not of cessation,
      and the decision-maker's finding that the clause does not apply (``cessation_ruled_out``)
      settles it. The Republic of Korea's nationality beside North Korea's, which ROK law counts
      every North Korean as holding, is read as held, not new (:data:`ROK_HELD_READING`, named
      where it keeps the clause out: :func:`held_not_new`). (So a formerly stateless refugee who has since acquired a nationality, and
      fears only his former home, is not put in issue on his facts: the claim cannot tell him from
      a national who fears a third country; the clause raised, ``cessation_pending``, is asked.)
    - Art 1C(4): "He has voluntarily re-established himself in the country which he left or
      outside which he remained owing to fear of persecution". The person is now in a country of
      nationality (or, stateless, of former habitual residence) in which persecution is feared. A
      refugee who has returned there falls under this clause rather than 1C(1), which speaks of
      one who stays outside (UNHCR Handbook para. 118, seen in a translation); presence is not
      re-establishment, which is a voluntary return to live there, but it puts the question.

    Never for a person not recognised, whom Art 1A(2) weighs afresh (their nationalities and where
    they are included), nor where no fear is stated (the claim then does not say which country the
    status is about), nor for a clause found, pending or found not to apply. A fact the claim does
    not state (where the person is, what they fear, their nationalities) puts nothing in issue:
    the status is presumed to continue (:data:`CONTINUITY_READING`, named where it decides:
    :func:`presumed`); only the protection of a nationality shown, which the clause's own words
    ask about, is asked where not stated. A place given as a territory with a code of its own is
    read as the State it is part of on ``on`` (Hong Kong after 1 July 1997 is China). Taiwan is
    read as ``doctrine.taiwan_outside_china`` reads it (as Art 1E does): a clause in issue on the
    position taken only names it; where none is taken, a clause in issue on either reading is in
    issue, its question answering it whichever way Taiwan is read, and it says so.
    """
    if not (claim.recognised or claim.statutory_refugee) or not claim.fears:
        return ()
    apart = doctrine.taiwan_outside_china
    if apart is None:
        part, away = _read(claim, on, False), _read(claim, on, True)
        either: list[InIssue] = []
        for c in Cessation:
            if c in part and c in away:
                either.append(part[c])
            elif c in part or c in away:
                either.append(
                    _contested(part[c], False) if c in part else _contested(away[c], True)
                )
        return tuple(either)
    taken, other = _read(claim, on, apart), _read(claim, on, not apart)
    return tuple([i if c in other else _taken(i, apart, doctrine) for c, i in taken.items()])


def _contested(issue: InIssue, apart: bool) -> InIssue:
    """``issue``, a clause the claim's facts put in issue on one reading of Taiwan's relation to
    China only (``apart``: as a country other than China), where the doctrine takes none: said."""
    reading = "a country other than China" if apart else "part of China"
    return attrs.evolve(
        issue,
        why=f"{issue.why}; it is so only if Taiwan is {reading}, which is contested (the doctrine "
        "takes no position: taiwan_outside_china), and the clause's question answers it "
        "whichever way that is read",
    )


def _taken(issue: InIssue, apart: bool, doctrine: Doctrine) -> InIssue:
    """``issue``, a clause the claim's facts put in issue on the reading of Taiwan's relation to
    China the doctrine takes (``apart``) and not on the other: said, and the position named."""
    reading = "a country other than China" if apart else "part of China"
    return attrs.evolve(
        issue,
        why=f"{issue.why}; it is so only because Taiwan is read as {reading} "
        f"(taiwan_outside_china={apart})",
        assumptions=(*issue.assumptions, doctrine.position("taiwan_outside_china")),
    )


@reads(
    "claim.recognised",
    "claim.statutory_refugee",
    "claim.person.nationalities",
    "claim.person.location",
    "claim.person.habitual_residence",
    "claim.person.other_habitual_residences",
    "claim.fears[].country",
    "claim.protection",
    "claim.cessation",
    "claim.cessation_pending",
    "claim.cessation_ruled_out",
    "on",
    "doctrine.taiwan_outside_china",
)
def kept_out(claim: Claim, on: dt.date, doctrine: Doctrine) -> tuple[Cessation, ...]:
    """The clauses a recognised (or statutory) refugee's own facts would put in issue
    (:func:`on_the_facts`) on the other reading of Taiwan's relation to China, but not on the one
    ``doctrine.taiwan_outside_china`` takes (a recognised Chinese refugee in Taiwan is not back in
    China, Art 1C(4), where Taiwan is read as a country other than China): the position then
    decides that no clause is in issue, and Art 1C's finding names it. Empty where no position
    is taken, and where the readings agree."""
    apart = doctrine.taiwan_outside_china
    if apart is None or not (claim.recognised or claim.statutory_refugee) or not claim.fears:
        return ()
    taken = _read(claim, on, apart)
    return tuple([c for c in _read(claim, on, not apart) if c not in taken])


@reads(
    "claim.recognised",
    "claim.statutory_refugee",
    "claim.person.nationalities",
    "claim.person.location",
    "claim.person.habitual_residence",
    "claim.person.other_habitual_residences",
    "claim.fears[].country",
    "claim.protection",
    "claim.cessation",
    "claim.cessation_pending",
    "claim.cessation_ruled_out",
    "on",
    "taiwan_apart",
)
def _read(claim: Claim, on: dt.date, taiwan_apart: bool) -> dict[Cessation, InIssue]:
    """The clauses :func:`on_the_facts` finds in issue, with Taiwan read as a country other than
    China (``taiwan_apart``) or as part of it, in the order of the Convention."""
    person = claim.person
    settled = claim.cessation | claim.cessation_pending | claim.cessation_ruled_out
    feared = tuple(dict.fromkeys(h.country for h in claim.fears or ()))
    found: dict[Cessation, InIssue] = {}
    if Cessation.ART_1C_3 not in settled and person.nationalities:
        about, beyond = _new_nationalities(claim, feared, on, taiwan_apart)
        if beyond:
            unstated = [n for n in beyond if claim.protection.get(n) is None]
            protected = [
                f"{country_name(n, on)}'s protection is "
                + ("not stated" if n in unstated else "available")
                for n in beyond
            ]
            found[Cessation.ART_1C_3] = InIssue(
                Cessation.ART_1C_3,
                f"the person is a national of {named(beyond, on)}, where no persecution is "
                f"feared, besides {named(about, on)}, a country of their nationality in which it "
                "is feared, and "
                + "; ".join(protected)
                + ": Art 1C(3) (a new nationality whose protection the person enjoys) is in "
                "issue on the claim's own facts (a nationality already held when the person "
                "was recognised is not a new one: the recognition is then a question of "
                "cancellation, which the library does not model, not of cessation)",
                (
                    "recognised",
                    "person.nationalities",
                    "fears",
                    *(f"protection[{n!r}]" for n in beyond),
                ),
                tuple(f"protection[{n!r}]" for n in unstated),
            )
    place = person.location
    if Cessation.ART_1C_4 not in settled and place is not None:
        references = person.countries_of_reference()
        back = [c for c in feared if _back_in(place, c, references, on, taiwan_apart)]
        if back:
            whose = "of former habitual residence" if person.stateless else "of their nationality"
            where = "" if place in back else f" ({country_name(place, on)})"
            found[Cessation.ART_1C_4] = InIssue(
                Cessation.ART_1C_4,
                f"the person is now in {named(back, on)}{where}, a country {whose} in which "
                "they fear persecution: Art 1C(4) (voluntary "
                "re-establishment in the country the person left owing to fear of "
                "persecution) is in issue on the claim's own facts (a visit is not "
                "re-establishment, which is a voluntary return to live there)",
                ("recognised", "person.location", "person.nationalities"),
            )
    return found


def _enjoyed(claim: Claim, country: str) -> bool:
    """Whether the protection of ``country`` may be one the person "enjoys" (Art 1C(3)):
    available, or not stated; unavailable, or declined for a valid reason, it is not."""
    return claim.protection.get(country) in (None, Protection.AVAILABLE)


def _new_nationalities(
    claim: Claim, feared: Iterable[str], on: dt.date, taiwan_apart: bool
) -> tuple[list[str], list[str]]:
    """For Art 1C(3), the person's nationalities in which persecution is feared (``feared``: the
    countries in which it is), the countries the status is about, and, where there are any, each
    other nationality in which none is feared and whose protection may be enjoyed
    (:func:`_enjoyed`), which may be a new one; read on ``on``, Taiwan apart from China or not
    (``taiwan_apart``)."""
    feared = tuple(feared)
    nationalities = sorted(claim.person.nationalities or ())
    about = [
        n
        for n in nationalities
        if any(within_countries(f, (n,), on, taiwan_apart) is not None for f in feared)
    ]
    if not about:
        return [], []
    beyond = [
        n
        for n in nationalities
        if n not in about
        and _enjoyed(claim, n)
        and all(within_countries(f, (n,), on, taiwan_apart) is None for f in feared)
    ]
    # The ROK's nationality of a North Korean is not a new one (ROK_HELD_READING).
    place = claim.person.location
    return about, [n for n in beyond if not _held_with(n, about, place, on, taiwan_apart)]


@reads(
    "claim.recognised",
    "claim.statutory_refugee",
    "claim.person.nationalities",
    "claim.person.location",
    "claim.fears[].country",
    "claim.protection",
    "claim.cessation",
    "claim.cessation_pending",
    "claim.cessation_ruled_out",
    "on",
    "doctrine.taiwan_outside_china",
)
def held_not_new(claim: Claim, on: dt.date, doctrine: Doctrine) -> bool:
    """Whether :data:`ROK_HELD_READING` keeps Art 1C(3) out of issue for a recognised (or
    statutory) refugee: a national of North Korea, where persecution is feared, and of the
    Republic of Korea, where none is and whose protection may be enjoyed, known to be elsewhere
    than in the ROK, the clause not found, pending or found not to apply (Taiwan read as the
    doctrine reads it, or either way)."""
    if not (claim.recognised or claim.statutory_refugee) or not claim.fears:
        return False
    if Cessation.ART_1C_3 in claim.cessation | claim.cessation_pending | claim.cessation_ruled_out:
        return False
    nationalities = claim.person.nationalities or frozenset()
    if not {"PRK", "KOR"} <= nationalities or not _enjoyed(claim, "KOR"):
        return False
    feared = tuple(dict.fromkeys(h.country for h in claim.fears))
    for apart in _readings(doctrine):
        about = [
            n
            for n in ("PRK", "KOR")
            if any(within_countries(f, (n,), on, apart) is not None for f in feared)
        ]
        if about == ["PRK"] and _held_with("KOR", about, claim.person.location, on, apart):
            return True
    return False


def _back_in(
    place: str | None,
    feared: str,
    references: tuple[str, ...] | None,
    on: dt.date,
    taiwan_apart: bool,
) -> bool:
    """Whether a person in ``place`` is in ``feared``, a country in which they fear persecution,
    and that country is one of their countries of reference (``references``: of nationality, or a
    stateless person's of former habitual residence), read on ``on``, Taiwan apart from China or
    not (``taiwan_apart``); ``None`` for a place or countries not known, which could be any
    (:func:`presumed`)."""
    return (place is None or within_countries(place, (feared,), on, taiwan_apart) is not None) and (
        references is None or within_countries(feared, references, on, taiwan_apart) is not None
    )


def _readings(doctrine: Doctrine) -> tuple[bool, ...]:
    """The readings of Taiwan's relation to China (apart from it or not) a rule weighs: the one
    ``doctrine.taiwan_outside_china`` takes, or, where it takes none, both."""
    apart = doctrine.taiwan_outside_china
    return (True, False) if apart is None else (apart,)


#: The facts :func:`presumed` names, in words.
_UNSTATED = {
    "person.location": "where the person now is",
    "fears": "what they fear",
    "person.nationalities": "of which countries they are a national",
    "person.habitual_residence": "where their former habitual residence was",
}


@reads(
    "claim.recognised",
    "claim.statutory_refugee",
    "claim.person.nationalities",
    "claim.person.location",
    "claim.person.habitual_residence",
    "claim.person.other_habitual_residences",
    "claim.fears[].country",
    "claim.protection",
    "claim.cessation",
    "claim.cessation_pending",
    "claim.cessation_ruled_out",
    "on",
    "doctrine.taiwan_outside_china",
)
def presumed(
    claim: Claim, on: dt.date, doctrine: Doctrine
) -> tuple[tuple[Cessation, tuple[str, ...]], ...]:
    """The clauses a recognised (or statutory) refugee's status is presumed to be out of, where
    the claim does not state a fact on which :func:`on_the_facts` would put them in issue
    (:data:`CONTINUITY_READING`), each with the facts not stated, in the order of
    :data:`_UNSTATED`: a clause not found, pending or found not to apply, nor put in issue by the
    facts stated, that some value of the facts not stated would put in issue (Taiwan read as
    ``doctrine.taiwan_outside_china`` reads it, or either way where it takes no position).

    - Art 1C(3): what the person fears, or their nationalities, not stated, where some value of
      them would make the person a national of a country in which persecution is feared and of
      another in which none is and whose protection may be enjoyed (with the fears not stated,
      two nationalities, one of them enjoyed, the other then the one feared; with the
      nationalities not stated, always).
    - Art 1C(4): where the person now is, what they fear, their nationalities or a stateless
      person's former home (``habitual_residence``) not stated, where some value of them would
      put the person in a country of reference in which they fear persecution (stated to be in a
      country that is none of theirs, never).

    Empty for a person not recognised, for one who fears nothing now (``fears`` empty: no country
    the status is about), and where every such fact is stated.
    """
    if not (claim.recognised or claim.statutory_refugee):
        return ()
    if claim.fears is not None and not claim.fears:
        return ()
    person = claim.person
    settled = (
        claim.cessation
        | claim.cessation_pending
        | claim.cessation_ruled_out
        | {i.clause for i in on_the_facts(claim, on, doctrine)}
        | set(kept_out(claim, on, doctrine))
    )
    readings = _readings(doctrine)
    feared = None if claim.fears is None else tuple(dict.fromkeys(h.country for h in claim.fears))
    nationalities = person.nationalities
    kept: list[tuple[Cessation, tuple[str, ...]]] = []
    unknown = [
        *(["fears"] if feared is None else []),
        *(["person.nationalities"] if nationalities is None else []),
    ]
    if (
        Cessation.ART_1C_3 not in settled
        and unknown
        and (
            nationalities is None
            or any(
                _new_nationalities(claim, (n,), on, apart)[1]
                for n in sorted(nationalities)
                for apart in readings
            )
        )
    ):
        kept.append((Cessation.ART_1C_3, tuple(unknown)))
    place = person.location
    # The countries of reference, None where not known (a stateless person's former home).
    references = (
        None
        if nationalities is None or (person.stateless and person.habitual_residence is None)
        else person.countries_of_reference()
    )
    unknown = [
        *(["person.location"] if place is None else []),
        *(["fears"] if feared is None else []),
        *(
            ["person.nationalities"]
            if nationalities is None
            else ["person.habitual_residence"]
            if references is None
            else []
        ),
    ]
    # What is feared not stated: a fear of the country the person is in, or of one of theirs.
    candidates = feared if feared is not None else (place,) if place is not None else references
    could = candidates is None or any(
        _back_in(place, c, references, on, apart) for c in candidates for apart in readings
    )
    if Cessation.ART_1C_4 not in settled and unknown and could:
        kept.append((Cessation.ART_1C_4, tuple(unknown)))
    return tuple(kept)


def in_issue(claim: Claim, on: dt.date, doctrine: Doctrine) -> bool:
    """Whether the claim puts cessation in issue at all: a clause found, or raised and pending, or
    one a recognised refugee's own facts put in issue (:func:`on_the_facts`, on ``on``, Taiwan
    read as ``doctrine`` reads it). Where it does not, no clause applies, whatever the fear."""
    if claim.cessation or claim.cessation_pending:
        return True
    return (claim.recognised or claim.statutory_refugee) and bool(on_the_facts(claim, on, doctrine))


def art_1c(
    claim: Claim,
    included: Finding,
    doctrine: Doctrine,
    on: dt.date,
    events: Finding | None = None,
    oau: tuple[Finding, ...] = (),
) -> Finding:
    """Art 1C, with 1C(5) and 1C(6) weighed against the fear, and the lack of protection against
    it, that inclusion found, and, where the status rests or may rest on art. I(2) of the OAU
    Convention, against the threat from its events (``events``:
    :func:`~refugeelaw.law.oau.events_persist`). ``oau``: for a state bound by the OAU
    Convention whose 1951 definition Art 1B limits, the OAU Convention's definitions as found
    (art. I(1), :func:`~refugeelaw.law.oau.restated_definition`, the 1951 definition with no
    dateline or geographic limitation; art. I(2)), to whose status Art 1C applies as arts
    I(4)(a)-(e) (law.oau.CLAUSES_READING): a status that rests on either, those limits do not
    keep the Convention from reaching.

    1C(5) and 1C(6) apply only when "the circumstances in connexion with which he has been
    recognized as a refugee have ceased to exist", so that the person "can no longer [...]
    continue to refuse to avail himself of the protection" of the country: cessation mirrors
    recognition, and the clause applies when the conditions for the grant of status are no longer
    met (*Abdulla*, CJEU 2010; *OA*, CJEU 2021, paras 34-36). A well-founded fear that persists
    on the facts, without protection against it, contradicts the clause; protection now available
    against the fear that remains meets it; and where either is unknown, what decides it decides
    the clause. The fear is weighed for these clauses without the relocation element of Art
    1A(2): an internal flight alternative, found now or still to be found, is no change in the
    circumstances of the recognition, unless ``Doctrine.relocation_in_cessation`` reads the
    clauses otherwise (the position named where it changes the answer). For a status under art. I(2), whose grant rests on the events it names and not on
    a fear for a Convention reason, the clauses (read as art. I(4)(e), law.oau.CLAUSES_READING)
    weigh whether those events still seriously threaten the person: the circumstances persist
    while either the fear (without protection) or that threat does.

    1C(1) ("re-availed himself of the protection of the country of his nationality") and 1C(3)
    ("a new nationality, and enjoys the protection of the country of his new nationality") speak
    of a protection the refugee must actually have: where on the facts stated the person lacks
    the protection of every country of nationality (:func:`lacking_protection`), they do not end
    the status, and where that is not yet known, neither is cessation; 1C(1), 1C(2) and 1C(3)
    speak of a nationality and cannot reach a person stated to hold none (:func:`misfits`). Such
    a clause found either never had its effect or was undone since: where the person meets Art
    1A(2) now both come to the same, and elsewhere :data:`CONTRADICTED_CLAUSE_READING` decides
    and is named (status review s35 F2). 1C(2) and 1C(4), whose acts no fact stated contradicts,
    cannot keep outside the Convention a person who meets Art 1A(2) (or an OAU Convention
    definition) on the facts stated: whatever status the act once ended, he falls again under
    the terms of section A; where whether he does is not known, so is cessation (:func:`_anew`,
    :data:`_REGAINED`; status review s36 F3).

    A clause a recognised refugee's own facts put in issue (:func:`on_the_facts`) is weighed as
    one raised and not yet decided, and asked as such (``cessation_pending``); so is the
    counterpart of a changed-circumstances clause found or raised for a person it cannot reach
    (Art 1C(6) for a stateless person given Art 1C(5), and the reverse): the finding that the
    circumstances have ceased is one of substance, whichever paragraph it cites.

    Where no clause applies to a recognised (or statutory) refugee whose claim does not state a
    fact on which a clause could be in issue (where the person now is, what they fear, their
    nationalities: :func:`presumed`), the status is presumed to continue
    (:data:`CONTINUITY_READING`), and the finding says so and names the reading.
    """
    found = _clauses(claim, included, doctrine, on, events, oau)
    return _presuming(found, claim, on, doctrine)


def _presuming(found: Finding, claim: Claim, on: dt.date, doctrine: Doctrine) -> Finding:
    """Art 1C's finding (``found``) where it finds that no clause applies to a recognised (or
    statutory) refugee whose claim leaves unstated a fact on which a clause could be in issue
    (:func:`presumed`): the status presumed to continue (:data:`CONTINUITY_READING`), said,
    with the facts not stated among those read, and the reading named."""
    if found.verdict is not Verdict.NOT_MET:
        return found
    kept = presumed(claim, on, doctrine)
    if not kept:
        return found
    unstated = [f for f in _UNSTATED if any(f in facts for _, facts in kept)]
    clauses = " and ".join(c.value for c, _ in kept)
    whose = "statutory_refugee" if claim.statutory_refugee else "recognised"
    return finding(
        found.element,
        found.verdict,
        f"{found.reason}; it is not stated {' or '.join(_UNSTATED[f] for f in unstated)}, on "
        f"which Art {clauses} could be in issue: the status is presumed to continue until a "
        "clause is shown to apply (UNHCR Handbook para. 112)",
        *dict.fromkeys([*found.citations, Citation("unhcr-handbook", "111-139")]),
        children=found.children,
        facts=dict.fromkeys([*found.facts, whose, *unstated]),
        missing=found.missing,
        assumptions=[*found.assumptions, CONTINUITY_READING],
        role=found.role,
    )


def _clauses(
    claim: Claim,
    included: Finding,
    doctrine: Doctrine,
    on: dt.date,
    events: Finding | None = None,
    oau: tuple[Finding, ...] = (),
) -> Finding:
    """Art 1C as :func:`art_1c` weighs it, before a status presumed to continue is said."""
    if not in_issue(claim, on, doctrine):
        # No clause to weigh the fear by; where Taiwan's reading keeps a clause out, it is named.
        return _read_out(cessation_found(claim.cessation, Verdict.UNKNOWN), claim, on, doctrine)
    limits = _limits(included)
    reached = _reached(claim, limits, oau)
    if reached is Verdict.NOT_MET:
        # Art 1B: the dateline or the geographic limitation kept the Convention, as the state
        # applies it, from reaching the person: it cannot "cease to apply" to them. A recognition
        # does not extend it to them (law.recognition).
        return finding(
            "Art 1C: cessation",
            Verdict.NOT_MET,
            "the Convention, as the state applies it, never reached the person (the dateline or "
            "geographic limitation of Art 1B), and "
            + (NOT_EXTENDED if claim.recognised else "the person is not recognised")
            + (
                ", nor does the person meet the OAU Convention's definitions (art. I(1) or I(2)), "
                "which have no such limits"
                if oau
                else ""
            )
            + ": it cannot cease to apply to them",
            Citation("refugee-convention-1951", "1C"),
            Citation("refugee-convention-1951", "1B(1)"),
            *(_OAU_DEFINITIONS[: len(oau)]),
            facts=["cessation", "cessation_pending", "recognised"],
            role="exception",
        )
    found = _read_out(_applied(claim, included, doctrine, on, events, oau), claim, on, doctrine)
    if reached is Verdict.MET or found.verdict is Verdict.NOT_MET or limits is None:
        return found
    # A clause can end only a status the Convention, as the state applies it, gave: a recognised
    # refugee's recognition waits on the limits of Art 1B (law.recognition), or a status may rest
    # on OAU art. I(1) alone, which is not yet known to be met.
    open_ = (
        "whether the Convention, as the state applies it, ever reached the person, whose "
        "recognition counts for the state only within the dateline or geographic limitation of "
        "Art 1B, is not yet known"
        if claim.recognised and limits.verdict is Verdict.UNKNOWN
        else "the Convention, as the state applies it, never reached the person (the dateline or "
        "geographic limitation of Art 1B)"
        if limits.verdict is Verdict.NOT_MET
        else "whether the dateline or geographic limitation of Art 1B, within which the "
        "Convention, as the state applies it, reaches the person, is met is not yet known"
    )
    # The OAU Convention's definitions on which the status may rest, not yet known to be met.
    also = [
        (f, c) for f, c in zip(oau, _OAU_DEFINITIONS, strict=False) if f.verdict is Verdict.UNKNOWN
    ]
    if also:
        pins = " or ".join(c.provision for _, c in also)
        open_ += (
            f"{', and ' if open_ else ''}whether the person meets the OAU Convention's definition "
            f"in art. {pins}, which has no such limits and to whose status Art 1C applies as arts "
            "I(4)(a)-(e), is not yet known"
        )
    return finding(
        found.element,
        Verdict.UNKNOWN,
        f"{found.reason}; but {open_}, and a convention cannot cease to apply to a person it "
        "never reached",
        *found.citations,
        Citation("refugee-convention-1951", "1B(1)"),
        *(c for _, c in also),
        children=found.children,
        facts=[*found.facts, "recognised"],
        missing=dict.fromkeys(
            [
                *found.missing,
                *(missing_facts(limits) if limits.verdict is Verdict.UNKNOWN else ()),
                *(m for f, _ in also for m in missing_facts(f)),
            ]
        ),
        assumptions=found.assumptions,
        role=found.role,
    )


def _read_out(found: Finding, claim: Claim, on: dt.date, doctrine: Doctrine) -> Finding:
    """Art 1C's finding (``found``) where no clause applies, and the reading of Taiwan's relation
    to China that ``doctrine.taiwan_outside_china`` takes keeps out of issue a clause the claim's
    own facts would put in issue on the other (:func:`kept_out`: a recognised Chinese refugee in
    Taiwan, read as a country other than China, is not back in China, Art 1C(4)): said, and the
    position named, for it decides."""
    if found.verdict is not Verdict.NOT_MET:
        return found
    if held_not_new(claim, on, doctrine):
        found = finding(
            found.element,
            found.verdict,
            f"{found.reason}; the person is a national of South Korea, where no persecution is "
            "feared, besides North Korea, where it is, but that nationality is read as held with "
            "the North Korean one, not as a new one (Art 1C(3)): that the person held it when "
            "recognised is a question of cancellation (UNHCR Handbook para. 117), which the "
            "library does not model",
            *dict.fromkeys([*found.citations, Citation("unhcr-handbook", "117")]),
            children=found.children,
            facts=dict.fromkeys([*found.facts, "recognised", "person.nationalities", "fears"]),
            missing=found.missing,
            assumptions=[*found.assumptions, ROK_HELD_READING],
            role=found.role,
        )
    out = kept_out(claim, on, doctrine)
    if not out:
        return found
    apart = doctrine.taiwan_outside_china
    reading, other = (
        ("a country other than China", "part of China")
        if apart
        else ("part of China", "a country other than China")
    )
    names = " and ".join(c.value for c in out)
    return finding(
        found.element,
        found.verdict,
        f"{found.reason}; the claim's own facts would put Art {names} in issue were Taiwan "
        f"{other}, but it is read as {reading} (taiwan_outside_china={apart})",
        *found.citations,
        children=found.children,
        facts=dict.fromkeys([*found.facts, "person.location", "person.nationalities"]),
        missing=found.missing,
        assumptions=[*found.assumptions, doctrine.position("taiwan_outside_china")],
        role=found.role,
    )


def _applied(
    claim: Claim,
    included: Finding,
    doctrine: Doctrine,
    on: dt.date,
    events: Finding | None,
    oau: tuple[Finding, ...] = (),
) -> Finding:
    """Art 1C weighed for a person the Convention, as the state applies it, reaches or may
    (:func:`art_1c`)."""
    raised = {r.clause: r for r in on_the_facts(claim, on, doctrine)}
    if raised:  # weighed as raised and not yet decided; never a finding of fact
        claim = attrs.evolve(claim, cessation_pending=claim.cessation_pending | raised.keys())
    fear = feared_element(included)
    protection = protection_element(included)
    lacking = (
        lacking_protection(claim, doctrine, on)
        if (claim.cessation | claim.cessation_pending) & _OF_PROTECTION
        and not claim.person.stateless
        else None
    )
    found = _by_nationality(
        claim, included, fear, protection, doctrine, events, raised, oau, lacking
    )
    if not (claim.cessation | claim.cessation_pending) & _CHANGED_CIRCUMSTANCES or not _relocates(
        fear
    ):
        return found
    # Whether an internal flight alternative found now is weighed by 1C(5)-(6) is contested
    # (Doctrine.relocation_in_cessation): on the default reading the fear and the protection
    # against it are weighed again without it; either way the position is named where it changes
    # the answer.
    fear, protection = fear_and_protection_again(_without_relocation(claim), included, doctrine, on)
    read = _by_nationality(
        claim, included, fear, protection, doctrine, events, raised, oau, lacking
    )
    if read.verdict is found.verdict and read.missing == found.missing:
        return found
    position = doctrine.position("relocation_in_cessation")
    if doctrine.relocation_in_cessation:
        return attrs.evolve(found, assumptions=(*found.assumptions, position))
    words = (
        "an internal flight alternative is no change in the circumstances in connexion with which "
        "the person was recognised"
        if claim.recognised
        else "an internal flight alternative, which Art 1A(2) weighs, is no change in the "
        "circumstances a cessation clause asks to have ceased"
    )
    return finding(
        read.element,
        read.verdict,
        f"{read.reason} (internal relocation is not weighed: {words})",
        *read.citations,
        children=read.children,
        facts=read.facts,
        missing=read.missing,
        assumptions=[*read.assumptions, position],
        role=read.role,
    )


def _by_nationality(
    claim: Claim,
    included: Finding,
    fear: Finding,
    protection: Finding,
    doctrine: Doctrine,
    events: Finding | None,
    raised: Mapping[Cessation, InIssue],
    oau: tuple[Finding, ...] = (),
    lacking: Finding | None = None,
) -> Finding:
    """Art 1C with the fear and the protection against it (``fear``, ``protection``) weighed for
    the person as a national or a stateless person, or both where which is not known
    (``included``: inclusion's finding, whether the person meets Art 1A(2) now; ``raised``: the
    clauses the claim's own facts put in issue, among those pending; ``oau``: the OAU
    Convention's definitions, where weighed beside a limited Art 1A(2): :func:`art_1c`;
    ``lacking``: for Art 1C(1) and 1C(3) found or raised, whether the person lacks the protection
    of every country of nationality on the facts stated, :func:`lacking_protection`)."""
    person = claim.person
    given = claim.cessation | claim.cessation_pending
    if person.nationality_known or not given & (_FOR_NATIONALS | _FOR_STATELESS):
        return _weighed(
            claim,
            included,
            fear,
            protection,
            doctrine,
            person.stateless,
            events,
            raised,
            oau,
            lacking,
        )
    # Which clauses can reach the person turns on whether they have a nationality, which is not
    # known: the clauses are weighed for a national and for a stateless person.
    return _either_nationality(
        _weighed(claim, included, fear, protection, doctrine, False, events, raised, oau, lacking),
        _weighed(claim, included, fear, protection, doctrine, True, events, raised, oau, lacking),
    )


def lacking_protection(claim: Claim, doctrine: Doctrine, on: dt.date) -> Finding:
    """For Art 1C(1) and 1C(3), found or raised: whether the person, on the facts the claim
    states, lacks the protection of every country of nationality, which contradicts both
    clauses' terms (1C(1): "re-availed himself of the protection of the country of his
    nationality", which the refugee must actually obtain, UNHCR Handbook para. 119 as *Nsende v
    Canada (MCI)*, 2008 FC 531, para. 13, reports it; 1C(3): "and enjoys the protection of the
    country of his new nationality"). It is Art 1A(2)'s element (unable or, owing to a
    well-founded fear, unwilling to avail himself of that protection:
    :func:`~refugeelaw.law.inclusion.fear_and_protection`), weighed with a country whose
    protection the claim does not state read as offering it, as the clause found says of the
    country it speaks of: only a fact stated contradicts the clause (a well-founded fear of
    persecution by the State itself, its protection found unavailable, declined for a valid
    reason based on well-founded fear, or withheld from the harm feared for a Convention reason);
    where such a fact may, on facts not yet known, it is not known. A fear of persecution by the
    country of a new nationality is a new situation, weighed in relation to it (Art 1A(2)), as
    :func:`on_the_facts` says: its protection is not "enjoyed". Where the clauses are only
    raised and not yet decided, no clause found says the protection is offered: where stating
    the protection the claim does not state unavailable would show the person lacking it, whether
    he does is not known, and that protection is asked."""
    nationalities = claim.person.nationalities or frozenset()
    unstated = [n for n in sorted(nationalities) if claim.protection.get(n) is None]
    read = (
        attrs.evolve(
            claim,
            protection={**dict.fromkeys(unstated, Protection.AVAILABLE), **claim.protection},
        )
        if unstated
        else claim
    )
    lacking = fear_and_protection(read, doctrine, on)[1]
    verdict = lacking.verdict
    # Raised and not found, no clause says the protection is offered: where stating it
    # unavailable would show the person lacking it, it is asked.
    asked: list[str] = []
    if unstated and verdict is not Verdict.MET and not claim.cessation & _OF_PROTECTION:

        def lacks(offering: frozenset[str]) -> Verdict:  # the unstated others unavailable
            stated = {n: Protection.AVAILABLE if n in offering else Protection.UNAVAILABLE
                      for n in unstated}  # fmt: skip
            read = attrs.evolve(claim, protection={**stated, **claim.protection})
            return fear_and_protection(read, doctrine, on)[1].verdict

        if verdict is Verdict.NOT_MET and lacks(frozenset()) is not Verdict.NOT_MET:
            # Each whose protection, offered, would leave the person not lacking it.
            asked = [
                f"protection[{n!r}]" for n in unstated if lacks(frozenset([n])) is Verdict.NOT_MET
            ]
            verdict = Verdict.UNKNOWN if asked else verdict
        elif verdict is Verdict.UNKNOWN and lacks(frozenset()) is Verdict.MET:
            # Not known on what else is unknown (what the person fears), where stating the
            # protection unavailable would show the person lacking it whatever that is: each whose
            # protection, offered, would leave it open is asked beside it.
            asked = [
                f"protection[{n!r}]" for n in unstated if lacks(frozenset([n])) is not Verdict.MET
            ]
    read_as = (
        f" ({named(tuple(unstated), on)}, whose protection the claim does not state, read as "
        + (
            "offering it, as the clause found says)"
            if claim.cessation & _OF_PROTECTION
            else "offering it, as the clause raised would have it, and asked)"
        )
        if unstated
        else ""
    )
    reason = {
        Verdict.MET: "on the facts stated the person lacks the protection of every country of "
        f"nationality{read_as}, which the clause found cannot stand beside",
        Verdict.NOT_MET: "on the facts stated the person does not lack the protection of every "
        f"country of nationality{read_as}",
        Verdict.UNKNOWN: "whether, on the facts stated, the person lacks the protection of every "
        f"country of nationality{read_as} is not yet known",
    }[verdict]
    return finding(
        "the protection Art 1C(1) and 1C(3) speak of, lacking on the facts",
        verdict,
        reason,
        Cessation.ART_1C_1.citation,
        Cessation.ART_1C_3.citation,
        children=(lacking,),
        facts=["person.nationalities", "protection", "fears"],
        missing=asked,
    )


_FLIGHT = "no internal flight alternative"


def _relocates(fear: Finding) -> bool:
    """Whether the relocation element of some feared harm (``fear``: inclusion's finding on the
    feared persecution) is not met, or not known: only then can weighing the fear without it
    change what Art 1C(5)-(6) find."""
    return any(
        element.element == _FLIGHT and element.verdict is not Verdict.MET
        for harm in fear.children
        for element in harm.children
    )


def _without_relocation(claim: Claim) -> Claim:
    """``claim`` with its findings on internal relocation set aside, for weighing whether the
    circumstances of a recognition persist (``Doctrine.relocation_in_cessation``): no harm is answered by
    an internal flight alternative, so the relocation element is met for each and weighs nothing,
    nor does one area found for several of them (``relocation_from_all``). Never a finding of fact: the claim it makes is weighed by Art 1C(5)-(6) alone."""
    return attrs.evolve(
        claim,
        internal_relocation=False,
        relocation_from_all={},
        fears=None
        if claim.fears is None
        else [attrs.evolve(h, internal_relocation=False) for h in claim.fears],
    )


def _either_nationality(national: Finding, stateless: Finding) -> Finding:
    """Art 1C for a person whose nationality is not known, from the clauses weighed for a national
    (``national``) and for a stateless person (``stateless``): where both readings agree, that
    answer; where they do not, or either is unknown, not known, naming ``person.nationalities``
    (where it may decide) beside what each reading still needs."""
    readings = f"as a national, {national.reason}; as a stateless person, {stateless.reason}"
    citations = dict.fromkeys([*national.citations, *stateless.citations])
    facts = dict.fromkeys([*national.facts, *stateless.facts, "person.nationalities"])
    assumptions = dict.fromkeys([*national.assumptions, *stateless.assumptions])
    if national.verdict is stateless.verdict is not Verdict.UNKNOWN:
        return finding(
            national.element,
            national.verdict,
            f"whether the person has a nationality is not known, but either way the answer is the "
            f"same: {readings}",
            *citations,
            facts=facts,
            assumptions=assumptions,
            role=national.role,
        )
    decides = national.verdict is not stateless.verdict or national.missing != stateless.missing
    missing = dict.fromkeys(
        [*(["person.nationalities"] if decides else []), *national.missing, *stateless.missing]
    )
    return finding(
        national.element,
        Verdict.UNKNOWN,
        f"whether the person has a nationality is not known, and Art 1C(1), 1C(2), 1C(3) and "
        f"1C(5) speak of a nationality, 1C(6) of a person who has none: {readings}",
        *citations,
        facts=facts,
        missing=missing,
        assumptions=assumptions,
        role=national.role,
    )


def _weighed(
    claim: Claim,
    included: Finding,
    fear: Finding,
    protection: Finding,
    doctrine: Doctrine,
    stateless: bool,
    events: Finding | None,
    raised: Mapping[Cessation, InIssue],
    oau: tuple[Finding, ...] = (),
    lacking: Finding | None = None,
) -> Finding:
    """Art 1C for a person who is ``stateless`` or has a nationality, the fear and the protection
    against it weighed (as inclusion, ``included``, found them, or without an internal flight
    alternative: ``Doctrine.relocation_in_cessation``), and the threat from the events of art. I(2)
    (``events``) where the status rests or may rest on it; ``raised``: the clauses pending that
    the claim's own facts put in issue (:func:`on_the_facts`); ``oau``: the OAU Convention's
    definitions, where weighed beside a limited Art 1A(2) (:func:`art_1c`: a person who meets one
    has a status for the proviso to keep, and shows one now). A changed-circumstances clause found
    or raised for a person it cannot reach (:func:`misfits`) puts its counterpart in issue
    (:func:`_counterparts`), weighed as raised. ``lacking``: for a person with a nationality and
    Art 1C(1) or 1C(3) found or raised, whether on the facts stated he lacks the protection of
    every country of nationality (:func:`lacking_protection`), which contradicts those clauses'
    terms; a clause of Art 1C(1)-(3) the facts contradict is set aside, and where the person
    does not meet Art 1A(2) now :data:`CONTRADICTED_CLAUSE_READING` is named (:func:`_set_aside`)."""
    counterparts = _counterparts(claim, stateless)
    if counterparts:
        claim = attrs.evolve(claim, cessation_pending=claim.cessation_pending | counterparts.keys())
        raised = {**raised, **counterparts}
    persists = fear.verdict & protection.verdict
    threat = Verdict.NOT_MET if events is None else events.verdict
    unprotected = Verdict.NOT_MET if stateless or lacking is None else lacking.verdict
    wrong = misfits(claim.cessation, stateless)
    reaching = claim.cessation - wrong  # the clauses found that can reach this person
    # Whether the person meets a refugee definition now, which 1C(2) and 1C(4) cannot undo.
    anew, definition, unmet = _anew(included, oau, events)
    found = cessation_found(reaching, persists, threat, unprotected, anew, definition)
    # The clauses found that end the status on the facts (their terms not contradicted).
    applying = frozenset(
        [
            c
            for c, v in standing(reaching, persists | threat, unprotected, anew).items()
            if v is Verdict.MET
        ]
    )
    if wrong and found.verdict is Verdict.NOT_MET:
        names = ", ".join(c.value for c in Cessation if c in wrong)
        whose = (
            "the person is stateless, and "
            + "; ".join(f"Art {c.value} speaks of {_SPEAKS_OF[c]}" for c in Cessation if c in wrong)
            + ", which a person with no nationality does not have (for a stateless refugee, see "
            "Art 1C(4) and 1C(6))"
            if stateless
            else "the person has a nationality: Art 1C(6) is for a refugee who has none (see Art "
            "1C(5))"
        )
        found = finding(
            found.element,
            found.verdict,
            f"{found.reason}; Art {names} cannot apply: {whose}",
            *found.citations,
            *(c.citation for c in Cessation if c in wrong),
            facts=[*found.facts, "person.nationalities"],
            role=found.role,
        )
    # What decides whether the circumstances of the recognition persist, where that is not known
    # and a clause that asks it (1C(5), 1C(6)) is found or raised.
    changing = (claim.cessation | claim.cessation_pending) & _CHANGED_CIRCUMSTANCES
    circumstances = dict.fromkeys(
        [
            *(
                [*missing_facts(fear), *missing_facts(protection)]
                if persists is Verdict.UNKNOWN and changing
                else []
            ),
            *(missing_facts(events) if events is not None and changing else ()),
            # What decides whether the person meets a definition again, where 1C(2) or 1C(4)
            # is found or raised and that is not known (:data:`_REGAINED`).
            *(unmet if (claim.cessation | claim.cessation_pending) & _BY_ACT else ()),
        ]
    )
    if found.verdict is Verdict.UNKNOWN:
        found = finding(
            found.element,
            found.verdict,
            found.reason,
            *found.citations,
            facts=found.facts,
            missing=circumstances,
            role=found.role,
        )
        found = _either_way_kept(found, claim, doctrine, reaching, events, oau) or found
    if (
        found.verdict is Verdict.MET
        and applying & _CHANGED_CIRCUMSTANCES
        and fear.verdict is Verdict.MET
    ):
        # The fear remains, but protection against it is now available: the person can no longer
        # refuse to avail himself of it (Art 1C(5)'s own words).
        found = finding(
            found.element,
            found.verdict,
            f"{found.reason}: a well-founded fear remains, but protection against it is now "
            "available, so the person can no longer continue to refuse to avail himself of it",
            *found.citations,
            ABDULLA,
            facts=[*found.facts, "protection"],
            role=found.role,
        )
    # The proviso is for 1C(5) and 1C(6) alone: it keeps a status only they would end (a clause
    # that cannot reach this person does not count against it).
    nothing_to_keep = _no_status(claim, included, events, oau)
    if found.verdict is Verdict.MET and applying <= _CHANGED_CIRCUMSTANCES:
        if nothing_to_keep:
            # The proviso is not weighed for a person never recognised who does not meet Art
            # 1A(2) now (NO_STATUS_TO_KEEP): compelling reasons, given or not, change nothing.
            found = finding(
                found.element,
                found.verdict,
                f"{found.reason}; {NO_STATUS_TO_KEEP}",
                *found.citations,
                facts=[*found.facts, "recognised"],
                assumptions=found.assumptions,
                role=found.role,
            )
        else:
            found = compelling_reasons(
                found, claim.compelling_reasons, claim.statutory_refugee, doctrine
            )
    # The reading reaches only a person the limits of Art 1B do not keep out: one they do is
    # weighed here only as one whose status may rest on OAU art. I(1) (:func:`_reached`).
    limits = _limits(included)
    unshown = (
        not claim.recognised
        and not claim.statutory_refugee
        and included.verdict is not Verdict.MET
        and not any(f.verdict is Verdict.MET for f in oau)
        and (limits is None or limits.verdict is not Verdict.NOT_MET)
        and events is None
        and not _ipso_facto(claim)
    )
    if found.verdict is Verdict.MET and unshown:
        # A status that ceased, for a person who shows none now: the clause found is read as
        # ending one the person had (CEASED_STATUS_READING), and the finding says so.
        meets = "does not meet" if included.verdict is Verdict.NOT_MET else "is not shown to meet"
        found = finding(
            found.element,
            found.verdict,
            f"{found.reason}; the person, never recognised, {meets} Art 1A(2) now: the clause "
            "found is read as having ended a status the person had (status is declaratory)",
            *found.citations,
            Citation("unhcr-handbook", "28"),
            children=found.children,
            facts=[*found.facts, "recognised"],
            assumptions=[*found.assumptions, CEASED_STATUS_READING],
            role=found.role,
        )
    if found.verdict is Verdict.NOT_MET and claim.cessation_pending:
        # No clause found applies (or the proviso keeps 1C(5)/(6) off, which it does for no other
        # clause): one raised and not yet decided, which could apply on the facts, leaves it open.
        found = _pending(
            found,
            claim,
            persists | threat,
            doctrine,
            stateless,
            raised,
            nothing_to_keep,
            circumstances,
            _only_by_inclusion(claim, events, oau),
            unprotected,
            anew,
            definition,
        )
    if events is not None and reaching & _CHANGED_CIRCUMSTANCES:
        # What the circumstances of a status under art. I(2) are, shown (and, where not yet
        # known, what they still need).
        found = finding(
            found.element,
            found.verdict,
            found.reason,
            *found.citations,
            children=(*found.children, events),
            facts=found.facts,
            missing=found.missing,
            assumptions=found.assumptions,
            role=found.role,
        )
    given = claim.cessation | claim.cessation_pending
    if (
        lacking is not None
        and not stateless
        and given & _OF_PROTECTION
        and lacking.verdict is not Verdict.NOT_MET
        and found.verdict is not Verdict.MET
    ):
        # The protection 1C(1) and 1C(3) speak of, lacking or perhaps lacking on the facts
        # stated, where it keeps them from ending the status: shown (and, where not yet known,
        # what it still needs). Where another clause ends it, the finding's reason says that
        # these cannot be relied on.
        found = finding(
            found.element,
            found.verdict,
            found.reason,
            *found.citations,
            children=(*found.children, lacking),
            facts=found.facts,
            # Named on the finding too, as the circumstances are: a reading of both nationality
            # and statelessness (_either_nationality) keeps what each still needs.
            missing=dict.fromkeys(
                [
                    *found.missing,
                    *(missing_facts(lacking) if found.verdict is Verdict.UNKNOWN else ()),
                ]
            ),
            assumptions=found.assumptions,
            role=found.role,
        )
    # The clauses of Art 1C(1)-(3) found or raised whose terms the facts contradict, and those
    # they may contradict on facts not yet known.
    contradicted = [
        c
        for c in Cessation
        if c in given & _BY_TERMS
        and (
            c in misfits(given, stateless)
            or (c in _OF_PROTECTION and not stateless and unprotected is Verdict.MET)
        )
    ]
    open_ = [
        c
        for c in Cessation
        if c in given & _OF_PROTECTION and not stateless and unprotected is Verdict.UNKNOWN
    ]
    return _set_aside(found, contradicted, open_, included, oau, events)


def _anew(
    included: Finding, oau: tuple[Finding, ...], events: Finding | None
) -> tuple[Verdict, str, tuple[str, ...]]:
    """Whether the person meets a refugee definition on the facts stated for the date of the
    determination, which Art 1C(2) and 1C(4) cannot undo (:data:`_REGAINED`): Art 1A(2)
    (``included``), or, where they are weighed, the OAU Convention's art. I(1) and I(2) (``oau``)
    or, for a status that rests or may rest on art. I(2), its definition as ``events`` carries it
    (:func:`_meets_wider`). With the verdict, the definition met (or, where that is not known,
    those that may be) in words, and the facts that would decide it where it is not known."""
    weighed = [("Art 1A(2)", included)]
    weighed += [
        (f"the OAU Convention's art. {c.provision}", f)
        for f, c in zip(oau, _OAU_DEFINITIONS, strict=False)
    ]
    if events is not None:
        wider = next((c for c in events.children if c.element == _WIDER), None)
        if wider is None:  # met: events_persist carries the definition only while it is not
            return Verdict.MET, "the OAU Convention's art. I(2)", ()
        weighed.append(("the OAU Convention's art. I(2)", wider))
    verdict = Verdict.any([f.verdict for _, f in weighed])
    if verdict is Verdict.MET:
        return verdict, next(n for n, f in weighed if f.verdict is Verdict.MET), ()
    open_ = [(n, f) for n, f in weighed if f.verdict is Verdict.UNKNOWN]
    names = " or ".join(dict.fromkeys(n for n, _ in open_)) or "Art 1A(2)"
    return verdict, names, tuple(dict.fromkeys(m for _, f in open_ for m in missing_facts(f)))


def _meets_wider(events: Finding | None) -> bool:
    """Whether the person meets the OAU Convention's wider definition (art. I(2)) now, as
    ``events`` shows it (:func:`~refugeelaw.law.oau.events_persist`, given where the status rests
    or may rest on that definition): that finding carries the definition's own among its
    children only while it is not yet known to be met."""
    return events is not None and not any(c.element == _WIDER for c in events.children)


#: The element of the OAU Convention's wider definition (``law.oau.wider_definition``).
_WIDER = "OAU Convention art. I(2)"


def _set_aside(
    found: Finding,
    contradicted: list[Cessation],
    open_: list[Cessation],
    included: Finding,
    oau: tuple[Finding, ...],
    events: Finding | None = None,
) -> Finding:
    """Art 1C's finding (``found``) where the facts stated contradict the terms of a clause of
    Art 1C(1)-(3) found or raised (``contradicted``: the nationality or the protection of a
    country of nationality it speaks of), or may on facts not yet known (``open_``), and no other
    clause ends the status. A clause so contradicted either never had the effect it names or has
    since been undone (protection lost again, a nationality withdrawn). Where the person meets
    Art 1A(2) now (``included``), or an OAU Convention definition (``oau``, or, for a status that
    rests or may rest on art. I(2), ``events``: :func:`_meets_wider`), both come to the same, and
    the finding says so: had the clause once ended a status, the person falls again
    under the terms of section A. Elsewhere they part, and the library's reading, that the
    clause never ended the status (:data:`CONTRADICTED_CLAUSE_READING`), decides: it is named,
    for a clause the facts contradict where the person is not shown to meet Art 1A(2), and for
    one they may contradict where the person does not meet it (where that is open, the answer
    that shows the contradiction may well show Art 1A(2) met too, and the reading would then
    decide nothing: the re-assessed result names it where it does)."""
    terms = [*contradicted, *open_]
    if not terms or found.verdict is Verdict.MET:
        return found
    names = ", ".join(c.value for c in terms)
    now = (
        included.verdict is Verdict.MET
        or any(f.verdict is Verdict.MET for f in oau)
        or _meets_wider(events)
    )
    if not contradicted and (now or included.verdict is Verdict.UNKNOWN):
        return found
    if now:
        return finding(
            found.element,
            found.verdict,
            f"{found.reason}; even had Art {names}, whose terms the facts stated contradict, once "
            "ended a status, the person meets "
            + ("Art 1A(2)" if included.verdict is Verdict.MET else "an OAU Convention definition")
            + " on the facts stated, and so falls again under the terms of section A",
            *found.citations,
            children=found.children,
            facts=found.facts,
            missing=found.missing,
            assumptions=found.assumptions,
            role=found.role,
        )
    return finding(
        found.element,
        found.verdict,
        f"{found.reason}; "
        + (
            f"Art {names}, whose terms the facts stated contradict, is read as never having "
            "ended the status"
            if contradicted
            else f"were the facts to contradict its terms, Art {names} would be read as never "
            "having ended the status"
        )
        + ", not as an act whose effect has since been undone",
        *found.citations,
        children=found.children,
        facts=found.facts,
        missing=found.missing,
        assumptions=[*found.assumptions, CONTRADICTED_CLAUSE_READING],
        role=found.role,
    )


def _counterparts(claim: Claim, stateless: bool) -> dict[Cessation, InIssue]:
    """The changed-circumstances clause a clause found or raised for a person it cannot reach puts
    in issue, where not itself found, raised or found not to apply: Art 1C(6) for a ``stateless``
    person given Art 1C(5), Art 1C(5) for one with a nationality given Art 1C(6). The
    decision-maker's finding (or the question raised) that "the circumstances in connexion with
    which he has been recognized as a refugee have ceased to exist" is one of substance, whichever
    paragraph it cites; but 1C(6) asks besides whether the person is "able to return to the
    country of his former habitual residence", and 1C(5) whether he can no longer refuse the
    protection of the country of nationality, so the clause that reaches the person is asked, not
    taken as found."""
    settled = claim.cessation | claim.cessation_pending | claim.cessation_ruled_out
    given = misfits(claim.cessation | claim.cessation_pending, stateless) & _CHANGED_CIRCUMSTANCES
    put: dict[Cessation, InIssue] = {}
    for clause in sorted(given, key=lambda c: c.value):
        other = _COUNTERPART[clause]
        if other in settled:
            continue
        how = "found" if clause in claim.cessation else "raised"
        field = "cessation" if clause in claim.cessation else "cessation_pending"
        whom, reaches = (
            ("a stateless person", "the clause for a refugee who has no nationality")
            if stateless
            else ("a person who has a nationality", "the clause for a refugee with a nationality")
        )
        put[other] = InIssue(
            other,
            f"Art {clause.value} is {how} for {whom}, whom it cannot reach; "
            + (
                "its finding that the circumstances in connexion with which the person was "
                "recognised have ceased"
                if how == "found"
                else "the question it raises, whether the circumstances in connexion with which "
                "the person was recognised have ceased,"
            )
            + f" puts Art {other.value}, {reaches}, in issue",
            (field, "person.nationalities"),
        )
    return put


def _pending(
    found: Finding,
    claim: Claim,
    persists: Verdict,
    doctrine: Doctrine,
    stateless: bool,
    raised: Mapping[Cessation, InIssue],
    nothing_to_keep: bool = False,
    circumstances: Iterable[str] = (),
    unrecognised: bool = False,
    unprotected: Verdict = Verdict.NOT_MET,
    anew: Verdict = Verdict.NOT_MET,
    definition: str = "Art 1A(2)",
) -> Finding:
    """Art 1C where no clause found applies (``found``) and some are raised and not yet decided:
    open where one of them could apply on the facts (``persists``: whether the circumstances in
    connexion with which the person was recognised persist); not where none can reach the person
    (:func:`misfits`: the country of nationality of a ``stateless`` person) or the proviso would
    keep the status were they found (1C(5) and 1C(6) alone, with compelling reasons invoked).
    ``nothing_to_keep``: the person has no status for the proviso to keep (:func:`_no_status`):
    the proviso is not weighed (:data:`NO_STATUS_TO_KEEP`), and the words say so.
    ``circumstances``: the facts that decide whether those circumstances persist, where it is not
    known; where only they leave it open whether a clause raised could apply, the clause's
    finding names them beside the clause, for circumstances found to persist keep 1C(5)-(6) off
    (and a recognised refugee's inclusion, which the determination does not ask about, would not
    name them). ``raised``: the clauses among those pending that no one raised, which the claim
    itself puts in issue (:class:`InIssue`), each said so and asked as if raised.
    ``unrecognised``: the person's status could rest on Art 1A(2) alone
    (:func:`_only_by_inclusion`), so that were the circumstances found to have ceased there would
    be none for the proviso to keep: where they may have, the proviso is not weighed either, as
    where the clause is found (:func:`_either_way_kept`), and where compelling reasons are
    invoked the finding says why they would not keep the clause off.
    ``unprotected``: whether, on the facts stated, the person lacks the protection of every
    country of nationality, which contradicts Art 1C(1) and 1C(3) raised as it would were they
    found (:func:`cessation_found`). ``anew``: whether the person meets ``definition`` (Art
    1A(2), or an OAU Convention definition) on the facts stated, which keeps Art 1C(2) and 1C(4)
    raised from ending the status as it would were they found (:data:`_REGAINED`)."""
    given = [c for c in Cessation if c in claim.cessation_pending]
    wrong = misfits(claim.cessation_pending, stateless)
    reaching = claim.cessation_pending - wrong
    could = cessation_found(reaching, persists, Verdict.NOT_MET, unprotected, anew, definition)
    if could.verdict is Verdict.NOT_MET and not wrong:
        put = [c.value for c in given if c in raised and c in reaching]
        # A clause raised whose terms the facts contradict (the protection 1C(1) and 1C(3) speak
        # of, which the person lacks).
        asked = [c.value for c in given if c not in raised and c in reaching & _OF_PROTECTION]
        if not put and not asked:
            return found
        # A counterpart the claim puts in issue (1C(6) for a stateless person given 1C(5)) that
        # cannot apply on the facts either, or a clause raised that the facts contradict: the
        # finding says so.
        said = [
            *([f"Art {', '.join(put)}, which the claim puts in issue"] if put else []),
            *([f"Art {', '.join(asked)}, raised and not yet decided"] if asked else []),
        ]
        return finding(
            found.element,
            found.verdict,
            f"{found.reason}; nor can {' or '.join(said)}: {could.reason}",
            *found.citations,
            *could.citations,
            facts=dict.fromkeys([*found.facts, *could.facts]),
            assumptions=found.assumptions,
            role=found.role,
        )
    refused = nothing_to_keep or (unrecognised and could.verdict is not Verdict.NOT_MET)
    kept = None if refused else _kept_by_proviso(claim, doctrine, reaching)
    if could.verdict is not Verdict.NOT_MET and kept is None:
        pending = [c for c in given if c in reaching]
        # Compelling reasons invoked that the proviso would weigh for a refugee with a status to
        # keep: why they do not keep the clause off here (NO_STATUS_TO_KEEP).
        unkept = refused and _kept_by_proviso(claim, doctrine, reaching) is not None
        stated = [c for c in pending if c not in raised]
        said = [
            *(
                [f"Art {', '.join(c.value for c in stated)} has been raised and not yet decided"]
                if stated
                else []
            ),
            *(raised[c].why for c in pending if c in raised),
        ]
        until = (
            "until it is"
            if not set(pending) & raised.keys()
            else f"until {'it is' if len(pending) == 1 else 'they are'} decided"
        )
        return finding(
            "Art 1C: cessation",
            Verdict.UNKNOWN,
            f"{'; '.join(said)}: {until}, whether refugee status has ceased is not known"
            + (
                f"; were Art {', '.join(c.value for c in pending)} found, the compelling reasons "
                f"invoked would not keep it off: {NO_STATUS_TO_KEEP}"
                if unkept
                else ""
            ),
            *could.citations,
            facts=dict.fromkeys(
                [
                    "cessation",
                    "cessation_pending",
                    *(f for c in pending if c in raised for f in raised[c].facts),
                    *(["recognised", "compelling_reasons"] if unkept else []),
                ]
            ),
            missing=dict.fromkeys(
                [
                    *[f"cessation_pending[{c.value!r}]" for c in pending],
                    *(m for c in pending if c in raised for m in raised[c].missing),
                    *(circumstances if could.verdict is Verdict.UNKNOWN else ()),
                ]
            ),
            assumptions=dict.fromkeys(
                a for c in pending if c in raised for a in raised[c].assumptions
            ),
            role="exception",
        )
    why = []
    if wrong:
        names = ", ".join(c.value for c in given if c in wrong)
        why.append(
            f"Art {names} cannot reach a stateless person ("
            + "; ".join(f"Art {c.value} speaks of {_SPEAKS_OF[c]}" for c in given if c in wrong)
            + ")"
            if stateless
            else f"Art {names} is for a refugee who has no nationality"
        )
    if reaching and could.verdict is not Verdict.NOT_MET:
        names = ", ".join(c.value for c in given if c in reaching)
        why.append(
            f"were Art {names} found, the person can invoke compelling reasons arising out of "
            f"previous persecution {_refusing(reaching)}, and the proviso keeps the status"
        )
    return finding(
        found.element,
        Verdict.NOT_MET,
        f"{found.reason}; a clause raised and not yet decided "
        + ("decides nothing here: " if nothing_to_keep else "cannot end the status: ")
        + "; ".join(why),
        *found.citations,
        *(c.citation for c in given),
        facts=[
            *found.facts,
            "cessation_pending",
            *(["compelling_reasons"] if kept else []),
        ],
        assumptions=kept.assumptions if kept else (),
        role=found.role,
    )


def _no_status(
    claim: Claim, included: Finding, events: Finding | None, oau: tuple[Finding, ...] = ()
) -> bool:
    """Whether the person has no status for the proviso to Art 1C(5)/(6) to keep, as far as Art 1
    shows it: one only Art 1A(2) could give (:func:`_only_by_inclusion`), not meeting it now
    (``included``), nor, where they are weighed beside it, the OAU Convention's definitions
    (``oau``)."""
    return included.verdict is Verdict.NOT_MET and _only_by_inclusion(claim, events, oau)


def _only_by_inclusion(claim: Claim, events: Finding | None, oau: tuple[Finding, ...] = ()) -> bool:
    """Whether the person's status could rest on Art 1A(2) alone: never recognised (nor a
    statutory refugee), with no status that rests or may rest on art. I(2) of the OAU Convention
    (``events``: ``None``), on the OAU Convention's definitions where they are weighed beside it
    (``oau``: none met or open) or on Art 1D's second paragraph. For such a person the circumstances
    of Art 1C(5)-(6) having ceased is Art 1A(2) not met: the fear, or the want of protection
    against it, is gone (weighed with or without an internal flight alternative, which can only
    take a fear away), so that, were they found to have ceased, the person would have no status
    for the proviso to keep (:func:`_no_status`)."""
    return (
        not claim.recognised
        and not claim.statutory_refugee
        and events is None
        and all(f.verdict is Verdict.NOT_MET for f in oau)
        and not _ipso_facto(claim)
    )


def _limits(included: Finding) -> Finding | None:
    """Art 1A(2)'s dateline and geographic limitation (Art 1B) as inclusion (``included``) found
    them: its own element, or, for a stateless person weighed in relation to several former homes,
    that of the first (the limits read the claim alone, the same for each home)."""
    for found in (included, *included.children):
        limits = next((e for e in found.children if e.element == LIMITS), None)
        if limits is not None:
            return limits
    return None


def _reached(claim: Claim, limits: Finding | None, oau: tuple[Finding, ...] = ()) -> Verdict:
    """Whether the Convention, as the state applies it, reached the person, so that it can
    "cease to apply" to them: not where Art 1A(2)'s dateline or geographic limitation (Art 1B:
    ``limits``, as inclusion found them) is not met and the person's status rests nowhere else (a
    statutory refugee's, Art 1A(1), which Art 1B does not limit; Art 1D's second paragraph; the
    OAU Convention's art. I(1), the 1951 definition with no dateline or geographic limitation,
    or art. I(2), ``oau``, where the state is bound by it), a recognition included, which counts
    for the state only within those limits (the rule
    :func:`~refugeelaw.law.recognition.counts_within`, which the recognition itself reads).
    Where the limits are not known to be met, a recognised refugee's status waits on them (not
    known); for a person never recognised, a clause found is read as ending a status the person
    had (:data:`CEASED_STATUS_READING`), and so as reaching them. Where the status may rest on an
    OAU definition not yet known to be met, that decides whether a person the limits keep out
    was reached (not known)."""
    if (
        limits is None
        or limits.verdict is Verdict.MET
        or claim.statutory_refugee
        or _ipso_facto(claim)
    ):
        return Verdict.MET
    if claim.recognised:
        within = counts_within(limits)
    elif limits.verdict is Verdict.NOT_MET:
        within = Verdict.NOT_MET
    else:
        # The limits not known: a clause found is read as ending a status the person had, and so
        # as reaching them (CEASED_STATUS_READING); but where an OAU definition, not yet known to
        # be met, may be what reaches the person, the limits decide too, and are asked (the
        # reading would otherwise decide what stating them could reopen).
        open_oau = any(f.verdict is Verdict.UNKNOWN for f in oau)
        within = Verdict.UNKNOWN if open_oau else Verdict.MET
    return Verdict.any([within, *(f.verdict for f in oau)])


def _ipso_facto(claim: Claim) -> bool:
    """Whether the person's status may rest on Art 1D's second paragraph (UNRWA's protection or
    assistance ceased: ``Claim.unrwa_assistance_ceased``, or whether it was received and ceased
    is not known), not on Art 1A(2): a status shown otherwise, which the words on a status never
    shown must not describe."""
    return claim.unrwa_assistance_ceased is True or (
        claim.unrwa_assistance is None and claim.unrwa_assistance_ceased is None
    )


def _either_way_kept(
    found: Finding,
    claim: Claim,
    doctrine: Doctrine,
    reaching: frozenset[Cessation],
    events: Finding | None,
    oau: tuple[Finding, ...] = (),
) -> Finding | None:
    """1C(5) or 1C(6) (``found``: not known to apply, for want of knowing whether the
    circumstances persist, with the facts that decide it; ``reaching``: the clauses found that can
    reach the person) where the proviso would keep the status were they found to have ceased: the
    clause does not apply either way, a finding that says so. ``None`` where the proviso would not
    (the circumstances then decide).

    The proviso is weighed here as where the circumstances are found to have ceased
    (:func:`_weighed`): not for a person whose status could rest on Art 1A(2) alone
    (:func:`_only_by_inclusion`: never recognised, and so on), who, were the circumstances to
    have ceased, would not meet Art 1A(2) and would have no status for it to keep
    (:data:`NO_STATUS_TO_KEEP`). For such a person the circumstances decide, and where compelling
    reasons are invoked, the finding says why they do not (:func:`_not_kept`)."""
    kept = _kept_by_proviso(claim, doctrine, reaching)
    if kept is None:
        return None
    if _only_by_inclusion(claim, events, oau):
        return _not_kept(found)
    return finding(
        found.element,
        Verdict.NOT_MET,
        f"{found.reason}; either way the clause does not apply: if the circumstances persist "
        "it cannot, and if they have ceased the person can invoke compelling reasons arising out "
        f"of previous persecution {_refusing(reaching)}, and the proviso to Art 1C(5)/(6) keeps "
        "the status",
        *found.citations,
        facts=[*found.facts, "compelling_reasons"],
        assumptions=kept.assumptions,
        role=found.role,
    )


def _not_kept(found: Finding) -> Finding:
    """1C(5) or 1C(6) (``found``: not known to apply, for want of knowing whether the
    circumstances persist) for a person who invokes compelling reasons but whose status could
    rest on Art 1A(2) alone: the clause is open on the circumstances, and the finding says that,
    were they found to have ceased, the proviso would not be weighed (:data:`NO_STATUS_TO_KEEP`),
    as :func:`_weighed` then says."""
    return finding(
        found.element,
        found.verdict,
        f"{found.reason}; were they found to have ceased, the compelling reasons invoked would "
        f"not keep the clause off: {NO_STATUS_TO_KEEP}",
        *found.citations,
        facts=[*found.facts, "recognised", "compelling_reasons"],
        missing=found.missing,
        role=found.role,
    )


def _kept_by_proviso(
    claim: Claim, doctrine: Doctrine, clauses: frozenset[Cessation]
) -> Finding | None:
    """Whether the proviso would keep the status were ``clauses`` found to apply (1C(5) and
    1C(6) alone, and compelling reasons invoked): :func:`compelling_reasons`' finding that it
    does, ``None`` where it would not."""
    if not clauses or not clauses <= _CHANGED_CIRCUMSTANCES:
        return None
    ceased = cessation_found(clauses, Verdict.NOT_MET)
    kept = compelling_reasons(ceased, claim.compelling_reasons, claim.statutory_refugee, doctrine)
    return kept if kept.verdict is Verdict.NOT_MET else None


@reads("found", "invoked", "statutory", "doctrine.compelling_reasons")
def compelling_reasons(
    found: Finding, invoked: bool | None, statutory: bool, doctrine: Doctrine
) -> Finding:
    """The proviso to Art 1C(5) and 1C(6): the clause "shall not apply to a refugee falling under
    section A (1) of this article who is able to invoke compelling reasons arising out of previous
    persecution for refusing to avail himself of the protection of the country of nationality".

    The text gives it to statutory refugees (Art 1A(1)); UNHCR (Handbook para. 136) and EU law
    extend it to every refugee (``Doctrine.compelling_reasons``).
    """
    assume = (doctrine.position("compelling_reasons"),)
    if not statutory and doctrine.compelling_reasons == "statutory":
        if invoked is False:
            return found  # no compelling reasons: the reading of the proviso does not matter
        # The proviso does not reach this refugee on the doctrine applied: the outcome rests on
        # that reading, so the finding says so and names the position.
        return finding(
            found.element,
            found.verdict,
            f"{found.reason}; the proviso on compelling reasons arising out of previous "
            "persecution is read, as its text gives it, for refugees under Art 1A(1) only, and "
            "this refugee is not one",
            *found.citations,
            facts=[*found.facts, *(["compelling_reasons"] if invoked else [])],
            assumptions=assume,
            role=found.role,
        )
    if invoked is None:
        return finding(
            found.element,
            Verdict.UNKNOWN,
            f"{found.reason}, unless the person can invoke compelling reasons arising out of "
            f"previous persecution {_refusing(_cited(found))}, which is not known",
            *found.citations,
            facts=[*found.facts, "compelling_reasons"],
            missing=["compelling_reasons"],
            assumptions=assume,
            role=found.role,
        )
    if invoked:
        return finding(
            found.element,
            Verdict.NOT_MET,
            "the circumstances have ceased, but the person can invoke compelling reasons arising "
            f"out of previous persecution {_refusing(_cited(found))}: the proviso to Art 1C(5)/(6) "
            "keeps the status",
            *found.citations,
            facts=[*found.facts, "compelling_reasons"],
            assumptions=assume,
            role=found.role,
        )
    return finding(
        found.element,
        found.verdict,
        found.reason,
        *found.citations,
        facts=[*found.facts, "compelling_reasons"],
        assumptions=assume,
        role=found.role,
    )


#: What the proviso to 1C(5) and to 1C(6) lets the refugee refuse, in each clause's words:
#: "for refusing to avail himself of the protection of the country of nationality" (1C(5)), "for
#: refusing to return to the country of his former habitual residence" (1C(6)).
_REFUSING = {
    Cessation.ART_1C_5: "for refusing to avail himself of the protection of the country of "
    "nationality",
    Cessation.ART_1C_6: "for refusing to return to the country of his former habitual residence",
}


def _refusing(clauses: Iterable[Cessation]) -> str:
    """What the proviso lets the refugee refuse, for the changed-circumstances clauses among
    ``clauses`` in their own words (1C(5)'s where none is named: the proviso is stated for it
    first); both, each with its clause, where both are."""
    named = [c for c in Cessation if c in _REFUSING and c in set(clauses)]
    if len(named) > 1:
        return " or ".join(f"{_REFUSING[c]} (Art {c.value})" for c in named)
    return _REFUSING[named[0] if named else Cessation.ART_1C_5]


def _cited(found: Finding) -> list[Cessation]:
    """The clauses of Art 1C that ``found`` cites."""
    return [c for c in Cessation if c.citation in found.citations]


def standing(
    cessation: frozenset[Cessation],
    either: Verdict,
    unprotected: Verdict,
    anew: Verdict = Verdict.NOT_MET,
) -> dict[Cessation, Verdict]:
    """Whether each clause found (``cessation``) can end the status on the facts the claim
    states: met where nothing stated contradicts its terms, not met where the facts do, not known
    where they may. 1C(5) and 1C(6) need the circumstances in connexion with which the person was
    recognised to have ceased (``either``: whether the fear, without protection against it, or a
    threat from the events of OAU art. I(2), persists); 1C(1) and 1C(3) need the person to have
    re-availed himself of, or to enjoy, the protection of a country of his nationality
    (``unprotected``: whether, on the facts stated, he lacks the protection of every country of
    nationality, :func:`lacking_protection`); 1C(2) and 1C(4) record acts no fact the claim
    holds contradicts (where the person now is says nothing of where he is established, and a
    stateless person's case, for 1C(2), is :func:`misfits`'), but they cannot keep outside the
    Convention a person who meets Art 1A(2) (or an OAU Convention definition) on the facts stated
    for the date of the determination (``anew``): whatever status the act once ended, he falls
    again "under the terms of section A", of which Art 1C speaks (:data:`_REGAINED`). (1C(1) and
    1C(3) come to the same through their own terms: a person who meets Art 1A(2) lacks the
    protection they speak of, and :func:`_set_aside` says he falls again under section A.)"""
    return {
        c: ~either
        if c in _CHANGED_CIRCUMSTANCES
        else ~unprotected
        if c in _OF_PROTECTION
        else ~anew
        for c in Cessation
        if c in cessation
    }


#: What 1C(1) and 1C(3) need of the protection they speak of, in words (:func:`cessation_found`).
_NEEDS = {
    Cessation.ART_1C_1: "Art 1C(1) needs the person to have voluntarily re-availed himself of the "
    "protection of the country of his nationality, actually obtaining it",
    Cessation.ART_1C_3: "Art 1C(3) needs the person to enjoy the protection of the country of his "
    "new nationality",
}


@reads("cessation", "persists", "events", "unprotected", "anew", "definition")
def cessation_found(
    cessation: frozenset[Cessation],
    persists: Verdict,
    events: Verdict = Verdict.NOT_MET,
    unprotected: Verdict = Verdict.NOT_MET,
    anew: Verdict = Verdict.NOT_MET,
    definition: str = "Art 1A(2)",
) -> Finding:
    """The clauses found, each weighed against the facts its terms speak of (:func:`standing`):
    1C(5) and 1C(6) against whether the circumstances in connexion with which the person was
    recognised persist (``persists``: a well-founded fear, without protection against it;
    ``events``: for a status that rests or may rest on art. I(2) of the OAU Convention, a serious
    threat from its events, law.oau.events_persist): they persist while either does; 1C(1) and
    1C(3) against whether the person, on the facts stated, lacks the protection of every country
    of nationality (``unprotected``, :func:`lacking_protection`): the protection 1C(1) says was
    re-availed of ("actually obtain such protection", UNHCR Handbook para. 119 as *Nsende v Canada
    (MCI)*, 2008 FC 531, para. 13, reports it) and 1C(3) says is enjoyed ("and enjoys the
    protection of the country of his new nationality": the two conditions are cumulative) cannot
    be one the person lacks; 1C(2) and 1C(4) against whether the person meets Art 1A(2) (or an
    OAU Convention definition, ``definition`` naming the one met) on the facts stated for the date
    of the determination (``anew``), which the act they record cannot undo (:data:`_REGAINED`). A clause the facts contradict does
    not end the status; one they may contradict, on facts not yet known, leaves it open."""
    clauses = [c for c in Cessation if c in cessation]  # (1) to (6) in order
    element = "Art 1C: cessation"
    if not clauses:
        return finding(
            element,
            Verdict.NOT_MET,
            "no cessation clause is found to apply",
            Citation("refugee-convention-1951", "1C"),
            facts=["cessation"],
            role="exception",
        )
    names = ", ".join(c.value for c in clauses)
    cites = (
        *(c.citation for c in clauses),
        *((_REAVAILMENT,) if Cessation.ART_1C_1 in cessation else ()),
        Citation("unhcr-handbook", "111-139"),
    )
    either = persists | events
    stands = standing(cessation, either, unprotected, anew)
    relied = [c for c in clauses if stands[c] is Verdict.MET]
    changed = [c for c in clauses if c in _CHANGED_CIRCUMSTANCES and c not in relied]
    protected = [c for c in clauses if c in _OF_PROTECTION and c not in relied]
    regained = [c for c in clauses if c in _BY_ACT and c not in relied]
    if relied:
        if not changed and not protected and not regained:
            return finding(
                element,
                Verdict.MET,
                f"refugee status has ceased under Art {names}",
                *cites,
                facts=["cessation"],
                role="exception",
            )
        # Other clauses apply; those whose terms the facts contradict, or may, cannot be relied on.
        skipped = []
        if changed:
            skipped.append(
                f"Art {', '.join(c.value for c in changed)} cannot be relied on while the "
                + ("fear" if events is Verdict.NOT_MET else "circumstances of the recognition")
                + " may persist"
            )
        if protected:
            skipped.append(
                f"Art {', '.join(c.value for c in protected)} cannot be relied on while the "
                f"person {'lacks' if unprotected is Verdict.MET else 'may lack'} the protection "
                "of every country of nationality"
            )
        if regained:
            skipped.append(
                f"Art {', '.join(c.value for c in regained)} cannot be relied on while the "
                f"person may meet {definition} again on the facts stated"
            )
        return finding(
            element,
            Verdict.MET,
            f"refugee status has ceased under Art {', '.join(c.value for c in relied)} "
            f"({'; '.join(skipped)})",
            *cites,
            facts=[
                "cessation",
                *(["fears"] if changed else []),
                *(["protection"] if protected else []),
                *(["fears", "person.location"] if regained else []),
            ],
            role="exception",
        )
    verdict = Verdict.any([stands[c] for c in clauses])
    reasons: list[str] = []
    more: list[Citation] = []
    facts = ["cessation"]
    if changed:
        reason, extra, read = _circumstances_persist(changed, persists, events)
        reasons.append(reason)
        more.extend(extra)
        facts.extend(read)
    if protected:
        reasons.append(
            " and ".join(_NEEDS[c] for c in protected)
            + (
                ", but on the facts stated the person lacks the protection of every country of "
                "nationality, unable or, owing to a well-founded fear, unwilling to avail himself "
                "of it"
                if unprotected is Verdict.MET
                else ", but whether, on the facts stated, the person lacks the protection of "
                "every country of nationality is not yet known"
            )
        )
        facts.extend(["fears", "protection"])
    if regained:
        acts = " and ".join(_ACTS[c] for c in regained)
        reasons.append(
            f"Art {', '.join(c.value for c in regained)} ({acts}) "
            + (
                f"is found, but the person meets {definition} on the facts stated: {_REGAINED}"
                if anew is Verdict.MET
                else f"is found, but whether the person meets {definition} on the facts stated, "
                "and so falls again under its terms whatever status the clause once ended, is "
                "not yet known"
            )
        )
        facts.extend(["fears", "protection", "person.location"])
        more.append(Citation("unhcr-handbook", "28"))
    return finding(
        element,
        verdict,
        "; ".join(reasons),
        *cites,
        *more,
        facts=dict.fromkeys(facts),
        role="exception",
    )


#: The acts 1C(2) and 1C(4) record, in words (:func:`cessation_found`).
_ACTS = {
    Cessation.ART_1C_2: "a nationality lost and voluntarily re-acquired",
    Cessation.ART_1C_4: "voluntary re-establishment in the country left owing to fear of "
    "persecution",
}

#: UNHCR Handbook paras 118-125, on re-availment (Art 1C(1)).
_REAVAILMENT = Citation("unhcr-handbook", "118-125")


def _circumstances_persist(
    changed: list[Cessation], persists: Verdict, events: Verdict
) -> tuple[str, tuple[Citation, ...], tuple[str, ...]]:
    """Why 1C(5) or 1C(6) (``changed``, found) cannot be relied on, the circumstances in
    connexion with which the person was recognised persisting, or perhaps persisting
    (:func:`cessation_found`): the reason, the citations it adds and the facts it reads."""
    names = ", ".join(c.value for c in changed)
    if events is Verdict.NOT_MET or persists is Verdict.MET:
        return (
            f"Art {names} needs the circumstances of the fear to have ceased, but "
            + (
                "a well-founded fear of persecution persists on the facts, without protection "
                "against it"
                if persists is Verdict.MET
                else "whether the fear persists, without protection against it, is not yet known"
            ),
            (),
            ("fears",),
        )
    # A status that rests, or may rest, on art. I(2): its circumstances are the events it names
    # (Abdulla; the clauses read as art. I(4)(e), law.oau.CLAUSES_READING).
    if events is Verdict.MET:
        why = (
            "a serious threat from the events of art. I(2) of the OAU Convention, in "
            "connexion with which the status under it was recognised, persists on the facts"
        )
    else:
        open_ = [
            *(
                ["whether the fear persists, without protection against it"]
                if persists is Verdict.UNKNOWN
                else []
            ),
            "whether a serious threat from the events of art. I(2) of the OAU Convention, on "
            "which the status may rest, persists",
        ]
        why = ", or ".join(open_) + ", is not yet known"
    return (
        f"Art {names} (OAU Convention art. I(4)(e)) needs the circumstances in connexion with "
        f"which the person was recognised as a refugee to have ceased, but {why}",
        (Citation("oau-refugee-convention-1969", "I(4)(e)"), ABDULLA),
        ("fears", "flight_causes"),
    )
