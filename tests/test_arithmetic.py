"""The named arithmetic of news: percent of, whole from part, fractions, changes."""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab

D = Decimal


def test_whole_from_part_exact_value() -> None:
    whole = ab.whole_from_part(ab.Money("5576000", "USD"), "5.6")
    assert whole == ab.Money("99571428.57142857142857142857142857", "USD")
    assert ab.whole_from_part(ab.Money("5576000", "USD"), ab.Q_(5.6, "percent")) == whole


def test_percent_of() -> None:
    assert ab.percent_of("5.6", ab.Money("1000", "USD")) == ab.Money("56", "USD")
    assert ab.percent_of(ab.Q_(5.6, "percent"), 1000) == D(56)
    assert ab.percent_of(10, ab.Q_(300, "gpu")) == ab.Q_(30, "gpu")


def test_fraction_of_accepts_fractions_text_and_pairs() -> None:
    seventy = ab.Money("70", "CNY")
    assert ab.fraction_of(Fraction(1, 70), seventy) == ab.Money("1", "CNY")
    assert ab.fraction_of("1/70", seventy) == ab.Money("1", "CNY")
    assert ab.fraction_of((1, 70), seventy) == ab.Money("1", "CNY")
    with pytest.raises(ab.InvalidArgumentError):
        ab.fraction_of((1, 0), seventy)


def test_times() -> None:
    assert ab.times(3, ab.Money("1.5", "USD")) == ab.Money("4.5", "USD")
    assert ab.times(2, ab.Approx(5, "about")) == ab.Approx(10, "about")


def test_percent_and_percentage_points_stay_distinct() -> None:
    assert ab.percentage_point_change(3, 4) == ab.Q_(1, "percentage_point")
    change = ab.percent_change(3, 4)
    assert change == ab.Q_("33.33333333333333333333333333333333", "percent")
    assert ab.apply_change(ab.Q_(3, "percent"), ab.Q_(1, "percentage_point")) == ab.Q_(4, "percent")
    assert ab.apply_change(3, ab.Q_(100, "basis_point")) == D(4)


def test_apply_change() -> None:
    assert ab.apply_change(ab.Money("200", "USD"), ab.Q_(-17, "percent")) == ab.Money("166", "USD")
    assert ab.apply_change(ab.Money("200", "USD"), -17) == ab.Money("166", "USD")


def test_approx_inputs_give_approx_outputs() -> None:
    share = ab.percent_of(ab.Approx(5, "about"), ab.Money("100", "USD"))
    assert (share.low, share.high) == (ab.Money("4.75", "USD"), ab.Money("5.25", "USD"))
    change = ab.percent_change(ab.Approx(100, "exact"), ab.Approx(110, "about"))
    assert change.contains(ab.Q_(10, "percent"))
    assert change.contains(ab.Q_("15.5", "percent"))
    assert not change.contains(ab.Q_(16, "percent"))


def test_mismatched_units_raise_unit_error() -> None:
    with pytest.raises(ab.UnitError):
        ab.percent_of(5, datetime.date(2025, 1, 27))
    with pytest.raises(ab.UnitError):
        ab.percent_of(ab.Q_(3, "token"), ab.Money("1", "USD"))
    with pytest.raises(ab.UnitError):
        ab.percent_change(ab.Money("1", "USD"), ab.Q_(2, "token"))


def test_zero_bases_are_refused() -> None:
    with pytest.raises(ab.InvalidAmountError):
        ab.percent_change(0, 5)
    with pytest.raises(ab.InvalidAmountError):
        ab.whole_from_part(ab.Money("5", "USD"), 0)


@given(
    st.decimals(min_value=D("0.01"), max_value=100, places=2),
    st.decimals(min_value=-(10**12), max_value=10**12, places=2),
)
def test_whole_from_part_undoes_percent_of(percent: D, amount: D) -> None:
    whole = ab.Money(amount, "EUR")
    assert ab.whole_from_part(ab.percent_of(percent, whole), percent) == whole


@given(st.integers(1, 10**6), st.integers(1, 10**6))
def test_percent_change_then_apply_change_round_trips(old: int, new: int) -> None:
    change = ab.percent_change(old, new)
    assert abs(ab.apply_change(D(old), change) - new) < D("1e-25")
