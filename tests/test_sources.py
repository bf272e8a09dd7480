"""The law as data: provision texts, their sources and status labels, and how citations read."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import pytest

import refugeelaw as rl

CONVENTION = "refugee-convention-1951"
STATUSES = {"verified", "secondary", "unverified"}


def instrument_files() -> list[dict[str, Any]]:
    folder = resources.files("refugeelaw").joinpath("data/instruments")
    return [
        json.loads(entry.read_text("utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json")
    ]


def all_units() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    return [(f["key"], f, unit) for f in instrument_files() for unit in f.get("provisions", ())]


# -- the text of the Convention --------------------------------------------------------------


def test_article_33_1_reads_as_the_convention_does() -> None:
    """Art 33(1), the prohibition of expulsion or return ("refoulement")."""
    p = rl.provision(CONVENTION, "33(1)")
    assert p.text is not None
    assert p.text.startswith(
        '1. No Contracting State shall expel or return ("refouler") a refugee in any manner '
        "whatsoever to the frontiers of territories where his life or freedom would be threatened"
    )
    assert p.text.rstrip().endswith(
        "on account of his race, religion, nationality, membership of a particular social group "
        "or political opinion."
    )
    assert p.citation == rl.Citation(CONVENTION, "33(1)")
    assert p.verbatim is True
    assert p.status == "verified"
    assert p.source is not None


def test_article_1a_2_contains_the_definition() -> None:
    text = _text("1A(2)")
    assert "well-founded fear of being persecuted" in text
    assert "is outside the country of his nationality" in text


def test_the_convention_articles_the_library_cites_are_held() -> None:
    """Issue 2: at least arts 1, 31, 32, 33."""
    for pinpoint in ("1A(2)", "1C", "1D", "1E", "1F", "31(1)", "32(1)", "33(1)", "33(2)"):
        assert _text(pinpoint).strip(), pinpoint


@pytest.mark.parametrize(
    ("parent", "children"),
    [
        ("33", ["33(1)", "33(2)"]),
        ("1F", ["1F", "1F(a)", "1F(b)", "1F(c)"]),
        ("1C", ["1C", "1C(1)", "1C(2)", "1C(3)", "1C(4)", "1C(5)", "1C(6)"]),
        ("32", ["32(1)", "32(2)", "32(3)"]),
    ],
)
def test_parent_pinpoint_joins_its_children_in_order(parent: str, children: list[str]) -> None:
    joined = rl.provision(CONVENTION, parent)
    assert joined.citation == rl.Citation(CONVENTION, parent)
    # The parent's own unit (a lead-in such as "F. The provisions ...") comes first, when there is one.
    assert joined.text == "\n".join(
        _text(c) if c != parent else _own_unit(parent) for c in children
    )


def _own_unit(pinpoint: str) -> str:
    record = next(f for f in instrument_files() if f["key"] == CONVENTION)
    text: str = next(u["text"] for u in record["provisions"] if u["pinpoint"] == pinpoint)
    return text


def _text(pinpoint: str) -> str:
    """The Convention's words at ``pinpoint``, which the library holds."""
    text = rl.provision(CONVENTION, pinpoint).text
    assert text is not None, pinpoint
    return text


def test_article_1f_lead_in_comes_before_its_clauses() -> None:
    text = _text("1F")
    assert text.startswith("F. The provisions of this Convention shall not apply")
    assert text.index("(a)") < text.index("(b)") < text.index("(c)")


def test_a_leaf_pinpoint_is_not_its_siblings() -> None:
    """Pinpoint 33(1) must not pull in 33(2), nor pinpoint 3 pull in arts 31-35."""
    assert "benefit of the present provision" not in _text("33(1)")
    with pytest.raises(rl.UnknownProvision):
        rl.provision(CONVENTION, "3")


def test_the_joined_status_is_the_weakest_of_its_parts() -> None:
    order = ["verified", "secondary", "unverified"]
    for key in rl.sources.source_keys():
        whole = rl.provision(key)
        parts = [u for k, f, u in all_units() if k == key]
        statuses = [
            u.get("status", f.get("status", "unverified")) for k, f, u in all_units() if k == key
        ]
        held = [x for x in statuses if x != "not_found"]  # parts with no text add no status
        assert parts
        assert whole.status == max(held, key=order.index), key


# -- unknown keys and pinpoints --------------------------------------------------------------


def test_unknown_instrument_is_an_unknown_provision_naming_it() -> None:
    with pytest.raises(rl.UnknownProvision) as excinfo:
        rl.provision("refugee-convention-1952", "33(1)")
    err = excinfo.value
    assert isinstance(err, rl.InvalidInput)
    assert isinstance(err, LookupError)
    assert isinstance(err, ValueError)
    assert "'refugee-convention-1952'" in str(err)
    assert [p.path for p in err.problems] == ["instrument"]


@pytest.mark.parametrize("pinpoint", ["34", "33(3)", "1G", "1A(3)", "99"])
def test_unknown_pinpoint_is_an_unknown_provision_naming_it(pinpoint: str) -> None:
    with pytest.raises(rl.UnknownProvision) as excinfo:
        rl.provision(CONVENTION, pinpoint)
    assert f"art. {pinpoint}" in str(excinfo.value)
    assert [p.path for p in excinfo.value.problems] == ["pinpoint"]


def test_provision_takes_an_instrument_as_citation_does() -> None:
    """``Citation`` takes an ``Instrument`` for its key, and so does ``provision``: it refused
    ``rl.instruments.CAT`` with ``UnknownProvision`` ("expected a string"), though nothing was
    unknown."""
    by_key = rl.provision("cat-1984", "3(1)")
    assert rl.provision(rl.instruments.CAT, "3(1)") == by_key
    assert by_key.citation == rl.Citation(rl.instruments.CAT, "3(1)")
    with pytest.raises(rl.UnknownProvision, match=r"^pinpoint: CAT has no art\. 99 "):
        rl.provision(rl.instruments.CAT, "99")


def test_an_argument_of_the_wrong_type_is_invalid_input_not_an_unknown_provision() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.provision(5, 3)  # type: ignore[arg-type]
    assert not isinstance(excinfo.value, rl.UnknownProvision)
    assert str(excinfo.value) == (
        "instrument: expected an instrument key or an Instrument, got int 5; "
        "pinpoint: expected a string, got int 3"
    )


def test_unknown_provision_can_be_caught_as_lookup_error() -> None:
    with pytest.raises(LookupError):
        rl.provision(CONVENTION, "34")


def test_a_citation_to_an_unknown_pinpoint_is_refused() -> None:
    with pytest.raises(rl.UnknownProvision, match=r"provision: Refugee Convention has no art\. 34"):
        rl.Citation(CONVENTION, "34")


@pytest.mark.parametrize(
    ("instrument", "pinpoint", "message"),
    [
        ("un-charter", "102", "instrument: unknown instrument 'un-charter'"),
        ("un-charter-1945", "999", "provision: UN Charter has no Art. 999"),
        ("my-readmission-agreement-never-defined", "4", "unknown instrument"),
    ],
)
def test_a_citation_is_checked_against_the_known_instruments(
    instrument: str, pinpoint: str, message: str
) -> None:
    """A mistyped key or pinpoint would otherwise be accepted and silently ignored (the
    correction of a cited Charter Art. 102 would disappear)."""
    with pytest.raises(rl.InvalidInput, match=re.escape(message)):
        rl.Citation(instrument, pinpoint)


# -- how citations read ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instrument", "pinpoint", "expected"),
    [
        (CONVENTION, "33(1)", "Refugee Convention art. 33(1)"),
        (CONVENTION, "1A(2)", "Refugee Convention art. 1A(2)"),
        (CONVENTION, "", "Refugee Convention"),
        ("refugee-protocol-1967", "I(2)", "1967 Protocol art. I(2)"),
        ("cat-1984", "3(1)", "CAT art. 3(1)"),
        ("iccpr-1966", "7", "ICCPR art. 7"),
        ("vclt-1969", "53", "VCLT art. 53"),
        ("unhcr-handbook", "65", "UNHCR Handbook para. 65"),
        ("unhcr-handbook", "51-53", "UNHCR Handbook paras 51–53"),
        ("icj-nicaragua-1986", "186", "Nicaragua v USA, ICJ Reports 1986 p. 14 para. 186"),
    ],
)
def test_str_of_citation_reads_as_a_lawyer_writes_it(
    instrument: str, pinpoint: str, expected: str
) -> None:
    assert str(rl.Citation(instrument, pinpoint)) == expected


def test_str_of_a_case_citation_is_its_name_and_report() -> None:
    assert str(rl.Citation("ins-v-cardoza-fonseca-1987")) == (
        "INS v Cardoza-Fonseca, 480 US 421 (1987)"
    )
    assert str(rl.Citation("canada-v-ward-1993")).startswith("Canada (AG) v Ward, [1993] 2 SCR 689")


def test_str_of_a_citation_to_a_user_defined_instrument_is_its_title_and_article() -> None:
    """A caller's own treaty is cited as the library's are, by its (short) title, a numbered
    pinpoint as an article (review s39 cf39 F3; before: "my-readmission-agreement 4")."""
    rl.instruments.Instrument(key="my-readmission-agreement", title="My readmission agreement")
    assert str(rl.Citation("my-readmission-agreement", "4")) == "My readmission agreement art. 4"


def test_a_user_instrument_with_texts_accepts_only_their_pinpoints() -> None:
    rl.instruments.Instrument(key="my-agreement-with-texts", title="My agreement")
    art_1 = rl.Provision(rl.Citation("my-agreement-with-texts", "1"), "Each party shall...")
    rl.instruments.Instrument(
        key="my-agreement-with-texts", title="My agreement", provisions=(art_1,)
    )
    assert rl.Citation("my-agreement-with-texts", "1").provision == "1"
    with pytest.raises(rl.UnknownProvision, match="my-agreement-with-texts has no provision '2'"):
        rl.Citation("my-agreement-with-texts", "2")


def test_citations_order_and_compare_by_instrument_then_pinpoint() -> None:
    a = rl.Citation(CONVENTION, "1A(2)")
    b = rl.Citation(CONVENTION, "33(1)")
    assert a < b
    assert a == rl.Citation(CONVENTION, "1A(2)")
    assert hash(a) == hash(rl.Citation(CONVENTION, "1A(2)"))


def test_citation_rejects_an_empty_instrument() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.Citation("", 5)  # type: ignore[arg-type]
    assert {p.path for p in excinfo.value.problems} == {"instrument", "provision"}


# -- every provision in every data file ------------------------------------------------------


def test_the_data_holds_instrument_files() -> None:
    keys = {f["key"] for f in instrument_files()}
    assert {CONVENTION, "refugee-protocol-1967", "cat-1984", "iccpr-1966", "unhcr-handbook"} <= keys
    assert set(rl.sources.source_keys()) == keys


def test_instrument_keys_are_unique_and_match_their_file_names() -> None:
    folder = resources.files("refugeelaw").joinpath("data/instruments")
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            assert json.loads(entry.read_text("utf-8"))["key"] + ".json" == entry.name


@pytest.mark.parametrize(
    ("key", "record", "unit"),
    all_units(),
    ids=[f"{k}:{u['pinpoint']}" for k, _, u in all_units()],
)
def test_every_provision_has_text_status_and_source(
    key: str, record: dict[str, Any], unit: dict[str, Any]
) -> None:
    status = unit.get("status", record.get("status"))
    if status == "not_found":  # cited, no text held: the searches tried are its notes
        assert unit["text"] is None
        assert any(n.startswith("Search tried:") for n in unit["notes"]), unit["pinpoint"]
        loaded = rl.provision(key, unit["pinpoint"])
        assert loaded.source is None
        assert loaded.wording.startswith("[text not held: ")
        return
    assert isinstance(unit["text"], str)
    assert unit["text"].strip()
    assert status in STATUSES
    source = unit.get("source") or record.get("source")
    assert source
    assert source["title"].strip()
    # The library's view agrees with the file.
    loaded = rl.provision(key, unit["pinpoint"])
    assert loaded.text is not None
    assert loaded.text.startswith(unit["text"])
    assert loaded.status in STATUSES
    assert loaded.source is not None


def test_pinpoints_are_unique_within_each_instrument() -> None:
    for f in instrument_files():
        pinpoints = [u["pinpoint"] for u in f.get("provisions", ())]
        assert len(pinpoints) == len(set(pinpoints)), f["key"]


def test_paraphrases_are_marked_as_not_verbatim() -> None:
    """Case holdings are the library's paraphrase, never presented as the court's words."""
    for key, record, unit in all_units():
        if record.get("kind") == "case" and unit["pinpoint"] == "holding":
            assert unit.get("verbatim") is False, key
            assert rl.provision(key, "holding").verbatim is False


def test_a_provision_whose_text_was_not_found_is_cited_but_shown_as_not_held() -> None:
    """OAU Convention art. II(3): no source read holds its words, so the library cites it and
    prints no text of its own, saying the text is not held; the searches tried are its notes."""
    unit = rl.provision("oau-refugee-convention-1969", "II(3)")
    assert unit.text is None
    assert not unit.held
    assert unit.status == "not_found"
    assert unit.wording == (
        "[text not held: OAU Refugee Convention art. II(3) was not found in any source read]"
    )
    assert any(n.startswith("Search tried:") for n in unit.notes)
    assert rl.Citation("oau-refugee-convention-1969", "II(3)").text == unit.wording
    assert str(unit).splitlines() == ["OAU Refugee Convention art. II(3)", unit.wording]


def test_a_joined_provision_shows_its_held_parts_and_marks_the_rest_not_held() -> None:
    """OAU Convention art. I(4): (a)-(c) are held, (d)-(g) are not."""
    whole = rl.provision("oau-refugee-convention-1969", "I(4)")
    lines = whole.wording.splitlines()
    assert lines[0] == "4. This Convention shall cease to apply to any refugee if:"
    assert lines[1].startswith("(a) he has voluntarily re-availed himself")
    assert lines[4] == (
        "[text not held: OAU Refugee Convention art. I(4)(d) was not found in any source read]"
    )
    assert whole.status in ("verified", "secondary")
    assert whole.notes[-1].startswith("text not held for: OAU Refugee Convention art. I(4)(d)")


def test_a_provision_has_no_text_exactly_when_its_status_is_not_found() -> None:
    cite = rl.Citation("oau-refugee-convention-1969", "II(3)")
    with pytest.raises(rl.InvalidInput, match="not_found"):
        rl.Provision(cite, None, status="verified")
    with pytest.raises(rl.InvalidInput, match="not_found"):
        rl.Provision(cite, "words", status="not_found")


def test_the_provisions_of_an_instrument_come_each_under_its_citation() -> None:
    """``provision("iccpr-1966", "")``: the ICCPR articles the library holds run from art. 4(2)
    ("2. No derogation ...") to art. 6(1) ("1. Every human being ..."). They were joined with no
    article named, so a reader could not tell which article a paragraph is; each now comes under
    its citation, a blank line between them, and the result says it is not the whole instrument.
    A parent pinpoint (art. 33: 33(1), 33(2)) is still the article's words alone, in order."""
    whole = rl.provision("iccpr-1966", "")
    parts = [
        rl.provision("iccpr-1966", u["pinpoint"]) for k, _, u in all_units() if k == "iccpr-1966"
    ]
    assert whole.text == "\n\n".join(f"{p.citation}\n{p.wording}" for p in parts)
    assert whole.text.startswith("ICCPR art. 4(2)\n2. No derogation from articles 6, 7, 8")
    assert "\n\nICCPR art. 6(1)\n1. Every human being has the inherent right to life." in whole.text
    assert whole.heading == ""
    assert whole.notes[0] == (
        f"Not the whole instrument: the {len(parts)} provisions of it in the library's data, each "
        "under its citation."
    )
    article = rl.provision(CONVENTION, "33")
    assert article.text == "\n".join([_text("33(1)"), _text("33(2)")])
    assert not any(n.startswith("Not the whole instrument") for n in article.notes)


def test_the_provisions_of_an_instrument_name_every_source_they_were_taken_from() -> None:
    """OAU Convention: arts I(1)-I(4)(c) are held from an English text whose source says it could
    be read only to art. I(4)(c), art. XI from the French text on AfricanLII. ``provision(..., "")``
    gave only the first part's source; ``sources`` now lists both, ``source`` stays the first, and
    the note says the parts come from two sources. A single unit's ``sources`` is its source."""
    whole = rl.provision("oau-refugee-convention-1969", "")
    english = rl.provision("oau-refugee-convention-1969", "I(2)").source
    french = rl.provision("oau-refugee-convention-1969", "XI").source
    assert english is not None
    assert french is not None
    assert english != french
    assert whole.sources == (english, french)
    assert whole.source == english
    assert "taken from 2 sources (see sources)" in whole.notes[0]
    assert whole.text is not None
    assert whole.text.endswith(
        "OAU Refugee Convention art. XI\nLa présente Convention entrera en vigueur dès qu'un tiers"
        " des Etats membres de l'Organisation de l'Unité Africaine aura déposé ses instruments de"
        " ratification."
    )
    unit = rl.provision("oau-refugee-convention-1969", "I(2)")
    assert unit.sources == (english,)
    assert rl.provision("oau-refugee-convention-1969", "II(3)").sources == ()
    # Every instrument: each source of a part held, once, in order, and no other.
    for key in rl.sources.source_keys():
        parts = [rl.provision(key, u["pinpoint"]) for k, _, u in all_units() if k == key]
        held = [p for p in parts if p.held] or parts
        joined = rl.provision(key, "")
        assert joined.sources == tuple(dict.fromkeys(x for p in held for x in p.sources)), key
        assert joined.verbatim is all(p.verbatim for p in held), key
        assert rl.from_json(rl.Provision, rl.to_json(joined)) == joined, key


def test_a_provision_written_before_sources_reads_back_with_its_source() -> None:
    """JSON of a provision from before ``sources`` existed (no such key) reads back with its one
    source in ``sources``, as the library gives it."""
    unit = rl.provision(CONVENTION, "33(1)")
    data = json.loads(rl.to_json(unit))
    del data["sources"]
    assert rl.from_dict(rl.Provision, data) == unit
    assert rl.Provision(rl.Citation(CONVENTION, "33(1)"), "x").sources == ()


def test_the_whole_instrument_is_verbatim_only_if_every_part_held_is() -> None:
    """ExCom conclusions are held as the library's paraphrase: the provisions of the record are
    not verbatim; the Refugee Convention's, all its authentic words, are."""
    assert rl.provision(CONVENTION, "").verbatim is True
    paraphrased = [k for k in rl.sources.source_keys() if not rl.provision(k, "").verbatim]
    assert "excom-conclusions" in paraphrased
    for key in paraphrased:
        parts = [rl.provision(key, u["pinpoint"]) for k, _, u in all_units() if k == key]
        assert any(not p.verbatim for p in parts if p.held), key


def test_the_assistant_servers_provision_tool_says_what_it_gives() -> None:
    """The MCP ``provision`` tool on the UN Charter with an empty pinpoint: its text ran arts 1,
    1(3), 25, 55 ... together unnamed; it now gives each under its citation, says whether the text
    is verbatim, and names every source. A text not found reads "text not held" (it printed
    "None"), and the tool's description says what an empty pinpoint gives."""
    from refugeelaw import mcp_server

    reply = mcp_server.call("provision", {"instrument": "un-charter-1945", "provision": ""})
    assert not reply.error
    whole = rl.provision("un-charter-1945", "")
    assert reply.structured == rl.to_dict(whole)
    assert whole.text is not None
    assert reply.text.startswith(f"UN Charter\n\n{whole.text}\n\n(verbatim; status: ")
    assert "UN Charter Art. 25\nThe Members of the United Nations agree" in reply.text
    assert reply.text.splitlines()[-len(whole.sources) :] == [f"Source: {s}" for s in whole.sources]
    missing = mcp_server.call(
        "provision", {"instrument": "oau-refugee-convention-1969", "provision": "II(3)"}
    )
    assert missing.text.splitlines()[2:] == [
        "[text not held: OAU Refugee Convention art. II(3) was not found in any source read]",
        "",
        "(no text held; status: not_found)",
    ]
    ward = mcp_server.call(
        "provision", {"instrument": "canada-v-ward-1993", "provision": "holding"}
    )
    assert "(the library's paraphrase, not a quotation; status: unverified)" in ward.text
    (tool,) = [t for t in mcp_server.tools() if t.name == "provision"]
    assert "not the whole instrument" in tool.description


GC_4 = "CAT General Comment No. 4 (2017)"


def test_the_provisions_of_an_instrument_mark_each_part_not_verbatim_and_verified() -> None:
    """CAT General Comment No. 4 (own-data review F4): paras 9 and 12 are verbatim and verified,
    para. 30 the library's paraphrase, unverified. ``provision(..., "")`` joined them under their
    citations with one label for the whole (not verbatim, unverified), so the paraphrase read like
    the quotations above it; para. 30 is now marked "[paraphrase, unverified]" after its
    citation, paras 9 and 12 unmarked, and a note says what the marks mean. HRC General Comment
    No. 36 likewise (paras 1-2 verbatim, 30 and 34 paraphrase). Every instrument: each part
    held is marked exactly when it is not a verbatim, verified text."""
    whole = rl.provision("cat-general-comment-4", "")
    assert whole.text is not None
    assert f"{GC_4} para. 9\n9. The principle of" in whole.text
    assert f"\n\n{GC_4} para. 12\n12. Any person found to be at risk" in whole.text
    assert f"\n\n{GC_4} para. 30 [paraphrase, unverified]\nStates parties should" in whole.text
    assert (whole.verbatim, whole.status) == (False, "unverified")
    assert whole.notes[0].endswith(
        "A part that is not a verbatim, verified text is marked after its citation (paraphrase or"
        " verbatim, and its status)."
    )
    hrc = rl.provision("hrc-general-comment-36", "").text
    assert hrc is not None
    assert "HRC General Comment No. 36 (2018) para. 1\n" in hrc
    assert "HRC General Comment No. 36 (2018) para. 30 [paraphrase, unverified]\n" in hrc
    for key in rl.sources.source_keys():
        expected = []
        for _, record, unit in [x for x in all_units() if x[0] == key]:
            cite = rl.Citation(key, unit["pinpoint"])
            status = unit.get("status", record.get("status", "unverified"))
            verbatim = unit.get("verbatim", True)
            kind = "verbatim" if verbatim else "paraphrase"
            plain = status == "not_found" or (verbatim and status == "verified")
            mark = "" if plain else f" [{kind}, {status}]"
            text = unit.get("text") or f"[text not held: {cite} was not found in any source read]"
            expected.append(f"{cite}{mark}\n{text}")
        assert rl.provision(key, "").wording == "\n\n".join(expected), key


def test_the_assistant_servers_provision_tool_says_when_parts_are_mixed() -> None:
    """The MCP ``provision`` tool (own-data review F4): on CAT General Comment No. 4 it said of
    paras 9, 12 and 30 together "(the library's paraphrase, not a quotation; status:
    unverified)", though paras 9 and 12 are verbatim, verified quotations. It now says the parts
    are mixed (2 verbatim, 1 paraphrase; statuses verified and unverified), the status the weakest
    of them, and that each part not a verbatim, verified text is marked after its citation. On an
    article whose sub-units differ (OAU Convention art. I: I(1) and I(4)(b) seen only in a
    secondary source) it lists those parts; where the parts agree it speaks as before."""
    from refugeelaw import mcp_server

    reply = mcp_server.call("provision", {"instrument": "cat-general-comment-4", "provision": ""})
    assert not reply.error
    assert "(the library's paraphrase, not a quotation; status: unverified)" not in reply.text
    assert (
        "(mixed: 2 of its 3 parts verbatim, 1 the library's paraphrase, not a quotation; statuses"
        " verified, unverified; status: unverified, the weakest of its parts)\n"
        "Each part not a verbatim, verified text is marked after its citation.\n"
    ) in reply.text
    assert f"{GC_4} para. 30 [paraphrase, unverified]" in reply.text
    article = mcp_server.call(
        "provision", {"instrument": "oau-refugee-convention-1969", "provision": "I"}
    )
    assert (
        "(mixed: all 7 parts verbatim; statuses verified, secondary; status: secondary, the"
        " weakest of its parts)\nParts not a verbatim, verified text:\n"
        "- OAU Refugee Convention art. I(1) [verbatim, secondary]\n"
        "- OAU Refugee Convention art. I(4)(b) [verbatim, secondary]\nSource: "
    ) in article.text
    handbook = mcp_server.call("provision", {"instrument": "unhcr-handbook", "provision": ""})
    assert "(mixed: all " in handbook.text
    assert "parts the library's paraphrase, not a quotation; statuses " in handbook.text
    one = mcp_server.call("provision", {"instrument": "cat-general-comment-4", "provision": "30"})
    assert "(the library's paraphrase, not a quotation; status: unverified)" in one.text
    assert "mixed" not in one.text
    same = mcp_server.call("provision", {"instrument": CONVENTION, "provision": "33"})
    assert "(verbatim; status: verified)" in same.text
