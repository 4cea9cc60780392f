"""Every repro of issue 18 gets an aibrief error (or exit 2), and quickly.

A fuzzing run over the public API found 22 failures at the edges: bare Python errors, amounts
that took tens of seconds to format, a caller's decimal context leaking in, a loader that
disagreed with its schema and a command that printed tracebacks. Each is pinned here, in the
order of the issue (the columns repros are issue 15's, in tests/test_convert_many.py).
"""

from __future__ import annotations

import datetime
import decimal

import pytest

import aibrief as ab

# --- Crashes outside the hierarchy ----------------------------------------------------------


@pytest.mark.parametrize("read", [ab.parse_amount, ab.find_amounts])
def test_a_run_of_4301_digits_is_a_parse_error(read: object) -> None:
    with pytest.raises(ab.ParseError, match="4301 digits in a row at position 0") as caught:
        read("1" * 4301)  # type: ignore[operator]
    assert caught.value.reason == "unrecognised"
    assert caught.value.position == 0


def test_numbers_nested_in_parentheses_are_read_without_recursing() -> None:
    with pytest.raises(ab.ParseError):
        ab.parse_amount("1만(" * 331)
    found = ab.find_amounts("1만(" * 331 + "원")
    assert all(isinstance(item, ab.ParsedAmount) for item in found)


def test_prices_after_prices_are_read_without_recursing() -> None:
    found = ab.find_amounts("100만토큰당 " * 400 + "1위안")
    assert found[-1].currency == "CNY"


def test_a_numeral_run_is_read_once() -> None:
    """ "一" repeated was read again from each character: 200 kB took a minute."""
    assert ab.find_amounts(("一" * 99 + "x") * 2000) == []


def test_a_date_before_year_1_is_a_parse_error() -> None:
    with pytest.raises(ab.ParseError, match="outside the years 1 to 9999") as caught:
        ab.parse_date("어제", reference=datetime.date.min)
    assert caught.value.reason == "invalid_date"
    with pytest.raises(ab.ParseError):
        ab.parse_date("내일", reference=datetime.date.max)


def test_a_long_run_of_spaces_in_a_date_is_read_once() -> None:
    with pytest.raises(ab.ParseError):
        ab.parse_date(" " * 100_000 + "x", reference=datetime.date(2025, 1, 27))


# --- Amounts no one can use -----------------------------------------------------------------


@pytest.mark.parametrize("amount", ["1E+999999", "1E+999999999999999999", "1E-999999"])
def test_an_amount_outside_the_bound_is_refused_at_once(amount: str) -> None:
    with pytest.raises(ab.InvalidAmountError, match="outside the bound"):
        ab.Money(amount, "USD")


def test_a_parsed_amount_outside_the_bound_is_refused() -> None:
    with pytest.raises(ab.InvalidAmountError, match="outside the bound"):
        ab.parse_amount("1" * 60 + "달러")
    with pytest.raises(ab.InvalidAmountError, match="outside the bound"):
        ab.find_amounts("매출 " + "9" * 45 + "억원")


# --- The caller's decimal context -----------------------------------------------------------


def test_a_hostile_context_does_not_leak_into_approx() -> None:
    with decimal.localcontext(prec=5, traps=[decimal.Rounded]):
        approx = ab.Approx(ab.Money("8000000000", "USD"), "about")
    assert approx.low == ab.Money("7600000000.00", "USD")
