"""parse_date: Korean, Chinese and English date phrases resolved against a publication date."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab
from aibrief import PartialDate, parse_date

# Friday, January 31st 2025: the publication date every phrase below is read against.
PUBLISHED = date(2025, 1, 31)
# Written out: calendar.month_name follows the process locale.
_MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July")
_MONTHS += ("August", "September", "October", "November", "December")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Korean
        ("지난 27일", PartialDate(2025, 1, 27)),
        ("지난 31일", PartialDate(2025, 1, 31)),
        ("31일", PartialDate(2025, 1, 31)),
        ("27일(현지시간)", PartialDate(2025, 1, 27)),
        ("지난 27일(현지 시간)", PartialDate(2025, 1, 27)),
        ("지난해 5월", PartialDate(2024, 5)),
        ("작년 5월", PartialDate(2024, 5)),
        ("지난해", PartialDate(2024)),
        ("재작년", PartialDate(2023)),
        ("올해 1월", PartialDate(2025, 1)),
        ("올 3월 1일", PartialDate(2025, 3, 1)),
        ("내년", PartialDate(2026)),
        ("2023년 7월", PartialDate(2023, 7)),
        ("2023년7월", PartialDate(2023, 7)),
        ("2015년", PartialDate(2015)),
        ("2015년에", PartialDate(2015)),
        ("2025년 1월 27일", PartialDate(2025, 1, 27)),
        ("1월 27일", PartialDate(2025, 1, 27)),
        ("지난 12월", PartialDate(2024, 12)),
        ("지난 1월", PartialDate(2024, 1)),
        ("오는 3월", PartialDate(2025, 3)),
        ("오는 5일", PartialDate(2025, 2, 5)),
        ("지난달", PartialDate(2024, 12)),
        ("지난달 15일", PartialDate(2024, 12, 15)),
        ("이달 3일", PartialDate(2025, 1, 3)),
        ("다음 달", PartialDate(2025, 2)),
        ("어제", PartialDate(2025, 1, 30)),
        ("이날", PartialDate(2025, 1, 31)),
        ("2018년 3분기", PartialDate(2018, quarter=3)),
        ("지난해 4분기", PartialDate(2024, quarter=4)),
        ("지난 분기", PartialDate(2024, quarter=4)),
        ("2025. 1. 27.", PartialDate(2025, 1, 27)),
        # Chinese
        ("去年5月", PartialDate(2024, 5)),
        ("今年1月", PartialDate(2025, 1)),
        ("前年", PartialDate(2023)),
        ("2023年7月", PartialDate(2023, 7)),
        ("2025年1月27日", PartialDate(2025, 1, 27)),
        ("1月27日", PartialDate(2025, 1, 27)),
        ("1月27号", PartialDate(2025, 1, 27)),
        ("27日", PartialDate(2025, 1, 27)),
        ("当地时间27日", PartialDate(2025, 1, 27)),
        ("于2015年", PartialDate(2015)),
        ("二〇二三年七月二十七日", PartialDate(2023, 7, 27)),
        ("十二月", PartialDate(2025, 12)),
        ("２０２３年７月", PartialDate(2023, 7)),
        ("2018年第三季度", PartialDate(2018, quarter=3)),
        ("去年第四季度", PartialDate(2024, quarter=4)),
        ("上个月", PartialDate(2024, 12)),
        ("上月15日", PartialDate(2024, 12, 15)),
        ("昨天", PartialDate(2025, 1, 30)),
        # English
        ("last May", PartialDate(2024, 5)),
        ("this May", PartialDate(2025, 5)),
        ("next March", PartialDate(2025, 3)),
        ("May last year", PartialDate(2024, 5)),
        ("in May of last year", PartialDate(2024, 5)),
        ("in 2015", PartialDate(2015)),
        ("July 2023", PartialDate(2023, 7)),
        ("in July, 2023", PartialDate(2023, 7)),
        ("January 27", PartialDate(2025, 1, 27)),
        ("on January 27, 2025", PartialDate(2025, 1, 27)),
        ("27 January 2025", PartialDate(2025, 1, 27)),
        ("the 27th of January", PartialDate(2025, 1, 27)),
        ("Jan. 27", PartialDate(2025, 1, 27)),
        ("Sept. 5, 2024", PartialDate(2024, 9, 5)),
        ("JANUARY 27TH", PartialDate(2025, 1, 27)),
        ("last year", PartialDate(2024)),
        ("last month", PartialDate(2024, 12)),
        ("yesterday", PartialDate(2025, 1, 30)),
        ("the third quarter of 2018", PartialDate(2018, quarter=3)),
        ("the fourth quarter of last year", PartialDate(2024, quarter=4)),
        ("Q3 2018", PartialDate(2018, quarter=3)),
        ("last quarter", PartialDate(2024, quarter=4)),
        ("1/27/2025", PartialDate(2025, 1, 27)),
        ("27/1/2025", PartialDate(2025, 1, 27)),
        # ISO
        ("2018-Q3", PartialDate(2018, quarter=3)),
        ("2023-07", PartialDate(2023, 7)),
        ("2025-01-27", PartialDate(2025, 1, 27)),
    ],
)
def test_phrases_resolve_against_the_publication_date(text: str, expected: PartialDate) -> None:
    result = parse_date(text, reference=PUBLISHED)
    assert result == expected
    assert result.precision == expected.precision


@pytest.mark.parametrize("text", ["같은 해 7월", "同年7月", "July of the same year", "그해"])
def test_same_year_phrases_take_the_year_mentioned_before(text: str) -> None:
    result = parse_date(text, reference=PUBLISHED, year=2023)
    assert result.year == 2023
    assert result == (PartialDate(2023) if text == "그해" else PartialDate(2023, 7))


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # "지난 N일" steps back a month when the day is after the reference day.
        ("지난 27일", date(2025, 2, 10), PartialDate(2025, 1, 27)),
        ("지난 27일", date(2025, 1, 10), PartialDate(2024, 12, 27)),
        ("지난 31일", date(2025, 4, 10), PartialDate(2025, 3, 31)),
        ("오는 5일", date(2025, 12, 20), PartialDate(2026, 1, 5)),
        # "last May" in May is the May before.
        ("last May", date(2025, 5, 20), PartialDate(2024, 5)),
        ("last May", date(2025, 6, 1), PartialDate(2025, 5)),
        ("next May", date(2025, 5, 20), PartialDate(2026, 5)),
        ("지난 1월 27일", date(2025, 1, 27), PartialDate(2025, 1, 27)),
        ("지난 1월 28일", date(2025, 1, 27), PartialDate(2024, 1, 28)),
        ("지난 4분기", date(2025, 11, 3), PartialDate(2024, quarter=4)),
        # A reference as coarse as the phrase needs is enough.
        ("지난해 5월", PartialDate(2025), PartialDate(2024, 5)),
        ("27일", PartialDate(2025, 1), PartialDate(2025, 1, 27)),
        ("지난달", PartialDate(2025, 1), PartialDate(2024, 12)),
        ("last quarter", PartialDate(2025, 2), PartialDate(2024, quarter=4)),
        ("last quarter", PartialDate(2025, quarter=1), PartialDate(2024, quarter=4)),
        ("어제", date(2025, 3, 1), PartialDate(2025, 2, 28)),
    ],
)
def test_relative_phrases_around_month_and_year_boundaries(
    text: str, reference: date | PartialDate, expected: PartialDate
) -> None:
    assert parse_date(text, reference=reference) == expected


@pytest.mark.parametrize(
    ("text", "reason", "position"),
    [
        ("같은 해 7월", "needs_context", 0),
        ("올해 초", "vague", 3),
        ("2023년 7월 말", "vague", 9),
        ("지난주", "vague", 2),
        ("최근", "vague", 0),
        ("5월경", "vague", 2),
        ("去年年底", "vague", 2),
        ("上半年", "vague", 0),
        ("early 2024", "vague", 0),
        ("in late May", "vague", 3),
        ("recently", "vague", 0),
        ("지난 월요일", "ambiguous", 3),
        ("上周一", "ambiguous", 1),
        ("on Monday", "ambiguous", 3),
        ("3/4", "ambiguous", 0),
        ("2월 30일", "invalid_date", 0),
        ("2023년 13월", "invalid_date", 0),
        ("2018년 5분기", "invalid_date", 0),
        ("13/13", "invalid_date", 0),
        ("23년 7월", "unrecognised", 0),
        ("", "unrecognised", 0),
        ("last Mayday", "unrecognised", 8),
        ("2023년 7월 5일 오후", "unrecognised", 12),
    ],
)
def test_phrases_it_cannot_resolve_raise_parse_error(text: str, reason: str, position: int) -> None:
    with pytest.raises(ab.ParseError) as info:
        parse_date(text, reference=PUBLISHED)
    assert (info.value.reason, info.value.position, info.value.text) == (reason, position, text)
    assert isinstance(info.value, ValueError)
    assert repr(text) in str(info.value)


def test_messages_say_what_to_do() -> None:
    with pytest.raises(ab.ParseError, match="pass it as year="):
        parse_date("같은 해 7월", reference=PUBLISHED)
    with pytest.raises(ab.ParseError, match="could be 2025-03-04 or 2025-04-03"):
        parse_date("3/4", reference=PUBLISHED)
    with pytest.raises(ab.ParseError, match="day 30 is out of range; expected a day from 1 to 28"):
        parse_date("2월 30일", reference=PUBLISHED)
    with pytest.raises(ab.ParseError, match=r"expected e\.g\. '2023년 7월'"):
        parse_date("sometime", reference=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "reference", "needed"),
    [
        ("지난 27일", PartialDate(2025, 1), "day"),
        ("어제", PartialDate(2025, 1), "day"),
        ("27일", PartialDate(2025), "month"),
        ("last May", PartialDate(2025), "month"),
        ("last quarter", PartialDate(2025), "quarter"),
    ],
)
def test_a_reference_too_coarse_for_the_phrase_needs_context(
    text: str, reference: PartialDate, needed: str
) -> None:
    with pytest.raises(ab.ParseError, match=f"needs {needed} precision") as info:
        parse_date(text, reference=reference)
    assert info.value.reason == "needs_context"


def test_a_day_that_does_not_exist_in_the_month_before_is_invalid() -> None:
    with pytest.raises(ab.ParseError) as info:
        parse_date("지난 30일", reference=date(2025, 3, 5))
    assert info.value.reason == "invalid_date"


def test_bad_argument_types_are_type_errors() -> None:
    with pytest.raises(ab.DateTypeError, match="is a datetime"):
        parse_date("어제", reference=datetime(2025, 1, 31, 9, 0))
    with pytest.raises(ab.DateTypeError, match=r"expected a datetime\.date or a PartialDate"):
        parse_date("어제", reference="2025-01-31")  # type: ignore[arg-type]
    with pytest.raises(ab.DateTypeError, match="expected a str"):
        parse_date(20250131, reference=PUBLISHED)  # type: ignore[arg-type]
    with pytest.raises(ab.DateTypeError, match="expected an int"):
        parse_date("같은 해", reference=PUBLISHED, year=True)


references = st.dates(min_value=date(1000, 2, 1), max_value=date(9998, 12, 31))


@given(references, st.integers(1, 28))
def test_past_day_is_the_latest_such_day_up_to_the_reference(reference: date, day: int) -> None:
    result = parse_date(f"지난 {day}일", reference=reference)
    assert result.day == day
    assert result.start <= reference
    assert reference - result.start < timedelta(days=31)


@given(references, st.integers(1, 12))
def test_last_month_name_is_within_the_year_before_the_reference_month(
    reference: date, month: int
) -> None:
    result = parse_date(f"지난 {month}월", reference=reference)
    assert result == parse_date(f"last {_MONTHS[month - 1]}", reference=reference)
    assert result.month == month
    assert result.end < reference.replace(day=1)
    assert result.start >= date(reference.year - 1, reference.month, 1)


@given(st.dates(min_value=date(1000, 1, 1)), references)
def test_absolute_dates_read_the_same_in_every_language(day: date, reference: date) -> None:
    expected = PartialDate.from_date(day)
    month = _MONTHS[day.month - 1]
    for text in (
        f"{day.year}년 {day.month}월 {day.day}일",
        f"{day.year}年{day.month}月{day.day}日",
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        day.isoformat(),
    ):
        assert parse_date(text, reference=reference) == expected
