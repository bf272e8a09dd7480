"""ICCPR art. 6(1) as read in *Judge v Canada* (2003), for a removal from Hong Kong or Macao.

A State that has abolished the death penalty may not remove a person to a real risk of it. A
removal from Hong Kong (abolished 23 April 1993, Crimes (Amendment) Ordinance 1993) or Macao
(abolished 1976) is made under that territory's own law, kept after they became part of China,
not under the law of mainland China, which retains the penalty (seeds review s36, F3).
"""

from __future__ import annotations

import datetime as dt

import pytest

import refugeelaw as rl
from refugeelaw.law.abolition import TERRITORY_LAW_READING, abolished_by_law

ICCPR_6_1 = "ICCPR art. 6(1)"


def _wanted_for_murder(location: str) -> rl.Claim:
    """A North Korean wanted in the DPRK for an ordinary murder: a real risk of the death
    penalty, and nothing else."""
    harm = rl.Harm("death sentence for murder", "PRK", severity="threat_to_life_or_freedom",
                   likelihood=0.6, actor="state", reasons={"general_law"}, prosecution=True,
                   exit_offence=False, disproportionate=False, discriminatory=False,
                   law_contrary_to_human_rights=False, torture=False, irreparable=False,
                   risk_to_life=False, flagrant_denial_of_justice=False,
                   death_penalty=True)  # fmt: skip
    return rl.Claim(rl.Person("x", nationalities={"PRK"}, location=location), fears=(harm,))


@pytest.mark.parametrize("territory", ["HKG", "MAC"])
def test_china_may_not_remove_from_hong_kong_or_macao_to_the_death_penalty_judge_v_canada(
    territory: str,
) -> None:
    """ICCPR art. 6(1), Judge v Canada: PROHIBITED, on the territory's own abolition, the
    reading named. Before: UNDETERMINED, waiting on China's (the mainland's) law, a gap no
    answer of the user's could fill."""
    result = rl.assess_return(_wanted_for_murder(territory), by="CHN", to="PRK", on="2010-06-30")
    assert result.outcome is rl.ReturnOutcome.PROHIBITED
    assert [str(o.citation) for o in result.breaches] == [ICCPR_6_1]
    assert result.missing_facts() == ()
    assert TERRITORY_LAW_READING in result.assumptions()
    found = result.finding.find("the returning state has abolished the death penalty")
    assert found is not None
    assert found.verdict is rl.Verdict.MET


def test_hong_kongs_abolition_runs_from_23_april_1993() -> None:
    """Crimes (Amendment) Ordinance 1993: in effect from 23 April 1993, not before (no record
    before it: not known)."""
    assert abolished_by_law("HKG", dt.date(1993, 4, 23)).verdict is rl.Verdict.MET
    before = abolished_by_law("HKG", dt.date(1993, 4, 22))
    assert before.verdict is rl.Verdict.UNKNOWN
    assert before.missing == ("states['HKG'].death_penalty_abolished",)


def test_a_removal_from_the_mainland_does_not_read_hong_kongs_law() -> None:
    """Judge v Canada: from mainland China, Hong Kong's abolition says nothing; the reading is
    not named."""
    result = rl.assess_return(_wanted_for_murder("CHN"), by="CHN", to="PRK", on="2010-06-30")
    assert TERRITORY_LAW_READING not in result.assumptions()
    assert ICCPR_6_1 not in [str(o.citation) for o in result.breaches]
