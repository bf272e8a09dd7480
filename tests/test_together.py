"""Several feared harms taken together (``law.together``).

Art 1A(2) asks for a well-founded fear of "being persecuted", in any of the forms feared: the chance
that at least one of several harms befalls the person lies between the likeliest of them alone and
their likelihoods added (at most 1), whatever their dependence on each other. And an internal flight
alternative is "a specific area of the country where there is no risk of a well-founded fear of
persecution" (UNHCR Guidelines on International Protection No. 4, para. 6): one found for each harm
alone may be a different place for each. The bars on return weigh their risks the same way (CAT art.
3(1): "in danger of being subjected to torture", in any form).
"""

from __future__ import annotations

import json

import attrs
import pytest

import refugeelaw as rl

ON = "2020-01-01"
FEAR = "well-founded fear of being persecuted for a Convention reason"


def _state_harm(what: str, likelihood: float, country: str = "IRN", **facts: object) -> rl.Harm:
    return rl.Harm(
        what,
        country,
        severity="threat_to_life_or_freedom",
        likelihood=likelihood,
        actor="state",
        reasons={"political_opinion"},
        **facts,  # type: ignore[arg-type]
    )


def _activist(*fears: rl.Harm, **facts: object) -> rl.Claim:
    return rl.Claim(rl.Person("Activist", {"IRN"}, location="DEU"), fears=fears, **facts)  # type: ignore[arg-type]


THREE = _activist(
    _state_harm("arbitrary detention", 0.05),
    _state_harm("torture in interrogation", 0.05),
    _state_harm("extrajudicial killing", 0.05),
)


def _status(claim: rl.Claim, **kw: object) -> rl.StatusDetermination:
    return rl.assess_status(claim, on=ON, state="DEU", **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Art 1A(2): the likelihood of being persecuted in any of the forms feared (the fear review's F1)
# ---------------------------------------------------------------------------------------------


def test_three_harms_each_below_the_threshold_may_together_reach_it_art_1a2() -> None:
    """Art 1A(2), "being persecuted": three harms by the State each at 0.05 give a chance of
    persecution between 0.05 and 0.15, so against the threshold 0.1 (INS v Cardoza-Fonseca) the
    fear is not known until the chance of any of them is assessed; before, a confident
    NOT_REFUGEE."""
    d = _status(THREE)
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("likelihood_of_any['0,1,2']",)
    fear = d.finding.find(FEAR)
    assert fear is not None
    assert fear.verdict is rl.Verdict.UNKNOWN
    founded = fear.children[0].find("well-founded fear")
    assert founded is not None
    assert "between 0.05 (the likeliest alone) and 0.15 (their likelihoods added)" in founded.reason
    assert rl.Citation("refugee-convention-1951", "1A(2)") in founded.citations
    # The harm's own finding stays beneath it: alone, it is not likely enough.
    assert founded.children[0].verdict is rl.Verdict.NOT_MET
    # The protection element still reads the State as the persecutor (Handbook para. 65).
    protection = d.finding.find("lacks the protection of every country of nationality")
    assert protection is not None
    assert protection.verdict is rl.Verdict.MET


@pytest.mark.parametrize(
    ("likelihood", "outcome"),
    [(0.12, rl.Status.REFUGEE), (0.1, rl.Status.REFUGEE), (0.08, rl.Status.NOT_REFUGEE)],
)
def test_the_assessed_likelihood_of_any_of_them_decides_art_1a2(
    likelihood: float, outcome: rl.Status
) -> None:
    """Art 1A(2): the chance that at least one of the three befalls the person, assessed, is the
    likelihood of being persecuted: at or above the threshold 0.1, a well-founded fear."""
    d = _status(attrs.evolve(THREE, likelihood_of_any={"0,1,2": likelihood}))
    assert d.outcome is outcome
    assert d.missing_facts() == ()


def test_the_question_asks_the_likelihood_of_any_of_them_with_answers_between_the_bounds() -> None:
    """The question engine asks the likelihood that at least one befalls the person, offering
    answers only between the likeliest alone (0.05) and their sum (0.15): below 0.1, not a
    refugee; at 0.1, a refugee (Art 1A(2); INS v Cardoza-Fonseca's reasonable possibility)."""
    d = _status(THREE)
    (asked,) = [q for q in d.questions() if q.path == "likelihood_of_any['0,1,2']"]
    assert asked.kind is rl.QuestionKind.JUDGMENT
    assert asked.decisive
    assert "arbitrary detention (fears[0])" in asked.text
    assert "in Iran" in asked.text
    assert [(a.value, a.outcome) for a in asked.answers] == [
        (0.05, rl.Status.NOT_REFUGEE),
        (0.1, rl.Status.REFUGEE),
    ]


def test_harms_whose_likelihoods_added_stay_below_the_threshold_are_not_a_well_founded_fear() -> (
    None
):
    """Art 1A(2): two harms at 0.04 each: even their sum, 0.08, is below 0.1, so the chance of
    persecution is below it whatever their dependence: NOT_REFUGEE, nothing missing."""
    d = _status(_activist(_state_harm("detention", 0.04), _state_harm("beating", 0.04)))
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert d.missing_facts() == ()


def test_ten_harms_each_at_nine_percent_are_at_least_undetermined() -> None:
    """Art 1A(2): ten harms at 0.09 each give a chance of persecution of at least 0.09 and at most
    0.9: not a confident NOT_REFUGEE."""
    many = _activist(*[_state_harm(f"measure {i}", 0.09) for i in range(10)])
    assert _status(many).outcome is rl.Status.UNDETERMINED
    key = ",".join(str(i) for i in range(10))
    assert _status(attrs.evolve(many, likelihood_of_any={key: 0.61})).outcome is rl.Status.REFUGEE


def test_a_harm_not_otherwise_persecution_is_not_taken_together() -> None:
    """Art 1A(2): only harms each otherwise persecution for a Convention reason are taken together:
    a second harm feared for economic reasons alone (no Convention ground, Handbook para. 62)
    adds nothing to the first's likelihood."""
    economic = rl.Harm(
        "extortion",
        "IRN",
        severity="threat_to_life_or_freedom",
        likelihood=0.06,
        actor="non_state",
        reasons={"economic"},
        protection_withheld_for=set(),  # nor does the State withhold protection from it (Shah)
    )
    d = _status(_activist(_state_harm("detention", 0.06), economic))
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert d.missing_facts() == ()


def test_harms_feared_in_different_countries_are_not_taken_together() -> None:
    """Art 1A(2), second paragraph: a person of two nationalities fearing a harm in each, each
    below the threshold, runs no risk of persecution in either country that reaches it."""
    dual = rl.Claim(
        rl.Person("Dual", {"IRN", "IRQ"}, location="DEU"),
        fears=[_state_harm("detention", 0.06), _state_harm("detention", 0.06, country="IRQ")],
    )
    d = _status(dual)
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert d.missing_facts() == ()


def test_the_states_protection_against_private_harms_taken_together_still_decides_horvath() -> None:
    """Art 1A(2) with Horvath v SSHD: private harms taken together are persecution only where the
    State does not protect against them; found protected, the person is not a refugee whatever
    their chance of any of them."""

    def private(what: str) -> rl.Harm:
        return rl.Harm(
            what,
            "IRN",
            severity="threat_to_life_or_freedom",
            likelihood=0.06,
            actor="non_state",
            reasons={"religion"},
            protection_withheld_for=set(),
        )

    protected = _activist(
        private("assault"),
        private("arson"),
        protection={"IRN": "available"},
        internal_relocation=False,
    )
    assert _status(protected).outcome is rl.Status.NOT_REFUGEE
    unprotected = attrs.evolve(protected, protection={"IRN": "unavailable"})
    assert _status(unprotected).outcome is rl.Status.UNDETERMINED


def test_discriminatory_measures_take_together_adverse_factors_each_below_the_threshold() -> None:
    """UNHCR Handbook para. 53: a measure of discrimination is taken together with the other
    adverse factors feared there; two of them at 0.05 each may together be feared with good
    reason (their chance lies between 0.05 and 0.1), so a judgement that the measures amount to
    persecution waits on it; assessed at 0.1, it stands."""
    discrimination = rl.Harm(
        "exclusion from university",
        "IRN",
        severity="discrimination",
        likelihood=0.9,
        actor="state",
        reasons={"religion"},
    )

    def factor(what: str) -> rl.Harm:
        return rl.Harm(what, "IRN", severity="minor", likelihood=0.05, actor="state",
                       reasons={"religion"})  # fmt: skip

    claim = _activist(
        discrimination, factor("summons"), factor("fine"), cumulative_persecution=True
    )
    d = _status(claim)
    assert d.outcome is rl.Status.UNDETERMINED
    assert "likelihood_of_any['1,2']" in d.missing_facts()
    assert _status(attrs.evolve(claim, likelihood_of_any={"1,2": 0.1})).outcome is (
        rl.Status.REFUGEE
    )
    assert _status(attrs.evolve(claim, likelihood_of_any={"1,2": 0.06})).outcome is (
        rl.Status.NOT_REFUGEE
    )


def test_art_1e_weighs_the_fear_in_the_country_of_residence_taken_together() -> None:
    """Art 1E, as the library reads it (``law.art_1e.FEAR_THERE_READING``): the rights of a
    national in Turkiye do not answer a well-founded fear of persecution there; two harms there
    each at 0.06 may together be one, so Art 1E is not yet found to apply; assessed at 0.1, it
    does not apply, and at 0.07 it does (EXCLUDED)."""
    bombing = _state_harm("bombing", 0.6, country="SYR")
    claim = rl.Claim(
        rl.Person("Syrian", {"SYR"}, location="DEU"),
        fears=[
            bombing,
            _state_harm("detention", 0.06, country="TUR"),
            _state_harm("beating", 0.06, country="TUR"),
        ],
        rights_of_national_in="TUR",
    )
    d = rl.assess_status(claim, on="2016-01-01", state="DEU")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("likelihood_of_any['1,2']",)
    art_1e = "Art 1E: rights of a national in the country of residence"
    feared = attrs.evolve(claim, likelihood_of_any={"1,2": 0.1})
    assert rl.assess_status(feared, on="2016-01-01", state="DEU").outcome is rl.Status.REFUGEE
    safe = attrs.evolve(claim, likelihood_of_any={"1,2": 0.07})
    found = rl.assess_status(safe, on="2016-01-01", state="DEU")
    assert found.outcome is rl.Status.EXCLUDED
    assert found.displaced_by == ("Art 1E",)
    assert _finding(found, art_1e).verdict is rl.Verdict.MET


def _finding(d: rl.StatusDetermination, element: str) -> rl.Finding:
    found = d.finding.find(element)
    assert found is not None, element
    return found


# ---------------------------------------------------------------------------------------------
# Internal relocation: one area free of them all (the fear review's F3)
# ---------------------------------------------------------------------------------------------

ARMY = _state_harm("detention by the army", 0.6, country="SOM", internal_relocation=True)
MILITIA = rl.Harm(
    "killing by al-Shabaab",
    "SOM",
    severity="threat_to_life_or_freedom",
    likelihood=0.6,
    actor="non_state",
    reasons={"religion"},
    protection_withheld_for=set(),
    internal_relocation=True,
)
CLAN = rl.Claim(
    rl.Person("Clan member", {"SOM"}, location="DEU"),
    fears=[ARMY, MILITIA],
    protection={"SOM": "unavailable"},
)


def test_an_alternative_found_for_each_harm_alone_does_not_show_one_area_free_of_both() -> None:
    """UNHCR Guidelines No. 4, para. 6: the alternative is "a specific area of the country where
    there is no risk of a well-founded fear of persecution". The army's reach ends in the south,
    al-Shabaab's in the north: an alternative found against each alone shows no one area free of
    both, so the claim waits on whether there is one; before, a confident NOT_REFUGEE."""
    d = rl.assess_status(CLAN, on="2012-01-01", state="DEU")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("relocation_from_all['0,1']",)
    flight = d.finding.find(FEAR).children[1].find("no internal flight alternative")  # type: ignore[union-attr]
    assert flight is not None
    assert flight.verdict is rl.Verdict.UNKNOWN
    assert rl.Citation("unhcr-guidelines-4-2003", "6") in flight.citations
    (asked,) = d.questions()[:1]
    assert asked.path == "relocation_from_all['0,1']"
    assert "Somalia" in asked.text
    assert [(a.value, a.outcome) for a in asked.answers] == [
        (True, rl.Status.NOT_REFUGEE),
        (False, rl.Status.REFUGEE),
    ]


@pytest.mark.parametrize(
    ("found", "outcome"), [(True, rl.Status.NOT_REFUGEE), (False, rl.Status.REFUGEE)]
)
def test_one_area_free_of_both_defeats_the_claim_and_none_does_not(
    found: bool, outcome: rl.Status
) -> None:
    """UNHCR Guidelines No. 4, para. 6 and Handbook para. 91: one area free of a well-founded fear
    of both defeats the claim; no such area, and the person has a well-founded fear wherever
    they go."""
    claim = attrs.evolve(CLAN, relocation_from_all={"0,1": found})
    assert rl.assess_status(claim, on="2012-01-01", state="DEU").outcome is outcome


def test_one_finding_for_the_whole_claim_names_one_area_for_every_harm() -> None:
    """Handbook para. 91: the claim's own finding (``Claim.internal_relocation``) answers every
    harm that states none of its own, one area for them all: the claim fails as before."""
    both = attrs.evolve(
        CLAN,
        fears=[attrs.evolve(h, internal_relocation=None) for h in CLAN.fears or ()],
        internal_relocation=True,
    )
    d = rl.assess_status(both, on="2012-01-01", state="DEU")
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert d.missing_facts() == ()


def test_an_alternative_against_one_harm_leaves_the_others_below_the_threshold() -> None:
    """UNHCR Guidelines No. 4, para. 6: where the area found safe from the army leaves only a
    harm at 0.05 elsewhere, the person could live there without a well-founded fear: NOT_REFUGEE,
    nothing asked."""
    low = _state_harm("a fine", 0.05, country="SOM")
    claim = attrs.evolve(CLAN, fears=[ARMY, low])
    d = rl.assess_status(claim, on="2012-01-01", state="DEU")
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert d.missing_facts() == ()


# ---------------------------------------------------------------------------------------------
# The bars on return weigh the same harms the same way
# ---------------------------------------------------------------------------------------------


def _tortured(what: str, likelihood: float) -> rl.Harm:
    return _state_harm(what, likelihood, torture=True)


def _bar(result: rl.ReturnAssessment, element: str) -> rl.Finding:
    found = result.finding.find(element)
    assert found is not None, element
    return found


def test_cat_article_3_weighs_the_danger_of_torture_in_any_of_the_forms_feared() -> None:
    """CAT art. 3(1), "in danger of being subjected to torture": two forms of torture by the
    State each at 0.05 give a danger between 0.05 and 0.1, open against the threshold 0.1;
    assessed at 0.1, the bar applies. Art 33(1) weighs the persecution the same way."""
    claim = _activist(
        _tortured("torture in interrogation", 0.05), _tortured("torture in prison", 0.05)
    )
    open_ = rl.assess_return(claim, by="DEU", to="IRN", on=ON)
    assert open_.outcome is rl.ReturnOutcome.UNDETERMINED
    assert _bar(open_, "CAT art. 3 bar").verdict is rl.Verdict.UNKNOWN
    assert _bar(open_, "Refugee Convention art. 33(1) bar").verdict is rl.Verdict.UNKNOWN
    assert "likelihood_of_any['0,1']" in open_.missing_facts()
    shown = rl.assess_return(
        attrs.evolve(claim, likelihood_of_any={"0,1": 0.1}), by="DEU", to="IRN", on=ON
    )
    assert shown.outcome is rl.ReturnOutcome.PROHIBITED
    assert _bar(shown, "CAT art. 3 bar").verdict is rl.Verdict.MET
    low = rl.assess_return(
        attrs.evolve(claim, likelihood_of_any={"0,1": 0.06}), by="DEU", to="IRN", on=ON
    )
    assert low.outcome is rl.ReturnOutcome.PERMITTED
    # One area free of a well-founded fear of both is Art 1A(2)'s relocation question: CAT art. 3
    # weighs no relocation of its own here, so the finding changes nothing for it.
    area = rl.assess_return(
        attrs.evolve(claim, relocation_from_all={"0,1": True}), by="DEU", to="IRN", on=ON
    )
    assert _bar(area, "CAT art. 3 bar").verdict is rl.Verdict.UNKNOWN


def test_article_33_on_its_own_standard_takes_the_harms_together_on_that_standard() -> None:
    """Art 33(1) under ``Doctrine(return_threshold=0.5)`` (INS v Stevic's clear probability): two
    harms at 0.3 each are each not more likely than not, but their chance together lies between
    0.3 and 0.6: the bar waits on it."""
    claim = _activist(_state_harm("detention", 0.3), _state_harm("beating", 0.3))
    stevic = rl.Doctrine(return_threshold=0.5)
    open_ = rl.assess_return(claim, by="DEU", to="IRN", on=ON, doctrine=stevic)
    assert _bar(open_, "Refugee Convention art. 33(1) bar").verdict is rl.Verdict.UNKNOWN
    shown = rl.assess_return(
        attrs.evolve(claim, likelihood_of_any={"0,1": 0.55}),
        by="DEU",
        to="IRN",
        on=ON,
        doctrine=stevic,
    )
    assert _bar(shown, "Refugee Convention art. 33(1) bar").verdict is rl.Verdict.MET


# ---------------------------------------------------------------------------------------------
# The facts themselves
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "path"),
    [
        ({"0,1,2": 0.2}, "likelihood_of_any['0,1,2']"),  # above their sum, 0.15
        ({"0,1,2": 0.04}, "likelihood_of_any['0,1,2']"),  # below the likeliest, 0.05
        ({"0,3": 0.1}, "likelihood_of_any['0,3']"),  # fears[3] is not given
        ({"2,1": 0.1}, "likelihood_of_any['2,1']"),  # not ascending
        ({"1": 0.1}, "likelihood_of_any['1']"),  # one harm is not several
    ],
)
def test_a_likelihood_of_any_that_cannot_be_is_refused_naming_its_path(
    given: dict[str, float], path: str
) -> None:
    """The chance that at least one of several harms happens lies between the likeliest alone and
    their likelihoods added: a value outside, or naming harms not given, is refused."""
    with pytest.raises(rl.InvalidInput) as raised:
        attrs.evolve(THREE, likelihood_of_any=given)
    assert [p.path for p in raised.value.problems] == [path]


def test_one_area_free_of_more_harms_is_free_of_fewer() -> None:
    """UNHCR Guidelines No. 4, para. 6: an area free of a well-founded fear of three harms is free
    of one of two of them, so finding none for two and one for all three is refused."""
    with pytest.raises(rl.InvalidInput, match=r"relocation_from_all\['0,1,2'\]"):
        attrs.evolve(THREE, relocation_from_all={"0,1": False, "0,1,2": True})


def test_the_facts_taken_together_round_trip_through_json() -> None:
    claim = attrs.evolve(
        THREE, likelihood_of_any={"0,1,2": 0.12}, relocation_from_all={"0,1": False}
    )
    assert rl.from_json(rl.Claim, rl.to_json(claim)) == claim


@pytest.mark.parametrize(
    "claim",
    [
        THREE,
        attrs.evolve(THREE, likelihood_of_any={"0,1,2": 0.12}),
        CLAN,
        attrs.evolve(CLAN, relocation_from_all={"0,1": False}),
    ],
)
def test_the_outcome_alone_takes_the_harms_together_too(claim: rl.Claim) -> None:
    """``rl.status_outcomes`` walks the same rules: the harms taken together there too."""
    on = "2012-01-01"
    explained = rl.assess_status(claim, on=on, state="DEU").outcome
    assert rl.status_outcomes([claim], on=on, state="DEU") == [explained]


def test_thabet_alienage_weighs_the_harms_taken_together_with_the_speed_layer_on() -> None:
    """Art 1A(2) for a stateless person in one of two former homes (*Thabet*,
    ``Doctrine(return_to_other_residences=True)``): being outside turns on a well-founded fear in
    the other, the harms there taken together; the rule is remembered on the whole claim, so an
    assessment of the likelihood that at least one befalls the person is weighed, not the finding
    for a claim without it."""
    from refugeelaw import _speed

    person = rl.Person("P", frozenset(), habitual_residence="SYR",
                       other_habitual_residences={"IRQ"}, location="IRQ")  # fmt: skip
    claim = rl.Claim(
        person,
        fears=[
            _state_harm("detention", 0.05, country="SYR"),
            _state_harm("beating", 0.05, country="SYR"),
        ],
    )
    thabet = rl.Doctrine(return_to_other_residences=True)
    assessed = attrs.evolve(claim, likelihood_of_any={"0,1": 0.1})
    _speed.install()
    fast = [rl.assess_status(c, on=ON, doctrine=thabet) for c in (claim, assessed)]
    with _speed.off():
        plain = [rl.assess_status(c, on=ON, doctrine=thabet) for c in (claim, assessed)]
    assert fast == plain
    outside = "outside every country of former habitual residence"
    assert _finding(fast[0], outside).verdict is rl.Verdict.UNKNOWN
    assert _finding(fast[1], outside).verdict is rl.Verdict.MET


# ---------------------------------------------------------------------------------------------
# The absolute bars: one area free of the real risk of them all (return review s36 F1, F4)
# ---------------------------------------------------------------------------------------------


def _somali(*fears: rl.Harm, **facts: object) -> rl.Claim:
    """A Somali in the United Kingdom excluded under Art 1F(b): only the absolute bars remain."""
    return rl.Claim(
        rl.Person("Clan member", {"SOM"}, location="GBR"),
        fears=fears,
        protection={"SOM": "unavailable"},
        exclusion={"1F(b)"},
        **facts,  # type: ignore[arg-type]
    )


def _killing(by: str, **facts: object) -> rl.Harm:
    return rl.Harm(
        f"killing by {by}",
        "SOM",
        severity="threat_to_life_or_freedom",
        likelihood=0.9,
        actor="non_state",
        reasons={"personal"},
        torture=False,
        irreparable=True,
        risk_to_life=True,
        death_penalty=False,
        flagrant_denial_of_justice=False,
        official_involvement=False,
        protection_withheld_for=set(),
        **facts,  # type: ignore[arg-type]
    )


SOUTH = _killing("al-Shabaab in the south", internal_relocation=True)
NORTH = _killing("a clan militia in the north", internal_relocation=True)
ABSOLUTE = ("ECHR art. 2 bar", "ECHR art. 3 bar", "ICCPR art. 6(1) bar", "ICCPR art. 7 bar")


def _to_somalia(claim: rl.Claim) -> rl.ReturnAssessment:
    return rl.assess_return(claim, by="GBR", to="SOM", on="2012-06-01")


def test_an_alternative_found_against_each_harm_alone_does_not_escape_the_absolute_bars() -> None:
    """ECHR art. 3 (*Salah Sheekh v Netherlands*, 2007, para. 141; *Sufi and Elmi v United
    Kingdom*, 2011): relying on an internal flight alternative requires that the person can settle
    in "the area" without a real risk. Al-Shabaab's reach ends in the north, the militia's in the
    south: an alternative against each alone shows no one area free of both, so ECHR arts 2 and 3
    and ICCPR arts 6(1) and 7 (read the same way, ``RELOCATION_READING``) wait on whether there is
    one. Before: a confident PERMITTED for a person excluded under Art 1F(b)."""
    result = _to_somalia(_somali(SOUTH, NORTH))
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.missing_facts() == ("relocation_from_all['0,1']",)
    for bar in ABSOLUTE:
        assert _bar(result, bar).verdict is rl.Verdict.UNKNOWN, bar
    (asked,) = result.questions()[:1]
    assert asked.path == "relocation_from_all['0,1']"
    assert [(a.value, a.outcome) for a in asked.answers] == [
        (True, rl.ReturnOutcome.PERMITTED),
        (False, rl.ReturnOutcome.PROHIBITED),
    ]


@pytest.mark.parametrize(
    ("found", "outcome", "verdict"),
    [
        (False, rl.ReturnOutcome.PROHIBITED, rl.Verdict.MET),
        (True, rl.ReturnOutcome.PERMITTED, rl.Verdict.NOT_MET),
    ],
)
def test_no_one_area_free_of_the_real_risk_of_both_and_the_absolute_bars_apply(
    found: bool, outcome: rl.ReturnOutcome, verdict: rl.Verdict
) -> None:
    """ECHR art. 3 (*Salah Sheekh*, para. 141): the decision-maker's finding that no one area is
    free of both (``relocation_from_all``) leaves a real risk wherever the person goes (before:
    ignored, PERMITTED); one area free of both answers it. The finding says it in a bar's words."""
    result = _to_somalia(_somali(SOUTH, NORTH, relocation_from_all={"0,1": found}))
    assert result.outcome is outcome
    for bar in ABSOLUTE:
        assert _bar(result, bar).verdict is verdict, bar
    if not found:
        risk = _bar(result, "ECHR art. 3 bar").children[-1]
        assert "no one area is free of a real risk of them all" in "".join(
            f.reason for _, f in risk.walk()
        )


def test_one_finding_for_the_whole_claim_is_one_area_for_the_absolute_bars_too() -> None:
    """*Salah Sheekh*, para. 141: the claim's own finding (``Claim.internal_relocation``) names
    one area for every harm that states none of its own: the bars are escaped, as before."""
    both = _somali(
        attrs.evolve(SOUTH, internal_relocation=None),
        attrs.evolve(NORTH, internal_relocation=None),
        internal_relocation=True,
    )
    result = _to_somalia(both)
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert result.missing_facts() == ()


def test_cat_article_3_weighs_no_alternative_and_asks_none() -> None:
    """CAT art. 3 weighs no internal flight alternative, on either reading of
    ``cat_non_state_actors`` (``RELOCATION_READING``; the docstring of ``Claim.internal_relocation``
    now says so: return review s36 F4): a militia's torture found against each harm alone is no
    less a danger under it, and ``relocation_from_all`` is not asked for it."""
    militia = attrs.evolve(SOUTH, torture=True, official_involvement=False)
    other = attrs.evolve(NORTH, torture=True, official_involvement=False)
    doctrine = rl.Doctrine(cat_non_state_actors=True, non_refoulement_customary=False)
    result = rl.assess_return(
        _somali(militia, other), by="GBR", to="SOM", on="2019-06-01", doctrine=doctrine
    )
    assert _bar(result, "CAT art. 3 bar").verdict is rl.Verdict.MET
    doc = rl.Claim.__doc__ or ""
    assert "CAT art. 3 weighs none, on either reading of" in " ".join(doc.split())


# ---------------------------------------------------------------------------------------------
# A removal onward: the risk in each State weighed apart, named (return review s36 F3)
# ---------------------------------------------------------------------------------------------


def _via_turkey(*fears: rl.Harm, **facts: object) -> rl.ReturnAssessment:
    claim = rl.Claim(
        rl.Person("K", {"SYR"}, location="GRC"),
        fears=fears,
        onward_removal={"TUR": {"SYR"}},
        **facts,  # type: ignore[arg-type]
    )
    doctrine = rl.Doctrine(non_refoulement_customary=False)
    return rl.assess_return(claim, by="GRC", to="TUR", on="2016-06-01", doctrine=doctrine)


def test_harms_in_the_state_of_return_and_the_state_onward_are_weighed_apart_named() -> None:
    """CAT art. 3(1) and General Comment No. 4, para. 12 ("a third State in which there are
    substantial grounds"): torture at 0.07 in a Turkish removal centre and 0.07 in Syria, to
    which Turkey would send the person on, are each below 0.1; weighed State by State the return
    is permitted, and the reading that decides it is named (before: not named)."""
    from refugeelaw.law.removal import STATE_BY_STATE_READING

    turkey = _state_harm("torture in a removal centre", 0.07, country="TUR", torture=True)
    syria = _state_harm("torture by military intelligence", 0.07, country="SYR", torture=True)
    result = _via_turkey(turkey, syria)
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert STATE_BY_STATE_READING in result.assumptions()
    # Added, they stay below the threshold: the reading decides nothing and is not named.
    low = _via_turkey(turkey, attrs.evolve(syria, likelihood=0.02))
    assert STATE_BY_STATE_READING not in low.assumptions()


def test_an_assessment_of_harms_feared_in_different_states_is_refused_naming_its_path() -> None:
    """The harms taken together are those feared in one State: a ``likelihood_of_any`` for harms
    in Turkey and in Syria would decide nothing, and is refused at its path (before: accepted and
    passed over); so is a ``relocation_from_all`` for them."""
    turkey = _state_harm("torture in a removal centre", 0.07, country="TUR", torture=True)
    syria = _state_harm("torture by military intelligence", 0.07, country="SYR", torture=True)
    for given in ({"likelihood_of_any": {"0,1": 0.13}}, {"relocation_from_all": {"0,1": False}}):
        with pytest.raises(rl.InvalidInput) as raised:
            _via_turkey(turkey, syria, **given)
        (field,) = given
        assert [p.path for p in raised.value.problems] == [f"claim.{field}['0,1']"]


# Session 36's status and interfaces reviews
# ---------------------------------------------------------------------------------------------


def _threat(what: str, likelihood: float) -> rl.Harm:
    return rl.Harm(
        what,
        "SOM",
        severity="threat_to_life_or_freedom",
        likelihood=likelihood,
        actor="non_state",
        reasons={"generalised_violence"},
        protection_withheld_for=set(),
    )


SOMALI = rl.Claim(
    rl.Person("Somali", {"SOM"}, location="KEN"),
    fears=[_threat("shelling of his district", 0.06), _threat("attacks on markets", 0.06)],
    flight_causes={"serious_public_disorder"},
    flight_events_in={"SOM"},
    protection={"SOM": "unavailable"},
    recognised=True,
    cessation={"1C(5)"},
    compelling_reasons=False,
)
PERSISTS = "a serious threat from the events of art. I(2) persists"


@pytest.mark.parametrize(
    ("assessed", "outcome", "verdict"),
    [
        ({}, rl.Status.UNDETERMINED, rl.Verdict.UNKNOWN),
        ({"0,1": 0.12}, rl.Status.REFUGEE, rl.Verdict.MET),
        ({"0,1": 0.08}, rl.Status.CEASED, rl.Verdict.NOT_MET),
    ],
)
def test_oau_i_4_e_weighs_the_threat_of_the_events_in_any_of_the_forms_feared(
    assessed: dict[str, float], outcome: rl.Status, verdict: rl.Verdict
) -> None:
    """OAU Convention art. I(4)(e), read as Art 1C(5)'s counterpart (*Abdulla*, CJEU 2010: the
    circumstances of the grant): a status under art. I(2) continues while its events seriously
    threaten the person, as art. II(3) weighs that threat, the harms feared taken together. Two
    threats at 0.06 each lie between 0.06 and 0.12: the status waits on their chance together
    (before, a confident CEASED); assessed at 0.12 the events still threaten (REFUGEE), at 0.08
    they do not (CEASED). Status review s36 F1."""
    d = rl.assess_status(
        attrs.evolve(SOMALI, likelihood_of_any=assessed), on="2012-01-01", state="KEN"
    )
    assert d.outcome is outcome
    assert _finding(d, PERSISTS).verdict is verdict
    if not assessed:
        assert d.missing_facts() == ("likelihood_of_any['0,1']",)


ALSHABAAB = rl.Harm(
    "killing by al-Shabaab (holds the south)",
    "SOM",
    severity="threat_to_life_or_freedom",
    likelihood=0.05,
    actor="non_state",
    reasons={"religion"},
    protection_withheld_for=set(),
)


def test_an_area_found_against_one_harm_says_nothing_of_another_harms_risk_there() -> None:
    """UNHCR Guidelines No. 4, para. 7(I)(c): "Where there is a risk that the non-State actor
    will persecute the claimant in the proposed area, then the area will not be an internal
    flight or relocation alternative." The south, safe from the army, is al-Shabaab's; its
    likelihood at home (0.05) says nothing of the risk there, and its own relocation is not found:
    whether one area is free of both is asked (before, a confident NOT_REFUGEE that this fact
    then reversed). Status review s36 F2."""
    claim = attrs.evolve(CLAN, fears=[ARMY, ALSHABAAB])
    d = rl.assess_status(claim, on="2012-01-01", state="DEU")
    assert d.outcome is rl.Status.UNDETERMINED
    assert "relocation_from_all['0,1']" in d.missing_facts()
    for found, outcome in ((False, rl.Status.REFUGEE), (True, rl.Status.NOT_REFUGEE)):
        answered = attrs.evolve(claim, relocation_from_all={"0,1": found})
        assert rl.assess_status(answered, on="2012-01-01", state="DEU").outcome is outcome


def test_an_area_read_as_free_of_a_harm_the_state_inflicts_everywhere_says_so() -> None:
    """UNHCR Guidelines No. 4, para. 7(I)(b): the State is presumed to act throughout the country,
    so its fine (0.05) is the same in the area found safe from the army, and below the threshold
    0.1 there: NOT_REFUGEE, as before, now saying that the area is read as free of both and
    naming the reading (``law.together.ONE_AREA_READING``)."""
    from refugeelaw.law.together import ONE_AREA_READING

    claim = attrs.evolve(CLAN, fears=[ARMY, _state_harm("a fine", 0.05, country="SOM")])
    d = rl.assess_status(claim, on="2012-01-01", state="DEU")
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert ONE_AREA_READING in d.assumptions()
    flight = d.finding.find(FEAR).children[0].find("no internal flight alternative")  # type: ignore[union-attr]
    assert flight is not None
    assert "fears[0].internal_relocation names leaves fears[1]" in flight.reason
    assert "read as free of a well-founded fear of them all" in flight.reason


def test_no_one_area_beside_the_claims_one_area_for_every_harm_is_refused() -> None:
    """Handbook para. 91 and UNHCR Guidelines No. 4, para. 6: the claim's own finding of an
    internal flight alternative names one area for every harm that states none of its own, so a
    finding that no one area is free of two of them contradicts it and is refused at its path
    (before, the finding never asked overrode the one made). Status review s36 F4."""
    both = attrs.evolve(
        CLAN,
        fears=[attrs.evolve(h, internal_relocation=None) for h in CLAN.fears or ()],
        internal_relocation=True,
    )
    with pytest.raises(rl.InvalidInput) as raised:
        attrs.evolve(both, relocation_from_all={"0,1": False})
    assert [p.path for p in raised.value.problems] == ["relocation_from_all['0,1']"]
    assert "internal_relocation is true" in str(raised.value)
    # A harm with a finding of its own is not answered by the claim's: nothing to contradict.
    own = attrs.evolve(both, fears=[ARMY, (both.fears or ())[1]])
    attrs.evolve(own, relocation_from_all={"0,1": False})


def test_the_questions_offer_only_answers_beside_an_assessment_for_fewer_harms() -> None:
    """Art 1A(2) (the chance of being persecuted in any of the forms feared): an assessment that
    at least one of fears[0] and fears[1] befalls the person (0.07) is a floor for all three, so
    the answer below the threshold is 0.07, said to be that assessment (before, 0.04, "the
    likeliest alone", which the claim refuses, so questions() raised). Interfaces review s36 F1."""
    claim = attrs.evolve(
        THREE,
        fears=[attrs.evolve(h, likelihood=0.04) for h in THREE.fears or ()],
        likelihood_of_any={"0,1": 0.07},
    )
    d = _status(claim)
    assert d.missing_facts() == ("likelihood_of_any['0,1,2']",)
    assert "between 0.07 (assessed for fears[0] and fears[1]) and 0.12" in d.explain()
    (asked,) = [q for q in d.questions() if q.path == "likelihood_of_any['0,1,2']"]
    assert [(a.value, a.label, a.outcome) for a in asked.answers] == [
        (0.07, "below 0.1 (0.07, assessed for fears[0] and fears[1])", rl.Status.NOT_REFUGEE),
        (0.1, "at least 0.1", rl.Status.REFUGEE),
    ]


def test_a_harm_whose_set_is_assessed_below_the_threshold_is_no_well_founded_fear() -> None:
    """Art 1A(2): no one of several harms is likelier than that at least one of them befalls the
    person, so detention, not assessed alone, is at most 0.07 where detention or beating is
    assessed at 0.07: below the threshold 0.1, alone or with the beating (NOT_REFUGEE; before,
    its likelihood was asked, and every answer above 0.07 was refused). Where the set is assessed
    at 0.3, the beating at 0.04, detention is at least 0.26: a well-founded fear. Interfaces
    review s36 F1."""
    detention = attrs.evolve((THREE.fears or ())[0], likelihood=None)
    beating = attrs.evolve((THREE.fears or ())[1], likelihood=0.04)
    claim = _activist(detention, beating, likelihood_of_any={"0,1": 0.07})
    d = _status(claim)
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert d.missing_facts() == ()
    # Assessed at 0.3 with the beating at 0.04, detention is at least 0.26: well founded.
    higher = _status(attrs.evolve(claim, likelihood_of_any={"0,1": 0.3}))
    assert higher.outcome is rl.Status.REFUGEE
    assert higher.missing_facts() == ()
    # The beating not assessed either: either likelihood is asked, none above 0.3 offered.
    both = _status(
        attrs.evolve(
            claim,
            fears=[detention, attrs.evolve(beating, likelihood=None)],
            likelihood_of_any={"0,1": 0.3},
        )
    )
    asked = [q for q in both.questions() if q.path.endswith(".likelihood")]
    assert asked
    for q in asked:
        assert [a.value for a in q.answers] == [0.05, 0.1], q.path


def test_the_claims_own_finding_is_not_offered_where_no_one_area_is_found() -> None:
    """UNHCR Guidelines No. 4, para. 6: where no one area is free of two harms that state no
    finding of their own, the claim's own finding of an alternative (one area for them all) is
    not offered as an answer: the claim would refuse it."""
    fears = [attrs.evolve(h, internal_relocation=None) for h in CLAN.fears or ()]
    claim = attrs.evolve(CLAN, fears=fears, relocation_from_all={"0,1": False})
    d = rl.assess_status(claim, on="2012-01-01", state="DEU")
    for q in d.questions():
        if q.path == "internal_relocation":
            assert [a.value for a in q.answers] == [False]


def test_the_schema_states_the_form_and_range_of_the_sets_of_harms() -> None:
    """The JSON Schema (and so the MCP tools' input schema) refuses what the claim refuses of a
    set's key and value, as far as a schema can say it (ascending order and the bounds between
    sets stay with from_json). Interfaces review s36 F4."""
    import jsonschema

    schema = rl.json_schema(rl.Claim)
    base = json.loads(rl.to_json(THREE))
    check = jsonschema.Draft202012Validator(schema)
    for field, good, bads in (
        (
            "likelihood_of_any",
            0.1,
            ({"x": 0.1}, {"0,1": 7.5}, {"0,1": -3}, {"01,2": 0.1}, {"1": 0.1}),
        ),
        ("relocation_from_all", True, ({"x": True}, {"0,1": 1}, {"0": True})),
    ):
        assert not list(check.iter_errors({**base, field: {"0,1": good}}))
        for bad in bads:
            assert list(check.iter_errors({**base, field: bad})), (field, bad)
            with pytest.raises(rl.InvalidInput):
                rl.from_json(rl.Claim, json.dumps({**base, field: bad}))
