"""Which currency a currency word means, with what the reader knows about the text.

Most currency words mean one currency ("美元", "스위스 프랑", "CHF"). Some are shared: "$" is
the sign of every dollar and of the New Taiwan dollar in Taiwan, "¥" of the yuan and the yen,
"元" of the yuan and the Taiwan, Hong Kong and Macau dollars, "달러" and "francs" of many
currencies (:mod:`aibrief._reading.cldr` lists them all). A shared word is resolved by, in
order:

1. ``default_currency``, when the caller names one of the currencies it may mean;
2. the ``locale`` hint: its territory's currency ("$" in ``en_AU`` is AUD, "元" in
   ``zh_Hant_TW`` TWD), or the currency CLDR gives the symbol in that locale ("¥" in
   ``zh_Hant_TW`` is JPY);
3. the language of the text, by CLDR's symbols ("¥" is CNY in Chinese text and JPY in
   English), when the text has words to tell it by;
4. the convention of news in all three languages, where there is one: a dollar with nothing
   else said is the US dollar, 元 the yuan, a pound sterling, 원 and "won" the Korean won;

and otherwise stays ambiguous: the amount has no currency, and lists every currency it may be.

>>> hint = currency_hint(None, None, None)
>>> resolve("¥", hint), resolve("$", hint)
((None, ('CNY', 'JPY')), ('USD', ()))
>>> resolve("¥", currency_hint("zh", None, None)), resolve("元", currency_hint(None, "zh_Hant_TW", None))
(('CNY', ()), ('TWD', ()))
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Final, NamedTuple

from aibrief._core.currency import validate_currency
from aibrief._core.types import Lang
from aibrief._reading import lexicon as lex
from aibrief._reading.cldr import currency_table
from aibrief.errors import InvalidArgumentError

__all__ = [
    "CurrencyHint",
    "candidates",
    "check_default",
    "currency_hint",
    "locale_language",
    "resolve",
    "shared_symbols",
    "symbol_codes",
]


class CurrencyHint(NamedTuple):
    """What the reader knows about which currency a shared word means (see the module)."""

    default: str | None
    home: str | None
    locale_symbols: Mapping[str, str]
    lang_symbols: Mapping[str, str]


_NOTHING: Final[Mapping[str, str]] = {}


def currency_hint(lang: Lang | None, locale: str | None, default: str | None) -> CurrencyHint:
    """The hints for one text: the language it is in (``None`` when its words do not say),
    the locale the caller named and the default currency (both perhaps ``None``)."""
    return _hint(lang, locale, default)


@functools.lru_cache(maxsize=64)
def _hint(lang: Lang | None, locale: str | None, default: str | None) -> CurrencyHint:
    table = currency_table()
    lang_symbols = _NOTHING if lang is None else table.symbols[lang]
    if locale is None:
        return CurrencyHint(default, None, _NOTHING, lang_symbols)
    home, symbols = _locale_facts(locale)
    return CurrencyHint(default, home, symbols, lang_symbols)


def candidates(word: str) -> tuple[str, ...]:
    """Every currency a shared word or symbol may mean ("¥": CNY and JPY)."""
    word = lex.SHARED_CURRENCY_WORDS.get(word, word)
    return shared_symbols().get(word) or currency_table().ambiguous.get(word, ())


def resolve(word: str, hint: CurrencyHint) -> tuple[str | None, tuple[str, ...]]:
    """The currency a shared word or symbol means, or ``None`` and every one it may mean."""
    codes = candidates(word)
    word = lex.SHARED_CURRENCY_WORDS.get(word, word)
    if hint.default in codes:
        return hint.default, ()
    if hint.home in codes:
        return hint.home, ()
    for symbols in (hint.locale_symbols, hint.lang_symbols):
        if (code := symbols.get(word)) is not None:
            return code, ()
    if (code := lex.CURRENCY_CONVENTIONS.get(word)) is not None:
        return code, ()
    if len(codes) == 1:
        return codes[0], ()
    return None, codes


@functools.cache
def shared_symbols() -> dict[str, tuple[str, ...]]:
    """Symbols that mean different currencies in different locales, with all they mean.

    "$" is the dollar of every country that has one; "¥" the yuan and the yen.
    """
    table = currency_table()
    meanings: dict[str, set[str]] = {}
    for symbols in table.symbols.values():
        for symbol, code in symbols.items():
            meanings.setdefault(symbol, set()).add(code)
    shared = {symbol: codes for symbol, codes in meanings.items() if len(codes) > 1}
    shared["$"] = set(table.ambiguous["dollars"]) | shared.get("$", set())
    return {symbol: tuple(sorted(codes)) for symbol, codes in shared.items()}


@functools.cache
def symbol_codes() -> dict[str, str]:
    """Symbols that mean one currency in every locale read ("€", "CA$", "₫")."""
    shared = shared_symbols()
    return {
        symbol: code
        for symbols in currency_table().symbols.values()
        for symbol, code in symbols.items()
        if symbol not in shared
    }


def locale_language(locale: str) -> Lang | None:
    """The language aibrief reads that ``locale`` is in ("zh_Hant_TW" is "zh"), else None.

    Raises :class:`~aibrief.errors.InvalidArgumentError` for text that is no locale.
    """
    language: Lang = _parse(locale).language
    return language if language in ("ko", "zh", "en") else None


@functools.lru_cache(maxsize=64)
def _locale_facts(locale: str) -> tuple[str | None, Mapping[str, str]]:
    """The currency of a locale's territory (or of its likely one) and its CLDR symbols."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    parsed = _parse(locale)
    territory = parsed.territory
    if territory is None:
        likely = get_global("likely_subtags").get(str(parsed), "")
        territory = likely.split("_")[-1] if likely else None
    home = None
    if territory:
        currencies = get_territory_currencies(territory)
        home = currencies[0] if currencies else None
    symbols = {symbol: code for code, symbol in parsed.currency_symbols.items() if symbol != code}
    return home, symbols


@functools.lru_cache(maxsize=64)
def _parse(locale: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(locale.replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        message = (
            f"locale {locale!r} is not a locale babel knows; pass an identifier such as "
            "'ko', 'zh_Hans_CN', 'zh_Hant_TW' or 'en_AU', or None"
        )
        raise InvalidArgumentError(message, name="locale", value=locale) from None


def check_default(currency: object) -> str | None:
    """``default_currency`` as an ISO 4217 code, or ``None``."""
    return None if currency is None else validate_currency(currency)
