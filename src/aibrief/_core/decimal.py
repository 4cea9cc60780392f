"""The decimal contexts aibrief computes in, so results never depend on the caller's context.

``decimal``'s arithmetic operators use the thread's ambient context: a caller who set
``getcontext().prec = 3`` would silently get three-digit money. Every Decimal operation in
aibrief therefore goes through one of the two contexts below, by calling its methods
(``EXACT.add(a, b)``) rather than the operators.
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from aibrief.errors import AmountTypeError, InvalidAmountError

__all__ = ["DIVISION", "DIVISION_PRECISION", "EXACT", "to_decimal"]

_TRAPS = [decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow]

#: Addition, subtraction and multiplication of finite decimals are exact with unbounded
#: precision, so nothing is ever rounded away by them. Never divide in this context: 1/3
#: would try to compute infinitely many digits.
EXACT = decimal.Context(
    prec=decimal.MAX_PREC,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=_TRAPS,
)

#: Significant digits kept by a division (IEEE 754 decimal128), far beyond any published rate.
DIVISION_PRECISION = 34

#: Division cannot always be exact; it rounds half-even to ``DIVISION_PRECISION`` digits.
DIVISION = decimal.Context(
    prec=DIVISION_PRECISION,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=_TRAPS,
)


def to_decimal(value: object, *, name: str = "amount") -> Decimal:
    """Turn an int, a numeric string or a Decimal into a finite Decimal, exactly.

    Floats are refused because they cannot hold most decimal fractions (0.1 is
    0.1000000000000000055...); bools are refused because ``True`` is not an amount.

    >>> to_decimal("5576000")
    Decimal('5576000')
    >>> to_decimal(0.1)
    Traceback (most recent call last):
    ...
    aibrief.errors.AmountTypeError: amount 0.1 is a float, which cannot hold money exactly; pass a string such as '0.1' or a Decimal
    """
    if type(value) is Decimal:
        result = value
    elif isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    elif isinstance(value, str):
        try:
            result = EXACT.create_decimal(value.strip())
        except decimal.InvalidOperation:
            expected = "digits with an optional sign and decimal point, such as '5576000' or '-1.5'"
            message = f"{name} {value!r} is not a number; expected {expected}"
            raise InvalidAmountError(message, value=value) from None
    elif isinstance(value, Decimal):
        result = Decimal(value)
    else:
        raise AmountTypeError.for_value(value, name=name)
    if not result.is_finite():
        message = f"{name} {str(value)!r} is not a finite number; pass digits such as '5576000'"
        raise InvalidAmountError(message, value=value)
    return result
