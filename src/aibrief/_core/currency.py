"""ISO 4217 currency codes, validated against babel's currency data.

babel's global data (not its per-locale data) holds every code and each code's minor unit,
so validation loads one small table on first use and nothing at import.
"""

from __future__ import annotations

import functools

from aibrief.errors import UnknownCurrencyError

__all__ = [
    "NON_NATIONAL_CODES",
    "known_currencies",
    "minor_units",
    "plain_word_name",
    "validate_currency",
]

#: ISO 4217 codes that are no country's money: precious metals, the IMF's drawing rights,
#: units of account, the test and the unknown code.
NON_NATIONAL_CODES = frozenset(
    {"XAU", "XAG", "XPT", "XPD", "XDR", "XTS", "XXX", "XBA", "XBB", "XBC", "XBD", "XUA"}
)


def plain_word_name(code: str, name: str) -> bool:
    """Whether ``name`` of currency ``code`` is an ordinary word that says no money by itself.

    The metals' CLDR names are such words ("금", "银", "黄金", "Gold"): after a number they
    would read as anything but money, so they are written and read by their code instead.

    >>> plain_word_name("XAU", "금"), plain_word_name("XAU", "troy ounces of gold")
    (True, False)
    >>> plain_word_name("CHF", "Franc")
    False
    """
    if code not in NON_NATIONAL_CODES or " " in name:
        return False
    return name.isascii() or len(name) <= 2


@functools.cache
def known_currencies() -> frozenset[str]:
    """Every ISO 4217 code babel knows, current and historical.

    >>> import aibrief as ab
    >>> {"USD", "CNY", "KRW", "EUR"} <= ab.known_currencies()
    True
    """
    # babel.numbers.list_currencies() reads the same table; babel.core alone loads faster, and
    # this runs in every fresh process's first Money.
    from babel.core import get_global

    return frozenset(get_global("all_currencies"))


def validate_currency(code: object) -> str:
    """Return ``code`` as an upper-case ISO 4217 code, or raise :class:`UnknownCurrencyError`.

    Lower case is accepted and normalised; anything else unknown gets close suggestions.

    >>> import aibrief as ab
    >>> ab.validate_currency("krw")
    'KRW'
    >>> ab.validate_currency("WON")
    Traceback (most recent call last):
    ...
    aibrief.errors.UnknownCurrencyError: unknown currency code 'WON'; expected an ISO 4217 code such as 'USD', 'CNY' or 'KRW' (did you mean 'KRW' or 'RON' or 'AON'?)
    """
    if code in _VALIDATED:
        return code
    if not isinstance(code, str):
        raise UnknownCurrencyError.for_code(code, ())
    normalised = code.strip().upper()
    if normalised not in known_currencies():
        raise UnknownCurrencyError.for_code(code, _suggestions(normalised))
    _VALIDATED.add(normalised)
    return normalised


@functools.cache
def minor_units(code: str) -> int:
    """The number of decimal places of a currency's minor unit (KRW 0, USD 2, BHD 3).

    >>> import aibrief as ab
    >>> [ab.minor_units(c) for c in ("KRW", "USD", "CNY", "JPY")]
    [0, 2, 2, 0]
    """
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(validate_currency(code)))


# Codes already validated, so the hot path is one set lookup. Only canonical codes go in.
_VALIDATED: set[str] = set()


# Names people type instead of a code. They are only ever suggested, never accepted: "dollar"
# alone does not say which dollar.
_COMMON_NAMES = {
    "WON": "KRW",
    "RMB": "CNY",
    "YUAN": "CNY",
    "RENMINBI": "CNY",
    "YEN": "JPY",
    "DOLLAR": "USD",
    "EURO": "EUR",
    "POUND": "GBP",
}


def _suggestions(code: str) -> tuple[str, ...]:
    """Close codes, best first: a common name's code, then transpositions, then look-alikes."""
    import difflib  # only a misspelt code needs it

    known = sorted(known_currencies())
    found: list[str] = []
    if code in _COMMON_NAMES:
        found.append(_COMMON_NAMES[code])
    found += [c for c in known if sorted(c) == sorted(code) and c != code]
    found += difflib.get_close_matches(code, known, n=3, cutoff=0.6)
    return tuple(dict.fromkeys(found))[:3]
