"""Errors raised by aibrief.

Every error derives from :class:`AibriefError`, and each also derives from the builtin it
resembles, so ``except ValueError`` keeps working in code that does not know aibrief::

    AibriefError
    ├── AmountTypeError (TypeError)          a float, bool or other type where an amount is meant
    ├── InvalidAmountError (ValueError)      NaN, infinity, malformed text, unsplittable amounts
    ├── UnknownCurrencyError (ValueError, LookupError)
    ├── CurrencyMismatchError (ValueError)   arithmetic on two different currencies
    ├── RateUnavailableError (LookupError)   no rate for that pair on that date
    ├── RateDataError (ValueError)           a malformed rate file or CSV
    ├── DateTypeError (TypeError)            a string, tuple or datetime where a date is meant
    ├── InvalidArgumentError (ValueError)    an option out of its range, e.g. a negative look-back
    ├── InvalidPartialDateError (ValueError) month 13, February 30, quarter 5, a day without a month
    └── ParseError (ValueError)              text that cannot be read, e.g. a vague date phrase

Errors carry their data as attributes, so callers need not parse the message:

>>> import aibrief as ab
>>> try:
...     ab.Money("1", "USDD")
... except ab.UnknownCurrencyError as error:
...     print(error.code, error.suggestions)
USDD ('USD',)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date


class AibriefError(Exception):
    """The base of every error aibrief raises.

    >>> import aibrief as ab
    >>> issubclass(ab.CurrencyMismatchError, ab.AibriefError)
    True
    """


class AmountTypeError(AibriefError, TypeError):
    """An amount of the wrong type, such as a ``float`` where money is meant.

    >>> import aibrief as ab
    >>> ab.Money(0.1, "USD")
    Traceback (most recent call last):
    ...
    aibrief.errors.AmountTypeError: amount 0.1 is a float, which cannot hold money exactly; pass a string such as '0.1' or a Decimal
    """

    def __init__(self, message: str, *, value: object = None) -> None:
        super().__init__(message)
        self.value = value

    @classmethod
    def for_value(cls, value: object, *, name: str = "amount") -> AmountTypeError:
        """Build the error for ``value``, with advice that fits its type."""
        if isinstance(value, float):
            advice = (
                f"which cannot hold money exactly; pass a string such as '{value!r}' or a Decimal"
            )
            return cls(f"{name} {value!r} is a float, {advice}", value=value)
        expected = "an int, a str such as '5576000' or a decimal.Decimal"
        return cls(
            f"{name} {value!r} is a {type(value).__name__}; expected {expected}", value=value
        )


class InvalidAmountError(AibriefError, ValueError):
    """An amount that is not a finite number, or that cannot be used as asked.

    >>> import aibrief as ab
    >>> ab.Money("NaN", "USD")
    Traceback (most recent call last):
    ...
    aibrief.errors.InvalidAmountError: amount 'NaN' is not a finite number; pass digits such as '5576000'
    """

    def __init__(self, message: str, *, value: object = None) -> None:
        super().__init__(message)
        self.value = value


class UnknownCurrencyError(AibriefError, ValueError, LookupError):
    """A currency code that is not an ISO 4217 code known to babel's data.

    ``suggestions`` holds the closest known codes, best first.

    >>> import aibrief as ab
    >>> ab.Money("1", "KWR").currency
    Traceback (most recent call last):
    ...
    aibrief.errors.UnknownCurrencyError: unknown currency code 'KWR'; expected an ISO 4217 code such as 'USD', 'CNY' or 'KRW' (did you mean 'KRW'?)
    """

    def __init__(self, message: str, *, code: object, suggestions: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.suggestions = tuple(suggestions)

    @classmethod
    def for_code(cls, code: object, suggestions: Sequence[str]) -> UnknownCurrencyError:
        """Build the error for ``code`` with its closest known codes."""
        message = f"unknown currency code {code!r}; expected an ISO 4217 code such as 'USD', 'CNY' or 'KRW'"
        if suggestions:
            message += " (did you mean " + " or ".join(repr(s) for s in suggestions) + "?)"
        return cls(message, code=code, suggestions=suggestions)


class CurrencyMismatchError(AibriefError, ValueError):
    """Arithmetic or comparison between amounts in two different currencies.

    >>> import aibrief as ab
    >>> ab.Money("1", "USD") + ab.Money("1", "KRW")
    Traceback (most recent call last):
    ...
    aibrief.errors.CurrencyMismatchError: cannot add USD and KRW amounts; convert one first, e.g. with aibrief.convert(money, 'USD', on=date)
    """

    def __init__(self, message: str, *, left: str, right: str) -> None:
        super().__init__(message)
        self.left = left
        self.right = right

    @classmethod
    def for_operation(cls, operation: str, left: str, right: str) -> CurrencyMismatchError:
        """Build the error for ``operation`` ("add", "compare", ...) on two currencies."""
        fix = f"convert one first, e.g. with aibrief.convert(money, {left!r}, on=date)"
        return cls(f"cannot {operation} {left} and {right} amounts; {fix}", left=left, right=right)


class RateUnavailableError(AibriefError, LookupError):
    """No exchange rate for a currency pair on the date asked.

    ``first_date`` and ``last_date`` give the range that is available, when known.

    >>> import datetime, aibrief as ab
    >>> ab.convert(ab.Money("1", "CNY"), "USD", on=datetime.date(2001, 5, 2))
    Traceback (most recent call last):
    ...
    aibrief.errors.RateUnavailableError: ...
    """

    def __init__(
        self,
        message: str,
        *,
        source_currency: str | None = None,
        target_currency: str | None = None,
        on: date | None = None,
        first_date: date | None = None,
        last_date: date | None = None,
    ) -> None:
        super().__init__(message)
        self.source_currency = source_currency
        self.target_currency = target_currency
        self.on = on
        self.first_date = first_date
        self.last_date = last_date


class RateDataError(AibriefError, ValueError):
    """A rate file or CSV that cannot be read as dated rates.

    >>> import aibrief as ab
    >>> issubclass(ab.RateDataError, ValueError)
    True
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class DateTypeError(AibriefError, TypeError):
    """A value of the wrong type where a :class:`datetime.date` is meant.

    >>> import aibrief as ab
    >>> ab.Money("1", "USD").to("KRW", on="2025-01-27")
    Traceback (most recent call last):
    ...
    aibrief.errors.DateTypeError: ...
    """

    def __init__(self, message: str, *, value: object, expected: str = "datetime.date") -> None:
        super().__init__(message)
        self.value = value
        self.expected = expected


class InvalidArgumentError(AibriefError, ValueError):
    """An option outside the values it accepts, such as a negative look-back.

    >>> import aibrief as ab
    >>> issubclass(ab.InvalidArgumentError, ValueError)
    True
    """

    def __init__(self, message: str, *, name: str, value: object) -> None:
        super().__init__(message)
        self.name = name
        self.value = value


# --- Dates and text parsing (helper "dates") ----------------------------------------------------


class InvalidPartialDateError(AibriefError, ValueError):
    """A partial date that does not exist, such as month 13, February 30 or a fifth quarter.

    ``value`` is the offending value and ``expected`` describes what was expected.

    >>> import aibrief as ab
    >>> ab.PartialDate(2023, 13)
    Traceback (most recent call last):
    ...
    aibrief.errors.InvalidPartialDateError: month 13 is out of range; expected a month from 1 to 12
    """

    def __init__(self, message: str, *, value: object, expected: str) -> None:
        super().__init__(message)
        self.value = value
        self.expected = expected


class ParseError(AibriefError, ValueError):
    """Text that cannot be read as the value asked for.

    ``text`` is the whole input, ``position`` the index in it where reading failed (or
    ``None``), and ``reason`` a short tag callers can branch on: ``"unrecognised"``, ``"vague"``,
    ``"ambiguous"``, ``"needs_context"`` or ``"invalid_date"``.

    >>> import datetime, aibrief as ab
    >>> try:
    ...     ab.parse_date("올해 초", reference=datetime.date(2025, 1, 31))
    ... except ab.ParseError as error:
    ...     print(error.reason, error.position)
    vague 3
    """

    def __init__(self, message: str, *, text: str, position: int | None = None, reason: str) -> None:
        super().__init__(message)
        self.text = text
        self.position = position
        self.reason = reason
