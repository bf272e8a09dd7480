"""Fact patterns from the source articles, for tests, docs and your own fixtures.

Each builder returns a valid :class:`~refugeelaw.Claim`; keyword arguments replace fields of the
claim (``attrs.evolve``), so a variation reads as the fact it changes:

>>> from refugeelaw import testing, assess_status
>>> print(assess_status(testing.north_korean_escapee(), on="2004-06-30"))
REFUGEE on 2004-06-30: every element of Art 1A(2) is met and no exception applies
>>> print(assess_status(testing.economic_migrant(), on="2004-06-30").outcome.name)
NOT_REFUGEE
"""

from __future__ import annotations

from typing import Any

import attrs

from .facts import Actor, Claim, Ground, Harm, Motive, Person, Protection, Severity, SocialGroup

__all__ = [
    "dual_national_with_rok_protection",
    "economic_migrant",
    "escapee_harm",
    "family_of_a_defector",
    "north_korean_escapee",
    "unscreened_border_crosser",
]


def escapee_harm(**changes: Any) -> Harm:
    """Punishment in the DPRK for leaving without permission (Handbook paras 61, 94–96).

    The UN Commission of Inquiry (A/HRC/25/63) reported that persons returned from China are
    commonly subjected to torture, arbitrary detention and worse; the likelihood is an assessor's
    estimate for the worked examples, not a finding of any body.
    """
    harm = Harm(
        "detention and torture as punishment for leaving the DPRK without permission",
        "PRK",
        severity=Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.8,
        actor=Actor.STATE,
        reasons={Ground.POLITICAL_OPINION},
        prosecution=True,
        disproportionate=True,
        sur_place=True,
        torture=True,
        irreparable=True,
    )
    return attrs.evolve(harm, **changes)


def north_korean_escapee(**changes: Any) -> Claim:
    """A North Korean in China who fears punishment for illegal exit: the articles' central case."""
    claim = Claim(
        Person("North Korean escapee", nationalities={"PRK"}, location="CHN"),
        fears=(escapee_harm(),),
        protection={"PRK": Protection.UNAVAILABLE},
    )
    return attrs.evolve(claim, **changes)


def economic_migrant(**changes: Any) -> Claim:
    """A North Korean who left for food and fears only hunger on return (Handbook paras 62–64),
    the state's failure to feed them found to be for no Convention reason (were food withheld
    for one, a political class, say, that failure could supply the nexus: *Islam; Shah*)."""
    claim = Claim(
        Person("North Korean who left for food", nationalities={"PRK"}, location="CHN"),
        fears=(
            Harm(
                "hunger and poverty",
                "PRK",
                severity=Severity.SERIOUS,
                likelihood=0.7,
                reasons={Motive.ECONOMIC},
                protection_withheld_for=frozenset(),
                torture=False,
                irreparable=False,
            ),
        ),
        protection={"PRK": Protection.UNAVAILABLE},
    )
    return attrs.evolve(claim, **changes)


def unscreened_border_crosser(**changes: Any) -> Claim:
    """A North Korean presumed an "economic migrant" and never screened: the facts are unknown.

    The second article reports that Chinese officials "presume that all North Koreans who enter
    their country are doing so for economic reasons" without screening them. Only what is known is
    filled in: nationality, location, and a risk of punishment on return for illegal exit (a
    prosecution for leaving without permission, UNHCR Handbook para. 61, which is what the harm
    describes) whose reasons, severity and proportion no one has examined, nor why the person
    left.
    """
    claim = Claim(
        Person("unscreened North Korean", nationalities={"PRK"}, location="CHN"),
        fears=(
            Harm(
                "punishment on return for illegal exit",
                "PRK",
                actor=Actor.STATE,
                prosecution=True,
                exit_offence=True,
            ),
        ),
    )
    return attrs.evolve(claim, **changes)


def family_of_a_defector(**changes: Any) -> Claim:
    """Family members punished for a relative's opposition: family as a particular social group.

    The first article: "If an individual openly opposes the Kim regime, the whole family will be
    punished."
    """
    claim = Claim(
        Person("relative of a defector", nationalities={"PRK"}, location="CHN"),
        fears=(
            Harm(
                "collective punishment of the defector's family",
                "PRK",
                severity=Severity.THREAT_TO_LIFE_OR_FREEDOM,
                likelihood=0.6,
                actor=Actor.STATE,
                reasons={Ground.PARTICULAR_SOCIAL_GROUP},
                social_group=SocialGroup(
                    "family of a person who opposed the regime",
                    protected_characteristic=True,
                    socially_perceived=True,
                    exists_independently=True,
                ),
            ),
        ),
    )
    return attrs.evolve(claim, **changes)


def dual_national_with_rok_protection(**changes: Any) -> Claim:
    """The escapee treated as also a national of the Republic of Korea, whose protection is open.

    UK country guidance (GP (South Korean citizenship) North Korea CG [2014] UKUT 391) holds that
    North Korean citizens are also citizens of South Korea; Art 1A(2), second paragraph, then asks
    whether the person could avail of the ROK's protection.
    """
    base = north_korean_escapee()
    claim = attrs.evolve(
        base,
        person=attrs.evolve(base.person, nationalities=frozenset({"PRK", "KOR"})),
        protection={"PRK": Protection.UNAVAILABLE, "KOR": Protection.AVAILABLE},
    )
    return attrs.evolve(claim, **changes)
