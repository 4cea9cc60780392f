"""The numeric fields of facts take what the reader returns, and refuse the rest helpfully.

Each field keeps one form (Money or an Approx of it; a Decimal or an Approx of one, in the
field's unit), whichever way the figure was given, so JSON, tables and checks see one shape.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab

CITE = [ab.Citation(source="mt", phrase="5% 이상 하락")]


def move(change: Any) -> ab.MarketMove:
    return ab.MarketMove(
        id="m", security="sk-hynix", exchange="KRX", percent_change=change, citations=CITE
    )


def test_market_move_takes_the_approx_of_a_percent_the_reader_returns() -> None:
    """The issue's case: the reader's value for "5% 이상 하락" is an Approx of a percent quantity."""
    read = ab.parse_amount("5% 이상 하락").to_approx()
    kept = move(read).percent_change
    assert isinstance(kept, ab.Approx)
    assert type(kept.value) is Decimal
    assert (kept.value, kept.qualifier) == (Decimal("-5"), read.qualifier)
    assert (kept.low_open, kept.high_open) == (read.low_open, read.high_open)
    assert kept.low == (None if read.low is None else read.low.magnitude)
    assert kept.high == (None if read.high is None else read.high.magnitude)
    assert move(ab.parse_amount("5% 이상 하락")).percent_change == kept


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        (-17, Decimal("-17")),
        ("-17", Decimal("-17")),
        (Decimal("-17.5"), Decimal("-17.5")),
        (ab.Q_(-17, "percent"), Decimal("-17")),
        (ab.Q_(-170, "permille"), Decimal("-17.000")),
        (ab.Q_(Decimal("-0.17"), "dimensionless"), Decimal("-17.00")),
        (ab.parse_amount("17% 폭락"), Decimal("-17")),
        (ab.Approx(-10, "nearly"), ab.Approx(Decimal("-10"), "nearly")),
        (ab.parse_amount("10% 가까이 급락"), ab.Approx(Decimal("-10"), "nearly")),
        (
            ab.Approx(
                ab.Q_(4, "percent"), "range", low=ab.Q_(3, "percent"), high=ab.Q_(5, "percent")
            ),
            ab.Approx(Decimal(4), "range", low=3, high=5),
        ),
    ],
)
def test_a_percentage_keeps_a_number_of_percent_however_given(given: Any, kept: Any) -> None:
    assert move(given).percent_change == kept
    assert repr(move(given).percent_change) == repr(kept)


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        (ab.Money("5576000", "USD"), ab.FieldTypeError),
        (ab.Approx(ab.Money("10", "USD"), "about"), ab.FieldTypeError),
        (ab.Q_(2, "times"), ab.FieldTypeError),
        (ab.Q_(3, "percentage_point"), ab.FieldTypeError),
        (ab.Q_(3, "gpu"), ab.FieldTypeError),
        (ab.parse_amount("80억원"), ab.FieldTypeError),
        ("ten", ab.InvalidAmountError),
        (-17.0, ab.AmountTypeError),
    ],
)
def test_a_percentage_refuses_the_rest_with_an_example_of_a_percentage(
    bad: Any, error: type[Exception]
) -> None:
    with pytest.raises(error) as caught:
        move(bad)
    message = str(caught.value)
    assert message.startswith("percent_change ")
    assert "5576000" not in message.replace(repr(bad), "")
    if error is not ab.AmountTypeError:
        assert "'-17'" in message
        assert "ab.Q_(-17, 'percent')" in message


def test_amounts_take_what_the_reader_returns_and_refuse_percentages() -> None:
    def funding(amount: Any) -> ab.Funding:
        return ab.Funding(id="f", recipient="deepseek", amount=amount, citations=CITE)

    assert funding(ab.parse_amount("80억원")).amount == ab.Money("8000000000", "KRW")
    assert funding(ab.parse_amount("약 80억원")).amount == ab.Approx(
        ab.Money("8000000000", "KRW"), "about"
    )
    ranged = funding(ab.parse_amount("2조~3조 달러")).amount
    assert isinstance(ranged, ab.Approx)
    assert (ranged.low, ranged.high) == (ab.Money("2000000000000", "USD"), ab.Money("3e12", "USD"))
    with pytest.raises(ab.FieldTypeError, match=r"^amount ParsedAmount\('5%'.*ab.Money\("):
        funding(ab.parse_amount("5%"))
    with pytest.raises(ab.AmountTypeError, match="is a float"):
        funding(5.5)


def test_counts_take_counting_units_and_keep_numbers() -> None:
    def holding(count: Any) -> ab.ComputeHolding:
        return ab.ComputeHolding(
            id="h", organization="deepseek", hardware="nvidia-a100", count=count, citations=CITE
        )

    assert holding(ab.parse_amount("1만개 이상")).count == ab.Approx(Decimal(10000), "at_least")
    assert holding(ab.Q_(10000, "gpu")).count == Decimal(10000)
    assert holding("10000").count == Decimal(10000)
    with pytest.raises(ab.FieldTypeError, match="is not a count; pass a count such as"):
        holding(ab.Q_(5, "percent"))
    with pytest.raises(
        ab.InvalidAmountError, match=r"^count 'ten' is not a number; expected a count"
    ):
        holding("ten")


def test_statistics_take_what_the_reader_returns() -> None:
    stat = ab.Statistic(
        id="s", metric="ai_researchers", value=ab.parse_amount("41만1000여 명"), citations=CITE
    )
    assert stat.value == ab.Approx(ab.Q_(411000, "person"), "over")


@given(
    st.decimals(min_value=-1000, max_value=1000, places=2),
    st.sampled_from(["exact", "about", "over", "at_least", "nearly", "under", "up_to"]),
)
def test_an_approx_of_percent_keeps_its_interval_as_numbers(value: Decimal, qualifier: str) -> None:
    quantity = ab.Approx(ab.Q_(value, "percent"), qualifier)  # type: ignore[arg-type]
    kept = move(quantity).percent_change
    assert isinstance(kept, ab.Approx)
    for probe in (value - 1, value, value + Decimal("0.5"), value * 2):
        assert kept.contains(probe) == quantity.contains(ab.Q_(probe, "percent"))
