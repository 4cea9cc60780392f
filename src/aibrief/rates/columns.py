"""Vectorised conversion of columns with NumPy (float64), for :func:`aibrief.convert_many`.

For a rate table, each (pair, policy, look-back) gets a dense array with one float64 rate per
calendar day between the pair's first and last published day (NaN where the policy finds no
rate), built once with ``searchsorted`` over the published days and cached on the table.
Converting a column is then one subtraction, one gather and one multiplication: no Python
loop per element. NumPy is imported only here.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from aibrief._core.currency import validate_currency
from aibrief.errors import (
    DateTypeError,
    InvalidAmountError,
    InvalidArgumentError,
    RateUnavailableError,
)
from aibrief.rates.current import ecb
from aibrief.rates.sources import check_options
from aibrief.rates.table import RateTable

if TYPE_CHECKING:
    import numpy as np

    from aibrief.rates.sources import MissingPolicy, RateSource

    FloatArray = np.ndarray[Any, np.dtype[np.float64]]
    IntArray = np.ndarray[Any, np.dtype[np.int64]]

__all__ = ["convert_column"]

# datetime64[D] counts days from 1970-01-01; date.toordinal() counts from 0001-01-01.
_EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()
# Dense per-pair arrays are ~80 KB each; keep at most this many per table.
_DENSE_LIMIT = 64


def convert_column(
    amounts: Any,
    source: str,
    target: str,
    dates: Any,
    *,
    rates: RateSource | None,
    missing: MissingPolicy,
    lookback_days: int,
) -> FloatArray:
    """Convert float64 ``amounts`` dated ``dates`` from ``source`` to ``target``."""
    np = _numpy()
    source, target = validate_currency(source), validate_currency(target)
    check_options(missing, lookback_days)
    try:
        values = np.asarray(amounts, dtype=np.float64)
    except (TypeError, ValueError) as error:
        message = f"amounts could not be read as float64 numbers ({error}); pass a numeric array"
        raise InvalidAmountError(message, value=amounts) from None
    epoch_days = _epoch_days(np, dates)
    values, epoch_days = np.broadcast_arrays(values, epoch_days)
    if source == target:
        return values * 1.0  # type: ignore[no-any-return]
    table = ecb() if rates is None else rates
    if isinstance(table, RateTable):
        factors = _table_factors(np, table, source, target, epoch_days, missing, lookback_days)
    else:
        factors = _source_factors(np, table, source, target, epoch_days, missing, lookback_days)
    result: FloatArray = values * factors
    return result


def _table_factors(
    np: Any,
    table: RateTable,
    source: str,
    target: str,
    epoch_days: IntArray,
    missing: MissingPolicy,
    lookback: int,
) -> FloatArray:
    first, dense = _dense(np, table, source, target, missing, lookback)
    offsets = epoch_days - first
    if offsets.size and (offsets.min() < 0 or offsets.max() >= len(dense)):
        _raise_for(
            np,
            table,
            source,
            target,
            epoch_days,
            (offsets < 0) | (offsets >= len(dense)),
            missing,
            lookback,
        )
    factors: FloatArray = dense.take(offsets)
    nan = np.isnan(factors)
    if nan.any():
        _raise_for(np, table, source, target, epoch_days, nan, missing, lookback)
    return factors


def _dense(
    np: Any, table: RateTable, source: str, target: str, missing: str, lookback: int
) -> tuple[int, FloatArray]:
    """(first epoch day, rate per calendar day from there on), cached on the table."""
    key = ("dense", source, target, missing, lookback)
    cached = table._numpy.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    # Both currencies must exist; the scalar path raises the usual error if not.
    (first_s, last_s), (first_t, last_t) = table._range(source), table._range(target)
    first = max(first_s, first_t) - _EPOCH_ORDINAL
    last = min(last_s, last_t) - _EPOCH_ORDINAL
    calendar = np.arange(first, max(first, last + 1), dtype=np.int64)
    if missing == "interpolate":
        rates = _interpolated(np, table, target, calendar, lookback) / _interpolated(
            np, table, source, calendar, lookback
        )
    else:
        days, values = _published(np, table, (source, target))
        rates = _pick(np, days, values, calendar, missing, lookback)
    if len(table._numpy) > _DENSE_LIMIT:
        table._numpy.clear()
    table._numpy[key] = (first, rates)
    return first, rates


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
) -> FloatArray:
    """The rate each calendar day gets under ``missing``: a published day's, or NaN."""
    count = len(days)
    nan = np.full(len(calendar), np.nan)
    if count == 0:
        return nan  # type: ignore[no-any-return]
    before = np.searchsorted(days, calendar, side="right") - 1
    after = np.searchsorted(days, calendar, side="left")
    b, a = before.clip(0, count - 1), after.clip(0, count - 1)
    window = 0 if missing == "error" else lookback
    ok_before = (before >= 0) & (calendar - days[b] <= window)
    ok_after = (after < count) & (days[a] - calendar <= window)
    if missing in ("previous", "error"):
        return np.where(ok_before, values[b], nan)  # type: ignore[no-any-return]
    if missing == "next":
        return np.where(ok_after, values[a], nan)  # type: ignore[no-any-return]
    # nearest: the earlier day on a tie
    take_before = ok_before & (~ok_after | (calendar - days[b] <= days[a] - calendar))
    return np.where(take_before, values[b], np.where(ok_after, values[a], nan))  # type: ignore[no-any-return]


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
        column = np.frombuffer(table._days, dtype=np.int32).astype(np.int64) - _EPOCH_ORDINAL
    elif code == table.base:
        column = np.ones(len(table._days))
    else:
        raw = table._mantissas[code]
        integers = np.frombuffer(raw, dtype=np.dtype(raw.typecode))
        column = integers / 10.0 ** table._scales[code]
        column[integers == 0] = np.nan
    table._numpy[key] = column
    return column


def _source_factors(
    np: Any,
    rates: RateSource,
    source: str,
    target: str,
    epoch_days: IntArray,
    missing: MissingPolicy,
    lookback: int,
) -> FloatArray:
    """For any other source: one ``rate()`` call per distinct date, then a gather."""
    unique, inverse = np.unique(epoch_days, return_inverse=True)
    per_day = np.empty(len(unique))
    for position, day in enumerate(unique.tolist()):
        on = datetime.date.fromordinal(day + _EPOCH_ORDINAL)
        quote = rates.rate(source, target, on, missing=missing, lookback_days=lookback)
        per_day[position] = float(quote.rate)
    return per_day[inverse].reshape(epoch_days.shape)  # type: ignore[no-any-return]


def _raise_for(
    np: Any,
    table: RateTable,
    source: str,
    target: str,
    epoch_days: IntArray,
    bad: Any,
    missing: MissingPolicy,
    lookback: int,
) -> None:
    """Raise the scalar path's error for the first element without a rate."""
    position = np.unravel_index(int(np.argmax(bad)), bad.shape)
    on = datetime.date.fromordinal(int(epoch_days[position]) + _EPOCH_ORDINAL)
    table.rate(source, target, on, missing=missing, lookback_days=lookback)
    where = position[0] if len(position) == 1 else position
    message = f"dates[{where}] = {on} has no {source}->{target} rate (missing={missing!r})"
    raise RateUnavailableError(message, source_currency=source, target_currency=target, on=on)


def _epoch_days(np: Any, dates: Any) -> IntArray:
    """Dates as int64 days since 1970-01-01, refusing times of day and partial dates."""
    array = dates if isinstance(dates, np.ndarray) else np.asarray(dates)
    kind = array.dtype.kind
    if kind == "O":
        _check_objects(array)
    if kind == "U" and array.size:
        lengths = np.char.str_len(array)
        if (lengths != 10).any():
            bad = array.flat[int(np.argmax(lengths != 10))]
            message = f"date {bad!r} is not YYYY-MM-DD; pass full dates such as '2025-01-27'"
            raise InvalidArgumentError(message, name="dates", value=bad)
    elif kind not in "MO":
        message = f"dates of dtype {array.dtype} are not dates; pass datetime64[D] values, datetime.date objects or 'YYYY-MM-DD' strings"
        raise DateTypeError(message, value=dates, expected="datetime64[D]")
    try:
        days = array.astype("datetime64[D]")
    except ValueError as error:
        raise InvalidArgumentError(
            f"dates could not be read: {error}", name="dates", value=dates
        ) from None
    if np.isnat(days).any():
        position = int(np.argmax(np.isnat(days)))
        message = f"dates[{position}] is NaT (no date); drop or fill missing dates first"
        raise InvalidArgumentError(message, name="dates", value=dates)
    if kind == "M" and array.dtype != days.dtype and (days != array).any():
        position = int(np.argmax(days != array))
        message = f"dates[{position}] = {array.flat[position]} has a time of day; rates are daily, so pass dates: column.astype('datetime64[D]')"
        raise DateTypeError(message, value=array.flat[position], expected="datetime64[D]")
    return days.view(np.int64)  # type: ignore[no-any-return]


def _check_objects(array: Any) -> None:
    for value in array.flat:
        if isinstance(value, datetime.datetime) or not isinstance(value, (datetime.date, str)):
            message = f"date {value!r} is a {type(value).__name__}; pass datetime.date objects, 'YYYY-MM-DD' strings or datetime64[D] values"
            raise DateTypeError(message, value=value)
        if isinstance(value, str) and len(value) != 10:
            message = f"date {value!r} is not YYYY-MM-DD; pass full dates such as '2025-01-27'"
            raise InvalidArgumentError(message, name="dates", value=value)


def _numpy() -> Any:
    try:
        import numpy
    except ImportError:  # pragma: no cover - numpy is in the test extra
        raise ImportError("convert_many needs NumPy: pip install 'aibrief[numpy]'") from None
    return numpy
