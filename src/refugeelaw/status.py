"""Refugee status: Article 1 of the 1951 Convention as amended by the 1967 Protocol.

Each rule below sits under the words it applies and returns a :class:`~refugeelaw.Finding`. Inclusion
(Art 1A(2)) is decided element by element; the exceptions (Arts 1C, 1D, 1E, 1F) are separate rules
that displace it, so the finding tree shows which displaced which.

>>> import refugeelaw as rl
>>> escapee = rl.Claim(
...     rl.Person("Escapee", nationalities={"PRK"}, location="CHN"),
...     fears=[rl.Harm("imprisonment and torture for leaving without permission", "PRK",
...                    severity="threat_to_life_or_freedom", likelihood=0.9, actor="state",
...                    reasons={"political_opinion"}, prosecution=True, disproportionate=True,
...                    sur_place=True)],
... )
>>> print(rl.assess_status(escapee, on="2004-06-30"))
REFUGEE on 2004-06-30: every element of Art 1A(2) is met and no exception applies
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Hashable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

from . import _validate as v
from .countries import country_name
from .dates import parse_date, today
from .doctrine import DEFAULT_DOCTRINE, Doctrine
from .facts import Actor, Cessation, Claim, Ground, Harm, Protection, Severity
from .logic import Finding, Verdict, rule_finding, trusted_finding
from .regime import Regime, regime_for
from .sources import Citation
from .sources import cite as _cite
from .status_result import Status, StatusDetermination, missing_facts, trusted_determination

__all__ = ["DoctrineComparison", "assess_status", "compare_doctrines"]

_C = "refugee-convention-1951"
_HB = "unhcr-handbook"
ART_1A2 = Citation(_C, "1A(2)")


def _hb(paras: str) -> Citation:
    return _cite(_HB, paras)


_finding = rule_finding


T = TypeVar("T")

# A caseload needs few entries (100,000 synthetic claims fill at most 99 in any memo); the limit
# bounds memory where facts rarely repeat (continuous likelihoods, free-text social groups).
_MEMO_LIMIT = 1 << 14
_MEMOS: list[dict[Hashable, Any]] = []


def _memo() -> dict[Hashable, Any]:
    memo: dict[Hashable, Any] = {}
    _MEMOS.append(memo)
    return memo


def _learn(memo: dict[Hashable, Any], key: Hashable, value: T) -> T:
    """Remember ``value`` under ``key`` (a memo that is full starts afresh) and return it."""
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    memo[key] = value
    return value


def clear_memos() -> None:
    """Forget every memoised finding (for benchmarks that must start cold; results never change)."""
    for memo in _MEMOS:
        memo.clear()


# ---------------------------------------------------------------------------------------------
# Art 1A(2): "... is outside the country of his nationality ..." / "... not having a nationality
# and being outside the country of his former habitual residence ..."
# ---------------------------------------------------------------------------------------------


def alienage(claim: Claim) -> Finding:
    """Outside every country of nationality (a stateless person: of former habitual residence)."""
    person = claim.person
    element = "outside the country of nationality"
    facts = ["person.location", "person.nationalities"]
    if person.stateless:
        element = "outside the country of former habitual residence"
        facts = ["person.location", "person.habitual_residence"]
        if person.habitual_residence is None:
            return _finding(
                element,
                Verdict.UNKNOWN,
                "the former habitual residence of this stateless person is not known",
                ART_1A2,
                facts=facts,
                missing=["person.habitual_residence"],
            )
    if person.location is None:
        return _finding(
            element,
            Verdict.UNKNOWN,
            "where the person now is is not known",
            ART_1A2,
            facts=facts,
            missing=["person.location"],
        )
    references = person.countries_of_reference()
    if person.location in references:
        return _finding(
            element,
            Verdict.NOT_MET,
            f"the person is still in {country_name(person.location)}: the Convention protects only "
            "those who have crossed an international frontier",
            ART_1A2,
            _hb("88-93"),
            facts=facts,
        )
    return _finding(
        element,
        Verdict.MET,
        f"the person is in {country_name(person.location)}, outside {_names(references)}",
        ART_1A2,
        facts=facts,
    )


# ---------------------------------------------------------------------------------------------
# Art 1A(2): "owing to well-founded fear of being persecuted for reasons of race, religion,
# nationality, membership of a particular social group or political opinion"
# ---------------------------------------------------------------------------------------------


def well_founded(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """The fear is well-founded if the harm has at least a reasonable possibility of happening."""
    threshold = doctrine.fear_threshold
    standard = f"a reasonable possibility (likelihood at least {threshold:g})"
    assume = [doctrine.position("fear_threshold")]
    cites = (ART_1A2, _hb("37-50"), _cite("ins-v-cardoza-fonseca-1987"))
    if harm.likelihood is None:
        return _finding(
            "well-founded fear",
            Verdict.UNKNOWN,
            "the likelihood of the harm has not been assessed",
            *cites,
            missing=[f"{path}.likelihood"],
            facts=[f"{path}.likelihood"],
            standard=standard,
            assumptions=assume,
        )
    met = harm.likelihood >= threshold
    relation = "reaches" if met else "is below"
    return _finding(
        "well-founded fear",
        Verdict.of(met),
        f"the assessed likelihood {harm.likelihood:g} {relation} the threshold {threshold:g}",
        *cites,
        facts=[f"{path}.likelihood"],
        standard=standard,
        assumptions=assume,
    )


def persecution(harm: Harm, path: str) -> Finding:
    """Persecution: a threat to life or freedom, or another serious violation of human rights.

    Discrimination alone is not persecution (Handbook 54–55); prosecution is persecution only when
    the punishment is disproportionate or discriminatory, or the law itself is contrary to human
    rights (Handbook 56–61).
    """
    element = "amounts to persecution"
    if harm.prosecution:
        cites: tuple[Citation, ...] = (ART_1A2, _hb("56-60"), _hb("61"))
        routes = ("disproportionate", "discriminatory", "law_contrary_to_human_rights")
        facts = [f"{path}.prosecution", *(f"{path}.{r}" for r in routes)]
        verdict = Verdict.any(Verdict.of(getattr(harm, r)) for r in routes)
        if harm.severity is Severity.MINOR:
            # Handbook 57: excessive punishment can amount to persecution; a minor penalty,
            # even an unfair one, does not reach the level of a serious violation.
            return _finding(
                element,
                Verdict.NOT_MET,
                "the feared punishment is minor: even if unfair, it is not persecution",
                *cites,
                facts=[*facts, f"{path}.severity"],
            )
        if verdict is Verdict.MET:
            if harm.disproportionate:
                why = "the feared punishment is disproportionate"
            elif harm.discriminatory:
                why = "the prosecution or punishment is discriminatory"
            else:
                why = "the law punished is itself contrary to human-rights standards"
                cites = (*cites, _hb("59"))
            reason = f"{why}, so the prosecution is persecution"
        elif verdict is Verdict.NOT_MET:
            reason = (
                "fair prosecution, under a law consistent with human rights, with proportionate "
                "punishment is not persecution"
            )
        else:
            reason = (
                "whether the punishment is disproportionate or discriminatory, or the law itself "
                "contrary to human rights, is not known"
            )
        missing = [f"{path}.{r}" for r in routes if getattr(harm, r) is None]
        return _finding(element, verdict, reason, *cites, facts=facts, missing=missing)
    cites = (ART_1A2, _hb("51-53"))
    facts = [f"{path}.severity"]
    if harm.severity is None:
        return _finding(
            element,
            Verdict.UNKNOWN,
            "the severity of the harm is not known",
            *cites,
            facts=facts,
            missing=[f"{path}.severity"],
        )
    if harm.severity >= Severity.SERIOUS:
        words = (
            "a threat to life or freedom"
            if harm.severity is Severity.THREAT_TO_LIFE_OR_FREEDOM
            else "a serious violation of human rights"
        )
        return _finding(element, Verdict.MET, f"the harm is {words}", *cites, facts=facts)
    if harm.severity is Severity.DISCRIMINATION:
        return _finding(
            element,
            Verdict.NOT_MET,
            "discrimination that does not reach a serious violation of human rights is not "
            "persecution on its own",
            *cites,
            _hb("54-55"),
            facts=facts,
        )
    return _finding(
        element,
        Verdict.NOT_MET,
        "the harm is not serious enough to be persecution",
        *cites,
        facts=facts,
    )


def social_group(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """A particular social group, by the test ``doctrine.social_group`` names."""
    group = harm.social_group
    cites: tuple[Citation, ...] = (ART_1A2, _hb("77-79"), _cite("canada-v-ward-1993"))
    assume = [doctrine.position("social_group")]
    element = "a particular social group"
    if group is None:
        return _finding(
            element,
            Verdict.UNKNOWN,
            "no facts about the group are given",
            *cites,
            missing=[f"{path}.social_group"],
            assumptions=assume,
        )
    gpath = f"{path}.social_group"
    independent = Verdict.of(group.exists_independently)
    pc = Verdict.of(group.protected_characteristic)
    sp = Verdict.of(group.socially_perceived)
    test = doctrine.social_group
    if test == "protected_characteristics":
        shown, needed = pc, ["protected_characteristic"]
    elif test == "social_perception":
        shown, needed = sp, ["socially_perceived"]
    elif test == "either":
        shown, needed = pc | sp, ["protected_characteristic", "socially_perceived"]
    else:
        shown, needed = pc & sp, ["protected_characteristic", "socially_perceived"]
    verdict = independent & shown
    missing = [f"{gpath}.{n}" for n in needed if getattr(group, n) is None]
    if group.exists_independently is None:
        missing.append(f"{gpath}.exists_independently")
    if independent is Verdict.NOT_MET:
        reason = (
            f"{group.description!r} is defined only by the persecution feared, and a group cannot "
            "be defined by the persecution alone"
        )
        cites = (*cites, _cite("applicant-a-v-miea-1997"))
    elif verdict is Verdict.MET:
        reason = f"{group.description!r} is a particular social group under the test applied"
    elif verdict is Verdict.NOT_MET:
        reason = f"{group.description!r} does not meet the test applied"
    else:
        reason = f"whether {group.description!r} is a particular social group is not yet shown"
    return _finding(
        element,
        verdict,
        reason,
        *cites,
        facts=[gpath],
        missing=missing,
        assumptions=assume,
    )


def nexus(harm: Harm, path: str, doctrine: Doctrine) -> Finding:
    """ "For reasons of" a Convention ground: a ground must be a reason for the persecution.

    Mixed motives do not defeat the nexus; purely economic (or other non-Convention) reasons do not
    qualify (Handbook 62–64); imputed grounds count, since the persecutor's reasons decide.
    """
    element = "for reasons of a Convention ground"
    cites = (ART_1A2, _hb("66-86"))
    facts = [f"{path}.reasons"]
    assume = [doctrine.position("nexus")]
    if not harm.reasons:
        return _finding(
            element,
            Verdict.UNKNOWN,
            "the persecutor's reasons are not known",
            *cites,
            facts=facts,
            missing=[f"{path}.reasons"],
            assumptions=assume,
        )
    grounds = sorted(harm.grounds, key=lambda g: list(Ground).index(g))
    motives = sorted(m.value.replace("_", " ") for m in harm.motives)
    if not grounds:
        return _finding(
            element,
            Verdict.NOT_MET,
            f"the reasons ({', '.join(motives)}) are not Convention grounds: a person who leaves "
            "for such reasons alone is not a refugee",
            *cites,
            _hb("62-64"),
            facts=facts,
            assumptions=assume,
        )
    children = []
    ground_verdicts = []
    for ground in grounds:
        if ground is Ground.PARTICULAR_SOCIAL_GROUP:
            child = social_group(harm, path, doctrine)
            children.append(child)
            ground_verdicts.append(child.verdict)
        else:
            ground_verdicts.append(Verdict.MET)
    is_ground = Verdict.any(ground_verdicts)
    labels = ", ".join(g.label for g in grounds)
    central = Verdict.MET
    central_missing: list[str] = []
    if doctrine.nexus == "one_central_reason" and motives:
        central = Verdict.of(harm.ground_central)
        facts.append(f"{path}.ground_central")
        if harm.ground_central is None:
            central_missing.append(f"{path}.ground_central")
    verdict = is_ground & central
    if verdict is Verdict.MET:
        reason = f"the persecutor acts for reasons of {labels}"
        if motives:
            reason += f"; mixed motives ({', '.join(motives)}) do not defeat the nexus"
    elif central is Verdict.NOT_MET:
        reason = f"{labels} is not at least one central reason, as the doctrine applied requires"
    elif is_ground is Verdict.NOT_MET:
        reason = f"the reasons given ({labels}) do not establish a Convention ground"
    else:
        reason = f"whether {labels} establishes the nexus is not yet known"
    return _finding(
        element,
        verdict,
        reason,
        *cites,
        children=children,
        facts=facts,
        missing=central_missing,
        assumptions=assume,
    )


def in_country_of_reference(harm: Harm, path: str, claim: Claim) -> Finding:
    """The persecution must be feared in a country of nationality (or former habitual residence)."""
    references = claim.person.countries_of_reference()
    element = "feared in a country of nationality"
    if claim.person.stateless:
        element = "feared in the country of former habitual residence"
        if not references:
            return _finding(
                element,
                Verdict.UNKNOWN,
                "the former habitual residence is not known",
                ART_1A2,
                missing=["person.habitual_residence"],
            )
    met = harm.country in references
    where = country_name(harm.country)
    reason = (
        f"the harm is feared in {where}"
        if met
        else f"the harm is feared in {where}, which is not {_names(references)}; fears elsewhere "
        "bear on non-refoulement, not on refugee status"
    )
    return _finding(element, Verdict.of(met), reason, ART_1A2, facts=[f"{path}.country"])


def no_internal_flight(harm: Harm, path: str, claim: Claim) -> Finding:
    """Internal relocation (Handbook 91): where the state persecutes, an internal flight
    alternative is presumed unavailable, unless the decision-maker finds a reasonable one."""
    element = "no internal flight alternative"
    cites = (ART_1A2, _hb("91"))
    facts = [f"{path}.actor", "internal_relocation"]
    if harm.actor is Actor.STATE:
        if claim.internal_relocation:
            return _finding(
                element,
                Verdict.NOT_MET,
                "the state is the persecutor, which raises a presumption that no part of the "
                "country is safe, but the decision-maker finds a reasonable internal flight "
                "alternative, which rebuts it",
                *cites,
                facts=facts,
                role="input",
            )
        if claim.internal_relocation is False:
            reason = (
                "the state is the persecutor, and the decision-maker finds no reasonable internal "
                "flight alternative"
            )
        else:
            reason = (
                "the state is the persecutor: an internal flight alternative is presumed "
                "unavailable and no finding rebuts the presumption"
            )
        return _finding(element, Verdict.MET, reason, *cites, facts=facts)
    relocation = Verdict.of(
        None if claim.internal_relocation is None else not claim.internal_relocation
    )
    if relocation is Verdict.MET:
        return _finding(
            element,
            Verdict.MET,
            "no reasonable internal flight alternative exists (a finding of the decision-maker)",
            *cites,
            facts=facts,
            role="input",
        )
    if relocation is Verdict.NOT_MET:
        if harm.actor is None:
            return _finding(
                element,
                Verdict.UNKNOWN,
                "a reasonable internal flight alternative exists, which "
                "defeats the claim only if the persecutor is not the state, and who the persecutor "
                "is is not known",
                *cites,
                facts=facts,
                missing=[f"{path}.actor"],
            )
        return _finding(
            element,
            Verdict.NOT_MET,
            "the persecutor is not the state and a reasonable internal "
            "flight alternative exists (a finding of the decision-maker)",
            *cites,
            facts=facts,
            role="input",
        )
    missing = ["internal_relocation"] + ([f"{path}.actor"] if harm.actor is None else [])
    return _finding(
        element,
        Verdict.UNKNOWN,
        "whether a reasonable internal flight alternative exists is not known",
        *cites,
        facts=facts,
        missing=missing,
    )


def sur_place(harm: Harm, path: str) -> Finding:
    """A fear that arises after departure counts like any other (Handbook 94–96)."""
    cites = [_hb("94-96")]
    reason = "the fear arose after the person left; a refugee sur place is a refugee all the same"
    if harm.prosecution:
        cites.append(_hb("61"))
        reason += (
            "; where the prosecution is for leaving without permission, severe punishment for "
            "it can ground the fear"
        )
    return _finding(
        "refugee sur place", Verdict.MET, reason, *cites, facts=[f"{path}.sur_place"], role="note"
    )


# Each element's finding is a pure function of the facts it reads, and findings are immutable, so
# claims that share those facts share one finding: the functions that put the elements together
# look each one up in a memo keyed on exactly those facts before applying the rule. In a caseload
# most elements repeat (the same likelihood bands, severities, grounds, countries), which is what
# makes large runs fast. A key names only the facts and the doctrine fields the rule reads
# (a property in tests/test_status_properties.py checks that warm memos never change a result). Each memo holds at most ``_MEMO_LIMIT`` findings and starts afresh when
# full; ``clear_memos()`` empties them all. Results never depend on what is remembered.
_WHERE = _memo()
_WELL_FOUNDED = _memo()
_PERSECUTION = _memo()
_NEXUS = _memo()
_FLIGHT = _memo()
_SUR_PLACE = _memo()
_PATHS = tuple(f"fears[{i}]" for i in range(16))
# Module names for enum members: the hot paths read them without the enum class's attribute hook.
_MET, _NOT_MET, _UNKNOWN = Verdict.MET, Verdict.NOT_MET, Verdict.UNKNOWN
_STATE = Actor.STATE
_AVAILABLE = Protection.AVAILABLE


def harm_elements(
    harm: Harm, path: str, claim: Claim, doctrine: Doctrine
) -> tuple[Finding, Finding, Finding, Finding, Finding]:
    """The elements of one feared harm, each memoised on the facts its rule reads: where it is
    feared, well-founded, persecution, nexus, and no internal flight alternative (Art 1A(2)).
    The return rules (Art 33(1)) weigh the same elements."""
    person = claim.person
    key: Hashable = (harm.country, path, person.nationalities, person.habitual_residence)
    where = _WHERE.get(key) or _learn(_WHERE, key, in_country_of_reference(harm, path, claim))
    key = (harm.likelihood, path, doctrine.fear_threshold)
    founded = _WELL_FOUNDED.get(key) or _learn(
        _WELL_FOUNDED, key, well_founded(harm, path, doctrine)
    )
    key = (
        harm.prosecution,
        harm.disproportionate,
        harm.discriminatory,
        harm.law_contrary_to_human_rights,
        harm.severity,
        path,
    )
    persecuted = _PERSECUTION.get(key) or _learn(_PERSECUTION, key, persecution(harm, path))
    key = (
        harm.reasons,
        harm.ground_central,
        harm.social_group,
        path,
        doctrine.nexus,
        doctrine.social_group,
    )
    reasons = _NEXUS.get(key) or _learn(_NEXUS, key, nexus(harm, path, doctrine))
    key = (harm.actor, path, claim.internal_relocation)
    flight = _FLIGHT.get(key) or _learn(_FLIGHT, key, no_internal_flight(harm, path, claim))
    return where, founded, persecuted, reasons, flight


def harm_path(index: int) -> str:
    """``fears[index]``, the field path of a feared harm."""
    return _PATHS[index] if index < len(_PATHS) else f"fears[{index}]"


def fear(harm: Harm, index: int, claim: Claim, doctrine: Doctrine) -> Finding:
    """One feared harm: where, well-founded, persecution, nexus, and no internal flight."""
    path = harm_path(index)
    children: tuple[Finding, ...] = harm_elements(harm, path, claim, doctrine)
    where, founded, persecuted, reasons, flight = children
    verdicts = (where.verdict, founded.verdict, persecuted.verdict, reasons.verdict, flight.verdict)
    verdict = (
        _NOT_MET if _NOT_MET in verdicts else _UNKNOWN if _UNKNOWN in verdicts else _MET
    )  # Kleene conjunction, as Verdict.all
    if harm.sur_place:
        key = (harm.prosecution, path)
        noted = _SUR_PLACE.get(key) or _learn(_SUR_PLACE, key, sur_place(harm, path))
        children = (*children, noted)
    return trusted_finding(
        f"{path}: {harm.description}", verdict, _FEAR_REASONS[verdict], (ART_1A2,), children
    )


_FEAR_REASONS = {
    Verdict.MET: "a well-founded fear of being persecuted for a Convention reason",
    Verdict.NOT_MET: "not a well-founded fear of persecution for a Convention reason",
    Verdict.UNKNOWN: "whether this is a well-founded fear of persecution is not yet known",
}
_FEARED = "well-founded fear of being persecuted for a Convention reason"
_ANY_FEAR_REASONS = {
    Verdict.MET: "at least one feared harm qualifies",
    Verdict.NOT_MET: "no feared harm qualifies",
    Verdict.UNKNOWN: "no feared harm qualifies yet, and at least one might",
}
_NO_FEAR = _finding(
    _FEARED, Verdict.NOT_MET, "the claim states no feared harm", ART_1A2, facts=["fears"]
)


def feared_persecution(claim: Claim, doctrine: Doctrine) -> Finding:
    """At least one feared harm must be a well-founded fear of persecution for a Convention reason."""
    fears = claim.fears
    if len(fears) == 1:  # the usual case, without the loops
        only = fear(fears[0], 0, claim, doctrine)
        children: tuple[Finding, ...] = (only,)
        verdict = only.verdict
    elif fears:
        children = tuple([fear(h, i, claim, doctrine) for i, h in enumerate(fears)])
        verdicts = [c.verdict for c in children]
        verdict = (
            _MET if _MET in verdicts else _UNKNOWN if _UNKNOWN in verdicts else _NOT_MET
        )  # Kleene disjunction, as Verdict.any
    else:
        return _NO_FEAR
    return trusted_finding(_FEARED, verdict, _ANY_FEAR_REASONS[verdict], (ART_1A2,), children)


# ---------------------------------------------------------------------------------------------
# Art 1A(2), second paragraph: "... a person shall not be deemed to be lacking the protection of the
# country of his nationality if, without any valid reason based on well-founded fear, he has not
# availed himself of the protection of one of the countries of which he is a national."
# ---------------------------------------------------------------------------------------------


def protection_of(country: str, claim: Claim) -> Finding:
    """Unable or, owing to the fear, unwilling to avail of this country's protection."""
    stated = claim.protection.get(country)
    name = country_name(country)
    path = f"protection[{country!r}]"
    element = f"protection of {name}"
    cites: tuple[Citation, ...] = (ART_1A2, _hb("106-107"), _hb("65"))
    state_persecutor = [
        i for i, h in enumerate(claim.fears) if h.country == country and h.actor is Actor.STATE
    ]
    if stated is Protection.AVAILABLE:
        reason = (
            f"{name} offers protection that the person could use: a person is not lacking "
            "protection who, without valid reason based on fear, has not availed of it"
        )
        facts = [path]
        if state_persecutor:
            # The decision-maker's finding stands, but the facts pull the other way: flag it.
            named = ", ".join(f"fears[{i}]" for i in state_persecutor)
            reason += (
                f"; but {named} names the state of {name} as the persecutor, and a well-founded "
                "fear of the state itself is a reason, owing to such fear, to refuse its "
                "protection: check this finding (refused_for_valid_reason records such a refusal)"
            )
            facts += [f"fears[{i}].actor" for i in state_persecutor]
        return _finding(element, Verdict.NOT_MET, reason, *cites, facts=facts)
    if stated is Protection.UNAVAILABLE:
        return _finding(
            element, Verdict.MET, f"{name}'s protection is unavailable", *cites, facts=[path]
        )
    if stated is Protection.REFUSED_FOR_VALID_REASON:
        return _finding(
            element,
            Verdict.MET,
            f"the person declines {name}'s protection for a valid reason "
            "based on well-founded fear (a finding of the decision-maker)",
            *cites,
            facts=[path],
            role="input",
        )
    if state_persecutor:
        return _finding(
            element,
            Verdict.MET,
            f"the state of {name} is itself the persecutor, so its protection is unavailable",
            *cites,
            facts=[f"fears[{i}].actor" for i in state_persecutor],
        )
    return _finding(
        element,
        Verdict.UNKNOWN,
        f"whether {name} would protect the person is not known",
        *cites,
        missing=[path],
    )


_PROTECTION = _memo()
_LACKS = _memo()
_REFERENCES = _memo()
_DUAL_REASONS = {
    Verdict.MET: "no country of nationality offers protection",
    Verdict.NOT_MET: "a country of nationality offers protection: a dual national must first seek it",
    Verdict.UNKNOWN: "whether every country of nationality fails to protect is not known",
}


def lacks_protection(claim: Claim) -> Finding:
    """Unable or unwilling to avail of the protection of **each** country of nationality.

    Each country's finding is :func:`protection_of`, memoised on the facts it reads: the stated
    protection and, only where none is stated, which fears have that state as the persecutor.
    """
    person = claim.person
    key: Hashable = (person.nationalities, person.habitual_residence)
    references: tuple[str, ...] | None = _REFERENCES.get(key)
    if references is None:
        references = _learn(_REFERENCES, key, person.countries_of_reference())
    stateless = not person.nationalities
    if stateless and not references:
        return _NO_RESIDENCE
    children = []
    for country in references:
        stated = claim.protection.get(country)
        persecutors = (
            ()
            if stated is not None and stated is not _AVAILABLE  # the rule reads them only then
            else tuple(
                i for i, h in enumerate(claim.fears) if h.country == country and h.actor is _STATE
            )
        )
        key = (country, stated, persecutors)
        children.append(
            _PROTECTION.get(key) or _learn(_PROTECTION, key, protection_of(country, claim))
        )
    # The finding depends only on the children (memoised, and kept alive by the finding that holds
    # them, so their identities are stable keys) and on statelessness.
    key = (stateless, *map(id, children))
    found: Finding | None = _LACKS.get(key)
    if found is not None:
        return found
    element = (
        "unable or unwilling to return to the country of former habitual residence"
        if stateless
        else "lacks the protection of every country of nationality"
    )
    verdict = Verdict.all([c.verdict for c in children])
    reason = _DUAL_REASONS[verdict] if len(children) > 1 else children[0].reason
    return _learn(
        _LACKS,
        key,
        _finding(element, verdict, reason, ART_1A2, _hb("106-107"), children=children),
    )


_NO_RESIDENCE = _finding(
    "unable or unwilling to return to the country of former habitual residence",
    Verdict.UNKNOWN,
    "the former habitual residence is not known",
    ART_1A2,
    missing=["person.habitual_residence"],
)


# ---------------------------------------------------------------------------------------------
# Art 1A(2) "As a result of events occurring before 1 January 1951", as read by Art 1B and as
# omitted by Protocol art. I(2)-(3).
# ---------------------------------------------------------------------------------------------


def dateline(claim: Claim, regime: Regime) -> Finding:
    """The 1951 dateline (Art 1B(1)) binds only a party to the Convention alone; the geographic
    limitation (Art 1B(1)(a)) binds a state that declared it, under the Protocol too (art. I(3))."""
    element = "dateline and geographic limitation"
    protocol = (
        _cite("refugee-protocol-1967", "I(2)"),
        _cite("refugee-protocol-1967", "I(3)"),
    )
    if not regime.dateline and regime.geographic_limitation is False:
        return _no_limits(regime)
    parts = []
    missing = []
    reasons = []
    if regime.dateline:
        parts.append(Verdict.of(claim.events_before_1951))
        reasons.append("the fear must result from events occurring before 1 January 1951")
        if claim.events_before_1951 is None:
            missing.append("events_before_1951")
    if regime.geographic_limitation is not False:
        europe = Verdict.of(claim.events_in_europe)
        if regime.geographic_limitation is None:
            # The state's Art 1B(1) choice is unknown: events in Europe satisfy either alternative.
            europe = europe | Verdict.UNKNOWN
            reasons.append(
                "the state's Art 1B(1) choice is not known, so events outside Europe may not count"
            )
        else:
            reasons.append(
                "the state keeps alternative (a): the events must have occurred in Europe"
            )
        parts.append(europe)
        if claim.events_in_europe is None:
            missing.append("events_in_europe")
        if europe is Verdict.UNKNOWN and regime.geographic_limitation is None:
            # Not a fact of the claim: the state's declaration is missing from the data.
            missing.append(f"states[{regime.state!r}].art_1b")
    verdict = Verdict.all(parts)
    cites = (ART_1A2, _cite(_C, "1B(1)"), *(() if not regime.protocol_applies else protocol))
    return _finding(
        element,
        verdict,
        f"{regime.description}; " + "; ".join(reasons),
        *cites,
        facts=["events_before_1951", "events_in_europe"],
        missing=missing,
    )


@functools.lru_cache(maxsize=1024)
def _no_limits(regime: Regime) -> Finding:
    """The Protocol's definition: no dateline, no geographic limitation (the same for every claim)."""
    return _finding(
        "dateline and geographic limitation",
        Verdict.MET,
        regime.description + ": no dateline or geographic limitation applies",
        _cite("refugee-protocol-1967", "I(2)"),
        _cite("refugee-protocol-1967", "I(3)"),
        role="note",
    )


_FEAR = 1  # position of the well-founded-fear element among inclusion's children


_ALIENAGE = _memo()
_DATELINE = _memo()
_UNMET_REASONS = _memo()
_INCLUSION_REASONS = {
    Verdict.MET: "every element of Art 1A(2) is met",
    Verdict.UNKNOWN: "no element of Art 1A(2) fails, but some are not yet known",
}


def inclusion(claim: Claim, doctrine: Doctrine, regime: Regime) -> Finding:
    """Art 1A(2): every element must be met."""
    person = claim.person
    key: Hashable = (person.location, person.nationalities, person.habitual_residence)
    alien = _ALIENAGE.get(key) or _learn(_ALIENAGE, key, alienage(claim))
    key = (
        regime.description,
        regime.state,
        regime.dateline,
        regime.geographic_limitation,
        regime.protocol_applies,
        claim.events_before_1951,
        claim.events_in_europe,
    )
    limits = _DATELINE.get(key) or _learn(_DATELINE, key, dateline(claim, regime))
    feared = feared_persecution(claim, doctrine)
    protected = lacks_protection(claim)
    children = (alien, feared, protected, limits)
    verdicts = (alien.verdict, feared.verdict, protected.verdict, limits.verdict)
    verdict = _NOT_MET if _NOT_MET in verdicts else _UNKNOWN if _UNKNOWN in verdicts else _MET
    if verdict is _NOT_MET:
        # The elements' names vary only for a stateless person: remember each sentence once.
        key = (verdicts, alien.element, protected.element)
        reason = _UNMET_REASONS.get(key) or _learn(
            _UNMET_REASONS,
            key,
            "an element of Art 1A(2) is not met: "
            + "; ".join([c.element for c in children if c.verdict is _NOT_MET]),
        )
    else:
        reason = _INCLUSION_REASONS[verdict]
    return trusted_finding("inclusion (Art 1A(2))", verdict, reason, (ART_1A2,), children)


# ---------------------------------------------------------------------------------------------
# The exceptions. Each is a rule of its own that, where it applies, displaces inclusion.
# ---------------------------------------------------------------------------------------------


def art_1d(claim: Claim) -> Finding:
    """Art 1D: "This Convention shall not apply to persons who are at present receiving from organs
    or agencies of the United Nations other than the United Nations High Commissioner for Refugees
    protection or assistance."""
    cite = _cite(_C, "1D")
    if claim.unrwa_assistance:
        return _finding(
            "Art 1D: other UN protection or assistance",
            Verdict.MET,
            "the person is at present receiving protection or assistance from a UN "
            "agency other than UNHCR",
            cite,
            _hb("140-163"),
            facts=["unrwa_assistance"],
            role="exception",
        )
    return _finding(
        "Art 1D: other UN protection or assistance",
        Verdict.NOT_MET,
        "no other UN agency's protection or assistance is received",
        cite,
        facts=["unrwa_assistance"],
        role="exception",
    )


def art_1e(claim: Claim) -> Finding:
    """Art 1E: "This Convention shall not apply to a person who is recognized by the competent
    authorities of the country in which he has taken residence as having the rights and obligations
    which are attached to the possession of the nationality of that country."""
    cite = _cite(_C, "1E")
    where = claim.rights_of_national_in
    if where is not None:
        return _finding(
            "Art 1E: rights of a national in the country of residence",
            Verdict.MET,
            f"{country_name(where)} recognises the person as having the rights and "
            "obligations of its nationals",
            cite,
            _hb("140-163"),
            facts=["rights_of_national_in"],
            role="exception",
        )
    return _finding(
        "Art 1E: rights of a national in the country of residence",
        Verdict.NOT_MET,
        "no country of residence accords the person the rights of a national",
        cite,
        facts=["rights_of_national_in"],
        role="exception",
    )


def art_1f(claim: Claim) -> Finding:
    """Art 1F: "The provisions of this Convention shall not apply to any person with respect to whom
    there are serious reasons for considering that ..." (a), (b) or (c)."""
    standard = "serious reasons for considering"
    clauses = sorted(claim.exclusion, key=lambda e: e.value)
    if clauses:
        cites = [c.citation for c in clauses]
        names = ", ".join(c.value for c in clauses)
        return _finding(
            "Art 1F: exclusion",
            Verdict.MET,
            f"the decision-maker has serious reasons for considering that Art {names} applies",
            *cites,
            _hb("140-163"),
            facts=["exclusion"],
            standard=standard,
            role="exception",
        )
    return _finding(
        "Art 1F: exclusion",
        Verdict.NOT_MET,
        "no exclusion clause is found to apply",
        _cite(_C, "1F"),
        facts=["exclusion"],
        standard=standard,
        role="exception",
    )


def art_1c(claim: Claim, fear: Finding | None = None) -> Finding:
    """Art 1C: "This Convention shall cease to apply to any person falling under the terms of
    section A if ..." (1)–(6). The clauses are exhaustive and read restrictively (Handbook 111–139).

    1C(5) and 1C(6) apply only when "the circumstances in connexion with which he has been
    recognized as a refugee have ceased to exist": a well-founded fear that persists on the facts
    (``fear``, the inclusion element's finding) contradicts them.
    """
    verdict = _NOT_MET if fear is None else fear.verdict
    found = _art_1c(claim.cessation, verdict)
    if found.verdict is _UNKNOWN and fear is not None:
        # What decides it is what decides the fear.
        return attrs.evolve(found, missing=missing_facts(fear))
    return found


_CHANGED_CIRCUMSTANCES = frozenset({Cessation.ART_1C_5, Cessation.ART_1C_6})


@functools.lru_cache(maxsize=256)
def _art_1c(cessation: frozenset[Cessation], fear: Verdict) -> Finding:
    clauses = sorted(cessation, key=lambda c: c.value)
    element = "Art 1C: cessation"
    if not clauses:
        return _finding(
            element,
            Verdict.NOT_MET,
            "no cessation clause is found to apply",
            _cite(_C, "1C"),
            facts=["cessation"],
            role="exception",
        )
    names = ", ".join(c.value for c in clauses)
    cites = (*(c.citation for c in clauses), _hb("111-139"))
    changed = cessation & _CHANGED_CIRCUMSTANCES
    if changed and fear is not Verdict.NOT_MET and not cessation - _CHANGED_CIRCUMSTANCES:
        verdict = Verdict.NOT_MET if fear is Verdict.MET else Verdict.UNKNOWN
        reason = f"Art {names} needs the circumstances of the fear to have ceased, but " + (
            "a well-founded fear of persecution persists on the facts"
            if fear is Verdict.MET
            else "whether the fear persists is not yet known"
        )
        return _finding(
            element, verdict, reason, *cites, facts=["cessation", "fears"], role="exception"
        )
    if changed and fear is not Verdict.NOT_MET:
        # Other clauses apply; the changed-circumstances ones cannot be relied on while the fear
        # may persist.
        names = ", ".join(c.value for c in clauses if c not in _CHANGED_CIRCUMSTANCES)
        skipped = ", ".join(c.value for c in clauses if c in _CHANGED_CIRCUMSTANCES)
        return _finding(
            element,
            Verdict.MET,
            f"refugee status has ceased under Art {names} (Art {skipped} cannot be relied on "
            "while the fear may persist)",
            *cites,
            facts=["cessation", "fears"],
            role="exception",
        )
    return _finding(
        element,
        Verdict.MET,
        f"refugee status has ceased under Art {names}",
        *cites,
        facts=["cessation"],
        role="exception",
    )


_NO_CESSATION = _art_1c(frozenset(), Verdict.NOT_MET)  # shared by every claim with no clause


# ---------------------------------------------------------------------------------------------
# Putting it together.
# ---------------------------------------------------------------------------------------------


def _exceptions(claim: Claim) -> tuple[tuple[Finding, Finding, Finding], str]:
    """Arts 1D, 1E and 1F, and the names of those that apply ("" if none)."""
    found = (art_1d(claim), art_1e(claim), art_1f(claim))
    return found, ", ".join(f.element.split(":")[0] for f in found if f.verdict is Verdict.MET)


def _decide(included: Finding, exclusions: str, ceased: Finding) -> tuple[Status, str]:
    """The outcome: ``exclusions`` names the exceptions of Arts 1D–1F that apply, if any."""
    inc = included.verdict
    if exclusions:
        if inc is _MET:
            return Status.EXCLUDED, f"the person meets Art 1A(2) but {exclusions} displaces it"
        if inc is _NOT_MET:
            return (
                Status.NOT_REFUGEE,
                f"{included.reason} (and {exclusions} would exclude in any case)",
            )
        return Status.UNDETERMINED, (
            f"{exclusions} applies, so the person has no Convention status either way; whether "
            "that is because of exclusion or because inclusion fails is not yet known"
        )
    if ceased.verdict is _MET:
        return Status.CEASED, ceased.reason
    return _INCLUDED[inc] or (_BY_INCLUSION[inc], included.reason)


def assess_status(
    claim: Claim,
    *,
    on: dt.date | str | None = None,
    state: str | None = None,
    doctrine: Doctrine | None = None,
) -> StatusDetermination:
    """Is this person a refugee within Art 1 of the 1951 Convention (as amended by the Protocol)?

    Args:
        claim: the facts.
        on: the date of the assessment (default: today). It decides which treaties bind ``state``.
        state: ISO alpha-3 code of the state whose obligations frame the question. A party to the
            Convention alone keeps the 1951 dateline and, if it chose it, the geographic limitation
            (Art 1B); a party to the Protocol, or no state given, applies neither.
        doctrine: the contested positions to apply (default :class:`Doctrine`).

    Returns:
        A :class:`StatusDetermination` whose ``finding`` explains every step.

    Raises:
        InvalidInput: ``claim`` is not a :class:`Claim`, or ``on``, ``state`` or ``doctrine`` is invalid.
    """
    if not isinstance(claim, Claim):
        raise v.InvalidInput([v.Problem("claim", f"expected a Claim, got {type(claim).__name__}")])
    if type(on) is not dt.date:  # the common case, a date, needs no parsing
        on = today() if on is None else parse_date(on, field="on")
    when = on
    doctrine = DEFAULT_DOCTRINE if doctrine is None else _doctrine(doctrine)
    regime = regime_for(state, when)
    included = inclusion(claim, doctrine, regime)
    key = (claim.unrwa_assistance, claim.rights_of_national_in, claim.exclusion)
    exceptions, exclusions = _EXCEPTIONS.get(key) or _learn(_EXCEPTIONS, key, _exceptions(claim))
    ceased = art_1c(claim, included.children[_FEAR]) if claim.cessation else _NO_CESSATION
    outcome, reason = _decide(included, exclusions, ceased)
    root = trusted_finding(
        "refugee status",
        _ROOT_VERDICT[outcome],
        reason,
        _ART_1,
        (included, *exceptions, ceased),
        role="conclusion",
    )
    return trusted_determination(outcome, claim, when, root, doctrine, state, regime.description)


_EXCEPTIONS = _memo()  # Arts 1D, 1E and 1F, on the three facts they read
_BY_INCLUSION = {
    Verdict.MET: Status.REFUGEE,
    Verdict.NOT_MET: Status.NOT_REFUGEE,
    Verdict.UNKNOWN: Status.UNDETERMINED,
}
_INCLUDED: dict[Verdict, tuple[Status, str] | None] = {
    Verdict.MET: (Status.REFUGEE, "every element of Art 1A(2) is met and no exception applies"),
    Verdict.NOT_MET: None,
    Verdict.UNKNOWN: None,
}
_ART_1 = (_cite(_C, "1"),)
_ROOT_VERDICT = {
    Status.REFUGEE: Verdict.MET,
    Status.UNDETERMINED: Verdict.UNKNOWN,
    Status.NOT_REFUGEE: Verdict.NOT_MET,
    Status.EXCLUDED: Verdict.NOT_MET,
    Status.CEASED: Verdict.NOT_MET,
}


def _doctrine(doctrine: Any) -> Doctrine:
    if doctrine is None:
        return DEFAULT_DOCTRINE
    if not isinstance(doctrine, Doctrine):
        raise v.InvalidInput([v.Problem("doctrine", f"expected a Doctrine, got {doctrine!r}")])
    return doctrine


def _names(codes: Iterable[str]) -> str:
    return _joined_names(tuple(codes))


@functools.lru_cache(maxsize=1024)
def _joined_names(codes: tuple[str, ...]) -> str:
    names = [country_name(c) for c in codes]
    if len(names) <= 1:
        return names[0] if names else "any country of reference"
    return ", ".join(names[:-1]) + " and " + names[-1]


@attrs.frozen
class DoctrineComparison:
    """One claim assessed under several doctrines: the outcome per view, and where they part."""

    determinations: Mapping[str, StatusDetermination]
    diverges_at: str | None

    @property
    def outcomes(self) -> dict[str, Status]:
        """The outcome under each named view."""
        return {name: d.outcome for name, d in self.determinations.items()}

    def explain(self) -> str:
        """A short table of the outcome per view and the first element where they differ."""
        width = max(len(n) for n in self.determinations)
        lines = [f"{name:<{width}}  {d.outcome.name}" for name, d in self.determinations.items()]
        lines.append(
            f"views diverge first at: {self.diverges_at}" if self.diverges_at else "views agree"
        )
        return "\n".join(lines)


def compare_doctrines(
    claim: Claim,
    views: Mapping[str, Doctrine],
    *,
    on: dt.date | str | None = None,
    state: str | None = None,
) -> DoctrineComparison:
    """Assess one claim under several named doctrines and report where the views diverge.

    The divergence point is the first element, in the order the explanation lists them, whose
    verdict differs between any two views and none of whose sub-elements differ: the rule the
    doctrine actually changes, not the conclusions that merely inherit the difference (which would
    always be the root, "refugee status", whenever the outcomes differ).
    """
    if not views:
        raise v.InvalidInput([v.Problem("views", "give at least one named Doctrine")])
    results = {
        name: assess_status(claim, on=on, state=state, doctrine=doctrine)
        for name, doctrine in views.items()
    }
    diverges = _first_divergence([r.finding for r in results.values()])
    return DoctrineComparison(determinations=results, diverges_at=diverges)


def _first_divergence(nodes: list[Finding]) -> str | None:
    """The most specific element, in explanation order, where the parallel trees differ."""
    for children in zip(*(n.children for n in nodes), strict=False):
        found = _first_divergence(list(children))
        if found is not None:
            return found
    if len({(n.element, n.verdict) for n in nodes}) > 1:
        return nodes[0].element
    return None
