"""What must still be shown: ``questions()`` on status and return results (UNHCR Handbook para. 196:
the duty to ascertain and evaluate the relevant facts is shared between applicant and examiner).

Each question's answers say what the outcome would be with that answer and everything else
unchanged; the property tests here check every one of them against an independent re-assessment
(the claim's JSON with the answer written in, read back and assessed again).
"""

from __future__ import annotations

import io
import json
import re
import sys
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.cli import main
from test_status_properties import STATES, claims, doctrines

ON = "2004-06-30"
RETURNS = (("CHN", "PRK"), ("MDG", "SYR"), ("TUR", "AFG"), ("KOR", "PRK"))
_STEP = re.compile(r"\.?(?:(?P<attr>[a-z_0-9]+)|\[(?P<index>\d+)\]|\['(?P<key>[^']+)'\])")


def _written(claim: rl.Claim, path: str, value: Any) -> rl.Claim:
    """The claim with the answer written into its JSON form at ``path``, read back."""
    data = json.loads(rl.to_json(claim))
    steps = list(_STEP.finditer(path))
    node: Any = data
    for step in steps[:-1]:
        node = node[step["attr"]] if step["attr"] else node[int(step["index"])]
    last = steps[-1]
    if last["key"] is not None and last["key"].startswith(("1C", "1D", "1E", "1F")):
        # A clause raised and undecided: "yes" moves it to the decided set, "no" drops it, and a
        # cessation clause answered "no" is recorded as found not to apply (cessation_ruled_out),
        # so the claim's own facts no longer put it in issue.
        field = steps[-2]["attr"]
        data[field] = [c for c in node if c != last["key"]]
        if value:
            decided = "exclusion" if field == "exclusion_pending" else "cessation"
            data[decided] = sorted({*data[decided], last["key"]})
        elif field == "cessation_pending":
            data["cessation_ruled_out"] = sorted({*data["cessation_ruled_out"], last["key"]})
    elif last["key"] is not None:
        node[last["key"]] = value
    else:
        node[last["attr"]] = value
    return rl.from_json(rl.Claim, json.dumps(data))


#: Facts whose answers are not a few values: a description, or a country among those the claim
#: names (none, where it names none).
# Places are offered as the countries the claim names, if it names any (OAU art. I(2)'s place of
# the events, ``flight_events_in``, as the person's location).
_FREE = frozenset(
    {"social_group", "location", "habitual_residence", "nationalities", "flight_events_in"}
)


def _check(result: rl.StatusDetermination | rl.ReturnAssessment, again: Any) -> None:
    asked = result.questions()
    if result.outcome.name != "UNDETERMINED":
        # A decided result asks nothing, save what a return prohibited only while the status is
        # pending waits on (UNHCR Handbook para. 28: ``ReturnAssessment.pending_status_facts``);
        # where another bar prohibits it whatever the status, those facts are named (beside its
        # provisional breaches) but not asked (interface review F1).
        pending: tuple[str, ...] = getattr(result, "pending_status_facts", tuple)()
        alone = getattr(result, "prohibited_only_provisionally", False)
        assert {q.path for q in asked} == (set(pending) if alone else set())
        assert bool(getattr(result, "provisional", ())) == bool(pending)
        facts: set[str] = set()
    else:
        # Every open fact of the claim is asked; a gap in the participation data (an ECHR party
        # whose record is missing: "states['TUR'].echr-1950") is named but not asked.
        facts = {p for p in result.missing_facts() if not p.startswith("states[")}
    assert {q.path for q in asked} >= facts
    assert not any(q.path.startswith("states[") for q in asked)
    for q in asked:
        assert q.text.endswith("?"), q.text
        assert not q.text.startswith("What is "), q.text  # a field asked in words, not by name
        # Every answer that matters is listed: a fact of a few values (an enumeration, a set of
        # its members, yes or no) has answers; a social group is described, and a place is one
        # of the countries the claim names, if it names any.
        free = q.path.rsplit(".", 1)[-1] in _FREE
        assert q.answers or free, q.path
        for a in q.answers:
            if q.kind is rl.QuestionKind.DOCTRINE:
                field = q.path.removeprefix("doctrine.")
                redone = again(result.claim, attrs.evolve(result.doctrine, **{field: a.value}))
            else:
                redone = again(_written(result.claim, q.path, a.value), result.doctrine)
            assert redone.outcome is a.outcome, (q.path, a.label)
            assert len(redone.missing_facts()) == a.open, (q.path, a.label)
        assert q.decisive == any(a.outcome is not result.outcome for a in q.answers)
    ranks = [0 if q.decisive else 1 if q.narrows else 2 for q in asked]
    assert ranks == sorted(ranks)


@settings(max_examples=60, deadline=None)
@given(claims(), doctrines, st.sampled_from(STATES))
def test_every_answer_leads_where_a_status_reassessment_leads(
    claim: rl.Claim, doctrine: rl.Doctrine, state: str | None
) -> None:
    """Art 1: each listed outcome is the outcome of assessing the claim again with that answer."""
    result = rl.assess_status(claim, on=ON, state=state, doctrine=doctrine)
    _check(
        result,
        lambda c, d: rl.assess_status(c, on=ON, state=state, doctrine=d),
    )


@settings(max_examples=40, deadline=None)
@given(claims(), doctrines, st.sampled_from(RETURNS))
def test_every_answer_leads_where_a_return_reassessment_leads(
    claim: rl.Claim, doctrine: rl.Doctrine, where: tuple[str, str]
) -> None:
    """Art 33(1), CAT art. 3, ICCPR arts 6-7 and custom: the same for the return questions."""
    by, to = where
    result = rl.assess_return(claim, by=by, to=to, on=ON, doctrine=doctrine)
    _check(result, lambda c, d: rl.assess_return(c, by=by, to=to, on=ON, doctrine=d))


def test_the_north_korean_who_left_for_food_is_asked_why_he_would_be_punished() -> None:
    """Art 1A(2) "for reasons of" and Handbook para. 61: punishment for illegal exit grounds a
    fear of persecution only with a Convention reason, the punisher's or, by para. 61, the
    person's own motive for leaving; for a man who left for food alone only the punisher's can
    supply it, and the first question says which answers make him a refugee."""
    leaver = testing.north_korean_escapee(
        fears=[testing.escapee_harm(reasons=frozenset(), exit_offence=True)],
        reasons_for_leaving=frozenset(),
    )
    result = rl.assess_status(leaver, on=ON)
    assert result.outcome is rl.Status.UNDETERMINED
    first = result.questions()[0]
    assert first.path == "fears[0].reasons"
    assert first.kind is rl.QuestionKind.FACT
    assert first.decisive
    assert rl.Citation("unhcr-handbook", "66-86") in first.citations
    outcomes = {a.label: a.outcome for a in first.answers}
    assert outcomes["political opinion"] is rl.Status.REFUGEE
    assert outcomes["economic"] is rl.Status.NOT_REFUGEE


def test_who_would_inflict_the_harm_is_asked_before_why_the_state_withholds_protection() -> None:
    """Art 1A(2) with *Islam; Shah*: why the state withholds its protection from a harm is a
    question once it is known who would inflict it (the state fighting for its own reasons has
    none to withhold), so where both are open and either could settle the case the interview asks
    who first, whatever order the findings name them in."""
    fighting = rl.Harm("being killed in the fighting", "SOM", severity="threat_to_life_or_freedom",
                       likelihood=0.5, reasons={"generalised_violence"})  # fmt: skip
    result = rl.assess_status(rl.Claim(rl.Person("A", {"SOM"}, location="GBR"), fears=[fighting],
                                       internal_relocation=False), on=ON)  # fmt: skip
    missing = result.missing_facts()
    assert missing.index("fears[0].protection_withheld_for") < missing.index("fears[0].actor")
    questions = result.questions()
    assert [q.path for q in questions[:2]] == ["fears[0].actor", "fears[0].protection_withheld_for"]
    assert all(q.decisive for q in questions[:2])
    by_state = {a.label: a for a in questions[0].answers}["state"]
    assert by_state.outcome is rl.Status.NOT_REFUGEE  # the state's own fighting: no ground


def test_the_causes_of_flight_under_oau_art_i_2_are_asked_with_each_cause_as_an_answer() -> None:
    """OAU Convention art. I(2), for Kenya (party since 1992): a Somali fleeing civil war who
    fails Art 1A(2) (generalised violence is no Convention ground) is a refugee under the wider
    definition if compelled to leave by external aggression, occupation, foreign domination or
    events seriously disturbing public order. The question names those events in words, and each
    is an answer, with "none of these" (not a refugee)."""
    claim = rl.Claim(
        rl.Person("Somali", {"SOM"}, location="KEN"),
        fears=[rl.Harm("indiscriminate violence in the civil war", "SOM",
                       severity="threat_to_life_or_freedom", likelihood=0.7, actor="non_state",
                       reasons={"generalised_violence"}, protection_withheld_for=set())],
        protection={"SOM": "unavailable"},
        internal_relocation=False,
        flight_events_in={"SOM"},  # whatever they were, the events were in Somalia
    )  # fmt: skip
    result = rl.assess_status(claim, on="2000-01-01", state="KEN")
    assert result.outcome is rl.Status.UNDETERMINED
    (q,) = [q for q in result.questions() if q.path == "flight_causes"]
    assert q.kind is rl.QuestionKind.FACT
    assert q.decisive
    assert "events seriously disturbing public order" in q.text
    assert rl.Citation("oau-refugee-convention-1969", "I(2)") in q.citations
    outcomes = {a.value: a.outcome for a in q.answers}
    assert outcomes[("serious_public_disorder",)] is rl.Status.REFUGEE
    assert outcomes[("external_aggression",)] is rl.Status.REFUGEE
    assert outcomes[()] is rl.Status.NOT_REFUGEE
    _check(result, lambda c, d: rl.assess_status(c, on="2000-01-01", state="KEN", doctrine=d))


def test_a_likelihood_is_a_judgement_asked_against_the_threshold_bands() -> None:
    """Art 1A(2) "well-founded" (INS v Cardoza-Fonseca): the likelihood is an assessor's
    judgement, and the answers that matter are the bands the doctrine's thresholds make."""
    claim = testing.north_korean_escapee(fears=[testing.escapee_harm(likelihood=None)])
    (q,) = [q for q in rl.assess_status(claim, on=ON).questions() if q.path.endswith("likelihood")]
    assert q.kind is rl.QuestionKind.JUDGMENT
    assert q.standard == "a reasonable possibility (likelihood at least 0.1)"
    assert [(a.label, a.outcome) for a in q.answers] == [
        ("below 0.1", rl.Status.NOT_REFUGEE),
        ("at least 0.1", rl.Status.REFUGEE),
    ]


def test_a_contested_position_is_a_doctrine_question() -> None:
    """Customary non-refoulement (a Doctrine choice): left open, it is asked as a doctrinal
    question, each position with its outcome (as compare_doctrines would give)."""
    claim = testing.north_korean_escapee()
    result = rl.assess_return(
        claim,
        by="CHN",
        to="PRK",
        on="1979-06-01",
        doctrine=rl.Doctrine(non_refoulement_customary=None),
    )
    doctrinal = {q.path: q for q in result.questions() if q.kind is rl.QuestionKind.DOCTRINE}
    q = doctrinal["doctrine.non_refoulement_customary"]
    assert q.decisive
    assert {a.value: a.outcome for a in q.answers} == {
        True: rl.ReturnOutcome.PROHIBITED,
        False: rl.ReturnOutcome.PERMITTED,
    }
    # A position waits on no fact: it cites what the finding relying on it cites.
    assert q.citations == (rl.Citation("customary-international-law", "non-refoulement"),)


def test_a_decided_result_has_no_questions() -> None:
    assert rl.assess_status(testing.north_korean_escapee(), on=ON).questions() == ()


def test_questions_read_back_from_their_json() -> None:
    claim = testing.north_korean_escapee(fears=[testing.escapee_harm(reasons=frozenset())])
    for q in rl.assess_status(claim, on=ON).questions():
        assert rl.from_json(rl.Question, rl.to_json(q)) == q


def test_findings_say_the_same_way_everywhere_whether_they_rest_on_a_judgement() -> None:
    """Consistent roles: the well-founded fear rests on the assessor's judgement of likelihood
    (Art 1A(2); Handbook paras 37-50); the presumption that no internal flight alternative exists
    where the state persecutes (Handbook para. 91) rests on who persecutes, a plain fact; the
    explanation marks judgements."""
    result = rl.assess_status(testing.north_korean_escapee(), on=ON)
    fear = result.finding.find("well-founded fear")
    assert fear is not None
    assert fear.basis == "judgement"
    assert fear.judgements == ("fears[0].likelihood",)
    relocation = result.finding.find("no internal flight alternative")
    assert relocation is not None
    assert relocation.basis == "fact"
    assert result.finding.basis == "rule"
    assert "(judgement: fears[0].likelihood)" in result.explain()
    found = attrs.evolve(testing.north_korean_escapee(), internal_relocation=False)
    relocation = rl.assess_status(found, on=ON).finding.find("no internal flight alternative")
    assert relocation is not None
    assert relocation.judgements == ("internal_relocation",)


def test_an_answer_the_harms_other_facts_rule_out_is_not_offered() -> None:
    """CAT art. 1(1): torture is severe pain or suffering, so a harm that is torture is at least
    serious and one judged minor is not torture (``Harm`` refuses the pair). The severity of a
    harm that is torture is asked with only ``serious`` and worse among the answers; whether a
    minor harm is torture is not asked at all (CAT art. 3 finds it is not)."""
    from refugeelaw.questions import question

    person = rl.Person("A", {"PRK"}, location="CHN")
    facts: dict[str, Any] = {"likelihood": 0.9, "actor": "state", "reasons": {"political_opinion"}}
    tortured = rl.Claim(person, fears=[rl.Harm("beating", "PRK", torture=True, **facts)])
    status = rl.assess_status(tortured, on=ON)
    severity = question(status, "fears[0].severity")
    assert [a.value for a in severity.answers] == ["serious", "threat_to_life_or_freedom"]
    minor = rl.Harm("beating", "PRK", severity="minor", official_involvement=True, **facts)
    returned = rl.assess_return(rl.Claim(person, fears=[minor]), by="CHN", to="PRK", on=ON)
    assert "fears[0].torture" not in [q.path for q in returned.questions()]
    assert "fears[0].torture" not in returned.missing_facts()


def test_a_punishment_judged_not_excessive_is_not_offered_as_torture() -> None:
    """A punishment that would be torture is excessive whatever the offence (CAT art. 1(1):
    lawful sanctions are no torture; ICCPR arts 7 and 4(2)); ``Harm`` refuses a prosecution
    judged not excessive that is torture. So CAT art. 3 does not wait on whether such a
    punishment is torture (it cannot be), and the excessiveness of a punishment that is torture is
    offered only as excessive (answering "not excessive" raised ``InvalidInput``)."""
    from refugeelaw.questions import question

    person = rl.Person("A", {"PRK"}, location="CHN")
    facts: dict[str, Any] = {"likelihood": 0.9, "actor": "state", "reasons": {"political_opinion"},
                             "severity": "serious", "prosecution": True}  # fmt: skip
    fair = rl.Claim(person, fears=[rl.Harm("punishment", "PRK", disproportionate=False, **facts)])
    returned = rl.assess_return(fair, by="CHN", to="PRK", on=ON)
    assert "fears[0].torture" not in [q.path for q in returned.questions()]
    assert "fears[0].torture" not in returned.missing_facts()
    cat = returned.finding.find("CAT art. 3 bar")
    assert cat is not None
    assert cat.verdict is rl.Verdict.NOT_MET
    tortured = rl.Claim(person, fears=[rl.Harm("punishment", "PRK", torture=True, **facts)])
    excessive = question(rl.assess_status(tortured, on=ON), "fears[0].disproportionate")
    assert [a.value for a in excessive.answers] == [True]


def test_an_unknown_judgement_is_missing_not_relied_on() -> None:
    """A fact left unknown is never shown as a judgement relied on (CAT art. 3: torture unknown,
    the likelihood below the threshold decides)."""
    claim = testing.north_korean_escapee(
        fears=[testing.escapee_harm(torture=None, likelihood=0.05)]
    )
    result = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    for _, f in result.finding.walk():
        assert "fears[0].torture" not in f.judgements


def test_a_decided_return_asks_nothing_though_other_bars_are_open() -> None:
    """ICCPR art. 6(1) already prohibits the return (a real risk to life at the hands of the
    state, within South Korea's control at sea); art. 33(1) is still open, but nothing left to ask
    can change the outcome."""
    claim = rl.Claim(
        rl.Person("P"),
        fears=[
            rl.Harm("feared harm", "PRK", likelihood=0.1, risk_to_life=True, actor=rl.Actor.STATE)
        ],
        under_control_of={"KOR"},
    )
    result = rl.assess_return(
        claim, by="KOR", to="PRK", on=ON, doctrine=rl.Doctrine(torture_threshold=0.1)
    )
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert "fears[0].severity" in result.missing_facts()  # the bars still open say what they need
    assert result.questions() == ()


@pytest.mark.parametrize("layer", ["on", "off"])
def test_answered_refuses_what_it_cannot_take_as_invalid_input_at_the_right_path(
    layer: str,
) -> None:
    # refugeelaw.questions.answered (the how-to's way to give an answer): a claim that is not
    # one, a path that is not a string, and a fact within one not given are refused, each named.
    import contextlib

    from refugeelaw import _speed, questions

    claim = testing.north_korean_escapee()
    rl.assess_status(claim, on="2004-06-30")  # the speed layer in place
    cases: list[tuple[Any, Any, str]] = [
        (None, "fears[0].likelihood", r"^claim: expected a Claim, got NoneType"),
        (claim, 5, r"^path: expected a fact path, got int 5"),
        (
            claim,
            "fears[0].social_group.socially_perceived",
            r"^fears\[0\]\.social_group: not given: give it before a fact within it",
        ),
        (claim, "fears[9].likelihood", r"^path: 'fears\[9\]\.likelihood' is not a fact"),
    ]
    with _speed.off() if layer == "off" else contextlib.nullcontext():
        for owner, path, message in cases:
            with pytest.raises(rl.InvalidInput, match=message):
                questions.answered(owner, path, True)


def test_answered_refuses_an_art_1f_or_1c_clause_that_is_not_pending() -> None:
    """Art 1F(b) raised and undecided: ``answered`` decides exactly that clause. A clause mistyped
    ("1F(B)"), valid but not raised (Art 1F(c)), of the other kind (Art 1C(1) under
    ``exclusion_pending``, Art 1F(b) under ``cessation_pending``) was accepted and the claim came
    back unchanged, still UNDETERMINED, as if the answer had been recorded; each is now refused,
    naming the path and the clauses pending."""
    from refugeelaw.questions import answered

    claim = testing.north_korean_escapee(exclusion_pending={"1F(b)"})
    decided = answered(claim, "exclusion_pending['1F(b)']", True)
    assert decided.exclusion == {rl.Exclusion("1F(b)")}
    assert decided.exclusion_pending == set()
    assert rl.assess_status(decided, on=ON).outcome is rl.Status.EXCLUDED
    for path, pending in (
        ("exclusion_pending['1F(B)']", "1F(b)"),
        ("exclusion_pending['1F(c)']", "1F(b)"),
        ("exclusion_pending['1C(1)']", "1F(b)"),
        ("exclusion_pending[0]", "1F(b)"),
        ("cessation_pending['1F(b)']", "none"),
    ):
        for value in (True, False):
            expected = rf"^path: {re.escape(path)}: not a clause pending in this claim \(pending: "
            with pytest.raises(rl.InvalidInput, match=expected + re.escape(pending) + r"\)$"):
                answered(claim, path, value)


def test_answered_decides_a_raised_clause_only_by_true_or_false() -> None:
    """Art 1F(b) needs "serious reasons for considering" (Art 1F chapeau) and Art 1C(1) a finding
    that the refugee re-availed himself of protection: a word ("no", "false") or 0 supplies
    neither, and was read by its truthiness ("no" excluded the person, ``None`` recorded Art 1C(1)
    as found not to apply). Only ``True``/``False`` decide a raised clause; ``None`` (not known)
    leaves it undecided; anything else is refused naming the path."""
    from refugeelaw.questions import answered

    raised = testing.north_korean_escapee(exclusion_pending={"1F(b)"})
    recognised = testing.north_korean_escapee(recognised=True, cessation_pending={"1C(1)"})
    # Art 1F(b) raised and undecided stays undecided, not answered "not excluded".
    unknown = answered(raised, "exclusion_pending['1F(b)']", None)
    assert rl.assess_status(unknown, on=ON).outcome is rl.Status.UNDETERMINED
    for claim, path in (
        (raised, "exclusion_pending['1F(b)']"),
        (recognised, "cessation_pending['1C(1)']"),
    ):
        assert answered(claim, path, None) == claim  # still raised and undecided
        for value in ("no", "false", 0, 1, "yes"):
            with pytest.raises(rl.InvalidInput, match=r"expected true, false or null") as err:
                answered(claim, path, value)
            assert [p.path for p in err.value.problems] == [path]
    assert answered(recognised, "cessation_pending['1C(1)']", False).cessation_ruled_out == {
        rl.Cessation("1C(1)")
    }


def test_a_result_read_from_json_that_waits_on_a_fact_its_claim_lacks_is_refused() -> None:
    """Art 1A(2) for the unscreened crosser, read back with its fears removed: the finding waits on
    facts of a fear the claim no longer has, so no question can be asked; questions() says so as
    InvalidInput naming the finding, never an IndexError or KeyError."""
    d = rl.to_dict(rl.assess_status(testing.unscreened_border_crosser(), on=ON, state="CHN"))
    d["claim"]["fears"] = []
    result = rl.from_json(rl.StatusDetermination, json.dumps(d))
    with pytest.raises(rl.InvalidInput, match="which is not a fact of its claim") as err:
        result.questions()
    assert [p.path for p in err.value.problems] == ["finding"]


def test_an_answer_is_immutable_and_its_reasons_read_back() -> None:
    """Art 1A(2) nexus: the question about the persecutor's reasons lists one answer per ground;
    each answer's reasons are a tuple (hashable, unchangeable), written in JSON as a list and
    read back equal, and answering with it sets the claim's reasons."""
    result = rl.assess_status(testing.unscreened_border_crosser(), on=ON)
    asked = next(q for q in result.questions() if q.path.endswith(".reasons"))
    first = asked.answers[0]
    assert first.value == ("race",)
    assert hash(asked) == hash(rl.from_json(rl.Question, rl.to_json(asked)))
    assert json.loads(rl.to_json(first))["value"] == ["race"]
    claim = rl.questions.answered(result.claim, asked.path, first.value)
    assert claim.fears is not None
    assert claim.fears[0].reasons == {rl.Ground.RACE}


def test_official_involvement_is_asked_in_cat_article_1s_words_including_de_facto_authority() -> (
    None
):
    """CAT art. 1: "a public official or other person acting in an official capacity"; where no
    central government exists, a faction exercising quasi-governmental authority may be one
    (*Elmi v Australia*, CAT 1999). The question for a private harm says so, so that a
    caseworker does not answer "no" merely because the actor is not the state."""
    claim = rl.Claim(
        rl.Person("S", {"SOM"}, location="AUS"),
        fears=[
            rl.Harm(
                "torture by a clan militia",
                "SOM",
                severity="threat_to_life_or_freedom",
                likelihood=0.6,
                actor="non_state",
                torture=True,
                irreparable=True,
                risk_to_life=False,
                reasons={"particular_social_group"},
            )
        ],
        protection={"SOM": "unavailable"},
    )
    from refugeelaw.questions import question

    result = rl.assess_return(claim, by="AUS", to="SOM", on="1999-05-14")
    assert "fears[0].official_involvement" in result.missing_facts()  # the CAT bar waits on it
    text = question(result, "fears[0].official_involvement").text
    assert "other person acting in an official capacity" in text
    assert "faction" in text


def test_a_second_nationality_is_asked_about_as_a_nationality_not_as_protection_from_a_harm() -> (
    None
):
    """Art 1A(2), second paragraph (Handbook 106-107): for a country of nationality the person
    fears nothing in, the question is whether that country's protection is available to them as a
    national (would it admit and protect them; *KK* [2011] UKUT 92: no separate concept of
    "effective" nationality), not whether it punishes a harm feared elsewhere."""
    harm = rl.Harm(
        "imprisonment for leaving",
        "PRK",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.9,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
    )
    dual = rl.Claim(rl.Person("X", {"PRK", "KOR"}, location="CHN"), fears=[harm])
    asked = {q.path: q for q in rl.assess_status(dual, on=ON).questions()}
    korea = asked["protection['KOR']"]
    assert korea.text.startswith("Is South Korea's protection available to the person as one of")
    assert "effective" not in korea.text  # KK [2011] UKUT 92: no separate "effective" nationality
    assert korea.decisive
    # Where the harm is feared, protection is asked as before: against that harm.
    private = attrs.evolve(harm, actor=rl.Actor.NON_STATE)
    single = rl.Claim(
        rl.Person("X", {"PRK"}, location="CHN"), fears=[private], internal_relocation=False
    )
    (home,) = [
        q for q in rl.assess_status(single, on=ON).questions() if q.path == "protection['PRK']"
    ]
    assert home.text.startswith("Would North Korea protect this person if asked")


def test_a_certain_threshold_makes_its_own_band_and_a_threshold_of_0_is_refused() -> None:
    """Art 1A(2) "well-founded" (*INS v Cardoza-Fonseca*: a reasonable possibility) and CAT art.
    3(1) "substantial grounds for believing": a threshold of 1 (certainty) is a band of its own,
    and the questions are asked. A threshold of 0, under which a likelihood found to be nil would
    reach the standard, is refused, by the library and on the command line, naming the field."""
    claim = rl.Claim(rl.Person("A", {"PRK"}, location="CHN"), fears=[rl.Harm("x", "PRK")])
    certain = rl.Doctrine(fear_threshold=1.0, torture_threshold=1.0, return_threshold=1.0)
    result = rl.assess_status(claim, on=ON, doctrine=certain)
    (q,) = [q for q in result.questions() if q.path == "fears[0].likelihood"]
    assert [(a.value, a.label, a.outcome) for a in q.answers] == [
        (0.5, "below 1", rl.Status.NOT_REFUGEE),
        (1, "at least 1", rl.Status.UNDETERMINED),
    ]
    _check(result, lambda c, d: rl.assess_status(c, on=ON, doctrine=d))
    with pytest.raises(rl.InvalidInput, match=r"^fear_threshold: expected a number above 0"):
        rl.Doctrine(fear_threshold=0)
    with pytest.raises(rl.InvalidInput, match=r"^torture_threshold: expected a number above 0"):
        rl.Doctrine(torture_threshold=0.0)
    argv = ["questions", "-", "--on", ON, "--format", "json"]
    argv += ["--doctrine", "fear_threshold=0"]
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(rl.to_json(claim).encode()), encoding="utf-8")
    try:
        assert main(argv, out=out, err=err) == 2
    finally:
        sys.stdin = old
    assert "fear_threshold: expected a number above 0 and at most 1, got 0" in err.getvalue()
    assert not out.getvalue()


def test_an_error_in_working_out_the_answers_is_not_taken_for_a_path_the_claim_lacks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A path the claim has (Art 1A(2)'s fears[0].reasons) whose answers fail to be worked out is
    an error of the library, raised as it is, never reported as "not a fact of its claim"."""
    claim = testing.north_korean_escapee(fears=[testing.escapee_harm(reasons=frozenset())])
    result = rl.assess_status(claim, on=ON)

    def broken(*_: Any) -> Any:
        raise IndexError("inside a re-assessment")

    monkeypatch.setitem(rl.questions._AGAIN, rl.StatusDetermination, broken)
    with pytest.raises(IndexError, match="inside a re-assessment"):
        rl.questions.question(result, "fears[0].reasons")


def test_where_the_person_is_is_asked_with_the_destination_and_the_feared_countries() -> None:
    """Art 33(1), CAT art. 3(1): where the person is bears on the return. The answers include the
    destination and the country feared as well as the returning state. A person outside the
    returning state's territory is within its reach only if its officials hold them, which the
    claim does not record (HRC General Comment 31 para. 10), so no place settles the return:
    each leaves the reach, or the risk, open, and the question narrows the case (review s39 rt39
    F1: the places abroad were PERMITTED, and the question decisive)."""
    claim = rl.Claim(rl.Person("A", None), fears=[rl.Harm("detention", "SYR")])
    result = rl.assess_return(claim, by="DNK", to="AFG", on=ON)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    asked = result.questions()
    (q,) = [q for q in asked if q.path == "person.location"]
    outcomes = {a.value: a.outcome for a in q.answers}
    assert outcomes == {
        "DNK": rl.ReturnOutcome.UNDETERMINED,
        "AFG": rl.ReturnOutcome.UNDETERMINED,
        "SYR": rl.ReturnOutcome.UNDETERMINED,
    }
    assert [a.label for a in q.answers] == ["in Denmark", "in Afghanistan", "in Syria"]
    assert not q.decisive
    assert q.narrows
    abroad = rl.questions.answered(claim, "person.location", "SYR")
    assert "under_control_of" in rl.assess_return(abroad, by="DNK", to="AFG", on=ON).missing_facts()
    for value, outcome in outcomes.items():
        again = rl.questions.answered(claim, "person.location", value)
        assert rl.assess_return(again, by="DNK", to="AFG", on=ON).outcome is outcome
    _check(result, lambda c, d: rl.assess_return(c, by="DNK", to="AFG", on=ON, doctrine=d))


def test_a_stateless_persons_former_home_is_asked_with_the_destination_among_the_answers() -> None:
    """Art 1A(2), second limb, and art. 33(1): for a stateless person, which country was the
    former habitual residence may decide the return; the answers include the destination and the
    returning state, each outcome that of assessing the return again."""
    claim = rl.Claim(rl.Person("A", frozenset(), location="CHN"),
                     fears=[rl.Harm("imprisonment", "PRK", severity="threat_to_life_or_freedom",
                                    likelihood=0.9, actor="state", reasons={"political_opinion"})],
                     under_control_of={"KOR"})  # fmt: skip
    from refugeelaw.questions import question

    result = rl.assess_return(claim, by="KOR", to="CHN", on=ON)
    q = question(result, "person.habitual_residence")
    assert {"CHN", "KOR", "PRK"} <= {a.value for a in q.answers}
    for a in q.answers:
        again = rl.questions.answered(claim, "person.habitual_residence", a.value)
        assert rl.assess_return(again, by="KOR", to="CHN", on=ON).outcome is a.outcome


def test_the_compelling_reasons_proviso_is_asked_in_the_words_of_art_1c5_or_1c6() -> None:
    """Art 1C(6) proviso: a stateless refugee invokes compelling reasons "for refusing to return
    to the country of his former habitual residence"; Art 1C(5)'s, for a refugee with a
    nationality, "for refusing to avail himself of the protection of the country of
    nationality". The question takes the person's; where nationality is not known, both."""

    def asked(person: rl.Person, clause: rl.Cessation) -> str:
        claim = rl.Claim(person, fears=[], statutory_refugee=True, cessation={clause})
        result = rl.assess_status(claim, on=ON, state="DNK")
        (q,) = [q for q in result.questions() if q.path == "compelling_reasons"]
        assert q.kind is rl.QuestionKind.JUDGMENT
        return q.text

    stateless = rl.Person("A", frozenset(), habitual_residence="SYR", location="DNK")
    text = asked(stateless, rl.Cessation.ART_1C_6)
    assert text == (
        "Can the person invoke compelling reasons, arising out of previous persecution, for "
        "refusing to return to Syria, the country of their former habitual residence?"
    )
    assert "nationality" not in text
    national = rl.Person("A", {"AFG"}, location="DNK")
    assert asked(national, rl.Cessation.ART_1C_5).endswith(
        "for refusing to avail themselves of the protection of Afghanistan, the country of their "
        "nationality?"
    )
    unknown = asked(rl.Person("A", None, location="DNK"), rl.Cessation.ART_1C_6)
    assert "protection of the country of their nationality (Art 1C(5))" in unknown
    assert "return to the country of their former habitual residence (Art 1C(6))" in unknown


#: The contested positions that had no question of their own, each with an authority its
#: question names.
_POSITIONS = {
    "fear_threshold": "INS v Cardoza-Fonseca",
    "nexus": "one central reason",
    "social_group": "Applicant S v MIMA",
    "torture_threshold": "CAT art. 3",
    "later_treaty_by": "VCLT art. 30(3)",
    "return_threshold": "INS v Stevic",
    "custom_follows_return_threshold": "art. 33(1)",
    "compelling_reasons": "UNHCR Handbook para. 136",
    "custom_covers_ill_treatment": "Lauterpacht and Bethlehem",
    "exit_motive_nexus": "INS v Elias-Zacarias",
    "taiwan_outside_china": "GA res. 2758 (XXVI)",
}


@pytest.mark.parametrize("name", sorted(_POSITIONS))
def test_every_contested_position_is_asked_in_words_with_its_authorities(name: str) -> None:
    """Art 1A(2), Art 1C(5)-(6), Art 33(1), CAT art. 3 and VCLT art. 30(3): each contested
    position is asked as a lawyer would put it, naming the authorities, and answered in words;
    each answer's value is still the Doctrine's own, as JSON writes it."""
    from refugeelaw.questions import question

    claim = rl.Claim(rl.Person("A", {"AFG"}, location="DNK"),
                     fears=[rl.Harm("detention", "AFG", severity="threat_to_life_or_freedom",
                                    likelihood=0.3, actor="state")])  # fmt: skip
    q = question(rl.assess_status(claim, on=ON), f"doctrine.{name}")
    assert q.kind is rl.QuestionKind.DOCTRINE
    assert "Which position" not in q.text
    assert name not in q.text
    assert _POSITIONS[name] in q.text
    for a in q.answers:
        assert a.label != str(a.value), a.label
        assert "_" not in a.label, a.label
        attrs.evolve(rl.Doctrine(), **{name: a.value})  # the value is the position itself
        assert rl.from_json(rl.Answer, rl.to_json(a)) == a
    if name == "fear_threshold":
        assert [(a.value, a.label) for a in q.answers] == [
            (0.1, "a reasonable possibility (likelihood at least 0.1)"),
            (0.5, "more likely than not (likelihood at least 0.5)"),
        ]


def test_the_korean_nationality_aside_is_made_only_where_north_korea_is_in_issue() -> None:
    """Art 1A(2), second paragraph: a North Korean may also be a Republic of Korea national, and
    the nationality question says so where North Korea is in issue, not for an Afghan's claim."""
    from refugeelaw.questions import question

    def text(country: str) -> str:
        claim = rl.Claim(
            rl.Person("A", None, location="DNK"), fears=[rl.Harm("detention", country)]
        )
        return question(rl.assess_status(claim, on=ON), "person.nationalities").text

    assert "North Korean" not in text("AFG")
    assert text("AFG") == (
        "Of which countries is the person a national under each country's own law, or are they "
        "stateless?"
    )
    assert "(a North Korean may also be a national of the Republic of Korea)" in text("PRK")


def test_art_1f_and_art_1c5_6_are_judgements_and_art_1c1_4_facts_the_same_way_everywhere() -> None:
    """Art 1F ("serious reasons for considering") and Art 1C(5)-(6) (whether the circumstances
    "have ceased to exist", Handbook paras 135-136) are evaluations: the question about a clause
    raised and undecided is a JUDGMENT; Art 1C(1)-(4), acts the person did, are facts. A finding
    resting on the same path is marked by the same test (``records_judgement``)."""
    from refugeelaw.facts import records_judgement
    from refugeelaw.logic import finding

    claim = rl.Claim(rl.Person("A", {"AFG"}, location="DNK"),
                     fears=[rl.Harm("detention", "AFG", severity="threat_to_life_or_freedom",
                                    likelihood=0.5, actor="state", reasons={"political_opinion"})],
                     exclusion_pending={"1F(b)"})  # fmt: skip
    (q,) = [q for q in rl.assess_status(claim, on=ON).questions() if q.path.startswith("excl")]
    assert (q.path, q.kind) == ("exclusion_pending['1F(b)']", rl.QuestionKind.JUDGMENT)
    kinds = {}
    for clause in rl.Cessation:
        recognised = rl.Claim(rl.Person("A", {"AFG"}, location="DNK"), fears=[], recognised=True,
                              cessation_pending={clause}, compelling_reasons=False)  # fmt: skip
        asked = rl.assess_status(recognised, on=ON, state="DNK").questions()
        kinds.update({q.path: q.kind for q in asked if q.path.startswith("cessation")})
    assert kinds["cessation_pending['1C(5)']"] is rl.QuestionKind.JUDGMENT
    assert kinds["cessation_pending['1C(1)']"] is rl.QuestionKind.FACT
    for path, kind in kinds.items():
        assert records_judgement(path) is (kind is rl.QuestionKind.JUDGMENT)
    for path in ("exclusion_pending['1F(b)']", "cessation_pending['1C(6)']", "cessation['1C(5)']"):
        marked = finding("a clause", rl.Verdict.MET, "found", facts=[path])
        assert marked.judgements == (path,)
        assert marked.basis == "judgement"
    plain = finding("a clause", rl.Verdict.MET, "found", facts=["cessation_pending['1C(4)']"])
    assert plain.judgements == ()
    assert plain.basis == "fact"


def test_the_discriminatory_prosecution_question_asks_about_selective_or_pretextual_prosecution() -> (
    None
):
    """UNHCR Handbook para. 57: "penal prosecution for a reason mentioned in the definition" may
    itself be persecution. The question asks whether the prosecution is brought or made heavier
    selectively or as a pretext because of a ground, not only whether it is "discriminatory", so
    that a pastor prosecuted on a tax charge because of his preaching is not answered "no" on the
    ground that the tax law applies to everyone."""
    harm = rl.Harm(
        "prosecution of a pastor on a tax charge",
        "CHN",
        severity=rl.Severity.SERIOUS,
        likelihood=0.8,
        actor=rl.Actor.STATE,
        reasons={rl.Motive.CRIMINAL_PROSECUTION},
        prosecution=True,
        disproportionate=False,
        law_contrary_to_human_rights=False,
    )
    claim = rl.Claim(rl.Person("P", nationalities={"CHN"}, location="USA"), fears=[harm])
    result = rl.assess_status(claim, on="2020-01-01")
    assert result.outcome is rl.Status.UNDETERMINED
    question = next(q for q in result.questions() if q.path == "fears[0].discriminatory")
    assert "selectively or as a pretext" in question.text
    assert "race, religion, nationality, social group or political opinion" in question.text


def _state_harm(country: str, **facts: Any) -> rl.Harm:
    return rl.Harm(
        **{
            "description": "prison for opinion",
            "country": country,
            "severity": rl.Severity.SERIOUS,
            "likelihood": 0.9,
            "actor": rl.Actor.STATE,
            "reasons": {rl.Ground.POLITICAL_OPINION},
            **facts,
        }
    )


@pytest.mark.parametrize(
    ("location", "harm", "on", "offered", "refused"),
    [
        ("HKG", _state_harm("CHN"), "2005-01-01", ("CHN",), ("HKG",)),
        ("DEU", _state_harm("HKG"), "2005-01-01", ("CHN", "DEU"), ("HKG",)),
        ("DEU", _state_harm("PRI"), "2020-01-01", ("USA", "DEU"), ("PRI",)),
        ("DEU", _state_harm("PSE", actor=rl.Actor.NON_STATE), "2005-01-01", ("DEU",), ("PSE",)),
    ],
)
def test_the_nationality_question_offers_the_state_a_place_is_in_art_1a2(
    location: str, harm: rl.Harm, on: str, offered: tuple[str, ...], refused: tuple[str, ...]
) -> None:
    """Art 1A(2) "the country of his nationality" is a State's: with the nationality unknown and a
    place in Hong Kong (part of China from 1 July 1997), Puerto Rico (a territory of the United
    States) or Palestine before GA res. 67/19 (no State), the nationality question offers the
    State the place is in, and no answer the rules would refuse; it used to offer the place's own
    code and raise InvalidInput on a result the library had returned (status review F4)."""
    claim = rl.Claim(rl.Person("P", nationalities=None, location=location), fears=[harm])
    result = rl.assess_status(claim, on=on)
    assert result.outcome is rl.Status.UNDETERMINED
    question = next(q for q in result.questions() if q.path == "person.nationalities")
    values = [tuple(a.value) for a in question.answers]
    assert all((code,) in values for code in offered), values
    assert not any((code,) in values for code in refused), values
    assert () in values  # stateless
    # The return's questions ask the status's open facts too, and must not raise either.
    unsure = attrs.evolve(claim, fears=[attrs.evolve(harm, likelihood=None)])
    returned = rl.assess_return(unsure, by="FRA", to=harm.country, on=on)
    asked = {q.path: q for q in returned.questions()}
    if "person.nationalities" in asked:
        offered_again = [tuple(a.value) for a in asked["person.nationalities"].answers]
        assert not any((code,) in offered_again for code in refused), offered_again


def _questions_cli(records: list[rl.Claim], *options: str) -> tuple[int, str, str]:
    """``refugeelaw questions -`` on ``records`` (one JSON line each): exit code, out, err."""
    text = "".join(rl.to_json(c) + "\n" for c in records)
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
    try:
        code = main(["questions", "-", *options], out=out, err=err)
    finally:
        sys.stdin = old
    return code, out.getvalue(), err.getvalue()


def _data_gap_only() -> rl.Claim:
    """The North Korean escapee in Taiwan, every fact of the claim that Art 1B(1) reads stated
    (events after 1951, not in Europe) and no relocation open: whether he is a refugee in
    Taiwan's regime turns on whether Taiwan is bound by the 1967 Protocol or has made an Art
    1B(1) declaration, which the data does not say (Refugee Convention art. 1B(1); Protocol
    art. I(2)-(3)): nothing the claim can answer."""
    return attrs.evolve(
        testing.north_korean_escapee(),
        internal_relocation=False,
        events_before_1951=False,
        events_in_europe=False,
    )


def test_the_questions_json_says_what_they_are_about_decided_or_undetermined() -> None:
    """Interface review F2: ``questions --format json`` gave ``"result": []`` for a decided
    record and for an undetermined one whose open facts are the library's data (Refugee
    Convention art. 1B(1): whether Taiwan's regime limits the definition), so a client could not
    tell them apart. Each line now carries the ``outcome``, and the ``missing_facts`` where
    there are any; the line validates against ``refugeelaw schema questions``."""
    import jsonschema

    from refugeelaw.cli import output_schema

    gap, decided = _data_gap_only(), testing.economic_migrant()
    code, out, err = _questions_cli([gap, decided], "--state", "TWN", "--on", "2010-01-01",
                                    "--format", "json")  # fmt: skip
    assert code == 0, err
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["result"] == second["result"] == []
    assert first["outcome"] == "undetermined"
    assert first["missing_facts"] == ["states['TWN'].refugee-protocol-1967", "states['TWN'].art_1b"]
    assert second["outcome"] == "not_refugee"
    assert "missing_facts" not in second
    assert "pending_status_facts" not in second
    schema = output_schema("questions")
    for line in (first, second):
        jsonschema.validate(line, schema)
    old = dict(first)  # a line written before the keys were added still validates
    for key in ("outcome", "missing_facts"):
        del old[key]
    jsonschema.validate(old, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**first, "outcome": "maybe"}, schema)


def test_the_questions_json_of_a_provisional_prohibition_names_what_the_status_waits_on() -> None:
    """Refugee Convention art. 33(1) with UNHCR Handbook para. 28: a refugee recognised in
    Germany, a Somali national a militia would beat for his political opinion, Art 1F(b) raised:
    his return to Somalia is PROHIBITED while the clause is pending. The questions (about the
    clause) are about that provisional outcome, and the line says so (``pending_status_facts``,
    as the compact result line does)."""
    beaten = rl.Harm("beaten by militia", "SOM", severity="serious", likelihood=0.5,
                     actor="non_state", reasons={"political_opinion"})  # fmt: skip
    claim = rl.Claim(rl.Person("S", nationalities={"SOM"}, location="DEU"), fears=[beaten],
                     internal_relocation=False, protection={"SOM": "unavailable"}, recognised=True,
                     exclusion_pending={"1F(b)"})  # fmt: skip
    code, out, err = _questions_cli([claim], "--by", "DEU", "--to", "SOM", "--on", "2010-06-01",
                                    "--format", "json")  # fmt: skip
    assert code == 0, err
    (line,) = (json.loads(x) for x in out.splitlines())
    assert line["outcome"] == "prohibited"
    assert line["pending_status_facts"] == ["exclusion_pending['1F(b)']"]
    assert [q["path"] for q in line["result"]] == ["exclusion_pending['1F(b)']"]


def test_the_text_says_decided_only_of_a_decided_result_in_the_cli_and_the_server() -> None:
    """Interface review F2: with no question to ask, the command line's text and the assistant
    server's said "decided: nothing left to ask" of an UNDETERMINED result too. Now an
    undetermined result (Refugee Convention art. 1B(1): Taiwan's regime not in the data) says
    nothing the claim can answer is left and names the open facts; only a decided one (an
    economic migrant, NOT_REFUGEE: no Convention ground, Art 1A(2)) says "decided"."""
    from refugeelaw import mcp_server

    code, out, err = _questions_cli(
        [_data_gap_only(), testing.economic_migrant()], "--state", "TWN", "--on", "2010-01-01"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("record 1: UNDETERMINED")
    assert lines[1] == (
        "  (undetermined: nothing the claim can answer is left to ask; open: "
        "states['TWN'].refugee-protocol-1967, states['TWN'].art_1b)"
    )
    assert lines[2].startswith("record 2: NOT REFUGEE")
    assert lines[3] == "  (decided: nothing left to ask)"
    claim = rl.to_dict(_data_gap_only())
    reply = mcp_server.call("questions", {"claim": claim, "on": "2010-01-01", "state": "TWN"})
    assert not reply.error, reply.text
    assert reply.text.splitlines()[1] == (
        "Undetermined: nothing the claim can answer is left to ask; open: "
        "states['TWN'].refugee-protocol-1967, states['TWN'].art_1b."
    )
    assert reply.structured is not None
    assert reply.structured["outcome"] == "undetermined"
    assert reply.structured["missing_facts"] == [
        "states['TWN'].refugee-protocol-1967",
        "states['TWN'].art_1b",
    ]
    decided = mcp_server.call(
        "questions", {"claim": rl.to_dict(testing.economic_migrant()), "on": "2010-01-01"}
    )
    assert decided.text.splitlines()[1] == "Decided: nothing left to ask."
    assert decided.structured is not None
    assert decided.structured["missing_facts"] == []
    assert decided.structured["pending_status_facts"] == []


def _labour_camp(**facts: Any) -> rl.Claim:
    """A North Korean escapee fearing a labour camp for leaving (the own-diff review's F5)."""
    given: dict[str, Any] = {"severity": "threat_to_life_or_freedom", "likelihood": 0.9,
                             "actor": "state", "reasons": {"political_opinion"},
                             "prosecution": True, "sur_place": True, **facts}  # fmt: skip
    harm = rl.Harm("labour camp for leaving", "PRK", **given)
    return rl.Claim(rl.Person("E", nationalities={"PRK"}, location="CHN"), fears=[harm])


def test_cat_article_1_1_lawful_sanctions_clause_is_put_in_the_torture_question_for_a_punishment() -> (
    None
):
    """CAT art. 1(1): torture "does not include pain or suffering arising only from, inherent in
    or incidental to lawful sanctions" - the part of the definition a punishment turns on, every
    punishment being suffering intentionally inflicted to punish. For a prosecution the question
    states the clause, the reading of "lawful" (international law too) and cites art. 1(1); for a
    harm that is no prosecution it is asked as before."""
    from refugeelaw.questions import question

    status = rl.assess_status(_labour_camp(), on=ON)
    asked = question(status, "fears[0].torture")
    assert asked.text == (
        "Would labour camp for leaving be torture: severe pain or suffering intentionally "
        "inflicted for a purpose such as punishment or intimidation, beyond pain or suffering "
        "arising only from, inherent in or incidental to lawful sanctions (CAT art. 1(1)), a "
        "sanction being lawful only if it is lawful under international law as well as national "
        "law?"
    )
    assert rl.Citation("cat-1984", "1(1)") in asked.citations
    assert {a.value: a.outcome for a in asked.answers}[True] is rl.Status.REFUGEE
    beating = rl.Claim(
        rl.Person("E", nationalities={"PRK"}, location="CHN"),
        fears=[rl.Harm("beating", "PRK", likelihood=0.9, actor="state",
                       reasons={"political_opinion"})],
    )  # fmt: skip
    plain = question(rl.assess_status(beating, on=ON), "fears[0].torture")
    assert plain.text == (
        "Would beating be torture: severe pain or suffering intentionally inflicted for a purpose "
        "such as punishment or intimidation?"
    )
    assert "lawful" not in plain.text


def test_a_punishment_found_to_be_torture_names_the_lawful_sanctions_reading_where_it_decides() -> (
    None
):
    """CAT art. 1(1)'s "lawful sanctions": whether "lawful" means under national law only (the
    United Arab Emirates' declaration) or under international law too (the Netherlands'
    understanding, Luxembourg's declaration) is contested, so a finding that a punishment would be
    torture decides on a named reading: listed among the assumptions of the persecution element
    (Handbook 56-60) and of CAT art. 3's danger of torture, and not where the torture finding
    decides nothing (a harm that is no prosecution; a likelihood below CAT art. 3's threshold)."""
    from refugeelaw.law.persecution import LAWFUL_SANCTIONS_READING

    status = rl.assess_status(_labour_camp(torture=True), on=ON)
    assert status.outcome is rl.Status.REFUGEE
    element = status.finding.find("amounts to persecution")
    assert element is not None
    assert element.verdict is rl.Verdict.MET
    assert LAWFUL_SANCTIONS_READING in element.assumptions
    assert LAWFUL_SANCTIONS_READING in status.assumptions()
    assert rl.Citation("cat-1984", "1(1)") in element.citations
    returned = rl.assess_return(_labour_camp(torture=True), by="CHN", to="PRK", on=ON)
    cat = returned.finding.find("CAT art. 3 bar")
    assert cat is not None
    assert cat.verdict is rl.Verdict.MET
    assert LAWFUL_SANCTIONS_READING in cat.all_assumptions()
    # Torture not found, or no prosecution: the reading decides nothing and is not named.
    asked = rl.assess_status(_labour_camp(), on=ON)
    assert LAWFUL_SANCTIONS_READING not in asked.assumptions()
    beaten = rl.Claim(
        rl.Person("E", nationalities={"PRK"}, location="CHN"),
        fears=[rl.Harm("beating", "PRK", likelihood=0.9, actor="state", torture=True,
                       reasons={"political_opinion"})],
    )  # fmt: skip
    assert rl.assess_status(beaten, on=ON).outcome is rl.Status.REFUGEE
    assert LAWFUL_SANCTIONS_READING not in rl.assess_status(beaten, on=ON).assumptions()
    unlikely = rl.assess_return(
        _labour_camp(torture=True, likelihood=0.01), by="CHN", to="PRK", on=ON
    )
    cat = unlikely.finding.find("CAT art. 3 bar")
    assert cat is not None
    assert cat.verdict is rl.Verdict.NOT_MET
    assert LAWFUL_SANCTIONS_READING not in cat.all_assumptions()


def test_the_lawful_sanctions_reading_cites_understandings_the_data_holds() -> None:
    """The reading names the Netherlands' understanding and Luxembourg's declaration (lawful
    under international law too) and the United Arab Emirates' declaration (lawful under national
    law): each is held in the CAT participation records, so the reading invents no source."""
    from refugeelaw.law.persecution import LAWFUL_SANCTIONS_READING

    data = json.loads(
        (
            __import__("pathlib").Path(rl.__file__).parent / "data/participation/cat-1984.json"
        ).read_text(encoding="utf-8")
    )
    texts = {
        r["state"]: " ".join(x["text"] for x in r["reservations"])
        for r in data["records"]
        if r["state"] in ("NLD", "LUX", "ARE")
    }
    assert "lawful not only under national law but also under international law" in texts["NLD"]
    assert "accepted by both national law and international law" in texts["LUX"]
    assert "lawful sanctions applicable under national law" in texts["ARE"]
    for named in ("Netherlands", "Luxembourg", "United Arab Emirates", "international law"):
        assert named in LAWFUL_SANCTIONS_READING


def test_the_geographic_limitation_question_stands_on_its_own_art_1b_1_a() -> None:
    """Art 1B(1)(a), kept by Türkiye under 1967 Protocol art. I(3): the dateline is gone, so the
    only question is whether the fear results from events in Europe, and it says so. Before:
    "Did those events occur in Europe?", with no earlier question saying which events."""
    syrian = rl.Claim(
        rl.Person("S", {"SYR"}, location="TUR"),
        fears=[
            rl.Harm(
                "detention",
                "SYR",
                severity="threat_to_life_or_freedom",
                likelihood=0.8,
                actor="state",
                reasons={"political_opinion"},
            )
        ],
    )
    question = rl.assess_status(syrian, on="2015-06-30", state="TUR").questions()[0]
    assert question.path == "events_in_europe"
    assert question.text.startswith(
        "Does the person's fear result from events that occurred in Europe (the geographic "
        "limitation of Art 1B(1)(a)"
    )


def test_an_only_nationality_is_not_asked_under_art_1a2_second_paragraph() -> None:
    """Art 1A(2): the second paragraph speaks to a person of more than one nationality; with the
    fears not yet stated, the protection of an only nationality is asked as the first paragraph
    asks it. A second nationality is still asked under the second paragraph."""
    unknown = rl.Claim(rl.Person("S", {"SYR"}, location="DEU"), fears=None)
    asked = {q.path: q.text for q in rl.assess_status(unknown, on="2015-06-30").questions()}
    assert "second paragraph" not in asked["protection['SYR']"]
    assert asked["protection['SYR']"].startswith("Would Syria protect this person if asked")
    dual = rl.Claim(
        rl.Person("S", {"SYR", "TUR"}, location="DEU"),
        fears=[
            rl.Harm(
                "detention",
                "SYR",
                severity="threat_to_life_or_freedom",
                likelihood=0.8,
                actor="state",
                reasons={"political_opinion"},
            )
        ],
    )
    texts = {q.path: q.text for q in rl.assess_status(dual, on="2015-06-30").questions()}
    assert "(Art 1A(2), second paragraph)" in texts["protection['TUR']"]


# Internal relocation is found for one country, against one persecutor (UNHCR Guidelines on
# International Protection No. 4, paras 6-7; Handbook para. 91): the claim's finding is asked only
# where it answers nothing but the harms in issue (``law.terms.claim_relocation``).


def _kurdish_syrian() -> rl.Claim:
    """The review's case: the state's torture in Syria (a refugee on it, the presumption that no
    internal flight alternative exists standing), gangs' attacks in Türkiye, the destination."""
    syr = rl.Harm(
        "detention and torture by the security services",
        "SYR",
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="state",
        reasons={"political_opinion"},
        torture=True,
        irreparable=True,
        risk_to_life=False,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    tur = rl.Harm(
        "attacks by nationalist gangs for being Kurdish",
        "TUR",
        severity="threat_to_life_or_freedom",
        likelihood=0.6,
        actor="non_state",
        reasons={"race"},
        torture=False,
        irreparable=True,
        risk_to_life=False,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    return rl.Claim(
        rl.Person("Kurdish Syrian", nationalities={"SYR"}, location="GRC"),
        fears=[syr, tur],
        protection={"TUR": "unavailable"},
        onward_removal={"TUR": False},
    )


def test_a_return_to_turkiye_asks_relocation_within_turkiye_not_the_claims_guidelines_4_para_7() -> (
    None
):
    """A refugee from Syria (the state persecutes: no internal flight alternative is presumed,
    UNHCR Guidelines No. 4 para. 7(I)(b)) returned from Greece to Türkiye, where gangs attack
    Kurds. What is open is whether the person could relocate within Türkiye away from the gangs
    (para. 7(I)(c); Handbook para. 91). The claim's finding would also answer the Syrian harm,
    and a "yes" about Türkiye would rebut the Syrian presumption and end the refugee status; so
    the harm's own finding is asked, naming Türkiye and the harm. Before: ``internal_relocation``,
    "within the country they fear". Each answer's outcome is the re-assessment's, and neither
    touches the status."""
    claim = _kurdish_syrian()
    result = rl.assess_return(claim, by="GRC", to="TUR", on="2016-06-01")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.status.outcome is rl.Status.REFUGEE
    assert result.missing_facts() == ("fears[1].internal_relocation",)
    asked = [q for q in result.questions() if not q.path.startswith("doctrine.")]
    (q,) = asked  # the one fact asked (a doctrine position may be asked beside it)
    assert q.path == "fears[1].internal_relocation"
    assert q.text == (
        "Could the person reasonably be expected to relocate within Türkiye, to a part of it "
        "where they would be safe from attacks by nationalist gangs for being Kurdish?"
    )
    assert q.decisive
    outcomes = {a.value: a.return_outcome for a in q.answers}
    assert outcomes == {True: rl.ReturnOutcome.PERMITTED, False: rl.ReturnOutcome.PROHIBITED}
    for a in q.answers:
        again = rl.assess_return(
            _written(claim, q.path, a.value), by="GRC", to="TUR", on="2016-06-01"
        )
        assert a.status is None  # a return's answer gives the return's outcome
        assert again.outcome is a.return_outcome
        assert len(again.missing_facts()) == a.open
        assert again.status.outcome is rl.Status.REFUGEE  # Syria's presumption stands
    # The claim's finding, had it been asked, would have ended the status on a "yes".
    wide = rl.assess_return(
        attrs.evolve(claim, internal_relocation=True), by="GRC", to="TUR", on="2016-06-01"
    )
    assert wide.status.outcome is rl.Status.NOT_REFUGEE


def test_a_dual_nationals_status_asks_relocation_in_each_country_of_nationality_handbook_91() -> (
    None
):
    """Art 1A(2), second paragraph, and Handbook para. 91: a national of Iraq and of Türkiye
    fearing a militia in Iraq and gangs in Türkiye, neither State protecting. An alternative in
    one country says nothing of the other, so each harm's own finding is asked (before: the
    claim's, whose "yes" made the person NOT_REFUGEE on one answer about "the country they
    fear"). Each answer's status is the re-assessment's: a "no" for either country makes a
    refugee; a "yes" leaves the other country's harm open."""
    militia = rl.Harm(
        "attacks by a militia for political opinion",
        "IRQ",
        severity="threat_to_life_or_freedom",
        likelihood=0.6,
        actor="non_state",
        reasons={"political_opinion"},
    )
    gangs = rl.Harm(
        "attacks by nationalist gangs for being Kurdish",
        "TUR",
        severity="threat_to_life_or_freedom",
        likelihood=0.6,
        actor="non_state",
        reasons={"race"},
    )
    claim = rl.Claim(
        rl.Person("Dual", nationalities={"IRQ", "TUR"}, location="DEU"),
        fears=[militia, gangs],
        protection={"IRQ": "unavailable", "TUR": "unavailable"},
    )
    result = rl.assess_status(claim, on="2016-06-01")
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == (
        "fears[0].internal_relocation",
        "fears[1].internal_relocation",
    )
    asked = {q.path: q for q in result.questions()}
    assert set(asked) == {"fears[0].internal_relocation", "fears[1].internal_relocation"}
    assert "within Iraq" in asked["fears[0].internal_relocation"].text
    assert "within Türkiye" in asked["fears[1].internal_relocation"].text
    for q in asked.values():
        assert {a.value: a.status for a in q.answers} == {
            True: rl.Status.UNDETERMINED,
            False: rl.Status.REFUGEE,
        }
        for a in q.answers:
            again = rl.assess_status(_written(claim, q.path, a.value), on="2016-06-01")
            assert again.outcome is a.status
            assert len(again.missing_facts()) == a.open


def test_a_question_about_a_militia_does_not_answer_for_the_state_in_the_same_country() -> None:
    """UNHCR Guidelines No. 4 para. 7(I)(b)-(c): against the State no internal flight alternative
    is presumed; against a militia, whether it would pursue the person decides. A Syrian fearing
    detention by the security services (reasons not yet known) and a militia (religion): what is
    open about relocation is the militia's harm, so its own finding is asked. Before, the claim's
    was, and its "yes" rebutted the presumption about the State as well, deciding NOT_REFUGEE
    while the State's reasons were still unknown; now a "yes" leaves the status open on them."""
    state = rl.Harm(
        "detention by the security services",
        "SYR",
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="state",
    )
    militia = rl.Harm(
        "attacks by a militia for being Alawite",
        "SYR",
        severity="threat_to_life_or_freedom",
        likelihood=0.6,
        actor="non_state",
        reasons={"religion"},
    )
    claim = rl.Claim(
        rl.Person("S", nationalities={"SYR"}, location="DEU"),
        fears=[state, militia],
        protection={"SYR": "unavailable"},
    )
    result = rl.assess_status(claim, on="2016-06-01")
    assert result.missing_facts() == ("fears[0].reasons", "fears[1].internal_relocation")
    q = next(q for q in result.questions() if q.path == "fears[1].internal_relocation")
    assert "within Syria" in q.text
    assert "a militia for being Alawite" in q.text
    assert {a.value: (a.status, a.open) for a in q.answers} == {
        True: (rl.Status.UNDETERMINED, 1),
        False: (rl.Status.REFUGEE, 0),
    }
    yes = rl.assess_status(_written(claim, q.path, True), on="2016-06-01")
    assert yes.missing_facts() == ("fears[0].reasons",)
    flight = yes.finding.find("fears[0]: detention by the security services")
    assert flight is not None
    presumed = flight.find("no internal flight alternative")
    assert presumed is not None
    assert presumed.verdict is rl.Verdict.MET


def test_a_claim_feared_in_one_country_is_still_asked_the_claims_relocation_handbook_91() -> None:
    """Handbook para. 91: where every harm the claim's finding answers is feared in one country
    from private persons, the one finding is the question (as before): a Somali fearing al-Shabaab
    and a clan militia in Somalia, Somalia's protection unavailable."""
    harms = [
        rl.Harm(
            description,
            "SOM",
            severity="threat_to_life_or_freedom",
            likelihood=0.6,
            actor="non_state",
            reasons={"political_opinion"},
        )
        for description in ("forced recruitment by al-Shabaab", "reprisals by a clan militia")
    ]
    claim = rl.Claim(
        rl.Person("Somali", nationalities={"SOM"}, location="KEN"),
        fears=harms,
        protection={"SOM": "unavailable"},
    )
    result = rl.assess_status(claim, on="2016-06-01")
    assert result.missing_facts() == ("internal_relocation",)
    (q,) = result.questions()
    assert q.text == (
        "Could the person reasonably be expected to relocate within the country they fear?"
    )
    assert {a.value: a.status for a in q.answers} == {
        True: rl.Status.NOT_REFUGEE,
        False: rl.Status.REFUGEE,
    }
    # Under Januzi (no presumption), the State's own harm alone in one country: the claim's.
    januzi = rl.Doctrine(relocation_presumption=False)
    waiting = rl.assess_status(testing.north_korean_escapee(), on=ON, doctrine=januzi)
    assert waiting.missing_facts() == ("internal_relocation",)


def test_relocation_in_hong_kong_and_the_mainland_is_asked_of_china_as_one_country() -> None:
    """UNHCR Guidelines No. 4 para. 6 ("a specific area of the country") and Handbook para. 91:
    harms feared in Hong Kong and on the mainland in 2010 are feared in one country, China, so
    the claim's finding on relocation is asked, not one "within Hong Kong" (own-diff review F4);
    a harm's own question names the State the place is part of."""

    def gangs(description: str, country: str) -> rl.Harm:
        return rl.Harm(
            description,
            country,
            severity="threat_to_life_or_freedom",
            likelihood=0.6,
            actor="non_state",
            reasons={"political_opinion"},
        )

    claim = rl.Claim(
        rl.Person("A", {"CHN"}, location="JPN"),
        fears=[gangs("attacks by triads", "HKG"), gangs("attacks by local gangs", "CHN")],
        protection={"CHN": "unavailable"},
    )
    result = rl.assess_status(claim, on="2010-06-01")
    assert result.missing_facts() == ("internal_relocation",)
    # A national of China and Viet Nam fearing gangs in Hong Kong and in Viet Nam: two countries,
    # so each harm's own finding is asked, the first naming China.
    dual = rl.Claim(
        rl.Person("A", {"CHN", "VNM"}, location="JPN"),
        fears=[gangs("attacks by triads", "HKG"), gangs("attacks by local gangs", "VNM")],
        protection={"CHN": "unavailable", "VNM": "unavailable"},
    )
    asked = {q.path: q.text for q in rl.assess_status(dual, on="2010-06-01").questions()}
    assert "fears[0].internal_relocation" in asked
    assert "relocate within China," in asked["fears[0].internal_relocation"]
    assert "Hong Kong" not in asked["fears[0].internal_relocation"].split(",")[0]
