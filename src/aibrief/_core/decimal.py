"""The decimal contexts aibrief computes in, so results never depend on the caller's context.

``decimal``'s arithmetic operators use the thread's ambient context: a caller who set
``getcontext().prec = 3`` would silently get three-digit money. Every Decimal operation in
aibrief therefore goes through one of the two contexts below, by calling its methods
(``EXACT.add(a, b)``) rather than the operators.

Rounding is never implicit either: :func:`round_decimal` rounds to decimal places or to
significant digits with a mode the caller names.
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from aibrief.errors import AmountTypeError, InvalidAmountError, InvalidArgumentError

__all__ = [
    "BOUND_DIGITS",
    "DIVISION",
    "DIVISION_PRECISION",
    "EXACT",
    "LITERAL_LENGTH",
    "ROUNDING_MODES",
    "bounded",
    "check_bound",
    "check_rounding",
    "round_decimal",
    "to_decimal",
]

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


#: The rounding modes :meth:`Money.rounded <aibrief.Money.rounded>` and :func:`round_decimal`
#: accept: the names of :mod:`decimal`'s constants.
ROUNDING_MODES = frozenset(
    {
        decimal.ROUND_CEILING,
        decimal.ROUND_DOWN,
        decimal.ROUND_FLOOR,
        decimal.ROUND_HALF_DOWN,
        decimal.ROUND_HALF_EVEN,
        decimal.ROUND_HALF_UP,
        decimal.ROUND_UP,
        decimal.ROUND_05UP,
    }
)
#: The bound on every number aibrief reads or builds Money from: zero, or between 10^-40 and
#: 10^40 in size (its adjusted exponent, the power of ten of its first digit, from -40 to 39).
#: The largest sums finance writes are far inside it (world GDP is about 10^14 US dollars,
#: Hungary's 1946 pengő reached 10^20 on one banknote and about 10^27 in prices), and so are
#: the smallest (a price per model token is about 10^-7 dollars, the cost of one FLOP about
#: 10^-18). Outside it lie only typos and attacks: "1E+999999" takes a megabyte to write out
#: and seconds to format, so every amount is checked against the bound where it is made.
BOUND_DIGITS = 40

#: The longest number written as text (in a string, a JSON document or a command's argument)
#: that aibrief reads: 40 digits before the point, 40 after it, a sign, a point and room for an
#: exponent. A longer literal is refused before it is converted, whatever its value.
LITERAL_LENGTH = 100

_LARGEST_INT = 10**BOUND_DIGITS


def check_bound(value: Decimal, *, name: str = "amount", shown: object = None) -> Decimal:
    """``value`` itself when it lies within the bound (:data:`BOUND_DIGITS`), else an error.

    >>> check_bound(Decimal("5576000"))
    Decimal('5576000')
    >>> check_bound(Decimal("1E+999999"))
    Traceback (most recent call last):
    ...
    aibrief.errors.InvalidAmountError: amount '1E+999999' is outside the bound aibrief keeps numbers in: ...
    """
    if -BOUND_DIGITS <= value.adjusted() < BOUND_DIGITS:
        return value
    raise _outside_bound(value if shown is None else shown, name)


def bounded(value: Decimal, *, name: str = "result") -> Decimal:
    """A computed amount checked against the bound; a zero keeps at most 40 decimal places.

    Arithmetic can make a zero with more places than any input had (0.000000 KRW times a rate
    of 34 digits); its value is still zero, so it is kept at the bound's last place rather
    than refused.

    >>> bounded(Decimal("0E-45"))
    Decimal('0E-40')
    """
    if -BOUND_DIGITS <= value.adjusted() < BOUND_DIGITS:
        return value
    if value.is_zero() and value.adjusted() < 0:
        return _ZERO_AT_BOUND
    raise _outside_bound(value, name)


_ZERO_AT_BOUND = Decimal(0).scaleb(-BOUND_DIGITS)


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
        if -_LARGEST_INT < value < _LARGEST_INT:
            return Decimal(value)
        raise _outside_bound(value, name)  # before converting a huge int, which is slow
    elif isinstance(value, str):
        if len(value) > LITERAL_LENGTH:
            raise _too_long(value, name)
        try:
            result = EXACT.create_decimal(value.strip())
        except decimal.Overflow:  # an exponent past what decimal holds: "1E+9999999999999999999"
            raise _outside_bound(value, name) from None
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
    return check_bound(result, name=name, shown=value)


def round_decimal(
    value: Decimal, rounding: str, *, places: int | None = None, significant: int | None = None
) -> Decimal:
    """Round ``value`` to ``places`` decimals or to ``significant`` digits (exactly one of them).

    ``rounding`` is one of :mod:`decimal`'s modes (:data:`ROUNDING_MODES`), named by the caller,
    since a newspaper, an accountant and a statistician round differently. ``places`` may be
    negative (``-6`` rounds to millions). A whole result is written without an exponent, so
    8 billion is ``Decimal('8000000000')``, not ``Decimal('8.0E+9')``.

    >>> import decimal, aibrief as ab
    >>> ab.round_decimal(Decimal("7985223855.65"), decimal.ROUND_HALF_EVEN, significant=2)
    Decimal('8000000000')
    >>> ab.round_decimal(Decimal("1432.0702754"), decimal.ROUND_HALF_EVEN, places=2)
    Decimal('1432.07')
    >>> ab.round_decimal(Decimal("9.96"), decimal.ROUND_HALF_UP, significant=2)
    Decimal('10')
    >>> ab.round_decimal(Decimal("5.576"), decimal.ROUND_HALF_EVEN)
    Traceback (most recent call last):
    ...
    aibrief.errors.InvalidArgumentError: round 5.576 to places= or to significant=; neither was given (e.g. significant=2 for news copy, places=2 for cents)
    """
    check_rounding(rounding)
    number = to_decimal(value, name="value")
    exponent = _exponent(number, places, significant)
    if exponent is None:  # zero has no significant digits to round
        return number
    rounded = number.quantize(Decimal(1).scaleb(exponent, EXACT), rounding, EXACT)
    if significant is not None and rounded.adjusted() > number.adjusted():
        # 9.96 to two digits carries into a new digit: 10.0 has three, 10 has two.
        exponent += 1
        rounded = rounded.quantize(Decimal(1).scaleb(exponent, EXACT), rounding, EXACT)
    return rounded.quantize(Decimal(1), context=EXACT) if exponent > 0 else rounded


def check_rounding(rounding: object) -> None:
    """Raise :class:`InvalidArgumentError` unless ``rounding`` is one of :data:`ROUNDING_MODES`."""
    if rounding not in ROUNDING_MODES:
        expected = "one of decimal's modes, e.g. decimal.ROUND_HALF_EVEN"
        message = f"rounding {rounding!r} is not a rounding mode; expected {expected}"
        raise InvalidArgumentError(message, name="rounding", value=rounding)


def _exponent(number: Decimal, places: int | None, significant: int | None) -> int | None:
    """The power of ten to round at, from exactly one of ``places`` and ``significant``."""
    if places is not None and significant is not None:
        message = f"round {number} to places={places!r} or to significant={significant!r}, not both"
        raise InvalidArgumentError(message, name="significant", value=significant)
    if significant is not None:
        if not _is_int(significant) or significant < 1:
            message = f"significant={significant!r} is not a number of digits; pass a whole number from 1, e.g. significant=2"
            raise InvalidArgumentError(message, name="significant", value=significant)
        if not number:
            return None
        return number.adjusted() - significant + 1
    if places is None:
        message = f"round {number} to places= or to significant=; neither was given (e.g. significant=2 for news copy, places=2 for cents)"
        raise InvalidArgumentError(message, name="places", value=None)
    if not _is_int(places):
        message = f"places={places!r} is not a whole number of decimals; pass e.g. places=2, or places=-6 for millions"
        raise InvalidArgumentError(message, name="places", value=places)
    return -places


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _outside_bound(value: object, name: str) -> InvalidAmountError:
    bound = (
        f"between 1E-{BOUND_DIGITS} and 1E+{BOUND_DIGITS} in size, or zero with at most "
        f"{BOUND_DIGITS} decimal places (the largest and smallest amounts finance writes are "
        "far inside it)"
    )
    message = (
        f"{name} {_shorten(value)!r} is outside the bound aibrief keeps numbers in: {bound}; "
        "check the digits and the exponent"
    )
    return InvalidAmountError(message, value=value)


def _too_long(text: str, name: str) -> InvalidAmountError:
    message = (
        f"{name} {_shorten(text)!r} is {len(text)} characters long; a number aibrief reads is "
        f"at most {LITERAL_LENGTH} (40 digits before the point and 40 after it)"
    )
    return InvalidAmountError(message, value=text)


def _shorten(value: object) -> str:
    # A refused number may be a megabyte long: the message shows its start and end.
    text = str(value) if not isinstance(value, int) or value.bit_length() < 1000 else "(huge int)"
    return text if len(text) <= 60 else f"{text[:28]}...{text[-28:]}"
