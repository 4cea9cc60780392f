"""Approximate values: implied intervals, claim checks and interval arithmetic."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab
from aibrief._quantities.approx import Approx

D = Decimal


@pytest.mark.parametrize(
    ("qualifier", "low", "high", "low_open", "high_open"),
    [
        ("exact", D(100), D(100), False, False),
        ("about", D(95), D(105), False, False),
        ("over", D(100), None, True, False),
        ("at_least", D(100), None, False, False),
        ("nearly", D(95), D(100), False, False),
        ("under", None, D(100), False, True),
        ("up_to", None, D(100), False, False),
    ],
)
def test_each_qualifier_implies_its_interval(
    qualifier: ab.Qualifier, low: D | None, high: D | None, low_open: bool, high_open: bool
) -> None:
    approx = Approx(100, qualifier)
    assert (approx.low, approx.high) == (low, high)
    assert (approx.low_open, approx.high_open) == (low_open, high_open)


def test_about_takes_a_tolerance_and_range_needs_bounds() -> None:
    assert Approx(100, "about", tolerance="0.1").low == D(90)
    assert Approx(4, "range", low=3, high=5).high == D(5)
    with pytest.raises(ab.InvalidArgumentError):
        Approx(4, "range", low=3)
    with pytest.raises(ab.InvalidArgumentError):
        Approx(4, "exact", tolerance="0.1")
    with pytest.raises(ab.InvalidArgumentError):
        Approx(4, "roughly")  # type: ignore[arg-type]
    with pytest.raises(ab.AmountTypeError):
        Approx(4.5, "about")


def test_the_implied_bounds_of_a_long_figure_are_exact() -> None:
    """34 significant digits (a converted amount) keep every digit in the bounds: the spread
    is computed in aibrief's exact context, not the caller's 28 digits."""
    value = D("7985223855.650522317188983855650522")
    approx = Approx(value, "about")
    assert approx.low == D("7585962662.86799620132953466286799590")
    assert approx.high == D("8384485048.43304843304843304843304810")


def test_money_and_quantity_values() -> None:
    won = Approx(ab.Money("8000000000", "KRW"), "about")
    assert repr(won) == "Approx(Money('8000000000', 'KRW'), 'about')"
    assert won.low == ab.Money("7600000000", "KRW")
    gpus = Approx(ab.Q_(10_000, "gpu"), "at_least")
    assert gpus.contains(ab.Q_(10_000, "gpu"))
    with pytest.raises(ab.UnitError):
        gpus.contains(ab.Q_(10_000, "token"))
    with pytest.raises(ab.CurrencyMismatchError):
        won.contains(ab.Money("1", "USD"))


def test_contains_respects_open_bounds() -> None:
    assert not Approx(100, "over").contains(100)
    assert Approx(100, "over").contains("100.01")
    assert not Approx(100, "under").contains(100)
    assert Approx(100, "up_to").contains(100)


def test_consistent_with() -> None:
    assert Approx(100, "about").consistent_with(Approx(104, "over"))
    assert not Approx(100, "under").consistent_with(Approx(100, "at_least"))
    assert Approx(100, "up_to").consistent_with(Approx(100, "at_least"))
    assert not Approx(100, "about").consistent_with(106)


def test_scaling_keeps_or_mirrors_the_qualifier() -> None:
    assert Approx(3, "about") * 2 == Approx(6, "about")
    assert repr(Approx(10, "over") * -1) == "Approx(Decimal('-10'), 'under')"
    rate = D("1432.07")
    assert (Approx(ab.Money("5", "USD"), "about") * rate).qualifier == "about"


def test_combining_two_approx_values_gives_a_range() -> None:
    total = Approx(10, "about") + Approx(5, "exact")
    assert (total.qualifier, total.low, total.high) == ("range", D("14.50"), D("15.50"))
    assert (Approx(10, "over") + 5).qualifier == "over"
    product = Approx(ab.Q_("0.5", "USD / token"), "about") * Approx(ab.Q_(4, "token"), "about")
    assert product.value == ab.Money("2.0", "USD")
    assert product.low == ab.Money("1.805", "USD")


def test_division_by_an_interval_around_zero_is_refused() -> None:
    with pytest.raises(ab.InvalidAmountError):
        Approx(10, "about") / Approx(0, "about")
    assert (Approx(10, "exact") / Approx(2, "at_least")).low == D(0)


_members = st.decimals(min_value=-1000, max_value=1000, places=2)
_qualifiers = st.sampled_from(["exact", "about", "over", "at_least", "nearly", "under", "up_to"])


@st.composite
def _approx_and_member(draw: st.DrawFn) -> tuple[Approx[D], D]:
    approx = Approx(draw(_members), draw(_qualifiers))
    low = approx.low if approx.low is not None else D(-5000)
    high = approx.high if approx.high is not None else D(5000)
    member = draw(st.decimals(min_value=low, max_value=high, places=4))
    if not approx.contains(member):
        member = approx.value if approx.contains(approx.value) else (low + high) / 2
    if not approx.contains(member):  # an open bound at the value: step inside
        member = low + D("0.0001") if approx.low_open else high - D("0.0001")
    return approx, member


@given(_approx_and_member(), _approx_and_member())
def test_product_interval_contains_every_product(
    a: tuple[Approx[D], D], b: tuple[Approx[D], D]
) -> None:
    (x, x_member), (y, y_member) = a, b
    assert (x * y).contains(x_member * y_member)


@given(_approx_and_member(), _approx_and_member())
def test_sum_interval_contains_every_sum(a: tuple[Approx[D], D], b: tuple[Approx[D], D]) -> None:
    (x, x_member), (y, y_member) = a, b
    assert (x + y).contains(x_member + y_member)
    assert (x - y).contains(x_member - y_member)
