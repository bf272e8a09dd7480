"""Dates are read only when unambiguous; countries are ISO 3166-1 alpha-3 codes from the embedded table."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

import refugeelaw as rl
from refugeelaw import countries
from refugeelaw.dates import parse_date
from refugeelaw.errors import InvalidInput

ACCESSION = dt.date(1982, 9, 24)  # China's accession to the Convention and the Protocol


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1982-09-24",
        " 1982-09-24 ",
        "24 September 1982",
        "September 24, 1982",
        "September 24 1982",
        "Sep 24, 1982",
        "24 Sep 1982",
        "24 Sept. 1982",
        "24 september 1982",
        "24-Sep-1982",
    ],
)
def test_iso_and_month_name_dates_are_accepted(text: str) -> None:
    assert parse_date(text) == ACCESSION


def test_date_and_datetime_objects_are_accepted() -> None:
    assert parse_date(ACCESSION) == ACCESSION
    assert parse_date(dt.datetime(1982, 9, 24, 23, 59)) == ACCESSION
    assert type(parse_date(dt.datetime(1982, 9, 24, 23, 59))) is dt.date


@pytest.mark.parametrize(
    "text",
    ["03/04/1982", "1982/04/03", "4.3.1982", "03-04-1982", "3/4/82", "1982-9-24", "19820924"],
)
def test_ambiguous_numeric_dates_are_refused(text: str) -> None:
    with pytest.raises(rl.InvalidInput, match="ambiguous numeric date") as excinfo:
        parse_date(text, field="on")
    assert excinfo.value.problems[0].path == "on"
    assert repr(text) in str(excinfo.value)


@pytest.mark.parametrize("text", ["September 1982", "24 September", "September", "1982 Sep"])
def test_incomplete_dates_are_refused(text: str) -> None:
    with pytest.raises(rl.InvalidInput, match="incomplete date"):
        parse_date(text)


@pytest.mark.parametrize("text", ["CHN", "yesterday", "today", "Monday", "next tuesday"])
def test_text_with_no_number_and_no_month_is_not_a_date_and_iso_is_named(text: str) -> None:
    """The interface review's F3: a word ("CHN", "yesterday") was an "incomplete date" asking for
    the year in full, as if the rest were there. It is not a date, and the form expected is
    named. (A weekday alone was "incomplete" too: it names no day, month or year.)"""
    with pytest.raises(rl.InvalidInput) as excinfo:
        parse_date(text, field="on")
    assert str(excinfo.value) == (
        f"on: not a date: {text!r}; expected one as ISO (YYYY-MM-DD, e.g. 1982-09-24) or with a "
        "month name (24 September 1982)"
    )
    assert excinfo.value.problems[0].path == "on"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("1 janvier 2010", "janvier"),
        ("1er janvier 2010", "janvier"),  # the ordinal's ending is no word of its own
        ("janvier 2010", "janvier"),
        ("2010 enero", "enero"),
        ("1 X 2010", "X"),
        ("Monday 1 janvier 2010", "janvier"),  # a weekday is no attempt at a month
    ],
)
def test_a_word_where_the_month_would_be_is_named_not_called_an_ambiguous_number(
    text: str, word: str
) -> None:
    """The interface review's F3: "1 janvier 2010" was an "ambiguous numeric date", though it has
    no number that could be a month: no month is found, and the word taken for one is named."""
    with pytest.raises(rl.InvalidInput) as excinfo:
        parse_date(text, field="on")
    message = str(excinfo.value)
    assert message.startswith(f"on: not a date: {text!r} names no month ({word!r}: ")
    assert "ISO (YYYY-MM-DD)" in message
    assert "ambiguous" not in message


@pytest.mark.parametrize("text", ["1990", "1990s", "1990's", "the 1990s"])
def test_a_year_alone_is_an_incomplete_date_not_an_ambiguous_number(text: str) -> None:
    """The own-diff review's F9: a year alone (the commonest partial date, a year of flight) was
    an "ambiguous numeric date", though it reads one way: it lacks the day and the month."""
    with pytest.raises(rl.InvalidInput) as excinfo:
        parse_date(text, field="on")
    assert str(excinfo.value) == (
        f"on: incomplete date {text!r}: give the day and the month (1982-09-24, or 24 September "
        "1982)"
    )
    assert excinfo.value.problems[0].path == "on"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("le 3 mars 2010", "mars"),
        ("3 de marzo de 2010", "marzo"),
        ("el 3 de marzo de 2010", "marzo"),
        ("3 di marzo 2010", "marzo"),
    ],
)
def test_articles_and_prepositions_are_not_named_as_would_be_months(text: str, word: str) -> None:
    """The own-diff review's F9: "le 3 mars 2010" named 'le' and "3 de marzo de 2010" 'de' as
    words taken for a month; only the word where the month would be is named."""
    with pytest.raises(rl.InvalidInput) as excinfo:
        parse_date(text, field="on")
    assert str(excinfo.value).startswith(
        f"on: not a date: {text!r} names no month ({word!r}: not an English month name)"
    )


@pytest.mark.parametrize(
    "text", ["1 Jul 2010 CET", "twenty-fourth September 1982", "1 Jul 2010 XYZ foo"]
)
def test_a_worded_date_dateutil_cannot_read_names_the_form_expected(text: str) -> None:
    """The own-diff review's F9: a worded date the reader fails on was a bare "not a date": it
    names the form expected, as the other messages do (a worded ordinal, "twenty-fourth", is not
    read)."""
    with pytest.raises(rl.InvalidInput) as excinfo:
        parse_date(text, field="on")
    assert str(excinfo.value) == (
        f"on: not a date: {text!r}; expected one as ISO (YYYY-MM-DD, e.g. 1982-09-24) or with a "
        "month name (24 September 1982)"
    )


def test_the_longest_form_the_length_limit_cites_is_read() -> None:
    """``MAX_DATE_CHARS``'s comment cites "Friday, the 24th of September 1982" (it cited "Monday,
    the twenty-fourth of September 1982", which is not read, and 24 September 1982 was a
    Friday): "the" is passed over as "of" is, and a wrong weekday is still refused."""
    from refugeelaw.dates import MAX_DATE_CHARS

    assert parse_date("Friday, the 24th of September 1982") == ACCESSION
    assert parse_date("the 24th of September 1982") == ACCESSION
    assert len("Friday, the 24th of September 1982") <= MAX_DATE_CHARS
    with pytest.raises(rl.InvalidInput, match="was a Friday, not a Monday"):
        parse_date("Monday, the 24th of September 1982")


@pytest.mark.parametrize("text", ["03 janvier 04 1982", "03/04/1982 at noon", "12/05/2010 GMT"])
def test_three_numbers_beside_a_word_are_still_an_ambiguous_numeric_date(text: str) -> None:
    """With day, month and year all numbers, the month is there, read two ways: a word beside
    them does not make the date "not a date"."""
    with pytest.raises(rl.InvalidInput, match="ambiguous numeric date"):
        parse_date(text)


@pytest.mark.parametrize("text", ["1982-02-30", "1982-13-01", "1983-02-29", "1982-04-31"])
def test_impossible_iso_dates_are_refused(text: str) -> None:
    with pytest.raises(rl.InvalidInput, match="impossible date"):
        parse_date(text)


@pytest.mark.parametrize(
    "text", ["31 Jun 1990", "30 February 2001", "29 February 1983", "May 32 1990"]
)
def test_impossible_worded_dates_are_called_impossible_not_undated(text: str) -> None:
    """A worded date the calendar does not have is refused as impossible, like its ISO form (was:
    "not a date ... expected one ... with a month name (24 September 1982)", though it has one)."""
    with pytest.raises(rl.InvalidInput, match=r"^on: impossible date .*: day is out of range"):
        rl.obligations_of("CHN", on=text)


def test_leap_day_is_a_possible_date() -> None:
    assert parse_date("1984-02-29") == dt.date(1984, 2, 29)


@pytest.mark.parametrize("text", ["30 February 1982", "tomorrow", "not a date at all"])
def test_worded_nonsense_is_refused(text: str) -> None:
    with pytest.raises(rl.InvalidInput):
        parse_date(text)


@pytest.mark.parametrize("value", [None, 1982, 1982.9, [1982, 9, 24], (1982, 9, 24), b"1982-09-24"])
def test_non_string_dates_are_refused_naming_the_type(value: object) -> None:
    with pytest.raises(rl.InvalidInput, match="expected a date") as excinfo:
        parse_date(value, field="deposited")
    assert excinfo.value.problems[0].path == "deposited"
    assert type(value).__name__ in str(excinfo.value)


def test_public_functions_reject_ambiguous_dates_with_the_argument_named() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        rl.is_party("CHN", "refugee-convention-1951", on="03/04/1983")
    assert [p.path for p in excinfo.value.problems] == ["on"]


def test_public_functions_accept_month_name_dates() -> None:
    assert rl.is_party("CHN", "refugee-protocol-1967", on="24 September 1982") is True


# -- countries -------------------------------------------------------------------------------


def test_all_249_current_iso_codes_load() -> None:
    codes = countries.all_countries()
    assert len(codes) == 249
    assert all(len(c) == 3 and c.isalpha() and c.isupper() for c in codes)
    assert {"CHN", "PRK", "KOR", "VNM", "MNG", "RUS"} <= codes


def test_every_code_has_a_name_and_the_table_names_its_source() -> None:
    raw = json.loads(
        resources.files("refugeelaw").joinpath("data/countries.json").read_text("utf-8")
    )
    assert raw["source"]["title"]
    for code in countries.all_countries():
        assert countries.country_name(code).strip(), code


def test_prk_is_north_korea() -> None:
    assert countries.country_name("PRK") == "North Korea"
    assert countries.country_name("KOR") == "South Korea"
    assert countries.country_name("CHN") == "China"


def test_lower_case_code_is_refused_with_a_hint() -> None:
    with pytest.raises(rl.InvalidInput) as excinfo:
        countries.check_country("prk", field="location")
    problem = excinfo.value.problems[0]
    assert problem.path == "location"
    assert "'PRK'" in problem.message
    assert "upper case" in problem.message


@pytest.mark.parametrize("code", ["XYZ", "CN", "CHINA", " CHN", "", "SU", "YUGO"])
def test_unknown_codes_are_refused_naming_the_code(code: str) -> None:
    with pytest.raises(rl.InvalidInput, match="unknown ISO 3166-1 alpha-3 country code") as excinfo:
        countries.check_country(code)
    assert repr(code) in str(excinfo.value)


@pytest.mark.parametrize("code", ["SUN", "YUG", "CSK", "DDR", "YMD", "SCG"])
def test_iso_3166_3_codes_of_former_states_are_accepted(code: str) -> None:
    """Issue 14: former states (the USSR, Yugoslavia, Czechoslovakia, the GDR, South Yemen,
    Serbia and Montenegro) were parties to treaties; their ISO 3166-3 codes are accepted."""
    assert countries.check_country(code) == code
    assert countries.is_historic(code)
    assert code not in countries.all_countries()
    assert countries.country_name(code)


@pytest.mark.parametrize("code", [None, 156, ["CHN"]])
def test_non_string_codes_are_refused(code: object) -> None:
    with pytest.raises(rl.InvalidInput, match="expected an ISO 3166-1 alpha-3 country code"):
        countries.check_country(code)


def test_country_name_of_an_unknown_code_is_invalid_input() -> None:
    with pytest.raises(rl.InvalidInput):
        countries.country_name("XYZ")


def test_unknown_state_in_is_party_is_invalid_input() -> None:
    with pytest.raises(rl.InvalidInput, match="XYZ"):
        rl.is_party("XYZ", "refugee-convention-1951", on="2000-01-01")


@pytest.mark.parametrize("text", ["September 24 82", "Sep 3 4", "24 Sep 82"])
def test_two_digit_years_are_refused_not_guessed(text: str) -> None:
    """Refuse to guess: '82' could be 1882, 1982 or 2082."""
    with pytest.raises(rl.InvalidInput, match="year in full"):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty date"),
        ("1982-09-24T10:00", "date and time"),
        ("10000-01-01", "a year has at most four digits"),  # was "ambiguous numeric date"
        ("1 January 10000", "a year has at most four digits"),  # was "give the year in full"
        ("\u0661\u0669\u0668\u0662-\u0660\u0669-\u0662\u0664", "digits of a date as 0-9"),
        ("\uff11\uff19\uff18\uff12-09-24", "digits of a date as 0-9"),  # full-width
    ],
)
def test_empty_and_datetime_strings_get_their_own_message(text: str, words: str) -> None:
    with pytest.raises(rl.InvalidInput, match=words):
        parse_date(text)


@given(
    day=st.integers(1, 12),
    month=st.integers(1, 12),
    year=st.integers(1900, 2100),
    extra=st.sampled_from(["Monday", "Mon", "10:00", "10:00 am", "at noon", "(Friday)", "GMT"]),
    before=st.booleans(),
    sep=st.sampled_from(["/", ".", "-", " "]),
)
def test_a_numeric_date_with_two_readings_is_refused_whatever_else_it_contains(
    day: int, month: int, year: int, extra: str, before: bool, sep: str
) -> None:
    """'03/04/1982 Monday' could be March or April: the weekday does not say which."""
    numeric = f"{day:02d}{sep}{month:02d}{sep}{year}"
    text = f"{extra} {numeric}" if before else f"{numeric} {extra}"
    with pytest.raises(InvalidInput, match=r"ambiguous|not a date"):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1982-09-24 Friday", dt.date(1982, 9, 24)),
        ("Friday, 24 September 1982", dt.date(1982, 9, 24)),
        ("24/Sep/1982", dt.date(1982, 9, 24)),
    ],
)
def test_a_date_with_one_reading_keeps_it_whatever_else_it_contains(
    text: str, expected: dt.date
) -> None:
    assert parse_date(text) == expected


def test_a_date_string_longer_than_any_date_is_refused_at_once() -> None:
    with pytest.raises(InvalidInput, match="101 characters is too long for a date"):
        parse_date("24 September 1982" + " " * 10 + "x" * 74)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("-2004-06-30", "has a sign"),
        ("--2004-06-30", "has a sign"),
        ("-0001-01-01", "has a sign"),
        ("June 30 2004 2005", "more than one year"),
        ("2004-06-30 2005", "more than one year"),
        ("24 September 1982 10:00", "a date and time"),
        ("June 30th, 2004 10:00pm", "a date and time"),
        ("2004 June 30 12", "a date and time"),  # a stray number read as an hour
        ("2004-06-30T10:00", "a date and time"),
    ],
)
def test_a_date_with_a_sign_a_second_year_or_a_time_of_day_is_refused_not_trimmed(
    text: str, why: str
) -> None:
    """Dates are read only when they cannot be misread: a sign, a second year or a time of day is
    not dropped in silence (a time is refused whether written in ISO form or in words)."""
    with pytest.raises(InvalidInput, match=why):
        parse_date(text)


@pytest.mark.parametrize("text", ["1 January 0050", "January 1, 0050", "1 January 0099"])
def test_a_year_before_100_with_a_month_name_is_refused_not_read_as_this_century(
    text: str,
) -> None:
    """dateutil reads a four-digit year below 100 as a two-digit one ('0050' as 2050): a date
    is read only where it cannot be misread, so the worded form is refused and ISO asked for."""
    with pytest.raises(rl.InvalidInput, match="write a year before 100 in ISO form") as err:
        rl.dates.parse_date(text, field="on")
    assert [p.path for p in err.value.problems] == ["on"]
    assert rl.dates.parse_date("0050-01-01") == dt.date(50, 1, 1)


def test_a_weekday_that_does_not_match_the_date_is_refused() -> None:
    """'Tuesday 24 September 1982' names two different days (24 September 1982 was a Friday):
    which was meant cannot be told. A matching weekday, or none, reads as before."""
    with pytest.raises(rl.InvalidInput, match="1982-09-24 was a Friday, not a Tuesday"):
        rl.dates.parse_date("Tuesday 24 September 1982")
    for text in ("Friday 24 September 1982", "Fri, 24 Sep 1982", "24 September 1982"):
        assert rl.dates.parse_date(text) == dt.date(1982, 9, 24)


def test_a_country_is_named_in_prose_order_not_isos_inverted_one() -> None:
    """Findings read "whether the Democratic Republic of the Congo would protect the person", not
    ISO 3166's catalogue form "Congo, The Democratic Republic of the" (kept as ``iso_name``)."""
    from refugeelaw.countries import country_name

    assert country_name("COD") == "Democratic Republic of the Congo"
    for code in rl.countries.all_countries():
        name = country_name(code)
        assert not name.endswith((" of", " of the", ", U.S.", ", British")), (code, name)


@pytest.mark.parametrize("on", ["2000-01-01", "1 January 2000", dt.date(2000, 1, 1)])
def test_country_name_reads_a_string_date_as_every_public_date_parameter_does(
    on: dt.date | str,
) -> None:
    """``country_name(code, on)`` named Serbia by date (the Federal Republic of Yugoslavia until
    its change of name on 4 February 2003, 69 FR 3188) only for a ``datetime.date``: an ISO
    string raised TypeError, and only for SRB, the one code with dated names (obligations review
    F7). A string is now read with the library's date parser, for every code."""
    assert countries.country_name("SRB", on) == "Federal Republic of Yugoslavia"
    assert countries.country_name("FRA", on) == "France"
    assert countries.country_name("SRB", "2004-01-01") == "Serbia and Montenegro"


@pytest.mark.parametrize("code", ["SRB", "FRA"])
@pytest.mark.parametrize("bad", ["2000-13-01", "", 2000])
def test_country_name_refuses_a_bad_date_naming_on_whatever_the_code(
    code: str, bad: object
) -> None:
    """A bad date is InvalidInput naming ``on``, for a code with dated names and one without
    (before: TypeError for SRB, and the bad date ignored for France)."""
    with pytest.raises(rl.InvalidInput) as exc:
        countries.country_name(code, bad)  # type: ignore[arg-type]
    assert [p.path for p in exc.value.problems] == ["on"]
