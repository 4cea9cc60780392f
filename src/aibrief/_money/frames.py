""":func:`aibrief.convert_frame`: a pandas, Polars or Dask frame of mixed currencies.

Rows are grouped by currency internally: each currency gets its row of a matrix of rates by
day, and every row is converted with one gather from it (:mod:`aibrief.rates.columns`). A
column of Decimals takes the exact path with the digits of :func:`aibrief.convert`. Every
row that cannot be converted (a code that is not a currency, a date without a rate) is
reported at once, with its row positions, in one :class:`~aibrief.errors.FrameConversionError`.
A Dask frame is converted partition by partition with the same function.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from aibrief._core import extras
from aibrief._core.columns import Column, read_column
from aibrief._core.currency import validate_currency
from aibrief._core.labels import codes_of
from aibrief._money.exact import convert_exact, read_decimals
from aibrief._money.vectorised import missing_dates
from aibrief.errors import (
    FrameConversionError,
    InvalidArgumentError,
    RateUnavailableError,
    UnknownCurrencyError,
)
from aibrief.rates.columns import mixed_factors, numpy, read_amounts, read_dates, times_rates
from aibrief.rates.current import ecb
from aibrief.rates.dense import EPOCH_ORDINAL
from aibrief.rates.sources import check_options
from aibrief.rates.table import RateTable

if TYPE_CHECKING:
    from aibrief.rates.sources import MissingPolicy, RateSource

__all__ = ["convert_frame"]

# How many problems the message lists; the error's attributes hold every one.
_SHOWN_PROBLEMS = 10
_SHOWN_ROWS = 5


def convert_frame(
    frame: Any,
    to: str,
    *,
    amount: str = "amount",
    currency: str = "currency",
    date: str = "date",
    out: str | None = None,
    rate_date: str | None = None,
    rates: RateSource | None = None,
    missing: MissingPolicy = "previous",
    lookback_days: int = 7,
) -> Any:
    """Convert a frame whose rows are in many currencies to ``to``, each at its date's rate.

    ``frame`` is a pandas, Polars or Dask DataFrame; the result is a new frame of the same
    kind with the converted amounts in column ``out`` (default ``"<amount>_<to>"`` in lower
    case) and, if ``rate_date`` names a column, the day of the rate each row used. Float
    amounts give float64; a column of Decimals gives Decimals with the digits of
    :func:`convert`. A missing amount, currency or date gives a missing result. Codes that
    are not currencies and dates without a rate raise one
    :class:`~aibrief.errors.FrameConversionError` listing every such row. Needs NumPy and
    the frame's library.

    >>> import aibrief as ab, pandas as pd
    >>> deals = pd.DataFrame({
    ...     "amount": [5_576_000.0, 8e9, 1e6],
    ...     "currency": ["USD", "KRW", "CNY"],
    ...     "date": pd.to_datetime(["2025-01-27", "2025-01-25", "2025-01-27"]),
    ... })
    >>> usd = ab.convert_frame(deals, "USD", rate_date="rate_date")
    >>> usd["amount_usd"].round(2).tolist()
    [5576000.0, 5579115.61, 137997.01]
    >>> usd["rate_date"].dt.strftime("%Y-%m-%d").tolist()
    ['2025-01-27', '2025-01-24', '2025-01-27']
    """
    target = validate_currency(to)
    check_options(missing, lookback_days)
    out = out or f"{amount}_{target.lower()}"
    options: dict[str, Any] = {"amount": amount, "currency": currency, "date": date, "out": out}
    options |= {"rate_date": rate_date, "rates": rates, "missing": missing}
    module = type(frame).__module__.partition(".")[0]
    if module == "dask":
        return _dask_frame(frame, target, options | {"lookback_days": lookback_days})
    if module not in ("pandas", "polars"):
        message = f"convert_frame takes a pandas, Polars or Dask DataFrame, not {type(frame).__name__}; for arrays use convert_many"
        raise InvalidArgumentError(message, name="frame", value=type(frame).__name__)
    for name in (amount, currency, date):
        if name not in frame.columns:
            message = f"the frame has no column {name!r}; it has {list(frame.columns)}: name yours with amount=, currency= and date="
            raise InvalidArgumentError(message, name="frame", value=name)
    return _convert(frame, target, options | {"lookback_days": lookback_days})


def _convert(frame: Any, target: str, options: dict[str, Any]) -> Any:
    np = numpy()
    amounts = read_column(frame[options["amount"]], role="amounts")
    dates = read_column(frame[options["date"]], role="dates")
    epoch_days = read_dates(np, dates.values, dates.missing)
    table = ecb() if options["rates"] is None else options["rates"]
    known = _Currencies(target, table)
    # Codes index known.currencies; -1 is a missing label, -2 - i the unknown labels[i].
    codes, labels = codes_of(frame[options["currency"]], known.relabel)
    lookup = {"rates": table, "missing": options["missing"], "lookback": options["lookback_days"]}
    rate_days: Any
    if amounts.exact:
        decimals = read_decimals(np, amounts.values, amounts.missing)
        found = convert_exact(np, decimals, known.currencies, np.maximum(codes, -1), target, epoch_days, absent=amounts.missing, **lookup)  # fmt: skip
        converted, rate_days, unavailable = found.amounts, found.rate_days, found.unavailable
    else:
        values = read_amounts(np, amounts.values)
        factors = mixed_factors(np, table, known.currencies, codes, target, epoch_days, with_days=options["rate_date"] is not None, **_kernel(lookup))  # fmt: skip
        converted, rate_days, unavailable = times_rates(np, values, factors.rates), factors.rate_days, factors.unavailable  # fmt: skip
    _report(np, target, labels, codes, known, epoch_days, unavailable, lookup)
    # A float64 result already holds NaN where a currency or date is missing.
    missing_rows = _missing_rows(np, dates, epoch_days, codes) if amounts.needs_mask else None
    columns = {options["out"]: amounts.like(converted, missing=missing_rows)}
    if options["rate_date"] is not None:
        columns[options["rate_date"]] = _dates_like(np, amounts, rate_days)
    if amounts.kind == "polars":
        return frame.with_columns(**columns)
    return frame.assign(**columns)


def _missing_rows(np: Any, dates: Column, epoch_days: Any, codes: Any) -> Any:
    """The rows without a date or a currency, None when every row has both: the result
    then needs no mask (two comparisons over the rows saved in the common case)."""
    no_date = missing_dates(dates, epoch_days)
    if not codes.size or int(codes.min()) >= 0:
        return no_date
    return codes < 0 if no_date is None else no_date | (codes < 0)


def _kernel(lookup: dict[str, Any]) -> dict[str, Any]:
    return {"missing": lookup["missing"], "lookback": lookup["lookback"]}


class _Currencies:
    """The valid currency codes among a column's labels, in order of first sight, and why
    each unknown label (by its index among the labels) is unknown."""

    def __init__(self, target: str, table: Any) -> None:
        self.target, self.table = target, table
        self.currencies: list[str] = []
        self.unknown: dict[int, str] = {}

    def relabel(self, labels: list[Any]) -> list[int]:
        """Each label's index in :attr:`currencies`, or -2 - its position if unknown."""
        return [self._code(position, label) for position, label in enumerate(labels)]

    def _code(self, position: int, label: Any) -> int:
        try:
            code = validate_currency(label)
            if isinstance(self.table, RateTable) and code != self.target:
                self.table._range(code)
                self.table._range(self.target)
        except (UnknownCurrencyError, RateUnavailableError) as error:
            self.unknown[position] = str(error)
            return -2 - position
        if code not in self.currencies:
            self.currencies.append(code)
        return self.currencies.index(code)


def _report(
    np: Any,
    target: str,
    labels: list[Any],
    codes: Any,
    known: _Currencies,
    epoch_days: Any,
    unavailable: Any,
    lookup: dict[str, Any],
) -> None:
    """Raise one FrameConversionError for every row that cannot be converted, if any."""
    unknown, currencies = known.unknown, known.currencies
    has_gaps = bool(unavailable.any())
    if not unknown and not has_gaps:
        return
    reasons: dict[object, str] = {}
    bad_codes: dict[str, list[int]] = {}
    for position, why in unknown.items():
        rows = np.flatnonzero(codes == -2 - position).tolist()
        if rows:  # a category no row uses is no problem
            bad_codes[str(labels[position])] = rows
            reasons[str(labels[position])] = why
    gaps: dict[tuple[str, datetime.date], list[int]] = defaultdict(list)
    if has_gaps:
        for row in np.flatnonzero(unavailable).tolist():
            day = datetime.date.fromordinal(int(epoch_days[row]) + EPOCH_ORDINAL)
            gaps[currencies[codes[row]], day].append(row)
        for code, day in gaps:
            reasons[code, day] = _why(lookup, code, target, day)
    count = sum(map(len, bad_codes.values())) + sum(map(len, gaps.values()))
    if not count:
        return
    lines = [f"currency {code!r} ({_rows(rows)}): {reasons[code]}" for code, rows in bad_codes.items()]  # fmt: skip
    lines += [f"{code} on {day} ({_rows(rows)}): {reasons[code, day]}" for (code, day), rows in gaps.items()]  # fmt: skip
    more = len(lines) - _SHOWN_PROBLEMS
    lines = lines[:_SHOWN_PROBLEMS] + ([f"... and {more} more (see the error's attributes)"] if more > 0 else [])  # fmt: skip
    head = f"{count} row{'s' if count != 1 else ''} cannot be converted to {target}:"
    message = "\n  ".join([head, *lines])
    raise FrameConversionError(message, unknown_currencies=bad_codes, unavailable=gaps, reasons=reasons)  # fmt: skip


def _why(lookup: dict[str, Any], code: str, target: str, day: datetime.date) -> str:
    """The scalar path's message for a currency and day without a rate."""
    try:
        lookup["rates"].rate(code, target, day, missing=lookup["missing"], lookback_days=lookup["lookback"])  # fmt: skip
    except RateUnavailableError as error:
        return str(error)
    return f"no {code}->{target} rate on {day}"  # pragma: no cover - the vector path agreed


def _rows(rows: list[int]) -> str:
    shown = ", ".join(map(str, rows[:_SHOWN_ROWS]))
    more = f" and {len(rows) - _SHOWN_ROWS} more" if len(rows) > _SHOWN_ROWS else ""
    return f"row{'s' if len(rows) != 1 else ''} {shown}{more}"


def _dates_like(np: Any, like: Column, rate_days: Any) -> Any:
    """Rate days (days since 1970-01-01, NaT for none) as the frame's kind of date column."""
    days = rate_days.view("datetime64[D]")
    if like.kind == "polars":
        return extras.load("polars").Series(days).cast(extras.load("polars").Date)
    pd = extras.load("pandas")
    return pd.Series(days.astype("datetime64[s]"), index=like.original.index)


# --- Dask: the same conversion, partition by partition -------------------------------------


def _dask_frame(frame: Any, target: str, options: dict[str, Any]) -> Any:
    """``frame.map_partitions`` with the meta of the result; a rate table passed as
    ``rates`` travels to each worker once, as one key of the graph, not with every task."""
    dask = extras.load("dask", needed_by="convert_frame on a Dask DataFrame")
    np, pd = numpy(), extras.load("pandas")
    meta = frame._meta
    exact = meta[options["amount"]].dtype == object
    out = pd.Series([], dtype=object if exact else np.float64, name=options["out"])
    columns = {options["out"]: out}
    if options["rate_date"] is not None:
        columns[options["rate_date"]] = pd.Series([], dtype="datetime64[s]")
    rates = options.pop("rates")
    shipped = None if rates is None else dask.delayed(rates, pure=True)
    return frame.map_partitions(
        _convert_partition, target, options, shipped, meta=meta.assign(**columns)
    )


def _convert_partition(partition: Any, target: str, options: dict[str, Any], rates: Any) -> Any:
    return _convert(partition, target, options | {"rates": rates})
