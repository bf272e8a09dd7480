"""Review s39 ex39: exclusion and cessation, Arts 1C-1F (findings F1, F2 and F4 of the review)."""

from __future__ import annotations

import attrs

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.law.art_33 import positions_relied_on
from refugeelaw.law.protection import ROK_NATIONALITY_READING

_1E = "Art 1E: rights of a national in the country of residence"
_ENTITLED = "Art 1D, second paragraph: ipso facto entitled"
_LISTED = (
    "the person's nationalities are taken as listed, North Korea's without the Republic of "
    "Korea's: were the Republic's listed"
)


def _recognised_in_seoul(**changes: object) -> rl.Claim:
    """A recognised North Korean with a national's rights in the Republic of Korea, whose fear of
    North Korea is no longer well-founded."""
    facts: dict[str, object] = {
        "recognised": True,
        "rights_of_national_in": "KOR",
        "fears": [testing.escapee_harm(likelihood=0.02)],
    }
    return testing.north_korean_escapee(**{**facts, **changes})


def test_art_1e_for_a_north_korean_in_the_rok_names_the_rok_nationality_reading_gp_2014() -> None:
    """Refugee Convention art. 1E, and Art 1A(2) second paragraph: whether the Republic of Korea is
    a North Korean's country of residence (Art 1E) or of nationality (Art 1A(2); *GP and others
    (South Korean citizenship) North Korea CG* [2014] UKUT 391: "All North Korean citizens are
    also citizens of South Korea") is the contested reading the library names as
    ``ROK_NATIONALITY_READING``. Before (s39 ex39 F1) a recognised refugee listed as North
    Korea's national alone was EXCLUDED under Art 1E with "Doctrinal positions relied on: none",
    though with the ROK's nationality listed the same facts give REFUGEE; after, the Art 1E
    finding says the nationalities are taken as listed and names the reading, which the outcome
    and the return that rests on it list."""
    claim = _recognised_in_seoul()
    status = rl.assess_status(claim, on="2010-06-30")
    assert status.outcome is rl.Status.EXCLUDED
    found = status.finding.find(_1E)
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert _LISTED in found.reason
    assert "whose protection is for Art 1A(2), second paragraph, not Art 1E" in found.reason
    assert ROK_NATIONALITY_READING in found.assumptions
    assert "person.nationalities" in found.facts
    assert ROK_NATIONALITY_READING in status.assumptions()
    assert ROK_NATIONALITY_READING in positions_relied_on(status)
    # The other reading: the ROK's nationality listed, South Korea is the person's own country.
    dual = attrs.evolve(
        claim, person=attrs.evolve(claim.person, nationalities=frozenset({"PRK", "KOR"}))
    )
    other = rl.assess_status(dual, on="2010-06-30")
    assert other.outcome is rl.Status.REFUGEE
    other_1e = other.finding.find(_1E)
    assert other_1e is not None
    assert other_1e.verdict is rl.Verdict.NOT_MET
    assert ROK_NATIONALITY_READING not in other_1e.assumptions


def test_art_1e_rok_reading_is_carried_where_the_fear_is_not_yet_stated_art_1e() -> None:
    """Refugee Convention art. 1E: with what the person fears not stated, Art 1E is open (a fear of
    persecution in the country of residence would keep it off); the finding still rests on South
    Korea being a country of residence, and names the reading."""
    status = rl.assess_status(_recognised_in_seoul(fears=None), on="2010-06-30")
    assert status.outcome is rl.Status.UNDETERMINED
    found = status.finding.find(_1E)
    assert found is not None
    assert found.verdict is rl.Verdict.UNKNOWN
    assert ROK_NATIONALITY_READING in found.assumptions


def test_art_1e_in_another_country_does_not_name_the_rok_reading() -> None:
    """Refugee Convention art. 1E: a North Korean with a national's rights in Japan is not a
    question of the ROK's nationality, and the Art 1E finding neither names the ROK reading nor
    speaks of it."""
    claim = testing.north_korean_escapee(
        recognised=True, rights_of_national_in="JPN", fears=[testing.escapee_harm(likelihood=0.02)]
    )
    status = rl.assess_status(claim, on="2010-06-30")
    assert status.outcome is rl.Status.EXCLUDED
    found = status.finding.find(_1E)
    assert found is not None
    assert ROK_NATIONALITY_READING not in found.assumptions
    assert "Republic of Korea" not in found.reason


def _palestinian_from_syria(location: str) -> rl.Claim:
    person = rl.Person(
        "Palestinian from Syria", nationalities=set(), habitual_residence="SYR", location=location
    )
    return rl.Claim(person, fears=[], unrwa_assistance_ceased=True)


def test_art_1d_entitlement_says_the_person_is_still_in_unrwas_area_el_kott_xt() -> None:
    """Refugee Convention art. 1D, second paragraph, as CJEU *El Kott* (C-364/11) reads it, with
    *XT* (C-507/19): whether the assistance has ceased weighs every field of UNRWA's area of
    operations the person can enter and safely remain in. Before (s39 ex39 F2) a Palestinian from
    Syria now in Jordan, one of UNRWA's fields, was found ipso facto entitled with no word that he
    was still in the area; after, the finding says so and reads the cessation found as the
    decision-maker's finding that the assistance cannot be had there in safety. The outcome
    (REFUGEE, on that finding) is unchanged."""
    status = rl.assess_status(_palestinian_from_syria("JOR"), on="2014-01-01")
    assert status.outcome is rl.Status.REFUGEE
    found = status.finding.find(_ENTITLED)
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert "the person is now in Jordan, in UNRWA's area of operations" in found.reason
    assert "(CJEU Alheto, C-585/16; XT, C-507/19)" in found.reason
    assert "person.location" in found.facts


def test_art_1d_entitlement_outside_unrwas_area_is_worded_as_before() -> None:
    """Refugee Convention art. 1D, second paragraph: a Palestinian from Syria in Hungary, outside
    UNRWA's area of operations, is entitled with nothing said of the area; one still in Syria is
    not entitled (not outside the country)."""
    away = rl.assess_status(_palestinian_from_syria("HUN"), on="2014-01-01")
    assert away.outcome is rl.Status.REFUGEE
    found = away.finding.find(_ENTITLED)
    assert found is not None
    assert "UNRWA's area of operations" not in found.reason
    assert "person.location" not in found.facts
    home = rl.assess_status(_palestinian_from_syria("SYR"), on="2014-01-01")
    assert home.outcome is rl.Status.NOT_REFUGEE


def test_compelling_reasons_field_words_each_proviso_as_art_1c_5_and_1c_6_word_it() -> None:
    """Refugee Convention art. 1C(5) and 1C(6), provisos: 1C(5)'s compelling reasons are "for
    refusing to avail himself of the protection of the country of nationality", 1C(6)'s "for
    refusing to return to the country of his former habitual residence". Before (s39 ex39 F4) the
    ``Claim.compelling_reasons`` documentation gave both 1C(6)'s words."""
    doc = rl.Claim.__doc__ or ""
    start = doc.index("compelling_reasons:")
    entry = " ".join(doc[start : doc.index("statutory_refugee:", start)].split())
    assert "for refusing to avail himself of the protection of the country of nationality" in entry
    assert "for refusing to return to the country of his former habitual residence" in entry
    assert "for refusing to return (the proviso" not in entry
