"""Review s38 sd38: the seed articles (Qi 2019, Smith 2022) run against the library.

F1: Refugee Convention art. 38 (disputes to the International Court of Justice) was not held, so
the only disputes clause China's obligations showed was 1967 Protocol art. IV, excluded by its
reservation: China looked beyond the Court's reach. Art. 38 admits no reservation (art. 42(1)) and
binds every party to the Convention; whether it reaches a dispute about a refugee whom only the
Protocol's definition covers is not settled, and is named.
"""

from __future__ import annotations

import datetime as dt

import refugeelaw as rl
from refugeelaw.law.obligations import ARTICLE_38_SCOPE_READING

C = "refugee-convention-1951"
P = "refugee-protocol-1967"


def _obs(state: str, on: str) -> dict[tuple[str, str], rl.StateObligation]:
    return {(o.instrument, o.provision): o for o in rl.obligations_of(state, on=on)}


def test_convention_art_38_text_is_held_verbatim() -> None:
    """Refugee Convention art. 38, "Settlement of disputes", as the authentic English text gives
    it (before: ``UnknownProvision``, no art. 38 in the library's data)."""
    art_38 = rl.provision(C, "38")
    assert art_38.verbatim
    assert art_38.status == "verified"
    assert art_38.text is not None
    assert art_38.text.startswith("Any dispute between parties to this Convention relating to its")
    assert art_38.text.endswith("at the request of any one of the parties to the dispute.")


def test_china_is_bound_by_convention_art_38_though_it_reserved_protocol_art_iv() -> None:
    """China's reservations on accession were to the latter part of art. 14, art. 16(3) and
    Protocol art. IV; art. 42(1) permits none to arts 36-46. So China is bound by art. 38 from the
    Convention's entry into force for it, 23 December 1982 (art. 43(2)), while Protocol art. IV
    stays excluded. Before: art. 38 was not listed, and the obligations tree showed only art. IV,
    excluded (China "ICJ-free"); after: art. 38 MET."""
    obs = _obs("CHN", "2004-06-30")
    assert (P, "IV") not in obs
    art_38 = obs[(C, "38")]
    assert art_38.bound is rl.Verdict.MET
    assert art_38.since == dt.date(1982, 12, 23)
    tree = rl.explain_obligations("CHN", on="2004-06-30")
    found = tree.find("Refugee Convention art. 38")
    assert found is not None
    assert found.verdict is rl.Verdict.MET
    assert found.reason.startswith("binds China since 1982-12-23")
    iv = tree.find("1967 Protocol art. IV")
    assert iv is not None
    assert iv.verdict is rl.Verdict.NOT_MET


def test_art_38_does_not_come_through_the_protocol() -> None:
    """Protocol art. I(1) applies the Convention's arts 2 to 34 only: in the ninety days between
    China's accession (24 September 1982) and the Convention's entry into force for it, art. 33(1)
    binds China through the Protocol but art. 38 does not bind it; and a party to the Protocol
    alone (the United States) is bound by Protocol art. IV, never by Convention art. 38."""
    between = _obs("CHN", "1982-10-01")
    assert (C, "33(1)") in between
    assert (C, "38") not in between
    found = rl.explain_obligations("CHN", on="1982-10-01").find("Refugee Convention art. 38")
    assert found is not None
    assert found.verdict is rl.Verdict.NOT_MET
    usa = _obs("USA", "2004-06-30")
    assert (P, "IV") in usa
    assert (C, "38") not in usa


def test_a_reservation_of_unseen_content_does_not_put_art_38_in_doubt() -> None:
    """Guatemala acceded in 1983 with a reservation whose content no source seen gives: the
    reservable duties are in doubt, but art. 38, like art. 33(1), admits no reservation
    (art. 42(1)) and binds."""
    obs = _obs("GTM", "1990-06-01")
    assert obs[(C, "31(1)")].bound is rl.Verdict.UNKNOWN
    assert obs[(C, "38")].bound is rl.Verdict.MET


def test_art_38_scope_for_a_state_that_excluded_protocol_art_iv_is_named_not_decided() -> None:
    """Whether art. 38 reaches a dispute about a refugee whom only the Protocol's definition
    covers (a North Korean: events after 1951) is not settled by any source the library holds.
    It matters only where Protocol art. IV is excluded (China, Rwanda): there the finding and the
    obligation name the question; where art. IV binds too (the Republic of Korea, the United
    Kingdom) both clauses reach the Court and nothing is named."""
    for state in ("CHN", "RWA"):
        found = rl.explain_obligations(state, on="2004-06-30").find("Refugee Convention art. 38")
        assert found is not None
        assert ARTICLE_38_SCOPE_READING in found.assumptions, state
        assert "is not settled (the reading named)" in found.reason, state
        assert {str(c) for c in found.citations} >= {"1967 Protocol art. IV"}, state
        ob = _obs(state, "2004-06-30")[(C, "38")]
        assert f"{ARTICLE_38_SCOPE_READING}." in ob.notes, state
    for state in ("KOR", "GBR"):
        found = rl.explain_obligations(state, on="2004-06-30").find("Refugee Convention art. 38")
        assert found is not None
        assert found.verdict is rl.Verdict.MET
        assert ARTICLE_38_SCOPE_READING not in found.assumptions, state
        assert (P, "IV") in _obs(state, "2004-06-30"), state
