"""Converting money between currencies at the rate of a named date, with provenance.

:func:`convert` returns a :class:`Conversion` that says which rate was used, from which day,
how a missing day was handled, and where the rate comes from. The arithmetic is
``amount * numerator / denominator`` in aibrief's own decimal contexts (an exact product and
one division), so the caller's :func:`decimal.getcontext` never changes a result.

This module converts Money on a day, the hot path that :meth:`Money.to` and
:func:`aibrief.convert` share. What news states besides (an approximate figure, a parsed
amount, a month or a year) is converted by :mod:`aibrief._quantities.converting`, which builds
the same :class:`Conversion`.
"""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from aibrief._core import html
from aibrief._core.currency import validate_currency
from aibrief._core.decimal import DIVISION, EXACT
from aibrief._money import money as _money_module
from aibrief._money.money import Money
from aibrief._money.vectorised import convert_any
from aibrief._units import registry
from aibrief.errors import AmountTypeError, InvalidArgumentError
from aibrief.rates import current
from aibrief.rates.current import ecb
from aibrief.rates.sources import (
    ONE,
    MissingPolicy,
    RateMethod,
    RateQuote,
    RateSource,
    check_date,
    check_options,
    identity_quote,
)
from aibrief.rates.table import RateTable

if TYPE_CHECKING:
    import numpy.typing as npt

    from aibrief._dates.partial_date import PartialDate
    from aibrief._quantities.approx import Approx
    from aibrief._units.registry import Quantity

__all__ = ["Conversion", "MissingPolicy", "convert", "convert_many", "convert_quantity"]

_new = object.__new__
#: What a conversion gives: Money, or an Approx of Money (an approximate figure, a period's range).
R = TypeVar("R", bound="Money | Approx[Money]")
# What a conversion asks of its rate source: (source, target, on, missing, lookback_days), the
# arguments of RateSource.rate and the key of a RateTable's cache.
_Request = tuple[str, str, datetime.date, MissingPolicy, int]


@attrs.frozen(repr=False)
class Conversion(Generic[R]):
    """The result of a conversion and how it was reached: rate, rate date, method, source.

    ``result`` is at full precision; round it when you present it
    (``conversion.result.rounded(decimal.ROUND_HALF_EVEN)``). ``original`` and ``result`` are
    Money, or an :class:`~aibrief.Approx` of Money when an approximate figure was converted or
    a period's range of rates was asked for. A conversion over a month, quarter or year names
    the ``period``, the number of ``days`` with a published rate in it, and the quotes of the
    ``lowest`` and ``highest`` of those rates; over a day these are ``None``.

    >>> import datetime, aibrief as ab
    >>> c = ab.convert(ab.Money("100", "USD"), "KRW", on=datetime.date(2025, 1, 27))
    >>> c.result
    Money('143207.0275403608736942070275403609', 'KRW')
    >>> c.rate, c.rate_date, c.method
    (Decimal('1432.070275403608736942070275403609'), datetime.date(2025, 1, 27), 'published')
    >>> c.source
    'European Central Bank euro foreign exchange reference rates (eurofxref-hist), retrieved ...'
    >>> c.period is None
    True
    """

    original: R
    result: R
    quote: RateQuote
    period: PartialDate | None = attrs.field(default=None, kw_only=True)
    days: int | None = attrs.field(default=None, kw_only=True)
    lowest: RateQuote | None = attrs.field(default=None, kw_only=True)
    highest: RateQuote | None = attrs.field(default=None, kw_only=True)

    @property
    def rate(self) -> Decimal:
        """Units of the target currency per unit of the original currency.

        >>> import datetime, aibrief as ab
        >>> ab.convert(ab.Money("1", "EUR"), "CNY", on=datetime.date(2025, 1, 27)).rate
        Decimal('7.6306')
        """
        return self.quote.rate

    @property
    def rate_date(self) -> datetime.date:
        """The day whose published rate was used (for an interpolated rate, the date asked).

        >>> import datetime, aibrief as ab
        >>> ab.convert(ab.Money("1", "EUR"), "USD", on=datetime.date(2025, 1, 26)).rate_date
        datetime.date(2025, 1, 24)
        """
        return self.quote.rate_date

    @property
    def method(self) -> RateMethod:
        """How the rate was found: ``"published"``, ``"previous"``, ``"interpolated"``, ...

        >>> import datetime, aibrief as ab
        >>> ab.convert(ab.Money("1", "EUR"), "USD", on=datetime.date(2025, 1, 26), missing="next").method
        'next'
        """
        return self.quote.method

    @property
    def source(self) -> str:
        """Where the rate comes from; for the ECB table, which copy and when it was retrieved.

        The copy is the one shipped with aibrief or one downloaded by ``aibrief rates
        update`` (see :func:`aibrief.rates.ecb`).

        >>> import datetime, aibrief as ab
        >>> ab.convert(ab.Money("1", "USD"), "KRW", on=datetime.date(2025, 1, 27)).source
        'European Central Bank euro foreign exchange reference rates (eurofxref-hist), retrieved 2026-10-30, shipped with aibrief'
        >>> ab.convert(ab.Money("1", "USD"), "USD", on=datetime.date(2025, 1, 26)).source
        'identity'
        """
        return self.quote.source

    def __repr__(self) -> str:
        over = "" if self.period is None else f", period={self.period!r}, days={self.days!r}"
        return (
            f"Conversion(original={self.original!r}, result={self.result!r},"
            f" rate={self.rate!r}, rate_date={self.rate_date!r}, method={self.method!r},"
            f" source={self.source!r}{over})"
        )

    def _repr_html_(self) -> str:
        """A conversion as a table: the amount, the result, the rate, its date, method and source.

        The result is rounded to the currency's minor unit (half-even), with every digit of
        the exact result in the cell's title; a period's conversion adds the period and the
        number of days averaged.

        >>> import datetime, aibrief as ab
        >>> c = ab.convert(ab.Money("5576000", "USD"), "KRW", on=datetime.date(2025, 1, 27))
        >>> print(c._repr_html_())
        <table class="aibrief aibrief-conversion"><tr><th>amount</th><td>5,576,000 USD</td></tr><tr><th>result</th><td title="exact: 7,985,223,855.650522317188983855650522 KRW">7,985,223,856 KRW</td></tr><tr><th>rate</th><td>1,432.070275403608736942070275403609 KRW per USD</td></tr><tr><th>rate date</th><td>2025-01-27</td></tr><tr><th>method</th><td>published</td></tr><tr><th>source</th><td>European Central Bank ...</td></tr></table>
        """
        original, result = self.original, self.result
        rate = f"{html.cell_text(self.rate)} {_money_of(result).currency} per {_money_of(original).currency}"
        rows: list[tuple[str, object]] = [
            ("amount", original),
            ("result", _rounded_cell(result)),
            ("rate", rate),
            ("rate date", self.rate_date),
            ("method", self.method),
            ("source", self.source),
        ]
        if self.period is not None:
            rows[3:3] = [("period", self.period), ("days", self.days)]
        return html.fields("conversion", rows)


def convert(
    money: Money,
    to: str,
    *,
    on: datetime.date,
    rates: RateSource | None = None,
    missing: MissingPolicy = "previous",
    lookback_days: int = 7,
) -> Conversion[Money]:
    """Convert ``money`` to currency ``to`` at the rate of the day ``on``: the hot path.

    :func:`aibrief.convert` and :meth:`Money.to` call this for Money on a day; the options
    are theirs. ``missing`` decides what a day without a published rate uses.

    >>> import datetime, aibrief as ab
    >>> from aibrief._money.conversion import convert
    >>> convert(ab.Money("5576000", "USD"), "KRW", on=datetime.date(2025, 1, 25)).rate_date
    datetime.date(2025, 1, 24)
    >>> convert(ab.Money("1", "CNY"), "USD", on=datetime.date(2004, 6, 1))
    Traceback (most recent call last):
    ...
    aibrief.errors.RateUnavailableError: no CNY rate on 2004-06-01: CNY rates run from 2005-04-01 to ...
    """
    if money.__class__ is not Money and not isinstance(money, Money):
        raise _not_money(money)
    target = validate_currency(to)
    if on.__class__ is not datetime.date:
        on = check_date(on)
    if money.currency == target:
        check_options(missing, lookback_days)
        return Conversion(money, money, identity_quote(on))
    quote = _quote(rates, (money.currency, target, on, missing, lookback_days))
    product = EXACT.multiply(money.amount, quote.numerator)
    denominator = quote.denominator
    amount = product if denominator is ONE else DIVISION.divide(product, denominator)
    # Money and Conversion built directly (both values are already validated), and here rather
    # than in a helper: convert is a hot path, and a call costs 4% of it.
    conversion = _new(Conversion)
    _set_original(conversion, money)
    _set_result(conversion, Money._trusted(amount, target))
    _set_quote(conversion, quote)
    _set_period(conversion, None)
    _set_days(conversion, None)
    _set_lowest(conversion, None)
    _set_highest(conversion, None)
    return conversion


def convert_many(
    amounts: npt.ArrayLike | Sequence[Decimal] | Any,
    source: str,
    target: str,
    dates: npt.ArrayLike | datetime.date | Sequence[datetime.date] | Sequence[str] | Any,
    *,
    rates: RateSource | None = None,
    missing: MissingPolicy = "previous",
    lookback_days: int = 7,
) -> Any:
    """Convert a column of amounts, each at the rate of its date, returning the same kind.

    ``amounts`` may be a NumPy array (or a list), a pandas Series, a Polars Series or an
    Arrow array (chunked or not); the result is the same kind (a pandas Series keeps its
    index and name). Float columns give float64 (the one float API in aibrief, for analysis
    over many rows); a column of Decimals (pandas ``object``, Arrow ``decimal128``, Polars
    ``Decimal``) gives Decimals with the digits :func:`convert` gives each row. ``dates``
    may be ``datetime64`` values, dates of any of these libraries, :class:`datetime.date`
    objects or ISO strings; a single date applies to every amount. A missing amount or date
    (NaN, NaT, None in pandas, null) gives a missing result; a date without a rate raises
    :class:`~aibrief.errors.RateUnavailableError` naming it. Needs NumPy.

    >>> import numpy as np, aibrief as ab
    >>> ab.convert_many([100.0, 100.0], "USD", "KRW", ["2025-01-27", "2025-01-25"])
    array([143207.02754036, 143391.90221543])
    """
    return convert_any(
        amounts, source, target, dates, rates=rates, missing=missing, lookback_days=lookback_days
    )


def convert_quantity(
    quantity: Quantity,
    to_currency: str,
    *,
    on: datetime.date,
    rates: RateSource | None = None,
    missing: MissingPolicy = "previous",
) -> Quantity:
    """Convert the currency inside a compound quantity at the rate of ``on``.

    A price per token in CNY becomes a price per token in USD; the other units are untouched.

    >>> import datetime, aibrief as ab
    >>> price = ab.Money("2", "CNY") / ab.Q_(1_000_000, "token")
    >>> usd = ab.convert_quantity(price, "USD", on=datetime.date(2025, 1, 27))
    >>> usd.units, round(usd.magnitude * 1_000_000, 4)
    (<Unit('USD / token')>, Decimal('0.2760'))
    """
    target = validate_currency(to_currency)
    currencies = registry.currency_items(quantity._units)
    if len(currencies) != 1:
        raise registry.not_money(
            quantity, f"convert to {target}", fix="pass a quantity with one currency"
        )
    [(source, exponent)] = currencies
    magnitude = registry.quantity_magnitude(quantity)
    if source == target:
        return quantity
    one = Money._trusted(Decimal(1), source)
    rate = convert(one, target, on=on, rates=rates, missing=missing).result.amount
    for _ in range(abs(int(exponent))):
        magnitude = (
            EXACT.multiply(magnitude, rate) if exponent > 0 else DIVISION.divide(magnitude, rate)
        )
    swap = (registry.parse_units(target) / registry.parse_units(source)) ** exponent
    return registry.ureg().Quantity(magnitude, quantity.units * swap)


def _rounded_cell(figure: Money | Approx[Money]) -> html.Titled | Money:
    """A result rounded to its currency's minor unit, with every digit in the cell's title.

    An approximate result (the only other kind: its class is a higher layer's) shows its
    qualifier, or a range its two ends.
    """
    if isinstance(figure, Money):
        rounded = figure.rounded(decimal.ROUND_HALF_EVEN)
        if rounded == figure:  # 105.3000 USD shows as 105.30 USD, with nothing to add
            return rounded
        return html.Titled(
            f"{rounded.amount:,f} {figure.currency}", f"exact: {figure.amount:,f} {figure.currency}"
        )
    ends = [figure.low, figure.high] if figure.qualifier == "range" else [figure.value]
    shown = " to ".join(f"{end.rounded(decimal.ROUND_HALF_EVEN).amount:,f}" for end in ends if end)
    exact = " to ".join(f"{end.amount:,f}" for end in ends if end)
    words = (
        "" if figure.qualifier in {"exact", "range"} else figure.qualifier.replace("_", " ") + " "
    )
    currency = figure.value.currency
    return html.Titled(f"{words}{shown} {currency}", f"exact: {exact} {currency}")


def _money_of(figure: Money | Approx[Money]) -> Money:
    """The Money of a figure: itself, or an approximate figure's value."""
    return figure if isinstance(figure, Money) else figure.value


def _not_money(value: object) -> AmountTypeError:
    message = f"convert() takes Money, got {type(value).__name__} {value!r}; pass ab.Money(amount, currency), or call aibrief.convert, which also takes Approx and ParsedAmount"
    return AmountTypeError(message, value=value)


def _quote(rates: RateSource | None, request: _Request) -> RateQuote:
    """The quote ``rates`` (default the ECB table, :func:`aibrief.rates.ecb`) gives for ``request``.

    The hot path is a quote a :class:`RateTable` already made: it is read from the table's
    cache, whose keys are requests, as ``RateTable.rate`` would read it (only for an int
    ``lookback_days``: ``True`` or ``7.0`` would find the key of ``1`` or ``7``).
    """
    table = rates
    if table is None:
        table = current._table
        if table is None:
            table = ecb()
    source, target, on, missing, lookback_days = request
    if table.__class__ is RateTable and lookback_days.__class__ is int:
        try:
            quote = table._cache.get(request)
        except TypeError:  # an unhashable option: RateTable.rate below rejects it
            quote = None
        if quote is not None:
            return quote
    method = _rate_method(table)
    found: RateQuote = method(source, target, on, missing=missing, lookback_days=lookback_days)
    return found


def _rate_method(source: object) -> Any:
    method = getattr(source, "rate", None)
    if method is None:
        message = f"rates={source!r} is not a rate source; pass ab.rates.ecb(), a FixedRates, or any object with a rate() method"
        raise InvalidArgumentError(message, name="rates", value=source)
    return method


# The slots of a Conversion, set through their descriptors on the hot path (as Money does).
_set_original = vars(Conversion)["original"].__set__
_set_result = vars(Conversion)["result"].__set__
_set_quote = vars(Conversion)["quote"].__set__
_set_period = vars(Conversion)["period"].__set__
_set_days = vars(Conversion)["days"].__set__
_set_lowest = vars(Conversion)["lowest"].__set__
_set_highest = vars(Conversion)["highest"].__set__

# Money.to converts through this module; Money cannot import it (this module needs Money).
_money_module.use_converter(convert)
