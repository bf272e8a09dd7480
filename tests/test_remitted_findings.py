"""Findings a court sent back undecided: each can be stated as not known, and the element that
turns on it then waits on it instead of failing.

- *MIMA v Khawar* [2002] HCA 14: whether the state withholds its protection from private violence
  for a Convention reason (which would supply the nexus, *Islam; Shah* [1999] 2 AC 629) had not
  been found: ``Harm.protection_withheld_for=None``.
- *Krotov v SSHD* [2004] EWCA Civ 69 and CJEU *Shepherd* (C-472/13, 2015): whether the military
  action a deserter refused to join is condemned as contrary to basic rules of human conduct
  (UNHCR Handbook para. 171): ``Harm.condemned_military_action=None``.

- *Applicant S v MIMA* [2004] HCA 25: whether young able-bodied Afghan men are a group
  distinguished from society at large, which the Tribunal had not asked, having required that
  Afghan society perceive them as one: ``Doctrine(social_group="distinguished_from_society")``
  with ``SocialGroup.distinguished_from_society=None``.

Empty and ``False`` (the defaults) keep their meaning: none, and not raised.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import refugeelaw as rl
from refugeelaw.law.protection import AGENT_READING, OWN_REASONS_READING

NEXUS = "for reasons of a Convention ground"
PERSECUTION = "amounts to persecution"


def _wife(**changes: Any) -> rl.Claim:
    """Serious violence by a husband for personal reasons, which the state does not protect
    against; why it does not is the question (the facts of *Khawar*, as far as the library holds
    them)."""
    harm = rl.Harm(
        "serious violence by her husband and his family",
        "PAK",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.6,
        actor=rl.Actor.NON_STATE,
        reasons={rl.Motive.PERSONAL},
        protection_withheld_for=None,
    )
    return rl.Claim(
        rl.Person("K", {"PAK"}, location="AUS"),
        fears=[attrs.evolve(harm, **changes)],
        protection={"PAK": rl.Protection.UNAVAILABLE},
        internal_relocation=False,
    )


def _deserter(**changes: Any) -> rl.Claim:
    """A deserter prosecuted and punished proportionately, even-handedly, under a law consistent
    with human rights (the shape of *Krotov* and *Shepherd*)."""
    harm = rl.Harm(
        "imprisonment for deserting rather than redeploying to a war",
        "USA",
        severity=rl.Severity.SERIOUS,
        likelihood=0.9,
        actor=rl.Actor.STATE,
        reasons={rl.Ground.POLITICAL_OPINION},
        prosecution=True,
        disproportionate=False,
        discriminatory=False,
        law_contrary_to_human_rights=False,
        condemned_military_action=None,
        exit_offence=False,  # desertion, not leaving the country (Handbook 61 does not arise)
    )
    return rl.Claim(rl.Person("D", {"USA"}, location="DEU"), fears=[attrs.evolve(harm, **changes)])


def _found(result: rl.StatusDetermination, element: str) -> rl.Finding:
    found = result.finding.find(element)
    assert found is not None
    return found


# -- Khawar: why the state withholds protection ----------------------------------------------------


def test_withheld_protection_not_yet_found_leaves_the_nexus_open_khawar() -> None:
    """Art 1A(2) "for reasons of": personal reasons are no Convention ground, but a state
    withholding protection for one would supply it (*Islam; Shah*); while that is not found the
    nexus is UNKNOWN, not NOT_MET, and the outcome is UNDETERMINED (*Khawar*)."""
    result = rl.assess_status(_wife(), on="2002-04-11")
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("fears[0].protection_withheld_for",)
    nexus = _found(result, NEXUS)
    assert nexus.verdict is rl.Verdict.UNKNOWN
    assert rl.Citation("islam-v-sshd-1999", "holding") in nexus.citations


def test_each_answer_on_withheld_protection_decides_khawar() -> None:
    """Art 1A(2) with *Islam; Shah*: a ground found for the state's failure makes the person a
    refugee; none found, and personal violence is not persecution for a Convention reason."""
    question = rl.assess_status(_wife(), on="2002-04-11").questions()[0]
    assert question.path == "fears[0].protection_withheld_for"
    assert question.kind is rl.QuestionKind.FACT
    assert question.decisive
    outcomes = {a.label: a.outcome for a in question.answers}
    assert outcomes["political opinion"] is rl.Status.REFUGEE
    assert outcomes["none of these"] is rl.Status.NOT_REFUGEE
    for value, status in (
        ({rl.Ground.RELIGION}, rl.Status.REFUGEE),
        (frozenset(), rl.Status.NOT_REFUGEE),
    ):
        again = rl.assess_status(_wife(protection_withheld_for=value), on="2002-04-11")
        assert again.outcome is status


def test_unless_a_claim_says_why_the_state_fails_to_protect_the_nexus_waits_on_it() -> None:
    """Art 1A(2) as *Islam; Shah* [1999] 2 AC 629 reads it: the state's failure to protect from a
    private persecutor's personal violence may supply the nexus, so a claim that does not say why
    the state fails to protect (the default, ``None``) is not refused on the persecutor's reasons
    alone (the *Shah and Islam* facts were a confident NOT_REFUGEE with nothing asked while the
    default read as "for no Convention reason"). An empty set says the state withholds it for
    none."""
    assert rl.Harm("violence", "PAK", reasons={rl.Motive.PERSONAL}).protection_withheld_for is None
    result = rl.assess_status(_wife(), on="1999-03-25")
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("fears[0].protection_withheld_for",)
    none = rl.assess_status(_wife(protection_withheld_for=frozenset()), on="1999-03-25")
    assert none.outcome is rl.Status.NOT_REFUGEE
    assert _found(none, NEXUS).verdict is rl.Verdict.NOT_MET


def test_a_state_agent_acting_for_personal_reasons_leaves_the_states_reasons_open() -> None:
    """Art 1A(2) with *Islam; Shah*: an official who harms for personal reasons (the state's
    agent, but not for any Convention ground) does not settle the nexus. Whether the state
    withholds its protection from that harm for a Convention reason is still the question, as
    for a private persecutor, so the nexus waits on it: a Convention ground found makes the person
    a refugee, none found does not. Where the state acts for its own reasons (a general law) it
    has no protection of its own to withhold, and nothing is asked."""
    by_the_state = rl.assess_status(_wife(actor=rl.Actor.STATE), on="1999-03-25")
    assert _found(by_the_state, NEXUS).verdict is rl.Verdict.UNKNOWN
    assert by_the_state.outcome is rl.Status.UNDETERMINED
    assert by_the_state.missing_facts() == ("fears[0].protection_withheld_for",)
    withheld = _wife(actor=rl.Actor.STATE, protection_withheld_for={rl.Ground.RELIGION})
    assert rl.assess_status(withheld, on="1999-03-25").outcome is rl.Status.REFUGEE
    none = _wife(actor=rl.Actor.STATE, protection_withheld_for=())
    assert _found(rl.assess_status(none, on="1999-03-25"), NEXUS).verdict is rl.Verdict.NOT_MET
    policy = rl.assess_status(
        _wife(actor=rl.Actor.STATE, reasons={rl.Motive.GENERAL_LAW}), on="1999-03-25"
    )
    assert _found(policy, NEXUS).verdict is rl.Verdict.NOT_MET
    assert "fears[0].protection_withheld_for" not in policy.missing_facts()
    assert OWN_REASONS_READING in _found(policy, NEXUS).assumptions
    # Extortion by an official (economic ends of their own) leaves it open, as personal reasons do.
    extortion = _wife(actor=rl.Actor.STATE, reasons={rl.Motive.ECONOMIC})
    assert rl.assess_status(extortion, on="1999-03-25").missing_facts() == (
        "fears[0].protection_withheld_for",
    )


def test_a_state_agent_acting_for_personal_reasons_is_taken_as_the_state_and_says_so() -> None:
    """Art 1A(2), protection and internal flight: harm from the state's agent acting for personal
    reasons is treated as the state's (its protection not asked, no internal flight presumed).
    *Svazas v SSHD* [2002] EWCA Civ 74 would ask whether the state protects against such an
    agent; that is not modelled, so both findings that rest on it name the reading and cite the
    case, and a fear of the state acting for a Convention ground does not."""
    withheld = attrs.evolve(
        _wife(actor=rl.Actor.STATE, protection_withheld_for={rl.Ground.RELIGION}),
        protection={},
        internal_relocation=None,
    )
    result = rl.assess_status(withheld, on="1999-03-25")
    assert result.outcome is rl.Status.REFUGEE
    assert AGENT_READING in result.assumptions()
    protection = result.finding.find("lacks the protection of every country of nationality")
    assert protection is not None
    assert rl.Citation("svazas-v-sshd-2002", "holding") in protection.citations
    political = attrs.evolve(
        _wife(actor=rl.Actor.STATE, reasons={rl.Ground.POLITICAL_OPINION}),
        protection={},
        internal_relocation=None,
    )
    assert AGENT_READING not in rl.assess_status(political, on="1999-03-25").assumptions()
    # A finding that the state protects, overridden because its own agents persecute (the facts
    # of Svazas: police ill-treating a detainee for his politics), rests on the reading too; a
    # finding that it does not protect decides without it.
    found = attrs.evolve(political, protection={"PAK": "available"})
    assert AGENT_READING in rl.assess_status(found, on="1999-03-25").assumptions()
    unprotected = attrs.evolve(
        withheld, protection={"PAK": "unavailable"}, internal_relocation=False
    )
    assert AGENT_READING not in rl.assess_status(unprotected, on="1999-03-25").assumptions()
    policy = attrs.evolve(
        withheld,
        fears=[_wife(actor=rl.Actor.STATE, reasons={rl.Motive.ECONOMIC}).fears[0]],  # type: ignore[index]
    )
    # Economic reasons given for the state are its own (a policy), not an agent's private ends.
    assert AGENT_READING not in rl.assess_status(policy, on="1999-03-25").assumptions()


def test_protection_withheld_for_a_convention_reason_is_no_protection_for_the_return_bars() -> None:
    """*Islam; Shah* with HRC General Comment 31 and ACHR art. 22(8): a state that withholds its
    protection from this person's harm for a Convention reason does not protect them, whatever
    it offers others, so the bars that ask whether the destination protects (ACHR art. 22(8),
    ICCPR art. 7, ECHR art. 3) and Art 1E's country of residence read it as Art 1A(2) does."""
    harm = rl.Harm("killing by a gang he refused to join", "HND", severity="threat_to_life_or_freedom",
                   likelihood=0.6, actor="non_state", reasons={"personal"},
                   protection_withheld_for={"political_opinion"}, torture=False,
                   irreparable=True, risk_to_life=True)  # fmt: skip
    claim = rl.Claim(rl.Person("H", {"HND"}, location="CRI"), fears=[harm],
                     protection={"HND": "available"}, internal_relocation=False)  # fmt: skip
    result = rl.assess_return(claim, by="CRI", to="HND", on="2010-01-01")
    achr = result.finding.find("ACHR art. 22(8) bar")
    assert achr is not None
    assert achr.verdict is rl.Verdict.MET
    assert "American Convention on Human Rights art. 22(8)" in [
        str(o.citation) for o in result.breaches
    ]
    resident = rl.Claim(rl.Person("R", {"AFG"}, location="DEU"),
                        fears=[attrs.evolve(harm, country="IRN")], rights_of_national_in="IRN",
                        protection={"IRN": "available"}, internal_relocation=False)  # fmt: skip
    status = rl.assess_status(resident, on="2010-01-01")
    assert status.outcome is not rl.Status.EXCLUDED


def test_a_group_that_is_no_group_still_waits_on_the_states_reasons_for_not_protecting() -> None:
    """Art 1A(2) with *Islam; Shah*: where the ground the persecutor acts for is not established
    (a group defined only by the persecution feared, *Applicant A*), a state withholding its
    protection for a Convention reason could still supply the nexus; while that is not known,
    the nexus is UNKNOWN and asks for it."""
    group = rl.SocialGroup(
        "women who refuse the violence",
        protected_characteristic=True,
        socially_perceived=True,
        exists_independently=False,
    )
    claim = _wife(reasons={rl.Ground.PARTICULAR_SOCIAL_GROUP}, social_group=group)
    result = rl.assess_status(claim, on="2002-04-11")
    nexus = _found(result, NEXUS)
    assert nexus.verdict is rl.Verdict.UNKNOWN
    assert result.missing_facts() == ("fears[0].protection_withheld_for",)
    stated = _wife(
        reasons={rl.Ground.PARTICULAR_SOCIAL_GROUP}, social_group=group, protection_withheld_for=()
    )
    assert rl.assess_status(stated, on="2002-04-11").outcome is rl.Status.NOT_REFUGEE


def test_withheld_protection_is_not_asked_where_the_persecutors_own_reasons_suffice() -> None:
    """Art 1A(2): a persecutor acting for a Convention ground supplies the nexus itself; the
    state's reasons for not protecting are then never asked."""
    result = rl.assess_status(_wife(reasons={rl.Ground.RELIGION}), on="2002-04-11")
    assert result.outcome is rl.Status.REFUGEE
    assert _found(result, NEXUS).verdict is rl.Verdict.MET


def test_available_protection_decides_without_the_withheld_grounds_horvath() -> None:
    """Art 1A(2) "unable or unwilling to avail himself of the protection" (*Horvath*): where the
    state protects, the person is not a refugee whatever the nexus, and nothing is missing."""
    claim = attrs.evolve(_wife(), protection={"PAK": rl.Protection.AVAILABLE})
    result = rl.assess_status(claim, on="2002-04-11")
    assert result.outcome is rl.Status.NOT_REFUGEE
    assert result.missing_facts() == ()


def test_withheld_protection_not_known_leaves_the_achr_article_22_8_ground_open() -> None:
    """ACHR art. 22(8) "because of" race, nationality, religion, social status or political
    opinions, read with the state's failure to protect as the Refugee Convention's nexus is: while
    why the state withholds protection is not known, the ground is open."""
    wife = _wife()
    assert wife.fears is not None
    harm = attrs.evolve(wife.fears[0], country="PER")
    claim = attrs.evolve(wife, person=rl.Person("K", {"PER"}, location="BOL"), fears=[harm])
    result = rl.assess_return(claim, by="BOL", to="PER", on="2001-02-24")
    bar = next(b for b in result.finding.children if b.element.startswith("ACHR"))
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert "fears[0].protection_withheld_for" in result.missing_facts()
    none = attrs.evolve(claim, fears=[attrs.evolve(harm, protection_withheld_for=())])
    result = rl.assess_return(none, by="BOL", to="PER", on="2001-02-24")
    bar = next(b for b in result.finding.children if b.element.startswith("ACHR"))
    assert bar.verdict is rl.Verdict.NOT_MET


# -- Krotov and Shepherd: condemned military action --------------------------------------------------


def test_condemned_military_action_not_yet_decided_leaves_persecution_open_krotov() -> None:
    """UNHCR Handbook para. 171 (*Krotov*; *Shepherd*): punishment for refusing to take part in
    condemned military action can be persecution; while that is undecided and no other route is
    found, the element is UNKNOWN and names the fact."""
    result = rl.assess_status(_deserter(), on="2015-02-26")
    assert result.outcome is rl.Status.UNDETERMINED
    assert result.missing_facts() == ("fears[0].condemned_military_action",)
    persecution = _found(result, PERSECUTION)
    assert persecution.verdict is rl.Verdict.UNKNOWN
    assert rl.Citation("unhcr-handbook", "171") in persecution.citations
    question = result.questions()[0]
    assert question.kind is rl.QuestionKind.JUDGMENT
    assert {a.label: a.outcome for a in question.answers} == {
        "yes": rl.Status.REFUGEE,
        "no": rl.Status.NOT_REFUGEE,
    }


def test_another_route_found_needs_no_finding_on_the_military_action_handbook_57() -> None:
    """UNHCR Handbook para. 57: a disproportionate punishment is persecution on its own route; the
    undecided Handbook 171 question is then not asked."""
    result = rl.assess_status(_deserter(disproportionate=True), on="2015-02-26")
    assert result.outcome is rl.Status.REFUGEE
    assert "fears[0].condemned_military_action" not in result.missing_facts()


def test_not_raised_is_still_an_ordinary_prosecution_handbook_56() -> None:
    """UNHCR Handbook para. 56: prosecution for an offence is not in itself persecution. With the
    flag not raised (``False``, the default) the element fails, and the reason names what was
    found (not a military action never raised) rather than calling the prosecution "fair"."""
    result = rl.assess_status(_deserter(condemned_military_action=False), on="2015-02-26")
    assert result.outcome is rl.Status.NOT_REFUGEE
    persecution = _found(result, PERSECUTION)
    assert persecution.verdict is rl.Verdict.NOT_MET
    assert "fair" not in persecution.reason
    assert "military action" not in persecution.reason


def test_an_undecided_military_action_keeps_a_bare_prosecutions_nexus_open_handbook_171() -> None:
    """Handbook paras 56 and 171: a prosecution given as the only reason is no Convention ground
    when it is an ordinary one; while the Handbook 171 question is open, its reason may still be
    one (a conscience, an opinion), so the nexus waits rather than failing."""
    claim = _deserter(reasons={rl.Motive.CRIMINAL_PROSECUTION})
    result = rl.assess_status(claim, on="2015-02-26")
    nexus = _found(result, NEXUS)
    assert nexus.verdict is rl.Verdict.UNKNOWN
    assert "fears[0].condemned_military_action" in nexus.missing
    ordinary = _deserter(reasons={rl.Motive.CRIMINAL_PROSECUTION}, condemned_military_action=False)
    assert _found(rl.assess_status(ordinary, on="2015-02-26"), NEXUS).verdict is rl.Verdict.NOT_MET


def _young_men(**group: Any) -> rl.Claim:
    """A Pashtun man who twice avoided forcible recruitment by the Taliban, claiming as one of the
    young able-bodied men of Afghanistan (the facts of *Applicant S*, as far as the library holds
    them; the likelihood and protection as the case was argued, for the test's sake)."""
    facts: dict[str, Any] = {"protected_characteristic": False, "exists_independently": True}
    facts.update(group)
    harm = rl.Harm(
        "forcible recruitment by the Taliban",
        "AFG",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        likelihood=0.5,
        actor=rl.Actor.NON_STATE,
        reasons={rl.Ground.PARTICULAR_SOCIAL_GROUP},
        protection_withheld_for=frozenset(),  # no other ground was argued for the failure
        social_group=rl.SocialGroup("young able-bodied Afghan men", **facts),
    )
    return rl.Claim(
        rl.Person("Applicant S", {"AFG"}, location="AUS"),
        fears=[harm],
        protection={"AFG": "unavailable"},
        internal_relocation=False,
    )


APPLICANT_S = rl.Doctrine(social_group="distinguished_from_society")
GROUP = "a particular social group"


def test_applicant_s_a_group_need_not_be_perceived_by_its_society() -> None:
    """Art 1A(2), *Applicant S v MIMA*: the Tribunal failed the claim because Afghan society did
    not perceive young men as a group; the High Court asked instead whether a characteristic they
    share distinguishes them from society at large, and sent that back."""
    perceived_only = rl.Doctrine(social_group="social_perception")
    refused = rl.assess_status(
        _young_men(socially_perceived=False), on="2004-05-27", doctrine=perceived_only
    )
    assert refused.outcome is rl.Status.NOT_REFUGEE
    remitted = rl.assess_status(
        _young_men(socially_perceived=False), on="2004-05-27", doctrine=APPLICANT_S
    )
    assert remitted.outcome is rl.Status.UNDETERMINED
    assert remitted.missing_facts() == ("fears[0].social_group.distinguished_from_society",)
    group = _found(remitted, GROUP)
    assert ("applicant-s-v-mima-2004", "holding") in {
        (c.instrument, c.provision) for c in group.citations
    }


def test_applicant_s_the_distinguishing_characteristic_decides_the_group() -> None:
    """*Applicant S*: a characteristic that sets the members apart from society at large makes a
    group, though not innate and not perceived; one that does not, none; and a group defined by
    the persecution alone is still none (*Applicant A v MIEA*)."""
    found = _young_men(socially_perceived=False, distinguished_from_society=True)
    assert rl.assess_status(found, on="2004-05-27", doctrine=APPLICANT_S).outcome is (
        rl.Status.REFUGEE
    )
    not_set_apart = _young_men(distinguished_from_society=False)
    assert rl.assess_status(not_set_apart, on="2004-05-27", doctrine=APPLICANT_S).outcome is (
        rl.Status.NOT_REFUGEE
    )
    persecution_only = _young_men(distinguished_from_society=True, exists_independently=False)
    assert rl.assess_status(persecution_only, on="2004-05-27", doctrine=APPLICANT_S).outcome is (
        rl.Status.NOT_REFUGEE
    )


def test_a_ground_of_withheld_protection_is_refused_where_the_state_acts_for_itself() -> None:
    """*Islam; Shah* [1999] 2 AC 629: a state that withholds its protection from a persecutor
    for a Convention reason supplies the nexus. Where the state itself would inflict the harm
    for its own reasons (a prosecution under a general law) it has no protection of its own to
    withhold, and the library reads the question as not arising (``OWN_REASONS_READING``); yet
    a stated ground was taken over that reading and turned a decided NOT_REFUGEE into REFUGEE
    (the status review's F1). It is refused, naming the fields that carry a Convention reason
    of the state's own; an agent acting for private ends (extortion) may still be found to be
    left unprotected for one."""

    def taxes(withheld: frozenset[rl.Ground] | set[str] | None) -> rl.Harm:
        return rl.Harm("ten years in prison for tax evasion", "CHN", severity="serious",
                       likelihood=0.9, actor="state", reasons={"general_law"}, prosecution=True,
                       disproportionate=True, exit_offence=False,
                       protection_withheld_for=withheld)  # fmt: skip

    with pytest.raises(rl.InvalidInput) as raised:
        taxes({"religion"})
    assert raised.value.problems[0].path == "protection_withheld_for"
    assert "discriminatory=True" in str(raised.value)
    # Stated empty, or not stated, the reading answers as before: NOT_REFUGEE, nothing asked.
    unstated: tuple[frozenset[rl.Ground] | None, ...] = (frozenset(), None)
    for withheld in unstated:
        claim = rl.Claim(rl.Person("P", {"CHN"}, location="USA"), fears=[taxes(withheld)])
        found = rl.assess_status(claim, on="2004-06-30")
        assert found.outcome is rl.Status.NOT_REFUGEE
        assert found.missing_facts() == ()
    # Who would inflict it, asked where unknown, does not offer the state: that answer is refused.
    unnamed = rl.Harm("beaten", "CHN", severity="serious", likelihood=0.9,
                      reasons={"general_law"}, protection_withheld_for={"religion"})  # fmt: skip
    asked = rl.assess_status(
        rl.Claim(rl.Person("P", {"CHN"}, location="USA"), fears=[unnamed]), on="2004-06-30"
    ).questions()
    actor = next(q for q in asked if q.path == "fears[0].actor")
    assert [a.value for a in actor.answers] == ["non_state"]
    extortion = _wife(actor=rl.Actor.STATE, reasons={rl.Motive.ECONOMIC},
                      protection_withheld_for={rl.Ground.RELIGION})  # fmt: skip
    assert rl.assess_status(extortion, on="1999-03-25").outcome is rl.Status.REFUGEE
