"""Finding the date phrases of a text, each read by aibrief.parse_date."""

from __future__ import annotations

import datetime

import pytest

import aibrief as ab
from aibrief._dates.finding import find_dates

PUBLISHED = datetime.date(2025, 1, 31)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2019년 하이플라이어는", [("2019년", ab.PartialDate(2019))]),
        ("지난해 5월 딥시크가", [("지난해 5월", ab.PartialDate(2024, 5))]),
        ("2023년 7월 항저우에", [("2023년 7월", ab.PartialDate(2023, 7))]),
        ("去年5月，公司", [("去年5月", ab.PartialDate(2024, 5))]),
        ("2024年第三季度", [("2024年第三季度", ab.PartialDate(2024, quarter=3))]),
        ("In 2019, its assets", [("In 2019", ab.PartialDate(2019))]),
        ("in March 2024 it", [("March 2024", ab.PartialDate(2024, 3))]),
        ("2000명 중", []),  # a count, not a year
        ("1980년대 이후", []),  # a decade
        ("2018~2023년 발간된", []),  # the end of a range of years
    ],
)
def test_date_phrases_are_found_where_parse_date_reads_them(
    text: str, found: list[tuple[str, ab.PartialDate]]
) -> None:
    assert [(item.text, item.date) for item in find_dates(text, reference=PUBLISHED)] == found


def test_the_same_year_takes_the_last_year_found() -> None:
    found = find_dates("2023년 선언했으며 같은 해 7월 설립했다", reference=PUBLISHED)
    assert [item.date for item in found] == [ab.PartialDate(2023), ab.PartialDate(2023, 7)]
    assert found[1].span == (12, 19)
