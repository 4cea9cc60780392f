"""Converting what news states: approximate figures, parsed amounts, months and years.

:func:`convert` is aibrief's one public conversion. Money on a day goes straight to the hot
path of :mod:`aibrief._money.conversion`; this module adds what an article gives besides:

* an :class:`~aibrief.Approx` of Money ("약 80억원"): its value and both bounds are converted
  at the same rate and its qualifier is kept;
* a :class:`~aibrief.ParsedAmount` with a currency, as :func:`~aibrief.parse_amount` reads it.
  The reader is a higher layer, so this module names its type for type checkers only and
  takes, at run time, any object with a ``text`` and a ``to_approx()`` method;
* ``on=`` a :class:`~aibrief.PartialDate` of a month, quarter or year ("in 2019 its assets
  passed 10 billion yuan"): the average of the rates published on the days of the period, as
  statistical agencies convert a period's figures (the IMF's period-average rates, the Bank
  of Korea's annual averages), or with ``period="range"`` the interval from the lowest to the
  highest of those rates.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal, overload

from aibrief._core.currency import validate_currency
from aibrief._core.decimal import DIVISION, EXACT
from aibrief._dates.partial_date import PartialDate
from aibrief._money.conversion import Conversion
from aibrief._money.conversion import convert as convert_money
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief.errors import AmountTypeError, InvalidArgumentError, RateUnavailableError
from aibrief.rates import ecb
from aibrief.rates.periods import average_quote, published_quotes
from aibrief.rates.sources import check_options, identity_quote

if TYPE_CHECKING:
    from aibrief._reading.mentions import ParsedAmount
    from aibrief.rates.sources import MissingPolicy, RateQuote, RateSource

__all__ = ["PERIOD_RATES", "PeriodRate", "convert"]

#: How a month, quarter or year converts: at the ``"average"`` of the rates published in it,
#: or as the ``"range"`` from the lowest to the highest of them (an :class:`~aibrief.Approx`).
PeriodRate = Literal["average", "range"]
#: Every :data:`PeriodRate`.
PERIOD_RATES: Final = frozenset({"average", "range"})

_ONE_DAY: Final = datetime.timedelta(days=1)


@overload
def convert(
    value: Money,
    to: str,
    *,
    on: datetime.date | PartialDate,
    rates: RateSource | None = None,
    missing: MissingPolicy = "previous",
    lookback_days: int = 7,
    period: Literal["average"] = "average",
) -> Conversion[Money]: ...
@overload
def convert(
    value: Money | Approx[Money] | ParsedAmount,
    to: str,
    *,
    on: datetime.date | PartialDate,
    rates: RateSource | None = None,
    missing: MissingPolicy = "previous",
    lookback_days: int = 7,
    period: PeriodRate = "average",
) -> Conversion[Money | Approx[Money]]: ...
def convert(
    value: Money | Approx[Money] | ParsedAmount,
    to: str,
    *,
    on: datetime.date | PartialDate,
    rates: RateSource | None = None,
    missing: MissingPolicy = "previous",
    lookback_days: int = 7,
    period: PeriodRate = "average",
) -> Conversion[Any]:
    """Convert ``value`` to currency ``to`` at the rate of ``on``.

    ``value`` is a :class:`~aibrief.Money`, an :class:`~aibrief.Approx` of Money (its value
    and bounds are converted and its qualifier kept) or a :class:`~aibrief.ParsedAmount` with
    a currency. ``on`` is required: there is no implicit "today". ``rates`` is any
    :class:`~aibrief.rates.RateSource` (default :func:`aibrief.rates.ecb`). When no rate
    was published on ``on`` (a weekend or holiday), ``missing`` decides: ``"previous"``
    (the last published day on or before ``on``, looking back at most ``lookback_days``),
    ``"next"``, ``"nearest"``, ``"interpolate"`` or ``"error"``.

    ``on`` may also be a :class:`~aibrief.PartialDate` of a month, quarter or year. The
    conversion then uses the rates published on the days of that period: their average
    (``period="average"``, the practice of statistical agencies), or with
    ``period="range"`` an :class:`~aibrief.Approx` from the lowest to the highest of them.
    The :class:`Conversion` names the period and how many days it averaged. Only published
    days count, so ``missing`` and ``lookback_days`` do not apply (they are still checked).

    >>> import datetime, aibrief as ab
    >>> c = ab.convert(ab.Money("5576000", "USD"), "KRW", on=datetime.date(2025, 1, 25))
    >>> c.result.amount, c.rate_date, c.method
    (Decimal('7995532467.532467532467532467532468'), datetime.date(2025, 1, 24), 'previous')
    >>> ab.convert(ab.Approx(ab.Money("8000000000", "KRW"), "about"), "USD", on=datetime.date(2025, 1, 27)).result
    Approx(Money('5586318.03...', 'USD'), 'about')
    >>> year = ab.convert(ab.Money("10000000000", "CNY"), "KRW", on=ab.PartialDate(2019))
    >>> year.method, year.period, year.days, f"{year.rate:.4f}"
    ('average', PartialDate(2019), 255, '168.7509')
    >>> ab.convert(ab.Money("1", "CNY"), "KRW", on=ab.PartialDate(2019), period="range").result
    Approx(Money('168.75...', 'KRW'), 'range', low=Money('163.36...', 'KRW'), high=Money('173.72...', 'KRW'))
    >>> ab.convert(ab.Money("1", "CNY"), "USD", on=datetime.date(2004, 6, 1))
    Traceback (most recent call last):
    ...
    aibrief.errors.RateUnavailableError: no CNY rate on 2004-06-01: CNY rates run from 2005-04-01 to ...
    """
    if value.__class__ is Money and on.__class__ is datetime.date and period == "average":
        return convert_money(  # the hot path: Money on a day
            value, to, on=on, rates=rates, missing=missing, lookback_days=lookback_days
        )
    figure = _figure(value, to)
    target = validate_currency(to)
    if period not in PERIOD_RATES:
        expected = "'average' (the mean of the period's daily rates) or 'range' (lowest to highest)"
        message = f"period={period!r} is not a way to convert over a period; expected {expected}"
        raise InvalidArgumentError(message, name="period", value=period)
    if isinstance(on, PartialDate) and on.precision != "day":
        check_options(missing, lookback_days)
        return _over_period(figure, target, on, rates, period)
    day = on.start if isinstance(on, PartialDate) else on
    if period == "range":
        message = f"period='range' needs on= a month, quarter or year, not the day {day}; pass e.g. on=ab.PartialDate({day.year}, {day.month})"
        raise InvalidArgumentError(message, name="period", value=period)
    if isinstance(figure, Money):
        return convert_money(
            figure, target, on=day, rates=rates, missing=missing, lookback_days=lookback_days
        )
    base = convert_money(
        figure.value, target, on=day, rates=rates, missing=missing, lookback_days=lookback_days
    )
    return Conversion(figure, _approx_at(figure, base.quote, target), base.quote)


# --- What is converted ------------------------------------------------------------------------


def _figure(value: object, to: object) -> Money | Approx[Money]:
    """``value`` as Money or an Approx of Money, or an error that names it and says what to pass."""
    if isinstance(value, Money):
        return value
    if isinstance(value, Approx):
        if isinstance(value.value, Money):
            return value
        raise _not_money(value, f"{value!r} is not an amount of money", to)
    read, text = getattr(value, "to_approx", None), getattr(value, "text", None)
    if read is not None and isinstance(text, str):
        approx = read()
        if not isinstance(approx.value, Money):
            raise _not_money(value, f"{text!r} is not an amount of money", to)
        return approx.value if approx.qualifier == "exact" else approx
    raise _not_money(value, f"got {type(value).__name__} {value!r}", to)


def _not_money(value: object, what: str, to: object) -> AmountTypeError:
    expected = "convert() takes Money, an Approx of Money or a ParsedAmount with a currency"
    if isinstance(value, str) and value.strip():
        try:
            digits = f"{Decimal(value.strip().replace(',', '')):f}"
        except ArithmeticError:  # words, not digits: let the reader find the amount
            fix = f"read it first: ab.convert(ab.parse_amount({value!r}), {to!r}, on=...)"
        else:
            fix = f"give it its currency: ab.Money({digits!r}, 'USD')"
    elif isinstance(value, int | Decimal | float) and not isinstance(value, bool):
        fix = f"give it its currency: ab.Money('{value}', 'USD')"
    else:
        fix = "pass an amount with a currency, e.g. ab.Money('5576000', 'USD')"
    return AmountTypeError(f"{expected}; {what}; {fix}", value=value)


# --- Over a period ----------------------------------------------------------------------------


def _over_period(
    figure: Money | Approx[Money],
    target: str,
    on: PartialDate,
    rates: RateSource | None,
    period: PeriodRate,
) -> Conversion[Any]:
    """The conversion at the average of ``on``'s daily rates, or over their range."""
    source = _point(figure).currency
    if source == target:
        return Conversion(figure, figure, identity_quote(on.end), period=on)
    table = ecb() if rates is None else rates
    quotes = _period_quotes(table, source, target, on)
    average = average_quote(quotes)
    lowest = min(quotes, key=lambda quote: (quote.rate, quote.rate_date))
    highest = max(quotes, key=lambda quote: (quote.rate, quote.rate_date))
    if period == "range":
        result: Money | Approx[Money] = _ranged(figure, average, lowest, highest, target)
    elif isinstance(figure, Money):
        result = _at(figure, average, target)
    else:
        result = _approx_at(figure, average, target)
    return Conversion(
        figure, result, average, period=on, days=len(quotes), lowest=lowest, highest=highest
    )


def _period_quotes(rates: RateSource, source: str, target: str, on: PartialDate) -> list[RateQuote]:
    try:
        return published_quotes(rates, source, target, on.start, on.end)
    except RateUnavailableError:
        pass
    message = f"no {source} to {target} rate was published within {on}{_known_span(rates, source, target)}; pass a period in which rates were published, or a single day"
    raise RateUnavailableError(message, source_currency=source, target_currency=target)


def _known_span(rates: object, source: str, target: str) -> str:
    """ " (CNY rates run from 2005-04-01 to ...)" when the source can say, else nothing."""
    spans = getattr(rates, "published_range", None)
    if spans is None:
        return ""
    known = []
    for code in (source, target):
        try:
            first, last = spans(code)
        except (KeyError, ValueError, RateUnavailableError):
            continue
        known.append(f"{code} rates run from {first} to {last}")
    return f" ({'; '.join(known)})" if known else ""


# --- Converting values at a quote -------------------------------------------------------------


def _at(money: Money, quote: RateQuote, target: str) -> Money:
    """``money`` at ``quote``'s rate: one exact product and one division."""
    product = EXACT.multiply(money.amount, quote.numerator)
    return Money._trusted(DIVISION.divide(product, quote.denominator), target)


def _approx_at(approx: Approx[Money], quote: RateQuote, target: str) -> Approx[Money]:
    """An approximate figure at one rate: value and bounds converted, the qualifier kept."""
    value = _at(approx.value, quote, target)
    tolerance = approx.tolerance if approx.qualifier in {"about", "nearly"} else None
    if approx.qualifier != "range" and approx == Approx(
        approx.value, approx.qualifier, tolerance=tolerance
    ):
        return Approx(value, approx.qualifier, tolerance=tolerance)  # bounds as implied
    return Approx(
        value,
        approx.qualifier,
        low=None if approx.low is None else _at(approx.low, quote, target),
        high=None if approx.high is None else _at(approx.high, quote, target),
        tolerance=tolerance,
        low_open=approx.low_open,
        high_open=approx.high_open,
    )


def _ranged(
    figure: Money | Approx[Money],
    average: RateQuote,
    lowest: RateQuote,
    highest: RateQuote,
    target: str,
) -> Approx[Money]:
    """The figure over a period's range of rates: its lowest end at the rate that makes it
    smallest, its highest at the one that makes it largest (a negative amount swaps them)."""
    value = _at(_point(figure), average, target)
    low_end = figure.low if isinstance(figure, Approx) else figure
    high_end = figure.high if isinstance(figure, Approx) else figure
    extremes = (lowest, highest)
    low = None if low_end is None else min(_at(low_end, q, target) for q in extremes)
    high = None if high_end is None else max(_at(high_end, q, target) for q in extremes)
    if low is not None and high is not None:
        return Approx(value, "range", low=low, high=high)
    # "over", "at least", "under", "up to": the one bound, at the rate that keeps it true.
    assert isinstance(figure, Approx)  # Money has both ends
    bound = low if low is not None else high
    return Approx(bound, figure.qualifier)  # type: ignore[arg-type]  # one bound is set


def _point(figure: Money | Approx[Money]) -> Money:
    return figure if isinstance(figure, Money) else figure.value
