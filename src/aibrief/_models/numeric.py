"""The numeric fields of facts: what each kind of figure accepts, and errors that fit the field.

Each field takes what a person types and what the reader returns for such a figure (a
:class:`~aibrief.ParsedAmount` from :func:`aibrief.parse_amount` or
:func:`aibrief.find_amounts`, or the Approx its ``to_approx()`` gives), and keeps one form,
so JSON, tables and checks see one shape:

* an **amount** keeps :class:`~aibrief.Money` or an :class:`~aibrief.Approx` of Money;
* a **percentage** keeps a Decimal number of percent, or an Approx of one: ``'-17'``,
  ``Q_(-17, "percent")``, or the Approx of a percent quantity the reader gives for
  "5% 이상 하락";
* a **change in percentage points** keeps a Decimal number of points: ``'2.1'``,
  ``Q_(2.1, "percentage_point")``, ``Q_(50, "basis_point")`` or "2.1%포인트" read;
* a **count** keeps a Decimal, or an Approx of one: ``'120000000'``,
  ``Q_(120000000, "share")``, or "1억2000만주" and "1만개 이상" read.

A ParsedAmount read as exact is kept as its plain value. Anything else is refused with an
error that names the field and shows a figure of its kind; a field may give its own example
as ``metadata={"example": "ab.Money('18', 'USD')"}``.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import attrs

from aibrief._core.decimal import EXACT, to_decimal
from aibrief._core.types import is_quantity
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._reading.mentions import ParsedAmount
from aibrief._units.registry import as_units, quantity_magnitude, ratio_of
from aibrief.errors import AmountTypeError, FieldTypeError, InvalidAmountError

__all__ = [
    "EXAMPLE",
    "amount",
    "count",
    "optional_amount",
    "optional_count",
    "optional_percent",
    "optional_points",
    "percent",
    "points",
    "read_amount",
    "read_count",
    "read_parsed",
    "read_percent",
    "read_points",
]

#: The metadata key of a field's own example, shown when the field refuses a value.
EXAMPLE: Final = "aibrief.example"

# The examples each kind of figure shows when it refuses a value.
_AMOUNT: Final = "ab.Money('46700000000', 'USD'), ab.Approx(ab.Money(...), 'about') or ab.parse_amount('467억 달러')"
_PERCENT: Final = (
    "a number of percent such as '-17', ab.Q_(-17, 'percent') or ab.parse_amount('5% 이상 하락')"
)
_POINTS: Final = "a number of percentage points such as '2.1', ab.Q_(2.1, 'percentage_point') or ab.Q_(50, 'basis_point')"
_COUNT: Final = (
    "a count such as '120000000', ab.Q_(120000000, 'share') or ab.parse_amount('1억2000만주')"
)
_HUNDRED: Final = Decimal(100)
# The counting units of aibrief's registry: each is its own dimension.
_COUNTING: Final = frozenset({"token", "person", "item", "gpu", "parameter", "share"})
_POINT_UNITS: Final = {"percentage_point": Decimal(1), "basis_point": Decimal("0.01")}


def read_amount(value: object, field: attrs.Attribute[Any]) -> Money | Approx[Money]:
    """An amount of money for ``field``, or the error that shows one."""
    if type(value) is Money:  # the hot path first: fact construction
        return value
    typed = read_parsed(value) if type(value) is ParsedAmount else value
    if type(typed) is Money or (type(typed) is Approx and type(typed.value) is Money):
        return typed
    if isinstance(value, float):
        raise AmountTypeError.for_value(value, name=field.name)
    what = "an amount of money"
    raise FieldTypeError(f"{field.name} {value!r} is not {what}; pass {_example(field, _AMOUNT)}")


def read_percent(value: object, field: attrs.Attribute[Any]) -> Decimal | Approx[Decimal]:
    """A number of percent for ``field``, or the error that shows one."""
    return _number(value, field, _percent_number, "a percentage", _PERCENT)


def read_points(value: object, field: attrs.Attribute[Any]) -> Decimal | Approx[Decimal]:
    """A number of percentage points for ``field``, or the error that shows one."""
    return _number(value, field, _points_number, "a change in percentage points", _POINTS)


def read_count(value: object, field: attrs.Attribute[Any]) -> Decimal | Approx[Decimal]:
    """A count for ``field``, or the error that shows one."""
    return _number(value, field, _count_number, "a count", _COUNT)


def _optional(convert: Callable[[Any, attrs.Attribute[Any]], Any]) -> Callable[..., Any]:
    def optional(value: object, field: attrs.Attribute[Any]) -> Any:
        return None if value is None else convert(value, field)

    return optional


if TYPE_CHECKING:
    # mypy's attrs plugin reads converters that are plain functions only.
    def amount(value: Money | Approx[Money] | ParsedAmount) -> Money | Approx[Money]:
        """attrs converter: an amount of money (see the module)."""

    def optional_amount(
        value: Money | Approx[Money] | ParsedAmount | None,
    ) -> Money | Approx[Money] | None:
        """attrs converter: an amount of money, or ``None``."""

    def percent(value: object) -> Decimal | Approx[Decimal]:
        """attrs converter: a number of percent (see the module)."""

    def optional_percent(value: object) -> Decimal | Approx[Decimal] | None:
        """attrs converter: a number of percent, or ``None``."""

    def points(value: object) -> Decimal | Approx[Decimal]:
        """attrs converter: a number of percentage points (see the module)."""

    def optional_points(value: object) -> Decimal | Approx[Decimal] | None:
        """attrs converter: a number of percentage points, or ``None``."""

    def count(value: object) -> Decimal | Approx[Decimal]:
        """attrs converter: a count (see the module)."""

    def optional_count(value: object) -> Decimal | Approx[Decimal] | None:
        """attrs converter: a count, or ``None``."""

else:
    amount = attrs.Converter(read_amount, takes_field=True)
    optional_amount = attrs.Converter(_optional(read_amount), takes_field=True)
    percent = attrs.Converter(read_percent, takes_field=True)
    optional_percent = attrs.Converter(_optional(read_percent), takes_field=True)
    points = attrs.Converter(read_points, takes_field=True)
    optional_points = attrs.Converter(_optional(read_points), takes_field=True)
    count = attrs.Converter(read_count, takes_field=True)
    optional_count = attrs.Converter(_optional(read_count), takes_field=True)


# --- Numbers: percentages, points and counts ------------------------------------------------


def _number(
    value: object,
    field: attrs.Attribute[Any],
    from_quantity: Callable[[Any], Decimal | None],
    what: str,
    example: str,
) -> Decimal | Approx[Decimal]:
    """A plain number, a quantity of the field's kind or an Approx of either, as Decimals."""
    if type(value) is Decimal:  # the hot path first: fact construction
        return value
    typed = read_parsed(value) if type(value) is ParsedAmount else value
    if type(typed) is Decimal:  # a ParsedAmount of a plain number
        return typed
    if isinstance(typed, Approx):
        if type(typed.value) is Decimal:
            return typed
        if is_quantity(typed.value):
            converted = _approx_in(typed, from_quantity)
            if converted is not None:
                return converted
    elif is_quantity(typed):
        number = from_quantity(typed)
        if number is not None:
            return number
    elif isinstance(value, int | str) and not isinstance(value, bool):
        try:
            return to_decimal(value, name=field.name)
        except InvalidAmountError:
            message = f"{field.name} {value!r} is not a number; expected {_example(field, example)}"
            raise InvalidAmountError(message, value=value) from None
    elif isinstance(value, float):
        raise AmountTypeError.for_value(value, name=field.name)
    raise FieldTypeError(f"{field.name} {value!r} is not {what}; pass {_example(field, example)}")


def _percent_number(quantity: Any) -> Decimal | None:
    """A percent or other ratio quantity (permille, dimensionless) as a number of percent."""
    if as_units(quantity) == "percent":
        return quantity_magnitude(quantity)
    ratio = ratio_of(quantity)
    return None if ratio is None else EXACT.multiply(ratio, _HUNDRED)


def _points_number(quantity: Any) -> Decimal | None:
    """A quantity of percentage points or basis points as a number of percentage points."""
    factor = _POINT_UNITS.get(as_units(quantity))
    if factor is None:
        return None
    magnitude = quantity_magnitude(quantity)
    return magnitude if factor == 1 else EXACT.multiply(magnitude, factor)


def _count_number(quantity: Any) -> Decimal | None:
    """A quantity of one counting unit (shares, GPUs, people, ...) as a plain number."""
    return quantity_magnitude(quantity) if as_units(quantity) in _COUNTING else None


def _approx_in(
    approx: Approx[Any], convert: Callable[[Any], Decimal | None]
) -> Approx[Decimal] | None:
    """An Approx of a quantity as the same Approx of numbers (qualifier and bounds kept)."""
    value = convert(approx.value)
    if value is None:
        return None
    low = None if approx.low is None else convert(approx.low)
    high = None if approx.high is None else convert(approx.high)
    return Approx(
        value,
        approx.qualifier,
        low=low,
        high=high,
        tolerance=approx.tolerance,
        low_open=approx.low_open,
        high_open=approx.high_open,
    )


# --- Helpers ----------------------------------------------------------------------------------


def read_parsed(parsed: ParsedAmount) -> Any:
    """What the reader read, typed: the plain value when exact, else its Approx."""
    approx = parsed.to_approx()
    return approx.value if approx.qualifier == "exact" else approx


def _example(field: attrs.Attribute[Any], default: str) -> str:
    own = field.metadata.get(EXAMPLE)
    return default if own is None else str(own)
