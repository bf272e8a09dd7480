"""A refugee's family: UNHCR Handbook paras 181-188 (the principle of family unity).

The Convention does not incorporate the principle of family unity in the definition (Handbook
para. 183); derivative status is a state's practice (para. 184), which the library does not model.
"""

import refugeelaw as rl


def test_handbook_181_188_is_held_as_a_sourced_paraphrase() -> None:
    unit = rl.provision("unhcr-handbook", "181-188")
    assert unit.heading == "The principle of family unity"
    assert not unit.verbatim
    assert unit.status == "secondary"
    assert any("udiregelverk.no" in note for note in unit.notes)
    assert unit.text is not None
    assert "does not incorporate the principle of family unity" in unit.text


def test_dependant_without_a_fear_of_their_own_is_not_a_refugee_under_art_1a2() -> None:
    """Handbook para. 183: family unity is not in the definition, so Art 1A(2) alone decides."""
    child = rl.Claim(
        rl.Person("a refugee's child", nationalities={"PRK"}, location="GBR"), fears=[]
    )
    result = rl.assess_status(child, on="2015-01-01", state="GBR")
    assert result.outcome is rl.Status.NOT_REFUGEE
    assert result.missing_facts() == ()
