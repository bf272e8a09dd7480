"""Art 1C put in issue by the claim itself (review s33, F3 and F4).

A recognised refugee's status continues until a clause is found (UNHCR Handbook para. 28), but
where the claim's own facts meet a clause's terms the clause is a question for the
decision-maker, not one that does not apply: a nationality beyond the country feared whose
protection the person may enjoy (Art 1C(3); Handbook paras 129-132), or being back in the country
feared (Art 1C(4); Handbook paras 118, 133-134). Before, each was a decided REFUGEE with nothing
asked ("no cessation clause is found to apply"); now it is UNDETERMINED, asking the clause under
``cessation_pending``, as a clause raised is asked. And a changed-circumstances finding under the
paragraph that cannot reach the person (Art 1C(5) for a stateless refugee, 1C(6) for a national)
was set aside (REFUGEE); it now puts the person's own paragraph in issue.

What the claim does not state puts nothing in issue: refugee status, once determined, "is
maintained unless he comes within the terms of one of the cessation clauses" (UNHCR Handbook para.
112), so where a fact a clause turns on is not stated the status is presumed to continue, a
reading named where the outcome is REFUGEE on it (``law.art_1c.CONTINUITY_READING``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import jsonschema
import pytest

import refugeelaw as rl
from refugeelaw.law import art_1c
from refugeelaw.questions import answered

ON = "2015-06-30"
C3, C4, C5, C6 = "cessation_pending['1C(3)']", "cessation_pending['1C(4)']", "cessation_pending['1C(5)']", "cessation_pending['1C(6)']"  # fmt: skip


def _detention(country: str = "SYR", likelihood: float = 0.5) -> rl.Harm:
    return rl.Harm("detention for opinion", country, severity="serious", likelihood=likelihood,
                   actor="state", reasons={"political_opinion"})  # fmt: skip


def _naturalised(**changes: Any) -> rl.Claim:
    """A Syrian recognised in Germany who is now also a German national, in Germany."""
    facts: dict[str, Any] = {
        "fears": [_detention()],
        "recognised": True,
        "protection": {"DEU": "available"},
        **changes,
    }
    return rl.Claim(rl.Person("N", nationalities={"SYR", "DEU"}, location="DEU"), **facts)


def _assess(claim: rl.Claim, state: str | None = "DEU") -> rl.StatusDetermination:
    result = rl.assess_status(claim, on=ON, state=state)
    # The outcome alone (law.status.outcome) is decided by the same rules.
    assert rl.status_outcomes([claim], on=ON, state=state) == [result.outcome]
    return result


def _cessation(result: rl.StatusDetermination) -> rl.Finding:
    found = result.finding.find("Art 1C: cessation")
    assert found is not None
    return found


def test_a_recognised_refugee_with_a_new_nationality_whose_protection_he_enjoys_is_asked_art_1c3() -> (
    None
):
    """Art 1C(3): "He has acquired a new nationality, and enjoys the protection of the country of
    his new nationality" (naturalisation in the country of asylum is the usual case: UNHCR
    Handbook paras 129-132). Before: REFUGEE, nothing asked, "no cessation clause is found to
    apply". Now UNDETERMINED asking the clause: yes, CEASED; no (the nationality was held when he
    was recognised, a question of cancellation the library does not model), REFUGEE."""
    result = _assess(_naturalised())
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == (C3,)
    found = _cessation(result)
    assert found.verdict is rl.Verdict.UNKNOWN
    assert rl.Citation("refugee-convention-1951", "1C(3)") in found.citations
    assert "the person is a national of Germany, where no persecution is feared" in found.reason
    assert "a question of cancellation, which the library does not model" in found.reason
    (question,) = result.questions()
    assert question.path == C3
    assert question.kind is rl.QuestionKind.FACT
    assert {a.label: a.outcome for a in question.answers} == {
        "yes": rl.Status.CEASED,
        "no": rl.Status.REFUGEE,
    }
    ruled_out = answered(_naturalised(), C3, False)
    assert ruled_out.cessation_ruled_out == {rl.Cessation.ART_1C_3}
    assert _assess(ruled_out).outcome is rl.Status.REFUGEE
    found_so = answered(_naturalised(), C3, True)
    assert found_so.cessation == {rl.Cessation.ART_1C_3}
    assert _assess(found_so).outcome is rl.Status.CEASED
    # The same facts, never recognised: Art 1A(2)'s second paragraph, as before.
    assert _assess(_naturalised(recognised=False)).outcome is rl.Status.NOT_REFUGEE


def test_art_1c3_waits_on_the_new_countrys_protection_where_it_is_not_stated() -> None:
    """Art 1C(3) needs the protection of the new country to be enjoyed: not stated, it is asked
    beside the clause (unavailable, or declined for a valid reason, takes the clause out of issue:
    REFUGEE, as before); available, the clause alone is asked."""
    open_ = _assess(_naturalised(protection={}))
    assert open_.outcome is rl.Status.UNDETERMINED
    assert open_.missing_facts() == (C3, "protection['DEU']")
    assert "Germany's protection is not stated" in _cessation(open_).reason
    for protection, outcome in (
        ("unavailable", rl.Status.REFUGEE),
        ("refused_for_valid_reason", rl.Status.REFUGEE),
        ("available", rl.Status.UNDETERMINED),
    ):
        assert _assess(_naturalised(protection={"DEU": protection})).outcome is outcome


def test_a_nationality_of_the_country_feared_puts_no_new_nationality_in_issue_handbook_131() -> (
    None
):
    """UNHCR Handbook para. 131: a fear of the country of the new nationality is a new situation,
    weighed in relation to it. A recognised refugee who fears both his countries (Syria and
    Germany, in this constructed case), now in Turkey, has no nationality beyond the fear: nothing
    is put in issue, REFUGEE as before; nor where no fear is stated (the claim does not say which
    country the status is about), nor for a clause already raised, found or found not to apply."""
    both = _naturalised(fears=[_detention(), _detention("DEU")])
    both = attrs.evolve(both, person=attrs.evolve(both.person, location="TUR"))
    assert _assess(both).outcome is rl.Status.REFUGEE
    # In Germany, a country of his nationality that he fears, he is back in it: Art 1C(4).
    assert _assess(_naturalised(fears=[_detention(), _detention("DEU")])).missing_facts() == (C4,)
    assert _assess(_naturalised(fears=[])).outcome is rl.Status.REFUGEE
    assert art_1c.on_the_facts(_naturalised(fears=None), dt.date(2015, 6, 30), rl.Doctrine()) == ()
    raised = _assess(_naturalised(cessation_pending={"1C(3)"}))
    assert raised.missing_facts() == (C3,)
    assert _cessation(raised).reason.startswith("Art 1C(3) has been raised and not yet decided")
    assert _assess(_naturalised(cessation={"1C(3)"})).outcome is rl.Status.CEASED


def test_a_recognised_refugee_back_in_the_country_he_fears_is_asked_art_1c4_handbook_118_134() -> (
    None
):
    """Art 1C(4): "He has voluntarily re-established himself in the country which he left". A
    refugee who has returned to his country of nationality falls under it, not 1C(1), which
    speaks of one outside (UNHCR Handbook para. 118); a visit is not re-establishment (para.
    134), but it puts the question. A recognised Syrian now in Syria: REFUGEE, nothing asked →
    UNDETERMINED asking Art 1C(4) (yes: CEASED; no: REFUGEE)."""
    back = rl.Claim(rl.Person("B", nationalities={"SYR"}, location="SYR"), fears=[_detention()],
                    recognised=True)  # fmt: skip
    result = _assess(back)
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == (C4,)
    found = _cessation(result)
    assert found.reason.startswith(
        "the person is now in Syria, a country of their nationality in which they fear persecution:"
        " Art 1C(4)"
    )
    assert "a visit is not re-establishment" in found.reason
    assert _assess(answered(back, C4, False)).outcome is rl.Status.REFUGEE
    assert _assess(answered(back, C4, True)).outcome is rl.Status.CEASED
    # Not recognised: still in the country, outside Art 1A(2) (as before).
    assert _assess(attrs.evolve(back, recognised=False)).outcome is rl.Status.NOT_REFUGEE
    # Elsewhere, nothing is put in issue.
    away = attrs.evolve(back, person=attrs.evolve(back.person, location="TUR"))
    assert _assess(away).outcome is rl.Status.REFUGEE


def test_art_1c4_reads_a_territory_as_its_state_and_reaches_a_stateless_refugees_former_home() -> (
    None
):
    """Art 1C(4) applies to refugees with a nationality and to stateless refugees (the country
    "which he left"; Handbook para. 133). A recognised stateless refugee from Kuwait now in
    Kuwait: asked; in Iraq, another former home he does not fear: nothing (REFUGEE, as before).
    A recognised Chinese refugee in Hong Kong after 1 July 1997 is in China: asked."""
    stateless = rl.Claim(
        rl.Person("S", nationalities=set(), habitual_residence="KWT",
                  other_habitual_residences={"IRQ"}, location="KWT"),
        fears=[_detention("KWT")], recognised=True,
    )  # fmt: skip
    assert _assess(stateless, None).missing_facts() == (C4,)
    in_iraq = attrs.evolve(stateless, person=attrs.evolve(stateless.person, location="IRQ"))
    assert _assess(in_iraq, None).outcome is rl.Status.REFUGEE
    chinese = rl.Claim(rl.Person("C", nationalities={"CHN"}, location="HKG"),
                       fears=[_detention("CHN")], recognised=True)  # fmt: skip
    result = _assess(chinese, None)
    assert result.missing_facts() == (C4,)
    assert _cessation(result).reason.startswith("the person is now in China (Hong Kong)")
    statutory = attrs.evolve(chinese, recognised=False, statutory_refugee=True)
    assert _assess(statutory, None).missing_facts() == (C4,)


def test_a_return_of_a_refugee_whose_facts_put_art_1c3_in_issue_is_barred_while_it_is_open() -> (
    None
):
    """Refugee Convention art. 33(1): a recognised refugee is protected until a clause ending the
    status is established; one the facts put in issue is open, so Germany's return of the
    naturalised Syrian to Syria is prohibited while Art 1C(3) is undecided, and waits on it."""
    returned = rl.assess_return(_naturalised(), by="DEU", to="SYR", on=ON)
    assert returned.outcome is rl.ReturnOutcome.PROHIBITED
    assert returned.pending_status_facts() == (C3,)


@pytest.mark.parametrize(
    ("nationalities", "given", "asked", "own"),
    [(set(), "1C(5)", C6, "1C(6)"), ({"SYR"}, "1C(6)", C5, "1C(5)")],
)
def test_a_changed_circumstances_finding_under_the_wrong_paragraph_puts_the_right_one_in_issue(
    nationalities: set[str], given: str, asked: str, own: str
) -> None:
    """Art 1C(5) speaks of "the country of his nationality", 1C(6) of a person "who has no
    nationality": a finding that the circumstances have ceased given under the other paragraph
    was set aside, and a recognised refugee whose fear is gone stayed a REFUGEE with nothing
    asked. The finding is one of substance: it now puts the person's own paragraph in issue,
    which asks besides whether he can return (1C(6)) or can no longer refuse the protection
    (1C(5)): UNDETERMINED asking it; found, the proviso (compelling reasons) is asked as for any
    1C(5)-(6) finding; with the fear still well-founded, REFUGEE, saying why."""
    person = rl.Person("R", nationalities=nationalities, habitual_residence="SYR", location="DEU")
    gone = rl.Claim(person, fears=[_detention(likelihood=0.02)], recognised=True,
                    cessation={given})  # fmt: skip
    result = _assess(gone)
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == (asked,)
    assert f"puts Art {own}" in _cessation(result).reason
    assert _assess(answered(gone, asked, False)).outcome is rl.Status.REFUGEE
    found = answered(gone, asked, True)
    assert _assess(found).missing_facts() == ("compelling_reasons",)
    assert _assess(attrs.evolve(found, compelling_reasons=False)).outcome is rl.Status.CEASED
    persisting = attrs.evolve(gone, fears=[_detention()])
    kept = _assess(persisting)
    assert kept.outcome is rl.Status.REFUGEE
    assert f"nor can Art {own}, which the claim puts in issue" in _cessation(kept).reason
    # Raised, not found, the same.
    pending = attrs.evolve(gone, cessation=frozenset(), cessation_pending={given})
    assert _assess(pending).missing_facts() == (asked,)


@pytest.mark.parametrize(
    ("nationalities", "clause"), [(set(), "Art 1C(6)"), ({"SYR"}, "Art 1C(5)"), (None, None)]
)
def test_a_recognised_refugees_lower_risk_is_a_question_for_his_own_paragraph(
    nationalities: set[str] | None, clause: str | None
) -> None:
    """The recognition's reason named Art 1C(5) for every recognised refugee; for a stateless one
    the clause is Art 1C(6), and where whether the person has a nationality is not known, both."""
    person = rl.Person("R", nationalities=nationalities, habitual_residence="SYR", location="DEU")
    result = _assess(rl.Claim(person, fears=[_detention()], recognised=True))
    recognised = result.finding.find("recognised refugee")
    assert recognised is not None
    if clause is None:
        assert recognised.reason.endswith(
            "a question for Art 1C(5) or, for a refugee who has no nationality, Art 1C(6)"
        )
    else:
        assert recognised.reason.endswith(f"a lower present risk is a question for {clause}")
        assert rl.Citation("refugee-convention-1951", clause[4:]) in recognised.citations


def test_a_clause_found_not_to_apply_is_neither_found_nor_pending() -> None:
    """``cessation_ruled_out`` records a clause the decision-maker found not to apply; given also
    as found, or as pending, it is refused, naming the clause, by the constructor, the JSON
    reader and the schema alike; beside another clause it stands, and round-trips."""
    claim = _naturalised()
    for other in ("cessation", "cessation_pending"):
        with pytest.raises(rl.InvalidInput) as raised:
            _naturalised(**{other: {"1C(3)"}}, cessation_ruled_out={"1C(3)"})
        (problem,) = raised.value.problems
        assert problem.path == "cessation_ruled_out['1C(3)']"
        assert "given as found not to apply and as" in problem.message
        text = rl.to_dict(claim) | {other: ["1C(3)"], "cessation_ruled_out": ["1C(3)"]}
        assert not jsonschema.Draft202012Validator(rl.json_schema(rl.Claim)).is_valid(text)
        with pytest.raises(rl.InvalidInput, match=r"cessation_ruled_out"):
            rl.from_dict(rl.Claim, text)
    apart = attrs.evolve(claim, cessation_pending={"1C(1)"}, cessation_ruled_out={"1C(3)"})
    assert rl.from_json(rl.Claim, rl.to_json(apart)) == apart
    assert jsonschema.Draft202012Validator(rl.json_schema(rl.Claim)).is_valid(rl.to_dict(apart))


def test_answering_a_clause_already_decided_is_refused() -> None:
    """A clause the claim records as found, or found not to apply, has nothing left to decide:
    answering it is refused, naming the path, as a clause mistyped is."""
    for decided in ({"cessation": {"1C(3)"}}, {"cessation_ruled_out": {"1C(3)"}}):
        with pytest.raises(rl.InvalidInput, match=r"not a clause pending in this claim"):
            answered(_naturalised(**decided), C3, True)


# A status presumed to continue where the facts a clause turns on are not stated
# (law.art_1c.CONTINUITY_READING; UNHCR Handbook para. 112).

ON_DATE = dt.date(2015, 6, 30)
CONTINUITY = art_1c.CONTINUITY_READING


def _unplaced(**changes: Any) -> rl.Claim:
    """A Syrian recognised as a refugee, fearing detention in Syria, whose whereabouts the claim
    does not state."""
    facts: dict[str, Any] = {"fears": [_detention()], "recognised": True, **changes}
    return rl.Claim(rl.Person("U", nationalities={"SYR"}), **facts)


def _placed(claim: rl.Claim, **person: Any) -> rl.Claim:
    return attrs.evolve(claim, person=attrs.evolve(claim.person, **person))


def test_a_recognised_refugee_whose_location_is_not_stated_is_presumed_to_remain_one_handbook_112() -> (
    None
):
    """UNHCR Handbook para. 112: refugee status, once determined, "is maintained unless he comes
    within the terms of one of the cessation clauses". A recognised Syrian whose whereabouts are
    not stated is a REFUGEE, nothing asked, the presumption named among the positions relied on
    (before this reading was named: REFUGEE, "no cessation clause is found to apply", nothing
    named). Stated to be in Syria, the country he fears, the presumption is rebutted: Art 1C(4)
    is asked (UNDETERMINED); stated to be in Türkiye, nothing is presumed and nothing is asked."""
    unplaced = _unplaced()
    result = _assess(unplaced, None)
    assert result.outcome is rl.Status.REFUGEE
    assert result.missing_facts() == ()
    assert CONTINUITY in result.assumptions()
    found = _cessation(result)
    assert found.verdict is rl.Verdict.NOT_MET
    assert found.reason == (
        "no cessation clause is found to apply; it is not stated where the person now is, on which "
        "Art 1C(4) could be in issue: the status is presumed to continue until a clause is shown "
        "to apply (UNHCR Handbook para. 112)"
    )
    assert "person.location" in found.facts
    assert rl.Citation("unhcr-handbook", "111-139") in found.citations
    assert art_1c.presumed(unplaced, ON_DATE, rl.Doctrine()) == (
        (rl.Cessation.ART_1C_4, ("person.location",)),
    )
    back = _assess(_placed(unplaced, location="SYR"), None)
    assert back.outcome is rl.Status.UNDETERMINED
    assert back.missing_facts() == (C4,)
    assert CONTINUITY not in back.assumptions()
    away = _assess(_placed(unplaced, location="TUR"), None)
    assert away.outcome is rl.Status.REFUGEE
    assert CONTINUITY not in away.assumptions()
    assert _cessation(away).reason == "no cessation clause is found to apply"


def test_a_recognised_refugees_unstated_nationalities_are_presumed_to_bring_no_new_one_art_1c3() -> (
    None
):
    """Art 1C(3) ("He has acquired a new nationality, and enjoys the protection of the country of
    his new nationality"): a recognised refugee in Germany whose nationalities are not stated is
    presumed to have none that puts the clause in issue (REFUGEE, the reading named); stated to be
    Syrian and German, Germany's protection available, Art 1C(3) is asked. The protection of a
    nationality shown is not presumed: not stated, it is asked beside the clause."""
    unknown = rl.Claim(rl.Person("N", nationalities=None, location="DEU"), fears=[_detention()],
                       recognised=True, protection={"DEU": "available"})  # fmt: skip
    result = _assess(unknown)
    assert result.outcome is rl.Status.REFUGEE
    assert CONTINUITY in result.assumptions()
    assert art_1c.presumed(unknown, ON_DATE, rl.Doctrine()) == (
        (rl.Cessation.ART_1C_3, ("person.nationalities",)),
    )
    assert "it is not stated of which countries they are a national, on which Art 1C(3)" in (
        _cessation(result).reason
    )
    naturalised = _assess(_placed(unknown, nationalities={"SYR", "DEU"}))
    assert naturalised.outcome is rl.Status.UNDETERMINED
    assert naturalised.missing_facts() == (C3,)
    assert _assess(_naturalised(protection={})).missing_facts() == (C3, "protection['DEU']")


def test_what_a_recognised_refugee_fears_and_a_stateless_refugees_former_home_not_stated() -> None:
    """Art 1C(3) and 1C(4) turn on what the person fears (the country the status is about) and,
    for a stateless refugee, on the country of former habitual residence ("the country which he
    left", Art 1C(4)): not stated, the status is presumed to continue (Handbook para. 112), and
    the finding says which fact and which clause. Stated, the presumption may be rebutted. Art
    1C(3) needs "a new nationality": a Syrian with no other nationality, in Syria, is presumed out
    of Art 1C(4) alone (before, out of Art 1C(3) too, which no fear could have put in issue: own-
    diff review s34 F2); a Syrian who is also German, out of both."""
    unfeared = rl.Claim(rl.Person("N", nationalities={"SYR"}, location="SYR"), fears=None,
                        recognised=True)  # fmt: skip
    result = _assess(unfeared, None)
    assert result.outcome is rl.Status.REFUGEE
    assert CONTINUITY in result.assumptions()
    assert art_1c.presumed(unfeared, ON_DATE, rl.Doctrine()) == (
        (rl.Cessation.ART_1C_4, ("fears",)),
    )
    assert "it is not stated what they fear, on which Art 1C(4) could be" in (
        _cessation(result).reason
    )
    dual = _placed(unfeared, nationalities={"SYR", "DEU"})
    assert art_1c.presumed(dual, ON_DATE, rl.Doctrine()) == (
        (rl.Cessation.ART_1C_3, ("fears",)),
        (rl.Cessation.ART_1C_4, ("fears",)),
    )
    assert _assess(attrs.evolve(unfeared, fears=[_detention()]), None).missing_facts() == (C4,)
    # Fearing nothing now, no country is the status's: nothing is presumed or asked.
    nothing = attrs.evolve(unfeared, fears=[])
    assert art_1c.presumed(nothing, ON_DATE, rl.Doctrine()) == ()
    assert CONTINUITY not in _assess(nothing, None).assumptions()
    stateless = rl.Claim(rl.Person("S", nationalities=set(), location="KWT"),
                         fears=[_detention("KWT")], recognised=True)  # fmt: skip
    kept = _assess(stateless, None)
    assert kept.outcome is rl.Status.REFUGEE
    assert CONTINUITY in kept.assumptions()
    assert "where their former habitual residence was" in _cessation(kept).reason
    assert _assess(_placed(stateless, habitual_residence="KWT"), None).missing_facts() == (C4,)
    assert _assess(_placed(stateless, habitual_residence="IRQ"), None).outcome is rl.Status.REFUGEE


def test_the_presumption_is_named_only_where_the_outcome_is_refugee_on_it() -> None:
    """A reading is named where it decides. With Art 1F(b) not yet decided the outcome is open
    (UNDETERMINED, Art 1F asked) and the presumption is not named; answered no, the status is
    REFUGEE on it and it is. Art 1C(4) found not to apply (``cessation_ruled_out``) leaves
    nothing to presume; and a statutory refugee (Art 1A(1)) is presumed to remain one as a
    recognised refugee is."""
    pending = _unplaced(exclusion_pending={"1F(b)"})
    open_ = _assess(pending, None)
    assert open_.outcome is rl.Status.UNDETERMINED
    assert open_.missing_facts() == ("exclusion_pending['1F(b)']",)
    assert CONTINUITY not in open_.assumptions()
    cleared = _assess(answered(pending, "exclusion_pending['1F(b)']", False), None)
    assert cleared.outcome is rl.Status.REFUGEE
    assert CONTINUITY in cleared.assumptions()
    ruled_out = _assess(_unplaced(cessation_ruled_out={"1C(4)"}), None)
    assert ruled_out.outcome is rl.Status.REFUGEE
    assert CONTINUITY not in ruled_out.assumptions()
    statutory = _assess(_unplaced(recognised=False, statutory_refugee=True), None)
    assert statutory.outcome is rl.Status.REFUGEE
    assert CONTINUITY in statutory.assumptions()
    assert "statutory_refugee" in _cessation(statutory).facts


def test_an_unrecognised_claim_is_weighed_under_art_1a2_and_presumes_nothing() -> None:
    """Art 1A(2) weighs a claimant never recognised afresh: where he is is its own element
    ("outside the country of his nationality"), not a cessation question. The same Syrian, not
    recognised: whereabouts not stated, UNDETERMINED asking ``person.location`` (as before); in
    Syria, NOT_REFUGEE; in Türkiye, REFUGEE. The presumption is never named, nor is a clause
    presumed or put in issue."""
    claimant = _unplaced(recognised=False)
    assert art_1c.presumed(claimant, ON_DATE, rl.Doctrine()) == ()
    for location, outcome, missing in (
        (None, rl.Status.UNDETERMINED, ("person.location",)),
        ("SYR", rl.Status.NOT_REFUGEE, ()),
        ("TUR", rl.Status.REFUGEE, ()),
    ):
        result = _assess(_placed(claimant, location=location), None)
        assert (result.outcome, result.missing_facts()) == (outcome, missing)
        assert CONTINUITY not in result.assumptions()
        assert (
            art_1c.on_the_facts(_placed(claimant, location=location), ON_DATE, rl.Doctrine()) == ()
        )


# Art 1C(3) needs "a new nationality" beside the one the status is about (own-diff review s34 F2).


def _apostasy(country: str) -> rl.Harm:
    return rl.Harm("imprisonment for apostasy", country, severity="threat_to_life_or_freedom",
                   likelihood=0.8, actor="state", reasons={"religion"}, torture=False,
                   irreparable=False, risk_to_life=False, death_penalty=False,
                   flagrant_denial_of_justice=False)  # fmt: skip


def _eritrean(**changes: Any) -> rl.Claim:
    """An Eritrean recognised as a refugee in Italy (Eritrea his only nationality) whose stated
    fear is Libya's, the country Italy would send him to."""
    facts: dict[str, Any] = {"fears": [_apostasy("LBY")], "recognised": True, **changes}
    return rl.Claim(rl.Person("E", nationalities={"ERI"}, location="ITA"), **facts)


def test_a_recognised_refugees_only_nationality_is_not_a_new_one_where_he_fears_a_third_country_art_1c3() -> (
    None
):
    """Art 1C(3): "He has acquired a new nationality, and enjoys the protection of the country of
    his new nationality". A recognised Eritrean in Italy whose only stated fear is Libya's (the
    usual input for a return to a third country) has no nationality beside the one his status is
    about: REFUGEE, nothing asked (before: UNDETERMINED, asking ``cessation_pending['1C(3)']`` and
    Eritrea's protection). With what he fears not stated, nothing is presumed either (before, the
    continuity presumption was named, for Art 1C(3)). A second nationality puts the clause in
    issue only beside a nationality in which persecution is feared."""
    result = _assess(_eritrean(), "ITA")
    assert result.outcome is rl.Status.REFUGEE
    assert result.missing_facts() == ()
    assert _cessation(result).reason == "no cessation clause is found to apply"
    assert art_1c.on_the_facts(_eritrean(), ON_DATE, rl.Doctrine()) == ()
    unstated = _assess(_eritrean(fears=None), "ITA")
    assert unstated.outcome is rl.Status.REFUGEE
    assert art_1c.presumed(_eritrean(fears=None), ON_DATE, rl.Doctrine()) == ()
    assert CONTINUITY not in unstated.assumptions()
    # Italian besides, fearing Libya alone: no nationality is feared, so none is shown beside it.
    dual = _placed(_eritrean(), nationalities={"ERI", "ITA"})
    assert _assess(dual, "ITA").outcome is rl.Status.REFUGEE
    # Fearing Eritrea too: Italian nationality is a possible new one, and is asked.
    both = attrs.evolve(dual, fears=[_apostasy("ERI"), _apostasy("LBY")])
    asked = _assess(both, "ITA")
    assert asked.outcome is rl.Status.UNDETERMINED
    assert asked.missing_facts() == (C3, "protection['ITA']")
    assert "the person is a national of Italy, where no persecution is feared, besides Eritrea" in (
        _cessation(asked).reason
    )


def test_italys_return_of_a_recognised_eritrean_to_libya_is_barred_outright_art_33_1() -> None:
    """Refugee Convention art. 33(1): Italy may not return the recognised Eritrean to Libya,
    where he fears imprisonment for apostasy. Before, Art 1C(3) put in issue on his only
    nationality made the bar provisional, waiting on the clause and Eritrea's protection, and
    said the cessation was "raised against" him; now the status is settled and the bar is not
    provisional."""
    returned = rl.assess_return(_eritrean(), by="ITA", to="LBY", on=ON)
    assert returned.outcome is rl.ReturnOutcome.PROHIBITED
    assert returned.provisional_provisions == ()
    assert returned.pending_status_facts() == ()
    assert "Refugee Convention art. 33(1)" in [str(o.citation) for o in returned.breaches]
    bar = returned.finding.find("Refugee Convention art. 33(1) bar")
    assert bar is not None
    assert "raised against" not in bar.explain()


# Art 1C(4) and Taiwan, read as Art 1E reads it (own-diff review s34 F6).


def _chinese_in_taiwan(**changes: Any) -> rl.Claim:
    """A Chinese national recognised as a refugee, fearing detention in China, now in Taiwan."""
    facts: dict[str, Any] = {"fears": [_detention("CHN")], "recognised": True, **changes}
    return rl.Claim(rl.Person("T", nationalities={"CHN"}, location="TWN"), **facts)


@pytest.mark.parametrize(
    ("apart", "outcome", "missing", "named"),
    [
        (True, rl.Status.REFUGEE, (), True),
        (False, rl.Status.UNDETERMINED, (C4,), True),
        (None, rl.Status.UNDETERMINED, (C4, "doctrine.taiwan_outside_china"), False),
    ],
)
def test_art_1c4_reads_taiwan_as_the_doctrine_does(
    apart: bool | None, outcome: rl.Status, missing: tuple[str, ...], named: bool
) -> None:
    """Art 1C(4) ("voluntarily re-established himself in the country which he left") on a
    recognised Chinese refugee's own facts: in Taiwan, he is back in China only if Taiwan is part
    of China. Read as a country other than China (``taiwan_outside_china=True``), he is not: REFUGEE,
    the position named where it decides (before: UNDETERMINED asking Art 1C(4), saying he was
    "now in China (Taiwan)"). As part of China, the clause is asked, the position named. With no
    position taken, the clause is asked, whose question answers it either way, and the finding
    says so, naming no position; so is the position, for found, Art 1C(4) cannot keep out a person
    who meets Art 1A(2) again, and whether one in Taiwan is outside China turns on it (status
    review s36 F3: found, Taiwan read apart, REFUGEE, was CEASED)."""
    doctrine = rl.Doctrine(taiwan_outside_china=apart)
    result = rl.assess_status(_chinese_in_taiwan(), on=ON, doctrine=doctrine)
    assert rl.status_outcomes([_chinese_in_taiwan()], on=ON, doctrine=doctrine) == [outcome]
    assert result.outcome is outcome
    assert result.missing_facts() == missing
    found = _cessation(result)
    position = doctrine.position("taiwan_outside_china")
    assert (position in found.assumptions) is named
    assert (position in result.assumptions()) is named
    if apart is True:
        assert found.reason == (
            "no cessation clause is found to apply; the claim's own facts would put Art 1C(4) in "
            "issue were Taiwan part of China, but it is read as a country other than China "
            "(taiwan_outside_china=True)"
        )
        assert art_1c.on_the_facts(_chinese_in_taiwan(), ON_DATE, doctrine) == ()
    else:
        assert found.reason.startswith("the person is now in China (Taiwan)")
        assert (
            "it is so only because Taiwan is read as part of China (taiwan_outside_china=False)"
            if apart is False
            else "it is so only if Taiwan is part of China, which is contested"
        ) in found.reason
    # Answered, the clause decides where he is back in China; in Taiwan read apart he is outside
    # China, meets Art 1A(2) again and falls again under section A; with no position taken,
    # whether he does is open.
    found_decides = (
        rl.Status.REFUGEE
        if apart is True
        else rl.Status.CEASED
        if apart is False
        else rl.Status.UNDETERMINED
    )
    for answer, decided in ((False, rl.Status.REFUGEE), (True, found_decides)):
        claim = answered(_chinese_in_taiwan(), C4, answer)
        assert rl.assess_status(claim, on=ON, doctrine=doctrine).outcome is decided


def test_whether_an_unstated_fear_could_put_art_1c4_in_issue_in_taiwan_reads_the_doctrine() -> None:
    """UNHCR Handbook para. 112 (the continuity presumption) and Art 1C(4): with what he fears not
    stated, a recognised Chinese refugee in Taiwan could be back in China only if Taiwan is part
    of China: presumed out of Art 1C(4) on that reading and with none taken, not where Taiwan is
    read as a country other than China (no fear could put the clause in issue)."""
    claim = _chinese_in_taiwan(fears=None)
    for apart, kept in (
        (None, ((rl.Cessation.ART_1C_4, ("fears",)),)),
        (False, ((rl.Cessation.ART_1C_4, ("fears",)),)),
        (True, ()),
    ):
        doctrine = rl.Doctrine(taiwan_outside_china=apart)
        assert art_1c.presumed(claim, ON_DATE, doctrine) == kept
        result = rl.assess_status(claim, on=ON, doctrine=doctrine)
        assert result.outcome is rl.Status.REFUGEE
        assert (CONTINUITY in result.assumptions()) is bool(kept)
