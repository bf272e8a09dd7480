"""The European Convention on Human Rights (1950) and Protocols No. 6 and 13 as bars on return:
who is bound (its data), art. 3, art. 6 (flagrant denial of justice) and the death penalty.

The cases named (*Soering*, *Chahal*, *Saadi*, *Hirsi Jamaa*, *M.S.S.*, *Othman*) are decided
cases whose facts the scenarios simplify; the library holds no text of the judgments (except
*Hirsi Jamaa*'s paragraphs on jurisdiction), so the tests check the rule as the library states it,
on the participation data it holds.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from importlib import resources
from typing import Any

import attrs
import pytest

import refugeelaw as rl
from refugeelaw import _speed, states
from refugeelaw.law import echr, iccpr, removal
from refugeelaw.law.iccpr import PRIVATE_PENALTY_READING

ECHR = "echr-1950"
P6 = "echr-protocol-6-1983"
P13 = "echr-protocol-13-2002"
ART_3 = "ECHR art. 3"
ART_6 = "ECHR art. 6(1)"


def _harm(country: str, **changes: Any) -> rl.Harm:
    """A harm that no bar reaches until ``changes`` say otherwise (every flag decided)."""
    harm = rl.Harm(
        "ill-treatment on return",
        country,
        severity=rl.Severity.SERIOUS,
        likelihood=0.6,
        actor=rl.Actor.STATE,
        reasons={rl.Motive.CRIMINAL_PROSECUTION},
        # A prosecution by its reason (``Harm.is_prosecution``): for an offence other than
        # leaving (UNHCR Handbook para. 61 does not arise), neither discriminatory nor under a law
        # contrary to human rights (paras 56-59).
        exit_offence=False,
        discriminatory=False,
        law_contrary_to_human_rights=False,
        torture=False,
        official_involvement=True,
        irreparable=False,
        risk_to_life=False,
        flagrant_denial_of_justice=False,
        death_penalty=False,
    )
    return attrs.evolve(harm, **changes)


def _claim(harm: rl.Harm, location: str, **changes: Any) -> rl.Claim:
    claim = rl.Claim(
        rl.Person("applicant", {harm.country}, location=location),
        fears=(harm,),
        internal_relocation=False,
        protection={harm.country: rl.Protection.UNAVAILABLE},
    )
    return attrs.evolve(claim, **changes)


def _cited(result: rl.ReturnAssessment) -> list[str]:
    return [str(o.citation) for o in result.breaches]


def _bar(result: rl.ReturnAssessment, name: str) -> rl.Finding | None:
    return next((b for b in result.finding.children if b.element.startswith(name)), None)


# -- the data -------------------------------------------------------------------------------------


def _file(key: str) -> dict[str, Any]:
    path = resources.files("refugeelaw").joinpath(f"data/participation/{key}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_the_texts_of_articles_3_and_6_1_are_held_verbatim_from_the_dutch_official_text() -> None:
    art_3 = rl.provision(ECHR, "3")
    assert art_3.text == (
        "No one shall be subjected to torture or to inhuman or degrading treatment or punishment."
    )
    art_6_1 = rl.provision(ECHR, "6(1)").text
    assert art_6_1 is not None
    assert art_6_1.startswith("1. In the determination of his civil")
    art_15_2 = rl.provision(ECHR, "15(2)").text
    assert art_15_2 is not None
    assert "No derogation from Article 2" in art_15_2
    for key in (P6, P13):
        assert rl.provision(key, "1").text == (
            "The death penalty shall be abolished. No one shall be condemned to such penalty or "
            "executed."
        )


def test_the_participation_data_is_partial_and_says_so() -> None:
    """44 of the 46 member states are dated (research, third to fifth passes), with Russia and
    Czechoslovakia; Cyprus and Greece are not: the horizon is incomplete."""
    horizon = rl.states.horizon(ECHR)
    assert horizon is not None
    assert horizon.complete is False
    records = {r["state"] for r in _file(ECHR)["records"]}
    assert len(records) == 46
    assert {"CYP", "GRC"}.isdisjoint(records)
    assert {"RUS", "CSK", "CZE"} <= records
    assert len(_file(ECHR)["eligible"]["states"]) == 47


def test_czechia_is_bound_by_succession_from_1_january_1993() -> None:
    """The chart of signatures and ratifications at 31 December 1994 appended to Loizidou v.
    Turkey (preliminary objections, 1995): 'CZECH REP. | 21/02/91 | 18/03/92 | 01/01/93'. The
    Czech and Slovak Federal Republic's deposit of 18 March 1992 bound the federation until it
    ended; the Czech Republic is bound from the day it came into being, as Slovakia is. The day
    before, neither names a State (their ``statehood`` records: Czechoslovakia ceased to exist on
    31 December 1992) and each is refused, naming Czechoslovakia (was: NOT_MET)."""
    for state in ("CZE", "SVK"):
        found = rl.party_status(state, ECHR, on="1993-01-01")
        assert found.verdict is rl.Verdict.MET
        assert "succession, status verified" in found.reason
        with pytest.raises(rl.InvalidInput, match=rf"^state: {state} .* part of Czechoslovakia"):
            rl.party_status(state, ECHR, on="1992-12-31")
    assert rl.party_status("CSK", ECHR, on="1992-12-31").verdict is rl.Verdict.MET
    assert rl.party_status("CZE", ECHR, on="2015-01-01").verdict is rl.Verdict.MET


def test_the_protocols_signature_clauses_are_held_p6_art_7_p13_art_6() -> None:
    """Protocol No. 6 art. 7 and Protocol No. 13 art. 6 (BWB mirror of the English texts,
    statengeneraal/laws-markdown, BWBV0001037 and BWBV0001788): a member State may not ratify
    either unless it has ratified the Convention, simultaneously or previously; arts 6 and 5 make
    their articles additional articles to the Convention. Protocol No. 13's signature clause is
    art. 6 (art. 7 is its entry into force), no longer cited as "final clauses"."""
    p6 = rl.provision(P6, "7")
    assert p6.status == "verified"
    assert p6.verbatim
    assert p6.text is not None
    assert (
        "may not ratify, accept or approve this Protocol unless it has, simultaneously or "
        "previously, ratified the Convention" in p6.text
    )
    assert p6.source is not None
    assert p6.source.path is not None
    assert p6.source.path.endswith("BWBV0001037/README.md")
    p13 = rl.provision(P13, "6")
    assert p13.status == "verified"
    assert p13.text is not None
    assert "without previously or simultaneously ratifying the Convention" in p13.text
    assert p13.source is not None
    assert p13.source.path is not None
    assert p13.source.path.endswith("BWBV0001788/README.md")
    for protocol, pin in ((P6, "6"), (P13, "5")):
        text = rl.provision(protocol, pin).text
        assert text is not None
        assert "additional articles to the Convention" in text
    assert _file(P13)["eligible"]["provision"] == "6"


#: The entry into force each Protocol record carried, by hand, until the late-party rule was held
#: (obligations review F5): the dates its sources give (the europeancourt.org and verdragen.nl
#: rows its notes quote, the national gazettes), or the rule's, computed by hand.
_HAND_DATES = {
    P6: {
        "ALB": "2000-10-01", "AND": "1996-02-01", "ARM": "2003-10-01", "AZE": "2002-05-01",
        "BEL": "1999-01-01", "BGR": "1999-10-01", "BIH": "2002-08-01", "CHE": "1987-11-01",
        "CSK": "1992-04-01", "CYP": "2000-02-01", "DEU": "1989-08-01", "EST": "1998-05-01",
        "FIN": "1990-06-01", "FRA": "1986-03-01", "GBR": "1999-06-01", "GEO": "2000-05-01",
        "GRC": "1998-10-01", "HRV": "1997-12-01", "HUN": "1992-12-01", "IRL": "1994-07-01",
        "ISL": "1987-06-01", "ITA": "1989-01-01", "LIE": "1990-12-01", "MCO": "2005-12-01",
        "MDA": "1997-10-01", "MKD": "1997-05-01", "MLT": "1991-04-01", "NLD": "1986-05-01",
        "POL": "2000-11-01", "ROU": "1994-07-01", "SRB": "2004-04-01", "SVN": "1994-07-01",
        "TUR": "2003-12-01",
    },
    P13: {
        "ALB": "2007-06-01", "ARM": "2024-02-01", "AUT": "2004-05-01", "BEL": "2003-10-01",
        "BIH": "2003-11-01", "CZE": "2004-11-01", "DEU": "2005-02-01", "EST": "2004-06-01",
        "FIN": "2005-03-01", "FRA": "2008-02-01", "GBR": "2004-02-01", "GEO": "2003-09-01",
        "GRC": "2005-06-01", "HUN": "2003-11-01", "ISL": "2005-03-01", "ITA": "2009-07-01",
        "LTU": "2004-05-01", "LUX": "2006-07-01", "LVA": "2012-05-01", "MCO": "2006-03-01",
        "MDA": "2007-02-01", "MKD": "2004-11-01", "NLD": "2006-06-01", "NOR": "2005-12-01",
        "POL": "2014-09-01", "PRT": "2004-02-01", "ROU": "2003-08-01", "SMR": "2003-08-01",
        "SRB": "2004-07-01", "SVK": "2005-12-01", "SVN": "2004-04-01", "TUR": "2006-06-01",
    },
}  # fmt: skip


@pytest.mark.parametrize(("protocol", "pin"), [(P6, "8(2)"), (P13, "7(2)")])
def test_every_protocol_record_enters_into_force_by_p6_art_8_2_and_p13_art_7_2(
    protocol: str, pin: str
) -> None:
    """Protocol No. 6 art. 8(2): for a later party, "the first day of the month following the
    date of the deposit"; Protocol No. 13 art. 7(2): "the first day of the month following the
    expiration of a period of three months after the date of the deposit" (BWB mirror). The rule
    is now held (it was 'none', so a record without an in_force entered into force on deposit:
    obligations review F5), and the records no longer carry the dates it gives: from each
    record's deposit it derives the date the record carried by hand (never before the Protocol's
    own entry into force, for the deposits before it)."""
    instrument = rl.instruments.get(protocol)
    assert instrument.rule.provision == pin
    text = rl.provision(protocol, pin).text
    assert text is not None
    assert "shall enter into force on the first day of the month following" in text
    for state, day in _HAND_DATES[protocol].items():
        record = next(r for r in _file(protocol)["records"] if r["state"] == state)
        assert "in_force" not in record, state
        assert instrument.in_force_for(record["deposited"]).isoformat() == day, state
        p = states.participation(state, protocol)
        assert p is not None
        assert p.in_force == dt.date.fromisoformat(day), state
    for record in _file(protocol)["records"]:
        if record["action"] in ("ratification", "acceptance") and record.get("deposited"):
            p = states.participation(record["state"], protocol)
            assert p is not None
            assert p.in_force == instrument.in_force_for(record["deposited"]), record["state"]


def test_a_user_record_enters_into_force_on_the_first_of_a_month_p6_art_8_2_p13_art_7_2() -> None:
    """A record the user gives with no in_force (a data refresh, or ``extra=``): deposited on
    10 February 2016, Protocol No. 6 binds from 1 March 2016 (art. 8(2)), Protocol No. 13 from
    1 June 2016 (art. 7(2)); before: from 10 February, the day of deposit."""
    cases = ((P6, "2016-02-29", "2016-03-01"), (P13, "2016-05-31", "2016-06-01"))
    for protocol, before, since in cases:
        p = states.Participation(
            state="RUS", instrument=protocol, action="ratification", deposited="2016-02-10"
        )
        assert p.in_force is None
        found = rl.party_status("RUS", protocol, on=before, extra=[p])
        assert found.verdict is rl.Verdict.NOT_MET
        assert f"enters into force for Russian Federation only on {since}" in found.reason
        assert rl.party_status("RUS", protocol, on=since, extra=[p]).verdict is rl.Verdict.MET
    rule = rl.instruments.get(P13).rule
    assert rule.apply(dt.date(2016, 1, 31)) == dt.date(2016, 5, 1)
    assert rule.apply(dt.date(2016, 12, 1)) == dt.date(2017, 4, 1)
    assert rl.instruments.get(P6).rule.apply(dt.date(2016, 12, 31)) == dt.date(2017, 1, 1)


def test_a_member_state_with_no_record_is_unknown_never_not_a_party() -> None:
    """Greece is a member of the Council of Europe; its own deposit (after its denunciation of
    1969) was not found. Before the day Protocol No. 6 shows it bound (1 October 1998), whether
    the Convention bound it is unknown, never "not a party"."""
    found = rl.party_status("GRC", ECHR, on="1995-01-01")
    assert found.verdict is rl.Verdict.UNKNOWN
    assert "no record of Greece's own participation in ECHR" in found.reason
    assert found.missing == ("states['GRC'].echr-1950",)


@pytest.mark.parametrize(
    ("state", "since", "deposited"),
    [("GRC", "1998-10-01", "1998-09-08"), ("CYP", "2000-02-01", "2000-01-19")],
)
def test_a_protocol_no_6_party_is_bound_by_the_convention_from_its_entry_into_force_art_7(
    state: str, since: str, deposited: str
) -> None:
    """Protocol No. 6, art. 7: a member State "may not ratify, accept or approve this Protocol
    unless it has, simultaneously or previously, ratified the Convention" (BWB mirror, text held);
    art. 6: its articles are "additional articles to the Convention". Greece (deposit 8 September
    1998, in force 1 October 1998) and Cyprus (19 January 2000, 1 February 2000), on the
    europeancourt.org mirror of the Council of Europe's chart, have no ECHR record of their own:
    the Convention binds them from the Protocol's entry into force for them at the latest, and
    before it is unknown (Greece denounced the Convention in 1969 and ratified it again after
    1974, deposits the data does not hold); before the Convention's own entry into force (3 September 1953) it bound
    no one. Protocol No. 13 (art. 6) shows the same from its own day, and its data (verdragen.nl,
    1 February 2024) speaks for a later date than the Convention's."""
    day = dt.date.fromisoformat(since)
    found = rl.party_status(state, ECHR, on=since)
    assert found.verdict is rl.Verdict.MET
    assert f"since {since} at the latest, inferred from ECHR Protocol No. 6" in found.reason
    assert f"(deposited {deposited})" in found.reason
    assert "simultaneously or previously, ratified the Convention" in found.reason
    assert "(ECHR Protocol No. 6 art. 7)" in found.reason
    assert '"additional articles to the Convention" (art. 6)' in found.reason
    assert "ECHR Protocol No. 13, in force for" in found.reason
    assert "europeancourt.org Dutch page" in found.reason  # the Protocol record's source
    assert "Dutch official treaty database (BWB)" in found.reason  # the text of art. 7
    before = rl.party_status(state, ECHR, on=day - dt.timedelta(days=1))
    assert before.verdict is rl.Verdict.UNKNOWN
    assert before.missing == (f"states['{state}'].echr-1950",)
    assert rl.party_status(state, ECHR, on="1953-09-02").verdict is rl.Verdict.NOT_MET
    assert rl.party_status(state, ECHR, on="2016-04-04").verdict is rl.Verdict.MET
    assert rl.states.data_speaks_for(state, ECHR) == dt.date(2024, 2, 1)
    record = rl.states.participation(state, ECHR)
    assert record is not None
    assert record.status == "secondary"
    assert record.in_force == day
    assert record.deposited is None
    assert rl.states.inferred(record) is not None
    assert rl.states.inferred(rl.states.participation("ITA", ECHR)) is None
    # The data file holds no record of its own for either (the inference is the library's).
    assert state not in {r["state"] for r in _file(ECHR)["records"]}


def test_a_convention_inferred_from_protocol_no_6_alone_is_unknown_after_its_data_speaks() -> None:
    """Protocol No. 6 art. 7, where only its data shows a state bound: the Protocol's dataset
    speaks for 31 December 1998, the Convention's for 16 September 2022. The Convention is
    inferred to bind from the Protocol's entry into force, and after 31 December 1998 whether it
    still did is not shown (a denunciation would not be recorded), so the answer is unknown
    there, not a confident "bound". No inference without the clause's words."""
    protocol = rl.Participation(
        state="MLT",
        instrument=P6,
        action="ratification",
        deposited="1991-03-26",
        in_force="1991-04-01",  # art. 8(2)
        status="secondary",
        source=[rl.Source("Tractatenblad 1998, 91 (test copy)")],
    )
    horizons = states._datasets()[1]
    inferred = states._parent_inferred("MLT", ECHR, [protocol], horizons)
    assert inferred.in_force == dt.date(1991, 4, 1)
    assert inferred.in_doubt_from == dt.date(1953, 9, 3)
    assert inferred.as_of is None
    assert inferred.withdrawal is not None
    assert inferred.withdrawal.in_doubt_from == dt.date(1999, 1, 1)
    bound = rl.party_status("MLT", ECHR, on="1998-12-31", extra=[inferred])
    assert bound.verdict is rl.Verdict.MET
    assert "at the latest, inferred from ECHR Protocol No. 6" in bound.reason
    later = rl.party_status("MLT", ECHR, on="1999-01-01", extra=[inferred])
    assert later.verdict is rl.Verdict.UNKNOWN
    assert "speak for 1998-12-31 only" in later.reason
    assert states._clause(None) is None
    assert states._clause("This Protocol shall be open for signature.") is None


def test_a_greek_return_is_barred_by_echr_article_3_with_no_fact_asked_of_greece() -> None:
    """The return review's scenario (F2): Greece returning a Syrian to Türkiye on 4 April 2016,
    with a real risk of inhuman detention there. Before, ECHR art. 3 was undecided and the
    user was asked for `states['GRC'].echr-1950`; now art. 3 binds Greece (Protocol No. 6 art. 7)
    and is breached, and the obligation says it binds from 1 October 1998 at the latest."""
    harm = _harm("TUR", irreparable=True)
    claim = attrs.evolve(_claim(harm, "GRC"), person=rl.Person("X", {"SYR"}, location="GRC"))
    result = rl.assess_return(claim, by="GRC", to="TUR", on="2016-04-04")
    assert ART_3 in _cited(result)
    assert not any(o.instrument == ECHR for o in result.undecided)
    assert not any("echr-1950" in m for m in result.missing_facts())
    bar = _bar(result, "ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.MET
    (art_3,) = [
        o
        for o in rl.obligations_of("GRC", on="2016-04-04")
        if o.instrument == ECHR and o.provision == "3"
    ]
    assert art_3.bound is rl.Verdict.MET
    assert art_3.since == dt.date(1998, 10, 1)
    assert art_3.notes[0].startswith("Inferred from ECHR Protocol No. 6")
    bound = bar.find("the state is bound")
    assert bound is not None
    assert "since 1998-10-01 at the latest, inferred from ECHR Protocol No. 6" in bound.reason


@pytest.mark.parametrize("state", ["USA", "CHN", "KEN", "AUS", "BLR"])
def test_a_state_outside_the_council_of_europe_is_never_bound_article_59_1(state: str) -> None:
    """Art. 59(1): the Convention is open to the signature of the Members of the Council of
    Europe only."""
    found = rl.party_status(state, ECHR, on="2020-01-01")
    assert found.verdict is rl.Verdict.NOT_MET
    assert str(found.citations[0]) == "ECHR art. 59(1)"


def test_czechoslovakia_a_former_state_was_bound_from_18_march_1992_to_its_end() -> None:
    """Not among today's members, yet a party: deposit 18 Mar 1992 (Collection of Laws 209/1992);
    it ceased to exist at the end of 1992."""
    assert rl.party_status("CSK", ECHR, on="1992-06-01").verdict is rl.Verdict.MET
    assert rl.party_status("CSK", ECHR, on="1993-01-01").verdict is rl.Verdict.NOT_MET


def test_italy_is_bound_from_26_october_1955() -> None:
    """Council of Europe: entry into force for Italy 26 Oct 1955 (fourth research pass)."""
    assert rl.party_status("ITA", ECHR, on="1955-10-25").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("ITA", ECHR, on="1955-10-26").verdict is rl.Verdict.MET


def test_the_united_kingdom_is_bound_from_the_conventions_entry_into_force_3_september_1953() -> (
    None
):
    """UK deposit 8 Mar 1951; art. 59(3)-(4): in force 3 Sep 1953 after ten ratifications."""
    assert rl.party_status("GBR", ECHR, on="1953-09-02").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("GBR", ECHR, on="1953-09-03").verdict is rl.Verdict.MET


def test_russia_ceased_to_be_a_party_on_16_september_2022() -> None:
    """Expelled from the Council of Europe on 16 March 2022; no longer a party from 16 Sep 2022."""
    assert rl.party_status("RUS", ECHR, on="2022-09-15").verdict is rl.Verdict.MET
    ended = rl.party_status("RUS", ECHR, on="2022-09-16")
    assert ended.verdict is rl.Verdict.NOT_MET
    assert "ended on 2022-09-16" in ended.reason


def test_an_obligation_that_ended_says_so_not_that_it_has_yet_to_enter_into_force() -> None:
    """ECHR art. 3 for Russia after its participation ended (16 September 2022): the duty is not
    owed, and the reason is that the participation ended, not that the Convention "enters into
    force for Russian Federation only on 1998-05-05" (a date long past)."""
    import datetime as dt

    from refugeelaw.law.obligations import survey

    art3 = next(
        s.finding
        for s in survey("RUS", dt.date(2022, 9, 16), rl.Doctrine())
        if s.finding.element == "ECHR art. 3"
    )
    assert art3.verdict is rl.Verdict.NOT_MET
    assert "ended on 2022-09-16" in art3.reason
    assert "enters into force" not in art3.reason
    # After the data's horizon (16 September 2022), a state that left may join again, as Greece
    # did in 1974, but only as a member of the Council of Europe (art. 59(1)), which Russia ceased
    # to be on 16 March 2022: not a party up to the last day a source shows it still outside
    # (25 October 2022; review s38 da38 F1: was asked of 2024-01-01, when the data cannot say).
    later = rl.party_status("RUS", ECHR, on="2022-10-25")
    assert later.verdict is rl.Verdict.NOT_MET
    assert "ended on 2022-09-16" in later.reason
    assert "ceased to be eligible on 2022-03-16" in later.reason
    assert "would not be recorded" in later.reason


def test_russia_off_the_council_of_europe_roster_is_bound_by_no_echr_protocol_art_59_1() -> None:
    """ECHR art. 59(1) and the Protocols' signature clauses open them to the Council of Europe's
    members only. Russia signed Protocol No. 6 (16 April 1997) and never ratified it; expelled on
    16 March 2022, it may not become a party to either Protocol, so from then until the last day a
    source shows it still outside (25 October 2022) it is not bound, not "unknown" for want of a
    complete list; before, while a member, the gap in the data stays a gap (and after, a
    readmission would not be recorded: tests/test_da38.py)."""
    for protocol in (P6, P13):  # up to 2022-10-25, the roster's last source (review s38 da38 F1)
        after = rl.party_status("RUS", protocol, on="2022-10-25")
        assert after.verdict is rl.Verdict.NOT_MET, protocol
        assert "ceased to be eligible on 2022-03-16" in after.reason
        assert "art. final clauses" not in after.reason
        clause = "(art. 7)" if protocol == P6 else "(art. 6)"  # each Protocol's signature clause
        assert clause in after.reason, after.reason
    assert rl.party_status("RUS", P6, on="2022-03-15").verdict is rl.Verdict.UNKNOWN
    c = _claim(_harm("TJK", death_penalty=True), "RUS")
    later = rl.assess_return(c, by="RUS", to="TJK", on="2022-10-25")
    assert not any(o.instrument in (ECHR, P6, P13) for o in later.undecided)


def test_russia_was_bound_by_neither_protocol_when_al_xw_was_decided_on_sources() -> None:
    """ECHR Protocols No. 6 and 13 and Russia, as sources speak for dates (`as_of`): *A.L. (X.W.)
    v Russia* (29 October 2015; the Court's Information Note 189: Russia "had never ratified
    Protocol No. 6 or signed Protocol No. 13"), JURIST (19 November 2009: "signed, but did not
    ratify, Protocol 6") and humanrights.ch (Protocol No. 6 "ratified by all CoE member states
    except Russia (as at 4 July 2019)"). Both were UNKNOWN from 1999 to 2022; each is now NOT_MET
    up to the last date a source speaks for, unknown after it while Russia was a member, and
    NOT_MET again from its expulsion (16 March 2022). The X.W. return on the day of the judgment no
    longer leaves the Protocols open."""
    for on in ("1999-01-01", "2009-11-19", "2015-10-29", "2019-07-04"):
        found = rl.party_status("RUS", P6, on=on)
        assert found.verdict is rl.Verdict.NOT_MET, on
        assert "not a party as at 2019-07-04" in found.reason
        assert "only a signature of 1997-04-16" in found.reason
    assert rl.party_status("RUS", P6, on="2019-07-05").verdict is rl.Verdict.UNKNOWN
    for on in ("2003-07-01", "2015-10-29"):
        found = rl.party_status("RUS", P13, on=on)
        assert found.verdict is rl.Verdict.NOT_MET, on
        assert "not a party as at 2015-10-29" in found.reason
    assert rl.party_status("RUS", P13, on="2015-10-30").verdict is rl.Verdict.UNKNOWN
    for protocol in (P6, P13):
        record = rl.states.participation("RUS", protocol)
        assert record is not None
        assert any("44095/14" in s.title for s in record.source)
    result = _wanted_in_china("2015-10-29")
    assert not any(o.instrument in (P6, P13) for o in result.undecided)
    assert not any(m.startswith("states['RUS'].echr-protocol") for m in result.missing_facts())


@pytest.mark.parametrize("instrument", [ECHR, P6, P13])
def test_each_roster_names_the_source_of_russias_expulsion_in_its_own_file(instrument: str) -> None:
    """Law is data with sources: the day Russia ceased to be eligible (expelled from the Council
    of Europe, 16 March 2022) is a record of each roster's own file, naming a source that file
    defines; a departure without one, or naming a source the file lacks, is refused at load."""
    raw = json.loads(
        resources.files("refugeelaw").joinpath(f"data/participation/{instrument}.json").read_text()
    )
    roster = states._load_eligible(raw)
    assert roster is not None
    on, _, sources = roster.left["RUS"]
    assert on == dt.date(2022, 3, 16)
    assert [s.date for s in sources] == [dt.date(2022, 3, 23)]
    gone = raw["eligible"]["left"]["RUS"]
    for broken, message in (
        ({"source": []}, "names no source"),
        ({"source": ["nowhere"]}, "nowhere"),
    ):
        raw["eligible"]["left"]["RUS"] = {**gone, **broken}
        with pytest.raises(ValueError, match=message):
            states._load_eligible(raw)


def test_germany_is_bound_by_protocols_6_from_1989_and_13_from_2005() -> None:
    assert rl.party_status("DEU", P6, on="1989-08-01").verdict is rl.Verdict.MET
    assert rl.party_status("DEU", P13, on="2005-01-31").verdict is rl.Verdict.NOT_MET
    assert rl.party_status("DEU", P13, on="2005-02-01").verdict is rl.Verdict.MET


# -- art. 3 ---------------------------------------------------------------------------------------


def test_soering_extradition_to_death_row_is_inhuman_treatment_barred_by_article_3() -> None:
    """*Soering v United Kingdom* (1989): the "death row phenomenon" in Virginia would be
    treatment contrary to art. 3; extradition from the UK would breach it."""
    harm = _harm(
        "USA",
        description="years on death row awaiting execution",
        irreparable=True,
        death_penalty=True,
    )
    result = rl.assess_return(_claim(harm, "GBR"), by="GBR", to="USA", on="1989-07-07")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART_3 in _cited(result)
    bar = _bar(result, "ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.MET
    assert "absolute" in bar.reason


def test_chahal_a_danger_to_security_lifts_article_33_but_not_the_echr_article_3_bar() -> None:
    """*Chahal v United Kingdom* (1996): a Sikh separatist the UK held a danger to its security;
    art. 33(2) lifts the Convention's bar, but art. 3 is absolute. (Ill-treatment short of
    torture, so CAT art. 3 does not reach it.)"""
    harm = _harm("IND", irreparable=True, reasons={rl.Ground.POLITICAL_OPINION})
    claim = _claim(harm, "GBR", danger_to_security=True)
    result = rl.assess_return(claim, by="GBR", to="IND", on="1996-11-15")
    art_33 = _bar(result, "Refugee Convention art. 33(1) bar")
    assert art_33 is not None
    assert art_33.verdict is rl.Verdict.NOT_MET
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART_3 in _cited(result)
    assert "CAT art. 3(1)" not in _cited(result)


def test_saadi_no_danger_to_italy_outweighs_the_risk_in_tunisia_article_3() -> None:
    """*Saadi v Italy* (2008): the Court refused to weigh the danger the applicant posed to Italy
    against the risk of ill-treatment in Tunisia: art. 3 bars the return though art. 33(2) would
    lift the Convention's bar."""
    harm = _harm("TUN", irreparable=True, reasons={rl.Ground.POLITICAL_OPINION})
    claim = _claim(harm, "ITA", danger_to_security=True)
    result = rl.assess_return(claim, by="ITA", to="TUN", on="2008-02-28")
    bar = _bar(result, "ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.MET
    art_33 = _bar(result, "Refugee Convention art. 33(1) bar")
    assert art_33 is not None
    assert art_33.verdict is rl.Verdict.NOT_MET
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART_3 in _cited(result)


def test_hirsi_jamaa_persons_intercepted_on_the_high_seas_are_within_italy_s_jurisdiction() -> None:
    """*Hirsi Jamaa v Italy* (2012): migrants taken aboard Italian ships on the high seas and
    returned to Libya were within Italy's jurisdiction: art. 3 bars the push-back."""
    harm = _harm("LBY", irreparable=True)
    claim = attrs.evolve(
        _claim(harm, "LBY"),
        person=rl.Person("intercepted migrant", {"SOM"}, location=None),
        under_control_of={"ITA"},
    )
    result = rl.assess_return(claim, by="ITA", to="LBY", on="2009-05-06")
    bar = _bar(result, "ECHR art. 3 bar")
    assert bar is not None
    binds, reach, risk = bar.children
    assert reach.verdict is rl.Verdict.MET
    assert "effective control" in reach.reason
    assert rl.Citation("ecthr-hirsi-jamaa-2012", "81") in reach.citations
    assert risk.verdict is rl.Verdict.MET
    assert binds.verdict is rl.Verdict.MET
    assert ART_3 in _cited(result)


def _afghan_at_the_greek_frontier(**changes: Any) -> rl.Claim:
    """An Afghan on Turkish soil at the Greek land frontier, whom Greece does not admit and
    Türkiye would send on to Afghanistan, fearing inhuman detention there (the review's
    scenario)."""
    harm = _harm("AFG", irreparable=True)
    claim = rl.Claim(
        rl.Person("A", {"AFG"}, location="TUR"),
        fears=(harm,),
        at_frontier=True,
        onward_removal={"TUR": {"AFG"}},
        internal_relocation=False,
        protection={"AFG": rl.Protection.UNAVAILABLE},
    )
    return attrs.evolve(claim, **changes)


def _greek_reach(result: rl.ReturnAssessment, bar: str) -> rl.Finding:
    found = result.finding.find(bar)
    assert found is not None
    reach = found.find("within the reach of Greece")
    assert reach is not None
    return reach


def test_hirsi_at_a_land_frontier_a_person_on_a_third_states_soil_is_reached_on_a_named_reading() -> (
    None
):
    """ECHR art. 3 (and ICCPR art. 7); *Hirsi Jamaa v Italy* paras 74 and 81 (custody on board
    Italian ships): an Afghan standing in Türkiye at the Greek frontier, whom Greece neither admits
    nor holds, was found within Greece's jurisdiction citing *Hirsi* with no reading named, while
    art. 33(1) named ``FRONTIER_READING``. ECHR jurisdiction there is contested (the Court found it
    at a land border where the applicants were under the State's officials' control, *N.D. and
    N.T. v Spain*, and declined it for persons abroad never under its agents' de facto control,
    *M.N. and Others v Belgium*): the reach is now the library's named reading,
    ``law.removal.FRONTIER_JURISDICTION_READING``, listed under each bar that follows jurisdiction
    and in the result. The outcome is unchanged (PROHIBITED on ICCPR art. 7 and ECHR art. 3), now on
    the reading named."""
    result = rl.assess_return(
        _afghan_at_the_greek_frontier(),
        by="GRC",
        to="TUR",
        on="2020-03-01",
        doctrine=rl.Doctrine(non_refoulement_customary=False),
    )
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert {"ICCPR art. 7", ART_3} <= set(_cited(result))
    reading = removal.FRONTIER_JURISDICTION_READING
    for bar in ("ECHR art. 3 bar", "ICCPR art. 7 bar", "CAT art. 3 bar"):
        reach = _greek_reach(result, bar)
        assert reach.verdict is rl.Verdict.MET
        assert reading in reach.assumptions
    echr_reach = _greek_reach(result, "ECHR art. 3 bar")
    assert rl.Citation("ecthr-hirsi-jamaa-2012", "74") in echr_reach.citations
    assert reading in result.assumptions()
    assert "Hirsi Jamaa v Italy, para. 74" in reading
    assert "N.D. and N.T. v Spain" in reading
    assert "M.N. and Others v Belgium" in reading


def test_hirsi_at_a_land_frontier_under_the_states_control_needs_no_reading() -> None:
    """*Hirsi Jamaa* para. 74: where Greece's officials hold the person at the frontier
    (``under_control_of``), its jurisdiction follows that control, and the frontier reading is not
    named; nor for a person in Greek territory."""
    held = rl.assess_return(
        _afghan_at_the_greek_frontier(under_control_of={"GRC"}), by="GRC", to="TUR", on="2020-03-01"
    )
    reach = _greek_reach(held, "ECHR art. 3 bar")
    assert reach.verdict is rl.Verdict.MET
    assert "under the effective control of its officials" in reach.reason
    assert removal.FRONTIER_JURISDICTION_READING not in held.assumptions()
    inside = rl.assess_return(
        _afghan_at_the_greek_frontier(person=rl.Person("A", {"AFG"}, location="GRC")),
        by="GRC",
        to="TUR",
        on="2020-03-01",
    )
    assert _greek_reach(inside, "ECHR art. 3 bar").verdict is rl.Verdict.MET
    assert removal.FRONTIER_JURISDICTION_READING not in inside.assumptions()
    assert held.outcome is inside.outcome is rl.ReturnOutcome.PROHIBITED


def test_mss_belgium_may_not_send_an_asylum_seeker_to_degrading_detention_in_greece() -> None:
    """*M.S.S. v Belgium and Greece* (2011): Belgium breached art. 3 by sending an Afghan asylum
    seeker to Greece (June 2009), exposing him to degrading detention and living conditions and
    to the risk of removal to Afghanistan."""
    detention = _harm("GRC", description="degrading detention and destitution", irreparable=True)
    afghanistan = _harm("AFG", description="ill-treatment by the Taliban", irreparable=True)
    claim = rl.Claim(
        rl.Person("M.S.S.", {"AFG"}, location="BEL"),
        fears=(detention, afghanistan),
        internal_relocation=False,
        protection={"AFG": rl.Protection.UNAVAILABLE, "GRC": rl.Protection.UNAVAILABLE},
        onward_removal={"GRC": True},
    )
    result = rl.assess_return(claim, by="BEL", to="GRC", on="2009-06-15")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART_3 in _cited(result)


def test_article_3_reaches_private_harm_only_where_the_state_there_cannot_protect() -> None:
    """Art. 3 applies to ill-treatment by non-state actors where the authorities cannot give
    protection; not where they can and do."""
    harm = _harm("ALB", actor=rl.Actor.NON_STATE, official_involvement=False, irreparable=True)
    unprotected = rl.assess_return(_claim(harm, "GBR"), by="GBR", to="ALB", on="2015-01-01")
    assert ART_3 in _cited(unprotected)
    protected = _claim(harm, "GBR", protection={"ALB": rl.Protection.AVAILABLE})
    result = rl.assess_return(protected, by="GBR", to="ALB", on="2015-01-01")
    bar = _bar(result, "ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    assert "ECHR art. 3" in json.dumps(rl.to_dict(bar))


def test_article_3_does_not_apply_below_the_real_risk_threshold() -> None:
    harm = _harm("IND", irreparable=True, likelihood=0.05)
    result = rl.assess_return(_claim(harm, "GBR"), by="GBR", to="IND", on="2000-01-01")
    bar = _bar(result, "ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET


# -- art. 6 ---------------------------------------------------------------------------------------


def test_othman_a_retrial_on_evidence_obtained_by_torture_bars_return_under_article_6() -> None:
    """*Othman (Abu Qatada) v United Kingdom* (2012): assurances met the art. 3 risk, but a
    retrial in Jordan on evidence obtained by torturing others would be a flagrant denial of
    justice: removal would breach art. 6, danger to security notwithstanding."""
    harm = _harm(
        "JOR",
        description="retrial on evidence obtained by torture",
        flagrant_denial_of_justice=True,
    )
    claim = _claim(harm, "GBR", danger_to_security=True)
    result = rl.assess_return(claim, by="GBR", to="JOR", on="2012-01-17")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(result) == [ART_6]


def test_an_unknown_flagrant_denial_of_justice_leaves_the_article_6_bar_open() -> None:
    harm = _harm("JOR", flagrant_denial_of_justice=None)
    result = rl.assess_return(_claim(harm, "GBR"), by="GBR", to="JOR", on="2012-01-17")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "fears[0].flagrant_denial_of_justice" in result.missing_facts()
    question = next(q for q in result.questions() if q.path.endswith("flagrant_denial_of_justice"))
    assert question.decisive


def test_ordinary_unfairness_is_not_a_flagrant_denial_of_justice_article_6() -> None:
    harm = _harm("JOR", flagrant_denial_of_justice=False)
    result = rl.assess_return(_claim(harm, "GBR"), by="GBR", to="JOR", on="2012-01-17")
    assert result.outcome is rl.ReturnOutcome.PERMITTED


def _de_facto_trial(**changes: Any) -> rl.ReturnAssessment:
    """A trial by al-Shabaab's de facto court in Somalia, flagrantly unfair, feared by a Somali in
    the United Kingdom in 2015 (no other harm: the flags of arts 2 and 3 are decided)."""
    harm = _harm(
        "SOM",
        description="trial by an al-Shabaab court",
        actor=rl.Actor.NON_STATE,
        reasons={rl.Motive.PERSONAL},
        official_involvement=False,
        flagrant_denial_of_justice=True,
    )
    return rl.assess_return(_claim(harm, "GBR", **changes), by="GBR", to="SOM", on="2015-01-01")


def test_a_de_facto_courts_flagrant_denial_of_justice_the_state_protects_against_is_no_article_6_bar() -> (
    None
):
    """ECHR art. 6(1) as read in *Othman* weighs the receiving state's own trial; a non-state
    group's de facto court is private harm, which the state's protection there answers
    (PRIVATE_TRIAL_READING)."""
    result = _de_facto_trial(protection={"SOM": rl.Protection.AVAILABLE})
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    bar = _bar(result, "ECHR art. 6 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET


def test_a_de_facto_courts_flagrant_denial_of_justice_escaped_by_relocation_is_no_article_6_bar() -> (
    None
):
    """*Salah Sheekh v Netherlands* (2007): a place in the country where the person is safe from
    the private actor answers the risk; ECHR art. 6(1) is weighed the same way."""
    result = _de_facto_trial(internal_relocation=True, protection={})
    assert result.outcome is rl.ReturnOutcome.PERMITTED


def test_a_de_facto_courts_flagrant_denial_of_justice_the_person_cannot_escape_bars_return_article_6() -> (
    None
):
    result = _de_facto_trial()  # no protection, no relocation
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(result) == [ART_6]
    bar = _bar(result, "ECHR art. 6 bar")
    assert bar is not None
    assert echr.PRIVATE_TRIAL_READING in bar.all_assumptions()
    assert echr.PRIVATE_TRIAL_READING in result.assumptions()


def test_a_de_facto_courts_flagrant_denial_with_protection_unknown_asks_for_it_article_6() -> None:
    result = _de_facto_trial(protection={}, internal_relocation=None)
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert {"protection['SOM']", "internal_relocation"} <= set(result.missing_facts())


def test_the_states_own_flagrantly_unfair_trial_is_not_answered_by_relocation_article_6() -> None:
    """*Othman*: the receiving state's courts reach the whole country, so neither its protection
    nor a place to relocate answers a trial it would hold."""
    harm = _harm("JOR", flagrant_denial_of_justice=True)
    claim = _claim(
        harm, "GBR", internal_relocation=True, protection={"JOR": rl.Protection.AVAILABLE}
    )
    result = rl.assess_return(claim, by="GBR", to="JOR", on="2012-01-17")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(result) == [ART_6]


# -- the death penalty (art. 2 with Protocols No. 6 and 13) --------------------------------------


def test_germany_may_not_return_a_person_to_a_real_risk_of_the_death_penalty_protocols_6_and_13() -> (
    None
):
    harm = _harm("USA", description="a capital murder charge", death_penalty=True)
    result = rl.assess_return(_claim(harm, "DEU"), by="DEU", to="USA", on="2010-01-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(result) == [
        "ICCPR art. 6(1)",  # as read in Judge v Canada: Germany has abolished it (Protocols)
        "ECHR art. 3",  # Al-Saadoon's reading, applied to a transfer of 31 December 2008
        "ECHR Protocol No. 6 art. 1",
        "ECHR Protocol No. 13 art. 1",
    ]
    bar = _bar(result, "ECHR Protocol No. 13 art. 1 bar")
    assert bar is not None
    assert rl.Citation(ECHR, "2(1)") in bar.children[-1].citations


def test_reliable_assurances_that_the_death_penalty_will_not_be_sought_lift_the_risk() -> None:
    """Assurances the assessor finds reliable are recorded as ``death_penalty=False``."""
    harm = _harm("USA", description="a murder charge, with assurances", death_penalty=False)
    result = rl.assess_return(_claim(harm, "DEU"), by="DEU", to="USA", on="2010-01-01")
    assert result.outcome is rl.ReturnOutcome.PERMITTED


def test_the_protocol_bars_bind_only_once_the_protocol_is_in_force_for_the_state() -> None:
    """Germany before Protocol No. 6 entered into force for it (1 Aug 1989): no death-penalty
    bar yet (art. 3 still applies to ill-treatment)."""
    harm = _harm("USA", death_penalty=True)
    result = rl.assess_return(_claim(harm, "DEU"), by="DEU", to="USA", on="1989-07-01")
    for name in ("ECHR Protocol No. 6", "ECHR Protocol No. 13"):
        assert _bar(result, name) is None
    # ICCPR art. 6 does not bar it either: before Kindler v Canada (1993) the Committee did not
    # read art. 6 as Judge v Canada later did, and the library applies Judge's reading after it.
    assert result.outcome is rl.ReturnOutcome.PERMITTED


# -- the death penalty under art. 3 (Al-Saadoon and Mufdhi v United Kingdom, 2 March 2010) -------


def _wanted_in_china(
    on: str, doctrine: rl.Doctrine | None = None, **changes: Any
) -> rl.ReturnAssessment:
    """*A.L. (X.W.) v Russia* (no. 44095/14, 29 October 2015): a man wanted in China for the
    murder of a policeman, whom Russia would deport there; no ill-treatment but the death penalty
    is alleged (``torture`` and ``irreparable`` false)."""
    harm = _harm(
        "CHN",
        description="the death penalty for murder",
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        prosecution=True,
        disproportionate=False,
        risk_to_life=None,
        death_penalty=True,
    )
    claim = rl.Claim(
        rl.Person("A.L. (X.W.)", {"CHN"}, location="RUS"),
        fears=(attrs.evolve(harm, **changes),),
    )
    return rl.assess_return(claim, by="RUS", to="CHN", on=on, doctrine=doctrine)


def _art_3_on_the_harm(result: rl.ReturnAssessment) -> rl.Finding:
    bar = _bar(result, "ECHR art. 3 bar")
    assert bar is not None
    return bar.children[2].children[0]  # the risk, then the finding on the one harm feared


def test_al_xw_v_russia_may_not_deport_to_a_real_risk_of_the_death_penalty_article_3() -> None:
    """*A.L. (X.W.) v Russia*: Russia, bound by neither Protocol No. 6 nor No. 13, would violate
    art. 3 by deporting the applicant to a real risk of the death penalty in China, which since
    *Al-Saadoon and Mufdhi v United Kingdom* (para. 120) is inhuman or degrading punishment."""
    result = _wanted_in_china("2015-10-29")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(result) == [ART_3]  # the Protocols bind Russia on neither day (see below)
    bar = _bar(result, "ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.MET
    assert bar.reason == "the bar applies (absolute, no exception)"
    harm = _art_3_on_the_harm(result)
    assert harm.verdict is rl.Verdict.MET
    ill, penalty = harm.children  # ill-treatment, and the death penalty beside it
    assert ill.verdict is rl.Verdict.NOT_MET
    assert penalty.verdict is rl.Verdict.MET
    assert echr.AL_SAADOON in penalty.citations
    assert echr.A_L_X_W in penalty.citations
    assert penalty.reason.startswith("a real risk of the death penalty")
    assert "fears[0].death_penalty" in penalty.facts


def test_a_place_to_relocate_does_not_answer_the_death_penalty_under_article_3() -> None:
    """ECHR art. 3 with *Al-Saadoon*: a death penalty the state's own courts impose reaches the
    whole country, so an internal flight alternative found for other harms does not answer it, as
    it does not under Protocols No. 6 and 13 or ICCPR art. 6 (*Salah Sheekh*'s relocation test is
    for ill-treatment by others in part of the country). Russia's return stays PROHIBITED."""
    claim = attrs.evolve(_wanted_in_china("2015-10-29").claim, internal_relocation=True)
    result = rl.assess_return(claim, by="RUS", to="CHN", on="2015-10-29")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(result) == [ART_3]


def test_from_the_transfer_al_saadoon_judged_the_death_penalty_is_weighed_under_article_3() -> None:
    """*Al-Saadoon and Mufdhi v United Kingdom* (2 March 2010) held the United Kingdom's transfer of
    the applicants on 31 December 2008 contrary to art. 3: the Court applied its reading to a
    removal of that day, so the judgment's date is not where the reading begins. Russia, bound by
    neither Protocol (*A.L. (X.W.)*), may not deport the applicant to a real risk of the death
    penalty in June 2009 or on the day before the judgment, as on the day itself."""
    for on in ("2008-12-31", "2009-06-01", "2010-03-01", "2010-03-02"):
        result = _wanted_in_china(on)
        assert result.outcome is rl.ReturnOutcome.PROHIBITED, on
        assert _cited(result) == [ART_3]
        assert echr.AL_SAADOON in _art_3_on_the_harm(result).children[1].citations
    assert dt.date(2008, 12, 31) == echr.AL_SAADOON_TRANSFER


def test_between_soering_and_the_transfer_al_saadoon_judged_article_3_turns_on_a_contested_position() -> (
    None
):
    """Between *Soering v United Kingdom* (7 July 1989), the last judgment to read art. 3 not to
    reach the death penalty as such, and 31 December 2008: whether *Al-Saadoon*'s reading governs
    is the contested position ``Doctrine.al_saadoon_retrospective``. By default the art. 3 bar is
    open and the position asked; ``True`` bars the return; ``False`` does not weigh the death
    penalty, and the finding says why. Russia in 2005 (the Protocols and ICCPR art. 6 are decided
    on the data or open on Russia's abolition, so art. 3 is read on its own)."""
    open_ = _wanted_in_china("2005-06-01")
    bar = _bar(open_, "ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert "doctrine.al_saadoon_retrospective" in open_.missing_facts()
    assert rl.Doctrine().position("al_saadoon_retrospective") in open_.assumptions()
    later = rl.Doctrine(al_saadoon_retrospective=True)
    barred = _wanted_in_china("2005-06-01", later)
    assert barred.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(barred) == [ART_3]
    assert later.position("al_saadoon_retrospective") in barred.assumptions()
    then = rl.Doctrine(al_saadoon_retrospective=False)
    not_weighed = _wanted_in_china("2005-06-01", then)
    then_bar = _bar(not_weighed, "ECHR art. 3 bar")
    assert then_bar is not None
    assert then_bar.verdict is rl.Verdict.NOT_MET
    harm = _art_3_on_the_harm(not_weighed)
    assert "before 31 December 2008, the transfer Al-Saadoon" in harm.reason
    assert then.position("al_saadoon_retrospective") in not_weighed.assumptions()
    assert "doctrine.al_saadoon_retrospective" not in not_weighed.missing_facts()


def test_up_to_soering_the_death_penalty_as_such_is_not_weighed_under_article_3() -> None:
    """*Soering v United Kingdom* (7 July 1989) read art. 2(1)'s second sentence as standing in the
    way of reading art. 3 to prohibit the death penalty as such: the United Kingdom's return of a
    person to a capital charge in the United States in 1988 (bound by the Convention, not yet by
    Protocol No. 6; ICCPR art. 6 read as in Kindler) is not barred, and art. 3's finding says
    why, with no position relied on or asked."""
    harm = _harm("USA", description="a capital murder charge", death_penalty=True)
    result = rl.assess_return(_claim(harm, "GBR"), by="GBR", to="USA", on="1988-06-01")
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    art_3 = _bar(result, "ECHR art. 3 bar")
    assert art_3 is not None
    found = next(f for _, f in art_3.walk() if f.element == "fears[0]")
    assert "on or before Soering v United Kingdom (7 July 1989)" in found.reason
    assert rl.Doctrine().position("al_saadoon_retrospective") not in result.assumptions()
    assert dt.date(1989, 7, 7) == echr.SOERING_DAY


def test_an_unknown_death_penalty_leaves_article_3_open_after_al_saadoon_and_is_asked() -> None:
    """Nothing else decides art. 3 (no ill-treatment): whether the harm is the death penalty does,
    so the bar is open, not a confident no, and the question's answers are the outcomes of
    assessing again."""
    result = _wanted_in_china("2015-10-29", death_penalty=None)
    bar = _bar(result, "ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert "fears[0].death_penalty" in _art_3_on_the_harm(result).children[1].missing
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    asked = next(q for q in result.questions() if q.path == "fears[0].death_penalty")
    outcomes = {a.value: a.outcome for a in asked.answers}
    assert outcomes[True] is rl.ReturnOutcome.PROHIBITED
    assert outcomes[True] is _wanted_in_china("2015-10-29").outcome
    assert outcomes[False] is _wanted_in_china("2015-10-29", death_penalty=False).outcome
    # Assurances found reliable (``False``): no death penalty, and art. 3 is not met.
    assured = _wanted_in_china("2015-10-29", death_penalty=False)
    assured_bar = _bar(assured, "ECHR art. 3 bar")
    assert assured_bar is not None
    assert assured_bar.verdict is rl.Verdict.NOT_MET
    assert echr.AL_SAADOON not in _art_3_on_the_harm(assured).citations
    # On the reading that art. 3 did not reach it before the transfer Al-Saadoon judged, art. 3
    # does not wait on it.
    then = rl.Doctrine(al_saadoon_retrospective=False)
    before = _wanted_in_china("2005-06-01", then, death_penalty=None)
    before_bar = _bar(before, "ECHR art. 3 bar")
    assert before_bar is not None
    assert before_bar.verdict is rl.Verdict.NOT_MET


def test_ill_treatment_found_decides_article_3_whatever_the_death_penalty() -> None:
    """Where the harm is found to be inhuman treatment, art. 3 is met without the death penalty:
    an unknown one is not asked for it, and *Al-Saadoon* is not cited."""
    result = _wanted_in_china("2015-10-29", irreparable=True, death_penalty=None)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    harm = _art_3_on_the_harm(result)
    assert harm.verdict is rl.Verdict.MET
    assert harm.missing == ()
    assert echr.AL_SAADOON not in harm.citations


def test_art_3_weighs_a_private_actors_death_penalty_as_private_harm() -> None:
    """After *Al-Saadoon*, art. 3 weighs a death penalty a non-state group's de facto court would
    pass, but as private harm (*Salah Sheekh v Netherlands*, 2007: the state's protection or a
    place to relocate answers it), so it is asked only where neither does, and stating it never
    turns a decided art. 3 finding into another."""

    # Neither the state's protection nor a place to relocate is found: asked.
    unknown = _wanted_in_china(
        "2015-10-29", actor=rl.Actor.NON_STATE, official_involvement=False, death_penalty=None
    )
    assert _art_3_on_the_harm(unknown).verdict is rl.Verdict.UNKNOWN
    assert "fears[0].death_penalty" in unknown.missing_facts()
    # The state can and does protect, or the person can relocate: no real risk, not asked.
    claim = unknown.claim
    assert claim.fears is not None
    for protected in (
        {"protection": {"CHN": rl.Protection.AVAILABLE}},
        {"internal_relocation": True},
    ):
        for value in (None, True, False):
            harm = attrs.evolve(claim.fears[0], death_penalty=value)
            again = rl.assess_return(
                attrs.evolve(claim, fears=(harm,), **protected), by="RUS", to="CHN", on="2015-10-29"
            )
            assert _art_3_on_the_harm(again).verdict is rl.Verdict.NOT_MET, (protected, value)
            assert "fears[0].death_penalty" not in again.missing_facts()
    # The same private actor, no protection and no relocation: stated, it decides.
    stated = rl.assess_return(
        rl.Claim(
            rl.Person("A.L. (X.W.)", {"CHN"}, location="RUS"),
            fears=(
                _harm(
                    "CHN",
                    description="execution ordered by a faction's court",
                    actor=rl.Actor.NON_STATE,
                    official_involvement=False,
                    death_penalty=True,
                ),
            ),
            protection={"CHN": rl.Protection.UNAVAILABLE},
            internal_relocation=False,
        ),
        by="RUS",
        to="CHN",
        on="2015-10-29",
    )
    assert _art_3_on_the_harm(stated).verdict is rl.Verdict.MET
    assert stated.outcome is rl.ReturnOutcome.PROHIBITED


def test_the_speed_layer_decides_the_death_penalty_under_article_3_as_the_rules_do() -> None:
    """The art. 3 rule reads ``death_penalty`` and the date: memoised, it must tell 2009 from 2015
    and a known death penalty from an unknown one, as the rules run as written do."""
    cases = [
        (on, value)
        for on in ("2009-06-01", "2010-03-01", "2010-03-02", "2015-10-29")
        for value in (True, None, False)
    ]
    _speed.install()
    fast = [_wanted_in_china(on, death_penalty=value) for on, value in cases]
    with _speed.off():
        plain = [_wanted_in_china(on, death_penalty=value) for on, value in cases]
    for ours, theirs in zip(fast, plain, strict=True):
        assert ours == theirs
        assert list(ours.finding.walk()) == list(theirs.finding.walk())
        assert ours.missing_facts() == theirs.missing_facts()


# -- who is bound, shown only where it may bind ----------------------------------------------------


def test_a_state_outside_the_council_of_europe_is_shown_no_echr_bar() -> None:
    harm = _harm("PRK", irreparable=True, flagrant_denial_of_justice=True, death_penalty=True)
    result = rl.assess_return(_claim(harm, "CHN"), by="CHN", to="PRK", on="2010-01-01")
    assert not any(b.element.startswith("ECHR") for b in result.finding.children)


def test_russia_after_16_september_2022_is_no_longer_bound_by_article_3_but_others_still_are() -> (
    None
):
    """A return by Russia after it ceased to be a party: no ECHR bar; the ICCPR art. 7 bar (Russia
    is a party) still applies."""
    harm = _harm("TJK", irreparable=True)
    before = rl.assess_return(_claim(harm, "RUS"), by="RUS", to="TJK", on="2022-09-15")
    after = rl.assess_return(_claim(harm, "RUS"), by="RUS", to="TJK", on="2022-09-16")
    assert ART_3 in _cited(before)
    assert ART_3 not in _cited(after)
    assert _bar(after, "ECHR") is None
    assert after.outcome is rl.ReturnOutcome.PROHIBITED
    assert "ICCPR art. 7" in _cited(after)


def test_a_member_with_no_record_leaves_the_article_3_bar_open_in_three_values() -> None:
    """Greece has no record of its own: before Protocol No. 6 shows it bound (1 October 1998),
    its ECHR bar is UNKNOWN. Alone, the return is UNDETERMINED; with another bar met (ICCPR
    art. 7, in force for Greece from 5 August 1997), PROHIBITED (a met bar decides whatever the
    unknown one)."""
    harm = _harm("SYR", irreparable=True)
    claim = _claim(harm, "GRC")
    # Only the ECHR can reach this harm: ill-treatment that Greece's other treaties' bars (as
    # the facts are put) do not.
    only_echr = attrs.evolve(claim, fears=(attrs.evolve(harm, irreparable=None, torture=False),))
    result = rl.assess_return(only_echr, by="GRC", to="SYR", on="1997-09-01")
    bar = _bar(result, "ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "states['GRC'].echr-1950" in result.missing_facts()
    assert not any(q.path.startswith("states[") for q in result.questions())
    decided = rl.assess_return(claim, by="GRC", to="SYR", on="1997-09-01")
    assert decided.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART_3 not in _cited(decided)


# -- ICCPR art. 6 as read in Judge v Canada (2003) -------------------------------------------------


def test_judge_v_canada_canada_having_abolished_the_death_penalty_in_1976_may_not_deport_to_it() -> (
    None
):
    """*Judge v Canada* (HRC, Communication No. 829/1998, 2003): Canada, having abolished the
    death penalty, breached ICCPR art. 6 by deporting Mr Judge on 7 August 1998 to the United
    States, where he faced execution. Canada's own law abolished it for ordinary crimes in 1976
    (data/abolition.json); no treaty yet did (its Second Optional Protocol from 2006)."""
    harm = _harm("USA", description="execution in Pennsylvania", death_penalty=True)
    result = rl.assess_return(_claim(harm, "CAN"), by="CAN", to="USA", on="1998-08-07")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in result.breaches] == ["ICCPR art. 6(1)"]
    bar = _bar(result, "ICCPR art. 6(1) bar")
    assert bar is not None
    assert "Judge v Canada" in " ".join(bar.all_assumptions())
    abolished = next(f for _, f in bar.walk() if f.element.startswith("the returning state has"))
    assert abolished.verdict is rl.Verdict.MET
    assert [c.verdict for c in abolished.children] == [
        rl.Verdict.NOT_MET,  # ECHR Protocol No. 6: not open to Canada
        rl.Verdict.NOT_MET,  # Protocol No. 13
        rl.Verdict.NOT_MET,  # the Second Optional Protocol: in force for Canada from 2006-02-25
        rl.Verdict.MET,  # its own law, by 1976
    ]


def test_during_the_year_of_abolition_whose_day_the_sources_dispute_abolition_is_unknown() -> None:
    """Canada's abolition: 1976, on a day the sources dispute (14 or 26 July; the official source
    gives the year). On 1 September 1976 the data cannot say it was in effect: unknown, the gap
    named (a gap in the data, not asked); from 1977 it is established."""
    from refugeelaw.law.abolition import abolition

    during = abolition("CAN", dt.date(1976, 9, 1), rl.Doctrine())
    assert during.verdict is rl.Verdict.UNKNOWN
    assert "states['CAN'].death_penalty_abolished" in rl.results.missing_facts(during)
    assert abolition("CAN", dt.date(1977, 1, 1), rl.Doctrine()).verdict is rl.Verdict.MET


def _capital_charge(by: str, death_penalty: bool | None) -> rl.ReturnAssessment:
    """A murder charge in the United States, tried fairly, the person in ``by`` on 1 June 2006
    (the review's scenario; no other bar reaches it)."""
    harm = _harm(
        "USA",
        description="murder charge, fair trial",
        protection_withheld_for=frozenset(),
        death_penalty=death_penalty,
    )
    claim = _claim(harm, by, protection={"USA": rl.Protection.AVAILABLE})
    return rl.assess_return(claim, by=by, to="USA", on="2006-06-01")


@pytest.mark.parametrize("by", ["IND", "KEN", "ARG", "PHL", "MEX"])
def test_an_unknown_death_penalty_is_asked_where_the_returning_states_abolition_is_not_known_judge_v_canada(
    by: str,
) -> None:
    """ICCPR art. 6(1) as read in *Judge v Canada* (2003): a state that has abolished the death
    penalty may not remove a person to a real risk of it. Where the data does not know whether the
    returning state had abolished it (India, Kenya, Argentina, the Philippines, Mexico in June
    2006), an unknown death penalty was read as none and the return PERMITTED; stating one then
    made it UNDETERMINED. It is now open and asked; "no" decides it."""
    unknown = _capital_charge(by, None)
    assert unknown.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "fears[0].death_penalty" in unknown.missing_facts()
    question = next(q for q in unknown.questions() if q.path == "fears[0].death_penalty")
    assert question.decisive
    assert _capital_charge(by, False).outcome is rl.ReturnOutcome.PERMITTED
    stated = _capital_charge(by, True)
    assert stated.outcome is rl.ReturnOutcome.UNDETERMINED
    assert f"states[{by!r}].death_penalty_abolished" in stated.missing_facts()


def test_an_unknown_death_penalty_is_not_asked_where_the_returning_states_law_retains_it() -> None:
    """*Judge v Canada* binds only a state that has abolished the death penalty: where the data
    records the United States' law retaining it (data/abolition.json), an unknown one is not
    asked."""
    harm = _harm("CHN", death_penalty=None, protection_withheld_for=frozenset())
    claim = _claim(harm, "USA", protection={"CHN": rl.Protection.AVAILABLE})
    result = rl.assess_return(claim, by="USA", to="CHN", on="2016-06-01")
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert result.missing_facts() == ()


def test_a_party_to_the_second_optional_protocol_has_abolished_the_death_penalty() -> None:
    """ICCPR Second Optional Protocol art. 1: no one within a party's jurisdiction shall be
    executed, and each party shall abolish the death penalty. The Philippines (in force
    2008-02-20) may not return a person to a real risk of it (ICCPR art. 6, Judge v Canada); the
    day before, the data shows no abolition (its 2006 statute is not recorded)."""
    harm = _harm("USA", death_penalty=True)
    after = rl.assess_return(_claim(harm, "PHL"), by="PHL", to="USA", on="2008-02-20")
    assert after.outcome is rl.ReturnOutcome.PROHIBITED
    assert "ICCPR art. 6(1)" in [str(o.citation) for o in after.breaches]
    before = rl.assess_return(_claim(harm, "PHL"), by="PHL", to="USA", on="2008-02-19")
    assert before.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "states['PHL'].death_penalty_abolished" in before.missing_facts()


def test_a_state_the_data_shows_not_party_to_the_second_optional_protocol_is_still_not_shown_retentionist() -> (
    None
):
    """The Republic of Korea (an ICCPR party): no action on the Second Optional Protocol as at
    2022-05-29 (NOT_MET), and no record of abolition by its own law. The data records no
    retention for it, so abolition is unknown, never refused: ICCPR art. 6 (Judge v Canada) stays open
    for a death penalty said to be feared."""
    harm = _harm("USA", death_penalty=True)
    result = rl.assess_return(_claim(harm, "KOR"), by="KOR", to="USA", on="2010-01-01")
    bar = _bar(result, "ICCPR art. 6(1) bar")
    assert bar is not None
    abolished = next(f for _, f in bar.walk() if f.element.startswith("the returning state has"))
    assert abolished.verdict is rl.Verdict.UNKNOWN
    assert abolished.children[2].verdict is rl.Verdict.NOT_MET  # the Second Optional Protocol
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.missing_facts() == ("states['KOR'].death_penalty_abolished",)


def test_judge_v_canada_does_not_bar_a_state_whose_law_retains_the_death_penalty() -> None:
    """ICCPR art. 6(1) as read in *Judge v Canada* (2003) binds only a state that has abolished
    the death penalty. The United States is bound by no treaty abolishing it, and its federal law
    provided for it on 1 June 2016 (the Federal Death Penalty Act of 1994, in effect from 13
    September 1994; 18 U.S.C. 3591 in the Code's text of 4 December 2025: data/abolition.json).
    Its removal of a person to a death sentence after a fair trial is PERMITTED under the ICCPR,
    the retention record cited, and no "fact" is missing that no user could supply."""
    harm = rl.Harm(
        "death sentence for drug trafficking after a fair trial",
        "CHN",
        severity="threat_to_life_or_freedom",
        likelihood=0.7,
        actor="state",
        reasons={"criminal_prosecution"},
        prosecution=True,
        exit_offence=False,  # drug trafficking, not leaving China (Handbook 61 does not arise)
        discriminatory=False,
        law_contrary_to_human_rights=False,
        disproportionate=True,
        death_penalty=True,
        flagrant_denial_of_justice=False,
        torture=False,
        irreparable=False,
        risk_to_life=False,
    )
    claim = rl.Claim(rl.Person("D", nationalities={"CHN"}, location="USA"), fears=(harm,))
    result = rl.assess_return(claim, by="USA", to="CHN", on="2016-06-01")
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert result.missing_facts() == ()
    bar = _bar(result, "ICCPR art. 6(1) bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    judge = next(f for _, f in bar.walk() if f.element.endswith("(Judge v Canada)"))
    assert judge.verdict is rl.Verdict.NOT_MET
    assert "has not abolished" in judge.reason
    law = next(f for _, f in bar.walk() if f.element == "abolished by the state's own law")
    assert law.verdict is rl.Verdict.NOT_MET
    assert "Federal Death Penalty Act of 1994" in law.reason
    assert "18 U.S.C. 3591" in law.reason


@pytest.mark.parametrize(
    ("on", "verdict"),
    [
        ("1976-07-01", rl.Verdict.UNKNOWN),  # before Gregg v Georgia: no source read speaks for it
        ("1976-07-02", rl.Verdict.NOT_MET),  # Gregg v Georgia upheld state death penalty laws
        ("1992-06-08", rl.Verdict.NOT_MET),  # the state-law record's last day (the reservation)
        ("1994-09-12", rl.Verdict.UNKNOWN),  # between the records: no source read speaks for it
        ("1994-09-13", rl.Verdict.NOT_MET),  # the Federal Death Penalty Act of 1994 in effect
        ("2025-12-04", rl.Verdict.NOT_MET),  # the US Code's text read: the latest day a source
        ("2025-12-05", rl.Verdict.UNKNOWN),  # speaks for; after it, the data does not know
    ],
)
def test_a_retention_holds_only_for_the_days_its_sources_speak_for(
    on: str, verdict: rl.Verdict
) -> None:
    """ICCPR art. 6(1), *Judge v Canada*: retention of the death penalty by the United States'
    law is recorded only for the period the sources read speak for; outside it, and outside any
    abolition, whether the state has abolished it stays unknown, the gap named."""
    from refugeelaw.law.abolition import abolished_by_law

    found = abolished_by_law("USA", dt.date.fromisoformat(on))
    assert found.verdict is verdict
    if verdict is rl.Verdict.UNKNOWN:
        assert rl.results.missing_facts(found) == ("states['USA'].death_penalty_abolished",)


@pytest.mark.parametrize(
    "retentions",
    [
        # overlaps Canada's abolition (in effect by 1976-12-31)
        [{"state": "CAN", "from": "1970-01-01", "to": "1977-01-01"}],
        # two retentions of one state overlapping
        [
            {"state": "USA", "from": "1976-07-02", "to": "1995-01-01"},
            {"state": "USA", "from": "1994-09-13", "to": "2025-12-04"},
        ],
        # runs backwards
        [{"state": "USA", "from": "2000-01-01", "to": "1999-01-01"}],
    ],
    ids=["overlaps-abolition", "overlaps-retention", "backwards"],
)
def test_retention_records_may_not_overlap_abolition_or_each_other(
    retentions: list[dict[str, Any]],
) -> None:
    """For ICCPR art. 6(1) as read in *Judge v Canada*, a state either has abolished the death
    penalty or has not on a day: the loader refuses a retention overlapping an abolition of the
    same state or another retention of it, or running backwards."""
    from refugeelaw._data import read_text
    from refugeelaw.sources.abolition import load

    raw = json.loads(read_text("abolition.json"))
    load(raw)  # the data as shipped passes
    raw["retentions"] = [{"status": "secondary", "source": [], **r} for r in retentions]
    with pytest.raises(ValueError, match=r"overlap|not after"):
        load(raw)


def test_a_state_bound_by_protocol_6_has_abolished_the_death_penalty_for_iccpr_article_6() -> None:
    """*Judge v Canada* read with the data: Germany, bound by Protocol No. 6 since 1989, may not
    return a person to a real risk of the death penalty under ICCPR art. 6 either (a removal
    after Mr Judge's of 7 August 1998, which Judge held to breach art. 6)."""
    harm = _harm("USA", death_penalty=True)
    result = rl.assess_return(_claim(harm, "DEU"), by="DEU", to="USA", on="2000-01-01")
    assert "ICCPR art. 6(1)" in _cited(result)


def test_an_unknown_death_penalty_is_asked_only_where_abolition_is_established() -> None:
    """Abolition established (Germany): an unknown death penalty leaves ICCPR art. 6 open and is
    asked; not established (China, no Protocol): art. 6 is applied as before, without it."""
    harm = _harm("USA", death_penalty=None)
    germany = rl.assess_return(_claim(harm, "DEU"), by="DEU", to="USA", on="2010-01-01")
    assert "fears[0].death_penalty" in germany.missing_facts()
    china = rl.assess_return(_claim(harm, "CHN"), by="CHN", to="USA", on="2010-01-01")
    assert china.outcome is rl.ReturnOutcome.PERMITTED


@pytest.mark.parametrize(
    ("on", "named"),
    [
        # Kindler v Canada (HRC, No. 470/1991, 1993): Canada's extradition of 26 September 1991.
        ("1991-09-26", "Kindler v Canada, 1993"),
        # Cox v Canada (HRC, No. 539/1993, Views of 31 October 1994, paras 16-18): the Committee
        # kept Kindler's reading after Kindler's session.
        ("1994-10-31", "until Cox v Canada (1994)"),
    ],
    ids=["kindler", "cox"],
)
def test_an_extradition_until_cox_v_canada_is_read_as_kindler_read_art_6(
    on: str, named: str
) -> None:
    """*Kindler* and *Cox*: Canada's extradition to a real risk of the death penalty, without
    assurances, breached neither art. 6 nor art. 7; *Judge* (2003) departed from that reading. A
    removal on or before Cox's Views is read as Kindler read art. 6, with the reading named."""
    harm = _harm("USA", description="execution in Pennsylvania", death_penalty=True)
    result = rl.assess_return(_claim(harm, "CAN"), by="CAN", to="USA", on=on)
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    bar = _bar(result, "ICCPR art. 6(1) bar")
    assert bar is not None
    judge = next(f for _, f in bar.walk() if f.element.endswith("(Judge v Canada)"))
    assert judge.verdict is rl.Verdict.NOT_MET
    assert named in judge.reason


def test_a_death_sentence_after_a_flagrantly_unfair_trial_is_barred_by_article_6_2_even_as_kindler_read_art_6() -> (
    None
):
    """ICCPR art. 6(2): where the death penalty is not abolished, a sentence of death may be imposed
    only "not contrary to the provisions of the present Covenant"; one imposed after a trial that
    would be a flagrant denial of justice is contrary to art. 14(1), so carrying it out would be an
    arbitrary deprivation of life (art. 6(1)). That holds whichever reading of *Judge v Canada*
    governs the date: Canada's extradition of 1991, permitted as *Kindler* read the death-penalty
    limb, is barred where the trial would be flagrantly unfair."""
    from refugeelaw.law.iccpr import UNFAIR_TRIAL_READING

    unfair = _harm(
        "USA",
        description="execution after a show trial",
        death_penalty=True,
        flagrant_denial_of_justice=True,
    )
    result = rl.assess_return(_claim(unfair, "CAN"), by="CAN", to="USA", on="1991-09-26")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(result) == ["ICCPR art. 6(1)"]
    bar = _bar(result, "ICCPR art. 6(1) bar")
    assert bar is not None
    route = next(f for _, f in bar.walk() if "flagrantly unfair trial" in f.reason)
    assert route.verdict is rl.Verdict.MET
    assert {rl.Citation("iccpr-1966", "6(2)"), rl.Citation("iccpr-1966", "14(1)")} <= set(
        route.citations
    )
    assert "fears[0].flagrant_denial_of_justice" in route.facts
    assert UNFAIR_TRIAL_READING in route.assumptions
    judge = next(f for _, f in bar.walk() if f.element.endswith("(Judge v Canada)"))
    assert judge.verdict is rl.Verdict.NOT_MET  # the abolition limb, as Kindler read it
    fair = rl.assess_return(
        _claim(attrs.evolve(unfair, flagrant_denial_of_justice=False), "CAN"),
        by="CAN",
        to="USA",
        on="1991-09-26",
    )
    assert fair.outcome is rl.ReturnOutcome.PERMITTED


def test_a_state_not_shown_to_have_abolished_the_death_penalty_is_still_barred_after_an_unfair_trial() -> (
    None
):
    """ICCPR art. 6(2) binds "countries which have not abolished the death penalty" too: the
    Republic of Korea, whose abolition the data cannot establish, may not return a person to a
    death sentence after a flagrantly unfair trial, though the *Judge v Canada* limb stays open."""
    unfair = _harm("USA", death_penalty=True, flagrant_denial_of_justice=True)
    result = rl.assess_return(_claim(unfair, "KOR"), by="KOR", to="USA", on="2010-01-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert "ICCPR art. 6(1)" in _cited(result)


def test_a_flagrantly_unfair_trial_with_the_sentence_not_known_leaves_article_6_open() -> None:
    """ICCPR art. 6(2) (a death sentence only "not contrary to the provisions of the present
    Covenant", art. 14 among them): a trial that would be a flagrant denial of justice, the
    sentence it may carry not yet known, leaves art. 6 open for a state whose abolition the data
    cannot establish, and asks about the sentence; it was a confident NOT_MET on the risk to life
    alone. Each answer is the outcome of assessing again."""
    unfair = _harm("USA", death_penalty=None, flagrant_denial_of_justice=True)
    result = rl.assess_return(_claim(unfair, "KOR"), by="KOR", to="USA", on="2010-01-01")
    bar = result.finding.find("ICCPR art. 6(1) bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert "fears[0].death_penalty" in result.missing_facts()
    asked = next(q for q in result.questions() if q.path == "fears[0].death_penalty")
    outcomes = {a.value: a.outcome for a in asked.answers}
    assert outcomes[True] is rl.ReturnOutcome.PROHIBITED
    # A private actor's trial (a non-state group's de facto court) may carry a sentence too: asked
    # while the state there does not protect against it, not where it can and does.
    private = attrs.evolve(unfair, actor=rl.Actor.NON_STATE, official_involvement=False)
    again = rl.assess_return(_claim(private, "KOR"), by="KOR", to="USA", on="2010-01-01")
    assert "fears[0].death_penalty" in again.missing_facts()
    protected = _claim(private, "KOR", protection={"USA": rl.Protection.AVAILABLE})
    again = rl.assess_return(protected, by="KOR", to="USA", on="2010-01-01")
    assert again.outcome is rl.ReturnOutcome.PERMITTED
    assert "fears[0].death_penalty" not in again.missing_facts()


def test_a_capital_prosecution_with_neither_the_sentence_nor_the_trial_known_leaves_article_6_1_open() -> (
    None
):
    """ICCPR art. 6(1) with art. 6(2) ("not contrary to the provisions of the present Covenant",
    art. 14(1) among them; ``UNFAIR_TRIAL_READING``): the United States extraditing to China in
    2015 a man charged with drug trafficking, neither whether a death sentence is a real risk nor
    whether the trial would be flagrantly unfair yet examined. It was PERMITTED, nothing asked,
    though stating both true made it PROHIBITED (return review s35 F1): it is UNDETERMINED, and
    asks both; either found false rules the route out."""
    charged = _harm(
        "CHN",
        description="prosecution for drug trafficking",
        death_penalty=None,
        flagrant_denial_of_justice=None,
    )

    def extradite(**facts: Any) -> rl.ReturnAssessment:
        claim = _claim(attrs.evolve(charged, **facts), "USA")
        return rl.assess_return(claim, by="USA", to="CHN", on="2015-06-01")

    open_ = extradite()
    assert open_.outcome is rl.ReturnOutcome.UNDETERMINED
    assert open_.missing_facts() == (
        "fears[0].death_penalty",
        "fears[0].flagrant_denial_of_justice",
    )
    assert {q.path for q in open_.questions()} >= set(open_.missing_facts())
    bar = _bar(open_, "ICCPR art. 6(1) bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert iccpr.UNFAIR_TRIAL_READING in bar.all_assumptions()
    assert extradite(death_penalty=False).outcome is rl.ReturnOutcome.PERMITTED
    assert extradite(flagrant_denial_of_justice=False).outcome is rl.ReturnOutcome.PERMITTED
    both = extradite(death_penalty=True, flagrant_denial_of_justice=True)
    assert both.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(both) == ["ICCPR art. 6(1)"]


def test_article_2_shares_the_open_route_of_a_death_sentence_after_an_unfair_trial_bader() -> None:
    """ECHR art. 2 (*Bader and Kanbor v Sweden*, 2005: a death sentence after a flagrantly unfair
    trial), weighed by the rule ICCPR art. 6(1) is weighed by: with neither fact stated the art. 2
    finding is open and names both (it was a confident NOT_MET on the same facts; return review
    s35 F1); the death penalty ruled out by reliable assurances, it is not met."""
    charged = _harm("CHN", death_penalty=None, flagrant_denial_of_justice=None)
    result = rl.assess_return(_claim(charged, "GRC"), by="GRC", to="CHN", on="2016-02-27")
    bar = _bar(result, "ECHR art. 2 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    named = {m for _, f in bar.walk() for m in f.missing}
    assert named == {"fears[0].death_penalty", "fears[0].flagrant_denial_of_justice"}
    assured = _claim(attrs.evolve(charged, death_penalty=False), "GRC")
    again = _bar(rl.assess_return(assured, by="GRC", to="CHN", on="2016-02-27"), "ECHR art. 2 bar")
    assert again is not None
    assert again.verdict is rl.Verdict.NOT_MET


def test_article_3_names_torture_where_it_alone_is_open_beside_no_other_ill_treatment() -> None:
    """ECHR art. 3 (torture or inhuman or degrading treatment: ``irreparable`` or ``torture``):
    beatings in custody found not to be inhuman treatment (``irreparable`` false), whether they
    would be torture not yet decided. The art. 3 bar was open naming nothing (return review s35
    F4); it names ``fears[0].torture``, and answering it decides the bar either way."""
    beatings = _harm("TUR", description="beatings in police custody", torture=None)
    claim = _claim(beatings, "GRC")
    result = rl.assess_return(claim, by="GRC", to="TUR", on="2016-02-27")
    bar = _bar(result, "ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert "fears[0].torture" in {m for _, f in bar.walk() for m in f.missing}
    assert "fears[0].torture" in result.missing_facts()
    for torture, verdict in ((True, rl.Verdict.MET), (False, rl.Verdict.NOT_MET)):
        stated = _claim(attrs.evolve(beatings, torture=torture), "GRC")
        found = _bar(
            rl.assess_return(stated, by="GRC", to="TUR", on="2016-02-27"), "ECHR art. 3 bar"
        )
        assert found is not None
        assert found.verdict is verdict


def death_row_fugitive() -> rl.Claim:
    """A fugitive facing the death penalty in Pennsylvania, found in Canada, every other bar on
    return decided (no Convention ground, no torture or other irreparable harm): ICCPR art. 6's
    death-penalty limb alone is open (the comparison test's scenario too)."""
    return rl.Claim(
        rl.Person("fugitive", {"USA"}, location="CAN"),
        fears=[
            rl.Harm(
                "execution in Pennsylvania",
                "USA",
                severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
                likelihood=0.9,
                actor=rl.Actor.STATE,
                reasons={rl.Motive.CRIMINAL_PROSECUTION},
                prosecution=True,
                exit_offence=False,  # murder, not leaving without permission (Handbook 61)
                disproportionate=False,
                discriminatory=False,
                law_contrary_to_human_rights=False,
                torture=False,
                irreparable=False,
                risk_to_life=False,
                death_penalty=True,
                flagrant_denial_of_justice=False,  # a fair trial: art. 6(2)'s route decided
            )
        ],
        protection={"USA": rl.Protection.UNAVAILABLE},
    )


def death_row_fugitive_in_the_uk() -> rl.Claim:
    """The same fugitive, found in the United Kingdom (the comparison test's ECHR art. 3
    scenario)."""
    claim = death_row_fugitive()
    return attrs.evolve(claim, person=attrs.evolve(claim.person, location="GBR"))


def test_a_death_penalty_from_someone_not_yet_known_waits_on_who_judge_v_canada() -> None:
    """ICCPR art. 6(1), *Judge v Canada*: the state's own death penalty reaches the whole country,
    a private actor's is answered by a place to relocate. The Pennsylvania fugitive's, with who
    would impose it not stated and relocation not found, leaves the return open on who (it was a
    confident PROHIBITED, which a private actor and a relocation found would have turned
    PERMITTED); stated the state's, it bars the return."""
    claim = death_row_fugitive()
    assert claim.fears is not None
    unknown = attrs.evolve(claim, fears=(attrs.evolve(claim.fears[0], actor=None),))
    result = rl.assess_return(unknown, by="CAN", to="USA", on="2004-01-01")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    asked = {q.path: q for q in result.questions()}["fears[0].actor"]
    assert asked.decisive
    outcomes = {a.value: a.outcome for a in asked.answers}
    assert outcomes["state"] is rl.ReturnOutcome.PROHIBITED
    state = rl.assess_return(claim, by="CAN", to="USA", on="2004-01-01")
    assert state.outcome is rl.ReturnOutcome.PROHIBITED
    assert "ICCPR art. 6(1)" in _cited(state)
    private = attrs.evolve(
        unknown,
        fears=(attrs.evolve(claim.fears[0], actor=rl.Actor.NON_STATE, official_involvement=False),),
        internal_relocation=True,
    )
    moved = rl.assess_return(private, by="CAN", to="USA", on="2004-01-01")
    assert moved.outcome is rl.ReturnOutcome.PERMITTED


def test_a_removal_between_cox_and_judges_own_turns_on_a_contested_position() -> None:
    """Between *Cox* (31 October 1994) and Mr Judge's removal (7 August 1998, *Judge v Canada*,
    Views of 2003, para. 1), which reading of ICCPR art. 6 governs is contested: the Committee had
    not departed from *Kindler*, and later held a removal of 1998 to breach art. 6. The default
    leaves the bar unknown and asks the doctrinal question; each position decides it."""
    claim = death_row_fugitive()
    result = rl.assess_return(claim, by="CAN", to="USA", on="1996-06-01")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "doctrine.judge_v_canada_retrospective" in result.missing_facts()
    assert any(a.startswith("judge_v_canada_retrospective=None") for a in result.assumptions())
    asked = {q.path: q for q in result.questions()}["doctrine.judge_v_canada_retrospective"]
    assert asked.kind is rl.QuestionKind.DOCTRINE
    assert {a.value: a.outcome for a in asked.answers} == {
        True: rl.ReturnOutcome.PROHIBITED,
        False: rl.ReturnOutcome.PERMITTED,
    }
    later = rl.Doctrine(judge_v_canada_retrospective=True)
    then = rl.Doctrine(judge_v_canada_retrospective=False)
    prohibited = rl.assess_return(claim, by="CAN", to="USA", on="1996-06-01", doctrine=later)
    assert prohibited.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in prohibited.breaches] == ["ICCPR art. 6(1)"]
    permitted = rl.assess_return(claim, by="CAN", to="USA", on="1996-06-01", doctrine=then)
    assert permitted.outcome is rl.ReturnOutcome.PERMITTED
    # On Judge's own day and after, the position is not relied on.
    judge = rl.assess_return(claim, by="CAN", to="USA", on="1998-08-07")
    assert judge.outcome is rl.ReturnOutcome.PROHIBITED
    assert not any(a.startswith("judge_v_canada_retrospective") for a in judge.assumptions())


def test_the_death_penalty_after_abolition_is_not_called_an_arbitrary_deprivation_of_life() -> None:
    """*Judge v Canada* held the removal to breach art. 6(1) without calling the execution
    arbitrary: where the death penalty after abolition is weighed, the risk is named by the
    article, not as arbitrary deprivation of life."""
    harm = _harm("USA", description="execution in Pennsylvania", death_penalty=True)
    result = rl.assess_return(_claim(harm, "CAN"), by="CAN", to="USA", on="2004-01-01")
    bar = _bar(result, "ICCPR art. 6(1) bar")
    assert bar is not None
    risk = bar.children[-1]
    assert (
        risk.element == "risk of deprivation of life contrary to art. 6(1) in or from United States"
    )
    assert "arbitrary" not in risk.reason


def test_a_private_killing_found_a_risk_to_life_is_not_asked_whether_it_is_the_death_penalty() -> (
    None
):
    """ICCPR art. 6(1), *Judge v Canada*: a private killing found an arbitrary deprivation of life
    (an honour killing by family) is weighed as one, with the state's protection and a place to
    relocate; whether it is also a death penalty could add nothing, so an abolitionist state's
    return does not ask it, whether the state protects or not."""
    killing = _harm(
        "PAK",
        description="honour killing by family",
        actor=rl.Actor.NON_STATE,
        official_involvement=False,
        risk_to_life=True,
        death_penalty=None,
    )
    unprotected = rl.assess_return(_claim(killing, "CAN"), by="CAN", to="PAK", on="2010-01-01")
    assert unprotected.outcome is rl.ReturnOutcome.PROHIBITED
    assert "ICCPR art. 6(1)" in _cited(unprotected)
    assert "fears[0].death_penalty" not in unprotected.missing_facts()
    protected = _claim(killing, "CAN", protection={"PAK": rl.Protection.AVAILABLE})
    result = rl.assess_return(protected, by="CAN", to="PAK", on="2010-01-01")
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    assert "fears[0].death_penalty" not in result.missing_facts()
    unknown = _claim(killing, "CAN", protection={})
    result = rl.assess_return(unknown, by="CAN", to="PAK", on="2010-01-01")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "fears[0].death_penalty" not in result.missing_facts()


def _faction_court(**changes: Any) -> rl.Harm:
    """An execution ordered by al-Shabaab's court for apostasy, feared in Somalia: a death
    penalty passed by a non-state group exercising de facto authority, not found an arbitrary
    deprivation of life as such (``risk_to_life`` false), torture or a flagrantly unfair trial."""
    fields: dict[str, Any] = {
        "description": "execution ordered by an al-Shabaab court for apostasy",
        "severity": rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        "actor": rl.Actor.NON_STATE,
        "reasons": {rl.Motive.PERSONAL},
        "protection_withheld_for": frozenset(),
        "official_involvement": False,
        "flagrant_denial_of_justice": False,
    }
    return _harm("SOM", **{**fields, **changes})


@pytest.mark.parametrize(("state", "on"), [("MEX", "2016-06-01"), ("DEU", "2015-06-01")])
def test_a_faction_courts_death_penalty_is_asked_where_the_state_cannot_protect_judge_v_canada(
    state: str, on: str
) -> None:
    """ICCPR art. 6(1), *Judge v Canada* (Mexico, 2016), and ECHR Protocols No. 6 and 13 with art.
    3 after *Al-Saadoon* (Germany, 2015): a death penalty a non-state group's de facto court would
    pass (al-Shabaab's) is weighed as the death penalty, as private harm. Where Somalia cannot
    protect and no internal flight alternative is found, an unknown one leaves the return open and
    is asked (it was a confident PERMITTED for Mexico, turned PROHIBITED by stating it); stated, it
    bars the return."""
    claim = _claim(_faction_court(death_penalty=None), state, internal_relocation=False)
    unknown = rl.assess_return(claim, by=state, to="SOM", on=on)
    assert unknown.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "fears[0].death_penalty" in unknown.missing_facts()
    asked = {q.path: q for q in unknown.questions()}
    answers = {a.value: a.outcome for a in asked["fears[0].death_penalty"].answers}
    assert answers[True] is rl.ReturnOutcome.PROHIBITED
    stated = attrs.evolve(claim, fears=(_faction_court(death_penalty=True),))
    result = rl.assess_return(stated, by=state, to="SOM", on=on)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert "ICCPR art. 6(1)" in _cited(result)
    assert PRIVATE_PENALTY_READING in result.assumptions()


@pytest.mark.parametrize(("state", "on"), [("MEX", "2016-06-01"), ("DEU", "2015-06-01")])
@pytest.mark.parametrize(
    "answered",
    [{"internal_relocation": True}, {"protection": {"SOM": rl.Protection.AVAILABLE}}],
)
def test_a_faction_courts_death_penalty_is_answered_by_relocation_or_protection(
    state: str, on: str, answered: dict[str, Any]
) -> None:
    """ICCPR art. 6(1) (*Judge v Canada*), ECHR art. 3 and Protocols No. 6 and 13: a private
    actor's death penalty is private harm, which a reasonable internal flight alternative (*Salah
    Sheekh*) or the state's protection (General Comment 31, para. 12) answers, so the return is
    PERMITTED whether the death penalty is unknown, feared or not (it was PERMITTED unknown and
    PROHIBITED stated, and for Germany asked)."""
    for value in (None, True, False):
        claim = _claim(_faction_court(death_penalty=value), state, **answered)
        result = rl.assess_return(claim, by=state, to="SOM", on=on)
        assert result.outcome is rl.ReturnOutcome.PERMITTED, value
        assert result.missing_facts() == ()


def test_stating_the_death_penalty_never_turns_one_decided_return_into_another() -> None:
    """Monotonicity of the death-penalty bars (ICCPR art. 6(1) on *Judge v Canada*, ECHR art. 3
    after *Al-Saadoon*, Protocols No. 6 and 13): for a harm from a private actor or one not yet
    known, whatever the state's protection, relocation, risk to life and trial, filling in an
    unknown death penalty decides an open return or leaves a decided one as it was."""
    settings = (("CAN", "2010-01-01"), ("MEX", "2016-06-01"), ("DEU", "2015-06-01"))
    protections: tuple[dict[str, rl.Protection], ...] = (
        {},
        {"SOM": rl.Protection.AVAILABLE},
        {"SOM": rl.Protection.UNAVAILABLE},
    )
    checked = 0
    for (state, on), protection, relocation, actor, risk, unfair in itertools.product(
        settings,
        protections,
        (True, False, None),
        (rl.Actor.NON_STATE, None),
        (True, False, None),
        (True, False, None),
    ):
        outcomes = {}
        for value in (None, True, False):
            harm = _faction_court(
                death_penalty=value,
                actor=actor,
                risk_to_life=risk,
                flagrant_denial_of_justice=unfair,
            )
            claim = _claim(harm, state, protection=protection, internal_relocation=relocation)
            outcomes[value] = rl.assess_return(claim, by=state, to="SOM", on=on).outcome
        if outcomes[None] is rl.ReturnOutcome.UNDETERMINED:
            continue
        checked += 1
        assert outcomes[True] is outcomes[False] is outcomes[None], (
            state,
            protection,
            relocation,
            actor,
            risk,
            unfair,
            outcomes,
        )
    assert checked > 50


# --- An internal flight alternative under art. 3 (Salah Sheekh v Netherlands, 2007, para. 141) --


def _militia(**changes: Any) -> rl.Claim:
    """Private harm the state cannot prevent: a Somali minority clan member and clan militia."""
    harm = _harm(
        "SOM",
        actor=rl.Actor.NON_STATE,
        official_involvement=False,
        reasons={rl.Ground.RACE},
        severity=rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        irreparable=True,
        risk_to_life=True,
    )
    return _claim(harm, "NLD", **changes)


def test_a_reasonable_internal_flight_alternative_answers_the_art_3_risk_salah_sheekh() -> None:
    """*Salah Sheekh* para. 141: art. 3 does not preclude reliance on an internal flight
    alternative where the person can travel there, gain admittance and settle; the library reads a
    reasonable one as meeting those guarantees, cites the case and names the reading."""
    result = rl.assess_return(
        _militia(internal_relocation=True), by="NLD", to="SOM", on="2007-01-11"
    )
    bar = result.finding.find("ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    harm = bar.children[2].children[0]
    assert "ecthr-salah-sheekh-2007" in [c.instrument for c in harm.citations]
    assert any("Salah Sheekh" in a for a in harm.assumptions)
    assert "internal_relocation" in harm.facts
    # ICCPR arts 6 and 7 weigh it the same way; the return is permitted.
    assert result.outcome is rl.ReturnOutcome.PERMITTED


def test_without_a_finding_on_relocation_private_harm_leaves_art_3_open() -> None:
    """Where no finding on relocation has been made, private harm the state cannot prevent is not
    yet a real risk under art. 3 (*Salah Sheekh*): the bar waits, and asks for the finding."""
    result = rl.assess_return(
        _militia(internal_relocation=None), by="NLD", to="SOM", on="2007-01-11"
    )
    bar = result.finding.find("ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert result.missing_facts() == ("internal_relocation",)


def test_cat_article_3_does_not_weigh_an_internal_flight_alternative() -> None:
    """CAT art. 3 (torture with an official's acquiescence), and custom's torture limb with it, is
    not answered by relocation: the library applies the reading to ECHR art. 3 and ICCPR arts 6
    and 7 only."""
    claim = _militia(internal_relocation=True)
    assert claim.fears is not None
    tortured = attrs.evolve(
        claim, fears=(attrs.evolve(claim.fears[0], torture=True, official_involvement=True),)
    )
    result = rl.assess_return(tortured, by="NLD", to="SOM", on="2007-01-11")
    assert result.breached_provisions == (
        "CAT art. 3(1)",
        "customary international law, non-refoulement",
    )


def test_harm_by_the_state_waits_for_relocation_only_without_the_presumption() -> None:
    """Harm the state inflicts is presumed inescapable (UNHCR Guidelines No. 4 para. 7(I)(b), as
    for Art 1A(2)); under ``relocation_presumption=False`` (*Januzi*) art. 3 waits for a finding."""
    claim = attrs.evolve(_claim(_harm("IRN", irreparable=True), "GBR"), internal_relocation=None)
    presumed = rl.assess_return(claim, by="GBR", to="IRN", on="2010-01-01")
    assert "ECHR art. 3" in presumed.breached_provisions
    januzi = rl.assess_return(
        claim,
        by="GBR",
        to="IRN",
        on="2010-01-01",
        doctrine=rl.Doctrine(relocation_presumption=False),
    )
    bar = januzi.finding.find("ECHR art. 3 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    assert "internal_relocation" in januzi.missing_facts()


def test_a_harm_art_3_does_not_cover_relies_on_no_relocation_reading() -> None:
    """Where the harm is not of the kind art. 3 covers (no inhuman treatment found), whether the
    person could relocate does not matter, and the finding names no reading of *Salah Sheekh*."""
    claim = _militia(internal_relocation=True)
    assert claim.fears is not None
    mild = attrs.evolve(claim, fears=(attrs.evolve(claim.fears[0], irreparable=False),))
    result = rl.assess_return(mild, by="NLD", to="SOM", on="2007-01-11")
    bar = result.finding.find("ECHR art. 3 bar")
    assert bar is not None
    harm = bar.children[2].children[0]
    assert harm.verdict is rl.Verdict.NOT_MET
    assert not [a for a in harm.assumptions if "Salah Sheekh" in a]
    assert "ecthr-salah-sheekh-2007" not in [c.instrument for c in harm.citations]


@pytest.mark.parametrize("state", ["SUN", "DDR", "YUG"])
@pytest.mark.parametrize("instrument", [ECHR, P6])
def test_a_former_state_never_a_council_of_europe_member_is_not_bound_article_59_1(
    state: str, instrument: str
) -> None:
    """ECHR art. 59(1): open to the members of the Council of Europe. The roster of today's
    members says nothing of former states; the USSR (special guest status from 1989; the Russian
    Federation joined in 1996), the GDR (never a member) and Yugoslavia (an applicant still in
    September 2002) are shown never to have been members: not bound in 1990, the roster's
    provision cited (art. 59(1); Protocol No. 6, art. 7)."""
    found = rl.party_status(state, instrument, on="1990-01-01")
    assert found.verdict is rl.Verdict.NOT_MET
    assert "a former state, is not listed, and it was never a member" in found.reason
    provision = "59(1)" if instrument == ECHR else "7"
    assert found.citations[0].provision == provision
    assert rl.is_party(state, instrument, on="1990-01-01") is False


def test_yugoslavias_non_membership_is_shown_up_to_the_assemblys_opinion_of_2002() -> None:
    """PACE Opinion 239 (2002), 24 September 2002: the Federal Republic of Yugoslavia was still an
    applicant; up to that day the roster's answer stands. After it the sources read say nothing
    more of membership, but the code's statehood record reads the SFRY as a State only before 27
    April 1992 (the FRY is 'SRB' in the data), and a State that no longer exists is bound by
    nothing: NOT_MET, saying so (review of the treaty data, F2; it was unknown)."""
    assert rl.party_status("YUG", ECHR, on="2002-09-24").verdict is rl.Verdict.NOT_MET
    assert "shown up to 2002-09-24" in rl.party_status("YUG", ECHR, on="2002-09-24").reason
    after = rl.party_status("YUG", ECHR, on="2002-09-25")
    assert after.verdict is rl.Verdict.NOT_MET
    assert after.reason.startswith("Yugoslavia had ceased to exist by 1992-04-27")


def test_a_former_state_that_was_a_member_is_answered_by_its_record_or_unknown() -> None:
    """Czechoslovakia was a member of the Council of Europe (from 21 February 1991) and ratified
    the Convention on 18 March 1992; Serbia and Montenegro was a member too. Neither is ruled out
    by the roster: Czechoslovakia's answers are its record's (Protocol No. 6 too: deposited the
    same day, in force on 1 April 1992 under its art. 8(2), until the federation's end, review
    obligations F2); Serbia and Montenegro is the State the data records as 'SRB', and its code is
    refused naming that one (review obligations F3), whose record answers."""
    early = rl.party_status("CSK", ECHR, on="1990-01-01")
    assert early.verdict is rl.Verdict.NOT_MET
    assert "only on 1992-03-18" in early.reason
    assert "never a member" not in early.reason
    assert rl.party_status("CSK", ECHR, on="1992-06-01").verdict is rl.Verdict.MET
    ended = rl.party_status("CSK", ECHR, on="1995-01-01")
    assert ended.verdict is rl.Verdict.NOT_MET
    assert "not listed" not in ended.reason  # it ended; the roster is not its reason
    assert rl.party_status("CSK", P6, on="1992-06-01").verdict is rl.Verdict.MET
    with pytest.raises(rl.InvalidInput, match="give 'SRB'"):
        rl.party_status("SCG", ECHR, on="2005-01-01")
    assert rl.party_status("SRB", ECHR, on="2005-01-01").verdict is rl.Verdict.MET


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"RUS": {"why": "x", "source": ["coe-cm-2022-p4"]}}, "not a former state"),
        ({"SUN": {"why": "x", "source": []}}, "names no source"),
        ({"SUN": {"why": "", "source": ["coe-cm-2022-p4"]}}, "not why"),
        ({"SUN": {"why": "x", "source": ["nowhere"]}}, "nowhere"),
    ],
)
def test_a_former_states_non_membership_needs_a_former_state_a_reason_and_a_source(
    change: dict[str, Any], message: str
) -> None:
    """Law is data with sources: ``never_members`` may name only former states, each with why
    and sources the file defines; anything else is refused at load."""
    raw = _file(ECHR)
    roster = states._load_eligible(raw)
    assert roster is not None
    assert {"SUN", "DDR", "YUG"} == set(roster.never)
    raw["eligible"]["never_members"] = change
    with pytest.raises(ValueError, match=message):
        states._load_eligible(raw)


# -- art. 2: a real risk to life (Bader and Kanbor v Sweden, 2005; F.G. v Sweden, GC 2016) --------

ART_2 = "ECHR art. 2(1)"


def _blood_feud(**changes: Any) -> rl.Harm:
    """The review's case: a killing in a blood feud the police will not stop (a real risk to life
    from private persons, no ill-treatment short of it)."""
    feud: dict[str, Any] = {
        "description": "killing in a blood feud the police will not stop",
        "severity": rl.Severity.THREAT_TO_LIFE_OR_FREEDOM,
        "likelihood": 0.7,
        "actor": rl.Actor.NON_STATE,
        "reasons": {rl.Motive.PERSONAL},
        "official_involvement": False,
        "protection_withheld_for": frozenset(),
        "risk_to_life": True,
    }
    return _harm("IRQ", **{**feud, **changes})


def _andorra(
    harm: rl.Harm, on: str, doctrine: rl.Doctrine | None = None, **changes: Any
) -> rl.ReturnAssessment:
    """Andorra: bound by the Convention since 1996, by the ICCPR only from 22 December 2006."""
    claim = _claim(harm, "AND", **changes)
    return rl.assess_return(claim, by="AND", to="IRQ", on=on, doctrine=doctrine)


def andorra_feud_claim() -> rl.Claim:
    """The blood-feud claim of a person in Andorra (for the doctrine comparison)."""
    return _claim(_blood_feud(), "AND")


def test_andorra_bound_by_the_echr_but_not_yet_the_iccpr_may_not_return_a_person_to_a_blood_feud_article_2() -> (
    None
):
    """The review's finding 3: on 1 June 2006 Andorra was bound by the Convention but not yet by
    the ICCPR, so nothing answered a real risk of being killed: the return was PERMITTED. ECHR art.
    2, read as ICCPR art. 6(1) is (*Bader and Kanbor v Sweden*, 2005; *F.G. v Sweden*, GC 2016),
    bars it: the state there does not protect, and no internal alternative is found."""
    result = _andorra(_blood_feud(), "2006-06-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(result) == [ART_2]
    bar = _bar(result, "ECHR art. 2 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.MET
    assert "absolute" in bar.reason
    harm = next(f for _, f in bar.walk() if f.element == "fears[0]")
    assert harm.verdict is rl.Verdict.MET
    assert "arbitrary deprivation of life" in harm.reason
    assert {echr.ECHR_2, echr.BADER, echr.F_G} <= set(harm.citations)
    assert echr.ART_2_READING in harm.assumptions
    iccpr = _bar(result, "ICCPR art. 6(1) bar")
    assert iccpr is not None
    assert iccpr.verdict is rl.Verdict.NOT_MET  # not bound until 22 December 2006


def test_where_the_iccpr_binds_too_the_breaches_cite_echr_article_2_beside_iccpr_article_6() -> (
    None
):
    """The review: where the ICCPR binds, the breaches cited ICCPR art. 6(1) only, never the
    regional provision a European court would apply."""
    result = rl.assess_return(_claim(_blood_feud(), "DEU"), by="DEU", to="IRQ", on="2015-06-01")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(result) == ["ICCPR art. 6(1)", ART_2]


def test_before_bader_and_kanbor_whether_article_2_bars_a_removal_is_contested_and_shows_both_branches() -> (
    None
):
    """*Bader and Kanbor v Sweden* (8 November 2005) is the first judgment the library holds in
    which the Court held a removal contrary to art. 2; no authority reads art. 2 not to bar one
    before it, so whether the judgment's reading reaches earlier removals is the contested
    position ``Doctrine.bader_retrospective``. By default a risk art. 2 would reach in a removal
    before the day is not known, and the position is what must still be shown; on the day itself
    art. 2 bars the return whatever the position."""
    before = _andorra(_blood_feud(), "2005-11-07")
    assert before.outcome is rl.ReturnOutcome.UNDETERMINED
    assert before.missing_facts() == ("doctrine.bader_retrospective",)
    bar = _bar(before, "ECHR art. 2 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN
    harm = next(f for _, f in bar.walk() if f.element == "fears[0]")
    assert "Bader and Kanbor v Sweden (8 November 2005) is contested" in harm.reason
    assert echr.BADER in harm.citations
    assert rl.Doctrine().position("bader_retrospective") in before.assumptions()
    question = next(q for q in before.questions() if q.path == "doctrine.bader_retrospective")
    assert question.decisive
    assert dt.date(2005, 11, 8) == echr.BADER_DAY
    for position in (None, True, False):
        on_the_day = _andorra(
            _blood_feud(), "2005-11-08", rl.Doctrine(bader_retrospective=position)
        )
        assert on_the_day.outcome is rl.ReturnOutcome.PROHIBITED
        assert _cited(on_the_day) == [ART_2]


def test_before_bader_and_kanbor_the_later_reading_bars_the_removal_article_2() -> None:
    """``bader_retrospective=True``: the judgment stated what art. 2 already required, so it bars
    Andorra's return in June 2005 as it would in June 2006, and the position is stated."""
    doctrine = rl.Doctrine(bader_retrospective=True)
    result = _andorra(_blood_feud(), "2005-06-01", doctrine)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert _cited(result) == [ART_2]
    assert doctrine.position("bader_retrospective") in result.assumptions()


def test_before_bader_and_kanbor_the_reading_at_the_time_does_not_weigh_article_2_and_says_so() -> (
    None
):
    """``bader_retrospective=False``: art. 2 is read to bar a removal only from the judgment, so
    before it art. 2 is not met and the finding names the case and the date. Türkiye in 2003,
    bound by the Convention but not yet by the ICCPR, is then permitted to return the person."""
    doctrine = rl.Doctrine(bader_retrospective=False)
    before = _andorra(_blood_feud(), "2005-11-07", doctrine)
    assert before.outcome is rl.ReturnOutcome.PERMITTED
    bar = _bar(before, "ECHR art. 2 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    harm = next(f for _, f in bar.walk() if f.element == "fears[0]")
    assert "Bader and Kanbor v Sweden (8 November 2005)" in harm.reason
    assert echr.BADER in harm.citations
    assert harm.missing == ()
    risk = next(f for _, f in bar.walk() if f.element.startswith("risk of"))
    assert "not weighed" in risk.reason
    assert "Bader and Kanbor" in risk.reason
    assert doctrine.position("bader_retrospective") in before.assumptions()
    turkey = rl.assess_return(
        _claim(_blood_feud(), "TUR"), by="TUR", to="IRQ", on="2003-06-01", doctrine=doctrine
    )
    assert turkey.outcome is rl.ReturnOutcome.PERMITTED


def test_before_bader_and_kanbor_a_harm_article_2_would_not_reach_is_not_contested() -> None:
    """A harm with no risk to life is not met under art. 2 on either reading: no position is
    relied on and nothing is asked."""
    none = _andorra(_blood_feud(risk_to_life=False), "2005-06-01")
    none_bar = _bar(none, "ECHR art. 2 bar")
    assert none_bar is not None
    assert none_bar.verdict is rl.Verdict.NOT_MET
    assert not any("Bader" in f.reason for _, f in none_bar.walk())
    assert "doctrine.bader_retrospective" not in none.missing_facts()


def test_an_internal_flight_alternative_answers_the_article_2_risk_as_under_article_3() -> None:
    """*Salah Sheekh v Netherlands* (2007): a reasonable alternative the decision-maker finds
    answers the risk, as under art. 3 and ICCPR arts 6 and 7; the Court's guarantees are cited."""
    result = _andorra(_blood_feud(), "2006-06-01", internal_relocation=True)
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    bar = _bar(result, "ECHR art. 2 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.NOT_MET
    harm = next(f for _, f in bar.walk() if f.element == "fears[0]")
    assert "internal flight alternative" in harm.reason
    assert "ECHR art. 2" in harm.reason
    assert rl.Citation("ecthr-salah-sheekh-2007", "141") in harm.citations
    unknown = _andorra(_blood_feud(), "2006-06-01", internal_relocation=None)
    assert unknown.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "internal_relocation" in unknown.missing_facts()


def test_private_harm_the_state_there_protects_against_is_no_real_risk_under_article_2() -> None:
    """Art. 2 reaches private harm only where the state there cannot or will not prevent it;
    where its protection is not known, it is asked."""
    result = _andorra(_blood_feud(), "2006-06-01", protection={"IRQ": rl.Protection.AVAILABLE})
    assert result.outcome is rl.ReturnOutcome.PERMITTED
    bar = _bar(result, "ECHR art. 2 bar")
    assert bar is not None
    harm = next(f for _, f in bar.walk() if f.element == "fears[0]")
    assert harm.verdict is rl.Verdict.NOT_MET
    assert "can and does protect" in harm.reason
    assert "ECHR art. 2" in harm.reason
    open_ = _andorra(_blood_feud(), "2006-06-01", protection={})
    assert open_.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "protection['IRQ']" in open_.missing_facts()


def test_a_risk_to_life_not_known_is_asked_under_article_2() -> None:
    result = _andorra(_blood_feud(risk_to_life=None), "2006-06-01")
    assert result.outcome is rl.ReturnOutcome.UNDETERMINED
    assert "fears[0].risk_to_life" in result.missing_facts()
    bar = _bar(result, "ECHR art. 2 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.UNKNOWN


@pytest.mark.parametrize(
    "changes",
    [
        {"exclusion": {"1F(a)"}},
        {"danger_to_security": True},
        {"convicted_particularly_serious_crime": True, "danger_to_community": True},
    ],
)
def test_article_2_is_absolute_neither_art_1f_nor_art_33_2_lifts_it(
    changes: dict[str, Any],
) -> None:
    result = _andorra(_blood_feud(), "2006-06-01", **changes)
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART_2 in _cited(result)
    bar = _bar(result, "ECHR art. 2 bar")
    assert bar is not None
    assert bar.verdict is rl.Verdict.MET


def test_bader_and_kanbor_a_death_sentence_after_an_unfair_trial_bars_the_deportation_under_article_2() -> (
    None
):
    """*Bader and Kanbor v Sweden* (8 November 2005): Sweden's deportation of a man sentenced to
    death in absentia in Syria after an unfair trial would violate arts 2 and 3. The death penalty
    as such is not counted under art. 2 again: after a fair trial, with no other risk to life, art.
    2 does not apply, and the other bars weigh it (here ICCPR art. 6 as *Judge v Canada* reads it)."""
    unfair = _harm(
        "SYR",
        description="execution of a death sentence passed in absentia",
        death_penalty=True,
        flagrant_denial_of_justice=True,
    )
    result = rl.assess_return(_claim(unfair, "SWE"), by="SWE", to="SYR", on="2005-11-08")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART_2 in _cited(result)
    bar = _bar(result, "ECHR art. 2 bar")
    assert bar is not None
    route = next(f for _, f in bar.walk() if "flagrantly unfair trial" in f.reason)
    assert route.verdict is rl.Verdict.MET
    assert echr.BADER in route.citations
    assert echr.UNFAIR_TRIAL_ART_2 in route.assumptions
    fair = rl.assess_return(
        _claim(attrs.evolve(unfair, flagrant_denial_of_justice=False), "SWE"),
        by="SWE",
        to="SYR",
        on="2005-11-08",
    )
    assert fair.outcome is rl.ReturnOutcome.PROHIBITED  # Judge v Canada: Sweden has abolished it
    assert ART_2 not in _cited(fair)
    fair_bar = _bar(fair, "ECHR art. 2 bar")
    assert fair_bar is not None
    assert fair_bar.verdict is rl.Verdict.NOT_MET


_OPEN: dict[str, tuple[Any, ...]] = {
    "risk_to_life": (True, False),
    "actor": (rl.Actor.STATE, rl.Actor.NON_STATE),
    "death_penalty": (True, False),
    "flagrant_denial_of_justice": (True, False),
}


@pytest.mark.parametrize("on", ["2005-06-01", "2006-06-01"])
@pytest.mark.parametrize("field", sorted(_OPEN))
@pytest.mark.parametrize("relocation", [None, False, True])
def test_filling_in_an_unknown_fact_never_flips_a_decided_article_2_finding(
    on: str, field: str, relocation: bool | None
) -> None:
    """Monotonicity: with one fact unknown, the art. 2 bar decided either way stays so whatever
    the fact turns out to be; an open one may be decided by it."""
    for protection in ({}, {"IRQ": rl.Protection.AVAILABLE}, {"IRQ": rl.Protection.UNAVAILABLE}):
        for base in (_blood_feud(), _blood_feud(risk_to_life=False, actor=rl.Actor.STATE)):
            blank: dict[str, Any] = {field: None}
            unknown = attrs.evolve(base, **blank)
            kw: dict[str, Any] = {"protection": protection, "internal_relocation": relocation}
            first = _bar(_andorra(unknown, on, **kw), "ECHR art. 2 bar")
            assert first is not None
            for value in _OPEN[field]:
                given: dict[str, Any] = {field: value}
                filled = _bar(_andorra(attrs.evolve(base, **given), on, **kw), "ECHR art. 2 bar")
                assert filled is not None
                if first.verdict is not rl.Verdict.UNKNOWN:
                    assert filled.verdict is first.verdict, (field, value, protection, relocation)


def test_a_flagrant_denial_with_the_actor_unstated_waits_on_who_where_relocation_would_answer_it() -> (
    None
):
    """ECHR art. 6(1), *Othman* (the receiving State's own trial) and the de facto court reading
    (``PRIVATE_TRIAL_READING``; return review s35 F2). Officials found involved
    (``Harm.official_involvement``, CAT art. 1: by, at the instigation of or with the consent or
    acquiescence of an official) do not say whose court it would be. Greece's removal to Somalia
    in 2016 of a man facing a flagrantly unfair trial, the decision-maker finding a reasonable
    internal flight alternative: the State's own trial reaches the whole country (PROHIBITED), a
    de facto court's is answered by relocation (PERMITTED). With the actor unstated it was
    PROHIBITED, read as the State's own, and naming the actor turned it into PERMITTED: it is now
    UNDETERMINED, asking who would hold the trial."""
    trial = _harm("SOM", flagrant_denial_of_justice=True, actor=None, official_involvement=True)
    outcomes = {}
    for actor in (None, rl.Actor.STATE, rl.Actor.NON_STATE):
        claim = _claim(
            attrs.evolve(trial, actor=actor), "GRC", internal_relocation=True, protection={}
        )
        result = rl.assess_return(
            claim, by="GRC", to="SOM", on="2016-02-27",
            doctrine=rl.Doctrine(non_refoulement_customary=False),
        )  # fmt: skip
        outcomes[actor] = result.outcome
        if actor is None:
            assert result.missing_facts() == ("fears[0].actor",)
            assert "fears[0].actor" in [q.path for q in result.questions()]
            bar = _bar(result, "ECHR art. 6 bar")
            assert bar is not None
            assert bar.verdict is rl.Verdict.UNKNOWN
    assert outcomes == {
        None: rl.ReturnOutcome.UNDETERMINED,
        rl.Actor.STATE: rl.ReturnOutcome.PROHIBITED,
        rl.Actor.NON_STATE: rl.ReturnOutcome.PERMITTED,
    }


def test_a_flagrant_denial_with_the_actor_unstated_is_barred_where_it_would_be_either_way() -> None:
    """ECHR art. 6(1): where no protection is available and no internal flight alternative found,
    a de facto court's flagrantly unfair trial is a real risk as the State's own is, so the trial
    with its author unstated is barred without asking who (*Othman*; ``PRIVATE_TRIAL_READING``)."""
    harm = _harm("JOR", flagrant_denial_of_justice=True, actor=None, official_involvement=True)
    result = rl.assess_return(_claim(harm, "GBR"), by="GBR", to="JOR", on="2012-01-17")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert ART_6 in _cited(result)
    assert "fears[0].actor" not in result.missing_facts()


@pytest.mark.parametrize("on", ["2010-01-01", "2023-03-07", "2023-10-19"])
def test_azerbaijan_not_bound_by_protocol_13_while_the_tables_show_a_signature_only(
    on: str,
) -> None:
    """ECHR Protocol No. 13 art. 6 (signature, subject to ratification): the tables that list
    Armenia's ratification of 19 October 2023 show Azerbaijan's signature of 8 March 2023 and no
    ratification, so it is not bound up to that day. Before: UNKNOWN ("not a complete list")."""
    status = rl.party_status("AZE", "echr-protocol-13-2002", on=on)
    assert status.verdict is rl.Verdict.NOT_MET
    assert "not a party as at 2023-10-19" in status.reason


def test_azerbaijan_and_protocol_13_after_the_tables_is_unknown() -> None:
    """After the last day its sources speak for, a ratification would not be recorded."""
    status = rl.party_status("AZE", "echr-protocol-13-2002", on="2023-10-20")
    assert status.verdict is rl.Verdict.UNKNOWN
