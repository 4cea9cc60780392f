"""What the reader reports: a :class:`ParsedAmount` with its value, or a :class:`VagueMention`.

Both record the phrase they were read from (``text``), where it stands (``span``) and its
language, so every figure can cite the words that state it.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from aibrief._core import html
from aibrief._core.decimal import DIVISION, EXACT
from aibrief._core.types import Lang
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx, Qualifier
from aibrief._quantities.precision import half_unit
from aibrief._reading.changes import Direction
from aibrief._reading.numerals import tidy
from aibrief._units.registry import Q_
from aibrief.errors import InvalidAmountError, ParseError

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
    and its midpoint in ``value``; a change bounded on one side by its qualifier and on the
    other by zero has them too ("fell less than 5%"). A conversion the text states in
    parentheses is in ``equivalent``. ``span`` indexes the input.

    >>> import aibrief as ab
    >>> amount = ab.parse_amount("557만6000달러(약 80억원)")
    >>> amount.value, amount.currency, amount.equivalent.value, amount.equivalent.qualifier
    (Decimal('5576000'), 'USD', Decimal('8000000000'), 'about')
    >>> ab.parse_amount("7분의 1")
    ParsedAmount('7분의 1', value=Decimal('1'), per=ParsedAmount('7', value=Decimal('7')))
    """

    value: Decimal
    currency: str | None = None
    #: Every currency a shared sign or word may mean ("¥": CNY and JPY) when nothing in the
    #: text or the hints says which; ``currency`` is then ``None``.
    currency_options: tuple[str, ...] = ()
    unit: str | None = None
    per: ParsedAmount | None = None
    qualifier: Qualifier = "exact"
    low: Decimal | None = None
    high: Decimal | None = None
    equivalent: ParsedAmount | None = None
    span: tuple[int, int]
    text: str
    lang: Lang
    #: Whether ``low`` / ``high`` are left out of the interval ("20 초과 35 이하" is (20, 35]).
    low_open: bool = False
    high_open: bool = False
    #: The direction of a change a verb states ("up": 상승, 上涨, rose; "down": 하락, fell),
    #: else ``None``. ``value`` is signed already; a fall's bound on its size is on the
    #: negative side ("5% 이상 하락" is ``up_to`` -5%, "fell less than 5%" -5% to 0).
    direction: Direction | None = None

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
        rate and a fraction's ratio are divided once, rounded to 34 significant digits. Money
        whose currency the text leaves open (:attr:`currency_options`) raises
        :class:`~aibrief.errors.ParseError` with reason ``"ambiguous"``.

        >>> import aibrief as ab
        >>> ab.parse_amount("약 80억원").to_approx()
        Approx(Money('8000000000', 'KRW'), 'about')
        >>> ab.parse_amount("100만토큰당 1위안").to_approx().value
        <Quantity(0.000001, 'CNY / token')>
        >>> ab.parse_amount("약 7분의 1").to_approx()
        Approx(Decimal('0.1428571428571428571428571428571429'), 'about')
        """
        if self.currency_options:
            raise self._ambiguous()
        if self.low is None and self.high is None:
            return Approx(self._typed(self.value), self.qualifier)
        return Approx(
            self._typed(self.value),
            self.qualifier,
            low=None if self.low is None else self._typed(self.low),
            high=None if self.high is None else self._typed(self.high),
            low_open=self.low_open if self.low is not None else None,
            high_open=self.high_open if self.high is not None else None,
        )

    def _ambiguous(self) -> ParseError:
        options = " or ".join(self.currency_options)
        return ParseError(
            f"{self.text!r} is money in {options}, and the text does not say which; pass "
            "locale= (e.g. 'zh_CN' or 'ja') or default_currency= to parse_amount or find_amounts",
            text=self.text,
            position=0,
            reason="ambiguous",
        )

    def written_interval(self) -> Approx[Any]:
        """The range of values the written digits stand for, as a typed "range" Approx.

        A figure is rounded at its last significant digit: "$31.84B" stands for 31.835 to
        31.845 billion dollars and "318억 달러" for 317.5억 to 318.5억 (zeros ending a whole
        number are not significant, digits after a decimal point are). So two stated figures
        can be compared within the precision they were written with. The qualifier is not
        applied ("약 80억원" gives 75억 to 85억); the claim checks add it
        (:func:`aibrief.claim_tolerance`). A range widens both ends; a fraction ("7분의 1")
        rounds its denominator, and its numerator unless it is 1.

        >>> import aibrief as ab
        >>> billions = ab.parse_amount("$31.84B").written_interval()
        >>> billions.low, billions.high
        (Money('31835000000', 'USD'), Money('31845000000', 'USD'))
        >>> eok = ab.parse_amount("318억 달러").written_interval()
        >>> eok.low, eok.high
        (Money('31750000000', 'USD'), Money('31850000000', 'USD'))
        >>> eok.consistent_with(billions)
        True
        >>> ab.parse_amount("7분의 1").written_interval().high
        Decimal('0.1538461538461538461538461538461538')
        """
        if self.fraction is not None and self.per is not None:
            return self._fraction_interval(self.per.value)
        low = self.low if self.qualifier == "range" and self.low is not None else self.value
        high = self.high if self.qualifier == "range" and self.high is not None else self.value
        below = EXACT.subtract(low, half_unit(low))
        above = EXACT.add(high, half_unit(high))
        if below == above:
            return Approx(self._typed(self.value), "exact")
        return Approx(
            self._typed(self.value), "range", low=self._typed(below), high=self._typed(above)
        )

    def _fraction_interval(self, denominator: Decimal) -> Approx[Any]:
        """As the ratio checks round a ratio: a fraction that ends as a decimal (千分之三 is
        0.003) like that decimal; "N분의 1" by its denominator; any other by both parts."""
        numerator = self.value
        ratio = DIVISION.divide(numerator, denominator)
        if _terminates(numerator, denominator):
            half = half_unit(ratio)
            low, high = EXACT.subtract(ratio, half), EXACT.add(ratio, half)
        else:
            up = Decimal(0) if numerator == 1 else half_unit(numerator)
            down = half_unit(denominator)
            low = DIVISION.divide(EXACT.subtract(numerator, up), EXACT.add(denominator, down))
            high = DIVISION.divide(EXACT.add(numerator, up), EXACT.subtract(denominator, down))
        return Approx(ratio, "range", low=low, high=high)

    def _repr_html_(self) -> str:
        """The reading as a table: the phrase, the value with its currency or unit, the
        qualifier and the interval it implies, a price's denominator and a stated equivalent.

        >>> import aibrief as ab
        >>> print(ab.parse_amount("약 80억원")._repr_html_())
        <table class="aibrief aibrief-parsed-amount"><tr><th>text</th><td>약 80억원</td></tr><tr><th>value</th><td>8,000,000,000</td></tr><tr><th>currency or unit</th><td>KRW</td></tr><tr><th>qualifier</th><td>about</td></tr><tr><th>interval</th><td>[7,600,000,000.00, 8,400,000,000.00]</td></tr><tr><th>language</th><td>ko</td></tr><tr><th>span</th><td>0–6</td></tr></table>
        """
        rows: list[tuple[str, object]] = [
            ("text", self.text),
            ("value", self.value),
            ("currency or unit", self.currency or self.unit),
        ]
        if self.per is not None:
            rows.append(("per", _figure(self.per)))
        if self.fraction is not None:
            rows.append(("fraction", str(self.fraction)))
        rows += [("qualifier", self.qualifier), ("interval", _interval(self))]
        if self.equivalent is not None:
            rows.append(("stated equivalent", _figure(self.equivalent)))
        rows += [("language", self.lang), ("span", _span(self.span))]
        return html.fields("parsed-amount", rows)

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
        for name in ("currency", "currency_options", "unit", "per"):
            if (field := getattr(self, name)) not in (None, ()):
                fields.append(f"{name}={field!r}")
        if self.qualifier != "exact":
            fields.append(f"qualifier={self.qualifier!r}")
        for name in ("low", "high", "equivalent"):
            if (field := getattr(self, name)) is not None:
                fields.append(f"{name}={field!r}")
        fields += [f"{name}=True" for name in ("low_open", "high_open") if getattr(self, name)]
        if self.direction is not None:
            fields.append(f"direction={self.direction!r}")
        return f"ParsedAmount({', '.join(fields)})"


def _terminates(numerator: Decimal, denominator: Decimal) -> bool:
    """Whether a fraction of whole numbers is a terminating decimal (3/1000, 7/125)."""
    fraction = Fraction(numerator) / Fraction(denominator)
    rest = fraction.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    return rest == 1


@attrs.frozen(kw_only=True, repr=False)
class VagueMention:
    """An amount the text states only as an order of magnitude or a position: "수십억 원",
    "数十亿元", "mid-60%", "60% 중반".

    It has no value, because the text gives none; ``magnitude`` is the power of ten the words
    name ("수십억" is tens of 억, so 10^9; "hundreds of millions" is 10^8; "mid-60%" tens).
    ``low`` and ``high`` are the bounds the words imply: tens of 억 are at least 10^9 and less
    than 10^10 (``high_open``), the middle of the sixties 63 to 67.

    >>> import aibrief as ab
    >>> [vague] = ab.find_amounts("수십억 원을 투자")
    >>> vague.magnitude, vague.currency, vague.span, vague.low, vague.high
    (Decimal('1000000000'), 'KRW', (0, 5), Decimal('1000000000'), Decimal('10000000000'))
    >>> [share] = ab.find_amounts("지지율이 60% 중반")
    >>> share.low, share.high, share.unit
    (Decimal('63'), Decimal('67'), 'percent')
    """

    magnitude: Decimal
    currency: str | None = None
    unit: str | None = None
    span: tuple[int, int]
    text: str
    lang: Lang
    low: Decimal | None = None
    high: Decimal | None = None
    high_open: bool = False

    def _repr_html_(self) -> str:
        """The mention as a table: the phrase, the power of ten it names, its currency or unit.

        >>> import aibrief as ab
        >>> [vague] = ab.find_amounts("수십억 원을 투자")
        >>> print(vague._repr_html_())
        <table class="aibrief aibrief-vague-mention"><tr><th>text</th><td>수십억 원</td></tr><tr><th>order of magnitude</th><td>1,000,000,000</td></tr><tr><th>currency or unit</th><td>KRW</td></tr><tr><th>value</th><td>none stated</td></tr><tr><th>language</th><td>ko</td></tr><tr><th>span</th><td>0–5</td></tr></table>
        """
        return html.fields(
            "vague-mention",
            [
                ("text", self.text),
                ("order of magnitude", self.magnitude),
                ("currency or unit", self.currency or self.unit),
                ("value", "none stated"),
                ("language", self.lang),
                ("span", _span(self.span)),
            ],
        )

    def __repr__(self) -> str:
        fields = [repr(self.text), f"magnitude={self.magnitude!r}"]
        fields += [
            f"{name}={getattr(self, name)!r}"
            for name in ("currency", "unit", "low", "high")
            if getattr(self, name) is not None
        ]
        return f"VagueMention({', '.join(fields)})"


def _figure(amount: ParsedAmount) -> str:
    """A part of a reading in one cell: "about 8,000,000,000 KRW" (its phrase is in the text)."""
    qualifier = "" if amount.qualifier == "exact" else f"{amount.qualifier.replace('_', ' ')} "
    what = amount.currency or amount.unit
    return f"{qualifier}{html.cell_text(amount.value)}{f' {what}' if what else ''}"


def _interval(amount: ParsedAmount) -> str:
    """The values the words allow, as mathematics writes them: "[7.6, 8.4]", "(10,000, +∞)".

    Of the value as written (1 CNY of a price per 1,000,000 tokens), as ``aibrief parse`` says.
    """
    if amount.qualifier == "range" and amount.low is not None and amount.high is not None:
        approx = Approx(amount.value, "range", low=amount.low, high=amount.high)
    else:
        approx = Approx(amount.value, amount.qualifier)
    low, high = approx.low, approx.high
    left = "(−∞" if low is None else ("(" if approx.low_open else "[") + html.cell_text(low)
    right = "+∞)" if high is None else html.cell_text(high) + (")" if approx.high_open else "]")
    return f"{left}, {right}"


def _span(span: tuple[int, int]) -> str:
    return f"{span[0]}–{span[1]}"
