"""PartialDate: validation, ISO round trips, timeline order, containment and age ranges."""

from __future__ import annotations

import calendar
import pickle
from datetime import date, datetime, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab
from aibrief import PartialDate


@st.composite
def partial_dates(draw: st.DrawFn, years: st.SearchStrategy[int] | None = None) -> PartialDate:
    """Any valid PartialDate, at every precision."""
    year = draw(years if years is not None else st.integers(1, 9999))
    precision = draw(st.sampled_from(["year", "quarter", "month", "day"]))
    if precision == "year":
        return PartialDate(year)
    if precision == "quarter":
        return PartialDate(year, quarter=draw(st.integers(1, 4)))
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(year, month)
    return PartialDate(year, month, draw(st.integers(1, calendar.monthrange(year, month)[1])))


# A narrow span of years, so that equal starts and containment actually occur.
near_dates = partial_dates(st.integers(2023, 2024))
days = st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31))


# --- Construction and validation ---


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2015", PartialDate(2015), "year"),
        ("2018-Q3", PartialDate(2018, quarter=3), "quarter"),
        ("2023-07", PartialDate(2023, 7), "month"),
        ("2025-01-27", PartialDate(2025, 1, 27), "day"),
        ("2024-02-29", PartialDate(2024, 2, 29), "day"),
        ("0999", PartialDate(999), "year"),
    ],
)
def test_parse_reads_the_four_iso_forms(text: str, expected: PartialDate, precision: str) -> None:
    parsed = PartialDate.parse(text)
    assert parsed == expected
    assert parsed.precision == precision
    assert str(parsed) == parsed.isoformat() == text


@pytest.mark.parametrize(
    "text", ["", "15", "2023-7", "2023-007", "2025-1-27", "2018-Q03", "2018Q3", "2023/07", " 2015"]
)
def test_parse_refuses_other_forms_naming_the_expected_form(text: str) -> None:
    with pytest.raises(ab.InvalidPartialDateError) as info:
        PartialDate.parse(text)
    assert info.value.value == text
    assert "'YYYY-MM-DD'" in str(info.value)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("text", "value", "message"),
    [
        ("2023-13", 13, "month 13 is out of range; expected a month from 1 to 12"),
        ("2025-02-29", 29, "day 29 is out of range; expected a day from 1 to 28 in 2025-02"),
        ("2018-Q5", 5, "quarter 5 is out of range; expected a quarter from 1 to 4"),
        ("0000", 0, "year 0 is out of range; expected a year from 1 to 9999"),
    ],
)
def test_parse_refuses_dates_that_do_not_exist(text: str, value: int, message: str) -> None:
    with pytest.raises(ab.InvalidPartialDateError, match=message) as info:
        PartialDate.parse(text)
    assert info.value.value == value


def test_quarter_and_month_are_exclusive() -> None:
    with pytest.raises(ab.InvalidPartialDateError, match="quarter 3 and month 7 were both given"):
        PartialDate(2018, 7, quarter=3)


def test_a_day_needs_a_month() -> None:
    with pytest.raises(ab.InvalidPartialDateError, match="day 27 was given without a month"):
        PartialDate(2025, None, 27)


@pytest.mark.parametrize(
    ("args", "name"),
    [(("2015",), "year"), ((2015, 7.0), "month"), ((True,), "year"), ((2015, 1, "27"), "day")],
)
def test_fields_must_be_ints(args: tuple[object, ...], name: str) -> None:
    with pytest.raises(ab.DateTypeError, match=f"^{name} ") as info:
        PartialDate(*args)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert info.value.expected == "int"


def test_a_string_year_points_to_parse() -> None:
    with pytest.raises(ab.DateTypeError, match=r"use PartialDate\.parse"):
        PartialDate("2023-07")  # type: ignore[arg-type]


def test_parse_refuses_non_text() -> None:
    with pytest.raises(ab.DateTypeError, match=r"use PartialDate\.from_date"):
        PartialDate.parse(date(2025, 1, 27))  # type: ignore[arg-type]


def test_from_date_keeps_or_cuts_the_precision() -> None:
    day = date(2025, 8, 27)
    assert PartialDate.from_date(day) == PartialDate(2025, 8, 27)
    assert PartialDate.from_date(day, "month") == PartialDate(2025, 8)
    assert PartialDate.from_date(day, "quarter") == PartialDate(2025, quarter=3)
    assert PartialDate.from_date(day, "year") == PartialDate(2025)
    with pytest.raises(ab.InvalidPartialDateError, match="precision 'week' is not known"):
        PartialDate.from_date(day, "week")  # type: ignore[arg-type]


def test_from_date_refuses_a_datetime_and_says_how_to_pass_its_day() -> None:
    moment = datetime(2025, 1, 27, 23, 30)
    with pytest.raises(ab.DateTypeError, match=r"is a datetime; .*value\.date\(\)") as info:
        PartialDate.from_date(moment)
    assert info.value.value is moment


def test_values_are_frozen_slotted_hashable_and_picklable() -> None:
    value = PartialDate(2023, 7)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.year = 2024  # type: ignore[misc]
    assert not hasattr(value, "__dict__")
    assert {value, PartialDate(2023, 7)} == {value}
    assert pickle.loads(pickle.dumps(value)) == value


def test_repr_is_the_constructor_call() -> None:
    assert repr(PartialDate(2015)) == "PartialDate(2015)"
    assert repr(PartialDate(2018, quarter=3)) == "PartialDate(2018, quarter=3)"
    assert repr(PartialDate(2025, 1, 27)) == "PartialDate(2025, 1, 27)"


# --- Start, end and containment ---


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        (PartialDate(2015), date(2015, 1, 1), date(2015, 12, 31)),
        (PartialDate(2018, quarter=1), date(2018, 1, 1), date(2018, 3, 31)),
        (PartialDate(2018, quarter=3), date(2018, 7, 1), date(2018, 9, 30)),
        (PartialDate(2018, quarter=4), date(2018, 10, 1), date(2018, 12, 31)),
        (PartialDate(2023, 2), date(2023, 2, 1), date(2023, 2, 28)),
        (PartialDate(2024, 2), date(2024, 2, 1), date(2024, 2, 29)),
        (PartialDate(2025, 1, 27), date(2025, 1, 27), date(2025, 1, 27)),
    ],
)
def test_start_and_end_are_the_first_and_last_day(
    value: PartialDate, start: date, end: date
) -> None:
    assert (value.start, value.end) == (start, end)


def test_contains_dates_and_whole_partial_dates() -> None:
    july = PartialDate(2023, 7)
    assert july.contains(date(2023, 7, 1))
    assert not july.contains(date(2023, 8, 1))
    assert PartialDate(2023, quarter=3).contains(july)
    assert not PartialDate(2023, quarter=2).contains(july)
    assert not july.contains(PartialDate(2023, quarter=3))


def test_contains_refuses_a_datetime() -> None:
    with pytest.raises(ab.DateTypeError, match="is a datetime"):
        PartialDate(2023).contains(datetime(2023, 7, 1))


@given(partial_dates())
def test_a_partial_date_contains_its_start_end_and_itself(value: PartialDate) -> None:
    assert value.start <= value.end
    assert value.contains(value.start)
    assert value.contains(value.end)
    assert value.contains(value)


@given(partial_dates(st.integers(2, 9998)))
def test_a_partial_date_contains_no_day_outside_it(value: PartialDate) -> None:
    assert not value.contains(value.start - timedelta(days=1))
    assert not value.contains(value.end + timedelta(days=1))


@given(days, st.sampled_from(["year", "quarter", "month", "day"]))
def test_from_date_contains_the_date(day: date, precision: ab.Precision) -> None:
    value = PartialDate.from_date(day, precision)
    assert value.precision == precision
    assert value.contains(day)


# --- ISO round trip ---


@given(partial_dates())
def test_parse_of_format_is_identity(value: PartialDate) -> None:
    assert PartialDate.parse(value.isoformat()) == value
    assert PartialDate.parse(str(value)) == value


@given(partial_dates())
def test_repr_evaluates_back(value: PartialDate) -> None:
    assert eval(repr(value), {"PartialDate": PartialDate}) == value


# --- Order ---


def test_a_timeline_sorts_by_start_then_coarser_first() -> None:
    shuffled = [
        PartialDate(2023, 2),
        PartialDate(2023, 1, 2),
        PartialDate(2023, 1, 1),
        PartialDate(2022, 12, 31),
        PartialDate(2023, 1),
        PartialDate(2023, quarter=1),
        PartialDate(2023),
    ]
    assert sorted(shuffled) == [
        PartialDate(2022, 12, 31),
        PartialDate(2023),
        PartialDate(2023, quarter=1),
        PartialDate(2023, 1),
        PartialDate(2023, 1, 1),
        PartialDate(2023, 1, 2),
        PartialDate(2023, 2),
    ]


def test_comparing_with_another_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        _ = PartialDate(2023) < date(2023, 1, 1)  # type: ignore[operator]
    assert PartialDate(2023, 1, 1) != date(2023, 1, 1)


@given(st.lists(near_dates))
def test_sorting_is_consistent_with_start_dates(values: list[PartialDate]) -> None:
    starts = [value.start for value in sorted(values)]
    assert starts == sorted(starts)


@given(near_dates, near_dates)
def test_the_order_is_total_and_consistent_with_equality(a: PartialDate, b: PartialDate) -> None:
    assert [a < b, a == b, a > b].count(True) == 1
    assert (a <= b) == (a < b or a == b)
    assert (a >= b) == (a > b or a == b)
    if a == b:
        assert hash(a) == hash(b)


@given(near_dates, near_dates, near_dates)
def test_the_order_is_transitive(a: PartialDate, b: PartialDate, c: PartialDate) -> None:
    if a <= b and b <= c:
        assert a <= c


@given(near_dates, near_dates)
def test_a_period_sorts_before_what_it_contains(a: PartialDate, b: PartialDate) -> None:
    if a.contains(b) and a != b:
        assert a < b


# --- Ages ---


@pytest.mark.parametrize(
    ("born", "on", "ages"),
    [
        (PartialDate(1985), date(2025, 1, 27), (39, 40)),
        (PartialDate(1985), date(2025, 12, 31), (40, 40)),
        (PartialDate(1985), date(2025, 1, 1), (39, 40)),
        (PartialDate(1985, 7), date(2025, 7, 15), (39, 40)),
        (PartialDate(1985, 7), date(2025, 8, 1), (40, 40)),
        (PartialDate(1985, quarter=1), date(2025, 1, 27), (39, 40)),
        (PartialDate(1985, 3, 2), date(2025, 1, 27), (39, 39)),
        (PartialDate(1985, 3, 2), date(2025, 3, 2), (40, 40)),
        (PartialDate(2000, 2, 29), date(2025, 2, 28), (24, 24)),
        (PartialDate(2000, 2, 29), date(2025, 3, 1), (25, 25)),
        (PartialDate(1985), PartialDate(2025), (39, 40)),
        (PartialDate(1985, 12, 31), PartialDate(2025), (39, 40)),
        (PartialDate(2024), date(2024, 6, 1), (0, 0)),
    ],
)
def test_age_on_gives_the_youngest_and_oldest_possible_age(
    born: PartialDate, on: date | PartialDate, ages: tuple[int, int]
) -> None:
    result = born.age_on(on)
    assert result == ages
    assert (result.youngest, result.oldest) == ages
    assert result.exact == (ages[0] if ages[0] == ages[1] else None)


def test_age_on_a_date_before_the_birth_is_an_error() -> None:
    with pytest.raises(ab.InvalidPartialDateError, match="before the birth") as info:
        PartialDate(1985).age_on(date(1984, 12, 31))
    assert info.value.value == date(1984, 12, 31)


def test_age_on_refuses_a_datetime() -> None:
    with pytest.raises(ab.DateTypeError):
        PartialDate(1985).age_on(datetime(2025, 1, 27))


def _age(born: date, on: date) -> int:
    years = on.year - born.year
    try:
        birthday = born.replace(year=on.year)
    except ValueError:  # February 29 in a common year: the birthday is reached on March 1
        birthday = date(on.year, 3, 1)
    return years - (on < birthday)


@given(partial_dates(st.integers(1900, 2030)), st.dates(date(1900, 1, 1), date(2060, 12, 31)))
def test_every_possible_birthday_gives_an_age_inside_the_range(born: PartialDate, on: date) -> None:
    if on < born.start:
        return
    ages = born.age_on(on)
    candidates = [born.start + timedelta(days=n) for n in range((born.end - born.start).days + 1)]
    possible = [_age(day, on) for day in candidates if day <= on]
    assert ages.oldest == max(possible)
    assert ages.youngest == max(0, min(_age(day, on) for day in candidates))
