"""Vague mentions: amounts a text states only as an order of magnitude.

"수십억 원", "数十亿元" and "hundreds of millions of dollars" give no figure, so the scanner
reports them as :class:`aibrief.VagueMention` with the power of ten the words name and the
currency or unit after them, and never guesses a value. The phrases themselves are
``Tables.vague`` (:mod:`aibrief._reading.scan.tables`); the scanner calls :func:`read_vague`
where one matches.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from aibrief._core.decimal import EXACT
from aibrief._reading.mentions import VagueMention
from aibrief._reading.numerals import power_of_ten
from aibrief._reading.scan.tables import Read, Skipped

if TYPE_CHECKING:
    from aibrief._reading.scan.scanner import Scanner

__all__ = ["read_position", "read_vague", "vague_power"]

_POWERS: Final = {
    "십": 1, "백": 2, "천": 3, "만": 4, "억": 8, "조": 12, "十": 1, "百": 2, "千": 3,
    "万": 4, "萬": 4, "亿": 8, "億": 8,
}  # fmt: skip
_TEN: Final = Decimal(10)
# The parts of a ten a position names, as offsets from its first number.
_THIRDS: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "초반": (Decimal(0), Decimal(3)), "early": (Decimal(0), Decimal(3)),
    "low": (Decimal(0), Decimal(3)), "중반": (Decimal(3), Decimal(7)),
    "mid": (Decimal(3), Decimal(7)), "후반": (Decimal(7), Decimal(10)),
    "late": (Decimal(7), Decimal(10)), "high": (Decimal(7), Decimal(10)),
}  # fmt: skip
_ENGLISH_WORDS: Final = re.compile(r"ten|dozen|hundred|thousand|million|billion|trillion")
_ENGLISH_POWERS: Final = {
    "ten": 1, "dozen": 1, "hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
}  # fmt: skip


def read_vague(scanner: Scanner, match: re.Match[str]) -> Read:
    """An order of magnitude ("수십억 원", "数十亿元", "hundreds of millions of dollars")."""
    norm, end = scanner.norm, match.end()
    currency = unit = None
    if norm[end : end + 7].lower() == "-dollar":  # a multibillion-dollar deal
        currency, end = "USD", end + 7
    else:
        at = end + norm.startswith(" ", end)
        if norm[at : at + 3].lower() == "of ":
            at += 3
        word = scanner.tables.tail.match(norm, at)
        if word is not None:
            (kind, meaning), word_end = word
            if kind == "skip":  # 수천 년: thousands of years
                return Skipped(match.start(), word_end), word_end
            if kind in ("currency", "currencies"):
                currency = scanner.currency_of(kind, meaning)[0]
                end = word_end
            elif kind == "unit":
                unit, end = meaning, word_end
    magnitude = power_of_ten(vague_power(match[0]))
    vague = VagueMention(
        magnitude=magnitude,
        currency=currency,
        unit=unit,
        span=scanner.span(match.start(), end),
        text=scanner.words(match.start(), end),
        lang=scanner.lang,
        low=magnitude,
        high=EXACT.multiply(magnitude, _TEN),
        high_open=True,
    )
    return vague, end


def read_position(scanner: Scanner, match: re.Match[str]) -> Read:
    """A position in a ten ("mid-60%", "60% 중반", "the low 60s"): its bounds, no value.

    Early (초반, low) is the first third of the ten, mid (중반) the middle, late (후반, high)
    the last: the sixties' middle is 63 to 67.
    """
    base = Decimal(match["base"])
    low, high = _THIRDS[match["part"].lower()]
    vague = VagueMention(
        magnitude=_TEN,
        unit="percent" if match["percent"] else None,
        span=scanner.span(match.start(), match.end()),
        text=scanner.words(match.start(), match.end()),
        lang=scanner.lang,
        low=base + low,
        high=base + high,
    )
    return vague, match.end()


def vague_power(words: str) -> int:
    """The power of ten a vague phrase names: 수십억 is 10^9, hundreds of millions 10^8.

    >>> vague_power("수십억"), vague_power("hundreds of millions"), vague_power("成千上万")
    (9, 8, 3)
    """
    if words.startswith("成千"):
        return 3
    if words.isascii():
        return sum(_ENGLISH_POWERS[word] for word in _ENGLISH_WORDS.findall(words.lower()))
    return sum(_POWERS.get(char, 0) for char in words)
