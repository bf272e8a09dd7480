"""UNHCR Handbook paras 56-61: a harm whose reason is given as "criminal prosecution" is a
prosecution, whether or not ``Harm.prosecution`` is set (``Harm.is_prosecution``), for every rule:
the persecution element (paras 56-60), the nexus by the motives for leaving (para. 61), CAT art.
1(1)'s lawful sanctions, the checks across a harm's fields, the JSON Schema and the questions.

The seed-articles review (s35, F1) screened Smith's unscreened crosser question by question:
answered "criminal prosecution" and judged fair, the claim closed as NOT_REFUGEE and the return
as PERMITTED, para. 61 never reached, because only the flag was read there.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import jsonschema
import pytest

import refugeelaw as rl
from refugeelaw import testing

ON = "2004-06-30"

#: The crosser's harm as the screening answers it (the review's f1.py): the reason the
#: prosecution itself, judged neither discriminatory nor under a law contrary to human rights.
SCREENED: dict[str, Any] = {
    "likelihood": 0.8,
    "severity": "threat_to_life_or_freedom",
    "torture": False,
    "reasons": {"criminal_prosecution"},
    "discriminatory": False,
    "law_contrary_to_human_rights": False,
}


def _unflagged_crosser(**facts: Any) -> rl.Claim:
    """The unscreened crosser whose harm is stated only by its reason: not flagged
    ``prosecution``, and its offence not stated."""
    harm = rl.Harm("punishment on return for illegal exit", "PRK", actor="state")
    return testing.unscreened_border_crosser(fears=[attrs.evolve(harm, **{**SCREENED, **facts})])


def test_handbook_56_61_a_prosecution_by_its_reason_waits_on_the_offence_and_the_motives() -> None:
    """UNHCR Handbook paras 56-61: a fair prosecution whose offence is not stated may still be a
    severe penalty for leaving (para. 61), weighed by why the person left. Answered "criminal
    prosecution" and not flagged, the crosser's status and return were NOT_REFUGEE and PERMITTED
    (para. 61 unread); now both wait on the punishment's proportion (paras 56-60), the offence
    and the motives for leaving, exactly as for the same harm flagged."""
    claim = _unflagged_crosser()
    status = rl.assess_status(claim, on=ON, state="CHN")
    back = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    missing = ("fears[0].disproportionate", "fears[0].exit_offence", "reasons_for_leaving")
    assert (status.outcome, status.missing_facts()) == (rl.Status.UNDETERMINED, missing)
    assert back.outcome is rl.ReturnOutcome.UNDETERMINED
    nexus = status.finding.find("for reasons of a Convention ground")
    assert nexus is not None
    assert rl.Citation("unhcr-handbook", "61") in nexus.citations
    flagged = rl.assess_status(
        _unflagged_crosser(prosecution=True), on=ON, state="CHN"
    )  # the flag adds nothing the reason did not say
    assert (flagged.outcome, flagged.missing_facts()) == (status.outcome, missing)
    persecution = status.finding.find("amounts to persecution")
    assert persecution is not None
    assert "fears[0].reasons" in persecution.facts  # the fact that made it a prosecution
    assert rl.Citation("unhcr-handbook", "56-60") in persecution.citations


def test_handbook_61_a_penalty_for_leaving_stated_by_its_reason_makes_a_refugee() -> None:
    """UNHCR Handbook para. 61: the offence one of leaving without permission and the person's
    motives for leaving political, a severe penalty is for a Convention reason and persecution
    by its severity, though the punishment is judged proportionate (paras 56-60 alone would
    refuse it): REFUGEE, and China's return PROHIBITED by art. 33(1) and custom, with the flag
    left unset (before, the harm could not even state the offence without it)."""
    claim = attrs.evolve(
        _unflagged_crosser(exit_offence=True, disproportionate=False),
        reasons_for_leaving={"political_opinion"},
    )
    assert claim.fears is not None
    assert claim.fears[0].prosecution is False
    assert rl.assess_status(claim, on=ON, state="CHN").outcome is rl.Status.REFUGEE
    back = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    assert back.outcome is rl.ReturnOutcome.PROHIBITED
    assert {str(o.citation) for o in back.breaches} == {
        "Refugee Convention art. 33(1)",
        "customary international law, non-refoulement",
    }


def test_handbook_56_a_fair_prosecution_for_another_offence_stays_no_persecution() -> None:
    """UNHCR Handbook para. 56: persons fleeing prosecution or punishment for an offence are not
    normally refugees. Stated by its reason alone, a fair prosecution for an offence other than
    leaving (``exit_offence=False``) is still NOT_REFUGEE, and the return PERMITTED: reading the
    reason as a prosecution asks paras 56-61's questions, it does not make a refugee."""
    claim = _unflagged_crosser(exit_offence=False, disproportionate=False)
    status = rl.assess_status(claim, on=ON, state="CHN")
    assert (status.outcome, status.missing_facts()) == (rl.Status.NOT_REFUGEE, ())
    back = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    assert back.outcome is rl.ReturnOutcome.PERMITTED


def test_handbook_61_and_cat_1_the_checks_across_fields_read_the_reason_as_the_flag() -> None:
    """UNHCR Handbook para. 61 ("severe penalties" for leaving) and CAT art. 1(1) (lawful
    sanctions): a penalty for leaving is a punishment, so ``exit_offence=True`` stands on a harm
    whose reason is "criminal prosecution" (it was refused without the flag), and a punishment
    judged not excessive is not torture, so ``torture=True`` beside ``disproportionate=False`` is
    refused there as for a flagged harm. The JSON Schema says the same as the parser."""
    harm = rl.Harm("a camp sentence", "PRK", reasons={"criminal_prosecution"}, exit_offence=True)
    assert (harm.prosecution, harm.is_prosecution, harm.exit_offence) == (False, True, True)
    with pytest.raises(rl.InvalidInput, match=r"^torture: true for a prosecution"):
        rl.Harm(
            "a camp sentence",
            "PRK",
            reasons={"criminal_prosecution"},
            disproportionate=False,
            torture=True,
        )
    with pytest.raises(rl.InvalidInput, match=r"^exit_offence: true on a harm that is not a pro"):
        rl.Harm("a camp sentence", "PRK", reasons={"general_law"}, exit_offence=True)
    schema = jsonschema.Draft202012Validator(rl.json_schema(rl.Harm))
    base = {"description": "a camp sentence", "country": "PRK"}
    by_reason = {**base, "reasons": ["criminal_prosecution"], "exit_offence": True}
    assert schema.is_valid(by_reason)
    assert not schema.is_valid({**by_reason, "reasons": ["general_law"]})
    tortured = {**by_reason, "exit_offence": None, "disproportionate": False, "torture": True}
    assert not schema.is_valid(tortured)
    assert schema.is_valid({**tortured, "reasons": ["political_opinion"]})
    assert rl.from_json(rl.Harm, json.dumps(by_reason)) == harm


def test_cat_1_a_punishment_by_its_reason_judged_not_excessive_is_not_torture() -> None:
    """CAT art. 1(1): pain or suffering inherent in lawful sanctions is not torture. A harm whose
    reason is "criminal prosecution", judged not excessive and its torture not stated, is no
    danger of torture (the finding reads its reasons as the fact that made it a punishment)."""
    claim = _unflagged_crosser(torture=None, exit_offence=False, disproportionate=False)
    back = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    risk = back.finding.find("risk of torture in or from North Korea")
    assert risk is not None
    assert risk.verdict is rl.Verdict.NOT_MET
    danger = risk.children[0]
    assert "lawful sanctions is not torture" in danger.reason
    assert {"fears[0].reasons", "fears[0].disproportionate"} <= set(danger.facts)


def _answers(result: Any) -> dict[str, list[tuple[Any, str, str]]]:
    return {
        q.path: [(a.value, a.label, a.outcome.name) for a in q.answers] for q in result.questions()
    }


def test_handbook_56_61_answering_criminal_prosecution_asks_paras_56_to_61() -> None:
    """UNHCR Handbook paras 56-61, as the questions put them: for the crosser's harm stated only
    by its actor, answering the reasons "criminal prosecution" leads on to what decides a
    prosecution (is the punishment disproportionate, discriminatory, under a law contrary to human
    rights; is the offence leaving; why did the person leave), and the torture question is the
    one for a punishment (CAT art. 1(1), lawful sanctions)."""
    unstated = _unflagged_crosser(reasons=frozenset(), discriminatory=None,
                                  law_contrary_to_human_rights=None)  # fmt: skip
    result = rl.assess_status(unstated, on=ON, state="CHN")
    reasons = {label: outcome for _, label, outcome in _answers(result)["fears[0].reasons"]}
    assert reasons["criminal prosecution"] == "UNDETERMINED"
    answered = rl.assess_status(
        _unflagged_crosser(discriminatory=None, law_contrary_to_human_rights=None),
        on=ON,
        state="CHN",
    )
    asked = {q.path: q for q in answered.questions()}
    assert {
        "fears[0].disproportionate",
        "fears[0].discriminatory",
        "fears[0].law_contrary_to_human_rights",
        "fears[0].exit_offence",
        "reasons_for_leaving",
    } <= set(asked)
    assert [(a.label, a.outcome.name) for a in asked["fears[0].exit_offence"].answers] == [
        ("yes", "UNDETERMINED"),
        ("no", "UNDETERMINED"),
    ]
    untold = rl.assess_status(_unflagged_crosser(torture=None), on=ON, state="CHN")
    torture = {q.path: q for q in untold.questions()}["fears[0].torture"]
    assert "lawful sanctions (CAT art. 1(1))" in torture.text


def test_handbook_57_59_asked_again_the_reasons_of_a_prosecution_keep_it_one() -> None:
    """UNHCR Handbook paras 57-59: a prosecution that is discriminatory does not yet say which
    ground it targets, and the reasons are asked again. For a harm that is a prosecution by its
    reason alone, each answer keeps "criminal prosecution" beside the ground or motive given, so
    the answer says what the prosecution targets without unmaking it (and a penalty for leaving
    stated on it is never refused): "political opinion" makes it a refugee's."""
    claim = _unflagged_crosser(discriminatory=True, exit_offence=True, disproportionate=False)
    result = rl.assess_status(claim, on=ON, state="CHN")
    answers = {
        label: (value, outcome) for value, label, outcome in _answers(result)["fears[0].reasons"]
    }
    assert answers["political opinion"] == (
        ("political_opinion", "criminal_prosecution"),
        "REFUGEE",
    )
    assert answers["criminal prosecution"][0] == ("criminal_prosecution",)


def test_smith_2022_the_unscreened_crosser_fears_a_prosecution_for_leaving() -> None:
    """Smith (2022) s. 8, "punishment on return for illegal exit": the library's fixture states
    the harm as what its words say, a prosecution for leaving without permission (UNHCR Handbook
    para. 61), its reasons, severity, proportion and the motives for leaving unexamined. Status
    and return stay UNDETERMINED, now waiting on the punishment's proportion (paras 56-60) and on
    why the person left (para. 61) as well as on the likelihood, severity, torture and reasons;
    screened with the escapee's harm the return is PROHIBITED."""
    claim = testing.unscreened_border_crosser()
    assert claim.fears is not None
    harm = claim.fears[0]
    assert (harm.prosecution, harm.exit_offence) == (True, True)
    status = rl.assess_status(claim, on=ON, state="CHN")
    assert status.outcome is rl.Status.UNDETERMINED
    assert {
        "fears[0].likelihood",
        "fears[0].severity",
        "fears[0].reasons",
        "fears[0].disproportionate",
        "reasons_for_leaving",
    } <= set(status.missing_facts())
    back = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    assert back.outcome is rl.ReturnOutcome.UNDETERMINED
    screened = testing.unscreened_border_crosser(fears=[testing.escapee_harm()])
    assert (
        rl.assess_return(screened, by="CHN", to="PRK", on=ON).outcome is rl.ReturnOutcome.PROHIBITED
    )
    # The screening of the review's f1.py: the answers that closed the case now leave it open.
    answered = attrs.evolve(claim, fears=[attrs.evolve(harm, **SCREENED)])
    status = rl.assess_status(answered, on=ON, state="CHN")
    assert (status.outcome, status.missing_facts()) == (
        rl.Status.UNDETERMINED,
        ("fears[0].disproportionate", "reasons_for_leaving"),
    )
