"""Territories of a state where its treaties apply otherwise: VCLT art. 29, Hong Kong and Macao.

A treaty binds a party "in respect of its entire territory" unless a different intention is
established (VCLT art. 29). China's treaties apply in Hong Kong (since 1 July 1997) and Macao (since
20 December 1999) as it has notified: the data records which, and a treaty it has no record of is
not known to bind there.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refugeelaw as rl
from refugeelaw import _speed
from refugeelaw.law.obligations import JURISDICTION_READING
from refugeelaw.sources.territories import application, held, part_of

CAT3 = rl.Citation("cat-1984", "3(1)")
ICCPR6 = rl.Citation("iccpr-1966", "6(1)")
ICCPR7 = rl.Citation("iccpr-1966", "7")
ART33 = rl.Citation("refugee-convention-1951", "33(1)")
VCLT29 = rl.Citation("vclt-1969", "29")


def _north_korean(location: str, **harm: object) -> rl.Claim:
    values: dict[str, object] = {
        "actor": "state",
        "likelihood": 0.9,
        "reasons": {"political_opinion"},
        "severity": "threat_to_life_or_freedom",
    }
    values.update(harm)
    return rl.Claim(
        rl.Person("Escapee", nationalities={"PRK"}, location=location),
        fears=[rl.Harm("punishment for leaving", "PRK", **values)],  # type: ignore[arg-type]
    )


def _bar(result: rl.ReturnAssessment, cite: rl.Citation) -> rl.Finding:
    return next(c for c in result.finding.children if cite in c.citations and c.role != "note")


def _bound(bar: rl.Finding) -> rl.Finding:
    return next(c for c in bar.children if c.element == "the state is bound")


def test_hong_kong_and_macao_become_chinese_territory_on_their_handover_dates() -> None:
    """The Sino-British (1984) and Sino-Portuguese (1987) Joint Declarations."""
    assert held("HKG", dt.date(1997, 6, 30)) == ("GBR", "responsible")  # a dependent territory
    assert held("HKG", dt.date(1997, 7, 1)) == ("CHN", "part")
    assert held("MAC", dt.date(1999, 12, 19)) == ("PRT", "responsible")  # under its administration
    assert held("MAC", dt.date(1999, 12, 20)) == ("CHN", "part")
    assert part_of("HKG", dt.date(1997, 6, 30)) is None  # never part of the United Kingdom
    assert held("MNG", dt.date(2000, 1, 1)) is None  # a state, not a recorded territory


def test_every_application_record_names_a_source() -> None:
    for instrument in (
        "refugee-convention-1951",
        "refugee-protocol-1967",
        "cat-1984",
        "iccpr-1966",
    ):
        record = application("HKG", "CHN", instrument)
        assert record is not None, instrument
        assert record.sources, instrument
        assert record.applies == (instrument in ("cat-1984", "iccpr-1966"))


def test_the_refugee_convention_does_not_bind_china_in_hong_kong_though_it_binds_it_elsewhere() -> (
    None
):
    """VCLT art. 29: the Convention was never extended to Hong Kong (C & Ors, HKCFA 2013), as
    UNHCR's page archived on 23 June 2017 still shows; after that day an extension would not be
    recorded (review s37 da37 F2, tests/test_da37.py), so the day asked is one the sources speak
    for (before, 30 June 2020)."""
    result = rl.assess_return(
        _north_korean("HKG", torture=True), by="CHN", to="PRK", on="2017-06-23"
    )
    bound = _bound(_bar(result, ART33))
    assert bound.verdict is rl.Verdict.NOT_MET
    assert VCLT29 in bound.citations
    assert bound.children[0].verdict is rl.Verdict.MET  # China itself is bound since 1982
    assert _bar(result, ART33).verdict is rl.Verdict.NOT_MET
    assert ART33 not in [o.citation for o in result.breaches]


def test_cat_article_3_binds_china_in_hong_kong_from_1_july_1997() -> None:
    result = rl.assess_return(
        _north_korean("HKG", torture=True), by="CHN", to="PRK", on="2020-06-30"
    )
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    cat = next(o for o in result.breaches if o.citation == CAT3)
    assert cat.state == "CHN"
    assert cat.since == dt.date(1997, 7, 1)


def test_iccpr_article_6_binds_china_in_hong_kong_though_china_is_not_a_party() -> None:
    """China's notification of 20 June 1997: the ICCPR as applied to Hong Kong remains in force.
    A risk to life alone bars return from Hong Kong, and not from the mainland (HRC GC 31 para. 12
    reads arts 6 and 7 as bars on removal)."""
    life = {"risk_to_life": True, "torture": False, "irreparable": False, "reasons": set()}
    from_hong_kong = rl.assess_return(
        _north_korean("HKG", **life), by="CHN", to="PRK", on="2020-06-30"
    )
    assert from_hong_kong.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in from_hong_kong.breaches] == ["ICCPR art. 6(1)"]
    from_the_mainland = rl.assess_return(
        _north_korean("CHN", **life), by="CHN", to="PRK", on="2020-06-30"
    )
    assert ICCPR6 not in [o.citation for o in from_the_mainland.breaches]
    assert _bound(_bar(from_the_mainland, ICCPR6)).verdict is rl.Verdict.NOT_MET


def test_a_treaty_with_a_territorial_clause_and_no_record_is_unknown_there_not_absent() -> None:
    """Never answer more than the data knows: no record says whether Portugal extended the Refugee
    Convention to Macao before the return of 1999 (art. 40), so its art. 33(1) is neither applied
    nor denied there. CAT, which has no such clause and reaches every person within a party's
    jurisdiction (art. 2(1); CAT General Comment No. 2 para. 16), binds Portugal there as it binds
    it, on the named reading (before: UNKNOWN, and without custom the return UNDETERMINED)."""
    claim = _north_korean("MAC", torture=True)
    no_custom = rl.Doctrine(non_refoulement_customary=False)
    result = rl.assess_return(claim, by="PRT", to="PRK", on="1995-01-01", doctrine=no_custom)
    assert _bound(_bar(result, ART33)).verdict is rl.Verdict.UNKNOWN
    assert ART33 in [o.citation for o in result.undecided]
    assert "states['PRT'].refugee-convention-1951.MAC" in result.missing_facts()
    assert _bound(_bar(result, CAT3)).verdict is rl.Verdict.MET
    assert "states['PRT'].cat-1984.MAC" not in result.missing_facts()
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert CAT3 in [o.citation for o in result.breaches]
    assert JURISDICTION_READING in result.assumptions()


def test_the_united_kingdom_extended_the_iccpr_and_cat_to_hong_kong_in_1976_and_1992() -> None:
    """VCLT art. 29: a treaty binds a party in respect of a dependent territory as it has
    declared. The United Kingdom extended the ICCPR to Hong Kong in 1976 (the HKSAR Government's
    Annex E) and CAT in 1992 (secondary: China Daily, 2016), on days no source seen gives: each
    binds it there from the end of that year, is unknown earlier in it, and CAT binds nowhere
    before it entered into force (26 June 1987). The Refugee Convention was never extended."""
    claim = _north_korean("HKG", torture=True)
    no_custom = rl.Doctrine(non_refoulement_customary=False)
    late = rl.assess_return(claim, by="GBR", to="PRK", on="1995-01-01", doctrine=no_custom)
    assert _bound(_bar(late, CAT3)).verdict is rl.Verdict.MET
    assert _bound(_bar(late, ICCPR7)).verdict is rl.Verdict.MET
    assert _bound(_bar(late, ART33)).verdict is rl.Verdict.NOT_MET  # never extended
    assert late.outcome is rl.ReturnOutcome.PROHIBITED
    that_year = rl.assess_return(claim, by="GBR", to="PRK", on="1992-06-01", doctrine=no_custom)
    assert _bound(_bar(that_year, CAT3)).verdict is rl.Verdict.UNKNOWN
    assert _bound(_bar(that_year, ICCPR7)).verdict is rl.Verdict.MET
    early = rl.assess_return(claim, by="GBR", to="PRK", on="1980-01-01", doctrine=no_custom)
    assert _bound(_bar(early, CAT3)).verdict is rl.Verdict.NOT_MET
    assert "not bound" in _bound(_bar(early, CAT3)).reason


def test_a_treaty_shown_to_apply_only_by_a_date_is_unknown_before_it() -> None:
    """CAT applied in Macao by 15 June 2006 (China's report on Macao to the Committee against
    Torture, CAT/C/MAC/4; review s39 rt39 F2: was 29 September 2008); from when is not in the data. The Refugee Convention and the ICCPR continued to apply
    there from the return, 20 December 1999."""
    claim = _north_korean("MAC", torture=True)
    early = rl.assess_return(claim, by="CHN", to="PRK", on="2005-01-01")
    assert _bound(_bar(early, CAT3)).verdict is rl.Verdict.UNKNOWN
    assert _bound(_bar(early, ART33)).verdict is rl.Verdict.MET
    assert _bound(_bar(early, ICCPR7)).verdict is rl.Verdict.MET
    later = rl.assess_return(claim, by="CHN", to="PRK", on="2010-01-01")
    assert _bound(_bar(later, CAT3)).verdict is rl.Verdict.MET
    assert CAT3 in [o.citation for o in later.breaches]


def test_a_person_in_hong_kong_is_within_chinas_reach_only_after_the_handover() -> None:
    """Refugee Convention art. 33(1) and CAT art. 3(1) bind a state for persons in its territory,
    at its frontier or under its control. Hong Kong became part of China on 1 July 1997 (Sino-British
    Joint Declaration, 1984); the day before, a person there was in British territory, within
    China's reach only if its officials held them, which the claim does not record (review s39
    rt39 F1: was PERMITTED, "no obligation of China engaged")."""
    claim = _north_korean("HKG", torture=True)
    before = rl.assess_return(claim, by="CHN", to="PRK", on="1997-06-30")
    after = rl.assess_return(claim, by="CHN", to="PRK", on="1997-07-01")
    assert before.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "under_control_of" in before.missing_facts()
    assert after.outcome is rl.ReturnOutcome.PROHIBITED


def _fear_in(country: str) -> rl.Harm:
    return rl.Harm(
        "prosecution for taking part in protests",
        country,
        actor="state",
        likelihood=0.7,
        reasons={"political_opinion"},
        severity="threat_to_life_or_freedom",
    )


def _element(determination: rl.StatusDetermination, name: str) -> rl.Finding:
    found = [f for _, f in determination.finding.walk() if f.element == name]
    assert len(found) == 1, name
    return found[0]


def test_harm_feared_in_hong_kong_after_1997_is_feared_in_china() -> None:
    """Art 1A(2): "the country of his nationality". From 1 July 1997 Hong Kong is part of China, so
    a Chinese national's fear of persecution there is a fear in his country of nationality; before,
    it was a fear in a British territory, which bears on return, not on status."""
    claim = rl.Claim(
        rl.Person("Activist", nationalities={"CHN"}, location="GBR"), fears=[_fear_in("HKG")]
    )
    after = _element(rl.assess_status(claim, on="2021-06-30"), "feared in a country of nationality")
    assert after.verdict is rl.Verdict.MET
    assert "part of China" in after.reason
    before = _element(
        rl.assess_status(claim, on="1995-06-30"), "feared in a country of nationality"
    )
    assert before.verdict is rl.Verdict.NOT_MET


def test_a_chinese_national_in_hong_kong_is_outside_china_only_before_the_handover() -> None:
    """Art 1A(2) and UNHCR Handbook paras 88-93: only a person who has crossed an international
    frontier is outside the country of nationality."""
    claim = rl.Claim(
        rl.Person("Dissident", nationalities={"CHN"}, location="HKG"), fears=[_fear_in("CHN")]
    )
    name = "outside the country of nationality"
    assert _element(rl.assess_status(claim, on="1997-06-30"), name).verdict is rl.Verdict.MET
    inside = _element(rl.assess_status(claim, on="1997-07-01"), name)
    assert inside.verdict is rl.Verdict.NOT_MET
    assert "part of China on 1997-07-01" in inside.reason
    assert rl.status_outcomes([claim], on="1997-07-01") == [rl.Status.NOT_REFUGEE]


def test_a_move_within_a_state_is_not_a_return_to_another() -> None:
    """CAT art. 3(1): "to another State". From the mainland to Hong Kong after 1 July 1997 is a move
    within China; before it, Hong Kong was British, and the same move was a return."""
    claim = rl.Claim(
        rl.Person("Dissident", nationalities={"CHN"}, location="CHN"), fears=[_fear_in("HKG")]
    )
    with pytest.raises(rl.InvalidInput, match="part of China on 2021-06-30"):
        rl.assess_return(claim, by="CHN", to="HKG", on="2021-06-30")
    with pytest.raises(rl.InvalidInput, match="the same state"):
        rl.assess_return(claim, by="CHN", to="CHN", on="2021-06-30")
    assert rl.assess_return(claim, by="CHN", to="HKG", on="1995-06-30").outcome is not None


def _tortured_in(country: str, nationality: str, location: str) -> rl.Claim:
    """The return review's F4 claim: torture in police custody feared in ``country``."""
    return rl.Claim(
        rl.Person("x", nationalities={nationality}, location=location),
        fears=[
            rl.Harm(
                "torture in police custody", country, severity="threat_to_life_or_freedom",
                likelihood=0.5, actor="state", reasons={"political_opinion"}, torture=True,
                irreparable=True, risk_to_life=False, death_penalty=False,
                flagrant_denial_of_justice=False,
            )
        ],
        protection={},
    )  # fmt: skip


def test_a_removal_to_hong_kong_by_the_uk_before_1997_is_no_return_to_another_state() -> None:
    """CAT art. 3(1): "to another State" (return review F4). In 1995 Hong Kong was a territory for
    whose international relations the United Kingdom was responsible (data/territories.json,
    relation "responsible"), not a State: the UK removing a person there was PROHIBITED under CAT
    art. 3(1), ICCPR art. 7, custom and ECHR art. 3 as a return to another State. It is now refused
    at ``to``, as a move within a state is, naming the obligations the UK had extended there
    (ICCPR, CAT) and how to put a removal onward from Hong Kong."""
    claim = _tortured_in("HKG", "GBR", "GBR")
    with pytest.raises(rl.InvalidInput) as refused:
        rl.assess_return(claim, by="GBR", to="HKG", on="1995-01-01")
    (problem,) = refused.value.problems
    assert problem.path == "to"
    assert "a territory for whose international relations United Kingdom is responsible" in str(
        problem
    )
    assert 'no return "to another State" (CAT art. 3(1))' in str(problem)
    assert "ICCPR, shown to apply there by 1976-12-31; CAT, shown to apply there by 1992-12-31" in (
        str(problem)
    )
    assert "give person.location 'HKG'" in str(problem)
    # The day before the handover still refused; from it, a return by the UK to China.
    with pytest.raises(rl.InvalidInput, match="responsible"):
        rl.assess_return(claim, by="GBR", to="HKG", on="1997-06-30")
    after = rl.assess_return(claim, by="GBR", to="HKG", on="1997-07-01")
    assert after.outcome is rl.ReturnOutcome.PROHIBITED
    assert CAT3 in [o.citation for o in after.breaches]


def test_the_refusal_of_a_removal_to_hong_kong_says_art_33_1_and_echr_3_are_arguable_not_settled() -> (
    None
):
    """Refugee Convention art. 33(1) ("the frontiers of territories", not "another State" as in
    CAT art. 3(1)) and ECHR art. 3 (*Soering*: a removal from where the Convention applies):
    whether either bars the United Kingdom's removal of a mainland Chinese dissident from London
    to Hong Kong in 1995 is arguable and not assessed (the data page's territory section). The
    refusal said the removal fell "not under the bars on return", as if settled, and pointed to a
    workaround that weighs only the treaties extended to Hong Kong (return review s35 F3). The
    same input is refused, at ``to``, and the words now say that the library does not decide such
    a removal, that those bars are arguable and not assessed, and that the workaround assesses the
    removal from Hong Kong, not the removal into it."""
    jail = rl.Harm(
        "long imprisonment for dissent", "CHN", severity="threat_to_life_or_freedom",
        likelihood=0.8, actor="state", reasons={"political_opinion"}, torture=False,
        irreparable=False, risk_to_life=False, death_penalty=False,
        flagrant_denial_of_justice=False,
    )  # fmt: skip
    london = rl.Claim(
        rl.Person("D", nationalities={"CHN"}, location="GBR"),
        fears=[jail],
        onward_removal={"HKG": {"CHN"}},
    )
    with pytest.raises(rl.InvalidInput) as refused:
        rl.assess_return(london, by="GBR", to="HKG", on="1995-06-01")
    (problem,) = refused.value.problems
    assert problem.path == "to"
    words = str(problem)
    assert "not under the bars on return" not in words
    assert "the library does not decide such a removal" in words
    assert 'Refugee Convention art. 33(1), which speaks of "the frontiers of territories"' in words
    assert "ECHR art. 3, which Soering v United Kingdom (1989) reads" in words
    assert "is arguable and not assessed here: weigh it outside the library" in words
    assert (
        "(that assesses the removal from Hong Kong, under the treaties that apply there, not "
        in (words)
    )
    # Straight from London to China, art. 33(1) bars it: what the refusal says it cannot weigh.
    direct = rl.assess_return(
        attrs.evolve(london, onward_removal={}), by="GBR", to="CHN", on="1995-06-01"
    )
    assert direct.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART33 in [o.citation for o in direct.breaches]


def test_a_removal_to_macao_by_portugal_before_1999_is_no_return_to_another_state() -> None:
    """CAT art. 3(1): Macao, under Portuguese administration until 19 December 1999 (relation
    "responsible"), was not another State for Portugal: a removal there in 1995 is refused at
    ``to``, naming the extension of Portugal's treaties to Macao the data records; from
    20 December 1999 (part of China) a removal there by Portugal is a return to China."""
    claim = _tortured_in("MAC", "PRT", "PRT")
    with pytest.raises(rl.InvalidInput, match="responsible") as refused:
        rl.assess_return(claim, by="PRT", to="MAC", on="1995-01-01")
    # Resolution 41/92 (Macao's Official Gazette, 1992): the ICCPR extended to Macao.
    assert "recorded here: ICCPR, shown to apply there by 1992-12-31" in str(refused.value)
    assert "give person.location 'MAC'" in str(refused.value)
    after = rl.assess_return(claim, by="PRT", to="MAC", on="2000-01-01")
    assert after.outcome is rl.ReturnOutcome.PROHIBITED
    assert CAT3 in [o.citation for o in after.breaches]


def test_a_removal_onward_from_a_dependent_territory_is_a_return_from_it() -> None:
    """CAT art. 3(1), as the refusal points: a North Korean the UK would send on from Hong Kong in
    1995 is assessed as a return by the United Kingdom from Hong Kong (person there) to North
    Korea: PROHIBITED under CAT art. 3(1) and ICCPR art. 7 (both extended to Hong Kong by then) and
    custom. China's returns to Hong Kong are unchanged: to Hong Kong under the UK in 1995 a return
    to another State (no error), after 1997 a move within China (refused)."""
    escapee = _tortured_in("PRK", "PRK", "HKG")
    onward = rl.assess_return(escapee, by="GBR", to="PRK", on="1995-01-01")
    assert onward.outcome is rl.ReturnOutcome.PROHIBITED
    assert {CAT3, ICCPR7} <= {o.citation for o in onward.breaches}
    mainland = _tortured_in("HKG", "CHN", "CHN")
    assert rl.assess_return(mainland, by="CHN", to="HKG", on="1995-01-01").outcome is not None
    with pytest.raises(rl.InvalidInput, match="part of China on 2000-01-01"):
        rl.assess_return(mainland, by="CHN", to="HKG", on="2000-01-01")


def test_harm_feared_in_hong_kong_is_harm_in_the_receiving_state_china() -> None:
    """Returned to China, a person who fears torture in Hong Kong is returned to the State where
    the torture is feared (CAT art. 3(1); ECHR art. 3), not to one that might send them on; and the
    same holds the other way round."""
    fears_hk = rl.Claim(rl.Person("Activist", nationalities={"CHN"}, location="GBR"),
                        fears=[_fear_in("HKG")])  # fmt: skip
    assert fears_hk.fears is not None
    tortured = attrs.evolve(fears_hk, fears=(attrs.evolve(fears_hk.fears[0], torture=True),))
    to_china = rl.assess_return(tortured, by="GBR", to="CHN", on="2021-06-30")
    assert CAT3 in [o.citation for o in to_china.breaches]
    assert tortured.fears is not None
    mainland = attrs.evolve(tortured, fears=(attrs.evolve(tortured.fears[0], country="CHN"),))
    to_hong_kong = rl.assess_return(mainland, by="GBR", to="HKG", on="2021-06-30")
    assert CAT3 in [o.citation for o in to_hong_kong.breaches]
    assert not any("onward" in f.element for _, f in to_hong_kong.finding.walk())


def test_hong_kong_given_as_a_nationality_or_residence_is_read_as_part_of_china() -> None:
    """Art 1A(2): a person in mainland China whose country of reference is given as Hong Kong has
    not left it, after 1 July 1997."""
    person = rl.Person("Resident", nationalities=set(), location="CHN", habitual_residence="HKG")
    claim = rl.Claim(person, fears=[_fear_in("HKG")])
    outside = _element(
        rl.assess_status(claim, on="2021-06-30"), "outside the country of former habitual residence"
    )
    assert outside.verdict is rl.Verdict.NOT_MET
    assert "of which Hong Kong is part" in outside.reason


def test_chinas_obligations_name_what_binds_it_in_hong_kong_and_macao() -> None:
    """What a state owes on a date includes what binds it in its territories where its treaties
    apply otherwise: the ICCPR binds China in Hong Kong and Macao though it is not a party, and the
    Refugee Convention does not bind it in Hong Kong."""
    tree = rl.explain_obligations("CHN", on="2004-06-30")
    hong_kong = tree.find("in respect of Hong Kong")
    assert hong_kong is not None
    assert hong_kong.find("ICCPR in Hong Kong").verdict is rl.Verdict.MET  # type: ignore[union-attr]
    assert hong_kong.find("Refugee Convention in Hong Kong").verdict is rl.Verdict.NOT_MET  # type: ignore[union-attr]
    macao = tree.find("in respect of Macao")
    assert macao is not None
    assert macao.find("CAT in Macao").verdict is rl.Verdict.UNKNOWN  # type: ignore[union-attr]  # shown by 2008
    assert tree.find("ICCPR art. 7").verdict is rl.Verdict.NOT_MET  # type: ignore[union-attr]  # the rest of China
    assert rl.explain_obligations("CHN", on="1990-01-01").find("in respect of Hong Kong") is None


PLACES = ("HKG", "MAC", "CHN", "PRK", "GBR")
DATES = ("1995-06-30", "1997-07-01", "2005-01-01", "2010-01-01")


def _own(by: str) -> tuple[tuple[str, str], ...]:
    """How a territory held by ``by`` is held, where a removal to it is refused."""
    return ((by, "part"), (by, "responsible"))


@st.composite
def territory_cases(draw: st.DrawFn) -> tuple[rl.Claim, str, str, str, rl.Doctrine]:
    """A claim whose places, nationality and fears fall in and around Hong Kong and Macao, a
    returning state, a destination outside it (neither part of it nor a territory it is
    responsible for: CAT art. 3(1), "another State"), a date around the handovers and a
    doctrine."""
    on = draw(st.sampled_from(DATES))
    by = draw(st.sampled_from(("CHN", "GBR", "PRT")))
    day = dt.date.fromisoformat(on)
    to = draw(st.sampled_from([p for p in PLACES if p != by and held(p, day) not in _own(by)]))
    person = rl.Person(
        "P",
        nationalities=draw(
            # Hong Kong is no nationality on any of these dates (the United Kingdom's, then
            # China's: Art 1A(2), refused as input).
            st.frozensets(st.sampled_from(("CHN", "PRK", "GBR", "PRT")), max_size=2)
        ),
        location=draw(st.sampled_from((*PLACES, None))),
        habitual_residence=draw(st.sampled_from((None, "HKG", "CHN"))),
    )
    fears = draw(
        st.lists(
            st.builds(
                rl.Harm,
                description=st.just("feared harm"),
                country=st.sampled_from(PLACES),
                actor=st.sampled_from((None, "state", "non_state")),
                likelihood=st.sampled_from((None, 0.05, 0.5)),
                reasons=st.sampled_from((frozenset(), frozenset({"political_opinion"}))),
                severity=st.sampled_from((None, "threat_to_life_or_freedom")),
                torture=st.sampled_from((None, True, False)),
                risk_to_life=st.sampled_from((None, True, False)),
            ),
            max_size=2,
        )
    )
    claim = rl.Claim(
        person,
        fears=fears,
        under_control_of=draw(st.sampled_from((frozenset(), frozenset({by})))),
        at_frontier=draw(st.booleans()),
        onward_removal=draw(st.sampled_from(({}, {to: True}))),
    )
    doctrine = rl.Doctrine(article_33_extraterritorial=draw(st.sampled_from((None, True, False))))
    return claim, by, to, on, doctrine


@settings(max_examples=150, deadline=None)
@given(st.lists(territory_cases(), min_size=2, max_size=5))
def test_the_speed_layer_never_changes_a_result_about_a_territory(
    cases: list[tuple[rl.Claim, str, str, str, rl.Doctrine]],
) -> None:
    """The territory rules (VCLT art. 29; Art 1A(2)'s places on the date; custom beyond the
    territory) give the same results, field for field, with the speed layer on (memos warm from
    the other cases) as with the rules as written."""

    def decide(case: tuple[rl.Claim, str, str, str, rl.Doctrine]) -> tuple[object, ...]:
        claim, by, to, on, doctrine = case
        status = rl.assess_status(claim, on=on, state=by, doctrine=doctrine)
        returned = rl.assess_return(claim, by=by, to=to, on=on, doctrine=doctrine)
        return status, returned, status.explain(), returned.explain(), returned.missing_facts()

    _speed.install()
    fast = [decide(case) for case in cases]
    with _speed.off():
        plain = [decide(case) for case in cases]
    assert fast == plain


def test_the_state_persecuting_in_hong_kong_is_china_withholding_its_protection() -> None:
    """Art 1A(2), "unable or, owing to such fear, unwilling to avail himself of the protection of
    that country"; UNHCR Handbook paras 65 and 98: where the state persecutes, its protection is
    not available. Hong Kong's authorities are China's organs (after 1 July 1997), so a state
    persecutor in Hong Kong is China, whichever of the two codes is given."""
    fear = attrs.evolve(_fear_in("HKG"), torture=True)
    activist = rl.Claim(rl.Person("Activist", nationalities={"CHN"}, location="GBR"), fears=[fear])
    assert rl.assess_status(activist, on="2021-06-30").outcome is rl.Status.REFUGEE
    assert rl.status_outcomes([activist], on="2021-06-30") == [rl.Status.REFUGEE]
    resident = rl.Claim(
        rl.Person("Resident", nationalities=set(), location="USA", habitual_residence="HKG"),
        fears=[_fear_in("CHN")],
    )
    assert rl.assess_status(resident, on="2021-06-30").outcome is rl.Status.REFUGEE


def test_a_territory_is_not_a_state_that_returns_or_owes() -> None:
    """Hong Kong is not a State: the returning state, and the state whose obligations or regime
    apply, is China, whose treaties the rules apply as they apply where the person is."""
    claim = rl.Claim(
        rl.Person("Escapee", nationalities={"PRK"}, location="HKG"), fears=[_fear_in("PRK")]
    )
    with pytest.raises(rl.InvalidInput, match="give 'CHN'"):
        rl.assess_return(claim, by="HKG", to="PRK", on="2020-06-30")
    with pytest.raises(rl.InvalidInput, match="give 'CHN'"):
        rl.assess_status(claim, on="2020-06-30", state="HKG")
    with pytest.raises(rl.InvalidInput, match="give 'CHN'"):
        rl.obligations_of("HKG", on="2020-06-30")
    with pytest.raises(rl.InvalidInput, match="give 'GBR'"):
        rl.assess_return(claim, by="HKG", to="PRK", on="1995-06-30")


def test_an_undetermined_customary_bar_names_the_facts_that_would_decide_it() -> None:
    """Every answer names what is still needed: on Sale's reading (art. 33(1) territorial), the
    customary rule's refugee limb does not reach the high seas, and whether the Haitian fears
    torture (its other limb) is what decides the return."""
    haitian = rl.Claim(
        rl.Person("Intercepted", nationalities={"HTI"}),
        fears=[rl.Harm("persecution", "HTI", severity="threat_to_life_or_freedom",
                       likelihood=0.3, actor="state", reasons={"political_opinion"})],
        under_control_of={"USA"},
    )  # fmt: skip
    sale = rl.Doctrine(article_33_extraterritorial=False)
    result = rl.assess_return(haitian, by="USA", to="HTI", on="1992-06-01", doctrine=sale)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.missing_facts() == ("fears[0].torture",)


def test_party_status_refuses_a_territory_as_obligations_of_does() -> None:
    """Hong Kong is not a State: which treaties apply there is what China (before 1 July 1997,
    the United Kingdom) applies there. party_status used to answer "no ratification for Hong
    Kong", a confident NOT_MET for a Covenant that applies there (ICCPR, from 1 July 1997 through
    China's notification); it now refuses the code and names the State to ask about."""
    for on, state in (("2000-01-01", "'CHN'"), ("1990-01-01", "'GBR'")):
        with pytest.raises(rl.InvalidInput, match=f"not a State: give {state}"):
            rl.party_status("HKG", "iccpr-1966", on=on)
        with pytest.raises(rl.InvalidInput, match="not a State"):
            rl.is_party("HKG", "iccpr-1966", on=on)


def test_a_person_in_a_territory_the_data_does_not_record_is_not_shown_outside_the_state() -> None:
    """A person in Curaçao, part of the Kingdom of the Netherlands, is within its jurisdiction
    (the Netherlands' own ICCPR declaration names Aruba, Curaçao and Sint Maarten); the data
    records it from the Charter for the Kingdom (15 December 1954), so in 2012 the person is within
    the Netherlands' reach (was UNDETERMINED while it was recorded only from 9 December 2013;
    before that, "not in or at the frontier of the Netherlands" and PERMITTED). A place that is
    neither a State (a UN Member) nor a recorded territory (the Cook Islands, for New Zealand)
    leaves the reach open, as a gap in the data; a person in another State is still outside its
    territory, and within its reach only if its officials hold them, which the claim does not
    record (review s39 rt39 F1: was PERMITTED)."""
    torture = rl.Harm(
        "torture by the intelligence service",
        "VEN",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.8,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
        torture=True,
    )
    in_curacao = rl.Claim(rl.Person("X", {"VEN"}, location="CUW"), fears=[torture])
    result = rl.assess_return(in_curacao, by="NLD", to="VEN", on="2012-01-01")
    reach = result.finding.find("within the reach of Netherlands")
    assert reach is not None
    assert reach.verdict is rl.Verdict.MET
    assert reach.reason == "the person is in Curaçao, part of Netherlands"
    assert "states['NLD'].territories" not in result.missing_facts()
    in_cook_islands = attrs.evolve(
        in_curacao, person=attrs.evolve(in_curacao.person, location="COK")
    )
    gap = rl.assess_return(in_cook_islands, by="NZL", to="VEN", on="2012-01-01")
    assert gap.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "states['NZL'].territories" in gap.missing_facts()
    cat = gap.finding.find("CAT art. 3 bar")
    assert cat is not None
    assert cat.children[1].verdict is rl.Verdict.UNKNOWN
    assert "neither as a State" in cat.children[1].reason
    in_colombia = attrs.evolve(in_curacao, person=attrs.evolve(in_curacao.person, location="COL"))
    outside = rl.assess_return(in_colombia, by="NLD", to="VEN", on="2012-01-01")
    assert outside.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "under_control_of" in outside.missing_facts()
    assert "states['NLD'].territories" not in outside.missing_facts()


# -- France's overseas départements (VCLT art. 29, with no different intention recorded) --------


def _comorian(location: str) -> rl.Claim:
    torture = rl.Harm(
        "torture by the security services",
        "COM",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.6,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
        torture=True,
        official_involvement=True,
        irreparable=True,
        risk_to_life=False,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    return rl.Claim(
        rl.Person("Comorian", nationalities={"COM"}, location=location),
        fears=[torture],
        protection={"COM": "unavailable"},
    )


def test_mayotte_is_part_of_france_from_31_march_2011_moustahi_v_france() -> None:
    """*Moustahi v France* (ECtHR, 25 June 2020; Information Note 241: "Mayotte is a French
    overseas département"): France's removal of children from Mayotte to the Comoros in 2013 was a
    removal from its own territory. Mayotte is a département from 31 March 2011 (organic laws of
    2009 and 2010; secondary sources for the day), and France's treaties bind it there as in the
    rest of its territory (VCLT art. 29; its ECHR declaration of 1974: "the whole territory of the
    Republic"). Every bar was UNDETERMINED on "reach"; on 1 June 2014 the return is PROHIBITED
    under each, art. 33(1) included, with no high-seas (*Sale*) question. Before 2011 (a
    collectivity, set apart in France's treaty practice) the data does not say: a removal by
    France from Mayotte is refused, naming the record's first day (was UNDETERMINED, "reach")."""
    assert held("MYT", dt.date(2011, 3, 30)) is None
    assert held("MYT", dt.date(2011, 3, 31)) == ("FRA", "part")
    result = rl.assess_return(_comorian("MYT"), by="FRA", to="COM", on="2014-06-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert result.undecided == ()
    assert {str(o.citation) for o in result.breaches} >= {
        "Refugee Convention art. 33(1)",
        "CAT art. 3(1)",
        "ECHR art. 3",
    }
    reach = result.finding.find("within the reach of France")
    assert reach is not None
    assert reach.verdict is rl.Verdict.MET
    assert reach.reason == "the person is in Mayotte, part of France"
    controlled = attrs.evolve(_comorian("MYT"), under_control_of=frozenset({"FRA"}))
    again = rl.assess_return(controlled, by="FRA", to="COM", on="2014-06-01")
    assert "doctrine.article_33_extraterritorial" not in again.missing_facts()
    with pytest.raises(rl.InvalidInput, match="the data's record of it begins on 2011-03-31"):
        rl.assess_return(_comorian("MYT"), by="FRA", to="COM", on="2010-06-01")
    with pytest.raises(rl.InvalidInput, match="part of France"):
        rl.assess_return(_comorian("FRA"), by="FRA", to="MYT", on="2014-06-01")


@pytest.mark.parametrize("territory", ["GUF", "REU", "GLP", "MTQ"])
def test_the_overseas_departements_of_1946_are_part_of_france(territory: str) -> None:
    """Law no. 46-451 of 19 March 1946 made Guadeloupe, Martinique, Réunion and French Guiana
    départements; the Constitution (arts 72-3, 73) keeps them under art. 73, where the laws apply
    of right. A removal from one of them is a removal from France (*de Souza Ribeiro v France*,
    GC, 2012, French Guiana): the bars are France's own, not "unknown" for want of a record of
    each treaty's application there."""
    assert held(territory, dt.date(1946, 3, 19)) == ("FRA", "part")
    assert held(territory, dt.date(1946, 3, 18)) is None
    result = rl.assess_return(_comorian(territory), by="FRA", to="COM", on="2000-01-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert result.undecided == ()
    tree = rl.explain_obligations("FRA", on="2000-01-01")
    note = tree.find(f"in respect of {rl.countries.country_name(territory)}")
    assert note is not None
    assert "as in the rest of its territory" in note.reason
    assert VCLT29 in note.citations


def test_status_for_a_person_in_hong_kong_says_the_convention_does_not_apply_there() -> None:
    """VCLT art. 29: a treaty binds a party in respect of its entire territory unless a
    different intention is established; China's notifications did not extend the Refugee
    Convention or its Protocol to Hong Kong (C v Director of Immigration (2013) 16 HKCFAR 280,
    as data/territories.json records). A North Korean in Hong Kong, assessed with China as the
    state: the header and the Art 1B element said "China is bound by the 1951 Convention and the
    1967 Protocol", contradicting assess_return for the same claim; they now say neither applies
    in Hong Kong, and the definition is applied as for a state bound by neither (as the Protocol
    reads it, without creating a treaty duty): the outcome is unchanged. In Macao, where both
    apply, and in mainland China, the words are unchanged."""
    on = "2015-01-01"
    d = rl.assess_status(_north_korean("HKG"), state="CHN", on=on)
    assert d.outcome is rl.Status.REFUGEE
    said = "but neither applies in Hong Kong, part of China, where the person is (VCLT art. 29"
    assert said in d.explain().splitlines()[1]
    assert said in d.regime
    limits = d.finding.find("dateline and geographic limitation")
    assert limits is not None
    assert limits.verdict is rl.Verdict.MET
    assert "without creating a treaty duty for China there" in limits.reason
    assert rl.status_outcomes([_north_korean("HKG")], on=on, state="CHN") == [rl.Status.REFUGEE]
    for place in ("MAC", "CHN", "JPN"):
        elsewhere = rl.assess_status(_north_korean(place), state="CHN", on=on)
        assert (
            elsewhere.regime
            == f"China is bound by the 1951 Convention and the 1967 Protocol on {on}"
        )


def test_status_in_british_hong_kong_cites_the_territorial_application_clauses() -> None:
    """Refugee Convention art. 40 and 1967 Protocol art. VII(4): a dependent territory is reached
    only as the state responsible for its international relations extends the instruments to it
    (the United Kingdom did not extend them to Hong Kong). For a North Korean in Hong Kong in 1995,
    assessed with the United Kingdom as the state, the header cites those clauses, not VCLT art. 29
    (which speaks of a party's own territory, as Hong Kong is China's after 1997: own-diff
    review F6); the outcome is unchanged."""
    d = rl.assess_status(_north_korean("HKG"), state="GBR", on="1995-01-01")
    assert d.outcome is rl.Status.REFUGEE
    header = d.explain().splitlines()[1]
    assert "Refugee Convention art. 40 and 1967 Protocol art. VII(4)" in header
    assert "VCLT art. 29" not in header


def test_portugal_extended_the_iccpr_to_macao_by_resolution_41_92_vclt_29() -> None:
    """ICCPR art. 7; VCLT art. 29. Resolution No. 41/92 of the Assembleia da República (Macao's
    Official Gazette, 1992) extended the ICCPR to Macao: the data's record (known to apply by the
    end of 1992, the day not given) decides over the reading that the Covenant reaches Macao by
    jurisdiction (ICCPR art. 2(1)). A North Korean facing torture, removed by Portugal from Macao
    in 1985, custom off: before, PROHIBITED on ICCPR art. 7 "on the reading", the finding saying
    "the data records nothing of its application there"; now UNDETERMINED, asking the record, no
    reading named (own-diff review F2); in 1993 ICCPR art. 7 binds on the record. For CAT, of
    which only China's record for Macao is held, the finding says so and applies the reading."""
    claim = _north_korean("MAC", torture=True)
    no_custom = rl.Doctrine(non_refoulement_customary=False)
    early = rl.assess_return(claim, by="PRT", to="PRK", on="1985-06-01", doctrine=no_custom)
    iccpr = _bound(_bar(early, ICCPR7))
    assert iccpr.verdict is rl.Verdict.UNKNOWN
    assert "states['PRT'].iccpr-1966.MAC" in early.missing_facts()
    assert early.outcome is rl.ReturnOutcome.UNDETERMINED
    assert JURISDICTION_READING not in early.assumptions()
    later = rl.assess_return(claim, by="PRT", to="PRK", on="1993-06-01", doctrine=no_custom)
    iccpr = _bound(_bar(later, ICCPR7))
    assert iccpr.verdict is rl.Verdict.MET
    assert "Resolution of the Assembleia da República No. 41/92" in iccpr.reason
    assert "the data's record of its application there is followed" in iccpr.reason
    cat = _bound(_bar(later, CAT3))
    assert cat.verdict is rl.Verdict.MET
    assert (
        "the data records nothing of its application there by Portugal (it records only China's, "
        "shown by 2006-06-15"
    ) in cat.reason
