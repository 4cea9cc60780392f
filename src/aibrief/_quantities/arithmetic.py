"""The arithmetic news does: "5.6% of", "1/70 of", "N times", "down 17%", "up 1 percentage point".

Each function takes plain numbers (int, numeric str, Decimal), Money, pint quantities from
:func:`aibrief.Q_` and :class:`aibrief.Approx` values; an approximate input gives an approximate
output whose interval holds every possible result. A plain number given as a percent means that
many percent (``5.6`` is 5.6%); a quantity says its own unit (``Q_(5.6, "percent")``,
``Q_(1, "percentage_point")``). Percent and percentage points are never mixed up: 3% to 4% is
+1 percentage point, and +33.3% percent.

Each function first tries a fast path for the exact types news arithmetic mostly sees (Decimal,
int, numeric str, Money, a quantity of percent): plain Decimal arithmetic in aibrief's contexts,
no pint. Anything else (Approx values, compound quantities, mixed kinds, bad input) takes the
general path, which gives the same result, or the same error, for every input.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, overload

from aibrief._core.decimal import DIVISION, EXACT, to_decimal
from aibrief._core.types import is_quantity
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx, _make, _scale
from aibrief._quantities.magnitude import magnitude
from aibrief._units.registry import (
    Q_,
    exact_decimal,
    is_shared_quantity,
    make_quantity,
    ratio_of,
    unit_error,
    units_of,
)
from aibrief.errors import InvalidAmountError, InvalidArgumentError

if TYPE_CHECKING:
    from pint import Quantity

__all__ = [
    "apply_change",
    "fraction_of",
    "percent_change",
    "percent_of",
    "percentage_point_change",
    "times",
    "whole_from_part",
]

_HUNDREDTH = Decimal("0.01")
_ONE = Decimal(1)


@overload
def percent_of(percent: Approx[Any], whole: Any) -> Approx[Any]: ...
@overload
def percent_of(percent: Any, whole: Approx[Any]) -> Approx[Any]: ...
@overload
def percent_of(percent: int | str | Decimal | Quantity[Any], whole: Money) -> Money: ...
@overload
def percent_of(
    percent: int | str | Decimal | Quantity[Any], whole: int | str | Decimal
) -> Decimal: ...
@overload
def percent_of(
    percent: int | str | Decimal | Quantity[Any], whole: Quantity[Any]
) -> Quantity[Any]: ...
def percent_of(percent: Any, whole: Any) -> Any:
    """``percent`` percent of ``whole``: "5.6% of the budget".

    >>> import aibrief as ab
    >>> ab.percent_of("5.6", ab.Money("99571428.57", "USD"))
    Money('5575999.99992', 'USD')
    >>> ab.percent_of(ab.Q_(5.6, "percent"), 1000)
    Decimal('56.000')
    >>> ab.percent_of(ab.Approx(5, "about"), ab.Money("100", "USD"))
    Approx(Money('5.00', 'USD'), 'about')
    """
    ratio = _exact_ratio(percent, "percent")
    if ratio is not None:
        product = _scaled(whole, ratio)
        if product is not None:
            return product
    return _percent_of(percent, whole)


@overload
def whole_from_part(part: Approx[Any], percent: Any) -> Approx[Any]: ...
@overload
def whole_from_part(part: Any, percent: Approx[Any]) -> Approx[Any]: ...
@overload
def whole_from_part(part: Money, percent: int | str | Decimal | Quantity[Any]) -> Money: ...
@overload
def whole_from_part(
    part: int | str | Decimal, percent: int | str | Decimal | Quantity[Any]
) -> Decimal: ...
@overload
def whole_from_part(
    part: Quantity[Any], percent: int | str | Decimal | Quantity[Any]
) -> Quantity[Any]: ...
def whole_from_part(part: Any, percent: Any) -> Any:
    """The whole that ``part`` is ``percent`` percent of: "$5,576,000 is 5.6% of Y".

    >>> import aibrief as ab
    >>> ab.whole_from_part(ab.Money("5576000", "USD"), "5.6")
    Money('99571428.57142857142857142857142857', 'USD')
    """
    ratio = _exact_ratio(percent, "percent")
    if ratio:  # a zero ratio takes the general path, which refuses it
        quotient = _divided(part, ratio)
        if quotient is not None:
            return quotient
    return _whole_from_part(part, percent)


@overload
def fraction_of(fraction: Approx[Any], whole: Any) -> Approx[Any]: ...
@overload
def fraction_of(fraction: Any, whole: Approx[Any]) -> Approx[Any]: ...
@overload
def fraction_of(
    fraction: Fraction | tuple[int, int] | int | str | Decimal, whole: Money
) -> Money: ...
@overload
def fraction_of(
    fraction: Fraction | tuple[int, int] | int | str | Decimal, whole: int | str | Decimal
) -> Decimal: ...
@overload
def fraction_of(
    fraction: Fraction | tuple[int, int] | int | str | Decimal, whole: Quantity[Any]
) -> Quantity[Any]: ...
def fraction_of(fraction: Any, whole: Any) -> Any:
    """A fraction of ``whole``: "1/70 of". ``fraction`` is a Fraction, "1/70", a number or a pair.

    >>> import aibrief as ab
    >>> from fractions import Fraction
    >>> ab.fraction_of(Fraction(1, 70), ab.Money("70", "CNY"))
    Money('1', 'CNY')
    >>> ab.fraction_of((2, 3), 9)
    Decimal('6')
    """
    numerator, denominator = _fraction(fraction)
    amount = _exact_amount(whole)
    if amount is not None:
        return _like(whole, DIVISION.divide(EXACT.multiply(amount, numerator), denominator))
    return _fraction_of(fraction, whole)


@overload
def times(n: Approx[Any], value: Any) -> Approx[Any]: ...
@overload
def times(n: Any, value: Approx[Any]) -> Approx[Any]: ...
@overload
def times(n: int | str | Decimal, value: Money) -> Money: ...
@overload
def times(n: int | str | Decimal, value: int | str | Decimal) -> Decimal: ...
@overload
def times(n: int | str | Decimal, value: Quantity[Any]) -> Quantity[Any]: ...
def times(n: Any, value: Any) -> Any:
    """``n`` times ``value``: "three times the 2023 figure".

    >>> import aibrief as ab
    >>> ab.times(3, ab.Money("1.5", "USD"))
    Money('4.5', 'USD')
    """
    number = _exact_number(n, "n")
    if number is not None:
        product = _scaled(value, number)
        if product is not None:
            return product
    return _times_general(n, value)


@overload
def percent_change(old: Approx[Any], new: Any) -> Approx[Any]: ...
@overload
def percent_change(old: Any, new: Approx[Any]) -> Approx[Any]: ...
@overload
def percent_change(
    old: Money | Quantity[Any] | int | str | Decimal,
    new: Money | Quantity[Any] | int | str | Decimal,
) -> Quantity[Any]: ...
def percent_change(old: Any, new: Any) -> Any:
    """The change from ``old`` to ``new`` as a percent quantity: "revenue rose 33.3%".

    >>> import aibrief as ab
    >>> ab.percent_change(ab.Money("3", "USD"), ab.Money("4", "USD"))
    <Quantity(33.33333333333333333333333333333333, 'percent')>
    >>> ab.percent_change(120, 100)
    <Quantity(-16.66666666666666666666666666666667, 'percent')>
    """
    ratio = _exact_change(old, new)
    if ratio is not None:
        return make_quantity(ratio.scaleb(2, context=EXACT), "percent")
    return _percent_change(old, new)


@overload
def percentage_point_change(old_pct: Approx[Any], new_pct: Any) -> Approx[Any]: ...
@overload
def percentage_point_change(old_pct: Any, new_pct: Approx[Any]) -> Approx[Any]: ...
@overload
def percentage_point_change(
    old_pct: int | str | Decimal | Quantity[Any], new_pct: int | str | Decimal | Quantity[Any]
) -> Quantity[Any]: ...
def percentage_point_change(old_pct: Any, new_pct: Any) -> Any:
    """The difference of two percentages in percentage points: 3% to 4% is +1 point.

    >>> import aibrief as ab
    >>> ab.percentage_point_change(3, ab.Q_(4, "percent"))
    <Quantity(1, 'percentage_point')>
    """
    new = _exact_percent(new_pct)
    old = None if new is None else _exact_percent(old_pct)
    if new is not None and old is not None:
        return make_quantity(EXACT.subtract(new, old), "percentage_point")
    return _percentage_point_change(old_pct, new_pct)


@overload
def apply_change(value: Approx[Any], change: Any) -> Approx[Any]: ...
@overload
def apply_change(value: Any, change: Approx[Any]) -> Approx[Any]: ...
@overload
def apply_change(value: Money, change: int | str | Decimal | Quantity[Any]) -> Money: ...
@overload
def apply_change(
    value: int | str | Decimal, change: int | str | Decimal | Quantity[Any]
) -> Decimal: ...
@overload
def apply_change(
    value: Quantity[Any], change: int | str | Decimal | Quantity[Any]
) -> Quantity[Any]: ...
def apply_change(value: Any, change: Any) -> Any:
    """``value`` after a change: a percent (``Q_(-17, "percent")`` or ``-17``) or, for a
    percentage, a number of percentage points.

    >>> import aibrief as ab
    >>> ab.apply_change(ab.Money("200", "USD"), ab.Q_(-17, "percent"))
    Money('166.00', 'USD')
    >>> ab.apply_change(ab.Q_(3, "percent"), ab.Q_(1, "percentage_point"))
    <Quantity(4, 'percent')>
    """
    kind = type(value)
    if kind is Money or kind is Decimal or kind is int:
        ratio = _exact_ratio(change, "change")
        if ratio is not None:
            return _scaled(value, EXACT.add(_ONE, ratio))
    elif is_shared_quantity(value) and is_shared_quantity(change) and _in_points(change):
        points = _exact_in(change, "percentage_point")
        if points is not None and _is_exact_percent(value):
            # What the general path's pint arithmetic does, in the same (DIVISION) context:
            # Q_(1, "percent") * points, then value + that, both in percent.
            step = DIVISION.multiply(_ONE, points)
            return make_quantity(DIVISION.add(value._magnitude, step), "percent")
    return _apply_change(value, change)


# --- The general path: Approx values, compound quantities and every mix ------------------------
# One function per public function, taking the same arguments: tests check the two agree.


def _percent_of(percent: Any, whole: Any) -> Any:
    return _times(_ratio(percent, "percent"), _whole(whole, "whole"))


def _whole_from_part(part: Any, percent: Any) -> Any:
    ratio = _ratio(percent, "percent")
    if not isinstance(ratio, Approx) and not ratio:
        raise InvalidAmountError(f"{part!r} cannot be 0% of anything", value=percent)
    return _divide(_whole(part, "part"), ratio)


def _fraction_of(fraction: Any, whole: Any) -> Any:
    numerator, denominator = _fraction(fraction)
    return _divide(_times(numerator, _whole(whole, "whole")), denominator)


def _times_general(n: Any, value: Any) -> Any:
    return _times(_whole(n, "n"), _whole(value, "value"))


def _percent_change(old: Any, new: Any) -> Any:
    old, new = _whole(old, "old"), _whole(new, "new")
    if not isinstance(old, Approx) and not _magnitude_of(old):
        raise InvalidAmountError(f"cannot take a percent change from {old!r}", value=old)
    ratio = _plain_ratio(_divide(_minus(new, old), old))
    if isinstance(ratio, Decimal):
        return make_quantity(ratio.scaleb(2, context=EXACT), "percent")
    return _times(ratio, Q_(100, "percent"))


def _percentage_point_change(old_pct: Any, new_pct: Any) -> Any:
    points = _minus(_percent_number(new_pct), _percent_number(old_pct))
    if isinstance(points, Decimal):
        return make_quantity(points, "percentage_point")
    return _times(points, Q_(1, "percentage_point"))


def _apply_change(value: Any, change: Any) -> Any:
    value = _whole(value, "value")
    points = _points(change)
    if points is not None:
        if isinstance(value, Decimal | Approx) and not _holds_quantity(value):
            return _plus(value, points)
        return _plus(value, _times(points, Q_(1, "percent")))
    return _times(_plus(Decimal(1), _ratio(change, "change")), value)


# --- The fast path: exact types only, no pint ---------------------------------------------------
# Each helper returns None for anything it does not handle, and then the caller takes the general
# path. Both compute the same Decimal operations in the same order, so results are identical.


def _exact_number(value: Any, name: str) -> Decimal | None:
    """A Decimal, int or numeric str as a Decimal (as ``_whole`` makes it), else None."""
    kind = type(value)
    if kind is Decimal:
        return value  # type: ignore[no-any-return]  # checked by the line above
    if kind is int:
        return Decimal(value)
    if kind is str:
        return exact_decimal(value, name)
    return None


def _exact_ratio(percent: Any, name: str) -> Decimal | None:
    """A plain number of percent, or a quantity of a ratio unit, as a Decimal ratio, else None."""
    number = _exact_number(percent, name)
    if number is not None:
        return EXACT.multiply(number, _HUNDREDTH)
    if is_shared_quantity(percent):
        return ratio_of(percent)
    return None


def _exact_percent(value: Any) -> Decimal | None:
    """A plain number of percent, or a quantity of the shared registry in percent, else None."""
    number = _exact_number(value, "percent")
    if number is None and is_shared_quantity(value):
        return _exact_in(value, "percent")
    return number


def _exact_in(quantity: Any, unit: str) -> Decimal | None:
    """A shared-registry quantity's finite Decimal magnitude in ``unit`` (as ``_number_in``)."""
    magnitude = quantity._magnitude
    if type(magnitude) is not Decimal or not magnitude.is_finite():
        return None
    return EXACT.multiply(magnitude, _unit_factor(quantity, unit))


def _is_exact_percent(value: Any) -> bool:
    """Whether a shared-registry quantity is a Decimal number of percent."""
    return value._units == units_of("percent") and type(value._magnitude) is Decimal


def _exact_amount(value: Any) -> Decimal | None:
    """The amount of Money, or a Decimal or an int as a Decimal, else None."""
    kind = type(value)
    if kind is Money:
        return value.amount  # type: ignore[no-any-return]  # Money's amount is a Decimal
    if kind is Decimal:
        return value  # type: ignore[no-any-return]  # checked by the line above
    if kind is int:
        return Decimal(value)
    return None


def _like(value: Any, amount: Decimal) -> Any:
    """``amount`` as Money in ``value``'s currency if ``value`` is Money, else as is."""
    if type(value) is Money:
        return Money._trusted(amount, value.currency)
    return amount


def _scaled(value: Any, factor: Decimal) -> Any:
    """``factor * value`` for Money, a Decimal or an int, else None.

    Exact multiplication is commutative down to the exponent, so operand order does not matter.
    """
    amount = _exact_amount(value)
    return None if amount is None else _like(value, EXACT.multiply(amount, factor))


def _divided(value: Any, divisor: Decimal) -> Any:
    """``value / divisor`` (not zero) for Money, a Decimal or an int, else None."""
    amount = _exact_amount(value)
    return None if amount is None else _like(value, DIVISION.divide(amount, divisor))


def _exact_change(old: Any, new: Any) -> Decimal | None:
    """``(new - old) / old`` for two Money of one currency or two plain numbers, else None."""
    if type(old) is Money:
        if type(new) is not Money or new.currency != old.currency:
            return None
        base, top = old.amount, new.amount
    else:
        number = _exact_number(old, "old")
        if number is None:
            return None
        base, other = number, _exact_number(new, "new")
        if other is None:
            return None
        top = other
    if not base:  # the general path raises the error for a zero base
        return None
    return DIVISION.divide(EXACT.subtract(top, base), base)


# --- Converting arguments ---------------------------------------------------------------------


def _whole(value: Any, name: str) -> Any:
    if isinstance(value, Money | Approx | Decimal) or is_quantity(value):
        return value
    if isinstance(value, int | str | float) and not isinstance(value, bool):
        return to_decimal(value, name=name)  # a float gets the error that says what to pass
    fix = "pass a number, Money, a quantity from aibrief.Q_ or an aibrief.Approx"
    raise unit_error("use", value, Decimal(1), fix)


def _ratio(percent: Any, name: str) -> Any:
    """A percent (plain number of percent, or a dimensionless quantity) as a Decimal ratio."""
    if isinstance(percent, Approx):
        return _plain_ratio(percent * _HUNDREDTH if _is_number(percent.value) else percent)
    if is_quantity(percent):
        ratio = ratio_of(percent)
        if ratio is None:
            return _plain_ratio(percent)
        return ratio
    if isinstance(percent, Money):  # most likely the arguments were swapped
        fix = (
            f"{name} takes a number of percent such as '5.6' or aibrief.Q_(5.6, 'percent'), "
            "not money; check the order of the arguments"
        )
        raise unit_error("use", percent, Decimal(1), fix)
    return EXACT.multiply(_whole(percent, name), _HUNDREDTH)


def _plain_ratio(value: Any) -> Any:
    """A dimensionless quantity (or an Approx of one) as a plain Decimal (or Approx of one)."""
    return _number_in(value, "dimensionless")


def _number_in(value: Any, unit: str) -> Any:
    """A quantity (or an Approx of one) as its Decimal magnitude in ``unit``; others as given."""
    inner = value.value if isinstance(value, Approx) else value
    if not is_quantity(inner):
        return value
    factor = _unit_factor(inner, unit)
    number = EXACT.multiply(to_decimal(inner.magnitude), factor)
    if isinstance(value, Approx):
        interval = _scale(value._interval(), factor)
        return _make(number, value.qualifier, value.tolerance, interval)
    return number


def _percent_number(value: Any) -> Any:
    value = _whole(value, "percent")
    inner = value.value if isinstance(value, Approx) else value
    if is_quantity(inner):
        return _number_in(value, "percent")
    return value


def _points(change: Any) -> Any:
    """A percentage-point change as a Decimal number of points, else None."""
    inner = change.value if isinstance(change, Approx) else change
    if not is_quantity(inner) or not _in_points(inner):
        return None
    return _number_in(change, "percentage_point")


# pint's conversions and dimensionality are slow next to Decimal arithmetic, and both depend on
# the units alone, so they are cached by units (and registry: the quantity's class).
_CACHE_LIMIT = 1024
_factors: dict[tuple[type, Any, str], Decimal] = {}
_points_units: dict[tuple[type, Any], bool] = {}


def _unit_factor(quantity: Any, unit: str) -> Decimal:
    """What one of ``quantity``'s units is in ``unit``."""
    key = (type(quantity), quantity._units, unit)
    factor = _factors.get(key)
    if factor is None:
        one = type(quantity)(Decimal(1), quantity.units)
        factor = to_decimal(one.to(unit).magnitude)
        if len(_factors) >= _CACHE_LIMIT:
            _factors.clear()
        _factors[key] = factor
    return factor


def _in_points(quantity: Any) -> bool:
    """Whether a quantity is a change in percentage points (or basis points)."""
    key = (type(quantity), quantity._units)
    points = _points_units.get(key)
    if points is None:
        points = "[percentage_point]" in str(quantity.dimensionality)
        if len(_points_units) >= _CACHE_LIMIT:
            _points_units.clear()
        _points_units[key] = points
    return points


def _fraction(fraction: Any) -> tuple[Decimal, Decimal]:
    if isinstance(fraction, Fraction):
        numerator, denominator = Decimal(fraction.numerator), Decimal(fraction.denominator)
    elif isinstance(fraction, tuple) and len(fraction) == 2:
        top, bottom = fraction
        numerator, denominator = exact_decimal(top, "fraction"), exact_decimal(bottom, "fraction")
    elif isinstance(fraction, str) and "/" in fraction:
        top, _, bottom = fraction.partition("/")
        numerator, denominator = exact_decimal(top, "fraction"), exact_decimal(bottom, "fraction")
    else:
        numerator, denominator = to_decimal(fraction, name="fraction"), Decimal(1)
    if not denominator:
        message = f"fraction {fraction!r} has a zero denominator; pass e.g. Fraction(1, 70)"
        raise InvalidArgumentError(message, name="fraction", value=fraction)
    return numerator, denominator


# --- Arithmetic over Decimal, Money, quantities and Approx ---------------------------------------


def _is_number(value: Any) -> bool:
    return isinstance(value, Decimal | int | str) and not isinstance(value, bool)


def _holds_quantity(value: Any) -> bool:
    return is_quantity(value.value if isinstance(value, Approx) else value)


def _magnitude_of(value: Any) -> Decimal:
    return magnitude(value)


def _times(left: Any, right: Any) -> Any:
    if isinstance(left, Approx) or isinstance(right, Approx):
        return _approx(left) * right
    if isinstance(left, Decimal):
        if isinstance(right, Decimal):
            return EXACT.multiply(left, right)
        if isinstance(right, Money):  # the hot path: skip Money's argument checks
            return Money._trusted(EXACT.multiply(right.amount, left), right.currency)
    return right * left if isinstance(left, Decimal) else left * right


def _divide(left: Any, right: Any) -> Any:
    if isinstance(left, Approx) or isinstance(right, Approx):
        return _approx(left) / right
    if isinstance(right, Decimal) and isinstance(left, Decimal | Money):
        if not right:
            raise InvalidAmountError(f"cannot divide {left} by zero", value=right)
        if isinstance(left, Money):
            return Money._trusted(DIVISION.divide(left.amount, right), left.currency)
        return DIVISION.divide(left, right)
    return left / right


def _plus(left: Any, right: Any) -> Any:
    if isinstance(left, Approx) or isinstance(right, Approx):
        return _approx(left) + right
    if isinstance(left, Decimal) and isinstance(right, Decimal):
        return EXACT.add(left, right)
    return _checked_add(left, right)


def _minus(left: Any, right: Any) -> Any:
    if isinstance(left, Approx) or isinstance(right, Approx):
        return _approx(left) - right
    if isinstance(left, Decimal) and isinstance(right, Decimal):
        return EXACT.subtract(left, right)
    return _checked_add(left, _times(right, Decimal(-1)))


def _checked_add(left: Any, right: Any) -> Any:
    try:
        return left + right
    except TypeError as error:
        if isinstance(error, InvalidAmountError | InvalidArgumentError) or "mix" in str(error):
            raise
        raise unit_error("add", left, right, "add values of one kind and unit") from error


def _approx(value: Any) -> Approx[Any]:
    return value if isinstance(value, Approx) else Approx(value, "exact")
