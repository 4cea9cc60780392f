"""Money: an exact decimal amount in one ISO 4217 currency."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, overload

import attrs

from aibrief._core import html
from aibrief._core.currency import minor_units, validate_currency
from aibrief._core.decimal import (
    DIVISION,
    EXACT,
    ROUNDING_MODES,
    bounded,
    round_decimal,
    to_decimal,
)
from aibrief._core.types import is_quantity
from aibrief._units import registry
from aibrief.errors import (
    AmountTypeError,
    CurrencyMismatchError,
    InvalidAmountError,
    InvalidArgumentError,
)

if TYPE_CHECKING:
    from aibrief._money.conversion import Conversion
    from aibrief.rates import MissingPolicy, RateSource

    Converter = Callable[..., "Conversion[Money]"]

__all__ = ["ROUNDING_MODES", "Money"]


def _amount(value: int | str | Decimal) -> Decimal:
    return to_decimal(value)


def _currency(code: str) -> str:
    return validate_currency(code)


@attrs.frozen(repr=False)
class Money:
    """An exact amount of money in one currency.

    ``amount`` is always a :class:`~decimal.Decimal` and ``currency`` an upper-case ISO 4217
    code. Amounts are kept at full precision: rounding happens only when you ask for it.
    Every amount, given or computed, lies within one bound: between 10^-40 and 10^40 in size,
    or zero (see :ref:`the bound <amount-bound>`); outside it
    :class:`~aibrief.errors.InvalidAmountError` is raised.

    >>> import aibrief as ab
    >>> price = ab.Money("5576000", "USD")
    >>> price
    Money('5576000', 'USD')
    >>> price.amount, price.currency
    (Decimal('5576000'), 'USD')
    >>> price + ab.Money("424000", "USD")
    Money('6000000', 'USD')
    >>> price / ab.Money("1000000", "USD")
    Decimal('5.576')
    >>> sum([ab.Money(1, "KRW"), ab.Money(2, "KRW")])
    Money('3', 'KRW')
    >>> ab.Money("1E+999999", "USD")
    Traceback (most recent call last):
    ...
    aibrief.errors.InvalidAmountError: amount '1E+999999' is outside the bound aibrief keeps numbers in: ...
    """

    amount: Decimal = attrs.field(converter=_amount)
    currency: str = attrs.field(converter=_currency)

    @classmethod
    def _trusted(cls, amount: Decimal, currency: str) -> Money:
        """Build Money from values already validated, skipping the converters (hot paths).

        The one way aibrief builds a Money it has checked already (the JSON reader builds one
        for every amount and bound) or computed (a sum, a product, a conversion). Only the
        bound is checked (:func:`aibrief._core.decimal.bounded`, one comparison), so that no
        computation makes an amount that would take seconds to format. The slots are set
        through their descriptors, twice as fast as ``object.__setattr__``.
        """
        money = _new(cls)
        _set_amount(money, bounded(amount))
        _set_currency(money, currency)
        return money

    def __repr__(self) -> str:
        return f"Money('{self.amount:f}', '{self.currency}')"

    def __str__(self) -> str:
        return f"{self.amount:f} {self.currency}"

    def _repr_html_(self) -> str:
        """An amount of money as a two-row table: the amount (grouped digits) and the currency.

        >>> import aibrief as ab
        >>> print(ab.Money("5576000", "USD")._repr_html_())
        <table class="aibrief aibrief-money"><tr><th>amount</th><td>5,576,000</td></tr><tr><th>currency</th><td>USD</td></tr></table>
        """
        return html.fields("money", [("amount", self.amount), ("currency", self.currency)])

    def _html_text_(self) -> str:
        # How an amount reads in a cell of any aibrief table (aibrief._core.html.cell_text).
        return f"{self.amount:,f} {self.currency}"

    # Arithmetic between amounts of one currency.

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            if is_quantity(other):  # Money or a UnitError
                return registry.add_money(self, other, "add")
            return NotImplemented
        return Money._trusted(EXACT.add(self.amount, other.amount), self._same("add", other))

    def __radd__(self, other: Any) -> Money:
        # sum() starts from the int 0; nothing else may be added to money implicitly.
        if type(other) is int and other == 0:
            return self
        if is_quantity(other):  # quantity + money: the same rules as money + quantity
            return registry.add_money(self, other, "add")
        return NotImplemented

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            if is_quantity(other):  # Money or a UnitError
                return registry.add_money(self, other, "subtract")
            return NotImplemented
        return Money._trusted(
            EXACT.subtract(self.amount, other.amount), self._same("subtract", other)
        )

    def __neg__(self) -> Money:
        return Money._trusted(EXACT.minus(self.amount), self.currency)

    def __pos__(self) -> Money:
        return self

    def __abs__(self) -> Money:
        return Money._trusted(EXACT.abs(self.amount), self.currency)

    # Scaling by plain numbers; pint quantities are handed to the units module.

    def __mul__(self, factor: int | Decimal) -> Money:
        if is_quantity(factor):
            return registry.multiply_money(self, factor)  # type: ignore[no-any-return]
        if _defers_to(factor):
            return NotImplemented
        return Money._trusted(EXACT.multiply(self.amount, _number(factor)), self.currency)

    __rmul__ = __mul__

    @overload
    def __truediv__(self, divisor: Money) -> Decimal: ...
    @overload
    def __truediv__(self, divisor: int | Decimal) -> Money: ...
    def __truediv__(self, divisor: Any) -> Any:
        """Divide by a number (giving Money) or by Money of the same currency (giving a ratio).

        >>> import aibrief as ab
        >>> ab.Money("10", "USD") / 4
        Money('2.5', 'USD')
        >>> ab.Money("10", "USD") / ab.Money("4", "USD")
        Decimal('2.5')
        """
        if isinstance(divisor, Money):
            self._same("divide", divisor)
            return _divide(self.amount, divisor.amount)
        if is_quantity(divisor):
            return registry.divide_money(self, divisor)
        if _defers_to(divisor):
            return NotImplemented
        return Money._trusted(_divide(self.amount, _number(divisor)), self.currency)

    # Ordering within one currency; equality is attrs' (amount and currency).

    def __lt__(self, other: Money) -> bool:
        return self._compare(other) < 0

    def __le__(self, other: Money) -> bool:
        return self._compare(other) <= 0

    def __gt__(self, other: Money) -> bool:
        return self._compare(other) > 0

    def __ge__(self, other: Money) -> bool:
        return self._compare(other) >= 0

    # Rounding and splitting.

    def rounded(
        self, rounding: str, *, places: int | None = None, significant: int | None = None
    ) -> Money:
        """Round to the currency's minor unit, to ``places`` decimals or to ``significant`` digits.

        ``rounding`` is one of :mod:`decimal`'s modes, such as ``decimal.ROUND_HALF_EVEN``. Give
        at most one of ``places`` and ``significant``; with neither, the amount is rounded to the
        currency's minor unit (cents for USD, whole won for KRW). Significant digits are how
        news rounds: 7,985,223,855.65 won to two digits is 8 billion ("약 80억원"). Plain
        Decimals round the same way with :func:`aibrief.round_decimal`.

        >>> import decimal, aibrief as ab
        >>> ab.Money("143207.0275", "KRW").rounded(decimal.ROUND_HALF_EVEN)
        Money('143207', 'KRW')
        >>> ab.Money("2.345", "USD").rounded(decimal.ROUND_HALF_UP)
        Money('2.35', 'USD')
        >>> ab.Money("5576000", "USD").rounded(decimal.ROUND_HALF_UP, places=-6)
        Money('6000000', 'USD')
        >>> ab.Money("7985223855.65", "KRW").rounded(decimal.ROUND_HALF_EVEN, significant=2)
        Money('8000000000', 'KRW')
        >>> ab.Money("1", "USD").rounded(decimal.ROUND_HALF_EVEN, significant=0)
        Traceback (most recent call last):
        ...
        aibrief.errors.InvalidArgumentError: significant=0 is not a number of digits; pass a whole number from 1, e.g. significant=2
        """
        if places is None and significant is None:
            places = minor_units(self.currency)
        amount = round_decimal(self.amount, rounding, places=places, significant=significant)
        return Money._trusted(amount, self.currency)

    def allocate(self, ratios: Sequence[int | Decimal]) -> tuple[Money, ...]:
        """Split into parts proportional to ``ratios`` without losing or inventing a minor unit.

        The parts add up to exactly this amount. Minor units left over after the
        proportional shares go to the parts with the largest remainders (earlier parts first
        on ties). The amount must be a whole number of minor units: round it first.

        >>> import aibrief as ab
        >>> ab.Money("100", "USD").allocate([1, 1, 1])
        (Money('33.34', 'USD'), Money('33.33', 'USD'), Money('33.33', 'USD'))
        >>> ab.Money("10", "KRW").allocate([7, 3])
        (Money('7', 'KRW'), Money('3', 'KRW'))
        """
        weights = [Fraction(_number(r, name="ratio")) for r in ratios]
        if not weights or any(w < 0 for w in weights) or sum(weights) == 0:
            message = f"ratios {list(ratios)!r} cannot share an amount; pass non-negative numbers, not all zero"
            raise InvalidArgumentError(message, name="ratios", value=ratios)
        digits = minor_units(self.currency)
        total = self._whole_minor_units(digits)
        shares = _largest_remainder(abs(total), weights)
        sign = -1 if total < 0 else 1
        return tuple(
            Money._trusted(Decimal(sign * s).scaleb(-digits, context=EXACT), self.currency)
            for s in shares
        )

    # Quantity hooks (units helper): Money as a pint quantity and back.

    def to_quantity(self) -> Any:
        """This amount as a pint quantity in the shared registry, its currency the unit.

        >>> import aibrief as ab
        >>> ab.Money("2", "CNY").to_quantity()
        <Quantity(2, 'CNY')>
        """
        return registry.to_quantity(self)

    @classmethod
    def from_quantity(cls, quantity: Any) -> Money:
        """Money from a pint quantity whose units come down to one currency.

        >>> import aibrief as ab
        >>> ab.Money.from_quantity(ab.Q_("2.5", "USD"))
        Money('2.5', 'USD')
        """
        return registry.from_quantity(quantity)

    # Conversion.

    def to(
        self,
        currency: str,
        *,
        on: date,
        rates: RateSource | None = None,
        missing: MissingPolicy = "previous",
        lookback_days: int = 7,
    ) -> Money:
        """Convert to ``currency`` at the rate of ``on``; see :func:`aibrief.convert`.

        >>> import datetime, aibrief as ab
        >>> ab.Money("100", "USD").to("KRW", on=datetime.date(2025, 1, 27))
        Money('143207.0275...', 'KRW')
        """
        conversion = _converter(
            self, currency, on=on, rates=rates, missing=missing, lookback_days=lookback_days
        )
        return conversion.result

    # Helpers.

    def _same(self, operation: str, other: Money) -> str:
        if other.currency != self.currency:
            raise CurrencyMismatchError.for_operation(operation, self.currency, other.currency)
        return self.currency

    def _compare(self, other: object) -> int:
        if not isinstance(other, Money):
            message = f"cannot compare Money with {type(other).__name__} {other!r}; compare two Money values"
            raise AmountTypeError(message, value=other)
        self._same("compare", other)
        return int(EXACT.compare(self.amount, other.amount))

    def _whole_minor_units(self, digits: int) -> int:
        scaled = self.amount.scaleb(digits, context=EXACT)
        if scaled != scaled.to_integral_value(context=EXACT):
            message = (
                f"{self!r} is not a whole number of {self.currency} minor units; "
                "round it first with .rounded(decimal.ROUND_HALF_EVEN)"
            )
            raise InvalidAmountError(message, value=self.amount)
        return int(scaled)


def use_converter(convert: Converter) -> None:
    """Let :meth:`Money.to` call ``convert``: :mod:`aibrief._money.conversion` registers itself.

    Conversion needs Money, so Money cannot import it at the top; until the first conversion
    imports it (:func:`_load_converter`), reading and arithmetic run without the rate machinery.
    """
    global _converter
    _converter = convert


def _load_converter(*args: Any, **kwargs: Any) -> Conversion[Money]:
    # Lazy: the conversion module loads the rate tables' machinery (a third of the first
    # find_amounts call's import time), which reading and arithmetic never need. Importing
    # it registers its convert through use_converter, which is then called directly.
    import aibrief._money.conversion  # noqa: F401

    return _converter(*args, **kwargs)


_converter: Converter = _load_converter


def _defers_to(value: object) -> bool:
    # A type that scales Money itself (Approx scales its bounds in __rmul__) says so with this
    # class attribute, and Money leaves the product to it.
    return getattr(type(value), "_handles_money_", False) is True


def _number(value: object, *, name: str = "factor") -> Decimal:
    if isinstance(value, Money):
        message = f"cannot multiply money by money ({value!r}); multiply by a number"
        raise AmountTypeError(message, value=value)
    return to_decimal(value, name=name)


def _divide(dividend: Decimal, divisor: Decimal) -> Decimal:
    if not divisor:
        raise InvalidAmountError(f"cannot divide {dividend} by zero", value=divisor)
    return DIVISION.divide(dividend, divisor)


def _largest_remainder(total: int, weights: list[Fraction]) -> list[int]:
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    shares = [int(e) for e in exact]  # floor: every e is non-negative
    left = total - sum(shares)
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i] - shares[i]), i))
    for i in by_remainder[:left]:
        shares[i] += 1
    return shares


_new = object.__new__
_set_amount = vars(Money)["amount"].__set__
_set_currency = vars(Money)["currency"].__set__

# Quantities whose units come down to one currency settle into Money, and pint hands
# `quantity * money` back to Money (the unit registry sits in a lower layer).
registry.settle_currencies_into(Money)
