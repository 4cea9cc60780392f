""":func:`aibrief.convert_many` over every column kind, on the float or the exact path.

A column comes in as NumPy, pandas, Polars or Arrow (:mod:`aibrief._core.columns`) and goes
out as the same kind. Floats take the NumPy kernel (:mod:`aibrief.rates.columns`); a column
of Decimals takes the exact path (:mod:`aibrief._money.exact`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aibrief._core.columns import Column, read_column
from aibrief._core.currency import validate_currency
from aibrief._money.exact import convert_exact, read_decimals
from aibrief.rates.columns import (
    numpy,
    pair_factors,
    raise_for_first,
    read_amounts,
    read_dates,
    same_length,
    times_rates,
)
from aibrief.rates.dense import NO_DAY
from aibrief.rates.sources import check_options

if TYPE_CHECKING:
    from aibrief.rates.sources import MissingPolicy, RateSource

__all__ = ["convert_any", "missing_dates"]


def convert_any(
    amounts: Any,
    source: str,
    target: str,
    dates: Any,
    *,
    rates: RateSource | None,
    missing: MissingPolicy,
    lookback_days: int,
) -> Any:
    """Convert a column of any kind; see :func:`aibrief.convert_many`."""
    np = numpy()
    source, target = validate_currency(source), validate_currency(target)
    check_options(missing, lookback_days)
    column = read_column(amounts, role="amounts")
    date_column = read_column(dates, role="dates")
    epoch_days = read_dates(np, date_column.values, date_column.missing)
    if column.exact:
        decimals = read_decimals(np, column.values, column.missing)
        _, epoch_days = same_length(np, np.empty(len(decimals)), epoch_days)
        found = convert_exact(
            np, decimals, [source], None, target, epoch_days,
            rates=rates, missing=missing, lookback=lookback_days, absent=column.missing,
        )  # fmt: skip
        if found.unavailable.any():
            raise_for_first(np, rates, source, target, epoch_days, found.unavailable, missing, lookback_days)  # fmt: skip
        return column.like(found.amounts, missing=epoch_days == NO_DAY)
    values = read_amounts(np, column.values)
    values, epoch_days = same_length(np, values, epoch_days)
    factors = pair_factors(
        np, rates, source, target, epoch_days, missing=missing, lookback=lookback_days
    )
    if factors.unavailable.any():
        raise_for_first(np, rates, source, target, epoch_days, factors.unavailable, missing, lookback_days)  # fmt: skip
    no_date = missing_dates(date_column, epoch_days) if column.needs_mask else None
    return column.like(times_rates(np, values, factors.rates), missing=no_date)


def missing_dates(dates: Column, epoch_days: Any) -> Any:
    """The rows without a date. An Arrow or Polars column says which of its dates are null
    (None when none is): no pass over the days, and with no mask Arrow wraps the result
    without a copy."""
    if dates.kind in ("arrow", "polars") and (
        dates.missing is None or dates.missing.shape == epoch_days.shape
    ):
        return dates.missing
    return epoch_days == NO_DAY
