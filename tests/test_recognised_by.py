"""Who recognised the person: a recognition by UNHCR or another State does not bind the State assessing.

"It is a recognized principle that it is for States parties ... to make appropriate arrangements
for the determination of refugee status in their territory" (UNHCR, Note on the Extraterritorial
Effect of the Determination of Refugee Status, EC/SCP/9, 1978, para. 1). *IA (Iran) v SSHD* [2014]
UKSC 6: a UNHCR mandate recognition is given considerable weight, but the State's decision-makers
are not bound by it; ExCom Conclusion No. 12 (XXIX), para. (g): another Contracting State's
determination may be called into question where the person manifestly does not meet the
definition. Recognition is declaratory (UNHCR Handbook para. 28). Seeds review s36, F1.
"""

from __future__ import annotations

import json

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.law.recognition import OTHERS_RECOGNITION_READING, UNSTATED_RECOGNISER_READING
from refugeelaw.law.status import without_limits

QI = "2000-01-10"  # the seven UNHCR recognised, returned by China (the library's stand-in day)


@pytest.mark.parametrize("recogniser", ["UNHCR", "DEU"])
def test_a_recognition_by_unhcr_or_another_state_does_not_settle_chinas_own_determination(
    recogniser: str,
) -> None:
    """EC/SCP/9 para. 1; IA (Iran) [2014] UKSC 6; ExCom Conclusion No. 12 (g): China, finding
    that the person left for food and fears only hunger (Handbook paras 62-64), is not bound by
    UNHCR's (or Germany's) recognition: NOT_REFUGEE on its own findings, the reading named.
    Before, the recognition made him a REFUGEE for China with no reading named."""
    claim = testing.economic_migrant(recognised=True, recognised_by=recogniser)
    status = rl.assess_status(claim, on=QI, state="CHN")
    assert status.outcome is rl.Status.NOT_REFUGEE
    assert status.missing_facts() == ()
    assert OTHERS_RECOGNITION_READING in status.assumptions()
    found = status.finding.find("recognised refugee")
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    assert "does not bind China" in found.reason
    assert status.claim == claim  # the result keeps the claim as stated
    assert rl.status_outcomes([claim], on=QI, state="CHN") == [status.outcome]


def test_chinas_own_recognition_continues_until_a_clause_ends_it_handbook_28() -> None:
    """Handbook para. 28, Art 1C: a recognition by the State assessing itself is a status that
    continues until a clause ends it: REFUGEE, no reading of who recognised named."""
    claim = testing.economic_migrant(recognised=True, recognised_by="CHN")
    status = rl.assess_status(claim, on=QI, state="CHN")
    assert status.outcome is rl.Status.REFUGEE
    assert OTHERS_RECOGNITION_READING not in status.assumptions()
    assert UNSTATED_RECOGNISER_READING not in status.assumptions()


def test_an_unstated_recogniser_is_read_as_the_states_own_and_the_reading_is_named() -> None:
    """Old case files (recognised, no recognised_by) keep their outcome, Handbook para. 28, but
    where the recognition decides (Art 1A(2) not met on the facts) the reading is named; where
    Art 1A(2) is met it decides nothing and is not named."""
    unstated = rl.assess_status(testing.economic_migrant(recognised=True), on=QI, state="CHN")
    assert unstated.outcome is rl.Status.REFUGEE
    assert UNSTATED_RECOGNISER_READING in unstated.assumptions()
    met = rl.assess_status(testing.north_korean_escapee(recognised=True), on=QI, state="CHN")
    assert met.outcome is rl.Status.REFUGEE
    assert UNSTATED_RECOGNISER_READING not in met.assumptions()


def test_a_unhcr_recognised_dual_national_with_rok_protection_is_not_asked_about_art_1c3() -> None:
    """Art 1A(2), second paragraph (GP (South Korean citizenship) [2014] UKUT 391): with ROK
    protection available, a North Korean whom UNHCR recognised is NOT_REFUGEE for China, and
    is not asked whether he acquired a "new" nationality (Art 1C(3)). Before: UNDETERMINED,
    asking about Art 1C(3)."""
    claim = attrs.evolve(
        testing.dual_national_with_rok_protection(), recognised=True, recognised_by="UNHCR"
    )
    status = rl.assess_status(claim, on="2004-06-30", state="CHN")
    assert status.outcome is rl.Status.NOT_REFUGEE
    assert status.missing_facts() == ()
    assert not [q for q in status.questions() if "1C(3)" in q.path]
    assert OTHERS_RECOGNITION_READING in status.assumptions()


def test_with_no_state_given_a_recognition_counts_whoever_made_it() -> None:
    """Handbook para. 28: with no State assessing, there is no other State's determination for
    the recognition to give way to: REFUGEE, as before."""
    claim = testing.economic_migrant(recognised=True, recognised_by="UNHCR")
    assert rl.assess_status(claim, on=QI).outcome is rl.Status.REFUGEE


def test_customary_law_weighs_a_unhcr_recognition_as_the_state_does() -> None:
    """Art 1B(1) and custom (``without_limits``): Türkiye, keeping the geographic limitation,
    weighs its customary duty on the definition without limits; a UNHCR recognition of an
    Iranian who fears only hunger binds it no more there: NOT_REFUGEE both ways."""
    harm = rl.Harm("hunger", "IRN", severity="serious", likelihood=0.7, reasons={"economic"},
                   protection_withheld_for=frozenset(), torture=False,
                   irreparable=False)  # fmt: skip
    claim = rl.Claim(rl.Person("I", nationalities={"IRN"}, location="TUR"), fears=[harm],
                     protection={"IRN": "unavailable"}, recognised=True,
                     recognised_by="UNHCR", events_in_europe=False)  # fmt: skip
    status = rl.assess_status(claim, on="2010-06-01", state="TUR")
    assert status.outcome is rl.Status.NOT_REFUGEE
    unlimited = without_limits(status)
    assert unlimited.outcome is rl.Status.NOT_REFUGEE
    assert unlimited.claim == claim
    found = unlimited.finding.find("recognised refugee")
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET


def test_old_case_files_without_recognised_by_still_read() -> None:
    """A claim written before the field existed reads, its recogniser not stated (None)."""
    doc = json.loads(rl.to_json(testing.economic_migrant(recognised=True)))
    del doc["recognised_by"]
    claim = rl.from_json(rl.Claim, json.dumps(doc))
    assert claim.recognised
    assert claim.recognised_by is None


@pytest.mark.parametrize(
    ("facts", "says"),
    [
        ({"recognised_by": "UNHCR"}, "recognised_by: 'UNHCR', yet recognised is false"),
        ({"recognised": True, "recognised_by": "XYZ"}, "recognised_by: unknown ISO 3166-1"),
    ],
)
def test_who_recognised_is_checked_and_named_by_path(facts: dict[str, object], says: str) -> None:
    with pytest.raises(rl.InvalidInput, match=says):
        rl.Claim(rl.Person("x"), **facts)  # type: ignore[arg-type]
