"""The named arithmetic of news: percent of, whole from part, fractions, changes."""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import aibrief as ab
from aibrief._quantities import arithmetic as _arithmetic

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


def test_money_where_a_percent_is_meant_suggests_swapped_arguments() -> None:
    cost = ab.Money("5576000", "USD")
    swapped: list[tuple[Any, ...]] = [
        (ab.percent_of, cost, "5.6", "percent"),
        (ab.whole_from_part, cost, cost, "percent"),
        (ab.apply_change, cost, cost, "change"),
    ]
    for function, first, second, name in swapped:
        with pytest.raises(ab.UnitError, match=f"; {name} takes a number of percent .* order"):
            function(first, second)


def test_floats_are_refused_with_what_to_pass() -> None:
    with pytest.raises(ab.AmountTypeError, match=r"^percent 5\.6 is a float, .* '5\.6'"):
        ab.percent_of(5.6, ab.Money("100", "USD"))
    with pytest.raises(ab.AmountTypeError, match=r"^whole 3\.0 is a float"):
        ab.percent_of("5.6", 3.0)
    with pytest.raises(ab.AmountTypeError, match=r"^old 1\.5 is a float"):
        ab.percent_change(1.5, 2)


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


# --- The fast path (exact types, no pint) gives what the general path gives ----------------------

# Long coefficients and odd exponents, so a rounding or an exponent that differed would show;
# all within the bound on amounts (10^-40 to 10^40 in size).
_long_decimals = st.builds(
    lambda digits, exponent: D(digits).scaleb(exponent),
    st.integers(-(10**34), 10**34),
    st.integers(-40, 4),
)
_plain = st.one_of(
    _long_decimals,
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**9), max_value=10**9),
    st.integers(-(10**12), 10**12),
    st.integers(-(10**6), 10**6).map(str),
    _long_decimals.map(lambda d: f" {d} "),
)
_odd = st.sampled_from(
    ["abc", "", "1/0", "NaN", 0.5, True, None, D("NaN"), D("Infinity"), D("-0"), D("0E+3"), 0]
)
_money = st.builds(ab.Money, _long_decimals, st.sampled_from(["USD", "KRW", "EUR"]))
_ratio_units = st.sampled_from(["percent", "permille", "ppm", "dimensionless"])
_point_units = st.sampled_from(["percentage_point", "basis_point"])
_ratios = st.builds(ab.Q_, _long_decimals, _ratio_units)
_points = st.builds(ab.Q_, _long_decimals, _point_units)
_values = st.one_of(
    _plain, _odd, _money, _ratios, _points, st.builds(ab.Q_, _plain, st.just("gpu"))
)


def _outcome(function: Any, *args: Any) -> tuple[object, ...]:
    """A result or an error, in a form that tells apart 1.0 from 1 and -0 from 0."""
    try:
        result = function(*args)
    except Exception as error:  # the error itself is what is compared
        if "outside the bound" in str(error):  # a result too large: its last digits may differ
            return ("error", type(error), "outside the bound")
        return ("error", type(error), str(error))
    return ("ok", type(result), repr(result), str(getattr(result, "units", "")))


@pytest.mark.parametrize(
    ("public", "general"),
    [
        (ab.percent_of, _arithmetic._percent_of),
        (ab.whole_from_part, _arithmetic._whole_from_part),
        (ab.fraction_of, _arithmetic._fraction_of),
        (ab.times, _arithmetic._times_general),
        (ab.percent_change, _arithmetic._percent_change),
        (ab.percentage_point_change, _arithmetic._percentage_point_change),
        (ab.apply_change, _arithmetic._apply_change),
    ],
)
@given(data=st.data())
def test_fast_path_gives_what_the_general_path_gives(
    public: Any, general: Any, data: st.DataObject
) -> None:
    """Same value, same exponent, same type and units, or the same error with the same text."""
    fraction_texts = st.builds("{}/{}".format, st.integers(-99, 99), st.integers(-99, 99))
    first = data.draw(st.one_of(_values, st.tuples(_plain, _plain), st.fractions(), fraction_texts))
    second = data.draw(_values)
    assert _outcome(public, first, second) == _outcome(general, first, second)


@given(_long_decimals, _long_decimals, _point_units)
@example(D("1E-40"), D("1.0000000000000000000000000000000005"), "percentage_point")
def test_percent_plus_points_fast_path_matches_pint(value: D, points: D, unit: str) -> None:
    """A percent plus points skips pint, with pint's rounding to 34 digits kept."""
    percent, change = ab.Q_(value, "percent"), ab.Q_(points, unit)
    assert _outcome(ab.apply_change, percent, change) == _outcome(
        _arithmetic._apply_change, percent, change
    )


def test_common_inputs_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Money, plain numbers and percent quantities never reach the general path (nor pint)."""

    def general(*args: object) -> None:
        raise AssertionError(f"the general path was taken for {args!r}")

    for name in (
        "_percent_of",
        "_whole_from_part",
        "_fraction_of",
        "_times_general",
        "_percent_change",
        "_percentage_point_change",
        "_apply_change",
    ):
        monkeypatch.setattr(_arithmetic, name, general)
    usd, pct = ab.Money("5576000", "USD"), ab.Q_(5.6, "percent")
    assert ab.percent_of(pct, usd) == ab.Money("312256", "USD")
    assert ab.percent_of("5.6", D(1000)) == D(56)
    assert ab.whole_from_part(usd, pct) == ab.Money("99571428.57142857142857142857142857", "USD")
    assert ab.whole_from_part(usd, 5) == ab.Money("111520000", "USD")
    assert ab.fraction_of("1/70", ab.Money("70", "CNY")) == ab.Money("1", "CNY")
    assert ab.fraction_of((1, 4), 10) == D("2.5")
    assert ab.times(3, usd) == ab.Money("16728000", "USD")
    change = ab.Q_("33.33333333333333333333333333333333", "percent")
    assert ab.percent_change(ab.Money("3", "USD"), ab.Money("4", "USD")) == change
    assert ab.percent_change(3, "4") == change
    one_point = ab.Q_(1, "percentage_point")
    assert ab.percentage_point_change(ab.Q_(3, "percent"), ab.Q_(4, "percent")) == one_point
    assert ab.percentage_point_change(3, D(4)) == one_point
    assert ab.apply_change(usd, pct) == ab.Money("5888256", "USD")
    assert ab.apply_change(D(200), -17) == D(166)
    assert ab.apply_change(ab.Q_(3, "percent"), one_point) == ab.Q_(4, "percent")
