"""Numbers spelled out in words: native Korean counts and English number words.

Korean counts things with its native numbers up to ninety-nine ("두 배", "세 곳", "스물여섯
명"): 하나/한 1, 둘/두 2, 셋/세 3, 넷/네 4, 다섯 5, 여섯 6, 일곱 7, 여덟 8, 아홉 9, and the
tens 열 10, 스물/스무 20, 서른 30, 마흔 40, 쉰 50, 예순 60, 일흔 70, 여든 80, 아흔 90, a ten
then a unit ("열하나", "쉰두"). The short forms (한, 두, 세, 네, 스무) stand before a counter.

English writes "two hundred thousand", "twenty-one", "five hundred and four", "a dozen"; "a"
or "an" counts one before a scale word ("a hundred", "a million").

Both are words as much as numbers (한국, 세계, "one of them"), so the scanner decides where
they count (:mod:`aibrief._reading.scan.numbers`); this module only reads them.

>>> read_native("스물여섯").value, read_english("two hundred thousand").value
(Decimal('26'), Decimal('200000'))
>>> read_english("five hundred and four").value, read_english("a dozen").value
(Decimal('504'), Decimal('12'))
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Final

from aibrief._reading.numerals import Numeral

__all__ = [
    "ENGLISH_NUMBER",
    "ENGLISH_ONES",
    "NATIVE_NUMBER",
    "NATIVE_ONES",
    "NATIVE_TENS",
    "english_extent",
    "read_english",
    "read_native",
]

#: Native Korean units, in every form: full (하나), before a counter (한) and old (석, 넉).
NATIVE_ONES: Final[dict[str, int]] = {
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "넷": 4, "네": 4, "넉": 4,
    "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
}  # fmt: skip

#: Native Korean tens.
NATIVE_TENS: Final[dict[str, int]] = {
    "열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70,
    "여든": 80, "아흔": 90,
}  # fmt: skip

#: English numbers below twenty, and the tens.
ENGLISH_ONES: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_ENGLISH_TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ENGLISH_SCALES: Final[dict[str, int]] = {
    "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
}  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_TENS_UNITS = rf"(?:{_alternation(NATIVE_TENS)})(?:{_alternation(NATIVE_ONES)})?"
#: A native Korean number as written: a ten and a unit, or either alone.
NATIVE_NUMBER: Final = rf"(?:{_TENS_UNITS}|{_alternation(NATIVE_ONES)})"

_ENGLISH_WORD = (
    rf"{_alternation([*ENGLISH_ONES, *_ENGLISH_TENS, *_ENGLISH_SCALES, 'hundred', 'dozen'])}"
)
#: English number words in a row, separated by spaces, hyphens or "and"; "a" or "an" before
#: a scale. The reader takes the longest run that is a number. At most 24 words: the longest
#: number news spells out is far shorter, and an unbounded run ("one one one ...") would be
#: matched again from each of its words, in quadratic time.
ENGLISH_NUMBER: Final = (
    rf"(?i:(?:an?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    rf"(?:{_ENGLISH_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_ENGLISH_WORD})){{0,23}})(?![A-Za-z])"
)
_WORD = re.compile(r"[A-Za-z]+")
# Words that multiply what comes before them: a number, or "a"/"an" ("a dozen").
_SCALE_WORDS: Final = frozenset({"hundred", "dozen", *_ENGLISH_SCALES})


def read_native(words: str) -> Numeral | None:
    """A native Korean number ("스물여섯", "쉰두", "한"), or ``None``.

    >>> read_native("열한").value, read_native("서른") .value, read_native("열열")
    (Decimal('11'), Decimal('30'), None)
    """
    for tens, value in NATIVE_TENS.items():
        if words.startswith(tens):
            rest = words[len(tens) :]
            if not rest:
                return Numeral(Decimal(value), False, 0)
            unit = NATIVE_ONES.get(rest)
            return None if unit is None else Numeral(Decimal(value + unit), False, 0)
    unit = NATIVE_ONES.get(words)
    return None if unit is None else Numeral(Decimal(unit), False, 0)


def read_english(words: str) -> Numeral | None:
    """English number words ("twenty-one trillion three hundred"), or ``None``.

    Only a run that is one number is read: "one twenty" (two numbers) and "five five" are
    not. ``scaled`` says a scale word (hundred, thousand, million, ...) is in it.

    >>> read_english("twenty-one trillion three hundred").value
    Decimal('21000000000300')
    >>> read_english("one twenty") is None, read_english("a hundred").scaled
    (True, True)
    """
    end = english_extent(words)
    if end != len(words.rstrip()):
        return None
    return _value(words)


def english_extent(words: str) -> int:
    """How much of ``words`` (from its start) is one English number, 0 for none."""
    count = _Count()
    end = 0
    article = False
    tokens = list(_WORD.finditer(words))
    for index, token in enumerate(tokens):
        word = token[0].lower()
        if word == "and":
            continue
        if word in ("a", "an"):
            if index:
                break
            article = True
            continue
        if not (count.read or article) and word in _SCALE_WORDS:
            break  # "a hundred" and "one hundred" are numbers, "hundred" alone is not
        if not count.take(word):
            break
        end = token.end()
    return end


def _value(words: str) -> Numeral | None:
    count = _Count()
    article = False
    for token in _WORD.findall(words):
        word = token.lower()
        if word in ("a", "an", "and"):
            article = article or word != "and"
            continue
        if not (count.read or article) and word in _SCALE_WORDS:
            return None
        if not count.take(word):
            return None
    return count.numeral()


class _Count:
    """English number words read one at a time: "two hundred thousand" is (2 x 100) x 1000."""

    __slots__ = ("current", "last_scale", "read", "scaled", "total")

    def __init__(self) -> None:
        self.total = 0  # the part closed by thousand, million, ...
        self.current = 0  # the part below a thousand still open
        self.last_scale: int | None = None
        self.scaled = False
        self.read = False

    def take(self, word: str) -> bool:
        if (ones := ENGLISH_ONES.get(word)) is not None:
            if self.current % 100 and (ones >= 10 or self.current % 10):
                return False  # "twenty twelve", "five five"
            self.current += ones
        elif (tens := _ENGLISH_TENS.get(word)) is not None:
            if self.current % 100:
                return False  # "one twenty"
            self.current += tens
        elif word == "hundred":
            if self.current >= 100 or (self.current == 0 and self.read):
                return False
            self.current = (self.current or 1) * 100
            self.scaled = True
        elif word == "dozen":
            if self.current >= 100 or self.total:
                return False
            self.current = (self.current or 1) * 12
        elif (power := _ENGLISH_SCALES.get(word)) is not None:
            if self.last_scale is not None and power >= self.last_scale:
                return False
            self.total += (self.current or 1) * 10**power
            self.current, self.last_scale, self.scaled = 0, power, True
        else:
            return False
        self.read = True
        return True

    def numeral(self) -> Numeral | None:
        if not self.read:
            return None
        return Numeral(Decimal(self.total + self.current), self.scaled, 0)
