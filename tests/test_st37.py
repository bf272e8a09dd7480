"""Review s37 (st37): Art 1A(2) inclusion.

F1: a country of reference found to offer protection answers a fear of others there only on
*Horvath v SSHD* [2001] 1 AC 489's test (a system of law that punishes the harm and a reasonable
willingness to enforce it suffice), a contested reading (``law.protection.HORVATH_READING``). It
was named for one country of nationality only; a dual national's (Art 1A(2), second paragraph:
*Canada (AG) v Ward* [1993] 2 SCR 689) and a stateless person's former home (Art 1A(2), "unable
or, owing to such fear, is unwilling to return to it") were decided on it unnamed.
"""

from __future__ import annotations

import refugeelaw as rl
from refugeelaw.law.fear import SUBJECTIVE_FEAR_READING
from refugeelaw.law.protection import HORVATH, HORVATH_READING

HORVATH_CASE = rl.Citation("horvath-v-sshd-2000", "holding")


def _inla(**facts: object) -> rl.Harm:
    """Ward's fear: execution by the INLA, a private organisation, in Ireland."""
    return rl.Harm(
        "execution by the INLA",
        "IRL",
        severity="threat_to_life_or_freedom",
        likelihood=0.6,
        actor="non_state",
        reasons={"political_opinion"},
        **facts,  # type: ignore[arg-type]
    )


def _ward(protection: dict[str, str]) -> rl.StatusDetermination:
    person = rl.Person("Ward", nationalities={"IRL", "GBR"}, location="CAN")
    claim = rl.Claim(person, fears=[_inla()], protection=protection, internal_relocation=False)
    return rl.assess_status(claim, on="1993-06-30")


def test_ward_dual_national_ireland_protection_answers_the_inla_fear_on_horvath() -> None:
    """Art 1A(2), second paragraph, with *Ward*'s facts: the fear of the INLA in Ireland is found
    well-founded, so only Horvath's test makes Ireland's protection answer it; the result says so
    and names the reading."""
    result = _ward({"IRL": "available", "GBR": "unavailable"})
    assert result.outcome is rl.Status.NOT_REFUGEE
    ireland = result.finding.find("protection of Ireland")
    assert ireland is not None
    assert ireland.verdict is rl.Verdict.NOT_MET
    assert HORVATH in ireland.citations
    assert "from others (fears[0])" in ireland.reason
    assert HORVATH_READING in ireland.assumptions
    assert HORVATH_READING in result.assumptions()


def test_ward_dual_national_other_nationality_still_asked() -> None:
    """*Ward*: the capacity of every State of nationality to protect must be assessed (Art 1A(2),
    second paragraph): the United Kingdom's is asked, and the outcome waits on it."""
    result = _ward({"IRL": "unavailable"})
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("protection['GBR']",)


def test_dual_national_fearing_nothing_in_the_other_country_does_not_rest_on_horvath() -> None:
    """Art 1A(2), second paragraph, alone: a national of North Korea and South Korea who fears
    only the North Korean state, South Korea's protection found available, is not lacking
    protection; no fear of others there is answered, so Horvath is neither cited nor named."""
    arrest = rl.Harm(
        "arrest", "PRK", severity="serious", likelihood=0.9, actor="state",
        reasons={"political_opinion"},
    )  # fmt: skip
    person = rl.Person("N", nationalities={"PRK", "KOR"}, location="CHN")
    claim = rl.Claim(person, fears=[arrest], protection={"KOR": "available"})
    result = rl.assess_status(claim, on="2010-07-07")
    assert result.outcome is rl.Status.NOT_REFUGEE
    korea = result.finding.find("protection of South Korea")
    assert korea is not None
    assert korea.verdict is rl.Verdict.NOT_MET
    assert HORVATH not in korea.citations
    assert HORVATH_READING not in result.assumptions()


def _stateless(protection: str) -> rl.StatusDetermination:
    beating = rl.Harm(
        "beating by a militia", "LBN", severity="serious", likelihood=0.5, actor="non_state",
        reasons={"nationality"},
    )  # fmt: skip
    person = rl.Person("S", nationalities=set(), habitual_residence="LBN", location="CAN")
    claim = rl.Claim(
        person, fears=[beating], protection={"LBN": protection}, internal_relocation=False
    )
    return rl.assess_status(claim, on="2010-07-07")


def test_stateless_former_home_protection_answers_a_private_fear_on_horvath() -> None:
    """Art 1A(2), stateless limb ("unable or, owing to such fear, is unwilling to return to it"),
    UNHCR Handbook paras 101-105: the definition has no protection clause for a stateless person,
    so a fear found well-founded is answered by the former home's protection only on Horvath's
    reading of "being persecuted"; the result names it, and no longer says the person has no
    well-founded fear while finding one."""
    result = _stateless("available")
    assert result.outcome is rl.Status.NOT_REFUGEE
    fear = result.finding.find("fears[0]: beating by a militia")
    assert fear is not None
    assert fear.verdict is rl.Verdict.MET
    lebanon = result.finding.find("protection of Lebanon")
    assert lebanon is not None
    assert lebanon.verdict is rl.Verdict.NOT_MET
    assert HORVATH in lebanon.citations
    assert "well-founded fear of being persecuted" in lebanon.reason
    assert HORVATH_READING in result.assumptions()


def test_stateless_former_home_protection_unavailable_makes_a_refugee() -> None:
    """Art 1A(2), stateless limb: the same fear, the former home's protection unavailable: a
    refugee, and nothing rests on Horvath."""
    result = _stateless("unavailable")
    assert result.outcome is rl.Status.REFUGEE
    assert HORVATH_READING not in result.assumptions()


def test_horvath_citation_is_the_case_held() -> None:
    """The citation named is *Horvath v SSHD*'s holding, as the data holds it."""
    assert HORVATH == HORVATH_CASE


# F3: the fear's subjective element. UNHCR Handbook paras 37-50 (as the library's data paraphrases
# them: "a subjective element (the applicant's fear) and an objective element") and the bipartite
# test of *Canada (AG) v Ward* [1993] 2 SCR 689 ask that the person also fear the harm; the library
# finds the fear on its likelihood alone, a reading it now names.


def _iranian(likelihood: float) -> rl.Claim:
    arrest = rl.Harm(
        "arrest for political activity", "IRN", severity="serious", likelihood=likelihood,
        actor="state", reasons={"political_opinion"},
    )  # fmt: skip
    return rl.Claim(rl.Person("X", nationalities={"IRN"}, location="GBR"), fears=[arrest])


def test_a_fear_found_well_founded_names_the_objective_reading_ward_handbook_37_50() -> None:
    """Art 1A(2) "well-founded fear": a refugee whose fear is found on its likelihood alone relies
    on reading out the subjective element *Ward*'s bipartite test asks; the result names it."""
    result = rl.assess_status(_iranian(0.5), on="2010-07-07")
    assert result.outcome is rl.Status.REFUGEE
    founded = result.finding.find("well-founded fear")
    assert founded is not None
    assert founded.verdict is rl.Verdict.MET
    assert SUBJECTIVE_FEAR_READING in founded.assumptions
    assert SUBJECTIVE_FEAR_READING in result.assumptions()


def test_a_fear_below_the_threshold_does_not_rest_on_the_reading_handbook_37_50() -> None:
    """Art 1A(2): a likelihood below the threshold fails on either reading (no subjective fear
    makes an objectively unfounded fear well founded): the reading is not named."""
    result = rl.assess_status(_iranian(0.05), on="2010-07-07")
    assert result.outcome is rl.Status.NOT_REFUGEE
    assert SUBJECTIVE_FEAR_READING not in result.assumptions()


def test_article_33_1_threat_does_not_name_the_fears_subjective_reading() -> None:
    """Refugee Convention art. 33(1), "would be threatened": a risk, not a fear; the well-founded
    element it takes over does not carry the reading."""
    result = rl.assess_return(_iranian(0.5), by="GBR", to="IRN", on="2010-07-07")
    bar = result.finding.find("Refugee Convention art. 33(1) bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.MET
    assert SUBJECTIVE_FEAR_READING not in bar.all_assumptions()
