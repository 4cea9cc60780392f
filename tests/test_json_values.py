"""Values in JSON: each is read back equal, and a wrong shape is refused with its reason."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given

import aibrief as ab
from aibrief._serialization.values import QuantityType, read_value, write_value
from strategies import amounts, values

ANY: frozenset[type] = frozenset({Decimal, ab.Money, ab.Approx, QuantityType})


@given(values)
def test_every_value_is_read_back_equal_and_of_its_own_type(value: object) -> None:
    read = read_value(write_value(value), ANY)
    assert read == value
    assert type(read) is type(value)


@given(amounts)
def test_an_approximate_amount_keeps_its_bounds_in_money(
    value: ab.Money | ab.Approx[ab.Money],
) -> None:
    read = read_value(write_value(value), frozenset({ab.Money, ab.Approx}))
    if isinstance(read, ab.Approx):
        bounds = [bound for bound in (read.low, read.high) if bound is not None]
        assert {type(read.value), *map(type, bounds)} == {ab.Money}
        assert (read.low_open, read.high_open) == (value.low_open, value.high_open)  # type: ignore[union-attr]


def test_an_approx_without_its_flags_derives_its_bounds() -> None:
    read = read_value({"value": "80", "qualifier": "about"}, ANY)
    assert read == ab.Approx(Decimal(80), "about")
    assert (read.low, read.high) == (Decimal("76.00"), Decimal("84.00"))


@pytest.mark.parametrize(
    ("obj", "allowed", "error", "message"),
    [
        (5.5, ANY, TypeError, "expected a number as a string or"),
        ({"magnitude": "1", "unit": 5}, ANY, TypeError, "unit must be a string"),
        ({"amount": "1", "currency": "USD", "x": 1}, ANY, ValueError, r"unexpected keys \['x'\]"),
        ({"amount": "1", "currency": 5}, ANY, TypeError, "expected a string, got 5"),
        ({"amount": "1", "currency": "WON"}, ANY, ab.UnknownCurrencyError, "'WON'"),
        ({"value": "1", "qualifier": "roughly"}, ANY, ValueError, "qualifier 'roughly'"),
        ({"value": "1", "qualifier": "about", "low_open": 1}, ANY, TypeError, "low_open"),
        (
            {"value": "5", "qualifier": "range", "low": "6", "high": "4"}
            | {"low_open": False, "high_open": False},
            ANY,
            ValueError,
            "above high",
        ),
        (
            {"value": "1", "qualifier": "about"},
            frozenset({ab.Money, ab.Approx}),
            TypeError,
            "amount",
        ),
        (None, frozenset({Decimal}), TypeError, "expected a number as a string, got None"),
    ],
)
def test_wrong_shapes_are_refused(
    obj: object, allowed: frozenset[type], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        read_value(obj, allowed)
