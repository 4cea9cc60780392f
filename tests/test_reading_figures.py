"""The structure of a figure: tolerances, vague positions and magnitudes with their bounds,
and rates per period."""

from __future__ import annotations

from decimal import Decimal

import pytest

import aibrief as ab

D = Decimal


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "unit"),
    [
        ("오차범위 ±3.1%p", D("0"), D("-3.1"), D("3.1"), "percentage_point"),
        ("±2%", D("0"), D("-2"), D("2"), "percent"),
        ("±50bp", D("0"), D("-50"), D("50"), "basis_point"),
        ("+/- 2%", D("0"), D("-2"), D("2"), "percent"),
        ("5.6% ± 0.2%p", D("5.6"), D("5.4"), D("5.8"), "percent"),
        ("3.2 ±0.1", D("3.2"), D("3.1"), D("3.3"), None),
    ],
)
def test_a_tolerance_is_the_range_around_the_figure(
    text: str, value: Decimal, low: Decimal, high: Decimal, unit: str | None
) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.ParsedAmount)
    assert (found.value, found.qualifier, found.low, found.high, found.unit) == (
        value,
        "range",
        low,
        high,
        unit,
    )


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("지지율이 60% 중반", D("63"), D("67"), "percent"),
        ("60%대 초반", D("60"), D("63"), "percent"),
        ("60% 후반", D("67"), D("70"), "percent"),
        ("approval in the mid-60% range", D("63"), D("67"), "percent"),
        ("the low 60s", D("60"), D("63"), None),
    ],
)
def test_a_position_in_a_ten_is_vague_with_its_bounds(
    text: str, low: Decimal, high: Decimal, unit: str | None
) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.VagueMention)
    assert (found.low, found.high, found.unit) == (low, high, unit)
    with pytest.raises(ab.ParseError):
        ab.parse_amount(text)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("수십억 원", D("1e9"), D("1e10")), ("数百万美元", D("1e6"), D("1e7")),
     ("hundreds of millions of dollars", D("1e8"), D("1e9"))],
)  # fmt: skip
def test_a_magnitude_implies_its_bounds(text: str, low: Decimal, high: Decimal) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.VagueMention)
    assert (found.low, found.high, found.high_open) == (low, high, True)


@pytest.mark.parametrize("text", ["30대 초반", "a high 60% of users"])
def test_ages_and_plain_figures_are_no_positions(text: str) -> None:
    assert not any(isinstance(item, ab.VagueMention) for item in ab.find_amounts(text))


@pytest.mark.parametrize(
    ("text", "mention", "rate"),
    [
        ("분기당 20억 달러를 번다", "분기당 20억 달러", "2000000000 USD / quarter"),
        ("매년 100억원을 투자", "매년 100억원", "10000000000 KRW / year"),
        ("每年100亿元", "每年100亿元", "10000000000 CNY / year"),
        ("하루 5만 명이 찾는다", "하루 5만 명", "50000 person / day"),
        ("it earns $2 billion a year", "$2 billion a year", "2000000000 USD / year"),
        ("$2 billion per quarter", "$2 billion per quarter", "2000000000 USD / quarter"),
        ("spends $5 million annually", "$5 million annually", "5000000 USD / year"),
    ],
)
def test_a_rate_per_period(text: str, mention: str, rate: str) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.ParsedAmount)
    assert found.text == mention
    assert str(found.to_approx().value) == rate


def test_a_year_before_an_amount_is_no_period() -> None:
    [found] = ab.find_amounts("a year ago it cost $5")
    assert isinstance(found, ab.ParsedAmount)
    assert (found.text, found.per) == ("$5", None)
