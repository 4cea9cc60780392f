"""Numbers written in pieces, with signs in words, or as lone numerals, read in running text."""

from __future__ import annotations

from decimal import Decimal

import pytest

import aibrief as ab

D = Decimal


@pytest.mark.parametrize(
    ("text", "mention", "value", "currency"),
    [
        # Korean groups apart, by the spacing rules or after 천 and 백.
        ("합의 가격은 1만 2천 345 달러부터", "1만 2천 345 달러", D("12345"), "USD"),
        ("7천 5백만 달러를 투자", "7천 5백만 달러", D("75000000"), "USD"),
        ("4천 820만 달러", "4천 820만 달러", D("48200000"), "USD"),
        ("2억 4천 7백만 달러", "2억 4천 7백만 달러", D("247000000"), "USD"),
        ("천 4백만 달러", "천 4백만 달러", D("14000000"), "USD"),
        ("5 억 달러", "5 억 달러", D("500000000"), "USD"),
        # Chinese has no spaces between words: a space inside a number means nothing.
        ("三千 九百 六十五元", "三千 九百 六十五元", D("3965"), "CNY"),
        ("7 万5 千4 百元", "7 万5 千4 百元", D("75400"), "CNY"),
        # Arabic digits grouped by three with thin or narrow no-break spaces.
        ("1\u202f234\u202f567원", "1\u202f234\u202f567원", D("1234567"), "KRW"),
    ],
)
def test_numbers_written_in_pieces(
    text: str, mention: str, value: Decimal, currency: str | None
) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.ParsedAmount)
    assert (found.text, found.value, found.currency) == (mention, value, currency)
    assert text[found.span[0] : found.span[1]] == mention


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("3백과 2백", [D("300"), D("200")]),  # two numbers joined by 과
        ("1천 2천개", [D("1000"), D("2000")]),  # 천 twice is no number
        ("Top 3 100 people", [D("100")]),  # one space between groups may part two numbers
    ],
)
def test_pieces_that_are_not_one_number_stay_apart(text: str, values: list[Decimal]) -> None:
    found = [item for item in ab.find_amounts(text) if isinstance(item, ab.ParsedAmount)]
    assert [item.value for item in found] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234 567", D("1234567")),
        ("40 000", D("40000")),
        ("오십 이", D("52")),
        ("삼백  삼십  일", D("331")),
        ("이십일조 삼백", D("21000000000300")),
        ("마이너스 5", D("-5")),
        ("마이너스일만", D("-10000")),
        ("음수 일천구백", D("-1900")),
        ("负三十二", D("-32")),
        ("負 1,200,000", D("-1200000")),
        ("负1.1", D("-1.1")),
        (".25", D("0.25")),
        ("-.5", D("-0.5")),
        ("五", D("5")),
        ("两", D("2")),
        ("삼", D("3")),
        ("영", D("0")),
        ("九点九", D("9.9")),
    ],
)
def test_a_number_alone_is_read_whole(text: str, value: Decimal) -> None:
    assert ab.parse_amount(text).value == value


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "currency"),
    [
        ("一家公司花了两美元", "两美元", D("2"), None, "USD"),
        ("这不是一这是九台", "九台", D("9"), "item", None),
        ("收益率为负3%", "负3%", D("-3"), "percent", None),
    ],
)
def test_a_lone_han_digit_counts_before_a_currency_or_counter(
    text: str, mention: str, value: Decimal, unit: str | None, currency: str | None
) -> None:
    found = [item for item in ab.find_amounts(text) if item.text == mention]
    assert [(item.value, item.unit, item.currency) for item in found] == [(value, unit, currency)]


@pytest.mark.parametrize(
    "text",
    [
        "统一台湾",
        "一切",
        "我一看你就笑",
        "他们俩",
        "同一个人",
        "负责100",
        "이점이 있다",
    ],
)
def test_numeral_characters_inside_words_are_not_numbers(text: str) -> None:
    assert [item.text for item in ab.find_amounts(text) if item.text != "100"] == []


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "currency"),
    [
        ("매출이 두 배로 늘었다", "두 배", D("2"), "times", None),
        ("세 곳에 데이터센터를 짓는다", "세 곳", D("3"), "item", None),
        ("연구원 스물여섯 명이", "스물여섯 명", D("26"), "person", None),
        ("사과 세개", "세개", D("3"), "item", None),
        ("손님 세 분이 오셨다", "세 분", D("3"), "person", None),
        ("it hired two hundred thousand people", "two hundred thousand people", D("200000"),
         "person", None),
        ("it cost thirteen dollars", "thirteen dollars", D("13"), None, "USD"),
        ("five million yen", "five million yen", D("5000000"), None, "JPY"),
        ("returns were minus five percent", "minus five percent", D("-5"), "percent", None),
        ("the one-yen bid", "one-yen", D("1"), None, "JPY"),
    ],
)  # fmt: skip
def test_numbers_spelled_out_in_words(
    text: str, mention: str, value: Decimal, unit: str | None, currency: str | None
) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.ParsedAmount)
    assert (found.text, found.value, found.unit, found.currency) == (mention, value, unit, currency)


@pytest.mark.parametrize(
    "text",
    ["한국에서", "세계적인", "세대 교체", "두 주 만에", "한 달 동안", "열 번째",
     "해외 유학파는 한 명도 없다", "one of the largest", "twenty years ago"],
)  # fmt: skip
def test_number_words_that_count_no_amount(text: str) -> None:
    """Words that begin like numbers, times and ages, and "not even one" (한 명도 없다)."""
    assert ab.find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("하나", D("1")),
        ("열하나", D("11")),
        ("쉰두", D("52")),
        ("일흔일곱", D("77")),
        ("one hundred thousand", D("100000")),
        ("negative five hundred and four", D("-504")),
        ("minus three million two hundred thousand", D("-3200000")),
        ("twenty-one trillion three hundred", D("21000000000300")),
        ("a dozen", D("12")),
    ],
)
def test_spelled_numbers_alone(text: str, value: Decimal) -> None:
    assert ab.parse_amount(text).value == value


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("员工占三成半", "三成半", D("35")),
        ("九成的人", "九成", D("90")),
        ("７.２成", "７.２成", D("72")),
        ("타율 3할 2푼", "3할 2푼", D("32")),
        ("20프로 가까이", "20프로 가까이", D("20")),
        ("thirty percentage", "thirty percentage", D("30")),
        ("ten percent", "ten percent", D("10")),
    ],
)
def test_percent_words_and_tenths(text: str, mention: str, value: Decimal) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.ParsedAmount)
    assert (found.text, found.value, found.unit) == (mention, value, "percent")


@pytest.mark.parametrize(
    "text",
    ["一成不变", "5成员", "5 프로그램", "q=30%25%2020%",
     "go to https://www.test.com/search?q=30%25%2020%", "mail kim2024@naver.com"],
)  # fmt: skip
def test_words_and_addresses_that_hold_no_percent(text: str) -> None:
    assert ab.find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "currency"),
    [
        ("一打", D("12"), "item", None),
        ("十打苹果", D("120"), "item", None),
        ("七成六", D("76"), "percent", None),
        ("一万五千亿元", D("1500000000000"), None, "CNY"),
        ("5 lakh rupees", D("500000"), None, "INR"),
        ("four crore rupees", D("40000000"), None, "INR"),
        ("세계 10등", D("10"), "rank", None),
    ],
)
def test_dozens_tenths_and_indian_scales(
    text: str, value: Decimal, unit: str | None, currency: str | None
) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.ParsedAmount)
    assert (found.value, found.unit, found.currency) == (value, unit, currency)


@pytest.mark.parametrize("text", ["以一打十", "打了三次", "1등석을 예매", "10등급"])
def test_da_and_deung_that_are_words(text: str) -> None:
    assert ab.find_amounts(text) == []


@pytest.mark.parametrize(
    "text",
    ["조사", "천사", "만일", "万一", "문의: 010-1234-5678", "2025-01-27에 발표", "2025.01.27",
     "Jan. 27, 2025", "ISBN 978-3-16-148410-0", "RTX 4090", "GPT-4o", "Qwen2.5-72B", "3:30 p.m.",
     "COVID-19", "Windows 11", "5G 네트워크", "第二季度", "十分重要", "一心一意", "일석이조"],
)  # fmt: skip
def test_words_dates_phone_numbers_and_names_are_never_numbers(text: str) -> None:
    assert ab.find_amounts(text) == []
    with pytest.raises(ab.ParseError):
        ab.parse_amount(text)
