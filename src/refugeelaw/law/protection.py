"""Art 1A(2): "... is unable or, owing to such fear, is unwilling to avail himself of the
protection of that country"; second paragraph: "... a person shall not be deemed to be lacking the
protection of the country of his nationality if, without any valid reason based on well-founded
fear, he has not availed himself of the protection of one of the countries of which he is a
national."
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from ..countries import country_name
from ..facts import Actor, Claim, Person, Protection
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .terms import ART_1A2, handbook, harm_path
from .territory import same_state

__all__ = [
    "lacks_protection",
    "protection_of",
    "state_persecutors",
    "unnamed_persecutors",
]


#: The UNHCR Handbook's paragraphs on the protection element: for a national (paras 97-100, and
#: 106-107 where there is more than one nationality) and for a stateless person (paras 101-105).
_NATIONAL, _DUAL, _STATELESS = handbook("97-100"), handbook("106-107"), handbook("101-105")


@reads("country", "stated", "persecutors", "unnamed", "stateless", "others")
def protection_of(
    country: str,
    stated: Protection | None,
    persecutors: tuple[tuple[str, Verdict, tuple[str, ...]], ...],
    unnamed: tuple[str, ...] = (),
    stateless: bool = False,
    others: bool = False,
) -> Finding:
    """Unable or, owing to the fear, unwilling to avail of this country's protection.

    Args:
        country: the country of nationality (or former habitual residence).
        stated: what the decision-maker found it offers (``None``: nothing stated).
        persecutors: the fears that name that country's state as the persecutor and may
            qualify: each one's path, verdict and the facts it still needs.
        unnamed: the paths of the fears in that country whose persecutor is not known: were it
            the state, its protection would be unavailable, so who it is may decide the element.
        stateless: the country is a stateless person's former habitual residence.
        others: some fear that may still qualify is not one of ``persecutors`` still open (a
            fear in another country of nationality, or of someone else): were those open fears
            to fail, this country's protection could still decide the case.
    """
    name = country_name(country)
    path = f"protection[{country!r}]"
    element = f"protection of {name}"
    cites: tuple[Citation, ...] = (ART_1A2, _STATELESS if stateless else _NATIONAL, handbook("65"))
    paths = [p for p, _, _ in persecutors]
    if stated is Protection.AVAILABLE:
        # Art 1A(2), second paragraph: not lacking protection who, "without any valid reason based
        # on well-founded fear", has not availed of it. A well-founded fear of persecution by the
        # state itself is such a reason.
        feared = [p for p, v, _ in persecutors if v is Verdict.MET]
        if feared:
            return finding(
                element,
                Verdict.MET,
                f"{name} is found to offer protection, but the person has a well-founded fear of "
                f"persecution by the state of {name} itself ({', '.join(feared)}): owing to that "
                "fear, the person may refuse its protection",
                *cites,
                facts=[path, *[f"{p}.actor" for p in feared]],
            )
        reason = (
            f"{name} offers protection that the person could use: a person is not lacking "
            "protection who, without valid reason based on fear, has not availed of it"
        )
        if persecutors:
            return finding(
                element,
                Verdict.UNKNOWN,
                f"{reason}; but {', '.join(paths)} names the state of {name} as the persecutor: "
                "if that fear is well-founded, it is a valid reason not to avail of the state's "
                "protection",
                *cites,
                facts=[path, *[f"{p}.actor" for p in paths]],
                missing=[m for _, _, needs in persecutors for m in needs],
            )
        return finding(element, Verdict.NOT_MET, reason, *cites, facts=[path])
    if stated is Protection.UNAVAILABLE:
        return finding(
            element, Verdict.MET, f"{name}'s protection is unavailable", *cites, facts=[path]
        )
    if stated is Protection.REFUSED_FOR_VALID_REASON:
        return finding(
            element,
            Verdict.MET,
            f"the person declines {name}'s protection for a valid reason "
            "based on well-founded fear (a finding of the decision-maker)",
            *cites,
            facts=[path],
        )
    # A fear of the state itself makes its protection unavailable if it is well-founded. One still
    # open decides the element only where nothing else feared could qualify: if it failed, no
    # fear would be left to make the person a refugee, so the protection would not matter.
    shown = [p for p, v, _ in persecutors if v is Verdict.MET or not others]
    if shown:
        return finding(
            element,
            Verdict.MET,
            f"the state of {name} is itself the persecutor, so its protection is unavailable",
            *cites,
            facts=[f"{p}.actor" for p in shown],
        )
    reason = f"whether {name} would protect the person is not known"
    if paths:  # a fear of the state itself, not yet shown to be well-founded persecution
        reason += (
            f"; {', '.join(paths)} names the state of {name} as the persecutor: if that fear "
            "is well-founded, its protection is unavailable"
        )
    if unnamed:
        reason += (
            f", nor who would inflict the harm feared there ({', '.join(unnamed)}): if it is the "
            f"state of {name}, its protection is unavailable"
        )
    return finding(
        element,
        Verdict.UNKNOWN,
        reason,
        *cites,
        facts=[f"{p}.actor" for p in paths],
        missing=[
            path,
            *[m for _, _, needs in persecutors for m in needs],
            *[f"{p}.actor" for p in unnamed],
        ],
    )


_EVERY_COUNTRY_REASONS = {
    Verdict.MET: "no country of nationality offers protection",
    Verdict.NOT_MET: "a country of nationality offers protection: a dual national must first seek it",
    Verdict.UNKNOWN: "whether every country of nationality fails to protect is not known",
}


def state_persecutors(
    claim: Claim,
    on: dt.date | None = None,
    feared: tuple[tuple[Verdict, tuple[str, ...]], ...] = (),
) -> tuple[tuple[str, str, Verdict, tuple[str, ...]], ...]:
    """Each fear that names a state as the persecutor and may qualify: (that country, the fear's
    path, its verdict, the facts it still needs). ``feared``: each fear's verdict and missing
    facts, in order (a fear with none given counts as undecided); a fear found not to be a
    well-founded fear of persecution names no persecutor whose protection it could excuse. On
    ``on``, a fear in a territory that is part of a country of reference (Hong Kong and China after
    1 July 1997, either way round) names that country: the territory's authorities are its
    organs."""
    found = []
    for i, h in enumerate(claim.fears):
        if h.actor is not Actor.STATE:
            continue
        verdict, needs = feared[i] if i < len(feared) else (Verdict.UNKNOWN, ())
        if verdict is not Verdict.NOT_MET:
            found.append((_as_reference(h.country, claim, on), harm_path(i), verdict, needs))
    return tuple(found)


def _as_reference(country: str, claim: Claim, on: dt.date | None) -> str:
    """``country`` as the country of reference it is part of, or that is part of it, on ``on``
    (itself where none is, or where no date is given)."""
    if on is None:
        return country
    references = claim.person.countries_of_reference()
    if country in references:
        return country
    return next((r for r in references if same_state(country, r, on)), country)


def unnamed_persecutors(
    claim: Claim, feared: tuple[Verdict, ...] = (), on: dt.date | None = None
) -> tuple[tuple[str, str], ...]:
    """Each fear whose persecutor is not known, and which may still be a well-founded fear of
    persecution (``feared``: each fear's verdict, in order; one not met cannot make the person a
    refugee, whoever its persecutor): (its country, the fear's path). Who the persecutor is only
    changes the reasons and the facts named, never a verdict (the state's protection is unknown
    either way until the actor is known)."""
    found = []
    for i, h in enumerate(claim.fears):
        if h.actor is None and (i >= len(feared) or feared[i] is not Verdict.NOT_MET):
            found.append((_as_reference(h.country, claim, on), harm_path(i)))
    return tuple(found)


@reads(
    "person.nationalities",
    "person.habitual_residence",
    "protection",
    "persecutors",
    "unnamed",
    "qualifying",
)
def lacks_protection(
    person: Person,
    protection: Mapping[str, Protection],
    persecutors: tuple[tuple[str, str, Verdict, tuple[str, ...]], ...],
    unnamed: tuple[tuple[str, str], ...] = (),
    qualifying: tuple[str, ...] = (),
) -> Finding:
    """Unable or unwilling to avail of the protection of **each** country of nationality.

    Args:
        person: whose countries of nationality (or former habitual residence) count.
        protection: what the decision-maker found each country offers.
        persecutors: the fears naming a state as persecutor (see :func:`state_persecutors`).
        unnamed: the fears whose persecutor is not known (see :func:`unnamed_persecutors`).
        qualifying: the paths of the fears that may still qualify (not found not to be a
            well-founded fear of persecution).
    """
    references = person.countries_of_reference()
    if person.stateless:
        element = "unable or unwilling to return to the country of former habitual residence"
        if not references:
            return finding(
                element,
                Verdict.UNKNOWN,
                "the former habitual residence is not known",
                ART_1A2,
                missing=["person.habitual_residence"],
            )
    else:
        element = "lacks the protection of every country of nationality"
    countries = []
    for country in references:
        own = tuple([(path, v, needs) for where, path, v, needs in persecutors if where == country])
        still_open = {path for path, v, _ in own if v is not Verdict.MET}
        countries.append(
            protection_of(
                country,
                protection.get(country),
                own,
                tuple([path for where, path in unnamed if where == country]),
                person.stateless,
                any(path not in still_open for path in qualifying),
            )
        )
    verdict = Verdict.all([c.verdict for c in countries])
    reason = _EVERY_COUNTRY_REASONS[verdict] if len(countries) > 1 else countries[0].reason
    paras = (
        (_STATELESS,)
        if person.stateless
        else (_NATIONAL, *((_DUAL,) if len(countries) > 1 else ()))
    )
    return finding(element, verdict, reason, ART_1A2, *paras, children=countries)
