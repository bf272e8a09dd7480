"""Review s37 da37: treaty data past what its sources speak for.

F1 — Refugee Convention Art 1B(2): "Any Contracting State which has adopted alternative (a) may at
any time extend its obligations by adopting alternative (b) by means of a notification addressed
to the Secretary-General of the United Nations." A geographic limitation (Art 1B(1)(a), kept under
the 1967 Protocol by its art. I(3)) is therefore known only up to the last date the data speaks
for it; after that an extension would not be recorded (Monaco's, registered on 17 February 2022,
came after the Convention data's horizon of 12 March 2015).
"""

from __future__ import annotations

import json

import refugeelaw as rl
from refugeelaw import export, untc
from refugeelaw._data import read_text
from refugeelaw.sources import SOURCE_FIELDS, Source

_C = "refugee-convention-1951"


def _syrian(events_in_europe: bool | None = False) -> rl.Claim:
    return rl.Claim(
        rl.Person("S", {"SYR"}, location="TUR"),
        fears=[
            rl.Harm(
                "detention",
                "SYR",
                severity="threat_to_life_or_freedom",
                likelihood=0.8,
                actor="state",
                reasons={"political_opinion"},
            )
        ],
        events_in_europe=events_in_europe,
    )


def test_turkiye_keeps_alternative_a_while_a_source_shows_it_art_1b_1_a_protocol_i_3() -> None:
    """Art 1B(1)(a) and Protocol art. I(3): on 22 June 2021 a source (Refugee Law Initiative
    post of that day) shows Türkiye still keeping the geographic limitation, after the data's
    horizon: a fear from events outside Europe falls outside its definition."""
    assert rl.states.art_1b_choice("TUR", "2021-06-22")[0] == "a"
    d = rl.assess_status(_syrian(), on="2021-06-22", state="TUR")
    assert d.outcome is rl.Status.NOT_REFUGEE


def test_turkiye_s_choice_after_its_last_source_is_not_known_art_1b_2() -> None:
    """Art 1B(2): an extension to alternative (b) may come at any time. After the last date a
    source shows the limitation kept, the library does not know which alternative Türkiye applies:
    before, NOT_REFUGEE on a confident geographic limitation; now UNDETERMINED, the data's gap
    named (not a fact of the claim)."""
    choice, basis = rl.states.art_1b_choice("TUR", "2026-06-30")
    assert choice is None
    assert "Art 1B(2)" in basis
    assert "2021-06-22" in basis
    d = rl.assess_status(_syrian(), on="2026-06-30", state="TUR")
    assert d.outcome is rl.Status.UNDETERMINED
    assert "states['TUR'].art_1b" in d.missing_facts()


def test_events_in_europe_satisfy_either_alternative_after_the_last_source_art_1b_1() -> None:
    """Art 1B(1): events in Europe satisfy alternative (a) and (b) alike, so an unknown choice does
    not stand in the way of a fear from events in Europe."""
    d = rl.assess_status(_syrian(events_in_europe=True), on="2026-06-30", state="TUR")
    assert d.outcome is rl.Status.REFUGEE


def test_madagascar_s_alternative_a_is_known_only_to_the_horizon_art_1b_2() -> None:
    """Madagascar's alternative (a) rests on sources that speak for no date later than the
    Convention data's horizon (12 March 2015): after it, Art 1B(2) leaves its choice open."""
    assert rl.states.horizon(_C) is not None
    assert str(rl.states.data_speaks_for("MDG", _C)) == "2015-03-12"
    assert rl.states.art_1b_choice("MDG", "2015-03-12")[0] == "a"
    assert rl.states.art_1b_choice("MDG", "2015-03-13")[0] is None


def test_a_later_dated_extension_shows_alternative_a_until_it_monaco_art_1b_2() -> None:
    """Monaco's extension registered on 17 February 2022 (Journal de Monaco) shows alternative (a)
    held until then, after the horizon too; from then on alternative (b), which cannot be undone
    (Art 1B(2) allows extending only)."""
    assert rl.states.art_1b_choice("MCO", "2018-01-01")[0] == "a"
    assert rl.states.art_1b_choice("MCO", "2022-02-16")[0] == "a"
    assert rl.states.art_1b_choice("MCO", "2030-01-01")[0] == "b"


def test_what_turkiye_owes_under_art_33_is_possibly_qualified_after_the_last_source() -> None:
    """Art 33(1) protects a "refugee", whom Türkiye's Art 1B(1) choice defines for it: while the
    choice is shown, the duty is qualified by the declaration; after, possibly qualified."""
    shown = next(o for o in rl.obligations_of("TUR", on="2018-01-01") if o.provision == "33(1)")
    assert any(n.startswith("Qualified by Türkiye's declaration") for n in shown.notes)
    assert any("shown still held on 2021-06-22" in n for n in shown.notes)
    later = next(o for o in rl.obligations_of("TUR", on="2026-01-01") if o.provision == "33(1)")
    assert any(n.startswith("Possibly qualified by a declaration") for n in later.notes)


def test_the_last_date_a_source_shows_the_choice_is_exported_and_written_back() -> None:
    """The entry's ``as_of`` is in the exported row and in a data file written back."""
    row = next(r for r in export.rows(_C) if r["state"] == "TUR")
    assert row["art_1b_history"][0]["as_of"] == "2021-06-22"
    p = rl.states.participation("TUR", _C)
    assert p is not None
    raw = json.loads(read_text("participation", f"{_C}.json"))
    sources = {
        k: Source(**{f: v[f] for f in SOURCE_FIELDS if f in v}) for k, v in raw["sources"].items()
    }
    written = untc.to_data_file([p], instrument=_C, sources=sources)
    assert written["records"][0]["art_1b_history"][0]["as_of"] == "2021-06-22"


# F2 — a treaty shown not to apply in a territory is known not to apply only as far as a source
# shows it: China may extend the Refugee Convention to Hong Kong by a notification at any time
# (VCLT art. 29: its treaties apply there as it has notified), and a later one would not be
# recorded.


def _north_korean_in_hong_kong() -> rl.Claim:
    return rl.Claim(
        rl.Person("K", {"PRK"}, location="HKG"),
        fears=[
            rl.Harm(
                "detention",
                "PRK",
                severity="threat_to_life_or_freedom",
                likelihood=0.8,
                actor="state",
                reasons={"political_opinion"},
            )
        ],
    )


def _art_33_bound(on: str) -> rl.Finding:
    r = rl.assess_return(_north_korean_in_hong_kong(), by="CHN", to="PRK", on=on)
    bar = next(c for c in r.finding.children if c.element == "Refugee Convention art. 33(1) bar")
    return next(c for c in bar.children if c.element == "the state is bound")


def test_the_refugee_convention_did_not_apply_in_hong_kong_while_a_source_shows_it_vclt_29() -> (
    None
):
    """C & Ors v Director of Immigration (CFA, 2013) and UNHCR's Hong Kong page (archived 23 June
    2017): the Refugee Convention was not extended to Hong Kong; Art 33(1) does not bind China
    there."""
    bound = _art_33_bound("2017-06-23")
    assert bound.verdict is rl.Verdict.NOT_MET
    assert "does not apply in Hong Kong" in bound.reason


def test_whether_it_applies_in_hong_kong_after_the_last_source_is_not_known_vclt_29() -> None:
    """VCLT art. 29 and China's notifications: after 23 June 2017 an extension to Hong Kong would
    not be recorded, so whether Art 33(1) binds China there is unknown (before, NOT_MET on every
    date); the customary rule still bars the return."""
    bound = _art_33_bound("2026-06-30")
    assert bound.verdict is rl.Verdict.UNKNOWN
    assert "would not record" in bound.reason
    r = rl.assess_return(_north_korean_in_hong_kong(), by="CHN", to="PRK", on="2026-06-30")
    assert r.outcome is rl.ReturnOutcome.PROHIBITED
    assert [(b.instrument, b.provision) for b in r.breaches] == [
        ("customary-international-law", "non-refoulement")
    ]


def test_without_custom_the_unknown_extension_leaves_the_return_open_art_33_1() -> None:
    """Refugee Convention art. 33(1), with the customary rule set aside (Doctrine): the torture and
    life limbs are not stated, and Art 33(1)'s reach to Hong Kong after 23 June 2017 is unknown,
    so the return is not shown permitted."""
    doctrine = rl.Doctrine(non_refoulement_customary=False)
    r = rl.assess_return(
        _north_korean_in_hong_kong(), by="CHN", to="PRK", on="2026-06-30", doctrine=doctrine
    )
    assert r.outcome is rl.ReturnOutcome.UNDETERMINED
