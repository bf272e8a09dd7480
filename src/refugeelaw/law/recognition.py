"""A refugee already recognised stays one until a clause ends it.

Recognition declares a status the person already has (UNHCR Handbook para. 28); once declared, it
is ended by the Convention's own clauses — cessation (Art 1C) or exclusion (Arts 1D–1F) — not by a
fresh look at Art 1A(2). A lower present risk is a question for Art 1C(5) ("the circumstances in
connexion with which he has been recognized as a refugee have ceased to exist"), or for a refugee
who has no nationality Art 1C(6), which must be found, not an inclusion element that fails.

What a recognition declares is a status under the definition, and Art 1B(1) makes the definition's
limits in time and place a matter of each State's choice "for the purpose of its obligations under
this Convention"; a State that chose alternative (a) (events occurring in Europe) extends its
obligations only by notifying the Secretary-General (Art 1B(2)), and the Protocol keeps its
declaration (art. I(3)). So a recognition counts for a State only within the limits as they apply
to it: one made outside its regime (under UNHCR's mandate, or by another State) does not enlarge
its obligations to a person whose own facts put him outside them. The rule reads those facts, not
who recognised the person: a State's own recognition under its limited regime found them within
it, and whoever states that recognition can state them.

Who recognised the person decides something else: whether the recognition binds the State at all.
"It is a recognized principle that it is for States parties ... to make appropriate arrangements
for the determination of refugee status in their territory" (UNHCR, Note on the Extraterritorial
Effect of the Determination of Refugee Status, EC/SCP/9, 1978, para. 1). A recognition by UNHCR
under its mandate must be given weight, but the State's decision-makers have "an independent
responsibility" to make their own assessment and are not bound by it (*IA (Iran) v SSHD* [2014]
UKSC 6); another Contracting State's determination may be "called into question" where the
person manifestly does not fulfil the requirements of the Convention (ExCom Conclusion No. 12
(XXIX), 1978, para. (g)). A recognition by anyone but the State assessing is therefore not a way
into the status before it (:data:`OTHERS_RECOGNITION_READING`): Art 1A(2) is weighed on the facts
the claim states, which are the State's own findings, the recognition being evidence for them.
What such a recognition declared is still true or not on those facts: a person who meets the
definition is a refugee, recognised or not (Handbook para. 28).
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..countries import country_name
from ..facts import UNHCR, Claim
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation
from .limits import Regime, dateline

__all__ = [
    "NOT_EXTENDED",
    "OTHERS_RECOGNITION_READING",
    "UNSTATED_RECOGNISER_READING",
    "beyond_limits",
    "binds",
    "counts_within",
    "for_state",
    "not_binding",
    "recognised_refugee",
    "where_it_decides",
]

#: How the library reads a recognition made by UNHCR under its mandate, or by a State other than
#: the one assessing (``Claim.recognised_by``): it does not bind the State assessing, whose own
#: determination of status it is (EC/SCP/9, 1978, para. 1), and Art 1A(2) is weighed on the facts
#: the claim states, as that State's findings, in which the recognition is evidence (*IA (Iran) v
#: SSHD* [2014] UKSC 6: a UNHCR recognition is given considerable weight, but creates no
#: presumption and does not bind). For another Contracting State's recognition ExCom Conclusion No.
#: 12 (XXIX), para. (f), says that the Convention's purpose "implies" that it be recognised by
#: the other Contracting States, and para. (g) that it "should only be called into question ...
#: in exceptional cases when it appears that the person manifestly does not fulfil the
#: requirements of the Convention": a recommendation the library reads as leaving the State's
#: findings on the facts to decide, and does not weigh whether a failure on them is "manifest".
#: Named where it decides: where, on those facts, Art 1A(2) is not met.
OTHERS_RECOGNITION_READING = (
    "a recognition of refugee status by UNHCR under its mandate, or by a State other than the one "
    "assessing, does not bind the State assessing, which determines status itself (UNHCR "
    "EC/SCP/9, 1978, para. 1; IA (Iran) v SSHD [2014] UKSC 6): Art 1A(2) is weighed on the facts "
    "stated, as that State's findings, in which the recognition is evidence; another Contracting "
    "State's recognition, which ExCom Conclusion No. 12 (XXIX) paras (f)-(g) recommends be called "
    "into question only where the person manifestly does not meet the definition, is read the "
    "same way, whether a failure on the facts is manifest not being weighed"
)

#: How the library reads a recognition whose maker is not stated (``Claim.recognised`` with no
#: ``Claim.recognised_by``, as in every case file written before that field existed): as the
#: State assessing's own, so that the status continues until a clause ends it, which is what the
#: field always meant. Named where it decides: where, on the facts stated, Art 1A(2) is not met,
#: so that a recognition by UNHCR or another State (:data:`OTHERS_RECOGNITION_READING`) would
#: leave the person outside it.
UNSTATED_RECOGNISER_READING = (
    "a recognition of refugee status whose maker is not stated (Claim.recognised_by) is read as "
    "the State assessing's own, which binds it until a cessation or exclusion clause is found; "
    "one by UNHCR under its mandate or by another State would not bind it, and Art 1A(2), weighed "
    "on the facts, would decide"
)

_WHO_DECIDES = (
    Citation("unhcr-handbook", "28"),
    Citation("refugee-convention-1951", "1A(2)"),
)


def binds(claim: Claim, state: str | None) -> bool:
    """Whether the recognition the claim states (``Claim.recognised``) binds ``state``: its own
    (``Claim.recognised_by`` naming it), one whose maker is not stated
    (:data:`UNSTATED_RECOGNISER_READING`), or any, where no state is given (there is then no
    State whose determination it could give way to). Not one by UNHCR or another State
    (:data:`OTHERS_RECOGNITION_READING`). ``False`` where no recognition is stated."""
    return claim.recognised and (
        state is None or claim.recognised_by is None or claim.recognised_by == state
    )


def for_state(claim: Claim, state: str | None) -> Claim:
    """The claim as ``state`` determines it: a recognition that does not bind it (:func:`binds`:
    by UNHCR, or by another State) is no way into the status, and the person is weighed as one
    the state has not recognised, on the facts stated (Art 1A(2), and the cessation clauses as
    for a person never recognised). The claim itself where the recognition binds, or none is
    stated."""
    if not claim.recognised or binds(claim, state):
        return claim
    return attrs.evolve(claim, recognised=False, recognised_by=None)


def where_it_decides(found: Finding, included: Verdict) -> Finding:
    """:func:`recognised_refugee`'s finding ``found``, with the readings of who recognised the
    person (:data:`OTHERS_RECOGNITION_READING`, :data:`UNSTATED_RECOGNISER_READING`) kept only
    where they decide: where Art 1A(2) (``included``) is not met, so that whether the recognition
    counts decides whether the person comes within the definition."""
    if included is not Verdict.MET:
        return found
    kept = tuple(a for a in found.assumptions if a not in _WHO_READINGS)
    return found if kept == found.assumptions else attrs.evolve(found, assumptions=kept)


_WHO_READINGS = (OTHERS_RECOGNITION_READING, UNSTATED_RECOGNISER_READING)


def _recogniser(claim: Claim, on: dt.date) -> str:
    """Who made the recognition the claim states, in words (a State named as on ``on``)."""
    if claim.recognised_by == UNHCR:
        return "UNHCR, under its mandate"
    return country_name(claim.recognised_by, on) if claim.recognised_by else "an unstated maker"


#: Why a recognition does not reach a person outside the limits of Art 1B(1) binding the state, in
#: the words every rule that says so uses (the status's conclusion, Art 1C's "never reached").
NOT_EXTENDED = (
    "the person's recognition as a refugee does not extend the state's obligations beyond the "
    "limits in time or place that bind it (Art 1B(1)-(2))"
)

_LIMITS_CITED = (
    Citation("unhcr-handbook", "28"),
    Citation("refugee-convention-1951", "1B(1)"),
    Citation("refugee-convention-1951", "1B(2)"),
)


def counts_within(limits: Finding | None) -> Verdict:
    """Whether a recognition counts for the state, from the definition's limits in time and place
    as they apply to it and reach the person (``limits``: Art 1B(1)'s finding, ``None`` where no
    limit binds the state): only within them, and not yet while they are not known to reach the
    person. The one rule :func:`recognised_refugee` and Art 1C (whether the Convention, as the
    state applies it, reached a recognised refugee, so that it can cease to apply to him:
    ``law.art_1c``) read."""
    return Verdict.MET if limits is None else limits.verdict


@reads(
    "claim.recognised",
    "claim.recognised_by",
    "claim.statutory_refugee",
    "claim.events_before_1951",
    "claim.events_in_europe",
    "claim.person.nationalities",
    "regime.description",
    "regime.state",
    "regime.dateline",
    "regime.geographic_limitation",
    "regime.protocol_applies",
    "regime.choice_presumed",
    "on",
)
def recognised_refugee(claim: Claim, regime: Regime, on: dt.date) -> Finding:
    """Whether the person's status has already been recognised (by a state or UNHCR), or is a
    statutory refugee's: Art 1A(1) makes a refugee of anyone "considered a refugee" under the
    arrangements of 1926 to 1939 or the IRO Constitution, with no fresh test of fear, and that
    status too ends only by the Convention's clauses. The clause a lower present risk is a
    question for is the person's own: Art 1C(5) for a refugee with a nationality ("the country of
    his nationality"), Art 1C(6) for one who has none; both where whether the person has a
    nationality is not known.

    A recognition counts for the state whose obligations ``regime`` frames only where the
    definition's limits in time and place, as they apply to it (Art 1B(1), kept under the
    Protocol by its art. I(3)), reach the person: not where the person's own facts put him
    outside them, and not yet where those facts are not known. Art 1A(1) asks no such thing: the
    words Art 1B(1) defines ("events occurring before 1 January 1951") are Art 1A(2)'s.

    A recognition by UNHCR, or by a State other than the one assessing (``regime.state``), is
    not met: it does not bind the state, and Art 1A(2) decides
    (:data:`OTHERS_RECOGNITION_READING`); one whose maker is not stated is read as the state's own
    (:data:`UNSTATED_RECOGNISER_READING`). Both readings are listed where they decide
    (:func:`where_it_decides`)."""
    person = claim.person
    clauses = (
        ("1C(6)",)
        if person.stateless
        else ("1C(5)",)
        if person.nationality_known
        else ("1C(5)", "1C(6)")
    )
    question = " or, for a refugee who has no nationality, Art ".join(clauses)
    cites = [Citation("refugee-convention-1951", c) for c in clauses]
    facts = [] if clauses == ("1C(5)",) else ["person.nationalities"]
    if claim.statutory_refugee:
        return finding(
            "recognised refugee",
            Verdict.MET,
            "the person is a refugee under Art 1A(1), considered a refugee under the earlier "
            "arrangements or the IRO Constitution: the status continues until a cessation or "
            "exclusion clause is found, without a fresh look at Art 1A(2)",
            Citation("refugee-convention-1951", "1A(1)"),
            *cites,
            facts=["statutory_refugee", *facts],
        )
    if not claim.recognised:
        return finding(
            "recognised refugee",
            Verdict.NOT_MET,
            "no recognition of refugee status is stated",
            Citation("unhcr-handbook", "28"),
            facts=["recognised"],
        )
    state = regime.state
    if not binds(claim, state):
        return not_binding(claim, state, on)
    unstated = (
        (UNSTATED_RECOGNISER_READING,) if state is not None and not claim.recognised_by else ()
    )
    limits = dateline(claim, regime) if regime.limited else None
    counts = counts_within(limits)
    if limits is None or counts is Verdict.MET:
        return finding(
            "recognised refugee",
            Verdict.MET,
            "the person's refugee status has been recognised"
            + (
                f" by {country_name(state, on)} itself"
                if state is not None and claim.recognised_by == state
                else f" by {_recogniser(claim, on)}"
                if claim.recognised_by
                else ""
            )
            + ": it continues until a cessation or "
            f"exclusion clause is found, and a lower present risk is a question for Art {question}",
            Citation("unhcr-handbook", "28"),
            *cites,
            facts=["recognised", *(["recognised_by"] if unstated else []), *facts],
            # The limits' positions (the data's presumption of a State's Art 1B(1) choice,
            # law.limits.PRESUMED_CHOICE_READING), where they decide that the recognition counts.
            assumptions=(*unstated, *(() if limits is None else limits.assumptions)),
        )
    protocol = (Citation("refugee-protocol-1967", "I(3)"),) if regime.protocol_applies else ()
    if counts is Verdict.NOT_MET:
        return finding(
            "recognised refugee",
            Verdict.NOT_MET,
            "the person's refugee status has been recognised, but the definition's limits in time "
            "or place, as they apply here (Art 1B(1)), exclude the person, and a recognition does "
            "not extend them: it declares the status the person has under the definition, and "
            "one made outside the state's regime (under UNHCR's mandate, or by another State) "
            'cannot enlarge the obligations Art 1B(1) defines "for the purpose of its '
            'obligations", which a state extends only by its own notification (Art 1B(2))',
            *_LIMITS_CITED,
            *protocol,
            children=(limits,),
            facts=["recognised"],
        )
    return finding(
        "recognised refugee",
        Verdict.UNKNOWN,
        "the person's refugee status has been recognised, but whether the definition's limits in "
        "time or place, as they apply here (Art 1B(1)), reach the person is not yet known: a "
        "recognition counts for the state only within them (one made outside its regime, under "
        "UNHCR's mandate or by another State, cannot enlarge its obligations)",
        *_LIMITS_CITED,
        *protocol,
        children=(limits,),
        facts=["recognised"],
    )


@reads("claim.recognised_by", "state", "on")
def not_binding(claim: Claim, state: str | None, on: dt.date) -> Finding:
    """:func:`recognised_refugee`'s finding for a recognition that does not bind ``state``
    (:func:`binds`: by UNHCR, or by another State): not met, Art 1A(2) deciding on the facts
    (:data:`OTHERS_RECOGNITION_READING`)."""
    name = country_name(state, on) if state is not None else "the State assessing"
    return finding(
        "recognised refugee",
        Verdict.NOT_MET,
        f"the person's refugee status was recognised by {_recogniser(claim, on)}, which does not bind "
        f"{name}: determining status is {name}'s own task, and the recognition, declaratory, is "
        "evidence to weigh in finding the facts, not a status in its place, so Art 1A(2) decides "
        "on the facts stated",
        *_WHO_DECIDES,
        facts=["recognised", "recognised_by"],
        assumptions=(OTHERS_RECOGNITION_READING,),
    )


def beyond_limits(found: Finding) -> bool:
    """Whether ``found`` (:func:`recognised_refugee`'s finding) is of a recognition stated that
    the limits of Art 1B(1) binding the state put the person outside of."""
    return found.verdict is Verdict.NOT_MET and bool(found.children)
