"""The number inside a value: a Decimal, the amount of a Money, the magnitude of a quantity.

The one home of this helper: Approx's interval arithmetic, the JSON writer, the table
exports and the plots all ask it, so they agree on what a value's number is.

>>> import aibrief as ab
>>> magnitude(ab.Money("5576000", "USD")), magnitude(ab.Q_("5.6", "percent"))
(Decimal('5576000'), Decimal('5.6'))
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from aibrief._core.decimal import to_decimal
from aibrief._core.types import is_quantity
from aibrief._money.money import Money
from aibrief._units.registry import quantity_magnitude

__all__ = ["magnitude"]


def magnitude(value: Any) -> Decimal:
    """The number inside a Decimal, a Money or a pint quantity (exact types first: hot paths).

    A quantity with a float magnitude is refused, as a float amount is everywhere else.
    """
    kind = type(value)
    if kind is Decimal:
        return value  # type: ignore[no-any-return]  # checked by the line above
    if kind is Money:
        return value.amount  # type: ignore[no-any-return]  # checked by the line above
    if isinstance(value, Money):
        return value.amount
    if is_quantity(value):
        return quantity_magnitude(value)
    return to_decimal(value, name="value")
