"""Converting money stated for a period, such as a quarter's revenue, rather than for a day.

A figure of a period has no one day whose rate is its rate. The practice of statistical
agencies is the average of the period's published daily rates; until :func:`convert` learns
to average over a period, aibrief converts at the rate of the period's last day (the last
rate published on or before it), and the :class:`Conversion` says which day that was.
:func:`convert_over_period` is the one place that rule lives, the hook the average replaces:
every conversion of a period's figure goes through it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aibrief._money.conversion import Conversion, convert

if TYPE_CHECKING:
    from aibrief._dates.fiscal_period import FiscalPeriod
    from aibrief._dates.partial_date import PartialDate
    from aibrief._money.money import Money
    from aibrief.rates.sources import RateSource

__all__ = ["convert_over_period"]


def convert_over_period(
    money: Money,
    to: str,
    *,
    period: FiscalPeriod | PartialDate,
    rates: RateSource | None = None,
    lookback_days: int = 7,
) -> Conversion[Money]:
    """Convert money stated for a period (a fiscal quarter's revenue) to currency ``to``.

    ``period`` is a :class:`~aibrief.FiscalPeriod` or a :class:`~aibrief.PartialDate`. The
    rate is that of the period's last day, or of the last day before it with a published
    rate (at most ``lookback_days`` back): ``rate_date`` on the result says which. For the
    average of the daily rates of a calendar month, quarter or year, pass a
    :class:`~aibrief.PartialDate` to :func:`aibrief.convert` instead.

    >>> import aibrief as ab
    >>> q2 = ab.FiscalPeriod("nvidia", 2026, quarter=2)
    >>> conversion = ab.convert_over_period(ab.Money("46743000000", "USD"), "EUR", period=q2)
    >>> conversion.rate_date, conversion.method
    (datetime.date(2025, 7, 25), 'previous')
    """
    return convert(
        money, to, on=period.end, rates=rates, missing="previous", lookback_days=lookback_days
    )
