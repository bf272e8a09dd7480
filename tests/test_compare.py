"""``compare_doctrines`` puts one question under several doctrines: every contested position the
library knows (each :class:`~refugeelaw.Doctrine` field) has a scenario here where the views part,
for refugee status, return or precedence, each naming the provision or case behind it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import refugeelaw as rl
from test_cat_non_state import afghan_excluded_from_art_33
from test_dated_readings import show_trial_in_turkey
from test_echr import andorra_feud_claim, death_row_fugitive, death_row_fugitive_in_the_uk
from test_refoulement import inhuman_prison_conditions

ON = "2004-06-30"
C = "refugee-convention-1951"


def _obligation(state: str, instrument: str, provision: str) -> rl.StateObligation:
    for o in rl.obligations_of(state, on=ON):
        if o.instrument == instrument and o.provision == provision:
            return o
    raise LookupError((state, instrument, provision))


def _security_council() -> rl.StateObligation:
    return rl.StateObligation(
        state="CHN",
        instrument="un-charter-1945",
        provision="25",
        duty="to carry out a binding Security Council decision (hypothetical)",
        basis=rl.Basis.TREATY,
        since=None,
        owed_to="the United Nations and its Members",
    )


def _fear(**harm: Any) -> rl.Harm:
    facts: dict[str, Any] = {
        "severity": "threat_to_life_or_freedom",
        "likelihood": 0.8,
        "actor": "state",
        "reasons": {"political_opinion"},
    }
    facts.update(harm)
    return rl.Harm("detention for political activity", facts.pop("country", "PRK"), **facts)


def _claim(*fears: rl.Harm, location: str | None = "CHN", **claim: Any) -> rl.Claim:
    return rl.Claim(rl.Person("A", {"PRK"}, location=location), fears=fears, **claim)


# Each Doctrine field: (subject, keyword arguments, the two values compared, the outcomes expected).
Scenario = tuple[Any, dict[str, Any], tuple[Any, Any], tuple[Any, Any]]


def _non_refoulement_customary() -> Scenario:
    # Customary non-refoulement: Malaysia, party to neither the Convention nor CAT, returning a
    # Rohingya to Myanmar is barred only if the rule is custom.
    rohingya = rl.Claim(
        rl.Person("R", set(), habitual_residence="MMR", location="MYS"),
        fears=[_fear(country="MMR", reasons={"race"}, torture=True)],
    )
    return (
        rohingya,
        {"state": "MYS", "to": "MMR"},
        (True, False),
        (rl.ReturnOutcome.PROHIBITED, rl.ReturnOutcome.PERMITTED),
    )


def _non_refoulement_peremptory() -> Scenario:
    # VCLT arts 53, 64 against art. 30(4)(b): the 1986 China–DPRK protocol and art. 33(1).
    pair = (
        _obligation("CHN", C, "33(1)"),
        _obligation("CHN", "china-dprk-border-protocol-1986", "return"),
    )
    # The protocol's duty to hand back conflicts with the torture limb too: held fixed (not
    # peremptory), the refugee limb alone decides.
    return (
        pair,
        {"base": {"torture_non_refoulement_peremptory": False}},
        (True, False),
        (rl.PrecedenceRule.PEREMPTORY_NORM, rl.PrecedenceRule.COMMON_TREATY),
    )


def _fear_threshold() -> Scenario:
    # Art 1A(2), INS v Cardoza-Fonseca: a 20% chance is a reasonable possibility, not a probability.
    return (
        _claim(_fear(likelihood=0.2)),
        {},
        (0.1, 0.5),
        (rl.Status.REFUGEE, rl.Status.NOT_REFUGEE),
    )


def _nexus() -> Scenario:
    # Art 1A(2) "for reasons of": a contributing ground against US law's "one central reason".
    claim = _claim(_fear(reasons={"political_opinion", "economic"}, ground_central=False))
    return (
        claim,
        {},
        ("contributing", "one_central_reason"),
        (rl.Status.REFUGEE, rl.Status.NOT_REFUGEE),
    )


def _social_group() -> Scenario:
    # Art 1A(2) "particular social group": Ward's protected characteristic against perception.
    group = rl.SocialGroup(
        "former members of a disbanded union",
        protected_characteristic=True,
        socially_perceived=False,
        exists_independently=True,
    )
    claim = _claim(_fear(reasons={"particular_social_group"}, social_group=group))
    return (
        claim,
        {},
        ("protected_characteristics", "social_perception"),
        (rl.Status.REFUGEE, rl.Status.NOT_REFUGEE),
    )


def _torture_threshold() -> Scenario:
    # CAT art. 3 "substantial grounds": a 30% danger of torture, with custom and art. 33 set aside.
    claim = _claim(
        _fear(likelihood=0.3, torture=True, reasons={"economic"}, protection_withheld_for=set())
    )
    return (
        claim,
        {"state": "CHN", "to": "PRK", "base": {"non_refoulement_customary": False}},
        (0.1, 0.5),
        (rl.ReturnOutcome.PROHIBITED, rl.ReturnOutcome.PERMITTED),
    )


def _cat_threshold() -> Scenario:
    # CAT art. 3's own standard (the United States' "more likely than not" understanding): China,
    # bound by no ICCPR bar, returning a North Korean with a 30% danger of torture, custom and
    # art. 33 set aside, so that CAT art. 3 alone decides.
    claim = _claim(
        _fear(likelihood=0.3, torture=True, reasons={"economic"}, protection_withheld_for=set())
    )
    return (
        claim,
        {"state": "CHN", "to": "PRK", "base": {"non_refoulement_customary": False}},
        (None, 0.5),
        (rl.ReturnOutcome.PROHIBITED, rl.ReturnOutcome.PERMITTED),
    )


def _later_treaty_by() -> Scenario:
    # VCLT art. 30(3): which treaty is "later" (the 1964 and 1986 protocols agree either way, so
    # the views agree: the doctrine matters only where adoption and entry into force cross). On
    # records of the caller's own that hold the 1964 protocol in force from 20 June 1964 and
    # surviving the 1986 one, and its duty stated so (a hypothetical): in the library's data no
    # source gives its entry into force (data review s35 F3), and whether it survived is unknown
    # from 1986 (VCLT art. 59(1)).
    listed = next(
        o
        for o in rl.obligations_of("CHN", on="1985-12-31")
        if o.instrument == "china-dprk-border-protocol-1964" and o.provision == "return"
    )
    stated = attrs.evolve(listed, bound=rl.Verdict.MET, since=dt.date(1964, 6, 20), notes=())
    pair = (stated, _obligation("CHN", "china-dprk-border-protocol-1986", "return"))
    survives = [
        attrs.evolve(p, withdrawal=None, in_force=dt.date(1964, 6, 20), in_doubt_from=None)
        for p in (
            rl.states.participation(s, "china-dprk-border-protocol-1964") for s in ("CHN", "PRK")
        )
        if p is not None
    ]
    return (
        pair,
        {
            "base": {
                "non_refoulement_peremptory": False,
                "torture_non_refoulement_peremptory": False,
            },
            "extra": survives,
        },
        ("adoption", "entry_into_force"),
        (rl.PrecedenceRule.LEX_POSTERIOR, rl.PrecedenceRule.LEX_POSTERIOR),
    )


def _return_threshold() -> Scenario:
    # Art. 33(1) standard: a 30% risk against INS v Stevic's clear probability (custom set aside).
    claim = _claim(_fear(likelihood=0.3, torture=False, irreparable=False, risk_to_life=False))
    return (
        claim,
        {"state": "CHN", "to": "PRK", "base": {"non_refoulement_customary": False}},
        (None, 0.5),
        (rl.ReturnOutcome.PROHIBITED, rl.ReturnOutcome.PERMITTED),
    )


def _custom_follows_return_threshold() -> Scenario:
    # Customary non-refoulement under INS v Stevic's clear probability for art. 33(1): a 30% risk
    # bars the return under custom on the well-founded fear's standard, not on art. 33(1)'s.
    claim = _claim(_fear(likelihood=0.3, torture=False, irreparable=False, risk_to_life=False))
    return (
        claim,
        {"state": "CHN", "to": "PRK", "base": {"return_threshold": 0.5}},
        (False, True),
        (rl.ReturnOutcome.PROHIBITED, rl.ReturnOutcome.PERMITTED),
    )


def _relocation_presumption() -> Scenario:
    # Internal relocation where the state persecutes and no finding is made: presumed unavailable
    # (UNHCR Guidelines No. 4 para. 7(I)(b)) or left for a finding (Januzi v SSHD [2006] UKHL 5).
    return (_claim(_fear()), {}, (True, False), (rl.Status.REFUGEE, rl.Status.UNDETERMINED))


def _differential_impact() -> Scenario:
    # Art 1A(2) "for reasons of" in civil war: Adan v SSHD [1999] 1 AC 293 asks for a risk over
    # and above that of others caught in the fighting; a clan member who shows none fails it.
    claim = _claim(
        _fear(
            actor="non_state",
            reasons={"political_opinion", "generalised_violence"},
            differential_risk=False,
        ),
        protection={"PRK": "unavailable"},
        internal_relocation=False,
    )
    return (claim, {}, (False, True), (rl.Status.REFUGEE, rl.Status.NOT_REFUGEE))


def _return_to_other_residences() -> Scenario:
    # Art 1A(2), a stateless Palestinian who lived in Kuwait and the United States: UNHCR Handbook
    # para. 104 asks the definition of one country of former habitual residence; Thabet v Canada
    # (FCA, 1998) also asks that the person cannot return to the other, which the US would allow.
    thabet = rl.Claim(
        rl.Person(
            "T", set(), habitual_residence="KWT", other_habitual_residences={"USA"}, location="CAN"
        ),
        fears=[_fear(country="KWT", reasons={"nationality"})],
        protection={"KWT": "unavailable", "USA": "available"},
    )
    return (
        thabet,
        {"state": "CAN", "on": "2020-01-01"},
        (False, True),
        (rl.Status.REFUGEE, rl.Status.NOT_REFUGEE),
    )


def _compelling_reasons() -> Scenario:
    # Art 1C(5) proviso: the text gives it to statutory refugees; UNHCR Handbook para. 136 to all.
    claim = _claim(
        _fear(likelihood=0.02),
        recognised=True,
        cessation={"1C(5)"},
        compelling_reasons=True,
    )
    return (claim, {}, ("all", "statutory"), (rl.Status.REFUGEE, rl.Status.CEASED))


def _article_33_extraterritorial() -> Scenario:
    # Sale v Haitian Centers Council against UNHCR's Advisory Opinion (2007): interception at sea.
    haitian = rl.Claim(
        rl.Person("H", {"HTI"}, location=None),
        fears=[
            _fear(
                country="HTI",
                likelihood=0.5,
                torture=False,
                irreparable=False,
                risk_to_life=False,
            )
        ],
        under_control_of={"USA"},
    )
    return (
        haitian,
        {
            "state": "USA",
            "to": "HTI",
            "on": "1992-06-01",
            "base": {"non_refoulement_customary": False},
        },
        (True, False),
        (rl.ReturnOutcome.PROHIBITED, rl.ReturnOutcome.PERMITTED),
    )


def _article_103_reaches_custom() -> Scenario:
    # UN Charter Art. 103 and custom: Lockerbie, Al-Jedda para. 101, ILC Fragmentation para. 345.
    pair = (
        _security_council(),
        _obligation("CHN", "customary-international-law", "non-refoulement"),
    )
    return (
        pair,
        # Neither limb of custom peremptory (refugee, torture): Art. 103 cannot reach jus cogens.
        {
            "base": {
                "non_refoulement_peremptory": False,
                "torture_non_refoulement_peremptory": False,
            }
        },
        (True, False),
        (rl.PrecedenceRule.CHARTER_ART_103, rl.PrecedenceRule.UNRESOLVED),
    )


def _inter_se_modification() -> Scenario:
    # VCLT arts 30(4)(a), 30(5) and 41(1)(b): a later China-ROK agreement to return persons who
    # entered irregularly, against art. 33(1), owed to every party of the Refugee Convention.
    from refugeelaw.states import Participation

    key = "chn-kor-agreement"
    agreement = rl.Instrument(
        key=key, title="A China-ROK agreement", kind="bilateral", adopted="2010-01-01"
    )
    ob = rl.StateObligation(
        state="CHN",
        instrument=key,
        provision="",
        duty="to return persons who entered irregularly",
        basis=rl.Basis.TREATY,
        since="2010-06-01",
        owed_to="Republic of Korea",
        counterparties=("KOR",),
    )
    extra = [
        Participation(
            state=s, instrument=key, action="bilateral", deposited="2010-06-01", in_force="2010-06-01"
        )
        for s in ("CHN", "KOR")
    ]  # fmt: skip
    return (
        (_obligation("CHN", "refugee-convention-1951", "33(1)"), ob),
        {
            "base": {"non_refoulement_peremptory": False},
            "instruments": [agreement],
            "extra": extra,
            "on": "2012-01-01",
        },
        (True, False),
        (rl.PrecedenceRule.LEX_POSTERIOR, rl.PrecedenceRule.INTER_SE_BARRED),
    )


def _torture_non_refoulement_peremptory() -> Scenario:
    # The prohibition of torture is peremptory (ICJ Belgium v Senegal para. 99); whether the duty
    # not to return to torture is too decides CAT art. 3 against a Security Council decision.
    pair = (_security_council(), _obligation("CHN", "cat-1984", "3(1)"))
    return (
        pair,
        {},
        (True, False),
        (rl.PrecedenceRule.PEREMPTORY_NORM, rl.PrecedenceRule.CHARTER_ART_103),
    )


def _judge_v_canada_retrospective() -> Scenario:
    # ICCPR art. 6 for a removal between Cox v Canada (31 October 1994) and Mr Judge's removal
    # (7 August 1998, Judge v Canada para. 1): Judge's reading bars it, Kindler's does not.
    fugitive = death_row_fugitive()
    return (
        fugitive,
        {"state": "CAN", "to": "USA", "on": "1996-06-01"},
        (True, False),
        (rl.ReturnOutcome.PROHIBITED, rl.ReturnOutcome.PERMITTED),
    )


def _al_saadoon_retrospective() -> Scenario:
    # ECHR art. 3 and the death penalty between Soering v United Kingdom (7 July 1989) and the
    # transfer Al-Saadoon held contrary to art. 3 (31 December 2008): the United Kingdom in 1995,
    # bound by the Convention but not yet by Protocol No. 6, returning a person to a capital charge
    # in the United States (ICCPR art. 6 read as in Kindler until Cox, 31 October 1994, then as
    # the Judge position, taken here as Kindler's).
    return (
        death_row_fugitive_in_the_uk(),
        {
            "state": "GBR",
            "to": "USA",
            "on": "1995-06-01",
            "base": {"judge_v_canada_retrospective": False},
        },
        (True, False),
        (rl.ReturnOutcome.PROHIBITED, rl.ReturnOutcome.PERMITTED),
    )


def _bader_retrospective() -> Scenario:
    # ECHR art. 2 for a removal before Bader and Kanbor v Sweden (8 November 2005): Andorra in
    # June 2005, bound by the Convention but not yet by the ICCPR, returning a person to a blood
    # feud the Iraqi police will not stop; art. 2 alone would bar it.
    return (
        andorra_feud_claim(),
        {"state": "AND", "to": "IRQ", "on": "2005-06-01"},
        (True, False),
        (rl.ReturnOutcome.PROHIBITED, rl.ReturnOutcome.PERMITTED),
    )


def _removal_readings_retrospective() -> Scenario:
    # ECHR art. 6 before Othman (Abu Qatada) v United Kingdom (17 January 2012), the first
    # judgment holding an expulsion contrary to art. 6: Germany in 1995 returning a person to a
    # show trial before a Turkish state security court, which art. 6 alone would bar.
    return (
        show_trial_in_turkey(),
        {"state": "DEU", "to": "TUR", "on": "1995-01-01"},
        (True, False),
        (rl.ReturnOutcome.PROHIBITED, rl.ReturnOutcome.PERMITTED),
    )


def _relocation_in_cessation() -> Scenario:
    # Art 1C(5): a recognised Somali refugee who still fears al-Shabaab, which Somalia cannot
    # protect against, for whom an internal flight alternative is now found. An alternative is no
    # change in the circumstances of the recognition (the default); on SSHD v MS (Somalia) [2019]
    # EWCA Civ 1345 the status may cease.
    harm = rl.Harm(
        "killing by al-Shabaab",
        "SOM",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.5,
        actor=rl.Actor.NON_STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
        internal_relocation=True,
    )
    claim = rl.Claim(
        rl.Person("R", nationalities={"SOM"}, location="GBR"),
        fears=[harm],
        protection={"SOM": rl.Protection.UNAVAILABLE},
        recognised=True,
        cessation={rl.Cessation.ART_1C_5},
        compelling_reasons=False,
    )
    return (claim, {}, (False, True), (rl.Status.REFUGEE, rl.Status.CEASED))


def _past_persecution_presumption() -> Scenario:
    # Art 1A(2), well-founded fear: a North Korean already detained and beaten after an earlier
    # forced return, whose risk has not been estimated, with no good reason found to think it will
    # not be repeated. UNHCR Handbook para. 45 and EU Qualification Directive art. 4(4) presume the
    # fear well founded; read as evidence only (IRB, ch. 5, section 5.1) it awaits the likelihood.
    claim = _claim(_fear(likelihood=None, suffered_before=True, good_reasons_not_repeated=False))
    return (claim, {}, (True, False), (rl.Status.REFUGEE, rl.Status.UNDETERMINED))


def _custom_covers_ill_treatment() -> Scenario:
    # The scope of customary non-refoulement: Malaysia, bound by neither CAT nor the ICCPR in
    # 2015, returning a Bangladeshi to inhuman prison conditions (not torture, not persecution).
    # Custom read as CAT art. 3 states the duty (torture only) does not bar it; read as
    # Lauterpacht and Bethlehem's Opinion for UNHCR (2001) does, weighed as ICCPR art. 7 weighs
    # the risk, it does.
    return (
        inhuman_prison_conditions(),
        {"state": "MYS", "to": "BGD", "on": "2015-01-01"},
        (False, True),
        (rl.ReturnOutcome.PERMITTED, rl.ReturnOutcome.PROHIBITED),
    )


def _cat_non_state_actors() -> Scenario:
    # CAT art. 3 and torture by non-State actors: China (bound by CAT, not the ICCPR) returning to
    # Afghanistan in 2019 a man an armed group would torture, which Afghanistan cannot prevent,
    # excluded from art. 33 as a danger to security. On the Committee against Torture's General
    # Comment No. 4 (2017) art. 3 (and custom's torture limb) bars it; read as art. 1 defines
    # torture, no official being involved, nothing does.
    return (
        afghan_excluded_from_art_33(),
        {"state": "CHN", "to": "AFG", "on": "2019-06-01"},
        (True, False),
        (rl.ReturnOutcome.PROHIBITED, rl.ReturnOutcome.PERMITTED),
    )


def _exit_motive_nexus() -> Scenario:
    # UNHCR Handbook para. 61: a North Korean who fled for his political opinion, facing a severe
    # camp sentence for illegal exit under a law enforced against everyone who leaves. Weighed by
    # his motives for leaving, the penalty is for a Convention reason; by the punisher's reasons
    # alone (INS v Elias-Zacarias making the persecutor's motive critical), it is not.
    exit_ = _fear(
        reasons={"general_law"},
        prosecution=True,
        exit_offence=True,
        law_contrary_to_human_rights=True,
        disproportionate=True,
        sur_place=True,
    )
    claim = _claim(exit_, reasons_for_leaving={"political_opinion"})
    return (claim, {}, (True, False), (rl.Status.REFUGEE, rl.Status.NOT_REFUGEE))


def _taiwan_outside_china() -> Scenario:
    # Art 1A(2), "outside the country of his nationality": a Falun Gong practitioner, a national of
    # China, in Taiwan in 2005, facing prison in China. Taiwan read as a country other than China,
    # he is outside it; read as part of China (GA res. 2758 (XXVI); ISO 3166's "Taiwan, Province
    # of China"), as Hong Kong and Macao are, he has crossed no international frontier.
    claim = rl.Claim(
        rl.Person("x", {"CHN"}, location="TWN"),
        fears=[
            rl.Harm(
                "prison for Falun Gong",
                "CHN",
                severity="threat_to_life_or_freedom",
                likelihood=0.5,
                actor="state",
                reasons={"religion"},
            )
        ],
    )
    return (claim, {"on": "2005-01-01"}, (True, False), (rl.Status.REFUGEE, rl.Status.NOT_REFUGEE))


SCENARIOS: dict[str, Callable[[], Scenario]] = {
    "non_refoulement_customary": _non_refoulement_customary,
    "non_refoulement_peremptory": _non_refoulement_peremptory,
    "fear_threshold": _fear_threshold,
    "nexus": _nexus,
    "social_group": _social_group,
    "torture_threshold": _torture_threshold,
    "later_treaty_by": _later_treaty_by,
    "return_threshold": _return_threshold,
    "custom_follows_return_threshold": _custom_follows_return_threshold,
    "relocation_presumption": _relocation_presumption,
    "relocation_in_cessation": _relocation_in_cessation,
    "differential_impact": _differential_impact,
    "return_to_other_residences": _return_to_other_residences,
    "compelling_reasons": _compelling_reasons,
    "article_33_extraterritorial": _article_33_extraterritorial,
    "article_103_reaches_custom": _article_103_reaches_custom,
    "torture_non_refoulement_peremptory": _torture_non_refoulement_peremptory,
    "judge_v_canada_retrospective": _judge_v_canada_retrospective,
    "bader_retrospective": _bader_retrospective,
    "removal_readings_retrospective": _removal_readings_retrospective,
    "al_saadoon_retrospective": _al_saadoon_retrospective,
    "inter_se_modification": _inter_se_modification,
    "past_persecution_presumption": _past_persecution_presumption,
    "custom_covers_ill_treatment": _custom_covers_ill_treatment,
    "cat_non_state_actors": _cat_non_state_actors,
    "exit_motive_nexus": _exit_motive_nexus,
    "taiwan_outside_china": _taiwan_outside_china,
    "cat_threshold": _cat_threshold,
}


def test_every_doctrine_field_has_a_comparison_scenario() -> None:
    """A new contested position comes with a scenario where compare_doctrines shows it."""
    assert set(SCENARIOS) == {f.name for f in attrs.fields(rl.Doctrine)}


@pytest.mark.parametrize("field", sorted(SCENARIOS))
def test_compare_doctrines_shows_what_each_position_decides(field: str) -> None:
    subject, kwargs, (one, other), expected = SCENARIOS[field]()
    base = rl.Doctrine(**kwargs.pop("base", {}))
    views = {
        f"{field}={one!r}": attrs.evolve(base, **{field: one}),
        f"{field}={other!r}": attrs.evolve(base, **{field: other}),
    }
    kwargs.setdefault("on", ON)
    comparison = rl.compare_doctrines(subject, views, **kwargs)
    assert tuple(comparison.outcomes.values()) == expected, comparison.explain()
    if expected[0] != expected[1]:
        assert comparison.diverges_at is not None
    assert comparison.explain().splitlines()[4].startswith(f"- {field}={one!r}: ")


def test_a_return_comparison_keeps_each_views_status_determination() -> None:
    """Art 33(1) and Art 1: a return comparison carries the return assessment and the Art 1
    determination it made under each view."""
    subject, kwargs, (one, other), _ = _article_33_extraterritorial()
    base = rl.Doctrine(**kwargs.pop("base"))
    views = {
        "UNHCR": attrs.evolve(base, article_33_extraterritorial=one),
        "Sale": attrs.evolve(base, article_33_extraterritorial=other),
    }
    comparison = rl.compare_doctrines(subject, views, **kwargs)
    assert set(comparison.determinations) == {"UNHCR", "Sale"}
    assert all(isinstance(r, rl.ReturnAssessment) for r in comparison.results.values())
    assert comparison.diverges_at == "within the reach of United States"


def test_a_return_comparison_needs_the_returning_state() -> None:
    with pytest.raises(rl.InvalidInput, match="state"):
        rl.compare_doctrines(_claim(_fear()), {"a": rl.Doctrine()}, on=ON, to="PRK")


def _national_of_china_in_taiwan() -> rl.Claim:
    # A national of China in Taiwan who fears prison and torture in China for Falun Gong: the
    # State on whose reading Taiwan is apart, the one on which it is part of China, and none.
    return rl.Claim(
        rl.Person("x", {"CHN"}, location="TWN"),
        fears=[
            rl.Harm(
                "prison and torture for Falun Gong",
                "CHN",
                severity="threat_to_life_or_freedom",
                likelihood=0.5,
                actor="state",
                reasons={"religion"},
                torture=True,
            )
        ],
    )


_TAIWAN_VIEWS = {
    "apart": rl.Doctrine(taiwan_outside_china=True),
    "china": rl.Doctrine(taiwan_outside_china=False),
    "open": rl.Doctrine(),
}


def test_a_view_on_which_a_return_does_not_arise_is_named_and_the_others_compared() -> None:
    """CAT art. 3(1), "to another State": on the reading that Taiwan is part of China
    (``taiwan_outside_china=False``), a removal from Taiwan to China is a move within a state,
    refused as input; the comparison says so for that view and compares the others (it raised
    ``InvalidInput`` at ``to`` for the whole comparison)."""
    comparison = rl.compare_doctrines(
        _national_of_china_in_taiwan(), _TAIWAN_VIEWS, on="2010-01-01", state="TWN", to="CHN"
    )
    assert set(comparison.results) == {"apart", "open"}
    assert comparison.outcomes["apart"] is rl.ReturnOutcome.PROHIBITED
    assert "china" not in comparison.outcomes
    assert set(comparison.not_arising) == {"china"}
    assert (
        "a move within a state is not a return to another State"
        in (comparison.not_arising["china"])
    )
    text = comparison.explain()
    assert "Views on which the question does not arise:" in text
    assert "- china: to: CHN (China) and TWN (Taiwan) are one State" in text
    again = rl.from_json(rl.DoctrineComparison, rl.to_json(comparison))
    assert again == comparison


def test_where_no_view_answers_the_error_names_the_view() -> None:
    """CAT art. 3(1): where every view refuses the removal, the error names the view at fault
    (``views['china']``), not only the argument its reading refuses."""
    with pytest.raises(rl.InvalidInput) as info:
        rl.compare_doctrines(
            _national_of_china_in_taiwan(),
            {"china": _TAIWAN_VIEWS["china"]},
            on="2010-01-01",
            state="TWN",
            to="CHN",
        )
    assert [p.path for p in info.value.problems] == ["views['china']"]
    assert "to: CHN (China) and TWN (Taiwan) are one State" in info.value.problems[0].message


def test_an_input_every_view_refuses_alike_keeps_its_own_error() -> None:
    """CAT art. 3(1), "to another State": a removal by China to China is refused on every view,
    as the input it is (its path ``to``), not as any view's."""
    with pytest.raises(rl.InvalidInput) as info:
        rl.compare_doctrines(
            _national_of_china_in_taiwan(), _TAIWAN_VIEWS, on="2010-01-01", state="CHN", to="CHN"
        )
    assert [p.path for p in info.value.problems] == ["to"]


def test_a_view_named_by_no_string_is_refused_under_views_before_any_view_is_assessed() -> None:
    """A comparison's views are named by non-empty strings: an empty name or a number is refused
    at ``views[name]``, the caller's own argument, once each (it was named at the output's fields
    ``determinations``/``results``, twice, after every view had been assessed)."""
    claim = rl.Claim(rl.Person("A", {"PRK"}, location="CHN"), fears=[rl.Harm("detention", "PRK")])
    for views, paths in (
        ({"UNHCR": rl.Doctrine(), "": rl.Doctrine(fear_threshold=0.5)}, ["views['']"]),
        ({1: rl.Doctrine(), 2: rl.Doctrine(fear_threshold=0.5)}, ["views[1]", "views[2]"]),
    ):
        with pytest.raises(
            rl.InvalidInput, match="a view's name must be a non-empty string"
        ) as info:
            rl.compare_doctrines(claim, views, on=ON)  # type: ignore[arg-type]
        assert [p.path for p in info.value.problems] == paths


def test_a_comparison_refuses_a_view_both_answered_and_not_arising() -> None:
    """A comparison read from JSON: a view is either answered or one on which the question does
    not arise, not both."""
    comparison = rl.compare_doctrines(
        _national_of_china_in_taiwan(), _TAIWAN_VIEWS, on="2010-01-01", state="TWN", to="CHN"
    )
    data = rl.to_dict(comparison)
    data["not_arising"]["apart"] = "made up"
    with pytest.raises(rl.InvalidInput, match=r"not_arising\['apart'\]"):
        rl.from_dict(rl.DoctrineComparison, data)


def test_a_single_view_refusing_the_input_as_the_default_does_keeps_the_input_s_error() -> None:
    """Art 1A(2) (a nationality is a State's): a Western Sahara nationality is refused whatever
    the doctrine, so a comparison of one view keeps the input's own error at its path, not
    "the question does not arise on this view" at ``views['only']`` (own-diff data review F6)."""
    harm = rl.Harm("detention", "ESH", severity="threat_to_life_or_freedom", likelihood=0.9,
                   actor="non_state", reasons={"political_opinion"})  # fmt: skip
    claim = rl.Claim(rl.Person("A", {"ESH"}, location="DZA"), fears=[harm])
    with pytest.raises(rl.InvalidInput) as info:
        rl.compare_doctrines(claim, {"only": rl.Doctrine()}, on="2015-01-01")
    assert [p.path for p in info.value.problems] == ["claim.person.nationalities"]


def test_one_view_answering_is_reported_as_the_only_one_not_as_agreement() -> None:
    """CAT art. 3(1): with two views of a removal from Taiwan to China, one refusing it (Taiwan
    part of China), the report says only the other answers, not that "the views that answer
    agree" (own-diff data review F6)."""
    views = {"apart": _TAIWAN_VIEWS["apart"], "china": _TAIWAN_VIEWS["china"]}
    comparison = rl.compare_doctrines(
        _national_of_china_in_taiwan(), views, on="2010-01-01", state="TWN", to="CHN"
    )
    assert comparison.explain().splitlines()[0] == "Doctrines compared: only 'apart' answers"
