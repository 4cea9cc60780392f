"""Growth arithmetic: compound annual growth, year on year and sums of parts, exact on Decimal
and Money, with Approx bounds that hold every possible result."""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab
from aibrief._quantities.growth import compound

USD = "USD"


def usd(amount: str | int) -> ab.Money:
    return ab.Money(amount, USD)


@pytest.mark.parametrize(
    ("start", "end", "years", "rate"),
    [
        (usd(100), usd(400), 2, Decimal(100)),  # a quadrupling over two years: exactly 100%
        (Decimal(8), Decimal(27), 3, Decimal(50)),  # 27/8 = 1.5^3
        (usd("30040000000"), usd("46743000000"), 1, Decimal("55.60252996005326231691078561917443")),
        (100, 81, 2, Decimal(-10)),  # shrinking: 0.9^2
        (usd(100), usd(100), 5, Decimal(0)),
        (ab.Q_(1000, "gpu"), ab.Q_(64000, "gpu"), 6, Decimal(100)),
    ],
)
def test_growth_rate_is_exact_where_the_root_is(
    start: Any, end: Any, years: int, rate: Decimal
) -> None:
    result = ab.growth_rate(start, end, years)
    assert str(result.units) == "percent"
    assert result.magnitude == rate


def test_an_inexact_root_is_rounded_once_to_34_digits() -> None:
    rate = ab.growth_rate(100, 200, 3).magnitude
    assert rate == Decimal("25.9921049894873164767210607278228")
    # The cube of the growth factor gives the doubling back to 32 significant digits.
    factor = decimal.Context(prec=50).add(1, rate / 100)
    assert abs(factor**3 - 2) < Decimal("1e-32")


def test_fractional_years_and_the_callers_context_do_not_change_results() -> None:
    with decimal.localcontext() as context:
        context.prec = 3
        rate = ab.growth_rate(usd(100), usd(400), "2.5").magnitude
    assert rate == ab.growth_rate(usd(100), usd(400), Decimal("2.5")).magnitude
    assert str(rate).startswith("74.1101126592248")


def test_growth_of_approximate_figures_gives_the_interval_of_every_rate() -> None:
    about = ab.Approx(usd(121), "about")  # 114.95 to 127.05
    rate = ab.growth_rate(usd(100), about, 2)
    assert isinstance(rate, ab.Approx)
    assert rate.qualifier == "range"
    assert rate.value.magnitude == Decimal(10)
    assert rate.low.magnitude == ab.growth_rate(100, "114.95", 2).magnitude
    assert rate.high.magnitude == ab.growth_rate(100, "127.05", 2).magnitude
    over = ab.growth_rate(usd(100), ab.Approx(usd(400), "over"), 2)
    assert over.qualifier == "over"
    assert (over.low.magnitude, over.high, over.low_open) == (Decimal(100), None, True)


@given(
    st.decimals(min_value=1, max_value=10**6, places=2),
    st.decimals(min_value=1, max_value=10**6, places=2),
    st.integers(1, 10),
    st.sampled_from(["about", "nearly", "exact"]),
)
def test_every_rate_of_figures_inside_the_intervals_is_inside_the_rate_interval(
    start: Decimal, end: Decimal, years: int, qualifier: str
) -> None:
    first, last = ab.Approx(start, "about"), ab.Approx(end, qualifier)  # type: ignore[arg-type]
    rate = ab.growth_rate(first, last, years)
    for s in (first.low, first.value, first.high):
        for e in (last.low, last.value, last.high):
            assert rate.contains(ab.growth_rate(s, e, years))


@given(
    st.decimals(min_value=1, max_value=10**9, places=2),
    st.decimals(min_value=1, max_value=10**9, places=2),
    st.integers(1, 30),
)
def test_compound_undoes_growth_rate(start: Decimal, end: Decimal, years: int) -> None:
    """Back to the end figure within the rate's 34 digits: a steep fall (1 + rate near 0)
    cancels digits of the rate, as many as the fall has orders of magnitude."""
    rate = ab.growth_rate(usd(start), usd(end), years)
    again = compound(usd(start), rate, years)
    lost = max(Decimal(1), start / end)
    assert abs(again.amount - end) <= end * lost * Decimal("1e-28")


@pytest.mark.parametrize(
    ("start", "end", "years", "error", "message"),
    [
        (usd(-100), usd(50), 2, ab.InvalidAmountError, "start above zero"),
        (usd(100), usd(-50), 2, ab.InvalidAmountError, "not defined across a loss"),
        (usd(100), ab.Money("50", "KRW"), 2, ab.CurrencyMismatchError, "USD"),
        (usd(100), usd(50), 0, ab.InvalidArgumentError, "positive number of years"),
        (usd(100), usd(50), 2.0, ab.AmountTypeError, "float"),
        (usd(100), ab.Q_(3, "gpu"), 2, ab.UnitError, "of one kind"),
    ],
)
def test_growth_rate_refuses_what_has_no_rate(
    start: Any, end: Any, years: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        ab.growth_rate(start, end, years)


def test_year_on_year_is_percent_for_amounts_and_points_for_percentages() -> None:
    revenue = ab.year_on_year(usd("30040000000"), usd("46743000000"))
    assert (str(revenue.units), round(revenue.magnitude, 2)) == ("percent", Decimal("55.60"))
    margin = ab.year_on_year(ab.Q_("75.1", "percent"), ab.Q_("72.4", "percent"))
    assert (str(margin.units), margin.magnitude) == ("percentage_point", Decimal("-2.7"))
    about = ab.year_on_year(ab.Approx(usd(100), "about"), usd(110))
    assert isinstance(about, ab.Approx)
    assert about.contains(ab.Q_(10, "percent"))
    assert about.contains(ab.Q_(15, "percent"))


def test_sum_of_parts_is_exact_and_carries_bounds() -> None:
    assert ab.sum_of_parts([usd("0.1"), usd("0.2")]) == usd("0.3")
    assert ab.sum_of_parts([Decimal("1.5"), 2, "3"]) == Decimal("6.5")
    total = ab.sum_of_parts([usd(100), ab.Approx(usd(200), "over"), ab.Approx(usd(50), "about")])
    assert total.value == usd(350)
    assert (total.qualifier, total.low, total.high) == ("over", usd("347.50"), None)
    with pytest.raises(ab.CurrencyMismatchError):
        ab.sum_of_parts([usd(1), ab.Money("1", "KRW")])
    with pytest.raises(ab.InvalidArgumentError, match="at least one part"):
        ab.sum_of_parts([])
