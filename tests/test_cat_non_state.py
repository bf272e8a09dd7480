"""CAT art. 3 and torture by non-State actors the receiving State cannot control: the contested
position ``Doctrine.cat_non_state_actors``, live from the Committee against Torture's General
Comment No. 4 (CAT/C/GC/4, adopted 6 December 2017), named only where it decides; customary
non-refoulement's torture limb follows it. The scenario is the adversarial review's (return F4):
China, bound by CAT but not the ICCPR, returning to Afghanistan in 2019 a man whom an armed group
controlling his home district would torture, excluded from art. 33 as a danger to security."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refugeelaw as rl
from refugeelaw.law.iccpr import RELOCATION_READING

POSITION = "doctrine.cat_non_state_actors"
BROAD = rl.Doctrine(cat_non_state_actors=True)
NARROW = rl.Doctrine(cat_non_state_actors=False)
DOCTRINES = (rl.Doctrine(), BROAD, NARROW)
CAT_3 = "CAT art. 3(1)"
CUSTOM = "customary international law, non-refoulement"
#: General Comment No. 4 as a whole: the paragraph stating the non-State actor reading was not seen
#: (its number, recalled as 30, neither), so findings cite no pinpoint (own-data review F3).
GC_4 = "CAT General Comment No. 4 (2017)"
CUSTOM_EVERY_DATE = (
    "customary non-refoulement's torture limb, weighed as CAT art. 3 weighs it, takes"
)


def armed_group_torture(**harm: Any) -> rl.Harm:
    """Torture by an armed group controlling the home district, no official involved."""
    facts: dict[str, Any] = {
        "severity": "threat_to_life_or_freedom",
        "likelihood": 0.6,
        "actor": "non_state",
        "reasons": {"religion"},
        "torture": True,
        "official_involvement": False,
        "irreparable": True,
        "risk_to_life": False,
        "death_penalty": False,
        "flagrant_denial_of_justice": False,
        "internal_relocation": False,
    }
    facts.update(harm)
    return rl.Harm(
        "torture by an armed group controlling the home district, which the state cannot prevent",
        "AFG",
        **facts,
    )


def afghan_excluded_from_art_33(
    location: str = "CHN", protection: str | None = "unavailable", **harm: Any
) -> rl.Claim:
    """The review's F4 claim: a danger to security (art. 33(2)), so only the absolute bars
    protect him; Afghanistan cannot protect against the group."""
    return rl.Claim(
        rl.Person("x", nationalities={"AFG"}, location=location),
        fears=[armed_group_torture(**harm)],
        protection={} if protection is None else {"AFG": protection},
        danger_to_security=True,
    )


def _return(
    claim: rl.Claim, doctrine: rl.Doctrine, on: str = "2019-06-01", by: str = "CHN"
) -> rl.ReturnAssessment:
    return rl.assess_return(claim, by=by, to="AFG", on=on, doctrine=doctrine)


def _cited(result: rl.ReturnAssessment) -> list[str]:
    return [str(c) for _, f in result.finding.walk() for c in f.citations]


def _cat_torture(result: rl.ReturnAssessment) -> rl.Finding:
    """The CAT art. 3 bar's finding on the feared harm."""
    bar = result.finding.find("CAT art. 3 bar")
    assert bar is not None
    found = bar.find("fears[0]")
    assert found is not None
    return found


def _breaches(result: rl.ReturnAssessment) -> list[str]:
    return [str(b.citation) for b in result.breaches]


def test_cat_3_non_state_torture_after_general_comment_4_is_contested_by_default() -> None:
    """CAT art. 3 / General Comment No. 4: by default (``None``) whether art. 3 reaches the armed
    group's torture is contested, so China's return is UNDETERMINED (it was PERMITTED), turning on
    the position alone; CAT art. 3 and custom's torture limb are undecided, the position is named
    and asked, and General Comment No. 4 is cited."""
    result = _return(afghan_excluded_from_art_33(), rl.Doctrine())
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert [str(u.citation) for u in result.undecided] == [CAT_3, CUSTOM]
    assert result.missing_facts() == (POSITION,)
    assert POSITION in [q.path for q in result.questions()]
    assert rl.Doctrine().position("cat_non_state_actors") in result.assumptions()
    assert GC_4 in _cited(result)
    torture = _cat_torture(result)
    assert "contested" in torture.reason
    assert "General Comment No. 4" in torture.reason


def test_cat_3_general_comment_4_reading_bars_the_return_to_the_armed_group() -> None:
    """CAT art. 3 as General Comment No. 4 reads it (``True``): torture by non-State actors
    Afghanistan cannot protect against, with no internal flight alternative, bars the return
    (PROHIBITED on CAT art. 3(1) and custom's torture limb, which follows CAT), the position named
    and General Comment No. 4 cited."""
    result = _return(afghan_excluded_from_art_33(), BROAD)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _breaches(result) == [CAT_3, CUSTOM]
    assert result.missing_facts() == ()
    assert BROAD.position("cat_non_state_actors") in result.assumptions()
    assert GC_4 in _cited(result)


def test_cat_3_narrow_reading_permits_the_return_and_says_so() -> None:
    """CAT art. 3 read as art. 1 defines torture (``False``, the Committee's earlier case law):
    the return is PERMITTED, but the position is named and the finding says it rests on it."""
    result = _return(afghan_excluded_from_art_33(), NARROW)
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert NARROW.position("cat_non_state_actors") in result.assumptions()
    torture = _cat_torture(result)
    assert torture.verdict is rl.Verdict.NOT_MET
    assert torture.reason.startswith("on the doctrine's reading")
    assert GC_4 not in _cited(result)


def test_cat_3_state_torture_is_unchanged_by_the_non_state_position() -> None:
    """CAT art. 3(1): torture by the State itself is torture within art. 1 whatever the position:
    PROHIBITED, the same explanation under each, the position neither named nor GC 4 cited."""
    claim = afghan_excluded_from_art_33(actor="state", official_involvement=None)
    results = [_return(claim, d) for d in DOCTRINES]
    assert {r.outcome for r in results} == {rl.ReturnOutcome.PROHIBITED}
    assert _breaches(results[0]) == [CAT_3, CUSTOM]
    assert len({r.explain() for r in results}) == 1
    for doctrine, result in zip(DOCTRINES, results, strict=True):
        assert doctrine.position("cat_non_state_actors") not in result.assumptions()
        assert GC_4 not in _cited(result)


@pytest.mark.parametrize(
    ("label", "claim", "on", "outcome"),
    [
        # Afghanistan can and does protect: neither reading finds a risk under CAT art. 3.
        (
            "protected",
            afghan_excluded_from_art_33(protection="available"),
            "2019-06-01",
            "PERMITTED",
        ),
        # A faction acting in an official capacity (Elmi v Australia): torture within art. 1.
        (
            "official",
            afghan_excluded_from_art_33(official_involvement=True),
            "2019-06-01",
            "PROHIBITED",
        ),
        # Not torture at all (an irreparable harm still, but China is not bound by the ICCPR).
        ("not torture", afghan_excluded_from_art_33(torture=False), "2019-06-01", "PERMITTED"),
    ],
)
def test_cat_3_non_state_position_is_named_only_where_it_decides(
    label: str, claim: rl.Claim, on: str, outcome: str
) -> None:
    """CAT art. 3 / General Comment No. 4: where the position cannot decide (the State protects,
    an official is involved, the harm is not torture), every position gives the same outcome and
    none is named."""
    results = [_return(claim, d, on=on) for d in DOCTRINES]
    assert {r.outcome.name for r in results} == {outcome}, label
    for doctrine, result in zip(DOCTRINES, results, strict=True):
        assert doctrine.position("cat_non_state_actors") not in result.assumptions(), label
        assert POSITION not in result.missing_facts(), label


TREATY_ONLY = {
    d.cat_non_state_actors: attrs.evolve(d, non_refoulement_customary=False) for d in DOCTRINES
}


def test_cat_3_alone_before_general_comment_4_does_not_weigh_the_position() -> None:
    """CAT art. 3(1) the day before General Comment No. 4 (6 December 2017), custom set aside:
    art. 3 is read as the Committee then read it, so China's return of the man the armed group
    would torture is PERMITTED under every position and none is named or asked; from that day the
    position decides CAT art. 3 itself."""
    claim = afghan_excluded_from_art_33()
    for position, doctrine in TREATY_ONLY.items():
        before = _return(claim, doctrine, on="2017-12-05")
        assert before.outcome is rl.ReturnOutcome.PERMITTED, position
        assert doctrine.position("cat_non_state_actors") not in before.assumptions()
        assert POSITION not in before.missing_facts()
    on_the_day = {p: _return(claim, d, on="2017-12-06").outcome for p, d in TREATY_ONLY.items()}
    assert on_the_day == {
        None: rl.ReturnOutcome.UNDETERMINED,
        True: rl.ReturnOutcome.PROHIBITED,
        False: rl.ReturnOutcome.PERMITTED,
    }


@pytest.mark.parametrize("on", ["2010-06-01", "2017-12-05", "2017-12-06", "2019-06-01"])
def test_customary_torture_limb_takes_the_position_on_every_date_not_from_general_comment_4(
    on: str,
) -> None:
    """Customary non-refoulement (ICJ Statute art. 38(1)(b): "a general practice accepted as
    law"): a treaty body's comment does not date a change in custom (return review F6). Malaysia,
    bound by neither CAT nor the ICCPR, returning the man an armed group would torture: the
    torture limb follows ``cat_non_state_actors`` on every date, before 6 December 2017 as after
    it (on 5 December 2017 it was PERMITTED under every position, PROHIBITED on the 6th with
    ``True``). The position is named, and asked where open, in each."""
    claim = afghan_excluded_from_art_33(location="MYS")
    outcomes = {}
    for doctrine in DOCTRINES:
        result = _return(claim, doctrine, on=on, by="MYS")
        outcomes[doctrine.cat_non_state_actors] = result.outcome
        assert doctrine.position("cat_non_state_actors") in result.assumptions()
        words = doctrine.position("cat_non_state_actors")
        assert "customary non-refoulement's torture limb follows this position" in words or (
            "for customary non-refoulement's torture limb, which follows this position, on every "
            "date" in words
        )
    assert outcomes == {
        None: rl.ReturnOutcome.UNDETERMINED,
        True: rl.ReturnOutcome.PROHIBITED,
        False: rl.ReturnOutcome.PERMITTED,
    }
    assert _breaches(_return(claim, BROAD, on=on, by="MYS")) == [CUSTOM]
    open_ = _return(claim, rl.Doctrine(), on=on, by="MYS")
    assert open_.missing_facts() == (POSITION,)
    assert [str(u.citation) for u in open_.undecided] == [CUSTOM]


def test_before_general_comment_4_cat_3_and_customs_torture_limb_part() -> None:
    """CAT art. 3(1) keeps its own date (the Committee's reading at the time); custom does not.
    China, bound by CAT, returning the man in 2010 on General Comment No. 4's reading: CAT art. 3
    is not reached (read as the Committee then read it), custom's torture limb is, so the return
    is PROHIBITED under custom alone; the torture finding under custom says it takes the position
    on every date, CAT's says how art. 3 was read."""
    result = _return(afghan_excluded_from_art_33(), BROAD, on="2010-06-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _breaches(result) == [CUSTOM]
    assert "before its General Comment No. 4" in _cat_torture(result).reason
    open_ = _return(afghan_excluded_from_art_33(), rl.Doctrine(), on="2010-06-01")
    reasons = [f.reason for _, f in open_.finding.walk() if f.element == "fears[0]"]
    assert any(CUSTOM_EVERY_DATE in r for r in reasons)  # under custom
    assert any("before its General Comment No. 4" in r for r in reasons)  # under CAT art. 3
    assert open_.missing_facts() == (POSITION,)


def test_cat_3_before_general_comment_4_says_how_art_3_was_read() -> None:
    """CAT art. 3 in a return the day before General Comment No. 4 (6 December 2017): the armed
    group's torture is not reached, and the finding says art. 3 is read as the Committee read it
    before; from that day the position decides (UNDETERMINED by default)."""
    before = _return(afghan_excluded_from_art_33(), rl.Doctrine(), on="2017-12-05")
    reason = _cat_torture(before).reason
    assert "before its General Comment No. 4 (6 December 2017)" in reason
    on_the_day = _return(afghan_excluded_from_art_33(), rl.Doctrine(), on="2017-12-06")
    assert on_the_day.outcome is rl.ReturnOutcome.UNDETERMINED
    assert on_the_day.missing_facts() == (POSITION,)


def test_cat_3_general_comment_4_reading_waits_on_the_states_protection() -> None:
    """CAT art. 3 on General Comment No. 4's reading weighs private torture as ICCPR art. 7 does:
    whether Afghanistan can protect decides, and is asked; answered, each answer decides."""
    open_ = _return(afghan_excluded_from_art_33(protection=None), BROAD)
    assert open_.outcome is rl.ReturnOutcome.UNDETERMINED
    assert open_.missing_facts() == ("protection['AFG']",)
    for answer, outcome in (("unavailable", "PROHIBITED"), ("available", "PERMITTED")):
        answered = _return(afghan_excluded_from_art_33(protection=answer), BROAD)
        assert answered.outcome.name == outcome


def test_cat_3_weighs_no_internal_flight_alternative_on_either_reading() -> None:
    """CAT art. 3: the library weighs no internal flight alternative under it
    (``Claim.internal_relocation``), and General Comment No. 4's reading of art. 3 (non-State
    actors the State does not protect against) adds none (own-diff review F5): a reasonable
    alternative found in Afghanistan leaves the position deciding, as without it."""
    claim = afghan_excluded_from_art_33(internal_relocation=True)
    outcomes = {d.cat_non_state_actors: _return(claim, d).outcome for d in DOCTRINES}
    assert outcomes == {
        None: rl.ReturnOutcome.UNDETERMINED,
        True: rl.ReturnOutcome.PROHIBITED,
        False: rl.ReturnOutcome.PERMITTED,
    }


def test_cat_3_says_why_art_3_does_not_reach_a_harm_the_state_protects_against() -> None:
    """CAT art. 3 after General Comment No. 4: where Afghanistan can and does protect against the
    armed group, neither reading reaches the harm, and the finding says both why art. 1's
    definition does not and why the General Comment's reading does not (own-diff review F4)."""
    result = _return(afghan_excluded_from_art_33(protection="available"), BROAD)
    reason = _cat_torture(result).reason
    assert "nor on General Comment No. 4's reading" in reason
    assert "can and does protect" in reason


def test_cat_3_unknown_torturer_needs_no_answer_where_both_would_bar() -> None:
    """CAT art. 3 on General Comment No. 4's reading: who would torture is not known, but a State
    actor's torture and an unprotected non-State actor's are both barred: PROHIBITED, and the
    actor is not asked."""
    result = _return(afghan_excluded_from_art_33(actor=None), BROAD)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert "fears[0].actor" not in result.missing_facts()
    for actor in ("state", "non_state"):
        answered = _return(afghan_excluded_from_art_33(actor=actor), BROAD)
        assert answered.outcome is rl.ReturnOutcome.PROHIBITED


def test_customary_torture_limb_follows_cat_3_on_non_state_actors() -> None:
    """Customary non-refoulement's torture limb, weighed as CAT art. 3 weighs it, follows the
    position for a State bound by neither CAT nor the ICCPR (Malaysia, 2019): contested by
    default, barring the return on General Comment No. 4's reading, not on the narrow one."""
    claim = afghan_excluded_from_art_33(location="MYS")
    outcomes = {}
    for doctrine in DOCTRINES:
        result = _return(claim, doctrine, by="MYS")
        outcomes[doctrine.cat_non_state_actors] = result.outcome
        assert doctrine.position("cat_non_state_actors") in result.assumptions()
        assert CAT_3 not in _breaches(result)
    assert outcomes == {
        None: rl.ReturnOutcome.UNDETERMINED,
        True: rl.ReturnOutcome.PROHIBITED,
        False: rl.ReturnOutcome.PERMITTED,
    }
    assert _breaches(_return(claim, BROAD, by="MYS")) == [CUSTOM]


def test_general_comment_records_hold_only_what_was_seen() -> None:
    """CAT General Comment No. 4 (CAT/C/GC/4, adopted 6 December 2017) and HRC General Comment
    No. 36 (CCPR/C/GC/36, adopted 30 October 2018) are held: the paragraphs seen verbatim are
    verified, the non-State actor paragraph of GC 4 and the removal paragraphs of GC 36 are
    paraphrases marked unverified."""
    from refugeelaw.sources import adopted

    assert str(adopted("cat-general-comment-4")) == "2017-12-06"
    assert str(adopted("hrc-general-comment-36")) == "2018-10-30"
    assert rl.provision("cat-general-comment-4", "9").verbatim
    assert rl.provision("cat-general-comment-4", "9").status == "verified"
    non_state = rl.provision("cat-general-comment-4", "30")
    assert (non_state.verbatim, non_state.status) == (False, "unverified")
    assert "Not cited in the library's findings" in non_state.notes[0]
    for pinpoint in ("30", "34"):
        removal = rl.provision("hrc-general-comment-36", pinpoint)
        assert (removal.verbatim, removal.status) == (False, "unverified")
    assert rl.provision("hrc-general-comment-36", "1").status == "verified"


_OPT = st.sampled_from([None, True, False])


@settings(max_examples=150, deadline=None)
@given(
    actor=st.sampled_from([None, "state", "non_state"]),
    official=_OPT,
    torture=_OPT,
    likelihood=st.sampled_from([None, 0.05, 0.6]),
    relocation=_OPT,
    protection=st.sampled_from([None, "available", "unavailable"]),
    on=st.sampled_from(["2017-12-05", "2019-06-01"]),
)
def test_cat_3_non_state_position_decides_only_where_it_is_named(
    actor: str | None,
    official: bool | None,
    torture: bool | None,
    likelihood: float | None,
    relocation: bool | None,
    protection: str | None,
    on: str,
) -> None:
    """CAT art. 3 / General Comment No. 4, for generated facts: where the two readings part, the
    position is named under each (and, contested, left open); where it is not named, every
    position gives the same finding on the risk of torture; a risk decided while the position is
    contested is decided the same on either reading."""
    from refugeelaw.law.cat_3 import torture_risk
    from refugeelaw.logic import missing_facts

    harm = armed_group_torture(
        actor=actor,
        official_involvement=official,
        torture=torture,
        likelihood=likelihood,
        internal_relocation=relocation,
    )
    claim = rl.Claim(
        rl.Person("x", nationalities={"AFG"}, location="CHN"),
        fears=[harm],
        protection={} if protection is None else {"AFG": protection},
    )
    day = dt.date.fromisoformat(on)
    found = {d.cat_non_state_actors: torture_risk(claim, "AFG", d, day) for d in DOCTRINES}
    named = {
        d.cat_non_state_actors: d.position("cat_non_state_actors")
        in found[d.cat_non_state_actors].all_assumptions()
        for d in DOCTRINES
    }
    if found[True].verdict is not found[False].verdict:
        assert all(named.values())
        assert found[None].verdict is rl.Verdict.UNKNOWN
        assert POSITION in missing_facts(found[None])
    if not named[None]:
        assert found[None].verdict is found[True].verdict is found[False].verdict
    if found[None].verdict is not rl.Verdict.UNKNOWN:
        assert found[True].verdict is found[False].verdict is found[None].verdict
    if day < dt.date(2017, 12, 6):
        assert not any(named.values())


def test_cat_3_findings_cite_general_comment_4_without_the_unseen_paragraph() -> None:
    """CAT art. 3 / General Comment No. 4 (own-data review F3): the finding that the armed group's
    torture counts under the General Comment's reading cited "para. 30", a paragraph whose words
    and number were never seen (the record's unit 30 is a paraphrase marked unverified). It now
    cites the General Comment as a whole, in the explanation and the JSON, and never para. 30."""
    result = _return(afghan_excluded_from_art_33(), BROAD)
    torture = _cat_torture(result)
    cited = [(c.instrument, c.provision) for c in torture.citations]
    assert ("cat-general-comment-4", "") in cited
    assert not [c for c in cited if c[0] == "cat-general-comment-4" and c[1]]
    assert "para. 30" not in result.explain()
    assert "[CAT art. 3(1); CAT art. 1(1); CAT General Comment No. 4 (2017)]" in result.explain()
    written = rl.to_json(result)
    assert '{"instrument": "cat-general-comment-4", "provision": ""}' in written
    assert '{"instrument": "cat-general-comment-4", "provision": "30"}' not in written


def test_a_pre_2017_return_to_private_torture_now_waits_on_the_position_under_custom() -> None:
    """Customary non-refoulement's torture limb before General Comment No. 4 (return review F6):
    the Netherlands returning in 2007 a Somali minority-clan member whom majority-clan militia
    would kill or rape, with an internal flight alternative found (*Salah Sheekh v Netherlands*,
    2007, answers ECHR art. 3 and ICCPR art. 7 so). Custom's limb weighs no internal flight
    alternative under CAT's reading; it was PERMITTED, nothing asked (the 2007 return read custom's
    torture limb as the Committee then read CAT art. 3). By default it is now UNDETERMINED, asking
    whether the harm is torture and the position; on the narrow reading PERMITTED again."""
    harm = rl.Harm(
        "killing, rape and robbery by majority-clan militia",
        "SOM",
        severity="threat_to_life_or_freedom",
        likelihood=0.6,
        actor="non_state",
        reasons={"race"},
        official_involvement=False,
        irreparable=True,
        risk_to_life=True,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    claim = rl.Claim(
        rl.Person("x", nationalities={"SOM"}, location="NLD"),
        fears=[harm],
        protection={"SOM": "unavailable"},
        internal_relocation=True,
    )
    result = rl.assess_return(claim, by="NLD", to="SOM", on="2007-01-11")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert [str(u.citation) for u in result.undecided] == [CUSTOM]
    assert set(result.missing_facts()) == {"fears[0].torture", POSITION}
    narrow = rl.assess_return(claim, by="NLD", to="SOM", on="2007-01-11", doctrine=NARROW)
    assert narrow.outcome is rl.ReturnOutcome.PERMITTED
    assert NARROW.position("cat_non_state_actors") in narrow.assumptions()


@pytest.mark.parametrize("doctrine", DOCTRINES, ids=["open", "broad", "narrow"])
def test_no_result_says_both_that_cat_art_3_weighs_an_internal_flight_alternative_and_that_it_does_not(
    doctrine: rl.Doctrine,
) -> None:
    """CAT art. 3: no internal flight alternative is weighed, on either reading of the position
    (``law.cat_3.public_official``), while ICCPR art. 7 and ECHR art. 3 weigh one (Salah Sheekh v
    Netherlands, 2007). The relocation reading said it applied to non-State torture on the broad
    reading, the position's own words that it did not: one result stated both (return review F4).
    Germany returning to Afghanistan in 2019 a man the Taliban would kill, a reasonable
    alternative found: on the broad reading CAT art. 3 bars it though ICCPR art. 7 and ECHR art. 3
    do not, and every statement the result relies on says what the code does."""
    harm = rl.Harm(
        "killing by the Taliban",
        "AFG",
        severity="threat_to_life_or_freedom",
        likelihood=0.8,
        actor="non_state",
        reasons={"political_opinion"},
        torture=True,
        risk_to_life=True,
        official_involvement=False,
        irreparable=True,
        death_penalty=False,
        flagrant_denial_of_justice=False,
    )
    claim = rl.Claim(
        rl.Person("x", {"AFG"}, location="DEU"),
        fears=[harm],
        protection={"AFG": "unavailable"},
        internal_relocation=True,
    )
    result = rl.assess_return(claim, by="DEU", to="AFG", on="2019-01-01", doctrine=doctrine)
    verdicts = {b.element: b.verdict for b in result.finding.children}
    assert verdicts["ICCPR art. 7 bar"] is rl.Verdict.NOT_MET
    assert verdicts["ECHR art. 3 bar"] is rl.Verdict.NOT_MET
    cat = {None: rl.Verdict.UNKNOWN, True: rl.Verdict.MET, False: rl.Verdict.NOT_MET}
    assert verdicts["CAT art. 3 bar"] is cat[doctrine.cat_non_state_actors]
    relied = result.assumptions()
    assert RELOCATION_READING in relied
    assert "weighs no internal flight alternative under CAT art. 3, on either reading" in (
        RELOCATION_READING
    )
    said_weighed = [a for a in relied if "save to torture by non-state actors" in a]
    assert said_weighed == []
    if doctrine.cat_non_state_actors:
        assert "(no internal flight alternative is weighed under art. 3)" in (
            doctrine.position("cat_non_state_actors")
        )
