"""Art 1B(1)(a) declarations kept for years and extended under Art 1B(2): the dated choices of
Italy, Hungary, Brazil, Portugal and Malta in the Convention file, each test naming the record's
source. A party's choice before its extension is alternative (a), so a fear arising from events
outside Europe falls outside art. 1A(2) there, even under the Protocol (art. I(3))."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw._data import read_text
from refugeelaw.law.limits import PRESUMED_CHOICE_READING


def _outside_europe() -> rl.Claim:
    return testing.north_korean_escapee(events_before_1951=True, events_in_europe=False)


def test_italy_kept_the_geographic_limitation_in_1985() -> None:
    """Decree-Law 416/1989 art. 1(1) (Normattiva): the effects in Italian law of Italy's
    geographic limitation cease from 31 Dec 1989; before then Italy, bound by the Protocol since
    1972, kept alternative (a) under its art. I(3)."""
    assert rl.states.art_1b_choice("ITA", "1985-01-01")[0] == "a"
    d = rl.assess_status(_outside_europe(), on="1985-01-01", state="ITA")
    assert d.outcome is rl.Status.NOT_REFUGEE
    assert rl.states.art_1b_choice("ITA", "1989-12-30")[0] == "a"
    assert rl.states.art_1b_choice("ITA", "1989-12-31")[0] == "b"
    later = rl.assess_status(_outside_europe(), on="1991-01-01", state="ITA")
    assert later.outcome is rl.Status.REFUGEE


def test_italy_s_extension_date_is_flagged_as_the_domestic_act_s() -> None:
    """The Art 1B(2) notification to the Secretary-General was not seen: the basis says so."""
    choice, basis = rl.states.art_1b_choice("ITA", "2009-05-06")
    assert choice == "b"
    assert "not having been seen" in basis
    assert "unverified" in basis


def test_portugal_extended_on_13_july_1976() -> None:
    """Diário da República notices: (a) declared on accession (22 Dec 1960); declarations that
    the Convention applies 'sem qualquer limitação geográfica' deposited on 13 Jul 1976."""
    assert rl.states.art_1b_choice("PRT", "1976-07-12")[0] == "a"
    assert rl.states.art_1b_choice("PRT", "1976-07-13")[0] == "b"


def test_hungary_applied_alternative_b_from_the_asylum_act() -> None:
    """Resolution 113/1997 OGY withdraws the territorial limitation from the Asylum Act's entry
    into force (1 Mar 1998, U.S. Committee for Refugees)."""
    assert rl.states.art_1b_choice("HUN", "1995-01-01")[0] == "a"
    assert rl.states.art_1b_choice("HUN", "1998-02-28")[0] == "a"
    assert rl.states.art_1b_choice("HUN", "1998-03-01")[0] == "b"


def test_brazil_applied_section_b1_a_until_december_1989() -> None:
    """Decreto 50.215 (1961) applied Seção B.1 (a); Decreto 98.602 of 19 Dec 1989, B.1 (b)."""
    assert rl.states.art_1b_choice("BRA", "1980-01-01")[0] == "a"
    assert rl.states.art_1b_choice("BRA", "1990-01-01")[0] == "b"


def test_malta_s_choice_after_1996_is_not_known() -> None:
    """A Government of Malta letter of 6 May 1996 (quoted by the IRB) confirms alternative (a);
    no date of an extension was found, so later the outcome stays open."""
    assert rl.states.art_1b_choice("MLT", "1990-01-01")[0] == "a"
    assert rl.states.art_1b_choice("MLT", "2005-01-01")[0] is None
    d = rl.assess_status(_outside_europe(), on="2005-01-01", state="MLT")
    assert d.outcome is rl.Status.UNDETERMINED


@pytest.mark.parametrize(
    "state",
    json.loads(read_text("participation", "refugee-convention-1951.json"))["art_1b"][
        "alternative_a"
    ],
)
def test_every_state_listed_as_choosing_a_has_a_dated_history_opening_with_a(state: str) -> None:
    p = rl.states.participation(state, "refugee-convention-1951")
    assert p is not None
    assert p.art_1b_history
    assert p.art_1b_history[0].choice == "a"
    dates = [c.since for c in p.art_1b_history if c.since is not None]
    assert dates == sorted(dates)


_AT_BGBL_2005_III_217_B = (
    "AFG",
    "BLR",
    "GEO",
    "KAZ",
    "KNA",
    "MDA",
    "MEX",
    "SRB",
    "SWZ",
    "TLS",
    "TTO",
)


@pytest.mark.parametrize("state", _AT_BGBL_2005_III_217_B)
def test_states_the_austrian_notice_of_2005_lists_as_declaring_b_chose_b_from_the_start(
    state: str,
) -> None:
    """BGBl. III Nr. 217/2005 (Austrian federal law gazette, RIS authentic text, official): these
    states declared themselves bound by alternative b of Art 1 B(1) (on accession; Serbia and
    Montenegro with its continued participation from 27 Apr 1992). The choice is dated, verified
    and read from the record, not from the presumption for states not listed as choosing (a)."""
    p = rl.states.participation(state, "refugee-convention-1951")
    assert p is not None
    assert [c.choice for c in p.art_1b_history] == ["b"]
    assert p.art_1b_history[0].since is None
    choice, basis = rl.states.art_1b_choice(state, "2010-01-01")
    assert choice == "b"
    assert "217/2005" in basis
    assert "verified" in basis
    assert (
        state
        not in json.loads(read_text("participation", "refugee-convention-1951.json"))["art_1b"][
            "alternative_a"
        ]
    )


def test_a_state_whose_participation_is_not_recorded_is_not_said_to_be_bound_by_neither() -> None:
    """Art 1B(1) and Protocol art. I(2)-(3): only a party to the Convention alone keeps the
    dateline, and only a State that declared alternative (a) the geographic limitation. For a
    former State the status tables no longer list and the data holds no record of (Democratic
    Yemen in 1989) the header said it was "bound by neither the Convention nor the Protocol" and
    applied the Protocol's definition as for a non-party (REFUGEE), though ``party_status`` answers
    UNKNOWN (the status review's F6, found on Yugoslavia in 1990, which now has a Protocol record:
    bound from 21 December 1973 at the latest, its Convention participation still unknown). The
    header says its participation is not known, and the limits it would keep bound by the
    Convention alone stay open (UNDETERMINED); a State the tables would list were it a party (China
    in 1980) is still bound by neither."""
    harm = rl.Harm("prison", "IRQ", severity="serious", likelihood=0.9, actor="state",
                   reasons={"political_opinion"})  # fmt: skip

    def assessed(state: str, on: str) -> rl.StatusDetermination:
        person = rl.Person("P", {"IRQ"}, location=state)
        return rl.assess_status(rl.Claim(person, fears=[harm]), on=on, state=state)

    for instrument in ("refugee-convention-1951", "refugee-protocol-1967"):
        assert rl.party_status("YMD", instrument, on="1989-06-01").verdict is rl.Verdict.UNKNOWN
    yemen = assessed("YMD", "1989-06-01")
    header = yemen.explain().splitlines()[1]
    assert "bound by neither" not in header
    assert "whether South Yemen is bound by the Convention or the Protocol" in header
    assert yemen.outcome is rl.Status.UNDETERMINED
    assert "events_before_1951" in yemen.missing_facts()
    after_1951 = rl.assess_status(
        rl.Claim(rl.Person("P", {"IRQ"}, location="YMD"), fears=[harm], events_before_1951=False,
                 events_in_europe=False),
        on="1989-06-01",
        state="YMD",
    )  # fmt: skip
    assert after_1951.outcome is rl.Status.UNDETERMINED  # the data gap, not a fact, remains
    assert "states['YMD'].refugee-protocol-1967" in after_1951.missing_facts()
    # Yugoslavia in 1990: bound by the Protocol, its Convention participation unknown, and the
    # header says so rather than "bound by neither".
    assert rl.party_status("YUG", "refugee-convention-1951", on="1990-06-01").verdict is (
        rl.Verdict.UNKNOWN
    )
    yugoslavia = assessed("YUG", "1990-06-01").explain().splitlines()[1]
    assert "Yugoslavia is bound by the 1967 Protocol on 1990-06-01" in yugoslavia
    assert "whether it is also bound by the 1951 Convention is not known" in yugoslavia
    china = assessed("CHN", "1980-01-01")
    assert "China is bound by neither the Convention nor the Protocol" in china.explain()
    assert china.outcome is rl.Status.REFUGEE


# The presumed choice of a party not listed (status review s35 F5).


def _chinese(**facts: Any) -> rl.Claim:
    """A refugee from China in Argentina whose fear results from events of 1949, in Asia."""
    claim = rl.Claim(
        rl.Person("Refugee from China", {"CHN"}, location="ARG"),
        fears=[
            rl.Harm("imprisonment", "CHN", severity="threat_to_life_or_freedom", likelihood=0.5,
                    actor="state", reasons={"political_opinion"})
        ],
        events_before_1951=True,
        events_in_europe=False,
    )  # fmt: skip
    return attrs.evolve(claim, **facts)


def test_argentinas_presumed_choice_of_alternative_b_is_said_and_named_where_it_decides() -> None:
    """Art 1B(1): Argentina, bound by the Convention alone in 1965, is not among the states the
    data knows to have chosen alternative (a), a list the data says is not complete: its choice
    of (b) is a presumption (``rl.states.art_1b_presumed``). A refugee from China (events in Asia,
    1949) is a refugee there only on it: REFUGEE, unchanged, but the limits' finding now says so,
    and the result names ``law.limits.PRESUMED_CHOICE_READING`` (before, nothing in the result
    mentioned the geographic limitation or the presumption). Art. 33(1)'s protection of him as a
    refugee rests on it too. Türkiye's recorded choice of (a) is no presumption."""
    assert rl.states.art_1b_presumed("ARG", "1965-01-01")
    assert not rl.states.art_1b_presumed("TUR", "1965-01-01")
    assert not rl.states.art_1b_presumed("ITA", "1985-01-01")
    result = rl.assess_status(_chinese(), on="1965-01-01", state="ARG")
    assert result.outcome is rl.Status.REFUGEE
    assert PRESUMED_CHOICE_READING in result.assumptions()
    limits = result.finding.find("dateline and geographic limitation")
    assert limits is not None
    assert limits.reason.endswith(
        "Argentina is not among the states the data knows to have chosen alternative (a) of Art "
        "1B(1) (events occurring in Europe), a list the data says is not complete: its choice is "
        "presumed to be alternative (b), events occurring in Europe or elsewhere"
    )
    returned = rl.assess_return(_chinese(), by="ARG", to="CHN", on="1965-01-01")
    assert returned.outcome is rl.ReturnOutcome.PROHIBITED
    assert PRESUMED_CHOICE_READING in returned.assumptions()
    recognised = rl.assess_status(_chinese(recognised=True), on="1965-01-01", state="ARG")
    assert recognised.outcome is rl.Status.REFUGEE
    assert PRESUMED_CHOICE_READING in recognised.assumptions()


def test_the_presumed_choice_is_not_named_where_it_decides_nothing() -> None:
    """Art 1B(1): alternative (a) would ask for events in Europe. Where they occurred in Europe,
    either choice counts them; where the dateline already excludes the person (events after
    1951), or another element of Art 1A(2) fails (no well-founded fear), the choice changes
    nothing; under the Protocol (art. I(3): "without any geographic limitation" save a
    declaration already made under Art 1B(1)(a)) the library applies that rule to a party with
    none recorded and does not name the presumption. The limits' finding still says where the
    choice is presumed."""
    for facts in (
        {"events_in_europe": True},
        {"events_before_1951": False},
        {"fears": [rl.Harm("imprisonment", "CHN", severity="threat_to_life_or_freedom",
                           likelihood=0.01, actor="state", reasons={"political_opinion"})]},
    ):  # fmt: skip
        result = rl.assess_status(_chinese(**facts), on="1965-01-01", state="ARG")
        assert PRESUMED_CHOICE_READING not in result.assumptions(), facts
        limits = result.finding.find("dateline and geographic limitation")
        assert limits is not None
        assert "its choice is presumed to be alternative (b)" in limits.reason
    # Events in Europe not known: alternative (a) would leave it open, so the presumption decides.
    open_ = rl.assess_status(_chinese(events_in_europe=None), on="1965-01-01", state="ARG")
    assert open_.outcome is rl.Status.REFUGEE
    assert PRESUMED_CHOICE_READING in open_.assumptions()
    protocol = rl.assess_status(_chinese(), on="1975-01-01", state="ARG")
    assert protocol.outcome is rl.Status.REFUGEE
    assert PRESUMED_CHOICE_READING not in protocol.assumptions()
