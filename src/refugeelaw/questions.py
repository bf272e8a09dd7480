"""What must still be shown: the open facts of an undecided result, as questions a caseworker can
put, each with the outcome every answer leads to.

A result's :meth:`~refugeelaw.results.ExplainedResult.missing_facts` names the unknown facts (and
contested positions) on which the outcome turns. :func:`questions` turns each into a
:class:`~refugeelaw.Question`: a plain-words question, whether it asks for a fact, an assessor's
judgement or a doctrinal choice, the provisions that make it matter (those of the findings that
wait on it), the standards of proof, and, for each possible answer, the outcome the case would then
have with everything else unchanged. Each outcome is computed by assessing the claim again with
that answer, so it is true by construction; nothing here is a second copy of the law.

>>> import refugeelaw as rl
>>> leaver = rl.Claim(rl.Person("Leaver", {"PRK"}, location="CHN"),
...                   fears=[rl.Harm("punishment for leaving without permission", "PRK",
...                                  severity="threat_to_life_or_freedom", likelihood=0.6,
...                                  actor="state", prosecution=True, disproportionate=True)])
>>> first = rl.assess_status(leaver, on="2004-06-30").questions()[0]
>>> first.path, first.kind.name, first.decisive
('fears[0].reasons', 'FACT', True)
>>> print(first.text)
For which reasons would punishment for leaving without permission be inflicted: race, religion, nationality, membership of a particular social group, political opinion, or none of these?
>>> [(a.label, a.outcome.name) for a in first.answers][:2]
[('race', 'REFUGEE'), ('religion', 'REFUGEE')]
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs
from attrs import evolve

from . import _validate as v
from ._arguments import place_of_its_own
from .countries import country_name
from .doctrine import Doctrine, fear_standard
from .errors import InvalidInput, Problem
from .facts import (
    BELOW_TORTURE,
    Actor,
    Cessation,
    Claim,
    FlightCause,
    Ground,
    Motive,
    Severity,
    harms_of,
    records_judgement,
)
from .logic import Finding, Verdict
from .outcomes import ReturnOutcome, Status
from .sources import Citation
from .sources.territories import TAIWAN, in_china, same_state, state_of

__all__ = [
    "MAX_OPEN_FACTS",
    "Answer",
    "Question",
    "QuestionKind",
    "answered",
    "askable",
    "none_asked",
    "question",
    "questions",
    "reassessable",
]


def _json_value(value: Any) -> str | None:
    """An answer's value as the claim's JSON takes it: null, a boolean, a number, a string, or
    strings (a tuple, written in JSON as a list)."""
    if value is None or isinstance(value, (bool, str)):
        return None
    if isinstance(value, int) and -(10**300) <= value <= 10**300:
        return None
    if isinstance(value, float) and value == value and abs(value) < 1e300:
        return None
    if isinstance(value, tuple) and all(isinstance(x, str) for x in value):
        return None
    return f"expected a JSON value of a claim's field, got {v._describe(value)}"


def _to_value(value: Any) -> Any:
    """A list (of reasons, as JSON gives it) kept as a tuple: an answer does not change."""
    return tuple(value) if isinstance(value, list) else value


def _count(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1 << 30:
        return None
    return f"expected a count, got {v._describe(value)}"


class QuestionKind(enum.Enum):
    """What a question asks for: a plain ``FACT``, an assessor's ``JUDGMENT`` (likelihood,
    gravity, proportionality, reasonableness, social perception), or a ``DOCTRINE`` choice (a
    contested position)."""

    FACT = "fact"
    JUDGMENT = "judgment"
    DOCTRINE = "doctrine"


_KIND = v.to_enum(QuestionKind)
_STATUS = v.to_enum(Status)
_RETURN_OUTCOME = v.to_enum(ReturnOutcome)


def _to_kind(value: Any) -> Any:
    return _KIND(value)


def _to_status(value: Any) -> Any:
    return _STATUS(value)


def _to_return_outcome(value: Any) -> Any:
    return _RETURN_OUTCOME(value)


def _status(value: Any) -> str | None:
    return None if value is None or isinstance(value, Status) else "expected a Status or null"


def _return_outcome(value: Any) -> str | None:
    if value is None or isinstance(value, ReturnOutcome):
        return None
    return "expected a ReturnOutcome or null"


def _answers(value: Any) -> Any:
    return v.tuple_of(Answer)(value)


@attrs.frozen
class Answer(v.Checked):
    """One possible answer to a :class:`Question` and where it leads.

    Args:
        value: the answer as the claim's JSON takes it (an enum by its value, a likelihood, a
            boolean, reasons as a tuple, written in JSON as a list) or, for a doctrinal question,
            the position's value.
        label: the answer in words.
        status: for a question about refugee status, the outcome the case would have with this
            answer and everything else unchanged; ``None`` for a question about return, which
            does not say that the status stays as it was.
        return_outcome: the same, for a question about return: the return assessed again,
            its status determination with it.
        open: how many facts would then still be open (``missing_facts()``).
    """

    value: Any = attrs.field(converter=_to_value, metadata={"check": _json_value})
    label: str = attrs.field(metadata={"check": v.non_empty_str})
    status: Status | None = attrs.field(
        default=None, converter=_to_status, metadata={"check": _status}
    )
    return_outcome: ReturnOutcome | None = attrs.field(
        default=None, converter=_to_return_outcome, metadata={"check": _return_outcome}
    )
    open: int = attrs.field(default=0, metadata={"check": _count})

    def _cross_check(self) -> Any:
        if (self.status is None) == (self.return_outcome is None):
            yield Problem("status", "give the outcome of a status or of a return question")

    @property
    def outcome(self) -> Status | ReturnOutcome:
        """The outcome this answer leads to (a :class:`~refugeelaw.Status` or a
        :class:`~refugeelaw.ReturnOutcome`)."""
        found = self.status if self.status is not None else self.return_outcome
        assert found is not None, "an Answer names the outcome it leads to"
        return found


@attrs.frozen
class Question(v.Checked):
    """A fact (or judgement, or doctrinal choice) an undecided result waits on, as a caseworker
    would ask it.

    Args:
        path: the fact's field path (``"fears[0].reasons"``) or ``"doctrine.<field>"``.
        text: the question in plain words.
        kind: :class:`QuestionKind`.
        citations: the provisions and authorities of the findings that wait on the answer
            (each rule the fact matters to: a likelihood a return waits on, say, under Art 1A(2)
            and CAT art. 3(1) alike).
        standard: the standards of proof that apply to it, where any does, joined by "; " where
            the findings that wait on it apply different ones (a well-founded fear's and CAT
            art. 3's "substantial grounds for believing").
        answers: each possible answer with the outcome it leads to (for a likelihood, one answer
            per band the doctrine's thresholds make).
        decisive: some answer settles the outcome on its own.
        narrows: no answer settles it, but some leaves fewer facts open.
    """

    path: str = attrs.field(metadata={"check": v.non_empty_str})
    text: str = attrs.field(metadata={"check": v.non_empty_str})
    kind: QuestionKind = attrs.field(
        converter=_to_kind, metadata={"check": v.is_enum(QuestionKind)}
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=v.to_tuple, metadata={"check": v.tuple_of(Citation)}
    )
    standard: str | None = attrs.field(metadata={"check": v.opt_str})
    answers: tuple[Answer, ...] = attrs.field(converter=v.to_tuple, metadata={"check": _answers})
    decisive: bool = attrs.field(metadata={"check": v.is_bool})
    narrows: bool = attrs.field(default=False, metadata={"check": v.is_bool})


#: How each kind of result is assessed again with one fact (or one position) changed: filled by
#: the rules that make the result (:func:`reassessable`), so that this module reads no rule itself.
_AGAIN: dict[type, Callable[[Any, Claim, Doctrine], Any]] = {}


def reassessable(kind: type, again: Callable[[Any, Claim, Doctrine], Any]) -> None:
    """Declare how a result of ``kind`` is assessed again: ``again(result, claim, doctrine)``
    returns the result the same question gives for another claim or doctrine."""
    _AGAIN[kind] = again


Result = Any  # a StatusDetermination or ReturnAssessment (any result declared reassessable)

_STEP = re.compile(r"\.?(?:(?P<attr>[a-z_0-9]+)|\[(?P<index>\d+)\]|\['(?P<key>[^']+)'\])")

# Questions in plain words, by the field asked about: ``{harm}`` is the feared harm's description,
# ``{country}`` the country it names or the key of a mapping (``protection['PRK']``).
_TEXTS: dict[str, str] = {
    "likelihood": (
        "How likely is {harm} in {country}, on the evidence, with the person living there as "
        "they would if free to (no one need hide a belief, opinion or identity to be safe)?"
    ),
    "severity": (
        "How grave would {harm} be: a threat to life or freedom, another serious violation of "
        "human rights, discrimination, or minor?"
    ),
    "reasons": (
        "For which reasons would {harm} be inflicted: race, religion, nationality, membership of "
        "a particular social group, political opinion, or none of these?"
    ),
    "actor": "Who would inflict {harm}: the state, or someone else?",
    "protection_withheld_for": (
        "Does the state withhold its protection from {harm} for reasons of race, religion, "
        "nationality, membership of a particular social group or political opinion, and if so, "
        "which?"
    ),
    "exit_offence": (
        "Is the prosecution feared ({harm}) for leaving the country without permission, or for "
        "staying abroad without authorisation?"
    ),
    "reasons_for_leaving": (
        "Why did the person leave their country, or stay outside it: did their motives relate to "
        "race, religion, nationality, membership of a particular social group or political "
        "opinion, and if so, which, or to none of these (hunger or work alone, say)?"
    ),
    "disproportionate": (
        "Would the punishment feared ({harm}) be excessive: out of proportion to the offence, or "
        "of a kind no offence justifies (torture, or cruel, inhuman or degrading punishment such "
        "as flogging)?"
    ),
    "discriminatory": (
        "Would the prosecution or punishment ({harm}) be applied discriminatorily: brought, or "
        "made heavier, selectively or as a pretext because of the person's race, religion, "
        "nationality, social group or political opinion, rather than as the law is enforced "
        "against everyone?"
    ),
    "law_contrary_to_human_rights": (
        "Is the law behind the prosecution feared ({harm}) itself contrary to human-rights "
        "standards?"
    ),
    "condemned_military_action": (
        "Would the person, if they had not deserted or evaded the draft, have had to take part in "
        "military action the international community condemns as contrary to basic rules of "
        "human conduct, such as war crimes, with refusal the only way to avoid it?"
    ),
    "differential_risk": (
        "Is the person's risk of {harm} over and above that of others caught in the same fighting?"
    ),
    "torture": (
        "Would {harm} be torture: severe pain or suffering intentionally inflicted for a purpose "
        "such as punishment or intimidation?"
    ),
    "official_involvement": (
        "Would {harm} be inflicted by, at the instigation of, or with the consent or "
        "acquiescence of a public official or other person acting in an official capacity (where "
        "there is no government, a faction exercising its authority)?"
    ),
    "irreparable": "Would {harm} be torture or cruel, inhuman or degrading treatment?",
    "risk_to_life": "Would {harm} arbitrarily deprive the person of life?",
    "flagrant_denial_of_justice": (
        "Would {harm} be a flagrant denial of justice: a trial or detention so unfair that it "
        "destroys the very essence of the right to a fair trial?"
    ),
    "death_penalty": (
        "Would {harm} be the death penalty, imposed or carried out (reliable assurances that it "
        "will not be imposed or carried out count as no)?"
    ),
    "ground_central": "Is the Convention ground at least one central reason for {harm}?",
    "social_group": "Which particular social group is the person persecuted as a member of?",
    "protected_characteristic": (
        "Do the group's members share an innate or unchangeable characteristic, or one so "
        "fundamental to identity or conscience that they should not be made to renounce it?"
    ),
    "socially_perceived": "Does the society in question perceive the group as a distinct group?",
    "exists_independently": "Does the group exist independently of the persecution feared?",
    "distinguished_from_society": (
        "Does a characteristic the members share, other than their fear of persecution, "
        "distinguish the group from society at large?"
    ),
    "protection": (
        "Would {country} protect this person if asked: does it have laws that punish the harm "
        "feared and a reasonable willingness to enforce them (no guarantee is needed)?"
    ),
    "internal_relocation": (
        "Could the person reasonably be expected to relocate within the country they fear?"
    ),
    "cumulative_persecution": (
        "Taken together, do the discriminatory measures feared amount to persecution?"
    ),
    # Several harms taken together (law.together): ``{harm}`` is the list of them, ``{country}``
    # where they are feared.
    "likelihood_of_any": (
        "How likely is it, on the evidence, that at least one of these would befall the person "
        "in {country}, with the person living there as they would if free to: {harm}?"
    ),
    "relocation_from_all": (
        "Is there one area of {country} to which the person could reasonably be expected to "
        "relocate and where they would have no well-founded fear (nor, for a bar on return, "
        "real risk) of any of these, taken together: {harm}?"
    ),
    "suffered_before": (
        "Has the person already suffered {harm} in {country}, or a direct threat of it?"
    ),
    "good_reasons_not_repeated": (
        "Are there good reasons to consider that {harm}, which the person has already suffered, "
        "will not be repeated?"
    ),
    "fears": (
        "What harm, if any, does the person risk in the country they fear or could be sent to, "
        "and at whose hands, whether or not they have raised it?"
    ),
    "location": "Where is the person now?",
    "habitual_residence": "Which was the stateless person's country of former habitual residence?",
    "events_before_1951": "Does the fear result from events that occurred before 1 January 1951?",
    "flight_causes": (
        "Was the person compelled to leave their country by external aggression, occupation, "
        "foreign domination or events seriously disturbing public order in part or all of it, "
        "or by none of these?"
    ),
    "flight_events_in": (
        "In which country or countries did the events that compelled the person to leave "
        "(external aggression, occupation, foreign domination or events seriously disturbing "
        "public order) take place?"
    ),
    # Art 1B(1)(a): "events occurring in Europe before 1 January 1951"; a Protocol party that
    # keeps the geographic limitation (Protocol art. I(3)) keeps this half alone, so the question
    # stands on its own, whether or not the dateline's is asked.
    "events_in_europe": (
        "Does the person's fear result from events that occurred in Europe (the geographic "
        "limitation of Art 1B(1)(a), which the State applying the Convention keeps)?"
    ),
    "danger_to_security": (
        "Are there reasonable grounds for regarding the person as a danger to the security of the "
        "country of refuge?"
    ),
    "convicted_particularly_serious_crime": (
        "Has the person been convicted by a final judgement of a particularly serious crime?"
    ),
    # Art 33(2)'s "that country" is the one "in which he is": the country of refuge.
    "danger_to_community": (
        "Does the person constitute a danger to the community of the country of refuge?"
    ),
    "serious_crime_danger": (
        "Has the person been convicted by a final judgement of a particularly serious crime, and "
        "do they constitute a danger to the community?"
    ),
    "onward_removal": "Would {country} send the person on to a country where they fear harm?",
    "unrwa_assistance": (
        "Does the person at present receive protection or assistance from UNRWA (or another UN "
        "agency other than UNHCR), having actually had recourse to it, not merely being eligible "
        "for it (answer no only if they never received it; if they received it and no longer "
        "do, answer instead whether it ceased for a reason beyond their control)?"
    ),
    "unrwa_assistance_ceased": (
        "Did the person's UNRWA protection or assistance cease for a reason beyond their control?"
    ),
    "crime_after_admission": (
        "Was the crime committed in the country of refuge, or after the person was admitted there "
        "as a refugee?"
    ),
    "exclusion_pending": (
        "Are there serious reasons for considering that Art {country} applies to the person?"
    ),
    "cessation_pending": "Has the person's status ceased under Art {country}?",
}


# Contested positions, as questions (each is a Doctrine field), naming the authorities on each
# side as the field's documentation gives them (:class:`~refugeelaw.Doctrine`).
_DOCTRINE_TEXTS: dict[str, str] = {
    "fear_threshold": (
        "How likely must the harm feared be for the fear to be well-founded: a reasonable "
        "possibility, where even a 10% chance may suffice (INS v Cardoza-Fonseca, 480 US 421 "
        "(1987)), or more likely than not (the test that case rejected for asylum)?"
    ),
    "nexus": (
        "Is it enough that a Convention ground contributes to the persecution, or must it be at "
        "least one central reason for it (US law: Immigration and Nationality Act s. 208(b)(1)(B)"
        "(i), as the REAL ID Act 2005 amended it)?"
    ),
    "social_group": (
        "Which test makes a group a particular social group: a protected characteristic, innate "
        "or fundamental to identity (Canada (AG) v Ward [1993] 2 SCR 689), the society's "
        "perception of the group, either of these, both together (EU Qualification Directive "
        "art. 10(1)(d) read literally; read as alternatives in DH (Particular Social Group: Mental "
        "Health) Afghanistan [2020] UKUT 223 (IAC)), or a characteristic other than the fear that "
        "distinguishes the members "
        "from society at large (Applicant S v MIMA [2004] HCA 25)?"
    ),
    "torture_threshold": (
        "How likely must torture, or irreparable harm under ICCPR arts 6-7, be for there to be "
        "substantial grounds for believing that the person would be in danger of it (CAT art. "
        "3): a reasonable possibility, or more likely than not (the United States' understanding "
        "of CAT art. 3)?"
    ),
    "cat_threshold": (
        "How likely must torture be for there to be substantial grounds for believing that the "
        "person would be in danger of it under CAT art. 3 itself: as likely as the other bars on "
        "a real risk of torture need, or more likely than not (the United States' understanding "
        "of CAT art. 3, which qualifies no other obligation)?"
    ),
    "later_treaty_by": (
        "Which of two treaties on the same subject is the later one for VCLT art. 30(3): the one "
        "adopted later, or the one that entered into force later?"
    ),
    "return_threshold": (
        "How likely must the threat be for the person's life or freedom to be threatened within "
        "art. 33(1): as likely as a well-founded fear needs, or a clear probability, more likely "
        "than not (INS v Stevic, 467 US 407 (1984), for US withholding of removal)?"
    ),
    "custom_follows_return_threshold": (
        "Does customary non-refoulement take art. 33(1)'s standard of likelihood, its content "
        "read as the article's, or keep the well-founded fear's (no authority settles the "
        "customary rule's standard of proof)?"
    ),
    "compelling_reasons": (
        "Who may invoke the proviso to Art 1C(5) and 1C(6), compelling reasons arising out of "
        "previous persecution: only a refugee under Art 1A(1), as its text says, or every "
        "refugee (UNHCR Handbook para. 136; EU law)?"
    ),
    "non_refoulement_customary": (
        "Does non-refoulement bind every state as customary international law, whatever it has "
        "ratified?"
    ),
    "non_refoulement_peremptory": (
        "Is refugee non-refoulement (the duty not to return a refugee to persecution) a "
        "peremptory norm (jus cogens)?"
    ),
    "article_33_extraterritorial": (
        "Does art. 33(1) bind a state beyond its territory, wherever it has effective control "
        "over the person?"
    ),
    "article_103_reaches_custom": (
        "Does UN Charter Art. 103 give Charter obligations priority over customary law?"
    ),
    "torture_non_refoulement_peremptory": (
        "Is the duty not to return a person to torture a peremptory norm?"
    ),
    "differential_impact": (
        "In civil war or generalised violence, must the person show a risk over and above that of "
        "others caught in the fighting (Adan v SSHD), or does a Convention ground suffice?"
    ),
    "return_to_other_residences": (
        "Must a stateless person with more than one country of former habitual residence also be "
        "unable to return to every other (Thabet v Canada), or is one of them enough (UNHCR "
        "Handbook para. 104)?"
    ),
    "relocation_in_cessation": (
        "Can an internal flight alternative found after recognition end refugee status under Art "
        "1C(5)-(6) (SSHD v MS (Somalia)), or is it no change in the circumstances of the "
        "recognition?"
    ),
    "relocation_presumption": (
        "Where the state is the persecutor, is an internal flight alternative presumed "
        "unavailable until a finding rebuts it, or left for the decision-maker to find?"
    ),
    "inter_se_modification": (
        "Can a later agreement between some parties of a multilateral treaty set aside, between "
        "them, an obligation owed to every party (VCLT art. 30(4)(a)), or does art. 41(1)(b) "
        "keep the earlier obligation in force between them too?"
    ),
    "past_persecution_presumption": (
        "Does the person's having already suffered the harm raise a presumption that the fear is "
        "well founded, unless there are good reasons to consider that it will not be repeated "
        "(UNHCR Handbook para. 45; EU Qualification Directive art. 4(4)), or is it only evidence "
        "to weigh in the likelihood?"
    ),
    "exit_motive_nexus": (
        "Is a severe penalty for leaving the country without permission, or staying abroad, for a "
        "Convention reason where the person's motives for leaving relate to one, whatever the "
        "punisher's reasons (UNHCR Handbook para. 61), or do only the persecutor's reasons supply "
        "the nexus (as INS v Elias-Zacarias read the United States statute)?"
    ),
    "custom_covers_ill_treatment": (
        "Does customary non-refoulement bar return to a real risk of cruel, inhuman or degrading "
        "treatment or punishment as well as of torture (Lauterpacht and Bethlehem, Opinion for "
        "UNHCR, 2001), or of torture only, as CAT art. 3 states the duty?"
    ),
    "cat_non_state_actors": (
        "Does CAT art. 3 bar return to torture by non-State actors against whom the State of "
        "destination does not protect, though no public official is involved (the Committee "
        "against Torture's General Comment No. 4, 2017), or only to torture as art. 1 defines it, "
        "by or with the acquiescence of a public official (customary non-refoulement's torture "
        "limb following the answer on every date)?"
    ),
    "taiwan_outside_china": (
        "Is Taiwan a country other than China, so that a national of China in Taiwan is outside the "
        "country of nationality (Art 1A(2)), a person in Taiwan is outside China's territory, and a "
        "removal between Taiwan and China is a return to another State, or is it part of China, as the People's Republic of China holds (GA res. "
        "2758 (XXVI), 1971, seated its representatives as the only lawful representatives of "
        "China; ISO 3166 lists 'Taiwan, Province of China'), so that a removal between them is no "
        "return and is not assessed as one?"
    ),
    "judge_v_canada_retrospective": (
        "Does ICCPR art. 6 as read in Judge v Canada (2003) govern a removal made between Cox v "
        "Canada (October 1994) and Judge's own removal (7 August 1998)?"
    ),
    "al_saadoon_retrospective": (
        "Does ECHR art. 3, as read in Al-Saadoon and Mufdhi v United Kingdom (2010) to include the "
        "death penalty, govern a removal made between Soering v United Kingdom (7 July 1989) and "
        "31 December 2008, the transfer that judgment held contrary to art. 3?"
    ),
    "bader_retrospective": (
        "Does ECHR art. 2 bar a removal to a real risk to life made before Bader and Kanbor v "
        "Sweden (8 November 2005), the first judgment in which the European Court of Human Rights "
        "held a removal contrary to art. 2?"
    ),
    "removal_readings_retrospective": (
        "Does a reading of a bar on return first stated after the bar bound the State govern a "
        "return made before it was stated: art. 33(1) reaching rejection at the frontier before "
        "ExCom Conclusion No. 6 (12 October 1977), ICCPR arts 6(1) and 7 before the removals the "
        "Human Rights Committee weighed in Kindler v Canada and Ng v Canada (26 September 1991), "
        "ECHR art. 6 before Othman (Abu Qatada) v United Kingdom (17 January 2012), ECHR art. 3 "
        "and Protocol No. 6 before Soering v United Kingdom (7 July 1989), art. 3's reach to "
        "ill-treatment by private persons before Ahmed v Austria (17 December 1996)?"
    ),
}


#: The most open facts the command line and the assistant server ask about for one claim. Each
#: costs about a re-assessment, and each re-assessment costs more the more harms the claim holds,
#: so a claim with a thousand harms would keep them busy for hours: they refuse it instead, as
#: they refuse a record over the size limit.
MAX_OPEN_FACTS = 100


def askable(result: Result, limit: int = MAX_OPEN_FACTS) -> None:
    """Refuse (:class:`~refugeelaw.InvalidInput`) to ask about a result with more than ``limit``
    open facts: state some of them first."""
    count = len(result.missing_facts())
    if count > limit:
        raise InvalidInput(
            f"{count:,} facts are still open, more than the {limit:,} that are asked about at "
            "once: state some of them first (or assess the claim, which names them all)"
        )


def none_asked(result: Result) -> str:
    """What to say of a result with no question to ask (``questions(result)`` empty), as the
    command line and the assistant server say it: a decided result has nothing left to ask; an
    undetermined one has nothing the claim can answer left (what would decide it is data the
    library lacks, or a fact no question asks), and the open facts are named.

    >>> import refugeelaw as rl
    >>> from refugeelaw import testing
    >>> none_asked(rl.assess_status(testing.north_korean_escapee(), on="2004-06-30"))
    'decided: nothing left to ask'
    """
    if result.outcome.name != "UNDETERMINED":
        return "decided: nothing left to ask"
    open_facts = ", ".join(result.missing_facts()) or "none named"
    return f"undetermined: nothing the claim can answer is left to ask; open: {open_facts}"


def questions(result: Result) -> tuple[Question, ...]:
    """The questions whose answers would decide an undecided result, ranked: those some answer
    settles first, then those that narrow the case (fewer open facts), then in legal order (the
    order of the explanation). A decided result has none, but for a return prohibited only while
    the person's refugee status is pending determination (or while a clause, or a ground of Art
    33(2), raised against the person is undecided): that protection is provisional, so the
    facts the determination waits on are asked
    (:meth:`~refugeelaw.ReturnAssessment.pending_status_facts`), each answer with the outcome it
    leads to (an answer that ends the protection may permit the return). Where another bar
    prohibits the return whatever they are, they are not asked: no answer changes the outcome.
    An open return's facts include what a pending status waits on where an open bar rests on it
    (:meth:`~refugeelaw.ReturnAssessment.missing_facts`), and are asked like any other."""
    if result.outcome.name != "UNDETERMINED":
        # (A decided return may still name the facts its other bars wait on, or, where a bar
        # holds whatever the status, those of a bar that holds only while it is pending: not
        # asked, since no answer changes the outcome.)
        pending = getattr(result, "pending_status_facts", None)
        alone = getattr(result, "prohibited_only_provisionally", False)
        facts = pending() if pending is not None and alone else ()
        still_open = len(result.missing_facts())
        return tuple(
            q
            for _, q in sorted(
                ((float(i), question(result, path, still_open)) for i, path in enumerate(facts)),
                key=lambda i: (_rank(i[1]), i[0]),
            )
        )
    missing = result.missing_facts()
    if not missing:
        return ()
    # A gap in the participation data ("states['ITA'].echr-1950") is not a fact of the claim: no
    # answer the user gives fills it, so it is not asked (the explanation names it).
    paths = [p for p in missing if not p.startswith("states[")]
    relied = set(result.assumptions())
    for f in attrs.fields(Doctrine):
        path = f"doctrine.{f.name}"
        if path not in paths and result.doctrine.position(f.name) in relied:
            paths.append(path)  # a position relied on: asked only if another view changes things
    asked = []
    for order, path in enumerate(paths):
        q = question(result, path, len(missing))
        if q.kind is QuestionKind.DOCTRINE and path not in missing:
            current = getattr(result.doctrine, path.removeprefix("doctrine."))
            if all(
                a.outcome is result.outcome and a.open == len(missing)
                for a in q.answers
                if a.value != current
            ):
                continue
        asked.append((float(order), q))
    return tuple(
        q for _, q in sorted(_after_their_premises(asked), key=lambda i: (_rank(i[1]), i[0]))
    )


#: Facts asked only after another fact of the same harm: why the state withholds its protection
#: is a question once it is known who would inflict the harm (the state, acting for its own
#: reasons, has no protection of its own to withhold: ``law.protection.withheld_for``).
_PREMISES = {"protection_withheld_for": "actor"}


def _after_their_premises(asked: list[tuple[float, Question]]) -> list[tuple[float, Question]]:
    """``asked`` (each with its place) with a question whose premise is also asked placed just
    after it."""
    place = {q.path: order for order, q in asked}
    moved = []
    for order, q in asked:
        harm, _, field = q.path.rpartition(".")
        premise = f"{harm}.{_PREMISES[field]}" if field in _PREMISES else None
        if premise is not None and place.get(premise, order) > order:
            order = place[premise] + 0.5
        moved.append((order, q))
    return moved


#: What builds a question here, from values this module made (the speed room puts in a builder
#: that skips the checks those values cannot fail).
_new_question: Callable[..., Question] = Question


def _rank(q: Question) -> int:
    if q.decisive:
        return 0
    return 1 if q.narrows else 2


def question(result: Result, path: str, still_open: int | None = None) -> Question:
    """The question for one open fact (or contested position) of ``result`` (``still_open``: how
    many facts it leaves open, if already counted)."""
    if still_open is None:
        still_open = len(result.missing_facts())
    waiting = _needing(result.finding, path)
    needs = tuple(n for n in waiting if n.role != "note")
    status = getattr(result, "status", None)  # a return's status determination
    if status is not None and (len(needs) < len(waiting) or not needs):
        # A fact a pending status waits on (a note says so): the provisions of the status
        # elements that need it, then those of the result's own that do.
        needs = tuple(n for n in _needing(status.finding, path) if n.role != "note") + needs
    needs = needs or waiting
    # Every element that waits on the fact makes it matter, each under its own provision and
    # standard: a likelihood a return waits on is weighed as a well-founded fear under art. 33(1)
    # and as "substantial grounds for believing" under CAT art. 3(1), and an answer may decide
    # the outcome under one standard alone.
    citations = tuple(dict.fromkeys(c for n in needs for c in n.citations))
    standards = tuple(dict.fromkeys(n.standard for n in needs if n.standard))
    standard = "; ".join(standards) if standards else None
    if path.startswith("doctrine."):
        name = path.removeprefix("doctrine.")
        # A position waits on no fact: the provisions that make it matter are those of the first
        # finding that relied on it.
        relying = _relying(result.finding, name)
        citations = relying.citations if relying is not None else ()
        answers = tuple(
            found
            for value in _doctrine_values(name)
            if (found := _position_answer(result, name, value)) is not None
        )
        text = _DOCTRINE_TEXTS.get(name, f"Which position does the decision-maker take on {name}?")
        kind = QuestionKind.DOCTRINE
    else:
        try:
            field, harm, key = _parts(result.claim, path)
        except (AttributeError, IndexError, KeyError, TypeError):
            # Only a result read from JSON can wait on a fact its claim does not have. The path
            # alone is checked here: an error in working out the answers is not a bad path.
            raise InvalidInput(
                [
                    Problem(
                        "finding",
                        f"the result waits on {path!r}, which is not a fact of its claim: it is "
                        "not the result the rules give for that claim",
                    )
                ]
            ) from None
        answers = tuple(
            found
            for value, label, claim in _candidates(result, path, field, key)
            if (found := _fact_answer(result, value, label, claim)) is not None
        )
        place = _place(key, harm, result.claim, path, _date(result))
        if field in _TOGETHER and key is not None:
            harm, place = _taken_together(result.claim, key, _date(result))
        text = _text(field, key, result, path).format(
            harm=harm or "the harm feared",
            country=place,
            path=path,
        )
        kind = QuestionKind.JUDGMENT if records_judgement(path) else QuestionKind.FACT
    undecided = result.outcome
    decisive = any(a.outcome is not undecided for a in answers)
    narrows = not decisive and any(a.open < still_open for a in answers)
    return _new_question(
        path=path,
        text=text,
        kind=kind,
        citations=citations,
        standard=standard,
        answers=answers,
        decisive=decisive,
        narrows=narrows,
    )


# ---------------------------------------------------------------------------------------------
# Where a question comes from, and what it is about
# ---------------------------------------------------------------------------------------------


def _needing(root: Finding, path: str) -> tuple[Finding, ...]:
    """The findings, in explanation order, whose verdict waits on ``path``."""
    return tuple(
        node for _, node in root.walk() if path in node.missing and node.verdict is Verdict.UNKNOWN
    )


def _relying(root: Finding, name: str) -> Finding | None:
    """The first finding, in explanation order, that relied on a position on the doctrine field
    ``name`` (its assumptions name it, as :meth:`~refugeelaw.Doctrine.position` words it)."""
    key = f"{name}="
    for _, node in root.walk():
        if any(a.startswith(key) for a in node.assumptions):
            return node
    return None


#: The facts that speak of several feared harms taken together, keyed by their places in
#: ``fears`` (``Claim.likelihood_of_any``, ``Claim.relocation_from_all``).
_TOGETHER = frozenset({"likelihood_of_any", "relocation_from_all"})


def _taken_together(claim: Claim, key: str, on: dt.date | None) -> tuple[str, str]:
    """The harms a key of :data:`_TOGETHER` names, in words ("arbitrary detention (fears[0]) and
    torture (fears[1])"), and the country they are feared in (its State on ``on``)."""
    fears = claim.fears or ()
    places = [i for i in harms_of(key) if i < len(fears)]
    named = [f"{fears[i].description} (fears[{i}])" for i in places]
    words = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    country = fears[places[0]].country if places else None
    if country is None:
        return words, "the country feared"
    return words, country_name(state_of(country, on) if on is not None else country, on)


def _parts(claim: Claim, path: str) -> tuple[str, str | None, str | None]:
    """The field a path asks about, the feared harm it belongs to (if any), and a mapping key."""
    field, harm, key = "", None, None
    value: Any = claim
    for step in _STEP.finditer(path):
        if step["attr"]:
            field = step["attr"]
            # A field the claim does not have is no fact of it (AttributeError); one within a
            # fact not given (a social group's, where none is) is asked as it is named.
            value = None if value is None else getattr(value, field)
        elif step["index"]:
            value = value[int(step["index"])]
            harm = getattr(value, "description", None)
        else:
            key = step["key"]
    return field, harm, key


#: Art 1A(2)'s protection question for a country the person fears nothing in: a second
#: nationality (second paragraph; Handbook 106-107), or a stateless person's country of former
#: habitual residence ("unable or, owing to such fear, unwilling to return to it"; Handbook 101).
#: The second nationality's question is whether that state's protection is available to the
#: person, not whether the nationality is "effective", a concept *KK (Nationality: North Korea)*
#: [2011] UKUT 92 rejects (the Handbook's para. 107 speaks of effectiveness; the test is the same).
_SECOND_NATIONALITY = (
    "Is {country}'s protection available to the person as one of its nationals: would "
    "{country} admit them and protect them (Art 1A(2), second paragraph)?"
)
#: The protection question for a place that names no State on the date, a territory of its own
#: (Palestine before 29 November 2012, Western Sahara): the protection there is that of the
#: authorities in control of it, not of a State the place is not read as
#: (``law.terms.CONTROLLING_STATE_READING``).
_CONTROLLED_PROTECTION = (
    "Would the authorities in control of {country} protect this person if asked: do they have "
    "laws that punish the harm feared and a reasonable willingness to enforce them (no guarantee "
    "is needed)?"
)
_FORMER_RESIDENCE = (
    "Could the person return to {country}, their country of former habitual residence, and "
    "live there in safety, or are they unable, or owing to their fear unwilling, to return?"
)


#: The proviso to Art 1C(5) and 1C(6), in each clause's words: for a refugee with a nationality,
#: "compelling reasons arising out of previous persecution for refusing to avail himself of the
#: protection of the country of nationality" (1C(5)); for one without, "for refusing to return to
#: the country of his former habitual residence" (1C(6)).
_COMPELLING = "Can the person invoke compelling reasons, arising out of previous persecution, for "
_FOR_NATIONAL = "refusing to avail themselves of the protection of {where}"
_FOR_STATELESS = "refusing to return to {where}"


def _compelling(claim: Claim, on: dt.date | None) -> str:
    """The proviso's question, worded by the person's situation: a national, a stateless person,
    or (nationality not known) either (the countries named as on ``on``)."""
    person = claim.person
    if not person.nationality_known:
        return (
            _COMPELLING
            + _FOR_NATIONAL.format(where="the country of their nationality")
            + " (Art 1C(5)) or, if they are stateless, for "
            + _FOR_STATELESS.format(where="the country of their former habitual residence")
            + " (Art 1C(6))?"
        )
    names = " or ".join(country_name(c, on) for c in person.countries_of_reference())
    if person.stateless:
        where = "the country of their former habitual residence"
        return (
            _COMPELLING + _FOR_STATELESS.format(where=f"{names}, {where}" if names else where) + "?"
        )
    where = "the country of their nationality"
    return _COMPELLING + _FOR_NATIONAL.format(where=f"{names}, {where}" if names else where) + "?"


_NATIONALITIES = (
    "Of which countries is the person a national under each country's own law{korea}, or are "
    "they stateless?"
)
#: The Republic of Korea's constitution counts a North Korean as one of its nationals: said where
#: North Korea is in issue, not of every claim.
_KOREA = " (a North Korean may also be a national of the Republic of Korea)"


def _korea_in_issue(result: Result) -> bool:
    """Whether North Korea is in issue for the nationality question: a country the person fears
    harm in, is in or is returned to, or one of their nationalities (:data:`_KOREA`)."""
    return "PRK" in {*_places(result), *(result.claim.person.nationalities or ())}


#: The question for ``under_control_of`` (``{state}``: the returning state), asked where the
#: person is outside its territory and frontier (``law.removal.unheld``).
_UNDER_CONTROL = (
    "Is the person in the power or effective control of {state}'s officials (held by them, "
    "intercepted by them, on its ship or aircraft), as they would be if {state} returned them?"
)


def _text(field: str, key: str | None, result: Result, path: str = "") -> str:
    """The question for ``field`` (for protection, by what the country is to the person; for the
    proviso on compelling reasons and for nationality, by the person's situation; for torture,
    by whether the harm is a prosecution)."""
    claim: Claim = result.claim
    if field == "torture" and _prosecution(claim, path):
        return _TORTURE_IN_PUNISHMENT
    if field == "compelling_reasons":
        return _compelling(claim, _date(result))
    if field == "under_control_of" and (here := _asked_state(result)) is not None:
        # The returning state's reach beyond its territory and frontier (law.removal.unheld).
        return _UNDER_CONTROL.format(state=country_name(here, _date(result)))
    if field == "nationalities":
        return _NATIONALITIES.format(korea=_KOREA if _korea_in_issue(result) else "")
    if (
        field == "protection"
        and key is not None
        and key not in {h.country for h in claim.fears or ()}
    ):
        person = claim.person
        # Art 1A(2)'s second paragraph speaks to a person of more than one nationality; the
        # question for an only nationality (its fears not yet stated) is the first paragraph's.
        if key in (person.nationalities or ()) and len(person.nationalities or ()) > 1:
            return _SECOND_NATIONALITY
        if person.stateless and key in person.countries_of_reference():
            return _FORMER_RESIDENCE
    on = _date(result)
    if field == "protection" and key is not None and on is not None and place_of_its_own(key, on):
        return _CONTROLLED_PROTECTION
    if field == "internal_relocation" and path != field:
        return _OWN_RELOCATION
    if field == "onward_removal" and key is not None:
        if claim.onward_removal.get(key) is True:
            return _ONWARD_WHERE
        if len(_onward_places(result, key)) > 1:
            return _TEXTS[field].removesuffix("?") + ", and if so to which?"
    return _TEXTS.get(field, "What is {path}?")


#: The relocation question for one harm (``fears[i].internal_relocation``): asked, rather than
#: the claim's (``internal_relocation``), where the claim's would also answer harms feared in
#: another country or the State's own (``law.terms.claim_relocation``), so it names the country
#: and the harm: an alternative is "a specific area of the country", found against the persecutor
#: in issue (UNHCR Guidelines on International Protection No. 4, paras 6-7; Handbook para. 91).
_OWN_RELOCATION = (
    "Could the person reasonably be expected to relocate within {country}, to a part of it where "
    "they would be safe from {harm}?"
)


#: The torture question for a punishment (``Harm.is_prosecution``): every punishment is pain or
#: suffering intentionally inflicted to punish, so what decides is CAT art. 1(1)'s last sentence,
#: which leaves out "pain or suffering arising only from, inherent in or incidental to lawful
#: sanctions"; "lawful" is put as the library reads it, under international law as well as
#: national law (``law.persecution.LAWFUL_SANCTIONS_READING``, named where the answer decides).
_TORTURE_IN_PUNISHMENT = (
    "Would {harm} be torture: severe pain or suffering intentionally inflicted for a purpose "
    "such as punishment or intimidation, beyond pain or suffering arising only from, inherent in "
    "or incidental to lawful sanctions (CAT art. 1(1)), a sanction being lawful only if it is "
    "lawful under international law as well as national law?"
)


def _prosecution(claim: Claim, path: str) -> bool:
    """Whether ``path`` is a fact of a feared harm that is a prosecution."""
    match = _HARM_FACT.fullmatch(path)
    fears = claim.fears or ()
    return match is not None and int(match[1]) < len(fears) and fears[int(match[1])].is_prosecution


def _prosecution_by_reason(result: Result, path: str) -> bool:
    """Whether the harm whose reasons ``path`` names is a prosecution by its reasons alone:
    ``criminal_prosecution`` among them, the ``prosecution`` flag not set."""
    match = re.fullmatch(r"fears\[(\d+)\]\.reasons", path)
    fears = result.claim.fears or ()
    if match is None or int(match[1]) >= len(fears):
        return False
    harm = fears[int(match[1])]
    return not harm.prosecution and Motive.CRIMINAL_PROSECUTION in harm.reasons


#: Asked where a country is said to send the person on to a country where they fear harm, not
#: which, and the risk is not the same in each (CAT General Comment No. 4, para. 12: the risk is
#: the one in the "third State" the person would be sent on to).
_ONWARD_WHERE = "To which country would {country} send the person on?"


def _date(result: Result) -> dt.date | None:
    """The date of the assessment, by which the questions name countries (the Federal Republic of
    Yugoslavia in 1999, not Serbia: ``countries.country_name``)."""
    on: dt.date | None = getattr(result, "on", None)
    return on


def _onward_places(result: Result, key: str) -> list[str]:
    """The countries, other than ``key`` (and a territory of the same state on the result's date),
    where the person fears harm: where ``key`` might send them on to that matters. Places are
    compared as the bars on return compare them (``sources.territories.same_state``): Taiwan and
    China as one State where the doctrine reads Taiwan as part of China, as two otherwise (so that
    where it takes no position, the answers on which Taiwan is apart are offered too)."""
    on = getattr(result, "on", None)
    doctrine = getattr(result, "doctrine", None)
    apart = doctrine is None or doctrine.taiwan_outside_china is not False
    places: list[str] = []
    for harm in result.claim.fears or ():
        if not any(same_state(harm.country, p, on, apart) for p in (key, *places)):
            places.append(harm.country)
    return places


def _place(key: str | None, harm: str | None, claim: Claim, path: str, on: dt.date | None) -> str:
    if key is not None:
        try:
            return country_name(key, on)
        except InvalidInput:  # a clause key (exclusion_pending['1F(a)']), not a country
            return key
    match = re.match(r"fears\[(\d+)\]", path)
    if match and claim.fears:
        place = claim.fears[int(match[1])].country
        if path.endswith(".internal_relocation") and on is not None:
            # An alternative is a part of the country (Guidelines No. 4 para. 6): the State the
            # place is part of on the date (China, for a harm feared in Hong Kong in 2010).
            place = state_of(place, on)
        return country_name(place, on)
    return "the country feared"


# ---------------------------------------------------------------------------------------------
# The possible answers, and the claim each makes
# ---------------------------------------------------------------------------------------------


def _candidates(
    result: Result, path: str, field: str, key: str | None
) -> Iterator[tuple[Any, str, Claim]]:
    if field in ("exclusion_pending", "cessation_pending"):
        yield True, "yes", answered(result.claim, path, True)
        yield False, "no", answered(result.claim, path, False)
        return
    if field == "onward_removal" and key is not None:
        # Yes or no, and, where the person fears harm in more than one other country (or it is
        # said only that they would be sent on to one of them), to which.
        places = _onward_places(result, key)
        if result.claim.onward_removal.get(key) is not True:
            yield True, "yes", answered(result.claim, path, True)
            yield False, "no", answered(result.claim, path, False)
            if len(places) < 2:
                return
        for code in places:
            yield (
                (code,),
                f"yes, to {country_name(code, _date(result))}",
                answered(result.claim, path, (code,)),
            )
        return
    for value, label in _values(result, field, path):
        if _ruled_out(result.claim, path, field, value):
            continue
        yield value, label, answered(result.claim, path, value)


_HARM_FACT = re.compile(r"fears\[(\d+)\]\.(severity|torture|disproportionate|actor|reasons)")


def _ruled_out(claim: Claim, path: str, field: str, value: Any) -> bool:
    """Whether the harm's other facts rule the answer out, so that it is not offered: torture is
    severe pain or suffering (CAT art. 1(1)), so a harm that is torture is not minor, nor
    discrimination only, and one judged so is not torture; and a punishment that would be
    torture is excessive whatever the offence, so one judged not excessive is not torture
    (``Harm`` refuses both pairs); and the state is not the actor of a harm from which it is found
    to withhold protection for a ground that its own reasons for inflicting it would not give
    (*Islam; Shah*: ``Harm.state_acts_for_itself``); nor are reasons that the harm's other facts
    refuse with them (``criminal_prosecution`` makes a harm a prosecution, ``Harm.is_prosecution``,
    which a punishment judged not excessive cannot be if it is torture); nor is the claim's own
    finding of an internal flight alternative, which names one area for every harm it answers, where
    no one area is found free of some of those harms taken together (``Claim.relocation_from_all``:
    the claim refuses the pair)."""
    if path == "internal_relocation":
        return value is True and any(
            not found
            and all((claim.fears or ())[i].internal_relocation is None for i in harms_of(key))
            for key, found in claim.relocation_from_all.items()
        )
    if field not in ("severity", "torture", "disproportionate", "actor", "reasons"):
        return False
    match = _HARM_FACT.fullmatch(path)
    if match is None or not claim.fears:
        return False
    harm = claim.fears[int(match[1])]
    if field == "severity":
        return harm.torture is True and Severity(value) in BELOW_TORTURE
    if field == "reasons":
        try:
            evolve(harm, reasons=value)
        except InvalidInput:
            return True
        return False
    if field == "disproportionate":
        return value is False and harm.is_prosecution and harm.torture is True
    if field == "actor":
        withheld = harm.protection_withheld_for
        return (
            value == Actor.STATE.value
            and bool(withheld)
            and harm.for_the_states_own_reasons
            and not (withheld or frozenset()) <= harm.grounds
        )
    return value is True and (harm.severity in BELOW_TORTURE or harm.punishment_not_excessive)


def _as_states(code: str, apart: bool | None) -> tuple[str, ...]:
    """The State a nationality of ``code`` is, as the nationality question offers it: Taiwan as
    ``Doctrine.taiwan_outside_china`` (``apart``) reads it, China on ``False`` (the claim refuses
    'TWN' as a nationality then), both where no position is taken."""
    if code != TAIWAN or apart is True:
        return (code,)
    return (in_china(code),) if apart is False else (code, in_china(code))


def _values(result: Result, field: str, path: str) -> Iterator[tuple[Any, str]]:
    """The answers that matter for a field, JSON-native (an enum by its value)."""
    if field == "reasons":
        # A harm that is a prosecution by its reason alone (``criminal_prosecution`` given, the
        # flag not set: ``Harm.is_prosecution``) stays one whatever the answer: asked again, the
        # reasons say which ground the prosecution targets (Handbook 57-59), not whether it is one.
        kept = (Motive.CRIMINAL_PROSECUTION.value,) if _prosecution_by_reason(result, path) else ()
        for member in (*Ground, *Motive):
            also = () if member is Motive.CRIMINAL_PROSECUTION else kept
            yield (member.value, *also), member.value.replace("_", " ")
        return
    if field == "likelihood":
        yield from _bands(result, *_capped(result.claim, path))
        return
    if field == "likelihood_of_any":
        yield from _together_bands(result, path)
        return
    if field in ("protection_withheld_for", "reasons_for_leaving"):  # a Convention ground, or none
        for ground in Ground:
            yield (ground.value,), ground.value.replace("_", " ")
        yield (), "none of these"
        return
    if field == "fears":  # the harms themselves are described freely; "none" decides
        yield (), "none"
        return
    if field == "flight_causes":  # the events of the OAU Convention's art. I(2), or none
        for cause in FlightCause:
            yield (cause.value,), cause.value.replace("_", " ")
        yield (), "none of these"
        return
    if field == "flight_events_in":
        # Where the events of the OAU Convention's art. I(2) took place: the answers that matter
        # are a country of the person's own (nationality, or a stateless person's former
        # habitual residence) and the other places the claim names, each State once as on the
        # date (Hong Kong after 1 July 1997 as China).
        places = [*result.claim.person.countries_of_reference(), *_places(result)]
        for code in dict.fromkeys(state_of(c, result.on) for c in places):
            yield (code,), f"in {country_name(code, _date(result))}"
        return
    if field == "nationalities":
        # The answers that matter: a national of a country the person fears harm in, or of the
        # one they are in (a border crosser may be either), or stateless.
        # A place is offered as the State it is in on the date (Hong Kong after 1 July 1997 as
        # China, Puerto Rico as the United States: ``state_of``), each State once; Taiwan as
        # the doctrine reads it (China where it is read as part of China, as Hong Kong is; both
        # where no position is taken, each answer's outcome on the reading it needs).
        doctrine = getattr(result, "doctrine", None)
        apart = None if doctrine is None else doctrine.taiwan_outside_china
        places = list(
            dict.fromkeys(
                state
                for code in _places(result)
                for state in _as_states(state_of(code, result.on), apart)
            )
        )
        for code in places:
            yield (code,), f"a national of {country_name(code, _date(result))}"
        if _korea_in_issue(result):
            # The answer the question's own words raise (_KOREA): a North Korean who is also a
            # national of the Republic of Korea, whose protection Art 1A(2)'s second paragraph
            # then asks about (GP (South Korean citizenship) North Korea CG [2014] UKUT 391).
            yield ("KOR", "PRK"), "a national of North Korea and of South Korea"
        yield (), "stateless"
        return
    if field == "habitual_residence":
        # A stateless person's former home: the same countries (outside it, Art 1A(2)'s second
        # limb may be met; the destination of a return may be it, or not).
        for code in _places(result):
            yield code, country_name(code, _date(result))
        return
    if field == "under_control_of":
        # The answer that matters (review s39 rt39 F1): the returning state holds the person. Its
        # silence cannot say that no state does, so "no" is not an answer the claim can record.
        here = _asked_state(result)
        if here is not None:
            held = sorted(result.claim.under_control_of | {here})
            yield (
                tuple(held),
                f"yes, under the effective control of {country_name(here, _date(result))}",
            )
        return
    if field == "location":
        # Countries cannot all be listed (and no value stands for "somewhere else"): the answers
        # that matter are the state asked to protect or returning the person (in its territory:
        # art. 33(1) reaches them), the destination of a return and the countries the person
        # belongs to or fears (there already: not "returned" there, nor outside their country for
        # Art 1A(2); elsewhere: outside the returning state's reach, art. 33(1)), and the country
        # that grants them a national's rights (Art 1E).
        person = result.claim.person
        here = _asked_state(result)
        to: str | None = getattr(result, "to", None)
        first = [c for c in (here, to) if c is not None]
        places = [*first, *person.countries_of_reference(), *_places(result)]
        for code in dict.fromkeys(places):
            yield code, f"in {country_name(code, _date(result))}"
        return
    kind = _field_type(result.claim, path)
    members = [a for a in typing.get_args(kind) if isinstance(a, type) and issubclass(a, enum.Enum)]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        members = [kind]
    if members:
        for member in members[0]:
            yield member.value, member.value.replace("_", " ")
        return
    if bool in typing.get_args(kind) or kind is bool:
        yield True, "yes"
        yield False, "no"


def _asked_state(result: Result) -> str | None:
    """The state the result is about: the one returning the person, or the one whose regime a
    status determination applies (``None``: the Convention's own)."""
    here: str | None = getattr(result, "by", None) or getattr(result, "state", None)
    return here


def _places(result: Result) -> list[str]:
    """The countries the person fears harm in, the one that grants them a national's rights
    (Art 1E: their own, or one they have taken residence in), the one they are in, then, for a
    return, its destination and the returning state, each once."""
    claim = result.claim
    places = [h.country for h in claim.fears or ()]
    if claim.rights_of_national_in is not None:
        places.append(claim.rights_of_national_in)
    if claim.person.location is not None:
        places.append(claim.person.location)
    to: str | None = getattr(result, "to", None)
    if to is not None:
        places.append(to)
    here = _asked_state(result)
    if here is not None and to is not None:
        places.append(here)
    return list(dict.fromkeys(places))


def _cuts(result: Result) -> list[float]:
    """The thresholds the doctrine sets, lowest first."""
    d = result.doctrine
    return sorted(
        {
            t
            for t in (d.fear_threshold, d.torture_threshold, d.return_threshold, d.cat_threshold)
            if t is not None
        }
    )


def _bands(
    result: Result,
    lo: float = 0.0,
    hi: float = 1.0,
    said: str = "",
    floor_below: bool = False,
) -> Iterator[tuple[float, str]]:
    """A likelihood matters only against the thresholds the doctrine sets: one answer below the
    lowest, unless it is 0 (no likelihood is below it: ``fear_standard(0)``, "any likelihood at
    all"), and one at each, 1 included (certainty); only answers from ``lo`` to ``hi`` (the
    bounds the claim's other facts set, ``said`` saying what ``lo`` is), an answer at a threshold
    below ``lo`` given as ``lo``. ``floor_below``: the answer below the lowest is ``lo`` itself."""
    cuts = _cuts(result)
    lowest = cuts[0]
    if lowest > 0 and lo < lowest:
        below = round(lowest / 2, 6)
        if not 0 <= below < lowest:  # a threshold so small that rounding would reach it
            below = lowest / 2
        value = min(lo if floor_below else max(below, lo), hi)
        if value < lowest:
            yield (
                value,
                f"below {lowest:g}" + (f" ({value:g}, {said})" if said and value == lo else ""),
            )
    for n, t in enumerate(cuts):
        words = "at least 0 (any likelihood at all)" if t == 0 else f"at least {t:g}"
        if lo <= t <= hi:
            yield t, words
        elif t < lo <= hi and (n + 1 == len(cuts) or lo < cuts[n + 1]):
            yield lo, f"{words} ({lo:g}" + (f", {said})" if said else ")")


def _capped(claim: Claim, path: str) -> tuple[float, float, str]:
    """The likelihoods a harm's own (``fears[i].likelihood``) may take beside the assessments
    that at least one of several harms, it among them, befalls the person
    (``Claim.likelihood_of_any``, as the claim checks them): no more than any such assessment,
    nor so little that the others' likelihoods added to it stay below one. The least, the most,
    and what sets the least."""
    found = _STEP.match(path)
    fears = claim.fears or ()
    if not claim.likelihood_of_any or found is None or found["attr"] != "fears":
        return 0.0, 1.0, ""
    index = int(path[len("fears[") : path.index("]")])
    lo, hi, said = 0.0, 1.0, ""
    for key, likelihood in claim.likelihood_of_any.items():
        places = harms_of(key)
        if index not in places:
            continue
        hi = min(hi, likelihood)
        others = [fears[i].likelihood for i in places if i != index and i < len(fears)]
        if None not in others:
            least = likelihood - sum(p for p in others if p is not None)
            if least > lo:
                lo, said = (
                    least,
                    f"with the others, {_fears_words(places)}, assessed at {likelihood:g}",
                )
    return lo, max(lo, hi), said


def _fears_words(places: typing.Iterable[int]) -> str:
    """Harms named by their places, in words ("fears[0] and fears[1]")."""
    named = [f"fears[{i}]" for i in places]
    return ", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1 else "".join(named)


def _together_bands(result: Result, path: str) -> Iterator[tuple[float, str]]:
    """The answers that matter for the likelihood that at least one of several harms befalls the
    person (``likelihood_of_any[...]``): it lies between the likeliest of them alone, or any
    assessment given for fewer of them, and their likelihoods added (at most 1), or any
    assessment given for more of them (the bounds the claim checks), so one answer below the
    lowest threshold that lies between them (the least it can be, said what it is), and one at
    each threshold between them."""
    key = path[path.index("[") + 2 : -2]
    claim = result.claim
    fears = claim.fears or ()
    places = set(harms_of(key))
    given = [fears[i].likelihood for i in sorted(places) if i < len(fears)]
    known = [p for p in given if p is not None]
    lo = max(known, default=0.0)
    said = "the likeliest alone" if known else ""
    hi = min(1.0, sum(known)) if known and None not in given else 1.0
    for other, likelihood in claim.likelihood_of_any.items():
        named = set(harms_of(other))
        if named < places and likelihood > lo:
            lo, said = likelihood, f"assessed for {_fears_words(sorted(named))}"
        if places < named:
            hi = min(hi, likelihood)
    yield from _bands(result, lo, max(lo, hi), said, floor_below=bool(known))


@functools.cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _field_type(claim: Claim, path: str) -> Any:
    """The declared type of the field a path ends in (a mapping's value type for a key)."""
    owner: Any = claim
    kind: Any = None
    for step in _STEP.finditer(path):
        if step["attr"]:
            hints = _hints(owner.__class__)
            kind = hints[step["attr"]]
            owner = getattr(owner, step["attr"])
        elif step["index"]:
            owner = owner[int(step["index"])]
        else:
            args = typing.get_args(kind)
            kind = args[1] if len(args) == 2 else kind
    return kind


def answered(claim: Claim, path: str, value: Any) -> Claim:
    """``claim`` with the fact at ``path`` (as a :class:`~refugeelaw.Question` names it) set to
    ``value`` (as an :class:`~refugeelaw.Answer` gives it), validated as on construction.

    A clause raised but undecided (``"exclusion_pending['1F(a)']"``) is decided: ``True`` moves
    it to the clauses found to apply, ``False`` drops it (an Art 1C clause, to those found not to
    apply, ``cessation_ruled_out``), ``None`` (not known) leaves it undecided; any other value is
    refused. An Art 1C clause no one raised is decided the same way: the
    claim's own facts may put it in issue (``Claim.cessation_pending``). A clause that is not
    pending in the claim (mistyped, of the other kind, an Art 1F clause not raised, or an Art 1C
    clause already decided) is refused, naming those that are.

    >>> import refugeelaw as rl
    >>> claim = rl.Claim(rl.Person("A", {"PRK"}, location="CHN"),
    ...                  fears=[rl.Harm("detention", "PRK")])
    >>> answered(claim, "fears[0].likelihood", 0.8).fears[0].likelihood
    0.8
    >>> answered(claim, "protection['PRK']", "unavailable").protection["PRK"]
    <Protection.UNAVAILABLE: 'unavailable'>
    """
    if not isinstance(claim, Claim):
        raise InvalidInput([Problem("claim", f"expected a Claim, got {v._describe(claim)}")])
    if not isinstance(path, str):
        raise InvalidInput([Problem("path", f"expected a fact path, got {v._describe(path)}")])
    steps = list(_STEP.finditer(path))
    if not steps or "".join(m[0] for m in steps) != path:
        raise InvalidInput([Problem("path", f"not a fact path: {path!r}")])
    first = steps[0]["attr"]
    if first in ("exclusion_pending", "cessation_pending") and len(steps) == 2:
        key = steps[1]["key"]
        decided = "exclusion" if first == "exclusion_pending" else "cessation"
        pending = {c for c in getattr(claim, first) if c.value == key}
        if not pending and decided == "cessation":
            # An Art 1C clause the claim's facts may put in issue though no one raised it.
            pending = {
                c
                for c in Cessation
                if c.value == key and c not in claim.cessation | claim.cessation_ruled_out
            }
        if not pending:  # a clause mistyped, of the other kind, or not raised: nothing to decide
            raised = ", ".join(sorted(c.value for c in getattr(claim, first))) or "none"
            raise InvalidInput(
                [Problem("path", f"{path}: not a clause pending in this claim (pending: {raised})")]
            )
        if value is None:  # not known: the clause stays as it was, undecided
            return claim
        if not isinstance(value, bool):  # a clause is found to apply, or not: never a word
            raise InvalidInput(
                [Problem(path, f"expected true, false or null (unknown), got {v._describe(value)}")]
            )
        changes: dict[str, Any] = {first: frozenset(getattr(claim, first) - pending)}
        if value:
            changes[decided] = getattr(claim, decided) | pending
        elif decided == "cessation":  # found not to apply: not put in issue again by the facts
            changes["cessation_ruled_out"] = claim.cessation_ruled_out | pending
        return evolve(claim, **changes)

    def put(owner: Any, i: int) -> Any:
        step = steps[i]
        last = i == len(steps) - 1
        if step["attr"]:
            name = step["attr"]
            inner = None if last else getattr(owner, name)
            if not last and inner is None:  # a fact within one not given (a social group's)
                where = "".join(m[0] for m in steps[: i + 1]).lstrip(".")
                raise InvalidInput([Problem(where, "not given: give it before a fact within it")])
            new = value if last else put(inner, i + 1)
            try:
                return evolve(owner, **{name: new})
            except InvalidInput as exc:  # named from the claim, as construction names it
                raise exc.under("".join(m[0] for m in steps[:i]).lstrip(".")) from None
        if step["index"]:
            items = list(owner)
            items[int(step["index"])] = put(items[int(step["index"])], i + 1)
            return tuple(items)
        entries = dict(owner)
        entries[step["key"]] = value if last else put(entries[step["key"]], i + 1)
        return entries

    try:
        result: Claim = put(claim, 0)
    except (AttributeError, IndexError, KeyError, TypeError) as exc:
        raise InvalidInput([Problem("path", f"{path!r} is not a fact of this claim")]) from exc
    return result


#: The views compared for a numeric position: the usual reading and the stricter one each
#: authority gives (a reasonable possibility, INS v Cardoza-Fonseca; more likely than not).
_NUMERIC_VIEWS: dict[str, tuple[Any, ...]] = {
    "fear_threshold": (0.1, 0.5),
    "torture_threshold": (0.1, 0.5),
    "return_threshold": (None, 0.5),
    "cat_threshold": (None, 0.5),
}


def _doctrine_values(name: str) -> tuple[Any, ...]:
    if name in _NUMERIC_VIEWS:
        return _NUMERIC_VIEWS[name]
    kind = _hints(Doctrine)[name]
    literal = [a for a in typing.get_args(kind) if isinstance(a, str)]
    if literal:
        return tuple(literal)
    return (True, False)


#: A contested position's answers in words (the values stay the Doctrine's own, as JSON gives
#: them); a yes-or-no position is answered yes or no.
_POSITION_LABELS: dict[str, dict[Any, str]] = {
    "nexus": {
        "contributing": "a contributing reason suffices",
        "one_central_reason": "at least one central reason (US law)",
    },
    "social_group": {
        "protected_characteristics": "a protected characteristic (Ward)",
        "social_perception": "social perception",
        "either": "either a protected characteristic or social perception",
        "both": "both a protected characteristic and social perception (EU Qualification "
        "Directive art. 10(1)(d) read literally)",
        "distinguished_from_society": "a characteristic distinguishing the group from society "
        "at large (Applicant S v MIMA)",
    },
    "later_treaty_by": {
        "adoption": "the one adopted later",
        "entry_into_force": "the one that entered into force later",
    },
    "custom_follows_return_threshold": {
        True: "art. 33(1)'s standard",
        False: "the well-founded fear's standard",
    },
    "custom_covers_ill_treatment": {
        True: "torture and other ill-treatment (Lauterpacht and Bethlehem)",
        False: "torture only (as CAT art. 3 states the duty)",
    },
    "taiwan_outside_china": {
        True: "a country other than China",
        False: "part of China, as Hong Kong and Macao are",
    },
    "exit_motive_nexus": {
        True: "the motives for leaving count (UNHCR Handbook para. 61)",
        False: "only the persecutor's reasons (INS v Elias-Zacarias)",
    },
    "removal_readings_retrospective": {
        True: "yes: the later statement states what the bar already required",
        False: "no: only returns made from the day it was stated",
    },
    "compelling_reasons": {
        "statutory": "only a refugee under Art 1A(1) (the text)",
        "all": "every refugee (UNHCR Handbook para. 136)",
    },
}


def _label(name: str, value: Any, doctrine: Doctrine) -> str:
    """The position ``value`` on the Doctrine field ``name`` in words (``doctrine``: the one
    applied, whose fear threshold a return threshold of ``None`` follows)."""
    if name in ("fear_threshold", "torture_threshold"):
        words = fear_standard(value)
        if name == "torture_threshold" and 0.5 <= value <= 0.51:
            words += ", as the United States understands CAT art. 3"
        return words
    if name == "cat_threshold":
        if value is None:
            return f"as for the other bars: {fear_standard(doctrine.torture_threshold)}"
        words = fear_standard(value)
        if 0.5 <= value <= 0.51:
            words += ", as the United States understands CAT art. 3"
        return words
    if name == "return_threshold":
        if value is None:
            return f"as for a well-founded fear: {fear_standard(doctrine.fear_threshold)}"
        words = fear_standard(value)
        return words + ", a clear probability (INS v Stevic)" if 0.5 <= value <= 0.51 else words
    if name in _POSITION_LABELS and value in _POSITION_LABELS[name]:
        return _POSITION_LABELS[name][value]
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return "contested" if value is None else str(value)


def _position_answer(result: Result, name: str, value: Any) -> Answer | None:
    """The answer that takes ``value`` for the position ``name``; ``None`` where on that position
    the question is not one the rules answer, the case being refused as input (on the reading
    that Taiwan is part of China, a removal between Taiwan and China is a move within a state, not
    a return, as one from China to Hong Kong is): the question's text says so."""
    try:
        return _answer(
            result,
            value,
            _label(name, value, result.doctrine),
            doctrine=evolve(result.doctrine, **{name: value}),
        )
    except InvalidInput:
        return None


def _fact_answer(result: Result, value: Any, label: str, claim: Claim) -> Answer | None:
    """The answer that gives the fact ``value`` (the claim ``claim``); ``None`` where the rules
    refuse the claim so answered (a place offered as a nationality that names no State on the
    date, Palestine before 29 November 2012): not an answer the question can offer."""
    try:
        return _answer(result, value, label, claim=claim)
    except InvalidInput:
        return None


def _answer(
    result: Result,
    value: Any,
    label: str,
    *,
    claim: Claim | None = None,
    doctrine: Doctrine | None = None,
) -> Answer:
    """The outcome of the case with one answer given and everything else unchanged."""
    again = _again(result)
    outcome, still_open = again(claim or result.claim, doctrine or result.doctrine)
    if isinstance(outcome, Status):
        return Answer(value, label, status=outcome, open=still_open)
    return Answer(value, label, return_outcome=ReturnOutcome(outcome.value), open=still_open)


def _again(result: Result) -> Callable[[Claim, Doctrine], tuple[enum.Enum, int]]:
    again = _AGAIN[type(result)]

    def redo(claim: Claim, doctrine: Doctrine) -> tuple[enum.Enum, int]:
        r = again(result, claim, doctrine)
        return r.outcome, len(r.missing_facts())

    return redo
