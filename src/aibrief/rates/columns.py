"""Vectorised conversion of columns with NumPy (float64), for :func:`aibrief.convert_many`.

Reading a column refuses what cannot be converted (booleans, complex numbers, text, objects
that are not numbers, columns of different lengths) with an aibrief error, never NumPy's.
Missing values stay missing: a NaN amount or a NaT date gives NaN, never an error for the
whole column and never a zero. The rates come from :mod:`aibrief.rates.dense` for a
:class:`RateTable`, or from one ``rate()`` call per distinct date for any other source.
NumPy is imported only here and in the modules that call this one.
"""

from __future__ import annotations

import datetime
import numbers
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from aibrief._core import extras
from aibrief._core.currency import validate_currency
from aibrief.errors import (
    AmountTypeError,
    DateTypeError,
    InvalidAmountError,
    InvalidArgumentError,
    RateUnavailableError,
)
from aibrief.rates.current import ecb
from aibrief.rates.dense import EPOCH_ORDINAL, NO_DAY, dense_rates
from aibrief.rates.sources import check_options
from aibrief.rates.table import RateTable

if TYPE_CHECKING:
    import numpy as np

    from aibrief.rates.sources import MissingPolicy, RateSource

    FloatArray = np.ndarray[Any, np.dtype[np.float64]]
    IntArray = np.ndarray[Any, np.dtype[np.int64]]
    BoolArray = np.ndarray[Any, np.dtype[np.bool_]]

__all__ = [
    "Factors",
    "convert_column",
    "mixed_factors",
    "numpy",
    "pair_factors",
    "raise_for_first",
    "read_amounts",
    "read_dates",
    "same_length",
    "times_rates",
]

_NUMERIC_KINDS = frozenset("iuf")
_WRONG_KINDS = {
    "b": "booleans",
    "c": "complex numbers",
    "U": "text",
    "S": "bytes",
    "M": "dates",
    "m": "time spans",
    "V": "records",
}


class Factors(NamedTuple):
    """Per row: the rate (NaN where there is none), the day of that rate, and which rows
    have a currency and a date but no rate."""

    rates: FloatArray
    rate_days: IntArray | None
    unavailable: BoolArray


def numpy() -> Any:
    """NumPy, imported on first use."""
    return extras.load("numpy", needed_by="converting columns")


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
    """Convert float64 ``amounts`` dated ``dates`` from ``source`` to ``target``.

    A date without a rate raises the scalar path's error for the first such row.
    """
    np = numpy()
    source, target = validate_currency(source), validate_currency(target)
    check_options(missing, lookback_days)
    values = read_amounts(np, amounts)
    epoch_days = read_dates(np, dates)
    values, epoch_days = same_length(np, values, epoch_days)
    found = pair_factors(
        np, rates, source, target, epoch_days, missing=missing, lookback=lookback_days
    )
    if found.unavailable.any():
        raise_for_first(
            np, rates, source, target, epoch_days, found.unavailable, missing, lookback_days
        )
    return times_rates(np, values, found.rates)


def times_rates(np: Any, values: FloatArray, rates: FloatArray) -> FloatArray:
    """``values * rates``, refusing a row whose result a float cannot hold: an amount of
    1e308 dollars is about 1.4e311 won, which float64 would silently make infinite."""
    with np.errstate(over="ignore"):
        result: FloatArray = values * rates
    infinite = np.isinf(result)
    if infinite.any():
        row = int(np.flatnonzero(infinite.reshape(-1))[0])
        amount = float(np.broadcast_to(values, result.shape).reshape(-1)[row])
        what = (
            "is infinite; mark a missing amount with NaN"
            if np.isinf(amount)
            else "converts to more than a float holds (about 1.8e308); aibrief's amounts are"
            " at most 1E+40 in size, so check the units of the column"
        )
        raise InvalidAmountError(f"amounts[{row}] = {amount!r} {what}", value=amount)
    return result


def read_amounts(np: Any, amounts: Any) -> FloatArray:
    """``amounts`` as float64, refusing booleans, complex numbers, text and other objects."""
    array = amounts if isinstance(amounts, np.ndarray) else np.asarray(amounts)
    kind = array.dtype.kind
    if kind in _NUMERIC_KINDS:
        return array.astype(np.float64, copy=False)  # type: ignore[no-any-return]
    if array.size == 0:
        return np.zeros(array.shape)  # type: ignore[no-any-return]
    if kind == "O":
        _check_numbers(array)
        return array.astype(np.float64)  # type: ignore[no-any-return]
    what = _WRONG_KINDS.get(kind, str(array.dtype))
    message = f"amounts of dtype {array.dtype} hold {what}; an amount is a real number: pass ints or floats"
    if kind in "US":
        message += ", e.g. parse text with ab.parse_amount first"
    raise AmountTypeError(message, value=array.flat[0])


def read_dates(np: Any, dates: Any, missing: BoolArray | None = None) -> IntArray:
    """Dates as int64 days since 1970-01-01 (NaT as its minimum int64), refusing times of
    day, partial dates and values that are not dates; rows ``missing`` are NaT."""
    array = dates if isinstance(dates, np.ndarray) else np.asarray(dates)
    if missing is not None and array.dtype.kind == "O":
        days = np.full(array.shape, NO_DAY, dtype=np.int64)
        days[~missing] = read_dates(np, array[~missing])
        return days  # type: ignore[no-any-return]
    kind = array.dtype.kind
    if array.size == 0:
        return np.zeros(array.shape, dtype=np.int64)  # type: ignore[no-any-return]
    if kind == "M":
        return _datetime64_days(np, array)
    if kind == "O":
        ordinals = _date_ordinals(np, array)
        if ordinals is not None:
            return ordinals
        _check_date_objects(array)
    elif kind == "U":
        _check_iso_lengths(np, array)
    else:
        message = f"dates of dtype {array.dtype} are not dates; pass datetime64[D] values, datetime.date objects or 'YYYY-MM-DD' strings"
        raise DateTypeError(message, value=dates, expected="datetime64[D]")
    try:
        days = array.astype("datetime64[D]")
    except ValueError as error:
        raise InvalidArgumentError(
            f"dates could not be read: {error}", name="dates", value=dates
        ) from None
    return days.view(np.int64)  # type: ignore[no-any-return]


def _date_ordinals(np: Any, array: Any) -> IntArray | None:
    """An object array of only ``datetime.date`` objects as days since 1970-01-01, with
    the type check and the day numbers both in C (NumPy's astype takes a slow path per
    object); None for anything else."""
    values = array.reshape(-1).tolist()
    if set(map(type, values)) != {datetime.date}:
        return None
    days = np.fromiter(map(datetime.date.toordinal, values), dtype=np.int64, count=len(values))
    days -= EPOCH_ORDINAL
    return days.reshape(array.shape)  # type: ignore[no-any-return]


# Ticks per day of the datetime64 units pandas, Polars and Arrow store timestamps in.
_TICKS_PER_DAY = {"s": 86_400, "ms": 86_400_000, "us": 86_400_000_000, "ns": 86_400_000_000_000}


def _datetime64_days(np: Any, array: Any) -> IntArray:
    """datetime64 as days since 1970-01-01 without a copy for [D], and for the units of
    timestamps with one integer division (a pandas datetime column is datetime64[s] or
    finer, never [D]), refusing a time of day."""
    unit, step = np.datetime_data(array.dtype)
    ticks = array.view(np.int64)
    if unit == "D" and step == 1:
        return ticks  # type: ignore[no-any-return]
    per_day = _TICKS_PER_DAY.get(unit)
    if per_day is None or step != 1:
        days = array.astype("datetime64[D]")
        _check_midnight(np, array, days)
        return days.view(np.int64)  # type: ignore[no-any-return]
    days = ticks // per_day
    if not _all_midnight(np, days, ticks, per_day):  # a time of day, or NaT
        nat = ticks == NO_DAY
        days[nat] = NO_DAY
        late = days * per_day != ticks
        late &= ~nat
        if late.any():
            _check_midnight(np, array, days.view("datetime64[D]"))
    return days  # type: ignore[no-any-return]


_BLOCK = 1 << 15


def _all_midnight(np: Any, days: IntArray, ticks: IntArray, per_day: int) -> bool:
    """Whether every tick is a whole day, checked a block at a time in one small buffer:
    two temporaries the size of the column would cost more than the division itself."""
    days, ticks = days.reshape(-1), ticks.reshape(-1)
    buffer = np.empty(min(_BLOCK, len(days)), dtype=np.int64)
    for start in range(0, len(days), _BLOCK):
        back = buffer[: len(days[start : start + _BLOCK])]
        np.multiply(days[start : start + _BLOCK], per_day, out=back)
        np.subtract(back, ticks[start : start + _BLOCK], out=back)
        if back.any():
            return False
    return True


def same_length(np: Any, amounts: FloatArray, epoch_days: IntArray) -> tuple[Any, Any]:
    """Both columns at one shape: equal shapes, one of them a single value, or NumPy's
    broadcasting (a date per column of a 2-D array)."""
    if amounts.shape == epoch_days.shape:
        return amounts, epoch_days
    try:
        return tuple(np.broadcast_arrays(amounts, epoch_days))
    except ValueError:
        message = (
            f"amounts has {_rows(amounts)} and dates has {_rows(epoch_days)}; pass one date"
            " per amount, or a single date for all of them"
        )
        raise InvalidArgumentError(message, name="dates", value=epoch_days.shape) from None


def pair_factors(
    np: Any,
    rates: RateSource | None,
    source: str,
    target: str,
    epoch_days: IntArray,
    *,
    missing: MissingPolicy,
    lookback: int,
    with_days: bool = False,
) -> Factors:
    """The ``source``->``target`` rate of each row's date; NaN for NaT dates."""
    return mixed_factors(
        np, rates, [source], None, target, epoch_days, missing=missing, lookback=lookback,
        with_days=with_days,
    )  # fmt: skip


def mixed_factors(
    np: Any,
    rates: RateSource | None,
    currencies: list[str],
    codes: Any,
    target: str,
    epoch_days: IntArray,
    *,
    missing: MissingPolicy,
    lookback: int,
    with_days: bool = False,
) -> Factors:
    """Each row's rate to ``target`` from ``currencies[codes[row]]`` on its date.

    A code of -1 (no currency) or a NaT date gives NaN and is not "unavailable". ``codes``
    None means every row is in ``currencies[0]``.
    """
    table = ecb() if rates is None else rates
    if isinstance(table, RateTable):
        found = _table_factors(np, table, currencies, codes, target, epoch_days, missing, lookback, with_days)  # fmt: skip
    else:
        found = _source_factors(np, table, currencies, codes, target, epoch_days, missing, lookback, with_days)  # fmt: skip
    return found


# --- Rates from a RateTable: one gather from a matrix of rates per currency and day ----------


def _table_factors(
    np: Any,
    table: RateTable,
    currencies: list[str],
    codes: Any,
    target: str,
    epoch_days: IntArray,
    missing: MissingPolicy,
    lookback: int,
    with_days: bool,
) -> Factors:
    dense = [
        None if code == target else dense_rates(np, table, code, target, missing, lookback)
        for code in currencies
    ]
    starts = [d.first for d in dense if d is not None]
    low = min(starts, default=0)
    width = max((d.first + len(d.rates) for d in dense if d is not None), default=low) - low
    # One row per currency, one column per day from `low`, a NaN column at each end for days
    # outside, and a last row of NaN for rows without a currency (code -1). The same currency
    # (identity) converts at 1 on any day, so its row is 1 even at the ends.
    matrix = np.full((len(currencies) + 1, width + 2), np.nan)
    for row, found in enumerate(dense):
        if found is None:
            matrix[row] = 1.0
        else:
            at = found.first - low + 1
            matrix[row, at : at + len(found.rates)] = found.rates
    if codes is not None and _any_negative(np, codes):
        codes = np.where(codes < 0, len(currencies), codes)
    flat = None
    if with_days:  # the rate days are gathered with the same indexes
        flat = np.empty(epoch_days.shape, dtype=np.int64)
        _indexes(np, epoch_days, codes, low, width, out=flat)
        factors = matrix.ravel().take(flat)
    else:
        factors = _gather_rates(np, matrix, epoch_days, codes, low, width)
    nan = np.isnan(factors)
    # A NaT row already found NaN at an end column, unless its currency is the target's.
    maybe_nat = None in dense or bool(nan.any())
    nat = epoch_days == NO_DAY if maybe_nat else None
    if nat is not None and nat.any():
        factors[nat] = np.nan
        nan |= nat
    else:
        nat = None
    unavailable = nan if codes is None else nan & (codes < len(currencies))
    if nat is not None:
        unavailable = unavailable & ~nat
    rate_days = None
    if with_days:
        rate_days = _table_rate_days(np, dense, low, width, flat, codes, epoch_days)
        rate_days[nan] = NO_DAY
    return Factors(factors, rate_days, unavailable)


def _indexes(np: Any, days: IntArray, codes: Any, low: int, width: int, *, out: IntArray) -> None:
    """Each row's index into the rate matrix: its day plus one, clamped to the NaN columns
    at each end (np.clip is several times slower than two in-place ufuncs; a NaT wraps
    around to an end), plus its currency's row."""
    np.subtract(days, low - 1, out=out)
    np.maximum(out, 0, out=out)
    np.minimum(out, width + 1, out=out)
    if codes is not None:
        out += codes * (width + 2)


def _gather_rates(
    np: Any, matrix: Any, epoch_days: IntArray, codes: Any, low: int, width: int
) -> FloatArray:
    """``matrix`` at each row's index, a block at a time: the indexes of a block fit in the
    cache, where the same arithmetic over the whole column would go through memory three
    times (a fifth of a mixed-currency frame's time at 10M rows)."""
    days = epoch_days.reshape(-1)
    rows = None if codes is None else codes.reshape(-1)
    flat_matrix = matrix.ravel()
    factors = np.empty(len(days))
    buffer = np.empty(min(_BLOCK, len(days)), dtype=np.int64)
    for start in range(0, len(days), _BLOCK):
        stop = start + _BLOCK
        block = buffer[: len(days[start:stop])]
        _indexes(np, days[start:stop], None if rows is None else rows[start:stop], low, width, out=block)  # fmt: skip
        np.take(flat_matrix, block, out=factors[start:stop])
    return factors.reshape(epoch_days.shape)  # type: ignore[no-any-return]


def _table_rate_days(
    np: Any, dense: list[Any], low: int, width: int, flat: Any, codes: Any, epoch_days: IntArray
) -> IntArray:
    matrix = np.full((len(dense) + 1, width + 2), NO_DAY, dtype=np.int64)
    for row, found in enumerate(dense):
        if found is not None:
            at = found.first - low + 1
            matrix[row, at : at + len(found.rate_days)] = found.rate_days
    days = matrix.ravel().take(flat)
    identity = [row for row, found in enumerate(dense) if found is None]
    if identity:
        same = True if codes is None else codes == identity[0]
        days = np.where(same, epoch_days, days)
    return days  # type: ignore[no-any-return]


def _any_negative(np: Any, codes: Any) -> bool:
    return bool(codes.size) and int(codes.min()) < 0


# --- Rates from any other source: one rate() call per distinct currency and date -----------


def _source_factors(
    np: Any,
    source: RateSource,
    currencies: list[str],
    codes: Any,
    target: str,
    epoch_days: IntArray,
    missing: MissingPolicy,
    lookback: int,
    with_days: bool,
) -> Factors:
    shape = epoch_days.shape
    days = epoch_days.ravel()
    codes = np.zeros(days.shape, np.int64) if codes is None else np.asarray(codes).ravel()
    keys = (
        np.stack([codes.astype(np.int64), days], axis=1)
        if days.size
        else np.zeros((0, 2), np.int64)
    )
    unique, inverse = np.unique(keys, axis=0, return_inverse=True)
    per_key = np.full(len(unique), np.nan)
    per_key_day = np.full(len(unique), NO_DAY, dtype=np.int64)
    failed = np.zeros(len(unique), dtype=bool)
    for position, (code, day) in enumerate(unique.tolist()):
        if code < 0 or day == NO_DAY:
            continue
        if currencies[code] == target:  # as convert does, without asking the source
            per_key[position], per_key_day[position] = 1.0, day
            continue
        on = datetime.date.fromordinal(day + EPOCH_ORDINAL)
        try:
            quote = source.rate(
                currencies[code], target, on, missing=missing, lookback_days=lookback
            )
        except RateUnavailableError:
            failed[position] = True
            continue
        per_key[position] = float(quote.rate)
        per_key_day[position] = quote.rate_date.toordinal() - EPOCH_ORDINAL
    inverse = inverse.ravel()
    rate_days = per_key_day[inverse].reshape(shape) if with_days else None
    return Factors(per_key[inverse].reshape(shape), rate_days, failed[inverse].reshape(shape))


# --- Errors ----------------------------------------------------------------------------------


def raise_for_first(
    np: Any,
    rates: RateSource | None,
    source: str,
    target: str,
    epoch_days: IntArray,
    bad: Any,
    missing: MissingPolicy,
    lookback: int,
) -> None:
    """Raise the scalar path's error for the first row without a rate."""
    position = np.unravel_index(int(np.argmax(bad)), bad.shape)
    on = datetime.date.fromordinal(int(epoch_days[position]) + EPOCH_ORDINAL)
    table = ecb() if rates is None else rates
    table.rate(source, target, on, missing=missing, lookback_days=lookback)
    where = position[0] if len(position) == 1 else position
    message = f"dates[{where}] = {on} has no {source}->{target} rate (missing={missing!r})"
    raise RateUnavailableError(message, source_currency=source, target_currency=target, on=on)


def _check_numbers(array: Any) -> None:
    for position, value in enumerate(array.flat):
        # numbers.Real covers int, float and NumPy's numbers, but not NumPy's bool_.
        if not isinstance(value, numbers.Real | Decimal) or isinstance(value, bool):
            _refuse_amount(position, value)
        if isinstance(value, Decimal) and value.is_snan():  # float() raises ValueError
            message = f"amounts[{position}] = {value!r} is a signalling NaN; mark a missing amount with NaN"
            raise AmountTypeError(message, value=value)


def _refuse_amount(position: int, value: object) -> None:
    if value is None:
        message = f"amounts[{position}] is None; mark a missing amount with NaN (a pandas, Polars or Arrow column may hold nulls)"
    else:
        message = f"amounts[{position}] = {value!r} is a {type(value).__name__}, not a number; pass ints, floats or Decimals"
    raise AmountTypeError(message, value=value)


def _check_date_objects(array: Any) -> None:
    for value in array.flat:
        if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date | str):
            message = f"date {value!r} is a {type(value).__name__}; pass datetime.date objects, 'YYYY-MM-DD' strings or datetime64[D] values"
            raise DateTypeError(message, value=value)
        if isinstance(value, str) and len(value) != 10:
            _refuse_iso(value)


def _check_iso_lengths(np: Any, array: Any) -> None:
    lengths = np.char.str_len(array)
    if (lengths != 10).any():
        _refuse_iso(array.flat[int(np.argmax(lengths != 10))])


def _refuse_iso(value: str) -> None:
    message = f"date {value!r} is not YYYY-MM-DD; pass full dates such as '2025-01-27'"
    raise InvalidArgumentError(message, name="dates", value=value)


def _check_midnight(np: Any, array: Any, days: Any) -> None:
    late = (days != array) & ~np.isnat(array)
    if late.any():
        position = int(np.argmax(late))
        message = f"dates[{position}] = {array.flat[position]} has a time of day; rates are daily, so pass dates: column.astype('datetime64[D]')"
        raise DateTypeError(message, value=array.flat[position], expected="datetime64[D]")


def _rows(array: Any) -> str:
    return f"{array.shape[0]} rows" if array.ndim == 1 else f"shape {array.shape}"
