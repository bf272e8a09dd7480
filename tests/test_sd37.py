"""North Koreans and the Republic of Korea's nationality (review s37 sd37).

F1: Art 1C(3) speaks of one who "has acquired a new nationality". The ROK counts North Koreans as
its nationals (Constitution art. 3; *GP and others (South Korean citizenship) North Korea CG*
[2014] UKUT 391, headnote 3: "All North Korean citizens are also citizens of South Korea"), so a
recognised refugee's ROK nationality listed beside the North Korean one is read as held with it,
not new: that the person held it when recognised is a question of cancellation (UNHCR Handbook
para. 117: the person "possesses another nationality"), not of cessation
(``law.art_1c.ROK_HELD_READING``).

F2: a North Korean listed as North Korea's national alone is a refugee only on that reading of his
nationalities, which GP's country guidance would not take (it lists the ROK's, and Art 1A(2)'s
second paragraph then asks about the ROK's protection) and United States law does (North Korean
Human Rights Act of 2004, s. 302(b)): named (``law.protection.ROK_NATIONALITY_READING``).
"""

from __future__ import annotations

import attrs

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.facts import Cessation
from refugeelaw.law.art_1c import ROK_HELD_READING
from refugeelaw.law.protection import ROK_NATIONALITY_READING
from refugeelaw.sources import Citation

ON = "2015-06-30"
ART_1C_3 = "cessation_pending['1C(3)']"


def _recognised_dual(**changes: object) -> rl.Claim:
    """A North Korean in the United Kingdom, also an ROK national, recognised there, who fears
    punishment in North Korea; the ROK's protection as ``changes`` state it (default: unstated)."""
    claim = testing.dual_national_with_rok_protection(
        recognised=True, recognised_by="GBR", protection={"PRK": rl.Protection.UNAVAILABLE}
    )
    claim = attrs.evolve(claim, person=attrs.evolve(claim.person, location="GBR"))
    return attrs.evolve(claim, **changes)  # type: ignore[arg-type]


def _art_1c(result: rl.StatusDetermination) -> rl.Finding:
    """The Art 1C finding of a status determination."""
    return next(c for c in result.finding.children if c.element.startswith("Art 1C"))


def test_art_1c_3_is_not_put_in_issue_by_the_rok_nationality_of_a_north_korean_gp_2014() -> None:
    """Art 1C(3), "a new nationality": the ROK nationality a North Korean holds with the DPRK's
    (GP [2014] UKUT 391, headnote 3) is not new; a recognised refugee's status continues, and the
    finding says that his holding it when recognised is for cancellation (Handbook para. 117).
    Before: UNDETERMINED, asking whether the status had ceased under Art 1C(3) (yes: CEASED)."""
    for protection in ({}, {"KOR": rl.Protection.AVAILABLE}):
        claim = _recognised_dual(
            protection={"PRK": rl.Protection.UNAVAILABLE, **protection},
        )
        result = rl.assess_status(claim, on=ON, state="GBR")
        assert result.outcome is rl.Status.REFUGEE
        assert ART_1C_3 not in [q.path for q in result.questions()]
        assert ROK_HELD_READING in result.assumptions()
        found = _art_1c(result)
        assert found.verdict is rl.Verdict.NOT_MET
        assert Citation("unhcr-handbook", "117") in found.citations
        assert "cancellation" in found.reason
    # The return from the United Kingdom to North Korea: the refugee limb rests on the reading.
    returned = rl.assess_return(_recognised_dual(), by="GBR", to="PRK", on=ON)
    assert returned.outcome is rl.ReturnOutcome.PROHIBITED
    assert ROK_HELD_READING in returned.assumptions()


def test_art_1c_3_stated_for_a_north_korean_is_still_weighed_art_1c_3() -> None:
    """Art 1C(3): a North Korean whom ROK law did not count and who acquired its nationality
    since is one for whom the decision-maker states the clause; raised, it is asked, and found,
    with the ROK's protection available, it ends the status."""
    pending = _recognised_dual(
        protection={"PRK": rl.Protection.UNAVAILABLE, "KOR": rl.Protection.AVAILABLE},
        cessation_pending=frozenset({Cessation.ART_1C_3}),
    )
    result = rl.assess_status(pending, on=ON, state="GBR")
    assert result.outcome is rl.Status.UNDETERMINED
    assert ART_1C_3 in [q.path for q in result.questions()]
    assert ROK_HELD_READING not in result.assumptions()
    found = attrs.evolve(pending, cessation_pending=frozenset(), cessation={Cessation.ART_1C_3})
    assert rl.assess_status(found, on=ON, state="GBR").outcome is rl.Status.CEASED


def test_another_second_nationality_still_puts_art_1c_3_in_issue() -> None:
    """Art 1C(3): a refugee from Iran who is also a German national, where no persecution is
    feared and whose protection is available, is put in issue as before; only the ROK's
    nationality beside North Korea's is read as held, not new."""
    claim = _recognised_dual(
        person=rl.Person(nationalities=frozenset({"IRN", "DEU"}), location="GBR"),
        fears=(testing.escapee_harm(country="IRN"),),
        protection={"IRN": rl.Protection.UNAVAILABLE, "DEU": rl.Protection.AVAILABLE},
    )
    result = rl.assess_status(claim, on=ON, state="GBR")
    assert result.outcome is rl.Status.UNDETERMINED
    assert ART_1C_3 in [q.path for q in result.questions()]
    assert ROK_HELD_READING not in result.assumptions()


def test_a_north_korean_listed_alone_is_a_refugee_on_a_named_reading_art_1a2_gp_2014() -> None:
    """Art 1A(2), second paragraph: a North Korean listed as North Korea's national alone is a
    refugee (and one art. 33(1) protects) on that reading of his nationalities, which GP's
    country guidance would not take: the status and the return name it."""
    escapee = testing.north_korean_escapee()
    status = rl.assess_status(escapee, on="2004-06-30", state="CHN")
    assert status.outcome is rl.Status.REFUGEE
    assert ROK_NATIONALITY_READING in status.assumptions()
    returned = rl.assess_return(escapee, by="CHN", to="PRK", on="2004-06-30")
    assert returned.outcome is rl.ReturnOutcome.PROHIBITED
    assert ROK_NATIONALITY_READING in returned.assumptions()


def test_the_rok_reading_is_not_named_where_it_cannot_decide_art_1a2() -> None:
    """Art 1A(2): where the fear fails (hunger is not persecution for a Convention reason,
    Handbook paras 62-64), the ROK's protection could not change the outcome, and where the ROK's
    nationality is listed, Art 1A(2)'s second paragraph weighs it: the reading is not named."""
    migrant = rl.assess_status(testing.economic_migrant(), on="2004-06-30", state="CHN")
    assert migrant.outcome is rl.Status.NOT_REFUGEE
    assert ROK_NATIONALITY_READING not in migrant.assumptions()
    dual = rl.assess_status(testing.dual_national_with_rok_protection(), on="2004-06-30")
    assert dual.outcome is rl.Status.NOT_REFUGEE
    assert ROK_NATIONALITY_READING not in dual.assumptions()


def test_a_north_korean_now_in_the_rok_is_still_asked_art_1c_3() -> None:
    """Art 1C(3): a recognised North Korean now living in the Republic of Korea, or whose
    whereabouts are not stated, may have taken up its documents and protection since the
    recognition: the clause is put in issue and asked, as before (ROK_HELD_READING's limit)."""
    for place in ("KOR", None):
        claim = _recognised_dual()
        claim = attrs.evolve(claim, person=attrs.evolve(claim.person, location=place))
        result = rl.assess_status(claim, on=ON, state="GBR")
        assert result.outcome is rl.Status.UNDETERMINED
        assert ART_1C_3 in [q.path for q in result.questions()]
        assert ROK_HELD_READING not in result.assumptions()
