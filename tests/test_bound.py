"""The bound on amounts: between 10^-40 and 10^40 in size, or zero, checked where amounts are made.

Issue 18's repros: amounts such as "1E+999999" were accepted, then formatting or splitting them
ran for tens of seconds and "1E+999999999999999999" raised MemoryError in its repr.
"""

from __future__ import annotations

import datetime
import decimal
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab
from aibrief._core.decimal import BOUND_DIGITS, LITERAL_LENGTH, bounded

OUTSIDE = ["1E+999999", "1E+999999999999999999", "1E+40", "-1E+40", "1E-41", "0E-41", "0E+40"]
INSIDE = ["9" * 40, "-" + "9" * 40, "1E-40", "0." + "0" * 39 + "1", "0E-40", "0E+39", "5576000"]


@pytest.mark.parametrize("amount", OUTSIDE)
def test_money_outside_the_bound_is_refused(amount: str) -> None:
    with pytest.raises(ab.InvalidAmountError, match="outside the bound") as caught:
        ab.Money(amount, "USD")
    assert caught.value.value == amount


@pytest.mark.parametrize("amount", INSIDE)
def test_money_inside_the_bound_is_kept_exactly(amount: str) -> None:
    assert ab.Money(amount, "USD").amount == Decimal(amount)


def test_the_bound_applies_to_ints_decimals_and_long_text() -> None:
    with pytest.raises(ab.InvalidAmountError, match="outside the bound"):
        ab.Money(10**BOUND_DIGITS, "USD")
    with pytest.raises(ab.InvalidAmountError, match="outside the bound"):
        ab.Money(-(10 ** (10**5)), "USD")  # refused before the slow conversion to Decimal
    with pytest.raises(ab.InvalidAmountError, match="outside the bound"):
        ab.Money(Decimal("1E+999999"), "USD")
    with pytest.raises(ab.InvalidAmountError, match="101 characters long"):
        ab.Money("0" * (LITERAL_LENGTH + 1), "USD")
    assert ab.Money("0" * LITERAL_LENGTH, "USD").amount == 0


def test_a_refused_megabyte_of_digits_is_shown_shortened() -> None:
    with pytest.raises(ab.InvalidAmountError) as caught:
        ab.Money("1" * 10**6, "USD")
    assert len(str(caught.value)) < 300


def test_arithmetic_that_leaves_the_bound_is_refused() -> None:
    big = ab.Money("9" * 39, "USD")
    with pytest.raises(ab.InvalidAmountError, match="result"):
        big * 100
    with pytest.raises(ab.InvalidAmountError, match="result"):
        big + big + big + big + big + big + big + big + big + big + big
    with pytest.raises(ab.InvalidAmountError, match="result"):
        ab.Money("1E-40", "USD") / 3
    with pytest.raises(ab.InvalidAmountError, match="result"):
        ab.convert(ab.Money("1E+39", "USD"), "KRW", on=datetime.date(2025, 1, 27))


def test_a_computed_zero_keeps_at_most_forty_places() -> None:
    assert bounded(Decimal("0E-45")) == 0
    assert bounded(Decimal("0E-45")).as_tuple().exponent == -BOUND_DIGITS
    assert (ab.Money("0.0000000000000000000000000", "USD") * Decimal("1E-20")).amount == 0


@given(
    st.decimals(
        min_value=Decimal("-1E+39"),
        max_value=Decimal("1E+39"),
        allow_nan=False,
        allow_infinity=False,
    ).filter(lambda d: d == 0 or abs(d.adjusted()) <= 30),
    st.lists(st.integers(1, 100), min_size=1, max_size=5),
)
def test_every_operation_on_an_amount_inside_the_bound_works(
    amount: Decimal, ratios: list[int]
) -> None:
    """Format, repr, round, split and convert an amount anywhere in the bound (each in ms)."""
    money = ab.Money(amount, "USD")
    assert Decimal(repr(money).split("'")[1]) == money.amount
    for style in ("standard", "compact", "news"):
        ab.format_amount(money, locale="en", style=style)
    whole = money.rounded(decimal.ROUND_HALF_EVEN)
    assert sum(whole.allocate(ratios), ab.Money(0, "USD")) == whole
    ab.convert(money / 10**9, "KRW", on=datetime.date(2025, 1, 27))


def test_format_of_the_issue_repros_is_quick() -> None:
    """``format 1E-999999 USD --style compact`` printed a traceback; now the amount is refused."""
    with pytest.raises(ab.InvalidAmountError):
        ab.format_amount(ab.Money("1E-999999", "USD"), locale="en", style="compact")
