"""Precision as written: the interval a figure's digits stand for, and the claim tolerance on it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab
from aibrief._claims.text import ordinal
from aibrief._core.decimal import DIVISION, EXACT
from aibrief._quantities.precision import half_unit, rounding_tolerance, written_interval

D = Decimal


@pytest.mark.parametrize(
    ("figure", "half"),
    [
        ("8000000000", "500000000"),  # "80억": one significant digit
        ("7980000000", "5000000"),  # "79억8000만": three
        ("31840000000", "5000000"),  # "$31.84B"
        ("5576000", "500"),
        ("1.50", "0.005"),  # written after the point: the zero counts
        ("1.5", "0.05"),
        ("-17", "0.5"),
        ("0", "0"),
    ],
)
def test_half_a_unit_of_the_last_significant_digit(figure: str, half: str) -> None:
    assert half_unit(D(figure)) == D(half)


def test_rounding_tolerance_is_half_a_unit_over_the_smallest_value_that_rounds_to_it() -> None:
    assert rounding_tolerance(D("8000000000")) == DIVISION.divide(5, 75)
    assert rounding_tolerance(D("200")) == DIVISION.divide(50, 150)
    assert rounding_tolerance(D("0")) == 0


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("$31.84B", ab.Money("31835000000", "USD"), ab.Money("31845000000", "USD")),
        ("318억 달러", ab.Money("31750000000", "USD"), ab.Money("31850000000", "USD")),
        ("약 80억원", ab.Money("7500000000", "KRW"), ab.Money("8500000000", "KRW")),
        ("5.6%", ab.Q_(D("5.55"), "percent"), ab.Q_(D("5.65"), "percent")),
        ("41만1000여 명", ab.Q_(410500, "person"), ab.Q_(411500, "person")),
        # One significant digit each: 10억 stands for 5억 to 15억, 20억 for 15억 to 25억.
        ("10억~20억달러", ab.Money("500000000", "USD"), ab.Money("2500000000", "USD")),
    ],
)
def test_a_parsed_figure_gives_the_interval_of_its_written_digits(
    text: str, low: object, high: object
) -> None:
    interval = ab.parse_amount(text).written_interval()
    assert interval.qualifier == "range"
    assert (interval.low, interval.high) == (low, high)


def test_two_ways_of_writing_one_figure_agree_within_their_precision() -> None:
    billions = ab.parse_amount("$31.84B").written_interval()
    assert billions.consistent_with(ab.parse_amount("318억 달러").written_interval())
    assert not billions.consistent_with(ab.parse_amount("$31.9B").written_interval())


def test_a_fraction_rounds_its_denominator() -> None:
    seventh = ab.parse_amount("7분의 1").written_interval()
    assert (seventh.low, seventh.high) == (
        DIVISION.divide(1, D("7.5")),
        DIVISION.divide(1, D("6.5")),
    )
    three_thousandths = ab.parse_amount("千分之三").written_interval()  # 0.003, a decimal
    assert (three_thousandths.low, three_thousandths.high) == (D("0.0025"), D("0.0035"))
    two_thirds = ab.parse_amount("3분의 2").written_interval()  # both parts rounded
    assert (two_thirds.low, two_thirds.high) == (DIVISION.divide(D("1.5"), D("3.5")), D(1))


def test_zero_is_exact() -> None:
    assert written_interval(D(0)) == ab.Approx(D(0), "exact")


@given(st.decimals(min_value=D("0.001"), max_value=D("1e15"), allow_nan=False, places=3))
def test_the_written_interval_holds_the_figure_and_is_one_unit_wide(value: Decimal) -> None:
    interval = written_interval(value)
    if interval.qualifier == "exact":
        return
    assert interval.contains(value)
    assert interval.high - interval.low == 2 * half_unit(value)  # type: ignore[operator]


# --- The claim tolerance -------------------------------------------------------------------------


def _plus(a: Decimal, b: str) -> Decimal:
    return EXACT.add(a, D(b))


@pytest.mark.parametrize(
    ("figure", "relative", "word"),
    [
        (ab.parse_amount("약 80억원"), _plus(DIVISION.divide(5, 75), "0.02"), "약"),
        (ab.parse_amount("约20亿元"), _plus(DIVISION.divide(5, 15), "0.02"), "约"),
        (ab.parse_amount("about ₩8 billion"), _plus(DIVISION.divide(5, 75), "0.02"), "about"),
        # "1만" has one significant digit: 5000 to 15000, up to 100% off.
        (ab.parse_amount("1만개 이상"), D("1.02"), "이상"),
        (
            ab.Approx(ab.Money("8000000000", "KRW"), "about"),
            _plus(DIVISION.divide(5, 75), "0.02"),
            None,
        ),
        (ab.Money("7900000000", "KRW"), DIVISION.divide(5, 785), None),
        (ab.Q_(D("5.6"), "percent"), DIVISION.divide(D("0.05"), D("5.55")), None),
        (D("200"), DIVISION.divide(50, 150), None),
    ],
)
def test_claim_tolerance_is_rounding_plus_two_percent_when_qualified(
    figure: object, relative: Decimal, word: str | None
) -> None:
    tolerance = ab.claim_tolerance(figure)
    assert tolerance.relative == relative
    assert tolerance.word == word
    assert tolerance.allows(relative)
    assert not tolerance.allows(EXACT.add(relative, D("0.0001")))
    assert tolerance.allows(relative.copy_negate())


def test_the_tolerance_explains_itself_in_three_languages() -> None:
    about = ab.claim_tolerance(ab.Approx(ab.Money("8000000000", "KRW"), "about"))
    assert about.explain("en") == (
        "±8.67% ('about' allows 2% plus half a unit of the last significant digit, 6.67%)"
    )
    assert about.explain("ko") == "±8.67%('약'의 2%에 마지막 유효 자릿수의 반 단위 6.67%를 더한 값)"
    assert about.explain("zh") == "±8.67%（“约”允许2%，加上末位有效数字的半个单位6.67%）"
    exact = ab.claim_tolerance(ab.Money("200", "KRW"))
    assert exact.explain("en") == "±33.33% (half a unit of the last significant digit)"
    with pytest.raises(ab.InvalidArgumentError, match="lang 'ja'"):
        exact.explain("ja")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("rank", "text"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
     (21, "21st"), (22, "22nd"), (101, "101st"), (111, "111th")],
)  # fmt: skip
def test_ranks_read_as_ordinals(rank: int, text: str) -> None:
    assert ordinal(rank) == text
