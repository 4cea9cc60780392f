"""The rates of a period: every published day between two dates, their average and extremes.

Statistical agencies convert a year's or a month's figure at the average of the daily rates
published in it (the IMF's period-average rates, the Bank of Korea's annual averages); an
article checked against a period compares with the rate of each published day. Both start
from :func:`published_quotes`, which asks any :class:`~aibrief.rates.RateSource` for the rate of
each day of the span and keeps the days it published.

>>> import datetime, aibrief as ab
>>> from aibrief.rates.periods import average_quote, published_quotes
>>> week = published_quotes(ab.rates.ecb(), "EUR", "USD", datetime.date(2025, 1, 27), datetime.date(2025, 1, 31))
>>> [quote.rate for quote in week]
[Decimal('1.0393'), Decimal('1.0403'), Decimal('1.0396'), Decimal('1.0421'), Decimal('1.0530')]
>>> average_quote(week).rate
Decimal('1.04286')
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from aibrief._core.decimal import EXACT
from aibrief.errors import RateUnavailableError
from aibrief.rates.sources import RateQuote, RateSource

__all__ = ["average_quote", "published_quotes"]

_ONE_DAY: Final = datetime.timedelta(days=1)


def published_quotes(
    rates: RateSource, source: str, target: str, start: datetime.date, end: datetime.date
) -> list[RateQuote]:
    """The quote of every day from ``start`` to ``end`` on which a rate was published, latest first.

    Each day is asked with ``missing="previous"``, so a source answers with the published day
    on or before it; the walk then steps to the day before that one, and stops once the
    answer falls before ``start``. Days the source has no rate for at all are skipped.

    Raises :class:`~aibrief.errors.RateUnavailableError` when no day of the span has a rate.
    """
    found: list[RateQuote] = []
    day = end
    while day >= start:
        try:
            quote = rates.rate(source, target, day, missing="previous")
        except RateUnavailableError:
            day -= _ONE_DAY
            continue
        if quote.rate_date < start:
            break
        found.append(quote)
        day = quote.rate_date - _ONE_DAY
    if not found:
        message = f"no {source} to {target} rate was published from {start} to {end}"
        raise RateUnavailableError(message, source_currency=source, target_currency=target)
    return found


def average_quote(quotes: Sequence[RateQuote]) -> RateQuote:
    """The mean of the daily rates of ``quotes`` as one quote, method ``"average"``.

    The rate is kept as the fraction (sum of the daily rates) / (number of days), so a
    conversion at it still rounds once. Its ``rate_date`` is the last day averaged and its
    ``source`` that of the days (one source, or each named once).
    """
    total = Decimal(0)
    for quote in quotes:
        total = EXACT.add(total, quote.rate)
    sources = list(dict.fromkeys(quote.source for quote in quotes))
    return RateQuote(
        numerator=total,
        denominator=Decimal(len(quotes)),
        rate_date=max(quote.rate_date for quote in quotes),
        method="average",
        source="; ".join(sources),
    )
