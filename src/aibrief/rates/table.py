"""RateTable: daily reference rates against one base currency, exact as published.

A table answers "how many KRW per USD on 2025-01-27?" by crossing two published rates through
its base (1507.97 KRW and 1.0530 USD per EUR). Rates are held as scaled integers in arrays
(see :mod:`aibrief.rates.io`); a Decimal is made only for the rates a conversion uses.
"""

from __future__ import annotations

import array
import datetime
import functools
import os
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

from aibrief._core.currency import validate_currency
from aibrief._core.decimal import DIVISION, EXACT, to_decimal
from aibrief.errors import RateUnavailableError
from aibrief.rates import io
from aibrief.rates.io import build_columns, open_lines, parse_csv
from aibrief.rates.sources import (
    ONE,
    MissingPolicy,
    RateQuote,
    check_date,
    check_options,
    identity_quote,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from aibrief.rates.io import Columns

__all__ = ["ECB_REFRESH", "ECB_SOURCE", "RateTable"]

# Quotes are cached per (pair, date, policy); this bounds the cache to a few MB.
_CACHE_LIMIT = 4096
#: The source of a table read from the ECB's file, with the day it was retrieved.
ECB_SOURCE = "European Central Bank euro foreign exchange reference rates (eurofxref-hist), retrieved {retrieved}"
#: What an ECB table advises for a date after its last rate.
ECB_REFRESH = "for later dates, download newer ECB rates: run `aibrief rates update` (in Python: ab.rates.update(), then ab.rates.ecb())"


class RateTable:
    """Daily reference rates against a base currency, with their dates and source.

    Build one with :meth:`from_csv`, :meth:`from_ecb` or :meth:`from_rows`; the ECB table
    that ships with aibrief is :func:`aibrief.rates.ecb`.

    >>> import datetime, aibrief as ab
    >>> table = ab.rates.ecb()
    >>> table.base, table.first_date, "CNY" in table.currencies
    ('EUR', datetime.date(1999, 1, 4), True)
    >>> table.published_range("CNY")
    (datetime.date(2005, 4, 1), datetime.date(2026, 10, 30))
    """

    __slots__ = (
        "_base",
        "_cache",
        "_days",
        "_mantissas",
        "_numpy",
        "_pickled_as",
        "_ranges",
        "_refresh",
        "_scales",
        "_source",
    )

    def __init__(self, columns: Columns, *, refresh: str = "") -> None:
        self._base = columns.base
        # Advice for a date after the last rate: how to get newer rates of this kind.
        self._refresh = refresh
        self._source = columns.source
        self._days = columns.days
        # Kept as given: the embedded table's mapping decodes each column on first lookup.
        self._mantissas = columns.mantissas
        self._scales = dict(columns.scales)
        self._ranges = dict(columns.ranges)
        self._ranges[columns.base] = (columns.days[0], columns.days[-1])
        self._cache: dict[tuple[Any, ...], RateQuote] = {}
        # NumPy views for convert_many, built on first use by aibrief.rates.dense.
        self._numpy: dict[Any, Any] = {}
        # A function that gives this very table in any process (the embedded ECB table sets
        # it), so that a pickle sent to a worker is a reference, not the rates.
        self._pickled_as: Callable[[], RateTable] | None = None

    # Constructors.

    @classmethod
    def from_rows(
        cls,
        rows: Mapping[datetime.date, Mapping[str, str | int | Decimal | None]],
        *,
        base: str,
        source: str,
    ) -> RateTable:
        """Build a table from ``{date: {code: units of code per one base}}``.

        >>> import datetime, aibrief as ab
        >>> day = datetime.date(2025, 1, 27)
        >>> mine = ab.rates.RateTable.from_rows({day: {"KRW": "1435"}}, base="USD", source="article")
        >>> ab.convert(ab.Money("2", "USD"), "KRW", on=day, rates=mine).result
        Money('2870', 'KRW')
        """
        base = validate_currency(base)
        checked: dict[datetime.date, dict[str, Decimal | None]] = {}
        for day, values in rows.items():
            checked[check_date(day)] = {
                validate_currency(code): None
                if value is None
                else to_decimal(value, name=f"{code} rate")
                for code, value in values.items()
            }
        return cls(build_columns(checked, base=base, source=source))

    @classmethod
    def from_csv(
        cls, path_or_file: str | os.PathLike[str] | IO[str], *, base: str, source: str
    ) -> RateTable:
        """Read a CSV of dated rates laid out as ECB's: ``Date,USD,JPY,...``, one row a day.

        Each cell is units of the column's currency per one ``base``; ``N/A`` or an empty
        cell means not published. A malformed line raises
        :class:`~aibrief.errors.RateDataError` naming it.

        >>> import io, datetime, aibrief as ab
        >>> text = io.StringIO("Date,KRW,CNY\\n2025-01-27,1435,7.2552\\n2025-01-24,1431.5,N/A\\n")
        >>> mine = ab.rates.RateTable.from_csv(text, base="USD", source="my bank")
        >>> mine.rate("USD", "KRW", datetime.date(2025, 1, 25)).rate_date
        datetime.date(2025, 1, 24)
        """
        lines, name = open_lines(path_or_file)
        return cls(parse_csv(lines, base=validate_currency(base), source=source, name=name))

    @classmethod
    def from_ecb(
        cls, path_or_file: str | os.PathLike[str] | IO[str], *, retrieved: datetime.date
    ) -> RateTable:
        """Read ECB's ``eurofxref-hist.zip`` (or its CSV), fetched on ``retrieved``.

        Use it for an ECB file you keep yourself (``aibrief rates update`` downloads and
        checks the newest one for :func:`aibrief.rates.ecb`): download
        https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip and pass the path.

        >>> import io, datetime, aibrief as ab
        >>> text = io.StringIO("Date,USD,KRW,\\n2025-01-27,1.053,1507.97,\\n")
        >>> ab.rates.RateTable.from_ecb(text, retrieved=datetime.date(2025, 1, 28)).source
        'European Central Bank euro foreign exchange reference rates (eurofxref-hist), retrieved 2025-01-28'
        """
        source = ECB_SOURCE.format(retrieved=check_date(retrieved))
        lines, name = open_lines(path_or_file)
        return cls(parse_csv(lines, base="EUR", source=source, name=name), refresh=ECB_REFRESH)

    # What the table holds.

    @property
    def base(self) -> str:
        """The currency every rate is quoted against ("EUR" for the ECB).

        >>> import aibrief as ab
        >>> ab.rates.ecb().base
        'EUR'
        """
        return self._base

    @property
    def source(self) -> str:
        """Where the rates come from, as a conversion's ``source`` reports it.

        >>> import aibrief as ab
        >>> ab.rates.ecb().source
        'European Central Bank euro foreign exchange reference rates (eurofxref-hist), retrieved ...'
        """
        return self._source

    @property
    def first_date(self) -> datetime.date:
        """The first day with rates.

        >>> import aibrief as ab
        >>> ab.rates.ecb().first_date
        datetime.date(1999, 1, 4)
        """
        return datetime.date.fromordinal(self._days[0])

    @property
    def last_date(self) -> datetime.date:
        """The last day with rates (how current the table is).

        >>> import aibrief as ab
        >>> ab.rates.ecb().last_date >= datetime.date(2025, 1, 27)
        True
        """
        return datetime.date.fromordinal(self._days[-1])

    @property
    def currencies(self) -> frozenset[str]:
        """Every currency the table can convert, including its base.

        >>> import aibrief as ab
        >>> {"EUR", "USD", "CNY", "KRW", "CYP"} <= ab.rates.ecb().currencies
        True
        """
        return frozenset(self._ranges)

    def published_range(self, code: str) -> tuple[datetime.date, datetime.date]:
        """The first and last day with a rate for ``code`` (there may be gaps between).

        >>> import aibrief as ab
        >>> ab.rates.ecb().published_range("CYP")
        (datetime.date(1999, 1, 4), datetime.date(2007, 12, 31))
        """
        first, last = self._range(validate_currency(code))
        return datetime.date.fromordinal(first), datetime.date.fromordinal(last)

    def __len__(self) -> int:
        return len(self._days)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle the rates without the caches; the embedded table as a reference to itself.

        A worker process (Dask, Spark, multiprocessing) that unpickles the embedded table
        gets its own copy from the package, so no rates travel at all. A downloaded table
        travels with its rates: a worker's own cache may hold others.
        """
        if self._pickled_as is not None:
            return (self._pickled_as, ())
        mantissas = {code: self._mantissas[code] for code in self._scales}
        columns = io.Columns(
            base=self._base, source=self._source, days=self._days, mantissas=mantissas,
            scales=self._scales, ranges=self._ranges,
        )  # fmt: skip
        if self._refresh:
            return (functools.partial(RateTable, refresh=self._refresh), (columns,))
        return (RateTable, (columns,))

    def __repr__(self) -> str:
        return (
            f"<RateTable {len(self._ranges)} currencies against {self._base},"
            f" {self.first_date} to {self.last_date}, {len(self)} days; {self._source}>"
        )

    # Quoting rates.

    def rate(
        self,
        source: str,
        target: str,
        on: datetime.date,
        *,
        missing: MissingPolicy = "previous",
        lookback_days: int = 7,
    ) -> RateQuote:
        """Quote units of ``target`` per unit of ``source`` on ``on``, crossing through the base.

        ``missing`` says what to do when either rate was not published that day:
        ``"previous"`` / ``"next"`` take the closest published day before / after within
        ``lookback_days``, ``"nearest"`` the closer of the two (the earlier on a tie),
        ``"interpolate"`` interpolates each currency linearly in days, ``"error"`` raises.

        >>> import datetime, aibrief as ab
        >>> saturday = datetime.date(2025, 1, 25)
        >>> quote = ab.rates.ecb().rate("EUR", "USD", saturday)
        >>> quote.rate, quote.rate_date, quote.method
        (Decimal('1.0472'), datetime.date(2025, 1, 24), 'previous')
        >>> ab.rates.ecb().rate("EUR", "USD", saturday, missing="next").rate_date
        datetime.date(2025, 1, 27)
        """
        if type(lookback_days) is int:
            try:
                return self._cache[source, target, on, missing, lookback_days]
            except (KeyError, TypeError):
                pass  # not cached yet, or an unhashable argument the checks below reject
        quote = self._quote(source, target, on, missing, lookback_days)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[source, target, on, missing, lookback_days] = quote
        return quote

    # Helpers.

    def _quote(
        self, source: str, target: str, on: object, missing: object, lookback: object
    ) -> RateQuote:
        on = check_date(on)
        check_options(missing, lookback)
        assert isinstance(lookback, int)  # check_options guarantees it
        source, target = validate_currency(source), validate_currency(target)
        if source == target:
            return identity_quote(on)
        day = on.toordinal()
        for code in (source, target):
            self._check_published_range(code, source, target, on)
        if missing == "interpolate":
            return self._interpolated(source, target, on, lookback)
        columns = [self._mantissas[c] for c in (source, target) if c != self._base]
        before = after = None
        if missing in ("previous", "nearest", "error"):
            before = self._walk(columns, day, -1, 0 if missing == "error" else lookback)
        if missing in ("next", "nearest"):
            after = self._walk(columns, day, 1, lookback)
        index = _closer(self._days, day, before, after)
        if index is None:
            raise self._gap_error(source, target, on, str(missing), lookback, columns)
        found = self._days[index]
        return RateQuote(
            numerator=self._value(target, index),
            denominator=self._value(source, index),
            rate_date=datetime.date.fromordinal(found),
            method="published" if found == day else missing,  # type: ignore[arg-type]
            source=self._source,
        )

    def _interpolated(
        self, source: str, target: str, on: datetime.date, lookback: int
    ) -> RateQuote:
        day, days = on.toordinal(), self._days
        values: list[Decimal] = []
        for code in (target, source):
            if code == self._base:
                values.append(ONE)
                continue
            column = [self._mantissas[code]]
            before = self._walk(column, day, -1, lookback)
            if before is not None and days[before] == day:
                values.append(self._value(code, before))
                continue
            after = self._walk(column, day, 1, lookback)
            if before is None or after is None:
                raise self._gap_error(code, code, on, "interpolate", lookback, column)
            low, high = self._value(code, before), self._value(code, after)
            step = DIVISION.divide(
                EXACT.multiply(EXACT.subtract(high, low), day - days[before]),
                days[after] - days[before],
            )
            values.append(EXACT.add(low, step))
        published = self._published_on(source, target, day)
        return RateQuote(
            numerator=values[0],
            denominator=values[1],
            rate_date=on,
            method="published" if published else "interpolated",
            source=self._source,
        )

    def _published_on(self, source: str, target: str, day: int) -> bool:
        index = bisect_left(self._days, day)
        if index == len(self._days) or self._days[index] != day:
            return False
        return all(self._mantissas[c][index] for c in (source, target) if c != self._base)

    def _walk(
        self, columns: list[array.array[int]], day: int, step: int, window: int
    ) -> int | None:
        """The index of the closest day (going ``step``) within ``window`` days with every rate."""
        days = self._days
        if step < 0:
            index, limit = bisect_right(days, day) - 1, day - window
            while index >= 0 and days[index] >= limit:
                if all(column[index] for column in columns):
                    return index
                index -= 1
        else:
            index, limit = bisect_left(days, day), day + window
            while index < len(days) and days[index] <= limit:
                if all(column[index] for column in columns):
                    return index
                index += 1
        return None

    def _value(self, code: str, index: int) -> Decimal:
        if code == self._base:
            return ONE
        return Decimal(self._mantissas[code][index]).scaleb(-self._scales[code], EXACT)

    def _range(self, code: str) -> tuple[int, int]:
        try:
            return self._ranges[code]
        except KeyError:
            held = ", ".join(sorted(self._ranges))
            message = f"no {code} rates in {self._source}; it has {held}"
            raise RateUnavailableError(message, source_currency=code) from None

    def _check_published_range(
        self, code: str, source: str, target: str, on: datetime.date
    ) -> None:
        first, last = self._range(code)
        if first <= on.toordinal() <= last:
            return
        first_date, last_date = datetime.date.fromordinal(first), datetime.date.fromordinal(last)
        message = (
            f"no {code} rate on {on}: {code} rates run from {first_date} to {last_date}"
            f" in {self._source}"
        )
        if on > last_date and last == self._days[-1] and self._refresh:
            message += f"; {self._refresh}"
        raise RateUnavailableError(
            message, source_currency=source, target_currency=target, on=on,
            first_date=first_date, last_date=last_date,
        )  # fmt: skip

    def _gap_error(
        self,
        source: str,
        target: str,
        on: datetime.date,
        missing: str,
        lookback: int,
        columns: list[array.array[int]],
    ) -> RateUnavailableError:
        pair = source if source == target else f"{source}->{target}"
        day = on.toordinal()
        whole = len(self._days) and self._days[-1] - self._days[0]
        before = self._walk(columns, day, -1, whole)
        after = self._walk(columns, day, 1, whole)
        nearest = " and ".join(
            str(datetime.date.fromordinal(self._days[i])) for i in (before, after) if i is not None
        )
        if missing == "error":
            why = f"no {pair} rate was published on {on} (missing='error'); the closest published days are {nearest}"
        else:
            why = (
                f"no {pair} rate within {lookback} days of {on} (missing={missing!r});"
                f" the closest published days are {nearest}: raise lookback_days or choose another policy"
            )
        first, last = self._range(source)
        return RateUnavailableError(
            why, source_currency=source, target_currency=target, on=on,
            first_date=datetime.date.fromordinal(first), last_date=datetime.date.fromordinal(last),
        )  # fmt: skip


def _closer(days: array.array[int], day: int, before: int | None, after: int | None) -> int | None:
    """The index of the closer published day; the earlier one on a tie."""
    if before is None or after is None:
        return after if before is None else before
    return before if day - days[before] <= days[after] - day else after
