"""A rate table as dense NumPy arrays: one float64 rate per calendar day, for columns.

For each (pair, policy, look-back) a table gets an array with the rate every calendar day
between the pair's first and last published day would convert at (NaN where the policy
finds none), and beside it the day whose rate that is. Both are built once with
``searchsorted`` over the published days and cached on the table, so converting a column is
a subtraction, a gather and a multiplication, with no Python loop per row.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import numpy as np

    from aibrief.rates.table import RateTable

    FloatArray = np.ndarray[Any, np.dtype[np.float64]]
    IntArray = np.ndarray[Any, np.dtype[np.int64]]

__all__ = ["EPOCH_ORDINAL", "NO_DAY", "DenseRates", "dense_rates"]

#: datetime64[D] counts days from 1970-01-01; date.toordinal() counts from 0001-01-01.
EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()
#: The rate day of a calendar day without a rate (as NaT's integer view: the minimum int64).
NO_DAY = -(2**63)
# Dense per-pair arrays are ~160 KB each; keep at most this many per table.
_DENSE_LIMIT = 64


class DenseRates(NamedTuple):
    """A pair's rate on every calendar day from ``first`` (days since 1970-01-01) on."""

    first: int
    rates: FloatArray
    #: The day (days since 1970-01-01) whose rate each calendar day uses; NO_DAY without one.
    rate_days: IntArray


def dense_rates(
    np: Any, table: RateTable, source: str, target: str, missing: str, lookback: int
) -> DenseRates:
    """The pair's :class:`DenseRates` under ``missing`` and ``lookback``, cached on the table.

    Both currencies must be in the table (``table._range`` raises the usual error if not).
    """
    key = ("dense", source, target, missing, lookback)
    cached: DenseRates | None = table._numpy.get(key)
    if cached is not None:
        return cached
    (first_s, last_s), (first_t, last_t) = table._range(source), table._range(target)
    first = max(first_s, first_t) - EPOCH_ORDINAL
    last = min(last_s, last_t) - EPOCH_ORDINAL
    calendar = np.arange(first, max(first, last + 1), dtype=np.int64)
    if missing == "interpolate":
        rates = _interpolated(np, table, target, calendar, lookback) / _interpolated(
            np, table, source, calendar, lookback
        )
        # An interpolated rate is dated the day asked, as Conversion.rate_date says.
        rate_days = np.where(np.isnan(rates), NO_DAY, calendar)
    else:
        days, values = _published(np, table, (source, target))
        rates, rate_days = _pick(np, days, values, calendar, missing, lookback)
    if len(table._numpy) > _DENSE_LIMIT:
        table._numpy.clear()
    dense = DenseRates(first, rates, rate_days)
    table._numpy[key] = dense
    return dense


def _published(np: Any, table: RateTable, codes: tuple[str, ...]) -> tuple[IntArray, FloatArray]:
    """Epoch days on which every one of ``codes`` has a rate, and target/source rate there."""
    days = _column(np, table, "days")
    per_base = [_column(np, table, code) for code in codes]
    ok = np.ones(len(days), dtype=bool)
    for column in per_base:
        ok &= ~np.isnan(column)
    if len(per_base) == 1:
        return days[ok], per_base[0][ok]
    return days[ok], per_base[1][ok] / per_base[0][ok]


def _pick(
    np: Any, days: IntArray, values: FloatArray, calendar: IntArray, missing: str, lookback: int
) -> tuple[FloatArray, IntArray]:
    """The rate each calendar day gets under ``missing`` (NaN if none), and that rate's day."""
    count = len(days)
    if count == 0:
        return np.full(len(calendar), np.nan), np.full(len(calendar), NO_DAY)
    before = np.searchsorted(days, calendar, side="right") - 1
    after = np.searchsorted(days, calendar, side="left")
    b, a = before.clip(0, count - 1), after.clip(0, count - 1)
    window = 0 if missing == "error" else lookback
    ok_before = (before >= 0) & (calendar - days[b] <= window)
    ok_after = (after < count) & (days[a] - calendar <= window)
    if missing in ("previous", "error"):
        chosen, ok = b, ok_before
    elif missing == "next":
        chosen, ok = a, ok_after
    else:  # nearest: the earlier day on a tie
        take_before = ok_before & (~ok_after | (calendar - days[b] <= days[a] - calendar))
        chosen, ok = np.where(take_before, b, a), ok_before | ok_after
    return np.where(ok, values[chosen], np.nan), np.where(ok, days[chosen], NO_DAY)


def _interpolated(
    np: Any, table: RateTable, code: str, calendar: IntArray, lookback: int
) -> FloatArray:
    """``code``'s rate per calendar day, linear in days between published neighbours."""
    if code == table.base:
        return np.ones(len(calendar))  # type: ignore[no-any-return]
    days, values = _published(np, table, (code,))
    count = len(days)
    before = (np.searchsorted(days, calendar, side="right") - 1).clip(0, count - 1)
    after = (before + 1).clip(0, count - 1)
    exact = days[before] == calendar
    span = np.maximum(days[after] - days[before], 1)
    fraction = (calendar - days[before]) / span
    blended = values[before] + (values[after] - values[before]) * fraction
    inside = (
        (days[before] <= calendar)
        & (days[after] >= calendar)
        & (calendar - days[before] <= lookback)
        & (days[after] - calendar <= lookback)
    )
    return np.where(exact, values[before], np.where(inside, blended, np.nan))  # type: ignore[no-any-return]


def _column(np: Any, table: RateTable, code: str) -> Any:
    """Epoch days ("days") or a currency's per-base rates as float64 (NaN: not published)."""
    key = ("column", code)
    cached = table._numpy.get(key)
    if cached is not None:
        return cached
    if code == "days":
        column = np.frombuffer(table._days, dtype=np.int32).astype(np.int64) - EPOCH_ORDINAL
    elif code == table.base:
        column = np.ones(len(table._days))
    else:
        raw = table._mantissas[code]
        integers = np.frombuffer(raw, dtype=np.dtype(raw.typecode))
        column = integers / 10.0 ** table._scales[code]
        column[integers == 0] = np.nan
    table._numpy[key] = column
    return column
