"""aibrief.convert: exact conversion at a named date, with provenance."""

from __future__ import annotations

import datetime
import decimal
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab
from aibrief._core.decimal import DIVISION, EXACT

D = datetime.date
MONDAY = D(2025, 1, 27)
ECB = ab.rates.ecb()


def test_known_values_on_2025_01_27() -> None:
    assert ab.convert(ab.Money("1", "EUR"), "USD", on=MONDAY).result == ab.Money("1.0530", "USD")
    assert ab.convert(ab.Money("1", "EUR"), "CNY", on=MONDAY).result == ab.Money("7.6306", "CNY")
    assert ab.convert(ab.Money("1", "EUR"), "KRW", on=MONDAY).result == ab.Money("1507.97", "KRW")
    conversion = ab.convert(ab.Money("100", "USD"), "KRW", on=MONDAY)
    assert conversion.result.amount == Decimal("143207.0275403608736942070275403609")
    assert str(conversion.result.amount).startswith("143207.0275")


def test_conversion_carries_its_provenance() -> None:
    money = ab.Money("5576000", "USD")
    conversion = ab.convert(money, "KRW", on=MONDAY)
    assert conversion.original is money
    assert conversion.rate == Decimal("1432.070275403608736942070275403609")
    assert (conversion.rate_date, conversion.method) == (MONDAY, "published")
    assert conversion.source == ECB.source
    # one rounding: amount * 1507.97 / 1.0530, not amount * (rounded rate)
    exact = DIVISION.divide(EXACT.multiply(Decimal(5576000), Decimal("1507.97")), Decimal("1.0530"))
    assert conversion.result == ab.Money(exact, "KRW")
    assert conversion.result.amount == Decimal("7985223855.650522317188983855650522")


def test_conversion_is_frozen_and_has_a_readable_repr() -> None:
    conversion = ab.convert(ab.Money("1", "EUR"), "USD", on=MONDAY)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        conversion.result = ab.Money("2", "USD")  # type: ignore[misc]
    assert repr(conversion) == (
        "Conversion(original=Money('1', 'EUR'), result=Money('1.0530', 'USD'),"
        " rate=Decimal('1.0530'), rate_date=datetime.date(2025, 1, 27), method='published',"
        f" source={ECB.source!r})"
    )


def test_money_to_uses_convert() -> None:
    money = ab.Money("100", "USD")
    assert money.to("KRW", on=MONDAY) == ab.convert(money, "KRW", on=MONDAY).result
    assert (
        money.to("KRW", on=D(2025, 1, 25), missing="next")
        == ab.convert(money, "KRW", on=MONDAY).result
    )


@pytest.mark.parametrize(
    ("day", "policy", "rate_date", "method"),
    [
        (D(2025, 1, 25), "previous", D(2025, 1, 24), "previous"),
        (D(2025, 1, 26), "next", MONDAY, "next"),
        (D(2025, 1, 26), "nearest", MONDAY, "nearest"),
        (D(2025, 1, 25), "interpolate", D(2025, 1, 25), "interpolated"),
        (D(2024, 12, 25), "previous", D(2024, 12, 24), "previous"),
        (D(2024, 12, 26), "next", D(2024, 12, 27), "next"),
        (D(2025, 1, 1), "nearest", D(2024, 12, 31), "nearest"),
    ],
)
def test_missing_day_policies(
    day: datetime.date, policy: ab.MissingPolicy, rate_date: datetime.date, method: str
) -> None:
    conversion = ab.convert(ab.Money("100", "USD"), "KRW", on=day, missing=policy)
    assert (conversion.rate_date, conversion.method) == (rate_date, method)
    quote = ECB.rate("USD", "KRW", day, missing=policy)
    expected = DIVISION.divide(EXACT.multiply(Decimal(100), quote.numerator), quote.denominator)
    assert conversion.result.amount == expected


@pytest.mark.parametrize("day", [D(2025, 1, 25), D(2024, 12, 25), D(2025, 1, 1)])
def test_error_policy_raises_on_days_without_rates(day: datetime.date) -> None:
    with pytest.raises(ab.RateUnavailableError):
        ab.convert(ab.Money("100", "USD"), "KRW", on=day, missing="error")


def test_cny_before_2005() -> None:
    with pytest.raises(ab.RateUnavailableError, match="2005-04-01") as info:
        ab.convert(ab.Money("1", "CNY"), "USD", on=D(2004, 12, 31))
    assert isinstance(info.value, LookupError)
    assert (info.value.source_currency, info.value.target_currency) == ("CNY", "USD")
    assert info.value.first_date == D(2005, 4, 1)


def test_a_currency_the_ecb_stopped_publishing() -> None:
    with pytest.raises(
        ab.RateUnavailableError, match="CYP rates run from 1999-01-04 to 2007-12-31"
    ):
        ab.convert(ab.Money("1", "CYP"), "EUR", on=D(2010, 1, 4))


@pytest.mark.parametrize(
    "bad", ["2025-01-27", datetime.datetime(2025, 1, 27), (2025, 1, 27), 20250127, None]
)
def test_on_must_be_a_date(bad: object) -> None:
    with pytest.raises(ab.DateTypeError, match=r"datetime\.date\(2025, 1, 27\)") as info:
        ab.convert(ab.Money("1", "USD"), "KRW", on=bad)  # type: ignore[arg-type]
    assert info.value.value == bad
    assert "fromisoformat" in str(info.value)


def test_on_is_required() -> None:
    with pytest.raises(TypeError):
        ab.convert(ab.Money("1", "USD"), "KRW")  # type: ignore[call-arg]


def test_negative_lookback_is_a_value_error() -> None:
    with pytest.raises(ab.InvalidArgumentError) as info:
        ab.convert(ab.Money("1", "USD"), "KRW", on=MONDAY, lookback_days=-1)
    assert isinstance(info.value, ValueError)
    with pytest.raises(ab.InvalidArgumentError):
        ab.convert(ab.Money("1", "USD"), "USD", on=MONDAY, lookback_days=-1)


def test_unknown_and_unavailable_currencies() -> None:
    with pytest.raises(ab.UnknownCurrencyError, match="KRW"):
        ab.convert(ab.Money("1", "USD"), "KWR", on=MONDAY)
    with pytest.raises(ab.RateUnavailableError, match="no XAU rates"):
        ab.convert(ab.Money("1", "USD"), "XAU", on=MONDAY)
    assert ab.convert(ab.Money("1", "USD"), "krw", on=MONDAY).result.currency == "KRW"


def test_convert_takes_money_only() -> None:
    with pytest.raises(ab.AmountTypeError, match="Money"):
        ab.convert(Decimal("1"), "KRW", on=MONDAY)  # type: ignore[arg-type]


def test_rates_must_be_a_rate_source() -> None:
    with pytest.raises(ab.InvalidArgumentError, match="not a rate source"):
        ab.convert(ab.Money("1", "USD"), "KRW", on=MONDAY, rates={"USD": 1})  # type: ignore[arg-type]


def test_identity_needs_no_table() -> None:
    class NoRates:
        def rate(self, *args: object, **kwargs: object) -> ab.rates.RateQuote:
            raise AssertionError("identity must not ask for a rate")

    money = ab.Money("12.5", "XAU")
    conversion = ab.convert(money, "XAU", on=D(1900, 1, 1), rates=NoRates())
    assert conversion.result is money
    assert (conversion.rate, conversion.method, conversion.rate_date) == (
        Decimal(1),
        "identity",
        D(1900, 1, 1),
    )


def test_fixed_rates_as_an_article_states_them() -> None:
    article = ab.rates.FixedRates({("USD", "KRW"): "1435"}, source="article")
    forward = ab.convert(ab.Money("5576000", "USD"), "KRW", on=MONDAY, rates=article)
    assert forward.result == ab.Money("8001560000", "KRW")
    back = ab.convert(ab.Money("1000", "KRW"), "USD", on=MONDAY, rates=article)
    # 1000 / 1435 rounded once, at 34 significant digits
    assert back.result.amount == Decimal("0.6968641114982578397212543554006969")
    assert back.method == "fixed"


def test_chain_falls_back_to_ecb() -> None:
    mine = ab.rates.chain(ab.rates.FixedRates({("USD", "KRW"): "1435"}, source="article"), ECB)
    assert ab.convert(ab.Money("1", "USD"), "KRW", on=MONDAY, rates=mine).result == ab.Money(
        "1435", "KRW"
    )
    assert ab.convert(ab.Money("1", "EUR"), "CNY", on=MONDAY, rates=mine).source == ECB.source


def test_results_ignore_a_hostile_decimal_context() -> None:
    """prec=3 with every trap on around the calls changes nothing."""
    cases = [
        (ab.Money("100", "USD"), "KRW", MONDAY, "previous"),
        (ab.Money("5576000", "USD"), "CNY", D(2025, 1, 25), "interpolate"),
        (ab.Money("0.01", "KRW"), "JPY", D(2024, 12, 25), "nearest"),
        (ab.Money("123456789.123456789", "GBP"), "EUR", D(2025, 1, 26), "next"),
    ]
    ECB._cache.clear()
    expected = [ab.convert(m, t, on=d, missing=p) for m, t, d, p in cases]  # type: ignore[arg-type]
    ECB._cache.clear()
    traps = dict.fromkeys(decimal.getcontext().traps, True)  # every signal, Inexact included
    with decimal.localcontext(prec=3, traps=traps):
        got = [ab.convert(m, t, on=d, missing=p) for m, t, d, p in cases]  # type: ignore[arg-type]
        assert [c.rate for c in got] == [c.rate for c in expected]
    assert got == expected


currencies = st.sampled_from(["USD", "KRW", "CNY", "JPY", "GBP", "EUR", "CHF", "INR"])
amounts = st.decimals(
    min_value=Decimal("0.01"), max_value=Decimal("1e12"), places=2, allow_nan=False
)
days = st.dates(min_value=D(2009, 1, 2), max_value=D(2026, 10, 30))  # INR starts 2009-01-02


@given(amount=amounts, a=currencies, b=currencies, day=days)
def test_round_trip_a_b_a(amount: Decimal, a: str, b: str, day: datetime.date) -> None:
    """A -> B -> A at the same day's rate returns the amount to within the 34-digit rounding."""
    there = ab.convert(ab.Money(amount, a), b, on=day, missing="nearest")
    back = ab.convert(there.result, a, on=day, missing="nearest")
    assert there.rate_date == back.rate_date
    assert abs(back.result.amount - amount) <= amount.scaleb(-30)
    assert back.result.amount.quantize(Decimal("0.01"), context=EXACT) == amount


@given(amount=amounts, a=currencies, b=currencies, day=days)
def test_cross_rate_is_through_eur(amount: Decimal, a: str, b: str, day: datetime.date) -> None:
    if a == b:
        return
    direct = ab.convert(ab.Money(amount, a), b, on=day, missing="previous")
    per_eur = {
        c: ECB.rate("EUR", c, direct.rate_date, missing="error").rate for c in (a, b) if c != "EUR"
    }
    per_eur["EUR"] = Decimal(1)
    assert direct.result.amount == DIVISION.divide(EXACT.multiply(amount, per_eur[b]), per_eur[a])
    assert direct.rate_date <= day


def test_a_period_figure_converts_at_the_last_published_rate_of_the_period() -> None:
    """Nvidia's fiscal 2026 Q2 ends on Sunday 2025-07-27: the rate is Friday's."""
    q2 = ab.FiscalPeriod("nvidia", 2026, quarter=2)
    revenue = ab.Money("46743000000", "USD")
    conversion = ab.convert_over_period(revenue, "EUR", period=q2)
    friday = ab.convert(revenue, "EUR", on=datetime.date(2025, 7, 25))
    assert (
        conversion.result == friday.result == ab.Money("39869498464.68781985670419651995906", "EUR")
    )
    assert (conversion.rate_date, conversion.method) == (datetime.date(2025, 7, 25), "previous")
    july = ab.convert_over_period(revenue, "EUR", period=ab.PartialDate(2025, 7))
    assert july.rate_date == datetime.date(2025, 7, 31)
