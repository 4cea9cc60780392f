"""Currency names and symbols from CLDR (through babel), as the reader looks them up.

Every currency babel knows is read by its display names in Korean, Chinese (Simplified and
Traditional) and English, their plural forms ("Swiss francs") and symbols ("CA$", "₫").
Loading four of babel's locales costs more than a whole first call may, so
``scripts/build_currency_names.py`` writes what the reader needs to
``aibrief/_data/currency_names.json`` with :func:`build_table`, and the reader loads that file
(:func:`currency_table`); a test checks that it still equals what babel says.

What CLDR does not say is added by rule, not by hand: a short name is the last word of a
Korean or English name ("라리" of "조지아 라리", "ringgit" of "Malaysian ringgits"). A short
name that several current currencies share ("달러", "francs", "루피") is ambiguous, and so is a
symbol that means different currencies in different locales ("$", "¥"): those are listed with
every currency they may mean, and the reader resolves them by the hints it has
(:mod:`aibrief._reading.currencies`).

>>> table = currency_table()
>>> table.names["swiss francs"], table.names["스위스 프랑"], table.names["瑞士法郎"]
('CHF', 'CHF', 'CHF')
>>> table.symbols["zh"]["¥"], table.symbols["en"]["¥"], "CHF" in table.ambiguous["francs"]
('CNY', 'JPY', True)
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any, Final, NamedTuple

from aibrief._core.currency import plain_word_name
from aibrief._core.data import read_data

__all__ = ["LOCALES", "CurrencyTable", "build_table", "currency_table"]

#: The locales whose names and symbols are read, by the key the table files them under.
LOCALES: Final[dict[str, str]] = {"ko": "ko", "zh": "zh_Hans", "zh_Hant": "zh_Hant", "en": "en"}


# Last words of names that are also ordinary words ("3동" is building 3, "5 soles" fish):
# never a short name.
_COMMON_WORDS: Final = frozenset(
    {"골드", "동", "솔", "솜", "숨", "레이", "비르", "바투", "탈라", "로티", "마르크", "레알",
     "gold", "mark", "marks", "real", "reals", "sol", "soles", "som", "soms", "tala", "kina"}
)  # fmt: skip

#: Chinese words after a number that name a family of currencies, and the Chinese names
#: each is the end of ("瑞士法郎" ends in 法郎); 元 is the yuan and the other Chinese dollars.
_ZH_FAMILIES: Final = ("法郎", "卢比", "盧比", "比索", "镑", "鎊", "第纳尔", "第納爾", "里亚尔",
                       "里亞爾", "克朗", "先令", "卢布", "盧布", "里拉", "迪拉姆")  # fmt: skip
_YUAN: Final = ("CNY", "TWD", "HKD", "MOP", "SGD")
_YUAN_WORDS: Final = ("元", "圆", "圓", "块", "塊")
_FILE: Final = "currency_names.json"


class CurrencyTable(NamedTuple):
    """Currency words and what they mean.

    ``names``: a name or unique short name, lower case in English, to its code; ``symbols``:
    for each locale of :data:`LOCALES`, a symbol to the code it means there; ``ambiguous``:
    a word or symbol that several currencies share, to all of them.
    """

    names: dict[str, str]
    symbols: dict[str, dict[str, str]]
    ambiguous: dict[str, tuple[str, ...]]
    source: str


@functools.cache
def currency_table() -> CurrencyTable:
    """The table of ``aibrief/_data/currency_names.json``, loaded on first use."""
    data = json.loads(read_data(_FILE))
    ambiguous = {word: tuple(codes) for word, codes in data["ambiguous"].items()}
    return CurrencyTable(data["names"], data["symbols"], ambiguous, data["source"])


def build_table() -> dict[str, Any]:
    """The table of every currency babel knows, as ``currency_names.json`` stores it."""
    import babel
    from babel import Locale
    from babel.core import get_cldr_version, get_global

    locales = {key: Locale.parse(name) for key, name in LOCALES.items()}
    current = _current_codes(get_global("territory_currencies"))
    names: dict[str, str] = {}
    short: dict[str, set[str]] = {}
    for key, locale in locales.items():
        for code, name in _names(locale):
            written = name.lower() if key == "en" else name
            names[written] = code
            if key == "ko" and " " in name:
                names.setdefault(name.replace(" ", ""), code)  # "스위스프랑"
            if key in ("ko", "en") and code in current and "(" not in name:
                short.setdefault(written.split()[-1], set()).add(code)
    ambiguous = {word: sorted(codes) for word, codes in short.items() if len(codes) > 1}
    for word, codes in short.items():
        if len(codes) == 1 and word not in _COMMON_WORDS:
            names.setdefault(word, next(iter(codes)))
    for family in _ZH_FAMILIES:
        codes = {
            code
            for key in ("zh", "zh_Hant")
            for code, name in _names(locales[key])
            if name.endswith(family) and code in current
        }
        ambiguous[family] = sorted(codes)
    ambiguous |= {word: list(_YUAN) for word in _YUAN_WORDS}
    for word in ambiguous:
        names.pop(word, None)
    return {
        "source": f"CLDR {get_cldr_version()} (babel {babel.__version__})",
        "names": dict(sorted(names.items())),
        "symbols": {key: _symbols(locale) for key, locale in locales.items()},
        "ambiguous": dict(sorted(ambiguous.items())),
    }


def _names(locale: Any) -> list[tuple[str, str]]:
    """(code, name) for every display name and plural form of ``locale``."""
    plural = locale._data["currency_names_plural"]
    found = []
    for code, name in locale.currencies.items():
        forms = [name, *plural.get(code, {}).values()]
        found += [(code, form) for form in forms if form != code and _readable(code, form)]
    return found


def _readable(code: str, name: str) -> bool:
    """Whether a name may be read: not one ordinary word naming no country's money ("금")."""
    return not plain_word_name(code, name)


def _symbols(locale: Any) -> dict[str, str]:
    """A locale's symbols, less those that are another currency's code (zh writes the old
    shekel ILR as "ILS")."""
    codes = locale.currency_symbols.keys()
    return {
        symbol: code
        for code, symbol in sorted(locale.currency_symbols.items())
        if symbol != code and symbol not in codes
    }


def _current_codes(territories: Mapping[str, Any]) -> frozenset[str]:
    """Codes that are legal tender somewhere today (not a fund or a withdrawn currency)."""
    return frozenset(
        code
        for entries in territories.values()
        for code, _start, end, tender in entries
        if end is None and tender
    )
