"""A nationality that is not known (``Person.nationalities=None``): never a confident answer.

Near the China–DPRK border, whether a person is a North Korean or a Chinese national of Korean
ethnicity is often the disputed question. Art 1A(2) turns on it three times (outside the country
of nationality; the fear in that country; its protection), Art 1E once; the bars on return do not,
except where the person is at a frontier and may still be in their own country. Unknown, each of
those elements is unknown and names ``person.nationalities``; empty still means stateless.
"""

from __future__ import annotations

import datetime as dt
import json

import attrs
import jsonschema

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.law.achr import alien
from refugeelaw.questions import answered

ON = "2004-06-30"
NATIONALITY = "person.nationalities"


def _unknown(**changes: object) -> rl.Claim:
    claim = testing.north_korean_escapee()
    person = attrs.evolve(claim.person, nationalities=None)
    return attrs.evolve(claim, person=person, **changes)  # type: ignore[arg-type]


def _reach_of_art_33(claim: rl.Claim, doctrine: rl.Doctrine | None = None) -> rl.Finding:
    """Whom art. 33(1) reaches, as China's return of ``claim`` to North Korea finds it."""
    returned = rl.assess_return(claim, by="CHN", to="PRK", on=ON, doctrine=doctrine)
    bar = returned.finding.find("Refugee Convention art. 33(1) bar")
    assert bar is not None
    reach = bar.find("within the reach of China")
    assert reach is not None
    return reach


def test_art_1a2_leaves_open_what_turns_on_an_unknown_nationality() -> None:
    """Art 1A(2): "outside the country of his nationality", "unable or, owing to such fear,
    unwilling to avail himself of the protection of that country", the fear of persecution there
    (Handbook paras 88-93, 97-100): each unknown, and the determination UNDETERMINED, not a
    stateless person's."""
    result = rl.assess_status(_unknown(), on=ON, state="CHN")
    assert result.outcome is rl.Status.UNDETERMINED
    assert NATIONALITY in result.missing_facts()
    assert "person.habitual_residence" not in result.missing_facts()
    for element in (
        "outside the country of nationality",
        "feared in a country of nationality",
        "lacks the protection of every country of nationality",
    ):
        found = result.finding.find(element)
        assert found is not None, element
        assert found.verdict is rl.Verdict.UNKNOWN, element
        assert NATIONALITY in found.missing, element


def test_the_nationality_question_says_where_each_answer_leads() -> None:
    """Art 1A(2): a North Korean in China who fears punishment for leaving is a refugee; a Chinese
    national in China is still in their own country and is not (Handbook para. 88); a stateless
    person's claim turns on the former habitual residence (Art 1A(2), second limb). The question
    says a North Korean may also be a national of the Republic of Korea, and offers that answer:
    it leaves open whether South Korea would protect them (Art 1A(2), second paragraph; UNHCR
    Handbook paras 106-107; GP (South Korean citizenship) North Korea CG [2014] UKUT 391)."""
    result = rl.assess_status(_unknown(), on=ON, state="CHN")
    question = next(q for q in result.questions() if q.path == NATIONALITY)
    assert question.kind is rl.QuestionKind.FACT
    assert question.decisive
    assert question.text.endswith("?")
    outcomes = {a.label: a.outcome for a in question.answers}
    assert outcomes == {
        "a national of North Korea": rl.Status.REFUGEE,
        "a national of China": rl.Status.NOT_REFUGEE,
        "a national of North Korea and of South Korea": rl.Status.UNDETERMINED,
        "stateless": rl.Status.UNDETERMINED,
    }
    assert "a North Korean may also be a national of the Republic of Korea" in question.text
    [both] = [a for a in question.answers if a.value == ("KOR", "PRK")]
    claim = answered(result.claim, NATIONALITY, both.value)
    again = rl.assess_status(claim, on=ON, state="CHN")
    assert again.missing_facts() == ("protection['KOR']",)
    [asked] = [q for q in again.questions() if q.path == "protection['KOR']"]
    assert rl.Citation("unhcr-handbook", "106-107") in asked.citations
    assert "(Art 1A(2), second paragraph)" in asked.text
    assert result.questions()[0].path == NATIONALITY  # an answer settles the outcome


def test_return_to_torture_is_barred_whatever_the_nationality() -> None:
    """CAT art. 3(1) bars return to a risk of torture whoever the person is, and art. 33(1)
    protects an asylum seeker not yet determined (status is declaratory, Handbook para. 28): an
    unknown nationality leaves China's return of the escapee to the DPRK prohibited."""
    returned = rl.assess_return(_unknown(), by="CHN", to="PRK", on=ON)
    assert returned.outcome is rl.ReturnOutcome.PROHIBITED
    cited = {str(b.citation) for b in returned.breaches}
    assert "CAT art. 3(1)" in cited
    assert "Refugee Convention art. 33(1)" in cited


def test_at_the_frontier_an_unknown_nationality_leaves_the_reach_of_art_33_open() -> None:
    """Art. 33(1): turning back at the frontier a person still in their own country is not
    "return" (they have not left it); one who has left it and is rejected there is returned "in
    any manner whatsoever" (ExCom Conclusion No. 6). Unknown, the reach is unknown."""
    claim = _unknown(at_frontier=True)
    claim = attrs.evolve(claim, person=attrs.evolve(claim.person, location="PRK"))
    reach = _reach_of_art_33(claim)
    assert reach.verdict is rl.Verdict.UNKNOWN
    assert NATIONALITY in reach.missing


def test_art_1e_cannot_tell_a_country_of_residence_from_the_persons_own() -> None:
    """Art 1E excludes a person whom the country "in which he has taken residence" treats as a
    national (Handbook paras 144-146); a country of nationality is not such a country (Art 1A(2)
    asks about it). With the nationality unknown, Art 1E is unknown."""
    result = rl.assess_status(_unknown(rights_of_national_in="KOR"), on=ON)
    art_1e = result.finding.find("Art 1E: rights of a national in the country of residence")
    assert art_1e is not None
    assert art_1e.verdict is rl.Verdict.UNKNOWN
    assert NATIONALITY in art_1e.missing


def test_achr_22_8_protects_an_alien_and_an_unknown_nationality_is_not_one_yet() -> None:
    """ACHR art. 22(8) protects "an alien": a national of the returning state is not one."""
    found = alien(_unknown(), "MEX", dt.date.fromisoformat(ON))
    assert found.verdict is rl.Verdict.UNKNOWN
    assert found.missing == (NATIONALITY,)
    known = alien(testing.north_korean_escapee(), "MEX", dt.date.fromisoformat(ON))
    assert known.verdict is rl.Verdict.MET


def test_empty_still_means_stateless_and_null_reads_back_as_not_known() -> None:
    """JSON: ``"nationalities": null`` is not known, ``[]`` stateless; both read back and both
    validate against the schema."""
    unknown = _unknown()
    text = rl.to_json(unknown)
    assert json.loads(text)["person"]["nationalities"] is None
    assert rl.from_json(rl.Claim, text) == unknown
    jsonschema.validate(json.loads(text), rl.json_schema(rl.Claim))
    assert not unknown.person.stateless
    assert not unknown.person.nationality_known
    stateless = rl.Person("S", [], habitual_residence="MMR")
    assert stateless.stateless
    assert stateless.nationality_known
    assert rl.Person("N").stateless  # the default is unchanged: no nationality given is stateless


def test_under_control_abroad_an_unknown_nationality_matters_only_where_art_33_reaches() -> None:
    """Art. 33(1) beyond the state's territory: on the territorial reading (*Sale v Haitian
    Centers Council*, 1993) it does not reach a person the state controls abroad, whether or not
    they are in their own country; on UNHCR's reading (Advisory Opinion, 2007) it reaches one who
    has left their own country but not one still in it, so an unknown nationality leaves it open."""
    claim = _unknown(under_control_of=frozenset({"CHN"}))
    claim = attrs.evolve(claim, person=attrs.evolve(claim.person, location="PRK"))

    def reach(extraterritorial: bool) -> rl.Finding:
        return _reach_of_art_33(claim, rl.Doctrine(article_33_extraterritorial=extraterritorial))

    territorial = reach(False)
    assert territorial.verdict is rl.Verdict.NOT_MET
    assert NATIONALITY not in territorial.missing
    wide = reach(True)
    assert wide.verdict is rl.Verdict.UNKNOWN
    assert NATIONALITY in wide.missing


# -- a stateless person whose country of former habitual residence is not known -----------------


def _stateless(**changes: object) -> rl.Claim:
    claim = testing.north_korean_escapee()
    person = attrs.evolve(claim.person, nationalities=frozenset(), habitual_residence=None)
    return attrs.evolve(claim, person=person, **changes)  # type: ignore[arg-type]


def test_article_1e_waits_on_a_stateless_persons_former_habitual_residence() -> None:
    """Art 1E, "the country in which he has taken residence": for a stateless person, a country of
    former habitual residence is not one (Art 1A(2) weighs it). Where that country is not known,
    whether the country granting a national's rights is it is not known either, so Art 1E is
    open and names ``person.habitual_residence`` (it excluded; with Syria as the former residence
    the same claim is a refugee's)."""
    claim = rl.Claim(rl.Person("X", nationalities=set(), location="DEU"), fears=[],
                     recognised=True, rights_of_national_in="SYR")  # fmt: skip
    result = rl.assess_status(claim, on="2010-01-01")
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("person.habitual_residence",)
    known = attrs.evolve(claim, person=attrs.evolve(claim.person, habitual_residence="SYR"))
    assert rl.assess_status(known, on="2010-01-01").outcome is rl.Status.REFUGEE
    (question,) = result.questions()
    assert {a.label: a.outcome for a in question.answers}["Syria"] is rl.Status.REFUGEE


def test_at_the_frontier_a_stateless_persons_own_country_must_be_known() -> None:
    """Refugee Convention art. 33(1) and CAT art. 3: turning back at the frontier someone still in
    their own country (for a stateless person, of former habitual residence) is not return. Where
    that country is not known, neither is whether this is return: the reach is unknown and names
    ``person.habitual_residence``, as it names the nationality where that is unknown."""
    claim = _stateless(at_frontier=True)
    claim = attrs.evolve(claim, person=attrs.evolve(claim.person, location="PRK"))
    result = rl.assess_return(claim, by="CHN", to="PRK", on=ON)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "person.habitual_residence" in result.missing_facts()
    home = attrs.evolve(claim, person=attrs.evolve(claim.person, habitual_residence="PRK"))
    assert rl.assess_return(home, by="CHN", to="PRK", on=ON).outcome is not (
        rl.ReturnOutcome.PROHIBITED
    )


def test_under_a_states_control_abroad_a_stateless_persons_own_country_must_be_known() -> None:
    """Art. 33(1) read as reaching wherever the state has jurisdiction (UNHCR Advisory Opinion,
    2007): it still does not reach a person in their own country, who has not left it (*ERRC v
    Immigration Officer at Prague Airport*). For a stateless person whose former home is not
    known, whether that is so is not known: the reach is unknown and names
    ``person.habitual_residence``."""
    claim = _stateless(under_control_of={"CHN"})
    claim = attrs.evolve(claim, person=attrs.evolve(claim.person, location="PRK"))
    reach = _reach_of_art_33(claim, rl.Doctrine(article_33_extraterritorial=True))
    assert reach.verdict is rl.Verdict.UNKNOWN
    assert "person.habitual_residence" in reach.missing


def _ceased_refugee(nationalities: frozenset[str] | None, *clauses: str) -> rl.Claim:
    """A recognised refugee from Iraq in Germany who fears nothing now, with cessation found."""
    return rl.Claim(
        rl.Person("R", nationalities=nationalities, habitual_residence="IRQ", location="DEU"),
        fears=[],
        recognised=True,
        cessation=set(clauses),
        compelling_reasons=False,
    )


def test_art_1c5_and_1c6_wait_for_an_unknown_nationality() -> None:
    """Art 1C(5) speaks of "the country of his nationality", Art 1C(6) of a person "who has no
    nationality" and the country of former habitual residence: each finding ends the status of
    one kind of refugee and not of the other. With the nationality unknown, cessation is not
    known and asks it; a clause that reaches either kind (1C(4)), or a pair of findings that
    ends the status either way (1C(5) and 1C(6)), still decides. Art 1C(2) and 1C(3), which
    speak of a nationality re-acquired or newly acquired, cannot reach a person stated to hold
    none (status review s35 F2: 1C(3) was read as reaching either kind, and a stateless
    person's 1C(2) or 1C(3) gave CEASED): with the nationality unknown they ask it, as 1C(1)
    does.

    Review s33 F4: a changed-circumstances finding under the paragraph that cannot reach the
    person (1C(5) for a stateless refugee, 1C(6) for a national) is no longer set aside as if
    never made (REFUGEE): the finding that the circumstances have ceased puts the person's own
    paragraph in issue, which is asked (UNDETERMINED, ``cessation_pending`` of it). 1C(1), which
    has no counterpart for a stateless person, is set aside as before."""
    on = "2010-06-30"
    for clause, national, stateless, counterpart in (
        ("1C(5)", rl.Status.CEASED, rl.Status.UNDETERMINED, "1C(6)"),
        ("1C(6)", rl.Status.UNDETERMINED, rl.Status.CEASED, "1C(5)"),
        ("1C(1)", rl.Status.CEASED, rl.Status.REFUGEE, None),
        ("1C(2)", rl.Status.CEASED, rl.Status.REFUGEE, None),
        ("1C(3)", rl.Status.CEASED, rl.Status.REFUGEE, None),
    ):
        asked = () if counterpart is None else (f"cessation_pending[{counterpart!r}]",)
        as_national = rl.assess_status(_ceased_refugee(frozenset({"IRQ"}), clause), on=on)
        assert as_national.outcome is national, clause
        as_stateless = rl.assess_status(_ceased_refugee(frozenset(), clause), on=on)
        assert as_stateless.outcome is stateless, clause
        for result in (as_national, as_stateless):
            if result.outcome is rl.Status.UNDETERMINED:
                assert result.missing_facts() == asked, clause
        unknown = rl.assess_status(_ceased_refugee(None, clause), on=on, state="DEU")
        assert unknown.outcome is rl.Status.UNDETERMINED, clause
        assert unknown.missing_facts() == (NATIONALITY, *asked), clause
        question = next(q for q in unknown.questions() if q.path == NATIONALITY)
        assert {a.outcome for a in question.answers} == (
            {rl.Status.CEASED, rl.Status.REFUGEE}
            if counterpart is None
            else {rl.Status.CEASED, rl.Status.UNDETERMINED}
        )
    for clauses in (("1C(5)", "1C(6)"), ("1C(4)",)):
        either = rl.assess_status(_ceased_refugee(None, *clauses), on=on)
        assert either.outcome is rl.Status.CEASED, clauses
        assert either.missing_facts() == (), clauses
