"""Approximate values as news states them: "about 8 billion won", "over 10,000 GPUs".

An :class:`Approx` keeps the figure, the qualifier the text used and the interval the qualifier
implies, so a figure can be checked against a claim (:meth:`Approx.contains`,
:meth:`Approx.consistent_with`) and arithmetic carries the uncertainty along as intervals.

Bounds are ``low`` and ``high`` (``None`` for unbounded), each closed unless ``low_open`` /
``high_open`` says otherwise: "over 10,000" is the open interval (10000, inf), "at least
10,000" the closed [10000, inf).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar, get_args

import attrs

from aibrief._core import html
from aibrief._core.decimal import DIVISION, EXACT, to_decimal
from aibrief._core.types import is_quantity
from aibrief._money.money import Money
from aibrief._quantities.magnitude import magnitude as _magnitude
from aibrief._units import registry
from aibrief._units.registry import unit_error
from aibrief.errors import CurrencyMismatchError, InvalidAmountError, InvalidArgumentError

if TYPE_CHECKING:
    import pint

__all__ = ["DEFAULT_TOLERANCE", "Approx", "Qualifier"]

#: How a figure was qualified. Implied intervals, for a positive value v and tolerance t:
#: ``exact`` [v, v]; ``about`` [v(1-t), v(1+t)]; ``over`` (v, inf); ``at_least`` [v, inf);
#: ``nearly`` [v(1-t), v]; ``under`` (-inf, v); ``up_to`` (-inf, v]; ``range`` [low, high].
Qualifier = Literal["exact", "about", "over", "at_least", "nearly", "under", "up_to", "range"]

#: The relative tolerance of "about" and "nearly" when none is given: 5%.
DEFAULT_TOLERANCE = Decimal("0.05")

V = TypeVar("V", Decimal, "Money", "pint.Quantity[Any]")

_QUALIFIERS = frozenset(get_args(Qualifier))
_TOLERANT = frozenset({"about", "nearly"})
_MIRRORED = {"exact": "exact", "about": "about", "over": "under", "under": "over"}
_MIRRORED |= {"at_least": "up_to", "up_to": "at_least"}
_INFINITY = Decimal("Infinity")

# An interval of magnitudes: low, high (infinite when unbounded), low open, high open.
_Interval = tuple[Decimal, Decimal, bool, bool]


def _as_value(value: V | int | str) -> V:
    # Typed with V so that mypy's attrs plugin gives __init__ a ``value: V | int | str``:
    # Approx(Money(...), "about") is then an Approx[Money], and a float is refused.
    converted: V = _to_value(value)
    return converted


def _to_value(value: object) -> Any:
    if isinstance(value, Money) or is_quantity(value):
        return value
    if isinstance(value, Approx):
        message = f"{value!r} is already approximate; pass its .value"
        raise InvalidArgumentError(message, name="value", value=value)
    return to_decimal(value, name="value")


def _as_bound(bound: V | int | str | None) -> V | None:
    # Typed as _as_value is, so that low=3 is accepted for an Approx[Decimal]; the bound is
    # put in the value's units once the value is known (__attrs_post_init__).
    return None if bound is None else _as_value(bound)


@attrs.frozen(repr=False)
class Approx(Generic[V]):
    """A figure with the qualifier news gave it, and the interval that qualifier implies.

    ``value`` is a Decimal (ints and numeric strings are converted), a Money or a pint
    quantity; ``low`` and ``high`` are of the same kind. ``tolerance`` is the relative width
    of "about" and "nearly" (default 5%); "range" needs ``low`` and ``high``.

    >>> import aibrief as ab
    >>> won = ab.Approx(ab.Money("8000000000", "KRW"), "about")
    >>> won
    Approx(Money('8000000000', 'KRW'), 'about')
    >>> won.low, won.high
    (Money('7600000000.00', 'KRW'), Money('8400000000.00', 'KRW'))
    >>> won.contains(ab.Money("8200000000", "KRW"))
    True
    >>> gpus = ab.Approx(ab.Q_(10_000, "gpu"), "over")
    >>> gpus.contains(ab.Q_(10_000, "gpu")), gpus.contains(ab.Q_(10_001, "gpu"))
    (False, True)
    >>> ab.Approx(3, "about") * 2
    Approx(Decimal('6'), 'about')
    """

    value: V = attrs.field(converter=_as_value)
    qualifier: Qualifier
    low: V | None = attrs.field(default=None, kw_only=True, converter=_as_bound)
    high: V | None = attrs.field(default=None, kw_only=True, converter=_as_bound)
    tolerance: Decimal | None = attrs.field(default=None, kw_only=True)
    low_open: bool | None = attrs.field(default=None, kw_only=True)
    high_open: bool | None = attrs.field(default=None, kw_only=True)

    # Money * Approx leaves the product to Approx.__rmul__, which scales the bounds too.
    _handles_money_: ClassVar[bool] = True

    def __attrs_post_init__(self) -> None:
        if self.qualifier not in _QUALIFIERS:
            expected = ", ".join(repr(q) for q in sorted(_QUALIFIERS))
            message = f"qualifier {self.qualifier!r} is not one of {expected}"
            raise InvalidArgumentError(message, name="qualifier", value=self.qualifier)
        tolerance = _tolerance(self.qualifier, self.tolerance)
        if self.qualifier == "range" and (self.low is None or self.high is None):
            message = "a 'range' needs both low= and high=, e.g. Approx(4, 'range', low=3, high=5)"
            raise InvalidArgumentError(message, name="qualifier", value="range")
        low, high, low_open, high_open = _implied(self.qualifier, _magnitude(self.value), tolerance)
        if self.low is not None:
            low, low_open = _in_units_of(self.value, self.low), False
        if self.high is not None:
            high, high_open = _in_units_of(self.value, self.high), False
        low_open = low_open if self.low_open is None else self.low_open
        high_open = high_open if self.high_open is None else self.high_open
        if low > high:
            message = f"low {self.low!r} is above high {self.high!r}; swap them"
            raise InvalidArgumentError(message, name="low", value=self.low)
        _set(self, _rebuild(self.value, low), _rebuild(self.value, high), low_open, high_open)
        object.__setattr__(self, "tolerance", tolerance)

    # --- Checking figures against the claim -----------------------------------------------

    def contains(self, figure: object) -> bool:
        """Whether an exact figure lies inside the interval the qualifier implies.

        >>> import aibrief as ab
        >>> ab.Approx(10, "nearly").contains(ab.Approx(10, "nearly").low)
        True
        >>> ab.Approx("10", "nearly").contains(11)
        False
        """
        point = _magnitude(_to_value(figure))
        low, high, low_open, high_open = self._interval()
        factor = _factor(self.value, _to_value(figure), "compare")
        point = EXACT.multiply(point, factor)
        above = point > low or (point == low and not low_open)
        below = point < high or (point == high and not high_open)
        return above and below

    def consistent_with(self, other: object) -> bool:
        """Whether two claims can both be true: their intervals overlap.

        >>> import aibrief as ab
        >>> ab.Approx(100, "about").consistent_with(ab.Approx(104, "over"))
        True
        >>> ab.Approx(100, "under").consistent_with(ab.Approx(100, "at_least"))
        False
        """
        theirs = _lift(other)
        factor = _factor(self.value, theirs.value, "compare")
        a_low, a_high, a_low_open, a_high_open = self._interval()
        b_low, b_high, b_low_open, b_high_open = _scale(theirs._interval(), factor)
        low, low_open = max((a_low, a_low_open), (b_low, b_low_open))
        high, high_closed = min((a_high, not a_high_open), (b_high, not b_high_open))
        return low < high or (low == high and not low_open and high_closed)

    # --- Interval arithmetic ----------------------------------------------------------------

    def __add__(self, other: object) -> Approx[Any]:
        theirs = _lift(other)
        factor = _factor(self.value, theirs.value, "add")
        a, b = self._interval(), _scale(theirs._interval(), factor)
        interval = (_add(a[0], b[0]), _add(a[1], b[1]), a[2] or b[2], a[3] or b[3])
        total = EXACT.add(_magnitude(self.value), EXACT.multiply(_magnitude(theirs.value), factor))
        exact = self.qualifier == theirs.qualifier == "exact"
        return _result(_rebuild(self.value, total), interval, exact)

    __radd__ = __add__

    def __neg__(self) -> Approx[V]:
        return self * -1

    def __sub__(self, other: object) -> Approx[Any]:
        return self + -_lift(other)

    def __rsub__(self, other: object) -> Approx[Any]:
        return _lift(other) + -self

    def __mul__(self, other: object) -> Approx[Any]:
        theirs = _lift(other)
        unit = _one(self.value) * _one(theirs.value)
        factor = _magnitude(unit)
        product = EXACT.multiply(_magnitude(self.value), _magnitude(theirs.value))
        value = _rebuild(unit, EXACT.multiply(product, factor))
        if theirs.qualifier == "exact" or self.qualifier == "exact":
            scaled, scale = (self, theirs) if theirs.qualifier == "exact" else (theirs, self)
            kept = _rescaled(scaled, value, _magnitude(scale.value), factor)
            if kept is not None:
                return kept
        interval = _scale(_multiply(self._interval(), theirs._interval()), factor)
        return _result(value, interval, False)

    __rmul__ = __mul__

    def __truediv__(self, other: object) -> Approx[Any]:
        theirs = _lift(other)
        low, high, low_open, high_open = theirs._interval()
        if low < 0 < high or (low == 0 and not low_open) or (high == 0 and not high_open):
            message = f"cannot divide by {theirs!r}: its interval contains zero"
            raise InvalidAmountError(message, value=other)
        inverse = (
            _invert(high),
            _invert(low),
            high_open or high.is_infinite(),
            low_open or low.is_infinite(),
        )
        unit = _one(self.value) / _one(theirs.value)
        factor = _magnitude(unit)
        quotient = DIVISION.divide(_magnitude(self.value), _magnitude(theirs.value))
        value = _rebuild(unit, EXACT.multiply(quotient, factor))
        if theirs.qualifier == "exact":
            inverse_scale = DIVISION.divide(1, _magnitude(theirs.value))
            kept = _rescaled(self, value, inverse_scale, factor)
            if kept is not None:
                return kept
        interval = _scale(_multiply(self._interval(), inverse), factor)
        return _result(value, interval, self.qualifier == theirs.qualifier == "exact")

    def __rtruediv__(self, other: object) -> Approx[Any]:
        return _lift(other) / self

    # --- Presentation -----------------------------------------------------------------------

    def __repr__(self) -> str:
        parts = [repr(self.value), repr(self.qualifier)]
        tolerance = self.tolerance if self.qualifier in _TOLERANT else None
        implied = _implied(self.qualifier, _magnitude(self.value), tolerance or DEFAULT_TOLERANCE)
        low, high, low_open, high_open = self._interval()
        if self.qualifier == "range" or low != implied[0]:
            parts.append(f"low={self.low!r}")
        if self.qualifier == "range" or high != implied[1]:
            parts.append(f"high={self.high!r}")
        if tolerance is not None and tolerance != DEFAULT_TOLERANCE:
            parts.append(f"tolerance={tolerance!r}")
        if low_open != (self.qualifier == "over"):
            parts.append(f"low_open={low_open}")
        if high_open != (self.qualifier == "under"):
            parts.append(f"high_open={high_open}")
        return f"Approx({', '.join(parts)})"

    def __str__(self) -> str:
        return f"{self.qualifier.replace('_', ' ')} {self.value}"

    def _repr_html_(self) -> str:
        """An approximate figure as a table: value, qualifier and the interval it implies.

        >>> import aibrief as ab
        >>> print(ab.Approx(ab.Money("8000000000", "KRW"), "about")._repr_html_())
        <table class="aibrief aibrief-approx"><tr><th>value</th><td>8,000,000,000 KRW</td></tr><tr><th>qualifier</th><td>about</td></tr><tr><th>interval</th><td>[7,600,000,000.00 KRW, 8,400,000,000.00 KRW]</td></tr></table>
        """
        low = (
            "(−∞"
            if self.low is None
            else ("(" if self.low_open else "[") + html.cell_text(self.low)
        )
        high = (
            "+∞)"
            if self.high is None
            else html.cell_text(self.high) + (")" if self.high_open else "]")
        )
        return html.fields(
            "approx",
            [("value", self.value), ("qualifier", self.qualifier), ("interval", f"{low}, {high}")],
        )

    def _interval(self) -> _Interval:
        low = -_INFINITY if self.low is None else _magnitude(self.low)
        high = _INFINITY if self.high is None else _magnitude(self.high)
        return low, high, bool(self.low_open), bool(self.high_open)


# --- Values of three kinds: Decimal, Money, pint quantity -----------------------------------


def _rebuild(like: Any, magnitude: Decimal) -> Any:
    """A value of the same kind and unit as ``like`` with another magnitude (None if infinite)."""
    if magnitude.is_infinite():
        return None
    if isinstance(like, Decimal):
        return magnitude
    if isinstance(like, Money):
        return Money._trusted(magnitude, like.currency)
    return type(like)(magnitude, like.units)


def _one(value: Any) -> Any:
    return _rebuild(value, Decimal(1))


def _factor(ours: Any, theirs: Any, operation: str) -> Decimal:
    """What one of ``theirs``'s units is in ``ours``'s units (money must share its currency)."""
    if isinstance(ours, Decimal) and isinstance(theirs, Decimal):
        return Decimal(1)
    if isinstance(ours, Money) and isinstance(theirs, Money):
        if ours.currency != theirs.currency:
            raise CurrencyMismatchError.for_operation(operation, ours.currency, theirs.currency)
        return Decimal(1)
    if is_quantity(ours) and is_quantity(theirs):
        return _magnitude(_one(theirs).to(ours.units))
    fix = "use values of one kind: both plain numbers, both Money or both quantities"
    raise unit_error(operation, ours, theirs, fix)


def _in_units_of(value: Any, bound: Any) -> Decimal:
    # The bound's converter (_as_bound) has already made it a Decimal, Money or quantity.
    return EXACT.multiply(_magnitude(bound), _factor(value, bound, "compare"))


def _lift(value: object) -> Approx[Any]:
    return value if isinstance(value, Approx) else Approx(value, "exact")


def _set(approx: Approx[Any], low: Any, high: Any, low_open: bool, high_open: bool) -> None:
    object.__setattr__(approx, "low", low)
    object.__setattr__(approx, "high", high)
    object.__setattr__(approx, "low_open", low_open and low is not None)
    object.__setattr__(approx, "high_open", high_open and high is not None)


# --- Qualifiers and intervals -----------------------------------------------------------------


def _tolerance(qualifier: str, tolerance: object) -> Decimal | None:
    if qualifier not in _TOLERANT:
        if tolerance is not None:
            message = f"tolerance applies to 'about' and 'nearly' only, not {qualifier!r}"
            raise InvalidArgumentError(message, name="tolerance", value=tolerance)
        return None
    result = DEFAULT_TOLERANCE if tolerance is None else to_decimal(tolerance, name="tolerance")
    if result < 0 or (qualifier == "nearly" and result > 1):
        message = f"tolerance {tolerance!r} is out of range; pass a ratio such as '0.05' for 5%"
        raise InvalidArgumentError(message, name="tolerance", value=tolerance)
    return result


def _implied(qualifier: str, value: Decimal, tolerance: Decimal | None) -> _Interval:
    spread = EXACT.multiply(EXACT.abs(value), tolerance or 0)
    if qualifier == "about":
        return EXACT.subtract(value, spread), EXACT.add(value, spread), False, False
    if qualifier == "nearly":
        toward_zero = EXACT.subtract(value, spread) if value >= 0 else EXACT.add(value, spread)
        return min(value, toward_zero), max(value, toward_zero), False, False
    if qualifier in {"over", "at_least"}:
        return value, _INFINITY, qualifier == "over", False
    if qualifier in {"under", "up_to"}:
        return -_INFINITY, value, False, qualifier == "under"
    if qualifier == "range":
        return -_INFINITY, _INFINITY, False, False
    return value, value, False, False


def _result(value: Any, interval: _Interval, exact: bool) -> Approx[Any]:
    """An arithmetic result, named by the shape of its interval."""
    low, high, low_open, high_open = interval
    if exact:
        qualifier = "exact"
    elif low.is_infinite() and high.is_infinite():
        qualifier = "range"
    elif high.is_infinite():
        qualifier = "over" if low_open else "at_least"
    elif low.is_infinite():
        qualifier = "under" if high_open else "up_to"
    else:
        qualifier = "range"
    return _make(value, qualifier, None, interval)


def _rescaled(
    approx: Approx[Any], value: Any, scale: Decimal, factor: Decimal
) -> Approx[Any] | None:
    """Scaling by an exact number keeps the qualifier (mirrored when the number is negative)."""
    qualifier = approx.qualifier if scale > 0 else _MIRRORED.get(approx.qualifier)
    if qualifier is None or scale == 0:
        return None
    lo, hi, lo_open, hi_open = _scale(approx._interval(), EXACT.multiply(scale, factor))
    return _make(value, qualifier, approx.tolerance, (lo, hi, lo_open, hi_open))


def _make(
    value: Any, qualifier: str, tolerance: Decimal | None, interval: _Interval
) -> Approx[Any]:
    approx: Approx[Any] = object.__new__(Approx)
    object.__setattr__(approx, "value", value)
    object.__setattr__(approx, "qualifier", qualifier)
    object.__setattr__(approx, "tolerance", tolerance)
    low, high, low_open, high_open = interval
    _set(approx, _rebuild(value, low), _rebuild(value, high), low_open, high_open)
    return approx


def _scale(interval: _Interval, factor: Decimal) -> _Interval:
    low, high, low_open, high_open = interval
    a, b = _times(low, factor), _times(high, factor)
    return (a, b, low_open, high_open) if factor >= 0 else (b, a, high_open, low_open)


def _multiply(a: _Interval, b: _Interval) -> _Interval:
    # Each candidate endpoint is open if either factor's endpoint is, unless it is a closed 0.
    candidates = []
    for x, x_open in ((a[0], a[2]), (a[1], a[3])):
        for y, y_open in ((b[0], b[2]), (b[1], b[3])):
            closed_zero = (x == 0 and not x_open) or (y == 0 and not y_open)
            candidates.append((_times(x, y), (x_open or y_open) and not closed_zero))
    low, low_open = min(candidates, key=lambda c: (c[0], c[1]))
    high, high_open = max(candidates, key=lambda c: (c[0], not c[1]))
    return low, high, low_open, high_open


def _times(x: Decimal, y: Decimal) -> Decimal:
    # Interval arithmetic's convention: 0 times an unbounded end is 0.
    if not x or not y:
        return Decimal(0)
    return EXACT.multiply(x, y)


def _add(x: Decimal, y: Decimal) -> Decimal:
    if x.is_infinite() or y.is_infinite():
        return x if x.is_infinite() else y
    return EXACT.add(x, y)


def _invert(x: Decimal) -> Decimal:
    return Decimal(0) if x.is_infinite() else DIVISION.divide(1, x)


# pint hands `quantity * approx` back to Approx.__rmul__, which scales the bounds too.
registry.defer_to(Approx)
