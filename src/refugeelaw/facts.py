"""The facts of a claim: who the person is, what they fear, and what protection they have.

A fact that is ``None`` is **unknown**, not false. The law is applied to these facts by
:func:`refugeelaw.assess_status` and :func:`refugeelaw.assess_return`; nothing here decides anything.

>>> from refugeelaw import Person, Harm, Claim, Ground, Severity, Actor
>>> person = Person(name="A", nationalities={"PRK"}, location="CHN")
>>> fear = Harm("imprisonment for leaving without permission", "PRK",
...             severity=Severity.THREAT_TO_LIFE_OR_FREEDOM, likelihood=0.8, actor=Actor.STATE,
...             reasons={Ground.POLITICAL_OPINION}, sur_place=True)
>>> claim = Claim(person, fears=[fear])
>>> claim.fears[0].reasons
frozenset({<Ground.POLITICAL_OPINION: 'political_opinion'>})
>>> Harm("beating", "PRK", likelihood=1.7)
Traceback (most recent call last):
...
refugeelaw.errors.InvalidInput: likelihood: expected a number from 0 to 1, got 1.7
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

import attrs

from . import _validate as v
from ._frozenmap import FrozenMap
from .countries import _all as _codes  # every code accepted, as check_country reads them
from .errors import Problem
from .sources import Citation

__all__ = [
    "BELOW_TORTURE",
    "JUDGEMENTS",
    "Actor",
    "Cessation",
    "Claim",
    "Exclusion",
    "FlightCause",
    "Ground",
    "Harm",
    "Motive",
    "Person",
    "Protection",
    "Severity",
    "SocialGroup",
    "fact_field",
    "harms_key",
    "harms_of",
    "records_judgement",
]

_CONVENTION = "refugee-convention-1951"
_HANDBOOK = "unhcr-handbook"

#: The facts that record an assessor's evaluation rather than a plain fact: likelihood, gravity,
#: proportionality, reasonableness, social perception, and the other findings the law leaves to
#: the decision-maker's judgement. A finding that rests on one of them says so.
JUDGEMENTS = frozenset(
    {
        "likelihood",
        "severity",
        "disproportionate",
        "discriminatory",
        "law_contrary_to_human_rights",
        "condemned_military_action",
        "differential_risk",
        "internal_relocation",
        "cumulative_persecution",
        "compelling_reasons",
        "torture",
        "irreparable",
        "risk_to_life",
        "flagrant_denial_of_justice",
        "death_penalty",
        "official_involvement",
        "ground_central",
        "danger_to_security",
        "danger_to_community",
        "serious_crime_danger",
        "convicted_particularly_serious_crime",
        "protected_characteristic",
        "socially_perceived",
        "exists_independently",
        "distinguished_from_society",
        "protection",
        "good_reasons_not_repeated",
        "likelihood_of_any",
        "relocation_from_all",
    }
)

_FIELD = re.compile(r"(?:^|\.)([a-z_]+)")


def fact_field(path: str) -> str:
    """The field a fact path names: ``"likelihood"`` for ``"fears[0].likelihood"``,
    ``"protection"`` for ``"protection['PRK']"``."""
    found = _FIELD.findall(path)
    return found[-1] if found else path


class Ground(enum.Enum):
    """The five Convention grounds of Art 1A(2): the reasons for persecution that make a refugee."""

    __hash__ = object.__hash__  # members are singletons; see logic.Verdict

    RACE = "race"
    RELIGION = "religion"
    NATIONALITY = "nationality"
    PARTICULAR_SOCIAL_GROUP = "particular_social_group"
    POLITICAL_OPINION = "political_opinion"

    @property
    def citation(self) -> Citation:
        """The provision the ground comes from (Art 1A(2); Art 33(1) names the same five)."""
        return Citation(_CONVENTION, "1A(2)")

    @property
    def handbook(self) -> Citation:
        """The UNHCR Handbook paragraphs on this ground.

        >>> Ground.POLITICAL_OPINION.handbook
        Citation(instrument='unhcr-handbook', provision='80-86')
        """
        return Citation(_HANDBOOK, _GROUND_PARAS[self])

    @property
    def label(self) -> str:
        """The ground as the Convention words it ("membership of a particular social group")."""
        return _GROUND_LABELS[self]


# The Handbook's subdivision of its paras 66-86 on the grounds (LAW.md §3.1; the numbers follow
# the standard numbering and are unverified, as the records in data/instruments say).
_GROUND_PARAS = {
    Ground.RACE: "68-70",
    Ground.RELIGION: "71-73",
    Ground.NATIONALITY: "74-76",
    Ground.PARTICULAR_SOCIAL_GROUP: "77-79",
    Ground.POLITICAL_OPINION: "80-86",
}
_GROUND_LABELS = {
    Ground.RACE: "race",
    Ground.RELIGION: "religion",
    Ground.NATIONALITY: "nationality",
    Ground.PARTICULAR_SOCIAL_GROUP: "membership of a particular social group",
    Ground.POLITICAL_OPINION: "political opinion",
}


class Motive(enum.Enum):
    """Reasons for a harm that are not Convention grounds (Handbook paras 62–64): why it would be
    inflicted, or what it arises from (economic hardship, a disaster, fighting), never why the
    person left. Punishment for leaving is weighed first by the punisher's reasons (an opinion
    imputed to those who leave, Handbook para. 80); where they do not, or do not yet, supply a
    Convention ground, also by why the person left or stayed abroad
    (``Claim.reasons_for_leaving``): a severe penalty for leaving without permission
    (``Harm.exit_offence``) is for a Convention reason where those motives relate to one
    (Handbook para. 61), on the position ``Doctrine.exit_motive_nexus`` names.

    ``CRIMINAL_PROSECUTION`` is the prosecution itself, which for a discriminatory prosecution or
    one under a law contrary to human rights does not yet say which ground it targets (Handbook
    57-59). ``GENERAL_LAW`` is the finding that it targets none: the law or policy is enforced
    against everyone it reaches alike, for no reason particular to the person (as the US Board of
    Immigration Appeals found of China's population policy in *Matter of Chang*, 1989, a finding
    others have not made: *Cheung v Canada*, FCA 1993, found a particular social group).
    """

    __hash__ = object.__hash__  # members are singletons; see logic.Verdict

    ECONOMIC = "economic"
    GENERALISED_VIOLENCE = "generalised_violence"
    NATURAL_DISASTER = "natural_disaster"
    PERSONAL = "personal"
    CRIMINAL_PROSECUTION = "criminal_prosecution"
    GENERAL_LAW = "general_law"


class Actor(enum.Enum):
    """Who would inflict the harm: the state (its agents) or someone else (Handbook para 65)."""

    __hash__ = object.__hash__  # members are singletons; see logic.Verdict

    STATE = "state"
    NON_STATE = "non_state"


@functools.total_ordering
class Severity(enum.Enum):
    """How grave the feared harm is, in the order of Handbook paras 51–55.

    ``SERIOUS`` is a serious violation of human rights; ``DISCRIMINATION`` is differential treatment
    that is not on its own persecution.

    >>> Severity.DISCRIMINATION < Severity.SERIOUS < Severity.THREAT_TO_LIFE_OR_FREEDOM
    True
    """

    __hash__ = object.__hash__  # members are singletons; see logic.Verdict

    MINOR = "minor"
    DISCRIMINATION = "discrimination"
    SERIOUS = "serious"
    THREAT_TO_LIFE_OR_FREEDOM = "threat_to_life_or_freedom"

    @property
    def rank(self) -> int:
        """Position in the order, 0 for ``MINOR``."""
        return _SEVERITY_RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return _SEVERITY_RANK[self] < _SEVERITY_RANK[other]


_SEVERITY_RANK = {member: rank for rank, member in enumerate(Severity)}

#: The severities a harm that is torture cannot have (``Harm``'s cross-check: CAT art. 1(1)).
BELOW_TORTURE = frozenset({Severity.MINOR, Severity.DISCRIMINATION})


class Protection(enum.Enum):
    """What a country of nationality (or former habitual residence) offers the person."""

    __hash__ = object.__hash__  # members are singletons; see logic.Verdict

    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"
    REFUSED_FOR_VALID_REASON = "refused_for_valid_reason"


class Exclusion(enum.Enum):
    """Art 1F: the decision-maker has serious reasons for considering that the person has
    committed (1F(a), 1F(b)), or has been guilty of (1F(c)), what the clause names."""

    __hash__ = object.__hash__  # members are singletons; see logic.Verdict

    ART_1F_A = "1F(a)"
    ART_1F_B = "1F(b)"
    ART_1F_C = "1F(c)"

    @property
    def citation(self) -> Citation:
        return Citation(_CONVENTION, self.value)


class Cessation(enum.Enum):
    """Art 1C: the circumstance, found by the decision-maker, on which refugee status ceases."""

    __hash__ = object.__hash__  # members are singletons; see logic.Verdict

    ART_1C_1 = "1C(1)"
    ART_1C_2 = "1C(2)"
    ART_1C_3 = "1C(3)"
    ART_1C_4 = "1C(4)"
    ART_1C_5 = "1C(5)"
    ART_1C_6 = "1C(6)"

    @property
    def citation(self) -> Citation:
        return Citation(_CONVENTION, self.value)


class FlightCause(enum.Enum):
    """Why a person was compelled to leave their place of habitual residence: the events of the
    OAU Convention's wider definition (art. I(2)), "external aggression, occupation, foreign
    domination or events seriously disturbing public order in either part or the whole of his
    country of origin or nationality"."""

    __hash__ = object.__hash__  # members are singletons; see logic.Verdict

    EXTERNAL_AGGRESSION = "external_aggression"
    OCCUPATION = "occupation"
    FOREIGN_DOMINATION = "foreign_domination"
    SERIOUS_PUBLIC_DISORDER = "serious_public_disorder"


#: The clauses whose finding is an evaluation, not the record of a plain fact, by the path that
#: asks about each (raised and not yet decided: ``"exclusion_pending['1F(a)']"``) or records it
#: (found: ``"exclusion['1F(a)']"``), so that a question about one and a finding resting on one
#: say the same (:func:`records_judgement`):
#:
#: - every Art 1F clause: "serious reasons for considering" is an evaluative standard of proof
#:   (Handbook paras 149-150), the decision-maker weighing the evidence of what the person did;
#: - Art 1C(5) and 1C(6): whether "the circumstances in connexion with which he has been
#:   recognized as a refugee have ceased to exist" is an assessment of the change in the country
#:   and of its durability (Handbook paras 135-136);
#: - not Art 1C(1)-(4): each asks whether the person did something (voluntarily re-availed
#:   himself of protection, re-acquired a nationality, acquired a new one and enjoys its
#:   protection, re-established himself in the country), an act the evidence records (Handbook
#:   paras 118-134), as it does where the person is now or of which country they are a national.
JUDGED_CLAUSES = frozenset(
    {
        *(
            f"{field}[{c.value!r}]"
            for field in ("exclusion", "exclusion_pending")
            for c in Exclusion
        ),
        *(
            f"{field}[{c.value!r}]"
            for field in ("cessation", "cessation_pending")
            for c in (Cessation.ART_1C_5, Cessation.ART_1C_6)
        ),
    }
)


def records_judgement(path: str) -> bool:
    """Whether the fact at ``path`` records an assessor's judgement (its field is one of
    :data:`JUDGEMENTS`, or it is a clause of :data:`JUDGED_CLAUSES`) rather than a plain fact:
    the one test by which a question's kind and a finding's judgements are found.

    >>> records_judgement("fears[0].likelihood"), records_judgement("person.location")
    (True, False)
    >>> records_judgement("exclusion_pending['1F(b)']")
    True
    >>> records_judgement("cessation_pending['1C(5)']"), records_judgement("cessation_pending['1C(1)']")
    (True, False)
    """
    return fact_field(path) in JUDGEMENTS or path in JUDGED_CLAUSES


_FLIGHT_CAUSES = v.to_enum_set(FlightCause)


def _to_flight_causes(value: Any) -> Any:
    return None if value is None else _FLIGHT_CAUSES(value)


@v.quick("({v} is None or {v}.__class__ is frozenset and {e}({v}))", v._all_of(FlightCause))
def _check_flight_causes(value: Any) -> Any:
    return None if value is None else v.enum_set(FlightCause)(value)


@v.quick("({v} is None or {v}.__class__ is frozenset and bool({v}) and {e}({v}))", v._all_countries)
def _check_flight_events_in(value: Any) -> Iterable[Problem] | str | None:
    if value is None:
        return None
    if isinstance(value, frozenset) and not value:
        return (
            "an empty set names no place: give the countries where the events that compelled "
            "the person to leave took place, or null where that is not known"
        )
    return v.opt_country_set(value)


#: The value of ``Claim.recognised_by`` that names a recognition by UNHCR under its mandate.
UNHCR = "UNHCR"


@v.quick("({v} is None or {v} == 'UNHCR' or {v}.__class__ is str and {v} in {e}())", _codes)
def _check_recogniser(value: Any) -> str | None:
    if value is None or value == UNHCR:
        return None
    problem = v.country(value)
    if problem is None:
        return None
    return f"{problem} (or 'UNHCR', for a recognition under UNHCR's mandate)"


@attrs.frozen
class Person(v.Checked):
    """The person whose claim is assessed.

    Args:
        name: any label; the law does not use it.
        nationalities: ISO alpha-3 codes of every country of nationality. Empty means **stateless**;
            ``None``, **not known** (a person met near the China–DPRK border may be a North
            Korean or a Chinese national of Korean ethnicity): the elements that turn on it are
            then unknown, and ``person.nationalities`` is named among the missing facts.
            Which nationalities a person has is a finding under each country's law, for the
            decision-maker: UK country guidance counts a nationality the person is entitled to
            acquire as one they have, not one they merely may be able to acquire (*KK and others
            (Nationality: North Korea) Korea CG* [2011] UKUT 92, headnote 1), and holds that North
            Korean citizens are also citizens of the Republic of Korea (*GP and others* [2014]
            UKUT 391): list ``"KOR"`` where that is found. Art 1A(2), second paragraph, then asks
            for the protection of each (see :func:`refugeelaw.testing.dual_national_with_rok_protection`).
            United States law differs for its own refugee and asylum determinations: since the
            North Korean Human Rights Act of 2004 (18 October 2004), s. 302(b), "a national of
            the Democratic People's Republic of Korea shall not be considered a national of the
            Republic of Korea" (22 U.S.C. 7842(b)), save one who has availed themselves of that
            citizenship (s. 302(a); *Matter of K-R-Y- & K-C-S-*, 24 I&N Dec. 133 (BIA 2007)). The
            library applies no state's statute: for a United States determination, list
            ``"KOR"`` only for a person who has availed themselves of it.
        habitual_residence: for a stateless person, the country of former habitual residence.
        location: the country where the person is now (``None``: unknown).
        other_habitual_residences: for a stateless person who has had more than one country of
            former habitual residence, the others (one that is also ``habitual_residence`` counts
            once). Whether the person need meet the definition in relation to one of them only
            (UNHCR Handbook para. 104) or must also be unable to return to every other (*Thabet v
            Canada*, FCA 1998) is ``Doctrine.return_to_other_residences``. Empty: none other.
    """

    name: str = attrs.field(default="", metadata={"check": v.is_str})
    nationalities: frozenset[str] | None = attrs.field(
        default=frozenset(), converter=v.to_opt_frozenset, metadata={"check": v.opt_country_set}
    )
    habitual_residence: str | None = attrs.field(default=None, metadata={"check": v.opt_country})
    location: str | None = attrs.field(default=None, metadata={"check": v.opt_country})
    other_habitual_residences: frozenset[str] = attrs.field(
        default=frozenset(), converter=v.to_frozenset, metadata={"check": v.country_set}
    )

    @property
    def stateless(self) -> bool:
        """Whether the person is known to have no nationality."""
        return self.nationalities is not None and not self.nationalities

    @property
    def nationality_known(self) -> bool:
        """Whether the person's nationalities (or statelessness) are known."""
        return self.nationalities is not None

    def countries_of_reference(self) -> tuple[str, ...]:
        """Each country of nationality, or for a stateless person each country of former habitual
        residence, ``habitual_residence`` first (none where the nationalities are not known, nor
        for a stateless person whose ``habitual_residence`` is not)."""
        if self.nationalities:
            return tuple(sorted(self.nationalities))
        if self.nationalities is None or not self.habitual_residence:
            return ()
        if not self.other_habitual_residences:
            return (self.habitual_residence,)
        others = sorted(self.other_habitual_residences - {self.habitual_residence})
        return (self.habitual_residence, *others)


@attrs.frozen
class SocialGroup(v.Checked):
    """Facts about a particular social group, for the tests of Doctrine.social_group.

    Args:
        description: e.g. "family of a political defector".
        protected_characteristic: the members share an innate or unchangeable characteristic, or
            one so fundamental to dignity that they should not be forced to give it up
            (*Canada (AG) v Ward*).
        socially_perceived: the group is perceived as a group by the society concerned.
        exists_independently: the group exists independently of the persecution feared
            (*Applicant A v MIEA*); a group defined only by the persecution is no group.
        distinguished_from_society: a characteristic common to the members (not the shared fear
            of persecution) distinguishes them from society at large, as the decision-maker finds
            it, whether or not that society perceives them as a group (*Applicant S v MIMA*
            [2004] HCA 25); read under ``Doctrine(social_group="distinguished_from_society")``.
    """

    description: str = attrs.field(metadata={"check": v.non_empty_str})
    protected_characteristic: bool | None = attrs.field(
        default=None, metadata={"check": v.opt_bool}
    )
    socially_perceived: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    exists_independently: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    distinguished_from_society: bool | None = attrs.field(
        default=None, metadata={"check": v.opt_bool}
    )


# Converters (each accepts a member, its value or its name), built once; the named functions are
# what mypy's attrs plugin accepts as converters.
_SEVERITY = v.to_enum(Severity)
_ACTOR = v.to_enum(Actor)
_REASONS = v.to_enum_set(Ground, Motive)
_GROUNDS = v.to_enum_set(Ground)
_EXCLUSIONS = v.to_enum_set(Exclusion)
_CESSATIONS = v.to_enum_set(Cessation)


def _to_severity(value: Any) -> Any:
    if value is None or value.__class__ is Severity:
        return value
    return _SEVERITY(value)


def _to_actor(value: Any) -> Any:
    if value is None or value.__class__ is Actor:
        return value
    return _ACTOR(value)


def _to_reasons(value: Any) -> Any:
    if value.__class__ is frozenset and not value:
        return value  # the default
    return _REASONS(value)


def _to_grounds(value: Any) -> Any:
    if value is None or (value.__class__ is frozenset and not value):
        return value  # the default, or not known
    return _GROUNDS(value)


def _to_exclusions(value: Any) -> Any:
    if value.__class__ is frozenset and not value:
        return value  # the default
    return _EXCLUSIONS(value)


def _to_cessations(value: Any) -> Any:
    if value.__class__ is frozenset and not value:
        return value  # the default
    return _CESSATIONS(value)


#: Reasons for which a state agent may act on their own account rather than the state's.
_PRIVATE_ENDS = frozenset({Motive.PERSONAL, Motive.ECONOMIC})


@attrs.frozen
class Harm(v.Checked):
    """One feared harm.

    Args:
        description: what is feared, in words: harm to the person themselves. Harm to a relative
            is theirs only so far as the decision-maker finds it persecution of the person (a
            spouse's forced sterilisation is not per se persecution of the other spouse: *Shi
            Liang Lin v US Department of Justice*, 2d Cir. 2007, en banc); what happened to
            relatives may also show that the person's own fear is well founded (Handbook 43).
        country: where it would happen (ISO alpha-3).
        severity: how grave (:class:`Severity`); ``None`` unknown.
        likelihood: the assessor's estimate of its chance, 0 to 1; ``None`` unknown. Estimate it
            as the person would live if returned and free to live openly: a person who would
            conceal a protected characteristic or belief only for fear of the harm is not safe
            for that (*HJ (Iran)* [2010] UKSC 31; *RT (Zimbabwe)* [2012] UKSC 38), so a chance
            estimated on discreet conduct forced by the fear understates it.
        actor: who would inflict it (:class:`Actor`): ``state`` is the state of ``country`` (its
            authorities or agents); the agents of another state acting there count as
            ``non_state``, a harm the state of ``country`` may or may not protect against.
        reasons: the persecutor's reasons: :class:`Ground` and :class:`Motive` members. Imputed
            grounds count (the persecutor's view decides, Handbook para 80). Empty: not known.
            Only ``criminal_prosecution``, for a prosecution that is discriminatory or under a law
            contrary to human rights, does not yet state the ground it targets (a religion, an
            opinion, a group): the reasons are asked again (Handbook 57-59), and ``general_law``
            answers that it targets none.
        prosecution: the harm is punishment for an offence (Handbook 56–60; para. 61 for leaving
            without permission). A harm with ``criminal_prosecution`` among its reasons is one,
            flagged or not: every rule reads :attr:`is_prosecution`, so that the reason given
            and this flag cannot say different things.
        exit_offence: the offence prosecuted is leaving the country without permission or
            staying abroad without authorisation (Handbook 61). Read only for a ``prosecution``:
            a severe penalty for such an offence is for a Convention reason where the person's
            motives for leaving or staying abroad relate to one (``Claim.reasons_for_leaving``),
            on the reading ``Doctrine.exit_motive_nexus`` names, whatever the punisher's reasons
            still wait on (weighed for the nexus where those reasons do not, or not yet, supply
            it), and persecution by its severity alone, whether or not it is disproportionate,
            discriminatory or under a law contrary to human rights (weighed for persecution where
            none of those is found).
            ``None`` (the default): not stated, so that such a prosecution waits on it (a law
            enforced evenly against everyone who leaves does not by itself answer para. 61);
            ``False``: the offence is another (China's population policy in *Matter of Chang*,
            an ordinary crime). ``True`` needs a prosecution (:attr:`is_prosecution`:
            ``prosecution`` true, or ``criminal_prosecution`` among the reasons): a penalty for
            leaving is a punishment for an offence, whether a court or an administrative decision
            imposes it (a sentence to a labour camp for crossing), and on a harm that is neither
            it is refused rather than set aside unread.
        disproportionate: the punishment is excessive: out of proportion to the offence, or of a
            kind no offence justifies (torture, or cruel, inhuman or degrading punishment such as
            flogging: ICCPR art. 7, which the Human Rights Committee reads to reach corporal
            punishment whatever the offence). ``False`` judges it neither, so not torture;
            ``None`` unknown.
        discriminatory: the prosecution or punishment is applied discriminatorily: brought, or
            made heavier, selectively or as a pretext because of a Convention ground (a tax
            charge brought against a pastor because of his preaching), not as the law is enforced
            against everyone (Handbook 57, "penal prosecution for a reason mentioned in the
            definition"; 84–86); ``None`` unknown. A ground among ``reasons`` says why the
            persecutor acts; with a law enforced evenly it may be how the state regards the
            offence (leaving without permission, desertion: an imputed political opinion), which
            makes the prosecution neither discriminatory nor, on its own, persecution (Handbook
            56, 167–169): say which with this flag.
        law_contrary_to_human_rights: the law itself is contrary to human-rights standards (a law
            punishing a religion or a political opinion, or leaving one's country beyond the
            restrictions ICCPR art. 12(3) permits; Handbook 59). A prosecution on any route is
            persecution only if the punishment is also severe enough (``severity``; Handbook 57,
            61). For a law punishing refusal of military service for reasons of conscience where
            no alternative service exists (Handbook 170-174), the answer is contested, and has
            moved with time: the House of Lords in *Sepet & Bulbul v SSHD* [2003] UKHL 15 (20
            March 2003) found no right of conscientious objection then recognised in
            international law; the Human Rights Committee reads one into ICCPR art. 18(1) (*Yoon
            and Choi v Republic of Korea*, 2006; *Jeong et al. v Republic of Korea*, 24 March
            2011), the European Court of Human Rights into ECHR art. 9 (*Bayatyan v Armenia*
            [GC], 7 July 2011), and UNHCR's Guidelines on International Protection No. 10
            (HCR/GIP/13/10, 2013) follow them. The library holds no fact for conscientious
            objection and names no position on it: the answer given here is the assessor's, on
            the standards it applies on the date.
        sur_place: the fear arose after the person left (Handbook 94–96).
        torture: the harm would be torture (severe pain or suffering, intentionally inflicted).
            Torture is at least a serious violation of human rights (CAT art. 1(1)): a harm that
            is torture has ``severity`` ``None`` (not judged, which the finding then settles as
            serious), ``SERIOUS`` or ``THREAT_TO_LIFE_OR_FREEDOM``; ``MINOR`` or
            ``DISCRIMINATION`` with it is refused. A punishment that would be torture is
            excessive whatever the offence, so with ``prosecution`` it is refused beside
            ``disproportionate=False`` (torture apart from the punishment, as in detention
            before trial, is a harm of its own).
        official_involvement: it would be inflicted by, at the instigation of, or with the consent
            or acquiescence of a public official or other person acting in an official capacity
            (CAT art. 1); a state actor implies it. Where no central government exists, a faction
            exercising quasi-governmental authority over a territory may act in an official
            capacity (the Committee against Torture in *Elmi v Australia*, 1999), so ``False`` is
            a finding that no such person is involved, not that the actor is not the state.
            Whether CAT art. 3 reaches torture with ``False`` here, by non-State actors against
            whom the state there does not protect, is ``Doctrine.cat_non_state_actors``.
        irreparable: a real risk of irreparable harm under ICCPR arts 6–7 (torture, or cruel,
            inhuman or degrading treatment); ECHR art. 3 reads it too. For a decline in health
            from an illness, for want of treatment, answer on the medical threshold of the date,
            which few cases meet (*N v United Kingdom*, 2008: very exceptional circumstances;
            from *Paposhvili v Belgium*, 13 December 2016: a serious, rapid and irreversible
            decline resulting in intense suffering or a significant reduction in life
            expectancy), not on the gravity of the illness alone.
        risk_to_life: the harm would be an arbitrary deprivation of life (ICCPR art. 6(1); ECHR
            art. 2, read the same way from *Bader and Kanbor v Sweden*, 2005); for an illness, on
            the same medical threshold.
        protection_withheld_for: the Convention grounds for which the state withholds protection
            from this harm (e.g. a private persecutor acts for personal reasons, but the police
            refuse to protect women): persecution is serious harm with a failure of protection, so
            these supply the nexus (*Islam; Shah*; *MIMA v Khawar*, HCA 2002). Empty: none.
            ``None`` (the default): not known, as where a tribunal has yet to find why the state
            does not protect (the question *Khawar* sent back); the nexus then waits on it
            wherever the persecutor's own reasons supply no Convention ground. Where the state
            itself would inflict the harm for its own reasons (a prosecution, a policy), it has no
            protection of its own to withhold and the question does not arise (a ground given is
            refused: :attr:`state_acts_for_itself`); where its agent
            would act, outside a prosecution, for private ends (``Motive.PERSONAL`` or
            ``ECONOMIC``: an official's vendetta or extortion), it arises as for a private
            persecutor (``law.protection.withheld_for``). Withheld for a ground, the state does
            not protect this person from the harm, whatever it offers others.
        ground_central: a Convention ground is at least one central reason (needed only under
            ``Doctrine(nexus="one_central_reason")`` when grounds and other motives are mixed).
        social_group: facts about the group, where the reason is a particular social group.
        flagrant_denial_of_justice: the harm is a trial, conviction or detention that would be a
            flagrant denial of justice (ECHR art. 6, as the European Court of Human Rights reads it
            in *Othman (Abu Qatada) v United Kingdom*, 2012); ``None`` unknown.
        death_penalty: the harm is the death penalty being imposed or carried out (ECHR art. 2 with
            Protocols No. 6 and 13; ICCPR art. 6 as the Human Rights Committee reads it in *Judge
            v Canada*, 2003). Diplomatic assurances that it will be neither sought nor carried out,
            if the assessor finds them reliable, are recorded as ``False``; ``None`` unknown. A
            sentence a non-state group's de facto court would pass (``actor`` ``non_state``) is
            one too, weighed as private harm: the state's protection or a place to relocate
            answers it (``law.iccpr.PRIVATE_PENALTY_READING``).
        condemned_military_action: the prosecution punishes desertion or draft evasion by a
            person who would otherwise take part in military action condemned by the
            international community as contrary to basic rules of human conduct, such as war
            crimes (Handbook 171: such punishment "could [...] in itself be regarded as
            persecution"; *Krotov v SSHD* [2004] EWCA Civ 69; CJEU *Shepherd*, C-472/13, 2015,
            which asks for a high likelihood of such acts and that refusal be the only way to
            avoid taking part). Disagreeing with the political justification for a war is not
            enough (Handbook 171). A route to persecution beside ``disproportionate``,
            ``discriminatory`` and ``law_contrary_to_human_rights``, with the punishment still
            severe enough (Handbook 57) and the nexus still needed. A flag raised where it is
            found: ``False`` (the default) is not raised, and it is never asked of other
            prosecutions. ``None``: raised but not yet decided (the questions the Court of Appeal
            in *Krotov* and the CJEU in *Shepherd* left to the fact-finder): while no other route
            is found, whether the punishment is persecution then waits on it.
        differential_risk: where the harm arises in civil war or generalised violence, the
            person's risk is over and above that of others caught in the fighting (the
            "differential impact" *Adan v SSHD* [1999] 1 AC 293 requires); read only under
            ``Doctrine(differential_impact=True)``; ``None`` unknown.
        suffered_before: the person has already suffered this harm, or a direct threat of it, in
            ``country`` (the harm as described: its gravity, actor and reasons are weighed as for
            the harm feared). Under ``Doctrine(past_persecution_presumption=True)``, the default,
            the fear of it is then presumed well founded unless there are good reasons to
            consider that it will not be repeated (UNHCR Handbook para. 45; EU Qualification
            Directive art. 4(4)); otherwise it is evidence for the likelihood. ``False`` (the
            default): not suffered, or not raised; ``None``: raised but not yet found.
        good_reasons_not_repeated: there are good reasons to consider that the harm, already
            suffered, will not be repeated (a change in the country, in the person's situation):
            the assessor's finding that rebuts the presumption; ``None``: not yet found. Read
            only where the harm was suffered before.
        internal_relocation: the decision-maker's finding on internal relocation for this harm
            alone: ``True`` if a reasonable internal flight alternative answers it, ``False`` if
            none does. The alternative is found for the country and the persecutor in issue
            (Handbook para. 91: "another part of the same country"; *Salah Sheekh v
            Netherlands*, 2007: "the area concerned"), so one found in Lebanon against a militia
            says nothing of Syria's own forces. ``None`` (the default): the claim's
            ``internal_relocation`` answers for this harm as for every other. Where neither is
            found, this one is asked for, not the claim's, where the claim's would also answer a
            harm feared in another country or the State's own harm under the presumption
            (``law.terms.claim_relocation``).
    """

    description: str = attrs.field(metadata={"check": v.non_empty_str})
    country: str = attrs.field(metadata={"check": v.country})
    severity: Severity | None = attrs.field(
        default=None, converter=_to_severity, metadata={"check": v.is_enum(Severity, optional=True)}
    )
    likelihood: float | None = attrs.field(
        default=None, converter=v.to_opt_number, metadata={"check": v.probability}
    )
    actor: Actor | None = attrs.field(
        default=None, converter=_to_actor, metadata={"check": v.is_enum(Actor, optional=True)}
    )
    reasons: frozenset[Ground | Motive] = attrs.field(
        default=frozenset(), converter=_to_reasons, metadata={"check": v.enum_set(Ground, Motive)}
    )
    prosecution: bool = attrs.field(default=False, metadata={"check": v.is_bool})
    exit_offence: bool | None = attrs.field(
        kw_only=True, default=None, metadata={"check": v.opt_bool}
    )
    disproportionate: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    discriminatory: bool | None = attrs.field(
        kw_only=True, default=None, metadata={"check": v.opt_bool}
    )
    law_contrary_to_human_rights: bool | None = attrs.field(
        kw_only=True, default=None, metadata={"check": v.opt_bool}
    )
    sur_place: bool = attrs.field(default=False, metadata={"check": v.is_bool})
    torture: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    official_involvement: bool | None = attrs.field(
        kw_only=True, default=None, metadata={"check": v.opt_bool}
    )
    irreparable: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    risk_to_life: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    protection_withheld_for: frozenset[Ground] | None = attrs.field(
        default=None,
        converter=_to_grounds,
        metadata={"check": v.enum_set(Ground, optional=True)},
    )
    ground_central: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    social_group: SocialGroup | None = attrs.field(
        default=None, metadata={"check": v.instance_of(SocialGroup, optional=True)}
    )
    flagrant_denial_of_justice: bool | None = attrs.field(
        default=None, metadata={"check": v.opt_bool}
    )
    death_penalty: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    condemned_military_action: bool | None = attrs.field(
        default=False, metadata={"check": v.opt_bool}
    )
    differential_risk: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    suffered_before: bool | None = attrs.field(default=False, metadata={"check": v.opt_bool})
    good_reasons_not_repeated: bool | None = attrs.field(
        default=None, metadata={"check": v.opt_bool}
    )
    internal_relocation: bool | None = attrs.field(
        kw_only=True, default=None, metadata={"check": v.opt_bool}
    )

    #: When :meth:`_cross_check` certainly finds nothing (not torture): it is then not called
    #: (see :class:`refugeelaw._validate.Checked`).
    _cross_fine: ClassVar[str] = (
        "{torture} is not True and ({exit_offence} is not True or {prosecution})"
        " and not {protection_withheld_for}"
    )

    def _cross_check(self) -> tuple[Problem, ...]:
        # CAT art. 1(1): torture is "severe pain or suffering", so a harm found to be torture is
        # at least a serious violation of human rights; judged minor, or discrimination only, it
        # is not torture. Torture first: it is rarely true (and where it is not, ``_cross_fine``
        # spares the call on building).
        if self.torture and self.severity in BELOW_TORTURE:
            severity = self.severity.value
            return (
                Problem(
                    "torture",
                    f"true, yet severity is {severity!r}: torture is severe pain or suffering "
                    "(CAT art. 1(1)), at least a serious violation of human rights, so its "
                    "severity is None (not judged), 'serious' or 'threat_to_life_or_freedom'",
                ),
            )
        # A punishment that would be torture is excessive whatever the offence (CAT art. 1(1)
        # leaves out of torture only pain or suffering inherent in lawful sanctions; ICCPR arts 7
        # and 4(2)): judged not excessive, it is not torture.
        if self.torture and self.punishment_not_excessive:
            return (
                Problem(
                    "torture",
                    "true for a prosecution whose punishment is judged not excessive "
                    "(disproportionate false): a punishment that would be torture is excessive "
                    "whatever the offence (CAT art. 1(1); ICCPR arts 7 and 4(2)), so "
                    "disproportionate is None (not judged) or true; torture apart from the "
                    "punishment is a harm of its own",
                ),
            )
        # UNHCR Handbook para. 61 speaks of "severe penalties" for leaving without permission:
        # a penalty for an offence is a punishment, so a harm for that offence is a prosecution.
        # On a harm that is none, the offence would be set aside unread and the claim decided
        # without it.
        if self.exit_offence is True and not self.is_prosecution:
            return (
                Problem(
                    "exit_offence",
                    "true on a harm that is not a prosecution (prosecution false, as it is by "
                    "default, and criminal_prosecution not among the reasons): a penalty for "
                    "leaving the country without permission or staying abroad without "
                    "authorisation is a punishment for an offence (UNHCR Handbook para. 61, "
                    "'severe penalties'), whether imposed by a court or by administrative "
                    "decision, so set prosecution true; exit_offence is None (not known) or "
                    "false for a harm that punishes no such offence",
                ),
            )
        # Islam; Shah: a state that withholds its protection from a persecutor for a Convention
        # reason supplies the nexus. Where the state itself would inflict the harm for its own
        # reasons, it has no protection of its own to withhold from that act; a Convention reason
        # of its own is the persecutor's reason (``reasons``; a prosecution's, ``discriminatory``).
        # (A ground the state's own reasons already give adds nothing, and is let stand.)
        withheld = self.protection_withheld_for
        if withheld and self.state_acts_for_itself and not withheld <= self.grounds:
            return (
                Problem(
                    "protection_withheld_for",
                    "grounds are given for which the state withholds protection from a harm the "
                    "state itself would inflict for its own reasons (a prosecution, or no private "
                    "end among the reasons): it has no protection of its own to withhold from that "
                    "act (Islam; Shah concerns a persecutor the state fails to protect against), "
                    "so the value is empty, None or among the reasons' grounds; give a Convention "
                    "ground of the state's own in reasons, or, for a prosecution, "
                    "discriminatory=True",
                ),
            )
        return ()

    @property
    def is_prosecution(self) -> bool:
        """Whether the harm is punishment for an offence (UNHCR Handbook paras 56-61). It is where
        flagged ``prosecution``, or with ``Motive.CRIMINAL_PROSECUTION`` among its reasons, which says the
        persecutor's reason is the prosecution itself. The one test every rule, the question
        engine and the checks across fields read, so that a harm whose reason is given as
        "criminal prosecution" is weighed as one whether or not the flag is set: its
        punishment by paras 56-60, and a penalty for leaving without permission by para. 61
        (``exit_offence``). A rule that reads it declares both fields (``@reads``)."""
        return self.prosecution or Motive.CRIMINAL_PROSECUTION in self.reasons

    @property
    def state_acts_for_itself(self) -> bool:
        """Whether the state itself would inflict the harm for reasons of its own, its actor being
        the state and the harm a prosecution or one with no private end (``Motive.PERSONAL`` or
        ``ECONOMIC``, an official's vendetta or extortion) among its reasons. The state then has
        no protection of its own to withhold from the act (``law.protection.withheld_for``)."""
        return self.actor is Actor.STATE and self.for_the_states_own_reasons

    @property
    def for_the_states_own_reasons(self) -> bool:
        """Whether the state, were it to inflict the harm, would do so for its own reasons (a
        prosecution, or no private end among the reasons), whoever the actor
        (:attr:`state_acts_for_itself`)."""
        return self.is_prosecution or not self.reasons & _PRIVATE_ENDS

    @property
    def punishment_not_excessive(self) -> bool:
        """A prosecution whose punishment is judged not excessive (``disproportionate=False``):
        neither out of proportion to the offence nor of a kind no offence justifies, and so not
        torture (CAT art. 1(1): lawful sanctions), which the cross-check, CAT art. 3 and the
        questions offered all rely on."""
        return self.is_prosecution and self.disproportionate is False

    @property
    def grounds(self) -> frozenset[Ground]:
        """The Convention grounds among the persecutor's reasons."""
        return frozenset(r for r in self.reasons if isinstance(r, Ground))

    @property
    def motives(self) -> frozenset[Motive]:
        """The reasons that are not Convention grounds."""
        return frozenset(r for r in self.reasons if isinstance(r, Motive))


def _is_mapping(value: Any) -> bool:
    # dict and FrozenMap first: the ABC check is slow, and these are what arrive.
    return type(value) is dict or type(value) is FrozenMap or isinstance(value, Mapping)


_TO_PROTECTION = v.to_enum(Protection)
_IS_PROTECTION = v.is_enum(Protection)


_ALL_PROTECTION = v._all_of(Protection)


def _protection_ok(value: FrozenMap[Any, Any]) -> bool:
    data = value
    return v._all_countries(data) and _ALL_PROTECTION(data.values())


def _to_protection(value: Any) -> Any:
    if value.__class__ is FrozenMap and (not value or _ALL_PROTECTION(value.values())):
        return value  # already converted: immutable, and nothing in it to convert
    if not _is_mapping(value):
        return value
    convert = _TO_PROTECTION
    return FrozenMap({k: convert(p) for k, p in value.items()})


@v.quick("({v}.__class__ is {e}[0] and {e}[1]({v}))", (FrozenMap, _protection_ok))
def _check_protection(value: Any) -> Iterable[Problem] | str | None:
    if not _is_mapping(value):
        return f"expected a mapping of country code to Protection, got {v._describe(value)}"
    problems = []
    check = _IS_PROTECTION
    for country, level in value.items():
        msg = v.country(country) or check(level)
        if msg:
            problems.append(Problem(f"[{country!r}]", msg))
    return problems


def _to_onward(value: Any) -> Any:
    """``Claim.onward_removal``: each value true, false, or the countries the person would be sent
    on to (a list or set, read as a set; a string is left for the check to refuse, not read as
    its letters)."""
    if value.__class__ is FrozenMap and _onward_ok(value):
        return value  # immutable, and nothing in it to convert
    if not _is_mapping(value):
        return value
    return FrozenMap(
        {
            k: x if x is True or x is False or isinstance(x, str) else v.to_frozenset(x)
            for k, x in value.items()
        }
    )


def _onward_ok(value: FrozenMap[Any, Any]) -> bool:
    data = value
    if not data:
        return True
    for country, where in data.items():
        if where is True or where is False:
            continue
        if (
            where.__class__ is not frozenset
            or not where
            or country in where
            or not v._all_countries(where)
        ):
            return False
    return v._all_countries(data)


#: What ``Claim.onward_removal`` takes for a country, in the words of a problem.
_ONWARD = (
    "true (it would send the person on to a country where they fear harm, not said which), "
    "false (to none) or a list of the country codes it would send them on to"
)


@v.quick("({v}.__class__ is {e}[0] and {e}[1]({v}))", (FrozenMap, _onward_ok))
def _check_onward(value: Any) -> Iterable[Problem] | str | None:
    if not _is_mapping(value):
        return f"expected a mapping of country code to {_ONWARD}, got {v._describe(value)}"
    problems: list[Problem] = []
    for country, where in value.items():
        at = f"[{country!r}]"
        msg = v.country(country)
        if msg:
            problems.append(Problem(at, msg))
            continue
        if where is True or where is False:
            continue
        if isinstance(where, str):
            problems.append(
                Problem(
                    at, f"expected {_ONWARD}, got {v._describe(where)}: give a list ([{where!r}])"
                )
            )
        elif not isinstance(where, frozenset):
            problems.append(Problem(at, f"expected {_ONWARD}, got {v._describe(where)}"))
        elif not where:
            problems.append(
                Problem(
                    at,
                    "an empty list names no country: give false if it would send the "
                    "person on to none",
                )
            )
        else:
            v._add(problems, at, v.country_set(where))
            if country in where:
                problems.append(Problem(at, onward_itself_words(country)))
    return problems


def onward_itself_words(country: str, listed: str | None = None, on: dt.date | None = None) -> str:
    """Why a list of the countries ``country`` would send the person on to may not name it, nor
    (``listed``) a place of the same State on ``on`` (Hong Kong for China after 1 July 1997): a
    return there is no removal onward, and the list would be read as sending the person on to no
    country, as ``false`` says (an empty list is refused the same way)."""
    named = (
        f"{country!r}, the destination itself"
        if listed is None
        else f"{listed!r}, part of the same State as {country!r} on "
        f"{on.isoformat() if on else 'the date'}"
    )
    return (
        f"the list names {named}, to which no one is sent on: list only the other countries it "
        "would send the person on to, or give false if it would send them on to none"
    )


#: How a set of feared harms is named, in ``Claim.likelihood_of_any`` and
#: ``Claim.relocation_from_all``: their places in ``fears``, ascending, joined by commas ("0,2").
_HARMS_KEY = re.compile(r"(?:0|[1-9][0-9]*)(?:,(?:0|[1-9][0-9]*))+")


def harms_key(indices: Iterable[int]) -> str:
    """The key that names a set of feared harms by their places in ``fears`` ("0,2")."""
    return ",".join(str(i) for i in sorted(set(indices)))


def harms_of(key: str) -> tuple[int, ...]:
    """The places in ``fears`` that a key made by :func:`harms_key` names."""
    return tuple(int(i) for i in key.split(","))


def _key_problem(key: Any) -> str | None:
    """What is wrong with a key naming a set of feared harms, if anything."""
    if not isinstance(key, str) or not _HARMS_KEY.fullmatch(key):
        return (
            f"expected the places in fears of two or more harms, ascending and joined by commas "
            f"('0,1'), got {v._describe(key)}"
        )
    places = harms_of(key)
    if list(places) != sorted(set(places)):
        return f"expected the places in fears ascending and each once ('{harms_key(places)}')"
    return None


def _to_likelihoods(value: Any) -> Any:
    """``Claim.likelihood_of_any``: each value a likelihood (0 and 1 given as whole numbers read
    as such)."""
    if value.__class__ is FrozenMap and _likelihoods_ok(value):
        return value
    if not _is_mapping(value):
        return value
    return FrozenMap({k: v.to_opt_number(x) for k, x in value.items()})


def _likelihoods_ok(value: FrozenMap[Any, Any]) -> bool:
    for key, likelihood in value.items():
        if _key_problem(key) is not None or likelihood is None or v.probability(likelihood):
            return False
    return True


@v.quick("({v}.__class__ is {e}[0] and {e}[1]({v}))", (FrozenMap, _likelihoods_ok))
def _check_likelihoods(value: Any) -> Iterable[Problem] | str | None:
    if not _is_mapping(value):
        return (
            "expected a mapping of the places of two or more feared harms ('0,1') to the "
            f"likelihood that at least one of them befalls the person, got {v._describe(value)}"
        )
    problems = []
    for key, likelihood in value.items():
        msg = _key_problem(key) or (
            "expected a number from 0 to 1, got null" if likelihood is None else None
        )
        msg = msg or v.probability(likelihood)
        if msg:
            problems.append(Problem(f"[{key!r}]", msg))
    return problems


def _to_findings(value: Any) -> Any:
    if value.__class__ is FrozenMap or not _is_mapping(value):
        return value
    return FrozenMap(value)


def _findings_ok(value: FrozenMap[Any, Any]) -> bool:
    for key, found in value.items():
        if _key_problem(key) is not None or not (found is True or found is False):
            return False
    return True


@v.quick("({v}.__class__ is {e}[0] and {e}[1]({v}))", (FrozenMap, _findings_ok))
def _check_findings(value: Any) -> Iterable[Problem] | str | None:
    if not _is_mapping(value):
        return (
            "expected a mapping of the places of two or more feared harms ('0,1') to true or "
            f"false, got {v._describe(value)}"
        )
    problems = []
    for key, found in value.items():
        msg = _key_problem(key) or v.is_bool(found)
        if msg:
            problems.append(Problem(f"[{key!r}]", msg))
    return problems


def _together_problems(
    fears: tuple[Harm, ...] | None,
    likelihoods: Mapping[str, float],
    relocations: Mapping[str, bool],
    claimed: bool | None = None,
) -> tuple[Problem, ...]:
    """What ``Claim.likelihood_of_any`` and ``Claim.relocation_from_all`` may not say: a harm not
    in ``fears``; a likelihood that at least one of several harms befalls the person below the
    likeliest of them alone, or above their likelihoods added (it lies between the two, whatever
    the harms' dependence on each other), or below that of fewer of them; one area free of a
    well-founded fear of some harms taken together, found not to exist for fewer of them; no one
    area free of harms that the claim's own finding of an internal flight alternative
    (``claimed``: ``Claim.internal_relocation``) answers, none stating its own, where that finding
    names one area for every harm it answers (UNHCR Guidelines No. 4, para. 6: "a specific area
    of the country where there is no risk of a well-founded fear of persecution")."""
    problems: list[Problem] = []
    count = 0 if fears is None else len(fears)
    for field, entries in (
        ("likelihood_of_any", likelihoods),
        ("relocation_from_all", relocations),
    ):
        for key in entries:
            beyond = [i for i in harms_of(key) if i >= count]
            if beyond:
                problems.append(
                    Problem(
                        f"{field}[{key!r}]",
                        f"names fears[{beyond[0]}], which is not given: fears "
                        + ("is not known" if fears is None else f"holds {count}"),
                    )
                )
    if problems or fears is None:
        return tuple(problems)
    for key, likelihood in likelihoods.items():
        known = [fears[i].likelihood for i in harms_of(key)]
        given = [p for p in known if p is not None]
        if given and likelihood < max(given) - 1e-9:
            problems.append(
                Problem(
                    f"likelihood_of_any[{key!r}]",
                    f"{likelihood:g} is below {max(given):g}, the likelihood of one of those harms "
                    "alone: at least one of them is at least as likely as any one",
                )
            )
        elif None not in known and likelihood > min(1.0, sum(given)) + 1e-9:
            problems.append(
                Problem(
                    f"likelihood_of_any[{key!r}]",
                    f"{likelihood:g} is above {min(1.0, sum(given)):g}, those harms' likelihoods "
                    "added: at least one of them is no likelier than all of them added",
                )
            )
        for other, more in likelihoods.items():
            if other != key and set(harms_of(key)) < set(harms_of(other)) and more < likelihood:
                problems.append(
                    Problem(
                        f"likelihood_of_any[{other!r}]",
                        f"{more:g} is below {likelihood:g}, given for fewer of those harms "
                        f"({key!r}): at least one of more harms is at least as likely",
                    )
                )
    for key, found in relocations.items():
        if (
            claimed is True
            and not found
            and all(fears[i].internal_relocation is None for i in harms_of(key))
        ):
            problems.append(
                Problem(
                    f"relocation_from_all[{key!r}]",
                    "false, yet internal_relocation is true: the claim's own finding of a "
                    "reasonable internal flight alternative names one area free of a "
                    "well-founded fear of every harm that states no finding of its own, these "
                    "among them; give false for internal_relocation, or each harm's own "
                    "finding (fears[i].internal_relocation) where the areas differ",
                )
            )
        for other, more in relocations.items():
            if other != key and set(harms_of(key)) < set(harms_of(other)) and more and not found:
                problems.append(
                    Problem(
                        f"relocation_from_all[{other!r}]",
                        f"true, yet relocation_from_all[{key!r}] is false: an area free of a "
                        "well-founded fear of more harms taken together is free of one of fewer",
                    )
                )
    return tuple(problems)


def _to_fears(value: Any) -> Any:
    return None if value is None else v.to_tuple(value)


_harms = v.tuple_of(Harm)


@v.quick("({v} is None or {v}.__class__ is tuple and {e}({v}))", v._all_of(Harm))
def _check_fears(value: Any) -> Any:
    if value is None:
        return None
    problems = _harms(value)
    if isinstance(problems, str):
        return f"{problems}, or null (not known)"
    return problems


def _found_and_pending(*fields: tuple[str, frozenset[Any], frozenset[Any]]) -> tuple[Problem, ...]:
    """A problem at ``<field>_pending[<clause>]`` for each clause given both as found (in
    ``<field>``) and as pending: a clause raised is decided or not yet decided, not both."""
    return tuple(
        Problem(
            f"{field}_pending[{clause.value!r}]",
            f"given as found (in {field}) and as pending: a clause raised is either decided "
            f"({field}) or not yet decided ({field}_pending), not both",
        )
        for field, found, pending in fields
        for clause in sorted(found & pending, key=lambda c: c.value)
    )


def _ruled_out_and_raised(
    found: frozenset[Cessation], pending: frozenset[Cessation], ruled_out: frozenset[Cessation]
) -> tuple[Problem, ...]:
    """A problem at ``cessation_ruled_out[<clause>]`` for each Art 1C clause given as found not to
    apply and as found to apply (``cessation``) or as not yet decided (``cessation_pending``)."""
    return tuple(
        Problem(
            f"cessation_ruled_out[{clause.value!r}]",
            f"given as found not to apply and as {how}: a clause is found to apply (cessation), "
            "not yet decided (cessation_pending) or found not to apply (cessation_ruled_out), one "
            "of them only",
        )
        for clause in sorted(ruled_out & (found | pending), key=lambda c: c.value)
        for how in ["found (in cessation)" if clause in found else "pending (in cessation_pending)"]
    )


def _contradicts(both: bool, convicted: bool | None, danger: bool | None) -> bool:
    """Whether Art 33(2)'s second ground stated at once (``both``) contradicts its two limbs
    stated beside it: true with a limb false, or false with both limbs true."""
    if both:
        return convicted is False or danger is False
    return convicted is True and danger is True


@attrs.frozen
class Claim(v.Checked):
    """A claim to protection: the person, what they fear, and the facts the exceptions turn on.

    Args:
        person: the claimant.
        fears: the feared harms (:class:`Harm`): the harms the person risks, found by examining
            the claim, whether or not the person raised them. ``None`` (the default): what the
            person fears is not known, and neither refugee status nor a return's risk can be
            decided without it; empty: examined, the person fears no harm.
        protection: for each country of nationality (or former habitual residence), what protection
            it offers. Where a country is absent, protection is unavailable when that country's
            state is the persecutor, and otherwise unknown.
        internal_relocation: ``True`` if the decision-maker finds a reasonable internal flight
            alternative, ``False`` if none exists: the finding for every harm feared, unless a
            harm states its own (``Harm.internal_relocation``, where the harms are feared in
            different countries or from different persecutors). ``True`` names one area free of
            a well-founded fear of every harm it answers (UNHCR Guidelines No. 4, para. 6), so
            ``relocation_from_all`` false for harms it answers alone is refused. Where the persecutor is not the state, ``None``
            leaves the outcome undetermined; where it is the state, an alternative is presumed
            unavailable unless ``True`` rebuts the presumption (UNHCR Guidelines on International
            Protection No. 4, para. 7(I)(b); the reasonableness test is Handbook para 91). The absolute
            bars of ECHR arts 2 and 3 and ICCPR arts 6 and 7, and ACHR art. 22(8), weigh the same
            finding: a reasonable alternative answers a real risk there too (*Salah Sheekh v
            Netherlands*, 2007; ``law.iccpr.RELOCATION_READING``), and private harm the state does
            not prevent waits for it; CAT art. 3 weighs none, on either reading of
            ``Doctrine.cat_non_state_actors``.
        cumulative_persecution: the decision-maker's judgement whether the feared measures that
            are not persecution on their own (``Severity.DISCRIMINATION``), taken together and
            with any other adverse factors, amount to persecution "on cumulative grounds"
            (Handbook paras 53–55). ``None``: not judged; where two or more such measures are
            feared in one country, whether they amount to persecution is then unknown. The other
            adverse factors are feared harms of their own (``Severity.MINOR``): with a single
            measure and nothing to take it together with, the judgement is not weighed, and
            ``True`` with one harm in ``fears`` is refused (``InvalidInput`` naming
            ``cumulative_persecution``): several measures are given as several harms.
        exclusion: the Art 1F clauses for which there are "serious reasons for considering".
        cessation: the Art 1C circumstances found to apply.
        crime_after_admission: the serious non-political crime relied on for Art 1F(b) was not
            committed outside the country of refuge prior to admission: it was committed in the
            country of refuge (before or after any admission as a refugee, as the claimant in
            *Pushpanathan v Canada* [1998] 1 SCR 982 was), or after admission to it. Then it is
            not Art 1F(b), which reaches only crimes committed outside the country of refuge prior
            to admission to that country; such a crime goes to the criminal law of the country of
            refuge and to Art 33(2) or Art 32. The country of refuge is the one now deciding: a
            crime committed in another State after the person was admitted there as a refugee is
            within Art 1F(b) here, and is not this fact (*Febles v Canada* 2014 SCC 68: crimes in
            the United States, after admission there as a refugee, excluded the claimant in
            Canada). A clause raised and not yet decided (``exclusion_pending``) is set aside by
            this fact as a clause found is. ``None`` (the default): not stated. Art 1F(b) in
            ``exclusion`` is the decision-maker's finding on the whole clause, the place and time
            of the crime included, so it stands; this flag records that the crime relied on was
            in fact one the clause does not reach, which sets that finding aside. For a status
            resting on the OAU Convention (art. I(1) or I(2)), its own cessation clause for a
            serious non-political crime after admission (art. I(4)(f), whose text the library
            does not hold) is not weighed, and the flag does not say where the crime was
            committed (``law.oau.AFTER_ADMISSION_READING``, named where it decides).
        recognised: the person's refugee status has already been recognised, as a refugee
            within the 1951 Convention's definition (by whom: ``recognised_by``). A recognition
            the state assessing is bound by (its own) continues until a cessation
            or exclusion clause is found (a lower present risk is a question for Art 1C(5), or for
            a stateless refugee Art 1C(6), not a fresh failure of Art 1A(2)); facts of the claim
            that meet a clause's terms put it in issue (see ``cessation_pending``), and a fact not
            stated puts none in issue: the status is presumed to continue (UNHCR Handbook para.
            112; ``law.art_1c.CONTINUITY_READING``, named where it decides). It counts for a state
            only within the limits in time and place that bind it (Art 1B(1), kept under the
            Protocol by its art. I(3)): a recognition made outside its regime (under UNHCR's
            mandate, or by another State) does not extend its obligations to a person whose
            ``events_before_1951`` or ``events_in_europe`` put them outside those limits, and
            waits on those facts while they are not known. A recognition under a wider definition
            alone (the OAU Convention's art. I(2)) is not this fact: that status is weighed on its
            own facts (``flight_causes``) for a state bound by the OAU Convention, and is none
            under the 1951 Convention.
        recognised_by: who recognised the person (``recognised`` true): the ISO alpha-3 code of
            the State whose decision it was, or ``"UNHCR"`` for a recognition under UNHCR's
            mandate. ``None`` (the default, and every case file written before the field
            existed): not stated. Determining status is each State party's task (UNHCR, Note on
            the Extraterritorial Effect of the Determination of Refugee Status, EC/SCP/9, 1978,
            para. 1), and a recognition declares a status rather than making one (UNHCR Handbook
            para. 28): a recognition by UNHCR, or by another State, does not bind the state
            assessing, which weighs Art 1A(2) on the facts, the recognition being evidence for
            them (*IA (Iran) v SSHD* [2014] UKSC 6; ExCom Conclusion No. 12 (XXIX), 1978, para.
            (g)); ``law.recognition.OTHERS_RECOGNITION_READING``, named where it decides. The
            state's own recognition (this field naming the state assessing) is ``recognised`` as
            above. Not stated, a recognition is read as the state's own, as the field always
            was (``law.recognition.UNSTATED_RECOGNISER_READING``, named where it decides). With
            no state given (``assess_status`` without ``state``), a recognition counts whoever
            made it: there is no other State's determination for it to give way to.
        compelling_reasons: the person can invoke compelling reasons arising out of previous
            persecution, as the proviso to Art 1C(5) words them, "for refusing to avail himself
            of the protection of the country of nationality", or, as that to Art 1C(6) words
            them, "for refusing to return to the country of his former habitual residence".
        statutory_refugee: the person is a refugee under Art 1A(1) (considered a refugee under
            the arrangements of 1926 to 1939 or the IRO Constitution): a refugee without a fresh
            Art 1A(2) test, until a clause of Art 1C to 1F ends it, and the one to whom the text
            of the Art 1C(5)-(6) proviso is addressed.
        exclusion_pending: Art 1F clauses raised but not yet decided (e.g. remitted for
            reconsideration); while any is pending, a person who meets Art 1A(2) is undetermined.
            A clause is found (``exclusion``) or pending, not both: given both ways, it is refused
            as invalid input.
        cessation_pending: Art 1C clauses raised but not yet decided (found, in ``cessation``, or
            pending, not both). A recognised (or statutory) refugee's own facts may put a clause
            in issue though no one has raised it (``law.art_1c.in_issue``: a nationality beyond
            the country feared, whose protection is available or not stated, Art 1C(3); being
            back in the country feared, Art 1C(4)), as may a changed-circumstances clause found
            for a person it cannot reach (Art 1C(5) for a stateless person puts Art 1C(6) in
            issue, and the reverse): such a clause is asked under ``cessation_pending`` as if
            raised, and decided by ``cessation`` or ``cessation_ruled_out``.
        cessation_ruled_out: Art 1C clauses the decision-maker has considered and found not to
            apply (a clause is found, pending or ruled out, one of them only). It matters for a
            clause the claim's own facts put in issue (see ``cessation_pending``): a visit to
            the country feared that is not re-establishment (Art 1C(4)), or a nationality held
            before the recognition, which is a question of cancelling the recognition, not of
            cessation (Art 1C(3)).
        unrwa_assistance: the person is at present receiving protection or assistance from a UN
            organ or agency other than UNHCR (Art 1D, first paragraph). Actual recourse counts, not
            mere eligibility (CJEU *Bolbol*, C-31/09). ``False`` (the default): not stated to
            receive it; with ``unrwa_assistance_ceased`` also left ``None``, Art 1D is read as not
            arising (the person is not stated ever to have received it). ``None``: not known
            whether the person receives, or has received, it. Left ``None`` with
            ``unrwa_assistance_ceased`` also ``None``, whether Art 1D applies is not yet examined
            at all: both are open, and both are asked (a person known to have received it whose
            file does not yet say whether, and why, it stopped is stated so too, and answers the
            question on its cessation). ``None`` beside ``unrwa_assistance_ceased`` true or false
            is read as that says: the person received it, and it has, or has not, ceased.
        unrwa_assistance_ceased: the person received such protection or assistance and it has
            ceased for a reason beyond their control, such as being forced to leave the agency's
            area of operations by a serious threat to their safety (``True``; Art 1D, second
            paragraph, as CJEU *El Kott*, C-364/11, reads it), or it has not ceased (``False``):
            they left it voluntarily, or, as the decision-maker finds on the date of the
            assessment, they can obtain it again in safety in a part of the agency's area of
            operations they can enter (CJEU *Alheto*, C-585/16, 2018), so that the first paragraph
            still applies to them;
            ``None``: not stated. Beside ``unrwa_assistance`` false, the question does not arise
            or is not raised; beside ``unrwa_assistance`` ``None``, it is open (see there).
            ``True`` beside ``unrwa_assistance`` (still received) is a contradiction, refused as
            invalid input.
        rights_of_national_in: the country of residence whose authorities recognise the person as
            having the rights and obligations of its nationals (Art 1E). Give it only where the
            person has taken residence there and can return to enjoy those rights; a country of
            nationality never counts here (its protection is for Art 1A(2)). Whether a North Korean
            who never lived in the Republic of Korea falls under Art 1E is contested; the library
            reads the Republic's nationality law under Art 1A(2) instead (``nationalities``). A
            well-founded fear of being persecuted in that country, stated among ``fears``, keeps
            Art 1E from applying (``law.art_1e.FEAR_THERE_READING``).
        events_before_1951: whether the fear results from events before 1 January 1951; it matters
            only for a state bound by the Convention alone (Art 1B).
        events_in_europe: whether those events occurred in Europe; it matters only for a state that
            keeps the geographic limitation (Art 1B(1)(a)).
        danger_to_security: reasonable grounds for regarding the person as a danger to the security
            of the country (Art 33(2)). This and the danger to the community are the
            decision-maker's judgements, any weighing of the danger against the persecution the
            refugee faces on return that its reading of art. 33(2) requires included: the library
            weighs nothing further, and a ground stated true lifts the bar
            (``law.art_33.PROPORTIONALITY_READING``, named where it decides). ``None``: not
            established, which leaves the bar in place (the exception is for the state to
            establish).
        serious_crime_danger: shorthand for both limbs of Art 33(2)'s second ground at once:
            convicted by a final judgement of a particularly serious crime *and* a danger to the
            community. Where it is ``None``, the two limbs below are read instead; beside them,
            it may not say otherwise than they do (true with a limb false, false with both true).
        convicted_particularly_serious_crime: convicted by a final judgement of a particularly
            serious crime (the first limb of Art 33(2)'s second ground). With the other limb not
            stated, the ground is raised and not yet established: the bar holds until it is, and
            the return names that limb as what it waits on (``pending_status_facts``).
        danger_to_community: constitutes a danger to the community of the country (the second
            limb; a conviction alone does not suffice: ``law.art_33.CONVICTION_READING``).
        at_frontier: the person is at the frontier of the state asked to admit them, not yet
            admitted; rejection there is return "in any manner whatsoever" (ExCom Conclusion No. 6).
        flight_causes: the events that compelled the person to leave their place of habitual
            residence, for the OAU Convention's wider definition (art. I(2)), which a state bound
            by that Convention applies beside Art 1A(2). ``None``: not known; empty: none of them.
        flight_events_in: ISO alpha-3 codes of the countries where those events took place (a
            list in JSON: ``["ETH"]``). Art. I(2) reaches events "in either part or the whole of
            his country of origin or nationality": events in a country of nationality (for a
            stateless person, of former habitual residence), or in a territory its State holds on
            the date (Hong Kong for China after 1 July 1997), meet it; events only elsewhere (a
            migrant worker who fled the fighting in the country where they worked) do not
            (``law.oau.ORIGIN_READING``). ``None`` (the default): not known, and a status that
            would rest on art. I(2) is undetermined until it is; an empty set names no place and
            is refused. Read too by the library's reading of art. II(3), where the reasons for a
            harm are not known: the events fled stand for the threat only in the country where
            they took place.
        reasons_for_leaving: the Convention grounds to which the person's motives for leaving
            their country, or for staying outside it, relate (a political opinion, a religion, a
            family's persecution as a social group), whatever moved the persecutor. Read only for
            UNHCR Handbook para. 61: where the harm feared is a prosecution for leaving without
            permission or staying abroad without authorisation (``Harm.exit_offence``), a severe
            penalty is for a Convention reason if these motives relate to one
            (``Doctrine.exit_motive_nexus``), whatever the punisher's reasons still wait on, and
            persecution by its severity alone, without Handbook paras 56-60's further condition
            for a prosecution. Empty: none
            do (the person left for food, or work, alone); ``None`` (the default): not known.
            The decision-maker's finding that a motive relates to a ground is taken as given: no
            test of a particular social group is applied to it.
        under_control_of: ISO alpha-3 codes of the states that have effective control over the
            person wherever they are (interception at sea, offshore processing, detention
            abroad). CAT and ICCPR duties follow that control (HRC General Comment 31 para. 10;
            CAT General Comment 2 para. 16; *Hirsi Jamaa v Italy*, 2012); whether Refugee
            Convention art. 33(1) does is ``Doctrine.article_33_extraterritorial``. Empty (the
            default) says no state is recorded, not that none holds the person: one in another
            State's territory, away from the returning state's frontier, is within its reach only
            if it holds them, and where that would bring a bar to bear the return waits on this
            fact (``law.removal.unheld``).
        onward_removal: for a country the person might be sent to, where it would send them on
            (indirect refoulement is weighed against the country they would end up in: CAT
            General Comment No. 4, para. 12, "a third State in which there are substantial
            grounds"). The countries it would send them on to, a set of codes (a list in JSON:
            ``{"TUR": ["AFG"]}``), each of them, directly or further along the chain (chains are
            not followed from one key to another: list every country the person would reach):
            only the harms feared there are weighed. The list names neither the country itself
            nor (refused when a return is assessed) a place of its State on that day (Hong Kong
            for China after 1 July 1997): it is refused, as an empty list is; give ``False`` for
            none. ``True``: it would send them on to a country
            where they fear harm, not said which; where the risk is not the same in each country
            (other than it) where they fear harm, the risk onward is not known, and which country
            is asked. ``False``: it would send them on to no country where they fear harm.
            Absent: not known.
        likelihood_of_any: the assessed likelihood that at least one of several feared harms
            would befall the person (the chance of suffering any of them), each set of harms
            named by their places in ``fears``, ascending and joined by commas (``{"0,2":
            0.15}``: the first and the third). Art 1A(2) asks for a well-founded fear of "being
            persecuted", in any of the forms feared, not of each form alone: several harms
            feared in one country, each otherwise persecution for a Convention reason (or,
            under a bar on return, otherwise within it) and none likely enough alone, are
            weighed together (``law.together``). Their chance lies between the likeliest of
            them alone and their likelihoods added (at most 1), whatever their dependence on
            each other: below the threshold where even their sum is, and where the likeliest
            reaches it, met; between the two, this is asked. A likelihood outside those bounds,
            or below one given for fewer of the same harms, is refused, and so, when a claim is
            assessed, are harms feared in different States on the date (on either reading of
            Taiwan's relation to China): only the harms feared in one State are taken together,
            and a bar on return weighs the risk in each State of a removal onward apart
            (``law.removal.STATE_BY_STATE_READING``). Absent: not assessed.
        relocation_from_all: the decision-maker's finding whether there is one area of the
            country to which the person could reasonably relocate and where they would have no
            well-founded fear of any of several harms taken together (UNHCR Guidelines on
            International Protection No. 4, para. 6: "a specific area of the country where
            there is no risk of a well-founded fear of persecution"), the harms named as in
            ``likelihood_of_any``: ``True`` one such area exists, ``False`` none does. An
            internal flight alternative found for each harm alone (``Harm.internal_relocation``)
            may be a different place for each: where several harms feared in one country are
            otherwise persecution and nothing shows one place free of them all, this is asked.
            The bars on return that weigh an internal flight alternative (ECHR arts 2 and 3,
            ICCPR arts 6 and 7, ACHR art. 22(8)) read it as one area free of a real risk of
            them all (*Salah Sheekh v Netherlands*, 2007: the person must be able to settle in
            "the area" without it), and ask it the same way; CAT art. 3 weighs none. ``True``
            beside ``False`` given for fewer of the same harms is refused, as is ``False`` for
            harms that ``internal_relocation`` true answers, none stating its own, and, when a
            claim is assessed, harms feared in different States on the date. Where it is not
            found, an area found against one harm alone is read as free of them all where the
            others carry the same risk wherever the person goes and stay below the threshold
            together (``law.together.ONE_AREA_READING``, named where it decides); found, it
            decides. Absent: not found.
    """

    person: Person = attrs.field(metadata={"check": v.instance_of(Person)})
    fears: tuple[Harm, ...] | None = attrs.field(
        default=None, converter=_to_fears, metadata={"check": _check_fears}
    )
    protection: Mapping[str, Protection] = attrs.field(
        factory=FrozenMap, converter=_to_protection, metadata={"check": _check_protection}
    )
    internal_relocation: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    cumulative_persecution: bool | None = attrs.field(
        kw_only=True, default=None, metadata={"check": v.opt_bool}
    )
    exclusion: frozenset[Exclusion] = attrs.field(
        default=frozenset(),
        converter=_to_exclusions,
        metadata={"check": v.enum_set(Exclusion)},
    )
    cessation: frozenset[Cessation] = attrs.field(
        default=frozenset(),
        converter=_to_cessations,
        metadata={"check": v.enum_set(Cessation)},
    )
    crime_after_admission: bool | None = attrs.field(
        kw_only=True, default=None, metadata={"check": v.opt_bool}
    )
    recognised: bool = attrs.field(kw_only=True, default=False, metadata={"check": v.is_bool})
    recognised_by: str | None = attrs.field(
        kw_only=True, default=None, metadata={"check": _check_recogniser}
    )
    compelling_reasons: bool | None = attrs.field(
        kw_only=True, default=None, metadata={"check": v.opt_bool}
    )
    statutory_refugee: bool = attrs.field(
        kw_only=True, default=False, metadata={"check": v.is_bool}
    )
    exclusion_pending: frozenset[Exclusion] = attrs.field(
        kw_only=True,
        default=frozenset(),
        converter=_to_exclusions,
        metadata={"check": v.enum_set(Exclusion)},
    )
    cessation_pending: frozenset[Cessation] = attrs.field(
        kw_only=True,
        default=frozenset(),
        converter=_to_cessations,
        metadata={"check": v.enum_set(Cessation)},
    )
    cessation_ruled_out: frozenset[Cessation] = attrs.field(
        kw_only=True,
        default=frozenset(),
        converter=_to_cessations,
        metadata={"check": v.enum_set(Cessation)},
    )
    unrwa_assistance: bool | None = attrs.field(default=False, metadata={"check": v.opt_bool})
    unrwa_assistance_ceased: bool | None = attrs.field(
        kw_only=True, default=None, metadata={"check": v.opt_bool}
    )
    rights_of_national_in: str | None = attrs.field(default=None, metadata={"check": v.opt_country})
    events_before_1951: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    events_in_europe: bool | None = attrs.field(
        kw_only=True, default=None, metadata={"check": v.opt_bool}
    )
    danger_to_security: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    serious_crime_danger: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    convicted_particularly_serious_crime: bool | None = attrs.field(
        default=None, metadata={"check": v.opt_bool}
    )
    danger_to_community: bool | None = attrs.field(default=None, metadata={"check": v.opt_bool})
    at_frontier: bool = attrs.field(default=False, metadata={"check": v.is_bool})
    under_control_of: frozenset[str] = attrs.field(
        default=frozenset(), converter=v.to_frozenset, metadata={"check": v.country_set}
    )
    flight_causes: frozenset[FlightCause] | None = attrs.field(
        default=None, converter=_to_flight_causes, metadata={"check": _check_flight_causes}
    )
    flight_events_in: frozenset[str] | None = attrs.field(
        kw_only=True,
        default=None,
        converter=v.to_opt_frozenset,
        metadata={"check": _check_flight_events_in},
    )
    reasons_for_leaving: frozenset[Ground] | None = attrs.field(
        kw_only=True,
        default=None,
        converter=_to_grounds,
        metadata={"check": v.enum_set(Ground, optional=True)},
    )
    onward_removal: Mapping[str, bool | frozenset[str]] = attrs.field(
        factory=FrozenMap, converter=_to_onward, metadata={"check": _check_onward}
    )
    likelihood_of_any: Mapping[str, float] = attrs.field(
        kw_only=True,
        factory=FrozenMap,
        converter=_to_likelihoods,
        metadata={"check": _check_likelihoods},
    )
    relocation_from_all: Mapping[str, bool] = attrs.field(
        kw_only=True,
        factory=FrozenMap,
        converter=_to_findings,
        metadata={"check": _check_findings},
    )

    def _cross_check(self) -> tuple[Problem, ...]:
        # A clause raised is either decided (found: exclusion, cessation) or not yet decided
        # (pending), never both: read as found, a pending clause would be answered as decided
        # with nothing missing.
        if (
            (self.exclusion and self.exclusion_pending)
            or (self.cessation and self.cessation_pending)
            or (self.cessation_ruled_out and (self.cessation or self.cessation_pending))
        ):
            clash = _found_and_pending(
                ("exclusion", self.exclusion, self.exclusion_pending),
                ("cessation", self.cessation, self.cessation_pending),
            ) + _ruled_out_and_raised(
                self.cessation, self.cessation_pending, self.cessation_ruled_out
            )
            if clash:
                return clash
        # Who recognised the person says something only of a recognition stated.
        if self.recognised_by is not None and not self.recognised:
            return (
                Problem(
                    "recognised_by",
                    f"{self.recognised_by!r}, yet recognised is false: who recognised the person "
                    "is stated only for a recognition (set recognised to true, or leave "
                    "recognised_by out)",
                ),
            )
        # Art 1D: assistance "at present" received has not "ceased"; the two cannot both be true
        # (a person whose assistance ceased no longer receives it: unrwa_assistance false).
        if self.unrwa_assistance and self.unrwa_assistance_ceased:
            return (
                Problem(
                    "unrwa_assistance_ceased",
                    "true, yet unrwa_assistance says the person is at present receiving that "
                    "protection or assistance: where it has ceased, unrwa_assistance is false",
                ),
            )
        # Handbook para. 53: a judgement that measures "taken together" amount to persecution
        # needs more than one to take together; each is a feared harm of its own, so a claim of one
        # harm cannot carry it. Weighed, it would give a confident "not persecution" on a recorded
        # finding that the measures are. (With no harm feared, nothing is weighed at all.)
        if self.cumulative_persecution is True and self.fears is not None and len(self.fears) == 1:
            return (
                Problem(
                    "cumulative_persecution",
                    "true, yet fears names one harm only: a judgement that measures taken "
                    "together amount to persecution "
                    "(Handbook para. 53) takes more than one; give each measure, and each other "
                    "adverse factor, as a harm of its own in fears, in the country where it is "
                    "feared (or, where one measure is by itself a serious violation of human "
                    "rights, its severity 'serious')",
                ),
            )
        # Several harms taken together: the harms named are among those feared, and what is
        # said of them fits what is said of each (Art 1A(2), "being persecuted"; UNHCR
        # Guidelines No. 4, para. 6).
        if self.likelihood_of_any or self.relocation_from_all:
            together = _together_problems(
                self.fears,
                self.likelihood_of_any,
                self.relocation_from_all,
                self.internal_relocation,
            )
            if together:
                return together
        # Art 33(2), second ground: the shorthand states both limbs at once, so it cannot say
        # otherwise than the limbs stated beside it.
        both = self.serious_crime_danger
        if both is not None and _contradicts(
            both, self.convicted_particularly_serious_crime, self.danger_to_community
        ):
            against = [
                name
                for name, limb in (
                    (
                        "convicted_particularly_serious_crime",
                        self.convicted_particularly_serious_crime,
                    ),
                    ("danger_to_community", self.danger_to_community),
                )
                if limb is not None and limb is not both
            ]
            says = "says" if len(against) == 1 else "say"
            return (
                Problem(
                    "serious_crime_danger",
                    f"{str(both).lower()}, yet {' and '.join(against)} {says} otherwise: it is "
                    "the shorthand for "
                    "both limbs of Art 33(2)'s second ground (a conviction by a final judgement "
                    "of a particularly serious crime, and a danger to the community), true only "
                    "where both hold",
                ),
            )
        return ()
