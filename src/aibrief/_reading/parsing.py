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

from aibrief._core.types import LANGS, Lang
from aibrief._reading.currencies import CurrencyHint, check_default, currency_hint, locale_language
from aibrief._reading.mentions import ParsedAmount, VagueMention
from aibrief._reading.scan import Skipped, read_simple, scan
from aibrief.errors import AmountTypeError, InvalidArgumentError, ParseError

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
_HANGUL = re.compile("[\uac00-\ud7a3\u3131-\u318e]")
_SCRIPT = re.compile("[\uac00-\ud7a3\u3131-\u318e\u3400-\u4dbf\u4e00-\u9fff]")


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
        ParseError: with ``reason`` "empty" (blank text), "unrecognised" (no amount),
            "vague" (only an order of magnitude, e.g. "수십억 원") or "ambiguous" (two
            amounts); ``position`` says where.

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
    simple = read_simple(text, read_lang, hint)
    if simple is not None:
        return simple
    return _choose(text, scan(text, read_lang, hint))


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

    >>> import aibrief as ab
    >>> for found in ab.find_amounts("AI 연구자 41만1000여 명, AI 논문 22만건으로 세계 1위"):
    ...     print(found.text, found.value, found.unit, found.qualifier)
    41만1000여 명 411000 person over
    22만건 220000 item exact
    1위 1 rank exact
    """
    read_lang, hint = _context(text, lang, locale, default_currency)
    found = scan(text, read_lang, hint)
    return [item for item, strong in found if strong and not isinstance(item, Skipped)]


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
    """Korean if there is any Hangul, Chinese if any Han character, else English."""
    found = _SCRIPT.search(text)
    if found is None:
        return "en"
    if "\u3400" <= found[0] <= "\u9fff" and _HANGUL.search(text, found.end()) is None:
        return "zh"
    return "ko"
