"""Growth as results articles state it: compound annual growth, year on year, sums of parts.

* :func:`growth_rate` is the compound annual growth rate from ``start`` to ``end`` over
  ``years``: ``(end / start) ** (1 / years) - 1``, as a percent quantity.
* :func:`year_on_year` is the change a results article states: a percent change for amounts,
  and a change in percentage points for percentages (a margin of 72.4% after 75.1% is down
  2.7 points, not 3.6%).
* :func:`sum_of_parts` adds figures up ("four years of losses add up to about X").
* :func:`compound` is the inverse of :func:`growth_rate`: the figure a rate implies.

Each takes plain numbers, Money (of one currency), pint quantities and :class:`Approx`
values; an approximate input gives an Approx whose interval holds every possible result.
Arithmetic is exact in aibrief's decimal contexts where the mathematics is exact (sums,
products, whole powers, and roots that come out exactly, such as a quadrupling over two years
being 100% a year); another root is rounded once, to 34 significant digits, as a division is.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Any, Final

from aibrief._core.decimal import DIVISION, DIVISION_PRECISION, EXACT, to_decimal
from aibrief._core.types import is_quantity
from aibrief._quantities.approx import Approx, _factor, _rebuild, _result
from aibrief._quantities.arithmetic import (
    _percent_number,
    _plus,
    _whole,
    percent_change,
    percentage_point_change,
)
from aibrief._quantities.magnitude import magnitude
from aibrief._units.registry import make_quantity
from aibrief.errors import InvalidAmountError, InvalidArgumentError

if TYPE_CHECKING:
    from pint import Quantity

__all__ = ["compound", "growth_rate", "sum_of_parts", "year_on_year"]

_ONE: Final = Decimal(1)
_HUNDRED: Final = Decimal(100)
_INFINITY: Final = Decimal("Infinity")
# A root is tested for an exact, shorter form at this many significant digits: a root whose
# digits stop well before the context's precision is taken to be exact if its power is.
_EXACT_ROOT_DIGITS: Final = DIVISION_PRECISION - 4

# An interval of magnitudes: low, high (infinite when unbounded), low open, high open.
_Interval = tuple[Decimal, Decimal, bool, bool]


def growth_rate(start: Any, end: Any, years: int | str | Decimal) -> Quantity[Any] | Approx[Any]:
    """The compound annual growth rate from ``start`` to ``end`` over ``years``, in percent.

    ``start`` and ``end`` are numbers, Money of one currency or quantities of one kind, exact
    or :class:`Approx`; the start must be above zero and the end at or above zero (a rate is
    not defined from or across a loss). ``years`` is a positive number, whole or not.

    >>> import aibrief as ab
    >>> ab.growth_rate(ab.Money("100", "USD"), ab.Money("400", "USD"), 2)
    <Quantity(100, 'percent')>
    >>> ab.growth_rate(100, 200, 3)
    <Quantity(25.9921049894873164767210607278228, 'percent')>
    >>> rate = ab.growth_rate(ab.Money("100", "USD"), ab.Approx(ab.Money("121", "USD"), "about"), 2)
    >>> rate.qualifier, round(rate.low.magnitude, 2), round(rate.high.magnitude, 2)
    ('range', Decimal('7.21'), Decimal('12.72'))
    """
    span = _years(years)
    first, last = _whole(start, "start"), _whole(end, "end")
    factor = _factor(_inner(first), _inner(last), "compare")
    if not isinstance(first, Approx) and not isinstance(last, Approx):
        rate = _rate(magnitude(first), EXACT.multiply(magnitude(last), factor), span)
        return make_quantity(rate, "percent")
    a, b = _interval(first), _scaled(_interval(last), factor)
    value = _rate(magnitude(_inner(first)), EXACT.multiply(magnitude(_inner(last)), factor), span)
    low = _rate(a[1], b[0], span, bound=True)
    high = _rate(a[0], b[1], span, bound=True)
    interval = (low, high, a[3] or b[2], a[2] or b[3])
    return _result(make_quantity(value, "percent"), interval, False)


def year_on_year(previous: Any, current: Any) -> Quantity[Any] | Approx[Any]:
    """The change from ``previous`` to ``current`` as a results article states it.

    Amounts (Money, numbers, quantities) change in percent; percentages (quantities in
    percent, such as a gross margin) change in percentage points.

    >>> import aibrief as ab
    >>> ab.year_on_year(ab.Money("30040000000", "USD"), ab.Money("46743000000", "USD"))
    <Quantity(55.60252996005326231691078561917443, 'percent')>
    >>> ab.year_on_year(ab.Q_("75.1", "percent"), ab.Q_("72.4", "percent"))
    <Quantity(-2.7, 'percentage_point')>
    """
    if _is_percentage(previous) or _is_percentage(current):
        change: Quantity[Any] | Approx[Any] = percentage_point_change(previous, current)
    else:
        change = percent_change(previous, current)
    return change


def sum_of_parts(parts: Iterable[Any]) -> Any:
    """The sum of figures, exact when every part is; with Approx parts, an Approx of the sum.

    Money must share one currency and quantities one kind.

    >>> import aibrief as ab
    >>> losses = [ab.Money("-540000000", "USD"), ab.Money("-1300000000", "USD"),
    ...           ab.Approx(ab.Money("-5000000000", "USD"), "about")]
    >>> total = ab.sum_of_parts(losses)
    >>> total.value, total.qualifier, total.low, total.high
    (Money('-6840000000', 'USD'), 'range', Money('-7090000000.00', 'USD'), Money('-6590000000.00', 'USD'))
    >>> ab.sum_of_parts(["1.5", 2])
    Decimal('3.5')
    """
    figures = list(parts) if not isinstance(parts, str) else [parts]
    if not figures:
        message = "sum_of_parts needs at least one part, e.g. [ab.Money('1', 'USD')]"
        raise InvalidArgumentError(message, name="parts", value=parts)
    total = _whole(figures[0], "parts[0]")
    for index, part in enumerate(figures[1:], 1):
        total = _plus(total, _whole(part, f"parts[{index}]"))
    return total


def compound(start: Any, rate: Any, years: int | str | Decimal) -> Any:
    """``start`` grown at ``rate`` percent a year for ``years``: what a stated rate implies.

    ``rate`` is a number of percent or a percent quantity, exact or :class:`Approx`.

    >>> import aibrief as ab
    >>> from aibrief._quantities.growth import compound
    >>> compound(ab.Money("100", "USD"), 10, 2)
    Money('121.00', 'USD')
    >>> compound(ab.Money("100", "USD"), ab.Approx(10, "about"), 1).high
    Money('110.500', 'USD')
    """
    span = _years(years)
    growth = _percent_number(_whole(rate, "rate"))
    first = _whole(start, "start")
    if not isinstance(first, Approx) and not isinstance(growth, Approx):
        return _rebuild(first, _grown(magnitude(first), growth, span))
    a, r = _interval(first), _interval(growth)
    corners = [
        (_grown(s, g, span, bound=True), s_open or g_open)
        for s, s_open in ((a[0], a[2]), (a[1], a[3]))
        for g, g_open in ((r[0], r[2]), (r[1], r[3]))
    ]
    low, low_open = min(corners, key=lambda c: (c[0], c[1]))
    high, high_open = max(corners, key=lambda c: (c[0], not c[1]))
    value = _grown(magnitude(_inner(first)), magnitude(_inner(growth)), span)
    return _result(_rebuild(_inner(first), value), (low, high, low_open, high_open), False)


# --- Rates and roots ----------------------------------------------------------------------------


def _rate(start: Decimal, end: Decimal, years: Decimal, *, bound: bool = False) -> Decimal:
    """``((end / start) ** (1 / years) - 1) * 100``; for a bound, unbounded ends allowed."""
    if bound and end.is_infinite():
        return end
    if not start > 0 or start.is_infinite() or end < 0:
        what = "interval" if bound else "figures"
        message = (
            f"a growth rate needs a start above zero and an end at or above zero, got {start} "
            f"and {end} (in the {what} given); a rate is not defined across a loss"
        )
        raise InvalidAmountError(message, value=(start, end))
    if years == 1:  # one division, so one year's rate is what percent_change gives
        change = DIVISION.divide(EXACT.subtract(end, start), start)
    else:
        change = EXACT.subtract(_root(DIVISION.divide(end, start), years), _ONE)
    percent = change.scaleb(2, EXACT)
    # A whole rate reads as one ('100', not '1E+2'), as percent_change writes it.
    whole = percent == percent.to_integral_value(context=EXACT)
    return percent.quantize(_ONE, context=EXACT) if whole else percent


def _grown(start: Decimal, rate: Decimal, years: Decimal, *, bound: bool = False) -> Decimal:
    """``start * (1 + rate / 100) ** years``; for a bound, unbounded ends allowed."""
    if bound and rate.is_infinite() and rate > 0:
        return Decimal(0) if not start else _INFINITY.copy_sign(start)
    base = EXACT.add(_ONE, DIVISION.divide(rate, _HUNDRED))
    if not base > 0:
        message = f"a rate of {rate}% a year leaves nothing to grow; expected a rate above -100%"
        raise InvalidAmountError(message, value=rate)
    if start.is_infinite():
        return start
    if years == years.to_integral_value():
        return EXACT.multiply(start, EXACT.power(base, int(years)))
    return EXACT.multiply(start, DIVISION.power(base, years))


def _root(ratio: Decimal, years: Decimal) -> Decimal:
    """The ``years``-th root of ``ratio``, exact when a shorter root's power gives it back."""
    if not ratio:
        return ratio
    root = DIVISION.power(ratio, DIVISION.divide(_ONE, years))
    if years != years.to_integral_value():
        return root
    unit = Decimal(1).scaleb(root.adjusted() - _EXACT_ROOT_DIGITS + 1)
    short = root.quantize(unit, ROUND_HALF_EVEN, EXACT).normalize(EXACT)
    return short if EXACT.power(short, int(years)) == ratio else root


def _years(years: object) -> Decimal:
    number = to_decimal(years, name="years")
    if not number > 0:
        message = f"years {years!r} is not a positive number of years; pass e.g. 3 or '2.5'"
        raise InvalidArgumentError(message, name="years", value=years)
    return number


# --- Values and intervals -----------------------------------------------------------------------


def _inner(value: Any) -> Any:
    return value.value if isinstance(value, Approx) else value


def _interval(value: Any) -> _Interval:
    if isinstance(value, Approx):
        return value._interval()
    number = magnitude(value)
    return number, number, False, False


def _scaled(interval: _Interval, factor: Decimal) -> _Interval:
    low, high, low_open, high_open = interval
    if factor == 1:
        return interval
    return _times(low, factor), _times(high, factor), low_open, high_open


def _times(x: Decimal, factor: Decimal) -> Decimal:
    return x if x.is_infinite() else EXACT.multiply(x, factor)


def _is_percentage(value: Any) -> bool:
    inner = _inner(value)
    return is_quantity(inner) and str(inner.units) == "percent"
