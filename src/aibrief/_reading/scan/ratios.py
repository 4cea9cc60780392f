"""Ratios written as words: half (절반, 一半, "half"), and English fractions ("two-thirds").

A ratio word is read as a fraction, the numerator *per* the denominator, like "3분의 1": 절반
is 1 per 2, "two-thirds" 2 per 3, "one and a half" 3 per 2. Each word is read only where it
cannot mean something else:

- 반 (half) is also a class, and begins 반도체 and 반대: alone, or before a qualifier ("반
  이상", "반이 넘는"); 절반 and 一半 always mean half; 半 alone only as the whole text (半年 is
  half a year, 半导体 a semiconductor).
- "half" is a period in "the first half" and "the second half": it is read before "of" or
  "the", after a qualifier ("more than half"), or in "N and a half".
- "a third" is also an ordinal ("a third straight quarter"): one part is read before "of"
  ("a third of", "one quarter of"); several are read as written ("two-thirds", "three
  quarters").
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Final, NamedTuple

from aibrief._reading import lexicon as lex
from aibrief._reading.numerals import Numeral
from aibrief._reading.spelled import ENGLISH_ONES

if TYPE_CHECKING:
    from aibrief._reading.scan.scanner import Scanner

__all__ = ["RATIO_PATTERN", "Ratio", "read_ratio"]

#: English parts of a whole, singular and plural, by their denominator.
ENGLISH_PARTS: Final[dict[str, int]] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7,
    "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10,
    "tenths": 10, "hundredth": 100, "hundredths": 100, "thousandth": 1000,
    "thousandths": 1000,
}  # fmt: skip

_SMALL = "|".join(sorted((word for word, n in ENGLISH_ONES.items() if 1 <= n <= 10), key=len))
_PARTS = "|".join(sorted(ENGLISH_PARTS, key=len, reverse=True))
#: Ratio words at a position: Korean and Chinese halves, "N and a half", English parts.
RATIO_PATTERN: Final = (
    r"(?P<half>절반|一半|반|半)"
    rf"|(?i:(?P<whole>{_SMALL}|[0-9]+)\s+and\s+a\s+half"
    rf"|(?P<count>an?|{_SMALL})[\s-]+(?P<part>{_PARTS})"
    r"|(?P<english_half>half))(?![A-Za-z])"
)
# Words before "half" that make it a period: the first half, the other half.
_PERIOD_BEFORE: Final = re.compile(r"(?i:(?:first|second|other|latter|the|this|last)\s+)$")
_OF_AFTER: Final = re.compile(r"\s+(?i:of|the)\b")


class Ratio(NamedTuple):
    """A ratio word read: where it is, its numerator and its denominator."""

    found: re.Match[str]
    numerator: Numeral
    denominator: Decimal


def read_ratio(scanner: Scanner, pos: int, prefixed: bool) -> Ratio | None:
    """The ratio word at ``pos`` where it means a ratio, or ``None``."""
    norm = scanner.norm
    found = scanner.tables.ratio.match(norm, pos)
    if found is None:
        return None
    if found["half"] is not None:
        return _half(scanner, found, prefixed)
    if found["whole"] is not None:
        whole = found["whole"].lower()
        wholes = int(whole) if whole.isdigit() else ENGLISH_ONES[whole]
        return Ratio(found, _numeral(2 * wholes + 1), Decimal(2))
    if found["english_half"] is not None:
        before = norm[max(0, pos - 12) : pos]
        if _PERIOD_BEFORE.search(before) or not (prefixed or _OF_AFTER.match(norm, found.end())):
            return None
        return Ratio(found, _numeral(1), Decimal(2))
    count, part = found["count"].lower(), found["part"].lower()
    several = count not in ("a", "an", "one")
    if several == (not part.endswith(("s", "halves"))) and part != "half":
        return None  # "two third", "one thirds"
    if not several and not _OF_AFTER.match(norm, found.end()):
        return None  # "a third straight quarter"
    numerator = 1 if not several else ENGLISH_ONES[count]
    return Ratio(found, _numeral(numerator), Decimal(ENGLISH_PARTS[part]))


def _half(scanner: Scanner, found: re.Match[str], prefixed: bool) -> Ratio | None:
    norm, word = scanner.norm, found["half"]
    start, end = found.span()
    if start and lex.is_hangul(word[0]) and lex.is_hangul(norm[start - 1]):
        return None  # 대반, 과반: inside a word
    alone = (start, end) == scanner.whole
    if word == "반" and not (alone or prefixed or _qualified(scanner, end)):
        return None
    if word == "半" and not alone:
        return None
    return Ratio(found, _numeral(1), Decimal(2))


def _qualified(scanner: Scanner, end: int) -> bool:
    """Whether a qualifier follows, perhaps after a particle: "반 이상", "반이 넘는"."""
    norm, tables = scanner.norm, scanner.tables
    at = end + norm.startswith(" ", end)
    if tables.after.match(norm, at) is not None:
        return True
    if norm[at : at + 1] in "이가을를":
        at += 1 + norm.startswith(" ", at + 1)
    return tables.after.match(norm, at) is not None


def _numeral(value: int) -> Numeral:
    return Numeral(Decimal(value), False, 0)
