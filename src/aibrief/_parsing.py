"""Read amounts as Korean, Chinese and English news write them.

:func:`parse_amount` reads one amount and :func:`find_amounts` lists every amount of a
sentence or paragraph. Both run one small scanner: a regular expression finds where a number
starts (with any change verb, qualifier or currency sign before it), then short readers take
what follows, in the order news writes it, each from one table of :mod:`aibrief._lexicon`:
over-mark and scale word, a fraction's numerator (7분의 1, 七分之一), range, currency or
counter or multiplier (2배, 3倍, 10x), price denominator, qualifier, change verb and a stated
equivalent in parentheses.

Nothing is guessed: "수십억 원" (billions of won) is reported as a :class:`VagueMention`
with no value, and digits inside names (A100, H800, GPT-4, V3) are not amounts.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from aibrief import _lexicon as lex
from aibrief._decimal import DIVISION
from aibrief._lexicon import Lang, Qualifier
from aibrief._numerals import tidy
from aibrief.errors import AmountTypeError, InvalidArgumentError, ParseError

if TYPE_CHECKING:
    from aibrief._approx import Approx
    from aibrief._scanner import Found, Skipped

__all__ = [
    "Lang",
    "ParsedAmount",
    "VagueMention",
    "find_amounts",
    "parse_amount",
]

_HANGUL = re.compile("[\uac00-\ud7a3\u3131-\u318e]")
_SCRIPT = re.compile("[\uac00-\ud7a3\u3131-\u318e\u3400-\u4dbf\u4e00-\u9fff]")


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
        from aibrief._approx import Approx

        if self.qualifier == "range" and self.low is not None and self.high is not None:
            low, high = self._typed(self.low), self._typed(self.high)
            return Approx(self._typed(self.value), "range", low=low, high=high)
        return Approx(self._typed(self.value), self.qualifier)

    def _typed(self, number: Decimal) -> Any:
        if self.per is not None:
            rate = tidy(DIVISION.divide(number, self.per.value))
            if self.fraction is not None:
                return rate
            from aibrief._units import Q_

            return Q_(rate, f"{self.currency or self.unit} / {self.per.unit}")
        if self.unit is not None:
            from aibrief._units import Q_

            return Q_(number, self.unit)
        if self.currency is not None:
            from aibrief._money import Money

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


def parse_amount(text: str, *, lang: Lang | None = None) -> ParsedAmount:
    """Read the one amount in ``text``; ``lang`` defaults to the script of the text.

    Words around the amount are allowed ("엔비디아 주가가 17% 폭락"). An amount followed by
    a stated equivalent in parentheses is one amount. A multiple ("2배", "3倍", "10x") has the
    unit ``"times"`` and keeps its sign whatever change verb surrounds it. Digits that merely
    count nothing (ages, list numbers) are ignored when a real amount is present.

    Raises:
        ParseError: with ``reason`` "empty" (blank text), "unrecognised" (no amount),
            "vague" (only an order of magnitude, e.g. "수십억 원") or "ambiguous" (two
            amounts); ``position`` says where.

    >>> import aibrief as ab
    >>> ab.parse_amount("10% 가까이 급락")
    ParsedAmount('10% 가까이 급락', value=Decimal('-10'), unit='percent', qualifier='nearly')
    >>> ab.parse_amount("US$5.6M").value
    Decimal('5600000')
    >>> ab.parse_amount("2배 증가")
    ParsedAmount('2배', value=Decimal('2'), unit='times')
    >>> ab.parse_amount("数十亿元")
    Traceback (most recent call last):
    ...
    aibrief.errors.ParseError: '数十亿元' is vague at position 0: '数十亿元' gives only an order of magnitude...
    """
    chosen = _check_lang(lang)
    _check_text(text)
    if not text.strip():
        raise ParseError(
            f"{text!r} is empty; pass the text of an amount, e.g. '557만6000달러' or '$5.6 million'",
            text=text,
            reason="empty",
        )
    lang = chosen or _detect_lang(text)
    simple = _scanner.read_simple(text, lang)
    if simple is not None:
        return simple
    return _choose(text, _scanner.scan(text, lang))


def find_amounts(text: str, *, lang: Lang | None = None) -> list[ParsedAmount | VagueMention]:
    """Every amount mentioned in ``text``, in order, with spans; vague ones as VagueMention.

    A mention followed by a stated equivalent in parentheses ("X(약 Y)", "X (about Y)",
    "X（约Y）") is one mention whose ``equivalent`` is Y. Korean and Chinese fractions
    ("7분의 1", "七分之一") are found; English ones ("1/7") are not, as they also write dates.
    Numbers with nothing to say what they count (ages, list numbers, bare years) are left out,
    and so are dates, ranks and product names.

    >>> import aibrief as ab
    >>> for found in ab.find_amounts("AI 연구자 41만1000여 명, AI 논문 22만건으로 세계 1위"):
    ...     print(found.text, found.value, found.unit, found.qualifier)
    41만1000여 명 411000 person over
    22만건 220000 item exact
    """
    chosen = _check_lang(lang)
    _check_text(text)
    found = _scanner.scan(text, chosen or _detect_lang(text))
    return [item for item, strong in found if strong and not isinstance(item, _scanner.Skipped)]


# --- Choosing the one amount ---------------------------------------------------------------------


def _choose(text: str, found: list[tuple[Found, bool]]) -> ParsedAmount:
    mentions = [item for item, _ in found if not isinstance(item, _scanner.Skipped)]
    strong = [
        item for item, is_strong in found if is_strong and not isinstance(item, _scanner.Skipped)
    ]
    if len(strong) == 1 or (not strong and len(mentions) == 1):
        chosen = strong[0] if strong else mentions[0]
        if isinstance(chosen, VagueMention):
            raise ParseError(
                f"{text!r} is vague at position {chosen.span[0]}: {chosen.text!r} gives only an "
                "order of magnitude, and aibrief does not guess a value; quote the exact figure, "
                "or use find_amounts() to list vague mentions",
                text=text,
                position=chosen.span[0],
                reason="vague",
            )
        assert isinstance(chosen, ParsedAmount)
        return chosen
    if len(strong) > 1:
        listed = ", ".join(f"{item.text!r} at {item.span[0]}" for item in strong)
        raise ParseError(
            f"{text!r} holds {len(strong)} amounts ({listed}); pass one amount, or use "
            "find_amounts() to read them all",
            text=text,
            position=strong[1].span[0],
            reason="ambiguous",
        )
    raise _unrecognised(text, [item for item, _ in found if isinstance(item, _scanner.Skipped)])


def _unrecognised(text: str, skipped: list[Skipped]) -> ParseError:
    expected = "expected e.g. '557만6000달러', '约合人民币4亿元' or '$5.6 million'"
    if skipped:
        first = skipped[0]
        words = text[first.start : first.end]
        message = (
            f"{text!r} has no amount: {words!r} at position {first.start} is {first.why}; "
            f"{expected}"
        )
        return ParseError(message, text=text, position=first.start, reason="unrecognised")
    message = (
        f"{text!r} has no amount aibrief can read; {expected} (digits inside names such as "
        "A100, GPT-4 or V3 are not amounts)"
    )
    return ParseError(message, text=text, position=None, reason="unrecognised")


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise AmountTypeError(
            f"text {text!r} is a {type(text).__name__}; expected a str such as '557만6000달러'",
            value=text,
        )


def _check_lang(lang: object) -> Lang | None:
    if lang is None or lang in lex.LANGS:
        return lang
    raise InvalidArgumentError(
        f"lang {lang!r} is not a language aibrief reads; expected 'ko', 'zh', 'en' or None "
        "(to tell from the script)",
        name="lang",
        value=lang,
    )


def _detect_lang(text: str) -> Lang:
    """Korean if there is any Hangul, Chinese if any Han character, else English."""
    found = _SCRIPT.search(text)
    if found is None:
        return "en"
    if "\u3400" <= found[0] <= "\u9fff" and _HANGUL.search(text, found.end()) is None:
        return "zh"
    return "ko"


# The scanner builds ParsedAmount and VagueMention, so it is imported once they exist.
from aibrief import _scanner  # noqa: E402
