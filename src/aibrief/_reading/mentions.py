"""What the reader reports: a :class:`ParsedAmount` with its value, or a :class:`VagueMention`.

Both record the phrase they were read from (``text``), where it stands (``span``) and its
language, so every figure can cite the words that state it.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from aibrief._core.decimal import DIVISION
from aibrief._core.types import Lang
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx, Qualifier
from aibrief._reading.numerals import tidy
from aibrief._units.registry import Q_
from aibrief.errors import InvalidAmountError

__all__ = ["ParsedAmount", "VagueMention"]


@attrs.frozen(kw_only=True, repr=False)
class ParsedAmount:
    """One amount read from text, with its currency or unit, qualifier and where it was.

    ``value`` is signed (a fall is negative); ``unit`` is ``None`` for money and plain numbers,
    else a unit name of :func:`aibrief.ureg` ("percent", "person", "token", ...), and
    ``"times"`` for a multiple ("2배", "3倍", "10x"), which a change verb never makes negative
    ("2배 증가" is 2 times, with the verb outside ``text``). A price has
    its denominator in ``per`` ("100만토큰당 1위안" is 1 CNY per 1,000,000 token), and so has
    a fraction, with neither a unit nor a currency ("7분의 1" is 1 per 7; see
    :attr:`fraction`). A range has ``qualifier="range"``, its ends in ``low`` and ``high``
    and its midpoint in ``value``. A conversion the text states in parentheses is in
    ``equivalent``. ``span`` indexes the input.

    >>> import aibrief as ab
    >>> amount = ab.parse_amount("557만6000달러(약 80억원)")
    >>> amount.value, amount.currency, amount.equivalent.value, amount.equivalent.qualifier
    (Decimal('5576000'), 'USD', Decimal('8000000000'), 'about')
    >>> ab.parse_amount("7분의 1")
    ParsedAmount('7분의 1', value=Decimal('1'), per=ParsedAmount('7', value=Decimal('7')))
    """

    value: Decimal
    currency: str | None = None
    unit: str | None = None
    per: ParsedAmount | None = None
    qualifier: Qualifier = "exact"
    low: Decimal | None = None
    high: Decimal | None = None
    equivalent: ParsedAmount | None = None
    span: tuple[int, int]
    text: str
    lang: Lang

    @property
    def fraction(self) -> Fraction | None:
        """The exact ratio of a fraction ("7분의 1", "千分之三"), else ``None``.

        A fraction is an amount with a denominator in ``per`` and no unit or currency on
        either side; a price ("100만토큰당 1위안") is not one.

        >>> import aibrief as ab
        >>> ab.parse_amount("70분의 1").fraction, ab.parse_amount("千分之三").fraction
        (Fraction(1, 70), Fraction(3, 1000))
        >>> ab.parse_amount("100만토큰당 1위안").fraction is None
        True
        """
        per = self.per
        if per is None or self.currency or self.unit or per.currency or per.unit:
            return None
        return Fraction(self.value) / Fraction(per.value)

    def to_approx(self) -> Approx[Any]:
        """The amount as a typed value: Approx of Money, of a pint quantity or of a Decimal.

        Money for a currency, a quantity for a unit or a price (CNY per token), a Decimal for
        a plain number or a fraction; the qualifier and a range's ends carry over. A price's
        rate and a fraction's ratio are divided once, rounded to 34 significant digits.

        >>> import aibrief as ab
        >>> ab.parse_amount("약 80억원").to_approx()
        Approx(Money('8000000000', 'KRW'), 'about')
        >>> ab.parse_amount("100만토큰당 1위안").to_approx().value
        <Quantity(0.000001, 'CNY / token')>
        >>> ab.parse_amount("약 7분의 1").to_approx()
        Approx(Decimal('0.1428571428571428571428571428571429'), 'about')
        """
        if self.qualifier == "range" and self.low is not None and self.high is not None:
            low, high = self._typed(self.low), self._typed(self.high)
            return Approx(self._typed(self.value), "range", low=low, high=high)
        return Approx(self._typed(self.value), self.qualifier)

    def _typed(self, number: Decimal) -> Any:
        if self.per is not None:
            if not self.per.value:  # "0만토큰당 1위안": per nothing is no rate
                raise InvalidAmountError(
                    f"{self.text!r} is {number} per {self.per.value}, which is no rate; check "
                    "the denominator",
                    value=self.per.value,
                )
            rate = tidy(DIVISION.divide(number, self.per.value))
            if self.fraction is not None:
                return rate
            return Q_(rate, f"{self.currency or self.unit} / {self.per.unit}")
        if self.unit is not None:
            return Q_(number, self.unit)
        if self.currency is not None:
            return Money(number, self.currency)
        return number

    def __repr__(self) -> str:
        fields = [repr(self.text), f"value={self.value!r}"]
        for name in ("currency", "unit", "per"):
            if (field := getattr(self, name)) is not None:
                fields.append(f"{name}={field!r}")
        if self.qualifier != "exact":
            fields.append(f"qualifier={self.qualifier!r}")
        for name in ("low", "high", "equivalent"):
            if (field := getattr(self, name)) is not None:
                fields.append(f"{name}={field!r}")
        return f"ParsedAmount({', '.join(fields)})"


@attrs.frozen(kw_only=True, repr=False)
class VagueMention:
    """An amount the text states only as an order of magnitude: "수십억 원", "数十亿元".

    It has no value, because the text gives none; ``magnitude`` is the power of ten the words
    name ("수십억" is tens of 억, so 10^9; "hundreds of millions" is 10^8).

    >>> import aibrief as ab
    >>> [vague] = ab.find_amounts("수십억 원을 투자")
    >>> vague.magnitude, vague.currency, vague.span
    (Decimal('1000000000'), 'KRW', (0, 5))
    """

    magnitude: Decimal
    currency: str | None = None
    unit: str | None = None
    span: tuple[int, int]
    text: str
    lang: Lang

    def __repr__(self) -> str:
        fields = [repr(self.text), f"magnitude={self.magnitude!r}"]
        fields += [
            f"{name}={getattr(self, name)!r}"
            for name in ("currency", "unit")
            if getattr(self, name)
        ]
        return f"VagueMention({', '.join(fields)})"
