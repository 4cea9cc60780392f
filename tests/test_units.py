"""The shared unit registry, Money with quantities, and currency conversion inside units."""

from __future__ import annotations

import datetime
import decimal
import subprocess
import sys
import textwrap
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab
from aibrief._core.data import data_path
from aibrief._core.decimal import DIVISION, EXACT, to_decimal
from aibrief._units import definitions as _unit_definitions
from aibrief._units import registry as _units
from aibrief._units.registry import multiply_money

JAN_27 = datetime.date(2025, 1, 27)


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_import_does_not_load_pint() -> None:
    """`import aibrief` and touching ab.ureg / ab.Q_ build nothing."""
    out = _run(
        """
        import sys, aibrief as ab
        ab.ureg, ab.Q_
        print("pint" in sys.modules)
        """
    )
    assert out == "False"


def test_concurrent_first_use_builds_one_registry() -> None:
    """Many threads asking at once all get the same registry."""
    out = _run(
        """
        import threading, aibrief as ab
        seen, barrier = [], threading.Barrier(16)
        def use():
            barrier.wait()
            seen.append(id(ab.ureg()))
            ab.Q_(1, "token")
        threads = [threading.Thread(target=use) for _ in range(16)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        print(len(seen), len(set(seen)))
        """
    )
    assert out == "16 1"


def test_money_times_percent_is_exact_money() -> None:
    result = ab.Money("5576000", "USD") * ab.Q_(5.6, "percent")
    assert result == ab.Money("312256", "USD")
    assert ab.Q_(5.6, "percent") * ab.Money("100", "USD") == ab.Money("5.6", "USD")
    assert ab.Money("100", "USD") * ab.Q_(3, "permille") == ab.Money("0.3", "USD")


def test_price_per_token_and_back_to_money() -> None:
    price = ab.Money("2", "CNY") / ab.Q_(1_000_000, "token")
    assert price.magnitude == Decimal("0.000002")
    assert isinstance(price.magnitude, Decimal)
    assert str(price.units) == "CNY / token"
    assert price * ab.Q_(3e9, "token") == ab.Money("6000", "CNY")
    assert ab.Q_(3e9, "token") * price == ab.Money("6000", "CNY")


def test_units_that_cancel_after_conversion_give_money() -> None:
    hourly = ab.Money("60", "USD") / ab.Q_(1, "hour")
    assert hourly * ab.Q_(30, "minute") == ab.Money("30", "USD")


def test_money_divided_by_percent_is_the_whole() -> None:
    whole = ab.Money("5576000", "USD") / ab.Q_("5.6", "percent")
    assert whole == ab.Money("99571428.57142857142857142857142857", "USD")


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=4, max_value=10**12, min_value=-(10**12)
    )
)
def test_money_quantity_round_trip(amount: Decimal) -> None:
    money = ab.Money(amount, "KRW")
    assert ab.Money.from_quantity(money.to_quantity()) == money


def test_float_money_magnitudes_are_refused() -> None:
    with pytest.raises(ab.AmountTypeError):
        ab.Q_(0.5, "USD")
    with pytest.raises(ab.AmountTypeError):
        ab.Q_(0.5, "USD / token")
    float_percent = ab.ureg().Quantity(5.6, "percent")
    with pytest.raises(ab.AmountTypeError):
        multiply_money(ab.Money("1", "USD"), float_percent)


def test_float_counts_become_their_printed_decimal() -> None:
    assert ab.Q_(5.6, "percent").magnitude == Decimal("5.6")
    assert ab.Q_(3e9, "token").magnitude == Decimal("3000000000")


def test_currencies_never_convert_implicitly() -> None:
    with pytest.raises(ab.UnitError) as info:
        ab.Q_(1, "USD").to("EUR")
    assert (info.value.left, info.value.right) == ("USD", "EUR")


def test_adding_money_to_a_count_names_both_units() -> None:
    with pytest.raises(ab.UnitError) as info:
        ab.Money("5", "USD") + ab.Q_(3, "token")
    assert isinstance(info.value, TypeError)
    assert (info.value.left, info.value.right) == ("USD", "token")


def test_adding_money_to_a_currency_quantity() -> None:
    assert ab.Money("5", "USD") + ab.Q_(2, "USD") == ab.Money("7", "USD")
    assert ab.Money("5", "USD") - ab.Q_(2, "USD") == ab.Money("3", "USD")
    with pytest.raises(ab.CurrencyMismatchError):
        ab.Money("5", "USD") + ab.Q_(2, "EUR")


def test_pint_dimensionality_errors_become_unit_errors() -> None:
    with pytest.raises(ab.UnitError) as info:
        ab.Q_(1, "token") + ab.Q_(1, "gpu")
    assert (info.value.left, info.value.right) == ("token", "gpu")


def test_percentage_points_are_not_percent() -> None:
    assert ab.Q_(25, "basis_point").to("percentage_point") == ab.Q_("0.25", "pp")
    with pytest.raises(ab.UnitError):
        ab.Q_(1, "percentage_point").to("percent")


def test_a_multiple_is_a_plain_number() -> None:
    """2 times is 200 percent; "times" has no symbol, so "x" stays free."""
    assert ab.Q_(2, "times").to("percent") == ab.Q_(200, "percent")
    assert ab.Q_(150, "percent").to("times").magnitude == Decimal("1.5")
    assert ab.Q_(3, "times").dimensionless
    assert ab.ureg().Unit("times").dimensionless


def test_counting_and_time_units() -> None:
    assert ab.Q_(2, "people").units == ab.ureg().Unit("person")
    assert ab.Q_(1, "month").to("day").magnitude == Decimal("30.4375")
    assert ab.Q_(200, "ms").to("second").magnitude == Decimal("0.2")
    assert ab.Q_(1, "GPU").units == ab.ureg().Unit("gpu")


def test_every_known_currency_is_a_unit() -> None:
    registry = ab.ureg()
    for code in ab.known_currencies():
        assert str(registry.Unit(code)) == code


def test_convert_quantity_uses_the_dated_rate() -> None:
    price = ab.Money("2", "CNY") / ab.Q_(1_000_000, "token")
    usd = ab.convert_quantity(price, "USD", on=JAN_27)
    rate = ab.Money("1", "CNY").to("USD", on=JAN_27).amount
    assert str(usd.units) == "USD / token"
    assert usd.magnitude == EXACT.multiply(Decimal("0.000002"), rate)
    per_dollar = ab.Q_(500, "token / USD")
    assert ab.convert_quantity(per_dollar, "USD", on=JAN_27) is per_dollar
    with pytest.raises(ab.UnitError):
        ab.convert_quantity(ab.Q_(3, "token"), "USD", on=JAN_27)


def test_from_quantity_refuses_non_money() -> None:
    with pytest.raises(ab.UnitError):
        ab.Money.from_quantity(ab.Q_(3, "USD / token"))


def test_load_pint_units_adds_the_full_set() -> None:
    out = _run(
        """
        import aibrief as ab
        ab.Q_(1, "token")
        ab.load_pint_units()
        print(ab.Q_(3, "kilowatt_hour").to("megajoule").magnitude, ab.Q_(1, "pp").units,
              ab.Q_(1, "month").to("day").magnitude, ab.Money("1", "USD") * ab.Q_(5, "percent"))
        """
    )
    assert out == "10.800 percentage_point 30.4375 0.05 USD"


def test_definitions_are_what_pints_parser_makes_of_units_txt() -> None:
    """aibrief reads units.txt itself (pint's parser is slow): the definitions must not differ."""
    import pint

    path = data_path(_unit_definitions.DEFINITIONS)
    text = path.read_text(encoding="utf-8")
    with decimal.localcontext(DIVISION):
        parsed: Any = pint.UnitRegistry(str(path), non_int_type=Decimal, cache_folder=None)
        built: Any = pint.UnitRegistry(None, non_int_type=Decimal, cache_folder=None)
        for definition in _unit_definitions.definitions(text):
            built.define(definition)

    def described(registry: Any) -> dict[str, tuple[object, ...]]:
        return {
            key: (
                unit.name,
                unit.symbol,
                unit.aliases,
                repr(unit.converter.scale),
                sorted((name, repr(exponent)) for name, exponent in unit.reference.items()),
                unit.is_base,
            )
            for key, unit in registry._units.items()
        }

    assert described(built) == described(parsed)
    assert set(built._dimensions) == set(parsed._dimensions)
    assert "percentage_point" in described(built)


def test_bare_unit_names_are_looked_up_as_pint_parses_them() -> None:
    """The look-up that skips pint's parser gives pint's units, with pint's full set loaded too."""
    out = _run(
        """
        import aibrief as ab
        from aibrief._units import registry as _units
        ab.load_pint_units()
        registry = ab.ureg()
        names = [n for n in list(registry._units) if _units._BARE_NAME.fullmatch(n)]
        names += ["tokens", "kilotoken", "USDs", "kiloUSD", "KRW", "dimensionless"]
        differ = [n for n in names if _units._unit_from_text(n) != registry.Unit(n)]
        print(len(names) > 800, differ)
        """
    )
    assert out == "True []"


def test_currencies_are_defined_on_first_use() -> None:
    """Each currency becomes a unit the first time any unit text names it."""
    out = _run(
        """
        import aibrief as ab
        registry = ab.ureg()
        before = "KRW" in registry._units
        print(before, "KRW" in registry, ab.Q_(1, "CNY / token").units, ab.Q_(2, "EURs").units,
              ab.Money("3", "JPY").to_quantity(), registry.get_dimensionality("GBP"))
        """
    )
    assert out == "False True CNY / token EUR 3 JPY [currency_GBP]"


@given(
    st.one_of(
        st.integers(),
        st.decimals(),
        st.floats(),
        st.booleans(),
        st.none(),
        st.text(max_size=12),
        st.decimals(allow_nan=False, allow_infinity=False).map(lambda d: f" {d}\n"),
    )
)
def test_exact_decimal_is_to_decimal(value: object) -> None:
    """The hot paths' quicker conversion gives to_decimal's result, or its error."""

    def outcome(convert: Any) -> tuple[object, ...]:
        try:
            result = convert(value)
        except Exception as error:  # the error itself is what is compared
            return ("error", type(error), str(error))
        return ("ok", type(result), repr(result))

    assert outcome(lambda v: _units.exact_decimal(v, "n")) == outcome(
        lambda v: to_decimal(v, name="n")
    )
