"""Indirect refoulement weighed against the country the person would be sent on to.

CAT General Comment No. 4, para. 12 (the advance unedited version's numbering, as held): the person
"should never be deported to another State where he/she may subsequently face deportation to a
third State in which there are substantial grounds for believing that he/she would be in danger of
being subjected to torture". The risk onward is the risk in that third State, as the European Court
asked where the intermediate State would send the applicant (*T.I. v United Kingdom*, decision of
2000; *M.S.S. v Belgium and Greece*, 2011: named here, not held as sources). ``Claim.onward_removal``
names the countries, or says only ``True`` (to some country where the person fears harm) or
``False`` (to none).
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refugeelaw as rl
from refugeelaw.law import cat_3, iccpr
from test_status_properties import claims, doctrines

ON = "2010-01-01"
BARS = ("CAT art. 3 bar", "ICCPR art. 7 bar", "ECHR art. 3 bar")
ALL_BARS = (*BARS, "Refugee Convention art. 33(1) bar", "customary non-refoulement bar")

TORTURE = rl.Harm(
    "torture by the police",
    "AFG",
    severity="threat_to_life_or_freedom",
    likelihood=0.8,
    actor="state",
    reasons={"political_opinion"},
    torture=True,
    risk_to_life=False,
    death_penalty=False,
    flagrant_denial_of_justice=False,
)
PERMITS = rl.Harm(
    "denial of work permits to Afghans",
    "IRN",
    severity="discrimination",
    likelihood=0.9,
    actor="state",
    reasons={"nationality"},
    torture=False,
    irreparable=False,
    risk_to_life=False,
    death_penalty=False,
    flagrant_denial_of_justice=False,
)


def _afghan(onward: Any) -> rl.Claim:
    """An Afghan in Germany, once resident in Iran, whom Türkiye would send on: torture feared in
    Afghanistan, only the denial of work permits in Iran."""
    person = rl.Person("A", nationalities={"AFG"}, habitual_residence="IRN", location="DEU")
    return rl.Claim(person, fears=[TORTURE, PERMITS], onward_removal={"TUR": onward})


def _bars(result: rl.ReturnAssessment) -> dict[str, rl.Verdict]:
    return {f.element: f.verdict for f in result.finding.children}


def _indirect(result: rl.ReturnAssessment, bar: str) -> rl.Finding:
    found = next(f for f in result.finding.children if f.element == bar)
    return next(f for _, f in found.walk() if f.element.startswith("indirect return through"))


def test_cat_3_a_bare_true_does_not_impute_the_torture_feared_in_afghanistan_to_iran() -> None:
    """CAT art. 3 (General Comment No. 4, para. 12): Türkiye "would send him on to a country where
    he fears harm" is true if it would send him to Iran, where he fears discrimination only. The
    torture feared in Afghanistan is not imputed to that removal: the bars are open, not breached,
    and which country is asked (before: PROHIBITED on CAT art. 3, ICCPR art. 7, ECHR art. 3)."""
    result = rl.assess_return(_afghan(True), by="DEU", to="TUR", on=ON)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.breaches == ()
    bars = _bars(result)
    assert all(bars[b] is rl.Verdict.UNKNOWN for b in ALL_BARS)
    assert result.missing_facts() == ("onward_removal['TUR']",)
    chain = _indirect(result, "CAT art. 3 bar")
    assert chain.verdict is rl.Verdict.UNKNOWN
    assert chain.missing == ("onward_removal['TUR']",)
    assert "at risk in Afghanistan; not at risk in Iran" in chain.reason
    (asked,) = [q for q in result.questions() if q.path == "onward_removal['TUR']"]
    assert asked.text == "To which country would Türkiye send the person on?"
    assert asked.decisive
    assert [(a.value, a.return_outcome) for a in asked.answers] == [
        (("AFG",), rl.ReturnOutcome.PROHIBITED),
        (("IRN",), rl.ReturnOutcome.PERMITTED),
    ]


def test_cat_3_sent_on_to_afghanistan_the_torture_feared_there_bars_the_return() -> None:
    """CAT art. 3; *M.S.S. v Belgium and Greece* (2011), the risk of removal on to Afghanistan:
    told that Türkiye would send him on to Afghanistan, the return breaches CAT art. 3, ICCPR
    art. 7, ECHR art. 3, Refugee Convention art. 33(1) and custom, and weighs only the torture."""
    result = rl.assess_return(_afghan(["AFG"]), by="DEU", to="TUR", on=ON)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert all(_bars(result)[b] is rl.Verdict.MET for b in ALL_BARS)
    assert result.missing_facts() == ()
    chain = _indirect(result, "CAT art. 3 bar")
    assert chain.reason == "Türkiye would send the person on to Afghanistan, where they are at risk"
    assert [f.element for f in chain.children] == ["fears[0]"]  # Iran's harm not weighed


def test_cat_3_sent_on_to_iran_only_the_discrimination_feared_there_is_weighed() -> None:
    """CAT art. 3 (General Comment No. 4, para. 12: "a third State in which there are substantial
    grounds"): sent on to Iran, where he fears discrimination only, no bar holds: CAT art. 3, ICCPR
    art. 7, ECHR art. 3, art. 33(1) and custom are NOT_MET and the return is PERMITTED."""
    result = rl.assess_return(_afghan(["IRN"]), by="DEU", to="TUR", on=ON)
    assert all(_bars(result)[b] is rl.Verdict.NOT_MET for b in ALL_BARS)
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    chain = _indirect(result, "CAT art. 3 bar")
    assert chain.reason == "Türkiye would send the person on to Iran, where they are not at risk"
    assert [f.element for f in chain.children] == ["fears[1]"]


def test_cat_3_sent_on_to_both_countries_the_torture_in_either_bars_the_return() -> None:
    """CAT art. 3: each country named is one the person would reach (Iran, then Afghanistan)."""
    result = rl.assess_return(_afghan(["IRN", "AFG"]), by="DEU", to="TUR", on=ON)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert all(_bars(result)[b] is rl.Verdict.MET for b in BARS)


def test_cat_3_a_bare_true_bars_the_return_where_torture_is_feared_in_every_onward_country() -> (
    None
):
    """CAT art. 3: whichever country Türkiye sends him on to, torture is feared there: the risk is
    shown without knowing which."""
    iran_torture = attrs.evolve(
        TORTURE, country="IRN", description="torture by the border guards", reasons=frozenset()
    )
    claim = attrs.evolve(_afghan(True), fears=(TORTURE, iran_torture))
    result = rl.assess_return(claim, by="DEU", to="TUR", on=ON)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _bars(result)["CAT art. 3 bar"] is rl.Verdict.MET
    assert "whichever it is (Afghanistan and Iran)" in _indirect(result, "CAT art. 3 bar").reason


def test_cat_3_a_bare_true_with_harm_feared_in_one_country_only_is_unchanged() -> None:
    """CAT art. 3: where the person fears harm in one country only (Afghanistan), ``True`` can only
    mean that country, and the return stays PROHIBITED, as before."""
    claim = attrs.evolve(_afghan(True), fears=(TORTURE,))
    result = rl.assess_return(claim, by="DEU", to="TUR", on=ON)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert all(_bars(result)[b] is rl.Verdict.MET for b in BARS)
    chain = _indirect(result, "CAT art. 3 bar")
    assert chain.reason == "Türkiye would send the person on to where they are at risk"


def test_echr_3_t_i_v_uk_a_removal_to_germany_is_weighed_against_sri_lanka() -> None:
    """ECHR art. 3, *T.I. v United Kingdom* (decision of 2000): the removing State answers for a
    removal through an intermediate State to the risk beyond it. Told that Germany would send the
    person on to Sri Lanka, the torture feared there bars the return; told that it would not,
    nothing does."""
    harm = attrs.evolve(TORTURE, country="LKA", description="torture by the security forces")
    person = rl.Person("T.I.", nationalities={"LKA"}, location="GBR")
    on = "2000-06-30"  # a return in 2000, the year of the decision
    onward = rl.Claim(person, fears=[harm], onward_removal={"DEU": ["LKA"]})
    result = rl.assess_return(onward, by="GBR", to="DEU", on=on)
    assert _bars(result)["ECHR art. 3 bar"] is rl.Verdict.MET
    kept = attrs.evolve(onward, onward_removal={"DEU": False})
    assert rl.assess_return(kept, by="GBR", to="DEU", on=on).outcome is rl.ReturnOutcome.PERMITTED


def test_cat_3_sent_on_to_a_country_where_nothing_is_feared_is_no_indirect_refoulement() -> None:
    """CAT art. 3: sent on to Greece, where he fears nothing, the torture feared in Afghanistan is
    not weighed."""
    result = rl.assess_return(_afghan(["GRC"]), by="DEU", to="TUR", on=ON)
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    chain = _indirect(result, "CAT art. 3 bar")
    assert chain.verdict is rl.Verdict.NOT_MET
    assert chain.reason == "Türkiye would send the person on to Greece, where they fear no harm"


def test_cat_3_places_of_one_state_are_one_onward_country() -> None:
    """CAT art. 3: after 1 July 1997 Hong Kong is part of China, so torture feared on the mainland
    and discrimination in Hong Kong are feared in one country: a removal to Mongolia that would
    send the person on to China, not said where, is to the torture."""
    mainland = attrs.evolve(TORTURE, country="CHN", reasons=frozenset())
    hong_kong = attrs.evolve(PERMITS, country="HKG", reasons=frozenset())
    person = rl.Person("C", nationalities={"CHN"}, location="KOR")
    claim = rl.Claim(person, fears=[mainland, hong_kong], onward_removal={"MNG": True})
    result = rl.assess_return(claim, by="KOR", to="MNG", on="2004-06-30")
    assert _bars(result)["CAT art. 3 bar"] is rl.Verdict.MET


@pytest.mark.parametrize(
    ("onward", "words"),
    [
        ("IRN", "give a list (['IRN'])"),
        ([], "an empty list names no country"),
        (["XXX"], "unknown ISO 3166-1 alpha-3 country code 'XXX'"),
        (None, "expected true (it would send the person on"),
        (1, "expected true (it would send the person on"),
    ],
)
def test_an_onward_value_that_names_no_country_is_refused_naming_its_path(
    onward: Any, words: str
) -> None:
    """CAT art. 3: where a State would send the person on is true, false, or a list of codes."""
    with pytest.raises(rl.InvalidInput) as caught:
        _afghan(onward)
    assert caught.value.problems[0].path.startswith("onward_removal['TUR']")
    assert words in str(caught.value)


@pytest.mark.parametrize("onward", ["IRN", [], ["XXX"], None, {"IRN": True}, [1]])
def test_the_schema_and_the_parser_refuse_the_same_onward_values(onward: Any) -> None:
    """CAT art. 3: the JSON Schema and ``from_dict`` agree on what ``onward_removal`` takes."""
    doc = rl.to_dict(_afghan(True))
    validator = jsonschema.Draft202012Validator(rl.json_schema(rl.Claim))
    assert validator.is_valid(doc)
    doc["onward_removal"] = {"TUR": onward}
    assert not validator.is_valid(doc)
    with pytest.raises(rl.InvalidInput, match=r"onward_removal\['TUR'\]"):
        rl.from_dict(rl.Claim, doc)


def test_the_onward_countries_round_trip_through_json_as_a_sorted_list() -> None:
    """CAT art. 3: the countries a State would send the person on to are written as a list."""
    claim = attrs.evolve(
        _afghan(["IRN", "AFG"]), onward_removal={"TUR": ["IRN", "AFG"], "GRC": True}
    )
    assert claim.onward_removal["TUR"] == frozenset({"AFG", "IRN"})
    text = rl.to_json(claim)
    assert json.loads(text)["onward_removal"] == {"TUR": ["AFG", "IRN"], "GRC": True}
    assert rl.to_dict(claim)["onward_removal"] == {"GRC": True, "TUR": ["AFG", "IRN"]}
    assert rl.from_json(rl.Claim, text) == claim
    validator = jsonschema.Draft202012Validator(rl.json_schema(rl.Claim))
    assert validator.is_valid(json.loads(text))


def test_an_onward_country_that_names_no_state_on_the_day_is_refused() -> None:
    """CAT art. 3 and the statehood rule of every place field: in 1995 the USSR names no State to
    be sent on to (claim.onward_removal['MNG']); in 1985 it does."""
    harm = attrs.evolve(TORTURE, country="PRK")
    claim = rl.Claim(
        rl.Person("K", {"PRK"}, location="CHN"), fears=[harm], onward_removal={"MNG": ["SUN"]}
    )
    with pytest.raises(rl.InvalidInput, match=r"claim\.onward_removal\['MNG'\]: SUN"):
        rl.assess_return(claim, by="CHN", to="MNG", on="1995-01-01")
    assert rl.assess_return(claim, by="CHN", to="MNG", on="1985-01-01").outcome


RULES: tuple[Any, ...] = (cat_3.torture_risk, iccpr.ill_treatment_risk)


@settings(max_examples=80, deadline=None)
@given(claims(), doctrines, st.sampled_from(["PRK", "KOR", "CHN", "SYR", "AFG", "TUR"]))
def test_a_bare_true_decides_only_what_every_onward_country_would_decide(
    claim: rl.Claim, doctrine: rl.Doctrine, to: str
) -> None:
    """CAT art. 3 and ICCPR art. 7: the risk with ``True`` (sent on to some country where the
    person fears harm) is MET only if it is MET whichever such country is named, NOT_MET only if
    NOT_MET whichever is, and otherwise not known."""
    places = sorted({h.country for h in claim.fears or ()} - {to})
    for rule in RULES:
        vague = rule(attrs.evolve(claim, onward_removal={to: True}), to, doctrine).verdict
        named = {
            rule(attrs.evolve(claim, onward_removal={to: [c]}), to, doctrine).verdict
            for c in places
        }
        if vague is rl.Verdict.MET:
            assert named <= {rl.Verdict.MET}
        if vague is rl.Verdict.NOT_MET:
            assert named <= {rl.Verdict.NOT_MET}
        if named == {rl.Verdict.MET} or named == {rl.Verdict.NOT_MET}:
            assert vague in named


@pytest.mark.parametrize("onward", [["TUR"], ["TUR", "IRN"]])
def test_cat_3_an_onward_list_naming_the_destination_itself_is_refused_as_an_empty_one_is(
    onward: list[str],
) -> None:
    """CAT art. 3 (General Comment No. 4 para. 12: the risk in the third State the person is sent
    on to): Türkiye does not send a person on to Türkiye. ``{"TUR": ["TUR"]}`` was read as "sends
    the person on to no other country" and the return of an Afghan who fears torture in
    Afghanistan was PERMITTED, while ``{"TUR": []}``, saying the same, was refused; now both are
    refused at ``onward_removal['TUR']``, and a list naming Türkiye beside another country too."""
    with pytest.raises(rl.InvalidInput) as caught:
        _afghan(onward)
    (problem,) = caught.value.problems
    assert problem.path == "onward_removal['TUR']"
    assert problem.message.startswith("the list names 'TUR', the destination itself")
    assert "give false if it would send them on to none" in problem.message
    with pytest.raises(rl.InvalidInput, match=r"onward_removal\['TUR'\]: an empty list"):
        _afghan([])
    assert rl.assess_return(_afghan(["IRN"]), by="DEU", to="TUR", on="2010-01-01").outcome


def test_cat_3_an_onward_list_naming_a_place_of_the_destinations_state_on_the_day_is_refused() -> (
    None
):
    """CAT art. 3, with Hong Kong part of China from 1 July 1997 (``data/territories.json``):
    China "sending on" a North Korean to Hong Kong in 2005 is no removal onward, refused at
    ``claim.onward_removal['CHN']`` naming the date; in 1990, when Hong Kong was a territory of
    the United Kingdom, it is one. Taiwan, whose relation to China is contested
    (``Doctrine.taiwan_outside_china``), is not refused."""
    harm = attrs.evolve(TORTURE, country="PRK")
    person = rl.Person("K", {"PRK"}, location="MNG")

    def claim(onward: list[str]) -> rl.Claim:
        return rl.Claim(person, fears=[harm], onward_removal={"CHN": onward})

    with pytest.raises(rl.InvalidInput) as caught:
        rl.assess_return(claim(["HKG", "PRK"]), by="MNG", to="CHN", on="2005-01-01")
    (problem,) = caught.value.problems
    assert problem.path == "claim.onward_removal['CHN']"
    assert problem.message.startswith(
        "the list names 'HKG', part of the same State as 'CHN' on 2005-01-01"
    )
    earlier = rl.assess_return(claim(["HKG", "PRK"]), by="MNG", to="CHN", on="1990-01-01")
    assert earlier.outcome is rl.ReturnOutcome.PROHIBITED
    taiwan = rl.assess_return(claim(["TWN"]), by="MNG", to="CHN", on="2005-01-01")
    assert taiwan.claim.onward_removal["CHN"] == frozenset({"TWN"})


def test_the_schema_and_the_parser_refuse_an_onward_list_naming_its_own_key() -> None:
    """CAT art. 3: the JSON Schema and ``from_dict`` agree that a list may not name its own key
    (one rule a code in the schema), and both accept one naming other countries."""
    doc = rl.to_dict(_afghan(True))
    validator = jsonschema.Draft202012Validator(rl.json_schema(rl.Claim))
    for onward, allowed in ((["TUR"], False), (["AFG", "TUR"], False), (["AFG"], True)):
        doc["onward_removal"] = {"TUR": onward, "GRC": ["TUR"]}
        assert validator.is_valid(doc) is allowed
        if allowed:
            assert rl.from_dict(rl.Claim, doc).onward_removal["GRC"] == frozenset({"TUR"})
            continue
        with pytest.raises(rl.InvalidInput, match=r"onward_removal\['TUR'\]"):
            rl.from_dict(rl.Claim, doc)
