"""Minor units of money: cents, pence, 센트, 美分, 角 and 毛, alone or after the major unit.

A minor unit alone is its amount in major units ("50 cents" is 0.5, "470 pence" 4.7 GBP,
"2角" 0.2 CNY). Cents and pennies belong to many currencies, so alone they name none. After a
major unit they add to it: "20 dollars 43 cents" is 20.43 USD, "1달러 20센트" 1.2 USD, "五元三毛"
5.3 CNY, "三块四分" 3.04 CNY. Chinese also drops the minor unit's name in speech: a digit after
块 or 元 counts tenths ("一块二" is 1.2), one after 零 or 毛 hundredths ("三块零四" 3.04, "两毛五"
0.25).

分 alone is points or minutes ("得7分", "5分钟") and is read only after 元, 块, 角 or 毛; 角 and 毛
after a Han digit make words ("三角" is a triangle, "三毛" a name) unless they are the whole text.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from aibrief._core.decimal import EXACT
from aibrief._reading import lexicon as lex
from aibrief._reading.numerals import (
    BIG_SCALES,
    NUMERAL_DIGITS,
    POINTS,
    SMALL_SCALES,
    read_numeral,
    tidy,
)
from aibrief._reading.scan import numbers
from aibrief._reading.scan.tables import Draft

if TYPE_CHECKING:
    from aibrief._reading.scan.scanner import Scanner

__all__ = ["read_minor"]

# The Chinese words for the yuan after which a bare digit counts tenths: "一块二" is 1.2.
_YUAN_WORDS: Final = frozenset("元块塊圆圓")
_MONEY: Final = frozenset("钱錢")
# Characters that would make a spoken digit part of a longer number ("一块二十", "一块二点").
_NUMERAL_CHARS: Final = frozenset([*NUMERAL_DIGITS, *SMALL_SCALES, *BIG_SCALES, *POINTS, "."])


def read_minor(scanner: Scanner, draft: Draft, pos: int) -> int:
    """Minor units after the major amount ``draft`` that ends at ``pos``: "20 dollars 43
    cents", "1달러 20센트", "五元三毛八分", "一块二" (after 块), "三块零四"."""
    if draft.unit is not None or draft.low is not None or not (draft.currency or draft.money):
        return pos
    places, word = draft.minor_places, draft.currency_word
    while (found := _minor(scanner, draft, pos, places, word)) is not None:
        pos, places = found
        word = None
    if draft.currency == "CNY" and scanner.norm[pos : pos + 1] in _MONEY:
        pos += 1  # "一块钱", "两毛钱": 钱 says money
    return pos


def _minor(
    scanner: Scanner, draft: Draft, pos: int, places: int, word: str | None
) -> tuple[int, int] | None:
    """One more minor amount after ``pos``: where it ends and the decimal places it filled."""
    norm, tables = scanner.norm, scanner.tables
    joint = tables.minor_joint.match(norm, pos)
    at = joint.end() if joint is not None else pos
    zero = norm.startswith("零", at)
    number = _number(scanner, at + zero)
    if number is None:
        return None
    value, end = number
    unit = tables.minor.match(norm, end + norm.startswith(" ", end))
    if unit is not None:
        minor_places, code, _ = lex.MINOR_UNITS[unit[0]]
        if minor_places <= places or code not in (None, draft.currency):
            return None  # "5角3角", "3 GBP 1 cent"
        end = unit[1]
    elif _spoken(norm, at + zero, end, word, places):
        minor_places = places + 1 + zero  # "一块二", "三块零四", "两毛五"
    else:
        return None
    if value >= 10 ** (minor_places - places):
        return None  # "20 dollars 143 cents"
    draft.value = tidy(EXACT.add(draft.value, value.scaleb(-minor_places, EXACT)))
    return end, minor_places


def _spoken(norm: str, at: int, end: int, word: str | None, places: int) -> bool:
    """Whether a bare digit after 块/元 or 毛/角 counts its minor unit, as speech drops it."""
    after_yuan = word is not None and word[-1] in _YUAN_WORDS and places == 0
    after_tenths = places == 1
    following = norm[end : end + 1]
    ends = not (following.isdigit() or following in _NUMERAL_CHARS)
    return (after_yuan or after_tenths) and end - at == 1 and ends


def _number(scanner: Scanner, at: int) -> tuple[Decimal, int] | None:
    """A small number at ``at``: digits, a numeral or a spelled-out number ("forty-five")."""
    norm, tables = scanner.norm, scanner.tables
    core = tables.core.match(norm, at) or tables.lone_digits.match(norm, at)
    if core is not None:
        numeral = read_numeral(core[0])
        return None if numeral is None else (numeral.value, core.end())
    spelled = numbers.spelled_number(scanner, at)
    if spelled is None:
        return None
    found, numeral = spelled
    return numeral.value, found.end()
