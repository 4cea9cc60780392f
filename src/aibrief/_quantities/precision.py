"""Precision as written: the interval a figure's written digits imply.

A figure in the news is rounded at its last significant digit, so it stands for anything
within half a unit of that digit: "$31.84B" for 31.835 to 31.845 billion dollars, "318억 달러"
for 317.5억 to 318.5억. Zeros that end a whole number are not significant (news writes 8
billion as "80억", which stands for 75억 to 85억); digits written after a decimal point are,
zeros included ("1.50%" stands for 1.495% to 1.505%).

This is the one home of that rule: :meth:`aibrief.ParsedAmount.written_interval` gives the
interval of a figure read from text, and the claim checks' tolerance
(:func:`aibrief.claim_tolerance`) is built on :func:`rounding_tolerance`.

>>> half_unit(Decimal("8000000000")), half_unit(Decimal("31840000000")), half_unit(Decimal("1.50"))
(Decimal('5E+8'), Decimal('5E+6'), Decimal('0.005'))
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from aibrief._core.decimal import DIVISION, EXACT
from aibrief._quantities.approx import Approx, _rebuild
from aibrief._quantities.magnitude import magnitude

__all__ = ["half_unit", "rounding_tolerance", "written_interval"]


def half_unit(figure: Decimal) -> Decimal:
    """Half a unit of the last significant digit of ``figure`` (0 for zero): 80억 gives 5억.

    Zeros that end a whole number do not count; digits after a decimal point do, as written.
    """
    if figure == 0:
        return Decimal(0)
    exponent = int(figure.as_tuple().exponent)
    if exponent >= 0:  # a whole number: its trailing zeros say nothing of its precision
        exponent = int(figure.normalize(EXACT).as_tuple().exponent)
    return Decimal(5).scaleb(exponent - 1, EXACT)


def rounding_tolerance(figure: Decimal) -> Decimal:
    """The largest relative error of a figure rounded at its last significant digit.

    A figure ``s`` with half-unit ``h`` stands for any value ``x`` in ``[s - h, s + h]``, so
    ``|s / x - 1|`` is at most ``h / (|s| - h)``: 5억 / 75억 = 6.67% for "80억".

    >>> rounding_tolerance(Decimal("8000000000"))
    Decimal('0.06666666666666666666666666666666667')
    >>> rounding_tolerance(Decimal("7980000000"))
    Decimal('0.0006269592476489028213166144200626959')
    """
    half = half_unit(figure)
    return DIVISION.divide(half, EXACT.subtract(figure.copy_abs(), half)) if half else half


def written_interval(value: Any) -> Approx[Any]:
    """The range of values that round to ``value`` at its last significant digit.

    ``value`` is a Decimal, a Money or a pint quantity; the result is an
    :class:`~aibrief.Approx` of the same kind, "exact" for zero.

    >>> import aibrief as ab
    >>> written_interval(ab.Money("31840000000", "USD"))
    Approx(Money('31840000000', 'USD'), 'range', low=Money('31835000000', 'USD'), high=Money('31845000000', 'USD'))
    """
    number = magnitude(value)
    half = half_unit(number)
    if not half:
        return Approx(value, "exact")
    low = _rebuild(value, EXACT.subtract(number, half))
    high = _rebuild(value, EXACT.add(number, half))
    return Approx(value, "range", low=low, high=high)
