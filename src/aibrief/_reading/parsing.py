"""Read amounts as Korean, Chinese and English news write them.

:func:`parse_amount` reads one amount and :func:`find_amounts` lists every amount of a
sentence or paragraph. Both run one small scanner: a regular expression finds where a number
starts (with any change verb, qualifier or currency sign before it), then short readers take
what follows, in the order news writes it, each from one table of :mod:`aibrief._reading.lexicon`:
over-mark and scale word, a fraction's numerator (7분의 1, 七分之一), range, currency or
counter or multiplier (2배, 3倍, 10x), price denominator, qualifier, change verb and a stated
equivalent in parentheses.

Nothing is guessed: "수십억 원" (billions of won) is reported as a :class:`VagueMention`
with no value, and digits inside names (A100, H800, GPT-4, V3) are not amounts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from aibrief._core.decimal import BOUND_DIGITS, LITERAL_LENGTH
from aibrief._core.types import LANGS, Lang
from aibrief._reading.currencies import CurrencyHint, check_default, currency_hint, locale_language
from aibrief._reading.mentions import ParsedAmount, VagueMention
from aibrief._reading.numerals import NUMERAL_DIGITS
from aibrief._reading.scan import Skipped, read_simple, scan
from aibrief.errors import AmountTypeError, InvalidAmountError, InvalidArgumentError, ParseError

if TYPE_CHECKING:
    from babel import Locale

    from aibrief._reading.scan import Found

__all__ = [
    "Lang",
    "ParsedAmount",
    "VagueMention",
    "find_amounts",
    "parse_amount",
]

_LATIN = re.compile("[A-Za-z]")
# A run of digits (with the commas and points between them) or of numeral digits longer than
# any number aibrief reads: no amount inside the bound is written so long, and reading one
# would make an int past Python's 4,300-digit limit for converting text.
_DIGIT = "0-9\uff10-\uff19"
_NUMERAL = "".join(NUMERAL_DIGITS)
_DIGIT_RUN = re.compile(
    rf"[{_DIGIT}](?:[{_DIGIT},.\uff0c\uff0e]){{{LITERAL_LENGTH},}}|[{_NUMERAL}]{{{LITERAL_LENGTH + 1},}}"
)


def parse_amount(
    text: str,
    *,
    lang: Lang | None = None,
    locale: str | Locale | None = None,
    default_currency: str | None = None,
) -> ParsedAmount:
    """Read the one amount in ``text``; ``lang`` defaults to the script of the text.

    Words around the amount are allowed ("엔비디아 주가가 17% 폭락"). An amount followed by
    a stated equivalent in parentheses is one amount. A multiple ("2배", "3倍", "10x") has the
    unit ``"times"`` and keeps its sign whatever change verb surrounds it. Digits that merely
    count nothing (ages, list numbers) are ignored when a real amount is present.

    ``locale`` (a babel identifier or Locale) says which currency a shared sign means ("¥" is
    CNY for ``zh_CN``, JPY for ``ja``; "$" AUD for ``en_AU``); without it, or the words of a
    language, "¥" stays ambiguous (:attr:`ParsedAmount.currency_options`). ``default_currency``
    is the currency of a bare scaled figure ("700억" in a Korean business headline) and of a
    shared sign that may mean it; without it such a figure stays a plain number.

    Raises:
        ParseError: with ``reason`` "empty" (blank text), "unrecognised" (no amount, or a
            run of more than 100 digits, longer than any amount), "vague" (only an order of
            magnitude, e.g. "수십억 원") or "ambiguous" (two amounts); ``position`` says where.
        InvalidAmountError: an amount outside the bound on amounts (10^-40 to 10^40 in
            size), such as 50 digits in a row.

    >>> import aibrief as ab
    >>> ab.parse_amount("10% 가까이 급락")
    ParsedAmount('10% 가까이 급락', value=Decimal('-10'), unit='percent', qualifier='nearly', direction='down')
    >>> ab.parse_amount("5% 이상 하락").to_approx()
    Approx(<Quantity(-5, 'percent')>, 'up_to')
    >>> ab.parse_amount("US$5.6M").value
    Decimal('5600000')
    >>> ab.parse_amount("2배 증가")
    ParsedAmount('2배', value=Decimal('2'), unit='times')
    >>> ab.parse_amount("¥80.33").currency_options, ab.parse_amount("¥80.33", locale="zh_CN").currency
    (('CNY', 'JPY'), 'CNY')
    >>> ab.parse_amount("영업이익 700억", default_currency="KRW").currency
    'KRW'
    >>> ab.parse_amount("数十亿元")
    Traceback (most recent call last):
    ...
    aibrief.errors.ParseError: '数十亿元' is vague at position 0: '数十亿元' gives only an order of magnitude...
    """
    read_lang, hint = _context(text, lang, locale, default_currency)
    if not text.strip():
        raise ParseError(
            f"{text!r} is empty; pass the text of an amount, e.g. '557만6000달러' or '$5.6 million'",
            text=text,
            reason="empty",
        )
    _check_digit_runs(text)
    simple = read_simple(text, read_lang, hint)
    if simple is not None:
        return _within_bound(simple)
    return _within_bound(_choose(text, scan(text, read_lang, hint)))


def find_amounts(
    text: str,
    *,
    lang: Lang | None = None,
    locale: str | Locale | None = None,
    default_currency: str | None = None,
) -> list[ParsedAmount | VagueMention]:
    """Every amount mentioned in ``text``, in order, with spans; vague ones as VagueMention.

    ``locale`` and ``default_currency`` resolve currencies as for :func:`parse_amount`.

    A mention followed by a stated equivalent in parentheses ("X(약 Y)", "X (about Y)",
    "X（约Y）") is one mention whose ``equivalent`` is Y. Korean and Chinese fractions
    ("7분의 1", "七分之一") are found; English ones ("1/7") are not, as they also write dates.
    Numbers with nothing to say what they count (ages, list numbers, bare years) are left out,
    and so are dates and product names; a rank ("12위", "第三名") has the unit ``"rank"``.
    Like :func:`parse_amount`, it raises
    :class:`~aibrief.errors.ParseError` for a run of more than 100 digits and
    :class:`~aibrief.errors.InvalidAmountError` for an amount outside the bound.

    >>> import aibrief as ab
    >>> for found in ab.find_amounts("AI 연구자 41만1000여 명, AI 논문 22만건으로 세계 1위"):
    ...     print(found.text, found.value, found.unit, found.qualifier)
    41만1000여 명 411000 person over
    22만건 220000 item exact
    1위 1 rank exact
    """
    read_lang, hint = _context(text, lang, locale, default_currency)
    _check_digit_runs(text)
    found = scan(text, read_lang, hint)
    return [
        _within_bound(item) if isinstance(item, ParsedAmount) else item
        for item, strong in found
        if strong and not isinstance(item, Skipped)
    ]


# --- Choosing the one amount ---------------------------------------------------------------------


def _choose(text: str, found: list[tuple[Found, bool]]) -> ParsedAmount:
    mentions = [item for item, _ in found if not isinstance(item, Skipped)]
    strong = [item for item, is_strong in found if is_strong and not isinstance(item, Skipped)]
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
    raise _unrecognised(text, [item for item, _ in found if isinstance(item, Skipped)])


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


def _context(
    text: str, lang: object, locale: object, default_currency: object
) -> tuple[Lang, CurrencyHint]:
    """The language to read ``text`` in and the hints for its shared currency signs.

    The language of the hints is the one the caller gave, the locale's, or the text's own
    when it has words to tell it by: "¥80.33" alone says nothing.
    """
    chosen = _check_lang(lang)
    _check_text(text)
    named = None if locale is None else _check_locale(locale)
    told = chosen or (None if named is None else locale_language(named))
    read_lang = told or _detect_lang(text)
    evidence = told or (read_lang if read_lang != "en" or _LATIN.search(text) else None)
    return read_lang, currency_hint(evidence, named, check_default(default_currency))


def _check_locale(locale: object) -> str:
    if isinstance(locale, str):
        return locale
    if type(locale).__name__ == "Locale" and type(locale).__module__.startswith("babel"):
        return str(locale)
    message = f"locale {locale!r} is a {type(locale).__name__}; pass a str such as 'zh_CN' or a babel.Locale"
    raise InvalidArgumentError(message, name="locale", value=locale)


def _check_digit_runs(text: str) -> None:
    """Refuse a run of digits longer than any amount, before the reader converts it."""
    found = _DIGIT_RUN.search(text)
    if found is None:
        return
    start, end = found.span()
    message = (
        f"{_shorten(text)!r} holds {end - start} digits in a row at position {start}, longer "
        f"than any amount aibrief reads (at most {LITERAL_LENGTH} characters, within 10^-40 "
        "to 10^40); remove or split that number"
    )
    raise ParseError(message, text=text, position=start, reason="unrecognised")


def _within_bound(amount: ParsedAmount) -> ParsedAmount:
    """The amount itself, when every number in it lies within the bound on amounts."""
    for number in (amount.value, amount.low, amount.high):
        if number is not None and not -BOUND_DIGITS <= number.adjusted() < BOUND_DIGITS:
            message = (
                f"{_shorten(amount.text)!r} at position {amount.span[0]} reads as {number:E}, "
                "outside the bound aibrief keeps numbers in (between 1E-40 and 1E+40 in size); "
                "check the digits and scale words"
            )
            raise InvalidAmountError(message, value=number)
    for inner in (amount.per, amount.equivalent):
        if inner is not None:
            _within_bound(inner)
    return amount


def _shorten(text: str) -> str:
    return text if len(text) <= 80 else f"{text[:38]}...{text[-38:]}"


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise AmountTypeError(
            f"text {text!r} is a {type(text).__name__}; expected a str such as '557만6000달러'",
            value=text,
        )


def _check_lang(lang: object) -> Lang | None:
    if lang is None or lang in LANGS:
        return lang
    raise InvalidArgumentError(
        f"lang {lang!r} is not a language aibrief reads; expected 'ko', 'zh', 'en' or None "
        "(to tell from the script)",
        name="lang",
        value=lang,
    )


def _detect_lang(text: str) -> Lang:
    """Korean if there is any Hangul, Chinese if any Han character, else English.

    A loop over the characters rather than a regex of Unicode ranges, which costs more to
    compile than a whole first call may spend.
    """
    if text.isascii():
        return "en"
    han = False
    for char in text:
        if "\uac00" <= char <= "\ud7a3" or "\u3131" <= char <= "\u318e":
            return "ko"
        han = han or "\u3400" <= char <= "\u4dbf" or "\u4e00" <= char <= "\u9fff"
    return "zh" if han else "en"
