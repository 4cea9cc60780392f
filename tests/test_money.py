"""Money: exact amounts, one currency at a time, independent of the caller's decimal context."""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab


def test_amount_is_kept_exactly_as_a_decimal() -> None:
    money = ab.Money("5576000.10", "usd")
    assert money.amount == Decimal("5576000.10")
    assert money.currency == "USD"
    assert ab.Money(5, "KRW").amount == Decimal(5)
    assert ab.Money(Decimal("1.5"), "CNY").amount == Decimal("1.5")


def test_repr_shows_the_amount_as_written_and_the_code() -> None:
    assert repr(ab.Money("5576000", "USD")) == "Money('5576000', 'USD')"
    assert repr(ab.Money("5.576E+6", "USD")) == "Money('5576000', 'USD')"
    assert str(ab.Money("1.50", "CNY")) == "1.50 CNY"


def test_float_amount_is_a_type_error_that_says_to_pass_a_string() -> None:
    with pytest.raises(ab.AmountTypeError, match=r"pass a string such as '0\.1'") as info:
        ab.Money(0.1, "USD")  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert info.value.value == 0.1


@pytest.mark.parametrize("bad", [True, None, [1], b"1"])
def test_other_amount_types_are_refused(bad: object) -> None:
    with pytest.raises(ab.AmountTypeError, match="expected an int, a str"):
        ab.Money(bad, "USD")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad", ["NaN", "inf", "-Infinity", "sNaN", Decimal("NaN"), "1,000", "abc", ""]
)
def test_non_finite_or_malformed_amounts_are_value_errors(bad: object) -> None:
    with pytest.raises(ab.InvalidAmountError) as info:
        ab.Money(bad, "USD")  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    assert info.value.value == bad or str(info.value.value) == str(bad)


def test_unknown_currency_names_the_code_and_suggests() -> None:
    with pytest.raises(ab.UnknownCurrencyError) as info:
        ab.Money("1", "WON")
    assert info.value.code == "WON"
    assert info.value.suggestions[0] == "KRW"
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, LookupError)


def test_same_currency_arithmetic() -> None:
    usd = ab.Money("5576000", "USD")
    assert usd + ab.Money("0.5", "USD") == ab.Money("5576000.5", "USD")
    assert usd - ab.Money("576000", "USD") == ab.Money("5000000", "USD")
    assert -usd == ab.Money("-5576000", "USD")
    assert abs(-usd) == usd
    assert usd * 2 == ab.Money("11152000", "USD")
    assert 2 * usd == ab.Money("11152000", "USD")
    assert usd * Decimal("0.056") == ab.Money("312256", "USD")
    assert usd / 4 == ab.Money("1394000", "USD")
    assert usd / ab.Money("1000000", "USD") == Decimal("5.576")
    assert sum([usd, usd, usd]) == ab.Money("16728000", "USD")


def test_comparisons_within_a_currency() -> None:
    assert ab.Money("1", "USD") < ab.Money("2", "USD") <= ab.Money("2.00", "USD")
    assert ab.Money("3", "USD") > ab.Money("2", "USD") >= ab.Money("2", "USD")
    assert ab.Money("1.0", "USD") == ab.Money("1", "USD")
    assert hash(ab.Money("1.0", "USD")) == hash(ab.Money("1", "USD"))
    assert ab.Money("1", "USD") != ab.Money("1", "KRW")
    assert sorted([ab.Money(3, "KRW"), ab.Money(1, "KRW")])[0] == ab.Money(1, "KRW")


@pytest.mark.parametrize(
    ("operation", "verb"),
    [
        (lambda a, b: a + b, "add"),
        (lambda a, b: a - b, "subtract"),
        (lambda a, b: a < b, "compare"),
        (lambda a, b: a / b, "divide"),
    ],
)
def test_mixed_currencies_raise_naming_both(operation: object, verb: str) -> None:
    with pytest.raises(ab.CurrencyMismatchError, match=f"cannot {verb} USD and KRW") as info:
        operation(ab.Money("1", "USD"), ab.Money("1", "KRW"))  # type: ignore[operator]
    assert (info.value.left, info.value.right) == ("USD", "KRW")


def test_money_does_not_mix_with_plain_numbers_in_addition() -> None:
    with pytest.raises(TypeError):
        ab.Money("1", "USD") + 1  # type: ignore[operator]
    with pytest.raises(ab.AmountTypeError):
        ab.Money("1", "USD") * 1.5  # type: ignore[operator]
    with pytest.raises(ab.AmountTypeError, match="multiply money by money"):
        ab.Money("1", "USD") * ab.Money("1", "USD")  # type: ignore[operator]
    with pytest.raises(ab.InvalidAmountError, match="by zero"):
        ab.Money("1", "USD") / 0


def test_rounding_to_the_minor_unit_names_its_mode() -> None:
    assert ab.Money("143207.5", "KRW").rounded(decimal.ROUND_HALF_EVEN) == ab.Money(143208, "KRW")
    assert ab.Money("143206.5", "KRW").rounded(decimal.ROUND_HALF_EVEN) == ab.Money(143206, "KRW")
    assert ab.Money("2.345", "USD").rounded(decimal.ROUND_HALF_UP).amount == Decimal("2.35")
    assert ab.Money("2.345", "USD").rounded(decimal.ROUND_DOWN).amount == Decimal("2.34")
    assert ab.Money("1.5", "JPY").rounded(decimal.ROUND_CEILING) == ab.Money(2, "JPY")
    with pytest.raises(ab.InvalidArgumentError, match="not a rounding mode"):
        ab.Money("1", "USD").rounded("nearest")


@pytest.mark.parametrize(
    ("amount", "significant", "expected"),
    [
        ("7985223855.650522317188983855650522", 2, "8000000000"),  # "약 80억원"
        ("7985223855.650522317188983855650522", 3, "7990000000"),
        ("558123456", 3, "558000000"),  # "5억5800만달러"
        ("5576000", 2, "5600000"),
        ("5576000", 7, "5576000"),
        ("0.0012345", 2, "0.0012"),
        ("9.96", 2, "10"),  # the carry adds a digit, so one is dropped
        ("-7985223855.65", 1, "-8000000000"),
        ("0", 3, "0"),
    ],
)
def test_rounding_to_significant_digits_as_news_does(
    amount: str, significant: int, expected: str
) -> None:
    rounded = ab.Money(amount, "KRW").rounded(decimal.ROUND_HALF_EVEN, significant=significant)
    assert rounded == ab.Money(expected, "KRW")
    assert repr(rounded.amount) == repr(Decimal(expected))  # no exponent form: '8.0E+9'


def test_rounding_to_places_and_to_significant_digits_follows_the_mode() -> None:
    half = ab.Money("125", "KRW")
    assert half.rounded(decimal.ROUND_HALF_EVEN, significant=2).amount == 120
    assert half.rounded(decimal.ROUND_HALF_UP, significant=2).amount == 130
    assert half.rounded(decimal.ROUND_FLOOR, places=-1).amount == 120
    money = ab.Money("2.345", "USD")
    assert money.rounded(decimal.ROUND_HALF_UP, places=1).amount == Decimal("2.3")
    assert ab.Money("2.345", "USD").rounded(decimal.ROUND_UP, places=0) == ab.Money(3, "USD")


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"places": 2, "significant": 2}, "places=2 or to significant=2, not both"),
        ({"significant": 0}, "significant=0 is not a number of digits"),
        ({"significant": -1}, "significant=-1 is not a number of digits"),
        ({"significant": True}, "significant=True is not a number of digits"),
        ({"significant": 2.0}, "significant=2.0 is not a number of digits"),
        ({"places": "2"}, "places='2' is not a whole number of decimals"),
    ],
)
def test_rounding_refuses_bad_options_naming_them(options: dict[str, object], match: str) -> None:
    with pytest.raises(ab.InvalidArgumentError, match=match):
        ab.Money("5576000", "USD").rounded(decimal.ROUND_HALF_EVEN, **options)  # type: ignore[arg-type]
    with pytest.raises(ab.InvalidArgumentError, match=match):
        ab.round_decimal(Decimal("5576000"), decimal.ROUND_HALF_EVEN, **options)  # type: ignore[arg-type]


def test_a_plain_decimal_needs_places_or_significant_digits() -> None:
    """Money falls back on its currency's minor unit; a bare number has none."""
    with pytest.raises(ab.InvalidArgumentError, match="neither was given") as info:
        ab.round_decimal(Decimal("5.576"), decimal.ROUND_HALF_EVEN)
    assert info.value.name == "places"
    with pytest.raises(ab.AmountTypeError, match="float"):
        ab.round_decimal(5.576, decimal.ROUND_HALF_EVEN, places=1)  # type: ignore[arg-type]
    with pytest.raises(ab.InvalidArgumentError, match="not a rounding mode"):
        ab.round_decimal(Decimal("5.576"), "half-even", places=1)


@given(
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15),
    st.integers(min_value=1, max_value=12),
)
def test_significant_rounding_keeps_at_most_n_digits_within_half_a_unit(
    value: Decimal, significant: int
) -> None:
    rounded = ab.round_decimal(value, decimal.ROUND_HALF_EVEN, significant=significant)
    digits = rounded.normalize().as_tuple().digits
    assert len(digits) <= significant or rounded == 0
    if value:
        half_unit = Decimal(5).scaleb(value.adjusted() - significant)
        assert abs(rounded - value) <= half_unit


def test_allocate_splits_without_losing_a_minor_unit() -> None:
    parts = ab.Money("100", "USD").allocate([1, 1, 1])
    assert parts == (ab.Money("33.34", "USD"), ab.Money("33.33", "USD"), ab.Money("33.33", "USD"))
    assert ab.Money("-10", "KRW").allocate([1, 2]) == (ab.Money(-3, "KRW"), ab.Money(-7, "KRW"))
    assert ab.Money("5", "KRW").allocate([1, 0]) == (ab.Money(5, "KRW"), ab.Money(0, "KRW"))


@pytest.mark.parametrize("ratios", [[], [0, 0], [1, -1], [1.5]])
def test_allocate_refuses_ratios_that_cannot_share(ratios: list[object]) -> None:
    with pytest.raises((ab.InvalidArgumentError, ab.AmountTypeError)):
        ab.Money("1", "USD").allocate(ratios)  # type: ignore[arg-type]


def test_allocate_refuses_amounts_finer_than_the_minor_unit() -> None:
    with pytest.raises(ab.InvalidAmountError, match="round it first"):
        ab.Money("0.005", "USD").allocate([1, 1])


minor_amounts = st.integers(min_value=-(10**15), max_value=10**15)
ratio_lists = st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=12).filter(
    any
)


@given(cents=minor_amounts, ratios=ratio_lists)
def test_allocation_adds_up_and_each_part_is_within_one_minor_unit(
    cents: int, ratios: list[int]
) -> None:
    money = ab.Money(Decimal(cents).scaleb(-2), "USD")
    parts = money.allocate(ratios)
    assert sum(parts) == money
    total = sum(ratios)
    for part, ratio in zip(parts, ratios, strict=True):
        ideal = money.amount * ratio / total
        assert abs(part.amount - ideal) < Decimal("0.01")
        assert part.amount == part.amount.quantize(Decimal("0.01"))


def test_results_do_not_depend_on_a_hostile_decimal_context() -> None:
    usd = ab.Money("5576000.123456", "USD")
    expected_product = usd * Decimal("1434.7235")
    expected_quotient = usd / 7
    with decimal.localcontext() as hostile:
        hostile.prec = 3
        hostile.rounding = decimal.ROUND_FLOOR
        for trap in hostile.traps:
            hostile.traps[trap] = True
        assert usd * Decimal("1434.7235") == expected_product
        assert usd / 7 == expected_quotient
        assert (usd + usd).amount == Decimal("11152000.246912")
        assert ab.Money("123456789.123", "USD").amount == Decimal("123456789.123")
        assert usd.rounded(decimal.ROUND_HALF_EVEN).amount == Decimal("5576000.12")
        assert ab.Money("100", "USD").allocate([1, 1, 1])[0].amount == Decimal("33.34")
    assert expected_product.amount == Decimal("8000018413.1252244160")
    assert expected_quotient.amount == Decimal("796571.4462080000000000000000000000")


def test_money_is_immutable() -> None:
    money = ab.Money("1", "USD")
    with pytest.raises(AttributeError):
        money.amount = Decimal(2)  # type: ignore[misc]
