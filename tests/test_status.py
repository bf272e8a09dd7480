"""Refugee status determination (Refugee Convention art. 1, as amended by the 1967 Protocol).

The scenario suite lives as data in ``tests/cases/status/``: one JSON file per case, named as a sentence
a lawyer can check, each citing the provision, Handbook paragraph or case it follows. The focused tests
below pin the shape of the result: explanations, serialisation, doctrine comparison, bad input.
"""

from __future__ import annotations

import itertools
import json
import pathlib
import re
from typing import Any

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.doctrine import NexusStandard, SocialGroupTest
from refugeelaw.law import art_1d, art_1e
from refugeelaw.law.fear import PRESUMED_NOT_AVAILABLE
from refugeelaw.law.nexus import SHAH_READING, SOCIAL_GROUP_MOTIVE_READING
from refugeelaw.law.persecution import EXIT_PENALTY_READING
from refugeelaw.law.protection import AGENT_READING, HORVATH_READING

CASES_DIR = pathlib.Path(__file__).parent / "cases" / "status"
CASE_FILES = sorted(CASES_DIR.glob("*.json"))
ON = "2004-06-30"


def _load(path: pathlib.Path) -> dict[str, Any]:
    case: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return case


def _assess(case: dict[str, Any]) -> rl.StatusDetermination:
    return rl.assess_status(
        rl.from_dict(rl.Claim, case["claim"]),
        on=case["on"],
        state=case.get("state"),
        doctrine=rl.Doctrine(**case.get("doctrine", {})),
    )


def _escapee(**harm: Any) -> rl.Claim:
    """The articles' case: a North Korean in China fearing punishment for illegal exit."""
    fear: dict[str, Any] = {
        "severity": rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        "likelihood": 0.9,
        "actor": rl.Actor.STATE,
        "reasons": {rl.Ground.POLITICAL_OPINION},
        "prosecution": True,
        "disproportionate": True,
        "sur_place": True,
        **harm,
    }
    return rl.Claim(
        rl.Person("Escapee", {"PRK"}, location="CHN"),
        fears=[rl.Harm("imprisonment for leaving without permission", "PRK", **fear)],
    )


# ---------------------------------------------------------------------------------------------
# The scenario suite
# ---------------------------------------------------------------------------------------------


def test_the_suite_is_large_enough_and_every_case_is_well_formed() -> None:
    """Issue 3 asks for at least 40 sentence-named cases, each citing its authority."""
    assert len(CASE_FILES) >= 45
    for path in CASE_FILES:
        case = _load(path)
        assert set(case) <= {
            "authority",
            "source_note",
            "claim",
            "on",
            "state",
            "doctrine",
            "expected",
        }
        assert case["authority"].strip(), path.name
        assert case["source_note"].strip(), path.name
        assert case["expected"]["outcome"] in {s.value for s in rl.Status}, path.name
        assert re.fullmatch(r"[a-z0-9_]+", path.stem), path.name


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_case(path: pathlib.Path) -> None:
    """Each case: outcome, the facts that would decide it, and the verdict of named elements."""
    case = _load(path)
    expected = case["expected"]
    determination = _assess(case)
    assert determination.outcome is rl.Status(expected["outcome"]), determination.explain()
    if "missing_facts" in expected:
        assert list(determination.missing_facts()) == expected["missing_facts"]
    for element, verdict in expected.get("verdicts", {}).items():
        finding = determination.finding.find(element)
        assert finding is not None, f"no finding {element!r} in\n{determination.explain()}"
        assert finding.verdict is rl.Verdict(verdict), f"{element}: {finding.reason}"


def test_case_claims_round_trip_through_json() -> None:
    """The case files are valid ``rl.from_json(rl.Claim, ...)`` input and are stored losslessly."""
    for path in CASE_FILES:
        raw = _load(path)["claim"]
        claim = rl.from_json(rl.Claim, json.dumps(raw))
        assert json.loads(rl.to_json(claim)) == raw, path.name


# ---------------------------------------------------------------------------------------------
# Explanations
# ---------------------------------------------------------------------------------------------

C = "refugee-convention-1951"
HB = "unhcr-handbook"
ELEMENT_CITATIONS = {
    "outside the country of nationality": rl.Citation(C, "1A(2)"),
    "well-founded fear": rl.Citation(HB, "37-50"),
    "amounts to persecution": rl.Citation(HB, "56-60"),
    "for reasons of a Convention ground": rl.Citation(HB, "80-86"),  # political opinion
    "no internal flight alternative": rl.Citation(HB, "91"),
    "lacks the protection of every country of nationality": rl.Citation(HB, "97-100"),
    "dateline and geographic limitation": rl.Citation("refugee-protocol-1967", "I(2)"),
    "refugee sur place": rl.Citation(HB, "94-96"),
    "Art 1D: other UN protection or assistance": rl.Citation(C, "1D"),
    "Art 1E: rights of a national in the country of residence": rl.Citation(C, "1E"),
    "Art 1F: exclusion": rl.Citation(C, "1F"),
    "Art 1C: cessation": rl.Citation(C, "1C"),
}


GUIDELINES_4_STATE_AGENT = rl.Citation("unhcr-guidelines-4-2003", "7(I)(b)")


def test_a_ground_supplied_by_withheld_protection_is_cited_with_islam() -> None:
    """Art 1A(2) "for reasons of", *Islam; Shah* [1999] 2 AC 629: a private persecutor's personal
    reasons, and the state's protection withheld for the person's political opinion, supply the
    nexus; the finding cites the Handbook on that ground (paras 80-86, after 66-67) and Islam."""
    claim = testing.north_korean_escapee(
        fears=[
            testing.escapee_harm(
                reasons=frozenset({"personal"}),
                actor="non_state",
                protection_withheld_for=frozenset({"political_opinion"}),
            )
        ]
    )
    element = rl.assess_status(claim, on=ON).finding.find("for reasons of a Convention ground")
    assert element is not None
    assert element.verdict is rl.Verdict.MET
    assert element.citations == (
        rl.Citation(C, "1A(2)"),
        rl.Citation(HB, "66-67"),
        rl.Citation(HB, "80-86"),
        rl.Citation("islam-v-sshd-1999", "holding"),
    )


@pytest.mark.parametrize(
    ("reasons", "paragraphs"),
    [
        ({"political_opinion"}, ["66-67", "80-86"]),
        ({"race", "religion"}, ["66-67", "68-70", "71-73"]),
        ({"nationality", "economic"}, ["66-67", "74-76"]),
        ({"particular_social_group"}, ["66-67", "77-79", "61"]),
        ({"economic"}, ["66-86", "62-64", "61"]),
        (set(), ["66-86", "61"]),
    ],
)
def test_the_nexus_cites_the_handbook_on_each_ground_weighed(
    reasons: set[str], paragraphs: list[str]
) -> None:
    """Art 1A(2) "for reasons of": the finding cites the UNHCR Handbook's paragraphs on each
    ground it weighs (race 68-70, religion 71-73, nationality 74-76, social group 77-79, political
    opinion 80-86) after its general paragraphs on them (66-67: one ground or several); where no
    Convention ground is given, or none is known, its section on all five (66-86), for an
    economic motive alone paras 62-64, and, the penalty being for leaving without permission
    with the person's motives for leaving not known, para. 61, which weighs those motives, also
    beside a ground the punisher gives that is still open (a social group not yet described):
    either may supply the nexus."""
    harm = testing.escapee_harm(reasons=frozenset(reasons), exit_offence=True)
    claim = testing.north_korean_escapee(fears=[harm])
    element = rl.assess_status(claim, on=ON).finding.find("for reasons of a Convention ground")
    assert element is not None
    assert element.citations == (
        rl.Citation(C, "1A(2)"),
        *(rl.Citation(HB, p) for p in paragraphs),
    )


@pytest.mark.parametrize(
    ("relocation", "verdict", "presumed"),
    [
        (None, rl.Verdict.MET, True),
        (False, rl.Verdict.MET, False),
        (True, rl.Verdict.NOT_MET, False),
    ],
)
def test_a_state_persecutor_raises_a_presumption_against_relocation_that_a_finding_rebuts(
    relocation: bool | None, verdict: rl.Verdict, presumed: bool
) -> None:
    """Art 1A(2), internal relocation (Handbook 91): where the state is the persecutor, UNHCR
    Guidelines on International Protection No. 4 para. 7(I)(b) presume that no internal flight
    alternative is available. The finding cites that paragraph, not the Handbook alone (para. 91
    says only that the fear need not extend to the whole country), and where the presumption
    decides, the result names it among the positions relied on; a finding either way rebuts or
    confirms it and relies on no presumption."""
    claim = attrs.evolve(_escapee(), internal_relocation=relocation)
    d = rl.assess_status(claim, on=ON)
    element = d.finding.find("no internal flight alternative")
    assert element is not None
    assert element.verdict is verdict
    assert GUIDELINES_4_STATE_AGENT in element.citations
    assert rl.Citation(HB, "91") in element.citations
    assert (PRESUMED_NOT_AVAILABLE in element.assumptions) is presumed
    assert (PRESUMED_NOT_AVAILABLE in d.explain()) is presumed
    provision = rl.provision("unhcr-guidelines-4-2003", "7(I)(b)")
    assert provision.text is not None
    assert "presumption in principle that an internal flight" in provision.text


@pytest.mark.parametrize(
    ("relocation", "outcome"),
    [
        (None, rl.Status.UNDETERMINED),
        (False, rl.Status.REFUGEE),
        (True, rl.Status.NOT_REFUGEE),
    ],
)
def test_without_the_presumption_a_state_persecutors_case_waits_for_a_relocation_finding(
    relocation: bool | None, outcome: rl.Status
) -> None:
    """Art 1A(2), internal relocation (Handbook 91), under ``Doctrine(relocation_presumption=
    False)``: the state's role makes a safe place less likely but does not settle it, as the House
    of Lords treated it in *Januzi v SSHD* [2006] UKHL 5, so without a finding the element is
    unknown and asks for it; a finding decides it either way. The result names the position."""
    januzi = rl.Doctrine(relocation_presumption=False)
    claim = attrs.evolve(_escapee(), internal_relocation=relocation)
    d = rl.assess_status(claim, on=ON, doctrine=januzi)
    assert d.outcome is outcome
    element = d.finding.find("no internal flight alternative")
    assert element is not None
    if relocation is None:
        assert element.missing == ("internal_relocation",)
        assert januzi.position("relocation_presumption") in element.assumptions
        assert d.missing_facts() == ("internal_relocation",)
    assert PRESUMED_NOT_AVAILABLE not in d.explain()


def test_a_private_persecutor_raises_no_presumption_against_relocation() -> None:
    """UNHCR Guidelines No. 4 para. 7(I)(b) presume against relocation only where the state
    persecutes: a private persecutor's case turns on the decision-maker's finding (para. 7(I)(c))."""
    claim = attrs.evolve(_escapee(actor=rl.Actor.NON_STATE), internal_relocation=None)
    element = rl.assess_status(claim, on=ON).finding.find("no internal flight alternative")
    assert element is not None
    assert element.verdict is rl.Verdict.UNKNOWN
    assert GUIDELINES_4_STATE_AGENT not in element.citations
    assert PRESUMED_NOT_AVAILABLE not in element.assumptions


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_explain_cites_every_element_and_names_the_doctrine(fmt: str) -> None:
    """Art 1A(2) and Arts 1C-1F: every element's line carries its citation; the date, the regime and
    the doctrinal positions relied on (Cardoza-Fonseca threshold, nexus standard) are shown."""
    d = rl.assess_status(_escapee(), on=ON)
    text = d.explain(format=fmt)
    lines = text.splitlines()
    for element, citation in ELEMENT_CITATIONS.items():
        finding = d.finding.find(element)
        assert finding is not None, element
        label = f"**{element}**:" if fmt == "markdown" else f"{finding.verdict.symbol} {element}:"
        line = next((ln for ln in lines if label in ln), None)
        assert line is not None, f"{element!r} missing from\n{text}"
        assert str(citation) in line, f"{citation} missing from {line!r}"
        for cite in finding.citations:
            assert str(cite) in line
    assert "Assessed on 2004-06-30" in text
    assert "1967 Protocol" in text
    assert rl.Doctrine().position("fear_threshold") in text
    assert rl.Doctrine().position("nexus") in text
    assert "standard: a reasonable possibility" in text
    if fmt == "markdown":
        assert text.startswith("# Refugee status: REFUGEE")
        assert "**well-founded fear**" in text


def test_explain_names_the_social_group_test_and_the_1f_standard() -> None:
    """Art 1A(2) (particular social group, Ward) and Art 1F ("serious reasons for considering")."""
    claim = rl.Claim(
        rl.Person("A", {"CHN"}, location="KOR"),
        fears=[
            rl.Harm(
                "detention",
                "CHN",
                severity="serious",
                likelihood=0.5,
                actor="state",
                reasons={"particular_social_group"},
                social_group=rl.SocialGroup("family of a dissident", True, True, True),
            )
        ],
        exclusion={rl.Exclusion.ART_1F_B},
    )
    d = rl.assess_status(claim, on=ON, doctrine=rl.Doctrine(social_group="both"))
    text = d.explain()
    assert d.outcome is rl.Status.EXCLUDED
    assert rl.Doctrine(social_group="both").position("social_group") in text
    assert str(rl.Citation("canada-v-ward-1993")) in text
    assert "standard: serious reasons for considering" in text
    assert str(rl.Citation(C, "1F(b)")) in text


def test_explain_lists_the_missing_facts_when_undetermined() -> None:
    """Art 1A(2), second paragraph: an unknown second nationality's protection is named as missing."""
    claim = rl.Claim(rl.Person("A", {"PRK", "KOR"}, location="CHN"), fears=_escapee().fears)
    d = rl.assess_status(claim, on=ON)
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("protection['KOR']",)
    assert "Facts that would decide it:\n- protection['KOR']" in d.explain()


def test_str_is_one_line_and_repr_is_short() -> None:
    """Refugee Convention art. 1: ``str()`` is the one-line outcome with its date."""
    d = rl.assess_status(_escapee(), on=ON)
    assert (
        str(d)
        == "REFUGEE on 2004-06-30: every element of Art 1A(2) is met and no exception applies"
    )
    assert "\n" not in str(d)
    assert repr(d) == "<StatusDetermination REFUGEE on 2004-06-30>"
    for path in CASE_FILES:
        assert "\n" not in str(_assess(_load(path))), path.name


def test_explain_is_deterministic() -> None:
    """Art 1A(2): the same facts give the same words, byte for byte."""
    first = rl.assess_status(_escapee(), on=ON).explain(format="markdown")
    again = rl.assess_status(rl.from_json(rl.Claim, rl.to_json(_escapee())), on=ON)
    assert first == again.explain(format="markdown")


# ---------------------------------------------------------------------------------------------
# Serialisation
# ---------------------------------------------------------------------------------------------


def test_to_dict_is_json_serialisable() -> None:
    """Refugee Convention art. 1: the embedded summary carries outcome, date, gaps and positions."""
    claim = rl.Claim(rl.Person("A", {"PRK", "KOR"}, location="CHN"), fears=_escapee().fears)
    d = rl.assess_status(claim, on=ON, state="CHN")
    data = json.loads(json.dumps(d.to_dict()))
    assert data["outcome"] == "undetermined"
    assert data["on"] == ON
    assert data["state"] == "CHN"
    assert data["missing_facts"] == ["protection['KOR']"]
    assert data["assumptions"] == list(d.assumptions())
    assert data["finding"]["element"] == "refugee status"
    assert rl.from_dict(rl.Claim, data["claim"]) == claim


@pytest.mark.parametrize("path", CASE_FILES[::7], ids=[p.stem for p in CASE_FILES[::7]])
def test_determination_round_trips_through_json(path: pathlib.Path) -> None:
    """Refugee Convention art. 1: ``from_json(StatusDetermination, to_json(d)) == d``."""
    d = _assess(_load(path))
    back = rl.from_json(rl.StatusDetermination, rl.to_json(d))
    assert back == d
    assert back.explain() == d.explain()


# ---------------------------------------------------------------------------------------------
# Doctrine comparison
# ---------------------------------------------------------------------------------------------


def test_compare_doctrines_nexus_standard_changes_the_result() -> None:
    """Art 1A(2) "for reasons of": a contributing reason suffices, but US law's "one central reason"
    test fails a ground that is not central."""
    claim = _escapee(
        reasons={rl.Ground.POLITICAL_OPINION, rl.Motive.ECONOMIC}, ground_central=False
    )
    # He left for work alone: his motives for leaving supply no ground (Handbook 61).
    claim = attrs.evolve(claim, reasons_for_leaving=frozenset())
    result = rl.compare_doctrines(
        claim,
        {
            "contributing": rl.Doctrine(),
            "one central reason": rl.Doctrine(nexus="one_central_reason"),
        },
        on=ON,
    )
    assert result.outcomes == {
        "contributing": rl.Status.REFUGEE,
        "one central reason": rl.Status.NOT_REFUGEE,
    }
    assert result.diverges_at == "for reasons of a Convention ground"
    assert result.explain().splitlines() == [
        "Doctrines compared: the views diverge",
        "They diverge first at: for reasons of a Convention ground.",
        "",
        "Outcome under each view:",
        "- contributing: REFUGEE",
        "- one central reason: NOT_REFUGEE",
    ]


def test_compare_doctrines_social_group_test_changes_the_result() -> None:
    """Art 1A(2) "membership of a particular social group": a group with a protected characteristic
    that society does not perceive meets Ward's test but fails social perception and the EU's test."""
    group = rl.SocialGroup(
        "former members of a disbanded union",
        protected_characteristic=True,
        socially_perceived=False,
        exists_independently=True,
    )
    claim = rl.Claim(
        rl.Person("A", {"CHN"}, location="KOR"),
        fears=[
            rl.Harm(
                "detention",
                "CHN",
                severity="serious",
                likelihood=0.5,
                actor="state",
                reasons={"particular_social_group"},
                social_group=group,
            )
        ],
    )
    views = {
        "ward": rl.Doctrine(),
        "perception": rl.Doctrine(social_group="social_perception"),
        "eu": rl.Doctrine(social_group="both"),
        "either": rl.Doctrine(social_group="either"),
    }
    result = rl.compare_doctrines(claim, views, on=ON)
    assert result.outcomes == {
        "ward": rl.Status.REFUGEE,
        "perception": rl.Status.NOT_REFUGEE,
        "eu": rl.Status.NOT_REFUGEE,
        "either": rl.Status.REFUGEE,
    }
    assert result.diverges_at == "a particular social group"


def test_compare_doctrines_reports_agreement() -> None:
    """Art 1A(2): where no doctrine matters, the views agree."""
    result = rl.compare_doctrines(
        _escapee(), {"a": rl.Doctrine(), "b": rl.Doctrine(nexus="one_central_reason")}, on=ON
    )
    assert set(result.outcomes.values()) == {rl.Status.REFUGEE}
    assert result.diverges_at is None
    assert result.explain().splitlines()[:2] == [
        "Doctrines compared: the views agree",
        "No element's verdict differs between them.",
    ]


def test_compare_doctrines_needs_a_view() -> None:
    """Bad input is an exception naming the field."""
    with pytest.raises(rl.InvalidInput, match="views"):
        rl.compare_doctrines(_escapee(), {}, on=ON)


# ---------------------------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"claim": {"person": {}}}, "claim"),
        ({"claim": None}, "claim"),
        ({"on": "03/04/1982"}, "on"),
        ({"on": "not a date"}, "on"),
        ({"on": 20040630}, "on"),
        ({"state": "XXX"}, "state"),
        ({"state": "prk"}, "state"),
        ({"doctrine": {"nexus": "one_central_reason"}}, "doctrine"),
        ({"doctrine": "contributing"}, "doctrine"),
    ],
    ids=[
        "claim-dict",
        "claim-none",
        "ambiguous-date",
        "bad-date",
        "int-date",
        "unknown-state",
        "lowercase-state",
        "doctrine-dict",
        "doctrine-str",
    ],
)
def test_invalid_input_names_the_field(kwargs: dict[str, Any], field: str) -> None:
    """A malformed question is an exception, not a legal answer, and it says which field is wrong."""
    args: dict[str, Any] = {"claim": _escapee(), "on": ON}
    args.update(kwargs)
    claim = args.pop("claim")
    with pytest.raises(rl.InvalidInput) as info:
        rl.assess_status(claim, **args)
    assert any(p.path.startswith(field) for p in info.value.problems), str(info.value)


def test_invalid_doctrine_value_names_the_field() -> None:
    """Doctrine: an unknown nexus standard is rejected where the Doctrine is built."""
    with pytest.raises(rl.InvalidInput, match="nexus"):
        rl.Doctrine(nexus="sole reason")  # type: ignore[arg-type]
    with pytest.raises(rl.InvalidInput, match="social_group"):
        rl.Doctrine(social_group="cohesion")  # type: ignore[arg-type]


def test_default_date_is_today_and_stated() -> None:
    """``on`` defaults to today, and the result states the date used."""
    import datetime as dt

    d = rl.assess_status(_escapee())
    assert d.on == dt.date.today()
    assert d.on.isoformat() in str(d)


def test_a_minor_penalty_is_not_persecution_even_if_disproportionate() -> None:
    """UNHCR Handbook paras 56-57: excessive punishment can be persecution; a minor penalty is not."""
    from refugeelaw import testing

    claim = testing.north_korean_escapee(
        fears=(testing.escapee_harm(severity=rl.Severity.MINOR, torture=False),)
    )
    d = rl.assess_status(claim, on="2004-06-30")
    assert d.outcome is rl.Status.NOT_REFUGEE
    finding = d.finding.find("amounts to persecution")
    assert finding is not None
    assert finding.verdict is rl.Verdict.NOT_MET


def test_unknown_art_1b_choice_names_the_missing_declaration_not_a_claim_fact() -> None:
    """Art 1B(1) and Protocol art. I(3): a state whose declaration the data cannot date (Malta:
    circumscribed by alternative (a) on its own government's word in 1996; whether or when it
    dropped it is not sourced).

    Events outside Europe satisfy alternative (b) but not (a): the missing fact is the state's
    declaration, which the claim cannot supply. (Congo, once the example here, is bound by the
    OAU Convention too, whose art. I(1) has no geographic limitation: tests/test_oau.py.)
    """
    from refugeelaw import testing

    claim = testing.north_korean_escapee(events_before_1951=True, events_in_europe=False)
    d = rl.assess_status(claim, on="2004-06-30", state="MLT")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("states['MLT'].art_1b",)


def test_a_well_founded_fear_of_the_state_itself_meets_the_protection_element_though_available() -> (
    None
):
    """Art 1A(2), "unable or, owing to such fear, is unwilling to avail himself of the protection";
    Handbook para. 100: protection available and "no ground based on well-founded fear for refusing
    it". A well-founded fear of persecution by the state itself is such a ground: the element is met
    though the protection is stated to be available, and the reason says why."""
    from refugeelaw import testing

    escapee = testing.north_korean_escapee()
    stated = attrs.evolve(escapee, protection={"PRK": "available"})
    result = rl.assess_status(stated, on=ON)
    found = result.finding.find("protection of North Korea")
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert "well-founded fear of persecution by the state of North Korea itself" in found.reason
    assert "fears[0].actor" in found.facts
    assert result.outcome is rl.Status.REFUGEE
    # With no state persecutor, available protection defeats the claim.
    migrant = attrs.evolve(testing.economic_migrant(), protection={"PRK": "available"})
    plain = rl.assess_status(migrant, on=ON).finding.find("protection of North Korea")
    assert plain is not None
    assert plain.verdict is rl.Verdict.NOT_MET
    assert "persecutor" not in plain.reason


def test_a_punishment_found_to_be_torture_is_excessive_whatever_the_offence() -> None:
    """Handbook 56-57: prosecution is persecution where the punishment is excessive. One found to
    be torture is excessive whatever the offence: CAT art. 1(1) leaves out only lawful sanctions,
    ICCPR art. 7 forbids torture as punishment and art. 4(2) allows no derogation. So whether it
    is "excessive for the offence" is not asked; and a punishment judged not excessive is judged
    not to be torture, so the two findings together are refused (they were accepted, torture
    overriding the judgement, and then filling in ``torture`` changed a decided outcome)."""
    d = rl.assess_status(_escapee(disproportionate=None, torture=True), on="2004-06-30")
    assert d.outcome is rl.Status.REFUGEE
    found = d.finding.find("amounts to persecution")
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert found.reason.startswith("the feared punishment would be torture, which no offence")
    assert rl.Citation("cat-1984", "1(1)") in found.citations
    assert rl.Citation("iccpr-1966", "4(2)") in found.citations
    assert found.facts[:2] == ("fears[0].prosecution", "fears[0].torture")
    assert all(q.path != "fears[0].disproportionate" for q in d.questions())
    # Not known to be torture: whether the punishment is excessive is still asked.
    still = rl.assess_status(_escapee(disproportionate=None), on="2004-06-30")
    assert still.outcome is rl.Status.UNDETERMINED
    assert "fears[0].disproportionate" in still.missing_facts()
    with pytest.raises(rl.InvalidInput, match=r"^torture: true for a prosecution"):
        _escapee(
            disproportionate=False,
            discriminatory=False,
            law_contrary_to_human_rights=False,
            torture=True,
        )
    # Judged not excessive (nor discriminatory, nor under a law contrary to human rights), with
    # torture not known: fair prosecution, not persecution, whether or not torture is then
    # denied (Handbook 56), once the person's motives for leaving are found to relate to no
    # Convention reason (so that Handbook para. 61 does not reach the penalty); while they are
    # not known, para. 61 may, and the element waits on them.
    for torture in (None, False):
        fair = _escapee(
            disproportionate=False,
            discriminatory=False,
            law_contrary_to_human_rights=False,
            torture=torture,
        )
        decided = attrs.evolve(fair, reasons_for_leaving=frozenset())
        found = rl.assess_status(decided, on="2004-06-30").finding.find("amounts to persecution")
        assert found is not None
        assert found.verdict is rl.Verdict.NOT_MET
        assert "prosecution for an offence is then not persecution" in found.reason
        found = rl.assess_status(fair, on="2004-06-30").finding.find("amounts to persecution")
        assert found is not None
        assert found.verdict is rl.Verdict.UNKNOWN
        assert found.missing == ("fears[0].exit_offence", "reasons_for_leaving")


def test_handbook_61_needs_severe_penalties_and_a_convention_related_motive() -> None:
    """UNHCR Handbook para 61: recognition for illegal departure needs *both* severe penalties and
    motives that relate to a Convention reason; the data's paraphrase and the sur place note say
    so (an earlier paraphrase said "or")."""
    text = rl.provision("unhcr-handbook", "61").text
    assert text is not None
    assert "both conditions" in text
    assert " or the punishment is severe" not in text
    d = rl.assess_status(_escapee(sur_place=True), on="2004-06-30")
    note = d.finding.find("refugee sur place")
    assert note is not None
    assert "where the motives for leaving relate to a Convention reason (Handbook 61)" in (
        note.reason
    )
    assert rl.Citation("unhcr-handbook", "61") in note.citations


def test_the_statutory_reading_of_the_compelling_reasons_proviso_is_named_where_it_decides() -> (
    None
):
    """Art 1C(5) proviso: its text reaches refugees under Art 1A(1) only; UNHCR Handbook para. 136
    and EU law extend it to all. A non-statutory refugee who invokes compelling reasons ceases
    only on the statutory reading, so the result must name that position (and the other view keeps
    the status)."""
    claim = rl.Claim(
        rl.Person("K", {"SRB"}, location="DEU"),
        fears=[rl.Harm("ethnic violence", "SRB", severity="serious", likelihood=0.01,
                       actor="state", reasons={"race"})],
        recognised=True,
        cessation={"1C(5)"},
        compelling_reasons=True,
    )  # fmt: skip
    statutory = rl.Doctrine(compelling_reasons="statutory")
    ceased = rl.assess_status(claim, on="2024-01-01", state="DEU", doctrine=statutory)
    assert ceased.outcome is rl.Status.CEASED
    assert statutory.position("compelling_reasons") in ceased.assumptions()
    cessation = ceased.finding.find("Art 1C: cessation")
    assert cessation is not None
    assert "Art 1A(1) only" in cessation.reason
    assert [str(c) for c in cessation.citations] == [
        "Refugee Convention art. 1C(5)",
        "UNHCR Handbook paras 111–139",
    ]
    kept = rl.assess_status(claim, on="2024-01-01", state="DEU", doctrine=rl.Doctrine())
    assert kept.outcome is rl.Status.REFUGEE
    # Without compelling reasons, the reading of the proviso does not matter and is not named.
    plain = attrs.evolve(claim, compelling_reasons=False)
    unaffected = rl.assess_status(plain, on="2024-01-01", state="DEU", doctrine=statutory)
    assert unaffected.outcome is rl.Status.CEASED
    assert statutory.position("compelling_reasons") not in unaffected.assumptions()


def test_a_person_outside_a_states_geographic_limitation_is_not_said_to_fail_the_definition() -> (
    None
):
    """Art 1B(1) limits the Convention "for the purposes of" a state's obligations (kept under
    Protocol art. I(3)): a Syrian in Türkiye who meets every element of Art 1A(2) is not a
    refugee for Türkiye's purposes, and the reason says the limits exclude him, not that he
    fails an element of the definition. Without the state, he is a refugee."""
    claim = rl.Claim(
        rl.Person("Syrian in Türkiye", {"SYR"}, location="TUR"),
        fears=[rl.Harm("torture for opposition", "SYR", severity="threat_to_life_or_freedom",
                       likelihood=0.7, actor="state", reasons={"political_opinion"})],
        events_in_europe=False,
    )  # fmt: skip
    limited = rl.assess_status(claim, on="2020-01-01", state="TUR")
    assert limited.outcome is rl.Status.NOT_REFUGEE
    assert limited.finding.reason == (
        "every other element of Art 1A(2) is met, but the definition's limits in time or place, "
        "as they apply here (Art 1B(1)), exclude the person"
    )
    assert rl.assess_status(claim, on="2020-01-01").outcome is rl.Status.REFUGEE


# ---------------------------------------------------------------------------------------------
# Art 1D
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ceased", "outcome", "displaced_by"),
    [
        (True, rl.Status.REFUGEE, ()),
        (False, rl.Status.EXCLUDED, ("Art 1D",)),
        (None, rl.Status.REFUGEE, ()),
    ],
)
def test_art_1d_a_voluntary_departure_is_not_cessation_and_leaves_the_first_paragraph_applying(
    ceased: bool | None, outcome: rl.Status, displaced_by: tuple[str, ...]
) -> None:
    """Art 1D and CJEU *El Kott* (C-364/11): a person who received UNRWA assistance and left its
    area voluntarily has not had it cease, so the second paragraph gives no way back in and the
    first still applies — the Convention does not, though the person meets Art 1A(2); one forced
    out is entitled to its benefits; one who never received it is weighed under Art 1A(2) alone."""
    claim = attrs.evolve(_escapee(), unrwa_assistance_ceased=ceased)
    d = rl.assess_status(claim, on=ON)
    inclusion = d.finding.find("inclusion (Art 1A(2))")
    assert inclusion is not None
    assert inclusion.verdict is rl.Verdict.MET
    assert (d.outcome, d.displaced_by) == (outcome, displaced_by)
    first = d.finding.find("Art 1D: other UN protection or assistance")
    assert first is not None
    assert first.verdict is (rl.Verdict.MET if ceased is False else rl.Verdict.NOT_MET)
    if ceased is False:
        assert rl.Citation("cjeu-el-kott-2012", "holding") in first.citations
        assert "it has not ceased: they left it voluntarily" in first.reason


# -- Handbook 57 and 61: a prosecution is persecution only if the punishment is severe enough --


def _prosecuted(severity: str | None) -> rl.Claim:
    harm = rl.Harm(
        "penalty for leaving without permission",
        "CHN",
        severity=severity,
        likelihood=0.9,
        actor="state",
        reasons={"political_opinion"},
        prosecution=True,
        law_contrary_to_human_rights=True,
    )
    return rl.Claim(rl.Person("x", nationalities={"CHN"}, location="AUS"), fears=[harm])


def test_a_prosecution_under_a_law_contrary_to_human_rights_with_severity_unknown_asks_the_severity() -> (
    None
):
    """Handbook 57 ("excessive punishment") and 61 ("severe penalties"): the law is contrary to
    human rights, but how severe the punishment is decides whether it is persecution. Unknown:
    asked, and the routes not needed (the law already found) are not. Whether the punishment
    would be torture settles the grade too (CAT art. 1(1): severe pain or suffering), so it is
    named beside the severity (the interface review's F1)."""
    d = rl.assess_status(_prosecuted(None), on="2005-06-30", state="AUS")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("fears[0].severity", "fears[0].torture")
    assert _answers(d)["fears[0].torture"] == [("yes", "REFUGEE"), ("no", "UNDETERMINED")]


def test_a_discrimination_level_punishment_is_weighed_on_cumulative_grounds_handbook_53() -> None:
    """A punishment the assessor finds at the level of discrimination is not persecution on its
    own, even under a law contrary to human rights (Handbook 53-55, 57)."""
    d = rl.assess_status(_prosecuted("discrimination"), on="2005-06-30", state="AUS")
    assert d.outcome is rl.Status.NOT_REFUGEE
    element = d.finding.find("amounts to persecution")
    assert element is not None
    assert element.verdict is rl.Verdict.NOT_MET
    assert rl.Citation("unhcr-handbook", "54-55") in element.citations


def test_a_severe_punishment_under_a_law_contrary_to_human_rights_is_persecution_handbook_59() -> (
    None
):
    d = rl.assess_status(_prosecuted("serious"), on="2005-06-30", state="AUS")
    assert d.outcome is rl.Status.REFUGEE


# -- Art 1A(2), second paragraph: a valid reason based on well-founded fear ------------------------


def _dual(likelihood: float | None) -> rl.Claim:
    return rl.Claim(
        rl.Person("dual", nationalities={"PRK", "KOR"}, location="GBR"),
        fears=[
            rl.Harm(
                "execution as a defector",
                "PRK",
                severity="threat_to_life_or_freedom",
                likelihood=0.9,
                actor="state",
                reasons={"political_opinion"},
            ),
            rl.Harm(
                "prosecution for a pro-DPRK opinion",
                "KOR",
                severity="serious",
                likelihood=likelihood,
                actor="state",
                reasons={"political_opinion"},
                prosecution=True,
                discriminatory=True,
            ),
        ],
        protection={"KOR": "available"},
    )


def test_a_well_founded_fear_of_the_second_nationalitys_own_state_excuses_its_protection() -> None:
    """Art 1A(2), second paragraph: not lacking the protection of a country of nationality who,
    "without any valid reason based on well-founded fear", has not availed of it. The library's
    own finding of a well-founded fear of persecution by the Republic of Korea is such a reason,
    whatever protection it is said to offer."""
    d = rl.assess_status(_dual(0.5), on="2015-01-01", state="GBR")
    assert d.outcome is rl.Status.REFUGEE
    korea = d.finding.find("protection of South Korea")
    assert korea is not None
    assert korea.verdict is rl.Verdict.MET
    assert rl.status_outcomes([_dual(0.5)], on="2015-01-01", state="GBR") == [rl.Status.REFUGEE]


def test_while_the_fear_of_the_second_state_is_open_so_is_its_protection() -> None:
    d = rl.assess_status(_dual(None), on="2015-01-01", state="GBR")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("fears[1].likelihood",)


def test_a_fear_of_the_second_state_that_is_not_well_founded_leaves_its_protection_available() -> (
    None
):
    """The fear of the Republic of Korea fails (likelihood 0.01): no valid reason, and the
    protection found available defeats the claim (GP (South Korean citizenship) [2014] UKUT 391)."""
    d = rl.assess_status(_dual(0.01), on="2015-01-01", state="GBR")
    assert d.outcome is rl.Status.NOT_REFUGEE
    korea = d.finding.find("protection of South Korea")
    assert korea is not None
    assert korea.verdict is rl.Verdict.NOT_MET


def test_one_discriminatory_measure_with_other_adverse_factors_raises_cumulative_grounds_handbook_53() -> (
    None
):
    """Handbook para. 53: measures not in themselves persecution, "in some cases combined with
    other adverse factors", may together amount to persecution. Exclusion from schooling with
    street abuse found minor: the cumulative judgement is asked, not a confident refusal."""
    claim = rl.Claim(
        rl.Person("Roma", nationalities={"CZE"}, location="GBR"),
        fears=[
            rl.Harm(
                "exclusion from schooling",
                "CZE",
                severity="discrimination",
                likelihood=0.8,
                actor="non_state",
                reasons={"race"},
            ),
            rl.Harm(
                "verbal abuse in the street",
                "CZE",
                severity="minor",
                likelihood=0.9,
                actor="non_state",
                reasons={"race"},
            ),
        ],
        protection={"CZE": "unavailable"},
        internal_relocation=False,
    )
    open_case = rl.assess_status(claim, on="2010-01-01", state="GBR")
    assert open_case.outcome is rl.Status.UNDETERMINED
    assert open_case.missing_facts() == ("cumulative_persecution",)
    found = attrs.evolve(claim, cumulative_persecution=True)
    assert rl.assess_status(found, on="2010-01-01", state="GBR").outcome is rl.Status.REFUGEE


def test_article_1e_says_what_rights_of_national_in_records() -> None:
    """Art 1E: "the country in which he has taken residence"; the finding says that the field
    records residence there and rights the person can return to and enjoy."""
    from refugeelaw import testing

    claim = attrs.evolve(testing.north_korean_escapee(), rights_of_national_in="JPN")
    found = rl.assess_status(claim, on=ON).finding.find(
        "Art 1E: rights of a national in the country of residence"
    )
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert "where the person has taken residence" in found.reason


def test_who_inflicts_a_fear_that_cannot_qualify_is_not_asked_for_the_protection_element() -> None:
    """Art 1A(2), Handbook para. 65: who would inflict a harm can decide an unknown protection
    element (a persecuting state protects no one), but only for a fear that may still qualify; a
    fear found not well-founded names no one, whoever its actor."""
    harm = rl.Harm(
        "detention", "PRK", severity="serious", likelihood=0.01, reasons={"political_opinion"}
    )
    claim = rl.Claim(rl.Person("P", {"PRK"}, location="CHN"), fears=[harm])
    found = rl.assess_status(claim, on=ON).finding.find("protection of North Korea")
    assert found is not None
    assert "fears[0].actor" not in found.missing
    assert "who would inflict" not in found.reason


def test_two_prosecutions_at_the_level_of_discrimination_are_weighed_together_handbook_53() -> None:
    """Handbook para. 53 and 57: a fine for worship and a fine for distributing tracts, each at
    the level of discrimination, may together amount to persecution: the judgement is asked."""
    fines = [
        rl.Harm(
            description,
            "CHN",
            severity="discrimination",
            likelihood=0.9,
            actor="state",
            reasons={"religion"},
            prosecution=True,
            law_contrary_to_human_rights=True,
        )
        for description in ("a fine for worship", "a fine for distributing tracts")
    ]
    claim = rl.Claim(rl.Person("x", {"CHN"}, location="AUS"), fears=fines)
    d = rl.assess_status(claim, on="2005-06-30", state="AUS")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("cumulative_persecution",)


def test_a_harm_found_to_be_torture_is_serious_where_its_severity_is_not_judged_handbook_51() -> (
    None
):
    """Torture is a serious violation of human rights (Handbook para. 51): a harm found to be
    torture, whose severity the assessor has not judged, amounts to persecution."""
    from refugeelaw import testing

    tortured = testing.north_korean_escapee(
        fears=(testing.escapee_harm(severity=None, torture=True),)
    )
    assert rl.assess_status(tortured, on=ON).outcome is rl.Status.REFUGEE


def test_a_dual_nationals_open_fear_of_the_second_state_leaves_its_protection_open() -> None:
    """Art 1A(2), second paragraph, and UNHCR Handbook paras 106-107: a dual national must lack
    the protection of each country of nationality. A fear of South Korea's own state whose
    gravity is not yet judged does not yet show that South Korea's protection is unavailable:
    the case waits on it (or on South Korea's protection), not decided for the person. Judged
    minor, the fear drops out, and South Korea's protection is still the open question (Kleene
    monotonicity: filling in a fact never reopens a decided case)."""

    def fear(country: str, actor: rl.Actor | None, severity: rl.Severity | None) -> rl.Harm:
        return rl.Harm(
            "detention",
            country,
            severity=severity,
            likelihood=0.5,
            actor=actor,
            reasons={rl.Ground.POLITICAL_OPINION},
        )

    threat = rl.Severity.THREAT_TO_LIFE_OR_FREEDOM
    korean_state = fear("KOR", rl.Actor.STATE, None)
    claim = rl.Claim(
        rl.Person("P", {"PRK", "KOR"}, location="CHN"),
        fears=[fear("KOR", None, threat), fear("PRK", rl.Actor.STATE, threat), korean_state],
    )
    before = rl.assess_status(claim, on="2004-06-30")
    assert before.outcome is rl.Status.UNDETERMINED
    assert {"protection['KOR']", "fears[2].severity"} <= set(before.missing_facts())
    assert claim.fears is not None
    judged = attrs.evolve(
        claim, fears=(*claim.fears[:2], attrs.evolve(korean_state, severity=rl.Severity.MINOR))
    )
    after = rl.assess_status(judged, on="2004-06-30")
    assert after.outcome is rl.Status.UNDETERMINED
    assert "protection['KOR']" in after.missing_facts()
    grave = attrs.evolve(
        claim, fears=(*claim.fears[:2], attrs.evolve(korean_state, severity=threat))
    )
    assert rl.assess_status(grave, on="2004-06-30").outcome is rl.Status.REFUGEE


def _shah(**claim: Any) -> rl.Claim:
    """*Islam v SSHD; R v IAT, ex p Shah* [1999] 2 AC 629: violence from a husband, from which
    the state withholds its protection because the victim is a woman."""
    return rl.Claim(
        rl.Person("Shah", {"PAK"}, location="GBR"),
        fears=[
            rl.Harm(
                "domestic violence",
                "PAK",
                severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
                likelihood=0.6,
                actor=rl.Actor.NON_STATE,
                reasons={rl.Motive.PERSONAL},
                protection_withheld_for={rl.Ground.PARTICULAR_SOCIAL_GROUP},
                social_group=rl.SocialGroup(
                    "women in Pakistan", protected_characteristic=True, exists_independently=True
                ),
            )
        ],
        internal_relocation=False,
        **claim,
    )


def test_protection_withheld_for_a_convention_reason_is_protection_the_person_lacks() -> None:
    """*Islam; Shah*: persecution is serious harm together with the failure of state protection.
    Protection the state withholds from the harm for a Convention reason supplies the nexus, and
    is protection the person cannot have against that harm (Art 1A(2)): the element is met, not
    asked again, even where the state is found to offer protection in general."""
    for claim, stated in ((_shah(), False), (_shah(protection={"PAK": "available"}), True)):
        d = rl.assess_status(claim, on="1999-03-25", state="GBR")
        assert d.outcome is rl.Status.REFUGEE
        found = d.finding.find("protection of Pakistan")
        assert found is not None
        assert found.verdict is rl.Verdict.MET
        assert "withholds" in found.reason
        assert "fears[0].protection_withheld_for" in found.facts
        assert ("protection['PAK']" in found.facts) is stated
        assert rl.Citation("islam-v-sshd-1999", "holding") in found.citations
    # The fear itself still open: only what it needs is asked, not Pakistan's protection.
    open_fear = rl.questions.answered(_shah(), "fears[0].likelihood", None)
    d = rl.assess_status(open_fear, on="1999-03-25", state="GBR")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("fears[0].likelihood",)


def test_islam_is_cited_for_the_nexus_only_where_the_withheld_protection_supplies_it() -> None:
    """*Islam; Shah*: the state's failure of protection for a Convention reason supplies the nexus
    where the persecutor's own reasons do not. Where the persecutor acts for the same ground, the
    nexus is the persecutor's, and the case is not its authority."""
    nexus = rl.assess_status(_shah(), on="1999-03-25", state="GBR").finding.find(
        "for reasons of a Convention ground"
    )
    assert nexus is not None
    assert "supplies the nexus" in nexus.reason
    assert rl.Citation("islam-v-sshd-1999", "holding") in nexus.citations
    # Contested: where "for reasons of" is the persecutor's motive alone (INS v Elias-Zacarias),
    # the withheld protection supplies nothing; the reading is named where it decides.
    assert SHAH_READING in nexus.assumptions
    assert SHAH_READING in rl.assess_status(_shah(), on="1999-03-25", state="USA").assumptions()
    harm = attrs.evolve(
        (_shah().fears or ())[0], reasons={rl.Ground.PARTICULAR_SOCIAL_GROUP, rl.Motive.PERSONAL}
    )
    own = rl.assess_status(attrs.evolve(_shah(), fears=[harm]), on="1999-03-25", state="GBR")
    nexus = own.finding.find("for reasons of a Convention ground")
    assert nexus is not None
    assert nexus.verdict is rl.Verdict.MET
    assert rl.Citation("islam-v-sshd-1999", "holding") not in nexus.citations
    assert SHAH_READING not in nexus.assumptions


def test_a_prosecution_cites_the_handbook_on_punishment_not_on_leaving_without_permission() -> None:
    """Handbook 56-60 state when prosecution is persecution (57: "excessive punishment"); para. 61
    is about penalties for leaving the country without permission. A prosecution for any offence
    cites 56-60; para. 61 is cited only in the sur place note, and worded as applying where the
    prosecution is for leaving."""
    blasphemy = rl.Claim(
        rl.Person("P", {"IRN"}, location="DEU"),
        fears=[rl.Harm("prison for insulting a religious leader", "IRN", severity="serious",
                       likelihood=0.5, actor="state", reasons={"religion"}, prosecution=True,
                       disproportionate=True)],
    )  # fmt: skip
    d = rl.assess_status(blasphemy, on=ON)
    assert d.outcome is rl.Status.REFUGEE
    found = d.finding.find("amounts to persecution")
    assert found is not None
    assert rl.Citation(HB, "56-60") in found.citations
    assert rl.Citation(HB, "61") not in found.citations
    assert d.finding.find("refugee sur place") is None
    assert blasphemy.fears is not None
    abroad = attrs.evolve(blasphemy, fears=[attrs.evolve(blasphemy.fears[0], sur_place=True)])
    note = rl.assess_status(abroad, on=ON).finding.find("refugee sur place")
    assert note is not None
    assert rl.Citation(HB, "61") in note.citations
    assert "if the prosecution feared is for leaving without permission" in note.reason


@pytest.mark.parametrize(("threshold", "cited"), [(0.1, True), (0.3, True), (0.5, False)])
def test_cardoza_fonseca_is_cited_only_for_a_threshold_below_a_probability(
    threshold: float, cited: bool
) -> None:
    """*INS v Cardoza-Fonseca* held that a well-founded fear needs less than a probability: it is
    authority for a threshold below one half, and is not cited for a stricter one, which it
    rejected. It is cited on the harm's Art 1A(2) finding, not on the well-founded element that
    art. 33(1) takes over (the case set the asylum standard against *Stevic*'s for withholding);
    the Handbook's paras 37-50 are cited on the element either way."""
    d = rl.assess_status(
        _escapee(likelihood=0.3), on=ON, doctrine=rl.Doctrine(fear_threshold=threshold)
    )
    found = d.finding.find("well-founded fear")
    assert found is not None
    assert found.verdict is (rl.Verdict.MET if threshold <= 0.3 else rl.Verdict.NOT_MET)
    assert rl.Citation("ins-v-cardoza-fonseca-1987") not in found.citations
    assert rl.Citation(HB, "37-50") in found.citations
    harm = next(f for _, f in d.finding.walk() if f.element.startswith("fears[0]:"))
    assert (rl.Citation("ins-v-cardoza-fonseca-1987") in harm.citations) is cited


@pytest.mark.parametrize(
    ("test", "ward"),
    [
        ("protected_characteristics", True),
        ("either", True),
        ("both", True),
        ("social_perception", False),
    ],
)
def test_ward_is_cited_for_the_social_group_tests_that_rest_on_it(
    test: SocialGroupTest, ward: bool
) -> None:
    """*Canada (AG) v Ward* states the protected-characteristics test: it is cited wherever that
    test counts, not for the social-perception test alone."""
    d = rl.assess_status(
        testing.family_of_a_defector(), on=ON, doctrine=rl.Doctrine(social_group=test)
    )
    found = d.finding.find("a particular social group")
    assert found is not None
    assert (rl.Citation("canada-v-ward-1993") in found.citations) is ward
    assert rl.Citation(HB, "77-79") in found.citations


def test_protection_found_available_does_not_settle_a_fear_whose_persecutor_is_not_known() -> None:
    """Art 1A(2), second paragraph: a person is not lacking protection who, "without any valid
    reason based on well-founded fear", has not availed of it, and a well-founded fear of the state
    itself is such a reason. So protection found available settles the element only once the
    persecutor of each fear that may qualify is known not to be the state (found by the Kleene
    monotonicity property test: naming the state as persecutor reopened a NOT_REFUGEE)."""
    claim = rl.Claim(
        rl.Person("P", {"KOR"}, location="PRK"),
        fears=[rl.Harm("beating", "KOR", severity="threat_to_life_or_freedom")],
        protection={"KOR": "available"},
    )
    d = rl.assess_status(claim, on="2004-06-30")
    assert d.outcome is rl.Status.UNDETERMINED
    found = d.finding.find("protection of South Korea")
    assert found is not None
    assert found.verdict is rl.Verdict.UNKNOWN
    assert "fears[0].actor" in found.missing
    private = rl.questions.answered(claim, "fears[0].actor", "non_state")
    assert rl.assess_status(private, on="2004-06-30").outcome is rl.Status.NOT_REFUGEE
    state = rl.questions.answered(claim, "fears[0].actor", "state")
    assert rl.assess_status(state, on="2004-06-30").outcome is rl.Status.UNDETERMINED


def test_an_open_fear_of_one_states_protection_names_its_facts_though_another_decides() -> None:
    """Art 1A(2), second paragraph: a dual national lacks protection only if every country of
    nationality fails them. Where North Korea's protection (available, no fear of it) decides the
    element, South Korea's stays open on fears of its state not yet shown to be well-founded, and
    its finding names the facts that would decide them, never an unknown with nothing to ask."""
    claim = rl.Claim(
        rl.Person("P", {"KOR", "PRK"}),
        fears=(
            rl.Harm("feared harm", "KOR", protection_withheld_for={rl.Ground.RACE}),
            rl.Harm("feared harm", "KOR", actor="state"),
        ),
        protection={"PRK": "available", "KOR": "available"},
    )
    result = rl.assess_status(claim, on=ON)
    element = result.finding.find("lacks the protection of every country of nationality")
    assert element is not None
    assert element.verdict is rl.Verdict.NOT_MET
    korea = result.finding.find("protection of South Korea")
    assert korea is not None
    assert korea.verdict is rl.Verdict.UNKNOWN
    assert {"fears[0].likelihood", "fears[1].likelihood"} <= set(korea.missing)


def test_a_claim_whose_fears_are_not_known_is_undetermined_not_refused() -> None:
    """Art 1A(2); UNHCR Handbook para. 28 (recognition is declaratory): a claim that says nothing
    of what the person fears (``fears`` left out, ``None``) is not one whose person fears nothing.
    The unscreened North Korean in China (the second article: officials presume every crosser an
    economic migrant and never ask) is undetermined, and what is feared is the fact asked for;
    only a claim examined and found to fear nothing (``fears=[]``) is refused."""
    person = rl.Person("unscreened North Korean", nationalities={"PRK"}, location="CHN")
    unasked = rl.assess_status(rl.Claim(person), on=ON)
    assert unasked.outcome is rl.Status.UNDETERMINED
    assert "fears" in unasked.missing_facts()
    feared = unasked.finding.find("well-founded fear of being persecuted for a Convention reason")
    assert feared is not None
    assert feared.verdict is rl.Verdict.UNKNOWN
    assert feared.reason == "what harm, if any, the person fears is not known"
    asked = rl.assess_status(rl.Claim(person, fears=[]), on=ON)
    assert asked.outcome is rl.Status.NOT_REFUGEE
    refused = asked.finding.find(feared.element)
    assert refused is not None
    assert refused.reason == "the person fears no harm"
    assert rl.status_outcomes([rl.Claim(person), rl.Claim(person, fears=[])], on=ON) == [
        rl.Status.UNDETERMINED,
        rl.Status.NOT_REFUGEE,
    ]


def _prosecuted_for_the_offence(**facts: Any) -> rl.Claim:
    """A criminal law punishing what the person is (*HJ (Iran)* [2010] UKSC 31), the only reason
    given for the punishment being the prosecution itself (an offence other than leaving the
    country: UNHCR Handbook para. 61 does not arise)."""
    return rl.Claim(
        rl.Person("X", nationalities={"IRN"}, location="GBR"),
        fears=[
            rl.Harm(
                "imprisonment or execution under a criminal law",
                "IRN",
                severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
                likelihood=0.5,
                actor=rl.Actor.STATE,
                reasons={rl.Motive.CRIMINAL_PROSECUTION},
                prosecution=True,
                disproportionate=False,
                exit_offence=False,  # an offence other than leaving (Handbook 61 does not arise)
                **facts,
            )
        ],
    )


@pytest.mark.parametrize(
    "route", ["law_contrary_to_human_rights", "discriminatory"], ids=["hj_iran", "sepet"]
)
def test_a_prosecution_that_is_persecution_leaves_its_convention_reason_open(route: str) -> None:
    """UNHCR Handbook paras 56-60: a prosecution that is discriminatory, or under a law that
    itself breaches human rights, is persecution; whether it targets the person for a
    Convention ground (the religion, opinion or group the law reaches) is still to be stated,
    so the nexus is open, not refused, and the person's reasons are what is asked for."""
    facts = {"discriminatory": False, "law_contrary_to_human_rights": False, route: True}
    result = rl.assess_status(_prosecuted_for_the_offence(**facts), on="2010-07-07")
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("fears[0].reasons",)
    nexus = result.finding.find("for reasons of a Convention ground")
    assert nexus is not None
    assert nexus.verdict is rl.Verdict.UNKNOWN
    assert "not in itself persecution" not in nexus.reason
    assert rl.Citation("unhcr-handbook", "56-60") in nexus.citations
    # Stated, the ground decides it either way.
    political = {rl.Motive.CRIMINAL_PROSECUTION, rl.Ground.POLITICAL_OPINION}
    personal = {rl.Motive.CRIMINAL_PROSECUTION, rl.Motive.PERSONAL}
    for reasons, outcome in ((political, rl.Status.REFUGEE), (personal, rl.Status.NOT_REFUGEE)):
        claim = _prosecuted_for_the_offence(**facts)
        assert claim.fears is not None
        claim = attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], reasons=reasons)])
        assert rl.assess_status(claim, on="2010-07-07").outcome is outcome


def test_a_fair_prosecution_under_a_fair_law_is_not_for_a_convention_reason() -> None:
    """UNHCR Handbook para. 56: persons fleeing prosecution or punishment for an offence are not
    normally refugees; while whether the prosecution is discriminatory, or the law contrary to
    human rights, is not known, the nexus waits for it (either could make a ground its reason)."""
    fair = rl.assess_status(
        _prosecuted_for_the_offence(discriminatory=False, law_contrary_to_human_rights=False),
        on="2010-07-07",
    )
    assert fair.outcome is rl.Status.NOT_REFUGEE
    nexus = fair.finding.find("for reasons of a Convention ground")
    assert nexus is not None
    assert nexus.verdict is rl.Verdict.NOT_MET
    assert nexus.reason.endswith(
        "persons fleeing prosecution or punishment for an offence are not normally refugees"
    )
    unknown = rl.assess_status(_prosecuted_for_the_offence(discriminatory=False), on="2010-07-07")
    assert unknown.outcome is rl.Status.UNDETERMINED
    waiting = unknown.finding.find(nexus.element)
    assert waiting is not None
    assert waiting.missing == ("fears[0].law_contrary_to_human_rights",)


def test_a_prosecution_given_as_the_reason_waits_for_its_fairness_even_unflagged() -> None:
    """UNHCR Handbook paras 56-59: where the only reason given for the harm is a criminal
    prosecution, the harm is punishment for an offence whether or not ``prosecution`` was set, so
    the nexus is not refused while whether the prosecution is discriminatory, or the law contrary
    to human rights, is unknown (either could make a Convention ground its reason)."""
    claim = _prosecuted_for_the_offence()
    assert claim.fears is not None
    harm = attrs.evolve(claim.fears[0], prosecution=False)
    result = rl.assess_status(attrs.evolve(claim, fears=[harm]), on="2010-07-07")
    assert result.outcome is rl.Status.UNDETERMINED
    nexus = result.finding.find("for reasons of a Convention ground")
    assert nexus is not None
    assert nexus.verdict is rl.Verdict.UNKNOWN
    assert set(nexus.missing) == {
        "fears[0].discriminatory",
        "fears[0].law_contrary_to_human_rights",
    }
    fair = attrs.evolve(harm, discriminatory=False, law_contrary_to_human_rights=False)
    refused = rl.assess_status(attrs.evolve(claim, fears=[fair]), on="2010-07-07")
    assert refused.outcome is rl.Status.NOT_REFUGEE


def test_protection_found_available_to_a_single_national_is_reasoned_with_horvath() -> None:
    """*Horvath v SSHD* [2001] 1 AC 489 (a Roma from Slovakia fearing skinheads): against harm
    from others, a system of law that punishes it and a reasonable willingness to enforce it are
    protection. A single national is refused under Art 1A(2)'s first paragraph, citing Horvath,
    not in the words of its second paragraph, which is for a person of more than one nationality
    (the dual North Korean and South Korean national keeps them)."""
    roma = rl.Claim(
        rl.Person("Horvath", {"SVK"}, location="GBR"),
        fears=[
            rl.Harm(
                "violence by skinheads",
                "SVK",
                severity=rl.Severity.SERIOUS,
                likelihood=0.5,
                actor=rl.Actor.NON_STATE,
                reasons={rl.Ground.RACE},
            )
        ],
        protection={"SVK": rl.Protection.AVAILABLE},
    )
    result = rl.assess_status(roma, on="2000-07-06")
    assert result.outcome is rl.Status.NOT_REFUGEE
    slovakia = result.finding.find("protection of Slovakia")
    assert slovakia is not None
    assert slovakia.verdict is rl.Verdict.NOT_MET
    assert rl.Citation("horvath-v-sshd-2000", "holding") in slovakia.citations
    assert "a reasonable willingness to enforce it" in slovakia.reason
    assert "has not availed of it" not in slovakia.reason
    dual = attrs.evolve(
        testing.north_korean_escapee(),
        person=rl.Person("Escapee", {"PRK", "KOR"}, location="CHN"),
        protection={"KOR": rl.Protection.AVAILABLE},
    )
    korea = rl.assess_status(dual, on=ON).finding.find("protection of South Korea")
    assert korea is not None
    assert korea.reason.endswith("without valid reason based on fear, has not availed of it")
    assert rl.Citation("horvath-v-sshd-2000", "holding") not in korea.citations


def test_art_1d_second_paragraph_names_the_el_kott_reading_it_relies_on() -> None:
    """Refugee Convention art. 1D, second paragraph, as CJEU *El Kott* (C-364/11) reads "ceased
    for any reason": forced out, ipso facto entitled; leaving voluntarily, not cessation. The
    reading binds in EU law; applied to any state, it is named among the positions relied on,
    and only where Art 1D's cessation is in issue."""
    camp = rl.Person(
        "Palestinian from a camp in Lebanon",
        nationalities=set(),
        habitual_residence="LBN",
        location="HUN",
    )
    forced = rl.assess_status(rl.Claim(camp, unrwa_assistance_ceased=True), on="2013-01-01")
    assert forced.outcome is rl.Status.REFUGEE
    assert art_1d.EL_KOTT_READING in forced.finding.all_assumptions()
    left = rl.assess_status(
        rl.Claim(camp, fears=[], unrwa_assistance_ceased=False), on="2013-01-01"
    )
    assert art_1d.EL_KOTT_READING in left.finding.all_assumptions()
    never = rl.assess_status(rl.Claim(camp, fears=[]), on="2013-01-01")
    assert art_1d.EL_KOTT_READING not in never.finding.all_assumptions()


def _iraqi_refugee(protection: rl.Protection | None) -> rl.Claim:
    """*Abdulla* (CJEU, 2010), simplified: recognised for fear of the Baath regime (now gone),
    still at risk from militias; Germany relies on Art 1C(5)."""
    return rl.Claim(
        rl.Person("Iraqi refugee", nationalities={"IRQ"}, location="DEU"),
        fears=[
            rl.Harm(
                "persecution by the Baath regime",
                "IRQ",
                severity="threat_to_life_or_freedom",
                likelihood=0.0,
                actor="state",
                reasons={"political_opinion"},
            ),
            rl.Harm(
                "violence by militias",
                "IRQ",
                severity="threat_to_life_or_freedom",
                likelihood=0.3,
                actor="non_state",
                reasons={"religion"},
            ),
        ],
        protection={} if protection is None else {"IRQ": protection},
        internal_relocation=False,
        recognised=True,
        cessation={"1C(5)"},
        compelling_reasons=False,
    )


def test_art_1c5_applies_where_protection_is_now_available_against_the_fear_that_remains() -> None:
    """Refugee Convention art. 1C(5): the refugee "can no longer [...] continue to refuse to avail
    himself of the protection of the country of his nationality". Cessation mirrors recognition
    (*Abdulla*, CJEU 2010; *OA*, CJEU 2021, paras 34-36): a fear that remains does not keep the
    status where the country's protection against it is now available; where that protection is
    lacking the circumstances persist, and where it is not known, neither is cessation."""
    ceased = rl.assess_status(_iraqi_refugee(rl.Protection.AVAILABLE), on="2010-03-02")
    assert ceased.outcome is rl.Status.CEASED
    clause = ceased.finding.find("Art 1C: cessation")
    assert clause is not None
    assert clause.verdict is rl.Verdict.MET
    assert rl.Citation("cjeu-abdulla-2010", "holding") in clause.citations
    assert "protection against it is now available" in clause.reason
    kept = rl.assess_status(_iraqi_refugee(rl.Protection.UNAVAILABLE), on="2010-03-02")
    assert kept.outcome is rl.Status.REFUGEE
    open_ = rl.assess_status(_iraqi_refugee(None), on="2010-03-02")
    assert open_.outcome is rl.Status.UNDETERMINED
    assert "protection['IRQ']" in open_.missing_facts()


def _al_shabaab(**changes: Any) -> rl.Harm:
    """Killing by al-Shabaab for political opinion, answered by a reasonable internal flight
    alternative the decision-maker now finds."""
    harm = rl.Harm(
        "killing by al-Shabaab", "SOM", severity="threat_to_life_or_freedom", likelihood=0.5,
        actor="non_state", reasons={rl.Ground.POLITICAL_OPINION}, internal_relocation=True,
    )  # fmt: skip
    return attrs.evolve(harm, **changes)


def _somali_refugee(**changes: Any) -> rl.Claim:
    """A recognised Somali refugee in the United Kingdom who fears killing by al-Shabaab, which
    Somalia cannot protect against, for whom the decision-maker now finds a reasonable internal
    flight alternative, and against whom the Home Office relies on Art 1C(5)."""
    claim = rl.Claim(
        rl.Person("R", nationalities={"SOM"}, location="GBR"),
        fears=[_al_shabaab()],
        protection={"SOM": "unavailable"},
        recognised=True,
        cessation={"1C(5)"},
        compelling_reasons=False,
    )
    return attrs.evolve(claim, **changes)


def test_an_internal_flight_alternative_alone_does_not_cease_refugee_status_art_1c5() -> None:
    """Refugee Convention art. 1C(5): the clause needs "the circumstances in connexion with which
    he has been recognized as a refugee" to have ceased, and the cessation clauses are read
    restrictively (UNHCR Handbook paras 111-139). The persecutor, the risk and the lack of
    protection are unchanged; only an internal flight alternative is found. A recognition found
    none, so one found now is a change in part of the country, or the same facts judged otherwise:
    on the default position (``Doctrine.relocation_in_cessation=False``; UK courts read the clause
    otherwise, SSHD v MS (Somalia) [2019] EWCA Civ 1345 as reported in SB [2019] UKUT 358 (IAC))
    it is not the ceasing of those circumstances. Art 1C(5) does not apply, the position is named,
    and the proviso on compelling reasons, which only a clause that applies would reach, is not
    asked. On the UK's reading the status ceases, the position named."""
    relocation_reading = rl.Doctrine().position("relocation_in_cessation")
    result = rl.assess_status(_somali_refugee(), on="2020-01-01")
    assert result.outcome is rl.Status.REFUGEE, result.explain()
    clause = result.finding.find("Art 1C: cessation")
    assert clause is not None
    assert clause.verdict is rl.Verdict.NOT_MET
    assert "internal relocation is not weighed" in clause.reason
    assert relocation_reading in clause.assumptions
    assert relocation_reading in result.assumptions()
    assert rl.Citation(C, "1C(5)") in clause.citations
    assert rl.Citation(HB, "111-139") in clause.citations
    # Inclusion itself is unchanged: the alternative still defeats a fresh Art 1A(2) claim.
    assert result.inclusion.verdict is rl.Verdict.NOT_MET
    # Compelling reasons not yet found: nothing to ask, for the clause does not apply.
    unasked = rl.assess_status(_somali_refugee(compelling_reasons=None), on="2020-01-01")
    assert unasked.outcome is rl.Status.REFUGEE
    assert unasked.missing_facts() == ()
    assert "compelling_reasons" not in [q.path for q in unasked.questions()]
    # The same with the finding made for the whole claim, or still to be made: not asked either.
    for relocation in (True, None):
        claimed = _somali_refugee(
            fears=[_al_shabaab(internal_relocation=None)],
            internal_relocation=relocation,
        )
        found = rl.assess_status(claimed, on="2020-01-01")
        assert found.outcome is rl.Status.REFUGEE, relocation
        assert relocation_reading in found.assumptions()
    # The state still persecutes: protection it offers, and an alternative found, are no answer.
    state = _somali_refugee(
        fears=[_al_shabaab(actor="state")],
        protection={"SOM": "available"},
    )
    assert rl.assess_status(state, on="2020-01-01").outcome is rl.Status.REFUGEE
    # SSHD v MS (Somalia): status may cease because the refugee can now relocate internally.
    uk = rl.Doctrine(relocation_in_cessation=True)
    ceased = rl.assess_status(_somali_refugee(), on="2020-01-01", doctrine=uk)
    assert ceased.outcome is rl.Status.CEASED
    assert uk.position("relocation_in_cessation") in ceased.assumptions()


def test_art_1c5_still_ceases_a_refugee_whose_risk_has_gone_whatever_the_relocation_finding() -> (
    None
):
    """Refugee Convention art. 1C(5); *Abdulla* (CJEU 2010): where the risk itself has gone (a
    likelihood assessed at nil) and protection is available, the circumstances have ceased, with
    or without an internal flight alternative, and the reading on relocation is not relied on;
    so too where protection against a fear that remains is now available."""
    relocation_reading = rl.Doctrine().position("relocation_in_cessation")

    for relocation in (True, False, None):
        gone = _somali_refugee(
            fears=[_al_shabaab(likelihood=0.0, internal_relocation=relocation)],
            protection={"SOM": "available"},
        )
        result = rl.assess_status(gone, on="2020-01-01")
        assert result.outcome is rl.Status.CEASED, (relocation, result.explain())
        assert relocation_reading not in result.assumptions()
    protected = _somali_refugee(protection={"SOM": "available"})
    result = rl.assess_status(protected, on="2020-01-01")
    assert result.outcome is rl.Status.CEASED
    assert relocation_reading not in result.assumptions()
    # Protection against the fear not yet known: that, not the alternative, decides.
    open_ = rl.assess_status(_somali_refugee(protection={}), on="2020-01-01")
    assert open_.outcome is rl.Status.UNDETERMINED
    assert "protection['SOM']" in open_.missing_facts()


def test_the_art_1c5_proviso_is_not_weighed_for_a_claimant_never_recognised() -> None:
    """Refugee Convention art. 1C(5), second paragraph: the proviso keeps the status of a refugee
    "recognized as a refugee" who invokes compelling reasons arising out of previous persecution.
    For a claimant never recognised who does not meet Art 1A(2) now (a Chilean whose torture will
    not be repeated), with Art 1C(5) found, whether the proviso reaches him is contested (Canada,
    by statute: *Obstoj*, FCA 1992) and not modelled: it is not weighed, and the finding says so.
    The clause found is read as ending a status he had (CEASED_STATUS_READING), whatever his
    compelling reasons, so that an unknown one is neither asked nor turns CEASED into NOT_REFUGEE
    (the own-diff review found True gave NOT_REFUGEE, unknown NOT_REFUGEE, False CEASED). For a
    recognised refugee the proviso still keeps the status, in those words."""
    from refugeelaw.law.art_1c import CEASED_STATUS_READING, NO_STATUS_TO_KEEP

    harm = rl.Harm(
        "renewed torture in detention", "CHL", severity="serious", likelihood=0.0, actor="state",
        reasons={rl.Ground.POLITICAL_OPINION}, suffered_before=True, good_reasons_not_repeated=True,
    )  # fmt: skip
    claim = rl.Claim(
        rl.Person("R", nationalities={"CHL"}, location="SWE"),
        fears=[harm],
        compelling_reasons=True,
        cessation={"1C(5)"},
    )
    for invoked in (True, None, False):
        result = rl.assess_status(attrs.evolve(claim, compelling_reasons=invoked), on="1991-01-01")
        assert result.outcome is rl.Status.CEASED, (invoked, result.explain())
        assert result.missing_facts() == ()
        clause = result.finding.find("Art 1C: cessation")
        assert clause is not None
        assert clause.verdict is rl.Verdict.MET
        assert NO_STATUS_TO_KEEP in clause.reason
        assert '"recognized as a refugee"' in clause.reason
        assert "Obstoj" in clause.reason
        assert "keeps the status" not in clause.reason
        assert CEASED_STATUS_READING in result.assumptions()
    pending = attrs.evolve(claim, cessation=set(), cessation_pending={"1C(5)"})
    assert rl.assess_status(pending, on="1991-01-01").outcome is rl.Status.NOT_REFUGEE
    recognised = rl.assess_status(attrs.evolve(claim, recognised=True), on="1991-01-01")
    assert recognised.outcome is rl.Status.REFUGEE
    kept = recognised.finding.find("Art 1C: cessation")
    assert kept is not None
    assert "the proviso to Art 1C(5)/(6) keeps the status" in kept.reason
    assert NO_STATUS_TO_KEEP not in kept.reason


def test_the_art_1c5_proviso_is_not_weighed_either_way_for_a_claimant_never_recognised_obstoj() -> (
    None
):
    """Refugee Convention art. 1C(5), second paragraph, and *Canada (MEI) v Obstoj* [1992] 2 FC
    739: where whether the circumstances persist is not known, the proviso is weighed as where
    they are found to have ceased. A Colombian never recognised, harassed by neighbours where an
    internal flight alternative answers the fear (so not meeting Art 1A(2) now), with Art 1C(5)
    found and compelling reasons invoked, the harm's severity not known: the clause said it did
    not apply "either way", "if they have ceased the person can invoke compelling reasons [...]
    and the proviso to Art 1C(5)/(6) keeps the status", while the library refuses the proviso to
    a person with no status to keep (NO_STATUS_TO_KEEP: *Obstoj*), as it did once the severity
    was stated (minor: CEASED). The clause now waits on the circumstances, as it does without
    compelling reasons, and says why they would not keep it off (interface review s34 F2); so
    does a clause raised and not yet decided, which said the proviso "keeps the status" for a
    claimant not yet shown to meet Art 1A(2). A recognised refugee's proviso still keeps the
    status either way."""
    from refugeelaw.law.art_1c import CEASED_STATUS_READING, NO_STATUS_TO_KEEP
    from refugeelaw.questions import answered

    harm = rl.Harm(
        "harassment by neighbours", "COL", severity=None, likelihood=0.6, actor="non_state",
        reasons={rl.Ground.POLITICAL_OPINION}, internal_relocation=True,
    )  # fmt: skip
    claim = rl.Claim(
        rl.Person("P", nationalities={"COL"}, location="ECU"),
        fears=[harm],
        cessation={"1C(5)"},
        compelling_reasons=True,
    )
    proviso = rl.Doctrine().position("compelling_reasons")
    result = rl.assess_status(claim, on="2010-06-30")
    clause = result.finding.find("Art 1C: cessation")
    assert clause is not None
    assert clause.verdict is rl.Verdict.UNKNOWN, result.explain()
    assert "fears[0].severity" in clause.missing
    assert NO_STATUS_TO_KEEP in clause.reason
    assert "Obstoj" in clause.reason
    assert "either way" not in clause.reason
    assert "keeps the status" not in clause.reason
    assert proviso not in result.assumptions()  # the proviso is not weighed
    # Compelling reasons decide nothing for him: the same outcome whatever they are.
    for invoked in (True, None, False):
        same = rl.assess_status(attrs.evolve(claim, compelling_reasons=invoked), on="2010-06-30")
        assert same.outcome is rl.Status.NOT_REFUGEE, (invoked, same.explain())
        opened = same.finding.find("Art 1C: cessation")
        assert opened is not None
        assert opened.verdict is rl.Verdict.UNKNOWN
        # The circumstances persist: the clause cannot apply; they have ceased: it does, the
        # proviso not weighed, and the clause found ends a status he is read as having had.
        severe = answered(same.claim, "fears[0].severity", "threat_to_life_or_freedom")
        persisting = answered(severe, "protection['COL']", "unavailable")
        kept = rl.assess_status(persisting, on="2010-06-30")
        assert kept.outcome is rl.Status.NOT_REFUGEE
        persists = kept.finding.find("Art 1C: cessation")
        assert persists is not None
        assert persists.verdict is rl.Verdict.NOT_MET
        minor = answered(same.claim, "fears[0].severity", "minor")
        ceased = rl.assess_status(minor, on="2010-06-30")
        assert ceased.outcome is rl.Status.CEASED, (invoked, ceased.explain())
        met = ceased.finding.find("Art 1C: cessation")
        assert met is not None
        assert met.verdict is rl.Verdict.MET
        assert NO_STATUS_TO_KEEP in met.reason
        assert CEASED_STATUS_READING in ceased.assumptions()
    # Whether he meets Art 1A(2) not known either (the likelihood not stated): the clause was
    # NOT_MET "either way"; it is open, and each answer leads where re-assessing leads.
    unsure = attrs.evolve(
        claim,
        fears=[attrs.evolve(harm, severity="threat_to_life_or_freedom", likelihood=None,
                            actor="state", internal_relocation=None)],
        protection={"COL": "unavailable"},
    )  # fmt: skip
    open_ = rl.assess_status(unsure, on="2010-06-30")
    assert open_.outcome is rl.Status.UNDETERMINED
    unsure_clause = open_.finding.find("Art 1C: cessation")
    assert unsure_clause is not None
    assert unsure_clause.verdict is rl.Verdict.UNKNOWN
    assert NO_STATUS_TO_KEEP in unsure_clause.reason
    likelihood = next(q for q in open_.questions() if q.path == "fears[0].likelihood")
    assert {a.label: a.outcome for a in likelihood.answers} == {
        "below 0.1": rl.Status.CEASED,
        "at least 0.1": rl.Status.REFUGEE,
    }
    # Raised and not yet decided, the same: it said "a clause raised and not yet decided cannot
    # end the status: were Art 1C(5) found, [...] the proviso keeps the status".
    raised = attrs.evolve(unsure, cessation=set(), cessation_pending={"1C(5)"})
    waiting = rl.assess_status(raised, on="2010-06-30")
    assert waiting.outcome is rl.Status.UNDETERMINED
    pending = waiting.finding.find("Art 1C: cessation")
    assert pending is not None
    assert pending.verdict is rl.Verdict.UNKNOWN, waiting.explain()
    assert "cessation_pending['1C(5)']" in pending.missing
    assert NO_STATUS_TO_KEEP in pending.reason
    assert "keeps the status" not in pending.reason
    assert proviso not in waiting.assumptions()
    likelihood = next(q for q in waiting.questions() if q.path == "fears[0].likelihood")
    assert {a.label: a.outcome for a in likelihood.answers} == {
        "below 0.1": rl.Status.NOT_REFUGEE,
        "at least 0.1": rl.Status.REFUGEE,
    }
    # Recognised, he has a status for the proviso to keep: the clause does not apply either way
    # (here with no internal flight alternative, whose reading is not the point).
    settled = attrs.evolve(harm, internal_relocation=False)
    recognised = rl.assess_status(
        attrs.evolve(claim, fears=[settled], recognised=True), on="2010-06-30"
    )
    assert recognised.outcome is rl.Status.REFUGEE, recognised.explain()
    either = recognised.finding.find("Art 1C: cessation")
    assert either is not None
    assert either.verdict is rl.Verdict.NOT_MET
    assert "either way the clause does not apply" in either.reason
    assert NO_STATUS_TO_KEEP not in either.reason
    assert proviso in recognised.assumptions()


def test_a_person_the_convention_never_reached_is_not_ceased_art_1b() -> None:
    """Refugee Convention arts 1B(1) and 1C: a North Korean escapee before Madagascar (which keeps
    the 1951 dateline) or Türkiye (the geographic limitation), never recognised, with Art 1C(1)
    found: the Convention, as the state applies it, never reached him, so it cannot "cease to
    apply" to him. NOT_REFUGEE on Art 1B, not CEASED on a status he never had (the own-diff
    review); and so too where he has been recognised outside Madagascar's regime."""
    from refugeelaw import testing
    from refugeelaw.law.art_1c import CEASED_STATUS_READING

    base = attrs.evolve(testing.north_korean_escapee(), cessation={rl.Cessation.ART_1C_1})
    limited = (
        ("MDG", attrs.evolve(base, events_before_1951=False)),
        ("TUR", attrs.evolve(base, events_in_europe=False)),
    )
    for state, claim in limited:
        result = rl.assess_status(claim, on="2004-06-30", state=state)
        assert result.outcome is rl.Status.NOT_REFUGEE, state
        clause = result.finding.find("Art 1C: cessation")
        assert clause is not None
        assert clause.verdict is rl.Verdict.NOT_MET
        assert "never reached the person" in clause.reason
        assert rl.Citation("refugee-convention-1951", "1B(1)") in clause.citations
        assert CEASED_STATUS_READING not in result.assumptions()
    # Recognised (by UNHCR, say, or another State): the recognition does not extend Madagascar's
    # obligations beyond its dateline (Art 1B(1)-(2)), so the Convention never reached him
    # either. It was CEASED (the recognition counted whatever the limits: return review s34 F1).
    recognised = attrs.evolve(base, recognised=True, events_before_1951=False)
    result = rl.assess_status(recognised, on="2004-06-30", state="MDG")
    assert result.outcome is rl.Status.NOT_REFUGEE
    clause = result.finding.find("Art 1C: cessation")
    assert clause is not None
    assert clause.verdict is rl.Verdict.NOT_MET
    assert "recognition as a refugee does not extend" in clause.reason


def test_a_ground_amid_generalised_violence_meets_the_nexus_on_a_named_reading_not_adan() -> None:
    """Refugee Convention art. 1A(2), "for reasons of": a clan member in a civil war fears harm for
    his clan as well as from the fighting. Read as any mixed motive, the ground suffices; *Adan v
    SSHD* [1999] 1 AC 293 asked for a risk over and above that of others caught in the fighting.
    The nexus rests on the first reading, so the result names it; without the fighting among the
    reasons, it is not relied on."""
    clan = rl.SocialGroup(
        "members of a minority clan",
        protected_characteristic=True,
        socially_perceived=True,
        exists_independently=True,
    )
    harm = rl.Harm("killing by a rival clan's militia", "SOM", severity="threat_to_life_or_freedom",
                   likelihood=0.5, actor="non_state", social_group=clan,
                   reasons={"particular_social_group", "generalised_violence"})  # fmt: skip
    claim = rl.Claim(
        rl.Person("clan member", nationalities={"SOM"}, location="GBR"),
        fears=[harm],
        protection={"SOM": "unavailable"},
        internal_relocation=False,
    )
    from refugeelaw.law.nexus import CONFLICT_READING

    result = rl.assess_status(claim, on="1998-04-02")
    assert result.outcome is rl.Status.REFUGEE
    assert CONFLICT_READING in result.finding.all_assumptions()
    alone = attrs.evolve(harm, reasons={"particular_social_group"})
    plain = rl.assess_status(attrs.evolve(claim, fears=[alone]), on="1998-04-02")
    assert plain.outcome is rl.Status.REFUGEE
    assert CONFLICT_READING not in plain.finding.all_assumptions()


def test_a_statutory_refugee_under_article_1a1_is_a_refugee_until_a_clause_ends_it() -> None:
    """Art 1A(1): a person "considered a refugee" under the arrangements of 1926 to 1939 or the IRO
    Constitution is a refugee, with no fresh Art 1A(2) test of fear; the status ends only by Art
    1C-1F, and the proviso to Art 1C(6) is written for exactly this refugee."""
    nansen = rl.Person(
        "Nansen refugee", nationalities=set(), habitual_residence="RUS", location="FRA"
    )
    statutory = rl.Claim(nansen, fears=[], statutory_refugee=True)
    result = rl.assess_status(statutory, on="1955-01-01")
    assert result.outcome is rl.Status.REFUGEE
    basis = result.finding.find("recognised refugee")
    assert basis is not None
    assert "Art 1A(1)" in basis.reason
    assert "refugee-convention-1951" in [c.instrument for c in basis.citations]
    # The definition it rests on is Art 1A(1), not a recognition (it was named as one).
    assert result.definition == "Refugee Convention art. 1A(1)"
    recognised = rl.assess_status(
        attrs.evolve(statutory, statutory_refugee=False, recognised=True, events_before_1951=True),
        on="1955-01-01",
    )
    assert recognised.definition == "recognition already made (Refugee Convention art. 1C)"
    # Art 1B(1) limits Art 1A(2)'s "events occurring before 1 January 1951", not Art 1A(1): in
    # 1955 a recognition counts only for a fear of such events, which the statutory refugee's
    # status does not ask (return review s34 F1).
    undated = rl.assess_status(
        attrs.evolve(statutory, statutory_refugee=False, recognised=True), on="1955-01-01"
    )
    assert undated.outcome is rl.Status.UNDETERMINED
    assert undated.missing_facts() == ("events_before_1951",)
    # Not on the fears: an unrecognised person with the same (absent) fear is not a refugee.
    assert rl.assess_status(
        attrs.evolve(statutory, statutory_refugee=False), on="1955-01-01"
    ).outcome is (rl.Status.NOT_REFUGEE)
    # Art 1C(6) with the proviso, as its text gives it to statutory refugees.
    text_only = rl.Doctrine(compelling_reasons="statutory")
    ceased = attrs.evolve(statutory, cessation={rl.Cessation.ART_1C_6})
    assert rl.assess_status(ceased, on="1955-01-01", doctrine=text_only).missing_facts() == (
        "compelling_reasons",
    )
    kept = attrs.evolve(ceased, compelling_reasons=True)
    assert rl.assess_status(kept, on="1955-01-01", doctrine=text_only).outcome is rl.Status.REFUGEE
    ended = attrs.evolve(ceased, compelling_reasons=False)
    assert rl.assess_status(ended, on="1955-01-01", doctrine=text_only).outcome is rl.Status.CEASED
    # And Art 1F still excludes.
    excluded = attrs.evolve(statutory, exclusion={rl.Exclusion.ART_1F_A})
    assert rl.assess_status(excluded, on="1955-01-01").outcome is rl.Status.EXCLUDED


def test_available_protection_does_not_settle_a_claim_whose_fears_are_not_stated() -> None:
    """Art 1A(2) (*Horvath*): protection found available answers harm from others, but a
    well-founded fear of the state itself is a valid reason not to avail of it. While nothing
    feared is stated, the element waits and asks for the fears; it used to refuse the claim, and
    stating a fear with its persecutor unknown then undecided it."""
    person = rl.Person("P", nationalities={"KOR"})
    unstated = rl.Claim(person, fears=None, protection={"KOR": rl.Protection.AVAILABLE})
    result = rl.assess_status(unstated, on="2004-06-30")
    assert result.outcome is rl.Status.UNDETERMINED
    assert "fears" in result.missing_facts()
    element = result.finding.find("protection of South Korea")
    assert element is not None
    assert element.verdict is rl.Verdict.UNKNOWN
    # Once the fears are stated as harm from others, the protection refuses the claim again.
    private = rl.Harm(
        "beatings by a gang",
        "KOR",
        severity=rl.Severity.SERIOUS,
        likelihood=0.5,
        actor=rl.Actor.NON_STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
    )
    stated = attrs.evolve(unstated, fears=(private,))
    assert rl.assess_status(stated, on="2004-06-30").outcome is rl.Status.NOT_REFUGEE


_ART_1E = "Art 1E: rights of a national in the country of residence"


def _resident_in_japan(*extra: rl.Harm, **changes: Any) -> rl.Claim:
    """The North Korean escapee of the source articles, now resident in Japan with a national's
    rights there (Art 1E), with ``extra`` harms feared in Japan."""
    claim = testing.north_korean_escapee()
    return attrs.evolve(
        claim, rights_of_national_in="JPN", fears=(*(claim.fears or ()), *extra), **changes
    )


def _in_japan(actor: str) -> rl.Harm:
    return rl.Harm(
        "violence for being of North Korean origin",
        "JPN",
        severity="threat_to_life_or_freedom",
        likelihood=0.5,
        actor=actor,
        reasons={"nationality"},
    )


def test_article_1e_does_not_exclude_a_person_persecuted_by_the_country_of_residence() -> None:
    """Art 1E, read with the second paragraph of Art 1A(2): the rights of a national are no answer
    to persecution by the country that accords them; the finding names that reading."""
    result = rl.assess_status(_resident_in_japan(_in_japan("state")), on=ON)
    found = result.finding.find(_ART_1E)
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    assert "fears[1]" in found.reason
    assert result.outcome is rl.Status.REFUGEE
    assert art_1e.FEAR_THERE_READING in result.assumptions()


def test_article_1e_names_the_agents_reading_where_the_state_of_residence_s_own_agents_decide() -> (
    None
):
    """Art 1E, read with Art 1A(2): harm from the country of residence's own agents is taken as
    that state's, over a finding that it protects. *Svazas v SSHD* [2002] EWCA Civ 74 would still
    weigh that protection, so the finding names the reading and cites the case; where nothing
    of the state's agents is in issue (its protection found unavailable for private harm), it
    does not."""
    claim = _resident_in_japan(_in_japan("state"), protection={"JPN": "available"})
    result = rl.assess_status(claim, on=ON)
    assert result.outcome is rl.Status.REFUGEE
    assert AGENT_READING in result.assumptions()
    there = result.finding.find("no protection in the country of residence")
    assert there is not None
    assert rl.Citation("svazas-v-sshd-2002", "holding") in there.citations
    private = _resident_in_japan(_in_japan("non_state"), protection={"JPN": "unavailable"})
    assert AGENT_READING not in rl.assess_status(private, on=ON).assumptions()


def test_article_1e_excludes_where_the_country_of_residence_protects_against_private_harm() -> None:
    """Art 1E with *Horvath*: a fear of private persons in the country of residence, which protects
    against them, leaves the person excluded; the exclusion rests on *Horvath*'s contested test of
    protection, and says so."""
    claim = _resident_in_japan(_in_japan("non_state"), protection={"JPN": "available"})
    result = rl.assess_status(claim, on=ON)
    found = result.finding.find(_ART_1E)
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert result.outcome is rl.Status.EXCLUDED
    assert HORVATH_READING in result.assumptions()


def test_article_1e_waits_for_the_country_of_residences_protection() -> None:
    """Art 1E: a private persecutor in the country of residence, whose protection is not known,
    leaves Art 1E and so the status open, and asks that country's protection."""
    claim = _resident_in_japan(_in_japan("non_state"), internal_relocation=False)
    result = rl.assess_status(claim, on=ON)
    assert result.outcome is rl.Status.UNDETERMINED
    assert "protection['JPN']" in result.missing_facts()
    answered = attrs.evolve(claim, protection={"JPN": "unavailable"})
    assert rl.assess_status(answered, on=ON).outcome is rl.Status.REFUGEE


def test_article_1e_fear_stated_elsewhere_or_not_a_fear_of_persecution_still_excludes() -> None:
    """Art 1E: a fear in the country of residence that is not well-founded does not keep the
    clause from applying; nor does a fear stated only for the country of nationality."""
    remote = attrs.evolve(_in_japan("state"), likelihood=0.01)
    assert rl.assess_status(_resident_in_japan(remote), on=ON).outcome is rl.Status.EXCLUDED
    assert rl.assess_status(_resident_in_japan(), on=ON).outcome is rl.Status.EXCLUDED


def test_article_1e_with_the_fears_unstated_is_not_decided() -> None:
    """Art 1E: what the person fears, there too, is not known, so the clause is not decided."""
    claim = attrs.evolve(_resident_in_japan(), fears=None)
    found = rl.assess_status(claim, on=ON).finding.find(_ART_1E)
    assert found is not None
    assert found.verdict is rl.Verdict.UNKNOWN
    assert found.missing == ("fears",)


@pytest.mark.parametrize("actor", ["state", "non_state"])
def test_article_1e_outcome_alone_agrees_with_the_explained_outcome(actor: str) -> None:
    """Art 1E: the outcome-only path decides a fear in the country of residence as the
    explained determination does."""
    for protection in ({}, {"JPN": "available"}, {"JPN": "unavailable"}):
        claim = _resident_in_japan(_in_japan(actor), protection=protection)
        explained = rl.assess_status(claim, on=ON).outcome
        assert rl.status_outcomes([claim], on=ON) == [explained]


def _deserter(**changes: Any) -> rl.Claim:
    """A deserter facing a fair trial, under a law consistent with human rights, with a
    proportionate and severe sentence (the facts of *Shepherd*, CJEU C-472/13, 2015, as far as
    the library can hold them)."""
    harm = rl.Harm(
        "imprisonment for deserting rather than redeploying to a war",
        "USA",
        severity="serious",
        likelihood=0.9,
        actor="state",
        reasons={"political_opinion"},
        prosecution=True,
        exit_offence=False,  # desertion, not leaving the country (Handbook 61 does not arise)
        disproportionate=False,
        discriminatory=False,
        law_contrary_to_human_rights=False,
    )
    person = rl.Person("deserter", nationalities={"USA"}, location="DEU")
    return rl.Claim(person, fears=[attrs.evolve(harm, **changes)])


def test_punishing_refusal_of_condemned_military_action_is_persecution_handbook_171() -> None:
    """UNHCR Handbook para. 171: punishment for desertion to avoid military action condemned as
    contrary to basic rules of human conduct can in itself be persecution; disagreement with the
    war's political justification is not enough (a fair prosecution stays one)."""
    condemned = rl.assess_status(_deserter(condemned_military_action=True), on="2015-02-26")
    assert condemned.outcome is rl.Status.REFUGEE
    found = condemned.finding.find("amounts to persecution")
    assert found is not None
    assert rl.Citation("unhcr-handbook", "171") in found.citations
    assert "fears[0].condemned_military_action" in found.facts
    objector = rl.assess_status(_deserter(), on="2015-02-26")
    assert objector.outcome is rl.Status.NOT_REFUGEE
    assert "fears[0].condemned_military_action" not in objector.missing_facts()


def test_handbook_171_still_needs_the_nexus_and_a_severe_punishment() -> None:
    """Handbook para. 171 ("in the light of all other requirements of the definition") and para.
    57: the prosecution's reason must still be a Convention ground, and a minor penalty is not
    persecution."""
    bare = _deserter(condemned_military_action=True, reasons={"criminal_prosecution"})
    result = rl.assess_status(bare, on="2015-02-26")
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("fears[0].reasons",)
    nexus = result.finding.find("for reasons of a Convention ground")
    assert nexus is not None
    assert rl.Citation("unhcr-handbook", "171") in nexus.citations
    minor = _deserter(condemned_military_action=True, severity="minor")
    assert rl.assess_status(minor, on="2015-02-26").outcome is rl.Status.NOT_REFUGEE


def _clan_member(**changes: Any) -> rl.Claim:
    """A Somali clan member in the civil war, feared killed by a rival clan's militia for his clan
    (the facts of *Adan v SSHD* [1999] 1 AC 293, as far as the library holds them)."""
    clan = rl.SocialGroup(
        "Isaaq clan",
        protected_characteristic=True,
        socially_perceived=True,
        exists_independently=True,
    )
    harm = rl.Harm(
        "killing by a rival clan's militia",
        "SOM",
        severity="threat_to_life_or_freedom",
        likelihood=0.5,
        actor="non_state",
        social_group=clan,
        reasons={"particular_social_group", "generalised_violence"},
    )
    return rl.Claim(
        rl.Person("clan member", nationalities={"SOM"}, location="GBR"),
        fears=[attrs.evolve(harm, **changes)],
        protection={"SOM": "unavailable"},
        internal_relocation=False,
    )


def test_adan_differential_impact_is_a_doctrine_choice_with_a_fact_of_its_own() -> None:
    """Art 1A(2) "for reasons of", *Adan v SSHD* [1999] 1 AC 293 (HL): on the differential impact
    view, a Convention ground amid civil war needs a risk over and above that of others caught in
    the fighting: unknown, the element waits for it; absent, it fails; present, it holds. On the
    default view the ground suffices, and the position is named."""
    adan = rl.Doctrine(differential_impact=True)
    waiting = rl.assess_status(_clan_member(), on="1998-04-02", state="GBR", doctrine=adan)
    assert waiting.outcome is rl.Status.UNDETERMINED
    assert waiting.missing_facts() == ("fears[0].differential_risk",)
    nexus = waiting.finding.find("for reasons of a Convention ground")
    assert nexus is not None
    assert rl.Citation("adan-v-sshd-1998", "differential impact") in nexus.citations
    shared = _clan_member(differential_risk=False)
    assert rl.assess_status(shared, on="1998-04-02", doctrine=adan).outcome is (
        rl.Status.NOT_REFUGEE
    )
    singled_out = _clan_member(differential_risk=True)
    assert rl.assess_status(singled_out, on="1998-04-02", doctrine=adan).outcome is (
        rl.Status.REFUGEE
    )
    default = rl.assess_status(shared, on="1998-04-02")
    assert default.outcome is rl.Status.REFUGEE
    assert rl.Doctrine().position("differential_impact") in default.assumptions()


def test_article_1e_does_not_weigh_a_relocation_finding_made_for_another_country() -> None:
    """Art 1E: ``internal_relocation`` is the decision-maker's finding on the country the person
    fears as a refugee; a fear of the state in the country of residence is weighed without it."""
    claim = _resident_in_japan(_in_japan("state"), internal_relocation=True)
    found = rl.assess_status(claim, on=ON).finding.find(_ART_1E)
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    assert "internal_relocation" not in [f for child in found.children for f in child.facts]


def test_one_discriminatory_measure_is_not_weighed_on_cumulative_grounds_handbook_53() -> None:
    """Handbook paras 53-55: measures "taken together" need more than one; a single measure at the
    level of discrimination is not persecution where no cumulative judgement is given or one is
    given against it. A judgement that the measures amount to persecution, given with one harm,
    is refused naming the field (interface review F3): weighed, it gave a confident NOT_REFUGEE
    on a recorded finding that the measures were persecution, and the same measures entered as
    two harms gave REFUGEE."""
    harm = rl.Harm(
        "denial of a household registration",
        "CHN",
        severity="discrimination",
        likelihood=0.9,
        actor="state",
        reasons={"political_opinion"},
    )
    claim = rl.Claim(rl.Person("B", {"CHN"}, location="KOR"), fears=[harm])
    for judged in (None, False):
        result = rl.assess_status(attrs.evolve(claim, cumulative_persecution=judged), on=ON)
        assert result.outcome is rl.Status.NOT_REFUGEE, judged
    with pytest.raises(rl.InvalidInput, match=r"^cumulative_persecution: true, yet fears names"):
        attrs.evolve(claim, cumulative_persecution=True)
    none = rl.Claim(rl.Person("B", {"CHN"}, location="KOR"), fears=[], cumulative_persecution=True)
    assert rl.assess_status(none, on=ON).outcome is rl.Status.NOT_REFUGEE  # nothing feared


def test_a_cumulative_judgement_with_measures_in_different_countries_takes_none_together() -> None:
    """Handbook para. 53 takes together measures feared in the same country: for a national of
    China and Viet Nam, one measure feared in each is not taken together, and the reason says so."""
    one = rl.Harm(
        "denial of a household registration",
        "CHN",
        severity="discrimination",
        likelihood=0.9,
        actor="state",
        reasons={"political_opinion"},
    )
    other = attrs.evolve(one, description="exclusion from schooling", country="VNM")
    claim = rl.Claim(
        rl.Person("B", {"CHN", "VNM"}, location="KOR"),
        fears=[one, other],
        cumulative_persecution=True,
    )
    said = rl.assess_status(claim, on=ON)
    assert said.outcome is rl.Status.NOT_REFUGEE
    found = said.finding.find("amounts to persecution")
    assert found is not None
    assert "needs more than one" in found.reason


def test_differential_impact_names_withheld_protection_as_the_states_reason() -> None:
    """Art 1A(2) with *Islam; Shah* and *Adan*: where the ground is the one for which the state
    withholds protection, the reason says so, not that the persecutor acts for it."""
    claim = _clan_member(
        reasons={"generalised_violence"},
        protection_withheld_for={"race"},
        differential_risk=False,
    )
    adan = rl.Doctrine(differential_impact=True)
    nexus = rl.assess_status(claim, on="1998-04-02", doctrine=adan).finding.find(
        "for reasons of a Convention ground"
    )
    assert nexus is not None
    assert nexus.verdict is rl.Verdict.NOT_MET
    assert nexus.reason.startswith("the state withholds protection for reasons of race")


def test_the_persecutors_ground_and_the_states_ground_for_withholding_protection_are_each_said_of_its_own() -> (
    None
):
    """Art 1A(2) with *Islam; Shah*: the persecutor's reasons and the state's reasons for
    withholding protection are two reasons of two actors. Racist attacks by private persons from
    which the police withhold protection because of the victim's religion: the persecutor acts for
    reasons of race, the state withholds protection for reasons of religion (the reason said the
    persecutor acted for both)."""
    harm = rl.Harm(
        "racist attacks by skinheads",
        "SVK",
        severity=rl.Severity.SERIOUS,
        likelihood=0.5,
        actor=rl.Actor.NON_STATE,
        reasons={rl.Ground.RACE},
        protection_withheld_for={rl.Ground.RELIGION},
    )
    claim = rl.Claim(
        rl.Person("A", nationalities={"SVK"}, location="GBR"),
        fears=[harm],
        protection={"SVK": rl.Protection.UNAVAILABLE},
        internal_relocation=False,
    )
    nexus = rl.assess_status(claim, on="2020-01-01").finding.find(
        "for reasons of a Convention ground"
    )
    assert nexus is not None
    assert nexus.verdict is rl.Verdict.MET
    assert nexus.reason == (
        "the persecutor acts for reasons of race, and the state withholds protection for reasons "
        "of religion"
    )
    assert rl.Citation("islam-v-sshd-1999", "holding") in nexus.citations
    amid = attrs.evolve(
        harm, reasons={rl.Ground.RACE, rl.Motive.GENERALISED_VIOLENCE}, differential_risk=False
    )
    adan = rl.Doctrine(differential_impact=True)
    fighting = rl.assess_status(attrs.evolve(claim, fears=[amid]), on="2020-01-01", doctrine=adan)
    reason = fighting.finding.find("for reasons of a Convention ground")
    assert reason is not None
    assert reason.reason.startswith(
        "the persecutor acts for reasons of race, and the state withholds protection for reasons "
        "of religion, amid civil war or generalised violence"
    )


def test_no_greater_risk_than_others_in_the_fighting_does_not_wait_on_withheld_protection() -> None:
    """Art 1A(2) with *Adan v SSHD* [1999] 1 AC 293: on the differential impact test, a risk no
    greater than that of others caught in the fighting is not persecution for a Convention
    reason, whatever ground supplies the nexus, so a clan found to be no social group does not
    leave the case waiting on whether Somalia withholds its protection for a Convention reason
    (*Islam; Shah*). It was UNDETERMINED once the group was found not to be one, NOT_REFUGEE
    while that was not known."""
    adan = rl.Doctrine(differential_impact=True)
    no_group = rl.SocialGroup("clan", protected_characteristic=False, exists_independently=True)
    for group in (None, no_group):
        claim = _clan_member(social_group=group, differential_risk=False)
        d = rl.assess_status(claim, on="1998-04-02", doctrine=adan)
        assert d.outcome is rl.Status.NOT_REFUGEE, group
        assert d.missing_facts() == ()
    # With the risk over and above others' not known, the withheld protection is still asked.
    open_risk = _clan_member(social_group=no_group, differential_risk=None)
    d = rl.assess_status(open_risk, on="1998-04-02", doctrine=adan)
    assert d.outcome is rl.Status.UNDETERMINED
    assert "fears[0].protection_withheld_for" in d.missing_facts()


def _resident_in(where: str, feared_in: str) -> rl.Claim:
    """The North Korean escapee with a national's rights in ``where`` (Art 1E), fearing
    persecution by the state in ``feared_in`` too."""
    claim = testing.north_korean_escapee()
    harm = rl.Harm(
        "detention for political activity",
        feared_in,
        severity="threat_to_life_or_freedom",
        likelihood=0.5,
        actor="state",
        reasons={"political_opinion"},
    )
    return attrs.evolve(
        claim,
        person=attrs.evolve(claim.person, location="GBR"),
        rights_of_national_in=where,
        fears=(*(claim.fears or ()), harm),
    )


@pytest.mark.parametrize(("where", "feared_in"), [("HKG", "CHN"), ("CHN", "HKG")])
def test_article_1e_matches_a_fear_in_a_territory_of_the_country_of_residence(
    where: str, feared_in: str
) -> None:
    """Art 1E, read with Art 1A(2): after 1 July 1997 Hong Kong is part of China, so persecution
    feared in one is feared in the country of residence that is the other, and Art 1E does not
    apply; before, they were two countries, and the rights of a national in one exclude a person
    who fears only the other (each way round)."""
    after = rl.assess_status(_resident_in(where, feared_in), on="2004-06-30")
    found = after.finding.find(_ART_1E)
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    assert "fears[1]" in found.reason
    assert art_1e.FEAR_THERE_READING in after.assumptions()
    assert after.outcome is rl.Status.REFUGEE
    before = rl.assess_status(_resident_in(where, feared_in), on="1996-06-30")
    assert before.outcome is rl.Status.EXCLUDED
    assert before.displaced_by == ("Art 1E",)


def test_article_1e_hong_kong_is_a_chinese_nationals_own_country_after_1997() -> None:
    """Art 1E reaches a country "in which he has taken residence": for a Chinese national, Hong
    Kong after 1 July 1997 is part of the country of nationality, whose protection is for Art
    1A(2); before, it was a country of residence where the rights of a national exclude."""
    harm = rl.Harm(
        "detention for religious practice",
        "CHN",
        severity="threat_to_life_or_freedom",
        likelihood=0.5,
        actor="state",
        reasons={"religion"},
    )
    claim = rl.Claim(
        rl.Person("Resident", {"CHN"}, location="GBR"),
        fears=[harm],
        rights_of_national_in="HKG",
    )
    after = rl.assess_status(claim, on="2004-06-30")
    found = after.finding.find(_ART_1E)
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    assert "country of nationality" in found.reason
    assert after.outcome is rl.Status.REFUGEE
    assert rl.assess_status(claim, on="1996-06-30").outcome is rl.Status.EXCLUDED


def test_a_law_enforced_alike_against_everyone_answers_the_reasons_asked_again_matter_of_chang() -> (
    None
):
    """UNHCR Handbook paras 57-59: a prosecution under a law contrary to human rights may target a
    Convention ground, so "criminal prosecution" alone leaves the reasons to be asked again;
    ``Motive.GENERAL_LAW`` records the finding that it targets none (the US Board of Immigration
    Appeals' finding on China's population policy in *Matter of Chang*, 1989), and Art 1A(2)'s
    nexus then fails, with nothing left to ask."""
    sterilisation = rl.Harm(
        "forced sterilisation for a second child in breach of the one-child policy",
        "CHN",
        severity=rl.Severity.SERIOUS,
        likelihood=0.6,
        actor=rl.Actor.STATE,
        reasons={rl.Motive.CRIMINAL_PROSECUTION},
        prosecution=True,
        exit_offence=False,  # the population policy, not leaving China (Handbook 61)
        law_contrary_to_human_rights=True,
    )
    claim = rl.Claim(rl.Person("C", {"CHN"}, location="USA"), fears=[sterilisation])
    asked = rl.assess_status(claim, on="1989-06-01")
    assert asked.outcome is rl.Status.UNDETERMINED
    assert asked.missing_facts() == ("fears[0].reasons",)
    answers = {a.label: a.outcome for a in asked.questions()[0].answers}
    assert answers["general law"] is rl.Status.NOT_REFUGEE
    assert answers["political opinion"] is rl.Status.REFUGEE
    found = attrs.evolve(
        sterilisation, reasons={rl.Motive.CRIMINAL_PROSECUTION, rl.Motive.GENERAL_LAW}
    )
    decided = rl.assess_status(attrs.evolve(claim, fears=[found]), on="1989-06-01")
    assert decided.outcome is rl.Status.NOT_REFUGEE
    assert decided.missing_facts() == ()
    nexus = decided.finding.find("for reasons of a Convention ground")
    assert nexus is not None
    assert nexus.verdict is rl.Verdict.NOT_MET
    assert "enforced against everyone it reaches alike" in nexus.reason


def test_horvath_s_sufficiency_test_is_named_where_available_protection_defeats_a_claim() -> None:
    """Art 1A(2), *Horvath v SSHD* [2001] 1 AC 489: against harm from others, a system of law that
    punishes it and a reasonable willingness to enforce it are protection enough, whatever risk
    remains. That is a contested reading (others ask whether protection brings the risk below a
    well-founded fear), so a refusal that rests on it names it; one that does not rest on it
    (protection unavailable) does not."""
    roma = rl.Claim(
        rl.Person("Roma man", {"SVK"}, location="GBR"),
        fears=[rl.Harm("attacks by skinheads", "SVK", severity="threat_to_life_or_freedom",
                       likelihood=0.6, actor="non_state", reasons={"race"})],
        protection={"SVK": "available"},
        internal_relocation=False,
    )  # fmt: skip
    refused = rl.assess_status(roma, on="2000-07-06")
    assert refused.outcome is rl.Status.NOT_REFUGEE
    assert any(a.startswith("protection against harm from others is judged as Horvath") for a in
               refused.assumptions())  # fmt: skip
    unprotected = rl.assess_status(attrs.evolve(roma, protection={"SVK": "unavailable"}), on=ON)
    assert unprotected.outcome is rl.Status.REFUGEE
    assert not any("Horvath" in a for a in unprotected.assumptions())


def test_a_pending_1f_a_stays_open_when_a_1f_b_finding_is_set_aside_js_sri_lanka() -> None:
    """Art 1F(b) reaches only a crime committed outside the country of refuge before admission;
    setting aside a 1F(b) finding for a crime after admission does not decide an Art 1F(a)
    question raised and not yet decided (*JS (Sri Lanka)* [2010] UKSC 15 remitted such a
    question): the person is undetermined, as without the 1F(b) finding, and 1F(a) is asked."""
    open_ = {"exclusion_pending": {"1F(a)"}, "crime_after_admission": True}
    for exclusion in ({"1F(b)"}, set()):
        claim = testing.north_korean_escapee(exclusion=exclusion, **open_)
        result = rl.assess_status(claim, on=ON, state="CHN")
        assert result.outcome is rl.Status.UNDETERMINED, result.explain()
        assert result.missing_facts() == ("exclusion_pending['1F(a)']",)
    found = rl.assess_status(testing.north_korean_escapee(exclusion={"1F(b)"}, **open_), on=ON)
    clause = found.finding.find("Art 1F: exclusion")
    assert clause is not None
    assert clause.verdict is rl.Verdict.UNKNOWN
    assert rl.Citation(C, "1F(b)") in clause.citations
    assert "after admission" in clause.reason
    decided = testing.north_korean_escapee(exclusion={"1F(b)"}, crime_after_admission=True)
    assert rl.assess_status(decided, on=ON).outcome is rl.Status.REFUGEE


def _recognised_iraqi(likelihood: float | None = 0.01, **changes: Any) -> rl.Claim:
    """A recognised Iraqi refugee in Germany who feared detention for political opinion."""
    claim = rl.Claim(
        person=rl.Person("R", nationalities={"IRQ"}, location="DEU"),
        fears=[rl.Harm("detention", "IRQ", severity="serious", likelihood=likelihood,
                       actor="state", reasons={"political_opinion"})],
        recognised=True,
    )  # fmt: skip
    return attrs.evolve(claim, **changes)


def test_the_art_1c5_proviso_does_not_decide_a_pending_art_1c3() -> None:
    """Refugee Convention art. 1C(5), second paragraph: compelling reasons arising out of previous
    persecution keep off 1C(5) (and 1C(6)) only; 1C(3), a new nationality whose protection the
    person enjoys, has no such proviso. A 1C(3) question raised and not yet decided stays open
    whether or not a 1C(5) finding is kept off by the proviso."""
    for cessation in ({"1C(5)"}, set()):
        claim = _recognised_iraqi(
            compelling_reasons=True, cessation_pending={"1C(3)"}, cessation=cessation
        )
        result = rl.assess_status(claim, on="2010-06-30", state="DEU")
        assert result.outcome is rl.Status.UNDETERMINED, result.explain()
        # Iraq's protection, not stated, is asked beside the clause raised: lacking it, the
        # person lacks the protection 1C(3) speaks of (art_1c.CONTRADICTED_CLAUSE_READING).
        assert result.missing_facts() == ("cessation_pending['1C(3)']", "protection['IRQ']")
        unprotected = attrs.evolve(claim, protection={"IRQ": "unavailable"})
        assert rl.assess_status(unprotected, on="2010-06-30", state="DEU").outcome is (
            rl.Status.REFUGEE
        )
    kept = _recognised_iraqi(compelling_reasons=True, cessation={"1C(5)"})
    assert rl.assess_status(kept, on="2010-06-30", state="DEU").outcome is rl.Status.REFUGEE


def test_art_1c5_kept_off_by_compelling_reasons_whatever_the_unknown_likelihood_handbook_136() -> (
    None
):
    """Refugee Convention art. 1C(5), second paragraph; UNHCR Handbook para. 136: with compelling
    reasons arising out of previous persecution established, a 1C(5) finding cannot end the
    status whether or not the circumstances persist (if they persist the clause cannot apply; if
    they have ceased the proviso keeps the status), so an unknown likelihood decides nothing: the
    person is a refugee. Where the proviso does not reach the person (the text's reading, for a
    refugee not under Art 1A(1)) or compelling reasons are not established, the likelihood
    decides and is asked."""
    kept = _recognised_iraqi(None, cessation={"1C(5)"}, compelling_reasons=True)
    result = rl.assess_status(kept, on="2010-06-30", state="DEU")
    assert result.outcome is rl.Status.REFUGEE, result.explain()
    assert result.missing_facts() == ()
    clause = result.finding.find("Art 1C: cessation")
    assert clause is not None
    assert clause.verdict is rl.Verdict.NOT_MET
    assert "either way" in clause.reason
    for likelihood in (0.01, 0.9):
        known = _recognised_iraqi(likelihood, cessation={"1C(5)"}, compelling_reasons=True)
        assert rl.assess_status(known, on="2010-06-30").outcome is rl.Status.REFUGEE
    textual = rl.Doctrine(compelling_reasons="statutory")
    for claim, doctrine in (
        (kept, textual),
        (attrs.evolve(kept, compelling_reasons=None), rl.Doctrine()),
        (attrs.evolve(kept, compelling_reasons=False), rl.Doctrine()),
    ):
        open_ = rl.assess_status(claim, on="2010-06-30", doctrine=doctrine)
        assert open_.outcome is rl.Status.UNDETERMINED
        assert open_.missing_facts() == ("fears[0].likelihood",)
    statutory = attrs.evolve(kept, statutory_refugee=True)
    assert rl.assess_status(statutory, on="2010-06-30", doctrine=textual).outcome is (
        rl.Status.REFUGEE
    )


def test_a_fear_threshold_above_one_half_is_named_more_likely_than_not_cardoza_fonseca() -> None:
    """Refugee Convention art. 1A(2), "well-founded fear": *INS v Cardoza-Fonseca* (1987) held a
    reasonable possibility enough and rejected "more likely than not". A threshold of 0.51 is
    that rejected test, not "a reasonable possibility" nor "more than a probability"; the
    finding's standard and the position relied on say so, and the default still reads as a
    reasonable possibility."""
    named = {
        0.1: ("a reasonable possibility (likelihood at least 0.1)", "a reasonable possibility"),
        0.3: ("a likelihood of at least 0.3", "a likelihood of at least 0.3"),
        0.51: ("more likely than not (likelihood at least 0.51)", "rejected"),
    }
    for threshold, (standard, words) in named.items():
        doctrine = rl.Doctrine(fear_threshold=threshold)
        result = rl.assess_status(testing.north_korean_escapee(), on=ON, doctrine=doctrine)
        fear = result.finding.find("well-founded fear")
        assert fear is not None
        assert fear.standard == standard
        position = doctrine.position("fear_threshold")
        assert words in position
        assert "reasonable possibility" not in fear.standard or threshold <= 0.1
        assert "more than a probability" not in position
    strict = rl.Doctrine(fear_threshold=0.51).position("fear_threshold")
    assert "more likely than not" in strict
    assert "Cardoza-Fonseca" in strict


def test_the_art_1c6_proviso_holds_beside_a_clause_that_cannot_reach_a_stateless_person() -> None:
    """Art 1C(6), second paragraph (Handbook para. 136): a stateless refugee who can invoke
    compelling reasons arising out of previous persecution keeps the status. Art 1C(1) (re-
    availment of the protection of the country of nationality) cannot reach a person who has
    none, so finding it beside 1C(6) must not take the proviso away; and where the nationality is
    not known, the two readings differ (a national re-availed, a stateless person kept), so it is
    asked."""

    def claim(nationalities: frozenset[str] | None, likelihood: float | None) -> rl.Claim:
        harm = rl.Harm(
            "detention", "IRQ", severity=rl.Severity.SERIOUS, likelihood=likelihood,
            actor=rl.Actor.STATE, reasons={rl.Ground.POLITICAL_OPINION},
        )  # fmt: skip
        return rl.Claim(
            rl.Person("S", nationalities, habitual_residence="IRQ", location="DEU"),
            fears=(harm,), recognised=True, compelling_reasons=True,
            cessation={rl.Cessation.ART_1C_1, rl.Cessation.ART_1C_6},
        )  # fmt: skip

    for likelihood in (0.01, None):
        stateless = rl.assess_status(claim(frozenset(), likelihood), on="2010-06-30")
        assert stateless.outcome is rl.Status.REFUGEE, likelihood
        unknown = rl.assess_status(claim(None, likelihood), on="2010-06-30")
        assert unknown.outcome is rl.Status.UNDETERMINED
        assert "person.nationalities" in unknown.missing_facts()


def test_a_fear_threshold_is_named_by_its_band_at_the_edges_cardoza_fonseca() -> None:
    """*INS v Cardoza-Fonseca* (1987): a reasonable possibility suffices, and "more likely than
    not" is the test it rejected. A threshold of 0 asks for no likelihood at all, and one well
    above one half is stricter than more likely than not: neither is named as either test."""
    from refugeelaw.doctrine import fear_standard

    assert fear_standard(0) == "any likelihood at all (likelihood at least 0)"
    assert fear_standard(0.1).startswith("a reasonable possibility")
    assert fear_standard(0.5).startswith("more likely than not")
    assert fear_standard(0.9) == "likely at 0.9 at least, stricter than more likely than not"


def test_a_pending_art_1c5_the_proviso_would_keep_off_does_not_leave_the_status_open() -> None:
    """Refugee Convention art. 1C(5), second paragraph; UNHCR Handbook para. 136: a 1C(5)
    question raised and not yet decided cannot end the status of a refugee who can invoke
    compelling reasons arising out of previous persecution (the default reading of the proviso,
    for every refugee): were it decided that the circumstances have ceased, the proviso would keep
    the status. Asking it is pointless, so the result does not wait on it."""
    claim = _recognised_iraqi(compelling_reasons=True, cessation_pending={"1C(5)"})
    result = rl.assess_status(claim, on="2010-06-30", state="DEU")
    assert result.outcome is rl.Status.REFUGEE, result.explain()
    assert result.questions() == ()
    found = result.finding.find("Art 1C: cessation")
    assert found is not None
    assert "the proviso keeps the status" in found.reason
    # Without compelling reasons, or with the proviso read for statutory refugees only (its
    # text), the pending 1C(5) still decides.
    for open_, doctrine in (
        (_recognised_iraqi(compelling_reasons=False, cessation_pending={"1C(5)"}), rl.Doctrine()),
        (claim, rl.Doctrine(compelling_reasons="statutory")),
    ):
        result = rl.assess_status(open_, on="2010-06-30", state="DEU", doctrine=doctrine)
        assert result.outcome is rl.Status.UNDETERMINED
        assert result.missing_facts() == ("cessation_pending['1C(5)']",)


def test_a_pending_art_1c1_cannot_reach_a_stateless_refugee() -> None:
    """Refugee Convention art. 1C(1): "voluntarily re-availed himself of the protection of the
    country of his nationality": a stateless refugee has none, so a 1C(1) question raised about
    him cannot end his status (as a 1C(1) finding cannot). Nor can a 1C(2) question (re-acquiring
    a lost nationality: status review s35 F2, a stateless person holds none; it was asked). A 1C(4)
    question (re-establishment in the country he left) can reach him. With his nationality not
    known, 1C(1) still may."""
    fear = rl.Harm(
        "imprisonment for his opposition", "AFG", severity="threat_to_life_or_freedom",
        likelihood=0.5, actor="state", reasons={"political_opinion"},
    )  # fmt: skip
    claim = rl.Claim(
        rl.Person("Stateless refugee", frozenset(), habitual_residence="AFG", location="DNK"),
        fears=[fear],
        recognised=True,
        cessation_pending={rl.Cessation.ART_1C_1},
    )
    result = rl.assess_status(claim, on="2004-06-30", state="DNK")
    assert result.outcome is rl.Status.REFUGEE, result.explain()
    found = result.finding.find("Art 1C: cessation")
    assert found is not None
    assert "Art 1C(1) cannot reach a stateless person" in found.reason
    # A 1C(2) question (re-acquiring a lost nationality) cannot reach him either.
    both = attrs.evolve(claim, cessation_pending={rl.Cessation.ART_1C_1, rl.Cessation.ART_1C_2})
    result = rl.assess_status(both, on="2004-06-30", state="DNK")
    assert result.outcome is rl.Status.REFUGEE, result.explain()
    found = result.finding.find("Art 1C: cessation")
    assert found is not None
    assert "Art 1C(1), 1C(2) cannot reach a stateless person" in found.reason
    # A 1C(4) question (re-establishment in the country he left) can reach him, but not while he
    # meets Art 1A(2) again, outside Afghanistan with a well-founded fear (status review s36 F3:
    # was asked); back in Afghanistan, it stays open.
    both = attrs.evolve(claim, cessation_pending={rl.Cessation.ART_1C_1, rl.Cessation.ART_1C_4})
    again = rl.assess_status(both, on="2004-06-30", state="DNK")
    assert again.outcome is rl.Status.REFUGEE
    assert again.missing_facts() == ()
    back = attrs.evolve(both, person=attrs.evolve(both.person, location="AFG"))
    assert (
        "cessation_pending['1C(4)']"
        in rl.assess_status(back, on="2004-06-30", state="DNK").missing_facts()
    )
    unknown = attrs.evolve(claim, person=rl.Person("Refugee", None, location="DNK"))
    result = rl.assess_status(unknown, on="2004-06-30", state="DNK")
    assert result.outcome is rl.Status.UNDETERMINED
    assert "person.nationalities" in result.missing_facts()


def test_a_reasonable_internal_flight_alternative_defeats_the_fear_whoever_persecutes_handbook_91() -> (
    None
):
    """UNHCR Handbook para. 91; UNHCR Guidelines No. 4 para. 7(I)(b): against a non-state
    persecutor a reasonable internal flight alternative defeats the fear, and against the state it
    rebuts the presumption that no part of the country is safe. Found by the decision-maker, it
    defeats the fear whoever the persecutor is, so the persecutor need not be asked."""
    fear = rl.Harm(
        "imprisonment", "CHN", severity="threat_to_life_or_freedom", likelihood=0.5,
        reasons={"political_opinion"},
    )  # fmt: skip
    claim = rl.Claim(
        rl.Person("A", {"CHN"}, location="DNK"),
        fears=[fear],
        protection={"CHN": "unavailable"},
        internal_relocation=True,
    )
    result = rl.assess_status(claim, on="2004-06-30")
    assert result.outcome is rl.Status.NOT_REFUGEE
    assert result.missing_facts() == ()
    for actor in rl.Actor:
        evolved = attrs.evolve(claim, fears=[attrs.evolve(fear, actor=actor)])
        assert rl.assess_status(evolved, on="2004-06-30").outcome is rl.Status.NOT_REFUGEE


def test_a_pending_clause_that_cannot_reach_the_person_rests_on_no_proviso() -> None:
    """Refugee Convention art. 1C(1) cannot reach a stateless refugee; the proviso to Art 1C(5)
    and 1C(6) plays no part in that, so the finding names neither compelling reasons nor the
    position on who may invoke them."""
    claim = rl.Claim(
        rl.Person("Stateless refugee", frozenset(), habitual_residence="AFG", location="DNK"),
        recognised=True,
        compelling_reasons=False,
        cessation_pending={rl.Cessation.ART_1C_1},
    )
    result = rl.assess_status(claim, on="2004-06-30", state="DNK")
    found = result.finding.find("Art 1C: cessation")
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    assert "compelling_reasons" not in found.facts
    assert not any(a.startswith("compelling_reasons") for a in found.assumptions)


def test_one_central_reason_waits_where_the_persecutors_own_reasons_are_not_known() -> None:
    """Doctrine(nexus="one_central_reason") (the US standard, INA s. 208(b)(1)(B)(i)): a ground
    must be at least one central reason among the persecutor's. Where the ground is supplied by
    protection withheld for it (Islam; Shah) and the persecutor's own reasons are not known, whether
    it is central is not known either: the nexus waits on it, not MET as if there were no other
    reasons. The default (a contributing reason) is unchanged."""
    harm = rl.Harm(
        "beating", "PRK", severity="serious", likelihood=0.5, actor="non_state",
        protection_withheld_for={"political_opinion"},
    )  # fmt: skip
    claim = rl.Claim(
        rl.Person("p", {"PRK"}, location="CHN"),
        [harm],
        {"PRK": "unavailable"},
        False,
    )
    central = rl.Doctrine(nexus="one_central_reason")
    result = rl.assess_status(claim, on="2000-01-01", doctrine=central)
    assert result.outcome is rl.Status.UNDETERMINED
    assert "fears[0].ground_central" in result.missing_facts()
    assert rl.status_outcomes([claim], on="2000-01-01", doctrine=central) == [
        rl.Status.UNDETERMINED
    ]
    found = attrs.evolve(claim, fears=[attrs.evolve(harm, ground_central=True)])
    assert rl.assess_status(found, on="2000-01-01", doctrine=central).outcome is rl.Status.REFUGEE
    assert rl.assess_status(claim, on="2000-01-01").outcome is rl.Status.REFUGEE


def test_a_dual_national_in_his_other_country_of_nationality_is_not_outside_it() -> None:
    """Art 1A(2), second paragraph: "the country of his nationality" is each country of which a
    person of several nationalities is a national (UNHCR Handbook paras 106-107). A Syrian and
    German national in Germany, fearing Syria, has crossed a frontier: he fails alienage because
    Germany is a country of his nationality, and the reason says so, not that he never left."""
    fear = rl.Harm(
        "torture", "SYR", "threat_to_life_or_freedom", 0.5, "state", {"political_opinion"}
    )
    claim = rl.Claim(rl.Person("D", {"SYR", "DEU"}, location="DEU"), fears=[fear])
    d = rl.assess_status(claim, on="2016-01-01", state="DEU")
    assert d.outcome is rl.Status.NOT_REFUGEE
    alienage = d.inclusion.children[0]
    assert alienage.verdict is rl.Verdict.NOT_MET
    assert alienage.reason.startswith("the person is in Germany, one of the countries of their")
    assert rl.Citation("unhcr-handbook", "106-107") in alienage.citations
    assert "crossed an international frontier" not in alienage.reason
    # One nationality, still in the country: the frontier not crossed.
    home = rl.Claim(rl.Person("S", {"SYR"}, location="SYR"), fears=[fear])
    reason = rl.assess_status(home, on="2016-01-01").inclusion.children[0].reason
    assert "crossed an international frontier" in reason


def test_cessation_waits_on_an_exclusion_clause_before_it_that_is_still_open() -> None:
    """Art 1C ("shall cease to apply") comes after Arts 1D-1F ("shall not apply"): the first
    clause that applies decides (Handbook 140: those within Arts 1D-1F are excluded from refugee
    status, not refugees whose status has ceased), so a cessation clause found while Art 1E or
    Art 1F is not yet decided leaves the outcome open. It was CEASED, and deciding the earlier
    clause then changed it to EXCLUDED."""
    recognised = attrs.evolve(
        testing.north_korean_escapee(cessation={"1C(2)"}, rights_of_national_in="DEU"),
        recognised=True,
    )
    open_1e = rl.assess_status(attrs.evolve(recognised, fears=None), on="2004-06-30")
    assert open_1e.outcome is rl.Status.UNDETERMINED
    assert open_1e.missing_facts() == ("fears",)
    # What he fears decides Art 1E and, since Art 1C(2) cannot keep out a person who meets Art
    # 1A(2) again (status review s36 F3), Art 1C(2) too.
    assert "whether Art 1E or Art 1C displaces it is not yet decided" in open_1e.finding.reason
    assert rl.assess_status(recognised, on="2004-06-30").outcome is rl.Status.EXCLUDED
    pending = testing.north_korean_escapee(cessation={"1C(2)"}, exclusion_pending={"1F(a)"})
    open_1f = rl.assess_status(pending, on="2004-06-30")
    assert open_1f.outcome is rl.Status.UNDETERMINED
    assert open_1f.missing_facts() == ("exclusion_pending['1F(a)']",)
    # Either answer to the Art 1F question decides: excluded, or, Art 1C(2) not keeping out the
    # escapee, who meets Art 1A(2) again, a refugee (status review s36 F3: was CEASED).
    found = attrs.evolve(pending, exclusion_pending=frozenset(), exclusion={"1F(a)"})
    cleared = attrs.evolve(pending, exclusion_pending=frozenset())
    assert rl.assess_status(found, on="2004-06-30").outcome is rl.Status.EXCLUDED
    assert rl.assess_status(cleared, on="2004-06-30").outcome is rl.Status.REFUGEE


def test_only_a_measure_at_the_level_of_discrimination_is_counted_with_the_others() -> None:
    """Handbook para. 53: measures not in themselves persecution may amount to it taken together,
    with the other adverse factors feared in that country, whatever their severity. Only a harm at
    the level of discrimination is weighed with the others, so the count is made for it alone (for any other harm it is 1, the harm itself: a claim of many harms no longer
    costs the square of their number); the count is the same as before for the harm that needs
    it, and the outcome is unchanged."""
    from refugeelaw.law.fear import well_founded
    from refugeelaw.law.persecution import ALONE, Measures, discriminatory_measures

    def founded(harm: rl.Harm, path: str) -> rl.Finding:
        return well_founded(harm, path, rl.Doctrine())

    person = rl.Person("P", {"IRN"}, location="DEU")
    measures = [rl.Harm(f"measure {i}", "IRN", severity="discrimination", likelihood=0.9,
                        actor="state", reasons={"religion"}) for i in range(3)]  # fmt: skip
    minor = rl.Harm("fines", "IRN", severity="minor", likelihood=0.9, actor="state")
    elsewhere = rl.Harm("insults", "AFG", severity="discrimination")
    serious = rl.Harm("prison", "IRN", severity="serious", likelihood=0.9, actor="state")
    claim = rl.Claim(person, fears=[*measures, minor, elsewhere, serious])
    # Three measures, and two adverse factors: one minor, one serious (para. 53: "combined with
    # other adverse factors"; the prison is weighed with them, whatever its own nexus).
    assert discriminatory_measures(claim, measures[0], founded) == Measures(5, 5)
    assert discriminatory_measures(claim, elsewhere, founded) == ALONE
    assert discriminatory_measures(claim, serious, founded) == ALONE
    assert discriminatory_measures(claim, minor, founded) == ALONE
    together = attrs.evolve(claim, cumulative_persecution=True)
    found = rl.assess_status(together, on="2004-06-30").finding.find("fears[0]: measure 0")
    assert found is not None
    assert found.verdict is rl.Verdict.MET


_SONGBUN = rl.Harm("exclusion from jobs and schooling for songbun class", "PRK",
                   severity="discrimination", likelihood=0.9, actor="state",
                   reasons={"political_opinion"})  # fmt: skip


@pytest.mark.parametrize("likelihood", [0.0, 0.05])
def test_a_harm_found_not_to_be_feared_with_good_reason_is_no_adverse_factor(
    likelihood: float,
) -> None:
    """Handbook para. 53 takes together measures and "other adverse factors" the person faces; a
    harm the assessor finds below the standard of a well-founded fear (here a reasonable
    possibility, 0.1) bears on nothing. Songbun discrimination in North Korea alone is
    NOT_REFUGEE; adding a fear of torture assessed at 0 (or 0.05) reopened it, asking
    ``cumulative_persecution`` (and "yes" recognised the person on a combination whose second
    half was found not to exist): the status and return reviews' F3/F5. It stays NOT_REFUGEE,
    and China's return stays PERMITTED, whatever the judgement on cumulative grounds."""
    person = rl.Person("A", {"PRK"}, location="CHN")
    torture = rl.Harm("torture by the police", "PRK", severity="threat_to_life_or_freedom",
                      likelihood=likelihood, actor="state", reasons={"political_opinion"})  # fmt: skip
    for judged in (None, True, False):
        claim = rl.Claim(person, fears=[_SONGBUN, torture], protection={"PRK": "unavailable"},
                         cumulative_persecution=judged)  # fmt: skip
        d = rl.assess_status(claim, on="2004-06-30", state="CHN")
        assert d.outcome is rl.Status.NOT_REFUGEE
        assert d.missing_facts() == ()
        r = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30",
                             doctrine=rl.Doctrine(non_refoulement_customary=False))  # fmt: skip
        assert r.outcome is rl.ReturnOutcome.PERMITTED


def test_an_adverse_factor_not_yet_known_to_be_feared_keeps_the_cumulative_judgement_open() -> None:
    """Handbook para. 53, and the monotonicity of every answer: while the other harm's likelihood
    is unknown it may count, so a judgement that the measures taken together amount to
    persecution waits on that likelihood (UNDETERMINED asking it) instead of deciding REFUGEE
    that a likelihood of 0 would then undo; once it is found well founded the judgement stands."""
    person = rl.Person("A", {"PRK"}, location="CHN")
    shortage = rl.Harm("exclusion from food rations", "PRK", severity="minor", actor="state",
                       reasons={"political_opinion"})  # fmt: skip
    claim = rl.Claim(person, fears=[_SONGBUN, shortage], protection={"PRK": "unavailable"},
                     cumulative_persecution=True)  # fmt: skip
    d = rl.assess_status(claim, on="2004-06-30", state="CHN")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("fears[1].likelihood",)
    element = d.finding.find("fears[0]: exclusion from jobs and schooling for songbun class")
    assert element is not None
    found = element.find("amounts to persecution")
    assert found is not None
    assert "not yet known" in found.reason
    outcomes = {
        likelihood: rl.assess_status(
            attrs.evolve(claim, fears=[_SONGBUN, attrs.evolve(shortage, likelihood=likelihood)]),
            on="2004-06-30",
            state="CHN",
        ).outcome
        for likelihood in (0.0, 0.5)
    }
    assert outcomes == {0.0: rl.Status.NOT_REFUGEE, 0.5: rl.Status.REFUGEE}


@pytest.mark.parametrize(
    ("nationality", "there", "on"),
    [("CHN", "HKG", "2005-06-30"), ("ETH", "ERI", "1990-06-01")],
    ids=["Hong Kong, part of China", "Eritrea, part of Ethiopia"],
)
def test_measures_in_a_territory_part_of_the_state_are_taken_together_with_the_states(
    nationality: str, there: str, on: str
) -> None:
    """Handbook para. 53 weighs the measures feared in the country of origin as a whole: a
    measure in Hong Kong in 2005 (part of China from 1 July 1997) or in Eritrea in 1990 (part of
    Ethiopia until 24 May 1993, ``data/territories.json``) is taken together with one in the
    rest of that State, as the other elements already read the place (the status review's F3):
    the decision-maker's judgement on cumulative grounds was discarded with "no other measure
    is feared in that country" (NOT_REFUGEE); it now decides (REFUGEE). In Hong Kong in 1995,
    a British dependent territory, the measure is not in China and is not counted."""

    def measure(what: str, where: str) -> rl.Harm:
        return rl.Harm(what, where, severity="discrimination", likelihood=0.9, actor="state",
                       reasons={"religion"})  # fmt: skip

    claim = rl.Claim(
        rl.Person("B", {nationality}, location="CAN"),
        fears=[measure("barred from university", nationality), measure("dismissed", there)],
        cumulative_persecution=True,
    )
    assert rl.assess_status(claim, on=on).outcome is rl.Status.REFUGEE
    if there == "HKG":
        assert rl.assess_status(claim, on="1995-06-30").outcome is rl.Status.NOT_REFUGEE


def test_a_harms_own_finding_on_internal_relocation_answers_before_the_claims() -> None:
    """Handbook para. 91: a person who could reasonably live safely in another part of the
    country is not a refugee, as to the persecutor and country in issue. The harm's own finding
    (``Harm.internal_relocation``) decides its element and is the judgement relied on; the
    claim's answers every harm that has none of its own."""
    harm = attrs.evolve((_shah().fears or ())[0], internal_relocation=True)
    own = attrs.evolve(_shah(), fears=[harm], internal_relocation=False)
    found = rl.assess_status(own, on="1999-03-25", state="GBR").finding.find(
        "no internal flight alternative"
    )
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    assert found.judgements == ("fears[0].internal_relocation",)
    wide = attrs.evolve(own, fears=[attrs.evolve(harm, internal_relocation=None)])
    fallback = rl.assess_status(wide, on="1999-03-25", state="GBR").finding.find(
        "no internal flight alternative"
    )
    assert fallback is not None
    assert fallback.verdict is rl.Verdict.MET
    assert fallback.judgements == ("internal_relocation",)


def test_a_cessation_clause_found_for_a_person_never_recognised_is_read_as_ending_a_status_and_says_so() -> (
    None
):
    """Refugee Convention art. 1C ("shall cease to apply to any person falling under the terms of
    section A") with UNHCR Handbook para. 28 (status is declaratory): a person never recognised
    who does not meet Art 1A(2) now, with Art 1C(2) found, is CEASED on the reading that the
    decision-maker's finding of the clause is a finding that the person had been a refugee whose
    status it ended; the finding says so, cites para. 28 and names the reading (the review found
    "refugee status has ceased" beside "an element of Art 1A(2) is not met", unexplained). With
    inclusion not known the same. A recognised refugee's cessation relies on no such reading."""
    from refugeelaw.law.art_1c import CEASED_STATUS_READING

    weak = rl.Harm(
        "beating",
        "TUR",
        severity=rl.Severity.SERIOUS,
        likelihood=0.01,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
    )
    claim = rl.Claim(
        rl.Person("A", nationalities={"TUR"}, location="DEU"),
        fears=[weak],
        cessation={rl.Cessation.ART_1C_2},
    )
    result = rl.assess_status(claim, on="2020-01-01")
    assert result.outcome is rl.Status.CEASED
    clause = result.finding.find("Art 1C: cessation")
    assert clause is not None
    assert "never recognised, does not meet Art 1A(2) now" in clause.reason
    assert rl.Citation("unhcr-handbook", "28") in clause.citations
    assert CEASED_STATUS_READING in result.assumptions()
    # The likelihood not known: were the fear well-founded he would meet Art 1A(2) again, and
    # Art 1C(2) could not keep him out (status review s36 F3: was CEASED on the reading).
    unknown = rl.assess_status(
        attrs.evolve(claim, fears=[attrs.evolve(weak, likelihood=None)]), on="2020-01-01"
    )
    assert unknown.outcome is rl.Status.UNDETERMINED
    assert "fears[0].likelihood" in unknown.missing_facts()
    assert CEASED_STATUS_READING not in unknown.assumptions()
    recognised = rl.assess_status(attrs.evolve(claim, recognised=True), on="2020-01-01")
    assert recognised.outcome is rl.Status.CEASED
    assert CEASED_STATUS_READING not in recognised.assumptions()


def test_a_fear_sur_place_names_the_reading_on_activities_abroad_created_to_found_a_claim() -> None:
    """UNHCR Handbook paras 94-96; *Danian v SSHD* [1999] EWCA Civ 3000: a fear that arose after
    departure is weighed like any other, whatever the motive of the activities abroad. EU
    Qualification Directive art. 5(3) (the CJEU's *JF*, C-222/22, a conversion in Austria) and
    Australian law take another line, so the reading is named wherever a fear is sur place
    (the facts of *JF*: an Iranian who converted in Austria)."""
    from refugeelaw.law.fear import SUR_PLACE_READING

    harm = rl.Harm(
        "imprisonment for apostasy after conversion in Austria",
        "IRN",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.5,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.RELIGION},
        sur_place=True,
    )
    claim = rl.Claim(rl.Person("JF", nationalities={"IRN"}, location="AUT"), fears=[harm])
    result = rl.assess_status(claim, on="2024-02-29", state="AUT")
    assert result.outcome is rl.Status.REFUGEE
    assert SUR_PLACE_READING in result.assumptions()
    before = rl.assess_status(
        attrs.evolve(claim, fears=[attrs.evolve(harm, sur_place=False)]), on="2024-02-29"
    )
    assert SUR_PLACE_READING not in before.assumptions()


def test_a_condemned_military_action_prosecution_names_the_eu_presumption_it_does_not_apply() -> (
    None
):
    """Handbook 171 with CJEU *EZ v Germany* (C-238/19, 2020): EU law presumes strongly that the
    refusal of military service in a conflict of systematic war crimes is connected with a
    Convention ground. The library leaves the reasons to the decision-maker and says so in the
    nexus finding, which waits on them (a Syrian draft evader in Germany, 2020)."""
    harm = rl.Harm(
        "imprisonment for evading military service",
        "SYR",
        severity=rl.Severity.SERIOUS,
        likelihood=0.8,
        actor=rl.Actor.STATE,
        reasons={rl.Motive.CRIMINAL_PROSECUTION},
        prosecution=True,
        exit_offence=False,  # evading service, not leaving Syria (Handbook 61 does not arise)
        disproportionate=False,
        discriminatory=False,
        law_contrary_to_human_rights=False,
        condemned_military_action=True,
    )
    claim = rl.Claim(rl.Person("EZ", nationalities={"SYR"}, location="DEU"), fears=[harm])
    result = rl.assess_status(claim, on="2020-11-19", state="DEU")
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("fears[0].reasons",)
    nexus = result.finding.find("for reasons of a Convention ground")
    assert nexus is not None
    assert "EZ, C-238/19" in nexus.reason
    assert "does not apply" in nexus.reason


def test_cessation_of_an_article_1d_refugee_is_not_read_as_ending_a_status_never_shown() -> None:
    """Art 1D, second paragraph: a Palestinian whose UNRWA assistance ceased is ipso facto
    entitled to the benefits of the Convention, a status shown without Art 1A(2). Art 1C(6) found
    for him is not explained by the reading for a person who shows no status (he does not meet
    Art 1A(2), but his status never rested on it)."""
    from refugeelaw.law.art_1c import CEASED_STATUS_READING

    person = rl.Person(
        "Palestinian from Yarmouk", nationalities=set(), habitual_residence="SYR", location="SWE"
    )
    claim = rl.Claim(
        person,
        fears=[],
        unrwa_assistance_ceased=True,
        cessation={rl.Cessation.ART_1C_6},
        compelling_reasons=False,
    )
    result = rl.assess_status(claim, on="2015-01-01")
    assert result.outcome is rl.Status.CEASED
    assert CEASED_STATUS_READING not in result.assumptions()
    clause = result.finding.find("Art 1C: cessation")
    assert clause is not None
    assert "never recognised" not in clause.reason


# -- Art 1D not yet examined: Bolbol (actual recourse), El Kott (cessation), asked, not assumed --


def _camp(location: str = "DEU") -> rl.Person:
    return rl.Person(
        "Palestinian from Ein El-Hilweh",
        nationalities=set(),
        habitual_residence="LBN",
        location=location,
    )


def _clashes(likelihood: float, reasons: set[str]) -> list[rl.Harm]:
    return [
        rl.Harm(
            "harm in armed clashes in the camp",
            "LBN",
            severity="threat_to_life_or_freedom",
            likelihood=likelihood,
            actor="non_state",
            reasons=reasons,
        )
    ]


def _answers(d: rl.StatusDetermination) -> dict[str, list[tuple[str, str]]]:
    return {q.path: [(a.label, a.outcome.name) for a in q.answers] for q in d.questions()}


def test_art_1d_not_examined_is_undetermined_and_asks_bolbol_and_el_kott() -> None:
    """Refugee Convention art. 1D; CJEU *Bolbol* (C-31/09: actual recourse) and *El Kott*
    (C-364/11: ceased for reasons beyond the person's control): a stateless Palestinian from
    Lebanon whose Art 1D facts are not known (``unrwa_assistance=None``) is undetermined, not
    refused: both facts are missing and asked, and the answers decide (ceased: ipso facto a
    refugee; received and not ceased, or received now: outside the Convention)."""
    no_fear = rl.Claim(
        _camp(), fears=_clashes(0.05, {"generalised_violence"}), unrwa_assistance=None
    )
    d = rl.assess_status(no_fear, on="2013-06-01")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("unrwa_assistance", "unrwa_assistance_ceased")
    assert _answers(d) == {
        "unrwa_assistance": [("yes", "NOT_REFUGEE"), ("no", "NOT_REFUGEE")],
        "unrwa_assistance_ceased": [("yes", "REFUGEE"), ("no", "NOT_REFUGEE")],
    }
    first = d.finding.find("Art 1D: other UN protection or assistance")
    assert first is not None
    assert first.verdict is rl.Verdict.UNKNOWN
    assert rl.Citation("cjeu-bolbol-2010", "holding") in first.citations
    second = d.finding.find("Art 1D, second paragraph: ipso facto entitled")
    assert second is not None
    assert second.verdict is rl.Verdict.UNKNOWN
    assert rl.Citation("cjeu-el-kott-2012", "holding") in second.citations
    # A well-founded fear: Art 1A(2) is met, and Art 1D may still displace it.
    feared = attrs.evolve(
        no_fear,
        fears=_clashes(0.5, {"political_opinion"}),
        protection={"LBN": "unavailable"},
        internal_relocation=False,
    )
    d = rl.assess_status(feared, on="2013-06-01")
    assert d.outcome is rl.Status.UNDETERMINED
    assert _answers(d) == {
        "unrwa_assistance": [("yes", "EXCLUDED"), ("no", "REFUGEE")],
        "unrwa_assistance_ceased": [("yes", "REFUGEE"), ("no", "EXCLUDED")],
    }


@pytest.mark.parametrize(
    ("ceased", "outcome"), [(True, rl.Status.REFUGEE), (False, rl.Status.NOT_REFUGEE)]
)
def test_art_1d_cessation_stated_decides_though_receipt_is_left_unknown(
    ceased: bool, outcome: rl.Status
) -> None:
    """Art 1D, second paragraph (*El Kott*): assistance that ceased, or did not, was received;
    ``unrwa_assistance=None`` beside it is read as the cessation says, with nothing missing."""
    claim = rl.Claim(_camp(), fears=[], unrwa_assistance=None, unrwa_assistance_ceased=ceased)
    d = rl.assess_status(claim, on="2013-06-01")
    assert (d.outcome, d.missing_facts()) == (outcome, ())


def test_art_1d_not_examined_for_a_person_still_in_the_field_does_not_wait() -> None:
    """Art 1D, second paragraph: the benefits of the Convention are owed to a person outside the
    country; one still in Lebanon is not entitled whatever the answer, so nothing is asked."""
    claim = rl.Claim(_camp(location="LBN"), fears=[], unrwa_assistance=None)
    d = rl.assess_status(claim, on="2013-06-01")
    assert (d.outcome, d.missing_facts()) == (rl.Status.NOT_REFUGEE, ())


def test_art_1d_on_the_default_says_not_stated_not_that_none_is_received() -> None:
    """Art 1D: ``unrwa_assistance`` left at its default is not a finding that none is received;
    for a stateless person from an UNRWA field the finding says Art 1D was not examined. The
    outcome is unchanged (the default is read as not arising)."""
    d = rl.assess_status(rl.Claim(_camp(), fears=[]), on="2013-06-01")
    assert d.outcome is rl.Status.NOT_REFUGEE
    first = d.finding.find("Art 1D: other UN protection or assistance")
    assert first is not None
    assert first.verdict is rl.Verdict.NOT_MET
    assert "not stated to be received (unrwa_assistance)" in first.reason
    assert "Lebanon is in UNRWA's area of operations" in first.reason
    assert "no other UN agency" not in first.reason
    escapee = rl.assess_status(_escapee(), on=ON).finding
    found = escapee.find("Art 1D: other UN protection or assistance")
    assert found is not None
    assert found.reason == (
        "protection or assistance from a UN agency other than UNHCR is not stated to be received "
        "(unrwa_assistance)"
    )


def test_art_1d_unknown_receipt_reads_and_writes_as_json_null() -> None:
    """``Claim.unrwa_assistance`` may be null in JSON (not known); a record without it reads as
    false, as before."""
    claim = rl.Claim(_camp(), unrwa_assistance=None)
    record = rl.to_dict(claim)
    assert record["unrwa_assistance"] is None
    assert rl.from_dict(rl.Claim, record) == claim
    del record["unrwa_assistance"]
    assert rl.from_dict(rl.Claim, record).unrwa_assistance is False


# -- Art 1D, second paragraph, and a nationality whose protection is available (review 2 F2) --


def _jordanian_palestinian(protection: dict[str, str]) -> rl.Claim:
    return rl.Claim(
        rl.Person("Jordanian Palestinian", nationalities={"JOR"}, location="DEU"),
        fears=[],
        protection=protection,
        unrwa_assistance_ceased=True,
        rights_of_national_in="JOR",
    )


def test_art_1d_entitlement_fails_where_a_nationalitys_protection_is_available() -> None:
    """Refugee Convention art. 1D, second paragraph, read with Art 1A(2) second paragraph
    (Handbook paras 106-107) and Art 1C(3) (a new nationality whose protection is enjoyed): a
    Palestinian with Jordanian nationality whose UNRWA assistance ceased (*El Kott*), who fears
    nothing and whom Jordan protects, is not a refugee; the reading is named where it decides."""
    d = rl.assess_status(_jordanian_palestinian({"JOR": "available"}), on="2015-01-01")
    assert (d.outcome, d.missing_facts()) == (rl.Status.NOT_REFUGEE, ())
    assert art_1d.NATIONAL_PROTECTION_READING in d.assumptions()
    assert "does not entitle a person with a nationality" in d.finding.reason
    entitled = d.finding.find("Art 1D, second paragraph: ipso facto entitled")
    assert entitled is not None
    assert entitled.verdict is rl.Verdict.NOT_MET
    assert rl.Citation("refugee-convention-1951", "1C(3)") in entitled.citations
    assert rl.Citation("unhcr-handbook", "106-107") in entitled.citations
    assert "protection['JOR']" in entitled.facts
    # Art 1E sends a country of nationality to Art 1A(2), and now says Art 1D weighs it too.
    clause = d.finding.find("Art 1E: rights of a national in the country of residence")
    assert clause is not None
    assert "Art 1D's second paragraph, which weighs a nationality's protection" in clause.reason


def test_art_1d_entitlement_waits_on_a_nationalitys_protection_not_yet_known() -> None:
    """Art 1D, second paragraph (the same reading): whether Jordan protects the person is not
    known, so neither is the entitlement; the question is asked, and its answers decide."""
    d = rl.assess_status(_jordanian_palestinian({}), on="2015-01-01")
    assert (d.outcome, d.missing_facts()) == (rl.Status.UNDETERMINED, ("protection['JOR']",))
    assert art_1d.NATIONAL_PROTECTION_READING in d.assumptions()
    assert _answers(d) == {
        "protection['JOR']": [
            ("available", "NOT_REFUGEE"),
            ("unavailable", "REFUGEE"),
            ("refused for valid reason", "REFUGEE"),
        ]
    }


def test_art_1d_entitlement_holds_where_the_nationalitys_protection_is_unavailable() -> None:
    """Art 1D, second paragraph (*El Kott*): a Jordanian national whom Jordan does not protect is
    entitled; the reading, which does not decide, is not among the positions relied on, nor is
    it for a stateless Palestinian, whose entitlement does not turn on any nationality."""
    d = rl.assess_status(_jordanian_palestinian({"JOR": "unavailable"}), on="2015-01-01")
    assert (d.outcome, d.definition) == (
        rl.Status.REFUGEE,
        "Refugee Convention art. 1D, second paragraph",
    )
    assert art_1d.NATIONAL_PROTECTION_READING not in d.assumptions()
    stateless = rl.Claim(_camp(), fears=[], unrwa_assistance_ceased=True)
    d = rl.assess_status(stateless, on="2013-06-01")
    assert d.outcome is rl.Status.REFUGEE
    assert art_1d.NATIONAL_PROTECTION_READING not in d.assumptions()


# ---------------------------------------------------------------------------------------------
# Art 1A(2), second paragraph, against the fears stated in the country whose protection is
# declined
# ---------------------------------------------------------------------------------------------

_EXIT = rl.Harm(
    "detention and torture for illegal exit", "PRK", severity="threat_to_life_or_freedom",
    likelihood=0.8, actor="state", reasons={"political_opinion"}, prosecution=True,
    disproportionate=True, sur_place=True,
)  # fmt: skip


_CAMP = rl.Harm(
    "camp", "PRK", severity="threat_to_life_or_freedom", likelihood=0.8, actor="state",
    reasons={"political_opinion"},
)  # fmt: skip
_AGENTS = rl.Harm(
    "assassination by DPRK agents", "KOR", severity="threat_to_life_or_freedom",
    likelihood=0.0, actor="non_state", reasons={"political_opinion"}, internal_relocation=False,
)  # fmt: skip
_DEFECTOR = rl.Harm(
    "discrimination as a defector", "KOR", severity="discrimination", likelihood=0.9,
    actor="non_state", reasons={"nationality"},
)  # fmt: skip


def _declines_rok(*fears: rl.Harm) -> rl.StatusDetermination:
    person = rl.Person("A", nationalities={"PRK", "KOR"}, location="CHN")
    claim = rl.Claim(person, fears=list(fears), protection={"KOR": "refused_for_valid_reason"})
    return rl.assess_status(claim, on="2015-01-01", state="CHN")


@pytest.mark.parametrize("korea", [_AGENTS, _DEFECTOR], ids=["no_risk", "not_persecution"])
def test_south_korean_protection_declined_without_a_well_founded_fear_there_is_not_lacking(
    korea: rl.Harm,
) -> None:
    """Refugee Convention art. 1A(2), second paragraph: a person "shall not be deemed to be
    lacking the protection of the country of his nationality if, without any valid reason based
    on well-founded fear, he has not availed himself of the protection of one of the countries of
    which he is a national" (UNHCR Handbook paras 106-107). A North Korean who is also a South
    Korean national, whose South Korean protection is recorded as declined for such a reason,
    while every fear the claim states in South Korea is found not to be a well-founded fear of
    persecution (no risk: likelihood 0; discrimination only): the finding is not borne out, so he
    is not lacking South Korea's protection (the reading named). Before: REFUGEE, "no country of
    nationality offers protection"."""
    d = _declines_rok(_CAMP, korea)
    assert (d.outcome, d.missing_facts()) == (rl.Status.NOT_REFUGEE, ())
    south = d.finding.find("protection of South Korea")
    assert south is not None
    assert south.verdict is rl.Verdict.NOT_MET
    assert "every fear the claim states there (fears[1]) is found not to be" in south.reason
    assert rl.Citation("unhcr-handbook", "106-107") in south.citations
    assert rl.law.protection.VALID_REASON_READING in d.assumptions()


def test_south_korean_protection_declined_for_a_fear_there_met_open_or_unrecorded() -> None:
    """Refugee Convention art. 1A(2), second paragraph; UNHCR Handbook paras 106-107: a fear of
    persecution in South Korea that is well-founded bears the finding out (REFUGEE, the element
    worded as what it is: South Korea's protection declined, not "no country offers
    protection"); one still open leaves the element open and asks what it needs; with no fear
    stated there, the finding stands and says it rests on a fear the claim does not record."""
    met = _declines_rok(_CAMP, attrs.evolve(_AGENTS, likelihood=0.5))
    assert (met.outcome, met.missing_facts()) == (rl.Status.REFUGEE, ())
    every = met.finding.find("lacks the protection of every country of nationality")
    assert every is not None
    assert every.reason.startswith("the person lacks the protection of each country of nationality")
    assert "South Korea's protection is declined for a valid reason based on well-founded fear" in (
        every.reason
    )
    assert "no country of nationality offers protection" not in every.reason
    open_ = _declines_rok(_CAMP, attrs.evolve(_AGENTS, likelihood=None))
    assert (open_.outcome, open_.missing_facts()) == (
        rl.Status.UNDETERMINED,
        ("fears[1].likelihood",),
    )
    [asked] = [q for q in open_.questions() if q.path == "fears[1].likelihood"]
    assert {a.outcome for a in asked.answers} == {rl.Status.NOT_REFUGEE, rl.Status.REFUGEE}
    unrecorded = _declines_rok(_CAMP)
    assert (unrecorded.outcome, unrecorded.missing_facts()) == (rl.Status.REFUGEE, ())
    south = unrecorded.finding.find("protection of South Korea")
    assert south is not None
    assert "the finding rests on a fear the claim does not record" in south.reason
    # What the person fears not known at all: the finding waits for it.
    person = rl.Person("A", nationalities={"PRK", "KOR"}, location="CHN")
    unknown = rl.Claim(person, fears=None, protection={"KOR": "refused_for_valid_reason"})
    south = rl.assess_status(unknown, on="2015-01-01", state="CHN").finding.find(
        "protection of South Korea"
    )
    assert south is not None
    assert (south.verdict, south.missing) == (rl.Verdict.UNKNOWN, ("fears",))


@pytest.mark.parametrize(
    "severity", [None, "minor", "discrimination", "serious", "threat_to_life_or_freedom"]
)
def test_any_other_harm_feared_there_is_an_adverse_factor_on_cumulative_grounds(
    severity: str | None,
) -> None:
    """UNHCR Handbook para. 53: discrimination "combined with other adverse factors (e.g. general
    atmosphere of insecurity in the country of origin)" may amount to persecution on cumulative
    grounds. A North Korean in China in 2004 fears exclusion from jobs and schooling for his
    songbun class (discrimination) and a food shortage (no Convention reason): whatever the
    shortage's severity, or if it is not known, it is weighed with the discrimination, so the
    cumulative judgement decides (return review F2; own-diff review F2: a graver shortage no
    longer defeats the claim a minor one would win)."""
    songbun = rl.Harm(
        "exclusion from jobs and schooling for a 'hostile' songbun class",
        "PRK",
        severity="discrimination",
        likelihood=0.9,
        actor="state",
        reasons={"political_opinion"},
        torture=False,
        irreparable=False,
        risk_to_life=False,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    hunger = rl.Harm("food shortage", "PRK", severity=severity, likelihood=0.9,
                     reasons={"economic"}, protection_withheld_for=frozenset(), torture=False,
                     irreparable=False, risk_to_life=False)  # fmt: skip
    person = rl.Person("x", nationalities={"PRK"}, location="CHN")
    claim = rl.Claim(person, fears=[songbun, hunger], protection={"PRK": "unavailable"})
    open_ = rl.assess_status(claim, on="2004-06-30")
    assert open_.outcome is rl.Status.UNDETERMINED
    assert "cumulative_persecution" in open_.missing_facts()
    for judged, status in ((True, rl.Status.REFUGEE), (False, rl.Status.NOT_REFUGEE)):
        decided = rl.assess_status(
            attrs.evolve(claim, cumulative_persecution=judged), on="2004-06-30"
        )
        assert decided.outcome is status
    back = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    assert back.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "cumulative_persecution" in back.missing_facts()


# UNHCR Handbook para. 61: a severe penalty for leaving without permission
# ---------------------------------------------------------------------------------------------

HB_61 = rl.Citation("unhcr-handbook", "61")
NEXUS_ELEMENT = "for reasons of a Convention ground"


def _camp_sentence(**harm: Any) -> rl.Harm:
    """A North Korean's feared sentence to a labour camp for crossing into China, under an exit
    law enforced against everyone who leaves (the reasons the review's reproducer gave)."""
    facts: dict[str, Any] = {
        "severity": "threat_to_life_or_freedom",
        "likelihood": 0.8,
        "actor": "state",
        "prosecution": True,
        "sur_place": True,
        "reasons": {"general_law"},
        "law_contrary_to_human_rights": True,
        "disproportionate": True,
        **harm,
    }
    return rl.Harm("3-10 years in a kyohwaso for illegal exit", "PRK", **facts)


def _exit_claim(harm: rl.Harm, **claim: Any) -> rl.Claim:
    return rl.Claim(rl.Person("A", nationalities={"PRK"}, location="CHN"), fears=[harm], **claim)


def _exit_status(claim: rl.Claim, **doctrine: Any) -> rl.StatusDetermination:
    return rl.assess_status(claim, on="2004-06-30", state="CHN", doctrine=rl.Doctrine(**doctrine))


def _nexus_of(d: rl.StatusDetermination) -> rl.Finding:
    found = d.finding.find(NEXUS_ELEMENT)
    assert found is not None
    return found


def test_handbook_61_an_exit_penalty_under_an_even_law_waits_on_the_offence_and_the_motives() -> (
    None
):
    """UNHCR Handbook para. 61: a severe penalty for leaving without permission justifies
    recognition where the motives for leaving relate to a Convention reason. A law enforced
    alike against everyone ("general law") answers the punisher's reasons, not para. 61's: while
    neither the offence nor the motives are known, the result is undetermined, not refused, and
    both are asked, each with the outcome its answers lead to, citing para. 61."""
    d = _exit_status(_exit_claim(_camp_sentence()))
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("fears[0].exit_offence", "reasons_for_leaving")
    nexus = _nexus_of(d)
    assert nexus.verdict is rl.Verdict.UNKNOWN
    assert HB_61 in nexus.citations
    assert "enforced against everyone it reaches alike" in nexus.reason
    answers = _answers(d)
    assert answers["fears[0].exit_offence"] == [("yes", "UNDETERMINED"), ("no", "NOT_REFUGEE")]
    assert answers["reasons_for_leaving"][-1] == ("none of these", "NOT_REFUGEE")
    assert ("political opinion", "UNDETERMINED") in answers["reasons_for_leaving"]
    asked = {q.path: q for q in d.questions()}
    assert HB_61 in asked["fears[0].exit_offence"].citations
    assert asked["fears[0].exit_offence"].kind is rl.QuestionKind.FACT
    assert "without permission" in asked["fears[0].exit_offence"].text
    assert "motives" in asked["reasons_for_leaving"].text
    # The position decides while the facts are open: named, and asked.
    position = rl.Doctrine().position("exit_motive_nexus")
    assert position in d.assumptions()
    assert answers["doctrine.exit_motive_nexus"] == [
        ("the motives for leaving count (UNHCR Handbook para. 61)", "UNDETERMINED"),
        ("only the persecutor's reasons (INS v Elias-Zacarias)", "NOT_REFUGEE"),
    ]


def test_handbook_61_an_exit_penalty_for_one_who_left_for_a_political_opinion_is_a_refugee() -> (
    None
):
    """UNHCR Handbook para. 61: the offence is leaving without permission, the penalty severe (the
    persecution element, met: disproportionate, under a law contrary to human rights, a threat to
    liberty), and the person left for a political opinion: a refugee, whatever the punisher's
    reasons, the nexus citing para. 61 and naming the position it rests on. With the offence
    known and the motives not, only the motives are asked."""
    harm = _camp_sentence(exit_offence=True)
    d = _exit_status(_exit_claim(harm, reasons_for_leaving={"political_opinion"}))
    assert (d.outcome, d.missing_facts()) == (rl.Status.REFUGEE, ())
    nexus = _nexus_of(d)
    assert nexus.verdict is rl.Verdict.MET
    assert HB_61 in nexus.citations
    assert rl.Citation("unhcr-handbook", "80-86") in nexus.citations
    assert "relate to political opinion" in nexus.reason
    assert "Handbook 61" in nexus.reason
    assert {"fears[0].exit_offence", "reasons_for_leaving"} <= set(nexus.facts)
    assert rl.Doctrine().position("exit_motive_nexus") in d.assumptions()
    persecuted = d.finding.find("amounts to persecution")
    assert persecuted is not None
    assert persecuted.verdict is rl.Verdict.MET
    open_motives = _exit_status(_exit_claim(harm))
    assert open_motives.missing_facts() == ("reasons_for_leaving",)
    answers = _answers(open_motives)["reasons_for_leaving"]
    assert ("political opinion", "REFUGEE") in answers
    assert ("none of these", "NOT_REFUGEE") in answers


def test_handbook_61_one_who_left_for_no_convention_reason_is_not_a_refugee_by_it() -> None:
    """UNHCR Handbook para. 61 needs both conditions: a man who left for food alone (his motives
    relating to no Convention ground) is not made a refugee by a severe penalty for leaving that
    the punisher imposes on everyone alike; the nexus cites para. 61, which it applied, and,
    deciding nothing, the position is not named. The offence need not be known then."""
    for exit_offence in (True, None):
        harm = _camp_sentence(exit_offence=exit_offence)
        d = _exit_status(_exit_claim(harm, reasons_for_leaving=frozenset()))
        assert (d.outcome, d.missing_facts()) == (rl.Status.NOT_REFUGEE, ())
        nexus = _nexus_of(d)
        assert nexus.verdict is rl.Verdict.NOT_MET
        assert HB_61 in nexus.citations
        assert "nor do the person's motives for leaving" in nexus.reason
        assert not any(a.startswith("exit_motive_nexus=") for a in d.assumptions())


def test_handbook_61_not_applied_where_only_the_persecutors_reasons_count_elias_zacarias() -> None:
    """``Doctrine(exit_motive_nexus=False)``: "for reasons of" read as the persecutor's motive
    alone (*INS v Elias-Zacarias*, 502 US 478 (1992): the statute makes the persecutor's motive
    critical). The same political refugee under an even exit law is not a refugee, the position
    named among those relied on and the case cited; with the facts unknown, nothing is asked."""
    claim = _exit_claim(
        _camp_sentence(exit_offence=True), reasons_for_leaving={"political_opinion"}
    )
    d = _exit_status(claim, exit_motive_nexus=False)
    assert (d.outcome, d.missing_facts()) == (rl.Status.NOT_REFUGEE, ())
    position = rl.Doctrine(exit_motive_nexus=False).position("exit_motive_nexus")
    assert position in d.assumptions()
    nexus = _nexus_of(d)
    assert nexus.verdict is rl.Verdict.NOT_MET
    assert rl.Citation("ins-v-elias-zacarias-1992", "holding") in nexus.citations
    assert HB_61 not in nexus.citations
    unknown = _exit_status(_exit_claim(_camp_sentence()), exit_motive_nexus=False)
    assert (unknown.outcome, unknown.missing_facts()) == (rl.Status.NOT_REFUGEE, ())
    assert position in unknown.assumptions()


def test_handbook_61_does_not_reach_a_prosecution_for_another_offence_matter_of_chang() -> None:
    """UNHCR Handbook paras 56 and 61: a general-law prosecution for an offence other than leaving
    (China's population policy, as the BIA found in *Matter of Chang*, 1989) stays refused on the
    punisher's reasons, with nothing asked, para. 61 not cited and its position not named, whatever
    the person's motives for leaving."""
    sterilisation = rl.Harm(
        "forced sterilisation for a second child",
        "CHN",
        severity="serious",
        likelihood=0.6,
        actor="state",
        reasons={"criminal_prosecution", "general_law"},
        prosecution=True,
        exit_offence=False,
        law_contrary_to_human_rights=True,
    )
    claim = rl.Claim(
        rl.Person("C", {"CHN"}, location="USA"),
        fears=[sterilisation],
        reasons_for_leaving={"political_opinion"},
    )
    d = rl.assess_status(claim, on="1989-06-01")
    assert (d.outcome, d.missing_facts()) == (rl.Status.NOT_REFUGEE, ())
    nexus = _nexus_of(d)
    assert nexus.verdict is rl.Verdict.NOT_MET
    assert HB_61 not in nexus.citations
    assert "fears[0].exit_offence" in nexus.facts
    assert not any(a.startswith("exit_motive_nexus=") for a in d.assumptions())


def test_handbook_61_is_not_weighed_where_the_punishers_own_ground_decides() -> None:
    """Art 1A(2) with UNHCR Handbook paras 61 and 80: where the punisher acts for an (imputed)
    political opinion, its reasons supply the nexus, so the person's motives for leaving are not
    asked and the position is not named; where a ground the punisher gives fails (a group that is
    none), para. 61 is still weighed, and motives that relate to a ground make a refugee."""
    own = _exit_status(_exit_claim(_camp_sentence(reasons={"political_opinion"})))
    assert (own.outcome, own.missing_facts()) == (rl.Status.REFUGEE, ())
    assert HB_61 not in _nexus_of(own).citations
    assert not any(a.startswith("exit_motive_nexus=") for a in own.assumptions())
    group = rl.SocialGroup("those who cross the border", exists_independently=False)
    failed = _camp_sentence(reasons={"particular_social_group"}, social_group=group)
    refused = _exit_status(_exit_claim(failed, reasons_for_leaving=frozenset()))
    assert refused.outcome is rl.Status.NOT_REFUGEE
    rescued = _exit_claim(attrs.evolve(failed, exit_offence=True), reasons_for_leaving={"religion"})
    assert _exit_status(rescued).outcome is rl.Status.REFUGEE


_RETURNEES = rl.SocialGroup("North Koreans returned from China")


def test_handbook_61_decides_while_the_punishers_social_group_is_still_open() -> None:
    """UNHCR Handbook para. 61 with Art 1A(2) and paras 77-79: the punisher gives a social group
    not yet tested ("returnees from China", nothing known of it), but the penalty is for leaving
    without permission, found severe, and the person left for a political opinion. Either way to
    the nexus suffices, so para. 61 decides: a refugee with nothing asked, the nexus saying that it
    is met whatever the punisher's reasons prove to be, and the group's facts, whatever they are,
    change nothing (the review found the claim undetermined, asking them as "decisive")."""
    harm = _camp_sentence(
        exit_offence=True, reasons={"particular_social_group"}, social_group=_RETURNEES
    )
    claim = _exit_claim(harm, reasons_for_leaving={"political_opinion"})
    d = _exit_status(claim)
    assert (d.outcome, d.missing_facts(), d.questions()) == (rl.Status.REFUGEE, (), ())
    nexus = _nexus_of(d)
    assert nexus.verdict is rl.Verdict.MET
    assert HB_61 in nexus.citations
    assert "is not yet known; whatever the punisher's reasons prove to be" in nexus.reason
    assert "met by Handbook 61" in nexus.reason
    assert "relate to political opinion" in nexus.reason
    assert rl.Doctrine().position("exit_motive_nexus") in d.assumptions()
    for real in (True, False):
        group = attrs.evolve(_RETURNEES, exists_independently=real, protected_characteristic=real)
        filled = _exit_claim(
            attrs.evolve(harm, social_group=group), reasons_for_leaving={"religion"}
        )
        assert _exit_status(filled).outcome is rl.Status.REFUGEE


def test_handbook_61_decides_while_centrality_is_open_under_one_central_reason() -> None:
    """UNHCR Handbook para. 61 beside ``Doctrine(nexus="one_central_reason")``: a political
    opinion among the punisher's reasons, with an exit law enforced alike, its centrality not
    known. With the offence one of leaving and the motives political, para. 61 decides (REFUGEE,
    ``ground_central`` not asked); while para. 61's facts are open too, all three are asked, and
    any that would make a route met leads to REFUGEE."""
    harm = _camp_sentence(exit_offence=True, reasons={"political_opinion", "general_law"})
    central = {"nexus": "one_central_reason"}
    fled = _exit_claim(harm, reasons_for_leaving={"political_opinion"})
    d = _exit_status(fled, **central)
    assert (d.outcome, d.missing_facts()) == (rl.Status.REFUGEE, ())
    assert "met by Handbook 61" in _nexus_of(d).reason
    open_ = _exit_status(_exit_claim(attrs.evolve(harm, exit_offence=None)), **central)
    assert open_.outcome is rl.Status.UNDETERMINED
    assert open_.missing_facts() == (
        "fears[0].ground_central",
        "fears[0].exit_offence",
        "reasons_for_leaving",
    )
    nexus = _nexus_of(open_)
    assert "nor does Handbook 61 settle it yet" in nexus.reason
    assert "either may supply the nexus" in nexus.reason
    answers = _answers(open_)
    assert answers["fears[0].ground_central"] == [("yes", "REFUGEE"), ("no", "UNDETERMINED")]
    assert ("political opinion", "UNDETERMINED") in answers["reasons_for_leaving"]
    assert ("none of these", "UNDETERMINED") in answers["reasons_for_leaving"]
    # Motives that relate to no ground leave the punisher's reasons to decide alone.
    alone = _exit_status(_exit_claim(harm, reasons_for_leaving=frozenset()), **central)
    assert alone.missing_facts() == ("fears[0].ground_central",)
    assert "nor do the person's motives for leaving" in _nexus_of(alone).reason
    assert _answers(alone)["fears[0].ground_central"] == [
        ("yes", "REFUGEE"),
        ("no", "NOT_REFUGEE"),
    ]


def test_handbook_61_off_leaves_the_punishers_open_ground_to_decide_elias_zacarias() -> None:
    """``Doctrine(exit_motive_nexus=False)``, the persecutor's reasons alone (*INS v
    Elias-Zacarias*, 502 US 478 (1992)): the person who left for a political opinion and whose
    punisher gives a social group not yet tested stays undetermined, only the group's facts asked;
    the position is named (it decides: para. 61 would have met the nexus) and the case cited."""
    harm = _camp_sentence(
        exit_offence=True, reasons={"particular_social_group"}, social_group=_RETURNEES
    )
    claim = _exit_claim(harm, reasons_for_leaving={"political_opinion"})
    d = _exit_status(claim, exit_motive_nexus=False)
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == (
        "fears[0].social_group.protected_characteristic",
        "fears[0].social_group.exists_independently",
    )
    assert rl.Doctrine(exit_motive_nexus=False).position("exit_motive_nexus") in d.assumptions()
    nexus = _nexus_of(d)
    assert rl.Citation("ins-v-elias-zacarias-1992", "holding") in nexus.citations
    assert HB_61 not in nexus.citations
    answers = _answers(d)
    assert answers["fears[0].social_group.exists_independently"] == [
        ("yes", "UNDETERMINED"),
        ("no", "NOT_REFUGEE"),
    ]
    # Para. 61's facts open as well: the position decides nothing, and is not named.
    unknown = _exit_status(
        _exit_claim(attrs.evolve(harm, exit_offence=None)), exit_motive_nexus=False
    )
    assert unknown.missing_facts() == d.missing_facts()
    assert not any(a.startswith("exit_motive_nexus=") for a in unknown.assumptions())


_PARA_61_FACTS: dict[str, tuple[Any, ...]] = {
    "exit_offence": (None, True, False),
    "reasons_for_leaving": (None, frozenset(), frozenset({"political_opinion"})),
    "law_contrary_to_human_rights": (None, True, False),
    "disproportionate": (None, True, False),
    "severity": (None, "threat_to_life_or_freedom", "minor"),
}
#: The punisher's reasons, and the facts of them that may be open: a social group's, centrality.
_PUNISHERS: dict[str, tuple[set[str], tuple[str, ...]]] = {
    "social group": (
        {"particular_social_group"},
        ("exists_independently", "protected_characteristic"),
    ),
    "central": ({"political_opinion", "general_law"}, ("ground_central",)),
    "even law": ({"general_law"}, ()),
}


def _grid_claim(reasons: set[str], point: dict[str, Any]) -> rl.Claim:
    group = None
    if "exists_independently" in point:
        group = attrs.evolve(
            _RETURNEES,
            exists_independently=point["exists_independently"],
            protected_characteristic=point["protected_characteristic"],
        )
    harm = _camp_sentence(
        reasons=reasons,
        social_group=group,
        ground_central=point.get("ground_central"),
        **{k: point[k] for k in _PARA_61_FACTS if k != "reasons_for_leaving"},
    )
    return _exit_claim(harm, reasons_for_leaving=point["reasons_for_leaving"])


@pytest.mark.parametrize("nexus", ["contributing", "one_central_reason"])
@pytest.mark.parametrize("exit_motive_nexus", [True, False])
@pytest.mark.parametrize("punisher", list(_PUNISHERS))
def test_handbook_61_beside_the_punishers_reasons_is_monotone_and_withholds_no_answer(
    punisher: str, exit_motive_nexus: bool, nexus: NexusStandard
) -> None:
    """UNHCR Handbook para. 61 and Art 1A(2), on every combination of para. 61's facts (the
    offence, the motives for leaving, the law, the proportionality and the severity of the
    penalty) and of the punisher's open ground (a social group's facts, centrality), on both
    nexus doctrines and both positions on para. 61: no decided outcome changes when an unknown
    fact is filled in, and no claim is left undetermined where every answer to the punisher's
    open facts leads to the same decided outcome. ``status_outcomes`` and ``assess_status``
    agree on a sample."""
    reasons, extra = _PUNISHERS[punisher]
    axes = {**_PARA_61_FACTS, **dict.fromkeys(extra, (None, True, False))}
    names = list(axes)
    points = [dict(zip(names, values, strict=True)) for values in itertools.product(*axes.values())]
    doctrine = rl.Doctrine(nexus=nexus, exit_motive_nexus=exit_motive_nexus)
    claims = [_grid_claim(reasons, p) for p in points]
    outcomes = rl.status_outcomes(claims, on="2004-06-30", state="CHN", doctrine=doctrine)
    at = {tuple(p.values()): o for p, o in zip(points, outcomes, strict=True)}
    changed, withheld = [], []
    for point, outcome in zip(points, outcomes, strict=True):
        for i, name in enumerate(names):
            if point[name] is not None or outcome is rl.Status.UNDETERMINED:
                continue
            for value in axes[name][1:]:
                filled = (*list(point.values())[:i], value, *list(point.values())[i + 1 :])
                if at[filled] is not outcome:
                    changed.append((point, name, value, outcome, at[filled]))
        open_ = [n for n in extra if point[n] is None]
        if (
            outcome is rl.Status.UNDETERMINED
            and open_
            and all(point[n] is not None for n in _PARA_61_FACTS)
        ):
            completions = {
                at[tuple({**point, **dict(zip(open_, answer, strict=True))}.values())]
                for answer in itertools.product((True, False), repeat=len(open_))
            }
            if len(completions) == 1 and rl.Status.UNDETERMINED not in completions:
                withheld.append((point, completions))
    assert changed == []
    assert withheld == []
    for claim, outcome in list(zip(claims, outcomes, strict=True))[::97]:
        assert _exit_status_in_china(claim, doctrine).outcome is outcome


def _exit_status_in_china(claim: rl.Claim, doctrine: rl.Doctrine) -> rl.StatusDetermination:
    return rl.assess_status(claim, on="2004-06-30", state="CHN", doctrine=doctrine)


def _fair_camp_sentence(**harm: Any) -> rl.Harm:
    """The status review's F2 reproducer: a labour-camp sentence for crossing into China, graded a
    threat to liberty, found neither disproportionate nor discriminatory, under a law not found
    contrary to human rights (Handbook paras 56-60's further condition for a prosecution unmet)."""
    facts: dict[str, Any] = {
        "severity": "threat_to_life_or_freedom",
        "likelihood": 0.9,
        "actor": "state",
        "prosecution": True,
        "reasons": {"criminal_prosecution"},
        "exit_offence": True,
        "disproportionate": False,
        "discriminatory": False,
        "law_contrary_to_human_rights": False,
        **harm,
    }
    return rl.Harm("camp sentence for crossing", "PRK", **facts)


def _persecution_of(d: rl.StatusDetermination) -> rl.Finding:
    found = d.finding.find("amounts to persecution")
    assert found is not None
    return found


def test_handbook_61_a_severe_exit_penalty_is_persecution_without_paras_56_60s_condition() -> None:
    """UNHCR Handbook para. 61 states two conditions: severe penalties for leaving without
    permission and motives for leaving that relate to a Convention reason. A camp sentence for
    crossing (a threat to liberty), for a man who left for a political opinion, is persecution by
    its severity alone, though it is found proportionate, even-handed and under a law not contrary
    to human rights (Handbook paras 56-60's further condition for a prosecution): a refugee (the
    review found NOT_REFUGEE), the reading named among the positions relied on and para. 61
    cited on the persecution element; China may not return him (Art 33(1) reuses the elements)."""
    claim = _exit_claim(_fair_camp_sentence(), reasons_for_leaving={"political_opinion"})
    d = rl.assess_status(claim, on="2004-06-30")
    assert (d.outcome, d.missing_facts()) == (rl.Status.REFUGEE, ())
    persecuted = _persecution_of(d)
    assert persecuted.verdict is rl.Verdict.MET
    assert HB_61 in persecuted.citations
    assert rl.Citation("unhcr-handbook", "56-60") in persecuted.citations
    assert "persecution by its severity alone" in persecuted.reason
    assert "relate to political opinion" in persecuted.reason
    assert {"fears[0].exit_offence", "reasons_for_leaving", "fears[0].severity"} <= set(
        persecuted.facts
    )
    assert EXIT_PENALTY_READING in d.assumptions()
    assert rl.Doctrine().position("exit_motive_nexus") in d.assumptions()
    assert "which weighs it by its severity alone" in _nexus_of(d).reason
    back = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    assert back.outcome is rl.ReturnOutcome.PROHIBITED
    assert ("refugee-convention-1951", "33(1)") in [
        (b.instrument, b.provision) for b in back.breaches
    ]
    # The gate met as well (a disproportionate sentence): para. 61 changes nothing, and the
    # reading, deciding nothing, is not named.
    harsh = _exit_claim(
        _fair_camp_sentence(disproportionate=True), reasons_for_leaving={"political_opinion"}
    )
    d = rl.assess_status(harsh, on="2004-06-30")
    assert d.outcome is rl.Status.REFUGEE
    assert EXIT_PENALTY_READING not in d.assumptions()
    assert HB_61 not in _persecution_of(d).citations


def test_handbook_61_off_weighs_an_exit_penalty_by_paras_56_60_elias_zacarias() -> None:
    """``Doctrine(exit_motive_nexus=False)``: "for reasons of" read as the persecutor's motive alone
    (*INS v Elias-Zacarias*, 502 US 478 (1992)), para. 61 is not applied, and the penalty is weighed
    as any prosecution (Handbook paras 56-60): the proportionate camp sentence is not persecution
    and the man who left for a political opinion is not a refugee, as before; the reading is not
    named, and China may return him."""
    claim = _exit_claim(_fair_camp_sentence(), reasons_for_leaving={"political_opinion"})
    d = _exit_status(claim, exit_motive_nexus=False)
    assert (d.outcome, d.missing_facts()) == (rl.Status.NOT_REFUGEE, ())
    persecuted = _persecution_of(d)
    assert persecuted.verdict is rl.Verdict.NOT_MET
    assert "prosecution for an offence is then not persecution" in persecuted.reason
    assert HB_61 not in persecuted.citations
    assert EXIT_PENALTY_READING not in d.assumptions()
    back = rl.assess_return(
        claim, by="CHN", to="PRK", on="2004-06-30", doctrine=rl.Doctrine(exit_motive_nexus=False)
    )
    assert ("refugee-convention-1951", "33(1)") not in [
        (b.instrument, b.provision) for b in back.breaches
    ]
    assert (back.outcome, back.missing_facts()) == (rl.ReturnOutcome.PERMITTED, ())


@pytest.mark.parametrize(
    "change",
    [
        {"reasons_for_leaving": frozenset()},  # left for food or work alone: economic motives
        {"fears": [_fair_camp_sentence(exit_offence=False)]},  # another offence
        {"fears": [_fair_camp_sentence(severity="minor")]},  # not a severe penalty
    ],
    ids=["motives-not-convention-related", "not-an-exit-offence", "minor-penalty"],
)
def test_handbook_61_needs_both_its_conditions_else_paras_56_60_decide(change: Any) -> None:
    """UNHCR Handbook para. 61 with paras 56-60 and 62-64: where the motives for leaving relate to
    no Convention ground (hunger or work alone), the offence is not one of leaving, or the penalty
    is minor, para. 61 does not make the proportionate sentence persecution: not a refugee, as
    before, nothing asked, the reading not named."""
    claim = _exit_claim(_fair_camp_sentence(), reasons_for_leaving={"political_opinion"})
    d = rl.assess_status(attrs.evolve(claim, **change), on="2004-06-30")
    assert (d.outcome, d.missing_facts()) == (rl.Status.NOT_REFUGEE, ())
    assert _persecution_of(d).verdict is rl.Verdict.NOT_MET
    assert EXIT_PENALTY_READING not in d.assumptions()


def test_handbook_61_open_leaves_a_severe_exit_penalty_open_not_refused() -> None:
    """UNHCR Handbook para. 61: while the motives for leaving are not known (or whether the offence
    is one of leaving), the proportionate camp sentence is not refused as persecution under
    paras 56-60, since an answer could make it persecution by its severity: undetermined, asking
    what decides para. 61, each answer leading where a reassessment leads (the review found a
    confident NOT_REFUGEE with the motives not known)."""
    motives = rl.assess_status(_exit_claim(_fair_camp_sentence()), on="2004-06-30")
    assert (motives.outcome, motives.missing_facts()) == (
        rl.Status.UNDETERMINED,
        ("reasons_for_leaving",),
    )
    persecuted = _persecution_of(motives)
    assert persecuted.verdict is rl.Verdict.UNKNOWN
    assert persecuted.missing == ("reasons_for_leaving",)
    assert "if both hold" in persecuted.reason
    assert EXIT_PENALTY_READING in motives.assumptions()
    answers = _answers(motives)["reasons_for_leaving"]
    assert ("political opinion", "REFUGEE") in answers
    assert ("none of these", "NOT_REFUGEE") in answers
    offence = rl.assess_status(
        _exit_claim(_fair_camp_sentence(exit_offence=None), reasons_for_leaving={"religion"}),
        on="2004-06-30",
    )
    assert offence.outcome is rl.Status.UNDETERMINED
    assert _persecution_of(offence).missing == ("fears[0].exit_offence",)
    assert _answers(offence)["fears[0].exit_offence"] == [
        ("yes", "REFUGEE"),
        ("no", "NOT_REFUGEE"),
    ]
    assert _answers(motives)["doctrine.exit_motive_nexus"] == [
        ("the motives for leaving count (UNHCR Handbook para. 61)", "UNDETERMINED"),
        ("only the persecutor's reasons (INS v Elias-Zacarias)", "NOT_REFUGEE"),
    ]


def test_handbook_56_60_and_61_a_fair_prosecution_whose_offence_is_not_stated_waits_on_it() -> None:
    """UNHCR Handbook paras 56-60 and 61: three years for fraud, fairly tried, is not persecution
    once the offence is stated to be other than leaving (``exit_offence=False``); with the offence
    not stated, para. 61 may still reach it (a severe penalty for leaving, for one who left for a
    Convention reason), so the claim waits on the offence and the motives, not refused."""
    fraud = rl.Harm(
        "three years' imprisonment for fraud",
        "CHN",
        severity="serious",
        likelihood=0.9,
        actor="state",
        reasons={"criminal_prosecution"},
        prosecution=True,
        exit_offence=False,
        disproportionate=False,
        discriminatory=False,
        law_contrary_to_human_rights=False,
    )
    claim = rl.Claim(rl.Person("D", {"CHN"}, location="KOR"), fears=[fraud])
    d = rl.assess_status(claim, on="2004-06-30")
    assert (d.outcome, d.missing_facts()) == (rl.Status.NOT_REFUGEE, ())
    unstated = rl.assess_status(
        attrs.evolve(claim, fears=[attrs.evolve(fraud, exit_offence=None)]), on="2004-06-30"
    )
    assert (unstated.outcome, unstated.missing_facts()) == (
        rl.Status.UNDETERMINED,
        ("fears[0].exit_offence", "reasons_for_leaving"),
    )
    assert _answers(unstated)["fears[0].exit_offence"] == [
        ("yes", "UNDETERMINED"),
        ("no", "NOT_REFUGEE"),
    ]


def test_handbook_61_weighs_a_penalty_by_severity_alone_so_only_severity_is_asked() -> None:
    """UNHCR Handbook para. 61 with paras 51-53: the offence one of leaving and the motives
    political, a penalty whose severity is not known waits on its severity (or on whether it would
    be torture, persecution without a grade), not on whether it is disproportionate,
    discriminatory or under a law contrary to human rights (paras 56-60);
    one at the level of discrimination is weighed on cumulative grounds (para. 53), and alone is
    not persecution."""
    unknown = _fair_camp_sentence(
        severity=None, disproportionate=None, discriminatory=None, law_contrary_to_human_rights=None
    )
    d = rl.assess_status(
        _exit_claim(unknown, reasons_for_leaving={"political_opinion"}), on="2004-06-30"
    )
    assert (d.outcome, d.missing_facts()) == (
        rl.Status.UNDETERMINED,
        ("fears[0].severity", "fears[0].torture"),
    )
    severities = _answers(d)["fears[0].severity"]
    assert ("minor", "NOT_REFUGEE") in severities
    assert ("serious", "REFUGEE") in severities
    fine = _exit_claim(
        _fair_camp_sentence(severity="discrimination"), reasons_for_leaving={"political_opinion"}
    )
    d = rl.assess_status(fine, on="2004-06-30")
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert rl.Citation("unhcr-handbook", "54-55") in _persecution_of(d).citations


@pytest.mark.parametrize("prosecution", [False, None])
def test_handbook_61_a_penalty_for_leaving_is_a_punishment_so_exit_offence_needs_prosecution(
    prosecution: bool | None,
) -> None:
    """UNHCR Handbook para. 61 ("severe penalties" for leaving without permission): a penalty
    for that offence is a punishment, however imposed (a camp sentence for crossing). A harm
    stating the offence but not flagged ``prosecution`` (false, or left out, which reads as
    false) is refused, naming ``fears[0].exit_offence`` and saying to set ``prosecution``, rather
    than read as no prosecution and refused on the punisher's reasons with para. 61 unread (the
    review found a confident NOT_REFUGEE). The same harm flagged is a refugee; ``exit_offence``
    false or not known on a harm that is no prosecution stands."""
    facts: dict[str, Any] = {} if prosecution is None else {"prosecution": prosecution}
    with pytest.raises(rl.InvalidInput, match=r"^exit_offence: true on a harm that is not a pro"):
        rl.Harm("a camp sentence for crossing", "PRK", exit_offence=True, **facts)
    flagged = _exit_claim(
        _camp_sentence(exit_offence=True), reasons_for_leaving={"political_opinion"}
    )
    data = json.loads(rl.to_json(flagged))
    if prosecution is None:
        del data["fears"][0]["prosecution"]
    else:
        data["fears"][0]["prosecution"] = prosecution
    with pytest.raises(rl.InvalidInput) as raised:
        rl.from_json(rl.Claim, json.dumps(data))
    assert [p.path for p in raised.value.problems] == ["fears[0].exit_offence"]
    assert "set prosecution true" in str(raised.value)
    assert "Handbook para. 61" in str(raised.value)
    assert _exit_status(flagged).outcome is rl.Status.REFUGEE
    for offence in (False, None):
        stands = rl.Harm("a beating at the border", "PRK", exit_offence=offence, **facts)
        assert (stands.prosecution, stands.exit_offence) == (False, offence)


def test_handbook_61_facts_are_checked_and_named_where_wrong() -> None:
    """The new facts are validated like any other: ``exit_offence`` is true, false or null, and
    ``reasons_for_leaving`` holds Convention grounds only (a motive such as hunger is no ground:
    the empty set records it)."""
    with pytest.raises(rl.InvalidInput, match="exit_offence"):
        _camp_sentence(exit_offence="yes")
    with pytest.raises(rl.InvalidInput, match="reasons_for_leaving"):
        _exit_claim(_camp_sentence(), reasons_for_leaving={"economic"})
    claim = _exit_claim(_camp_sentence(exit_offence=True), reasons_for_leaving={"religion"})
    assert rl.from_json(rl.Claim, rl.to_json(claim)) == claim


def test_handbook_61_refugee_is_protected_from_return_by_article_33() -> None:
    """Refugee Convention art. 33(1) with UNHCR Handbook paras 28 and 61: recognition is
    declaratory, so the person whom para. 61 makes a refugee may not be returned by China to the
    penalty feared; art. 33(1) weighs the fear the status determination found."""
    claim = _exit_claim(
        _camp_sentence(exit_offence=True), reasons_for_leaving={"political_opinion"}
    )
    returned = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    assert returned.outcome is rl.ReturnOutcome.PROHIBITED
    assert rl.Citation("refugee-convention-1951", "33(1)") in [
        b.citation for b in returned.breaches
    ]


def test_handbook_61_a_social_group_among_the_motives_is_taken_as_found_and_says_so() -> None:
    """UNHCR Handbook para. 61 with motives for leaving related to membership of a particular
    social group: the decision-maker's finding is taken as given (``Claim.reasons_for_leaving``
    holds grounds, not a group to test), but no longer silently: the reading is named among the
    positions relied on, and Handbook paras 77-79 (the group test) are not cited as if applied
    (the interface review's F3). A political motive cites its own paragraphs and names nothing."""
    group = _exit_status(
        _exit_claim(
            _camp_sentence(exit_offence=True), reasons_for_leaving={"particular_social_group"}
        )
    )
    assert group.outcome is rl.Status.REFUGEE
    assert SOCIAL_GROUP_MOTIVE_READING in group.assumptions()
    assert rl.Citation("unhcr-handbook", "77-79") not in _nexus_of(group).citations
    assert HB_61 in _nexus_of(group).citations
    political = _exit_status(
        _exit_claim(_camp_sentence(exit_offence=True), reasons_for_leaving={"political_opinion"})
    )
    assert political.outcome is rl.Status.REFUGEE
    assert SOCIAL_GROUP_MOTIVE_READING not in political.assumptions()


def test_each_entry_of_fears_is_a_measure_so_stating_a_fact_never_merges_two_handbook_53() -> None:
    """UNHCR Handbook para. 53 takes "various measures" together, and each entry of the claim's
    fears is a measure as the decision-maker listed it. Merging entries equal in every fact (tried
    this session for the status review's F5) made the count depend on a fact irrelevant to it:
    an entry equal to another but for ``torture`` left unstated was a second measure, and stating
    ``torture=False`` (the only value a discrimination allows besides none) merged them, turning
    REFUGEE into NOT_REFUGEE (own-diff law review F2). Both claims now count two measures: the
    answer does not change when the fact is stated."""
    person = rl.Person("A", nationalities={"PRK"}, location="THA")
    songbun = rl.Harm("songbun discrimination", "PRK", severity="discrimination", likelihood=0.9,
                      actor="state", reasons={"political_opinion"}, torture=False)  # fmt: skip
    unstated = attrs.evolve(songbun, torture=None)

    def status(*fears: rl.Harm) -> rl.StatusDetermination:
        claim = rl.Claim(person, fears=list(fears), cumulative_persecution=True)
        return rl.assess_status(claim, on="2004-06-30")

    with pytest.raises(
        rl.InvalidInput, match=r"^cumulative_persecution: true, yet fears names one"
    ):
        status(songbun)  # one measure: nothing to take together (refused since interface F3)
    assert status(songbun, unstated).outcome is rl.Status.REFUGEE
    assert status(songbun, unstated).missing_facts() == ()
    assert status(songbun, attrs.evolve(unstated, torture=False)).outcome is rl.Status.REFUGEE
    assert status(songbun, songbun).outcome is rl.Status.REFUGEE


def _recognised_somali(**changes: Any) -> rl.Claim:
    """A refugee recognised in Germany, fearing a militia in Somalia, whose persecutors' reasons,
    internal relocation and Somalia's protection were never stated afresh."""
    beaten = rl.Harm("beaten by militia", "SOM", severity="serious", likelihood=0.5,
                     actor="non_state")  # fmt: skip
    claim = rl.Claim(rl.Person("S", nationalities={"SOM"}, location="DEU"), fears=[beaten],
                     recognised=True)  # fmt: skip
    return attrs.evolve(claim, **changes)


@pytest.mark.parametrize(
    ("changes", "path", "ended", "also"),
    [
        ({"exclusion_pending": {"1F(b)"}}, "exclusion_pending['1F(b)']", rl.Status.EXCLUDED, ()),
        # Art 1C(1) raised: Somalia's protection, which the person lacking would contradict the
        # clause's terms (Handbook para. 119; CONTRADICTED_CLAUSE_READING), is asked beside it.
        (
            {"cessation_pending": {"1C(1)"}},
            "cessation_pending['1C(1)']",
            rl.Status.CEASED,
            ("protection['SOM']",),
        ),
        (
            {"recognised": False, "statutory_refugee": True, "exclusion_pending": {"1F(a)"}},
            "exclusion_pending['1F(a)']",
            rl.Status.EXCLUDED,
            (),
        ),
    ],
    ids=["Art 1F(b) pending", "Art 1C(1) pending", "Art 1A(1) statutory, Art 1F(a) pending"],
)
def test_a_recognised_refugee_with_a_clause_pending_waits_only_on_the_clause_handbook_28(
    changes: dict[str, Any], path: str, ended: rl.Status, also: tuple[str, ...]
) -> None:
    """UNHCR Handbook para. 28 (recognition is declaratory) and Art 1A(1): a recognised (or
    statutory) refugee's status continues until a cessation or exclusion clause is found, so
    with a clause raised and not decided only the clause decides: found, EXCLUDED or CEASED; not
    found, REFUGEE. The status review's F3: ``missing_facts()`` and the explanation's "Facts that
    would decide it" also named Art 1A(2)'s facts (``fears[0].reasons``, ``internal_relocation``,
    ``protection['SOM']``), which no answer could make decide; they name the clause alone now,
    but for a clause whose terms a fact stated could contradict (Art 1C(1): Somalia's protection,
    lacking, contradicts re-availment of it; ``art_1c.CONTRADICTED_CLAUSE_READING``), which is
    asked beside it. Inclusion is still shown, for information (role "note")."""
    d = rl.assess_status(_recognised_somali(**changes), on="2010-06-01", state="DEU")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == (path, *also)
    assert d.explain().split("Facts that would decide it:\n", 1)[1] == "\n".join(
        f"- {p}" for p in (path, *also)
    )
    assert [q.path for q in d.questions()][:1] == [path]
    assert {q.path for q in d.questions()} == {path, *also}
    asked = d.questions()[0]
    assert {a.label: a.outcome for a in asked.answers} == {
        "yes": ended,
        "no": rl.Status.REFUGEE,
    }
    assert (d.inclusion.element, d.inclusion.verdict) == (
        "inclusion (Art 1A(2))",
        rl.Verdict.UNKNOWN,
    )
    assert d.inclusion.role == "note"
    assert rl.from_json(rl.StatusDetermination, rl.to_json(d)).missing_facts() == (path, *also)
    # The same refugee with no clause pending: a refugee, nothing open.
    settled = rl.assess_status(
        _recognised_somali(**{**changes, "exclusion_pending": set(), "cessation_pending": set()}),
        on="2010-06-01",
        state="DEU",
    )
    assert settled.outcome is rl.Status.REFUGEE


def test_art_1c5_pending_for_a_recognised_refugee_still_names_the_fear_it_weighs() -> None:
    """Art 1C(5) applies only where "the circumstances in connexion with which he has been
    recognized as a refugee have ceased to exist" (*Abdulla*, CJEU 2010): its own element reads
    the fear and the lack of protection against it, so with 1C(5) raised and not decided the
    facts that decide whether they persist are named beside the clause (a fear found to persist,
    without protection, keeps the clause off: REFUGEE), though Art 1A(2) itself, idle for a
    recognised refugee (UNHCR Handbook para. 28), is not asked about; internal relocation, which
    1C(5) does not weigh on the default reading, is not named."""
    claim = _recognised_somali(cessation_pending={"1C(5)"})
    d = rl.assess_status(claim, on="2010-06-01", state="DEU")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == (
        "cessation_pending['1C(5)']",
        "fears[0].reasons",
        "protection['SOM']",
    )
    (fear,) = claim.fears or ()
    persists = attrs.evolve(
        claim,
        fears=[attrs.evolve(fear, reasons={"political_opinion"})],
        protection={"SOM": "unavailable"},
    )
    assert rl.assess_status(persists, on="2010-06-01", state="DEU").outcome is rl.Status.REFUGEE


def test_a_recognised_oau_refugee_in_kenya_with_art_1f_pending_waits_only_on_it_handbook_28() -> (
    None
):
    """OAU Convention art. I(2) and UNHCR Handbook para. 28: a Somali fleeing serious public
    disorder, recognised in Kenya, with Art 1F(b) raised: the status review's F3 found
    ``fears[0].protection_withheld_for`` and ``internal_relocation`` among the facts that would
    decide it; only the clause can (found: EXCLUDED; not: REFUGEE). ``recognised`` is a
    recognition under the 1951 definition, which Kenya applies beside art. I(2); one under art.
    I(2) alone is stated by its facts (tests/test_recognition_limits.py)."""
    fighting = rl.Harm("being killed in the fighting", "SOM", severity="threat_to_life_or_freedom",
                       likelihood=0.5, reasons={"generalised_violence"})  # fmt: skip
    claim = rl.Claim(
        rl.Person("K", nationalities={"SOM"}, location="KEN"),
        fears=[fighting],
        flight_causes={rl.FlightCause.SERIOUS_PUBLIC_DISORDER},
        flight_events_in={"SOM"},
        recognised=True,
        exclusion_pending={"1F(b)"},
    )
    d = rl.assess_status(claim, on="2010-06-01", state="KEN")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == ("exclusion_pending['1F(b)']",)
    (asked,) = d.questions()
    assert {a.label: a.outcome for a in asked.answers} == {
        "yes": rl.Status.EXCLUDED,
        "no": rl.Status.REFUGEE,
    }


def test_art_1c6_for_a_recognised_stateless_refugee_of_several_homes_names_what_picks_the_home() -> (
    None
):
    """Art 1C(6) and UNHCR Handbook para. 104: for a stateless person with several countries of
    former habitual residence, the fear Art 1C(6) weighs is the one inclusion finds for the best
    of them, so while 1C(6) is pending for a recognised refugee (Handbook para. 28), what decides
    which home is best is named too: the reasons for the harm feared in South Korea, which,
    given, keep 1C(6) off (REFUGEE)."""

    def feared(country: str, **facts: Any) -> rl.Harm:
        return rl.Harm("feared harm", country, severity="threat_to_life_or_freedom",
                       likelihood=0.5, actor="state", disproportionate=True, **facts)  # fmt: skip

    person = rl.Person("P", nationalities=set(), habitual_residence="AFG", location="PRK",
                       other_habitual_residences={"KOR"})  # fmt: skip
    claim = rl.Claim(person, fears=[feared("AFG"), feared("KOR")], recognised=True,
                     cessation_pending={"1C(6)"})  # fmt: skip
    d = rl.assess_status(claim, on=ON)
    assert d.outcome is rl.Status.UNDETERMINED
    assert "fears[1].reasons" in d.missing_facts()
    assert d.inclusion.role == "element"
    known = attrs.evolve(claim, fears=[feared("AFG"), feared("KOR", reasons={"race"})])
    assert rl.assess_status(known, on=ON).outcome is rl.Status.REFUGEE


@pytest.mark.parametrize("found", ["1C(1)", "1C(5)"])
def test_not_included_never_recognised_with_art_1c_found_and_art_1f_pending_is_ceased(
    found: str,
) -> None:
    """Art 1C ends the Convention's application to "any person falling under the terms of
    section A"; for one who does not meet Art 1A(2), was never recognised and meets no other
    definition, the clause found is read as ending a status he had (CEASED_STATUS_READING), and
    Art 1F, pending before it, would exclude in any case. Stating his nationality used to turn
    NOT_REFUGEE into UNDETERMINED asking the pending Art 1F(b), whose every answer left him
    without status (status review F3: Kleene monotonicity); it is decided now, CEASED (the
    second status review's F1: it had been NOT_REFUGEE, which deciding Art 1F(b) not to apply
    turned into CEASED), and nothing is asked."""
    from refugeelaw.law.art_1c import CEASED_STATUS_READING

    harm = rl.Harm(
        "a fine",
        "SYR",
        severity=rl.Severity.MINOR,
        likelihood=0.9,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
    )
    claim = rl.Claim(
        rl.Person("P", nationalities={"SYR"}, location="DEU"),
        fears=[harm],
        cessation={rl.Cessation(found)},
        exclusion_pending={rl.Exclusion.ART_1F_B},
    )
    result = rl.assess_status(claim, on="2010-01-01")
    assert result.outcome is rl.Status.CEASED, result.explain()
    assert result.missing_facts() == ()
    assert result.questions() == ()
    assert CEASED_STATUS_READING in result.assumptions()
    assert "Art 1F, which comes before Art 1C, is not yet decided" in result.finding.reason
    # Without his nationality Art 1C(1) or 1C(5) is not known to reach him: inclusion decides,
    # as before (the label, not the outcome, turns on the clause: a known limit).
    unknown = attrs.evolve(claim, person=attrs.evolve(claim.person, nationalities=None))
    assert rl.assess_status(unknown, on="2010-01-01").outcome is rl.Status.NOT_REFUGEE


@pytest.mark.parametrize("earlier", ["1E", "1F"])
@pytest.mark.parametrize("ceasing", ["1C(4)", "1C(5)"])
def test_art_1c_found_for_one_not_qualifying_is_ceased_whether_the_clause_before_it_is_found_pending_or_not(
    ceasing: str, earlier: str
) -> None:
    """Refugee Convention arts 1C and 1D-1F (status review F1): for a person never recognised
    who does not meet Art 1A(2) (the Handbook paras 62-64 economic migrant), with an Art 1C
    clause found, the label is the same whether a clause that comes before Art 1C (Art 1E or 1F;
    Art 1D left open leaves its second paragraph open too, and with it whether the person
    qualifies) is found, not yet decided, or found not to apply: CEASED, on CEASED_STATUS_READING,
    named in all three, since the outcome rests on it in all three. Before, Art 1F(b) pending gave
    NOT_REFUGEE, Art 1F(b) found NOT_REFUGEE "(and Art 1F would exclude in any case)" listing the
    reading though it did not rest on it, and Art 1F(b) found not to apply CEASED: resolving the
    pending clause one way flipped a decided label. Every completion of the pending clause now
    gives the label the pending case gives."""
    from refugeelaw.law.art_1c import CEASED_STATUS_READING

    base = testing.economic_migrant(cessation={rl.Cessation(ceasing)})
    if earlier == "1E":
        # Residence with a national's rights in the Republic of Korea; a fear there keeps Art
        # 1E off (law.art_1e.FEAR_THERE_READING), and one not yet weighed leaves it open.
        there = rl.Harm(
            "imprisonment under the National Security Act",
            "KOR",
            severity=rl.Severity.SERIOUS,
            actor=rl.Actor.STATE,
            reasons={rl.Ground.POLITICAL_OPINION},
        )
        resident = attrs.evolve(base, rights_of_national_in="KOR")
        assert base.fears is not None
        found = resident
        pending = attrs.evolve(resident, fears=[*base.fears, attrs.evolve(there, likelihood=None)])
        cleared = attrs.evolve(resident, fears=[*base.fears, attrs.evolve(there, likelihood=0.9)])
    else:
        found = attrs.evolve(base, exclusion={rl.Exclusion.ART_1F_B})
        pending = attrs.evolve(base, exclusion_pending={rl.Exclusion.ART_1F_B})
        cleared = base
    results = {
        state: rl.assess_status(claim, on="2010-01-01")
        for state, claim in (("found", found), ("pending", pending), ("cleared", cleared))
    }
    clause = f"Art {earlier}:"
    verdicts = {
        state: next(f for f in r.finding.children if f.element.startswith(clause)).verdict
        for state, r in results.items()
    }
    assert verdicts == {
        "found": rl.Verdict.MET,
        "pending": rl.Verdict.UNKNOWN,
        "cleared": rl.Verdict.NOT_MET,
    }, {s: r.explain() for s, r in results.items()}
    for state, result in results.items():
        assert result.outcome is rl.Status.CEASED, (state, result.explain())
        assert CEASED_STATUS_READING in result.assumptions(), state
        assert result.missing_facts() == (), state
    assert f"Art {earlier} would exclude in any case" in results["found"].finding.reason
    assert (
        f"Art {earlier}, which comes before Art 1C, is not yet decided"
        in results["pending"].finding.reason
    )
    assert results["pending"].questions() == ()


def test_a_harm_of_unknown_grade_names_torture_too_as_deciding_handbook_51_and_para_28() -> None:
    """UNHCR Handbook paras 51-53 (persecution by its severity) and para. 28 (a recognised
    refugee's status continues until a clause is found): a harm whose grade is not known is
    persecution if it would be torture, whatever its grade, so both facts decide and both are
    named. A recognised North Korean in South Korea with Art 1C(5) pending (whether the
    circumstances persist weighs the fear) named only the grade, and stating the harm torture
    made him a refugee (a fact not named that decided: the property
    ``test_the_facts_a_recognised_refugees_open_status_does_not_name_change_nothing``)."""
    harm = rl.Harm("feared harm", "PRK", likelihood=0.5, actor="state",
                   reasons={"political_opinion"}, disproportionate=True)  # fmt: skip
    claim = rl.Claim(rl.Person("P", {"PRK"}, location="KOR"), fears=[harm], recognised=True,
                     cessation_pending={rl.Cessation.ART_1C_5}, reasons_for_leaving=set())  # fmt: skip
    d = rl.assess_status(claim, on="2004-06-30")
    assert d.outcome is rl.Status.UNDETERMINED
    assert {"fears[0].severity", "fears[0].torture"} <= set(d.missing_facts())
    tortured = attrs.evolve(claim, fears=[attrs.evolve(harm, torture=True)])
    assert rl.assess_status(tortured, on="2004-06-30").outcome is rl.Status.REFUGEE


def _labour_camp(**harm: Any) -> rl.Harm:
    """The interface review's F1 reproducer: imprisonment in a labour camp for leaving North Korea,
    a prosecution whose proportion, fairness and kind (torture or not) are not known."""
    facts: dict[str, Any] = {
        "severity": "threat_to_life_or_freedom",
        "likelihood": 0.9,
        "actor": "state",
        "reasons": {"political_opinion"},
        "prosecution": True,
        **harm,
    }
    return rl.Harm("imprisonment in a labour camp for leaving", "PRK", **facts)


def _camp_claim(*harms: rl.Harm) -> rl.Claim:
    return rl.Claim(
        rl.Person("A", {"PRK"}, location="CHN"),
        fears=list(harms),
        protection={"PRK": "unavailable"},
    )


def test_handbook_56_60_and_cat_1_a_prosecution_whose_route_is_open_asks_whether_it_is_torture() -> (
    None
):
    """UNHCR Handbook paras 56-60 as the library reads them, with CAT art. 1(1) ("lawful
    sanctions") and ICCPR art. 7 (``FORBIDDEN_PUNISHMENT``): a punishment that would be torture is
    persecution whatever the offence, so while no route of paras 56-60 is found and the
    punishment's proportion is not known, whether it would be torture decides too, and is named and
    asked (the interface review's F1: it decided REFUGEE but was neither named nor asked). Stated
    not torture, the claim still waits on the routes: no decided answer turns."""
    claim = _camp_claim(_labour_camp())
    d = rl.assess_status(claim, on="2010-01-01")
    assert d.outcome is rl.Status.UNDETERMINED
    assert d.missing_facts() == (
        "fears[0].disproportionate",
        "fears[0].torture",
        "fears[0].discriminatory",
        "fears[0].law_contrary_to_human_rights",
        "fears[0].exit_offence",
        "reasons_for_leaving",
    )
    assert "fears[0].torture" in _persecution_of(d).missing
    assert _answers(d)["fears[0].torture"] == [("yes", "REFUGEE"), ("no", "UNDETERMINED")]
    tortured = rl.assess_status(_camp_claim(_labour_camp(torture=True)), on="2010-01-01")
    assert tortured.outcome is rl.Status.REFUGEE
    assert "no offence justifies" in _persecution_of(tortured).reason
    not_tortured = rl.assess_status(_camp_claim(_labour_camp(torture=False)), on="2010-01-01")
    assert not_tortured.outcome is rl.Status.UNDETERMINED
    assert "fears[0].torture" not in not_tortured.missing_facts()
    # The return assessment on the same claim named it already: the two now agree.
    ret = rl.assess_return(claim, by="CHN", to="PRK", on="2010-01-01")
    assert "fears[0].torture" in ret.missing_facts()


def test_handbook_57_and_cat_1_a_disproportionate_punishment_of_unknown_grade_asks_torture() -> (
    None
):
    """UNHCR Handbook para. 57 (the punishment must be severe enough, "excessive") with CAT art.
    1(1): a punishment found disproportionate whose severity is not known is persecution if it
    would be torture (a serious violation of human rights without a grade), so ``torture`` is named
    beside ``severity``; with neither route nor grade known it is named once. A punishment graded
    discrimination cannot be torture (``Harm``'s cross-check), so there it is not asked."""
    graded = rl.assess_status(
        _camp_claim(_labour_camp(severity=None, disproportionate=True)), on="2010-01-01"
    )
    assert (graded.outcome, graded.missing_facts()) == (
        rl.Status.UNDETERMINED,
        ("fears[0].severity", "fears[0].torture"),
    )
    assert _answers(graded)["fears[0].torture"] == [("yes", "REFUGEE"), ("no", "UNDETERMINED")]
    assert (
        rl.assess_status(
            _camp_claim(_labour_camp(severity=None, disproportionate=True, torture=True)),
            on="2010-01-01",
        ).outcome
        is rl.Status.REFUGEE
    )
    neither = rl.assess_status(_camp_claim(_labour_camp(severity=None)), on="2010-01-01")
    assert neither.missing_facts().count("fears[0].torture") == 1
    assert neither.questions()[0].path == "fears[0].torture"  # it settles route and grade at once
    # Graded discrimination, weighed with another measure (Handbook 53): the routes and the
    # cumulative judgement are asked, not torture, which the grade rules out.
    other = rl.Harm("denied work", "PRK", severity="discrimination", likelihood=0.9,
                    actor="state", reasons={"political_opinion"})  # fmt: skip
    lower = rl.assess_status(
        _camp_claim(_labour_camp(severity="discrimination"), other), on="2010-01-01"
    )
    assert lower.outcome is rl.Status.UNDETERMINED
    assert "fears[0].disproportionate" in lower.missing_facts()
    assert "fears[0].torture" not in lower.missing_facts()


def test_the_ceased_status_reading_is_named_only_where_the_outcome_rests_on_it_art_1c_1f() -> None:
    """Refugee Convention arts 1C and 1F (status review F1): CEASED_STATUS_READING is among the
    positions relied on only where the outcome rests on it. A Turk in Germany, never recognised,
    Art 1C(2) found and Art 1F(b) found, whose fear's likelihood is not known: if he meets Art
    1A(2) he is EXCLUDED (Art 1F comes first), if not CEASED (on the reading), so the result is
    UNDETERMINED whichever way the clause is read, and the reading is not named; the answer that
    makes it CEASED names it."""
    from refugeelaw.law.art_1c import CEASED_STATUS_READING

    harm = rl.Harm(
        "beating",
        "TUR",
        severity=rl.Severity.SERIOUS,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
    )
    claim = rl.Claim(
        rl.Person("A", nationalities={"TUR"}, location="DEU"),
        fears=[harm],
        cessation={rl.Cessation.ART_1C_2},
        exclusion={rl.Exclusion.ART_1F_B},
    )
    result = rl.assess_status(claim, on="2020-01-01")
    assert result.outcome is rl.Status.UNDETERMINED, result.explain()
    assert result.missing_facts() == ("fears[0].likelihood",)
    assert CEASED_STATUS_READING not in result.assumptions()
    assert (
        "Art 1F applies, so the person has no Convention status either way; whether that is "
        "because of exclusion or because inclusion fails is not yet known"
    ) in result.finding.reason
    outcomes = {
        likelihood: rl.assess_status(
            attrs.evolve(claim, fears=[attrs.evolve(harm, likelihood=likelihood)]), on="2020-01-01"
        )
        for likelihood in (0.01, 0.5)
    }
    assert outcomes[0.01].outcome is rl.Status.CEASED
    assert CEASED_STATUS_READING in outcomes[0.01].assumptions()
    assert outcomes[0.5].outcome is rl.Status.EXCLUDED
    assert CEASED_STATUS_READING not in outcomes[0.5].assumptions()
