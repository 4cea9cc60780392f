"""Fractions: "7분의 1", "100만분의 1", "七分之一", "千分之三".

Korean and Chinese write the denominator first, then 분의 or 分之, then the numerator. A
fraction is reported as its numerator *per* its denominator, the way a price is: the numerator
in ``value`` and the denominator, a plain number, in ``per``. 百分之 makes a percent
("百分之五十" is 50 percent) and is read as one before this reader is reached. English "1/7"
is not read: the same digits write dates.

The scanner (:mod:`aibrief._reading.scan.scanner`) calls :func:`read_fraction` right after the
number and its scale, before the word after it, which would otherwise make "7분" seven minutes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from aibrief._reading.mentions import ParsedAmount
from aibrief._reading.numerals import read_numeral
from aibrief._reading.scan import tail
from aibrief._reading.scan.tables import FRACTION_FIRSTS, Draft, Read, Skipped

if TYPE_CHECKING:
    from aibrief._reading.scan.scanner import Scanner

__all__ = ["read_fraction"]

_ZERO: Final = "a fraction with a zero denominator, which is no number"


def read_fraction(scanner: Scanner, draft: Draft, core_start: int, pos: int) -> Read | None:
    """The numerator after a denominator and 분의 or 分之, or ``None`` for no fraction.

    ``draft`` holds the denominator, written from ``core_start`` to ``pos``; it becomes the
    fraction. A numerator glued to a word ("10분의 1초", "7분의 1.5%") is no plain fraction,
    and is left to the rest of the scanner.
    """
    norm, tables = scanner.norm, scanner.tables
    if norm[pos : pos + 1] not in FRACTION_FIRSTS or draft.currency or draft.unit:
        return None
    found = tables.fraction.match(norm, pos)
    if found is None or tables.junk.match(norm, found.end()):
        return None
    numerator = read_numeral(found["numerator"])
    word = tail.word_after(scanner, found.end())
    if numerator is None or (word is not None and not word.spaced):
        return None
    if draft.value == 0:
        return Skipped(draft.start, found.end(), _ZERO), found.end()
    draft.per = ParsedAmount(
        value=draft.value,
        span=scanner.span(core_start, pos),
        text=scanner.words(core_start, pos),
        lang=scanner.lang,
    )
    draft.value, draft.scaled = numerator.value, False
    draft.end = scanner.read_after(draft, found.end())
    return draft, draft.end
