"""Fractions: "7분의 1", "삼분의 이", "七分之一", "千分之三", "일과 삼분의 이", "三又三分之一".

Korean and Chinese write the denominator first, then 분의 or 分之, then the numerator. A
fraction is reported as its numerator *per* its denominator, the way a price is: the numerator
in ``value`` and the denominator, a plain number, in ``per``. A whole number joined by 과/와
(Korean) or 又 (Chinese) makes a mixed number, reported as one fraction ("일과 삼분의 이" is 5
per 3). 百分之 makes a percent ("百分之五十" is 50 percent) and is read as one before this
reader is reached.

Slashed fractions ("3/4") also write dates, so they are read only where a date cannot be
meant: with a minus sign ("-4/5"), after a whole number ("1 4/5"), or as the whole text when
no day and month can be read in it ("31/40" but not "3/4" or "16/5").

The scanner (:mod:`aibrief._reading.scan.scanner`) calls these readers right after the number
and its scale, before the word after it, which would otherwise make "7분" seven minutes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from aibrief._core.decimal import EXACT
from aibrief._reading import lexicon as lex
from aibrief._reading.mentions import ParsedAmount
from aibrief._reading.numerals import read_numeral
from aibrief._reading.scan import tail
from aibrief._reading.scan.tables import FRACTION_FIRSTS, Draft, Read, Skipped

if TYPE_CHECKING:
    from aibrief._reading.scan.scanner import Scanner

__all__ = ["read_fraction", "read_mixed", "read_slash"]

_ZERO: Final = "a fraction with a zero denominator, which is no number"
# Particles that may follow a numerator written in Hangul ("삼분의 일은"); any other syllable
# makes a word of it ("10분의 일정" is a ten-minute schedule).
_PARTICLES: Final = frozenset("은는을를로도만")


def read_fraction(scanner: Scanner, draft: Draft, core_start: int, pos: int) -> Read | None:
    """The numerator after a denominator and 분의 or 分之, or ``None`` for no fraction.

    ``draft`` holds the denominator, written from ``core_start`` to ``pos``; it becomes the
    fraction. A numerator glued to a word ("10분의 1초", "7분의 1.5%", "10분의 일정") is no
    plain fraction, and is left to the rest of the scanner.
    """
    norm, tables = scanner.norm, scanner.tables
    if draft.currency or draft.unit or not _marked(norm, pos):
        return None
    found = tables.fraction.match(norm, pos)
    if found is None or tables.junk.match(norm, found.end()):
        return None
    numerator = read_numeral(found["numerator"])
    if numerator is None or not _ends(scanner, found.end(), found["numerator"]):
        return None
    if draft.value == 0:
        return Skipped(draft.start, found.end(), _ZERO), found.end()
    value = EXACT.minus(numerator.value) if found["minus"] else numerator.value
    _make_fraction(scanner, draft, value, (core_start, pos))
    draft.end = scanner.read_after(draft, found.end())
    return draft, draft.end


def read_mixed(scanner: Scanner, draft: Draft, pos: int) -> Read | None:
    """A whole number and a fraction: "일과 삼분의 이", "三又三分之一", "1 4/5".

    The whole number is ``draft`` (a plain number ending at ``pos``); the result is one
    fraction of the sum ("1 4/5" is 9 per 5). Only a proper fraction follows a slash.
    """
    norm, tables = scanner.norm, scanner.tables
    if draft.currency or draft.unit or draft.low is not None:
        return None
    joint = tables.mixed.match(norm, pos)
    if joint is None:
        return None
    at = joint.end()
    core = tables.core.match(norm, at) or tables.lone_digits.match(norm, at)
    numeral = read_numeral(core[0]) if core is not None else None
    if core is None or numeral is None:
        return None
    part = Draft(at, numeral.value)
    if joint[0].isspace():
        read = read_slash(scanner, part, core.end(), mixed=True)
    else:
        read = read_fraction(scanner, part, at, core.end())
    if read is None or not isinstance(read[0], Draft) or read[0].per is None:
        return None
    fraction = read[0]
    denominator = fraction.per.value  # type: ignore[union-attr]
    whole = EXACT.multiply(draft.value, denominator)
    draft.value = EXACT.add(whole, fraction.value)
    draft.per, draft.scaled, draft.qualifier = fraction.per, False, fraction.qualifier
    draft.end = fraction.end
    return draft, draft.end


def read_slash(scanner: Scanner, draft: Draft, pos: int, *, mixed: bool = False) -> Read | None:
    """A slashed fraction where no date can be meant: "-4/5", "3/4" alone, "1 4/5"."""
    norm, tables = scanner.norm, scanner.tables
    plain = not (draft.currency or draft.unit or draft.scaled or draft.numeral_only)
    if not (norm.startswith("/", pos) and plain and draft.value == int(draft.value)):
        return None
    found = tables.slash.match(norm, pos)
    if found is None:
        return None
    denominator = Decimal(found["denominator"])
    alone = (draft.start, found.end()) == scanner.whole and not _date_like(draft.value, denominator)
    if not (alone or draft.sign < 0 or (mixed and draft.value < denominator)):
        return None
    if denominator == 0:
        return Skipped(draft.start, found.end(), _ZERO), found.end()
    numerator, draft.value = draft.value, denominator
    _make_fraction(scanner, draft, numerator, (found.start("denominator"), found.end()))
    draft.end = scanner.read_after(draft, found.end())
    return draft, draft.end


def _make_fraction(
    scanner: Scanner, draft: Draft, numerator: Decimal, denominator_at: tuple[int, int]
) -> None:
    """Make ``draft``, which holds the denominator, the fraction ``numerator`` per it."""
    start, end = denominator_at
    draft.per = ParsedAmount(
        value=draft.value,
        span=scanner.span(start, end),
        text=scanner.words(start, end),
        lang=scanner.lang,
    )
    draft.value, draft.scaled = numerator, False


def _date_like(first: Decimal, second: Decimal) -> bool:
    """Whether "first/second" may write a day and a month, in either order ("3/4", "16/5")."""
    return (first <= 12 and second <= 31) or (second <= 12 and first <= 31)


def _marked(norm: str, pos: int) -> bool:
    """Whether 분의 or 分之 follows, perhaps after a space ("삼 분의 일")."""
    first = norm[pos : pos + 1]
    return first in FRACTION_FIRSTS or (first == " " and norm.startswith("분의", pos + 1))


def _ends(scanner: Scanner, end: int, numerator: str) -> bool:
    """Whether the numerator ends there: no unit glued on ("10분의 1초"), and a numerator in
    Hangul ends its word or takes one particle ("삼분의 일은"), so that "10분의 일정" is no
    fraction."""
    norm = scanner.norm
    word = tail.word_after(scanner, end)
    if word is not None and not word.spaced:
        return False
    if not lex.is_hangul(numerator[-1]):
        return True
    following = norm[end : end + 1]
    if not lex.is_hangul(following):
        return True
    return following in _PARTICLES and not lex.is_hangul(norm[end + 1 : end + 2])
