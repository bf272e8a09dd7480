"""Non-refoulement (issue 5): may state ``by`` return this person to ``to`` on that date?

The scenario suite lives as data in ``tests/cases/return/``: one JSON file per case, named as a sentence
a lawyer can check, each citing the provision, ExCom conclusion or case it follows. The focused tests
below pin the shape of the result: breaches with their basis and absoluteness, the explanation,
invalid input and the one-line summary.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from typing import Any

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.law import art_33, custom, removal

CASES_DIR = pathlib.Path(__file__).parent / "cases" / "return"
CASE_FILES = sorted(CASES_DIR.glob("*.json"))
ON = "2004-06-30"
C33 = rl.Citation("refugee-convention-1951", "33(1)")
C33_2 = rl.Citation("refugee-convention-1951", "33(2)")
CAT3 = rl.Citation("cat-1984", "3(1)")
CUSTOM = rl.Citation("customary-international-law", "non-refoulement")


def _load(path: pathlib.Path) -> dict[str, Any]:
    case: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return case


def _assess(case: dict[str, Any]) -> rl.ReturnAssessment:
    return rl.assess_return(
        rl.from_dict(rl.Claim, case["claim"]),
        by=case["by"],
        to=case["to"],
        on=case["on"],
        doctrine=rl.Doctrine(**case.get("doctrine", {})),
    )


def _escapee(**claim: Any) -> rl.Claim:
    """The articles' case: a North Korean in China fearing torture for illegal exit (sur place)."""
    fear: dict[str, Any] = {
        "severity": rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        "likelihood": 0.8,
        "actor": rl.Actor.STATE,
        "reasons": {rl.Ground.POLITICAL_OPINION},
        "prosecution": True,
        "disproportionate": True,
        "sur_place": True,
        "torture": True,
    }
    fear.update(claim.pop("fear", {}))
    return rl.Claim(
        rl.Person("Escapee", {"PRK"}, location=claim.pop("location", "CHN")),
        fears=[rl.Harm("torture for leaving without permission", "PRK", **fear)],
        **claim,
    )


def _breach(result: rl.ReturnAssessment, cite: rl.Citation) -> rl.StateObligation:
    found = [o for o in result.breaches if o.citation == cite]
    assert len(found) == 1, [str(o.citation) for o in result.breaches]
    return found[0]


# ---------------------------------------------------------------------------------------------
# The scenario suite
# ---------------------------------------------------------------------------------------------


def test_the_suite_is_large_enough_and_every_case_is_well_formed() -> None:
    """Issue 5 asks for scenario cases as data, each citing its source."""
    assert len(CASE_FILES) >= 20
    allowed = {"authority", "source_note", "claim", "by", "to", "on", "doctrine", "expected"}
    for path in CASE_FILES:
        case = _load(path)
        assert set(case) <= allowed, path.name
        assert case["authority"].strip(), path.name
        assert case["source_note"].strip(), path.name
        assert case["expected"]["outcome"] in {"prohibited", "permitted", "undetermined"}
        assert (case["expected"]["outcome"] == "prohibited") == bool(case["expected"]["breaches"])


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_return_case(path: pathlib.Path) -> None:
    case = _load(path)
    expected = case["expected"]
    result = _assess(case)
    assert result.outcome.value == expected["outcome"], result.explain()
    assert sorted(str(o.citation) for o in result.breaches) == sorted(expected["breaches"])
    if "missing_facts" in expected:
        assert sorted(result.missing_facts()) == sorted(expected["missing_facts"])


def test_the_issue_5_scenarios_are_all_present() -> None:
    """Every scenario issue 5 and the brief name has a case file."""
    stems = {p.stem for p in CASE_FILES}
    for needle in (
        "in_1990",
        "in_2001",
        "in_2004",
        "1f_b_who_fears_torture",
        "1f_b_who_fears_no_torture",
        "danger_to_chinas_security",
        "malaysia_returning_a_rohingya_to_myanmar_is_prohibited",
        "malaysia_returning_a_rohingya_to_myanmar_is_permitted",
        "malaysia_returning_a_rohingya_to_myanmar_is_undetermined",
        "south_korea_that_would_not_send_him_on",
        "while_onward_removal_is_unknown",
        "indirect_refoulement",
        "recognition_is_declaratory",
        "border_fence",
        "purely_economic_migrant",
        "united_states",
        "mongolia",
    ):
        assert any(needle in s for s in stems), needle


# ---------------------------------------------------------------------------------------------
# Breaches: basis and absoluteness
# ---------------------------------------------------------------------------------------------


def test_cat_article_3_breach_is_absolute_and_treaty_based() -> None:
    """CAT art. 3(1) admits no exception (art. 2(2): "no exceptional circumstances whatsoever")."""
    result = rl.assess_return(_escapee(), by="CHN", to="PRK", on=ON)
    cat = _breach(result, CAT3)
    assert cat.absolute is True
    assert cat.exceptions == ()
    assert cat.basis is rl.Basis.TREATY
    assert cat.since is not None
    assert cat.since.isoformat() == "1988-11-03"


def test_convention_article_33_breach_is_not_absolute_and_its_exception_is_article_33_2() -> None:
    """Refugee Convention art. 33(1) yields to the art. 33(2) exceptions, so it is not absolute."""
    result = rl.assess_return(_escapee(), by="CHN", to="PRK", on=ON)
    art33 = _breach(result, C33)
    assert art33.absolute is False
    assert art33.exceptions == (C33_2,)
    assert art33.basis is rl.Basis.TREATY
    assert art33.via is None
    assert art33.since is not None
    # Protocol art. I(1) bound China to art. 33 from its deposit on 24 September 1982 (art.
    # VIII(2)); the Convention itself followed on 23 December (art. 43(2)), without a break.
    assert art33.since.isoformat() == "1982-09-24"


def test_protocol_only_party_breaches_article_33_through_protocol_article_i() -> None:
    """Protocol art. I(1): the USA, party to the Protocol only, applies Convention arts 2-34."""
    result = rl.assess_return(_escapee(location="USA"), by="USA", to="PRK", on=ON)
    art33 = _breach(result, C33)
    assert art33.via == "refugee-protocol-1967"
    assert art33.since is not None
    assert art33.since.isoformat() == "1968-11-01"


@pytest.mark.parametrize(
    ("peremptory", "basis"),
    [
        (None, rl.Basis.CUSTOM),
        (False, rl.Basis.CUSTOM),
        (True, rl.Basis.PEREMPTORY),
    ],
)
def test_customary_breach_follows_the_doctrine(peremptory: bool | None, basis: rl.Basis) -> None:
    """Customary non-refoulement (ExCom Conclusions No. 6, No. 25): peremptory only if the doctrine
    says so; either way its refugee limb keeps the art. 33(2) exceptions (see the next test)."""
    doctrine = rl.Doctrine(non_refoulement_peremptory=peremptory)
    result = rl.assess_return(_escapee(), by="CHN", to="PRK", on="1979-06-01", doctrine=doctrine)
    custom = _breach(result, CUSTOM)
    assert custom.basis is basis
    assert custom.absolute is False
    # In 1979 the duty is the refugee limb alone, shown from ExCom Conclusion No. 6's adoption
    # (12 October 1977); the torture limb only from CAT art. 3's adoption (10 December 1984).
    assert custom.since == dt.date(1977, 10, 12)
    assert "torture" not in custom.duty


def test_a_peremptory_refugee_limb_keeps_the_article_33_2_exceptions() -> None:
    """VCLT art. 53: a peremptory norm admits no derogation by treaty; it is not thereby a rule
    without the exceptions of its content. Held peremptory, customary non-refoulement's refugee
    limb is still lifted by Refugee Convention art. 33(2) (danger to security), and its bar never
    calls itself absolute; the torture limb, which has no exception, still bars the return. That
    the customary rule has art. 33(2)'s exceptions is a contested reading, named where relied on."""
    doctrine = rl.Doctrine(non_refoulement_peremptory=True, torture_non_refoulement_peremptory=True)
    persecution_only = testing.north_korean_escapee(
        fears=(testing.escapee_harm(torture=False, irreparable=False),), danger_to_security=True
    )
    result = rl.assess_return(persecution_only, by="CHN", to="PRK", on=ON, doctrine=doctrine)
    custom_bar = next(c for c in result.finding.children if c.element.startswith("customary"))
    assert custom_bar.verdict is rl.Verdict.NOT_MET
    assert "absolute" not in custom_bar.reason
    assert CUSTOM not in [o.citation for o in result.breaches]
    limb = custom_bar.find("persecution of a refugee")
    assert limb is not None
    assert custom.EXCEPTIONS_READING in limb.assumptions
    plain = rl.assess_return(
        attrs.evolve(persecution_only, danger_to_security=False), by="CHN", to="PRK", on=ON
    )
    assert custom.EXCEPTIONS_READING not in plain.assumptions()
    remote = testing.north_korean_escapee(
        fears=(testing.escapee_harm(torture=False, irreparable=False, likelihood=0.01),),
        danger_to_security=True,
    )
    no_risk = rl.assess_return(remote, by="CHN", to="PRK", on=ON, doctrine=doctrine)
    assert custom.EXCEPTIONS_READING not in no_risk.assumptions()  # the limb fails without it
    tortured = attrs.evolve(persecution_only, fears=(testing.escapee_harm(torture=True),))
    result = rl.assess_return(tortured, by="CHN", to="PRK", on=ON, doctrine=doctrine)
    custom_bar = next(c for c in result.finding.children if c.element.startswith("customary"))
    assert custom_bar.verdict is rl.Verdict.MET
    assert custom_bar.reason == "the bar applies, and no exception lifts it"


def test_customary_law_shows_both_limbs_where_the_state_is_bound_by_no_refugee_treaty() -> None:
    """Thailand is party to neither the Refugee Convention nor CAT (on 30 June 2004): customary
    non-refoulement alone protects a refugee from persecution there. Its bar shows both limbs,
    the persecution of a refugee (Art 1 as the Protocol reads it, the risk, the Art 33(2)
    exceptions) and the torture of anyone, and the result names the positions the refugee limb
    rests on: the well-founded fear's standard (INS v Cardoza-Fonseca) and the nexus, not
    ``return_threshold``, which sets the standard of art. 33(1) alone."""
    fear = {"torture": False, "irreparable": False, "risk_to_life": False, "likelihood": 0.3}
    escapee = _escapee(location="THA", fear=fear)
    result = rl.assess_return(escapee, by="THA", to="PRK", on=ON)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in result.breaches] == [
        "customary international law, non-refoulement"
    ]
    risk = result.finding.find("risk the customary rule covers")
    assert risk is not None
    limb = risk.find("persecution of a refugee")
    assert limb is not None
    assert limb.verdict is rl.Verdict.MET
    assert limb.find("well-founded fear") is not None
    positions = result.assumptions()
    assert any(p.startswith("fear_threshold=0.1") for p in positions)
    assert any(p.startswith("nexus=") for p in positions)
    assert not any(p.startswith("return_threshold") for p in positions)
    # Custom keeps the well-founded fear's standard where a doctrine sets art. 33(1) its own: the
    # fear's position is relied on, and so named.
    strict = rl.Doctrine(return_threshold=0.5)
    china = rl.assess_return(_escapee(fear=fear), by="CHN", to="PRK", on=ON, doctrine=strict)
    assert any(p.startswith("fear_threshold=0.1") for p in china.assumptions())


def test_art_33_2_lifts_customs_refugee_limb_too_and_says_so_but_never_the_torture_limb() -> None:
    """A refugee who is a danger to the security of Thailand (party to neither the Refugee
    Convention nor CAT on 30 June 2004): the Art 33(2) exception, which customary non-refoulement
    takes for its refugee limb, lifts that limb, and its finding says it lifts refugee
    non-refoulement (not "only the Convention bar", which does not bind Thailand); the torture
    limb has no exception (Chahal v United Kingdom, 1996), so the return stays prohibited."""
    fear = {"torture": True, "likelihood": 0.6}
    danger = _escapee(location="THA", fear=fear, danger_to_security=True)
    result = rl.assess_return(danger, by="THA", to="PRK", on=ON)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    limb = result.finding.find("persecution of a refugee")
    assert limb is not None
    assert limb.verdict is rl.Verdict.NOT_MET
    exception = limb.find("Art 33(2): danger to security or the community")
    assert exception is not None
    assert exception.verdict is rl.Verdict.MET
    assert "Convention bar" not in exception.reason
    assert "refugee non-refoulement" in exception.reason
    torture = result.finding.find("risk the customary rule covers")
    assert torture is not None
    assert torture.verdict is rl.Verdict.MET


def test_art_1f_excludes_from_customs_refugee_limb_in_words_that_fit_a_non_party() -> None:
    """Art 1F(b) for a North Korean in Thailand (on 30 June 2004 party to neither the Refugee
    Convention nor CAT): the exclusion takes the person out of customary non-refoulement's
    refugee limb, and the finding says so without naming the Convention's protection or CAT's
    bar, neither of which binds Thailand; ICCPR art. 7 (in force for Thailand since 1997) and
    custom's torture limb still bar the return (HRC General Comment No. 31 para. 12)."""
    excluded = _escapee(location="THA", exclusion={"1F(b)"}, fear={"irreparable": True})
    result = rl.assess_return(excluded, by="THA", to="PRK", on=ON)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in result.breaches] == [
        "ICCPR art. 7",
        "customary international law, non-refoulement",
    ]
    limb = result.finding.find("persecution of a refugee")
    assert limb is not None
    assert limb.verdict is rl.Verdict.NOT_MET
    person = limb.find("a refugee, or an asylum seeker not yet determined")
    assert person is not None
    assert person.verdict is rl.Verdict.NOT_MET
    assert "Convention" not in person.reason
    assert "CAT" not in person.reason
    assert "torture and ill-treatment" in person.reason


def test_customary_laws_refugee_limb_asks_nothing_of_a_person_found_not_a_refugee() -> None:
    """Where Art 1 finds the person not a refugee (here: South Korea, a second country of
    nationality, would protect), the refugee limb of customary non-refoulement is not met whatever
    the risk of persecution: the facts of that risk are not named as still needed; the torture
    limb's are."""
    claim = rl.Claim(
        rl.Person("dual national", {"PRK", "KOR"}, location="CHN"),
        fears=[rl.Harm("punishment for leaving", "PRK", actor=rl.Actor.STATE)],
        protection={"PRK": rl.Protection.UNAVAILABLE, "KOR": rl.Protection.AVAILABLE},
    )
    result = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    assert result.status.outcome is rl.Status.NOT_REFUGEE
    limb = result.finding.find("persecution of a refugee")
    assert limb is not None
    assert limb.verdict is rl.Verdict.NOT_MET
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "fears[0].torture" in result.missing_facts()
    assert "fears[0].reasons" not in result.missing_facts()
    from refugeelaw.law.art_33 import SECOND_NATIONALITY_READING

    assert SECOND_NATIONALITY_READING in limb.all_assumptions()


def test_article_33_2_lifts_only_the_convention_bar() -> None:
    """Refugee Convention art. 33(2) removes "the benefit of the present provision" only; CAT art. 3 stays."""
    result = rl.assess_return(_escapee(danger_to_security=True), by="CHN", to="PRK", on=ON)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    cites = {o.citation for o in result.breaches}
    assert C33 not in cites
    assert CAT3 in cites
    exception = result.finding.find("Art 33(2): danger to security or the community")
    assert exception is not None
    assert exception.verdict is rl.Verdict.MET


def test_a_qualified_bar_that_applies_says_no_exception_lifts_it() -> None:
    """Customary non-refoulement holds for a person Art 33(2) takes out of art. 33(1) through its
    torture limb alone (CAT art. 3 as custom; ExCom Conclusion No. 6), and art. 33(1) holds for a
    refugee no exception reaches: each such bar says that no exception lifts it, not that it is
    still "subject to" them."""
    excluded = rl.assess_return(_escapee(danger_to_security=True), by="CHN", to="PRK", on=ON)
    custom = excluded.finding.find("customary non-refoulement bar")
    assert custom is not None
    assert custom.verdict is rl.Verdict.MET
    assert custom.reason == "the bar applies, and no exception lifts it"
    refugee = rl.assess_return(_escapee(), by="CHN", to="PRK", on=ON)
    convention = refugee.finding.find("Refugee Convention art. 33(1) bar")
    assert convention is not None
    assert convention.verdict is rl.Verdict.MET
    assert convention.reason == "the bar applies, and no exception lifts it"


def test_asylum_seeker_with_undetermined_status_is_protected() -> None:
    """UNHCR Handbook para. 28: recognition is declaratory, so art. 33(1) protects an unscreened person."""
    claim = rl.from_dict(
        rl.Claim,
        _load(
            CASES_DIR
            / "unscreened_north_korean_presumed_an_economic_migrant_is_still_protected_because_recognition_is_declaratory.json"
        )["claim"],
    )
    result = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    assert result.status.outcome is rl.Status.UNDETERMINED
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert C33 in {o.citation for o in result.breaches}


def test_a_return_names_the_positions_the_status_rested_on() -> None:
    """Art 33(1) protects "a refugee", and its threat is Art 1A(2)'s own elements for each fear:
    a Roma fearing skinheads in Slovakia, not a refugee because Slovakia's protection is
    sufficient on *Horvath v SSHD* [2001] 1 AC 489, is returned on that reading, and the return
    names it (the threat weighs Slovakia's protection as Art 1A(2) found it); an undetermined
    claim is protected whatever the positions (Handbook para. 28)."""
    from refugeelaw.law.protection import HORVATH_READING

    harm = rl.Harm(
        "skinhead violence", "SVK", severity=rl.Severity.SERIOUS, likelihood=0.6,
        actor=rl.Actor.NON_STATE, reasons={rl.Ground.RACE}, protection_withheld_for=frozenset(),
    )  # fmt: skip
    person = rl.Person("Horvath", {"SVK"}, habitual_residence="SVK", location="GBR")
    claim = rl.Claim(
        person, fears=(harm,), protection={"SVK": rl.Protection.AVAILABLE},
        internal_relocation=False,
    )  # fmt: skip
    result = rl.assess_return(claim, by="GBR", to="SVK", on="2000-07-06")
    assert result.status.outcome is rl.Status.NOT_REFUGEE
    assert HORVATH_READING in result.status.assumptions()
    element = result.finding.find("a refugee, or an asylum seeker not yet determined")
    assert element is not None
    assert element.verdict is rl.Verdict.NOT_MET
    assert HORVATH_READING in result.assumptions()
    open_claim = attrs.evolve(claim, protection={})
    pending = rl.assess_return(open_claim, by="GBR", to="SVK", on="2000-07-06")
    assert pending.status.outcome is rl.Status.UNDETERMINED
    element = pending.finding.find("a refugee, or an asylum seeker not yet determined")
    assert element is not None
    assert element.verdict is rl.Verdict.MET
    assert HORVATH_READING not in pending.assumptions()


def test_article_33_threat_from_private_persons_turns_on_the_states_protection() -> None:
    """Art. 33(1): life or freedom "would be threatened" on a Convention ground. Persecution is
    serious harm together with a failure of state protection (*Horvath v SSHD* [2001] 1 AC 489;
    *Islam; Shah* [1999] 2 AC 629), so a threat from an armed group is one only where Pakistan's
    protection fails: found unavailable, the return is prohibited; available, permitted; not yet
    found, the return is undetermined and the protection is asked (it was "prohibited", with
    nothing asked, while one fact could turn it to "permitted")."""
    harm = rl.Harm(
        "killing by an armed group for her reporting", "PAK",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM, likelihood=0.6, actor=rl.Actor.NON_STATE,
        reasons={rl.Ground.POLITICAL_OPINION}, torture=False, official_involvement=False,
        irreparable=False, risk_to_life=False, flagrant_denial_of_justice=False,
        death_penalty=False,
    )  # fmt: skip
    outcomes = {}
    for stated in (None, rl.Protection.AVAILABLE, rl.Protection.UNAVAILABLE):
        claim = rl.Claim(
            rl.Person("J", {"PAK"}, location="GBR"), fears=(harm,),
            protection={} if stated is None else {"PAK": stated}, internal_relocation=False,
        )  # fmt: skip
        result = rl.assess_return(claim, by="GBR", to="PAK", on="2012-01-01")
        outcomes[stated] = (result.outcome, result.missing_facts())
    assert outcomes == {
        None: (rl.ReturnOutcome.UNDETERMINED, ("protection['PAK']",)),
        rl.Protection.AVAILABLE: (rl.ReturnOutcome.PERMITTED, ()),
        rl.Protection.UNAVAILABLE: (rl.ReturnOutcome.PROHIBITED, ()),
    }


def test_a_threat_the_state_itself_poses_needs_no_finding_on_its_protection() -> None:
    """Art. 33(1) with *Horvath*'s protection element, harm by harm: Syria cannot protect against
    its own persecution (Handbook para. 65), so a threat it poses that meets art. 33(1)'s own
    standard (here ``return_threshold`` 0.1, below the well-founded fear's 0.5) bars the return,
    whatever another fear (its persecutor not known) leaves open about Syria's protection."""

    def harm(**changes: Any) -> rl.Harm:
        base = rl.Harm(
            "detention", "SYR", severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM, likelihood=0.8,
            actor=rl.Actor.STATE, reasons={rl.Ground.POLITICAL_OPINION},
        )  # fmt: skip
        return attrs.evolve(base, **changes)

    claim = rl.Claim(
        rl.Person("X", {"SYR"}, location="USA"),
        fears=(harm(likelihood=0.3), harm(actor=None)),
    )
    doctrine = rl.Doctrine(fear_threshold=0.5, return_threshold=0.1)
    result = rl.assess_return(claim, by="USA", to="SYR", on="2020-01-01", doctrine=doctrine)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    threat = result.finding.find("fears[0]")
    assert threat is not None
    assert threat.find("protection of Syria") is None


def test_an_excluded_persons_return_relies_on_what_excludes_him() -> None:
    """Art 1E "shall not apply" to a North Korean resident in Japan with a national's rights there
    and protected by Japan against private violence: the exclusion rests on *Horvath*'s test of
    protection, and a return that rests on the exclusion (art. 33(1) and custom's refugee limb no
    longer protect him) names it, on the element that rests on the status. Art 1F(a) rests on no
    contested position, and a refugee's return names the positions of the threat it weighs."""
    from refugeelaw.law.art_33 import positions_relied_on
    from refugeelaw.law.protection import HORVATH_READING, ROK_NATIONALITY_READING

    escapee = testing.north_korean_escapee()
    in_japan = rl.Harm(
        "violence for being of North Korean origin", "JPN",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM, likelihood=0.5,
        actor=rl.Actor.NON_STATE, reasons={rl.Ground.NATIONALITY},
    )  # fmt: skip
    resident = attrs.evolve(
        escapee, rights_of_national_in="JPN", fears=(*(escapee.fears or ()), in_japan),
        protection={"JPN": rl.Protection.AVAILABLE},
    )  # fmt: skip
    excluded = rl.assess_status(resident, on=ON)
    assert excluded.outcome is rl.Status.EXCLUDED
    assert HORVATH_READING in positions_relied_on(excluded)
    returned = rl.assess_return(resident, by="CHN", to="PRK", on=ON)
    element = returned.finding.find("a refugee, or an asylum seeker not yet determined")
    assert element is not None
    assert HORVATH_READING in element.assumptions
    war_crimes = rl.assess_status(testing.north_korean_escapee(exclusion={"1F(a)"}), on=ON)
    assert war_crimes.outcome is rl.Status.EXCLUDED
    assert positions_relied_on(war_crimes) == ()
    # The escapee, a refugee listed as North Korea's national alone, is one art. 33(1) protects
    # on that reading of his nationalities (GP [2014] UKUT 391 would list the ROK's): named
    # (review s37 sd37 F2); no other position beyond the threat's own.
    assert positions_relied_on(rl.assess_status(escapee, on=ON)) == (ROK_NATIONALITY_READING,)


def test_permitted_and_undetermined_returns_list_no_breaches() -> None:
    """A return that breaches nothing lists no obligations: one waiting on whether China holds a
    person in Mongolia (CAT art. 3(1), HRC General Comment 31 para. 10; review s39 rt39 F1: was
    PERMITTED), and one that, held, the person would still face no risk a bar covers."""
    result = rl.assess_return(_escapee(location="MNG"), by="CHN", to="PRK", on=ON)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.breaches == ()
    assert result.missing_facts() == ("under_control_of", "doctrine.article_33_extraterritorial")
    migrant = attrs.evolve(testing.economic_migrant(), person=_escapee(location="MNG").person)
    permitted = rl.assess_return(migrant, by="CHN", to="PRK", on=ON)
    assert permitted.outcome is rl.ReturnOutcome.PERMITTED
    assert permitted.breaches == ()
    assert permitted.missing_facts() == ()


# ---------------------------------------------------------------------------------------------
# Explanation, summary, serialisation
# ---------------------------------------------------------------------------------------------


def test_explain_shows_every_bar_considered() -> None:
    """Issue 5: the finding tree shows each bar (Convention 33(1), CAT 3, ICCPR 6(1) and 7, custom)."""
    result = rl.assess_return(_escapee(danger_to_security=True), by="CHN", to="PRK", on=ON)
    text = result.explain()
    for bar in (
        "Refugee Convention art. 33(1) bar",
        "CAT art. 3 bar",
        "ICCPR art. 6(1) bar",
        "ICCPR art. 7 bar",
        "customary non-refoulement bar",
        "Art 33(2)",
    ):
        assert bar in text, bar
    assert "China is not bound by ICCPR art. 7 on 2004-06-30" in text
    assert "CAT art. 3(1) (treaty, absolute)" in text
    markdown = result.explain(format="markdown")
    assert markdown.startswith("# Return from China to North Korea: PROHIBITED")
    bars = [c.element for c in result.finding.children if c.element.endswith("bar")]
    assert len(bars) == 5


def test_a_treaty_the_state_is_not_bound_by_is_shown_but_not_weighed() -> None:
    """China signed the ICCPR in 1998 and has not ratified it: ICCPR arts 6(1) and 7 bind it no
    more than any other treaty it is not party to. Their bars are listed with the reason they fail
    (not bound: VCLT art. 34, a treaty does not bind a State not party to it), and neither the person's reach nor the risk the articles cover is
    weighed under them: a lawyer is not told the facts of a treaty that cannot decide the return.
    Past the data's horizon, where it is not known whether China is bound, each is weighed in
    full."""
    escapee = _escapee(fear={"risk_to_life": None, "torture": None, "irreparable": None})
    result = rl.assess_return(escapee, by="CHN", to="PRK", on=ON)
    for bar in ("ICCPR art. 6(1) bar", "ICCPR art. 7 bar"):
        found = result.finding.find(bar)
        assert found is not None, bar
        assert found.verdict is rl.Verdict.NOT_MET
        assert [c.element for c in found.children] == ["the state is bound"]
        assert found.children[0].verdict is rl.Verdict.NOT_MET
    # CAT art. 3, which binds China (since 1988), is weighed in full, its risk still open.
    cat = result.finding.find("CAT art. 3 bar")
    assert cat is not None
    assert [c.verdict for c in cat.children] == [rl.Verdict.MET, rl.Verdict.MET, rl.Verdict.UNKNOWN]
    later = rl.assess_return(escapee, by="CHN", to="PRK", on="2031-01-01")
    unknown = later.finding.find("ICCPR art. 7 bar")
    assert unknown is not None
    assert [c.verdict for c in unknown.children] == [
        rl.Verdict.UNKNOWN,  # the state is bound: past the data's horizon
        rl.Verdict.MET,  # within its reach: in China
        rl.Verdict.UNKNOWN,  # the risk: torture and ill-treatment not yet established
    ]


def test_explain_names_the_conflicting_bilateral_duty_without_lifting_the_bars() -> None:
    """The 1986 border protocol's hand-back duty is noted; precedence is for resolve_conflict (VCLT 30, 53)."""
    result = rl.assess_return(_escapee(), by="CHN", to="PRK", on=ON)
    notes = [c for c in result.finding.children if c.role == "note"]
    assert any("1986 China–DPRK Border Protocol" in c.element for c in notes)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED


def test_str_is_one_line_and_names_outcome_and_date() -> None:
    result = rl.assess_return(_escapee(), by="CHN", to="PRK", on=ON)
    text = str(result)
    assert "\n" not in text
    assert text.startswith("PROHIBITED on 2004-06-30")
    assert "CAT art. 3(1)" in text
    undetermined = rl.assess_return(_escapee(location=None), by="CHN", to="PRK", on=ON)
    assert "\n" not in str(undetermined)
    assert str(undetermined).startswith("UNDETERMINED")


def test_to_dict_reports_breaches_and_missing_facts() -> None:
    result = rl.assess_return(_escapee(location=None), by="CHN", to="PRK", on=ON)
    data = result.to_dict()
    assert data["outcome"] == "undetermined"
    assert data["missing_facts"] == ["person.location"]
    assert data["on"] == ON
    assert data["by"] == "CHN"
    assert data["to"] == "PRK"
    json.dumps(data)


def test_assessment_states_the_date_used() -> None:
    """API.md: every result states the date used; written dates are accepted."""
    result = rl.assess_return(_escapee(), by="CHN", to="PRK", on="30 June 2004")
    assert result.on.isoformat() == ON


# ---------------------------------------------------------------------------------------------
# Invalid input
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"by": "XXX", "to": "PRK"}, "by"),
        ({"by": "CHN", "to": "ZZZ"}, "to"),
        ({"by": "chn", "to": "PRK"}, "by"),
    ],
)
def test_bad_country_codes_raise_invalid_input_naming_the_field(
    kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(rl.InvalidInput) as err:
        rl.assess_return(_escapee(), on=ON, **kwargs)
    assert any(p.path == field for p in err.value.problems), str(err.value)


def test_a_non_claim_raises_invalid_input_naming_the_claim() -> None:
    with pytest.raises(rl.InvalidInput) as err:
        rl.assess_return({"person": {}}, by="CHN", to="PRK", on=ON)  # type: ignore[arg-type]
    assert [p.path for p in err.value.problems] == ["claim"]
    assert "expected a Claim" in str(err.value)


def test_bad_doctrine_and_date_raise_invalid_input() -> None:
    with pytest.raises(rl.InvalidInput) as err:
        rl.assess_return(_escapee(), by="CHN", to="PRK", on=ON, doctrine="strict")  # type: ignore[arg-type]
    assert err.value.problems[0].path == "doctrine"
    with pytest.raises(rl.InvalidInput) as err:
        rl.assess_return(_escapee(), by="CHN", to="PRK", on="03/04/1982")
    assert "on" in str(err.value)


def test_someone_still_inside_the_destination_is_not_returned_by_being_kept_out() -> None:
    """Convention art. 33(1) and CAT art. 3 concern return; a person at the fence who has not left
    the DPRK is not 'returned' by being kept out (leaving is ICCPR art. 12(2)'s concern)."""
    from refugeelaw import testing

    claim = testing.north_korean_escapee(
        at_frontier=True, person=rl.Person("at the fence", nationalities={"PRK"}, location="PRK")
    )
    result = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert result.breaches == ()


def test_at_the_frontier_with_no_location_known_whether_it_is_return_is_unknown() -> None:
    """Convention art. 33(1) and ExCom Conclusion No. 6: rejection at the frontier is return only
    for one who has left their own country; where the person stands is not known, so whether
    turning them back returns them is not known either (never a breach assumed)."""
    claim = testing.north_korean_escapee(
        at_frontier=True, person=rl.Person("at the frontier", nationalities={"PRK"})
    )
    result = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.breaches == ()
    assert "person.location" in result.missing_facts()
    placed = attrs.evolve(claim, person=attrs.evolve(claim.person, location="CHN"))
    assert rl.assess_return(placed, by="CHN", to="PRK", on="2004-06-30").outcome is (
        rl.ReturnOutcome.PROHIBITED
    )
    at_home = attrs.evolve(claim, person=attrs.evolve(claim.person, location="PRK"))
    assert rl.assess_return(at_home, by="CHN", to="PRK", on="2004-06-30").outcome is (
        rl.ReturnOutcome.PERMITTED
    )


def test_iccpr_article_6_is_breached_only_by_a_risk_to_life_and_article_7_by_torture() -> None:
    """ICCPR arts 6(1) and 7: a risk of torture engages art. 7; art. 6(1) needs a risk to life."""
    in_usa = rl.Person("North Korean in the USA", nationalities={"PRK"}, location="USA")
    torture_only = testing.north_korean_escapee(
        person=in_usa, fears=(testing.escapee_harm(irreparable=False, risk_to_life=False),)
    )
    result = rl.assess_return(torture_only, by="USA", to="PRK", on=ON)
    cites = [str(o.citation) for o in result.breaches]
    assert "ICCPR art. 7" in cites
    assert "ICCPR art. 6(1)" not in cites
    with_life = testing.north_korean_escapee(
        person=in_usa, fears=(testing.escapee_harm(risk_to_life=True),)
    )
    cites = [
        str(o.citation) for o in rl.assess_return(with_life, by="USA", to="PRK", on=ON).breaches
    ]
    assert "ICCPR art. 6(1)" in cites


def test_customary_bar_ignores_the_returning_states_geographic_limitation() -> None:
    """Custom has no dateline or Europe-only limit (ExCom Conclusion No. 6 [U]): Türkiye keeps
    Art 1B(1)(a) for the Convention, yet customary non-refoulement still protects a Syrian."""
    claim = rl.Claim(
        rl.Person("Syrian in Türkiye", nationalities={"SYR"}, location="TUR"),
        fears=(
            rl.Harm("detention for political opposition", "SYR", severity="threat_to_life_or_freedom",
                    likelihood=0.6, actor="state", reasons={"political_opinion"}, torture=False,
                    irreparable=False, risk_to_life=False),
        ),
        events_in_europe=False,
    )  # fmt: skip
    result = rl.assess_return(claim, by="TUR", to="SYR", on="2015-06-30")
    convention = result.finding.find("Refugee Convention art. 33(1) bar")
    assert convention is not None
    assert convention.verdict is rl.Verdict.NOT_MET
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in result.breaches] == [
        "customary international law, non-refoulement"
    ]


def test_the_bars_still_open_are_reported_when_another_bar_already_prohibits_the_return() -> None:
    """ICCPR art. 6(1) is absolute and survives Art 33(2): even where CAT art. 3 already prohibits
    the return, ``undecided`` lists an art. 6(1) bar that is still unknown, and ``missing_facts()``
    names what would decide it: a real risk to life, a death sentence after a flagrantly unfair
    trial (art. 6(2), neither fact stated: return review s35 F1), or the death penalty (*Judge v
    Canada*), Mongolia's own law on it in 2004 not being in the data."""
    result = rl.assess_return(_escapee(location="MNG"), by="MNG", to="PRK", on="2004-06-30")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in result.undecided] == ["ICCPR art. 6(1)"]
    assert result.missing_facts() == (
        "fears[0].risk_to_life",
        "fears[0].death_penalty",
        "fears[0].flagrant_denial_of_justice",
        "states['MNG'].death_penalty_abolished",
    )
    assert result.to_dict()["undecided"] == ["ICCPR art. 6(1)"]
    assert "Bars still open:\n- ICCPR art. 6(1)" in result.explain()


def test_indirect_return_cites_the_provision_of_the_bar_it_sits_in() -> None:
    """Refugee Convention art. 33(1), CAT art. 3(1), ICCPR arts 6(1) and 7: return "in any manner
    whatsoever" includes sending the person to a country that would send them on; under each bar
    the indirect-return finding cites that bar's own provision (Russia, bound by all four: China
    is not bound by the ICCPR)."""
    result = rl.assess_return(
        _escapee(location="RUS", onward_removal={"KOR": True}), by="RUS", to="KOR", on="2004-06-30"
    )
    for bar, cite in (
        ("Refugee Convention art. 33(1) bar", "Refugee Convention art. 33(1)"),
        ("CAT art. 3 bar", "CAT art. 3(1)"),
        ("ICCPR art. 6(1) bar", "ICCPR art. 6(1)"),
        ("ICCPR art. 7 bar", "ICCPR art. 7"),
    ):
        found = result.finding.find(bar)
        assert found is not None
        indirect = found.find("indirect return through South Korea")
        assert indirect is not None, bar
        assert [str(c) for c in indirect.citations] == [cite]


def _in_indian_custody(**facts: Any) -> rl.Claim:
    """A Sri Lankan in India (the ICCPR from 1979, no CAT) who fears ill-treatment by the State of
    Sri Lanka, found not to be other cruel, inhuman or degrading treatment (``irreparable``
    false), whether it would be torture not yet decided, and no risk to life."""
    harm = rl.Harm(
        "beatings in police custody", "LKA", severity="serious", likelihood=0.9, actor="state",
        reasons={"personal"}, torture=None, irreparable=False, risk_to_life=False,
        death_penalty=False, flagrant_denial_of_justice=False, official_involvement=True,
    )  # fmt: skip
    return rl.Claim(
        rl.Person("T", nationalities={"LKA"}, location="IND"), fears=[attrs.evolve(harm, **facts)]
    )


def test_iccpr_article_7_open_on_torture_alone_names_it() -> None:
    """ICCPR art. 7 (torture or cruel, inhuman or degrading treatment; HRC General Comment 20,
    para. 9): with other ill-treatment ruled out and torture not decided, India's return to Sri
    Lanka in 2010 (custom aside) was UNDETERMINED with ``missing_facts()`` empty and nothing asked
    (return review s35 F4). It names ``fears[0].torture``, and each answer decides it."""
    treaties = rl.Doctrine(non_refoulement_customary=False)
    result = rl.assess_return(_in_indian_custody(), by="IND", to="LKA", on="2010-06-01",
                              doctrine=treaties)  # fmt: skip
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.missing_facts() == ("fears[0].torture",)
    asked = next(q for q in result.questions() if q.path == "fears[0].torture")
    assert {a.value: a.outcome for a in asked.answers} == {
        True: rl.ReturnOutcome.PROHIBITED,
        False: rl.ReturnOutcome.PERMITTED,
    }
    # With custom, its torture limb (as CAT art. 3 weighs it) names the same fact.
    assert (
        "fears[0].torture"
        in rl.assess_return(
            _in_indian_custody(), by="IND", to="LKA", on="2010-06-01"
        ).missing_facts()
    )


def test_iccpr_article_7_reads_torture_as_cat_article_1_rules_it_out_for_discrimination_only() -> (
    None
):
    """CAT art. 1(1): torture is "severe pain or suffering", so a harm judged discrimination only
    is not torture though ``torture`` is not stated (``Harm`` refuses the pair): ICCPR art. 7
    reads torture as CAT art. 1 defines it, as CAT art. 3 already did. Exclusion from public
    employment, other ill-treatment ruled out: the return was UNDETERMINED on a torture that
    could not be answered true, naming nothing; it is PERMITTED (return review s35 F4)."""
    excluded = _in_indian_custody(description="exclusion from public employment",
                                  severity="discrimination", reasons={rl.Ground.RELIGION})  # fmt: skip
    for doctrine in (rl.Doctrine(non_refoulement_customary=False), rl.Doctrine()):
        result = rl.assess_return(excluded, by="IND", to="LKA", on="2010-06-01", doctrine=doctrine)
        assert result.outcome is rl.ReturnOutcome.PERMITTED, result.explain()
        bar = result.finding.find("ICCPR art. 7 bar")
        assert bar is not None
        assert bar.verdict is rl.Verdict.NOT_MET
        assert any("fears[0].severity" in f.facts for _, f in bar.walk())


def test_iccpr_article_7_leaves_private_harm_open_where_state_protection_is_not_known() -> None:
    """ICCPR art. 7 (HRC General Comment 31, para. 12): private harm is a real risk only where the
    state cannot or will not prevent it. Where nothing is known of that protection, the bar is
    open and names the fact, not met by default."""
    harm = {"actor": rl.Actor.NON_STATE, "irreparable": True, "torture": False}
    result = rl.assess_return(
        _escapee(fear=harm, location="MNG"), by="MNG", to="PRK", on="2004-06-30"
    )
    bar = result.finding.find("ICCPR art. 7 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert "protection['PRK']" in result.missing_facts()


def test_art_33_1_on_the_well_founded_fears_standard_names_that_position() -> None:
    """Art. 33(1) "would be threatened": the library reads it, by default, on the well-founded
    fear's likelihood (Doctrine.return_threshold=None); US law asks more of withholding (INS v
    Stevic, a clear probability). The result must list the reading it relied on, and with a
    standard of its own the result names that one instead."""
    default = rl.assess_return(_escapee(), by="CHN", to="PRK", on=ON)
    same = rl.Doctrine().position("return_threshold")
    assert same in default.assumptions()
    stricter = rl.Doctrine(return_threshold=0.5)
    own = rl.assess_return(_escapee(), by="CHN", to="PRK", on=ON, doctrine=stricter)
    assert stricter.position("return_threshold") in own.assumptions()
    assert same not in own.assumptions()


@pytest.mark.parametrize(
    ("on", "fear", "outcome", "cited"),
    [
        # China bound by neither the Refugee Convention (1982) nor CAT (1988): custom alone bars it.
        ("1980-06-30", {}, rl.ReturnOutcome.PROHIBITED, (CUSTOM,)),
        ("2004-06-30", {}, rl.ReturnOutcome.PROHIBITED, (C33, CAT3, CUSTOM)),
        # Likelihood unknown: the bars that might apply leave it open.
        ("2004-06-30", {"likelihood": None}, rl.ReturnOutcome.UNDETERMINED, (C33, CAT3, CUSTOM)),
    ],
)
def test_the_return_conclusion_cites_the_provisions_that_decide_it(
    on: str, fear: dict[str, Any], outcome: rl.ReturnOutcome, cited: tuple[rl.Citation, ...]
) -> None:
    """Refugee Convention art. 33(1), CAT art. 3(1), customary non-refoulement: the conclusion
    cites the bars that apply (or might), not a treaty that does not bind the state on the date."""
    r = rl.assess_return(_escapee(fear=fear), by="CHN", to="PRK", on=on)
    assert r.outcome is outcome
    assert r.finding.citations == cited
    if outcome is rl.ReturnOutcome.PROHIBITED:
        assert tuple(b.citation for b in r.breaches) == cited


def test_a_permitted_return_cites_every_bar_it_weighed() -> None:
    """Refugee Convention art. 33(1), CAT art. 3(1), ICCPR arts 6(1) and 7, custom: where none
    applies, the conclusion rests on each of them."""
    r = rl.assess_return(_escapee(fear={"likelihood": 0.01}), by="CHN", to="PRK", on=ON)
    assert r.outcome is rl.ReturnOutcome.PERMITTED
    assert r.finding.citations == tuple(c for b in r.finding.children[:5] for c in b.citations)
    assert {C33, CAT3, CUSTOM} <= set(r.finding.citations)


def test_customary_non_refoulement_is_not_shown_before_the_librarys_earliest_evidence_of_it() -> (
    None
):
    """The customary rule's earliest evidence the library holds is ExCom Conclusion No. 6 (adopted
    12 October 1977). China had no treaty duty of return in 1950 or mid-1977: the customary bar is
    open, not met, and the gap in the data is named (not asked); from 1978 it applies, as in the
    1979 cases."""
    from refugeelaw import testing

    claim = testing.north_korean_escapee()
    for on in ("1950-01-01", "1977-06-01"):
        early = rl.assess_return(claim, by="CHN", to="PRK", on=on)
        assert early.outcome is rl.ReturnOutcome.UNDETERMINED
        assert early.missing_facts() == ("states['CHN'].customary-international-law",)
        # The gap is not asked; the position relied on is (on the treaty-only view, permitted),
        # first, as the one whose answer settles the outcome. (The presumption against internal
        # relocation, relied on too, is asked after it: the other view leaves more facts open.)
        asked = [q.path for q in early.questions()]
        assert asked[0] == "doctrine.non_refoulement_customary"
        assert not [p for p in asked if p.startswith("states[")]
        binds = early.finding.find("customary rule binds")
        assert binds is not None
        assert "ExCom Conclusion No. 6, adopted on 1977-10-12" in binds.reason
    later = rl.assess_return(claim, by="CHN", to="PRK", on="1978-01-01")
    assert later.outcome is rl.ReturnOutcome.PROHIBITED
    surveyed = rl.obligations_of("CHN", on="1975-01-01")
    custom = [o for o in surveyed if o.instrument == "customary-international-law"]
    assert [o.bound for o in custom] == [rl.Verdict.UNKNOWN]


def test_article_33_does_not_reach_a_person_still_in_their_own_country_whatever_the_doctrine() -> (
    None
):
    """R (European Roma Rights Centre) v Immigration Officer at Prague Airport (2004): art. 33(1)
    protects a refugee, who is outside the country of nationality (Art 1A(2)); a Roma under the
    United Kingdom's control in Czechia has not left it. Not the contested extraterritorial
    question (no position relied on); CAT art. 3 still bars handing him to torture."""
    harm = rl.Harm(
        "torture by police",
        "CZE",
        severity="threat_to_life_or_freedom",
        likelihood=0.5,
        actor="state",
        reasons={"race"},
        torture=True,
        official_involvement=True,
        irreparable=True,
    )
    claim = rl.Claim(
        rl.Person("Roma", nationalities={"CZE"}, location="CZE"),
        fears=[harm],
        protection={"CZE": "unavailable"},
        under_control_of={"GBR"},
    )
    for position in (None, True, False):
        doctrine = rl.Doctrine(article_33_extraterritorial=position)
        result = rl.assess_return(claim, by="GBR", to="CZE", on="2001-07-18", doctrine=doctrine)
        bar = result.finding.find("Refugee Convention art. 33(1) bar")
        assert bar is not None
        reach = bar.children[1]
        assert reach.verdict is rl.Verdict.NOT_MET
        assert "still in Czechia, their own country" in reach.reason
        assert not reach.assumptions
        assert "CAT art. 3(1)" in [str(o.citation) for o in result.breaches]


def _intercepted(nationality: str, by: str) -> rl.Claim:
    """A person intercepted at sea by ``by``'s agents, fearing torture at home for their politics."""
    return rl.Claim(
        rl.Person("Intercepted", nationalities={nationality}),
        under_control_of={by},
        fears=(rl.Harm("reprisals", nationality, severity="threat_to_life_or_freedom",
                       likelihood=0.3, actor="state", reasons={"political_opinion"},
                       torture=True),),
    )  # fmt: skip


def test_the_reach_by_effective_control_names_the_later_texts_it_rests_on() -> None:
    """CAT art. 3 and ICCPR art. 7 reach a person under the returning state's effective
    control, each as its own body reads its treaty: the ICCPR by HRC General Comment 31 para. 10,
    CAT by CAT General Comment 2 para. 16, neither by the other's text nor by the European Court's
    (*Hirsi Jamaa*, which reads ECHR art. 1). For an interception in 1995 (the Sale facts) those
    texts are later than the return: the finding still cites them, and states among the positions
    relied on that it takes them to state what the duty required then."""
    interdicted = _intercepted("HTI", by="USA")
    gc31 = rl.Citation("hrc-general-comment-31", "10")
    gc2 = rl.Citation("cat-general-comment-2", "16")
    hirsi = rl.Citation("ecthr-hirsi-jamaa-2012", "81")

    def reach(bar: str, on: str) -> rl.Finding:
        result = rl.assess_return(interdicted, by="USA", to="HTI", on=on)
        found = result.finding.find(bar)
        assert found is not None
        found = found.find("within the reach of United States")
        assert found is not None
        assert found.verdict is rl.Verdict.MET
        return found

    iccpr = reach("ICCPR art. 7 bar", "1995-06-01")
    assert gc31 in iccpr.citations
    assert gc2 not in iccpr.citations
    assert hirsi not in iccpr.citations
    # (The United States' objection to that reach is named too: see the test of it below.)
    (stated,) = [a for a in iccpr.assumptions if "rejects that reading" not in a]
    assert "HRC General Comment No. 31 (2004) para. 10" in stated
    assert "1995-06-01" in stated
    later = reach("ICCPR art. 7 bar", "2013-01-01").assumptions
    assert [a for a in later if "rejects that reading" not in a] == []
    cat = reach("CAT art. 3 bar", "1995-06-01")
    assert gc2 in cat.citations
    assert gc31 not in cat.citations
    assert hirsi not in cat.citations
    # (Its objection to the ICCPR's reach is named, and its position on CAT's said not recorded.)
    (stated,) = [a for a in cat.assumptions if "rejects that reading" not in a]
    # the day of its adoption is not held: said on every date
    assert "CAT General Comment No. 2 (2008) para. 16" in stated
    assert reach("CAT art. 3 bar", "2013-01-01").assumptions != ()


def test_cat_art_3_reach_abroad_says_the_us_position_on_it_is_not_recorded() -> None:
    """CAT art. 3 and General Comment No. 2 para. 16: a detainee under United States control in
    Iraq is within CAT's reach as the Committee reads it. The United States' objection to the
    ICCPR's reach abroad is on record (its 2007 responses to the Human Rights Committee); its
    position on CAT's is not in the data, so the result says so rather than stay silent beside
    the ICCPR bar that names the objection (return review F5). Italy, with no objection on
    record, is read without either sentence."""
    harm = rl.Harm(
        "torture in an Iraqi prison",
        "IRQ",
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="state",
        reasons={"political_opinion"},
        torture=True,
    )
    person = rl.Person("detainee", {"IRQ"}, location="IRQ")
    claim = rl.Claim(person, fears=[harm], under_control_of={"USA"})
    result = rl.assess_return(claim, by="USA", to="IRQ", on="2008-06-01")
    bar = result.finding.find("CAT art. 3 bar")
    assert bar is not None
    reach = bar.find("within the reach of United States")
    assert reach is not None
    assert reach.verdict is rl.Verdict.MET
    assert rl.Citation("us-iccpr-scope-2007", "scope") not in reach.citations
    (said,) = [a for a in reach.assumptions if "rejects that reading" in a]
    assert said.endswith(
        "United States rejects that reading for the ICCPR, and whether it rejects it for this "
        "treaty is not recorded"
    )
    italy = attrs.evolve(claim, under_control_of={"ITA"})
    other = rl.assess_return(italy, by="ITA", to="IRQ", on="2008-06-01")
    assert not any("rejects that reading" in a for a in other.finding.all_assumptions())


def test_the_reach_of_custom_by_effective_control_is_read_as_the_treaty_bodies_read_theirs() -> (
    None
):
    """Customary non-refoulement has no body of its own that states how far it reaches: on the
    high seas it is read as the Human Rights Committee, the Committee against Torture and the
    European Court read the treaties, and the finding says so among the positions relied on."""
    result = rl.assess_return(_intercepted("ERI", by="ITA"), by="ITA", to="ERI", on="2009-05-06")
    custom = result.finding.find("customary non-refoulement bar")
    assert custom is not None
    found = custom.find("within the reach of Italy")
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert rl.Citation("hrc-general-comment-31", "10") in found.citations
    assert rl.Citation("ecthr-hirsi-jamaa-2012", "74") in found.citations
    assert any("no text the library holds states how far" in a for a in found.assumptions)


def test_each_absolute_bar_cites_the_text_that_makes_its_right_a_bar_on_removal() -> None:
    """A risk finding cites the bar's provision and what makes it a bar on removal: CAT art. 3(1)
    with art. 1(1), whose definition of torture (a public official's involvement) decides a
    private harm; ICCPR arts 6(1) and 7 with the Human Rights Committee's General Comment 31
    para. 12 (no removal to a real risk of irreparable harm), art. 7 also with General Comment No.
    20 para. 9 (1992), the Committee's first general statement that it bars a removal; ECHR art. 3
    with *Hirsi Jamaa* para. 123."""
    claim = testing.north_korean_escapee(
        fears=[testing.escapee_harm(torture=True, irreparable=True, risk_to_life=True)]
    )
    claim = attrs.evolve(claim, person=attrs.evolve(claim.person, location="DEU"))
    result = rl.assess_return(claim, by="DEU", to="PRK", on="2016-01-01")
    expected = {
        "CAT art. 3 bar": {rl.Citation("cat-1984", "3(1)"), rl.Citation("cat-1984", "1(1)")},
        "ICCPR art. 7 bar": {
            rl.Citation("iccpr-1966", "7"),
            rl.Citation("hrc-general-comment-20", "9"),
            rl.Citation("hrc-general-comment-31", "12"),
        },
        "ICCPR art. 6(1) bar": {
            rl.Citation("iccpr-1966", "6(1)"),
            rl.Citation("hrc-general-comment-31", "12"),
        },
        "ECHR art. 3 bar": {
            rl.Citation("echr-1950", "3"),
            rl.Citation("ecthr-hirsi-jamaa-2012", "123"),
        },
    }
    for bar, cited in expected.items():
        found = result.finding.find(bar)
        assert found is not None, bar
        assert found.verdict is rl.Verdict.MET, bar
        risk = found.find("fears[0]")
        assert risk is not None, bar
        assert set(risk.citations) == cited, bar


def test_the_frontier_is_within_reach_of_each_bar_by_its_own_texts() -> None:
    """A person who has left their country and is turned back at a state's frontier: for Refugee
    Convention art. 33(1) that is return "in any manner whatsoever" (ExCom Conclusion No. 6); for
    CAT art. 3 and ICCPR art. 7, whose words are not art. 33's, the person is within the power of
    the officials who turn them back, and so within the state's jurisdiction (CAT General Comment 2
    para. 16; HRC General Comment 31 para. 10). Turned back at Russia's frontier, which is bound by
    all three (China is not bound by the ICCPR)."""
    claim = testing.north_korean_escapee()
    claim = attrs.evolve(claim, person=attrs.evolve(claim.person, location="CHN"), at_frontier=True)
    result = rl.assess_return(claim, by="RUS", to="PRK", on="2016-01-01")
    expected = {
        "Refugee Convention art. 33(1) bar": rl.Citation("excom-conclusions", "6"),
        "CAT art. 3 bar": rl.Citation("cat-general-comment-2", "16"),
        "ICCPR art. 7 bar": rl.Citation("hrc-general-comment-31", "10"),
    }
    for bar, authority in expected.items():
        found = result.finding.find(bar)
        assert found is not None, bar
        reach = found.find("within the reach of Russian Federation")
        assert reach is not None, bar
        assert reach.verdict is rl.Verdict.MET, bar
        assert authority in reach.citations, bar
        others = set(expected.values()) - {authority}
        assert not others & set(reach.citations), bar
    cat = result.finding.find("CAT art. 3 bar")
    assert cat is not None
    reach = cat.find("within the reach of Russian Federation")
    assert reach is not None
    assert "in any manner whatsoever" not in reach.reason


def test_a_return_where_what_is_feared_is_not_known_is_not_permitted() -> None:
    """CAT art. 3(2) ("all relevant considerations"); *Hirsi Jamaa v Italy* (ECtHR GC, 2012): the
    risk is the returning state's to examine, whether or not the person raised it. China's return
    of an unscreened North Korean whose fears no one has asked about is undetermined, asking what
    is feared, at each bar's risk; it is permitted only where the person is found to fear
    nothing (and no bar then applies)."""
    person = rl.Person("unscreened North Korean", nationalities={"PRK"}, location="CHN")
    unasked = rl.assess_return(rl.Claim(person), by="CHN", to="PRK", on="2004-06-30")
    assert unasked.outcome is rl.ReturnOutcome.UNDETERMINED
    # (and what the pending status, on which art. 33(1) and custom's refugee limb rest, waits on:
    # the interface review's F2)
    assert unasked.missing_facts() == ("fears", "protection['PRK']")
    torture = unasked.finding.find("risk of torture in or from North Korea")
    assert torture is not None
    assert torture.verdict is rl.Verdict.UNKNOWN
    assert "the risk is for the returning state to examine" in torture.reason
    assert torture.citations == (rl.Citation("cat-1984", "3(1)"),)
    asked = rl.assess_return(rl.Claim(person, fears=[]), by="CHN", to="PRK", on="2004-06-30")
    assert asked.outcome is rl.ReturnOutcome.PERMITTED
    question, protection = unasked.questions()
    assert question.path == "fears"
    assert [(a.label, a.outcome) for a in question.answers] == [
        ("none", rl.ReturnOutcome.PERMITTED)
    ]
    assert protection.path == "protection['PRK']"  # narrows: the fears stay open
    assert not protection.decisive
    assert protection.narrows


def test_a_returning_states_understanding_or_qualifying_reservation_is_stated_and_named() -> None:
    """CAT art. 3 and ICCPR art. 7 as the United States qualified them (its understanding that
    "substantial grounds" means "more likely than not"; its reservation reading art. 7 as the
    Fifth, Eighth and Fourteenth Amendments, both in the UN Treaty Collection's text): the
    finding that the state is bound states each, and the reading that they are stated, not
    applied, is named among the positions relied on. The Doctrine applies the US standard where
    asked (torture_threshold=0.5): a 0.3 risk of torture then does not bar the return under CAT."""
    claim = rl.Claim(
        rl.Person("X", nationalities={"SLV"}, location="USA"),
        fears=[
            rl.Harm(
                "torture by police",
                "SLV",
                severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
                likelihood=0.3,
                actor=rl.Actor.STATE,
                reasons={rl.Motive.PERSONAL},
                torture=True,
                irreparable=True,
            )
        ],
        exclusion={rl.Exclusion.ART_1F_B},
    )
    result = rl.assess_return(claim, by="USA", to="SLV", on="2000-01-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    bars = {b.element: b for b in result.finding.children}
    cat = bars["CAT art. 3 bar"].children[0]
    assert "understanding to CAT 3" in cat.reason
    assert "'if it is more likely than not that he would be tortured'" in cat.reason
    art_7 = bars["ICCPR art. 7 bar"].children[0]
    assert "reservation to ICCPR 7" in art_7.reason
    assert "Fifth, Eighth and/or Fourteenth Amendments" in art_7.reason
    assert removal.STATED_NOT_APPLIED in result.finding.all_assumptions()
    us_standard = rl.Doctrine(torture_threshold=0.5)
    stricter = rl.assess_return(claim, by="USA", to="SLV", on="2000-01-01", doctrine=us_standard)
    assert rl.Citation("cat-1984", "3(1)") not in [o.citation for o in stricter.breaches]
    # A state that qualified neither: nothing stated, no such reading relied on.
    canada = attrs.evolve(claim, person=attrs.evolve(claim.person, location="CAN"))
    plain = rl.assess_return(canada, by="CAN", to="SLV", on="2000-01-01")
    assert removal.STATED_NOT_APPLIED not in plain.finding.all_assumptions()
    assert "qualified by" not in plain.explain()


def test_custom_takes_art_33s_stevic_standard_only_where_the_doctrine_says_so() -> None:
    """*INS v Stevic*, 467 US 407 (1984): withholding of removal (art. 33(1) as US law reads it)
    needs a clear probability. Under ``return_threshold=0.5`` a 20% risk (*INS v
    Cardoza-Fonseca*'s well-founded fear) does not bar the return under art. 33(1); customary
    non-refoulement's refugee limb keeps the well-founded fear's standard unless
    ``custom_follows_return_threshold``, and each result names the position it relied on."""
    claim = rl.Claim(
        rl.Person("Cardoza-Fonseca", {"NIC"}, location="USA"),
        fears=[
            rl.Harm(
                "persecution by the Sandinista government",
                "NIC",
                severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
                likelihood=0.2,
                actor=rl.Actor.STATE,
                reasons={rl.Ground.POLITICAL_OPINION},
                torture=False,
                irreparable=False,
                risk_to_life=False,
            )
        ],
    )
    stevic = rl.Doctrine(return_threshold=0.5)
    kept = rl.assess_return(claim, by="USA", to="NIC", on="1987-03-09", doctrine=stevic)
    assert kept.outcome is rl.ReturnOutcome.PROHIBITED
    assert [o.citation for o in kept.breaches] == [custom.CUSTOM_RULE]
    assert stevic.position("custom_follows_return_threshold") in kept.finding.all_assumptions()
    both = attrs.evolve(stevic, custom_follows_return_threshold=True)
    followed = rl.assess_return(claim, by="USA", to="NIC", on="1987-03-09", doctrine=both)
    assert followed.outcome is rl.ReturnOutcome.PERMITTED
    assert both.position("custom_follows_return_threshold") in followed.finding.all_assumptions()
    # Without a standard of art. 33(1)'s own, the position is not relied on.
    plain = rl.assess_return(claim, by="USA", to="NIC", on="1987-03-09")
    assert not any(
        a.startswith("custom_follows_return_threshold") for a in plain.finding.all_assumptions()
    )


def _measures_in_iran(detention: float | None, harmless: bool = False) -> rl.Claim:
    """Discrimination feared with a 90% likelihood and an arbitrary detention feared with
    ``detention``, both by the State of Iran for religion, found to amount to persecution taken
    together (Handbook para. 53): the return review's F1. ``harmless``: each found not to be
    torture, a risk to life, the death penalty or irreparable harm (else not known)."""
    no = False if harmless else None
    return rl.Claim(
        rl.Person("X", nationalities={"IRN"}, location="USA"),
        fears=[
            rl.Harm("exclusion from university and jobs", "IRN", severity="discrimination",
                    likelihood=0.9, actor="state", reasons={"religion"}, torture=no,
                    risk_to_life=no, irreparable=no, death_penalty=no),
            rl.Harm("arbitrary detention", "IRN", severity="serious", likelihood=detention,
                    actor="state", reasons={"religion"}, torture=no, risk_to_life=no,
                    irreparable=no, death_penalty=no),
        ],
        cumulative_persecution=True,
    )  # fmt: skip


def _persecution_words(result: rl.ReturnAssessment, path: str) -> list[str]:
    """The reasons the return gives for the persecution element of the fear at ``path``, wherever
    a risk of persecution is weighed (art. 33(1), custom's refugee limb)."""
    return [
        e.reason
        for _, f in result.finding.walk()
        if f.element == path
        for e in f.children
        if e.element == "amounts to persecution"
    ]


def test_art_33_1_takes_together_only_measures_feared_to_its_own_stevic_standard() -> None:
    """UNHCR Handbook para. 53 (measures "taken together" amount to persecution on cumulative
    grounds) read with *INS v Stevic*, 467 US 407 (1984) (art. 33(1) as a "clear probability"):
    under ``return_threshold=0.5`` the persecution whose threat must be more likely than not is
    the measures taken together, so a detention feared with a 30% likelihood (a well-founded fear,
    counted for Art 1A(2)) is not taken together for art. 33(1). Before: art. 33(1) and custom
    following it barred the return on cumulative grounds resting on that detention, while the
    same tree found it below the threshold 0.5 (the return review's F1). The person is a refugee
    all the same, and custom on the well-founded fear's standard still bars the return."""
    stevic = rl.Doctrine(return_threshold=0.5, custom_follows_return_threshold=True)
    bare = rl.assess_return(_measures_in_iran(0.3), by="USA", to="IRN", on="2010-01-01",
                            doctrine=stevic)  # fmt: skip
    assert bare.status.outcome is rl.Status.REFUGEE  # Art 1A(2) counts the detention
    # Art 33(1) and custom's refugee limb no longer hold; the bars against torture and
    # ill-treatment wait on whether the harms are such (not asked before: art. 33(1) decided).
    assert bare.outcome is rl.ReturnOutcome.UNDETERMINED
    assert bare.breached_provisions == ()
    verdicts = {b.element: b.verdict for b in bare.finding.children}
    assert verdicts["Refugee Convention art. 33(1) bar"] is rl.Verdict.NOT_MET
    assert verdicts["CAT art. 3 bar"] is rl.Verdict.UNKNOWN
    assert set(bare.missing_facts()) == {
        "fears[1].torture",
        *(
            f"fears[{i}].{fact}"
            for i in (0, 1)
            for fact in (
                "risk_to_life",
                "irreparable",
                "death_penalty",
                "flagrant_denial_of_justice",
            )
        ),
    }
    words = _persecution_words(bare, "fears[0]")
    assert len(words) == 2  # art. 33(1), and custom's refugee limb following it
    assert all(
        "no other measure or adverse factor is feared with art. 33(1)'s likelihood of at least "
        "0.5 in that country" in w
        for w in words
    )
    assert not any("taken together they are found to amount to persecution" in w for w in words)
    # The torture and ill-treatment found not to be feared: nothing bars the return.
    permitted = rl.assess_return(_measures_in_iran(0.3, harmless=True), by="USA", to="IRN",
                                 on="2010-01-01", doctrine=stevic)  # fmt: skip
    assert permitted.outcome is rl.ReturnOutcome.PERMITTED
    # Custom on the well-founded fear's standard counts the detention, as Art 1A(2) does.
    own = rl.assess_return(_measures_in_iran(0.3, harmless=True), by="USA", to="IRN",
                           on="2010-01-01", doctrine=rl.Doctrine(return_threshold=0.5))  # fmt: skip
    assert own.outcome is rl.ReturnOutcome.PROHIBITED
    assert [o.citation for o in own.breaches] == [custom.CUSTOM_RULE]
    # A detention more likely than not is taken together for art. 33(1) too.
    likely = rl.assess_return(_measures_in_iran(0.6, harmless=True), by="USA", to="IRN",
                              on="2010-01-01", doctrine=stevic)  # fmt: skip
    assert likely.outcome is rl.ReturnOutcome.PROHIBITED
    assert [o.citation for o in likely.breaches] == [C33, custom.CUSTOM_RULE]
    together = _persecution_words(likely, "fears[0]")
    assert len(together) == 2
    assert all(
        "feared with art. 33(1)'s likelihood of at least 0.5 in the same country, and taken "
        "together they are found to amount to persecution on cumulative grounds" in w
        for w in together
    )


def test_art_33_1_on_its_stevic_standard_waits_on_a_measure_of_unknown_likelihood() -> None:
    """UNHCR Handbook para. 53 with *INS v Stevic*: a detention whose likelihood is not known may
    yet be feared more likely than not, so the measures taken together under art. 33(1) wait on
    it (UNKNOWN, never a confident NOT_MET), and the words say to which standard."""
    stevic = rl.Doctrine(return_threshold=0.5, custom_follows_return_threshold=True)
    result = rl.assess_return(_measures_in_iran(None, harmless=True), by="USA", to="IRN",
                              on="2010-01-01", doctrine=stevic)  # fmt: skip
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.missing_facts() == ("fears[1].likelihood",)
    bar = next(b for b in result.finding.children if b.element.startswith("Refugee Convention"))
    assert bar.verdict is rl.Verdict.UNKNOWN
    words = _persecution_words(result, "fears[0]")
    assert words
    assert all(
        "(whether it is feared with art. 33(1)'s likelihood of at least 0.5 is not yet known)" in w
        for w in words
    )


def test_art_33_1_without_a_standard_of_its_own_takes_measures_together_as_art_1a2_does() -> None:
    """UNHCR Handbook para. 53: with no return threshold (art. 33(1) on the well-founded fear's
    standard, *INS v Cardoza-Fonseca*'s contrast with *INS v Stevic* not drawn) a detention feared
    with a 30% likelihood is taken together with the discrimination, as for the status: the
    return is barred by art. 33(1) and custom, in the status's own words."""
    result = rl.assess_return(_measures_in_iran(0.3, harmless=True), by="USA", to="IRN",
                              on="2010-01-01")  # fmt: skip
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [o.citation for o in result.breaches] == [C33, custom.CUSTOM_RULE]
    words = _persecution_words(result, "fears[0]")
    assert words
    assert all(
        "taken together with the other measure or adverse factor feared in the same country, and "
        "taken together they are found to amount to persecution on cumulative grounds" in w
        for w in words
    )


def _iranian_fearing(*harms: rl.Harm, **claim: Any) -> rl.Claim:
    """An Iranian in the United States fearing ``harms`` in Iran."""
    return rl.Claim(rl.Person("B", nationalities={"IRN"}, location="USA"), fears=list(harms),
                    **claim)  # fmt: skip


def _by_iran(description: str, severity: str | None, **facts: Any) -> rl.Harm:
    """A harm the State of Iran would inflict for the person's religion, 90% likely, found to be
    no torture, risk to life, irreparable harm, death penalty or flagrant denial of justice
    unless ``facts`` say otherwise."""
    found: dict[str, Any] = {
        "torture": False,
        "risk_to_life": False,
        "irreparable": False,
        "death_penalty": False,
        "flagrant_denial_of_justice": False,
        **facts,
    }
    return rl.Harm(description, "IRN", severity=severity, likelihood=0.9, actor="state",
                   reasons={"religion"}, **found)  # fmt: skip


def _threat_findings(result: rl.ReturnAssessment, path: str) -> list[rl.Finding]:
    """Each finding that the fear at ``path`` threatens life or freedom on a Convention ground
    (art. 33(1), and custom's refugee limb following it)."""
    return [
        f
        for _, f in result.finding.walk()
        if f.element == path and rl.Citation("refugee-convention-1951", "33(1)") in f.citations
    ]


def test_art_33_1_names_its_reading_of_life_or_freedom_where_cumulative_measures_decide() -> None:
    """Art. 33(1)'s "where his life or freedom would be threatened" is read as co-extensive with
    Art 1A(2)'s "being persecuted" (UNHCR Note on Non-Refoulement, EC/SCP/2, 1977, para. 4), so
    exclusion from university and dismissal from employment, persecution only taken together
    (UNHCR Handbook para. 53), bar the return: the return review's F3. The outcome is unchanged
    (PROHIBITED on art. 33(1) and custom); before, no assumption named the reading it rests on,
    now the result names it, on each fear it decides, for art. 33(1) and custom's refugee limb."""
    from refugeelaw.law.art_33 import THREAT_READING

    claim = _iranian_fearing(
        _by_iran("exclusion from university", "discrimination"),
        _by_iran("dismissal from public employment", "discrimination"),
        cumulative_persecution=True,
    )
    result = rl.assess_return(claim, by="USA", to="IRN", on="2010-01-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [o.citation for o in result.breaches] == [C33, custom.CUSTOM_RULE]
    assert THREAT_READING in result.assumptions()
    assert "Doctrinal positions relied on:" in result.explain()
    assert THREAT_READING in result.explain()
    for path in ("fears[0]", "fears[1]"):
        threats = _threat_findings(result, path)
        assert len(threats) == 2  # art. 33(1), and custom's refugee limb following it
        assert all(t.verdict is rl.Verdict.MET for t in threats)
        assert all(THREAT_READING in t.assumptions for t in threats)
    assert "co-extensive with Art 1A(2)'s 'being persecuted'" in THREAT_READING
    assert "EC/SCP/2, 1977, para. 4" in THREAT_READING


def test_art_33_1_names_no_reading_of_life_or_freedom_for_a_harm_graded_a_threat_to_them() -> None:
    """Art. 33(1): a harm the assessor grades a threat to life or freedom (here torture by the
    police, CAT art. 1(1)), or finds an arbitrary deprivation of life (ICCPR art. 6(1)), threatens
    life or freedom on any reading, so the result does not name the co-extensive reading; a
    serious violation of human rights short of that grade (UNHCR Handbook para. 51) is persecution
    only on it, and names it."""
    from refugeelaw.law.art_33 import THREAT_READING

    def assess(harm: rl.Harm) -> rl.ReturnAssessment:
        return rl.assess_return(_iranian_fearing(harm), by="USA", to="IRN", on="2010-01-01")

    torture = assess(_by_iran("torture by the police", "threat_to_life_or_freedom", torture=True,
                              official_involvement=True))  # fmt: skip
    assert torture.outcome is rl.ReturnOutcome.PROHIBITED
    assert C33 in [o.citation for o in torture.breaches]
    assert THREAT_READING not in torture.assumptions()
    life = assess(_by_iran("a beating likely to kill", "serious", risk_to_life=True))
    assert life.outcome is rl.ReturnOutcome.PROHIBITED
    assert THREAT_READING not in life.assumptions()
    detention = assess(_by_iran("arbitrary detention for a week", "serious"))
    assert detention.outcome is rl.ReturnOutcome.PROHIBITED
    assert [o.citation for o in detention.breaches] == [C33, custom.CUSTOM_RULE]
    assert THREAT_READING in detention.assumptions()
    # Torture found, its grade not given: persecution weighs it as a serious violation, below a
    # threat to life or freedom, so the reading decides it too.
    ungraded = assess(_by_iran("torture by the police", None, torture=True,
                               official_involvement=True))  # fmt: skip
    assert ungraded.outcome is rl.ReturnOutcome.PROHIBITED
    assert THREAT_READING in ungraded.assumptions()


def test_art_33_1_names_its_reading_of_life_or_freedom_only_where_it_can_decide() -> None:
    """Art. 33(1) with UNHCR Handbook para. 53: while it is open whether the measures amount to
    persecution taken together (``cumulative_persecution`` not given), the return waits on it and
    the reading that would count them is named (on a narrower reading nothing would bar the
    return); once they are found not to, or the discrimination feared is found to threaten
    nothing on a Convention ground, no reading is relied on; a harm whose grade is not yet given
    names none until it is."""
    from refugeelaw.law.art_33 import THREAT_READING

    measures = (_by_iran("exclusion from university", "discrimination"),
                _by_iran("dismissal from public employment", "discrimination"))  # fmt: skip
    open_ = rl.assess_return(_iranian_fearing(*measures), by="USA", to="IRN", on="2010-01-01")
    assert open_.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "cumulative_persecution" in open_.missing_facts()
    assert THREAT_READING in open_.assumptions()
    alone = rl.assess_return(_iranian_fearing(*measures, cumulative_persecution=False), by="USA",
                             to="IRN", on="2010-01-01")  # fmt: skip
    assert alone.outcome is rl.ReturnOutcome.PERMITTED
    assert THREAT_READING not in alone.assumptions()
    elsewhere = rl.assess_return(
        _iranian_fearing(*measures, cumulative_persecution=True, internal_relocation=True),
        by="USA", to="IRN", on="2010-01-01",
        doctrine=rl.Doctrine(relocation_presumption=False),
    )  # fmt: skip
    assert elsewhere.outcome is rl.ReturnOutcome.PERMITTED
    assert THREAT_READING not in elsewhere.assumptions()
    ungraded = rl.assess_return(_iranian_fearing(_by_iran("mistreatment", None)), by="USA",
                                to="IRN", on="2010-01-01")  # fmt: skip
    assert ungraded.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "fears[0].severity" in ungraded.missing_facts()
    assert THREAT_READING not in ungraded.assumptions()


def test_art_33_1_and_achr_22_8_read_their_like_words_differently_and_name_each_reading() -> None:
    """Refugee Convention art. 33(1) ("life or freedom would be threatened") and ACHR art. 22(8)
    ("right to life or personal freedom is in danger of being violated"): the library reads the
    first as persecution, the second by the grade of the harm. Bolivia (bound by the ACHR since
    1979) returning to Peru a Peruvian who fears exclusion from university and dismissal from
    employment for religion, persecution only taken together (UNHCR Handbook para. 53): art.
    33(1) bars it and names its reading; art. 22(8) does not, and names its own."""
    from refugeelaw.law.achr import DANGER_READING
    from refugeelaw.law.art_33 import THREAT_READING

    measures = [
        attrs.evolve(_by_iran(d, "discrimination"), country="PER")
        for d in ("exclusion from university", "dismissal from public employment")
    ]
    claim = rl.Claim(rl.Person("P", nationalities={"PER"}, location="BOL"), fears=measures,
                     cumulative_persecution=True)  # fmt: skip
    result = rl.assess_return(claim, by="BOL", to="PER", on="2001-02-24")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    verdicts = {b.element: b.verdict for b in result.finding.children}
    assert verdicts["Refugee Convention art. 33(1) bar"] is rl.Verdict.MET
    achr = next(b for b in result.finding.children if b.element.startswith("ACHR"))
    assert achr.verdict is rl.Verdict.NOT_MET
    assert DANGER_READING in achr.all_assumptions()
    assert THREAT_READING not in achr.all_assumptions()
    assert THREAT_READING in result.assumptions()


def test_iccpr_reach_abroad_names_the_united_states_objection_it_does_not_follow() -> None:
    """ICCPR art. 2(1), as HRC General Comment 31 para. 10 reads it: a person under a state's
    effective control abroad is within its reach. The United States reads "within its territory
    and subject to its jurisdiction" as requiring both (its responses to the Human Rights
    Committee, 2007). A US interdiction at sea (the facts of *Sale*, 1993) stays barred by art. 7,
    and the result names the reading it relied on and cites the objection; another state's
    return abroad names none."""
    claim = rl.Claim(
        rl.Person("Haitian", {"HTI"}),
        fears=[
            rl.Harm(
                "beating by the army",
                "HTI",
                severity=rl.Severity.SERIOUS,
                likelihood=0.5,
                actor=rl.Actor.STATE,
                reasons={rl.Ground.POLITICAL_OPINION},
                irreparable=True,
                torture=False,
                risk_to_life=False,
            )
        ],
        under_control_of={"USA"},
    )
    result = rl.assess_return(claim, by="USA", to="HTI", on="1993-06-21")
    assert rl.Citation("iccpr-1966", "7") in [o.citation for o in result.breaches]
    objection = rl.Citation("us-iccpr-scope-2007", "scope")
    reach = result.finding.children[3].children[1]
    assert reach.element == "within the reach of United States"
    assert objection in reach.citations
    rejected = [a for a in result.finding.all_assumptions() if "rejects that reading:" in a]
    assert rejected == [
        "the reach of the ICCPR to a person under a state's effective control abroad is read as "
        "the treaty's body reads it; United States rejects that reading: in its view the treaty "
        "reaches only individuals both within its territory and subject to its jurisdiction"
    ]
    italy = attrs.evolve(claim, under_control_of={"ITA"})
    other = rl.assess_return(italy, by="ITA", to="HTI", on="1993-06-21")
    assert not any("rejects that reading" in a for a in other.finding.all_assumptions())
    assert rl.provision("us-iccpr-scope-2007", "scope").status == "verified"


def test_a_dual_national_left_to_his_other_nationality_is_outside_article_33_on_a_named_reading() -> (
    None
):
    """Refugee Convention art. 1A(2), second paragraph, and art. 33(1): a North Korean whom the
    Republic of Korea would protect is not a refugee, so art. 33(1) and custom's refugee limb do
    not bar even China's return of him to North Korea as the text reads; the result names that
    reading (UNHCR Handbook paras 106-107), and a torture risk would still bar the return
    (CAT art. 3)."""
    from refugeelaw.law.art_33 import SECOND_NATIONALITY_READING

    harm = rl.Harm("labour camp for illegal exit", "PRK", severity="threat_to_life_or_freedom",
                   likelihood=0.9, actor="state", reasons={"political_opinion"}, prosecution=True,
                   disproportionate=True, torture=False, irreparable=False, risk_to_life=False)  # fmt: skip
    claim = rl.Claim(
        rl.Person("escapee", nationalities={"PRK", "KOR"}, location="CHN"),
        fears=[harm],
        protection={"KOR": "available"},
    )
    result = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert SECOND_NATIONALITY_READING in result.finding.all_assumptions()
    tortured = attrs.evolve(claim, fears=[attrs.evolve(harm, torture=True)])
    barred = rl.assess_return(tortured, by="CHN", to="PRK", on="2004-06-30")
    assert barred.outcome is rl.ReturnOutcome.PROHIBITED
    single = attrs.evolve(claim, person=rl.Person("escapee", nationalities={"PRK"}, location="CHN"),
                          protection={"PRK": "unavailable"})  # fmt: skip
    plain = rl.assess_return(single, by="CHN", to="PRK", on="2004-06-30")
    assert SECOND_NATIONALITY_READING not in plain.finding.all_assumptions()


def test_customs_torture_limb_is_not_shown_before_cat_article_3_was_adopted() -> None:
    """The library's evidence of customary non-refoulement before CAT is ExCom Conclusion No. 6
    (1977), which speaks of refugees. A person whom another nationality protects (so not a
    refugee) but who faces torture in North Korea: in 1979 custom is not shown to bar the return
    on the torture risk alone (a gap in the data, not asked); from CAT art. 3's adoption (10
    December 1984) it is."""
    from refugeelaw import testing

    claim = testing.dual_national_with_rok_protection()
    early = rl.assess_return(claim, by="CHN", to="PRK", on="1979-06-01")
    assert early.outcome is rl.ReturnOutcome.UNDETERMINED
    assert early.missing_facts() == ("states['CHN'].customary-international-law",)
    limb = early.finding.find("risk of torture (custom)")
    assert limb is not None
    assert limb.verdict is rl.Verdict.UNKNOWN
    assert "CAT art. 3, adopted on 1984-12-10" in limb.reason
    assert "cat-1984" in [c.instrument for c in limb.citations]
    later = rl.assess_return(claim, by="CHN", to="PRK", on="1984-12-10")
    assert later.breached_provisions == ("customary international law, non-refoulement",)
    # A refugee's return in 1979 is barred by custom's refugee limb, whatever the torture limb.
    refugee = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on="1979-06-01")
    assert refugee.outcome is rl.ReturnOutcome.PROHIBITED


def test_article_33_on_the_fears_standard_does_not_cite_cardoza_fonseca() -> None:
    """Refugee Convention art. 33(1) with no standard of its own takes the well-founded fear's, a
    reading named where relied on; *INS v Cardoza-Fonseca* set that standard for asylum by
    contrast with *INS v Stevic*'s for withholding (the US art. 33(1)), so the art. 33 branch does
    not cite it, while Art 1A(2) still does."""
    claim = testing.north_korean_escapee(fears=[testing.escapee_harm(likelihood=0.2)])
    r = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    bar = r.finding.find("Refugee Convention art. 33(1) bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.MET
    cited = {c.instrument for _, f in bar.walk() for c in f.citations}
    assert "ins-v-cardoza-fonseca-1987" not in cited
    assert any(a.startswith("return_threshold=None") for _, f in bar.walk() for a in f.assumptions)
    status = {c.instrument for _, f in r.status.finding.walk() for c in f.citations}
    assert "ins-v-cardoza-fonseca-1987" in status


@pytest.mark.parametrize("by", ["SUN", "CSK", "DDR"])
def test_a_north_korean_returned_by_a_former_european_state_meets_no_regional_bar(by: str) -> None:
    """OAU Refugee Convention art. X, American Convention art. 74(1), ECHR art. 59(1): each is
    open only to the members of an organisation, which the USSR, Czechoslovakia (of the OAU and
    the OAS) and the GDR never were. A return to North Korea from one of them in 1985 is decided
    without those bars: none is shown, none is left undecided (they had been, as "unknown")."""
    claim = _escapee(location=by)
    result = rl.assess_return(claim, by=by, to="PRK", on="1985-06-01")
    regional = ("oau-refugee-convention-1969", "achr-1969", "echr-1950", "echr-protocol-6-1983")
    assert not any(o.instrument in regional for o in result.undecided)
    for bar in ("OAU Convention art. II(3) bar", "ACHR art. 22(8) bar", "ECHR art. 3 bar"):
        assert result.finding.find(bar) is None, bar


def test_cat_art_1_official_involvement_denied_waits_on_who_inflicts_the_harm() -> None:
    """CAT art. 1: torture is inflicted "by or at the instigation of or with the consent or
    acquiescence of a public official"; a state actor is one, whatever a finding on others'
    involvement says. With no official involvement found but the persecutor not known, CAT art. 3
    waits on who it is: were it the state, the harm could be torture. PERMITTED with the actor
    unknown answered more than is known. A private actor's harm is PERMITTED on the narrow reading
    of art. 3 (``cat_non_state_actors`` ``False``), which customary non-refoulement's torture limb
    follows on every date (by default that limb would wait on the position, return review F6)."""
    harm = rl.Harm(
        "beating", "PRK", severity="serious", likelihood=0.5, reasons={"personal"},
        official_involvement=False, protection_withheld_for=set(),
    )  # fmt: skip
    claim = rl.Claim(rl.Person("p", {"PRK"}, location="CHN"), [harm], internal_relocation=False)
    result = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "fears[0].actor" in result.missing_facts()
    private = attrs.evolve(claim, fears=[attrs.evolve(harm, actor="non_state")])
    narrow = rl.Doctrine(cat_non_state_actors=False)
    assert rl.assess_return(
        private, by="CHN", to="PRK", on="2004-06-30", doctrine=narrow
    ).outcome is (rl.ReturnOutcome.PERMITTED)


def test_a_harm_judged_minor_is_not_torture_within_cat_article_1() -> None:
    """CAT art. 1(1): torture is "severe pain or suffering". A harm the assessor judges minor (or
    discrimination only) is not torture, though whether it is was not asked: CAT art. 3 does not
    wait on that question (``Harm`` refuses torture judged minor as a contradiction)."""
    harm = rl.Harm(
        "insults at a checkpoint", "PRK", severity="minor", likelihood=0.9, actor="state",
        irreparable=False, risk_to_life=False,
    )  # fmt: skip
    claim = rl.Claim(rl.Person("p", {"PRK"}, location="CHN"), [harm], internal_relocation=False)
    result = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert "fears[0].torture" not in result.missing_facts()
    assert "judged minor, not the severe pain or suffering" in result.explain()
    serious = attrs.evolve(claim, fears=[attrs.evolve(harm, severity="serious")])
    assert (
        "fears[0].torture"
        in rl.assess_return(serious, by="CHN", to="PRK", on="2004-06-30").missing_facts()
    )


def test_a_return_barred_while_the_status_is_pending_names_what_the_status_waits_on() -> None:
    """Refugee Convention art. 33(1) with UNHCR Handbook para. 28 (recognition is declaratory):
    Türkiye, keeping the Art 1B(1)(a) declaration (events in Europe), may not return a Syrian
    whose status is not determined because where the events occurred is not known. The return is
    PROHIBITED meanwhile, and the explanation names the fact the pending status waits on, which
    may lift the bar (events outside Europe: PERMITTED, custom read as not binding)."""
    harm = rl.Harm(
        "imprisonment for opposition", "SYR", severity="threat_to_life_or_freedom",
        likelihood=0.5, actor="state", reasons={"political_opinion"}, torture=False,
        irreparable=False, risk_to_life=False, death_penalty=False,
        flagrant_denial_of_justice=False,
    )  # fmt: skip
    claim = rl.Claim(
        rl.Person("S", nationalities={"SYR"}, location="TUR"), fears=[harm],
        events_before_1951=False,
    )  # fmt: skip
    treaty_only = rl.Doctrine(non_refoulement_customary=False)
    r = rl.assess_return(claim, by="TUR", to="SYR", on="2015-06-01", doctrine=treaty_only)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.status.outcome is rl.Status.UNDETERMINED
    assert "Facts the provisional protection waits on:\n- events_in_europe" in r.explain()
    outside = attrs.evolve(claim, events_in_europe=False)
    decided = rl.assess_return(outside, by="TUR", to="SYR", on="2015-06-01", doctrine=treaty_only)
    assert decided.outcome is rl.ReturnOutcome.PERMITTED
    assert "provisional protection waits on" not in decided.explain()
    # Barred by an absolute bar too (CAT art. 3, ECHR art. 3): no answer on the status lifts it.
    tortured = attrs.evolve(harm, torture=True, irreparable=True)
    absolute = rl.assess_return(
        attrs.evolve(claim, fears=[tortured]), by="TUR", to="SYR", on="2015-06-01",
        doctrine=treaty_only,
    )  # fmt: skip
    assert absolute.outcome is rl.ReturnOutcome.PROHIBITED
    assert any(o.absolute for o in absolute.breaches)
    # ... but art. 33(1) holds only while the status waits on events_in_europe (Art 1B(1)(a),
    # kept by Türkiye under Protocol art. I(3)): flagged so, and nothing is asked (the interface
    # review's F1).
    assert absolute.provisional_provisions == ("Refugee Convention art. 33(1)",)
    assert absolute.pending_status_facts() == ("events_in_europe",)
    assert absolute.questions() == ()
    outside_too = rl.assess_return(
        attrs.evolve(claim, fears=[tortured], events_in_europe=False), by="TUR", to="SYR",
        on="2015-06-01", doctrine=treaty_only,
    )  # fmt: skip
    assert outside_too.outcome is rl.ReturnOutcome.PROHIBITED
    assert "Refugee Convention art. 33(1)" not in outside_too.breached_provisions
    assert "provisional protection waits on" not in outside_too.explain()


def _ethiopian(**changes: Any) -> rl.Claim:
    """An Ethiopian political opponent in Kenya (bound by the OAU Convention since 1993), fearing
    detention by the state for his opinion, a persecution but no torture or other ill-treatment
    (so that no bar that knows no exclusion or cessation decides his return)."""
    harm = rl.Harm(
        "detention for political opposition", "ETH", severity="threat_to_life_or_freedom",
        likelihood=0.6, actor="state", reasons={"political_opinion"}, torture=False,
        irreparable=False, risk_to_life=False, death_penalty=False,
        flagrant_denial_of_justice=False,
    )  # fmt: skip
    claim = rl.Claim(
        rl.Person("x", nationalities={"ETH"}, location="KEN"),
        fears=[harm],
        protection={"ETH": "unavailable"},
    )
    return attrs.evolve(claim, **changes)


def _ethiopian_holding_another(by: str, **changes: Any) -> rl.Claim:
    """The Ethiopian (:func:`_ethiopian`), recognised as a refugee, in ``by``, who also holds
    Eritrean nationality, whose protection is available (Art 1A(2), second paragraph: he does not
    meet Art 1A(2) now), Art 1C(3) found not to apply (the nationality is not new). A clause
    raised against him may end the status; one raised against a refugee who meets Art 1A(2) again
    cannot (Art 1C(2) and 1C(4), status review s36 F3), so the cases of a clause raised and
    undecided use him."""
    return _ethiopian(
        person=rl.Person("A", nationalities={"ETH", "ERI"}, location=by),
        protection={"ETH": "unavailable", "ERI": "available"},
        cessation_ruled_out={"1C(3)"},
        recognised=True,
        **changes,
    )


def _pending(case: str) -> tuple[rl.Claim, str, str, str]:
    """The return review's F3 cases: a North Korean whose harm is persecution but not torture or
    other ill-treatment, whose refugee status waits on one open Art 1 question; and the return
    review's F1 cases, an Ethiopian in Kenya, whom OAU Convention art. II(3) protects too, while
    the exclusion (art. I(5)) or cessation (art. I(4)) raised is undecided: (claim, returning
    state, destination, date)."""
    harm = testing.escapee_harm(
        torture=False, irreparable=False, risk_to_life=False, death_penalty=False
    )
    if case == "second nationality (Art 1A(2), second paragraph)":
        claim = testing.dual_national_with_rok_protection(
            protection={"PRK": "unavailable"}, fears=[harm]
        )
        return claim, "CHN", "PRK", "2004-06-30"
    if case == "Madagascar's dateline (Art 1B(1))":
        person = rl.Person("x", nationalities={"PRK"}, location="MDG")
        claim = testing.north_korean_escapee(fears=[harm], person=person)
        return claim, "MDG", "PRK", "1990-06-30"
    if case == "Art 1F(b) pending":
        claim = testing.north_korean_escapee(fears=[harm], exclusion_pending={"1F(b)"})
        return claim, "CHN", "PRK", "2004-06-30"
    if case == "Kenya, Art 1F(b) pending (OAU art. I(5))":
        return _ethiopian(exclusion_pending={"1F(b)"}), "KEN", "ETH", "2010-06-01"
    if case == "Kenya, Art 1C(3) pending (OAU art. I(4)(c))":
        # A recognised refugee who has acquired Tanzanian nationality, whose protection he
        # enjoys: whether he has acquired it so (1C(3), OAU art. I(4)(c)) is raised, not decided.
        claim = _ethiopian(
            person=rl.Person("x", nationalities={"ETH", "TZA"}, location="KEN"),
            protection={"ETH": "unavailable", "TZA": "available"},
            recognised=True,
            cessation_pending={"1C(3)"},
        )
        return claim, "KEN", "ETH", "2010-06-01"
    # Art 1C(3): a new nationality whose protection the refugee enjoys (Japan's), so that the
    # clause, if found, can hold (a refugee with no other nationality cannot have acquired one).
    person = rl.Person("x", nationalities={"PRK", "JPN"}, location="CHN")
    claim = testing.north_korean_escapee(
        fears=[harm],
        person=person,
        protection={"PRK": "unavailable", "JPN": "available"},
        recognised=True,
        cessation_pending={"1C(3)"},
    )
    return claim, "CHN", "PRK", "2004-06-30"


_PENDING_CASES = [
    "second nationality (Art 1A(2), second paragraph)",
    "Madagascar's dateline (Art 1B(1))",
    "Art 1F(b) pending",
    "Art 1C(3) pending",
    "Kenya, Art 1F(b) pending (OAU art. I(5))",
    "Kenya, Art 1C(3) pending (OAU art. I(4)(c))",
]


@pytest.mark.parametrize("customary", [False, True], ids=["treaty only", "with custom"])
@pytest.mark.parametrize("case", _PENDING_CASES)
def test_a_return_barred_only_pending_determination_says_so_and_asks_what_would_end_it(
    case: str, customary: bool
) -> None:
    """Refugee Convention art. 33(1), and custom's refugee limb, protect an asylum seeker whose
    status is not determined (recognition is declaratory: UNHCR Handbook para. 28; ExCom
    Conclusion No. 6), but only until the determination (the return review's F3). The return
    stays PROHIBITED, says that it rests on the pending determination, and names and asks the
    facts the status waits on: an answer that ends the protection permits the return. (With
    custom, Madagascar's dateline does not decide: the customary rule knows no dateline.) So too
    OAU Convention art. II(3) in Kenya, which protects a person whatever their status but not one
    excluded under art. I(5) or to whom art. I(4) says it "shall cease to apply": while the
    exclusion or cessation raised is undecided, the bar rests on it (the return review's F1)."""
    claim, by, to, on = _pending(case)
    doctrine = rl.Doctrine(non_refoulement_customary=customary)
    r = rl.assess_return(claim, by=by, to=to, on=on, doctrine=doctrine)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.status.outcome is rl.Status.UNDETERMINED
    assert r.missing_facts() == ()  # no bar is open: the outcome is decided
    protected = r.finding.find("a refugee, or an asylum seeker not yet determined")
    assert protected is not None
    # A recognised refugee's status is not pending determination: it continues until the
    # cessation raised (Art 1C(3)) is established (the second return review's F3).
    recognised = "1C(3)" in case
    if recognised:
        assert "pending determination" not in protected.reason
        assert "the person is a recognised refugee" in protected.reason
    else:
        assert "pending determination" in protected.reason
    pending = r.status.missing_facts()
    assert pending
    assert r.pending_status_facts() == pending
    if customary and case == "Madagascar's dateline (Art 1B(1))":
        # Custom's refugee limb rests on the status without the dateline: decided, whatever
        # the events' date, so the return is prohibited whatever the answer and nothing is
        # asked; art. 33(1) holds only while the dateline is undecided, and is said to (the
        # interface review's F1: it was listed as breached, unqualified).
        assert r.breached_provisions == (
            "Refugee Convention art. 33(1)",
            "customary international law, non-refoulement",
        )
        assert r.provisional_provisions == ("Refugee Convention art. 33(1)",)
        assert not r.prohibited_only_provisionally
        assert r.finding.reason.endswith(
            "would breach customary international law, non-refoulement; and Refugee Convention "
            "art. 33(1), but only while the person's refugee status is pending determination "
            f"(recognition is declaratory), which waits on {', '.join(pending)}"
        )
        assert r.questions() == ()
        assert "Facts the provisional protection waits on:\n- " + pending[0] in r.explain()
        before_1951 = attrs.evolve(claim, events_before_1951=False)
        again = rl.assess_return(before_1951, by=by, to=to, on=on, doctrine=doctrine)
        assert again.outcome is rl.ReturnOutcome.PROHIBITED
        assert again.breached_provisions == ("customary international law, non-refoulement",)
        assert again.provisional == ()
        return
    assert r.prohibited_only_provisionally
    assert r.provisional == r.breaches
    if recognised:
        assert (
            "only while the cessation (Art 1C(3)) raised against this recognised refugee is "
            "undecided (the status continues until it is established)" in r.finding.reason
        )
        assert "pending determination" not in r.finding.reason
    else:
        assert "only while the person's refugee status is pending determination" in r.finding.reason
    if by == "KEN":
        # Art. II(3) holds too, and rests on the clause raised, as the reason says.
        assert "OAU Refugee Convention art. II(3)" in r.breached_provisions
        article = "I(5)" if "1F(b)" in case else "I(4)"
        assert (
            f"(art. {article}) raised against the person under the OAU Convention is undecided"
            in (r.finding.reason)
        )
        applies = r.finding.find("a person the OAU Convention applies to (arts I(4), I(5))")
        assert applies is not None
        assert applies.verdict is rl.Verdict.MET
        assert "is not yet decided, and until it is found the protection holds" in applies.reason
    assert "Facts the provisional protection waits on:\n- " + pending[0] in r.explain()
    asked = r.questions()
    assert [q.path for q in asked] == list(pending)
    assert any(a.outcome is rl.ReturnOutcome.PERMITTED for q in asked for a in q.answers)
    assert all(q.decisive for q in asked)
    assert all(q.citations for q in asked)  # the provisions of the status element that needs it
    # What each answer leads to is the return assessed with that answer.
    from refugeelaw.questions import answered

    for q in asked:
        for a in q.answers:
            filled = answered(claim, q.path, a.value)
            again = rl.assess_return(filled, by=by, to=to, on=on, doctrine=doctrine)
            assert again.outcome is a.outcome


@pytest.mark.parametrize("case", _PENDING_CASES)
def test_what_a_pending_status_waits_on_travels_with_the_return_in_json(case: str) -> None:
    """A return PROHIBITED only while the status is pending (Refugee Convention art. 33(1);
    UNHCR Handbook para. 28) has no missing facts (the outcome is decided), so a client reading
    the JSON summary or the command line's compact line found nothing saying the prohibition is
    provisional (last session's own-diff review): both now carry ``pending_status_facts``, and
    the compact line is the outline ``ResultOutline.of`` gives, read back by ``from_json``."""
    from refugeelaw.serialize import outline_json

    claim, by, to, on = _pending(case)
    treaty_only = rl.Doctrine(non_refoulement_customary=False)  # (custom knows no dateline)
    r = rl.assess_return(claim, by=by, to=to, on=on, doctrine=treaty_only)
    pending = r.pending_status_facts()
    assert pending
    assert r.missing_facts() == ()
    assert r.to_dict()["pending_status_facts"] == list(pending)
    outline = rl.ResultOutline.of(r)
    assert outline.pending_status_facts == pending
    line = outline_json(r)
    assert json.loads(line)["pending_status_facts"] == list(pending)
    assert rl.from_json(rl.ResultOutline, line) == outline
    # Every breach is provisional, and says so (the interface review's F1).
    assert r.provisional == r.breaches
    assert r.to_dict()["provisional"] == list(r.breached_provisions)
    assert outline.provisional == r.breached_provisions
    assert rl.from_json(rl.ReturnAssessment, rl.to_json(r)) == r
    # A prohibition that also holds whatever the status (an absolute bar against torture: CAT
    # art. 3, or ICCPR art. 7 for Madagascar in 1990) still names what the provisional bars
    # wait on, and which they are; those that hold whatever the status are not provisional.
    # (Madagascar in 1990 is bound by ICCPR art. 7, not by CAT: a removal before 26 September
    # 1991, the extraditions the Human Rights Committee weighed in Kindler and Ng, is barred by
    # art. 7 on the position that the reading reaches earlier returns.)
    assert claim.fears is not None
    tortured = attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], torture=True)])
    earlier = attrs.evolve(treaty_only, removal_readings_retrospective=True)
    firm = rl.assess_return(tortured, by=by, to=to, on=on, doctrine=earlier)
    assert firm.outcome is rl.ReturnOutcome.PROHIBITED
    assert firm.provisional == r.provisional
    assert not firm.prohibited_only_provisionally
    absolute = [o for o in firm.breaches if o not in firm.provisional]
    assert absolute
    assert all(o.absolute for o in absolute)
    assert firm.to_dict()["pending_status_facts"] == list(pending)
    assert firm.to_dict()["provisional"] == list(r.breached_provisions)
    compact = json.loads(outline_json(firm))
    assert compact["pending_status_facts"] == list(pending)
    assert compact["provisional"] == list(r.breached_provisions)
    assert firm.questions() == ()  # no answer changes the outcome
    # A caseload's summary tells the provisional prohibition from the final one (--summary).
    from refugeelaw.batch import deciding_element

    assert deciding_element(r) == f"{r.breached_provisions[0]}, while what it rests on is undecided"
    assert deciding_element(firm) == str(absolute[0].citation)
    assert rl.summarize([r, firm], top=None).provisional == 1


@pytest.mark.parametrize("customary", [False, True], ids=["treaty only", "with custom"])
@pytest.mark.parametrize("excluded", [None, True, False], ids=["1F open", "1F found", "1F not"])
def test_a_status_ceased_whichever_clause_comes_first_is_not_protected_pending_it(
    excluded: bool | None, customary: bool
) -> None:
    """Refugee Convention art. 33(1) (and custom's refugee limb) protect an asylum seeker whose
    status is not determined (UNHCR Handbook para. 28), but a status open only on which clause
    ends it is no such status: Art 1C(3) found (a Japanese nationality whose protection the
    person enjoys) with Art 1F(b) raised and undecided leaves the person excluded (Art 1F) or
    else ceased (Art 1C), and not a refugee either way. China 2004, a North Korean facing
    imprisonment, not torture: the return was PROHIBITED pending a determination neither of whose
    answers permits protection; now PERMITTED, as each answer gives, and nothing is asked."""
    harm = testing.escapee_harm(
        torture=False, irreparable=False, risk_to_life=False, death_penalty=False
    )
    person = rl.Person("x", nationalities={"PRK", "JPN"}, location="CHN")
    claim = testing.north_korean_escapee(
        fears=[harm],
        person=person,
        protection={"PRK": "unavailable", "JPN": "available"},
        recognised=True,
        cessation={"1C(3)"},
        exclusion_pending={"1F(b)"} if excluded is None else set(),
        exclusion={"1F(b)"} if excluded else set(),
    )
    doctrine = rl.Doctrine(non_refoulement_customary=customary)
    r = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30", doctrine=doctrine)
    assert r.outcome is rl.ReturnOutcome.PERMITTED
    assert r.pending_status_facts() == ()
    assert r.questions() == ()
    protected = r.finding.find("a refugee, or an asylum seeker not yet determined")
    assert protected is not None
    assert protected.verdict is rl.Verdict.NOT_MET
    if excluded is None:
        assert r.status.outcome is rl.Status.UNDETERMINED
        assert "whichever clause applies first" in protected.reason
        assert {str(c) for c in protected.citations} >= {"Refugee Convention art. 1C"}


HB_28 = rl.Citation("unhcr-handbook", "28")
EXCOM_6 = rl.Citation("excom-conclusions", "6")
HB_CESSATION = rl.Citation("unhcr-handbook", "111-139")
HB_1F = rl.Citation("unhcr-handbook", "147-163")
PROTECTED = "a refugee, or an asylum seeker not yet determined"


@pytest.mark.parametrize("by", ["GBR", "KEN"])
def test_a_recognised_refugee_against_whom_cessation_is_raised_is_protected_as_a_refugee(
    by: str,
) -> None:
    """Refugee Convention art. 33(1) and Art 1C(2): an Ethiopian whose refugee status has been
    recognised, with a cessation (Art 1C(2)) raised and undecided, returned by the United
    Kingdom (or Kenya) to Ethiopia in 2010, fearing detention for his opinion. The return is
    PROHIBITED, as before; but the reason said "only while the person's refugee status is pending
    determination (recognition is declaratory)", and the art. 33(1) element cited UNHCR Handbook
    para. 28 and ExCom Conclusion No. 6, the grounds for protecting an asylum seeker not yet
    recognised (the second return review's F3). A recognised refugee keeps the status until the
    clause is established, and the cessation clauses are exhaustive and read restrictively
    (Handbook paras 111-139, as the library holds them): now said and cited so."""
    claim = _ethiopian_holding_another(by, cessation_pending={"1C(2)"})
    r = rl.assess_return(claim, by=by, to="ETH", on="2010-01-01")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert "Refugee Convention art. 33(1)" in r.breached_provisions
    assert "pending determination" not in r.finding.reason
    assert "recognition is declaratory" not in r.finding.reason
    assert (
        ", but only while the cessation (Art 1C(2)) raised against this recognised refugee is "
        "undecided (the status continues until it is established)"
    ) in r.finding.reason
    assert r.pending_status_facts() == ("cessation_pending['1C(2)']",)
    # Art 33(1)'s element and custom's refugee limb's, one each.
    elements = [f for _, f in r.finding.walk() if f.element == PROTECTED]
    assert len(elements) == 2
    for protected in elements:
        assert protected.verdict is rl.Verdict.MET
        assert protected.reason == (
            "the person is a recognised refugee, whose status continues until a clause that ends "
            "it is established: the cessation (Art 1C(2)) raised against it is not yet decided, "
            "and until it is found the person is protected as a refugee; the cessation clauses "
            "are exhaustive and read restrictively"
        )
        assert protected.citations == (
            C33, rl.Citation("refugee-convention-1951", "1C(2)"), HB_CESSATION,
        )  # fmt: skip
    note = r.finding.find("refugee status pending determination")
    assert note is not None
    assert note.reason.startswith(
        "the person is a recognised refugee, whose status continues until a clause that ends it "
        "is established: the cessation (Art 1C(2)) raised against it is not yet decided"
    )
    assert HB_28 not in note.citations
    assert EXCOM_6 not in note.citations
    assert HB_CESSATION in note.citations
    if by == "KEN":  # art. II(3) rests on the OAU Convention's counterpart, art. I(4)
        assert "the cessation (art. I(4)) raised against the person under the OAU Convention" in (
            r.finding.reason
        )
    # Found, the cessation ends the status, and the return is permitted; found not to apply,
    # it is prohibited outright.
    ceased = rl.assess_return(
        attrs.evolve(claim, cessation_pending=frozenset(), cessation={"1C(2)"}),
        by=by, to="ETH", on="2010-01-01",
    )  # fmt: skip
    assert ceased.outcome is rl.ReturnOutcome.PERMITTED


def test_a_recognised_refugee_against_whom_art_1f_is_raised_is_protected_until_it_is_found() -> (
    None
):
    """Refugee Convention art. 33(1) with Art 1F(b) raised against a recognised refugee (and, a
    second clause, Art 1C(2)): the status continues until one is established, cited to Art 1F(b)
    and Handbook paras 147-163 (Art 1F read restrictively) and to Art 1C(2) and paras 111-139, not
    to Handbook para. 28 or ExCom Conclusion No. 6. The same person never recognised keeps the
    words for an asylum seeker: pending determination, recognition being declaratory."""
    claim = _ethiopian_holding_another(
        "GBR", exclusion_pending={"1F(b)"}, cessation_pending={"1C(2)"}
    )
    r = rl.assess_return(claim, by="GBR", to="ETH", on="2010-01-01")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    protected = r.finding.find(PROTECTED)
    assert protected is not None
    assert (
        "the exclusion (Art 1F(b)) and the cessation (Art 1C(2)) raised against it are not yet "
        "decided, and until one is found the person is protected as a refugee; the exclusion "
        "clauses of Art 1F are read restrictively; the cessation clauses are exhaustive and read "
        "restrictively"
    ) in protected.reason
    assert set(protected.citations) == {
        C33, rl.Citation("refugee-convention-1951", "1F(b)"),
        rl.Citation("refugee-convention-1951", "1C(2)"), HB_1F, HB_CESSATION,
    }  # fmt: skip
    assert (
        "only while the exclusion (Art 1F(b)) and the cessation (Art 1C(2)) raised against this "
        "recognised refugee are undecided (the status continues until one is established)"
    ) in r.finding.reason
    # Never recognised (and holding only Ethiopian nationality, so that he meets Art 1A(2)).
    unrecognised = _ethiopian(
        person=rl.Person("A", nationalities={"ETH"}, location="GBR"),
        exclusion_pending={"1F(b)"},
        cessation_pending={"1C(2)"},
    )
    never = rl.assess_return(unrecognised, by="GBR", to="ETH", on="2010-01-01")
    assert never.outcome is rl.ReturnOutcome.PROHIBITED
    seeker = never.finding.find(PROTECTED)
    assert seeker is not None
    assert seeker.reason.startswith("the refugee status is pending determination")
    assert seeker.citations == (C33, HB_28, EXCOM_6)
    assert "only while the person's refugee status is pending determination" in (
        never.finding.reason
    )


def test_a_statutory_refugee_is_described_as_one_while_cessation_is_raised() -> None:
    """Art 1A(1): a refugee considered one under the earlier arrangements keeps that status until
    a clause ends it, as a recognised refugee does (Art 1C(2) raised, undecided)."""
    claim = attrs.evolve(
        _ethiopian_holding_another("GBR", cessation_pending={"1C(2)"}),
        recognised=False,
        statutory_refugee=True,
    )
    r = rl.assess_return(claim, by="GBR", to="ETH", on="2010-01-01")
    protected = r.finding.find(PROTECTED)
    assert protected is not None
    assert protected.reason.startswith(
        "the person is a refugee under Art 1A(1) (a statutory refugee), whose status continues "
        "until a clause that ends it is established: the cessation (Art 1C(2))"
    )


def test_custom_refugee_limb_does_not_print_its_first_element_again_as_its_reason() -> None:
    """Customary non-refoulement's refugee limb: its reason, met, said "a refugee, or an asylum
    seeker not yet determined, at risk of persecution ...", directly above its first element,
    "a refugee, or an asylum seeker not yet determined", so that the explanation read as the
    same finding printed twice, nested in itself (the second return review's F3). The element
    appears once under each bar that rests on it (art. 33(1), the customary rule), not twice
    under one."""
    r = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on=ON)
    limb = r.finding.find("persecution of a refugee")
    assert limb is not None
    assert limb.verdict is rl.Verdict.MET
    assert limb.children[0].element == PROTECTED
    assert PROTECTED not in limb.reason
    assert limb.reason == (
        "the person is one the refugee limb protects and at risk of persecution on a Convention "
        "ground, and no Art 33(2) exception applies"
    )
    for bar in r.finding.children:
        assert sum(1 for _, f in bar.walk() if f.element == PROTECTED) <= 1


_NO_DETERMINATION = (
    "no individual determination has been made, and recognition is declaratory: returning the "
    "person before one risks refoulement"
)


def _somali(**changes: Any) -> rl.Claim:
    """The second return review's F4 reproducer: a Somali in Kenya fleeing shelling and fighting
    (serious public disorder, OAU Convention art. I(2)), no torture, other ill-treatment or risk
    to life; whether the death penalty awaits him not stated (ICCPR art. 6 left open)."""
    harm = rl.Harm(
        "shelling and fighting", "SOM", severity="threat_to_life_or_freedom", likelihood=0.6,
        actor="non_state", reasons={"generalised_violence"}, torture=False, risk_to_life=False,
        irreparable=False,
    )  # fmt: skip
    claim = rl.Claim(
        rl.Person("S", nationalities={"SOM"}, location="KEN"),
        fears=[harm],
        flight_causes={"serious_public_disorder"},
        flight_events_in={"SOM"},  # the fighting in Somalia, his country of nationality
    )
    return attrs.evolve(claim, **changes)


def test_an_open_return_of_a_person_art_1f_excludes_does_not_say_recognition_is_declaratory() -> (
    None
):
    """Art 1F(a) found: Kenya returning the Somali to Somalia in 2010, the only bar open is ICCPR
    art. 6 (the death penalty not stated). The return is UNDETERMINED, as before, but its reason
    said "no individual determination has been made, and recognition is declaratory: returning
    the person before one risks refoulement", though no determination can make the person a
    refugee (art. 33(1)'s element: Art 1F excludes) and Kenya's own, with the OAU Convention, is
    decided: EXCLUDED (the second return review's F4). It is said now only where a bar that
    rests on the refugee status is open while that status is undetermined."""
    claim = _somali(exclusion={"1F(a)"})
    assert rl.assess_status(claim, on="2010-01-01", state="KEN").outcome is rl.Status.EXCLUDED
    r = rl.assess_return(claim, by="KEN", to="SOM", on="2010-01-01")
    assert r.outcome is rl.ReturnOutcome.UNDETERMINED
    assert r.status.outcome is rl.Status.UNDETERMINED  # the 1951 determination, inclusion open
    assert [str(o.citation) for o in r.undecided] == ["ICCPR art. 6(1)"]
    assert r.finding.reason == (
        "no bar is shown to apply, but some might: see the facts that would decide it"
    )
    protected = r.finding.find(PROTECTED)
    assert protected is not None
    assert protected.verdict is rl.Verdict.NOT_MET


def test_an_open_return_says_recognition_is_declaratory_only_where_a_status_bar_is_open() -> None:
    """Refugee Convention art. 33(1): the United Kingdom returning an Ethiopian political
    opponent in 2010 whose likelihood of detention is not known: art. 33(1) and custom's refugee
    limb are open, and rest on a status not yet determined, so the return says that recognition
    is declaratory. A recognised refugee against whom Art 1C(3) is raised is told his status
    continues until it is established; one Art 1F(a) excludes, nothing of the kind. And India
    (not bound by the Refugee Convention; custom held not to bind) returning a Burmese whose
    status is undetermined, with only ICCPR art. 6 open: nothing of the kind either (before, the
    sentence followed whenever the status was undetermined)."""
    harm = rl.Harm(
        "detention for political opinion", "ETH", severity="threat_to_life_or_freedom",
        likelihood=None, actor="state", reasons={"political_opinion"}, torture=False,
        risk_to_life=False, irreparable=False, death_penalty=False,
    )  # fmt: skip
    seeker = rl.Claim(rl.Person("A", nationalities={"ETH"}, location="GBR"), fears=[harm])
    r = rl.assess_return(seeker, by="GBR", to="ETH", on="2010-01-01")
    assert r.outcome is rl.ReturnOutcome.UNDETERMINED
    assert r.finding.reason.endswith(_NO_DETERMINATION)
    recognised = attrs.evolve(seeker, recognised=True, cessation_pending={"1C(3)"})
    r = rl.assess_return(recognised, by="GBR", to="ETH", on="2010-01-01")
    assert r.outcome is rl.ReturnOutcome.UNDETERMINED
    assert _NO_DETERMINATION not in r.finding.reason
    assert r.finding.reason.endswith(
        "; the person is a recognised refugee, whose status continues until the cessation "
        "(Art 1C(3)) raised against it is established: returning the person before then risks "
        "refoulement"
    )
    excluded = attrs.evolve(seeker, exclusion={"1F(a)"})
    r = rl.assess_return(excluded, by="GBR", to="ETH", on="2010-01-01")
    assert r.outcome is rl.ReturnOutcome.UNDETERMINED
    assert r.status.outcome is rl.Status.UNDETERMINED
    assert "determination" not in r.finding.reason
    burmese = rl.Claim(
        rl.Person("B", nationalities={"MMR"}, location="IND"),
        fears=[attrs.evolve(harm, country="MMR", risk_to_life=None)],
    )
    treaty_only = rl.Doctrine(non_refoulement_customary=False)
    r = rl.assess_return(burmese, by="IND", to="MMR", on="2010-01-01", doctrine=treaty_only)
    assert r.outcome is rl.ReturnOutcome.UNDETERMINED
    assert r.status.outcome is rl.Status.UNDETERMINED
    assert [str(o.citation) for o in r.undecided] == ["ICCPR art. 6(1)"]
    assert _NO_DETERMINATION not in r.finding.reason


def test_a_bar_that_holds_whatever_the_status_asks_nothing_of_a_pending_one() -> None:
    """Custom's limb against torture protects anyone, whatever their status (China, 1985: bound
    by art. 33(1) since 1982, by CAT only from 1988): where it holds, the return is PROHIBITED
    whatever the pending status decides, so nothing is asked of that status, though art. 33(1)
    rests on it (Handbook para. 28)."""
    claim, _, _, _ = _pending("second nationality (Art 1A(2), second paragraph)")
    assert claim.fears is not None
    tortured = attrs.evolve(claim, fears=[attrs.evolve(claim.fears[0], torture=True)])
    r = rl.assess_return(tortured, by="CHN", to="PRK", on="1985-06-30")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.status.outcome is rl.Status.UNDETERMINED
    assert not any(o.absolute for o in r.breaches)  # custom alone: no treaty against torture
    # Art. 33(1) holds only while the status is pending, and is said to (the interface review's
    # F1); custom holds by its limb against torture, whatever the status decides.
    assert r.breached_provisions == (
        "Refugee Convention art. 33(1)",
        "customary international law, non-refoulement",
    )
    assert r.provisional_provisions == ("Refugee Convention art. 33(1)",)
    assert r.pending_status_facts() == ("protection['KOR']",)
    assert r.questions() == ()
    assert r.finding.reason.endswith(
        "would breach customary international law, non-refoulement; and Refugee Convention art. "
        "33(1), but only while the person's refugee status is pending determination "
        "(recognition is declaratory), which waits on protection['KOR']"
    )
    assert "Facts the provisional protection waits on:\n- protection['KOR']" in r.explain()
    assert "- Refugee Convention art. 33(1) (treaty, provisional)" in r.explain()
    again = rl.assess_return(
        attrs.evolve(tortured, protection={"PRK": "unavailable", "KOR": "available"}),
        by="CHN", to="PRK", on="1985-06-30",
    )  # fmt: skip
    assert again.outcome is rl.ReturnOutcome.PROHIBITED


def _to_a_third_country(
    protection: str | None, nationalities: set[str] | None = None, **harm: Any
) -> rl.Claim:
    """An Eritrean in Germany whom Germany would transfer to Uganda (a third country, which would
    not send him on), fearing confinement there by a religious militia, private persons (a harm
    short of ill-treatment, so that ICCPR art. 7 and ECHR art. 3 do not decide the return); his
    fear of Eritrea makes him a refugee. ``protection``: what Uganda offers, as found."""
    fear: dict[str, Any] = {
        "severity": "threat_to_life_or_freedom", "likelihood": 0.8, "actor": "non_state",
        "reasons": {"religion"}, "protection_withheld_for": set(), "torture": False,
        "irreparable": False, "risk_to_life": False, "death_penalty": False,
        "flagrant_denial_of_justice": False,
    }  # fmt: skip
    fear.update(harm)
    found = {"ERI": "unavailable", **({"UGA": protection} if protection is not None else {})}
    return rl.Claim(
        rl.Person("E", nationalities={"ERI"} if nationalities is None else nationalities,
                  location="DEU"),
        fears=[
            testing.escapee_harm(country="ERI", description="persecution in Eritrea"),
            rl.Harm("confinement by a religious militia", "UGA", **fear),
        ],
        protection=found,
        onward_removal={"UGA": False},
        internal_relocation=False,
    )  # fmt: skip


def _to_uganda(claim: rl.Claim, by: str = "DEU") -> rl.ReturnAssessment:
    return rl.assess_return(claim, by=by, to="UGA", on="2015-06-01")


def test_art_33_weighs_a_third_countrys_protection_against_private_persecution() -> None:
    """Refugee Convention art. 33(1) ("territories where his life or freedom would be
    threatened": any territory) read with *Horvath v SSHD* [2001] 1 AC 489: the threat is
    persecution, serious harm together with a failure of state protection, so a private harm in a
    third country threatens only where that country does not protect. Its protection not yet
    found, art. 33(1) and custom's refugee limb wait on it and ask ``protection['UGA']`` (as the
    human-rights bars do); they had held the threat established whatever Uganda offered."""
    r = _to_uganda(_to_a_third_country(None))
    assert r.status.outcome is rl.Status.REFUGEE
    assert r.outcome is rl.ReturnOutcome.UNDETERMINED
    assert r.missing_facts() == ("protection['UGA']",)
    assert [q.path for q in r.questions()] == ["protection['UGA']"]
    for name in ("Refugee Convention art. 33(1) bar", "customary non-refoulement bar"):
        found = r.finding.find(name)
        assert found is not None, name
        assert found.verdict is rl.Verdict.UNKNOWN, name
    unprotected = r.finding.find("no protection in Uganda")
    assert unprotected is not None
    assert unprotected.verdict is rl.Verdict.UNKNOWN
    assert unprotected.missing == ("protection['UGA']",)


def test_a_third_country_that_protects_against_private_persons_answers_art_33() -> None:
    """Art 33(1) with *Horvath*: Uganda found to protect against the private persons feared there,
    no life or freedom is threatened there on a Convention ground, and the transfer is PERMITTED
    (Uganda would not send him on to Eritrea). It was PROHIBITED under art. 33(1) and custom while
    ICCPR art. 7 and ECHR art. 3 accepted the same protection."""
    r = _to_uganda(_to_a_third_country("available"))
    assert r.outcome is rl.ReturnOutcome.PERMITTED
    bar = r.finding.find("Refugee Convention art. 33(1) bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    unprotected = bar.find("no protection in Uganda")
    assert unprotected is not None
    assert unprotected.verdict is rl.Verdict.NOT_MET
    assert rl.Citation("horvath-v-sshd-2000", "holding") in unprotected.citations
    assert "against whom Uganda protects" in unprotected.reason


def test_a_third_countrys_protection_withheld_for_a_convention_reason_leaves_the_threat() -> None:
    """Art 33(1) with *Islam; Shah* [1999] 2 AC 629 and *MIMA v Khawar* (HCA 2002): protection
    Uganda offers others but withholds from this harm for a Convention reason (religion) does not
    protect this person, so the threat stands and the transfer is PROHIBITED under art. 33(1)
    and custom, as for a country of nationality."""
    r = _to_uganda(_to_a_third_country("available", protection_withheld_for={"religion"}))
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert set(r.breached_provisions) == {
        "Refugee Convention art. 33(1)",
        "customary international law, non-refoulement",
    }


def test_a_third_country_that_does_not_protect_leaves_art_33_barring_the_transfer() -> None:
    """Art 33(1): Uganda's protection found unavailable, the private harm feared there is
    persecution (*Horvath*), and the transfer is PROHIBITED under art. 33(1) and custom's refugee
    limb; so too where the state there is itself the persecutor, whatever protection it offers
    (a state persecutor protects no one)."""
    unavailable = _to_uganda(_to_a_third_country("unavailable"))
    assert unavailable.outcome is rl.ReturnOutcome.PROHIBITED
    assert "Refugee Convention art. 33(1)" in unavailable.breached_provisions
    unprotected = unavailable.finding.find("no protection in Uganda")
    assert unprotected is not None
    assert unprotected.verdict is rl.Verdict.MET
    by_the_state = _to_uganda(_to_a_third_country("available", actor="state"))
    assert by_the_state.outcome is rl.ReturnOutcome.PROHIBITED
    assert by_the_state.finding.find("no protection in Uganda") is None


def test_the_oau_bar_weighs_a_third_countrys_protection_as_art_33_does() -> None:
    """OAU Refugee Convention art. II(3), on the same persecution risk as custom: Kenya's
    transfer of the same refugee to Uganda waits on Uganda's protection, is PERMITTED with it and
    PROHIBITED under art. II(3) (with art. 33(1) and custom) without it."""
    outcomes = {}
    for found in (None, "available", "unavailable"):
        claim = _to_a_third_country(found)
        claim = attrs.evolve(claim, person=attrs.evolve(claim.person, location="KEN"))
        r = _to_uganda(claim, by="KEN")
        oau = r.finding.find("OAU Convention art. II(3) bar")
        assert oau is not None
        outcomes[found] = (r.outcome, oau.verdict)
    assert outcomes == {
        None: (rl.ReturnOutcome.UNDETERMINED, rl.Verdict.UNKNOWN),
        "available": (rl.ReturnOutcome.PERMITTED, rl.Verdict.NOT_MET),
        "unavailable": (rl.ReturnOutcome.PROHIBITED, rl.Verdict.MET),
    }


def test_a_third_countrys_protection_does_not_touch_refugee_status() -> None:
    """Art 1A(2) asks for the protection of the country of nationality alone: whatever Uganda
    offers, the Eritrean is a refugee, and the status names no fact about Uganda."""
    for found in (None, "available", "unavailable"):
        status = rl.assess_status(_to_a_third_country(found), on="2015-06-01")
        assert status.outcome is rl.Status.REFUGEE
        assert not any("UGA" in m for m in status.missing_facts())


def test_filling_in_a_third_countrys_protection_or_the_persecutor_never_flips_the_transfer() -> (
    None
):
    """Never answer more than is known (Art 33(1), *Horvath*): for every claim in which Uganda's
    protection or who would inflict the harm there is unknown, filling either in may decide an
    open transfer but never turns a decided one into the other decision. Uganda's protection and
    the persecutor unknown together, art. 33(1) asks both."""
    protections = (None, "available", "unavailable", "refused_for_valid_reason")
    actors = (None, "non_state", "state")
    withheld: tuple[set[str], ...] = (set(), {"religion"})
    outcome = {
        (p, a, i): _to_uganda(_to_a_third_country(p, actor=a, protection_withheld_for=w)).outcome
        for p in protections
        for a in actors
        for i, w in enumerate(withheld)
    }
    assert outcome[None, "non_state", 0] is rl.ReturnOutcome.UNDETERMINED
    open_both = _to_uganda(_to_a_third_country(None, actor=None))
    assert set(open_both.missing_facts()) == {"protection['UGA']", "fears[1].actor"}
    checked = 0
    for (p, a, i), before in outcome.items():
        if before is rl.ReturnOutcome.UNDETERMINED:
            continue
        filled = [(q, a) for q in protections[1:] if p is None] + [
            (p, b) for b in actors[1:] if a is None
        ]
        for q, b in filled:
            assert outcome[q, b, i] is before, (p, a, i, q, b)
            checked += 1
    assert checked > 0
    # Protection available against private persons: PERMITTED (before the fix, PROHIBITED).
    assert outcome["available", "non_state", 0] is rl.ReturnOutcome.PERMITTED


def test_a_third_countrys_protection_is_asked_where_the_nationality_is_not_known() -> None:
    """Art 33(1) with *Horvath*: where the person's nationality is not known, whether Uganda is a
    country of nationality or a third country, its protection against private persons decides
    whether a life or freedom is threatened there, so the transfer waits on it (it was PROHIBITED,
    which a nationality of Uganda with its protection available would have turned into PERMITTED)."""
    r = _to_uganda(_to_a_third_country(None, nationalities=None))
    assert r.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "protection['UGA']" in r.missing_facts()
    protected = _to_uganda(_to_a_third_country("available", nationalities=None))
    assert protected.outcome is rl.ReturnOutcome.PERMITTED
    ugandan = _to_uganda(_to_a_third_country("available", nationalities={"UGA"}))
    assert ugandan.outcome is rl.ReturnOutcome.PERMITTED


def test_an_internal_flight_alternative_found_for_one_harm_does_not_answer_another() -> None:
    """UNHCR Handbook para. 91 ("another part of the same country") and *Salah Sheekh v
    Netherlands* (2007: "the area concerned"): an internal flight alternative is found for the
    country and persecutor in issue. A Syrian who could escape a militia in southern Lebanon by
    moving within Lebanon still faces the Syrian state's inhuman detention in Syria: a finding
    recorded for the Lebanese harm alone (``Harm.internal_relocation``) leaves the Syrian risk
    standing under Refugee Convention art. 33(1), ICCPR art. 7 and ECHR art. 3, where the one
    claim-wide finding answered both (PERMITTED)."""
    syr = rl.Harm(
        "incommunicado detention in inhuman conditions", "SYR", severity="threat_to_life_or_freedom",
        likelihood=0.6, actor="state", reasons={"political_opinion"}, torture=False,
        irreparable=True, risk_to_life=False, death_penalty=False, flagrant_denial_of_justice=False,
    )  # fmt: skip
    lbn = rl.Harm(
        "threats from a militia in the south", "LBN", severity="serious", likelihood=0.5,
        actor="non_state", reasons={"political_opinion"}, torture=False, irreparable=False,
        risk_to_life=False, death_penalty=False, flagrant_denial_of_justice=False,
    )  # fmt: skip
    person = rl.Person("S", nationalities={"SYR"}, location="DEU")
    wide = rl.Claim(person, fears=(syr, lbn), protection={"LBN": "unavailable"},
                    internal_relocation=True)  # fmt: skip
    assert rl.assess_return(wide, by="DEU", to="SYR", on="2015-06-01").outcome is (
        rl.ReturnOutcome.PERMITTED
    )
    own = attrs.evolve(
        wide, internal_relocation=None, fears=(syr, attrs.evolve(lbn, internal_relocation=True))
    )
    result = rl.assess_return(own, by="DEU", to="SYR", on="2015-06-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert {"Refugee Convention art. 33(1)", "ICCPR art. 7", "ECHR art. 3"} <= {
        str(o.citation) for o in result.breaches
    }
    assert result.missing_facts() == ()
    # The harm's own finding answers before the claim's, either way.
    kept = attrs.evolve(wide, fears=(attrs.evolve(syr, internal_relocation=False), lbn))
    again = rl.assess_return(kept, by="DEU", to="SYR", on="2015-06-01")
    assert again.outcome is rl.ReturnOutcome.PROHIBITED
    echr = again.finding.find("ECHR art. 3 bar")
    assert echr is not None
    assert any("fears[0].internal_relocation" in f.facts for _, f in echr.walk()), (
        "the harm's own finding is the fact relied on"
    )


def inhuman_prison_conditions(**harm: Any) -> rl.Claim:
    """A Bangladeshi in Malaysia (bound by neither CAT nor the ICCPR, nor the Refugee Convention)
    who would be held, on return, in inhuman and degrading prison conditions for an ordinary
    criminal case: a real risk of ill-treatment by the state, neither torture nor persecution."""
    facts: dict[str, Any] = {
        "severity": rl.Severity.SERIOUS,
        "likelihood": 0.7,
        "actor": rl.Actor.STATE,
        "reasons": {rl.Motive.CRIMINAL_PROSECUTION},
        "prosecution": True,
        "exit_offence": False,
        "disproportionate": False,
        "discriminatory": False,
        "law_contrary_to_human_rights": False,
        "torture": False,
        "irreparable": True,
        "risk_to_life": False,
        "death_penalty": False,
        "flagrant_denial_of_justice": False,
        "official_involvement": True,
    }
    facts.update(harm)
    conditions = rl.Harm("inhuman and degrading prison conditions on return", "BGD", **facts)
    return rl.Claim(rl.Person("X", nationalities={"BGD"}, location="MYS"), fears=[conditions])


WIDE = rl.Doctrine(custom_covers_ill_treatment=True)


def _scope_named(result: rl.ReturnAssessment) -> list[str]:
    return [a for a in result.assumptions() if a.startswith("custom_covers_ill_treatment=")]


def test_customs_reach_to_inhuman_treatment_is_a_position_named_wherever_it_decides() -> None:
    """The scope of customary non-refoulement beyond refugees is contested: CAT art. 3 states the
    duty for torture only (its art. 16(1) extends arts 10-13, not art. 3, to other cruel, inhuman
    or degrading treatment); Lauterpacht and Bethlehem's Opinion for UNHCR (2001) reads the
    customary rule to bar return to a real risk of such treatment too. Malaysia in 2015 is bound
    by no treaty bar: by default the return to inhuman prison conditions is permitted, and the
    narrow reading is named as relied on (review F3); on the wider reading custom bars it, the
    risk weighed as ICCPR art. 7 weighs it."""
    claim = inhuman_prison_conditions()
    narrow = rl.assess_return(claim, by="MYS", to="BGD", on="2015-01-01")
    assert narrow.outcome is rl.ReturnOutcome.PERMITTED
    assert narrow.missing_facts() == ()
    assert _scope_named(narrow) == [rl.Doctrine().position("custom_covers_ill_treatment")]
    risk = narrow.finding.find("risk the customary rule covers")
    assert risk is not None
    assert risk.verdict is rl.Verdict.NOT_MET
    assert "not other cruel, inhuman or degrading treatment, of which there is a real risk" in (
        risk.reason
    )
    # The narrow reading keeps custom's torture limb as CAT art. 3 weighs it: no art. 7 finding.
    assert [c.element for c in risk.children] == [
        "persecution of a refugee",
        "risk of torture in or from Bangladesh",
    ]
    words = rl.Doctrine().position("custom_covers_ill_treatment")
    assert "CAT states its duty not to return a person for torture alone" in words
    assert "16(1)" in words
    assert "Lauterpacht and Bethlehem" in words
    wide = rl.assess_return(claim, by="MYS", to="BGD", on="2015-01-01", doctrine=WIDE)
    assert wide.outcome is rl.ReturnOutcome.PROHIBITED
    assert [o.citation for o in wide.breaches] == [CUSTOM]
    assert _scope_named(wide) == [WIDE.position("custom_covers_ill_treatment")]
    limb = wide.finding.find("torture or other ill-treatment (custom)")
    assert limb is not None
    assert limb.verdict is rl.Verdict.MET
    assert WIDE.position("custom_covers_ill_treatment") in limb.assumptions
    assert [c.element for c in limb.children] == [
        "risk of torture in or from Bangladesh",
        "risk of irreparable harm in or from Bangladesh",
    ]
    weighed = {c for _, f in limb.walk() for c in f.citations}
    assert rl.Citation("iccpr-1966", "7") in weighed
    assert "Lauterpacht and Bethlehem" in WIDE.position("custom_covers_ill_treatment")


def test_customs_scope_is_not_named_where_it_decides_nothing() -> None:
    """Where custom's torture limb holds (CAT art. 1: torture with official involvement), or there
    is no real risk of ill-treatment at all, the scope of the customary rule changes nothing, and
    neither reading is named."""
    for facts in ({"torture": True, "disproportionate": None}, {"irreparable": False}):
        claim = inhuman_prison_conditions(**facts)
        for doctrine in (rl.Doctrine(), WIDE):
            result = rl.assess_return(claim, by="MYS", to="BGD", on="2015-01-01", doctrine=doctrine)
            assert _scope_named(result) == [], (facts, doctrine.custom_covers_ill_treatment)


def test_customs_wider_reach_weighs_private_harm_as_iccpr_article_7_does() -> None:
    """HRC General Comment 31 para. 12 (as paraphrased): ICCPR art. 7 bars removal to a real risk
    of irreparable harm from private persons too, where the state there will not protect; not
    where it can and does, nor where the person can relocate (Salah Sheekh). On the wider
    reading, custom's human-rights limb follows art. 7: a risk from private persons the state
    will not protect against bars the return; one it protects against does not. On the narrow
    reading neither does, and the position is named where it decides."""
    gang = rl.Harm(
        "beatings by a creditor's gang", "BGD", severity=rl.Severity.SERIOUS, likelihood=0.6,
        actor=rl.Actor.NON_STATE, reasons={rl.Motive.PERSONAL}, official_involvement=False,
        torture=False, irreparable=True, risk_to_life=False, death_penalty=False,
        flagrant_denial_of_justice=False, protection_withheld_for=set(),
    )  # fmt: skip
    claim = attrs.evolve(
        inhuman_prison_conditions(),
        fears=[gang],
        protection={"BGD": "unavailable"},
        internal_relocation=False,
    )
    assert rl.assess_return(claim, by="MYS", to="BGD", on="2015-01-01", doctrine=WIDE).outcome is (
        rl.ReturnOutcome.PROHIBITED
    )
    narrow = rl.assess_return(claim, by="MYS", to="BGD", on="2015-01-01")
    assert narrow.outcome is rl.ReturnOutcome.PERMITTED
    assert _scope_named(narrow)
    protected = attrs.evolve(claim, protection={"BGD": "available"})
    guarded = rl.assess_return(protected, by="MYS", to="BGD", on="2015-01-01", doctrine=WIDE)
    assert guarded.outcome is rl.ReturnOutcome.PERMITTED
    assert _scope_named(guarded) == []
    moved = attrs.evolve(claim, internal_relocation=True)
    assert rl.assess_return(moved, by="MYS", to="BGD", on="2015-01-01", doctrine=WIDE).outcome is (
        rl.ReturnOutcome.PERMITTED
    )


def test_customs_wider_reach_asks_what_article_7_asks_and_the_narrow_reading_asks_nothing() -> None:
    """With whether the prison conditions amount to ill-treatment unknown, the wider reading
    leaves the return open on that fact (as ICCPR art. 7 would for a party); the narrow reading
    does not read it, permits the return and names itself as relied on."""
    claim = inhuman_prison_conditions(irreparable=None)
    wide = rl.assess_return(claim, by="MYS", to="BGD", on="2015-01-01", doctrine=WIDE)
    assert wide.outcome is rl.ReturnOutcome.UNDETERMINED
    assert wide.missing_facts() == ("fears[0].irreparable",)
    narrow = rl.assess_return(claim, by="MYS", to="BGD", on="2015-01-01")
    assert narrow.outcome is rl.ReturnOutcome.PERMITTED
    assert narrow.missing_facts() == ()
    risk = narrow.finding.find("risk the customary rule covers")
    assert risk is not None
    assert "of which there may be a real risk" in risk.reason
    assert _scope_named(narrow)


def test_customs_wider_reach_has_no_exception_and_is_not_shown_before_its_first_statement() -> None:
    """The human-rights limb has no Art 33(2) exception on either reading (Chahal v UK, 1996,
    for ECHR art. 3; ICCPR art. 4(2)). The wider reach is not shown before the earliest statement
    of it the library names, Lauterpacht and Bethlehem's Opinion, completed on 20 June 2001: in
    1995 the return is open on a gap in the data (named, not asked), as the torture limb is
    before CAT art. 3's adoption."""
    danger = attrs.evolve(inhuman_prison_conditions(), danger_to_security=True)
    result = rl.assess_return(danger, by="MYS", to="BGD", on="2015-01-01", doctrine=WIDE)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    early = rl.assess_return(
        inhuman_prison_conditions(), by="MYS", to="BGD", on="1995-01-01", doctrine=WIDE
    )
    assert early.outcome is rl.ReturnOutcome.UNDETERMINED
    assert early.missing_facts() == ("states['MYS'].customary-international-law",)
    assert not [q.path for q in early.questions() if q.path.startswith("states[")]
    gap = early.finding.find("risk of cruel, inhuman or degrading treatment (custom)")
    assert gap is not None
    assert "completed on 2001-06-20" in gap.reason
    on_the_day = rl.assess_return(
        inhuman_prison_conditions(), by="MYS", to="BGD", on="2001-06-20", doctrine=WIDE
    )
    assert on_the_day.outcome is rl.ReturnOutcome.PROHIBITED
    # The narrow reading in 1995: permitted, as in 2015.
    narrow = rl.assess_return(inhuman_prison_conditions(), by="MYS", to="BGD", on="1995-01-01")
    assert narrow.outcome is rl.ReturnOutcome.PERMITTED


def test_customs_scope_is_not_named_where_the_refugee_limb_already_bars_the_return() -> None:
    """Customary non-refoulement (``Doctrine.custom_covers_ill_treatment``): where the refugee
    limb already holds (the North Korean escapee, China, 2004), whether the rule also reaches
    other cruel, inhuman or degrading treatment decides nothing, so the position is not named
    (and the risk of such treatment is not weighed for it)."""
    result = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on="2004-06-30")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert rl.Doctrine().position("custom_covers_ill_treatment") not in result.assumptions()


def test_the_death_penalty_question_says_how_assurances_are_answered() -> None:
    """ICCPR art. 6(1) as *Judge v Canada* reads it: the question on an unknown death penalty
    (Mongolia returning in 2004 an escapee who is a danger to its security, so that only the
    absolute bars are left) says that reliable assurances that the penalty will not be imposed or
    carried out are answered "no" (return review F6)."""
    claim = _escapee(
        location="MNG", danger_to_security=True, fear={"torture": False, "irreparable": False}
    )
    result = rl.assess_return(claim, by="MNG", to="PRK", on="2004-06-30")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    asked = {q.path: q.text for q in result.questions()}
    assert asked["fears[0].death_penalty"].endswith(
        "be the death penalty, imposed or carried out (reliable assurances that it will not be "
        "imposed or carried out count as no)?"
    )


def _duty_notes(on: str) -> dict[str, rl.Finding]:
    """The notes of China's duties to hand the escapee back to North Korea on ``on``, by the
    protocol they arise under."""
    result = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on=on)
    return {
        c.citations[0].instrument: c
        for c in result.finding.children
        if c.role == "note" and c.element.startswith("conflicting duty: ")
    }


def test_the_1986_protocol_noted_past_its_data_says_what_would_not_be_recorded() -> None:
    """VCLT arts 42(2) and 59: past 28 February 2012, the last day its sources speak for, the
    1986 China–DPRK protocol is read as binding still, and the return's note says a later
    withdrawal, denunciation or agreement ending it would not be recorded, as party_status does.
    Before: the note stated the duty flatly in 2020. In 2010, within the data, it says nothing
    of the kind."""
    later = _duty_notes("2020-01-01")["china-dprk-border-protocol-1986"]
    # Bound, but whether it reaches the person is unknown (review s39 sd39 F1).
    assert later.verdict is rl.Verdict.UNKNOWN
    assert later.reason.startswith("China also owes North Korea")
    words = (
        "(the data speaks for 2012-02-28: a later withdrawal, denunciation or agreement of the "
        "parties ending it (VCLT art. 59) would not be recorded)"
    )
    assert words in later.reason
    status = rl.party_status("CHN", "china-dprk-border-protocol-1986", on="2020-01-01")
    assert "the data speaks for 2012-02-28" in status.reason
    within = _duty_notes("2010-01-01")["china-dprk-border-protocol-1986"]
    assert within.verdict is rl.Verdict.UNKNOWN  # (review s39 sd39 F1)
    assert "would not be recorded" not in within.reason


@pytest.mark.parametrize("on", ["1990-01-01", "2000-01-01"])
def test_a_protocol_whose_binding_is_unknown_is_noted_as_a_duty_china_may_owe(on: str) -> None:
    """The 1986 China–DPRK border protocol binds from 30 June 2004 at the latest; between 1
    January 1986 and that day whether it bound is unknown (its records), and so is whether the
    1964 protocol survived it (VCLT arts 59(1), 30(3)), had it ever entered into force, which no
    source shows (data review s35 F3). The return's note of each duty to hand
    back is UNKNOWN, says China *may* owe it, names North Korea, the one other party, and says
    why. Before: MET, "China also owes the other parties a duty ..."."""
    notes = _duty_notes(on)
    assert set(notes) == {"china-dprk-border-protocol-1964", "china-dprk-border-protocol-1986"}
    for key, note in notes.items():
        assert note.verdict is rl.Verdict.UNKNOWN, key
        assert note.reason.startswith("China may also owe North Korea a duty to hand "), key
        assert "the other parties" not in note.reason
        assert note.missing == ()  # a note asks nothing: it decides no outcome
    assert (
        f"whether 1986 China–DPRK Border Protocol bound China on {on} is beyond the data: the "
        "sources give no date that settles"
    ) in notes["china-dprk-border-protocol-1986"].reason
    assert (
        f"whether 1964 China–DPRK Border Protocol bound China on {on} is beyond the data: the "
        "sources give no date that settles"
    ) in notes["china-dprk-border-protocol-1964"].reason
    assert "from 1986-01-01 the sources cannot say whether it still did" in (
        notes["china-dprk-border-protocol-1964"].reason
    )
    assert "VCLT art. 59(1)" in notes["china-dprk-border-protocol-1964"].reason


def test_a_protocol_shown_binding_is_noted_as_a_duty_china_owes_north_korea() -> None:
    """Where the data shows a protocol binding China, the note says China owes it and names North
    Korea (UNKNOWN all the same: whether it reaches the person is not known, review s39 sd39 F1): the
    1986 protocol from 30 June 2004 (the 1964 one then UNKNOWN, VCLT arts 59(1), 30(3)). The 1964
    protocol is shown binding on no date: no source gives its entry into force, so in 1980 (the
    1986 one not yet concluded: no note) its note says China *may* owe the duty (data review s35
    F3; before: MET, "China also owes North Korea a duty ...", on an entry into force of 20 June
    1964 no source shows)."""
    early = _duty_notes("1980-01-01")
    assert set(early) == {"china-dprk-border-protocol-1964"}
    (note,) = early.values()
    assert note.verdict is rl.Verdict.UNKNOWN
    assert note.reason.startswith("China may also owe North Korea a duty to hand back ")
    assert "no source seen gives the protocol's entry into force" in note.reason
    late = _duty_notes("2004-07-01")
    # Bound, but whether it reaches the person is unknown (review s39 sd39 F1).
    assert late["china-dprk-border-protocol-1986"].verdict is rl.Verdict.UNKNOWN
    assert late["china-dprk-border-protocol-1986"].reason.startswith("China also owes North Korea")
    assert late["china-dprk-border-protocol-1964"].verdict is rl.Verdict.UNKNOWN


@pytest.mark.parametrize("on", ["1980-01-01", "1990-01-01", "2000-01-01", "2004-07-01"])
def test_the_duty_notes_decide_no_outcome(on: str) -> None:
    """Notes do not decide: whatever the protocols' notes say, China's return of the escapee to
    North Korea is PROHIBITED on the bars alone (Refugee Convention art. 33(1) from 1982, CAT
    art. 3(1) from 1988, custom), and it asks nothing about the protocols."""
    result = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on=on)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    expected = [
        *([C33] if on >= "1982-09-24" else []),
        *([CAT3] if on >= "1988-11-03" else []),
        CUSTOM,
    ]
    assert [o.citation for o in result.breaches] == expected
    assert not any("china-dprk" in q.path for q in result.questions())


def test_a_bilateral_duty_is_owed_to_the_other_party_whether_or_not_it_is_shown_binding() -> None:
    """A bilateral treaty has one counterparty: obligations_of names North Korea as the creditor
    of the 1986 protocol's duty on 2000-01-01, when whether it binds is unknown, as on
    2004-07-01, when it does. Before: "the other parties" on the first date."""
    for on, bound in (("2000-01-01", rl.Verdict.UNKNOWN), ("2004-07-01", rl.Verdict.MET)):
        (duty,) = [
            o
            for o in rl.obligations_of("CHN", on=on)
            if o.instrument == "china-dprk-border-protocol-1986"
        ]
        assert (duty.bound, duty.owed_to, duty.counterparties) == (bound, "North Korea", ("PRK",))


def test_a_return_barred_while_a_recognised_refugees_clause_is_pending_waits_on_the_clause_alone() -> (
    None
):
    """Art 33(1) and UNHCR Handbook para. 28: a refugee recognised in Germany, a national of
    Somalia (where a militia would beat him for his political opinion, Somalia's protection
    unavailable) and of Kenya, with Art 1F(b) raised: the return to Somalia is prohibited while
    the status is pending, and what it waits on is the clause. The status review's F3: Kenya's
    protection (``protection['KEN']``, Art 1A(2)'s second paragraph) was named among the
    pending-status facts and asked, though no answer to it changes anything for a recognised
    refugee; it was then not asked. Review s33 F3: Kenya is a nationality beyond the country
    feared whose protection is not stated, so Art 1C(3) ("has acquired a new nationality, and
    enjoys the protection of the country of his new nationality") is in issue on the claim's own
    facts; the return waits on the clause raised, on 1C(3), and on Kenya's protection as that
    clause asks it (unavailable, it takes 1C(3) out of issue)."""
    beaten = rl.Harm("beaten by militia", "SOM", severity="serious", likelihood=0.5,
                     actor="non_state", reasons={"political_opinion"})  # fmt: skip
    claim = rl.Claim(rl.Person("S", nationalities={"SOM", "KEN"}, location="DEU"), fears=[beaten],
                     internal_relocation=False, protection={"SOM": "unavailable"}, recognised=True,
                     exclusion_pending={"1F(b)"})  # fmt: skip
    r = rl.assess_return(claim, by="DEU", to="SOM", on="2010-06-01")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    in_issue = ("exclusion_pending['1F(b)']", "cessation_pending['1C(3)']", "protection['KEN']")
    assert r.pending_status_facts() == in_issue
    assert [q.path for q in r.questions()] == list(in_issue)
    unprotected = attrs.evolve(claim, protection={"SOM": "unavailable", "KEN": "unavailable"})
    r = rl.assess_return(unprotected, by="DEU", to="SOM", on="2010-06-01")
    assert r.pending_status_facts() == ("exclusion_pending['1F(b)']",)


def test_a_clause_no_one_raised_is_in_issue_for_a_recognised_refugee_not_raised_against_him() -> (
    None
):
    """Refugee Convention art. 33(1) protects a recognised refugee until a clause that ends the
    status is established (UNHCR Handbook paras 111-139, 142-143). A clause raised and undecided
    (``cessation_pending``) is "raised against" him; Art 1D, whose facts (UNRWA's assistance) are
    only not yet known, was also called "raised", a procedure the claim does not record (own-diff
    law review F3): it is "in issue" for him. The outcome and what it waits on are unchanged."""
    harm = rl.Harm("detention for opinion", "ETH", actor="state", severity="serious",
                   likelihood=0.9, reasons={"political_opinion"}, torture=False,
                   risk_to_life=False, irreparable=False, death_penalty=False)  # fmt: skip
    person = rl.Person("P", {"ETH"}, location="GBR")
    open_1d = rl.Claim(person, fears=[harm], recognised=True, unrwa_assistance=None)
    r = rl.assess_return(open_1d, by="GBR", to="ETH", on="2010-01-01")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert "the exclusion (Art 1D) in issue for this recognised refugee is undecided" in (
        r.finding.reason
    )
    assert "raised" not in r.finding.reason
    element = r.finding.find("a refugee, or an asylum seeker not yet determined")
    assert element is not None
    assert "the exclusion (Art 1D) in issue for it is not yet decided" in element.reason
    # A clause raised against a refugee who does not meet Art 1A(2) now (he holds a second
    # nationality whose protection is available): one raised against a refugee who meets it
    # again could not end the status (status review s36 F3).
    raised = attrs.evolve(
        open_1d, unrwa_assistance=False, cessation_pending={"1C(2)"},
        person=attrs.evolve(person, nationalities={"ETH", "ERI"}),
        protection={"ERI": "available"}, cessation_ruled_out={"1C(3)"},
    )  # fmt: skip
    again = rl.assess_return(raised, by="GBR", to="ETH", on="2010-01-01")
    assert "the cessation (Art 1C(2)) raised against this recognised refugee is undecided" in (
        again.finding.reason
    )


def test_art_33_1_on_its_stevic_standard_follows_handbook_61s_route_as_the_status_does() -> None:
    """Refugee Convention art. 33(1) under ``Doctrine.return_threshold`` (*INS v Stevic*) weighs
    the persecution element again, for its own count of measures (Handbook para. 53); it takes
    UNHCR Handbook para. 61's route as Art 1A(2) does (law.persecution.EXIT_PENALTY_READING): a
    severe penalty for leaving, the motives political, is persecution on its severity. China,
    2004, a North Korean facing a camp sentence for crossing under a law enforced evenly: the
    return is PROHIBITED under art. 33(1) on either standard (the two merged branches had left
    the Stevic recount on paras 56-60's condition alone)."""
    harm = rl.Harm("camp sentence for crossing", "PRK", severity="threat_to_life_or_freedom",
                   likelihood=0.9, actor="state", prosecution=True,
                   reasons={"criminal_prosecution"}, exit_offence=True, disproportionate=False,
                   discriminatory=False, law_contrary_to_human_rights=False, torture=False,
                   risk_to_life=False, irreparable=False, death_penalty=False)  # fmt: skip
    person = rl.Person("A", nationalities={"PRK"}, location="CHN")
    claim = rl.Claim(person, fears=[harm], reasons_for_leaving={"political_opinion"})
    for doctrine in (rl.Doctrine(), rl.Doctrine(return_threshold=0.5)):
        r = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30", doctrine=doctrine)
        assert r.outcome is rl.ReturnOutcome.PROHIBITED
        assert "Refugee Convention art. 33(1)" in r.breached_provisions


# ---------------------------------------------------------------------------------------------
# A bar that holds only while the status is pending, beside bars that hold whatever it decides
# (the interface review's F1), and what an open return's pending status waits on (its F2)
# ---------------------------------------------------------------------------------------------

_DISMISSAL: dict[str, Any] = {
    "severity": "serious", "likelihood": 0.8, "actor": "state", "torture": False,
    "irreparable": False, "risk_to_life": False,
}  # fmt: skip


def _syrian_in_turkey(**harm: Any) -> rl.Claim:
    """A Syrian in Türkiye fearing the state for his opinion in 2015 (the interface review's
    script): Türkiye keeps Art 1B(1)(a)'s geographic limitation under 1967 Protocol art. I(3), so
    whether it owes him the Convention turns on ``events_in_europe``, left unknown."""
    fear = {"description": "dismissal and surveillance", **_DISMISSAL, **harm}
    return rl.Claim(
        rl.Person("S", {"SYR"}, location="TUR"),
        fears=[rl.Harm(country="SYR", reasons={"political_opinion"}, **fear)],
    )


def _schema_valid(result: rl.ReturnAssessment) -> None:
    """The result's full JSON and its outline validate against their schemas and read back."""
    import jsonschema

    for cls, obj in (
        (rl.ReturnAssessment, result),
        (rl.ResultOutline, rl.ResultOutline.of(result)),
    ):
        text = rl.to_json(obj)
        checker = jsonschema.FormatChecker()
        jsonschema.Draft202012Validator(rl.json_schema(cls), format_checker=checker).validate(
            json.loads(text)
        )
        assert rl.from_json(cls, text) == obj


_EUROPE = (
    "Refugee Convention art. 33(1), but only while the person's refugee status is pending "
    "determination (recognition is declaratory), which waits on events_in_europe"
)


@pytest.mark.parametrize(
    ("row", "doctrine", "harm", "breaches", "provisional", "sentence"),
    [
        # before: PROHIBITED on art. 33(1) and custom, both unqualified, pending_status_facts ()
        (
            "custom on",
            rl.Doctrine(),
            {},
            ("Refugee Convention art. 33(1)", "customary international law, non-refoulement"),
            ("Refugee Convention art. 33(1)",),
            f"would breach customary international law, non-refoulement; and {_EUROPE}",
        ),
        # before and after: art. 33(1) alone, provisional, the only-while clause given
        (
            "custom off",
            rl.Doctrine(non_refoulement_customary=False),
            {},
            ("Refugee Convention art. 33(1)",),
            ("Refugee Convention art. 33(1)",),
            f"would breach {_EUROPE}",
        ),
        # before: five bars unqualified; after: art. 33(1) flagged, the absolute bars decide
        (
            "torture",
            rl.Doctrine(),
            {"severity": "threat_to_life_or_freedom", "torture": True, "irreparable": None},
            (
                "Refugee Convention art. 33(1)",
                "CAT art. 3(1)",
                "ICCPR art. 7",
                "customary international law, non-refoulement",
                "ECHR art. 3",
            ),
            ("Refugee Convention art. 33(1)",),
            "would breach CAT art. 3(1); ICCPR art. 7; customary international law, "
            f"non-refoulement; ECHR art. 3; and {_EUROPE}",
        ),
    ],
)
def test_art_33_1_owed_by_turkey_only_for_events_in_europe_is_flagged_provisional_beside_other_bars(
    row: str,
    doctrine: rl.Doctrine,
    harm: dict[str, Any],
    breaches: tuple[str, ...],
    provisional: tuple[str, ...],
    sentence: str,
) -> None:
    """Refugee Convention art. 33(1), Art 1B(1)(a) and 1967 Protocol art. I(3): Türkiye owes the
    Convention, art. 33 included, only to refugees "as a result of events occurring in Europe".
    A Syrian whose events are not found is protected by art. 33(1) only while that status is
    pending (recognition is declaratory, UNHCR Handbook para. 28). Where custom (its refugee
    limb rests on the status without Art 1B's limits, a decided REFUGEE) or the bars against
    torture also hold, the return was PROHIBITED with art. 33(1) listed as breached, unqualified,
    and ``pending_status_facts()`` empty (interface review F1). Same outcome now, with art. 33(1)
    in ``provisional``, the outcome line saying how long it holds, and the facts it waits on named;
    nothing is asked where the other bars decide whatever the answer. Custom's refugee limb is
    not provisional here: the status it rests on is decided."""
    claim = _syrian_in_turkey(**harm)
    r = rl.assess_return(claim, by="TUR", to="SYR", on="2015-06-30", doctrine=doctrine)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.status.outcome is rl.Status.UNDETERMINED
    assert r.breached_provisions == breaches
    assert r.provisional_provisions == provisional
    assert r.pending_status_facts() == ("events_in_europe",)
    assert r.finding.reason.endswith(sentence), r.finding.reason
    alone = row == "custom off"
    assert r.prohibited_only_provisionally is alone
    asked = [q.path for q in r.questions()]
    assert asked == (["events_in_europe"] if alone else [])
    summary = r.to_dict()
    assert summary["breaches"] == list(breaches)
    assert summary["provisional"] == list(provisional)
    assert summary["pending_status_facts"] == ["events_in_europe"]
    assert rl.ResultOutline.of(r).provisional == provisional
    _schema_valid(r)
    # Events found outside Europe: art. 33(1) is not owed at all, and nothing is provisional.
    outside = attrs.evolve(claim, events_in_europe=False)
    decided = rl.assess_return(outside, by="TUR", to="SYR", on="2015-06-30", doctrine=doctrine)
    assert "Refugee Convention art. 33(1)" not in decided.breached_provisions
    assert decided.provisional == ()
    assert decided.pending_status_facts() == ()
    # (art. 33(1) alone: no longer prohibited; open only on bars the claim leaves unknown,
    # ICCPR art. 6(1) and the ECHR's, which the status does not touch)
    assert (decided.outcome is rl.ReturnOutcome.PROHIBITED) is not alone


@pytest.mark.parametrize("customary", [True, False], ids=["custom on", "custom off"])
def test_art_33_1_pending_an_art_1f_b_decision_is_provisional_beside_cat(customary: bool) -> None:
    """Refugee Convention art. 33(1) and Art 1F(b) ("The provisions of this Convention shall not
    apply to any person with respect to whom there are serious reasons for considering ..."): a
    North Korean escapee facing torture, with Art 1F(b) raised and undecided, returned by China
    in 2004. CAT art. 3(1) (and custom's limb against torture) hold whatever the exclusion
    decides; art. 33(1) only until it is decided. Before: ['Refugee Convention art. 33(1)', 'CAT
    art. 3(1)', 'customary ...'] unqualified, ``pending_status_facts()`` (). Now art. 33(1) is
    ``provisional`` and the facts named; custom, which holds by its torture limb too, is not.
    With 1F(b) found, art. 33(1) is gone, as before."""
    doctrine = rl.Doctrine(non_refoulement_customary=customary)
    pending = testing.north_korean_escapee(exclusion_pending={"1F(b)"})
    r = rl.assess_return(pending, by="CHN", to="PRK", on="2004-06-30", doctrine=doctrine)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    custom_cited = ("customary international law, non-refoulement",) if customary else ()
    assert r.breached_provisions == (
        "Refugee Convention art. 33(1)", "CAT art. 3(1)", *custom_cited,
    )  # fmt: skip
    assert r.provisional_provisions == ("Refugee Convention art. 33(1)",)
    assert r.pending_status_facts() == ("exclusion_pending['1F(b)']",)
    assert not r.prohibited_only_provisionally
    assert r.questions() == ()
    firm = "; ".join(["CAT art. 3(1)", *custom_cited])
    assert r.finding.reason.endswith(
        f"would breach {firm}; and Refugee Convention art. 33(1), but only while the person's "
        "refugee status is pending determination (recognition is declaratory), which waits on "
        "exclusion_pending['1F(b)']"
    )
    note = r.finding.find("refugee status pending determination")
    assert note is not None
    assert note.reason.endswith(
        "the other bars that apply hold whatever is decided, and prohibit the return"
    )
    assert "- Refugee Convention art. 33(1) (treaty, provisional)" in r.explain()
    assert "- CAT art. 3(1) (treaty, absolute)" in r.explain()
    from refugeelaw.batch import deciding_element

    assert deciding_element(r) == "CAT art. 3(1)"
    _schema_valid(r)
    excluded = testing.north_korean_escapee(exclusion={"1F(b)"})
    found = rl.assess_return(excluded, by="CHN", to="PRK", on="2004-06-30", doctrine=doctrine)
    assert found.breached_provisions == ("CAT art. 3(1)", *custom_cited)
    assert found.provisional == ()
    assert found.pending_status_facts() == ()


def test_custom_resting_on_a_status_pending_art_1f_b_is_provisional_too() -> None:
    """Customary non-refoulement's refugee limb rests on the same pending status as art. 33(1)
    where the exclusion raised (Art 1F(b)) is one custom knows too: an escapee facing
    imprisonment but not torture, 1F(b) raised, returned by China in 2004. Both bars hold only
    while it is undecided: both are ``provisional``, so is the prohibition, and the fact is
    asked (an exclusion found permits the return)."""
    harm = testing.escapee_harm(
        torture=False, irreparable=False, risk_to_life=False, death_penalty=False
    )
    claim = testing.north_korean_escapee(fears=[harm], exclusion_pending={"1F(b)"})
    r = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    assert r.breached_provisions == (
        "Refugee Convention art. 33(1)", "customary international law, non-refoulement",
    )  # fmt: skip
    assert r.provisional == r.breaches
    assert r.prohibited_only_provisionally
    (q,) = r.questions()
    assert q.path == "exclusion_pending['1F(b)']"
    assert rl.ReturnOutcome.PERMITTED in {a.outcome for a in q.answers}
    _schema_valid(r)


def _syrian_turkish_dual_national() -> rl.Claim:
    """The interface review's F2 script: a Syrian–Turkish dual national in Germany, 2015, fearing
    dismissal and surveillance by the Syrian state for reasons not yet known, no torture or
    other ill-treatment; whether Türkiye would protect him is not known."""
    fear: dict[str, Any] = {
        **_DISMISSAL, "death_penalty": False, "flagrant_denial_of_justice": False,
    }  # fmt: skip
    return rl.Claim(
        rl.Person("A", {"SYR", "TUR"}, location="DEU"),
        fears=[rl.Harm("dismissal and surveillance", "SYR", **fear)],
        protection={"SYR": "unavailable"},
    )


def test_an_open_return_names_the_second_nationality_its_pending_status_waits_on() -> None:
    """Art 1A(2), second paragraph: a person "shall not be deemed to be lacking the protection
    of the country of his nationality if, without any valid reason based on well-founded fear,
    he has not availed himself of the protection of one of the countries of which he is a
    national" (UNHCR Handbook paras 106-107). Art. 33(1) and custom's refugee limb rest on the
    pending status, which waits on Türkiye's protection: available, the person is no refugee and
    the return PERMITTED. Before, ``missing_facts()`` was ('fears[0].reasons',) only, and
    ``questions()`` did not ask it (interface review F2); now it names and asks it, its answers'
    outcomes re-assessed."""
    from refugeelaw.questions import answered

    claim = _syrian_turkish_dual_national()
    r = rl.assess_return(claim, by="DEU", to="SYR", on="2015-06-30")
    assert r.outcome is rl.ReturnOutcome.UNDETERMINED
    assert r.missing_facts() == ("fears[0].reasons", "protection['TUR']")
    assert set(rl.assess_status(claim, on="2015-06-30").missing_facts()) <= set(r.missing_facts())
    assert r.pending_status_facts() == ()  # (a return not prohibited: they are its missing facts)
    assert r.provisional == ()
    asked = {q.path: q for q in r.questions()}
    assert "protection['TUR']" in asked
    protection = asked["protection['TUR']"]
    assert protection.decisive
    outcomes = {a.value: a.outcome for a in protection.answers}
    assert outcomes["available"] is rl.ReturnOutcome.PERMITTED
    for a in protection.answers:
        again = rl.assess_return(
            answered(claim, protection.path, a.value), by="DEU", to="SYR", on="2015-06-30"
        )
        assert again.outcome is a.outcome
    assert "Facts that would decide it:\n- fears[0].reasons\n- protection['TUR']" in r.explain()
    outline = rl.ResultOutline.of(r)
    assert outline.missing_facts == r.missing_facts()
    _schema_valid(r)


def test_a_decided_return_heads_its_open_bars_facts_as_theirs_not_the_outcomes() -> None:
    """Refugee Convention art. 33(1) and custom prohibit returning a North Korean escapee from
    Germany in 2015 whatever the risk of torture, death or a flagrant denial of justice, which
    are not stated: they only settle the bars still open (CAT art. 3, ICCPR arts 6-7, ECHR arts
    2, 3 and 6, Protocols No. 6 and 13), which matter because those survive Art 33(2). The
    report listed them under "Facts that would decide it:", as if the prohibition waited on them
    (interface review s34 F3); it now heads them "Facts that would decide the bars still open:".
    An open return keeps "Facts that would decide it:". The JSON keys are unchanged: the outline's
    ``missing_facts`` is the result's, documented as the open bars' facts for a decided return."""
    harm = testing.escapee_harm(torture=None, irreparable=None)
    claim = testing.north_korean_escapee(
        person=rl.Person("E", {"PRK"}, location="DEU"), fears=[harm]
    )
    r = rl.assess_return(claim, by="DEU", to="PRK", on="2015-06-30")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert set(r.breached_provisions) == {str(C33), str(CUSTOM)}
    assert "CAT art. 3(1)" in r.undecided_provisions
    assert "fears[0].torture" in r.missing_facts()
    assert r.pending_status_facts() == ()
    for answer in (True, False):  # none of them can change the outcome
        again = attrs.evolve(claim, fears=[attrs.evolve(harm, torture=answer)])
        assert rl.assess_return(again, by="DEU", to="PRK", on="2015-06-30").outcome is (
            rl.ReturnOutcome.PROHIBITED
        )
    for format in ("text", "markdown", "html"):
        shown = r.explain(format)
        assert "Facts that would decide the bars still open:" in shown, format
        assert "Facts that would decide it:" not in shown, format
    assert "Facts that would decide the bars still open:\n- fears[0].torture\n" in r.explain()
    outline = rl.ResultOutline.of(r)
    assert outline.outcome == "prohibited"
    assert outline.missing_facts == r.missing_facts()
    assert "decide the bars still open" in (rl.ResultOutline.__doc__ or "")
    _schema_valid(r)
    # Open, the same facts decide the outcome, and are headed so (the speed layer remembers the
    # sections by the heading too).
    unsure = attrs.evolve(claim, fears=[attrs.evolve(harm, likelihood=None)])
    u = rl.assess_return(unsure, by="DEU", to="PRK", on="2015-06-30")
    assert u.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "Facts that would decide it:" in u.explain()
    assert "Facts that would decide the bars still open:" not in u.explain()
    # A decided status names no missing facts, so no such section at all.
    status = rl.assess_status(claim, on="2015-06-30", state="DEU")
    assert status.outcome is rl.Status.REFUGEE
    assert "Facts that would decide" not in status.explain()


def test_an_open_return_whose_bars_know_no_status_asks_nothing_of_it() -> None:
    """CAT art. 3(1) protects anyone, whatever their status: a return open only on a bar that
    knows no status (the risk of torture not known, art. 33(1) and custom's refugee limb found
    not to apply, the person being excluded under Art 1F(b)) names nothing the status waits on."""
    harm = testing.escapee_harm(torture=None)
    claim = testing.north_korean_escapee(fears=[harm], exclusion={"1F(b)"})
    r = rl.assess_return(claim, by="CHN", to="PRK", on="2004-06-30")
    assert r.outcome is rl.ReturnOutcome.UNDETERMINED
    assert r.finding.find("refugee status pending determination") is None
    assert r.missing_facts() == ("fears[0].torture",)


def test_a_return_json_written_before_provisional_reads_with_none() -> None:
    """A return's JSON, and its outline, written before ``provisional`` (a new field with a
    default: no breaking change) read back with none; one that names a provisional breach not
    among its breaches is refused, naming the path."""
    r = rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on="2004-06-30")
    full = rl.to_dict(r)
    del full["provisional"]
    assert rl.from_dict(rl.ReturnAssessment, full) == r
    outline = rl.to_dict(rl.ResultOutline.of(r))
    outline.pop("provisional", None)
    assert rl.from_dict(rl.ResultOutline, outline) == rl.ResultOutline.of(r)
    cat = next(o for o in r.breaches if str(o.citation) == "CAT art. 3(1)")
    other = attrs.evolve(cat, duty="not to return a person at risk")  # not the one breached
    wrong = rl.to_dict(r) | {"provisional": [rl.to_dict(other)]}
    with pytest.raises(rl.InvalidInput) as raised:
        rl.from_dict(rl.ReturnAssessment, wrong)
    assert "provisional[0]" in [p.path for p in raised.value.problems]
    bad = rl.to_dict(rl.ResultOutline.of(r)) | {"provisional": ["ECHR art. 3"]}
    with pytest.raises(rl.InvalidInput, match=r"provisional\[0\]"):
        rl.from_dict(rl.ResultOutline, bad)


# Refugee Convention art. 33(2): how its grounds are read, and a ground raised but not established.

#: The reviewer's case (return review s34 F3): a North Korean in China in 1986 (the Convention
#: binds China through the Protocol; CAT and the ICCPR do not), facing long imprisonment for
#: dissent, not torture.
_DISSENT = testing.escapee_harm(
    torture=False, irreparable=False, risk_to_life=False, likelihood=0.9
)
_ART_33_2 = "Art 33(2): danger to security or the community"


def _dissident(**changes: Any) -> rl.Claim:
    return testing.north_korean_escapee(**{"fears": (_DISSENT,), **changes})


def _art_33_2_finding(r: rl.ReturnAssessment) -> rl.Finding:
    bar = r.finding.find("Refugee Convention art. 33(1) bar")
    assert bar is not None
    found = bar.find(_ART_33_2)
    assert found is not None
    return found


@pytest.mark.parametrize("ground", [{"danger_to_security": True}, {"serious_crime_danger": True}])
def test_an_art_33_2_ground_that_lifts_the_bar_names_the_proportionality_reading(
    ground: dict[str, bool],
) -> None:
    """Refugee Convention art. 33(2): whether the danger must be weighed against the persecution
    the refugee faces (proportionality) is contested. The library weighs nothing of its own: a
    ground stated true lifts art. 33(1)'s bar (and custom's refugee limb), the facts being read
    as the decision-maker's judgement, any weighing included. Where that decides the return
    (PERMITTED, the bar otherwise holding), the reading is named among the positions relied on,
    in the exception's own finding; where the bar fails anyway (no risk of persecution), it is
    not."""
    r = rl.assess_return(_dissident(**ground), by="CHN", to="PRK", on="1986-06-01")
    assert r.outcome is rl.ReturnOutcome.PERMITTED
    exception = _art_33_2_finding(r)
    assert exception.verdict is rl.Verdict.MET
    assert art_33.PROPORTIONALITY_READING in exception.assumptions
    assert art_33.PROPORTIONALITY_READING in r.assumptions()
    limb = r.finding.find("persecution of a refugee")  # custom's, lifted by the same exception
    assert limb is not None
    assert limb.verdict is rl.Verdict.NOT_MET
    lifting = limb.find(_ART_33_2)
    assert lifting is not None
    assert art_33.PROPORTIONALITY_READING in lifting.assumptions
    assert art_33.CONVICTION_READING not in r.assumptions()
    remote = attrs.evolve(_DISSENT, likelihood=0.01)
    no_risk = rl.assess_return(
        _dissident(fears=(remote,), **ground), by="CHN", to="PRK", on="1986-06-01"
    )
    assert no_risk.outcome is rl.ReturnOutcome.PERMITTED
    assert _art_33_2_finding(no_risk).verdict is rl.Verdict.MET
    assert art_33.PROPORTIONALITY_READING not in no_risk.assumptions()
    kept = rl.assess_return(
        _dissident(danger_to_security=False), by="CHN", to="PRK", on="1986-06-01"
    )
    assert kept.outcome is rl.ReturnOutcome.PROHIBITED
    assert art_33.PROPORTIONALITY_READING not in kept.assumptions()


@pytest.mark.parametrize(
    ("stated", "open_limb"),
    [
        ({"convicted_particularly_serious_crime": True}, "danger_to_community"),
        ({"danger_to_community": True}, "convicted_particularly_serious_crime"),
    ],
)
def test_art_33_2s_second_ground_raised_and_not_established_holds_the_bar_and_names_the_open_limb(
    stated: dict[str, bool], open_limb: str
) -> None:
    """Refugee Convention art. 33(2), second ground: "having been convicted by a final judgement
    of a particularly serious crime, constitutes a danger to the community". One limb established
    and the other not stated: the exception is for the returning state to establish, so the bar
    holds (PROHIBITED, as before), but only until it is, as a clause of Art 1F raised and not yet
    decided holds it. The return now says so: art. 33(1) and custom's refugee limb are breached
    only provisionally, the open limb is what the prohibition waits on
    (``pending_status_facts``), and it is asked, each answer re-assessed (true: PERMITTED)."""
    claim = _dissident(**stated)
    r = rl.assess_return(claim, by="CHN", to="PRK", on="1986-06-01")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.breached_provisions == (
        "Refugee Convention art. 33(1)",
        "customary international law, non-refoulement",
    )
    assert r.provisional_provisions == r.breached_provisions
    assert r.prohibited_only_provisionally
    assert r.pending_status_facts() == (open_limb,)
    assert r.missing_facts() == ()  # no bar is open
    assert r.finding.reason.endswith(
        ", but only while the second ground of Art 33(2) raised against the person is not "
        f"established, which waits on {open_limb}"
    )
    note = r.finding.find("Art 33(2) exception raised, not yet established")
    assert note is not None
    assert note.role == "note"
    assert note.missing == (open_limb,)
    assert C33_2 in note.citations
    exception = _art_33_2_finding(r)
    assert exception.verdict is rl.Verdict.NOT_MET
    assert f"{open_limb} not being stated" in exception.reason
    assert f"Facts the provisional protection waits on:\n- {open_limb}" in r.explain()
    [asked] = r.questions()
    assert asked.path == open_limb
    outcomes = {a.value: a.outcome for a in asked.answers}
    assert outcomes == {True: rl.ReturnOutcome.PERMITTED, False: rl.ReturnOutcome.PROHIBITED}
    for value, outcome in outcomes.items():
        answered = attrs.evolve(claim, **{open_limb: value})
        again = rl.assess_return(answered, by="CHN", to="PRK", on="1986-06-01")
        assert again.outcome is outcome
        assert again.pending_status_facts() == ()
        assert again.provisional == ()


def test_a_conviction_alone_does_not_lift_the_bar_and_the_reading_is_named_art_33_2() -> None:
    """Refugee Convention art. 33(2): the library reads the second ground's two limbs as its text
    gives them, both for the state to establish (a conviction for a particularly serious crime
    does not by itself show the danger to the community, as United States practice reads it). A
    conviction with the danger found not to exist: PROHIBITED, decided (nothing pending), and the
    reading named, since it decides; a danger to security not stated is not asked of every
    refugee (nothing raised)."""
    claim = _dissident(convicted_particularly_serious_crime=True, danger_to_community=False)
    r = rl.assess_return(claim, by="CHN", to="PRK", on="1986-06-01")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.provisional == ()
    assert r.pending_status_facts() == ()
    assert r.questions() == ()
    assert art_33.CONVICTION_READING in _art_33_2_finding(r).assumptions
    assert art_33.CONVICTION_READING in r.assumptions()
    plain = rl.assess_return(_dissident(), by="CHN", to="PRK", on="1986-06-01")
    assert plain.outcome is rl.ReturnOutcome.PROHIBITED
    assert plain.pending_status_facts() == ()
    assert plain.finding.find("Art 33(2) exception raised, not yet established") is None
    assert art_33.CONVICTION_READING not in plain.assumptions()
    # Not deciding where the bar fails anyway: no risk of persecution.
    remote = attrs.evolve(_DISSENT, likelihood=0.01)
    no_risk = rl.assess_return(
        _dissident(fears=(remote,), convicted_particularly_serious_crime=True),
        by="CHN", to="PRK", on="1986-06-01",
    )  # fmt: skip
    assert no_risk.outcome is rl.ReturnOutcome.PERMITTED
    assert art_33.CONVICTION_READING not in no_risk.assumptions()
    assert no_risk.pending_status_facts() == ()


def test_a_bar_against_torture_holds_whatever_art_33_2s_open_limb_and_nothing_is_asked() -> None:
    """Refugee Convention art. 33(2) lifts only refugee non-refoulement; CAT art. 3 has no
    exception (Chahal v United Kingdom, 1996). China in 2004, a convicted refugee facing torture,
    the danger to the community not stated: art. 33(1) is breached only provisionally, named
    after the bars that hold whatever is decided; custom holds by its torture limb too, so it is
    not provisional; no answer changes the outcome, so nothing is asked."""
    claim = testing.north_korean_escapee(convicted_particularly_serious_crime=True)
    r = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert r.provisional_provisions == ("Refugee Convention art. 33(1)",)
    assert not r.prohibited_only_provisionally
    assert r.pending_status_facts() == ("danger_to_community",)
    assert r.questions() == ()
    note = r.finding.find("Art 33(2) exception raised, not yet established")
    assert note is not None
    assert note.reason.endswith(
        "the other bars that apply hold whatever is decided, and prohibit the return"
    )
    assert r.finding.reason == (
        "returning the person from China to North Korea would breach CAT art. 3(1); customary "
        "international law, non-refoulement; and Refugee Convention art. 33(1), but only while "
        "the second ground of Art 33(2) raised against the person is not established, which "
        "waits on danger_to_community"
    )


def test_an_open_return_names_art_33_2s_open_limb_among_its_missing_facts() -> None:
    """Refugee Convention art. 33(2): where art. 33(1)'s bar is itself open (the likelihood of the
    feared harm not known; treaty only), the limb of a ground raised and not established is one
    of the facts that would decide the return (true lifts the bar: PERMITTED whatever the rest),
    so it is named and asked; and beside an asylum seeker's pending status (Art 1F(b) raised,
    UNHCR Handbook para. 28), both are named, the status first."""
    treaty_only = rl.Doctrine(non_refoulement_customary=False)
    unknown = _dissident(
        fears=(attrs.evolve(_DISSENT, likelihood=None),), convicted_particularly_serious_crime=True
    )
    r = rl.assess_return(unknown, by="CHN", to="PRK", on="1986-06-01", doctrine=treaty_only)
    assert r.outcome is rl.ReturnOutcome.UNDETERMINED
    assert r.missing_facts() == ("fears[0].likelihood", "danger_to_community")
    asked = {q.path: {a.value: a.outcome for a in q.answers} for q in r.questions()}
    assert asked["danger_to_community"][True] is rl.ReturnOutcome.PERMITTED
    pending = _dissident(exclusion_pending={"1F(b)"}, convicted_particularly_serious_crime=True)
    both = rl.assess_return(pending, by="CHN", to="PRK", on="1986-06-01")
    assert both.outcome is rl.ReturnOutcome.PROHIBITED
    assert both.pending_status_facts() == ("exclusion_pending['1F(b)']", "danger_to_community")
    assert both.finding.reason.endswith(
        "but only while the person's refugee status is pending determination (recognition is "
        "declaratory), which waits on exclusion_pending['1F(b)']; and while the second ground of "
        "Art 33(2) raised against the person is not established, which waits on "
        "danger_to_community"
    )
    note = both.finding.find("refugee status pending determination")
    assert note is not None
    assert note.missing == ("exclusion_pending['1F(b)']", "danger_to_community")
    assert [q.path for q in both.questions()] == list(both.pending_status_facts())


def test_a_permitted_return_says_it_weighed_the_obligations_the_library_holds() -> None:
    """Refugee Convention art. 33(1), CAT art. 3, ICCPR arts 6-7, custom and the regional bars are
    the obligations the library holds; it does not hold the Convention on the Rights of the Child,
    whose Committee addresses the non-refoulement of children (General Comment No. 6, 2005,
    section IV(f)), nor a person's age. The economic migrant (UNHCR Handbook paras 62-64), whose
    return by China in 2004 no bar the library holds prohibits, is PERMITTED, and the result says
    that it weighed those bars and no more (seed-articles review s35 F4: before, "no
    non-refoulement obligation of China bars the return"). The deciding element a caseload
    reports for it says the same."""
    from refugeelaw.law.refoulement import NOT_WEIGHED, PERMITTED_WORDS

    result = rl.assess_return(testing.economic_migrant(), by="CHN", to="PRK", on="2004-06-30")
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert str(result) == (
        "PERMITTED on 2004-06-30: no non-refoulement obligation of China that the library holds "
        "bars the return to North Korea on 2004-06-30 (obligations the library does not hold, "
        "such as any under the Convention on the Rights of the Child, are not weighed)"
    )
    assert NOT_WEIGHED in result.finding.reason
    from refugeelaw.batch import deciding_element

    label = "no non-refoulement obligation that the library holds bars the return"
    assert deciding_element(result) == PERMITTED_WORDS.format(of="") == label
