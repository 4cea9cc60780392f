"""aibrief.convert on what news states: approximate figures, parsed amounts, months and years."""

from __future__ import annotations

import contextlib
import datetime
from decimal import Decimal

import pytest

import aibrief as ab
from aibrief._core.decimal import DIVISION, EXACT

D = datetime.date
MONDAY = D(2025, 1, 27)
ECB = ab.rates.ecb()
# Published on 2025-01-27: 1507.97 KRW and 1.0530 USD per euro.
KRW_PER_USD = (Decimal("1507.97"), Decimal("1.0530"))


def _krw(usd: str) -> ab.Money:
    """``usd`` dollars in won at the rate of 2025-01-27, computed by hand: one division."""
    numerator, denominator = KRW_PER_USD
    return ab.Money(DIVISION.divide(EXACT.multiply(Decimal(usd), numerator), denominator), "KRW")


def _published(source: str, target: str, start: D, end: D) -> list[ab.rates.RateQuote]:
    """The quote of every day from start to end on which one was published, asked day by day."""
    found, day = [], start
    while day <= end:
        with contextlib.suppress(ab.RateUnavailableError):
            found.append(ECB.rate(source, target, day, missing="error"))
        day += datetime.timedelta(days=1)
    return found


def _mean(quotes: list[ab.rates.RateQuote]) -> Decimal:
    total = Decimal(0)
    for quote in quotes:
        total = EXACT.add(total, quote.rate)
    return DIVISION.divide(total, len(quotes))


def _at(amount: str, quote: ab.rates.RateQuote, currency: str) -> ab.Money:
    """``amount`` at the quote's rate, as numerator / denominator with one division."""
    product = EXACT.multiply(Decimal(amount), quote.numerator)
    return ab.Money(DIVISION.divide(product, quote.denominator), currency)


# --- Approximate figures ---------------------------------------------------------------------


def test_an_approximate_figure_keeps_its_qualifier_and_converts_its_bounds() -> None:
    about = ab.Approx(ab.Money("5576000", "USD"), "about")
    conversion = ab.convert(about, "KRW", on=MONDAY)
    result = conversion.result
    assert isinstance(result, ab.Approx)
    assert (result.qualifier, result.value) == ("about", _krw("5576000"))
    # The bounds "about" implies, around the converted value (5% either way).
    assert (result.low, result.high) == (
        ab.Money(EXACT.multiply(_krw("5576000").amount, Decimal("0.95")), "KRW"),
        ab.Money(EXACT.multiply(_krw("5576000").amount, Decimal("1.05")), "KRW"),
    )
    assert conversion.original is about
    assert (conversion.rate_date, conversion.method) == (MONDAY, "published")


def test_one_sided_and_explicit_bounds_are_converted_as_given() -> None:
    over = ab.convert(ab.Approx(ab.Money("10000000", "USD"), "over"), "KRW", on=MONDAY).result
    assert over == ab.Approx(_krw("10000000"), "over")
    assert over.low_open is True
    span = ab.Approx(
        ab.Money("15", "USD"), "range", low=ab.Money("10", "USD"), high=ab.Money("20", "USD")
    )
    result = ab.convert(span, "KRW", on=MONDAY).result
    assert result == ab.Approx(_krw("15"), "range", low=_krw("10"), high=_krw("20"))


def test_an_approximate_figure_of_something_else_is_refused_by_name() -> None:
    with pytest.raises(
        ab.AmountTypeError, match=r"Approx\(Decimal\('3'\), 'about'\) is not an amount of money"
    ):
        ab.convert(ab.Approx(3, "about"), "KRW", on=MONDAY)  # type: ignore[arg-type]


# --- Parsed amounts --------------------------------------------------------------------------


def test_a_parsed_amount_with_a_currency_converts() -> None:
    exact = ab.convert(ab.parse_amount("557만6000달러"), "KRW", on=MONDAY)
    assert exact.original == ab.Money("5576000", "USD")
    assert exact.result == _krw("5576000")
    about = ab.convert(ab.parse_amount("약 80억원"), "USD", on=MONDAY)
    assert about.original == ab.Approx(ab.Money("8000000000", "KRW"), "about")
    assert about.result.qualifier == "about"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("17% 폭락", r"'17% 폭락' is not an amount of money"),
        ("41만1000여 명", r"'41만1000여 명' is not an amount of money"),
        ("100만토큰당 1위안", r"'100만토큰당 1위안' is not an amount of money"),
    ],
)
def test_a_parsed_amount_without_a_currency_is_named(text: str, match: str) -> None:
    with pytest.raises(ab.AmountTypeError, match=match):
        ab.convert(ab.parse_amount(text), "KRW", on=MONDAY)


@pytest.mark.parametrize(
    ("value", "fix"),
    [
        ("5576000", r"give it its currency: ab\.Money\('5576000', 'USD'\)"),
        ("5,576,000", r"give it its currency: ab\.Money\('5576000', 'USD'\)"),
        (Decimal("12.5"), r"give it its currency: ab\.Money\('12\.5', 'USD'\)"),
        (
            "557만6000달러",
            r"read it first: ab\.convert\(ab\.parse_amount\('557만6000달러'\), 'KRW'",
        ),
        (None, r"pass an amount with a currency"),
    ],
)
def test_other_values_get_an_error_with_their_own_value(value: object, fix: str) -> None:
    with pytest.raises(ab.AmountTypeError, match=fix) as info:
        ab.convert(value, "KRW", on=MONDAY)  # type: ignore[call-overload]
    assert info.value.value == value


# --- Months, quarters and years ----------------------------------------------------------------


def test_a_years_average_is_the_mean_of_its_published_days() -> None:
    """EUR to USD in 2019: the ECB publishes it directly, so each day's rate is exact."""
    days = [quote.rate for quote in _published("EUR", "USD", D(2019, 1, 1), D(2019, 12, 31))]
    total = sum(days, Decimal(0))  # each rate has four decimals: the sum is exact
    conversion = ab.convert(ab.Money("1000", "EUR"), "USD", on=ab.PartialDate(2019))
    assert (conversion.days, len(days), total) == (255, 255, Decimal("285.4660"))
    assert conversion.rate == DIVISION.divide(total, 255)
    assert conversion.rate == Decimal("1.119474509803921568627450980392157")
    assert conversion.result == ab.Money(DIVISION.divide(total * 1000, 255), "USD")
    assert (conversion.method, conversion.period) == ("average", ab.PartialDate(2019))
    assert conversion.rate_date == D(2019, 12, 31)
    assert conversion.lowest is not None
    assert conversion.highest is not None
    assert (conversion.lowest.rate, conversion.highest.rate) == (min(days), max(days))


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        (ab.PartialDate(2024, 5), D(2024, 5, 1), D(2024, 5, 31)),
        (ab.PartialDate(2018, quarter=3), D(2018, 7, 1), D(2018, 9, 30)),
    ],
)
def test_a_month_or_quarter_averages_its_cross_rates(
    period: ab.PartialDate, start: D, end: D
) -> None:
    days = _published("CNY", "KRW", start, end)
    conversion = ab.convert(ab.Money("1", "CNY"), "KRW", on=period)
    assert conversion.days == len(days)
    assert conversion.rate == _mean(days)


def test_the_range_of_a_period_spans_its_lowest_and_highest_rate() -> None:
    days = _published("CNY", "KRW", D(2019, 1, 1), D(2019, 12, 31))
    lowest = min(days, key=lambda quote: quote.rate)
    highest = max(days, key=lambda quote: quote.rate)
    conversion = ab.convert(
        ab.Money("10000000000", "CNY"), "KRW", on=ab.PartialDate(2019), period="range"
    )
    result = conversion.result
    assert isinstance(result, ab.Approx)
    assert result.qualifier == "range"
    assert result.low == _at("10000000000", lowest, "KRW")
    assert result.high == _at("10000000000", highest, "KRW")
    assert (lowest.rate_date, highest.rate_date) == (D(2019, 1, 7), D(2019, 5, 3))
    assert conversion.days == len(days) == 255
    # High-Flyer's "100억위안(약 2조원)" of 2019: 2조 lies above the whole year's range.
    assert not result.contains(ab.Money("2000000000000", "KRW"))


def test_an_approximate_figure_over_a_range_widens_both_ways() -> None:
    days = _published("CNY", "KRW", D(2019, 1, 1), D(2019, 12, 31))
    lowest = min(days, key=lambda quote: quote.rate)
    highest = max(days, key=lambda quote: quote.rate)
    about = ab.Approx(ab.Money("100", "CNY"), "about")
    result = ab.convert(about, "KRW", on=ab.PartialDate(2019), period="range").result
    assert isinstance(result, ab.Approx)
    assert (result.low, result.high) == (_at("95.00", lowest, "KRW"), _at("105.00", highest, "KRW"))
    over = ab.Approx(ab.Money("100", "CNY"), "over")
    assert ab.convert(over, "KRW", on=ab.PartialDate(2019), period="range").result == ab.Approx(
        _at("100", lowest, "KRW"), "over"
    )


def test_a_day_precise_partial_date_is_that_day() -> None:
    day = ab.convert(ab.Money("100", "USD"), "KRW", on=ab.PartialDate(2025, 1, 27))
    assert day.result == _krw("100")
    assert day.period is None


def test_the_same_currency_over_a_period_is_the_identity() -> None:
    conversion = ab.convert(ab.Money("5", "KRW"), "KRW", on=ab.PartialDate(2019))
    assert (conversion.result, conversion.method, conversion.period) == (
        ab.Money("5", "KRW"),
        "identity",
        ab.PartialDate(2019),
    )


def test_a_period_with_no_published_day_is_named() -> None:
    with pytest.raises(
        ab.RateUnavailableError,
        match=r"no CNY to KRW rate was published within 2004 \(CNY rates run from 2005-04-01",
    ):
        ab.convert(ab.Money("1", "CNY"), "KRW", on=ab.PartialDate(2004))


def test_range_needs_a_period_and_period_names_its_options() -> None:
    with pytest.raises(
        ab.InvalidArgumentError,
        match=r"not the day 2025-01-27; pass e\.g\. on=ab\.PartialDate\(2025, 1\)",
    ):
        ab.convert(ab.Money("1", "USD"), "KRW", on=MONDAY, period="range")
    with pytest.raises(ab.InvalidArgumentError, match=r"period='median' is not a way") as info:
        ab.convert(ab.Money("1", "USD"), "KRW", on=ab.PartialDate(2019), period="median")  # type: ignore[call-overload]
    assert info.value.name == "period"


def test_the_repr_names_the_period_and_its_days() -> None:
    conversion = ab.convert(ab.Money("1", "EUR"), "USD", on=ab.PartialDate(2025, 1))
    assert repr(conversion).endswith("period=PartialDate(2025, 1), days=22)")
