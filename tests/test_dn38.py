"""Review s38 (dn38): doctrine and its branches — CAT art. 3's own standard kept out of customary
non-refoulement after General Comment No. 4's day, and the words of the standards of likelihood."""

from __future__ import annotations

import refugeelaw as rl
from refugeelaw import testing

# F1: Doctrine.cat_threshold (the United States' understanding to CAT art. 3) qualifies CAT art. 3
# alone, on every date: customary non-refoulement's torture limb keeps torture_threshold.


def _egyptian() -> rl.Claim:
    """A person excluded under Art 1F(c) who fears a 30% risk of torture by Egypt's police."""
    return rl.Claim(
        rl.Person("E", {"EGY"}, location="USA"),
        fears=[
            rl.Harm(
                "torture by the security police",
                "EGY",
                severity="threat_to_life_or_freedom",
                likelihood=0.3,
                actor="state",
                reasons={"political_opinion"},
                torture=True,
                irreparable=True,
            )
        ],
        exclusion={"1F(c)"},
    )


def _custom(r: rl.ReturnAssessment) -> rl.Finding:
    found = r.finding.find("customary non-refoulement bar")
    assert found is not None
    return found


def test_the_us_understanding_to_cat_article_3_does_not_lift_custom_after_general_comment_4() -> (
    None
):
    """CAT art. 3 with the US understanding (UNTC MTDSG IV-9, ``cat_threshold=0.5``): in 2024, as
    in 2005, a 30% danger of torture fails CAT art. 3 but customary non-refoulement's torture limb
    (weighed on ``torture_threshold``) still bars the return. Before: from 6 December 2017 custom
    took CAT art. 3's finding, and with it the US standard, so only ICCPR art. 7 was breached."""
    doctrine = rl.Doctrine(cat_threshold=0.5)
    for on in ("2005-06-01", "2024-06-01"):
        r = rl.assess_return(_egyptian(), by="USA", to="EGY", on=on, doctrine=doctrine)
        assert [str(o.citation) for o in r.breaches] == [
            "ICCPR art. 7",
            "customary international law, non-refoulement",
        ], on
        torture = _custom(r).find("risk of torture in or from Egypt")
        assert torture is not None, on
        assert torture.verdict is rl.Verdict.MET, on
        assert "likelihood at least 0.1" in (torture.children[0].standard or ""), on


def test_a_state_not_party_to_cat_is_not_held_to_the_us_understanding_under_custom() -> None:
    """Customary non-refoulement binds Malaysia, which is party to neither CAT nor the ICCPR nor
    the Refugee Convention; a 30% danger of torture in North Korea bars the return under custom
    whatever standard CAT art. 3 is given. Before: PROHIBITED -> UNDETERMINED with
    ``cat_threshold=0.5`` in 2024 (PROHIBITED in 2010)."""
    claim = testing.north_korean_escapee(
        person=rl.Person("x", nationalities={"PRK"}, location="MYS"),
        fears=(testing.escapee_harm(likelihood=0.3, reasons={rl.Motive.CRIMINAL_PROSECUTION}),),
    )
    for on in ("2010-01-01", "2024-01-01"):
        for doctrine in (rl.Doctrine(), rl.Doctrine(cat_threshold=0.5)):
            r = rl.assess_return(claim, by="MYS", to="PRK", on=on, doctrine=doctrine)
            assert r.outcome is rl.ReturnOutcome.PROHIBITED, (on, doctrine.cat_threshold)
            assert r.breached_provisions == ("customary international law, non-refoulement",)


def test_the_rok_national_is_still_protected_by_custom_from_torture_under_a_strict_cat_standard() -> (
    None
):
    """The escapee also an ROK national (Art 1A(2), second paragraph): not a refugee, but China's
    customary duty not to return him to torture (likelihood 0.8, ``torture_threshold`` 0.1) holds
    whatever CAT art. 3's own standard. Before: PROHIBITED -> UNDETERMINED with
    ``cat_threshold=0.9``."""
    claim = testing.dual_national_with_rok_protection()
    r = rl.assess_return(
        claim, by="CHN", to="PRK", on="2024-01-01", doctrine=rl.Doctrine(cat_threshold=0.9)
    )
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.breached_provisions == ("customary international law, non-refoulement",)
    assert _custom(r).verdict is rl.Verdict.MET


# F2: a standard stricter than "more likely than not" is not called that, nor credited to INS v
# Stevic or the United States' understanding to CAT art. 3.


def test_a_threshold_above_more_likely_than_not_is_not_attributed_to_stevic_or_the_us() -> None:
    """Refugee Convention art. 33(1) (*INS v Stevic*'s "clear probability") and CAT art. 3(1)
    (the US "more likely than not" understanding): each is a standard of about 0.5. A position of
    0.75 or 1 (certainty) was listed as "more likely than not" and credited to them; it is worded
    as the stricter standard it is, as ``fear_threshold`` words one."""
    for value in (0.75, 1.0):
        d = rl.Doctrine(torture_threshold=value, return_threshold=value, cat_threshold=value)
        torture, ret, cat = (
            d.position(n) for n in ("torture_threshold", "return_threshold", "cat_threshold")
        )
        for words in (torture, ret, cat):
            assert f"likely at {value:g} at least, stricter than more likely than not" in words
        assert "needs it to be more likely than not" not in ret
        assert "(clear probability, INS v Stevic)" not in ret
        assert "more likely than not (the United States' understanding)" not in cat
    d = rl.Doctrine(torture_threshold=0.5, return_threshold=0.5, cat_threshold=0.5)
    assert d.position("return_threshold").endswith(
        "needs it to be more likely than not (clear probability, INS v Stevic)"
    )
    assert "more likely than not (the United States' understanding)" in d.position("cat_threshold")
    assert d.position("torture_threshold").endswith("need it to be more likely than not")
