"""Figures as intervals: what a stated figure stands for, and whether two figures can agree.

The checks of growth and totals compare a figure the article states with one the brief's
other figures imply. Each is taken as the interval it stands for: an exact figure as written
stands for anything that rounds to it (half a unit of its last significant digit either way,
the rule of :mod:`aibrief._claims.check`: "467억" is 466.5억 to 467.5억), an approximate one
for the interval of its :class:`~aibrief.Approx`. Arithmetic carries the intervals through
(:mod:`aibrief._quantities.growth`), and the two figures agree when their intervals overlap.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NamedTuple

from aibrief._claims.check import Verdict
from aibrief._core.decimal import DIVISION, EXACT
from aibrief._quantities.approx import Approx, _rebuild
from aibrief._quantities.magnitude import magnitude
from aibrief._quantities.precision import half_unit

__all__ = ["Agreement", "agreement", "written"]


class Agreement(NamedTuple):
    """How a figure compares with what is expected of it.

    ``deviation`` is ``(figure - expected) / |expected|``, which is ``figure / expected - 1``
    for a positive figure and keeps "above" meaning above for a loss; ``tolerance`` the largest
    deviation the two
    intervals allow (``None`` when an interval is unbounded); ``verdict`` "consistent" when
    the intervals overlap.
    """

    verdict: Verdict
    deviation: Decimal | None
    tolerance: Decimal | None


def written(figure: Any) -> Approx[Any]:
    """The interval a stated figure stands for, as an Approx.

    >>> import aibrief as ab
    >>> stated = written(ab.Money("46700000000", "USD"))
    >>> stated.low, stated.high
    (Money('46650000000', 'USD'), Money('46750000000', 'USD'))
    >>> written(ab.Approx(ab.Money("2500000000", "USD"), "about")).low
    Money('2375000000.00', 'USD')
    """
    if isinstance(figure, Approx) and figure.qualifier != "exact":
        return figure
    value = figure.value if isinstance(figure, Approx) else figure
    half = half_unit(magnitude(value))
    if not half:
        return Approx(value, "exact")
    low = _rebuild(value, EXACT.subtract(magnitude(value), half))
    high = _rebuild(value, EXACT.add(magnitude(value), half))
    return Approx(value, "range", low=low, high=high)


def agreement(figure: Approx[Any], expected: Approx[Any]) -> Agreement:
    """Whether ``figure`` can be what ``expected`` is: their intervals overlap.

    The tolerance is the gap the two intervals allow between their values, relative to the
    expected value, so a figure is consistent exactly when ``|deviation| <= tolerance``.

    >>> import aibrief as ab
    >>> agreement(written(ab.Money("467", "USD")), written(ab.Money("468", "USD")))
    Agreement(verdict='consistent', deviation=Decimal('-0.002136752136752136752136752136752137'), tolerance=Decimal('0.002136752136752136752136752136752137'))
    """
    point, centre = magnitude(figure.value), magnitude(expected.value)
    f_low, f_high, _, _ = figure._interval()
    e_low, e_high, _, _ = expected._interval()
    overlap = f_low <= e_high and e_low <= f_high
    verdict: Verdict = "consistent" if overlap else "inconsistent"
    if not centre:
        return Agreement(verdict, None, None)
    deviation = DIVISION.divide(EXACT.subtract(point, centre), centre.copy_abs())
    if point >= centre:
        allowed = _gap(point, f_low) + _gap(e_high, centre)
    else:
        allowed = _gap(f_high, point) + _gap(centre, e_low)
    tolerance = None if allowed.is_infinite() else DIVISION.divide(allowed, centre.copy_abs())
    return Agreement(verdict, deviation, tolerance)


def _gap(high: Decimal, low: Decimal) -> Decimal:
    if high.is_infinite() or low.is_infinite():
        return Decimal("Infinity")
    return EXACT.subtract(high, low)
