"""The exact path for columns: Decimal amounts converted with the digits of :func:`convert`.

A pandas object column of :class:`~decimal.Decimal`, an Arrow decimal column or a Polars
Decimal column converts row by row as :func:`aibrief.convert` would: the same quote from the
same source (one ``rate()`` call per distinct currency and date), ``amount * numerator``
exactly, then one division by the denominator to 34 significant digits in aibrief's own
context. The loop over rows is two ``map`` calls of the decimal module's C functions, so a
column converts many times faster than a loop of :func:`convert` that builds a Money and a
Conversion per row, and every row has the same digits.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from aibrief._core.decimal import DIVISION, EXACT, to_decimal
from aibrief.errors import RateUnavailableError
from aibrief.rates.current import ecb
from aibrief.rates.dense import EPOCH_ORDINAL, NO_DAY
from aibrief.rates.sources import ONE

if TYPE_CHECKING:
    import numpy as np

    from aibrief.rates.sources import MissingPolicy, RateQuote, RateSource

    IntArray = np.ndarray[Any, np.dtype[np.int64]]
    BoolArray = np.ndarray[Any, np.dtype[np.bool_]]

__all__ = ["ExactResult", "convert_exact", "read_decimals"]


class ExactResult(NamedTuple):
    """Per row: the converted amount (None where the amount, currency, date or rate is
    missing), the day of the rate used, and the rows that have no rate."""

    amounts: Any  # object array of Decimal | None
    rate_days: IntArray
    unavailable: BoolArray


def read_decimals(np: Any, values: Any, missing: Any) -> Any:
    """The present values as exact Decimals (as :class:`Money` reads them), None if missing."""
    present = slice(None) if missing is None else ~missing
    given = values[present].tolist()
    checked = set(map(type, given)) == {Decimal} and all(map(Decimal.is_finite, given))
    if checked and missing is None:
        return values  # the common case, checked in C, read as it is (never written to)
    out = np.full(len(values), None, dtype=object)
    out[present] = given if checked else [to_decimal(value) for value in given]
    return out


def convert_exact(
    np: Any,
    amounts: Any,
    currencies: list[str],
    codes: Any,
    target: str,
    epoch_days: IntArray,
    *,
    rates: RateSource | None,
    missing: MissingPolicy,
    lookback: int,
    absent: Any = None,
) -> ExactResult:
    """Convert Decimal ``amounts`` (an object array, None where ``absent``) in
    ``currencies[codes[row]]`` (all in ``currencies[0]`` when ``codes`` is None; -1 for no
    currency) to ``target``, each at the rate of its date."""
    table = ecb() if rates is None else rates
    count = len(epoch_days)
    codes = np.zeros(count, dtype=np.int64) if codes is None else codes.astype(np.int64)
    skip = (codes < 0) | (epoch_days == NO_DAY)
    if absent is not None:
        skip |= absent
    keys = np.where(skip, -1, codes * _DAYS + (epoch_days - _LOWEST_DAY))
    unique, inverse = np.unique(keys, return_inverse=True)
    found = _Quotes(np, [_quote(table, currencies, int(key), target, missing, lookback) for key in unique])  # fmt: skip
    inverse = inverse.ravel()
    state = found.states.take(inverse)
    result = np.full(count, None, dtype=object)
    rows = np.flatnonzero(state == _QUOTED)
    if rows.size == count:  # every row quoted: no gathers of the amounts or the results
        products = list(map(EXACT.multiply, amounts.tolist(), found.numerators.take(inverse).tolist()))  # fmt: skip
        result[:] = _divide(np, products, found.denominators.take(inverse), found.by_one.take(inverse))  # fmt: skip
    elif rows.size:
        at = inverse.take(rows)
        products = list(map(EXACT.multiply, amounts.take(rows).tolist(), found.numerators.take(at).tolist()))  # fmt: skip
        result[rows] = _divide(np, products, found.denominators.take(at), found.by_one.take(at))
    same = state == _SAME
    result[same] = amounts[same]
    rate_days = np.where(same, epoch_days, found.days.take(inverse))
    return ExactResult(result, rate_days, state == _NONE)


# Keys pack (currency code, day) into one int64; days count from this far before 1970.
_LOWEST_DAY = datetime.date.min.toordinal() - EPOCH_ORDINAL
_DAYS = 1 << 32
# What each distinct key found: skipped (no amount, currency or date), a quote, the same
# currency (the amount is the result), or no rate.
_SKIPPED, _QUOTED, _SAME, _NONE = 0, 1, 2, 3


class _Quotes:
    """Per distinct key: its state, and a quote's numerator, denominator and rate day."""

    def __init__(self, np: Any, quotes: list[tuple[int, RateQuote | None]]) -> None:
        self.states = np.array([state for state, _ in quotes], dtype=np.int8)
        self.numerators = np.array([q.numerator if q else None for _, q in quotes], dtype=object)
        self.denominators = np.array([q.denominator if q else None for _, q in quotes], dtype=object)  # fmt: skip
        # convert skips the division by the one shared ONE (identity, not value).
        self.by_one = np.array([q is not None and q.denominator is ONE for _, q in quotes], dtype=bool)  # fmt: skip
        days = [q.rate_date.toordinal() - EPOCH_ORDINAL if q else NO_DAY for _, q in quotes]
        self.days = np.array(days, dtype=np.int64)


def _quote(
    table: RateSource,
    currencies: list[str],
    key: int,
    target: str,
    missing: MissingPolicy,
    lookback: int,
) -> tuple[int, RateQuote | None]:
    if key < 0:
        return _SKIPPED, None
    code, day = divmod(key, _DAYS)
    source = currencies[code]
    if source == target:
        return _SAME, None
    on = datetime.date.fromordinal(day + _LOWEST_DAY + EPOCH_ORDINAL)
    try:
        quote = table.rate(source, target, on, missing=missing, lookback_days=lookback)
    except RateUnavailableError:
        return _NONE, None
    return _QUOTED, quote


def _divide(np: Any, products: list[Decimal], denominators: Any, by_one: Any) -> list[Decimal]:
    """Each product over its denominator, as :func:`convert` divides: not at all by ONE."""
    if by_one.all():
        return products
    if not by_one.any():
        return list(map(DIVISION.divide, products, denominators.tolist()))
    return [
        product if one else DIVISION.divide(product, denominator)
        for product, denominator, one in zip(products, denominators.tolist(), by_one.tolist(), strict=True)
    ]  # fmt: skip
